"""Amounts of time: the units that read a duration ("three days", ``24 ساعة الماضية``,
"two years ago": :meth:`u_duration`), the Arabic "ago" before one (``قبل يومين``,
``منذ أسابيع``: :meth:`u_agoprefix`), a set ("every Monday", "weekly": :meth:`u_set`)
and a vague reference ("recently", "the future": :meth:`u_vague`); with the checks that
keep ages, rates and scores out (:meth:`is_age`, :meth:`_rate`).
"""

from __future__ import annotations

from typing import Optional

from ..frames import Frame
from .reading import _BLANK, UnitResult, _Reading
from .table import _BASE, _PRE, _STARTERS

__all__: list[str] = []

_POD_VALUES = frozenset({"TMO", "TMI", "TAF", "TEV", "TNI"})


class _DurationUnits(_Reading):
    """The units of durations, sets and vague references."""

    def is_age(self, i: int, k: int) -> bool:
        """Does the duration between tokens ``i`` and ``k`` state somebody's age?"""
        for b in range(max(0, i - 4), i):
            if self.has(b, "age"):
                return True
        if self.lang == "en":
            if self.punct(k, "-") and self.txt(k + 1) == "old":
                return True
            if self.txt(k) == "old" or self.has(k, "age") and self.txt(k) in ("old",):
                return True
        else:
            if self.has(k, "of") and self.has(k + 1, "age"):
                return True
        return False

    def _by_that(self, i: int, unit_tok: int) -> bool:
        """Is the Arabic unit at ``unit_tok`` (the span's first token ``i``) the span "by
        which" something came before or after what was told ("قبل ذلك بيوم", "بعد ذلك
        بساعات"): ``ب`` on the unit, after "ذلك" after a before/after word?"""
        if not self.ar or unit_tok != i or i < 2 or self.E[i - 1][_BASE] != "ذلك":
            return False
        pre = self.E[unit_tok][_PRE]
        return bool(pre) and self.tx[unit_tok][pre - 1] == "ب" and self.has(i - 2, "ago", "after")

    def u_duration(self, i: int, f: Frame) -> UnitResult:
        if f.qty is not None or (set(f.filled()) - {"approx", "ago", "every", "since_"}):
            return None
        if i >= self.n:
            return None
        if self.tk[i] == "d" and self.punct(i - 1, "/:.") and self.adjacent(i) and self.adjacent(i - 1) \
                and i > 1 and self.tk[i - 2] == "d":
            return None  # the "1" of a score "3/1", the "5" of "2.5": no count of the unit after it
        j = i
        approx = None
        while self.has(j, "approx", "dur_mod"):
            approx = approx or self.has(j, "approx") or None
            j += 1
        if self.lang == "en" and j == i and self.has(j, "the"):
            # "the first nine months", "the six months": the article is in the span
            k = j + 1 + (1 if self.has(j + 1, "dur_det") else 0)
            nr = self.number(k, ordinal_ok=False)
            if nr is not None and nr[0] != 1 and self.has(nr[1], "unit"):
                j = k
        qty: object = None
        k = j
        if self.has(k, "half") and self.has(k + 1, "unit"):
            qty, k = 0.5, k + 1
        elif self.has(k, "quant") and self.has(k + 1, "unit"):
            qty, k = "X", k + 1
        else:
            nr = self.number(k, ordinal_ok=False)
            if nr is not None:
                qty, k = nr[0], nr[1]
                if nr[2] == "digits" and self.ndigits(j) > 4:
                    return None
                part = self._fraction(k) if nr[2] == "digits" else None
                if part is None and self.lang == "en" and self.txt(k) == "and" and self.txt(k + 1) == "a" \
                        and self.txt(k + 2) == "half" and self.has(k + 3, "unit"):
                    part = (0.5, k + 3)  # "two and a half years"
                if part is not None:
                    qty, k = qty + part[0], part[1]
                if self.has(j, "indefinite") and self.txt(k) == "second":
                    return None  # "a second explosion"
                if self.lang == "en" and self.punct(k, "-") and self.has(k + 1, "unit"):
                    k += 1
                if self.has(k, "dur_adj") and self.has(k + 1, "unit"):
                    k += 1  # "three consecutive months", "two more weeks"
            elif self.ar and self.has(k, "tens") and self.E[k][_BASE].startswith("ال"):
                qty, k = int(self.c(k, "tens")), k + 1  # type: ignore[arg-type]
        if not self.has(k, "unit"):
            return None
        unit, num = self.c(k, "unit")  # type: ignore[misc]
        if unit == "quarter":
            return None
        hyphened = self.punct(k + 1, "-") and self.adjacent(k + 1) and self.adjacent(k + 2) and self.has(k + 2, "unit_long")
        if qty is not None and self.has(j, "indefinite") and (num == "pl" or hyphened):
            return None  # "a months-long siege", "a day-long meeting": the article is the noun's
        if num == "sg" and k > j and not self.punct(k - 1, "-") and self.has(k - 1, "quant", "count_of"):
            return None  # "several dozen weekend shooting victims": the count is of what follows
        unit_tok = k
        k += 1
        if qty is None and hyphened:
            qty, k = (1 if num == "sg" else "X"), k + 2  # "day-long", "decades-long"
        elif hyphened:
            k += 2  # "a three-day-long visit"
        if qty is None:
            if num == "du":
                qty = 2
            elif num == "pl" and self.has(k, "quant"):
                qty, k = "X", k + 1  # "ساعات عدة"
            elif num == "pl" and self.lang == "en" and self.txt(k) in ("before", "after", "earlier", "later"):
                qty = "X"  # "minutes before the blast", "days after the vote"
            elif num == "pl" and self._by_that(i, unit_tok):
                qty = "X"  # "بعد ذلك بساعات": hours after that
            elif num == "pl" and (self.has(i - 1, "within", "after")
                                  or (self.ar and self.has(i - 1, "since") and self._ongoing_state(i - 1))
                                  or (self.ar and self.E[unit_tok][_PRE] and
                                  self.tx[unit_tok][self.E[unit_tok][_PRE] - 1] == "ل")):
                qty = "X"  # "for hours", "لساعات"
            elif num == "sg" and j > i and self.has(j - 1, "dur_mod") \
                    and not self.E[unit_tok][_BASE].startswith("ال"):
                qty = 1  # "أقل من ساعة": less than an hour
            elif num == "sg" and self.has(k, "num") and self.c(k, "num") == 1:
                qty, k = 1, k + 1  # "ساعة واحدة"
            elif num == "sg" and self.ar and self.has(i - 1, "within", "ago", "since", "after") \
                    and not self.E[unit_tok][_BASE].startswith("ال") and unit != "weekend" \
                    and (self.has(i - 1, "within", "ago", "since") or self.has(k, "of") or approx):
                qty = 1  # "لمدة سنة", "بعد مرور سنة", "بعد يوم من", "قبل أسبوع", "بعد نحو ساعة"
            elif num == "sg" and self._by_that(i, unit_tok) and not self.E[unit_tok][_BASE].startswith("ال"):
                qty = 1  # "وقبل ذلك بيوم": a day before that
            else:
                return None
        elif num == "du":
            return None
        if self.is_age(i, k):
            return None
        if qty == 1 and j == i and self.has(i, "indefinite") \
                and self.txt(k) not in ("ago", "earlier", "later", "before", "after") and self._rate(i):
            return None  # "$1.76 a year", "four flights a week": a rate, not a time
        if isinstance(qty, int) and qty == 0:
            return None
        if self.lang == "en" and isinstance(qty, int) and self.txt(k) == "and" and self.txt(k + 1) == "a" \
                and self.txt(k + 2) == "half":
            qty, k = qty + 0.5, k + 3  # "a year and a half"
        out: dict[str, object] = {"qty": qty, "dunit": unit}
        if approx:
            out["approx"] = True
        if self.ar and self.has(k, "rel") and self.c(k, "rel") in (-1, 1) and (self.c(k, "rel") == -1 or num == "du"):
            out["dur_rel"] = self.c(k, "rel")  # "24 ساعة الماضية", "الشهرين المقبلين"
            k += 1
        elif self.ar and num == "du" and self.has(k, "last_adj"):
            out["dur_rel"] = -1  # "اليومين الأخيرين"
            k += 1
        elif self.lang == "en" and self.txt(k) == "ago":
            out["ago"] = -1
            k += 1
        elif self.lang == "en" and qty == 1 and unit == "year" and self.txt(k) == "earlier":
            # "up 5% from a year earlier": a year-over-year comparison names the period
            out["ago"] = -1
            out["uanaph"] = True
            out["yoy"] = True
            k += 1
        # "a week earlier", "three days later", "two years from now", "minutes before the
        # blast": the quantity is the duration, the rest signals (TimeML)
        return out, k

    def _fraction(self, k: int) -> Optional[tuple[float, int]]:
        """The fraction after a whole number ending before token ``k``: decimals glued to
        it ("2.5 years") or a written fraction after a space ("5 1/2 hours", "2 3/4
        miles"); ``(value, next index)``."""
        if self.punct(k, ".") and self.adjacent(k) and self.adjacent(k + 1) and self.tk[k + 1] == "d" \
                if k + 1 < self.n else False:
            digits = self.tx[k + 1]
            return int(digits) / 10 ** len(digits), k + 2
        num, den = self.digits(k), self.digits(k + 2)
        if num is not None and den in (2, 4) and 0 < num < den and not self.adjacent(k) \
                and self.punct(k + 1, "/") and self.adjacent(k + 1) and self.adjacent(k + 2):
            return num / den, k + 3
        return None

    def _rate(self, i: int) -> bool:
        """Is "a"/"an" at ``i`` the "per" of a rate: a quantity just before it, no
        preposition between ("$2 million a year", "700 seats a week")?"""
        if self.has(i - 1, "within", "after", "since", "ago", "range_from", "range_to") \
                or self.txt(i - 1) in ("for", "than", "of", "by"):
            return False
        for b in range(i - 1, max(-1, i - 4), -1):
            if self.tk[b] == "d" or self.has(b, "num", "tens") or self.punct(b, "$%£€¥"):
                return True
            if self.tk[b] == "p" and self.tx[b] not in (".", ","):
                return False
        return False

    def _ongoing_state(self, i: int) -> bool:
        """Is a word just before "منذ" at ``i`` (in its clause) a state that still holds
        ("يعمل", "لا يزال", "محتجز")?  Then the count after it is a duration."""
        for b in range(i - 1, max(-1, i - 6), -1):
            if self.tk[b] == "p":
                return False
            if self.has(b, "state_cue"):
                return True
        return False

    def u_agoprefix(self, i: int, f: Frame) -> UnitResult:
        """Arabic "قبل"/"منذ" before a duration: "قبل يومين", "منذ ثلاثة أيام"."""
        if not self.ar or f.filled() or not self.has(i, "ago", "since", "after"):
            return None
        if self.has(i, "since") and self._ongoing_state(i):
            return None  # "يعمل في المصنع منذ عشرين عاماً": how long, not when
        if self.has(i, "ago", "since") and self.has(i + 1, "unit") and self.c(i + 1, "unit")[1] == "pl" \
                and self.c(i + 1, "unit")[0] not in ("second", "minute") \
                and not self.E[i + 1][_BASE].startswith("ال") and not self.has(i + 2, "of", "quant", "num"):
            return {"vague": "PAST_REF"}, i + 2  # "منذ أسابيع", "قبل شهور": some time ago
        r = self.u_duration(i + 1, _BLANK)
        if r is None:
            return None
        fields, k = r
        if self.has(i, "after") and not self.has(i, "ago", "since"):
            # "بعد 5 أشهر من الآن": a date counted from now; "بعد 5 أشهر" alone is a duration
            if not self.has(k, "from_now") or not isinstance(fields.get("qty"), int):
                return None
            fields["ago"] = 1
            return fields, k + 1
        if fields.get("qty") == "X" and "dur_rel" not in fields and fields.get("dunit") not in ("second", "minute") \
                and not self.has(k, "of"):
            return {"vague": "PAST_REF"}, k  # "منذ عدة أشهر": some time ago
        if fields.get("qty") == "X" or "dur_rel" in fields:
            return None
        if self.has(k, "of"):
            return None  # "قبل يوم من الهجوم": relative to the event, the duration alone
        if self.year_number(k) is not None and fields.get("qty") == 1:
            return None  # "منذ عام 2011": since the year 2011, not a year ago
        if fields.get("qty") == 1 and fields.get("dunit") == "day" \
                and (self.has(k, "weekday", "weekday_bare", "dayrel") or self.day_number(k) is not None):
            return None  # "منذ يوم الجمعة", "قبل يوم 5 آذار": the day named, not a day ago
        if fields.get("qty") == 1 and fields.get("dunit") == "month" and self.has(k, "month"):
            return None  # "منذ شهر أيار": since the month of May, not a month ago
        fields["ago"] = -1
        return fields, k

    def u_set(self, i: int, f: Frame) -> UnitResult:
        if f.filled():
            return None
        if self.has(i, "set_adv"):
            if self.lang == "en" and self._capital(i) and (
                    (i + 1 < self.n and self._capital(i + 1)) or (i > 0 and self.tk[i - 1] == "w")):
                return None  # "the Daily News", "Mark Weekly", "an argument with Weekly": a name
                # (capitalised after a word, or before a capitalised one: "Daily protests" opens a sentence)
            return {"set_value": self.c(i, "set_adv")}, i + 1
        if not self.has(i, "every"):
            return None
        j = i + 1
        if self.has(j, "day_word") and self.has(j + 1, "weekday", "weekday_bare"):
            j += 1
        if self.has(j, "weekday", "weekday_bare"):
            w = self.c(j, "weekday") or self.c(j, "weekday_bare")
            pod = self.c(j + 1, "pod") if self.has(j + 1, "pod") else None
            if pod in _POD_VALUES:  # "each Monday afternoon"
                return {"set_value": f"XXXX-WXX-{w}{pod}", "every": True}, j + 2
            return {"set_value": f"XXXX-WXX-{w}", "every": True}, j + 1
        if self.has(j, "pod"):
            pod = self.c(j, "pod")
            if pod in ("dawn",):
                pod = "TMO"
            if pod in ("MIDNIGHT", "NOON"):
                return {"set_value": "XXXX-XX-XXT24:00" if pod == "MIDNIGHT" else "XXXX-XX-XXT12:00",
                        "every": True}, j + 1
            return {"set_value": f"XXXX-XX-XX{pod}", "every": True}, j + 1
        if self.has(j, "unit"):
            unit, num = self.c(j, "unit")  # type: ignore[misc]
            if num == "sg":
                return {"set_value": _period(1, unit), "every": True}, j + 1
            if num == "du":
                return {"set_value": _period(2, unit), "every": True}, j + 1
            return None
        nr = self.number(j, ordinal_ok=False)
        if nr is not None and self.has(nr[1], "unit"):
            unit, num = self.c(nr[1], "unit")  # type: ignore[misc]
            return {"set_value": _period(nr[0], unit), "every": True}, nr[1] + 1
        return None

    def u_vague(self, i: int, f: Frame) -> UnitResult:
        if f.filled():
            return None
        if self.lang == "en" and self.has(i, "the") and self.has(i + 1, "vague_noun"):
            k = i + 2
            if not self.has(k, "unit", "quant", "num", "tens") and self.digits(k) is None:
                return {"vague": self.c(i + 1, "vague_noun")}, k
            return None
        if self.ar and self.has(i, "later_phrase") and self.has(i + 1, "of_today"):
            return {"dayrel": 0}, i + 2  # "في وقت لاحق من اليوم": later today
        if not self.has(i, "vague"):
            return None
        v = self.c(i, "vague")
        if self.lang == "en" and self.txt(i) == "now" and self.txt(i + 1) in ("that",):
            return None
        if self.ar and self.has(i + 1, "of_today"):
            return {"dayrel": 0}, i + 2  # "في وقت سابق من اليوم": earlier today, today
        if self.ar and self.has(i + 1, "of") and i + 2 < self.n and self.ct[i + 2] \
                and self.ct[i + 2].keys() & _STARTERS:
            # "الأشهر الأخيرة من العام": the end of a year, not "recently"; "في وقت سابق من
            # اليوم": earlier today, a signal before the day it places (as "earlier today")
            return None
        return {"vague": v}, i + 1


def _period(q: object, unit: str) -> str:
    from ..resolver import duration_value

    return duration_value(q, unit)
