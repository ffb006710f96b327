"""Where the chronology's score is lost: finding mentions, grouping them within an
article, or linking across articles.

    python benchmarks/events_ceiling.py dev [PATH]     # ../shared/corpus/dev by default
    python benchmarks/events_ceiling.py gvc [PATH]     # ../shared/corpus/gvc by default

Builds the chronology of every article of the corpus as ``events_eval.py`` does, then
scores three systems with the corpus scorer (``../shared/corpus/EVENTS.md``):

* ``chronology``: the library's chronology, as it is;
* ``linking oracle``: each article's own events (the within-article grouping, as the
  library made it) joined across articles by the gold event most of their mentions
  belong to: what perfect cross-article linking would score;
* ``mention oracle``: the library's mentions, each put in the gold event it aligns to:
  what perfect grouping of the mentions found would score (the ceiling the mention
  detection leaves).

``chronology`` to ``linking oracle`` is the loss of linking, ``linking oracle`` to
``mention oracle`` the loss of within-article grouping, and ``mention oracle`` to 1.0
the mentions not found.  The oracles read the gold, so they are diagnostics, never a
score of the library.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections import Counter, defaultdict
from typing import Optional

import timeline

import eventsets


def _gold_spans(es: eventsets.EventSet) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for ge in es.gold["events"]:
        for m in ge["mentions"]:
            out[m["file"]].append((m["start"], m["end"], ge["id"]))
    return out


def _label(row: dict, gold: dict[str, list[tuple[int, int, str]]]) -> Optional[str]:
    s, e = row.get("trigger_start", row["start"]), row.get("trigger_end", row["end"])
    for gs, ge, gid in gold.get(row["file"], ()):
        if gs < e and s < ge:
            return gid
    return None


def _system(groups: dict[str, list[dict]]) -> dict:
    return {"articles": [], "events": [{"id": k, "date": {"interval": None}, "mentions": ms}
                                       for k, ms in groups.items()]}


def ceilings(es: eventsets.EventSet) -> dict[str, dict]:
    chron = timeline.build_chronology(es.articles)
    system = eventsets.system_events(chron)
    gold = _gold_spans(es)
    keep = ("triggers_aligned", "cross_P", "cross_R", "cross_F1", "conll_F1")

    def scored(sysd: dict) -> dict:
        s = eventsets.summary(eventsets.score(es, sysd))
        return {k: s[k] for k in keep}

    out = {"chronology": {**scored(system), "event_dates": eventsets.summary(eventsets.score(es, system))["event_dates"]}}
    linked: dict[str, list[dict]] = defaultdict(list)
    mentions: dict[str, list[dict]] = defaultdict(list)
    alone = 0
    for ev in system["events"]:
        per_article: dict[str, list[dict]] = defaultdict(list)
        for row in ev["mentions"]:
            per_article[row["file"]].append(row)
            lab = _label(row, gold)
            if lab is None:
                alone += 1
                lab = f"unaligned {alone}"
            mentions[lab].append(row)
        for f, rows in sorted(per_article.items()):
            votes = Counter(lab for lab in (_label(r, gold) for r in rows) if lab is not None)
            if votes:
                linked[min(votes, key=lambda g: (-votes[g], g))].extend(rows)
            else:
                alone += 1
                linked[f"article event {alone}"] = rows
    out["linking oracle"] = scored(_system(linked))
    out["mention oracle"] = scored(_system(mentions))
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", choices=("dev", "gvc"))
    ap.add_argument("path", nargs="?", type=pathlib.Path)
    args = ap.parse_args(argv)
    es = eventsets.load(args.corpus, args.path)
    report = ceilings(es)
    print(json.dumps(report, indent=1))
    rows = [("chronology", report["chronology"]), ("linking oracle", report["linking oracle"]),
            ("mention oracle", report["mention oracle"])]
    print("\n| system | cross P / R / F1 | CoNLL F1 |\n|---|---|---|", file=sys.stderr)
    for name, r in rows:
        print(f"| {name} | {r['cross_P']:.3f} / {r['cross_R']:.3f} / {r['cross_F1']:.3f} | {r['conll_F1']:.3f} |",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
