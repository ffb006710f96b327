"""Build a chronology with Dask: extraction in parallel over partitions of articles.

    pip install 'timeline[dask]'
    python examples/dask_chronology.py [--out out/] [--partitions 3]

`timeline.dask.extract_mentions` reads the articles of each partition (one row per event
mention); `timeline.dask.build_chronology(...).compute()` links them and returns the same
events and mentions tables as `timeline.build_chronology(...).to_dataframe()` and
`.mentions_dataframe()`, whatever the partitioning. See docs/dask.md.
"""

from __future__ import annotations

import argparse
import json
import warnings
from pathlib import Path

import pandas as pd

import timeline

SEEDS = Path(__file__).resolve().parent / "seeds"


def seed_frame() -> pd.DataFrame:
    """The seed articles as a table: id, text, published, source, url, lang."""
    rows = []
    for entry in json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8")):
        rows.append({"id": Path(entry["file"]).stem, "text": (SEEDS / entry["file"]).read_text(encoding="utf-8"),
                     "published": entry["published"], "source": entry.get("source"), "url": entry.get("url"),
                     "lang": entry.get("lang")})
    return pd.DataFrame(rows)


def main(out: Path, partitions: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    import dask.dataframe as dd
    from timeline.dask import build_chronology, extract_mentions

    articles = dd.from_pandas(seed_frame(), npartitions=partitions)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timeline.TimelineWarning)
        mentions = extract_mentions(articles)                   # lazy: one partition per partition
        events, mention_table = build_chronology(mentions).compute()
    print(f"{len(events)} events, {len(mention_table)} mentions from {partitions} partitions")
    print(events[["event_id", "value", "kind", "label", "n_sources"]].head(10).to_string(index=False))
    out.mkdir(parents=True, exist_ok=True)
    events.to_csv(out / "dask_events.csv", index=False)
    return events, mention_table


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("out"))
    ap.add_argument("--partitions", type=int, default=3)
    args = ap.parse_args()
    main(args.out, args.partitions)
