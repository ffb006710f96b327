"""Step 2: what each trigger's words say of it — its time, its place, its actors and
the casualty figures told with it.

**Place, actors, casualties.** The place finder (:mod:`.places`, over the gazetteer of
:mod:`.gazetteer`), the actor table (:mod:`.actors`) and the casualty reader
(:mod:`.casualties`) read the article once; a trigger takes the places and actors named
in its clause (its sentence when the clause names none), its roles (who did it, to whom;
who spoke) from :func:`.actors.actor_roles`, and the casualty figures of its sentence.

**Time.** Each dated time expression (a DATE or TIME with an interval) attaches to the
nearest trigger of its sentence that is asserted or planned, counted in words; crossing
into another clause costs as much as eight words, so "said Thursday that the strike …"
dates the statement and "was shot Saturday night, police said" the shooting.  A time
told after words of its clause that name no happening, right before a preposition, is
theirs and dates nothing after it ("got probation Thursday for shooting his friend":
Thursday is the probation's), unless it opens its clause ("On Saturday, in a quiet
street, …").  A trigger keeps the most precise of the times attached to it.  Times that
attach to no trigger (a sentence with no event word) are the narrative's: :mod:`.timing`
uses them.  A date told after "since" (``منذ``) dates what is told with it to the days
from it to the report (:func:`recent_spans`).

>>> from timeline.text import normalize
>>> import timeline
>>> text = "A man was shot Saturday night, police said Sunday."
>>> times = timeline.find_times(text, published="2025-12-22", lang="en")
>>> from timeline.events.document import Document
>>> from timeline.events.mentions import find_triggers
>>> doc = Document.read("a", normalize(text), "en", times)
>>> ts = find_triggers(doc)
>>> free = attach_times(doc, ts)
>>> [(doc.norm.text[t.start:t.end], t.time.value if t.time else None) for t in ts]
[('shot', '2025-12-20TNI'), ('said', '2025-12-21')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from datetime import datetime, timedelta
from typing import Callable, Iterator, Optional, Sequence

import attrs

from ..lang import arguments as W, get_language
from ..lang.taxonomy import ABOUT_EARLIER, TYPES, can_cause, family, similarity
from ..text import normalize_word
from ..timex import Granularity, TimeInterval, TimeMention, TimexType, whole_days
from .clauses import clause_words
from .document import COMMAS, PUNCT, Document
from .mentions import Trigger, plannable, speech_participle

__all__ = ["attach_times", "attach_arguments", "dated", "event_times", "recent_spans"]

_CLAUSE_COST = 8
#: Outcomes told as the very happening (a killing, deaths, injuries), as opposed to what
#: follows it (funerals, medical care, tolls counted later).
_CAUSED = frozenset({"outcome.death", "outcome.injury", "outcome.damage"})
_DATED = (TimexType.DATE, TimexType.TIME)


#: A span this long at most dates one happening from another ("two days after the shooting",
#: "a year after a similar raid", "three days later", "two hours later"): hours and
#: minutes to the clock (or to the day of a time told without one), days and weeks to the
#: day, months and years (which news tells roughly) to the month.
_OFFSET_UNITS = {"D": 1, "W": 7}
_OFFSET_MAX_DAYS = 62
_OFFSET_MONTHS = {"M": 1, "Y": 12}
_OFFSET_MAX_MONTHS = 120
_OFFSET_CLOCK = {"H": 60, "M": 1}
_OFFSET_MAX_MINUTES = 24 * 60

#: The units a span is counted in (:func:`span_of`).
DAYS, MONTHS, MINUTES = "days", "months", "minutes"


def span_of(tm: TimeMention) -> Optional[tuple[int, str]]:
    """How far a span of whole minutes, hours, days, weeks, months or years reaches ("two
    days", ``يوم``, "a year", "two hours", ``ساعتين``): ``(n, unit)`` in :data:`MINUTES`,
    :data:`DAYS` or :data:`MONTHS`, else ``None``."""
    if tm.type is not TimexType.DURATION or not tm.value.startswith("P"):
        return None
    clock = tm.value.startswith("PT")
    n, unit = tm.value[2 if clock else 1:-1], tm.value[-1:]
    if not n.isdigit():
        return None
    if clock:
        if unit not in _OFFSET_CLOCK:
            return None
        minutes = int(n) * _OFFSET_CLOCK[unit]
        return (minutes, MINUTES) if 0 < minutes <= _OFFSET_MAX_MINUTES else None
    if unit in _OFFSET_UNITS:
        days = int(n) * _OFFSET_UNITS[unit]
        return (days, DAYS) if 0 < days <= _OFFSET_MAX_DAYS else None
    if unit in _OFFSET_MONTHS:
        months = int(n) * _OFFSET_MONTHS[unit]
        return (months, MONTHS) if 0 < months <= _OFFSET_MAX_MONTHS else None
    return None


def spans_of(doc: Document) -> Iterator[tuple[TimeMention, int, str, int, int, int]]:
    """The document's spans of minutes to years (:func:`span_of`), each as ``(time,
    reach, unit, normalised start, first token, last token)``."""
    for k, tm in enumerate(doc.times):
        span = span_of(tm)
        if span is not None:
            s, e = doc.time_spans[k]
            yield tm, span[0], span[1], s, doc.token_at(s), doc.token_at(max(s, e - 1))


def anchor_fine_enough(when: TimeMention, unit: str) -> bool:
    """Is ``when`` fine enough to count a span in ``unit`` from (a day or finer; a month or
    finer for a span of months)?"""
    grain = when.granularity
    return when.interval is not None and grain is not None \
        and grain.rank <= (Granularity.MONTH if unit == MONTHS else Granularity.DAY).rank


def offset_time(tm: TimeMention, when: TimeMention, m: int, unit: str, sign: int,
                word: str) -> Optional[TimeMention]:
    """The span ``tm`` (``m`` of ``unit``) as the date it puts a happening at, ``sign``
    times the span after the time ``when`` told of another (a day or finer; a month or
    finer for months): the span itself is the expression that dates it ("two days" …
    after Tuesday).  A span of hours or minutes moves a clock time to another ("two hours
    after 04:10": 06:10) and leaves a day, or a part of it, on its day when it stays there
    ("two hours after dawn on Wednesday": Wednesday).  A day reckoned in weeks is marked
    approximate (``mod`` ``APPROX``).  ``None`` when ``when`` is too coarse,
    the hours take a day's time into another day, or the date leaves the calendar."""
    if not anchor_fine_enough(when, unit):
        return None
    iv, grain = when.interval, when.granularity
    assert iv is not None and grain is not None
    try:
        if unit == MONTHS:
            y, mo = divmod(iv.start.year * 12 + iv.start.month - 1 + sign * m, 12)
            if not 1 <= y <= 9999:
                return None
            start = iv.start.replace(year=y, month=mo + 1, day=1, hour=0, minute=0, second=0, microsecond=0)
            y2, mo2 = divmod(y * 12 + mo + 1, 12)
            end = start.replace(year=y2, month=mo2 + 1) if y2 <= 9999 else start + timedelta(days=31)
            value, g = f"{y:04d}-{mo + 1:02d}", Granularity.MONTH
        elif unit == MINUTES:
            shift = timedelta(minutes=sign * m)
            start, end = iv.start + shift, iv.end + shift
            if grain.rank <= Granularity.HOUR.rank:
                g = grain
                value = start.strftime("%Y-%m-%dT%H:%M")  # (as the resolver writes an hour: "T08:00")
            else:
                day = start.replace(hour=0, minute=0, second=0, microsecond=0)
                if end - day > timedelta(days=1):
                    return None  # (hours after a day's time may run into the next day)
                start, end, value, g = day, day + timedelta(days=1), day.date().isoformat(), Granularity.DAY
        else:
            day = iv.start.replace(hour=0, minute=0, second=0, microsecond=0)
            start = day + timedelta(days=sign * m)
            end = start + timedelta(days=1)
            value, g = start.date().isoformat(), Granularity.DAY
    except (OverflowError, ValueError):
        return None
    # weeks counted from a day are a reckoning ("a week after the verdict" may be six or
    # eight days): the day they give is approximate
    mod = "APPROX" if unit == DAYS and tm.value.endswith("W") else None
    return attrs.evolve(tm, type=TimexType.DATE if g.rank >= Granularity.DAY.rank else TimexType.TIME,
                        value=value, granularity=g,
                        interval=TimeInterval(start, end), mod=mod,
                        anchor=iv.start, anchored_to="narrative",
                        explanation=f"{tm.text!r} {word} the happening of {when.text!r} "
                                    f"({when.value}) → {value}")


def dated(t: TimeMention) -> bool:
    """A time expression that places something on the calendar (not a duration, a set or
    a vague reference such as "recently")."""
    return t.interval is not None and t.type in _DATED and not t.value.endswith("_REF")


_SPAN = re.compile(r"^P(T?)(\d{1,3})([HDW])$")
_SPAN_UNIT = {("T", "H"): timedelta(hours=1), ("", "D"): timedelta(days=1), ("", "W"): timedelta(weeks=1)}
_SPAN_MAX = timedelta(days=31)


def recent_spans(times: Sequence[TimeMention], published: Optional[datetime],
                 recent: frozenset[str], since: Optional[Callable[[str], bool]] = None,
                 text: str = "", compared: Optional[Callable[[str], bool]] = None) -> list[TimeMention]:
    """``times`` with each span that ends at the report ("خلال الـ24 ساعة الماضية", "in the
    past three days": a DURATION of hours, days or weeks, up to a month, told with one of
    the ``recent`` words) read as the calendar days it covers, as the time of what
    happened in it: from that long before the publication day to its end (value
    ``YYYY-MM-DD/YYYY-MM-DD``).  TimeML keeps such an expression a DURATION; an event told
    with it happened within those days.

    >>> import timeline
    >>> ts = timeline.find_times("Heavy rain fell in the past 24 hours.", published="2021-10-27", lang="en")
    >>> [(t.value, t.interval.start.isoformat(), t.interval.end.isoformat())
    ...  for t in recent_spans(ts, datetime(2021, 10, 27), frozenset({"past"}))]
    [('2021-10-26/2021-10-27', '2021-10-26T00:00:00', '2021-10-28T00:00:00')]

    A date told after a ``since`` word (a test of one word of ``text``, the text the times
    were found in: "33 shootings since Friday", ``منذ يوم الجمعة``) likewise becomes the
    days from it to the report: what is told with it happened in those days.

    >>> text = "Police counted 33 shootings since Friday."
    >>> ts = timeline.find_times(text, published="2015-07-05", lang="en")
    >>> [(t.text, t.value) for t in recent_spans(ts, datetime(2015, 7, 5), frozenset(), lambda w: w == "since", text)]
    [('Friday', '2015-07-03/2015-07-05')]

    Unless the "since" closes a comparison (``compared``, a test of one word: "the
    deadliest attack since 2017"): that date is what the happening is measured against,
    and stays itself.  Nor does a date that owns the noun after it ("missing since
    Wednesday's deluge"): it is the day of that happening, which "since" counts from.
    """
    if published is None:
        return list(times)
    out: list[TimeMention] = []
    for t in times:
        if since is not None and text and dated(t) and _after_since(text, t.start, since) \
                and not _possessive(text, t.end) \
                and not (compared is not None and compared_since(text, t.start, since, compared)):
            out.append(_since_span(t, published))
            continue
        m = _SPAN.match(t.value) if t.type is TimexType.DURATION and t.interval is None else None
        unit = _SPAN_UNIT.get((m.group(1), m.group(3))) if m else None
        words = {normalize_word(w) for w in re.findall(r"\w+", t.text.lower())}
        if m is None or unit is None or not words & recent or int(m.group(2)) * unit > _SPAN_MAX \
                or int(m.group(2)) == 0:
            out.append(t)
            continue
        day = datetime(published.year, published.month, published.day)
        start = day - int(m.group(2)) * unit
        start = datetime(start.year, start.month, start.day)
        end = day + timedelta(days=1)
        value = f"{start.date().isoformat()}/{day.date().isoformat()}"
        g = Granularity.DAY if end - start <= timedelta(days=2) else (
            Granularity.WEEK if end - start <= timedelta(days=8) else Granularity.MONTH)
        out.append(attrs.evolve(t, type=TimexType.DATE, value=value, interval=TimeInterval(start, end), granularity=g,
                                explanation=f"{t.explanation}; the days it covers, up to the report → {value}"))
    return out


def event_times(times: Sequence[TimeMention], published: Optional[datetime], lang: str,
                text: str) -> list[TimeMention]:
    """The times of an article as the event layer reads them: :func:`recent_spans` with
    the language's ``recent`` and ``since`` words (``text``: the article's text)."""
    from .vocabulary import vocabulary

    v = vocabulary(lang)
    return recent_spans(times, published, v.recent, lambda w: v.is_cue(w, v.since), text,
                        lambda w: v.is_cue(w, v.since_comparisons))


_LAST_WORD = re.compile(r"(\w+)\W{0,3}$")
#: The end of a text from its last punctuation mark: the phrase a word ends.
_PHRASE_TAIL = re.compile(r"[^.,;:!?،؛()\[\]\n\"“”]*$")
#: How many words before "since" a comparison it closes may begin ("the deadliest single
#: attack on the capital since", ``الهجوم الأعنف على العاصمة منذ``).
_COMPARISON_REACH = 8


#: How far back (words) from a word the "since" of the phrase it is told in is looked for.
_FRAME_REACH = 16


def _comparison_since(doc: Document, at: int) -> Optional[int]:
    """The token of a "since" word closing a comparison (a superlative or an ordinal in the
    words before it: "the deadliest attack since 2017", "the largest protest since he seized
    power in 2021", ``أكبر تظاهرة منذ استيلائه على السلطة عام 2021``) in the phrase that
    token ``at`` is told in, before it; ``None`` when there is none.  What comes before it
    is what the comparison measures, which a time after it does not date."""
    v = doc.vocab
    sent = doc.sentence_of[at]
    k = at - 1
    while k >= 0 and at - k <= _FRAME_REACH and doc.sentence_of[k] == sent and doc.tokens[k] not in PUNCT:
        if v.is_cue(doc.tokens[k], v.since):
            reach = []
            q = k - 1
            while q >= 0 and len(reach) < _COMPARISON_REACH and doc.sentence_of[q] == sent \
                    and doc.tokens[q] not in PUNCT:
                reach.append(doc.tokens[q])
                q -= 1
            return k if any(v.is_cue(w, v.since_comparisons) for w in reach) else None
        k -= 1
    return None


def _when_after(doc: Document, last: int) -> int:
    """The token of a "when" word right after token ``last`` (past a comma) in its
    sentence (:data:`WHEN_WORDS` of the language data), else -1."""
    q = last + 1
    if q < len(doc.tokens) and doc.tokens[q] in COMMAS:
        q += 1
    ok = q < len(doc.tokens) and doc.sentence_of[q] == doc.sentence_of[last] \
        and doc.vocab.is_cue(doc.tokens[q], doc.vocab.when_words)
    return q if ok else -1


def compared_since(text: str, start: int, since: Callable[[str], bool],
                   compared: Callable[[str], bool]) -> bool:
    """Is the date at offset ``start`` of ``text`` told after a ``since`` word that closes
    a comparison of its phrase ("the first such strike since June", "the deadliest attack
    on the capital since 2017", ``للمرة الأولى منذ``)?  ``compared`` tests one word.

    >>> compared_since("the deadliest attack since 2017", 27, lambda w: w == "since", lambda w: w == "deadliest")
    True
    >>> compared_since("has killed 60,000 since 2023", 24, lambda w: w == "since", lambda w: w == "deadliest")
    False
    """
    tail = _PHRASE_TAIL.search(text, max(0, start - 160), start)
    words = [normalize_word(w.lower()) for w in re.findall(r"\w+", tail.group(0))] if tail else []
    return len(words) >= 2 and since(words[-1]) \
        and any(compared(w) for w in words[-1 - _COMPARISON_REACH:-1])


def _after_since(text: str, start: int, since: Callable[[str], bool]) -> bool:
    """Is the word right before offset ``start`` of ``text`` a ``since`` word?"""
    m = _LAST_WORD.search(text, max(0, start - 24), start)
    return m is not None and since(normalize_word(m.group(1).lower()))


def _possessive(text: str, end: int) -> bool:
    """Does a possessive ending follow offset ``end`` of ``text`` ("Wednesday's deluge")?"""
    return text[end:end + 2] in ("'s", "\u2019s")


def _since_span(t: TimeMention, published: datetime) -> TimeMention:
    """The days from a date told after "since" to the report (the date itself when it is
    not before the report's day)."""
    assert t.interval is not None
    day = datetime(published.year, published.month, published.day, tzinfo=t.interval.start.tzinfo)
    start = t.interval.start
    if start >= day:
        return t
    first = datetime(start.year, start.month, start.day, tzinfo=start.tzinfo)
    end = day + timedelta(days=1)
    value = f"{first.date().isoformat()}/{day.date().isoformat()}"
    g = Granularity.DAY if end - first <= timedelta(days=2) else (
        Granularity.WEEK if end - first <= timedelta(days=8) else
        Granularity.MONTH if end - first <= timedelta(days=62) else Granularity.YEAR)
    return attrs.evolve(t, value=value, interval=TimeInterval(start, end), granularity=g,
                        explanation=f"{t.explanation}; since then, up to the report → {value}")


def _tally(tm: TimeMention) -> bool:
    """Is a time the span of a running tally, from a date told after "since" up to the
    report, over more than a month ("killed 68,000 since October 2023", ``أودت بحياة
    عشرات الآلاف منذ نيسان 2023``)?  What is told with it counts many happenings.  (The
    spans of recent days, "in the past 24 hours", stop at :data:`_SPAN_MAX`, a month.)"""
    iv = tm.interval
    return iv is not None and "/" in tm.value and iv.end - iv.start > _SPAN_MAX


def _rank(t: TimeMention) -> int:
    return t.granularity.rank if t.granularity is not None else 99


def _stamped(doc: Document, s: int) -> bool:
    """Is the time starting at normalised offset ``s`` introduced by a page stamp word
    ("Posted:", "Updated", ``آخر تحديث``), or by a field label and its colon ("Date:")?"""
    k = doc.token_at(s)
    if k >= 2 and doc.tokens[k - 1] == ":" and doc.tokens[k - 2] in doc.vocab.stamp_labels:
        return True  # "Date: 09-17-2016 01:01:46", a field heading the release
    words = [w for w in doc.tokens[max(0, k - 4):k] if w not in (":", "-", "|", "(", ")")]
    return any(tuple(words[len(words) - len(st):]) == st for st in doc.vocab.stamps if len(words) >= len(st))


#: What may follow a report's filing date at the start of a line: a closing bracket, then
#: a dash or the outlet in brackets ("(November 28, 2016) – Troopers …", "دمشق 20 ديسمبر
#: 2025 (شينخوا)").
_FILED_END = re.compile(r"[ \t]*\)?[ \t]*(?:\(|—|–|--|-(?=\s))")
_DASHES = frozenset({"-", "–", "—", "--"})
#: How many words (a dateline's town) may come before a filing date on its line.
_FILED_WORDS = 3


#: How far into the text a filing date may stand (after a headline and a byline).
_FILED_REACH = 600


def _filed(doc: Document, k: int) -> bool:
    """Is time expression ``k`` the date the report was filed: the one line of the text's
    head that opens with a date (after its dateline's town at most) closed by a dash or the
    outlet?  It dates the report, not what the report tells.  Several such lines are a list
    of dated entries ("8 December 2024 – Rebels took Damascus"), each dating its own."""
    if doc.filed is None:
        heads = [j for j, (s, e) in enumerate(doc.time_spans) if _line_head_date(doc, s, e)]
        doc.filed = heads[0] if len(heads) == 1 and doc.time_spans[heads[0]][0] < _FILED_REACH else -1
    return k == doc.filed


def _line_head_date(doc: Document, s: int, e: int) -> bool:
    """Does the time at normalised ``s:e`` open its line (after a town at most) and is it
    closed by a dash or an outlet in brackets?"""
    text = doc.norm.text
    nl = text.rfind("\n", max(0, s - _DATELINE_INDENT), s)
    if nl < 0 and s > _DATELINE_INDENT:
        return False
    head = text[nl + 1:s].replace("(", " ").split()
    if len(head) > _FILED_WORDS or any(any(c.isdigit() for c in w) for w in head):
        return False
    if head and head[-1] in _DASHES and text[e:e + 1] == ":":
        return True  # "بغداد - الأحد 21 ديسمبر: …"
    return _FILED_END.match(text, e) is not None


#: A time expression at most this many words from its trigger (in its clause) is told
#: "right next to it": "the attack on December 27th", ``هجوم 27 كانون الأول``.
_NEAR_TOKENS = 2


def attach_times(doc: Document, triggers: list[Trigger]) -> list[int]:
    """Give each trigger its time expression (``Trigger.time``, basis ``"explicit"``);
    return the indices of the document's dated times that attach to no trigger."""
    by_sentence: dict[int, list[Trigger]] = {}
    for t in triggers:
        if t.modality in ("asserted", "planned"):
            by_sentence.setdefault(t.sentence, []).append(t)
    free: list[int] = []
    cand_at = {k: [t.i for t in ts] for k, ts in by_sentence.items() if len(ts) > 2 * _NEAREST}
    commas = [k for k, w in enumerate(doc.tokens) if w in COMMAS]  # token indices, in order
    for k, tm in enumerate(doc.times):
        if not dated(tm):
            continue
        s, e = doc.time_spans[k]
        if _stamped(doc, s) or _filed(doc, k):
            continue  # "Posted: Friday, June 5, 2015 9:02 AM": the page's time
        first, last = doc.token_at(s), doc.token_at(max(s, e - 1))
        frame = _comparison_since(doc, first)
        after = -1
        if frame is not None and frame == first - 1:
            # "the deadliest attack since 2017", "the fifth time since 2013 that …": what
            # the happening is measured against dates neither it nor what the comparison
            # counts, nor the narrative; only what a "when" after it tells ("since June
            # 2024, when a train hit a freight train")
            after = _when_after(doc, last)
            if after < 0:
                continue
            for t in by_sentence.get(doc.sentence_of[after], ()):
                if t.i > after and t.role != "statement":
                    t.subordinate = True  # what the happening is measured against
        # ("one of the largest protests since he seized power in 2021": the year is the
        # seizure's, told in what the protests are measured against, not the protests')
        sent = doc.sentence_at(s)
        cands = by_sentence.get(sent)
        if not cands:
            free.append(k)
            continue
        clause = doc.clause_at(s)
        best: Optional[tuple[float, int, Trigger]] = None
        # a time told after words of its clause that name no happening, and before a
        # preposition, is theirs: "got probation Thursday for shooting his friend"
        # (with a word naming a happening before it, the nearest takes it as usual)
        near = _nearest(cands, first, cand_at.get(sent) if len(cands) > 2 * _NEAREST else None)
        starts = _opens_clause(doc, first, clause)
        opens = starts or any(
            t.j <= first and clause.start <= t.start < clause.end for t in near)
        owner = _possessed(doc, last, near)
        for t in near:
            if (frame is not None and t.i < frame) or t.i <= after:
                continue
            if t.j <= first:
                gap = doc.words_between(t.j, first)
            elif t is owner:
                gap = -1  # "Thursday's car bombing": the time is the bombing's own
            elif t.i > last:
                gap = doc.words_between(last + 1, t.i)
                if not opens and _governed(doc, last, t) and not _participates(doc, first):
                    continue
                if not starts and _comma_between(commas, last, t.i):
                    if t.role == "statement" and speech_participle(doc, t):
                        continue  # "fired rockets at a post on Friday, saying …": the
                        # time is what the participle's subject did
                    # "struck Malatya early on Wednesday, damaging …", "الأحد، إلى 22 قتيلا":
                    # a comma closes the phrase the time ends; what follows it is farther
                    gap += _CLAUSE_COST
                elif not starts and _coordinated(doc, last, t) and any(
                        u.j <= first and u.role == "happening" and similarity(u.type, t.type) <= 0.0 for u in near):
                    # "arrested the teen Tuesday and charged him", "قصفت البلدة يوم الجمعة
                    # واعتقلت": the time ends the first of two coordinated acts of other kinds
                    # ("stormed a school before dawn on Friday and abducted 30 pupils": one raid)
                    gap += _CLAUSE_COST
                elif not starts and t.i == last + 1 and _verb_first(doc, t) and any(u.j <= first for u in near):
                    # an Arabic verb right after a time inside a clause opens what follows
                    # ("احتجاجات واسعة في أكتوبر 2019 قتل خلالها مئات": October 2019 is the
                    # protests'): the time ends the phrase before it
                    gap += _CLAUSE_COST
            else:
                gap = 0
            if not (clause.start <= t.start < clause.end):
                gap += _CLAUSE_COST
            if t.charged is not None and gap > _NEAR_TOKENS and not _before_charge(tm, t.charged):
                # the crime a charge is of takes a time of its own phrase, or one farther
                # that comes before the charge's own ("arrested Monday in connection with
                # the shooting death of a teenager … on March 18")
                continue
            cost = (gap + (0.5 if t.role == "statement" else 0.0), 0 if t.j <= first else 1)
            if best is None or cost < best[:2]:
                best = (cost[0], cost[1], t)
        if best is None:
            continue  # the time of a word naming no happening ("received probation Thursday for …")
        t = best[2]
        # the most precise time wins; of two as precise, the one told nearer ("evacuated
        # closed since Aug. 14, the ministry said Thursday": the saying is Thursday's)
        if t.time is None or (_rank(tm), best[0]) < (_rank(t.time), t.time_gap):
            t.time, t.time_basis = tm, "explicit"
            t.time_near, t.time_gap = best[0] <= _NEAR_TOKENS, best[0]
        if t.role == "outcome" and t.i > last and _comma_between(commas, last, t.i):
            # "floods swept the villages on Thursday, killing 12": the outcome told after
            # the comma is the result of the happening the time's clause names, at its time
            # (or the last word told before the time in its sentence, with no comma
            # between, when a phrase of no happening holds the time: "crashed shortly
            # after take-off from the airport on Thursday evening, killing all on board")
            before = [h for h in cands if h.j <= first]
            last_told = before[-1] if before else None
            cause = next((h for h in reversed(near) if h.j <= first and h.role == "happening"
                          and clause.start <= h.start < clause.end and h.time is None), None)
            if cause is None and last_told is not None and last_told.role == "happening" \
                    and last_told.time is None and not last_told.subordinate \
                    and not _comma_between(commas, last_told.j - 1, first):
                cause = last_told
            if cause is not None:
                cause.time, cause.time_basis = tm, "clause"
    live = [t for cands in by_sentence.values() for t in cands]
    _planned_by_date(doc, live)
    _date_from_narrative(doc, live)
    _share_in_clauses(doc, live)
    _tallies(live)
    _cause_of_dated_outcome(doc, live)
    _cause_told_after_dated_outcome(doc, live)
    _episode_goes_on(doc, live)
    _outcomes_from_causes(doc, live)
    _reported_on(live)
    _headline_from_lead(doc, live)
    return free


def _reported_on(triggers: list[Trigger]) -> None:
    """An undated happening told as the news a report gives ("أفادت وسائل إعلام سورية
    اليوم السبت بأن التحالف أطلق صواريخ", "State media reported on Saturday that jets struck
    …") happened at most a day before it (:data:`.pairs.REPORT_DAYS`): ``Trigger.reported``
    is the day the report's own words tell.  (A report dated by nothing, its publication's
    day, is not used: GVC within-article F1 held out 0.956 -> 0.953.)  It does not date
    the happening; it only keeps it apart from one dated days earlier in the same article
    (:mod:`.pairs`).  Only a word naming the happening anew (not "the attack", pointing
    back at what may be days old) and not brought in as what came before ("after", "in
    response to")."""
    by_sentence: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_sentence.setdefault(t.sentence, []).append(t)
    for group in by_sentence.values():
        group.sort(key=lambda t: t.start)
        said: Optional[TimeInterval] = None
        for t in group:
            if t.role == "statement":
                said = t.time.interval if t.modality == "asserted" and t.time is not None \
                    and t.time_basis == "explicit" and whole_days(t.time) and "day_inferred" not in t.time.flags \
                    else None
            elif said is not None and t.role == "happening" and t.time is None and not t.definite \
                    and not t.subordinate and t.modality == "asserted":
                t.reported = said


def _cause_of_dated_outcome(doc: Document, triggers: list[Trigger]) -> None:
    """An undated happening heading its clause, the doer of an outcome the clause dates
    ("An Israeli air strike on a house near Nabatieh killed two people and wounded three
    early on Tuesday", "غارة إسرائيلية قتلت شخصين فجر الثلاثاء"), happened then: what it did
    and when are one.  Not when the outcome is one a person undergoes later on their own
    ("a man shot last month died on Tuesday"), nor across another happening."""
    undergone = doc.vocab.undergone_outcomes
    by_clause: dict[tuple[int, int], list[Trigger]] = {}
    for t in triggers:
        if t.role != "statement":
            c = doc.clause_at(t.start)
            by_clause.setdefault((c.start, c.end), []).append(t)
    for group in by_clause.values():
        head = min(group, key=lambda t: t.start)
        if head.role != "happening" or head.time is not None or head.subordinate or head.charged is not None:
            continue
        for t in sorted(group, key=lambda t: t.start):
            if t is head:
                continue
            if t.role == "happening":
                break  # another happening between: the outcome may be its
            if t.role == "outcome" and t.time is not None and t.time_basis == "explicit" \
                    and not doc.vocab.is_cue(doc.tokens[t.i], undergone) and can_cause(head.type, t.type):
                head.time, head.time_basis = t.time, "clause"
                break


def _cause_told_after_dated_outcome(doc: Document, triggers: list[Trigger]) -> None:
    """An undated happening told right after a dated outcome as where it befell them
    ("three were killed on Wednesday evening in a strike on a tent", ``استشهدوا مساء أمس
    الأربعاء في غارة``, ``قتلوا أمس بقصف``) happened then.  Only with a word of
    circumstance before it (:data:`~timeline.lang.arguments.CIRCUMSTANCE_WORDS`, or an
    Arabic ``ب`` glued to it), and not after an outcome undergone later on one's own ("died
    on Monday of wounds from a shooting")."""
    undergone = doc.vocab.undergone_outcomes
    words = _circumstance_words(doc.lang)
    text = doc.norm.text
    prev: Optional[Trigger] = None
    for t in sorted(triggers, key=lambda x: x.start):
        if prev is not None and t.role == "happening" and t.time is None \
                and t.charged is None and prev.sentence == t.sentence and t.i - prev.j <= 3 * _CIRCUMSTANCE_REACH \
                and _words_between(doc, prev.j, t.i) <= _CIRCUMSTANCE_REACH \
                and doc.clause_at(prev.start) is doc.clause_at(t.start) and can_cause(t.type, prev.type):
            glued = text[doc.starts[t.i]:t.start] if doc.starts[t.i] < t.start else ""
            k = t.i - 1
            if k > 0 and doc.tokens[k] in W.EN_NOUN_DETERMINERS:
                k -= 1  # "in an airstrike"
            if (k >= 0 and doc.tokens[k] in words) or glued.endswith("ب"):
                t.time, t.time_basis = prev.time, "clause"
        if t.role == "outcome" and t.time is not None and t.time_basis == "explicit" \
                and not doc.vocab.is_cue(doc.tokens[t.i], undergone):
            prev = t
        elif t.role != "outcome":
            prev = None


#: How many words after a dated outcome the happening it befell them in may be told (the
#: time itself and punctuation not counted: "استشهد 9 فلسطينيين بينهم أربعة أطفال، فجر اليوم
#: الخميس، في غارة").
_CIRCUMSTANCE_REACH = 8


def _words_between(doc: Document, a: int, b: int) -> int:
    """Tokens ``a`` to ``b`` (exclusive) that are words outside time expressions."""
    return sum(1 for k in range(a, b) if doc.tokens[k] not in PUNCT and not doc.in_time(k))


@lru_cache(maxsize=4)
def _circumstance_words(lang: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in W.CIRCUMSTANCE_WORDS.get(lang, ()))


#: How many sentences with no date of their own a dated episode goes on into.
_EPISODE_GOES_ON = 1


def _episode_goes_on(doc: Document, triggers: list[Trigger]) -> None:
    """The sentences that follow a dated episode ("وفي 18 ديسمبر، قتل عنصر … خلال عملية
    إنزال"), up to the next that carries a date, go on telling it ("ونقل المرصد أن تبادلا
    لإطلاق النار حدث خلال عملية اقتحام المنزل"): an undated word there that may be of the
    episode's happening takes its time as a shared one (a narrative's time holds until
    the text moves it), and belongs to the episode.  Not a word brought in as what came
    before ("after", "in response to"), nor one of a kind the episode's words exclude;
    and only after an episode dated to a week or finer (a year told as background, "in
    2012 he shot a man", is an aside the story comes back from)."""
    dated_sentences = {doc.sentence_at(doc.time_spans[k][0]) for k, tm in enumerate(doc.times)
                       if dated(tm) and not _filed(doc, k)}
    by_sentence: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_sentence.setdefault(t.sentence, []).append(t)
    for sent in sorted(by_sentence):
        heads = [t for t in by_sentence[sent] if t.episode and t.time is not None and t.role == "happening"
                 and t.time.granularity is not None and t.time.granularity.rank <= Granularity.WEEK.rank]
        if not heads:
            continue
        head = heads[0]
        for nxt in range(sent + 1, sent + 1 + _EPISODE_GOES_ON):
            if nxt in dated_sentences:
                break
            for t in by_sentence.get(nxt, ()):
                if t.time is None and t.role != "statement" and not t.subordinate and t.charged is None \
                        and all(_same_kind(t, h) for h in heads):
                    t.time, t.time_basis, t.episode = head.time, "clause", True


def _outcomes_from_causes(doc: Document, triggers: list[Trigger]) -> None:
    """An undated outcome whose sentence goes on with what caused it, brought in by "after"
    or "when" and dated ("five were hurt when police moved in to disperse the crowd in the
    evening", ``وأصيب خمسة إثر تدخل الشرطة لتفريق المحتجين مساء الجمعة``), is of its time."""
    # one backward pass: the next dated subordinate happening of the sentence after each word
    cause: Optional[Trigger] = None
    for t in sorted(triggers, key=lambda x: x.i, reverse=True):
        if cause is not None and cause.sentence != t.sentence:
            cause = None
        if t.role == "happening" and t.subordinate and t.time is not None and t.time_basis == "explicit":
            cause = t
        elif t.role == "outcome" and t.time is None and cause is not None and can_cause(cause.type, t.type):
            t.time, t.time_basis = cause.time, "clause"


#: The sentences after the first that make up a story's lead, and how many of its dated
#: happening words a headline's word is compared with (a feed run into one line has many).
_LEAD = 2
_LEAD_WORDS = 12


def _headline_from_lead(doc: Document, triggers: list[Trigger]) -> None:
    """An undated word of the first sentence (the headline, or the lead itself) names the
    happening the lead dates: it takes the time of the first word of the lead, dated by its
    own words or its clause's, that may name the same happening ("Gunmen abduct 25 pupils" /
    "… abducted 25 pupils before dawn on Friday") and whose clause names no place apart from
    its own ("Gunmen kill 7 in Diyala; second attack hits Kirkuk": the Kirkuk attack is
    the lead's second, not its first); not one the lead brings in as what came before ("…
    in response to the attack that targeted US forces on 13 December").  When the first
    such word is undated news of a dated report (``Trigger.reported``: "أفادت … اليوم بأن
    طائرات قصفت"), the headline's word is that news too, and takes no later time."""
    lead = sorted((t for t in triggers if 1 <= t.sentence <= _LEAD and t.role == "happening" and not t.subordinate
                   and (t.time is not None and t.time_basis in ("explicit", "clause") and "day_inferred" not in t.time.flags
                        or t.time is None and t.reported is not None)), key=lambda t: t.start)[:_LEAD_WORDS]
    if not lead:
        return
    places = doc.places()
    starts = [p.start for p in places]  # (in text order)
    lead_places = [_clause_places(doc, x, places, starts) for x in lead]
    for t in triggers:
        if t.sentence != 0 or t.time is not None or t.role != "happening":
            continue
        own = _clause_places(doc, t, places, starts)
        kin = next((x for x, where in zip(lead, lead_places) if similarity(t.type, x.type) >= 0.5
                    and {t.shock, x.shock} != {"main", "after"}  # (an aftershock is no quake's time)
                    and _places_meet(own, where)), None)
        if kin is None:
            continue
        if kin.time is None:
            t.reported = kin.reported
        else:
            t.time, t.time_basis = kin.time, "lead"  # shared, as a clause's (not its own words')


def _coordinated(doc: Document, last: int, t: Trigger) -> bool:
    """Is trigger ``t`` told right after a time (its last token ``last``) and a coordinator:
    "… on Friday and arrested", "… يوم الجمعة واعتقلت" (the conjunction glued to the word)?"""
    v, toks = doc.vocab, doc.tokens
    if t.i == last + 1:
        w = toks[t.i]
        return doc.lang == "ar" and w[:1] in v.coordinators and len(w) > 3
    return t.i == last + 2 and toks[last + 1] in v.coordinators


def _clause_places(doc: Document, t: Trigger, places: list, starts: list[int]) -> tuple[frozenset[str], frozenset[str]]:
    """The places below a country named in ``t``'s clause: (their ids, those and every
    place holding them but the country)."""
    c = doc.clause_at(t.start)
    # below a country (a country holds both of two provinces' clauses)
    ids = [p.place for p in places[bisect_left(starts, c.start):bisect_left(starts, c.end)] if p.place.parents]
    return frozenset(p.id for p in ids), frozenset(x for p in ids for x in (p.id, *p.parents[1:]))


def _places_meet(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """May two clauses tell one happening by their places: one names none, or a place of
    one is, or holds, a place of the other ("in Diyala; second attack hits Kirkuk": the
    Kirkuk clause is not the Diyala lead's)?"""
    return not a[0] or not b[0] or bool(a[0] & b[1] or b[0] & a[1])


def _tallies(triggers: list[Trigger]) -> None:
    """An outcome told over a span of more than a month up to the report ("the war has
    killed more than 60,000 people since October 2023", ``أودت بحياة عشرات الآلاف منذ
    نيسان 2023``) is a running tally of many happenings, not the outcome of one: no
    event's mention (a count "so far this year" is not a toll either, see
    :mod:`.casualties`)."""
    for t in triggers:
        if t.role == "outcome" and t.modality == "asserted" and t.time_basis in ("explicit", "clause") \
                and t.time is not None and _tally(t.time):
            t.modality = "irrealis"


#: How far after its report a day told next to a violent happening or a disaster makes
#: it a forecast or a threat: the coming days ("next week", ``يوم الجمعة المقبل``); a
#: month and day told without their year may be read months ahead ("Jan. 5" in a
#: November story), which a report does not forecast.
_FORECAST_DAYS = 14
#: The families of happening so dated that are forecast or threatened (the others can be
#: arranged ahead: plans).
_FORECAST = frozenset({"violence", "disaster"})


def _planned_by_date(doc: Document, triggers: list[Trigger]) -> None:
    """A happening that can be arranged ahead, dated by its own words to a day after the
    report, is a plan, with or without a verb to say so ("الجلسة الأولى الثلاثاء المقبل",
    "المرحلة الثانية من صفقة التبادل الأسبوع المقبل", "vote on Sunday" in a Friday story);
    a violent happening or a disaster so dated to the coming days is a forecast or a
    threat, which has not happened ("heavy rain is expected to cause flooding on
    Friday", ``ستشهد البلاد أمطارا غزيرة يوم الجمعة المقبل``)."""
    if doc.published is None:
        return
    day = doc.published.date()
    for t in triggers:
        tm = t.time
        if t.modality == "asserted" and t.time_basis == "explicit" and t.time_near and tm is not None \
                and tm.interval is not None and tm.interval.start.date() > day and t.role == "happening":
            if plannable(t):
                t.modality = "planned"
            elif (tm.interval.start.date() - day).days <= _FORECAST_DAYS and t.family in _FORECAST:
                t.modality = "irrealis"
                # ... and so is what its clause tells of its kind with no time of its own
                # (the heavy rain that is to cause the flooding)
                c = doc.clause_at(t.start)
                for u in triggers:
                    if u is not t and u.modality == "asserted" and u.time is None and u.role == "happening" \
                            and u.family == t.family and c.start <= u.start < c.end:
                        u.modality = "irrealis"


#: How many words may come between a narrative span ("Three days later,") and the word
#: naming the happening it dates (a subject between: "A day earlier, an RSF drone struck").
_SPAN_REACH = 6
#: How many sentences back the happening a narrative span counts from may be told, and
#: how many words naming happenings back at most (a bound for feeds told as one text).
_SPAN_BACK = 3
_SPAN_LOOK = 64


def _span_sign(doc: Document, ew, a: int, b: int) -> tuple[int, int]:
    """For a span over tokens ``a``..``b``: +1 (-1) when it says how long after (before)
    the narrative's last dated happening its clause's happening came ("Three days later,",
    "A day earlier,", ``وقبل ذلك بيوم``), with the token where that clause goes on; else
    ``(0, 0)``."""
    toks = doc.tokens
    n = len(toks)
    if b + 1 < n and (toks[b + 2] if b + 2 < n else "") not in ew.span_comparisons:
        w = toks[b + 1].lower()
        if w in ew.span_later_after:
            return 1, b + 2
        if w in ew.span_earlier_after:
            return -1, b + 2
    if a > 0 and doc.sentence_of[a - 1] == doc.sentence_of[a] \
            and (b + 1 >= n or doc.sentence_of[b + 1] != doc.sentence_of[b] or toks[b + 1] in PUNCT):
        # "after" and a span that ends its clause or opens it before a comma: "هزة ارتدادية
        # بعد ساعتين", "وبعد يومين، اعتقلت الشرطة", "After two hours, police stormed the house"
        # (not "بعد يومين من الهجوم", "two days after the attack": another happening's)
        w = toks[a - 1].lower()
        w = w[1:] if doc.lang == "ar" and w[:1] in ("و", "ف") and w[1:] in (ew.later_words | ew.earlier_words) else w
        if w in ew.later_words:
            return 1, b + 1
        if w in ew.earlier_words:
            return -1, b + 1
    for phrases, sign in ((ew.span_later_before, 1), (ew.span_earlier_before, -1)):
        for ph in phrases:
            k = a - len(ph)
            if k < 0 or doc.sentence_of[k] != doc.sentence_of[a]:
                continue
            got = list(toks[k:a])
            if len(got[0]) == len(ph[0]) + 1 and got[0][1:] == ph[0]:
                got[0] = ph[0]  # a one-letter proclitic: "وقبل ذلك"
            if tuple(got) == ph:
                return sign, b + 1
    return 0, 0


def _date_from_narrative(doc: Document, triggers: list[Trigger]) -> None:
    """"A man was shot Monday. Three days later, police arrested a suspect", ``وقبل ذلك
    بيوم، استهدفت مسيرة المستشفى``: a span of days (weeks, months, years) told with
    "later" / "earlier" (:func:`_span_sign`) dates the word naming a happening or an
    outcome that follows it in its sentence (or, with nothing after it, the one before it
    in its clause: "he died two days later") that span after (before) the time told last
    for a happening or an outcome, up to :data:`_SPAN_BACK` sentences before.  The date is
    the span's own (basis ``explicit``), which the clause then shares."""
    ew = clause_words(doc.lang)
    if not (ew.span_later_after or ew.span_earlier_after or ew.span_later_before or ew.span_earlier_before):
        return
    naming = sorted((t for t in triggers if t.modality == "asserted" and t.role != "statement"), key=lambda t: t.i)
    if not naming:
        return
    sayings = sorted((t for t in triggers if t.role == "statement"), key=lambda t: t.i)
    firsts = [t.i for t in naming]
    for tm, reach, unit, s, a, b in spans_of(doc):
        sign, nxt = _span_sign(doc, ew, a, b)
        if not sign:
            continue
        sent = doc.sentence_of[a]
        j = bisect_left(firsts, nxt)
        if j < len(naming) and naming[j].sentence == sent and naming[j].i <= nxt + _SPAN_REACH:
            target = naming[j]
        else:
            h = bisect_left(firsts, a) - 1  # the word before it in its clause
            clause = doc.clause_at(s)
            if h < 0 or naming[h].sentence != sent or naming[h].j > a or naming[h].start < clause.start:
                continue
            target = naming[h]
        if target.time is not None:
            continue
        when, told_in = None, -1
        h = bisect_left(firsts, min(target.i, a)) - 1
        for t in naming[max(0, h - _SPAN_LOOK):h + 1][::-1]:  # the time told last before it
            if t.sentence < sent - _SPAN_BACK:
                break
            if _counts_from(t):
                when, told_in = t.time, t.sentence
                break
        if told_in < sent and target.i < a:
            # a span ending the clause of the word it dates, no happening of its sentence
            # dated before it: the day the sentence gives its saying ("The group on
            # Wednesday claimed a bombing that killed three soldiers a day earlier": the
            # span counts from the claim's Wednesday)
            said = [t for t in sayings if t.sentence == sent and t.i < target.i and _counts_from(t)]
            if said:
                when = said[-1].time
        if when is None:
            continue
        shifted = offset_time(tm, when, reach, unit, sign, "after" if sign > 0 else "before")
        if shifted is not None:
            target.time, target.time_basis = shifted, "explicit"
            target.time_near, target.time_gap = True, 0.0


def _counts_from(t: Trigger) -> bool:
    """Can a narrative span count from trigger ``t``'s time: a date or a clock time its own
    words tell (not a duration, nor a day only inferred)?"""
    return t.time is not None and t.time_basis == "explicit" and "day_inferred" not in t.time.flags \
        and t.time.type is not TimexType.DURATION


def _verb_first(doc: Document, t: Trigger) -> bool:
    """Is trigger ``t`` an Arabic word only a past verb can be, among verbs ("قتل",
    "انفجرت"): one that opens a clause of its own?"""
    if doc.lang != "ar":
        return False
    past = get_language("ar").data.past_verb
    if past is None:
        return False
    s, e = doc.original(t.start, t.end)
    return bool(past(doc.norm.original[s:e]))


def _before_charge(tm: TimeMention, charge: Trigger) -> bool:
    """Does time ``tm`` end before the time the charge ``charge`` already has?"""
    own = charge.time
    return own is not None and own.interval is not None and tm.interval is not None \
        and tm.interval.end <= own.interval.start


#: How many candidate words on each side of a time expression may take it: one farther
#: in the sentence is at least this many words farther, more than crossing a clause costs.
_NEAREST = 32


def _nearest(cands: list[Trigger], first: int, at: Optional[list[int]] = None) -> list[Trigger]:
    """The candidates (in text order) nearest token ``first``, :data:`_NEAREST` on each
    side: a sentence of thousands of event words (a feed run into one line) costs no more
    per time expression than a short one (``at``: the candidates' token indices, when the
    caller keeps them)."""
    if len(cands) <= 2 * _NEAREST:
        return cands
    k = bisect_left(at if at is not None else [t.i for t in cands], first)
    return cands[max(0, k - _NEAREST):k + _NEAREST]


def _comma_between(commas: list[int], a: int, b: int) -> bool:
    """Is there a comma token strictly between token indices ``a`` and ``b``?"""
    k = bisect_left(commas, a + 1)
    return k < len(commas) and commas[k] < b


def _possessed(doc: Document, last: int, cands: list[Trigger]) -> Optional[Trigger]:
    """The trigger a time ending at token ``last`` is the possessor of ("Thursday's car
    bombing", "Friday's deadly attack": the noun after the possessive ending the language
    data names, past one adjective at most)."""
    toks = doc.tokens
    if last + 2 >= len(toks) or (toks[last + 1], toks[last + 2]) not in get_language(doc.lang).data.possessive:
        return None
    for t in cands:
        if last + 3 <= t.i <= last + 4 and t.role != "statement":
            return t
    return None


def _opens_clause(doc: Document, first: int, clause) -> bool:
    """Does the time expression starting at token ``first`` open its clause, after
    prepositions only ("On Saturday, in a shooting …", ``وفي ساعة مبكرة من صباح الجمعة في
    قصف …``)?"""
    v = doc.vocab
    k = doc.token_at(clause.start)
    if first - k > 6:
        return False  # more words before it than a few prepositions and marks
    return all(w in PUNCT or v.is_cue(w, v.prepositions) for w in doc.tokens[k:first])


def _governed(doc: Document, last: int, t: Trigger) -> bool:
    """Is trigger ``t``, told after a time expression that ends at token ``last``, the
    object of a preposition that follows the time ("sentenced Thursday for the shooting",
    ``حكم عليه الخميس في قضية القتل``)?  Such a time is what comes before it: the
    sentencing's, not the shooting's."""
    between = [w for w in doc.tokens[last + 1:t.i] if w not in PUNCT]
    # (a word of time order is not such a preposition: "sirens sounded early Sunday, after
    # Iran launched drones" tells two steps of one episode)
    return bool(between) and between[0] in doc.vocab.prepositions \
        and between[0] not in clause_words(doc.lang).after_words


def _participates(doc: Document, first: int) -> bool:
    """Is the word before a time expression starting at token ``first`` (past a comma or
    its subject) a verb whose object is the happening itself ("شارك المئات، يوم الأحد، في
    وقفة احتجاجية", "took part on Sunday in a march")?"""
    v = doc.vocab
    k, seen = first - 1, 0
    while k >= 0 and seen < 3 and doc.sentence_of[k] == doc.sentence_of[first]:
        w = doc.tokens[k]
        if w not in PUNCT:
            if v.is_cue(w, v.participation):
                return True
            seen += 1
        k -= 1
    return False


def _fronted(doc: Document, k: int, clause_triggers: list[Trigger]) -> bool:
    """Does time expression ``k`` open its clause, and a word naming a happening come
    right after it, within three words ("وفي 18 ديسمبر الجاري، قتل عنصر … خلال عملية
    إنزال", "On Saturday, gunmen opened fire …")?  Such a time scopes over the whole
    clause.  ("On Monday, the family held a vigil for the man killed in the shooting":
    the vigil, not a happening word, is what Monday dates.)"""
    s, e = doc.time_spans[k]
    if any(t.start < s for t in clause_triggers):
        return False
    first = min(clause_triggers, key=lambda t: t.start)
    at = doc.token_at(s)
    if first.i == doc.token_at(max(s, e - 1)) + 1 and at > 0 and doc.tokens[at - 1] in doc.vocab.determiners \
            and doc.sentence_of[at - 1] == doc.sentence_of[at]:
        return False  # a date between an article and its noun modifies that noun ("declared
        # him the winner of the Oct. 12 election, and four were killed": the election's)
    last = doc.token_at(max(s, e - 1))
    if _governed(doc, last, first) and not _opens_clause(doc, doc.token_at(s), doc.clause_at(s)):
        return False
    words = [w for w in doc.tokens[doc.token_at(max(s, e - 1)) + 1:first.i] if w not in PUNCT]
    reach = _FRONTED_REACH
    if any(_doing_verb(doc.lang, w) for w in words):
        # a verb of carrying out and who did it come first ("وفي 14 من ديسمبر، شنت قوات
        # الأمن السورية عملية أمنية", "On Sunday, Syrian security forces launched an
        # operation"): the happening it launches is its object, still the clause's
        reach += _DOER_WORDS
    return len(words) <= reach and (first.role == "happening" or first.type in _CAUSED)


#: Words a fronted time may stand from the first word naming a happening (and more
#: with a verb of carrying out and its subject between them).
_FRONTED_REACH = 3
_DOER_WORDS = 3
_AR_DOING = re.compile("(?:و|ف)?(?:" + "|".join(sorted({normalize_word(v) for v in W.AR_DOING_VERB_STEMS},
                                                       key=len, reverse=True)) + ")$")


def _doing_verb(lang: str, word: str) -> bool:
    """Is ``word`` a verb of carrying out ("launched", ``شنت``, ``ونفذت``)?"""
    return bool(_AR_DOING.match(word)) if lang == "ar" else word.lower() in W.EN_DOING_VERBS


def _share_in_clauses(doc: Document, triggers: list[Trigger]) -> None:
    """A trigger with no time of its own takes the time of the other words naming a
    happening in its clause when they all agree ("في 14 من ديسمبر، شنت قوات الأمن عملية أمنية استهدفت خلايا
    التنظيم": the targeting is the operation's, of the 14th), if it may be of their
    happening (a kind the taxonomy puts near theirs, an outcome of what can cause it, a
    back-reference), heads the clause before them, or is compounded with one ("withdrawal
    deadline"): "arrested Monday in connection with the shooting" does not date the
    shooting, nor "the father of a girl who died of her wounds attended a hearing Tuesday"
    the death.  Statements keep their own."""
    by_clause: dict[tuple[int, int], list[Trigger]] = {}
    spoken: dict[tuple[int, int], int] = {}  # clause -> where its first speech word starts
    for t in triggers:
        c = doc.clause_at(t.start)
        if t.role != "statement":
            by_clause.setdefault((c.start, c.end), []).append(t)
        elif t.start < spoken.get((c.start, c.end), len(doc.norm.text)):
            spoken[(c.start, c.end)] = t.start
    fronted: dict[tuple[int, int], TimeMention] = {}
    for k, tm in enumerate(doc.times):
        if dated(tm) and not _filed(doc, k):
            s = doc.time_spans[k][0]
            c = doc.clause_at(s)
            group = by_clause.get((c.start, c.end))
            if spoken.get((c.start, c.end), s) < s:
                continue  # after a speech word of its clause it is the saying's ("أعلنت
                # الوزارة، الأحد، مقتل خمسة": Sunday is the announcement's)
            if group and _fronted(doc, k, group):
                fronted.setdefault((c.start, c.end), tm)
    span_of_time: Optional[dict[int, int]] = None  # a time's start, by the time (made once, on demand)
    for key, group in by_clause.items():
        head = fronted.get(key)
        if head is not None:
            for t in group:
                t.episode = True  # a dated episode of its own ("وفي 18 ديسمبر، …")
                if t.time is None and t.charged is None:
                    t.time, t.time_basis = head, "clause"
            continue
        # an outcome's time dates the outcome (a toll "as of 07:00"), not its cause
        timed = [t for t in group if t.time is not None and t.role != "outcome"]
        if not timed:
            continue
        first = timed[0].time
        if any(x.time.interval != first.interval for x in timed[1:]):  # type: ignore[union-attr]
            continue  # the clause dates two things: leave the rest undated
        # (nor what a comparison before it measures: "the largest protest since he seized
        # power in 2021")
        frame = _comparison_since(doc, timed[0].i)
        if frame is None:
            # the time itself may be the compared one, dating only what a "when" after it
            # tells ("the deadliest crash since June 2024, when a train hit …")
            if span_of_time is None:
                span_of_time = {id(x): doc.time_spans[q][0] for q, x in enumerate(doc.times)}
            at = span_of_time.get(id(first))
            frame = _comparison_since(doc, doc.token_at(at)) if at is not None else None
        for t in group:
            if frame is not None and t.i < frame:
                continue
            # a happening of another kind told after it is not dated by it ("arrested Monday
            # in connection with the shooting death …": Monday is the arrest's); one told
            # before it is the clause's head ("were arrested in raids over the past days"),
            # one right next to it of its compound ("the Aug. 31 withdrawal deadline")
            if t.time is not None or t.charged is not None:
                continue
            kin = next((x for x in timed if _same_kind(t, x)), None)
            if kin is None and any(x.type in ABOUT_EARLIER for x in timed):
                continue  # the crime a charge is of came before it ("a man whose daughter
                # was shot … was indicted Tuesday": Tuesday is the indictment's)
            if kin is not None:  # of that word's happening: dated with it only (timing._explicit)
                t.time, t.time_basis, t.time_from = first, "clause", kin
            elif t.role != "outcome" and any(t.start < x.start or t.i - x.j <= 1 for x in timed) \
                    and not _possessive(doc.norm.original, first.end):
                # (a day told as whose a happening is owns it: "arrested a man suspected of
                # Friday's knife attack" does not date the arrest)
                t.time, t.time_basis = first, "clause"


def _told_as_where(doc: Document, a, located: "_Spans", named_ends: set[int]) -> bool:
    """Is an actor's mention told as where, not as who: a country's name or adjective ("in
    northern Syria", "the Syrian town of Manbij", ``مدينة منبج السورية``), or a government's
    seat after a locative ("at the White House")?  Such a mention places the happening (the
    place features weigh it) and names no side of it."""
    if a.actor.kind == "government":
        # a government's seat told as where ("an interview at the White House", "في الكرملين")
        k = doc.token_at(a.start)
        while k > 0 and doc.tokens[k - 1] in doc.vocab.definite:
            k -= 1
        return k > 0 and doc.vocab.is_cue(doc.tokens[k - 1], doc.vocab.locatives) \
            and doc.sentence_of[k - 1] == doc.sentence_of[k]
    if a.actor.kind != "country":
        return False
    if any(p.start < a.end and a.start < p.end for p in located.overlapping(a.start, a.end)):
        return True  # (told after a locative word; the text's first word may be a subject)
    nouns = doc.vocab.place_nouns
    j = doc.token_at(max(a.start, a.end - 1))
    if doc.lang != "ar":
        return j + 1 < len(doc.tokens) and doc.tokens[j + 1] in nouns  # "the Syrian town", "Syrian capital"
    k = doc.token_at(a.start)
    # "العاصمة السورية", "مدينة منبج السورية": the adjective after a place noun or a town's name
    return k > 0 and (doc.vocab.is_cue(doc.tokens[k - 1], nouns) or (k - 1) in named_ends)


def _same_kind(t: Trigger, x: Trigger) -> bool:
    """May ``t`` be ``x`` or of its happening (an outcome, a back-reference, a kind the
    taxonomy puts near it)?"""
    if t.role == "reference" or x.role == "reference":
        return True
    if t.role == "outcome":  # the toll of what can cause it ("died" is no court hearing's)
        return x.role == "outcome" or can_cause(x.type, t.type)
    return similarity(t.type, x.type) > 0


def _locative(doc: Document, p) -> bool:
    """Is a place mention where something happened?  A town always may be; a country or
    a province only after a locative word ("in Syria", ``في سوريا``, ``بولاية نابل``, a
    glued ``ب``), or at the very start of the text (a dateline)."""
    if _for_whom(doc, p) or _names_a_facility(doc, p):
        return False
    if p.place.kind not in ("country", "region"):
        return True
    if p.start <= 2:
        return True
    text = doc.norm.text
    if doc.lang == "ar" and p.start > 0 and text[p.start - 1] == "ب":
        return True
    k = doc.token_at(p.start)
    if doc.starts[k] < p.start:  # a clitic glued before the name ("وبسوريا")
        glued = text[doc.starts[k]:p.start]
        if "ب" in glued or "ف" == glued[-1:]:
            return True
        k += 1
    if k >= 3 and doc.tokens[k - 1] == "s" and doc.tokens[k - 2] in ("'", "’") \
            and doc.sentence_of[k - 3] == doc.sentence_of[k]:
        k -= 3  # "in Iraq's Diyala province": the locative before the country holding it
    if _site_of_happening(doc, k):
        return True
    before = doc.tokens[max(0, k - 2):k]
    if " ".join(before) in W.EN_PLACE_CUES and doc.sentence_of[max(0, k - 2)] == doc.sentence_of[k]:
        # "in the Indian state of Kerala", "across the restive province of Idlib": the
        # locative stands before the cue and the words that qualify it
        reach = [q for q in range(max(0, k - 2 - _CUE_QUALIFIERS), k - 2) if doc.sentence_of[q] == doc.sentence_of[k]]
        before = [doc.tokens[q] for q in reach[-(_CUE_QUALIFIERS):]]
    return any(doc.vocab.is_cue(w, doc.vocab.locatives) for w in before)


@lru_cache(maxsize=4)
def _facility_heads(lang: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in W.TREATMENT_FACILITY_HEADS.get(lang, ()))


#: How many more capitalised words of a facility's name may stand between a place and
#: the head ("Long Beach Memorial Medical Center", "Antelope Valley Hospital").
_FACILITY_NAME_WORDS = 2


def _names_a_facility(doc: Document, p) -> bool:
    """Does a place name a facility where the wounded are treated ("taken to Mount Sinai
    Hospital", "a Memphis hospital", ``إلى مستشفى الكويت``)?  Then it is that facility or
    its town, where victims were brought, not where the happening took place."""
    heads = _facility_heads(doc.lang)
    if not heads:
        return False
    k = doc.token_at(p.start)
    if doc.lang == "ar":
        while k > 0 and doc.tokens[k - 1] in doc.vocab.definite:
            k -= 1
        return k > 0 and doc.sentence_of[k - 1] == doc.sentence_of[k] and doc.vocab.is_cue(doc.tokens[k - 1], heads)
    q = bisect_left(doc.starts, p.end)
    for _ in range(_FACILITY_NAME_WORDS + 1):
        if q >= len(doc.tokens) or doc.sentence_of[q] != doc.sentence_of[k]:
            return False
        if doc.tokens[q] in heads or (q + 1 < len(doc.tokens) and f"{doc.tokens[q]} {doc.tokens[q + 1]}" in heads):
            return True
        if not (doc.tokens[q].isalpha() and doc.capitalised(q)):
            return False
        q += 1
    return False


#: The families of happening whose object, told right after the word naming it, is where
#: it happened ("struck Kunar province", "shelled Idlib", ``ضرب زلزال ولاية كونار``);
#: what a statement or a decision names after it is whom it is about ("condemned Israel").
_SITE_FAMILIES = frozenset({"violence", "disaster"})


def _site_of_happening(doc: Document, k: int) -> bool:
    """Does the place starting at token ``k`` stand right after a word naming a violent
    happening or a disaster, past a determiner or (Arabic) a place cue: in English a verb
    (its object), in Arabic also a noun (``قصف إدلب``, the shelling of Idlib)?"""
    v = doc.vocab
    j = k - 1
    while j >= 0 and (doc.tokens[j] in v.definite or (doc.lang == "ar" and doc.tokens[j] in W.AR_PLACE_CUES)):
        j -= 1
    if j < 0 or doc.sentence_of[j] != doc.sentence_of[k]:
        return False
    if doc.lang != "ar" and not (doc.tokens[j].endswith("ed") or doc.tokens[j] in v.light):
        return False  # an English noun before a name may end a phrase ("the first attack Iran launched")
    type_id = v.type_of(doc.keys[j])
    return type_id is not None and family(type_id) in _SITE_FAMILIES and TYPES[type_id].role == "happening"


#: How many words may stand between a locative and a place cue after it (a determiner
#: and the cue's adjectives: "in the restive northwestern province of Idlib").
_CUE_QUALIFIERS = 4


@lru_cache(maxsize=4)
def _for_whom_words(lang: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in W.PLACE_FOR_WHOM.get(lang, ()))


def _for_whom(doc: Document, p) -> bool:
    """Is a place told as whom an act was for ("جاءت العملية نصرة لغزة", "in solidarity
    with Gaza"), a word of support within the two words before it?"""
    words = _for_whom_words(doc.lang)
    k = doc.token_at(p.start)
    return any(doc.tokens[q] in words for q in range(max(0, k - 2), k)
               if doc.sentence_of[q] == doc.sentence_of[k])


#: How far into its line a dateline may start (after blanks).
_DATELINE_INDENT = 40
#: Between a dateline's town and its filing date: a comma, and its country or state with
#: a comma of its own ("SRINAGAR, India, April 22 (Reuters) -").
_DATELINE_GAP = re.compile(r"[ \t]*[,،]?[ \t]*(?:[^\W\d][\w.]{0,14}\.?[ \t]*[,،][ \t]*)?")
_DATELINE_END = re.compile(r"(?:[ \t]+(?:%s)\b)?[ \t]*(?:,[ \t]*[^\W\d][\w.]{0,14}\.?)?[ \t]*(?:\(|—|–|--|-(?=\s)|>>)"
                           % "|".join(sorted(map(re.escape, W.EN_DATELINE_UNITS))), re.IGNORECASE)


def _dateline(doc: Document, p) -> bool:
    """Is a place mention a dateline, the town a report was filed from, at the start of a
    line and followed by the outlet or a dash ("TUCSON (KGUN9-TV) — A shooting at
    Northern Arizona University …", "SALEM, Mass. — …")?  A wire's dateline is most often
    where the happening was, a local station's its own town wherever it was: a trigger
    takes it only when its sentence names no other place, and marked as such."""
    text = doc.norm.text
    back = max(0, p.start - _DATELINE_INDENT)  # (a bounded look back: a long line costs nothing)
    nl = text.rfind("\n", back, p.start)
    if nl < 0 and back > 0:
        return False
    if text[nl + 1:p.start].strip():
        return False
    if _DATELINE_END.match(text, p.end) is not None:
        return True
    # the filing date between the town and the outlet ("WASHINGTON, Dec. 20 (Reuters) -",
    # "دمشق 20 ديسمبر 2025 (شينخوا)"): one of the text's time expressions
    k = _DATELINE_GAP.match(text, p.end).end()
    end = next((e for s, e in doc.time_spans if s == k), None)
    return end is not None and _DATELINE_END.match(text, end) is not None


#: A trigger keeps at most this many places, actors and casualty figures of its clause or
#: sentence, the nearest to it (a sentence naming dozens is a list or a feed run together).
_MOST_ARGUMENTS = 16


def _closest(items: list, at: int) -> list:
    """``items`` (in their order), or the :data:`_MOST_ARGUMENTS` of them starting nearest
    offset ``at`` when there are more (ties: the earlier)."""
    n = len(items)
    if n <= _MOST_ARGUMENTS:
        return items
    starts = [x.start for x in items]
    if any(a > b for a, b in zip(starts, starts[1:])):
        keep = set(sorted(range(n), key=lambda k: (abs(starts[k] - at), k))[:_MOST_ARGUMENTS])
        return [x for k, x in enumerate(items) if k in keep]
    lo, hi = _window(starts, 0, n, at)
    return items[lo:hi]


def _window(starts: list[int], a: int, b: int, at: int) -> tuple[int, int]:
    """The :data:`_MOST_ARGUMENTS` of the sorted ``starts[a:b]`` nearest offset ``at`` (ties:
    the earlier), as an index range: a window grown from where ``at`` falls."""
    top = bisect_left(starts, at, a, b)
    down = top - 1
    while top - down - 1 < _MOST_ARGUMENTS:
        if down >= a and (top >= b or at - starts[down] <= starts[top] - at):
            down -= 1
        else:
            top += 1
    return down + 1, top


class _Spans:
    """Items with a start offset, found by the range their start lies in, in their own
    order (items not sorted by start are searched one by one)."""

    __slots__ = ("items", "starts", "sorted")

    def __init__(self, items: list, start: Callable[[object], int]):
        self.items = items
        self.starts = [start(x) for x in items]
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def starting(self, lo: int, hi: int) -> list:
        """The items starting in ``[lo, hi)``."""
        if not self.sorted:
            return [x for x, s in zip(self.items, self.starts) if lo <= s < hi]
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def closest(self, lo: int, hi: int, at: int) -> list:
        """:func:`_closest` of the items starting in ``[lo, hi)``, found by bisection on
        the starts kept here (a sentence of thousands of names costs each trigger a
        logarithm, not a pass over them all)."""
        if not self.sorted:
            return _closest(self.starting(lo, hi), at)
        starts = self.starts
        a, b = bisect_left(starts, lo), bisect_left(starts, hi)
        if b - a <= _MOST_ARGUMENTS:
            return self.items[a:b]
        lo, hi = _window(starts, a, b, at)
        return self.items[lo:hi]

    def overlapping(self, lo: int, hi: int, longest: int = 400) -> list:
        """The (start, end) items that may overlap ``[lo, hi)`` (those starting up to
        ``longest`` before it, or inside it)."""
        return self.starting(lo - longest, hi) if self.sorted else self.items


#: Kinds of actor that report what others did (a ministry, a monitor, an agency, a
#: government), as opposed to forces, which announce what they did themselves.
_REPORTERS = frozenset({"government", "organisation"})
#: What a reporting body tells others did (violence and its harm, disasters, unrest); a
#: government's acts of state it announces are its own ("أعلنت الداخلية اعتقال خمسة").
_REPORTED_FAMILIES = frozenset({"violence", "outcome", "disaster", "riot", "protest"})
#: Kinds of statement whose speaker never did what it is about (one condemns what others
#: did: "ودان رئيس الوزراء الهجوم").
_NOT_BY_SPEAKER = frozenset({"statement.condemn"})


def _speaker_subject(doc: Document, clause) -> bool:
    """Does what a speaker says open with the speaker's pronoun (the complementizer
    bearing it, ``إنه``, or a subject pronoun, "it")?  Not when the speaker is named only
    after it ("He suffered a gunshot wound, deputies said": he is the victim)."""
    if clause.report_of is not None:
        ours = doc.clauses_of(doc.sentence_at(clause.start))
        if 0 <= clause.report_of < len(ours) and ours[clause.report_of].start > clause.start:
            return False
    cues = doc.vocab.speaker_subjects
    k = doc.token_at(clause.start)
    for q in (k - 1, k):
        if 0 <= q < len(doc.tokens) and doc.tokens[q] in cues:
            return True
    return False


#: Auxiliaries that may stand between a subject pronoun and its verb ("it had struck").
_PRONOUN_REACH = 2


def _pronoun_subject(doc: Document, t: Trigger) -> bool:
    """Is a speaker's pronoun the subject of the verb ``t`` ("said it struck", "said they
    had launched", ``إنه قصف``), right before it or an auxiliary before it?"""
    cues = doc.vocab.speaker_subjects
    for q in range(t.i - 1, max(-1, t.i - 1 - _PRONOUN_REACH), -1):
        if doc.sentence_of[q] != t.sentence:
            return False
        if doc.tokens[q] in cues:
            return True
        if doc.tokens[q] not in doc.vocab.passive_auxiliaries and doc.tokens[q] not in _AUXILIARIES:
            return False
    return False


def _speakers_act(doc: Document, t: Trigger, clause, first_of: dict[int, Trigger]) -> bool:
    """Is ``t`` what a speaker says they did: what they say opens with their pronoun as the
    subject of its first happening word ("said it struck", ``إنه قصف``), and ``t`` is that
    word or told after it in the clause with no "that" between ("said it struck four air
    bases with drones": the drones too)?"""
    if not _speaker_subject(doc, clause):
        return False  # (the pronoun opens what is said: not "… when he detonated his vest")
    first = first_of.get(clause.start)
    if first is None or first.start > t.start or not _pronoun_subject(doc, first):
        return False
    comps = clause_words(doc.lang).complementizers
    return not any(doc.tokens[q] in comps for q in range(first.j, t.i))


#: Words between a subject pronoun and its verb: tense auxiliaries of both languages.
_AUXILIARIES = W.EN_SUBJECT_AUXILIARIES | frozenset(normalize_word(w) for w in W.AR_SUBJECT_AUXILIARIES)


def _speaker_before(actors: list, start: int, sentence_start: int):
    """The actor named last before offset ``start`` in its sentence (who speaks before
    what they say), or ``None``."""
    before = [m for m in actors if sentence_start <= m.start and m.end <= start]
    return before[-1].actor if before else None


#: How long before publication a group's deed told in a relative clause about it must be
#: dated to be set aside from the news for good (as two happenings dated this far apart
#: are; :data:`timeline.events.pairs._YEARS_APART`).
_LONG_BEFORE = timedelta(days=180)


_DESCRIBED_KINDS = frozenset({"rebel_group", "political_militia", "identity_militia", "organisation", "external"})


def _actor_relatives(doc: Document, triggers: list[Trigger], actors: list) -> None:
    """A happening told right after a relative pronoun whose antecedent is an armed
    group's or an organisation's name (the language's ``actor_relatives``: "ISIS, which
    seized Mosul in 2014", "تنظيم داعش الذي سيطر على الموصل عام 2014") is what that actor
    did before, a description, not the news: subordinate, as a happening brought in by
    "after" is."""
    # (an armed group's or an organisation's: a person's "who was shot" is often the
    # news itself, a victim described by it)
    ends = {a.end for a in actors if a.actor.kind in _DESCRIBED_KINDS}
    toks, norm_ends = doc.tokens, doc.ends
    for t in triggers:
        if t.role not in ("happening", "outcome") or t.subordinate:
            continue
        k = t.i - 1
        if k < 0 or toks[k] not in doc.vocab.actor_relatives:
            continue
        q = k - 1
        if q >= 0 and toks[q] in (",", "،"):
            q -= 1
        if q >= 0 and doc.sentence_of[q] == t.sentence and norm_ends[q] in ends:
            t.subordinate = True
            iv = t.time.interval if t.time is not None and t.time_basis == "explicit" else None
            if iv is not None and doc.published is not None \
                    and doc.published.replace(tzinfo=None) - iv.end.replace(tzinfo=None) > _LONG_BEFORE:
                t.aside = True  # "… الذي سيطر على الموصل عام 2014": no part of today's news


def attach_arguments(doc: Document, triggers: list[Trigger]) -> None:
    """Give each asserted or planned trigger its places, actors, roles and casualty
    figures (see the module docstring)."""
    from .actors import actor_roles, find_actors, localize
    from .casualties import find_casualties

    live = [t for t in triggers if t.modality in ("asserted", "planned")]
    if not live:
        return
    norm, lang = doc.norm, doc.lang
    actors = [a for a in find_actors(norm, lang) if not doc.in_name(a.start, a.end)]  # ("Operation Desert Storm")
    # a name that is a person's is not a town ("Marshall", "Elizabeth", "Jamil")
    persons = [(a.start, a.end) for a in actors if a.actor.kind == "person"]
    person_at = _Spans(persons, lambda x: x[0])
    named = [p for p in doc.places() if not any(s < p.end and p.start < e for s, e in person_at.overlapping(p.start, p.end))]
    located = [p for p in named if _locative(doc, p)]
    located_at = _Spans([p for p in located if p.start > 2], lambda p: p.start)
    named_ends = {doc.token_at(p.end - 1) for p in named}
    actors = [a for a in actors if not _told_as_where(doc, a, located_at, named_ends)]
    datelines = [p for p in located if _dateline(doc, p)]
    doc.datelines = datelines
    # where the outlet signing the headline is ("... - WFSB 3 Connecticut") is not where
    # anything happened: like a dateline, it is the place of what names no other (and an
    # event's places rank it after those its text names: extract._places)
    sign_start, sign_end = doc.outlet_tail()
    signed = [p for p in located if sign_start <= p.start < sign_end and not any(p is d for d in datelines)]
    places = [p for p in located if not any(p is d for d in datelines) and not any(p is d for d in signed)]
    datelines = sorted(datelines + signed, key=lambda p: p.start)
    actors = localize(actors, [(p.start, p.place.country) for p in named if p.place.country], doc.sentence_at)
    _actor_relatives(doc, live, actors)
    figures = find_casualties(norm, lang, times=doc.time_spans)
    # (each trigger takes what lies in its clause or sentence: found by bisection, so a
    # long text of many triggers and names stays linear)
    place_at, dateline_at = _Spans(places, lambda p: p.start), _Spans(datelines, lambda p: p.start)
    actor_at, figure_at = _Spans(actors, lambda a: a.start), _Spans(figures, lambda c: c.start)
    spoken: dict[tuple[int, int], tuple[int, str]] = {}  # clause -> (speech word, reporting speaker)
    first_of: dict[int, Trigger] = {}  # clause start -> its first word naming a happening
    next_told: dict[int, int] = {}  # a speech word -> where the next word of its sentence naming a happening starts
    pending: list[Trigger] = []
    for t in sorted(live, key=lambda x: x.start):
        if t.role == "happening":
            first_of.setdefault(doc.clause_at(t.start).start, t)
        if t.role == "statement":
            pending.append(t)
        elif t.role in ("happening", "outcome"):
            for p in pending:
                if p.sentence == t.sentence:
                    next_told[id(p)] = t.start
            pending = []
    for t in live:
        clause = doc.clause_at(t.start)
        ss, se = doc.sentences[t.sentence]
        in_clause = place_at.closest(clause.start, clause.end, t.start)
        t.places = in_clause or place_at.closest(ss, se, t.start)
        if not t.places:
            t.places = dateline_at.starting(ss, se)
            t.dateline = bool(t.places)
        mine = actor_at.closest(ss, se, t.start)
        t.actors = mine
        if mine and t.role == "statement" and id(t) in next_told:
            # who speaks is named before what they tell: not an actor after a word naming
            # a happening that follows the speech word ("أفادت مصادر محلية بمقتل سبعة
            # مدنيين": the civilians were killed, they did not speak)
            mine = [m for m in mine if m.start < next_told[id(t)]]
        if mine:
            said = spoken.get((clause.start, clause.end)) if t.role != "statement" else None
            if said is not None and said[0] < t.start and t.family in _REPORTED_FAMILIES:
                # "أعلنت وزارة الصحة مقتل 12 شخصا", "the ministry reported the deaths of":
                # a body that reports (a ministry, a monitor, an agency), not a force, is
                # not the doer of the killing it announces
                mine = [m for m in mine if m.actor.id != said[1]]
            a1, a2 = actor_roles(norm, lang, (t.start, t.end), (clause.start, clause.end), mine) \
                if mine else (None, None)
            if a1 is None and a2 is None and (clause.start, clause.end) != (ss, se):
                pool = mine
                if t.role == "statement":
                    # who spoke is never named inside what was said ("قالت الوزارة في
                    # بيانها إن سليماني …": not Soleimani; "he said the army fired": not
                    # the army), nor in a phrase bringing in what came before ("After a
                    # meeting with Smith, the pastor said": not Smith)
                    content = [(c.start, c.end) for c in doc.clauses_of(t.sentence)
                               if c.report_of is not None or (c.prior and c is not clause)]
                    pool = [m for m in mine if not any(cs <= m.start < ce for cs, ce in content)]
                elif clause.report_of is not None and not _speaker_subject(doc, clause):
                    # nor is who speaks the doer of what they report, unless what they
                    # say opens with their pronoun ("officials said gunmen attacked",
                    # "زعم المسؤولون بأن المطار استخدم لقصف": not the officials; "the army
                    # said it shelled", "قال الجيش إنه قصف": the army)
                    pool = [m for m in mine if clause.start <= m.start < clause.end]
                if pool:
                    a1, a2 = actor_roles(norm, lang, (t.start, t.end), (ss, se), pool)
            if t.role == "happening" and clause.report_of is not None and _speakers_act(doc, t, clause, first_of):
                # "Ukraine said it struck four Russian air bases", "قال الجيش إنه قصف مواقع":
                # the speaker's pronoun is the verb's subject, the speaker its doer
                speaker = _speaker_before(mine, clause.start, ss)
                if speaker is not None and (a1 is None or a1.id != speaker.id):
                    other = a2 if a2 is not None and a2.id != speaker.id else a1
                    a1, a2 = speaker, (other if other is not None and other.id != speaker.id else None)
            t.actor1, t.actor2 = a1, a2
            if t.role == "statement" and a1 is not None and (a1.kind in _REPORTERS or t.type in _NOT_BY_SPEAKER):
                spoken.setdefault((clause.start, clause.end), (t.start, a1.id))
        t.casualties = figure_at.closest(ss, se, t.start)
    _participles_speak_for_subject(doc, live)


def _participles_speak_for_subject(doc: Document, triggers: list[Trigger]) -> None:
    """A speech participle ("Hezbollah fired rockets at an army post, saying …") is said
    by the doer of the act it hangs on, not by the actor named nearest before it."""
    last: Optional[Trigger] = None
    for t in triggers:
        if t.role == "statement" and last is not None and last.sentence == t.sentence \
                and last.actor1 is not None and speech_participle(doc, t):
            t.actor1 = last.actor1
            if t.actor2 is not None and t.actor2.id == last.actor1.id:
                t.actor2 = None
        elif t.role != "statement":
            last = t
