"""Linking across articles: the same happening told by several outlets is one event;
look-alikes (same day, other town; same town, other year) stay apart.

Every text here is written for these tests."""

from __future__ import annotations

from datetime import timedelta

import attrs
import pytest

import timeline
from timeline.chronology import _prepare
from timeline.linking import LinkSettings, far_apart, link_events, score_pairs
from timeline.cluster import cluster
from timeline.settings import Settings

A = timeline.Article


def sources(e) -> set[str]:
    return {s.article_id for s in e.sources}


def happenings(chron) -> list:
    return [e for e in chron.all_events if e.kind == "happening"]


DAYTON = A(id="d", text="A man was shot and killed Saturday night outside a bar in Dayton, Ohio, police said.",
           published="2023-06-11", source="Dayton Daily")
TULSA = A(id="t", text="A woman was shot and killed Saturday night in a parking lot in Tulsa, Oklahoma, police said.",
          published="2023-06-11", source="Tulsa World")


def test_two_shootings_on_one_night_in_two_cities_are_two_events() -> None:
    chron = timeline.build_chronology([DAYTON, TULSA])
    got = sorted((e.location, sorted(sources(e)), e.value) for e in happenings(chron))
    assert got == [("Dayton", ["d"], "2023-06-10TNI"), ("Tulsa", ["t"], "2023-06-10TNI")]
    # each police department spoke of its own shooting
    assert sorted(sorted(sources(e)) for e in chron.all_events if e.kind == "statement") == [["d"], ["t"]]


def test_one_shooting_told_by_two_outlets_is_one_event_with_two_sources() -> None:
    a = A(id="d1", text="A 24-year-old man was shot and killed Saturday night outside a bar on Main Street "
                        "in Dayton, police said.", published="2023-06-11", source="Dayton Daily")
    b = A(id="d2", text="Police in Dayton are investigating a fatal shooting outside a Main Street bar late "
                        "Saturday. The victim, 24, died at the scene.", published="2023-06-12", source="WHIO")
    chron = timeline.build_chronology([b, a])
    (shooting,) = happenings(chron)
    assert sources(shooting) == {"d1", "d2"}
    assert (shooting.value, shooting.location, shooting.fatalities) == ("2023-06-10TNI", "Dayton", 1)
    assert shooting.event_type == "Violence against civilians"
    assert [m.trigger for m in shooting.mentions] == ["shot", "killed", "fatal", "shooting", "victim", "died"]


def test_two_reports_naming_one_victim_meet_though_they_date_it_days_apart() -> None:
    first = A(id="s1", text="Boy, 14, dies in hunting accident\n\nTERRE HAUTE, Ind. - Caleb Turner, 14, of "
                            "Graysville died after he was shot in the woods around noon Sunday, police said.",
              published="2016-09-05", source="WTHI", lang="en")
    later = A(id="s2", text="Teen's death ruled self-inflicted\n\nInvestigators say Caleb Turner, 14, of "
                            "Graysville died of a self-inflicted gunshot wound in the woods on Tuesday morning. "
                            "Police have not said whether the shooting was accidental.",
              published="2016-09-08", source="WIBQ", lang="en")
    other = attrs.evolve(later, id="s3", text=later.text.replace("Caleb Turner", "Mason Avery"))
    (one,) = happenings(timeline.build_chronology([first, later]))
    assert sources(one) == {"s1", "s2"} and one.value == "2016-09-04T12:00"
    # two days apart and no name in common: two happenings
    assert sorted(sorted(sources(e)) for e in happenings(timeline.build_chronology([first, other]))) == [
        ["s1"], ["s3"]]


def test_meetings_of_two_bodies_on_one_day_stay_apart() -> None:
    # a meeting is defined by who takes part: one cabinet's meeting told twice is one
    cabinet = A(id="m1", text="Jordan's cabinet met on Sunday to discuss the rocket attack on Aqaba, the "
                              "government said.", published="2025-03-10", source="Petra", lang="en")
    league = A(id="m2", text="The Arab League met on Sunday in Cairo to discuss the rocket attack on Aqaba.",
               published="2025-03-10", source="AFP", lang="en")
    again = A(id="m3", text="The Jordanian cabinet held an emergency meeting on Sunday over the attack on Aqaba.",
              published="2025-03-10", source="Roya", lang="en")
    chron = timeline.build_chronology([cabinet, league, again])
    got = sorted((e.actor1, sorted(sources(e))) for e in happenings(chron) if e.event_type == "Political event")
    assert got == [("ARAB-LEAGUE", ["m2"]), ("JO-GOV", ["m1", "m3"])]


def test_two_car_bombs_in_two_syrian_towns_on_one_morning_stay_apart() -> None:
    manbij = A(id="m", text="قتل خمسة مدنيين في انفجار سيارة مفخخة في مدينة منبج بريف حلب صباح اليوم الاثنين.",
               published="2025-03-10", source="A")
    raqqa = A(id="r", text="قتل ثلاثة مدنيين في انفجار سيارة مفخخة في مدينة الرقة صباح اليوم الاثنين.",
              published="2025-03-10", source="B")
    chron = timeline.build_chronology([manbij, raqqa])
    got = sorted((sorted(sources(e)), e.value, e.fatalities, e.place_id) for e in happenings(chron))
    assert got == [(["m"], "2025-03-10TMO", 5, "geonames:167357"), (["r"], "2025-03-10TMO", 3, "geonames:172955")]


def test_a_town_told_with_its_country_is_that_town_not_the_whole_country() -> None:
    # "Azaz in northern Syria" does not meet "Manbij" through Syria: two bombings, two
    # towns, one day; the Arabic and English reports of the Manbij one are one event
    ar = A(id="ar", lang="ar", published="2025-06-15", source="A",
           text="قتل خمسة أشخاص في انفجار سيارة مفخخة استهدف سوقا شعبيا في مدينة منبج ظهر اليوم السبت.")
    en = A(id="en", lang="en", published="2025-06-14", source="B",
           text="A car bomb exploded in a crowded market in the Syrian town of Manbij on Saturday, killing five people.")
    other = A(id="az", lang="en", published="2025-06-15", source="C",
              text="A car bomb killed three people in the town of Azaz in northern Syria on Saturday, a monitor said.")
    chron = timeline.build_chronology([ar, en, other])
    got = sorted((sorted(sources(e)), e.place_id, e.fatalities) for e in happenings(chron))
    assert got == [(["ar", "en"], "geonames:167357", 5), (["az"], "geonames:172082", 3)]


