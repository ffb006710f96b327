"""Run the positive and negative expression corpora in tests/data line by line."""

from __future__ import annotations

import pytest

import timeline

from .conftest import read_tsv, unbracket


def _positive(name: str):
    return [pytest.param(cols, id=f"{name}:{no}") for no, cols in read_tsv(name)]


def _negative(name: str):
    return [pytest.param(cols, id=f"{name}:{no}") for no, cols in read_tsv(name)]


@pytest.mark.parametrize("cols", _positive("ar_positive.tsv") + _positive("en_positive.tsv"))
def test_expression_is_found_with_its_value(cols: list[str]) -> None:
    marked, anchor, typ, value = cols
    text, start, end = unbracket(marked)
    mentions = timeline.find_times(text, published=anchor)
    spans = {(m.start, m.end): m for m in mentions}
    assert (start, end) in spans, (
        f"expected {text[start:end]!r}; found {[(m.text, m.value) for m in mentions]}")
    m = spans[(start, end)]
    assert (m.type.value, m.value) == (typ, value), m.explanation
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("cols", _negative("ar_negative.tsv") + _negative("en_negative.tsv"))
def test_quantities_and_ordinary_words_are_not_times(cols: list[str]) -> None:
    text, anchor = cols
    mentions = timeline.find_times(text, published=anchor)
    assert mentions == [], [(m.text, m.value) for m in mentions]
