"""Which article events to compare: a sweep over time, never all pairs.

Statements are compared only with statements of the same named speaker (one statement
has one speaker; "sources said" in two outlets are two statements).

Each article event has a *window*, the time it may have happened in:

* dated: its interval widened by the clock tolerance (12 hours: "Thursday night" in
  Washington is ``فجر الجمعة`` in Baghdad), and so are the other days its mentions name
  within ten days of it (one shooting told "Tuesday afternoon" and "Saturday");
* undated: from ``reach`` before its article's publication to the end of the
  publication day plus the clock tolerance (a report tells what already happened);
* a happening naming a person in full ("Jacob Setter, 14") is swept a week wider on each
  side, and a pair met only there is kept when both name that person: reports of one
  victim that date the shooting a day or two apart still meet.

The sweep visits events in order of window start and keeps the events whose windows are
still open, per *block* (the kind and family of happening: a statement never meets a
happening, a quake never meets a vote).  A new event is compared with every open event
of its block when the block is small, and otherwise only with those sharing a key (a
place, an actor, a name, a rare word).  Events dated coarser than a week ("in 2014",
"last month") meet fine-grained ones only through a shared key too.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable, Iterator, Optional, Sequence

from ..lang.taxonomy import BY_PARTICIPANTS, INTERCHANGEABLE, TYPES, can_cause, distinct, family, similarity
from ..model import ArticleEvent
from ..timex import Granularity
from .names import actor_key

__all__ = ["window", "own_window", "named_persons", "NAME_REACH", "participants", "day_unknown", "other_times", "candidate_pairs", "types_compatible", "blocks", "speaker_key"]

_COARSE = timedelta(days=8)
_DAY_RANK = Granularity.DAY.rank
_HAPPENING_FAMILIES = ("violence", "disaster", "political", "strategic", "protest", "riot")


def _naive(d: datetime) -> datetime:
    return d.replace(tzinfo=None) if d.tzinfo is not None else d


#: How far from an event's own time another day its mentions name may lie and still be
#: a reading of the event's time (:func:`other_times`).
OTHER_REACH = timedelta(days=10)


def other_times(e: ArticleEvent) -> tuple[tuple[datetime, datetime], ...]:
    """The other days or finer times the mentions of a dated article event name, within
    :data:`OTHER_REACH` of its own (naive intervals): one happening told with several
    days in one article ("shot Tuesday afternoon … died Saturday"; a weekday read from
    a later publication day) may be the happening another report dates by one of them."""
    iv = e.interval
    if iv is None:
        return ()
    lo, hi = _naive(iv.start), _naive(iv.end)
    out: dict[tuple[datetime, datetime], None] = {}
    for m in e.mentions:
        t = m.time
        if m.time_basis != "explicit" or t is None or t.interval is None or t.granularity is None \
                or t.granularity.rank > _DAY_RANK:
            continue
        s, f = _naive(t.interval.start), _naive(t.interval.end)
        if (s, f) != (lo, hi) and lo - OTHER_REACH < f and s < hi + OTHER_REACH:
            out[(s, f)] = None
    return tuple(sorted(out))


#: How much wider the window of an event naming a person in full is swept: two reports
#: naming one victim ("Jacob Setter, 14") are compared though one dates the shooting to
#: Sunday and the other to Monday (a pair beyond the plain windows is kept only when
#: both name that person, :func:`candidate_pairs`; the model then weighs the days apart).
#: (Chosen on held-out GVC folds, the linker refitted per fold: cross F1 / worst fold with
#: 0, 1, 2, 3, 5, 7, 10, 30 days: 0.933/0.913, 0.934/0.913, 0.935/0.913, 0.939/0.913,
#: 0.937/0.908, 0.942/0.929, 0.940/0.894, 0.944/0.896; event dates fall past a week.)
NAME_REACH = timedelta(days=7)


def named_persons(e: ArticleEvent) -> frozenset[str]:
    """The persons an article event names in full (two words or more): what two reports of
    one shooting share however they date it."""
    return frozenset(actor_key(a) for a in e.actors if a.startswith("person:") and " " in a[7:].strip())


def window(e: ArticleEvent, tolerance: timedelta, reach: timedelta,
           background_reach: timedelta = timedelta(days=5 * 366), guess: bool = True,
           names: bool = False) -> tuple[datetime, datetime]:
    """The naive (local wall-clock) time window an article event may lie in: its own
    (:func:`own_window`) and the other times its mentions name (:func:`other_times`);
    with ``names``, widened by :data:`NAME_REACH` when it names a person in full (the
    window the sweep keeps it open in)."""
    lo, hi = own_window(e, tolerance, reach, background_reach, guess)
    for s, f in other_times(e):
        lo = min(lo, s - tolerance if s - datetime.min > tolerance else datetime.min)
        hi = max(hi, f + tolerance if datetime.max - f > tolerance else datetime.max)
    if names and e.kind == "happening" and named_persons(e):
        lo = lo - NAME_REACH if lo - datetime.min > NAME_REACH else datetime.min
        hi = hi + NAME_REACH if datetime.max - hi > NAME_REACH else datetime.max
    return lo, hi


def own_window(e: ArticleEvent, tolerance: timedelta, reach: timedelta,
               background_reach: timedelta = timedelta(days=5 * 366), guess: bool = True) -> tuple[datetime, datetime]:
    """The window of an article event's own time.  An undated happening told only as
    what came before ("after the collapse of the government") reaches
    ``background_reach`` back instead of ``reach``; one dated by a clock whose day its
    text left out (:func:`day_unknown`) reaches ``reach`` back as well, unless ``guess``
    is false (its day taken as read)."""
    iv = e.interval
    if iv is not None:
        lo, hi = _naive(iv.start), _naive(iv.end)
        if guess and e.published is not None and day_unknown(e):
            # a clock whose day the text left out ("around 4:20 p.m."): any day up to
            # ``reach`` before the report, as for an undated one
            pub = _naive(e.published)
            day = datetime(pub.year, pub.month, pub.day)
            if day - datetime.min > reach:
                lo = min(lo, day - reach)
            hi = max(hi, day + timedelta(days=1))
    else:
        pub = _naive(e.published) if e.published is not None else datetime(1, 1, 2)
        day = datetime(pub.year, pub.month, pub.day)
        back = background_reach if e.background else reach
        lo = day - back if day - datetime.min > back else datetime.min
        hi = day + timedelta(days=1)
    lo = lo - tolerance if lo - datetime.min > tolerance else datetime.min
    hi = hi + tolerance if datetime.max - hi > tolerance else datetime.max
    return lo, hi


def day_unknown(e: ArticleEvent) -> bool:
    """Is the article event dated by a clock time whose day its text left out ("around
    4:20 p.m.", put on the day the story was on)?  Its day is a guess; its clock is not."""
    return e.time is not None and e.interval is not None and "day_inferred" in e.time.flags


def participants(e: ArticleEvent) -> frozenset[str]:
    """The bodies that take part in a happening its taking part defines (a meeting, a visit:
    ``taxonomy.BY_PARTICIPANTS``), as its roles name them (a force by the body it is part
    of, as the event layer compares them); empty for any other happening."""
    from ..events.actors import body_of, get_actor

    if e.event_type not in BY_PARTICIPANTS:
        return frozenset()
    out = set()
    for a in (e.actor1, e.actor2):
        if a is None:
            continue
        try:
            body = body_of(get_actor(a))
        except KeyError:
            continue  # (an id the table does not know says nothing of who took part)
        if body:
            out.add(body)
    return frozenset(out)


def speaker_key(actor_id: Optional[str]) -> Optional[str]:
    """Who spoke, as two reports can agree on it: a person by the consonants of the
    surname in either script ("بيتر هيغسيث", "بيت هيغسيث", "Pete Hegseth" and "Hegseth"
    all ``person:~HGST``; :func:`actor_key`), anyone else by id."""
    if actor_id is None:
        return None
    return actor_key(actor_id)


def types_compatible(a: str, b: str) -> bool:
    """Can two article events of these types be one happening (or one statement)?  Not
    a quake and its aftershock (:func:`timeline.lang.taxonomy.distinct`)."""
    if distinct(a, b):
        return False
    ra, rb = TYPES[a].role, TYPES[b].role
    if (ra == "statement") != (rb == "statement"):
        return False
    if ra == "statement":
        return True
    if ra == "happening" and rb == "happening":
        if family(a) != family(b) and (a == family(a) or b == family(b)):
            return False  # across families only specific types meet (see _families_of)
        return similarity(a, b) > 0.0
    if ra == "outcome" and rb == "happening":
        return can_cause(b, a)
    if rb == "outcome" and ra == "happening":
        return can_cause(a, b)
    return True


def blocks(e: ArticleEvent) -> tuple[str, ...]:
    """The blocks an event is compared within: ``statement``, or the families of
    happening it can belong to (an event told only by its deaths may be an attack or a
    quake)."""
    if e.kind == "statement":
        return ("statement",)
    role = TYPES[e.event_type].role
    if role == "happening":
        return _families_of(e.event_type)
    return tuple(f for f in _HAPPENING_FAMILIES if role == "reference" or can_cause(f, e.event_type))


def _families_of(type_id: str) -> tuple[str, ...]:
    """A happening type's family, then the families of the specific types outlets tell the
    same happening as (:data:`~timeline.lang.taxonomy.INTERCHANGEABLE`: police shooting at
    protesters told as a shooting and as a protest broken up by force).  A bare family
    ("an attack") is not one: across articles it would meet every protest of its town."""
    own = family(type_id)
    if type_id == own:
        return (own,)
    more = sorted({family(x) for g in INTERCHANGEABLE if type_id in g for x in g if x != family(x)} - {own})
    return (own, *more)


def candidate_pairs(events: Sequence[ArticleEvent], keys: Sequence[frozenset[str]], *,
                    tolerance: timedelta, reach: timedelta, small: int = 48,
                    background_reach: timedelta = timedelta(days=5 * 366),
                    only: Optional[Callable[[int], bool]] = None) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of indices into ``events`` worth scoring (see the module
    docstring); ``keys`` holds each event's identifiers for blocking.

    The pairs come in a fixed order: by the sweep position of the later event of the pair,
    then its blocks, then its keys in sorted order.  With ``only``, the sweep still visits
    every event but yields only the pairs whose later event ``i`` has ``only(i)`` true: a
    slice of time that holds every event whose window touches it yields exactly the pairs
    the whole corpus would yield for the events whose windows start in it, in the same
    order (what :mod:`timeline.dask` relies on)."""
    base = [window(e, tolerance, reach, background_reach) for e in events]
    wins = [window(e, tolerance, reach, background_reach, names=True) for e in events]
    persons = [named_persons(e) if w != b else frozenset() for e, w, b in zip(events, wins, base)]
    bodies = [participants(e) for e in events]
    coarse = [(w[1] - w[0]) > _COARSE + 2 * tolerance
              for w in (own_window(e, tolerance, reach, background_reach) for e in events)]
    order = sorted(range(len(events)), key=lambda i: (wins[i][0], events[i].article_id, events[i].index))
    active: dict[str, list[int]] = {}
    postings: dict[tuple[str, str], list[int]] = {}
    for i in order:
        lo_i = wins[i][0]
        ei = events[i]
        seen: set[int] = set()
        emit = only is None or only(i)
        for b in blocks(ei):
            act = [j for j in active.get(b, ()) if wins[j][1] > lo_i]
            active[b] = act
            if len(act) <= small:
                pool = act
            else:
                pool = []
                for k in sorted(keys[i]):  # (a set's order changes with the hash seed)
                    lst = [j for j in postings.get((b, k), ()) if wins[j][1] > lo_i]
                    postings[(b, k)] = lst
                    pool.extend(lst)
            for j in pool if emit else ():
                if j in seen:
                    continue
                seen.add(j)
                ej = events[j]
                if ej.article_id == ei.article_id or ej.kind != ei.kind:
                    continue
                if ei.kind == "statement" and (ei.actor1 is None or speaker_key(ei.actor1) != speaker_key(ej.actor1)):
                    continue  # one statement has one speaker: both named, the same
                if bodies[i] and bodies[j] and not bodies[i] & bodies[j]:
                    continue  # a meeting of the war cabinet is not the Security Council's
                if coarse[i] != coarse[j] and not (keys[i] & keys[j]):
                    continue
                if (base[i][0] >= base[j][1] or base[j][0] >= base[i][1]) and not (persons[i] & persons[j]):
                    continue  # met only through the wider window of a name they do not share
                if not types_compatible(ei.event_type, ej.event_type):
                    continue
                yield (i, j) if i < j else (j, i)
            act.append(i)
            for k in keys[i]:
                postings.setdefault((b, k), []).append(i)