def test_far_apart_names_the_pair_and_spares_a_name_two_reports_share() -> None:
    events = [e for a in (DAYTON, TULSA) for e in _prepare(a, Settings())[0]]
    kinds = [(e.article_id, e.kind) for e in events]
    assert kinds == [("d", "happening"), ("d", "statement"), ("t", "happening"), ("t", "statement")]
    pairs = [(0, 2), (1, 3)]
    assert far_apart(events, pairs) == [(0, 2)]  # statements happen nowhere in particular
    assert far_apart(events, pairs, far_km=2000.0) == []  # Dayton to Tulsa is about 1,100 km
    # a town name two reports share is never read as two far-apart towns
    renamed = attrs.evolve(events[2], location="Dayton")
    assert far_apart([events[0], renamed], [(0, 1)]) == []


def test_far_apart_spares_towns_the_gazetteer_names_alike() -> None:
    # one report names the county and the gazetteer read its "Carlton" as Oregon's, the
    # other's "Carlton" was read as Victoria's: one name, possibly one town misread twice
    events = [e for a in (DAYTON, TULSA) for e in _prepare(a, Settings())[0] if e.kind == "happening"]
    victoria = attrs.evolve(events[0], places=("geonames:2172293",), location="Carlton")
    oregon = attrs.evolve(events[1], places=("us-county:13221", "geonames:5717982"), location="Oglethorpe County")
    assert far_apart([victoria, oregon], [(0, 1)]) == []
    # a town of another name as far away is still another place
    assert far_apart([victoria, events[1]], [(0, 1)]) == [(0, 1)]


def test_a_town_only_a_dateline_names_is_weaker_than_one_the_story_names() -> None:
    # a local station files from its own town: its dateline is not where the shooting was
    station = A(id="s", text="PHOENIX (KTVK) — One student died and three were wounded in a shooting "
                             "at a university dormitory early Friday, police said.",
                published="2015-10-09", source="KTVK")
    wire = A(id="w", text="A student was killed and three were wounded early Friday when a gunman opened fire "
                          "outside a university dormitory in Flagstaff, police said.",
             published="2015-10-09", source="Wire")
    events = [e for a in (station, wire) for e in _prepare(a, Settings())[0] if e.kind == "happening"]
    assert [(e.article_id, e.location, e.place_basis) for e in events] == \
        [("s", "PHOENIX", "dateline"), ("w", "Flagstaff", "text")]
    assert far_apart(events, [(0, 1)]) == []  # Phoenix is 200 km from Flagstaff, but only a dateline says so
    # a dateline followed by the story's own naming of the town is the story's place
    salem = A(id="m", text="SALEM, Mass. — A man was shot in Salem on Friday night.", published="2015-10-10")
    shot, = [e for e in _prepare(salem, Settings())[0] if e.kind == "happening"]
    assert (shot.location, shot.place_basis) == ("Salem", "text")



def test_the_main_happening_no_sentence_places_is_placed_at_the_dateline() -> None:
    # the dateline's sentence names no happening; the story's, no place
    a = A(id="d", text="SPOKANE, Wash. (KXLY) — Detectives are at work.\n\nA man was shot and killed "
                       "late Friday outside a bar. Officers arrested a teenager on Monday in an unrelated case.",
          published="2015-10-10", source="KXLY")
    got = [(e.event_type, e.location, e.place_basis, e.main) for e in _prepare(a, Settings())[0]
           if e.kind == "happening"]
    # the shooting (the article's main event) takes the town it was filed from; the arrest
    # (another happening) stays unplaced
    assert got == [("violence.civilians.shooting", "SPOKANE", "dateline", True),
                   ("strategic.arrest", None, "none", False)]


def test_a_dateline_with_its_filing_date_is_a_dateline_in_both_languages() -> None:
    # "TOWN, DATE (OUTLET) -": the date between the town and the outlet, as wires write it
    wire = A(id="e", text="BEIRUT, Nov. 3 (Agency) - Two people were killed when a bus overturned, police said.",
             published="2025-11-03", source="Agency")
    arabic = A(id="a", text="بيروت 3 نوفمبر 2025 (وكالة) قتل شخصان في حادث سير على الطريق الساحلي.",
               published="2025-11-03", source="Agency", lang="ar")
    got = [(e.article_id, e.places, e.place_basis) for a in (wire, arabic)
           for e in _prepare(a, Settings())[0] if e.kind == "happening"]
    assert got == [("e", ("geonames:276781",), "dateline"), ("a", ("geonames:276781",), "dateline")]
    # with its country or state between the town and the date, the town is still only the
    # dateline: the story's own town is where it happened
    wire = A(id="k", text="SRINAGAR, India, April 22 (Agency) - Gunmen opened fire on tourists near the town "
                          "of Pahalgam on Tuesday, killing 26.", published="2025-04-22", source="Agency")
    (attack,) = [e for e in _prepare(wire, Settings())[0] if e.kind == "happening"]
    assert (attack.places, attack.location) == (("geonames:1260880",), "Pahalgam")


def test_a_place_name_two_reports_write_alike_is_one_place_to_the_features() -> None:
    # the gazetteer may take "Caledonia" for the one in New York in one report and the
    # one in Wisconsin in the other: the same name written is not a place conflict
    from timeline.linking.features import NAMES

    events = [e for a in (DAYTON, TULSA) for e in _prepare(a, Settings())[0] if e.kind == "happening"]
    ny = attrs.evolve(events[0], places=("geonames:5111073",), location="Caledonia")
    wi = attrs.evolve(events[1], places=("geonames:5247415",), location="Caledonia")
    x = score_pairs([ny, wi], LinkSettings(), features_only=True)[(0, 1)]
    got = {n: v for n, v in zip(NAMES, x) if n.startswith(("place", "spot"))}
    assert got == {"place_same": 1.0, "place_near": 0.0, "place_conflict": 0.0, "spot_conflict": 0.0}
    other = attrs.evolve(wi, location="Caledonia, Wis.")
    x = score_pairs([ny, other], LinkSettings(), features_only=True)[(0, 1)]
    assert {n: v for n, v in zip(NAMES, x) if n.startswith("place")}["place_conflict"] == 1.0



def test_two_big_towns_are_not_near_one_another_to_the_features() -> None:
    # a report names a town of 100,000 people or more only where the happening was:
    # Tampa and St. Petersburg (30 km apart) are two places; a small town beside Tampa
    # (Temple Terrace) may be where another outlet puts the same spot
    from timeline.linking.features import NAMES

    events = [e for a in (DAYTON, TULSA) for e in _prepare(a, Settings())[0] if e.kind == "happening"]

    def places_of(x: str, y: str) -> dict[str, float]:
        a = attrs.evolve(events[0], places=(x,), location="")
        b = attrs.evolve(events[1], places=(y,), location="")
        f = score_pairs([a, b], LinkSettings(), features_only=True)[(0, 1)]
        return {n: v for n, v in zip(NAMES, f) if n in ("place_near", "place_conflict")}

    tampa, st_petersburg, temple_terrace = "geonames:4174757", "geonames:4171563", "geonames:4174969"
    assert places_of(tampa, st_petersburg) == {"place_near": 0.0, "place_conflict": 1.0}
    assert places_of(tampa, temple_terrace) == {"place_near": 1.0, "place_conflict": 0.0}


