"""Draw a chronology: an interactive Plotly timeline and a self-contained HTML page.

Events precise to a day or finer are points (a zero-length bar would be invisible);
weeks, months and years are bars whose length is the uncertainty.  Colour and marker
size grow with the number of sources.  Labels are HTML-escaped (Plotly interprets a
subset of HTML in labels) and Arabic text is wrapped in a right-to-left isolate
(U+2067 … U+2069) so its punctuation and numbers stay where they belong.

When the events are years apart, the chart has two panels: an overview of every event
on top, and below it the busiest stretch (see :func:`focus_window`), with a range slider.

>>> import timeline
>>> chron = timeline.build_chronology([timeline.Article(
...     id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20")])
>>> fig = plot(chron)
>>> [(t.type, t.name, len(t.x)) for t in fig.data]
[('scatter', 'day or finer', 1)]
"""

from __future__ import annotations

import html
import math
import os
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Optional, Sequence, Union

from .errors import InputError
from .export import (
    PUBLICATION_NOTE, _best_mention, _write_text, isolate, safe_url, shorten, time_precision, when_label, wrap,
)
from .model import Event
from .timex import TimeInterval

if TYPE_CHECKING:  # pragma: no cover
    import plotly.graph_objects as go

    from .chronology import Chronology

__all__ = ["plot", "to_html", "focus_window", "default_title", "POINT_TRACE", "BAR_TRACE"]

PathLike = Union[str, "os.PathLike[str]"]

#: Names of the two kinds of trace :func:`plot` draws.
POINT_TRACE = "day or finer"
BAR_TRACE = "week, month or longer (bar = uncertainty)"

FONT = "'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', Arial, sans-serif"
_COLORS = [[0.0, "#9ecae1"], [0.5, "#3182bd"], [1.0, "#08306b"]]
_MAX_SOURCES_IN_HOVER = 10
_MAX_LABELLED_ROWS = 200  # beyond this the rows are too thin for a label: hover instead


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


def _hover(e: Event) -> str:
    label = when_label(e.interval, e.granularity, e.value)
    n = len(e.sources)
    head = [
        f"<b>{_esc(label)}</b>  ({_esc(e.value or 'no value')})",
        f"{_esc(e.granularity.value if e.granularity else 'undated')} · {n} source{'s' if n != 1 else ''}"
        f" · {len(e.mentions)} mention{'s' if len(e.mentions) != 1 else ''} · {_esc(e.id)}",
        *([f"<i>{_esc(PUBLICATION_NOTE)}</i>"] if e.date_basis == "publication" else []),
        "",
        *(f"<b>{line}</b>" for line in _lines(e.title, 80, 3)),
        "",
    ]
    body = []
    for s in e.sources[:_MAX_SOURCES_IN_HOVER]:
        m = _best_mention(e, s.article_id)
        published = f" · {m.published:%d %b %Y}" if m.published else ""
        body.append(f"<b>{_esc(isolate(s.name))}</b>{published}")
        body.extend("  " + line for line in _lines(m.sentence, 80, 2))
        if m.time is not None:
            body.append(f"  <i>dated by</i> “{_esc(isolate(m.time.text))}” → "
                        f"{_esc(m.time.value)} ({_esc(m.time_basis)})")
        else:
            body.append("  <i>no time expression</i>")
    rest = e.sources[_MAX_SOURCES_IN_HOVER:]
    if rest:
        names = ", ".join(dict.fromkeys(s.name for s in rest))
        body.extend(f"<i>{line}</i>" for line in _lines(f"+ {len(rest)} more: {names}", 80, 3))
    for c in e.conflicts:
        names = ", ".join(s.name for s in c.sources)
        exprs = ", ".join(c.expressions)
        body.append(f"<b>conflict:</b> {_esc(c.value)} per {_esc(isolate(names))} "
                    f"(“{_esc(isolate(exprs))}”)")
    return "<br>".join(head + body)


def _label(e: Event, width: int = 60) -> str:
    return _esc(isolate(shorten(e.title, width)))


