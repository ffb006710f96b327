"""Build a chronology with Dask: extraction per partition, linking per slice of time.

Needs the optional extra ``pip install timeline[dask]``; ``import timeline`` never imports
this module (nor Dask).

>>> import dask.dataframe as dd                                  # doctest: +SKIP
>>> from timeline.dask import extract_mentions, build_chronology  # doctest: +SKIP
>>> articles = dd.read_parquet("articles/")   # id, text, published, source, url, lang  # doctest: +SKIP
>>> mentions = extract_mentions(articles)     # one partition per input partition    # doctest: +SKIP
>>> events, mentions_table = build_chronology(mentions).compute()  # pandas         # doctest: +SKIP

The result is the one :func:`timeline.build_chronology` gives for the same articles,
whatever the partitioning (see ``docs/dask.md`` and :mod:`timeline.linking.slices`):

1. :func:`extract_mentions` reads each article (times, then events) in a
   ``map_partitions``: one row per event mention, readable columns plus the pickled
   article event (column ``event``, on the first mention of each) from which linking
   rebuilds it exactly.
2. :func:`build_chronology` adds up the word and blocking-key statistics of all
   partitions, cuts time into slices (on ``bucket`` boundaries, about as many events
   each), sends every article event to each slice its candidate window touches (so
   events that straddle a cut are met on both sides), scores in each slice the pairs
   whose later event starts there (each pair once, with the global statistics), then
   clusters all pairs in the order the single-process sweep gives them and numbers the
   events with the same code (:func:`timeline.chronology.assemble`).

Clustering and numbering run as one task (they need every group at once); extraction
and pair scoring, most of the work, run in parallel.
"""

from __future__ import annotations

import pickle
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Optional

import attrs

try:
    import dask
    import dask.dataframe as dd
    import pandas as pd
    from dask import delayed
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("timeline.dask needs Dask: pip install 'timeline[dask]'") from exc

from .chronology import ArticleInfo, Chronology, _failure, _prepare, _reason, assemble, copies
from .core import _check_settings
from .errors import ArticleError, InputError, TimelineError
from .io import ERROR_MODES, SkippedArticle
from .linking import LinkSettings
from .linking.statements import facts_of
from .linking.slices import (SliceResult, boundaries, corpus_counts, key_counts, link_slices, merge_corpus,
                             merge_counts, score_slice, slices_of, windows, with_model)
from .model import Article, ArticleEvent
from .settings import Settings

__all__ = ["MENTION_SCHEMA", "ARTICLE_SCHEMA", "DaskChronology", "extract_mentions", "build_chronology"]

#: The columns of :func:`extract_mentions` (one row per event mention), with their dtypes.
#: ``event_index`` is -1 on the one row of an article with no event: ``skipped`` then
#: says why it was left out, or is missing when it was read and told no event.  ``event``
#: holds the pickled :class:`~timeline.ArticleEvent` on the first mention of each (a
#: pickle: give :func:`build_chronology` only mentions you extracted yourself, with the
#: same version of timeline).
MENTION_SCHEMA: dict[str, str] = {
    "article_id": "object",
    "event_index": "int64",
    "mention_index": "int64",
    "kind": "object",
    "event_type": "object",
    "trigger": "object",
    "text": "object",
    "start": "int64",
    "end": "int64",
    "time_value": "object",
    "time_basis": "object",
    "lang": "object",
    "source": "object",
    "url": "object",
    "published": "object",
    "digest": "object",
    "skipped": "object",
    "event": "object",
}

#: The columns of :attr:`DaskChronology.articles`: every article read (``skipped``
#: missing) or left out (``skipped`` the reason).
ARTICLE_SCHEMA: dict[str, str] = {
    "id": "object", "source": "object", "url": "object", "published": "object", "lang": "object",
    "digest": "object", "skipped": "object",
}

_NEEDED = ("id", "text")


