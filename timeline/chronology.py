"""Build one deduplicated chronology from many articles.

>>> import timeline
>>> chron = timeline.build_chronology([
...     timeline.Article(id="a", text="قتل جنديان في هجوم قرب تدمر يوم السبت الماضي.", published="2025-12-20", source="A"),
...     timeline.Article(id="b", text="Two soldiers were killed in an attack near Palmyra last Saturday.", published="2025-12-20", source="B"),
... ])
>>> [(e.value, [s.article_id for s in e.sources]) for e in chron.events]
[('2025-12-13', ['a', 'b'])]
"""

from __future__ import annotations

import gc
import math
import warnings
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Iterable, Iterator, Optional, Union

import attrs

from .anchor import parse_anchor
from .core import _check_settings
from .errors import ArticleError, InputError, TimelineError, TimelineWarning
from .events import MentionDraft, extract_mentions
from .io import ERROR_MODES, SkippedArticle
from .lang import detect_language, get_language
from .merge import MergeSettings, merge_mentions
from .model import Article, Event, EventMention, Source, TimeConflict
from .published import infer_published
from .resolver import Context, resolve_frame
from .settings import Settings
from .tagger import tag
from .text import normalize
from .timex import Granularity, TimeInterval, TimeMention

if TYPE_CHECKING:  # pragma: no cover
    import os
    import pathlib

    import pandas as pd
    import plotly.graph_objects as go

__all__ = ["Chronology", "ArticleInfo", "build_chronology"]


@attrs.frozen
class ArticleInfo:
    """What a chronology remembers of each article (not its text)."""

    id: str
    source: str
    url: Optional[str]
    published: Optional[str]
    lang: str


@attrs.frozen
class Chronology:
    """Events sorted by time, with every report of each.

    Attributes:
        events: dated events, earliest first.
        undated: events no time could be given to — kept, not dropped.
        articles: the articles the chronology was built from.
        skipped: the articles left out, each with its id, file and the reason
            (:class:`~timeline.SkippedArticle`): empty ones, and with
            ``build_chronology(..., errors="skip")`` every one that could not be used.
        unlisted: ``.txt`` files of a folder that its ``manifest.json`` does not list, so
            they were not read (each also named in a :class:`~timeline.TimelineWarning`).
    """

    events: tuple[Event, ...]
    undated: tuple[Event, ...] = ()
    articles: tuple[ArticleInfo, ...] = ()
    skipped: tuple[SkippedArticle, ...] = ()
    unlisted: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    @property
    def all_events(self) -> tuple[Event, ...]:
        """Dated then undated events."""
        return self.events + self.undated

    def event(self, event_id: str) -> Event:
        """The event with this id (raises ``KeyError``)."""
        for e in self.all_events:
            if e.id == event_id:
                return e
        raise KeyError(event_id)

    def to_dataframe(self) -> "pd.DataFrame":
        """One row per event (dated ones in time order, then undated), with the columns of
        the events CSV (``timeline.export.EVENT_COLUMNS``, described in docs/exports.md);
        ``start`` and ``end`` are datetimes.

        >>> df = build_chronology("examples/seeds").to_dataframe()
        >>> list(df.columns[:4])
        ['event_id', 'event_date', 'start', 'end']
        """
        from .export import EVENT_COLUMNS, events_table

        return _frame(events_table(self), EVENT_COLUMNS, ("start", "end"))

    def mentions_dataframe(self) -> "pd.DataFrame":
        """One row per event mention, with its event id and full provenance: the columns
        of the mentions CSV (``timeline.export.MENTION_COLUMNS``); ``time_start`` and
        ``time_end`` are datetimes, ``published`` stays ISO text (its UTC offset differs
        from article to article).

        >>> mdf = build_chronology("examples/seeds").mentions_dataframe()
        >>> list(mdf.columns[:4])
        ['event_id', 'article_id', 'source', 'url']
        """
        from .export import MENTION_COLUMNS, mentions_table

        return _frame(mentions_table(self), MENTION_COLUMNS, ("time_start", "time_end"))

    # -- showing and exporting (timeline.viz, timeline.export; formats in docs/exports.md) --

    def plot(self, *, title: Optional[str] = None, focus: Union[bool, str] = "auto") -> "go.Figure":
        """An interactive Plotly timeline (see :func:`timeline.viz.plot`).

        >>> fig = build_chronology("examples/seeds").plot()   # doctest: +SKIP
        >>> fig.show()                                         # doctest: +SKIP
        """
        from .viz import plot

        return plot(self, title=title, focus=focus)

    def to_html(self, path: Optional[Union[str, "os.PathLike[str]"]] = None, *,
                title: Optional[str] = None) -> str:
        """A self-contained HTML page (chart with plotly.js inlined, undated reports, an
        event table); written to ``path`` when given, and returned.

        >>> build_chronology("examples/seeds").to_html("chronology.html")  # doctest: +SKIP
        """
        from .viz import to_html

        return to_html(self, path, title=title)

    def to_json(self, path: Optional[Union[str, "os.PathLike[str]"]] = None) -> str:
        """The chronology as JSON text (``schema_version`` 1, docs/exports.md); written to
        ``path`` when given, and returned.  ``Chronology.from_json(text).to_json() == text``.

        >>> chron = build_chronology("examples/seeds")
        >>> Chronology.from_json(chron.to_json()) == chron
        True
        """
        from .export import chronology_to_json, write_json

        return write_json(self, path) if path is not None else chronology_to_json(self)

    @classmethod
    def from_json(cls, source: Union[str, bytes, "os.PathLike[str]"]) -> "Chronology":
        """Read a chronology written by :meth:`to_json` (a path, or the JSON text itself).

        Raises :class:`~timeline.ExportError` naming the bad field when the file is not a
        valid chronology.
        """
        from .export import chronology_from_json

        return chronology_from_json(source)

    def to_timelinejs(self, path: Optional[Union[str, "os.PathLike[str]"]] = None, *,
                      title: Optional[str] = None) -> dict:
        """The chronology in TimelineJS3 JSON format (a dict); written to ``path`` when given.

        >>> tl = build_chronology("examples/seeds").to_timelinejs()
        >>> {"start_date", "text", "unique_id"} <= set(tl["events"][0])
        True
        """
        from .export import timelinejs, write_timelinejs

        return write_timelinejs(self, path, title=title) if path is not None else timelinejs(self, title=title)

    def to_csv(self, path: Union[str, "os.PathLike[str]"], *, bom: bool = True) -> tuple["pathlib.Path", "pathlib.Path"]:
        """Write the events table to ``path`` and the mentions table to its sibling
        ``<stem>_mentions.csv`` (``events.csv`` → ``events_mentions.csv``); returns both
        paths.  UTF-8 with a byte-order mark unless ``bom=False``.

        >>> build_chronology("examples/seeds").to_csv("out/events.csv")  # doctest: +SKIP
        (PosixPath('out/events.csv'), PosixPath('out/events_mentions.csv'))
        """
        from .export import write_csv

        return write_csv(self, path, bom=bom)


