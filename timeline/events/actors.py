"""Actors: organisations, armed forces, countries and people named in a text, with ids.

Every actor has a language-neutral id, so "داعش" and "Islamic State" are both ``ISIS``,
"الجيش التركي" and "Turkish army" both ``TR-MILITARY``, "إيران" and "Iran" both
``country:IR``, and "Amari Brown" in two articles is one ``person:amari brown``.  Where the
names come from:

* the alias table of the field's actors (``ACTORS`` in :mod:`timeline.lang.arguments`);
* a state's forces, police or government: a demonym or country name with a force noun
  ("Iraqi police", "Israel's military", "القوات الروسية") -> ``<CC>-MILITARY``,
  ``<CC>-POLICE``, ``<CC>-GOV``; a town before "police" gives its country ("Chicago
  police" -> ``US-POLICE``);
* countries by name (the gazetteer's country names) and demonym -> ``country:<CC>``;
* people: a name after a title ("الرئيس الأمريكي دونالد ترامب", "Gen. Kenneth McKenzie") or
  an English run of two to four capitalised words that is no place, month or organisation;
  the surname alone later in the same text is the same person.

>>> from timeline.text import normalize
>>> n = normalize("شنت القوات الأمريكية غارات على مواقع داعش")
>>> [(n.text[m.start:m.end], m.actor.id) for m in find_actors(n, "ar")]
[('القوات الامريكيه', 'US-MILITARY'), ('داعش', 'ISIS')]
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Optional

import attrs

from ..lang import arguments as W, en_events
from ..lang.taxonomy import TYPES
from ..text import TOKEN_RE, Normalized, normalize_word
from .demonyms import arabic_demonyms, english_demonyms
from .gazetteer import _gazetteer, get_place
from .places import _title_case_context, _tokens, find_places

__all__ = ["body_of", "NO_BODY_KINDS", "Actor", "ActorMention", "find_actors", "actor_roles", "get_actor", "localize"]

#: A state's forces, police and government: ``<CC>-MILITARY`` etc., or the bare suffix
#: when no country is named yet (:func:`localize` gives it one).
_GENERIC_STATE = frozenset({"MILITARY", "POLICE", "GOV"})
#: The generic state actors that are armed forces (a group's own, named beside it).
_GENERIC_FORCES = _GENERIC_STATE - {"GOV"}

_KINDS = frozenset({
    "state_forces", "rebel_group", "political_militia", "identity_militia", "external",
    "protesters", "civilians", "organisation", "country", "person", "government", "police",
})


@attrs.frozen
class Actor:
    """An actor: ``id`` is language-neutral, ``name`` English, ``kind`` ACLED-like.

    ``part_of`` names the actor this one belongs to, when it is a branch of another one
    in the table (the Quds Force of the IRGC).
    """

    id: str
    name: str
    kind: str
    country: str = ""
    part_of: str = ""


@attrs.frozen
class ActorMention:
    """An actor named in a text, at normalised-text offsets; ``guessed`` when its country
    is not named but guessed from the story's places (:func:`localize`)."""

    start: int
    end: int
    actor: Actor
    guessed: bool = False


#: Kinds of actor that name no body taking part in a meeting or a visit: a person may sit
#: in one, a country may be only where, civilians are whom something was done to.
NO_BODY_KINDS = frozenset({"person", "country", "civilians"})


def body_of(actor: Actor) -> str | None:
    """The body an actor takes part as (a force as the body it is part of: the Quds Force
    as the IRGC), ``None`` for a kind that is no body (:data:`NO_BODY_KINDS`)."""
    return None if actor.kind in NO_BODY_KINDS else (actor.part_of or actor.id)


def _key(surface: str) -> str:
    return " ".join(TOKEN_RE.findall(normalize_word(surface)))


