"""Score the chronology on probe clusters: small sets of news-style reports we wrote ourselves.

    .venv/bin/python benchmarks/probe_eval.py benchmarks/probes            # every cluster
    .venv/bin/python benchmarks/probe_eval.py benchmarks/probes/x.json --details

A probe cluster is one JSON file: a few reports of one story by several outlets, in Arabic
and English, with the look-alikes that make linking hard (the same kind of happening on
another day, in another town, a year earlier), and its gold events in the conventions of
``../shared/corpus/EVENTS.md``::

    {"note": "what the cluster tests",
     "articles": [{"id": "a1", "lang": "ar", "source": "outlet", "published": "2025-03-04",
                   "text": "..."}],
     "events": [{"id": "E1", "kind": "happening", "summary": "...", "date": "2025-03-03",
                 "mentions": [{"article": "a1", "trigger": "الهجوم", "nth": 0}]}]}

A mention names its trigger by its text and which occurrence of that text in the article it
is (``nth``, from 0; a substring match, so ``الهجوم`` also finds ``والهجوم``). ``date`` is a
day, a month, or ``[start, end)`` in ISO form. The clusters are written for this benchmark
(no sentence of the shared corpus is in them: ``corpus_overlap.py`` checks); they are a
regression set for linking in domains the development set does not cover, not an unseen
measure: once a probe has guided a change it is in-sample.

Each cluster is scored on its own (its articles alone make the chronology) and, with
``--pooled``, all clusters together (so look-alikes across clusters count too), by the dev
set's ``score.py``: cross-article pairwise P/R/F1, CoNLL F1 and event dates, with the
publication-day grouping beside them.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from datetime import date, timedelta

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import timeline  # noqa: E402

from devset import load_scorer  # noqa: E402
from eventsets import CORPUS, system_events  # noqa: E402


def _interval(d) -> list[str]:
    if isinstance(d, list):
        return [str(d[0]), str(d[1])]
    d = str(d)
    if len(d) == 7:  # a month
        y, m = int(d[:4]), int(d[5:])
        end = date(y + (m == 12), m % 12 + 1, 1)
        return [d + "-01T00:00", end.isoformat() + "T00:00"]
    if len(d) == 4:
        return [d + "-01-01T00:00", f"{int(d) + 1}-01-01T00:00"]
    day = date.fromisoformat(d[:10])
    return [day.isoformat() + "T00:00", (day + timedelta(days=1)).isoformat() + "T00:00"]


def load(path: pathlib.Path, prefix: str = "") -> tuple[list[timeline.Article], dict, dict]:
    """The articles, the gold in the scorer's shape, and the publication days of one cluster."""
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    arts = [timeline.Article(id=prefix + a["id"], text=a["text"], published=a["published"],
                             lang=a.get("lang"), source=a.get("source") or a["id"])
            for a in data["articles"]]
    events = []
    for e in data["events"]:
        ms = []
        for m in e["mentions"]:
            text, trig, nth = texts[m["article"]], m["trigger"], m.get("nth", 0)
            at = -1
            for _ in range(nth + 1):
                at = text.find(trig, at + 1)
                if at < 0:
                    raise SystemExit(f"{path.name}: {e['id']}: trigger {trig!r} #{nth} not in {m['article']}")
            ms.append({"file": prefix + m["article"], "start": at, "end": at + len(trig)})
        events.append({"id": prefix + e["id"], "date": {"interval": _interval(e["date"])}, "mentions": ms})
    pub = {prefix + a["id"]: a["published"] for a in data["articles"]}
    return arts, {"events": events, "articles": [], "alternative_groupings": []}, pub


def summary(report: dict) -> dict:
    pub = report.get("baselines_from_gold_mentions", {}).get("publication_day", {})
    c = report["counts"]
    return {"aligned": round(c["gold_mentions_aligned"] / max(1, c["gold_mentions"]), 3),
            "cross_F1": report["pairwise_same_event"]["F1"], "cross_P": report["pairwise_same_event"]["P"],
            "cross_R": report["pairwise_same_event"]["R"], "conll_F1": report["conll"]["F1"],
            "dates": report["event_date_overlap"],
            "pubday_cross": pub.get("pairwise_same_event", {}).get("F1"),
            "pubday_conll": pub.get("conll", {}).get("F1")}


def details(arts, gold, chron) -> None:
    """Where each gold event's mentions went, and what else the system put with them."""
    text = {a.id: a.text for a in arts}
    where = {}
    for e in chron.all_events:
        for m in e.mentions:
            s = m.trigger_start if m.trigger_start is not None else m.start
            t = m.trigger_end if m.trigger_end is not None else m.end
            where.setdefault(m.article_id, []).append((s, t, e))
    for g in gold["events"]:
        print(f"  gold {g['id']} {g['date']['interval'][0][:10]}")
        for m in g["mentions"]:
            hits = [(s, t, e) for s, t, e in where.get(m["file"], []) if s < m["end"] and m["start"] < t]
            trig = text[m["file"]][m["start"]:m["end"]]
            got = ", ".join(f"{e.id}({e.interval.start.date() if e.interval else 'undated'})"
                            for _, _, e in hits) or "NOT FOUND"
            print(f"    {m['file']:>10} {trig:<22} -> {got}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=pathlib.Path, help="cluster files or folders of them")
    ap.add_argument("--dev", type=pathlib.Path, default=CORPUS / "dev", help="for its score.py")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--pooled", action="store_true", help="also all clusters in one chronology")
    args = ap.parse_args(argv)
    files = sorted(f for p in args.paths for f in ([p] if p.is_file() else p.glob("*.json")))
    if not files:
        raise SystemExit("no probe clusters found")
    scorer = load_scorer(args.dev)
    rows, every = [], ([], {"events": [], "articles": [], "alternative_groupings": []}, {})
    for f in files:
        arts, gold, pub = load(f, prefix=f.stem + "/")
        chron = timeline.build_chronology(arts)
        s = summary(scorer.score_events(gold, system_events(chron), pub))
        rows.append((f.stem, s))
        print(f"{f.stem:<28} cross {s['cross_F1']:.3f} (P {s['cross_P']:.2f} R {s['cross_R']:.2f})"
              f"  conll {s['conll_F1']:.3f}  dates {s['dates']:.2f}  aligned {s['aligned']:.2f}"
              f"  | pubday {s['pubday_cross'] or 0:.3f} / {s['pubday_conll'] or 0:.3f}")
        if args.details:
            details(arts, gold, chron)
        every[0].extend(arts)
        every[1]["events"].extend(gold["events"])
        every[2].update(pub)
    n = len(rows)
    mean = {k: sum(r[1][k] or 0 for r in rows) / n for k in ("cross_F1", "conll_F1", "dates", "pubday_cross", "pubday_conll")}
    worst = min(rows, key=lambda r: r[1]["cross_F1"])
    print(f"{'mean of ' + str(n):<28} cross {mean['cross_F1']:.3f}  conll {mean['conll_F1']:.3f}"
          f"  dates {mean['dates']:.2f}  | pubday {mean['pubday_cross']:.3f} / {mean['pubday_conll']:.3f}"
          f"  (worst cross: {worst[0]} {worst[1]['cross_F1']:.3f})")
    if args.pooled and n > 1:
        chron = timeline.build_chronology(every[0])
        s = summary(scorer.score_events(every[1], system_events(chron), every[2]))
        print(f"{'pooled':<28} cross {s['cross_F1']:.3f}  conll {s['conll_F1']:.3f}  dates {s['dates']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