def test_the_head_of_a_street_s_name_is_no_name_two_reports_share() -> None:
    # "Seventh Avenue" and "Central Avenue": the streets' own words are their names
    a = A(id="a", text="A man was shot early Sunday outside a nightclub on Seventh Avenue in Tampa, police said.",
          published="2025-05-11", source="A", lang="en")
    main, = [e for e in _prepare(a, Settings())[0] if e.kind == "happening"]
    assert "seventh" in main.names and "avenue" not in main.names

def test_far_km_none_leaves_the_decision_to_the_scores() -> None:
    events = [e for a in (DAYTON, TULSA) for e in _prepare(a, Settings())[0]]
    assert [0] in link_events(events, LinkSettings()) and [2] in link_events(events, LinkSettings())
    # without the rule the lone reports are grouped by their pair scores alone
    off = LinkSettings(far_km=None)
    groups = cluster(len(events), score_pairs(events, off), off.resolved_threshold())
    assert groups == [[0, 2], [1], [3]]  # the two shootings (0, 2) join; "police said" (1, 3) do not
    # ... and then the police's statements about the one shooting are one statement
    assert link_events(events, off) == [[0, 2], [1, 3]]


def test_the_same_town_in_another_year_is_another_event() -> None:
    a = A(id="a", text="Gunmen opened fire on a wedding party in the village of Qaraqosh on 3 May 2024, "
                       "killing two guests.", published="2024-05-04", source="A")
    b = A(id="b", text="Two guests were killed when gunmen fired on a wedding in Qaraqosh on 3 May 2025.",
          published="2025-05-04", source="B")
    chron = timeline.build_chronology([a, b])
    assert sorted(sorted(sources(e)) for e in happenings(chron)) == [["a"], ["b"]]
    assert sorted(e.value for e in happenings(chron)) == ["2024-05-03", "2025-05-03"]


def test_the_same_raid_in_arabic_and_english_meets_through_place_and_time() -> None:
    ar = A(id="ar", text="قتلت قوات أمريكية قياديا في تنظيم داعش خلال إنزال جوي في بلدة أطمة بريف إدلب فجر اليوم الخميس.",
           published="2025-06-12", source="A", lang="ar")
    en = A(id="en", text="US forces killed a senior Islamic State leader in an airborne raid on the town of Atmeh "
                         "in Idlib province early on Thursday.", published="2025-06-12", source="B", lang="en")
    chron = timeline.build_chronology([en, ar])
    (raid,) = happenings(chron)
    assert sources(raid) == {"ar", "en"}
    assert raid.value.startswith("2025-06-12")


@pytest.mark.parametrize("kwargs, field", [
    ({"threshold": 1.5}, "threshold"),
    ({"threshold": -0.1}, "threshold"),
    ({"far_km": 0}, "far_km"),
    ({"clock_tolerance": timedelta(hours=-1)}, "clock_tolerance"),
    ({"undated_reach": 3}, "undated_reach"),
    ({"model": "weights.json"}, "model"),
])
def test_bad_link_settings_get_a_typed_error_naming_the_field(kwargs, field) -> None:
    with pytest.raises(timeline.TimelineError, match=f"LinkSettings.{field}"):
        LinkSettings(**kwargs)


def test_linking_does_not_depend_on_the_order_of_the_events() -> None:
    arts = [DAYTON, TULSA,
            A(id="d3", text="Dayton police have not named the man shot dead outside a bar on Saturday night.",
              published="2023-06-12", source="WDTN")]
    events = [e for a in arts for e in _prepare(a, Settings())[0]]
    groups = link_events(events)
    as_ids = sorted(sorted((events[k].article_id, events[k].index) for k in g) for g in groups)
    rev = list(reversed(events))
    groups_rev = link_events(rev)
    as_ids_rev = sorted(sorted((rev[k].article_id, rev[k].index) for k in g) for g in groups_rev)
    assert as_ids == as_ids_rev
    shooting = next(g for g in as_ids if ("d", 0) in g)
    assert ("d3", 0) in shooting and ("t", 0) not in shooting


def test_one_person_s_vow_in_arabic_and_english_is_one_statement() -> None:
    # the speaker is one person written in two scripts: he meets himself by the consonants
    # of his surname, not by a shared word
    chron = timeline.build_chronology([
        A(id="ar", text="توعد الرئيس الأمريكي دونالد ترامب يوم الأحد بالرد على الهجوم الذي استهدف القاعدة.",
          published="2025-04-07", source="A", lang="ar"),
        A(id="en", text="President Donald Trump vowed on Sunday to respond to the attack on the base.",
          published="2025-04-07", source="B", lang="en"),
    ])
    (vow,) = [e for e in chron.all_events if e.kind == "statement"]
    assert sorted((m.article_id, m.trigger) for m in vow.mentions) == [("ar", "توعد"), ("en", "vowed")]
    assert vow.type == "statement.vow"


def test_two_people_sharing_no_surname_consonants_are_two_speakers() -> None:
    from timeline.linking.names import actor_key

    assert actor_key("person:بيت هيغسيث") == actor_key("person:pete hegseth") == "person:~HGST"
    assert actor_key("person:جو بايدن") != actor_key("person:pete hegseth")


def test_a_compound_surname_is_one_speaker_in_both_scripts() -> None:
    # "عبد الرحمن" is written "Abdulrahman" in one word: the surname is both words
    from timeline.linking.names import actor_key

    assert actor_key("person:خالد عبد الرحمن") == actor_key("person:khaled abdulrahman") == "person:~BDLRHMN"
    assert actor_key("person:سامي أبو زيد") == actor_key("person:sami abu zeid")
    assert actor_key("person:خالد عبد الرحمن") != actor_key("person:khaled rahman")
    # a surname of two consonants meets itself across scripts; one of one consonant does not
    assert actor_key("person:يحيى سريع") == actor_key("person:yahya saree") == actor_key("person:saree")
    assert actor_key("person:bob lee") == "person:lee" != actor_key("person:لي")
    chron = timeline.build_chronology([
        A(id="ar", text="وقال المتحدث باسم الشرطة العقيد خالد عبد الرحمن في بيان الأحد إن الهجوم استهدف نقطة تفتيش.",
          published="2025-04-07", source="A", lang="ar"),
        A(id="en", text="Police spokesman Colonel Khaled Abdulrahman said in a statement on Sunday that the attack "
                        "targeted a checkpoint.", published="2025-04-07", source="B", lang="en"),
    ])
    (said,) = [e for e in chron.all_events if e.kind == "statement"]
    assert sorted(m.article_id for m in said.mentions) == ["ar", "ar", "en", "en"]


