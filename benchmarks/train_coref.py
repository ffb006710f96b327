"""Fit the within-article model (which trigger mentions of one article name one happening),
and validate it on held-out folds.

    python benchmarks/train_coref.py            # cross-validate, print the figures
    python benchmarks/train_coref.py --write    # ... and write timeline/events/coref_weights.json

Data (read at run time, never copied): the development set and the GVC train part.
Each article is read by the event layer up to its arguments (triggers, times, places,
actors); gold trigger mentions are aligned one to one to the system's triggers (largest
overlap, as the scorer aligns them); every pair of aligned, non-statement triggers of one
article within the model's window is a training pair, positive when the gold puts the
two mentions in one event.  Features: ``timeline.events.pairs``.

Validation: leave one dev cluster out and five folds of GVC incidents, scoring held-out
articles' within-article pairwise P/R/F1 after clustering (the event layer's own
procedure), beside the in-sample figure.  The GVC articles tell one incident each (other
shootings they mention are not annotated), so GVC gives mostly positive pairs: its weight
against the dev set's is a parameter (``--gvc-weight``).

Round-ups (:class:`Combined`): two articles of different incidents or clusters, of one
language and published within a week (GVC), read as one text telling both.  Their cross
pairs are pairs of two happenings, the negatives single-incident articles lack: without
them the model learns that two undated mentions of "the shooting" in one text are always
one happening.  Their weight (``--mix-weight``, 0.1) was chosen on held-out folds
(0, 0.05, 0.1, 0.2, 0.3, 0.5; the chronology's held-out cross and CoNLL F1 on both sets,
``train_linker.py``).  ``roundup_left_out`` scores round-ups of held-out articles only.
"""

from __future__ import annotations

import argparse
import copy
import json
import pathlib
import sys
from collections import defaultdict
from typing import Optional

import numpy as np

import timeline
from timeline.events.arguments import attach_arguments, attach_times, event_times
from timeline.events.vocabulary import vocabulary
from timeline.events.coref import ALL_PAIRS, PAIR_WINDOW
from timeline.events.document import Document
from timeline.events.mentions import find_triggers
from timeline.events.pairs import APART, NAMES, CorefModel, kept_apart, pair_vector
from timeline.cluster import cluster
from timeline.text import normalize

import eventsets
from train_linker import fit

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "timeline" / "events" / "coref_weights.json"


class Article:
    """One article's triggers, their gold labels and the candidate pairs."""

    def __init__(self, art: timeline.Article, gold: list[tuple[int, int, str]]):
        lang = art.lang or "ar"
        self.lang = lang
        self.published = art.anchor.when.date() if art.anchor is not None else None
        times = timeline.find_times(art.text, published=art.published, lang=lang)
        # the times as the event layer reads them (timeline.events.extract.read_events)
        times = event_times(times, art.anchor.when, lang, art.text)
        doc = Document.read(art.id, normalize(art.text), lang, times)
        doc.published = art.anchor.when if art.anchor is not None else None
        ts = find_triggers(doc)
        attach_times(doc, ts)
        attach_arguments(doc, ts)
        self.triggers = [t for t in ts if t.modality in ("asserted", "planned") and t.role != "statement"]
        spans = [doc.original(t.start, t.end) for t in self.triggers]
        self.labels: list[Optional[str]] = [None] * len(self.triggers)
        cands = []
        for gi, (gs, ge, ev) in enumerate(gold):
            for k, (s, e) in enumerate(spans):
                ov = min(e, ge) - max(s, gs)
                if ov > 0:
                    cands.append((-ov, e - s, gi, k, ev))
        used_g, used_k = set(), set()
        for _, _, gi, k, ev in sorted(cands):
            if gi not in used_g and k not in used_k:
                used_g.add(gi)
                used_k.add(k)
                self.labels[k] = ev
        self.pairs = []
        n = len(self.triggers)
        width = n if n <= ALL_PAIRS else PAIR_WINDOW
        for i, a in enumerate(self.triggers):
            for j in range(i + 1, min(n, i + 1 + width)):
                self.pairs.append((i, j, pair_vector(a, self.triggers[j])))

    def data(self) -> tuple[list, list]:
        xs, ys = [], []
        for i, j, x in self.pairs:
            li, lj = self.labels[i], self.labels[j]
            if x and li is not None and lj is not None:
                xs.append(x)
                ys.append(1.0 if li == lj else 0.0)
        return xs, ys

    def counts(self, model: CorefModel) -> tuple[int, int, int]:
        """Within-article pairwise tp, fp, fn over aligned triggers after clustering."""
        scores = {(i, j): model.probability(x) for i, j, x in self.pairs if x}
        cannot = [(i, j) for i, j, x in self.pairs if x is APART or kept_apart(self.triggers[i], self.triggers[j])]
        groups = cluster(len(self.triggers), scores, model.threshold, cannot)
        where = {k: n for n, g in enumerate(groups) for k in g}
        tp = fp = fn = 0
        lab = [(k, l) for k, l in enumerate(self.labels) if l is not None]
        for x in range(len(lab)):
            for y in range(x + 1, len(lab)):
                same_g = lab[x][1] == lab[y][1]
                same_s = where[lab[x][0]] == where[lab[y][0]]
                tp += same_g and same_s
                fp += same_s and not same_g
                fn += same_g and not same_s
        return tp, fp, fn


