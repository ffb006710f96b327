"""Export a chronology: JSON (round-trips), TimelineJS3, CSV events and mentions tables.

The formats are documented field by field in ``docs/exports.md``.

>>> import timeline
>>> chron = timeline.build_chronology([timeline.Article(
...     id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20", source="A")])
>>> text = chronology_to_json(chron)
>>> chronology_from_json(text) == chron
True
>>> chronology_to_json(chronology_from_json(text)) == text
True
>>> [row["time_precision"] for row in events_table(chron)]
[1]
>>> timelinejs(chron)["events"][0]["start_date"]
{'year': 2025, 'month': 12, 'day': 13, 'display_date': 'Sat 13 Dec 2025'}
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import pathlib
import re
from datetime import datetime, timedelta
from typing import Any, Optional, Union

from .chronology import ArticleInfo, Chronology, implements
from .errors import ExportError, InputError
from .model import Event, EventMention, Source, TimeConflict
from .present import (
    PUBLICATION_NOTE, best_mention, check_language, directed, event_label, is_rtl, iso, isolate, outlets_text, safe_url,
    shorten, time_precision, when_label, write_text,
)
from .tables import EVENT_COLUMNS, MENTION_COLUMNS, csv_value, event_rows, mention_rows
from .timex import Granularity, TimeInterval, TimeMention

# is_rtl, isolate, shorten, safe_url, time_precision and when_label live in timeline.present
# (shared with the chart and the tables) and stay importable from here.

__all__ = [
    "SCHEMA_VERSION", "chronology_to_json", "chronology_from_json", "write_json", "read_json",
    "timelinejs", "validate_timelinejs", "write_timelinejs", "events_table", "mentions_table",
    "write_csv", "csv_cell", "mentions_path", "safe_url", "time_precision", "when_label", "isolate", "is_rtl", "shorten",
    "EVENT_COLUMNS", "MENTION_COLUMNS", "PUBLICATION_NOTE",
]

PathLike = Union[str, "os.PathLike[str]"]

#: Version of the JSON format written by :func:`chronology_to_json`.  Readers accept files
#: whose ``schema_version`` is at most this number.
SCHEMA_VERSION = 1
_FORMAT = "timeline.chronology"

# -- JSON -----------------------------------------------------------------------------------

def _source_doc(s: Source) -> dict[str, Any]:
    return {"article_id": s.article_id, "name": s.name, "url": s.url}


def _mention_doc(m: EventMention) -> dict[str, Any]:
    return {
        "article_id": m.article_id,
        "source": m.source,
        "url": m.url,
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "sentence": m.sentence,
        "time": m.time.to_dict() if m.time is not None else None,
        "time_basis": m.time_basis,
        "kind": m.kind,
        "classes": list(m.classes),
        "triggers": list(m.triggers),
        "lang": m.lang,
        "published": m.published.isoformat() if m.published is not None else None,
        "trigger_start": m.trigger_start,
        "trigger_end": m.trigger_end,
        "trigger": m.trigger,
        "event_type": m.event_type,
        "modality": m.modality,
    }


def _interval_doc(iv: Optional[TimeInterval]) -> Optional[list[str]]:
    return [iso(iv.start), iso(iv.end)] if iv is not None else None


def _event_doc(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "interval": _interval_doc(e.interval),
        "value": e.value,
        "granularity": e.granularity.value if e.granularity is not None else None,
        "date_basis": e.date_basis,
        "title": e.title,
        "kind": e.kind,
        "sources": [_source_doc(s) for s in e.sources],
        "conflicts": [{
            "value": c.value,
            "interval": _interval_doc(c.interval),
            "sources": [_source_doc(s) for s in c.sources],
            "expressions": list(c.expressions),
        } for c in e.conflicts],
        "type": e.type,
        "place_id": e.place_id,
        "location": e.location,
        "actor1": e.actor1,
        "actor2": e.actor2,
        "fatalities": e.fatalities,
        "about": e.about,
        "mentions": [_mention_doc(m) for m in e.mentions],
    }


def chronology_to_json(chron: "Chronology") -> str:
    """The chronology as JSON text (schema in ``docs/exports.md``), ending in a newline.

    The text is deterministic: the same chronology always gives the same bytes, and
    ``chronology_to_json(chronology_from_json(text)) == text``.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(id="a", published="2025-12-20", source="Wire",
    ...     text="A car bomb exploded in Raqqa on Friday, killing five people.")])
    >>> text = chronology_to_json(chron)
    >>> text.splitlines()[:3]
    ['{', ' "schema_version": 1,', ' "format": "timeline.chronology",']
    >>> chronology_to_json(chronology_from_json(text)) == text
    True
    """
    doc = {
        "schema_version": SCHEMA_VERSION,
        "format": _FORMAT,
        "articles": [{"id": a.id, "source": a.source, "url": a.url, "published": a.published,
                      "lang": a.lang, "digest": a.digest} for a in chron.articles],
        "events": [_event_doc(e) for e in chron.events],
        "undated": [_event_doc(e) for e in chron.undated],
        "skipped": [{"id": s.id, "path": s.path, "reason": s.reason} for s in chron.skipped],
        "unlisted": list(chron.unlisted),
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def write_json(chron: "Chronology", path: PathLike) -> str:
    """Write :func:`chronology_to_json` to ``path`` (UTF-8); returns the text.

    >>> import tempfile, pathlib
    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(id="a", published="2025-12-20", source="Wire",
    ...     text="A car bomb exploded in Raqqa on Friday, killing five people.")])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = write_json(chron, pathlib.Path(tmp) / "chronology.json")
    ...     read_json(pathlib.Path(tmp) / "chronology.json").events[0].value
    '2025-12-19'
    """
    text = chronology_to_json(chron)
    write_text(path, text, "the chronology JSON")
    return text


class _Reader:
    """Validating access to a parsed JSON document, with paths in every error message."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, where: str, msg: str) -> ExportError:
        return ExportError(f"{self.origin}: {where}: {msg}" if where else f"{self.origin}: {msg}")

    def get(self, obj: Any, key: str, where: str, types: tuple[type, ...], optional: bool = False) -> Any:
        if not isinstance(obj, dict):
            raise self.fail(where, f"expected an object, found {_jtype(obj)}")
        if key not in obj:
            if optional:
                return None
            raise self.fail(where, f"missing field {key!r}")
        value = obj[key]
        if value is None and optional:
            return None
        if isinstance(value, bool) and bool not in types:
            raise self.fail(f"{where}.{key}", f"expected {_names(types)}, found a boolean")
        if not isinstance(value, types):
            raise self.fail(f"{where}.{key}", f"expected {_names(types)}, found {_jtype(value)}")
        return value

    def string(self, obj: Any, key: str, where: str) -> str:
        return self.get(obj, key, where, (str,))

    def opt_string(self, obj: Any, key: str, where: str) -> Optional[str]:
        return self.get(obj, key, where, (str,), optional=True)

    def integer(self, obj: Any, key: str, where: str) -> int:
        return self.get(obj, key, where, (int,))

    def opt_integer(self, obj: Any, key: str, where: str) -> Optional[int]:
        return self.get(obj, key, where, (int,), optional=True)

    def items(self, obj: Any, key: str, where: str) -> list:
        return self.get(obj, key, where, (list,))

    def strs(self, obj: Any, key: str, where: str) -> tuple[str, ...]:
        items = self.items(obj, key, where)
        for k, s in enumerate(items):
            if not isinstance(s, str):
                raise self.fail(f"{where}.{key}[{k}]", f"expected a string, found {_jtype(s)}")
        return tuple(items)

    def when(self, obj: Any, key: str, where: str) -> Optional[datetime]:
        text = self.opt_string(obj, key, where)
        if text is None:
            return None
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(f"{where}.{key}", f"{text!r} is not an ISO date-time") from None

    def interval(self, obj: Any, key: str, where: str) -> Optional[TimeInterval]:
        pair = self.get(obj, key, where, (list,), optional=True)
        if pair is None:
            return None
        if len(pair) != 2 or not all(isinstance(x, str) for x in pair):
            raise self.fail(f"{where}.{key}", "expected [start, end] ISO date-times")
        try:
            return TimeInterval(datetime.fromisoformat(pair[0]), datetime.fromisoformat(pair[1]))
        except (TypeError, ValueError) as exc:
            raise self.fail(f"{where}.{key}", f"not a valid interval {pair!r} ({exc})") from None

    def granularity(self, obj: Any, key: str, where: str) -> Optional[Granularity]:
        g = self.opt_string(obj, key, where)
        if g is None:
            return None
        try:
            return Granularity(g)
        except ValueError:
            known = ", ".join(x.value for x in Granularity)
            raise self.fail(f"{where}.{key}", f"unknown granularity {g!r} (one of {known})") from None


