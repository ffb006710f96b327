"""What a language module provides, and how its word lists become a lexicon.

A language module (``timeline/lang/ar.py``, ``timeline/lang/en.py``) is data only: a
:class:`LanguageData` whose ``lexicon`` maps a *category* to ``{surface form: value}``.
Surface forms may be several words (``"كانون الأول"``, ``"a.m."``); they are normalised and
tokenised exactly like texts, single words go to a dictionary and longer ones to a
phrase table matched longest-first.  The engine only ever sees categories, so adding a
dialect's month names is a data change.

Categories the engine understands (value types in brackets):

``month`` [1-12], ``hmonth`` [1-12, Hijri], ``weekday`` [ISO 1-7], ``weekday_abbr`` [ISO],
``dayrel`` [day offset: today 0, yesterday -1], ``tonight`` [0 tonight, -1 last night],
``pod`` [part of day key], ``pod_adv`` [part of day after a clock time, or "am"/"pm"],
``pod_mod`` ["early"/"late"], ``pod_mod_of`` [a ``pod_mod`` phrase that takes a date after
it: "the early hours of"], ``unit`` [(unit, "sg"|"du"|"pl")], ``rel`` [-1/0/+1, after
the noun in Arabic], ``rel_pre`` [-1/0/+1 before the noun, English], ``anaph`` ["next",
"prev", "same"], ``posmod`` ["START"/"MID"/"END"], ``num`` [int], ``ord`` [int],
``tens`` [int], ``teen`` [True], ``quant`` ["X"], ``hijri_mark``, ``ad_mark``, ``equiv``,
``clock_intro``, ``oclock``, ``tz`` [zone key of :func:`timeline.calendar.utc_offset`,
or "local"], ``tz_place`` [zone key of a place, read only after "بتوقيت"], ``approx``, ``exact``, ``ago``, ``since``,
``after``, ``within``, ``later``, ``vague`` [PAST_REF/PRESENT_REF/FUTURE_REF],
``set_adv`` [TIMEX3 value], ``every``, ``day_word``, ``year_word``, ``month_word``,
``week_word``, ``night_word``, ``season`` [SP/SU/FA/WI], ``quarter_word``, ``half``,
``holiday`` [(calendar, month, day, pod); calendar "weekday_after": the ISO weekday in the
last place on or after that day, "Thanksgiving" = ("weekday_after", 11, 22, 4)], ``decade_word`` [start year or decade digit],
``century_word``, ``of``, ``and``, ``the``, ``ordsuffix``, ``future`` [cue word],
``report`` [reporting verb], ``age`` [age cue], ``range_from``, ``range_to``,
``weekend_word``, ``midnight``, ``noon``, ``minute_word``, ``quarter_hour`` [15/30/45/-15],
``fraction`` [0.5], ``recurring`` [cue that a clock time recurs], ``past_cue``,
``today_blocker`` [a word after "اليوم" that makes it "the day", not "today"],
``pod_bare`` [part of day key: an adverb that is a time with no cue, "فجرا"],
``bare_only`` [a word never read with a glued letter: "باب" is not بـ + "آب"],
``from_now`` [after a duration, counts it from now: "من الآن"], ``state_cue`` [an ongoing
state before "منذ": the count is a duration], ``ord_construct`` [ordinal in a construct:
"ثاني أيام العيد"], ``solar_mark`` [the solar (Persian) Hijri calendar],
``dur_mod`` [bound of a duration, in its span: "more than", "أكثر من"], ``dur_det``
[adjective between "the" and a duration: "the first nine months"], ``earlier_later``
[signal before a time, outside its span], ``not_time`` [phrase that hides a time word: "as
soon as"], ``future_post`` [after a day, makes it a coming one: "a public holiday"],
``year_det`` / ``weak_year_cue`` [before a bare year: a modifier, "his 1998 campaign" / a
cue when no noun follows, "for 1989."], ``not_year_after`` [a noun after a number that makes
it no year: "the 1800 block of Main Street", an address], ``count_adj`` [a word that counts what follows:
"their estimated 2000 members" holds no year], ``article_det`` [a ``year_det`` that
counts too: "a further 2000 jobs"], ``unit_end`` [the part of a unit told after it:
"year-end"], ``fiscal``, ``latest``, ``period_word``,
``same_period``, ``yoy_adj`` [reporting periods: "the latest quarter", "the year-ago
period"], ``clock_frac`` / ``clock_dir`` ["half"/"quarter", "past"/"to" before an hour],
``clock_glue`` [between a day and "الساعة": a dateline is one time].
"""

