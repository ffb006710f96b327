"""Arabic: month names of every family, Hijri months, weekdays, numbers, parts of day.

Data only.  Spellings are listed as written in news; matching folds hamza forms of alef,
alef maqsura/ya and ta marbuta/ha, so ``أبريل``/``ابريل``/``إبريل`` need one entry, but
genuinely different spellings (``يونيو``/``يونيه``, ``أغسطس``/``أغسطوس``) are listed.
"""

from __future__ import annotations

from .base import LanguageData
from .ar_morphology import future_verb, past_verb
from .en import MONTHS as _EN_MONTHS

# --- months ---------------------------------------------------------------------------

_LEVANTINE = {  # Syriac month names: Syria, Lebanon, Jordan, Palestine, Iraq
    "كانون الثاني": 1, "كانون ثاني": 1, "كانون الثانى": 1, "شباط": 2, "آذار": 3, "اذار": 3,
    "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    "تشرين الأول": 10, "تشرين أول": 10, "تشرين الثاني": 11, "تشرين ثاني": 11,
    "تشرين الثانى": 11, "كانون الأول": 12, "كانون أول": 12,
    # the short forms of datelines and tables: "13 ك1 2025", "ت2"
    "ك1": 12, "ك2": 1, "ت1": 10, "ت2": 11,
}
_EGYPTIAN_GULF = {  # transliterated Gregorian names: Egypt, Gulf, Sudan, Yemen, ...
    "يناير": 1, "ينايـر": 1, "فبراير": 2, "فبرایر": 2, "مارس": 3, "أبريل": 4, "ابريل": 4,
    "إبريل": 4, "أبريـل": 4, "مايو": 5, "مايـو": 5, "يونيو": 6, "يونيه": 6, "يونيـو": 6,
    "يوليو": 7, "يوليه": 7, "يوليـو": 7, "أغسطس": 8, "اغسطس": 8, "أغسطوس": 8, "اغسطوس": 8,
    "سبتمبر": 9, "سيبتمبر": 9, "سبتمير": 9, "أكتوبر": 10, "اكتوبر": 10, "أوكتوبر": 10,
    "نوفمبر": 11, "نوفمير": 11, "نونبر": 11, "ديسمبر": 12, "دیسمبر": 12, "ديسمير": 12,
    "مايس": 5,  # Iraqi
}
_MAGHREBI = {  # Algeria, Tunisia (French-derived)
    "جانفي": 1, "فيفري": 2, "مارس": 3, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6,
    "جويلية": 7, "جويليه": 7, "أوت": 8, "اوت": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
}
_MOROCCAN = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ماي": 5, "يونيو": 6, "يوليوز": 7,
    "غشت": 8, "شتنبر": 9, "أكتوبر": 10, "نونبر": 11, "دجنبر": 12,
}
# English month names show up inside Arabic pages (embedded tweets: "December 20, 2024").
_LATIN = {name: num for name, num in _EN_MONTHS.items() if len(name) > 4}
MONTHS = {**_LEVANTINE, **_EGYPTIAN_GULF, **_MAGHREBI, **_MOROCCAN, **_LATIN}

HIJRI_MONTHS = {
    "محرم": 1, "المحرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع أول": 3,
    "ربيع الثاني": 4, "ربيع الآخر": 4, "ربيع ثاني": 4, "ربيع الاخر": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الاولى": 5,
    "جمادى الآخرة": 6, "جمادى الآخر": 6, "جمادى الثانية": 6, "جمادى الثاني": 6,
    "جمادى الآخرة/الثانية": 6, "جمادى الثانية/الآخرة": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذا القعدة": 11, "ذو القعده": 11,
    "ذو الحجة": 12, "ذي الحجة": 12, "ذا الحجة": 12,
}

WEEKDAYS = {
    "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الاربعاء": 3, "الخميس": 4,
    "الجمعة": 5, "السبت": 6, "الأحد": 7, "الاحد": 7,
}
# Indefinite weekday forms: names and numbers too ("خميس", "اثنين" = two), so they only
# count after "يوم", "كل" or "أيام".
WEEKDAYS_BARE = {"اثنين": 1, "ثلاثاء": 2, "أربعاء": 3, "خميس": 4, "جمعة": 5, "سبت": 6, "أحد": 7}

# --- numbers ---------------------------------------------------------------------------

CARDINALS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "إثنين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10, "أحد": 11, "إحدى": 11, "اثنا": 12, "اثني": 12, "اثنتا": 12,
    "اثنتي": 12, "مئة": 100, "مائة": 100, "مئتين": 200, "مائتين": 200, "مئتي": 200,
    "ألف": 1000, "ألفين": 2000,
}
#: Cardinals with the article, as they follow a definite plural noun ("الأيام الثلاثة
#: الماضية"); "الاثنين" is Monday and "الواحد" no count of days, so they start at three,
#: and only the forms in ة ("الأربع" opens "الأربع والعشرين", a number of its own).
DEFINITE_CARDINALS = {"ال" + w: v for w, v in CARDINALS.items() if 3 <= v <= 10 and w.endswith("ة")}

TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30, "الأربعين": 40,
    "الخمسين": 50,
}
TEEN = {"عشر": True, "عشرة": True}  # second part of 11-19 ("الثامن عشر")
ORDINALS = {
    "الأول": 1, "الاول": 1, "الأولى": 1, "الاولى": 1, "أول": 1, "الحادي": 1, "الحادية": 1,
    "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4, "الرابعة": 4,
    "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7, "السابعة": 7,
    "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10,
    "الواحدة": 1,  # clock hour "الساعة الواحدة"
}
FIRST_DAY = {"غرة": 1, "غره": 1, "فاتح": 1, "مستهل": 1}
DECADES = {  # decade words; the century comes from context ("من القرن الماضي")
    "العشرينيات": 2, "الثلاثينيات": 3, "الأربعينيات": 4, "الخمسينيات": 5, "الستينيات": 6,
    "السبعينيات": 7, "الثمانينيات": 8, "التسعينيات": 9, "عشرينيات": 2, "ثلاثينيات": 3,
    "أربعينيات": 4, "خمسينيات": 5, "ستينيات": 6, "سبعينيات": 7, "ثمانينيات": 8,
    "تسعينيات": 9,
    # the shorter spelling, as common in the press ("الثمانينات", "تسعينات القرن الماضي")
    "العشرينات": 2, "الثلاثينات": 3, "الأربعينات": 4, "الخمسينات": 5, "الستينات": 6,
    "السبعينات": 7, "الثمانينات": 8, "التسعينات": 9, "عشرينات": 2, "ثلاثينات": 3,
    "أربعينات": 4, "خمسينات": 5, "ستينات": 6, "سبعينات": 7, "ثمانينات": 8, "تسعينات": 9,
}

# --- days, parts of day, relative words ------------------------------------------------

DAYREL = {
    "اليوم": 0, "أمس": -1, "الأمس": -1, "امس": -1, "البارحة": -1, "غد": 1, "غدا": 1,
    "الغد": 1, "غداً": 1, "أول أمس": -2, "أول من أمس": -2, "أمس الأول": -2,
    "قبل أمس": -2, "بعد غد": 2, "بعد الغد": 2, "بعد غدا": 2, "بعد يوم غد": 2,
}
TONIGHT = {  # (day offset, part of day)
    "الليلة": (0, "TNI"), "الليلة الماضية": (-1, "TNI"), "ليلة أمس": (-1, "TNI"),
    "ليلة الأمس": (-1, "TNI"), "مساء الليلة": (0, "TEV"), "ليل أمس": (-1, "TNI"),
    "الليلة البارحة": (-1, "TNI"), "ليلة البارحة": (-1, "TNI"),
    # the night before last
    "الليلة قبل الماضية": (-2, "TNI"), "ليلة أمس الأول": (-2, "TNI"), "ليلة أول أمس": (-2, "TNI"),
    "ليل أمس الأول": (-2, "TNI"), "ليل أول أمس": (-2, "TNI"),
}
PARTS_OF_DAY = {
    "فجر": "dawn", "الفجر": "dawn", "فجرا": "dawn", "صباح": "TMO", "الصباح": "TMO",
    "صبيحة": "TMO", "ضحى": "TMO", "الضحى": "TMO", "ظهر": "TMI", "الظهر": "TMI",
    "ظهيرة": "TMI", "الظهيرة": "TMI", "عصر": "TAF", "زوال": "TAF",
    "الزوال": "TAF", "بعد الظهر": "TAF", "بعد ظهر": "TAF", "قبل الظهر": "TMO", "قبل ظهر": "TMO",
    "مساء": "TEV", "المساء": "TEV", "أمسية": "TEV", "أصيل": "TAF", "مغرب": "TEV",
    "عشية": "TEV", "ليل": "TNI", "الليل": "TNI", "ليلة": "TNI", "ليلا": "TNI",
    "منتصف الليل": "MIDNIGHT", "منتصف ليل": "MIDNIGHT", "منتصف ليلة": "MIDNIGHT",
    "ساعات الليل": "TNI", "ساعات الصباح": "TMO", "ساعات الفجر": "dawn", "ساعات المساء": "TEV",
    "ساعات الظهيرة": "TMI", "ساعات الظهر": "TMI", "ساعات العصر": "TAF",
    # sunset and nightfall, sunrise ("عند غروب الشمس", "مع حلول الظلام", "قبيل شروق الشمس")
    "غروب الشمس": "TEV", "الغروب": "TEV", "حلول الظلام": "TEV", "حلول الليل": "TNI",
    "شروق الشمس": "dawn", "بزوغ الفجر": "dawn", "طلوع الفجر": "dawn",
}
# Parts of day as adverbs (accusative): a time of their own after a verb, with no cue
# before them ("وقع الانفجار فجرا", "وصل الوفد مساء").
POD_BARE = {"فجرا": "dawn", "فجراً": "dawn", "صباحا": "TMO", "صباحاً": "TMO", "ظهرا": "TMI",
            "ظهراً": "TMI", "عصرا": "TAF", "عصراً": "TAF", "مساءا": "TEV",
            "ليلا": "TNI", "ليلاً": "TNI"}  # not "مساء(ً)": normalised, a noun too ("مساء الخير")
