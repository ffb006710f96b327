"""Step 3: one event per happening within an article.

**Happenings.** Every pair of words naming a happening, an outcome or a back-reference
(``الهجوم``, "shot", "killed", "the incident", "it happened") is scored by a model of
trigger pairs (:mod:`.pairs`: one sentence or clause, types in the taxonomy, times, the
episodes dated clauses open, who did it, where, subordination), fitted on annotated
articles (``benchmarks/train_coref.py``).  Pairs that cannot be one happening are not
scored: dated apart by their own times (an outcome may come later than its cause), one
answering the other in one sentence ("strikes in response to a gas attack"), called new
("a second explosion"), of types that exclude each other (a chemical attack and a
missile strike; a quake and a vote), one planned and the other done.  Average linkage
over the scores groups the triggers (:func:`timeline.cluster.cluster`).

**Statements** (``أعلن``, "said", ``بيان``) are events of their own: speech words of the
same speaker close together (``قالت الوزارة في بيانها``, "he added") are one statement,
and a statement points to the happening it reports (``about``).

Triggers that are negated or only an aim ("plans to attack") are not events.

>>> from timeline.text import normalize
>>> from timeline.events.document import Document
>>> from timeline.events.mentions import find_triggers
>>> text = "A gunman opened fire at a bar, killing two. Police said the attack was planned. A second explosion hit the gate."
>>> doc = Document.read("a", normalize(text), "en", [])
>>> ts = find_triggers(doc)
>>> events = group_events(doc, ts)
>>> [[doc.norm.text[t.start:t.end] for t in e.triggers] for e in events]
[['gunman', 'opened fire', 'killing', 'attack'], ['said'], ['explosion', 'hit']]
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from ..cluster import cluster
from ..timex import TimeMention
from .document import PUNCT, Document
from .mentions import Trigger, speech_participle

__all__ = ["Draft", "group_events"]



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




def _finer(a: str, b: str) -> bool:
    """Is type ``a`` more specific than ``b`` (deeper in the tree)?"""
    return a.count(".") > b.count(".")




def group_events(doc: Document, triggers: list[Trigger]) -> list[Draft]:
    """The article's events (see the module docstring), in order of first mention."""
    events: list[Draft] = []
    last_statement: Optional[Draft] = None
    live = [t for t in triggers if t.modality in ("asserted", "planned")]
    speech = [t for t in live if t.role == "statement"]
    # "they added", "he said", "…, saying", "while also warning": the last speaker goes on
    continues = {id(t) for t in speech if _pronoun_subject(doc, t) or speech_participle(doc, t)}
    for t in speech:
        if id(t) in continues:
            t.speaker = None  # whoever spoke last
        else:
            t.speaker = frozenset({"actor:" + t.actor1.id}) if t.actor1 is not None else _speaker(doc, t)
            if t.speaker is not None and t.actor1 is None and t.speaker <= doc.vocab.speakers_back:
                # "the ministry said": the body named last with that noun ("… according to
                # the Lebanese health ministry. The ministry said …"), else the last speaker
                named = _named_before(doc, t)
                t.speaker = frozenset({"actor:" + named.id}) if named is not None else None
                t.actor1 = named  # (None stays None)
    for k in range(len(speech) - 2, -1, -1):
        # "In a statement Sunday, the minister said …": a speech word whose speaker is
        # named only by the next one in its sentence is that speaker's
        t = speech[k]
        if t.speaker is None and id(t) not in continues and speech[k + 1].sentence == t.sentence:
            t.speaker = speech[k + 1].speaker
    for t in speech:
        e = _statement_event(t, last_statement)
        if e is None:
            e = Draft(len(events), "statement", "asserted")
            e.speaker = t.speaker
            events.append(e)
        elif e.speaker is None:
            e.speaker = t.speaker
        e.add(t)
        last_statement = e
    naming = [t for t in live if t.role != "statement"]
    for group in _pairwise_groups(naming):
        if all(doc.tokens[naming[k].i] in doc.vocab.anaphora_pronouns
               or doc.tokens[naming[k].i] in doc.vocab.evaluated_references for k in group):
            continue  # a pronoun ("it", "a terrible thing") with nothing told before it
            # to stand for names no happening
        if all(naming[k].j - naming[k].i == 1 and doc.tokens[naming[k].i] in doc.vocab.doer_nouns
               for k in group):
            continue  # "gunmen", "the attackers" alone name who, not what happened
        e = Draft(len(events), "happening", naming[group[0]].modality)
        for k in group:
            e.add(naming[k])
        events.append(e)
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


#: Articles with up to this many triggers compare them all; longer texts (a feed dumped
#: as one article, adversarial input) compare each with the next :data:`PAIR_WINDOW`
#: only, which keeps them linear.
ALL_PAIRS = 150
PAIR_WINDOW = 60


