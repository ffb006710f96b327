"""Who spoke, on which clock, and what is only an aim: merge rules checked on exact groups."""

from __future__ import annotations

import timeline

A = timeline.Article


def _groups(chron: timeline.Chronology) -> list[list[tuple[str, str, str]]]:
    return sorted(sorted((m.article_id, m.kind, m.text) for m in e.mentions)
                  for e in chron.events + chron.undated)


def test_one_speaker_named_in_two_languages_and_two_ways_makes_one_statement() -> None:
    chron = timeline.build_chronology([
        A(id="a", lang="ar", published="2020-01-03",
          text="أعلن البنتاغون أن الجيش الأمريكي قتل القائد العسكري في غارة قرب المطار."),
        A(id="b", lang="en", published="2020-01-03",
          text="The Pentagon said the US military killed the commander in a strike near the airport."),
        A(id="c", lang="en", published="2020-01-03",
          text="The Defense Department said in a statement on Thursday night that the commander "
               "was killed."),
        # the same speaker twenty months later, undated: another statement
        A(id="d", lang="en", published="2021-08-26",
          text="The Pentagon said it had no comment on the evacuation of the embassy."),
    ])
    assert _groups(chron) == [
        [("a", "happening", "الجيش الأمريكي قتل القائد العسكري في غارة قرب المطار"),
         ("b", "happening", "the US military killed the commander in a strike near the airport"),
         ("c", "happening", "the commander was killed")],
        [("a", "statement", "أعلن البنتاغون"),
         ("b", "statement", "The Pentagon said"),
         # a dated, formal statement is itself the news: its report spans what it says
         ("c", "statement", "The Defense Department said in a statement on Thursday night "
                            "that the commander was killed")],
        [("d", "happening", "it had no comment on the evacuation of the embassy")],
        [("d", "statement", "The Pentagon said")],
    ]
    (killing,) = [e for e in chron.events if e.mentions[0].kind == "happening"]
    # "Thursday night" on the US clock, reported by the statement that gives it
    assert killing.value == "2020-01-02TNI"


def test_an_undated_report_published_on_an_earlier_clock_meets_the_local_date() -> None:
    # a US paper dated 13 April reports what Israel saw early on 14 April
    chron = timeline.build_chronology([
        A(id="us", lang="en", published="2024-04-13",
          text="Israeli air defenses intercepted most of the drones launched by Iran, the army said."),
        A(id="il", lang="ar", published="2024-04-14",
          text="اعترضت الدفاعات الإسرائيلية معظم المسيرات الإيرانية عند الساعة الثانية فجر "
               "اليوم الأحد."),
    ])
    (event,) = [e for e in chron.events if e.mentions[0].kind == "happening"]
    assert [m.article_id for m in event.mentions] == ["il", "us"]
    assert event.value == "2024-04-14T02:00"


def test_a_day_and_a_half_later_is_beyond_any_clock() -> None:
    chron = timeline.build_chronology([
        A(id="us", lang="en", published="2024-04-13",
          text="Israeli air defenses intercepted most of the drones launched by Iran."),
        A(id="il", lang="ar", published="2024-04-16",
          text="اعترضت الدفاعات الإسرائيلية معظم المسيرات الإيرانية مساء أمس الاثنين."),
    ])
    assert len(chron.events) + len(chron.undated) == 2


def test_a_plan_to_attack_is_not_an_attack_but_a_planned_meeting_is_a_meeting() -> None:
    chron = timeline.build_chronology([
        A(id="x", lang="en", published="2020-01-03",
          text="He was developing plans to attack American diplomats. The war cabinet planned "
               "to meet at lunchtime on Sunday.")])
    got = {m.text: m.triggers for e in chron.events + chron.undated for m in e.mentions}
    assert got == {"The war cabinet planned to meet at lunchtime on Sunday": ("meet",)}
    chron = timeline.build_chronology([
        A(id="y", lang="ar", published="2020-01-03",
          text="وكان يطور خططا تستهدف الدبلوماسيين الأمريكيين في المنطقة.")])
    assert chron.events == () and chron.undated == ()