def _jtype(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number",
            bool: "a boolean", type(None): "null"}.get(type(value), type(value).__name__)


def _names(types: tuple[type, ...]) -> str:
    return " or ".join({str: "a string", int: "an integer", list: "a list", dict: "an object"}.get(t, t.__name__)
                       for t in types)


def _read_source(r: _Reader, d: Any, where: str) -> Source:
    return Source(r.string(d, "article_id", where), r.string(d, "name", where),
                  r.opt_string(d, "url", where))


def _read_time(r: _Reader, d: Any, where: str) -> Optional[TimeMention]:
    if d is None:
        return None
    for key in ("text", "type", "value", "explanation", "anchored_to", "lang"):
        r.string(d, key, where)
    for key in ("start", "end"):
        r.integer(d, key, where)
    r.strs(d, "flags", where)
    r.interval(d, "interval", where)
    r.granularity(d, "granularity", where)
    r.when(d, "anchor", where)
    r.opt_string(d, "mod", where)
    try:
        return TimeMention.from_dict(d)
    except (KeyError, TypeError, ValueError) as exc:
        raise r.fail(where, f"not a valid time mention ({exc})") from None


def _read_mention(r: _Reader, d: Any, where: str) -> EventMention:
    time = r.get(d, "time", where, (dict,), optional=True)
    return EventMention(
        article_id=r.string(d, "article_id", where),
        source=r.string(d, "source", where),
        url=r.opt_string(d, "url", where),
        start=r.integer(d, "start", where),
        end=r.integer(d, "end", where),
        text=r.string(d, "text", where),
        sentence=r.string(d, "sentence", where),
        time=_read_time(r, time, f"{where}.time"),
        time_basis=r.string(d, "time_basis", where),
        kind=r.string(d, "kind", where),
        classes=r.strs(d, "classes", where),
        triggers=r.strs(d, "triggers", where),
        lang=r.string(d, "lang", where),
        published=r.when(d, "published", where),
        trigger_start=r.opt_integer(d, "trigger_start", where),
        trigger_end=r.opt_integer(d, "trigger_end", where),
        trigger=r.opt_string(d, "trigger", where) or "",
        event_type=r.opt_string(d, "event_type", where) or "",
        modality=r.opt_string(d, "modality", where) or "asserted",
    )


