"""Statements across articles: one speaker's statement about one happening is one event.

Two reports of a statement rarely share the words that tie two reports of a raid: one
outlet writes that the president "condemned the attack and vowed to punish" its
authors, another mentions "the president's vow" in passing.  What identifies the
statement is who spoke and what about (a statement is an event of its own, the
happening it reports another: ``docs/events.md``, "The conventions").  So, once the happenings are
linked, two statements of different articles join when

- their speakers are one (:func:`~timeline.linking.candidates.speaker_key`: a person
  by the consonants of the surname in either script, anyone else by id),
- the happenings they report (``ArticleEvent.about``) were linked into one event, and
- their times meet within the clock tolerance,

unless the two groups hold two events of one article (its reading keeps them apart).
The pass is deterministic and does not depend on the order of the events: the
statements are taken by (speaker, event reported), then in index order.

>>> from datetime import datetime, timedelta
>>> day = (datetime(2025, 12, 20), datetime(2025, 12, 21))
>>> facts = [("a", None), ("a", ("person:~TRMP", ("a", 0)) + day),
...          ("b", None), ("b", ("person:~TRMP", ("b", 0)) + day)]
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

__all__ = ["Facts", "statement_facts", "join_statements"]

#: What the pass needs of one article event: its article id, and for a statement with a
#: known speaker and a reported happening, (speaker key, the happening's (article id,
#: index), start, end); ``None`` for any other event.
Facts = tuple[str, Optional[tuple[str, tuple[str, int], datetime, datetime]]]


def statement_facts(e: ArticleEvent) -> Facts:
    """The :data:`Facts` of an article event."""
    if e.kind != "statement" or e.about is None or e.interval is None:
        return (e.article_id, None)
    sp = speaker_key(e.actor1)
    if sp is None:
        return (e.article_id, None)
    iv = e.interval
    return (e.article_id, (sp, (e.article_id, e.about), iv.start.replace(tzinfo=None), iv.end.replace(tzinfo=None)))


def _about_groups(groups: Sequence[Sequence[int]], facts: Sequence[Facts],
                  where: Mapping[tuple[str, int], int]) -> tuple[dict[int, int], dict[int, int]]:
    """Each event's group, and each statement's reported happening's group."""
    group_of: dict[int, int] = {}
    for g, members in enumerate(groups):
        for k in members:
            group_of[k] = g
    about: dict[int, int] = {}
    for k, (_, f) in enumerate(facts):
        if f is not None:
            h = where.get(f[1])
            if h is not None and h in group_of:
                about[k] = group_of[h]
    return group_of, about


def join_statements(groups: Sequence[Sequence[int]], facts: Sequence[Facts], where: Mapping[tuple[str, int], int],
                    tolerance: timedelta) -> list[list[int]]:
    """``groups`` (of indices into ``facts``) after statements join (see the module
    docstring); ``where`` maps an article event's (article id, index) to its index."""
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
        ks = sorted(by_about[key])
        for x, a in enumerate(ks):
            for b in ks[x + 1:]:
                fa, fb = facts[a], facts[b]
                if fa[0] == fb[0]:
                    continue
                (_, _, sa, ea), (_, _, sb, eb) = fa[1], fb[1]  # type: ignore[misc]
                if max(sa, sb) - min(ea, eb) >= tolerance:
                    continue  # their times do not meet
                ra, rb = find(group_of[a]), find(group_of[b])
                if ra == rb or articles[ra] & articles[rb]:
                    continue
                lo, hi = min(ra, rb), max(ra, rb)
                parent[hi] = lo
                articles[lo] |= articles[hi]
    out: dict[int, list[int]] = {}
    for g, members in enumerate(groups):
        out.setdefault(find(g), []).extend(members)
    return sorted(sorted(m) for m in out.values())
