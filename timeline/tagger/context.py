"""What the words around an expression say of it: whether it stands, and its tense.

:meth:`_valid` rejects what only looks like a time (a name: ``حركة 20 فبراير``, "the
January 25 revolution"; a bare part of day or position with no cue).  :meth:`_context`
notes on the frame what the sentence tells: the tense of the clause (future, past, a
deadline; Arabic verbs read by :mod:`timeline.lang.ar_morphology`), a reporting verb,
recurrence, "after midnight".  The resolver reads these notes to choose among the days
an expression can name.
"""

from __future__ import annotations

from ..frames import Frame
from .reading import _EN_AUX, _Reading

__all__: list[str] = []

_SENTENCE_END = frozenset({".", "!", "?", "؟", "؛", ";", "\n"})
#: How far back (tokens) a tense cue of an Arabic time's clause may be (8 in English): a
#: verb-first clause tells its subject, its object and a name of several words before the
#: time ("ومن المقرر أن يستقبل الرئيس نظيره الأوكراني فولوديمير زيلينسكي في القصر يوم الجمعة").
_AR_REACH = 12
#: How many words after an Arabic clause's opening past verb the date it governs may come.
_AR_GOVERNING_REACH = 5


class _Context(_Reading):
    """The checks of an expression against its context."""

    def _valid(self, f: Frame, i: int, j: int) -> bool:
        if f.y is None and (f.m is not None or f.weekday is not None) and self.has(i - 1, "name_head"):
            return False  # "حركة 20 فبراير", "مسجد الجمعة": a name
        if f.y is None and f.m is not None and f.d is not None and self.has(j, "name_tail"):
            return False  # "the January 25 revolution": a name
        if f.holiday is not None and f.y is None and f.hday is None \
                and self.has(i - 1 if self.ar else j, "holiday_thing"):
            return False  # "a Christmas market", "سوق عيد الميلاد": what the holiday qualifies
        if f.decade is not None and self.ar and self.has(j, "of") and self.has(j + 1, "age_word"):
            return False  # "في الأربعينيات من عمره": an age
        s = f.filled()
        keys = set(s) - {"approx", "equiv", "tz", "podmod", "clock_word"}
        if not keys:
            return False
        if keys == {"posmod"} or keys == {"ago"} or keys == {"every"}:
            return False
        if keys <= {"pod"}:
            pod = f.pod
            if self.lang == "en" and self.txt(i) == "overnight":
                return True
            if pod == "MIDNIGHT":
                return True
            if f.podmod is not None and self.lang == "en":
                return False
            if self.has(i, "pod_bare") and j == i + 1:
                return True  # "وقع الانفجار فجرا": the adverb is a time by itself
            # (after a cue: "at dawn", "around noon", "shortly before dawn")
            return self.has(i - 1, "pod_cue", "approx") or (self.lang == "en" and self.txt(i - 1) in ("the", "this") and self.txt(i - 2) in ("in", "during", "by", "through"))
        if keys <= {"pod", "posmod"}:
            return False
        if f.posmod is not None and not (keys & {"unit", "y", "m", "decade", "century", "season", "quarter", "half"}):
            return False
        if keys == {"uoff"}:
            return False
        if f.year_only and keys <= {"y", "year_only", "cal"} and f.posmod is None:
            return True
        return True

    def _context(self, f: Frame, i: int, j: int) -> None:
        """Cues from around the expression: future tense, reporting verbs, recurrence."""
        back = max(0, i - (_AR_REACH if self.ar else 8))
        k = i - 1
        if self.has(j, "future_post"):
            f.tense = "future"  # "declared Friday a public holiday"
            back = k + 1
        opens = False  # no word before the expression in its sentence can carry a tense
        while True:
            if k < back:
                opens = k < 0
                break
            if self.tk[k] == "p" and self.tx[k] in _SENTENCE_END:
                opens = True
                break
            if "\n" in self.text[self.te[k]:self.ts[k + 1]]:
                opens = True
                break
            if "future" in self.ct[k] or (self.future_verb is not None and self._future_verb(k, i)) \
                    or ("future_modal" in self.ct[k] and not self._possessive(j)):
                f.tense = "past" if self.has(k + 1, "perfect_aux") else "future"
                break
            if "present_aux" in self.ct[k]:
                break
            if self._past_verb(k):
                if self.has(k - 1, "passive_aux"):
                    k -= 1  # "will be closed": a participle; the auxiliary before it decides
                    continue
                f.tense = "past"  # "took effect Jan. 1": a past event, not next January
                if i - k == 2 and self.has(i - 1, "governing_prep"):
                    # "happened on Christmas Eve": the verb's own time (not "extended to
                    # Nov. 20", "set Nov. 10 as the deadline": dates it moves things to)
                    f.governed = True
                break
            k -= 1
        if opens and f.tense is None:
            self._forward_tense(f, j)
        if f.tense in (None, "past") and self.ar and self.past_verb is not None and f.y is None:
            self._arabic_governing_past(f, i)
        if self.has(i - 1, "since"):
            f.tense = "past"  # "has fallen since the spring", "منذ الثلاثاء": what is past
        if f.tense is None and self.has(i - 1, "deadline") and not any(
                "past_verb" in self.ct[k] for k in range(j, self.sentence_bounds(i, j, 8)[1])):
            # not "by March the troops had left" (a listed verb: "untouched" after it is no verb)
            f.tense = "deadline"
        if f.pod == "MIDNIGHT" and f.hour is None and f.tense != "future" and self.has(i - 1, "past_midnight") \
                and (not self.ar or (f.weekday is None and f.dayrel is None and f.d is None)):
            # "shortly after midnight on Tuesday": early Tuesday; "بعد منتصف الليل": early in
            # the anchor day ("بعد منتصف ليل الخميس" is after the midnight that ends Thursday;
            # "سيبدأ الحظر بعد منتصف الليل", in the future, after the coming one)
            f.midnight_next = True
        for k in range(max(0, i - 2), i):
            if "report" in self.ct[k]:
                f.reporting = True
        if self.lang == "en" and self.txt(j) in ("said", "told") or (self.txt(i - 1) in ("statement",)):
            f.reporting = True
        if f.hour is not None and f.weekday is None and f.d is None and f.dayrel is None \
                and f.anaph is None and f.dom is None:
            lo, hi = self.sentence_bounds(i, j)
            cats = [self.ct[k] for k in range(lo, hi)]
            in_range = self.has(i - 1, "range_from", "range_to")
            if any("recurring" in c for c in cats) and (in_range or not any(
                    ("weekday" in c or "dayrel" in c or "month" in c) for c in cats)):
                f.recurring = True

    def _arabic_governing_past(self, f: Frame, i: int) -> None:
        """An Arabic clause that opens with a past verb and tells its time through "في" or
        "يوم" a few words on ("وقع الهجوم في 24 ديسمبر", "اعتقل الرجل يوم 23 ديسمبر") is of
        that date's own time: the latest one up to the anchor."""
        if self.has(i - 1, "governing_prep"):
            prep = i - 1
        elif self.has(i, "governing_prep"):
            prep = i  # "يوم 23 ديسمبر"
        else:
            return
        k = prep - 1
        while k >= 0 and i - k <= _AR_GOVERNING_REACH:
            if self.tk[k] == "p":
                break  # the clause opens after a comma or a stop
            k -= 1
        first = k + 1
        opened = k < 0 or self.tk[k] == "p"  # (not a word in mid-clause, past the reach)
        if not opened or first >= prep or self.tk[first] != "w":
            return  # (the verb comes before the preposition: "وفي يناير" opens with none)
        norm = self.norm
        word = norm.original[norm.to_original(self.ts[first]):norm.to_original(self.te[first] - 1) + 1]
        # the verb itself, else without a glued conjunction ("وقع" is a verb, "وقتل" is "و" + "قتل")
        if self.past_verb(word) or (word[:1] in self.conjunctions and len(word) > 3 and self.past_verb(word[1:])):
            f.tense, f.governed = "past", True

    def _forward_tense(self, f: Frame, j: int) -> None:
        """A time that opens its sentence ("In January, the board named ...", "On Tuesday
        the two sides will meet") comes before its clause's verb: take the tense from the
        first verb after it."""
        if self.past_verb is not None:
            # the verb comes first in its clause (Arabic): "وفي يناير، قتل خمسة أشخاص"
            k = j
            while k < self.n and self.tk[k] == "p" and self.tx[k] not in _SENTENCE_END:
                k += 1
            if k < self.n and self.tk[k] == "w" and not self.ct[k] and "\n" not in self.text[self.te[j - 1]:self.ts[k]]:
                norm = self.norm
                word = norm.original[norm.to_original(self.ts[k]):norm.to_original(self.te[k] - 1) + 1]
                if self.past_verb(word):
                    f.tense = "past"
                    return
        for k in range(j, min(self.n, j + 16)):
            if self.tk[k] == "p" and self.tx[k] in _SENTENCE_END:
                return
            if k > j and "\n" in self.text[self.te[k - 1]:self.ts[k]]:
                return
            if "future" in self.ct[k] or "future_modal" in self.ct[k]:
                if self.tx[k].endswith("ed"):
                    return  # "On Friday, the government planned to pay ...": which Friday is open
                f.tense = "past" if self.has(k + 1, "perfect_aux") else "future"
                return
            if "present_aux" in self.ct[k]:
                return
            if self._past_verb(k) and not self.has(k - 1, "passive_aux"):
                f.tense = "past"
                return

    def _past_verb(self, k: int) -> bool:
        """Is token ``k`` an English verb in the past (a listed one, or a lower-case word in
        -ed)?"""
        if self.lang != "en" or (k > 0 and self.tx[k - 1] in _EN_AUX):
            return False  # "expected to hit", "will set", "did not hit": a base form
        d = k - 1
        while d > 0 and self.tk[d] == "w" and len(self.tx[d]) > 3 and self.tx[d].endswith("ly"):
            d -= 1  # an adverb between: "the newly elected"
        if d >= 0 and d < k and (self.tx[d] == "the" or self.has(d, "year_det")):
            return False  # after a determiner it is an adjective: "the newly elected council"
            # is no verb, nor "a wounded man", "the injured"
        return "past_verb" in self.ct[k] or (
            self.tk[k] == "w" and len(self.tx[k]) > 4 and self.tx[k].endswith("ed") and not self._capital(k))

    def _capital(self, k: int) -> bool:
        """Is token ``k`` written with a capital letter in the original text?"""
        return self.tk[k] == "w" and self.norm.original[self.norm.to_original(self.ts[k])].isupper()

    def _possessive(self, j: int) -> bool:
        """Does a possessive ending follow the expression ending before token ``j``
        ("Wednesday's ruling")?"""
        return j + 1 < self.n and (self.tx[j], self.tx[j + 1]) in self.possessive \
            and self.te[j - 1] == self.ts[j]

    def _definite(self, k: int, glued: bool = True) -> bool:
        """Does token ``k`` carry the definite article (``المجلس``; with ``glued``, also
        after a clitic: ``والمجلس``, ``للمجلس``)?"""
        a = self.article
        if not a or not (0 <= k < self.n) or self.tk[k] != "w":
            return False
        w = self.tx[k]
        return w.startswith(a) or (glued and (w[1:].startswith(a) or w.startswith(a[1:] * 2)))

    def _future_verb(self, k: int, i: int) -> bool:
        """Is token ``k`` (before the expression at ``i``) a verb its own form puts in the
        future (Arabic ``سيجتمع``), used as a verb?  The morphology reads some names as such
        verbs (``سيرغي``, ``سنجار``), so the sentence must agree: the word does not follow a
        preposition (``في سنجار``), and either a complement comes before the expression (a
        definite noun, a noun and its definite genitive, a particle: ``سيجتمع المجلس``,
        ``سيجتمع مجلس الأمن``, ``سيلتقي مع``) or a definite subject before it
        (``المجلس سيجتمع الجمعة``)."""
        if self.tk[k] != "w" or len(self.tx[k]) < 4 or "س" not in self.tx[k][:2]:
            return False
        if self.has(k - 1, "particle"):
            return False
        nxt = k + 1
        if nxt < i:
            if not (self.has(nxt, "particle") or self._definite(nxt)
                    or (nxt + 1 < i and self._definite(nxt + 1, glued=False))):
                return False
        elif not self._definite(k - 1):
            return False
        norm = self.norm
        word = norm.original[norm.to_original(self.ts[k]):norm.to_original(self.te[k] - 1) + 1]
        return bool(self.future_verb(word))

    def sentence_bounds(self, i: int, j: int, limit: int = 40) -> tuple[int, int]:
        tk, tx, ts, te, text = self.tk, self.tx, self.ts, self.te, self.text
        lo = i
        while lo > 0 and i - lo < limit:
            if (tk[lo - 1] == "p" and tx[lo - 1] in _SENTENCE_END) or "\n" in text[te[lo - 1]:ts[lo]]:
                break
            lo -= 1
        hi = j
        while hi < self.n and hi - j < limit:
            if (tk[hi] == "p" and tx[hi] in _SENTENCE_END) or "\n" in text[te[hi - 1]:ts[hi]]:
                break
            hi += 1
        return lo, hi
