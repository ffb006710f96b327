"""Group items into happenings from their pair scores: average linkage with cannot-links.

Pairs are taken in order of decreasing probability; two groups join when the average
probability over *all* pairs across them reaches the threshold, a pair never scored (too
far apart in time, of incompatible kinds) counting as 0, and when no pair across them is
a cannot-link (two events one article keeps apart; two triggers dated apart).  Average
linkage keeps a chain of look-alikes (a shooting linked to a second, the second to a
third) from becoming one event, cannot-links keep a decision made on firm evidence from
being undone through a third item, and the fixed order (probability, then the items'
indices) makes the result independent of the order the articles came in.

Two stages group with it: the event layer, the trigger mentions of one article into its
events (:mod:`timeline.events.coref`), and the linker, the events of all articles into
the chronology's happenings (:mod:`timeline.linking`).

>>> cluster(4, {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.1, (2, 3): 0.7}, 0.5)
[[0, 1], [2, 3]]
>>> cluster(3, {(0, 1): 0.9, (1, 2): 0.9}, 0.3, cannot={(0, 2)})
[[0, 1], [2]]
"""

from __future__ import annotations

import heapq
from typing import Collection, Mapping

__all__ = ["cluster"]

#: Average scores this close to the threshold count as reaching it: a sum of the same
#: probabilities taken in another order differs in its last bits (0.45 + 0.45 + 0.7 is
#: 1.6, 0.7 + 0.45 + 0.45 is 1.5999999999999999), and the decision must not depend on
#: which pair of two groups happened to be checked.
_EPS = 1e-9


def cluster(n: int, scores: Mapping[tuple[int, int], float], threshold: float,
            cannot: Collection[tuple[int, int]] = ()) -> list[list[int]]:
    """Groups of ``range(n)`` (each sorted, the groups by their first member).

    >>> cluster(3, {(0, 1): 0.9, (1, 2): 0.6, (0, 2): 0.0}, 0.5)  # 2 is like 1, not 0: on average 0.3
    [[0, 1], [2]]
    """
    adj: list[dict[int, float]] = [dict() for _ in range(n)]
    heap = []
    for (i, j), p in scores.items():
        adj[i][j] = p
        adj[j][i] = p
        if p >= threshold:
            heap.append((-p, i, j))
    heapq.heapify(heap)
    apart: list[set[int]] = [set() for _ in range(n)]
    for i, j in cannot:
        apart[i].add(j)
        apart[j].add(i)
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # A merge that failed fails again as long as neither group changes (the decision
    # depends on the two groups' members only): it is not re-checked until one does
    # (many pairs join the same two groups; re-checking each cost 77 s at 15k mentions).
    version: dict[int, int] = {}
    failed: dict[tuple[int, int], tuple[int, int]] = {}
    while heap:
        _, i, j = heapq.heappop(heap)
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        pair = (ri, rj) if ri < rj else (rj, ri)
        state = (version.get(pair[0], 0), version.get(pair[1], 0))
        if failed.get(pair) == state:
            continue
        a, b = members[ri], members[rj]
        if len(a) > len(b):
            a, b, ri, rj = b, a, rj, ri
        if any(find(y) == rj for x in a for y in apart[x]):
            failed[pair] = state
            continue
        total = 0.0
        for x in a:
            for y, p in adj[x].items():
                if find(y) == rj:
                    total += p
        if total < threshold * len(a) * len(b) - _EPS:
            failed[pair] = state
            continue
        root, child = pair
        parent[child] = root
        members[root] = sorted(members[ri] + members[rj])
        del members[child]
        version[root] = version.get(root, 0) + 1
    return sorted(members.values())
