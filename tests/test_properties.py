"""Hypothesis properties for the invariants of DESIGN.md (resolution side)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

import timeline
from timeline.calendar import gregorian_to_hijri, hijri_to_gregorian

SNIPPETS = [
    "اليوم السبت", "أمس", "يوم الجمعة", "الأسبوع الماضي", "فجر الثامن عشر من كانون الأول/ ديسمبر",
    "الشهر الماضي", "مطلع العام", "12 رجب 1447 هـ", "١٨ ديسمبر ٢٠٢٥", "قبل يومين", "عدة ساعات",
    "كل يوم جمعة", "الساعة 3:45 صباحًا", "وأمس", "بالأمس", "الهـجوم", "مسؤولاً", "غداً",
    "Saturday last week", "yesterday", "dawn of the 18th", "three days ago", "every Friday",
    "December 20, 2024", "10:25 p.m. ET Thursday", "نحو 1000 جندي", "50%", "we may sat",
    "قتل", "في", "،", ".", "\n", " ", "(", ")", "/", "-", "ـ", "\u200f", "\u064b", "ً",
]
ANCHORS = st.dates(min_value=date(1950, 1, 1), max_value=date(2070, 12, 31))


@st.composite
def news_like(draw) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=6)), max_size=25))
    seps = draw(st.lists(st.sampled_from([" ", "", "\n", "، ", " و"]), min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(news_like(), ANCHORS)
def test_offsets_always_point_into_the_original_text(text: str, anchor: date) -> None:
    mentions = timeline.find_times(text, published=anchor)
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end, "mentions are in order and do not overlap"
        last_end = m.end
        if m.interval is not None:
            assert m.interval.start < m.interval.end


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(news_like(), ANCHORS)
def test_resolution_is_deterministic(text: str, anchor: date) -> None:
    assert timeline.find_times(text, published=anchor) == timeline.find_times(text, published=anchor)


@settings(max_examples=200)
@given(st.text(max_size=300), ANCHORS)
def test_arbitrary_text_never_crashes(text: str, anchor: date) -> None:
    mentions = timeline.find_times(text, published=anchor)
    assert isinstance(mentions, list)
    for m in mentions:
        assert text[m.start:m.end] == m.text


@given(ANCHORS, st.sampled_from(["yesterday", "أمس", "بالأمس", "البارحة"]))
def test_yesterday_is_the_day_before_the_anchor(anchor: date, word: str) -> None:
    m = timeline.resolve(word, anchor=anchor)
    assert m.value == (anchor - timedelta(days=1)).isoformat()
    assert m.interval is not None and m.interval.start == datetime.combine(anchor - timedelta(days=1), datetime.min.time())


AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(ANCHORS, st.integers(min_value=1, max_value=7), st.booleans())
def test_last_weekday_falls_in_the_seven_days_before_the_anchor(anchor: date, w: int, arabic: bool) -> None:
    expr = f"يوم {AR_DAYS[w - 1]} الماضي" if arabic else f"last {EN_DAYS[w - 1]}"
    day = date.fromisoformat(timeline.resolve(expr, anchor=anchor).value)
    assert anchor - timedelta(days=7) <= day < anchor
    assert day.isoweekday() == w


@given(ANCHORS, st.integers(min_value=1, max_value=7))
def test_bare_past_weekday_is_within_the_week_up_to_the_anchor(anchor: date, w: int) -> None:
    m = timeline.find_times(f"قالت المصادر إن الهجوم وقع يوم {AR_DAYS[w - 1]}", published=anchor)[0]
    day = date.fromisoformat(m.value)
    assert anchor - timedelta(days=6) <= day <= anchor
    assert day.isoweekday() == w


@given(st.dates(min_value=date(1924, 8, 1), max_value=date(2077, 11, 16)))
def test_hijri_gregorian_round_trip(day: date) -> None:
    h = gregorian_to_hijri(day)
    assert h is not None
    assert hijri_to_gregorian(*h) == day


HIJRI_NAMES = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
               "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]


@given(st.dates(min_value=date(1924, 8, 1), max_value=date(2077, 11, 16)), ANCHORS)
def test_a_written_hijri_date_resolves_to_its_gregorian_day(day: date, anchor: date) -> None:
    y, m, d = gregorian_to_hijri(day)  # type: ignore[misc]
    mention = timeline.resolve(f"{d} {HIJRI_NAMES[m - 1]} {y} هـ", anchor=anchor)
    assert mention.value == day.isoformat()



AR_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


@given(st.dates(min_value=date(1924, 8, 2), max_value=date(2077, 11, 15)), st.sampled_from((-1, 0, 1)), ANCHORS)
def test_a_hijri_date_with_its_weekday_is_the_day_of_that_weekday_within_one(day: date, shift: int,
                                                                            anchor: date) -> None:
    # the weekday told with a Hijri date settles a month begun a day apart by sighting
    y, m, d = gregorian_to_hijri(day)  # type: ignore[misc]
    seen = day + timedelta(days=shift)
    mention = timeline.resolve(f"{AR_WEEKDAYS[seen.weekday()]} {d} {HIJRI_NAMES[m - 1]} {y} هـ", anchor=anchor)
    assert mention.value == seen.isoformat()
    assert ("calendar_disagreement" in mention.flags) == (shift != 0)

@given(st.integers(min_value=1000, max_value=1342) | st.integers(min_value=1501, max_value=1999),
       st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=29))
def test_hijri_years_outside_the_table_are_flagged_never_guessed(y: int, m: int, d: int) -> None:
    mention = timeline.resolve(f"{d} {HIJRI_NAMES[m - 1]} {y} هـ", anchor="2025-12-20")
    assert "hijri_out_of_range" in mention.flags
    assert mention.interval is None
    assert mention.value == f"H{y}-{m:02d}-{d:02d}"