def _no_gc(fn):
    """Run a task with the cyclic garbage collector paused, as timeline.build_chronology
    does: the tasks make millions of small objects that all live on (no cycles to free),
    which the collector would rescan again and again (a third of the time otherwise)."""
    import functools
    import gc

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return run


def _empty(schema: dict[str, str]) -> "pd.DataFrame":
    return _typed({c: [] for c in schema}, schema)


def _typed(data: dict[str, list], schema: dict[str, str]) -> "pd.DataFrame":
    return pd.DataFrame({c: pd.Series(data[c], dtype=t) for c, t in schema.items()})


def _value(row: Any, name: str) -> Any:
    v = row.get(name) if hasattr(row, "get") else None
    if v is None:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, pd.Timestamp):
        return v.to_pydatetime()
    return v


def _article(row: Any) -> Article:
    published = _value(row, "published")
    return Article(id=str(_value(row, "id")), text=_value(row, "text") or "", published=published,
                   source=_value(row, "source"), url=_value(row, "url"), lang=_value(row, "lang"))


@_no_gc
def _extract_partition(frame: "pd.DataFrame", settings: Settings, errors: str) -> "pd.DataFrame":
    """The mention rows of one partition of articles (runs on a worker)."""
    cols: dict[str, list] = {c: [] for c in MENTION_SCHEMA}

    def add(**row: Any) -> None:
        for c in MENTION_SCHEMA:
            cols[c].append(row.get(c))

    def left_out(aid: str, reason: str, info: Optional[ArticleInfo] = None) -> None:
        add(article_id=aid, event_index=-1, mention_index=-1, start=-1, end=-1, skipped=reason,
            **({} if info is None else _info_cols(info)))

    failed: list[tuple[str, TimelineError]] = []
    seen: set[str] = set()
    for row in frame.to_dict("records"):
        aid = str(_value(row, "id"))
        if aid in seen:
            raise ArticleError(f"two articles share the id {aid!r}")
        seen.add(aid)
        try:
            a = _article(row)
        except TimelineError as exc:
            failed.append((aid, exc))
            left_out(aid, " ".join(str(exc).removeprefix(f"article {aid!r}: ").split()))
            continue
        if not a.text.strip():
            left_out(a.id, "empty text")
            continue
        try:
            events, info = _prepare(a, settings)
        except MemoryError:
            raise
        except Exception as exc:  # a bad article is reported with its id, never a bare crash
            err = _failure(a, exc)
            failed.append((a.id, err))
            left_out(a.id, _reason(a, err))
            continue
        if not events:
            add(article_id=a.id, event_index=-1, mention_index=-1, start=-1, end=-1, **_info_cols(info))
        for e in events:
            for k, m in enumerate(e.mentions):
                add(article_id=a.id, event_index=e.index, mention_index=k, kind=e.kind, event_type=e.event_type,
                    trigger=m.trigger, text=m.text, start=m.start, end=m.end,
                    time_value=e.time.value if e.time is not None else None, time_basis=e.time_basis,
                    event=pickle.dumps(e, protocol=pickle.HIGHEST_PROTOCOL) if k == 0 else None,
                    **_info_cols(info))
    if failed and errors == "raise":
        if len(failed) == 1:
            raise failed[0][1]
        raise ArticleError(f"{len(failed)} articles cannot be used:\n"
                           + "\n".join(f"  {aid}: {err}" for aid, err in failed)) from failed[0][1]
    return _typed(cols, MENTION_SCHEMA)


def _info_cols(info: ArticleInfo) -> dict[str, Any]:
    return dict(lang=info.lang, source=info.source, url=info.url, published=info.published, digest=info.digest)


