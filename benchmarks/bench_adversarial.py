"""Time on adversarial text: does it grow linearly?

    python benchmarks/bench_adversarial.py [--sizes 10000,100000,1000000]
                                           [--build-sizes 10000,30000,100000]
                                           [--max-seconds 60] [--no-record]

Each case is a text made by repeating one pattern to the size asked (characters): a
trigger word 100k times, a whole line of 1M characters with no line break, deeply nested
brackets, bidi controls, digit runs, separators that start dates and clock times.
``find_times`` runs on every size, ``build_chronology`` (one article) on the smaller
``--build-sizes``; the table gives the seconds per size and the growth exponent (the
log-log slope of time on size: 1.0 is linear, 2.0 quadratic).  A size is skipped when the
growth measured so far says it would take more than ``--max-seconds``.  A 10 MB single line is over
``timeline.core.MAX_TEXT_LENGTH`` (5M characters) and must be refused at once with an
``InputError``; its row says how long that took.

No timed assertion lives in the tests: this script measures, the tests check results.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import warnings
from typing import Callable, Optional

from _common import record, table

import timeline


def rep(pattern: str) -> Callable[[int], str]:
    return lambda n: (pattern * (n // len(pattern) + 1))[:n]


CASES: dict[str, Callable[[int], str]] = {
    "trigger word 'قتل ' repeated": rep("قتل "),
    "'killed ' repeated": rep("killed "),
    "'yesterday ' repeated": rep("yesterday "),
    "'أمس ' repeated": rep("أمس "),
    "'يوم ' (a starter) repeated": rep("يوم "),
    "'3 days ' repeated": rep("3 days "),
    "'December 20 ' repeated": rep("December 20 "),
    "'1/' repeated (date separators)": rep("1/"),
    "'1:' repeated (clock separators)": rep("1:"),
    "'1.' repeated": rep("1."),
    "one line: Arabic sentence, commas only": rep("قتل جنديان في هجوم قرب تدمر يوم السبت الماضي، "),
    # (each clause opened by a span after another happening: thousands of clauses in one sentence)
    "one line: Arabic clauses after spans, commas only": rep(
        "وقعت غارات بعد نحو شهرين من غارات استهدفت الميناء في أيلول 2025، "),
    "one line: 'a' with no space": lambda n: "a" * n,
    "one digit run": lambda n: "7" * n,
    "nested brackets (((...)))": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
    "mixed brackets ([{<": rep("([{<"),
    "bidi controls around a word": rep("\u202e\u2067أمس\u2069\u202c "),
    "combining marks on one letter": lambda n: "a" + "\u0301" * (n - 1),
    "Arabic diacritics on one letter": lambda n: "ا" + "\u064b" * (n - 1),
    "tatweel run": lambda n: "ـ" * n,
    "a run of dots, then a letter": lambda n: "." * (n - 1) + "a",
    "English one-death sentences repeated": rep("A boy died. Gunmen killed a policeman. A fatal crash. "),
    # one sentence of capitalised names, times, spans and happenings (the names of each
    # event were read over its whole sentence once per event: quadratic before 2026-12-04)
    "one line: English names, times and spans, commas only": rep(
        "A man was shot on Monday in the town of Hope, and two days later, police arrested a suspect, "),
}
BUILD_CASES = ["trigger word 'قتل ' repeated", "'yesterday ' repeated",
               "one line: Arabic sentence, commas only", "one line: Arabic clauses after spans, commas only",
               "nested brackets (((...)))", "bidi controls around a word",
               "a run of dots, then a letter", "English one-death sentences repeated",
               "one line: English names, times and spans, commas only"]


def timed(call: Callable[[], object]) -> tuple[float, str]:
    t0 = time.perf_counter()
    try:
        out = call()
        what = f"{len(out)} mentions" if isinstance(out, list) else f"{len(out.all_events)} events"  # type: ignore[attr-defined]
    except timeline.TimelineError as exc:
        what = f"{type(exc).__name__}"
    return time.perf_counter() - t0, what


def exponent(points: list[tuple[int, float]]) -> Optional[float]:
    pts = [(math.log(n), math.log(t)) for n, t in points if t > 0.002]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


def run(kind: str, names: list[str], sizes: list[int], max_seconds: float) -> list[list[object]]:
    rows = []
    for name in names:
        make = CASES[name]
        points: list[tuple[int, float]] = []
        cells: list[object] = []
        for n in sizes:
            if points:  # skip a size the growth so far says would take too long
                (n0, t0), k = points[-1], exponent(points) or 1.0
                if t0 * (n / n0) ** max(1.0, k) > max_seconds:
                    cells.append(f"skipped (~{t0 * (n / n0) ** max(1.0, k):.0f} s)")
                    continue
            text = make(n)
            if kind == "find_times":
                secs, what = timed(lambda: timeline.find_times(text, published="2025-12-20"))
            else:
                art = timeline.Article(id="a", text=text, published="2025-12-20")
                secs, what = timed(lambda: timeline.build_chronology([art]))
            points.append((n, secs))
            cells.append(f"{secs:.3f}")
            print(f"{kind:16} {name:42} {n:>9,} chars {secs:8.3f}s  {what}", flush=True)
        k = exponent(points)
        rows.append([name, *cells, f"{k:.2f}" if k is not None else "–"])
    return rows


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--build-sizes", default="10000,30000,100000")
    ap.add_argument("--max-seconds", type=float, default=60.0)
    ap.add_argument("--no-record", action="store_true")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    build_sizes = [int(s) for s in args.build_sizes.split(",")]
    warnings.simplefilter("ignore", timeline.TimelineWarning)
    for make in CASES.values():  # warm the token caches and lazy imports first
        timeline.find_times(make(2000), published="2025-12-20")
    timeline.build_chronology([timeline.Article(id="w", text=CASES[BUILD_CASES[0]](2000), published="2025-12-20")])
    ft = run("find_times", list(CASES), sizes, args.max_seconds)
    bc = run("build_chronology", BUILD_CASES, build_sizes, args.max_seconds)
    big = "x" * 10_000_000
    secs, what = timed(lambda: timeline.find_times(big, published="2025-12-20"))
    print(f"10 MB single line: {what} in {secs:.3f}s")
    lines = ["`find_times` seconds per text size (characters) and growth exponent (1.0 = linear):", ""]
    lines += table(["case", *[f"{n:,}" for n in sizes], "exponent"], ft)
    lines += ["", "`build_chronology` (one article):", ""]
    lines += table(["case", *[f"{n:,}" for n in build_sizes], "exponent"], bc)
    lines += ["", f"A 10 MB single line: {what} in {secs:.3f} s."]
    record("Adversarial text (bench_adversarial.py)", lines, enabled=not args.no_record)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
