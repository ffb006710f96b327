"""Clock times and parts of day: the units that read an hour, its time zone and the
part of the day.

An hour (``4:20``, ``الساعة الرابعة وعشر دقائق``, "half past midnight", "0600 GMT":
:meth:`u_clock`, with :meth:`clock_digits`), the zone after it (``بتوقيت دمشق``, "GMT":
:meth:`u_tz`) and a part of day (``فجر``, ``صباح ... الباكر``, "late Tuesday",
"tonight": :meth:`u_pod`, :meth:`u_podpost`, :meth:`u_podmod`, :meth:`u_tonight`).
"""

from __future__ import annotations

from typing import Optional

from ..frames import Frame
from .reading import UnitResult, _Reading
from .table import _BASE, _PRE, _STARTERS

__all__: list[str] = []


class _ClockUnits(_Reading):
    """The units of clock times and parts of day."""

    def clock_digits(self, i: int) -> Optional[tuple[int, int, int, Optional[int]]]:
        """(hour, minute, next index, seconds or None) for ``H:MM[:SS]``, ``H.MM`` (with
        am/pm), ``HhMM``."""
        h = self.digits(i)
        if h is not None and self.ndigits(i) == 4 and self.has(i + 1, "tz") and self.same_line(i + 1) \
                and (self.punct(i - 1, "(") or self.has(i - 1, "clock_intro", "approx")):
            hh, mm = divmod(h, 100)  # wire style before a zone: "0600 GMT", "(0500 ت غ)"
            return (hh, mm, i + 1, None) if hh <= 23 and mm <= 59 else None
        if h is None or self.ndigits(i) > 2 or h > 24:
            return None
        sep = self.txt(i + 1)
        if sep in (":", ".") or (sep == "h" and self.adjacent(i + 1)) or (
                sep == "," and self.adjacent(i + 1) and self.adjacent(i + 2) and self.has(i + 3, "tz")):
            # "(18,30 ت غ)": comma minutes, only with a time zone after them
            mm = self.digits(i + 2)
            if mm is None or self.ndigits(i + 2) != 2 or mm > 59:
                return None
            if sep == "." and not self.has(i + 3, "pod_adv"):
                return None
            if not self.same_line(i + 2):
                return None
            k = i + 3
            sec = None
            if self.punct(k, ":") and self.ndigits(k + 1) == 2 and self.adjacent(k) \
                    and self.adjacent(k + 1) and int(self.tx[k + 1]) < 60:
                sec = int(self.tx[k + 1])
                k += 2
            return h, mm, k, sec
        return None

    def u_clock(self, i: int, f: Frame) -> UnitResult:
        if f.hour is not None:
            return None
        j = i
        approx = None
        if self.ar and self.E[j][_BASE] == "حدود" and self.has(i - 1, "range_to"):
            return None  # "إلى حدود الساعة": a preposition, outside the span
        while self.has(j, "approx", "exact"):
            if self.has(j, "approx"):
                approx = True
            j += 1
        intro = False
        if self.has(j, "clock_intro") and self.lang == "ar":
            j += 1
            intro = True
        hour = minute = None
        if self.lang == "en":
            jj = j + 1 if self.txt(j) == "a" else j
            if self.has(jj, "clock_frac") and self.has(jj + 1, "clock_dir") and self.has(jj + 2, "midnight", "noon"):
                # "half past midnight", "a quarter to noon"
                frac, sign = int(self.c(jj, "clock_frac")), int(self.c(jj + 1, "clock_dir"))  # type: ignore[arg-type]
                h0 = 0 if self.has(jj + 2, "midnight") else 12
                h, mm = (h0, frac) if sign > 0 else ((h0 - 1) % 24, 60 - frac)
                return {"hour": h, "minute": mm, "ampm": None}, jj + 3
            if self.has(jj, "clock_frac") and self.has(jj + 1, "clock_dir"):
                nr = self.number(jj + 2, ordinal_ok=False)
                if nr is not None and 1 <= nr[0] <= 12 and not self.has(nr[1], "unit"):
                    frac, sign = int(self.c(jj, "clock_frac")), int(self.c(jj + 1, "clock_dir"))  # type: ignore[arg-type]
                    h, mm = (nr[0], frac) if sign > 0 else ((nr[0] - 1) % 12 or 12, 60 - frac)
                    k = nr[1]
                    ampm = None
                    if self.has(k, "pod_adv"):
                        ampm = self.c(k, "pod_adv")
                        k += 1
                    elif self.has(k, "oclock"):
                        k += 1
                    return {"hour": h, "minute": mm, "ampm": ampm}, k
        r = self.clock_digits(j)
        strong = False
        sec = None
        if r is not None:
            hour, minute, k, sec = r
            strong = True
            if sec is not None and self.txt(i - 1) == "in" and not self.has(k, "pod_adv", "tz") \
                    and f.filled() == {}:
                # "won in 2:58:41": a race time is a duration
                return {"dvalue": _clock_duration(hour, minute, sec)}, k
        else:
            num = self.number(j)
            if num is None:
                return None
            hour, k, kind = num
            if kind == "digits" and self.ndigits(j) > 2:
                return None
            if hour > 24 or hour < 0:
                return None
            if self.has(j, "indefinite"):
                return None
            # minutes: "و25 دقيقة", "والنصف", "إلا ربعا"
            if self.has(k, "quarter_hour"):
                q = int(self.c(k, "quarter_hour"))  # type: ignore[arg-type]
                if q < 0:
                    hour = (hour - 1) % 24
                    minute = 60 + q
                else:
                    minute = q
                k += 1
            elif self.has(k, "and") or (self.ar and self.txt(k) == "و"):
                mn = self.number(k + 1)
                if mn is not None and 0 < mn[0] < 60 and self.has(mn[1], "minute_word", "unit"):
                    minute = mn[0]
                    k = mn[1] + 1
            elif self.ar and k < self.n and self.E[k][_PRE] and self.tx[k][0] == "و":
                mn = self.number(k)  # "الرابعة وعشر دقائق": the minutes glued to "و"
                if mn is not None and 0 < mn[0] < 60 and (
                        self.has(mn[1], "minute_word") or (self.c(mn[1], "unit") or ("",))[0] == "minute"):
                    minute = mn[0]
                    k = mn[1] + 1
        ampm = None
        if self.has(k, "pod_adv"):
            ampm = self.c(k, "pod_adv")
            k += 1
        elif self.ar and self.has(k, "after") and self.has(k + 1, "pod") and self.c(k + 1, "pod") == "MIDNIGHT" \
                and 1 <= hour <= 6:
            ampm = "am"  # "الساعة الثانية بعد منتصف الليل": two in the morning
            k += 2
        elif self.has(k, "oclock"):
            k += 1
            strong = True
        if self.has(k, "approx") and self.ar:
            approx = True
            k += 1
        if self.ar and not (intro or strong or ampm) and self.has(k, "of") and self.has(k + 1, "pod") \
                and self.E[j][_BASE].startswith("ال") and 1 <= hour <= 12 \
                and (j == 0 or j > i or self.tk[j - 1] == "p"
                     or self.has(j - 1, "pod_cue", "range_to", "since", "after", "ago")):
            intro = True  # "التاسعة من مساء الخميس": an hour of a part of day
            k += 1
        if not (intro or strong or ampm):
            return None
        if hour == 24 and minute not in (None, 0):
            return None
        out: dict[str, object] = {"hour": hour, "minute": minute, "ampm": ampm}
        if sec is not None:
            out["sec"] = sec
        if approx:
            out["approx"] = True
        if intro and not strong and not ampm and self.lang == "ar":
            out["clock_word"] = True
        return out, k

    def u_tz(self, i: int, f: Frame) -> UnitResult:
        if f.tz is not None or (f.hour is None and f.pod is None) or not self.has(i, "tz"):
            return None
        tz = self.c(i, "tz")
        j = i + 1
        base = self.E[i][_BASE]
        if self.ar and base in ("بتوقيت", "توقيت", "بالتوقيت"):
            # the place: one or two words that are not temporal
            for _ in range(2):
                if j < self.n and self.tk[j] == "w" and not (
                        set(self.ct[j]) & _STARTERS) and self.same_line(j):
                    if self.has(j, "tz", "tz_place"):
                        tz = self.c(j, "tz") or self.c(j, "tz_place")
                    j += 1
                    if j < self.n and self.tk[j] == "w" and self.E[j][_BASE] in ("المكرمة", "المحلي"):
                        j += 1
                    break
        out: dict[str, object] = {"tz": tz}
        if self.tz_in_value and tz != "local":
            out["tz_offset"] = True
        return out, j

    def u_tonight(self, i: int, f: Frame) -> UnitResult:
        if f.dayrel is not None or f.pod is not None or not self.has(i, "tonight"):
            return None
        off, pod = self.c(i, "tonight")  # type: ignore[misc]
        return {"dayrel": off, "pod": pod}, i + 1

    def u_pod(self, i: int, f: Frame) -> UnitResult:
        if f.pod is not None:
            return None
        j = i
        out: dict[str, object] = {}
        if self.has(j, "pod_mod") and self.has(j + 1, "pod", "night_word"):
            out["podmod"] = self.c(j, "pod_mod")
            j += 1
        if not self.has(j, "pod", "pod_bare"):
            return None
        pod = self.c(j, "pod") or self.c(j, "pod_bare")
        if pod == "MIDNIGHT" and self.lang == "en" and f.hour is not None:
            return None
        out["pod"] = pod
        if self.lang == "en" and self.E[j][_BASE] == "overnight":
            out["overnight"] = True
        k = j + 1
        if self.has(k, "pod_post"):
            out["podmod"] = self.c(k, "pod_post")
            k += 1
        return out, k

    def u_podpost(self, i: int, f: Frame) -> UnitResult:
        """"الباكر" after the day of a part of day: "صباح اليوم السبت الباكر"."""
        if f.pod is None or f.podmod is not None or not self.has(i, "pod_post"):
            return None
        return {"podmod": self.c(i, "pod_post")}, i + 1

    def u_podmod(self, i: int, f: Frame) -> UnitResult:
        """English "early"/"late" before a day or part of day: "late Tuesday"."""
        if f.podmod is not None or not self.has(i, "pod_mod") or not f.filled() == {}:
            return None
        if self.ar:
            if self.has(i + 1, "weekday", "dayrel", "day_word", "tonight"):
                return {"podmod": self.c(i, "pod_mod")}, i + 1
            return None
        k = i + 1
        if self.txt(k) == "on":
            k += 1
        if self.has(k, "weekday", "dayrel", "pod", "tonight"):
            return {"podmod": self.c(i, "pod_mod")}, i + 1
        if self.has(i, "pod_mod_of") and (self.has(k, "month") or (
                self.digits(k) is not None and self.has(k + 1, "month"))):
            return {"podmod": self.c(i, "pod_mod")}, i + 1  # "the early hours of June 16"
        return None


def _clock_duration(h: int, m: int, s: int) -> str:
    """``PT2H58M41S`` for 2:58:41 (zero parts left out)."""
    parts = "".join(f"{v}{u}" for v, u in ((h, "H"), (m, "M"), (s, "S")) if v)
    return f"PT{parts or '0S'}"
