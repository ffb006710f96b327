"""Bad input gets a clear, typed error or an empty result (DESIGN.md invariant 5)."""

from __future__ import annotations

import pytest

import timeline


@pytest.mark.parametrize("anchor", ["20/13/2025", "yesterday", "2025-02-31", "2025-13-01", 12345, [2025]])
def test_unreadable_anchor_is_an_anchor_error(anchor) -> None:
    with pytest.raises(timeline.AnchorError):
        timeline.resolve("أمس", anchor=anchor)
    with pytest.raises(timeline.TimelineError):
        timeline.find_times("وقع الهجوم أمس", published=anchor)


@pytest.mark.parametrize("text", [None, 42, b"bytes", ["list"]])
def test_non_text_is_an_input_error(text) -> None:
    with pytest.raises(timeline.InputError):
        timeline.find_times(text, published="2025-12-20")


def test_empty_text_gives_no_mentions() -> None:
    assert timeline.find_times("", published="2025-12-20") == []
    assert timeline.find_times("   \n ", published="2025-12-20") == []


def test_resolve_without_a_time_is_a_resolution_error() -> None:
    with pytest.raises(timeline.ResolutionError, match="no temporal expression"):
        timeline.resolve("قتل 1000 جندي", anchor="2025-12-20")
    with pytest.raises(timeline.ResolutionError):
        timeline.resolve("", anchor="2025-12-20")


def test_impossible_dates_are_not_times() -> None:
    with pytest.raises(timeline.ResolutionError):
        timeline.resolve("31 فبراير 2025", anchor="2025-12-20")
    assert timeline.find_times("February 31, 2025", published="2025-12-20") == []


def test_unknown_language_and_settings_are_typed_errors() -> None:
    with pytest.raises(timeline.LanguageError):
        timeline.find_times("x", published="2025-12-20", lang="fr")
    with pytest.raises(timeline.InputError):
        timeline.Settings(week_start="someday")
    with pytest.raises(timeline.InputError):
        timeline.Settings(weekend="mon-wed")
    with pytest.raises(timeline.InputError):
        timeline.find_times("x", published="2025-12-20", settings={"week_start": 6})


def test_errors_are_also_builtin_value_errors() -> None:
    assert issubclass(timeline.AnchorError, ValueError)
    assert issubclass(timeline.ResolutionError, timeline.TimelineError)


def test_very_long_adversarial_text_finishes() -> None:
    text = ("يوم " * 20000) + ("الساعة " * 20000) + ("1/" * 20000) + ("كانون " * 5000)
    mentions = timeline.find_times(text, published="2025-12-20")
    for m in mentions:
        assert text[m.start:m.end] == m.text
