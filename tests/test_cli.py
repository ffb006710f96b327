"""The `timeline` command line: build, resolve, tag; stdin; help; one-line errors."""

from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import timeline
from timeline.cli import BUILD_FILES, main

from .conftest import ROOT, SEEDS

ARTICLE = "قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("timeline: error: ")
    assert "Traceback" not in err
    return lines[0]


# -- build ----------------------------------------------------------------------------------

def _row(stdout: str, event_id: str) -> str:
    return next(line for line in stdout.splitlines() if line.startswith(event_id + " "))


def test_build_table_labels_events_and_marks_publication_dates(tmp_path: pathlib.Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.present import event_label

    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--no-progress"]) == 0
    stdout = capsys.readouterr().out
    chron = timeline.Chronology.from_json(tmp_path / "chronology.json")
    by_pub = [e for e in chron.events if e.date_basis == "publication"]
    assert by_pub, "the seeds have statements dated only by their publication day"
    for e in chron.events:
        date, gran, outlets = _row(stdout, e.id).split()[1:4]
        assert date == e.value + ("*" if e.date_basis == "publication" else "")
        assert outlets == str(len(e.outlets))
        assert event_label(e)[:30] in _row(stdout, e.id)
    assert "* dated only by its publication day: no report gives a time" in stdout.splitlines()


def test_build_label_language_and_statement_rows(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text("قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", encoding="utf-8")
    assert main(["build", str(art), "--published", "2025-12-20", "--out", str(tmp_path / "o"),
                 "--label-lang", "ar", "--statements", "rows"]) == 0
    stdout = capsys.readouterr().out
    assert "هجوم · تدمر · قتيلان" in _row(stdout, "E0001")
    assert "* dated only" not in stdout
    page = (tmp_path / "o" / "chronology.html").read_text(encoding="utf-8")
    assert '<b class="label" dir="rtl"><bdi>هجوم</bdi> · <bdi>تدمر</bdi> · <bdi>قتيلان</bdi></b>' in page
    slide = json.loads((tmp_path / "o" / "timeline.json").read_text(encoding="utf-8"))["events"][0]
    assert slide["text"]["headline"].startswith("\u2067")


def test_table_fits_the_terminal_width() -> None:
    from timeline.cli import _table

    chron = timeline.build_chronology(SEEDS)
    for width in (80, 110, 160):
        assert all(len(line) <= width for line in _table(chron, width))

def test_build_writes_every_export_and_prints_a_table(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out)]) == 0
    stdout = capsys.readouterr().out
    for name in BUILD_FILES.values():
        assert (out / name).is_file(), name
    assert sorted(p.name for p in out.iterdir()) == sorted(BUILD_FILES.values())
    chron = timeline.Chronology.from_json(out / "chronology.json")
    assert chron == timeline.build_chronology(SEEDS)
    lines = stdout.splitlines()
    assert lines[0].split() == ["id", "date", "granularity", "outlets", "what", "happened"]
    for e in chron.events:
        assert any(line.startswith(f"{e.id}  {e.value}") for line in lines)
    assert f"+ {len(chron.undated)} undated reports" in stdout
    assert len(json.loads((out / "timeline.json").read_text(encoding="utf-8"))["events"]) == len(chron.events)


