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
The pass is deterministic and does not depend on the order of the events: the
statements are taken by (speaker, event reported), then in time order, each trying the
:data:`JOIN_REACH` before it (so that it stays linear however many reports there are).

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

__all__ = ["Facts", "statement_facts", "join_statements", "JOIN_REACH"]

#: How many statements before it (in time order) each statement tries to join (see
#: :func:`join_statements`).
JOIN_REACH = 16

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
