"""A chronology as two tables: one row per event (ACLED-style) and one row per mention (like
GDELT's mentions table), as pandas DataFrames with real types, and as the rows the CSV
export writes (:func:`timeline.export.write_csv`: the same columns and values).

Columns and types are described in ``docs/exports.md``; :data:`EVENT_COLUMNS` and
:data:`MENTION_COLUMNS` map each column to its kind of value.

>>> import timeline
>>> chron = timeline.build_chronology([timeline.Article(
...     id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20", source="A")])
>>> df = events_frame(chron)
>>> row = df.iloc[0]
>>> str(row.event_date), bool(row.dated), int(row.time_precision), int(row.fatalities), row.location
('2025-12-13 00:00:00', True, 1, 2, 'تدمر')
>>> df["event_date"].dtype.kind, str(df["dated"].dtype), str(df["fatalities"].dtype), str(df["n_sources"].dtype)
('M', 'bool', 'Int64', 'int64')
>>> df.loc[0, "sources"], df.loc[0, "label"]
(['A'], 'Attack · تدمر · 2 killed')
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from typing import TYPE_CHECKING, Any, Optional

from .chronology import implements
from .model import Event, EventMention
from .present import actor_name, event_label, iso, place_name, when_label

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .chronology import Chronology

__all__ = ["EVENT_COLUMNS", "MENTION_COLUMNS", "event_rows", "mention_rows", "events_frame", "mentions_frame",
           "csv_value"]

# Kinds of value: "text", "int" (never missing), "Int64" (nullable integer), "Float64",
# "bool", "date" (a day), "datetime" (naive wall-clock time), "utc" (a time-zone-aware
# instant), "list" (of text).

#: Columns of the events table (one row per event, dated then undated), with their kind.
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "text",
    "event_date": "date",
    "start": "datetime",
    "end": "datetime",
    "dated": "bool",
    "time_precision": "Int64",
    "value": "text",
    "granularity": "text",
    "date_basis": "text",
    "when": "text",
    "kind": "text",
    "label": "text",
    "event_type": "text",
    "sub_event_type": "text",
    "type": "text",
    "actor1": "text",
    "actor2": "text",
    "actor1_id": "text",
    "actor2_id": "text",
    "location": "text",
    "place_id": "text",
    "country": "text",
    "latitude": "Float64",
    "longitude": "Float64",
    "fatalities": "Int64",
    "about": "text",
    "notes": "text",
    "title": "text",
    "n_sources": "int",
    "n_articles": "int",
    "n_mentions": "int",
    "source": "text",
    "sources": "list",
    "articles": "list",
    "source_urls": "list",
    "classes": "list",
    "conflicts": "list",
}

#: Columns of the mentions table (one row per event mention), with their kind.
MENTION_COLUMNS: dict[str, str] = {
    "event_id": "text",
    "article_id": "text",
    "source": "text",
    "url": "text",
    "published": "utc",
    "lang": "text",
    "sentence": "text",
    "text": "text",
    "char_start": "int",
    "char_end": "int",
    "trigger": "text",
    "trigger_start": "Int64",
    "trigger_end": "Int64",
    "type": "text",
    "event_type": "text",
    "sub_event_type": "text",
    "kind": "text",
    "modality": "text",
    "classes": "list",
    "time_basis": "text",
    "time_text": "text",
    "time_char_start": "Int64",
    "time_char_end": "Int64",
    "time_type": "text",
    "time_value": "text",
    "time_granularity": "text",
    "time_start": "datetime",
    "time_end": "datetime",
    "time_explanation": "text",
}


def _place(place_id: Optional[str]) -> tuple[Optional[str], Optional[float], Optional[float]]:
    """Country name, latitude and longitude of a gazetteer place."""
    if not place_id:
        return None, None, None
    from .events.gazetteer import get_place

    try:
        p = get_place(place_id)
    except KeyError:
        return None, None, None
    try:
        country = get_place(p.country).name if p.country and p.country != p.id else p.name
    except KeyError:
        country = p.country or None
    return country, p.lat, p.lon


def _event_row(e: Event) -> dict[str, Any]:
    iv = e.interval
    country, lat, lon = _place(e.place_id)
    outlets = list(e.outlets)
    return {
        "event_id": e.id,
        "event_date": iv.start.replace(hour=0, minute=0, second=0, microsecond=0) if iv else None,
        "start": iv.start if iv else None,
        "end": iv.end if iv else None,
        "dated": iv is not None,
        "time_precision": e.time_precision if iv else None,
        "value": e.value,
        "granularity": e.granularity.value if e.granularity else None,
        "date_basis": e.date_basis,
        "when": when_label(iv, e.granularity, e.value),
        "kind": e.kind,
        "label": event_label(e),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "type": e.type or None,
        "actor1": actor_name(e.actor1),
        "actor2": actor_name(e.actor2),
        "actor1_id": e.actor1,
        "actor2_id": e.actor2,
        "location": place_name(e),
        "place_id": e.place_id,
        "country": country,
        "latitude": lat,
        "longitude": lon,
        "fatalities": e.fatalities,
        "about": e.about,
        "notes": e.title,
        "title": e.title,
        "n_sources": len(outlets),
        "n_articles": len(e.sources),
        "n_mentions": len(e.mentions),
        "source": "; ".join(outlets),
        "sources": outlets,
        "articles": [s.article_id for s in e.sources],
        "source_urls": list(dict.fromkeys(s.url for s in e.sources if s.url)),
        "classes": list(e.classes),
        "conflicts": [f"{c.value} ({', '.join(dict.fromkeys(s.name for s in c.sources))})" for c in e.conflicts],
    }


def event_rows(chron: "Chronology") -> list[dict[str, Any]]:
    """The events table as a list of rows (Python values: ``datetime``, ``int``, ``None``,
    lists), dated events in time order, then undated ones; see :data:`EVENT_COLUMNS`.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> row = event_rows(chron)[0]
    >>> row["event_type"], row["sub_event_type"], row["location"], row["fatalities"], row["time_precision"]
    ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Manbij', 5, 1)
    """
    return [_event_row(e) for e in chron.all_events]


def _zones(chron: "Chronology") -> dict[str, tzinfo]:
    """The UTC offset each article's publication time was given with."""
    out: dict[str, tzinfo] = {}
    for a in chron.articles:
        try:
            when = datetime.fromisoformat(a.published) if a.published else None
        except ValueError:
            when = None
        if when is not None and when.tzinfo is not None:
            out[a.id] = when.tzinfo
    return out


