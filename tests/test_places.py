"""Places: the gazetteer's ids, names across scripts, containment and the matching rules."""

from __future__ import annotations

import doctest

import pytest

from timeline.events import gazetteer, places
from timeline.events.gazetteer import compatible, contains, distance_km, get_place, search_places
from timeline.events.places import find_places
from timeline.text import normalize

MANBIJ = "geonames:167357"
ALEPPO_GOV = "SY-HL"


def found(text: str, lang: str = "ar") -> list[tuple[str, str]]:
    """(original text of the name, place id) for each place found."""
    n = normalize(text)
    out = []
    for m in find_places(n, lang):
        s, e = n.span(m.start, m.end)
        out.append((text[s:e], m.place.id))
    return out


def test_docstring_examples_run():
    for module in (gazetteer, places):
        assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_arabic_and_english_names_of_a_town_give_one_id():
    assert found("وصلت التعزيزات إلى منبج") == [("منبج", MANBIJ)]
    assert found("Reinforcements reached Manbij on Sunday.", "en") == [("Manbij", MANBIJ)]



def test_a_town_whose_population_geonames_does_not_know_keeps_its_english_spellings():
    # GeoNames gives Bint Jbeil (south Lebanon) no population: unknown, not small, so its
    # Latin alternates are indexed as a big town's are, and both scripts meet on one id
    bint_jbeil = "geonames:276592"
    assert found("A strike hit a motorcycle in the town of Bint Jbeil on Monday.", "en") == [
        ("Bint Jbeil", bint_jbeil)]
    assert found("استهدفت غارة دراجة نارية في مدينة بنت جبيل") == [("بنت جبيل", bint_jbeil)]


def test_a_word_counted_by_a_number_is_no_place() -> None:
    # "70 ميلا" is seventy miles, not Algeria's Mila province
    assert found("انفجرت عبوة على بعد 70 ميلا من الساحل") == []


def test_a_town_word_names_a_town_abroad_in_a_text_about_another_country() -> None:
    # the ship is "linked to Israel"; the blast was off the port of Hodeidah (Yemen)
    text = "قالت الجماعة إن السفينة مرتبطة بإسرائيل. ووقع الانفجار غرب ميناء الحديدة."
    assert [pid for _, pid in found(text)] == ["IL", "geonames:79415"]

def test_town_is_inside_its_governorate_and_country():
    manbij = get_place(MANBIJ)
    assert manbij.parents == ("SY", ALEPPO_GOV)
    assert contains(get_place("SY"), manbij)
    assert contains(ALEPPO_GOV, MANBIJ)
    assert not contains(MANBIJ, ALEPPO_GOV)
    assert compatible(MANBIJ, "SY") and compatible("SY", MANBIJ)
    assert not compatible(MANBIJ, "IQ")


def test_get_place_unknown_id_raises_key_error():
    with pytest.raises(KeyError):
        get_place("nowhere:1")


def test_distance_between_two_towns():
    km = distance_km(MANBIJ, "geonames:170063")  # Aleppo city
    assert km is not None and 70 < km < 90


@pytest.mark.parametrize("text, expected", [
    ("قصف على بمنبج", ("منبج", MANBIJ)),
    ("بين حلب وحمص", None),
    ("غارات على لدمشق", ("دمشق", "geonames:170654")),
    ("دخلت القوات والرقة", ("الرقة", "geonames:172955")),
])
def test_arabic_clitics_stay_outside_the_span(text, expected):
    got = found(text)
    if expected is not None:
        assert expected in got


def test_clitic_on_a_second_town_after_a_first_one():
    assert found("اشتباكات في حلب ومنبج") == [("حلب", "geonames:170063"), ("منبج", MANBIJ)]
    # "حمص" is also chickpeas, but joined to a Syrian town it is the city of Homs
    assert found("اشتباكات في حلب وحمص") == [("حلب", "geonames:170063"), ("حمص", "geonames:169577")]


@pytest.mark.parametrize("text, expected", [
    # a big town whose name is also a word, after a preposition, in a text placed in its country
    ("انفجرت سيارة مفخخة في حمص وسط سوريا", [("حمص", "geonames:169577"), ("سوريا", "SY")]),
    ("وصل الوفد الأممي إلى حمص قادما من دمشق", [("حمص", "geonames:169577"), ("دمشق", "geonames:170654")]),
    # no other place of that country in the text: the word may be the word
    ("أكل الضيوف في حمص بالطحينة", []),
    # with the article it stays a word whatever the context ("the door", "the eye")
    ("دخل المسلحون من الباب الخلفي لمبنى في حلب", [("حلب", "geonames:170063")]),
    ("أصيب الرجل في العين خلال اشتباك في دمشق", [("دمشق", "geonames:170654")]),
])
def test_big_town_named_like_a_word_after_a_preposition(text, expected):
    assert found(text) == expected


def test_multiword_names_in_both_scripts():
    assert found("سقطت قذائف على دير الزور وخان شيخون") == [
        ("دير الزور", "geonames:170794"), ("خان شيخون", "geonames:168325")]
    assert found("Shelling hit Deir ez-Zor and Khan Shaykhun.", "en") == [
        ("Deir ez-Zor", "geonames:170794"), ("Khan Shaykhun", "geonames:168325")]


