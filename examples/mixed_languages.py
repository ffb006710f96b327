"""One raid told in Arabic and in English: one event with three sources.

    python examples/mixed_languages.py [--out out/]

The articles are made in memory (our own sentences). Time, type, place and toll do not
depend on the language, so the Arabic report meets the English ones through them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import timeline

ARTICLES = [
    timeline.Article(
        id="en-1", source="Example Wire", published="2025-12-20", lang="en",
        text=("Security forces raided a hideout in Deir ez-Zor at dawn on Friday and killed two "
              "militants after a brief clash, the Interior Ministry said.")),
    timeline.Article(
        id="ar-1", source="وكالة مثال", published="2025-12-20", lang="ar",
        text=("داهمت قوات الأمن فجر الجمعة وكرا في دير الزور وقتلت مسلحين اثنين بعد اشتباك قصير، "
              "بحسب ما أعلنت وزارة الداخلية.")),
    timeline.Article(
        id="en-2", source="Another Wire", published="2025-12-21", lang="en",
        text=("Two militants were killed on Friday when security forces raided their hideout in "
              "Deir ez-Zor, officials said.")),
]


def main(out: Path) -> timeline.Event:
    chron = timeline.build_chronology(ARTICLES)
    raid = next(e for e in chron.events if e.kind == "happening")
    print(f"{raid.id} {raid.value} {raid.type} at {raid.location}, {raid.fatalities} killed")
    for m in raid.mentions:
        print(f"   {m.article_id:5} [{m.time_basis:9}] {m.text[:70]}")
    out.mkdir(parents=True, exist_ok=True)
    chron.to_html(out / "mixed.html", title="One raid, two languages")
    chron.to_csv(out / "mixed.csv")
    return raid


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("out"))
    main(ap.parse_args().out)
