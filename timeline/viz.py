"""Draw a chronology: an interactive Plotly timeline and a self-contained HTML page.

One row per happening, earliest on top, labelled by what happened — its type, place and
toll, built from the event's fields ("Air/drone strike · تدمر · 1 killed"; the type words in
the ``language`` asked for, names as the reports write them).  Statements ("said",
"announced": there are many) share one lane under the happenings, stacked where they
coincide, so the happenings stay readable; ``statements="rows"`` gives each its own row.
Events precise to a day or finer are points (a zero-length bar would be invisible);
weeks, months and years are bars whose length is the uncertainty.  Marker size (bar
thickness) grows with the number of distinct outlets reporting the event.  Labels are
HTML-escaped (Plotly interprets a subset of HTML in labels) and bidi-isolated so Arabic
punctuation and numbers stay where they belong.

When the events are years apart, the chart has two panels: an overview of every event
on top, and below it the busiest stretch (see :func:`focus_window`), with a range slider;
a bar that starts before (ends after) that stretch has a ◀ (▶) at its edge saying when.

>>> import timeline
>>> chron = timeline.build_chronology([timeline.Article(
...     id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20")])
>>> fig = plot(chron)
>>> [(t.type, t.name, len(t.x)) for t in fig.data]
[('scatter', 'happening: a day or finer', 1)]
>>> from timeline.present import event_label
>>> [event_label(e) for e in chron.events]
['Attack · تدمر · 2 killed']
>>> fig.layout.yaxis.ticktext[0] == "\\u2066\\u2066Attack\\u2069 · \\u2067تدمر\\u2069 · \\u20662 killed\\u2069\\u2069"
True
"""

from __future__ import annotations

import html
import math
import os
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Optional, Sequence, Union

import attrs

from .chronology import implements
from .errors import InputError
from .model import Event
from .present import (
    PUBLICATION_NOTE, basis_words, best_mention, check_language, directed, event_label, isolate, outlets_text,
    safe_url, shorten, when_label, wrap, write_text,
)
from .timex import TimeInterval

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

    from .chronology import Chronology

__all__ = ["plot", "to_html", "focus_window", "default_title", "POINT_TRACE", "BAR_TRACE", "STATEMENT_TRACE",
           "STATEMENT_BAR_TRACE", "CONTINUES_TRACE", "STATEMENT_MODES"]

PathLike = Union[str, "os.PathLike[str]"]

#: Names of the traces :func:`plot` draws (they are the legend).
POINT_TRACE = "happening: a day or finer"
BAR_TRACE = "happening: a week, month or longer (bar = uncertainty)"
STATEMENT_TRACE = "statement: a day or finer"
STATEMENT_BAR_TRACE = "statement: a week, month or longer"
CONTINUES_TRACE = "◀ ▶ the bar goes on outside this stretch"

#: How statements are drawn: in one lane under the happenings, or one row each.
STATEMENT_MODES = ("lane", "rows")

FONT = "'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', Arial, sans-serif"
_HAPPENING = "#2b6cb0"
_STATEMENT = "#9f7aea"
_MAX_SOURCES_IN_HOVER = 10
_MAX_LABELLED_ROWS = 200  # beyond this the rows are too thin for a label: hover instead
_LABEL_WIDTH = 46  # characters of a row label
_TRACK = 0.5  # height of one track of the statement lane, in rows
_LANE_WORDS = {"en": ("happenings", "statements"), "ar": ("أحداث", "تصريحات")}

def _mid(iv: TimeInterval) -> datetime:
    return iv.start + (iv.end - iv.start) / 2


_FINE_SPAN = timedelta(days=8)