def _is_point(e: Event) -> bool:
    return time_precision(e.granularity) == 1 or (
        e.granularity is None and e.interval is not None and e.interval.duration <= timedelta(days=1))


def _traces(events: Sequence[Event], xaxis: str, yaxis: str, *, compact: bool,
            legend: bool) -> list["go.BaseTraceType"]:
    import plotly.graph_objects as go

    points = [e for e in events if _is_point(e)]
    bars = [e for e in events if not _is_point(e)]
    out: list[go.BaseTraceType] = []
    if bars:
        out.append(go.Bar(
            name=BAR_TRACE, legendgroup="bars", showlegend=legend, orientation="h",
            base=[e.interval.start.isoformat() for e in bars],  # type: ignore[union-attr]
            x=[e.interval.duration.total_seconds() * 1000 for e in bars],  # type: ignore[union-attr]
            y=[e.id for e in bars],
            marker=dict(color=[len(e.sources) for e in bars], coloraxis="coloraxis",
                        line=dict(width=0.5, color="#08306b")),
            opacity=0.8, width=0.55 if not compact else 0.8,
            hovertext=[_hover(e) for e in bars], hoverinfo="text",
            xaxis=xaxis, yaxis=yaxis,
        ))
    if points:
        base, step, top = (4.5, 1.2, 11) if compact else (9, 3, 22)
        out.append(go.Scatter(
            name=POINT_TRACE, legendgroup="points", showlegend=legend, mode="markers",
            x=[_mid(e.interval).isoformat() for e in points],  # type: ignore[arg-type]
            y=[e.id for e in points],
            marker=dict(color=[len(e.sources) for e in points], coloraxis="coloraxis",
                        size=[min(top, base + step * (len(e.sources) - 1)) for e in points],
                        symbol="circle", line=dict(width=1, color="white")),
            hovertext=[_hover(e) for e in points], hoverinfo="text",
            xaxis=xaxis, yaxis=yaxis,
        ))
    return out


def default_title(chron: "Chronology") -> str:
    """"Chronology: 17 dated events from 5 articles"."""
    n, n_art = len(chron.events), len(chron.articles)
    return f"Chronology: {n} dated event{'s' if n != 1 else ''} from {n_art} article{'s' if n_art != 1 else ''}"


def _row_px(rows: int) -> int:
    """Height of one event row: roomy for a few events, tighter for many."""
    return 30 if rows <= 60 else 18 if rows <= _MAX_LABELLED_ROWS else 8


def _overlaps(e: Event, lo: datetime, hi: datetime) -> bool:
    return e.interval is not None and e.interval.start < hi and lo < e.interval.end


