"""Reading articles from several threads at once (a thread pool, Dask's threaded
scheduler) gives each article exactly what reading it alone gives: the caches the
readers keep of the last text (its tokens, its headline lines, its places and actors)
never hand one text's findings to another."""

from __future__ import annotations

import sys
import threading

import timeline
from timeline.events.extract import read_article

ARTICLES = [
    timeline.Article(id="k", lang="en", source="A", published="2025-03-11",
                     text="Gunmen Attack A Checkpoint Near Kirkuk\n"
                          "Gunmen attacked a police checkpoint near Kirkuk on Monday, killing two officers."),
    timeline.Article(id="m", lang="en", source="B", published="2025-03-12",
                     text="A car bomb exploded in the market of Manbij, north of Aleppo, on Tuesday night, "
                          "wounding five people, a monitor said."),
    timeline.Article(id="s", lang="ar", source="C", published="2025-03-14",
                     text="قصفت الطائرات مدينة منبج بريف حلب فجر اليوم الجمعة، ما أسفر عن مقتل ثلاثة مدنيين."),
    timeline.Article(id="h", lang="en", source="D", published="2025-03-15",
                     text="Floods swept through villages in Al Haouz province on Friday, the interior ministry said."),
]


def _summary(article: timeline.Article) -> list[tuple]:
    return [(e.kind, e.event_type, e.places, e.actors, e.fatalities, e.injured,
             e.interval.start.isoformat() if e.interval else None,
             tuple((m.trigger_start, m.trigger_end) for m in e.mentions))
            for e in read_article(article)]


def test_articles_read_in_threads_at_once_come_out_as_read_alone():
    want = [_summary(a) for a in ARTICLES]
    assert [len(w) > 0 for w in want] == [True] * len(ARTICLES)
    assert want[2][0][2][0] == "geonames:167357"  # Manbij, in the Arabic report
    wrong: list[str] = []
    start = threading.Barrier(6)

    def work(k: int) -> None:
        start.wait()
        for n in range(40):
            i = (k + n) % len(ARTICLES)
            if _summary(ARTICLES[i]) != want[i]:
                wrong.append(ARTICLES[i].id)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter will
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert wrong == []