def _read_event(r: _Reader, d: Any, where: str) -> Event:
    conflicts = []
    for k, c in enumerate(r.items(d, "conflicts", where)):
        cw = f"{where}.conflicts[{k}]"
        conflicts.append(TimeConflict(
            value=r.string(c, "value", cw),
            interval=r.interval(c, "interval", cw),
            sources=tuple(_read_source(r, s, f"{cw}.sources[{j}]") for j, s in enumerate(r.items(c, "sources", cw))),
            expressions=r.strs(c, "expressions", cw),
        ))
    return Event(
        id=r.string(d, "id", where),
        interval=r.interval(d, "interval", where),
        value=r.opt_string(d, "value", where),
        granularity=r.granularity(d, "granularity", where),
        date_basis=r.opt_string(d, "date_basis", where) or ("reports" if d.get("interval") else "none"),
        title=r.string(d, "title", where),
        kind=r.string(d, "kind", where),
        mentions=tuple(_read_mention(r, m, f"{where}.mentions[{j}]") for j, m in enumerate(r.items(d, "mentions", where))),
        sources=tuple(_read_source(r, s, f"{where}.sources[{j}]") for j, s in enumerate(r.items(d, "sources", where))),
        conflicts=tuple(conflicts),
        type=r.opt_string(d, "type", where) or "",
        place_id=r.opt_string(d, "place_id", where),
        location=r.opt_string(d, "location", where),
        actor1=r.opt_string(d, "actor1", where),
        actor2=r.opt_string(d, "actor2", where),
        fatalities=r.opt_integer(d, "fatalities", where),
        about=r.opt_string(d, "about", where),
    )


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _reject_lone_surrogates(doc: Any, origin: str, where: str = "") -> None:
    """Raise :class:`~timeline.ExportError` naming the first field holding a lone surrogate
    (JSON may escape one, ``"\\ud800"``, but no UTF-8 output can hold it)."""
    from .errors import check_unicode

    if isinstance(doc, str):
        check_unicode(doc, f"{origin}: {where or 'the document'}", ExportError)
    elif isinstance(doc, list):
        for k, item in enumerate(doc):
            _reject_lone_surrogates(item, origin, f"{where}[{k}]")
    elif isinstance(doc, dict):
        for key, item in doc.items():
            _reject_lone_surrogates(key, origin, where or "a key")
            _reject_lone_surrogates(item, origin, f"{where}.{key}" if where else key)


