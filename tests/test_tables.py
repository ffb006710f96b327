"""The events and mentions tables: DataFrames with real types, ACLED's column names, and a
CSV export that writes the same columns and values."""

from __future__ import annotations

import ast
import pathlib
from datetime import datetime, timezone

import pandas as pd
import pytest

import timeline
from timeline.tables import EVENT_COLUMNS, MENTION_COLUMNS


ACLED = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities",
         "time_precision", "source", "notes", "country", "latitude", "longitude"]


@pytest.fixture(scope="module")
def chron(seed_chronology: timeline.Chronology) -> timeline.Chronology:
    return seed_chronology


@pytest.fixture(scope="module")
def small() -> timeline.Chronology:
    """One attack told by three articles of two outlets, and a statement about another
    attack that no report dates (the main happening of its article)."""
    return timeline.build_chronology([
        timeline.Article(id="a1", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20",
                         source="A", url="https://a.example/1"),
        timeline.Article(id="a2", text="قتل جنديان أمريكيان في هجوم قرب تدمر يوم السبت الماضي.",
                         published="2025-12-20T09:30:00+03:00", source="A"),
        timeline.Article(id="b", text="Two soldiers were killed in an attack near Palmyra last Saturday.",
                         published="2025-12-20", source="B"),
        timeline.Article(id="c", text="قال البنتاغون إن هجوما آخر وقع قرب دير الزور.", published="2025-12-20", source="C"),
    ])


def test_events_frame_has_real_types(chron: timeline.Chronology) -> None:
    df = chron.to_dataframe()
    assert list(df.columns) == list(EVENT_COLUMNS)
    kinds = {c: df[c].dtype.kind for c in ("event_date", "start", "end")}
    assert kinds == {"event_date": "M", "start": "M", "end": "M"}
    assert str(df["dated"].dtype) == "bool"
    assert {str(df[c].dtype) for c in ("time_precision", "fatalities")} == {"Int64"}
    assert {str(df[c].dtype) for c in ("latitude", "longitude")} == {"Float64"}
    assert {str(df[c].dtype) for c in ("n_sources", "n_articles", "n_mentions")} == {"int64"}
    for col in ("sources", "articles", "source_urls", "classes", "conflicts"):
        assert all(isinstance(v, list) for v in df[col])


def test_one_row_per_event_and_a_dated_flag_that_matches_the_chart(chron: timeline.Chronology) -> None:
    df = chron.to_dataframe()
    assert list(df["event_id"]) == [e.id for e in chron.all_events]
    dated = df[df["dated"]]
    drawn = [i for t in chron.plot().data if t.xaxis == "x" and t.customdata is not None for i in t.customdata]
    assert len(dated) == len(chron.events) == len(drawn)
    assert sorted(dated["event_id"]) == sorted(drawn)
    undated = df[~df["dated"]]
    assert list(undated["event_id"]) == [e.id for e in chron.undated]
    assert undated["event_date"].isna().all() and undated["time_precision"].isna().all()
    assert (dated["event_date"] == dated["start"].dt.normalize()).all()


def test_acled_columns_hold_acled_meanings(small: timeline.Chronology) -> None:
    df = small.to_dataframe()
    assert set(ACLED) <= set(df.columns)
    attack = df.iloc[0]
    assert attack.event_date == pd.Timestamp("2025-12-13") and attack.time_precision == 1
    assert (attack.event_type, attack.type) == ("Attack", "violence") and pd.isna(attack.sub_event_type)
    assert attack.location == "تدمر" and attack.country == "Syria" and attack.place_id == "geonames:163808"
    assert round(attack.latitude, 1) == 34.6 and round(attack.longitude, 1) == 38.3
    assert attack.fatalities == 2 and attack.notes == attack.title == small.events[0].title
    assert attack.label == "Attack · تدمر · 2 killed"
    other = df.iloc[1]  # "another attack near Deir ez-Zor": its article's news, undated
    assert (other.date_basis, other.value, other.time_precision) == ("publication", "2025-12-19/2025-12-20", 2)
    assert other.event_date == pd.Timestamp("2025-12-19") and other.location == "دير الزور"
    statement = df.iloc[2]
    assert (statement.event_type, statement.sub_event_type) == ("Statement", "Said")
    assert (statement.actor1, statement.actor1_id) == ("Military Forces of the United States", "US-MILITARY")
    assert pd.isna(statement.fatalities) and statement.date_basis == "publication"
    assert statement.about == other.event_id


def test_sources_are_distinct_outlets_and_articles_are_counted_apart(small: timeline.Chronology) -> None:
    attack = small.to_dataframe().iloc[0]
    assert (attack.n_sources, attack.n_articles) == (2, 3)
    assert attack.source == "A; B"  # as ACLED writes its source column
    assert attack.sources == ["A", "B"] and attack.articles == ["a1", "a2", "b"]
    assert attack.source_urls == ["https://a.example/1"]


