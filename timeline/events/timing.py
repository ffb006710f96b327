"""Step 4: one time per event of an article, and every mention dated by it.

An event's time is, in order:

1. ``explicit``: the most precise time attached to one of its mentions — a time attached
   to a word naming the happening first, then to a back-reference, then to an outcome (a
   toll "as of 07:00 Saturday" dates the toll, not the quake of Friday night), unless
   that is a month or coarser and another of its words carries a day ("lived there
   since 2005 … died Saturday"); for the article's main happening, a time from the
   fortnight before publication outweighs one from more than half a year before (an
   older look-alike told in the same story: "died Sunday … Last year a girl shot
   herself … She died on June 3, 2023"), and one from over half a year before that only a
   toll told apart from its words carries dates it not at all (the older deaths drawn in
   as its outcome: "In August, four were found dead"); a clock told without its day takes the event's day;
   a month or coarser is also refined by a day or a finer time inside it that stands on
   its own in the sentence of one of the event's words or the sentence before ("so far
   this year … It was 11:05 p.m. on June 9. A bullet…"; basis ``narrative``);
2. ``narrative``: for a happening, a time of its own sentences that no other event took,
   else the last such time of the two sentences before it ("Friday night. Gunmen opened
   fire on a bus."); for a happening the text calls another of a series ("a second
   explosion") that nothing else dates, the time of the last one of its family before it;
   for one told right after a span and "after" or "before" ("the arrest came two days
   after the shooting", ``بعد يوم من الهجوم``), the day that span before or after the
   happening told with it;
3. ``publication``: for a statement nothing dates, its article's publication day
   (corpus/EVENTS.md rule 3); an act performed by announcing it (a declared mourning, a
   decision, a resignation: ``taxonomy.PERFORMED_BY_SAYING``) that nothing dates takes
   the time of the statement announcing it;
4. else none: the event is kept, undated.

A mention with no time of its own takes its event's time (basis ``inherited``).

>>> import timeline
>>> from timeline.text import normalize
>>> from timeline.events.document import Document
>>> from timeline.events.mentions import find_triggers
>>> from timeline.events.arguments import attach_times
>>> from timeline.events.coref import group_events
>>> text = "Gunmen opened fire on a bus on Friday. Three people died. The ministry condemned it."
>>> doc = Document.read("a", normalize(text), "en", timeline.find_times(text, published="2025-12-22", lang="en"))
>>> ts = find_triggers(doc); free = attach_times(doc, ts); events = group_events(doc, ts)
>>> date_events(doc, events, free, datetime(2025, 12, 22))
>>> [(e.kind, e.time.value if e.time else None, e.time_basis) for e in events]
[('happening', '2025-12-19', 'explicit'), ('statement', None, 'publication')]
>>> [t.time_basis for t in events[0].triggers]  # "Gunmen" shares its clause's Friday
['explicit', 'explicit', 'inherited']
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime, timedelta
from typing import Optional

import attrs

from ..lang.taxonomy import PERFORMED_BY_SAYING, family
from ..timex import Granularity, TimeInterval, TimeMention, TimexType
from .arguments import anchor_fine_enough, offset_time, spans_of
from .coref import Draft
from .document import PUNCT, Document
from .mentions import Trigger

__all__ = ["date_events"]

_ROLE_ORDER = {"happening": 0, "statement": 0, "reference": 1, "outcome": 2}


def _rank(t: TimeMention) -> int:
    return t.granularity.rank if t.granularity is not None else 99


def _possible(e: Draft, t: TimeMention, published: Optional[datetime]) -> bool:
    """A report tells what has happened: an asserted happening cannot start after its
    article's publication day ("Jan. 5" read as next January in a November story)."""
    if published is None or e.modality != "asserted" or t.interval is None:
        return True
    day = datetime(published.year, published.month, published.day)
    return (t.interval.start.replace(tzinfo=None) - day).days < 2