def test_a_report_retold_inside_its_own_story_joins_that_story() -> None:
    # "the bombardment began at 3:40": the English story's own strike, told again in other
    # words; across languages it shares little but its class with the group of reports
    arts = [
        A(id="a", lang="ar", published="2017-04-07",
          text="أطلقت المدمرات الأمريكية 59 صاروخا من طراز توماهوك على مطار الشعيرات العسكري "
               "قرب حمص فجر اليوم الجمعة."),
        A(id="c", lang="ar", published="2017-04-07",
          text="قصفت الولايات المتحدة مطار الشعيرات العسكري قرب حمص بصواريخ توماهوك فجر اليوم "
               "الجمعة."),
        A(id="d", lang="ar", published="2017-04-07",
          text="استهدفت صواريخ توماهوك أمريكية مطار الشعيرات قرب حمص فجر اليوم الجمعة ودمرت "
               "طائرات ومدارج."),
        A(id="b", lang="en", published="2017-04-07",
          text="US warships fired 59 Tomahawk missiles at the Shayrat air base near Homs early "
               "on Friday.\n\nThe Pentagon said the bombardment began at 3:40 a.m. local time."),
    ]
    chron = timeline.build_chronology(arts)
    (strike,) = [e for e in chron.events if e.mentions[0].kind == "happening"]
    assert sorted((m.article_id, m.text.split()[1]) for m in strike.mentions) == [
        ("a", "المدمرات"), ("b", "bombardment"), ("b", "warships"), ("c", "الولايات"),
        ("d", "صواريخ")]
    assert strike.value == "2017-04-07T03:40"
    # without the rule the English sentence would stand alone
    apart = timeline.build_chronology(arts, merge=timeline.MergeSettings(contained_threshold=1.0))
    assert len([e for e in apart.events if e.mentions[0].kind == "happening"]) == 2


def test_an_indefinite_event_noun_and_its_verb_are_a_nested_report() -> None:
    chron = timeline.build_chronology([A(
        id="a", lang="ar", published="2025-03-10",
        text="شنت الطائرات الأمريكية غارات على مواقع التنظيم ردا على مقتل ثلاثة جنود في هجوم "
             "وقع يوم السبت الماضي قرب الحدود.")])
    got = {m.text: (m.time.value if m.time else None, m.time_basis)
           for e in chron.events + chron.undated for m in e.mentions}
    assert got == {
        "شنت الطائرات الأمريكية غارات على مواقع التنظيم": (None, "none"),
        # the killing answered is at or after the attack it happened in
        "ردا على مقتل ثلاثة جنود في هجوم وقع يوم السبت الماضي قرب الحدود": ("2025-03-08", "after"),
        "هجوم وقع يوم السبت الماضي قرب الحدود": ("2025-03-08", "explicit"),
    }


def test_words_alone_are_not_the_attack_they_mourn() -> None:
    chron = timeline.build_chronology([
        A(id="a", lang="ar", published="2025-03-09",
          text="قتل ثلاثة جنود أمريكيين في هجوم قرب الحدود مساء أمس السبت."),
        A(id="b", lang="ar", published="2025-03-09",
          text="بعث الرئيس برقية تعزية إلى الرئيس الأمريكي مساء أمس السبت."),
    ])
    assert sorted([m.article_id for m in e.mentions] for e in chron.events) == [["a"], ["b"]]


def test_a_day_after_in_arabic_brings_in_an_earlier_happening() -> None:
    chron = timeline.build_chronology([A(
        id="a", lang="ar", published="2025-03-10",
        text="شنت قوات الأمن عملية أمنية في ريف حمص يوم الأحد، بعد يوم من تعرض دورية مشتركة "
             "لإطلاق نار قرب تدمر.")])
    got = {m.text: m.time.value if m.time else None
           for e in chron.events + chron.undated for m in e.mentions}
    assert got == {"شنت قوات الأمن عملية أمنية في ريف حمص يوم الأحد": "2025-03-09",
                   "بعد يوم من تعرض دورية مشتركة لإطلاق نار قرب تدمر": None}


