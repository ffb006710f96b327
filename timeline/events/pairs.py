"""What two trigger mentions of one article have in common: the evidence that they name
one happening, weighed by a model fitted on annotated articles.

:func:`pair_vector` gives a pair's features (:data:`NAMES`) or ``None`` when the two
cannot be one happening: dated apart (an outcome may come later than its cause), told
in one sentence as one act answering another ("strikes in response to a gas attack"),
called new ("a second explosion"), of types that exclude each other (a chemical attack
and a missile strike; a quake and a vote), one planned and the other done.
:func:`load_model` gives the logistic-regression weights shipped in
``coref_weights.json``, fitted by ``benchmarks/train_coref.py``.

>>> NAMES[:3]
('bias', 'same_sentence', 'same_clause')
"""

from __future__ import annotations

import json
import math
from datetime import timedelta
from functools import lru_cache
from operator import mul
from importlib import resources
from typing import Optional

import attrs

from ..timex import Granularity, whole_days
from ..lang.taxonomy import BY_PARTICIPANTS, INTERVENTION, can_cause, family, similarity
from .actors import body_of
from .mentions import Trigger

__all__ = ["NAMES", "Facts", "APART", "kept_apart", "pair_vector", "pair_facts", "CorefModel", "load_model"]

NAMES: tuple[str, ...] = (
    "bias",
    "same_sentence",     # both in one sentence
    "same_clause",
    "type_same",         # the same node of the taxonomy
    "type_sim",          # taxonomy similarity of the two happenings (0.5: an outcome and a possible cause)
    "outcome_pair",      # one or both name an outcome (killed, wounded, the toll)
    "reference",         # one is a back-reference ("the incident", العملية, "it happened")
    "same_word",         # the same word again ("the strike … the strike")
    "dated_alike",       # both carry a time and the times overlap
    "dated_soft_apart",  # times shared from a clause that do not overlap
    "dated_apart",       # their own times do not overlap: 1 + log(1 + days between them)
    "one_dated",         # only one carries a time
    "episode_diff",      # one sits in a clause its own date opens, the other not
    "later_definite",    # the later one is definite ("the attack", الهجوم)
    "doer_same",         # the same armed group, force or government did both
    "doer_apart",        # different ones did them
    "place_same",        # a place in common (or one inside the other)
    "place_apart",       # places apart
    "subordinate",       # one is brought in by "after", "in response to" (another sentence)
)

_NAMING = frozenset({"happening", "reference"})
#: Times a trigger shares with others (its clause's, or its lead's for a headline word),
#: not told by its own words.
_SHARED = frozenset({"clause", "lead"})
_ACTS = frozenset({"violence", "political", "strategic", "protest", "riot"})
_INCIDENTS = frozenset({"violence", "disaster", "riot", "protest"})
_TOLERANCE_H = 3.0
_OUTCOME_AFTER_DAYS = 60


def _overlap(a, b, hours: float = _TOLERANCE_H) -> bool:
    """Do two times overlap once widened by ``hours``?  (Differences of datetimes, which
    cannot overflow near year 1 or 9999.)"""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return True
    pad = timedelta(hours=hours)
    return ia.start - ib.end < pad and ib.start - ia.end < pad


def _meet(a, b) -> bool:
    """Do two times share an instant (touching is not meeting)?"""
    ia, ib = a.interval, b.interval
    return ia is None or ib is None or (ia.start < ib.end and ib.start < ia.end)


def _follows(later, earlier) -> bool:
    """An outcome's time at or after its cause's, within two months."""
    ia, ib = later.interval, earlier.interval
    if ia is None or ib is None:
        return True
    return ib.start - ia.start <= timedelta(hours=_TOLERANCE_H) \
        and ia.start - ib.end <= timedelta(days=_OUTCOME_AFTER_DAYS)