def test_old_and_new_names_of_palmyra_are_one_town():
    tadmur = "geonames:163808"
    assert found("دخل التنظيم مدينة تدمر") == [("تدمر", tadmur)]
    assert found("The group entered Palmyra.", "en") == [("Palmyra", tadmur)]
    assert found("The group entered Tadmur.", "en") == [("Tadmur", tadmur)]


def test_countryside_cue_gives_the_governorate():
    assert found("قصفت الطائرات ريف حمص الشمالي") == [("ريف حمص", "SY-HI")]
    assert found("اشتباكات في محافظة حلب") == [("حلب", ALEPPO_GOV)]
    assert found("Clashes in Idlib province.", "en") == [("Idlib", "SY-ID")]


def test_a_foreign_town_a_happening_is_named_after_is_found_in_a_country_the_text_names() -> None:
    # "هجوم سولينغن": the gazetteer does not spell Solingen so; its consonants find it
    assert found("تذكر الألمان هجوم سولينغن في ألمانيا") == [("سولينغن", "geonames:2831580"), ("ألمانيا", "DE")]
    # with no country named, or after a noun that is no happening, nothing
    assert found("تذكر الألمان هجوم سولينغن") == []
    assert found("قال رئيس سولينغن في ألمانيا إن") == [("ألمانيا", "DE")]


def test_a_name_going_on_in_common_words_after_a_possessive_is_found() -> None:
    # "Beirut's southern suburbs" is Dahiyeh; a name ending on its possessive is no other
    assert found("An air strike hit Beirut's southern suburbs on Tuesday.", "en") == [
        ("Beirut's southern suburbs", "x:LB-DAHIYEH")]
    assert found("He was taken to St. Mary's hospital.", "en") == []


def test_a_region_cue_lifts_a_town_of_some_size_only() -> None:
    # "إقليم كشمير": the gazetteer's only "كشمير" is a village in Washington state, which
    # names no region; in a story of India and Pakistan it is no place at all
    assert found("فتح مسلحون النار على سياح في إقليم كشمير، ونفت باكستان أي صلة لها، فيما "
                 "أعلنت الهند تعليق المعاهدة.") == [("باكستان", "PK"), ("الهند", "IN")]


def test_town_cue_keeps_the_town_named_like_its_governorate():
    assert found("قصف مدينة حلب") == [("حلب", "geonames:170063")]


def test_common_words_that_are_town_names_need_a_cue():
    assert found("فتح الباب واشترى حمص من السوق") == []
    assert found("سيطرت الفصائل على مدينة الباب") == [("الباب", "geonames:174018")]


def test_cue_word_itself_is_not_a_place():
    # "مدينة" is also an Arabic name of Medina: as a cue it names nothing
    assert found("مدينة منبج") == [("منبج", MANBIJ)]


def test_arabic_article_missing_from_the_gazetteer_spelling():
    assert found("وصل الوفد إلى الخرطوم") == [("الخرطوم", "geonames:379252")]


def test_countries_in_both_languages():
    assert found("زار الوزير سوريا والعراق") == [("سوريا", "SY"), ("العراق", "IQ")]
    assert found("The minister visited Syria and the U.S. last week.", "en") == [("Syria", "SY"), ("U.S.", "US")]


def test_territories_the_packages_lack_contain_their_towns():
    assert found("قصف على قطاع غزة") == [("قطاع غزة", "PS-GAZA-STRIP")]
    gaza = search_places("غزة")
    town = next(p for p in gaza if p.kind == "city" and p.country == "PS")
    assert contains("PS-GAZA-STRIP", town)


def test_moroccan_province_is_a_district_of_its_region():
    haouz = get_place("MA-HAO")
    assert haouz.kind == "district" and haouz.parents == ("MA", "MA-07")
    assert found("ضرب الزلزال إقليم الحوز") == [("الحوز", "MA-HAO")]


def test_us_city_state_dateline():
    assert found("ELGIN, Iowa (AP) — A boy was hurt.", "en") == [("ELGIN", "geonames:4855264"), ("Iowa", "US-IA")]


def test_ap_state_abbreviation_after_a_town():
    got = found("BEDFORD, N.H. — Investigators said a Bedford woman was hurt.", "en")
    assert got == [("BEDFORD", "geonames:5083221"), ("N.H.", "US-NH"), ("Bedford", "geonames:5083221")]


def test_ap_state_abbreviation_after_a_township():
    # a township's name is not in the gazetteer, but the state after it still names the state
    assert ("Mich.", "US-MI") in found("He lives in Bloomfield Township, Mich., police said.", "en")


