"""Expectations on the seed chronology (issue 12), shared by the tests and the benchmarks.

Each happening is located by the trigger words that name it in a given article, inside a
sentence holding a given phrase; the checks then say which articles report it, what kind
of event it is and when it is dated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

import timeline


def find_event(chron: timeline.Chronology, article: str, needle: str, trigger: str,
               kind: Optional[str] = None) -> Optional[timeline.Event]:
    """The event holding a mention of ``article`` (id prefix) whose trigger contains
    ``trigger`` and whose sentence contains ``needle``."""
    for e in chron.all_events:
        for m in e.mentions:
            if m.article_id.startswith(article) and trigger in m.trigger and needle in m.sentence \
                    and (kind is None or e.kind == kind):
                return e
    return None


def articles_of(e: Optional[timeline.Event]) -> set[str]:
    return {s.article_id[:3] for s in e.sources} if e is not None else set()


def _within(e: Optional[timeline.Event], start: str, end: str) -> bool:
    """Is the event dated inside ``[start, end)`` (ISO dates)?"""
    if e is None or e.interval is None:
        return False
    return datetime.fromisoformat(start) <= e.interval.start.replace(tzinfo=None) \
        and e.interval.end.replace(tzinfo=None) <= datetime.fromisoformat(end)


def _dated_in(e: timeline.Event, year: int) -> bool:
    return any(m.time is not None and m.time.interval is not None and m.time_basis == "explicit"
               and m.time.interval.start.year == year for m in e.mentions)


def checks(chron: timeline.Chronology) -> dict[str, bool]:
    """The seed chronology of issue 12, each item True when it holds."""
    palmyra = {k: find_event(chron, k, n, t) for k, n, t in (
        ("000", "قتل في الهجوم الداعشي", "الهجوم"),
        ("001", "منفذ الهجوم الذي استهدف دورية", "الهجوم"),
        ("002", "رداً مباشراً على الهجوم", "الهجوم"),
        ("003", "بالانتقام لمقتل جنديين", "هجوم"))}
    raid = {k: find_event(chron, k, n, t) for k, n, t in (
        ("000", "تمت المداهمة", "المداهمة"),
        ("001", "عملية إنزال جوي", "إنزال"))}
    wave = {k: find_event(chron, k, n, t) for k, n, t in (
        ("000", "القوات الأميركية بدأت عملية عين الصقر", "عملية"),
        ("001", "التحالف الدولي أطلق", "أطلق"),
        ("002", "بدأت القوات الأمريكية تنفيذ ضربة", "ضربة"),
        ("003", "شرعت يوم الجمعة في عملية", "ضربة"))}
    hegseth = {k: find_event(chron, k, n, t, kind="statement") for k, n, t in (
        ("000", "هيغسيث اعلن", "اعلن"),
        ("002", "وأعلن وزير الحرب الأمريكي بيت هيغسيث", "أعلن"),
        ("003", "أعلن وزير الدفاع الأمريكي", "أعلن"))}
    trump = {k: find_event(chron, k, n, t, kind="statement") for k, n, t in (
        ("000", "ادانها الرئيس الاميركي", "ادان"),
        ("003", "لوعد الرئيس دونالد ترامب", "لوعد"))}
    homs = find_event(chron, "001", "وفي 14 من ديسمبر الجاري", "عملية")
    seizure = {k: find_event(chron, k, n, t) for k, n, t in (
        ("001", "عام 2014", "سيطر"), ("004", "في عام 2014", "اجتاح"))}
    assad = {k: find_event(chron, k, n, t) for k, n, t in (
        ("000", "بعد انهيار حكومة الأسد", "انهيار"), ("004", "8 ديسمبر", "أطاح"))}
    centcom = find_event(chron, "004", "في 19 ديسمبر/كانون الأول، نفذت", "ضربة")
    troops = {k: find_event(chron, k, n, t) for k, n, t in (
        ("000", "قرار تقليص القوات", "تقليص"), ("003", "إلى النصف", "تخفض"))}

    def one(events: dict[str, Optional[timeline.Event]], articles: set[str]) -> bool:
        first = next(iter(events.values()))
        return first is not None and all(e is first for e in events.values()) \
            and articles <= articles_of(first)

    p0 = palmyra["000"]
    r0 = raid["000"]
    w0 = wave["000"]
    return {
        "the palmyra attack is one event of 000-003": one(palmyra, {"000", "001", "002", "003"}),
        "the palmyra attack is dated 2025-12-13": _within(p0, "2025-12-13", "2025-12-14"),
        "the maadan raid is one event of 000 and 001": one(raid, {"000", "001"}),
        "the maadan raid is dated 2025-12-18": _within(r0, "2025-12-18", "2025-12-19"),
        "the hawkeye strike wave is one event of all four": one(wave, {"000", "001", "002", "003"}),
        "the strike wave is dated 2025-12-19 to the early 20th": _within(w0, "2025-12-19", "2025-12-20T12:00"),
        "raid, wave and attack are three events": None not in (p0, r0, w0) and len({id(p0), id(r0), id(w0)}) == 3,
        "hegseth's announcement is one statement of 000, 002, 003": one(hegseth, {"000", "002", "003"}),
        "trump's condemnation and vow are one statement of 000 and 003": one(trump, {"000", "003"}),
        "the homs countryside operation is dated 2025-12-14": _within(homs, "2025-12-14", "2025-12-15")
        and homs is not p0,
        "the 2014 seizure is one event of 001 and 004": one(seizure, {"001", "004"})
        and _within(seizure["001"], "2014-01-01", "2015-01-01"),
        "the fall of assad is one event of 000 and 004, 2024-12-08": one(assad, {"000", "004"})
        and _within(assad["004"], "2024-12-08", "2024-12-09"),
        "the centcom strike of 2024-12-19 stands apart": _within(centcom, "2024-12-19", "2024-12-20")
        and articles_of(centcom) == {"004"},
        "the halving of us troops is one event of 000 and 003": one(troops, {"000", "003"}),
        "no event mixes dated reports of 2024 and 2025": all(
            not (_dated_in(e, 2024) and _dated_in(e, 2025)) for e in chron.all_events),
    }