def focus_window(intervals: Sequence[TimeInterval]) -> Optional[tuple[datetime, datetime]]:
    """The busiest stretch of time, when the events are too spread out to read at once.

    The middles of the intervals are split into clusters wherever two neighbours lie
    further apart than three times the median non-zero gap, two days, or 1/200 of the
    whole span, whichever is most (only events of a week or less count: a month or a
    year is drawn across the chart); the biggest cluster (the latest on a tie) is the busy
    stretch, padded and rounded to whole days.
    Returns ``None`` when there is no such stretch worth a panel of its own: fewer than
    four events, a cluster holding every event or under a quarter of them, or one that
    covers more than an eighth of the whole span.

    >>> from datetime import datetime as dt
    >>> days = [TimeInterval(dt(2025, 12, d), dt(2025, 12, d + 1)) for d in (13, 15, 18, 19, 20)]
    >>> years = [TimeInterval(dt(y, 1, 1), dt(y + 1, 1, 1)) for y in (2014, 2019)]
    >>> focus_window(days + years)
    (datetime.datetime(2025, 12, 13, 0, 0), datetime.datetime(2025, 12, 21, 0, 0))
    >>> focus_window(days) is None
    True
    """
    if len(intervals) < 4:
        return None
    total = max(iv.end for iv in intervals) - min(iv.start for iv in intervals)
    # month- and year-long events are bars across the whole chart: they make no stretch busy
    fine = [iv for iv in intervals if iv.end - iv.start <= _FINE_SPAN]
    n = len(fine)
    if n < 4:
        return None
    centers = sorted(_mid(iv) for iv in fine)
    gaps = [b - a for a, b in zip(centers, centers[1:])]
    moving = sorted(g for g in gaps if g) or [timedelta(0)]
    threshold = max(timedelta(days=2), 3 * moving[len(moving) // 2], total / 200)
    clusters: list[list[datetime]] = [[centers[0]]]
    for gap, c in zip(gaps, centers[1:]):
        if gap > threshold:
            clusters.append([])
        clusters[-1].append(c)
    best = max(clusters, key=lambda c: (len(c), c[0]))
    if len(best) == len(intervals) or len(best) < max(2, math.ceil(n / 4)):
        return None
    pad = max((best[-1] - best[0]) * 0.05, timedelta(hours=12))
    lo = (best[0] - pad).replace(hour=0, minute=0, second=0, microsecond=0)
    hi_raw = best[-1] + pad
    hi = hi_raw.replace(hour=0, minute=0, second=0, microsecond=0)
    if hi < hi_raw:
        hi += timedelta(days=1)
    if (hi - lo) * 8 > total:
        return None
    return lo, hi


# -- hover and labels -----------------------------------------------------------------------

def _esc(text: str) -> str:
    """Escape text for a Plotly label: ``<``, ``>`` and ``&`` (Plotly reads a subset of HTML
    in labels and decodes only a few entities, so quotes are left alone)."""
    return html.escape(text, quote=False)


def _lines(text: str, width: int, max_lines: int) -> list[str]:
    """Escaped, bidi-isolated lines of at most ``width`` characters."""
    lines = wrap(text, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = shorten(lines[-1] + " …", width)
    return [_esc(isolate(line)) for line in lines]


def _basis_line(e: Event) -> str:
    if e.date_basis == "publication":
        return PUBLICATION_NOTE
    if e.date_basis == "none":
        return "no report gives a time"
    return "dated by what the reports say (the time most of them agree on, most precisely)"


def _hover(e: Event, language: str, about: Optional[Event] = None) -> str:
    when = when_label(e.interval, e.granularity, e.value)
    head = [
        f"<b>{_esc(directed(event_label(e, language, isolated=True), language))}</b>",
        f"<b>{_esc(when)}</b>  ({_esc(e.value or 'no value')} · "
        f"{_esc(e.granularity.value if e.granularity else 'undated')}) · {_esc(e.id)}",
        f"{_esc(outlets_text(e))} · {len(e.mentions)} mention{'s' if len(e.mentions) != 1 else ''}",
        f"<i>{_esc(_basis_line(e))}</i>",
    ]
    if about is not None:
        head.append(f"about {_esc(about.id)}: {_esc(directed(event_label(about, language, isolated=True), language))}")
    head += ["", *(f"<b>{line}</b>" for line in _lines(e.title, 80, 3)), ""]
    body = []
    for s in e.sources[:_MAX_SOURCES_IN_HOVER]:
        m = best_mention(e, s.article_id)
        published = f" · {m.published:%d %b %Y}" if m.published else ""
        body.append(f"<b>{_esc(isolate(s.name))}</b>{published}")
        body.extend("  " + line for line in _lines(m.sentence, 80, 2))
        basis = f"<i>{_esc(basis_words(m.time_basis))}</i>"
        if m.time is not None:
            body.append(f"  dated by “{_esc(isolate(m.time.text))}” → {_esc(m.time.value)} — {basis}")
        else:
            body.append(f"  {basis}")
    rest = e.sources[_MAX_SOURCES_IN_HOVER:]
    if rest:
        names = ", ".join(dict.fromkeys(s.name for s in rest))
        body.extend(f"<i>{line}</i>" for line in _lines(f"+ {len(rest)} more articles: {names}", 80, 3))
    for c in e.conflicts:
        names = ", ".join(dict.fromkeys(s.name for s in c.sources))
        exprs = ", ".join(c.expressions)
        body.append(f"<b>conflict:</b> {_esc(c.value)} per {_esc(isolate(names))} "
                    f"(“{_esc(isolate(exprs))}”)")
    return "<br>".join(head + body)


def _label(e: Event, language: str, width: int = _LABEL_WIDTH) -> str:
    """A row label: the event's label cut to ``width`` characters (the name in the middle
    first), each part isolated, the whole laid out in the direction of ``language``,
    escaped."""
    return _esc(directed(event_label(e, language, isolated=True, width=width), language))


def _is_point(e: Event) -> bool:
    return e.time_precision == 1 or (
        e.granularity is None and e.interval is not None and e.interval.duration <= timedelta(days=1))


# -- layout of a panel ----------------------------------------------------------------------

@attrs.define
class _Panel:
    """Where each event of a panel is drawn: a y position per event, tick labels, the
    statement lane's extent (``None`` without one) and the number of rows drawn."""

    y: dict[str, float]
    tickvals: list[float]
    ticktext: list[str]
    lane: Optional[tuple[float, float]]
    rows: float
    happenings: int


def _lane_tracks(events: Sequence[Event], lo: datetime, hi: datetime, slot: timedelta) -> dict[str, int]:
    """Tracks of the statement lane: each statement in the first track free at its time
    (a point takes ``slot`` of time, a bar its interval), so none hides another."""
    ends: list[datetime] = []
    out: dict[str, int] = {}
    for e in sorted(events, key=lambda e: (e.interval.start, e.id)):  # type: ignore[union-attr]
        iv = e.interval
        assert iv is not None
        if _is_point(e):
            a, b = _mid(iv) - slot / 2, _mid(iv) + slot / 2
        else:
            a, b = max(iv.start, lo), min(iv.end, hi) + slot / 4
        k = next((k for k, end in enumerate(ends) if end <= a), len(ends))
        if k == len(ends):
            ends.append(b)
        else:
            ends[k] = b
        out[e.id] = k
    return out


def _layout(events: Sequence[Event], lo: datetime, hi: datetime, *, statements: str, language: str,
            labelled: bool, slots: int) -> _Panel:
    happenings = [e for e in events if e.kind != "statement" or statements == "rows"]
    lane = [e for e in events if e.kind == "statement" and statements == "lane"]
    y = {e.id: float(k) for k, e in enumerate(happenings)}
    tickvals: list[float] = list(y.values()) if labelled else []
    ticktext: list[str] = [_label(e, language) for e in happenings] if labelled else []
    words = _LANE_WORDS.get(language, _LANE_WORDS["en"])
    if not labelled and happenings:
        tickvals.append((len(happenings) - 1) / 2)
        ticktext.append(f"{words[0] if statements == 'lane' else words[0] + ' + ' + words[1]} ({len(happenings)})")
    rows: float = len(happenings)
    extent = None
    if lane:
        tracks = _lane_tracks(lane, lo, hi, (hi - lo) / slots)
        first = len(happenings) + 0.25 if happenings else 0.0
        for e in lane:
            y[e.id] = first + tracks[e.id] * _TRACK
        n = max(tracks.values()) + 1
        top, bottom = first - _TRACK / 2 - 0.1, first + (n - 1) * _TRACK + _TRACK / 2 + 0.1
        extent = (top, bottom)
        tickvals.append(first + (n - 1) * _TRACK / 2)
        ticktext.append(f"{words[1]} ({len(lane)})")
        rows = bottom + 0.5
    return _Panel(y, tickvals, ticktext, extent, max(rows, 1.0), len(happenings))


def _size(e: Event, compact: bool) -> float:
    base, step, top = (4.5, 1.5, 11) if compact else (8, 3, 20)
    return min(top, base + step * (len(e.outlets) - 1))


def _traces(events: Sequence[Event], panel: _Panel, xaxis: str, yaxis: str, *, compact: bool, legend: bool,
            language: str, by_id: dict[str, Event]) -> list["go.BaseTraceType"]:
    import plotly.graph_objects as go

    out: list[go.BaseTraceType] = []
    groups = [
        (POINT_TRACE, False, True, _HAPPENING), (BAR_TRACE, False, False, _HAPPENING),
        (STATEMENT_TRACE, True, True, _STATEMENT), (STATEMENT_BAR_TRACE, True, False, _STATEMENT),
    ]
    for name, statement, point, colour in groups:
        chosen = [e for e in events if (e.kind == "statement") == statement and _is_point(e) == point]
        if not chosen:
            continue
        in_lane = [e for e in chosen if e.kind == "statement" and (panel.lane is not None)]
        hover = [_hover(e, language, by_id.get(e.about) if e.about else None) for e in chosen]
        common = dict(name=name, legendgroup=name, showlegend=legend, hovertext=hover, hoverinfo="text",
                      xaxis=xaxis, yaxis=yaxis, y=[panel.y[e.id] for e in chosen],
                      customdata=[e.id for e in chosen])
        if point:
            sizes = [_size(e, compact) * (0.8 if e in in_lane else 1) for e in chosen]
            out.append(go.Scatter(
                mode="markers", x=[_mid(e.interval).isoformat() for e in chosen],  # type: ignore[arg-type]
                marker=dict(color=colour, size=sizes, symbol="diamond" if statement else "circle",
                            line=dict(width=1, color="white"), opacity=0.9),
                **common))
        else:
            full = 0.8 if compact else 0.6
            widths = [(_TRACK * 0.8 if e in in_lane else min(full, 0.3 + 0.1 * len(e.outlets))) for e in chosen]
            out.append(go.Bar(
                orientation="h", base=[e.interval.start.isoformat() for e in chosen],  # type: ignore[union-attr]
                x=[e.interval.duration.total_seconds() * 1000 for e in chosen],  # type: ignore[union-attr]
                width=widths, marker=dict(color=colour, line=dict(width=0.5, color="#1a365d")), opacity=0.55,
                **common))
    return out


def _continues(events: Sequence[Event], panel: _Panel, lo: datetime, hi: datetime, xaxis: str,
               yaxis: str) -> Optional["go.Scatter"]:
    """◀ at the left edge of the stretch on every bar that starts before it, ▶ at the right
    edge on every bar that ends after it, each saying when the bar starts or ends."""
    import plotly.graph_objects as go

    xs, ys, symbols, texts, positions, hovers = [], [], [], [], [], []
    inset = (hi - lo) / 200  # the arrow inside the panel, clear of the row labels
    for e in events:
        iv = e.interval
        if iv is None or _is_point(e):
            continue
        if iv.start < lo:
            xs.append((lo + inset).isoformat())
            symbols.append("triangle-left")
            texts.append(_esc(f"from {iv.start:%-d %b %Y}"))
            positions.append("middle right")
            hovers.append(_esc(f"{e.id} starts {when_label(iv, e.granularity, e.value)}, before this stretch"))
            ys.append(panel.y[e.id])
        if iv.end > hi:
            last = iv.end - timedelta(microseconds=1)
            xs.append((hi - inset).isoformat())
            symbols.append("triangle-right")
            texts.append(_esc(f"until {last:%-d %b %Y}"))
            positions.append("middle left")
            hovers.append(_esc(f"{e.id} ends after this stretch ({when_label(iv, e.granularity, e.value)})"))
            ys.append(panel.y[e.id])
    if not xs:
        return None
    return go.Scatter(
        name=CONTINUES_TRACE, legendgroup=CONTINUES_TRACE, showlegend=True, mode="markers+text", x=xs, y=ys,
        marker=dict(symbol=symbols, size=11, color="#c05621"), text=texts, textposition=positions,
        textfont=dict(size=11, color="#9c4221"), hovertext=hovers, hoverinfo="text", xaxis=xaxis, yaxis=yaxis)


def default_title(chron: "Chronology") -> str:
    """The chart's title when none is given.

    >>> import timeline
    >>> default_title(timeline.build_chronology([timeline.Article(id="a", published="2025-12-20",
    ...     text="A car bomb exploded in Raqqa on Friday.")]))
    'Chronology: 1 dated event from 1 article'
    """
    n, n_art = len(chron.events), len(chron.articles)
    return f"Chronology: {n} dated event{'s' if n != 1 else ''} from {n_art} article{'s' if n_art != 1 else ''}"


def _row_px(rows: float) -> int:
    """Height of one event row: roomy for a few events, tighter for many."""
    return 30 if rows <= 60 else 18 if rows <= _MAX_LABELLED_ROWS else 8


def _overlaps(e: Event, lo: datetime, hi: datetime) -> bool:
    return e.interval is not None and e.interval.start < hi and lo < e.interval.end


def _yaxis(panel: _Panel, *, labelled: bool, size: int) -> dict[str, Any]:
    return dict(range=[panel.rows - 0.5, -0.6], tickmode="array", tickvals=panel.tickvals, ticktext=panel.ticktext,
                showticklabels=labelled or bool(panel.tickvals), showgrid=False, zeroline=False, automargin=True,
                tickfont=dict(size=size), fixedrange=True)


def _lane_shape(panel: _Panel, xref: str, yref: str) -> Optional[dict[str, Any]]:
    if panel.lane is None:
        return None
    top, bottom = panel.lane
    return dict(type="rect", xref=f"{xref} domain", yref=yref, x0=0, x1=1, y0=top, y1=bottom,
                fillcolor="#f3effc", line_width=0, layer="below")


def _grid(panel: _Panel, xref: str, yref: str, n: int) -> list[dict[str, Any]]:
    """Faint lines between happening rows (a categorical axis's grid, on a numeric one)."""
    return [dict(type="line", xref=f"{xref} domain", yref=yref, x0=0, x1=1, y0=k + 0.5, y1=k + 0.5,
                 line=dict(color="#eeeeee", width=1), layer="below") for k in range(n - 1)]


@implements("plot")
def plot(chron: "Chronology", *, title: Optional[str] = None, focus: Union[bool, str] = "auto",
         undated_note: Optional[str] = None, language: str = "en", statements: str = "lane") -> "go.Figure":
    """The chronology as an interactive :class:`plotly.graph_objects.Figure`.

    Args:
        chron: the chronology to draw.
        title: the chart title (default: "Chronology: N dated events from M articles").
        focus: ``"auto"`` adds a detail panel of the busiest stretch when events are
            years apart (:func:`focus_window`); ``False`` always draws one panel.
        undated_note: the line under the title about undated events (default: how many
            there are and that :attr:`Chronology.undated` holds them).
        language: the language of the labels' words (``"en"``, default, or ``"ar"``):
            "Air/drone strike · تدمر" or "غارات جوية · تدمر".  Names stay as written.
        statements: ``"lane"`` (default): statements share one lane under the
            happenings; ``"rows"``: one row each, in time order among the happenings.

    One row per happening, earliest on top, labelled by its type, place and toll; x is
    time.  Points for day-or-finer times, bars for weeks, months and longer; size by the
    number of outlets.  Hover shows the label, the date at its precision, how many
    outlets (and articles) report it, how it was dated, its clearest sentence, and every
    source with its sentence and the expression that dated it, each date basis word
    explained.  A range slider sits under the (bottom) time axis.

    >>> import timeline
    >>> fig = plot(timeline.build_chronology("examples/seeds"))
    >>> fig.layout.xaxis2.rangeslider.visible  # two panels: the seeds span 2014-2025
    True
    """
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    if focus not in ("auto", True, False):
        raise InputError(f"focus must be 'auto', True or False, not {focus!r}")
    check_language(language)
    if statements not in STATEMENT_MODES:
        raise InputError(f"statements must be one of {', '.join(map(repr, STATEMENT_MODES))}, not {statements!r}")
    events = list(chron.events)
    by_id = {e.id: e for e in chron.all_events}
    head = default_title(chron) if title is None else title
    if undated_note is None:
        undated_note = (f"{len(chron.undated)} undated report{'s' if len(chron.undated) != 1 else ''} "
                        "not on the time axis (Chronology.undated)" if chron.undated else "")
    window = focus_window([e.interval for e in events]) if focus and events else None  # type: ignore[misc]
    first = min((e.interval.start for e in events), default=datetime(2000, 1, 1))  # type: ignore[union-attr]
    last = max((e.interval.end for e in events), default=datetime(2000, 1, 2))  # type: ignore[union-attr]
    shapes: list[dict[str, Any]] = []
    n_legend = 0

    if window is not None:
        lo, hi = window
        detail = [e for e in events if _overlaps(e, lo, hi)]
        labelled = len(detail) <= _MAX_LABELLED_ROWS
        over = _layout(events, first, last, statements=statements, language=language, labelled=False, slots=90)
        det = _layout(detail, lo, hi, statements=statements, language=language, labelled=labelled, slots=110)
        ov_h = int(max(150, min(300, 9 * over.rows)))
        det_h = int(max(160, _row_px(det.rows) * det.rows))
        gap = 90
        fig = make_subplots(
            rows=2, cols=1, row_heights=[ov_h, det_h], vertical_spacing=gap / (ov_h + det_h + gap),
            subplot_titles=[
                _esc(f"All {len(events)} dated events, {first:%Y}–{last - timedelta(seconds=1):%Y} "
                     "(shaded: the stretch drawn below)"),
                _esc(f"The busiest stretch, {lo:%-d %b} – {hi - timedelta(seconds=1):%-d %b %Y}: "
                     f"{len(detail)} of {len(events)} events"),
            ])
        for t in _traces(events, over, "x", "y", compact=True, legend=True, language=language, by_id=by_id):
            fig.add_trace(t)
        for t in _traces(detail, det, "x2", "y2", compact=False, legend=False, language=language, by_id=by_id):
            fig.add_trace(t)
        more = _continues(detail, det, lo, hi, "x2", "y2")
        if more is not None:
            fig.add_trace(more)
        n_legend = len({t.name for t in fig.data})
        fig.add_vrect(x0=lo.isoformat(), x1=hi.isoformat(), row=1, col=1,
                      fillcolor="#fd8d3c", opacity=0.3, line_width=0, layer="below")
        shapes += [s for s in (_lane_shape(over, "x", "y"), _lane_shape(det, "x2", "y2")) if s]
        shapes += _grid(det, "x2", "y2", det.happenings)
        fig.update_layout(
            yaxis=_yaxis(over, labelled=False, size=11),
            xaxis=dict(type="date", showgrid=True, range=[first.isoformat(), last.isoformat()], fixedrange=True),
            yaxis2=_yaxis(det, labelled=labelled, size=12),
            xaxis2=dict(type="date", showgrid=True, range=[lo.isoformat(), hi.isoformat()],
                        rangeslider=dict(visible=True, thickness=0.08)),
        )
        panels = ov_h + gap + det_h
    else:
        detail = events
        labelled = len(detail) <= _MAX_LABELLED_ROWS
        lo, hi = first, last
        det = _layout(detail, lo, hi, statements=statements, language=language, labelled=labelled, slots=110)
        det_h = int(max(160, _row_px(det.rows) * det.rows))
        fig = go.Figure()
        for t in _traces(detail, det, "x", "y", compact=False, legend=True, language=language, by_id=by_id):
            fig.add_trace(t)
        n_legend = len({t.name for t in fig.data})
        shapes += [s for s in (_lane_shape(det, "x", "y"),) if s] + _grid(det, "x", "y", det.happenings)
        fig.update_layout(
            yaxis=_yaxis(det, labelled=labelled, size=12),
            xaxis=dict(type="date", showgrid=True, rangeslider=dict(visible=bool(events), thickness=0.08)),
        )
        panels = det_h
        if not events:
            fig.add_annotation(text="No dated events", x=0.5, y=0.5, xref="paper", yref="paper",
                               showarrow=False, font=dict(size=16))

    title_text = _esc(head) + (f"<br><sup>{_esc(undated_note)}</sup>" if undated_note else "")
    # pixels: title, legend (one entry a line, above the panels' titles), panels, slider, axis
    legend_px = 22 * n_legend + 22 if n_legend else 0
    # (without a title the legend starts under the mode bar, which Plotly puts top right)
    top = (56 if title_text else 34) + legend_px + (30 if window is not None else 8)
    bottom = 40
    height = top + int(panels / (1 - 0.08)) + 60 + bottom
    plot_px = height - top - bottom
    fig.update_layout(
        template="plotly_white",
        title=dict(text=title_text, x=0.01, xanchor="left", yref="container", y=1 - 26 / height, yanchor="top"),
        font=dict(family=FONT, size=13, color="#222"),
        height=height,
        margin=dict(l=20, r=20, t=top, b=bottom),
        barmode="overlay",
        hovermode="closest",
        hoverlabel=dict(align="left", bgcolor="white", bordercolor=_HAPPENING,
                        font=dict(family=FONT, size=12, color="#222")),
        showlegend=bool(n_legend),
        legend=dict(orientation="v", yanchor="bottom", y=1.0 + (30 if window is not None else 8) / plot_px,
                    xanchor="left", x=0.0, itemclick="toggle", itemdoubleclick="toggleothers",
                    title=dict(text="marker size, bar thickness: number of outlets", font=dict(size=11)),
                    tracegroupgap=0, font=dict(size=12)),
        shapes=list(fig.layout.shapes) + shapes,
        meta={"events_drawn": len(events), "detail_events_drawn": len(detail) if window else None,
              "language": language, "statements": statements},
    )
    return fig


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
body { font-family: %s; margin: 1.2rem 2rem; color: #222; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
p.note { color: #555; margin: .2rem 0 1rem; }
table { border-collapse: collapse; width: 100%%; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .35rem .5rem; vertical-align: top; text-align: start; }
th { background: #f5f7fa; }
td.when { white-space: nowrap; }
details summary { cursor: pointer; }
ul.mentions { margin: .3rem 0; padding-inline-start: 1.2rem; }
ul.mentions li { margin: .25rem 0; }
.expr { background: #fff3cd; }
small { color: #666; }
""" % FONT


_THEAD = ("<thead><tr><th>id</th><th>when</th><th>outlets (articles)</th>"
          "<th>what happened (click for every report)</th></tr></thead>")


def _mentions_html(e: Event) -> str:
    items = []
    for m in e.mentions:
        t = m.time
        if t is not None:
            rel = t.start - m.start
            sentence = m.sentence
            s0 = sentence.find(m.text) if m.text in sentence else -1
            if s0 >= 0 and 0 <= rel and rel + len(t.text) <= len(m.text):
                a, b = s0 + rel, s0 + rel + len(t.text)
                body = (html.escape(sentence[:a]) + f'<mark class="expr">{html.escape(sentence[a:b])}</mark>'
                        + html.escape(sentence[b:]))
            else:
                body = html.escape(sentence)
            how = (f'<br><small dir="ltr">{html.escape(t.value)} · {html.escape(basis_words(m.time_basis))} · '
                   f'<bdi>{html.escape(t.explanation)}</bdi></small>')
        else:
            body = html.escape(m.sentence)
            how = f'<br><small dir="ltr">no time expression · {html.escape(basis_words(m.time_basis))}</small>'
        src = html.escape(m.source)
        url = safe_url(m.url)
        if url:
            src = f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{src}</a>'
        items.append(f'<li><b dir="auto">{src}</b> <small>[{m.start}:{m.end}]</small><br>'
                     f'<span dir="auto">{body}</span>{how}</li>')
    return '<ul class="mentions">' + "".join(items) + "</ul>"


def _row(e: Event, language: str = "en") -> str:
    when = when_label(e.interval, e.granularity, e.value)
    gran = e.granularity.value if e.granularity else ""
    basis = "<br>publication day: no report gives a time" if e.date_basis == "publication" else ""
    n_out, n_art = len(e.outlets), len(e.sources)
    label = " · ".join(f"<bdi>{html.escape(p)}</bdi>" for p in event_label(e, language).split(" · "))
    return (f'<tr id="{html.escape(e.id, quote=True)}"><td>{html.escape(e.id)}</td>'
            f'<td class="when">{html.escape(when)}<br><small>{html.escape(gran)}{basis}</small></td>'
            f'<td>{n_out}{f" ({n_art})" if n_art != n_out else ""}</td>'
            f'<td><b class="label" dir="{"rtl" if language == "ar" else "ltr"}">{label}</b>'
            f'<details><summary dir="auto">{html.escape(e.title)}</summary>'
            f'{_mentions_html(e)}</details>'
            f'<small>{" · ".join(f"<bdi>{html.escape(o)}</bdi>" for o in e.outlets)}</small></td></tr>')


@implements("to_html")
def to_html(chron: "Chronology", path: Optional[PathLike] = None, *, title: Optional[str] = None,
            language: str = "en", statements: str = "lane") -> str:
    """A self-contained HTML page: the chart (plotly.js inlined, works offline), then the
    undated reports and a table of every event with its mentions.  Every piece of article
    text is HTML-escaped.  Writes the page to ``path`` when given; returns it.

    >>> import timeline
    >>> page = to_html(timeline.build_chronology("examples/seeds"))
    >>> page.startswith("<!DOCTYPE html>"), "<script src=" in page, "Plotly.newPlot" in page
    (True, False, True)
    """
    import plotly.io as pio

    n_und = len(chron.undated)
    fig = plot(chron, title="", undated_note="", language=language, statements=statements)
    chart = pio.to_html(fig, include_plotlyjs=True, full_html=False, div_id="chronology-chart",
                        config={"responsive": True, "displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]})
    head = default_title(chron) if title is None else title
    undated = "".join(_row(e, language) for e in chron.undated)
    undated_html = (f'<section id="undated"><h2>Undated reports ({n_und})</h2>'
                    '<p class="note">No time could be given to these reports; they are kept, not dropped.</p>'
                    f"<table>{_THEAD}<tbody>{undated}</tbody></table></section>") if n_und else ""
    rows = "".join(_row(e, language) for e in chron.events)
    sources = "".join(
        f'<li dir="auto">{html.escape(a.source)} <small>({html.escape(a.id)}, '
        f'{html.escape(a.published or "no date")})</small></li>' for a in chron.articles)
    undated_link = (f'<a href="#undated">{n_und} undated report{"s" if n_und != 1 else ""}</a> '
                    "(listed below the chart)" if n_und else "no undated reports")
    note = (f"{len(chron.events)} dated events, {undated_link}, from {len(chron.articles)} articles. "
            "Hover a point or bar for its sources and how it was dated; drag the range slider to zoom; "
            "click a legend entry to hide or show it; double-click the chart to reset. "
            "Outlets are counted once however many of their articles report an event.")
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(head)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<h1 dir="auto">{html.escape(head)}</h1>\n'
        f'<p class="note">{note}</p>\n'
        f'<div id="chart">{chart}</div>\n'
        f"{undated_html}\n"
        f'<section id="events"><h2>Events ({len(chron.events)})</h2>'
        f"<table>{_THEAD}<tbody>{rows}</tbody></table></section>\n"
        f'<section id="articles"><h2>Articles ({len(chron.articles)})</h2><ul>{sources}</ul></section>\n'
        "</body>\n</html>\n"
    )
    if path is not None:
        write_text(path, page, "the HTML page")
    return page