def _explicit(e: Draft, published: Optional[datetime] = None) -> Optional[TimeMention]:
    """The most precise time of the event's mentions (those naming the happening first).
    A clock time whose day the text left out ("about 5:30 p.m.") is moved onto the day
    the event's other times give ("killed Thursday … The shooting occurred about 5:30
    p.m."), rather than kept on the day the narrative happened to be on."""
    # a time shared from a clause-mate dates this event only if that word is of it ("charged
    # in the Nov. 9 shooting death of a neighbor": the Nov. 9 is that shooting's)
    own = {id(t) for t in e.triggers}
    timed = [t for t in e.triggers if t.time is not None and _possible(e, t.time, published)
             and (t.time_from is None or id(t.time_from) in own)]
    if not timed:
        return None
    firm = [t for t in timed if "day_inferred" not in t.time.flags]  # type: ignore[union-attr]
    best = _best(firm or timed)
    if _rank(best) > Granularity.WEEK.rank:
        # a month or a year on a word naming the happening gives way to a day the event's
        # other words carry ("shot his family Saturday … lived there since 2005"): one
        # happening has one time, and a coarse one is more often background (an age, a
        # "since", an earlier stay) than the news itself
        days = [t for t in (firm or timed) if _rank(t.time) <= Granularity.DAY.rank]  # type: ignore[arg-type]
        # of those, a day inside the coarse time ("shot … in August", "pronounced dead …
        # on Aug. 6") before one outside it (the "Oct. 5" a suspect was named on)
        inside = [t for t in days if _within(t.time, best)]
        if inside:
            days = inside
        if days:
            best = _best(days)
    if e.main and published is not None and best.interval is not None:
        # the happening an article is about is news: a time of its own words from the days
        # before publication outweighs one from long before, which is most often another
        # happening told alike (an earlier shooting in the same town) drawn into it
        day = datetime(published.year, published.month, published.day)
        if day - best.interval.end.replace(tzinfo=None) > _LONG_BEFORE:
            recent = [t for t in (firm or timed) if t.time.interval is not None  # type: ignore[union-attr]
                      and timedelta(0) <= day + timedelta(days=1) - t.time.interval.start.replace(tzinfo=None) <= _NEWS_DAYS]  # type: ignore[union-attr]
            if recent:
                best = _best(recent)
            elif _stray_toll(e, [t for t in timed if t.time is best]):
                # only a toll told apart from the words naming the news carries it ("In
                # August, four were found dead" told after it): the deaths of an older
                # happening, drawn in as its outcome
                return None
    if firm and best.granularity is not None and \
            Granularity.PART_OF_DAY.rank <= best.granularity.rank <= Granularity.DAY.rank:
        clocks = [t.time for t in timed if t.time is not None and "day_inferred" in t.time.flags
                  and _rank(t.time) < _rank(best)]
        if clocks:
            moved = _on_day(min(clocks, key=_rank), best)
            if moved is not None:
                return moved
    return best


def _stray_toll(e: Draft, carriers: list[Trigger]) -> bool:
    """Are the triggers carrying a time all outcomes told in sentences where no word
    naming the event's happening is told ("In August, four were found dead")?"""
    naming = {t.sentence for t in e.triggers if t.role != "outcome"}
    return bool(carriers) and all(t.role == "outcome" and t.sentence not in naming for t in carriers)


#: How long before its publication an article's main happening is taken to be old news.
_LONG_BEFORE = timedelta(days=180)
#: How recent a time must be (before the publication day) to be the news.
_NEWS_DAYS = timedelta(days=15)


def _within(t: Optional[TimeMention], outer: TimeMention) -> bool:
    """Does time ``t`` lie inside ``outer`` (both with intervals)?"""
    if t is None or t.interval is None or outer.interval is None:
        return False
    return outer.interval.start <= t.interval.start and t.interval.end <= outer.interval.end


def _best(triggers: list[Trigger]) -> TimeMention:
    best_role = min(_ROLE_ORDER[t.role] for t in triggers)
    return min((t for t in triggers if _ROLE_ORDER[t.role] == best_role),
               key=lambda t: (_rank(t.time), t.start)).time  # type: ignore[arg-type]