from __future__ import annotations

from typing import Callable, Mapping, Optional

import attrs

from ..text import TOKEN_RE, normalize_word

__all__ = ["LanguageData", "Lexicon"]

@attrs.frozen
class LanguageData:
    """The data of one language.

    Attributes:
        code: ISO 639-1 code (``"ar"``, ``"en"``).
        name: English name.
        lexicon: ``{category: {surface: value}}``; see the module docstring.
        proclitics: letters that may be glued before a word (Arabic ``و ف ب ل ك``);
            ``conjunctions`` may come first, then one of ``prepositions``.
        article: the definite article glued to words (Arabic ``ال``), folded with ``ل``
            into ``لل``.
        case_sensitive: surface forms that only count when capitalised in the text
            (English ``May``, ``March``, ``Sun``) mapped to ``True``.
        clauses: the words that split sentences and clauses (timeline/events/clauses.py):
            ``attributions`` (words after which a source follows: "وفق", "according"),
            ``negations``, ``complementizers``, ``after_words``, ``announce_objects``,
            ``clause_openers``, ``subordinators`` (phrases bringing in an earlier
            happening: "ردا على", "in response to"), ``subordinator_modifiers`` (words
            that may qualify such a phrase after its first word: "ردا مباشرا على", "in
            direct response to"), ``anniversaries`` (subordinators whose clause a
            phrase joined after it does not go on: "anniversary of", "الذكرى"),
            ``abbreviations`` (English, for
            sentence splitting).  The event vocabulary itself lives in
            ``timeline/lang/<code>_events.py``.
        script_ranges: code point ranges of the script, for language detection.
        tz_offset_in_value: write a named time zone's UTC offset into clock values
            (``…T06:45Z``, ``…T17:30+03:00``), as Arabic news is annotated here; English
            follows TimeBank, which keeps the clock as written (``5 p.m. EST`` → ``T17:00``).
        future_verb: a test of one word (as written in the text) for a verb whose own form
            puts it in the future (Arabic ``سيجتمع``: ``سـ`` + an imperfect verb), for
            languages that mark the future in the word; ``None`` where words like "will"
            in the lexicon's ``future`` category do it.
        past_verb: a test of one word for a verb in the past in every verbal reading (Arabic
            ``قتل``, ``انفجرت``), asked of the word opening a clause after a time told before
            it; ``None`` where the lexicon's ``past_verb`` category and "-ed" do it.
        possessive: the tokens of a possessive ending after a word, as pairs (English
            ``'`` + ``s``: "Wednesday's ruling"); empty where the language has none.
    """

    code: str
    name: str
    lexicon: Mapping[str, Mapping[str, object]]
    conjunctions: str = ""
    prepositions: str = ""
    article: str = ""
    case_sensitive: frozenset[str] = frozenset()
    clauses: Mapping[str, object] = attrs.field(factory=dict)
    script_ranges: tuple[tuple[int, int], ...] = ()
    tz_offset_in_value: bool = False
    future_verb: Optional[Callable[[str], bool]] = None
    past_verb: Optional[Callable[[str], bool]] = None
    possessive: frozenset[tuple[str, str]] = frozenset()


def _tokens(surface: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(normalize_word(surface)))


