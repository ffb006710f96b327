"""The event layer's four steps for one article, in order, and what comes out of them.

1. :mod:`.mentions` — trigger mentions (the words naming happenings and statements);
2. :mod:`.arguments` — their times (and places, actors, casualty figures);
3. :mod:`.coref` — one event per happening within the article;
4. :mod:`.timing` — one time per event, inherited by its mentions.

>>> import timeline
>>> art = timeline.Article(id="a", text="A man was shot and killed on Saturday night. Police said the shooting followed a dispute.",
...                        published="2025-12-22", lang="en")
>>> evs = read_article(art)
>>> [(e.kind, e.event_type, e.interval.start.date().isoformat(), [m.trigger for m in e.mentions]) for e in evs]
[('happening', 'violence.civilians.shooting', '2025-12-20', ['shot', 'killed', 'shooting']), ('statement', 'statement.say', '2025-12-22', ['said'])]
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Optional, Sequence

from ..lang.taxonomy import TYPES
from ..model import Article, ArticleEvent, EventMention
from ..text import Normalized, normalize
from ..timex import TimeMention
from .arguments import attach_times
from .coref import Draft, group_events
from .document import Document
from .mentions import Trigger, find_triggers
from .timing import date_events

__all__ = ["read_article", "read_events"]

_intern = sys.intern


def read_article(article: Article, times: Optional[Sequence[TimeMention]] = None,
                 lang: Optional[str] = None) -> tuple[ArticleEvent, ...]:
    """The events one article tells (times found with :func:`timeline.find_times` unless
    given)."""
    from ..core import find_times
    from ..lang import detect_language

    code = lang or article.lang or detect_language(article.text)
    anchor = article.anchor
    if times is None:
        times = find_times(article.text, published=anchor.when, lang=code)
    return read_events(article, normalize(article.text), times, code, anchor.when)


def read_events(article: Article, norm: Normalized, times: Sequence[TimeMention], lang: str,
                published: Optional[datetime]) -> tuple[ArticleEvent, ...]:
    """The four steps on an article whose text is normalised and whose times are found."""
    doc = Document.read(article.id, norm, lang, times)
    triggers = find_triggers(doc)
    free = attach_times(doc, triggers)
    events = group_events(doc, triggers)
    date_events(doc, events, free, published)
    return tuple(_article_event(doc, article, e, published) for e in events)


def _sentence_text(doc: Document, k: int) -> tuple[int, int, str]:
    s, e = doc.original(*doc.sentences[k])
    return s, e, doc.norm.original[s:e]


def _mention(doc: Document, article: Article, t: Trigger, kind: str, published: Optional[datetime],
             sentences: dict[int, tuple[int, int, str]]) -> EventMention:
    text = doc.norm.original
    clause = doc.clause_at(t.start)
    cs, ce = doc.original(clause.start, clause.end)
    ts, te = doc.original(t.start, t.end)
    if not (cs <= ts and te <= ce):
        cs, ce = min(cs, ts), max(ce, te)
    if t.sentence not in sentences:
        sentences[t.sentence] = _sentence_text(doc, t.sentence)
    trig = text[ts:te]
    return EventMention(
        article_id=article.id, source=article.outlet, url=article.url, start=cs, end=ce,
        text=text[cs:ce], sentence=sentences[t.sentence][2], time=t.time, time_basis=t.time_basis,
        kind=kind, classes=(t.type,), triggers=(trig,), lang=doc.lang, published=published,
        trigger_start=ts, trigger_end=te, trigger=trig, event_type=_intern(t.type), modality=t.modality,
    )


def _article_event(doc: Document, article: Article, e: Draft, published: Optional[datetime]) -> ArticleEvent:
    sentences: dict[int, tuple[int, int, str]] = {}
    mentions = tuple(_mention(doc, article, t, e.kind, published, sentences) for t in e.triggers)
    etype = e.type or _outcome_type(e.triggers)
    sents = {t.sentence for t in e.triggers}
    words = _words(doc, sents)
    names = _names(doc, sents) if doc.lang == "en" else ()
    return ArticleEvent(
        article_id=article.id, index=e.index, kind=e.kind, modality=e.modality, event_type=etype,
        mentions=mentions, time=e.time, time_basis=e.time_basis, interval=e.interval,
        main=e.main, novel=e.novel, about=e.about, published=published, lang=doc.lang,
        source=article.outlet, url=article.url, words=words, names=names,
        actor1=" ".join(sorted(e.speaker)) if e.kind == "statement" and e.speaker else None,
    )


def _outcome_type(triggers: list[Trigger]) -> str:
    """The type of an event told only by its outcomes or back-references: the most told
    of them."""
    counts: dict[str, int] = {}
    for t in triggers:
        counts[t.type] = counts.get(t.type, 0) + 1
    return max(sorted(counts), key=lambda k: (counts[k], TYPES[k].role == "outcome"))


def _words(doc: Document, sentences: set[int]) -> tuple[str, ...]:
    """The keys of the content words (letters, two or more) of the given sentences."""
    out: dict[str, None] = {}
    keys, toks = doc.keys, doc.tokens
    for k in sorted(sentences):
        s, e = doc.sentences[k]
        i = doc.token_at(s)
        while i < len(toks) and doc.starts[i] < e:
            w = toks[i]
            if len(w) > 1 and w[0].isalpha():
                out.setdefault(_intern(keys[i]), None)
            i += 1
    return tuple(out)


def _names(doc: Document, sentences: set[int]) -> tuple[str, ...]:
    """Capitalised words inside sentences (not their first word, not function words or
    event words): the names of people, streets, places and groups an English report
    gives ("Amari Brown", "Harding Avenue")."""
    out: dict[str, None] = {}
    original, toks, v = doc.norm.original, doc.tokens, doc.vocab
    skip = v.determiners | v.pronouns | v.relatives | v.negations | v.future
    for k in sorted(sentences):
        s, e = doc.sentences[k]
        i = doc.token_at(s) + 1
        while i < len(toks) and doc.starts[i] < e:
            w = toks[i]
            if len(w) > 2 and w.isalpha() and w not in skip and not v.type_of(doc.keys[i]) \
                    and toks[i - 1] not in ('"', "'", ".", ":"):
                o = doc.norm.to_original(doc.starts[i])
                if original[o:o + 1].isupper():
                    out.setdefault(_intern(w), None)
            i += 1
    return tuple(out)
