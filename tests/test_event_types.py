"""Every type of the event taxonomy is found in both languages, through its inflections
(sentences written for these tests)."""

from __future__ import annotations

import pytest
import timeline

from timeline.events.document import Document
from timeline.events.extract import read_article
from timeline.events.mentions import find_triggers
from timeline.lang.taxonomy import TYPES, acled
from timeline.text import normalize

# (type, Arabic sentence, its trigger, English sentence, its trigger)
CASES = [
    ("violence", "هاجم مسلحون نقطة تفتيش للجيش.", "هاجم", "Militants attacked an army checkpoint.", "attacked"),
    ("violence.battle", "اندلعت اشتباكات عنيفة بين الفصائل.", "اشتباكات", "Heavy clashes broke out between the factions.", "clashes"),
    ("violence.territory", "سيطر المقاتلون على البلدة بعد معارك.", "سيطر", "The fighters seized the town overnight.", "seized"),
    ("violence.remote", "هز انفجار قوي وسط المدينة.", "انفجار", "A powerful explosion rocked the city centre.", "explosion"),
    ("violence.remote.air", "شنت الطائرات غارات على مواقع التنظيم.", "غارات", "Warplanes carried out airstrikes on the camps.", "airstrikes"),
    ("violence.remote.missile", "سقطت قذائف على الحي الشرقي.", "قذائف", "Mortar rounds hit the eastern district.", "Mortar"),
    ("violence.remote.suicide", "قتل خمسة في تفجير انتحاري عند المدخل.", "تفجير انتحاري", "Five died in a suicide bombing at the gate.", "suicide bombing"),
    ("violence.remote.ied", "انفجرت عبوة ناسفة بدورية للشرطة.", "عبوة ناسفة", "A roadside bomb struck a police patrol.", "roadside bomb"),
    ("violence.remote.chemical", "اتهمت المعارضة النظام بشن هجوم كيميائي.", "كيميائي", "The opposition blamed the army for a chemical attack.", "chemical attack"),
    ("violence.remote.grenade", "ألقى مجهول قنبلة يدوية على المقهى.", "قنبلة يدوية", "Someone threw a grenade into the cafe.", "grenade"),
    ("violence.raid", "داهمت القوات منزلا في القرية.", "داهمت", "Troops raided a house in the village.", "raided"),
    ("violence.civilians.shooting", "أصيب رجل إثر إطلاق نار في السوق.", "إطلاق نار", "A man was wounded in a shooting at the market.", "shooting"),
    ("violence.civilians.stabbing", "أصيبت امرأة في عملية طعن.", "عملية طعن", "A woman was hurt in a stabbing downtown.", "stabbing"),
    ("violence.civilians.killing", "أعلنت الشرطة اغتيال قاض بارز.", "اغتيال", "Police are investigating the assassination of a judge.", "assassination"),
    ("violence.civilians.abduction", "اختطف مسلحون صحفيين اثنين.", "اختطف", "Gunmen kidnapped two journalists.", "kidnapped"),
    ("protest", "خرجت مظاهرات في العاصمة.", "مظاهرات", "Thousands joined protests in the capital.", "protests"),
    ("riot", "اندلعت أعمال شغب في الضاحية.", "أعمال شغب", "Riots erupted in the suburb.", "Riots"),
    ("protest.intervention", "استخدمت الشرطة خراطيم المياه أمام البرلمان.", "خراطيم المياه",
     "Riot police used water cannon outside parliament.", "water cannon"),
    ("strategic.arrest", "اعتقلت الشرطة ثلاثة مشتبه بهم.", "اعتقلت", "Police arrested three suspects.", "arrested"),
    ("strategic.agreement", "وقع الطرفان اتفاقا لتبادل الأسرى.", "اتفاقا", "The two sides signed an agreement on prisoners.", "agreement"),
    ("strategic.ceasefire", "دخلت الهدنة حيز التنفيذ.", "الهدنة", "The truce held through the night.", "truce"),
    ("strategic.coup", "أعلن ضباط انقلابا على الحكومة.", "انقلابا", "Officers staged a coup against the government.", "coup"),
    ("strategic.deployment", "بدأ انسحاب القوات من القاعدة.", "انسحاب", "The withdrawal of troops from the base began.", "withdrawal"),
    ("strategic.looting", "تعرضت المحال لعمليات نهب واسعة.", "نهب", "Shops were hit by looting after dark.", "looting"),
    ("strategic.evacuation", "بدأ إجلاء السكان من الحي.", "إجلاء", "The evacuation of residents started at dawn.", "evacuation"),
    ("strategic.release", "أفرجت السلطات عن ثلاثة معتقلين.", "أفرجت", "The rebels freed two hostages on Monday.", "freed"),
    ("disaster", "حلت كارثة بالقرية الساحلية.", "كارثة", "A disaster struck the coastal village.", "disaster"),
    ("disaster.earthquake", "ضرب زلزال قوي المنطقة الجبلية.", "زلزال", "A strong earthquake hit the mountains.", "earthquake"),
    ("disaster.earthquake.aftershock", "شعر السكان بهزة ارتدادية قوية.", "بهزة ارتدادية",
     "A strong aftershock rattled the town.", "aftershock"),
    ("disaster.weather", "اجتاحت عاصفة قوية الساحل.", "عاصفة", "A powerful storm swept the coast.", "storm"),
    ("disaster.weather.flood", "غمرت الفيضانات الشوارع.", "الفيضانات", "Floods swamped the streets.", "Floods"),
    ("disaster.fire", "اندلع حريق في مستودع للوقود.", "حريق", "A blaze tore through a fuel depot.", "blaze"),
    ("disaster.landslide", "دفن انهيار أرضي عدة منازل.", "انهيار أرضي", "A landslide buried several homes.", "landslide"),
    ("disaster.accident", "قتل راكبان في حادث سير.", "حادث سير", "Two passengers died in a crash on the highway.", "crash"),
    ("disaster.epidemic", "سجلت السلطات تفشي الكوليرا في المخيم.", "تفشي", "Officials reported an outbreak of cholera.", "outbreak"),
    ("political.election", "جرت الانتخابات البلدية أمس.", "الانتخابات", "The municipal elections went smoothly.", "elections"),
    ("political.meeting", "عقد الوزراء اجتماعا طارئا.", "اجتماعا", "The ministers held an emergency meeting.", "meeting"),
    ("political.visit", "وصل الرئيس في زيارة رسمية.", "زيارة", "The president arrived for an official visit.", "visit"),
    ("political.decision", "أصدرت الحكومة قرارا بإغلاق المعابر.", "قرارا", "The cabinet issued a decision to close the crossings.", "decision"),
    ("political.resignation", "قدم رئيس الوزراء استقالته.", "استقالته", "The prime minister announced his resignation.", "resignation"),
    ("political.dismissal", "أعلن القصر إقالة رئيس الأركان.", "إقالة", "The board sacked the club's manager.", "sacked"),
    ("political.appointment", "أعلن المجلس تعيين قائد جديد للجيش.", "تعيين", "The council confirmed the appointment of a new army chief.", "appointment"),
    ("political.mourning", "أعلنت الحكومة الحداد الوطني.", "الحداد", "The government declared three days of mourning.", "days of mourning"),
    ("political.poll", "أظهر استطلاع جديد تقدم المعارضة.", "استطلاع", "A new poll showed the opposition ahead.", "poll"),
    ("political.deadline", "تنتهي المهلة بعد أسبوع.", "المهلة", "The deadline expires next week.", "deadline"),
    ("political.justice", "بدأت محاكمة المتهمين بالتفجير.", "محاكمة", "The trial of the suspects opened.", "trial"),
    ("outcome", "ارتفع عدد الضحايا في البلدة.", "الضحايا", "Rescuers counted the casualties.", "casualties"),
    ("outcome.death", "لقي ثلاثة أشخاص حتفهم.", "حتفهم", "Three people died at the scene.", "died"),
    ("outcome.injury", "أصيب عشرة أشخاص بجروح.", "أصيب", "Ten people were injured.", "injured"),
    ("outcome.damage", "لحقت أضرار جسيمة بالمباني.", "أضرار", "The buildings suffered heavy damage.", "damage"),
    ("outcome.toll", "ارتفعت حصيلة القتلى إلى خمسين.", "حصيلة", "The death toll rose to fifty.", "death toll"),
    ("outcome.intercept", "أعلن الجيش اعتراض صاروخين.", "اعتراض", "The army said it intercepted two rockets.", "intercepted"),
    ("outcome.alarm", "دوت صفارات الإنذار في المدينة.", "صفارات الإنذار", "Air raid sirens sounded across the city.", "Air raid sirens"),
    ("outcome.missing", "ما زال عشرة أشخاص في عداد المفقودين.", "المفقودين", "Ten people are still missing.", "missing"),
    ("outcome.displacement", "أدى القتال إلى نزوح الآلاف.", "نزوح", "Thousands were displaced by the fighting.", "displaced"),
    ("outcome.funeral", "شيع الأهالي الضحايا في جنازة مهيبة.", "جنازة", "Hundreds attended the funeral of the victims.", "funeral"),
    ("outcome.medical", "نقل المصاب إلى العناية المركزة.", "العناية المركزة", "The wounded man underwent surgery.", "surgery"),
    ("reference", "وقع الحادث في ساعة متأخرة.", "الحادث", "The incident happened late at night.", "incident"),
    ("statement.say", "قال المتحدث إن الوضع هادئ.", "قال", "The spokesman said the situation was calm.", "said"),
    ("statement.announce", "أعلن الجيش انتهاء العملية.", "أعلن", "The army announced the end of the operation.", "announced"),
    ("statement.document", "أصدرت الوزارة بيانا مقتضبا.", "بيانا", "The ministry issued a short statement.", "statement"),
    ("statement.claim", "تبنى التنظيم الهجوم.", "تبنى", "The group claimed the bombing.", "claimed"),
    ("statement.condemn", "ندد المجلس بالهجوم.", "ندد", "The council condemned the raid.", "condemned"),
    ("statement.vow", "توعد القائد بالرد.", "توعد", "The commander vowed to respond.", "vowed"),
    ("statement.warn", "حذر الخبراء من موجة جديدة.", "حذر", "Experts warned of another wave.", "warned"),
    ("statement.deny", "نفى المتحدث الاتهامات.", "نفى", "The spokesman denied the accusations.", "denied"),
    ("statement.confirm", "أكد المسؤول الخبر.", "أكد", "The official confirmed the report.", "confirmed"),
    ("statement.brief", "عقد الوزير مؤتمرا صحفيا.", "مؤتمرا صحفيا", "The minister gave a press conference.", "press conference"),
    ("statement.post", "غرد الرئيس على حسابه.", "غرد", "The president tweeted a photo.", "tweeted"),
    ("statement.call", "دعا الأمين العام إلى التهدئة.", "دعا", "The secretary general urged calm.", "urged"),
    ("statement.praise", "رحبت الجامعة بالاتفاق.", "رحبت", "The league welcomed the deal.", "welcomed"),
    ("statement.accuse", "اتهمت الحكومة المعارضة بالتخريب.", "اتهمت", "The government accused the rebels.", "accused"),
]

