"""Infer an article's publication date from its dateline or header.

News pages carry their date in a handful of places: a dateline before the first
sentence (``دمشق 20 ديسمبر 2025 (شينخوا)``), a site stamp (``صنارة نيوز - 20/12/2025 -
1:34 am``), a header line (``السبت 20 كانون الأول``, ``Updated March 2, 2024 at 9:05 PM
ET``) or a footer such as an embedded tweet's date.  :func:`infer_published` scores every
absolute date in the text by where it sits and what surrounds it, and returns the best
with its evidence.

>>> p = infer_published("صنارة نيوز - 20/12/2025 - 1:34 am\\n\\nقالت مصادر ...")
>>> p.when, p.evidence
(datetime.datetime(2025, 12, 20, 1, 34), '20/12/2025 - 1:34 am')
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Optional, Union

import attrs

from .anchor import Anchor
from .errors import InputError
from .lang import detect_language, get_language
from .resolver import Context, resolve_frame
from .settings import Settings
from .tagger import tag
from .text import normalize
from .timex import Granularity

__all__ = ["PublishedDate", "infer_published", "contradicts_dateline"]

_MARKERS = ("updated", "published", "posted", "تاريخ", "نشر", "آخر تحديث", "اخر تحديث",
            "(", "—", " - ", "|", "بتاريخ")


@attrs.frozen
class PublishedDate:
    """A publication date found in a text.

    Attributes:
        when: the date (midnight when ``has_time`` is false) as local wall-clock time.
        has_time: whether a clock time was stated with it.
        evidence: the text the date was read from; ``start``/``end`` locate it.
        explanation: why this date was chosen.

    >>> p = infer_published("دمشق 20 ديسمبر 2025 (شينخوا) قتل شخصان أمس.")
    >>> p.when, p.has_time, p.evidence, (p.start, p.end)
    (datetime.datetime(2025, 12, 20, 0, 0), False, '20 ديسمبر 2025', (5, 19))
    """

    when: datetime
    has_time: bool
    evidence: str
    start: int
    end: int
    explanation: str

    @property
    def date(self) -> date:
        return self.when.date()


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le < 0 else le)


def infer_published(
    text: str,
    *,
    lang: Optional[str] = None,
    reference: Optional[Union[date, datetime]] = None,
) -> Optional[PublishedDate]:
    """The publication date stated in ``text``, with its evidence, or ``None``.

    Args:
        text: the article.
        lang: ``"ar"``/``"en"``, detected when ``None``.
        reference: latest plausible date (default: today).  A dateline without a year
            (``السبت 20 كانون الأول``) takes the latest year, not after ``reference``, in
            which that day falls on the stated weekday.

    >>> from datetime import datetime
    >>> p = infer_published("السبت 20 كانون الأول\\nقتل شخصان أمس.", reference=datetime(2026, 1, 5))
    >>> p.when.date().isoformat()
    '2025-12-20'
    >>> print(p.explanation)
    'السبت 20 كانون الأول' near the top, on a line of its own, no year: 2025 is the latest year in which 20/12 is that weekday
    >>> infer_published("Two were killed yesterday.") is None
    True
    """
    found = _best(text, lang, reference)
    return found[1] if found else None


def _best(text: str, lang: Optional[str], reference: Optional[Union[date, datetime]]
          ) -> Optional[tuple[float, PublishedDate, list[str]]]:
    """The best-scoring date of :func:`infer_published`: (score, date, why it scored)."""
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        return None
    code = get_language(lang).code if lang else detect_language(text)
    ref = reference or date.today()
    if isinstance(ref, datetime):
        ref = ref.date()
    norm = normalize(text)
    tagged = tag(norm, get_language(code))
    ctx = Context(Anchor(datetime.combine(ref, datetime.min.time())), Settings(), norm.text)
    n = len(text)
    best: Optional[tuple[float, PublishedDate, list[str]]] = None
    for t in tagged:
        f = t.frame
        if f.m is None or f.d is None or f.cal == "h" and f.second is None:
            if not (f.m is not None and f.d is not None):
                continue
        if f.cal == "h":
            continue
        s, e = norm.span(t.start, t.end)
        steps: list[str] = []
        if f.y is not None:
            res = resolve_frame(f, ctx, t.start)
            if res is None or res.interval is None or res.granularity is None:
                continue
            if res.granularity.rank > Granularity.DAY.rank:
                continue
            day = res.interval.start.date()
            if res.granularity == Granularity.PART_OF_DAY:
                day = res.day or day
        elif f.weekday is not None:
            day = None
            for y in range(ref.year, ref.year - 40, -1):
                try:
                    cand = date(y, f.m, f.d)
                except ValueError:
                    continue
                if cand <= ref and cand.isoweekday() == f.weekday:
                    day = cand
                    break
            if day is None:
                continue
            steps.append(f"no year: {day.year} is the latest year in which {f.d}/{f.m} is that weekday")
        else:
            continue
        if day > ref + timedelta(days=1):
            continue
        ls, le = _line_bounds(text, s, e)
        line = text[ls:le]
        score = 0.0
        why = []
        if s < 400 or s < n * 0.1:
            score += 3
            why.append("near the top")
        elif e > n - 300:
            score += 2
            why.append("at the end")
        if len(line.strip()) <= max(80, (e - s) + 40):
            score += 3
            why.append("on a line of its own")
        if f.hour is not None:
            score += 2
            why.append("with a clock time")
        low = line.lower()
        if any(mk in low for mk in _MARKERS):
            score += 1
            why.append("beside a source or stamp marker")
        if f.weekday is not None:
            score += 1
        score -= s / max(n, 1)  # earlier wins ties
        when = datetime(day.year, day.month, day.day)
        has_time = f.hour is not None and f.y is not None
        if has_time:
            res2 = resolve_frame(f, ctx, t.start)
            if res2 is not None and res2.interval is not None:
                when = res2.interval.start
        cand_pd = PublishedDate(when, has_time, text[s:e], s, e,
                                f"'{text[s:e]}' " + ", ".join(why + steps))
        if best is None or score > best[0]:
            best = (score, cand_pd, why)
    return best


#: A dateline is near the top of the text and stands apart: on a line of its own, beside a
#: source or stamp marker, or with a clock time.
_DATELINE_WHY = ("on a line of its own", "beside a source or stamp marker", "with a clock time")


def contradicts_dateline(text: str, published: object, *, lang: Optional[str] = None) -> Optional[str]:
    """Why ``published`` contradicts the dateline of ``text``, or ``None`` when it agrees,
    or the text has no clear dateline (a date near the top that stands apart: on a line of
    its own, beside a source marker or with a clock time).  A day either way is allowed
    (time zones).  The command line warns with this when ``--published`` disagrees.

    >>> contradicts_dateline("دمشق 20 ديسمبر 2025 (شينخوا) قتل جنديان", "2025-12-15")
    "the publication date 2025-12-15 contradicts the text's dateline '20 ديسمبر 2025' (2025-12-20)"
    >>> contradicts_dateline("دمشق 20 ديسمبر 2025 (شينخوا) قتل جنديان", "2025-12-20T23:00") is None
    True
    """
    from .anchor import parse_anchor

    given = parse_anchor(published, "published").day
    found = _best(text, lang, max(given, date.today()) + timedelta(days=1))
    if found is None:
        return None
    _, pd, why = found
    if "near the top" not in why or not any(w in why for w in _DATELINE_WHY):
        return None
    day = pd.date
    if str(day.year) not in pd.evidence and not _digits_year(pd.evidence, day.year):
        # no year in the dateline: only its day and month can contradict
        near = [abs((date(y, day.month, day.day) - given).days) for y in (given.year - 1, given.year, given.year + 1)
                if _valid(y, day.month, day.day)]
        if near and min(near) <= 1:
            return None
    elif abs((day - given).days) <= 1:
        return None
    return (f"the publication date {given.isoformat()} contradicts the text's dateline "
            f"'{pd.evidence}' ({day.isoformat()})")


def _digits_year(evidence: str, year: int) -> bool:
    """Whether ``evidence`` writes ``year`` in any digits (Eastern Arabic ٢٠٢٥ too)."""
    digits = "".join(str(int(c)) if c.isdecimal() else " " for c in evidence)
    return str(year) in digits.split()


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True
