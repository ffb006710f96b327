"""Arabic event words: the trigger lemmas of each type of ``timeline/lang/taxonomy.py``.

Entries are lemmas in their bare form (no article, no clitics): ``timeline.events.vocabulary``
analyses each word of a text into its clitics (و ف ب ل ك, the article ال) and its stem
(Snowball's Arabic stemmer), so ``غارة`` also finds ``الغارات``, ``وبغارات``, ``غاراتها``.
Broken plurals are other words and are listed (``صاروخ | صواريخ``, ``قتيل | قتلى``), and so
are verb stems the stemmer keeps apart from their nouns (``هاجم`` beside ``هجوم``).
Several words are one phrase (``إطلاق نار``, ``صفارات الإنذار``); a phrase wins over its
words.  ``NOT_EVENTS`` are phrases whose words name no happening.
"""

from __future__ import annotations

from .ar_morphology import defective_forms

#: Vehicles, boats and aircraft: "انقلاب" (overturning; also a coup) with one of them after
#: it is an accident ("انقلاب حافلة", "انقلاب قارب للمهاجرين").
VEHICLES = ("حافلة | حافلات | باص | سيارة | سيارات | شاحنة | شاحنات | صهريج | قطار | عربة | جرار"
            " | دراجة | قارب | قوارب | مركب | زورق | سفينة | عبارة | طائرة | مروحية")

