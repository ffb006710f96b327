"""Casualty figures: each phrasing class in both languages, and what is not a figure."""

from __future__ import annotations

import doctest

import pytest

import timeline
from timeline.events import casualties
from timeline.events.casualties import find_casualties
from timeline.text import normalize


def figs(text: str, lang: str = "ar") -> list[tuple[str, int, bool, str, str]]:
    n = normalize(text)
    out = []
    for c in find_casualties(n, lang):
        s, e = n.span(c.start, c.end)
        out.append((text[s:e], c.count, c.exact, c.kind, c.who))
    return out


def test_docstring_examples_run():
    assert doctest.testmod(casualties, optionflags=doctest.ELLIPSIS).failed == 0


# --- Arabic -------------------------------------------------------------------------------

def test_arabic_masdar_number_noun_twice():
    assert figs("أسفر القصف عن مقتل 4 أشخاص وإصابة 12 آخرين") == [
        ("مقتل 4 أشخاص", 4, True, "killed", "اشخاص"),
        ("إصابة 12 آخرين", 12, True, "injured", "اخرين")]


def test_arabic_number_then_casualty_noun():
    assert figs("خلف الانفجار 19 قتيلا و20 جريحا") == [
        ("19 قتيلا", 19, True, "killed", ""), ("20 جريحا", 20, True, "injured", "")]
    assert figs("سجلت السلطات 2059 مصابا") == [("2059 مصابا", 2059, True, "injured", "")]


def test_arabic_toll():
    assert figs("ارتفع عدد القتلى إلى 19") == [("عدد القتلى إلى 19", 19, True, "killed", "")]
    assert figs("بلغت حصيلة الجرحى 35 جريحا") == [("حصيلة الجرحى 35 جريحا", 35, True, "injured", "جريحا")]


def test_arabic_duals_count_two():
    assert figs("أعلن الجيش مقتل جنديين") == [("مقتل جنديين", 2, True, "killed", "جنديين")]
    assert figs("سقط قتيلان في الاشتباك") == [("قتيلان", 2, True, "killed", "")]


def test_arabic_singular_counts_one():
    assert figs("أدى الانفجار إلى مقتل شخص") == [("مقتل شخص", 1, True, "killed", "شخص")]
    assert figs("أدى الانفجار إلى مقتل شخص واحد") == [("مقتل شخص واحد", 1, True, "killed", "شخص")]


def test_arabic_number_words():
    assert figs("مقتل أربعة جنود") == [("مقتل أربعة جنود", 4, True, "killed", "جنود")]
    assert figs("اعتقال خمسة عشر شخصا") == [("اعتقال خمسة عشر شخصا", 15, True, "arrested", "شخصا")]
    assert figs("اختطاف ثلاثة وعشرين مدنيا") == [("اختطاف ثلاثة وعشرين مدنيا", 23, True, "kidnapped", "مدنيا")]


@pytest.mark.parametrize("text, count", [
    ("مقتل أكثر من 20 شخصا", 20),
    ("مقتل نحو 30 شخصا", 30),
    ("مقتل ما لا يقل عن 17 مدنيا", 17),
    ("مقتل 4 أشخاص على الأقل", 4),
])
def test_arabic_inexact_figures(text, count):
    (got,) = figs(text)
    assert got[1:4] == (count, False, "killed")


def test_arabic_vague_quantities_take_their_lower_bound():
    assert figs("مقتل عشرات المدنيين") == [("مقتل عشرات المدنيين", 30, False, "killed", "المدنيين")]
    assert figs("خلف الزلزال مئات القتلى") == [("مئات القتلى", 300, False, "killed", "")]


def test_arabic_partitive():
    assert figs("أعلن الجيش مقتل 6 من عناصره") == [("مقتل 6 من عناصره", 6, True, "killed", "عناصره")]


def test_arabic_missing():
    assert figs("فقدان 7 صيادين") == [("فقدان 7 صيادين", 7, True, "missing", "صيادين")]
    assert figs("فقدان 7 أشخاص") == [("فقدان 7 أشخاص", 7, True, "missing", "اشخاص")]


@pytest.mark.parametrize("text", [
    "قتل طفل عمره 7 سنوات",          # age
    "وقع الهجوم في 2015",             # year
    "بلغت قوة الزلزال 6.8 درجات",     # magnitude
    "ارتفعت الأسعار 20 بالمئة",       # percentage
    "مقتل 3 صواريخ",                  # things, not people
    "أطلق 13 صاروخا",                 # no casualty at all
])
def test_arabic_numbers_that_are_not_figures(text):
    assert figs(text) == []


