"""Group article events into happenings from their pair scores: average linkage.

Pairs are taken in order of decreasing probability; two groups join when the average
probability over *all* pairs across them reaches the threshold, a pair never scored (too
far apart in time, of incompatible kinds) counting as 0.  Average linkage keeps a chain
of look-alikes (a shooting linked to a second, the second to a third) from becoming one
event, and the fixed order (probability, then the events' stable keys) makes the result
independent of the order the articles came in.

>>> cluster(4, {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.1, (2, 3): 0.7}, 0.5)
[[0, 1], [2, 3]]
"""

from __future__ import annotations

import heapq
from typing import Mapping

__all__ = ["cluster"]


def cluster(n: int, scores: Mapping[tuple[int, int], float], threshold: float) -> list[list[int]]:
    """Groups of ``range(n)`` (each sorted, the groups by their first member)."""
    adj: list[dict[int, float]] = [dict() for _ in range(n)]
    heap = []
    for (i, j), p in scores.items():
        adj[i][j] = p
        adj[j][i] = p
        if p >= threshold:
            heap.append((-p, i, j))
    heapq.heapify(heap)
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    while heap:
        _, i, j = heapq.heappop(heap)
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        a, b = members[ri], members[rj]
        if len(a) > len(b):
            a, b, ri, rj = b, a, rj, ri
        total = 0.0
        for x in a:
            for y, p in adj[x].items():
                if find(y) == rj:
                    total += p
        if total < threshold * len(a) * len(b):
            continue
        root, child = (ri, rj) if ri < rj else (rj, ri)
        parent[child] = root
        members[root] = sorted(members[ri] + members[rj])
        del members[child]
    return sorted(members.values())