TRIGGERS: dict[str, str] = {
    # -- political violence
    "violence": "هجوم | هجمات | هجمة | هاجم | اعتداء | اعتداءات | اعتدى | استهداف | استهدف | كمين | عدوان"
                " | إطلاق | أطلق | العمليات العسكرية | عملية عسكرية | تدخل عسكري | ضربة عسكرية | عمل إرهابي"
                " | هجوم إرهابي | إجراء دفاعي | عمل عسكري | مجزرة | مجازر | مذبحة"
                " | عملية أمنية | عمليات أمنية | حملة أمنية | حملة عسكرية",
    "violence.battle": "اشتباك | اشتباكات | اشتبك | معارك | معركة | قتال | اقتتال | مواجهات | تبادل إطلاق النار"
                       " | تبادل لإطلاق النار",
    "violence.territory": "سيطرة | سيطر | استولى | استيلاء | احتلال | احتل | اجتياح | اجتاح | بسط سيطرته"
                          " | سقوط مدينة",
    "violence.remote": "قصف | قصفت | انفجار | انفجارات | انفجر | تفجير | تفجيرات | دوي | ضربة | ضربات"
                       " | دوي انفجار | دوي انفجارات",
    "violence.remote.air": "غارة | غارات | غارة جوية | غارات جوية | ضربة جوية | ضربات جوية | قصف جوي"
                           " | طائرة مسيرة | طائرات مسيرة | مسيرات | طائرات حربية | الطيران الحربي | سلاح الجو"
                           # a drone that dives into its target ("suicide drone"): an air strike
                           " | مسيرة انتحارية | مسيرات انتحارية | طائرة مسيرة انتحارية | طائرات مسيرة انتحارية"
                           " | طائرة انتحارية | طائرات انتحارية",
    "violence.remote.missile": "قصف مدفعي | قصف صاروخي | صاروخ | صواريخ | صاروخي | صاروخية | قذيفة | قذائف"
                               " | هاون | مدفعية | ضربة صاروخية | ضربات صاروخية | هجوم صاروخي | توماهوك"
                               " | كروز | راجمة | صاروخ باليستي",
    "violence.remote.suicide": "انتحاري | انتحارية | تفجير انتحاري | هجوم انتحاري | عملية انتحارية | انتحاريين"
                               " | حزام ناسف | أحزمة ناسفة",
    "violence.remote.ied": "عبوة ناسفة | عبوات ناسفة | سيارة مفخخة | مفخخة | لغم | ألغام | جسم متفجر"
                           " | عبوة متفجرة",
    "violence.remote.chemical": "كيماوي | كيميائي | كيمياوي | غاز سام | الغاز السام | غازات سامة | سارين | كلور"
                                " | أسلحة كيميائية | السلاح الكيميائي",
    "violence.remote.grenade": "قنبلة يدوية | قنابل يدوية",
    "violence.raid": "مداهمة | داهم | إنزال | عملية إنزال | إنزال جوي | اقتحام | اقتحم | توغل | إغارة",
        "violence.civilians.shooting": "إطلاق نار | إطلاق النار | أطلق النار | إطلاق الرصاص | أطلق الرصاص | رصاص"
                                   " | عيار ناري | أعيرة نارية | إطلاق نار كثيف | هجوم مسلح"
                                   " | عيارات نارية",
    "violence.civilians.stabbing": "طعن | عملية طعن | طعنة",
    "violence.civilians.killing": "اغتيال | اغتال | اغتيل | تصفية | إعدام | أعدم | جريمة قتل | ذبح | قطع رأس"
                                  " | قطع رؤوس",
    # a vehicle driven into people
    "violence.civilians": "دهس | عملية دهس | تعذيب",
    "violence.civilians.abduction": "اختطاف | خطف | اختطف | رهينة | رهائن",
    # -- demonstrations
    "protest": "مظاهرة | مظاهرات | تظاهرة | تظاهرات | تظاهر | احتجاج | احتجاجات | اعتصام | اعتصم | وقفة احتجاجية | إضراب | أضرب | الإضراب عن الطعام"
               " | محتج | محتجين | متظاهر | متظاهرين | إضراب | إضرابات | مضربون | مضربين"
               # a march (مسيرة, also a drone): with the words that make it one
               " | مسيرة احتجاجية | مسيرات احتجاجية | مسيرة سلمية | مسيرات سلمية | مسيرة شعبية"
               " | مسيرات شعبية | مسيرة حاشدة | مسيرات حاشدة | مسيرة جماهيرية | مسيرات جماهيرية",
    "riot": "شغب | أعمال شغب | اضطرابات",
    # force used on a crowd, which makes its protest one "with intervention"
    "protest.intervention": "الغاز المسيل للدموع | قنابل الغاز | قنابل مسيلة للدموع | خراطيم المياه"
                            " | الرصاص المطاطي | تفريق المتظاهرين | تفريق المحتجين | تفريق الحشود"
                            " | تفريق التظاهرة | تفريق المظاهرة | تفريق الاحتجاجات | تفريق المعتصمين"
                            " | قمع المتظاهرين | قمع المحتجين | قمع الاحتجاجات | قمع التظاهرات | قمع المظاهرات",
    # -- strategic developments
    "strategic.arrest": "اعتقال | اعتقل | اعتقالات | القبض | ألقى القبض | إلقاء القبض | توقيف | احتجاز | احتجز",
    "strategic.agreement": "اتفاق | اتفاقية | صفقة | معاهدة | مذكرة تفاهم",
    "strategic.ceasefire": "هدنة | وقف إطلاق النار | وقف إطلاق نار | وقف النار | وقف لإطلاق النار"
                           # with the adjectives a truce takes between its words
                           " | وقف فوري لإطلاق النار | وقف دائم لإطلاق النار | وقف شامل لإطلاق النار"
                           " | وقف كامل لإطلاق النار | وقفا لإطلاق النار | وقفا فوريا لإطلاق النار"
                           " | وقفا دائما لإطلاق النار",
    "strategic.coup": "انقلاب | سقوط النظام | سقوط نظام | الإطاحة | أطاح | إسقاط النظام | عزل | عزل الرئيس"
                      " | انهيار حكومة | انهيار نظام | انهيار النظام | نهاية حكم | سقوط حكومة | سقوط حكم",
    "strategic.deployment": "انسحاب | انسحب | سحب القوات | سحب قوات | نشر قوات | تعزيزات | خفض عدد القوات"
                            " | تقليص عدد القوات | تقليص القوات | تقليص الوجود العسكري | خفض الوجود العسكري"
                            " | تعزيز القوات | تعزيز قوات | تعزيز الوجود العسكري",
    "strategic.looting": "نهب | تخريب | إحراق | أحرق",
    "strategic.evacuation": "إجلاء | أجلى",
    # a release of people held ("أفرجت حماس عن أربع رهائن", "صفقة تبادل الأسرى")
    "strategic.release": "تبادل الأسرى | تبادل أسرى | تبادل المحتجزين | إطلاق سراح | صفقة تبادل",
    # -- disasters and accidents
    "disaster": "كارثة | كوارث | بركان | ثوران بركاني | ثوران البركان",
    "disaster.earthquake": "زلزال | زلازل | هزة | هزات | هزة أرضية | هزة ارتدادية | هزات ارتدادية | زلزالي"
                           " | زلزالية | نشاط زلزالي",
    "disaster.weather": "عاصفة | إعصار | أعاصير | أمطار غزيرة | أمطار طوفانية | أمطار | أمطارا | تساقطات"
                        " | هطول | تساقط | موجة حر | ثلوج | عواصف | موجة برد | موجة صقيع | موجة حارة",
    "disaster.weather.flood": "فيضان | فيضانات | سيول | سيل | طوفان | منسوب المياه | منسوب مياه | انهيار سد"
                              " | انهيار السد | انهار سد | انهار السد",
    "disaster.fire": "حريق | حرائق | اندلاع حريق | اشتعال | اشتعلت النيران | اندلعت النيران | التهمت النيران",
    "disaster.landslide": "انهيار أرضي | انهيارات أرضية | انزلاق | انجراف",
    "disaster.accident": "تحطم | حادث سير | حادث مرور | اصطدام | اصطدم | تصادم | غرق | تدافع"
                         # a building or a bridge falling in, not a regime ("انهيار الحكومة")
                         " | انهيار مبنى | انهار مبنى | انهيار منزل | انهار منزل | انهيار عمارة | انهارت عمارة"
                         " | انهيار جسر | انهار جسر | انهيار عقار | انهار عقار | انهيار العقار | انهيار بناية"
                         " | انهارت بناية | انهيار البناية | انهيار برج | انهار برج | انهيار مبان | انهيار منازل"
                         " | انهيار عقارين | انهيار مبنيين"
                         + "".join(f" | انقلاب {v}" for v in VEHICLES.split(" | ")),
    "disaster.epidemic": "وباء | تفشي | الكوليرا | الحصبة | إيبولا | حمى الضنك | جدري القردة | الدفتيريا"
                         " | التهاب السحايا",
    # -- political life
    "political.election": "انتخابات | انتخاب | تصويت | اقتراع | استفتاء"
                          # a parliament's vote on a government ("منح البرلمان الثقة للحكومة")
                          " | منح الثقة | نالت الثقة | نال الثقة | حجب الثقة | سحب الثقة | جلسة الثقة"
                          # voters going to the polls, casting their ballots ("توجه الناخبون إلى
                          # مراكز الاقتراع", "أدلى الناخبون بأصواتهم"): voting
                          " | توجه الناخبون | يتوجه الناخبون | أدلى الناخبون | يدلي الناخبون"
                          " | بأصواتهم | بأصواتهن",
    "political.meeting": "اجتماع | اجتماعات | اجتمع | قمة | محادثات | مباحثات | لقاء | التقى | جلسة | مفاوضات"
                         # an official receiving a visitor ("استقبل الرئيس وزير الخارجية")
                         " | استقبل | استقبال",
    "political.visit": "زيارة | زار | جولة",
    "political.decision": "قرار | مرسوم | قانون | عقوبات | حظر | أقر | ألغى | حيز التنفيذ | حظر التجول | حظر تجول",
    "political.resignation": "استقالة | استقال | تنحي | تنحى",
    "political.dismissal": "إقالة | أقال | أقيل | إعفاء من منصبه | أعفى من منصبه | أعفي من منصبه",
    "political.appointment": "تعيين | تنصيب | أداء اليمين | أدى اليمين | يؤدي اليمين"
                             # a cabinet formed ("تشكلت الحكومة", "تشكيل الحكومة الجديدة")
                             " | تشكيل الحكومة | تشكيل حكومة | تشكلت الحكومة | شكل الحكومة | تأليف الحكومة",
    "political.mourning": "حداد | الحداد العام | حداد وطني",
    "political.poll": "استطلاع | استطلاعات",
    "political.deadline": "مهلة | الموعد النهائي",
    "political.justice": "محاكمة | أدين | إدانة قضائية | اتهام رسمي | جلسة محاكمة",
    # -- outcomes
    "outcome": "ضحية | ضحايا | خسائر بشرية",
    "outcome.death": "قتل | مقتل | قتيل | قتلى | وفاة | وفيات | توفي | مصرع | لقي حتفه | لقوا حتفهم | حتف"
                     " | استشهاد | شهيد | شهداء | استشهد | جثة | جثث | جثمان | انتشال جثث | موت | مات"
                     " | أودى بحياة | فارق الحياة | فارقت الحياة | قضى نحبه | لقي مصرعه",
    "outcome.injury": "جرح | جريح | جرحى | إصابة | إصابات | أصيب | مصاب | مصابين | جروح",
    "outcome.medical": "العناية المركزة | العناية المشددة",
    "outcome.damage": "أضرار | ضرر | تضرر | دمار | تدمير | دمر | خسائر | خسائر مادية | ركام | أنقاض"
                      " | انهيار | انهار | هدم",
    "outcome.toll": "حصيلة | حصيلة الضحايا | عدد الضحايا | ارتفاع حصيلة | ارتفع عدد",
    "outcome.intercept": "اعتراض | اعترض | إسقاط | أسقط | الدفاعات الجوية | الدفاع الجوي | القبة الحديدية"
                         " | منظومة الدفاع",
    "outcome.alarm": "صفارات الإنذار | صفارات | صافرات الإنذار | صافرات | إنذار",
    "outcome.missing": "مفقود | مفقودين | فقدان | في عداد المفقودين",
    "outcome.displacement": "نزوح | نزح | تشريد | تهجير",
    "outcome.funeral": "جنازة | تشييع | شيع | عزاء | دفن",
    # -- back-references
    "reference": "حادث | حادثة | عملية | جريمة | مأساة | الحدث",
    # -- statements
    "statement.say": "قال | أضاف | أوضح | أشار | ذكر | أفاد | صرح | تصريح | تصريحات | لفت | علق | القول"
                     " | تحدث | أخبر | أبلغ | أعرب | معربا",
    "statement.announce": "أعلن | إعلان",
    "statement.document": "بيان | بلاغ | تقرير | رسالة",
    "statement.claim": "تبنى | تبني | ادعى | ادعاء | زعم | أعلن مسؤوليته",
    "statement.condemn": "أدان | دان | إدانة | ندد | تنديد | استنكر | استنكار | شجب",
    "statement.vow": "توعد | تعهد | هدد | تهديد | وعد",
    "statement.warn": "حذر | تحذير",
    "statement.deny": "نفى | نفي",
    "statement.confirm": "أكد | تأكيد",
    "statement.brief": "مؤتمر صحفي | إحاطة | مقابلة | حديث صحفي",
    "statement.post": "غرد | تغريدة | تغريدات | نشر",
    "statement.call": "دعا | دعوة | طالب | مطالبة | ناشد | حث",
    "statement.praise": "تهنئة | يهنئ | أشاد | شكر | رحب | ترحيب",
    "statement.accuse": "اتهم | اتهام",
}

