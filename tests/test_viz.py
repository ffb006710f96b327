"""The Plotly chart and the HTML page, checked in Python (tests/test_browser.py renders them)."""

from __future__ import annotations

import pathlib
from datetime import datetime

import pytest

import timeline
from timeline.model import Event
from timeline.present import event_label
from timeline.timex import Granularity, TimeInterval
from timeline.viz import (
    BAR_TRACE, CONTINUES_TRACE, POINT_TRACE, STATEMENT_BAR_TRACE, STATEMENT_TRACE, focus_window, plot, to_html,
)


RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"
EVENT_TRACES = {POINT_TRACE, BAR_TRACE, STATEMENT_TRACE, STATEMENT_BAR_TRACE}


@pytest.fixture(scope="module")
def chron(seed_chronology: timeline.Chronology) -> timeline.Chronology:
    return seed_chronology


@pytest.fixture(scope="module")
def small() -> timeline.Chronology:
    """One attack told by three articles of two outlets, and a statement about it."""
    return timeline.build_chronology([
        timeline.Article(id="a1", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20",
                         source="A"),
        timeline.Article(id="a2", text="قتل جنديان أمريكيان في هجوم قرب تدمر يوم السبت الماضي.",
                         published="2025-12-20", source="A"),
        timeline.Article(id="b", text="Two soldiers were killed in an attack near Palmyra last Saturday.",
                         published="2025-12-20", source="B"),
        timeline.Article(id="c", text="قال البنتاغون إن هجوما آخر وقع قرب دير الزور.", published="2025-12-20", source="C"),
    ])


def _plain(text: str) -> str:
    return text.replace(RLI, "").replace(LRI, "").replace(PDI, "")


def _drawn(fig, axis: str = "x") -> list[str]:
    """Ids of the events drawn in a panel (each marker's ``customdata``)."""
    return [i for t in fig.data if (t.xaxis or "x") == axis and t.name in EVENT_TRACES for i in t.customdata]


def _ticks(fig, axis: str) -> dict[float, str]:
    ax = fig.layout[axis]
    return dict(zip(ax.tickvals, ax.ticktext))


def _event(**kw) -> Event:
    base = dict(id="E0001", interval=TimeInterval(datetime(2025, 12, 13), datetime(2025, 12, 14)), value="2025-12-13",
                granularity=Granularity.DAY, title="A sentence.", kind="happening", mentions=(), sources=())
    base.update(kw)
    return Event(**base)


# -- labels ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, en, ar", [
    (dict(type="violence.remote.suicide", location="Manbij", fatalities=19),
     "Suicide bombing · Manbij · 19 killed", "تفجير انتحاري · Manbij · 19 قتيلا"),
    (dict(type="violence.remote.air", location="دير الزور"), "Air/drone strike · دير الزور", "غارات جوية · دير الزور"),
    (dict(type="violence.remote.air", place_id="SY"), "Air/drone strike · Syria", "غارات جوية · Syria"),
    (dict(type="violence.battle", actor1="ISIS", fatalities=0), "Armed clash · Islamic State · no one killed",
     "اشتباكات · Islamic State · دون قتلى"),
    (dict(type="outcome.death", location="Gaza", fatalities=2), "Deaths · Gaza · 2 killed", "قتلى · Gaza · قتيلان"),
    (dict(type="statement.say", kind="statement", actor1="US-MILITARY", location="Syria"),
     "Statement · Military Forces of the United States", "تصريح · Military Forces of the United States"),
    (dict(type="statement.condemn", kind="statement", actor1="person:donald trump"),
     "Condemnation · Donald Trump", "إدانة · Donald Trump"),
    (dict(type="", title="  No   type:\nthe title. "), "No type: the title.", "No type: the title."),
])
def test_labels_are_built_from_the_fields(fields: dict, en: str, ar: str) -> None:
    e = _event(**fields)
    assert event_label(e) == en
    assert event_label(e, "ar") == ar


def test_a_long_label_loses_letters_of_its_name_not_its_toll() -> None:
    e = _event(type="violence.remote", location="Jawz district, Samangan province", fatalities=632)
    assert event_label(e) == "Explosion / remote violence · Jawz district, Samangan province · 632 killed"
    fig = plot(timeline.Chronology(events=(e,)))
    assert [_plain(t) for t in fig.layout.yaxis.ticktext] == ["Explosion / remote violence · … · 632 killed"]
    e = _event(type="violence.remote.air", location="Jawz district, Samangan province", fatalities=632)
    [tick] = plot(timeline.Chronology(events=(e,))).layout.yaxis.ticktext
    assert _plain(tick) == "Air/drone strike · Jawz district… · 632 killed"


