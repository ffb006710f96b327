"""``build_chronology(workers=N)`` reads the articles in N processes and gives exactly the
chronology one process gives; copies are read once; a bad article is reported the same."""

from __future__ import annotations

import pytest

import timeline
import timeline.chronology


@pytest.fixture(autouse=True)
def _always_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    # small corpora are read in one process unless told otherwise: these tests want the pool
    monkeypatch.setattr(timeline.chronology, "_PARALLEL_FROM", 2)

A = timeline.Article

PLACES = ["Dayton", "Tulsa", "Toledo", "Akron", "Omaha", "Wichita", "Fresno", "Tucson"]


def _corpus() -> list[timeline.Article]:
    """Forty articles: eight shootings, each told by several outlets (some word for word)."""
    out = []
    for k, town in enumerate(PLACES):
        day = 10 + k
        base = (f"A man was shot and killed outside a store in {town} on Saturday night, police said. "
                f"Officers found the {20 + k}-year-old victim on the sidewalk.")
        other = (f"Police in {town} are looking for a gunman after a fatal shooting late Saturday. "
                 f"The victim, {20 + k}, died at the scene.")
        for r in range(5):
            text = base if r % 2 == 0 else other
            out.append(A(id=f"{town.lower()}-{r}", text=text, published=f"2024-02-{day + 1:02d}",
                         source=f"Outlet {r}", url=f"https://example.org/{town.lower()}/{r}"))
    return out



def test_two_processes_give_the_chronology_one_gives() -> None:
    arts = _corpus()
    one = timeline.build_chronology(arts)
    two = timeline.build_chronology(list(reversed(arts)), workers=2)
    assert one.to_dataframe().equals(two.to_dataframe())
    assert one.mentions_dataframe().equals(two.mentions_dataframe())
    assert [e.id for e in one.all_events] == [e.id for e in two.all_events]
    assert [sorted(s.article_id for s in e.sources) for e in one.events] == \
        [sorted(s.article_id for s in e.sources) for e in two.events]
    # eight shootings, each one event of its five reports
    shootings = [e for e in one.all_events if e.kind == "happening"]
    assert sorted(len(e.sources) for e in shootings) == [5] * 8


def test_a_bad_article_is_reported_the_same_with_workers() -> None:
    arts = _corpus() + [A(id="zz-undated", text="Nothing here says when.", source="X")]
    with pytest.raises(timeline.ArticleError, match="zz-undated"):
        timeline.build_chronology(arts, workers=2)
    with pytest.warns(timeline.TimelineWarning, match="zz-undated"):
        chron = timeline.build_chronology(arts, workers=2, errors="skip")
    assert [s.id for s in chron.skipped] == ["zz-undated"]


def test_copies_of_an_undated_text_each_name_themselves() -> None:
    text = "Nothing here says when."
    arts = [A(id="a", text=text, source="X"), A(id="b", text=text, source="Y")]
    with pytest.warns(timeline.TimelineWarning):
        chron = timeline.build_chronology(arts, errors="skip")
    assert [(s.id, f"article {s.id!r} has no publication date" in s.reason) for s in chron.skipped] == \
        [("a", True), ("b", True)]


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_workers_must_be_a_number_of_processes(bad) -> None:
    with pytest.raises(timeline.InputError, match="workers"):
        timeline.build_chronology(_corpus()[:2], workers=bad)