def extract_mentions(articles: "dd.DataFrame", settings: Optional[Settings] = None,
                     errors: str = "raise") -> "dd.DataFrame":
    """The event mentions of every article: a ``map_partitions`` over ``articles`` (columns
    ``id`` and ``text``; ``published``, ``source``, ``url`` and ``lang`` when known), one
    partition of mentions per partition of articles, columns :data:`MENTION_SCHEMA`.

    ``errors`` as in :func:`timeline.build_chronology`: ``"raise"`` makes computing raise
    an :class:`~timeline.ArticleError` naming the articles that cannot be used;
    ``"skip"`` gives each one row with the reason in ``skipped``.  Empty articles always
    get such a row ("empty text"); nothing is silently dropped.

    >>> import dask, pandas as pd, dask.dataframe as dd
    >>> frame = pd.DataFrame({
    ...     "id": ["a", "b"], "published": ["2025-03-10", "2025-03-10"], "source": ["AFP", "SANA"], "lang": ["en", "ar"],
    ...     "text": ["A car bomb killed five civilians in the town of Manbij on Monday morning.",
    ...              "قتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة منبج صباح اليوم الاثنين."]})
    >>> articles = dd.from_pandas(frame, npartitions=2)
    >>> with dask.config.set(scheduler="synchronous"):  # or a distributed.Client
    ...     mentions = extract_mentions(articles)
    ...     rows = mentions.compute()
    >>> mentions.npartitions, rows["trigger"].tolist()
    (2, ['car bomb', 'killed', 'قتل', 'انفجار سيارة مفخخة'])
    """
    if errors not in ERROR_MODES:
        raise InputError(f"errors must be 'raise' or 'skip', not {errors!r}")
    settings = _check_settings(settings)
    if not isinstance(articles, dd.DataFrame):
        raise InputError(f"articles must be a dask DataFrame, not {type(articles).__name__}")
    missing = [c for c in _NEEDED if c not in articles.columns]
    if missing:
        raise InputError(f"articles lack the column(s) {', '.join(missing)} "
                         "(expected: id, text, published, source, url, lang)")
    with dask.config.set({"dataframe.convert-string": False}):  # (the event column holds bytes)
        return articles.map_partitions(_extract_partition, settings, errors, meta=_empty(MENTION_SCHEMA),
                                       enforce_metadata=False)


# -- linking -------------------------------------------------------------------------------

@attrs.frozen
class _Part:
    """The decoded rows of one partition of mentions."""

    events: tuple[ArticleEvent, ...]
    infos: tuple[ArticleInfo, ...]
    skipped: tuple[SkippedArticle, ...]


@_no_gc
def _decode(frame: "pd.DataFrame") -> _Part:
    missing = [c for c in ("article_id", "event_index", "event", "skipped", "digest") if c not in frame.columns]
    if missing:
        raise InputError(f"mentions lack the column(s) {', '.join(missing)}: pass what "
                         "timeline.dask.extract_mentions returns")
    events: list[ArticleEvent] = []
    infos: dict[str, ArticleInfo] = {}
    skipped: list[SkippedArticle] = []
    # column by column (a dict per row costs more than the rest of decoding)
    names = [c for c in ("article_id", "skipped", "source", "url", "published", "lang", "digest", "event")
             if c in frame.columns]
    for values in zip(*(frame[c].tolist() for c in names)):
        row = dict(zip(names, values))
        aid = str(row["article_id"])
        reason = _value(row, "skipped")
        if reason is not None:
            skipped.append(SkippedArticle(aid, None, str(reason)))
            continue
        if aid not in infos:
            infos[aid] = ArticleInfo(aid, _value(row, "source") or "", _value(row, "url"), _value(row, "published"),
                                     _value(row, "lang") or "", _value(row, "digest") or "")
        blob = _value(row, "event")
        if blob is not None:
            e = pickle.loads(blob)
            if not isinstance(e, ArticleEvent):
                raise InputError(f"mentions of article {aid!r}: the event column does not hold an ArticleEvent")
            events.append(e)
    return _Part(tuple(events), tuple(infos.values()), tuple(skipped))


