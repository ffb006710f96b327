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
from bisect import bisect_left
from datetime import datetime
from typing import Optional, Sequence

import attrs

from ..lang.taxonomy import INTERVENTION, OF_A_STATE, TYPES, can_cause, family
from ..model import Article, ArticleEvent, EventMention
from ..text import Normalized, normalize
from ..timex import Granularity, TimeMention
from .arguments import attach_arguments, attach_times, event_times
from .coref import Draft, group_events
from .document import Document
from .gazetteer import KIND_RANK, get_place
from .mentions import Trigger, find_triggers
from .timing import date_events
from .vocabulary import vocabulary

__all__ = ["read_article", "read_events", "as_copy"]

_intern = sys.intern


def read_article(article: Article, times: Optional[Sequence[TimeMention]] = None,
                 lang: Optional[str] = None) -> tuple[ArticleEvent, ...]:
    """The events one article tells (times found with :func:`timeline.find_times` unless
    given).

    >>> import timeline
    >>> a = timeline.Article(id="a", text="أعلن الجيش مقتل أربعة مسلحين في غارة جوية فجر الجمعة.",
    ...                      published="2025-12-20")
    >>> [(e.kind, e.event_type, [m.trigger for m in e.mentions]) for e in read_article(a)]
    [('statement', 'statement.announce', ['أعلن']), ('happening', 'violence.remote.air', ['مقتل', 'غارة جوية'])]
    """
    from ..core import find_times
    from ..lang import detect_language

    code = lang or article.lang or detect_language(article.text)
    anchor = article.anchor
    if times is None:
        times = find_times(article.text, published=anchor.when, lang=code)
    return read_events(article, normalize(article.text), times, code, anchor.when)


def as_copy(events: Sequence[ArticleEvent], article: Article) -> tuple[ArticleEvent, ...]:
    """The events of an article whose text, language and date are those of the article
    ``events`` were read from: the same events under this article's id, outlet and url
    (a syndicated copy is read once, not once per outlet).

    >>> import attrs, timeline
    >>> original = timeline.Article(id="m", text="A car bomb killed five civilians in Manbij on Monday morning.",
    ...                             published="2025-03-10", source="AFP", lang="en")
    >>> copy = attrs.evolve(original, id="m2", source="Reuters")
    >>> (e,) = as_copy(read_article(original), copy)
    >>> e.article_id, e.source, [m.source for m in e.mentions]
    ('m2', 'Reuters', ['Reuters', 'Reuters'])
    """
    def mention(m: EventMention) -> EventMention:
        return attrs.evolve(m, article_id=article.id, source=article.outlet, url=article.url)

    return tuple(attrs.evolve(e, article_id=article.id, source=article.outlet, url=article.url,
                              mentions=tuple(mention(m) for m in e.mentions)) for e in events)


def read_events(article: Article, norm: Normalized, times: Sequence[TimeMention], lang: str,
                published: Optional[datetime]) -> tuple[ArticleEvent, ...]:
    """The four steps on an article whose text is normalised and whose times are found.

    >>> import timeline
    >>> from timeline.text import normalize
    >>> text = "A car bomb killed five civilians in Manbij on Monday morning."
    >>> article = timeline.Article(id="m", text=text, published="2025-03-10", source="A", lang="en")
    >>> times = timeline.find_times(text, published="2025-03-10", lang="en")
    >>> [(e.event_type, e.time.value) for e in read_events(article, normalize(text), times, "en", article.anchor.when)]
    [('violence.remote.ied', '2025-03-10TMO')]
    """
    doc = Document.read(article.id, norm, lang, event_times(times, published, lang, norm.original))
    doc.published = published
    triggers = find_triggers(doc)
    free = attach_times(doc, triggers)
    attach_arguments(doc, triggers)
    events = group_events(doc, triggers)
    date_events(doc, events, free, published)
    claims = _claims(doc, events)
    owners: dict[int, set[int]] = {}  # clause -> the happenings whose words it holds
    for e in events:
        if e.kind == "happening":
            for t in e.triggers:
                owners.setdefault(id(doc.clause_at(t.start)), set()).add(e.index)
    many = sorted((s, t) for (s, t), tm in zip(doc.time_spans, doc.times) if tm.granularity in _MANY_YEARS)
    out = [_article_event(doc, article, e, published, owners, many) for e in events]
    for k in sorted(claims):
        claim, claimed = out[k], out[claims[k]]
        if claim.actor1 is not None and claimed.actor1 is None:
            # ACLED codes who claims an attack as its actor 1 ("Houthi rebels claimed
            # responsibility for a drone attack", "أعلن تنظيم داعش مسؤوليته عن التفجير")
            out[claims[k]] = attrs.evolve(claimed, actor1=claim.actor1,
                                          actor2=None if claimed.actor2 == claim.actor1 else claimed.actor2)
    return tuple(out)


