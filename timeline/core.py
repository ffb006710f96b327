"""The resolution API: :func:`find_times` and :func:`resolve`.

>>> import timeline
>>> m = timeline.resolve("Saturday last week", anchor="2025-12-20")
>>> m.value, m.granularity
('2025-12-13', Granularity.DAY)
>>> timeline.resolve("فجر الثامن عشر من كانون الأول/ ديسمبر", anchor="2025-12-20").value
'2025-12-18TMO'
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from typing import Optional

from .anchor import Anchor, AnchorLike, parse_anchor
from .errors import InputError, ResolutionError, TimelineWarning, check_unicode
from .frames import Frame
from .lang import detect_language, get_language
from .resolver import Context, Resolution, order_weekday_pair, resolve_frame
from .settings import Settings
from .tagger import Tagged, tag
from .text import Normalized, normalize
from .timex import Granularity, TimeMention

__all__ = ["find_times", "resolve", "MAX_TEXT_LENGTH"]

#: Longest text accepted in one call (characters); longer input raises InputError.
MAX_TEXT_LENGTH = 5_000_000

_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(\d+)")


def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise InputError(f"{what} must be a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise InputError(f"{what} is {len(text):,} characters long; the limit is {MAX_TEXT_LENGTH:,}")
    return check_unicode(text, what, InputError)


_DEFAULT_SETTINGS: Optional[Settings] = None


def _check_settings(settings: object) -> Settings:
    global _DEFAULT_SETTINGS
    if settings is None:
        if _DEFAULT_SETTINGS is None:
            _DEFAULT_SETTINGS = Settings()  # frozen: one instance serves every call
        return _DEFAULT_SETTINGS
    if not isinstance(settings, Settings):
        raise InputError(f"settings must be a timeline.Settings, not {type(settings).__name__}")
    return settings


def _lang(text: str, lang: Optional[str]) -> str:
    if lang is None:
        return detect_language(text)
    return get_language(lang).code


def _explain(text: str, steps: list[str], anchor: Optional[Anchor], anchored_to: str) -> str:
    head = f"'{text}'"
    body = " → ".join(s.removeprefix("→ ") for s in steps if s and s != "→")
    tail = ""
    if anchor is not None and anchored_to in ("publication", "narrative"):
        # isoformat, not strftime("%Y"): year 1 is "0001", not "1"
        w = anchor.when
        tail = f" [anchor {w:%a} {w.date().isoformat()}{' ' + w.strftime('%H:%M') if anchor.has_time else ''}]"
    return f"{head} → {body}{tail}"


#: Two stand-in anchors for a text with no publication date, three years (and a Hijri year
#: range, a weekday, a month and a day of the month) apart: an expression that resolves the
#: same against both does not depend on the publication date; one that does not is left
#: unanchored, keeping only the fields both agree on.
_STAND_INS = (Anchor(datetime(2000, 1, 1)), Anchor(datetime(2003, 8, 13)))


def _agreed_value(a: str, b: str) -> str:
    """The TIMEX3 value two stand-in resolutions agree on, with ``X`` for every number
    they disagree on: ``("1999-12-20", "2003-12-20") -> "XXXX-12-20"``,
    ``("2000-01-01T03:45", "2003-08-13T03:45") -> "XXXX-XX-XXT03:45"``."""
    pa, pb = _NUMBER.split(a), _NUMBER.split(b)
    if len(pa) != len(pb) or pa[0::2] != pb[0::2]:  # different shapes: nothing in common
        return _DIGIT.sub("X", a)
    return "".join(x if k % 2 == 0 or x == y else "X" * len(x) for k, (x, y) in enumerate(zip(pa, pb)))


#: Flags the resolver raises by comparing a text with its anchor ("today" is not the date
#: written beside it, "this month" names another month, a weekday is not the stated day's):
#: without a publication date the comparison was with a stand-in, so they are dropped.
_ANCHOR_FLAGS = frozenset({"deictic_mismatch", "month_mismatch", "weekday_mismatch"})


def _without_anchor(text: str, norm: Normalized, t: Tagged, ra: Optional[Resolution],
                    rb: Optional[Resolution], code: str) -> TimeMention:
    """The mention of ``t`` in a text with no publication date, from its resolutions against
    the two stand-in anchors (at least one not ``None``): what does not depend on the
    anchor, and never a stand-in date in its value, explanation, anchor or flags."""
    import attrs

    first = ra if ra is not None else rb
    assert first is not None
    m = _mention_of(text, norm, t, first, _STAND_INS[0], code)
    other = rb if ra is not None else None
    if (other is not None and first.value == other.value and first.interval == other.interval
            and first.flags == other.flags and first.steps == other.steps and first.mod == other.mod):
        # the same against any anchor ("the next day" after "13 December 2025")
        return attrs.evolve(m, anchor=None, explanation=_explain(m.text, first.steps, None, first.anchored_to))
    if other is None:
        value, flags, steps = _DIGIT.sub("X", first.value), (), []
    else:
        value = _agreed_value(first.value, other.value)
        flags = tuple(f for f in dict.fromkeys(first.flags) if f in other.flags and f not in _ANCHOR_FLAGS)
        steps = [st for st in first.steps if st in other.steps]
    body = " → ".join(st.removeprefix("→ ") for st in steps if st and st != "→")
    if other is not None and first.interval is not None and first.interval == other.interval:
        # the time does not depend on the anchor, only a comparison with it did
        # ("اليوم 13 ديسمبر 2025": is 13 December "today"? unknown)
        iv = first.interval
        if t.frame.weekday is not None and iv.start.isoweekday() != t.frame.weekday \
                and first.granularity is not None and first.granularity.rank <= Granularity.DAY.rank:
            flags += ("weekday_mismatch",)
        return attrs.evolve(m, value=value, anchor=None, flags=flags,
                            explanation=f"'{m.text}' → {body}" if body else f"'{m.text}'")
    explanation = (f"'{m.text}' → {body} → " if body else f"'{m.text}' → ") + \
        "needs the publication date, which is unknown: left unanchored"
    return attrs.evolve(m, value=value, interval=None, anchor=None, flags=flags + ("unanchored",),
                        granularity=m.granularity if other is None or first.granularity == other.granularity else None,
                        explanation=explanation)


def find_times(
    text: str,
    published: Optional[AnchorLike] = None,
    *,
    lang: Optional[str] = None,
    settings: Optional[Settings] = None,
) -> list[TimeMention]:
    """Find and resolve every temporal expression in ``text``.

    Args:
        text: the article text, exactly as the caller has it; offsets point into it.
        published: the publication date (``date``, ``datetime`` or ISO string) that
            deictic expressions resolve against.  When ``None`` it is inferred from a
            dateline in the text (:func:`infer_published`); failing that, relative
            expressions come back unanchored (value ``XXXX-XX-XX``, no interval,
            flag ``"unanchored"``).
        lang: ``"ar"`` or ``"en"``; detected from the script when ``None``.
        settings: week start, weekend and part-of-day hours (:class:`Settings`).

    Returns:
        The mentions in text order.  For each, ``text[m.start:m.end] == m.text``.

    >>> ms = find_times("وقالت المصادر إن الهجوم وقع يوم الجمعة.", published="2025-12-20")
    >>> [(m.text, m.value) for m in ms]
    [('يوم الجمعة', '2025-12-19')]
    """
    text = _check_text(text)
    settings = _check_settings(settings)
    code = _lang(text, lang)
    anchor: Optional[Anchor]
    if published is None:
        from .published import infer_published

        found = infer_published(text, lang=code)
        anchor = parse_anchor(found.when) if found is not None else None
        if found is not None and not found.has_time:
            anchor = Anchor(anchor.when, False, None)  # type: ignore[union-attr]
    else:
        anchor = parse_anchor(published, "published")
    if not text.strip():
        return []
    found_times = _find(text, anchor, code, settings)
    if anchor is None:
        _warn_unanchored(found_times, "no publication date given or found in the text", "pass published=...")
    return found_times


def _mention_of(text: str, norm: Normalized, t: Tagged, res: Resolution, anchor: Anchor,
                code: str) -> TimeMention:
    """The public mention of one tagged, resolved expression (offsets into ``text``)."""
    s, e = norm.span(t.start, t.end)
    surface = text[s:e]
    return TimeMention(
        text=surface,
        start=s,
        end=e,
        type=res.type,
        value=res.value,
        interval=res.interval,
        granularity=res.granularity,
        explanation=_explain(surface, res.steps, anchor, res.anchored_to),
        mod=res.mod,
        anchor=anchor.when if res.anchored_to in ("publication", "narrative") else None,
        anchored_to=res.anchored_to,
        flags=tuple(dict.fromkeys(res.flags)),
        lang=code,
    )


def _find(text: str, anchor: Optional[Anchor], code: str, settings: Settings) -> list[TimeMention]:
    norm = normalize(text)
    if anchor is None:
        tagged = tag(norm, get_language(code))
        return _find_unanchored(text, norm, tagged, code, settings) if tagged else []
    return anchored_times(text, norm, anchor, code, settings)


def anchored_times(text: str, norm: Normalized, anchor: Anchor, code: str, settings: Settings) -> list[TimeMention]:
    """Every expression of ``text`` (normalised as ``norm``) resolved against ``anchor``, in
    text order, as :func:`find_times` gives them (the chronology reads its articles' times
    with it too)."""
    language = get_language(code)
    tagged = tag(norm, language)
    if not tagged:
        return []
    ctx = Context(anchor, settings, norm.text)
    out: list[TimeMention] = []
    last: Optional[tuple[Tagged, Resolution]] = None
    for t in tagged:
        res = resolve_frame(t.frame, ctx, t.start)
        if res is None:
            last = None
            continue
        if last is not None and _joined(norm.text, last[0], t, language.lexicon):
            first, res = order_weekday_pair(last[0].frame, last[1], t.frame, res, ctx.today)
            if first is not last[1]:
                out[-1] = _mention_of(text, norm, last[0], first, anchor, code)  # type: ignore[arg-type]
        elif last is not None and _part_of_the_day_after(norm.text, last, t, res, language.lexicon):
            again = resolve_frame(_with_part_of_day(t.frame, last[0].frame), ctx, t.start)
            if again is not None:
                again.steps.insert(0, f"the part of day of the day told right after it "
                                      f"({text[slice(*norm.span(t.start, t.end))]!r})")
                out[-1] = _mention_of(text, norm, last[0], again, anchor, code)  # type: ignore[arg-type]
        ctx.remember(res, t.start, t.frame)  # type: ignore[arg-type]
        out.append(_mention_of(text, norm, t, res, anchor, code))  # type: ignore[arg-type]
        last = (t, res)  # type: ignore[assignment]
    return out


#: The most words a part of day and the day told after it may have between them, the
#: governing preposition included ("dawn prayers on Friday").
_POD_DAY_GAP = 2


def _part_of_the_day_after(text: str, a: tuple[Tagged, Resolution], b: Tagged, rb: Resolution, lex) -> bool:
    """Is ``a`` a part of day with no day of its own, told in a phrase whose day follows
    it after a noun and the lexicon's governing preposition ("during dawn prayers on
    Friday", "the evening service on Sunday")?  That day is its day, not the one the
    narrative is on."""
    fa, ra = a[0].frame, a[1]
    if fa.pod is None or fa.hour is not None or "day_inferred" not in ra.flags:
        return False
    fb = b.frame
    if rb.granularity != Granularity.DAY or "day_inferred" in rb.flags or fb.pod is not None \
            or fb.hour is not None or rb.interval is None:
        return False
    words = text[a[0].end:b.start].split()
    return 0 < len(words) <= _POD_DAY_GAP and all(w.isalpha() for w in words) \
        and bool(lex.words.get(words[-1], {}).get("governing_prep")) \
        and not any(lex.words.get(w, {}).get("and") for w in words)


def _with_part_of_day(day: Frame, pod: Frame) -> Frame:
    """The frame of a day with the part of day of another frame."""
    f = day.copy()
    f.pod, f.podmod, f.pod_pair = pod.pod, pod.podmod, pod.pod_pair
    return f


def _joined(text: str, a: Tagged, b: Tagged, lex) -> bool:
    """Are two expressions joined by "and" alone (the lexicon's ``and`` words: "Saturday
    and Sunday", ``السبت والأحد``)?"""
    between = text[a.end:b.start].strip()
    return bool(between) and len(between) < 8 and "and" in lex.words.get(between, {})


def _find_unanchored(text: str, norm: Normalized, tagged: list[Tagged], code: str,
                     settings: Settings) -> list[TimeMention]:
    """:func:`_find` for a text with no publication date: each expression is resolved
    against both stand-in anchors, and only what they agree on is kept."""
    ctxs = [Context(a, settings, norm.text) for a in _STAND_INS]
    out: list[TimeMention] = []
    for t in tagged:
        found: list[Optional[Resolution]] = []
        for ctx in ctxs:
            res = resolve_frame(t.frame, ctx, t.start)
            if res is not None:
                ctx.remember(res, t.start, t.frame)
            found.append(res)
        if found[0] is None and found[1] is None:
            continue
        out.append(_without_anchor(text, norm, t, found[0], found[1], code))
    return out


def _warn_unanchored(mentions: list[TimeMention], what: str, hint: str) -> None:
    loose = [m.text for m in mentions if "unanchored" in m.flags]
    if loose:
        shown = ", ".join(repr(x) for x in loose[:3]) + (", ..." if len(loose) > 3 else "")
        warnings.warn(f"{what}: {len(loose)} relative expression{'s' if len(loose) != 1 else ''} "
                      f"({shown}) left unanchored; {hint}", TimelineWarning, stacklevel=3)


def resolve(
    expression: str,
    anchor: Optional[AnchorLike] = None,
    *,
    lang: Optional[str] = None,
    settings: Optional[Settings] = None,
) -> TimeMention:
    """Resolve one temporal expression against an anchor date.

    The longest expression found in ``expression`` is returned; offsets are into
    ``expression``.  Raises :class:`~timeline.ResolutionError` when there is none (or it
    names an impossible date such as 31 February), :class:`~timeline.AnchorError` for an
    unreadable anchor.

    >>> m = resolve("يوم السبت الماضي", anchor="2025-12-20")
    >>> m.value, m.interval
    ('2025-12-13', TimeInterval(start=2025-12-13T00:00, end=2025-12-14T00:00))
    """
    expression = _check_text(expression, "expression")
    if not expression.strip():
        raise ResolutionError("expression is empty")
    settings = _check_settings(settings)
    code = _lang(expression, lang)
    parsed = parse_anchor(anchor) if anchor is not None else None
    found = _find(expression, parsed, code, settings)
    if not found:
        raise ResolutionError(f"no temporal expression found in {expression!r}")
    best = max(found, key=lambda m: (m.end - m.start, -m.start))
    if parsed is None:
        _warn_unanchored([best], "no anchor given", "pass anchor=...")
    return best