def test_a_happening_named_by_a_poll_or_a_meeting_is_a_report_of_its_own() -> None:
    chron = timeline.build_chronology([
        A(id="p", lang="ar", published="2024-03-20",
          text="أظهر استطلاع جديد أن غالبية الناخبين يؤيدون الغارات الجوية على مواقع المتمردين."),
        A(id="q", lang="en", published="2024-03-20",
          text="The Security Council will meet on Friday to discuss the bombing of the hospital."),
    ])
    got = {m.text: m.triggers for e in chron.events + chron.undated for m in e.mentions}
    assert got == {
        "أظهر استطلاع جديد أن غالبية الناخبين يؤيدون الغارات الجوية على مواقع المتمردين":
            ("استطلاع",),
        "الغارات الجوية على مواقع المتمردين": ("الغارات",),
        "The Security Council will meet on Friday to discuss the bombing of the hospital":
            ("meet",),
        "bombing of the hospital": ("bombing",),
    }
    # the meeting is dated, the bombing it discusses is not
    dated = {m.text for e in chron.events for m in e.mentions}
    assert dated == {"The Security Council will meet on Friday to discuss the bombing of the "
                     "hospital"}


def _statement_texts(text: str, lang: str, published: str = "2020-01-03") -> list[str]:
    chron = timeline.build_chronology([A(id="a", lang=lang, published=published, text=text)])
    return sorted(m.text for e in chron.all_events for m in e.mentions if m.kind == "statement")


def test_a_statement_that_is_the_news_spans_what_it_says() -> None:
    # dated statement, undated content: the announcement is what the report tells
    assert _statement_texts("وأعلن الحشد الشعبي، الجمعة، عن اغتيال نائب رئيس الهيئة بغارة وسط بغداد.",
                            "ar") == ["وأعلن الحشد الشعبي، الجمعة، عن اغتيال نائب رئيس الهيئة بغارة وسط بغداد"]
    # a formal statement ("in a statement"), content with no time of its own
    assert _statement_texts("The commander perished in a rocket attack, the Defense Department "
                            "confirmed in a statement.", "en") == [
        "The commander perished in a rocket attack, the Defense Department confirmed in a statement"]
    # content that tells nothing that happened: a vow
    assert _statement_texts("وقال المرشد الإيراني إن الانتقام الشديد ينتظر المجرمين.", "ar") == [
        "وقال المرشد الإيراني إن الانتقام الشديد ينتظر المجرمين"]


def test_a_statement_that_only_sources_a_dated_happening_spans_its_speaker() -> None:
    # the content has its own time: the statement only says who told it
    assert _statement_texts("The Pentagon said the strike, which began at 8:40 p.m. on Thursday, "
                            "targeted aircraft.", "en", "2017-04-07") == ["The Pentagon said"]
    # an undated claim that is neither dated nor formal stays a bare speaker clause
    assert _statement_texts("وأعلن البنتاغون أن الجيش قتل قائد فيلق القدس في بغداد.", "ar") == [
        "وأعلن البنتاغون"]


def test_a_new_happening_is_not_the_one_told_days_before() -> None:
    chron = timeline.build_chronology([
        A(id="a", lang="ar", published="2023-09-09",
          text="ضرب زلزال عنيف إقليم الحوز مساء الجمعة وشعر السكان بالهزة الأرضية."),
        # five days later, undated: "a new tremor" is not Friday's quake, and the two
        # reports of it, in two languages, are one event
        A(id="b", lang="ar", published="2023-09-14", text="هزة أرضية جديدة تضرب إقليم الحوز وتثير هلع السكان"),
        A(id="c", lang="en", published="2023-09-14",
          text="A new tremor hit Al Haouz province, frightening residents."),
    ])
    assert _groups(chron) == [
        [("a", "happening", "ضرب زلزال عنيف إقليم الحوز مساء الجمعة وشعر السكان بالهزة الأرضية")],
        [("b", "happening", "هزة أرضية جديدة تضرب إقليم الحوز وتثير هلع السكان"),
         ("c", "happening", "A new tremor hit Al Haouz province, frightening residents")],
    ]


