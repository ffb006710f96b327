"""The names of operations: words that name a campaign, not a happening, a place or an actor.

Armies and armed groups give their operations names, and the news repeats them: ``عملية
"الوعد الصادق"``, ``عملية طوفان الأقصى``, "Operation Desert Storm".  Their words are often
event, place or actor words (a flood, a storm, a town), which read on their own would add
a flood to the chronology or put the raid in a town called Al Hazm.  A name is found:

* in quotes right after an operation word (``عملية``, ``معركة``, "operation",
  "campaign": the language's ``operation_words``);
* in English, as the capitalised words after a capitalised operation word ("Operation
  Protective Edge"), up to a function word or a word naming a happening other than a
  disaster (a headline's "Military Operation Kills 12" names no operation);
* unquoted, as a disaster word right after an operation word with the definite words
  after it (``عملية عاصفة الحزم``, ``هجوم طوفان الأقصى``): an operation is no flood or storm;
* and wherever the text repeats a name found so (a name of several words as it is, a name
  of one word in quotes), as a headline does: ``ما قبل وبعد 'الوعد الصادق'``.

>>> from timeline.text import normalize
>>> from timeline.events.document import Document
>>> text = 'بدأت عملية "الوعد الصادق" فجرا. العالم بعد الوعد الصادق غير ما قبله.'
>>> doc = Document.read("a", normalize(text), "ar", [])
>>> names, refs = operation_names(doc)
>>> [doc.tokens[k] for k in sorted(names)], [doc.tokens[i:j] for i, j in refs]
(['الوعد', 'الصادق', 'الوعد', 'الصادق'], [['الوعد', 'الصادق']])
"""

from __future__ import annotations

from typing import Protocol

from ..lang.taxonomy import family
from .vocabulary import Vocabulary

__all__ = ["operation_names"]


class Text(Protocol):
    """What the finder reads of an article (:class:`.document.Document` is one, and
    calls the finder itself: ``Document.operation_names``)."""

    lang: str
    vocab: Vocabulary
    tokens: list[str]
    keys: list[str]
    sentence_of: list[int]

    def capitalised(self, k: int) -> bool: ...

#: The longest name read after an operation word, in words.
NAME_WORDS = 6
#: The definite words an unquoted Arabic name may run on with (``طوفان الأقصى``).
_AR_TAIL = 2
_QUOTES = ('"', "'")


def operation_names(doc: Text) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """The indices of the tokens of the document's operation names (see the module), and
    the token spans of the names the text gives on their own, with no operation word
    before them: each is a back-reference to the operation (``ما قبل وبعد 'الوعد الصادق'``)."""
    toks, v = doc.tokens, doc.vocab
    words = v.operation_words
    n = len(toks)
    out: set[int] = set()
    found: set[tuple[str, ...]] = set()
    refs: list[tuple[int, int]] = []
    if not words:
        return frozenset(), refs
    capitalised = doc.capitalised if doc.lang == "en" else None
    for k in range(n - 1):
        # (what may follow an operation word is checked first: it is cheaper)
        nxt = toks[k + 1]
        if not (nxt in _QUOTES or (capitalised is not None and nxt.isalpha() and capitalised(k + 1))
                or (doc.lang == "ar" and _disaster(doc, k + 1))) or not v.is_cue(toks[k].lower(), words):
            continue
        span = _quoted(doc, k + 1)
        if span is None and capitalised is not None:
            span = _title(doc, k, capitalised)
        if span is None and doc.lang == "ar":
            span = _ar_disaster(doc, k + 1)
        if span:
            out.update(span)
            found.add(tuple(toks[j] for j in span))
    if found:
        _repeated(doc, found, out, refs)
    return frozenset(out), refs


def _quoted(doc: Text, k: int) -> range | None:
    """The words between the quote at token ``k`` and its closing one."""
    toks = doc.tokens
    if toks[k] not in _QUOTES:
        return None
    end = next((j for j in range(k + 1, min(len(toks), k + 2 + NAME_WORDS)) if toks[j] == toks[k]), None)
    if end is None or end == k + 1 or (end == k + 2 and _named_happening(doc, k + 1)):
        return None  # (one quoted word naming a happening is set off, not a name: هجوم "انتحاري")
    return range(k + 1, end)


def _named_happening(doc: Text, j: int) -> bool:
    """Does token ``j`` name a happening (other than a disaster, which names give)?"""
    t = doc.vocab.type_of(doc.keys[j])
    return t is not None and t != "-" and family(t) != "disaster"


def _title(doc: Text, k: int, capitalised) -> range | None:
    """"Operation Desert Storm": the capitalised words after a capitalised operation word
    that opens them ("Special Operations Command" is a body's name, not an operation's)."""
    if not capitalised(k) or (k > 0 and doc.sentence_of[k - 1] == doc.sentence_of[k] and capitalised(k - 1)
                              and doc.tokens[k - 1].isalpha()):
        return None
    v, toks = doc.vocab, doc.tokens
    skip = v.determiners | v.pronouns | v.relatives | v.prepositions
    j = k + 1
    while j < len(toks) and j - k <= NAME_WORDS and doc.sentence_of[j] == doc.sentence_of[k] \
            and toks[j].isalpha() and capitalised(j) and toks[j] not in skip and not _named_happening(doc, j):
        j += 1
    return range(k + 1, j) if j > k + 1 else None


def _disaster(doc: Text, k: int) -> bool:
    """Does token ``k`` name a disaster?"""
    t = doc.vocab.type_of(doc.keys[k])
    return t is not None and t != "-" and family(t) == "disaster"


def _ar_disaster(doc: Text, k: int) -> range | None:
    """``عملية طوفان الأقصى``: a disaster word after an operation word, with the definite
    words that follow it."""
    if not _disaster(doc, k):
        return None
    j = k + 1
    while j < len(doc.tokens) and j - k <= _AR_TAIL and doc.sentence_of[j] == doc.sentence_of[k] \
            and doc.tokens[j].startswith("ال") and not _named_happening(doc, j):
        j += 1
    return range(k, j)


def _repeated(doc: Text, found: set[tuple[str, ...]], out: set[int], refs: list[tuple[int, int]]) -> None:
    """Every other place the text gives a name found: as it is when it has several words,
    in quotes when it has one; those with no operation word before them go to ``refs``."""
    toks, v = doc.tokens, doc.vocab
    firsts = {name[0] for name in found}
    lengths = sorted({len(name) for name in found}, reverse=True)  # (the longest first)
    for k, w in enumerate(toks):
        if w not in firsts:
            continue
        # (a lookup per length, at most NAME_WORDS of them: many names cost no more)
        for m in lengths:
            name = tuple(toks[k:k + m])
            if name not in found:
                continue
            if m > 1 or (0 < k and k + 1 < len(toks) and toks[k - 1] in _QUOTES and toks[k + 1] == toks[k - 1]):
                if k in out:
                    continue  # (the name where it was found, or a longer one holding it)
                out.update(range(k, k + m))
                before = k - 2 if k >= 2 and toks[k - 1] in _QUOTES else k - 1
                if before < 0 or not v.is_cue(toks[before].lower(), v.operation_words):
                    refs.append((k, k + m))