def _on_day(clock: TimeMention, day: TimeMention) -> Optional[TimeMention]:
    """``clock`` moved onto the day of ``day`` when that day holds the same hour, else
    ``None``.  A part of day lends its date to a clock told near its bounds ("صباح اليوم
    الأربعاء … الساعة الرابعة و25 دقيقة صباحا": 04:25 is early for a morning, and more
    precise than it)."""
    if clock.interval is None or day.interval is None:
        return None
    c, d = clock.interval, day.interval
    date0 = d.start.date()
    # "Saturday night … at 12:30 a.m.": the small hours after the night's day
    starts = [datetime.combine(date0 + timedelta(days=n), c.start.time(), tzinfo=c.start.tzinfo) for n in (0, 1)]
    inside = [s for s in starts if d.start <= s < d.end]
    if inside:
        start = inside[0]
    elif d.start - _NEAR_BOUNDS <= starts[0] < d.end + _NEAR_BOUNDS:
        start = starts[0]
    else:
        return None
    shift = start - c.start
    if not shift:
        return clock
    end = c.end + shift
    value = start.strftime("%Y-%m-%dT%H:%M") if clock.granularity is Granularity.MINUTE or ":" in clock.value[-6:] \
        else clock.value.replace(c.start.strftime("%Y-%m-%d"), start.strftime("%Y-%m-%d"))
    return attrs.evolve(clock, value=value, interval=TimeInterval(start, end),
                        explanation=f"{clock.explanation}; on the day of the event, {day.text!r} → {value}")


#: How far outside a part of day a clock time told with it may lie and still take its date.
_NEAR_BOUNDS = timedelta(hours=3)


def _narrative(doc: Document, e: Draft, free: list[int], taken: set[int]) -> Optional[TimeMention]:
    own = {t.sentence for t in e.triggers}
    first = e.triggers[0].sentence
    best: Optional[tuple[tuple[int, int], TimeMention]] = None
    for k in free:
        if k in taken:
            continue
        sent = doc.sentence_at(doc.time_spans[k][0])
        if sent in own:
            order = (0, _rank(doc.times[k]))
        elif first - 2 <= sent < first:
            order = (1, first - sent)
        else:
            continue
        if best is None or order < best[0]:
            best = (order, doc.times[k])
    return best[1] if best else None


def _refined(doc: Document, e: Draft, free: list[int], taken: set[int],
             published: Optional[datetime]) -> Optional[TimeMention]:
    """A day or a finer time, inside the month or the year a happening's words carry,
    told on its own in the sentence of one of its words or the sentence before it ("96
    people were wounded so far this year … It was 11:05 p.m. on June 9. A bullet came
    through the wall"): the coarse time is the frame, the fine one the happening's."""
    if e.kind != "happening" or e.time is None or e.interval is None or _rank(e.time) <= Granularity.WEEK.rank:
        return None
    own = {t.sentence for t in e.triggers}
    near = own | {s - 1 for s in own}
    lo, hi = e.interval.start, e.interval.end
    best: Optional[tuple[tuple[int, int, int], TimeMention]] = None
    for k in free:
        tm = doc.times[k]
        if k in taken or tm.interval is None or _rank(tm) > Granularity.DAY.rank or not _possible(e, tm, published):
            continue
        if not (lo <= tm.interval.start and tm.interval.end <= hi):
            continue
        sent = doc.sentence_at(doc.time_spans[k][0])
        if sent not in near:
            continue
        order = (0 if sent in own else 1, _rank(tm), doc.time_spans[k][0])
        if best is None or order < best[0]:
            best = (order, tm)
    return best[1] if best else None


def _day(published: datetime) -> TimeInterval:
    start = datetime(published.year, published.month, published.day, tzinfo=published.tzinfo)
    return TimeInterval(start, start + timedelta(days=1))


def date_events(doc: Document, events: list[Draft], free: list[int], published: Optional[datetime]) -> None:
    """Give each event its time and basis, and each mention without a time its event's
    (see the module docstring)."""
    taken: set[int] = set()
    for e in events:
        t = _explicit(e, published)
        if t is not None:
            e.time, e.time_basis, e.interval = t, "explicit", t.interval
    for e in events:
        t = _refined(doc, e, free, taken, published)
        if t is not None:
            e.time, e.time_basis, e.interval = t, "narrative", t.interval
            taken.add(doc.times.index(t))
    for e in events:
        if e.time is not None or e.kind != "happening" or all(t.subordinate for t in e.triggers):
            continue  # (a happening brought in as what another answers is not the narrative's)
        t = _narrative(doc, e, free, taken)
        if t is not None:
            e.time, e.time_basis, e.interval = t, "narrative", t.interval
            taken.add(doc.times.index(t))
    _date_by_offset(doc, events)  # ("a year after a similar raid": not the series' episode)
    _date_series(events)
    for e in events:
        if e.time is None and e.kind == "statement" and published is not None:
            e.time_basis, e.interval = "publication", _day(published)
    _date_announced(events)
    for e in events:
        for tr in e.triggers:
            if tr.time_basis == "clause":
                tr.time_basis = "explicit"  # the time expression of its own clause
            elif tr.time_basis == "lead":
                tr.time_basis = "inherited"  # a headline's word dated by the lead, not by itself
            if tr.time is None and e.time is not None:
                tr.time, tr.time_basis = e.time, "inherited"
            elif tr.time is None and e.time_basis == "publication":
                tr.time_basis = "publication"


