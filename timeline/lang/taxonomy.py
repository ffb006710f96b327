"""The event type hierarchy, shared by every language, mapped to ACLED's types.

Every trigger word of a language (``timeline/lang/ar_events.py``, ``en_events.py``) names
one node of this tree.  A node has a *role*:

* ``happening``: something that took place (an air strike, a quake, a vote);
* ``outcome``: what a happening caused (deaths, injuries, damage, a toll, interceptions,
  sirens, funerals): it belongs to the happening that caused it (corpus/EVENTS.md rule 2);
* ``reference``: a word that only points back at a happening (``الحادث``, "the incident");
* ``statement``: someone saying something (EVENTS.md rule 3).

The ACLED columns (``event_type``, ``sub_event_type``) are taken from the nearest node
that has them; nodes outside ACLED's scope (disasters, political life) keep names of
their own, marked as such in :data:`EXTENSIONS`.

>>> TYPES["violence.remote.air"].acled
('Explosions/Remote violence', 'Air/drone strike')
>>> ancestors("violence.remote.suicide")
('violence.remote.suicide', 'violence.remote', 'violence')
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Optional

import attrs

__all__ = ["EventType", "TYPES", "ancestors", "family", "similarity", "acled", "can_cause", "EXTENSIONS",
           "INTERCHANGEABLE", "GENERIC", "POINT_TYPES", "at_one_spot", "INTERVENTION"]


@attrs.frozen
class EventType:
    """One node of the hierarchy: ``id`` (dotted path), English and Arabic names, the
    parent's id, the role and the ACLED (event type, sub-event type) when it has one.

    >>> TYPES["violence.remote.air"]
    EventType(id='violence.remote.air', en='Air/drone strike', ar='غارات جوية', role='happening', acled=('Explosions/Remote violence', 'Air/drone strike'))
    """

    id: str
    en: str
    ar: str
    role: str = "happening"
    acled: Optional[tuple[str, str]] = None

    @property
    def parent(self) -> Optional[str]:
        return self.id.rsplit(".", 1)[0] if "." in self.id else None


_B, _E, _V, _P, _R, _S = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Protests", "Riots", "Strategic developments")

_NODES = (
    # -- political violence ----------------------------------------------------------------
    EventType("violence", "Attack", "هجوم"),
    EventType("violence.battle", "Armed clash", "اشتباكات", acled=(_B, "Armed clash")),
    EventType("violence.territory", "Territory taken", "سيطرة على أراض",
              acled=(_B, "Non-state actor overtakes territory")),
    EventType("violence.remote", "Explosion / remote violence", "انفجار أو قصف", acled=(_E, "")),
    EventType("violence.remote.air", "Air/drone strike", "غارات جوية", acled=(_E, "Air/drone strike")),
    EventType("violence.remote.missile", "Shelling/missile attack", "قصف صاروخي أو مدفعي",
              acled=(_E, "Shelling/artillery/missile attack")),
    EventType("violence.remote.suicide", "Suicide bombing", "تفجير انتحاري", acled=(_E, "Suicide bomb")),
    EventType("violence.remote.ied", "Bomb / IED", "عبوة ناسفة",
              acled=(_E, "Remote explosive/landmine/IED")),
    EventType("violence.remote.chemical", "Chemical attack", "هجوم كيميائي", acled=(_E, "Chemical weapon")),
    EventType("violence.remote.grenade", "Grenade attack", "هجوم بقنبلة يدوية", acled=(_E, "Grenade")),
    EventType("violence.raid", "Raid", "مداهمة", acled=(_B, "Armed clash")),
    EventType("violence.civilians", "Attack on civilians", "اعتداء على مدنيين", acled=(_V, "Attack")),
    EventType("violence.civilians.shooting", "Shooting", "إطلاق نار", acled=(_V, "Attack")),
    EventType("violence.civilians.stabbing", "Stabbing", "طعن", acled=(_V, "Attack")),
    EventType("violence.civilians.killing", "Killing", "قتل", acled=(_V, "Attack")),
    EventType("violence.civilians.abduction", "Abduction", "اختطاف",
              acled=(_V, "Abduction/forced disappearance")),
    EventType("violence.civilians.sexual", "Sexual violence", "عنف جنسي", acled=(_V, "Sexual violence")),
    # -- demonstrations --------------------------------------------------------------------
    EventType("protest", "Protest", "احتجاج", acled=(_P, "Peaceful protest")),
    # force used to break a protest up (tear gas, water cannon, the crowd dispersed): ACLED
    # codes the protest as one event of this sub-event type
    EventType("protest.intervention", "Protest with intervention", "احتجاج تدخلت قوات لتفريقه",
              acled=(_P, "Protest with intervention")),
    EventType("riot", "Riot", "أعمال شغب", acled=(_R, "Violent demonstration")),
    # -- strategic developments -----------------------------------------------------------
    EventType("strategic", "Strategic development", "تطور استراتيجي", acled=(_S, "Other")),
    EventType("strategic.arrest", "Arrest", "اعتقال", acled=(_S, "Arrests")),
    EventType("strategic.agreement", "Agreement", "اتفاق", acled=(_S, "Agreement")),
    EventType("strategic.ceasefire", "Ceasefire", "وقف إطلاق النار", acled=(_S, "Agreement")),
    EventType("strategic.coup", "Coup / fall of a government", "انقلاب أو سقوط حكم",
              acled=(_S, "Change to group/activity")),
    EventType("strategic.deployment", "Deployment / withdrawal", "نشر قوات أو انسحاب",
              acled=(_S, "Change to group/activity")),
    EventType("strategic.looting", "Looting / destruction", "نهب أو تخريب",
              acled=(_S, "Looting/property destruction")),
    EventType("strategic.evacuation", "Evacuation", "إجلاء", acled=(_S, "Other")),
    EventType("strategic.release", "Release / exchange of prisoners", "إفراج أو تبادل أسرى",
              acled=(_S, "Other")),
    # -- disasters and accidents (not ACLED) ------------------------------------------------
    EventType("disaster", "Disaster", "كارثة"),
    EventType("disaster.earthquake", "Earthquake", "زلزال"),
    EventType("disaster.earthquake.aftershock", "Aftershock", "هزة ارتدادية"),
    EventType("disaster.weather", "Storm / heavy rain", "عاصفة أو أمطار غزيرة"),
    EventType("disaster.weather.flood", "Flood", "فيضانات"),
    EventType("disaster.fire", "Fire", "حريق"),
    EventType("disaster.landslide", "Landslide", "انهيار أرضي"),
    EventType("disaster.accident", "Accident / crash", "حادث"),
    EventType("disaster.epidemic", "Epidemic", "وباء"),
    # -- political life (not ACLED) --------------------------------------------------------
    EventType("political", "Political event", "حدث سياسي"),
    EventType("political.election", "Election / vote", "انتخابات أو تصويت"),
    EventType("political.meeting", "Meeting / talks", "اجتماع أو محادثات"),
    EventType("political.visit", "Visit", "زيارة"),
    EventType("political.decision", "Decision / measure", "قرار"),
    EventType("political.resignation", "Resignation", "استقالة"),
    EventType("political.dismissal", "Dismissal", "إقالة"),
    EventType("political.appointment", "Appointment", "تعيين"),
    EventType("political.mourning", "Mourning", "حداد"),
    EventType("political.poll", "Opinion poll", "استطلاع رأي"),
    EventType("political.deadline", "Deadline", "مهلة"),
    EventType("political.justice", "Court case / charges", "قضاء"),
    # -- outcomes: they belong to the happening that caused them ---------------------------
    EventType("outcome", "Outcome", "حصيلة", role="outcome"),
    EventType("outcome.death", "Deaths", "قتلى", role="outcome"),
    EventType("outcome.injury", "Injuries", "جرحى", role="outcome"),
    EventType("outcome.damage", "Damage", "أضرار", role="outcome"),
    EventType("outcome.toll", "Toll", "حصيلة الضحايا", role="outcome"),
    EventType("outcome.intercept", "Interceptions", "اعتراض", role="outcome"),
    EventType("outcome.alarm", "Sirens / alarm", "صفارات الإنذار", role="outcome"),
    EventType("outcome.missing", "Missing", "مفقودون", role="outcome"),
    EventType("outcome.displacement", "Displacement", "نزوح", role="outcome"),
    EventType("outcome.funeral", "Funeral / mourning of victims", "تشييع", role="outcome"),
    EventType("outcome.medical", "Medical care", "علاج", role="outcome"),
    # -- back-references -------------------------------------------------------------------
    EventType("reference", "Incident", "الحادث", role="reference"),
    # -- statements ------------------------------------------------------------------------
    EventType("statement", "Statement", "تصريح", role="statement"),
    EventType("statement.say", "Said", "قال", role="statement"),
    EventType("statement.announce", "Announcement", "إعلان", role="statement"),
    EventType("statement.document", "Statement / communiqué", "بيان", role="statement"),
    EventType("statement.claim", "Claim", "تبنٍّ أو ادعاء", role="statement"),
    EventType("statement.condemn", "Condemnation", "إدانة", role="statement"),
    EventType("statement.vow", "Vow / threat", "توعد", role="statement"),
    EventType("statement.warn", "Warning", "تحذير", role="statement"),
    EventType("statement.deny", "Denial", "نفي", role="statement"),
    EventType("statement.confirm", "Confirmation", "تأكيد", role="statement"),
    EventType("statement.brief", "Briefing / interview", "مؤتمر صحفي أو مقابلة", role="statement"),
    EventType("statement.post", "Post / tweet / publication", "تغريدة أو نشر", role="statement"),
    EventType("statement.call", "Call / demand", "دعوة أو مطالبة", role="statement"),
    EventType("statement.praise", "Congratulation / praise", "تهنئة أو إشادة", role="statement"),
    EventType("statement.accuse", "Accusation", "اتهام", role="statement"),
)

#: A protest broken up by force (ACLED's "Protest with intervention"): the force answers
#: the protest by nature, and both are one event.
INTERVENTION = "protest.intervention"
#: An aftershock: the quake words of a clause telling one (``timeline.events.mentions``).
AFTERSHOCK = "disaster.earthquake.aftershock"

#: Every node by id.
TYPES: Mapping[str, EventType] = {t.id: t for t in _NODES}

#: Top-level families outside ACLED's scope.
EXTENSIONS: tuple[str, ...] = ("disaster", "political")

#: Siblings that outlets use for one and the same happening: an air strike is often told
#: as a missile strike (``قصف صاروخي``, "rocket strike"), a suicide bombing as a car bomb.
#: Other siblings (a chemical attack and a missile strike) are different happenings.
INTERCHANGEABLE: tuple[frozenset[str], ...] = (
    frozenset({"violence.remote.air", "violence.remote.missile"}),
    frozenset({"violence.remote.suicide", "violence.remote.ied"}),
    frozenset({"violence.civilians.shooting", "violence.civilians.killing"}),
    # gunmen who seize people often shoot or kill on the way ("killed a guard and abducted
    # 25 pupils"): one raid, told by either act
    frozenset({"violence.civilians.abduction", "violence.civilians.shooting", "violence.civilians.killing"}),
    frozenset({"disaster.weather", "disaster.weather.flood"}),
    # one demonstration is told as a protest and as a riot ("protests turned into riots"),
    # and the force that broke it up belongs to it either way
    frozenset({"protest", "protest.intervention", "riot"}),
    # ... and the force is often told as a bare attack ("أطلقت الشرطة الغاز", "fired at"),
    # or by its shots ("eight killed during the protests, most shot by police")
    frozenset({"violence", "protest.intervention"}),
    frozenset({"violence.civilians.shooting", "protest.intervention"}),
)

#: Happenings that name a time set in advance (a deadline, an ultimatum's expiry): planned
#: by nature, so a report may date them after its own publication ("the Aug. 31
#: deadline").
SCHEDULED: frozenset[str] = frozenset({"political.deadline"})

#: Happenings of families that are otherwise done to people, which can also be arranged
#: ahead: a funeral or a vigil "will be held Friday" is a plan (EVENTS.md rule 4).
PLANNABLE: frozenset[str] = frozenset({"outcome.funeral"})

#: Acts performed by announcing them (a decision, a declared mourning, an appointment, a
#: resignation): a statement that announces one and nothing else dates dates it.
PERFORMED_BY_SAYING: frozenset[str] = frozenset({
    "political.decision", "political.mourning", "political.appointment", "political.resignation",
    "political.dismissal"})

#: Changes of a state's own government, which happen where that state is: a government
#: falls, is elected, a minister resigns, is dismissed or appointed.  Told with no place
#: ("after the collapse of the Assad government"), such a happening is at the country of
#: the one state whose bodies its words name, as ACLED codes a national development.
OF_A_STATE: frozenset[str] = frozenset({
    "strategic.coup", "political.election", "political.resignation", "political.dismissal",
    "political.appointment"})

#: Happenings that who takes part in defines, as a speaker defines a statement: two
#: meetings of bodies with none in common (a war cabinet and the Security Council meeting
#: on one day) are two meetings, two visits by different visitors two visits.
BY_PARTICIPANTS: frozenset[str] = frozenset({"political.meeting", "political.visit"})

#: Acts whose object is a happening that came before them: a charge, an arrest, a trial
#: or an accusation is of a crime already done ("charged Tuesday with the murder",
#: ``اعتقل بتهمة قتل``), so their own time does not date it.
ABOUT_EARLIER: frozenset[str] = frozenset({"political.justice", "strategic.arrest", "statement.accuse"})

#: Acts that can be carried out by any means of their family: a killing or an
#: assassination may be an air strike, a shooting or a bombing.
GENERIC: frozenset[str] = frozenset({"violence.civilians.killing"})

#: Pairs of types no two reports can tell of one happening, however alike the rest: a
#: quake and an aftershock, which follows it (the linker's type evidence is none; within
#: an article the words themselves keep them apart: ``timeline.events.pairs.kept_apart``).
DISTINCT: frozenset[frozenset[str]] = frozenset({
    frozenset({"disaster.earthquake", "disaster.earthquake.aftershock"}),
})


def distinct(a: str, b: str) -> bool:
    """Are types ``a`` and ``b`` never one happening's (:data:`DISTINCT`)?

    >>> distinct("disaster.earthquake", "disaster.earthquake.aftershock")
    True
    """
    return frozenset({a, b}) in DISTINCT


#: Happenings that take place at one spot (a shooting, a bombing, a raid, a crash), as
#: opposed to those that cover an area (a strike wave, a flood, a war): two reports of
#: one of these placed in towns far apart are two happenings.  The generic "attack" and
#: the deaths and injuries a report tells alone count as such too.
POINT_TYPES: tuple[str, ...] = (
    "violence.civilians", "violence.raid", "violence.remote.ied", "violence.remote.suicide",
    "violence.remote.grenade", "disaster.accident", "disaster.fire", "outcome.death", "outcome.injury",
)


def at_one_spot(type_id: str) -> bool:
    """Does a happening of this type take place at one spot (:data:`POINT_TYPES`)?

    >>> at_one_spot("violence.civilians.shooting"), at_one_spot("disaster.weather.flood")
    (True, False)
    """
    return type_id == "violence" or any(type_id == p or type_id.startswith(p + ".") for p in POINT_TYPES)


#: Which happenings an outcome can come from (its own id or an ancestor's, by prefix).
#: Deaths and injuries come from violence, disasters, riots; interceptions and sirens only
#: from remote violence (missiles, drones); an outcome not listed comes from anything.
_CAUSES: Mapping[str, tuple[str, ...]] = {
    "outcome.intercept": ("violence.remote", "violence"),
    "outcome.alarm": ("violence.remote", "violence", "disaster.earthquake"),
    "outcome.death": ("violence", "disaster", "riot", "protest"),
    "outcome.injury": ("violence", "disaster", "riot", "protest"),
    "outcome.toll": ("violence", "disaster", "riot"),
    "outcome.funeral": ("violence", "disaster", "riot"),
    "outcome.medical": ("violence", "disaster", "riot"),
    "outcome.damage": ("violence", "disaster", "riot", "strategic.looting"),
    "outcome.missing": ("violence", "disaster"),
    "outcome.displacement": ("violence", "disaster", "strategic"),
}


@lru_cache(maxsize=None)
def ancestors(type_id: str) -> tuple[str, ...]:
    """The node and its ancestors, most specific first."""
    parts = type_id.split(".")
    return tuple(".".join(parts[:i]) for i in range(len(parts), 0, -1))


def family(type_id: str) -> str:
    """The top-level family (``violence``, ``disaster``, ``outcome``, ``statement``, ...).

    >>> family("violence.remote.air"), family("statement.condemn")
    ('violence', 'statement')
    """
    return type_id.split(".", 1)[0]


@lru_cache(maxsize=None)
def similarity(a: str, b: str) -> float:
    """How compatible two happening types are, from 1 (same node) down to 0 (different
    families): an ancestor and its descendant 0.8 (a bombing is an explosion is an attack),
    two interchangeable siblings 0.5 (an air strike and a missile strike: outlets name one
    raid both ways), other relatives in one family 0.2 (a chemical attack is not a missile
    strike)."""
    if a == b:
        return 1.0
    if family(a) != family(b):
        return 0.5 if any(a in g and b in g for g in INTERCHANGEABLE) else 0.0
    aa, bb = ancestors(a), ancestors(b)
    if a in bb or b in aa:
        return 0.8
    if any(a in g and b in g for g in INTERCHANGEABLE) or a in GENERIC or b in GENERIC:
        return 0.5
    return 0.2


def can_cause(cause: str, outcome: str) -> bool:
    """Can a happening of type ``cause`` have the outcome ``outcome``?

    >>> can_cause("violence.remote", "outcome.death"), can_cause("political.vote", "outcome.death")
    (True, False)
    """
    for o in ancestors(outcome):
        allowed = _CAUSES.get(o)
        if allowed is not None:
            return any(c in allowed for c in ancestors(cause))
    return True


def acled(type_id: str) -> tuple[str, str]:
    """ACLED's (event type, sub-event type) of a node; for nodes outside ACLED's scope, the
    family's English name and the node's.

    >>> acled("violence.remote.air")
    ('Explosions/Remote violence', 'Air/drone strike')
    """
    for t in ancestors(type_id):
        node = TYPES[t]
        if node.acled is not None:
            return node.acled
    node, top = TYPES[type_id], TYPES[family(type_id)]
    return (top.en, node.en if node is not top else "")