#: Surface forms matched exactly, before any analysis (without their clitics); ``"-"``
#: marks words that share a stem or a spelling with an event word but name no event
#: (homographs: "هناك" is not "هنأ", "الاجتماعي" is social, "تدمر" is Palmyra).
EXACT: dict[str, str] = {
    "-": "هناك | هنا | اعلي | الاعلي | اجتماعي | الاجتماعي | الاجتماعيه | اجتماعيه | مقابل | المقابل | اضافي"
         " | اضافيه | الاضافي | الاضافيه | اضافيا | تشارك | يشارك | شارك | شاركت | مشاركه | المشاركه | الحذر"
         " | دعايه | الدعايه | اجل | لاجل | كميات | الكميات | كميه | الكميه | ساري | ساريه | الساري | الساريه"
         " | وزاره | الوزاره | وزارات | تدمر | اضافه | بالاضافه | التابع | والتابع | التابعه | التابعين"
         " | التابعون"
         # "الاحتلال" standing alone is the occupying force, a doer ("برصاص الاحتلال", "الاحتلال
         # يقتحم"); "احتلال المدينة" (the taking of the city) stays a happening
         " | الاحتلال | والاحتلال | بالاحتلال | للاحتلال | فالاحتلال"
         # the student, with the article a verb never takes ("اعتقلت الشرطة الطالب"), and
         # the feminine noun; "طالب" (demanded) and "طالبت" stay speech
         " | الطالب | والطالب | بالطالب | للطالب | الطالبة | والطالبة | طالبة | وطالبة | الطالبات | طالبات"
         # "بحث" (discussed, searched, research): the stemmer reads it as بـ + "حث" (urged)
         " | بحث | وبحث | بحثت | وبحثت | بحثا | البحث | والبحث | بالبحث | للبحث | يبحث | ويبحث | تبحث | وتبحث"
         " | يبحثون | ويبحثون | بحثوا | وبحثوا"
         # an anniversary or a memory (ذكرى), whose stem is that of "ذكر" (mentioned)
         " | ذكرى | الذكرى | وذكرى | والذكرى | بذكرى | لذكرى | للذكرى | ذكريات | الذكريات"
         # the verbal noun "تعزيز" (strengthening: "تعزيز الاستقرار", "تعزيز التعاون"), whose
         # stem is that of "تعزيزات" (reinforcements); "تعزيز القوات" is a phrase of its own
         " | تعزيز | وتعزيز | لتعزيز | بتعزيز"
         # the verb "اشتبه" (suspected) and its nouns, whose stem is that of "اشتبك" (clashed)
         " | اشتبه | واشتبه | يشتبه | ويشتبه | تشتبه | يشتبهون | اشتبهت | مشتبه | المشتبه | والمشتبه"
         " | الاشتباه | للاشتباه | بالاشتباه | اشتباه"
         # the present of "بلغ" (reaches, amounts to: "قاصر يبلغ من العمر 14 عاما", "يبلغ عدد
         # القتلى"), unvocalised as the present of "أبلغ" (told), a speech word
         " | يبلغ | ويبلغ | تبلغ | وتبلغ | يبلغون | تبلغان | يبلغان"
         # the imperative "read" of a link to another story ("اقرأ أيضاً"), whose stem is that
         # of "أقر" (approved)
         " | اقرأ | إقرأ | اقرا | إقرا"
         # the adjective "ministerial" ("المجلس الوزاري الأمني"), read as و + "زار" (visited)
         " | وزاري | الوزاري | وزارية | الوزارية | وزاريا | الوزاريين | وزاريين",
    # promises ("وعود"), whose stem is that of "عودة" (return, "يعود": dates back to)
    "statement.vow": "وعود | الوعود | وعوده | وعودها | وعودهم | بوعود | بوعوده | بوعودها",
    # "الواقعة" (the incident); its stem is that of "الواقع" (located, the reality)
    "reference": "الواقعة | والواقعة | واقعة",
    # "وتابع" (he went on): the stem is that of "التابعة" (belonging to); "شدد" (stressed),
    # whose stem is that of "مشددة" (tight: "إجراءات أمنية مشددة"): the verb's own forms
    # ("اعتبر", held, is left out: its imperfect is "is considered", "مقرات تعتبر منطلقا")
    "statement.say": "تابع | وتابع | تابعت | وتابعت | شدد | وشدد | شددت | وشددت | مشددا | ومشددا | أردف | وأردف"
                     " | أردفت | وأردفت | نوه | ونوه | نوهت | ونوهت",
    # a vehicle overturned ("انقلبت حافلة"); the masculine "انقلب على" is turning against
    "disaster.accident": "انقلبت | وانقلبت",
    # the active imperfect "condemns" ("غوتيريش يدين هجوما"); its stem is that of "أُدين"
    # (was convicted), which stays a court's
    "statement.condemn": "يدين | ويدين | تدين | وتدين | يدينون | ويدينون | ندين | وندين",
    # the defective verb "نفى" (denied) in its other persons, which its stem does not reach
    "statement.deny": "نفت | ونفت | نفوا | ونفوا | تنفي | وتنفي | ينفي | وينفي",
    # "قضت المحكمة بالإعدام": a sentence, not an execution ("نفذ حكم الإعدام" is one); so is
    # "حكما بالسجن" (to prison), and their forms in a construct with whom they sentence
    # ("حكما بسجن المعارضة", "قضت بإعدام ثلاثة")
    "political.justice": "بالإعدام | وبالإعدام | بالسجن | وبالسجن | بسجن | وبسجن | بإعدام | وبإعدام",
    # gunshots ("بطلق ناري", "طلقات نارية"), by their written forms: their stem is that of
    # "يطلق" (launches)
    "violence.civilians.shooting": "طلقات | بطلقات | وطلقات | طلقة | بطلقة | بطلق",
    # ratified ("صادق البرلمان على الاتفاق"), in the forms that are neither the name Sadiq
    # nor "truthful" ("الوعد الصادق")
    "political.decision": "وصادق | صادقت | وصادقت | يصادق | ويصادق | تصادق | وتصادق | المصادقة | والمصادقة"
                          " | بالمصادقة | مصادقة",
    # took captive ("أسرت الفصائل جنديين"), in the forms that are no "أسر" (families:
    # "أسر الضحايا") nor "أسرى" (prisoners)
    "violence.civilians.abduction": "أسرت | وأسرت | أسروا | وأسروا | يأسر | تأسر",
    # "تحييد 12 عنصرا": military wording for killing or capturing fighters (written
    # out: its stem is that of "محايد", neutral)
    "violence": "تحييد | وتحييد | بتحييد | لتحييد | تحيد | حيدت | وحيدت",
}