def _summary(part: _Part) -> tuple[tuple[ArticleInfo, ...], tuple[str, ...], tuple[tuple[str, int], ...]]:
    """What the check of ids needs of a partition (not its events)."""
    return part.infos, tuple(x.id for x in part.skipped), tuple((e.article_id, e.index) for e in part.events)


def _originals(summaries: list[tuple[tuple[ArticleInfo, ...], tuple[str, ...], tuple[tuple[str, int], ...]]]) -> dict[str, str]:
    """The copies of each text (see :func:`timeline.chronology.copies`), after checking that
    no two articles share an id.  The rows of one article may lie in several partitions
    (after a repartition): they agree on the article and hold different events."""
    infos: dict[str, ArticleInfo] = {}
    dup: set[str] = set()
    for part_infos, _, _ in summaries:
        for i in part_infos:
            if infos.setdefault(i.id, i) != i:
                dup.add(i.id)
    seen_events: set[tuple[str, int]] = set()
    for _, skipped, keys in summaries:
        dup.update(x for x in skipped if x in infos)
        for k in keys:
            if k in seen_events:
                dup.add(k[0])
            seen_events.add(k)
    from collections import Counter

    skipped_ids = Counter(x for _, sk, _ in summaries for x in sk)
    dup.update(x for x, n in skipped_ids.items() if n > 1)
    if dup:
        ids = sorted(dup)
        raise ArticleError(("two articles share the id " if len(ids) == 1 else "ids shared by two or more articles: ")
                           + ", ".join(map(repr, ids)))
    return copies(infos.values())


def _own(part: _Part, original: dict[str, str]) -> list[ArticleEvent]:
    return [e for e in part.events if e.article_id not in original]


def _starts(own: list[ArticleEvent], link: LinkSettings) -> list[datetime]:
    return [w[0] for w in windows(own, link)]


def _bounds(starts: list[list[datetime]], nslices: int, bucket: timedelta) -> list[datetime]:
    return boundaries((t for s in starts for t in s), nslices, bucket)


@_no_gc
def _split(own: list[ArticleEvent], bounds: list[datetime], link: LinkSettings, nslices: int) -> list[list[ArticleEvent]]:
    out: list[list[ArticleEvent]] = [[] for _ in range(nslices)]
    for e, w in zip(own, windows(own, link)):
        for s in slices_of(w, bounds):
            out[s].append(e)
    return out


@_no_gc
def _score(splits: list[list[list[ArticleEvent]]], number: int, bounds: list[datetime], corpus: Any,
           common: frozenset[str], link: LinkSettings) -> SliceResult:
    events = [e for split in splits for e in split[number]]
    if number > len(bounds) or not events:
        return SliceResult(number, ())
    return score_slice(events, number, bounds, corpus, common, link)


def _keys_of(own: list[ArticleEvent]) -> list[tuple[tuple[str, int], Any]]:
    return [((e.article_id, e.index), f) for e, f in zip(own, facts_of(own))]


@_no_gc
def _link(keys: list[list[tuple[tuple[str, int], Any]]], results: list[SliceResult],
          link: LinkSettings) -> list[list[tuple[str, int]]]:
    return link_slices(dict(k for ks in keys for k in ks), results, link)


@_no_gc
def _assemble(parts: list[_Part], groups: list[list[tuple[str, int]]]) -> Chronology:
    events = [e for p in parts for e in p.events]
    infos = tuple(sorted({i.id: i for p in parts for i in p.infos}.values(), key=lambda i: i.id))
    skipped = [s for p in parts for s in p.skipped]

    def linker(own: list[ArticleEvent]) -> list[list[int]]:
        where = {(e.article_id, e.index): k for k, e in enumerate(own)}
        return sorted(sorted(where[k] for k in g) for g in groups)

    try:
        return assemble(events, None, infos, skipped, (), linker=linker)
    except (OverflowError, ValueError) as exc:
        if isinstance(exc, TimelineError) or (isinstance(exc, ValueError) and "out of range" not in str(exc)):
            raise
        raise InputError("the chronology cannot be built: a date lies too close to year 1 or 9999 "
                         f"for the events to be compared ({type(exc).__name__}: {exc})") from exc


