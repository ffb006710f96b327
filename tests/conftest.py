"""Shared helpers for the test suite."""

from __future__ import annotations

import json
import pathlib

import pytest
from hypothesis import settings

# Property tests check what holds, never how fast: on a shared, loaded machine one example
# may take longer than hypothesis's default 200 ms deadline, which would fail a correct
# run (speed is measured by benchmarks/, not by tests).
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = pathlib.Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "examples" / "seeds"


def read_tsv(name: str) -> list[tuple[int, list[str]]]:
    """Non-comment lines of a data file as (line number, columns)."""
    rows = []
    for no, line in enumerate((DATA / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        rows.append((no, line.split("\t")))
    return rows


def unbracket(marked: str) -> tuple[str, int, int]:
    """'a [b] c' -> ('a b c', 2, 3)."""
    start = marked.index("[")
    end = marked.index("]") - 1
    return marked.replace("[", "", 1).replace("]", "", 1), start, end


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, tuple[str, str]]:
    """{file prefix: (text, published)} of the bundled seed corpus."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return {row["file"][:3]: ((SEEDS / row["file"]).read_text(encoding="utf-8"), row["published"])
            for row in manifest}


@pytest.fixture(scope="session")
def seed_chronology():
    """The chronology of the seed articles, built once for the whole suite (it is frozen)."""
    import timeline

    return timeline.build_chronology(SEEDS)