#: Two happenings their time expressions put more than half a year apart are set apart
#: for good (a quake of September is not the tremor of March); nearer ones are weighed by
#: the model (a time next to the wrong word is common: a court date beside "the
#: shooting").  (Chosen on held-out folds among 30, 90, 180 and 365 days, once clause
#: times went only to words of the same kind: within-article F1 with 365 / 180 / 90 / 30
#: days, dev 0.933 / 0.949 / 0.949 / 0.949, GVC 0.956 / 0.955 / 0.946 / 0.926.)
_YEARS_APART = 180.0


#: Two happenings each dated to a day or a week by words right next to them ("the attack
#: on December 27th", "the strike on Thursday", "the attack of last week") whose times do
#: not meet, even with the clock tolerance, are set apart for good: a time told that close
#: is the happening's own ("the raid at dawn on the 18th" is not "the strikes on Friday").
#: (Two days until this stop; held-out within-article F1 with 0: dev 0.924 -> 0.933, GVC
#: 0.954 -> 0.956, round-ups 0.718 -> 0.722.)
_NEAR_DAYS_APART = 0.0


#: How long before the day of its report a happening told as its news may have been
#: (``Trigger.reported``): a report of Saturday tells what happened that day or the night
#: before, not the raid of Thursday the article goes on to tell.
REPORT_DAYS = 1.0


def _news_of_later_report(f: Trigger, o: Trigger) -> bool:
    """Is ``o``, undated, the news of a report told days after ``f``'s own time?"""
    r = o.reported
    if r is None or f.time is None or f.time.interval is None:
        return False
    # a day, or a clock time with the clock tolerance ("late Thursday" may be Friday's news)
    slack = timedelta(hours=0 if whole_days(f.time) else _TOLERANCE_H)
    return r.start - f.time.interval.end >= timedelta(days=REPORT_DAYS) + slack


def _breaks_up(a: Trigger, b: Trigger) -> bool:
    """Is one the force that broke up the other, a protest ("injured when police moved in
    to disperse the protesters")?  It answers the protest by nature, as part of it."""
    return INTERVENTION in (a.type, b.type) and family(a.type) == family(b.type) == "protest"


def _day_or_finer(tm) -> bool:
    g = tm.granularity
    return tm.interval is not None and g is not None and g.rank <= Granularity.DAY.rank


def _fine(tm) -> bool:
    """Is a time a week or finer ("Friday", "last week", ``نهاية الأسبوع الماضي``)?"""
    g = tm.granularity
    return g is not None and g.rank <= Granularity.WEEK.rank


def _days_apart(a, b) -> float:
    """Days between two intervals (0 when they overlap)."""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return 0.0
    gap = max(ia.start - ib.end, ib.start - ia.end)
    return max(0.0, gap.total_seconds() / 86400)


def _specific(type_id: str) -> bool:
    return type_id.count(".") >= 2


def _doer(t: Trigger) -> Optional[str]:
    a = t.actor1
    if t.role not in _NAMING or a is None or a.kind in ("country", "person", "civilians"):
        return None
    return a.part_of or a.id


def _bodies(t: Trigger) -> frozenset[str]:
    """The bodies a trigger's roles name (:func:`timeline.events.actors.body_of`)."""
    return frozenset(b for b in (body_of(a) for a in (t.actor1, t.actor2) if a is not None) if b)


def _firm(t: Trigger) -> bool:
    return t.time is not None and "day_inferred" not in t.time.flags


def _types_fit(a: Trigger, b: Trigger) -> Optional[float]:
    """The type evidence of a pair, ``None`` when the types exclude one happening."""
    ra, rb = a.role, b.role
    if ra == rb == "happening":
        sim = similarity(a.type, b.type)
        if sim <= 0.0 or (sim < 0.5 and _specific(a.type) and _specific(b.type)):
            return None
        return sim
    if "reference" in (ra, rb):
        other = b if ra == "reference" else a
        if other.role == "happening" and family(other.type) not in _INCIDENTS:
            return None
        return 0.5
    if ra == "outcome" and rb == "outcome":
        return 1.0 if a.type == b.type else 0.5
    cause, effect = (a, b) if ra == "happening" else (b, a)
    return 0.5 if can_cause(cause.type, effect.type) else None


