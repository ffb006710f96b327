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
import warnings
from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, TypeVar, Union

import attrs

from .anchor import parse_anchor
from .core import _check_settings
from .errors import ArticleError, InputError, TimelineError, TimelineWarning
from .events.extract import as_copy, read_events
from .io import ERROR_MODES, SkippedArticle
from .lang import detect_language, get_language
from .lang.taxonomy import TYPES
from .linking import LinkSettings, link_events
from .model import Article, ArticleEvent, Event, EventMention, Source, TimeConflict
from .published import infer_published
from .settings import Settings
from .text import normalize
from .timex import Granularity, TimeInterval, TimeMention

if TYPE_CHECKING:  # pragma: no cover
    import os
    import pathlib

    import pandas as pd
    import plotly.graph_objects as go

__all__ = ["Chronology", "ArticleInfo", "build_chronology", "text_digest", "implements"]


@attrs.frozen
class ArticleInfo:
    """What a chronology remembers of each article (not its text).

    >>> import timeline
    >>> a = timeline.Article(id="a", text="Two were killed on Friday.", published="2025-12-20", source="Wire")
    >>> timeline.build_chronology([a]).articles
    (ArticleInfo(id='a', source='Wire', url=None, published='2025-12-20', lang='en', digest='...'),)
    """

    id: str
    source: str
    url: Optional[str]
    published: Optional[str]
    lang: str
    digest: str = ""  # of the text (spaces folded): copies of one text share it


