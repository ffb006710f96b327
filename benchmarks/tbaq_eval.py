"""Score find_times on TimeBank + AQUAINT (TBAQ-cleaned) the TempEval-3 way.

    python benchmarks/tbaq_eval.py [../shared/corpus/tbaq] [--part TimeBank|AQUAINT|all]
                                   [--errors] [--by-class] [--dev ../shared/corpus/dev] [--record]

Each ``.tml`` file's ``<TEXT>`` is stripped of its tags: the text that is left and the
``<TIMEX3>`` spans in it (offsets into the stripped text) are the gold.  The document
creation time (``functionInDocument="CREATION_TIME"``, inside ``<DCT>``) is the anchor:
``timeline.find_times(text, published=dct, lang="en")``.

Scores (TempEval-3, UzZaman et al. 2013): system and gold expressions are paired one to one
by largest character overlap; *relaxed* span P/R/F1 counts every pair, *strict* the pairs
whose offsets are identical, *value* the pairs whose TIMEX3 values are equal (so value F1 =
the F1 of "found with exactly the gold value"), *type* likewise for the TIMEX3 type.

``--errors`` lists every missed, spurious and wrongly valued expression; ``--by-class``
counts them by error class (a quick view of what to work on).  With ``--dev`` (default
``../shared/corpus/dev`` when present) the development set's value F1 is printed alongside.
``--record`` appends the figures to ``benchmarks/RESULTS.md``.

The corpus texts are read where they lie and never copied into this repository.
"""

from __future__ import annotations

import argparse
import html
import pathlib
import re
import sys
import time
from collections import Counter
from typing import NamedTuple, Optional

from _common import ROOT, default_dev, record, table

import timeline

DEFAULT_TBAQ = ROOT.parent / "shared" / "corpus" / "tbaq"
PARTS = ("TimeBank", "AQUAINT")

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


class Timex(NamedTuple):
    start: int
    end: int
    text: str
    type: str
    value: str


class TmlDoc(NamedTuple):
    id: str
    part: str
    text: str
    dct: str
    gold: list[Timex]


def strip_timeml(raw: str) -> tuple[str, list[Timex]]:
    """The text of a TimeML fragment without its tags, and its TIMEX3s (offsets into it)."""
    out: list[str] = []
    n = 0
    pos = 0
    open_timex: Optional[tuple[int, dict[str, str]]] = None
    gold: list[Timex] = []
    for m in _TAG.finditer(raw):
        piece = html.unescape(raw[pos:m.start()])
        out.append(piece)
        n += len(piece)
        pos = m.end()
        closing, name, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex is not None:
                s, a = open_timex
                surface = "".join(out)[s:n]
                if surface.strip():
                    gold.append(Timex(s, n, surface, a.get("type", ""), a.get("value", "")))
                open_timex = None
        elif not selfclosing:
            open_timex = (n, dict(_ATTR.findall(attrs)))
    out.append(html.unescape(raw[pos:]))
    return "".join(out), gold


def read_doc(path: pathlib.Path, part: str) -> TmlDoc:
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if dct_m is None:
        raise ValueError(f"{path}: no DCT")
    dct = dict(_ATTR.findall(dct_m.group(1)))["value"][:10]
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None:
        raise ValueError(f"{path}: no TEXT")
    text, gold = strip_timeml(body.group(1))
    return TmlDoc(path.stem, part, text, dct, gold)


def load(tbaq: pathlib.Path, part: str = "all") -> list[TmlDoc]:
    docs = []
    for p in PARTS:
        if part not in ("all", p):
            continue
        docs += [read_doc(f, p) for f in sorted((tbaq / p).glob("*.tml"))]
    return docs


