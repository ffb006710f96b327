"""build_chronology's cost as the archive grows: time, peak memory, growth exponent.

    python benchmarks/bench_chronology.py [--sizes 1000,10000,100000] [--with-1m] [--seed 0] [--workers N]
                                          [--no-record]

For each size (event mentions asked of ``generate_corpus.py``) a fresh Python process
generates the corpus, then times one ``build_chronology`` over it and reports its peak
resident memory (``ru_maxrss``, which includes the corpus itself: the resident size
after generating is reported too).  The time is split, by wrapping
``timeline.chronology``'s own steps from here (the library is not modified):

* ``times`` — normalising, tagging and resolving the expressions of every article;
* ``events`` — ``read_events``: triggers, arguments, within-article events, event times;
* ``link`` — ``link_events``: candidate pairs, pair scores, clustering;
* ``assemble`` — ``_event``: consensus time, conflicts and title of every event;
* ``other`` — reading the input, sorting, numbering.

The growth exponent is the least-squares slope of log(time) against log(mentions)
(1 is linear; n·log n over 1k..1M reads as about 1.1).  1M mentions (about 40,000
articles) takes minutes: it runs with ``--with-1m`` (or ``--sizes ...,1000000``).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time
from typing import Optional

from _common import record, table

PHASES = ("times", "events", "link", "assemble", "other")


def _rss_mb() -> float:
    """Current resident set size (Linux), MB."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return float("nan")


