"""Place parsed frames on the calendar: anchor + narrative + frame -> value and interval.

Rules (see ``docs/conventions.md`` for the full list with examples):

* deictic words ("اليوم", "أمس", "last week") resolve against the publication date;
* anaphoric ones ("اليوم التالي", "the 14th", a bare clock time) against the narrative:
  the last day or month the text was on;
* a bare weekday is the most recent such day (the publication day itself when it names
  it), unless a future cue or "المقبل/next" says otherwise;
* a day and month without a year take the year nearest the anchor, leaning to the past;
  a stated weekday picks the year and any disagreement is flagged;
* Hijri dates convert with the Umm al-Qura table; outside it they are flagged, never
  given a guessed Gregorian year.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, datetime, timedelta
from typing import Optional

from .anchor import Anchor
from .calendar import (
    add_months, gregorian_to_hijri, hijri_month_span, hijri_to_gregorian, month_span,
    persian_to_gregorian, quarter_span, season_span, utc_offset, valid_date, week_start,
    week_value,
)
from .frames import Frame
from .settings import Settings
from .timex import Granularity, TimeInterval, TimexType

__all__ = ["Context", "Resolution", "resolve_frame", "duration_value"]

G = Granularity
_WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_HIJRI_NAMES = ("", "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
                "Jumada al-Akhira", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qada",
                "Dhu al-Hijja")
_UNIT_CODE = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
              "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE"),
              "century": ("", "CE"), "weekend": ("", "WE"), "quarter": ("", "Q")}
_UNIT_GRAN = {"second": G.MINUTE, "minute": G.MINUTE, "hour": G.HOUR, "day": G.DAY,
              "week": G.WEEK, "weekend": G.WEEKEND, "fortnight": G.WEEK, "month": G.MONTH,
              "quarter": G.QUARTER, "year": G.YEAR, "decade": G.DECADE, "century": G.CENTURY}
_POD_VALUE = {"dawn": "TMO", "TMO": "TMO", "TMI": "TMI", "TAF": "TAF", "TEV": "TEV", "TNI": "TNI"}
_POD_NAMES = {"dawn": "dawn", "TMO": "morning", "TMI": "noon", "TAF": "afternoon",
              "TEV": "evening", "TNI": "night", "MIDNIGHT": "midnight", "NOON": "noon"}


def duration_value(q: object, unit: str) -> str:
    """TIMEX3 duration: ``duration_value(3, "day") == "P3D"``, ``("X", "hour") -> "PTXH"``."""
    if unit == "fortnight":
        unit, q = "week", (2 * q if isinstance(q, (int, float)) else q)
    if unit == "decade" and isinstance(q, (int, float)):
        unit, q = "year", 10 * q  # "a decade" = P10Y, "two decades" = P20Y
    t, code = _UNIT_CODE.get(unit, ("", "X"))
    if isinstance(q, float):
        if q.is_integer():
            q = int(q)
        else:
            # a fraction in the next smaller unit, as TimeBank writes it: 2.5 years P2Y6M,
            # 5.5 hours PT5H30M, 1.5 days P1DT12H, half an hour PT30M
            whole, rest = int(q), q - int(q)
            smaller = {"year": (12, "", "M"), "hour": (60, "T", "M"), "minute": (60, "T", "S"),
                       "day": (24, "T", "H"), "week": (7, "", "D")}.get(unit)
            if smaller is not None and abs(rest * smaller[0] - round(rest * smaller[0])) < 1e-9:
                part = round(rest * smaller[0])
                if unit == "week":
                    return f"P{whole * 7 + part}D"
                head = f"{whole}{code}" if whole else ""
                if unit == "day":
                    return f"P{head}T{part}H"
                return f"P{t}{head}{part}{smaller[2]}"
    return f"P{t}{q}{code}"


def _d(day: date) -> str:
    return day.isoformat()


def _day_iv(day: date) -> TimeInterval:
    s = datetime(day.year, day.month, day.day)
    return TimeInterval(s, s + timedelta(days=1))


def _wd(day: date) -> str:
    return f"{_WEEKDAY_NAMES[day.isoweekday()][:3]} {day.isoformat()}"


class Resolution:
    """What the resolver found for one frame."""

    __slots__ = ("type", "value", "interval", "granularity", "steps", "mod", "anchored_to",
                 "flags", "day")

    def __init__(self, type: TimexType, value: str, interval: Optional[TimeInterval],
                 granularity: Optional[Granularity], steps: list[str], mod: Optional[str] = None,
                 anchored_to: str = "none", flags: tuple[str, ...] = (), day: Optional[date] = None):
        self.type, self.value, self.interval, self.granularity = type, value, interval, granularity
        self.steps, self.mod, self.anchored_to, self.flags, self.day = steps, mod, anchored_to, flags, day


def _bare_weekday(f: Frame, res: Optional[Resolution]) -> bool:
    """Is a resolved frame a weekday alone ("Saturday", ``يوم السبت``), a whole day?"""
    return res is not None and res.day is not None and res.granularity == G.DAY \
        and f.weekday is not None and f.d is None and f.m is None and f.dayrel is None \
        and f.dom is None and f.anaph is None and f.hour is None and f.pod is None


def order_weekday_pair(f1: Frame, r1: Optional[Resolution], f2: Frame, r2: Optional[Resolution],
                       today: date) -> tuple[Optional[Resolution], Optional[Resolution]]:
    """Two weekdays joined by "and" ("on Saturday and Sunday", ``يومي السبت والأحد``) name
    days less than a week apart, mostly in the order told.  Read one at a time on a
    Saturday, the first is today and the second last Sunday; read together, the pair is
    last weekend in a past context (the first moves back a week) or this one in a future
    context (the second moves on a week).  A pair whose days are nearer told newest first
    ("statements made Friday and Thursday") stays as read."""
    if not (_bare_weekday(f1, r1) and _bare_weekday(f2, r2)):
        return r1, r2
    assert r1 is not None and r2 is not None and r1.day is not None and r2.day is not None
    if r1.day < r2.day:
        return r1, r2
    gap = (int(f2.weekday) - int(f1.weekday)) % 7  # type: ignore[arg-type]
    if gap == 0 or gap >= (r1.day - r2.day).days:
        return r1, r2  # "statements made Friday and Thursday": told newest first
    if r2.day <= today:
        return _moved(r1, r2.day - timedelta(days=gap), "before the weekday joined to it"), r2
    return r1, _moved(r2, r1.day + timedelta(days=gap), "after the weekday joined to it")


def _moved(res: Resolution, day: date, why: str) -> Resolution:
    s = datetime(day.year, day.month, day.day)
    return Resolution(res.type, _d(day), TimeInterval(s, s + timedelta(days=1)), res.granularity,
                      res.steps + [f"{why} → {_wd(day)}"], res.mod, res.anchored_to, res.flags, day)


class _Past:
    __slots__ = ("day", "pod", "pos", "month")

    def __init__(self, day: Optional[date], pod: Optional[str], pos: int, month: tuple[int, int]):
        self.day, self.pod, self.pos, self.month = day, pod, pos, month


class Context:
    """Resolution state for one text: its anchor, settings and the narrative so far."""

    def __init__(self, anchor: Anchor, settings: Settings, text: str = ""):
        self.anchor = anchor
        self.settings = settings
        self.text = text
        self.history: list[_Past] = []
        self.narrative_month: Optional[tuple[int, int]] = None
        self.narrative_day: Optional[date] = None
        self.narrative_start: Optional[date] = None  # start of the last dated mention, any size
        #: the last quarter the text named ("third-quarter earnings"): the reporting period
        #: that "the quarter", "the year-ago period" and "a year earlier" refer to
        self.narrative_quarter: Optional[tuple[int, int]] = None

    @property
    def today(self) -> date:
        return self.anchor.when.date()

    def remember(self, res: Resolution, pos: int, frame: Frame) -> None:
        """Let later anaphoric expressions see this one."""
        if res.interval is None or res.type not in (TimexType.DATE, TimexType.TIME):
            return
        if res.granularity is G.QUARTER and "-Q" in res.value and res.interval.start.date() <= self.today \
                and not (frame.yoy or frame.ago or frame.qnarr):
            # results are reported for a quarter begun by publication ("the third quarter of
            # 1990" in a forecast is not the one "the year-ago quarter" compares with)
            self.narrative_quarter = (res.interval.start.year, (res.interval.start.month - 1) // 3 + 1)
        if frame.reporting or frame.recurring:
            return
        g = res.granularity
        if g is None:
            return
        start = res.interval.start
        if g.rank <= G.YEAR.rank:
            self.narrative_start = start.date()
        if g.rank <= G.DAY.rank and res.day is not None:
            # (the part of day it names, also by "late" or "early" alone: "late Tuesday" is
            # Tuesday night, so "just before 11 p.m." after it is Tuesday's)
            pod = _pod_key(frame) if frame.pod or frame.podmod else None
            self.history.append(_Past(res.day, pod, pos, (res.day.year, res.day.month)))
            self.narrative_day = res.day
            self.narrative_month = (res.day.year, res.day.month)
        elif g in (G.MONTH,):
            self.narrative_month = (start.year, start.month)

    def same_sentence(self, a: int, b: int) -> bool:
        seg = self.text[min(a, b):max(a, b)]
        return not any(ch in seg for ch in ".!?؟\n")


def resolve_frame(f: Frame, ctx: Context, pos: int = 0) -> Optional[Resolution]:
    """Resolve one frame; ``None`` when the frame names no real time (31 February).

    A time that falls outside the years 1-9999 ``datetime`` can hold ("tomorrow" on
    9999-12-31, "last week" on 0001-01-01) comes back flagged ``"out_of_range"`` with no
    interval, never as an ``OverflowError``.
    """
    try:
        return _resolve_frame(f, ctx, pos)
    except OverflowError:
        pass
    except ValueError as exc:  # datetime(10000, ...): "year 10000 is out of range"
        if "out of range" not in str(exc):
            raise
    return Resolution(TimexType.DATE, "XXXX-XX-XX", None, None,
                      ["the time falls outside the years 1-9999 the calendar can hold: left unresolved"],
                      anchored_to="none", flags=("out_of_range",))


def _resolve_frame(f: Frame, ctx: Context, pos: int) -> Optional[Resolution]:
    if f.vague is not None:
        return Resolution(TimexType.DATE, str(f.vague), None, G.VAGUE,
                          [f"vague reference → {f.vague}"], anchored_to="none")
    if f.set_value is not None:
        return _resolve_set(f)
    if f.dvalue is not None:
        return Resolution(TimexType.DURATION, str(f.dvalue), None, G.MINUTE,
                          [f"a time written as a clock after 'in' → the duration {f.dvalue}"],
                          anchored_to="none")
    if f.qty is not None:
        if f.ago is not None:
            return _resolve_ago(f, ctx)
        value = duration_value(f.qty, str(f.dunit))
        steps = [f"duration of {f.qty} {f.dunit}(s) → {value}"]
        if f.dur_rel is not None:
            steps.append("the " + ("last" if f.dur_rel < 0 else "coming") + f" {f.qty} {f.dunit}(s)")
        return Resolution(TimexType.DURATION, value, None, _UNIT_GRAN.get(str(f.dunit), G.VAGUE),
                          steps, mod="APPROX" if f.approx else None, anchored_to="none")
    return _resolve_calendar(f, ctx, pos)


def _resolve_set(f: Frame) -> Resolution:
    v = str(f.set_value)
    if v.startswith("XXXX-WXX-"):
        pod = f" {v[10:]}" if "T" in v else ""  # "each Monday afternoon": XXXX-WXX-1TAF
        steps = [f"every {_WEEKDAY_NAMES[int(v[9])]}{pod} → {v}"]
        gran = G.PART_OF_DAY if pod else G.DAY
    elif v.startswith("XXXX-XX-XXT"):
        steps = [f"every {v[11:]} → {v}"]
        gran = G.PART_OF_DAY
    else:
        steps = [f"recurring every {v[1:]} → {v}"]
        gran = None
    return Resolution(TimexType.SET, v, None, gran, steps, anchored_to="none")


def _resolve_ago(f: Frame, ctx: Context) -> Resolution:
    q, unit = f.qty, str(f.dunit)
    ref = ctx.narrative_day
    if unit in ("month", "year", "decade", "century") and ctx.narrative_start is not None:
        ref = ctx.narrative_start  # "elected in 1992 … four years later"
    base = ref if (f.uanaph and ref) else ctx.today
    anchored = "narrative" if (f.uanaph and ref) else "publication"
    sign = int(f.ago)  # type: ignore[arg-type]
    word = "ago" if sign < 0 else "later"
    if not isinstance(q, (int, float)) or isinstance(q, bool):
        return Resolution(TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", None, G.VAGUE,
                          [f"some {unit}s {word} → vague"], anchored_to="none")
    n = int(q)
    if unit == "year" and n == 1 and sign < 0 and ctx.narrative_quarter is not None:
        # "up 5% from a year earlier", "a year ago" in results of a quarter: that quarter
        y, qq = ctx.narrative_quarter
        s0, e0 = quarter_span(y - 1, qq)
        return Resolution(TimexType.DATE, f"{y - 1}-Q{qq}", TimeInterval(s0, e0), G.QUARTER,
                          [f"a year {word} than the quarter the text reports on, {y}-Q{qq} → {y - 1}-Q{qq}"],
                          anchored_to="narrative")
    steps = [f"{q} {unit}(s) {word} from {_wd(base)}"]
    if unit in ("hour", "minute", "second"):
        when = ctx.anchor.when if ctx.anchor.has_time and anchored == "publication" else None
        if when is None:
            day = base + timedelta(days=sign * (1 if n * {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}[unit] >= 24 else 0))
            return Resolution(TimexType.DATE, _d(day), _day_iv(day), G.DAY,
                              steps + [f"no publication time → the day {_d(day)}"], anchored_to=anchored, day=day)
        delta = timedelta(**{unit + "s": n})  # type: ignore[arg-type]
        t = when + sign * delta
        t = t.replace(minute=t.minute if unit != "hour" else t.minute, second=0)
        if unit == "hour":
            t0 = t.replace(minute=0)
            iv = TimeInterval(t0, t0 + timedelta(hours=1))
            return Resolution(TimexType.TIME, t0.isoformat(timespec="minutes"), iv, G.HOUR,
                              steps + [f"→ {t0:%Y-%m-%dT%H}h"], anchored_to=anchored, day=t0.date())
        iv = TimeInterval(t, t + timedelta(minutes=1))
        return Resolution(TimexType.TIME, t.isoformat(timespec="minutes"), iv, G.MINUTE, steps,
                          anchored_to=anchored, day=t.date())
    if unit == "day":
        day = base + timedelta(days=sign * n)
        return Resolution(TimexType.DATE, _d(day), _day_iv(day), G.DAY, steps + [f"→ {_wd(day)}"],
                          anchored_to=anchored, day=day)
    if unit in ("week", "fortnight"):
        day = base + timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))
        ws = week_start(day, 1)
        iv = TimeInterval(datetime.combine(ws, datetime.min.time()),
                          datetime.combine(ws + timedelta(days=7), datetime.min.time()))
        v = week_value(day)
        return Resolution(TimexType.DATE, v, iv, G.WEEK, steps + [f"→ week {v}"], anchored_to=anchored)
    if unit == "month":
        y, m = add_months(base.year, base.month, sign * n)
        s, e = month_span(y, m)
        return Resolution(TimexType.DATE, f"{y}-{m:02d}", TimeInterval(s, e), G.MONTH,
                          steps + [f"→ {_MONTH_NAMES[m]} {y}"], anchored_to=anchored)
    if unit in ("year", "decade", "century"):
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        y = base.year + sign * years
        if unit == "year" and 1 <= y <= 9999:
            return Resolution(TimexType.DATE, str(y), TimeInterval(datetime(y, 1, 1), datetime(y + 1, 1, 1)),
                              G.YEAR, steps + [f"→ {y}"], anchored_to=anchored)
        if unit == "decade" and 10 <= y <= 9989:
            dec = y // 10
            return Resolution(TimexType.DATE, str(dec), TimeInterval(datetime(dec * 10, 1, 1), datetime(dec * 10 + 10, 1, 1)),
                              G.DECADE, steps + [f"→ the {dec}0s"], anchored_to=anchored)
        if unit == "century" and 100 <= y <= 9899:
            c = y // 100
            return Resolution(TimexType.DATE, f"{c:02d}", TimeInterval(datetime(c * 100, 1, 1), datetime(c * 100 + 100, 1, 1)),
                              G.CENTURY, steps, anchored_to=anchored)
    return Resolution(TimexType.DATE, "PAST_REF" if sign < 0 else "FUTURE_REF", None, G.VAGUE, steps,
                      anchored_to="none")


# -- year inference -----------------------------------------------------------------------

def _choose(cands: list[tuple[date, object]], today: date, rel: Optional[int], tense: Optional[str],
            penalty: float, steps: list[str], what: str, governed: bool = False) -> Optional[tuple[date, object]]:
    """Pick the candidate date nearest ``today`` under a relation/tense; future dates cost more.
    A past verb governing the date (``governed``: "happened on Christmas Eve") takes the
    latest one before ``today`` within a year."""
    if not cands:
        return None
    if governed and tense == "past" and rel is None:
        past = [c for c in cands if today - timedelta(days=366) <= c[0] <= today]
        if past:
            steps.append(f"a past verb governs it → the latest {what} up to {_wd(today)}")
            return max(past, key=lambda c: c[0])
    if rel is not None and rel < 0:
        past = [c for c in cands if c[0] < today]
        if past:
            steps.append(f"'past' → the latest {what} before {_wd(today)}")
            return max(past, key=lambda c: c[0])
    if rel is not None and rel > 0:
        fut = [c for c in cands if c[0] > today]
        if fut:
            steps.append(f"'next' → the first {what} after {_wd(today)}")
            return min(fut, key=lambda c: c[0])
    if tense == "future":
        fut = [c for c in cands if c[0] >= today]
        if fut:
            steps.append(f"future context → the first {what} from {_wd(today)}")
            return min(fut, key=lambda c: c[0])
    if tense == "deadline":
        # "by February" with no tense around it: the nearest, neither side preferred
        penalty = 1.0
    if tense == "past":
        # a past verb nearby makes a future reading costlier, not impossible: "the offer,
        # which was extended, expires Nov. 20" in a story of 2 November
        penalty *= 4

    def score(c: tuple[date, object]) -> float:
        delta = (c[0] - today).days
        return delta * penalty if delta > 0 else -delta

    best = min(cands, key=lambda c: (score(c), c[0]))
    lean = "a deadline: neither side preferred" if tense == "deadline" else "leaning to the past"
    steps.append(f"no year given → the {what} nearest {_wd(today)} ({lean})")
    return best


def _greg_day_without_year(m: int, d: int, f: Frame, ctx: Context, steps: list[str],
                           flags: list[str]) -> Optional[date]:
    today = ctx.today
    rel = f.month_rel
    if rel == 0:
        y = today.year
        if m != today.month:
            flags.append("month_mismatch")
            steps.append(f"'الجاري/this' names month {m} but the anchor is in month {today.month}")
        day = valid_date(y, m, d)
        if day is not None:
            steps.append(f"'current month' → {y}")
            return day
    cands = []
    for y in (today.year - 1, today.year, today.year + 1):
        day = valid_date(y, m, d)
        if day is not None:
            cands.append((day, y))
    if f.weekday is not None:
        agree = [c for c in cands if c[0].isoweekday() == f.weekday]
        if agree:
            if len(agree) < len(cands):
                steps.append(f"weekday {_WEEKDAY_NAMES[f.weekday]} picks the year")
            cands = agree
        else:
            flags.append("weekday_mismatch")
    best = _choose(cands, today, rel, f.tense, ctx.settings.future_penalty, steps, f"{d} {_MONTH_NAMES[m]}",
                   bool(f.governed))
    return best[0] if best else None


def _hijri_year_for(m: int, d: int, f: Frame, ctx: Context, steps: list[str]) -> Optional[int]:
    h = gregorian_to_hijri(ctx.today)
    if h is None:
        return None
    cands = []
    for hy in (h[0] - 1, h[0], h[0] + 1):
        g = hijri_to_gregorian(hy, m, d)
        if g is not None:
            cands.append((g, hy))
    if f.weekday is not None:
        agree = [c for c in cands if c[0].isoweekday() == f.weekday]
        if agree:
            cands = agree
    best = _choose(cands, ctx.today, f.month_rel, f.tense, ctx.settings.future_penalty, steps,
                   f"{d} {_HIJRI_NAMES[m]}", bool(f.governed))
    return int(best[1]) if best else None  # type: ignore[arg-type]


# -- the calendar -------------------------------------------------------------------------

class _Base:
    """A resolved calendar reference before parts of day and clock times are applied."""

    __slots__ = ("value", "start", "end", "gran", "day", "anchored", "mod")

    def __init__(self, value: str, start: datetime, end: datetime, gran: Granularity,
                 day: Optional[date] = None, anchored: str = "absolute", mod: Optional[str] = None):
        self.value, self.start, self.end, self.gran = value, start, end, gran
        self.day, self.anchored, self.mod = day, anchored, mod


def _day_base(day: date, anchored: str) -> _Base:
    s = datetime(day.year, day.month, day.day)
    return _Base(_d(day), s, s + timedelta(days=1), G.DAY, day, anchored)


def _with_cal(f: Frame, cal: str) -> Frame:
    g = f.copy()
    g.cal = cal
    return g


def _explicit_date(f: Frame, ctx: Context, steps: list[str], flags: list[str]) -> Optional[_Base]:
    """Day/month/year as written (Gregorian or Hijri)."""
    m = f.m
    assert m is not None
    if f.cal in ("p", "hp") and f.d is not None and f.y is not None:
        solar = persian_to_gregorian(f.y, m, f.d)
        lunar = hijri_to_gregorian(f.y, m, f.d) if f.cal == "hp" else None
        if solar is not None and (lunar is None or abs((solar - ctx.today).days) < abs((lunar - ctx.today).days)):
            flags.append("persian_calendar")
            why = "marked solar" if f.cal == "p" else "nearer the publication date than the lunar reading"
            steps.append(f"Persian (solar Hijri) {f.y}/{m:02d}/{f.d:02d} ({why}) → {_wd(solar)} (jdatetime)")
            return _day_base(solar, "absolute")
        if f.cal == "p":
            flags.append("invalid_date")
            return None
        f = _with_cal(f, "h")
    if f.cal == "h":
        y = f.y
        if f.d is not None:
            if y is None:
                y = _hijri_year_for(m, f.d, f, ctx, steps)
                if y is None:
                    flags.append("hijri_out_of_range")
                    return None
            g = hijri_to_gregorian(y, m, f.d)
            if g is None:
                flags.append("hijri_out_of_range")
                steps.append(f"Hijri {f.d} {_HIJRI_NAMES[m]} {y} is outside the Umm al-Qura table "
                             "(1343-1500 AH): no Gregorian date given")
                return _Base(f"H{y}-{m:02d}-{f.d:02d}", datetime.min, datetime.min, G.DAY, None, "absolute")
            steps.append(f"Hijri {f.d} {_HIJRI_NAMES[m]} {y} AH → {_wd(g)} (Umm al-Qura)")
            if f.weekday is not None and g.isoweekday() != f.weekday:
                near = [g + timedelta(days=k) for k in (-1, 1) if (g + timedelta(days=k)).isoweekday() == f.weekday]
                if near:
                    # a month begun a day apart by sighting: the weekday the writer saw is the day
                    g = near[0]
                    flags.append("calendar_disagreement")
                    steps.append(f"the weekday puts it on {_wd(g)} (the writer's Hijri month began a day "
                                 "apart from Umm al-Qura's)")
                else:
                    flags.append("weekday_mismatch")
            return _day_base(g, "absolute" if f.y is not None else "publication")
        # a Hijri month without a day
        if y is None:
            h = gregorian_to_hijri(ctx.today)
            if h is None:
                flags.append("hijri_out_of_range")
                return None
            cands = []
            for hy in (h[0] - 1, h[0], h[0] + 1):
                span = hijri_month_span(hy, m)
                if span is not None:
                    cands.append((span[0], hy))
            if f.uoff is not None and f.unit == "year":
                # "شهر ذي القعدة هذا العام": the one in the anchor's Gregorian year
                same = [c for c in cands if c[0].year == ctx.today.year + int(f.uoff)]
                cands = same or cands
            best = _choose(cands, ctx.today, f.month_rel, f.tense, ctx.settings.future_penalty, steps,
                           _HIJRI_NAMES[m])
            if best is None:
                return None
            y = int(best[1])  # type: ignore[arg-type]
        span = hijri_month_span(y, m)
        if span is None:
            flags.append("hijri_out_of_range")
            steps.append(f"Hijri month {_HIJRI_NAMES[m]} {y} is outside the Umm al-Qura table")
            return _Base(f"H{y}-{m:02d}", datetime.min, datetime.min, G.MONTH, None, "absolute")
        steps.append(f"Hijri month {_HIJRI_NAMES[m]} {y} AH → {span[0]} to {span[1] - timedelta(days=1)}")
        return _Base(f"H{y}-{m:02d}", datetime.combine(span[0], datetime.min.time()),
                     datetime.combine(span[1], datetime.min.time()), G.MONTH, None,
                     "absolute" if f.y is not None else "publication")
    # Gregorian
    if f.d is not None:
        if f.y is not None:
            day = valid_date(f.y, m, f.d)
            if day is None:
                flags.append("invalid_date")
                return None
            steps.append(f"{f.d} {_MONTH_NAMES[m]} {f.y} → {_wd(day)}")
            if f.weekday is not None and day.isoweekday() != f.weekday:
                flags.append("weekday_mismatch")
            return _day_base(day, "absolute")
        if f.unit == "year" and f.uoff is not None:
            y = ctx.today.year + int(f.uoff)
            day = valid_date(y, m, f.d)
            if day is None:
                flags.append("invalid_date")
                return None
            steps.append(f"{f.d} {_MONTH_NAMES[m]} of the year {y}")
            return _day_base(day, "publication")
        if valid_date(2024, m, f.d) is None:
            flags.append("invalid_date")
            return None
        day = _greg_day_without_year(m, f.d, f, ctx, steps, flags)
        if day is None:
            return None
        steps.append(f"→ {_wd(day)}")
        return _day_base(day, "publication")
    # month (and year)
    if f.y is not None:
        y = f.y
        anchored = "absolute"
    elif f.unit == "year" and f.uoff is not None:
        y = ctx.today.year + int(f.uoff)
        anchored = "publication"
    else:
        # "the following February": after the narrative's month, not the publication's
        today = ctx.narrative_day if (f.uanaph and ctx.narrative_day) else ctx.today
        cands = [(date(yy, m, 1), yy) for yy in (today.year - 1, today.year, today.year + 1)]
        month_now = date(today.year, today.month, 1)
        rel = f.month_rel
        if rel is not None and rel < 0:
            past = [c for c in cands if c[0] < month_now]
            y = int(max(past)[1])  # type: ignore[arg-type]
            steps.append(f"'past' → the latest {_MONTH_NAMES[m]} before {today:%B %Y}")
        elif rel is not None and rel > 0:
            fut = [c for c in cands if c[0] > month_now]
            y = int(min(fut)[1])  # type: ignore[arg-type]
            steps.append(f"'next' → the first {_MONTH_NAMES[m]} after {today:%B %Y}")
        elif rel == 0:
            y = today.year
        else:
            best = _choose(cands, month_now, None, f.tense, ctx.settings.future_penalty, steps, _MONTH_NAMES[m])
            y = int(best[1]) if best else today.year  # type: ignore[arg-type]
        anchored = "publication"
    s, e = month_span(y, m)
    steps.append(f"{_MONTH_NAMES[m]} {y}")
    return _Base(f"{y}-{m:02d}", s, e, G.MONTH, None, anchored)


def _weekday_day(f: Frame, ctx: Context, steps: list[str]) -> tuple[date, str]:
    w = int(f.weekday)  # type: ignore[arg-type]
    name = _WEEKDAY_NAMES[w]
    today = ctx.today
    a = today.isoweekday()
    if f.unit == "week" and f.uoff is not None and f.d is None:
        ws = week_start(today, ctx.settings.week_start) + timedelta(days=7 * int(f.uoff))
        day = ws + timedelta(days=(w - ws.isoweekday()) % 7)
        steps.append(f"{name} of the week starting {_wd(ws)}")
        return day, "publication"
    wrel = f.wrel
    if wrel == -1:
        back = (a - w) % 7 or 7
        steps.append(f"'last' {name} → the latest {name} strictly before {_wd(today)}")
        return today - timedelta(days=back), "publication"
    if wrel == 1:
        fwd = (w - a) % 7 or 7
        steps.append(f"'next' {name} → the first {name} after {_wd(today)}")
        return today + timedelta(days=fwd), "publication"
    if wrel == -2:
        back = ((a - w) % 7 or 7) + 7
        steps.append(f"{name} before last → one week before the last {name}")
        return today - timedelta(days=back), "publication"
    if wrel == 2:
        fwd = ((w - a) % 7 or 7) + 7
        steps.append(f"{name} after next → one week after the next {name}")
        return today + timedelta(days=fwd), "publication"
    if wrel == 0:
        fwd = (w - a) % 7
        steps.append(f"'this' {name} → the {name} of the current week from {_wd(today)}")
        return today + timedelta(days=fwd), "publication"
    if f.tense == "future":
        # a scheduled weekday naming the publication weekday is that very day
        fwd = (w - a) % 7
        steps.append(f"future context → the {name} from {_wd(today)} on"
                     + (" (the publication day)" if fwd == 0 else ""))
        return today + timedelta(days=fwd), "publication"
    # the same weekday mentioned a moment ago is the same day ("يوم غد الجمعة ... يوم الجمعة")
    for past in reversed(ctx.history[-8:]):
        if past.day is not None and past.day.isoweekday() == w and abs((past.day - today).days) <= 6:
            steps.append(f"the {name} the text already spoke of, {_wd(past.day)}")
            return past.day, "narrative"
    anchor = ctx.anchor
    if (w - a) % 7 == 1 and (f.tz == "local" or (anchor.has_time and anchor.when.hour >= 18)):
        steps.append(f"{name} is the day after a late-evening publication ({_wd(today)} "
                     f"{anchor.when:%H:%M}) or is given in local time abroad → the coming {name}")
        return today + timedelta(days=1), "publication"
    back = (a - w) % 7
    if back == 0:
        steps.append(f"{name} names the publication day {_wd(today)}")
    else:
        steps.append(f"past narrative → the latest {name} before {_wd(today)}")
    return today - timedelta(days=back), "publication"


def _relative_unit(f: Frame, ctx: Context, steps: list[str]) -> Optional[_Base]:
    unit, off = str(f.unit), int(f.uoff or 0)  # type: ignore[arg-type]
    ref = ctx.narrative_day if (f.uanaph and ctx.narrative_day) else ctx.today
    if f.newyear:
        # "the new year": in the second half of a year the one about to begin, in the
        # first half the one just begun
        off = 1 if ref.month >= 7 else 0
        steps.append(f"the new year from {_wd(ref)} → {ref.year + off}")
    anchored = "narrative" if (f.uanaph and ctx.narrative_day) else "publication"
    word = {-1: "last", 0: "this", 1: "next"}.get(off, f"{off:+d}")
    if unit == "weekend":
        # Weekends are the pairs of days the settings name, whatever day weeks start on:
        # "this weekend" is the one the day lies in, else the coming one; "last weekend"
        # the latest one over before the day (a week back when the day lies in one);
        # "over the weekend" the one the day lies in, else the one just past (the coming
        # one in a future context).
        first = ctx.settings.weekend[0]
        latest = ref - timedelta(days=(ref.isoweekday() - first) % 7)  # its first day, at or before ref
        inside = ref < latest + timedelta(days=2)
        if f.wknear:
            word = "the"
            s = latest + timedelta(days=7) if not inside and f.tense == "future" else latest
        elif off < 0:
            last = latest - timedelta(days=7) if inside else latest
            s = last + timedelta(days=7 * (off + 1))
        else:
            this = latest if inside else latest + timedelta(days=7)
            s = this + timedelta(days=7 * off)
        v = week_value(s - timedelta(days=s.isoweekday() - 1))
        steps.append(f"{word} weekend from {_wd(ref)} → {_wd(s)}-{_wd(s + timedelta(days=1))}, ISO week {v}")
        sd = datetime.combine(s, datetime.min.time())
        return _Base(v + "-WE", sd, sd + timedelta(days=2), G.WEEKEND, None, anchored)
    if unit == "week":
        ws = week_start(ref, ctx.settings.week_start) + timedelta(days=7 * off)
        monday = ws + timedelta(days=(1 - ws.isoweekday()) % 7)
        v = week_value(monday)
        steps.append(f"{word} week from {_wd(ref)} → {v}")
        sd = datetime.combine(ws, datetime.min.time())
        return _Base(v, sd, sd + timedelta(days=7), G.WEEK, None, anchored)
    if unit == "month":
        y, m = add_months(ref.year, ref.month, off)
        s, e = month_span(y, m)
        steps.append(f"{word} month from {_wd(ref)} → {_MONTH_NAMES[m]} {y}")
        return _Base(f"{y}-{m:02d}", s, e, G.MONTH, None, anchored)
    if unit == "year":
        y = ref.year + off
        steps.append(f"{word} year from {_wd(ref)} → {y}")
        return _Base(str(y), datetime(y, 1, 1), datetime(y + 1, 1, 1), G.YEAR, None, anchored)
    if unit == "quarter":
        q0 = (ref.month - 1) // 3 + off
        y = ref.year + q0 // 4
        q = q0 % 4 + 1
        s, e = quarter_span(y, q)
        steps.append(f"{word} quarter → {y}-Q{q}")
        return _Base(f"{y}-Q{q}", s, e, G.QUARTER, None, anchored)
    if unit == "decade":
        dec = ref.year // 10 + off
        steps.append(f"{word} decade → the {dec}0s")
        return _Base(str(dec), datetime(dec * 10, 1, 1), datetime(dec * 10 + 10, 1, 1), G.DECADE, None, anchored)
    if unit == "century":
        c = ref.year // 100 + off
        steps.append(f"{word} century → {c + 1}th century")
        return _Base(f"{c:02d}", datetime(c * 100, 1, 1), datetime(c * 100 + 100, 1, 1), G.CENTURY, None, anchored)
    return None


def _season(f: Frame, ctx: Context, steps: list[str]) -> _Base:
    s = str(f.season)
    today = ctx.today
    if f.y is not None:
        y = f.y
    else:
        off = int(f.uoff or 0)
        now = datetime.combine(today, datetime.min.time())
        cands = [(season_span(yy, s), yy) for yy in range(today.year - 2, today.year + 2)]
        if off < 0:
            y = max(yy for (a, b), yy in cands if b <= now)
        elif off > 0:
            y = min(yy for (a, b), yy in cands if a > now)
        else:
            # "this summer": the one under way, else the nearer of the last and the next
            cur = [yy for (a, b), yy in cands if a <= now < b]
            if cur:
                y = cur[0]
            else:
                last = max(((b, yy) for (a, b), yy in cands if b <= now))
                nxt = min(((a, yy) for (a, b), yy in cands if a > now))
                if f.tense == "past":
                    y = last[1]  # "sales rose in the spring", told in October
                elif f.tense == "future":
                    y = nxt[1]
                else:
                    y = last[1] if (now - last[0]) <= (nxt[0] - now) else nxt[1]
    a, b = season_span(y, s)
    steps.append(f"season {s} {y} → {a:%Y-%m-%d} to {b:%Y-%m-%d}")
    return _Base(f"{y}-{s}", a, b, G.SEASON, None, "absolute" if f.y else "publication")


def _holiday(f: Frame, ctx: Context, steps: list[str], flags: list[str]) -> Optional[_Base]:
    cal, m, d, _pod = f.holiday  # type: ignore[misc]
    today = ctx.today
    if cal == "weekday_after":
        # US holidays on a weekday: the first given weekday (``_pod``) on or after day ``d``
        # of month ``m`` (Thanksgiving: the Thursday from 22 November on)
        def on(y: int) -> date:
            first = date(y, m, d)
            return first + timedelta(days=(int(_pod) - first.isoweekday()) % 7)
        if f.y is not None:
            day = on(int(f.y))
        else:
            cands = [(on(yy), yy) for yy in (today.year - 1, today.year, today.year + 1)]
            rel = f.month_rel if f.month_rel is not None else f.uoff
            best = _choose(cands, today, rel, f.tense, ctx.settings.future_penalty, steps, "holiday",
                           bool(f.governed))
            assert best is not None
            day = best[0]
        steps.append(f"holiday: the {_WEEKDAY_NAMES[int(_pod)]} from {_MONTH_NAMES[m]} {d} on → {_wd(day)}")
        return _day_base(day, "absolute" if f.y else "publication")
    if cal == "gregorian":
        if f.y is not None:
            day = valid_date(f.y, m, d)
        else:
            tmp = Frame(m=m, d=d, tense=f.tense, month_rel=f.month_rel or None,  # "next Christmas"
                        governed=f.governed)
            day = _greg_day_without_year(m, d, tmp, ctx, steps, flags)
        if day is None:
            return None
        steps.append(f"holiday on {_MONTH_NAMES[m]} {d} → {_d(day)}")
        if f.hday is not None:
            day = day + timedelta(days=int(f.hday) - 1)
            steps.append(f"{_holiday_day(int(f.hday))} → {_wd(day)}")
        return _day_base(day, "absolute" if f.y else "publication")
    h = gregorian_to_hijri(date(f.y, 7, 1) if f.y else today)
    if h is None:
        flags.append("hijri_out_of_range")
        return None
    cands = []
    for hy in (h[0] - 1, h[0], h[0] + 1):
        g = hijri_to_gregorian(hy, m, d)
        if g is not None and (f.y is None or g.year == f.y):
            cands.append((g, hy))
    rel = f.month_rel if f.y is None else None  # "عيد الأضحى المقبل": the next one
    best = _choose(cands, today, rel, f.tense, ctx.settings.future_penalty, steps, "holiday",
                   bool(f.governed))
    if best is None:
        return None
    steps.append(f"holiday on Hijri {d} {_HIJRI_NAMES[m]} {best[1]} → {_d(best[0])}")
    day = best[0]
    if f.hday is not None:
        day = day + timedelta(days=int(f.hday) - 1)
        steps.append(f"{_holiday_day(int(f.hday))} → {_wd(day)}")
    return _day_base(day, "absolute" if f.y else "publication")


def _holiday_day(n: int) -> str:
    return "the eve of the holiday" if n == 0 else f"day {n} of the holiday"


def _reporting_period(f: Frame, ctx: Context, steps: list[str]) -> _Base:
    """"the quarter", "the latest period", "the year-ago quarter": the quarter the text
    reports on (the last one it named, else the last one finished before publication),
    a year earlier for "year-ago"/"year-earlier"."""
    today = ctx.today
    if ctx.narrative_quarter is not None:
        y, q = ctx.narrative_quarter
        anchored = "narrative"
        steps.append(f"the reporting period the text is on, {y}-Q{q}")
    else:
        q0 = (today.month - 1) // 3 - 1
        y, q = today.year + q0 // 4, q0 % 4 + 1
        anchored = "publication"
        steps.append(f"the last quarter finished before {_wd(today)}, {y}-Q{q}")
    if f.quarter is not None:
        q = int(f.quarter)
    if f.y is not None:
        y, anchored = int(f.y), "absolute"
    if f.yoy:
        if ctx.narrative_quarter is None and f.qnarr == "adj":
            # the adjective alone ("year-earlier results") with no quarter in sight: the year
            y = today.year - 1
            steps.append(f"a year before the publication year → {y}")
            return _Base(str(y), datetime(y, 1, 1), datetime(y + 1, 1, 1), G.YEAR, None, "publication")
        y -= 1
        steps.append(f"a year earlier → {y}-Q{q}")
    s, e = quarter_span(y, q)
    return _Base(f"{y}-Q{q}", s, e, G.QUARTER, None, anchored)


def _dom_base(f: Frame, ctx: Context, steps: list[str], flags: list[str]) -> Optional[_Base]:
    """A bare day of the month ("the 18th", "الـ18", "15 الجاري"): of the month the text is
    on (or the one named by a relative unit), the previous month's when that day is still
    to come in a past story, the next month's in a future context."""
    today = ctx.today
    dom = int(f.dom)
    ref_m = ctx.narrative_month or (today.year, today.month)
    anchored = "narrative" if ctx.narrative_month else "publication"
    if f.unit == "month" and f.uoff is not None:
        ref_m = add_months(today.year, today.month, int(f.uoff))
        anchored = "publication"
        day = valid_date(ref_m[0], ref_m[1], dom)
    else:
        day = valid_date(ref_m[0], ref_m[1], dom)
        if (day is None or day > today) and f.tense != "future":
            pm = add_months(ref_m[0], ref_m[1], -1)
            prev = valid_date(pm[0], pm[1], dom)
            if prev is not None and (day is None or prev <= today):
                day = prev
        elif day is not None and day < today and f.tense == "future" and ref_m == (today.year, today.month):
            # "the trial opens on the 14th" in a story of the 20th: next month's 14th
            nm = add_months(ref_m[0], ref_m[1], 1)
            nxt = valid_date(nm[0], nm[1], dom)
            if nxt is not None:
                steps.append(f"future context: day {dom} of the month after the one the text is on → {_wd(nxt)}")
                return _day_base(nxt, anchored)
    if day is None:
        flags.append("invalid_date")
        return None
    steps.append(f"day {dom} of the month the text is on → {_wd(day)}")
    return _day_base(day, anchored)


