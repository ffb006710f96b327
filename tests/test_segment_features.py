"""Sentence/clause segmentation and similarity features, in Arabic and English."""

from __future__ import annotations

from timeline.features import ar_stem, en_stem, features, skeleton
from timeline.segment import split_clauses, split_sentences
from timeline.text import normalize


def clauses(text: str, lang: str) -> list[tuple[str, str]]:
    n = normalize(text)
    return [(n.original[slice(*n.span(c.start, c.end))], c.role)
            for s in split_sentences(n.text, lang) for c in split_clauses(n.text, s, lang)]


def test_arabic_sentences_end_at_stops_question_marks_and_lines() -> None:
    n = normalize("قتل جنديان. هل انتهت الحرب؟ لا\nالعنوان الثاني")
    got = [n.text[a:b] for a, b in split_sentences(n.text, "ar")]
    assert got == ["قتل جنديان.", "هل انتهت الحرب؟", "لا", "العنوان الثاني"]


def test_english_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = "U.S. forces hit 3.5 targets. Gen. J. Smith said so at 8 p.m. Sunday. It ended."
    n = normalize(text)
    got = [text[slice(*n.span(a, b))] for a, b in split_sentences(n.text, "en")]
    assert got == ["U.S. forces hit 3.5 targets.", "Gen. J. Smith said so at 8 p.m. Sunday.", "It ended."]


def test_arabic_run_on_sentence_splits_at_conjoined_clauses_and_connectives() -> None:
    got = clauses("استهدفت الغارات مواقع التنظيم، وقتل ثلاثة عناصر فيما أصيب آخرون؛ ثم انسحبت القوات", "ar")
    assert [t for t, _ in got] == ["استهدفت الغارات مواقع التنظيم", "وقتل ثلاثة عناصر",
                                   "فيما أصيب آخرون", "ثم انسحبت القوات"]


def test_a_comma_before_a_noun_starting_with_waw_does_not_split() -> None:
    got = clauses("التقى الرئيس، وزير الخارجية في دمشق", "ar")
    assert [t for t, _ in got] == ["التقى الرئيس، وزير الخارجية في دمشق"]


def test_reporting_verbs_are_separated_from_what_they_report() -> None:
    assert clauses("قال مسؤول أمريكي إن الطائرات قصفت عشرات المواقع", "ar") == [
        ("قال مسؤول أمريكي", "report"), ("الطائرات قصفت عشرات المواقع", "content")]
    assert clauses("وأعلن البنتاغون أن الجيش قتل القائد", "ar") == [
        ("وأعلن البنتاغون", "statement"), ("الجيش قتل القائد", "content")]
    assert clauses("A powerful earthquake struck Morocco late on Friday, the Interior Ministry said.", "en") == [
        ("A powerful earthquake struck Morocco late on Friday", "content"),
        ("the Interior Ministry said", "report")]
    assert clauses("The Defense Department said it conducted the attack", "en") == [
        ("The Defense Department said", "report"), ("it conducted the attack", "content")]


def test_a_source_after_the_happening_stays_a_tail_however_the_sentence_goes_on() -> None:
    assert clauses("The commander perished in a rocket attack, the Defense Department confirmed "
                   "in a statement, referring to him as a terrorist.", "en") == [
        ("The commander perished in a rocket attack", "content"),
        ("the Defense Department confirmed in a statement, referring to him as a terrorist", "report")]
    # a time before the comma is not a report of its own
    assert clauses("On Friday, the ministry said 20 people, including children, were killed.", "en") == [
        ("On Friday, the ministry said", "report"), ("20 people, including children, were killed", "content")]


def test_an_earlier_happening_brought_in_by_a_subordinator_is_its_own_clause() -> None:
    got = clauses("شنت القوات عملية أمنية في ريف حمص ردا على الهجوم الذي استهدف الدورية", "ar")
    assert [t for t, _ in got] == ["شنت القوات عملية أمنية في ريف حمص", "ردا على الهجوم الذي استهدف الدورية"]
    n = normalize("Iran fired drones in retaliation for an airstrike on its consulate")
    cl = [c for s in split_sentences(n.text, "en") for c in split_clauses(n.text, s, "en")]
    assert [c.prior for c in cl] == [False, True]


def test_light_stems_fold_clitics_and_inflections() -> None:
    norm = lambda w: normalize(w).text  # noqa: E731
    assert ar_stem(norm("والضربات")) == ar_stem(norm("ضربة")) == "ضرب"
    assert ar_stem(norm("بالصواريخ")) == "صواريخ"
    assert en_stem("strikes") == en_stem("strike") == "strike"
    assert en_stem("killed") == "kill"


def test_name_skeletons_meet_across_scripts() -> None:
    for latin, arabic in [("Soleimani", "سليماني"), ("Baghdad", "بغداد"), ("Shayrat", "الشعيرات"),
                          ("Tomahawk", "توماهوك"), ("Hegseth", "هيغسيث"), ("Kabul", "كابول")]:
        assert skeleton(latin, "en") == skeleton(normalize(arabic).text, "ar"), latin


def test_features_share_concepts_names_and_numbers_across_languages() -> None:
    ar = features([normalize(w).text for w in "أطلقت المدمرات 59 صاروخا على مطار الشعيرات".split()], [], "ar",
                  ("missile",))
    en = features("warships launched 59 Tomahawk missiles at Shayrat airfield".split(), ["Shayrat"], "en",
                  ("missile",))
    shared = set(ar) & set(en)
    assert {"n:59", "k:missile", "c:missile", "s:srt"} <= shared