#: What :func:`pair_facts` gives two triggers the text itself sets apart ("a second
#: explosion"; one act in response to another in one sentence): not only not one
#: happening, but a decision no third trigger may undo (a cannot-link).
APART: list[float] = []


class Facts:
    """What the pair features need of one trigger, computed once."""

    __slots__ = ("t", "family", "doer", "own", "tree", "firm")

    def __init__(self, t: Trigger):
        self.t = t
        self.family = family(t.type)
        self.doer = _doer(t)
        # its most specific places: a town told with its country ("معدان ... في سوريا")
        # is matched as the town, not as anywhere in that country
        above = frozenset(x for p in t.places for x in p.place.parents)
        self.own = frozenset(p.place.id for p in t.places) - above
        self.tree = self.own | above
        self.firm = _firm(t)


def kept_apart(a: Trigger, b: Trigger) -> bool:
    """Are two triggers of one article two happenings by what their words are, whatever
    their features say: an aftershock and the quake it follows ("the earthquake … a strong
    aftershock", ``الزلزال … هزة ارتدادية``), or two meetings (or visits) of bodies with
    none in common ("the war cabinet will convene tomorrow", "the Security Council is set
    to meet": ``taxonomy.BY_PARTICIPANTS``)?  A cannot-link of the grouping; the pair still
    teaches the model (:func:`pair_facts` scores it)."""
    if {a.shock, b.shock} == {"main", "after"}:
        return True
    if a.type in BY_PARTICIPANTS and b.type in BY_PARTICIPANTS:
        ba, bb = _bodies(a), _bodies(b)
        return bool(ba) and bool(bb) and not ba & bb
    return False


def pair_vector(a: Trigger, b: Trigger) -> Optional[list[float]]:
    """The features of two triggers of one article (``a`` told first); ``None`` when they
    cannot name one happening, :data:`APART` (empty) when the text itself sets them apart
    (see the module docstring)."""
    return pair_facts(Facts(a), Facts(b))