ROWS = [(t, "ar", s, w) for t, s, w, _, _ in CASES] + [(t, "en", s, w) for t, _, _, s, w in CASES]


def triggers(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document.read("t", normalize(text), lang, [])
    out = []
    for t in find_triggers(doc):
        s, e = doc.original(t.start, t.end)
        out.append((text[s:e], t.type))
    return out


def words(text: str, lang: str) -> list[str]:
    """The triggers of an article's events (published 2025-10-15)."""
    art = timeline.Article(id="x", text=text, published="2025-10-15", lang=lang, source="S")
    return [m.trigger for e in read_article(art) for m in e.mentions]


@pytest.mark.parametrize(("type_id", "lang", "sentence", "word"), ROWS,
                         ids=[f"{t}-{lang}" for t, lang, _, _ in ROWS])
def test_each_type_is_found_in_both_languages(type_id: str, lang: str, sentence: str, word: str) -> None:
    found = triggers(sentence, lang)
    assert any(word in surface or surface in word for surface, t in found if t == type_id), found


def test_every_type_of_the_taxonomy_has_a_case_in_both_languages() -> None:
    covered = {t for t, _, _, _, _ in CASES}
    assert covered == set(TYPES) - {"violence.civilians", "violence.civilians.sexual", "strategic", "political",
                                   "statement"}


def test_inflections_are_read_by_stems_not_listed_forms() -> None:
    # none of these forms is listed: the stemmer and the clitic readings find them
    first = triggers("وبالغارات الجوية قصفت الطائرات", "ar")[0]
    assert first[0].startswith("وبالغارات") and first[1] == "violence.remote.air"
    assert [t for _, t in triggers("Gunmen were shooting; shootings followed.", "en")] == \
        ["violence.civilians.shooting"] * 3


def test_acled_names_come_from_the_nearest_typed_node() -> None:
    assert acled("violence.remote.suicide") == ("Explosions/Remote violence", "Suicide bomb")
    assert acled("violence.civilians.shooting") == ("Violence against civilians", "Attack")
    assert acled("disaster.earthquake") == ("Disaster", "Earthquake")


def test_an_adjective_sharing_a_statement_word_s_stem_is_no_statement() -> None:
    # "brief" the adjective is not "briefing"/"briefed"
    assert triggers("Troops fought a brief clash near the border.", "en") == [("fought", "violence.battle"), ("clash", "violence.battle")]
    assert ("briefed", "statement.brief") in triggers("The general briefed reporters on the clash.", "en")
    assert ("briefing", "statement.brief") in triggers("At a briefing, the spokesman gave no figures.", "en")


def test_an_operation_a_force_launches_is_a_happening_not_a_back_reference() -> None:
    # a security or military operation is told anew ("launched a security operation"),
    # unlike "the operation" pointing back at one told before
    assert ("عملية أمنية", "violence") in triggers("شنت القوات عملية أمنية في ريف المدينة.", "ar")
    assert ("security operation", "violence") in triggers("Troops launched a security operation in the hills.", "en")
    assert ("operation", "reference") in triggers("The operation lasted two hours.", "en")


def test_a_word_whose_first_letter_looks_like_a_clitic_keeps_it() -> None:
    # "بالغ" (deep, grave) is not ب + "ألغى" (cancelled): no decision in "with grave concern"
    assert [t for _, t in triggers("ينظر المجلس بقلق بالغ إلى الوضع في المدينة.", "ar")
            if t == "political.decision"] == []
    assert ("أخبرت", "statement.say") in triggers("أخبرت الشرطة الصحفيين بأن الطريق أغلق.", "ar")


def test_an_impersonal_passive_bringing_in_background_is_said_by_no_one() -> None:
    # "يُذكر أن" (it is recalled that) opens background; the active "يذكر التقرير أن" (the
    # report mentions that) is a statement
    assert [t for _, t in triggers("ويذكر أن الفيضانات اجتاحت الوادي قبل عشر سنوات.", "ar")
            if t.startswith("statement")] == []
    assert [t for _, t in triggers("يشار إلى أن المعبر أغلق مرات عدة.", "ar") if t.startswith("statement")] == []
    assert ("يذكر", "statement.say") in triggers("يذكر التقرير أن المعبر أغلق مرات عدة.", "ar")


def test_ministerial_is_no_visit_and_ratified_is_a_decision() -> None:
    # "الوزاري" (ministerial) is not و + "زار" (visited); "صادق" (ratified) is a decision in
    # its verb forms, not the name Sadiq nor "truthful"
    got = triggers("وصادق المجلس الوزاري الأمني على الاتفاق.", "ar")
    assert ("وصادق", "political.decision") in got and not [t for _, t in got if t == "political.visit"]
    assert ("زار", "political.visit") in triggers("زار الوزير المستشفى.", "ar")
    assert not [t for _, t in triggers("قال صادق خان إن المدينة آمنة.", "ar") if t == "political.decision"]


def test_a_cabinet_formed_and_a_confidence_vote_are_political_events() -> None:
    assert ("formed a new government", "political.appointment") in triggers(
        "Iraq formed a new government on Saturday after months of talks.", "en")
    assert ("تشكيل الحكومة", "political.appointment") in triggers("أعلن الرئيس تشكيل الحكومة الجديدة يوم السبت.", "ar")
    assert ("confidence vote", "political.election") in triggers(
        "The cabinet won a confidence vote in parliament on Tuesday.", "en")
    assert ("حجب الثقة", "political.election") in triggers("صوت النواب على حجب الثقة عن الوزير.", "ar")


def test_an_army_post_is_no_post_on_social_media() -> None:
    assert [t for _, t in triggers("Rebels shelled a border post overnight.", "en") if t.startswith("statement")] == []
    assert ("posted", "statement.post") in triggers("The ministry posted footage of the convoy.", "en")


@pytest.mark.parametrize(("lang", "sentence", "word", "type_id"), [
    ("ar", "أعلن عمال الميناء إضرابا مفتوحا.", "إضرابا", "protest"),
    ("en", "Dock workers went on strike on Monday.", "went on strike", "protest"),
    ("ar", "اغتيل القيادي أمام منزله.", "اغتيل", "violence.civilians.killing"),
    ("ar", "دهست سيارة مجموعة من المارة.", "دهست", "violence.civilians"),
    ("en", "A van rammed into a crowd of shoppers.", "rammed into", "violence.civilians"),
    ("ar", "أنجز الطرفان تبادل الأسرى أمس.", "تبادل الأسرى", "strategic.release"),
    ("ar", "توجه الناخبون في تونس صباح اليوم إلى مراكز الاقتراع.", "توجه الناخبون", "political.election"),
    ("ar", "أدلى الناخبون بأصواتهم في أجواء هادئة.", "أدلى الناخبون", "political.election"),
    # the exchange is the release of the people held; the deal ("صفقة", "deal") the agreement
    ("en", "The two sides agreed a prisoner swap.", "prisoner swap", "strategic.release"),
    ("ar", "فرضت البلدية حظر التجول ليلا.", "حظر التجول", "political.decision"),
    ("en", "The governor imposed a curfew.", "curfew", "political.decision"),
    ("ar", "نزح مئات السكان عن القرية.", "نزح", "outcome.displacement"),
    ("ar", "اصطدم قطاران قرب المحطة.", "اصطدم", "disaster.accident"),
    ("ar", "انقلبت حافلة تقل عمالا.", "انقلبت", "disaster.accident"),
    ("en", "A minibus overturned on the mountain road.", "overturned", "disaster.accident"),
    ("ar", "اشتعلت النيران في مستودع للوقود.", "اشتعلت النيران", "disaster.fire"),
    ("ar", "ضربت موجة برد المناطق الجبلية.", "موجة برد", "disaster.weather"),
    ("en", "Two fishermen were martyred at sea, the group said.", "martyred", "outcome.death"),
    ("ar", "نصب مسلحون كمينا لدورية.", "كمينا", "violence"),
    ("ar", "وعد المحافظ بتعويض المتضررين.", "وعد", "statement.vow"),
    ("ar", "انهار جسر قديم فوق النهر.", "انهار جسر", "disaster.accident"),
    ("ar", "قضت المحكمة بالسجن خمس سنوات على المدير.", "بالسجن", "political.justice"),
    ("ar", "أصدرت محكمة الجنايات حكما بسجن المدير خمس سنوات.", "بسجن", "political.justice"),
    ("ar", "قضت المحكمة بإعدام ثلاثة متهمين.", "بإعدام", "political.justice"),
    ("ar", "خرج الآلاف في مسيرة وسط العاصمة يوم الجمعة.", "مسيرة", "protest"),
    ("ar", "شارك المئات في مسيرة تنديدا بغلاء الأسعار.", "مسيرة", "protest"),
    ("ar", "أسقطت الدفاعات الجوية مسيرة فوق المطار.", "مسيرة", "violence.remote.air"),
    ("ar", "وقعت الوزارتان مذكرة تفاهم في مجال الطاقة.", "مذكرة تفاهم", "strategic.agreement"),
    ("ar", "أدى اليمين أمس أمام الملك.", "أدى اليمين", "political.appointment"),
    ("en", "The ministries signed a memorandum of understanding on trade.", "memorandum of understanding",
     "strategic.agreement"),
    ("en", "Students took to the streets across the capital.", "took to the streets", "protest"),
    # idioms of shooting news
    ("en", "Deputies said the woman turned the gun on herself.", "turned the gun on", "violence.civilians.shooting"),
    ("en", "In the video the boy squeezes the trigger.", "squeezes the trigger", "violence.civilians.shooting"),
    ("en", "The toddler could not be revived.", "could not be revived", "outcome.death"),
    ("en", "Both were medflighted to the city.", "medflighted", "outcome.medical"),
    ("en", "The gunman later took his own life.", "took his own life", "outcome.death"),
    ("en", "Doctors said his condition improved.", "his condition", "outcome.injury"),
    # Arabic gunshots, by their written forms; "يطلق" (launches) keeps its own reading
    ("ar", "توفي رجل متأثرا بإصابته بطلق ناري.", "بطلق", "violence.civilians.shooting"),
    ("ar", "سمع السكان طلقات نارية قرب السوق.", "طلقات", "violence.civilians.shooting"),
    ("ar", "الجيش يطلق صواريخ على مواقع المسلحين.", "يطلق صواريخ", "violence.remote.missile"),
])

def test_common_news_happenings_are_found(lang: str, sentence: str, word: str, type_id: str) -> None:
    assert (word, type_id) in triggers(sentence, lang)


def test_floods_sweeping_villages_are_the_floods_not_a_seizure() -> None:
    from timeline.events.extract import read_article

    art = timeline.Article(id="f", text="اجتاحت فيضانات القرى الساحلية فجر الأحد.", published="2026-01-12", lang="ar")
    assert [e.event_type for e in read_article(art)] == ["disaster.weather.flood"]


def test_a_word_starting_with_kaf_is_no_place_behind_a_clitic() -> None:
    # "كمينا" (an ambush) is not ك + "مينا" (Minna): the clitic ك hardly precedes a place
    from timeline.events.document import Document as Doc

    doc = Doc.read("k", normalize("نصب مسلحون كمينا لدورية قرب مدينة حلب"), "ar", [])
    assert [p.place.name for p in doc.places()] == ["Aleppo"]


def test_is_considered_is_no_promise() -> None:
    # "يُعدّ" (is considered) shares letters with "وعد" (a promise), not its root
    assert [t for _, t in triggers("يعد الجسر الأطول في البلاد.", "ar") if t.startswith("statement")] == []


def test_a_coup_is_not_a_vehicle_overturning() -> None:
    assert triggers("وقع انقلاب عسكري في العاصمة.", "ar") == [("انقلاب", "strategic.coup")]



def test_an_overturning_vehicle_is_an_accident_not_a_coup() -> None:
    assert triggers("أصيب عشرة ركاب في انقلاب الحافلة على الطريق.", "ar") == [
        ("أصيب", "outcome.injury"), ("انقلاب الحافلة", "disaster.accident")]
    assert triggers("فقد ثلاثة بعد انقلاب قارب صيد قرب الشاطئ.", "ar")[-1] == ("انقلاب قارب", "disaster.accident")


def test_a_listed_phrase_with_the_article_matches_its_other_forms() -> None:
    # "خفض عدد القوات" is listed with the article; the text writes "قواتها" (its troops)
    from timeline.events.document import Document
    from timeline.events.mentions import find_triggers
    from timeline.text import normalize

    def triggers(text: str) -> list[tuple[str, str]]:
        doc = Document.read("p", normalize(text), "ar", [])
        return [(doc.norm.text[t.start:t.end], t.type) for t in find_triggers(doc)]

    assert triggers("قالت الوزارة إن الولايات المتحدة خفضت عدد قواتها في العراق") == [
        ("قالت", "statement.say"), ("خفضت عدد قواتها", "strategic.deployment")]
    # the plural of a relative noun stays the operation, not the root "work"
    assert triggers("نفذت القوات عمليات عسكرية واسعة") == [("عمليات عسكريه", "violence")]
    assert triggers("عاد العمال إلى العمل في المصنع") == []


@pytest.mark.parametrize("text, want", [
    ("Air defences downed two drones over the port.", [("defences", "outcome.intercept"), ("downed", "outcome.intercept"),
                                                        ("drones", "violence.remote.air")]),
    ("The downing of the airliner shocked the region.", [("downing", "outcome.intercept")]),
    ("Police tracked down the suspect.", []),
    ("The mayor vowed to crack down on street racing.", [("vowed", "statement.vow")]),
])
def test_the_particle_down_is_no_interception(text, want):
    doc = Document.read("x", normalize(text), "en", [])
    got = [(doc.norm.text[t.start:t.end].split()[-1], t.type) for t in find_triggers(doc)]
    assert got == want


@pytest.mark.parametrize("text", ["He suffered non-life threatening injuries.", "She had life-threatening wounds.",
                                  "The wounds were not life threatening."])
def test_life_threatening_is_no_threat(text):
    doc = Document.read("x", normalize(text), "en", [])
    assert [t.type for t in find_triggers(doc)] == ["outcome.injury"]


@pytest.mark.parametrize("text, want", [("State police are investigating.", []),
                                        ("Police stated that the man fled.", ["stated"])])
def test_the_noun_state_is_no_speech(text, want):
    doc = Document.read("x", normalize(text), "en", [])
    assert [doc.norm.text[t.start:t.end] for t in find_triggers(doc) if t.role == "statement"] == want


@pytest.mark.parametrize("text, lang, want", [
    ('بدأت القوات عملية "الوعد الصادق" ضد المواقع.', "ar", ["reference"]),
    ('The army launched Operation "Swift Vow" at dawn.', "en", ["violence"]),
    ('He said "the attack was brutal".', "en", ["statement.say", "violence"]),
])
def test_the_words_of_a_quoted_operation_name_name_no_happening(text, lang, want):
    doc = Document.read("x", normalize(text), lang, [])
    assert [t.type for t in find_triggers(doc)] == want


def test_the_displaced_as_people_are_no_displacement() -> None:
    # "a camp for the displaced" describes people, not a happening; "fled" is one
    def kinds(text: str) -> list[str]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang="ar", source="S")
        return [m.event_type for e in read_article(art) for m in e.mentions]
    assert kinds("وصلت قافلة مساعدات إلى مخيم للنازحين في ريف إدلب اليوم الأحد.") == []
    assert "outcome.displacement" in kinds("نزح آلاف السكان من بلدة سراقب اليوم الأحد.")