def plot(chron: "Chronology", *, title: Optional[str] = None, focus: Union[bool, str] = "auto",
         undated_note: Optional[str] = None) -> "go.Figure":
    """The chronology as an interactive :class:`plotly.graph_objects.Figure`.

    Args:
        chron: the chronology to draw.
        title: the chart title (default: "Chronology: N dated events from M articles").
        focus: ``"auto"`` adds a detail panel of the busiest stretch when events are
            years apart (:func:`focus_window`); ``False`` always draws one panel.
        undated_note: the line under the title about undated events (default: how many
            there are and that :attr:`Chronology.undated` holds them).

    One row per event, earliest on top; x is time.  Points for day-or-finer times, bars
    for weeks, months and longer; colour and size by the number of sources; hover shows
    the date, the granularity and every source with its sentence and the expression that
    dated it.  A range slider sits under the (bottom) time axis.

    >>> import timeline
    >>> fig = plot(timeline.build_chronology("examples/seeds"))
    >>> fig.layout.xaxis2.rangeslider.visible  # two panels: the seeds span 2014-2025
    True
    """
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    if focus not in ("auto", True, False):
        raise InputError(f"focus must be 'auto', True or False, not {focus!r}")
    events = list(chron.events)
    head = default_title(chron) if title is None else title
    if undated_note is None:
        undated_note = (f"{len(chron.undated)} undated report{'s' if len(chron.undated) != 1 else ''} "
                        "not on the time axis (Chronology.undated)" if chron.undated else "")
    window = focus_window([e.interval for e in events]) if focus and events else None  # type: ignore[misc]
    max_src = max((len(e.sources) for e in chron.all_events), default=1)

    if window is not None:
        lo, hi = window
        detail = [e for e in events if _overlaps(e, lo, hi)]
        ov_h, det_h = max(150, min(260, 9 * len(events))), max(160, _row_px(len(detail)) * len(detail))
        fig = make_subplots(
            rows=2, cols=1, row_heights=[ov_h, det_h], vertical_spacing=90 / (ov_h + det_h + 90),
            subplot_titles=[
                _esc(f"All {len(events)} dated events, {events[0].interval.start:%Y}–"  # type: ignore[union-attr]
                            f"{max(e.interval.end for e in events) - timedelta(seconds=1):%Y}"),  # type: ignore[union-attr]
                _esc(f"The busiest stretch, {lo:%d %b} – {hi - timedelta(seconds=1):%d %b %Y}: "
                            f"{len(detail)} of {len(events)} events"),
            ])
        for t in _traces(events, "x", "y", compact=True, legend=True):
            fig.add_trace(t)
        for t in _traces(detail, "x2", "y2", compact=False, legend=False):
            fig.add_trace(t)
        fig.add_vrect(x0=lo.isoformat(), x1=hi.isoformat(), row=1, col=1,
                      fillcolor="#fd8d3c", opacity=0.3, line_width=0, layer="below")
        # the stretch may be a sliver of the overview: point at it, away from the panel title
        first = min(e.interval.start for e in events)  # type: ignore[union-attr]
        last = max(e.interval.end for e in events)  # type: ignore[union-attr]
        on_right = (lo - first) > (last - hi)
        fig.add_annotation(x=(lo + (hi - lo) / 2).isoformat(), y=1.0, xref="x", yref="y domain",
                           text="busiest stretch, drawn below", showarrow=True, arrowhead=2, arrowcolor="#e6550d",
                           ax=-60 if on_right else 60, ay=-16, xanchor="right" if on_right else "left",
                           font=dict(size=11, color="#e6550d"))
        fig.layout.annotations[0].update(x=0.0 if on_right else 1.0, xanchor="left" if on_right else "right")
        fig.update_yaxes(row=1, col=1, showticklabels=False, categoryorder="array",
                         categoryarray=[e.id for e in events], autorange="reversed", showgrid=False,
                         fixedrange=True)
        fig.update_xaxes(row=1, col=1, type="date", showgrid=True)
        detail_axis = ("xaxis2", "yaxis2")
        fig.update_layout(xaxis2=dict(range=[lo.isoformat(), hi.isoformat()]))
        panels = ov_h + 90 + det_h
    else:
        detail = events
        det_h = max(160, _row_px(len(detail)) * len(detail))
        fig = go.Figure()
        for t in _traces(detail, "x", "y", compact=False, legend=True):
            fig.add_trace(t)
        detail_axis = ("xaxis", "yaxis")
        panels = det_h
        if not events:
            fig.add_annotation(text="No dated events", x=0.5, y=0.5, xref="paper", yref="paper",
                               showarrow=False, font=dict(size=16))

    xname, yname = detail_axis
    fig.update_layout({
        xname: dict(type="date", showgrid=True, rangeslider=dict(visible=bool(events), thickness=0.08)),
        yname: dict(categoryorder="array", categoryarray=[e.id for e in detail], autorange="reversed",
                    tickmode="array", tickvals=[e.id for e in detail],
                    ticktext=[_label(e) for e in detail], showticklabels=len(detail) <= _MAX_LABELLED_ROWS,
                    showgrid=len(detail) <= _MAX_LABELLED_ROWS, gridcolor="#eeeeee",
                    automargin=True, tickfont=dict(size=12)),
    })
    title_text = _esc(head) + (f"<br><sup>{_esc(undated_note)}</sup>" if undated_note else "")
    # pixels: title, legend (+ the overview's panel title), panels, range slider and axis
    top = (56 if title_text else 0) + 34 + (30 if window is not None else 0)
    bottom = 40
    height = top + int(panels / (1 - 0.08)) + 60 + bottom
    plot_px = height - top - bottom
    fig.update_layout(
        template="plotly_white",
        title=dict(text=title_text, x=0.01, xanchor="left", yref="container", y=1 - 26 / height, yanchor="top"),
        font=dict(family=FONT, size=13, color="#222"),
        height=height,
        margin=dict(l=20, r=30, t=top, b=bottom),
        barmode="overlay",
        hovermode="closest",
        hoverlabel=dict(align="left", bgcolor="white", bordercolor="#3182bd",
                        font=dict(family=FONT, size=12, color="#222")),
        legend=dict(orientation="h", yanchor="bottom", y=1.0 + (34 if window is not None else 8) / plot_px,
                    xanchor="left", x=0.0, itemclick=False, itemdoubleclick=False),
        coloraxis=dict(colorscale=_COLORS, cmin=1, cmax=max(2, max_src),
                       colorbar=dict(title=dict(text="sources"), dtick=1, thickness=12, len=0.4,
                                     y=0.0, yanchor="bottom")),
        meta={"events_drawn": len(events), "detail_events_drawn": len(detail) if window else None},
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


_THEAD = ("<thead><tr><th>id</th><th>when</th><th>sources</th>"
          "<th>what (click for every report)</th></tr></thead>")


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
            how = (f'<br><small dir="ltr">{html.escape(t.value)} · {html.escape(m.time_basis)} · '
                   f'<bdi>{html.escape(t.explanation)}</bdi></small>')
        else:
            body, how = html.escape(m.sentence), '<br><small dir="ltr">no time expression</small>'
        src = html.escape(m.source)
        url = safe_url(m.url)
        if url:
            src = f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{src}</a>'
        items.append(f'<li><b dir="auto">{src}</b> <small>[{m.start}:{m.end}]</small><br>'
                     f'<span dir="auto">{body}</span>{how}</li>')
    return '<ul class="mentions">' + "".join(items) + "</ul>"


def _row(e: Event) -> str:
    when = when_label(e.interval, e.granularity, e.value)
    gran = e.granularity.value if e.granularity else ""
    basis = "<br>publication day" if e.date_basis == "publication" else ""
    return (f'<tr id="{html.escape(e.id, quote=True)}"><td>{html.escape(e.id)}</td>'
            f'<td class="when">{html.escape(when)}<br><small>{html.escape(gran)}{basis}</small></td>'
            f'<td>{len(e.sources)}</td>'
            f'<td dir="auto"><details><summary dir="auto">{html.escape(e.title)}</summary>'
            f'{_mentions_html(e)}</details>'
            f'<small>{" · ".join(f"<bdi>{html.escape(o)}</bdi>" for o in e.outlets)}</small></td></tr>')


def to_html(chron: "Chronology", path: Optional[PathLike] = None, *, title: Optional[str] = None) -> str:
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
    fig = plot(chron, title="", undated_note="")
    chart = pio.to_html(fig, include_plotlyjs=True, full_html=False, div_id="chronology-chart",
                        config={"responsive": True, "displaylogo": False})
    head = default_title(chron) if title is None else title
    undated = "".join(_row(e) for e in chron.undated)
    undated_html = (f'<section id="undated"><h2>Undated reports ({n_und})</h2>'
                    '<p class="note">No time could be given to these reports; they are kept, not dropped.</p>'
                    f"<table>{_THEAD}<tbody>{undated}</tbody></table></section>") if n_und else ""
    rows = "".join(_row(e) for e in chron.events)
    sources = "".join(
        f'<li dir="auto">{html.escape(a.source)} <small>({html.escape(a.id)}, '
        f'{html.escape(a.published or "no date")})</small></li>' for a in chron.articles)
    undated_link = (f'<a href="#undated">{n_und} undated report{"s" if n_und != 1 else ""}</a> '
                    "(listed below the chart)" if n_und else "no undated reports")
    note = (f"{len(chron.events)} dated events, {undated_link}, from {len(chron.articles)} articles. "
            "Hover a point or bar for its sources; drag the range slider to zoom; double-click the chart to reset.")
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
        _write_text(path, page, "the HTML page")
    return page
