"""The exception hierarchy of :mod:`timeline`.

Every error the library raises on purpose derives from :class:`TimelineError`, so a caller
can guard a whole pipeline with one ``except timeline.TimelineError``.  Subclasses also
derive from the matching built-in (``ValueError``, ``TypeError``, ``OSError``) so code that
already catches those keeps working.

>>> import timeline
>>> try:
...     timeline.resolve("yesterday", anchor="20/13/2025")
... except timeline.TimelineError as exc:
...     print(type(exc).__name__)
AnchorError

Problems that do not stop the work (a file a manifest leaves out, an empty file, an
article without a publication date, a ``--published`` that contradicts the dateline) are
reported with :mod:`warnings` as :class:`TimelineWarning`, so they can be filtered or
turned into errors like any other warning:

>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     _ = timeline.find_times("The strike came a day after the talks ended yesterday.")
>>> [(w.category.__name__, str(w.message)[:38]) for w in caught]
[('TimelineWarning', 'no publication date given or found in ')]
"""

from __future__ import annotations

import re

__all__ = [
    "TimelineError",
    "InputError",
    "AnchorError",
    "LanguageError",
    "ResolutionError",
    "ArticleError",
    "ExportError",
    "TimelineWarning",
]


class TimelineError(Exception):
    """Base class of every error raised by :mod:`timeline`.

    >>> import timeline
    >>> issubclass(timeline.AnchorError, timeline.TimelineError), issubclass(timeline.ExportError, OSError)
    (True, True)
    """


class InputError(TimelineError, ValueError):
    """An argument has the wrong type or an unusable value (empty expression, bad setting).

    >>> import timeline
    >>> timeline.find_times(42)
    Traceback (most recent call last):
      ...
    timeline.errors.InputError: text must be a str, not int
    """


class AnchorError(InputError):
    """A publication date or anchor could not be understood (unknown format, impossible date).

    >>> import timeline
    >>> timeline.resolve("today", anchor="2025-02-30")
    Traceback (most recent call last):
      ...
    timeline.errors.AnchorError: anchor '2025-02-30' is not a valid date: day is out of range for month
    """


class ResolutionError(InputError):
    """:func:`timeline.resolve` found no temporal expression, or one naming no real date.

    >>> import timeline
    >>> timeline.resolve("the ministry", anchor="2025-12-20")
    Traceback (most recent call last):
      ...
    timeline.errors.ResolutionError: no temporal expression found in 'the ministry'
    """


class LanguageError(InputError):
    """A language code is not supported (``timeline`` reads ``"ar"`` and ``"en"``).

    >>> import timeline
    >>> timeline.find_times("hier", lang="fr")
    Traceback (most recent call last):
      ...
    timeline.errors.LanguageError: unsupported language 'fr'; supported: ar, en
    """


class ArticleError(TimelineError, ValueError):
    """An article could not be read or lacks what it needs (text, a publication date).

    >>> import timeline
    >>> timeline.build_chronology([timeline.Article(id="a", text="Two were killed yesterday.")])
    Traceback (most recent call last):
      ...
    timeline.errors.ArticleError: article 'a' has no publication date and none could be read from its text; pass published=...
    """


class ExportError(TimelineError, OSError):
    """A chronology could not be written or read back.

    >>> import timeline
    >>> timeline.Chronology.from_json("{}")
    Traceback (most recent call last):
      ...
    timeline.errors.ExportError: <json>: not a timeline chronology ("format" should be 'timeline.chronology')
    """


class TimelineWarning(UserWarning):
    """A problem :mod:`timeline` worked around: the result is usable, but check it.

    Filter them like any warning (``warnings.simplefilter("error", timeline.TimelineWarning)``
    makes them errors); the command line prints them on standard error.

    >>> import warnings, timeline
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("error", timeline.TimelineWarning)
    ...     timeline.find_times("Two were killed yesterday.")
    Traceback (most recent call last):
      ...
    timeline.errors.TimelineWarning: no publication date given or found in the text: 1 relative expression ('yesterday') left unanchored; pass published=...
    """


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_unicode(text: str, what: str, error: type[TimelineError]) -> str:
    """``text`` unchanged, or ``error`` when it holds a lone surrogate (U+D800-U+DFFF).

    A lone surrogate (left by ``errors="surrogateescape"`` decoding, or a JSON ``"\\ud800"``)
    is not a character: no UTF-8 file, JSON or HTML can hold it.  ``timeline`` rejects it
    where text comes in rather than write invalid output or guess a replacement; decode
    with ``errors="replace"`` to turn such bytes into U+FFFD.

    >>> check_unicode("قتل 😀", "text", InputError)  # a character outside the BMP is fine
    'قتل 😀'
    >>> check_unicode("x" + chr(0xD800) + "y", "text", InputError)
    Traceback (most recent call last):
    ...
    timeline.errors.InputError: text has a lone surrogate U+D800 at offset 1, which no UTF-8 output can hold; decode the source with errors="replace"
    """
    m = _SURROGATE.search(text)
    if m is not None:
        raise error(f"{what} has a lone surrogate U+{ord(m.group()):04X} at offset {m.start()}, which no UTF-8 "
                    'output can hold; decode the source with errors="replace"')
    return text