def test_condemns_in_the_arabic_imperfect_is_a_condemnation_not_a_conviction() -> None:
    def kinds(text: str) -> list[str]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang="ar", source="S")
        return [m.event_type for e in read_article(art) for m in e.mentions]
    assert kinds("الاتحاد الأوروبي يدين الهجوم على المدرسة")[:1] == ["statement.condemn"]
    assert "political.justice" in kinds("أدين المتهم بالقتل العمد أمام المحكمة الجنائية اليوم.")


def test_an_event_word_naming_a_body_that_deals_with_such_happenings_is_no_happening() -> None:
    assert "disaster" not in words("A quake struck the province on Wednesday, the disaster agency said.", "en")
    assert "الكوارث" not in words("وقالت إدارة الكوارث والطوارئ إن زلزالا ضرب الولاية فجر اليوم.", "ar")
    # the centre of a quake is no body: the quake is told
    assert "الزلزال" in words("ضرب زلزال الولاية فجر اليوم، وحدد مركز الزلزال قرب المدينة.", "ar")


def test_a_body_named_for_what_it_fights_is_no_happening() -> None:
    # riot police and anti-riot units break up protests; they are no riot
    assert "riot" not in words("Riot police used water cannon to disperse hundreds of students on Tuesday.", "en")
    assert "الشغب" not in words("فرقت قوات مكافحة الشغب مئات الطلاب المحتجين أمام الجامعة يوم الثلاثاء.", "ar")
    # a riot told as such stays one, and a verb before "police" is no name
    assert "riot" in words("A riot broke out in the prison on Tuesday, police said.", "en")
    assert "kills" in words("Stray bullet kills police officer's son in his bedroom.", "en")
    assert "shooting" in words("A gunman began shooting police officers outside the station.", "en")
    # a channel named "the march" (or "the drone") is an outlet
    assert "المسيرة" not in words("قتل ثلاثة في غارة على صعدة، بحسب ما أفادت قناة المسيرة.", "ar")


def test_strengthening_is_no_reinforcement() -> None:
    def kinds(text: str) -> list[str]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang="ar", source="S")
        return [m.event_type for e in read_article(art) for m in e.mentions]
    assert kinds("شدد الرئيس على تعزيز الاستقرار في المنطقة.") == ["statement.say"]  # speech, no reinforcement
    assert kinds("أرسل الجيش تعزيزات عسكرية إلى الحدود اليوم.") == ["strategic.deployment"]
    assert kinds("قرر الجيش تعزيز القوات في المنطقة الحدودية اليوم.") == ["strategic.deployment"]


def test_cutting_is_a_troop_reduction_only_of_forces() -> None:
    # "تقليص" alone cuts anything (spending, efforts, aid): a reduction of forces names them
    def kinds(text: str) -> list[str]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang="ar", source="S")
        return [m.event_type for e in read_article(art) for m in e.mentions]
    assert kinds("قررت الحكومة تقليص الإنفاق العام.") == []
    assert kinds("يسعى البنك إلى تقليص الديون هذا العام.") == []
    assert kinds("أعلنت واشنطن تقليص وجودها العسكري في العراق.") == ["statement.announce", "strategic.deployment"]
    assert "strategic.deployment" in kinds("بدأ تقليص القوات الأجنبية في القاعدة.")


