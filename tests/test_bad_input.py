"""Bad input (issue 14): typed errors, warnings, no crash deep inside, no placeholder anchors.

Every test here pins one behaviour named in the issue; the whole-pipeline hypothesis
properties are in ``tests/test_robustness.py``.
"""

from __future__ import annotations

import warnings

import pytest

import timeline


# -- numbers too long to be dates ------------------------------------------------------------

@pytest.mark.parametrize("digits", ["1" * 4301, "٣" * 5000, "9" * 19 + " days ago", "2025" * 2000 + "/12/20"])
def test_a_digit_run_longer_than_any_date_is_no_time_and_no_crash(digits: str) -> None:
    # int() of a 4,300-digit string raises ValueError (CPython's int_max_str_digits)
    assert timeline.find_times(digits, published="2025-12-20") == []


# -- extreme anchors ---------------------------------------------------------------------------

EXTREME = ["0001-01-01", "0001-01-01T00:00", "9999-12-31", "9999-12-31T23:59"]
RELATIVE = ["yesterday", "tomorrow", "last week", "next month", "next year", "this decade", "last century",
            "last winter", "the next day", "three days later", "next weekend", "8:40 p.m. Thursday",
            "December 31", "أمس", "غداً", "الأسبوع الماضي", "الأسبوع المقبل", "ليل الجمعة - السبت",
            "الساعة 3:45 صباحًا", "31 ديسمبر", "رمضان المقبل", "السبت 20 كانون الأول"]


@pytest.mark.parametrize("anchor", EXTREME)
@pytest.mark.parametrize("expression", RELATIVE)
def test_extreme_anchors_give_a_value_or_an_out_of_range_flag(anchor: str, expression: str) -> None:
    for m in timeline.find_times(expression, published=anchor):
        if "out_of_range" in m.flags:
            assert (m.value, m.interval, m.granularity, m.anchor) == ("XXXX-XX-XX", None, None, None)
            assert "outside the years 1-9999" in m.explanation
        else:
            assert m.interval is None or m.interval.start < m.interval.end


def test_tomorrow_on_the_last_day_of_the_calendar_is_flagged_not_an_overflow() -> None:
    m = timeline.resolve("tomorrow", anchor="9999-12-31")
    assert m.flags == ("out_of_range",) and m.interval is None
    assert timeline.resolve("yesterday", anchor="9999-12-31").value == "9999-12-30"
    assert timeline.resolve("أمس", anchor="0001-01-01").flags == ("out_of_range",)
    assert timeline.resolve("غدا", anchor="0001-01-01").value == "0001-01-02"


# -- no publication date -----------------------------------------------------------------------

def test_find_times_without_a_date_warns_and_names_what_it_left_unanchored() -> None:
    with pytest.warns(timeline.TimelineWarning) as caught:
        ms = timeline.find_times("The strike came a day after talks ended yesterday.")
    assert len(caught) == 1
    assert str(caught[0].message) == ("no publication date given or found in the text: 1 relative "
                                      "expression ('yesterday') left unanchored; pass published=...")
    assert [(m.text, m.value, m.interval, m.anchor, m.flags) for m in ms] == [
        ("a day", "P1D", None, None, ()), ("yesterday", "XXXX-XX-XX", None, None, ("unanchored",))]


def test_resolve_without_an_anchor_warns_only_when_the_expression_needs_one() -> None:
    with pytest.warns(timeline.TimelineWarning, match=r"no anchor given: 1 relative expression \('last week'\)"):
        assert timeline.resolve("last week").value == "XXXX-WXX"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert timeline.resolve("13 December 2025").value == "2025-12-13"


STAND_IN_DATES = ("2000", "2003", "1999", "2001", "2002", "2004")


@pytest.mark.parametrize("text, value, flags", [
    # no year and a weekday that agrees with none of the stand-in years: no weekday_mismatch
    ("وقع الهجوم يوم السبت 20 كانون الأول قرب تدمر", "XXXX-12-20", ("unanchored",)),
    ("the raid on Friday, December 20 near Palmyra", "XXXX-12-20", ("unanchored",)),
    ("يوم الجمعة", "XXXX-XX-XX", ("unanchored",)),
    ("فجر الثامن عشر من كانون الأول/ ديسمبر", "XXXX-12-18TMO", ("unanchored",)),
    ("الساعة 3:45 صباحًا", "XXXX-XX-XXT03:45", ("unanchored",)),
    ("رمضان الماضي", "HXXXX-09", ("unanchored",)),
    ("last week", "XXXX-WXX", ("unanchored",)),
    # a weekday that contradicts a full date is a real mismatch, with or without an anchor
    ("the attack on Friday 20 December 2025", "2025-12-20", ("weekday_mismatch",)),
    # a deictic word beside a full date is compared with no stand-in "today"
    ("وقع الهجوم اليوم 13 ديسمبر 2025", "2025-12-13", ()),
])
def test_without_a_date_no_stand_in_anchor_shows_in_values_explanations_or_flags(text, value, flags) -> None:
    # resolve(), because find_times would take a weekday and a date near the top for a dateline
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timeline.TimelineWarning)
        m = timeline.resolve(text)
    assert (m.value, m.flags, m.anchor) == (value, flags, None)
    assert not any(y in m.explanation for y in STAND_IN_DATES), m.explanation
    assert "[anchor" not in m.explanation


def test_without_a_date_the_day_after_a_full_date_is_still_resolved() -> None:
    # a Hijri date, because a Gregorian one near the top would be taken for the dateline
    text = "انهارت المحادثات في 12 رجب 1447 هـ، وفي اليوم التالي قصفت الطائرات البلدة."
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing was left unanchored: no warning
        ms = timeline.find_times(text)
    assert [(m.text, m.value, m.anchor) for m in ms] == [
        ("12 رجب 1447 هـ", "2026-01-01", None), ("اليوم التالي", "2026-01-02", None)]
    assert "[anchor" not in ms[1].explanation and "2000" not in ms[1].explanation


def test_explanations_write_year_one_with_four_digits() -> None:
    m = timeline.resolve("tomorrow", anchor="0001-01-01")
    assert m.explanation.endswith("[anchor Mon 0001-01-01]")


def test_without_a_date_a_full_date_beside_a_deictic_word_keeps_its_time_and_a_real_weekday_flag() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        m = timeline.resolve("اليوم الجمعة 13 ديسمبر 2025")  # 13 December 2025 was a Saturday
    assert (m.value, m.flags, m.anchor) == ("2025-12-13", ("weekday_mismatch",), None)
    assert m.interval is not None and m.interval.start.isoformat() == "2025-12-13T00:00:00"
    assert "2000" not in m.explanation and "2003" not in m.explanation