# Adverbial parts of day after a clock time ("الساعة السابعة صباحا").
POD_ADV = {
    "صباحا": "TMO", "صباحاً": "TMO", "صباح": "TMO", "ص": "am", "am": "am", "pm": "pm", "فجرا": "dawn", "فجراً": "dawn",
    "فجر": "dawn", "ظهرا": "TMI", "ظهراً": "TMI", "الظهر": "TMI", "عصرا": "TAF", "عصراً": "TAF",
    "زوالا": "TAF", "مساء": "TEV", "مساءً": "TEV", "مساءا": "TEV", "م": "pm", "ليلا": "TNI",
    "ليلاً": "TNI", "بعد الظهر": "TAF", "بعد الظهيرة": "TAF", "قبل الظهر": "TMO",
}
POD_MOD = {
    "وقت مبكر من": "early", "ساعة مبكرة من": "early",
    "ساعات مبكرة من": "early", "الساعات الأولى من": "early", "الساعات الاولى من": "early",
    "ساعات الصباح الأولى من": "early", "ساعة متأخرة من": "late", "وقت متأخر من": "late",
    "ساعات متأخرة من": "late", "الساعات الأخيرة من": "late",
}
# Words that keep "اليوم" from meaning "today" ("اليوم التالي", "اليوم الوطني").
TODAY_BLOCKERS = {
    "التالي": True, "السابق": True, "نفسه": True, "ذاته": True, "الوطني": True,
    "العالمي": True, "الدولي": True, "الأول": True, "الثاني": True, "الثالث": True,
    "الأخير": True, "الموعود": True, "المحدد": True, "المذكور": True, "الذي": True,
    "الواحد": True, "الدراسي": True, "الختامي": True, "الافتتاحي": True, "اللاحق": True,
}
ANAPH = {  # relative to the day the narrative is on
    "التالي": "next", "اللاحق": "next", "الموالي": "next", "السابق": "prev", "الفائت": "prev",
    "نفسه": "same", "ذاته": "same", "ذلك": "same", "نفس": "same",
}
UNITS = {
    "ثانية": ("second", "sg"), "ثانيتين": ("second", "du"), "ثانيتان": ("second", "du"),
    "ثوان": ("second", "pl"), "ثواني": ("second", "pl"), "ثوانٍ": ("second", "pl"),
    "دقيقة": ("minute", "sg"), "دقيقتين": ("minute", "du"), "دقيقتان": ("minute", "du"),
    "دقائق": ("minute", "pl"), "ساعة": ("hour", "sg"), "الساعة": ("hour", "sg"),
    "ساعتين": ("hour", "du"), "ساعتان": ("hour", "du"), "ساعات": ("hour", "pl"),
    "الساعات": ("hour", "pl"), "يوم": ("day", "sg"), "يوما": ("day", "sg"),
    "يوماً": ("day", "sg"), "اليوم": ("day", "sg"), "يومين": ("day", "du"),
    "يومان": ("day", "du"), "اليومين": ("day", "du"), "أيام": ("day", "pl"),
    "الأيام": ("day", "pl"), "أياما": ("day", "pl"),
    "أسبوع": ("week", "sg"), "أسبوعا": ("week", "sg"), "الأسبوع": ("week", "sg"),
    "أسبوعين": ("week", "du"), "أسبوعان": ("week", "du"), "الأسبوعين": ("week", "du"),
    "أسابيع": ("week", "pl"), "الأسابيع": ("week", "pl"),
    "شهر": ("month", "sg"), "شهرا": ("month", "sg"), "الشهر": ("month", "sg"),
    "شهرين": ("month", "du"), "شهران": ("month", "du"), "الشهرين": ("month", "du"),
    "أشهر": ("month", "pl"), "شهور": ("month", "pl"), "الأشهر": ("month", "pl"),
    "الشهور": ("month", "pl"),
    "عام": ("year", "sg"), "عاما": ("year", "sg"), "العام": ("year", "sg"),
    "عامين": ("year", "du"), "عامان": ("year", "du"), "العامين": ("year", "du"),
    "أعوام": ("year", "pl"), "الأعوام": ("year", "pl"), "سنة": ("year", "sg"),
    "السنة": ("year", "sg"), "سنتين": ("year", "du"), "سنتان": ("year", "du"),
    "السنتين": ("year", "du"), "سنوات": ("year", "pl"), "السنوات": ("year", "pl"),
    "سنين": ("year", "pl"), "السنين": ("year", "pl"),
    "عقد": ("decade", "sg"), "العقد": ("decade", "sg"), "عقدين": ("decade", "du"),
    "عقود": ("decade", "pl"), "العقود": ("decade", "pl"), "قرن": ("century", "sg"),
    "القرن": ("century", "sg"), "قرنين": ("century", "du"), "قرون": ("century", "pl"),
    "عطلة نهاية الأسبوع": ("weekend", "sg"), "نهاية الأسبوع": ("weekend", "sg"),
    "عطلة الأسبوع": ("weekend", "sg"), "أواخر الأسبوع": ("weekend", "sg"),
    "اوخر الأسبوع": ("weekend", "sg"), "آخر الأسبوع": ("weekend", "sg"),
    "الربع": ("quarter", "sg"), "ربع": ("quarter", "sg"),
}
# Relative adjectives after the noun: "الأسبوع الماضي", "الشهر المقبل", "ديسمبر الجاري".
REL = {
    "الماضي": -1, "الماضية": -1, "الماضى": -1, "المنصرم": -1, "المنصرمة": -1,
    "المنقضي": -1, "المنقضية": -1, "الفائت": -1, "الفائتة": -1, "الفارط": -1,
    "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "الآتي": 1, "الآتية": 1,
    "الجاري": 0, "الجارية": 0, "الحالي": 0, "الحالية": 0, "هذا": 0, "هذه": 0,
    "الراهن": 0,
    # the dual: "الأسبوعين الماضيين", "الشهرين المقبلين", "الليلتين الماضيتين"
    "الماضيين": -1, "الماضيتين": -1, "المنصرمين": -1, "المنصرمتين": -1, "الفائتين": -1,
    "الفائتتين": -1, "المقبلين": 1, "المقبلتين": 1, "القادمين": 1, "القادمتين": 1,
}
REL_PRE = {"هذا": 0, "هذه": 0}  # demonstratives before the noun: "هذا العام"
POSMOD = {
    "مطلع": "START", "بداية": "START", "بدايات": "START", "أوائل": "START", "اوائل": "START",
    "مستهل": "START", "منتصف": "MID", "أواسط": "MID", "اواسط": "MID",
    "وسط": "MID", "أواخر": "END", "اواخر": "END", "اوخر": "END", "نهاية": "END",
    "نهايات": "END", "آخر": "END", "ختام": "END", "خواتيم": "END",
    # the first or last days or weeks of a month or a year are its start or its end
    # (`الأيام الأولى من ديسمبر` is early December, no 1st of it)
    "الأيام الأولى من": "START", "الايام الاولى من": "START", "الأيام الأخيرة من": "END",
    "الايام الاخيرة من": "END", "الأسبوع الأول من": "START", "الاسبوع الاول من": "START",
    "الأسبوع الأخير من": "END", "الاسبوع الاخير من": "END", "الأسابيع الأولى من": "START",
    "الاسابيع الاولى من": "START", "الأسابيع الأخيرة من": "END", "الاسابيع الاخيرة من": "END",
}
VAGUE = {
    "مؤخرا": "PAST_REF", "مؤخراً": "PAST_REF", "مؤخرًا": "PAST_REF", "موخرا": "PAST_REF",
    "وقت سابق": "PAST_REF", "الماضي القريب": "PAST_REF", "قبل أيام": "PAST_REF",
    "قبل ساعات": "PAST_REF", "قبل أسابيع": "PAST_REF", "قبل أشهر": "PAST_REF",
    "قبل سنوات": "PAST_REF", "ذات يوم": "PAST_REF", "في يوم من الأيام": "PAST_REF", "قبل فترة": "PAST_REF", "منذ أيام": "PAST_REF",
    "منذ سنوات": "PAST_REF", "منذ فترة": "PAST_REF", "منذ زمن": "PAST_REF",
    "قبل قليل": "PAST_REF", "منذ قليل": "PAST_REF", "سابقا": "PAST_REF", "سابقاً": "PAST_REF",
    "الآونة الأخيرة": "PAST_REF", "الاونة الاخيرة": "PAST_REF", "السنوات الأخيرة": "PAST_REF",
    "الأعوام الأخيرة": "PAST_REF", "الأشهر الأخيرة": "PAST_REF", "الشهور الأخيرة": "PAST_REF",
    "الأسابيع الأخيرة": "PAST_REF",
    "حاليا": "PRESENT_REF", "حالياً": "PRESENT_REF", "حاليًا": "PRESENT_REF", "الآن": "PRESENT_REF",
    "الان": "PRESENT_REF", "هذه اللحظة": "PRESENT_REF", "الوقت الحالي": "PRESENT_REF",
    "الوقت الراهن": "PRESENT_REF", "الوقت الحاضر": "PRESENT_REF",
    "المستقبل": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "مستقبلاً": "FUTURE_REF",
    "قريبا": "FUTURE_REF", "قريباً": "FUTURE_REF",
}
SET_ADV = {
    "يوميا": "P1D", "يومياً": "P1D", "أسبوعيا": "P1W", "أسبوعياً": "P1W", "شهريا": "P1M",
    "شهرياً": "P1M", "سنويا": "P1Y", "سنوياً": "P1Y", "بشكل يومي": "P1D",
    "بشكل أسبوعي": "P1W", "بشكل شهري": "P1M", "بشكل سنوي": "P1Y", "بصورة يومية": "P1D",
    "بصورة أسبوعية": "P1W", "بصورة شهرية": "P1M", "بصورة سنوية": "P1Y",
}
SEASONS = {"الربيع": "SP", "ربيع": "SP", "الصيف": "SU", "صيف": "SU", "الخريف": "FA",
           "خريف": "FA", "الشتاء": "WI", "شتاء": "WI"}