# --- English ------------------------------------------------------------------------------

def test_english_number_noun_casualty_word():
    assert figs("Four Americans were killed and 13 wounded.", "en") == [
        ("Four Americans were killed", 4, True, "killed", "americans"),
        ("13 wounded", 13, True, "injured", "")]


def test_english_verb_then_number():
    assert figs("The bomb exploded, killing 13 and wounding two.", "en") == [
        ("killing 13", 13, True, "killed", ""), ("wounding two", 2, True, "injured", "")]
    assert figs("Airstrikes killed three ISIS members.", "en") == [
        ("killed three ISIS members", 3, True, "killed", "members")]


def test_english_crews_and_rescuers_are_people_counted():
    assert figs("A firefighter died on Thursday while battling the blaze.", "en") == [
        ("A firefighter died", 1, True, "killed", "firefighter")]
    assert figs("Two rescuers were killed when the wall collapsed.", "en") == [
        ("Two rescuers were killed", 2, True, "killed", "rescuers")]


def test_english_verb_then_all_and_a_number():
    # "all" before the number of a whole: the number is the figure
    assert figs("The ferry sank, killing all 31 on board.", "en") == [("killing all 31", 31, True, "killed", "")]
    assert figs("The blast killed all four guards.", "en") == [("killed all four guards", 4, True, "killed", "guards")]
    assert figs("The storm damaged all 40 homes.", "en") == []


def test_english_toll():
    assert figs("The death toll rose to 90 on Monday.", "en") == [("death toll rose to 90", 90, True, "killed", "")]


def test_english_one_person():
    assert figs("A man was killed on Main Street.", "en") == [("A man was killed", 1, True, "killed", "man")]


def test_english_age_is_not_the_count():
    assert figs("A 9-year-old girl was fatally shot on Saturday.", "en") == [
        ("A 9-year-old girl was fatally shot", 1, True, "killed", "girl")]
    # an age after a name, its closing comma left out: a number of two or more before a
    # verb of one subject is no count ("24 was shot"), one before a verb of many is
    assert figs("Police said Dwayne Hollis, 31 was shot in the arm and Rita Hollis, 29 was "
                "grazed.", "en") == []
    assert [f[1:4] for f in figs("Police said 3 were killed and 12 were shot.", "en")] == [
        (3, True, "killed"), (12, True, "injured")]


@pytest.mark.parametrize("text, want", [
    # an adverb opening a casualty phrase is not passed over as an auxiliary: the phrase
    # tells the kind, where the verb alone ("shot") tells only a hit
    ("Two guards were fatally shot at the gate.", ("Two guards were fatally shot", 2, True, "killed", "guards")),
    ("Three soldiers were mortally wounded.", ("Three soldiers were mortally wounded", 3, True, "killed", "soldiers")),
    ("A clerk was fatally stabbed.", ("A clerk was fatally stabbed", 1, True, "killed", "clerk")),
    ("A man was critically wounded.", ("A man was critically wounded", 1, True, "injured", "man")),
])
def test_english_fatal_adverbs_tell_a_death(text, want):
    assert figs(text, "en") == [want]


@pytest.mark.parametrize("text, want", [
    # the dead among those hit, told right after their figure: the hit figure stays, the
    # dead are a figure of their own (the event's injured are the rest)
    ("Seven people were shot, two fatally, near the stadium.",
     [("Seven people were shot", 7, True, "injured", "people"), ("two fatally", 2, True, "killed", "people")]),
    ("Four workers were wounded, one of them mortally.",
     [("Four workers were wounded", 4, True, "injured", "workers"), ("one of them mortally", 1, True, "killed", "workers")]),
    # a manner of being hurt is no death; a share larger than the figure is no share
    ("Four workers were wounded, one of them critically.", [("Four workers were wounded", 4, True, "injured", "workers")]),
    ("Two men were shot, 30 fatally.", [("Two men were shot", 2, True, "injured", "men")]),
])
def test_english_dead_among_those_hit(text, want):
    assert figs(text, "en") == want


def test_english_dead_among_those_hit_leave_the_rest_injured():
    from timeline.events.extract import read_article

    (e,) = [e for e in read_article(timeline.Article(
        id="s", text="Seven people were shot, two fatally, near the stadium on Friday.", published="2025-03-10",
        lang="en", source="A")) if e.kind == "happening"]
    assert (e.fatalities, e.injured) == (2, 5)


def test_english_inexact_and_vague():
    assert figs("At least 5 people were kidnapped and more than 20 arrested.", "en") == [
        ("At least 5 people were kidnapped", 5, False, "kidnapped", "people"),
        ("more than 20 arrested", 20, False, "arrested", "")]
    assert figs("The blast wounded dozens.", "en") == [("wounded dozens", 24, False, "injured", "")]


