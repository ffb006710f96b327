"""Split news text into sentences and clauses (Arabic and English).

Sentences end at line breaks and at ``. ! ? ؟ …`` (not after English abbreviations such
as ``U.S.`` or ``Gen.``, initials or decimals).  Clauses split long run-on sentences: at
``؛``/``;``, at a comma followed by a conjoined verb phrase (``، و…``), before connectives
(``كما``, ``فيما``, ``بينما``, ``while``), and between a reporting verb and what it reports
(``قال مسؤول إن …``, ``… , officials said``).  Every span is a pair of offsets into the
*normalised* text given; callers map them back to the original.

>>> from timeline.text import normalize
>>> n = normalize("قال مسؤول إن الطائرات قصفت المواقع، وأكد أن العملية ستستمر. ثم غادر.")
>>> [(n.text[c.start:c.end], c.role) for s in split_sentences(n.text, "ar")
...  for c in split_clauses(n.text, s, "ar")]   # doctest: +NORMALIZE_WHITESPACE
[('قال مسؤول', 'report'), ('الطائرات قصفت المواقع', 'content'), ('واكد', 'report'),
 ('العمليه ستستمر', 'content'), ('ثم غادر', 'plain')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lang import get_language
from .text import normalize_word

__all__ = ["Clause", "split_sentences", "split_clauses", "sentence_tokens", "EventWords", "event_words"]

_SENT_END = re.compile(r"[.!?؟…]+[\"')\]»”’]*(?=\s|$)|\n+")
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|[^\w\s]")

_EN_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being"})

# Words that begin with و but are not the conjunction و + word.
_WAW_WORDS = frozenset(normalize_word(w) for w in (
    "وزير وزيرة وزارة وزراء الوزير وكالة وكالات وسط وقت وقتا ولاية ولايات وحدة وحدات واشنطن "
    "وطني وطنية ورقة وضع وفد وفدا وفاة وفيات وقف وجود ولي وثيقة ورشة واحد واحدة واقع وسائل "
    "وسيلة وصول ولد وادي واد وراء وجه وجهة وزن ورد وقود وهران وجدة ولاء ودائع وعود وعد".split()))


class Clause:
    """A clause span and its role: ``report`` (a reporting verb phrase), ``content`` (what
    it reports), ``statement`` (an announcing verb phrase) or ``plain``."""

    __slots__ = ("start", "end", "role", "report_of", "prior")

    def __init__(self, start: int, end: int, role: str = "plain", report_of: Optional[int] = None):
        self.start, self.end, self.role, self.report_of = start, end, role, report_of
        self.prior = False  # brought in by "ردا على", "after the …": an earlier happening

    def __repr__(self) -> str:
        return f"Clause({self.start}, {self.end}, {self.role!r})"


class EventWords:
    """Normalised event word lists of one language."""

    def __init__(self, code: str):
        ev = get_language(code).data.events
        self.code = code
        self._lookups: dict[str, tuple[str, ...]] = {}
        self._verbs: dict[str, tuple[bool, bool]] = {}
        self.classes: dict[str, tuple[str, ...]] = {}
        self.phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for cls, words in ev.get("event_words", {}).items():  # type: ignore[union-attr]
            for w in words:
                toks = tuple(_WORD.findall(normalize_word(w)))
                if len(toks) == 1:
                    self.classes[toks[0]] = self.classes.get(toks[0], ()) + (cls,)
                elif toks:
                    self.phrases[toks] = self.phrases.get(toks, ()) + (cls,)
        self.concepts: dict[str, str] = {}
        self.concept_pairs: dict[tuple[str, str], str] = {}
        for concept, words in ev.get("concepts", {}).items():  # type: ignore[union-attr]
            for w in words.split():
                self.concepts.setdefault(normalize_word(w), concept)
        for concept, words in ev.get("concepts", {}).items():  # type: ignore[union-attr]
            ws = [normalize_word(w) for w in words.split()]
            for a, b in zip(ws, ws[1:]):
                # a two-word entry ("prime minister", "وزارة الدفاع") is listed as two words
                self.concept_pairs.setdefault((a, b), concept)
        norm = lambda key: frozenset(normalize_word(w) for w in ev.get(key, ()))  # noqa: E731
        self.reporting = norm("reporting")
        self.announcing = norm("announcing")
        self.complementizers = norm("complementizers")
        self.stopwords = norm("stopwords")
        self.generic_sources = norm("generic_sources")
        self.announce_objects = norm("announce_objects")
        self.relatives = norm("relatives")
        self.relative_verbs = norm("relative_verbs")
        self.attributions = norm("attributions")
        self.documents = norm("documents")
        self.novelty = norm("novelty")
        self.irrealis = norm("irrealis")
        self.after_words = norm("after_words")
        self.negations = norm("negations")
        self.abbreviations = norm("abbreviations")
        self.local_time = tuple(ev.get("local_time", ()))  # matched in a time's own text
        openers = [tuple(_WORD.findall(normalize_word(w))) for w in ev.get("clause_openers", ())]  # type: ignore[union-attr]
        subs = [tuple(_WORD.findall(normalize_word(w))) for w in ev.get("subordinators", ())]  # type: ignore[union-attr]
        self.subordinators = frozenset(o for o in subs if len(o) > 1)
        self.subordinators_single = frozenset(o[0] for o in subs if len(o) == 1)
        openers += [o for o in subs if len(o) > 1]
        self.openers = frozenset(o[0] for o in openers if len(o) == 1)
        self.opener_phrases = tuple(sorted((o for o in openers if len(o) > 1), key=len, reverse=True))
        # phrases by their first word, longest first, so a token tries only its own
        self.phrases_by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for ph in self.opener_phrases:
            self.phrases_by_first[ph[0]] = self.phrases_by_first.get(ph[0], ()) + (ph,)

    def strip(self, word: str) -> str:
        """The word without Arabic conjunction/preposition clitics and article."""
        if self.code != "ar":
            return word
        w = word
        if len(w) > 3 and w[0] in "وف":
            w = w[1:]
        if len(w) > 3 and w[0] in "بلك" and w[1:3] == "ال":
            w = w[1:]
        elif len(w) > 4 and w.startswith("لل"):
            w = "ال" + w[2:]
        return w

    def lookup(self, word: str) -> tuple[str, ...]:
        """Event classes of a normalised word (with clitics peeled), or ``()``."""
        cache = self._lookups
        got = cache.get(word)
        if got is None:
            got = self._lookup(word)
            if len(cache) < 500_000:
                cache[word] = got
        return got

    def _lookup(self, word: str) -> tuple[str, ...]:
        c = self.classes.get(word)
        if c:
            return c
        s = self.strip(word)
        c = self.classes.get(s)
        if c:
            return c
        if self.code == "ar" and s.startswith("ال"):
            return self.classes.get(s[2:], ())
        if self.code == "ar" and len(s) > 3 and s[0] in "بل":
            c = self.classes.get(s[1:], ())
            if c:
                return c
        if self.code == "ar" and len(s) > 3 and s.endswith("ا"):
            return self.classes.get(s[:-1], ())  # accusative tanween: "سيولا", "هجوما"
        return ()

    def concept(self, word: str) -> Optional[str]:
        """The shared (cross-language) concept of a normalised word, if any."""
        c = self.concepts.get(word)
        if c is not None or self.code != "ar":
            return c
        s = self.strip(word)
        c = self.concepts.get(s)
        if c is None and s.startswith("ال") and len(s) > 4:
            c = self.concepts.get(s[2:]) or self.concepts.get(s)
        if c is None and not s.startswith("ال"):
            c = self.concepts.get("ال" + s)
        return c

    def is_reporting(self, word: str) -> bool:
        return self._verb(word)[0]

    def is_announcing(self, word: str) -> bool:
        return self._verb(word)[1]

    def _verb(self, word: str) -> tuple[bool, bool]:
        got = self._verbs.get(word)
        if got is None:
            st = self.strip(word)
            got = (word in self.reporting or st in self.reporting,
                   word in self.announcing or st in self.announcing)
            if len(self._verbs) < 500_000:
                self._verbs[word] = got
        return got


@lru_cache(maxsize=None)
def event_words(code: str) -> EventWords:
    return EventWords(code)


def split_sentences(text: str, lang: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """Sentence spans of a normalised text."""
    end = len(text) if end is None else end
    ew = event_words(lang)
    out: list[tuple[int, int]] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group()[0] == ".":
            # "U.S. forces", "Gen. Soleimani", "J. Smith", "3.5" (no space: not matched)
            k = m.start()
            w = k
            while w > s and (text[w - 1].isalnum() or text[w - 1] == "."):
                w -= 1
            word = text[w:k].lower().strip(".")
            if word in ew.abbreviations or (len(word) == 1 and word.isalpha() and lang == "en"):
                nxt = m.end()
                while nxt < end and text[nxt] == " ":
                    nxt += 1
                if nxt < end and text[nxt] != "\n":
                    continue
        e = m.end() if m.group()[0] != "\n" else m.start()
        _add(out, text, s, e)
        s = m.end()
    _add(out, text, s, end)
    return out


def _add(out: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",،:;؛-\"'•·*"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",،:;؛-.!?؟"):
        e -= 1
    return s, e


def sentence_tokens(text: str, sentence: tuple[int, int]) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` of a sentence: words, numbers and punctuation."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, sentence[0], sentence[1])]


def split_clauses(text: str, sentence: tuple[int, int], lang: str,
                  toks: Optional[list[tuple[int, int, str]]] = None) -> list[Clause]:
    """Clause spans of one sentence (normalised text offsets); ``toks`` may hold the
    sentence's :func:`sentence_tokens` when the caller has them already."""
    ew = event_words(lang)
    if toks is None:
        toks = sentence_tokens(text, sentence)
    n = len(toks)
    cuts: list[int] = []  # token indices where a new clause starts
    prior: set[int] = set()  # cuts made by a subordinator
    ar = lang == "ar"
    for i, (ts, te, w) in enumerate(toks):
        if i == 0:
            continue
        if w in (";", "؛"):
            cuts.append(i + 1)
            continue
        prev = toks[i - 1][2]
        if ar and prev in ("،", ",") and len(w) >= 3 and w[0] == "و" and w not in _WAW_WORDS \
                and w[1:] not in _WAW_WORDS:
            cuts.append(i)
            continue
        if w in ew.openers or (ar and len(w) > 3 and w[0] == "و" and w[1:] in ew.openers):
            if prev in (",", "،") or ar:
                cuts.append(i)
                if w in ew.subordinators_single or w[1:] in ew.subordinators_single:
                    prior.add(i)
                continue
        cands = ew.phrases_by_first.get(w, ())
        if ar and w[:1] == "و":
            cands = cands + ew.phrases_by_first.get(w[1:], ())
        for ph in sorted(cands, key=len, reverse=True) if len(cands) > 1 else cands:
            got = tuple(t[2] for t in toks[i:i + len(ph)])
            if got == ph or (ar and got[:1] and got[0][:1] == "و" and (got[0][1:],) + got[1:] == ph):
                cuts.append(i)
                if ph in ew.subordinators:
                    prior.add(i)
                break
        if w in ew.subordinators_single:
            cuts.append(i)
            prior.add(i)
        elif (w in ew.after_words or (ar and w[:1] == "و" and w[1:] in ew.after_words)) \
                and i + 1 < n and ew.lookup(toks[i + 1][2]):
            # "بعد مقتل الجنود", "after the attack": an earlier happening comes in
            cuts.append(i)
            prior.add(i)
    bounds = [0] + sorted(set(c for c in cuts if 0 < c < n)) + [n]
    out: list[Clause] = []
    for a, b in zip(bounds, bounds[1:]):
        if a >= b:
            continue
        pieces = _split_report(text, toks[a:b], lang, ew)
        if a in prior and pieces:
            pieces[0].prior = True
        base = len(out)
        for p in pieces:
            if p.report_of is not None:
                p.report_of += base
        out.extend(pieces)
    return out