def chronology_from_json(source: Union[PathLike, str, bytes]) -> "Chronology":
    """Rebuild a :class:`~timeline.Chronology` from :func:`chronology_to_json` output.

    ``source`` is a path to a JSON file, or the JSON text itself (a string starting with
    ``{``).  A file that cannot be read, is not JSON, or does not follow the schema raises
    :class:`~timeline.ExportError` naming the offending field
    (``chronology.json: events[3].mentions[0]: missing field 'sentence'``).

    >>> chronology_from_json('{"format": "timeline.chronology", "schema_version": 1}')
    Traceback (most recent call last):
      ...
    timeline.errors.ExportError: <json>: missing field 'articles'
    """
    from .io import SkippedArticle

    if isinstance(source, bytes):
        origin, text = "<json>", source.decode("utf-8", errors="replace")
    elif isinstance(source, str) and source.lstrip().startswith("{"):
        origin, text = "<json>", source
    elif isinstance(source, (str, os.PathLike)):
        origin = str(source)
        try:
            text = pathlib.Path(source).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ExportError(f"{origin}: not UTF-8 text") from None
        except OSError as exc:
            raise ExportError(f"cannot read {origin}: {exc.strerror or exc}") from None
    else:
        raise InputError(f"expected a path or JSON text, not {type(source).__name__}")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    if _ESCAPED_SURROGATE.search(text):
        _reject_lone_surrogates(doc, origin)
    r = _Reader(origin)
    if not isinstance(doc, dict):
        raise r.fail("", f"expected a JSON object, found {_jtype(doc)}")
    if doc.get("format") != _FORMAT:
        raise r.fail("", f"not a timeline chronology (\"format\" should be {_FORMAT!r})")
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise r.fail("", "missing or invalid \"schema_version\"")
    if version > SCHEMA_VERSION:
        raise r.fail("", f"schema_version {version} is newer than this timeline reads ({SCHEMA_VERSION}); "
                         "upgrade timeline")
    articles = tuple(
        ArticleInfo(r.string(a, "id", f"articles[{k}]"), r.string(a, "source", f"articles[{k}]"),
                    r.opt_string(a, "url", f"articles[{k}]"),
                    r.opt_string(a, "published", f"articles[{k}]"),
                    r.string(a, "lang", f"articles[{k}]"),
                    r.opt_string(a, "digest", f"articles[{k}]") or "")
        for k, a in enumerate(r.items(doc, "articles", "")))
    events = tuple(_read_event(r, e, f"events[{k}]") for k, e in enumerate(r.items(doc, "events", "")))
    undated = tuple(_read_event(r, e, f"undated[{k}]") for k, e in enumerate(r.items(doc, "undated", "")))
    for k, e in enumerate(events):
        if e.interval is None:
            raise r.fail(f"events[{k}]", "a dated event needs an interval (undated events go in \"undated\")")
    # "skipped" and "unlisted" came after the first files of schema 1: optional
    skipped = tuple(
        SkippedArticle(r.string(d, "id", f"skipped[{k}]"), r.opt_string(d, "path", f"skipped[{k}]"),
                       r.string(d, "reason", f"skipped[{k}]"))
        for k, d in enumerate(r.get(doc, "skipped", "", (list,), optional=True) or ()))
    unlisted = r.strs(doc, "unlisted", "") if doc.get("unlisted") is not None else ()
    return Chronology(events, undated, articles, skipped, unlisted)