def test_names_stay_as_the_reports_write_them(small: timeline.Chronology) -> None:
    attack, other, statement = small.all_events
    assert event_label(attack) == "Attack · تدمر · 2 killed"
    assert event_label(statement) == "Statement · البنتاغون"  # US-MILITARY, named as the report names it
    assert event_label(statement, "ar") == "تصريح · البنتاغون"


def test_every_row_label_is_the_event_label(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    by_id = {e.id: e for e in chron.events}
    labelled = {}
    for t in fig.data:
        if t.xaxis == "x2" and t.name in (POINT_TRACE, BAR_TRACE):
            for i, y in zip(t.customdata, t.y):
                labelled[i] = _ticks(fig, "yaxis2")[y]
    assert labelled
    for i, tick in labelled.items():
        assert _plain(tick) == event_label(by_id[i], width=46)
        assert tick.startswith(LRI) and tick.endswith(PDI)


def test_arabic_labels_run_right_to_left_with_each_part_isolated(small: timeline.Chronology) -> None:
    fig = plot(small, language="ar")
    [tick] = [t for t in fig.layout.yaxis.ticktext if "تدمر" in t]
    assert tick == f"{RLI}{RLI}هجوم{PDI} · {RLI}تدمر{PDI} · {RLI}قتيلان{PDI}{PDI}"
    page = to_html(small, language="ar")
    assert '<b class="label" dir="rtl"><bdi>هجوم</bdi> · <bdi>تدمر</bdi> · <bdi>قتيلان</bdi></b>' in page


def test_a_bad_language_is_an_input_error(small: timeline.Chronology) -> None:
    with pytest.raises(timeline.InputError, match="language must be one of 'en', 'ar'"):
        plot(small, language="fr")
    with pytest.raises(timeline.InputError):
        small.to_timelinejs(language="de")
    with pytest.raises(timeline.InputError, match="statements must be"):
        plot(small, statements="hidden")


# -- sources are outlets --------------------------------------------------------------------

def test_sources_count_outlets_not_articles(small: timeline.Chronology) -> None:
    attack = small.events[0]
    assert len(attack.sources) == 3 and attack.outlets == ("A", "B")
    fig = plot(small)
    hover = next(h for t in fig.data for i, h in zip(t.customdata, t.hovertext) if i == attack.id)
    assert "2 outlets (3 articles) · " in hover
    [trace] = [t for t in fig.data if attack.id in t.customdata]
    point = list(trace.marker.size)[list(trace.customdata).index(attack.id)]
    statement_size = next(t.marker.size for t in fig.data if t.name == STATEMENT_TRACE)
    assert point == 11  # 8 for one outlet, 3 more per outlet
    assert list(statement_size) == [8 * 0.8]  # one outlet, in the statement lane
    page = to_html(small)
    assert "<th>outlets (articles)</th>" in page and "<td>2 (3)</td>" in page and "<td>1</td>" in page


# -- chart structure ------------------------------------------------------------------------

def test_every_dated_event_is_drawn_once_in_the_overview(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    assert sorted(_drawn(fig, "x")) == sorted(e.id for e in chron.events)
    assert {t.name for t in fig.data} <= EVENT_TRACES | {CONTINUES_TRACE}
    assert fig.layout.meta["events_drawn"] == len(chron.events)


def test_points_for_days_bars_for_longer_times(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    by_id = {e.id: e for e in chron.events}
    for t in fig.data:
        if (t.xaxis or "x") != "x":
            continue
        grans = {by_id[i].granularity.value for i in t.customdata}  # type: ignore[union-attr]
        if t.type == "scatter":
            assert grans <= {"minute", "hour", "part_of_day", "day"}
        else:
            assert t.type == "bar" and t.orientation == "h"
            assert grans <= {"weekend", "week", "month", "quarter", "season", "year", "decade", "century"}
            # the bar is the uncertainty: it spans the whole interval
            for i, base, width in zip(t.customdata, t.base, t.x):
                iv = by_id[i].interval
                assert base == iv.start.isoformat()  # type: ignore[union-attr]
                assert width == iv.duration.total_seconds() * 1000  # type: ignore[union-attr]


def test_statements_share_a_lane_under_the_happenings(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    by_id = {e.id: e for e in chron.events}
    for axis, yaxis in (("x", "yaxis"), ("x2", "yaxis2")):
        ys = {i: y for t in fig.data if t.xaxis == axis and t.name in EVENT_TRACES for i, y in zip(t.customdata, t.y)}
        happenings = sorted((y, i) for i, y in ys.items() if by_id[i].kind == "happening")
        statements = [ys[i] for i in ys if by_id[i].kind == "statement"]
        # one row per happening, in time order
        assert [y for y, _ in happenings] == list(range(len(happenings)))
        assert [by_id[i].interval.start for _, i in happenings] == sorted(by_id[i].interval.start for _, i in happenings)
        # every statement below them, none drawn on top of another
        assert statements and min(statements) > len(happenings) - 1
        spots = [(y, x) for t in fig.data if t.xaxis == axis and t.name == STATEMENT_TRACE for y, x in zip(t.y, t.x)]
        assert len(set(spots)) == len(spots)
        n = sum(1 for i in ys if by_id[i].kind == "statement")
        assert _plain(fig.layout[yaxis].ticktext[-1]) == f"statements ({n})"
    assert list(fig.layout.yaxis.ticktext) == [
        f"happenings ({sum(1 for e in chron.events if e.kind == 'happening')})",
        f"statements ({sum(1 for e in chron.events if e.kind == 'statement')})"]


def test_statements_can_have_a_row_each(chron: timeline.Chronology) -> None:
    fig = chron.plot(statements="rows", focus=False)
    ys = {i: y for t in fig.data for i, y in zip(t.customdata, t.y)}
    assert sorted(ys.values()) == list(range(len(chron.events)))
    assert [ys[e.id] for e in chron.events] == list(range(len(chron.events)))  # time order
    assert len(fig.layout.yaxis.ticktext) == len(chron.events)


def test_the_overview_says_what_its_marks_are(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    names = [t.name for t in fig.data if t.showlegend is not False and t.xaxis == "x"] + [
        t.name for t in fig.data if t.name == CONTINUES_TRACE]
    assert names == [POINT_TRACE, BAR_TRACE, STATEMENT_TRACE, STATEMENT_BAR_TRACE, CONTINUES_TRACE]
    assert POINT_TRACE == "happening: a day or finer"
    assert BAR_TRACE == "happening: a week, month or longer (bar = uncertainty)"
    assert fig.layout.legend.title.text == "marker size, bar thickness: number of outlets"
    assert fig.layout.showlegend and fig.layout.legend.orientation == "v"
    titles = [a.text for a in fig.layout.annotations]
    years = f"{chron.events[0].interval.start.year}–{chron.events[-1].interval.start.year}"
    assert titles[0] == f"All {len(chron.events)} dated events, {years} (shaded: the stretch drawn below)"


def test_bars_that_start_before_the_stretch_say_so(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    lo, hi = (datetime.fromisoformat(x) for x in fig.layout.xaxis2.range)
    early = [e for e in chron.events if e.interval.start < lo < e.interval.end and e.granularity.rank > 4]  # type: ignore
    assert early, "the seeds have a week that starts before the busy stretch"
    [more] = [t for t in fig.data if t.name == CONTINUES_TRACE]
    left = [k for k, s in enumerate(more.marker.symbol) if s == "triangle-left"]
    assert more.xaxis == "x2" and len(left) == len(early)
    assert [more.text[k] for k in left] == [f"from {e.interval.start:%-d %b %Y}" for e in early]  # type: ignore[union-attr]
    rows = {i: y for t in fig.data if t.xaxis == "x2" and t.name in EVENT_TRACES for i, y in zip(t.customdata, t.y)}
    assert [more.y[k] for k in left] == [rows[e.id] for e in early]
    assert all(lo < datetime.fromisoformat(x) < hi for x in more.x)
    # and a bar that runs past the stretch's end gets ▶ (the others: see the next test)
    late = [e for e in chron.events if e.interval.start < hi < e.interval.end and e.granularity.rank > 4]  # type: ignore
    assert list(more.marker.symbol).count("triangle-right") == len(late)


def test_a_bar_ending_after_the_stretch_gets_an_arrow_at_the_right() -> None:
    from timeline.viz import _continues, _layout

    e = _event(interval=TimeInterval(datetime(2025, 12, 1), datetime(2026, 1, 1)), value="2025-12",
               granularity=Granularity.MONTH)
    lo, hi = datetime(2025, 11, 25), datetime(2025, 12, 20)
    panel = _layout([e], lo, hi, statements="lane", language="en", labelled=True, slots=100)
    more = _continues([e], panel, lo, hi, "x2", "y2")
    assert more is not None and list(more.marker.symbol) == ["triangle-right"]
    assert list(more.text) == ["until 31 Dec 2025"]


def test_years_apart_the_busy_stretch_gets_its_own_panel(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    lo, hi = (datetime.fromisoformat(x) for x in fig.layout.xaxis2.range)
    assert fig.layout.xaxis2.rangeslider.visible
    assert (hi - lo).days <= 31  # the seeds' busy week, not 2014-2025
    detail = _drawn(fig, "x2")
    by_id = {e.id: e for e in chron.events}
    assert detail and all(by_id[i].interval.start < hi and lo < by_id[i].interval.end for i in detail)  # type: ignore[union-attr]
    assert sorted(detail) == sorted(e.id for e in chron.events if e.interval.start < hi and lo < e.interval.end)  # type: ignore
    assert fig.layout.meta["detail_events_drawn"] == len(detail)


def test_close_events_share_one_panel_with_a_range_slider() -> None:
    chron = timeline.build_chronology([
        timeline.Article(id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20"),
        timeline.Article(id="b", text="قصفت طائرات مواقع قرب دير الزور يوم الخميس الماضي.", published="2025-12-20"),
    ])
    fig = plot(chron)
    assert "xaxis2" not in fig.to_dict()["layout"]
    assert fig.layout.xaxis.rangeslider.visible
    assert sorted(_drawn(fig)) == [e.id for e in chron.events]
    labels = [_plain(t) for t in fig.layout.yaxis.ticktext]
    assert labels == [event_label(e) for e in chron.events] and labels[0] == "Attack · تدمر · 2 killed"


def test_focus_window_picks_the_dense_period() -> None:
    days = [TimeInterval(datetime(2025, 12, d), datetime(2025, 12, d + 1)) for d in (13, 15, 18, 19, 20, 20)]
    old = [TimeInterval(datetime(y, 1, 1), datetime(y + 1, 1, 1)) for y in (2014, 2019)]
    assert focus_window(days + old) == (datetime(2025, 12, 13), datetime(2025, 12, 21))
    assert focus_window(days) is None
    assert focus_window(old) is None
    # evenly spread events: nothing to zoom into
    assert focus_window([TimeInterval(datetime(y, 6, 1), datetime(y, 6, 2)) for y in range(2000, 2020)]) is None


# -- hover ----------------------------------------------------------------------------------

def test_hover_shows_label_date_outlets_sentence_and_every_source(chron: timeline.Chronology) -> None:
    fig = chron.plot()
    by_id = {e.id: e for e in chron.events}
    for t in fig.data:
        if t.name not in EVENT_TRACES:
            continue
        for i, hover in zip(t.customdata, t.hovertext):
            e = by_id[i]
            assert _plain(hover).startswith(f"<b>{event_label(e)}</b><br>")
            assert e.granularity.value in hover and e.value in hover  # type: ignore[union-attr,operator]
            n = len(e.outlets)
            assert f"{n} outlet{'s' if n != 1 else ''}" in hover
            assert e.title.split()[0] in _plain(hover)  # the clearest sentence stays in the hover
            for s in e.sources:
                assert s.name in hover
            if any(m.time is not None for m in e.mentions):
                assert "dated by" in hover


def test_hover_explains_the_date_basis_words(small: timeline.Chronology) -> None:
    fig = plot(small)
    hovers = {i: h for t in fig.data for i, h in zip(t.customdata, t.hovertext)}
    attack, other, statement = small.events
    assert "<i>explicit: the time is written in this report's own sentence</i>" in hovers[attack.id]
    assert ("<i>no report gives a time: dated by its first report's publication day (a happening: that day or the day before)</i>" in hovers[statement.id])
    assert "<i>publication day: no time given: the day the article was published</i>" in hovers[statement.id]
    assert f"about {other.id}: " in hovers[statement.id]


def test_the_hover_words_cover_every_basis() -> None:
    from timeline.present import BASIS, basis_words

    # the bases a mention is dated by (EventMention.time_basis), and no word for one the
    # event layer does not give
    assert set(BASIS) == {"explicit", "inherited", "publication", "none"}
    assert basis_words("none") == "undated: no time could be given to it"
    assert basis_words("inherited").startswith("inherited: no time in this sentence")
    chron = timeline.build_chronology([timeline.Article(
        id="a", published="2025-03-10", lang="en",
        text="A car bomb killed five people in Manbij on Monday. The blast damaged shops. Officials said it was an attack.")])
    assert {m.time_basis for e in chron.all_events for m in e.mentions} <= set(BASIS)


# -- safety and the page --------------------------------------------------------------------

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


def test_markup_in_a_place_name_stays_text_in_the_label() -> None:
    e = _event(type="violence.remote.air", location="<img src=x>", fatalities=3)
    fig = plot(timeline.Chronology(events=(e,)))
    [tick] = fig.layout.yaxis.ticktext
    assert _plain(tick) == "Air/drone strike · &lt;img src=x&gt; · 3 killed"
    page = to_html(timeline.Chronology(events=(e,)))
    assert "<bdi>&lt;img src=x&gt;</bdi>" in page and "<img src=x" not in page


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
