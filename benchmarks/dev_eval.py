"""Measure timex finding and resolution on the hand-checked development set.

    python benchmarks/dev_eval.py ../shared/corpus/dev [--errors] [--out system.json]

Runs :func:`timeline.find_times` on every excerpt with the manifest's publication date
and language, writes the output in the scorer's format, scores it with the set's own
``score.py`` (TempEval-3 style span and value F1) and, with ``--errors``, lists every
missed, spurious and wrongly valued expression.  The texts stay in the dev folder: this
script only reads them.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import time

import timeline

from devset import gold as read_gold, load_scorer, manifest, read_text


def system_output(dev: pathlib.Path) -> dict:
    arts = []
    for row in manifest(dev):
        text = read_text(dev, row)
        ms = timeline.find_times(text, published=row["published"], lang=row.get("lang"))
        arts.append({"file": row["file"], "timexes": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type.value, "value": m.value,
             "interval": m.interval.to_json() if m.interval else None,
             "explanation": m.explanation} for m in ms]})
    return {"articles": arts}


def list_errors(gold: dict, system: dict, scorer) -> list[str]:
    out = []
    sys_by = {a["file"]: a["timexes"] for a in system["articles"]}
    for art in gold["articles"]:
        g, s = art["timexes"], sys_by.get(art["file"], [])
        pairs = scorer.align([(t["start"], t["end"]) for t in g], [(t["start"], t["end"]) for t in s])
        matched = set(pairs.values())
        for si, st in enumerate(s):
            gi = pairs.get(si)
            if gi is None:
                out.append(f"{art['file']} SPURIOUS {st['text']!r} {st['value']}")
            else:
                gt = g[gi]
                ok = st["value"] in [gt["value"]] + gt["acceptable_alternatives"]
                if not ok and not gt["optional"]:
                    out.append(f"{art['file']} VALUE    {st['text']!r} got {st['value']} want {gt['value']}"
                               f"\n           {st['explanation']}")
                elif (st["start"], st["end"]) != (gt["start"], gt["end"]) and not gt["optional"]:
                    out.append(f"{art['file']} SPAN     {st['text']!r} vs gold {gt['text']!r}")
        for gi, gt in enumerate(g):
            if gi not in matched and not gt["optional"]:
                out.append(f"{art['file']} MISSED   {gt['text']!r} {gt['value']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", type=pathlib.Path, help="path to the dev set (folder with gold.json)")
    ap.add_argument("--errors", action="store_true", help="list every error")
    ap.add_argument("--out", type=pathlib.Path, help="write the system output here")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.dev)
    gold = read_gold(args.dev)
    t0 = time.perf_counter()
    system = system_output(args.dev)
    elapsed = time.perf_counter() - t0
    if args.out:
        args.out.write_text(json.dumps(system, ensure_ascii=False, indent=1), encoding="utf-8")
    report = scorer.score_timexes(gold, system)
    for lang in ("ar", "en"):
        files = {r["file"] for r in manifest(args.dev) if r["lang"] == lang}
        sub_gold = dict(gold, articles=[a for a in gold["articles"] if a["file"] in files])
        sub = scorer.score_timexes(sub_gold, system)
        report[f"value_{lang}"] = sub["value"]
        report[f"relaxed_span_{lang}"] = sub["relaxed_span"]
    print(json.dumps(report, indent=1))
    print(f"time: {elapsed:.2f}s for {len(system['articles'])} articles")
    if args.errors:
        errs = list_errors(gold, system, scorer)
        print(f"\n{len(errs)} errors:")
        print("\n".join(errs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