HOLIDAYS = {  # (calendar, month, day, part of day or None)
    "عيد الفطر": ("hijri", 10, 1, None), "عيد الفطر المبارك": ("hijri", 10, 1, None),
    "عيد الأضحى": ("hijri", 12, 10, None), "عيد الأضحى المبارك": ("hijri", 12, 10, None),
    "وقفة عرفة": ("hijri", 12, 9, None), "يوم عرفة": ("hijri", 12, 9, None),
    "المولد النبوي": ("hijri", 3, 12, None), "المولد النبوي الشريف": ("hijri", 3, 12, None),
    "رأس السنة الهجرية": ("hijri", 1, 1, None), "عاشوراء": ("hijri", 1, 10, None),
    "ليلة القدر": ("hijri", 9, 27, "TNI"), "عيد الميلاد": ("gregorian", 12, 25, None),
    "رأس السنة الميلادية": ("gregorian", 1, 1, None), "ليلة رأس السنة": ("gregorian", 12, 31, "TNI"),
    "رأس السنة": ("gregorian", 1, 1, None),
}

_CUES = {
    # heads whose genitive is a name, not a time: "كتلة 14 آذار", "حركة 20 فبراير", "شارع 26
    # يوليو", "مسجد الجمعة" (a date with its year stays one: "ثورة 25 يناير 2011")
    "name_head": {w: True for w in (
        "كتلة", "حركة", "تيار", "تحالف", "قوى", "حزب", "شارع", "ميدان", "ساحة", "جسر", "مسجد",
        "جامع", "مدرسة", "جامعة", "مستشفى", "ثورة", "انتفاضة", "لواء", "كتيبة", "مطار", "ملعب",
        "مصنع", "جمعية", "نادي", "مجموعة", "منظمة")},
    # "the new year", "العام الجديد": the year about to begin (or just begun)
    "new_adj": {"الجديد": True, "الجديدة": True},
    # things a holiday's name may qualify, which leave it no date: "سوق عيد الميلاد" (a
    # Christmas market), "شجرة عيد الميلاد", "فوانيس رمضان" ("يوم عيد الميلاد" stays one)
    "holiday_thing": {w: True for w in (
        "سوق", "أسواق", "اسواق", "شجرة", "أشجار", "اشجار", "زينة", "هدايا", "بطاقات", "بطاقة", "أغاني",
        "اغاني", "أغنية", "اغنية", "حلويات", "حلوى", "معرض", "قرية", "فوانيس", "فانوس", "كعك", "مسلسلات",
        "مسلسل")},
    # a decade of life, not of a century: "رجل في الأربعينيات من عمره", "من العمر"
    "age_word": {w: True for w in ("عمره", "عمرها", "العمر", "عمرهم", "عمرهما", "أعمارهم", "اعمارهم")},
    # the evening before a holiday: "عشية عيد الميلاد" is 24 December
    "eve": {"عشية": True},
    # between the two days of one night: "ليلة السبت إلى الأحد", "ليل الجمعة على السبت"
    "pair_joiner": {"إلى": True, "الى": True, "على": True},
    "pod_post": {"الباكر": "early", "الباكرة": "early", "المبكر": "early"},
    "the": {"ال": True},
    "year_cue": {"في": True, "منذ": True, "حتى": True, "خلال": True, "قبل": True, "بعد": True,
                 "مطلع": True, "بداية": True, "نهاية": True, "أواخر": True, "أوائل": True,
                 "منتصف": True, "عام": True, "العام": True, "سنة": True, "لغاية": True,
                 "بحلول": True, "إلى": True, "الى": True, "وحتى": True, "مع": True,
                 "عامي": True, "سنتي": True, "بين": True},
    # "عامي 2022 و2023": a conjunction between two years (the second is a year only
    # when a year comes right before it: "25 قتيلا و2000 جريح" is no year)
    "year_and": {"و": True, "أو": True, "او": True},
    "month_cue": {"في": True, "منذ": True, "حتى": True, "خلال": True, "قبل": True, "بعد": True,
                  "شهر": True, "بحلول": True, "لغاية": True, "مع": True, "إلى": True,
                  "الى": True, "مطلع": True, "منتصف": True, "نهاية": True, "أواخر": True,
                  "أوائل": True, "بداية": True, "من": True, "وحتى": True, "شهري": True},
    "pod_cue": {"في": True, "خلال": True, "حتى": True, "منذ": True, "مع": True, "طوال": True,
                "عند": True, "قبيل": True, "بعيد": True,
                "طيلة": True},
    "hijri_mark": {"هـ": True, "ه": True, "هجري": True, "هجرية": True, "للهجرة": True,
                   "هجرياً": True, "هجريا": True},
    "ad_mark": {"م": True, "ميلادي": True, "ميلادية": True, "للميلاد": True, "ميلاديا": True},
    "equiv": {"الموافق": True, "الموافقة": True, "الموافق ل": True, "الموافق لـ": True,
              "والموافق": True, "الموافق له": True},
    "clock_intro": {"الساعة": True},
    # a place after "بتوقيت" names its zone (see timeline.calendar.utc_offset); places whose
    # daylight saving changed lately (Cairo, Damascus, Amman, Tehran, Beirut) stay local, as
    # the development set writes a country's own time ("بتوقيت سوريا": no offset)
    "tz": {"بتوقيت": "local", "توقيت": "local", "بالتوقيت المحلي": "local",
           "بالتوقيت": "local", "بالتوقيت العالمي": "UTC", "بالتوقيت العالمي الموحد": "UTC",
           "غرينتش": "GMT", "جرينتش": "GMT", "غرينيتش": "GMT",
           "غرنتش": "GMT", "ت غ": "GMT", "ت.غ": "GMT", "ت. غ": "GMT",
           "gmt": "GMT", "utc": "UTC", "et": "ET", "est": "EST", "edt": "EDT", "ist": "IST",
           "cet": "CET", "cest": "CEST", "bst": "BST", "pt": "PT", "pst": "PST", "pdt": "PDT"},
    "approx": {"حوالي": True, "حوالى": True, "نحو": True, "قرابة": True, "زهاء": True,
               "حدود": True, "تقريبا": True, "تقريباً": True, "قرابه": True},
    # bounds of a duration, inside its span: "أكثر من ساعة", "(لـ)أقل من ساعة"
    "dur_mod": {"أكثر من": True, "أقل من": True, "ما يزيد على": True, "ما يزيد عن": True,
                "ما لا يقل عن": True, "أزيد من": True, "ما يقارب": True, "ما يناهز": True},
    # places read as a zone only after "بتوقيت" ("- الرياض" after a dateline is the place)
    "tz_place": {"غرينتش": "GMT", "جرينتش": "GMT", "موسكو": "MSK", "مكة": "AST",
                 "مكة المكرمة": "AST", "الرياض": "AST", "السعودية": "AST", "بغداد": "AST",
                 "العراق": "AST", "الدوحة": "AST", "قطر": "AST", "الكويت": "AST",
                 "أبوظبي": "GST", "ابوظبي": "GST", "أبو ظبي": "GST", "دبي": "GST",
                 "الإمارات": "GST",
                 # US zones said in words (standard or daylight by the date, as "ET")
                 "شرق الولايات المتحدة": "ET", "الساحل الشرقي": "ET", "واشنطن": "ET",
                 "نيويورك": "ET", "غرب الولايات المتحدة": "PT", "الساحل الغربي": "PT",
                 "لندن": "UK", "بريطانيا": "UK"},
    # between a day and its clock time: "السبت 20 ديسمبر 2025 في الساعة 10:30"
    "clock_glue": {"في": True, "عند": True, "على": True},
    # words that never carry a glued letter: "باب" is a door, not بـ + "آب"
    "bare_only": {"آب": True},
    # after a duration, makes it a date counted from now: "بعد 5 أشهر من الآن"
    "from_now": {"من الآن": True, "من الان": True, "من اليوم": True},
    # "في وقت سابق من اليوم": earlier today, the day itself
    "of_today": {"من اليوم": True},
    # "في وقت سابق من هذا الأسبوع": the part of the week before the anchor day (as
    # "earlier this week"); "لاحق" the part after it
    "earlier_later": {"وقت سابق": "earlier", "وقت لاحق": "later"},
    # "later" is no time by itself, but "في وقت لاحق من اليوم" is later today
    "later_phrase": {"وقت لاحق": True},
    # an ongoing state before "منذ": the count of years is how long it lasts ("يعمل في
    # المصنع منذ عشرين عاماً" P20Y); after a single happening it dates it
    "state_cue": {w: True for w in (
        "يعمل تعمل يعيش تعيش يقيم تقيم يسكن تسكن يحكم تحكم يشغل تشغل يتولى تتولى يسيطر تسيطر "
        "يعاني تعاني ينتظر تنتظر يقبع يرأس ترأس يقود تقود يشهد تشهد يحتل تحتل يدرس تدرس "
        "يستمر تستمر مستمر مستمرة متواصل متواصلة قائم قائمة محتجز محتجزة معتقل معتقلة مسجون "
        "مسجونة مغلق مغلقة متوقف متوقفة مقيم مقيمة يزال تزال زال زالت مازال مازالت يعملون "
        "يعيشون يقيمون يدير تدير يملك تملك ينشط تنشط يواصل تواصل متزوج متزوجة يحاصر تحاصر "
        "محاصر محاصرة عالق عالقة عالقون مفقود مفقودة مختف مختفية").split()},
    # indefinite ordinals in a construct: "ثاني أيام عيد الأضحى"
    "ord_construct": {"أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6,
                      "سابع": 7},
    # the solar (Persian) Hijri calendar: "1397/12/12 هـ.ش"
    "solar_mark": {"هـ.ش": True, "ه.ش": True, "هـ ش": True, "شمسي": True, "شمسية": True,
                   "هجري شمسي": True, "هجرية شمسية": True, "ش": True},
    "exact": {"تمام": True, "بالضبط": True, "تماما": True},
    "ago": {"قبل": True},
    # a detached article before a number: "الساعات الـ24 الماضية"
    "article": {"الـ": True, "ال": True},
    "since": {"منذ": True},
    "after": {"بعد": True},
    # before "منتصف الليل": the night had turned ("بعد منتصف الليل", "بعيد منتصف الليل")
    "past_midnight": {"بعد": True, "بعيد": True},
    "within": {"خلال": True, "غضون": True, "طوال": True, "طيلة": True, "لمدة": True,
               "مدة": True, "على مدى": True, "على مدار": True, "مرور": True},
    "every": {"كل": True},
    "day_word": {"يوم": True, "نهار": True},
    # the words through which a clause's opening past verb tells its own date ("وقع الانفجار
    # في 24 ديسمبر", "اعتقل يوم 23 ديسمبر")
    "governing_prep": {"في": True, "يوم": True},
    "year_word": {"عام": True, "العام": True, "سنة": True, "السنة": True},
    "month_word": {"شهر": True},
    "night_word": {"ليلة": True, "ليل": True},
    "quant": {"عدة": "X", "بضعة": "X", "بضع": "X", "عديد": "X", "العديد من": "X"},
    "half": {"النصف": True, "نصف": True},
    "of": {"من": True},
    "and": {"و": True},
    "midnight": {"منتصف الليل": True},
    "quarter_hour": {"والنصف": 30, "والربع": 15, "إلا ربعا": -15, "الا ربعا": -15,
                     "إلا ربع": -15, "والثلث": 20, "إلا ثلثا": -20, "الا ثلث": -20},
    "minute_word": {"دقيقة": True, "دقائق": True},
    "future": {"سوف": True, "سيتم": True, "المقرر": True, "من المقرر": True, "المرتقب": True,
               "المنتظر": True, "المتوقع": True, "من المتوقع": True, "يعتزم": True, "تعتزم": True, "ستبدأ": True, "سيبدأ": True,
               "سيكون": True, "ستكون": True, "سيعقد": True, "ستعقد": True, "يرتقب": True,
               "يتوقع": True, "سيجري": True, "ستجري": True, "ينطلق": True, "تنطلق": True,
               "سينطلق": True, "ستنطلق": True, "سيعلن": True, "ستعلن": True, "موعد": True,
               "اعتبارا": True, "اعتباراً": True, "ابتداء": True, "ابتداءً": True,
               "سيصل": True, "ستصل": True, "سيزور": True, "ستزور": True, "سيلتقي": True,
               # the present of a meeting or a start set for a day, as "ينطلق": "يجتمع
               # المجلس الخميس" is the coming Thursday ("اجتمع" the past one)
               "يجتمع": True, "تجتمع": True, "يلتقي": True, "تلتقي": True, "يبدأ": True, "تبدأ": True},
    # words a verb's complement starts with (and a verb never follows): "سيجتمع مع الوفد",
    # "في سنجار" (a name the morphology reads as a verb); see ar_morphology.py
    "particle": {"في": True, "إلى": True, "الى": True, "على": True, "من": True, "مع": True,
                 "عن": True, "إن": True, "أن": True, "ان": True, "بأن": True, "بان": True,
                 "لدى": True, "عند": True, "حول": True, "بين": True, "ضد": True},
    # after a weekday or date, these make it a coming day: "أعلنت الحكومة الأحد عطلة رسمية"
    "future_post": {"عطلة رسمية": True, "عطلة": True, "يوم عطلة": True, "يوم حداد": True,
                    "حدادا": True, "حداداً": True, "يوم حداد وطني": True},
    "report": {"قال": True, "قالت": True, "أعلن": True, "أعلنت": True, "أفاد": True,
               "أفادت": True, "أكد": True, "أكدت": True, "ذكر": True, "ذكرت": True,
               "أوضح": True, "أوضحت": True, "صرح": True, "صرحت": True, "نقلت": True,
               "نقل": True, "بيان": True},
    "age": {"عمر": True, "العمر": True, "عمره": True, "عمرها": True, "عمرهم": True,
            "البالغ": True, "البالغة": True, "يبلغ": True, "تبلغ": True, "بعمر": True,
            "ابن": True, "ابنة": True, "سن": True, "السن": True, "عمرة": True, "بلغ": True,
            "عن عمر": True, "يناهز": True, "ناهز": True, "العمرية": True,
            # people whose age follows in brackets: "طفل (7 سنوات)"
            "طفل": True, "طفلة": True, "الطفل": True, "الطفلة": True, "فتى": True, "فتاة": True,
            "رضيع": True, "رضيعة": True, "قاصر": True, "شاب": True, "شابة": True, "مسن": True,
            "مسنة": True, "سيدة": True, "امرأة": True, "رجل": True},
    "recurring": {"حظر": True, "الحظر": True, "التجوال": True, "التجول": True, "دوام": True,
                  "الدوام": True, "يوميا": True, "يومياً": True, "اليومي": True, "كل": True,
                  "مواعيد": True, "ساعات": True},
    "range_from": {"من": True, "اعتبارا من": True, "ابتداء من": True, "بين": True},
    "range_to": {"حتى": True, "إلى": True, "الى": True, "لغاية": True, "ولغاية": True},
    "past_cue": {"الماضي": True},
}