#: Words whose first letters look like clitics but belong to the word (``وزارة`` is not
#: و + زارة): they are read whole.
NOT_CLITIC = ("وزير | وزيرة | وزارة | وزراء | الوزير | وكالة | وكالات | وسط | وقت | وقتا | ولاية | ولايات | وحدة"
              " | وحدات | واشنطن | وطني | وطنية | ورقة | وضع | وفد | وفدا | وفاة | وفيات | وقف | وجود | ولي"
              " | وثيقة | ورشة | واحد | واحدة | واقع | وسائل | وسيلة | وصول | ولد | وادي | واد | وراء | وجه"
              " | وجهة | وزن | ورد | وقود | وهران | وجدة | ولاء | ودائع | وعود | وعد | فريق | فرقة | فصائل"
              " | فصيل | فرنسا | فلسطين | فوق | فترة | بيت | بين | بلد | بلاد | بلدة | بعد | برلمان | بريطانيا"
              " | لبنان | ليبيا | لجنة | لقاء | كبير | كبيرة | كلمة | كتيبة | بالغ"
              # "كلا" (both; and in names: "كفر كلا") is no كـ + "لا" (not)
              " | كلا | وكلا | فكلا")

#: Phrases that name no happening, though their words may.
NOT_EVENTS = ("قرار وقف | عملية السلام | عملية سياسية | العملية السياسية | العملية الانتخابية"
              " | عملية التصويت | مجلس الأمن | قانون الطوارئ | حالة الطوارئ | وكالة الأنباء | وسائل الإعلام"
              " | وزارة الدفاع | الدفاع المدني | أمطار الخير | الحرب على الإرهاب | ضحايا الإرهاب"
              " | تقرير مصير | رسالة ماجستير | حادث عرضي"
              # a football match's kicks and forward line
              " | ضربة جزاء | ركلة جزاء | ضربة حرة | ضربة ركنية | ضربات الترجيح | خط الهجوم"
              # "held fast to silence": no sit-in
              " | اعتصم بالصمت | اعتصموا بالصمت | يعتصم بالصمت | تعتصم بالصمت"
              # impersonal passives that bring in background, said by no one: "يُذكر أن"
              # (it is worth recalling that), "يُشار إلى أن", "يُقال إن"
              " | يذكر أن | يذكر ان | يشار إلى أن | يشار الى ان | يقال إن | يقال ان")

#: Nouns that make the event word right after them (their genitive) the name of a body
#: that deals with such happenings ("إدارة الكوارث", "هيئة مكافحة", "وزارة الدفاع"): no
#: happening is told.
INSTITUTION_HEADS = ("إدارة | هيئة | وزارة | لجنة | مديرية | دائرة | مكتب | وحدة | فرق | فريق"
                     " | جهاز | مصلحة | سلطة"
                     # forces and their arms named by what they do or are ("قوات الاحتلال",
                     # "جيش الاحتلال", "طائرات الاحتلال", "سلطات الاحتلال")
                     " | قوات | جيش | جنود | سلطات | طائرات | طيران | مقاتلات | مروحيات | آليات"
                     " | دبابات | زوارق | بوارج"
                     # media named by a word ("قناة المسيرة", "صحيفة الثورة", "إذاعة النصر")
                     " | قناة | صحيفة | جريدة | إذاعة | وكالة"
                     # a camp for those a happening drove out ("مخيمات النزوح")
                     " | مخيم | مخيمات")

#: Words naming a purpose of fighting the word after them ("قوات مكافحة الشغب", "جهاز
#: مكافحة الإرهاب", "وحدة مكافحة الشغب"): it names no happening.
COUNTER_WORDS = "مكافحة | لمكافحة | ومكافحة"

#: Words that, within three words before a trigger, deny that it happened.
NEGATIONS = "لم | لن | لا | عدم | ليس | ليست"

#: Words right before a speech word that say nothing was said: a refusal ("رفض التعليق",
#: "امتنع عن التعليق").
SPEECH_REFUSALS = "رفض | رفضت | يرفض | ترفض | امتنع | امتنعت | يمتنع | تمتنع"

#: "Without" before an outcome denies it: "دون وقوع إصابات", "دون أن تسفر عن إصابات".
PRIVATIVES = "دون | بدون | ودون | وبدون"
#: The preposition that brings an outcome in as what a verb's report is of ("لم ترد تقارير
#: فورية عن سقوط ضحايا", "لم يسفر القصف عن وقوع إصابات"): a negation before that verb
#: reaches the outcome across its subject, as English "no reports of casualties".
OUTCOME_LINKS = "عن"

#: Words after which a violent trigger is an aim, a threat, a fear or something
#: prevented ("يعتزم شن هجوم", "خططا لتنفيذ هجمات", "لمنع هجوم", "حذر من هجمات").
IRREALIS = ("خطط | خطة | يخطط | تخطط | يعتزم | تعتزم | هدد | يهدد | تهدد | تهديد | منع | لمنع | يمنع | إحباط"
            " | أحبط | احتمال | محتمل | محتملة | خشية | خوفا | تخوف | نية | ينوي | تنوي | استعداد | يستعد"
            " | تستعد | دعا | دعت | طالب | طالبت | توعد | توعدت | حذر | حذرت | لو"
            # aiming at: "الجهود الرامية إلى وقف إطلاق النار", "خطوات تهدف إلى التهدئة"
            " | الرامية | الرامي | الرامين | الهادفة | الهادف | تهدف | يهدف"
            # with the aim of it: "بهدف السيطرة على المدينة"
            " | بهدف")