def _pairwise_groups(triggers: list[Trigger]) -> list[list[int]]:
    """Groups of the triggers naming one happening: every pair within
    :data:`PAIR_WINDOW` scored by the fitted model (:mod:`.pairs`), then average linkage
    (:func:`timeline.cluster.cluster`)."""
    from .pairs import APART, Facts, kept_apart, load_model, pair_facts

    model = load_model()
    facts = [Facts(t) for t in triggers]
    prob = model.probability
    scores: dict[tuple[int, int], float] = {}
    cannot: list[tuple[int, int]] = []
    n = len(triggers)
    width = n if n <= ALL_PAIRS else PAIR_WINDOW
    for i, fa in enumerate(facts):
        for j in range(i + 1, min(n, i + 1 + width)):
            x = pair_facts(fa, facts[j])
            if x is APART or kept_apart(fa.t, facts[j].t):
                cannot.append((i, j))
            elif x is not None:
                scores[(i, j)] = prob(x)
    return cluster(n, scores, model.threshold, cannot)





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


def _pronoun_subject(doc: Document, t: Trigger) -> bool:
    """Is an English speech verb's subject a pronoun right before it ("they added", "he
    said")?  Its speaker is then the one told before, whatever actor the clause names."""
    return doc.lang == "en" and t.i > 0 and doc.sentence_of[t.i - 1] == t.sentence \
        and doc.tokens[t.i - 1].lower() in doc.vocab.pronouns


def _named_before(doc: Document, t: Trigger):
    """The actor a body noun after a speech word ("the ministry", ``الوزارة``) points back
    at: the last actor named before it, within the three sentences before, whose own name
    holds that noun (``وزارة الصحة اللبنانية``, "Lebanon's health ministry"), if any."""
    from .actors import find_actors

    v = doc.vocab
    heads = {doc.keys[k] for k in range(t.j, min(len(doc.tokens), t.j + 3))
             if doc.sentence_of[k] == t.sentence and doc.keys[k] in v.speakers_back} | \
        {doc.keys[k] for k in range(max(0, t.i - 3), t.i)
         if doc.sentence_of[k] == t.sentence and doc.keys[k] in v.speakers_back}
    if not heads:
        return None
    first = doc.sentences[max(0, t.sentence - 3)][0]
    for m in reversed(find_actors(doc.norm, doc.lang, first, t.start)):
        if m.actor.kind in ("person", "country", "civilians", "protesters") or m.actor.country == "" \
                and m.actor.kind in ("government", "state_forces", "police"):
            continue  # (a body of no country named, "وزارة الخارجية": the last speaker's)
        lo, hi = doc.token_at(m.start), doc.token_at(max(m.start, m.end - 1))
        if any(doc.keys[k] in heads for k in range(lo, hi + 1)):
            return m.actor
    return None


def _speaker(doc: Document, t: Trigger) -> Optional[frozenset[str]]:
    """The words naming who speaks: the subject before an English speech verb or after it
    ("…, police said", "said Gen. McKenzie"), the words after an Arabic one (``قالت وزارة
    الدفاع``); ``None`` for a pronoun or nobody ("he added", ``وأضاف``)."""
    from .clauses import clause_words

    v = doc.vocab
    toks = doc.tokens
    n = len(toks)
    stop = v.determiners | v.pronouns | v.relatives
    content = clause_words(doc.lang).complementizers  # what was said begins: no speaker named

    def run(ks: range) -> list[str]:
        out = []
        for k in ks:
            if k < 0 or k >= n or doc.sentence_of[k] != t.sentence:
                break
            w = toks[k]
            if w in PUNCT or w in content or w.isdecimal() or doc.in_time(k) \
                    or (v.type_of(doc.keys[k]) and doc.keys[k] not in v.speakers_back):
                break  # (a body that speaks is no event word: الوزارة is not زار, "visited")
            if w in v.pronouns or (w in v.continuations and not out):
                return []  # "he added", "وأعلن أيضا …": the last speaker goes on
            if w in v.continuations:
                break
            if w in v.prepositions:
                break  # the noun phrase naming the speaker ends here
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
    same sentence (``أعلن الجيش عزل الرئيس``: the ousting), or else the last one told
    before it there (an attribution that follows what it attributes: "the blast killed
    seven, the civil defence said"); a statement whose sentence tells no happening ("He
    vowed to punish those behind it") reports the last one told before it."""
    told = sorted((t for t in triggers if t.event is not None and events[t.event].kind == "happening"),
                  key=lambda t: t.start)
    starts = [t.start for t in told]
    for e in events:
        if e.kind != "statement":
            continue
        t0 = e.triggers[0]
        k = bisect_left(starts, t0.start)  # told[:k] come before the speech word
        if k < len(told) and told[k].sentence == t0.sentence:
            e.about = told[k].event  # the first happening after it in its sentence
        elif k > 0:
            # the last one before it (in its sentence or earlier); a back-reference right
            # before it stands for the word naming the happening earlier in its sentence
            # ("قتل في الهجوم ...، وهي العملية التي أدانها", "the attack, an act he condemned")
            k -= 1
            if told[k].role == "reference":
                j = k
                while j > 0 and told[j - 1].sentence == told[k].sentence and told[j - 1].role == "reference":
                    j -= 1
                if j > 0 and told[j - 1].sentence == told[k].sentence:
                    k = j - 1
            e.about = told[k].event


def _choose_main(events: list[Draft]) -> None:
    """The article's main event: the happening told most in its first three sentences'
    events (the headline and lead), the earliest on a tie."""
    lead = [e for e in events if e.kind == "happening" and e.triggers[0].sentence <= 2]
    pool = lead or [e for e in events if e.kind == "happening"]
    if pool:
        best = max(pool, key=lambda e: (len(e.triggers), -e.index))
        best.main = True