LEXICON = {
    "month": MONTHS,
    "hmonth": HIJRI_MONTHS,
    "weekday": WEEKDAYS,
    "weekday_bare": WEEKDAYS_BARE,
    "first_day": FIRST_DAY,
    "decade_word": DECADES,
    "rel_pre": REL_PRE,
    "num": CARDINALS,
    "num_def": DEFINITE_CARDINALS,
    # "الأيام الثلاثة الأخيرة": the last three days (only after a counted plural)
    "last_adj": {"الأخيرة": True, "الأخير": True, "الاخيرة": True, "الاخير": True,
                 "الأخيرين": True, "الأخيرتين": True},
    # "الأيام القليلة الماضية": few, between a counted plural and "past" or "next"
    "few_adj": {"القليلة": True, "القليلين": True, "القلائل": True},
    "tens": TENS,
    "teen": TEEN,
    "ord": ORDINALS,
    "dayrel": DAYREL,
    "tonight": TONIGHT,
    "pod": PARTS_OF_DAY,
    "pod_adv": POD_ADV,
    "pod_bare": POD_BARE,
    "pod_mod": POD_MOD,
    "today_blocker": TODAY_BLOCKERS,
    "anaph": ANAPH,
    "unit": UNITS,
    "rel": REL,
    "posmod": POSMOD,
    "vague": VAGUE,
    "set_adv": SET_ADV,
    "season": SEASONS,
    "holiday": HOLIDAYS,
    **_CUES,
}