def _published(m: EventMention, zones: dict[str, tzinfo]) -> Optional[datetime]:
    """A mention's publication time, time-zone-aware: in its article's own offset when the
    article gave one, else taken as UTC."""
    if m.published is None:
        return None
    if m.published.tzinfo is not None:
        return m.published
    return m.published.replace(tzinfo=zones.get(m.article_id, timezone.utc))


def _mention_row(e: Event, m: EventMention, zones: dict[str, tzinfo]) -> dict[str, Any]:
    from .lang.taxonomy import TYPES, acled

    t = m.time
    ev_type, sub_type = acled(m.event_type) if m.event_type in TYPES else (None, None)
    return {
        "event_id": e.id,
        "article_id": m.article_id,
        "source": m.source,
        "url": m.url,
        "published": _published(m, zones),
        "lang": m.lang,
        "sentence": m.sentence,
        "text": m.text,
        "char_start": m.start,
        "char_end": m.end,
        "trigger": m.trigger or None,
        "trigger_start": m.trigger_start,
        "trigger_end": m.trigger_end,
        "type": m.event_type or None,
        "event_type": ev_type,
        "sub_event_type": sub_type or None,
        "kind": m.kind,
        "modality": m.modality,
        "classes": list(m.classes),
        "time_basis": m.time_basis,
        "time_text": t.text if t else None,
        "time_char_start": t.start if t else None,
        "time_char_end": t.end if t else None,
        "time_type": t.type.value if t else None,
        "time_value": t.value if t else None,
        "time_granularity": t.granularity.value if t and t.granularity else None,
        "time_start": t.interval.start if t and t.interval else None,
        "time_end": t.interval.end if t and t.interval else None,
        "time_explanation": t.explanation if t else None,
    }


