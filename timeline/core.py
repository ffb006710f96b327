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
from typing import Optional

from .anchor import Anchor, AnchorLike, parse_anchor
from .errors import InputError, ResolutionError
from .lang import detect_language, get_language
from .resolver import Context, Resolution, resolve_frame
from .settings import Settings
from .tagger import Tagged, tag
from .text import Normalized, normalize
from .timex import TimeMention

__all__ = ["find_times", "resolve", "MAX_TEXT_LENGTH"]

#: Longest text accepted in one call (characters); longer input raises InputError.
MAX_TEXT_LENGTH = 5_000_000

_DIGIT = re.compile(r"\d")


def _check_text(text: object, what: str = "text") -> str:
    if not isinstance(text, str):
        raise InputError(f"{what} must be a str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise InputError(f"{what} is {len(text):,} characters long; the limit is {MAX_TEXT_LENGTH:,}")
    return text


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
        tail = f" [anchor {anchor.when:%a %Y-%m-%d}{' ' + anchor.when.strftime('%H:%M') if anchor.has_time else ''}]"
    return f"{head} → {body}{tail}"


def _unanchored(m: TimeMention) -> TimeMention:
    """Without a publication date, relative expressions keep only what they say."""
    import attrs

    value = _DIGIT.sub("X", m.value)
    return attrs.evolve(m, value=value, interval=None, anchor=None,
                        flags=m.flags + ("unanchored",),
                        explanation=m.explanation.split(" [anchor")[0] + " (no publication date: left unanchored)")


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
    return _find(text, anchor, code, settings)


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
    language = get_language(code)
    norm = normalize(text)
    tagged = tag(norm, language)
    if not tagged:
        return []
    work_anchor = anchor if anchor is not None else parse_anchor("2000-01-01")
    ctx = Context(work_anchor, settings, norm.text)
    out: list[TimeMention] = []
    for t in tagged:
        res = resolve_frame(t.frame, ctx, t.start)
        if res is None:
            continue
        ctx.remember(res, t.start, t.frame)
        m = _mention_of(text, norm, t, res, work_anchor, code)
        if anchor is None and res.anchored_to in ("publication", "narrative"):
            m = _unanchored(m)
        out.append(m)
    return out


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
    return max(found, key=lambda m: (m.end - m.start, -m.start))
