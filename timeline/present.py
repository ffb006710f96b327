"""How an event is shown: its label, dates in words, source counts, and text helpers shared
by the chart (:mod:`timeline.viz`), the exports (:mod:`timeline.export`), the tables
(:mod:`timeline.tables`) and the command line.

It reads events and never imports the chronology, the exporters or the chart.

>>> from timeline.model import Event
>>> e = Event(id="E0001", interval=None, value=None, granularity=None, title="…", kind="happening",
...           mentions=(), sources=(), type="violence.remote.suicide", location="Manbij", fatalities=19)
>>> event_label(e), event_label(e, "ar")
('Suicide bombing · Manbij · 19 killed', 'تفجير انتحاري · Manbij · 19 قتيلا')
"""

from __future__ import annotations

import pathlib
import re
import textwrap
from collections import Counter
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Optional, Union

from .errors import ExportError, InputError
from .lang import labels as L
from .model import Event, EventMention
from .timex import Granularity, TimeInterval, time_precision

if TYPE_CHECKING:  # pragma: no cover
    import os

__all__ = [
    "is_rtl", "isolate", "directed", "shorten", "wrap", "safe_url", "time_precision", "when_label", "iso",
    "write_text", "best_mention", "PUBLICATION_NOTE", "BASIS", "basis_words", "check_language",
    "event_label", "label_parts", "fit_parts", "type_name", "actor_name", "written_actor", "place_name", "outlets_text",
]

PathLike = Union[str, "os.PathLike[str]"]

# -- text -----------------------------------------------------------------------------------

_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
_LTR = re.compile(r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]")
RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"


def is_rtl(text: str) -> bool:
    """True when right-to-left letters (Arabic, Hebrew) outnumber left-to-right ones.

    >>> is_rtl("قتل جنديان."), is_rtl("Two soldiers were killed."), is_rtl("2025")
    (True, False, False)
    """
    rtl = len(_RTL.findall(text))
    return rtl > 0 and rtl >= len(_LTR.findall(text))


def isolate(text: str) -> str:
    """Wrap ``text`` in a bidi isolate so it lays out in its own direction anywhere.

    Arabic text goes in RIGHT-TO-LEFT ISOLATE … POP DIRECTIONAL ISOLATE (U+2067 … U+2069),
    so a sentence-final "." lands at its left end and numbers keep their place even in a
    left-to-right label; left-to-right text in LEFT-TO-RIGHT ISOLATE (U+2066).  Empty text
    is returned as is.

    >>> isolate("قتل جنديان.") == "\\u2067قتل جنديان.\\u2069"
    True
    >>> isolate("Two killed.") == "\\u2066Two killed.\\u2069"
    True
    """
    if not text:
        return text
    return (RLI if is_rtl(text) else LRI) + text + PDI


def directed(text: str, language: str) -> str:
    """``text`` in an isolate of the direction of ``language``: right to left for Arabic.

    >>> directed("غارات جوية · Deir ez-Zor", "ar") == "\u2067غارات جوية · Deir ez-Zor\u2069"
    True
    """
    return (RLI if language == "ar" else LRI) + text + PDI


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters (…).

    >>> shorten("one two three four", 12)
    'one two…'
    """
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ،,;:·") + "…"


def wrap(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters (words kept whole).

    >>> wrap("a long line of words to wrap", 10)
    ['a long', 'line of', 'words to', 'wrap']
    """
    return textwrap.wrap(" ".join(text.split()), width, break_long_words=True, break_on_hyphens=False) or [""]


def safe_url(url: Optional[str]) -> Optional[str]:
    """``url`` when it is an ``http(s)`` address that is safe to link to, else ``None``
    (a ``javascript:`` URL in a manifest must not become a link).

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    """
    if url and re.match(r"(?i)^https?://[^\s\"'<>]+$", url.strip()):
        return url.strip()
    return None