def test_english_shot_alone_is_injured():
    assert figs("Two people were shot.", "en") == [("Two people were shot", 2, True, "injured", "people")]


@pytest.mark.parametrize("text", [
    "13 US service members were deployed in 2015.",
    "A magnitude 6.8 quake struck at 8:40 p.m.",
    "Prices rose 50 percent to $20.",
    "He was killed in 2015.",
    "The 7-year-old was killed.",
])
def test_english_numbers_that_are_not_figures(text):
    assert [f for f in figs(text, "en") if f[1] != 1] == []


def test_range_and_order():
    text = "Two soldiers were killed. Later 3 civilians were wounded."
    n = normalize(text)
    all_ = find_casualties(n, "en")
    assert [c.count for c in all_] == [2, 3]
    assert [c.count for c in find_casualties(n, "en", start=n.text.index("later"))] == [3]


def test_bad_input():
    with pytest.raises(TypeError):
        find_casualties("13 killed", "en")  # type: ignore[arg-type]
    assert find_casualties(normalize(""), "en") == []


def test_english_one_person_as_the_object_of_a_casualty_verb():
    assert figs("Gunmen killed a policeman outside the station.", "en") == [
        ("killed a policeman", 1, True, "killed", "policeman")]
    assert figs("The sniper fire wounded a 15-year-old boy near the school.", "en") == [
        ("wounded a 15-year-old boy", 1, True, "injured", "boy")]
    # not a day after a passive, nor "the killing of"
    assert figs("He was killed a day after the vote.", "en") == [("He was killed", 1, True, "killed", "he")]


@pytest.mark.parametrize("text, want", [
    # a death told of one person without a passive, or in a headline without an article
    ("A 6-year-old girl died at the hospital on Sunday.", ("A 6-year-old girl died", "girl")),
    ("The 71-year-old is dead after the fire at his home.", ("The 71-year-old is dead", "old")),
    ("Toddler dies after finding a loaded pistol", ("Toddler dies", "toddler")),
    ("UPDATE: 9-year-old killed in Elm Street shooting", ("9-year-old killed", "old")),
    ("Girl, 11, dies in hunting accident", ("Girl, 11, dies", "girl")),
    ("A 30-year-old Dayton woman was killed when shots hit her car.", ("A 30-year-old Dayton woman was killed", "woman")),
    # the object of an active verb after "his", "the"; one who turned the gun on himself
    ("Police said he shot and killed his neighbor before fleeing.", ("killed his neighbor", "neighbor")),
    ("A farmer fatally shot himself while cleaning a rifle.", ("shot himself", "himself")),
    # a noun of one death whose victim is one person
    ("He was charged in the death of a 3-year-old boy.", ("death of a 3-year-old boy", "boy")),
    ("Deputies are looking into the fatal shooting of a 17-year-old student.",
     ("fatal shooting of a 17-year-old student", "student")),
    ("Classmates remember the 9-year-old boy's shooting death", ("boy's shooting death", "boy")),
    ("He is charged in the stabbing death of his best friend.", ("death of his best friend", "friend")),
    ("A woman shot & killed her neighbor in Elm Park.", ("killed her neighbor", "neighbor")),
    # a participle with no object after it, with or without the description's article
    ("Denver toddler fatally shot inside family car", ("Denver toddler fatally shot", "toddler")),
    ("Police identify 16-year-old killed near the park", ("16-year-old killed", "old")),
    # the death told after a relative or participle phrase
    ("A girl who was hit by a ricochet on Friday has died.",
     ("A girl who was hit by a ricochet on Friday has died", "girl")),
    ("Teen found the pistol and kills herself", ("kills herself", "herself")),
])
def test_english_one_person_killed_in_the_other_ways_news_tells_it(text, want):
    assert figs(text, "en") == [(want[0], 1, True, "killed", want[1])]


@pytest.mark.parametrize("text", [
    "He threatened to kill himself.",           # a threat
    "A man shot himself in the foot.",           # hurt, not killed
    "Man kills neighbor's dog.",                 # an active verb: the man did it
    "The deaths of two teens shocked the town.", # a number: the numeric readings decide
    "A boy who was shot is recovering.",
    "A woman who was shot in the arm is expected to live.",
    "The deputy fatally shot him after the chase.",       # an active verb: his death, not the deputy's
])
def test_english_no_single_death_where_none_is_told(text):
    assert [f for f in figs(text, "en") if f[3] == "killed" and f[1] == 1] == []