def worker(n_articles: int, seed: int, mem_limit_gb: float, workers: int = 1) -> dict:
    """Generate, build once, report (runs in its own process).  Above ``mem_limit_gb`` of
    address space the build stops with MemoryError and the report says where."""
    import generate_corpus as gen

    import timeline
    import timeline.chronology as chron

    t0 = time.perf_counter()
    arts = [a.article() for a in gen.generate(n_articles, seed)]
    gen_time = time.perf_counter() - t0
    rss_input = _rss_mb()
    spent = dict.fromkeys(PHASES, 0.0)
    where = ["other"]
    drafts = [0]

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            s = time.perf_counter()
            outer, where[0] = where[0], name
            try:
                out = fn(*a, **k)
                if name == "events":
                    drafts[0] += sum(len(e.mentions) for e in out)
                return out
            finally:
                spent[name] += time.perf_counter() - s
                where[0] = outer
        return wrapper

    prepare, extract = chron._prepare, chron.read_events
    chron._prepare = timed("times", prepare)           # includes events: subtracted below
    chron.read_events = timed("events", extract)
    chron.link_events = timed("link", chron.link_events)
    chron._event = timed("assemble", chron._event)
    if mem_limit_gb > 0:
        limit = int(mem_limit_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    failed = None
    t0 = time.perf_counter()
    try:
        result = timeline.build_chronology(arts, workers=workers)
        mentions, n_events, n_undated = (sum(len(e.mentions) for e in result.all_events),
                                         len(result.events), len(result.undated))
    except MemoryError:
        failed = f"MemoryError above {mem_limit_gb:g} GB during {where[0]}"
        mentions, n_events, n_undated = drafts[0], 0, 0
    total = time.perf_counter() - t0
    cpu_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent["times"] -= spent["events"]
    spent["other"] = total - sum(spent[p] for p in PHASES if p != "other")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    return {"articles": len(arts), "chars": sum(len(a.text) for a in arts), "mentions": mentions,
            "n_events": n_events, "n_undated": n_undated, "seconds": total,
            **{p: spent[p] for p in PHASES}, "peak_mb": peak, "input_mb": rss_input,
            "generate_seconds": gen_time, "failed": failed, "workers": workers,
            "child_cpu": cpu_children.ru_utime + cpu_children.ru_stime}


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) on log(x)."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((a - mx) ** 2 for a in lx)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / den if den else float("nan")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="event mentions, comma-separated")
    ap.add_argument("--with-1m", action="store_true", help="add 1,000,000 mentions (minutes)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    ap.add_argument("--mem-limit-gb", type=float, default=12.0,
                    help="stop a build whose address space passes this (0: no limit)")
    ap.add_argument("--workers", type=int, default=1,
                    help="processes reading the articles (build_chronology(workers=N)); with more than "
                         "one, times and events are read in the worker processes and counted as other")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)  # n articles, internal
    args = ap.parse_args(argv)
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.seed, args.mem_limit_gb, args.workers)))
        return 0

    import generate_corpus as gen

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.with_1m and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    per_article = gen.mentions_per_article()
    print(f"about {per_article:.1f} event mentions per generated article")
    rows, results, failures = [], [], []
    for size in sizes:
        n = gen.articles_for(size)
        proc = subprocess.run([sys.executable, __file__, "--worker", str(n), "--seed", str(args.seed),
                               "--mem-limit-gb", str(args.mem_limit_gb), "--workers", str(args.workers)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return proc.returncode
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        r["asked"] = size
        if r["failed"]:
            print(f"{size:>9,} asked: {r['failed']} after {r['seconds']:.0f}s "
                  f"({r['mentions']:,} mentions extracted; peak {r['peak_mb']:,.0f} MB)", flush=True)
            failures.append(f"{size:,} mentions asked ({r['articles']:,} articles): {r['failed']} after "
                            f"{r['seconds']:.0f} s, {r['mentions']:,} mentions extracted, " +
                            ", ".join(f"{p} {r[p]:.0f} s" for p in PHASES) + f"; peak {r['peak_mb']:,.0f} MB")
            continue
        results.append(r)
        share = " ".join(f"{p} {r[p]:.1f}" for p in PHASES)
        print(f"{size:>9,} asked: {r['mentions']:>9,} mentions in {r['articles']:,} articles -> "
              f"{r['n_events']:,} dated + {r['n_undated']:,} undated events; {r['seconds']:.1f}s "
              f"({share}); peak {r['peak_mb']:,.0f} MB (input {r['input_mb']:,.0f} MB)", flush=True)
        rows.append([f"{r['mentions']:,}", f"{r['articles']:,}", f"{r['chars'] / 1e6:.1f} M",
                     f"{r['n_events'] + r['n_undated']:,}", f"{r['seconds']:.2f}",
                     *(f"{r[p]:.2f}" for p in PHASES), f"{r['mentions'] / r['seconds']:,.0f}",
                     f"{r['peak_mb']:,.0f}", f"{r['input_mb']:,.0f}"])
    lines = table(["mentions", "articles", "chars", "events", "total s", *(f"{p} s" for p in PHASES),
                   "mentions/s", "peak MB", "input MB"], rows)
    if len(results) >= 2:
        xs = [r["mentions"] for r in results]
        fits = {"total": slope(xs, [r["seconds"] for r in results])}
        for p in ("times", "events", "link", "assemble"):
            fits[p] = slope(xs, [max(r[p], 1e-6) for r in results])
        fit_text = ", ".join(f"{k} {v:.2f}" for k, v in fits.items())
        print(f"growth exponent (log-log slope of time on mentions): {fit_text}")
        lines += ["", f"Growth exponent, log-log slope of time on mentions over "
                      f"{xs[0]:,}–{xs[-1]:,}: {fit_text} (1.00 = linear)."]
    if failures:
        lines += ["", "Did not finish: " + "; ".join(failures) + "."]
    lines += ["", "Peak memory is the worker process's `ru_maxrss` (corpus texts included; "
                  "`input MB` is the resident size once the corpus is generated)."]
    if args.workers > 1:
        lines += ["", f"Articles read in {args.workers} processes (`--workers {args.workers}`): the reading "
                      "(times and events) happens in them and shows as `other`."]
    title = "build_chronology scaling (bench_chronology.py" + (f", {args.workers} workers)" if args.workers > 1 else ")")
    record(title, lines, not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
