"""Linking in slices of time, with the same result as :func:`timeline.linking.link_events`.

The pieces :mod:`timeline.dask` runs on workers, in plain Python (no Dask here, so they
are tested and usable without it):

1. **Global statistics.**  The word statistics (:class:`~.features.Corpus`) and the
   counts of blocking keys (:func:`~timeline.linking.common_keys`) are those of the whole
   corpus: :func:`corpus_counts` and :func:`key_counts` count a part, the sums of the
   parts are the whole's.
2. **Slices.**  Time is cut at :func:`boundaries` into slices.  Each article event goes
   to every slice its candidate window (:func:`~.candidates.window`: its interval, or
   its article's reach for an undated one, widened by the clock tolerance) touches, so a
   slice holds every event that can be compared with an event whose window starts in it.
3. **Pairs.**  :func:`score_slice` sweeps a slice's events and scores only the pairs it
   owns, those whose later event's window starts in it, with the global statistics:
   each pair is scored once, with the score the whole corpus gives it, and the slices'
   pairs one after the other come in the order the whole corpus's sweep gives them.
4. **Groups.**  :func:`link_slices` feeds the pairs in that order to the same
   average-linkage clustering, so even the floating-point sums are the same, then joins
   statements as :func:`~.statements.join_statements` does (from each event's
   :func:`~.statements.facts_of`, taken where the event's article lies).

>>> link_by_slices([], nslices=3)
[]
>>> slices_of((datetime(2025, 1, 2), datetime(2025, 1, 9)), [datetime(2025, 1, 6), datetime(2025, 2, 3)])
range(0, 2)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Iterable, Mapping, Optional, Sequence

import attrs

from ..model import ArticleEvent
from .candidates import window
from ..cluster import cluster
from .features import Corpus
from .model import LinkModel, LinkSettings, load_model
from .statements import Facts, facts_of, join_statements

__all__ = ["Key", "SliceResult", "corpus_counts", "merge_corpus", "key_counts", "merge_counts",
           "windows", "boundaries", "slices_of", "score_slice", "link_slices", "link_by_slices",
           "with_model"]

#: An article event's identity: (article id, index).
Key = tuple[str, int]

_EPOCH = datetime(2000, 1, 3)  # a Monday: weekly buckets start on Mondays


@lru_cache(maxsize=1)
def _shipped_model() -> LinkModel:
    return load_model()


def with_model(link: Optional[LinkSettings]) -> LinkSettings:
    """``link`` with its model resolved; the shipped weights are read once per process."""
    link = link or LinkSettings()
    return link if link.model is not None else attrs.evolve(link, model=_shipped_model())


def _key(e: ArticleEvent) -> Key:
    return (e.article_id, e.index)


def corpus_counts(events: Iterable[ArticleEvent]) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """The document frequencies and event counts of :class:`Corpus`, for a part."""
    c = Corpus(list(events))
    return c.df, c.n


def merge_corpus(parts: Iterable[tuple[dict[tuple[str, str], int], dict[str, int]]]) -> Corpus:
    """The corpus of the parts together."""
    df: dict[tuple[str, str], int] = {}
    n: dict[str, int] = {}
    for pdf, pn in parts:
        for k, v in pdf.items():
            df[k] = df.get(k, 0) + v
        for k, v in pn.items():
            n[k] = n.get(k, 0) + v
    return Corpus.from_counts(df, n)


def key_counts(events: Iterable[ArticleEvent], corpus: Corpus) -> tuple[dict[str, int], int]:
    """How many events of a part carry each blocking key, and how many events it has."""
    from . import _keys

    count: dict[str, int] = {}
    n = 0
    for e in events:
        n += 1
        for k in _keys(e, corpus):
            count[k] = count.get(k, 0) + 1
    return count, n


def merge_counts(parts: Iterable[tuple[dict[str, int], int]]) -> frozenset[str]:
    """The keys too common to block on, from the parts' :func:`key_counts`."""
    from . import common_keys

    count: dict[str, int] = {}
    total = 0
    for c, n in parts:
        total += n
        for k, v in c.items():
            count[k] = count.get(k, 0) + v
    return frozenset(common_keys(count, total))


def windows(events: Sequence[ArticleEvent], link: Optional[LinkSettings] = None) -> list[tuple[datetime, datetime]]:
    """The candidate window of each event (see :func:`~.candidates.window`)."""
    s = link or LinkSettings()
    return [window(e, s.clock_tolerance, s.undated_reach, s.background_reach, names=True) for e in events]


