"""Build the chronology of the seed articles: the chart, the tables and the JSON.

    python examples/build_seed_chart.py [--out out/]

The same as `timeline build examples/seeds --out out/` (and `make demo`), from Python.
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

import timeline

SEEDS = Path(__file__).resolve().parent / "seeds"


def main(out: Path) -> timeline.Chronology:
    out.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timeline.TimelineWarning)
        chron = timeline.build_chronology(timeline.read_articles(SEEDS))
    chron.to_html(out / "chronology.html", title="Seed articles")   # the chart, offline
    chron.to_csv(out / "events.csv")                                 # + events_mentions.csv
    chron.to_json(out / "chronology.json")
    print(f"{len(chron.events)} dated events and {len(chron.undated)} undated reports "
          f"from {len(chron.articles)} articles; open {out / 'chronology.html'}")
    for event in chron.events:
        if len(event.outlets) > 1:        # the events several outlets reported
            print(f"  {event.id} {event.value:14} {len(event.outlets)} outlets  {event.type}")
    return chron


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("out"))
    main(ap.parse_args().out)