def test_a_postal_code_after_a_town_names_its_state_and_settles_the_town():
    # Springfield, Portland: the two-letter code after the comma picks the state's town
    assert found("A man was shot in Springfield, MO on Monday.", "en") == [
        ("Springfield", "geonames:4409896"), ("MO", "US-MO")]
    assert found("A man was shot in Springfield, IL on Monday.", "en") == [
        ("Springfield", "geonames:4250542"), ("IL", "US-IL")]
    assert found("Portland, ME police said a man was hurt.", "en") == [
        ("Portland", "geonames:4975802"), ("ME", "US-ME")]
    assert found("ST. LOUIS COUNTY, MO (KTVI)- Two men were hurt.", "en") == [
        ("ST. LOUIS COUNTY", "us-county:29189"), ("MO", "US-MO")]
    # only in capitals, and only right after "<place>,"
    assert found("He moved to Bedford, In 2010 he was hurt.", "en") == [("Bedford", "geonames:2656046")]
    assert found("OR police said a man was hurt in Tampa.", "en") == [("Tampa", "geonames:4174757")]


def test_a_town_abbreviation_alone_names_the_town_and_after_a_town_its_state():
    washington = "geonames:4140963"
    assert found("D.C. officers said a man was hurt.", "en") == [("D.C.", washington)]
    assert found("A man was hurt in Northwest D.C. on Friday.", "en") == [("D.C.", washington)]
    assert found("A man was hurt in Washington, D.C., on Friday.", "en")[0] == ("Washington", washington)


def test_a_compass_word_before_a_town_names_a_part_of_it():
    # "Northeast Washington": the town, and no person named "Northeast Washington"
    from timeline.events.actors import find_actors

    text = "A man was hurt in Northeast Washington on Friday."
    assert found(text, "en") == [("Washington", "geonames:4140963")]
    assert [m.actor.id for m in find_actors(normalize(text), "en") if m.actor.kind == "person"] == []
    assert found("A woman was hurt in southwest Elgin.", "en") == [("Elgin", "geonames:4890864")]


def test_a_name_of_a_state_and_a_country_is_read_in_the_country_most_names_can_lie_in():
    # "Georgia" with a US town is the state; with Tbilisi, the country
    got = found("Deputies said the boy was shot in Carlton. The Georgia Bureau of Investigation took the case "
                "in Georgia.", "en")
    assert [pid for _, pid in got][-1] == "US-GA" and get_place(got[0][1]).country == "US"
    assert found("Protesters gathered in Tbilisi, the capital of Georgia.", "en") == [
        ("Tbilisi", "geonames:611717"), ("Georgia", "GE")]


def test_state_named_elsewhere_settles_a_town_name():
    got = found("A boy was hurt in Elgin on Friday, the Iowa sheriff said.", "en")
    assert got == [("Elgin", "geonames:4855264"), ("Iowa", "US-IA")]


def test_a_town_the_gazetteer_lacks_in_the_state_after_it_is_placed_in_that_state():
    # the only Carltons the gazetteer holds in the US are elsewhere (Oregon): "Carlton,
    # Georgia" is a town it does not know, in Georgia, and the phrase names the state
    assert found("A man was shot dead in Carlton, Georgia, on Thursday.", "en") == [
        ("Carlton, Georgia", "US-GA")]
    assert found("CARLTON, Ga. - A man was shot dead on Thursday.", "en") == [("CARLTON, Ga.", "US-GA")]
    assert found("The boy was hurt at his home in Eureka, Navarro County.", "en") == [
        ("Eureka, Navarro County", "us-county:48349")]
    # a town the gazetteer holds in that state keeps its own reading
    assert found("A man was shot dead in Salem, Oregon, on Thursday.", "en") == [
        ("Salem", "geonames:5750162"), ("Oregon", "US-OR")]


def test_a_state_opening_an_agencys_name_settles_a_county_but_is_no_place_told():
    # "Paulding County" is in Georgia and in Ohio; the agency's state decides, and the
    # agency's name itself places nothing
    assert found("A girl was shot in Paulding County, the Georgia Bureau of Investigation said.", "en") == \
        [("Paulding County", "us-county:13223")]
    assert found("A girl was shot in Paulding County, the Ohio Bureau of Criminal Investigation said.", "en") == \
        [("Paulding County", "us-county:39125")]
    # with no state in sight the county stays unread, and an agency of a state that does
    # not hold it settles nothing
    assert found("A girl was shot in Paulding County, police said.", "en") == []
    assert found("A girl was shot in Paulding County, the Texas Rangers said.", "en") == []


def test_a_town_called_by_its_own_name_outweighs_a_bigger_one_called_by_an_old_name():
    # GeoNames gives Larnaca (Cyprus, 72,000) the old name "Salina"; Salina, Kansas
    # (48,000) is called so; Naples, Italy (900,000) stays Naples without context
    assert found("A car was stolen in Salina on Friday.", "en") == [("Salina", "geonames:4278890")]
    assert found("A car was stolen in Naples on Friday.", "en") == [("Naples", "geonames:3172394")]


def test_bigger_town_wins_without_context():
    assert found("A man was hurt in Elgin on Friday.", "en") == [("Elgin", "geonames:4890864")]  # Illinois


def test_english_names_must_be_capitalised():
    assert found("we drove to manbij", "en") == []