#: Prepositions written glued to the noun after them ("بهجوم", "لهجمات"): a trigger
#: carrying one is a verb's object, not its subject.
GLUED_PREPOSITIONS = "ب | ل"
#: Of those cues, the verbs that bring in what they are about with a preposition ("حذر
#: من", "هدد بـ", "توعد بـ", "دعا إلى", "طالب بـ"): a bare event noun right after one is
#: its subject ("وحذرت صفارات الإنذار من الهجوم": the sirens warned), not what it is about.
IRREALIS_PREPOSITIONAL = "هدد | يهدد | تهدد | هددت | توعد | توعدت | حذر | حذرت | يحذر | تحذر | دعا | دعت | طالب | طالبت"

#: Endings of a past verb's subject (she, they): a cue verb listed in its bare past
#: ("هدد", "خطط") is found with them ("هددت", "خططوا").
VERB_ENDINGS = "ت | وا"

#: Modal words that make a violent trigger right after them a possibility.
MODALS = "ربما | سوف"
#: After a modal, a form of "to be" makes the happening one that took place (``كان``).
#: ("قد" is no modal here: before a past verb it is a perfect, "قد قتل", and the letters
#: of a word do not tell a past "تم" from an imperfect "تقتل".)
PERFECT_AUXILIARIES = "كان"
#: The letters a future verb starts with (its prefix, with a conjunction before it): the
#: morphology decides whether the word is one ("سيقصف" is, "سيطرت" is not).
FUTURE_PREFIXES = "سي | ست | سن | سا | وسي | وست | وسن | فسي | فست"

#: Words marking the future: a planned event ("سيعقد المجلس اجتماعا الأحد"), and what an
#: act paves the way for ("بدأ المجلس مناقشة البيان تمهيدا للتصويت عليه": the vote to come).
FUTURE = "سوف | سي | ست | سن | المقرر | المرتقب | المرتقبة | يعتزم | سيعقد | ستعقد | سيجتمع | سيلتقي | تمهيدا"

#: Words making an event noun another happening than the one told before ("هزة جديدة",
#: "انفجار ثان"): they stand after the noun in Arabic (an adjective may come between).
NOVELTY = "جديد | جديدة | جديدا | ثان | ثانية | ثاني | ثالث | ثالثة | آخر | أخرى | منفصل | منفصلة | مماثل | مماثلة | مماثلا"

#: Words opening a sentence that tells another happening (see ``en_events``), before a
#: comma: "in a separate context", "on another front".  Arabic also says it with a novel
#: back-reference ("وفي حادث منفصل", "وفي حادثة أخرى"), read as such.
OTHER_INCIDENT = "في سياق منفصل | في سياق اخر | على صعيد اخر | على صعيد منفصل | في تطور منفصل"

#: The outlet that signs a headline after a dash or a bar (see ``en_events``): "... | سكاي
#: نيوز عربية", "... - الجزيرة نت", "... - وكالة الأنباء".
OUTLET_WORDS = "نيوز | نت | قناة | تلفزيون | فضائية | وكالة | صحيفة | جريدة | موقع | اذاعة | راديو"
OUTLET_SIGN = r"(?:[A-Za-z0-9-]+\.(?:com|net|org|tv))"

#: Verbs after which a novelty word names the happening being told (English uses them;
#: Arabic puts the novelty word after the noun, where no such verb comes between).
COPULAS = "هو | هي | كان | كانت"

#: Pronoun-led continuations of the previous speaker ("وأضاف", "وتابعت"): a speech verb
#: with no named speaker after it continues the last statement.
PRONOUNS = "هو | هي | هم | إنه | أنه"

#: What opens a reported happening when its speaker did it ("قال الجيش إنه قصف مواقع",
#: "أعلنت الوزارة أنها نفذت غارات"): the complementizer bearing the speaker's pronoun.
#: Without one ("قال مسؤولون إن مسلحين هاجموا حاجزا") the speaker is no doer of it.
SPEAKER_SUBJECTS = "إنه | أنه | بأنه | إنها | أنها | بأنها | إنهم | أنهم | بأنهم | إنهما | أنهما"

#: Speakers named again by a bare definite noun ("وقالت الوزارة في بيانها", after
#: "وأعلن البنتاغون"): with no name of their own they are the last speaker.
SPEAKERS_BACK = ("الوزارة | البيان | المتحدث | المتحدثة | المصدر | المسؤول | الوكالة | المكتب | الهيئة"
                 " | المنظمة | الدائرة | الإدارة | القيادة")

#: Words an operation's name follows, quoted or not (``عملية "الوعد الصادق"``, ``هجوم طوفان
#: الأقصى``): the words of the name name no happening, place or actor of their own ("الوعد"
#: is no vow there, "طوفان" no flood; see :mod:`timeline.events.names`).
OPERATION_WORDS = "عملية | عمليات | حملة | معركة | مناورات | خطة | هجوم"

#: Adverbs right after a speech verb that say the last speaker goes on ("وأعلن أيضا
#: الحداد": he also announced mourning; what follows is what was said, not who said it).
CONTINUATIONS = "أيضا | أيضاً | ايضا | كذلك | بدوره | بدورها | بدورهم"

#: Words that may stand between a trigger and what it names.
DETERMINERS = "هذا | هذه | ذلك | تلك"

#: Event anaphora is written with a clitic pronoun in Arabic (``وقع``, ``حدث`` with no
#: subject): none listed.

#: Words after which a time is the page's own (when it was posted or updated).
STAMPS = "نشر في | تاريخ النشر | آخر تحديث | تحديث | نشر بتاريخ | بتاريخ"
#: Field labels that stamp the time after them only with a colon ("التاريخ: 2025/12/20").
STAMP_LABELS = "التاريخ | الوقت"

#: Lines of page furniture (see :data:`timeline.lang.en_events.FURNITURE_LABELS`): a label
#: and a colon ("المصدر: ...", "شاهد: ..."), or a caption or a credit that needs none
#: ("(صورة أرشيفية لانفجار سابق)", "تاريخ النشر 03.03.2025").
FURNITURE_LABELS = "صورة | صور | المصدر | شاهد | فيديو | تحديث | آخر تحديث | تابعونا"
FURNITURE_LINES = "تاريخ النشر | نشر في | صورة أرشيفية | صورة ارشيفية | جميع الحقوق محفوظة"

#: Words that make a country or province named after them the place where something
#: happened (``في سوريا``, ``بولاية نابل``, ``قرب``); a glued ``ب`` counts too.
LOCATIVES = ("في | ب | قرب | بالقرب | داخل | خارج | شمال | جنوب | شرق | غرب | شمالي | جنوبي | شرقي | غربي"
             " | وسط | أنحاء | مختلف | عموم | ولاية | محافظة | إقليم | منطقة | مدينة | بلدة | على")

#: Determiners that make the word after them no particular happening (``رفض أي اعتداء على
#: سيادتها``, ``لأي هجوم``).
GENERIC = "أي | أية"