def _narrative_day(ctx: Context) -> tuple[date, str]:
    if ctx.narrative_day is not None:
        return ctx.narrative_day, "narrative"
    return ctx.today, "publication"


def _base_for(f: Frame, ctx: Context, pos: int, steps: list[str], flags: list[str]) -> Optional[_Base]:
    """The day (or coarser unit) the frame refers to, without part of day or clock."""
    today = ctx.today
    if f.holiday is not None:
        return _holiday(f, ctx, steps, flags)
    if f.m is not None:
        base = _explicit_date(f, ctx, steps, flags)
        if base is not None and base.start != datetime.min and f.second is not None:
            _reconcile(f, base, ctx, steps, flags)  # dual dating: the other calendar's date
        if base is not None and f.dayrel is not None and base.day is not None:
            expect = today + timedelta(days=int(f.dayrel))
            if expect != base.day:
                flags.append("deictic_mismatch")
                steps.append(f"the text's deictic word points to {_d(expect)}; the explicit date wins")
        return base
    if f.season is not None:
        return _season(f, ctx, steps)
    if f.qnarr:
        return _reporting_period(f, ctx, steps)
    if f.quarter is not None:
        q = int(f.quarter)
        if f.y is not None:
            y = f.y
        elif f.uoff is not None:
            y = today.year + int(f.uoff)
        else:
            # "the fourth quarter" in January: the latest one begun by then (results are
            # reported after the quarter, even in a future clause: "will report third-quarter
            # results"); in a future context the nearest one, either way
            starts = [(quarter_span(yy, q)[0].date(), yy) for yy in (today.year - 1, today.year, today.year + 1)]
            if f.tense == "future":
                y = min(starts, key=lambda c: (abs((c[0] - today).days), c[0]))[1]
                steps.append(f"future context → the Q{q} nearest {_wd(today)}")
            else:
                y = max(c for c in starts if c[0] <= today)[1]
                steps.append(f"no year given → the latest Q{q} begun by {_wd(today)}")
        s, e = quarter_span(y, q)
        steps.append(f"quarter Q{q} of {y}")
        return _Base(f"{y}-Q{q}", s, e, G.QUARTER, None, "absolute" if f.y else "publication")
    if f.half is not None and f.unit in (None, "year"):  # (of a month: its start or end)
        y = f.y if f.y is not None else today.year + int(f.uoff or 0)
        h = int(f.half)
        s0, e0 = datetime(y, 1 if h == 1 else 7, 1), datetime(y if h == 1 else y + 1, 7 if h == 1 else 1, 1)
        steps.append(f"{'first' if h == 1 else 'second'} half of {y}")
        return _Base(f"{y}-H{h}", s0, e0, G.QUARTER, None, "absolute" if f.y else "publication")
    if f.decade is not None:
        dec = int(f.decade)
        steps.append(f"the decade {dec}0s")
        return _Base(str(dec), datetime(dec * 10, 1, 1), datetime(dec * 10 + 10, 1, 1), G.DECADE, None)
    if f.century is not None:
        c = int(f.century) - 1
        steps.append(f"century {f.century} → years {c * 100}-{c * 100 + 99}")
        return _Base(f"{c:02d}", datetime(max(1, c * 100), 1, 1), datetime(c * 100 + 100, 1, 1), G.CENTURY, None)
    if f.dayrel is not None and int(f.dayrel) == 0 and f.cal != "h" and (
            (f.y is not None and f.m is None) or (f.unit == "year" and f.uoff is not None)):
        # "(في مثل هذا) اليوم من العام الماضي", "this day of 2020": today's date in that year
        y = f.y if f.y is not None else today.year + int(f.uoff)  # type: ignore[arg-type]
        if 1 <= y <= 9999:
            day = date(y, today.month, min(today.day, monthrange(y, today.month)[1]))
            steps.append(f"this day ({today:%d %B}) of the year {y} → {_d(day)}")
            return _day_base(day, "publication")
    if f.y is not None and f.m is None:
        y = f.y
        if f.cal == "h":
            first = hijri_to_gregorian(y, 1, 1)
            nxt = hijri_to_gregorian(y + 1, 1, 1)
            if first is None or nxt is None:
                flags.append("hijri_out_of_range")
                steps.append(f"Hijri year {y} is outside the Umm al-Qura table")
                return _Base(f"H{y}", datetime.min, datetime.min, G.YEAR, None)
            steps.append(f"Hijri year {y} AH → {first} to {nxt - timedelta(days=1)}")
            return _Base(f"H{y}", datetime.combine(first, datetime.min.time()),
                         datetime.combine(nxt, datetime.min.time()), G.YEAR, None)
        steps.append(f"the year {y}")
        return _Base(str(y), datetime(y, 1, 1), datetime(y + 1, 1, 1), G.YEAR, None)
    if f.dayrel is not None:
        day = today + timedelta(days=int(f.dayrel))
        word = {0: "today", -1: "yesterday", 1: "tomorrow", -2: "the day before yesterday",
                2: "the day after tomorrow"}.get(int(f.dayrel), f"{f.dayrel:+d} days")
        steps.append(f"{word} from anchor {_wd(today)} → {_d(day)}")
        if f.weekday is not None and day.isoweekday() != f.weekday:
            diff = (f.weekday - day.isoweekday()) % 7
            if diff in (1, 6):
                shift = 1 if diff == 1 else -1
                day = day + timedelta(days=shift)
                flags.append("weekday_mismatch")
                steps.append(f"but the text says {_WEEKDAY_NAMES[f.weekday]}: the publication date "
                             f"looks a day off, using {_wd(day)}")
            else:
                flags.append("weekday_mismatch")
                steps.append(f"the text says {_WEEKDAY_NAMES[f.weekday]}, which disagrees")
        return _day_base(day, "publication")
    if f.weekday is not None and f.dom is not None:
        # "الإثنين 15 الجاري", "Monday the 15th": the day of the month; a weekday that
        # disagrees is flagged, as with a full date
        base = _dom_base(f, ctx, steps, flags)
        if base is not None and base.day is not None and base.day.isoweekday() != f.weekday:
            if f.unit is None:
                # no month named: the weekday picks the month ("Monday the 12th" in a story
                # of Saturday 20 December about the coming weeks is 12 January)
                ref = base.day
                cands = []
                for off in (-1, 0, 1):
                    ym = add_months(ref.year, ref.month, off)
                    d = valid_date(ym[0], ym[1], int(f.dom))
                    if d is not None and d.isoweekday() == f.weekday:
                        cands.append((d, ym))
                if cands:
                    steps.append(f"but the text says {_WEEKDAY_NAMES[int(f.weekday)]}: the weekday picks the month")
                best = _choose(cands, today, None, f.tense, ctx.settings.future_penalty, steps,
                               f"{_WEEKDAY_NAMES[int(f.weekday)]} the {f.dom}")
                if best is not None:
                    steps.append(f"→ {_wd(best[0])}")
                    return _day_base(best[0], base.anchored)
            flags.append("weekday_mismatch")
            steps.append(f"the text says {_WEEKDAY_NAMES[int(f.weekday)]}, which disagrees; the date wins")
        return base
    if f.weekday is not None:
        day, anchored = _weekday_day(f, ctx, steps)
        steps.append(f"→ {_d(day)}")
        return _day_base(day, anchored)
    if f.anaph is not None:
        ref, anchored = _narrative_day(ctx)
        off = {"next": 1, "prev": -1, "same": 0}[str(f.anaph)]
        day = ref + timedelta(days=off)
        steps.append(f"{'the next day' if off > 0 else 'the day before' if off < 0 else 'the same day'} "
                     f"relative to the narrative day {_wd(ref)} → {_d(day)}")
        return _day_base(day, anchored)
    if f.dom is not None:
        return _dom_base(f, ctx, steps, flags)
    if f.unit is not None:
        return _relative_unit(f, ctx, steps)
    return None


