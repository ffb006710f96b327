"""Run every benchmark with modest defaults (``make bench``); each appends to RESULTS.md.

    python benchmarks/run_all.py [--dev ../shared/corpus/dev] [--with-1m] [--with-dask] [--quick] [--no-record]

1. ``bench_find_times.py`` — find_times vs dateparser: throughput and accuracy;
2. ``bench_chronology.py`` — build_chronology at 1k, 10k and 100k event mentions (and 1M
   with ``--with-1m``: tens of minutes), time, peak memory, growth exponent;
3. ``profile_find_times.py --stages`` — where find_times spends its time;
4. ``bench_adversarial.py`` — time on adversarial text, growth exponents;
5. with ``--with-dask``: ``bench_dask.py`` — timeline.dask with 1 and 2 workers at 100k
   mentions (10k with ``--quick``; needs ``pip install -e '.[dask]'``).

``--quick`` runs smaller versions (fewer repeats, 1k and 10k mentions only) for a check
that everything works.
"""

from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", help="development set folder (default ../shared/corpus/dev when present)")
    ap.add_argument("--with-1m", action="store_true", help="also build a 1M-mention archive")
    ap.add_argument("--with-dask", action="store_true", help="also time timeline.dask (1 and 2 workers)")
    ap.add_argument("--quick", action="store_true", help="small runs only")
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args(argv)
    common = ["--no-record"] if args.no_record else []
    dev = ["--dev", args.dev] if args.dev else []
    runs = [
        ["bench_find_times.py", *dev, "--repeat", "3" if args.quick else "7", *common],
        ["bench_chronology.py", "--sizes", "1000,10000" if args.quick else "1000,10000,100000",
         *(["--with-1m"] if args.with_1m else []), *common],
        ["profile_find_times.py", "--stages", "--passes", "10" if args.quick else "40", *common],
        ["bench_adversarial.py", "--sizes", "10000,100000" if args.quick else "10000,100000,1000000",
         "--build-sizes", "3000,10000" if args.quick else "10000,30000,100000", *common],
    ]
    if args.with_dask:
        runs.append(["bench_dask.py", "--mentions", "10000" if args.quick else "100000", *common])
    status = 0
    for script, *rest in runs:
        print(f"\n=== {script} {' '.join(rest)}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(HERE / script), *rest])
        print(f"=== {script}: {'ok' if rc == 0 else f'exit {rc}'} in {time.perf_counter() - t0:.0f}s", flush=True)
        status = status or rc
    if not args.no_record:
        print(f"\nresults appended to {HERE / 'RESULTS.md'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