# -- building -------------------------------------------------------------------------------

def _prepare(article: Article, settings: Settings) -> tuple[list[MentionDraft], ArticleInfo]:
    text = article.text
    code = article.lang or detect_language(text)
    language = get_language(code)
    published = article.published
    if published is None:
        found = infer_published(text, lang=code)
        if found is None:
            raise ArticleError(f"article {article.id!r} has no publication date and none could be "
                               "read from its text; pass published=...")
        published = found.when if found.has_time else found.when.date()
    anchor = parse_anchor(published, "published")
    norm = normalize(text)
    times: list[TimeMention] = []
    if text.strip():
        from .core import _mention_of

        ctx = Context(anchor, settings, norm.text)
        for t in tag(norm, language):
            res = resolve_frame(t.frame, ctx, t.start)
            if res is None:
                continue
            ctx.remember(res, t.start, t.frame)
            times.append(_mention_of(text, norm, t, res, anchor, code))
    drafts = extract_mentions(article, norm, times, code, anchor.when)
    info = ArticleInfo(article.id, article.outlet, article.url,
                       published.isoformat() if hasattr(published, "isoformat") else str(published), code)
    return drafts, info


def _sources(mentions: list[EventMention]) -> tuple[Source, ...]:
    """Distinct sources, in a fixed order (sorted on plain tuples: fast, in C)."""
    keys = sorted({(m.article_id, m.source, m.url or "") for m in mentions})
    return tuple(Source(a, n, u or None) for a, n, u in keys)


def _overlaps(a: TimeMention, b: TimeMention) -> bool:
    return a.interval is not None and b.interval is not None and a.interval.overlaps(b.interval)