def _clock_hour(h: int, ampm: Optional[object]) -> int:
    if ampm == "am":
        return h % 12
    if ampm == "pm":
        return h % 12 + 12
    if ampm in ("TMO", "dawn"):
        return 0 if h == 12 and ampm == "dawn" else h
    if ampm == "TMI":
        return h if h >= 11 else h + 12
    if ampm == "TAF":
        return h + 12 if h < 12 else h
    if ampm == "TEV":
        return h + 12 if h <= 12 else h
    if ampm == "TNI":
        if 6 <= h <= 12:
            return h + 12
        return h
    return h


def _clock_day(f: Frame, ctx: Context, pos: int, hour24: int, steps: list[str]) -> tuple[date, str]:
    """The day of a clock time written without one: the narrative day it most likely means."""
    pods = ctx.settings.parts_of_day
    for past in reversed(ctx.history[-8:]):
        if past.pod and past.pod in pods and past.day is not None:
            lo, hi = pods[past.pod]
            if lo <= hour24 < hi or lo <= hour24 + 24 < hi:
                steps.append(f"clock time within the {_POD_NAMES.get(past.pod, past.pod)} of "
                             f"{_wd(past.day)} mentioned before")
                return past.day, "narrative"
    if ctx.history and ctx.same_sentence(ctx.history[-1].pos, pos) and ctx.history[-1].day:
        steps.append(f"clock time on the day of the same sentence, {_wd(ctx.history[-1].day)}")
        return ctx.history[-1].day, "narrative"
    steps.append(f"clock time on the publication day {_wd(ctx.today)}")
    return ctx.today, "publication"


