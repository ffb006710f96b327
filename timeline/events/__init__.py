"""The event layer: what happened in each article, as analysts code it.

Read in the order data flows through it (:mod:`.extract` runs the steps for one article):

* :mod:`.vocabulary` — the trigger words of each event type (``timeline/lang/taxonomy.py``,
  ``timeline/lang/*_events.py``), matched through stems;
* :mod:`.document` and :mod:`.clauses` — the article's tokens, sentences and clauses;
* :mod:`.mentions` — step 1, trigger mentions;
* :mod:`.arguments` (with :mod:`.places` and its :mod:`.gazetteer`, :mod:`.actors`,
  :mod:`.casualties`) — step 2, each trigger's time, place, actors and casualty figures;
* :mod:`.coref` — step 3, one event per happening within the article;
* :mod:`.timing` — step 4, one time per event;
* :mod:`.extract` — the four steps, giving :class:`~timeline.ArticleEvent` objects.

Linking them across articles is :mod:`timeline.linking`'s job.
"""

from .extract import read_article, read_events

__all__ = ["read_article", "read_events"]
