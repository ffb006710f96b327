"""Every temporal expression of the five seed articles, found and resolved.

The expected values were worked out by hand from each article's publication date
(examples/seeds/manifest.json) following docs/conventions.md.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import timeline

# (article, expression as written, TIMEX3 type, value)
SEED_GOLD = [
    ("000", "20/12/2025 - 1:34 am", "TIME", "2025-12-20T01:34"),
    ("000", "وقت مبكر من اليوم السبت", "TIME", "2025-12-20TMO"),
    ("000", "الاسبوع الماضي", "DATE", "2025-W50"),
    ("000", "فجر الثامن عشر من كانون الأول/ ديسمبر", "TIME", "2025-12-18TMO"),
    ("000", "عدة ساعات", "DURATION", "PTXH"),
    ("000", "ساعات عدة", "DURATION", "PTXH"),
    ("000", "فجر السبت بالتوقيت المحلي", "TIME", "2025-12-20TMO"),
    ("000", "يوم الجمعة", "DATE", "2025-12-19"),
    ("000", "الأيام المقبلة", "DURATION", "PXD"),
    ("000", "مطلع العام", "DATE", "2025"),
    ("000", "نهاية الأسبوع الماضي", "DATE", "2025-W50-WE"),
    ("000", "هذا العام", "DATE", "2025"),
    ("001", "20 ديسمبر 2025", "DATE", "2025-12-20"),
    ("001", "اليوم (السبت)", "DATE", "2025-12-20"),
    ("001", "اليوم", "DATE", "2025-12-20"),
    ("001", "18 ديسمبر الجاري", "DATE", "2025-12-18"),
    ("001", "14 من ديسمبر الجاري", "DATE", "2025-12-14"),
    ("001", "يوم", "DURATION", "P1D"),
    ("001", "13 ديسمبر الجاري", "DATE", "2025-12-13"),
    ("001", "بشكل أسبوعي", "SET", "P1W"),
    ("001", "عام 2014", "DATE", "2014"),
    ("001", "2017", "DATE", "2017"),
    ("002", "السبت 20 كانون الأول", "DATE", "2025-12-20"),
    ("002", "13 كانون الأول", "DATE", "2025-12-13"),
    ("002", "اليوم", "DATE", "2025-12-20"),
    ("002", "يوم 13 كانون الأول", "DATE", "2025-12-13"),
    ("002", "عدة ساعات", "DURATION", "PTXH"),
    ("002", "15 كانون الأول", "DATE", "2025-12-15"),
    ("002", "14 كانون الأول", "DATE", "2025-12-14"),
    ("003", "فجر السبت", "TIME", "2025-12-20TMO"),
    ("003", "الأسبوع الماضي", "DATE", "2025-W50"),
    ("003", "فجر السبت", "TIME", "2025-12-20TMO"),
    ("003", "يوم الجمعة", "DATE", "2025-12-19"),
    ("003", "اليوم السبت", "DATE", "2025-12-20"),
    ("003", "الجمعة", "DATE", "2025-12-19"),
    ("003", "يوم السبت الماضي", "DATE", "2025-12-13"),
    ("003", "الشهر الماضي", "DATE", "2025-11"),
    ("003", "نيسان/ابريل", "DATE", "2025-04"),
    ("004", "19 ديسمبر/كانون الأول", "DATE", "2024-12-19"),
    ("004", "19 ديسمبر/كانون الأول", "DATE", "2024-12-19"),
    ("004", "December 20, 2024", "DATE", "2024-12-20"),
    ("004", "8 ديسمبر/كانون الأول", "DATE", "2024-12-08"),
    ("004", "ذات يوم", "DATE", "PAST_REF"),
    ("004", "حاليًا", "DATE", "PRESENT_REF"),
    ("004", "عام 2014", "DATE", "2014"),
    ("004", "عام 2019", "DATE", "2019"),
    ("004", "يوم الخميس", "DATE", "2024-12-19"),
    ("004", "حاليًا", "DATE", "PRESENT_REF"),
    ("004", "مؤخرًا", "DATE", "PAST_REF"),
    ("004", "اليوم", "DATE", "2024-12-20"),
]


def test_the_seed_gold_has_fifty_expressions() -> None:
    assert len(SEED_GOLD) == 50


@pytest.mark.parametrize("article", ["000", "001", "002", "003", "004"])
def test_every_seed_expression_is_found_and_resolved(article: str, seed_articles) -> None:
    text, published = seed_articles[article]
    found = [(m.text, m.type.value, m.value) for m in timeline.find_times(text, published=published)]
    expected = [(t, ty, v) for a, t, ty, v in SEED_GOLD if a == article]
    assert found == expected


def test_the_issue_examples_hold(seed_articles) -> None:
    def value_of(article: str, expression: str) -> str:
        text, published = seed_articles[article]
        for m in timeline.find_times(text, published=published):
            if m.text == expression:
                return m.value
        raise AssertionError(f"{expression!r} not found in {article}")

    assert value_of("000", "الاسبوع الماضي") == "2025-W50"
    assert value_of("000", "يوم الجمعة") == "2025-12-19"
    assert value_of("000", "نهاية الأسبوع الماضي") == "2025-W50-WE"
    assert value_of("001", "14 من ديسمبر الجاري") == "2025-12-14"
    assert value_of("003", "الشهر الماضي") == "2025-11"
    assert value_of("003", "يوم السبت الماضي") == "2025-12-13"
    assert value_of("004", "يوم الخميس") == "2024-12-19"
    assert value_of("004", "8 ديسمبر/كانون الأول") == "2024-12-08"


def test_start_of_year_keeps_the_year_and_notes_the_modifier(seed_articles) -> None:
    text, published = seed_articles["000"]
    m = next(m for m in timeline.find_times(text, published=published) if m.text == "مطلع العام")
    assert (m.value, m.mod, m.granularity) == ("2025", "START", timeline.Granularity.YEAR)


def test_offsets_point_into_the_original_seed_text(seed_articles) -> None:
    for text, published in seed_articles.values():
        for m in timeline.find_times(text, published=published):
            assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("article, when, evidence", [
    ("000", datetime(2025, 12, 20, 1, 34), "20/12/2025 - 1:34 am"),
    ("001", datetime(2025, 12, 20), "20 ديسمبر 2025"),
    ("002", datetime(2025, 12, 20), "السبت 20 كانون الأول"),
    ("004", datetime(2024, 12, 20), "December 20, 2024"),
])
def test_publication_date_is_read_from_dateline(article, when, evidence, seed_articles) -> None:
    text, _ = seed_articles[article]
    found = timeline.infer_published(text, reference=date(2026, 11, 21))
    assert found is not None
    assert (found.when, found.evidence) == (when, evidence)
    assert text[found.start:found.end] == found.evidence


def test_no_publication_date_is_invented(seed_articles) -> None:
    text, _ = seed_articles["003"]  # only a copyright year: no day to read
    assert timeline.infer_published(text, reference=date(2026, 11, 21)) is None