def _consensus(mentions: list[EventMention]) -> tuple[Optional[TimeMention], tuple[TimeConflict, ...]]:
    firm = [m for m in mentions if m.time is not None and m.time.interval is not None
            and m.time_basis in ("explicit", "inherited")]
    pool = firm or [m for m in mentions if m.time is not None and m.time.interval is not None]
    if not pool:
        return None, ()
    cands: dict[tuple[str, str], TimeMention] = {}
    for m in pool:
        t = m.time
        assert t is not None and t.interval is not None
        cands.setdefault((t.value, t.interval.start.isoformat()), t)

    def support(t: TimeMention) -> tuple[int, int]:
        # identical reports (a syndicated or copied story) support a time once; a time
        # written in the report counts before one it inherits from the narrative
        agree = [m for m in pool if _overlaps(m.time, t)]  # type: ignore[arg-type]
        explicit = {(m.text, m.time.value) for m in agree if m.time_basis == "explicit"}  # type: ignore[union-attr]
        return len(explicit), len({(m.text, m.time.value) for m in agree})  # type: ignore[union-attr]

    def level(t: TimeMention) -> int:
        g = t.granularity
        assert g is not None
        if g.rank <= Granularity.DAY.rank:
            return 0
        return {Granularity.WEEKEND: 1, Granularity.WEEK: 1, Granularity.MONTH: 2}.get(g, 3)

    # the most precise time most reports agree with: the finest level holding a time
    # that at least half as many reports support as the best-supported one
    scored = {k: support(t) for k, t in cands.items()}
    top = max(scored.values())
    for lv in range(4):
        pick = [(k, t) for k, t in cands.items() if level(t) == lv and 2 * scored[k][0] >= top[0]
                and 2 * scored[k][1] >= top[1]]
        if pick:
            break

    def rank(item: tuple[tuple[str, str], TimeMention]) -> tuple:
        k, t = item
        assert t.interval is not None and t.granularity is not None
        return (-scored[k][0], -scored[k][1], t.granularity.rank, t.interval.duration, t.interval.start, t.value)

    best = min(pick, key=rank)[1]
    sides: dict[str, list[EventMention]] = {}
    for m in pool:
        if not _overlaps(m.time, best):  # type: ignore[arg-type]
            sides.setdefault(m.time.value, []).append(m)  # type: ignore[union-attr]
    conflicts = []
    for value in sorted(sides):
        ms = sides[value]
        srcs = _sources(ms)
        exprs = tuple(dict.fromkeys(m.time.text for m in ms if m.time is not None))
        conflicts.append(TimeConflict(value, ms[0].time.interval if ms[0].time else None, srcs, exprs))
    return best, tuple(conflicts)


def _frame(rows: list, columns: list[str], times: tuple[str, ...]) -> "pd.DataFrame":
    """A table of the CSV export as a DataFrame, its ISO time columns as datetimes."""
    import pandas as pd

    df = pd.DataFrame(rows, columns=columns)
    for col in times:
        df[col] = pd.to_datetime(df[col])
    return df


def _title(drafts: list[MentionDraft]) -> str:
    """The clearest sentence reporting an event: among the reports most like the others
    (words shared, on average), one that says when, if one is nearly as typical."""
    unique: dict[str, MentionDraft] = {}
    for d in sorted(drafts, key=lambda d: d.mention.key):
        unique.setdefault(d.mention.text, d)  # a copied report is one candidate
    sample = sorted(unique.values(), key=lambda d: (d.mention.text, d.mention.key))[:60]
    bags = [set(d.words) for d in sample]
    others = max(1, len(bags) - 1)
    central = [sum(len(b & o) / math.sqrt(len(b) * len(o) or 1) for j, o in enumerate(bags) if j != i) / others
               for i, b in enumerate(bags)]
    top = max(central)
    dated = [i for i, d in enumerate(sample)
             if d.mention.time_basis == "explicit" and central[i] >= 0.5 * top]
    # a short, undated line ("غارات أمريكية سابقة على تنظيم داعش في سوريا", a photo
    # caption) is often the most typical and the least informative
    pool = dated or list(range(len(sample)))

    def score(i: int) -> tuple:
        m = sample[i].mention
        length_penalty = min(2.0, abs(len(m.sentence) - 140) / 140)
        whole = len(m.text) >= 0.8 * len(m.sentence)  # the report is the sentence
        return (-(central[i] + (0.05 if whole else 0.0) - 0.05 * length_penalty), m.text)

    best = min(pool, key=score)
    m = sample[best].mention
    # the sentence reads best, unless the report is only a small part of it (a clause
    # about another happening, a relative clause): then the report itself
    whole = len(m.text) >= 0.6 * len(m.sentence) or m.kind == "statement"  # a statement: who said what
    text = m.sentence if len(m.sentence) <= 320 and whole else m.text
    return " ".join(text.split())