def test_a_general_word_joined_by_and_is_no_compound() -> None:
    """"attacks and kidnappings" are two kinds of happening; "a missile attack" is one."""
    def triggers(text: str, lang: str) -> list[tuple[str, str]]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang=lang, source="S")
        return [(m.trigger, m.event_type) for e in read_article(art) for m in e.mentions]
    assert triggers("The militia keeps up attacks and abductions along the border.", "en") == [
        ("attacks", "violence"), ("abductions", "violence.civilians.abduction")]
    assert triggers("يواصل المسلحون الهجمات والاختطاف على طريق المطار.", "ar") == [
        ("الهجمات", "violence"), ("والاختطاف", "violence.civilians.abduction")]
    assert triggers("شنت الميليشيا هجوما صاروخيا على المطار أمس.", "ar") == [
        ("هجوما صاروخيا", "violence.remote.missile")]


def test_a_force_named_by_what_it_does_is_no_happening() -> None:
    assert words("اقتحمت قوات الاحتلال قرية برقة فجر اليوم.", "ar") == ["اقتحمت"]
    assert words("قصفت مروحيات الجيش مواقع المسلحين مساء أمس.", "ar") == ["قصفت"]
    # the happening itself, with its object, stays one
    assert "احتلال" in words("أدانت الجامعة احتلال الجزيرة عام 1971.", "ar")
    assert words("Occupation forces stormed the village at dawn.", "en") == ["stormed"]
    # a verb before its object is no name: "targeted troops", "told authorities"
    assert "targeted" in words("A sniper targeted troops near the bridge on Monday.", "en")
    assert "told" in words("The driver told authorities the truck had been hit.", "en")


def test_neutralising_fighters_is_a_happening() -> None:
    def kinds(text: str) -> list[str]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang="ar", source="S")
        return [m.event_type for e in read_article(art) for m in e.mentions]
    assert kinds("أكد الجيش تحييد ثمانية مسلحين في اشتباك قرب الحدود.") == [
        "statement.confirm", "violence", "violence.battle"]
    assert kinds("أعلن الوزير أن بلاده ستبقى على الحياد.") == ["statement.announce"]


def test_without_denies_the_outcome_right_after_it() -> None:
    def words(text: str, lang: str) -> list[tuple[str, str]]:
        art = timeline.Article(id="x", text=text, published="2025-10-15", lang=lang, source="S")
        return [(m.trigger, m.modality) for e in read_article(art) for m in e.mentions]
    assert words("سقطت قذيفة على السوق دون وقوع إصابات.", "ar") == [("قذيفة", "asserted")]
    assert words("The patrol was ambushed but returned to base without casualties.", "en") == [
        ("ambushed", "asserted")]
    # out of its reach, the happening stands
    assert ("shooting", "asserted") in words(
        "The suspect is held without bond since the deadly shooting.", "en")


def test_a_funeral_or_a_meeting_told_in_the_future_is_a_plan() -> None:
    def events(text: str, lang: str) -> list[tuple[str, str, object]]:
        art = timeline.Article(id="x", text=text, published="2025-12-20", lang=lang, source="S")
        return [(e.event_type, e.modality, e.time.value if e.time else None) for e in read_article(art)]
    assert events("A candlelight vigil will be held Monday night outside the school.", "en") == [
        ("outcome.funeral", "planned", "2025-12-22TNI")]
    assert events("سيشيع جثمان الصحفي ظهر الثلاثاء في مسقط رأسه.", "ar")[0][1] == "planned"
    assert events("ستعقد اللجنة اجتماعا يوم الأربعاء لبحث الأزمة.", "ar") == [
        ("political.meeting", "planned", "2025-12-24")]
    # told as done, it was
    assert events("A vigil was held Monday night outside the school.", "en") == [
        ("outcome.funeral", "asserted", "2025-12-15TNI")]
    # what an act paves the way for is still to come
    assert events("بدأ مجلس النواب، اليوم الاثنين، مناقشة البيان الوزاري للحكومة تمهيدا للتصويت على الثقة.",
                  "ar") == [("statement.document", "asserted", "2025-12-20"), ("political.election", "planned", None)]


def test_a_release_of_people_held_is_no_abduction() -> None:
    def events(text: str, lang: str) -> list[tuple[str, list[str]]]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang=lang, source="S")
        return [(e.event_type, [m.trigger for m in e.mentions]) for e in read_article(art)]
    assert events("The militia released three kidnapped engineers' hostages late on Sunday.", "en")[0][0] == \
        "strategic.release"
    assert events("Two hostages were freed in a raid on Sunday.", "en")[0] == ("strategic.release", ["freed"])
    assert events("أطلقت الحكومة سراح خمسين معتقلا سياسيا أمس.", "ar") == [
        ("strategic.release", ["أطلقت الحكومة سراح"])]
    # a name released is no release; a kidnapping stays one
    assert events("Police released the name of the driver on Sunday.", "en") == []
    assert "violence.civilians.abduction" in [t for t, _ in events("Gunmen abducted three hostages from the camp.", "en")]
    # the held told as girls, boys, women or children, well before a passive verb
    assert events("The mayor said the boys taken from the farm were released on Friday after talks.", "en")[-1] == (
        "strategic.release", ["released"])
    # a text released comes first, whatever follows it; a capitalised word is a name's
    assert events("The family released a statement through Women's Aid on Sunday.", "en") == [
        ("statement.document", ["statement"])]
    assert events("The boy was released from Children's Hospital on Monday.", "en") == []
    assert events("25 Kidnapped Schoolgirls Freed In Nigeria", "en")[-1] == ("strategic.release", ["Freed"])
    # "سراح" (freedom) after a verb is always a release, its held told as its ending or not at all
    assert events("وقال المحافظ إن الصيادين أطلق سراحهم فجر اليوم.", "ar")[-1] == (
        "strategic.release", ["أطلق سراحهم"])
    assert events("أطلق سراح الرهينتين مساء الأحد.", "ar") == [("strategic.release", ["أطلق سراح"])]


def test_a_ceasefire_phrase_beats_a_town_its_first_word_names() -> None:
    def events(text: str) -> list[tuple[str, list[str], tuple]]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang="ar", source="S")
        return [(e.event_type, [m.trigger for m in e.mentions], e.places) for e in read_article(art)]
    # "وقف" is also a town in Egypt (Al Waqf): after "إلى" it had been read so, and the rest as a shooting
    assert events("توصل الطرفان إلى وقف إطلاق النار بعد أيام من القتال.")[0][:2] == (
        "strategic.ceasefire", ["وقف إطلاق النار"])
    assert events("أعلن الوسطاء التوصل إلى وقف شامل لإطلاق النار.")[-1][:2] == (
        "strategic.ceasefire", ["وقف شامل لإطلاق النار"])
    assert all("geonames:360471" not in p for _, _, p in events("توصل الطرفان إلى وقف إطلاق النار."))


def test_the_other_persons_of_a_denial_and_a_death_sentence() -> None:
    def kinds(text: str) -> list[str]:
        art = timeline.Article(id="x", text=text, published="2025-05-11", lang="ar", source="S")
        return [m.event_type for e in read_article(art) for m in e.mentions]
    assert kinds("نفت الشرطة وجود معتقلين لديها.")[0] == "statement.deny"
    assert kinds("قضت محكمة الجنايات بالإعدام على متهمين اثنين.") == ["political.justice"]
    assert kinds("نفذت السلطات حكم الإعدام بحق ثلاثة مدانين.") == ["violence.civilians.killing"]


def test_the_use_of_a_weapon_and_the_hit_of_a_projectile_name_the_attack() -> None:
    # a verb of using with its weapon after it, or before it through a passive
    assert ("used", "violence.civilians.shooting") in triggers("Officers found the rifle used in the robbery.", "en")
    assert ("used", "violence.civilians.shooting") in triggers("It is not known which pistol was used.", "en")
    assert ("used", "violence.remote.chemical") in triggers("Inspectors said the army used sarin on the town.", "en")
    assert ("باستخدام", "violence.remote.chemical") in triggers(
        "نددت المنظمة باستخدام الأسلحة الكيميائية ضد المدنيين.", "ar")
    assert ("استخدم", "violence.civilians.shooting") in triggers("استخدم المهاجم مسدسا في الهجوم.", "ar")
    # ... not a use of anything else, nor a weapon with no use, nor a tool named after a
    # gun, nor a weapon that only qualifies another noun
    assert [w for w, _ in triggers("The city used the grant to hire nurses.", "en")] == []
    assert [w for w, _ in triggers("Deputies used a stun gun on the man.", "en")] == []
    assert [w for w, _ in triggers("The senator used the gun lobby as a foil.", "en")] == []
    assert [w for w, _ in triggers("The guard carried a rifle.", "en")] == []
    # the past verb right after a projectile, with its particle
    assert ("ripped into", "violence.civilians.shooting") in triggers(
        "A stray bullet ripped into the kitchen wall.", "en")
    assert ("lodged", "violence.civilians.shooting") in triggers("One bullet lodged near her spine.", "en")
    assert ("ricocheted off", "violence.civilians.shooting") in triggers("A bullet ricocheted off the car.", "en")
    # a regular past that tells no hit (nothing of where it went follows) is none
    assert "matched" not in [w for w, _ in triggers("The bullet matched the gun found in the car.", "en")]
    # (a verb not in the past tells no hit: "bullets" is a trigger of its own)
    assert [w for w, _ in triggers("Bullets cost more this year.", "en")] == ["Bullets"]