def _resolve_calendar(f: Frame, ctx: Context, pos: int) -> Optional[Resolution]:
    steps: list[str] = []
    flags: list[str] = []
    settings = ctx.settings
    base = _base_for(f, ctx, pos, steps, flags)
    mod = f.posmod
    if f.half is not None and base is not None and base.gran == G.MONTH:
        # "the first half of December": a month has no half in TIMEX3, it is its start or end
        mod = mod or ("START" if int(f.half) == 1 else "END")
        steps.append(f"{'first' if int(f.half) == 1 else 'second'} half of it (mod {mod})")
    if f.approx and (f.hour is None):
        mod = mod or "APPROX"
    has_clock = f.hour is not None
    has_pod = f.pod is not None or f.podmod is not None
    if base is None and (has_clock or has_pod):
        # a part of day or clock time with no day of its own
        if has_clock:
            hour24 = _clock_hour(int(f.hour), f.ampm or (f.pod if f.pod != "MIDNIGHT" else None))  # type: ignore[arg-type]
            if f.recurring:
                mm = f.minute or 0
                h = hour24 % 24
                v = f"XXXX-XX-XXT{h:02d}:{mm:02d}"
                steps.append(f"recurring clock time {h:02d}:{mm:02d} with no calendar day → {v}")
                return Resolution(TimexType.TIME, v, None, G.MINUTE if f.minute is not None else G.HOUR,
                                  steps, mod="APPROX" if f.approx else None, anchored_to="none",
                                  flags=tuple(flags))
            day, anchored = _clock_day(f, ctx, pos, hour24, steps)
        elif _is_overnight(f, ctx):
            day, anchored = _overnight_day(ctx, steps)
        elif f.pod == "MIDNIGHT":
            ref, anchored = _narrative_day(ctx)
            if ref > ctx.today or (f.tense == "past" and ref == ctx.today):
                # ("sirens sounded around midnight" in a morning story: the one just past)
                day = ref - timedelta(days=1)
                steps.append(f"midnight at the start of {_wd(ref)}")
            else:
                day = ref
                steps.append(f"midnight at the end of {_wd(ref)}")
        else:
            day, anchored = _narrative_day(ctx)
            steps.append(f"part of day on the narrative day {_wd(day)}")
            a = ctx.anchor
            if f.tense == "future" and day == ctx.today and a.has_time and f.pod not in (None, "NOON") \
                    and a.when >= datetime.combine(day, datetime.min.time()) \
                    + timedelta(hours=ctx.settings.parts_of_day[_pod_key(f)][1]):
                # "the cabinet will meet at lunchtime" in a story filed at 23:11: tomorrow's
                day = day + timedelta(days=1)
                steps.append(f"already over when the story was filed ({a.when:%H:%M}) and told as "
                             f"coming → the next one, {_wd(day)}")
        base = _day_base(day, anchored)
        flags.append("day_inferred")  # the text gives the hour or part of day, not the day
    if base is None:
        return None
    if base.start == datetime.min:  # out-of-range Hijri: flagged, no interval
        return Resolution(TimexType.DATE, base.value, None, base.gran, steps, mod=mod,
                          anchored_to=base.anchored, flags=tuple(flags))
    anchored = base.anchored
    if base.day is not None and (has_clock or has_pod):
        return _refine_day(f, base, ctx, steps, flags, mod)
    if base.day is None and (has_clock or has_pod) and f.pod is not None:
        steps.append("part of day ignored on a span longer than a day")
    iv = TimeInterval(base.start, base.end)
    if f.earlier:
        # "earlier this month": the part of it before the publication day
        cut = datetime.combine(ctx.today, datetime.min.time())
        if f.earlier == "earlier" and base.start < cut < base.end:
            iv = TimeInterval(base.start, cut)
        elif f.earlier == "later" and base.start < cut + timedelta(days=1) < base.end:
            iv = TimeInterval(cut + timedelta(days=1), base.end)
        steps.append(f"'{f.earlier}' within that {base.gran.value}: {iv.start:%Y-%m-%d} to {iv.end:%Y-%m-%d}")
    if mod in ("START", "MID", "END"):
        steps.append({"START": "start of", "MID": "middle of", "END": "end of"}[mod] + " it (mod " + mod + ")")
    return Resolution(TimexType.DATE, base.value, iv, base.gran, steps, mod=mod, anchored_to=anchored,
                      flags=tuple(flags), day=base.day)