#: Present verbs of going on, and the words of carrying out that may follow them: a
#: happening named after them is a habit, no particular one ("continues to carry out
#: attacks", ``تواصل تنفيذ التفجيرات``; "continued shelling on Sunday" is past and told).
HABITUAL = "تواصل | يواصل | يواصلون | تستمر | يستمر | يستمرون"
#: How often a happening recurs, told right after its noun ("قصف شبه يومي", "غارات
#: يومية"): a habit, no one happening.
FREQUENCY = "يومي | يومية | اليومي | اليومية | يوميا | ليلي | ليلية | اسبوعي | اسبوعية"
PERPETRATION = "في | تنفيذ | شن | ارتكاب"

#: Verbs that name an attack only through what they set off ("أطلق صواريخ"، "أطلقت هجوما"):
#: "أطلقت الوزارة حملة تطعيم"، "أطلقت الشرطة تحقيقا" are none.  Such a verb is a trigger only
#: with a word naming a happening or a weapon near it.
OBJECT_VERBS = "إطلاق | أطلق"
#: Prepositions that may stand inside its object ("عشرات من الصواريخ"); any other ends it
#: ("أطلقت الشرطة تحقيقا في الحادث").  The words of its passive after what was launched
#: ("صواريخ تم إطلاقها"؛ with none: "القذائف أطلقت من السفن").
OBJECT_LINKS = "من | نحو | أكثر"
OBJECT_PASSIVES = "تم | تمت | جرى | التي | الذي"
#: Objects that tell the kind of happening such a verb sets off, its subject between them in
#: the verb-first order (``أطلق مسلحون مجهولون النار على دورية``): a shooting.
OBJECT_TYPES = {"violence.civilians.shooting": "النار | نار"}
#: (``تم`` takes the verbal noun, whose object follows: "تم إطلاق حملة".)
PASSIVE_AUXILIARIES = ""

#: Verbs that name a happening only with their object, the subject between them in the
#: verb-first order (``فجر الانتحاري نفسه``, ``أدى الرئيس الجديد اليمين``): ``فجر`` is also
#: dawn, and ``اليمين`` also the right hand and the political right.
SPLIT_PHRASES = {
    "violence.remote.suicide": ("فجر | وفجر | ففجر | فجرت | وفجرت | ففجرت | فجروا | وفجروا",
                                "نفسه | نفسها | أنفسهم | أنفسهن | نفسيهما"),
    "political.appointment": ("أدى | وأدى | أدت | وأدت | أدوا | وأدوا | يؤدي | ويؤدي | تؤدي | وتؤدي",
                              "اليمين"),
    # a state cutting or pulling back its forces ("قلصت فرنسا وجودها العسكري", "سحبت روسيا
    # قواتها"), as "خفض عدد القوات" with the subject between; "خفض" alone is any cut
    "strategic.deployment": ("خفض | وخفض | خفضت | وخفضت | قلص | وقلص | قلصت | وقلصت | سحب | وسحب | سحبت"
                             " | وسحبت | يخفض | تخفض | سيخفض | ستخفض | يقلص | تقلص | سيقلص | ستقلص"
                             " | يسحب | تسحب | سيسحب | ستسحب",
                             "وجودها | وجوده | قواتها | قواته | جنودها | جنوده"),
    # force used on a crowd ("قمعت قوات الأمن المتظاهرين"); "قمع" alone is any repression
    "protest.intervention": ("قمع | وقمع | قمعت | وقمعت | قمعوا | وقمعوا | تقمع | يقمع",
                             "المتظاهرين | المحتجين | المعتصمين | التظاهرة | المظاهرة | الاحتجاجات | التظاهرات"
                             " | المظاهرات | المتظاهرات"),
}

#: Words that make a statement a claim of what its speaker did (``أعلن التنظيم مسؤوليته عن
#: الهجوم``, ``تبنى التفجير``): the speaker is the happening's actor 1.
RESPONSIBILITY = "مسؤولية | مسؤوليته | مسؤوليتها | مسؤوليتهم | المسؤولية"

#: Nouns of places a country's adjective follows (``العاصمة السورية``, ``الحدود العراقية``,
#: ``الأراضي السورية``): the country is then where, not who.
PLACE_NOUNS = ("العاصمة | المدينة | البلدة | القرية | المحافظة | المحافظات | المدن | الحدود | الأراضي"
               " | الاراضي | المنطقة | المناطق | البادية | الصحراء | السواحل | الساحل | الجانب")

#: Prepositions: a speaker is a noun phrase, and one of these ends it ("وقال في بيان":
#: the statement has no speaker of its own after it).
#: Verbs whose object is the happening itself ("شارك المئات يوم الأحد في وقفة احتجاجية",
#: "thousands took part on Sunday in a march"): a time between them and a preposition
#: dates what follows, unlike "sentenced Thursday for the shooting".
#: Words naming who did a happening (``المهاجمون``, ``المسلحين``): a trigger of it beside the
#: words naming the happening, but no event told by them alone.
#: Outcomes a person undergoes on their own, later than what caused them (see ``en_events``):
#: "توفي متأثرا بجروحه", "لقي حتفه".
UNDERGONE_OUTCOMES = "توفي | توفيت | توفوا | يتوفى | لقي | لقيت | لقوا"
DOER_NOUNS = ("مهاجم | المهاجم | المهاجمين | المهاجمون | مهاجمين | مهاجمون | مسلح | المسلح | مسلحين"
              " | مسلحون | المسلحين | المسلحون | انتحاري | الانتحاري | قناص | القناص | قناصة")

#: How a protest tells its aim: a speech word right after it with a glued "ل" (``للمطالبة
#: بأجورهم``, ``وللتنديد بالوزير``) or in the accusative of purpose (``مظاهرات تنديدا بالحرب``)
#: is the protest's demand, not a statement of its own.
AIM_WORDS = ""
AIM_PREFIXES = "ل | لل | ول | ولل"
AIM_ENDINGS = "ا"

PARTICIPATION = ("شارك | شاركوا | شاركت | شاركن | يشارك | يشاركون | تشارك | انضم | انضموا | انضمت"
                 " | خرج | خرجوا | خرجت | يخرج | يخرجون")

PREPOSITIONS = ("في | على | عن | من | إلى | الى | مع | خلال | عبر | بعد | قبل | حسب | وفق | وفقا | لدى | عند | ضد | منذ"
                " | بشأن | تجاه | إزاء | ضمن | رغم | أثناء | حول | وسط")

#: Words making a span of hours or days end at the report ("خلال الـ24 ساعة الماضية",
#: "في الأيام الثلاثة الأخيرة"): what happened in it happened on those days.
RECENT = "الماضية | الماضي | الأخيرة | الأخير | المنصرمة | المنصرم | المنقضية | المنقضي | الفائتة | الفائت"

#: Words making a date the start of a span that runs to the report ("منذ يوم الجمعة"): what
#: is told with it happened from that day on, not on that day.
SINCE = "منذ"