def test_a_town_after_in_stays_a_town_before_said():
    # "Gomez said" is a person about to speak; "police in Tacoma said" a town
    assert found("Police in Tacoma said the car was stolen.", "en") == [("Tacoma", "geonames:5812944")]
    assert found("Officers told Gomez said nothing.", "en") == []


def test_streets_and_person_names_are_not_places():
    assert found("Kendrick Moss was wounded in the 2300 block of West Lincoln Avenue.", "en") == []
    assert found("Jordan Peterson spoke.", "en") == []


def test_two_names_crossing_at_an_intersection_are_streets():
    # joined by "and" where streets cross, with one of them no place: both are streets
    assert found("Shots were fired in a smoke shop at Flamingo and Durango.", "en") == []
    assert found("He was hit at the intersection of Durango and Flamingo.", "en") == []
    # two places joined by "and" stay places
    assert found("Troops fought at Raqqa and Tabqa.", "en") == [
        ("Raqqa", "geonames:172955"), ("Tabqa", "geonames:172374")]


def test_english_common_words_need_a_cue_or_a_state():
    assert found("We hope the Police will find the Mobile phone.", "en") == []
    assert found("The shooting happened in Hope, Arkansas.", "en") == [
        ("Hope", "geonames:4115181"), ("Arkansas", "US-AR")]


def test_country_name_beats_a_small_town_of_the_same_name():
    assert found("The king of Jordan spoke.", "en") == [("Jordan", "JO")]


def test_a_us_state_named_in_the_text_makes_georgia_the_state():
    assert found("Atlanta police said Georgia will mourn.", "en") == [
        ("Atlanta", "geonames:4180439"), ("Georgia", "US-GA")]


def test_range_and_sorted_offsets():
    text = "قصف على منبج ثم على تدمر"
    n = normalize(text)
    ms = find_places(n, "ar")
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    later = find_places(n, "ar", start=n.text.index("ثم"))
    assert [m.place.id for m in later] == ["geonames:163808"]


def test_find_places_needs_a_normalized_text():
    with pytest.raises(TypeError):
        find_places("منبج", "ar")  # type: ignore[arg-type]


def test_empty_text():
    assert find_places(normalize(""), "en") == []


def test_common_nouns_that_are_also_place_names_need_a_place_cue() -> None:
    # "الأمان" (safety) is no Amman, "ميديا" (media) no Médéa, "الصور" (the pictures) no Tyre
    from timeline.events.document import Document
    from timeline.text import normalize

    def places(text: str) -> list[str]:
        return [p.place.name for p in Document.read("p", normalize(text), "ar", []).places()]

    assert places("تداول الناشطون الصور على السوشيال ميديا بحثا عن الأمان") == []
    assert places("سقطت قذيفة في صور جنوب لبنان") == ["Tyre", "Lebanon"]


def test_a_word_naming_a_happening_is_no_place_without_a_strong_cue() -> None:
    from timeline.events.document import Document
    from timeline.text import normalize

    def places(text: str, lang: str) -> list[str]:
        return [p.place.name for p in Document.read("p", normalize(text), lang, []).places()]

    assert places("جرفت السيول عشرات السيارات وثار البركان", "ar") == []       # not Seoul, not Berkane
    assert places("زار الوزير مدينة بركان المغربية", "ar") == ["Berkane"]       # a strong cue
    assert places("Hurricane Maria hit Puerto Rico.", "en") == ["Puerto Rico"]   # not Hurricane, Utah
    assert places("He lives in Hurricane, Utah.", "en") == ["Hurricane", "Utah"]


def test_a_town_after_a_word_naming_a_happening_is_where_it_happened() -> None:
    # Arabic names a happening's place in a construct: "هجوم تدمر" is the Palmyra attack,
    # though "تدمر" alone is also a verb (destroys) and needs a cue
    tadmur = "geonames:163808"
    assert found("قتل المسؤول عن هجوم تدمر") == [("تدمر", tadmur)]
    assert found("تذكر الأهالي مجزرة حماة") == [("حماة", "geonames:170017")]
    assert found("قالت إن الحرب تدمر البلاد") == []             # a verb, no construct
    # a statement's word, a time word or a tiny hamlet named like a common noun is no such place
    assert found("وأوضح البيان أن القوات انسحبت") == []
    assert found("هجوم الحكومة على المعارضة") == []
    assert found("قرار حظر الجمعة") == []
    # an outcome's complement is who died or was hurt: "حصيلة الشهداء" is the toll of the
    # martyrs, not of the town of Ash Shuhada
    assert found("ارتفعت حصيلة الشهداء في قطاع غزة") == [("قطاع غزة", "PS-GAZA-STRIP")]
    assert found("أدى القصف إلى مقتل الشهداء الثلاثة") == []


def test_the_neighbourhood_is_no_town_without_a_strong_cue() -> None:
    assert found("سمع إطلاق نار في الحي مساء أمس") == []
    assert [p for _, p in found("قتل شخصان في مدينة الحي جنوب بغداد")][:1] != []


def test_a_front_line_is_named_by_its_town() -> None:
    assert found("دارت اشتباكات على محور كفرنبل") == [("كفرنبل", "geonames:168661")]
    assert found("قال إن محور المقاومة سيرد") == []


