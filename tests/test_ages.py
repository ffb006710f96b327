"""Ages of the people a report tells of (``timeline.events.ages``), in both languages.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from timeline.events.ages import find_ages
from timeline.text import normalize


@pytest.mark.parametrize("text, ages", [
    ("A 23-year-old man was shot outside a bar.", (23,)),
    ("Police said the twenty-one-year-old driver fled.", (21,)),
    ("A six-month-old baby and a 31 year old woman were hurt.", (0, 31)),
    ("The victim, Dana Ortiz, 44, died at the scene.", (44,)),
    ("Boy, 12, hurt in accidental shooting", (12,)),
    ("A man aged 70 was found dead.", (70,)),
    ("He was 19 years old.", (19,)),
    ("قتل شاب (27 عاماً) برصاص مجهولين.", (27,)),
    ("أصيب طفل يبلغ من العمر ثمانية أعوام بجروح.", (8,)),
    ("وعمره 15 سنة", (15,)),
    ("استشهد فتى في الـ16 من عمره.", (16,)),
    ("طفلة رضيعة (ستة أشهر)", (0,)),
])
def test_ages_told_are_read_in_years(text: str, ages: tuple[int, ...]) -> None:
    assert find_ages(normalize(text)) == ages


@pytest.mark.parametrize("text", [
    "Five people were killed in 2014, 12 were wounded.",        # a count after a comma
    "The gunman fired 20 rounds in under a minute.",
    "The road has been closed for 20 years.",                   # a span, no "old"
    "He lived at 128 Elm Street, Apt. 4, for a decade.",
    "The plant has stood on Route 9, 300 feet from the river.",
    "يعمل في المصنع منذ عشرين عاماً.",                          # a span of years, no age cue
    "قتل 20 شخصا في الهجوم.",
])
def test_numbers_that_are_no_age(text: str) -> None:
    assert find_ages(normalize(text)) == ()


def test_a_number_word_is_read_once_as_the_age_it_starts() -> None:
    # "twenty-three-year-old" is 23, and not also 3 ("three-year-old")
    assert find_ages(normalize("A twenty-three-year-old woman and a 5-year-old girl")) == (5, 23)


def test_an_article_event_carries_the_ages_of_its_sentences() -> None:
    import timeline
    from timeline.events.extract import read_article

    art = timeline.Article(id="x", published="2026-02-02", source="S", lang="en",
                           text="A 17-year-old boy was shot and wounded Sunday night in Riverton, police said. "
                                "His neighbour, Ann Marsh, 63, called 911.")
    (shooting,) = [e for e in read_article(art) if e.kind == "happening"]
    assert shooting.ages == (17,)