def test_a_new_report_does_not_join_an_undated_report_of_an_older_article() -> None:
    chron = timeline.build_chronology([
        A(id="a", lang="ar", published="2023-09-09", text="وشعر سكان المملكة بالهزة الأرضية القوية في إقليم الحوز."),
        A(id="b", lang="ar", published="2023-09-14",
          text="هزة أرضية جديدة تضرب إقليم الحوز\n\nوشعر السكان بالهزة الأرضية في إقليم الحوز."),
    ])
    headline = [e for e in chron.all_events
                if any(m.text == "هزة أرضية جديدة تضرب إقليم الحوز" for m in e.mentions)]
    assert [sorted(m.article_id for m in e.mentions) for e in headline] == [["b"]]


def test_novelty_words_mark_an_event_noun_not_a_person() -> None:
    from timeline.chronology import _prepare
    from timeline.events import novel
    from timeline.settings import Settings

    def marked(text: str, lang: str) -> list[str]:
        drafts, _ = _prepare(A(id="x", lang=lang, published="2023-08-13", text=text), Settings())
        return [d.mention.text for d in drafts if novel(d)]

    assert marked("قتلى وجرحى في هجوم ثان على مزار ديني بمدينة شيراز", "ar") == [
        "قتلى وجرحى في هجوم ثان على مزار ديني بمدينة شيراز"]
    assert marked("قتل عنصر من التنظيم وأصيب آخر في الاشتباك.", "ar") == []
    assert marked("The Pentagon confirmed a second explosion at the Baron Hotel.", "en") == [
        "a second explosion at the Baron Hotel"]
    assert marked("The truck crashed into another vehicle and killed four people.", "en") == []


def test_a_named_actors_words_without_a_that_clause_are_a_statement() -> None:
    chron = timeline.build_chronology([
        A(id="a", lang="ar", published="2020-01-03",
          text="وتوعد المرشد الأعلى الإيراني علي خامنئي بانتقام صعب في انتظار المجرمين."),
        A(id="b", lang="en", published="2020-01-03",
          text="Iran's Supreme Leader Ali Khamenei said Iran would take severe revenge."),
    ])
    assert _groups(chron) == [[
        ("a", "statement", "وتوعد المرشد الأعلى الإيراني علي خامنئي بانتقام صعب في انتظار المجرمين"),
        ("b", "statement", "Iran's Supreme Leader Ali Khamenei said Iran would take severe revenge")]]


def test_a_reprisal_told_after_the_attack_it_answers_can_be_days_later() -> None:
    # the clause is dated only as "after Saturday's attack" (basis "after"): it may be
    # any time from then to its publication, so Friday's strikes are it
    chron = timeline.build_chronology([
        A(id="a", lang="ar", published="2025-12-20",
          text="وتأتي الغارات الأمريكية على مواقع داعش في سوريا في سياق استجابة لوعد الرئيس "
               "دونالد ترامب بالانتقام لمقتل جنديين أمريكيين في هجوم وقع يوم السبت الماضي في تدمر."),
        A(id="b", lang="ar", published="2025-12-20",
          text="شنت القوات الأمريكية غارات على مواقع داعش في سوريا يوم الجمعة."),
    ])
    got = {e.value: sorted((m.article_id, m.time_basis) for m in e.mentions) for e in chron.all_events}
    assert got == {"2025-12-13": [("a", "explicit")],
                   "2025-12-19": [("a", "after"), ("b", "explicit")]}
