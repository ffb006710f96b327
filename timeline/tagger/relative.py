"""Days and calendar units told from another time: the units that read a weekday
("Friday", ``الخميس قبل الماضي``: :meth:`u_weekday`), a day counted from today
(``أمس``, "tomorrow": :meth:`u_dayrel`), a day or unit of the narrative ("the next day",
``اليوم التالي``: :meth:`u_anaph`), a calendar unit ("this week", ``الشهر الماضي``, "the
past three months": :meth:`u_relunit`) and a position in one ("the end of", ``مطلع``:
:meth:`u_posmod`; "year-end": :meth:`u_unit_end`).
"""

from __future__ import annotations

from ..frames import Frame
from .reading import _EN_AUX, UnitResult, _Reading
from .table import _BASE, _PRE

__all__: list[str] = []


class _RelativeUnits(_Reading):
    """The units of days and calendar units told from another time."""

    def u_weekday(self, i: int, f: Frame) -> UnitResult:
        j = i
        if self.has(j, "day_word") and self.has(j + 1, "weekday", "weekday_bare"):
            j += 1
        elif self.lang == "en" and self.txt(j) == "this" and self.txt(j + 1) == "past" \
                and self.has(j + 2, "weekday") and f.weekday is None:
            return {"weekday": int(self.c(j + 2, "weekday")), "wrel": -1}, j + 3  # type: ignore[arg-type]
        elif self.has(j, "rel_pre") and self.lang == "en" and self.has(j + 1, "weekday"):
            w = int(self.c(j + 1, "weekday"))  # type: ignore[arg-type]
            if f.weekday is not None:
                return None
            return {"weekday": w, "wrel": self.c(j, "rel_pre")}, j + 2
        cats = self.ct[j] if j < self.n else {}
        if "teen" in self.ct[j + 1] if j + 1 < self.n else False:
            return None  # "الأحد عشر لاعبا": eleven, not Sunday
        if "weekday" in cats:
            w = int(cats["weekday"])  # type: ignore[arg-type]
        elif "weekday_bare" in cats and j > i:
            w = int(cats["weekday_bare"])  # type: ignore[arg-type]
        elif "weekday_abbr" in cats:
            w = int(cats["weekday_abbr"])  # type: ignore[arg-type]
            k = j + 1
            if self.punct(k, ".,"):
                k += 1
            if not (self.has(k, "month") or self.digits(k) is not None):
                return None
            if f.weekday is not None:
                return None
            return {"weekday": w}, k - (1 if self.punct(k - 1, ",") else 0)
        else:
            return None
        if self.lang == "en" and self.tx[j].endswith("days"):
            return {"set_value": f"XXXX-WXX-{w}"}, j + 1  # "on Fridays"
        k = j + 1
        if f.weekday is not None:
            # "ليل الجمعة - السبت": a night that spans two days
            # (also "ليلة السبت إلى الأحد", "ليل السبت الأحد")
            if f.pod in ("TNI", "MIDNIGHT") and w == f.weekday % 7 + 1 and (
                    self.punct(i - 1, "-/") or self.has(i - 1, "pair_joiner", "weekday")) \
                    and not self.has(k, "pod"):  # "Thursday night into Friday morning": two
                return {"pod_pair": True}, k
            return None
        out: dict[str, object] = {"weekday": w}
        if self.has(k, "rel"):
            out["wrel"] = self.c(k, "rel")
            k += 1
        elif self.has(k, "after") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == 1:
            out["wrel"] = 2  # "الثلاثاء بعد المقبل"
            k += 2
        elif self.has(k, "ago") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == -1:
            out["wrel"] = -2  # "الخميس قبل الماضي"
            k += 2
        elif self.lang == "en" and self.txt(k) == "after" and self.txt(k + 1) == "next":
            out["wrel"] = 2
            k += 2
        return out, k

    def u_dayrel(self, i: int, f: Frame) -> UnitResult:
        if f.dayrel is not None or f.anaph is not None:
            return None
        j = i
        if self.has(j, "day_word") and self.has(j + 1, "dayrel"):
            j += 1
        if not self.has(j, "dayrel"):
            return None
        v = int(self.c(j, "dayrel"))  # type: ignore[arg-type]
        k = j + 1
        if self.ar and v == 0 and self.E[j][_BASE] == "اليوم":
            if self.has(k, "today_blocker", "ord", "anaph") or self.has(k, "tens"):
                return None
            if self.has(i - 1, "num") or self.digits(i - 1) is not None:
                return None  # "30 اليوم"
        return {"dayrel": v}, k

    def u_anaph(self, i: int, f: Frame) -> UnitResult:
        if f.anaph is not None or f.dayrel is not None:
            return None
        j = i
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            if self.has(j, "anaph") and (j > i or self.txt(j) in ("that", "following", "previous")):
                a = self.c(j, "anaph")
                if self.txt(j) == "that" and self.txt(j + 1) == "same":
                    j += 1  # "that same day"
                if self.has(j + 1, "unit"):
                    unit, num = self.c(j + 1, "unit")  # type: ignore[misc]
                    if num == "sg" and unit == "day":
                        return {"anaph": a}, j + 2
                    if num == "sg" and unit in ("week", "month", "year"):
                        if a == "same" and (self.txt(j + 2) == "after" or (j > 0 and "report" in self.ct[j - 1])):
                            return None  # "said that year after year ...": a complementizer
                        # "the following week"; "later that month": the narrative's own month
                        off = {"prev": -1, "next": 1}.get(str(a), 0)
                        return {"unit": unit, "uoff": off, "uanaph": True}, j + 2
                if self.has(j + 1, "pod") and a in ("next", "same", "prev") and self.txt(j) != "that":
                    return {"anaph": a, "pod": self.c(j + 1, "pod")}, j + 2
                return None
            if self.txt(j) in ("day",) and self.txt(j + 1) == "before" and self.has(i, "the"):
                return {"anaph": "prev"}, j + 2
            return None
        # Arabic: "اليوم التالي", "اليوم نفسه", "نفس اليوم", "ذلك اليوم", "الأسبوع التالي"
        if self.has(j, "anaph") and self.E[j][_BASE] in ("نفس", "ذلك") and self.has(j + 1, "unit"):
            unit, num = self.c(j + 1, "unit")  # type: ignore[misc]
            # the definite day, nothing before it ("ذلك اليوم"; "قبل ذلك بيوم" is a day
            # before that, a span)
            if unit == "day" and num == "sg" and not self.E[j + 1][_PRE] and self.E[j + 1][_BASE].startswith("ال"):
                return {"anaph": "same"}, j + 2
            return None
        if self.has(j, "unit") and self.has(j + 1, "anaph"):
            unit, num = self.c(j, "unit")  # type: ignore[misc]
            a = self.c(j + 1, "anaph")
            if self.E[j + 1][_BASE] in ("ذلك", "نفس"):
                return None
            if num == "sg" and unit == "day" and self.E[j][_BASE] in ("اليوم", "يوم"):
                return {"anaph": a}, j + 2
            if num == "sg" and unit in ("week", "month", "year") and a in ("next", "prev") \
                    and self.E[j][_BASE].startswith("ال"):
                return {"unit": unit, "uoff": -1 if a == "prev" else 1, "uanaph": True}, j + 2
        if self.has(j, "night_word") and self.has(j + 1, "anaph") and self.E[j][_BASE].startswith("ال"):
            a = self.c(j + 1, "anaph")
            if a in ("next", "same"):
                return {"anaph": a, "pod": "TNI"}, j + 2
        return None

    def u_relunit(self, i: int, f: Frame) -> UnitResult:
        if f.unit is not None:
            return None
        j = i
        out: dict[str, object] = {}
        if self.lang == "en":
            # "earlier this month", "later in the week": the word is a signal outside the
            # span; it only narrows the interval to the part before (after) publication
            el = self.c(i - 1, "earlier_later")
            if el is None and self.txt(i - 1) == "in":
                el = self.c(i - 2, "earlier_later")
            if self.has(j, "the"):
                j += 1
                if self.has(j, "new_adj") and self.c(j + 1, "unit") == ("year", "sg"):
                    return {"unit": "year", "uoff": 0, "newyear": True}, j + 2  # "in the new year"
                if el is not None and self.txt(i - 1) == "in" and self.has(j, "unit"):
                    unit, num = self.c(j, "unit")  # type: ignore[misc]
                    if num == "sg" and unit in ("week", "month", "year", "weekend"):
                        return {"unit": unit, "uoff": 0, "earlier": el}, j + 1
                if self.c(j, "unit") == ("weekend", "sg") and not self.has(j + 1, "of"):
                    return {"unit": "weekend", "uoff": 0, "wknear": True}, j + 1  # "over the weekend"
                k = j + 1 if self.has(j, "dur_det") and self.txt(j) in ("full", "entire", "whole") else j
                if self.has(k, "fiscal"):
                    k += 1
                if self.c(k, "unit") == ("year", "sg") and self.has(i - 1, "within", "of", "weak_year_cue") \
                        and not self.has(k + 1, "unit", "of", "ago", "and", "range_to", "yoy_adj") \
                        and not self.punct(k + 1, "-") and self.year_number(k + 1) is None:
                    # "for the year", "the full year", "in the fiscal year ended June 30"
                    if self.txt(k + 1) in ("ended", "ending", "ends", "through", "to"):
                        return {"qty": 1, "dunit": "year"}, k + 1
                    return {"unit": "year", "uoff": 0, "uanaph": True}, k + 1
            elif self.txt(j) == "this" and self.txt(j + 1) == "past":
                j += 1  # "this past weekend"
            if f.posmod is not None and j > i and self.has(j, "unit"):
                unit, num = self.c(j, "unit")  # type: ignore[misc]
                if num == "sg" and unit in ("week", "month", "year", "decade", "century", "weekend"):
                    return {"unit": unit, "uoff": 0}, j + 1  # "the end of the year"
            if not self.has(j, "rel_pre"):
                return None
            if self.txt(j) == "last" and self.txt(j - 1) in _EN_AUX:
                return None  # "could last several hours": the verb
            rel = self.c(j, "rel_pre")
            k = j + 1
            if self.has(k, "fiscal") and self.has(k + 1, "unit"):
                k += 1  # "this fiscal year", "the current fiscal quarter"
            q = None
            if self.has(k, "quant"):
                q, k = "X", k + 1
            else:
                nr = self.number(k, ordinal_ok=False)
                if nr is not None and nr[0] > 1 and self.has(nr[1], "unit"):
                    q, k = nr[0], nr[1]
                elif nr is not None and nr[0] > 1 and self.has(nr[1], "of") and self.has(nr[1] + 1, "unit"):
                    q, k = nr[0], nr[1] + 1  # "the next couple of years"
            if not self.has(k, "unit"):
                return None
            unit, num = self.c(k, "unit")  # type: ignore[misc]
            if num == "pl":
                if rel == 0:
                    return None
                return {"qty": q or "X", "dunit": unit, "dur_rel": rel}, k + 1
            if q is not None or unit in ("second", "minute", "hour", "day"):
                if unit == "day" and rel == -1 and self.txt(j) == "past":
                    return {"qty": 1, "dunit": "day", "dur_rel": -1}, k + 1
                return None
            if self.txt(j) == "past" and unit in ("week", "month", "year", "decade", "century"):
                return {"qty": 1, "dunit": unit, "dur_rel": -1}, k + 1
            if self.txt(j) == "recent":
                return None  # "recent" qualifies a plural: "in recent weeks"
            if unit in ("decade", "fortnight") and rel != 0:
                # "over the next decade", "the past fortnight": no calendar unit, a span
                return {"qty": 1, "dunit": unit, "dur_rel": rel}, k + 1
            if unit == "fortnight":
                return None
            out = {"unit": unit, "uoff": rel}
            if el is not None and rel == 0 and j == i:
                out["earlier"] = el
            return out, k + 1
        # Arabic: "في وقت سابق من هذا الأسبوع" narrows the week as "earlier this week"
        el = self.c(i - 2, "earlier_later") if self.has(i - 1, "of") else None
        pre = None
        if self.has(j, "rel_pre") and self.has(j + 1, "unit"):
            pre = self.c(j, "rel_pre")
            j += 1
        if not self.has(j, "unit"):
            return None
        unit, num = self.c(j, "unit")  # type: ignore[misc]
        k = j + 1
        rel = pre
        if unit == "year" and num == "sg" and pre is None and self.has(k, "new_adj") \
                and self.E[j][_BASE].startswith("ال"):
            return {"unit": "year", "uoff": 0, "newyear": True}, k + 1  # "العام الجديد"
        count = self.definite_count(k) if num == "pl" and pre is None else None
        if count is not None and self.E[j][_BASE].startswith("ال"):
            # "الأيام الثلاثة الماضية", "الأيام الثلاثة الأخيرة": the number after its noun
            # (with its tens: "الساعات الأربع والعشرين الماضية")
            qty, m = count, k + 1
            if self.has(m, "tens") and self.E[m][_PRE] == 1 and self.tx[m].startswith("و"):
                qty, m = qty + int(self.c(m, "tens")), m + 1  # type: ignore[arg-type]
            rel_after = self.c(m, "rel") if self.has(m, "rel") else (
                -1 if self.has(m, "last_adj") else 0)
            if rel_after:
                return {"qty": qty, "dunit": unit, "dur_rel": rel_after}, m + 1
        if num == "pl" and pre is None and self.has(k, "article") and self.digits(k + 1) \
                and self.E[j][_BASE].startswith("ال") and unit not in ("second",):
            # "الساعات الـ24 الماضية": the last 24 hours
            out = {"qty": self.digits(k + 1), "dunit": unit}
            k += 2
            if self.has(k, "rel") and self.c(k, "rel") != 0:
                out["dur_rel"] = self.c(k, "rel")
                k += 1
            return out, k
        if self.has(k, "ago") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == -1 \
                and num == "sg" and pre is None:
            rel, k = -2, k + 2  # "الأسبوع قبل الماضي": the week before last
        elif self.has(k, "after") and self.has(k + 1, "rel") and self.c(k + 1, "rel") == 1 \
                and num == "sg" and pre is None:
            rel, k = 2, k + 2  # "الأسبوع بعد المقبل"
        elif self.has(k, "rel"):
            if pre is not None:
                return None
            rel = self.c(k, "rel")
            k += 1
        elif num == "pl" and pre is None and self.has(k, "last_adj"):
            rel, k = -1, k + 1  # "في الأيام الأخيرة": in recent days, as "الأيام الماضية"
        elif num == "pl" and pre is None and self.has(k, "few_adj") and self.has(k + 1, "rel", "last_adj"):
            # "الأيام القليلة الماضية / المقبلة": the past or next few days
            rel = self.c(k + 1, "rel") if self.has(k + 1, "rel") else -1
            k += 2
        if num == "pl":
            if rel is None or unit in ("second",):
                return None
            if not self.E[j][_BASE].startswith("ال"):
                return None
            if rel == 0:
                return {"vague": "PRESENT_REF"}, k
            return {"qty": "X", "dunit": unit, "dur_rel": rel}, k
        if num == "du":
            return None
        if unit in ("second", "minute", "hour", "day"):
            return None
        if rel is None:
            # "مطلع العام", "منتصف الشهر": the current unit under a position modifier
            if f.posmod is not None and self.E[j][_BASE].startswith("ال"):
                return {"unit": unit, "uoff": 0}, k
            if el is not None and self.E[j][_BASE].startswith("ال") and unit in ("week", "month", "year"):
                return {"unit": unit, "uoff": 0, "earlier": el}, k  # "في وقت سابق من الشهر"
            if unit == "weekend" and self.has(i - 1, "pod_cue", "within", "since", "range_to"):
                # "خلال عطلة نهاية الأسبوع": the weekend nearest the anchor, as "over the weekend"
                return {"unit": unit, "uoff": 0, "wknear": True}, k
            return None
        if not (self.E[j][_BASE].startswith("ال") or pre is not None or unit == "weekend"):
            return None
        if el is not None and rel == 0:
            return {"unit": unit, "uoff": rel, "earlier": el}, k
        return {"unit": unit, "uoff": rel}, k

    def u_posmod(self, i: int, f: Frame) -> UnitResult:
        j = i + 1 if (self.lang == "en" and self.has(i, "the")) else i
        if f.posmod is not None or not self.has(j, "posmod"):
            return None
        if f.filled():
            return None  # it opens what it modifies: "أمس وسط إجراءات" is "amid", "وسط الأسبوع" the middle
        if self.lang == "en" and self.has(j, "pod_mod") and self.has(j + 1, "weekday", "pod", "dayrel"):
            return None
        k = j + 1
        if self.lang == "en" and j > i and self.has(k, "of"):
            k += 1  # "the end of", "the beginning of"
        elif self.has(j, "verb_posmod") and not self.punct(k, "-"):
            return None  # "expected to end next spring": a verb ("end-March" is a modifier)
        return {"posmod": self.c(j, "posmod")}, k

    def u_unit_end(self, i: int, f: Frame) -> UnitResult:
        """"year-end", "year end", "month-end", "mid-year": a calendar unit with its part
        after it, as "the end of the year" before it (English compounds)."""
        if self.lang != "en" or f.unit is not None or f.posmod is not None:
            return None
        k = i
        pre = None
        if self.has(k, "posmod") and self.c(k, "posmod") == "MID" and self.punct(k + 1, "-"):
            pre, k = "MID", k + 2  # "mid-year"
        u = self.c(k, "unit")
        if not isinstance(u, tuple) or u[1] != "sg" or u[0] not in ("year", "month", "quarter", "week"):
            return None
        if pre is not None:
            return {"posmod": pre, "unit": u[0], "uoff": 0}, k + 1
        j = k + 1
        if self.punct(j, "-"):
            j += 1
        if not self.has(j, "unit_end") or self.has(k - 1, "rel_pre", "num", "quant") \
                or self.txt(k - 1) in _EN_AUX:
            return None  # "a year late" is no part of it; "next year end" is not one
        return {"posmod": self.c(j, "unit_end"), "unit": u[0], "uoff": 0}, j + 1
