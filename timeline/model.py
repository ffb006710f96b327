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
from .timex import Granularity, TimeInterval, TimeMention, time_precision

__all__ = ["Article", "Source", "EventMention", "ArticleEvent", "TimeConflict", "Event"]

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

    >>> a = Article(id="wire-1", text="Gunmen attacked a checkpoint on Friday.", published="2025-12-20",
    ...             source="Example Wire")
    >>> a
    Article(id='wire-1', text=<39 chars>, published='2025-12-20', source='Example Wire', url=None, lang=None)
    >>> Article(id="", text="x")
    Traceback (most recent call last):
      ...
    timeline.errors.ArticleError: Article.id must be a non-empty str, not ''
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
    """An article that reports an event: its id, outlet name and URL.

    >>> import timeline
    >>> a = timeline.Article(id="a", text="A car bomb exploded in Raqqa on Friday.", published="2025-12-20",
    ...                      source="Example Wire", url="https://example.org/a")
    >>> timeline.build_chronology([a]).events[0].sources
    (Source(article_id='a', name='Example Wire', url='https://example.org/a'),)
    """

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
        time_basis: ``"explicit"`` (a time expression in the clause),
            ``"inherited"`` (the time of the event it belongs to in its article: "the
            attack" later in a story dated in its lead), ``"publication"`` (nothing in
            the article dates its event, which is read from the publication day), or
            ``"none"``.
        kind: ``"happening"`` or ``"statement"`` (an actor announcing or declaring
            something is an event of its own; see docs/events.md).
        classes: event classes found in the clause (``"strike"``, ``"kill"``, ...).
        triggers: the words that made it an event mention.
        lang: the article's language.
        published: the article's publication date.
        trigger_start, trigger_end: the trigger — the word or phrase naming the happening
            (``shot``, ``الهجوم``, ``أعلن``) — as offsets into the article text, inside
            ``[start, end)``; ``text[trigger_start:trigger_end] == trigger``.
        trigger: the trigger's text.
        event_type: its type in the event taxonomy (``timeline.taxonomy``), e.g.
            ``"violence.remote.air"``, ``"outcome.death"``, ``"statement.announce"``.
        modality: ``"asserted"`` or ``"planned"`` (a scheduled meeting, vote, visit).

    >>> import timeline
    >>> text = "A car bomb exploded in Raqqa on Friday, killing five people. The blast destroyed shops."
    >>> event, = timeline.build_chronology([timeline.Article(id="a", text=text, published="2025-12-20")]).events
    >>> m = event.mentions[0]
    >>> m.trigger, text[m.trigger_start:m.trigger_end], m.event_type, m.time_basis, m.time.text
    ('car bomb', 'car bomb', 'violence.remote.ied', 'explicit', 'Friday')
    >>> [(m.trigger, m.time_basis) for m in event.mentions[3:]]
    [('blast', 'inherited'), ('destroyed', 'inherited')]
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
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    trigger: str = ""
    event_type: str = ""
    modality: str = "asserted"

    @property
    def interval(self) -> Optional[TimeInterval]:
        """The interval it is dated to (from :attr:`time`), or ``None``."""
        return self.time.interval if self.time is not None else None

    @property
    def key(self) -> tuple[str, int, int]:
        """A stable identity: (article id, start, end) of its trigger (of its clause when
        it has no trigger)."""
        if self.trigger_start is not None and self.trigger_end is not None:
            return (self.article_id, self.trigger_start, self.trigger_end)
        return (self.article_id, self.start, self.end)