class Lexicon:
    """A compiled :class:`LanguageData`: fast word lookup with clitics, and phrases."""

    def __init__(self, data: LanguageData):
        self.data = data
        self.code = data.code
        words: dict[str, dict[str, object]] = {}
        phrases: dict[str, list[tuple[tuple[str, ...], dict[str, object]]]] = {}
        for cat, entries in data.lexicon.items():
            for surface, value in entries.items():
                toks = _tokens(surface)
                if not toks:
                    continue
                if len(toks) == 1:
                    words.setdefault(toks[0], {})[cat] = value
                else:
                    lst = phrases.setdefault(toks[0], [])
                    for tail, cats in lst:
                        if tail == toks[1:]:
                            cats[cat] = value
                            break
                    else:
                        lst.append((toks[1:], {cat: value}))
        for lst in phrases.values():
            lst.sort(key=lambda item: -len(item[0]))
        self.words = words
        self.phrases = phrases
        #: ``phrases`` indexed by their second word too, longest first as in ``phrases``:
        #: at a token only the phrases whose second word comes next can match.
        self.phrases_by_next: dict[str, dict[str, list[tuple[tuple[str, ...], dict[str, object]]]]] = {}
        for first, lst in phrases.items():
            by_next = self.phrases_by_next.setdefault(first, {})
            for tail, cats in lst:
                by_next.setdefault(tail[0], []).append((tail, cats))
        self.case_sensitive = frozenset(normalize_word(w) for w in data.case_sensitive)
        self._conj = normalize_word(data.conjunctions)
        self._prep = normalize_word(data.prepositions)
        self._article = normalize_word(data.article)
        self._cache: dict[str, Optional[tuple[str, int]]] = {}
        self._hidden: dict[str, Optional[tuple[str, int]]] = {}  # phrase_behind_clitic's
        #: What the tagger knows of each token text it has met (its kind, lexicon form and
        #: categories); made, filled and owned by :mod:`timeline.tagger.tokens`.
        self.token_cache: Optional[dict[str, tuple]] = None  # type: ignore[type-arg]

    def base_form(self, word: str) -> Optional[tuple[str, int]]:
        """The lexicon form of a normalised word and how many clitic letters precede it.

        >>> from timeline.lang import get_language
        >>> get_language("ar").lexicon.base_form("وبالأمس".replace("أ", "ا"))
        ('الامس', 2)
        """
        cache = self._cache
        if word in cache:
            return cache[word]
        result = self._lookup(word)
        if len(cache) < 200_000:
            cache[word] = result
        return result

    def phrase_behind_clitic(self, word: str) -> Optional[tuple[str, int]]:
        """The head of a phrase behind a word's clitic letters, when the word is a word of
        its own too: "بعيد" is "shortly after" (``بعيد منتصف الليل``) and "ب" + "عيد" (``بعيد
        الأضحى``); the tagger tries the phrase when the next words fit it.

        >>> from timeline.lang import get_language
        >>> get_language("ar").lexicon.phrase_behind_clitic("بعيد")
        ('عيد', 1)
        """
        cache = self._hidden
        if word in cache:
            return cache[word]
        found = self.base_form(word)
        result = None
        for form, n in self._clitic_forms(word):
            if form in self.phrases:
                result = (form, n) if found is None or found[0] != form else None
                break
        if len(cache) < 200_000:
            cache[word] = result
        return result

    def _clitic_forms(self, word: str) -> list[tuple[str, int]]:
        """The word without its clitic letters (a conjunction, a preposition, "لل"), each
        with how many letters were taken off, the likeliest first."""
        candidates: list[tuple[str, int]] = []
        if not (self._conj or self._prep):
            return candidates
        rest, pre = word, 0
        if len(rest) > 2 and rest[0] in self._conj:
            rest, pre = rest[1:], 1
            candidates.append((rest, pre))
        if len(rest) > 2 and rest[0] in self._prep:
            tail = rest[1:]
            art = self._article
            if art and rest[0] == art[-1] and tail.startswith(art[-1]) and len(tail) > 2:
                # ل + ال -> لل : "للعام" is "ل" + "العام"; the span starts after "لل".
                candidates.append((art + tail[1:], pre + 2))
            candidates.append((tail, pre + 1))
        return candidates

    def _lookup(self, word: str) -> Optional[tuple[str, int]]:
        words, phrases = self.words, self.phrases
        if word in words or word in phrases:
            return word, 0
        if not (self._conj or self._prep):
            return None
        candidates = self._clitic_forms(word)
        for form, n in candidates:
            if (form in words and "bare_only" not in words[form]) or form in phrases:
                return form, n
        art = self._article
        if art:
            # numbers take the article too ("الأربع وعشرين ساعة"); the span keeps it
            for form, n in [(word, 0)] + candidates:
                if form.startswith(art) and len(form) > len(art) + 1:
                    bare = form[len(art):]
                    cats = words.get(bare)
                    if cats and ("num" in cats or "tens" in cats):
                        return bare, n
        return None
