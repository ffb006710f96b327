"""Sentence and clause segmentation, in Arabic and English."""

from __future__ import annotations

from timeline.events.clauses import split_clauses, split_sentences
from timeline.text import normalize


def clauses(text: str, lang: str) -> list[tuple[str, str]]:
    n = normalize(text)
    return [(n.original[slice(*n.span(c.start, c.end))], c.role)
            for s in split_sentences(n.text, lang) for c in split_clauses(n.text, s, lang)]


def priors(text: str, lang: str) -> list[tuple[str, bool]]:
    """Each clause as written, and whether it brings in an earlier happening."""
    n = normalize(text)
    return [(n.original[slice(*n.span(c.start, c.end))], c.prior)
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


def test_an_initialism_ends_a_sentence_only_before_a_capital() -> None:
    # letters each with its stop ("D.C.", "N.Y.") go on into a lower-case word; the case is
    # read from the original text, which normalising folds
    text = "N.Y. troopers said a car was hit. She moved to L.A. Then she left. In D.C. on Monday it rained."
    n = normalize(text)
    got = [text[slice(*n.span(a, b))] for a, b in split_sentences(n.text, "en", norm=n)]
    assert got == ["N.Y. troopers said a car was hit.", "She moved to L.A.", "Then she left.",
                   "In D.C. on Monday it rained."]


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
    assert clauses("The Defence Ministry said it carried out the raid", "en") == [
        ("The Defence Ministry said", "report"), ("it carried out the raid", "content")]


def test_a_source_after_the_happening_stays_a_tail_however_the_sentence_goes_on() -> None:
    assert clauses("The militia leader died in a drone strike, the Interior Ministry confirmed "
                   "in a statement, describing him as a fugitive.", "en") == [
        ("The militia leader died in a drone strike", "content"),
        ("the Interior Ministry confirmed in a statement, describing him as a fugitive", "statement")]
    # a time before the comma is not a report of its own
    assert clauses("On Friday, the ministry said 20 people, including children, were killed.", "en") == [
        ("On Friday, the ministry said", "report"), ("20 people, including children, were killed", "content")]


def test_an_earlier_happening_brought_in_by_a_subordinator_is_its_own_clause() -> None:
    got = clauses("شنت القوات عملية أمنية في ريف حمص ردا على الهجوم الذي استهدف الدورية", "ar")
    assert [t for t, _ in got] == ["شنت القوات عملية أمنية في ريف حمص", "ردا على الهجوم الذي استهدف الدورية"]
    n = normalize("Iran fired drones in retaliation for an airstrike on its consulate")
    cl = [c for s in split_sentences(n.text, "en") for c in split_clauses(n.text, s, "en")]
    assert [c.prior for c in cl] == [False, True]


def test_an_arabic_clause_in_the_pluperfect_tells_an_earlier_happening() -> None:
    text = ("قصفت الطائرات سوق المدينة صباح اليوم. وكانت القوات قد قصفت السوق نفسه في الشتاء الماضي. "
            "وكان الوزير في زيارة للمدينة وقد غادرها مساء.")
    n = normalize(text)
    cl = [c for s in split_sentences(n.text, "ar") for c in split_clauses(n.text, s, "ar")]
    # "كانت … قد قصفت" (had shelled): background; "كان الوزير في زيارة … وقد غادرها" (was
    # on a visit … and left it) is no pluperfect
    assert [c.prior for c in cl] == [False, True, False]


def test_a_subordinator_qualified_after_its_first_word_still_brings_in_an_earlier_happening() -> None:
    assert priors("قصفت الطائرات مواقع المسلحين ردا سريعا على الهجوم الذي استهدف الحاجز", "ar") == [
        ("قصفت الطائرات مواقع المسلحين", False), ("ردا سريعا على الهجوم الذي استهدف الحاجز", True)]
    assert priors("The navy shelled the port in direct response to a raid on its base", "en") == [
        ("The navy shelled the port", False), ("in direct response to a raid on its base", True)]
    # a word that is no qualifier leaves the phrase unmatched
    assert len(clauses("قصفت الطائرات مواقع المسلحين ردا الجيش على الهجوم", "ar")) == 1


def test_revenge_told_as_a_noun_brings_in_what_it_avenges() -> None:
    assert priors("وتأتي الغارات تنفيذا لتعهد الوزير بالانتقام لمقتل ثلاثة جنود في كمين", "ar") == [
        ("وتأتي الغارات تنفيذا لتعهد الوزير", False), ("بالانتقام لمقتل ثلاثة جنود في كمين", True)]
    assert [p for _, p in priors("Gunmen stormed the village to avenge the killing of a clan elder", "en")] == \
        [False, True]


def test_what_a_response_answers_is_an_earlier_happening_even_with_the_responder_between() -> None:
    assert priors("وهذه الغارات هي رد وزير الدفاع الإسرائيلي على هجوم صاروخي استهدف المطار", "ar") == [
        ("وهذه الغارات هي رد وزير الدفاع الإسرائيلي", False), ("على هجوم صاروخي استهدف المطار", True)]
    assert [p for _, p in priors("ردت القوات على الكمين بقصف القرية", "ar")] == [False, True]
    assert priors("The militia retaliated on Sunday for the drone strike on its depot", "en") == [
        ("The militia retaliated on Sunday", False), ("for the drone strike on its depot", True)]
    # police respond to the very shooting a story tells: no earlier happening
    assert [p for _, p in priors("Officers responded to a shooting on Main Street", "en")] == [False]
    # too far from its head, or past a comma, the object word is only a preposition
    assert [p for _, p in priors("ردت الوزارة في بيان طويل نشرته مساء أمس على موقعها", "ar")] == [False]


def test_a_phrase_joined_to_an_earlier_happening_goes_on_telling_it() -> None:
    # "، و" after a clause "بعد" opened: the deaths are the earlier raid's
    assert priors("وجاء القصف بعد يومين من غارة استهدفت شاحنة قرب المعبر، وأسفرت عن مقتل سائقها", "ar") == [
        ("وجاء القصف", False), ("بعد يومين من غارة استهدفت شاحنة قرب المعبر", True),
        ("وأسفرت عن مقتل سائقها", True)]
    # after a pluperfect clause, "و" may bring in a new subject
    assert [p for _, p in priors("وكانت البلدة قد شهدت هجوما قتل فيه ثلاثة، وحمّلت الحكومة المتمردين المسؤولية",
                                 "ar")] == [True, False]


def test_a_source_cited_after_what_it_reports_is_a_report_clause() -> None:
    assert clauses("Two people were wounded in the blast on Friday, according to the civil defence.", "en") == [
        ("Two people were wounded in the blast on Friday", "content"), ("according to the civil defence", "report")]
    assert clauses("أصيب شخصان في الانفجار يوم الجمعة، بحسب الدفاع المدني.", "ar") == [
        ("أصيب شخصان في الانفجار يوم الجمعة", "content"), ("بحسب الدفاع المدني", "report")]


def test_a_span_of_any_unit_after_brings_in_an_earlier_happening() -> None:
    # "days after" and "a day after" did; "hours after", "months after" and "shortly
    # after" are the same phrase with another span
    assert priors("The strike came hours after the militia fired rockets at the border town", "en") == [
        ("The strike came", False), ("hours after the militia fired rockets at the border town", True)]
    for span in ("minutes after", "months after", "shortly after", "a year after"):
        assert [p for _, p in priors(f"Troops entered the village {span} the ambush on the convoy", "en")] == \
            [False, True], span
    # a span before "after" that is no span of time opens nothing
    assert [p for _, p in priors("The minister resigned after the vote", "en")] == [False, True]
    assert len(clauses("He was seen hours later by a neighbour", "en")) == 1


def test_a_place_told_in_the_clause_of_an_earlier_happening_is_not_the_news_s() -> None:
    import timeline
    from timeline.events.extract import read_article

    text = ("A drone strike on a car near the town of Nabatieh killed two men on Thursday, officials said. "
            "The strike came hours after Hezbollah fired rockets at the town of Kiryat Shmona, wounding three.")
    evs = [e for e in read_article(timeline.Article(id="n", text=text, published="2025-06-12", lang="en"))
           if e.kind == "happening"]
    assert [(e.location, e.fatalities, e.injured) for e in evs] == [("Nabatieh", 2, None), ("Kiryat Shmona", None, 3)]


def test_a_subordinate_phrase_opening_a_sentence_ends_at_its_comma() -> None:
    # what the fronted phrase brings in came before; the rest is the sentence's own clause
    assert priors("In response to the raid, the militia shelled two villages on Sunday.", "en") == [
        ("In response to the raid", True), ("the militia shelled two villages on Sunday", False)]
    assert priors("وردا على الاقتحام، قصفت الفصائل بلدتين يوم الأحد.", "ar") == [
        ("وردا على الاقتحام", True), ("قصفت الفصائل بلدتين يوم الأحد", False)]
    assert priors("عقب التفجير الذي هز السوق، أغلقت الشرطة الطرق.", "ar") == [
        ("عقب التفجير الذي هز السوق", True), ("أغلقت الشرطة الطرق", False)]
    # an -ing form after "after" goes on with the same doer's acts: nothing is brought in
    assert priors("After robbing the store, the man fled on foot.", "en") == [
        ("After robbing the store, the man fled on foot", False)]


def test_a_conjunction_opening_with_its_own_date_starts_the_next_clause() -> None:
    n = normalize("Shells hit the depot on Monday, and on Tuesday a clinic was struck.")
    s = split_sentences(n.text, "en")[0]
    norm_times = [(n.text.index("monday"), n.text.index("monday") + 6),
                  (n.text.index("tuesday"), n.text.index("tuesday") + 7)]
    got = [n.text[c.start:c.end] for c in split_clauses(n.text, s, "en", times=norm_times)]
    assert got == ["shells hit the depot on monday", "and on tuesday a clinic was struck"]
    # without a date of its own the conjunction joins two acts of one clause
    s2 = "Shells hit the depot on Monday, and a clinic was struck."
    n2 = normalize(s2)
    got2 = [n2.text[c.start:c.end] for c in split_clauses(n2.text, split_sentences(n2.text, "en")[0], "en",
                                                           times=[(n2.text.index("monday"), n2.text.index("monday") + 6)])]
    assert got2 == ["shells hit the depot on monday, and a clinic was struck"]
