"""Step 3: one event per happening within an article.

The triggers of an article are read in order and each joins the event it refers to, or
starts a new one:

* an **outcome** (killed, wounded, the toll, damage, interceptions, sirens) joins a
  happening that can cause it (``timeline.taxonomy.can_cause``): the one in its own
  sentence first, else the most salient recent one;
* a **back-reference** ("the incident", ``العملية``, ``الحادث``) joins the most salient
  happening told so far (the article's main event, usually);
* a **happening** joins an earlier event of a compatible type (the same node, a more or
  less specific one, a sibling: an air strike and a missile strike) unless the two are
  dated apart, or the text calls it new or another ("a second explosion", ``هزة جديدة``);
* a **statement** (``أعلن``, "said", ``بيان``) is an event of its own: speech words of the
  same speaker close together (``قالت الوزارة في بيانها``, "he added") are one statement;
  a statement points to the happening it reports (``about``).

Triggers that are negated or only an aim ("plans to attack") are not events.

>>> from timeline.text import normalize
>>> from timeline.events.document import Document
>>> from timeline.events.mentions import find_triggers
>>> text = "A gunman opened fire at a bar, killing two. A second explosion hit the gate. Police said the attack was planned."
>>> doc = Document.read("a", normalize(text), "en", [])
>>> ts = find_triggers(doc)
>>> events = group_events(doc, ts)
>>> [[doc.norm.text[t.start:t.end] for t in e.triggers] for e in events]
[['gunman', 'opened fire', 'killing', 'attack'], ['explosion', 'hit'], ['said']]
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Optional

from ..lang.taxonomy import can_cause, family, similarity
from ..timex import TimeMention
from .document import PUNCT, Document
from .mentions import Trigger

__all__ = ["Draft", "group_events", "overlapping"]

_INCIDENTS = frozenset({"violence", "disaster", "riot", "protest"})
_ACTS = frozenset({"violence", "political", "strategic", "protest", "riot"})
_NAMING = frozenset({"happening", "reference"})

#: How far apart two times of one article may be and still date one happening (hours).
#: One writer keeps one clock: "Sunday" and "Monday morning" are two days, while "Friday
#: night" and "early Saturday" already overlap as parts of day.
TOLERANCE_H = 3.0
#: How long after its cause an outcome may be told (a victim dies weeks later).
OUTCOME_AFTER = timedelta(days=60)


class Draft:
    """An event of one article while it is being read."""

    __slots__ = ("index", "kind", "modality", "triggers", "type", "speaker", "about", "main", "novel",
                 "time", "time_basis", "interval", "first")

    def __init__(self, index: int, kind: str, modality: str):
        self.index = index
        self.kind = kind
        self.modality = modality
        self.triggers: list[Trigger] = []
        self.type: Optional[str] = None       # most specific happening (or statement) type
        self.speaker: Optional[frozenset[str]] = None
        self.about: Optional[int] = None
        self.main = False
        self.novel = False
        self.time: Optional[TimeMention] = None
        self.time_basis = "none"
        self.interval = None
        self.first = False  # the article's first happening

    def add(self, t: Trigger) -> None:
        self.triggers.append(t)
        t.event = self.index
        if t.role in ("happening", "statement"):
            if self.type is None or _finer(t.type, self.type):
                self.type = t.type
        if t.novel and len(self.triggers) == 1:
            self.novel = True

    @property
    def last_sentence(self) -> int:
        return self.triggers[-1].sentence

    def times(self) -> list[TimeMention]:
        """The times that date the happening itself: those of its words naming it (not of
        its outcomes, whose time may be later or belong to something else nearby), all
        of them when only outcomes carry one."""
        own = [t.time for t in self.triggers if t.time is not None and t.role != "outcome"]
        return own or [t.time for t in self.triggers if t.time is not None]

    def __repr__(self) -> str:
        return f"Draft({self.index}, {self.kind}, {self.type}, {len(self.triggers)} triggers)"


def _doer(t: Trigger) -> Optional[str]:
    """Who did what a trigger names, when it is an armed group, a force or a government
    (a bare country or a person named nearby says too little)."""
    a = t.actor1
    if t.role not in _NAMING or a is None or a.kind in ("country", "person", "civilians"):
        return None
    return a.part_of or a.id


def _specific(type_id: str) -> bool:
    """A leaf three levels deep names a kind of weapon or act ("violence.remote.air")."""
    return type_id.count(".") >= 2


def _finer(a: str, b: str) -> bool:
    """Is type ``a`` more specific than ``b`` (deeper in the tree)?"""
    return a.count(".") > b.count(".")


def overlapping(a: TimeMention, b: TimeMention, hours: float = TOLERANCE_H) -> bool:
    """Do two dated times overlap once each is widened by ``hours``?"""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return True
    pad = timedelta(hours=hours)
    return ia.start - ib.end < pad and ib.start - ia.end < pad


def _follows(a: TimeMention, b: TimeMention) -> bool:
    """Does ``a`` come after ``b`` (an effect after its cause), within
    :data:`OUTCOME_AFTER`?"""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return True
    return ib.start - ia.start <= timedelta(hours=TOLERANCE_H) and ia.start - ib.end <= OUTCOME_AFTER


def group_events(doc: Document, triggers: list[Trigger]) -> list[Draft]:
    """The article's events (see the module docstring), in order of first mention."""
    events: list[Draft] = []
    last_statement: Optional[Draft] = None
    live = [t for t in triggers if t.modality in ("asserted", "planned")]
    # first the words naming happenings and statements, in text order; then outcomes and
    # back-references, which may come before their cause ("مقتل 6 … جراء الضربة")
    for t in live:
        if t.role == "statement":
            t.speaker = frozenset({"actor:" + t.actor1.id}) if t.actor1 is not None else _speaker(doc, t)
            e = _statement_event(t, last_statement)
            if e is None:
                e = Draft(len(events), "statement", "asserted")
                e.speaker = t.speaker
                events.append(e)
            elif e.speaker is None:
                e.speaker = t.speaker
            e.add(t)
            last_statement = e
        elif t.role == "happening" and not _LEARNED:
            _join(t, events)
    if _LEARNED:
        naming = [t for t in live if t.role != "statement"]
        for group in _pairwise_groups(naming):
            e = Draft(len(events), "happening", naming[group[0]].modality)
            for k in group:
                e.add(naming[k])
            events.append(e)
    else:
        for t in live:
            if t.role in ("outcome", "reference"):
                _join(t, events)
    for e in events:
        e.triggers.sort(key=lambda t: t.start)
    order = sorted(events, key=lambda e: e.triggers[0].start)
    for k, e in enumerate(order):
        e.index = k
        for t in e.triggers:
            t.event = k
    events = order
    first = next((e for e in events if e.kind == "happening"), None)
    for e in events:
        e.first = e is first
    _point_statements(events, triggers)
    _choose_main(events)
    return events