def _claims(doc: Document, events: list[Draft]) -> dict[int, int]:
    """The statements that claim a happening as their speaker's deed (a responsibility
    word after the speech word in its sentence: "claimed responsibility for", ``أعلن
    التنظيم مسؤوليته عن``), each with the happening it is about; such a statement is a
    claim (``statement.claim``)."""
    words = doc.vocab.responsibility
    out: dict[int, int] = {}
    if not words:
        return out
    for e in events:
        if e.kind != "statement" or e.about is None or events[e.about].kind != "happening":
            continue
        t = e.triggers[0]
        _, end = doc.sentences[t.sentence]
        # the happening's own word right after the responsibility word ("responsibility
        # for a drone attack"; not "took responsibility for the investigation")
        done = {u.i for u in events[e.about].triggers if u.sentence == t.sentence}
        k = t.i
        while k < min(len(doc.tokens), t.i + _CLAIM_WINDOW) and doc.starts[k] < end:
            if doc.vocab.is_cue(doc.tokens[k], words) and any(k < i <= k + _CLAIM_REACH for i in done):
                out[e.index] = e.about
                e.type = "statement.claim"
                break
            k += 1
    return out


#: How many words from the speech word the responsibility word may come: the speaker's
#: name between them (``أعلن تنظيم الدولة الإسلامية في العراق مسؤوليته``).
_CLAIM_WINDOW = 10
#: How many words after "responsibility" (``مسؤوليته``) the claimed happening's word may
#: come: "for", an article and a modifier ("responsibility for the deadly attack").
_CLAIM_REACH = 4


def _sentence_text(doc: Document, k: int) -> tuple[int, int, str]:
    s, e = doc.original(*doc.sentences[k])
    return s, e, doc.norm.original[s:e]


#: The longest clause a mention's span holds whole (news clauses run to a few hundred
#: characters); a longer one is cut to this many characters around the trigger.
_MOST_CONTEXT = 1000


def _mention(doc: Document, article: Article, t: Trigger, kind: str, published: Optional[datetime],
             sentences: dict[int, tuple[int, int, str]]) -> EventMention:
    text = doc.norm.original
    clause = doc.clause_at(t.start)
    cs, ce = doc.original(clause.start, clause.end)
    ts, te = doc.original(t.start, t.end)
    if not (cs <= ts and te <= ce):
        cs, ce = min(cs, ts), max(ce, te)
    if ce - cs > _MOST_CONTEXT:
        # a clause of thousands of characters (a feed run into one line): the mention
        # holds the part of it around its trigger, not a copy of the whole of it
        half = _MOST_CONTEXT // 2
        cs, ce = max(cs, ts - half), min(ce, te + half)
    if t.sentence not in sentences:
        sentences[t.sentence] = _sentence_text(doc, t.sentence)
    trig = text[ts:te]
    return EventMention(
        article_id=article.id, source=article.outlet, url=article.url, start=cs, end=ce,
        text=text[cs:ce], sentence=sentences[t.sentence][2], time=t.time, time_basis=t.time_basis,
        kind=kind, classes=(t.type,), triggers=(trig,), lang=doc.lang, published=published,
        trigger_start=ts, trigger_end=te, trigger=trig, event_type=_intern(t.type), modality=t.modality,
    )


