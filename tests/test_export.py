"""Exports: JSON (round trip, schema errors), TimelineJS3, CSV events and mentions tables."""

from __future__ import annotations

import csv
import json
import pathlib

import pytest

import timeline
from timeline.export import (
    EVENT_COLUMNS, MENTION_COLUMNS, SCHEMA_VERSION, time_precision, validate_timelinejs,
)
from timeline.timex import Granularity

from .conftest import SEEDS

RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"


@pytest.fixture(scope="module")
def chron(seed_chronology: timeline.Chronology) -> timeline.Chronology:
    return seed_chronology


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {a.id: a.text for a in timeline.read_articles(SEEDS)}


# -- JSON -----------------------------------------------------------------------------------

def test_json_round_trip_is_byte_identical(chron: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "chronology.json"
    text = chron.to_json(path)
    assert path.read_text(encoding="utf-8") == text
    again = timeline.Chronology.from_json(path)
    assert again.to_json() == text
    assert timeline.Chronology.from_json(text).to_json() == text


def test_json_rebuilds_the_same_objects(chron: timeline.Chronology) -> None:
    again = timeline.Chronology.from_json(chron.to_json())
    assert again == chron
    e = next(e for e in again.events if e.mentions[0].time is not None)
    assert isinstance(e.interval, timeline.TimeInterval)
    assert isinstance(e.granularity, timeline.Granularity)
    assert isinstance(e.mentions[0], timeline.EventMention)
    assert isinstance(e.mentions[0].time, timeline.TimeMention)
    assert isinstance(e.sources[0], timeline.Source)
    assert isinstance(again.articles[0], timeline.ArticleInfo)
    assert len(again.undated) == len(chron.undated)


def test_json_has_the_documented_top_level_fields(chron: timeline.Chronology) -> None:
    doc = json.loads(chron.to_json())
    assert doc["schema_version"] == SCHEMA_VERSION == 1
    assert doc["format"] == "timeline.chronology"
    assert set(doc) == {"schema_version", "format", "articles", "events", "undated", "skipped", "unlisted"}
    e = doc["events"][0]
    assert set(e) == {"id", "interval", "value", "granularity", "date_basis", "title", "kind", "sources",
                      "conflicts", "mentions", "type", "place_id", "location", "actor1", "actor2", "fatalities",
                      "about"}
    assert set(e["mentions"][0]) == {"article_id", "source", "url", "start", "end", "text", "sentence", "time",
                                     "time_basis", "kind", "classes", "triggers", "lang", "published",
                                     "trigger_start", "trigger_end", "trigger", "event_type", "modality"}
    assert doc["articles"][0] == {"id": "000_65d1f81cfa7fcc71", "source": "صنارة نيوز (Sonara News, Jordan)",
                                  "url": None, "published": "2025-12-20T01:34:00+03:00", "lang": "ar",
                                 "digest": doc["articles"][0]["digest"]}


def test_json_holds_every_field_of_the_model(chron: timeline.Chronology) -> None:
    """A field added to Event, EventMention, ... must be exported, or from_json loses it."""
    import attrs

    doc = json.loads(chron.to_json())
    event = next(e for e in doc["events"] if e["conflicts"]) if any(e["conflicts"] for e in doc["events"]) \
        else doc["events"][0]
    names = lambda cls: {f.name for f in attrs.fields(cls)}  # noqa: E731
    assert set(event) == names(timeline.Event)
    assert set(event["mentions"][0]) == names(timeline.EventMention)
    assert set(event["sources"][0]) == names(timeline.Source)
    assert set(doc["articles"][0]) == names(timeline.ArticleInfo)
    assert set(event["mentions"][0]["time"]) == names(timeline.TimeMention)
    if event["conflicts"]:
        assert set(event["conflicts"][0]) == names(timeline.TimeConflict)


def test_json_conflicts_survive_the_round_trip() -> None:
    chron = timeline.build_chronology([
        timeline.Article(id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20", source="A"),
        timeline.Article(id="b", text="Two soldiers were killed in an attack near Palmyra last Saturday.",
                         published="2025-12-20", source="B"),
    ])
    again = timeline.Chronology.from_json(chron.to_json())
    assert again == chron
    assert [s.name for s in again.events[0].sources] == ["A", "B"]


def _broken(chron: timeline.Chronology, tmp_path: pathlib.Path, edit) -> pathlib.Path:
    doc = json.loads(chron.to_json())
    edit(doc)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["events"][0]["mentions"][0].pop("sentence"), "events[0].mentions[0]: missing field 'sentence'"),
    (lambda d: d["events"][1].update(granularity="fortnight"), "events[1].granularity: unknown granularity 'fortnight'"),
    (lambda d: d["events"][0].update(interval=["2025-12-20", "2025-12-19"]), "events[0].interval: not a valid interval"),
    (lambda d: d["events"][0].update(interval=None), "events[0]: a dated event needs an interval"),
    (lambda d: d["articles"][0].update(id=7), "articles[0].id: expected a string, found a number"),
    (lambda d: d.update(schema_version=99), "schema_version 99 is newer"),
    (lambda d: d.pop("format"), "not a timeline chronology"),
    (lambda d: d["events"][0]["mentions"][0].update(time={"text": "x"}), "events[0].mentions[0].time: missing field"),
])
def test_bad_json_names_the_bad_field(chron: timeline.Chronology, tmp_path: pathlib.Path, edit, message: str) -> None:
    path = _broken(chron, tmp_path, edit)
    with pytest.raises(timeline.ExportError) as info:
        timeline.Chronology.from_json(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_unreadable_json_raises_export_error(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1,', encoding="utf-8")
    with pytest.raises(timeline.ExportError, match=r"bad.json: not valid JSON \(.* line 1"):
        timeline.Chronology.from_json(bad)
    with pytest.raises(timeline.ExportError, match="cannot read"):
        timeline.Chronology.from_json(tmp_path / "missing.json")
    with pytest.raises(timeline.ExportError, match="expected a JSON object, found a list"):
        timeline.Chronology.from_json(_write(tmp_path / "list.json", "[1, 2]"))
    with pytest.raises(timeline.InputError):
        timeline.Chronology.from_json(42)  # type: ignore[arg-type]


def _write(path: pathlib.Path, text: str) -> pathlib.Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_writing_into_a_missing_folder_raises_export_error(chron: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    with pytest.raises(timeline.ExportError, match="cannot write"):
        chron.to_json(tmp_path / "no" / "such" / "dir" / "c.json")


# -- TimelineJS -----------------------------------------------------------------------------

def test_timelinejs_has_one_valid_slide_per_dated_event(chron: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "timeline.json"
    data = chron.to_timelinejs(path)
    assert json.loads(path.read_text(encoding="utf-8")) == data
    validate_timelinejs(data)
    assert len(data["events"]) == len(chron.events)
    for slide, event in zip(data["events"], chron.events):
        assert event.interval is not None
        start = event.interval.start
        assert {k: slide["start_date"][k] for k in ("year", "month", "day")} == \
            {"year": start.year, "month": start.month, "day": start.day}
        assert set(slide["text"]) == {"headline", "text"}
        assert slide["text"]["headline"] and slide["text"]["text"]
        assert slide["unique_id"] == event.id
        # bars in the chart are spans in TimelineJS too
        assert ("end_date" in slide) == (time_precision(event.granularity) != 1)
    assert "headline" in data["title"]["text"]


def test_timelinejs_headlines_are_labels_and_keep_arabic_readable(chron: timeline.Chronology) -> None:
    from timeline.present import event_label

    slides = {s["unique_id"]: s for s in chron.to_timelinejs()["events"]}
    for e in chron.events:
        head = slides[e.id]["text"]["headline"]
        assert head.startswith(LRI) and head.endswith(PDI)
        assert head.replace(RLI, "").replace(LRI, "").replace(PDI, "") == event_label(e)
        assert '<p dir="rtl">' in slides[e.id]["text"]["text"]  # the title sentence, right to left
    e = next(e for e in chron.events if e.location)
    assert f"{RLI}{e.location}{PDI}" in slides[e.id]["text"]["headline"]  # an Arabic name isolated
    ar = {s["unique_id"]: s for s in chron.to_timelinejs(language="ar")["events"]}
    assert all(s["text"]["headline"].startswith(RLI) for s in ar.values())


def test_timelinejs_lists_undated_events_on_the_title_slide(chron: timeline.Chronology) -> None:
    title = chron.to_timelinejs()["title"]["text"]["text"]
    assert f"Undated reports ({len(chron.undated)})" in title


def test_timelinejs_escapes_article_text() -> None:
    chron = timeline.build_chronology([timeline.Article(
        id="x", text="قتل جنديان في هجوم يوم السبت الماضي <img src=x onerror=alert(1)>.", published="2025-12-20")])
    slide = chron.to_timelinejs()["events"][0]
    assert "<img" not in json.dumps(slide, ensure_ascii=False)
    assert "&lt;img src=x onerror=alert(1)&gt;" in slide["text"]["text"]


@pytest.mark.parametrize("data", [
    {},
    {"events": [{"text": {"headline": "x"}}]},
    {"events": [{"start_date": {"year": "2025"}, "text": {"headline": "x"}}]},
    {"events": [{"start_date": {"year": 2025, "month": 13}, "text": {"headline": "x"}}]},
    {"events": [{"start_date": {"year": 2025}}]},
    {"events": [{"start_date": {"year": 2025}, "text": {"headline": "a"}, "unique_id": "u"},
                {"start_date": {"year": 2025}, "text": {"headline": "b"}, "unique_id": "u"}]},
])
def test_timelinejs_validation_rejects_what_timelinejs_cannot_load(data: dict) -> None:
    with pytest.raises(timeline.ExportError):
        validate_timelinejs(data)


# -- CSV ------------------------------------------------------------------------------------

def _read_csv(path: pathlib.Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_writes_events_and_a_sibling_mentions_table(chron: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    events_path, mentions_path = chron.to_csv(tmp_path / "events.csv")
    assert events_path == tmp_path / "events.csv"
    assert mentions_path == tmp_path / "events_mentions.csv"
    assert events_path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then show Arabic right
    events = _read_csv(events_path)
    assert list(events[0]) == list(EVENT_COLUMNS)
    assert len(events) == len(chron.events) + len(chron.undated)
    for row, e in zip(events, chron.all_events):
        assert row["event_id"] == e.id
        assert row["n_sources"] == str(len(e.outlets)) and row["n_articles"] == str(len(e.sources))
        assert row["sources"] == "; ".join(e.outlets)
        assert row["title"] == e.title
        if e.interval is None:
            assert row["start"] == row["end"] == row["time_precision"] == ""
        else:
            assert row["start"] == e.interval.start.isoformat(timespec="minutes")
            assert row["event_date"] == e.interval.start.date().isoformat()
            assert row["granularity"] == e.granularity.value  # type: ignore[union-attr]


def test_csv_time_precision_follows_acled(chron: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    events = _read_csv(chron.to_csv(tmp_path / "events.csv")[0])
    expected = {"minute": "1", "hour": "1", "part_of_day": "1", "day": "1", "weekend": "2", "week": "2",
                "month": "3", "quarter": "3", "season": "3", "year": "3", "decade": "3", "century": "3"}
    dated = [r for r in events if r["granularity"]]
    assert dated and all(r["time_precision"] == expected[r["granularity"]] for r in dated)
    assert {r["time_precision"] for r in dated} >= {"1", "3"}
    assert [time_precision(g) for g in (Granularity.DAY, Granularity.WEEKEND, Granularity.MONTH, None)] == [1, 2, 3, None]


def test_csv_mentions_point_into_the_articles(chron: timeline.Chronology, texts: dict[str, str],
                                             tmp_path: pathlib.Path) -> None:
    rows = _read_csv(chron.to_csv(tmp_path / "events.csv")[1])
    assert list(rows[0]) == list(MENTION_COLUMNS)
    assert len(rows) == sum(len(e.mentions) for e in chron.all_events)
    for r in rows:
        text = texts[r["article_id"]]
        assert text[int(r["char_start"]):int(r["char_end"])] == r["text"]
        if r["time_text"]:
            assert text[int(r["time_char_start"]):int(r["time_char_end"])] == r["time_text"]
            assert r["time_explanation"].startswith(f"'{r['time_text']}'")
    assert {r["event_id"] for r in rows} == {e.id for e in chron.all_events}


def test_csv_reads_back_into_pandas(chron: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    import pandas as pd

    events_path, mentions_path = chron.to_csv(tmp_path / "events.csv")
    df = pd.read_csv(events_path)
    assert list(df.columns) == list(EVENT_COLUMNS)
    assert df["n_sources"].sum() == sum(len(e.outlets) for e in chron.all_events)
    assert df["n_articles"].sum() == sum(len(e.sources) for e in chron.all_events)
    assert len(pd.read_csv(mentions_path)) == sum(len(e.mentions) for e in chron.all_events)


def test_csv_without_bom(chron: timeline.Chronology, tmp_path: pathlib.Path) -> None:
    path, _ = chron.to_csv(tmp_path / "plain.csv", bom=False)
    assert path.read_text(encoding="utf-8").startswith("event_id,")