def test_a_projectile_s_path_is_told_verb_by_verb() -> None:
    found = triggers("The pathologist found that the round pierced the woman's arm, glanced off a rib "
                     "and tumbled through her lung.", "en")
    assert ("glanced off", "violence.civilians.shooting") in found
    assert ("tumbled through", "violence.civilians.shooting") in found
    # a part of the body after a regular past tells the hit too
    assert ("exited", "violence.civilians.shooting") in triggers("The projectile exited the back of his torso.", "en")
    # what comes after the hit that is no verb of its path is not
    assert [w for w, _ in triggers("The bullet hit the wall and police arrived.", "en")] == ["bullet", "hit"]
    assert triggers("The first round of talks ended.", "en") == []


def test_a_person_s_condition_is_an_injury_and_a_road_s_is_none() -> None:
    assert ("condition", "outcome.injury") in triggers("The victim's condition is critical.", "en")
    assert ("condition", "outcome.injury") in triggers("Her current condition is not known.", "en")
    assert triggers("The condition of the road is poor.", "en") == []


def test_a_weapon_s_size_does_not_hide_its_use() -> None:
    for text in ("He used a 9mm handgun in the robbery.", "She used a .45 caliber pistol.",
                 "He used a 12-gauge shotgun."):
        assert ("used", "violence.civilians.shooting") in triggers(text, "en"), text
    assert triggers("They used 3 trucks.", "en") == []


def test_recovering_a_thing_is_finding_it_not_healing() -> None:
    assert [t for w, t in triggers("Divers recovered the boat on Monday.", "en")] == []
    assert ("recovering", "outcome.medical") in triggers("The officer is recovering at home.", "en")


def test_a_pronoun_before_an_event_predicate_refers_back_to_the_happening() -> None:
    assert ("It", "reference") in triggers("A boy was shot in Dayton. It happened around 3 p.m. on Elm Street.", "en")
    assert ("this", "reference") in triggers("Neighbors said this was a senseless crime.", "en")
    # fillers between the pronoun and its predicate do not count toward its reach
    assert ("it", "reference") in triggers("The chief said it's just a tragic situation for the family.", "en")
    assert ("This", "reference") in triggers("This is so very sad for everyone.", "en")
    # what it does to those who tell it
    assert ("It", "reference") in triggers('"It is so painful," the coach said.', "en")
    assert ("It", "reference") in triggers('"It really hits home," a neighbour said.', "en")
    assert ("it", "reference") in triggers("Her uncle said it is tough on the whole family.", "en")
    # how the authorities class it
    assert ("It", "reference") in triggers("It was ruled a homicide on Monday.", "en")
    assert ("This", "reference") in triggers("This is being investigated as a murder.", "en")
    # a pronoun before anything else refers to nothing the library reads
    assert ("It", "reference") not in triggers("It rained all afternoon in the valley.", "en")
    assert ("it", "reference") not in triggers("Police said it would take weeks to identify the remains as tragic.", "en")


def test_a_pronoun_after_a_verb_of_doing_or_seeing_refers_back_to_the_happening() -> None:
    assert ("it", "reference") in triggers('"Whoever did it should come forward," his aunt said.', "en")
    assert ("this", "reference") in triggers("I have never seen this before in our street.", "en")
    assert ("that", "reference") in triggers("He did not deserve that.", "en")
    assert ("this", "reference") in triggers("She had planned this for weeks.", "en")
    assert ("it", "reference") in triggers("When we heard about it we cried.", "en")
    assert ("this", "reference") in triggers("Nobody expects something like this.", "en")
    # a demonstrative before a noun is its determiner, not a pronoun
    assert [w for w, _ in triggers("They did that work on Monday.", "en")] == []
    assert [w for w, _ in triggers("I saw this film twice.", "en")] == []
    # "like" after anything but an indefinite compares
    assert [w for w, _ in triggers("She sings like this.", "en")] == []
    # a pronoun a copula or a contraction follows is the subject of its own clause
    assert [w for w, _ in triggers("I can't believe it's spring already.", "en")] == []
    assert [w for w, _ in triggers("We saw it was late.", "en")] == []


def test_a_situation_or_thing_called_tragic_refers_back_to_the_happening() -> None:
    assert ("situation", "reference") in triggers("Police called it a tragic situation.", "en")
    assert ("thing", "reference") in triggers("Neighbors said it was a horrible thing.", "en")
    assert [w for w, _ in triggers("The situation in the city is calm.", "en")] == []


def test_a_pronoun_with_no_happening_told_before_it_is_no_event() -> None:
    def events(text: str) -> list[tuple[str, list[str]]]:
        arts = read_article(timeline.Article(id="p", text=text, published="2026-03-10", lang="en"))
        return [(e.event_type, [text[m.trigger_start:m.trigger_end] for m in e.mentions]) for e in arts]

    assert events("The minister talked about it at length on Friday.") == []
    assert events("War is a terrible thing, the general said on Friday.") == [
        ("statement.say", ["said"])]
    assert events("Gunmen shot a shopkeeper in Lyon on Monday. Whoever did this must be caught.") == [
        ("violence.civilians.shooting", ["Gunmen", "shot", "this"])]


def test_a_person_lost_or_gone_is_a_death() -> None:
    assert ("lost", "outcome.death") in triggers("We lost our son on Friday.", "en")
    assert ("lost", "outcome.death") in triggers("The town lost a beloved teacher last night.", "en")
    assert ("lose", "outcome.death") in triggers("To lose my niece like that is cruel.", "en")
    assert ("gone", "outcome.death") in triggers('"She\'s gone, and nothing brings her back," he said.', "en")
    assert ("gone", "outcome.death") in triggers("Dana is gone forever.", "en")
    assert ("gone", "outcome.death") in triggers("Another life gone too soon.", "en")
    assert ("non-responsive", "outcome.medical") in triggers("The driver was non-responsive.", "en")
    # things lost, a person lost track of, a custody lost, going somewhere, gone missing
    assert [w for w, _ in triggers("The team lost the game on Sunday.", "en")] == []
    assert [w for w, _ in triggers("She lost track of the children.", "en")] == []
    assert [w for w, _ in triggers("They lost custody of their son.", "en")] == []
    assert [w for w, _ in triggers("He's gone to the store.", "en")] == []
    assert [w for w, _ in triggers("The car is gone.", "en")] == []
    assert triggers("He has gone missing.", "en") == [("missing", "outcome.missing")]


def test_a_life_taken_cost_or_ended_is_a_death() -> None:
    assert ("took her life", "outcome.death") in triggers("The man who took her life was arrested.", "en")
    assert ("cost him his life", "outcome.death") in triggers("A bad decision cost him his life.", "en")
    assert ("ended an innocent person's life", "outcome.death") in triggers(
        "He ended an innocent person's life over a parking space.", "en")
    # past a preposition the life is no object of the verb
    assert "took control" not in [w for w, t in triggers("The new law took control of their lives.", "en")
                                  if t == "outcome.death"]
    # a speech verb that takes a life is no statement; one whose object is said to be
    # something is one
    assert triggers("The crash claimed three lives on Friday.", "en") == [
        ("crash", "disaster.accident"), ("claimed three lives", "outcome.death")]
    assert triggers("He claimed his life was in danger.", "en") == [("claimed", "statement.claim")]
    # "took place" names a happening only as a whole: "it took years" refers to nothing
    assert triggers("It took years of his life to finish.", "en") == []


def test_an_event_word_like_this_is_a_back_reference() -> None:
    assert ("this", "reference") in triggers("A tragedy like this is hard on a town.", "en")
    assert ("that", "reference") in triggers("An accident like that, it is just terrible.", "en")
    assert [w for w, _ in triggers("She sings like that.", "en")] == []


def test_an_executive_is_no_execution() -> None:
    assert [w for w, _ in triggers("The chief executive resigned.", "en")] == ["resigned"]
    assert ("executed", "violence.civilians.killing") in triggers("Militants executed three hostages.", "en")
    assert ("executions", "violence.civilians.killing") in triggers("The executions drew protests.", "en")


def modality(text: str, word: str, lang: str = "en") -> str:
    """The modality of the trigger ``word`` of a sentence."""
    doc = Document.read("x", normalize(text), lang, [])
    w = normalize(word).text
    return next(t.modality for t in find_triggers(doc) if w in (doc.norm.text[t.start:t.end], doc.tokens[t.i]))


#: (sentence, trigger word, its modality): what negation, plans and quantifiers around a
#: trigger make of it.
MODALITY_CASES = [
    # a preposition before the happening closes the reach of a negation: the guilt, the
    # excuse are denied, the killing is not; a negation right before it still denies it
    ("Both men pleaded not guilty to manslaughter on Monday.", "manslaughter", "asserted"),
    ("Her lawyer said anger is no excuse for murder.", "murder", "asserted"),
    ("There was no stabbing at the fair.", "stabbing", "negated"),
    ("The officers did not shoot.", "shoot", "negated"),
    ("There were no reports of injuries.", "injuries", "negated"),  # an outcome's longer reach
    # a definite object of a negated verb is presupposed; an indefinite or bare one is denied
    ("Police said the victims did not know the shooter.", "shooter", "asserted"),
    ("He said he did not commit the murder.", "murder", "asserted"),
    ("He did not fire a shot.", "fire a shot", "negated"),
    ("No shooting was reported.", "shooting", "negated"),
    # a negative quantifier over a definite set takes the set as given
    ("Doctors said none of the injuries were thought to be grave.", "injuries", "asserted"),
    ("Neither of the wounds was deep.", "wounds", "asserted"),
    ("None of them reported injuries.", "injuries", "negated"),
    # a past plan of a violent happening named definitely presupposes it; an indefinite
    # object, a present plan, a plan before the noun, a prevented one are not
    ("Witnesses said the older brother planned the shooting.", "shooting", "asserted"),
    ("Prosecutors say he plotted his attack for months.", "attack", "asserted"),
    ("Police said he planned an attack on the school.", "attack", "irrealis"),
    ("He plans the attack for May.", "attack", "irrealis"),
    ("The planned attack never came.", "attack", "irrealis"),
    ("Officers foiled the attack.", "attack", "irrealis"),
    ("The council planned the vote for Monday.", "vote", "planned"),  # a vote planned is a plan
]


