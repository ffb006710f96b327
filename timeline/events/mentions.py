"""Step 1: trigger mentions, the words that name a happening or a statement.

Every word (or phrase, longest first) of the text whose vocabulary key names an event
type is a trigger: "was shot and killed" holds two (``shot``, ``killed``), ``أعلن الجيش
عزل الرئيس`` two (``أعلن``, a statement; ``عزل``, a happening).  Each trigger also
records what the words around it say of it:

* *modality*: ``negated`` ("no one was killed", ``لم يقتل أحد``), ``irrealis`` (an aim, a
  threat or a fear: "plans to attack", ``يعتزم شن هجوم``), ``planned`` (a scheduled
  meeting, vote or visit: "will meet on Sunday", ``سيجتمع``), else ``asserted``;
* *novel*: the text calls it another happening ("a second explosion", ``هزة جديدة``);
* *definite*: it points back at something told ("the attack", ``الهجوم``, ``هذه العملية``).

>>> from timeline.text import normalize
>>> from timeline.events.document import Document
>>> doc = Document.read("a", normalize("A man was shot and killed. Police did not arrest anyone."), "en", [])
>>> [(doc.norm.text[t.start:t.end], t.type, t.modality) for t in find_triggers(doc)]
[('shot', 'violence.civilians.shooting', 'asserted'), ('killed', 'outcome.death', 'asserted'), ('arrest', 'strategic.arrest', 'negated')]
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..lang import arguments as W, get_language
from ..lang.taxonomy import ABOUT_EARLIER, AFTERSHOCK, INTERVENTION, PLANNABLE, SCHEDULED, TYPES, ancestors, family
from ..timex import TimeMention, TimexType
from .document import COMMAS, INNER_MARKS, PUNCT, Document

__all__ = ["Trigger", "find_triggers", "speech_participle"]

_PLANNABLE = frozenset({"political", "strategic", "protest"})
_STOP = PUNCT - {"'"}


class Trigger:
    """One trigger mention while an article is read (mutable; the public
    :class:`~timeline.EventMention` is made from it at the end)."""

    __slots__ = ("i", "j", "start", "end", "type", "role", "key", "sentence", "modality", "novel", "other", "headline",
                 "definite", "subordinate", "episode", "time", "time_basis", "time_near", "time_gap", "event", "places", "actors", "casualties",
                 "actor1", "actor2", "speaker", "dateline", "time_from", "charged", "aside", "shock",
                 "reported")

    def __init__(self, i: int, j: int, start: int, end: int, type_id: str, key: str, sentence: int):
        self.i, self.j = i, j
        self.start, self.end = start, end
        self.type = type_id
        self.role = TYPES[type_id].role
        self.key = key
        self.sentence = sentence
        self.modality = "asserted"
        self.novel = False
        self.other = False  # in a sentence that opens another happening ("Separately, ...")
        self.headline = False  # in the article's headline (which may name every happening it tells)
        self.definite = False
        self.subordinate = False  # brought in by "after", "in response to", "ردا على"
        self.aside = False  # what a group did long before, told to describe it (see arguments)
        self.shock = ""  # "main": an earthquake's own word; "after": an aftershock's
        self.charged: Optional["Trigger"] = None  # the charge (arrest, accusation) it is the crime of
        self.episode = False  # in a clause its own date opens ("وفي 18 ديسمبر، قتل …")
        self.time: Optional[TimeMention] = None   # the time expression that dates it
        self.time_basis = "none"
        self.time_from: Optional["Trigger"] = None  # the clause-mate whose time it shares
        self.time_near = False  # its time is told right next to it ("the attack on December 27th")
        self.time_gap = 0.0  # how far (in words) that time is told from it
        self.reported = None  # the day of the report it is the news of (a TimeInterval)
        self.event: Optional[int] = None          # its event within the article
        self.places: list = []
        self.dateline = False  # its places are only its article's dateline
        self.actors: list = []
        self.casualties: list = []
        self.actor1 = None
        self.actor2 = None
        self.speaker: Optional[str] = None

    @property
    def family(self) -> str:
        return family(self.type)

    def __repr__(self) -> str:
        return f"Trigger({self.start}, {self.end}, {self.type!r}, {self.modality})"


def _doers(doc: Document, triggers: list[Trigger]) -> None:
    """A word naming who did it ("gunmen", ``المسلحون``, "warplanes") is of the happening
    its clause tells them doing: "Gunmen kidnapped eight traders" names an abduction, not a
    shooting as well.  The first violent word after it in its clause gives it its type, or
    in the relative clause right after it ("warplanes which launched a chemical attack",
    "the gunmen who stormed the school")."""
    v = doc.vocab
    if not v.doer_nouns:
        return

    def doer(x: Trigger) -> bool:
        return x.j - x.i == 1 and doc.tokens[x.i] in v.doer_nouns

    acts = sorted((t for t in triggers if t.role == "happening" and t.family == "violence" and not doer(t)),
                  key=lambda x: x.i)
    firsts = [t.i for t in acts]
    for t in triggers:
        if not doer(t):
            continue
        k = bisect_left(firsts, t.j)
        if k == len(acts):
            continue
        act = acts[k]  # the first violent word after it (not "police arrested the gunman",
        # which is done to them)
        clause = doc.clause_at(t.start)
        if not clause.start <= act.start < clause.end:
            rel = t.j  # a relative word right after it, and the act in the clause it opens
            if rel >= len(doc.tokens) or doc.tokens[rel] not in v.relatives \
                    or not doc.starts[rel] <= doc.clause_at(act.start).start <= doc.ends[rel] + 2:
                continue
        if act.type not in ancestors(t.type):  # ("Gunmen attacked": a shooting still)
            t.type = act.type


#: How many words either side of a word of two senses may tell which it is.
_SENSE_REACH = 4


def _sense_near(doc: Document, i: int, cues: frozenset[str]) -> bool:
    """Is a word of ``cues`` (keys) within :data:`_SENSE_REACH` words of word ``i``, in its
    sentence: the word that tells a word of two senses which it is?"""
    keys, sent = doc.keys, doc.sentence_of
    lo, hi = max(0, i - _SENSE_REACH), min(len(keys), i + _SENSE_REACH + 1)
    return any(keys[k] in cues and sent[k] == sent[i] for k in range(lo, hi) if k != i)


#: How many words after a verb the head of its object may come ("fired its head coach").
_OBJECT_SENSE_REACH = 4


def _object_holds(doc: Document, i: int, cues: frozenset[str]) -> bool:
    """Is word ``i`` a verb whose object, right after it, holds one of ``cues`` before
    any preposition or mark ends it ("fired 200 workers", "attacked the government's
    plan"; not "fired at the workers", nor the noun in "the attack was planned")?"""
    v = doc.vocab
    toks, sent = doc.tokens, doc.sentence_of
    if i > 0 and sent[i - 1] == sent[i] and toks[i - 1] in v.determiners:
        return False  # a noun ("the attack"), no verb with an object
    for k in range(i + 1, min(len(toks), i + 1 + _OBJECT_SENSE_REACH)):
        if sent[k] != sent[i] or (toks[k] in PUNCT and toks[k] not in INNER_MARKS) or v.is_cue(toks[k], v.prepositions) \
                or toks[k] in v.copulas:
            return False
        if toks[k] in cues:
            # a possessor is no head of the object ("killed the deal's negotiator")
            if k + 2 < len(toks) and toks[k + 1] == "'" and v.is_cue(toks[k + 2], v.apostrophe_clitics):
                continue
            return True
    return False


def find_triggers(doc: Document) -> list[Trigger]:
    """Every trigger of the document, in text order (see the module docstring)."""
    v = doc.vocab
    keys, toks = doc.keys, doc.tokens
    type_of, phrase = v.type_of, v.phrase
    out: list[Trigger] = []
    time_tokens = _time_tokens(doc) | _place_tokens(doc) | doc.operation_names()
    proper = _proper_noun_test(doc) if doc.lang == "en" else None
    n = len(toks)
    i = 0
    while i < n:
        if i in time_tokens:
            i += 1
            continue
        ph = phrase(keys, i) if keys[i] in v._phrases else None
        if ph is not None:
            length, type_id = ph
            if type_id is not None:
                out.append(Trigger(i, i + length, doc.starts[i], doc.ends[i + length - 1], type_id, keys[i],
                                   doc.sentence_of[i]))
            i += length
            continue
        exact = v.exact_type(toks[i])
        type_id = exact or type_of(keys[i])
        if type_id == "-":
            type_id = None
        if type_id is None and toks[i] in v.anaphora_pronouns and _stands_for_event(doc, i):
            type_id = "reference"
        elif type_id is None and toks[i] in v.possessed_outcomes and _possessed(doc, i):
            type_id = v.possessed_outcomes[toks[i]]  # "the victim's condition", "her current condition"
        elif type_id is None and toks[i] in v.evaluated_references and i > 0 \
                and doc.keys[i - 1] in v.anaphora_predicates and doc.sentence_of[i - 1] == doc.sentence_of[i]:
            type_id = "reference"  # "this tragic situation", "a horrible thing"
        if type_id is not None and exact is None and keys[i] in v.senses:
            # a word of two senses takes the other when a word of that sense is near it
            # ("a strike by teachers over unpaid wages", "called a general strike"); a
            # surface form the exact entries place keeps their sense ("fired" is a gun's)
            other, cues = v.senses[keys[i]]
            if _sense_near(doc, i, cues):
                type_id = None if other == "-" else other  # ("-": a figure of speech, no happening)
            elif other == "-" and _noun_cue(doc, i):
                type_id = None  # "قتل طالب": the noun after the verb (a student), no speech
        if type_id is not None and exact is None and toks[i] in v.preceded_senses and i > 0 \
                and doc.sentence_of[i - 1] == doc.sentence_of[i] and toks[i - 1] in v.preceded_senses[toks[i]][1]:
            # a word whose other sense the word right before it tells: "a fire at the
            # hospital" (a blaze), where gunfire takes no article ("came under fire")
            other = v.preceded_senses[toks[i]][0]
            type_id = None if other == "-" else other
        if type_id is not None and keys[i] in v.object_senses and _object_holds(doc, i, v.object_senses[keys[i]][1]):
            # a verb whose object tells its other sense: "fired 200 workers" (a dismissal),
            # "attacked the plan", "killed the bill" (figures of speech)
            other = v.object_senses[keys[i]][0]
            type_id = None if other == "-" else other
        if type_id is not None and proper is not None and proper(i):
            type_id = None  # "Summit County", "Liberty Street": a name, not an event word
        if type_id is not None and _names_a_body(doc, i, type_id):
            type_id = None  # "disaster agency", "إدارة الكوارث": a body, not a happening
        if type_id is not None:
            out.append(Trigger(i, i + 1, doc.starts[i], doc.ends[i], type_id, keys[i], doc.sentence_of[i]))
        i += 1
    for a, b in doc.name_references():  # "ما قبل وبعد 'الوعد الصادق'": the operation, named
        out.append(Trigger(a, b, doc.starts[a], doc.ends[b - 1], "reference", keys[a], doc.sentence_of[a]))
    if doc.furniture():
        # a picture's caption, a link to another story, the credits: no happening of this report
        out = [t for t in out if not doc.in_furniture(t.start)]
    out.sort(key=lambda t: t.i)
    out = _compounds(doc, out)
    out = _releases(doc, out)
    out = _instruments(doc, out)
    out = _object_verbs(doc, out)
    out = _split_phrases(doc, out)
    out = _bereavements(doc, out)
    _light_verbs(doc, out)
    _shocks(doc, out)  # (after the light verbs: "an aftershock hit the region" is a quake word)
    _doers(doc, out)
    for t in out:
        _read_around(doc, t)
    _coordinated_irrealis(doc, out)
    _charges(doc, out)
    _novel_openings(doc, out)
    _novel_clauses(doc, out)
    return out


#: How many words after a verb naming an attack through its object ("launched", ``أطلق``)
#: that object may come ("launched at least 20 rockets", ``أطلق الحوثيون ثلاثة صواريخ``), and
#: before it when passive ("rockets were launched").
_OBJECT_AFTER = 6
_OBJECT_BEFORE = 3  # (its auxiliaries)


def _object_verbs(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """A verb that names an attack only through what it sets off (the vocabulary's
    ``object_verbs``: "launched", ``أطلق``) is no trigger when its object names something
    else: "launched an investigation into the shooting", "launched a new phone", ``أطلقت
    الوزارة حملة تطعيم``.  It stays one with a word naming a happening or a weapon in its
    object ("launched at least 20 rockets", "launched an offensive", "launched an
    operation", ``أطلقت الشرطة الغاز المسيل للدموع``), right before it or its passive's
    auxiliaries ("rockets were launched", ``صواريخ تم إطلاقها``), with no object told
    ("eleven more were launched later"), with a named operation ("launched Operation 'Swift
    Vow'"), and as a noun standing alone ("most of the launches failed")."""
    v = doc.vocab
    if not v.object_verbs:
        return triggers
    verbs = [t for t in triggers if t.j == t.i + 1 and t.key in v.object_verbs]
    if not verbs:
        return triggers
    # what may be set off: a happening (rockets, an offensive, tear gas on a crowd) or a
    # back-reference to one ("launched an operation")
    happenings = {k: t for t in triggers if t.role in ("happening", "reference") and t.key not in v.object_verbs
                  for k in range(t.i, t.j)}
    weapon_firsts = {w[0] for w in v.weapons}
    named_operations = doc.operation_names()  # "launched Operation 'Swift Vow'"
    toks, sent = doc.tokens, doc.sentence_of
    n = len(toks)

    retyped: dict[int, str] = {}

    def sets_off(k: int, t: Trigger) -> bool:
        if toks[k] in v.object_types:  # "أطلق مسلحون النار": a shooting
            retyped[id(t)] = v.object_types[toks[k]]
            return True
        if k in happenings:
            # the happening it sets off is of its object's kind ("launched a nationwide
            # strike" is a labour strike, "launched air strikes" an air raid)
            if happenings[k].role == "happening":
                retyped[id(t)] = happenings[k].type
            return True
        return k in named_operations or toks[k] in weapon_firsts

    def stands_in(w: str) -> bool:
        """Is a word of an object no noun of its own (an article, a number, a link word)?"""
        return w in v.determiners or w in INNER_MARKS or w.isdecimal() or v.is_cue(w, v.object_links) \
            or w in v.pronouns or w in v.relatives or w in PUNCT

    def other_object(t: Trigger) -> bool:
        k = t.i - 1  # passive: what was launched, right before it or its auxiliaries
        while k >= 0 and t.i - k <= _OBJECT_BEFORE and sent[k] == t.sentence and toks[k] in v.object_passives:
            k -= 1
        if k >= 0 and sent[k] == t.sentence and sets_off(k, t):
            return False
        if t.i > 0 and toks[t.i - 1] in v.passive_auxiliaries:
            # passive: what was launched is told before; a word naming something else
            # ("an investigation was launched") is the other object, a number or a pronoun
            # ("eleven more were launched", "which were launched") stands for the weapons
            return k >= 0 and sent[k] == t.sentence and not stands_in(toks[k])
        k = t.j
        if t.i > 0 and toks[t.i - 1] in v.determiners:
            if k >= n or not v.is_cue(toks[k], v.object_links):
                return False  # a noun standing alone: "the launches"
            k += 1  # "the launch of …": its object follows
        named = False  # the object's words, up to a preposition other than those an object holds
        seen = 0
        while k < n and seen < _OBJECT_AFTER and sent[k] == t.sentence \
                and (toks[k] not in PUNCT or toks[k] in INNER_MARKS):
            w = toks[k]
            seen += w not in INNER_MARKS
            if sets_off(k, t):
                return False
            if v.is_cue(w, v.prepositions) and not v.is_cue(w, v.object_links):
                break
            if not stands_in(w):
                named = True
            k += 1
        return named

    drop = {id(t) for t in verbs if other_object(t)}
    for t in verbs:
        if id(t) in retyped and id(t) not in drop:
            t.type = retyped[id(t)]
            t.role = TYPES[t.type].role
    return [t for t in triggers if id(t) not in drop] if drop else triggers


def _shocks(doc: Document, triggers: list[Trigger]) -> None:
    """Mark an earthquake's words: an aftershock's ("aftershock", ``هزة ارتدادية``) and a
    main quake's ("earthquake", ``زلزال``); a bare tremor (``هزة``, "tremor") is neither.
    An aftershock follows the quake it is told after: the two are two happenings (see
    :func:`timeline.events.pairs.kept_apart`)."""
    v = doc.vocab
    if not v.aftershock_words:
        return
    for t in triggers:
        if not t.type.startswith("disaster.earthquake"):
            continue
        words = doc.tokens[t.i:t.j]
        if any(v.is_cue(w, v.aftershock_words) for w in words):
            t.shock = "after"
        elif any(v.is_cue(w, v.mainshock_words) for w in words):
            t.shock = "main"
    # the other quake words of a clause that tells an aftershock, and no main quake, are
    # the aftershock's ("a 4.8 aftershock hit the region": the hitting is the aftershock)
    told: dict[int, set[str]] = {}
    for t in triggers:
        if t.shock:
            told.setdefault(doc.clause_at(t.start).start, set()).add(t.shock)
    for t in triggers:
        if not t.shock and t.type.startswith("disaster.earthquake") \
                and told.get(doc.clause_at(t.start).start) == {"after"}:
            t.shock = "after"
        if t.shock == "after" and t.type == "disaster.earthquake":
            t.type = AFTERSHOCK


#: How many words after a verb the object that completes its phrase may come, its subject
#: between them (``فجر الانتحاري نفسه``, ``أدى الرئيس الجديد اليمين``).
_SPLIT_REACH = 4


def _split_phrases(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """A verb that names a happening only with its object, which the verb-first order
    parts from it by the subject (the vocabulary's ``split_phrases``): ``فجر الانتحاري
    نفسه`` (the bomber blew himself up; ``فجر`` alone is also dawn), ``أدى الرئيس اليمين``
    (the president was sworn in).  The verb is a trigger when the object follows it
    within a few words of its sentence, with no mark between, and neither is part of a
    time expression (``فجر اليوم نفسه``: dawn of that same day)."""
    v = doc.vocab
    if not v.split_phrases:
        return triggers
    toks, sent = doc.tokens, doc.sentence_of
    n = len(toks)
    taken = {k for t in triggers for k in range(t.i, t.j)}
    add: list[Trigger] = []
    for i, w in enumerate(toks):
        if w not in v.split_phrases or i in taken or doc.in_time(i):
            continue
        type_id, objects = v.split_phrases[w]
        for k in range(i + 1, min(n, i + 1 + _SPLIT_REACH)):
            if sent[k] != sent[i] or toks[k] in PUNCT or doc.in_time(k):
                break
            if toks[k] in objects:
                add.append(Trigger(i, i + 1, doc.starts[i], doc.ends[i], type_id, doc.keys[i], sent[i]))
                break
    return sorted(triggers + add, key=lambda t: t.i) if add else triggers


#: How many words after a release verb the people held may come ("أفرجت حركة حماس عن
#: أربع رهائن", "released four Thai hostages").
_RELEASE_REACH = 5


#: How far before a passive release verb ("were freed") its subject, the held, may be told.
_RELEASE_SUBJECT = 20


def _releases(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """A release of people held (:data:`~timeline.lang.taxonomy` ``strategic.release``): a
    release verb of the vocabulary with the held a few words after it, or before it
    ("the hostages were freed"); "سراح" after a verb ("أطلقت السلطات سراح …") makes that
    verb a release.  The held are then persons, not an abduction: their word is no
    trigger."""
    v = doc.vocab
    if not v.release_verbs:
        return triggers
    toks, sent = doc.tokens, doc.sentence_of
    n = len(toks)
    at = {t.i: t for t in triggers}
    drop: set[int] = set()
    add: list[Trigger] = []
    keys = doc.keys
    if not any(k in v.release_keys for k in keys):
        return triggers
    inside = {k for t in triggers if t.type == "strategic.release" for k in range(t.i, t.j)}
    for i in range(n):
        # "سراح" with the held as its ending ("أطلق سراحهن") is the word itself
        tail = keys[i] in v.release_tail_keys and (v.is_cue(toks[i], v.release_tails) or toks[i] != keys[i])
        if keys[i] not in v.release_keys or not (tail or v.is_cue(toks[i], v.release_verbs)) or i in inside:
            continue  # (a release named by a phrase of its own is one: "prisoner exchange")
        back = _RELEASE_SUBJECT if i > 0 and toks[i - 1] in v.release_passives else 3
        # ("All 25 pupils abducted from the school two weeks ago have been released": a
        # passive verb's subject, the held, may be told well before it)
        window = [k for k in range(max(0, i - back), min(n, i + 1 + _RELEASE_REACH)) if k != i and sent[k] == sent[i]]
        told = next((k for k in window if k > i and (v.type_of(keys[k]) or "").startswith("statement")), n)
        # (what a verb releases is a text when one comes first: "released a statement
        # through Children's Hospital"; a capitalised word with a possessive ending is a
        # name's: "was released from Children's Hospital")
        held = [k for k in window if k < told and v.is_cue(toks[k], v.release_objects)
                and not (doc.lang == "en" and doc.capitalised(k) and k + 1 < n and toks[k + 1] in ("'", "’"))]
        if not held and not tail:
            continue  # ("سراح", freedom, after a verb is always the freeing of people held)
        start = i
        if tail:
            # "أطلقت السلطات سراح": the verb a few words before is the release's
            verb = next((k for k in range(i - 1, max(-1, i - 4), -1) if k in at and sent[k] == sent[i]), None)
            if verb is not None:
                drop.add(verb)
                start = verb
            elif i > 0 and sent[i - 1] == sent[i] and toks[i - 1].isalpha():
                start = i - 1  # "أطلق سراح الطالبات": the verb with it
        drop.update(k for k in held if k in at and at[k].type.startswith("violence.civilians.abduction"))
        drop.add(i)
        add.append(Trigger(i, i + 1, doc.starts[start], doc.ends[i], "strategic.release", doc.keys[i], sent[i]))
    if not add:
        return triggers
    out = [t for t in triggers if t.i not in drop] + add
    out.sort(key=lambda t: t.start)
    return out


#: How many words may stand between a verb of using and the weapon it uses, either way.
_USE_REACH = 3


def _weapon_at(doc: Document, k: int) -> Optional[tuple[int, str]]:
    """The weapon of the vocabulary starting at token ``k``: (its length, the happening
    its use names), the longest first, or ``None`` (also for a tool named after one: "a
    stun gun", "a nail gun")."""
    toks, v = doc.tokens, doc.vocab
    if k > 0 and toks[k - 1] in v.weapon_modifiers:
        return None
    for n in (3, 2, 1):
        got = v.weapons.get(tuple(toks[k:k + n]))
        if got is not None and k + n <= len(toks):
            return n, got
    return None


def _ends_phrase(doc: Document, k: int) -> bool:
    """Does the noun phrase end before token ``k`` (punctuation, the sentence's end, a
    preposition, a conjunction, a relative)?  "used chemical weapons against civilians",
    not "used the weapons ban"."""
    v = doc.vocab
    if k >= len(doc.tokens) or doc.sentence_of[k] != doc.sentence_of[k - 1]:
        return True
    w = doc.tokens[k]
    return w in PUNCT or v.is_cue(w, v.prepositions) or w in v.object_prepositions or w in v.coordinators \
        or w in v.relatives


def _hit_follows(doc: Document, k: int) -> bool:
    """Does what follows a regular past after a projectile tell where it went: a particle,
    a possessive or a part of the body ("ricocheted off the wall", "grazed his arm",
    "exited the back of his head"), not "recovered at the scene" or "matched the rifle"?"""
    v, toks = doc.vocab, doc.tokens
    if k >= len(toks) or doc.sentence_of[k] != doc.sentence_of[k - 1]:
        return False
    if toks[k] in v.projectile_particles or toks[k] in v.possessives:
        return True
    return toks[k] in v.determiners and any(
        toks[x] in v.body_parts for x in range(k + 1, min(len(toks), k + 3)) if doc.sentence_of[x] == doc.sentence_of[k])


#: How many words of what a projectile hit may come before the next verb of its path.
_HIT_OBJECT = 8


def _next_hit(doc: Document, k: int) -> Optional[tuple[int, int]]:
    """The next verb of a projectile's path after its hit ending before token ``k``, in
    the same sentence past what it hit and a comma or a coordinator ("struck an artery,
    glanced off a rib and tumbled through her lung"): (its first, its last token),
    or ``None``."""
    v, toks, sent = doc.vocab, doc.tokens, doc.sentence_of
    n = len(toks)
    j = k
    while j < n and j - k < _HIT_OBJECT and sent[j] == sent[k - 1] and toks[j] not in COMMAS \
            and toks[j] not in v.coordinators:
        if toks[j] in PUNCT and toks[j] != "'":  # (the "'s" of "the boy's neck" goes on)
            return None
        j += 1
    while j < n and sent[j] == sent[k - 1] and (toks[j] in COMMAS or toks[j] in v.coordinators or toks[j] in v.chain_words):
        j += 1
    if j >= n or sent[j] != sent[k - 1] or j == k:
        return None
    last = _hit_verb(doc, j)
    return (j, last) if last is not None else None


def _path(doc: Document, last: int, taken: set[int]) -> list[tuple[int, int]]:
    """The next verbs of a projectile's path after a hit ending at token ``last``
    (:func:`_next_hit`), each (first, last token), up to a word already taken."""
    out: list[tuple[int, int]] = []
    nxt = _next_hit(doc, last + 1)
    while nxt is not None and not taken.intersection(range(nxt[0], nxt[1] + 1)):
        out.append(nxt)
        nxt = _next_hit(doc, nxt[1] + 1)
    return out


def _weapon_use(doc: Document, i: int) -> Optional[str]:
    """The happening the verb of using at token ``i`` names, through the weapon a few
    words after it ("used chemical weapons against …") or before it through a passive
    ("the gun that was used"); ``None`` when it uses no weapon."""
    v, toks, sent = doc.vocab, doc.tokens, doc.sentence_of
    k, words = i + 1, 0
    while k < len(toks) and words < _USE_REACH and sent[k] == sent[i]:
        w = toks[k]
        if w.isdigit() or w in v.weapon_sizes or (w in (".", "-") and k + 1 < len(toks)
                                                             and (toks[k + 1].isdigit() or toks[k + 1] in v.weapon_sizes)):
            k += 1  # the size of the weapon does not count: "a 9mm handgun", "a .45 caliber pistol"
            continue
        if w in PUNCT:
            break
        got = _weapon_at(doc, k)
        if got is not None:
            return got[1] if _ends_phrase(doc, k + got[0]) else None
        k, words = k + 1, words + 1
    if not v.use_links:
        return None
    k = i - 1
    while k >= 0 and i - k <= _USE_REACH and sent[k] == sent[i] and toks[k] in v.use_links:
        k -= 1
    if k < 0 or sent[k] != sent[i]:
        return None
    return next((g[1] for g in (_weapon_at(doc, x) for x in range(max(0, k - 2), k + 1)) if g is not None), None)


def _projectile_hit(doc: Document, i: int) -> Optional[int]:
    """Is token ``i`` the past verb right after a projectile that tells its hit ("the
    bullet tore through his lung")?  The index of its last token (its particle
    included), else ``None``."""
    if not (i > 0 and doc.sentence_of[i - 1] == doc.sentence_of[i] and _after_projectile(doc, i)):
        return None
    return _hit_verb(doc, i)


def _after_projectile(doc: Document, i: int) -> bool:
    """Does a projectile ("bullet", "stray bullet") end right before token ``i``?"""
    toks, proj = doc.tokens, doc.vocab.projectiles
    return (toks[i - 1],) in proj or tuple(toks[max(0, i - 2):i]) in proj


def _hit_verb(doc: Document, i: int) -> Optional[int]:
    """Is token ``i`` a verb telling a projectile's hit: one of the language's, or a
    regular past whose object tells where it went (:func:`_hit_follows`)?  The index of
    its last token (its particle included), else ``None``."""
    v, toks, sent = doc.vocab, doc.tokens, doc.sentence_of
    w = toks[i]
    if not (w in v.projectile_verbs
            or (v.past_ending and len(w) > 4 and w.endswith(v.past_ending) and _hit_follows(doc, i + 1))):
        return None
    return i + 1 if i + 1 < len(toks) and sent[i + 1] == sent[i] and toks[i + 1] in v.projectile_particles else i


def _instruments(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """The use of a weapon and the hit of a projectile name the attack
    (:func:`_weapon_use`, :func:`_projectile_hit`; the latter where the language puts the
    subject first).  Words already triggers stay as they are."""
    v = doc.vocab
    if not v.use_verbs and not v.projectiles:
        return triggers
    toks, keys = doc.tokens, doc.keys
    n = len(toks)
    candidates = {i for i in range(n) if keys[i] in v.use_keys}
    if v.projectiles:
        candidates.update(i for i in range(1, n) if _after_projectile(doc, i))
    if not candidates:
        return triggers
    taken = {k for t in triggers for k in range(t.i, t.j)}
    add: list[Trigger] = []

    def hits(path: list[tuple[int, int]]) -> None:
        for a, b in path:
            add.append(Trigger(a, b + 1, doc.starts[a], doc.ends[b], "violence.civilians.shooting", keys[a],
                               doc.sentence_of[a]))
            taken.update(range(a, b + 1))

    if v.projectiles:
        # a hit that is already a trigger ("the bullet struck an artery, glanced off a
        # bone"): the next verbs of its path are hits too
        for t in triggers:
            if t.i > 0 and _after_projectile(doc, t.i):
                hits(_path(doc, t.j - 1, taken))
    for i in sorted(candidates):
        if i in taken:
            continue
        if keys[i] in v.use_keys and v.is_cue(toks[i], v.use_verbs):
            type_id = _weapon_use(doc, i)
            if type_id is not None:
                add.append(Trigger(i, i + 1, doc.starts[i], doc.ends[i], type_id, keys[i], doc.sentence_of[i]))
                taken.add(i)
            continue
        last = _projectile_hit(doc, i) if v.projectiles else None
        if last is not None:
            # the hit and the next verbs of its path ("struck an artery, glanced off a bone
            # and tumbled through her lung")
            hits([(i, last)])
            hits(_path(doc, last, taken))
    if not add:
        return triggers
    out = triggers + add
    out.sort(key=lambda t: t.start)
    return out


#: How many words may stand between a verb of losing and the person lost ("lost a
#: beautiful family", "lose my niece").
_LOSS_REACH = 3


def _bereavements(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """Death told as a loss or a going: a verb of losing whose object is a person ("we lost
    our son", "to lose my niece", "the world lost a beautiful family"), and a person said
    to be gone ("she's gone", "Matt is gone forever", "another life gone too soon").  The
    verbs, the people and what may follow "gone" are the language's data; words already
    triggers stay as they are."""
    v = doc.vocab
    if not v.loss_verbs and not v.gone_words and not v.life_verbs:
        return triggers
    toks = doc.tokens
    # a speech verb that takes a life is no statement: "the shooting claimed a life"
    said = {t.i: t for t in triggers if t.role == "statement" and t.j == t.i + 1 and toks[t.i] in v.life_verbs}
    taken = {k for t in triggers for k in range(t.i, t.j) if k not in said}
    add: list[Trigger] = []
    drop: set[int] = set()
    for i, w in enumerate(toks):
        if i in taken:
            continue
        if w in v.life_verbs:
            last = _life_taken(doc, i)
            if last is None or taken.intersection(range(i, last + 1)):
                continue
            if i in said:
                nxt = toks[last + 1] if last + 1 < len(toks) and doc.sentence_of[last + 1] == doc.sentence_of[i] else "."
                if nxt in v.copulas or nxt in v.modals:
                    continue  # "he claimed his life was in danger": the subject of what he said
                drop.add(id(said[i]))
            add.append(Trigger(i, last + 1, doc.starts[i], doc.ends[last], "outcome.death", doc.keys[i],
                               doc.sentence_of[i]))
            taken.update(range(i, last + 1))
            continue
        if not (w in v.loss_verbs or w in v.gone_words):
            continue
        found = _person_lost(doc, i) if w in v.loss_verbs else _person_gone(doc, i)
        if found:
            add.append(Trigger(i, i + 1, doc.starts[i], doc.ends[i], "outcome.death", doc.keys[i], doc.sentence_of[i]))
    if not add:
        return triggers
    return sorted([t for t in triggers if id(t) not in drop] + add, key=lambda t: t.start)


#: How many words may stand between a verb taking a life and "life" ("took an innocent
#: person's life", "cost him his life").
_LIFE_REACH = 5


def _life_taken(doc: Document, i: int) -> Optional[int]:
    """The token of "life" that the verb at ``i`` takes, costs or ends ("took her life",
    "cost him his life"), past no punctuation or preposition ("took control of their
    lives" is none); ``None`` if there is none."""
    v, toks = doc.vocab, doc.tokens
    for k in range(i + 1, min(len(toks), i + 2 + _LIFE_REACH)):
        w = toks[k]
        if doc.sentence_of[k] != doc.sentence_of[i] or (w in PUNCT and w != "'") or w in v.prepositions \
                or w in v.object_prepositions:
            return None
        if w in v.life_words:
            return k
    return None


def _person_lost(doc: Document, i: int) -> bool:
    """Is the verb of losing at token ``i`` followed by a person it lost, past
    determiners and one adjective at most, and no preposition?"""
    v, toks = doc.vocab, doc.tokens
    other = 0
    for k in range(i + 1, min(len(toks), i + 1 + _LOSS_REACH)):
        w = toks[k]
        if doc.sentence_of[k] != doc.sentence_of[i] or w in PUNCT or w in v.prepositions \
                or w in v.object_prepositions:
            return False  # "lost track of the children", "lost custody of their son"
        if w in v.lost_people:
            return True
        if w not in v.determiners and w not in v.possessives:
            other += 1
            if other > 1:
                return False  # one word (an adjective) at most before the person
    return False


def _person_gone(doc: Document, i: int) -> bool:
    """Is the "gone" at token ``i`` said of a person (a pronoun, a person noun or a name
    before its copula) and closing its clause or followed by one of ``gone_after``?"""
    v, toks = doc.vocab, doc.tokens
    nxt = toks[i + 1] if i + 1 < len(toks) and doc.sentence_of[i + 1] == doc.sentence_of[i] else "."
    if not (nxt in PUNCT or nxt in v.gone_after):
        return False  # "gone to the store", "gone missing"
    k = i - 1
    while k >= 0 and toks[k] in v.anaphora_fillers and toks[k] not in v.copulas and toks[k] not in v.apostrophe_clitics:
        k -= 1  # "is just gone"
    if k < 1 or doc.sentence_of[k] != doc.sentence_of[i]:
        return False
    w = toks[k]
    if w in v.lost_people:
        return True  # "another life gone too soon"
    if not (w in v.copulas or (w in v.apostrophe_clitics and toks[k - 1] == "'")):
        return False
    at = k - 2 if w in v.apostrophe_clitics else k - 1
    if at < 0 or doc.sentence_of[at] != doc.sentence_of[i]:
        return False
    return toks[at] in v.pronouns or toks[at] in v.lost_people or doc.capitalised(at)  # a name


#: The families of happening a verb of impact may be the striking of (see :func:`_light_verbs`).
_STRIKING = frozenset({"disaster", "protest"})


def _light_verbs(doc: Document, triggers: list[Trigger]) -> None:
    """A verb of impact ("struck", ``ضربت``; the vocabulary's ``light`` words) takes the
    kind of the nearest happening of another family its clause names: "an earthquake
    struck the region" is the quake's striking, not an attack."""
    light = doc.vocab.light
    if not light:
        return
    by_sentence: dict[int, list[Trigger]] = {}
    for u in triggers:
        if u.role == "happening":
            by_sentence.setdefault(u.sentence, []).append(u)
    for t in triggers:
        if t.j != t.i + 1 or t.role != "happening" or not any(
                r in light for r in doc.vocab.readings(doc.tokens[t.i])):
            continue
        clause = doc.clause_at(t.start)
        # (a force of nature strikes so, and a blow lands on a protest; a ceasefire or a
        # vote does not: "the ceasefire collapsed when Israel resumed strikes")
        others = [u for u in by_sentence[t.sentence] if u is not t and u.family != t.family
                  and u.family in _STRIKING and clause.start <= u.start < clause.end]
        if others:
            nearest = min(others, key=lambda u: abs(u.i - t.i))
            # (impact on a protest is the force used on it: "police hit protesters")
            t.type = INTERVENTION if nearest.family == "protest" else nearest.type


#: How many words may open a sentence before the happening it calls another one
#: ("In another incident, a 19-year-old man was shot": the shooting is another one).
_OPENER_REACH = 4


def _novel_openings(doc: Document, triggers: list[Trigger]) -> None:
    """A sentence opened by "Separately," / "Elsewhere," or by a back-reference the text
    calls another ("In another incident", ``وفي حادث منفصل``) tells another happening:
    its words naming happenings and outcomes are ``other`` (none of them is what an
    earlier sentence told; see :func:`timeline.events.pairs.pair_facts`)."""
    v = doc.vocab
    opened: set[int] = set()
    for t in triggers:
        s = t.sentence
        if s in opened:
            continue
        start = doc.token_at(doc.sentences[s][0])
        if t.role == "reference" and t.novel and t.i - start < _OPENER_REACH:
            opened.add(s)
        elif v.other_incident and _opens_with(doc, start, v.other_incident):
            opened.add(s)
    for t in triggers:
        if t.sentence in opened and t.role != "statement":
            t.other = True
    if triggers and triggers[0].sentence == 0 and doc.headline():
        for t in triggers:
            if t.sentence != 0:
                break
            t.headline = True
    _elsewhere_openings(doc, triggers)


def _opens_with(doc: Document, start: int, cues: frozenset[str]) -> bool:
    """Does the sentence starting at token ``start`` open with one of ``cues`` (a word or
    a phrase, its first word with its clitics: "Separately,", ``وفي سياق منفصل،``) and a
    comma?"""
    v, toks = doc.vocab, doc.tokens
    for cue in cues:
        words = cue.split()
        n = len(words)
        if start + n < len(toks) and toks[start + n] in COMMAS and v.is_cue(toks[start], frozenset(words[:1])) \
                and list(toks[start + 1:start + n]) == words[1:]:
            return True
    return False


#: How many of the places told last a town opening a sentence is compared with.
_ELSEWHERE_REACH = 64


def _elsewhere_openings(doc: Document, triggers: list[Trigger]) -> None:
    """A sentence opened by a place the text has not told before, set off by a comma
    ("وفي خان يونس جنوبي القطاع، قتل ثلاثة …", "In Kirkuk, a roadside bomb killed …"), after
    the text told places as precise of which it is none and in none (a round-up moving on
    to another town): its happenings and outcomes told without the article are ``other``
    (a definite one, "وفي بغداد، أدان رئيس الوزراء التفجير", may be what was told)."""
    from .gazetteer import KIND_RANK, compatible

    places = doc.places()
    if not places:
        return
    by_sentence: dict[int, list[Trigger]] = {}
    for t in triggers:
        by_sentence.setdefault(t.sentence, []).append(t)
    v = doc.vocab
    k = 0
    seen: dict[str, object] = {}  # the places told so far, by id, the latest last
    for s, (ss, se) in enumerate(doc.sentences):
        while k < len(places) and places[k].start < ss:
            seen.pop(places[k].place.id, None)
            seen[places[k].place.id] = places[k].place
            k += 1
        own = by_sentence.get(s)
        if not own or k == 0 or k >= len(places) or places[k].start >= se:
            continue
        p = places[k]
        first, at = doc.token_at(ss), doc.token_at(p.start)
        if not first < at <= first + 3 or not v.is_cue(doc.tokens[first], v.locatives) or any(
                not (v.is_cue(w, v.place_nouns) or "ال" + w in v.place_nouns or w in v.definite)
                for w in doc.tokens[first + 1:at]):
            continue  # not opened by a locative and the place (a place noun may come between:
            # "وفي مدينة", "In the town of"; a dateline, "HERMITAGE, Tenn. —", opens no scene)
        end = doc.token_at(max(p.start, p.end - 1))
        comma = next((j for j in range(end + 1, min(end + 5, len(doc.tokens))) if doc.tokens[j] in COMMAS), None)
        if comma is None or any(t.i < comma for t in own):
            continue
        rank = KIND_RANK.get(p.place.kind, 3)
        # (the latest places told, a bounded number: a feed of thousands of towns stays linear)
        told = [q for q in list(seen.values())[-_ELSEWHERE_REACH:] if KIND_RANK.get(q.kind, 3) <= rank]  # type: ignore[attr-defined]
        if not told or any(compatible(q, p.place) for q in told):  # type: ignore[arg-type]
            continue
        for t in own:
            if t.role in ("happening", "outcome") and not t.definite:
                t.other = True


def _names_a_body(doc: Document, i: int, type_id: str) -> bool:
    """Is the event word at token ``i`` part of the name of a body that deals with such
    happenings: before its head in English ("disaster agency", "bomb squad"), after it in
    the Arabic construct ("إدارة الكوارث", with its clitics: "لإدارة الكوارث")?"""
    v = doc.vocab
    heads = v.institution_heads
    if not heads:
        return False
    toks, same = doc.tokens, doc.sentence_of
    # what a body is for fighting: "قوات مكافحة الشغب", "anti-riot", "counter-terrorism"
    before = [k for k in (i - 1, i - 2) if k >= 0 and same[k] == same[i]]
    if before and v.is_cue(toks[before[0]], v.counter_words) or (
            len(before) == 2 and toks[before[0]] == "-" and toks[before[1]] in v.counter_words):
        return True
    if doc.lang == "ar":
        # the construct: the head bare of the article, its genitive with it ("إدارة
        # الكوارث"; "أصدرت الوزارة بيانا" is a ministry issuing a statement)
        k = i - 1
        return k >= 0 and same[k] == same[i] and v.is_cue(toks[k], heads) \
            and not _definite_ar(toks[k]) and _definite_ar(toks[i])
    k = i + 1
    w = toks[i]
    if w.endswith(("ed", "ing")) or (w.endswith("s") and not w.endswith(("ss", "us", "is"))) \
            or TYPES[type_id].role == "statement":
        return False  # a verb before its object: "targeted troops", "told authorities",
        # "began shooting police officers", "kills police officer's son"
    return k < len(toks) and same[k] == same[i] and toks[k] in heads


def _definite_ar(tok: str) -> bool:
    """Does an Arabic word carry the article, past a conjunction or a preposition
    (``الكوارث``, ``والكوارث``, ``للكوارث``, ``بالهجوم``)?"""
    bare = tok[1:] if tok[:1] in ("و", "ف") and len(tok) > 4 else tok
    return bare.startswith("ال") or bare.startswith("لل") or bare[1:3] == "ال"


def _novel_clauses(doc: Document, triggers: list[Trigger]) -> None:
    """A happening the text calls new is new in all its clause: "A second explosion hit
    the gate" — the hitting is the second explosion's, not the first happening's."""
    novel = {(doc.clause_at(t.start).start, t.family) for t in triggers if t.novel}
    if not novel:
        return
    for t in triggers:
        if not t.novel and t.role in ("happening", "reference") \
                and ((doc.clause_at(t.start).start, t.family) in novel):
            t.novel = True


def _compounds(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """A general event word and a more specific one right after it name one happening
    ("هجوم بالغاز السام", "هجومًا صاروخيًا", "attack with chemical weapons"): one trigger,
    of the specific type, spanning both.  Two words joined by "and" (``و`` glued to the
    second in Arabic) are two kinds, not one made specific: "attacks and kidnappings",
    ``الهجمات والاختطاف``."""
    out: list[Trigger] = []
    v = doc.vocab
    for t in triggers:
        prev = out[-1] if out else None
        if prev is not None and prev.sentence == t.sentence and t.i - prev.j <= 2 \
                and prev.role == t.role == "happening" and prev.type != t.type \
                and prev.type in ancestors(t.type) \
                and not any(w in PUNCT or w in v.coordinators for w in doc.tokens[prev.j:t.i]) \
                and not _glued_coordinator(doc, t):
            merged = Trigger(prev.i, t.j, prev.start, t.end, t.type, t.key, t.sentence)
            out[-1] = merged
            continue
        out.append(t)
    return out


def _coordinated_irrealis(doc: Document, triggers: list[Trigger]) -> None:
    """A happening coordinated with one that is no particular happening is none either
    ("تواصل تنفيذ التفجيرات والهجمات الخاطفة والاختطاف", "rejects any attack or
    kidnapping"): past an adjective at most, after a coordinator (glued or not)."""
    v = doc.vocab
    for prev, t in zip(triggers, triggers[1:]):
        if prev.modality != "irrealis" or t.modality != "asserted" or t.role != "happening" \
                or prev.role == "statement" or t.sentence != prev.sentence:
            continue
        between = doc.tokens[prev.j:t.i]
        joined = _glued_coordinator(doc, t) or any(w in v.coordinators for w in between)
        if joined and sum(1 for w in between if w not in v.coordinators and w not in COMMAS) <= 1:
            t.modality = "irrealis"


def _glued_coordinator(doc: Document, t: Trigger) -> bool:
    """Does trigger ``t`` start with a coordinator glued to its word (Arabic ``والاختطاف``,
    ``وتفجيرات``), the rest of the word an event word of its own?"""
    v = doc.vocab
    head = doc.tokens[t.i]
    return len(head) > 3 and head[0] in v.coordinators and v.type_of(v.key(head[1:])) is not None


def _proper_noun_test(doc: Document):
    """For English: is token ``i`` a capitalised word of running text, so part of a name
    ("Sheriff John Battles said", "Summit County"), not the head of a happening?  Headlines
    capitalise every word, also when a web page runs them into its text ("Woman Killed
    Outside High School Remembered A man was …"), and shout in capitals: the words near
    it decide, event words first (a headline capitalises them too; running text writes
    them small), then all words of four letters or more."""
    original = doc.norm.original
    type_of = doc.vocab.type_of
    tokens, sentence_of = doc.tokens, doc.sentence_of

    capitalised = doc.capitalised

    def test(i: int) -> bool:
        k = sentence_of[i]
        if i == 0 or sentence_of[i - 1] != k or tokens[i - 1] in ('"', "'", "(", "-", ":"):
            return False  # the first word of a sentence or quotation
        if not capitalised(i):
            return False
        s = doc.norm.to_original(doc.starts[i])
        word = original[s:s + len(tokens[i])]
        if len(word) > 1 and word.isupper():
            return False  # "SANTA CRUZ COUNTY HOMICIDES"
        w = cw = ev = cev = 0
        for j in range(max(0, i - _NEAR_WORDS), min(len(tokens), i + _NEAR_WORDS + 1)):
            if j == i or sentence_of[j] != k or not (tokens[j][0].isalpha() and len(tokens[j]) > 3) \
                    or doc.in_time(j):
                continue  # (weekdays and months are capitalised in any text)
            cap = capitalised(j)
            w, cw = w + 1, cw + cap
            if type_of(doc.keys[j]):
                ev, cev = ev + 1, cev + cap
        if ev:
            return 2 * cev < ev
        return not (w and cw >= 0.6 * w)

    return test


#: How many words either side of a capitalised word decide whether its text is a
#: headline (:func:`_proper_noun_test`).
_NEAR_WORDS = 6


def _stands_for_event(doc: Document, i: int) -> bool:
    """Does the pronoun at token ``i`` stand for a happening: the subject of an event
    predicate, or the object of a verb that takes one (:func:`_event_object`)?"""
    return _event_subject(doc, i) or _event_object(doc, i)


def _event_object(doc: Document, i: int) -> bool:
    """Is the pronoun at token ``i`` the object of a verb of doing, witnessing or believing
    ("whoever did it", "couldn't believe it", "never seen this before"), of "about" ("heard
    about it"), or of "like" after an indefinite ("something like this")?  A demonstrative
    must stand alone ("did that night" is a determiner), and a pronoun that a copula or a
    contraction follows is the subject of a clause of its own."""
    v, toks = doc.vocab, doc.tokens
    if i == 0 or doc.sentence_of[i - 1] != doc.sentence_of[i]:
        return False
    left = toks[i - 1]
    if left in v.anaphora_like:
        # "something like this", "a tragedy like this": an indefinite or an event word
        if i < 2 or not (toks[i - 2] in v.anaphora_indefinites or _event_word(doc, i - 2)):
            return False
    elif left not in v.anaphora_governors and left not in v.anaphora_prepositions:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) and doc.sentence_of[i + 1] == doc.sentence_of[i] else "."
    if left in v.anaphora_governors and (nxt == "'" or nxt in v.copulas):
        return False  # "believe it's over", "saw this was wrong": the subject of what follows
    if toks[i] not in v.determiners:
        return True
    return nxt in PUNCT or nxt in v.anaphora_after or nxt in v.modals or nxt in v.prepositions or nxt in v.copulas


def _event_subject(doc: Document, i: int) -> bool:
    """Is the pronoun at token ``i`` the subject of an event predicate within three words,
    not counting fillers ("it happened", "it was a tragic accident", "this just
    happened", "it's just a tragic situation")?  Not a pronoun that is also a conjunction
    when a subject follows it ("the army said that its jets hit …", "that it was a
    tragedy"): it brings in a clause then."""
    v = doc.vocab
    preds, fillers = v.anaphora_predicates, v.anaphora_fillers
    k, seen = i + 1, 0
    while k < len(doc.tokens) and seen < 4 and doc.sentence_of[k] == doc.sentence_of[i]:
        w = doc.tokens[k]
        if w in PUNCT and w != "'":
            return False
        if k == i + 1 and doc.tokens[i] in v.anaphora_conjunctions \
                and (w in v.determiners or w in v.possessives or w in v.pronouns):
            return False  # a subject comes next: "said that its jets hit", "that it was", a conjunction
        if doc.keys[k] in preds or any(tuple(doc.tokens[k:k + len(p)]) == p for p in v.anaphora_predicate_phrases):
            return True
        if w not in fillers:
            seen += 1
        k += 1
    return False


def _possessed(doc: Document, i: int) -> bool:
    """Is the noun at token ``i`` possessed: a possessive or a "'s" right before it, or
    before one adjective before it ("her current condition", "the victim's condition")?"""
    v, toks = doc.vocab, doc.tokens
    for k in (i - 1, i - 2):
        if k < 0 or doc.sentence_of[k] != doc.sentence_of[i]:
            return False
        if toks[k] in v.possessives or (toks[k] in v.apostrophe_clitics and k > 0 and toks[k - 1] == "'"):
            return True
        if toks[k] in PUNCT:
            return False
    return False


def _event_word(doc: Document, k: int) -> bool:
    """Does token ``k`` name a happening or its outcome (a type of the vocabulary)?"""
    v = doc.vocab
    got = v.exact_type(doc.tokens[k]) or v.type_of(doc.keys[k])
    return got is not None and got != "-"


def _place_tokens(doc: Document) -> set[int]:
    """Tokens inside place names: "تدمر" is Palmyra there, not "it destroys"."""
    out: set[int] = set()
    starts = doc.starts
    for p in doc.places():
        k = doc.token_at(p.start)
        while k < len(starts) and starts[k] < p.end:
            out.add(k)
            k += 1
    return out


def _time_tokens(doc: Document) -> set[int]:
    """Tokens inside time expressions: "the night of the attack" keeps ``attack``, but
    "منتصف الليل" or "عيد الأضحى" name no happening."""
    out: set[int] = set()
    starts = doc.starts
    for s, e in doc.time_spans:
        k = doc.token_at(s)
        while k < len(starts) and starts[k] < e:
            if starts[k] >= s:
                out.add(k)
            k += 1
    return out


def _left(doc: Document, t: Trigger, width: int) -> list[str]:
    """Up to ``width`` words before the trigger in its sentence, nearest first, stopping
    at punctuation."""
    out = []
    k = t.i - 1
    while k >= 0 and len(out) < width and doc.sentence_of[k] == t.sentence:
        w = doc.tokens[k]
        if w in _STOP:
            break
        out.append(w)
        k -= 1
    return out


#: How many words after a plannable happening an Arabic future verb may tell its plan.
_FUTURE_REACH = 4


def plannable(t: Trigger) -> bool:
    """Can the happening a trigger names be arranged ahead (a meeting, a vote, a protest,
    an exchange of prisoners, a funeral)?"""
    return (t.role == "happening" and t.family in _PLANNABLE) or t.type in PLANNABLE or t.type in SCHEDULED


def _right(doc: Document, t: Trigger, width: int) -> list[str]:
    out = []
    k = t.j
    n = len(doc.tokens)
    while k < n and len(out) < width and doc.sentence_of[k] == t.sentence:
        w = doc.tokens[k]
        if w in _STOP:
            break
        out.append(w)
        k += 1
    return out


#: How many words may come between a charge (an arrest, an accusation) and the crime it is
#: of: "sentenced the driver Monday to six years for the death".
_CHARGE_REACH = 8
#: Families whose happenings a charge may be of (not a raid an arrest is made in).
_CRIMES = ("violence.civilians", "violence.remote", "riot", "disaster")


def _charges(doc: Document, triggers: list[Trigger]) -> None:
    """Mark the crime each charge, arrest, trial or accusation (``taxonomy.ABOUT_EARLIER``)
    is of: the first word naming a happening after it in its sentence, past a preposition
    ("charged Tuesday with manslaughter", "accused of shooting his friend", "arrested in
    connection with the fatal shooting", ``اعتقل بتهمة قتل``), with the words glued to it
    ("fatal shooting", "shooting death").  The crime came before the charge: it is brought
    in as an earlier happening, and the charge's time is not its own."""
    v = doc.vocab
    toks = doc.tokens
    bound = v.bound_prepositions
    for n, j in enumerate(triggers):
        if j.type not in ABOUT_EARLIER or j.modality == "negated":
            continue
        k = n + 1
        if k >= len(triggers):
            continue
        t = triggers[k]
        if t.sentence != j.sentence or t.i - j.j > _CHARGE_REACH or t.role == "statement" \
                or not (t.role in ("outcome", "reference") or t.type == "violence" or t.type.startswith(_CRIMES)):
            continue
        between = toks[j.j:t.i]
        if any(w in COMMAS for w in between):
            continue
        if not (any(v.is_cue(w, v.prepositions) or w in v.object_prepositions for w in between)
                or any(w.startswith(p) and len(w) - len(p) >= 3 for p in bound for w in between + [toks[t.i]])):
            continue
        t.charged = j
        # the words of its noun phrase: "the fatal shooting", "the shooting death of"
        while k + 1 < len(triggers) and triggers[k + 1].i - triggers[k].j <= 1 \
                and triggers[k + 1].sentence == j.sentence and triggers[k + 1].role != "statement" \
                and not any(w in COMMAS for w in toks[triggers[k].j:triggers[k + 1].i]):
            k += 1
            triggers[k].charged = j


def _read_around(doc: Document, t: Trigger) -> None:
    v = doc.vocab
    cue = v.is_cue
    ar = doc.lang == "ar"
    left = _left(doc, t, _LINKED_OUTCOME_REACH)
    if t.role != "statement":
        t.modality = _modality(doc, t, left)
        if t.modality == "negated" and doc.tokens[t.i] in v.anaphora_pronouns:
            t.modality = "asserted"  # "never seen this before": the seeing is denied, not what "this" stands for
    elif _negated_speech(doc, left):
        t.modality = "negated"  # "ولم تعلن أي جهة مسؤوليتها", "police did not say": nobody spoke
    elif _protest_aim(doc, t):
        t.modality = "irrealis"  # "rallied to demand unpaid wages": what the protest asks for
    # novelty: "a second explosion" (before the noun in English), "هزة أرضية جديدة" (after
    # it in Arabic, an adjective may come between)
    t.novel = t.role in ("happening", "reference") and _novel(doc, t, left)
    # a happening brought in as what another one follows or answers ("in response to a
    # gas attack", "ردا على غارة", "بعد مقتل"): a clause the splitter opened at such a
    # word, or the word right before the trigger
    from .clauses import clause_words

    ew = clause_words(doc.lang)
    t.subordinate = doc.clause_at(t.start).prior or any(
        (w in ew.after_words or (ar and w[:1] == "و" and w[1:] in ew.after_words))
        and not ew.gerund(left[k - 1] if k else doc.tokens[t.i]) for k, w in enumerate(left[:2]))
    # definiteness: "the attack", "هذه العملية", "الهجوم"
    if ar:
        t.definite = _definite_ar(doc.tokens[t.i]) or any(w in v.definite for w in left[:1])
    else:
        # (a determiner that also opens a clause, "that", is one only right before a
        # singular: "that attack", but "reported that warplanes struck", "the man that shot")
        w0 = doc.tokens[t.i]
        plural = w0 in W.EN_PLURALS_WITHOUT_S or (w0.endswith("s") and not w0.endswith("ss"))
        t.definite = bool(left) and left[0] in v.definite and not (left[0] in v.relatives and plural) or (
            len(left) > 1 and left[1] in v.definite and left[1] not in v.relatives)


def _novel(doc: Document, t: Trigger, left: list[str]) -> bool:
    """Does the text call this happening a new or another one?  Arabic puts the word
    after the noun (``هزة أرضية جديدة``, ``انفجار ثان``), English before it, right
    before or past one adjective ("another nearby shooting") — but not after a copula
    ("this is the second shooting this week" is the one being told; "another was shot"
    is another person)."""
    v = doc.vocab
    if doc.lang == "ar":
        # the words after the head inside a phrase count too (``هجمات مماثلة بالمسيرات``)
        for w in doc.tokens[t.i + 1:t.j] + _right(doc, t, 2):
            if v.is_cue(w, v.novelty):
                return True
            if v.type_of(v.key(w)):
                return False  # another event word: the cue is not this one's
        return False
    for k, w in enumerate(left[:2]):
        if w in v.novelty:
            before = left[k + 1:k + 3]
            return not any(b in v.copulas for b in before)
        if k == 0 and (w in v.copulas or v.type_of(v.key(w))):
            return False
    return False


#: How far back (words, in its sentence) a speech word telling a protest's aim may find it.
_AIM_REACH = 8


def _protest_aim(doc: Document, t: Trigger) -> bool:
    """Is a speech word the aim of a protest told just before it ("rallied on Tuesday to
    demand unpaid wages", ``تظاهروا للمطالبة بأجورهم``, ``مظاهرات تنديدا بالحرب``)?"""
    v = doc.vocab
    toks = doc.tokens

    def aim(i: int) -> bool:
        w = toks[i]
        return (i > 0 and toks[i - 1].lower() in v.aim_words) \
            or any(w.startswith(p) and len(w) - len(p) >= 3 for p in v.aim_prefixes) \
            or any(w.endswith(x) and len(w) > 3 for x in v.aim_endings)

    if not aim(t.i):
        return False
    k, left, stop = t.i - 1, _AIM_REACH, max(-1, t.i - 1 - 4 * _AIM_REACH)
    while k > stop and left > 0 and doc.sentence_of[k] == t.sentence:
        # (a word's stem, or the word itself for a form its stem does not tell: "marched")
        ty = v.type_of(doc.keys[k]) or v.exact_type(toks[k])
        if ty is not None and family(ty) == "protest":
            return True
        if ty is not None and family(ty) == "statement" and aim(k):
            left = _AIM_REACH  # "to demand … and to denounce …": one aim after another
        k, left = k - 1, left - 1
    return False


def _negated_speech(doc: Document, left: list[str]) -> bool:
    """Is a speech word negated: a negation right before it (``لم تعلن``), or in English
    within three words ("did not say", "would not immediately comment"), or a refusal or an
    unanswered request before it ("declined to comment", ``رفض التعليق``)?"""
    reach = 3 if doc.lang == "en" else 1
    v = doc.vocab
    if any(v.is_cue(w, v.negations) for w in left[:reach]):
        return True
    # a refusal or a request with no answer: "declined to comment", "did not respond to a
    # request for comment", "رفض التعليق", "امتنع عن التعليق"
    return any(v.is_cue(w, v.speech_refusals) for w in left[:3 if doc.lang == "en" else 2])


def _presupposed(v, left: list[str], d: int) -> bool:
    """Is the intention cue ``left[d]`` a past one whose object is the trigger named by a
    definite or a possessive ("planned the shooting", "plotted his attack")?  A definite
    description presupposes the happening, which the plan was of; an indefinite one
    ("planned an attack") or a present ("plans the attack") tells only the intention."""
    if d == 0 or left[d] not in v.presupposing:
        return False
    return all(w in v.definite or w in v.possessives for w in left[:d])


#: Families of the event words that close the reach of an aim or a fear: it is about
#: the nearest happening ("خوفا من ارتدادات للهزات").
_BLOCKING_FAMILIES = frozenset({"violence", "disaster", "outcome"})


def _scope(doc: Document, left: list[str]) -> list[str]:
    """The words before a trigger (nearest first) that an aim, a threat or a fear can reach
    it across: up to another event word ("خوفا من ارتدادات للهزات": the aftershocks are
    feared, the tremors happened) or an "after" word ("الحذر خاصة بعد فيضان الأودية": what
    comes after it has happened)."""
    from .clauses import clause_words

    ew = clause_words(doc.lang)
    v = doc.vocab
    out = []
    for w in left:
        if w in ew.after_words or (doc.lang == "ar" and w[:1] == "و" and w[1:] in ew.after_words):
            break
        ty = v.type_of(v.key(w)) if out else None
        if ty is not None and ty.split(".")[0] in _BLOCKING_FAMILIES:
            break
        out.append(w)
    return out


def _definite_cue(doc: Document, k: int) -> bool:
    """Is the Arabic word at ``k``, one the senses data gives a sense that is no
    happening's word, written with the article ("الطالب", "والطالب"): a noun, never the
    verb it shares its letters with ("طالب", demanded)?  (A cue that is a noun itself,
    "الخطة", "التهديد", stays one.)"""
    v = doc.vocab
    if doc.lang != "ar" or k < 0:
        return False
    other = v.senses.get(doc.keys[k])
    return other is not None and other[0] == "-" and any(r.startswith("ال") for r in v.readings(doc.tokens[k]))


def _noun_cue(doc: Document, k: int) -> bool:
    """Is the word at ``k``, one the senses data gives a sense that is no happening's word
    ("طالب": demanded, and a student), that other sense here: with a word of that sense
    near it ("طالب جامعي"), or, in Arabic, right after a verb naming a happening or an
    outcome, whose subject or object it is ("قتل طالب برصاص قناص": a student was
    killed)?  Such a word is then no cue either (what follows is no demand)."""
    v = doc.vocab
    if k < 0:
        return False
    key = doc.keys[k]
    if key not in v.senses or v.senses[key][0] != "-":
        return False
    if _sense_near(doc, k, v.senses[key][1]):
        return True
    if doc.lang == "ar" and k > 0 and doc.sentence_of[k - 1] == doc.sentence_of[k]:
        before = v.exact_type(doc.tokens[k - 1]) or v.type_of(doc.keys[k - 1])
        if before not in (None, "-") and TYPES[before].role in ("happening", "outcome"):
            return True
    return False


def _vso_subject(doc: Document, t: Trigger, d: int, cue_word: str) -> bool:
    """Is the Arabic trigger the subject of the verb right before it ("وحذرت صفارات الإنذار
    من الهجوم": the sirens warned; what they warned of comes after, with its preposition)?
    The verb is one that brings in what it is about with a preposition, and the trigger
    carries none."""
    v = doc.vocab
    tok = doc.tokens[t.i]
    if doc.lang != "ar" or d != 0 or not v.is_cue(cue_word, v.irrealis_prepositional):
        return False
    return not (tok[:1] in v.glued_prepositions and v.type_of(v.key(tok[1:])))


def _future_phrase(v, left: list[str]) -> bool:
    """Is the trigger told after a copula and a phrase of the future ("is set to meet",
    "are expected to vote", "is due to travel")?  (The copula keeps out "due to" of a
    cause: "killed due to shelling".)  Asked of words naming a happening only: "are
    expected to recover" tells how the harm told will end, and is that harm's mention."""
    for ph in v.future_phrases:
        n = len(ph)
        if len(left) > n and tuple(reversed(left[:n])) == ph and left[n] in v.copulas:
            return True
    return False


#: How far back a negation reaches an outcome brought in by an outcome link (``عن``): the
#: negated verb, its subject of up to two words, the link and a verbal noun.
_LINKED_OUTCOME_REACH = 6


def _recurs_in_clause(doc: Document, t: Trigger) -> bool:
    """Does the trigger's clause hold a time that recurs ("each year", "every Friday",
    ``كل عام``: a TIMEX3 ``SET``), and no other time?"""
    c = doc.clause_at(t.start)
    kinds = doc.time_kinds_between(c.start, c.end)
    return TimexType.SET in kinds and len(kinds) == 1


def _modality(doc: Document, t: Trigger, left: list[str]) -> str:
    v = doc.vocab
    cue = v.is_cue
    fam = t.family
    # negation: a negation word right before the trigger, or before the verb whose
    # object an outcome is ("لم تسجل أي إصابات", "there were no injuries"); the subject
    # of a negated verb ("لم يسفر الهجوم عن إصابات": the attack) keeps its reading
    reach = 4 if t.role == "outcome" else (3 if doc.lang == "en" else 1)
    if t.role == "outcome" and any(w in v.outcome_links for w in left[:2]):
        reach = _LINKED_OUTCOME_REACH  # "لم ترد تقارير فورية عن سقوط ضحايا"
    governed = False  # a preposition before the happening closes the negation's reach:
    # "pleaded not guilty to murder", "no excuse for murder" deny the guilt, the excuse
    for d, w in enumerate(left[:reach], 1):
        if cue(w, v.negations) and not governed:
            if w in v.partitive_negations and d >= 3 and left[d - 2] in v.partitive_of \
                    and left[d - 3] in v.definite:
                continue  # "none of the injuries appear life-threatening": the injuries are
                # a given set, and what is denied is said of them
            if d == 1 or t.role == "outcome" or doc.lang == "en":
                return "negated"
        if t.role == "happening" and doc.lang == "en" and (w in v.prepositions or w in v.object_prepositions
                                                            or (d == 1 and w in v.definite)):
            governed = True  # (and a definite description presupposes its happening: "did
            # not know the shooter", "denies he committed the murder" deny the knowing)
        if cue(w, v.privatives) and (d <= 2 if doc.lang == "en" else (d == 1 or t.role == "outcome")):
            return "negated"  # "without injury", "دون وقوع إصابات"
    if left and cue(left[0], v.generic) and t.role in ("happening", "outcome") \
            and not any(cue(doc.tokens[k], v.negations) for k in range(max(0, t.i - 6), t.i - 1)
                        if doc.sentence_of[k] == doc.sentence_of[t.i]):
        # "rejects any attack", "أي اعتداء": no particular happening (under a negation the
        # negation decides: "didn't hear any gunshots" tells of shots not heard)
        return "irrealis"
    if _recurs_in_clause(doc, t):
        return "irrealis"  # "about 5,000 people die on the roads each year", "تقام كل جمعة":
        # a time that recurs dates no one happening of its clause, a habit or a statistic
    if t.role == "happening" and v.frequency:
        # "near-daily shelling", "قصف شبه يومي": how often it recurs, a habit
        told = left[:1] if doc.lang == "en" else _right(doc, t, 2)
        if any(cue(w, v.frequency) for w in told):
            return "irrealis"
    if t.role == "happening":
        for d, w in enumerate(left[:4]):
            if cue(w, v.habitual):
                if all(cue(x, v.perpetration) for x in left[:d]):
                    return "irrealis"  # "continues to carry out attacks": a habit
                break
            if not cue(w, v.perpetration):
                break
    head = doc.tokens[t.i]
    fv = get_language(doc.lang).data.future_verb
    # the future in the trigger's own form ("ستقصف"), read by the morphology: a past verb
    # whose root starts with the same letters ("سيطرت", "سقطت") is none
    # a plan of a meeting or a vote is a plan whatever its object's article; the past plan
    # of a violent happening named definitely presupposes it (:func:`_presupposed`)
    violent = fam in ("violence", "disaster", "outcome") or t.role == "outcome"
    future = any(cue(w, v.future) and not (violent and _presupposed(v, left, d))
                 for d, w in enumerate(left[:3])) or (t.role == "happening" and _future_phrase(v, left)) or (
        fv is not None and v.future_prefixes and head.startswith(v.future_prefixes) and len(head) > 3 and fv(head))
    if fam in _PLANNABLE or t.type in PLANNABLE:
        if not future:
            # the future told after the noun ("a vigil will be held Friday", "the vote is
            # scheduled for"), or in the Arabic verb before it ("ستقام الجنازة", "سيعقد الاجتماع")
            future = any(cue(w, v.future) for w in _right(doc, t, 2))
            if not future and fv is not None:
                # ... or in an Arabic verb before it or after its phrase ("المرحلة الثانية من
                # صفقة التبادل مع الحكومة ستنفذ الأسبوع المقبل")
                future = any(len(w) > 3 and fv(w) for w in left[:2] + _right(doc, t, _FUTURE_REACH))
        if future or t.type in SCHEDULED:
            return "planned"
    if violent or fam in _PLANNABLE:
        # (what is called for, threatened or aimed at has not happened: "دعا إلى وقف إطلاق
        # النار", "هدد بالانسحاب", "الجهود الرامية إلى التهدئة", as "plans to attack")
        if future or any(cue(w, v.irrealis) and not _presupposed(v, left, d) and not _vso_subject(doc, t, d, w)
                         and not _noun_cue(doc, t.i - 1 - d) and not _definite_cue(doc, t.i - 1 - d)
                         for d, w in enumerate(_scope(doc, left[:4]))):
            return "irrealis"
    if violent:
        for d, w in enumerate(left[:3]):
            if w in v.perfect_auxiliaries:
                break  # "may have shot", "could have been killed": it happened
            if cue(w, v.modals) and d <= 2:
                return "irrealis"
    return "asserted"


def speech_participle(doc: Document, t: Trigger) -> bool:
    """Is an English speech verb an -ing form with no subject of its own, after a comma,
    "while" or "and" ("…, saying the strikes would go on", "while also warning that …")?
    It is said by the subject of the clause it hangs on."""
    from .clauses import clause_words

    if doc.lang != "en" or not clause_words("en").gerund(doc.tokens[t.i]):
        return False
    v = doc.vocab
    k = t.i - 1
    while k >= 0 and doc.sentence_of[k] == t.sentence and doc.tokens[k] in v.participle_adverbs:
        k -= 1
    return k >= 0 and doc.sentence_of[k] == t.sentence and doc.tokens[k] in v.participle_links
