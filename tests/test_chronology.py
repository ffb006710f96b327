"""Events merged from many articles: the seed chronology and the invariants of DESIGN.md."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import timeline

from .seed_chronology import articles_of, checks, find_event

ARTICLES = sorted(timeline.read_articles("examples/seeds"), key=lambda a: a.id)


@pytest.fixture(scope="module")
def seed_chron() -> timeline.Chronology:
    return timeline.build_chronology(ARTICLES)


#: Seed expectations of issue 12 the library does not meet yet, and why: the seed articles
#: are long and tell several violent happenings each (the Palmyra attack, the raid, the
#: strike wave, a security operation) mostly without dates of their own; the
#: within-article model, fitted on shorter news, groups undated mentions into one event.
#: In 001 the wave and the raid of the 18th are one event: it links to the wave of 000,
#: 002 and 003 (ISIS's 2014 seizure, told in a relative clause about ISIS, is set aside
#: and no longer dates it to 2014), which takes 001's raid away from 000's.  The Homs
#: operation of the 14th links to the attack of the 13th (a reprisal the next day, in
#: the same province, by the attack's target).  Each is a strict expected failure, so
#: the day one starts to hold the test says so.
NOT_YET = {
    "the maadan raid is one event of 000 and 001",
    "the homs countryside operation is dated 2025-12-14",
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="not met yet"))
                                  if n in NOT_YET else n for n in checks(timeline.build_chronology(ARTICLES))])
def test_seed_chronology_example_holds(name: str, seed_chron) -> None:
    assert checks(seed_chron)[name], name


@pytest.mark.xfail(strict=True, reason="the wave is dated by its Syrian reports (dawn of the 20th) with the "
                                        "19th as the other side, and 001's raid of the 18th is in it (see NOT_YET)")
def test_the_strike_wave_reports_its_clock_conflict(seed_chron) -> None:
    wave = find_event(seed_chron, "003", "شرعت يوم الجمعة في عملية", "ضربة")
    assert wave is not None and wave.value == "2025-12-19"
    assert wave.interval == timeline.TimeInterval.from_json(["2025-12-19T00:00", "2025-12-20T00:00"])
    # Syrian reports date it to the small hours of Saturday: reported, not silently dropped
    sides = {c.value for c in wave.conflicts}
    assert "2025-12-20TMO" in sides


def test_hegseth_announcement_is_a_statement_apart_from_the_strikes(seed_chron) -> None:
    hegseth = find_event(seed_chron, "003", "أعلن وزير الدفاع", "أعلن", kind="statement")
    wave = find_event(seed_chron, "003", "شرعت يوم الجمعة في عملية", "ضربة")
    assert hegseth is not None and hegseth.kind == "statement" and hegseth is not wave
    assert {m.article_id[:3] for m in hegseth.mentions} == {"000", "002", "003"}


def test_events_are_sorted_by_time_and_ids_follow(seed_chron) -> None:
    starts = [e.interval.start for e in seed_chron.events]
    assert starts == sorted(starts)
    ids = [e.id for e in seed_chron.all_events]
    assert ids == [f"E{i:04d}" for i in range(1, len(ids) + 1)]
    assert all(e.interval is None for e in seed_chron.undated)


def test_mentions_carry_exact_provenance(seed_chron) -> None:
    texts = {a.id: a for a in ARTICLES}
    for e in seed_chron.all_events:
        for m in e.mentions:
            art = texts[m.article_id]
            assert art.text[m.start:m.end] == m.text
            assert m.text in m.sentence or m.sentence in art.text
            assert m.source == art.outlet and m.url == art.url
            if m.time is not None:
                assert art.text[m.time.start:m.time.end] == m.time.text


def _mention_keys(chron: timeline.Chronology) -> list[tuple[str, int, int]]:
    return [m.key for e in chron.all_events for m in e.mentions]


def test_every_mention_is_in_exactly_one_event(seed_chron) -> None:
    keys = _mention_keys(seed_chron)
    assert len(keys) == len(set(keys))


def _signature(chron: timeline.Chronology) -> list[tuple]:
    return [(e.id, e.value, e.title, tuple(m.key for m in e.mentions), tuple(s.article_id for s in e.sources))
            for e in chron.all_events]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(ARTICLES))
def test_chronology_does_not_depend_on_article_order(order) -> None:
    assert _signature(timeline.build_chronology(order)) == _signature(timeline.build_chronology(ARTICLES))


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ARTICLES), st.integers(min_value=0, max_value=10_000))
def test_a_copy_under_another_id_adds_a_source_not_an_event(article, salt) -> None:
    base = timeline.build_chronology(ARTICLES)
    copy = timeline.Article(id=f"zz-copy-{salt}", text=article.text, published=article.published,
                            source="Copy Agency", url=None, lang=article.lang)
    more = timeline.build_chronology(ARTICLES + [copy])
    assert len(more.all_events) == len(base.all_events)
    # the same groups of the original mentions, each with the copy as a source where the
    # original article is one
    grouped = {frozenset(m.key for m in e.mentions if m.article_id != copy.id): e for e in more.all_events}
    for e_base in base.all_events:
        e_more = grouped[frozenset(m.key for m in e_base.mentions)]
        had = any(m.article_id == article.id for m in e_base.mentions)
        ids_base = {s.article_id for s in e_base.sources}
        assert {s.article_id for s in e_more.sources} == (ids_base | {copy.id} if had else ids_base)


def test_undated_reports_are_kept(seed_chron) -> None:
    assert seed_chron.undated, "the seeds have reports no time could be given to"
    total = sum(len(e.mentions) for e in seed_chron.all_events)
    assert total == len(set(_mention_keys(seed_chron)))


def test_dataframes_have_one_row_per_event_and_per_mention(seed_chron) -> None:
    df = seed_chron.to_dataframe()
    assert len(df) == len(seed_chron.all_events)
    assert list(df["event_id"]) == [e.id for e in seed_chron.all_events]
    raid = find_event(seed_chron, "001", "عملية إنزال جوي", "إنزال")
    row = df[df.event_id == raid.id].iloc[0]
    assert row.start == pd.Timestamp(raid.interval.start) and row.end == pd.Timestamp(raid.interval.end)
    assert row.time_precision == 1
    mdf = seed_chron.mentions_dataframe()
    assert len(mdf) == sum(len(e.mentions) for e in seed_chron.all_events)
    article = next(a for a in ARTICLES if a.id.startswith("001"))
    rows = mdf[(mdf.article_id == article.id) & (mdf.event_id == raid.id)]
    for _, r in rows.iterrows():
        assert article.text[r.char_start:r.char_end] == r.text and r.text in r.sentence


def test_read_articles_without_manifest_infers_the_date(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("دمشق 20 ديسمبر 2025 (شينخوا) قتل جنديان في هجوم يوم السبت الماضي",
                                    encoding="utf-8")
    arts = timeline.read_articles(tmp_path)
    assert [(a.id, a.published) for a in arts] == [("a", "2025-12-20")]


def test_an_article_with_no_date_anywhere_is_rejected_clearly(tmp_path) -> None:
    (tmp_path / "b.txt").write_text("قتل جنديان في هجوم", encoding="utf-8")
    with pytest.raises(timeline.ArticleError, match="no publication date"):
        timeline.read_articles(tmp_path)
    with pytest.raises(timeline.ArticleError, match="no publication date"):
        timeline.build_chronology([timeline.Article(id="x", text="قتل جنديان في هجوم")])


def test_bad_articles_get_typed_errors(tmp_path) -> None:
    with pytest.raises(timeline.ArticleError):
        timeline.Article(id="", text="x", published="2025-12-20")
    with pytest.raises(timeline.ArticleError):
        timeline.Article(id="x", text="x", published="20/12/2025")
    with pytest.raises(timeline.ArticleError, match="share the id"):
        timeline.build_chronology([ARTICLES[0], ARTICLES[0]])
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(timeline.ArticleError, match="not valid JSON"):
        timeline.read_articles(tmp_path)
    with pytest.raises(timeline.ArticleError, match="no such file"):
        timeline.read_articles(tmp_path / "missing")


def test_different_happenings_worded_alike_stay_apart() -> None:
    a = timeline.Article(id="a", text="قتل قيادي في داعش في غارة أمريكية على دير الزور يوم 19 ديسمبر 2024.",
                         published="2024-12-20", source="A")
    b = timeline.Article(id="b", text="قتل قيادي في داعش في غارة أمريكية على دير الزور يوم 19 ديسمبر 2025.",
                         published="2025-12-20", source="B")
    chron = timeline.build_chronology([a, b])
    assert [articles_of(e) for e in chron.events] == [{"a"}, {"b"}]


def test_the_same_raid_in_two_languages_is_one_event() -> None:
    a = timeline.Article(id="a", text="قتل قاسم سليماني في غارة أمريكية قرب مطار بغداد فجر اليوم الجمعة.",
                         published="2020-01-03", source="A", lang="ar")
    b = timeline.Article(id="b", text="Qassem Soleimani was killed in a US airstrike near Baghdad airport on Friday.",
                         published="2020-01-03", source="B", lang="en")
    chron = timeline.build_chronology([b, a])
    assert len(chron.events) == 1
    assert {s.article_id for s in chron.events[0].sources} == {"a", "b"}
    assert chron.events[0].value == "2020-01-03TMO"


def test_an_undated_generic_report_does_not_join_another_years_event() -> None:
    a = timeline.Article(id="a", text="وسُمع دوي انفجارات عدة صباح اليوم السبت في المدينة.",
                         published="2024-11-02", source="A")
    b = timeline.Article(id="b", text="وأفادت حسابات على مواقع التواصل بسماع انفجارات في مناطق واسعة.",
                         published="2025-12-20", source="B")
    chron = timeline.build_chronology([a, b])
    assert sorted(articles_of(e) for e in chron.all_events if e.kind == "happening") == [{"a"}, {"b"}]


def test_statements_by_different_speakers_stay_apart() -> None:
    a = timeline.Article(id="a", text="وأعلن البنتاغون أن الجيش قتل قائد فيلق القدس في بغداد.",
                         published="2020-01-03", source="A")
    b = timeline.Article(id="b", text="وأعلن السفير الإيراني في العراق أن الهجوم الأمريكي قتل قائد فيلق القدس في بغداد.",
                         published="2020-01-03", source="B")
    chron = timeline.build_chronology([a, b])
    statements = [e for e in chron.all_events if e.kind == "statement"]
    assert sorted(articles_of(e) for e in statements) == [{"a"}, {"b"}]
    happening = [e for e in chron.all_events if e.kind == "happening"]
    assert [articles_of(e) for e in happening] == [{"a", "b"}]


def test_the_title_is_a_report_that_says_when_not_a_caption() -> None:
    # many reports of one strike wave; short undated captions are its most "typical"
    # lines, one report dates the strikes in a full sentence
    texts = {
        "a": "غارات أمريكية على مواقع داعش في سوريا\n\nشنت طائرات أمريكية غارات على مواقع لتنظيم داعش في دير الزور والرقة بسوريا يوم الجمعة.",
        "b": "غارات أمريكية جديدة على مواقع داعش في سوريا\n\nوقالت مصادر إن الغارات الأمريكية استهدفت مواقع داعش في بادية دير الزور بسوريا.",
        "c": "غارات أمريكية سابقة على مواقع داعش في سوريا\n\nوأفاد مراسلون بأن غارات أمريكية استهدفت مواقع داعش في بادية الرقة بسوريا.",
        "d": "غارات أمريكية واسعة على مواقع داعش في سوريا\n\nوذكر شهود أن الغارات الأمريكية طالت مواقع داعش في ريف الرقة بسوريا.",
    }
    chron = timeline.build_chronology(
        [timeline.Article(id=k, text=t, published="2025-12-20", source=k.upper()) for k, t in texts.items()])
    wave = [e for e in chron.events if len(articles_of(e)) >= 3 and e.kind == "happening"]
    assert len(wave) == 1 and wave[0].value == "2025-12-19"
    assert wave[0].title == "شنت طائرات أمريكية غارات على مواقع لتنظيم داعش في دير الزور والرقة بسوريا يوم الجمعة."


def test_the_news_no_report_dates_lies_on_its_first_report_s_day_or_the_day_before() -> None:
    # the shooting is what the article is about: dated by the report, with a week's precision;
    # the vote it mentions in passing stays undated
    text = ("A man was shot and killed outside a pawn shop in Wichita, police said. Police are looking "
            "for a silver sedan. Officers asked anyone with information to call. Neighbors said the "
            "city council voted to close the shop.")
    chron = timeline.build_chronology([timeline.Article(id="w", text=text, published="2025-06-10", source="KW")])
    (shooting,) = [e for e in chron.events if e.kind == "happening"]
    assert (shooting.value, shooting.date_basis, shooting.time_precision) == \
        ("2025-06-09/2025-06-10", "publication", 2)
    assert (shooting.interval.start.isoformat(), shooting.interval.end.isoformat()) == \
        ("2025-06-09T00:00:00", "2025-06-11T00:00:00")
    assert [e.type for e in chron.undated] == ["political.election"]


def test_a_linked_event_never_has_one_side_as_both_its_doer_and_its_target() -> None:
    import attrs

    from timeline.chronology import _event
    from timeline.events.extract import read_article

    a = timeline.Article(id="a", text="Militants attacked an army checkpoint near Palmyra on Saturday.",
                         published="2025-12-14", source="A", lang="en")
    ev = next(e for e in read_article(a) if e.kind == "happening")
    # one report reads the army as the doer, two others as the target: the target is the
    # other side the reports name, not the doer again
    one = attrs.evolve(ev, actor1="SY-MILITARY", actor2="ISIS")
    two = attrs.evolve(ev, article_id="b", actor1=None, actor2="SY-MILITARY")
    three = attrs.evolve(ev, article_id="c", actor1=None, actor2="SY-MILITARY")
    got = _event([one, two, three])
    assert (got.actor1, got.actor2) == ("SY-MILITARY", "ISIS")
    # the same reports with no other side named: no target rather than the doer twice
    got = _event([attrs.evolve(one, actor2=None), two, three])
    assert (got.actor1, got.actor2) == ("SY-MILITARY", None)


def test_the_chronology_reads_times_as_find_times_does() -> None:
    # "dawn" is Thursday's, the day its phrase goes on to, in the chronology as in find_times
    text = "A drone struck a mosque in Kassala during dawn prayers on Thursday, killing 12 worshippers, police said."
    article = timeline.Article(id="k", text=text, published="2025-12-20", source="S", lang="en")
    chron = timeline.build_chronology([article])
    assert [(e.kind, e.value) for e in chron.all_events] == [("happening", "2025-12-18TMO"), ("statement", "2025-12-20")]
    assert [(t.text, t.value) for t in timeline.find_times(text, published="2025-12-20", lang="en")] == [
        ("dawn", "2025-12-18TMO"), ("Thursday", "2025-12-18")]
