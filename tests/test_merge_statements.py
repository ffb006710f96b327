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
         ("c", "statement", "The Defense Department said in a statement on Thursday night")],
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
