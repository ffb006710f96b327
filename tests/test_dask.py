"""timeline.dask: the chronology built on a Dask cluster is the single-process one, whatever
the partitioning (issue 15)."""

from __future__ import annotations

import pickle
import random
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

import timeline  # noqa: E402
from timeline.dask import (ARTICLE_SCHEMA, MENTION_SCHEMA, DaskChronology, build_chronology,  # noqa: E402
                           extract_mentions)
from timeline.linking import LinkSettings  # noqa: E402
from timeline.model import ArticleEvent  # noqa: E402

from .conftest import ROOT, SEEDS  # noqa: E402
from .corpus_gen import generate  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None, silence_logs=40) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def _frame(articles) -> "pd.DataFrame":
    return pd.DataFrame([dict(id=a.id, text=a.text, published=a.published, source=a.source, url=a.url,
                              lang=a.lang) for a in articles])


@pytest.fixture(scope="module")
def seed_articles():
    return timeline.read_articles(SEEDS)


@pytest.fixture(scope="module")
def generated():
    return generate(150, seed=11)


def _check(articles, n, client, **kw):
    ref = timeline.build_chronology(articles)
    pdf = _frame(articles)
    ddf = dd.from_pandas(pdf.sample(frac=1, random_state=n), npartitions=n, sort=False)
    chron = build_chronology(extract_mentions(ddf), npartitions=n, **kw)
    assert isinstance(chron, DaskChronology)
    events, mentions = chron.compute()
    pd.testing.assert_frame_equal(events, ref.to_dataframe())
    pd.testing.assert_frame_equal(mentions, ref.mentions_dataframe())
    arts = chron.articles.compute()
    assert sorted(arts.loc[arts["skipped"].isna(), "id"]) == [i.id for i in ref.articles]
    return ref, events


@pytest.mark.parametrize("n", [1, 3, 17])
def test_seeds_equal_single_process(seed_articles, client, n):
    ref, events = _check(seed_articles, n, client)
    assert len(events) == len(ref.all_events) > 10
    assert events["event_id"].iloc[0] == "E0001"


@pytest.mark.parametrize("n", [1, 3, 17])
def test_generated_corpus_equals_single_process(generated, client, n):
    ref, events = _check(generated, n, client)
    assert len(generated) == 150
    assert (events["n_articles"] > 1).sum() > 20  # reports linked across articles
    assert len(events) == len(ref.all_events) > 100


def test_other_link_settings_and_buckets(generated, client):
    from datetime import timedelta

    link = LinkSettings(threshold=0.3, clock_tolerance=timedelta(hours=30))
    ref = timeline.build_chronology(generated, link=link)
    ddf = dd.from_pandas(_frame(generated), npartitions=4)
    got = build_chronology(extract_mentions(ddf), link=link, bucket=timedelta(days=1), npartitions=9)
    events, mentions = got.compute()
    pd.testing.assert_frame_equal(events, ref.to_dataframe())
    pd.testing.assert_frame_equal(mentions, ref.mentions_dataframe())


def test_mentions_repartitioned(generated, client):
    """The rows of one article may lie in several partitions of mentions (after a
    repartition or a shuffle): the chronology is the same."""
    ddf = dd.from_pandas(_frame(generated), npartitions=3)
    rows = extract_mentions(ddf).compute().sample(frac=1, random_state=5).reset_index(drop=True)
    with __import__("dask").config.set({"dataframe.convert-string": False}):
        mentions = dd.from_pandas(rows, npartitions=5, sort=False)
    events, table = build_chronology(mentions).compute()
    ref = timeline.build_chronology(generated)
    pd.testing.assert_frame_equal(events, ref.to_dataframe())
    pd.testing.assert_frame_equal(table, ref.mentions_dataframe())


