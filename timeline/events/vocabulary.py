"""The event vocabulary of a language: its trigger lemmas compiled for fast matching.

A word of a text is reduced to a *key* by morphology, not looked up among listed forms:

* English: the Snowball (Porter 2) stemmer, so "attack", "attacks", "attacked" and
  "attacking" share the key ``attack``;
* Arabic: the word's clitics are peeled off (conjunction و/ف, preposition ب/ل/ك, the
  article ال and its ل-fused form لل, a future or imperfect prefix on verbs) and each
  remainder is stemmed with Snowball's Arabic stemmer; the first reading that is a key
  of the vocabulary wins.  Snowball alone reads the same word differently with and
  without its article (``غارات`` → ``غارا`` but ``الغارات`` → ``غار``); checking the
  readings against the vocabulary makes the analysis consistent (99% of a paradigm
  test of inflected forms, against 49% for the stemmer alone).

Lemmas of a type are registered under their own keys; a phrase is the sequence of its
words' keys, matched longest first.

>>> v = vocabulary("ar")
>>> v.type_of(v.key("وبالغارات")), v.type_of(v.key("هاجمت"))
('violence.remote.air', 'violence')
>>> e = vocabulary("en")
>>> e.type_of(e.key("shootings")), e.phrase([e.key(w) for w in ("opened", "fire", "on")], 0)
('violence.civilians.shooting', (3, 'violence'))
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping, Optional, Sequence

import snowballstemmer

from ..lang import ar_events, en_events
from ..lang.taxonomy import TYPES
from ..text import TOKEN_RE, normalize_word

__all__ = ["Vocabulary", "vocabulary"]

_DATA: Mapping[str, Mapping[str, object]] = {"ar": ar_events.DATA, "en": en_events.DATA}
_WORD = TOKEN_RE  # lemmas are split into words exactly as texts are

# Arabic clitic sequences that may precede a word, longest first: conjunction, then
# preposition or future prefix, then the article.
_AR_PREFIXES = tuple(sorted({c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "س")
                             for a in ("", "ال")} | {"لل", "ولل", "فلل"} - {""}, key=len, reverse=True))
_AR_IMPERFECT = ("ي", "ت", "ن")
#: The endings of the imperfect's plural and dual (يقتلون, يقصفان), after its stem.
_AR_IMPERFECT_ENDINGS = ("ون", "ان")


def _nisba(word: str) -> bool:
    """Is a normalised Arabic word a feminine relative noun or adjective (…ية: عملية,
    عسكرية), whose ending a stemmer cuts off?"""
    return len(word) >= 5 and word.endswith("يه") and " " not in word


def _split(entries: str) -> list[str]:
    return [e.strip() for e in entries.split("|") if e.strip()]


class Vocabulary:
    """One language's compiled event vocabulary (see the module docstring)."""

    def __init__(self, code: str):
        data = _DATA[code]
        self.code = code
        self._stem = snowballstemmer.stemmer("arabic" if code == "ar" else "english").stemWord
        self._alias: dict[str, str] = {}      # any reading -> the lemma's key
        self._types: dict[str, str] = {}      # key -> type id
        self._phrases: dict[str, list[tuple[tuple[str, ...], Optional[str]]]] = {}
        self._cache: dict[str, str] = {}
        self._exact_cache: dict[str, Optional[str]] = {}
        self._readings_cache: dict[str, tuple[str, ...]] = {}
        self._nisba: dict[str, str] = {}      # a relative noun's form before its ة -> its key
        self._nisba_keys: set[str] = set()
        self.not_clitic = frozenset(normalize_word(w) for w in _split(str(data.get("not_clitic", ""))))
        #: surface forms matched before any analysis: a type id, or "-" for a word that
        #: names no event though it shares a stem or a spelling with one
        self.exact: dict[str, str] = {}
        for type_id, words in data["exact"].items():  # type: ignore[union-attr]
            assert type_id in TYPES or type_id == "-", type_id
            for w in _split(words):
                self.exact[normalize_word(w)] = type_id
        phrase_entries: list[tuple[list[str], Optional[str]]] = []
        for type_id, words in data["triggers"].items():  # type: ignore[union-attr]
            assert type_id in TYPES, type_id
            for entry in _split(words):
                toks = _WORD.findall(normalize_word(entry))
                if len(toks) == 1:
                    key = self._register(toks[0])
                    self._types.setdefault(key, type_id)
                elif toks:
                    phrase_entries.append((toks, type_id))
        for entry in _split(data["not_events"]):  # type: ignore[arg-type]
            phrase_entries.append((_WORD.findall(normalize_word(entry)), None))
        for toks, type_id in phrase_entries:
            keys = tuple(self._register(t) for t in toks)
            lst = self._phrases.setdefault(keys[0], [])
            if all(k != keys for k, _ in lst):
                lst.append((keys, type_id))
        if code == "ar":
            # a noun and its adjective are definite together ("طائرات حربية", "الطائرات
            # الحربية"): each phrase listed indefinite is matched in its definite form too,
            # by the keys the definite words get (no reading of theirs is changed)
            for toks, type_id in phrase_entries:
                if len(toks) > 1 and not any(t.startswith("ال") for t in toks):
                    keys = tuple(self.key("ال" + t) for t in toks)
                    lst = self._phrases.setdefault(keys[0], [])
                    if all(k != keys for k, _ in lst):
                        lst.append((keys, type_id))
        for lst in self._phrases.values():
            lst.sort(key=lambda item: -len(item[0]))
        self.negations = self._cues(data["negations"])
        self.speech_refusals = self._cues(data.get("speech_refusals", ""))
        self.privatives = self._cues(data.get("privatives", ""))
        self.irrealis = self._cues(data["irrealis"])
        self.presupposing = self._cues(data.get("presupposing", ""))
        self.partitive_negations = self._cues(data.get("partitive_negations", ""))
        self.partitive_of = self._cues(data.get("partitive_of", ""))
        self.loss_verbs = self._cues(data.get("loss_verbs", ""))
        self.gone_words = self._cues(data.get("gone_words", ""))
        self.gone_after = self._cues(data.get("gone_after", ""))
        self.lost_people = self._cues(data.get("lost_people", ""))
        self.life_verbs = self._cues(data.get("life_verbs", ""))
        self.life_words = self._cues(data.get("life_words", ""))
        self.modals = self._cues(data["modals"])
        self.perfect_auxiliaries = self._cues(data.get("perfect_auxiliaries", ""))
        self.apostrophe_clitics = self._cues(data.get("apostrophe_clitics", ""))
        self.future_prefixes = tuple(sorted(_split(str(data.get("future_prefixes", "")))))
        self.future = self._cues(data["future"])
        #: the future's phrases of several words ("set to", "expected to"), word by word
        self.future_phrases = tuple(tuple(f.split()) for f in self.future if " " in f)
        self.novelty = self._cues(data["novelty"])
        self.other_incident = self._cues(data.get("other_incident", ""))
        self.outlet_words = self._cues(data.get("outlet_words", ""))
        self.counter_words = self._cues(data.get("counter_words", ""))
        self.outlet_sign = re.compile(str(data.get("outlet_sign") or "(?!)"))
        self.pronouns = self._cues(data["pronouns"])
        self.speaker_subjects = self._cues(data.get("speaker_subjects", ""))
        self.determiners = self._cues(data["determiners"])
        self.relatives = self._cues(data["relatives"])
        self.actor_relatives = self._cues(data.get("actor_relatives", ""))
        self.definite = self._cues(data["definite"])
        self.copulas = self._cues(data["copulas"])
        self.anaphora_pronouns = self._cues(data["anaphora_pronouns"])
        self.anaphora_conjunctions = self._cues(data.get("anaphora_conjunctions", ""))
        self.doer_nouns = self._cues(data.get("doer_nouns", ""))
        self.undergone_outcomes = self._cues(data.get("undergone_outcomes", ""))
        self.locatives = self._cues(data["locatives"])
        self.place_nouns = self._cues(data.get("place_nouns", ""))
        self.responsibility = self._cues(data.get("responsibility", ""))
        self.generic = self._cues(data.get("generic", ""))
        self.habitual = self._cues(data.get("habitual", ""))
        self.frequency = self._cues(data.get("frequency", ""))
        self.perpetration = self._cues(data.get("perpetration", ""))
        self.object_verbs = frozenset(self.key(normalize_word(w)) for w in _split(str(data.get("object_verbs", ""))))
        self.object_links = self._cues(data.get("object_links", ""))
        self.aftershock_words = self._cues(data.get("aftershock_words", ""))
        self.mainshock_words = self._cues(data.get("mainshock_words", ""))
        # a verb's surface form -> (its type, the objects that complete its phrase)
        self.split_phrases: dict[str, tuple[str, frozenset[str]]] = {
            normalize_word(w): (type_id, self._cues(objects))
            for type_id, (verbs, objects) in dict(data.get("split_phrases", {})).items() for w in _split(verbs)}
        self.object_passives = self._cues(data.get("object_passives", ""))
        # what such a verb sets off, when it tells the kind of happening ("أطلق مسلحون النار"):
        # the object's word -> that type
        self.object_types: dict[str, str] = {
            normalize_word(w): type_id
            for type_id, words in dict(data.get("object_types", {})).items() for w in _split(words)}
        self.passive_auxiliaries = self._cues(data.get("passive_auxiliaries", ""))
        self.prepositions = self._cues(data["prepositions"])
        self.object_prepositions = self._cues(data.get("object_prepositions", ""))
        self.outcome_links = self._cues(data.get("outcome_links", ""))
        # instruments: a weapon's words (as a tuple of normalised words) -> its happening
        self.weapons: dict[tuple[str, ...], str] = {
            tuple(normalize_word(x) for x in w.split()): type_id
            for type_id, words in dict(data.get("weapons", {})).items() for w in _split(words)}
        self.weapon_modifiers = self._cues(data.get("weapon_modifiers", ""))
        self.weapon_sizes = self._cues(data.get("weapon_sizes", ""))
        self.body_parts = self._cues(data.get("body_parts", ""))
        self.chain_words = self._cues(data.get("chain_words", ""))
        self.use_verbs = self._cues(data.get("use_verbs", ""))
        self.use_keys = frozenset(self.key(w) for w in self.use_verbs)  # to find candidates fast
        self.use_links = self._cues(data.get("use_links", ""))
        self.projectiles = frozenset(tuple(normalize_word(x) for x in w.split())
                                     for w in _split(str(data.get("projectiles", ""))))
        self.projectile_verbs = self._cues(data.get("projectile_verbs", ""))
        self.projectile_particles = self._cues(data.get("projectile_particles", ""))
        self.possessives = self._cues(data.get("possessives", ""))
        self.past_ending = str(data.get("past_ending", ""))
        self.bound_prepositions = tuple(_split(str(data.get("bound_prepositions", ""))))
        self.participation = self._cues(data.get("participation", ""))
        # a word of two senses: its key -> (the other sense's type, the keys of its cues)
        self.senses: dict[str, tuple[str, frozenset[str]]] = {
            self.key(normalize_word(w)): (t, frozenset(self.key(normalize_word(c)) for c in _split(cues)))
            for w, (t, cues) in dict(data.get("senses", {})).items()}
        # a word whose other sense the word right before it tells: its written form ->
        # (that type, those words)
        self.preceded_senses: dict[str, tuple[str, frozenset[str]]] = {
            normalize_word(w): (t, self._cues(before))
            for w, (t, before) in dict(data.get("preceded_senses", {})).items()}
        # a verb whose object tells its other sense: its key -> (that type, the written
        # forms of the objects that tell it: "plan", not "planned")
        self.object_senses: dict[str, tuple[str, frozenset[str]]] = {
            self.key(normalize_word(w)): (t, self._cues(cues))
            for w, (t, cues) in dict(data.get("object_senses", {})).items()}
        self.aim_words = self._cues(data.get("aim_words", ""))
        self.aim_prefixes = tuple(sorted(_split(str(data.get("aim_prefixes", ""))), key=len, reverse=True))
        self.aim_endings = tuple(_split(str(data.get("aim_endings", ""))))
        self.coordinators = self._cues(data.get("coordinators", ""))
        self.release_verbs = self._cues(data.get("release_verbs", ""))
        self.release_objects = self._cues(data.get("release_objects", ""))
        # their keys, to find candidates by the document's keys before reading clitics
        self.release_keys = frozenset(self.key(w) for w in self.release_verbs | self.release_objects)
        self.release_tails = self._cues(data.get("release_tails", ""))
        # ("سراحهن": the tail with the held as its ending, found by its key)
        self.release_tail_keys = frozenset(self.key(w) for w in self.release_tails)
        self.release_passives = self._cues(data.get("release_passives", ""))
        self.institution_heads = self._cues(data.get("institution_heads", ""))
        self.recent = self._cues(data["recent"])
        self.since = self._cues(data.get("since", ""))
        self.since_comparisons = self._cues(data.get("since_comparisons", ""))
        self.when_words = self._cues(data.get("when_words", ""))
        self.light = self._cues(data.get("light", ""))
        self.continuations = self._cues(data.get("continuations", ""))
        self.participle_links = self._cues(data.get("participle_links", ""))
        self.glued_prepositions = self._cues(data.get("glued_prepositions", ""))
        self.verb_endings = tuple(_split(str(data.get("verb_endings", ""))))
        self.irrealis_prepositional = self._cues(data.get("irrealis_prepositional", ""))
        self.participle_adverbs = self._cues(data.get("participle_adverbs", ""))
        self.speakers_back = frozenset(self.key(w) for w in self._cues(data.get("speakers_back", "")))
        self.operation_words = self._cues(data.get("operation_words", ""))
        self.stamps = frozenset(tuple(TOKEN_RE.findall(normalize_word(w))) for w in _split(str(data["stamps"])))
        self.stamp_labels = frozenset(normalize_word(w) for w in _split(str(data.get("stamp_labels", ""))))
        self.furniture_labels = frozenset(tuple(TOKEN_RE.findall(normalize_word(w)))
                                          for w in _split(str(data.get("furniture_labels", ""))))
        self.furniture_lines = frozenset(tuple(TOKEN_RE.findall(normalize_word(w)))
                                         for w in _split(str(data.get("furniture_lines", ""))))
        self.anaphora_fillers = self._cues(data.get("anaphora_fillers", ""))
        self.anaphora_governors = self._cues(data.get("anaphora_governors", ""))
        self.evaluated_references = self._cues(data.get("evaluated_references", ""))
        self.possessed_outcomes: dict[str, str] = {normalize_word(w): t for w, t in
                                                   dict(data.get("possessed_outcomes", {})).items()}
        self.anaphora_prepositions = self._cues(data.get("anaphora_prepositions", ""))
        self.anaphora_like = self._cues(data.get("anaphora_like", ""))
        self.anaphora_indefinites = self._cues(data.get("anaphora_indefinites", ""))
        self.anaphora_after = self._cues(data.get("anaphora_after", ""))
        preds = self._cues(data["anaphora_predicates"])
        self.anaphora_predicates = frozenset(self.key(w) for w in preds if " " not in w)
        self.anaphora_predicate_phrases = tuple(sorted(tuple(w.split()) for w in preds if " " in w))

    # -- compiling ------------------------------------------------------------------------

    def _register(self, word: str) -> str:
        """The key of a lemma, registering the readings that lead to it."""
        word = normalize_word(word)
        if self.code != "ar":
            key = self._stem(word)
            self._alias.setdefault(key, key)
            return key
        if word.startswith("ال") and len(word) > 4:
            # "العمليات العسكرية", "خفض عدد القوات" in a phrase: the bare noun's key, which
            # its other forms reach too ("قواتها", "قوات"); the plural of a relative noun
            # is its singular's ("العمليات": عملية, not the root عمل).  The form as listed
            # reaches it first.
            bare = word[2:]
            bare = bare[:-3] + "يه" if bare.endswith("يات") and _nisba(bare[:-3] + "يه") else bare
            key = self._register(bare)
            self._alias.setdefault(word, key)
            return key
        if _nisba(word):
            # a feminine relative noun (عملية, operation): the stemmer cuts its ية and
            # reads it as the root noun (عمل, work; يعمل, works).  It keeps its own key,
            # reached by its own forms only (عمليه, عمليات, عمليتها, with any clitics).
            key = self._alias.get(word) or word
            for reading in (word, word[:-1] + "ات"):
                self._alias.setdefault(reading, key)
            self._nisba.setdefault(word[:-1], key)
            self._nisba_keys.add(key)
            return key
        key = self._known(word) or self._stem(word)
        if key in self._nisba_keys:  # another form of a relative noun: itself only
            self._alias.setdefault(word, key)
            return key
        for reading in (word, key, self._stem("ال" + word)):
            self._alias.setdefault(reading, key)
        return key

    def _cues(self, entries: object) -> frozenset[str]:
        return frozenset(normalize_word(w) for w in _split(str(entries)))

    # -- reading a text -------------------------------------------------------------------

    def readings(self, word: str) -> list[str]:
        """The possible bare forms of a normalised word: itself and, in Arabic, the word
        without each clitic sequence it may carry (and without an imperfect prefix)."""
        if self.code != "ar":
            return [word]
        out = [word]
        if word in self.not_clitic or (word.startswith("ال") and word[2:] in self.not_clitic):
            return out + ([word[2:]] if word.startswith("ال") else [])
        for p in _AR_PREFIXES:
            if word.startswith(p) and len(word) - len(p) >= 2:
                out.append(word[len(p):])
        for r in list(out):
            if len(r) >= 4 and r.endswith("ا"):
                out.append(r[:-1])  # the accusative ending (tanween): بيانا, هجوما, سيولا
        for r in list(out):
            if len(r) >= 4 and r[0] in _AR_IMPERFECT:
                # يعلن -> علن, اعلن (the past of form IV); يجتمع -> جتمع, اجتمع
                out.extend((r[1:], "ا" + r[1:]))
        for r in list(out):
            if len(r) >= 5 and r[0] in _AR_IMPERFECT and r.endswith(_AR_IMPERFECT_ENDINGS):
                # the plural and the dual of the imperfect: يقتلون, يقصفان -> قتل, قصف
                out.extend((r[1:-2], "ا" + r[1:-2]))
        return out

    def _known(self, word: str) -> Optional[str]:
        """The key of the first reading of ``word`` the vocabulary knows."""
        alias, stem, nisba = self._alias, self._stem, self._nisba
        for r in self.readings(word):
            k = alias.get(r)
            if k is None and nisba:
                k = next((nisba[r[:n]] for n in range(len(r) - 1, 3, -1) if r[:n] in nisba), None)
            if k is None:
                k = alias.get(stem(r))
            if k is not None:
                return k
        return None

    def key(self, word: str) -> str:
        """The vocabulary key of a normalised word (itself, stemmed, when nothing matches)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        stem = self._stem
        if self.code != "ar":
            found = stem(word)
        else:
            found = self._known(word) or stem(word)
        if len(self._cache) < 500_000:
            self._cache[word] = found
        return found

    def exact_type(self, word: str) -> Optional[str]:
        """The type an exact entry gives a normalised word (or its bare form without
        clitics), ``"-"`` for a word that names no event, ``None`` when none applies."""
        ex = self.exact
        if not ex:
            return None
        cache = self._exact_cache
        if word in cache:
            return cache[word]
        hit = ex.get(word)
        if hit is None and self.code == "ar":
            for r in self.readings(word)[1:]:
                hit = ex.get(r)
                if hit is not None:
                    break
        if len(cache) < 500_000:
            cache[word] = hit
        return hit

    def type_of(self, key: str) -> Optional[str]:
        """The event type a single word's key names, if any."""
        return self._types.get(key)

    def phrase(self, keys: Sequence[str], i: int) -> Optional[tuple[int, Optional[str]]]:
        """The longest phrase starting at ``keys[i]``: (its length, its type, ``None`` for a
        phrase that names no happening), or ``None``."""
        for pk, type_id in self._phrases.get(keys[i], ()):
            n = len(pk)
            if tuple(keys[i:i + n]) == pk:
                return n, type_id
        return None

    def is_cue(self, word: str, cues: frozenset[str]) -> bool:
        """Is the normalised word (or its bare form without clitics) one of ``cues``?"""
        if word in cues:
            return True
        if self.code != "ar":
            return False
        rs = self._readings_cache.get(word)
        if rs is None:
            rs = self.readings(word)
            # a cue verb's past with its subject's ending ("هددت", "خططوا": threatened,
            # planned) is that verb
            rs = tuple(rs[1:]) + tuple(r[:-len(e)] for r in rs for e in self.verb_endings
                                       if r.endswith(e) and len(r) - len(e) >= 3)
            if len(self._readings_cache) < 500_000:
                self._readings_cache[word] = rs
        return any(r in cues for r in rs)


@lru_cache(maxsize=None)
def vocabulary(code: str) -> Vocabulary:
    """The compiled vocabulary of a language (``"ar"`` or ``"en"``), made once per process."""
    return Vocabulary("ar" if code == "ar" else "en")
