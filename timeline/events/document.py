"""An article as the event layer reads it: tokens with their vocabulary keys, sentences,
clauses and the time expressions found in it, all in normalised-text offsets.

>>> from timeline.text import normalize
>>> d = Document.read("a", normalize("Gunmen attacked a bus. Two people died."), "en", [])
>>> [d.norm.text[s:e] for s, e in d.sentences]
['gunmen attacked a bus.', 'two people died.']
>>> d.tokens[1], d.keys[1], d.sentence_of[5]
('attacked', 'attack', 1)
"""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from typing import Optional, Sequence

from .clauses import Clause, split_clauses, split_sentences
from ..text import Normalized, token_spans
from ..timex import TimeMention
from .vocabulary import Vocabulary, vocabulary

__all__ = ["Document", "PUNCT"]

#: Tokens that end a phrase for the purposes of looking left or right of a trigger.
PUNCT = frozenset(".,;:!?،؛؟()[]\"'-—")
#: Marks that stand inside a phrase (after normalisation): quotation marks around a name,
#: the hyphen of a compound ("a wide-ranging drone strike").
INNER_MARKS = frozenset("\"'-")
#: The commas of both scripts.
COMMAS = frozenset({",", "،"})


#: What separates a headline from the outlet signing it: a dash or a bar between spaces.
_SIGN_OFF = re.compile(r"\s[-|–—]\s")
#: A headline is at most this long (a longer first line is a paragraph, not a headline).
_HEADLINE_MAX = 400
#: A word as an outlet's sign is written: letters, digits, dots and hyphens ("WTVM.com").
_ORIGINAL_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]")


#: Marks that may open a line before its furniture label ("(صورة أرشيفية ...)", "• Related:").
_FURNITURE_BULLETS = frozenset({"(", "[", "•", "-", "–", "—", "*", "|", "»", ">"})
#: What follows a furniture label: "Photo: ...", "Posted | ...".
_FURNITURE_COLONS = frozenset({":", "|", "-", "–", "—"})
#: The longest line of page furniture (characters): a caption or a credit; a longer line
#: opening with such a label is a page run into one line ("Photo: ... Image 1 of 4 A child
#: was shot ..."), the story itself.
FURNITURE_MOST = 300