def test_a_first_name_told_with_a_middle_initial_is_no_town_when_met_alone() -> None:
    # "Jacob" is also a name of Kayes (Republic of the Congo) in the gazetteer
    text = ("Jacob R. Miller, a sophomore, died at his home on Friday evening. "
            "An avid hunter, Jacob was cleaning the rifle when it went off.")
    assert [name for name, _ in found(text, "en")] == []


def test_a_state_is_not_read_as_a_small_town_of_its_name():
    # GeoNames has a village called Maryland inside Maryland: the name is the state
    assert found("Two men were shot in Maryland on Sunday, state police said.", "en") == [
        ("Maryland", "US-MD")]
    # a town that is a real share of its region still names it (Aleppo, the city)
    assert found("Shelling hit Aleppo on Monday.", "en") == [("Aleppo", "geonames:170063")]


def test_the_end_of_a_hyphenated_name_is_no_place_alone():
    # "Dade" alone is a town in China; "Miami-Dade" is the county around Miami
    assert found("Miami-Dade Police said a man was shot near a gas station.", "en") == [
        ("Miami", "geonames:4164138")]


def test_a_small_town_abroad_does_not_make_a_text_foreign():
    # "David" (a town in Panama, read here from a shop's name) used to make every
    # middle-sized town of the text a "town abroad" and drop it
    assert ("Miami", "geonames:4164138") in found(
        "Five people were shot outside David's Grocery in Miami on Saturday night.", "en")


def test_the_name_of_an_armed_group_or_an_alliance_is_no_place():
    # the gazetteer lists "Hamas" among the names of Hamm (Germany), "Wagner" of towns in
    # Brazil and the US; as names of the actor table they need a strong cue
    assert found("Hamas fighters handed over two captives in Gaza on Sunday.", "en") == [("Gaza", "geonames:281133")]
    assert found("Wagner units pulled back from the outskirts of Bakhmut.", "en") == [("Bakhmut", "geonames:713174")]


def test_a_foreign_region_or_town_the_gazetteer_does_not_spell_in_arabic_is_found_by_its_consonants():
    assert found("قتل ثلاثة جنود في هجوم في إقليم البنجاب شرقي باكستان.") == [
        ("البنجاب", "PK-PB"), ("باكستان", "PK")]
    assert found("سقطت صواريخ على مدينة خاركيف ليلا.") == [("خاركيف", "geonames:706483")]
    # of namesakes, the one in a country the text names (Kunar, not Ecuador's bigger Cañar)
    assert found("ضرب زلزال ولاية كونار في شرق أفغانستان.") == [("كونار", "AF-KNR"), ("أفغانستان", "AF")]
    # only after a place cue, and only a word Arabic does not know ("مدينة كبيرة" is a big town)
    assert found("سقطت صواريخ على مدينة كبيرة ليلا.") == []
    assert found("وصل الوفد إلى خاركيف أمس.") == []
    # ... also when the text normaliser wrote its taa marbuta as "ه" ("القديمة": old, not
    # Kadoma in Japan; "الشمالية": northern)
    assert found("احترق متجر في المدينة القديمة فجرا.") == []
    assert found("تضررت منازل في المنطقة الشمالية.") == []


def test_a_sea_or_a_gulf_named_after_land_is_no_place():
    assert found("Houthi forces fired missiles at a tanker in the Red Sea on Monday.", "en") == []
    assert found("أعلن الحوثيون استهداف سفينة في خليج عدن.") == []
    # the land of the same name, with its cue, and the town itself
    assert found("شهدت ولاية البحر الأحمر السودانية أمطارا غزيرة.") == [("البحر الأحمر", "SD-RS")]
    assert found("Gunmen stormed a hotel in Aden on Monday.", "en") == [("Aden", "geonames:415189")]


def test_a_day_after_a_place_told_after_a_locative_word_is_no_surname():
    # "in the Bronx Thursday evening", "in Tulsa Monday": the capitalised word after the
    # name is a day, not the second half of a person's name
    assert found("A teenager was wounded outside a bodega in the Bronx Thursday evening, officers said.", "en") == \
        [("Bronx", "geonames:5110266")]
    assert found("Police in Tulsa Monday said two men were arrested.", "en") == [("Tulsa", "geonames:4553433")]
    # with no locative word, a name before a day stays a person's ("met Austin Monday")
    assert found("The coach met Austin Monday to talk about the season.", "en") == []


def test_a_town_opening_an_agency_or_told_in_a_title_case_headline_is_no_surname():
    # "Lakeland Metropolitan" before "Police" opens the agency's name; it is no person,
    # so the town alone in the dateline stays the town
    assert found("LAKELAND (WFLA) – Lakeland Metropolitan Police Department officers found a man "
                 "shot in a car.", "en") == [("LAKELAND", "geonames:4161438")]
    # the capitalised words of a Title Case headline are no person's name either
    assert found("Woman Found Dead In Lakeland Motel Room\n\nLAKELAND (WFLA) - Officers said the woman "
                 "was shot.", "en") == [("LAKELAND", "geonames:4161438")]
    # a person's name in the story keeps its words from being places
    assert found("Deputies said Gregory Lakeland, 40, was shot. Lakeland died on Friday.", "en") == []