#: Words of a comparison a ``منذ`` date frames (``الهجوم الأعنف منذ 2017``, ``للمرة الأولى
#: منذ حزيران``): the date is what the happening is measured against, not its time nor
#: the start of a span it fills.  Elatives and ordinals; the bare ``أكثر`` and ``أقل``
#: are not (``أكثر من 60 ألفا منذ`` is a tally over the span).
SINCE_COMPARISONS = ("الأول | الأولى | أول | الثاني | الثانية | الثالث | الثالثة | الرابع | الرابعة | الخامس"
                     " | الخامسة | للمرة | الأعنف | أعنف | الأكبر | أكبر | الأسوأ | أسوأ | الأشد | أشد"
                     " | الأعلى | أعلى | الأدنى | أدنى | الأخطر | أخطر | الأوسع | أوسع | الأطول | أطول"
                     " | الأدمى | أدمى | الأضخم | أضخم | الأقوى | أقوى | الأكثر | الأقل | الأبرز | أبرز"
                     " | الأحدث | الأفدح | أفدح | الأثقل | الأكثف | أكثف | الوحيد | الوحيدة")

#: Words after a compared date that tell what happened then ("the deadliest crash since June
#: 2024, when a train hit …", ``الأسوأ منذ حزيران 2024، عندما اصطدم …``): the date dates
#: the clause they open, not the happening measured against it.
WHEN_WORDS = "عندما | حين | حينما"

#: Relative pronouns that open a clause about another happening.
RELATIVES = "الذي | التي | الذين | اللذين | اللتين | اللواتي"
#: Relative pronouns after an armed group's or organisation's name that describe it: what
#: they bring in is what it did before, background ("ISIS, which seized Mosul in 2014",
#: "تنظيم داعش الذي سيطر على الموصل عام 2014"); ("that", "when", "where" open other clauses too).
ACTOR_RELATIVES = "الذي | التي | الذين | اللذين | اللتين | اللواتي"

#: Demonstratives that make a noun a back-reference ("هذه العملية").
DEFINITE = "هذا | هذه | ذلك | تلك"

#: Verbs of impact that take the kind of happening their clause names: "ضرب زلزال
#: المنطقة" is the quake striking, "ضربت عاصفة الساحل" the storm (with no such word in the
#: clause they keep their own type: "ضربت الطائرات مواقع التنظيم").
LIGHT = "ضرب | ضربت | يضرب | تضرب | هز | هزت | يهز | تهز | اجتاح | اجتاحت | يجتاح | تجتاح"

#: A release of people held: one of these verbs with one of the held a few words after it
#: ("أفرجت حماس عن أربع رهائن"), or "سراح" after a verb ("أطلقت السلطات سراح عشرة
#: معتقلين"); the held are then persons, not an abduction.
RELEASE_VERBS = ("أفرج | أفرجت | يفرج | تفرج | أفرجوا | الإفراج | إفراج | سراح"
                 # "تبادل الطرفان 300 أسير": an exchange frees both sides' held
                 " | تبادل | تبادلت | تبادلا | تبادلتا | يتبادل | يتبادلان | أفرجتا | أفرجا")
RELEASE_OBJECTS = ("رهائن | رهينة | أسرى | أسيرا | أسيرة | معتقلين | معتقلا | معتقلات | محتجزين | محتجزا"
                   " | سجناء | سجينا | مختطفين | مخطوفين | المختطف | المخطوف | عن")
RELEASE_TAILS = "سراح"

#: Words joining two happenings ("هجمات وتفجيرات"، "الهجمات والاختطاف"): two kinds, never a
#: general word made specific by the next; Arabic glues "و" to the second word.
COORDINATORS = "و | أو | او | ثم"

#: The instruments of an attack, by the happening their use names ("استخدام الأسلحة
#: الكيميائية", "استخدم مسدسا"): the use is the attack (see ``USE_VERBS``).
WEAPONS: dict[str, str] = {
    "violence.civilians.shooting": "مسدس | مسدسا | بندقية | سلاح ناري | سلاحا ناريا | أسلحة نارية",
    "violence.remote.chemical": "الأسلحة الكيميائية | أسلحة كيميائية | السلاح الكيميائي | سلاحا كيميائيا"
                                " | غاز السارين | غاز الأعصاب | غاز الكلور",
    "violence.civilians.stabbing": "سكين | سكينا",
    "violence": "أسلحة | الأسلحة | سلاح | السلاح | المتفجرات",
}
USE_VERBS = "استخدم | استخدمت | استخدموا | استخدام | باستخدام | استعمل | استعملت | استعمال | باستعمال"
USE_LINKS = ""
#: Arabic puts the verb before its subject: no projectile pattern here (the hit is told
#: by its own verb, "أصابت رصاصة").
PROJECTILES = ""
PROJECTILE_VERBS = ""
PROJECTILE_PARTICLES = ""
PAST_ENDING = ""

#: Prepositions written glued to the next word, which the crime a charge is of follows
#: (``بتهمة``, ``بقتل``).
BOUND_PREPOSITIONS = "ب | ل"

#: Words of two senses: the other sense's type ("-": no happening) and the words near them
#: that tell it (as in English): a battle in the courts, at the polls, with an illness or
#: against corruption is a figure of speech.
#: Verbs whose object tells their other sense (see the English data): an attack on a
#: decision or a plan is one in words.
_PROPOSALS = ("القرار | قرار | الخطة | خطة | المشروع | مشروع | السياسة | سياسة | التصريحات | تصريحات"
              " | الاتفاق | الموازنة | الميزانية | القانون | مبادرة | المبادرة")
OBJECT_SENSES: dict[str, tuple[str, str]] = {
    "هاجم": ("-", _PROPOSALS),
}

SENSES: dict[str, tuple[str, str]] = {
    "معركة": ("-", "قانونية | قضائية | انتخابية | المرض | السرطان | الفساد | الفقر"),
    # a fire brought under control ("السيطرة على الحريق", "أخمد رجال الإطفاء النيران"), not
    # territory taken
    "سيطرة": ("-", "حريق | الحريق | حرائق | الحرائق | النيران | نيران | ألسنة | اللهب | الإطفاء"),
    "سيطر": ("-", "حريق | الحريق | حرائق | الحرائق | النيران | نيران | ألسنة | اللهب | الإطفاء"),
    # an attack in words ("هجوما لاذعا على المعارضة"), told by the adjectives only words take
    "هجوم": ("-", "لاذع | لاذعا"),
    # the slaughter of animals (a feast's sacrifice), not of people
    "ذبح": ("-", "الأضاحي | أضاحي | الأضحية | أضحية | خروف | الخراف | ماشية | المواشي | أغنام | الأغنام | عجول | الدواجن"),
    # a student ("طالب جامعي", "طالب في كلية الطب"), not "demanded"
    "طالب": ("-", "جامعي | جامعية | الجامعة | جامعة | مدرسة | المدرسة | الثانوية | ثانوي | كلية | الكلية | الطب"
                  " | الهندسة | دكتوراه | ماجستير | الصف | صف | مدرسي | طلاب | الطلاب"),
    # a hospital or a country receiving the wounded, the dead or refugees: no meeting
    "استقبل": ("-", "المستشفى | مستشفى | المستشفيات | الجرحى | جرحى | المصابين | مصابين | الجثث | جثث | جثامين"
                    " | اللاجئين | لاجئين | النازحين | نازحين | المهاجرين | مهاجرين | الأسرى | المفرج | شحنة | شحنات"),
    "استقبال": ("-", "الجرحى | جرحى | المصابين | مصابين | الجثث | جثث | اللاجئين | لاجئين | النازحين | نازحين"
                     " | المهاجرين | مهاجرين | الأسرى | المفرج | شحنة | شحنات | المساعدات | مساعدات"),
    # a march (``خرج الآلاف في مسيرة``), not a drone: told with those who march and what
    # marchers do
    "مسيرة": ("protest", "المتظاهرون | المتظاهرين | متظاهرون | متظاهرين | المحتجون | المحتجين | محتجون | محتجين"
                        " | خرج | خرجوا | خرجت | شارك | شاركوا | شاركت | المشاركون | المشاركين | شعارات | هتافات"
                        " | لافتات | رفعوا | رددوا | تنديدا | للمطالبة | تضامنا"),
    # a round of talks, not a tour
    "جولة": ("political.meeting", "مفاوضات | المفاوضات | محادثات | المحادثات | مباحثات | المباحثات | الحوار"
                                  " | التفاوض"),
}

