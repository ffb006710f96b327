"""Linking: the article events of all articles into one deduplicated set of happenings.

1. :mod:`.candidates` — which pairs to compare (a sweep over time, by blocks);
2. :mod:`.features` — what each pair has in common (time, type, place, actors,
   casualties, words);
3. :mod:`.model` — how likely a pair is one happening (weights learned from data);
4. :mod:`.cluster` — groups by average linkage;
5. :mod:`.statements` — one speaker's statements about one linked happening join.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence

from ..model import ArticleEvent
from .candidates import candidate_pairs, day_unknown, window
from .names import actor_key
from ..cluster import cluster
from .features import FAR_KM, NAMES, Corpus, pair_features, profile
from .model import LinkModel, LinkSettings, load_model
from .statements import facts_of, join_statements

_CLOCK = NAMES.index("clock_same")

__all__ = ["link_events", "score_pairs", "far_apart", "other_day_other_town", "other_states", "impossible", "common_keys", "LinkSettings", "LinkModel", "load_model"]


def _place(place_id: str):
    """The gazetteer's place of an id, or ``None`` for an id it does not know."""
    from ..events.gazetteer import get_place

    try:
        return get_place(place_id)
    except KeyError:
        return None


def _parents(place_id: str) -> tuple[str, ...]:
    p = _place(place_id)
    return p.parents if p is not None else ()


def _name(place_id: str) -> str:
    p = _place(place_id)
    return p.name if p is not None else ""


def _size(place_id: str) -> int:
    p = _place(place_id)
    return p.population or 0 if p is not None else 0


def _point(place_id: str) -> Optional[tuple[float, float]]:
    p = _place(place_id)
    return (p.lat, p.lon) if p is not None and p.lat is not None and p.lon is not None else None


def _keys(e: ArticleEvent, corpus: Corpus) -> frozenset[str]:
    """Identifiers a pair must share to be compared in a busy stretch of time."""
    rare = sorted(e.words, key=lambda w: (-corpus.idf(e.lang, w), w))[:6]
    return frozenset([f"p:{p}" for p in e.places[:1]] + [f"a:{actor_key(a)}" for a in e.actors]
                     + [f"n:{n}" for n in e.names] + [f"w:{e.lang}:{w}" for w in rare])


#: A blocking key shared by more events than this (and than 0.2% of them) says too
#: little to look events up by ("Syria", "ISIS" in a year of Syrian news).
COMMON_KEY = 60


def _discriminative(keys: list[frozenset[str]]) -> list[frozenset[str]]:
    """The blocking keys without those too common to discriminate."""
    count: dict[str, int] = {}
    for ks in keys:
        for k in ks:
            count[k] = count.get(k, 0) + 1
    common = common_keys(count, len(keys))
    return [ks - common if common & ks else ks for ks in keys]


