"""One test per expression class, in Arabic and English, with exact intervals."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import timeline
from timeline import Granularity as G, TimeInterval, TimexType

A = "2025-12-20"  # a Saturday


def iv(a: str, b: str) -> TimeInterval:
    return TimeInterval(datetime.fromisoformat(a), datetime.fromisoformat(b))


def r(expr: str, anchor: object = A, **kw):
    return timeline.resolve(expr, anchor=anchor, **kw)


def test_issue_api_example() -> None:
    m = r("Saturday last week")
    assert m.value == "2025-12-13"
    assert m.interval == iv("2025-12-13T00:00", "2025-12-14T00:00")
    assert m.granularity is G.DAY
    assert m.type is TimexType.DATE
    assert "2025-12-13" in m.explanation and "\n" not in m.explanation
    assert r("فجر الثامن عشر من كانون الأول/ ديسمبر").value == "2025-12-18TMO"


def test_explicit_dates_in_every_month_family() -> None:
    for expr in ["18 كانون الأول 2025", "18 ديسمبر 2025", "18 دجنبر 2025", "١٨ ديسمبر ٢٠٢٥",
                 "الثامن عشر من ديسمبر 2025", "18/12/2025", "2025-12-18", "December 18, 2025",
                 "18 December 2025", "the eighteenth of December 2025"]:
        m = r(expr)
        assert (m.value, m.interval) == ("2025-12-18", iv("2025-12-18T00:00", "2025-12-19T00:00")), expr
    assert r("15 جانفي 2024").value == "2024-01-15"
    assert r("15 أوت 2019").value == "2019-08-15"
    assert r("4 يوليوز 2023").value == "2023-07-04"
    assert r("12 شتنبر 2023").value == "2023-09-12"


def test_paired_month_names_are_one_expression() -> None:
    m = r("19 ديسمبر/كانون الأول", anchor="2024-12-20")
    assert (m.text, m.value) == ("19 ديسمبر/كانون الأول", "2024-12-19")
    assert r("كانون الأول/ ديسمبر 2025").value == "2025-12"


def test_month_alone_needs_a_cue_and_takes_the_nearest_past_year() -> None:
    m = timeline.find_times("وأعلن البنتاغون في نيسان/ابريل أن القوات ستخفض", published=A)[0]
    assert (m.text, m.value, m.granularity) == ("نيسان/ابريل", "2025-04", G.MONTH)
    assert m.interval == iv("2025-04-01T00:00", "2025-05-01T00:00")


def test_a_month_opening_its_sentence_takes_the_tense_of_the_verb_after_a_long_subject() -> None:
    # the verb comes ten words after the month: past, so last January, not the nearer next one
    text = "In January, a car bomb near the busy vegetable market in the old town killed five people."
    m = timeline.find_times(text, published="2026-11-25", lang="en")[0]
    assert (m.text, m.value) == ("January", "2026-01")
    m = timeline.find_times("In January, the council of the three northern provinces and the capital will meet.",
                            published="2026-11-25", lang="en")[0]
    assert (m.text, m.value) == ("January", "2027-01")


def test_an_arabic_month_opening_its_clause_takes_the_tense_of_the_verb_after_it() -> None:
    # told in November: a past verb after "وفي يناير،" is last January, a future one next January
    m = timeline.find_times("وفي يناير، انفجرت سيارة مفخخة في السوق نفسه.", published="2026-11-25", lang="ar")[0]
    assert (m.text, m.value) == ("يناير", "2026-01")
    m = timeline.find_times("وفي يناير، ستفتتح البلدية الجسر الجديد.", published="2026-11-25", lang="ar")[0]
    assert (m.text, m.value) == ("يناير", "2027-01")


def test_an_ed_word_after_a_determiner_is_an_adjective_not_a_past_verb() -> None:
    # "a revised plan", "the newly elected council": no past tense, so the future verb decides
    m = timeline.find_times("On Friday, a revised plan will be presented.", published="2026-11-25", lang="en")[0]
    assert (m.text, m.value) == ("Friday", "2026-11-27")
    m = timeline.find_times("In January, the newly elected council will meet.", published="2026-11-25", lang="en")[0]
    assert (m.text, m.value) == ("January", "2027-01")
    m = timeline.find_times("On Friday, the wounded soldiers returned home.", published="2026-11-25", lang="en")[0]
    assert (m.text, m.value) == ("Friday", "2026-11-20")


def test_years_decades_and_centuries() -> None:
    assert r("عام 2014").interval == iv("2014-01-01T00:00", "2015-01-01T00:00")
    assert r("the 1990s").value == "199"
    assert r("الثمانينيات").interval == iv("1980-01-01T00:00", "1990-01-01T00:00")
    assert r("القرن العشرين").value == "19"


def test_deictic_days() -> None:
    assert [r(e).value for e in ["اليوم", "أمس", "أول أمس", "غدا", "بعد غد"]] == [
        "2025-12-20", "2025-12-19", "2025-12-18", "2025-12-21", "2025-12-22"]
    assert [r(e).value for e in ["today", "yesterday", "tomorrow", "the day before yesterday"]] == [
        "2025-12-20", "2025-12-19", "2025-12-21", "2025-12-18"]
    night = r("الليلة الماضية")
    assert (night.value, night.interval) == ("2025-12-19TNI", iv("2025-12-19T20:00", "2025-12-20T06:00"))
    assert r("tonight").value == "2025-12-20TNI"


def test_weekdays_with_and_without_cues() -> None:
    assert r("يوم الجمعة").value == "2025-12-19"
    assert r("السبت الماضي").value == "2025-12-13"
    assert r("اليوم السبت").value == "2025-12-20"
    assert r("الخميس المقبل").value == "2025-12-25"
    assert r("last Friday").value == "2025-12-19"
    assert r("next Monday").value == "2025-12-22"
    # a bare weekday naming the publication day is that day (a report of the day's events)
    assert r("Saturday").value == "2025-12-20"
    # a future cue sends a bare weekday forward
    ms = timeline.find_times("سيعقد المجلس اجتماعا يوم الثلاثاء", published=A)
    assert ms[0].value == "2025-12-23"
    ms = timeline.find_times("The council will meet Tuesday", published=A)
    assert ms[0].value == "2025-12-23"


def test_weekday_date_disagreement_is_reported_not_dropped() -> None:
    m = r("الخميس 20 كانون الأول")  # 20 Dec 2025 is a Saturday; no nearby year has a Thursday
    assert "weekday_mismatch" in m.flags
    m = r("اليوم الجمعة")  # published Saturday: the article was written a day earlier
    assert m.value == "2025-12-19" and "weekday_mismatch" in m.flags
    assert "Friday" in m.explanation


def test_stated_weekday_picks_the_year() -> None:
    assert r("السبت 20 كانون الأول", anchor="2026-11-21").value == "2025-12-20"


def test_parts_of_day_attach_to_any_day() -> None:
    m = r("فجر السبت")
    assert (m.type, m.value, m.interval) == (TimexType.TIME, "2025-12-20TMO", iv("2025-12-20T00:00", "2025-12-20T07:00"))
    m = r("صباح اليوم")
    assert (m.value, m.interval) == ("2025-12-20TMO", iv("2025-12-20T06:00", "2025-12-20T12:00"))
    assert r("مساء أمس").value == "2025-12-19TEV"
    assert r("عصر الخميس").value == "2025-12-18TAF"
    m = r("ليل الجمعة - السبت")
    assert (m.value, m.interval) == ("2025-12-19TNI", iv("2025-12-19T20:00", "2025-12-20T06:00"))
    assert r("dawn of the 18th").value == "2025-12-18TMO"
    assert r("Thursday evening").value == "2025-12-18TEV"
    assert r("early Sunday morning").value == "2025-12-14TMO"
    assert r("وقت مبكر من صباح الجمعة").value == "2025-12-19TMO"


def test_clock_times() -> None:
    m = r("الساعة 4:20 فجرًا بتوقيت دمشق يوم الجمعة", anchor="2017-04-07")
    assert (m.value, m.granularity) == ("2017-04-07T04:20", G.MINUTE)
    assert m.interval == iv("2017-04-07T04:20", "2017-04-07T04:21")
    m = r("الساعة الثامنة مساء")
    assert (m.value, m.granularity, m.interval) == ("2025-12-20T20:00", G.HOUR, iv("2025-12-20T20:00", "2025-12-20T21:00"))
    assert r("10:25 p.m. ET Thursday", anchor="2017-04-07").value == "2017-04-06T22:25"
    assert r("حوالي الواحدة فجراً").mod == "APPROX"
    # twelve in the evening is the midnight that ends the day
    assert r("الساعة الثانية عشرة مساء يوم الجمعة").value == "2025-12-20T00:00"


def test_relative_weeks_months_years() -> None:
    m = r("الأسبوع الماضي")
    assert (m.value, m.interval, m.granularity) == ("2025-W50", iv("2025-12-08T00:00", "2025-12-15T00:00"), G.WEEK)
    assert r("last week").value == "2025-W50"
    assert r("الشهر الماضي").interval == iv("2025-11-01T00:00", "2025-12-01T00:00")
    assert r("next month").value == "2026-01"
    assert r("العام الماضي").value == "2024"
    assert r("هذا العام").value == "2025"


def test_position_modifiers() -> None:
    m = r("مطلع العام")
    assert (m.value, m.mod) == ("2025", "START")
    m = r("نهاية الأسبوع الماضي")
    assert (m.value, m.granularity, m.interval) == ("2025-W50-WE", G.WEEKEND, iv("2025-12-13T00:00", "2025-12-15T00:00"))
    m = r("the end of last week")
    assert (m.value, m.mod) == ("2025-W50", "END")
    assert (r("early this year").value, r("early this year").mod) == ("2025", "START")
    assert r("منتصف الشهر المقبل").mod == "MID"
    # the first or last days or weeks of a month: its start or end, not its first day
    for text, want in (("الأيام الأولى من ديسمبر", ("2025-12", "START")), ("الأسبوع الأخير من نوفمبر", ("2025-11", "END")),
                       ("the first week of December", ("2025-12", "START")),
                       ("the final days of 2024", ("2024", "END"))):
        m = r(text)
        assert (m.text, m.value, m.mod) == (text, *want)
    assert (r("last week").value, r("last week").mod) == ("2025-W50", None)
    # a half of a month is its start or its end; a half of a year stays H1 / H2
    for text, want in (("the first half of December", ("2025-12", "START")),
                       ("النصف الثاني من الشهر الماضي", ("2025-11", "END")),
                       ("the second half of last month", ("2025-11", "END")),
                       ("النصف الأول من شهر مارس المقبل", ("2026-03", "START")),
                       ("the second half of next year", ("2026-H2", None))):
        m = r(text)
        assert (m.text, m.value, m.mod) == (text, *want)


def test_ago_and_since() -> None:
    assert r("قبل يومين").value == "2025-12-18"
    assert r("منذ ثلاثة أيام").value == "2025-12-17"
    assert r("three days ago").value == "2025-12-17"
    m = r("قبل 6 ساعات", anchor="2025-12-20T12:00")
    assert (m.value, m.granularity) == ("2025-12-20T06:00", G.HOUR)
    assert r("قبل ست ساعات", anchor="2025-12-20T12:00").value == "2025-12-20T06:00"


def test_durations_have_a_value_and_no_interval() -> None:
    for expr, value in [("عدة ساعات", "PTXH"), ("لساعات عدة", "PTXH"), ("three days", "P3D"),
                        ("يومين", "P2D"), ("أسبوعين", "P2W"), ("شهرين", "P2M"), ("عامين", "P2Y"),
                        ("several seconds", "PTXS"), ("خلال الأيام المقبلة", "PXD")]:
        m = r(expr)
        assert (m.type, m.value, m.interval) == (TimexType.DURATION, value, None), expr


def test_sets_have_a_value_and_no_interval() -> None:
    for expr, value in [("كل يوم جمعة", "XXXX-WXX-5"), ("every Friday", "XXXX-WXX-5"),
                        ("weekly", "P1W"), ("يوميا", "P1D"), ("every 48 minutes", "PT48M")]:
        m = r(expr)
        assert (m.type, m.value, m.interval) == (TimexType.SET, value, None), expr


def test_bare_day_of_month_refers_to_the_current_or_previous_month() -> None:
    assert r("on the 18th").value == "2025-12-18"
    assert r("on the 25th").value == "2025-11-25"  # after the anchor: last month's 25th
    ms = timeline.find_times("On November 3 the talks began. The deal was signed on the 14th.", published=A)
    assert [m.value for m in ms] == ["2025-11-03", "2025-11-14"]


def test_year_inference_leans_to_the_past() -> None:
    assert r("13 كانون الأول").value == "2025-12-13"
    assert r("5 January").value == "2026-01-05"  # 16 days ahead beats 349 days back
    assert r("1 June").value == "2025-06-01"


def test_hijri_dates() -> None:
    m = r("12 رجب 1447 هـ")
    assert (m.value, m.interval) == ("2026-01-01", iv("2026-01-01T00:00", "2026-01-02T00:00"))
    assert "Umm al-Qura" in m.explanation
    m = r("رمضان الماضي")
    assert (m.value, m.interval) == ("H1446-09", iv("2025-03-01T00:00", "2025-03-30T00:00"))
    assert r("1 شوال", anchor="2025-04-05").value == "2025-03-30"
    m = r("17 جمادى الآخرة/الثانية 1446")
    assert m.value == "2024-12-18"



def test_a_hijri_date_whose_weekday_is_a_day_off_umm_al_qura_is_that_weekday() -> None:
    # 15 Jumada al-Akhira 1446 is Monday 16 December 2024 in Umm al-Qura; a writer whose
    # month began a day later calls it Sunday: the weekday is the day they saw
    m = r("الأحد 15 جمادى الآخرة 1446 هـ", anchor="2024-12-16")
    assert (m.value, m.flags) == ("2024-12-15", ("calendar_disagreement",))
    assert "a day apart" in m.explanation
    assert r("الثلاثاء 15 جمادى الآخرة 1446 هـ", anchor="2024-12-16").value == "2024-12-17"
    # the weekday Umm al-Qura gives: nothing to flag; one further off: kept, flagged
    assert (r("الاثنين 15 جمادى الآخرة 1446 هـ", anchor="2024-12-16").flags) == ()
    m = r("الجمعة 15 جمادى الآخرة 1446 هـ", anchor="2024-12-16")
    assert (m.value, m.flags) == ("2024-12-16", ("weekday_mismatch",))

def test_dual_dating_is_one_mention_and_disagreement_is_flagged() -> None:
    m = r("12 رجب 1447 هـ الموافق 1 كانون الثاني 2026")
    assert (m.value, m.flags) == ("2026-01-01", ())
    assert m.text == "12 رجب 1447 هـ الموافق 1 كانون الثاني 2026"
    m = r("12 رجب 1447 هـ الموافق 3 كانون الثاني 2026")
    assert "calendar_disagreement" in m.flags
    # a weekday told settles the disagreement: the calendar whose date is that weekday
    # (12 Rajab 1447 is Thursday 1 January in Umm al-Qura, no Tuesday a day off it)
    m = r("الثلاثاء 12 رجب 1447 هـ الموافق 6 كانون الثاني 2026", anchor="2026-01-07")
    assert (m.value, m.flags) == ("2026-01-06", ("calendar_disagreement",))
    assert "kept the second" in m.explanation
    # and a deictic word that agrees with the day kept is no mismatch
    m = r("مساء أمس الثلاثاء 12 رجب 1447 هـ الموافق 6 كانون الثاني 2026", anchor="2026-01-07")
    assert (m.value, m.flags) == ("2026-01-06TEV", ("calendar_disagreement",))


def test_hijri_outside_the_table_is_flagged() -> None:
    m = r("17 جمادى الآخرة 1300 هـ")
    assert m.interval is None and "hijri_out_of_range" in m.flags and not m.value.startswith("1300")


def test_clitics_and_eastern_digits_keep_original_offsets() -> None:
    text = "وبالأمس، وفي ١٨ كانون الأول، للعام ٢٠٢٦"
    ms = timeline.find_times(text, published=A)
    assert [(m.text, m.value) for m in ms] == [("الأمس", "2025-12-19"), ("١٨ كانون الأول", "2025-12-18"),
                                               ("عام ٢٠٢٦", "2026")]
    for m in ms:
        assert text[m.start:m.end] == m.text


def test_tanween_and_tatweel_stay_inside_the_span() -> None:
    text = "سيصل الوفد غداً إلى عمّان"
    m = timeline.find_times(text, published=A)[0]
    assert m.text == "غداً"


def test_anchor_forms() -> None:
    for anchor in ["2025-12-20", date(2025, 12, 20), datetime(2025, 12, 20, 1, 34),
                   "2025-12-20T01:34:00+03:00", "2025-12-20 01:34"]:
        assert r("أمس", anchor=anchor).value == "2025-12-19"


def test_settings_change_week_start_weekend_and_parts_of_day() -> None:
    arab = timeline.Settings(week_start="saturday", weekend="fri-sat")
    m = r("الأسبوع الماضي", settings=arab)
    assert m.interval == iv("2025-12-13T00:00", "2025-12-20T00:00")
    m = r("نهاية الأسبوع الماضي", settings=timeline.Settings(weekend="fri-sat"))
    assert (m.value, m.interval) == ("2025-W50-WE", iv("2025-12-12T00:00", "2025-12-14T00:00"))
    # weekends are the settings' pairs of days whatever day weeks start on: on Saturday 20
    # (inside the Friday-Saturday weekend of the 19th) the last one is Fri 12 - Sat 13, the
    # anchor's own weekend is "this weekend" and "the weekend"
    m = r("نهاية الأسبوع الماضي", settings=arab)
    assert (m.value, m.interval) == ("2025-W50-WE", iv("2025-12-12T00:00", "2025-12-14T00:00"))
    assert r("this weekend", settings=arab).interval == iv("2025-12-19T00:00", "2025-12-21T00:00")
    assert r("the weekend", settings=arab).interval == iv("2025-12-19T00:00", "2025-12-21T00:00")
    # on Sunday 21, with Sunday weeks, the weekend just over is still "the weekend" (not the
    # coming one, which the new week holds)
    sunday = timeline.Settings(week_start="sunday", weekend="fri-sat")
    assert r("the weekend", anchor="2025-12-21", settings=sunday).interval == iv("2025-12-19T00:00", "2025-12-21T00:00")
    assert r("next weekend", anchor="2025-12-21", settings=sunday).interval == iv("2026-01-02T00:00", "2026-01-04T00:00")
    late = timeline.Settings(parts_of_day={"TEV": (18, 24)})
    assert r("مساء أمس", settings=late).interval == iv("2025-12-19T18:00", "2025-12-20T00:00")


def test_find_times_without_a_date_infers_it_or_leaves_relative_times_unanchored() -> None:
    ms = timeline.find_times("دمشق 20 ديسمبر 2025 (شينخوا) أفادت وسائل إعلام اليوم بأن")
    assert [m.value for m in ms] == ["2025-12-20", "2025-12-20"]
    with pytest.warns(timeline.TimelineWarning, match="no publication date"):
        ms = timeline.find_times("قال المسؤول إن الهجوم وقع أمس")
    assert ms[0].value == "XXXX-XX-XX" and "unanchored" in ms[0].flags and ms[0].interval is None


def test_narrative_anchoring_of_clock_times() -> None:
    text = ("Four people were hit by a vehicle Sunday night and were still hospitalized Tuesday, "
            "officials said. The sergeant said late Tuesday that no charges were filed. "
            "The vehicle left the road around 9:33 p.m.")
    ms = timeline.find_times(text, published="2007-09-04")
    assert ms[-1].value == "2007-09-02T21:33" and ms[-1].anchored_to == "narrative"


def test_language_is_detected_or_given() -> None:
    assert r("أمس").lang == "ar"
    assert r("yesterday").lang == "en"
    assert r("yesterday", lang="en").value == "2025-12-19"


def test_persian_solar_dates_are_converted_and_flagged() -> None:
    m = timeline.find_times("صدر المرسوم بتاريخ 1397/12/12 في طهران", published="2019-03-05")[0]
    assert (m.value, m.interval) == ("2019-03-03", iv("2019-03-03T00:00", "2019-03-04T00:00"))
    assert "persian_calendar" in m.flags and "jdatetime" in m.explanation
    lunar = timeline.find_times("صدر القرار في 1445/08/29", published="2024-03-12")[0]
    assert lunar.value == "2024-03-10" and "persian_calendar" not in lunar.flags


def test_time_zone_offsets_follow_the_date() -> None:
    summer = r("الساعة 8:00 مساء ET يوم 4 يوليو 2025")
    winter = r("الساعة 8:00 مساء ET يوم 4 يناير 2025")
    assert (summer.value, winter.value) == ("2025-07-04T20:00-04:00", "2025-01-04T20:00-05:00")
    # the interval stays on the clock of the place, as written
    assert summer.interval == iv("2025-07-04T20:00", "2025-07-04T20:01")
    # English keeps the clock as written (TimeBank)
    assert r("at 9:05 p.m. ET Thursday").value == "2025-12-18T21:05"


def test_earlier_is_a_signal_outside_the_span() -> None:
    ms = timeline.find_times("The minister spoke earlier on Tuesday.", published=A)
    assert [(m.text, m.value) for m in ms] == [("Tuesday", "2025-12-16")]
    m = timeline.find_times("an airstrike earlier this month killed two", published=A)[0]
    assert (m.text, m.interval) == ("this month", iv("2025-12-01T00:00", "2025-12-20T00:00"))
    ms = timeline.find_times("The plant will close two years from now.", published=A)
    assert [(m.text, m.value) for m in ms] == [("two years", "P2Y"), ("now", "PRESENT_REF")]


def test_arabic_earlier_and_later_in_a_unit_narrow_it_as_in_english() -> None:
    # "في وقت سابق من هذا الأسبوع" is "earlier this week": the part before the anchor day
    def first(text: str):
        return timeline.find_times(text, published=A, lang="ar")[0]  # A: Saturday 20 December

    m = first("استهدفت غارة المدينة في وقت سابق من هذا الأسبوع")
    assert (m.text, m.value, m.interval) == ("هذا الأسبوع", "2025-W51", iv("2025-12-15T00:00", "2025-12-20T00:00"))
    m = first("أعلنت الوزارة في وقت سابق من الشهر الجاري عن الخطة")
    assert (m.text, m.interval) == ("الشهر الجاري", iv("2025-12-01T00:00", "2025-12-20T00:00"))
    # with the definite unit alone, as "earlier in the week"
    m = first("وقع الانفجار في وقت سابق من الأسبوع")
    assert (m.text, m.value, m.interval) == ("الأسبوع", "2025-W51", iv("2025-12-15T00:00", "2025-12-20T00:00"))
    m = first("تعقد اللجنة اجتماعها في وقت لاحق من هذا الشهر")
    assert (m.text, m.interval) == ("هذا الشهر", iv("2025-12-21T00:00", "2026-01-01T00:00"))
    # without the phrase the whole unit
    m = first("استهدفت غارة المدينة هذا الأسبوع")
    assert m.interval == iv("2025-12-15T00:00", "2025-12-22T00:00")


def test_year_over_year_comparisons_name_the_reported_quarter() -> None:
    text = ("The bank said third-quarter profit rose 5% from a year ago. In the year-ago "
            "quarter it lost money. The latest quarter included a gain.")
    ms = timeline.find_times(text, published="1998-10-28")
    assert [(m.text, m.value) for m in ms] == [
        ("third-quarter", "1998-Q3"), ("a year ago", "1997-Q3"),
        ("the year-ago quarter", "1997-Q3"), ("The latest quarter", "1998-Q3")]


def test_a_weekday_with_a_bare_day_of_the_month() -> None:
    # one expression, the day of the month named
    m = r("الإثنين 15 الجاري")
    assert (m.text, m.value, m.flags) == ("الإثنين 15 الجاري", "2025-12-15", ())
    m = r("يوم الأحد 14 من الشهر الجاري")
    assert (m.text, m.value) == ("يوم الأحد 14 من الشهر الجاري", "2025-12-14")
    # the month named and the weekday disagreeing: the date wins, flagged
    m = r("الجمعة 19 من الشهر الماضي")
    assert m.value == "2025-11-19" and "weekday_mismatch" in m.flags
    # no month named: the weekday picks it (12 December 2025 is a Friday)
    assert r("Wednesday the 12th").value == "2025-11-12"
    m = timeline.find_times("The hearing resumes on Monday the 12th.", published=A, lang="en")[0]
    assert (m.text, m.value, m.flags) == ("Monday the 12th", "2026-01-12", ())


def test_the_first_of_the_current_month_in_maghrebi_arabic() -> None:
    # "فاتح" is the first day of a month in Moroccan and Algerian news; "الحالي" leaves the
    # month out, as "في 20 الجاري" does
    ms = timeline.find_times("انطلقت الحملة في فاتح الحالي بمدينة فاس", published="2025-12-20", lang="ar")
    assert [(m.text, m.value) for m in ms] == [("فاتح الحالي", "2025-12-01")]
