"""Fit the linker's weights on linked pairs, and validate them on held-out folds.

    python benchmarks/train_linker.py                 # cross-validate, print the figures
    python benchmarks/train_linker.py --write         # ... and write timeline/linking/weights.json

Data (read at run time, never copied): the development set (``../shared/corpus/dev``) and
the Gun Violence Corpus train part (``../shared/corpus/gvc``).  Each article is read by the
library's event layer; each article event is labelled with the gold event that holds the
most of its mentions (trigger spans aligned one to one, as the scorer aligns them); the
candidate pairs of the linker (its own time sweep) whose two events are both labelled are
the training pairs, positive when the labels agree.

The model is a logistic regression (L2, Newton's method) over ``timeline.linking.features``.
Validation follows issue 12: leave one dev cluster out, and five folds of GVC incidents;
each fold trains on every pair not touching the held-out events, links the whole corpus
with those weights and scores the held-out gold events only (EVENTS.md's method).  The
figures printed are the in-sample score, the mean over held-out folds and the worst fold.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time
from collections import Counter
from typing import Optional

import numpy as np

from timeline.chronology import _prepare, assemble
from timeline.linking import LinkModel, LinkSettings, score_pairs
from timeline.linking.features import NAMES
from timeline.model import ArticleEvent
from timeline.settings import Settings

import eventsets

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEIGHTS = ROOT / "timeline" / "linking" / "weights.json"


class Prepared:
    """One corpus read by the event layer, its article events labelled."""

    def __init__(self, es: eventsets.EventSet):
        self.es = es
        evs: list[ArticleEvent] = []
        infos = []
        settings = Settings()
        for a in sorted(es.articles, key=lambda a: a.id):
            e, info = _prepare(a, settings)
            evs.extend(e)
            infos.append(info)
        self.events = sorted(evs, key=lambda e: (e.article_id, e.index))
        self.infos = tuple(infos)
        self.labels = self._labels()
        self.group = {e["id"]: es.group_of_event[e["id"]] for e in es.gold["events"]}
        pairs = score_pairs(self.events, LinkSettings(), features_only=True)
        self.pairs = [(i, j, x) for (i, j), x in sorted(pairs.items())]

    def _labels(self) -> list[Optional[str]]:
        scorer = self.es.scorer
        gm = scorer.gold_event_mentions(self.es.gold)
        sys_events = [{"id": k, "mentions": [{"file": m.article_id, "start": m.start, "end": m.end,
                                               "trigger_start": m.trigger_start, "trigger_end": m.trigger_end}
                                              for m in e.mentions]} for k, e in enumerate(self.events)]
        sm, _ = scorer.system_event_mentions({"events": sys_events})
        aligned = scorer.align_events(gm, sm)
        gold_of = {g["key"]: g["event"] for g in gm}
        votes: dict[int, Counter] = {}
        for key, j in aligned.items():
            votes.setdefault(int(sm[j]["id"]), Counter())[gold_of[key]] += 1
        out: list[Optional[str]] = [None] * len(self.events)
        for k, c in votes.items():
            out[k] = min(c, key=lambda g: (-c[g], g))
        return out

    def data(self, exclude: set[str] = frozenset()) -> tuple[np.ndarray, np.ndarray]:
        """Training pairs (both labelled, neither in an excluded group)."""
        xs, ys = [], []
        for i, j, x in self.pairs:
            li, lj = self.labels[i], self.labels[j]
            if li is None or lj is None or self.group[li] in exclude or self.group[lj] in exclude:
                continue
            xs.append(x)
            ys.append(1.0 if li == lj else 0.0)
        return np.array(xs, dtype=float).reshape(-1, len(NAMES)), np.array(ys)

    def score(self, model: LinkModel, groups: Optional[set[str]] = None, threshold: Optional[float] = None) -> dict:
        chron = assemble(list(self.events), LinkSettings(model=model, threshold=threshold), self.infos)
        rep = eventsets.score(self.es, eventsets.system_events(chron), groups)
        return eventsets.summary(rep)


def fit(parts: list[tuple[np.ndarray, np.ndarray, float]], l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; each part weighted so that it
    counts ``weight`` times its number of pairs divided by its size (parts balanced)."""
    X = np.vstack([p[0] for p in parts if len(p[0])])
    y = np.concatenate([p[1] for p in parts if len(p[0])])
    sw = np.concatenate([np.full(len(p[0]), p[2] / len(p[0])) for p in parts if len(p[0])])
    sw *= len(y) / sw.sum()
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 0.0  # the bias is not shrunk
    for _ in range(iters):
        z = np.clip(X @ w, -40, 40)
        p = 1 / (1 + np.exp(-z))
        g = X.T @ (sw * (p - y)) + reg * w
        H = (X * (sw * p * (1 - p))[:, None]).T @ X + np.diag(reg) + 1e-9 * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def model_of(w: np.ndarray, threshold: float, note: str = "") -> LinkModel:
    return LinkModel(NAMES, tuple(float(v) for v in w), threshold, note)