def _article_event(doc: Document, article: Article, e: Draft, published: Optional[datetime],
                   owners: Optional[dict[int, set[int]]] = None,
                   many: Sequence[tuple[int, int]] = ()) -> ArticleEvent:
    sentences: dict[int, tuple[int, int, str]] = {}
    mentions = tuple(_mention(doc, article, t, e.kind, published, sentences) for t in e.triggers)
    etype = e.type or _outcome_type(e.triggers)
    sents = {t.sentence for t in e.triggers}
    words = _words(doc, sents)
    names = _names(doc, sents)
    ages = _ages(doc, sents)
    places, location = _places(doc, e)
    place_basis = _place_basis(e, places)
    if not places and e.main and e.kind == "happening" and doc.datelines:
        # what the article is about, told where no sentence of it names a place: the town
        # it was filed from (an ACLED coder's fallback), marked as only the dateline's
        d = doc.datelines[0]
        s, t = doc.original(d.start, d.end)
        places, location, place_basis = (d.place.id,), doc.norm.original[s:t], "dateline"
    if not places and e.kind == "happening" and e.type in OF_A_STATE:
        places, location, place_basis = _state_place(e)
    actor1, actor2 = _roles(e)
    if _force_on_protesters(e, etype, actor1, actor2):
        # force used on protesters is the protest's event (as a protest broken up by force:
        # its actor 1 the protesters, the force its actor 2), not violence against civilians
        etype, actor1, actor2 = INTERVENTION, actor2, actor1
    killed, injured = _figures(doc, e, owners or {}, many)
    return ArticleEvent(
        article_id=article.id, index=e.index, kind=e.kind, modality=e.modality, event_type=etype,
        mentions=mentions, time=e.time, time_basis=e.time_basis, interval=e.interval,
        places=places, location=location, actor1=actor1, actor2=actor2,
        place_basis=place_basis,
        actors=tuple(sorted({a.actor.id for t in e.triggers for a in t.actors})),
        fatalities=killed, injured=injured,
        main=e.main, novel=e.novel, about=e.about, published=published, lang=doc.lang,
        background=e.kind == "happening" and all(t.subordinate for t in e.triggers),
        source=article.outlet, url=article.url, words=words, names=names, ages=ages,
    )




def _places(doc: Document, e: Draft) -> tuple[tuple[str, ...], Optional[str]]:
    """The places an event is told at, most specific first (a town before its county or
    province before its country; the most named first among equals), and the first one's
    name as the report writes it."""
    count: dict[str, int] = {}
    first: dict[str, object] = {}
    # named for the event itself: not only by the outlet signing the headline, nor only in
    # a clause of its sentence that tells an earlier happening ("the strikes came hours
    # after the Houthis said they hit an oil facility in Jazan": Jazan is the facility's)
    told: set[str] = set()
    sign_start, sign_end = doc.outlet_tail()
    for t in e.triggers:
        if t.role == "statement" and e.kind != "statement":
            continue
        clause = doc.clause_at(t.start) if t.places else None
        for p in t.places:
            count[p.place.id] = count.get(p.place.id, 0) + 1
            first.setdefault(p.place.id, p)
            at = doc.clause_at(p.start)
            earlier = at.prior and at is not clause and at.start <= p.start < at.end \
                and doc.sentence_at(p.start) == t.sentence
            if not sign_start <= p.start < sign_end and not earlier:
                told.add(p.place.id)
    if not count:
        return (), None
    # the regions the event's counties and provinces lie in: a town outside all of them is
    # more likely a misread name than the place ("Madison" read in the wrong state)
    areas = {r for k in count for r in (first[k].place.parents[1:] + (k,))  # type: ignore[attr-defined]
             if first[k].place.kind in ("district", "region")}  # type: ignore[attr-defined]

    def rank(k: str) -> float:
        p = first[k].place  # type: ignore[attr-defined]
        r = KIND_RANK.get(p.kind, 0)
        if p.kind == "city" and areas and not areas & set(p.parents):
            r = 1.5
        return r

    order = sorted(count, key=lambda k: (k not in told, rank(k), -len(first[k].place.parents), -count[k],  # type: ignore[attr-defined]
                                         first[k].start))  # type: ignore[attr-defined]
    m = first[order[0]]
    s, t = doc.original(m.start, m.end)  # type: ignore[attr-defined]
    return tuple(order), doc.norm.original[s:t]


#: The kinds of actor that are a state's own bodies (or the state itself).
_STATE_KINDS = frozenset({"government", "state_forces", "police", "country"})


def _state_place(e: Draft) -> tuple[tuple[str, ...], Optional[str], str]:
    """The country of the one state whose bodies the words of a change of government name
    (``taxonomy.OF_A_STATE``): "the collapse of the Assad government" is in Syria.  No
    place when they name none or several, or only bodies whose country the story's places
    gave ("the government was expected to vote": which one, the text does not say)."""
    countries = {a.actor.country for t in e.triggers for a in t.actors
                 if a.actor.kind in _STATE_KINDS and a.actor.country and not a.guessed}
    if len(countries) != 1:
        return (), None, "none"
    try:
        place = get_place(next(iter(countries)))
    except KeyError:
        return (), None, "none"
    return (place.id,), place.name, "state"


