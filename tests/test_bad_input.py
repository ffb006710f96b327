"""Bad input (issue 14): typed errors, warnings, no crash deep inside, no placeholder anchors.

Every test here pins one behaviour named in the issue; the whole-pipeline hypothesis
properties are in ``tests/test_robustness.py``.
"""

from __future__ import annotations

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