def text_digest(text: str) -> str:
    """A fingerprint of a text that copies share whatever their spacing (and whatever date
    a crawler gave each copy).

    >>> text_digest("two  were\\nkilled") == text_digest("two were killed")
    True
    """
    import hashlib

    return hashlib.sha1(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()[:16]


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

    >>> import timeline
    >>> a = timeline.Article(id="a", text="A car bomb exploded in Raqqa on Friday. Police arrested a man.",
    ...                      published="2025-12-20")
    >>> chron = timeline.build_chronology([a])
    >>> [(e.id, e.value, e.type) for e in chron.events], [e.type for e in chron.undated]
    ([('E0001', '2025-12-19', 'violence.remote.ied')], ['strategic.arrest'])
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

    # -- tables, charts and files ---------------------------------------------------------
    # The chronology is data: the functions behind these methods live in the modules that
    # read it (timeline.tables, timeline.export, timeline.viz), which register them with
    # :func:`implements` when imported (``import timeline`` imports them); this module
    # imports none of them.  Formats in docs/exports.md.

    def to_dataframe(self) -> "pd.DataFrame":
        """One row per event (dated ones in time order, then undated), ACLED-style columns
        with real types (:func:`timeline.tables.events_frame`; docs/exports.md): datetimes,
        nullable integers, lists of outlets and articles, a ``dated`` flag.

        >>> chron = build_chronology("examples/seeds")
        >>> df = chron.to_dataframe()
        >>> list(df.columns[:5]), str(df["fatalities"].dtype), int(df["dated"].sum()) == len(chron.events)
        (['event_id', 'event_date', 'start', 'end', 'dated'], 'Int64', True)
        """
        return _output("to_dataframe")(self)

    def mentions_dataframe(self) -> "pd.DataFrame":
        """One row per event mention, with its event id, trigger and full provenance
        (:func:`timeline.tables.mentions_frame`): integer offsets, time-zone-aware
        publication times (UTC), datetimes for the interval of its time expression.

        >>> mdf = build_chronology("examples/seeds").mentions_dataframe()
        >>> list(mdf.columns[:4]), str(mdf["published"].dtype.tz)
        (['event_id', 'article_id', 'source', 'url'], 'UTC')
        """
        return _output("mentions_dataframe")(self)

    def plot(self, *, title: Optional[str] = None, focus: Union[bool, str] = "auto",
             language: str = "en", statements: str = "lane") -> "go.Figure":
        """An interactive Plotly timeline (see :func:`timeline.viz.plot`).

        >>> fig = build_chronology("examples/seeds").plot()   # doctest: +SKIP
        >>> fig.show()                                         # doctest: +SKIP
        """
        return _output("plot")(self, title=title, focus=focus, language=language, statements=statements)

    def to_html(self, path: Optional[Union[str, "os.PathLike[str]"]] = None, *,
                title: Optional[str] = None, language: str = "en", statements: str = "lane") -> str:
        """A self-contained HTML page (chart with plotly.js inlined, undated reports, an
        event table); written to ``path`` when given, and returned
        (:func:`timeline.viz.to_html`).

        >>> build_chronology("examples/seeds").to_html("chronology.html")  # doctest: +SKIP
        """
        return _output("to_html")(self, path, title=title, language=language, statements=statements)

    def to_json(self, path: Optional[Union[str, "os.PathLike[str]"]] = None) -> str:
        """The chronology as JSON text (``schema_version`` 1, docs/exports.md); written to
        ``path`` when given, and returned.  ``Chronology.from_json(text).to_json() == text``.

        >>> chron = build_chronology("examples/seeds")
        >>> Chronology.from_json(chron.to_json()) == chron
        True
        """
        return _output("to_json")(self, path)

    @classmethod
    def from_json(cls, source: Union[str, bytes, "os.PathLike[str]"]) -> "Chronology":
        """Read a chronology written by :meth:`to_json` (a path, or the JSON text itself).

        Raises :class:`~timeline.ExportError` naming the bad field when the file is not a
        valid chronology.
        """
        return _output("from_json")(source)

    def to_timelinejs(self, path: Optional[Union[str, "os.PathLike[str]"]] = None, *,
                      title: Optional[str] = None, language: str = "en") -> dict:
        """The chronology in TimelineJS3 JSON format (a dict); written to ``path`` when given.

        >>> tl = build_chronology("examples/seeds").to_timelinejs()
        >>> {"start_date", "text", "unique_id"} <= set(tl["events"][0])
        True
        """
        return _output("to_timelinejs")(self, path, title=title, language=language)

    def to_csv(self, path: Union[str, "os.PathLike[str]"], *, bom: bool = True) -> tuple["pathlib.Path", "pathlib.Path"]:
        """Write the events table to ``path`` and the mentions table to its sibling
        ``<stem>_mentions.csv`` (``events.csv`` → ``events_mentions.csv``); returns both
        paths.  The same columns and values as :meth:`to_dataframe` and
        :meth:`mentions_dataframe`.  UTF-8 with a byte-order mark unless ``bom=False``.

        >>> build_chronology("examples/seeds").to_csv("out/events.csv")  # doctest: +SKIP
        (PosixPath('out/events.csv'), PosixPath('out/events_mentions.csv'))
        """
        return _output("to_csv")(self, path, bom=bom)


#: The functions behind the methods above, by method name (see :func:`implements`).
_OUTPUTS: dict[str, Callable[..., Any]] = {}

_F = TypeVar("_F", bound=Callable[..., Any])


def implements(method: str) -> Callable[[_F], _F]:
    """Register the function behind ``Chronology.<method>`` (used by the modules that read
    a chronology: ``@implements("plot")`` in :mod:`timeline.viz`).

    >>> from timeline import tables
    >>> implements("to_dataframe")(tables.events_frame) is tables.events_frame  # what tables.py does
    True
    """
    def register(fn: _F) -> _F:
        _OUTPUTS[method] = fn
        return fn

    return register


def _output(method: str) -> Callable[..., Any]:
    try:
        return _OUTPUTS[method]
    except KeyError:  # only if a module of the package failed to import
        raise RuntimeError(f"Chronology.{method} is provided by timeline.tables, timeline.export or "
                           "timeline.viz, which `import timeline` loads; one of them failed to import") from None


# -- building -------------------------------------------------------------------------------

def _prepare(article: Article, settings: Settings) -> tuple[tuple[ArticleEvent, ...], ArticleInfo]:
    """Times, then events, of one article."""
    text = article.text
    code = article.lang or detect_language(text)
    get_language(code)  # an unknown language fails here, before any work
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
        from .core import anchored_times

        times = anchored_times(text, norm, anchor, code, settings)
    if article.published is None:
        article = attrs.evolve(article, published=published)
    events = read_events(article, norm, times, code, anchor.when)
    info = ArticleInfo(article.id, article.outlet, article.url,
                       published.isoformat() if hasattr(published, "isoformat") else str(published), code,
                       text_digest(text))
    return events, info


def _sources(mentions: list[EventMention]) -> tuple[Source, ...]:
    """Distinct sources, in a fixed order (sorted on plain tuples: fast, in C)."""
    keys = sorted({(m.article_id, m.source, m.url or "") for m in mentions})
    return tuple(Source(a, n, u or None) for a, n, u in keys)


def _overlaps(a: Optional[TimeInterval], b: Optional[TimeInterval]) -> bool:
    return a is not None and b is not None and a.overlaps(b)


_BASIS_RANK = {"explicit": 0, "narrative": 1, "publication": 2}


def _level(g: Optional[Granularity]) -> int:
    if g is None:
        return 4
    if g.rank <= Granularity.DAY.rank:
        return 0
    return {Granularity.WEEKEND: 1, Granularity.WEEK: 1, Granularity.MONTH: 2}.get(g, 3)


def _consensus(members: list[ArticleEvent]) -> tuple[Optional[ArticleEvent], tuple[TimeConflict, ...]]:
    """The article event whose time the reports agree on most, most precisely, and the
    sources that date the happening otherwise.

    Times stated in the reports count before narrative ones, and those before
    publication days; each outlet counts once for a time (a syndicated story repeated
    by one outlet does not outvote two others).  Among the times at least half as well
    supported as the best one, the most precise level wins (a day before a week before
    a month)."""
    dated = [e for e in members if e.interval is not None]
    if not dated:
        return None, ()
    best_basis = min(_BASIS_RANK.get(e.time_basis, 3) for e in dated)
    pool = [e for e in dated if _BASIS_RANK.get(e.time_basis, 3) == best_basis]

    def support(e: ArticleEvent) -> int:
        return len({x.source for x in pool if _overlaps(x.interval, e.interval)})

    scored = {id(e): support(e) for e in pool}
    top = max(scored.values())
    pick: list[ArticleEvent] = []
    for lv in range(5):
        pick = [e for e in pool if _level(e.time.granularity if e.time else Granularity.DAY) == lv
                and 2 * scored[id(e)] >= top]
        if pick:
            break

    def rank(e: ArticleEvent) -> tuple:
        iv = e.interval
        assert iv is not None
        g = e.time.granularity if e.time is not None else Granularity.DAY
        return (-scored[id(e)], g.rank if g else 99, iv.end - iv.start, iv.start, e.article_id, e.index)

    best = min(pick, key=rank)
    sides: dict[str, list[ArticleEvent]] = {}
    for e in dated:
        if not _overlaps(e.interval, best.interval):
            value = e.time.value if e.time is not None else e.interval.start.date().isoformat()  # type: ignore[union-attr]
            sides.setdefault(value, []).append(e)
    conflicts = []
    for value in sorted(sides):
        es = sides[value]
        ms = [m for e in es for m in e.mentions]
        exprs = tuple(dict.fromkeys(e.time.text for e in es if e.time is not None))
        conflicts.append(TimeConflict(value, es[0].interval, _sources(ms), exprs))
    return best, tuple(conflicts)


def _title(members: list[ArticleEvent], best: Optional[ArticleEvent]) -> str:
    """The clearest sentence reporting an event: from the report whose words are most like
    the others' (a dated one when there is one), the sentence of its first mention that
    carries its time, else of its first mention; the mention's clause when the sentence
    is long."""
    pool = [e for e in members if e.time_basis == "explicit"] or members
    bags = [set(e.words) for e in pool]

    def central(k: int) -> float:
        b = bags[k]
        return sum(len(b & o) / ((len(b) * len(o)) ** 0.5 or 1) for j, o in enumerate(bags) if j != k)

    k = max(range(len(pool)), key=lambda k: (central(k), pool[k] is best, -len(pool[k].article_id),
                                             [-ord(c) for c in pool[k].article_id][:8]))
    e = pool[k]
    m = next((m for m in e.mentions if m.time_basis == "explicit"), e.mentions[0])
    text = m.sentence if len(m.sentence) <= 320 else m.text
    return " ".join(text.split())


def _majority(values: list[Optional[str]]) -> Optional[str]:
    got = Counter(v for v in values if v)
    if not got:
        return None
    return min(got, key=lambda v: (-got[v], v))




def _place(members: list[ArticleEvent]) -> Optional[str]:
    """Where the reports agree a happening took place: of the places the reports put
    first, the one the most reports are consistent with (the same place, one inside the
    other: "Turkey", "Malatya province" and "Malatya" agree), the most specific of those
    first, then the most reported.  (A statement keeps the place most of its reports put
    first: it took place nowhere in particular.)"""
    got = Counter(e.places[0] for e in members if e.places)
    if not got:
        return None
    from .events.gazetteer import KIND_RANK, compatible, get_place

    def facts(p: str) -> tuple[int, int]:
        try:
            place = get_place(p)
        except KeyError:
            return 4, 0
        return KIND_RANK.get(place.kind, 0), len(place.parents)

    def agree(a: str, b: str) -> bool:
        try:
            return compatible(a, b)
        except KeyError:
            return a == b

    support = {p: sum(n for q, n in got.items() if agree(p, q)) for p in got}
    return min(got, key=lambda p: (-support[p], facts(p)[0], -facts(p)[1], -got[p], p))


def _type(members: list[ArticleEvent]) -> str:
    """The most specific type the reports agree on: the most reported, a more specific
    one on a tie; happenings' types before outcomes' ("killed" alone says less than
    "air strike")."""
    got = Counter(e.event_type for e in members)
    return min(got, key=lambda t: (TYPES[t].role == "outcome", -got[t], -t.count("."), t))


def _fatalities(members: list[ArticleEvent]) -> Optional[int]:
    """The toll of the latest reports that give one (tolls rise as victims are found),
    the lowest of those on that day (as ACLED codes a conservative figure)."""
    figures = [(e.published, e.fatalities) for e in members if e.fatalities is not None]
    if not figures:
        return None
    last = max(p for p, _ in figures if p is not None) if any(p for p, _ in figures) else None
    day = last.date() if last is not None else None
    return min(f for p, f in figures if (p.date() if p is not None else None) == day)


def _report_window(members: list[ArticleEvent]) -> Optional[TimeInterval]:
    """For a happening no report dates that is what an article is about (its headline
    and lead tell it, as news, not as background): the day its first report was
    published and the day before.  A report tells what has just happened; analysts code
    such an event by its report's date, with a week's precision (ACLED's
    ``time_precision`` 2)."""
    if not any(e.main and not e.background and e.modality == "asserted" for e in members):
        return None
    pubs = [e.published for e in members if e.published is not None]
    if not pubs:
        return None
    first = min(pubs, key=lambda d: d.replace(tzinfo=None))
    day = datetime(first.year, first.month, first.day, tzinfo=first.tzinfo)
    return TimeInterval(day - timedelta(days=1), day + timedelta(days=1))


def _event(members: list[ArticleEvent]) -> Event:
    mentions = sorted((m for e in members for m in e.mentions), key=lambda m: (m.article_id, m.start, m.end))
    best, conflicts = _consensus(members)
    kind = "statement" if all(e.kind == "statement" for e in members) else "happening"
    interval = best.interval if best else None
    time = best.time if best else None
    if best is None and kind == "happening":
        interval = _report_window(members)
    if best is None and interval is not None:
        day = interval.end - timedelta(days=1)
        value, granularity, basis = f"{interval.start.date().isoformat()}/{day.date().isoformat()}", Granularity.DAY, \
            "publication"
    elif best is not None and best.time_basis == "publication":
        value, granularity, basis = interval.start.date().isoformat(), Granularity.DAY, "publication"  # type: ignore[union-attr]
    elif best is not None and time is not None:
        value, granularity, basis = time.value, time.granularity, "reports"
    else:
        value, granularity, basis = None, None, "none"
    place_id = _place(members) if kind == "happening" else _majority([e.places[0] if e.places else None for e in members])
    location = next((e.location for e in members if e.places and e.places[0] == place_id and e.location), None)
    # who did it, by most reports; to whom, by most of the reports that name another side
    # (one report's doer is never also the target: two reports reading one side's roles
    # the other way round must not make an attack on the army "by the army")
    actor1 = _majority([e.actor1 for e in members])
    return Event(
        id="",
        interval=interval,
        value=value,
        granularity=granularity,
        title=_title(members, best),
        kind=kind,
        mentions=tuple(mentions),
        sources=_sources(mentions),
        conflicts=conflicts,
        date_basis=basis,
        type=_type(members),
        place_id=place_id,
        location=location,
        actor1=actor1,
        actor2=_majority([e.actor2 for e in members if e.actor2 != actor1]),
        fatalities=_fatalities(members),
    )


ArticlesLike = Union[Iterable[Article], str, "object"]


def build_chronology(
    articles: ArticlesLike,
    *,
    settings: Optional[Settings] = None,
    link: Optional[LinkSettings] = None,
    progress: Optional[object] = None,
    errors: str = "raise",
    workers: Optional[int] = 1,
) -> Chronology:
    """Extract the events of every article and link them into one chronology.

    Args:
        articles: :class:`Article` objects, or a folder/file path (see
            :func:`read_articles`).
        settings: resolution settings (week start, weekend, parts of day).
        link: how article events are linked across articles (:class:`LinkSettings`).
        progress: an optional callable ``progress(done, total)`` called per article.
        errors: ``"raise"`` (default): an article that cannot be used (no publication
            date, unreadable, a text the pipeline fails on, an id another article has)
            raises one :class:`~timeline.ArticleError` naming every such article;
            ``"skip"``: each is left out, warned about (:class:`~timeline.TimelineWarning`)
            and listed in :attr:`Chronology.skipped` with its reason.
        workers: how many processes read the articles (``None``: one per CPU).  Reading
            is most of the time a chronology takes and each article is read on its own, so
            it spreads over the cores of one machine; the result is the same whatever the
            number.  (For corpora beyond one machine, see :mod:`timeline.dask`.)

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
    if workers is None:
        import os

        workers = os.cpu_count() or 1
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise InputError(f"workers must be a whole number of processes, 1 or more, or None, not {workers!r}")
    if link is not None and not isinstance(link, LinkSettings):
        raise InputError(f"link must be a timeline.LinkSettings, not {type(link).__name__}")
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
        chron = _build(arts, settings, link, progress, errors, skipped, batch.unlisted, workers)
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


def _build(arts: list[tuple[Optional[str], Article]], settings: Settings, link: Optional[LinkSettings],
           progress: Optional[object], errors: str = "raise",
           skipped: Optional[list[SkippedArticle]] = None, unlisted: Iterable[str] = (),
           workers: int = 1) -> Chronology:
    arts = sorted(arts, key=lambda pa: pa[1].id)
    skipped = list(skipped or [])
    article_events: list[ArticleEvent] = []
    infos: list[ArticleInfo] = []
    failed: list[tuple[Optional[str], Article, TimelineError]] = []
    # each distinct text is read once (a syndicated copy is told under each outlet), in
    # ``workers`` processes when asked; results are taken in the articles' order
    keys = [(a.text, a.lang, repr(a.published)) for _, a in arts]
    first: dict[tuple[str, Optional[str], str], int] = {}
    for k, key in enumerate(keys):
        first.setdefault(key, k)
    todo = sorted(first.values())
    done: dict[int, tuple[str, object]] = {}
    for k, outcome in zip(todo, _read_each([arts[k][1] for k in todo], settings, workers)):
        done[k] = outcome
    for k, (path, a) in enumerate(arts):
        src = first[keys[k]]
        status, value = done[src]
        if status == "error" and src != k:
            status, value = _read_one(a, settings)  # its own error, naming it
        if status == "error":
            failed.append((path, a, value))  # type: ignore[arg-type]
        else:
            d, info = value  # type: ignore[misc]
            if src != k:
                d = as_copy(d, a)
                info = attrs.evolve(info, id=a.id, source=a.outlet, url=a.url)
            article_events.extend(d)
            infos.append(info)
        if progress is not None:
            progress(k + 1, len(arts))  # type: ignore[operator]
    if failed and errors == "raise":
        if len(failed) == 1:
            raise failed[0][2]
        raise ArticleError(f"{len(failed)} articles cannot be used:\n" + "\n".join(
            f"  {SkippedArticle(a.id, path, _reason(a, err))}" for path, a, err in failed)) from failed[0][2]
    for path, a, err in failed:
        skipped.append(SkippedArticle(a.id, path, _reason(a, err)))
    return assemble(article_events, link, tuple(infos), skipped, unlisted)


def _read_one(article: Article, settings: Settings) -> tuple[str, object]:
    """``("ok", (events, info))`` or ``("error", a TimelineError naming the article)``."""
    try:
        return "ok", _prepare(article, settings)
    except MemoryError:
        raise
    except Exception as exc:  # a bad article is reported with its id, never a bare crash
        return "error", _failure(article, exc)


#: Below this many articles, worker processes cost more than they save.
_PARALLEL_FROM = 32


def _read_each(articles: list[Article], settings: Settings, workers: int) -> Iterator[tuple[str, object]]:
    """:func:`_read_one` of each article, in order: in this process, or in ``workers``
    processes (forked where the system allows, so the gazetteer and the language data the
    first article loads here are not loaded again)."""
    if workers <= 1 or len(articles) < _PARALLEL_FROM:
        for a in articles:
            yield _read_one(a, settings)
        return
    import concurrent.futures
    import itertools
    import multiprocessing

    yield _read_one(articles[0], settings)  # loads what every worker needs, once
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(64, len(articles) // (workers * 8)))
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        yield from pool.map(_read_one, articles[1:], itertools.repeat(settings), chunksize=chunk)


def copies(infos: Iterable[ArticleInfo]) -> dict[str, str]:
    """The articles that copy an earlier one's text: id -> the id of the copy with the
    smallest id (which alone is linked)."""
    infos = list(infos)
    first: dict[str, str] = {}
    for info in sorted(infos, key=lambda i: i.id):
        if info.digest:
            first.setdefault(info.digest, info.id)
    return {i.id: first[i.digest] for i in infos if i.digest and first[i.digest] != i.id}


def assemble(article_events: list[ArticleEvent], link: Optional[LinkSettings],
             infos: tuple[ArticleInfo, ...], skipped: Iterable[SkippedArticle] = (),
             unlisted: Iterable[str] = (),
             linker: Optional[Callable[[list[ArticleEvent]], list[list[int]]]] = None) -> Chronology:
    """Link article events (in any order) and number the events of the chronology.

    ``linker(own)`` gives the groups of the article events that are not copies (sorted by
    article id and index), as :func:`~timeline.linking.link_events` does (the default); the
    distributed path (:mod:`timeline.dask`) passes the groups it linked slice by slice.

    Copies of one text (the same words under several ids: a syndicated story) are linked
    once, through the copy with the smallest id; each other copy's events join the events
    of that one, so a copy adds a source and never changes the grouping."""
    article_events = sorted(article_events, key=lambda e: (e.article_id, e.index))
    original = copies(infos)
    own = [e for e in article_events if e.article_id not in original]
    groups = linker(own) if linker is not None else link_events(own, link)
    members = [[own[i] for i in g] for g in groups]
    where = {(e.article_id, e.index): k for k, ms in enumerate(members) for e in ms}
    for e in article_events:
        if e.article_id in original:
            k = where.get((original[e.article_id], e.index))
            if k is None:  # (the same text gives the same events; kept apart if not)
                members.append([e])
            else:
                members[k].append(e)
    events = [_event(m) for m in members]
    order = list(range(len(events)))
    dated = [k for k in order if events[k].interval is not None]
    undated = [k for k in order if events[k].interval is None]

    def content_key(e: Event) -> tuple:
        return tuple(sorted({(m.article_id, m.start) for m in e.mentions}))

    dated.sort(key=lambda k: (events[k].interval.start, events[k].interval.end, events[k].title,  # type: ignore[union-attr]
                              content_key(events[k])))
    undated.sort(key=lambda k: (min((m.published or datetime.min).replace(tzinfo=None) for m in events[k].mentions),
                                events[k].title, content_key(events[k])))
    width = max(4, len(str(len(events))))
    ids = {k: f"E{n:0{width}d}" for n, k in enumerate(dated + undated, 1)}
    of_article_event = {(e.article_id, e.index): ids[k] for k, ms in enumerate(members) for e in ms}
    numbered = []
    for k in dated + undated:
        e = events[k]
        about = _majority([of_article_event.get((x.article_id, x.about)) for x in members[k]
                           if x.about is not None])
        numbered.append(attrs.evolve(e, id=ids[k], about=about))
    skipped = sorted(skipped, key=lambda s: (s.id, s.path or "", s.reason))
    return Chronology(tuple(numbered[:len(dated)]), tuple(numbered[len(dated):]), infos,
                      tuple(skipped), tuple(sorted(unlisted)))