def _place_basis(e: Draft, places: tuple[str, ...]) -> str:
    """``"dateline"`` when the event's places come only from its article's dateline."""
    if not places:
        return "none"
    placed = [t for t in e.triggers if t.places and not (t.role == "statement" and e.kind != "statement")]
    return "dateline" if all(t.dateline for t in placed) else "text"


#: The generic actor of a protest, and the protest broken up by force (ACLED's sub-event).
PROTESTERS = "PROTESTERS"
_FORCES = frozenset({"police", "state_forces"})


#: Outcomes whose doer is the side the happening was done to (an interception).
_TURNED = frozenset({"outcome.intercept"})


def _roles(e: Draft) -> tuple[Optional[str], Optional[str]]:
    """Who did it (or spoke) and to whom: the actors its own words' roles name most."""
    a1: dict[str, int] = {}
    a2: dict[str, int] = {}
    # ACLED: civilians are what violence is done to, never its actor 1 ("قتل خمسة مدنيين في
    # قصف مدفعي": the civilians told before the shelling are its victims, not who shelled)
    violent = e.kind == "happening" and e.type is not None and family(e.type) == "violence"
    if e.kind == "happening" and e.type is not None and family(e.type) == "disaster":
        return None, None  # a flood or a quake has no doer, nor a side it was done to
        # (the government declaring the emergency, the country it struck)
    for t in e.triggers:
        if (t.role == "statement") != (e.kind == "statement"):
            continue
        if t.type in _TURNED:
            # who intercepts a missile is the side it was fired at ("the Israeli military
            # said it intercepted" the Houthis' missile), and what was intercepted came from
            # the other
            if t.actor1 is not None:
                a2[t.actor1.id] = a2.get(t.actor1.id, 0) + 1
            if t.actor2 is not None:
                a1[t.actor2.id] = a1.get(t.actor2.id, 0) + 1
            continue
        if t.actor1 is not None and violent and t.actor1.kind == "civilians":
            a2[t.actor1.id] = a2.get(t.actor1.id, 0) + 1
        elif t.actor1 is not None:
            a1[t.actor1.id] = a1.get(t.actor1.id, 0) + 1
        if t.actor2 is not None:
            a2[t.actor2.id] = a2.get(t.actor2.id, 0) + 1
    # an actor its words name as the one it was done to more often than as the doer is
    # not the doer ("Gunmen stormed a police station, killing four officers": the police)
    # (of two named as often, the one never named as what it was done to: "أعلن الجيش
    # اغتيال قيادي في حزب الله بغارة": not Hezbollah, whose member was killed)
    best1 = min((k for k in a1 if a1[k] > a2.get(k, 0)), key=lambda k: (-a1[k], a2.get(k, 0), k), default=None)
    best2 = min((k for k in a2 if k != best1), key=lambda k: (-a2[k], k), default=None)
    if e.kind == "happening" and e.type is not None and family(e.type) == "protest":
        # ACLED: a protest's actor 1 is the protesters, whoever named; the force that broke
        # it up, if any, its actor 2 ("police fired tear gas to disperse the crowd")
        kinds = {a.id: a.kind for t in e.triggers for a in (t.actor1, t.actor2) if a is not None}
        crowd = sorted(k for k, kind in kinds.items() if kind == "protesters")
        if not crowd:  # those who marched ("civilians marched"), never the force on them
            crowd = [best1 if best1 is not None and kinds.get(best1) not in _FORCES else PROTESTERS]
        if e.type != INTERVENTION:
            return crowd[0], best2 if best2 is not None and kinds.get(best2) not in _FORCES else None
        told = {k: a1.get(k, 0) + a2.get(k, 0) for k in (*a1, *a2) if k not in crowd}
        return crowd[0], min(told, key=lambda k: (-told[k], k), default=None)
    return best1, best2


def _force_on_protesters(e: Draft, etype: str, actor1: Optional[str], actor2: Optional[str]) -> bool:
    """Is a violent happening a state force's on protesters ("security forces opened fire on
    protesters, killing three")?  ACLED codes force used on protesters as a protest event,
    not as violence against civilians."""
    if e.kind != "happening" or family(etype) != "violence" or actor2 != PROTESTERS or actor1 is None:
        return False
    kinds = {a.id: a.kind for t in e.triggers for a in (t.actor1, t.actor2) if a is not None}
    return kinds.get(actor1) in _FORCES