#: How many words may come between the span (with its link words) and the happening it dates.
_OFFSET_REACH = {"en": 3, "ar": 8}


def _in_word(doc: Document, k: int) -> bool:
    """Is token ``k`` a hyphen joining the words either side of it ("Iran-aligned")?"""
    return doc.tokens[k] == "-" and 0 < k < len(doc.tokens) - 1 \
        and doc.starts[k] == doc.ends[k - 1] and doc.ends[k] == doc.starts[k + 1]


def _words(doc: Document, a: int, b: int) -> int:
    """How many words tokens ``a`` to ``b`` (exclusive) hold, a hyphenated compound one."""
    return sum(1 for k in range(a, b) if not _in_word(doc, k)) \
        - sum(1 for k in range(a, b) if _in_word(doc, k))


def _date_by_offset(doc: Document, events: list[Draft]) -> None:
    """"The arrest came two days after the shooting", ``وتأتي هذه العملية بعد يوم من تعرض
    القوات لإطلاق نار``: a happening nothing else dates, told right after a span of days
    and "after" ("before"), lies that span before (after) the dated happening told before
    those words in the sentence (basis ``narrative``)."""
    from .clauses import clause_words

    ew = clause_words(doc.lang)
    if not ew.later_words:
        return
    toks = doc.tokens
    naming = sorted((t for e in events if e.kind == "happening" for t in e.triggers if t.role in ("happening", "reference")),
                    key=lambda t: t.i)
    if not naming:
        return
    firsts = [t.i for t in naming]
    for tm, m, unit, _, a, b in spans_of(doc):
        if doc.lang == "ar":
            word = toks[a - 1] if a > 0 else ""
            word = word[1:] if word[:1] in ("و", "ف") and word[1:] in (ew.later_words | ew.earlier_words) else word
            at, nxt = a - 1, b + 1
            while nxt < len(toks) and toks[nxt] in ew.offset_links:
                nxt += 1
        else:
            word = toks[b + 1] if b + 1 < len(toks) else ""
            at, nxt = b + 1, b + 2
        sign = -1 if word in ew.later_words else (1 if word in ew.earlier_words else 0)
        if not sign or at < 0:
            continue
        sent = doc.sentence_of[at]
        j = bisect_left(firsts, nxt)
        if j >= len(naming) or naming[j].sentence != sent \
                or _words(doc, nxt, naming[j].i) > _OFFSET_REACH.get(doc.lang, 3) \
                or any(toks[k] in PUNCT and not _in_word(doc, k) for k in range(nxt, naming[j].i)):
            continue
        later = events[naming[j].event]  # type: ignore[index]
        if later.modality != "asserted":
            continue
        h = bisect_left(firsts, at) - 1
        if h < 0 or naming[h].sentence != sent:
            # no happening named before: the date the sentence tells before the span
            # ("Crews dug through the rubble on Thursday, two days after the earthquake"),
            # which the happening after it took as its clause's and is not its own
            own = _date_before(doc, sent, doc.starts[min(a, at)])
            if own is None or (later.time is not None and later.time is not own):
                continue
            shifted = offset_time(tm, own, m, unit, sign, word)
            if shifted is not None:
                later.time = shifted
                later.interval, later.time_basis = later.time.interval, "narrative"
            continue
        anchor = events[naming[h].event]  # type: ignore[index]
        if later is anchor:
            continue
        if later.time is not None:
            # the other way round: what the span counts from is dated, the happening told
            # before it is not ("اعتقلت الشرطة شقيقه بعد يومين من الهجوم" after a dated
            # attack, "police arrested his brother two days after the attack"): it lies the
            # span after (before) that one; when the word counted from names it again ("the
            # attack") or carries a time of its own, not when it tells a happening anew
            # ("the strikes came two days after Israel hit tanks": that the hit was grouped
            # with a dated event does not date it, so nor the strikes by it)
            if anchor.time is None and anchor.modality == "asserted" and later.time.interval is not None \
                    and (naming[j].time is not None or naming[j].definite) \
                    and "day_inferred" not in later.time.flags and anchor_fine_enough(later.time, unit):
                shifted = offset_time(tm, later.time, m, unit, -sign, "after" if sign < 0 else "before")
                if shifted is not None:
                    anchor.time = shifted
                    anchor.interval, anchor.time_basis = shifted.interval, "narrative"
            continue
        # the time told last for the anchor's happening up to that word ("وفي 14 من ديسمبر
        # شنت … عملية أمنية. وتأتي هذه العملية بعد يوم من …": the 14th), else its event's
        told = [t.time for t in anchor.triggers if t.i <= naming[h].i and t.role != "outcome" and t.time is not None
                and "day_inferred" not in t.time.flags]
        when = told[-1] if told else anchor.time
        if when is None or not anchor_fine_enough(when, unit):
            continue  # (a day or a finer time: "مساء الاثنين"; a month too for a span of months)
        shifted = offset_time(tm, when, m, unit, sign, word)
        if shifted is None:
            continue
        later.time = shifted
        later.interval, later.time_basis = later.time.interval, "narrative"