@_no_gc
def _tables(chron: Chronology) -> tuple["pd.DataFrame", "pd.DataFrame", "pd.DataFrame"]:
    import timeline  # noqa: F401  (registers the table functions)

    rows: dict[str, list] = {c: [] for c in ARTICLE_SCHEMA}
    for i in chron.articles:
        for c, v in (("id", i.id), ("source", i.source), ("url", i.url), ("published", i.published),
                     ("lang", i.lang), ("digest", i.digest), ("skipped", None)):
            rows[c].append(v)
    for s in chron.skipped:
        for c in ARTICLE_SCHEMA:
            rows[c].append(s.id if c == "id" else s.reason if c == "skipped" else None)
    return chron.to_dataframe(), chron.mentions_dataframe(), _typed(rows, ARTICLE_SCHEMA)


@lru_cache(maxsize=1)
def _metas() -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """Empty frames with the tables' columns and dtypes, from a one-article chronology."""
    import timeline

    chron = timeline.build_chronology([Article(id="meta", text="Two soldiers were killed in an attack near Palmyra on Saturday.",
                                               published="2025-12-20", source="meta")])
    return chron.to_dataframe().iloc[:0], chron.mentions_dataframe().iloc[:0]


@attrs.frozen
class DaskChronology:
    """A chronology as lazy Dask DataFrames (one partition each).

    Attributes:
        events: one row per event, the columns of :meth:`timeline.Chronology.to_dataframe`.
        mentions: one row per event mention, those of :meth:`~timeline.Chronology.mentions_dataframe`.
        articles: one row per article, columns :data:`ARTICLE_SCHEMA` (``skipped``: why an
            article was left out).
        chronology: the :class:`timeline.Chronology` itself, as a ``dask.delayed`` object.

    The three tables come from one linking: ``chron.compute()`` computes them in one pass;
    ``chron.events.compute()`` then ``chron.mentions.compute()`` would link twice (unless
    persisted first).

    >>> import dask, pandas as pd, dask.dataframe as dd
    >>> frame = pd.DataFrame({
    ...     "id": ["a", "b"], "published": ["2025-03-10", "2025-03-10"], "source": ["AFP", "SANA"], "lang": ["en", "ar"],
    ...     "text": ["A car bomb killed five civilians in the town of Manbij on Monday morning.",
    ...              "قتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة منبج صباح اليوم الاثنين."]})
    >>> articles = dd.from_pandas(frame, npartitions=2)
    >>> with dask.config.set(scheduler="synchronous"):
    ...     chron = build_chronology(extract_mentions(articles))
    ...     table = chron.mentions.compute()
    >>> type(chron).__name__, table["article_id"].tolist()
    ('DaskChronology', ['a', 'a', 'b', 'b'])
    """

    events: "dd.DataFrame"
    mentions: "dd.DataFrame"
    articles: "dd.DataFrame"
    chronology: Any

    def compute(self, **kwargs: Any) -> tuple["pd.DataFrame", "pd.DataFrame"]:
        """The events and mentions tables (pandas), from one pass."""
        events, mentions = dask.compute(self.events, self.mentions, **kwargs)
        return events, mentions

    def persist(self, **kwargs: Any) -> "DaskChronology":
        """The same, with the tables computed and kept in (cluster) memory."""
        events, mentions, articles = dask.persist(self.events, self.mentions, self.articles, **kwargs)
        return attrs.evolve(self, events=events, mentions=mentions, articles=articles)


