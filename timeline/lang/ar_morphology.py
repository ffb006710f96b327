"""Arabic verb morphology the resolver needs: is a word a verb in the future tense?

"سيجتمع المجلس الجمعة" (the council will meet on Friday) puts the bare weekday ahead of
the publication date, where "اجتمع المجلس الجمعة" puts it behind.  The future is made in
the word itself: the prefix ``سـ`` before an imperfect verb (``سيجتمع``, ``ستعقد``,
``سنواصل``, ``وسيعلن``).  A prefix test alone cannot tell these from nouns and past verbs
that start with the same letters (``سيارة``, ``سياسيين``, ``سنة``, ``سيطرت``, ``سيّرت``),
so each candidate is read by the morphological analyser of the maintained ``qalsadi``
package (Taha Zerrouki's Arabic analyser, with the ``arramooz`` dictionary of verbs and
nouns): a word is a future verb only when *every* reading it has is ``سـ`` + an imperfect
verb.  A word with any other reading (a noun, a past verb) is not.

The analyser also reads names it does not know as verbs (``سيرغي``, ``سنجار``,
``سيناء``), so the tagger asks the sentence as well (see ``_Context._future_verb`` in
:mod:`timeline.tagger.context`).

>>> future_verb("سيجتمع"), future_verb("وستعقد"), future_verb("سيارة"), future_verb("سيطرت")
(True, True, False, False)
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

__all__ = ["future_verb", "past_verb", "readings_types", "only_a_name", "defective_forms"]

#: ``سـ`` (after an optional و/ف) before the prefix of an imperfect verb and a stem (of
#: the length a word has: an endless run of letters is not analysed).
_CANDIDATE = re.compile("^[وف]?س[يتنأ][\u0621-\u064a]{2,14}$")
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel and vowel marks
_FUTURE_READING = re.compile("^[\u0648\u0641]?[\u064e]?\u0633\u064e")  # (وَ|فَ)? سَ

_lock = threading.Lock()
_analyser = None


def _analyse():
    global _analyser
    with _lock:
        if _analyser is None:
            from qalsadi.analex import Analex  # loaded once, only when a candidate is met
            _analyser = Analex()
        return _analyser


@lru_cache(maxsize=8192)
def future_verb(word: str) -> bool:
    """Is ``word`` a verb in the future tense in every reading the analyser has of it?"""
    w = _MARKS.sub("", word)
    if not _CANDIDATE.match(w):
        return False
    analyser = _analyse()  # a missing dependency is an install error, not "no future"
    try:
        readings = analyser.check_word(w)
    except Exception:  # the analyser's own failure on an odd word: no reading, no future
        return False
    if not readings:
        return False
    for r in readings:
        if r.get_type() != "Verb" or "المضارع" not in (r.get_tags() or "") \
                or not _FUTURE_READING.match(r.get_vocalized() or ""):
            return False
    return True


@lru_cache(maxsize=8192)
def past_verb(word: str) -> bool:
    """Can ``word`` be read as a verb in the past, and never as one in the present or
    future but in the first person ("قتل", "انفجرت", "شنت", "أعلن": "أُعلِنُ", I announce,
    is no narrative's; not "يعقد")?  The tagger asks it of the word that opens a clause
    after a time told before it ("وفي يناير، قتل خمسة"): there an Arabic verb comes first.

    >>> past_verb("انفجرت"), past_verb("قتل"), past_verb("يعقد"), past_verb("أعلن"), past_verb("الحكومة")
    (True, True, False, True, False)
    """
    w = _MARKS.sub("", word)
    if not w or len(w) > 16 or not all("\u0621" <= c <= "\u064a" for c in w):
        return False
    analyser = _analyse()
    try:
        readings = analyser.check_word(w)
    except Exception:  # the analyser's own failure on an odd word
        return False
    tags = [(r.get_type(), r.get_tags() or "") for r in readings]
    # (a present read only in the first person, "أُطلِقُ", I release, is the past of a
    # narrative: "أطلق", "أفرج", "أعلن" tell what someone did)
    return any(t == "Verb" and "الماضي" in g for t, g in tags) \
        and not any(t == "Verb" and "المضارع" in g and ":أنا:" not in g for t, g in tags)


@lru_cache(maxsize=8192)
def readings_types(word: str) -> frozenset[str]:
    """The kinds of reading the analyser has of ``word`` ("Verb", "Noun:noun_prop",
    "unknown" for a word its dictionary does not hold, …).

    >>> sorted(readings_types("ترامب")), "Verb" in readings_types("صالح")
    (['unknown'], True)
    """
    w = _MARKS.sub("", word)
    if not w or len(w) > 16:
        return frozenset({"unknown"})
    analyser = _analyse()
    try:
        readings = analyser.check_word(w)
    except Exception:  # the analyser's own failure on an odd word
        return frozenset({"unknown"})
    return frozenset(r.get_type() for r in readings) or frozenset({"unknown"})


#: Letters the text normaliser writes for others (``ة`` as ``ه`` and ``ى`` as ``ي`` at a
#: word's end): a normalised word is read in its written forms too.
_UNNORMALISED = (("ه", "ة"), ("ي", "ى"))


def only_a_name(word: str) -> bool:
    """Does the analyser know no reading of ``word`` but a proper noun (a name of
    people or places: "ترامب", "خاركيف"; not "صالح", "كبيرة")?  A normalised word is
    read in the forms it may have been written in ("القديمه" is "القديمة", old).

    >>> only_a_name("ترامب"), only_a_name("صالح"), only_a_name("القديمه")
    (True, False, False)
    """
    forms = [word] + [word[:-1] + b for a, b in _UNNORMALISED if word.endswith(a) and len(word) > 2]
    return all(readings_types(w) <= {"unknown", "Noun:noun_prop"} for w in forms)


#: Third-person endings of the past of a verb whose last radical is weak, after the stem
#: without it: "دعت" (she called), "دعوا" (they called), "دعتا" (the two called).
_DEFECTIVE_PAST = ("ت", "وا", "تا")
#: Imperfect prefixes of the third person (he, she), and the plural's ending.
_IMPERFECT_PREFIXES = ("ي", "ت")


def defective_forms(lemma: str) -> tuple[str, ...]:
    """The third-person forms a light stemmer cannot tie to a verb whose last radical is
    weak (written with a final ``ا`` or ``ى``), given its past 3rd person masculine:
    ``دعا`` -> ``دعت``, ``دعوا``, ``يدعو``, ``تدعو``, ``يدعون``; ``التقى`` -> ``التقت``,
    ``يلتقي``; ``تنحى`` -> ``يتنحى``.  The imperfect's last letter follows the pattern:
    ``و`` after a ground-form ``ا`` (``يدعو``), ``ي`` after a ground-form ``ى`` and in the
    derived forms that start with ``ا``/``أ`` (``ينفي``, ``يلتقي``, ``يلغي``), the ``ى``
    kept in forms that start with ``ت`` (``يتنحى``).

    >>> defective_forms("دعا")
    ('دعت', 'دعوا', 'دعتا', 'يدعو', 'تدعو', 'يدعون', 'تدعون')
    >>> defective_forms("التقى")[:4]
    ('التقت', 'التقوا', 'التقتا', 'يلتقي')
    """
    if len(lemma) < 3 or lemma[-1] not in "اى":
        return ()
    base = lemma[:-1]
    out = [base + e for e in _DEFECTIVE_PAST]
    if len(lemma) == 3:  # the ground form: دعا -> يدعو, نفى -> ينفي
        stem, last = base, ("و" if lemma[-1] == "ا" else "ي")
    elif lemma[0] in "اأإ":  # أفعى, افتعى, استفعى: ألغى -> يلغي, التقى -> يلتقي
        stem, last = base[1:], "ي"
    elif lemma[0] == "ت":  # تفعّى, تفاعى: تنحى -> يتنحى
        stem, last = base, "ى"
    else:
        return tuple(out)
    for p in _IMPERFECT_PREFIXES:
        out.append(p + stem + last)
    for p in _IMPERFECT_PREFIXES:
        out.append(p + stem + "ون")
    return tuple(out)