@attrs.frozen
class ArticleEvent:
    """One happening or statement as one article tells it: every mention of it in that
    article, one time, and its arguments.  :func:`timeline.build_chronology` links the
    article events of all articles into :class:`Event` objects.

    Attributes:
        article_id: the article.
        index: its position among the article's events (the article's main event first).
        kind: ``"happening"`` or ``"statement"``.
        modality: ``"asserted"`` or ``"planned"``.
        event_type: the most specific type its mentions name (``timeline.taxonomy``).
        mentions: its mentions, in text order; each has this event's time when it has none
            of its own.
        time: the time expression that dates it (``None`` when nothing does).
        time_basis: ``"explicit"`` (a time expression attached to one of its mentions),
            ``"narrative"`` (the time the article's narrative is on where it is told),
            ``"publication"`` (a statement, on its article's publication day) or ``"none"``.
        interval: the interval it is dated to (may differ from ``time.interval`` for the
            ``"publication"`` basis).
        places: gazetteer ids of the places it is told to happen at, most specific first.
        location: the name of the first of them, as the report writes it.
        place_basis: ``"text"`` (its sentences name them), ``"dateline"`` (only its
            article's dateline does: the town the report was filed from, weaker evidence),
            ``"state"`` (a change of government no sentence places, at the country of the
            state whose bodies its words name), ``"none"`` (no place).
        actor1, actor2: who did it (or spoke) and to whom, as actor ids.
        actors: every actor id named around its mentions.
        fatalities, injured: the largest figures its article gives (``None``: no figure).
        main: whether it is what the article is mainly about (its headline and lead).
        novel: whether the article calls it a new or another happening.
        background: whether it is only brought in as what came before or what something
            answers ("after the collapse of the government", ``ردا على الهجوم``): an
            earlier happening, perhaps long before its article.
        about: for a statement, the index of the happening it reports.
        published: the article's publication time; lang, source, url: the article's.
        words: content-word keys of its sentences; names: capitalised names in them;
            ages: the ages of people they tell, in years ("a 9-year-old boy": 9).

    >>> import timeline
    >>> from timeline.events.extract import read_article
    >>> (e,) = read_article(timeline.Article(id="m", published="2025-03-10", source="A", lang="en",
    ...                                      text="A car bomb killed five civilians in Manbij on Monday morning."))
    >>> e.kind, e.event_type, [m.trigger for m in e.mentions], e.time.text, e.location, e.fatalities, e.main
    ('happening', 'violence.remote.ied', ['car bomb', 'killed'], 'Monday morning', 'Manbij', 5, True)
    """

    article_id: str
    index: int
    kind: str
    modality: str
    event_type: str
    mentions: tuple[EventMention, ...]
    time: Optional[TimeMention]
    time_basis: str
    interval: Optional[TimeInterval]
    places: tuple[str, ...] = ()
    location: Optional[str] = None
    place_basis: str = "none"
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    actors: tuple[str, ...] = ()
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    main: bool = False
    novel: bool = False
    background: bool = False
    about: Optional[int] = None
    published: Optional[datetime] = None
    lang: str = ""
    source: str = ""
    url: Optional[str] = None
    words: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    ages: tuple[int, ...] = ()

    @property
    def key(self) -> tuple[str, int]:
        """A stable identity: (article id, index)."""
        return (self.article_id, self.index)


@attrs.frozen
class TimeConflict:
    """Sources that date an event differently from its consensus time.

    >>> import timeline
    >>> arts = [timeline.Article(id="a", text="A car bomb exploded in Raqqa on Friday, killing five people.",
    ...                          published="2025-12-20"),
    ...         timeline.Article(id="b", text="Five people were killed when a car bomb exploded in Raqqa on Thursday.",
    ...                          published="2025-12-20")]
    >>> event = timeline.build_chronology(arts).events[0]
    >>> event.value, [(c.value, [s.article_id for s in c.sources], c.expressions) for c in event.conflicts]
    ('2025-12-18', [('2025-12-19', ['a'], ('Friday',))])
    """

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
            its first report was published, or for a happening no report dates that an
            article is about (its headline and lead), taken to lie on that day or the day
            before (value ``"YYYY-MM-DD/YYYY-MM-DD"``, ``time_precision`` 2);
            ``"none"`` for undated events.
        type: its type in the event taxonomy (``timeline.taxonomy``), the most specific
            its reports agree on; :attr:`event_type` and :attr:`sub_event_type` give
            ACLED's names for it.
        place_id, location: where it happened (gazetteer id, and the name as the reports
            write it).
        actor1, actor2: who did it (or spoke) and to whom (actor ids).
        fatalities: the death toll its latest reports give (``None``: none given).
        about: for a statement, the id of the happening it reports.

    >>> import timeline
    >>> text = "A car bomb exploded in Raqqa on Friday, killing five people."
    >>> e, = timeline.build_chronology([timeline.Article(id="a", text=text, published="2025-12-20")]).events
    >>> e.id, e.value, e.kind, e.type, e.event_type, e.sub_event_type
    ('E0001', '2025-12-19', 'happening', 'violence.remote.ied', 'Explosions/Remote violence', 'Remote explosive/landmine/IED')
    >>> e.location, e.fatalities, e.time_precision, e.date_basis
    ('Raqqa', 5, 1, 'reports')
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
    type: str = ""
    place_id: Optional[str] = None
    location: Optional[str] = None
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    fatalities: Optional[int] = None
    about: Optional[str] = None

    @property
    def event_type(self) -> Optional[str]:
        """ACLED's event type ("Explosions/Remote violence"), or the family's name for
        happenings outside ACLED's scope ("Disaster")."""
        from .lang.taxonomy import TYPES, acled

        return acled(self.type)[0] if self.type in TYPES else None

    @property
    def sub_event_type(self) -> Optional[str]:
        """ACLED's sub-event type ("Air/drone strike"), or the type's own name."""
        from .lang.taxonomy import TYPES, acled

        return (acled(self.type)[1] or None) if self.type in TYPES else None

    @property
    def time_precision(self) -> Optional[int]:
        """ACLED's code: 1 = a day or finer, 2 = a week, 3 = a month or coarser."""
        if self.granularity is None or self.interval is None:
            return None
        if self.date_basis == "publication" and self.kind == "happening":
            return 2  # the day of its first report or the day before
        return time_precision(self.granularity)

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