_LEARNED = __import__("os").environ.get("TL_COREF", "learned") == "learned"
#: Articles with up to this many triggers compare them all; longer texts (a feed dumped
#: as one article, adversarial input) compare each with the next :data:`PAIR_WINDOW`
#: only, which keeps them linear.
ALL_PAIRS = 150
PAIR_WINDOW = 60


def _pairwise_groups(triggers: list[Trigger]) -> list[list[int]]:
    """Groups of the triggers naming one happening: every pair within
    :data:`PAIR_WINDOW` scored by the fitted model (:mod:`.pairs`), then average linkage
    (:func:`timeline.linking.cluster.cluster`)."""
    from ..linking.cluster import cluster
    from .pairs import Facts, load_model, pair_facts

    model = load_model()
    facts = [Facts(t) for t in triggers]
    prob = model.probability
    scores: dict[tuple[int, int], float] = {}
    n = len(triggers)
    width = n if n <= ALL_PAIRS else PAIR_WINDOW
    for i, fa in enumerate(facts):
        for j in range(i + 1, min(n, i + 1 + width)):
            x = pair_facts(fa, facts[j])
            if x:  # (two triggers dated apart are not scored: their average falls)
                scores[(i, j)] = prob(x)
    return cluster(n, scores, model.threshold)


def _join(t: Trigger, events: list[Draft]) -> None:
    e = _happening_event(t, events)
    if e is None:
        e = Draft(len(events), "happening", t.modality)
        e.first = not any(x.kind == "happening" for x in events)
        events.append(e)
    e.add(t)


# -- happenings ---------------------------------------------------------------------------

def _happening_event(t: Trigger, events: list[Draft]) -> Optional[Draft]:
    best: Optional[tuple[float, Draft]] = None
    for e in events:
        if e.kind != "happening" or e.modality != t.modality:
            continue
        score = _fit(t, e)
        if score is not None and (best is None or score > best[0]):
            best = (score, e)
    return best[1] if best else None