def _event(drafts: list[MentionDraft]) -> Event:
    mentions = sorted((d.mention for d in drafts), key=lambda m: (m.article_id, m.start, m.end))
    best, conflicts = _consensus(mentions)
    sources = _sources(mentions)
    kinds = [m.kind for m in mentions]
    kind = max(sorted(set(kinds)), key=kinds.count)
    interval = best.interval if best else None
    value = best.value if best else None
    granularity = best.granularity if best else None
    basis = "reports" if best else "none"
    if best is None and kind == "statement":
        # a statement no report dates was made, as news, on the day it was first published
        pubs = sorted(m.published for m in mentions if m.published is not None)
        if pubs:
            day = pubs[0].date()
            start = datetime(day.year, day.month, day.day)
            interval = TimeInterval(start, start + timedelta(days=1))
            value, granularity, basis = day.isoformat(), Granularity.DAY, "publication"
    return Event(
        id="",
        interval=interval,
        value=value,
        granularity=granularity,
        title=_title(drafts),
        kind=kind,
        mentions=tuple(mentions),
        sources=sources,
        conflicts=conflicts,
        date_basis=basis,
    )


ArticlesLike = Union[Iterable[Article], str, "object"]


def build_chronology(
    articles: ArticlesLike,
    *,
    settings: Optional[Settings] = None,
    merge: Optional[MergeSettings] = None,
    progress: Optional[object] = None,
    errors: str = "raise",
) -> Chronology:
    """Extract the dated events of every article and merge them into one chronology.

    Args:
        articles: :class:`Article` objects, or a folder/file path (see
            :func:`read_articles`).
        settings: resolution settings (week start, weekend, parts of day).
        merge: merge thresholds (:class:`MergeSettings`).
        progress: an optional callable ``progress(done, total)`` called per article.
        errors: ``"raise"`` (default): an article that cannot be used (no publication
            date, unreadable, a text the pipeline fails on, an id another article has)
            raises one :class:`~timeline.ArticleError` naming every such article;
            ``"skip"``: each is left out, warned about (:class:`~timeline.TimelineWarning`)
            and listed in :attr:`Chronology.skipped` with its reason.

    Empty articles are always left out (warned about, listed in ``skipped``), and ``.txt``
    files a folder's manifest does not list are named in ``Chronology.unlisted``.  The
    result does not depend on the order of the articles.

    >>> chron = build_chronology([Article(id="a", text="قتل جنديان في هجوم أمس", published="2025-12-20"),
    ...                           Article(id="b", text="No date here.")], errors="skip")
    >>> [e.value for e in chron.events], [(s.id, s.reason[:35]) for s in chron.skipped]
    (['2025-12-19'], [('b', "article 'b' has no publication date")])
    """
    from .io import collect, warn_unlisted

    if errors not in ERROR_MODES:
        raise InputError(f"errors must be 'raise' or 'skip', not {errors!r}")
    settings = _check_settings(settings)
    if merge is not None and not isinstance(merge, MergeSettings):
        raise InputError(f"merge must be a timeline.MergeSettings, not {type(merge).__name__}")
    batch = collect(articles, errors=errors)
    warn_unlisted(batch.unlisted)
    skipped = list(batch.skipped)
    arts: list[tuple[Optional[str], Article]] = []
    for path, a in batch.articles:
        if a.text.strip():
            arts.append((path, a))
        else:
            skipped.append(SkippedArticle(a.id, path, "empty text"))
    arts = _unique_ids(arts, errors, skipped)
    # Millions of small objects are made and all kept: the cyclic garbage collector would
    # rescan them again and again for nothing (there are no cycles to free here).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        chron = _build(arts, settings, merge, progress, errors, skipped, batch.unlisted)
    except (OverflowError, ValueError) as exc:
        if isinstance(exc, TimelineError) or (isinstance(exc, ValueError) and "out of range" not in str(exc)):
            raise
        raise InputError("the chronology cannot be built: a date lies too close to year 1 or 9999 "
                         f"for the events to be compared ({type(exc).__name__}: {exc})") from exc
    finally:
        if was_enabled:
            gc.enable()
    for s in chron.skipped:
        warnings.warn(f"{s}; left out", TimelineWarning, stacklevel=2)
    return chron


