"""Calendar dates: the units that read a day, a month, a year or a feast.

A date in digits (``18/12/2025``, ``1397/12/12 هـ.ش``, ``2024-03-16T00:42``:
:meth:`u_numdate`), a day and month in words (``الثامن عشر من كانون الأول/ ديسمبر``,
"April 7, 2017", "last March": :meth:`u_date`), a year after its cue (``عام 2014``, "in
1989", "fiscal 1989", "1961-62": :meth:`u_year`), a bare day of month ("the 18th",
``الـ18 من الشهر الجاري``: :meth:`u_dom`) and a feast (``عيد الأضحى``, "last Thanksgiving":
:meth:`u_holiday`).  The clock of an ISO timestamp is read by ``clock_digits``
(:mod:`.clock`).
"""

from __future__ import annotations

from typing import Optional

from ..frames import Frame
from .reading import UnitResult, _Reading

__all__: list[str] = []

_EN_AFTER_DOM = frozenset({"of", "at", "in", "and", "when", "as", "after", "before", "to", "or",
                           "but", "with", "for"})


class _DateUnits(_Reading):
    """The units of calendar dates."""

    def shared_month(self, day: int, k: int) -> Optional[dict[str, object]]:
        """The month (and year) a day number at ``k``'s left shares with the later day
        joined to it by "and", "to" or a dash: "بين 10 و15 كانون الأول", "من 10 إلى 15
        ديسمبر 2024", "10-15 ديسمبر" (day first)."""
        if not (self.has(k, "range_to") or self.has(k, "year_and") or self.punct(k, "-")):
            return None
        r2 = self.day_number(k + 1)
        if r2 is None or not day < r2[0] <= 31:
            return None
        j = r2[1] + 1 if self.has(r2[1], "of") else r2[1]
        mo = self.month(j)
        if mo is None:
            return None
        m, cal, j, inner = mo
        fields: dict[str, object] = {"d": day, "m": m, "cal": cal}
        if inner is not None:
            fields["y"] = inner
        else:
            self._apply_year(fields, self.year_part(j, cal, self.tx[j - 1].isascii())[0])
        return fields

    def u_numdate(self, i: int, f: Frame) -> UnitResult:
        if f.m is not None or f.d is not None or i >= self.n or self.tk[i] != "d":
            return None
        a = self.digits(i)
        na = self.ndigits(i)
        sep = self.txt(i + 1)
        if sep not in ("/", "-", ".") or not self.same_line(i + 1):
            return None
        mid_month = None
        if self.tk[i + 2] == "d" if i + 2 < self.n else False:
            b, nb = self.digits(i + 2), self.ndigits(i + 2)
        elif self.has(i + 2, "month") and self.lang == "ar":
            b, nb, mid_month = int(self.c(i + 2, "month")), 2, True  # type: ignore[arg-type]
        else:
            return None
        if self.txt(i + 3) != sep or self.tk[i + 4] != "d" if i + 4 < self.n else True:
            if self.ar and sep == "/" and not mid_month and na <= 2 and nb <= 2 and a is not None and b is not None \
                    and 1 <= a <= 31 and 1 <= b <= 12 and self.adjacent(i + 1) and self.adjacent(i + 2) \
                    and not self.punct(i + 3, "/-.") and (self.has(i - 1, "day_word") or f.weekday is not None):
                return {"d": a, "m": b}, i + 3  # "يوم 18/12", "السبت 20/12": day and month, no year
            return None
        c, nc = self.digits(i + 4), self.ndigits(i + 4)
        assert a is not None and b is not None and c is not None
        j = i + 5
        if not self.same_line(i + 4):
            return None
        if na == 4 and nb <= 2 and nc <= 2:
            y, m, d = a, b, c
        elif nc in (2, 4) and na <= 2 and nb <= 2:
            y = c if nc == 4 else (2000 + c if c < 50 else 1900 + c)
            if mid_month or self.ar:
                d, m = a, b
                if m > 12 and d <= 12:
                    d, m = m, d
            elif sep == "/":  # English with slashes: month first (US) unless impossible
                m, d = a, b
                if m > 12 and d <= 12:
                    d, m = m, d
            else:  # "09-03-2021", "09.03.2021": day first, as outside the US
                d, m = a, b
                if m > 12 and d <= 12:
                    d, m = m, d
        else:
            return None
        if sep == "." and nc != 4 and na != 4:
            return None
        if not (1 <= m <= 12 and 1 <= d <= 31 and 1000 <= y <= 2999):
            return None
        out: dict[str, object] = {"y": y, "m": m, "d": d, "cal": "g"}
        if self.has(j, "solar_mark"):
            out["cal"] = "p"  # "1397/12/12 هـ.ش": the Persian (solar Hijri) calendar
            j += 1
        elif self.has(j, "hijri_mark"):
            out["cal"] = "h"
            j += 1
        elif self.has(j, "ad_mark") and not self.has(j, "pod_adv"):
            j += 1
        elif 1300 <= y <= 1500:
            # a year of either Hijri calendar: the resolver takes the reading that lands
            # nearer the publication date (lunar 1446 and solar 1403 are both 2024-25)
            out["cal"] = "hp" if na == 4 else "h"
        # ISO timestamp "2024-03-16T00:42"
        if self.txt(j) == "t" and self.adjacent(j) and self.ndigits(j + 1) == 2 and self.punct(j + 2, ":"):
            r = self.clock_digits(j + 1)
            if r:
                out.update(hour=r[0], minute=r[1])
                if r[3] is not None:
                    out["sec"] = r[3]
                j = r[2]
        return out, j

    def u_date(self, i: int, f: Frame) -> UnitResult:
        if f.m is not None and f.equiv is None:
            return None
        j = i
        if self.lang == "en" and self.has(j, "the") and (self.digits(j + 1) is not None or (
                self.has(j + 1, "ord") and self.txt(j + 2) == "of" and self.month(j + 3) is not None)):
            j += 1  # "the 18th of December", "the Fourth of July"
        if self.has(j, "day_word") and not self.has(j + 1, "weekday", "dayrel"):
            j += 1  # "يوم 26 أكتوبر"
        # day first: "18 ديسمبر", "الثامن عشر من كانون الأول", "the 18th of December"
        day = None
        dr = None
        if f.pod == "MIDNIGHT" and self.digits(j) is not None and self.punct(j + 1, "-") \
                and self.digits(j + 2) is not None:
            a, b = self.digits(j), self.digits(j + 2)
            if a is not None and b is not None and 1 <= a <= 31 and b == a + 1:
                dr = (b, j + 3)
        elif f.pod == "TNI" and self.digits(j) is not None and self.punct(j + 1, "-/") \
                and self.digits(j + 2) is not None:
            a, b = self.digits(j), self.digits(j + 2)
            if a is not None and b is not None and 1 <= a <= 30 and b == a + 1 and self.month(j + 3):
                dr = (a, j + 3)  # "ليلة 13-14 نيسان": the night that starts on the 13th
        r = dr or self.day_number(j)
        if r is not None and self.ar and j == i and self.digits(j) is None and i > 0 \
                and ((self.has(i - 1, "unit") and self.c(i - 1, "unit")[0] in ("week", "month", "year", "weekend"))  # type: ignore[index]
                     or self.has(i - 1, "half")):
            r = None  # "الأسبوع الأول من نيسان", "النصف الثاني من نيسان": not a day of April
        if r is not None:
            day, k = r
            if self.has(k, "of") or (self.lang == "en" and self.txt(k) == "of"):
                k += 1
            elif self.punct(k, ",،") and self.same_line(k + 1):
                # "07, مارس 2019", "3rd, March 2019": day, comma, month and year
                mo = self.month(k + 1)
                if mo is not None and self.year_number(mo[2] if not self.punct(mo[2], ",") else mo[2] + 1):
                    k += 1
            mo = self.month(k)
            if mo is None and dr is None:
                shared = self.shared_month(day, k)
                if shared is not None:
                    return shared, k  # "بين 10 و15 كانون الأول": the 10th of that month
            if mo is not None:
                m, cal, k, inner = mo
                fields: dict[str, object] = {"d": day, "m": m, "cal": cal}
                if dr is not None and f.pod == "MIDNIGHT":
                    fields["midnight_next"] = True
                if inner is not None:
                    fields["y"] = inner
                else:
                    yp, k = self.year_part(k, cal, self.tx[k - 1].isascii())
                    self._apply_year(fields, yp)
                return fields, k
            if f.m is None and self.has(j, "first_day"):
                return None
        # "last March", "next February", "the following February" (after the narrative's month)
        if self.lang == "en" and f.m is None:
            k = j + 1 if self.has(j, "the") else j
            if self.has(k, "rel_pre") and (k == j or self.has(k, "anaph")):
                mo = self.month(k + 1)
                if mo is not None and mo[1] == "g" and not self.digits(mo[2]):
                    out: dict[str, object] = {"m": mo[0], "cal": "g", "month_rel": self.c(k, "rel_pre")}
                    if k > j:  # "the following February": relative to the narrative
                        out["uanaph"] = True
                    return out, mo[2]
        # month first: "April 7, 2017", "December 2024", "Aug. 14"
        mo = self.month(j)
        if mo is None:
            return None
        m, cal, k, inner = mo
        fields = {"m": m, "cal": cal}
        if inner is not None:
            fields["y"] = inner
            return fields, k
        if self.lang == "en" or self.tx[j].isascii():
            dn = self.day_number(k)
            if dn is not None and self.digits(k) is not None or (dn and self.has(k, "ord")):
                assert dn is not None
                if self.year_number(k) is None:
                    fields["d"] = dn[0]
                    k = dn[1]
        yp, k2 = self.year_part(k, cal, self.tx[j].isascii())
        self._apply_year(fields, yp)
        if "d" not in fields and "y" not in fields and "month_rel" not in fields:
            # a month alone needs a cue: "في نيسان/ابريل", "in March", "mid-December"
            paired = k > j + 1 and self.tk[j + 1] == "p"
            if not (paired or f.posmod is not None or f.m is not None
                    or self.has(i - 1, "month_cue") or self.has(j, "month_word")
                    or (self.has(j, "plain_month") and self.digits(k) is None)  # ("December 99": no date)
                    or (self.has(k2, "of") and self.has(k2 + 1, "unit"))):
                return None
        return fields, k2

    @staticmethod
    def _apply_year(fields: dict[str, object], yp: dict[str, object]) -> None:
        mark = yp.pop("cal_mark", None)
        fields.update(yp)
        if mark is not None and mark != fields.get("cal"):
            if mark == "h" and fields.get("cal") == "g":
                fields["calendar_mismatch"] = True
        fields.pop("calendar_mismatch", None)

    def u_year(self, i: int, f: Frame) -> UnitResult:
        if f.y is not None:
            return None
        j = i
        cue = False
        if self.has(j, "fiscal") and self.year_number(j + 1):
            j += 1  # "fiscal 1989": the fiscal year is named by its year
            cue = True
        if self.lang == "en" and self.has(j, "the") and self.has(j + 1, "year_word") and self.year_number(j + 2):
            j += 1  # "the year 2000"
        if self.has(j, "year_word") and self.year_number(j + 1):
            j += 1
            cue = True
        y = self.year_number(j)
        if y is not None and self.tk[j] != "d":
            cue = True  # "nineteen ninety-six" cannot be anything but a year
        if y is None:
            span_end = self._year_span_end(j)
            if span_end is not None:
                return {"y": span_end, "year_only": True}, j + 1  # the "62" of "1961-62"
            return None
        year, k = y
        if not cue and self._in_digit_chain(j):
            return None  # "call 818-374-1934", "case 2016-1934-22": a number, no year
        if self.punct(k, "-/") and self.adjacent(k) and self.ndigits(k + 1) == 2 \
                and self.adjacent(k + 1) and self._year_span_end(k + 1) is not None:
            cue = True  # "1961-62": two years, the second read on its own
        if self._year_pair(k - 1):
            cue = True  # "2011-2013": two years
        out: dict[str, object] = {"y": year, "year_only": True}
        if self.has(k, "hijri_mark"):
            out["cal"] = "h"
            k += 1
            cue = True
        elif self.has(k, "ad_mark"):
            k += 1
            cue = True
        if self.punct(k, "/") and self.year_number(k + 1) and self.digits(k + 1) == year + 1:
            k += 2  # "2019/ 2020" season
            cue = True
        if f.month_rel is not None:
            return None
        if self.ar and f.m is not None and self.punct(i - 1, ",،"):
            return None  # Arabic writes no comma between month and year
        if not cue and not 1800 <= year <= 2199:
            return None
        if not cue and f.posmod is None and f.season is None and f.holiday is None \
                and f.m is None and f.quarter is None and f.half is None:
            if not (self.has(i - 1, "year_cue") or self._year_modifier(i, k)
                    or (self.has(i - 1, "year_and") and self.year_number(i - 2) is not None)
                    or self._year_pair(i - 2)):  # "عام 2014-2015"
                return None
            if self.has(k, "unit") or self.punct(k, "%") or self.has(i - 1, "approx"):
                return None
            if self.punct(i - 1, "$€£©"):
                return None
        if self.lang == "en" and self.txt(k) == "s" and self.adjacent(k):
            return None  # "1990s" is a decade
        if self.has(k, "not_year_after"):
            return None  # "the 1800 block of West McCormick": an address
        return out, k

    def _year_pair(self, i: int) -> bool:
        """Are the digits at ``i`` a year glued by a hyphen to a later year ("2011-2013",
        ``2014-2015``), not part of a longer chain of numbers?"""
        if i < 0 or i + 2 >= self.n or self.tk[i] != "d" or self.tk[i + 2] != "d":
            return False
        a, b = self.year_number(i), self.year_number(i + 2)
        return a is not None and b is not None and a[0] < b[0] and self.punct(i + 1, "-–") \
            and self.adjacent(i + 1) and self.adjacent(i + 2) and not self._in_digit_chain(i)

    def _in_digit_chain(self, i: int) -> bool:
        """Is the number at ``i`` one group of digit groups glued by hyphens (a telephone
        number "818-374-1934" or "555-1990", a case number "2016-1934-22") other than a
        span of years ("1990-1991", "1961-62")?"""
        groups = [i]
        j = i
        while self.punct(j - 1, "-") and self.adjacent(j) and self.adjacent(j - 1) and self.tk[j - 2] == "d":
            j -= 2
            groups.insert(0, j)
        j = i
        while self.punct(j + 1, "-") and self.adjacent(j + 1) and self.adjacent(j + 2) and self.tk[j + 2] == "d":
            j += 2
            groups.append(j)
        if len(groups) == 1:
            return False
        if len(groups) == 2 and self.ndigits(groups[0]) == 4 and self.ndigits(groups[1]) in (2, 4):
            return False
        return True

    def _year_span_end(self, i: int) -> Optional[int]:
        """The year of the two digits at ``i`` that close a span of years ("1961-62")."""
        if self.ndigits(i) != 2 or not (self.punct(i - 1, "-/") and self.adjacent(i)
                                        and self.adjacent(i - 1)):
            return None
        first = self.year_number(i - 2)
        if first is None or self.punct(i - 3, "-/") or self.punct(i + 1, "-/"):
            return None
        year = first[0] // 100 * 100 + int(self.tx[i])
        if year <= first[0]:
            year += 100
        return year if year - first[0] <= 10 else None

    def _possessor(self, i: int) -> bool:
        """Is token ``i`` a possessive determiner or the "'s" of a possessor ("his", "the
        firm's")?  (Articles are not: "a further 2000 jobs" counts jobs.)"""
        return i >= 0 and ((self.has(i, "year_det") and not self.has(i, "article_det"))
                           or (self.txt(i) == "s" and self.punct(i - 1, "'")))

    def _year_modifier(self, i: int, k: int) -> bool:
        """A year written as a modifier or after a weak cue (English): "his 1998 campaign",
        "the company's 1989 results", "for 1989.", "into 1990 and 1991"."""
        if self.lang != "en" or not 1900 <= (self.digits(i) or 0) <= 2099:
            return False
        noun_next = k < self.n and self.tk[k] == "w" and self.same_line(k) \
            and not self.has(k, "unit", "and", "range_to")
        if self.has(i - 1, "year_det") or (self.txt(i - 1) == "s" and self.punct(i - 2, "'")):
            return noun_next
        if noun_next and self._possessor(i - 2) and self.tk[i - 1] == "w" and self.tx[i - 1].islower() \
                and not self.ct[i - 1]:
            return True  # "his unsuccessful 1996 campaign", "the firm's weak 1989 results"
        if self.has(i - 1, "weak_year_cue"):
            return not noun_next
        return False

    def u_holiday(self, i: int, f: Frame) -> UnitResult:
        if f.holiday is not None:
            return None
        out: dict[str, object] = {}
        j = i
        if self.ar and self.has(j, "ord", "ord_construct") and self.has(j + 1, "unit") \
                and self.c(j + 1, "unit")[0] == "day" and self.has(j + 2, "holiday"):  # type: ignore[index]
            # "ثاني أيام عيد الأضحى": the second day of the feast
            n = self.c(j, "ord_construct") or self.c(j, "ord")
            out["hday"] = int(n)  # type: ignore[arg-type]
            j += 2
        if self.lang == "en" and self.has(j, "rel_pre") and self.has(j + 1, "holiday"):
            out["month_rel"] = self.c(j, "rel_pre")  # "last Thanksgiving"
            j += 1
        if not self.has(j, "holiday"):
            return None
        out["holiday"] = self.c(j, "holiday")
        if "hday" not in out and f.pod == "TEV" and self.has(i - 1, "eve"):
            out["hday"] = 0  # "عشية عيد الميلاد": the evening of the day before
        k = j + 1
        if self.ar and "month_rel" not in out and self.has(k, "rel") and self.tx[k].startswith("ال"):
            out["month_rel"] = self.c(k, "rel")  # "عيد الأضحى المقبل", "رمضان الماضي"
            k += 1
        y = self.year_number(k)
        if y:
            out["y"] = y[0]
            k = y[1]
        return out, k

    def u_dom(self, i: int, f: Frame) -> UnitResult:
        """A bare day of month: "the 18th", "الـ18", "يوم 13"."""
        if f.d is not None or f.dom is not None:
            return None
        j = i
        if self.lang == "en":
            if not self.has(j, "the"):
                return None
            j += 1
            r = self.day_number(j)
            if r is None:
                return None
            suffixed = self.has(r[1] - 1, "ordsuffix")
            if not (suffixed or self.has(j, "ord")):
                return None
            nxt = r[1]
            if nxt < self.n and self.tk[nxt] == "w" and self.txt(nxt) not in _EN_AFTER_DOM:
                return None  # "the 18th century", "the first direct action"
            if not suffixed and self.txt(i - 1) not in ("on", "of", "by", "until", "since", "from"):
                return None  # "the first" is rarely a date without "on"
            return {"dom": r[0]}, r[1]
        if self.has(j, "the") and self.adjacent(j + 1) and self.digits(j + 1) is not None:
            r = self.day_number(j + 1)
        elif self.has(j, "day_word") and self.digits(j + 1) is not None:
            whole = self.u_numdate(j + 1, f)
            if whole is not None:
                return whole  # "يوم 12/6/2025": the day word before a written date
            r = self.day_number(j + 1)
        else:
            # "13 من الشهر الجاري", "الأول من الشهر الماضي": the month named after it
            if (self.has(j - 1, "unit") and self.c(j - 1, "unit")[0] != "day") or self.has(j - 1, "half"):  # type: ignore[index]
                return None  # "الأسبوع الثاني من الشهر", "النصف الثاني من الشهر": not a day of it
            r = self.day_number(j)
            current = self._of_current_month(r, j)
            if current is not None:
                return current
            if r is None or not self.has(r[1], "of"):
                return None
            u = r[1] + 1
            if self.has(u, "rel") and self.has(u + 1, "unit") and self.c(u + 1, "unit") == ("month", "sg"):
                return {"dom": r[0], "month_rel": self.c(u, "rel")}, u + 2  # "الرابع عشر من هذا الشهر"
            if not (self.has(u, "unit") and self.c(u, "unit") == ("month", "sg")):
                return None
            if not self.has(u + 1, "rel"):
                after = self.tx[u + 1] if u + 1 < self.n else ""
                # (not "الشهر الكريم", "الشهر الفضيل": the holy month, Ramadan)
                if self.tx[u].startswith("ال") and not self.has(u + 1, "of") and not after.startswith("ال"):
                    return {"dom": r[0], "month_rel": 0}, u + 1  # "14 من الشهر": of the month the story is in
                return None
        if r is None:
            return None
        current = self._of_current_month(r, j + 1)
        if current is not None:
            return current
        k = r[1]
        # "الـ18 من الشهر الجاري": a day of month needs its month after it
        if self.has(k, "of") and self.has(k + 1, "unit") and self.c(k + 1, "unit") == ("month", "sg"):
            return {"dom": r[0]}, k
        if self.has(j, "day_word") and (k >= self.n or self.tk[k] == "p"):
            return {"dom": r[0]}, k
        return None

    def _of_current_month(self, r: Optional[tuple[int, int]], start: int) -> UnitResult:
        """Arabic "(من) الجاري" / "الحالي" right after a day number (at ``start``): that day
        of the current month, "الشهر" left out ("في 20 الجاري", "العاشر من الجاري", "يوم 12
        الحالي"); not the month of a numeric date ("13/12 الجاري")."""
        if r is None or not self.ar or self.punct(start - 1, "/-."):
            return None
        c = r[1] + (1 if self.has(r[1], "of") else 0)
        if self.has(c, "rel") and self.c(c, "rel") == 0 and self.tx[c].startswith("ال") \
                and not self.has(c + 1, "unit"):
            return {"dom": r[0], "unit": "month", "uoff": 0}, c + 1
        return None