def _fit(t: Trigger, e: Draft) -> Optional[float]:
    """How well trigger ``t`` fits event ``e`` (higher is better), ``None`` when it cannot
    be the same happening."""
    # one sentence, two happenings: the one a subordinate clause brings in ("… in
    # response to a gas attack", "بعد مقتل …") is not the one of the main clause
    # (one act answering another: "strikes in response to a gas attack"; a natural
    # hazard and what it brings, rain and the floods "على إثر الأمطار", stay one)
    if t.role in _NAMING and (t.family in _ACTS or t.role == "reference") and any(
            x.sentence == t.sentence and x.role in _NAMING and x.subordinate != t.subordinate
            and (x.family in _ACTS or x.role == "reference") for x in e.triggers):
        return None
    sim = 1.0
    if t.role == "happening":
        if t.novel:
            return None  # "a second explosion": not one told before
        if e.type is not None:
            sim = similarity(t.type, e.type)
            if sim <= 0.0 or (sim < 0.5 and _specific(t.type) and _specific(e.type)):
                return None  # a chemical attack is not a missile strike
    elif t.role == "reference" and e.type is not None and family(e.type) not in _INCIDENTS:
        return None  # "the incident", "العملية": a violent or natural happening, not a meeting
    elif t.role == "outcome":
        if e.type is not None and not can_cause(e.type, t.type):
            return None
    # a clause its own date opens tells an episode of its own: it joins an event dated
    # alike, not one the article left undated ("… أطلق التحالف صواريخ … وفي 18 ديسمبر،
    # قتل عنصر خلال عملية إنزال": the raid of the 18th is not today's strikes)
    if t.episode and t.role in _NAMING and not any(
            x.time is not None and x.sentence != t.sentence for x in e.triggers if x.role in _NAMING) \
            and all(x.sentence != t.sentence for x in e.triggers):
        return None
    # dated apart: another happening.  An outcome's own time does not part it from its
    # cause (a victim shot on Saturday dies on Monday; a toll is counted the next
    # morning), nor does a clock time whose day the text left out.
    timing = 0.0
    if t.time is not None and "day_inferred" not in t.time.flags:
        for et in e.times():
            if "day_inferred" in et.flags:
                continue
            if overlapping(t.time, et):
                continue
            if t.role == "outcome" and _follows(t.time, et):
                timing = -1.5  # an outcome told later than its cause: rather one dated alike
                continue
            return None
    # done by another armed group or force ("قوات الأمن السورية شنت عملية" is not the
    # coalition's strikes; "الهجوم الداعشي" is not the American raid)
    mine = _doer(t)
    if mine is not None:
        theirs = {d for d in map(_doer, e.triggers) if d is not None}
        if theirs and mine not in theirs:
            timing -= 2.0
    gap = min(abs(t.sentence - x.sentence) for x in e.triggers)
    if sim < 0.5 and gap > 1:
        return None  # a loose kinship of types holds only next to each other
    score = 2.0 * sim - 0.3 * gap + 0.2 * math.log1p(len(e.triggers)) + timing
    if gap == 0:
        score += 3.0
    if any(x.key == t.key for x in e.triggers):
        score += 1.5  # the same word again ("the strike … the strike")
    if t.role == "reference" or t.definite:
        # a back-reference points at what the story is about: the most told, and the
        # first told (the topic of a news story is its first happening)
        score += 0.5 * len(e.triggers) ** 0.5 + (0.7 if e.first else 0.0)
    return score


# -- statements ---------------------------------------------------------------------------

def _statement_event(t: Trigger, last: Optional[Draft]) -> Optional[Draft]:
    """The statement a speech trigger continues: the last one, when it is in the same
    sentence, or close by and of the same (or an unnamed) speaker."""
    if last is None:
        return None
    gap = t.sentence - last.last_sentence
    if gap == 0 and (t.speaker is None or last.speaker is None or t.speaker & last.speaker):
        return last
    if gap <= 2 and (t.speaker is None or (last.speaker is not None and t.speaker & last.speaker)):
        return last
    return None


def _speaker(doc: Document, t: Trigger) -> Optional[frozenset[str]]:
    """The words naming who speaks: the subject before an English speech verb or after it
    ("…, police said", "said Gen. McKenzie"), the words after an Arabic one (``قالت وزارة
    الدفاع``); ``None`` for a pronoun or nobody ("he added", ``وأضاف``)."""
    v = doc.vocab
    toks = doc.tokens
    n = len(toks)
    stop = v.determiners | v.pronouns | v.relatives

    def run(ks: range) -> list[str]:
        out = []
        for k in ks:
            if k < 0 or k >= n or doc.sentence_of[k] != t.sentence:
                break
            w = toks[k]
            if w in PUNCT or v.type_of(doc.keys[k]) or w.isdecimal():
                break
            if w in v.pronouns:
                return []
            if w not in stop and len(w) > 1:
                out.append(doc.keys[k])
            if len(out) >= 3:
                break
        return out

    if doc.lang == "ar":
        words = run(range(t.j, t.j + 4))
    else:
        words = run(range(t.i - 1, t.i - 5, -1)) or run(range(t.j, t.j + 3))
    return frozenset(words) or None


def _point_statements(events: list[Draft], triggers: list[Trigger]) -> None:
    """A statement reports the first happening told after its first speech word in the
    same sentence (``أعلن الجيش عزل الرئيس``: the ousting)."""
    for e in events:
        if e.kind != "statement":
            continue
        t0 = e.triggers[0]
        for t in triggers:
            if t.sentence == t0.sentence and t.start > t0.start and t.event is not None \
                    and events[t.event].kind == "happening":
                e.about = t.event
                break


def _choose_main(events: list[Draft]) -> None:
    """The article's main event: the happening told most in its first three sentences'
    events (the headline and lead), the earliest on a tie."""
    lead = [e for e in events if e.kind == "happening" and e.triggers[0].sentence <= 2]
    pool = lead or [e for e in events if e.kind == "happening"]
    if pool:
        best = max(pool, key=lambda e: (len(e.triggers), -e.index))
        best.main = True