def test_a_report_recalling_a_dated_flood_years_later_is_that_flood_s() -> None:
    # the reports are three years apart, but both date the flood to one day: the
    # publication gap says nothing once the times settle it
    from timeline.linking.features import NAMES, Corpus, pair_features, profile

    evs = []
    for a in (A(id="old", text="Floods killed five people in Nabeul on 22 September 2018.", published="2018-09-23",
                source="A", lang="en"),
              A(id="new", text="Heavy rain fell again in Nabeul, where floods killed five people on 22 September 2018.",
                published="2021-10-27", source="B", lang="en")):
        events, _ = _prepare(a, Settings())
        evs.append(next(e for e in events if e.time is not None and e.time.value == "2018-09-22"))
    corpus = Corpus(evs)
    a, b = (profile(e, corpus, timedelta(hours=12), lambda _: ()) for e in evs)
    x = dict(zip(NAMES, pair_features(a, b, timedelta(hours=12))))
    assert (x["time_overlap"], x["time_both_fine"], x["pub_gap"]) == (1.0, 1.0, 0.0)


def test_a_ministry_named_without_its_country_speaks_for_the_story_s_country_in_both_languages() -> None:
    # "the interior ministry" / "وزارة الداخلية" name no country: as analysts code them,
    # they are the government of the country the story happens in, so the Arabic and the
    # English statement have one speaker and are one statement
    chron = timeline.build_chronology([
        A(id="ar", text="داهمت قوات الأمن منزلا في مدينة حمص مساء الثلاثاء واعتقلت ثلاثة مطلوبين، "
                        "بحسب ما أعلنت وزارة الداخلية.", published="2025-03-05", source="A", lang="ar"),
        A(id="en", text="Security forces raided a house in the city of Homs on Tuesday evening and arrested "
                        "three wanted men, the interior ministry said.", published="2025-03-05", source="B",
          lang="en"),
    ])
    (said,) = [e for e in chron.all_events if e.kind == "statement"]
    assert sorted(m.article_id for m in said.mentions) == ["ar", "en"]
    assert said.actor1 == "SY-GOV"
    # (the raid and the arrest are both of Tuesday evening: their order in the chronology is a tie)
    assert sorted((e.type, e.actor1, sorted(sources(e))) for e in happenings(chron)) == [
        ("strategic.arrest", "SY-MILITARY", ["ar", "en"]), ("violence.raid", "SY-MILITARY", ["ar", "en"])]


def test_generic_state_actors_take_the_country_of_their_sentence_or_else_of_the_story() -> None:
    from timeline.events.extract import read_article

    art = A(id="x", text="Police in Lagos arrested two men on Monday. In Accra, security forces fired tear gas. "
                         "The government said calm had returned.", published="2024-07-02", lang="en")
    ids = {a for e in read_article(art) for a in e.actors}
    assert {"NG-POLICE", "GH-MILITARY", "NG-GOV"} <= ids


KIRKUK_EN = A(id="k-en", text="Gunmen attacked an army checkpoint in Kirkuk on Sunday, killing four soldiers. "
                              "Prime Minister Saad al-Hassan vowed to punish the attackers.",
              published="2025-03-10", source="Wire A", lang="en")
KIRKUK_AR = A(id="k-ar", text="هاجم مسلحون حاجزا للجيش في كركوك يوم الأحد وقتلوا أربعة جنود. "
                              "ودان رئيس الوزراء سعد الحسن الهجوم.",
              published="2025-03-10", source="Wire C", lang="ar")


def test_one_speakers_statements_about_one_linked_happening_are_one_statement() -> None:
    events = [e for a in (KIRKUK_EN, KIRKUK_AR) for e in _prepare(a, Settings())[0]]
    kinds = [(e.article_id, e.kind, e.event_type, e.actor1, e.about) for e in events]
    # (the army's checkpoint is what the gunmen attacked, and the prime minister condemned
    # the attack: neither is its doer, in either language)
    assert kinds == [("k-en", "happening", "violence.civilians.shooting", None, None),
                     ("k-en", "statement", "statement.vow", "person:saad al-hassan", 0),
                     ("k-ar", "happening", "violence", None, None),
                     ("k-ar", "statement", "statement.condemn", "person:سعد الحسن", 0)]
    # a threshold only the two reports of the attack reach: the statements' own pair
    # score does not join them, the speaker and the attack they report do
    strict = LinkSettings(threshold=0.99)
    assert cluster(len(events), score_pairs(events, strict), 0.99) == [[0, 2], [1], [3]]
    assert link_events(events, strict) == [[0, 2], [1, 3]]
    # ... and not when the attacks stay apart (no link between the two happenings)
    apart = list(events)
    apart[2] = attrs.evolve(events[2], event_type="disaster.weather.flood")
    assert link_events(apart, strict) == [[0], [1], [2], [3]]


def test_a_states_forces_and_government_are_its_country_to_the_features() -> None:
    from timeline.linking.features import NAMES

    events = [e for e in _prepare(KIRKUK_EN, Settings())[0] if e.kind == "happening"]
    a = attrs.evolve(events[0], actors=("SY-GOV",))
    b = attrs.evolve(events[0], article_id="other", actors=("country:SY", "ISIS"))
    x = dict(zip(NAMES, score_pairs([a, b], LinkSettings(), features_only=True)[(0, 1)]))
    assert x["actor_overlap"] == 1 / 3  # {SY-GOV, country:SY} and {country:SY, ISIS}: one of three
    c = attrs.evolve(b, actors=("country:IQ", "ISIS"))
    assert dict(zip(NAMES, score_pairs([a, c], LinkSettings(), features_only=True)[(0, 1)]))["actor_overlap"] == 0.0


def test_many_reports_of_one_speakers_statement_about_one_happening_join_into_one() -> None:
    from datetime import datetime
    from timeline.linking.statements import join_statements

    day = timedelta(days=1)
    facts = [("h", None)] + [(f"a{k:03d}", ("POLICE", ("h", 0), datetime(2025, 1, 1) + k * timedelta(minutes=7),
                                            datetime(2025, 1, 1) + k * timedelta(minutes=7) + day, None))
                          for k in range(300)]
    groups = [[0]] + [[k] for k in range(1, 301)]
    got = join_statements(groups, facts, {("h", 0): 0}, timedelta(hours=12))
    assert got == [[0], list(range(1, 301))]
    # two reports in one article stay two statements, whatever joins them
    facts[2] = ("a000", facts[2][1])
    got = join_statements(groups, facts, {("h", 0): 0}, timedelta(hours=12))
    assert len(got) == 3 and all(len({facts[k][0] for k in g}) == len(g) for g in got)