class Combined(Article):
    """Two articles about different happenings read as one text telling both (a news
    round-up: "in a separate shooting on Sunday …"): the second one's sentences follow the
    first's, each keeps the times read against its own publication date, and every pair of
    a trigger of one and a trigger of the other is a pair of two happenings.  Single-
    incident articles teach the model little about telling happenings apart; these pairs
    (same words, other day, other place, other doer) are what a text telling several
    happenings asks of it."""

    def __init__(self, a: Article, b: Article):  # noqa: D107 - no reading of its own
        shift = 1 + max((t.sentence for t in a.triggers), default=0) + 1
        moved = []
        for t in b.triggers:
            c = copy.copy(t)
            c.sentence = t.sentence + shift
            moved.append(c)
        self.triggers = a.triggers + moved
        self.labels = [None if x is None else "a:" + x for x in a.labels] + \
                      [None if x is None else "b:" + x for x in b.labels]
        n = len(a.triggers)
        self.pairs = list(a.pairs) + [(i + n, j + n, x) for i, j, x in b.pairs]
        self.cross = []
        for i, t in enumerate(a.triggers):
            if a.labels[i] is None:
                continue
            for j, u in enumerate(moved):
                if b.labels[j] is not None:
                    self.cross.append((i, j + n, pair_vector(t, u)))
        self.pairs += self.cross

    def data(self) -> tuple[list, list]:
        """The cross pairs only (the pairs inside each article are the real data's)."""
        xs = [x for _, _, x in self.cross if x]
        return xs, [0.0] * len(xs)


def combine(groups: dict[str, list[Article]], days: int, limit: int) -> list[tuple[str, str, Combined]]:
    """Up to ``limit`` round-ups per article: it and a later-listed article of another group
    (another incident or cluster), of its language, published within ``days`` of it;
    deterministic (by the articles' order in their groups)."""
    arts = [(g, a) for g in sorted(groups) for a in groups[g]]
    out = []
    for k, (ga, a) in enumerate(arts):
        made = 0
        for gb, b in arts[k + 1:] + arts[:k]:
            if made >= limit:
                break
            if gb == ga or b.lang != a.lang or a.published is None or b.published is None \
                    or abs((a.published - b.published).days) > days:
                continue
            out.append((ga, gb, Combined(a, b)))
            made += 1
    return out


def load(es: eventsets.EventSet) -> dict[str, list[Article]]:
    """Articles by group (dev cluster / GVC incident) of the gold events they hold."""
    gold: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    group_of_file: dict[str, str] = {}
    for e in es.gold["events"]:
        for m in e["mentions"]:
            if not m.get("optional"):
                gold[m["file"]].append((m["start"], m["end"], e["id"]))
                group_of_file.setdefault(m["file"], es.group_of_event[e["id"]])
    out: dict[str, list[Article]] = defaultdict(list)
    for a in es.articles:
        if a.id in gold:
            out[group_of_file[a.id]].append(Article(a, gold[a.id]))
    return out


def load_probes(path: pathlib.Path) -> dict[str, list[Article]]:
    """The articles of the probe clusters (``probe_eval.py``'s format), by cluster."""
    import probe_eval

    out: dict[str, list[Article]] = {}
    for f in sorted(path.glob("*.json") if path.is_dir() else [path]):
        arts, gold, _ = probe_eval.load(f, prefix=f.stem + "/")
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for e in gold["events"]:
            for m in e["mentions"]:
                spans[m["file"]].append((m["start"], m["end"], e["id"]))
        out[f.stem] = [Article(a, spans[a.id]) for a in arts if a.id in spans]
    return out


