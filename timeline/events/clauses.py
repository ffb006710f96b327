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
[('قال مسؤول', 'report'), ('الطائرات قصفت المواقع', 'content'), ('واكد', 'statement'),
 ('العمليه ستستمر', 'content'), ('ثم غادر', 'plain')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Optional, Sequence

from ..lang import get_language
from ..text import Normalized, normalize_word

__all__ = ["Clause", "split_sentences", "split_clauses", "sentence_tokens", "ClauseWords", "clause_words"]

# possessive runs: a long run of dots never makes the engine backtrack through it
_SENT_END = re.compile(r"(?<![.!?؟…])[.!?؟…]++[\"')\]»”’]*+(?=\s|$)|\n+")
#: Letters each closed by a full stop ("D.C", "N.Y", "L.A" before the last stop).
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|[^\w\s]")

_EN_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being"})

class Clause:
    """A clause span and its role: ``report`` (a reporting verb phrase), ``content`` (what
    it reports), ``statement`` (an announcing verb phrase) or ``plain``."""

    __slots__ = ("start", "end", "role", "report_of", "prior")

    def __init__(self, start: int, end: int, role: str = "plain", report_of: Optional[int] = None):
        self.start, self.end, self.role, self.report_of = start, end, role, report_of
        self.prior = False  # brought in by "ردا على", "after the …": an earlier happening

    def __repr__(self) -> str:
        return f"Clause({self.start}, {self.end}, {self.role!r})"


class ClauseWords:
    """The words of one language that split sentences and clauses (normalised): the
    language module's ``clauses`` lists, and its event vocabulary for speech verbs and
    event words."""

    def __init__(self, code: str):
        from .vocabulary import vocabulary

        words = get_language(code).data.clauses
        self.code = code
        self.vocab = vocabulary(code)
        self._types: dict[str, Optional[str]] = {}
        norm = lambda key: frozenset(normalize_word(w) for w in words.get(key, ()))  # noqa: E731
        self.complementizers = norm("complementizers")
        self.announce_objects = norm("announce_objects")
        self.attributions = norm("attributions")
        self.after_words = norm("after_words")
        self.later_words = norm("later_words")
        self.earlier_words = norm("earlier_words")
        self.offset_links = norm("offset_links")
        self.span_later_after = norm("span_later_after")
        self.span_earlier_after = norm("span_earlier_after")
        self.span_comparisons = norm("span_comparisons")
        phrases = lambda key: frozenset(  # noqa: E731
            tuple(_WORD.findall(normalize_word(w))) for w in words.get(key, ()))  # type: ignore[union-attr]
        self.span_later_before = phrases("span_later_before")
        self.span_earlier_before = phrases("span_earlier_before")
        self.gerund_endings = tuple(norm("gerund_endings"))
        self.negations = norm("negations")
        self.abbreviations = norm("abbreviations")
        self.anterior = norm("anterior")
        self.dated_conjunctions = norm("dated_conjunctions")
        self.anterior_particles = norm("anterior_particles")
        openers = [tuple(_WORD.findall(normalize_word(w))) for w in words.get("clause_openers", ())]  # type: ignore[union-attr]
        annivs = [tuple(_WORD.findall(normalize_word(w))) for w in words.get("anniversaries", ())]  # type: ignore[union-attr]
        #: subordinators whose clause is not continued by a phrase joined after it
        self.anniversaries = frozenset(annivs)
        subs = [tuple(_WORD.findall(normalize_word(w))) for w in words.get("subordinators", ())]  # type: ignore[union-attr]
        subs += annivs
        self.subordinators = frozenset(o for o in subs if len(o) > 1)
        self.subordinators_single = frozenset(o[0] for o in subs if len(o) == 1)
        self.subordinator_modifiers = norm("subordinator_modifiers")
        self.response_heads = norm("response_heads")
        self.response_objects = norm("response_objects")
        openers += [o for o in subs if len(o) > 1]
        self.openers = frozenset(o[0] for o in openers if len(o) == 1)
        opener_phrases = tuple(sorted((o for o in openers if len(o) > 1), key=len, reverse=True))
        # phrases by their first word, longest first, so a token tries only its own
        self.phrases_by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for ph in opener_phrases:
            self.phrases_by_first[ph[0]] = self.phrases_by_first.get(ph[0], ()) + (ph,)

    def lookup(self, word: str) -> Optional[str]:
        """The event type a normalised word names, if any."""
        cache = self._types
        if word in cache:
            return cache[word]
        v = self.vocab
        ex = v.exact_type(word)
        got = None if ex == "-" else (ex or v.type_of(v.key(word)))
        if len(cache) < 500_000:
            cache[word] = got
        return got

    def is_reporting(self, word: str) -> bool:
        """A verb that attributes what follows ("said", ``قال``)."""
        return self.lookup(word) == "statement.say"

    def is_announcing(self, word: str) -> bool:
        """A speech word whose statement is news of its own ("announced", ``أعلن``)."""
        t = self.lookup(word)
        return t is not None and t.startswith("statement.") and t != "statement.say"

    def gerund(self, word: str) -> bool:
        """Is the word a verb's -ing form ("shooting his wife"), which after "after" or
        "before" goes on with the same doer's acts rather than bringing in another
        happening?  (A noun "the shooting" has its determiner first.)"""
        return bool(self.gerund_endings) and word.endswith(self.gerund_endings) and len(word) > 5

    def happening(self, word: str) -> bool:
        """Does the word name a happening (not a statement)?"""
        t = self.lookup(word)
        return t is not None and not t.startswith("statement")


@lru_cache(maxsize=None)
def clause_words(code: str) -> ClauseWords:
    return ClauseWords(code)


def split_sentences(text: str, lang: str, start: int = 0, end: Optional[int] = None,
                    norm: Optional[Normalized] = None) -> list[tuple[int, int]]:
    """Sentence spans of a normalised text (``norm``: the :class:`Normalized` it is the
    text of, whose original tells the case of letters that normalising folds)."""
    end = len(text) if end is None else end
    ew = clause_words(lang)
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
            nxt = m.end()
            while nxt < end and text[nxt] == " ":
                nxt += 1
            if word in ew.abbreviations or (len(word) == 1 and word.isalpha() and lang == "en"):
                if nxt < end and text[nxt] != "\n":
                    continue
            elif _INITIALISM.fullmatch(word) and nxt < end and text[nxt].isalpha() and not (
                    norm.original[norm.to_original(nxt)] if norm is not None else text[nxt]).isupper():
                continue  # "D.C. police said", "in N.Y. on Friday": an initialism, the sentence goes on
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


#: How far after a response word (``رد``, "retaliated") its object word may come: the
#: responder named between them ("رد الرئيس الأمريكي دونالد ترامب على") takes up to four.
_RESPONSE_GAP = 6


def split_clauses(text: str, sentence: tuple[int, int], lang: str,
                  toks: Optional[list[tuple[int, int, str]]] = None,
                  times: Sequence[tuple[int, int]] = ()) -> list[Clause]:
    """Clause spans of one sentence (normalised text offsets); ``toks`` may hold the
    sentence's :func:`sentence_tokens` when the caller has them already, ``times`` the
    spans of its time expressions (a time right after a speech verb is the saying's:
    "announced Tuesday the mother had died")."""
    ew = clause_words(lang)
    if toks is None:
        toks = sentence_tokens(text, sentence)
    n = len(toks)
    cuts: list[int] = []  # token indices where a new clause starts
    prior: set[int] = set()  # cuts made by a subordinator
    conjoined: set[int] = set()  # cuts at "، و…": a phrase joined to the clause before
    closed: set[int] = set()  # cuts at an anniversary: no phrase joined after it goes on with it
    ar = lang == "ar"
    inside = 0  # tokens up to here belong to a subordinator phrase already matched
    ends = {ts: te for ts, te in times}  # where each time expression starting at an offset ends
    lead = _fronted_subordinate(toks, ew, ar)
    if lead:
        # "In response to the strike, Hezbollah fired rockets", "وردا على الغارة، أطلق
        # حزب الله صواريخ": the phrase up to its comma brings in what came before, the
        # rest is the sentence's own clause
        cuts.append(lead)
        prior.add(0)
        inside = lead
    for i, (ts, te, w) in enumerate(toks):
        if i >= inside and (w in ew.response_heads or (ar and w[:1] == "و" and w[1:] in ew.response_heads)):
            # "رد الرئيس الأمريكي على هجوم", "Israel retaliated for the attack": the object
            # word, a few words on, brings in what was answered
            for k in range(i + 1, min(n, i + 1 + _RESPONSE_GAP)):
                x = toks[k][2]
                if x in ew.response_objects:
                    cuts.append(k)
                    prior.add(k)
                    break
                if not x[:1].isalnum() or x in ew.response_heads:
                    break
        if i == 0:
            continue
        if w in (";", "؛"):
            cuts.append(i + 1)
            continue
        prev = toks[i - 1][2]
        if ar and prev in ("،", ",") and len(w) >= 3 and w[0] == "و" and w not in ew.vocab.not_clitic \
                and w[1:] not in ew.vocab.not_clitic:
            cuts.append(i)
            conjoined.add(i)
            continue
        if prev in (",", "،") and w in ew.dated_conjunctions and _time_after(toks, i, ends, ew) != te:
            # "drones hit the air base on Sunday, and on Monday a power station was struck":
            # a conjunction that opens with a date of its own tells the next step of a
            # narrative, a clause of its own
            cuts.append(i)
            continue
        if w in ew.openers or (ar and len(w) > 3 and w[0] == "و" and w[1:] in ew.openers):
            if prev in (",", "،") or ar:
                cuts.append(i)
                if w in ew.subordinators_single or w[1:] in ew.subordinators_single:
                    prior.add(i)
                continue
        ph = _phrase_at(toks, i, ew, ar) if i >= inside else None  # (not inside one matched)
        if ph is not None:
            cuts.append(i)
            if ph in ew.subordinators:
                prior.add(i)
                inside = i + len(ph) + 1
            if ph in ew.anniversaries:
                closed.add(i)
        if w in ew.subordinators_single:
            cuts.append(i)
            prior.add(i)
            if (w,) in ew.anniversaries:
                closed.add(i)
        elif (w in ew.after_words or (ar and w[:1] == "و" and w[1:] in ew.after_words)) \
                and i + 1 < n and ew.happening(toks[i + 1][2]) and not ew.gerund(toks[i + 1][2]):
            # "بعد مقتل الجنود", "after the attack": an earlier happening comes in
            cuts.append(i)
            prior.add(i)
        elif ar and (w in ew.after_words or (w[:1] == "و" and w[1:] in ew.after_words)) \
                and _span_then_link(toks, i, ends, ew):
            # "بعد نحو شهرين من غارات مماثلة", "قبل ثلاثة أيام على الهجوم": a span of time
            # from another happening brings it in
            cuts.append(i)
            prior.add(i)
    bounds = [0] + sorted(set(c for c in cuts if 0 < c < n)) + [n]
    out: list[Clause] = []
    after = False  # the last piece is a clause a subordinator opened
    for a, b in zip(bounds, bounds[1:]):
        if a >= b:
            continue
        pieces = _split_report(text, toks[a:b], lang, ew, ends)
        joined = a in conjoined and after and out[-1].role == "plain"
        if pieces and (a in prior or joined or _anterior(toks[a:b], ew)):
            # (a phrase joined by "، و" to one a subordinator opened goes on telling what
            # came before: "بعد غارة استهدفت دراجة أمس، وأسفرت عن مقتل شخص"; the main clause
            # after a fronted one comes without "و": "بعد الهجوم، أعلن الجيش")
            pieces[0].prior = True
        after = bool(pieces) and (a in prior or joined) and len(pieces) == 1 and a not in closed
        base = len(out)
        for p in pieces:
            if p.report_of is not None:
                p.report_of += base
        first = next((t[2] for t in toks[a:b] if t[2][0].isalnum()), "")
        if pieces and out and pieces[0].role == "plain" and out[-1].role == "plain" \
                and (first in ew.attributions or (ar and first[:1] == "و" and first[1:] in ew.attributions)):
            # "قتل ثلاثة في القصف، بحسب وزارة الصحة": the source cited after what it reports
            pieces[0].role = "report"
            out[-1].role, out[-1].report_of = "content", base
        out.extend(pieces)
    return out


def _phrase_at(toks: list[tuple[int, int, str]], i: int, ew: ClauseWords, ar: bool) -> Optional[tuple[str, ...]]:
    """The opener or subordinator phrase of two words or more starting at token ``i``, the
    longest: its first word may carry ``و`` in Arabic, and a qualifier may follow the first
    word of a subordinator ("in direct response to", ``ردا مباشرا على``)."""
    w = toks[i][2]
    cands = ew.phrases_by_first.get(w, ())
    if ar and w[:1] == "و":
        cands = cands + ew.phrases_by_first.get(w[1:], ())
    for ph in sorted(cands, key=len, reverse=True) if len(cands) > 1 else cands:
        got = tuple(t[2] for t in toks[i:i + len(ph)])
        if ph in ew.subordinators and got[1:2] and got[1] in ew.subordinator_modifiers:
            got = (got[0],) + tuple(t[2] for t in toks[i + 2:i + 1 + len(ph)])
        if got == ph or (ar and got[:1] and got[0][:1] == "و" and (got[0][1:],) + got[1:] == ph):
            return ph
    return None


#: How many tokens a subordinate phrase opening a sentence may run before its comma.
_FRONTED_REACH = 16


def _fronted_subordinate(toks: list[tuple[int, int, str]], ew: ClauseWords, ar: bool) -> int:
    """Where the main clause starts after a subordinate phrase opening the sentence and
    closed by a comma ("In response to the strike, …", "After the attack on the base, …",
    ``وردا على الغارة، …``, ``عقب الهجوم، …``); 0 when the sentence opens otherwise."""
    words = [t[2] for t in toks]
    if not words:
        return 0
    first = words[0]
    bare = first[1:] if ar and first[:1] == "و" and len(first) > 2 else first
    opened = bare in ew.subordinators_single or first in ew.subordinators_single
    if not opened:
        ph = _phrase_at(toks, 0, ew, ar)
        opened = ph is not None and ph in ew.subordinators and ph not in ew.anniversaries
    if not opened and (bare in ew.after_words or first in ew.after_words) and len(words) > 1 \
            and ew.happening(words[1]) and not ew.gerund(words[1]):
        opened = True  # "After the attack, …", ``بعد الهجوم، …``
    if not opened:
        return 0
    for k in range(1, min(len(words) - 1, _FRONTED_REACH)):
        if words[k] in (",", "،"):
            return k + 1
        if words[k] in (";", "؛"):
            break
    return 0


def _anterior(toks: list[tuple[int, int, str]], ew: ClauseWords) -> bool:
    """Is the clause told in the pluperfect, as what had happened before ("وكانت القوات قد
    قصفت المخيم في أبريل")?  A form of "كان" opens it, and the particle "قد" follows
    within a few words, before the verb."""
    if not ew.anterior:
        return False
    words = [t[2] for t in toks[:8]]
    for k, w in enumerate(words[:3]):
        if w in ew.anterior:
            return any(x in ew.anterior_particles for x in words[k + 1:k + 7])
    return False


def _reports_something(toks: list[tuple[int, int, str]], ew: ClauseWords) -> bool:
    """Can these words be what a source reports: an event word, or four words or more
    (not a bare "On Friday" before the speaker)?"""
    words = [t[2] for t in toks if t[2][0].isalnum()]
    return len(words) >= 4 or any(ew.happening(w) for w in words)


#: How many words (an approximation: ``نحو``, ``قرابة``, ``أكثر من``) may stand between
#: "after" and the span of time counted from another happening.
_SPAN_LEAD = 2
#: How many words after the link word the earlier happening's own time may come.
_SPAN_TIME_REACH = 12


def _span_then_link(toks: list[tuple[int, int, str]], i: int, ends: Mapping[int, int],
                    ew: ClauseWords) -> bool:
    """Does "after"/"before" at token ``i`` count a span of time (a time expression,
    ``ends``) from a happening told after a link word and dated there by a time of its
    own (``بعد نحو شهرين من غارات استهدفت الميناء في أيلول``)?  Without a time of its
    own the span may be how long it lasted (``بعد أسبوعين من القتال``: after two weeks of
    fighting), and the clause stays whole."""
    for j in range(i + 1, min(len(toks), i + 2 + _SPAN_LEAD)):
        end = ends.get(toks[j][0])
        if end is None:
            continue
        q = next((k for k in range(j + 1, len(toks)) if toks[k][0] >= end), None)
        return q is not None and toks[q][2] in ew.offset_links \
            and any(toks[k][0] in ends for k in range(q + 1, min(len(toks), q + 1 + _SPAN_TIME_REACH)))
    return False


def _time_after(toks: list[tuple[int, int, str]], i: int, ends: Mapping[int, int],
                ew: ClauseWords) -> int:
    """The end of a time expression (``ends``: start offset -> end offset) that follows
    token ``i`` (past one preposition), else the end of token ``i``."""
    for j in (i + 1, i + 2):
        if j >= len(toks) or (j == i + 2 and toks[i + 1][2] not in ew.vocab.prepositions):
            break
        end = ends.get(toks[j][0])
        if end is not None and end < toks[-1][0]:
            return end
    return toks[i][1]


def _split_report(text: str, toks: list[tuple[int, int, str]], lang: str, ew: ClauseWords,
                  ends: Mapping[int, int]) -> list[Clause]:
    """Separate a reporting verb phrase from what it reports."""
    if not toks:
        return []
    s, e = toks[0][0], toks[-1][1]
    n = len(toks)
    for i, (_ts, _te, w) in enumerate(toks):
        cited = i > 1 and w in ew.attributions  # "…, according to police", "…، بحسب الوزارة"
        if not (ew.is_reporting(w) or ew.is_announcing(w) or cited):
            continue
        role = "statement" if ew.is_announcing(w) else "report"
        if lang == "en" and i > 0 and toks[i - 1][2] in _EN_PASSIVE:
            continue  # "the strike was said to be …": no one speaks
        if i > 0 and toks[i - 1][2] in ew.negations or (i > 1 and toks[i - 2][2] in ew.negations):
            role = "negated"  # "ولم تعلن أي جهة …", "has not commented": no statement
        lead: list[Clause] = []
        if lang == "ar" and i > 4 and not cited:
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
        elif cited:
            # "rain flooded the valley according to figures released on Sunday": the
            # source follows what it reports, however long it is
            content = _trim(text, s, toks[i - 1][0] if toks[i - 1][2] in (",", "،") else toks[i][0])
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
                # "X said the strike …"; "X announced (on) Tuesday the mother …": the time
                # right after the verb is the saying's
                cut = _time_after(toks, i, ends, ew)
                report = _trim(text, s, cut)
                content = _trim(text, cut, e)
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