def _figures(doc: Document, e: Draft, owners: dict[int, set[int]],
             many: Sequence[tuple[int, int]] = ()) -> tuple[Optional[int], Optional[int]]:
    """The largest death and injury figures told in its sentences (a happening's); those
    told in a clause about an earlier happening ("وكانت القوات قد قصفت المخيم في أبريل، ما
    أسفر عن مقتل 100 شخص", "a year after a similar raid killed 11", "بعد يوم من مقتل ستة")
    or with a time of a year or longer (:func:`_other_time`) count only when no other
    clause gives one, and one told in a clause holding another happening's words and none
    of its own (``owners``: each clause's happenings) not at all."""
    if e.kind != "happening":
        return None, None
    if e.type is not None and TYPES[e.type].role == "happening" \
            and not can_cause(e.type, "outcome.death") and not can_cause(e.type, "outcome.injury"):
        return None, None  # a visit, a vote, an arrest kills no one: a toll told beside it is
        # another happening's ("Obama visits Roseburg, where nine were shot and killed")
    own = [t for t in e.triggers if not t.subordinate and t.casualties]
    figures = {(c.start, c.end): c for t in (own or e.triggers) for c in t.casualties}
    # (a figure a trigger took from another clause of its sentence that tells an earlier
    # happening is that happening's, unless the event's own words are in that clause)
    mine = {id(doc.clause_at(t.start)) for t in e.triggers}
    told = [c for c in figures.values() if not doc.clause_at(c.start).prior or id(doc.clause_at(c.start)) in mine]
    own_time = [c for c in told if not _other_time(doc, e, c.start, many)]
    if own_time:
        told = own_time
    # a figure in a clause that tells another happening and none of this one's words is
    # that happening's ("Gunmen kill 7 in Diyala; second attack hits Kirkuk")
    def theirs(c) -> bool:
        holders = owners.get(id(doc.clause_at(c.start)), ())
        return bool(holders) and e.index not in holders

    if any(theirs(c) for c in told):
        told = [c for c in told if not theirs(c)]
        if not told:
            return None, None
    killed = injured = shot = None
    # (with none of its own, those of an earlier happening's clause, unless that
    # happening is an event of the article: "ضربت هزة ارتدادية … غداة زلزال أودى بحياة 800")
    for c in told or [c for c in figures.values() if not theirs(c)]:
        if c.kind == "killed":
            killed = max(killed or 0, c.count)
        elif c.kind == "injured" and c.shot:
            shot = max(shot or 0, c.count)
        elif c.kind == "injured":
            injured = max(injured or 0, c.count)
    if shot is not None:
        # "shot" tells who was hit, the dead among them ("a boy was shot … he died"): the
        # injured are those of them not killed
        rest = shot - (killed or 0)
        if rest > 0 or injured is None:
            injured = max(injured or 0, rest) or None
    return killed, injured


def _other_time(doc: Document, e: Draft, at: int, many: Sequence[tuple[int, int]]) -> bool:
    """Is a figure at ``at`` told, for an event dated to a day or finer, in a clause dated to
    a year or longer ("131 people have been shot in the city so far this year", "In 2012,
    13 died", ``منذ بداية العام``)?  A count of many happenings, not the event's toll.  (A
    clause dated to another day is left alone: a later one may tell the toll rising, and a
    day misread would drop the event's own figure.)  ``many``: the spans of the text's
    times of a year or longer, sorted."""
    g = e.time.granularity if e.time is not None else None
    if not many or e.interval is None or g is None or g.rank > Granularity.DAY.rank:
        return False
    cl = doc.clause_at(at)
    k = bisect_left(many, (cl.start, -1))
    return k < len(many) and many[k][1] <= cl.end


#: Times long enough for a count told with them to be of many happenings ("now",
#: "recently", vague, are not).
_MANY_YEARS = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})


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
    for k in sorted(sentences):
        out.update(dict.fromkeys(doc.sentence_words(k)))
    return tuple(out)


def _ages(doc: Document, sentences: set[int]) -> tuple[int, ...]:
    """The ages of people its sentences tell (:meth:`.Document.sentence_ages`)."""
    out: set[int] = set()
    for k in sentences:
        out.update(doc.sentence_ages(k))
    return tuple(sorted(out))


def _names(doc: Document, sentences: set[int]) -> tuple[str, ...]:
    """The names its sentences give (:meth:`.Document.sentence_names`), once each: the
    names of people, streets, places and groups an English report gives ("Amari Brown",
    "Harding"), and in either language the words of an operation's name."""
    out: dict[str, None] = {}
    for k in sorted(sentences):
        out.update(dict.fromkeys(doc.sentence_names(k)))
    return tuple(out)
