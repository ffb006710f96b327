"""Extract the dated happenings an article reports: clauses -> :class:`EventMention`.

A clause is an event mention when it contains an event word of the language data
(``قتل``, ``غارة``, ``زلزال``, ``strike``, ``killed``...).  Its time is, in order:

1. ``explicit``: the most precise time expression inside the clause (and outside any
   report nested in it: "ضحايا الزلزال الذي ضرب مساء الجمعة" leaves Friday evening to the
   quake);
2. ``reported``: the time of the statement that reports it ("أفادت وسائل إعلام اليوم
   (السبت) بأن …", "said on Saturday that …");
3. ``inherited``: the time of the previous clause of the same sentence, or of the
   previous sentence of the same paragraph when this one continues it (``و…``, ``كما``,
   ``It``, ``The attack``);
4. none: the mention is kept, undated.

Statements: a clause whose verb announces (``أعلن``, ``أدان``, ``announced``,
``condemned``) is a mention of kind ``"statement"`` — an event of its own, separate from
what it announces.  Verbs that only attribute (``قال``, ``أفاد``, ``said``) yield no event;
the reported content is the mention.  See docs/events.md.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from datetime import datetime
from typing import Optional, Sequence

from ..lang.base import EVENT_FAMILIES
from ..model import Article, EventMention
from ..segment import EventWords, event_words, sentence_tokens, split_clauses, split_sentences
from ..text import Normalized, normalize_word
from ..timex import TimeMention, TimexType

__all__ = ["extract_mentions", "MentionDraft"]

_WORD = re.compile(r"[^\W\d_]+|\d+")
_intern = sys.intern
_FORCE = ("violence", "defence")
_NEUTRAL = frozenset({"statement", "kill", "injure"})
_TALK = frozenset({"politics", "meeting"})  # clauses that may name a happening as an object
_HAPPENING = frozenset({"violence", "disaster", "defence"})

_TOK = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_CONTINUATION_EN = frozenset({"it", "he", "she", "they", "the", "this", "that", "these", "those",
                              "and", "also", "then", "there"})


def _head_classes(nested: "MentionDraft", ew: EventWords) -> set[str]:
    """What a nested report is about: the class of its head noun when that is an event
    word ("الفيضان الذي ضرب …" is a flood, whatever else its clause says), else all its
    classes."""
    head = _WORD.search(nested.mention.text)
    classes = ew.lookup(normalize_word(head.group())) if head else ()
    return set(classes or nested.mention.classes)


class MentionDraft:
    """An event mention with what the merge needs (its normalised words, and for a
    statement the words naming who made it)."""

    __slots__ = ("mention", "words", "caps", "actor", "apart")

    def __init__(self, mention: EventMention, words: Sequence[str], caps: Sequence[str],
                 actor: Sequence[str] = ()):
        self.mention = mention
        self.words = tuple(words)
        self.caps = tuple(caps) if caps else ()
        self.actor = tuple(actor) if actor else ()
        # the report this one is nested in when that one has event words of its own: two
        # happenings, never one event ("the drones, 99% of which were shot down")
        self.apart: Optional["MentionDraft"] = None


def novel(d: MentionDraft) -> bool:
    """Does the report call its happening a new one ("هزة أرضية جديدة", "another attack"):
    a novelty word right after an event noun in Arabic (an adjective may come between),
    right before it in English ("a new wave of strikes")?"""
    if d.mention.kind != "happening":
        return False
    ew = event_words(d.mention.lang)
    words = d.words
    nov = ew.novelty
    if not nov or nov.isdisjoint(words):
        return False
    after = d.mention.lang == "ar"
    for i, w in enumerate(words):
        if w not in nov:
            continue
        near = words[max(0, i - 2):i] if after else words[i + 1:i + 3]
        if any(ew.lookup(x) for x in near):
            return True
    return False


def _dated(m: TimeMention) -> bool:
    return m.interval is not None and m.type in (TimexType.DATE, TimexType.TIME)


def _is_news(said_at: Optional[TimeMention], content_at: Optional[TimeMention],
             content_classes: Sequence[str], toks: Sequence[tuple[int, int, str]],
             ew: EventWords) -> bool:
    """Whether a statement is itself the news, so that its report spans what it says.

    It is when what it says has no time of its own and the statement is dated ("أعلن
    الحشد الشعبي، الجمعة، عن اغتيال …", "the White House said Thursday"), is a formal
    statement ("the Defense Department confirmed in a statement", "في بيان"), or says
    nothing that happened ("Khamenei said Iran would observe three days of mourning")."""
    if content_at is not None:
        return False
    if said_at is not None or not set(content_classes) - {"statement"}:
        return True
    return any(ew.strip(t[2]) in ew.documents or t[2] in ew.documents for t in toks)


def _statement(article: Article, span: tuple[int, int], sentence: str, time: Optional[TimeMention],
               classes: Sequence[str], triggers: Sequence[str], lang: str,
               published: Optional[datetime]) -> EventMention:
    """A mention of kind ``"statement"``, dated only by a time attached to it."""
    start, end = span
    return EventMention(
        article_id=article.id, source=article.outlet, url=article.url, start=start, end=end,
        text=article.text[start:end], sentence=sentence, time=time,
        time_basis="explicit" if time is not None else "none", kind="statement",
        classes=("statement",) + tuple(c for c in classes if c != "statement"),
        triggers=tuple(triggers), lang=lang, published=published,
    )


def _best_time(times: list[TimeMention], local: tuple[str, ...]) -> Optional[TimeMention]:
    """The most precise dated time of a clause; between equally precise ones, the one
    given in local time ("8:40 p.m. ET Thursday (3:40 a.m. local time Friday)": the
    place where it happened keeps its own clock)."""
    dated = [t for t in times if _dated(t)]
    if not dated:
        return None
    return min(dated, key=lambda t: (t.granularity.rank if t.granularity else 99,
                                     not any(w in t.text for w in local), t.start))


def _continues(first_word: str, lang: str) -> bool:
    if lang == "ar":
        return first_word[:1] in ("و", "ف") or first_word in ("كما", "ثم")
    return first_word.lower() in _CONTINUATION_EN


def _specific(words: list[str], caps: list[str], ew: EventWords, lang: str) -> bool:
    """Does a reporting clause name a specific actor (not "sources", "officials")?"""
    content = [w for w in words if w not in ew.stopwords and not ew.is_reporting(w)
               and not ew.is_announcing(w) and len(w) > 1]
    if not content:
        return False  # "وأضاف", "he added": the previous speaker, not a new statement
    def bare(w: str) -> str:
        w = ew.strip(w)
        return w[2:] if lang == "ar" and w.startswith("ال") and len(w) > 4 else w

    generic = any(w in ew.generic_sources or bare(w) in ew.generic_sources for w in content)
    if not generic or lang == "ar":
        return not generic
    # "Noor Ahmad Habibi, spokesman for …" names someone; "an Afghan official" does not
    return any(ew.concept(w) is None for w in caps if w not in ew.stopwords and len(w) > 1)


def _span_tokens(stoks: list[tuple[int, int, str]], starts: list[int], a: int, b: int) -> list[tuple[int, int, str]]:
    """The sentence tokens lying in ``[a, b)``."""
    return stoks[bisect_left(starts, a):bisect_left(starts, b)]


def _scan(text_norm: Normalized, text: str, toks: list[tuple[int, int, str]], times: list[TimeMention],
          os_: int, oe: int, ew: EventWords, lang: str) -> tuple[list[str], list[str], dict[str, None], list[str]]:
    """Words (outside time expressions), capitalised words, event classes and triggers of
    the given tokens."""
    words: list[str] = []
    caps: list[str] = []
    classes: dict[str, None] = {}
    triggers: list[str] = []
    tspans = [(t.start, t.end) for t in times if t.start < oe and t.end > os_]
    ntoks = [(t[0], t[2]) for t in toks if t[2][0].isalnum()]
    english = lang != "ar"
    irrealis = ew.irrealis
    for i, (ws, w) in enumerate(ntoks):
        o = text_norm.to_original(ws) if (tspans or english) else ws
        if tspans and any(x <= o < y for x, y in tspans):
            continue  # the time expression itself is not what happened
        cl = ew.lookup(w)
        if cl and irrealis and any(ntoks[j][1] in irrealis for j in range(max(0, i - 2), i)) \
                and all(EVENT_FAMILIES.get(c_) in _FORCE for c_ in cl):
            # "plans to attack", "خططا تستهدف": an aim of force, not a happening (a
            # meeting or a vote "planned" for Sunday is scheduled, and stays)
            cl = ()
        if cl:
            classes.update(dict.fromkeys(cl))
            triggers.append(w)
        if ew.phrases and i + 1 < len(ntoks):
            pc = ew.phrases.get((w, ntoks[i + 1][1]))
            if pc:
                classes.update(dict.fromkeys(pc))
                triggers.append(w + " " + ntoks[i + 1][1])
        words.append(_intern(w))  # a corpus repeats its words: keep one copy of each
        if english and text[o:o + 1].isupper() and i > 0:
            caps.append(_intern(w))
    return words, caps, classes, triggers


def _inside(offset: int, nested: list[MentionDraft]) -> bool:
    """Does an offset of the original text fall inside one of the nested reports?"""
    return any(n.mention.start <= offset < n.mention.end for n in nested)


def _np_token(w: str) -> bool:
    """A token that can be part of a noun phrase ("99% of which")."""
    return w[0].isalnum() or w == "%"


def _has_event(toks: list[tuple[int, int, str]], ew: EventWords) -> bool:
    """Do the tokens hold an event word or phrase ("shot down")?"""
    words = [t[2] for t in toks if t[2][0].isalnum()]
    if any(ew.lookup(w) for w in words):
        return True
    return bool(ew.phrases) and any((a, b) in ew.phrases for a, b in zip(words, words[1:]))


def _attribution_at(toks: list[tuple[int, int, str]], ew: EventWords) -> Optional[int]:
    """Where the source of a report begins inside its clause, after the happening ("أمطار
    غزيرة … وفق بيانات نشرها المعهد صباح اليوم"): the offset (normalised text) of the
    attribution word, or ``None``."""
    att = ew.attributions
    if not att or not any(t[2] in att or t[2][1:] in att for t in toks):
        return None  # (most clauses: a set lookup per token, no stemming)
    seen_event = False
    for ts, _, w in toks:
        if not w[0].isalnum():
            continue
        if seen_event and (w in att or ew.strip(w) in att):
            return ts
        if not seen_event and ew.lookup(w):
            seen_event = True
    return None


def _indefinite(w: str) -> bool:
    """An Arabic word without the article (also after a clitic: "بالهجوم", "للهجوم")."""
    return not (w.startswith("ال") or w.startswith("لل") or (w[:1] in "وفبك" and w[1:3] == "ال"))


def _relative_mentions(article: Article, text_norm: Normalized, toks: list[tuple[int, int, str]],
                       times: list[TimeMention], ew: EventWords, lang: str, sentence: str,
                       published: Optional[datetime], clause: tuple[int, int]) -> list[MentionDraft]:
    """"… ضحايا الزلزال الذي ضرب منطقة الحوز، …": the event noun with its relative clause
    is a report of another happening, nested in the clause ("في هجوم وقع يوم السبت":
    after an indefinite noun, without a pronoun)."""
    text = article.text
    out: list[MentionDraft] = []
    rv = ew.relative_verbs
    if not any(t[2] in ew.relatives or t[2][1:] in ew.relatives or t[2] in rv for t in toks):
        return out
    for i, (ts, te, w) in enumerate(toks):
        if i == 0 or i + 1 >= len(toks):
            continue
        rel = w[1:] if lang == "ar" and w[:1] == "و" and w[1:] in ew.relatives else w
        head = None
        if rel in ew.relatives:
            for k in range(i - 1, max(-1, i - 4), -1):  # the event noun the clause describes
                if toks[k][2][0].isalnum() and ew.lookup(toks[k][2]):
                    head = k
                    break
        elif w in rv and _indefinite(toks[i - 1][2]) and ew.lookup(toks[i - 1][2]):
            head = i - 1  # "في هجوم وقع يوم السبت": an indefinite noun, then its clause
            i -= 1  # the verb belongs to the clause
        else:
            continue
        event_head = head is not None
        if head is None:  # else the noun phrase just before it
            k = i - 1
            while k > 0 and i - k < 4 and _np_token(toks[k - 1][2]) and _np_token(toks[k][2]) \
                    and toks[k - 1][2] not in ew.stopwords:
                k -= 1  # back to the preposition before the noun phrase
            head = k if toks[k][2][0].isalnum() else None
        if head is None or head == 0:
            continue
        hs = text_norm.to_original(toks[head][0])
        if any(t.start <= hs < t.end for t in times):
            continue  # "on Thursday night that …": a time, not a happening, before "that"
        end = len(toks)
        commas = 0
        for k in range(i + 1, len(toks)):
            if toks[k][2] in (",", "،", ";", "؛") and k > i + 3:
                # "والتي عرفت في 22 سبتمبر 2018، فيضانات …": a comma after a date
                # does not end a clause that has not yet said what happened
                if commas or _has_event(toks[i + 1:k], ew):
                    end = k
                    break
                commas += 1
        if not (event_head and end - i > 2) and not _has_event(toks[i + 1:min(end, i + 9)], ew):
            continue  # "الضربة التي وجهتها واشنطن": an event noun needs no event word after it
        d = _nested_draft(article, text_norm, toks[head:end], times, ew, lang, sentence,
                          published, clause)
        if d is not None:
            out.append(d)
    return out


def _nested_draft(article: Article, text_norm: Normalized, toks: list[tuple[int, int, str]],
                  times: list[TimeMention], ew: EventWords, lang: str, sentence: str,
                  published: Optional[datetime], clause: tuple[int, int]) -> Optional[MentionDraft]:
    """The mention of a report nested in a clause, spanning the given tokens."""
    os_, oe = text_norm.span(toks[0][0], toks[-1][1])
    if (os_, oe) == clause:
        return None
    inside = [t for t in times if t.start >= os_ and t.end <= oe]
    time = _best_time(inside, ew.local_time)
    words, caps, classes, triggers = _scan(text_norm, article.text, toks, times, os_, oe, ew, lang)
    if not classes:
        return None
    m = EventMention(
        article_id=article.id, source=article.outlet, url=article.url, start=os_, end=oe,
        text=article.text[os_:oe], sentence=sentence, time=time,
        time_basis="explicit" if time is not None else "none", kind="happening",
        classes=tuple(classes), triggers=tuple(triggers), lang=lang, published=published,
    )
    return MentionDraft(m, words, caps)


def _families(classes: Sequence[str]) -> set[str]:
    return {EVENT_FAMILIES[c] for c in classes if c in EVENT_FAMILIES}


def _object_mentions(article: Article, text_norm: Normalized, toks: list[tuple[int, int, str]],
                     times: list[TimeMention], ew: EventWords, lang: str, sentence: str,
                     published: Optional[datetime], clause: tuple[int, int],
                     taken: list[MentionDraft]) -> list[MentionDraft]:
    """"أظهر استطلاع أن غالبية الأمريكيين يؤيدون الضربات الصاروخية ضد النظام": a clause about a
    poll, a vote or a meeting that names a violent or natural happening as a definite noun
    phrase: that phrase is a report of its own, nested in the clause."""
    first: Optional[set[str]] = None
    for i, (ts, _, w) in enumerate(toks):
        if not w[0].isalnum():
            continue
        fams = _families(ew.lookup(w))
        if not fams:
            continue
        if first is None:
            if not fams <= _TALK:
                return []  # the clause is itself about the happening
            first = fams
            continue
        if fams & first or not fams <= _HAPPENING or not _definite(toks, i, lang):
            continue
        if _inside(text_norm.to_original(ts), taken):
            return []
        end = next((k for k in range(i + 1, len(toks)) if toks[k][2] in (",", "،", ";", "؛")),
                   len(toks))
        d = _nested_draft(article, text_norm, toks[i:end], times, ew, lang, sentence,
                          published, clause)
        return [d] if d is not None else []
    return []


def _definite(toks: list[tuple[int, int, str]], i: int, lang: str) -> bool:
    """Is the noun at ``i`` definite ("الضربات", "the strikes")?"""
    w = toks[i][2]
    if lang == "ar":
        return not _indefinite(w)
    return i > 0 and toks[i - 1][2] in ("the", "these", "those", "this", "that")


def extract_mentions(article: Article, text_norm: Normalized, times: list[TimeMention], lang: str,
                     published: Optional[datetime]) -> list[MentionDraft]:
    """Event mentions of one article, in text order."""
    ew = event_words(lang)
    text = article.text
    nt = text_norm.text
    times = sorted(times, key=lambda t: t.start)
    out: list[MentionDraft] = []
    para_time: Optional[tuple[TimeMention, str]] = None
    last_end = 0
    for s0, e0 in split_sentences(nt, lang):
        if "\n" in nt[last_end:s0]:
            para_time = None  # a new paragraph: no narrative time carries over
        last_end = e0
        stoks = sentence_tokens(nt, (s0, e0))
        starts = [t[0] for t in stoks]
        clauses = split_clauses(nt, (s0, e0), lang, stoks)
        first = _WORD.search(nt, s0, e0)
        continues = bool(first) and _continues(first.group(), lang)
        sent_start, sent_end = text_norm.span(s0, e0)
        sentence = text[sent_start:sent_end]
        own: list[Optional[TimeMention]] = []
        sourced: list[Optional[TimeMention]] = []  # the time of a source named inside
        spans: list[tuple[int, int]] = []
        for c in clauses:
            os_, oe = text_norm.span(c.start, c.end)
            spans.append((os_, oe))
            inside = [t for t in times if t.start >= os_ and t.end <= oe]
            at = _attribution_at(_span_tokens(stoks, starts, c.start, c.end), ew)
            if at is not None:
                cut = text_norm.to_original(at)
                sourced.append(_best_time([t for t in inside if t.start >= cut], ew.local_time))
                inside = [t for t in inside if t.start < cut]
            else:
                sourced.append(None)
            own.append(_best_time(inside, ew.local_time))
        prev_time: Optional[tuple[TimeMention, str]] = para_time if continues else None
        for k, c in enumerate(clauses):
            os_, oe = spans[k]
            ctoks = _span_tokens(stoks, starts, c.start, c.end)
            nested: list[MentionDraft] = []
            after: Optional[TimeMention] = None
            if c.role not in ("report", "statement", "negated"):
                nested = _relative_mentions(article, text_norm, ctoks, times, ew, lang,
                                            sentence, published, (os_, oe))
                nested += _object_mentions(article, text_norm, ctoks, times, ew, lang,
                                           sentence, published, (os_, oe), nested)
                if nested and own[k] is not None and _inside(own[k].start, nested):
                    # "ارتفاع حصيلة ضحايا الزلزال الذي ضرب مساء الجمعة": the nested report's
                    # time is not the time of the clause around it, only a bound of it
                    after = own[k]
                    own[k] = _best_time([t for t in times if t.start >= os_ and t.end <= oe
                                         and not _inside(t.start, nested)], ew.local_time)
            time: Optional[TimeMention] = own[k]
            basis = "explicit" if time is not None else "none"
            if time is None and c.role == "content" and c.report_of is not None \
                    and own[c.report_of] is not None:
                time, basis = own[c.report_of], "reported"
            if time is None and sourced[k] is not None:
                time, basis = sourced[k], "reported"  # "… وفق بيانات نشرها المعهد صباح اليوم"
            if time is None and prev_time is not None and c.role not in ("report", "statement", "negated") \
                    and not c.prior:
                time, basis = prev_time[0], "inherited"
            if time is not None and c.role not in ("report", "statement", "negated"):
                prev_time = (time, basis)
            if time is None and after is not None:
                time, basis = after, "after"  # at or after what it nests
            words, caps, classes, triggers = _scan(text_norm, text, ctoks, times, os_, oe, ew, lang)
            if c.role == "negated":
                continue
            if c.role in ("report", "statement"):
                content = next((j for j, o in enumerate(clauses) if o.report_of == k), None)
                if not _specific(words, caps, ew, lang) and c.role == "report":
                    continue
                # a named actor's statement is an event of its own: the whole report
                cs, ce = spans[content] if content is not None else (os_, oe)
                ss, se = os_, oe
                cwords: list[str] = []
                ccaps: list[str] = []
                if content is not None:
                    cwords, ccaps, cclasses, _ = _scan(
                        text_norm, text, _span_tokens(stoks, starts, clauses[content].start, clauses[content].end),
                        times, cs, ce, ew, lang)
                    if _is_news(own[k], own[content], cclasses, ctoks, ew):
                        ss, se = min(os_, cs), max(oe, ce)
                mention = _statement(article, (ss, se), sentence, own[k], classes, triggers,
                                     lang, published)
                out.append(MentionDraft(mention, cwords, ccaps, actor=words + caps))
                continue
            if not classes:
                continue
            if set(classes) == {"statement"} and not nested and _specific(words, caps, ew, lang):
                # "وتوعد المرشد الأعلى … بانتقام صعب", "بعث برقية تعزية": a named actor's
                # words with nothing reported after "أن": a statement all the same
                mention = _statement(article, (os_, oe), sentence, own[k], classes, triggers,
                                     lang, published)
                out.append(MentionDraft(mention, words, caps, actor=words + caps))
                continue
            outer: list[str] = []
            outer_classes: set[str] = set()
            if nested:
                # the clause's own event words: those of a nested report ("…, 99% of which
                # were shot down") say what that report is about, not this one
                own_toks = [t for t in ctoks if not _inside(text_norm.to_original(t[0]), nested)]
                _, _, oc, outer = _scan(text_norm, text, own_toks, times, os_, oe, ew, lang)
                # casualties and words belong to whatever they tell of ("4 died in the
                # floods that …"); a toll, an interception, a strike in answer do not
                outer_classes = set(oc) - _NEUTRAL
                triggers = outer or triggers
            mention = EventMention(
                article_id=article.id, source=article.outlet, url=article.url,
                start=os_, end=oe, text=text[os_:oe], sentence=sentence, time=time,
                time_basis=basis, kind="happening", classes=tuple(classes), triggers=tuple(triggers),
                lang=lang, published=published,
            )
            out.append(MentionDraft(mention, words, caps))
            for n in nested:
                if outer_classes and not outer_classes & _head_classes(n, ew):
                    # "الغارات … في هجوم وقع يوم السبت": strikes answering an attack; but
                    # "نفذت ضربة استهدفت …" carries out the strike it names
                    n.apart = out[-1]
            out.extend(nested)
        if prev_time is not None:
            para_time = prev_time
    return out