@pytest.mark.parametrize("text, expected", [
    # names that are no common English word are found without a cue
    ("Fighting resumed in Homs on Tuesday.", [("Homs", "geonames:169577")]),
    ("Shelling hit Aleppo and Homs overnight.", [("Aleppo", "geonames:170063"), ("Homs", "geonames:169577")]),
    ("Floods displaced thousands across China this week.", [("China", "CN")]),
    ("Officials in China denied the report.", [("China", "CN")]),
    # lower case is the thing, not the country
    ("The cabinet was full of fine china.", []),
])
def test_english_names_of_big_places_that_are_no_common_word(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("وصل وفد الوساطة إلى قطر مساء الخميس", [("قطر", "QA")]),
    ("تستضيف قطر جولة جديدة من المفاوضات", [("قطر", "QA")]),
    # Oman or Amman: the name alone does not say which
    ("وصل الوفد إلى عمان", []),
    ("وصل الوفد إلى سلطنة عمان", [("سلطنة عمان", "OM")]),
])
def test_arabic_country_names_without_a_cue(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case particles inside a name: French 'au', Spanish 'los'
    ("Gang violence shut schools in Port-au-Prince on Monday.", [("Port-au-Prince", "geonames:3718426")]),
    ("Protests spread to Santiago de los Caballeros.", [("Santiago de los Caballeros", "geonames:3492914")]),
])
def test_english_names_with_lower_case_particles(text, expected):
    assert found(text, "en") == expected


def test_a_place_named_with_its_article_keeps_it_after_a_clitic():
    # "فرقة" (a division, a team) is no "ف" + "رقة": Raqqa is "الرقة", "بالرقة", "والرقة"
    assert found("وصلت فرقة الإطفاء إلى الحي وقال إن فرقه انتشلت الجثث") == []
    assert found("قصفت الطائرات مواقع بالرقة والرقة") == [("الرقة", "geonames:172955"), ("الرقة", "geonames:172955")]


def test_an_arabic_name_with_ayn_is_not_matched_to_a_foreign_place_by_its_consonants() -> None:
    # "بلدة عيترون" is a Lebanese village (now in the gazetteer), not Turin (TRN once the ع
    # is dropped); a foreign town the gazetteer does not spell is still matched ("مدينة خاركيف")
    assert [i for _, i in found("استهدفت غارة سيارة في بلدة عيترون الحدودية.")] == ["x:LB-AITAROUN"]
    assert [i for _, i in found("استهدفت غارة سيارة في بلدة عيتا الجبل الحدودية.")] == []
    assert ("خاركيف", "geonames:706483") in found("قصفت المسيرات مدينة خاركيف ليلا.")


def test_a_country_s_name_is_the_country_whatever_common_words_could_be_towns_abroad() -> None:
    # "دون" (without) could be Dunn, North Carolina; with "لبنان" also a Tennessee town,
    # two doubtful words made the text look American
    text = ("قتل شخص في غارة على سيارة في جنوب لبنان. ونفذت الطائرات غارة ثانية على أطراف بلدة "
            "حدودية من دون أن يبلغ عن إصابات.")
    assert [i for w, i in found(text) if w == "لبنان"] == ["LB"]


def test_a_province_the_gazetteer_does_not_spell_in_arabic_is_found_by_its_consonants() -> None:
    from timeline.lang.translit import skeleton
    # the Latin "h" of a ta marbuta ("-ieh", "-ah") is no consonant of the name
    assert skeleton("Nabatieh") == skeleton("النبطية") == "NBT"
    assert skeleton("Jeddah") == skeleton("جدة") and skeleton("Hezbollah") == skeleton("حزب الله")
    # a word that is also an adjective ("Nabataean") counts after a province cue, in a
    # country the text names; a common word after a town cue never does
    assert ("النبطية", "LB-NA") in found("غارة على بلدة في محافظة النبطية جنوب لبنان")
    assert found("قصف على مدن صحراء النقب في إسرائيل وإيران") == [("إسرائيل", "IL"), ("إيران", "IR")]


@pytest.mark.parametrize(("press", "arabic"), [
    ("Deir al-Balah", "دير البلح"),
    ("Jisr al-Shughur", "جسر الشغور"),
    ("Maarat al-Numan", "معرة النعمان"),
    ("Tal Abyad", "تل أبيض"),
])
def test_the_press_spelling_of_an_arabic_town_is_the_town_its_arabic_name_is(press: str, arabic: str) -> None:
    # GeoNames writes "Dayr al Balah", "Jisr ash Shughur", "Ma'arrat an Nu'man", "Tall Abyad"
    got = [p.id for p in search_places(press)]
    assert got and got[0] in [p.id for p in search_places(arabic)]


def test_a_press_spelling_is_found_in_running_text() -> None:
    n = normalize("Shelling hit the outskirts of Jisr al-Shughur on Monday.")
    assert [(n.text[m.start:m.end], m.place.id) for m in find_places(n, "en")] == [
        ("jisr al-shughur", search_places("جسر الشغور")[0].id)]