def test_one_speakers_words_about_two_days_strikes_are_two_statements() -> None:
    # the army speaks after each of two strikes on two days, in two regions: the strikes
    # stay apart, and so do its two statements, however alike ("said it targeted a
    # commander"): each reports a happening of its own day
    fri = A(id="f", lang="en", published="2026-03-06T18:00", source="Wire",
            text="An Israeli drone strike on a car killed two men near Baalbek on Friday, Lebanon's "
                 "health ministry said. The Israeli army said it had targeted a Hezbollah commander.")
    sat = A(id="s", lang="ar", published="2026-03-07T17:00", source="Agency",
            text="قتل شخص السبت في غارة نفذتها مسيرة إسرائيلية على دراجة نارية في بلدة الناقورة الجنوبية. "
                 "وقال الجيش الإسرائيلي إنه استهدف قياديا في حزب الله.")
    chron = timeline.build_chronology([fri, sat])
    assert sorted(sorted(sources(e)) for e in happenings(chron)) == [["f"], ["s"]]
    army = [e for e in chron.all_events if e.kind == "statement" and e.actor1 == "IL-MILITARY"]
    assert sorted(sorted(sources(e)) for e in army) == [["f"], ["s"]]


def test_a_statement_about_a_killing_and_the_mourning_it_brings_stays_one() -> None:
    from datetime import datetime
    from timeline.linking.statements import join_statements

    # one group of two reports of one speaker, about two happenings whose times meet
    # (a killing on the 3rd, three days of mourning from the 3rd): not cut
    d3, d4, d6 = datetime(2020, 1, 3), datetime(2020, 1, 4), datetime(2020, 1, 6)
    facts = [("a", None), ("b", None),
             ("a", ("person:~KHMN", ("a", 0), d3, d4, (d3, d4))),
             ("b", ("person:~KHMN", ("b", 0), d3, d4, (d3, d6)))]
    assert join_statements([[0], [1], [2, 3]], facts, {("a", 0): 0, ("b", 0): 1}, timedelta(hours=12)) == [
        [0], [1], [2, 3]]
    # two days that only touch, each told by words: cut
    d5 = datetime(2020, 1, 5)
    facts[3] = ("b", ("person:~KHMN", ("b", 0), d3, d4, (d4, d5)))
    assert join_statements([[0], [1], [2, 3]], facts, {("a", 0): 0, ("b", 0): 1}, timedelta(hours=12)) == [
        [0], [1], [2], [3]]


def test_two_protests_told_in_two_languages_in_two_cities_stay_apart() -> None:
    # other languages only mean the words cannot be compared; the places still disagree
    rabat = A(id="r", lang="en", published="2025-06-08", source="Wire",
              text="Thousands of people marched through the centre of Rabat on Saturday to protest "
                   "against rising food prices.")
    casa = A(id="c", lang="ar", published="2025-06-08", source="Daily",
             text="شارك المئات، يوم الأحد، في وقفة احتجاجية أمام مقر ولاية الدار البيضاء للتنديد بارتفاع الأسعار.")
    chron = timeline.build_chronology([rabat, casa])
    got = sorted((sorted(sources(e)), e.value, e.place_id) for e in happenings(chron))
    assert got == [(["c"], "2025-06-08", "MA-CAS"), (["r"], "2025-06-07", "geonames:2538475")]
    x = score_pairs([e for a in (rabat, casa) for e in _prepare(a, Settings())[0] if e.kind == "happening"],
                    LinkSettings(), features_only=True)
    (vec,) = x.values()
    from timeline.linking.features import NAMES
    feats = dict(zip(NAMES, vec))
    assert feats["place_conflict"] == 1.0 and feats["cross_lang"] == 0.0


def test_a_release_of_hostages_in_arabic_and_english_is_one_event() -> None:
    ar = A(id="ar", text="أفرجت حركة حماس عن ثلاث رهائن يوم الأحد في مدينة خان يونس.",
           published="2025-02-02", source="A", lang="ar")
    en = A(id="en", text="Hamas released three hostages in Khan Younis on Sunday, the Red Cross said.",
           published="2025-02-02", source="B", lang="en")
    chron = timeline.build_chronology([ar, en])
    (release,) = happenings(chron)
    assert release.type == "strategic.release" and sources(release) == {"ar", "en"}
    assert release.value == "2025-02-02"


RANGE_SUNDAY = A(id="r1", text="A hunter died of a gunshot wound at 4:20 p.m. Sunday at a rifle club in Ocala, "
                               "deputies said. Investigators believe the shooting was an accident.",
                 published="2016-07-04", source="Herald")
RANGE_LATER = A(id="r2", text="Around 4:20 p.m., the hunter's brother lifted a loaded rifle at the club in Ocala "
                              "and it fired. The shooting killed the hunter at once, deputies said.",
                published="2016-07-06", source="Tribune")
RANGE_OTHER = A(id="r3", text="Around 9:50 p.m., a cashier was shot and killed outside a grocery store in Ocala, "
                              "deputies said. Detectives are looking into the shooting.",
                published="2016-07-06", source="Gazette")


def test_a_clock_told_without_its_day_meets_the_same_clock_of_an_earlier_report() -> None:
    # the later story says only "around 4:20 p.m.": its day is the narrative's guess (the
    # publication day); the hour is the same as the first story's "4:20 p.m. Sunday"
    later = timeline.events.extract.read_article(RANGE_LATER)
    shooting = next(e for e in later if e.kind == "happening")
    assert shooting.time.value == "2016-07-06T16:20" and "day_inferred" in shooting.time.flags
    chron = timeline.build_chronology([RANGE_SUNDAY, RANGE_LATER])
    got = sorted((sorted(sources(e)), e.value) for e in happenings(chron))
    assert got == [(["r1", "r2"], "2016-07-03T16:20")]  # the day the first report tells


def test_a_guessed_day_without_the_same_clock_meets_nothing_it_did_not_meet_before() -> None:
    events = [*timeline.events.extract.read_article(RANGE_SUNDAY), *timeline.events.extract.read_article(RANGE_OTHER)]
    # a shooting of Sunday afternoon and one "around 9:50 p.m." in a story of three days
    # on, in the same town: no pair scored, and two events
    assert not [p for p in score_pairs(events) if {events[p[0]].kind, events[p[1]].kind} == {"happening"}]
    chron = timeline.build_chronology([RANGE_SUNDAY, RANGE_OTHER])
    assert sorted((sorted(sources(e)), e.value) for e in happenings(chron)) == [
        (["r1"], "2016-07-03T16:20"), (["r3"], "2016-07-06T21:50")]