def test_mention_rows(seed_articles, client):
    pdf = _frame(seed_articles[:2] + [timeline.Article(id="empty", text="  ", published="2025-01-01"),
                                      timeline.Article(id="quiet", text="The weather was fine.", published="2025-01-01")])
    m = extract_mentions(dd.from_pandas(pdf, npartitions=2)).compute()
    assert list(m.columns) == list(MENTION_SCHEMA)
    ref = timeline.build_chronology(seed_articles[:2])
    assert len(m[m["event_index"] >= 0]) == sum(len(e.mentions) for e in ref.all_events)
    assert m.loc[m["article_id"] == "empty", "skipped"].tolist() == ["empty text"]
    quiet = m[m["article_id"] == "quiet"]
    assert quiet["event_index"].tolist() == [-1] and quiet["skipped"].isna().all()
    first = m[(m["event_index"] >= 0) & (m["mention_index"] == 0)]
    e = pickle.loads(first["event"].iloc[0])
    assert isinstance(e, ArticleEvent) and (e.article_id, e.index) == tuple(first.iloc[0][["article_id", "event_index"]])


def test_errors_skip_and_raise(seed_articles, client):
    bad = timeline.Article(id="nodate", text="Gunmen attacked a checkpoint on Saturday.")
    arts = list(seed_articles) + [bad]
    ddf = dd.from_pandas(_frame(arts), npartitions=2)
    with pytest.raises(timeline.ArticleError, match="nodate"):
        extract_mentions(ddf).compute()
    chron = build_chronology(extract_mentions(ddf, errors="skip"))
    events, mentions = chron.compute()
    with pytest.warns(timeline.TimelineWarning, match="nodate"):
        ref = timeline.build_chronology(arts, errors="skip")
    pd.testing.assert_frame_equal(events, ref.to_dataframe())
    a = chron.articles.compute()
    assert a.loc[a["id"] == "nodate", "skipped"].str.contains("no publication date").all()
    assert list(a.columns) == list(ARTICLE_SCHEMA)


def test_typed_input_errors(seed_articles, client):
    ddf = dd.from_pandas(_frame(seed_articles), npartitions=1)
    with pytest.raises(timeline.InputError):
        extract_mentions(ddf, errors="ignore")
    with pytest.raises(timeline.InputError):
        extract_mentions(_frame(seed_articles))
    with pytest.raises(timeline.InputError, match="text"):
        extract_mentions(ddf[["id", "published"]])
    m = extract_mentions(ddf)
    with pytest.raises(timeline.InputError):
        build_chronology(m, link="strict")
    with pytest.raises(timeline.InputError):
        build_chronology(m, npartitions=0)
    with pytest.raises(timeline.InputError):
        build_chronology(ddf)
    twice = dd.from_pandas(pd.concat([_frame(seed_articles[:1])] * 2), npartitions=2)
    with pytest.raises(timeline.ArticleError, match="share the id"):
        build_chronology(extract_mentions(twice)).compute()


def test_pickling_round_trips(seed_articles):
    from timeline.chronology import _prepare
    from timeline.linking.slices import SliceResult, with_model

    settings = timeline.Settings(week_start="saturday", parts_of_day={"TEV": (18, 24)})
    assert pickle.loads(pickle.dumps(settings)) == settings
    link = with_model(LinkSettings(threshold=0.4))
    assert pickle.loads(pickle.dumps(link)) == link
    events, info = _prepare(seed_articles[0], settings)
    assert pickle.loads(pickle.dumps((events, info))) == (events, info)
    r = SliceResult(2, ((("a", 0), ("b", 1), 0.75),))
    assert pickle.loads(pickle.dumps(r)) == r
    err = pickle.loads(pickle.dumps(timeline.ArticleError("article 'x': bad")))
    assert isinstance(err, timeline.TimelineError) and str(err) == "article 'x': bad"


def test_data_loads_once_per_worker(generated, client):
    ddf = dd.from_pandas(_frame(generated), npartitions=6)
    build_chronology(extract_mentions(ddf), npartitions=6).compute()

    def state():
        from timeline.events import gazetteer
        from timeline.lang import get_language
        from timeline.linking.slices import _shipped_model

        return id(gazetteer._GAZ), get_language.cache_info().misses, _shipped_model.cache_info().misses

    first = client.run(state)
    build_chronology(extract_mentions(ddf), npartitions=6).compute()
    again = client.run(state)
    assert len(first) == 2
    for worker, (gaz, langs, models) in again.items():
        assert gaz == first[worker][0]  # the same gazetteer object: not reloaded
        assert langs == first[worker][1] <= 3  # each language's data once
        assert models <= 1  # the link model read once


def test_core_never_imports_dask():
    code = "import timeline, sys; timeline.build_chronology('examples/seeds'); assert 'dask' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
