"""Score the chronology on the event-annotated corpora, per half of their split.

    python benchmarks/events_eval.py dev [PATH]        # ../shared/corpus/dev by default
    python benchmarks/events_eval.py gvc [PATH]        # ../shared/corpus/gvc by default
    python benchmarks/events_eval.py dev --details     # how each gold event's mentions were grouped
    python benchmarks/events_eval.py gvc --exclude 293f7cee 95569e12   # scored without those articles' gold

Builds ONE chronology from every article of the corpus (the other half's articles are
look-alikes to keep apart), then scores it the way ``../shared/corpus/EVENTS.md`` says
(the dev set's ``score.py``: trigger alignment, cross-article pairwise P/R/F1, CoNLL F1,
event dates) on the gold events of half A, of half B and of all, beside the baseline that
groups gold mentions by publication day.  The halves are fixed in ``eventsets.py``.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import timeline

import eventsets


def run(es: eventsets.EventSet) -> tuple[timeline.Chronology, float]:
    t0 = time.perf_counter()
    chron = timeline.build_chronology(es.articles)
    return chron, time.perf_counter() - t0


def details(es: eventsets.EventSet, chron: timeline.Chronology, groups: set[str]) -> None:
    texts = {a.id: a.text for a in es.articles}
    sys_of: dict[str, list] = {}
    for e in chron.all_events:
        for m in e.mentions:
            ts = getattr(m, "trigger_start", m.start)
            te = getattr(m, "trigger_end", m.end)
            sys_of.setdefault(m.article_id, []).append((ts, te, e.id, e.value))
    for ge in es.gold["events"]:
        if es.group_of_event[ge["id"]] not in groups:
            continue
        print(f"\n{ge['id']} {ge['date'].get('value')} {ge.get('summary_en', '')[:70]}")
        for gm in ge["mentions"]:
            if gm.get("optional"):
                continue
            best = None
            for s, e_, eid, val in sys_of.get(gm["file"], []):
                ov = min(e_, gm["end"]) - max(s, gm["start"])
                if ov > 0 and (best is None or ov > best[0] or (ov == best[0] and e_ - s < best[3])):
                    best = (ov, eid, val, e_ - s)
            tag = f"{best[1]} {best[2]}" if best else "-- unmatched --"
            print(f"   {gm['file'][:12]} {tag:26} {texts[gm['file']][gm['start']:gm['end']][:60]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", choices=("dev", "gvc"))
    ap.add_argument("path", nargs="?", type=pathlib.Path)
    ap.add_argument("--details", choices=("A", "B", "all"))
    ap.add_argument("--json", action="store_true", help="print the full score reports")
    ap.add_argument("--exclude", nargs="+", default=(), metavar="PREFIX",
                    help="score without the gold mentions of the articles whose file names start so "
                         "(the chronology is still built from every article)")
    args = ap.parse_args(argv)
    es = eventsets.load(args.corpus, args.path)
    chron, elapsed = run(es)
    system = eventsets.system_events(chron)
    out = {}
    for half in ("A", "B", "all"):
        if args.exclude:
            gold = es.restricted(es.half(half))
            gold["events"] = [{**e, "mentions": [m for m in e["mentions"] if not m["file"].startswith(tuple(args.exclude))]}
                              for e in gold["events"]]
            gold["events"] = [e for e in gold["events"] if e["mentions"]]
            rep = es.scorer.score_events(gold, system, es.published)  # type: ignore[attr-defined]
        else:
            rep = eventsets.score(es, system, es.half(half))
        out[half] = rep if args.json else eventsets.summary(rep)
    print(json.dumps(out, indent=1))
    n = sum(len(e.mentions) for e in chron.all_events)
    print(f"{args.corpus}: {len(es.articles)} articles, {len(chron.events)} dated + {len(chron.undated)} undated "
          f"events from {n} mentions in {elapsed:.1f}s", file=sys.stderr)
    if args.details:
        details(es, chron, es.half(args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