def common_keys(count: dict[str, int], n: int) -> set[str]:
    """The keys of ``count`` (how many of ``n`` events carry each) too common to block on.

    >>> sorted(common_keys({"p:SY": 100, "n:manbij": 2}, 1000))
    ['p:SY']
    """
    cap = max(COMMON_KEY, n // 500)
    return {k for k, c in count.items() if c > cap}


def score_pairs(events: Sequence[ArticleEvent], settings: Optional[LinkSettings] = None,
                features_only: bool = False, *, corpus: Optional[Corpus] = None,
                keys: Optional[Sequence[frozenset[str]]] = None,
                only: Optional[Callable[[int], bool]] = None) -> dict[tuple[int, int], object]:
    """The candidate pairs of ``events`` (indices) and their probabilities (or their
    feature vectors with ``features_only``), in the order :func:`candidate_pairs` gives.

    By default the word statistics (``corpus``) and the blocking ``keys`` are those of
    ``events``; a slice of a larger corpus passes the whole corpus's (so that its scores
    are the whole corpus's) and ``only`` (see :func:`candidate_pairs`) to score just the
    pairs it owns.

    >>> import timeline
    >>> from timeline.events.extract import read_article
    >>> manbij = timeline.Article(id="m", text="A car bomb killed five civilians in Manbij on Monday morning.",
    ...                           published="2025-03-10", source="A", lang="en")
    >>> raqqa = timeline.Article(id="r", text="A car bomb killed three civilians in Raqqa on Monday morning.",
    ...                          published="2025-03-10", source="B", lang="en")
    >>> events = [*read_article(manbij), *read_article(raqqa)]
    >>> {pair: round(p, 2) for pair, p in score_pairs(events).items()}
    {(0, 1): 0.3}
    """
    s = settings or LinkSettings()
    if corpus is None:
        corpus = Corpus(events)
    tol = s.clock_tolerance
    if keys is None:
        keys = _discriminative([_keys(e, corpus) for e in events])
    profiles: dict[int, object] = {}

    def prof(k: int):
        got = profiles.get(k)
        if got is None:
            got = profiles[k] = profile(events[k], corpus, tol, _parents, _point, _size)
        return got

    model = s.resolved_model()
    out: dict[tuple[int, int], object] = {}
    read: dict[int, tuple] = {}  # windows with a clock's guessed day taken as read

    def as_read(k: int) -> tuple:
        got = read.get(k)
        if got is None:
            got = read[k] = window(events[k], tol, s.undated_reach, s.background_reach, guess=False)
        return got

    for i, j in candidate_pairs(events, keys, tolerance=tol, reach=s.undated_reach,
                                background_reach=s.background_reach, only=only):
        x = pair_features(prof(i), prof(j), tol)  # type: ignore[arg-type]
        if not x[_CLOCK] and (day_unknown(events[i]) or day_unknown(events[j])):
            # met only through a clock's unknown day: one hour told twice, or nothing
            (lo_i, hi_i), (lo_j, hi_j) = as_read(i), as_read(j)
            if lo_i > hi_j or lo_j > hi_i:
                continue
        out[(i, j)] = x if features_only else model.probability(x)
    return out


def link_events(events: Sequence[ArticleEvent], settings: Optional[LinkSettings] = None) -> list[list[int]]:
    """Groups of indices into ``events``, one per happening (or statement).  ``events``
    must be in a fixed order (the chronology sorts them by article id and index), so
    that the result does not depend on the order the articles came in.

    >>> import timeline
    >>> from timeline.events.extract import read_article
    >>> manbij = timeline.Article(id="m", text="A car bomb killed five civilians in Manbij on Monday morning.",
    ...                           published="2025-03-10", source="A", lang="en")
    >>> raqqa = timeline.Article(id="r", text="A car bomb killed three civilians in Raqqa on Monday morning.",
    ...                          published="2025-03-10", source="B", lang="en")
    >>> events = [*read_article(manbij), *read_article(raqqa)]
    >>> link_events(events)  # two look-alike car bombs, 160 km apart: two events
    [[0], [1]]
    """
    s = settings or LinkSettings()
    scores = score_pairs(events, s)
    for pair in impossible(events, scores, s):
        scores[pair] = 0.0  # type: ignore[index]
    groups = cluster(len(events), scores, s.resolved_threshold())  # type: ignore[arg-type]
    return join_statements(groups, facts_of(events),
                           {(e.article_id, e.index): k for k, e in enumerate(events)}, s.clock_tolerance)


def far_apart(events: Sequence[ArticleEvent], pairs: Iterable[tuple[int, int]],
              far_km: float = FAR_KM) -> list[tuple[int, int]]:
    """The pairs of article events that cannot be one happening by where they took place:
    both the main event of their article (its headline and lead place it firmly, not only
    the dateline: a local station files from its own town), both
    of a kind that happens at one spot (``timeline.taxonomy.at_one_spot``: a shooting, a
    bombing, a raid), sharing no place, and every town one report places it in more than
    ``far_km`` from every town the other does (a shooting in Dayton is not one in Tulsa,
    a bombing in Manbij not one in Raqqa).

    :func:`link_events` gives such a pair probability 0 rather than forbidding the join:
    two lone reports stay apart, while two groups that many other pairs tie together may
    still join (a gazetteer misreading a person's name as a town far away must not split
    an incident).  Two reports that write the place with the same name, or whose towns
    bear one name in the gazetteer, are left alone: a name borne by several towns
    (Naples, Salisbury, Carlton) may be read as a different one in each.

    >>> import timeline
    >>> from timeline.events.extract import read_article
    >>> manbij = timeline.Article(id="m", text="A car bomb killed five civilians in Manbij on Monday morning.",
    ...                           published="2025-03-10", source="A", lang="en")
    >>> raqqa = timeline.Article(id="r", text="A car bomb killed three civilians in Raqqa on Monday morning.",
    ...                          published="2025-03-10", source="B", lang="en")
    >>> events = [*read_article(manbij), *read_article(raqqa)]
    >>> far_apart(events, [(0, 1)])
    [(0, 1)]
    >>> far_apart(events, [(0, 1)], far_km=500.0)
    []
    """
    from ..lang.taxonomy import at_one_spot
    from .features import _km

    points: dict[int, list[tuple[float, float]]] = {}

    def where(k: int) -> list[tuple[float, float]]:
        if k not in points:
            e = events[k]
            pts: list[tuple[float, float]] = []
            if e.main and at_one_spot(e.event_type) and e.place_basis != "dateline":
                for pid in e.places:  # towns only: a county or province is no spot
                    pt = _point(pid) if pid.startswith("geonames:") and len(_parents(pid)) > 1 else None
                    if pt is not None:
                        pts.append(pt)
            points[k] = pts
        return points[k]

    names: dict[int, frozenset[str]] = {}

    def names_of(k: int) -> frozenset[str]:
        """The names the report writes its place with and the gazetteer's names of its
        towns: two towns of one name (Carlton in Georgia, in Oregon, in Victoria) may be
        one place misread twice."""
        if k not in names:
            got = {" ".join((events[k].location or "").casefold().split())}
            for pid in events[k].places:
                if pid.startswith("geonames:"):
                    got.add(_name(pid).casefold())
            got.discard("")
            names[k] = frozenset(got)
        return names[k]

    out = []
    for i, j in pairs:
        a, b = where(i), where(j)
        if a and b and not names_of(i) & names_of(j) and not set(events[i].places) & set(events[j].places) \
                and min(_km(x, y) for x in a for y in b) > far_km:
            out.append((i, j))
    return out


def other_states(events: Sequence[ArticleEvent], pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs of article events that are two happenings by the state they change: a
    change of government (``timeline.taxonomy.OF_A_STATE``: a coup, an election, a
    resignation) happens in one country, so two told in two countries (by their sentences'
    places or by the state whose bodies they name, never by a dateline) are two, however
    alike their words and days: a coup in Mali is not one in Sudan.
    :func:`link_events` gives such a pair probability 0, as it does :func:`far_apart`'s.

    >>> import timeline
    >>> from timeline.events.extract import read_article
    >>> mali = timeline.Article(id="m", text="Soldiers overthrew the government of Mali on Monday.",
    ...                         published="2026-01-13", source="A", lang="en")
    >>> sudan = timeline.Article(id="s", text="Soldiers overthrew the Sudanese government on Monday.",
    ...                          published="2026-01-13", source="B", lang="en")
    >>> events = [*read_article(mali), *read_article(sudan)]
    >>> [(events[i].location, events[j].location) for i, j in other_states(events, [(0, 1)])]
    [('Mali', 'Sudan')]
    """
    from ..lang.taxonomy import OF_A_STATE

    country: dict[int, str] = {}

    def of(k: int) -> str:
        if k not in country:
            e = events[k]
            p = _place(e.places[0]) if e.kind == "happening" and e.event_type in OF_A_STATE and e.places \
                and e.place_basis in ("text", "state") else None
            country[k] = p.country if p is not None else ""
        return country[k]

    return [(i, j) for i, j in pairs if of(i) and of(j) and of(i) != of(j)]


def impossible(events: Sequence[ArticleEvent], pairs: Iterable[tuple[int, int]],
               settings: LinkSettings) -> list[tuple[int, int]]:
    """The pairs of ``pairs`` that cannot be one happening (:func:`far_apart` unless
    ``settings.far_km`` is ``None``, :func:`other_day_other_town`, :func:`other_states`),
    each once, in the order of ``pairs``."""
    pairs = list(pairs)
    out: set[tuple[int, int]] = set(other_day_other_town(events, pairs)) | set(other_states(events, pairs))
    if settings.far_km is not None:
        out.update(far_apart(events, pairs, settings.far_km))
    return [p for p in pairs if p in out]


#: How an event's time must be told to set it apart by its day: by its report's words.
_TOLD_DAY = frozenset({"explicit", "narrative"})


def other_day_other_town(events: Sequence[ArticleEvent], pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs of article events that are two happenings by when and where together: of
    a kind that happens at one spot (``timeline.taxonomy.at_one_spot``: a bombing, a
    shooting; not an air raid, which may hit several towns), each dated by its report's words to a whole day, the two days apart
    (Friday and Saturday), and each told in a town, two towns that share no name and
    neither holds the other (Khiam and Bint Jbeil, two towns of one front).  A clock may
    shift a day across midnight, or a town be told for the one next to it, but not both at
    once: a second bombing on the next day in the next town is a look-alike.
    :func:`link_events` gives such a pair probability 0, as it does :func:`far_apart`'s.

    >>> import timeline
    >>> from timeline.events.extract import read_article
    >>> fri = timeline.Article(id="f", text="A car bomb exploded in Khiam on Friday, killing one man.",
    ...                        published="2025-10-11", source="A", lang="en")
    >>> sat = timeline.Article(id="s", text="A car bomb exploded in Bint Jbeil on Saturday, killing one man.",
    ...                        published="2025-10-11", source="B", lang="en")
    >>> events = [*read_article(fri), *read_article(sat)]
    >>> [(events[i].article_id, events[j].article_id) for i, j in other_day_other_town(events, [(0, 1)])]
    [('f', 's')]
    """
    from ..lang.taxonomy import at_one_spot
    from ..timex import Granularity, whole_days

    facts: dict[int, Optional[tuple]] = {}

    def fact(k: int) -> Optional[tuple]:
        if k not in facts:
            e = events[k]
            got = None
            if e.kind == "happening" and at_one_spot(e.event_type) and e.time is not None \
                    and e.time_basis in _TOLD_DAY and e.interval is not None \
                    and e.time.granularity == Granularity.DAY and whole_days(e.time) \
                    and e.places and e.place_basis == "text" and len(_parents(e.places[0])) > 1:
                town = e.places[0]
                names = {" ".join((e.location or "").casefold().split()), _name(town).casefold()} - {""}
                got = (e.interval.start.replace(tzinfo=None), e.interval.end.replace(tzinfo=None),
                       town, frozenset(_parents(town)), frozenset(names), frozenset(e.places))
            facts[k] = got
        return facts[k]

    out = []
    for i, j in pairs:
        a, b = fact(i), fact(j)
        if a is None or b is None or a[2] == b[2] or a[2] in b[3] or b[2] in a[3] or a[4] & b[4] \
                or a[5] & b[5] - {p for p in a[5] if len(_parents(p)) <= 1}:
            continue
        if a[1] <= b[0] or b[1] <= a[0]:
            out.append((i, j))
    return out