def build_chronology(mentions: "dd.DataFrame", link: Optional[LinkSettings] = None,
                     bucket: timedelta = timedelta(days=7), npartitions: Optional[int] = None) -> DaskChronology:
    """Link the event mentions of :func:`extract_mentions` into a chronology, lazily.

    Args:
        mentions: what :func:`extract_mentions` returns.
        link: as in :func:`timeline.build_chronology`.
        bucket: time is cut into slices on multiples of this (weeks by default).
        npartitions: how many slices of time to score pairs in (default: as many as
            ``mentions`` has partitions); any number gives the same chronology.

    Articles that share an id raise :class:`~timeline.ArticleError` when computed, in
    both error modes (:func:`timeline.build_chronology` with ``errors="skip"`` keeps one
    of them, chosen by its text, which the mentions do not carry).

    >>> import dask, pandas as pd, dask.dataframe as dd
    >>> frame = pd.DataFrame({
    ...     "id": ["a", "b"], "published": ["2025-03-10", "2025-03-10"], "source": ["AFP", "SANA"], "lang": ["en", "ar"],
    ...     "text": ["A car bomb killed five civilians in the town of Manbij on Monday morning.",
    ...              "قتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة منبج صباح اليوم الاثنين."]})
    >>> articles = dd.from_pandas(frame, npartitions=2)
    >>> with dask.config.set(scheduler="synchronous"):  # or a distributed.Client
    ...     events, mentions = build_chronology(extract_mentions(articles)).compute()
    >>> events[["event_id", "event_type", "fatalities", "n_articles"]].values.tolist()
    [['E0001', 'Explosions/Remote violence', 5, 2]]
    """
    if not isinstance(mentions, dd.DataFrame):
        raise InputError(f"mentions must be the dask DataFrame extract_mentions returns, not {type(mentions).__name__}")
    if link is not None and not isinstance(link, LinkSettings):
        raise InputError(f"link must be a timeline.LinkSettings, not {type(link).__name__}")
    if not isinstance(bucket, timedelta) or bucket <= timedelta(0):
        raise InputError(f"bucket must be a positive timedelta, not {bucket!r}")
    if npartitions is not None and (isinstance(npartitions, bool) or not isinstance(npartitions, int) or npartitions < 1):
        raise InputError(f"npartitions must be a positive integer, not {npartitions!r}")
    missing = [c for c in ("article_id", "event_index", "event", "skipped", "digest") if c not in mentions.columns]
    if missing:
        raise InputError(f"mentions lack the column(s) {', '.join(missing)}: pass what "
                         "timeline.dask.extract_mentions returns")
    link = with_model(link)
    nslices = npartitions or mentions.npartitions
    parts = [delayed(_decode)(p) for p in mentions.to_delayed()]
    original = delayed(_originals)([delayed(_summary)(p) for p in parts])
    owns = [delayed(_own)(p, original) for p in parts]
    corpus = delayed(merge_corpus)([delayed(corpus_counts)(o) for o in owns])
    common = delayed(merge_counts)([delayed(key_counts)(o, corpus) for o in owns])
    bounds = delayed(_bounds)([delayed(_starts)(o, link) for o in owns], nslices, bucket)
    splits = [delayed(_split)(o, bounds, link, nslices) for o in owns]
    results = [delayed(_score)(splits, s, bounds, corpus, common, link) for s in range(nslices)]
    # (each partition's keys are taken where it lies: only they cross to the linking task)
    groups = delayed(_link)([delayed(_keys_of)(o) for o in owns], results, link)
    chron = delayed(_assemble)(parts, groups)
    tables = delayed(_tables, nout=3)(chron)
    ev_meta, me_meta = _metas()
    # The tables keep the dtypes Chronology.to_dataframe gives them (Dask would otherwise
    # turn text columns into Arrow strings, and the frames would differ from the
    # single-process ones).
    with dask.config.set({"dataframe.convert-string": False}):
        return DaskChronology(
            events=dd.from_delayed([tables[0]], meta=ev_meta, verify_meta=False),
            mentions=dd.from_delayed([tables[1]], meta=me_meta, verify_meta=False),
            articles=dd.from_delayed([tables[2]], meta=_empty(ARTICLE_SCHEMA), verify_meta=False),
            chronology=chron,
        )