@pytest.mark.parametrize("text, word, want", MODALITY_CASES, ids=[w + ":" + t[:40] for t, w, _ in MODALITY_CASES])
def test_the_modality_of_a_trigger_in_its_sentence(text: str, word: str, want: str) -> None:
    assert modality(text, word) == want


def test_the_loss_of_a_person_is_mourning_not_a_firms_or_an_armys_losses() -> None:
    assert ("loss", "outcome.funeral") in triggers("Classmates are struggling with the loss of their friend.", "en")
    assert ("loss", "outcome.funeral") in triggers("The mayor called it a painful loss for the town.", "en")
    assert [t for _, t in triggers("The firm had a net loss in the quarter.", "en")] == []
    assert [t for _, t in triggers("A loss of power left the town dark.", "en")] == []
    assert ("losses", "outcome.funeral") not in triggers("The rebels admitted losses near the river.", "en")


def test_a_suspect_is_no_clash() -> None:
    # "يشتبه" (is suspected) shares its stem with "اشتبك" (clashed)
    assert [t for _, t in triggers("أوقفت الشرطة رجلا يشتبه في سرقته سيارة.", "ar")] == []
    assert ("اشتبك", "violence.battle") in triggers("اشتبك الجنود مع المسلحين قرب الحدود.", "ar")


def test_an_arabic_past_verb_whose_root_starts_like_the_future_is_asserted() -> None:
    # "سيطرت" (took control) and "سقطت" start with the letters of the future prefix
    assert modality("سيطرت الفصائل على قرية جديدة أمس.", "سيطرت", "ar") == "asserted"
    # ... a verb in the future is no report of what happened
    assert modality("ستقصف المدفعية التلال المحيطة.", "ستقصف", "ar") == "irrealis"


#: (sentence, language, trigger word, its modality): an aim, a threat or a fear reaches
#: the nearest happening only, and never past an "after" word: what comes after it took place.
SCOPE_CASES = [
    ("The militia vowed to retaliate after a drone strike on its convoy.", "en", "drone strike", "asserted"),
    ("Detectives said the boy was the intended victim of the shooting.", "en", "shooting", "asserted"),
    ("The militia threatened to attack the base.", "en", "attack", "irrealis"),
    ("Shopkeepers fear more attacks on the market.", "en", "attacks", "irrealis"),  # as "خوفا من"
    ("دعت الحكومة إلى الحذر بعد فيضان الوادي في المدينة.", "ar", "فيضان", "asserted"),
    ("توعد التنظيم بالرد بعد غارة استهدفت مقره.", "ar", "غارة", "asserted"),
    ("توعد التنظيم بهجوم على القاعدة.", "ar", "بهجوم", "irrealis"),
    # a bare event noun right after a verb that brings in its matter with a preposition is
    # that verb's subject ("the sirens warned of …"); after a transitive one, its object
    ("دوت صفارات الإنذار ثم حذرت انفجارات عنيفة من قصف جديد.", "ar", "انفجارات", "asserted"),
    ("تخطط هجمات جديدة على المدينة.", "ar", "هجمات", "irrealis"),
    # a cue verb with its subject's ending is that verb: threatened (she), planned (they)
    ("هددت الجماعة بهجمات جديدة على المدينة.", "ar", "بهجمات", "irrealis"),
    ("خططوا لهجمات على القاعدة.", "ar", "لهجمات", "irrealis"),
]


@pytest.mark.parametrize("text, lang, word, want", SCOPE_CASES, ids=[w + ":" + t[:30] for t, _, w, _ in SCOPE_CASES])
def test_an_aim_or_a_fear_reaches_only_the_nearest_happening_and_not_past_after(text: str, lang: str, word: str,
                                                                                 want: str) -> None:
    assert modality(text, word, lang) == want


@pytest.mark.parametrize(("text", "lang"), [
    ("The ministry launched a literacy drive in the southern villages.", "en"),
    ("The carmaker launched its new electric model on Monday.", "en"),
    ("Prosecutors launched an inquiry into the deaths at the clinic.", "en"),
    ("The launch of the new satellite channel was delayed.", "en"),
    ("أطلقت البلدية مبادرة لتنظيف الشواطئ.", "ar"),
    ("أطلقت النيابة تحقيقا في ملابسات الحريق.", "ar"),
])
def test_launching_something_other_than_an_attack_is_no_attack(text: str, lang: str) -> None:
    # "launch" names an attack only through what it sets off
    assert [w for w, t in triggers(text, lang) if t.startswith("violence")] == []


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Rebels launched at least a dozen mortar bombs at the airport.", "en", "launched"),
    ("The navy launched an assault on the harbour at dawn.", "en", "launched"),
    ("The militia launched a large-scale drone assault overnight.", "en", "launched"),  # a compound's hyphen
    ("The army launched Operation \"Iron Gate\" in the valley.", "en", "launched"),     # a named operation
    ("Several drones were launched toward the oil field.", "en", "launched"),
    ("Eleven more were launched later from a second ship.", "en", "launched"),   # no object told
    ("Officials said most of the launches failed.", "en", "launches"),           # the noun alone
    ("أطلقت الميليشيا عشرات من القذائف على البلدة.", "ar", "أطلقت"),
    ("أسقطت الدفاعات صاروخين تم إطلاقهما من الجنوب.", "ar", "إطلاقهما"),
])
def test_launching_rockets_or_an_attack_is_one(text: str, lang: str, word: str) -> None:
    assert any(word in w and t.startswith("violence") for w, t in triggers(text, lang))


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Bus drivers launched a nationwide strike on Monday over unpaid wages.", "en", [("launched", "protest"),
                                                                                     ("strike", "protest")]),
    ("The navy launched air strikes on the port at dawn.", "en", [("launched air strikes", "violence.remote.air")]),
    ("أطلق الجيش حملة اعتقالات واسعة في المدينة.", "ar", [("أطلق", "strategic.arrest"), ("اعتقالات", "strategic.arrest")]),
])
def test_launching_a_happening_sets_off_one_of_its_kind(text: str, lang: str, want: list) -> None:
    # the verb is of the kind of what it sets off: a labour strike is no attack
    assert triggers(text, lang) == want


@pytest.mark.parametrize("text", [
    "أطلق ملثمون النار على حافلة للركاب قرب الجسر.",
    "وأطلق حراس السجن النار على السجناء الفارين.",
    "أطلقت دورية للجيش النار باتجاه قارب صيد.",
])
def test_firing_with_the_subject_between_verb_and_fire_is_a_shooting(text: str) -> None:
    # verb first, its subject, then "النار": the verb is the trigger of a shooting
    assert [t for w, t in triggers(text, "ar") if t.startswith("violence")] == ["violence.civilians.shooting"]


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("فجر المهاجم نفسه أمام بوابة الثكنة.", "ar", "فجر"),
    ("وفجرت امرأة نفسها في محطة الحافلات.", "ar", "وفجرت"),
    ("A teenager blew himself up outside the police academy.", "en", "blew himself up"),
])
def test_blowing_oneself_up_is_a_suicide_bombing(text: str, lang: str, word: str) -> None:
    assert (word, "violence.remote.suicide") in triggers(text, lang)


@pytest.mark.parametrize(("text", "word"), [
    ("قلصت فرنسا وجودها العسكري في مالي إلى بضع مئات من الجنود.", "قلصت"),
    ("وسحبت روسيا قواتها من القاعدة الجوية قرب الحدود.", "وسحبت"),
    ("في وقت خفضت فيه بريطانيا عدد جنودها في العراق.", "خفضت"),
])
def test_a_state_cutting_its_forces_with_the_subject_between_is_a_deployment(text: str, word: str) -> None:
    assert (word, "strategic.deployment") in triggers(text, "ar")


def test_cutting_anything_else_is_no_deployment() -> None:
    assert triggers("خفض البنك المركزي سعر الفائدة نصف نقطة.", "ar") == []
    assert triggers("وسحبت الشركة منتجاتها من الأسواق.", "ar") == []


def test_dawn_of_that_same_day_is_no_bombing() -> None:
    # "فجر" is also dawn: inside a time expression its reflexive-looking "نفسه" is "same"
    article = timeline.Article(id="d", text="عادت الوفود إلى بلدانها فجر الخميس نفسه.", published="2025-03-15",
                               lang="ar")
    assert [e.event_type for e in read_article(article)] == []


def test_blowing_up_a_thing_is_an_explosion() -> None:
    assert ("blew up", "violence.remote") in triggers("Saboteurs blew up the pipeline near the port.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("He is in a long battle with leukemia.", "en"),
    ("The city won its court battle over the zoning plan.", "en"),
    ("The new mayor promised to fight poverty and hunger.", "en"),
    ("Exports hit a record last month.", "en"),
    ("Her debut single was a hit in the summer.", "en"),
    ("Two destroyers docked at the naval base.", "en"),
    ("تخوض النقابة معركة قضائية ضد الشركة منذ سنوات.", "ar"),
    ("بدأت الحكومة معركة طويلة ضد الفساد.", "ar"),
    ("The senator launched a scathing attack on the budget.", "en"),
    ("شن النائب هجوما لاذعا على وزير المالية.", "ar"),
    ("أهدر المهاجم ضربة جزاء في الشوط الثاني.", "ar"),   # a football match's kick
    ("تألق خط الهجوم في المباراة الأخيرة.", "ar"),
    # crews battling or fighting a blaze, a fire brought under control: the fire's work,
    # no battle and no territory taken
    ("Hundreds of firefighters battled the wildfire through the night.", "en"),
    ("Crews were still fighting the blaze on the ridge.", "en"),
    ("تمكنت فرق الدفاع المدني من السيطرة على النيران بعد ساعات.", "ar"),
])
def test_a_figure_of_speech_is_no_happening(text: str, lang: str) -> None:
    # a word of two senses whose other sense is no happening ("-" in the senses data)
    assert [w for w, t in triggers(text, lang) if t.startswith("violence") or t.startswith("outcome")] == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("The council fired 40 employees after the audit.", "en", []),
    ("Opposition leaders attacked the budget as a giveaway.", "en", []),
    ("The committee killed the amendment on Tuesday.", "en", []),
    ("هاجم زعيم المعارضة الموازنة الجديدة في كلمته.", "ar", []),
    # what is fired at, or a possessor before the head, keeps the happening
    ("A sniper fired at staff leaving the clinic.", "en", ["fired"]),
    ("The deputy fired his rifle twice.", "en", ["fired"]),
    ("The bomb killed the plan's chief architect.", "en", ["bomb", "killed"]),
    ("هاجم مسلحون مبنى البلدية ليلا.", "ar", ["هاجم"]),
])
def test_the_object_tells_a_verb_s_sense(text: str, lang: str, want: list[str]) -> None:
    # a dismissal or a figure of speech when its object is a post holder or a plan
    assert [w for w, t in triggers(text, lang) if t.startswith("violence") or t.startswith("outcome")] == want