@pytest.mark.parametrize(("text", "lang", "place"), [
    # a part of a country named by its direction is where, in English as in Arabic, and the
    # country so told is no side
    ("A strong earthquake struck southern Turkey on Thursday.", "en", "TR"),
    ("Floods swept northern Iraq on Monday.", "en", "IQ"),
    ("ضرب زلزال قوي جنوب تركيا يوم الخميس.", "ar", "TR"),
])
def test_a_country_told_by_its_part_is_where_it_happened(text: str, lang: str, place: str) -> None:
    import timeline
    from timeline.events.extract import read_article
    (e,) = [e for e in read_article(timeline.Article(id="p", text=text, published="2025-03-14", lang=lang))
            if e.kind == "happening"]
    assert (e.places[:1], e.actor1, e.actor2) == ((place,), None, None)


@pytest.mark.parametrize(("text", "lang", "want"), [
    # camps, city districts and border villages the packages' populated places leave out
    ("قصفت المدفعية بلدة الخيام جنوب لبنان.", "ar", [("الخيام", "x:LB-KHIAM"), ("لبنان", "LB")]),
    ("Israeli strikes hit Aita al-Shaab and Khiam.", "en",
     [("Aita al-Shaab", "x:LB-AITA-SHAAB"), ("Khiam", "x:LB-KHIAM")]),
    ("غارة على حي الشجاعية شرق مدينة غزة.", "ar", [("الشجاعية", "x:PS-SHUJAIYA"), ("غزة", "geonames:281133")]),
    ("اقتحمت القوات مخيم نور شمس في طولكرم.", "ar", [("نور شمس", "x:PS-NUR-SHAMS"), ("طولكرم", "geonames:281577")]),
    ("شنت غارات على الضاحية الجنوبية لبيروت.", "ar", [("الضاحية الجنوبية", "x:LB-DAHIYEH"), ("بيروت", "geonames:276781")]),
    # a camp named after its town is the town; a district whose name is a word needs its word
    ("قصف مخيم جنين فجر اليوم.", "ar", [("جنين", "geonames:283506")]),
    ("غارة على حي الزيتون في غزة.", "ar", [("حي الزيتون", "x:PS-ZEITOUN"), ("غزة", "geonames:281133")]),
    ("بدأ قطف الزيتون في القرية.", "ar", []),
])
def test_camps_districts_and_border_villages(text: str, lang: str, want: list) -> None:
    assert found(text, lang) == want


def test_a_district_lies_in_its_city_s_region() -> None:
    shujaiya = get_place("x:PS-SHUJAIYA")
    assert contains("PS-GAZA-STRIP", shujaiya) and shujaiya.lat is not None
    assert distance_km(shujaiya, get_place("geonames:281133")) < 5


def test_the_capital_told_by_a_country_s_adjective_is_that_capital() -> None:
    assert found("تظاهر آلاف المواطنين في العاصمة التونسية يوم السبت.") == [
        ("العاصمة التونسية", "geonames:2464470")]
    assert found("وصل الوزير إلى العاصمة الأردنية مساء أمس.") == [("العاصمة الأردنية", "geonames:250441")]
    assert found("A car bomb exploded in the Iraqi capital on Sunday.", "en") == [("Iraqi capital", "geonames:98182")]
    assert found("Iraqi capital markets fell on Sunday.", "en") == []  # what it qualifies, no place
    # the capital named after it is found by its name
    assert found("وقع انفجار في العاصمة السورية دمشق.") == [("السورية", "SY"), ("دمشق", "geonames:170654")]
    # an adjective after a town cue is no town's name, and a town before it stays
    assert found("قصفت الطائرات مدينة خاركيف الأوكرانية.") == [("خاركيف", "geonames:706483")]


def test_a_country_named_for_its_envoy_or_forces_pulls_no_town_to_its_namesakes() -> None:
    # "U.S." before an office or a force tells who, not where the story is: the towns of a
    # Middle East story stay there, however many namesakes the United States has
    text = ("U.S. Secretary of State Marco Rubio met Egyptian President Abdel Fattah al-Sisi in Cairo "
            "on Sunday to discuss efforts to shore up the ceasefire in Gaza.")
    assert found(text, "en") == [("U.S.", "US"), ("Cairo", "geonames:360630"), ("Gaza", "geonames:281133")]
    text = "The U.S. envoy arrived in Beirut on Monday after talks in Damascus, as strikes hit southern Lebanon."
    assert found(text, "en") == [("U.S.", "US"), ("Beirut", "geonames:276781"), ("Damascus", "geonames:170654"),
                                 ("Lebanon", "LB")]
    # a town named with its state is that state's, however big a namesake abroad
    assert found("A man was shot in Cairo, Illinois, on Saturday.", "en") == [
        ("Cairo", "geonames:4234985"), ("Illinois", "US-IL")]
    assert found("Police in London, Kentucky, said a man was shot.", "en") == [
        ("London", "geonames:4298960"), ("Kentucky", "US-KY")]


