"""Resolve expressions in unit tests, and let the explanation say why.

    python -m pytest examples/test_resolve_in_a_unit_test.py

Each assertion carries ``m.explanation`` as its message: when a value is not what the test
expects, the failure says how `timeline` reached the value it gave.
"""

from __future__ import annotations

import pytest

import timeline

ANCHOR = "2025-12-20"  # a Saturday


@pytest.mark.parametrize("expression, value", [
    ("يوم الجمعة", "2025-12-19"),            # a bare weekday: the latest one
    ("السبت الماضي", "2025-12-13"),           # 'last Saturday' on a Saturday: a week back
    ("Saturday last week", "2025-12-13"),
    ("فجر الثامن عشر من كانون الأول/ ديسمبر", "2025-12-18TMO"),
    ("الأسبوع الماضي", "2025-W50"),
    ("12 رجب 1447 هـ", "2026-01-01"),          # Hijri, Umm al-Qura
    ("three days ago", "2025-12-17"),
])
def test_value(expression: str, value: str) -> None:
    m = timeline.resolve(expression, anchor=ANCHOR)
    assert m.value == value, m.explanation


def test_the_explanation_names_the_rule_and_the_anchor() -> None:
    m = timeline.resolve("يوم الجمعة", anchor=ANCHOR)
    assert m.explanation == ("'يوم الجمعة' → past narrative → the latest Friday before Sat 2025-12-20 "
                             "→ 2025-12-19 [anchor Sat 2025-12-20]")


def test_future_context_changes_the_day() -> None:
    past, = timeline.find_times("Gunmen attacked a checkpoint on Friday.", published="2025-12-17")
    future, = timeline.find_times("The talks will resume on Friday.", published="2025-12-17")
    assert (past.value, future.value) == ("2025-12-12", "2025-12-19"), (past.explanation, future.explanation)


def test_local_week() -> None:
    gulf = timeline.Settings(week_start="saturday", weekend="fri-sat")
    m = timeline.resolve("last week", anchor="2025-12-18", settings=gulf)
    assert (m.interval.start.day, m.interval.end.day) == (6, 13), m.explanation


def test_offsets_point_into_the_text() -> None:
    text = "قتل ثلاثة أشخاص فجر الجمعة في قصف استمر عدة ساعات."
    found = timeline.find_times(text, published=ANCHOR)
    assert [(text[m.start:m.end], m.value) for m in found] == [("فجر الجمعة", "2025-12-19TMO"),
                                                                ("عدة ساعات", "PTXH")]


def test_no_expression_is_an_error() -> None:
    with pytest.raises(timeline.ResolutionError):
        timeline.resolve("the ministry", anchor=ANCHOR)
