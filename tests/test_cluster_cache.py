"""Average linkage that does not re-check a failed merge while neither group changed gives
the groups plain average linkage gives (timeline.cluster)."""

from __future__ import annotations

import heapq

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cluster import cluster


def plain(n, scores, threshold, cannot=()):
    """Average linkage with cannot-links, every popped pair checked (the code before the
    cache of failed merges)."""
    adj = [dict() for _ in range(n)]
    heap = []
    for (i, j), p in scores.items():
        adj[i][j] = adj[j][i] = p
        if p >= threshold:
            heap.append((-p, i, j))
    heapq.heapify(heap)
    apart = [set() for _ in range(n)]
    for i, j in cannot:
        apart[i].add(j)
        apart[j].add(i)
    group = list(range(n))
    members = {i: [i] for i in range(n)}
    while heap:
        _, i, j = heapq.heappop(heap)
        ri, rj = group[i], group[j]
        if ri == rj:
            continue
        a, b = members[ri], members[rj]
        if len(a) > len(b):
            a, b, ri, rj = b, a, rj, ri
        if any(group[y] == rj for x in a for y in apart[x]):
            continue
        total = 0.0
        for x in a:
            for y, p in adj[x].items():
                if group[y] == rj:
                    total += p
        if total < threshold * len(a) * len(b) - 1e-9:  # (the sums' last bits: see cluster._EPS)
            continue
        root, child = (ri, rj) if ri < rj else (rj, ri)
        for x in members[child]:
            group[x] = root
        members[root] = sorted(members[ri] + members[rj])
        del members[child]
    return sorted(members.values())


@st.composite
def graphs(draw):
    n = draw(st.integers(1, 14))
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=len(pairs))) if pairs else []
    probs = st.sampled_from([0.1, 0.3, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95])
    scores = {p: draw(probs) for p in chosen}
    cannot = draw(st.lists(st.sampled_from(chosen), unique=True, max_size=3)) if chosen else []
    return n, scores, draw(st.sampled_from([0.4, 0.5, 0.6])), cannot


@settings(max_examples=400, deadline=None)
@given(graphs())
def test_cached_failures_give_plain_average_linkage(g):
    n, scores, threshold, cannot = g
    assert cluster(n, scores, threshold, cannot) == plain(n, scores, threshold, cannot)


def test_a_failed_merge_is_retried_after_a_group_grows():
    # {0,1} vs {2} fails (0.9 + 0) / 2 < 0.5; {2} grows to {2,3}; then
    # {0,1} vs {2,3} = (0.9 + 0 + 0.8 + 0.8) / 4 = 0.625 joins
    scores = {(0, 1): 0.95, (0, 2): 0.9, (2, 3): 0.85, (0, 3): 0.8, (1, 3): 0.8}
    assert cluster(4, scores, 0.5) == plain(4, scores, 0.5) == [[0, 1, 2, 3]]
    # a failed merge stays failed while neither group changes
    scores = {(0, 1): 0.95, (0, 2): 0.9, (1, 2): 0.0}
    assert cluster(3, scores, 0.5) == plain(3, scores, 0.5) == [[0, 1], [2]]