def test_a_road_junction_or_roundabout_named_after_a_place_is_not_that_place() -> None:
    # like "Kuwait Street" or "Jerusalem Road": a feature of the road network named after
    # a country or a town, standing in another
    assert found("Two men were killed near the Kuwait roundabout in Gaza City.", "en") == [
        ("Gaza City", "geonames:281133")]
    assert found("Clashes broke out at the Qalandia junction near Ramallah.", "en") == [
        ("Ramallah", "geonames:282239")]


def test_a_word_of_a_body_s_name_is_no_place() -> None:
    # "البيت الأبيض" is the White House, not El Obeid (الأبيض) in Sudan; the town named alone
    # or with its cue is still the town
    assert found("استقبل الرئيس ضيفه في البيت الأبيض يوم الجمعة.", "ar") == []
    assert found("قصفت قوات الدعم السريع مدينة الأبيض يوم الجمعة.", "ar") == [("الأبيض", "geonames:379003")]


def test_a_gazetteer_town_named_like_a_street_is_the_street_in_a_text() -> None:
    # "Fifth Street" is also a town in Texas: told in a text it is a street, and the town
    # after it is then not drawn to Texas by it
    assert found("A woman was stabbed outside a bar on Fifth Street in Dayton early Sunday.", "en") == [
        ("Dayton", "geonames:4509884")]
    # a town whose name ends with a word of a garden or a park stays a town
    assert found("Two teens were shot in Miami Gardens on Friday.", "en")[0][0] == "Miami Gardens"


def test_a_region_told_with_a_place_cue_is_where_when_a_locative_stands_before_the_cue() -> None:
    # a region is a place of what happened after a locative word; "in the Indian state
    # of Kerala" has its locative before the cue and the cue's adjectives
    import timeline
    from timeline.events.extract import read_article

    def places(text: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(e.kind, e.places) for e in read_article(timeline.Article(
            id="x", text=text, published="2025-06-15", lang="en"))]

    assert places("Floods killed 15 people in the Indian state of Kerala on Monday.") == [("happening", ("IN-KL",))]
    assert places("Airstrikes hit villages in the restive northwestern province of Idlib on Sunday.") == [
        ("happening", ("SY-ID",))]
    # with no locative, the region is whose an office is, not where anything happened
    assert places("The governor of the state of Kerala said on Monday that aid was coming.") == [("statement", ())]


def test_a_region_right_after_the_verb_of_a_violent_happening_or_a_disaster_is_where() -> None:
    # the object of "struck", "shelled", "flooded" is where it happened, with no locative
    import timeline
    from timeline.events.extract import read_article

    def places(text: str, lang: str = "en") -> list[tuple[str, tuple[str, ...]]]:
        return [(e.kind, e.places) for e in read_article(timeline.Article(
            id="x", text=text, published="2025-06-15", lang=lang))]

    assert places("A strong earthquake struck Helmand province on Sunday.") == [("happening", ("AF-HEL",))]
    assert places("Artillery shelled Idlib province overnight.") == [("happening", ("SY-ID",))]
    assert places("ضرب زلزال ولاية هلمند يوم الأحد.", "ar") == [("happening", ("AF-HEL",))]
    # an English noun before a name may end its phrase: the name opens the next one
    assert places("It was the first attack Iran had launched from its own soil.") == [("happening", ())]
    # what a statement names after it is whom it is about
    assert places("The ministry condemned Iran on Sunday.") == [("statement", ())]


def test_a_big_town_before_a_comma_is_itself_not_a_namesake_in_the_region_after() -> None:
    # "Nairobi, Mombasa and Nakuru" lists three towns (Mombasa is also a county): Nairobi
    # is not an unknown town of Mombasa county, as "Carlton, Georgia" is one of Georgia
    n = normalize("Demonstrators took to the streets of Nairobi, Mombasa and Nakuru.")
    assert [p.place.id for p in find_places(n, "en")] == ["geonames:184745", "geonames:186301", "geonames:184622"]
    n = normalize("He was shot in Carlton, Georgia, police said.")
    assert [p.place.id for p in find_places(n, "en")] == ["US-GA"]


def test_a_big_town_of_a_neighbouring_country_is_no_town_abroad() -> None:
    # a story naming Israel is not "abroad" from Gaza: the Palestinian town, not the
    # Mozambican province of that name
    n = normalize("Israel and Hamas have agreed to a ceasefire in Gaza, the mediators said.")
    assert [p.place.id for p in find_places(n, "en")] == ["IL", "geonames:281133"]
    assert gazetteer.neighbours("PS") == frozenset({"EG", "IL", "JO"})


def test_a_conjunction_glued_to_a_function_word_is_no_place() -> None:
    # "وأن" is "and that", not Van; Van itself keeps its name after a cue or a preposition
    assert found("وقال المسؤول إن الهزة وقعت فجرا، وأن فرق الإنقاذ وصلت إلى المنطقة.") == []
    assert found("ضرب زلزال ولاية وان شرقي تركيا.") == [("وان", "TR-65"), ("تركيا", "TR")]
    assert found("وقع زلزال في وان شرقي تركيا.") == [("وان", "geonames:298117"), ("تركيا", "TR")]