def test_firing_a_post_holder_is_a_dismissal() -> None:
    assert triggers("The club fired its head coach after the defeat.", "en") == [("fired", "political.dismissal")]


@pytest.mark.parametrize(("text", "lang", "word", "type_id"), [
    ("A battle raged for hours on the outskirts of the town.", "en", "battle", "violence.battle"),
    ("A fight broke out in the parking lot after midnight.", "en", "fight", "violence.battle"),
    ("A mortar round hit the school on Monday.", "en", "hit", "violence"),
    ("دارت معركة عنيفة بين الطرفين قرب الجسر.", "ar", "معركة", "violence.battle"),
    ("Troops battled militants near the dam.", "en", "battled", "violence.battle"),
    ("A gun battle broke out as fire was exchanged near the dam.", "en", "gun battle", "violence.battle"),
    ("سيطر المسلحون على البلدة بعد معارك عنيفة.", "ar", "سيطر", "violence.territory"),
])
def test_the_same_words_in_their_literal_sense_stay_happenings(text: str, lang: str, word: str, type_id: str) -> None:
    assert (word, type_id) in triggers(text, lang)


@pytest.mark.parametrize(("text", "want"), [
    # the noun: a blaze when what burns or who puts it out is told near it
    ("A fire gutted the old cinema before dawn.", ("fire", "disaster.fire")),
    ("Firefighters fought the fire for six hours.", ("fire", "disaster.fire")),
    # gunfire otherwise, and the verb always (a gun fired, even near a house)
    ("The patrol came under fire on the bridge.", ("fire", "violence")),
    ("A gunman fired twice into the burning house.", ("fired", "violence")),
])
def test_the_english_noun_fire_is_a_blaze_by_its_words_the_verb_a_gun_s(text, want):
    assert want in triggers(text, "en")


def test_no_language_table_names_a_key_twice() -> None:
    # a dict literal that repeats a key keeps only the last entry, silently dropping the
    # words of the first (an "-" entry written twice once emptied the first's list)
    import ast
    import pathlib

    import timeline.lang

    twice = []
    for path in sorted(pathlib.Path(timeline.lang.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice += [(path.name, node.lineno, k) for k in sorted(set(keys), key=str) if keys.count(k) > 1]
    assert twice == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("أدى رئيس الوزراء الجديد اليمين أمام الرئيس.", "ar", [("أدى", "political.appointment")]),
    ("بدأت في الدوحة جولة ثانية من المحادثات.", "ar", [("جولة", "political.meeting"), ("المحادثات", "political.meeting")]),
    ("أعربت الوزارة عن أسفها.", "ar", [("أعربت", "statement.say")]),
    ("The envoy expressed regret over the delay.", "en", [("expressed", "statement.say")]),
    # "بحث" (discussed) is no "حث" (urged) behind a preposition
    ("بحث الوزيران ملف المياه.", "ar", []),
])
def test_verb_first_and_political_words(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, lang) == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Nine fishermen drowned after their trawler sank off the cape.", "en",
     [("drowned", "disaster.accident"), ("sank", "disaster.accident")]),
    ("A stampede at the shrine left dozens hurt.", "en", [("stampede", "disaster.accident"), ("hurt", "outcome.injury")]),
    ("Dozens are feared dead after a dam burst upstream.", "en",
     [("feared dead", "outcome.death"), ("dam burst", "disaster.weather.flood")]),
    ("The patrol's truck hit a mine on the desert road.", "en", [("hit a mine", "violence.remote.ied")]),
    ("أصيب العشرات في تدافع عند بوابة الملعب.", "ar", [("أصيب", "outcome.injury"), ("تدافع", "disaster.accident")]),
    ("غمرت المياه الحقول بعد انهيار سد ترابي.", "ar", [("انهيار سد", "disaster.weather.flood")]),
])
def test_disasters_and_mines_by_their_own_words(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, lang) == want


def test_the_occupation_standing_alone_is_the_force_not_a_happening() -> None:
    # "الاحتلال" alone names who (the occupying force); the raid is what it did
    assert triggers("الاحتلال يداهم بلدة بيتا ويعتقل شابين", "ar") == [
        ("يداهم", "violence.raid"), ("ويعتقل", "strategic.arrest")]
    assert triggers("بعد احتلال القرية فر سكانها.", "ar") == [("احتلال", "violence.territory")]


@pytest.mark.parametrize(("text", "want"), [
    ("ودعت المنظمة الطرفين إلى ضبط النفس.", [("ودعت", "statement.call")]),
    ("والتقت المبعوثة قادة الفصائل في عمان.", [("والتقت", "political.meeting")]),
    ("ومن المنتظر أن يزور الوفد العاصمة غدا.", [("يزور", "political.visit")]),
    ("ينفون أي صلة لهم بالتفجير.", [("ينفون", "statement.deny"), ("بالتفجير", "violence.remote")]),
    # "وعود" (promises) shares its stem with "عودة" (return), which is no vow
    ("بدأت عودة العائلات إلى الحي الشرقي.", []),
    ("يعود تاريخ القلعة إلى العهد المملوكي.", []),
])
def test_weak_verbs_are_read_in_all_their_persons(text: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, "ar") == want


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Health workers confirmed a dozen cases of measles in the district.", "en", "measles"),
    ("انتشرت الكوليرا في أحياء المدينة الفقيرة.", "ar", "الكوليرا"),
])
def test_a_named_disease_is_an_epidemic(text: str, lang: str, word: str) -> None:
    assert (word, "disaster.epidemic") in triggers(text, lang)


@pytest.mark.parametrize(("text", "want"), [
    ("أدى القصف على بلدة كفر كلا إلى مقتل راعيين.", ["القصف", "مقتل"]),
    ("أصيب كلا الحارسين بجروح في الهجوم.", ["أصيب", "بجروح", "الهجوم"]),
])
def test_kila_and_both_are_no_negation(text: str, want: list[str]) -> None:
    # "كلا" is no كـ + "لا": the happenings after it are told, not denied
    art = timeline.Article(id="k", text=text, published="2025-03-15", lang="ar")
    assert [(e.modality, [m.trigger for m in e.mentions]) for e in read_article(art)] == [("asserted", want)]


@pytest.mark.parametrize(("text", "want"), [
    # "طالب" is "demanded" and "a student": the student neither speaks nor makes what
    # follows a demand
    ("أصيب طالب بجروح خطيرة برصاص طائش.", [("violence.civilians.shooting", ["أصيب", "بجروح", "برصاص"])]),
    ("اعتقلت الشرطة الطالب أمام الكلية.", [("strategic.arrest", ["اعتقلت"])]),
    ("طالبت النقابة بإطلاق سراح المعتقلين.", [("statement.call", ["طالبت"])]),
    # with the article, the student makes no demand of the stabbing after him
    ("اعتقلت الشرطة الطالب الذي طعن زميله.", [("strategic.arrest", ["اعتقلت"]), ("violence.civilians.stabbing", ["طعن"])]),
])
def test_a_student_is_no_demand(text: str, want: list) -> None:
    art = timeline.Article(id="s", text=text, published="2025-03-15", lang="ar")
    assert [(e.event_type, [m.trigger for m in e.mentions]) for e in read_article(art)] == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Insurgents beheaded an aid worker.", "en", [("beheaded", "violence.civilians.killing")]),
    ("Guards tortured the prisoners for days.", "en", [("tortured", "violence.civilians")]),
    ("ذبح التنظيم صحفيا أجنبيا.", "ar", [("ذبح", "violence.civilians.killing")]),
    ("اشترى الأهالي الخراف قبل ذبح الأضاحي.", "ar", []),   # a feast's sacrifice
    ("وقمعت الشرطة المحتجين أمام الوزارة.", "ar", [("وقمعت", "protest.intervention"), ("المحتجين", "protest")]),
])
def test_killing_torture_and_force_on_a_crowd(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    ("A fire at the clinic killed four patients.", [("fire", "disaster.fire"), ("killed", "outcome.death")]),
    ("The patrol came under fire near the bridge.", [("fire", "violence")]),
    ("The soldiers returned the fire.", [("returned the fire", "violence.civilians.shooting")]),
])
def test_a_fire_with_an_article_is_a_blaze(text: str, want: list[tuple[str, str]]) -> None:
    # gunfire is a mass noun ("under fire", "heavy fire"); "a fire", "the fire" is a blaze
    assert triggers(text, "en") == want


@pytest.mark.parametrize(("text", "want"), [
    ("وأسروا ضابطين قرب الحدود.", [("وأسروا", "violence.civilians.abduction")]),
    ("زار المحافظ أسر القتلى في القرية.", [("زار", "political.visit"), ("القتلى", "outcome.death")]),  # families
])
def test_taking_captive_is_an_abduction_and_families_are_none(text: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, "ar") == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("وشددت الخارجية على رفضها أي تصعيد.", "ar", [("وشددت", "statement.say")]),
    ("وسط إجراءات أمنية مشددة افتتح المعرض.", "ar", []),      # tight, no speech
    ("The envoy insisted the talks would resume.", "en", [("insisted", "statement.say")]),
    ("Rescuers work under heavy stress.", "en", []),
])
def test_speech_verbs_by_their_own_forms(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, lang) == want


