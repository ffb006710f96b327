"""Load a chronology into pandas and ask it questions.

    python examples/pandas_analysis.py [--out out/]

`Chronology.to_dataframe()` has one row per event (ACLED-style columns, real dtypes:
datetimes, nullable integers), `mentions_dataframe()` one row per report of an event.
"""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

import pandas as pd

import timeline

SEEDS = Path(__file__).resolve().parent / "seeds"


def main(out: Path) -> dict[str, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", timeline.TimelineWarning)
        chron = timeline.build_chronology(SEEDS)
    events = chron.to_dataframe()
    mentions = chron.mentions_dataframe()

    # What happened, not what was said: the happenings, by ACLED event type.
    happenings = events[events["kind"] == "happening"]
    by_type = happenings.groupby("event_type", dropna=False).agg(
        events=("event_id", "size"), killed=("fatalities", "sum")).sort_values("events", ascending=False)

    # Events of December 2025 precise to a day or finer, in time order.
    december = events[(events["start"] >= "2025-12-01") & (events["time_precision"] == 1)]
    december = december[["event_id", "event_date", "kind", "label", "n_sources"]]

    # Which outlet reported which events: reports per outlet and kind.
    per_outlet = mentions.pivot_table(index="source", columns="kind", values="event_id",
                                      aggfunc="nunique", fill_value=0)

    # How the reports got their times.
    basis = mentions["time_basis"].value_counts()

    print("Happenings by type:\n", by_type.to_string(), "\n", sep="")
    print("December 2025, to the day:\n", december.to_string(index=False), "\n", sep="")
    print("Events per outlet:\n", per_outlet.to_string(), "\n", sep="")
    print("Time basis of the reports:\n", basis.to_string(), sep="")

    out.mkdir(parents=True, exist_ok=True)
    by_type.to_csv(out / "happenings_by_type.csv")
    return {"events": events, "mentions": mentions, "by_type": by_type, "december": december,
            "per_outlet": per_outlet}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("out"))
    main(ap.parse_args().out)
