"""Reports of different kinds of happening stay apart even when they share time, place
and words: the launch, the interception that answers it and the meeting about it."""

from __future__ import annotations

import timeline


def _groups(chron: timeline.Chronology) -> list[list[tuple[str, str]]]:
    return sorted(sorted((m.article_id, m.text) for m in e.mentions)
                  for e in chron.events + chron.undated)


def test_launch_interception_and_meeting_are_three_events_in_english() -> None:
    a = timeline.Article(
        id="a", source="A", published="2024-04-14",
        text="Iranian drones attacked Tel Aviv on Saturday night. Air defences intercepted the "
             "drones over Tel Aviv on Saturday night. Israel's war cabinet met in Tel Aviv on "
             "Saturday night.")
    b = timeline.Article(
        id="b", source="B", published="2024-04-14",
        text="Israel's war cabinet convened in Tel Aviv on Saturday night. Iranian drones struck "
             "Tel Aviv on Saturday night. The drones were intercepted over Tel Aviv on Saturday "
             "night.")
    chron = timeline.build_chronology([a, b])
    assert _groups(chron) == [
        [("a", "Air defences intercepted the drones over Tel Aviv on Saturday night"),
         ("b", "The drones were intercepted over Tel Aviv on Saturday night")],
        [("a", "Iranian drones attacked Tel Aviv on Saturday night"),
         ("b", "Iranian drones struck Tel Aviv on Saturday night")],
        [("a", "Israel's war cabinet met in Tel Aviv on Saturday night"),
         ("b", "Israel's war cabinet convened in Tel Aviv on Saturday night")],
    ]
    assert {e.value for e in chron.events} == {"2024-04-13TNI"}


def test_launch_and_interception_stay_apart_in_arabic() -> None:
    a = timeline.Article(
        id="a", source="A", published="2024-04-14",
        text="أطلقت إيران عشرات المسيرات على تل أبيب مساء السبت. "
             "واعترضت الدفاعات الجوية المسيرات فوق تل أبيب مساء السبت.")
    b = timeline.Article(
        id="b", source="B", published="2024-04-14",
        text="اعترضت الدفاعات الإسرائيلية مسيرات إيرانية فوق تل أبيب مساء السبت. "
             "وكانت إيران قد أطلقت المسيرات على تل أبيب مساء السبت.")
    chron = timeline.build_chronology([a, b])
    groups = _groups(chron)
    assert len(groups) == 2
    for g in groups:
        assert {art for art, _ in g} == {"a", "b"}
        intercept = ["اعترض" in text for _, text in g]
        assert all(intercept) or not any(intercept)
    assert {e.value for e in chron.events} == {"2024-04-13TEV"}