class Document:
    """What the event layer knows of one article's text (see the module docstring).

    Attributes:
        article_id, lang, norm: the article and its :class:`~timeline.text.Normalized` text.
        vocab: the language's :class:`~.vocabulary.Vocabulary`.
        tokens, starts, ends, keys: the tokens of the normalised text, their offsets and
            their vocabulary keys.
        sentences: sentence spans; ``sentence_of[i]`` is token ``i``'s sentence index.
        clauses: per sentence, its :class:`~.clauses.Clause` spans.
        times: the article's time expressions; ``time_spans`` their normalised spans.
    """

    __slots__ = ("article_id", "lang", "norm", "vocab", "tokens", "starts", "ends", "keys",
                 "sentences", "sentence_of", "clauses", "_clause_starts", "times", "time_spans", "_time_starts", "_sent_first", "_sent_starts", "_places",
                 "_words", "_sent_names", "_timed", "_names", "_name_refs", "datelines", "published", "filed", "_outlet",
                 "_furniture", "_ages", "_kinds", "_word_counts")

    def __init__(self, article_id: str, norm: Normalized, lang: str, vocab: Vocabulary,
                 tokens: list[str], starts: list[int], ends: list[int],
                 sentences: list[tuple[int, int]], times: Sequence[TimeMention]):
        self.article_id = article_id
        self.norm = norm
        self.lang = lang
        self.vocab = vocab
        self.tokens, self.starts, self.ends = tokens, starts, ends
        key = vocab.key
        self.keys = [key(t) for t in tokens]
        self.sentences = sentences
        sent_starts = [s for s, _ in sentences]
        self._sent_starts = sent_starts
        self._sent_first = [0] * len(sentences)
        self.sentence_of = []
        for i, s in enumerate(starts):
            k = max(0, bisect_right(sent_starts, s) - 1)
            self.sentence_of.append(k)
        for i in range(len(starts) - 1, -1, -1):
            self._sent_first[self.sentence_of[i]] = i
        self.clauses: list[list[Clause]] = [[] for _ in sentences]
        self._clause_starts: dict[int, list[int]] = {}
        self.times = list(times)
        self.time_spans = [(norm.to_normalized(t.start), norm.to_normalized(t.end)) for t in self.times]
        self._time_starts: Optional[list[tuple[int, int]]] = None
        self._kinds: Optional[tuple[list[int], list]] = None
        self._word_counts: Optional[list[int]] = None
        self._places: Optional[list] = None
        self._words: dict[int, tuple[str, ...]] = {}
        self._sent_names: dict[int, tuple[str, ...]] = {}
        self._timed: Optional[frozenset[int]] = None
        self._names: Optional[frozenset[int]] = None
        self._name_refs: list[tuple[int, int]] = []
        self.datelines: list = []  # place mentions of the dateline (set with the arguments)
        self.published = None  # when the article was published, if its reader says
        self.filed: Optional[int] = None  # which time is the report's filing date (-1: none; set on first use)
        self._outlet: Optional[tuple[int, int]] = None
        self._furniture: Optional[list[tuple[int, int]]] = None
        self._ages: dict[int, tuple[int, ...]] = {}

    def headline(self) -> bool:
        """Is the first sentence a headline: the whole first line, of at most
        :data:`_HEADLINE_MAX` characters, ending with no full stop, the text going on after
        it ("Gunmen kill 7 in Diyala; second attack hits Kirkuk")?"""
        if not self.sentences:
            return False
        text = self.norm.text
        s, e = self.sentences[0]
        stop = text.find("\n", s)
        line = text[s:e].rstrip()
        return 0 < stop <= _HEADLINE_MAX and e <= stop + 1 and bool(text[stop:].strip()) \
            and bool(line) and line[-1] not in ".!?؟"

    def outlet_tail(self) -> tuple[int, int]:
        """The normalised span of the outlet that signs the headline, ``(0, 0)`` if none:
        the first line's tail after a dash or a bar in which a word of the outlets
        (``Vocabulary.outlet_words``), a web address or a call sign stands ("Girl shot in
        Killingly - WFSB 3 Connecticut", "… | سكاي نيوز عربية"), when the text goes on
        after that line (of at most :data:`_HEADLINE_MAX` characters) and at least three
        words come before the tail."""
        if self._outlet is None:
            self._outlet = (0, 0)
            text = self.norm.text
            stop = text.find("\n", 0, _HEADLINE_MAX + 1)
            if stop > 0 and text[stop:].strip():
                v = self.vocab
                for m in _SIGN_OFF.finditer(text, 0, stop):
                    head = bisect_left(self.starts, m.start())
                    if sum(1 for w in self.tokens[:head] if w[:1].isalnum()) < 3:
                        continue
                    k = bisect_left(self.starts, m.end())
                    tail = [w for w in self.tokens[k:bisect_left(self.starts, stop)] if w[:1].isalnum()]
                    o, p = self.norm.to_original(m.end()), self.norm.to_original(stop)
                    if any(v.is_cue(w, v.outlet_words) for w in tail) \
                            or any(v.outlet_sign.fullmatch(w) for w in _ORIGINAL_WORD.findall(self.norm.original, o, p)):
                        self._outlet = (m.start(), stop)
                        break
        return self._outlet

    def furniture(self) -> list[tuple[int, int]]:
        """The normalised spans of the short lines of page furniture (the vocabulary's
        ``furniture_labels`` with a colon after them, ``furniture_lines`` alone): a
        picture's caption, the page's stamps, the credits ("Photo: ...", "Published: ...",
        "Reporting by ...", ``(صورة أرشيفية ...)``), found once.  Links to other stories
        are not furniture: they often tell the same happening."""
        if self._furniture is None:
            out: list[tuple[int, int]] = []
            text, toks, starts = self.norm.text, self.tokens, self.starts
            labels, lines = self.vocab.furniture_labels, self.vocab.furniture_lines
            longest = max((len(p) for p in labels | lines), default=0)
            pos = 0
            while longest and pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                k = bisect_left(starts, pos) if end - pos <= FURNITURE_MOST else len(toks)
                while k < len(toks) and starts[k] < end and toks[k] in _FURNITURE_BULLETS:
                    k += 1
                for n in range(min(longest, len(toks) - k), 0, -1):
                    got = tuple(toks[k:k + n])
                    if starts[k + n - 1] >= end:
                        continue
                    after = toks[k + n] if k + n < len(toks) and starts[k + n] < end else ""
                    if got in lines or (got in labels and after in _FURNITURE_COLONS):
                        out.append((pos, end))
                        break
                pos = end + 1
            self._furniture = out
        return self._furniture

    def in_furniture(self, offset: int) -> bool:
        """Is the normalised ``offset`` in a line of page furniture (:meth:`furniture`)?"""
        spans = self.furniture()
        k = bisect_right(spans, (offset, len(self.norm.text) + 1)) - 1
        return k >= 0 and spans[k][0] <= offset < spans[k][1]

    def in_time(self, i: int) -> bool:
        """Is token ``i`` part of a time expression ("Sunday" in "a statement Sunday")?"""
        if self._timed is None:
            timed: set[int] = set()
            for s, e in self.time_spans:
                k = bisect_right(self.starts, s) - 1
                k = max(k, 0)
                while k < len(self.starts) and self.starts[k] < e:
                    if self.ends[k] > s:
                        timed.add(k)
                    k += 1
            self._timed = frozenset(timed)
        return i in self._timed

    def capitalised(self, k: int) -> bool:
        """Is token ``k`` written with a capital in the original text ("Operation", "Amari")?"""
        o = self.norm.to_original(self.starts[k])
        return self.norm.original[o:o + 1].isupper()

    def operation_names(self) -> frozenset[int]:
        """The tokens of the names of operations (:func:`.names.operation_names`), found once."""
        if self._names is None:
            from .names import operation_names

            self._names, self._name_refs = operation_names(self)
        return self._names

    def name_references(self) -> list[tuple[int, int]]:
        """The token spans of operation names told on their own: back-references to them."""
        self.operation_names()
        return self._name_refs

    def in_name(self, start: int, end: int) -> bool:
        """Does the normalised span lie in an operation's name (``عملية "عاصفة الحزم"``)?"""
        names = self.operation_names()
        if not names:
            return False
        k = self.token_at(start)
        while k < len(self.starts) and self.starts[k] < end:
            if k in names:
                return True
            k += 1
        return False

    def sentence_words(self, k: int) -> tuple[str, ...]:
        """The keys of sentence ``k``'s content words (letters, two or more), once each."""
        got = self._words.get(k)
        if got is None:
            import sys

            s, e = self.sentences[k]
            i = self.token_at(s)
            toks, keys, starts = self.tokens, self.keys, self.starts
            seen: dict[str, None] = {}
            while i < len(toks) and starts[i] < e:
                w = toks[i]
                if len(w) > 1 and w[0].isalpha():
                    seen.setdefault(sys.intern(keys[i]), None)
                i += 1
            got = self._words[k] = tuple(seen)
        return got

    def sentence_ages(self, k: int) -> tuple[int, ...]:
        """The ages of people sentence ``k`` tells (:func:`.ages.find_ages`), read once."""
        got = self._ages.get(k)
        if got is None:
            from .ages import find_ages

            got = self._ages[k] = find_ages(self.norm, *self.sentences[k])
        return got

    def sentence_names(self, k: int) -> tuple[str, ...]:
        """The names sentence ``k`` gives, once each, in order: the words of an
        operation's name (``عملية "عين الصقر"``), and in English its capitalised words but
        the first, function words, event words, times ("Saturday") and the head of a
        street's or a building's name ("Seventh Avenue" and "Central Avenue" share none)."""
        got = self._sent_names.get(k)
        if got is None:
            import sys

            from ..lang import arguments as W

            out: dict[str, None] = {}
            toks, v = self.tokens, self.vocab
            s, e = self.sentences[k]
            first, last = self.token_at(s), self.token_at(max(s, e - 1))
            named = sorted(self.operation_names())
            for i in named[bisect_left(named, first):bisect_right(named, last)]:
                if toks[i].isalpha():
                    out.setdefault(sys.intern(toks[i]), None)
            if self.lang == "en":
                skip = v.determiners | v.pronouns | v.relatives | v.negations | v.future | W.EN_STREET_WORDS
                i = first + 1
                while i < len(toks) and self.starts[i] < e:
                    w = toks[i]
                    if len(w) > 2 and w.isalpha() and w not in skip and not v.type_of(self.keys[i]) \
                            and toks[i - 1] not in ('"', "'", ".", ":") and not self.in_time(i) \
                            and self.capitalised(i):
                        out.setdefault(sys.intern(w), None)
                    i += 1
            got = self._sent_names[k] = tuple(out)
        return got

    def places(self) -> list:
        """The place names of the text (:func:`.places.find_places`), found once."""
        if self._places is None:
            from .places import find_places

            v, keys = self.vocab, self.keys
            keep = []
            for p in find_places(self.norm, self.lang):
                if self.in_name(p.start, p.end):
                    continue  # "عملية عاصفة الحزم": the operation's name, not the town of Al Hazm
                if self._in_a_time(p.start, p.end):
                    continue  # "ليل الجمعة": Friday night, not Lille
                k = self.token_at(p.start)
                ph = v.phrase(keys, k) if keys[k] in v._phrases else None
                if ph is not None and ph[0] > 1 and ph[1] is not None and self.ends[k] >= p.end:
                    continue  # "إلى وقف إطلاق النار": a ceasefire, not the town of Al Waqf
                keep.append(p)
            self._places = keep
        return self._places

    def _sorted_times(self) -> list[tuple[int, int]]:
        """The time expressions' spans in text order (sorted once)."""
        if self._time_starts is None:
            self._time_starts = sorted(self.time_spans)
        return self._time_starts

    def words_between(self, a: int, b: int) -> int:
        """How many words tokens ``a`` to ``b`` (excluded) hold: marks of punctuation are
        no words, and a compound written with hyphens is one ("a 19-year-old man": three).
        Counted once for the text, so that each question is answered at once."""
        if self._word_counts is None:
            toks, starts, ends = self.tokens, self.starts, self.ends
            counts = [0]
            for k, w in enumerate(toks):
                word = not (w in PUNCT or w == "-" or (
                    k >= 2 and toks[k - 1] == "-" and starts[k] == ends[k - 1] and starts[k - 1] == ends[k - 2]
                    and toks[k - 2] not in PUNCT))
                counts.append(counts[-1] + word)
            self._word_counts = counts
        return self._word_counts[b] - self._word_counts[a] if b > a else 0

    def time_kinds_between(self, start: int, end: int) -> set:
        """The TIMEX3 types of the time expressions starting in ``[start, end)``."""
        if self._kinds is None:
            order = sorted(range(len(self.times)), key=lambda k: self.time_spans[k][0])
            self._kinds = ([self.time_spans[k][0] for k in order], [self.times[k].type for k in order])
        starts, kinds = self._kinds
        return set(kinds[bisect_left(starts, start):bisect_left(starts, end)])

    def _in_a_time(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` lie inside a time expression of the text?"""
        spans = self._sorted_times()
        k = bisect_right(spans, (start, float("inf"))) - 1
        return k >= 0 and spans[k][0] <= start and end <= spans[k][1]

    @classmethod
    def read(cls, article_id: str, norm: Normalized, lang: str, times: Sequence[TimeMention]) -> "Document":
        tokens, starts, ends = token_spans(norm.text)
        from . import places

        places.remember_tokens(norm, (tokens, starts, ends))  # the place finder and actors read them too
        sentences = split_sentences(norm.text, lang, norm=norm)
        doc = cls(article_id, norm, lang, vocabulary(lang), tokens, starts, ends, sentences, times)
        return doc

    def clauses_of(self, k: int) -> list[Clause]:
        """The clauses of sentence ``k`` (split on first use)."""
        cl = self.clauses[k]
        if not cl:
            a, b = self.sentences[k]
            spans = self._sorted_times()
            times = spans[bisect_left(spans, (a, -1)):bisect_left(spans, (b, -1))]
            cl = split_clauses(self.norm.text, self.sentences[k], self.lang, times=times) or [Clause(a, b)]
            self.clauses[k] = cl
        return cl

    def clause_at(self, offset: int) -> Clause:
        """The clause holding a normalised offset (else the last one starting before it):
        found by bisection, as a sentence of thousands of clauses (a feed run into one
        line) must not make each lookup scan them all."""
        k = self.sentence_at(offset)
        cl = self.clauses_of(k)
        starts = self._clause_starts.get(k)
        if starts is None or len(starts) != len(cl):
            starts = self._clause_starts[k] = [c.start for c in cl]
        j = bisect_right(starts, offset) - 1
        return cl[j] if j >= 0 else Clause(*self.sentences[k])

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self._sent_starts, offset) - 1)

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or before ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of a normalised span."""
        return self.norm.span(start, end)
