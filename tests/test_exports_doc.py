"""docs/exports.md says what the code does: its column tables, legend names, date basis
words, size figures and command-line output are checked against the code."""

from __future__ import annotations

import re

import pytest

import timeline
from timeline import viz
from timeline.cli import _table
from timeline.present import BASIS
from timeline.tables import EVENT_COLUMNS, MENTION_COLUMNS

from .conftest import ROOT, SEEDS

DOC = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = DOC.index(title)
    return DOC[start:DOC.index("\n**", start + len(title))] if "\n**" in DOC[start + len(title):] else DOC[start:]


def _table_columns(heading: str) -> list[tuple[str, str]]:
    """(column, kind) of each row of the markdown table after ``heading``."""
    start = DOC.index(heading)
    lines = DOC[start:].splitlines()[1:]
    rows = []
    started = False
    for line in lines:
        if line.startswith("|"):
            started = True
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells[0] in ("column", "---") or set(cells[0]) <= {"-"}:
                continue
            names = re.findall(r"`([^`]+)`", cells[0])
            kinds = [k.strip() for k in cells[1].split(",")]
            kinds = kinds if len(kinds) == len(names) else kinds * len(names)
            rows.extend(zip(names, kinds))
        elif started:
            break
    return rows


@pytest.mark.parametrize("heading, columns", [
    ("**`events.csv`** / `to_dataframe()`", EVENT_COLUMNS),
    ("**`events_mentions.csv`** / `mentions_dataframe()`", MENTION_COLUMNS),
])
def test_the_column_tables_are_the_code_s(heading: str, columns: dict[str, str]) -> None:
    assert _table_columns(heading) == list(columns.items())


def test_the_legend_names_and_size_figures_are_the_code_s() -> None:
    for name in (viz.POINT_TRACE, viz.BAR_TRACE, viz.STATEMENT_TRACE, viz.STATEMENT_BAR_TRACE, viz.CONTINUES_TRACE):
        assert f"`{name}`" in DOC
    e1 = timeline.Event(id="E1", interval=None, value=None, granularity=None, title="", kind="happening",
                        mentions=(), sources=(timeline.Source("a", "A"),))
    e9 = timeline.Event(id="E9", interval=None, value=None, granularity=None, title="", kind="happening",
                        mentions=(), sources=tuple(timeline.Source(str(k), str(k)) for k in range(9)))
    assert (viz._size(e1, False), viz._size(e9, False), viz._size(e1, True), viz._size(e9, True)) == (8, 20, 4.5, 11)
    assert "8 px for one outlet, 3 px more per outlet, up to 20 (4.5 + 1.5 per outlet up to 11" in DOC


def test_the_date_basis_words_are_the_hover_s() -> None:
    for word, meaning in BASIS.values():
        assert f"| {word} | {meaning} |" in DOC


def test_the_command_line_example_is_what_build_prints() -> None:
    block = DOC[DOC.index("`timeline build` output"):]
    example = block[block.index("```\n") + 4:block.index("\n```", block.index("```\n") + 4)].splitlines()
    chron = timeline.build_chronology(SEEDS)
    lines = _table(chron, 110)
    assert example[0] == lines[0]
    summary = next(line for line in example if "dated events from" in line)
    assert summary.startswith(f"{len(chron.events)} dated events from 5 articles"), summary
    for line in example[1:]:
        if line.startswith("E0"):
            assert line in lines, line
    assert "* dated only by its publication day: no report gives a time" in example
    undated = next(line for line in example if line.startswith("+ "))
    assert undated.startswith(f"+ {len(chron.undated)} undated reports"), undated