read_json = chronology_from_json


@implements("to_json")
def _to_json(chron: "Chronology", path: Optional[PathLike] = None) -> str:
    return write_json(chron, path) if path is not None else chronology_to_json(chron)


implements("from_json")(chronology_from_json)


@implements("to_timelinejs")
def _to_timelinejs(chron: "Chronology", path: Optional[PathLike] = None, *, title: Optional[str] = None,
                   language: str = "en") -> dict[str, Any]:
    if path is not None:
        return write_timelinejs(chron, path, title=title, language=language)
    return timelinejs(chron, title=title, language=language)


# -- TimelineJS3 ----------------------------------------------------------------------------

def _tl_date(when: datetime, granularity: Optional[Granularity], display: Optional[str] = None) -> dict[str, Any]:
    d: dict[str, Any] = {"year": when.year, "month": when.month, "day": when.day}
    if granularity is not None and granularity.rank < Granularity.DAY.rank:
        d["hour"] = when.hour
        d["minute"] = when.minute
    if display:
        d["display_date"] = display
    return d


def _html_para(text: str) -> str:
    direction = "rtl" if is_rtl(text) else "ltr"
    return f'<p dir="{direction}">{html.escape(" ".join(text.split()))}</p>'


def _tl_event(e: Event, language: str = "en") -> dict[str, Any]:
    assert e.interval is not None
    label = when_label(e.interval, e.granularity, e.value)
    out: dict[str, Any] = {
        "start_date": _tl_date(e.interval.start, e.granularity, label),
    }
    prec = e.time_precision
    if prec is not None and prec > 1:
        last = e.interval.end - timedelta(days=1) if e.interval.end.time() == datetime.min.time() else e.interval.end
        out["end_date"] = _tl_date(last, e.granularity)
    body = [_html_para(e.title)]
    items = []
    for s in e.sources:
        m = best_mention(e, s.article_id)
        expr = f" — {html.escape(m.time.text)} → {html.escape(m.time.value)}" if m.time is not None else ""
        name = html.escape(s.name)
        url = safe_url(s.url)
        if url:
            name = f'<a href="{html.escape(url, quote=True)}">{name}</a>'
        items.append(f'<li dir="auto"><b>{name}</b>{expr}: <span dir="auto">{html.escape(" ".join(m.sentence.split()))}</span></li>')
    body.append(f"<p>{html.escape(outlets_text(e))} · {html.escape(label)}"
                f"{' · ' + html.escape(PUBLICATION_NOTE) if e.date_basis == 'publication' else ''}</p>")
    body.append("<ul>" + "".join(items) + "</ul>")
    for c in e.conflicts:
        names = ", ".join(html.escape(s.name) for s in c.sources)
        body.append(f"<p>Conflicting date: {html.escape(c.value)} ({names})</p>")
    headline = directed(event_label(e, language, isolated=True), language)
    out["text"] = {"headline": html.escape(headline), "text": "".join(body)}
    out["unique_id"] = e.id
    out["group"] = e.kind
    return out


