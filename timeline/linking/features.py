"""What two article events have in common: the evidence the linker weighs.

Every feature is a number, most of them between 0 and 1 (see :data:`NAMES`).  Time,
type, place, actors and casualty figures are language-neutral, so an Arabic and an
English report of one raid meet through them; words count only within one language.

>>> NAMES[:4]
('bias', 'time_overlap', 'time_gap', 'time_both_fine')
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Optional, Sequence

from ..events.gazetteer import BIG_TOWN
from ..lang.arguments import GENERIC_ACTORS
from ..lang.taxonomy import TYPES, at_one_spot, can_cause, distinct, similarity
from ..model import ArticleEvent
from .candidates import day_unknown, speaker_key
from .names import actor_key
from ..timex import Granularity, whole_days

__all__ = ["NAMES", "Profile", "profile", "pair_features", "Corpus"]

#: The features, in the order of the weight vector.
NAMES: tuple[str, ...] = (
    "bias",
    "time_overlap",      # the intervals overlap (within the clock tolerance)
    "time_gap",          # log(1 + days between them) when they do not
    "time_both_fine",    # both dated to a day or finer
    "time_undated",      # one or both undated (only the publication bounds it)
    "time_iou",          # overlap / union of the widened intervals
    "type_same",         # the same node of the taxonomy
    "type_sim",          # taxonomy similarity (outcome with a possible cause: 0.5)
    "place_same",        # a place in common (or one containing the other)
    "place_near",        # different towns within 60 km of each other
    "place_conflict",    # both placed, farther apart
    "spot_conflict",     # ... over 100 km apart, and both happen at one spot (a shooting, a bombing)
    "actor_overlap",     # Jaccard of their actors (a state's forces, police, government also its country)
    "fatal_same",        # the same death toll
    "fatal_conflict",    # death tolls far apart
    "words",             # tf-idf cosine of their words (same language only)
    "names",             # share of capitalised names in common
    "cross_lang",        # different languages (words cannot be compared), places not in conflict
    "both_main",         # both are what their articles are mainly about
    "statement",         # both are statements
    "speaker",           # statements by the same speaker
    "speaker_apart",     # statements by different speakers
    "pub_gap",           # log(1 + days between the articles' publication), unless both are dated to one day
                         # or one, undated, is told only as what came before the other's date
    "same_outlet",       # the same outlet
    "clock_same",        # the same clock time (within half an hour), told without its day by one or both
    "ages_same",         # share of the ages told (of victims, shooters) in common, when both tell ages
    "ages_apart",        # both tell ages, none in common ("a 9-year-old boy" and "a 45-year-old man")
)
_FINE_RANK = Granularity.DAY.rank
_CLOCK_RANK = Granularity.HOUR.rank
#: Two clock times this close (minutes) are one reading of the hour the happening took place.
_CLOCK_SLACK = 30

_STATE_SUFFIXES = ("MILITARY", "POLICE", "GOV")
_NEAR_KM = 60.0
#: Towns of at least this many people (:data:`timeline.events.gazetteer.BIG_TOWN`, the size at
#: which a town's name counts on its own) are not "near" one another: a report names
#: such a town only where the happening was.  (Held out, GVC folds, refit per fold, cross
#: F1 / CoNLL / dates: none 0.922 / 0.863 / 0.857; 100k 0.923 / 0.864 / 0.862; 50k
#: 0.917 / 0.860 / 0.848; 20k 0.917 / 0.859 / 0.848; dev unchanged.)
_BIG_TOWN = BIG_TOWN
#: Towns farther apart than this (km) hold two happenings at one spot, not one (the
#: ``spot_conflict`` feature, and ``LinkSettings.far_km``'s default).
FAR_KM = 100.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Profile:
    """What the features need of one article event, computed once."""

    __slots__ = ("lo", "hi", "fine", "whole", "dated", "clock", "day_told", "background", "type", "spot", "places", "place_tree",
                 "countries", "regions", "point", "where", "actors", "fatal",
                 "vector",
                 "norm", "names", "ages", "lang", "main", "statement", "speaker", "pub", "outlet", "size")

    def __init__(self) -> None:
        self.lo = self.hi = datetime.min
        self.fine = False
        self.whole = False  # dated to a whole day by its own words (no clock, no part of day)
        self.dated = False
        self.clock: Optional[int] = None  # minutes after midnight, when dated to the minute or hour
        self.day_told = True  # False: a clock whose day the text left out ("around 4:20 p.m.")
        self.background = False
        self.type = ""
        self.spot = False
        self.places: frozenset[str] = frozenset()
        self.where = ""
        self.place_tree: frozenset[str] = frozenset()
        self.countries: frozenset[str] = frozenset()  # the countries among them
        self.regions: frozenset[str] = frozenset()
        self.point: Optional[tuple[float, float]] = None
        self.size = 0  # the people of its first place, a town (0: unknown)
        self.actors: frozenset[str] = frozenset()
        self.fatal: Optional[int] = None
        self.vector: dict[str, float] = {}
        self.norm = 1.0
        self.names: frozenset[str] = frozenset()
        self.ages: frozenset[int] = frozenset()
        self.lang = ""
        self.main = False
        self.statement = False
        self.speaker: Optional[str] = None
        self.pub = datetime.min
        self.outlet = ""


class Corpus:
    """Document frequencies of the words of all article events being linked (the idf of
    the word similarity), per language."""

    def __init__(self, events: Sequence[ArticleEvent]):
        df: dict[tuple[str, str], int] = {}
        n: dict[str, int] = {}
        for e in events:
            n[e.lang] = n.get(e.lang, 0) + 1
            for w in set(e.words):
                df[(e.lang, w)] = df.get((e.lang, w), 0) + 1
        self.df = df
        self.n = n
        self._idf: dict[tuple[str, str], float] = {}

    @classmethod
    def from_counts(cls, df: dict[tuple[str, str], int], n: dict[str, int]) -> "Corpus":
        """A corpus from its counts (those of several slices of a corpus, added up)."""
        c = cls(())
        c.df, c.n = dict(df), dict(n)
        return c

    def idf(self, lang: str, word: str) -> float:
        key = (lang, word)
        got = self._idf.get(key)
        if got is None:
            got = math.log((1 + self.n.get(lang, 0)) / (1 + self.df.get(key, 0))) + 1.0
            self._idf[key] = got
        return got


#: How far a day told as approximate may lie from the day it gives.
_APPROX_DAY = timedelta(days=1)


def profile(e: ArticleEvent, corpus: Corpus, tolerance: timedelta, place_parents,
            place_point=lambda place_id: None, place_size=lambda place_id: 0) -> Profile:
    """The :class:`Profile` of an article event; ``place_parents(id)`` gives a place's
    containing places, ``place_point(id)`` its (latitude, longitude) or ``None``,
    ``place_size(id)`` its people (0 when unknown)."""
    p = Profile()
    iv = e.interval
    if iv is not None:
        p.lo, p.hi = iv.start.replace(tzinfo=None), iv.end.replace(tzinfo=None)
        p.dated = True
        g = e.time.granularity if e.time is not None else Granularity.DAY
        if e.time is not None and e.time.mod == "APPROX" and g == Granularity.DAY:
            # a day reckoned ("a week after the verdict"): a day either side may be it
            p.lo, p.hi = p.lo - _APPROX_DAY, p.hi + _APPROX_DAY
        p.fine = g is not None and g.rank <= _FINE_RANK
        p.whole = e.time is not None and e.time_basis in _OWN_TIME and g == Granularity.DAY and whole_days(e.time)
        if e.time is not None and g is not None and g.rank <= _CLOCK_RANK:
            p.clock = iv.start.hour * 60 + iv.start.minute
            p.day_told = not day_unknown(e)
    p.background = e.background and iv is None
    p.type = e.event_type
    p.spot = at_one_spot(e.event_type)
    # "same" may come from any of its three most specific places; "near" and "conflict"
    # from its first (a story names other towns in passing: the victim's home town)
    tree: set[str] = set()
    above: set[str] = set()
    countries: set[str] = set()
    for pl in e.places[:3]:
        tree.add(pl)
        parents = place_parents(pl)
        tree.update(parents)
        above.update(parents)
        countries.add(parents[0] if parents else pl)
    p.place_tree = frozenset(tree)
    p.countries = frozenset(countries)
    # its most specific places: a town told with its country ("Azaz in northern Syria") is
    # matched as the town, not as anywhere in Syria
    p.places = frozenset(pl for pl in e.places[:3] if pl not in above)
    p.where = " ".join((e.location or "").casefold().split())
    if e.places:
        first = e.places[0]
        parents = place_parents(first)
        # its province (or the place itself when it is one or a country)
        p.regions = frozenset({parents[1] if len(parents) > 1 else first})
        if len(parents) > 1:  # a town or district: a point to measure distances from
            p.point = place_point(first)
            p.size = place_size(first)
    # "police" or "civilians" with no country named say nothing of which happening it is
    keys = {actor_key(a) for a in e.actors if a not in GENERIC_ACTORS}
    # a state's forces, police or government are that country's: "SY-GOV" in one report
    # and "Syria" in another are one side (as a town lies in its province)
    keys |= {"country:" + cc for cc, _, suffix in (k.partition("-") for k in keys)
             if len(cc) == 2 and cc.isupper() and suffix in _STATE_SUFFIXES}
    p.actors = frozenset(keys)
    p.fatal = e.fatalities
    vec: dict[str, float] = {}
    for w in e.words:
        vec[w] = corpus.idf(e.lang, w)
    p.vector = vec
    p.norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    p.names = frozenset(e.names)
    p.ages = frozenset(e.ages)
    p.lang = e.lang
    p.main = e.main
    p.statement = e.kind == "statement"
    p.speaker = speaker_key(e.actor1) if p.statement else None
    p.pub = e.published.replace(tzinfo=None) if e.published is not None else datetime.min
    p.outlet = e.source
    return p


def _type_sim(a: str, b: str) -> float:
    if distinct(a, b):
        return 0.0  # a quake and its aftershock
    ra, rb = TYPES[a].role, TYPES[b].role
    if ra == rb == "happening" or ra == rb == "statement":
        return similarity(a, b) if ra == "happening" else (1.0 if a == b else 0.5)
    if ra == "outcome" and rb == "happening":
        return 0.5 if can_cause(b, a) else 0.0
    if rb == "outcome" and ra == "happening":
        return 0.5 if can_cause(a, b) else 0.0
    return 0.5 if a == b else 0.3


#: How long before both reports two alike dates must end for the gap between the
#: reports to say nothing more (a happening that is history to both).
_HISTORY = timedelta(days=366)


#: The bases of an event's time told by its own words (not its article's publication).
_OWN_TIME = frozenset({"explicit", "narrative"})


def pair_features(a: Profile, b: Profile, tolerance: timedelta) -> list[float]:
    """The feature vector of a pair (see :data:`NAMES`)."""
    f = [1.0]
    if a.dated and b.dated:
        lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
        if a.whole and b.whole and lo == hi \
                and not ((a.places & b.place_tree | b.places & a.place_tree) - a.countries - b.countries):
            # two whole days told by the reports' own words that only touch ("on Monday",
            # "yesterday" of a Tuesday report, and "on Tuesday") are one happening's across
            # clocks only when a place in common ties them (the US strikes of "Friday" in
            # Washington that Syrian outlets date Saturday, both in Deir ez-Zor); a side in
            # common does not: one army strikes a front on many days, nor does a country
            # alone (a strike in Lebanon on Friday, one in a Lebanese town on Saturday).  (With a side as
            # well: GVC whole chronology 0.9077 / 0.8597, without 0.9080 / 0.8600; held-out
            # folds and dev unchanged)
            tolerance = timedelta(0)
        overlap = lo - hi < tolerance  # (differences of datetimes never overflow)
        gap_days = 0.0 if overlap else (lo - hi).total_seconds() / 86400
        wa = (a.hi - a.lo) + 2 * tolerance
        wb = (b.hi - b.lo) + 2 * tolerance
        inter = max(timedelta(0), (hi - lo) + 2 * tolerance)  # the widened intervals' overlap
        union = wa + wb - inter
        iou = inter / union if union > timedelta(0) else 0.0
        f += [1.0 if overlap else 0.0, math.log1p(gap_days), 1.0 if a.fine and b.fine else 0.0, 0.0, iou]
    else:
        f += [0.0, 0.0, 0.0, 1.0, 0.0]
    f += [1.0 if a.type == b.type else 0.0, _type_sim(a.type, b.type)]
    if a.place_tree and b.place_tree:
        # a name both reports write is one place, whichever towns of that name the
        # gazetteer took each for ("Caledonia": one in New York, one in Wisconsin)
        same = bool(a.places & b.place_tree or b.places & a.place_tree) or (a.where != "" and a.where == b.where)
        km = _km(a.point, b.point) if a.point is not None and b.point is not None else None
        if km is not None:
            # (two big towns are each named as themselves, not as the town near the spot:
            # Dayton is not "near" Cincinnati)
            near = not same and km <= _NEAR_KM and min(a.size, b.size) < _BIG_TOWN
        else:
            near = not same and bool(a.regions & b.regions)
        spot = not same and km is not None and km > FAR_KM and a.spot and b.spot
        # one named person's two statements are often placed at what was said ("announced a
        # ceasefire in Gaza") and where it was said (Doha): apart, those places do not tell
        # two sayings apart (a body's, "police said", may be two cities' police)
        one_person = a.statement and b.statement and a.speaker is not None and a.speaker == b.speaker \
            and a.speaker.startswith("person:")
        apart = 0.0 if same or near or one_person else 1.0
        f += [1.0 if same else 0.0, 1.0 if near else 0.0, apart, 1.0 if spot else 0.0]
    else:
        f += [0.0, 0.0, 0.0, 0.0]
    if a.actors and b.actors:
        f.append(len(a.actors & b.actors) / len(a.actors | b.actors))
    else:
        f.append(0.0)
    if a.fatal is not None and b.fatal is not None:
        hi_f, lo_f = max(a.fatal, b.fatal), min(a.fatal, b.fatal)
        # one death is what most reports of a shooting tell, look-alikes included: the
        # same toll is evidence only when it is a number of several
        f += [1.0 if hi_f == lo_f >= 2 else 0.0, 1.0 if hi_f > 2 * lo_f + 2 else 0.0]
    else:
        f += [0.0, 0.0]
    if a.lang == b.lang and a.vector and b.vector:
        small, big = (a.vector, b.vector) if len(a.vector) < len(b.vector) else (b.vector, a.vector)
        dot = sum(v * big[w] for w, v in small.items() if w in big)
        f.append(dot / (a.norm * b.norm))
    else:
        f.append(0.0)
    if a.names and b.names:
        f.append(len(a.names & b.names) / min(len(a.names), len(b.names)))
    else:
        f.append(0.0)
    # what words would tell, other languages cannot: the place, when both are placed and
    # apart, already says it is not one happening
    f.append(1.0 if a.lang != b.lang and f[10] == 0.0 else 0.0)
    f.append(1.0 if a.main and b.main else 0.0)
    f.append(1.0 if a.statement and b.statement else 0.0)
    f.append(1.0 if a.speaker and a.speaker == b.speaker else 0.0)
    f.append(1.0 if a.speaker and b.speaker and a.speaker != b.speaker else 0.0)
    # how far apart the reports were published says something only where their own times
    # do not settle it (a report of 2021 recalling the flood of 22 September 2018 is that
    # flood's, however old)
    settled = f[1] == 1.0 and a.fine and b.fine
    if (a.background and b.dated and b.hi <= a.pub or b.background and a.dated and a.hi <= b.pub):
        # ... nor where one report tells it only as what came before, undated, and the
        # other dates it before that report ("after the fall of the government": a fall
        # a year earlier is as likely as one last week)
        settled = True
    first_pub = min(a.pub, b.pub)
    if f[1] == 1.0 and first_pub - datetime.min > _HISTORY and max(a.hi, b.hi) <= first_pub - _HISTORY:
        # ... nor where both date it, alike, long before either was written: ISIS's
        # seizure of 2014 recalled in 2024 and in 2025 is one seizure
        settled = True
    f.append(0.0 if settled else math.log1p(abs((a.pub - b.pub).total_seconds()) / 86400))
    f.append(1.0 if a.outlet and a.outlet == b.outlet else 0.0)
    # "the shooting happened at 4:20 p.m. Sunday" and, in a later story, "around 4:20 p.m.":
    # one hour told twice, whatever day the second story's narrative put it on
    same_clock = a.clock is not None and b.clock is not None and not (a.day_told and b.day_told) \
        and min(abs(a.clock - b.clock), 1440 - abs(a.clock - b.clock)) <= _CLOCK_SLACK
    f.append(1.0 if same_clock else 0.0)
    if a.ages and b.ages and len(a.ages) == 1 and len(b.ages) == 1:
        x, y = next(iter(a.ages)), next(iter(b.ages))
        f += [1.0 if abs(x - y) <= 1 else 0.0, 0.0 if abs(x - y) <= 1 else 1.0]
    else:
        f += [0.0, 0.0]
    return f