def prf(arts: list[Article], model: CorefModel) -> dict:
    tp = fp = fn = 0
    for a in arts:
        x, y, z = a.counts(model)
        tp, fp, fn = tp + x, fp + y, fn + z
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--gvc-weight", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--mix-weight", type=float, default=0.1,
                    help="weight of the round-up pairs (Combined) against the real ones; 0: none")
    ap.add_argument("--mix-days", type=int, default=7)
    ap.add_argument("--mix-per-article", type=int, default=2)
    ap.add_argument("--probes", type=pathlib.Path, help="probe clusters (benchmarks/probes) to fit on too")
    ap.add_argument("--probe-weight", type=float, default=0.0,
                    help="weight of the probe clusters' pairs; 0: scored held out, not fitted on")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)

    dev = load(eventsets.load_dev())
    gvc = load(eventsets.load_gvc())
    probes = load_probes(args.probes) if args.probes else {}
    # dev clusters lie years apart: a round-up of two of them pairs any two of one language
    mixed = combine(dev, 3650, args.mix_per_article) + combine(gvc, args.mix_days, args.mix_per_article) \
        if args.mix_weight > 0 else []

    def data(groups: dict[str, list[Article]], keep) -> tuple[np.ndarray, np.ndarray]:
        xs, ys = [], []
        for g, arts in groups.items():
            if keep(g):
                for a in arts:
                    x, y = a.data()
                    xs += x
                    ys += y
        return np.array(xs, dtype=float).reshape(-1, len(NAMES)), np.array(ys)

    def train(ex_dev=frozenset(), ex_gvc=frozenset(), ex_probe=frozenset()) -> CorefModel:
        xd, yd = data(dev, lambda g: g not in ex_dev)
        xg, yg = data(gvc, lambda g: g not in ex_gvc)
        parts = [(xd, yd, 1.0), (xg, yg, args.gvc_weight)]
        if probes and args.probe_weight > 0:
            xp, yp = data(probes, lambda g: g not in ex_probe)
            parts.append((xp, yp, args.probe_weight))
        if mixed:
            xs: list = []
            for ga, gb, c in mixed:
                if not ({ga, gb} & (set(ex_dev) | set(ex_gvc))):
                    xs += c.data()[0]
            xm = np.array(xs, dtype=float).reshape(-1, len(NAMES))
            parts.append((xm, np.zeros(len(xm)), args.mix_weight))
        w = fit(parts, l2=args.l2)
        return CorefModel(NAMES, tuple(float(v) for v in w), args.threshold)

    full = train()
    rep: dict = {"weights": dict(zip(NAMES, [round(w, 3) for w in full.weights])),
                 "in_sample": {"dev": prf([a for v in dev.values() for a in v], full),
                               "gvc": prf([a for v in gvc.values() for a in v], full)}}
    rows = []
    for g in sorted(dev):
        m = train(ex_dev={g})
        rows.append((g, prf(dev[g], m)))
    rep["dev_left_out"] = {g: r["F1"] for g, r in rows}

    folds: list[set[str]] = [set() for _ in range(5)]
    import hashlib
    for g in sorted(gvc):
        folds[int(hashlib.md5(g.encode()).hexdigest(), 16) % 5].add(g)
    grows = []
    for k, f in enumerate(folds):
        m = train(ex_gvc=f)
        grows.append(prf([a for g in f for a in gvc[g]], m)["F1"])
    rep["gvc_left_out"] = grows
    # round-ups made of held-out articles only, scored by the model fitted without them:
    # can the model tell two happenings of one text apart?
    mrows = []
    for k, f in enumerate(folds):
        m = train(ex_gvc=f)
        held = [c for _, _, c in combine({g: gvc[g] for g in f}, args.mix_days, args.mix_per_article)]
        mrows.append(prf(held, m)["F1"])
    for half in eventsets.DEV_HALVES.values():
        m = train(ex_dev=set(half))
        held = [c for _, _, c in combine({g: dev[g] for g in half if g in dev}, 3650, args.mix_per_article)]
        mrows.append(prf(held, m)["F1"])
    rep["roundup_left_out"] = mrows
    if probes:
        prows = {g: prf(probes[g], train(ex_probe={g}))["F1"] for g in sorted(probes)}
        rep["probe_left_out"] = prows
        rep["probe_left_out_mean"] = round(float(np.mean(list(prows.values()))), 4)
        rep["probe_in_sample"] = prf([a for v in probes.values() for a in v], full)
    rep["roundup_left_out_mean"] = round(float(np.mean(mrows)), 4)
    rep["dev_left_out_mean"] = round(float(np.mean([r["F1"] for _, r in rows])), 4)
    rep["gvc_left_out_mean"] = round(float(np.mean(grows)), 4)
    print(json.dumps(rep, indent=1))
    if args.write:
        note = (f"fitted by benchmarks/train_coref.py (l2 {args.l2}, GVC weight {args.gvc_weight}, "
                f"round-up weight {args.mix_weight}); "
                f"held-out within-article pairwise F1: dev clusters {rep['dev_left_out_mean']}, "
                f"GVC folds {rep['gvc_left_out_mean']}")
        WEIGHTS.write_text(CorefModel(NAMES, full.weights, args.threshold, note).to_json(), encoding="utf-8")
        print(f"wrote {WEIGHTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