def boundaries(starts: Iterable[datetime], nslices: int, bucket: timedelta = timedelta(days=7)) -> list[datetime]:
    """Where to cut time into at most ``nslices`` slices with about as many window starts
    each; cuts fall on multiples of ``bucket`` (weeks from a Monday by default).  Any cuts
    give the same links; these balance the work."""
    xs = sorted(starts)
    if nslices <= 1 or not xs or bucket <= timedelta(0):
        return []
    cuts: set[datetime] = set()
    for k in range(1, nslices):
        t = xs[min(len(xs) - 1, k * len(xs) // nslices)]
        try:
            cut = _EPOCH + ((t - _EPOCH) // bucket) * bucket
        except OverflowError:
            continue
        if xs[0] < cut:
            cuts.add(cut)
    return sorted(cuts)


def slices_of(win: tuple[datetime, datetime], bounds: Sequence[datetime]) -> range:
    """The slices (numbers) a window ``[lo, hi)`` touches: the one its start lies in and
    every later one that begins before it ends."""
    first = bisect_right(bounds, win[0])
    return range(first, max(first, bisect_left(bounds, win[1])) + 1)


@attrs.frozen
class SliceResult:
    """The pairs a slice owns, in the order the whole corpus's sweep scores them."""

    number: int
    pairs: tuple[tuple[Key, Key, float], ...]


def score_slice(events: Sequence[ArticleEvent], number: int, bounds: Sequence[datetime], corpus: Corpus,
                common: frozenset[str], link: Optional[LinkSettings] = None) -> SliceResult:
    """Score the pairs slice ``number`` owns; ``events`` must hold every event whose window
    touches it (others are harmless), in any order."""
    from . import _keys, impossible, score_pairs

    link = with_model(link)
    evs = sorted(events, key=_key)
    keys = [_keys(e, corpus) - common for e in evs]
    wins = windows(evs, link)
    own = [bisect_right(bounds, w[0]) == number for w in wins]
    scores = score_pairs(evs, link, corpus=corpus, keys=keys, only=own.__getitem__)
    for pair in impossible(evs, scores, link):  # as link_events does: such a pair scores 0
        scores[pair] = 0.0
    return SliceResult(number,
                       tuple((_key(evs[i]), _key(evs[j]), p) for (i, j), p in scores.items()))  # type: ignore[misc]


def link_slices(keys: Mapping[Key, Facts], results: Iterable[SliceResult],
                link: Optional[LinkSettings] = None) -> list[list[Key]]:
    """The groups (as keys) of the events ``keys`` (each with its
    :func:`~.statements.facts_of`) from the slices' pairs: what
    :func:`~timeline.linking.link_events` gives for those events."""
    link = with_model(link)
    order = sorted(keys)
    index = {k: i for i, k in enumerate(order)}
    scores: dict[tuple[int, int], float] = {}
    for r in sorted(results, key=lambda r: r.number):
        for a, b, p in r.pairs:
            scores[(index[a], index[b])] = p
    groups = cluster(len(order), scores, link.resolved_threshold())
    groups = join_statements(groups, [keys[k] for k in order], index, link.clock_tolerance)
    return [[order[i] for i in g] for g in groups]


def link_by_slices(events: Sequence[ArticleEvent], link: Optional[LinkSettings] = None, *,
                   nslices: int = 4, bucket: timedelta = timedelta(days=7),
                   parts: int = 3) -> list[list[int]]:
    """:func:`~timeline.linking.link_events` computed slice by slice in one process, the
    events cut into ``parts`` for the statistics (a reference for :mod:`timeline.dask`
    and its tests): the same groups of indices into ``events``."""
    link = with_model(link)
    chunks = [list(events[k::parts]) for k in range(max(1, parts))]
    corpus = merge_corpus(corpus_counts(c) for c in chunks)
    common = merge_counts(key_counts(c, corpus) for c in chunks)
    wins = windows(events, link)
    bounds = boundaries((w[0] for w in wins), nslices, bucket)
    members: list[list[ArticleEvent]] = [[] for _ in range(len(bounds) + 1)]
    for e, w in zip(events, wins):
        for s in slices_of(w, bounds):
            members[s].append(e)
    results = [score_slice(m, s, bounds, corpus, common, link) for s, m in enumerate(members)]
    where = {_key(e): i for i, e in enumerate(events)}
    groups = link_slices(dict(zip(map(_key, events), facts_of(events))), results, link)
    return sorted(sorted(where[k] for k in g) for g in groups)
