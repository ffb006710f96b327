"""Articles, event mentions and merged events.

>>> a = Article(id="x", text="قتل جنديان في هجوم يوم السبت الماضي", published="2025-12-20", source="Agency")
>>> a.anchor.when.date()
datetime.date(2025, 12, 20)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional, Union

import attrs

from .anchor import Anchor, parse_anchor
from .errors import AnchorError, ArticleError, check_unicode
from .timex import Granularity, TimeInterval, TimeMention

__all__ = ["Article", "Source", "EventMention", "TimeConflict", "Event"]

PublishedLike = Union[date, datetime, str, None]


def _check_id(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ArticleError(f"Article.{attribute.name} must be a non-empty str, not {value!r}")
    check_unicode(value, f"Article.{attribute.name} {value.encode('utf-8', 'backslashreplace').decode()!r}",
                  ArticleError)


def _check_text(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if not isinstance(value, str):
        raise ArticleError(f"Article.text must be a str, not {type(value).__name__}")
    check_unicode(value, f"article {getattr(instance, 'id', '?')!r}: Article.text", ArticleError)


def _check_opt_str(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ArticleError(f"Article.{attribute.name} must be a str or None, not {type(value).__name__}")
    if value is not None:
        check_unicode(value, f"article {getattr(instance, 'id', '?')!r}: Article.{attribute.name}", ArticleError)


def _check_published(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if value is None:
        return
    try:
        parse_anchor(value, "published")
    except AnchorError as exc:
        raise ArticleError(f"article {getattr(instance, 'id', '?')!r}: {exc}") from None


def _check_lang(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if value is None:
        return
    from .lang import get_language

    try:
        get_language(value)  # type: ignore[arg-type]
    except Exception as exc:  # LanguageError
        raise ArticleError(f"article {getattr(instance, 'id', '?')!r}: {exc}") from None


@attrs.frozen
class Article:
    """One news article.

    Attributes:
        id: a unique identifier (file name, URL hash, ...).
        text: the article text exactly as published; mention offsets point into it.
        published: publication date (``date``, ``datetime`` or ISO string).  ``None``
            means "read it from the dateline" (:func:`timeline.infer_published`).
        source: the outlet's name; ``id`` is shown when it is missing.
        url: where the article came from.
        lang: ``"ar"``/``"en"``; detected when ``None``.
    """

    id: str = attrs.field(validator=_check_id)
    text: str = attrs.field(validator=_check_text, repr=lambda t: f"<{len(t)} chars>")
    published: PublishedLike = attrs.field(default=None, validator=_check_published)
    source: Optional[str] = attrs.field(default=None, validator=_check_opt_str)
    url: Optional[str] = attrs.field(default=None, validator=_check_opt_str)
    lang: Optional[str] = attrs.field(default=None, validator=_check_lang)

    @property
    def anchor(self) -> Anchor:
        """The publication date as an :class:`~timeline.Anchor` (raises when unknown)."""
        if self.published is None:
            raise ArticleError(f"article {self.id!r} has no publication date")
        return parse_anchor(self.published, "published")

    @property
    def outlet(self) -> str:
        return self.source or self.id


@attrs.frozen(order=True)
class Source:
    """An article that reports an event: its id, outlet name and URL."""

    article_id: str
    name: str
    url: Optional[str] = None


@attrs.frozen
class EventMention:
    """One report of a happening in one article, with exact provenance.

    Attributes:
        article_id, source, url: where it was reported.
        start, end, text: the clause reporting it; ``article.text[start:end] == text``.
        sentence: the whole sentence the clause belongs to.
        time: the :class:`~timeline.TimeMention` that dates it (``None`` when undated);
            it may sit outside the clause when the time was inherited.
        time_basis: ``"explicit"`` (a time expression in the clause), ``"reported"``
            (the time of the statement that reports it: "said on Saturday that ..."),
            ``"inherited"`` (the narrative time of the previous clause), ``"after"`` (the
            time of a happening nested in the clause, which this one follows or answers:
            "a toll rose of the flood that struck on Sunday evening"), or ``"none"``.
        kind: ``"happening"`` or ``"statement"`` (an actor announcing or declaring
            something is an event of its own; see docs/events.md).
        classes: event classes found in the clause (``"strike"``, ``"kill"``, ...).
        triggers: the words that made it an event mention.
        lang: the article's language.
        published: the article's publication date.
    """

    article_id: str
    source: str
    url: Optional[str]
    start: int
    end: int
    text: str
    sentence: str
    time: Optional[TimeMention]
    time_basis: str
    kind: str
    classes: tuple[str, ...]
    triggers: tuple[str, ...]
    lang: str
    published: Optional[datetime] = None

    @property
    def interval(self) -> Optional[TimeInterval]:
        """The interval it is dated to (from :attr:`time`), or ``None``."""
        return self.time.interval if self.time is not None else None

    @property
    def key(self) -> tuple[str, int, int]:
        """A stable identity: (article id, start, end)."""
        return (self.article_id, self.start, self.end)


@attrs.frozen
class TimeConflict:
    """Sources that date an event differently from its consensus time."""

    value: str
    interval: Optional[TimeInterval]
    sources: tuple[Source, ...]
    expressions: tuple[str, ...]


@attrs.frozen
class Event:
    """A happening with every report of it.

    Attributes:
        id: stable within one chronology (``E0001`` ...).
        interval, value, granularity: the consensus time — the most precise time
            consistent with the mentions (``None`` for undated events).
        title: the clearest sentence reporting it.
        kind: ``"happening"`` or ``"statement"``.
        mentions: every report, one per clause (provenance).
        sources: the distinct articles reporting it.
        conflicts: sources whose time disagrees with the consensus.
        date_basis: ``"reports"`` when the time comes from the reports' time expressions,
            ``"publication"`` for a statement no report dates, taken to be made on the day
            its first report was published, ``"none"`` for undated events.
    """

    id: str
    interval: Optional[TimeInterval]
    value: Optional[str]
    granularity: Optional[Granularity]
    title: str
    kind: str
    mentions: tuple[EventMention, ...]
    sources: tuple[Source, ...]
    conflicts: tuple[TimeConflict, ...] = ()
    date_basis: str = "reports"

    @property
    def outlets(self) -> tuple[str, ...]:
        """Distinct outlet names among the sources."""
        return tuple(dict.fromkeys(s.name for s in self.sources))

    @property
    def classes(self) -> tuple[str, ...]:
        out: dict[str, None] = {}
        for m in self.mentions:
            out.update(dict.fromkeys(m.classes))
        return tuple(out)
