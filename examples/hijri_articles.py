"""Articles dated in the Hijri calendar: resolved to Gregorian days, merged with others.

    python examples/hijri_articles.py [--out out/]

The first article is dated only by a Hijri date in its text; the second, published
later, gives the Gregorian date of the same flood; a third dates the same flood with both
calendars at once ("… هـ الموافق …"). Our own sentences.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import timeline

ARTICLES = [
    timeline.Article(
        id="hijri-1", source="صحيفة مثال", published="2026-01-02", lang="ar",
        text="لقي أربعة أشخاص حتفهم في فيضانات في محافظة حضرموت يوم 12 رجب 1447 هـ."),
    timeline.Article(
        id="greg-1", source="Example Wire", published="2026-01-03", lang="en",
        text="Four people died in floods in Hadramawt province on 1 January 2026."),
    timeline.Article(
        id="dual-1", source="وكالة مثال", published="2026-01-03", lang="ar",
        text="لقي أربعة أشخاص حتفهم في فيضانات في محافظة حضرموت يوم الخميس 12 رجب 1447 هـ الموافق 1 يناير 2026."),
]


def main(out: Path) -> timeline.Chronology:
    for article in ARTICLES:
        for m in timeline.find_times(article.text, published=article.published, lang=article.lang):
            print(f"{article.id:8} {m.text!r:50} {m.value:12} {m.explanation}")
    chron = timeline.build_chronology(ARTICLES)
    for e in chron.events:
        print(f"{e.id} {e.value} {e.type} {e.location} {e.fatalities} killed, "
              f"{len(e.sources)} sources: {', '.join(s.article_id for s in e.sources)}")
    out.mkdir(parents=True, exist_ok=True)
    chron.to_json(out / "hijri.json")
    return chron


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("out"))
    main(ap.parse_args().out)
