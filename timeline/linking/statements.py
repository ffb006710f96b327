"""Statements across articles: one speaker's statement about one happening is one event.

Two reports of a statement rarely share the words that tie two reports of a raid: one
outlet writes that the president "condemned the attack and vowed to punish" its
authors, another mentions "the president's vow" in passing.  What identifies the
statement is who spoke and what about (a statement is an event of its own, the
happening it reports another: ``docs/events.md``, "The conventions").  So, once the
happenings are linked, two statements of different articles join when

- their speakers are one (:func:`~timeline.linking.candidates.speaker_key`: a person
  by the consonants of the surname in either script, anyone else by id),
- the happenings they report (``ArticleEvent.about``) were linked into one event, and
- their times meet within the clock tolerance,

unless the two groups hold two events of one article (its reading keeps them apart).
Before that, a group the linker made of one speaker's statements is cut where they report
happenings linked into different events that their articles date to times that cannot
meet (the army's words about Friday's strike and about Saturday's).
The pass is deterministic and does not depend on the order of the events: the
statements are taken by (speaker, event reported), then in time order, each trying the
:data:`JOIN_REACH` before it (so that it stays linear however many reports there are).

>>> from datetime import datetime, timedelta
>>> day = (datetime(2025, 12, 20), datetime(2025, 12, 21))
>>> facts = [("a", None), ("a", ("person:~TRMP", ("a", 0)) + day + (None,)),
...          ("b", None), ("b", ("person:~TRMP", ("b", 0)) + day + (None,))]
>>> where = {("a", 0): 0, ("a", 1): 1, ("b", 0): 2, ("b", 1): 3}
>>> join_statements([[0, 2], [1], [3]], facts, where, timedelta(hours=12))
[[0, 2], [1, 3]]
>>> join_statements([[0], [1], [2], [3]], facts, where, timedelta(hours=12))  # about two happenings
[[0], [1], [2], [3]]
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Mapping, Optional, Sequence

from ..model import ArticleEvent
from .candidates import speaker_key

__all__ = ["Facts", "statement_facts", "facts_of", "join_statements", "JOIN_REACH"]

#: How many statements before it (in time order) each statement tries to join (see
#: :func:`join_statements`).
JOIN_REACH = 16

#: What the pass needs of one article event: its article id, and for a statement with a
#: known speaker and a reported happening, (speaker key, the happening's (article id,
#: index), start, end, the happening's own time as (start, end) when its article dates it
#: by words, else ``None``); ``None`` for any other event.
Facts = tuple[str, Optional[tuple[str, tuple[str, int], datetime, datetime, Optional[tuple[datetime, datetime]]]]]

#: How a happening's time must be told for its statements to be kept apart by it: by the
#: article's words, not by the publication date alone.
_TOLD = frozenset({"explicit", "narrative", "inherited"})


def statement_facts(e: ArticleEvent, about: Optional[ArticleEvent] = None) -> Facts:
    """The :data:`Facts` of an article event (``about``: the happening it reports, an
    event of its article, when known; see :func:`facts_of`)."""
    if e.kind != "statement" or e.about is None or e.interval is None:
        return (e.article_id, None)
    sp = speaker_key(e.actor1)
    if sp is None:
        return (e.article_id, None)
    iv = e.interval
    told = None
    if about is not None and about.interval is not None and about.time_basis in _TOLD:
        told = (about.interval.start.replace(tzinfo=None), about.interval.end.replace(tzinfo=None))
    return (e.article_id, (sp, (e.article_id, e.about), iv.start.replace(tzinfo=None), iv.end.replace(tzinfo=None),
                           told))


def facts_of(events: Sequence[ArticleEvent]) -> list[Facts]:
    """The :data:`Facts` of ``events``, each statement's reported happening looked up
    among them (an article's events travel together)."""
    by_key = {(e.article_id, e.index): e for e in events}
    return [statement_facts(e, by_key.get((e.article_id, e.about)) if e.about is not None else None)
            for e in events]


def _group_of(groups: Sequence[Sequence[int]]) -> dict[int, int]:
    """Each event's group."""
    return {k: g for g, members in enumerate(groups) for k in members}


def _about_groups(groups: Sequence[Sequence[int]], facts: Sequence[Facts],
                  where: Mapping[tuple[str, int], int]) -> tuple[dict[int, int], dict[int, int]]:
    """Each event's group, and each statement's reported happening's group."""
    group_of = _group_of(groups)
    about: dict[int, int] = {}
    for k, (_, f) in enumerate(facts):
        if f is not None:
            h = where.get(f[1])
            if h is not None and h in group_of:
                about[k] = group_of[h]
    return group_of, about


#: A statement group reporting more happenings than this is left whole (a feed of one
#: speaker's thousands of statements: the cut compares its parts two by two).
_MOST_PARTS = 64


def _split_by_about(groups: Sequence[Sequence[int]], facts: Sequence[Facts],
                    where: Mapping[tuple[str, int], int], tolerance: timedelta) -> list[list[int]]:
    """``groups`` with a group of statements cut where its statements report happenings
    that were linked into different events and that their articles date to times that
    cannot meet (even with the clock ``tolerance``): the army's words about Friday's
    strike and about Saturday's are two statements, however alike their words and days.
    Happenings not dated by words, or whose times meet, keep their statements together
    (one statement may tell of a killing and of the mourning it brings); members that
    report nothing known stay with the largest part."""
    group_of = _group_of(groups)
    out: list[list[int]] = []
    for members in groups:
        parts: dict[int, list[int]] = {}
        times: dict[int, tuple[datetime, datetime]] = {}  # each part's happenings, end to end
        rest: list[int] = []
        for k in members:
            f = facts[k][1]
            h = where.get(f[1]) if f is not None else None
            if f is None or h is None or h not in group_of or f[4] is None:
                rest.append(k)
                continue
            g = group_of[h]
            parts.setdefault(g, []).append(k)
            lo, hi = times.get(g, f[4])
            times[g] = (min(lo, f[4][0]), max(hi, f[4][1]))
        if not 2 <= len(parts) <= _MOST_PARTS:
            out.append(list(members))
            continue
        # parts whose happenings' times meet are one: join them (in a fixed order)
        keys = sorted(parts)
        root = {g: g for g in keys}

        def find(g: int) -> int:
            while root[g] != g:
                g = root[g]
            return g

        for x, a in enumerate(keys):
            for b in keys[x + 1:]:
                if find(a) != find(b) and _meet(times[a], times[b], tolerance):
                    root[find(b)] = find(a)
        merged: dict[int, list[int]] = {}
        for g in keys:
            merged.setdefault(find(g), []).extend(parts[g])
        ordered = sorted(merged.values(), key=lambda p: (-len(p), min(p)))
        ordered[0] = ordered[0] + rest
        out.extend(sorted(p) for p in ordered)
    return out


def _whole_days(iv: tuple[datetime, datetime]) -> bool:
    s, e = iv
    return s.time() == e.time() == datetime.min.time() and e > s


def _meet(a: tuple[datetime, datetime], b: tuple[datetime, datetime], tolerance: timedelta) -> bool:
    """Do two happenings' times meet: overlap, within the clock tolerance unless both are
    whole days told by words (Friday and Saturday only touch)?"""
    tol = timedelta(0) if _whole_days(a) and _whole_days(b) else tolerance
    return a[0] - tol < b[1] and b[0] - tol < a[1]


def join_statements(groups: Sequence[Sequence[int]], facts: Sequence[Facts], where: Mapping[tuple[str, int], int],
                    tolerance: timedelta) -> list[list[int]]:
    """``groups`` (of indices into ``facts``) after statements join (see the module
    docstring); ``where`` maps an article event's (article id, index) to its index."""
    groups = _split_by_about(groups, facts, where, tolerance)
    group_of, about = _about_groups(groups, facts, where)
    by_about: dict[tuple[str, int], list[int]] = {}
    for k, g in about.items():
        if k in group_of:
            by_about.setdefault((facts[k][1][0], g), []).append(k)  # type: ignore[index]
    if not by_about:
        return [sorted(g) for g in groups]
    parent = list(range(len(groups)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    articles = [{facts[k][0] for k in g} for g in groups]
    for key in sorted(by_about):
        # in time order, each statement tries the JOIN_REACH before it (a speaker's
        # statements about one happening, told by thousands of reports, stay linear)
        ks = sorted(by_about[key], key=lambda k: (facts[k][1][2], k))  # type: ignore[index]
        for x, b in enumerate(ks):
            fb = facts[b]
            sb = fb[1][2]  # type: ignore[index]
            for a in reversed(ks[max(0, x - JOIN_REACH):x]):
                fa = facts[a]
                if fa[0] == fb[0] or sb - fa[1][3] >= tolerance:  # type: ignore[index]
                    continue  # one article's, or their times do not meet
                ra, rb = find(group_of[a]), find(group_of[b])
                if ra == rb or articles[ra] & articles[rb]:
                    continue
                # the larger group takes the smaller in (the root is any member: the
                # groups are read out sorted)
                big, small = (ra, rb) if (len(articles[ra]), -ra) >= (len(articles[rb]), -rb) else (rb, ra)
                parent[small] = big
                articles[big] |= articles[small]
    out: dict[int, list[int]] = {}
    for g, members in enumerate(groups):
        out.setdefault(find(g), []).extend(members)
    return sorted(sorted(m) for m in out.values())