def mention_rows(chron: "Chronology") -> list[dict[str, Any]]:
    """The mentions table as a list of rows (Python values); see :data:`MENTION_COLUMNS`.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> [(r["trigger"], r["time_value"]) for r in mention_rows(chron)]
    [('car bomb', '2025-03-10TMO'), ('killed', '2025-03-10TMO')]
    """
    zones = _zones(chron)
    return [_mention_row(e, m, zones) for e in chron.all_events for m in e.mentions]


def _frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> "pd.DataFrame":
    """Rows as a DataFrame, each column with the dtype of its kind."""
    import pandas as pd

    data: dict[str, Any] = {}
    for col, kind in columns.items():
        values = [r[col] for r in rows]
        if kind in ("date", "datetime"):
            data[col] = pd.to_datetime(pd.Series(values, dtype=object))
        elif kind == "utc":
            data[col] = pd.to_datetime(pd.Series(values, dtype=object), utc=True)
        elif kind in ("Int64", "Float64"):
            data[col] = pd.array(values, dtype=kind)
        elif kind == "int":
            data[col] = pd.array(values, dtype="int64")
        elif kind == "bool":
            data[col] = pd.array(values, dtype=bool)
        elif kind == "list":
            data[col] = pd.Series(values, dtype=object)
        else:
            data[col] = pd.Series(values) if values else pd.Series(values, dtype=object)
    return pd.DataFrame(data, columns=list(columns))


@implements("to_dataframe")
def events_frame(chron: "Chronology") -> "pd.DataFrame":
    """The events table as a DataFrame (``Chronology.to_dataframe``): ``event_date``,
    ``start``, ``end`` are ``datetime64`` (``NaT`` for undated events), ``time_precision``
    and ``fatalities`` nullable ``Int64``, ``latitude``/``longitude`` ``Float64``, ``dated``
    ``bool``, counts ``int64``; ``sources``, ``articles``, ``source_urls``, ``classes`` and
    ``conflicts`` hold lists.  ``df[df.dated]`` are the events the chart draws.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> events_frame(chron)[["event_id", "event_type", "fatalities"]].values.tolist()
    [['E0001', 'Explosions/Remote violence', 5]]
    """
    return _frame(event_rows(chron), EVENT_COLUMNS)


@implements("mentions_dataframe")
def mentions_frame(chron: "Chronology") -> "pd.DataFrame":
    """The mentions table as a DataFrame (``Chronology.mentions_dataframe``): character
    offsets ``int64`` (``Int64`` where they may be missing), ``published`` time-zone-aware
    (UTC), ``time_start``/``time_end`` ``datetime64``, ``classes`` lists.

    >>> import timeline
    >>> chron = timeline.build_chronology([timeline.Article(
    ...     id="a", published="2025-03-10", source="AFP", lang="en",
    ...     text="A car bomb killed five civilians in the town of Manbij on Monday morning.")])
    >>> mentions_frame(chron)["trigger"].tolist()
    ['car bomb', 'killed']
    """
    return _frame(mention_rows(chron), MENTION_COLUMNS)


def csv_value(value: Any, kind: str) -> Any:
    """A table value as the CSV writes it: ISO times (``2025-12-13`` for a day,
    ``2025-12-13T08:40`` for a time, ``2025-12-20T01:34:00+03:00`` for an instant),
    ``true``/``false``, lists joined with ``"; "``, ``""`` for missing values.

    >>> csv_value(["Erem News", "SANA"], "list"), csv_value(True, "bool"), csv_value(None, "Int64")
    ('Erem News; SANA', 'true', '')
    """
    if value is None:
        return ""
    if kind == "date":
        return value.date().isoformat()
    if kind == "datetime":
        return iso(value)
    if kind == "utc":
        return value.isoformat()
    if kind == "bool":
        return "true" if value else "false"
    if kind == "list":
        return "; ".join(value)
    return value
