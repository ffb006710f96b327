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
"""

from __future__ import annotations

__all__ = [
    "TimelineError",
    "InputError",
    "AnchorError",
    "LanguageError",
    "ResolutionError",
    "ArticleError",
    "ExportError",
]


class TimelineError(Exception):
    """Base class of every error raised by :mod:`timeline`."""


class InputError(TimelineError, ValueError):
    """An argument has the wrong type or an unusable value (empty expression, bad setting)."""


class AnchorError(InputError):
    """A publication date or anchor could not be understood (unknown format, impossible date)."""


class ResolutionError(InputError):
    """:func:`timeline.resolve` found no temporal expression, or one naming no real date."""


class LanguageError(InputError):
    """A language code is not supported (``timeline`` reads ``"ar"`` and ``"en"``)."""


class ArticleError(TimelineError, ValueError):
    """An article could not be read or lacks what it needs (text, a publication date)."""


class ExportError(TimelineError, OSError):
    """A chronology could not be written or read back."""
