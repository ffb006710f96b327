"""Infer an article's publication date from its dateline or header.

News pages carry their date in a handful of places: a dateline before the first
sentence (``دمشق 20 ديسمبر 2025 (شينخوا)``), a site stamp (``صنارة نيوز - 20/12/2025 -
1:34 am``), a header line (``السبت 20 كانون الأول``, ``Updated April 13, 2024 at 11:11 PM
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

__all__ = ["PublishedDate", "infer_published"]

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
    """
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
    best: Optional[tuple[float, int, PublishedDate]] = None
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
            best = (score, s, cand_pd)
    return best[2] if best else None