def _unique_ids(arts: list[tuple[Optional[str], Article]], errors: str,
                skipped: list[SkippedArticle]) -> list[tuple[Optional[str], Article]]:
    """Articles with distinct ids.  With ``errors="skip"`` the first of each id in a fixed
    order (by text, date, source...: not the order given) is kept and the others skipped."""
    by_id: dict[str, list[tuple[Optional[str], Article]]] = {}
    for pa in arts:
        by_id.setdefault(pa[1].id, []).append(pa)
    dup = sorted(i for i, group in by_id.items() if len(group) > 1)
    if not dup:
        return arts
    if errors == "raise":
        if len(dup) == 1:
            raise ArticleError(f"two articles share the id {dup[0]!r}")
        raise ArticleError(f"{len(dup)} ids are shared by two or more articles: " + ", ".join(map(repr, dup)))
    out = []
    for i, group in by_id.items():
        group.sort(key=lambda pa: (pa[1].text, str(pa[1].published), pa[1].source or "", pa[1].url or "",
                                   pa[1].lang or "", pa[0] or ""))
        out.append(group[0])
        for path, a in group[1:]:
            skipped.append(SkippedArticle(a.id, path, f"another article has the id {a.id!r}"))
    return out


def _failure(article: Article, exc: Exception) -> TimelineError:
    """The error of an article the pipeline failed on, naming it."""
    if isinstance(exc, TimelineError):
        return exc
    err = ArticleError(f"article {article.id!r}: internal error ({type(exc).__name__}: {exc})")
    err.__cause__ = exc
    return err


def _reason(article: Article, err: Exception) -> str:
    """An error's message without the ``article 'x': `` its id already says."""
    return " ".join(str(err).removeprefix(f"article {article.id!r}: ").split())


def _build(arts: list[tuple[Optional[str], Article]], settings: Settings, merge: Optional[MergeSettings],
           progress: Optional[object], errors: str = "raise",
           skipped: Optional[list[SkippedArticle]] = None, unlisted: Iterable[str] = ()) -> Chronology:
    arts = sorted(arts, key=lambda pa: pa[1].id)
    skipped = list(skipped or [])
    drafts: list[MentionDraft] = []
    infos: list[ArticleInfo] = []
    failed: list[tuple[Optional[str], Article, TimelineError]] = []
    for k, (path, a) in enumerate(arts, 1):
        try:
            d, info = _prepare(a, settings)
        except MemoryError:
            raise
        except Exception as exc:  # a bad article is reported with its id, never a bare crash
            failed.append((path, a, _failure(a, exc)))
        else:
            drafts.extend(d)
            infos.append(info)
        if progress is not None:
            progress(k, len(arts))  # type: ignore[operator]
    if failed and errors == "raise":
        if len(failed) == 1:
            raise failed[0][2]
        raise ArticleError(f"{len(failed)} articles cannot be used:\n" + "\n".join(
            f"  {SkippedArticle(a.id, path, _reason(a, err))}" for path, a, err in failed)) from failed[0][2]
    for path, a, err in failed:
        skipped.append(SkippedArticle(a.id, path, _reason(a, err)))
    groups = merge_mentions(drafts, merge)
    events = [_event([drafts[i] for i in g]) for g in groups]
    dated = [e for e in events if e.interval is not None]
    undated = [e for e in events if e.interval is None]
    def content_key(e: Event) -> tuple:
        return tuple(sorted({(m.text, m.start) for m in e.mentions}))

    dated.sort(key=lambda e: (e.interval.start, e.interval.end, e.title, content_key(e)))  # type: ignore[union-attr]
    undated.sort(key=lambda e: (min((m.published or datetime.min) for m in e.mentions), e.title, content_key(e)))
    width = max(4, len(str(len(events))))
    numbered = [attrs.evolve(e, id=f"E{i:0{width}d}") for i, e in enumerate(dated + undated, 1)]
    skipped.sort(key=lambda s: (s.id, s.path or "", s.reason))
    return Chronology(tuple(numbered[:len(dated)]), tuple(numbered[len(dated):]), tuple(infos),
                      tuple(skipped), tuple(sorted(unlisted)))
