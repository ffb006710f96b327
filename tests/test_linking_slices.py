"""Linking in slices of time gives what linking the whole corpus gives (timeline.linking.slices,
the pieces timeline.dask runs on workers), and the hooks it needs leave the default path as
it was."""

from __future__ import annotations

import pickle
from datetime import datetime, timedelta

import pytest

import timeline
from timeline.chronology import _prepare, assemble, copies
from timeline.linking import LinkSettings, _discriminative, _keys, link_events, score_pairs
from timeline.linking.candidates import candidate_pairs, window
from timeline.linking.features import Corpus
from timeline.linking.slices import (boundaries, corpus_counts, link_by_slices, merge_corpus, slices_of,
                                     windows)
from timeline.settings import Settings

from .conftest import SEEDS
from .corpus_gen import generate


def _events(articles):
    evs, infos = [], []
    for a in articles:
        d, info = _prepare(a, Settings())
        evs.extend(d)
        infos.append(info)
    original = copies(infos)
    own = sorted((e for e in evs if e.article_id not in original), key=lambda e: (e.article_id, e.index))
    return own, evs, tuple(infos)


@pytest.fixture(scope="module")
def generated():
    return _events(generate(160, seed=7))


@pytest.fixture(scope="module")
def seeds():
    return _events(timeline.read_articles(SEEDS))


def test_corpus_of_parts_is_the_corpus(generated):
    own = generated[0]
    whole = Corpus(own)
    merged = merge_corpus(corpus_counts(own[k::3]) for k in range(3))
    assert merged.df == whole.df and merged.n == whole.n
    w = sorted(whole.df)[5]
    assert merged.idf(w[0], w[1]) == whole.idf(w[0], w[1])


def test_only_slices_the_sweep_in_its_order(generated):
    """The pairs of a slice of time (its events: every one whose window touches it) are
    the whole sweep's pairs whose later event starts in it, in the whole sweep's order."""
    own = generated[0]
    s = LinkSettings()
    corpus = Corpus(own)
    keys = _discriminative([_keys(e, corpus) for e in own])
    kw = dict(tolerance=s.clock_tolerance, reach=s.undated_reach, background_reach=s.background_reach)
    whole = list(candidate_pairs(own, keys, **kw))
    assert len(whole) > 100
    wins = windows(own, s)
    bounds = boundaries([w[0] for w in wins], 5)
    assert len(bounds) == 4
    got = []
    for number in range(len(bounds) + 1):
        members = [i for i, w in enumerate(wins) if number in slices_of(w, bounds)]
        sub = [own[i] for i in members]
        mine = [slices_of(wins[i], bounds)[0] == number for i in members]
        got += [(members[i], members[j]) for i, j in
                candidate_pairs(sub, [keys[i] for i in members], only=mine.__getitem__, **kw)]
    assert got == whole


def test_score_pairs_defaults_unchanged(generated):
    own = generated[0]
    corpus = Corpus(own)
    keys = _discriminative([_keys(e, corpus) for e in own])
    default = score_pairs(own)
    explicit = score_pairs(own, LinkSettings(), corpus=corpus, keys=keys)
    assert list(default.items()) == list(explicit.items())
    assert all(0.0 <= p <= 1.0 for p in default.values())


@pytest.mark.parametrize("nslices,bucket", [(1, 7), (3, 7), (17, 1), (60, 7)])
def test_link_by_slices_equals_link_events(generated, seeds, nslices, bucket):
    for own, _, _ in (generated, seeds):
        assert link_by_slices(own, nslices=nslices, bucket=timedelta(days=bucket)) == link_events(own)


def test_assemble_with_a_linker_is_assemble(generated):
    own, evs, infos = generated
    groups = link_by_slices(own, nslices=5)
    a = assemble(list(evs), None, infos)
    b = assemble(list(reversed(evs)), None, infos, linker=lambda o: groups)
    assert a == b
    assert len(a.all_events) >= len(groups) > 100  # (copies' events join their originals')


def test_slices_of_covers_touching_windows():
    bounds = [datetime(2025, 1, 8), datetime(2025, 1, 15), datetime(2025, 1, 22)]
    assert list(slices_of((datetime(2025, 1, 1), datetime(2025, 1, 2)), bounds)) == [0]
    assert list(slices_of((datetime(2025, 1, 7), datetime(2025, 1, 16)), bounds)) == [0, 1, 2]
    assert list(slices_of((datetime(2025, 1, 8), datetime(2025, 1, 8)), bounds)) == [1]
    assert list(slices_of((datetime.min, datetime.max), bounds)) == [0, 1, 2, 3]
    # four slices of four weeks of starts, cut on Mondays
    assert boundaries([datetime(2025, 1, d) for d in range(1, 29)], 4) == [
        datetime(2025, 1, 6), datetime(2025, 1, 13), datetime(2025, 1, 20)]
    assert boundaries([datetime(2025, 1, d) for d in range(1, 29)], 4, timedelta(days=1)) == [
        datetime(2025, 1, 8), datetime(2025, 1, 15), datetime(2025, 1, 22)]


def test_window_of_undated_reaches_back(seeds):
    own = seeds[0]
    s = LinkSettings()
    for e in own:
        lo, hi = window(e, s.clock_tolerance, s.undated_reach, s.background_reach)
        assert lo < hi


def test_settings_pickle():
    s = Settings(week_start="saturday", weekend="fri-sat", parts_of_day={"TEV": (18, 24)})
    t = pickle.loads(pickle.dumps(s))
    assert t == s and t.parts_of_day["TEV"] == (18, 24) and t.week_start == 6
    with pytest.raises(TypeError):
        t.parts_of_day["TEV"] = (1, 2)  # still read-only
