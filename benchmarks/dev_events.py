"""Measure event merging on the dev set: pairwise same-event precision/recall/F1.

    python benchmarks/dev_events.py ../shared/corpus/dev [--details]

Builds one chronology from all 48 dev excerpts (manifest dates and languages), scores it
with the set's ``score.py`` (pairs of gold mentions in different articles: same event or
not), and reports the event-date overlap.  ``--details`` prints, for every gold event, how
its mentions were grouped.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import timeline

from devset import articles, gold, load_scorer


def system_events(chron: timeline.Chronology) -> list[dict]:
    return [{"id": e.id, "date": {"interval": e.interval.to_json() if e.interval else None},
             "mentions": [{"file": m.article_id, "start": m.start, "end": m.end} for m in e.mentions]}
            for e in chron.all_events]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", type=pathlib.Path)
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.dev)
    arts = articles(args.dev)
    t0 = time.perf_counter()
    chron = timeline.build_chronology(arts)
    elapsed = time.perf_counter() - t0
    system = {"articles": [], "events": system_events(chron)}
    gold_set = gold(args.dev)
    report = scorer.score_events(gold_set, system)
    print(json.dumps(report, indent=1))
    n_mentions = sum(len(e.mentions) for e in chron.all_events)
    print(f"{len(chron.events)} dated + {len(chron.undated)} undated events from {n_mentions} mentions "
          f"in {elapsed:.2f}s")
    if args.details:
        texts = {a.id: a.text for a in arts}
        sys_of = {}
        for e in chron.all_events:
            for m in e.mentions:
                sys_of.setdefault(m.article_id, []).append((m.start, m.end, e.id, e.value))
        for ge in gold_set["events"]:
            print(f"\n{ge['id']} {ge['date']['value']} {ge['summary_en'][:70]}")
            for gm in ge["mentions"]:
                best = None
                for s, e_, eid, val in sys_of.get(gm["file"], []):
                    ov = min(e_, gm["end"]) - max(s, gm["start"])
                    if ov > 0 and (best is None or ov > best[0]):
                        best = (ov, eid, val)
                tag = f"{best[1]} {best[2]}" if best else "-- unmatched --"
                print(f"   {gm['file']} {tag:22} {texts[gm['file']][gm['start']:gm['end']][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
