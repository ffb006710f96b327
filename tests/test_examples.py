"""Every script in examples/ runs, writing into a temporary folder, and gives real values."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import warnings
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest

import timeline

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def seed_chronology() -> timeline.Chronology:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timeline.TimelineWarning)
        return timeline.build_chronology(EXAMPLES / "seeds")


def test_every_example_is_tested() -> None:
    scripts = sorted(p.stem for p in EXAMPLES.glob("*.py"))
    assert scripts == ["build_seed_chart", "dask_chronology", "hijri_articles", "mixed_languages",
                       "pandas_analysis", "test_resolve_in_a_unit_test"]


def test_build_seed_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chron = load("build_seed_chart").main(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chronology.html", "chronology.json", "events.csv",
                                                          "events_mentions.csv"]
    assert "plotly" in (tmp_path / "chronology.html").read_text(encoding="utf-8").lower()
    assert len(chron.articles) == 5 and not chron.skipped
    # the same chronology as the library builds, and as the file holds
    assert [e.value for e in chron.events] == [e.value for e in seed_chronology().events]
    again = timeline.Chronology.from_json(tmp_path / "chronology.json")
    assert [e.id for e in again.events] == [e.id for e in chron.events]
    out = capsys.readouterr().out
    assert out.startswith(f"{len(chron.events)} dated events and {len(chron.undated)} undated reports from 5 articles")


def test_resolve_in_a_unit_test() -> None:
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(EXAMPLES / "test_resolve_in_a_unit_test.py")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "12 passed" in done.stdout


def test_mixed_languages(tmp_path: Path) -> None:
    raid = load("mixed_languages").main(tmp_path)
    assert (raid.value, raid.type, raid.fatalities) == ("2025-12-19TMO", "violence.raid", 2)
    assert sorted(s.article_id for s in raid.sources) == ["ar-1", "en-1", "en-2"]
    assert {m.article_id for m in raid.mentions if m.time_basis == "explicit"} == {"ar-1", "en-1", "en-2"}
    assert (tmp_path / "mixed.html").exists() and (tmp_path / "mixed_mentions.csv").exists()


def test_hijri_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chron = load("hijri_articles").main(tmp_path)
    flood, = chron.events
    assert (flood.value, flood.type, flood.fatalities) == ("2026-01-01", "disaster.weather.flood", 4)
    assert sorted(s.article_id for s in flood.sources) == ["dual-1", "greg-1", "hijri-1"]
    assert "Hijri 12 Rajab 1447 AH → Thu 2026-01-01 (Umm al-Qura)" in capsys.readouterr().out
    assert timeline.Chronology.from_json(tmp_path / "hijri.json").events[0].value == "2026-01-01"


def test_pandas_analysis(tmp_path: Path) -> None:
    got = load("pandas_analysis").main(tmp_path)
    events = got["events"]
    chron = seed_chronology()
    assert len(events) == len(chron.events) + len(chron.undated)
    happenings = events[events["kind"] == "happening"]
    assert got["by_type"]["events"].sum() == len(happenings)
    assert got["by_type"]["killed"].sum() == happenings["fatalities"].sum()
    assert (got["december"]["event_date"] >= pd.Timestamp("2025-12-01")).all()
    assert list(got["per_outlet"].columns) == ["happening", "statement"]
    assert len(got["per_outlet"]) == 5
    assert (tmp_path / "happenings_by_type.csv").exists()


def test_dask_chronology(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    pytest.importorskip("timeline.dask")
    events, mentions = load("dask_chronology").main(tmp_path, partitions=2)
    chron = seed_chronology()
    pd.testing.assert_frame_equal(events.reset_index(drop=True), chron.to_dataframe().reset_index(drop=True))
    pd.testing.assert_frame_equal(mentions.reset_index(drop=True),
                                  chron.mentions_dataframe().reset_index(drop=True))
    assert (tmp_path / "dask_events.csv").exists()
