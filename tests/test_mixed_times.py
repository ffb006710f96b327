"""Publication times written with and without seconds ('08:30', '09:15:20') in one corpus
make proper datetime columns (an earlier pd.to_datetime on strings raised on the mix)."""

from __future__ import annotations

import pandas as pd

import timeline


def test_mixed_minutes_and_seconds():
    chron = timeline.build_chronology([
        timeline.Article(id="a", text="Gunmen attacked a checkpoint near Homs on Saturday, killing 4 soldiers.",
                         published="2025-03-03T08:30", source="A"),
        timeline.Article(id="b", text="Four soldiers were killed when gunmen stormed a checkpoint near Homs on Saturday.",
                         published="2025-03-03T09:15:20", source="B"),
    ])
    m = chron.mentions_dataframe()
    assert str(m["published"].dtype).startswith("datetime64") and str(m["published"].dtype.tz) == "UTC"
    got = sorted(set(m["published"]))
    assert got == [pd.Timestamp("2025-03-03T08:30", tz="UTC"), pd.Timestamp("2025-03-03T09:15:20", tz="UTC")]
    df = chron.to_dataframe()
    assert df["event_date"].iloc[0] == pd.Timestamp("2025-03-01")