def test_mentions_frame_has_typed_offsets_and_aware_publication_times(small: timeline.Chronology) -> None:
    mdf = small.mentions_dataframe()
    assert list(mdf.columns) == list(MENTION_COLUMNS)
    assert len(mdf) == sum(len(e.mentions) for e in small.all_events)
    assert str(mdf["published"].dtype.tz) == "UTC"
    assert {str(mdf[c].dtype) for c in ("char_start", "char_end")} == {"int64"}
    assert {str(mdf[c].dtype) for c in ("trigger_start", "trigger_end", "time_char_start", "time_char_end")} == {"Int64"}
    assert {mdf[c].dtype.kind for c in ("time_start", "time_end")} == {"M"}
    by_article = mdf.groupby("article_id")["published"].first()
    assert by_article["a2"] == pd.Timestamp("2025-12-20 06:30", tz="UTC")  # 09:30 at +03:00
    assert by_article["a1"] == pd.Timestamp("2025-12-20", tz="UTC")  # a day alone: taken as UTC
    texts = {"a1": "قتل جنديان في هجوم قرب تدمر يوم السبت الماضي."}
    rows = mdf[(mdf.article_id == "a1") & (mdf.event_id == "E0001")]
    assert {(r.trigger, r.type, r.event_type) for r in rows.itertuples()} == {
        ("قتل", "outcome.death", "Outcome"), ("هجوم", "violence", "Attack")}
    row = rows.iloc[0]
    assert texts["a1"][row.trigger_start:row.trigger_end] == row.trigger
    assert row.time_text == "يوم السبت الماضي" and row.time_start == pd.Timestamp("2025-12-13")


def test_seed_publication_time_keeps_its_offset(chron: timeline.Chronology) -> None:
    mdf = chron.mentions_dataframe()
    first = mdf[mdf.article_id == "000_65d1f81cfa7fcc71"]["published"].iloc[0]
    assert first == pd.Timestamp("2025-12-19 22:34", tz="UTC")  # 2025-12-20T01:34:00+03:00


def _parse(series: pd.Series, kind: str) -> list:
    """A CSV column back into the values of its DataFrame column."""
    out = []
    for v in series:
        if v == "":
            out.append(None)
        elif kind == "date":
            out.append(datetime.fromisoformat(v))
        elif kind == "datetime":
            out.append(datetime.fromisoformat(v))
        elif kind == "utc":
            out.append(datetime.fromisoformat(v).astimezone(timezone.utc))
        elif kind in ("int", "Int64"):
            out.append(int(v))
        elif kind == "Float64":
            out.append(float(v))
        elif kind == "bool":
            out.append({"true": True, "false": False}[v])
        elif kind == "list":
            out.append(v.split("; "))
        else:
            out.append(v)
    return out


def _values(series: pd.Series, kind: str) -> list:
    out = []
    for v in series:
        if kind == "list":
            out.append(list(v) or None)
        elif v is None or v is pd.NA or v is pd.NaT or (not isinstance(v, (list, str)) and pd.isna(v)):
            out.append(None)
        elif isinstance(v, pd.Timestamp):
            out.append(v.to_pydatetime())
        else:
            out.append(v.item() if hasattr(v, "item") else v)
    return out


@pytest.mark.parametrize("which", ["events", "mentions"])
def test_to_csv_writes_what_the_dataframes_hold(small: timeline.Chronology, tmp_path: pathlib.Path,
                                                which: str) -> None:
    paths = dict(zip(("events", "mentions"), small.to_csv(tmp_path / "events.csv")))
    frame = small.to_dataframe() if which == "events" else small.mentions_dataframe()
    columns = EVENT_COLUMNS if which == "events" else MENTION_COLUMNS
    csv = pd.read_csv(paths[which], dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(csv.columns) == list(frame.columns) == list(columns)
    for col, kind in columns.items():
        got, want = _parse(csv[col], kind), _values(frame[col], kind)
        if kind == "Float64":
            assert [round(g, 6) if g is not None else None for g in got] == \
                   [round(w, 6) if w is not None else None for w in want], col
        else:
            assert got == want, col


def test_an_empty_chronology_gives_empty_typed_tables() -> None:
    empty = timeline.Chronology(events=())
    df, mdf = empty.to_dataframe(), empty.mentions_dataframe()
    assert len(df) == len(mdf) == 0
    assert list(df.columns) == list(EVENT_COLUMNS) and str(df["fatalities"].dtype) == "Int64"
    assert df["start"].dtype.kind == "M" and str(mdf["published"].dtype.tz) == "UTC"


# -- the output modules do not import each other in a circle --------------------------------

PACKAGE = pathlib.Path(timeline.__file__).parent
OUTPUTS = ("chronology", "present", "tables", "export", "viz", "cli")


def _imports(module: str) -> set[str]:
    """The modules of the package ``timeline/<module>.py`` imports, at any level (inside
    functions too), type-checking-only imports left out."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out.add((node.module or "").split(".")[0] or "__init__")
            if not node.module:
                out |= {a.name for a in node.names}
    return out & set(OUTPUTS)


def test_the_chronology_is_data_and_imports_no_exporter_or_chart() -> None:
    assert _imports("chronology") == set()
    assert _imports("present") == set()
    assert _imports("tables") == {"chronology", "present"}
    assert _imports("export") == {"chronology", "present", "tables"}
    assert _imports("viz") == {"chronology", "present"}


def test_the_output_modules_import_no_cycle() -> None:
    graph = {m: _imports(m) for m in OUTPUTS}
    done: set[str] = set()

    def visit(m: str, path: tuple[str, ...]) -> None:
        assert m not in path, " -> ".join(path + (m,))
        if m in done:
            return
        for n in graph[m]:
            visit(n, path + (m,))
        done.add(m)

    for m in OUTPUTS:
        visit(m, ())


def test_every_output_method_is_provided() -> None:
    from timeline.chronology import _OUTPUTS

    assert set(_OUTPUTS) == {"to_dataframe", "mentions_dataframe", "plot", "to_html", "to_json", "from_json",
                             "to_timelinejs", "to_csv"}