def write_text(path: PathLike, text: str, what: str, encoding: str = "utf-8") -> pathlib.Path:
    """Write ``text`` to ``path``; any failure is an :class:`~timeline.ExportError` naming
    ``what`` was being written and where.

    >>> import pathlib, tempfile
    >>> path = write_text(pathlib.Path(tempfile.mkdtemp()) / "note.txt", "hello", "a note")
    >>> path.name, path.read_text()
    ('note.txt', 'hello')
    """
    p = pathlib.Path(path)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:  # a lone surrogate in a hand-made chronology
        raise ExportError(f"cannot write {what} to {p}: character {exc.object[exc.start]!r} at offset "
                          f"{exc.start} cannot be encoded as UTF-8 (a lone surrogate)") from None
    try:
        with open(p, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise ExportError(f"cannot write {what} to {p}: {exc.strerror or exc}") from None
    return p


# -- times ----------------------------------------------------------------------------------

_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def when_label(interval: Optional[TimeInterval], granularity: Optional[Granularity],
               value: Optional[str] = None) -> str:
    """A short English label for a time at its own precision.

    >>> from datetime import datetime as dt
    >>> when_label(TimeInterval(dt(2025, 12, 13), dt(2025, 12, 14)), Granularity.DAY)
    'Sat 13 Dec 2025'
    >>> when_label(TimeInterval(dt(2025, 12, 20, 6), dt(2025, 12, 20, 12)), Granularity.PART_OF_DAY, "2025-12-20TMO")
    'Sat 20 Dec 2025, morning'
    >>> when_label(TimeInterval(dt(2025, 12, 8), dt(2025, 12, 15)), Granularity.WEEK, "2025-W50")
    'week 8–14 Dec 2025'
    >>> when_label(TimeInterval(dt(2025, 4, 1), dt(2025, 5, 1)), Granularity.MONTH, "2025-04")
    'April 2025'
    """
    if interval is None:
        return "undated"
    s, e = interval.start, interval.end
    last = e - timedelta(microseconds=1)
    g = granularity
    day = f"{s:%a} {s.day} {s:%b %Y}"
    if g in (Granularity.MINUTE, Granularity.HOUR):
        return f"{day}, {s:%H:%M}"
    if g is Granularity.PART_OF_DAY:
        part = _PARTS.get((value or "")[-2:])
        return f"{day}, {part}" if part else f"{day}, {s:%H:%M}–{e:%H:%M}"
    if g is Granularity.DAY and e - s <= timedelta(days=1):
        return day
    if g is Granularity.MONTH:
        return f"{s:%B %Y}"
    if g is Granularity.YEAR:
        return f"{s:%Y}"
    if g is Granularity.DECADE:
        return f"{s.year}s"
    span = _span(s, last)
    if g in (Granularity.WEEK, Granularity.WEEKEND):
        return f"{g.value} {span}"
    if g is Granularity.CENTURY:
        return f"{s.year}–{last.year}"
    return f"{value} ({span})" if value else span


def _span(s: datetime, last: datetime) -> str:
    if (s.year, s.month) == (last.year, last.month):
        return f"{s.day}–{last.day} {s:%b %Y}"
    if s.year == last.year:
        return f"{s.day} {s:%b} – {last.day} {last:%b %Y}"
    return f"{s.day} {s:%b %Y} – {last.day} {last:%b %Y}"


def iso(value: datetime) -> str:
    """ISO text of a naive datetime: minutes when that is exact, else full precision.

    >>> iso(datetime(2025, 12, 13)), iso(datetime(2025, 12, 13, 8, 40, 5))
    ('2025-12-13T00:00', '2025-12-13T08:40:05')
    """
    if value.second == 0 and value.microsecond == 0:
        return value.isoformat(timespec="minutes")
    return value.isoformat()


#: What an event dated by its first publication day (``date_basis="publication"``) says.
PUBLICATION_NOTE = ("no report gives a time: dated by its first report's publication day"
                    " (a happening: that day or the day before)")

#: The words that say how a report was dated (``EventMention.time_basis``), each with what
#: it means.  "publication" is shown as "publication day".
BASIS = {
    "explicit": ("explicit", "the time is written in this report's own sentence"),
    "inherited": ("inherited", "no time in this sentence: the time its article gives the story it belongs to"),
    "publication": ("publication day", "no time given: the day the article was published"),
    "none": ("undated", "no time could be given to it"),
}


def basis_words(time_basis: str) -> str:
    """A date basis word and what it means.

    >>> basis_words("inherited")
    'inherited: no time in this sentence: the time its article gives the story it belongs to'
    >>> basis_words("publication")
    'publication day: no time given: the day the article was published'
    """
    word, meaning = BASIS.get(time_basis, (time_basis, ""))
    return f"{word}: {meaning}" if meaning else word


def best_mention(event: Event, article_id: str) -> EventMention:
    """The mention of ``event`` from one article that best shows how it was dated.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> event = chron.events[0]
    >>> best_mention(event, "a").trigger
    'car bomb'
    """
    ms = [m for m in event.mentions if m.article_id == article_id] or list(event.mentions)
    order = {"explicit": 0, "inherited": 1}

    def key(m: EventMention) -> tuple:
        agrees = (m.time is not None and m.time.interval is not None and event.interval is not None
                  and m.time.interval.overlaps(event.interval))
        return (not agrees, order.get(m.time_basis, 3), m.start)

    return min(ms, key=key)


# -- labels ---------------------------------------------------------------------------------

def check_language(language: object) -> str:
    """``language`` when labels can be written in it (``"en"``, ``"ar"``), else an
    :class:`~timeline.InputError`.

    >>> check_language("ar")
    'ar'
    >>> check_language("fr")
    Traceback (most recent call last):
      ...
    timeline.errors.InputError: language must be one of 'en', 'ar', not 'fr'
    """
    if language not in L.LANGUAGES:
        raise InputError(f"language must be one of {', '.join(map(repr, L.LANGUAGES))}, not {language!r}")
    return language  # type: ignore[return-value]


def type_name(type_id: str, language: str = "en") -> Optional[str]:
    """The taxonomy name of an event type in ``language`` (``None`` for an unknown type);
    plain "said" types read as "Statement".

    >>> type_name("violence.remote.air"), type_name("violence.remote.air", "ar"), type_name("statement.say")
    ('Air/drone strike', 'غارات جوية', 'Statement')
    """
    from .lang.taxonomy import TYPES

    if type_id not in TYPES:
        return None
    node = TYPES[L.STATEMENT] if type_id in L.PLAIN_STATEMENTS else TYPES[type_id]
    return node.ar if language == "ar" else node.en


def actor_name(actor_id: Optional[str]) -> Optional[str]:
    """An actor's display name (ACLED-style, English: "Islamic State", "Military Forces of
    Syria"; a person as the reports write the name); the id itself when unknown.

    >>> actor_name("ISIS"), actor_name("country:SY"), actor_name(None)
    ('Islamic State', 'Syria', None)
    """
    if not actor_id:
        return None
    from .events.actors import get_actor

    try:
        return get_actor(actor_id).name
    except KeyError:
        return actor_id


@lru_cache(maxsize=4096)
def _actors_in(sentence: str, lang: str) -> tuple[tuple[str, str], ...]:
    """(actor id, the words naming it) of every actor named in a sentence."""
    from .events.actors import find_actors
    from .text import normalize

    norm = normalize(sentence)
    out = []
    for m in find_actors(norm, lang if lang in L.LANGUAGES else "en"):
        s, e = norm.span(m.start, m.end)
        out.append((m.actor.id, " ".join(sentence[s:e].split())))
    return tuple(out)


def written_actor(event: Event, actor_id: Optional[str]) -> Optional[str]:
    """An actor of ``event`` named as its reports write it (the words used most often in
    its mentions' sentences, "البنتاغون", "the Pentagon"; a country only by its name, not an
    adjective), else its display name (:func:`actor_name`).

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="SANA", lang="ar",
    ...     text="قصفت القوات التركية قرية في ريف منبج صباح اليوم الاثنين.")])
    >>> event = chron.events[0]
    >>> event.actor1, written_actor(event, event.actor1)
    ('TR-MILITARY', 'القوات التركية')
    """
    if not actor_id:
        return None
    got: Counter[str] = Counter()
    for m in event.mentions:
        try:
            found = _actors_in(m.sentence, m.lang)
        except Exception:  # a sentence the actor finder fails on: fall back to the display name
            continue
        got.update(words for aid, words in found if aid == actor_id and words)
    if got and actor_id.startswith("country:"):
        # a country is named by its name, not an adjective ("السورية", "American" name
        # Syria and the US as actors, but read badly on their own)
        from .events.gazetteer import search_places

        got = Counter({w: n for w, n in got.items() if any(p.id == actor_id[8:] for p in search_places(w))})
    if got:
        return min(got, key=lambda w: (-got[w], w))
    return actor_name(actor_id)


def place_name(event: Event) -> Optional[str]:
    """Where ``event`` happened, as its reports write it (``location``), else the
    gazetteer's name of its place.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> event = chron.events[0]
    >>> place_name(event)
    'Manbij'
    """
    if event.location:
        return event.location
    if event.place_id:
        from .events.gazetteer import get_place

        try:
            return get_place(event.place_id).name
        except KeyError:
            return None
    return None


def label_parts(event: Event, language: str = "en") -> list[str]:
    """The parts of :func:`event_label`: type, where (else who), toll; a statement's type
    and speaker; the title alone for an event of unknown type.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> event = chron.events[0]
    >>> label_parts(event)
    ['Bomb / IED', 'Manbij', '5 killed']
    """
    name = type_name(event.type, language)
    if name is None:
        return [" ".join(event.title.split())]
    parts = [name]
    if event.kind == "statement":
        who = written_actor(event, event.actor1)
        if who:
            parts.append(who)
    else:
        where = place_name(event) or written_actor(event, event.actor1)
        if where:
            parts.append(where)
        if event.fatalities is not None:
            parts.append(L.killed(event.fatalities, language))
    return [" ".join(p.split()) for p in parts]


def fit_parts(parts: list[str], width: int) -> list[str]:
    """Label parts cut to ``width`` characters in all, the name in the middle first (the
    type and the toll say the most).

    >>> parts = ["Explosion / remote violence", "Jawz district, Samangan province", "632 killed"]
    >>> fit_parts(parts, 50), fit_parts(parts, 46)
    (['Explosion / remote violence', 'Jawz…', '632 killed'], ['Explosion / remote violence', '…', '632 killed'])
    """
    total = sum(map(len, parts)) + len(L.SEPARATOR) * (len(parts) - 1)
    if total <= width:
        return parts
    if len(parts) == 3:
        room = len(parts[1]) - (total - width)
        if room >= 5:
            return [parts[0], shorten(parts[1], room), parts[2]]
        if room >= 1:
            return [parts[0], "…", parts[2]]
    return [shorten(L.SEPARATOR.join(parts), width)]


def event_label(event: Event, language: str = "en", *, isolated: bool = False, width: Optional[int] = None) -> str:
    """What happened, from the event's fields: its type in ``language``, where (else who),
    and the death toll — "Suicide bombing · Manbij · 19 killed", "غارات جوية · دير الزور";
    a statement is its type and who made it ("Statement · البنتاغون").  Names stay as the
    reports write them.  An event without a known type is labelled by its title.

    ``width`` cuts it to that many characters (:func:`fit_parts`).  ``isolated=True`` wraps
    each part in a bidi isolate (:func:`isolate`), for display: an Arabic name followed by
    a number ("دير الزور · 2 killed") would otherwise pull the number to its far side.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> event = chron.events[0]
    >>> event_label(event), event_label(event, "ar")
    ('Bomb / IED · Manbij · 5 killed', 'عبوة ناسفة · Manbij · 5 قتلى')
    """
    parts = label_parts(event, language)
    if width is not None:
        parts = fit_parts(parts, width)
    return L.SEPARATOR.join(isolate(p) for p in parts) if isolated else L.SEPARATOR.join(parts)


def outlets_text(event: Event) -> str:
    """How many outlets report an event, and how many articles when that differs:
    "3 outlets", "1 outlet (2 articles)".

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> event = chron.events[0]
    >>> outlets_text(event)
    '1 outlet'
    """
    n_out, n_art = len(event.outlets), len(event.sources)
    text = f"{n_out} outlet{'s' if n_out != 1 else ''}"
    if n_art != n_out:
        text += f" ({n_art} article{'s' if n_art != 1 else ''})"
    return text