def align(gold: list[Timex], system: list[Timex]) -> dict[int, int]:
    """One-to-one pairs {system index: gold index}, largest character overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                cands.append((-ov, gi, si))
    cands.sort()
    used_g: set[int] = set()
    pairs: dict[int, int] = {}
    for _, gi, si in cands:
        if gi not in used_g and si not in pairs:
            used_g.add(gi)
            pairs[si] = gi
    return pairs


def run_system(doc: TmlDoc) -> list[Timex]:
    ms = timeline.find_times(doc.text, published=doc.dct, lang="en")
    return [Timex(m.start, m.end, m.text, m.type.value, m.value) for m in ms]


def prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}


def error_class(g: Optional[Timex], s: Optional[Timex]) -> str:
    """A coarse class of one error, for counting."""
    t = g or s
    assert t is not None
    v = t.value
    if g is not None and s is not None:
        if g.type != s.type:
            return f"value: type {s.type}->{g.type}"
        if v.startswith("P"):
            return "value: DURATION"
        if v in ("PAST_REF", "PRESENT_REF", "FUTURE_REF") or s.value.endswith("_REF"):
            return "value: vague"
        if "Q" in v:
            return "value: quarter"
        if g.type == "SET":
            return "value: SET"
        gran = "day" if len(v) == 10 else "month" if len(v) == 7 else "year" if len(v) == 4 else "other"
        return f"value: DATE/{gran}"
    kind = "missed" if g is not None else "spurious"
    if v.startswith("P"):
        return f"{kind}: DURATION"
    if v.endswith("_REF"):
        return f"{kind}: {v}"
    return f"{kind}: {t.type}"


def evaluate(docs: list[TmlDoc], errors: Optional[list[str]] = None,
             classes: Optional[Counter[str]] = None) -> dict[str, object]:
    c = Counter()
    for doc in docs:
        system = run_system(doc)
        pairs = align(doc.gold, system)
        c["gold"] += len(doc.gold)
        c["sys"] += len(system)
        for si, s in enumerate(system):
            gi = pairs.get(si)
            if gi is None:
                if errors is not None:
                    errors.append(f"{doc.id} SPURIOUS {s.text!r} {s.type} {s.value}")
                if classes is not None:
                    classes[error_class(None, s)] += 1
                continue
            g = doc.gold[gi]
            c["relaxed"] += 1
            c["strict"] += (s.start, s.end) == (g.start, g.end)
            c["value"] += s.value == g.value
            c["type"] += s.type == g.type
            if s.value != g.value:
                if errors is not None:
                    errors.append(f"{doc.id} VALUE    {s.text!r} {s.type} {s.value} want {g.type} {g.value}"
                                  + (f" (gold span {g.text!r})" if s.text != g.text else ""))
                if classes is not None:
                    classes[error_class(g, s)] += 1
            elif (s.start, s.end) != (g.start, g.end):
                if errors is not None:
                    errors.append(f"{doc.id} SPAN     {s.text!r} vs gold {g.text!r}")
                if classes is not None:
                    classes["span only"] += 1
        found = set(pairs.values())
        for gi, g in enumerate(doc.gold):
            if gi not in found:
                if errors is not None:
                    ctx = doc.text[max(0, g.start - 40):g.end + 30].replace("\n", " ")
                    errors.append(f"{doc.id} MISSED   {g.text!r} {g.type} {g.value}   …{ctx}…")
                if classes is not None:
                    classes[error_class(g, None)] += 1
    return {
        "docs": len(docs), "gold": c["gold"], "system": c["sys"],
        "relaxed": prf(c["relaxed"], c["sys"], c["gold"]),
        "strict": prf(c["strict"], c["sys"], c["gold"]),
        "value": prf(c["value"], c["sys"], c["gold"]),
        "type": prf(c["type"], c["sys"], c["gold"]),
    }


def dev_value_f1(dev: Optional[pathlib.Path]) -> Optional[float]:
    if dev is None or not (dev / "gold.json").exists():
        return None
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dev_eval import system_output
    from devset import gold as read_gold, load_scorer

    report = load_scorer(dev).score_timexes(read_gold(dev), system_output(dev))
    return float(report["value"]["F1"])


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tbaq", type=pathlib.Path, nargs="?", default=DEFAULT_TBAQ,
                    help="the tbaq folder (with TimeBank/ and AQUAINT/)")
    ap.add_argument("--part", choices=("TimeBank", "AQUAINT", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list every error")
    ap.add_argument("--by-class", action="store_true", help="count the errors by class")
    ap.add_argument("--dev", type=pathlib.Path, default=default_dev(),
                    help="development set, whose value F1 is printed alongside")
    ap.add_argument("--record", action="store_true", help="append the figures to RESULTS.md")
    args = ap.parse_args(argv)
    if not (args.tbaq / "TimeBank").is_dir():
        ap.error(f"no TimeBank/ folder in {args.tbaq}")
    parts = list(PARTS) if args.part == "all" else [args.part]
    rows = []
    errors: list[str] = []
    classes: Counter[str] = Counter()
    t0 = time.perf_counter()
    for part in parts + (["all"] if args.part == "all" else []):
        docs = load(args.tbaq, part)
        want_detail = part != "all" or len(parts) == 1
        r = evaluate(docs, errors if (args.errors and want_detail) else None,
                     classes if (args.by_class and want_detail) else None)
        rows.append([part, r["docs"], r["gold"], r["system"],
                     *(f"{r[k]['P']:.3f} / {r[k]['R']:.3f} / {r[k]['F1']:.3f}"  # type: ignore[index]
                       for k in ("relaxed", "strict", "value", "type"))])
    elapsed = time.perf_counter() - t0
    lines = table(["part", "docs", "gold", "system", "relaxed P/R/F1", "strict P/R/F1",
                   "value P/R/F1", "type P/R/F1"], rows)
    dev_f1 = dev_value_f1(args.dev)
    if dev_f1 is not None:
        lines += ["", f"Development set (benchmarks/dev_eval.py) value F1: {dev_f1:.4f}"]
    print("\n".join(lines))
    print(f"time: {elapsed:.1f}s")
    if args.by_class:
        print("\nerrors by class:")
        for k, v in classes.most_common():
            print(f"  {v:4d}  {k}")
    if args.errors:
        print(f"\n{len(errors)} errors:")
        print("\n".join(errors))
    record("TBAQ timex scores (benchmarks/tbaq_eval.py)", lines, args.record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