def _is_overnight(f: Frame, ctx: Context) -> bool:
    return bool(f.overnight) and f.dayrel is None and f.weekday is None


def _overnight_day(ctx: Context, steps: list[str]) -> tuple[date, str]:
    a = ctx.anchor
    if a.has_time and a.when.hour >= 18:
        steps.append("overnight, published in the evening → the coming night")
        return ctx.today, "publication"
    steps.append("overnight → the night before publication")
    return ctx.today - timedelta(days=1), "publication"


def _reconcile(f: Frame, base: _Base, ctx: Context, steps: list[str], flags: list[str]) -> None:
    other = f.second
    assert other is not None
    sub_steps: list[str] = []
    sub_flags: list[str] = []
    ob = _explicit_date(other, ctx, sub_steps, sub_flags) if other.m is not None else None
    if ob is None or ob.day is None or base.day is None:
        return
    if ob.day == base.day:
        steps.append(f"the other calendar's date {sub_steps[-1] if sub_steps else ''} agrees")
    elif f.weekday is not None and ob.day.isoweekday() == f.weekday != base.day.isoweekday():
        # the weekday told agrees with the other calendar's date: that is the day
        if "weekday_mismatch" in flags:
            flags.remove("weekday_mismatch")
        flags.append("calendar_disagreement")
        steps.append(f"the two calendars disagree: {_d(base.day)} vs {_d(ob.day)} (kept the second, "
                     f"a {ob.day:%A} as the text says)")
        fresh = _day_base(ob.day, base.anchored)
        base.value, base.start, base.end, base.day = fresh.value, fresh.start, fresh.end, fresh.day
    else:
        flags.append("calendar_disagreement")
        steps.append(f"the two calendars disagree: {_d(base.day)} vs {_d(ob.day)} (kept the first)")