#: Verbs of the lists above whose last radical is weak: the light stemmer cannot tie their
#: other persons and their imperfect to them (``دعت``, ``يدعو``, ``التقت``, ``يلتقي``), so
#: those forms are added as exact entries of the verb's type (see
#: :func:`~timeline.lang.ar_morphology.defective_forms`).
DEFECTIVE_VERBS = "دعا | نفى | ادعى | ألغى | تنحى | استولى | التقى"
#: Verbs whose middle radical is weak, by their imperfect forms (which the pattern of the
#: past does not tell: زار -> يزور, but سار -> يسير).
HOLLOW_FORMS = {"political.visit": "يزور | تزور | يزوران | تزوران | يزورون",
                "statement.say": "يقولون | تقولان | يقولان"}


def _with_weak_verbs(exact: dict[str, str]) -> dict[str, str]:
    """``exact`` with the forms of :data:`DEFECTIVE_VERBS` and :data:`HOLLOW_FORMS`, each
    under the type its verb has in :data:`TRIGGERS` (a form already placed keeps its
    place)."""
    placed = {w for words in exact.values() for w in words.split(" | ")}
    extra: dict[str, list[str]] = {}

    def add(type_id: str, forms) -> None:
        for f in forms:
            if f not in placed:  # (a form two verbs share, "يدعون": the first verb's)
                placed.add(f)
                extra.setdefault(type_id, []).append(f)

    for verb in DEFECTIVE_VERBS.split(" | "):
        add(next(t for t, words in TRIGGERS.items() if verb in words.split(" | ")), defective_forms(verb))
    for type_id, words in HOLLOW_FORMS.items():
        add(type_id, words.split(" | "))
    out = dict(exact)
    for type_id, forms in extra.items():
        out[type_id] = " | ".join(([out[type_id]] if type_id in out else []) + forms)
    return out


EXACT = _with_weak_verbs(EXACT)

#: The words of an aftershock, and those of the main quake it follows: told in one article,
#: they are two happenings (a bare tremor may be either; so may a plural, quakes in general:
#: a seismology institute's "earthquakes").
AFTERSHOCK_WORDS = "ارتدادية | الارتدادية | ارتدادي | الارتدادي | ارتدادات | الارتدادات"
MAINSHOCK_WORDS = "زلزال | الزلزال"

DATA = {
    "triggers": TRIGGERS, "light": LIGHT, "continuations": CONTINUATIONS, "speakers_back": SPEAKERS_BACK, "operation_words": OPERATION_WORDS, "exact": EXACT, "not_events": NOT_EVENTS, "negations": NEGATIONS, "outcome_links": OUTCOME_LINKS, "speech_refusals": SPEECH_REFUSALS,
    "irrealis": IRREALIS, "glued_prepositions": GLUED_PREPOSITIONS, "verb_endings": VERB_ENDINGS, "irrealis_prepositional": IRREALIS_PREPOSITIONAL, "modals": MODALS, "perfect_auxiliaries": PERFECT_AUXILIARIES,
    "future_prefixes": FUTURE_PREFIXES, "future": FUTURE, "novelty": NOVELTY, "other_incident": OTHER_INCIDENT, "outlet_words": OUTLET_WORDS, "outlet_sign": OUTLET_SIGN, "pronouns": PRONOUNS, "speaker_subjects": SPEAKER_SUBJECTS,
    "determiners": DETERMINERS, "relatives": RELATIVES, "actor_relatives": ACTOR_RELATIVES, "definite": DEFINITE, "copulas": COPULAS,
    "anaphora_pronouns": "", "doer_nouns": DOER_NOUNS, "undergone_outcomes": UNDERGONE_OUTCOMES, "anaphora_predicates": "", "stamps": STAMPS, "stamp_labels": STAMP_LABELS,
    "furniture_labels": FURNITURE_LABELS, "furniture_lines": FURNITURE_LINES,
    "locatives": LOCATIVES, "place_nouns": PLACE_NOUNS, "responsibility": RESPONSIBILITY, "generic": GENERIC, "habitual": HABITUAL, "frequency": FREQUENCY, "perpetration": PERPETRATION, "object_verbs": OBJECT_VERBS, "object_links": OBJECT_LINKS, "object_passives": OBJECT_PASSIVES, "object_types": OBJECT_TYPES, "split_phrases": SPLIT_PHRASES, "passive_auxiliaries": PASSIVE_AUXILIARIES, "prepositions": PREPOSITIONS, "bound_prepositions": BOUND_PREPOSITIONS, "weapons": WEAPONS, "weapon_modifiers": "", "use_verbs": USE_VERBS, "use_links": USE_LINKS, "projectiles": PROJECTILES, "projectile_verbs": PROJECTILE_VERBS, "projectile_particles": PROJECTILE_PARTICLES, "possessives": "", "past_ending": PAST_ENDING, "participation": PARTICIPATION, "senses": SENSES, "aftershock_words": AFTERSHOCK_WORDS, "mainshock_words": MAINSHOCK_WORDS, "object_senses": OBJECT_SENSES, "aim_words": AIM_WORDS, "aim_prefixes": AIM_PREFIXES, "aim_endings": AIM_ENDINGS, "privatives": PRIVATIVES, "coordinators": COORDINATORS, "release_verbs": RELEASE_VERBS, "release_objects": RELEASE_OBJECTS, "release_tails": RELEASE_TAILS, "institution_heads": INSTITUTION_HEADS, "counter_words": COUNTER_WORDS, "recent": RECENT, "since": SINCE, "since_comparisons": SINCE_COMPARISONS, "when_words": WHEN_WORDS, "not_clitic": NOT_CLITIC,
}
