"""TimeML export: well-formed XML, a DCT, and a TIMEX3 for every expression find_times finds."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline


def _article(seed_articles: dict[str, tuple[str, str]], key: str) -> timeline.Article:
    text, published = seed_articles[key]
    return timeline.Article(id=f"seed{key}", text=text, published=published, lang="ar")


def test_seed_article_timexes_match_find_times(seed_articles: dict[str, tuple[str, str]]) -> None:
    art = _article(seed_articles, "000")
    root = ET.fromstring(timeline.to_timeml(art).encode("utf-8"))
    assert root.tag == "TimeML"
    assert root.findtext("DOCID") == "seed000"
    body = root.find("TEXT")
    assert body is not None
    timexes = body.findall("TIMEX3")
    found = timeline.find_times(art.text, published=art.published, lang=art.lang)
    assert len(timexes) == len(found) > 5
    assert [t.get("value") for t in timexes] == [m.value for m in found]
    assert [t.text for t in timexes] == [m.text for m in found]
    assert [t.get("type") for t in timexes] == [m.type.value for m in found]
    assert [t.get("tid") for t in timexes] == [f"t{i}" for i in range(1, len(found) + 1)]
    # the text is kept exactly: tags only wrap it
    assert "".join(body.itertext()) == art.text


def test_dct_is_the_publication_date(seed_articles: dict[str, tuple[str, str]]) -> None:
    root = ET.fromstring(timeline.to_timeml(_article(seed_articles, "000")).encode("utf-8"))
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert (dct.get("tid"), dct.get("type"), dct.get("value"), dct.get("functionInDocument")) == \
        ("t0", "TIME", "2025-12-20T01:34", "CREATION_TIME")
    root = ET.fromstring(timeline.to_timeml(_article(seed_articles, "001")).encode("utf-8"))
    assert root.find("DCT/TIMEX3").get("value") == "2025-12-20"  # type: ignore[union-attr]


def test_relative_expressions_point_at_the_dct() -> None:
    art = timeline.Article(id="a", text="The attack happened last Saturday, on 13 December 2025.",
                           published="2025-12-20", lang="en")
    timexes = ET.fromstring(timeline.to_timeml(art).encode()).findall("TEXT/TIMEX3")
    attrs = {t.text: t.attrib for t in timexes}
    assert attrs["last Saturday"]["value"] == "2025-12-13"
    assert attrs["last Saturday"]["anchorTimeID"] == "t0"
    assert attrs["last Saturday"]["temporalFunction"] == "true"
    assert attrs["13 December 2025"]["temporalFunction"] == "false"
    assert "anchorTimeID" not in attrs["13 December 2025"]


def test_mod_is_written_when_there_is_one() -> None:
    art = timeline.Article(id="a", text="قتل جنديان مطلع الشهر الماضي.", published="2025-12-20", lang="ar")
    found = timeline.find_times(art.text, published=art.published, lang="ar")
    timexes = ET.fromstring(timeline.to_timeml(art).encode()).findall("TEXT/TIMEX3")
    assert [t.get("mod") for t in timexes] == [m.mod for m in found] == ["START"]


def test_markup_in_the_text_is_escaped() -> None:
    art = timeline.Article(id="x&<y>", text="<script>alert('x')</script> & yesterday \x00 <b>", published="2025-12-20",
                           lang="en")
    doc = timeline.to_timeml(art)
    assert "<script>" not in doc and "&lt;script&gt;" in doc
    root = ET.fromstring(doc.encode())
    assert root.findtext("DOCID") == "x&<y>"
    assert [t.get("value") for t in root.findall("TEXT/TIMEX3")] == ["2025-12-19"]


def test_without_a_date_the_dct_comes_from_the_dateline() -> None:
    art = timeline.Article(id="d", text="صنارة نيوز - 20/12/2025 - 1:34 am\n\nقالت مصادر إن الهجوم وقع يوم الجمعة.")
    root = ET.fromstring(timeline.to_timeml(art).encode())
    assert root.find("DCT/TIMEX3").get("value") == "2025-12-20T01:34"  # type: ignore[union-attr]
    no_date = timeline.Article(id="n", text="The attack happened yesterday.", lang="en")
    root = ET.fromstring(timeline.to_timeml(no_date).encode())
    assert root.find("DCT/TIMEX3").get("value") == "XXXX-XX-XX"  # type: ignore[union-attr]


def test_to_timeml_needs_an_article() -> None:
    with pytest.raises(timeline.InputError):
        timeline.to_timeml("just text")  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>&\"'\n\r\x01يوم السبت الماضي yesterday 12 ديسمبر")), max_size=80))
def test_any_text_gives_well_formed_timeml(text: str) -> None:
    art = timeline.Article(id="p", text=text, published="2025-12-20")
    root = ET.fromstring(timeline.to_timeml(art).encode("utf-8"))
    assert "".join(root.find("TEXT").itertext()) == text.replace("\x01", " ")  # type: ignore[union-attr]