@pytest.mark.parametrize("text", [
    "Deputies are looking into a fatal Tulsa shooting.",
    "The boy was found with a fatal gunshot wound.",
    "Investigators called it a deadly crash.",
])
def test_a_fatal_happening_is_at_least_one_killed(text):
    assert [(c[1], c[2], c[3]) for c in figs(text, "en")] == [(1, False, "killed")]


def test_a_fatal_happening_gives_way_to_the_number_told():
    got = figs("A deadly attack on the market killed 12 people.", "en")
    assert [(c[1], c[3]) for c in got] == [(1, "killed"), (12, "killed")]
    assert figs("It was a fatal mistake.", "en") == []


def test_arabic_one_of_them_and_a_deadly_happening():
    # "one of them died later"; "a deadly traffic accident" is at least one killed
    assert figs("أصيب أربعة عمال بجروح وتوفي أحدهم في المستشفى.") == [
        ("أصيب أربعة عمال", 4, True, "injured", "عمال"), ("توفي أحدهم", 1, True, "killed", "احدهم")]
    assert [(f[1], f[2], f[3]) for f in figs("وقع حادث سير مميت على الطريق الساحلي.")] == [(1, False, "killed")]
    assert figs("دام اللقاء ساعتين وتلقى الفريق ضربة مميتة.") == []


@pytest.mark.parametrize("text, want", [
    # verb, doer, victims: a count with its noun
    ("قتلت الطائرات المسيرة سبعة مدنيين قرب القرية.", ("قتلت الطائرات المسيرة سبعة مدنيين", 7, True, "killed", "مدنيين")),
    ("وقتل الجيش الليبي أربعة مسلحين في الاشتباك.", ("قتل الجيش الليبي أربعة مسلحين", 4, True, "killed", "مسلحين")),
    ("أصابت الشظايا ثلاثة أطفال في الحي.", ("أصابت الشظايا ثلاثة أطفال", 3, True, "injured", "اطفال")),
    ("اعتقلت الشرطة أكثر من 20 مطلوبين في المداهمة.", ("اعتقلت الشرطة أكثر من 20 مطلوبين", 20, False, "arrested", "مطلوبين")),
    # one person in the indefinite accusative, the dual
    ("قتل مسلحون ملثمون بالرصاص شرطيا عند الحاجز.", ("قتل مسلحون ملثمون بالرصاص شرطيا", 1, True, "killed", "شرطيا")),
    ("خطفت عصابة مسلحة صحفيا من الفندق.", ("خطفت عصابة مسلحة صحفيا", 1, True, "kidnapped", "صحفيا")),
    ("جرحت رصاصات القناص جنديين عند المعبر.", ("جرحت رصاصات القناص جنديين", 2, True, "injured", "جنديين")),
    ("اغتال مجهولون قياديا في الحزب.", ("اغتال مجهولون قياديا", 1, True, "killed", "قياديا")),
    # a list of victims: at least the first named
    ("قتلت القذيفة طفلا وامرأة في الشارع.", ("قتلت القذيفة طفلا", 1, False, "killed", "طفلا")),
    # the verb with its plural subject's ending; a victim named by a trade or a role
    ("قال الأهالي إن ملثمين اغتالوا مختارا في القرية.", ("اغتالوا مختارا", 1, True, "killed", "مختارا")),
    ("أعدموا ثلاثة مسعفين أمام المستشفى.", ("أعدموا ثلاثة مسعفين", 3, True, "killed", "مسعفين")),
])
def test_arabic_active_verb_doer_then_victims(text, want):
    # Arabic tells who did it between the verb and its victims (verb-subject-object)
    assert figs(text) == [want]


@pytest.mark.parametrize("text", [
    "أصاب الانفجار مبنى سكنيا في المدينة.",   # the object is no person
    "قتلت الغارة في الصباح الباكر.",          # no victims named
    "قتل المسلحون بعد ذلك أربع سيارات.",      # a preposition ends the doer
])
def test_arabic_active_verb_without_person_victims(text):
    assert figs(text) == []


@pytest.mark.parametrize("text, want", [
    ("Detectives opened a quadruple homicide case after the fire.", [("quadruple homicide", 4, True, "killed", "")]),
    ("The double killing shocked the small town.", [("double killing", 2, True, "killed", "")]),
    # a shooting counts the people shot; the dead are among them
    ("A triple shooting on Elm Street sent everyone to hospital.", [("triple shooting", 3, True, "injured", "")]),
    # a murder-suicide: at least two dead
    ("Deputies said the deaths were a murder-suicide.", [("murder-suicide", 2, False, "killed", "")]),
])
def test_english_multiplicatives_count_the_victims(text, want):
    assert figs(text, "en") == want