def test_a_happening_both_reports_date_alike_long_before_either_is_history_to_both() -> None:
    # two reports a year apart recall one seizure of 2014: their publication gap says
    # nothing; two reports of this year a year apart still count it
    from timeline.linking.features import NAMES, Corpus, pair_features, profile

    def feats(texts_published):
        evs = []
        for k, (text, published) in enumerate(texts_published):
            events, _ = _prepare(A(id=f"r{k}", text=text, published=published, source=f"S{k}", lang="en"), Settings())
            evs.append(next(e for e in events if e.kind == "happening"))
        corpus = Corpus(evs)
        a, b = (profile(e, corpus, timedelta(hours=12), lambda _: ()) for e in evs)
        return dict(zip(NAMES, pair_features(a, b, timedelta(hours=12))))

    x = feats([("Rebels seized the port city of Hodeidah in 2014.", "2023-03-02"),
               ("The rebels, who seized Hodeidah in 2014, still hold it.", "2024-05-20")])
    assert (x["time_overlap"], x["pub_gap"]) == (1.0, 0.0)
    x = feats([("Rebels seized the port city of Hodeidah in March 2024.", "2024-03-30"),
               ("Rebels seized the port city of Hodeidah in March 2024.", "2025-05-20")])
    assert x["time_overlap"] == 1.0 and x["pub_gap"] > 5.0


def test_ISIS_s_seizure_of_2014_told_about_the_group_is_one_event_across_years() -> None:
    # a relative clause describing the group holds the old deed apart from the news it
    # sits in; two reports a year apart that recall it meet
    arts = [A(id="y1", published="2024-12-21", source="A", lang="ar",
              text="قتل جنديان في هجوم على حاجز قرب دير الزور أمس. وفي عام 2014، اجتاح التنظيم مناطق شاسعة من سوريا."),
            A(id="y2", published="2025-12-20", source="B", lang="ar",
              text=("قصفت طائرات التحالف مواقع في البادية اليوم. يذكر أن تنظيم داعش الذي سيطر على مساحات واسعة "
                    "عام 2014 في سوريا والعراق، مني بهزيمة كبيرة."))]
    chron = timeline.build_chronology(arts)
    seizure = [e for e in chron.all_events if any(m.trigger == "سيطر" for m in e.mentions)]
    assert len(seizure) == 1 and seizure[0].value == "2014"
    assert sorted((m.article_id, m.trigger) for m in seizure[0].mentions) == [("y1", "اجتاح"), ("y2", "سيطر")]


def test_pair_features_of_events_without_a_publication_date_do_not_overflow() -> None:
    # an event built by hand may have no publication date (its profile's is datetime.min)
    from datetime import datetime
    from timeline.linking.features import NAMES, Profile, pair_features

    a, b = Profile(), Profile()
    a.type = b.type = "violence"
    a.dated = b.dated = True
    a.lo, a.hi = b.lo, b.hi = datetime(2014, 1, 1), datetime(2015, 1, 1)
    x = dict(zip(NAMES, pair_features(a, b, timedelta(hours=12))))
    assert (x["time_overlap"], x["pub_gap"]) == (1.0, 0.0)


def test_a_happening_is_placed_where_its_reports_agree_most_precisely() -> None:
    # two reports say the country, one the province, one the town: they agree, and the
    # chronology codes the town (a report placing it elsewhere would not have agreed)
    def report(k: str, where: str) -> timeline.Article:
        return A(id=k, text=f"An earthquake of magnitude 6.0 killed eight people in {where} early on Tuesday.",
                 published="2026-03-03", source=k.upper(), lang="en")

    chron = timeline.build_chronology([report("c", "Turkey"), report("c2", "eastern Turkey"),
                                       report("p", "Malatya province"), report("t", "the city of Malatya")])
    (quake,) = happenings(chron)
    assert sources(quake) == {"c", "c2", "p", "t"}
    assert (quake.place_id, quake.location) == ("geonames:304922", "Malatya")



def test_a_follow_up_telling_an_aftershock_links_its_earthquake_to_the_first_report() -> None:
    first = A(id="a", lang="en", source="A", published="2025-10-07",
              text="A magnitude 5.9 earthquake struck the eastern province of Van early on Tuesday, killing 14 people.")
    later = A(id="b", lang="en", source="B", published="2025-10-09",
              text="Crews dug through collapsed homes in Van on Thursday, two days after the earthquake that killed "
                   "17 people. A strong aftershock rattled the province on Wednesday night, sending families into the "
                   "streets.")
    chron = timeline.build_chronology([first, later])
    quake = next(e for e in happenings(chron) if any(m.trigger == "struck" for m in e.mentions))
    assert sources(quake) == {"a", "b"}
    assert quake.value.startswith("2025-10-07")
    assert not any(m.trigger == "aftershock" for m in quake.mentions)


def test_two_strikes_an_arabic_report_dates_yesterday_and_today_stay_two_across_outlets() -> None:
    # one Arabic report tells both: a drone strike in one town "yesterday" and raids on
    # another "today, Tuesday"; two English reports tell one each
    ar = A(id="ar", lang="ar", source="A", published="2025-09-09",
           text="قصفت طائرة مسيرة أمس منزلا في بلدة عيتا الشعب، ما أدى إلى مقتل رجلين. "
                "وفي سياق آخر، شنت طائرات حربية غارات على الهرمل اليوم الثلاثاء.")
    en1 = A(id="en1", lang="en", source="B", published="2025-09-08",
            text="A drone strike on a house in the border village of Aita al-Shaab killed two men on Monday.")
    en2 = A(id="en2", lang="en", source="C", published="2025-09-10",
            text="Warplanes carried out strikes on the city of Hermel on Tuesday, hitting a warehouse.")
    chron = timeline.build_chronology([ar, en1, en2])
    got = sorted((e.value[:10], sorted(sources(e))) for e in happenings(chron))
    assert got == [("2025-09-08", ["ar", "en1"]), ("2025-09-09", ["ar", "en2"])]


def test_touching_days_two_clocks_give_one_strike_still_link_through_its_place() -> None:
    # Washington's Friday is Damascus's Saturday: both reports name Deir ez-Zor
    en = A(id="en", lang="en", source="A", published="2025-11-22",
           text="US forces struck Islamic State targets in Deir ez-Zor province on Friday, officials said.")
    ar = A(id="ar", lang="ar", source="B", published="2025-11-22",
           text="شنت القوات الأمريكية اليوم السبت غارات على مواقع لتنظيم داعش في دير الزور.")
    chron = timeline.build_chronology([en, ar])
    (strike,) = happenings(chron)
    assert sources(strike) == {"en", "ar"}