def timelinejs(chron: "Chronology", *, title: Optional[str] = None, language: str = "en") -> dict[str, Any]:
    """The chronology as a TimelineJS3 JSON object (``{"title", "events"}``).

    Every dated event becomes a slide with ``start_date`` ``{year, month, day}`` (plus
    ``hour``/``minute`` for times finer than a day), an ``end_date`` for week-, month- and
    year-long events, ``text`` ``{headline, text}`` and its id as ``unique_id``.  The
    headline is the event's label ("Air/drone strike · تدمر · 1 killed", its type words in
    ``language``: ``"en"`` or ``"ar"``), the text its clearest sentence and every source.
    TimelineJS3 lays text out left to right only: headlines are wrapped in a
    right-to-left isolate (U+2067 … U+2069) and body paragraphs carry ``dir="rtl"``, so
    Arabic stays readable.  Undated events are listed on the title slide.  All article
    text is HTML-escaped.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(id="a", published="2025-12-20", source="Wire",
    ...     text="A car bomb exploded in Raqqa on Friday, killing five people.")])
    >>> slide = timelinejs(chron)["events"][0]
    >>> slide["start_date"], slide["unique_id"]
    ({'year': 2025, 'month': 12, 'day': 19, 'display_date': 'Fri 19 Dec 2025'}, 'E0001')
    """
    check_language(language)
    events = [_tl_event(e, language) for e in chron.events]
    n_src = len({a.id for a in chron.articles}) or len({s.article_id for e in chron.all_events for s in e.sources})
    head = title or "Chronology"
    n = len(chron.events)
    intro = [f"<p>{n} dated event{'s' if n != 1 else ''} from {n_src} article{'s' if n_src != 1 else ''}.</p>"]
    if chron.undated:
        items = "".join(
            f'<li dir="auto">{html.escape(isolate(shorten(e.title, 200)))} '
            f'<small>({html.escape(", ".join(e.outlets))})</small></li>' for e in chron.undated)
        intro.append(f"<p>Undated reports ({len(chron.undated)}):</p><ul>{items}</ul>")
    return {"title": {"text": {"headline": html.escape(head), "text": "".join(intro)}}, "events": events}


def validate_timelinejs(data: Any) -> None:
    """Raise :class:`~timeline.ExportError` unless ``data`` has the fields TimelineJS3 needs.

    TimelineJS3 requires an ``events`` list; each event a ``start_date`` with an integer
    ``year`` (``month``, ``day``, ``hour``, ``minute`` are optional integers in range) and
    ``text`` or ``media``; ``unique_id`` values must be distinct.

    >>> validate_timelinejs({"events": [{"start_date": {"year": 2025}, "text": {"headline": "x"}}]})
    >>> validate_timelinejs({"events": [{}]})
    Traceback (most recent call last):
      ...
    timeline.errors.ExportError: not a valid TimelineJS3 file: events[0].start_date needs an integer year
    """
    def fail(msg: str) -> ExportError:
        return ExportError(f"not a valid TimelineJS3 file: {msg}")

    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise fail("expected an object with an \"events\" list")
    limits = {"month": (1, 12), "day": (1, 31), "hour": (0, 23), "minute": (0, 59)}
    seen: set[str] = set()
    for k, ev in enumerate(data["events"]):
        if not isinstance(ev, dict):
            raise fail(f"events[{k}] is not an object")
        for key in ("start_date", "end_date"):
            d = ev.get(key)
            if d is None and key == "end_date":
                continue
            if not isinstance(d, dict) or not isinstance(d.get("year"), int):
                raise fail(f"events[{k}].{key} needs an integer year")
            for part, (lo, hi) in limits.items():
                if part in d and not (isinstance(d[part], int) and lo <= d[part] <= hi):
                    raise fail(f"events[{k}].{key}.{part} = {d[part]!r} is out of range")
        text = ev.get("text")
        if text is None and "media" not in ev:
            raise fail(f"events[{k}] needs text or media")
        if text is not None and (not isinstance(text, dict)
                                 or not all(isinstance(text.get(f, ""), str) for f in ("headline", "text"))):
            raise fail(f"events[{k}].text must be {{headline, text}} strings")
        uid = ev.get("unique_id")
        if uid is not None:
            if uid in seen:
                raise fail(f"duplicate unique_id {uid!r}")
            seen.add(uid)


def write_timelinejs(chron: "Chronology", path: PathLike, *, title: Optional[str] = None,
                     language: str = "en") -> dict[str, Any]:
    """Write :func:`timelinejs` to ``path`` as JSON; returns the object.

    >>> import json, tempfile, pathlib
    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(id="a", published="2025-12-20", source="Wire",
    ...     text="A car bomb exploded in Raqqa on Friday, killing five people.")])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = write_timelinejs(chron, pathlib.Path(tmp) / "timeline.json", title="Raqqa")
    ...     json.loads((pathlib.Path(tmp) / "timeline.json").read_text(encoding="utf-8"))["events"][0]["unique_id"]
    'E0001'
    """
    data = timelinejs(chron, title=title, language=language)
    validate_timelinejs(data)
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", "the TimelineJS file")
    return data