def test_english_multiplicative_shooting_is_people_shot():
    [c] = find_casualties(normalize("Police are investigating a double shooting downtown."), "en")
    assert (c.count, c.kind, c.shot) == (2, "injured", True)
    # not a casualty figure: a double of anything else
    assert figs("She won a double title and a triple jump medal.", "en") == []


@pytest.mark.parametrize("text, want", [
    # headlines drop the article: the present tense with its object right after
    ("Shooting kills Tacoma man", [("kills Tacoma man", 1, True, "killed", "man")]),
    ("Stray bullet wounds girl, 8, in Camden", [("wounds girl, 8,", 1, True, "injured", "girl")]),
    ("Crash injures teen near the bridge", [("injures teen", 1, True, "injured", "teen")]),
])
def test_english_headline_present_tense_one_person(text, want):
    assert figs(text, "en") == want


@pytest.mark.parametrize("text", [
    "The new drug kills cancer cells in mice.",   # no person
    "He suffered wounds to the chest.",           # the noun, no object
])
def test_english_present_tense_without_a_person_is_no_figure(text):
    assert figs(text, "en") == []


def test_english_possessor_stands_for_what_it_possesses():
    assert figs("A stray round killed the pastor's wife.", "en") == [
        ("killed the pastor's wife", 1, True, "killed", "wife")]
    assert figs("The hunter killed his neighbor's horse.", "en") == []


def test_a_scale_word_multiplies_the_number_before_it():
    # the word after the scale decides: people are counted, money is not
    assert [(x[3], x[1]) for x in figs("أسفر الزلزال عن مقتل أكثر من 40 ألف شخص وإصابة مئات الآلاف")] == [
        ("killed", 40000), ("injured", 300000)]
    assert [x[1] for x in figs("أسفرت المجاعة عن وفاة سبعين ألف شخص")] == [70000]
    assert [x[1] for x in figs("The cyclone killed 1.4 million people and left tens of thousands injured.", "en")] \
        == [1400000, 20000]
    assert [x[1] for x in figs("The famine killed 30 thousand people.", "en")] == [30000]
    assert [x[1] for x in figs("The fire caused 3 million dollars in damage and killed two men.", "en")] == [2]
    assert [x[1] for x in figs("قتل أربعة أشخاص وخسائر بقيمة 3 مليون دولار")] == [4]


def test_one_person_shot_dead_as_an_active_verb_s_object_and_an_arabic_guard() -> None:
    assert [(c, k) for _, c, _, k, _ in figs("Gunmen shot a night guard dead at the gate.", "en")] == [
        (1, "killed")]
    # "shot his brother" alone says neither hurt nor killed: the rest of the sentence does
    assert figs("The boy shot his brother with a rifle.", "en") == []
    assert [(c, k) for _, c, _, k, _ in figs("مقتل حارس وإصابة حارسين")] == [(1, "killed"), (2, "injured")]
    assert [(c, k) for _, c, _, k, _ in figs("ولقي حارس مصرعه بينما أصيب حارسان آخران")] == [
        (1, "killed"), (2, "injured")]


def test_a_singular_victim_heading_a_construct_after_the_doer_is_one() -> None:
    # the construct's head bears no accusative ending: "a security guard", "a bank clerk"
    assert figs("قتل مسلحون مجهولون حارس أمن في هجوم على مصرف في الموصل.") == [
        ("قتل مسلحون مجهولون حارس أمن", 1, True, "killed", "حارس")]
    assert figs("قتل مسلحون حارس في هجوم.") == []  # no construct: not the grammar of an object


