"""Merge event mentions of many articles into events: deterministic, near-linear.

1. **Representatives.**  Mentions with the same features, time and kind (the same
   sentence in a copied article, a repeated paragraph) collapse into one representative,
   so a copy of an article adds sources, never events, and cannot tip a decision.
2. **Weights.**  TF-IDF over representatives; cosine similarity of the unit vectors.
3. **Candidates** come from a sweep over representatives sorted by the start of their
   time: a mention is compared only with earlier ones whose time still overlaps (or ends
   within ``clock_tolerance`` of it: reports on different clocks) and that share an
   informative feature, at most ``max_postings`` per feature — never all pairs.
4. **Clustering.**  Candidate links are taken strongest first (ties broken by content
   digests, so the result does not depend on input order).  Two clusters join only if
   the link clears the threshold (higher inside one article), their centroids stay
   similar (no chaining), their times stay consistent and their reports are of the same
   family of happening (:data:`timeline.lang.base.EVENT_FAMILIES`: an interception is
   not the launch it answers, a meeting not the attack it discusses).
5. **Coarse and undated mentions** ("this year", a headline with no date) then attach to
   the most similar dated event whose time is compatible (no event after the article's
   publication), or group among themselves under a stricter threshold.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter
from itertools import chain
from datetime import date, datetime, timedelta
from typing import Optional, Sequence

import attrs

from .events import MentionDraft, novel
from .features import features
from .lang.base import DOMINANT_FAMILIES, EVENT_FAMILIES
from .segment import event_words

__all__ = ["MergeSettings", "merge_mentions"]

_FINE = timedelta(days=8)
_SPEECH = frozenset({"speech"})
_NOTHING: frozenset = frozenset()
_NO_VECTOR: dict[int, float] = {}
_NO_KEYS: list[int] = []
_DAY_RANK = 3  # Granularity.DAY.rank
_EPOCH = datetime(1, 1, 1)


@attrs.frozen
class MergeSettings:
    """Thresholds of the merge (cosine similarities of centroids, between 0 and 1).

    Two groups of reports join when the similarity of their centroids reaches the
    threshold for how their times relate:

    Attributes:
        overlap_threshold: both dated and their times overlap.
        adjacent_threshold: both dated, times missing each other by at most
            ``clock_tolerance`` (different clocks: "Thursday night" in Washington is
            "فجر الجمعة" in Baghdad); the disagreement is reported as a conflict.
        undated_threshold: one side has no time (it must not start after the other side's
            articles were published).
        both_undated_threshold: neither side has a time.
        same_article_penalty: added to the threshold when both sides come from one
            article only (an article repeats its own words).
        same_article_bonus: taken off ``undated_threshold`` when an undated report meets a
            dated event of its own article (it mostly continues the article's story).
        class_penalty: added when the two sides share no class of event (a meeting and
            an air strike).
        undated_window: undated reports group only when published within this of each other.
        undated_reach: an undated report joins no event older than this before its article.
        recent, old_penalty: an undated report joining an event that ended more than
            ``recent`` before its article needs ``old_penalty`` more similarity.
        clock_tolerance: see ``adjacent_threshold``.
        near_tolerance: times that miss by less than this count as overlapping ("Thursday
            evening" in New York and "01:00 Friday" in Baghdad).
        fresh_window: an undated report of a "new" happening ("هزة أرضية جديدة", "another
            attack") joins no event that ended longer than this before its article, and no
            undated report published more than a day before it.
        contained_threshold: a group of reports whose articles all tell a bigger event of
            the same family at the same time joins it at this similarity (the article
            telling its story again in other words).
        max_postings: how many earlier reports to look at per shared feature.
        max_candidates: how many of them (those sharing most features) to compare.
    """

    overlap_threshold: float = 0.08
    adjacent_threshold: float = 0.24
    undated_threshold: float = 0.18
    both_undated_threshold: float = 0.2
    same_article_penalty: float = 0.06
    same_article_bonus: float = 0.04
    class_penalty: float = 0.12
    undated_window: timedelta = timedelta(days=7)
    recent: timedelta = timedelta(days=30)
    old_penalty: float = 0.18
    undated_reach: timedelta = timedelta(days=3 * 366)
    clock_tolerance: timedelta = timedelta(hours=12)
    near_tolerance: timedelta = timedelta(hours=3)
    contained_threshold: float = 0.01
    fresh_window: timedelta = timedelta(days=2)
    max_postings: int = 24
    max_candidates: int = 16

    @property
    def lowest(self) -> float:
        return min(self.overlap_threshold, self.adjacent_threshold, self.undated_threshold,
                   self.both_undated_threshold)


class _Rep:
    __slots__ = ("members", "vec", "start", "end", "kind", "digest", "articles", "published",
                 "fine", "top", "keys", "classes", "actors", "svec", "langs", "days", "words",
                 "primary", "banned", "firm", "fresh")

    def __init__(self) -> None:
        self.members: list[int] = []
        self.vec: dict[int, float] = {}
        self.start: Optional[datetime] = None
        self.end: Optional[datetime] = None
        self.kind = ""
        self.digest = 0
        self.articles: set[str] = set()
        self.published: datetime = _EPOCH
        self.fine = False
        self.top: list[int] = []   # the most telling features: looked up
        self.keys: list[int] = []  # every informative feature: posted
        self.classes: frozenset[str] = frozenset()
        self.actors: frozenset[int] = _NOTHING  # features naming who made a statement
        self.svec: dict[int, float] = _NO_VECTOR  # the language-independent part of ``vec``
        self.langs: frozenset[str] = _NOTHING
        self.days: frozenset[date] = _NOTHING  # calendar days written out ("13 ديسمبر")
        self.words: frozenset[int] = _NOTHING  # word and number features (undated only)
        self.primary: frozenset[str] = _NOTHING  # family of its first event word
        self.banned: list[int] = _NO_KEYS  # representatives it must never share an event with
        self.firm = False  # dated by a time expression of its own, to the week or finer
        self.fresh: Optional[datetime] = None  # undated and "new": published then, not older


class _Cluster:
    __slots__ = ("reps", "vec", "norm2", "lo", "hi", "digest", "articles", "start", "pub", "kind",
                 "classes", "actors", "pub_hi", "svec", "snorm2", "langs", "days", "primary",
                 "banned", "firm", "fresh")

    def __init__(self, rep: _Rep, idx: int):
        self.reps = [idx]
        self.vec = rep.vec    # shared with the representative until the first merge
        self.norm2 = 1.0
        self.svec = rep.svec
        self.snorm2 = 1.0 if rep.svec else 0.0
        self.langs = rep.langs
        self.days = rep.days
        self.lo = rep.start  # latest start of its dated members
        self.hi = rep.end    # earliest end of its dated members
        self.digest = rep.digest
        self.articles = set(rep.articles)
        self.start = rep.start
        # the earliest publication among undated members: nothing after it can be theirs
        self.pub = rep.published if rep.start is None and rep.published != _EPOCH else None
        self.pub_hi = self.pub  # the latest publication among undated members
        self.kind = rep.kind
        self.classes = rep.classes
        self.actors = rep.actors
        self.primary = rep.primary
        self.banned = rep.banned
        self.firm = rep.firm
        self.fresh = rep.fresh  # the latest publication of its undated "new" reports


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    # the shared keys are few: intersect in C, then multiply only those
    return sum([a[f] * b[f] for f in a.keys() & b.keys()])


def _merge_interval(d: MentionDraft) -> tuple[Optional[datetime], Optional[datetime]]:
    m = d.mention
    iv = m.interval
    if iv is None:
        return None, None
    if m.time_basis == "reported":
        return iv.start - timedelta(days=1), iv.end  # reported then: happened by then
    if m.time_basis == "after":
        # at or after what it nests, and by the end of the day it was published
        end = iv.end + timedelta(days=1)
        if m.published is not None:
            end = max(end, datetime.combine(m.published.date(), datetime.min.time()) + timedelta(days=1))
        return iv.start, end
    return iv.start, iv.end


def _primary(triggers: Sequence[str], lang: str) -> frozenset[str]:
    """What a report is about: a dominant family (:data:`DOMINANT_FAMILIES`) if any of its
    event words has one, else the families (:data:`EVENT_FAMILIES`) of its first event
    word that has one."""
    ew = event_words(lang)
    first: frozenset[str] = _NOTHING
    found: set[str] = set()
    speech = bool(triggers)
    for t in triggers:
        classes = ew.lookup(t) if " " not in t else ew.phrases.get(tuple(t.split()), ())
        speech = speech and all(c == "statement" for c in classes)
        fam = frozenset(EVENT_FAMILIES[c] for c in classes if c in EVENT_FAMILIES)
        if fam and not first:
            first = fam
        found.update(fam)
    dominant = frozenset(f for f in DOMINANT_FAMILIES if f in found)
    if speech:
        return _SPEECH  # "بعث برقية تعزية": words only, nothing else happened
    return dominant or first


def _build_reps(drafts: Sequence[MentionDraft]) -> list[_Rep]:
    vocab: dict[str, int] = {}
    groups: dict[bytes, _Rep] = {}
    order: list[_Rep] = []
    tf_of: list[dict[str, float]] = []
    for i, d in enumerate(drafts):
        m = d.mention
        tf = features(d.words, d.caps, m.lang, m.classes, d.actor)
        s, e = _merge_interval(d)
        # identity of the report: a 16-byte digest of what it says, when and how
        ident = "\x1f".join((m.kind, str(s), str(e), m.lang, " ".join(d.words), " ".join(d.caps),
                             " ".join(d.actor), " ".join(m.classes)))
        key = hashlib.blake2b(ident.encode("utf-8"), digest_size=16).digest()
        rep = groups.get(key)
        if rep is None:
            rep = _Rep()
            rep.kind, rep.start, rep.end = m.kind, s, e
            rep.classes = frozenset(c for c in m.classes if c != "statement")
            if m.kind == "happening":
                rep.primary = _primary(m.triggers, m.lang)
            t = m.time
            if (t is not None and m.time_basis == "explicit" and t.interval is not None
                    and t.granularity is not None and t.granularity.rank <= _DAY_RANK
                    and any(ch.isdigit() for ch in t.text)):
                rep.days = frozenset({t.interval.start.date()})
            rep.fine = s is not None and e is not None and (e - s) <= _FINE
            rep.firm = rep.fine and m.time_basis == "explicit"
            if s is None and m.published is not None and novel(d):
                rep.fresh = m.published
            rep.digest = int.from_bytes(key[:8], "big")
            groups[key] = rep
            order.append(rep)
            tf_of.append(tf)
        rep.members.append(i)
        rep.articles.add(m.article_id)
        rep.langs = rep.langs | {m.lang}
        if m.published is not None and (rep.published == _EPOCH or m.published < rep.published):
            rep.published = m.published
    # document frequencies over representatives (copies do not count twice)
    df: dict[str, int] = {}
    for tf in tf_of:
        for f in tf:
            df[f] = df.get(f, 0) + 1
    n = len(order)
    multilingual = len({lang for rep in order for lang in rep.langs}) > 1
    for f in sorted(df):  # ids in a fixed order: the result never depends on input order
        vocab[f] = len(vocab)
    for k, rep in enumerate(order):
        tf = tf_of[k]
        tf_of[k] = {}  # free as we go: only the vectors are kept
        vec: dict[int, float] = {}
        informative: list[tuple[float, int]] = []
        for f, c in tf.items():
            fid = vocab[f]
            if f.startswith("c:"):
                w = 0.8  # the class of event: the same weight everywhere
            elif df[f] < 2:
                continue  # a word no other report uses cannot make two reports alike
            else:
                w = (1.0 + math.log(c)) * math.log(1.0 + n / df[f])
                informative.append((w, fid))
            vec[fid] = w
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        rep.vec = {f: w / norm for f, w in vec.items()}
        if rep.kind == "statement":
            actors = frozenset(vocab[f] for f in tf if f.startswith("a:"))
            rep.actors = actors if actors else _NOTHING
        if rep.start is None:  # only undated reports are checked for shared words
            rep.words = frozenset(vocab[f] for f in tf if f[:2] in ("w:", "n:") and df[f] >= 2)
        if multilingual:  # the language-independent part, to compare across languages
            shared = {vocab[f] for f in tf if not f.startswith("w:")}
            sv = {f: w for f, w in rep.vec.items() if f in shared}
            snorm = math.sqrt(sum(w * w for w in sv.values())) or 1.0
            rep.svec = {f: w / snorm for f, w in sv.items()}
        informative.sort(key=lambda x: (-x[0], x[1]))
        rep.top = [f for _, f in informative[:32]]
        rep.keys = sorted(f for _, f in informative)
    if any(d.apart is not None for d in drafts):
        rep_of: dict[int, int] = {}
        for k, rep in enumerate(order):
            for i in rep.members:
                rep_of[id(drafts[i])] = k
        for d in drafts:
            if d.apart is not None and id(d.apart) in rep_of:
                a, b = rep_of[id(d)], rep_of[id(d.apart)]
                if a != b:
                    order[a].banned = order[a].banned + [b]
                    order[b].banned = order[b].banned + [a]
    return order


def _apart(uf: "_UnionFind", ra: int, rb: int, ca: _Cluster, cb: _Cluster) -> bool:
    """Does one cluster hold a report the other must never share an event with (a clause
    and the other happening nested in it)?"""
    return any(uf.find(x) == rb for x in ca.banned) or any(uf.find(x) == ra for x in cb.banned)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x


_ONE_DAY = timedelta(days=1)


def _relation(a: _Cluster, b: _Cluster, s: MergeSettings) -> Optional[float]:
    """The threshold two clusters must reach given how their times relate, or ``None``
    when they cannot be one happening (times, kinds, families, speakers or written-out
    days exclude each other)."""
    if a.kind != b.kind:
        return None
    unrelated = a.kind == "happening" and a.classes and b.classes and not (a.classes & b.classes)
    if a.primary and b.primary and not (a.primary & b.primary):
        return None  # a meeting is not an air strike, an interception not the launch
    if a.kind == "statement" and a.actors and b.actors and not (a.actors & b.actors):
        return None  # statements by different speakers are different statements
    if a.days and b.days and not (a.days & b.days):
        return None  # "13 ديسمبر" and "14 ديسمبر" written out: two days, two happenings
    for x, y in ((a, b), (b, a)):
        # undated reports are about what happened before they were published, and not
        # about something years earlier that they never date
        if x.pub is not None and y.lo is not None:
            if y.lo > x.pub + _ONE_DAY + s.clock_tolerance or y.lo < x.pub - s.undated_reach:
                return None
            if a.kind == "statement" and y.hi < x.pub - s.undated_window:  # type: ignore[operator]
                return None  # an undated statement is news of its day, not of years ago
        if x.fresh is not None:
            # "هزة أرضية جديدة تضرب الحوز": a new happening, not one told days before
            if y.hi is not None and y.hi < x.fresh - s.fresh_window:
                return None
            if y.pub is not None and y.pub < x.fresh - _ONE_DAY:
                return None
    same_article = a.articles == b.articles  # (a copied article counts as the same)
    old = False
    for x, y in ((a, b), (b, a)):
        if x.pub is not None and y.hi is not None and y.hi < x.pub - s.recent:
            old = True  # an undated report about something well before its publication
    if a.lo is None or b.lo is None:
        if a.lo is None and b.lo is None:
            if a.pub is not None and b.pub is not None and (
                    a.pub > b.pub_hi + s.undated_window or b.pub > a.pub_hi + s.undated_window):  # type: ignore[operator]
                return None
            t = s.both_undated_threshold
        else:
            t = s.undated_threshold
            if same_article:
                t -= s.same_article_bonus  # an undated report mostly continues its article's story
                same_article = False
    else:
        lo = max(a.lo, b.lo)
        hi = min(a.hi, b.hi)  # type: ignore[type-var]
        gap = lo - hi
        if gap < s.near_tolerance:
            t = s.overlap_threshold
        elif gap <= s.clock_tolerance:
            t = s.adjacent_threshold
        else:
            return None
    if same_article:
        t += s.same_article_penalty
    if unrelated:
        t += s.class_penalty  # a meeting is rarely an air strike
    if old:
        t += s.old_penalty
    return t


def _linkage(a: _Cluster, b: _Cluster) -> float:
    """Cosine of the two centroids; across languages only the shared features count
    (concepts, names, numbers, classes): Arabic words cannot meet English ones."""
    full = _dot(a.vec, b.vec) / math.sqrt(a.norm2 * b.norm2)
    if a.langs == b.langs and len(a.langs) == 1:
        return round(full, 9)
    if not a.snorm2 or not b.snorm2:
        return round(full, 9)
    shared = _dot(a.svec, b.svec) / math.sqrt(a.snorm2 * b.snorm2)
    if not (a.langs & b.langs):
        return round(shared, 9)
    return round(max(full, 0.75 * shared), 9)


def _candidate_pairs(reps: list[_Rep], s: MergeSettings) -> list[tuple[int, int]]:
    """Pairs of representatives worth comparing: near in time and sharing rare features.

    Representatives are swept in time order; each looks at the last ``max_postings``
    earlier ones per feature and keeps the ``max_candidates`` sharing most features.
    """
    tol = s.clock_tolerance
    K = s.max_postings
    far = _EPOCH + timedelta(days=3_000_000)
    day = timedelta(days=1)
    spans = []
    for r in reps:
        if r.start is not None:
            spans.append((r.start, r.end))
        else:  # undated: anything up to its publication (a background mention may be old)
            spans.append((_EPOCH, r.published + day if r.published != _EPOCH else far))
    order = sorted(range(len(reps)), key=lambda i: (spans[i], reps[i].digest))
    fine_post: dict[int, list[int]] = {}
    wide_post: dict[int, list[int]] = {}
    pairs: list[tuple[int, int]] = []
    keep = s.max_candidates
    for x in order:
        rx = reps[x]
        sx = spans[x][0]
        slices = []
        for f in rx.top:
            plist = fine_post.get(f)
            if plist:
                slices.append(plist[-K:])
            plist = wide_post.get(f)
            if plist:
                slices.append(plist[-K:])
        hits = Counter(chain.from_iterable(slices))  # counted in C
        target = fine_post if rx.fine else wide_post
        for f in rx.keys:
            plist = target.get(f)
            if plist is None:
                target[f] = [x]
            else:
                plist.append(x)
                if len(plist) > 2 * K:
                    del plist[:-K]  # only the last K are ever read
        kind = rx.kind
        if len(hits) > 3 * keep:
            # the best-sharing ones first (a C heap), ties by content digest
            floor = hits.most_common(3 * keep)[-1][1]
            pool = [y for y, c in hits.items() if c >= floor]
        else:
            pool = list(hits)
        ok = [y for y in pool if reps[y].kind == kind and spans[y][1] + tol >= sx]
        if len(ok) > keep:
            ok.sort(key=lambda y: (-hits[y], reps[y].digest))
            ok = ok[:keep]
        dx = rx.digest
        for y in sorted(ok):
            pairs.append((x, y) if dx <= reps[y].digest else (y, x))
    return pairs


def merge_mentions(drafts: Sequence[MentionDraft], settings: Optional[MergeSettings] = None) -> list[list[int]]:
    """Group mentions into events; returns lists of indices into ``drafts``."""
    s = settings or MergeSettings()
    if not drafts:
        return []
    reps = _build_reps(drafts)
    clusters = _agglomerate(reps, s)
    out: list[list[int]] = []
    for c in clusters.values():
        out.append(sorted(m for r in c.reps for m in reps[r].members))
    out.sort(key=lambda ms: ms[0])
    return out


def _agglomerate(reps: list[_Rep], s: MergeSettings) -> dict[int, _Cluster]:
    """Cluster the representatives; returns the final clusters keyed by their root."""
    n = len(reps)
    uf = _UnionFind(n)
    clusters = {i: _Cluster(reps[i], i) for i in range(n)}
    lowest = s.lowest
    heap: list[tuple[float, int, int, int, int]] = []
    candidates = _candidate_pairs(reps, s)
    for r in reps:
        r.keys = _NO_KEYS  # only the candidate sweep needed them
    for a, b in candidates:
        if _relation(clusters[a], clusters[b], s) is None:
            continue
        score = _linkage(clusters[a], clusters[b])
        if score >= lowest:
            heap.append((-score, reps[a].digest, reps[b].digest, a, b))
    del candidates
    heapq.heapify(heap)
    # lazy greedy agglomeration: always merge the most similar pair of clusters, with
    # similarity recomputed on current centroids (stale entries are pushed back)
    while heap:
        neg, da, db, a, b = heapq.heappop(heap)
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        ca, cb = clusters[ra], clusters[rb]
        need = _relation(ca, cb, s)
        if need is None:
            continue
        score = _linkage(ca, cb)
        if score < -neg - 1e-9:
            if score >= lowest:
                heapq.heappush(heap, (-score, da, db, a, b))
            continue
        if score < need:
            continue
        if not _words_ok(ca, cb, reps):
            continue
        if (ca.banned or cb.banned) and _apart(uf, ra, rb, ca, cb):
            continue
        _join(clusters, uf, ra, rb)
    _absorb(clusters, uf, s)
    return clusters


def _words_ok(ca: _Cluster, cb: _Cluster, reps: list[_Rep]) -> bool:
    """An undated report must share at least two words with the dated event it joins: one
    generic word ("انفجارات") is not enough to place it on someone else's day."""
    if (ca.lo is None) == (cb.lo is None):
        return True
    und, dat = (ca, cb) if ca.lo is None else (cb, ca)
    return not (len(und.reps) == 1 and ca.langs == cb.langs
                and len(reps[und.reps[0]].words & dat.vec.keys()) < 2)


def _join(clusters: dict[int, _Cluster], uf: _UnionFind, ra: int, rb: int) -> None:
    """Merge two clusters (the smaller into the larger)."""
    ca, cb = clusters[ra], clusters[rb]
    if (len(cb.reps), -cb.digest) > (len(ca.reps), -ca.digest):
        ra, rb, ca, cb = rb, ra, cb, ca
    uf.parent[rb] = ra
    dot = _dot(ca.vec, cb.vec)
    if len(ca.reps) == 1:
        ca.vec = dict(ca.vec)  # stop sharing the representative's vector
        ca.svec = dict(ca.svec)
    vec = ca.vec
    for f, w in cb.vec.items():
        vec[f] = vec.get(f, 0.0) + w
    ca.norm2 = ca.norm2 + cb.norm2 + 2 * dot
    if cb.svec:
        sdot = _dot(ca.svec, cb.svec)
        svec = ca.svec
        for f, w in cb.svec.items():
            svec[f] = svec.get(f, 0.0) + w
        ca.snorm2 = ca.snorm2 + cb.snorm2 + 2 * sdot
    ca.langs = ca.langs | cb.langs
    ca.days = ca.days | cb.days
    ca.reps.extend(cb.reps)
    if ca.lo is None or cb.lo is None:
        ca.lo = ca.lo if cb.lo is None else cb.lo
        ca.hi = ca.hi if cb.hi is None else cb.hi
    else:
        ca.lo, ca.hi = max(ca.lo, cb.lo), min(ca.hi, cb.hi)  # type: ignore[type-var]
    ca.digest = min(ca.digest, cb.digest)
    ca.articles |= cb.articles
    ca.start = min((t for t in (ca.start, cb.start) if t is not None), default=None)
    ca.pub = min((t for t in (ca.pub, cb.pub) if t is not None), default=None)
    ca.pub_hi = max((t for t in (ca.pub_hi, cb.pub_hi) if t is not None), default=None)
    ca.classes = ca.classes | cb.classes
    ca.actors = ca.actors | cb.actors
    ca.primary = ca.primary | cb.primary
    if cb.banned:
        ca.banned = ca.banned + cb.banned
    ca.firm = ca.firm or cb.firm
    ca.fresh = max((t for t in (ca.fresh, cb.fresh) if t is not None), default=None)
    del clusters[rb]


def _absorb(clusters: dict[int, _Cluster], uf: _UnionFind, s: MergeSettings) -> None:
    """Within-article coreference.  A group of reports whose articles all tell a bigger
    event, of the same family and at the same time, is most likely that event told again
    in other words ("the strike, which began at 8:40 p.m." in a story about the strike):
    it joins the event under the lower ``contained_threshold``.  Smallest groups first,
    each to its most similar event (ties by digest): the result does not depend on order."""
    hosts: dict[str, list[int]] = {}
    for r, c in clusters.items():
        if len(c.articles) > 1 and c.firm and c.primary and c.kind == "happening":
            # (a host must be dated by a time of its own: not a group of loose ends)
            for art in c.articles:
                hosts.setdefault(art, []).append(r)
    if not hosts:
        return
    for r in sorted(clusters, key=lambda r: (len(clusters[r].reps), clusters[r].digest)):
        c = clusters.get(r)
        if c is None or c.kind != "happening" or c.lo is None or not c.primary:
            continue
        best: Optional[tuple[float, int, int]] = None
        for h in {uf.find(h) for h in hosts.get(min(c.articles), ())}:
            d = clusters[h]
            if h == r or len(d.articles) <= len(c.articles) or not c.articles <= d.articles \
                    or not c.primary & d.primary or d.lo is None:
                continue
            if max(c.lo, d.lo) - min(c.hi, d.hi) >= s.near_tolerance:  # type: ignore[type-var]
                continue  # only at the same time
            if _relation(c, d, s) is None or _apart(uf, r, h, c, d):
                continue
            score = _linkage(c, d)
            if score >= s.contained_threshold and (best is None or (score, -d.digest) > best[:2]):
                best = (score, -d.digest, h)
        if best is not None:
            _join(clusters, uf, best[2], r)