def test_touching_days_told_with_only_a_side_in_common_do_not_overlap() -> None:
    # one army strikes on many days: its Monday in one town and its Tuesday in another
    # are two days to the features, not one across clocks; with one town they overlap
    from timeline.linking.features import NAMES

    mon = A(id="m", lang="en", source="A", published="2025-10-14",
            text="Israeli drones struck a car in Khiam on Monday, killing one man.")
    tue = A(id="t", lang="ar", source="B", published="2025-10-15",
            text="استهدفت مسيرة إسرائيلية اليوم الثلاثاء سيارة في بلدة بنت جبيل، ما أدى إلى مقتل شخص.")
    same = A(id="s", lang="ar", source="C", published="2025-10-15",
             text="استهدفت مسيرة إسرائيلية اليوم الثلاثاء سيارة في بلدة الخيام، ما أدى إلى مقتل شخص.")
    (em,), (et,), (es,) = ([e for e in _prepare(a, Settings())[0] if e.kind == "happening"] for a in (mon, tue, same))
    assert [e.time.value for e in (em, et, es)] == ["2025-10-13", "2025-10-14", "2025-10-14"]
    two = dict(zip(NAMES, score_pairs([em, et], LinkSettings(), features_only=True)[(0, 1)]))
    one = dict(zip(NAMES, score_pairs([em, es], LinkSettings(), features_only=True)[(0, 1)]))
    assert (two["time_overlap"], two["place_same"], two["actor_overlap"]) == (0.0, 0.0, 1.0)
    assert (one["time_overlap"], one["place_same"]) == (1.0, 1.0)
    # nor does a country alone tie them: a strike told only "in Lebanon" on Monday
    lb = A(id="l", lang="en", source="D", published="2025-10-14",
           text="Israeli drones struck a car in Lebanon on Monday, killing one man.")
    (el,) = [e for e in _prepare(lb, Settings())[0] if e.kind == "happening"]
    assert el.places == ("LB",)
    country = dict(zip(NAMES, score_pairs([el, et], LinkSettings(), features_only=True)[(0, 1)]))
    assert (country["time_overlap"], country["place_same"]) == (0.0, 1.0)


def test_a_bombing_on_the_next_day_in_the_next_town_is_a_look_alike() -> None:
    from timeline.linking import other_day_other_town

    fri = A(id="f", lang="ar", source="A", published="2025-10-11",
            text="انفجرت سيارة مفخخة في بلدة الخيام يوم الجمعة ما أدى إلى مقتل شخص.")
    sat = A(id="s", lang="en", source="B", published="2025-10-11",
            text="A car bomb exploded in Bint Jbeil on Saturday, killing one man.")
    chron = timeline.build_chronology([fri, sat])
    assert sorted(sorted(sources(e)) for e in happenings(chron)) == [["f"], ["s"]]
    # one town, or one day, and the pair is left to the model
    (ef,) = [e for e in _prepare(fri, Settings())[0] if e.kind == "happening"]
    same_town = A(id="t", lang="en", source="C", published="2025-10-11",
                  text="A car bomb exploded in Khiam on Saturday, killing one man.")
    same_day = A(id="d", lang="en", source="D", published="2025-10-11",
                 text="A car bomb exploded in Bint Jbeil on Friday, killing one man.")
    for other in (same_town, same_day):
        (eo,) = [e for e in _prepare(other, Settings())[0] if e.kind == "happening"]
        assert other_day_other_town([ef, eo], [(0, 1)]) == [], other.id


def test_a_quake_and_its_aftershock_told_in_two_languages_are_two_events() -> None:
    ar = A(id="q-ar", text="ضرب زلزال بقوة 6.1 درجات ولاية ملاطيا فجر اليوم الأربعاء ما أسفر عن مقتل ثلاثة أشخاص. "
                           "وأعقبت الزلزال هزة ارتدادية بقوة 4.7 درجات بعد ساعتين.",
           published="2025-04-16T09:00+03:00", source="Ar", lang="ar")
    en = A(id="q-en", text="A magnitude 6.1 earthquake struck Malatya province early on Wednesday, killing three people. "
                           "A 4.7 magnitude aftershock hit the region two hours later.",
           published="2025-04-16T08:00+00:00", source="En", lang="en")
    got = sorted((e.type, sorted(sources(e))) for e in happenings(timeline.build_chronology([ar, en])))
    assert got == [("disaster.earthquake", ["q-ar", "q-en"]), ("disaster.earthquake.aftershock", ["q-ar", "q-en"])]


def test_a_report_of_the_aftershock_alone_is_not_the_quake_of_another_report() -> None:
    # the follow-up tells only the morning's aftershock, in the same province, at a time
    # the first report's "late Sunday" reaches: still the aftershock, not the quake
    quake = A(id="q1", lang="en", source="A", published="2025-09-01",
              text="A magnitude 6.0 earthquake struck Kunar province in eastern Afghanistan late Sunday, "
                   "killing at least 600 people.")
    after = A(id="q2", lang="ar", source="B", published="2025-09-01",
              text="ضربت هزة ارتدادية بقوة 4.5 درجات صباح اليوم الاثنين ولاية كونار في شرق أفغانستان.")
    got = sorted((e.type, sorted(sources(e))) for e in happenings(timeline.build_chronology([quake, after])))
    assert got == [("disaster.earthquake", ["q1"]), ("disaster.earthquake.aftershock", ["q2"])]


def test_a_day_reckoned_in_weeks_meets_the_day_another_report_tells() -> None:
    # the verdict was on Friday the 6th; the later report reckons it "a week" before
    # Saturday's protest, the 7th: a day either side of a reckoned day may be it
    verdict = A(id="v", lang="en", source="A", published="2026-03-07",
                text="A court in Lagos on Friday sentenced the union leader Ade Bello to ten years in prison.")
    protest = A(id="p", lang="en", source="B", published="2026-03-15",
                text="Dock workers protested in Lagos on Saturday. The protest came a week after a court "
                     "sentenced union leader Ade Bello to ten years in prison.")
    chron = timeline.build_chronology([verdict, protest])
    (sentence,) = [e for e in happenings(chron) if e.type == "political.justice"]
    assert sorted(sources(sentence)) == ["p", "v"]
    (reckoned,) = [m for m in sentence.mentions if m.article_id == "p"]
    assert (reckoned.time.value, reckoned.time.mod) == ("2026-03-07", "APPROX")


def test_a_ministry_named_again_is_the_one_named_before_and_links_across_languages() -> None:
    # "The ministry said" after "according to Lebanon's health ministry": the same body
    # speaks, and its Arabic and English reports are one statement (الوزارة is no "visit")
    en = A(id="m-en", lang="en", source="A", published="2025-10-14",
           text="Two people were killed in a drone strike on a car in Tyre on Tuesday, according to "
                "Lebanon's health ministry. The ministry said in a statement that one of them was a child.")
    ar = A(id="m-ar", lang="ar", source="B", published="2025-10-14",
           text="قتل شخصان اليوم الثلاثاء في غارة بطائرة مسيرة على سيارة في صور، وفق وزارة الصحة اللبنانية. "
                "وأعلنت الوزارة في بيان أن أحدهما طفل.")
    chron = timeline.build_chronology([en, ar])
    got = sorted((e.kind, e.actor1, sorted(sources(e))) for e in chron.all_events)
    assert got == [("happening", None, ["m-ar", "m-en"]), ("statement", "LB-GOV", ["m-ar", "m-en"])]