@pytest.mark.parametrize(("text", "lang", "want"), [
    # the number that ends a date is no count: the figure is the one the verb takes
    ("The attack on March 3 killed two soldiers.", "en", [(2, "killed")]),
    ("The bombing of March 12 killed 9 and wounded 30.", "en", [(9, "killed"), (30, "injured")]),
    ("The shooting on Jan. 5 killed a clerk.", "en", [(1, "killed")]),
    ("أسفر هجوم 12 آذار عن مقتل 4 جنود.", "ar", [(4, "killed")]),
])
def test_a_number_in_a_date_is_no_casualty_count(text: str, lang: str, want: list) -> None:
    n = normalize(text)
    times = [(n.to_normalized(t.start), n.to_normalized(t.end))
             for t in timeline.find_times(text, published="2025-11-13", lang=lang)]
    assert [(c.count, c.kind) for c in find_casualties(n, lang, times=times)] == want
    art = timeline.Article(id="d", text=text, published="2025-11-13", lang=lang)
    from timeline.events.extract import read_article
    assert [e.fatalities for e in read_article(art) if e.kind == "happening"] == [want[0][0]]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # "claimed the lives of", "أودى بحياة": the dead counted after the idiom
    ("The floods claimed the lives of 30 people.", "en", [(30, "killed")]),
    ("The fire took the lives of two children.", "en", [(2, "killed")]),
    ("He took the lives of others seriously.", "en", []),
    ("بعد فيضانات أودت بحياة 30 شخصا.", "ar", [(30, "killed")]),
    ("أودى الزلزال بحياة نحو 30 شخصا.", "ar", [(30, "killed")]),
    ("يطالب السكان بحياة كريمة.", "ar", []),
    # what is shot down is aircraft, not people
    ("Russian forces launched 90 drones, and 60 were shot down.", "en", []),
    ("Air defences shot down 12 missiles.", "en", []),
    ("Two people were shot Sunday.", "en", [(2, "injured")]),
])
def test_the_lives_claimed_and_what_is_shot_down(text: str, lang: str, want: list) -> None:
    assert [(c.count, c.kind) for c in find_casualties(normalize(text), lang)] == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # victims named by their role or trade, in both languages
    ("Gunmen assassinated a local official in the town.", "en", [(1, "killed")]),
    ("Three miners died in a mining accident.", "en", [(3, "killed")]),
    ("An airstrike killed three aid workers.", "en", [(3, "killed")]),
    ("اغتال مسلحون مجهولون مسؤولا محليا في المدينة.", "ar", [(1, "killed")]),
    ("قتل القائد في الغارة.", "ar", [(1, "killed")]),
])
def test_victims_named_by_their_role(text: str, lang: str, want: list) -> None:
    assert [(c.count, c.kind) for c in find_casualties(normalize(text), lang)] == want


def test_a_happening_that_kills_no_one_has_no_toll() -> None:
    # the toll told beside a visit is another happening's
    from timeline.events.extract import read_article
    text = ("The president will visit the town on Friday, where eight students and a teacher were shot "
            "and killed last week.")
    evs = read_article(timeline.Article(id="v", text=text, published="2025-10-06", lang="en"))
    assert [(e.event_type, e.fatalities) for e in evs if e.kind == "happening"] == \
        [("political.visit", None), ("violence.civilians.shooting", 9)]


@pytest.mark.parametrize(("text", "want"), [
    # coordinated victims are one figure
    ("Eight students and a teacher were shot and killed last week.", [(9, "killed")]),
    ("Four soldiers and a civilian were killed in the blast.", [(5, "killed")]),
    ("Two men and three women were wounded.", [(5, "injured")]),
])
def test_coordinated_victims_are_one_figure(text: str, want: list) -> None:
    assert [(c.count, c.kind) for c in find_casualties(normalize(text), "en")] == want


@pytest.mark.parametrize(("text", "want"), [
    # a phrase of what took the toll may come between the toll and its verb
    ("The death toll from the earthquake in Morocco rose to 2,900, the ministry said.", [(2900, "killed")]),
    ("The toll in Gaza has risen to 50.", [(50, "killed")]),
    ("The toll of the war was heavy.", []),
])
def test_a_toll_told_with_what_took_it(text: str, want: list) -> None:
    assert [(c.count, c.kind) for c in find_casualties(normalize(text), "en")] == want


@pytest.mark.parametrize(("text", "want"), [
    # kin named with a possessive ending is one person
    ("أفادت مصادر طبية بمقتل طفلين وإصابة والدتهما بجروح خطيرة.", [(2, "killed"), (1, "injured")]),
    ("قتل شقيقه في الغارة.", [(1, "killed")]),
    ("أصيب والده برصاص قناص.", [(1, "injured")]),
])
def test_arabic_kin_with_a_possessive_is_one_victim(text: str, want: list) -> None:
    assert [(c.count, c.kind) for c in figs_of(text)] == want


def figs_of(text: str):
    return find_casualties(normalize(text), "ar")


@pytest.mark.parametrize(("text", "want"), [
    # coordinated Arabic victims are one figure, as in English
    ("مقتل 3 أطفال و4 نساء في القصف.", [(7, "killed")]),
    ("مقتل طفلين وامرأة في القصف.", [(3, "killed")]),
    ("مقتل زوجته وابنها في القصف.", [(2, "killed")]),
    ("أسفر القصف عن مقتل 3 أطفال وإصابة 4 آخرين.", [(3, "killed"), (4, "injured")]),
])
def test_coordinated_arabic_victims_are_one_figure(text: str, want: list) -> None:
    assert [(c.count, c.kind) for c in figs_of(text)] == want