def _date_before(doc: Document, sent: int, before: int) -> Optional[TimeMention]:
    """The last date of a day or finer told in sentence ``sent`` before offset ``before``."""
    best = None
    for tm, (s, e) in zip(doc.times, doc.time_spans):
        if e <= before and doc.sentence_at(s) == sent and tm.interval is not None and tm.granularity is not None \
                and tm.granularity.rank <= Granularity.DAY.rank and tm.type in (TimexType.DATE, TimexType.TIME):
            if best is None or s > best[0]:
                best = (s, tm)
    return best[1] if best else None


def _date_series(events: list[Draft]) -> None:
    """"A second explosion hit the hotel": a happening the text calls another of the
    series it is telling, that nothing dates, is of that series' episode — the time of the
    last happening of its family told before it."""
    for k, e in enumerate(events):
        if e.time is not None or not e.novel or e.kind != "happening" or e.modality != "asserted" or not e.type:
            continue
        prior = [p for p in events[:k] if p.kind == "happening" and p.time is not None and p.type
                 and family(p.type) == family(e.type)]
        if prior:
            e.time, e.time_basis, e.interval = prior[-1].time, "narrative", prior[-1].interval


def _date_announced(events: list[Draft]) -> None:
    """An act performed by announcing it (``وأعلن الحداد العام``, "announced his
    resignation": :data:`~timeline.lang.taxonomy.PERFORMED_BY_SAYING`) that nothing else
    dates takes the time of the statement announcing it."""
    speech: dict[int, list[tuple[int, Draft]]] = {}  # sentence -> (start, statement) of its speech words
    for s in events:
        if s.kind == "statement" and s.interval is not None:
            for t in s.triggers:
                speech.setdefault(t.sentence, []).append((t.start, s))
    for e in events:
        if e.time is not None or e.interval is not None or e.kind != "happening" or e.type not in PERFORMED_BY_SAYING:
            continue
        # the statement whose speech word comes before it in its sentence (a statement
        # may run over several sentences: "قال … وأعلن أيضا الحداد"), else the one about it
        first = e.triggers[0]
        before = [(start, s) for start, s in speech.get(first.sentence, ()) if start < first.start]
        said = max(before, key=lambda x: x[0])[1] if before else next(
            (s for s in events if s.kind == "statement" and s.about == e.index and s.interval is not None), None)
        if said is not None:
            e.time, e.interval = said.time, said.interval
            e.time_basis = "narrative" if said.time is not None else "publication"


def granularity_of(e: Draft) -> Optional[Granularity]:
    """The granularity of an event's time (a publication day is a day)."""
    if e.time is not None:
        return e.time.granularity
    return Granularity.DAY if e.time_basis == "publication" else None