def _reports_something(toks: list[tuple[int, int, str]], ew: EventWords) -> bool:
    """Can these words be what a source reports: an event word, or four words or more
    (not a bare "On Friday" before the speaker)?"""
    words = [t[2] for t in toks if t[2][0].isalnum()]
    return len(words) >= 4 or any(set(ew.lookup(w)) - {"statement"} for w in words)


def _split_report(text: str, toks: list[tuple[int, int, str]], lang: str, ew: EventWords) -> list[Clause]:
    """Separate a reporting verb phrase from what it reports."""
    if not toks:
        return []
    s, e = toks[0][0], toks[-1][1]
    n = len(toks)
    for i, (_ts, _te, w) in enumerate(toks):
        if not (ew.is_reporting(w) or ew.is_announcing(w)):
            continue
        role = "statement" if ew.is_announcing(w) else "report"
        if lang == "en" and i > 0 and toks[i - 1][2] in _EN_PASSIVE:
            continue  # "the strike was said to be …": no one speaks
        if i > 0 and toks[i - 1][2] in ew.negations or (i > 1 and toks[i - 2][2] in ew.negations):
            role = "negated"  # "ولم تعلن أي جهة …", "has not commented": no statement
        lead: list[Clause] = []
        if lang == "ar" and i > 4:
            # "العملية استمرت …، نيويورك تايمز نقلت عن مسؤول …": what precedes the last comma
            # before the verb is a clause of its own
            k = max((j for j in range(1, i) if toks[j][2] in ("،", ",")), default=0)
            if k:
                a, b = _trim(text, s, toks[k][0])
                if b > a:
                    lead.append(Clause(a, b, "plain"))
                s = toks[k][1]
        content: Optional[tuple[int, int]] = None
        report: Optional[tuple[int, int]] = None
        words_after = sum(1 for t in toks[i + 1:] if t[2][0].isalnum())
        comma = max((j for j in range(max(0, i - 12), i) if toks[j][2] in (",", "،")), default=-1)
        near = n
        if lang == "en" and comma > 0:
            if not _reports_something(toks[:comma], ew):
                comma = -1  # "On Friday, the ministry said 20 people, including …, were killed"
            else:
                # the words up to the next comma: "…, the Pentagon confirmed in a statement, referring …"
                tail = next((j for j in range(i + 1, n) if toks[j][2] == ","), n)
                near = sum(1 for t in toks[i + 1:tail] if t[2][0].isalnum())
        if lang == "en" and comma > 0 and (words_after <= 6 or i >= n * 0.6 or near <= 4):
            # "…, the Pentagon said (on Tuesday)": the content comes first
            content = _trim(text, s, toks[comma][0])
            report = _trim(text, toks[comma][1], e)
        elif lang == "en" and i > 1 and w in ew.attributions:
            # "rain flooded the valley according to figures released on Sunday": the
            # source follows what it reports, however long it is
            content = _trim(text, s, toks[i - 1][0] if toks[i - 1][2] == "," else toks[i][0])
            report = _trim(text, toks[i][0], e)
        else:
            # Arabic puts the speaker between verb and "أن"; English "said (on Tuesday) that"
            # ("said in a statement on Thursday night that …")
            for j in range(i + 1, min(n, i + (32 if lang == "ar" else 10))):
                wj = toks[j][2]
                if wj in ew.complementizers or wj == ":" or (role == "statement" and wj in ew.announce_objects):
                    report = _trim(text, s, toks[j][0])
                    content = _trim(text, toks[j][1], e)
                    break
            if content is None and lang == "en" and words_after >= 3:
                report = _trim(text, s, toks[i][1])  # "X said the strike …"
                content = _trim(text, toks[i][1], e)
        if content is not None and sum(1 for m in _WORD.finditer(text, content[0], content[1])
                                       if m.group()[0].isalnum()) < 2:
            content = None
        if content is None or report is None:
            if lead:
                a, b = _trim(text, s, e)
                return lead + ([Clause(a, b, role if role == "statement" else "plain")] if b > a else [])
            break
        out: list[Clause] = []
        first_content = content[0] < report[0]
        parts = [(content, "content"), (report, role)] if first_content else [(report, role), (content, "content")]
        for (a, b), r in parts:
            if b > a:
                out.append(Clause(a, b, r))
        for c in out:
            if c.role == "content":
                c.report_of = next((len(lead) + k for k, o in enumerate(out) if o.role != "content"), None)
        return lead + out
    a, b = _trim(text, s, e)
    return [Clause(a, b, "plain")] if b > a else []