def _is_arabic(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff"


# --------------------------------------------------------------------------------------
# the alias index
# --------------------------------------------------------------------------------------


class _Index:
    __slots__ = ("aliases", "first", "cased", "actors", "en_dem", "ar_dem", "countries",
                 "en_force", "ar_force", "en_titles", "ar_titles", "title_first", "not_name",
                 "en_generic", "ar_generic", "groups", "not_name_cont")


def _country_name(cc: str) -> str:
    try:
        return get_place(cc).name
    except KeyError:
        return cc


def _en_variants(name: str, cc: str) -> list[str]:
    """Other ways English news writes an organisation's name: the other spelling
    ("Defence"/"Defense", "Organisation"/"Organization"), and for a name opening with its
    country's demonym the country's possessive ("Syrian Civil Defense": "Syria's Civil
    Defense")."""
    out = []
    for a, b in W.EN_SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if x in name:
                out.append(name.replace(x, y))
    first, _, rest = name.partition(" ")
    if rest and cc and W.EN_DEMONYMS.get(first) == cc:
        country = _country_name(cc)
        tails = [rest, *(v.partition(" ")[2] for v in out if v.startswith(first + " "))]
        out += [f"{country}'s {tail}" for tail in tails]
    return out


@lru_cache(maxsize=1)
def _index() -> _Index:
    ix = _Index()
    ix.actors = {}
    ix.aliases = {}
    ix.cased = {}
    surfaces: dict[str, set[str]] = {}
    for aid, (name, kind, cc, en, ar) in W.ACTORS.items():
        if kind not in _KINDS:
            raise ValueError(f"actor {aid}: unknown kind {kind!r}")
        ix.actors[aid] = Actor(aid, name, kind, cc, W.ACTOR_PART_OF.get(aid, ""))
        for surface in [*en, *(v for w in en for v in _en_variants(w, cc)), *ar]:
            key = _key(surface)
            ix.aliases.setdefault(key, aid)
            surfaces.setdefault(key, set()).add(surface)
    for key, written in surfaces.items():
        # acronyms ("IS", "HTS") count only in capitals; "Hamas"/"HAMAS" either way
        if all(w.replace(".", "").replace("-", "").isupper() and w.isascii() and len(w) <= 6 for w in written):
            ix.cased[key] = set(written)
    for gid, (name, kind) in W.GENERIC_ACTORS.items():
        ix.actors[gid] = Actor(gid, name, kind)
    ix.groups = {**{_key(k): v for k, v in W.EN_GROUP_NOUNS.items()},
                 **{_key(k): v for k, v in W.AR_GROUP_NOUNS.items()}}
    # countries: every gazetteer name of a country that is no region's name too
    gaz = _gazetteer()
    ix.countries = {}
    ambiguous = W.EN_AMBIGUOUS_PLACE_WORDS | W.EN_COMMON_WORDS
    for key, rows in gaz.names.items():
        kinds = [gaz.rows[r][2] for r in rows]
        if "country" in kinds and "region" not in kinds and key not in ambiguous:
            cc = next(gaz.rows[r][0] for r in rows if gaz.rows[r][2] == "country")
            ix.countries[key] = cc
            if key in gaz.cased:
                ix.cased.setdefault(key, set()).update(gaz.cased[key])
    ix.en_dem = dict(english_demonyms())
    ix.ar_dem = dict(arabic_demonyms())
    ix.en_force = {_key(k): v for k, v in W.EN_FORCE_NOUNS.items()}
    ix.ar_force = {_key(k): v for k, v in W.AR_FORCE_NOUNS.items()}
    ix.en_generic = {_key(k): v for k, v in W.EN_GENERIC_FORCES.items()}
    ix.ar_generic = {_key(k): v for k, v in W.AR_GENERIC_FORCES.items()}
    ix.en_titles = {_key(t) for t in W.EN_PERSON_TITLES}
    ix.ar_titles = {_key(t) for t in W.AR_PERSON_TITLES}
    ix.not_name = frozenset(W.EN_NOT_NAME_WORDS | W.EN_COMMON_WORDS | W.EN_PLACE_SUFFIX_OK
                            | W.EN_STREET_WORDS) | {_key(t) for t in W.EN_PERSON_TITLES}
    #: words that may not continue a name either (common words such as "Brown" may)
    ix.not_name_cont = frozenset(W.EN_NOT_NAME_WORDS | W.EN_PLACE_SUFFIX_OK | W.EN_STREET_WORDS) \
        | {_key(t) for t in W.EN_PERSON_TITLES} | _OUTLET_WORDS  # ("Al-Masirah TV" is no person)
    ix.first = {}
    for table in (ix.aliases, ix.countries, ix.en_dem, ix.ar_dem, ix.en_force, ix.ar_force,
                  ix.en_generic, ix.ar_generic, ix.groups):
        for key in table:
            toks = key.split(" ")
            ix.first[toks[0]] = max(ix.first.get(toks[0], 0), len(toks))
    ix.title_first = {}
    for key in ix.en_titles | ix.ar_titles:
        toks = key.split(" ")
        ix.title_first[toks[0]] = max(ix.title_first.get(toks[0], 0), len(toks))
    return ix


def get_actor(actor_id: str) -> Actor:
    """The actor with this id: table actors, ``<CC>-MILITARY``/``-POLICE``/``-GOV``,
    ``country:<CC>``, ``person:<name>``; ``KeyError`` when the id has no such form.

    >>> get_actor("HOUTHIS").name
    'Houthis (Ansar Allah)'
    >>> get_actor("TR-MILITARY")
    Actor(id='TR-MILITARY', name='Military Forces of Turkey', kind='state_forces', country='TR', part_of='')
    """
    ix = _index()
    if actor_id in ix.actors:
        return ix.actors[actor_id]
    if actor_id.startswith("person:") and len(actor_id) > 7:
        return Actor(actor_id, actor_id[7:].title(), "person")
    if actor_id.startswith("country:") and len(actor_id) == 10:
        cc = actor_id[8:]
        return Actor(actor_id, _country_name(cc), "country", cc)
    cc, _, suffix = actor_id.partition("-")
    if len(cc) == 2 and cc.isupper() and suffix in _GENERIC_STATE:
        country = _country_name(cc)
        if suffix == "MILITARY":
            return Actor(actor_id, f"Military Forces of {country}", "state_forces", cc)
        if suffix == "POLICE":
            return Actor(actor_id, f"Police Forces of {country}", "police", cc)
        return Actor(actor_id, f"Government of {country}", "government", cc)
    raise KeyError(actor_id)


# --------------------------------------------------------------------------------------
# finding actors
# --------------------------------------------------------------------------------------

_AR_CONJ = "وف"
_AR_PREP = "بلك"
_PUNCT_STOP = set(".,;:!?()[]\"'«»،؛؟-–—/|")
_AR_NAME_STOP = frozenset(normalize_word(w) for w in W.AR_NAME_STOP)
_AR_NAME_LINKS = frozenset(normalize_word(w) for w in W.AR_NAME_LINKS)
_AR_NAME_COMPOUNDS = frozenset(normalize_word(w) for w in W.AR_NAME_COMPOUNDS)
#: How many words an Arabic name after a title has at most (links and the second half of a
#: compound not counted: "محمد بن عبد الرحمن آل ثاني" is three).
_AR_NAME_WORDS = 3


@lru_cache(maxsize=4096)
def _ar_surname_alone(word: str) -> bool:
    """Can an Arabic surname, met after its full name, stand alone for the person later
    in the text ("وقال هيغسيث")?  Only when it is no common word: long enough, not a
    function word, and with no reading but a proper noun in the morphological analyser's
    dictionary (``qalsadi``; "ترامب", "هيغسيث", "خامنئي", "سليماني" yes; "سلام", "عون",
    "صالح", "حسين" are also words, and a name of two words is not read from one of them)."""
    if len(word) < 4 or word in _ar_not_name() or _names_event(word):
        return False
    from ..lang.ar_morphology import only_a_name

    return only_a_name(word)


def _ar_name_link(toks: list[str], j: int, nt: int, compound: bool) -> int:
    """How many tokens from ``j`` go on an Arabic name without being a word of it: the
    second half of a compound just read ("عبد" + "الرحمن": 1), or a link and the word
    after it ("بن سلمان", "آل ثاني": 2, or more for a compound after the link, "بن عبد
    العزيز"); 0 otherwise."""
    if j >= nt or not _is_arabic(toks[j][0]):
        return 0
    if compound:
        return 1
    if toks[j] in _AR_NAME_LINKS and j + 1 < nt and _is_arabic(toks[j + 1][0]):
        return 2 + (1 if toks[j + 1] in _AR_NAME_COMPOUNDS and j + 2 < nt and _is_arabic(toks[j + 2][0]) else 0)
    return 0


def _ar_spelt_name(sc: "_Scan", j: int) -> bool:
    """Is token ``j`` a first name the normalised text spells like a function word ("علي",
    Ali, not "على"): written so in the original, another Arabic word right after it?"""
    spelt = W.AR_NAMES_SPELT_APART.get(sc.toks[j])
    return spelt is not None and sc.orig(j).endswith(spelt[-1]) and j + 1 < len(sc.toks) \
        and _is_arabic(sc.toks[j + 1][0]) and sc.toks[j + 1] not in _ar_not_name()


#: How many definite words naming a body may come between a title and a name.
_AR_BODY_WORDS = 2


def _ar_body_word(tok: str) -> bool:
    """Is an Arabic token a definite noun, bare or with a preposition glued ("الجماعة",
    "للجماعة", "بالحركة")?  A name does not begin with one: after a title it names the body
    the title is of ("المتحدث باسم الجماعة يحيى سريع")."""
    return len(tok) > 3 and (tok.startswith("ال") or _ar_glued_definite(tok))


def _ar_glued_definite(tok: str) -> bool:
    """Is an Arabic token a preposition or "and" glued to a definite noun ("بالانتقام",
    "للقوات", "وبالأمس", "والوزراء")?  No name goes on with one: "الرئيس دونالد ترامب بالانتقام" names Trump."""
    rest = tok[1:] if len(tok) > 4 and tok[0] in _AR_CONJ else tok
    if rest is not tok and rest.startswith("ال"):
        return True  # "والوزراء": "and" glued to a definite noun ends a name too
    return len(rest) > 4 and (rest.startswith("لل") or (rest[0] in _AR_PREP and rest[1:3] == "ال"))


@lru_cache(maxsize=4096)
def _ar_glued_noun(word: str) -> bool:
    """Is an Arabic word, as written, a preposition glued to a common word ("بولاية", "لإذاعة":
    ب or ل, then a word the analyser reads as no name)?  After two words of a name such a
    word is what follows the name ("فوز الرئيس بول بيا بولاية ثامنة"), not its third word.
    (The written form is asked: the normalised one loses the hamza and ة the analyser needs.)"""
    if len(word) < 5 or word[0] not in "بل":
        return False
    from ..lang.ar_morphology import readings_types

    return not readings_types(word[1:]) <= {"unknown", "Noun:noun_prop"}


@lru_cache(maxsize=4096)
def _only_a_verb(word: str) -> bool:
    """Is every reading the Arabic analyser has of ``word`` a verb ("أبدى", "ندد")?  After
    the first word of a name ("الرئيس الشرع أبدى استياءه") such a word is what the person
    did: the name has ended.  (A first name may read as a verb only, "أحمد": the first word
    is not asked.)"""
    if word.startswith("ال") or len(word) < 3 or len(word) > 7:
        return False  # a definite noun ("الشرع", "الأسد"), or no verb's length: not asked
    from ..lang.ar_morphology import readings_types

    return readings_types(word) == frozenset({"Verb"})


@lru_cache(maxsize=1)
def _ar_not_name() -> frozenset[str]:
    """Words that end the name after an Arabic title: :data:`AR_NAME_STOP`, every word of
    the time lexicon ("وقال الرئيس الثلاثاء": no one is named Tuesday), and the function
    words of the event layer's data (prepositions, complementizers, clause openers,
    subordinators, "after" words, adverbs continuing a speaker: "بشأن", "فيما", "عقب",
    "أيضا")."""
    from ..lang import get_language
    from .clauses import clause_words
    from .vocabulary import vocabulary

    out = set(_AR_NAME_STOP)
    out.update(w for w in get_language("ar").lexicon.words if len(w) > 1)
    ew = clause_words("ar")
    out.update(ew.complementizers | ew.openers | ew.subordinators_single | ew.after_words | ew.attributions)
    v = vocabulary("ar")
    out.update(v.prepositions | v.relatives | v.determiners | v.continuations | v.pronouns)
    return frozenset(out)
_AR_TITLE_SKIP = frozenset(normalize_word(w) for w in W.AR_TITLE_SKIP)
#: Words of outlets' names (the event layer's, :data:`timeline.lang.en_events.OUTLET_WORDS`).
_OUTLET_WORDS = frozenset(w.strip() for w in en_events.OUTLET_WORDS.split("|") if w.strip())
_AR_ON_BEHALF = frozenset(normalize_word(w) for w in W.AR_ON_BEHALF)
#: Nouns a place's or a facility's name follows (place cues and facilities).
_AR_NAMED_AFTER = frozenset(normalize_word(w) for w in (*W.AR_PLACE_CUES, *W.AR_NAMED_FACILITIES))
_AR_ON_BEHALF_PRONOUN = frozenset(normalize_word(w) for w in W.AR_ON_BEHALF_PRONOUN)
_AR_BODY_HEADS = frozenset(normalize_word(w) for w in W.AR_BODY_HEADS)
#: How many indefinite words a body's construct may run through before its definite end.
_AR_CONSTRUCT = 2


def _ar_qualifier(tok: str) -> bool:
    """Is an Arabic word a definite relative adjective, which qualifies a title rather
    than begins a name ("المتحدث العسكري", "المستشار الإعلامي", "المسؤول الأمني")?"""
    return len(tok) >= 5 and tok.startswith("ال") and tok.endswith("ي")
_ONLY_WITH_COUNTRY = frozenset(_key(w) for w in W.EN_FORCE_ONLY_WITH_COUNTRY)


def _ar_variants(tok: str) -> list[tuple[str, int]]:
    out = [(tok, 0)]
    rest, k = tok, 0
    if len(rest) > 2 and rest[0] in _AR_CONJ:
        rest, k = rest[1:], 1
        out.append((rest, k))
    if len(rest) > 2 and rest[0] in _AR_PREP:
        tail = rest[1:]
        if rest[0] == "ل" and tail.startswith("ل") and len(tail) > 2:
            out.append(("ا" + tail, k + 1))
        out.append((tail, k + 1))
    return out


class _Scan:
    """Token-level helpers over one normalised text."""

    def __init__(self, norm: Normalized):
        self.norm = norm
        self.toks, self.starts, self.ends = _tokens(norm)
        self.same = len(norm.original) == len(norm.text)

    def orig(self, j: int) -> str:
        if self.same:
            return self.norm.original[self.starts[j]:self.ends[j]]
        s, e = self.norm.span(self.starts[j], self.ends[j])
        return self.norm.original[s:e]

    def cap(self, j: int) -> bool:
        if self.same:
            return self.norm.original[self.starts[j]].isupper()
        o = self.orig(j)
        return bool(o) and o[0].isupper()

    def shouting(self, j: int, e: int) -> bool:
        """True when a word next to tokens ``j:e`` is in capitals too ("POLICE SAY IS DEAD")."""
        for q in (j - 1, e):
            if 0 <= q < len(self.toks) and self.toks[q].isalpha() and len(self.toks[q]) > 1:
                if self.orig(q).isupper():
                    return True
        return False

    def sent_start(self, j: int) -> bool:
        if j == 0:
            return True
        p = self.toks[j - 1]
        return p in (".", "!", "?", ":", '"', "(", "-") or "\n" in self.norm.text[self.ends[j - 1]:self.starts[j]]

    def match(self, j: int, tables, ix: _Index, arabic: bool) -> tuple[int, int, str, object] | None:
        """Longest key of ``tables`` starting at token ``j``: (n, clitic letters, key, value)."""
        toks = self.toks
        variants = _ar_variants(toks[j]) if arabic else [(toks[j], 0)]
        best = None
        for form, k in variants:
            maxn = ix.first.get(form, 0) if tables is not None else ix.title_first.get(form, 0)
            for n in range(min(maxn, len(toks) - j), 0, -1):
                if best is not None and n <= best[0]:
                    break
                key = form if n == 1 else form + " " + " ".join(toks[j + 1:j + n])
                for table in tables:
                    if key in table:
                        if key in ix.cased:
                            s, e = self.norm.span(self.starts[j] + k, self.ends[j + n - 1])
                            if self.norm.original[s:e] not in ix.cased[key] or self.shouting(j, j + n):
                                continue
                        best = (n, k, key, table[key])
                        break
                if best is not None and best[0] == n:
                    break
        return best

    def title_at(self, j: int, ix: _Index, arabic: bool) -> tuple[int, int] | None:
        """(tokens of a person title at ``j``, clitic letters)."""
        toks = self.toks
        variants = _ar_variants(toks[j]) if arabic else [(toks[j], 0)]
        titles = ix.ar_titles if arabic else ix.en_titles
        for form, k in variants:
            maxn = ix.title_first.get(form, 0)
            for n in range(min(maxn, len(toks) - j), 0, -1):
                key = form if n == 1 else form + " " + " ".join(toks[j + 1:j + n])
                if key in titles:
                    return n, k
        return None


#: Whether an Arabic token (with its clitics) can begin an actor's name, per token text.
_CAN_START: dict[str, bool] = {}


def _names_event(tok: str) -> bool:
    """Is an Arabic word one the event vocabulary reads as naming a happening or a
    statement ("وتوعد" after "الرئيس دونالد ترامب" ends the name: it is what he did)?"""
    from .vocabulary import vocabulary

    v = vocabulary("ar")
    return v.type_of(v.key(tok)) is not None


def _speech_word_en(tok: str) -> bool:
    """Is an English word a speech verb or noun of the event vocabulary ("says", "warns",
    "declares")?  In a title-case headline ("President Says Troops Will Stay") it ends the
    name after a title: it is what was done, not who."""
    t = _type_en(tok)
    return t is not None and t.startswith("statement")


def _event_word_en(tok: str) -> bool:
    """Is an English word one the event vocabulary reads as naming a happening, an
    outcome or a statement ("Shooting", "Killed", "Says")?  In a title-case headline
    ("Teen Killed in St. Paul Shooting") it is no surname: the name has ended."""
    return _type_en(tok) is not None


def _type_en(tok: str) -> Optional[str]:
    """The event type the English vocabulary reads a word as, if any."""
    from .vocabulary import vocabulary

    v = vocabulary("en")
    word = tok.lower()
    return v.exact_type(word) or v.type_of(v.key(word))


def _find(norm: Normalized) -> list[ActorMention]:
    ix = _index()
    sc = _Scan(norm)
    toks, starts, ends = sc.toks, sc.starts, sc.ends
    out: list[ActorMention] = []
    persons_by_last: dict[str, str] = {}
    i, nt = 0, len(toks)

    def place_before(j: int):
        """The place name ending at token j ("Chicago police"), if any."""
        for m in find_places(norm, "en", starts[max(0, j - 3)], ends[j]):
            if m.end == ends[j]:
                return m
        return None

    def add(s: int, e: int, aid: str) -> None:
        out.append(ActorMention(s, e, get_actor(aid)))

    while i < nt:
        tok = toks[i]
        if not tok[0].isalpha():
            i += 1
            continue
        arabic = _is_arabic(tok[0])
        if arabic and persons_by_last:
            bare = tok[1:] if tok[:1] in _AR_CONJ and len(tok) > 4 else tok
            if bare in _AR_NAME_COMPOUNDS and i + 1 < nt and (pid := persons_by_last.get(bare + " " + toks[i + 1])):
                # "وأكد عبد العاطي" after "بدر عبد العاطي": a compound surname
                add(starts[i] + len(tok) - len(bare), ends[i + 1], pid)
                i += 2
                continue
            pid = persons_by_last.get(bare)
            if pid is not None:
                # "وقال هيغسيث" after "بيت هيغسيث"
                add(starts[i] + len(tok) - len(bare), ends[i], pid)
                i += 1
                continue
        if arabic:
            can = _CAN_START.get(tok)
            if can is None:
                # the forms _ar_variants reads: with و/ف, a preposition, and "لل" = ل + ال
                can = any(v in ix.first or v in ix.title_first
                          for v in (tok, tok[1:], tok[2:], "ا" + tok[1:], "ا" + tok[2:], "ا" + tok[3:]))
                if len(_CAN_START) < 500_000:
                    _CAN_START[tok] = can
            if not can:
                i += 1
                continue
        elif tok not in ix.first and tok not in ix.title_first and tok not in persons_by_last and not sc.cap(i):
            i += 1
            continue
        # --- a person title, then the name -------------------------------------------------
        t = sc.title_at(i, ix, arabic)
        if t is not None and arabic and i > 0 and any(f in _AR_NAMED_AFTER for f, _k in _ar_variants(toks[i - 1])):
            t = None  # "حي الشيخ رضوان", "مستشفى الملك فهد": a title in a place's name
        if t is not None:
            n_t, _k = t
            j = i + n_t
            bodies = 0  # definite words skipped: the body the title is of
            headed = False  # the body began with a noun that heads bodies' names
            ar_known = (ix.aliases, ix.countries, ix.ar_force, ix.groups)  # a named actor, not a name

            def state_body(k: int) -> int:
                """Words of a state's body named by its definite noun after the title
                ("رئيس المحكمة العليا", "رئيس الحكومة"): the body the title is of."""
                got = sc.match(k, (ix.ar_force,), ix, True) if arabic and toks[k].startswith("ال") else None
                return got[0] if got is not None and got[3] == ("GOV", "government") else 0

            # skip demonyms and qualifiers between the title and the name ("الرئيس الأمريكي")
            while j < nt and (state_body(j) or toks[j] in (ix.ar_dem if arabic else ix.en_dem) or toks[j] in _AR_TITLE_SKIP
                              or (not arabic and toks[j] == ".") or (arabic and toks[j] in ("،", ","))
                              or (arabic and _ar_qualifier(toks[j]))
                              or (arabic and toks[j] in _AR_ON_BEHALF_PRONOUN)
                              or (arabic and toks[j] in _AR_ON_BEHALF and j + 1 < nt and (sc.match(
                                  j + 1, ar_known, ix, True) is not None
                                  or _ar_body_word(toks[j + 1])))
                              or (arabic and _ar_body_word(toks[j])
                                  and sc.match(j, ar_known, ix, True) is None)
                              or (arabic and toks[j - 1] in _AR_ON_BEHALF
                                  and sc.match(j, ar_known, ix, True) is not None)):
                # ("المتحدث باسم الجماعة يحيى سريع", "المتحدث العسكري للجماعة": the body, not a name)
                held = state_body(j)
                if held:
                    j += held
                    bodies += 1
                    continue
                if arabic and toks[j - 1] in _AR_ON_BEHALF and (got := sc.match(j, ar_known, ix, True)):
                    j += got[0]  # the body it speaks for, a known one ("باسم البيت الأبيض، شون سبايسر")
                    bodies += 1
                    continue
                if arabic and _ar_body_word(toks[j]) and not _ar_qualifier(toks[j]):
                    bodies += 1
                j += 1
            if arabic and j < nt and toks[j] in _AR_BODY_HEADS \
                    and not any(sc.match(k, ar_known, ix, True) for k in range(j, min(nt, j + 2))):
                # "رئيس لجنة شؤون الأسرى التابعة للحوثيين عبد القادر المرتضى": the body's
                # construct up to its definite word, then what qualifies it, then the name
                k = j + 1
                while k < nt and k - j <= _AR_CONSTRUCT and _is_arabic(toks[k][0]) \
                        and not toks[k].startswith("ال") and not _ar_glued_definite(toks[k]):
                    k += 1
                if k < nt and toks[k].startswith("ال"):
                    j, headed, bodies = k + 1, True, bodies + 1
                    while j < nt and _ar_body_word(toks[j]):
                        # (the group it belongs to, "التابعة للحوثيين", is part of it)
                        got = sc.match(j, ar_known, ix, True)
                        if got is not None and not toks[j - 1].startswith("ال"):
                            break
                        bodies += 1
                        j += got[0] if got is not None else 1
            name_toks: list[int] = []
            if arabic and bodies and j < nt and _only_a_verb(toks[j]) and toks[j - 1].startswith("ال") \
                    and toks[j - 1][2:] not in _AR_BODY_HEADS \
                    and sc.match(j - 1, ar_known, ix, True) is None:  # (not "باسم الجماعة يحيى سريع", "باسم الحوثيين يحيى": a body)
                name_toks.append(j - 1)  # "الرئيس الشرع أبدى": a surname with its article, then his act
            elif arabic and bodies > _AR_BODY_WORDS + (2 if headed else 0):
                pass  # a long body ("مدير المكتب المحلي للفلاحة والصيد البحري ببني خلاد"): no name after it
            elif arabic:
                words = 0
                while j < nt and words < _AR_NAME_WORDS and _is_arabic(toks[j][0]) and toks[j] not in _PUNCT_STOP \
                        and "\n" not in sc.norm.text[ends[j - 1]:starts[j]] \
                        and (toks[j] not in _ar_not_name() or _ar_spelt_name(sc, j)) \
                        and sc.match(j, ar_known, ix, True) is None \
                        and sc.title_at(j, ix, True) is None and not _names_event(toks[j]) \
                        and not (name_toks and (_ar_glued_definite(toks[j]) or toks[j] == toks[name_toks[-1]]
                                                or _only_a_verb(toks[j]))) \
                        and not (words >= 2 and _ar_glued_noun(sc.orig(j))):
                    name_toks.append(j)
                    words += 1
                    j += 1
                    if j < nt and starts[j] - ends[j - 1] == 0:
                        break
                    got = _ar_name_link(toks, j, nt, toks[j - 1] in _AR_NAME_COMPOUNDS)
                    while got:  # "بن سلمان", "آل ثاني", "عبد الرحمن": the link and its word
                        name_toks.extend(range(j, j + got))
                        j += got
                        got = _ar_name_link(toks, j, nt, False)
                if name_toks and j == name_toks[-1] + 1 and j < nt \
                        and sc.match(j, (ix.countries,), ix, True) is not None:
                    # a word right before a country is a verbal noun heading a construct
                    # with it ("وأكد الرئيس تضامن الجمهورية العربية السورية": solidarity, no
                    # one's name; "الرئيس أحمد الشرع تضامن سوريا"): a name ends before a
                    # preposition or a complementizer, not before a country
                    name_toks.pop()
            else:
                words = 0
                while j < nt and words < 4:
                    if name_toks:
                        got = _particle(sc, j)
                        if got:  # "al-Assad", "bin Salman": the particle and the word after
                            name_toks.extend(range(j, j + got))
                            j += got
                            continue  # (the particle and its word count as no word)
                    if not (toks[j][0].isalpha() and sc.cap(j)
                            and (toks[j] not in (ix.not_name_cont if name_toks else ix.not_name)
                                 or (name_toks and _particle(sc, j + 1)))  # "Mohammed Shia al-Sudani"
                            and sc.title_at(j, ix, False) is None and not _speech_word_en(toks[j])):
                        break
                    name_toks.append(j)
                    words += 1
                    j += 1
                    while j < nt and toks[j] == "." and name_toks and len(toks[name_toks[-1]]) == 1:
                        j += 1  # "George W. Bush"
            if name_toks:
                name = _name(toks, name_toks)
                pid = "person:" + name
                add(starts[name_toks[0]], ends[name_toks[-1]], pid)
                if len(name_toks) > 1 and not arabic:
                    persons_by_last.setdefault(toks[name_toks[-1]], pid)
                elif len(name_toks) == 2 and _ar_surname_alone(toks[name_toks[-1]]):
                    persons_by_last.setdefault(toks[name_toks[-1]], pid)
                elif arabic and len(name_toks) >= 3 and toks[name_toks[-2]] in _AR_NAME_COMPOUNDS \
                        and name_toks[-2] == name_toks[-1] - 1 and len(toks[name_toks[-1]]) >= 4 \
                        and toks[name_toks[-1]] not in _ar_not_name():
                    # a compound surname ("بدر عبد العاطي"): its two words stand for him later
                    persons_by_last.setdefault(toks[name_toks[-2]] + " " + toks[name_toks[-1]], pid)
                i = name_toks[-1] + 1
                continue
        # --- table aliases, forces, countries, demonyms -------------------------------------
        tables = (ix.aliases, ix.groups, ix.ar_force, ix.ar_generic, ix.countries, ix.ar_dem) if arabic else \
            (ix.aliases, ix.groups, ix.en_force, ix.en_generic, ix.countries, ix.en_dem)
        m = sc.match(i, tables, ix, arabic)
        if m is not None:
            n, k, key, value = m
            s, e = starts[i] + k, ends[i + n - 1]
            j = i + n
            if key in ix.aliases or key in ix.groups:
                add(s, e, ix.aliases.get(key) or ix.groups[key])
                i = j
                continue
            if arabic and (key in ix.ar_force or key in ix.ar_generic):
                # "الجيش التركي", "الشرطة العراقية", "قوات الأمن العراقية"
                if j < nt and toks[j] in ix.ar_dem:
                    suffix = ix.ar_force.get(key, ("POLICE", "police"))[0]
                    add(s, ends[j], f"{ix.ar_dem[toks[j]]}-{suffix}")
                    i = j + 1
                    continue
                # no country named: a generic force, police or government, given its
                # country from the story's places (:func:`localize`), unless the word names
                # one country's forces alone ("الاحتلال")
                cc = _AR_FORCE_COUNTRY.get(key)
                add(s, e, f"{cc}-{ix.ar_force[key][0]}" if cc else ix.ar_generic.get(key) or ix.ar_force[key][0])
                i = j
                continue
            if not arabic and (key in ix.en_dem or key in ix.countries):
                cc = ix.en_dem.get(key) or ix.countries[key]
                # "Turkish army", "Israel's military", "U.S. forces"
                jj = j
                if jj + 1 < nt and toks[jj] == "'" and toks[jj + 1] == "s":
                    jj += 2
                f = sc.match(jj, (ix.en_force, ix.en_generic), ix, False) if jj < nt else None
                if f is None and jj + 1 < nt and toks[jj].isalpha() and len(toks[jj]) > 2 and not sc.cap(jj) \
                        and toks[jj] not in W.EN_AUX and starts[jj] - ends[jj - 1] <= 1:
                    # one modifier between: "U.S. fighter jets", "Russian special forces"
                    f2 = sc.match(jj + 1, (ix.en_force,), ix, False)
                    if f2 is not None:
                        jj, f = jj + 1, f2
                if f is not None:
                    fkey = f[2]
                    suffix = ix.en_force[fkey][0] if fkey in ix.en_force else "POLICE"
                    add(s, ends[jj + f[0] - 1], f"{cc}-{suffix}")
                    i = jj + f[0]
                    continue
                if key in ix.en_dem and not sc.cap(i):
                    i = j
                    continue
                add(s, e, f"country:{cc}")
                i = j
                continue
            if arabic and (key in ix.countries or key in ix.ar_dem):
                add(s, e, f"country:{ix.countries.get(key) or ix.ar_dem[key]}")
                i = j
                continue
            if not arabic and (key in ix.en_generic or (key in ix.en_force and key not in _ONLY_WITH_COUNTRY)):
                suffix = ix.en_generic.get(key) or ix.en_force[key][0]
                pm = place_before(i - 1) if i > 0 and sc.cap(i - 1) else None
                if pm is not None and pm.place.country:
                    add(pm.start, e, f"{pm.place.country}-{suffix}")  # "Chicago police"
                    i = j
                    continue
                # "the government of Niger", "the army of the Philippines": its country after "of"
                k = j + 1 + (j + 1 < nt and toks[j + 1] == "the")
                c = sc.match(k, (ix.countries,), ix, False) if j < nt and toks[j] == "of" and k < nt \
                    and sc.cap(k) else None
                if c is not None:
                    add(s, ends[k + c[0] - 1], f"{c[3]}-{suffix}")
                    i = k + c[0]
                    continue
                add(s, e, suffix)
                i = j
                continue
            i = j
            continue
        # --- English personal names ----------------------------------------------------------
        if not arabic and tok in persons_by_last and sc.cap(i) and not (i + 1 < nt and sc.cap(i + 1)
                                                                           and toks[i + 1][0].isalpha()):
            add(starts[i], ends[i], persons_by_last[tok])  # "Brown" after "Amari Brown"
            i += 1
            continue
        if not arabic and sc.cap(i) and tok not in ix.not_name and len(tok) > 1 and not _speech_word_en(tok) \
                and not (_event_word_en(tok) and _title_case_context(norm, i, toks, starts, ends)):
            # (a headline in Title Case capitalises its event words too: "Clashes Erupt
            # Outside Mosul" opens with what happened, not with a name)
            run = [i]
            j = i + 1
            words = 1
            while j < nt and words < 5:
                got = _particle(sc, j)
                if got:
                    run.extend(range(j, j + got))
                    j += got
                    words += 1
                    continue
                if not (toks[j][0].isalpha() and sc.cap(j) and toks[j] not in ix.not_name_cont
                        and starts[j] - ends[j - 1] <= 1 and norm.text[ends[j - 1]:starts[j]] != "\n"
                        and sc.match(j, (ix.aliases, ix.countries, ix.en_dem), ix, False) is None
                        and not _event_word_en(toks[j])):
                    break
                run.append(j)
                j += 1
                words += 1
            if 2 <= words <= 4 and tok not in W.EN_ARABIC_PLACE_HEADS and tok not in W.EN_PLACE_PREFIX_OK \
                    and not _is_place_or_upper(sc, run) and not _is_feature(sc, run) and not _after_place_cue(sc, i):
                # (a name opened by "Northeast", "Downtown", "Greater" is a part of a place)
                name = _name(toks, run)
                pid = "person:" + name
                add(starts[run[0]], ends[run[-1]], pid)
                persons_by_last.setdefault(toks[run[-1]], pid)
                i = j
                continue
            if len(run) == 1 and tok in persons_by_last:
                add(starts[i], ends[i], persons_by_last[tok])
            i = run[-1] + 1
            continue
        i += 1
    # a surname met before its full name is not linked (left as is): text order matters
    return out


def _particle(sc: "_Scan", j: int) -> int:
    """How many tokens from ``j`` are a name particle and the capitalised word it belongs
    to ("al-Assad": 3 tokens, "bin Salman": 2), 0 when there is none."""
    toks, starts, ends = sc.toks, sc.starts, sc.ends
    nt = len(toks)
    if j >= nt or toks[j] not in W.EN_PERSON_PARTICLES or starts[j] - ends[j - 1] > 1:
        return 0
    k = j + 1
    if k + 1 < nt and toks[k] in W.EN_PERSON_PARTICLES and not sc.cap(k) and starts[k] - ends[j] == 1:
        k += 1  # "von der Leyen", "de la Fontaine"
    if k < nt and toks[k] == "-" and starts[k] == ends[k - 1]:
        k += 1
        if k < nt and starts[k] != ends[k - 1]:
            return 0
    elif sc.cap(j):
        return 0  # "Le Monde", "Van Nuys": a capitalised particle starts a name of its own
    if k < nt and toks[k][0].isalpha() and sc.cap(k) and starts[k] - ends[k - 1] <= 1:
        return k + 1 - j
    return 0


def _name(toks: list[str], ks: list[int]) -> str:
    """A person's name from its tokens, a hyphen kept without spaces ("saad al-hassan")."""
    out: list[str] = []
    glue = False
    for k in ks:
        w = toks[k]
        if w == ".":
            continue
        if w == "-":
            glue = True
            continue
        if glue and out:
            out[-1] += "-" + w
        else:
            out.append(w)
        glue = False
    return " ".join(out)


def _is_place_or_upper(sc: _Scan, run: list[int]) -> bool:
    """A capitalised run that is a place name, or written in capitals (a headline)."""
    if all(sc.orig(k).isupper() for k in run):
        return True
    gaz = _gazetteer()
    key = " ".join(sc.toks[k] for k in run)
    return key in gaz.names


def _after_place_cue(sc: "_Scan", i: int) -> bool:
    """Is token ``i`` right after a place cue ("the town of Mais al-Jabal", "the village
    of Kfar Kila", :data:`~timeline.lang.arguments.EN_PLACE_CUES`)?  What follows is a
    place's name, known to the gazetteer or not, not a person's."""
    toks = sc.toks
    return any(i >= n and " ".join(toks[i - n:i]) in W.EN_PLACE_CUES for n in (2, 1))


def _agent_of_another(toks: list[str], after: int, by: int) -> bool:
    """Is the agent cue at token ``by`` ("by") the agent of a participle of another noun
    told between the event word (ending before token ``after``) and it ("struck two
    facilities used by Iran-backed militias": who used them, not who struck)?  Not when
    only function words stand between ("an attack that was later claimed by"), nor for a
    participle of carrying out or claiming, whose agent is the event's doer whatever
    stands between ("an attack on a checkpoint claimed by", :data:`~timeline.lang.arguments.EN_DOER_PARTICIPLES`)."""
    if by - 1 <= after:
        return False
    part = toks[by - 1]
    if part in W.EN_PARTICIPLE_PARTICLES and by - 2 > after:
        part = toks[by - 2]  # "carried out by"
    if not (len(part) > 3 and part.endswith("ed")) or part in W.EN_DOER_PARTICIPLES:
        return False
    if by - after > _AGENT_REACH:
        return True  # (far from the event word: a clause of its own)
    return any(w[:1].isalpha() and w not in W.EN_AUX and w not in W.EN_NOUN_DETERMINERS
               for w in toks[after:by - 1])


#: How many words after the event word a participle's "by" may still be checked for
#: words between (beyond, it is another noun's: and the check stays bounded).
_AGENT_REACH = 12


def _is_feature(sc: "_Scan", run: list[int]) -> bool:
    """A capitalised run that names a natural feature, a military site or a ship (see
    :data:`~timeline.lang.arguments.EN_FEATURE_HEADS`)."""
    first, last = sc.toks[run[0]], sc.toks[run[-1]]
    if first in W.EN_SHIP_PREFIXES or first in W.EN_FEATURE_FIRST:
        return True
    k = run[0] - 1
    if k < 0 or sc.toks[k] not in W.EN_PLACE_DETERMINERS:
        return False
    if last in W.EN_FEATURE_HEADS:
        return True
    # the name before the feature it names, a word between or not: "the Abu Shouk camp",
    # "the Abu Shouk displacement camp"
    after = sc.toks[run[-1] + 1:run[-1] + 3]
    return bool(after) and (after[0] in W.EN_FEATURE_HEADS or (
        len(after) == 2 and not sc.cap(run[-1] + 1) and after[1] in W.EN_FEATURE_HEADS))


_CACHE_LOCK = threading.Lock()
_LAST: list = [None, None]


def find_actors(norm: Normalized, lang: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """Actors named in ``norm.text[start:end]``, sorted by offset (see the module docstring).

    The whole text is read once per :class:`~timeline.text.Normalized` (so a surname in a
    later sentence finds the full name given earlier).  ``lang`` is accepted for symmetry:
    each name is read by its own script.

    >>> from timeline.text import normalize
    >>> n = normalize("Iraqi police said Islamic State militants attacked a checkpoint.")
    >>> [(m.actor.id, m.actor.kind) for m in find_actors(n, "en")]
    [('IQ-POLICE', 'police'), ('ISIS', 'rebel_group')]
    """
    del lang
    if not isinstance(norm, Normalized):
        raise TypeError("find_actors needs a timeline.text.Normalized")
    with _CACHE_LOCK:
        cached = _LAST[1] if _LAST[0] is norm else None
    if cached is None:
        found = _not_patrons(norm.text, sorted(_find(norm), key=lambda m: (m.start, m.end)))
        cached = _shortened(norm.text, _joined_forces(norm.text, found))
        with _CACHE_LOCK:
            _LAST[0], _LAST[1] = norm, cached
    stop = len(norm.text) if end is None else end
    return [m for m in cached if m.start >= start and m.end <= stop]


_AR_PATRON = frozenset(" ".join(normalize_word(w) for w in p.split()) for p in W.PATRON_BEFORE_AR)
_PATRON_TAIL = re.compile(r"\s*-\s*(\w+)")
_PATRON_HEAD = re.compile(r"(\w+)\s*-\s*$")
_AR_BEFORE = re.compile(r"(\S+(?:\s+\S+)?)\s+[لب]?$")


def _not_patrons(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """Drop the countries named as a group's patron, not as who acts ("the Iran-backed
    militia", "pro-Turkish factions", ``الفصائل الموالية لإيران``, ``جماعة مدعومة من
    تركيا``; :data:`timeline.lang.arguments.PATRON_SUFFIXES_EN`)."""
    out = []
    for m in ms:
        if m.actor.kind == "country":
            tail = _PATRON_TAIL.match(text, m.end)
            head = _PATRON_HEAD.search(text, max(0, m.start - 12), m.start)
            if (tail and tail.group(1).lower() in W.PATRON_SUFFIXES_EN) \
                    or (head and head.group(1).lower() in W.PATRON_PREFIXES_EN):
                continue
            before = _AR_BEFORE.search(text, max(0, m.start - 30), m.start)
            if before is not None:
                words = before.group(1).split()
                if " ".join(words) in _AR_PATRON or words[-1] in _AR_PATRON:
                    continue
        out.append(m)
    return out


#: The kinds of actor whose own forces a generic force noun joined to their name is
#: ("Houthi forces", "قوات الحوثيين": the Houthis, not an army of the country).
_ARMED_GROUPS = frozenset({"rebel_group", "political_militia", "identity_militia", "external"})


#: Kinds of actor whose name, told again shortened, is still theirs.
_NAMED_BODIES = _ARMED_GROUPS | {"organisation"}
#: How many of a text's first names of bodies told in full their shortened names are
#: looked for (a feed of thousands of names stays linear).
_SHORT_NAMES = 32


def _shortened(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """An organisation's or group's name told again without its last words, after it was
    told in full ("الدفاع المدني" after "الدفاع المدني السوري"), is that actor: its first two
    words or more, after the full name and not inside another actor's name."""
    named = [m for m in ms if m.actor.kind in _NAMED_BODIES][:_SHORT_NAMES]
    full: dict[tuple[str, ...], str] = {}
    for m in named:
        words = tuple(TOKEN_RE.findall(text[m.start:m.end]))
        for n in range(2, len(words)):
            full.setdefault(words[:n], m.actor.id)
    if not full:
        return ms
    first_end = min(m.end for m in named)
    toks = [(t.start(), t.end(), t.group()) for t in TOKEN_RE.finditer(text, first_end)]
    taken = sorted((m.start, m.end) for m in ms)
    starts = [a for a, _ in taken]

    def free(s0: int, e0: int) -> bool:
        k = bisect_left(starts, e0)  # the names starting before its end: the last may overlap
        return k == 0 or taken[k - 1][1] <= s0 and all(b <= s0 for _, b in taken[max(0, k - 4):k])

    longest = max(len(k) for k in full)
    added = []
    k = 0
    while k < len(toks):
        step = 1
        for n in range(min(longest, len(toks) - k), 1, -1):
            words = tuple(w for _, _, w in toks[k:k + n])
            aid, clitic = full.get(words), 0
            if aid is None and words[0][:1] in _AR_CONJ and len(words[0]) > 3:
                aid, clitic = full.get((words[0][1:], *words[1:])), 1  # "والدفاع المدني"
            if aid is None:
                continue
            s0, e0 = toks[k][0] + clitic, toks[k + n - 1][1]
            if free(s0, e0):
                added.append(ActorMention(s0, e0, get_actor(aid)))
                step = n
            break
        k += step
    return sorted(ms + added, key=lambda m: (m.start, m.end)) if added else ms


def _joined_forces(text: str, ms: list[ActorMention]) -> list[ActorMention]:
    """Drop a generic force (``MILITARY``, ``POLICE``) named right beside an armed group's
    name as its forces: after it in English ("Taliban forces", "SDF fighters"), before it
    in the Arabic construct ("قوات الحوثيين")."""
    drop = set()
    for k, m in enumerate(ms):
        if m.actor.id not in _GENERIC_FORCES:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(ms) and ms[j].actor.kind in _ARMED_GROUPS:
                lo, hi = (ms[j].end, m.start) if j < k else (m.end, ms[j].start)
                if 0 <= hi - lo <= 1 and not text[lo:hi].strip():
                    drop.add(k)
    return [m for k, m in enumerate(ms) if k not in drop] if drop else ms


# --------------------------------------------------------------------------------------
# roles
# --------------------------------------------------------------------------------------

_EN_TARGET = W.EN_TARGET_CUES
_EN_MUTUAL = W.EN_MUTUAL_CUES
_AR_TARGET = frozenset(normalize_word(w) for w in W.AR_TARGET_CUES)
_EN_AGENT = W.EN_AGENT_CUES
_AR_SUBJECTS = frozenset(normalize_word(w) for w in W.AR_SUBJECT_NOUNS)
def _with_pronouns(stems) -> list[str]:
    """Each Arabic verb stem with each object pronoun; a plural subject's "وا" drops its
    alif before the pronoun (نفذوه)."""
    return [(stem[:-1] if stem.endswith("وا") else stem) + pron for stem in stems for pron in W.AR_OBJECT_PRONOUNS]


# the prepositional cues, and every verb of carrying out with an object pronoun standing
# for the happening told ("نفذتها قوات التحالف")
_AR_AGENT = tuple(_key(w) for w in W.AR_AGENT_CUES) + tuple(_key(w) for w in _with_pronouns(W.AR_DOING_VERB_STEMS))
_AR_UNDERGO = frozenset(normalize_word(w) for w in [*W.AR_UNDERGO_VERBS, *_with_pronouns(W.AR_UNDERGO_VERBS)])
_EN_UNDERGO = W.EN_UNDERGO_VERBS
_AR_UNDERGO_PREFIXES = W.AR_UNDERGO_PREFIXES
_EN_UNDERGO_LINKS = W.EN_UNDERGO_LINKS
#: How many words before an event word a verb of undergoing may stand ("تعرضت دورية
#: مشتركة للقوات السورية والأمريكية لهجوم").
_UNDERGO_REACH = 8
_EN_PASSIVE_AUX = W.EN_PASSIVE_AUX
_AR_VICTIM = frozenset(normalize_word(w) for w in W.AR_VICTIM_TRIGGERS)
_AR_FORCE_COUNTRY = {_key(k): v for k, v in W.AR_FORCE_COUNTRY.items()}
_EN_VICTIM = W.EN_VICTIM_TRIGGERS


def _strip(tok: str) -> str:
    for form, _k in reversed(_ar_variants(tok)):
        if form in _AR_TARGET or form in _AR_VICTIM:
            return form
    return tok


#: How many actors on each side of an event word its roles are read from.
_ROLE_REACH = 16


def actor_roles(norm: Normalized, lang: str, trigger: tuple[int, int], clause: tuple[int, int],
                actors: list[ActorMention]) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) of the event word at ``trigger`` from the actors of ``clause``.

    actor1 did it (or spoke), actor2 had it done to them.  An actor right after a target
    cue ("on", "against", "على", "ضد", "استهدف", up to three words before it) is actor2;
    after an agent cue ("by", "من قبل", "على يد") actor1.  Otherwise the subject: before
    the verb (English, Arabic SVO) or right after it (Arabic VSO) is actor1, the next one
    actor2.  A passive English verb ("were killed") or a victim word ("مقتل", "the killing
    of", Arabic "قتل" read as passive) makes its own actor the victim.

    >>> from timeline.text import normalize
    >>> n = normalize("شنت القوات الأمريكية غارات على مواقع داعش")
    >>> a1, a2 = actor_roles(n, "ar", (0, 3), (0, len(n.text)), find_actors(n, "ar"))
    >>> a1.id, a2.id
    ('US-MILITARY', 'ISIS')
    """
    arabic = lang.startswith("ar")
    cs, ce = clause
    ts, te = trigger
    ms = sorted((m for m in actors if m.start >= cs and m.end <= ce and not (m.start < te and m.end > ts)),
                key=lambda m: m.start)
    if not ms:
        return None, None
    if len(ms) > 2 * _ROLE_REACH:
        # a clause naming very many actors (a feed run into one line): the roles come from
        # the actors nearest the word, so that the work per word stays bounded
        k = bisect_right([m.start for m in ms], ts)
        ms = ms[max(0, k - _ROLE_REACH):k + _ROLE_REACH]
    toks, starts, ends = _tokens(norm)

    first_tok = bisect_left(starts, cs)  # the cue words are the clause's own, not a line's before

    def before(m: ActorMention, n: int = 4) -> list[str]:
        k = bisect_right(starts, m.start) - 1
        if k < 0 or starts[k] != m.start:  # the actor starts after a clitic: find its token
            k = max(0, k)
            first = norm.text[starts[k]:m.start]
            return [first] + [toks[q] for q in range(max(first_tok, k - n + 1), k)][::-1]
        return [toks[q] for q in range(max(first_tok, k - n), k)][::-1]

    locatives, coordinators = _role_words(lang)
    agent = target = None
    rest: list[ActorMention] = []
    last: ActorMention | None = None  # the last actor given a role by a cue
    for m in ms:
        prev = before(m)
        if last is not None and _coordinated(norm.text[last.end:m.start], coordinators):
            last = m  # "استهدف القوات الأمريكية والقوات الشريكة", "on police and soldiers":
            continue  # one role for both, the first named holds it
        last = None
        if arabic:
            joined = " ".join(reversed(prev[:3]))
            if joined.endswith(_AR_AGENT) or (prev and prev[0] in ("ب", "بنيران")):
                agent = last = agent or m
                continue
            if any(_strip(p) in _AR_TARGET or p in _AR_TARGET for p in prev[:3]) and m.start > ts:
                target = last = target or m
                continue
        else:
            if prev and prev[0] in _EN_AGENT and m.start > ts \
                    and not _agent_of_another(toks, bisect_left(starts, te), bisect_right(starts, m.start) - 2):
                agent = last = agent or m
                continue
            if any(p in _EN_TARGET for p in prev[:3]) and m.start > ts:
                target = last = target or m
                continue
        if m.actor.kind == "country" and prev and (prev[0] in locatives or _strip(prev[0]) in locatives):
            continue  # "في سوريا", "in Syria": where it happened, not who did it
        rest.append(m)
    trig_word = norm.text[ts:te].split(" ")[0]
    k_ts = bisect_right(starts, ts) - 1
    trig_tok = k_ts if k_ts >= 0 and starts[k_ts] == ts else None
    passive = False
    if not arabic and trig_tok is not None:
        j = trig_tok - 1
        while j >= 0 and toks[j] in ("also", "reportedly", "allegedly", "fatally", "later", "been", "being"):
            if toks[j] in ("been", "being"):
                passive = True
            j -= 1
        if j >= 0 and toks[j] in _EN_PASSIVE_AUX and trig_word.endswith(("ed", "en", "wn")):
            passive = True
    victim_word = (_strip(trig_word) in _AR_VICTIM) if arabic else (trig_word in _EN_VICTIM)
    titles = _index().ar_titles

    dems = _index().ar_dem if arabic else frozenset()

    def gap(a: int, b: int) -> int:
        """Words between offsets ``a`` and ``b`` (a title and what qualifies it, "الرئيس
        السوري الانتقالي", count as none)."""
        return sum(1 for q in range(bisect_left(starts, a), bisect_left(starts, b))
                   if _key(toks[q]) not in titles
                   and not (arabic and (toks[q] in dems or toks[q] in _AR_TITLE_SKIP or _ar_qualifier(toks[q]))))

    pre = [m for m in rest if m.end <= ts]
    post = [m for m in rest if m.start >= te]
    a1 = agent
    a2 = target
    u = _undergo_at(toks, starts, trig_tok, cs, arabic)
    if u is not None:
        # "تعرضت القوات الأمريكية لهجوم", "troops came under fire": who is named with the
        # verb of undergoing (after it, else before it) had it done to them; who did it
        # comes only from a cue ("شنه تنظيم داعش", "by") or right after the word
        after = [m for m in pre if m.start >= ends[u]]
        before_verb = [m for m in pre if m.end <= starts[u]]
        undergoer = after[0] if after else (before_verb[-1] if before_verb else None)
        if a2 is None and undergoer is not None:
            a2 = undergoer
        if a1 is None and post and gap(te, post[0].start) <= 1:
            a1 = post[0]
        if a1 is not None and a2 is not None and a1.actor.id == a2.actor.id:
            a2 = None
        return (a1.actor if a1 else None), (a2.actor if a2 else None)
    if arabic:
        if victim_word:
            # "مقتل ثلاثة من عناصر داعش", "قتل 3 جنود": the actor after is the victim
            if a2 is None and post and not _another_happening(toks, starts, te, post[0], lang):
                a2 = post.pop(0)
            if a1 is None and pre:
                a1 = pre[-1]
        else:
            if a1 is None:
                # the actor right after the word (a verb's subject, VSO: "قال الوزير"; a
                # verbal noun's genitive: "وعد الرئيس ترامب", "بيان الوزارة") unless
                # another is right before it (SVO: "الوزير قال")
                if post and gap(te, post[0].start) <= 1 and _subject_between(toks, starts, te, post[0].start):
                    pass  # "أبلغ السكان الشرطة": the residents did it, the police are its object
                elif post and gap(te, post[0].start) <= 1 and not (pre and gap(pre[-1].end, ts) == 0):
                    a1 = post.pop(0)
                elif pre:
                    a1 = pre[-1]
                elif post and not _subject_between(toks, starts, te, post[0].start):
                    a1 = post.pop(0)
            if a2 is None and post:
                a2 = post.pop(0)
    else:
        if a1 is None and post and any(p in _EN_MUTUAL for p in before(post[0], 2)):
            # "clashes between the SDF and tribal fighters": the first named is actor 1, the
            # other actor 2, as ACLED codes the two sides of a battle
            a1 = post.pop(0)
        if passive:
            # "ISIS members were killed (by coalition strikes)": the actor told with the
            # verb's subject, not one of an earlier clause ("Police fired tear gas, and 30
            # people were detained": not the police)
            if a2 is None and pre and gap(pre[-1].end, ts) <= _PASSIVE_REACH:
                a2 = pre[-1]
            if a1 is None and post:
                a1 = post.pop(0)
        elif victim_word:
            if a2 is None and post and not _another_happening(toks, starts, te, post[0], lang):
                a2 = post.pop(0)
            if a1 is None and pre and not _object_of_another_verb(toks, starts, pre[-1].end, trig_tok):
                a1 = pre[-1]
        else:
            if a1 is None and pre and not _object_of_another_verb(toks, starts, pre[-1].end, trig_tok):
                a1 = pre[-1]
            if a2 is None and post:
                a2 = post.pop(0)
    if a1 is not None and a2 is not None and a1.actor.id == a2.actor.id:
        a2 = None
    return (a1.actor if a1 else None), (a2.actor if a2 else None)


_EN_DETERMINERS = W.EN_NOUN_DETERMINERS
_EN_DOING = W.EN_DOING_VERBS


def _object_of_another_verb(toks: list[str], starts: list[int], a: int, k: int | None) -> bool:
    """Is an English event noun, told with its determiner ("a shooting", "the attack"),
    the object of a verb other than one of carrying out, told between it and the actor at
    offset ``a``?  That actor is the other verb's subject, not the doer: "Police are
    investigating a shooting", "Residents heard an explosion"; but "ISIS fighters carried
    out an attack".  (Not yet past a modifier, "a fatal shooting", nor after a preposition:
    GVC within-article F1 held out 0.956 -> 0.945, its model leaning on the police named
    as every shooting's doer.)"""
    if k is None or k == 0 or toks[k - 1] not in _EN_DETERMINERS:
        return False
    between = toks[bisect_left(starts, a):k - 1]
    return bool(between) and not any(w in _EN_DOING for w in between)


#: How many words may come between the actor a passive English verb's subject names and
#: the verb ("ISIS members were killed", "three Syrian army soldiers were reportedly killed").
_PASSIVE_REACH = 4


def _another_happening(toks: list[str], starts: list[int], a: int, m: "ActorMention", lang: str) -> bool:
    """Is the actor ``m``, told after offset ``a``, another happening's: a word naming one
    comes between ("مقتل 12 شخصا في غارة إسرائيلية": Israel struck, it was not killed),
    or right after it, which it qualifies ("the deaths of two men in an Israeli strike")?"""
    from .vocabulary import vocabulary

    v = vocabulary(lang)
    last = bisect_left(starts, m.start)
    after = bisect_left(starts, m.end)
    for q in [*range(bisect_left(starts, a), last), *([after] if lang != "ar" and after < len(toks) else [])]:
        ty = v.type_of(v.key(toks[q]))
        if ty is not None and TYPES[ty].role == "happening":
            return True
    return False


def _subject_between(toks: list[str], starts: list[int], a: int, b: int) -> bool:
    """Is the word between offsets ``a`` and ``b`` a noun of people told as the subject
    ("أبلغ السكان الشرطة": the residents told the police)?"""
    return any(_strip(toks[q]) in _AR_SUBJECTS or toks[q] in _AR_SUBJECTS
               for q in range(bisect_left(starts, a), bisect_left(starts, b)))


def _undergo_at(toks: list[str], starts: list[int], k: int | None, cs: int, arabic: bool) -> int | None:
    """The token of a verb of undergoing that the event word at token ``k`` completes
    ("تعرض ... لإطلاق نار", "came under (heavy) fire", "subjected to attacks"), or
    ``None``."""
    if k is None:
        return None
    if arabic:
        w = toks[k]
        if not w.startswith(_AR_UNDERGO_PREFIXES) or len(w) < 4:
            return None
        for q in range(k - 1, max(-1, k - 1 - _UNDERGO_REACH), -1):
            if starts[q] < cs:
                break
            if any(form in _AR_UNDERGO for form, _n in _ar_variants(toks[q])):
                return q
        return None
    for q in range(k - 1, max(-1, k - 4), -1):
        if starts[q] < cs:
            break
        if toks[q] in _EN_UNDERGO_LINKS:
            return q - 1 if q > 0 and starts[q - 1] >= cs and toks[q - 1] in _EN_UNDERGO else None
    return None


@lru_cache(maxsize=4)
def _role_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's locative words and coordinators (its event vocabulary's)."""
    from .vocabulary import vocabulary

    v = vocabulary(lang)
    return v.locatives, v.coordinators


def _coordinated(between: str, coordinators: frozenset[str]) -> bool:
    """Is the text between two actor mentions (normalised) only a comma or one of the
    language's coordinators ("و" glued or apart, "and", "or")?"""
    words = between.replace("،", " ").replace(",", " ").split()
    return len(words) <= 1 and all(w in coordinators for w in words)


def localize(actors: list[ActorMention], countries: list[tuple[int, str]],
             sentence_of: Callable[[int], int]) -> list[ActorMention]:
    """Generic state actors (``MILITARY``, ``POLICE``, ``GOV``: "security forces", "the
    interior ministry", ``قوات الأمن`` with no country named) given the country the story
    is in, as analysts code them: the country of the places named in their sentence when
    those are all in one country, else the country the article's places name most (the
    first named on a tie).  ``countries``: (offset, country code) of each place named.

    >>> from timeline.text import normalize
    >>> n = normalize("Security forces raided a house. The interior ministry said two died.")
    >>> [m.actor.id for m in localize(find_actors(n, "en"), [(40, "SY")], lambda o: 0 if o < 31 else 1)]
    ['SY-MILITARY', 'SY-GOV']
    """
    if not countries or not any(a.actor.id in _GENERIC_STATE for a in actors):
        return actors
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    by_sentence: dict[int, set[str]] = {}
    for off, cc in countries:
        counts[cc] = counts.get(cc, 0) + 1
        first.setdefault(cc, off)
        by_sentence.setdefault(sentence_of(off), set()).add(cc)
    dominant = min(counts, key=lambda cc: (-counts[cc], first[cc]))
    out = []
    for a in actors:
        if a.actor.id in _GENERIC_STATE:
            here = by_sentence.get(sentence_of(a.start), set())
            cc = next(iter(here)) if len(here) == 1 else dominant
            a = attrs.evolve(a, actor=get_actor(f"{cc}-{a.actor.id}"), guessed=True)
        out.append(a)
    return out