def mean_worst(rows: list[dict], key: str) -> tuple[float, float]:
    vals = [r[key] for r in rows]
    return round(float(np.mean(vals)), 4), round(float(min(vals)), 4)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=pathlib.Path)
    ap.add_argument("--gvc", type=pathlib.Path)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--dev-weight", type=float, default=1.0, help="weight of the dev pairs against GVC's")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--write", action="store_true", help="write the weights fitted on all data")
    ap.add_argument("--no-cv", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    dev = Prepared(eventsets.load_dev(args.dev))
    gvc = Prepared(eventsets.load_gvc(args.gvc))
    print(f"read: dev {len(dev.events)} article events, {len(dev.pairs)} candidate pairs; "
          f"gvc {len(gvc.events)}, {len(gvc.pairs)} ({time.perf_counter() - t0:.1f}s)", file=sys.stderr)

    def train(ex_dev: set[str] = frozenset(), ex_gvc: set[str] = frozenset()) -> np.ndarray:
        xd, yd = dev.data(ex_dev)
        xg, yg = gvc.data(ex_gvc)
        return fit([(xd, yd, args.dev_weight), (xg, yg, 1.0)], l2=args.l2)

    w_all = train()
    full = model_of(w_all, args.threshold)
    report: dict = {"weights": dict(zip(NAMES, [round(float(v), 3) for v in w_all])),
                    "in_sample": {"dev": dev.score(full), "gvc": gvc.score(full)}}
    if not args.no_cv:
        rows = []
        for fold in dev.es.folds():
            m = model_of(train(ex_dev=fold), args.threshold)
            r = dev.score(m, fold)
            r["fold"] = sorted(fold)[0]
            rows.append(r)
        report["dev_left_out_cluster"] = {"folds": rows, **{k: mean_worst(rows, k) for k in
                                                            ("cross_F1", "conll_F1", "event_dates")}}
        rows = []
        for k, fold in enumerate(gvc.es.folds(5)):
            m = model_of(train(ex_gvc=fold), args.threshold)
            r = gvc.score(m, fold)
            r["fold"] = k
            rows.append(r)
        report["gvc_left_out_incidents"] = {"folds": rows, **{k: mean_worst(rows, k) for k in
                                                              ("cross_F1", "conll_F1", "event_dates")}}
    print(json.dumps(report, indent=1))
    if args.write:
        cv = report.get("dev_left_out_cluster", {}), report.get("gvc_left_out_incidents", {})
        note = (f"logistic regression fitted by benchmarks/train_linker.py on {len(dev.data()[1])} dev and "
                f"{len(gvc.data()[1])} GVC train pairs (l2 {args.l2}, dev weight {args.dev_weight}); "
                f"left-out folds (mean, worst): dev cross F1 {cv[0].get('cross_F1')}, CoNLL {cv[0].get('conll_F1')}; "
                f"GVC cross F1 {cv[1].get('cross_F1')}, CoNLL {cv[1].get('conll_F1')}")
        WEIGHTS.write_text(model_of(w_all, args.threshold, note).to_json(), encoding="utf-8")
        print(f"wrote {WEIGHTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