# --- clauses -------------------------------------------------------------------------------
# The words that split a sentence into clauses (timeline/events/clauses.py); speech verbs
# and event words come from the event vocabulary (timeline/lang/ar_events.py).
# A speech verb after one of these reports nothing ("ولم تعلن أي جهة مسؤوليتها").
NEGATIONS = ["لم", "لن", "لا", "ما", "ولم", "ولا", "ولن", "وما", "فلم", "فلا"]
# Inside a clause these bring in the source of what it reports; a time after them dates the
# source ("أمطار غزيرة … وفق بيانات نشرها المعهد صباح اليوم الأحد"), not the happening.
ATTRIBUTIONS = ["وفق", "وفقا", "وفقاً", "حسب", "بحسب", "حسبما", "نقلا", "نقلاً"]
# After an announcing verb these introduce what was announced: "أعلن الحشد عن اغتيال …".
ANNOUNCE_OBJECTS = ["عن"]
# "بعد مقتل الجنود": before an event noun these bring in another happening.
AFTER_WORDS = ["بعد", "قبل", "إثر"]
# A span told after one of these dates the happening that follows from the one told with it
# ("وتأتي العملية بعد يوم من الهجوم": the attack, a day before the operation); the link
# words come between the span and the happening.
LATER_WORDS = ["بعد"]
EARLIER_WORDS = ["قبل"]
OFFSET_LINKS = ["من", "على", "مرور"]
# A span told right after one of these dates the happening its clause tells from the last
# one the narrative dated ("وقبل ذلك بيوم، استهدفت مسيرة المستشفى": a day before it; "وبعد
# ذلك بيومين، اعتقلت الشرطة": two days after it).
SPAN_LATER_BEFORE = ["بعد ذلك", "بعد ذلك كله"]
SPAN_EARLIER_BEFORE = ["قبل ذلك"]
COMPLEMENTIZERS = ["أن", "إن", "بأن", "ان", "بان", "أنه", "إنه", "أنها", "إنها", "أنهم",
                   "إنهم", "بأنه", "بأنها", "بانه"]
