"""The Plotly chart and the HTML page, checked in Python (tests/test_browser.py renders them)."""

from __future__ import annotations

import pathlib
from datetime import datetime

import pytest

import timeline
from timeline.timex import TimeInterval
from timeline.viz import BAR_TRACE, POINT_TRACE, focus_window, plot, to_html

from .conftest import SEEDS

RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"


@pytest.fixture(scope="module")
def chron() -> timeline.Chronology:
    return timeline.build_chronology(SEEDS)


def _drawn(fig, axis: str = "x") -> list[str]:
    return [y for t in fig.data if (t.xaxis or "x") == axis for y in t.y]


def test_every_dated_event_is_drawn_once_in_the_overview(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    assert sorted(_drawn(fig, "x")) == sorted(e.id for e in chron.events)
    assert {t.name for t in fig.data} <= {POINT_TRACE, BAR_TRACE}


def test_points_for_days_bars_for_longer_times(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    by_id = {e.id: e for e in chron.events}
    for t in fig.data:
        if (t.xaxis or "x") != "x":
            continue
        grans = {by_id[i].granularity.value for i in t.y}  # type: ignore[union-attr]
        if t.type == "scatter":
            assert grans <= {"minute", "hour", "part_of_day", "day"}
        else:
            assert t.type == "bar" and t.orientation == "h"
            assert grans <= {"weekend", "week", "month", "quarter", "season", "year", "decade", "century"}
            # the bar is the uncertainty: it spans the whole interval
            for i, base, width in zip(t.y, t.base, t.x):
                iv = by_id[i].interval
                assert base == iv.start.isoformat()  # type: ignore[union-attr]
                assert width == iv.duration.total_seconds() * 1000  # type: ignore[union-attr]


def test_colour_and_size_follow_the_number_of_sources(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    by_id = {e.id: e for e in chron.events}
    for t in fig.data:
        assert list(t.marker.color) == [len(by_id[i].sources) for i in t.y]
        assert t.marker.coloraxis == "coloraxis"
        if t.type == "scatter":
            sizes = dict(zip(t.y, t.marker.size))
            assert all(sizes[a] <= sizes[b] for a in sizes for b in sizes
                       if len(by_id[a].sources) <= len(by_id[b].sources))


def test_years_apart_the_busy_stretch_gets_its_own_panel(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    lo, hi = (datetime.fromisoformat(x) for x in fig.layout.xaxis2.range)
    assert fig.layout.xaxis2.rangeslider.visible
    assert (hi - lo).days <= 31  # the seeds' busy week, not 2014-2025
    detail = _drawn(fig, "x2")
    by_id = {e.id: e for e in chron.events}
    assert detail and all(by_id[i].interval.start < hi and lo < by_id[i].interval.end for i in detail)  # type: ignore[union-attr]
    assert len(detail) >= len(chron.events) // 2
    assert list(fig.layout.yaxis2.tickvals) == sorted(detail)


def test_close_events_share_one_panel_with_a_range_slider() -> None:
    chron = timeline.build_chronology([
        timeline.Article(id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20"),
        timeline.Article(id="b", text="قصفت طائرات مواقع قرب دير الزور يوم الخميس الماضي.", published="2025-12-20"),
    ])
    fig = plot(chron)
    assert "xaxis2" not in fig.to_dict()["layout"]
    assert fig.layout.xaxis.rangeslider.visible
    assert sorted(_drawn(fig)) == [e.id for e in chron.events]


def test_focus_window_picks_the_dense_period() -> None:
    days = [TimeInterval(datetime(2025, 12, d), datetime(2025, 12, d + 1)) for d in (13, 15, 18, 19, 20, 20)]
    old = [TimeInterval(datetime(y, 1, 1), datetime(y + 1, 1, 1)) for y in (2014, 2019)]
    assert focus_window(days + old) == (datetime(2025, 12, 13), datetime(2025, 12, 21))
    assert focus_window(days) is None
    assert focus_window(old) is None
    # evenly spread events: nothing to zoom into
    assert focus_window([TimeInterval(datetime(y, 6, 1), datetime(y, 6, 2)) for y in range(2000, 2020)]) is None


def test_labels_are_escaped_and_isolated(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    labels = list(fig.layout.yaxis2.ticktext)
    assert labels and all(lbl.startswith(RLI) and lbl.endswith(PDI) for lbl in labels)  # Arabic titles


def test_hover_shows_date_granularity_and_every_source(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    by_id = {e.id: e for e in chron.events}
    for t in fig.data:
        for i, hover in zip(t.y, t.hovertext):
            e = by_id[i]
            assert e.granularity.value in hover  # type: ignore[union-attr]
            assert e.value in hover  # type: ignore[operator]
            for s in e.sources:
                assert s.name in hover
            dated = [m for m in e.mentions if m.time is not None]
            assert "dated by" in hover if dated else True


def test_article_markup_is_escaped_everywhere() -> None:
    evil = "<img src=x onerror=alert(1)>"
    chron = timeline.build_chronology([timeline.Article(
        id="x", text=f"قتل جنديان في هجوم قرب تدمر يوم السبت الماضي {evil}.", published="2025-12-20",
        source=f"<b>{evil}</b>")])
    fig = plot(chron)
    texts = [h for t in fig.data for h in t.hovertext] + list(fig.layout.yaxis.ticktext)
    assert all("<img" not in s and "<b><img" not in s for s in texts)
    assert any("&lt;img src=x onerror=alert(1)&gt;" in s for s in texts)
    page = to_html(chron)
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_html_page_is_self_contained_and_lists_undated_reports(chron: timeline.Chronology,
                                                                tmp_path: pathlib.Path) -> None:
    path = tmp_path / "c.html"
    page = chron.to_html(path, title="Syria, December 2025")
    assert path.read_text(encoding="utf-8") == page
    assert page.startswith("<!DOCTYPE html>") and "<title>Syria, December 2025</title>" in page
    assert "<script src=" not in page and "Plotly.newPlot" in page
    assert f"Undated reports ({len(chron.undated)})" in page
    for e in chron.undated:
        assert f'<tr id="{e.id}">' in page
    assert 'dir="auto"' in page


def test_an_empty_chronology_still_draws() -> None:
    chron = timeline.Chronology(events=())
    fig = plot(chron)
    assert len(fig.data) == 0
    assert "No dated events" in [a.text for a in fig.layout.annotations]
    assert "no undated reports" in to_html(chron)


def test_bad_focus_is_an_input_error(chron: timeline.Chronology) -> None:
    with pytest.raises(timeline.InputError):
        plot(chron, focus="sometimes")


def test_only_http_urls_become_links() -> None:
    chron = timeline.build_chronology([
        timeline.Article(id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20",
                         source="A", url="javascript:alert(1)"),
        timeline.Article(id="b", text="Two soldiers were killed in an attack near Palmyra last Saturday.",
                         published="2025-12-20", source="B", url="https://example.org/b?x=1&y=2"),
    ])
    page = to_html(chron)
    assert 'href="javascript' not in page
    assert 'href="https://example.org/b?x=1&amp;y=2"' in page
    tl = chron.to_timelinejs()["events"][0]["text"]["text"]
    assert "javascript" not in tl and 'href="https://example.org/b?x=1&amp;y=2"' in tl
