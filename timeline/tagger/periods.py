"""Periods longer than a month: the units that read a decade ("the 1990s",
:meth:`u_decade`), a century (:meth:`u_century`), a season ("last spring",
:meth:`u_season`), a quarter or half ("the third quarter", ``النصف الثاني من 2023``:
:meth:`u_quarter`, :meth:`last_part`) and a company's reporting period ("the year-ago
period": :meth:`u_fperiod`).
"""

from __future__ import annotations

from ..frames import Frame
from .reading import UnitResult, _Reading
from .table import _BASE

__all__: list[str] = []


class _PeriodUnits(_Reading):
    """The units of periods longer than a month."""

    def u_decade(self, i: int, f: Frame) -> UnitResult:
        if f.decade is not None:
            return None
        j = i
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            y = self.year_number(j)
            if y and y[0] % 10 == 0 and self.txt(j + 1) == "s" and self.adjacent(j + 1):
                return {"decade": y[0] // 10}, j + 2
            if self.punct(j, "'") and self.ndigits(j + 1) == 2 and self.txt(j + 2) == "s":
                d = int(self.tx[j + 1])
                if d % 10 == 0:
                    return {"decade": (190 if d >= 30 else 200) + d // 10}, j + 3
            if self.has(j, "decade_word") and j > i:
                return {"decade": 190 + int(self.c(j, "decade_word"))}, j + 1  # type: ignore[arg-type]
            return None
        if self.has(j, "unit") and self.c(j, "unit") == ("decade", "sg") and self.has(j + 1, "decade_word"):
            j += 1
        if not self.has(j, "decade_word"):
            return None
        d = int(self.c(j, "decade_word"))  # type: ignore[arg-type]
        k = j + 1
        century = 19
        if self.has(k, "of") and self.has(k + 1, "unit") and self.c(k + 1, "unit") == ("century", "sg"):
            k2 = k + 2
            if self.has(k2, "rel"):
                century = 19 if self.c(k2, "rel") == -1 else 20
                k = k2 + 1
            else:
                nr = self.number(k2)
                if nr is not None and 15 <= nr[0] <= 21:
                    century = nr[0] - 1
                    k = nr[1]
        return {"decade": century * 10 + d}, k

    def u_century(self, i: int, f: Frame) -> UnitResult:
        if f.century is not None:
            return None
        j = i
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            r = self.day_number(j)
            if r and self.has(r[1], "unit") and self.c(r[1], "unit") == ("century", "sg") and 1 <= r[0] <= 22:
                return {"century": r[0]}, r[1] + 1
            return None
        if not (self.has(j, "unit") and self.c(j, "unit") == ("century", "sg")):
            return None
        nr = self.number(j + 1)
        if nr is not None and nr[2] == "ord" and 10 <= nr[0] <= 22:
            return {"century": nr[0]}, nr[1]
        return None

    def u_season(self, i: int, f: Frame) -> UnitResult:
        if f.season is not None:
            return None
        j = i
        rel = None
        if self.lang == "en":
            if self.has(j, "the"):
                j += 1
            if self.has(j, "rel_pre"):
                rel = self.c(j, "rel_pre")
                j += 1
        elif self.has(j, "rel_pre"):
            rel = self.c(j, "rel_pre")
            j += 1
        if not self.has(j, "season"):
            return None
        out: dict[str, object] = {"season": self.c(j, "season")}
        k = j + 1
        if self.ar and self.has(k, "rel"):
            rel = self.c(k, "rel")
            k += 1
        if self.lang == "en" and self.has(k, "of") and self.year_number(k + 1):
            k += 1
        y = self.year_number(k)
        if y:
            out["y"] = y[0]
            k = y[1]
        elif rel is None and f.posmod is None:
            if not (self.lang == "en" and self.has(i - 1, "season_cue") and self.txt(i) == "the"
                    and not self.has(k, "of")):
                return None  # not "after the fall of the city"
            rel = 0
        if rel is not None:
            out["uoff"] = rel
        return out, k

    def u_quarter(self, i: int, f: Frame) -> UnitResult:
        if f.quarter is not None:
            return None
        j = i
        if self.lang == "en" and self.has(j, "the"):
            j += 1
            if self.has(j, "fiscal"):
                j += 2 if self.punct(j + 1, "-") else 1  # "the fiscal first quarter"
        last = self.last_part(j)
        if last is not None:
            return last
        nr = self.number(j)
        if nr is None or nr[2] != "ord" or not 1 <= nr[0] <= 4:
            if self.ar and self.has(j, "unit") and self.c(j, "unit") == ("quarter", "sg"):
                nr2 = self.number(j + 1)
                if nr2 and nr2[2] == "ord" and 1 <= nr2[0] <= 4:
                    return {"quarter": nr2[0]}, nr2[1]
            if self.ar and self.has(j, "half") and self.E[j][_BASE].startswith("ال"):
                nr2 = self.number(j + 1)  # "النصف الثاني من 2023"
                k = nr2[1] + 1 if nr2 else 0
                if nr2 and nr2[2] == "ord" and nr2[0] in (1, 2) and self.has(nr2[1], "of") and (
                        self.year_number(k) or self.has(k, "month", "hmonth")
                        or (self.has(k, "unit") and self.c(k, "unit")[0] in ("year", "month"))):  # type: ignore[index]
                    return {"half": nr2[0]}, nr2[1]  # not "النصف الثاني من المباراة"
            return None
        k = nr[1]
        if self.lang == "en" and self.punct(k, "-"):
            k += 1  # "third-quarter earnings"
        if self.has(k, "quarter_word") or (self.has(k, "unit") and self.c(k, "unit") == ("quarter", "sg")):
            return {"quarter": nr[0]}, k + 1
        if self.has(k, "half") and nr[0] in (1, 2) and (j > i or self.has(k + 1, "of")):
            return {"half": nr[0]}, k + 1  # "the first half (of 1999)"
        return None

    def last_part(self, j: int) -> UnitResult:
        """The last quarter or half of a year named right after it: "the last quarter of
        2024", "the final half of last year", ``الربع الأخير من 2024`` (Q4, H2).  Without
        the year, "the last quarter" is the one before the current (:meth:`u_relunit`).
        The unit takes the "of" with it, so the year that follows joins it."""
        if self.ar:
            part, adj = j, j + 1
        else:
            adj, part = j, j + 1
        if not self.has(adj, "last_adj"):
            return None
        if self.has(part, "quarter_word") or (self.has(part, "unit") and self.c(part, "unit") == ("quarter", "sg")):
            slot, value = "quarter", 4
        elif self.has(part, "half") and (not self.ar or self.E[part][_BASE].startswith("ال")):
            slot, value = "half", 2
        else:
            return None
        k = max(part, adj) + 1
        if not self.has(k, "of"):
            return None
        y = k + 1
        if self.has(y, "year_word") and self.year_number(y + 1):
            y += 1
        if self.year_number(y) or (self.has(y, "unit") and self.c(y, "unit")[0] == "year") \
                or ((self.has(y, "rel_pre") or self.has(y, "the")) and self.has(y + 1, "unit")
                    and self.c(y + 1, "unit")[0] == "year"):  # type: ignore[index]
            return {slot: value}, k + 1
        return None

    def u_fperiod(self, i: int, f: Frame) -> UnitResult:
        """A reporting period of company results (English): "the quarter", "the latest
        quarter", "the year-ago period", "the 1988 third quarter", "year-earlier"."""
        if self.lang != "en" or f.filled():
            return None
        j = i
        the = self.has(j, "the")
        if the:
            j += 1
        if self.has(j, "same_period"):
            j += 1
        latest = self.has(j, "latest")
        if latest:
            j += 1
        out: dict[str, object] = {"qnarr": True}
        if self.has(j, "yoy_adj"):
            out["yoy"] = True
            j += 1
        elif the and self.year_number(j) is not None:
            out["y"] = self.year_number(j)[0]  # type: ignore[index]
            j += 1
        if self.has(j, "fiscal"):
            j += 1
        nr = self.number(j)
        if nr is not None and nr[2] == "ord" and 1 <= nr[0] <= 4:
            k = nr[1] + (1 if self.punct(nr[1], "-") else 0)
            if not self.has(k, "quarter_word"):
                return None
            if len(out) == 1:
                return None  # "the third quarter": u_quarter
            out["quarter"] = nr[0]
            return out, k + 1
        if j == i:
            return None  # a bare "quarter" is no reporting period
        if self.has(j, "quarter_word"):
            return out, j + 1
        if self.has(j, "period_word") and len(out) + latest > 1:
            return out, j + 1  # "the latest period", "the 1988 period" (not "the period of")
        if out.get("yoy") and j == i + 1:
            out["qnarr"] = "adj"
            return out, j  # "year-earlier results": the adjective alone
        return None