@pytest.mark.parametrize(("text", "want"), [
    ("مسلحون يقتلون أربعة رعاة في هجوم على قرية", [("violence", ["يقتلون", "هجوم"])]),
    ("طائرتان تقصفان مخزنا للذخيرة", [("violence.remote", ["تقصفان"])]),
])
def test_the_plural_and_dual_imperfect_is_read(text: str, want: list) -> None:
    art = timeline.Article(id="p", text=text, published="2025-03-15", lang="ar")
    assert [(e.event_type, [m.trigger for m in e.mentions]) for e in read_article(art)] == want


def test_a_definite_plan_still_makes_what_it_plans_an_aim() -> None:
    # the article silences only words whose other sense is no happening's ("الطالب")
    art = timeline.Article(id="p", text="كشفت الأجهزة الأمنية الخطة لاغتيال المحافظ.", published="2025-03-15", lang="ar")
    assert [e for e in read_article(art) if e.kind == "happening" and e.modality == "asserted"] == []


@pytest.mark.parametrize(("text", "want"), [
    # a noun and its adjective take the article together: the definite phrase is the
    # listed indefinite one ("طائرات حربية"), whatever key the stemmer gives "الطائرات"
    ("قصفت الطائرات الحربية مواقع المسلحين في ريف إدلب.", [("قصفت الطائرات الحربية", "violence.remote.air")]),
    ("قصفت طائرات حربية مواقع المسلحين في ريف إدلب.", [("قصفت طائرات حربية", "violence.remote.air")]),
    ("أصيب طفل بالعيارات النارية في الحي.", [("أصيب", "outcome.injury"),
                                             ("بالعيارات النارية", "violence.civilians.shooting")]),
    ("أغلقت الانهيارات الأرضية الطريق الجبلي.", [("الانهيارات الأرضية", "disaster.landslide")]),
    ("أغلقت انهيارات أرضية الطريق الجبلي.", [("انهيارات أرضية", "disaster.landslide")]),
])
def test_a_listed_phrase_is_found_in_its_definite_form(text: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, "ar") == want


@pytest.mark.parametrize(("text", "want"), [
    # "accident" alone refers back ("the shooting was an accident"); what had it names it
    ("Two people died in a road accident on the highway.", [("died", "outcome.death"),
                                                           ("road accident", "disaster.accident")]),
    ("Three workers were hurt in an industrial accident at the plant.", [("hurt", "outcome.injury"),
                                                                         ("industrial accident", "disaster.accident")]),
    ("He was killed in a hunting accident.", [("killed", "outcome.death"), ("accident", "reference")]),
])
def test_an_accident_of_a_kind_is_an_accident(text: str, want: list) -> None:
    assert triggers(text, "en") == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a verb of impact is the striking of a force of nature, or the force used on a protest,
    # not of a ceasefire or a vote its clause names
    ("The ceasefire collapsed when Israel resumed strikes.", "en",
     [("ceasefire", "strategic.ceasefire"), ("strikes", "violence.remote")]),
    ("An earthquake struck the region.", "en", [("earthquake", "disaster.earthquake"), ("struck", "disaster.earthquake")]),
    ("Police hit protesters with batons.", "en", [("hit", "protest.intervention"), ("protesters", "protest")]),
    ("ضربت الشرطة المتظاهرين بالهراوات.", "ar", [("ضربت", "protest.intervention"), ("المتظاهرين", "protest")]),
])
def test_a_verb_of_impact_takes_the_kind_of_what_strikes(text: str, lang: str, want: list) -> None:
    assert triggers(text, lang) == want


def test_going_to_the_polls_is_voting() -> None:
    assert triggers("Voters went to the polls on Sunday.", "en") == [("went to the polls", "political.election")]
    assert triggers("A new poll shows the party leading.", "en") == [("poll", "political.poll")]


def _modalities(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document.read("t", normalize(text), lang, [])
    return [(doc.norm.text[t.start:t.end], t.modality) for t in find_triggers(doc)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    # how often a happening recurs makes it a habit, no one happening
    ("The town has come under near-daily shelling.", "en", [("shelling", "irrealis")]),
    ("وتتعرض مناطق ريف إدلب لقصف شبه يومي.", "ar", [("لقصف", "irrealis")]),
    ("The daily newspaper reported the attack.", "en", [("reported", "asserted"), ("attack", "asserted")]),
])
def test_a_recurring_happening_is_a_habit(text: str, lang: str, want: list) -> None:
    assert _modalities(text, lang) == want


def test_a_camp_for_the_displaced_names_no_displacement() -> None:
    assert triggers("Militia fighters shelled a displacement camp near the city.", "en") == [
        ("shelled", "violence.remote.missile")]
    assert [t for _, t in triggers("قصفت الميليشيات مخيمات النزوح قرب المدينة.", "ar")] == ["violence.remote"]
    # displacement itself is told
    assert [t for _, t in triggers("The fighting caused the displacement of thousands.", "en")][-1] == \
        "outcome.displacement"


@pytest.mark.parametrize(("text", "want"), [
    # an official receiving a visitor is their meeting
    ("استقبل الرئيس اليوم وزير الخارجية الزائر في القصر.", [("استقبل", "political.meeting")]),
    ("يستقبل الملك غدا رئيس الوزراء.", [("يستقبل", "political.meeting")]),
    # a hospital receiving the wounded, or a country refugees, is no meeting
    ("استقبل مستشفى الشفاء اليوم عشرين مصابا.", [("مصابا", "outcome.injury")]),
    ("استقبلت المستشفيات عشرات الجرحى.", [("الجرحى", "outcome.injury")]),
    ("استقبال اللاجئين في المخيمات مستمر.", []),
])
def test_arabic_receptions_are_meetings_and_a_hospital_s_are_not(text: str, want: list[tuple[str, str]]) -> None:
    assert triggers(text, "ar") == want


def test_a_happening_the_report_says_is_set_or_expected_to_come_is_planned() -> None:
    def modality(text: str) -> list[tuple[str, str]]:
        a = timeline.Article(id="x", text=text, published="2025-10-19", lang="en")
        return [(e.event_type, e.modality) for e in read_article(a) if e.kind == "happening"]

    # the phrases of the future's data ("set to", "expected to", "due to") after a copula
    assert modality("The envoy is set to meet the emir on Monday.") == [("political.meeting", "planned")]
    assert modality("The two leaders are expected to meet in Doha next week.") == [("political.meeting", "planned")]
    assert modality("The cabinet is due to vote on the budget on Tuesday.") == [("political.election", "planned")]
    # a threat expected is no happening at all
    assert modality("The militia is expected to retaliate for the strike.") == []
    # "due to" of a cause, and how a harm told is expected to end, are no plans
    assert modality("The road was closed due to shelling.") == [("violence.remote.missile", "asserted")]
    assert [m for _, m in modality("Two men were shot on Friday and are expected to recover.")] == ["asserted"]


def test_a_negation_reaches_an_arabic_outcome_brought_in_by_its_link_word() -> None:
    # "no immediate reports of casualties": the negated verb, its subject, then "عن"
    def told(text: str) -> list[tuple[str, str]]:
        art = timeline.Article(id="x", text=text, published="2025-10-15", lang="ar", source="S")
        return [(m.trigger, m.modality) for e in read_article(art) for m in e.mentions]
    assert told("سقطت قذيفة على السوق. ولم ترد تقارير فورية عن سقوط ضحايا.") == [("قذيفة", "asserted")]
    assert told("لم يسفر القصف عن وقوع إصابات.") == [("القصف", "asserted")]
    # without the negation the outcome stands
    assert ("إصابات", "asserted") in told("أسفر القصف عن وقوع إصابات.")


def test_page_furniture_tells_no_happening() -> None:
    # a picture's caption, the page's stamps and the credits are no part of the report
    text = ("Two killed in market blast\n"
            "Published: March 3, 2025 10:42 AM | Updated: March 4, 2025\n"
            "A car bomb exploded in a market in Azaz on Monday, killing two people, the civil defence said.\n"
            "Photo: Smoke rises after an explosion in Azaz in February.\n"
            "Reporting by Jane Doe; Editing by John Roe")
    got = triggers(text, "en")
    assert [w for w, _ in got] == ["killed", "blast", "car bomb", "exploded", "killing", "said"]
    text = ("تاريخ النشر: 03.03.2025\n"
            "قتل شخصان بانفجار سيارة مفخخة في سوق أعزاز اليوم الاثنين.\n"
            "(صورة أرشيفية لانفجار سابق في أعزاز)\n"
            "اقرأ أيضاً: مقتل خمسة أشخاص بانفجار في أعزاز الشهر الماضي")
    got = [w for w, _ in triggers(text, "ar")]
    assert "النشر" not in got and "لانفجار" not in got and "اقرأ" not in got
    assert got[:2] == ["قتل", "بانفجار سيارة مفخخة"]
    # ... but a page run into one line under a caption's label is the story itself, and a
    # link to another report may be of the same happening
    long_line = "Photo: Image 1 of 4 Caption Close " + "A boy was shot in a park on Tuesday night. " * 8
    assert ("shot", "violence.civilians.shooting") in triggers(long_line, "en")
    assert ("shot", "violence.civilians.shooting") in triggers("RELATED: Boy shot in park identified", "en")


def test_a_building_falling_in_is_an_accident_in_arabic() -> None:
    import timeline
    from timeline.events.extract import read_article

    text = "لقي أربعة أشخاص مصرعهم في انهيار عقار سكني بمدينة الإسكندرية فجر اليوم الاثنين."
    events = [e for e in read_article(timeline.Article(id="x", text=text, published="2025-11-24", lang="ar"))
              if e.kind == "happening"]
    assert [(e.event_type, e.time.value) for e in events] == [("disaster.accident", "2025-11-24TMO")]