def _pod_key(f: Frame) -> str:
    """The part of day a frame names, as a key of ``Settings.parts_of_day``."""
    if f.pod is None:
        return "dawn" if f.podmod == "early" else "TNI"
    if f.podmod == "early" and f.pod in ("TMO", "dawn"):
        return "dawn"
    return str(f.pod)


def _refine_day(f: Frame, base: _Base, ctx: Context, steps: list[str], flags: list[str],
                mod: Optional[str]) -> Resolution:
    day = base.day
    assert day is not None
    pods = ctx.settings.parts_of_day
    anchored = base.anchored
    if f.hour is not None:
        h = int(f.hour)
        ampm = f.ampm
        if ampm is None and f.pod not in (None, "MIDNIGHT"):
            ampm = f.pod
        hour24 = _clock_hour(h, ampm)
        mm = int(f.minute or 0)
        t = datetime(day.year, day.month, day.day) + timedelta(hours=hour24, minutes=mm)
        if hour24 == 24:
            steps.append("twelve at night → midnight ending that day")
        value = t.isoformat(timespec="minutes")
        if f.sec is not None:
            t = t + timedelta(seconds=int(f.sec))
            value = t.isoformat(timespec="seconds")
            iv = TimeInterval(t, t + timedelta(seconds=1))
            gran = G.MINUTE
        elif f.minute is not None:
            iv = TimeInterval(t, t + timedelta(minutes=1))
            gran = G.MINUTE
        elif f.approx:
            iv = TimeInterval(t - timedelta(minutes=30), t + timedelta(minutes=30))
            gran = G.HOUR
        else:
            iv = TimeInterval(t, t + timedelta(hours=1))
            gran = G.HOUR
        tz = f" ({f.tz} time)" if f.tz and f.tz != "local" else (" (local time)" if f.tz else "")
        if f.tz_offset:
            offset = utc_offset(str(f.tz), t.date())
            if offset is not None:
                value += offset
                tz = f" ({f.tz} time, UTC{'+00:00' if offset == 'Z' else offset})"
        steps.append(f"at {t:%H:%M}{tz} → {value}")
        return Resolution(TimexType.TIME, value, iv, gran, steps,
                          mod="APPROX" if f.approx else mod, anchored_to=anchored, flags=tuple(flags),
                          day=t.date())
    pod = f.pod
    if pod == "NOON":  # English "noon", "midday": twelve o'clock (TimeML), not the TMI span
        t = datetime(day.year, day.month, day.day, 12)
        steps.append(f"noon of {_wd(day)} → {t:%Y-%m-%dT%H:%M}")
        return Resolution(TimexType.TIME, t.isoformat(timespec="minutes"),
                          TimeInterval(t, t + timedelta(minutes=1)), G.MINUTE, steps, mod=mod,
                          anchored_to=anchored, flags=tuple(flags), day=day)
    if pod == "MIDNIGHT":
        if f.midnight_next:
            t = datetime(day.year, day.month, day.day)
            steps.append(f"midnight between two days → start of {_wd(day)}")
        else:
            t = datetime(day.year, day.month, day.day) + timedelta(days=1)
            steps.append(f"midnight ending {_wd(day)} → {t:%Y-%m-%dT%H:%M}")
        return Resolution(TimexType.TIME, t.isoformat(timespec="minutes"),
                          TimeInterval(t, t + timedelta(minutes=1)), G.MINUTE, steps, mod=mod,
                          anchored_to=anchored, flags=tuple(flags), day=day)
    podmod = f.podmod
    key = _pod_key(f)
    value_pod = _POD_VALUE.get(key, "TMO")
    lo, hi = pods[key]
    s = datetime(day.year, day.month, day.day) + timedelta(hours=lo)
    e = datetime(day.year, day.month, day.day) + timedelta(hours=hi)
    if podmod == "late":
        mod = "END"
    elif podmod == "early" and key != "dawn":
        mod = "START"
    pair = " (the night running into the next day)" if f.pod_pair else ""
    steps.append(f"{_POD_NAMES.get(key, key)}{pair} of {_wd(day)} → {day}{value_pod}")
    return Resolution(TimexType.TIME, f"{_d(day)}{value_pod}", TimeInterval(s, e), G.PART_OF_DAY,
                      steps, mod=mod, anchored_to=anchored, flags=tuple(flags), day=day)