def test_build_reads_files_and_stdin(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "b.txt"
    f.write_text("Two soldiers were killed in an attack near Palmyra last Saturday.", encoding="utf-8")
    _stdin(monkeypatch, ARTICLE)
    assert main(["build", "-", str(f), "--published", "2025-12-20", "--out", str(tmp_path / "o")]) == 0
    chron = timeline.Chronology.from_json(tmp_path / "o" / "chronology.json")
    assert [(e.value, [s.article_id for s in e.sources]) for e in chron.events] == [("2025-12-13", ["b", "stdin"])]


def test_build_week_start_changes_week_values(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("قتل جنديان في هجوم وقع الأسبوع الماضي.", encoding="utf-8")
    values = {}
    for start in ("monday", "saturday"):
        assert main(["build", str(f), "--published", "2025-12-20", "--week-start", start, "--lang", "ar",
                     "--out", str(tmp_path / start)]) == 0
        chron = timeline.Chronology.from_json(tmp_path / start / "chronology.json")
        values[start] = [(e.interval.start.date().isoformat(), e.value) for e in chron.events]  # type: ignore[union-attr]
    assert values["monday"][0][0] == "2025-12-08"
    assert values["saturday"][0][0] == "2025-12-13"  # the week Sat 13 - Fri 19 before Sat 20


def test_build_shows_a_progress_bar_on_request(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--progress"]) == 0
    err = capsys.readouterr().err
    assert "reading articles [" in err and "5/5" in err
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--no-progress"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_bar_is_quiet_for_short_corpora_off_a_terminal() -> None:
    from timeline.cli import _ProgressBar

    buf = io.StringIO()
    auto = _ProgressBar(buf, None)
    for k in range(1, 31):
        auto(k, 30)
    assert buf.getvalue() == ""  # not a terminal
    forced = _ProgressBar(buf, True)
    forced(1, 2)
    forced(2, 2)
    assert buf.getvalue().endswith("] 2/2\n")


# -- resolve and tag ------------------------------------------------------------------------

def test_resolve_prints_value_interval_and_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "يوم الجمعة", "--anchor", "2025-12-20"]) == 0
    out = capsys.readouterr().out
    assert "value:       2025-12-19" in out
    assert "interval:    ['2025-12-19T00:00', '2025-12-20T00:00']" in out
    assert "explanation: 'يوم الجمعة' →" in out


def test_resolve_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "Saturday last week\n")
    assert main(["resolve", "-", "--anchor", "2025-12-20", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2025-12-13"


def test_tag_json_and_timeml(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "article.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert main(["tag", str(f), "--published", "2025-12-20"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [t["value"] for t in doc["timexes"]] == ["2025-12-13"]
    assert main(["tag", str(f), "--published", "2025-12-20", "--format", "timeml"]) == 0
    root = ET.fromstring(capsys.readouterr().out.encode("utf-8"))
    assert [t.get("value") for t in root.iter("TIMEX3")] == ["2025-12-20", "2025-12-13"]
    _stdin(monkeypatch, ARTICLE)
    assert main(["tag", "-", "--published", "2025-12-20", "--format", "timeml"]) == 0
    assert 'value="2025-12-13"' in capsys.readouterr().out


def test_tag_many_files_as_timeml_into_a_folder(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", str(SEEDS), "--format", "timeml"]) == 2
    assert "--out" in _one_error_line(capsys.readouterr().err)
    assert main(["tag", str(SEEDS), "--format", "timeml", "--out", str(tmp_path)]) == 0
    files = sorted(tmp_path.glob("*.tml"))
    assert len(files) == 5
    for f in files:
        ET.parse(f)


# -- help and errors ------------------------------------------------------------------------

@pytest.mark.parametrize("command", [[], ["build"], ["resolve"], ["tag"]])
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: timeline")
    if command in (["build"], ["tag"]):
        for option in ("--published", "--lang", "--week-start", "--weekend", "--out"):
            assert option in out


@pytest.mark.parametrize("argv, message", [
    (["build", "nowhere/at/all", "--out", "OUT"], "nowhere/at/all: no such file or folder"),
    (["build", str(SEEDS)], "the following arguments are required: --out"),
    (["build", str(SEEDS), "--out", "OUT", "--published", "yesterday"], "--published 'yesterday' is not an ISO date"),
    (["build", str(SEEDS), "--out", "OUT", "--week-start", "funday"], "week_start must be a weekday name"),
    (["build", str(SEEDS), "--out", "OUT", "--weekend", "mon"], "weekend"),
    (["build", str(SEEDS), "--out", "OUT", "--lang", "fr"], "invalid choice: 'fr'"),
    (["resolve", "nothing here"], "no temporal expression found"),
    (["resolve", "friday", "--anchor", "2025-02-31"], "not a valid date"),
    (["tag", "x.txt", "--format", "xml"], "invalid choice: 'xml'"),
    ([], "required: COMMAND"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
])
def test_bad_input_exits_2_with_one_line(argv: list[str], message: str, tmp_path: pathlib.Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(tmp_path / "out") if a == "OUT" else a for a in argv]
    assert main(argv) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert message in line


def test_build_without_a_date_says_how_to_give_one(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "nodate.txt"
    f.write_text("قتل جنديان في هجوم يوم السبت الماضي.", encoding="utf-8")
    assert main(["build", str(f), "--out", str(tmp_path / "o")]) == 2
    assert "--published" in _one_error_line(capsys.readouterr().err)


def test_non_utf8_input_is_one_line(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("café le 13 décembre".encode("latin-1"))
    assert main(["tag", str(f), "--published", "2025-12-20"]) == 2
    assert "not UTF-8" in _one_error_line(capsys.readouterr().err)


def test_out_must_be_a_folder(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    assert main(["build", str(SEEDS), "--out", str(f)]) == 2
    assert "is not a folder" in _one_error_line(capsys.readouterr().err)


def test_the_installed_command_exits_2_without_a_traceback(tmp_path: pathlib.Path) -> None:
    done = subprocess.run([sys.executable, "-m", "timeline.cli", "build", str(tmp_path / "missing"), "--out",
                           str(tmp_path / "o")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == f"timeline: error: {tmp_path / 'missing'}: no such file or folder"
    done = subprocess.run([sys.executable, "-m", "timeline.cli", "tag", "-", "--published", "2025-12-20"],
                          input=ARTICLE, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["timexes"][0]["value"] == "2025-12-13"
