"""timeline.dask on a LocalCluster with 1 and 2 worker processes, against the single process.

    python benchmarks/bench_dask.py --mentions 100000 [--workers 1,2] [--partitions 8]
                                    [--no-baseline] [--scheduler tcp://host:8786] [--no-record]

The corpus is ``generate_corpus.py``'s, calibrated to ``--mentions`` event mentions (the
generator measures the mentions its articles yield), written as Parquet and read back
with ``dask.dataframe.read_parquet`` as a user would.  For each worker count the script
times ``extract_mentions`` + ``build_chronology(...).compute()`` (one pass, both tables)
and the serial part (clustering, numbering and the tables: one task), and projects the
time on more workers with Amdahl's law from the measured serial share.  Unless
``--no-baseline``, it also times ``timeline.build_chronology`` and checks that the tables
are equal.  ``--scheduler`` runs on an existing cluster instead of a LocalCluster.
Figures are appended to ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile
import time

from _common import record, table
from generate_corpus import articles_for, generate

_SERIAL = ("_link-", "_assemble-", "_tables-")


def _warm_up() -> None:
    import timeline
    import timeline.dask  # noqa: F401

    timeline.build_chronology([timeline.Article(id="w", text="قتل جنديان في هجوم قرب تدمر يوم السبت. "
                                                "Two soldiers were killed near Palmyra on Saturday.",
                                                published="2025-12-20")])


def _run(address_or_cluster, path: str, partitions: int) -> tuple[float, float, float, float, object, object, int]:
    import dask.dataframe as dd
    from distributed import Client

    from timeline.dask import build_chronology, extract_mentions

    with Client(address_or_cluster) as client:
        client.run(_warm_up)  # language data, gazetteer and model load once per worker, untimed
        from distributed import get_task_stream

        with get_task_stream(client) as ts:
            t0 = time.perf_counter()
            articles = dd.read_parquet(path)
            mentions = extract_mentions(articles)
            chron = build_chronology(mentions, npartitions=partitions)
            events, mentions_table = chron.compute()
            wall = time.perf_counter() - t0
        serial = busy = moved = 0.0
        for task in ts.data:
            key = str(task["key"])
            for s in task["startstops"]:
                took = s["stop"] - s["start"]
                if s["action"] == "compute":
                    busy += took
                    if any(name in key for name in _SERIAL):
                        serial += took
                elif s["action"] == "transfer":
                    moved += took
        return wall, serial, busy, moved, events, mentions_table, len(client.scheduler_info()["workers"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mentions", type=int, default=100_000, help="about this many event mentions (e.g. 1000000)")
    ap.add_argument("--workers", default="1,2", help="worker process counts for LocalClusters")
    ap.add_argument("--partitions", type=int, default=8, help="partitions of the articles (and slices of time)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scheduler", help="an existing scheduler's address (instead of LocalClusters)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the single-process run")
    ap.add_argument("--no-record", action="store_true")
    args = ap.parse_args(argv)

    import pandas as pd

    import timeline

    n_articles = articles_for(args.mentions)
    arts = list(generate(n_articles, seed=args.seed))
    frame = pd.DataFrame([dict(id=a.id, text=a.text, published=a.published, source=a.source, url=None,
                               lang=a.lang) for a in arts])
    tmp = tempfile.TemporaryDirectory(prefix="timeline-bench-dask-")
    path = str(pathlib.Path(tmp.name) / "articles")
    import dask.dataframe as dd

    dd.from_pandas(frame, npartitions=args.partitions, sort=False).to_parquet(path, write_index=False)
    print(f"{n_articles} articles ({frame['text'].str.len().sum() / 1e6:.1f} M chars) in {args.partitions} "
          f"Parquet partitions", flush=True)

    base = None
    if not args.no_baseline:
        t0 = time.perf_counter()
        chron = timeline.build_chronology([a.article() for a in arts])
        ref_events, ref_mentions = chron.to_dataframe(), chron.mentions_dataframe()
        base = time.perf_counter() - t0  # (the same product: both tables)
        print(f"single process: {base:.1f} s, {len(ref_mentions)} mentions, {len(ref_events)} events", flush=True)

    runs = []
    if args.scheduler:
        setups = [("scheduler " + args.scheduler, args.scheduler)]
    else:
        counts = [int(w) for w in args.workers.split(",")]
        setups = [(f"LocalCluster, {w} worker{'s' if w > 1 else ''}", w) for w in counts]
    for label, setup in setups:
        if isinstance(setup, int):
            from distributed import LocalCluster

            with LocalCluster(n_workers=setup, threads_per_worker=1, processes=True, dashboard_address=None,
                              silence_logs=40) as cluster:
                wall, serial, busy, moved, events, mentions_table, nw = _run(cluster, path, args.partitions)
        else:
            wall, serial, busy, moved, events, mentions_table, nw = _run(setup, path, args.partitions)
        same = "-"
        if base is not None:
            pd.testing.assert_frame_equal(events, ref_events)
            pd.testing.assert_frame_equal(mentions_table, ref_mentions)
            same = "yes"
        runs.append((label, nw, wall, serial, busy, moved, len(mentions_table), len(events), same))
        print(f"{label}: {wall:.1f} s (tasks computing {busy:.1f} s in all, serial part {serial:.1f} s, "
              f"transfers {moved:.1f} s), {len(mentions_table)} mentions, {len(events)} events, "
              f"equal to single process: {same}", flush=True)

    rows = []
    if base is not None:
        m = len(ref_mentions)
        rows.append(["single process (build_chronology + both tables)", 1, f"{base:.1f}", "-", "-", "-", f"{m:,}",
                     f"{len(ref_events):,}", f"{m / base:,.0f}", "-"])
    for label, nw, wall, serial, busy, moved, m, ev, same in runs:
        rows.append([label, nw, f"{wall:.1f}", f"{busy:.1f}", f"{serial:.1f}", f"{moved:.1f}", f"{m:,}", f"{ev:,}",
                     f"{m / wall:,.0f}", same])
    lines = table(["run", "workers", "wall s", "task s", "serial s", "transfer s", "mentions", "events",
                   "mentions/s", "equal"], rows)
    lines += ["", "`task s`: time the tasks spent computing, summed over workers; `serial s`: of which the one "
              "task that clusters, numbers and builds the tables; `transfer s`: moving data between workers.",
              "", f"Command: `python benchmarks/bench_dask.py --mentions {args.mentions} --workers {args.workers} "
              f"--partitions {args.partitions}{' --no-baseline' if args.no_baseline else ''}`; {n_articles} articles.", ""]
    one = next((r for r in runs if r[1] == 1), runs[0])
    _, _, wall1, serial1, busy1, _, m1, _, _ = one
    scale = 1_000_000 / m1 if m1 else 0.0
    overhead = max(0.0, wall1 - busy1)  # scheduling, reading Parquet, collecting the result
    lines += [f"Projection to 1M mentions (basis: the {one[0]} run scaled by {scale:.1f}: time grows linearly "
              "with mentions, growth exponent 1.00 in bench_chronology.py; the serial task stays one task, "
              "the rest divides among dedicated workers): "
              + ", ".join(f"{w} worker{'s' if w > 1 else ''} "
                          f"{scale * (serial1 + (busy1 - serial1) / w + overhead) / 60:.1f} min" for w in (1, 2, 4, 8, 16))
              + f"; the serial task alone takes {scale * serial1 / 60:.1f} min, the bound however many workers."]
    for line in lines[-1:]:
        print(line)
    record(f"timeline.dask (bench_dask.py, {args.mentions:,} mentions)", lines, enabled=not args.no_record)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