def test_time_words_and_stopwords_are_not_features() -> None:
    f = features(["في", "the", "قتل"], [], "ar", ())
    assert "w:في" not in f and "w:قتل" in f


def _mentions(text: str, published: str = "2024-05-02") -> dict[str, tuple[str, ...]]:
    import timeline
    chron = timeline.build_chronology([timeline.Article(id="x", text=text, published=published)])
    return {m.text: (m.time.value if m.time else None,) + m.triggers
            for e in chron.events + chron.undated for m in e.mentions}


def test_a_quantity_of_which_something_happened_is_a_report_of_its_own() -> None:
    got = _mentions("Rebels fired 40 rockets at the town overnight, 90% of which were shot down, "
                    "the army said.")
    assert got["90% of which were shot down"] == (None, "shot down")
    # the firing keeps its own event words: the interception belongs to the nested report
    assert got["Rebels fired 40 rockets at the town overnight, 90% of which were shot down"] == \
        ("2024-05-01TNI", "fired", "rockets")


def test_an_arabic_relative_clause_runs_past_the_comma_after_its_date() -> None:
    got = _mentions("وحذرت الأرصاد الجوية الأربعاء من أمطار غزيرة على ولاية صفاقس التي شهدت "
                    "في 12 أكتوبر 2020، سيولا جارفة أودت بحياة شخصين.")
    assert got["ولاية صفاقس التي شهدت في 12 أكتوبر 2020، سيولا جارفة أودت بحياة شخصين"] == \
        ("2020-10-12", "سيولا")


def test_a_time_inside_a_nested_report_dates_that_report_not_the_clause_around_it() -> None:
    got = _mentions("ارتفعت حصيلة ضحايا الفيضان الذي ضرب مدينة درنة مساء أمس الأحد إلى 300 قتيل.",
                    published="2023-09-11")
    assert got["الفيضان الذي ضرب مدينة درنة مساء أمس الأحد إلى 300 قتيل"][0] == "2023-09-10TEV"
    # the toll rose later: the evening of the flood is only a lower bound of its time
    assert got["ارتفعت حصيلة ضحايا الفيضان الذي ضرب مدينة درنة مساء أمس الأحد إلى 300 قتيل"] == \
        ("2023-09-10TEV", "ارتفعت حصيله", "حصيله", "ضحايا")
    import timeline
    chron = timeline.build_chronology([timeline.Article(
        id="x", published="2023-09-11",
        text="ارتفعت حصيلة ضحايا الفيضان الذي ضرب مدينة درنة مساء أمس الأحد إلى 300 قتيل.")])
    basis = {m.text[:6]: m.time_basis for e in chron.events for m in e.mentions}
    assert basis == {"ارتفعت": "after", "الفيضا": "explicit"}
    # and the rising toll is not the flood: two events
    assert len(chron.events) == 2


def test_an_event_noun_with_a_relative_clause_is_a_report_even_without_an_event_verb() -> None:
    got = _mentions("أعلن الجيش مقتل 6 من جنوده وسقوط عدد من الجرحى جراء الضربة التي وجهتها "
                    "الطائرات الإسرائيلية لقاعدة عسكرية قرب حماة.")
    assert got["الضربة التي وجهتها الطائرات الإسرائيلية لقاعدة عسكرية قرب حماة"] == \
        (None, "الضربه", "الطائرات")
    # "سقوط عدد من الجرحى" is a casualty, not the fall of a regime: no "control" word
    assert got["أعلن الجيش مقتل 6 من جنوده وسقوط عدد من الجرحى جراء الضربة التي وجهتها "
               "الطائرات الإسرائيلية لقاعدة عسكرية قرب حماة"] == (None, "اعلن", "مقتل", "الجرحي")
    got = _mentions("Two soldiers were killed in the strike, which the army carried out at dawn "
                    "on Thursday.")
    assert got["strike, which the army carried out at dawn on Thursday"] == \
        ("2024-05-02TMO", "strike", "carried out")


def test_the_fall_of_a_regime_is_still_a_change_of_control() -> None:
    got = _mentions("احتفل السوريون بذكرى سقوط النظام في دمشق.")
    assert got["احتفل السوريون بذكرى سقوط النظام في دمشق"] == (None, "سقوط النظام")


def test_a_time_after_according_to_dates_the_source_not_the_happening() -> None:
    import timeline
    text = ("هطلت أمطار غزيرة على مدينة بنزرت وفق بيانات نشرها المعهد الوطني للرصد الجوي "
            "صباح اليوم الخميس.")
    chron = timeline.build_chronology([timeline.Article(id="x", text=text, published="2024-05-02")])
    (m,) = [m for e in chron.events for m in e.mentions]
    # the rain fell before the figures were published: reported by them, not at their time
    assert (m.time.value, m.time_basis) == ("2024-05-02TMO", "reported")
    got = _mentions("Heavy rain flooded the valley, according to figures released by the weather "
                    "service on Thursday.")
    assert got["Heavy rain flooded the valley"] == ("2024-05-02", "rain", "flooded")
    got = _mentions("Heavy rain flooded the valley on Monday according to figures released by "
                    "the weather service on Thursday.")
    assert got["Heavy rain flooded the valley on Monday"] == ("2024-04-29", "rain", "flooded")