def test_an_arabic_doer_may_be_a_weapon_with_its_carrier_and_side() -> None:
    # "قتلت غارة بطائرة مسيرة إسرائيلية شخصين": the victims after a doer of four words
    assert [(c.count, c.kind) for c in figs_of("قتلت غارة بطائرة مسيرة إسرائيلية شخصين في سيارة.")] == [(2, "killed")]


def test_a_headline_comma_stands_for_and_between_casualty_verbs() -> None:
    assert figs("Man shot, killed inside parked car on Elm Street", "en") == [
        ("Man shot, killed", 1, True, "killed", "man")]
    assert figs("Two men shot, wounded outside Elm Street bar", "en") == [
        ("Two men shot, wounded", 2, True, "injured", "men")]


def test_victims_listed_with_commas_are_one_figure_and_an_aside_between_commas_is_passed() -> None:
    assert [f[1:4] for f in figs("Three adults, one child found shot to death in a motel room.", "en")] == [
        (4, True, "killed")]
    assert [f[1:4] for f in figs("Two men, a woman and a child were killed when gunmen opened fire on a bus.",
                                 "en")] == [(4, True, "killed")]
    # an aside: ages, a part of them, who is among them
    for text, n in (("Two men, 25 and 30, were killed in a shooting on Monday.", 2),
                    ("Three people, two of them children, were killed in a shooting.", 3),
                    ("Four soldiers, including an officer, were killed in an ambush.", 4)):
        assert [f[1:4] for f in figs(text, "en")] == [(n, True, "killed")], text


def test_a_plural_without_s_is_not_one_person_and_a_possessive_may_come_before_the_count() -> None:
    assert [f[1:] for f in figs("A woman shot and killed her two children on Sunday.", "en")] == [
        (2, True, "killed", "children")]
    assert [f[1:] for f in figs("He wounded his three neighbours in the dispute.", "en")] == [
        (3, True, "injured", "neighbours")]
    assert figs("Police said the man killed the children.", "en") == []


def test_he_or_she_killed_counts_one_and_he_was_shot_counts_no_one_more() -> None:
    assert [f[1:] for f in figs("He was shot and killed outside a store on Sunday.", "en")] == [
        (1, True, "killed", "he")]
    assert [f[1:] for f in figs("She was killed when a car bomb exploded near her house.", "en")] == [
        (1, True, "killed", "she")]
    # who "was shot" may be a victim counted already, who died of it later
    assert figs("He was shot in the leg on Sunday and taken to hospital.", "en") == []
    assert figs("He was not hurt.", "en") == []


def test_arabic_victims_listed_with_a_comma_before_the_and_are_one_figure() -> None:
    assert figs("مقتل ثلاثة رجال، وطفل في غارة على البلدة") == [
        ("مقتل ثلاثة رجال، وطفل", 4, True, "killed", "رجال")]
    assert [f[1:4] for f in figs("مقتل 3 أطفال، و4 نساء في القصف")] == [(7, True, "killed")]
    # a comma and another happening: no one more
    assert [f[1:4] for f in figs("مقتل شخصين، وإصابة ثلاثة آخرين")] == [(2, True, "killed"), (3, True, "injured")]
    # an aside between commas counts no one more
    assert [f[1:4] for f in figs("قتل خمسة أشخاص، بينهم طفلان، في غارة على البلدة")] == [(5, True, "killed")]


def test_an_arabic_number_after_its_definite_noun_counts() -> None:
    assert figs("شيع المئات جثامين الشهداء الثلاثة الذين قتلوا في القصف.") == [
        ("الشهداء الثلاثة", 3, True, "killed", "الشهداء")]
    assert [f[1:4] for f in figs("أصيب الجنود الأربعة بجروح خطيرة في الكمين.")] == [(4, True, "injured")]
    # an ordinal is no count, and Monday is no two
    assert [f[1] for f in figs("قتل الرجل الثاني في الهجوم.")] == [1]
    assert figs("أصيب الجنود الاثنين الماضي.") == []


def test_an_arabic_verb_then_a_definite_noun_and_its_number_is_passive_when_nothing_follows() -> None:
    # "the three soldiers were killed in the ambush": three; "the three soldiers killed a
    # gunman": the soldiers did it, no figure of theirs
    assert [f[1:4] for f in figs("قتل الجنود الثلاثة في الكمين.")] == [(3, True, "killed")]
    assert [f[1] for f in figs("قتل الجنود الثلاثة مسلحا في الكمين.")] != [3]