# -- CSV ------------------------------------------------------------------------------------

def events_table(chron: "Chronology") -> list[dict[str, Any]]:
    """The events table as the CSV writes it: a list of rows of text and numbers (see
    :data:`EVENT_COLUMNS`; :func:`timeline.tables.event_rows` has the Python values).

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(id="a", published="2025-12-20", source="Wire",
    ...     text="A car bomb exploded in Raqqa on Friday, killing five people.")])
    >>> row = events_table(chron)[0]
    >>> row["event_id"], row["event_date"], row["fatalities"], row["location"]
    ('E0001', '2025-12-19', 5, 'Raqqa')
    """
    return [{k: csv_value(row[k], kind) for k, kind in EVENT_COLUMNS.items()} for row in event_rows(chron)]


def mentions_table(chron: "Chronology") -> list[dict[str, Any]]:
    """The mentions table as the CSV writes it (see :data:`MENTION_COLUMNS`).

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(id="a", published="2025-12-20", source="Wire",
    ...     text="A car bomb exploded in Raqqa on Friday, killing five people.")])
    >>> [(r["event_id"], r["trigger"]) for r in mentions_table(chron)][:2]
    [('E0001', 'car bomb'), ('E0001', 'exploded')]
    """
    return [{k: csv_value(row[k], kind) for k, kind in MENTION_COLUMNS.items()} for row in mention_rows(chron)]


#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
#: injection"), and the full-width forms some spreadsheets treat the same way.
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?\Z")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell no spreadsheet runs as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    ``'`` (OWASP's advice: the spreadsheet shows the text, the quote hidden); numbers, and
    text that is just a number (``"-3"``), stay as they are so numeric columns stay numeric.

    >>> csv_cell("=1+2"), csv_cell("@SUM(A1)"), csv_cell(-3), csv_cell("-3"), csv_cell("قتل")
    ("'=1+2", "'@SUM(A1)", -3, '-3', 'قتل')
    """
    if isinstance(value, str) and value and value[0] in _FORMULA_START and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def _csv_text(rows: list[dict[str, Any]], columns: Any) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\r\n")
    w.writeheader()
    for row in rows:
        w.writerow({k: csv_cell(v) for k, v in row.items()})
    return buf.getvalue()


def mentions_path(path: PathLike) -> pathlib.Path:
    """The mentions table that goes with an events table: ``out/events.csv`` →
    ``out/events_mentions.csv``.

    >>> mentions_path("out/events.csv").as_posix()
    'out/events_mentions.csv'
    """
    p = pathlib.Path(path)
    return p.with_name(f"{p.stem}_mentions{p.suffix or '.csv'}")


@implements("to_csv")
def write_csv(chron: "Chronology", path: PathLike, *, bom: bool = True) -> tuple[pathlib.Path, pathlib.Path]:
    """Write the events table to ``path`` and the mentions table next to it
    (:func:`mentions_path`); returns both paths.  The columns and values are those of
    ``Chronology.to_dataframe`` and ``mentions_dataframe`` (:func:`timeline.tables.csv_value`
    says how each kind of value is written).

    Files are UTF-8 with a byte-order mark by default (``bom=True``) so that spreadsheet
    programs show Arabic correctly; ``pandas.read_csv`` and ``csv`` with
    ``encoding="utf-8-sig"`` read them as they are.  No cell can start a formula
    (:func:`csv_cell`).

    >>> import tempfile, pathlib, pandas
    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(id="a", published="2025-12-20", source="Wire",
    ...     text="A car bomb exploded in Raqqa on Friday, killing five people.")])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     events, mentions = write_csv(chron, pathlib.Path(tmp) / "events.csv")
    ...     (events.name, mentions.name, pandas.read_csv(events)["fatalities"].tolist())
    ('events.csv', 'events_mentions.csv', [5])
    """
    encoding = "utf-8-sig" if bom else "utf-8"
    first = write_text(path, _csv_text(events_table(chron), EVENT_COLUMNS), "the events table", encoding)
    second = write_text(mentions_path(path), _csv_text(mentions_table(chron), MENTION_COLUMNS),
                         "the mentions table", encoding)
    return first, second