# Connectives that start a new clause in run-on sentences.
CLAUSE_OPENERS = ["كما", "فيما", "بينما", "ثم", "وكما", "وفيما", "في حين", "إلى ذلك",
                  "من جانبه", "من جانبها", "من جهته", "من جهتها", "وبدوره", "بدوره",
                  "حيث"]
# Phrases that bring in another, earlier happening ("… ردا على الهجوم الكيماوي …"): the
# clause splits before them so each happening keeps its own words.
SUBORDINATORS = ["ردا على", "رداً على", "ردًا على", "في أعقاب", "عقب", "إثر", "على إثر", "بعد أن",
                 "أي بعد", "منذ أن", "بعد يوم من", "بعد يومين من", "بعد أيام من",
                 "بعد ساعات من", "بعد أسبوع من", "بعد يوم على", "بعد أيام على", "بعد ساعات على",
                 "بعد أسابيع من", "بعد أشهر من",
                 # "the day after" a happening ("غداة زلزال أودى بحياة ثلاثة")
                 "غداة", "في اليوم التالي من",
                 "انتقاما", "انتقاماً", "ثأرا", "كرد فعل على", "كرد على", "في إطار الرد على",
                 # revenge told as a noun after ب/ل ("توعد بالانتقام لمقتل الجنود", "للثأر من الهجوم")
                 "بالانتقام", "للانتقام", "بالثأر", "للثأر",
                 # what a happening came in spite of was there before it ("رغم اتفاق وقف إطلاق النار")
                 "رغم", "برغم", "على الرغم من", "بالرغم من"]