def pair_facts(fa: Facts, fb: Facts) -> Optional[list[float]]:
    """:func:`pair_vector` on triggers' :class:`Facts` (computed once per trigger);
    :data:`APART` (empty) for two triggers the text sets apart."""
    a, b = fa.t, fb.t
    if a.modality != b.modality:
        return None
    if (a.aside or b.aside) and a.sentence != b.sentence:
        return None  # what a group did years before, told to describe it, is not the news
    sim = _types_fit(a, b)
    if sim is None:
        return None
    if b.novel and b.role == "happening" and not (a.novel and (a.sentence == b.sentence or a.headline)):
        # "a second explosion": not the happening told before, nor what that one caused
        return APART if fb.family == fa.family else None
    same_sentence = a.sentence == b.sentence
    if b.other and not same_sentence and (not a.headline or not a.novel):
        return APART  # "Separately, a roadside bomb hit ...": not what came before (but the
        # headline may name it when it calls it another: "…; second attack hits Kirkuk")
    if same_sentence and a.role in _NAMING and b.role in _NAMING and a.subordinate != b.subordinate \
            and (fa.family in _ACTS or a.role == "reference") \
            and (fb.family in _ACTS or b.role == "reference") and not _breaks_up(a, b):
        return APART
    dated_alike = soft_apart = days_apart = 0.0
    if fa.firm and fb.firm:
        ta, tb = a.time, b.time
        assert ta is not None and tb is not None
        # (a part of a day or a clock time more than a day from the other's time is another
        # day too: "Monday evening" and "last Thursday")
        other_days = (whole_days(ta) and whole_days(tb) and not _meet(ta, tb)) or (
            _day_or_finer(ta) and _day_or_finer(tb) and _days_apart(ta, tb) >= 1.0)
        if other_days and a.role in _NAMING and b.role in _NAMING and (
                (a.time_near and b.time_near)
                or (same_sentence and a.time_basis == b.time_basis == "explicit")):
            # "struck yesterday" and "raids today, Sunday" (or "last month" and "this
            # month"), each told right by its word, or each by its own day in one sentence
            # ("drones hit the air base on Sunday, and on Monday a power station was
            # struck"): two days, though the clock tolerance lets touching ones overlap
            return APART
        if _overlap(ta, tb):
            dated_alike = 1.0
        else:
            first, second = (a, b) if (ta.interval is None or tb.interval is None
                                       or ta.interval.start <= tb.interval.start) else (b, a)
            gap = _days_apart(ta, tb)
            if gap > _YEARS_APART and a.role in _NAMING and b.role in _NAMING:
                return APART  # a happening of 2014 is not one of 2019, whatever lies between
            if gap > _NEAR_DAYS_APART and a.time_near and b.time_near and a.role in _NAMING \
                    and b.role in _NAMING and _fine(ta) and _fine(tb):
                return APART  # "the attack on December 27th" is not "the strike on Thursday"
            if second.role == "outcome" and _follows(second.time, first.time):
                pass  # a victim shot on Saturday dies on Monday
            elif a.time_basis in _SHARED or b.time_basis in _SHARED:
                soft_apart = 1.0
            else:
                # dated apart by their own words: scored, the model weighs how far apart
                days_apart = math.log1p(gap) + 1.0
    elif fa.firm != fb.firm and a.role in _NAMING and b.role in _NAMING:
        firm, other = (a, b) if fa.firm else (b, a)
        if _news_of_later_report(firm, other):
            soft_apart = 1.0  # the lead's "fired missiles", reported Saturday, and the raid of Thursday
    da, db = fa.doer, fb.doer
    place_same = 1.0 if (fa.own & fb.tree or fb.own & fa.tree) else 0.0
    place_apart = 1.0 if fa.own and fb.own and not place_same else 0.0
    return [
        1.0,
        1.0 if same_sentence else 0.0,
        1.0 if same_sentence and a.subordinate == b.subordinate else 0.0,
        1.0 if a.type == b.type else 0.0,
        sim,
        1.0 if a.role == "outcome" or b.role == "outcome" else 0.0,
        1.0 if a.role == "reference" or b.role == "reference" else 0.0,
        1.0 if a.key == b.key else 0.0,
        dated_alike,
        soft_apart,
        days_apart,
        1.0 if fa.firm != fb.firm else 0.0,
        1.0 if a.episode != b.episode else 0.0,
        1.0 if b.definite else 0.0,
        1.0 if da is not None and da == db else 0.0,
        1.0 if da is not None and db is not None and da != db else 0.0,
        place_same,
        place_apart,
        1.0 if (a.subordinate or b.subordinate) and not same_sentence else 0.0,
    ]


@attrs.frozen
class CorefModel:
    """Logistic-regression weights over :data:`NAMES`, and the average probability two
    groups of triggers need to be one happening."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    threshold: float = 0.5
    note: str = ""

    def probability(self, x: list[float]) -> float:
        z = sum(map(mul, self.weights, x))
        return 0.0 if z < -40 else 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        return json.dumps({"features": list(self.features), "weights": [round(w, 6) for w in self.weights],
                           "threshold": self.threshold, "note": self.note}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "CorefModel":
        d = json.loads(text)
        m = cls(tuple(d["features"]), tuple(float(w) for w in d["weights"]), float(d.get("threshold", 0.5)),
                str(d.get("note", "")))
        if m.features != NAMES:
            raise ValueError("coref model: its features are not the event layer's")
        return m


@lru_cache(maxsize=1)
def load_model() -> CorefModel:
    """The weights shipped with the package."""
    text = resources.files(__package__).joinpath("coref_weights.json").read_text(encoding="utf-8")
    return CorefModel.from_json(text)