def test_the_ages_two_reports_tell_weigh_for_and_against_a_link() -> None:
    # each report tells one person's age: the same age (or a year apart, as outlets round
    # a birthday) weighs for one happening, ages far apart against it; a report telling
    # several people's ages (a victim's and a shooter's) is not weighed
    from timeline.linking.features import NAMES

    base = [e for a in (DAYTON, TULSA) for e in _prepare(a, Settings())[0] if e.kind == "happening"]

    def ages(x: tuple[int, ...], y: tuple[int, ...]) -> tuple[dict[str, float], float]:
        a = attrs.evolve(base[0], ages=x)
        b = attrs.evolve(base[1], ages=y)
        f = score_pairs([a, b], LinkSettings(), features_only=True)[(0, 1)]
        p = score_pairs([a, b], LinkSettings())[(0, 1)]
        return {n: v for n, v in zip(NAMES, f) if n.startswith("ages")}, p

    same, p_same = ages((24,), (24,))
    assert same == {"ages_same": 1.0, "ages_apart": 0.0}
    assert ages((24,), (25,))[0] == same
    apart, p_apart = ages((24,), (58,))
    assert apart == {"ages_same": 0.0, "ages_apart": 1.0}
    none, p_none = ages((24,), ())
    assert none == {"ages_same": 0.0, "ages_apart": 0.0}
    assert ages((24, 31), (58,))[0] == none
    assert p_apart < p_none < p_same


def test_protesters_shot_and_a_protest_broken_up_with_deaths_are_one_happening() -> None:
    # one outlet tells the shots, the other the protest the police broke up: outlets tell
    # the force used on a protest either way (the taxonomy's interchangeable types), so the
    # two meet although their types lie in different families
    a = A(id="a", text="Police shot dead three protesters in Kisumu on Tuesday, witnesses said.",
          published="2025-07-09", source="A")
    b = A(id="b", text="Police fired tear gas to disperse a protest in Kisumu on Tuesday. Three demonstrators "
                       "were killed.", published="2025-07-09", source="B")
    (event,) = happenings(timeline.build_chronology([a, b]))
    assert (sorted(sources(event)), event.value, event.location, event.fatalities) == \
        (["a", "b"], "2025-07-08", "Kisumu", 3)


def test_one_speakers_saying_told_where_it_was_said_and_where_it_is_about_is_one_statement() -> None:
    # the English report places the saying in Doha, the Arabic one at what it is about
    # (Gaza): two statements' places apart do not tell two sayings apart
    a = A(id="a", text="Qatari Prime Minister Mohammed bin Abdulrahman Al Thani told a news conference in Doha "
                       "on Wednesday that the mediators would meet again.", published="2025-01-15", source="A")
    b = A(id="b", text="أعلن رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني اليوم الأربعاء أن الوسطاء سيجتمعون "
                       "مجددا لبحث الأوضاع في قطاع غزة.", published="2025-01-15", source="B", lang="ar")
    (said,) = [e for e in timeline.build_chronology([a, b]).all_events if e.kind == "statement"]
    assert (sorted(sources(said)), said.value) == (["a", "b"], "2025-01-15")


def test_a_bare_attack_does_not_meet_a_protest_of_its_town_across_articles() -> None:
    # only specific types meet across families: the charge's "attack" of a court report
    # ("بتهمة الاعتداء ...") is no protest broken up in the same city
    a = A(id="a", text="TUNIS (Reuters) - Thousands marched through the capital on Saturday against the president. "
                       "Police fired tear gas to disperse protesters who tried to reach parliament.",
          published="2025-06-15", source="A")
    b = A(id="b", text="تونس - أصدرت محكمة تونسية، الجمعة، حكما بسجن المعارضة عبير موسي 12 عاما بتهمة "
                       "\"الاعتداء المقصود منه تبديل هيئة الدولة\".", published="2025-06-15", source="B", lang="ar")
    protest = [e for e in happenings(timeline.build_chronology([a, b])) if e.event_type == "Protests"]
    assert [sorted(sources(e)) for e in protest] == [["a"]]


def test_a_change_of_government_no_sentence_places_is_at_the_state_its_words_name() -> None:
    def placed(text: str, lang: str) -> list[tuple[str, tuple[str, ...], str]]:
        art = A(id="x", text=text, published="2026-03-02", lang=lang, source="S")
        return [(e.event_type, e.places, e.place_basis) for e in _prepare(art, Settings())[0]
                if e.kind == "happening"]
    assert placed("عادت آلاف العائلات إلى بيوتها بعد انهيار الحكومة السودانية.", "ar") == [
        ("strategic.coup", ("SD",), "state")]
    assert placed("The prime minister of Nepal resigned on Tuesday.", "en") == [
        ("political.resignation", ("NP",), "state")]
    # a government the text does not name, given its country only by the story's places
    assert placed("Strikes hit Gaza City on Thursday. The government was expected to vote on the deal "
                  "later on Friday.", "en") == [
        ("violence.remote", ("geonames:281133",), "text"), ("political.election", (), "none"),
        ("strategic.agreement", (), "none")]
    # any other happening keeps no place from the bodies it names
    assert placed("Sudanese soldiers were deployed along the road.", "en") == [
        ("strategic.deployment", (), "none")]


def test_coups_in_two_countries_are_two_events_each_told_in_two_languages() -> None:
    arts = [
        A(id="a", text="عادت آلاف العائلات إلى بيوتها في العاصمة خلال الأشهر الماضية، بعد انهيار الحكومة السودانية.",
          published="2026-03-02", lang="ar", source="S"),
        A(id="e", text="Army officers overthrew the Sudanese government in a coup on Monday, state television said.",
          published="2026-01-13", lang="en", source="W"),
        A(id="o", text="Soldiers overthrew the government of Mali in a coup on Monday, state television said.",
          published="2026-01-13", lang="en", source="W"),
        A(id="m", text="وكان الجيش قد أطاح بحكومة مالي في انقلاب عسكري مطلع العام.",
          published="2026-03-03", lang="ar", source="T"),
    ]
    chron = timeline.build_chronology(arts)
    got = sorted((e.location, sorted(sources(e)), e.value) for e in happenings(chron))
    # the same day and the same words from one outlet, but a government falls in one country
    assert got == [("Mali", ["m", "o"], "2026-01-12"), ("Sudan", ["a", "e"], "2026-01-12")]