def test_a_death_of_a_manner_with_no_number_is_one() -> None:
    assert [f[1:4] for f in figs("Police made a second arrest in the Elm Street shooting death.", "en")] == [
        (1, True, "killed")]
    assert [f[1:4] for f in figs("The investigation of the stabbing death could take weeks.", "en")] == [
        (1, True, "killed")]
    # a plural tells no figure of its own
    assert figs("Two shooting deaths in one weekend alarmed the town.", "en") == []


def test_the_killer_told_after_the_victims_counts_too() -> None:
    assert [f[1:4] for f in figs("Police said the mother killed 2 children, herself.", "en")] == [(3, True, "killed")]
    assert [f[1:4] for f in figs("A father shot and killed his two sons and then himself on Sunday.", "en")] == [
        (3, True, "killed")]
    # not where the killer is told apart
    assert [f[1:4] for f in figs("He killed three people before turning the gun on himself.", "en")] == [
        (3, True, "killed")]


def test_the_deaths_of_people_named_one_by_one_are_their_number() -> None:
    assert [f[1:4] for f in figs("Police investigate the deaths of a woman and her daughter in Elm City.", "en")] == [
        (2, True, "killed")]
    assert [f[1:4] for f in figs("Man charged in Elm City shooting deaths of woman, daughter", "en")] == [
        (2, True, "killed")]
    # one death of one person stays one; a plural of one person names no figure
    assert [f[1:4] for f in figs("the death of a 3-year-old boy", "en")] == [(1, True, "killed")]
    assert figs("the deaths of a man in the fire", "en") == []


def test_a_noun_of_a_set_number_of_people_counts_them() -> None:
    assert [f[1:] for f in figs("An elderly couple was found shot dead in their home on Sunday.", "en")] == [
        (2, True, "killed", "couple")]
    assert [f[1:] for f in figs("A young man was killed on Sunday.", "en")] == [(1, True, "killed", "man")]


def test_a_list_may_open_with_a_noun_of_a_set_number_and_go_on_with_a_possessive() -> None:
    assert [f[1:4] for f in figs("Parents, 2 children dead in murder-suicide at Elm Street home", "en")][:1] == [
        (4, True, "killed")]
    assert [f[1:4] for f in figs("A couple and their son were killed in the crash.", "en")] == [(3, True, "killed")]
    assert figs("Parents of the students gathered at the school.", "en") == []


def _tolls(text: str, lang: str) -> list[tuple[object, object]]:
    from timeline.events.extract import read_article

    art = timeline.Article(id="t", text=text, published="2016-05-11", lang=lang)
    return [(e.fatalities, e.injured) for e in read_article(art) if e.kind == "happening"]


def test_a_count_told_over_a_year_is_no_toll_of_an_event_of_a_day() -> None:
    # "so far this year", "since the start of the year", "in 2012": a count of many
    # happenings, not of the one the article dates to a day
    assert _tolls("A 10-year-old girl was wounded by a stray bullet on Monday night in Minneapolis. Police "
                  "say 131 people have been wounded or killed by gunshots in the city so far this year.",
                  "en") == [(None, 1)]
    assert _tolls("قتل ثلاثة أشخاص في غارة جوية على بلدة كفرنبل يوم الإثنين. وقتل في الغارات على المحافظة "
                  "أكثر من 200 شخص منذ بداية العام.", "ar") == [(3, None)]
    # a happening dated to a year keeps the count told with that year
    assert _tolls("In 2012, 13 children died in accidental shootings in Texas.", "en") == [(13, None)]


def _toll_by_type(text: str, lang: str) -> list[tuple[str, object]]:
    from timeline.events.extract import read_article

    art = timeline.Article(id="t", text=text, published="2025-09-01", lang=lang)
    return [(e.event_type, e.fatalities) for e in read_article(art) if e.kind == "happening"]


def test_a_toll_told_of_the_happening_another_follows_is_that_one_s_not_the_follower_s() -> None:
    # "the day after a quake that killed 600": the aftershock killed no one the text says;
    # with no figure of its own, it had taken the quake's
    assert _toll_by_type("ضربت هزة ارتدادية بقوة 4.8 درجات صباح اليوم الاثنين ولاية هلمند، غداة زلزال مدمر "
                         "أودى بحياة أكثر من 600 شخص.", "ar") == [
        ("disaster.earthquake.aftershock", None), ("disaster.earthquake", 600)]
    assert _toll_by_type("قصفت طائرات أمريكية مطارا عسكريا فجر الجمعة، ردا على هجوم كيماوي أسفر عن مقتل "
                         "عشرات المدنيين.", "ar") == [("violence.remote", None), ("violence.remote.chemical", 30)]
