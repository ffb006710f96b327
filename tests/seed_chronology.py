"""Expectations on the seed chronology (shared by tests and the tuning script)."""

from __future__ import annotations

from typing import Callable, Optional

import timeline


def find_event(chron: timeline.Chronology, article: str, *needles: str,
               kind: Optional[str] = None) -> Optional[timeline.Event]:
    """The event holding the shortest mention of ``article`` (id prefix) whose text contains
    all needles (a nested report is shorter than the clause around it)."""
    best: Optional[tuple[int, timeline.Event]] = None
    for e in chron.all_events:
        for m in e.mentions:
            if m.article_id.startswith(article) and all(n in m.text for n in needles) \
                    and (kind is None or m.kind == kind) and (best is None or len(m.text) < best[0]):
                best = (len(m.text), e)
    return best[1] if best is not None else None


def articles_of(e: Optional[timeline.Event]) -> set[str]:
    return {s.article_id[:3] for s in e.sources} if e is not None else set()


def _dated_in(e: timeline.Event, year: int) -> bool:
    return any(m.time is not None and m.time.interval is not None and m.time_basis != "reported"
               and m.time.interval.start.year == year for m in e.mentions)


def checks(chron: timeline.Chronology) -> dict[str, bool]:
    """The seed examples of issue 3, each True when it holds."""
    palmyra = find_event(chron, "002", "الهجوم الذي استهدف القوات الأمريكية في 13 كانون الأول")
    palmyra_000 = find_event(chron, "000", "قتل في الهجوم الداعشي")
    palmyra_001 = find_event(chron, "001", "منفذ الهجوم الذي استهدف دورية")
    raid = find_event(chron, "001", "معدان", "18 ديسمبر")
    raid_000 = find_event(chron, "000", "المداهمة")
    wave = find_event(chron, "003", "شرعت يوم الجمعة في عملية")
    wave_001 = find_event(chron, "001", "التحالف الدولي أطلق صواريخ")
    wave_002 = find_event(chron, "002", "بدأت القوات الأمريكية تنفيذ ضربة واسعة النطاق")
    hegseth = find_event(chron, "003", "أعلن وزير الدفاع", kind="statement")
    seizure = find_event(chron, "004", "في عام 2014")
    seizure_001 = find_event(chron, "001", "عام 2014")
    centcom = find_event(chron, "004", "في 19 ديسمبر/كانون الأول، نفذت")
    assad = find_event(chron, "004", "8 ديسمبر/كانون الأول")
    out = {
        "palmyra is one event from 000-003": palmyra is not None and articles_of(palmyra) == {"000", "001", "002", "003"}
        and palmyra is palmyra_000 and palmyra is palmyra_001,
        "palmyra is dated 2025-12-13": palmyra is not None and palmyra.value == "2025-12-13",
        "maadan raid is one event of 000 and 001": raid is not None and raid is raid_000
        and articles_of(raid) == {"000", "001"},
        "maadan raid is dated 2025-12-18": raid is not None and (raid.value or "").startswith("2025-12-18"),
        "the strike wave is one event of all four": wave is not None and wave is wave_001 and wave is wave_002
        and articles_of(wave) == {"000", "001", "002", "003"},
        "the strike wave is dated 2025-12-19": wave is not None and (wave.value or "").startswith("2025-12-19"),
        "raid and wave are apart": raid is not None and raid is not wave,
        "hegseth's announcement: 000, 002, 003": hegseth is not None and articles_of(hegseth) == {"000", "002", "003"},
        "the 2014 seizure is one event of 001 and 004": seizure is not None and seizure is seizure_001
        and seizure.value == "2014",
        "centcom strike of 2024-12-19 stands apart": centcom is not None and centcom.value == "2024-12-19"
        and articles_of(centcom) == {"004"},
        "fall of assad 2024-12-08 stands apart": assad is not None and assad.value == "2024-12-08"
        and "004" in articles_of(assad) and not _dated_in(assad, 2025),
        "no event mixes dated reports of 2024 and 2025": all(
            not (_dated_in(e, 2024) and _dated_in(e, 2025)) for e in chron.all_events),
    }
    return out