# Words that may qualify a subordinator after its first word ("ردا مباشرا على الهجوم",
# "ردا سريعا على"): the phrase still brings in the earlier happening.
SUBORDINATOR_MODIFIERS = ["مباشرا", "مباشراً", "مباشرًا", "سريعا", "سريعاً", "فوريا", "فورياً", "حاسما",
                          "حاسماً", "قويا", "قوياً", "عسكريا", "عسكرياً", "أوليا", "أولياً"]
# A response and what it answers, with the responder named between them ("هي رد الرئيس
# الأمريكي على هجوم بالغاز", "ردت إسرائيل على الهجوم بغارات"): what follows the object
# word, up to four words after the head, is the earlier happening.
# What an anniversary is of came years before ("أحيا المحتجون الذكرى الأولى لاحتجاجات العام
# الماضي، وأطلقت الشرطة الغاز": the tear gas is not last year's).
ANNIVERSARIES = ["ذكرى", "الذكرى"]
RESPONSE_HEADS = ["رد", "الرد", "ردت", "ردوا", "يرد", "ترد", "سترد", "سيرد", "ردها", "رده"]
RESPONSE_OBJECTS = ["على"]
ABBREVIATIONS: list[str] = []
# The pluperfect opens a clause about what had happened before: "وكانت القوات قد قصفت …"
# (a form of كان, then قد before the verb): an earlier happening, told as background.
ANTERIOR = ["كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"]
ANTERIOR_PARTICLES = ["قد"]


CLAUSES = {
    "attributions": ATTRIBUTIONS,
    "negations": NEGATIONS,
    "complementizers": COMPLEMENTIZERS,
    "after_words": AFTER_WORDS,
    "later_words": LATER_WORDS,
    "earlier_words": EARLIER_WORDS,
    "offset_links": OFFSET_LINKS,
    "span_later_before": SPAN_LATER_BEFORE,
    "span_earlier_before": SPAN_EARLIER_BEFORE,
    "announce_objects": ANNOUNCE_OBJECTS,
    "clause_openers": CLAUSE_OPENERS,
    "subordinators": SUBORDINATORS,
    "anniversaries": ANNIVERSARIES,
    "subordinator_modifiers": SUBORDINATOR_MODIFIERS,
    "response_heads": RESPONSE_HEADS,
    "response_objects": RESPONSE_OBJECTS,
    "abbreviations": ABBREVIATIONS,
    "anterior": ANTERIOR,
    "anterior_particles": ANTERIOR_PARTICLES,
}

DATA = LanguageData(
    code="ar",
    name="Arabic",
    lexicon=LEXICON,
    conjunctions="وف",
    prepositions="بلك",
    article="ال",
    clauses=CLAUSES,
    tz_offset_in_value=True,
    future_verb=future_verb,
    past_verb=past_verb,
    script_ranges=((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                   (0xFE70, 0xFEFF)),
)
