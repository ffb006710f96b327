"""One event per happening within an article: back-references and outcomes join the
happening they refer to, statements stay apart (and say what they report), a "second"
explosion is another happening, and mentions without a time of their own take their
event's.  Every text here is written for these tests."""

from __future__ import annotations

from typing import Optional

import pytest

import timeline
from timeline.events.extract import read_article

A = timeline.Article


def events_of(text: str, published: str, lang: str = "en"):
    return read_article(A(id="x", text=text, published=published, source="S", lang=lang))


def test_a_blast_its_back_reference_and_its_toll_are_one_happening() -> None:
    text = ("A car bomb exploded in the market of Azaz on Monday morning. The blast killed seven people "
            "and wounded 20 others, the civil defence said.")
    evs = events_of(text, "2025-03-11")
    assert [(e.kind, e.event_type) for e in evs] == [("happening", "violence.remote.ied"),
                                                      ("statement", "statement.say")]
    blast, said = evs
    assert [m.trigger for m in blast.mentions] == ["car bomb", "exploded", "blast", "killed", "wounded"]
    assert [text[m.trigger_start:m.trigger_end] for m in blast.mentions] == \
        ["car bomb", "exploded", "blast", "killed", "wounded"]
    assert (blast.location, blast.fatalities, blast.injured) == ("Azaz", 7, 20)
    assert blast.time.text == "Monday morning" and blast.time.value == "2025-03-10TMO"
    # the toll's sentence names no time: its mentions take the blast's
    assert {m.time.value for m in blast.mentions if m.time is not None} == {"2025-03-10TMO"}
    assert said.about == blast.index


def test_a_second_explosion_is_another_happening() -> None:
    text = ("A car bomb exploded near a bakery in Azaz on Monday morning, killing four people. "
            "Hours later, a second explosion hit a checkpoint on the road to Afrin.")
    evs = [e for e in events_of(text, "2025-03-11") if e.kind == "happening"]
    assert [[m.trigger for m in e.mentions] for e in evs] == [["car bomb", "exploded", "killing"],
                                                              ["explosion", "hit"]]
    assert [e.location for e in evs] == ["Azaz", "Afrin"]
    assert evs[0].fatalities == 4 and evs[1].fatalities is None


def test_an_arabic_announcement_and_the_coup_it_announces_are_two_events() -> None:
    evs = events_of("أعلن الجيش صباح اليوم الأربعاء عزل الرئيس وتعليق العمل بالدستور.", "2025-07-02", "ar")
    by_type = {e.event_type: e for e in evs}
    assert by_type["statement.announce"].kind == "statement"
    assert [m.trigger for m in by_type["statement.announce"].mentions] == ["أعلن"]
    coup = by_type["strategic.coup"]
    assert coup.kind == "happening" and [m.trigger for m in coup.mentions] == ["عزل الرئيس"]
    assert coup.time.value == "2025-07-02TMO"


def test_an_arabic_air_strike_and_its_definite_back_reference_are_one_happening() -> None:
    text = ("استهدفت غارة جوية منزلا في بلدة سرمدا بريف إدلب فجر اليوم الخميس. "
            "وأسفرت الغارة عن مقتل ستة أشخاص بينهم طفلان، وفق الدفاع المدني.")
    evs = [e for e in events_of(text, "2025-05-08", "ar") if e.kind == "happening"]
    assert len(evs) == 1
    (strike,) = evs
    assert [m.trigger for m in strike.mentions] == ["استهدفت غارة جوية", "الغارة", "مقتل"]
    assert strike.event_type == "violence.remote.air"
    assert strike.fatalities == 6
    assert strike.time.text == "فجر اليوم الخميس"
    assert strike.interval.start.isoformat()[:10] == "2025-05-08"


def test_a_planned_vote_is_not_an_asserted_one() -> None:
    evs = events_of("The parliament will vote on the budget next Tuesday, the speaker said on Friday.",
                    "2025-10-10")
    vote = next(e for e in evs if e.kind == "happening")
    assert vote.modality == "planned"
    assert vote.time.value == "2025-10-14"


def test_a_copy_read_once_is_what_reading_it_again_gives() -> None:
    import attrs

    from timeline.chronology import _prepare
    from timeline.events.extract import as_copy
    from timeline.settings import Settings

    from .conftest import SEEDS

    for a in sorted(timeline.read_articles(SEEDS), key=lambda a: a.id)[:3]:
        copy = attrs.evolve(a, id=a.id + "-copy", source="Another Outlet", url="https://example.org/x")
        read_again, _ = _prepare(copy, Settings())
        once, _ = _prepare(a, Settings())
        assert as_copy(once, copy) == read_again
        assert {m.source for e in read_again for m in e.mentions} == {copy.outlet}


def test_arabic_work_is_not_an_operation() -> None:
    # عملية (operation) is a relative noun; the stemmer would read it as عمل (work)
    evs = events_of("قال الوزير إن الفريق يعمل على إعادة العمل في المصنع صباح اليوم الاثنين.", "2025-03-11", "ar")
    assert [(e.kind, [m.trigger for m in e.mentions]) for e in evs] == [("statement", ["قال"])]
    evs = events_of("وأكد الجيش أن العمليات العسكرية في المنطقة أسفرت عن مقتل ثلاثة مسلحين يوم الاثنين.",
                    "2025-03-11", "ar")
    happening = [e for e in evs if e.kind == "happening"]
    assert [[m.trigger for m in e.mentions] for e in happening] == [["العمليات العسكرية", "مقتل"]]


def test_a_statement_noun_and_the_verb_naming_its_speaker_are_one_statement() -> None:
    text = ("Rockets hit a fuel depot near Kirkuk on Friday. In a statement Saturday, the interior "
            "minister said the attack would not go unpunished.")
    statements = [e for e in events_of(text, "2025-05-10") if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in statements] == [["statement", "said"]]
    assert statements[0].time.value == "2025-05-10"


def test_an_arabic_speech_verb_and_its_statement_noun_are_one_statement() -> None:
    text = "سقطت قذائف على بلدة الخيام فجر الأحد. وقال الجيش في بيان إنه رد على مصادر النيران."
    statements = [e for e in events_of(text, "2025-05-11", "ar") if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in statements] == [["وقال", "بيان"]]


def test_of_two_equally_precise_times_the_nearer_dates_the_word() -> None:
    text = ("About 4,000 families have returned to the valley since the roads reopened on March 2, "
            "the relief agency said Wednesday.")
    (said,) = [e for e in events_of(text, "2025-03-20") if e.kind == "statement"]
    assert (said.time.text, said.time.value) == ("Wednesday", "2025-03-19")


def test_a_year_on_the_happening_gives_way_to_the_day_its_outcome_carries() -> None:
    # "since 2009" dates the couple's stay, not the shooting; the death is Saturday's
    text = ("A man shot his brother at the farm where the family had lived since 2009. "
            "The victim died early Saturday at a hospital in Salina.")
    (shooting,) = [e for e in events_of(text, "2025-06-09") if e.kind == "happening"]
    assert shooting.time.value == "2025-06-07TMO"


def test_a_gerund_after_before_or_after_goes_on_with_the_same_doer_s_acts() -> None:
    text = "Deputies said the farmer shot his neighbor before turning the gun on himself on Saturday."
    got = [(e.event_type, [text[m.trigger_start:m.trigger_end] for m in e.mentions])
           for e in events_of(text, "2016-12-06") if e.kind == "happening"]
    assert got == [("violence.civilians.shooting", ["shot", "turning the gun on"])]
    # before a noun, "after" brings in another happening, answered by this one
    text = "The army struck the base after the attack on Friday."
    assert len([e for e in events_of(text, "2016-12-06") if e.kind == "happening"]) == 2


def test_a_year_on_the_happening_gives_way_to_a_day_inside_it_told_just_before() -> None:
    # the year frames the city's count; the night told on its own is the shooting's
    text = ("Thirty-two people have been shot in the town so far this year. It was 9:15 p.m. on March 3. "
            "A bullet fired in the street went through a bedroom wall and hit a boy.")
    (shooting,) = [e for e in events_of(text, "2026-03-20") if e.kind == "happening"]
    assert (shooting.time.value, shooting.time_basis) == ("2026-03-03T21:15", "narrative")
    # a day outside that year is another story's, and leaves the year alone
    text = ("Forty people were wounded by gunfire in Akron in 2025. It was 9:15 p.m. on March 3. "
            "A stray bullet hit a girl in her kitchen.")
    (shooting,) = [e for e in events_of(text, "2026-03-20") if e.kind == "happening"]
    assert (shooting.time.value, shooting.time_basis) == ("2025", "explicit")


def test_a_clock_told_with_its_part_of_day_dates_the_event_to_the_minute() -> None:
    text = ("سجلت هزة أرضية بقوة 4.1 درجات صباح اليوم الخميس قرب مدينة أكادير. "
            "ووقعت الهزة في حدود الساعة الخامسة و10 دقائق صباحا.")
    (quake,) = [e for e in events_of(text, "2025-10-16", "ar") if e.kind == "happening"]
    assert quake.time.value == "2025-10-16T05:10"



def test_a_second_explosion_nothing_dates_is_of_the_first_one_s_episode() -> None:
    text = ("A suicide bomber blew himself up at the gate of the airport on Thursday afternoon, "
            "killing dozens. Officials also reported a second explosion near a hotel nearby.")
    first, second = [e for e in events_of(text, "2025-08-22") if e.kind == "happening"]
    assert first.time.value == "2025-08-21TAF" and first.time_basis == "explicit"
    assert (second.time.value, second.time_basis) == ("2025-08-21TAF", "narrative")
    assert [m.trigger for m in second.mentions] == ["explosion"]


def test_what_fell_in_the_past_24_hours_is_dated_to_those_days() -> None:
    # a span ending at the report dates what happened in it; a span of years does not
    (rain,) = [e for e in events_of("سجلت ولاية سوسة خلال الـ24 ساعة الماضية تساقطات غزيرة بلغت 80 مليمترا.",
                                    "2024-11-05", "ar") if e.kind == "happening"]
    assert (rain.event_type, rain.time.value) == ("disaster.weather", "2024-11-04/2024-11-05")
    assert (rain.interval.start.isoformat(), rain.interval.end.isoformat()) == \
        ("2024-11-04T00:00:00", "2024-11-06T00:00:00")
    arrests = [e for e in events_of("Police said 14 people were arrested in raids over the past three days.",
                                    "2024-11-05") if e.event_type == "strategic.arrest"]
    assert [(e.time.value, e.time.granularity.value) for e in arrests] == [("2024-11-02/2024-11-05", "week")]
    (work,) = events_of("Two people were killed in the explosion; he had worked at the plant for the past 20 years.",
                        "2024-11-05")
    assert work.time is None  # twenty years are no time of the explosion


def test_a_mourning_declared_is_dated_by_its_declaration() -> None:
    text = "وأعلن الرئيس الحداد العام في البلاد ثلاثة أيام على أرواح الضحايا."
    (mourning,) = [e for e in events_of(text, "2025-02-03", "ar") if e.kind == "happening"]
    assert (mourning.event_type, mourning.time_basis) == ("political.mourning", "publication")
    assert mourning.interval.start.isoformat() == "2025-02-03T00:00:00"


def test_a_deadline_after_the_report_is_planned_and_dated() -> None:
    text = "Negotiators are racing against the March 31 deadline for a deal on the crossings."
    (deadline,) = [e for e in events_of(text, "2025-03-20") if e.event_type == "political.deadline"]
    assert (deadline.event_type, deadline.modality, deadline.time.value) == \
        ("political.deadline", "planned", "2025-03-31")


def test_a_pronoun_speaking_next_continues_the_last_speaker() -> None:
    # "They added" names no one: whatever actor the clause mentions, it is the Pentagon again
    text = ("The Pentagon said a drone strike killed the commander near Baghdad airport. "
            "They added that Iraq had been warned in advance.")
    said = [e for e in events_of(text, "2025-01-03") if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in said][0] == ["said", "added"]
    assert said[0].actor1 == "US-MILITARY"


def test_a_verb_after_a_named_person_is_what_he_did_not_his_name() -> None:
    text = "ودان الرئيس الأمريكي دونالد ترامب الهجوم وتوعد بالرد عليه."
    statements = [e for e in events_of(text, "2025-12-14", "ar") if e.kind == "statement"]
    assert {e.actor1 for e in statements} == {"person:دونالد ترامب"}


def test_an_arabic_speech_verb_followed_by_what_was_said_continues_the_last_speaker() -> None:
    # "وأضاف أن ...": the content begins right after the verb, so no new speaker is named
    text = ("قال وزير الخارجية إن المحادثات مع الجيران ستستمر. "
            "وأضاف أن الوفد سيصل إلى العاصمة غدا.")
    said = [e for e in events_of(text, "2025-06-02", "ar") if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in said] == [["قال", "وأضاف"]]


def test_a_verb_of_impact_is_the_happening_its_clause_names() -> None:
    # "struck", "ضربت": the quake's or the storm's striking, not an attack of its own
    quake = events_of("A powerful earthquake struck the mountain villages on Friday night, killing dozens.",
                      "2026-02-07")
    assert [(e.event_type, [m.trigger for m in e.mentions]) for e in quake] == \
        [("disaster.earthquake", ["earthquake", "struck", "killing"])]
    storm = events_of("ضربت عاصفة ثلجية المرتفعات الجبلية السبت وقطعت الطرق.", "2026-02-08", "ar")
    assert [e.event_type for e in storm if e.kind == "happening"][:1] == ["disaster.weather"]
    assert "ضربت" in [m.trigger for m in storm[0].mentions]
    # with no other happening in the clause the verb keeps its own kind
    raid = events_of("Militants hit an army post near the border on Friday.", "2026-02-07")
    assert [e.event_type.split(".")[0] for e in raid] == ["violence"]


def test_also_after_a_speech_verb_means_the_same_speaker_goes_on() -> None:
    # "وأعلن أيضا الحداد": he also announced mourning; the mourning is dated by that statement
    text = ("وقال رئيس الوزراء محمد العلي الجمعة إن البلاد ستتجاوز المحنة. "
            "وأعلن أيضا الحداد العام ثلاثة أيام.")
    evs = events_of(text, "2026-03-06", "ar")
    said = [e for e in evs if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in said] == [["وقال", "وأعلن"]]
    mourning = next(e for e in evs if e.event_type == "political.mourning")
    assert mourning.time.value == "2026-03-06"
    # an adverb after a title is no one's name
    from timeline.events.actors import find_actors
    from timeline.text import normalize
    assert find_actors(normalize("وقال الوزير أيضا إن الطرق مغلقة"), "ar") == []



def test_belonging_to_is_no_speech_verb() -> None:
    # "التابع" (belonging to) is no "تابع" (he went on)
    assert [e.kind for e in events_of("واعتقلت القوات عنصرين من الفصيل التابع للتنظيم.", "2026-03-06", "ar")] \
        == ["happening"]


def test_a_time_before_a_preposition_dates_what_comes_before_it() -> None:
    # the probation is Tuesday's; the shooting it is for is dated by its own words
    text = "The judge gave the teenager three years of probation on Tuesday for shooting his cousin in March."
    shooting, = [e for e in events_of(text, "2025-06-12") if e.kind == "happening"]
    assert [m.trigger for m in shooting.mentions] == ["shooting"]
    assert shooting.time.text == "March" and shooting.time.value == "2025-03"
    # a time opening its clause still scopes over what follows the preposition
    text = "On Saturday, in a quiet street of Dayton, a gunman shot two men."
    shot, = [e for e in events_of(text, "2025-06-12") if e.kind == "happening"]
    assert shot.time.value == "2025-06-07"


def test_two_happenings_dated_apart_by_their_own_days_are_two_events() -> None:
    # nothing else tells them apart: no place, the same words
    text = "Gunmen attacked the checkpoint Monday. Gunmen attacked the convoy Wednesday."
    evs = [e for e in events_of(text, "2025-06-12") if e.kind == "happening"]
    assert [(e.time.value, [m.trigger for m in e.mentions]) for e in evs] == \
        [("2025-06-09", ["Gunmen", "attacked"]), ("2025-06-11", ["Gunmen", "attacked"])]


def test_what_happened_since_a_day_is_dated_from_it_to_the_report() -> None:
    evs = events_of("Police said 33 people have been shot across the city since Friday.", "2015-07-05")
    shot, = [e for e in evs if e.kind == "happening"]
    assert shot.time.text == "Friday" and shot.time.value == "2015-07-03/2015-07-05"
    assert (shot.interval.start.isoformat(), shot.interval.end.isoformat()) == \
        ("2015-07-03T00:00:00", "2015-07-06T00:00:00")
    evs = events_of("قتل 12 شخصا في المدينة منذ يوم الجمعة.", "2015-07-05", "ar")
    killed, = [e for e in evs if e.kind == "happening"]
    assert killed.time.value == "2015-07-03/2015-07-05"


def test_a_day_owning_the_happening_after_since_is_that_happenings_day() -> None:
    # "since Wednesday's storm": Wednesday is the storm's day, which "since" counts from;
    # it is not the span from Wednesday to the report
    evs = events_of("Rescuers found the bodies of four fishermen who had been missing since "
                    "Wednesday's storm off the coast of Mukalla.", "2025-08-15")
    storm, = [e for e in evs if e.kind == "happening" and e.event_type.startswith("disaster")]
    assert [m.trigger for m in storm.mentions if m.time is not None and m.time.text == "Wednesday"]
    assert storm.time.value == "2025-08-13"
    assert (storm.interval.start.isoformat(), storm.interval.end.isoformat()) == \
        ("2025-08-13T00:00:00", "2025-08-14T00:00:00")
    # without the possessive, "since Wednesday" still spans up to the report
    evs = events_of("Four fishermen have been missing since Wednesday off the coast of Mukalla.", "2025-08-15")
    assert {e.time.value for e in evs if e.kind == "happening" and e.time is not None} == {"2025-08-13/2025-08-15"}


def test_what_an_anniversary_is_of_is_an_earlier_happening() -> None:
    # the protests an anniversary is of are the year's they are told with, and their year
    # dates neither the march that marks them nor what is joined after them
    for text, lang in (
            ("Police fire tear gas as crowds mark anniversary of 2023 protests in Lima\n"
             "Police fired tear gas at thousands of marchers in central Lima on Monday as crowds marked "
             "the second anniversary of the 2023 protests against the government.", "en"),
            ("أحيا آلاف المحتجين في ليما يوم الاثنين الذكرى الثانية لاحتجاجات عام 2023، وأطلقت الشرطة "
             "الغاز المسيل للدموع.", "ar")):
        evs = [e for e in events_of(text, "2025-03-03", lang) if e.kind == "happening"]
        assert sorted((e.event_type, e.time.value) for e in evs) == [
            ("protest", "2023"), ("protest.intervention", "2025-03-03")], text
    # "ذكرى" (an anniversary) is no saying, though "ذكر" (mentioned) is
    evs = events_of("أحيا المحتجون الذكرى الأولى لاقتحام البرلمان. وذكرت الشرطة أن المسيرة كانت سلمية.",
                    "2025-03-03", "ar")
    assert [[m.trigger for m in e.mentions] for e in evs if e.kind == "statement"] == [["وذكرت"]]


def test_a_clause_time_dates_only_the_happenings_of_its_kind() -> None:
    # Monday is the arrest's; the shooting it is connected with keeps its own day
    text = ("Officers said a woman was arrested Monday over the shooting death of a college student "
            "outside a bar in Dayton on March 18.")
    evs = {e.event_type: e for e in events_of(text, "2016-04-12") if e.kind == "happening"}
    assert evs["strategic.arrest"].time.value == "2016-04-11"
    shooting = evs["violence.civilians.shooting"]
    assert [m.trigger for m in shooting.mentions] == ["shooting", "death"]
    assert shooting.time.value == "2016-03-18"
    # the parts of one operation share its time
    evs = events_of("Security forces launched an operation on Monday that targeted the cells of the group.",
                    "2016-04-12")
    op, = [e for e in evs if e.kind == "happening"]
    assert [m.trigger for m in op.mentions] == ["launched", "operation", "targeted"]
    assert {m.time.value for m in op.mentions} == {"2016-04-11"}


def test_a_day_told_as_whose_a_happening_is_dates_only_that_happening() -> None:
    # "Friday's knife attack": Friday is the attack's, not the arrest's that heads the clause
    text = ("Prosecutors said Sunday they had arrested a 31-year-old man suspected of Friday's knife attack "
            "on a tram in Graz.")
    evs = {e.event_type: e for e in events_of(text, "2024-09-01") if e.kind == "happening"}
    assert evs["strategic.arrest"].time is None
    assert evs["violence.civilians.stabbing"].time.value == "2024-08-30"
    # a day told before the noun, no possessive, is the clause's head's too
    evs = events_of("Police arrested four men in Friday raids on the camp.", "2024-09-01")
    assert {e.time.value for e in evs if e.kind == "happening"} == {"2024-08-30"}


def test_a_time_before_a_coordinator_ends_the_first_of_two_acts() -> None:
    # "on Tuesday and charged him": Tuesday is the arrest's, in either language
    evs = events_of("Officers arrested the driver on Tuesday and charged him with theft.", "2024-09-05")
    assert [(e.event_type, e.time.value if e.time else None) for e in evs if e.kind == "happening"] == [
        ("strategic.arrest", "2024-09-03"), ("political.justice", None)]
    evs = events_of("قصفت الطائرات البلدة يوم الثلاثاء واعتقلت القوات خمسة أشخاص.", "2024-09-05", "ar")
    assert [(e.event_type, e.time.value if e.time else None) for e in evs if e.kind == "happening"] == [
        ("violence.remote", "2024-09-03"), ("strategic.arrest", None)]


def test_a_span_after_a_happening_told_anew_dates_nothing_by_the_event_its_word_joined() -> None:
    # "two days after jets hit tanks": that "hit" joined Wednesday's strikes does not make
    # the strikes on the square Friday's
    text = ("Jets hit the army headquarters in the capital on Wednesday, killing three people.\n\n"
            "The strikes on the main square came two days after jets hit tanks near the border.")
    assert ("violence.remote", None) in [(e.event_type, e.time.value if e.time else None)
                                         for e in events_of(text, "2025-07-16") if e.kind == "happening"]
    # counted from a word that names the happening again, the span dates
    evs = events_of("A gunman shot a guard at the mall on Monday. Police arrested his brother two days after "
                    "the shooting.", "2025-07-16")
    assert [(e.event_type, e.time.value) for e in evs if e.kind == "happening"] == [
        ("violence.civilians.shooting", "2025-07-14"), ("strategic.arrest", "2025-07-16")]


def test_a_crime_told_before_its_charge_is_not_dated_by_it() -> None:
    # Thursday is the indictment's (and the arrest's); the shooting the relative clause
    # tells came before it, and nothing else in the sentence dates it
    for text, lang, charge in [
        ("A woman whose nephew was shot in a parking lot was indicted Thursday by a grand jury.", "en",
         "political.justice"),
        ("A driver whose passenger was killed by a stray bullet was arrested on Thursday.", "en", "strategic.arrest"),
        ("الرجل الذي أطلق النار على جاره اعتقل يوم الخميس.", "ar", "strategic.arrest"),
    ]:
        evs = {e.event_type: e for e in events_of(text, "2019-10-05", lang) if e.kind == "happening"}
        assert evs[charge].time.value == "2019-10-03"
        crime, = [e for t, e in evs.items() if t.startswith("violence")]
        assert crime.time is None, text
    # a happening of the charge's own kind told before it still shares its time
    evs = events_of("Two men were arrested in raids on Thursday.", "2019-10-05")
    assert {e.time.value for e in evs if e.kind == "happening"} == {"2019-10-03"}


def test_a_time_right_after_a_speech_verb_is_the_sayings() -> None:
    # "confirmed Sunday (that) a man was shot": Sunday is when it was confirmed; the
    # shooting, which no word of its own dates, stays undated
    for text in ("The sheriff confirmed Sunday a hunter was shot dead near the lake.",
                 "The sheriff confirmed on Sunday a hunter was shot dead near the lake."):
        evs = events_of(text, "2021-11-23")
        said, = [e for e in evs if e.kind == "statement"]
        assert said.time.value == "2021-11-21"
        shot, = [e for e in evs if e.kind == "happening"]
        assert shot.time is None
    # after a speech word of its clause, a time that opens what follows is the saying's too
    for text, lang in (("أعلنت وزارة الصحة، الأحد، مقتل خمسة أشخاص في غارة على البلدة.", "ar"),
                       ("The ministry announced on Sunday, the deaths of five people in an air strike.", "en")):
        evs = events_of(text, "2021-11-23", lang)
        said, = [e for e in evs if e.kind == "statement"]
        assert said.time.value == "2021-11-21"
        assert [e.time for e in evs if e.kind == "happening"] == [None], text
    # a time inside what is said still dates it
    evs = events_of("The sheriff said a hunter was shot dead on Sunday near the lake.", "2021-11-23")
    shot, = [e for e in evs if e.kind == "happening"]
    assert shot.time.value == "2021-11-21"


def test_a_reports_filing_date_dates_no_happening() -> None:
    # the date at the head of a line, closed by a dash or the outlet, is when the report
    # was filed; the call of the day before dates the shooting
    for head in ("(March 9, 2021) – ", "DENVER, March 9 (Wire) - ", "March 9, 2021 - "):
        text = head + "A man was shot dead outside a gas station on Monday night, police said."
        shot, = [e for e in events_of(text, "2021-03-09") if e.kind == "happening"]
        assert shot.time.value == "2021-03-08TNI", head
        text = head + "A man was shot dead outside a gas station, police said."
        shot, = [e for e in events_of(text, "2021-03-09") if e.kind == "happening"]
        assert shot.time is None, head
    for head in ("حلب 9 مارس 2021 (وكالة) ", "حلب - الثلاثاء 9 مارس: "):
        evs = events_of(head + "قتل رجل بانفجار عبوة ناسفة قرب محطة وقود.", "2021-03-09", "ar")
        assert [e.time for e in evs if e.kind == "happening"] == [None], head
    # a list of dated entries is no dateline: each line's date is its entry's
    text = ("Key events:\n3 March 2021 – A car bomb killed four people in Azaz.\n"
            "7 March 2021 – Gunmen attacked a checkpoint near Afrin.\n")
    assert [e.time.value for e in events_of(text, "2021-03-09") if e.kind == "happening"] == \
        ["2021-03-03", "2021-03-07"]
    # a date that opens a sentence and the happening it dates are not a filing date
    shot, = [e for e in events_of("On March 8, a man was shot dead outside a gas station.", "2021-03-09")
             if e.kind == "happening"]
    assert shot.time.value == "2021-03-08"
    blast, = [e for e in events_of("الثلاثاء: قتل رجل بانفجار عبوة ناسفة قرب محطة وقود.", "2021-03-10", "ar")
              if e.kind == "happening"]
    assert blast.time.value == "2021-03-09"


def test_a_toll_is_not_dated_by_a_happening_that_cannot_cause_it() -> None:
    # the hearing is Tuesday's; the death told in the same clause came before it
    for text, lang, words in [
        ("The father of a girl who died of her wounds attended a hearing on Tuesday.", "en", ["died", "wounds"]),
        ("حضر والد الطفل الذي توفي متأثرا بجروحه جلسة المحكمة يوم الثلاثاء.", "ar", ["توفي", "بجروحه"]),
    ]:
        evs = events_of(text, "2019-10-05", lang)
        death, = [e for e in evs if e.event_type == "outcome.death"]
        assert [(m.trigger, m.time) for m in death.mentions] == [(w, None) for w in words]
        assert death.time is None
        hearing, = [e for e in evs if e.event_type.startswith("political.")]
        assert hearing.time.value == "2019-10-01"
    # a toll beside what can cause it still takes the clause's day
    evs = events_of("Two people died of their wounds in the shelling on Tuesday.", "2019-10-05")
    assert {m.trigger: m.time.value for e in evs for m in e.mentions} == \
        {"died": "2019-10-01", "wounds": "2019-10-01", "shelling": "2019-10-01"}


def test_the_crime_a_charge_is_of_does_not_take_the_charges_time() -> None:
    # the charge, the plea, the sentence, the arrest and the accusation are of their day;
    # the crime they are about came before, and is dated only by words of its own
    for text, crime in [
        ("A 19-year-old was charged with second-degree murder and appeared before a judge Friday.", "murder"),
        ("The neighbor pleaded guilty Wednesday to killing the dog walker.", "killing"),
        ("A court sentenced the driver Monday to six years for the death of a cyclist.", "death"),
        ("The teen accused of stabbing a classmate was released on bail Thursday afternoon.", "stabbing"),
    ]:
        evs = events_of(text, "2019-10-05")
        m = next(m for e in evs for m in e.mentions if m.trigger == crime)
        assert m.time is None, (text, m.time)
    # a time of the crime's own phrase still dates it
    evs = events_of("Two brothers were arrested Tuesday in the robbery and shooting last March of a jeweler.",
                    "2019-10-05")
    shooting = next(e for e in evs if any(m.trigger == "shooting" for m in e.mentions))
    assert shooting.time.value == "2019-03"
    arrest = next(e for e in evs if e.event_type == "strategic.arrest")
    assert arrest.time.value == "2019-10-01"
    # an arrest made in raids is of the raids' day: raids are not a crime it is charged with
    raid, = [e for e in events_of("Troops arrested eleven men in raids on Sunday.", "2019-10-05")
             if e.event_type == "violence.raid"]
    assert raid.time.value == "2019-09-29"
    # Arabic: the crime after a glued preposition ("بتهمة", "بقتل")
    evs = events_of("اعتقلت الشرطة يوم الأربعاء شابا بتهمة قتل والده في بلدة ريفية.", "2019-10-05", "ar")
    arrest = next(e for e in evs if e.event_type == "strategic.arrest")
    assert arrest.time.value == "2019-10-02"
    killing = next(m for e in evs for m in e.mentions if m.trigger == "قتل")
    assert killing.time is None
    evs = events_of("اتهمت السلطات يوم السبت جماعة مسلحة بتفجير السيارة المفخخة.", "2019-10-05", "ar")
    blast = next(e for e in evs if e.event_type == "violence.remote.ied")
    assert [m.trigger for m in blast.mentions] == ["بتفجير السيارة المفخخة"] and blast.time is None


def test_a_time_shared_in_a_clause_dates_an_event_only_with_the_word_it_came_from() -> None:
    # "the March 3 shooting death of a clerk": March 3 is told with the shooting and shared
    # with the death; should the death be grouped with another happening, it brings no date
    from timeline.events.arguments import attach_times
    from timeline.events.coref import Draft
    from timeline.events.document import Document
    from timeline.events.mentions import find_triggers
    from timeline.events.timing import date_events
    from timeline.text import normalize

    text = "He also faces a charge for the shooting on March 3 that led to the death of a store clerk."
    times = timeline.find_times(text, published="2016-04-02", lang="en")
    doc = Document.read("x", normalize(text), "en", times)
    ts = {doc.norm.text[t.start:t.end]: t for t in find_triggers(doc)}
    attach_times(doc, list(ts.values()))
    shooting, death = ts["shooting"], ts["death"]
    assert (shooting.time.value, shooting.time_basis) == ("2016-03-03", "explicit")
    assert (death.time.value, death.time_basis, death.time_from) == ("2016-03-03", "clause", shooting)
    alone, told = Draft(0, "happening", "asserted"), Draft(1, "happening", "asserted")
    alone.add(death)
    told.add(shooting)
    date_events(doc, [alone, told], [], None)
    assert alone.time is None and told.time.value == "2016-03-03"
    together = Draft(0, "happening", "asserted")
    together.add(shooting)
    together.add(death)
    date_events(doc, [together], [], None)
    assert together.time.value == "2016-03-03"


def test_a_capitalised_event_word_in_running_text_is_a_name_and_in_a_headline_a_happening() -> None:
    # a surname that is also an event word, in a sentence whose event words are written small
    named = events_of("Sheriff Tom Battles said the clerk was shot on Monday.", "2025-06-18")
    assert sorted([m.trigger for m in e.mentions] for e in named) == [["said"], ["shot"]]
    # a headline run into the text (a web page without a full stop), and one in capitals
    text = ("Clerk Shot Dead Outside Corner Store Remembered The clerk was shot on Monday night. "
            "COUNTY HOMICIDES 2025: a list of the year's killings.")
    triggers = {m.trigger for e in events_of(text, "2025-06-18") for m in e.mentions}
    assert {"Shot", "Dead", "HOMICIDES"} <= triggers


def test_a_negated_speech_word_is_no_statement() -> None:
    # nobody spoke: "no party claimed the attack", "police did not say"
    ar = events_of("ولم تعلن أي جهة مسؤوليتها عن الهجوم على الحاجز.", "2025-06-18", "ar")
    assert [e.kind for e in ar] == ["happening"]
    en = events_of("Police did not say how many people were hurt. The mayor said the school was closed.",
                   "2025-06-18")
    assert [[m.trigger for m in e.mentions] for e in en if e.kind == "statement"] == [["said"]]


def test_a_refused_or_unanswered_request_for_comment_is_no_statement() -> None:
    for text in ("Gunmen shot a guard in Mosul on Monday. The ministry did not immediately respond to a "
                 "request for comment.",
                 "Gunmen shot a guard in Mosul on Monday. The ministry declined to comment.",
                 "Gunmen shot a guard in Mosul on Monday. Officials could not be reached for comment."):
        assert [e.kind for e in events_of(text, "2025-06-18")] == ["happening"], text
    ar = events_of("أطلق مسلحون النار على حارس في الموصل يوم الاثنين. ورفضت الوزارة التعليق على الحادث.",
                   "2025-06-18", "ar")
    assert [e.kind for e in ar] == ["happening"]
    # asked for comment, and answered: a statement
    en = events_of("Gunmen shot a guard in Mosul on Monday. Asked for comment, the ministry said it was "
                   "investigating.", "2025-06-18")
    assert [e.kind for e in en] == ["happening", "statement"]


def test_a_statement_whose_sentence_tells_no_happening_reports_the_last_one_told() -> None:
    text = ("انفجرت سيارة مفخخة قرب سوق مدينة الباب صباح الاثنين. "
            "وتوعد محافظ حلب بملاحقة المسؤولين عنها.")
    evs = events_of(text, "2025-03-11", "ar")
    assert [(e.kind, e.event_type, e.about) for e in evs] == [("happening", "violence.remote.ied", None),
                                                               ("statement", "statement.vow", 0)]


def test_who_spoke_is_never_named_inside_what_was_said() -> None:
    text = "وقالت الوزارة في بيانها إن الجيش الإيراني أطلق صواريخ على القاعدة."
    said = [e for e in events_of(text, "2025-03-11", "ar") if e.kind == "statement"]
    assert [(e.event_type, e.actor1) for e in said] == [("statement.say", None)]
    text = "The ministry confirmed on Monday that Turkish troops shelled the village."
    said = [e for e in events_of(text, "2025-03-11") if e.kind == "statement"]
    assert [(e.event_type, e.actor1) for e in said] == [("statement.confirm", None)]


def test_a_speaker_named_again_by_a_bare_noun_goes_on_speaking() -> None:
    text = ("قال مسؤول أمريكي إن الطائرات قصفت مخزنا للأسلحة قرب دير الزور فجر اليوم. "
            "وأوضح المسؤول أن الغارات استمرت ساعتين.")
    said = [e for e in events_of(text, "2025-03-11", "ar") if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in said] == [["قال", "وأوضح"]]
    text = ("The Defense Ministry announced on Monday that its jets struck a depot. "
            "The ministry said the raid lasted two hours.")
    said = [e for e in events_of(text, "2025-03-11") if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in said] == [["announced", "said"]]


def test_a_sentence_opened_as_another_incident_tells_another_happening() -> None:
    text = ("A 31-year-old man was shot and killed outside a gas station in Akron late Friday, police said. "
            "In another incident, a woman was wounded in a shooting near a park early Saturday. "
            "Separately, two men were injured in a shooting at a bar in Canton.")
    evs = [e for e in events_of(text, "2025-06-02") if e.kind == "happening"]
    assert [[m.trigger for m in e.mentions] for e in evs] == [
        ["shot", "killed"], ["incident", "wounded", "shooting"], ["injured", "shooting"]]
    assert [e.location for e in evs] == ["Akron", None, "Canton"]


def test_a_similar_attack_is_another_happening() -> None:
    text = ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday. "
            "A similar bombing at the same checkpoint killed nine people in March.")
    evs = [e for e in events_of(text, "2025-06-02") if e.kind == "happening"]
    assert [[m.trigger for m in e.mentions] for e in evs] == [["suicide bomber", "blew himself up"], ["bombing", "killed"]]
    assert [e.time.value for e in evs] == ["2025-06-01", "2025-03"]


def test_a_time_in_the_possessive_dates_the_happening_it_owns() -> None:
    text = "Relatives buried on Friday the victims of Thursday's car bombing in the town of Tal Afar."
    (bombing,) = [e for e in events_of(text, "2025-06-07") if e.kind == "happening"]
    assert bombing.time.text == "Thursday" and bombing.time.value == "2025-06-05"


def test_an_arabic_sentence_opened_as_a_separate_incident_tells_another_happening() -> None:
    text = ("قتل ثلاثة أشخاص في انفجار عبوة ناسفة استهدف سيارة مدنية في مدينة الباب صباح اليوم الأحد. "
            "وفي حادث منفصل، أصيب جنديان بجروح في هجوم على حاجز عسكري قرب مدينة عفرين.")
    evs = [e for e in events_of(text, "2025-06-08", "ar") if e.kind == "happening"]
    assert [[m.trigger for m in e.mentions] for e in evs] == [
        ["قتل", "انفجار عبوة ناسفة", "استهدف"], ["حادث", "أصيب", "بجروح", "هجوم"]]
    assert [e.location for e in evs] == ["الباب", "عفرين"]


def test_a_time_before_a_comma_dates_the_happening_not_the_outcome_after_it() -> None:
    # the time closes the phrase of "struck"; "damaging …" after the comma is what followed
    (quake,) = [e for e in events_of("A magnitude 5.1 earthquake struck the coastal province early on "
                                     "Wednesday, damaging dozens of old houses.", "2025-10-15")
                if e.kind == "happening"]
    basis = {m.trigger: (m.time.text, m.time_basis) for m in quake.mentions}
    assert basis["struck"] == ("early on Wednesday", "explicit")
    text = "ارتفعت حصيلة القصف الذي استهدف سوق البلدة، شرقي المحافظة، الأحد، إلى 17 قتيلا."
    (shelling,) = [e for e in events_of(text, "2025-05-13", "ar") if e.kind == "happening"]
    basis = {m.trigger: (m.time.text, m.time_basis) for m in shelling.mentions}
    assert basis["استهدف"] == ("الأحد", "explicit")
    assert shelling.time.value == "2025-05-11"


def test_a_toll_told_of_an_earlier_happening_is_not_the_event_s() -> None:
    # the headline's undated words join both in one event here: its toll is still the one
    # its own clauses tell, not the earlier happening's (told in the pluperfect)
    text = ("ارتفاع حصيلة قصف الفاشر إلى 22 قتيلا\n\n"
            "ارتفعت حصيلة القصف الذي استهدف مدينة الفاشر، عاصمة ولاية شمال دارفور، الأحد، إلى 22 قتيلا، "
            "بحسب ما أعلنته شبكة أطباء السودان اليوم الثلاثاء.\n\n"
            "وكانت قوات الدعم السريع قد قصفت في 10 أبريل الماضي مخيم زمزم جنوب الفاشر، ما أسفر عن "
            "مقتل أكثر من 100 شخص.")
    evs = [e for e in events_of(text, "2025-05-13", "ar") if e.kind == "happening"]
    main = next(e for e in evs if any(m.trigger == "استهدف" for m in e.mentions))
    assert (main.time.value, main.fatalities) == ("2025-05-11", 22)


def _pair_places(text: str, lang: str) -> dict[str, float]:
    from timeline.events.arguments import attach_arguments, attach_times
    from timeline.events.document import Document
    from timeline.events.mentions import find_triggers
    from timeline.events.pairs import NAMES, pair_vector
    from timeline.text import normalize

    doc = Document.read("x", normalize(text), lang, timeline.find_times(text, published="2025-12-20", lang=lang))
    ts = find_triggers(doc)
    attach_times(doc, ts)
    attach_arguments(doc, ts)
    x = pair_vector(ts[0], ts[-1])
    return {n: v for n, v in zip(NAMES, x) if n in ("place_same", "place_apart")}


def test_two_towns_of_one_country_are_places_apart_even_with_the_country_named() -> None:
    # each trigger names its town and the country: the country they share is no common place
    assert _pair_places("قتل مسلح في بلدة معدان في سوريا. وأصيب جندي في ريف حمص في سوريا.", "ar") == \
        {"place_same": 0.0, "place_apart": 1.0}
    # a town and the country it lies in are one place told at two levels
    assert _pair_places("A man was shot in Aleppo, Syria. A woman was wounded in Syria.", "en") == \
        {"place_same": 1.0, "place_apart": 0.0}


def test_an_operation_in_direct_response_to_an_attack_is_another_happening() -> None:
    text = ("شنت القوات الأمريكية غارات على مواقع التنظيم في البادية، ردا مباشرا على الهجوم الذي استهدف "
            "دورية مشتركة قرب تدمر يوم 13 كانون الأول.")
    evs = [e for e in events_of(text, "2025-12-20", "ar") if e.kind == "happening"]
    assert [([m.trigger for m in e.mentions], e.background) for e in evs] == [
        (["غارات"], False), (["الهجوم", "استهدف"], True)]
    assert evs[1].time.value == "2025-12-13"


def test_a_statement_after_a_back_reference_reports_the_happening_it_stands_for() -> None:
    # "… killed in the attack last week, the operation that the president condemned": the
    # condemnation is of the attack, told before the back-reference in its sentence
    text = ("قصفت الطائرات مواقع المسلحين فجر اليوم. وكان جنديان قد قتلا في الهجوم على الحاجز الأسبوع الماضي، "
            "وهي العملية التي أدانها الرئيس.")
    evs = events_of(text, "2025-12-20", "ar")
    condemn = next(e for e in evs if e.kind == "statement")
    attack = next(e for e in evs if any(m.trigger == "الهجوم" for m in e.mentions))
    assert condemn.event_type == "statement.condemn" and condemn.about == attack.index


def test_a_month_on_the_happening_gives_way_to_a_day_inside_it_before_one_outside_it() -> None:
    # "shot … in August" is refined by "Aug. 6" (inside August), not by the "Oct. 5" the
    # case's back-reference carries
    text = ("Police made an arrest in the killing of a man who was shot outside a store in August. "
            "He was pronounced dead shortly after 10:40 p.m. on Aug. 6. On Oct. 5, investigators identified "
            "a suspect in the case.")
    shooting = next(e for e in events_of(text, "2016-11-07") if e.event_type == "violence.civilians.shooting")
    assert [m.trigger for m in shooting.mentions] == ["killing", "shot", "pronounced dead", "case"]
    assert (shooting.time.text, shooting.time.value) == ("shortly after 10:40 p.m. on Aug. 6", "2016-08-06T22:40")


def test_a_speech_verb_s_ing_form_with_no_subject_goes_on_with_the_speaker() -> None:
    # "…, while also warning that …", "…, saying …": one statement by the minister
    text = ("The defence minister said the army would stay in the north while also warning that any attack "
            "would be answered. He spoke in Ankara, saying the border was closed.")
    statements = [e for e in events_of(text, "2025-03-11") if e.kind == "statement"]
    assert [[m.trigger for m in e.mentions] for e in statements] == [["said", "warning", "spoke", "saying"]]


def test_who_reports_a_happening_did_it_only_when_what_they_say_opens_with_their_pronoun() -> None:
    def doers(text: str, lang: str):
        return [(e.kind, e.actor1) for e in events_of(text, "2025-03-11", lang)]

    # "officials said gunmen attacked": the officials did not attack
    assert doers("قال مسؤولون في الجيش العراقي إن مسلحين هاجموا حاجزا قرب كركوك يوم الأحد.", "ar") == \
        [("statement", "IQ-MILITARY"), ("happening", None)]
    assert doers("Iraqi army officers said gunmen attacked a checkpoint near Kirkuk on Sunday.", "en") == \
        [("statement", "IQ-MILITARY"), ("happening", None)]
    # "the army said it shelled": the army did
    assert doers("وقال الجيش العراقي إنه قصف مواقع للمسلحين قرب كركوك يوم الأحد.", "ar") == \
        [("statement", "IQ-MILITARY"), ("happening", "IQ-MILITARY")]
    assert doers("The Iraqi army said it shelled militant positions near Kirkuk on Sunday.", "en") == \
        [("statement", "IQ-MILITARY"), ("happening", "IQ-MILITARY")]


def test_those_shot_who_died_are_killed_not_also_injured() -> None:
    # "shot" tells who was hit, the dead among them: the injured are the others
    def figures(text: str) -> list[tuple[Optional[int], Optional[int]]]:
        return [(e.fatalities, e.injured) for e in events_of(text, "2025-06-09") if e.kind == "happening"]

    assert figures("A 9-year-old girl was shot near the pool on Saturday. The girl died on Sunday.") == [(1, None)]
    assert figures("A man was shot in the neck early Saturday and later died.") == [(1, None)]
    assert figures("Five people were shot at the party on Saturday, two of them fatally. "
                   "Two men died at the scene.") == [(2, 3)]
    assert figures("A teen was shot in the arm on Saturday and taken to a hospital.") == [(None, 1)]


def test_a_town_is_named_before_its_county_unless_it_lies_outside_it() -> None:
    def places(text: str) -> list[tuple[Optional[str], tuple[str, ...]]]:
        return [(e.location, e.places) for e in events_of(text, "2025-06-09") if e.kind == "happening"]

    # the town is where it happened, the county around it (GeoNames gives a US town its
    # state, not its county, as parent: the kind of place decides)
    assert places("A girl was shot in Tama County near Traer on Sunday.") == [
        ("Traer", ("geonames:4878795", "us-county:19171"))]
    # a town read in another state than the county named is more likely a misreading
    assert places("A boy was shot in Whiteside County near Tulsa on Sunday.")[0][0] == "Whiteside County"


def test_what_an_armed_group_did_before_told_in_a_relative_clause_is_background():
    # "ISIS, which seized Mosul in 2014, claimed the bombing": the seizure describes the
    # group; it is neither the bombing nor its date
    text = ("A car bomb killed six people in Kirkuk. ISIS, which seized Mosul in 2014, claimed the "
            "bombing in a statement. The blast destroyed a market.")
    chron = timeline.build_chronology([timeline.Article(id="k", text=text, published="2025-03-10",
                                                        source="S", lang="en")])
    happenings = {tuple(m.trigger for m in e.mentions): e.value for e in chron.all_events if e.kind == "happening"}
    assert happenings == {("seized",): "2014",
                          ("car bomb", "killed", "bombing", "blast", "destroyed"): "2025-03-09/2025-03-10"}
    # the same in Arabic: the seizure is an event of its own
    text = ("قتل ستة أشخاص في انفجار سيارة مفخخة في كركوك. وتبنى تنظيم داعش الذي سيطر على الموصل عام 2014 "
            "التفجير. ودمر الانفجار سوقا شعبيا.")
    chron = timeline.build_chronology([timeline.Article(id="k", text=text, published="2025-03-10",
                                                        source="S", lang="ar")])
    groups = [tuple(m.trigger for m in e.mentions) for e in chron.all_events if e.kind == "happening"]
    assert ("سيطر",) in groups and not any("سيطر" in g and len(g) > 1 for g in groups)
    # a person's relative clause is no background: "the man, who was shot ..." is the news
    text = "A man was found dead in Dayton on Friday. The man, who was shot twice, died at the scene."
    chron = timeline.build_chronology([timeline.Article(id="d", text=text, published="2025-03-10",
                                                        source="S", lang="en")])
    assert len([e for e in chron.all_events if e.kind == "happening"]) == 1


def test_civilians_are_what_violence_is_done_to_never_its_actor_1() -> None:
    # ACLED: civilians are actor 2 of political violence, whatever word order tells them
    for text, lang in [
        ("قتل أربعة مدنيين في قصف مدفعي استهدف قرية على أطراف حلب صباح اليوم.", "ar"),
        ("Four civilians died in shelling that hit a village near Aleppo on Sunday.", "en"),
    ]:
        shelling, = [e for e in events_of(text, "2025-03-10", lang) if e.kind == "happening"]
        assert shelling.event_type.startswith("violence.")
        assert (shelling.actor1, shelling.actor2) == (None, "CIVILIANS")
    # a protest of civilians is theirs
    march, = [e for e in events_of("Civilians marched in Khartoum against the war.", "2025-03-10")
              if e.kind == "happening"]
    assert (march.event_type, march.actor1) == ("protest", "CIVILIANS")


def test_a_country_told_as_where_is_no_side_of_the_happening() -> None:
    # "in northern Syria", "the Syrian town of", "مدينة منبج السورية", "العاصمة السورية" say
    # where; a country that acts or speaks is an actor
    for text, lang in [
        ("A car bomb killed three people in the town of Azaz in northern Syria on Saturday.", "en"),
        ("A car bomb exploded in the Syrian town of Azaz on Saturday.", "en"),
        ("انفجرت سيارة مفخخة في مدينة منبج السورية يوم السبت.", "ar"),
        ("انفجرت سيارة مفخخة في العاصمة السورية يوم السبت.", "ar"),
    ]:
        bomb, = [e for e in events_of(text, "2025-06-15", lang) if e.kind == "happening"]
        assert "country:SY" not in bomb.actors, text
        assert "SY" in bomb.places or any(p.startswith("geonames:") for p in bomb.places)
    for text, lang in [("Syria condemned the bombing in Azaz on Saturday.", "en"),
                       ("أدانت سوريا التفجير الذي وقع في منبج يوم السبت.", "ar")]:
        said, = [e for e in events_of(text, "2025-06-15", lang) if e.kind == "statement"]
        assert said.actor1 == "country:SY", text


def test_who_claims_a_happening_is_its_actor_1() -> None:
    for text, lang, claimant, done in [
        ("The Houthis claimed responsibility for a missile attack on a cargo ship off Yemen.", "en", "HOUTHIS",
         "violence.remote.missile"),
        ("أعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف حافلة للجيش.", "ar", "ISIS", "violence.remote"),
    ]:
        evs = events_of(text, "2025-03-10", lang)
        claim, = [e for e in evs if e.kind == "statement"]
        attack, = [e for e in evs if e.kind == "happening"]
        assert (claim.event_type, claim.actor1, claim.about) == ("statement.claim", claimant, attack.index)
        assert (attack.event_type, attack.actor1) == (done, claimant)
    # a claim about something else, or no claim at all, names no doer
    for text in ["Police claim the man fired first during the raid.",
                 "No group has claimed responsibility for the bombing."]:
        done, = [e for e in events_of(text, "2025-03-10") if e.kind == "happening"]
        assert done.actor1 is None, text


def test_an_actor_named_more_often_as_target_than_as_doer_is_not_the_doer() -> None:
    text = "Gunmen stormed a police post in northwest Pakistan late Monday, killing four officers."
    raid, = [e for e in events_of(text, "2025-03-11") if e.kind == "happening"]
    assert (raid.actor1, raid.actor2, raid.fatalities) == (None, "PK-POLICE", 4)


def test_the_happening_an_article_is_about_is_dated_by_its_recent_time() -> None:
    # an older look-alike told in the same story does not lend it its date
    text = ("A 5-year-old boy died Sunday of a gunshot wound he suffered at his home. "
            "Neighbors said the shooting shocked the street. "
            "Last year, on the next street, a 7-year-old girl accidentally shot herself. "
            "She died at the hospital on June 3, 2023.")
    evs = [e for e in events_of(text, "2024-03-12") if e.kind == "happening"]
    main = next(e for e in evs if e.main)
    assert main.time.value == "2024-03-10"
    assert any(m.trigger == "died" for m in main.mentions)


def test_the_news_is_not_dated_by_an_older_toll_drawn_into_it() -> None:
    # the only time near the news is the month an older family's deaths were found in:
    # those deaths are of another happening, and the news stays undated
    text = ("A teenager shot his two brothers at their home, killing one, the sheriff said. "
            "Deputies recovered a shotgun from the porch. "
            "In August, four members of another family were found dead a mile away.")
    evs = [e for e in events_of(text, "2015-03-26") if e.kind == "happening"]
    main = next(e for e in evs if e.main)
    assert [m.trigger for m in main.mentions][:2] == ["shot", "killing"]
    assert main.time is None
    # told with a word naming it, an old time still dates the article's happening
    text = ("A teenager shot his two brothers at their home in August, the sheriff said. "
            "Four were found dead.")
    main = next(e for e in events_of(text, "2015-03-26") if e.main)
    assert main.time.value == "2014-08"


def test_a_habit_is_no_particular_happening() -> None:
    # "continues to carry out attacks": what a group goes on doing, not one happening; so
    # are the happenings coordinated with it
    for text, lang in (("The group lost its last town in 2019 but continues to carry out bombings and kidnappings.", "en"),
                       ("خسر التنظيم آخر معاقله عام 2019 لكنه يواصل تنفيذ التفجيرات والهجمات الخاطفة والاختطاف.", "ar")):
        assert [e for e in events_of(text, "2024-12-20", lang) if e.kind == "happening"
                and e.event_type.startswith("violence")] == [], text
    # a past "continued" tells what was done, and "continue to investigate the shooting"
    # presupposes the shooting
    for text, lang in (("The army continued shelling the town on Sunday.", "en"),
                       ("واصلت القوات قصف المدينة يوم الأحد.", "ar"),
                       ("Police continue to investigate the shooting.", "en")):
        assert [e.kind for e in events_of(text, "2024-12-20", lang)] == ["happening"], text


def test_a_happening_told_a_span_after_or_before_another_is_dated_from_it() -> None:
    # "two days after the shooting": the shooting lies two days before the arrest's Tuesday
    evs = events_of("Police arrested a man on Tuesday. The arrest came two days after the shooting of a "
                    "teenager in Dayton.", "2025-12-20")
    shooting, = [e for e in evs if e.event_type == "violence.civilians.shooting"]
    assert (shooting.time.value, shooting.time.text, shooting.time_basis) == ("2025-12-14", "two days", "narrative")
    # "a week before the vote": after it
    evs = events_of("The council met on Monday, a week before the vote on the budget.", "2025-12-20")
    assert {e.event_type: e.time.value for e in evs if e.kind == "happening"}["political.election"] == "2025-12-22"
    # in Arabic, the span after "بعد" and "من", from the time told last for what "this
    # operation" refers back to
    evs = events_of("وفي 14 من ديسمبر، شنت قوات الأمن عملية أمنية في ريف حمص. وتأتي هذه العملية بعد يوم من "
                    "تعرض دورية لإطلاق نار قرب مدينة تدمر.", "2025-12-20", "ar")
    shot, = [e for e in evs if e.event_type == "violence.civilians.shooting"]
    assert shot.time.value == "2025-12-13"
    # a happening dated by its own words keeps its own time
    evs = events_of("Police arrested a man on Tuesday, two days after the shooting on Sunday.", "2025-12-20")
    shooting, = [e for e in evs if e.event_type == "violence.civilians.shooting"]
    assert shooting.time.value == "2025-12-14" and shooting.time.text == "Sunday"



def test_a_span_told_with_later_or_earlier_counts_from_the_narrative_s_last_date() -> None:
    # "Three days later, ...": three days after the time told last for a happening
    evs = events_of("A gunman opened fire at a bar in Toledo on Friday night. Three days later, police "
                    "arrested a suspect at a motel.", "2025-06-25")
    arrest, = [e for e in evs if e.event_type == "strategic.arrest"]
    assert (arrest.time.value, arrest.time.text, arrest.time_basis) == ("2025-06-23", "Three days", "explicit")
    # "Two days earlier, ...": before it, and so not the same happening as the raid
    evs = events_of("Troops raided a farm outside Mosul on Thursday. Two days earlier, a roadside bomb hit an "
                    "army convoy near Tikrit.", "2025-06-20")
    assert sorted((e.event_type, e.time.value) for e in evs if e.kind == "happening") == [
        ("violence.raid", "2025-06-19"), ("violence.remote.ied", "2025-06-17")]
    # "A day earlier": the day before (the clock tolerance lets adjacent days meet)
    evs = events_of("Troops raided a farm outside Mosul on Thursday. A day earlier, a roadside bomb hit an "
                    "army convoy near Tikrit.", "2025-06-20")
    assert [m.time.value for e in evs for m in e.mentions if m.trigger == "roadside bomb"] == ["2025-06-18"]
    # nothing after the span: the word before it in its clause ("died two days later")
    evs = events_of("A teenager was shot in Flint on Saturday. He died two days later.", "2025-06-20")
    died = [m for e in evs for m in e.mentions if m.trigger == "died"]
    assert [m.time.value for m in died] == ["2025-06-16"]
    # a comparison is no narrative span; a span with nothing dated before it dates nothing
    evs = events_of("The vote on the budget took place on Monday, two days earlier than planned.", "2025-06-20")
    assert [e.time.value for e in evs if e.kind == "happening"] == ["2025-06-16"]
    evs = events_of("Three days later, police arrested a suspect.", "2025-06-20")
    assert [e.time for e in evs if e.kind == "happening"] == [None]
    # a span ending the clause of the word it dates, in a sentence that dates only its
    # saying: it counts from the day of the saying
    evs = events_of("The rebel group said on Tuesday it had carried out an ambush that killed four "
                    "soldiers near Kidal two days earlier.", "2025-06-18")
    ambush, = [e for e in evs if e.kind == "happening"]
    assert (ambush.time.value, ambush.time.text) == ("2025-06-15", "two days")
    # ... but not a happening after the span, which may be what the span is of
    evs = events_of("The mayor said on Tuesday the blast was an accident, but at a briefing a day later "
                    "he would not talk about it.", "2025-06-18")
    blast, = [e for e in evs if e.kind == "happening"]
    assert [m.trigger for m in blast.mentions] == ["blast", "accident", "it"] and blast.time is None
    # Arabic: "قبل ذلك بيوم" / "بعد ذلك بيومين" before the span
    evs = events_of("قصفت الطائرات مخزنا للذخيرة قرب حماة يوم الأربعاء. وبعد ذلك بيومين، اعتقلت قوات الأمن "
                    "ثلاثة أشخاص في حلب.", "2025-06-20", "ar")
    arrest, = [e for e in evs if e.event_type == "strategic.arrest"]
    assert (arrest.time.value, arrest.time.text) == ("2025-06-20", "يومين")
    evs = events_of("اعتقلت قوات الأمن ثلاثة أشخاص في حلب يوم الجمعة. وقبل ذلك بيومين، قصفت الطائرات مخزنا "
                    "للذخيرة قرب حماة.", "2025-06-20", "ar")
    assert sorted((e.event_type, e.time.value) for e in evs if e.kind == "happening") == [
        ("strategic.arrest", "2025-06-20"), ("violence.remote", "2025-06-18")]


def test_what_a_happening_came_in_spite_of_keeps_its_own_date() -> None:
    # "despite the truce agreed on ...", "رغم الهدنة التي ...": the date is the truce's, not
    # the shelling's, which the clause before it does not date
    for text, lang in (("The shelling of the port continued despite the truce agreed on March 3.", "en"),
                       ("واستمر قصف الميناء رغم الهدنة التي أعلنت في 3 مارس.", "ar")):
        evs = events_of(text, "2025-06-20", lang)
        shelling = [e for e in evs if e.event_type.startswith("violence")]
        assert [e.time for e in shelling] == [None], text
        assert [e.time.value for e in evs if e.time is not None] == ["2025-03-03"], text

def test_the_time_of_telling_is_the_telling_s_not_of_what_is_told() -> None:
    # "أبلغوا" (told) is a speech word: the year they told it in is theirs
    text = "وكان مسؤولون في الاستخبارات قد أبلغوا البرلمان هذا العام بأن التنظيم سيحاول استغلال سقوط النظام."
    evs = events_of(text, "2025-12-20", "ar")
    told, = [e for e in evs if e.kind == "statement"]
    fall, = [e for e in evs if e.kind == "happening"]
    assert (told.event_type, told.time.value) == ("statement.say", "2025")
    assert fall.time is None


def test_the_present_of_reaching_is_no_telling() -> None:
    # "يبلغ من العمر" (is aged), "يبلغ عدد" (amounts to): not the present of "أبلغ" (told)
    evs = events_of("قتل قاصر يبلغ من العمر 14 عاما في القصف، ويبلغ عدد القتلى منذ الصباح تسعة.", "2025-03-10", "ar")
    assert [e.kind for e in evs] == ["happening"]


def test_what_is_called_for_threatened_or_aimed_at_has_not_happened() -> None:
    for text in ["ودعا الوزير إلى وقف إطلاق النار فورا.",
                 "هدد الجيش بالانسحاب من المدينة.",
                 "وأضاف أن بلاده تدعم كافة الجهود الرامية إلى وقف إطلاق النار."]:
        assert [e.kind for e in events_of(text, "2025-03-10", "ar")] == ["statement"], text
    # what was announced as done, or done after a threat, took place
    evs = events_of("أعلن الطرفان وقف إطلاق النار مساء الأحد.", "2025-03-10", "ar")
    assert [(e.kind, e.event_type) for e in evs if e.kind == "happening"] == [("happening", "strategic.ceasefire")]
    evs = events_of("انسحب الجيش من المدينة بعد أن هدد المسلحون بمهاجمتها.", "2025-03-10", "ar")
    assert [e.event_type for e in evs if e.kind == "happening"] == ["strategic.deployment"]


def test_any_happening_is_no_particular_happening() -> None:
    for text, lang, kinds in [("The president said his country rejects any attack on its sovereignty.", "en", ["statement"]),
                              ("It was not known whether there had been any arrests.", "en", []),
                              ("أكد الوزير رفض بلاده أي اعتداء على أراضيها.", "ar", ["statement"])]:
        assert [e.kind for e in events_of(text, "2025-03-10", lang)] == kinds, text
    # under a negation the negation decides: shots not heard were still fired
    evs = events_of("The landlord said she didn't hear any gunshots that evening.", "2025-03-10")
    assert [e.event_type for e in evs if e.kind == "happening"] == ["violence.civilians.shooting"]


def test_a_dateline_whose_dash_ends_its_line_is_a_dateline() -> None:
    # web pages often break the line after the dateline's dash
    shot, = [e for e in events_of("SALEM, Mass. -\n\nA man was shot dead on Friday.", "2025-03-10")
             if e.kind == "happening"]
    assert (shot.places, shot.place_basis) == (("geonames:4950065",), "dateline")


def test_a_people_noun_after_an_arabic_verb_is_its_subject_and_the_actor_after_its_object() -> None:
    told, = [e for e in events_of("أبلغ السكان الشرطة عن سماع انفجار قرب السوق.", "2025-03-10", "ar")
             if e.kind == "statement"]
    assert (told.actor1, told.actor2) == (None, "POLICE")
    attack, = [e for e in events_of("هاجم مسلحون حاجزا للجيش قرب الحدود يوم الأحد.", "2025-03-10", "ar")
               if e.kind == "happening"]
    assert attack.actor1 is None and attack.actor2 is not None and attack.actor2.endswith("MILITARY")
    # an actor named right after the verb is still its subject
    said, = [e for e in events_of("قال الجيش إن مسلحين هاجموا الحاجز.", "2025-03-10", "ar") if e.kind == "statement"]
    assert said.actor1 == "MILITARY"


def test_the_outlet_signing_the_headline_is_not_where_it_happened() -> None:
    def places(text: str) -> list[tuple[Optional[str], tuple[str, ...], str]]:
        return [(e.location, e.places, e.place_basis) for e in events_of(text, "2025-11-10") if e.kind == "happening"]

    # "- WKXT News 4 Dayton" is the station: the hunter was shot near Xenia (the station's
    # town, all the headline has, comes after any place the text names)
    assert places("Hunter dies after shooting in the woods - WKXT News 4 Dayton\n\n"
                  "A hunter was shot and killed Saturday near Xenia, deputies said.") == [
        ("Xenia", ("geonames:4528810", "geonames:4509884"), "text")]
    # with no place of its own, the station's town is all there is, told as such
    assert places("Hunter dies after shooting in the woods - WKXT News 4 Dayton\n\n"
                  "A hunter was shot and killed Saturday, deputies said.") == [
        ("Dayton", ("geonames:4509884",), "dateline")]
    # a dash before words that sign no outlet leaves the headline's place alone
    assert places("Hunter shot in the woods near Xenia - deputies\n\n"
                  "A hunter was shot and killed Saturday, deputies said.")[0][0] == "Xenia"


def test_an_outlet_signs_a_headline_after_a_dash_or_a_bar() -> None:
    from timeline.events.document import Document
    from timeline.text import normalize

    def tail(text: str, lang: str = "en") -> str:
        n = normalize(text)
        s, e = Document.read("x", n, lang, []).outlet_tail()
        return n.text[s:e]

    assert tail("Two hurt in downtown shooting | KQTV.com Springfield\n\nBody.") == " | kqtv.com springfield"
    assert tail("Girl, 5, wounded by stray bullet - Metro News, Weather & Traffic\n\nBody.") == \
        " - metro news, weather & traffic"
    assert tail("مقتل ثلاثة في انفجار سيارة مفخخة | قناة الأفق\nالنص.", "ar") == " | قناه الافق"
    assert tail("Two hurt in downtown shooting - police\n\nBody.") == ""  # no outlet
    assert tail("Shots - KQTV\n\nBody.") == ""  # too short a headline before the dash
    assert tail("Two hurt in downtown shooting - KQTV") == ""  # a single line: no headline


def test_a_clause_telling_an_earlier_happening_keeps_its_toll() -> None:
    # the 15 were killed in the attack two years before, the 11 in the earlier strikes
    text = ("A rocket hit a bus station in Sidon on Sunday, killing four people, two years after a "
            "similar attack on the same station killed 15.")
    main = [e for e in events_of(text, "2026-05-11") if e.kind == "happening" and not e.background]
    assert [(m.trigger for m in main[0].mentions).__next__(), main[0].fatalities] == ["rocket", 4]
    text = "قتل ثلاثة أشخاص مساء الاثنين في قصف استهدف سوقا في بلدة سراقب، بعد يوم من مقتل 11 شخصا في غارات على بلدة أريحا."
    main = [e for e in events_of(text, "2026-05-12", "ar") if e.kind == "happening" and not e.background]
    assert main[0].fatalities == 3


def test_a_happening_a_span_of_months_or_years_before_another_is_dated_to_the_month() -> None:
    def dated(text: str, published: str, lang: str = "en") -> list[tuple[str, str, Optional[str]]]:
        return [(e.mentions[0].trigger, e.time_basis, e.time.value if e.time else None)
                for e in events_of(text, published, lang) if e.kind == "happening"]

    # "a similar attack" would otherwise be of the rocket's episode (a series, "a second blast")
    assert dated("A rocket hit a bus station in Sidon on Sunday, killing four people, two years after a "
                 "similar attack on the same station killed 15.", "2026-05-11") == [
        ("rocket", "explicit", "2026-05-10"), ("attack", "narrative", "2024-05")]
    # a day after: to the day, from the day of an evening
    assert dated("قتل ثلاثة أشخاص مساء الاثنين في قصف استهدف سوقا في بلدة سراقب، بعد يوم من مقتل 11 شخصا "
                 "في غارات على بلدة أريحا.", "2026-05-12", "ar") == [
        ("قتل", "explicit", "2026-05-11TEV"), ("مقتل", "narrative", "2026-05-10")]


def test_a_place_named_only_in_a_clause_telling_an_earlier_happening_comes_last() -> None:
    # Jazan is where the facility the rebels said they hit lies; the strikes were on Saada
    text = ("شنت مقاتلات التحالف غارات على مواقع في محافظة صعدة ليل الأربعاء، ما أسفر عن مقتل أربعة مدنيين.\n"
            "وتأتي الغارات بعد ساعات من إعلان الحوثيين استهداف منشأة نفطية في جازان جنوبي السعودية بطائرة مسيرة.")
    got = [(e.mentions[0].trigger, e.location, e.places) for e in events_of(text, "2026-04-16", "ar")
           if e.kind == "happening"]
    assert got == [("غارات", "صعدة", ("YE-SD", "geonames:105299", "SA")),
                   ("استهداف", "جازان", ("geonames:105299", "SA"))]


def test_a_sentence_opened_by_another_town_tells_another_happening() -> None:
    def happenings(text: str, lang: str) -> list[tuple[Optional[str], list[str]]]:
        return [(e.location, [m.trigger for m in e.mentions]) for e in events_of(text, "2026-04-16", lang)
                if e.kind == "happening"]

    # a round-up moving on to another town: two happenings
    assert happenings("قتل خمسة أشخاص في قصف على مدينة دوما صباح السبت.\n"
                      "وفي مدينة حرستا، أصيب ثلاثة مدنيين برصاص قناص.", "ar") == [
        ("دوما", ["قتل", "قصف"]), ("حرستا", ["أصيب", "برصاص"])]
    assert happenings("A car bomb killed six people in Kirkuk on Monday. In Tikrit, gunmen shot dead two "
                      "policemen at a checkpoint.", "en") == [
        ("Kirkuk", ["car bomb", "killed"]), ("Tikrit", ["gunmen", "shot", "dead"])]
    # the same town again, or a definite back-reference told from elsewhere, is the same one
    assert happenings("A car bomb killed six people in Kirkuk on Monday. In Kirkuk, residents said the blast "
                      "shook their homes.", "en") == [("Kirkuk", ["car bomb", "killed", "blast"])]
    assert happenings("قتل خمسة أشخاص في تفجير سيارة مفخخة في الموصل صباح السبت.\n"
                      "وفي بغداد، أدان رئيس الوزراء التفجير ووصفه بالجبان.", "ar") == [
        ("الموصل", ["قتل", "تفجير سيارة مفخخة", "التفجير"])]
    # a dateline opens no scene
    assert len(happenings("Gunman kills two in Tulsa bar\n\nTULSA, Okla. — A gunman opened fire in a bar on "
                          "Saturday, killing two men, police said.", "en")) == 1


def test_an_arabic_time_before_a_verb_ends_the_phrase_before_it() -> None:
    # "في أكتوبر 2019" dates the protests before it; "قتل خلالها" (killed during them) opens
    # what follows: the old protests are not today's
    text = ("تظاهر آلاف الأشخاص يوم الجمعة في ساحة التحرير احتجاجا على انقطاع الكهرباء.\n"
            "وكانت الساحة قد شهدت احتجاجات واسعة في أكتوبر 2019 قتل خلالها مئات المتظاهرين.")
    got = [(e.mentions[0].trigger, e.time.value if e.time else None) for e in events_of(text, "2026-07-11", "ar")
           if e.kind == "happening"]
    assert got == [("تظاهر", "2026-07-10"), ("احتجاجات", "2019-10")]


def test_an_outcome_told_after_a_comma_gives_its_time_to_the_happening_of_its_clause() -> None:
    # "swept … on Thursday, killing 12": Thursday is the floods', not only the deaths'; a
    # flood of last August told after it stays another event
    evs = events_of("Flash floods swept through dozens of villages across the eastern province of Kassala on "
                    "Thursday, killing at least 12 people and destroying hundreds of homes, officials said on "
                    "Saturday. Last August, floods in the same province killed more than 30 people.", "2026-03-14")
    assert sorted((e.event_type, e.time.value, [m.trigger for m in e.mentions])
                  for e in evs if e.kind == "happening") == [
        ("disaster.weather.flood", "2025-08", ["floods", "killed"]),
        ("disaster.weather.flood", "2026-03-12", ["Flash floods", "killing", "destroying"])]
    # the same in Arabic, the toll brought in by "ما أسفر عن"
    evs = events_of("اجتاحت سيول جارفة عشرات القرى في ولاية كسلا شرق البلاد يوم الخميس، ما أسفر عن مقتل 12 شخصا "
                    "وتدمير مئات المنازل. وفي أغسطس الماضي، أودت فيضانات في الولاية نفسها بحياة 30 شخصا.",
                    "2026-03-14", "ar")
    assert sorted((e.event_type, e.time.value) for e in evs if e.kind == "happening") == [
        ("disaster.weather.flood", "2025-08"), ("disaster.weather.flood", "2026-03-12")]
    # a time told after the outcome is the outcome's; the happening before it shares it
    # only through its clause, as before
    evs = events_of("A gunman opened fire at a bar in Toledo, killing a man on Friday.", "2025-06-25")
    assert [(e.time.value, [(m.trigger, m.time_basis) for m in e.mentions]) for e in evs] == [
        ("2025-06-20", [("gunman", "inherited"), ("opened fire", "inherited"), ("killing", "explicit")])]


def test_a_time_in_a_phrase_of_no_happening_dates_the_happening_before_it() -> None:
    # "crashed shortly after take-off from … on Thursday evening, killing …": the time ends
    # a phrase naming no happening; the crash told before it, with no comma between, is
    # then, and a crash of last March told after it stays another event
    evs = events_of("A cargo plane crashed shortly after take-off from Mosul airport on Thursday evening, "
                    "killing its four crew, officials said on Friday. In March, a military helicopter "
                    "crashed near Erbil, killing two pilots.", "2025-11-07")
    assert sorted((e.time.value, [m.trigger for m in e.mentions])
                  for e in evs if e.kind == "happening") == [
        ("2025-03", ["crashed", "killing"]), ("2025-11-06TEV", ["plane crashed", "killing"])]


def test_a_date_between_an_article_and_its_noun_dates_only_that_noun() -> None:
    # "the winner of the March 3 vote, … and two people were killed": March 3 is the vote's,
    # not a date opening the clause for the killing told after it
    evs = events_of("The electoral commission on Tuesday declared Ahmed Salem the winner of the March 3 vote, "
                    "and two people were killed when police fired on his rivals' supporters in Kindia.",
                    "2025-03-12")
    assert [(e.event_type, e.time.value if e.time else None, [m.trigger for m in e.mentions])
            for e in evs if e.kind == "happening"] == [
        ("political.election", "2025-03-03", ["vote"]), ("violence", None, ["killed", "fired"])]
    # a date opening its clause still dates what the clause tells
    evs = events_of("On March 3, two people were killed when police fired on supporters in Kindia.", "2025-03-12")
    assert [(e.event_type, e.time.value) for e in evs if e.kind == "happening"] == [("violence", "2025-03-03")]


def test_the_distance_of_a_time_from_a_word_is_counted_in_words() -> None:
    # "a 25-year-old woman" is three words, not five tokens: Tuesday is the arrest's, told
    # nearer it than the stabbing after "in connection with the", which keeps its own month
    evs = events_of("Police arrested a 25-year-old woman Tuesday in connection with the stabbing of her "
                    "neighbor last month.", "2025-07-18")
    assert [(e.event_type, e.time.value) for e in evs] == [
        ("strategic.arrest", "2025-07-15"), ("violence.civilians.stabbing", "2025-06")]


def test_force_used_on_a_crowd_makes_its_protest_one_with_intervention() -> None:
    # ACLED: one event, "Protest with intervention", the protesters its actor 1 and the force
    # its actor 2, whichever words (tear gas, water cannon, a bare "fired") tell the force
    cases = [
        ("Hundreds of teachers rallied outside the education ministry on Tuesday over unpaid wages. "
         "Police fired tear gas to disperse the crowd.", "en", ["rallied", "fired tear gas", "to disperse"]),
        ("اعتصم مئات المعلمين أمام وزارة التربية يوم الثلاثاء للمطالبة بأجورهم، وأطلقت الشرطة الغاز المسيل "
         "للدموع لتفريق المعتصمين.", "ar", ["اعتصم", "وأطلقت", "الغاز المسيل للدموع", "لتفريق المعتصمين"]),
    ]
    for text, lang, words in cases:
        (e,) = [e for e in events_of(text, "2026-04-16", lang) if e.kind == "happening"]
        assert (e.event_type, e.time.value, e.actor1, e.actor2[-6:], [m.trigger for m in e.mentions]) == (
            "protest.intervention", "2026-04-14", "PROTESTERS", "POLICE", words), text
    # a peaceful one stays a protest, with those who marched as its actor 1 and no force
    (e,) = [e for e in events_of("Students marched peacefully through the city centre on Tuesday, police said.",
                                 "2026-04-16") if e.kind == "happening"]
    assert (e.event_type, e.actor1, e.actor2) == ("protest", "PROTESTERS", None)
    # a crowd that disperses by itself is no intervention
    assert [e.event_type for e in events_of("After the shots, the crowd dispersed.", "2026-04-16")
            if e.kind == "happening"] == ["violence.civilians.shooting"]


def test_a_strike_of_workers_is_a_protest_and_an_air_strike_an_attack() -> None:
    # ACLED codes strikes as protests; the English word tells its sense by the words near it
    def kinds(text: str, lang: str = "en") -> list[tuple[str, list[str]]]:
        return [(e.event_type, [m.trigger for m in e.mentions])
                for e in events_of(text, "2026-04-16", lang) if e.kind == "happening"]

    assert kinds("Nurses across the province went ahead with a strike over unpaid salaries on Monday.") == [
        ("protest", ["strike"])]
    assert kinds("The port was shut by a strike of dockworkers on Monday.") == [("protest", ["strike"])]
    assert kinds("A drone strike on a car killed two men on Monday.") == [
        ("violence.remote.air", ["drone strike", "killed"])]
    assert kinds("An artillery strike hit the market on Monday, killing a baker and two workers nearby.")[0][0] \
        .startswith("violence")
    # Arabic has a word of its own, and a protest's aim after it is no statement
    assert kinds("أضرب الأطباء عن العمل يوم الاثنين للمطالبة بتحسين رواتبهم.", "ar") == [("protest", ["أضرب"])]
    assert kinds("دخل عشرات المعتقلين في إضراب مفتوح عن الطعام.", "ar") == [("protest", ["إضراب"])]


def test_a_march_s_aim_is_no_statement_and_its_day_is_the_march_s() -> None:
    # "marched … on Saturday to demand": the demand is the march's aim (a form of "march"
    # its stem does not tell), Saturday the march's; a body camera is no dead body
    evs = events_of("Dozens of residents marched to the town hall on Saturday to demand the release of "
                    "body camera footage.", "2025-04-20")
    assert [(e.event_type, e.time.value, [m.trigger for m in e.mentions]) for e in evs] == [
        ("protest", "2025-04-19", ["marched"])]


def test_a_happening_in_a_clause_whose_time_recurs_is_a_habit_not_an_event() -> None:
    # "about 3,000 people die on the country's roads each year": a statistic, whose figure is
    # no toll of the crash told before it; the same in Arabic
    evs = events_of("Nine people were killed when a minibus overturned near Sfax on Monday. About 3,000 "
                    "people die on the country's roads each year.", "2025-03-11")
    assert [(e.event_type, e.fatalities) for e in evs] == [("disaster.accident", 9)]
    evs = events_of("لقي تسعة أشخاص مصرعهم في انقلاب حافلة قرب صفاقس يوم الاثنين. ويموت نحو ثلاثة آلاف شخص "
                    "على الطرقات كل عام.", "2025-03-11", "ar")
    assert [(e.event_type, e.fatalities) for e in evs] == [("disaster.accident", 9)]


def test_an_exchange_of_prisoners_is_a_release_in_both_languages() -> None:
    def kinds(text: str, lang: str) -> list[tuple[str, list[str]]]:
        return [(e.event_type, [m.trigger for m in e.mentions])
                for e in events_of(text, "2026-05-08", lang) if e.kind == "happening"]

    assert kinds("The two sides exchanged 85 prisoners at a border crossing on Thursday.", "en") == [
        ("strategic.release", ["exchanged"])]
    assert kinds("تبادل الطرفان 85 أسيرا عند معبر حدودي يوم الخميس.", "ar") == [("strategic.release", ["تبادل"])]
    # an exchange of fire frees no one
    assert kinds("Troops exchanged fire with gunmen near the border on Thursday.", "en")[0][0].startswith("violence")


def test_a_happening_arranged_ahead_and_dated_after_the_report_is_a_plan() -> None:
    # an Arabic future verb after its phrase, or only the date: the meeting is planned and
    # dated to its day, apart from the one held today
    evs = events_of("وعقد مجلس الوزراء جلسة اليوم الخميس، والجلسة المقبلة الثلاثاء المقبل ستخصص لملف المياه.",
                    "2026-04-16", "ar")
    assert sorted((e.event_type, e.modality, e.time.value) for e in evs if e.kind == "happening") == [
        ("political.meeting", "asserted", "2026-04-16"), ("political.meeting", "planned", "2026-04-21")]
    evs = events_of("الحوثيون: المرحلة الثانية من صفقة تبادل الأسرى مع الحكومة ستنفذ الأسبوع المقبل.",
                    "2026-04-16", "ar")
    assert [(e.event_type, e.modality, e.time.value) for e in evs if e.kind == "happening"] == [
        ("strategic.release", "planned", "2026-W17")]
    # in English, a court date after the report
    evs = events_of("The driver was arraigned on Monday, and his next hearing is scheduled for May 4.",
                    "2026-04-16")
    assert sorted((e.event_type, e.modality, e.time.value) for e in evs if e.kind == "happening") == [
        ("political.justice", "asserted", "2026-04-13"), ("political.justice", "planned", "2026-05-04")]
    # what cannot be arranged ahead stays told, whatever date a wrong reading gives it
    evs = events_of("A gunman opened fire on a bus on Friday.", "2026-04-16")
    assert [e.modality for e in evs if e.kind == "happening"] == ["asserted"]


def test_people_seized_are_abducted_and_a_passive_release_finds_them_far_before() -> None:
    def kinds(text: str) -> list[tuple[str, list[str]]]:
        return [(e.event_type, [m.trigger for m in e.mentions])
                for e in events_of(text, "2026-05-08") if e.kind == "happening"]

    assert kinds("Armed men seized 30 passengers from a bus on the highway on Tuesday.") == [
        ("violence.civilians.abduction", ["seized"])]
    assert kinds("Rebels seized the town of Kalehe on Tuesday.") == [("violence.territory", ["seized"])]
    assert kinds("The 30 passengers taken from a bus on the highway near the border last week have been "
                 "freed, officials said.") == [("strategic.release", ["freed"])]
    # a victim treated and released is no release of the held
    assert [t for t, _ in kinds("The boy was taken to a children's hospital, where he was treated and released.")
            if t == "strategic.release"] == []


def test_an_undated_headline_takes_its_lead_s_date_and_an_older_look_alike_stays_apart() -> None:
    text = ("Gunmen kidnap 12 farmers in central Mali\n\n"
            "Gunmen kidnapped 12 farmers from a village near Mopti on Sunday, officials said. It was the "
            "third such attack this year. On March 3, gunmen kidnapped eight traders on the same road.")
    evs = [e for e in events_of(text, "2026-04-14") if e.kind == "happening"]
    assert sorted((e.event_type, e.time.value, [m.trigger for m in e.mentions]) for e in evs) == [
        ("violence.civilians.abduction", "2026-03-03", ["gunmen", "kidnapped"]),
        ("violence.civilians.abduction", "2026-04-12", ["Gunmen", "kidnap", "Gunmen", "kidnapped", "attack"])]


def test_who_did_it_is_of_the_act_told_after_it_in_its_clause() -> None:
    # "Gunmen kidnapped": the gunmen belong to the abduction, no shooting besides it
    evs = [e for e in events_of("Gunmen kidnapped eight traders near the market on Sunday.", "2026-04-14")
           if e.kind == "happening"]
    assert [(e.event_type, [m.trigger for m in e.mentions]) for e in evs] == [
        ("violence.civilians.abduction", ["Gunmen", "kidnapped"])]
    # ... and "police arrested the gunman" is done to them: the gunman stays the shooter
    evs = [e for e in events_of("A gunman opened fire at a bar on Friday. Police arrested the gunman on Sunday.",
                                "2026-04-14") if e.kind == "happening"]
    assert sorted((e.event_type, [m.trigger for m in e.mentions]) for e in evs) == [
        ("strategic.arrest", ["arrested"]), ("violence.civilians.shooting", ["gunman", "opened fire", "gunman"])]
    # named alone, who did it tells no happening
    assert [e for e in events_of("Police are still searching for the two gunmen.", "2026-04-14")
            if e.kind == "happening"] == []


def test_an_outcome_takes_the_time_of_the_cause_its_sentence_brings_in_after_it() -> None:
    # "five were hurt when police moved in … in the evening": the injuries are of that time
    # and of the protest the force broke up, not of an older protest told later
    text = ("تظاهر مئات في وسط المدينة يوم الجمعة احتجاجا على الغلاء. وأصيب سبعة متظاهرين بجروح إثر تدخل "
            "قوات مكافحة الشغب لتفريق المحتجين مساء الجمعة. وكانت المدينة قد شهدت احتجاجات واسعة في "
            "مارس 2021 قتل خلالها عشرات المتظاهرين.")
    evs = sorted((e.event_type, e.time.value, sorted(m.trigger for m in e.mentions))
                 for e in events_of(text, "2026-04-18", "ar") if e.kind == "happening")
    assert evs == [
        ("protest", "2021-03", ["احتجاجات", "المتظاهرين", "قتل"]),
        ("protest.intervention", "2026-04-17TEV",
         sorted(["تظاهر", "احتجاجا", "وأصيب", "متظاهرين", "بجروح", "لتفريق المحتجين"]))]
    evs = events_of("One woman is dead after a shooting outside a diner early Sunday.", "2026-04-20")
    died = [m for e in evs for m in e.mentions if m.trigger == "dead"]
    assert [(m.time.value, m.time_basis) for m in died] == [("2026-04-19TMO", "explicit")]


def test_a_raid_that_kills_and_abducts_is_one_event_and_an_abduction_of_another_day_another() -> None:
    # the guard shot on the way is part of the abduction raid (the taxonomy lets the two acts
    # be one happening); the farmers seized on another day are another event
    text = ("Gunmen seize 30 pupils from school in central Nigeria\n\n"
            "MINNA, Nigeria, May 15 (Wire) - Gunmen stormed a village school in Niger state before dawn on "
            "Friday and abducted 30 pupils, police and a teacher said.\n\n"
            "The attackers came on motorbikes at about 3 a.m. and shot a night watchman dead before taking "
            "the children into the bush, police spokesman Musa Bello said.\n\n"
            "It was the third mass kidnapping in the state this month. On May 2, gunmen seized 11 farmers "
            "on a road near the town of Rijau.")
    evs = sorted((e.event_type, e.time.value, sorted(m.trigger for m in e.mentions))
                 for e in events_of(text, "2026-05-15T16:00:00+01:00") if e.kind == "happening")
    assert [(t, v) for t, v, _ in evs] == [("violence.civilians.abduction", "2026-05-02"),
                                          ("violence.civilians.abduction", "2026-05-15T03:00")]
    assert {"abducted", "shot", "dead"} <= set(evs[1][2]) and "seized" in evs[0][2]


def _happenings(text: str, published: str, lang: str):
    return [(e.event_type, e.time.value if e.time else None, [m.trigger for m in e.mentions])
            for e in events_of(text, published, lang) if e.kind == "happening"]


def test_a_headline_is_not_dated_by_the_attack_its_lead_answers() -> None:
    # the lead brings the attack of 2 March in as what the strikes answer: the headline's
    # strike is the lead's news, which no word dates
    for text, lang in (("Coalition jets strike militant depots\nThe coalition said that its aircraft struck "
                        "depots, in response to the attack that targeted a patrol on 2 March.", "en"),
                       ("طائرات التحالف تقصف مخازن أسلحة للتنظيم\nقال التحالف إن طائراته قصفت مخازن أسلحة، "
                        "ردا على الهجوم الذي استهدف دورية في الثاني من آذار.", "ar")):
        strike, attack = _happenings(text, "2025-03-09", lang)
        assert strike[:2] == ("violence.remote", None) and len(strike[2]) == 2
        assert attack[:2] == ("violence", "2025-03-02")


def test_a_dated_episode_goes_on_into_the_sentence_after_it() -> None:
    # the raid the next sentence tells is the one of the 3rd, not the one of the 5th
    en = ("On March 3, troops raided a farmhouse outside Qaim, killing two suspects. Witnesses said the raid "
          "lasted for two hours and that a child was wounded in the crossfire. On March 5, troops raided a "
          "school in Rawa.")
    assert _happenings(en, "2025-03-07", "en") == [
        ("violence.raid", "2025-03-03", ["raided", "killing", "raid", "wounded", "crossfire"]),
        ("violence.raid", "2025-03-05", ["raided"])]
    ar = ("وفي الثالث من آذار، قتل مسلحان خلال مداهمة نفذتها القوات الخاصة في بلدة القائم. وقال شهود إن المداهمة "
          "استمرت ساعتين وأصيب طفل خلالها. وفي الخامس من آذار، داهمت القوات مدرسة في بلدة راوة.")
    assert _happenings(ar, "2025-03-07", "ar") == [
        ("violence.raid", "2025-03-03", ["قتل", "مداهمة", "المداهمة", "وأصيب"]),
        ("violence.raid", "2025-03-05", ["داهمت"])]


def test_a_fronted_date_dates_an_operation_a_verb_of_carrying_out_and_its_doer_come_before() -> None:
    # the Arabic verb comes first and its subject after it: the operation is still the
    # clause's, dated the 9th, and not the raid of Tuesday
    ar = ("هاجم مسلحون مخفرا للشرطة في قرية تل أبيض فجر الثلاثاء وقتلوا شرطيين. "
          "وفي التاسع من آذار، شنت قوات الأمن السورية عملية أمنية استهدفت خلايا التنظيم في ريف حمص.")
    assert _happenings(ar, "2025-03-12", "ar") == [
        ("violence", "2025-03-11TMO", ["هاجم", "وقتلوا"]),
        ("violence", "2025-03-09", ["عملية أمنية", "استهدفت"])]
    # the English subject comes between the time and the verb: the sweep's deaths of the
    # next sentence go on the operation's day
    en = ("Gunmen raided a police post in the village of Tal Abyad early on Tuesday, killing two officers. "
          "On Sunday, the Syrian security forces conducted a security operation in the countryside of Homs. "
          "Two suspects were killed in the sweep.")
    assert _happenings(en, "2025-03-12", "en") == [
        ("violence.raid", "2025-03-11TMO", ["Gunmen", "raided", "killing"]),
        ("violence", "2025-03-09", ["security operation", "killed"])]


def test_an_episode_goes_on_only_into_the_next_sentence_and_not_from_a_background_year() -> None:
    en = ("On March 3, troops raided a farmhouse outside Qaim, killing two suspects. A child was wounded in the "
          "crossfire, witnesses said. Troops raided a school in Rawa on March 5, and an officer said the "
          "operation went on for hours.")
    assert _happenings(en, "2025-03-07", "en") == [
        ("violence.raid", "2025-03-03", ["raided", "killing", "wounded", "crossfire"]),
        ("violence.raid", "2025-03-05", ["raided", "operation"])]
    text = ("Police shot a man who ran at officers with a knife in a supermarket on Sunday. "
            "Records show that in 2019 the same officer shot a suspect during a traffic stop. "
            "The officer is on leave while the shooting is investigated.")
    assert ("violence.civilians.shooting", "2019", ["shot"]) in _happenings(text, "2025-03-11", "en")


def test_that_bringing_in_a_clause_is_no_back_reference() -> None:
    text = ("A man was shot on Main Street on Friday. Neighbors said that the shooting was senseless and that it "
            "was a tragedy. Police are calling this a tragic event.")
    assert _happenings(text, "2025-03-09", "en") == [
        ("violence.civilians.shooting", "2025-03-07", ["shot", "shooting", "it", "tragedy", "this"])]


def test_warplanes_are_who_did_the_act_their_relative_clause_tells() -> None:
    text = "Investigators traced the warplanes which launched a chemical attack on a town on Tuesday, officials said."
    assert _happenings(text, "2025-03-07", "en") == [
        ("violence.remote.chemical", "2025-03-04", ["warplanes", "launched a chemical attack"])]


def test_a_hospital_is_no_injury_but_being_hospitalized_is() -> None:
    def triggers(text: str) -> list[list[str]]:
        return [[m.trigger for m in e.mentions] for e in events_of(text, "2025-03-09")]
    assert triggers("A man was shot on Main Street on Friday. He was taken to the hospital with a wound to "
                    "the leg.") == [["shot", "wound"]]
    assert triggers("Two men were hospitalized after the shooting.") == [["hospitalized", "shooting"]]


def test_an_arabic_sentence_opened_as_another_matter_tells_another_happening() -> None:
    text = ("انفجرت سيارة مفخخة مساء الأحد في مدينة طرابلس شمال لبنان، ما أسفر عن إصابة أربعة أشخاص. "
            "وفي سياق منفصل، قتل شخصان في غارة على بلدة في الجنوب.")
    got = _happenings(text, "2025-03-09", "ar")
    assert [h[2] for h in got] == [["انفجرت سيارة مفخخة", "إصابة"], ["قتل", "غارة"]]


def test_a_happening_doing_the_dated_harm_of_its_clause_happened_then() -> None:
    # the strike is the doer of "killed … and wounded three early on Tuesday": of Tuesday,
    # and so not the drone strike of Sunday told after it
    text = ("An air strike on a house near Nabatieh killed two people and wounded three early on Tuesday, the state "
            "news agency said. On Sunday, a drone strike hit a car near Marjayoun, killing its driver.")
    assert _happenings(text, "2025-03-12", "en") == [
        ("violence.remote.air", "2025-03-11TMO", ["air strike", "killed", "wounded"]),
        ("violence.remote.air", "2025-03-09", ["drone strike", "hit", "killing"])]
    strike = events_of(text, "2025-03-12")[0]
    assert (strike.mentions[0].trigger, strike.mentions[0].time_basis) == ("air strike", "explicit")
    # a death the victim undergoes later on their own does not date the shooting
    shooting = events_of("A man shot in the leg last month died on Tuesday, police said.", "2025-03-12")[0]
    assert [(m.trigger, m.time_basis) for m in shooting.mentions] == [("shot", "inherited"), ("died", "explicit")]


def test_an_operative_or_a_shell_casing_is_no_back_reference() -> None:
    text = "The army said it targeted a Hezbollah operative, and police found a shell casing in the operating room."
    assert [[m.trigger for m in e.mentions] for e in events_of(text, "2025-03-12") if e.kind == "happening"] == [
        ["targeted"]]


def test_what_an_arabic_happening_came_the_day_after_is_another_happening() -> None:
    text = "قصفت الطائرات مواقع للتنظيم في البادية صباح الثلاثاء، غداة هجوم استهدف دورية للجيش قرب تدمر."
    assert _happenings(text, "2025-04-15", "ar") == [("violence.remote", "2025-04-15TMO", ["قصفت"]),
                                                     ("violence", None, ["هجوم", "استهدف"])]


def test_yesterday_and_today_told_by_each_happening_are_two_days() -> None:
    # whole days of the article's own reckoning that only touch are two days: the clock
    # tolerance is for clock times and parts of day near midnight
    text = ("استهدفت مسيرة أمس سيارة على طريق المطار وقتلت سائقها. "
            "وشنت الطائرات الحربية غارات على القصير اليوم الأحد.")
    evs = [e for e in events_of(text, "2025-03-16", "ar") if e.kind == "happening"]
    assert [(e.interval.start.date().isoformat(), [m.trigger for m in e.mentions]) for e in evs] == [
        ("2025-03-15", ["استهدفت مسيرة", "وقتلت"]), ("2025-03-16", ["الطائرات الحربية", "غارات"])]


def test_an_aftershock_is_not_the_earthquake_it_follows() -> None:
    text = ("Crews dug through collapsed homes in Van on Tuesday, a day after the earthquake that killed "
            "14 people. A strong aftershock rattled the province overnight, sending families into the streets.")
    evs = [e for e in events_of(text, "2025-10-08") if e.kind == "happening"]
    words = [[m.trigger for m in e.mentions] for e in evs]
    assert ["earthquake", "killed"] in words
    assert not any("earthquake" in w and "aftershock" in w for w in words)


def test_an_arabic_aftershock_is_not_the_earthquake_it_follows() -> None:
    text = "واصلت فرق الإنقاذ البحث عن ناجين بعد الزلزال الذي ضرب المنطقة. وسجلت هزة ارتدادية قوية فجر اليوم."
    evs = [e for e in events_of(text, "2025-10-08", "ar") if e.kind == "happening"]
    words = [[m.trigger for m in e.mentions] for e in evs]
    assert not any("الزلزال" in w and "هزة ارتدادية" in w for w in words)
    assert any("هزة ارتدادية" in w for w in words)


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Volunteers cleared the debris in Ercis on Thursday, two days after the earthquake.", "en", "earthquake"),
    ("واصلت فرق الإنقاذ عملها يوم الخميس بعد يومين من الزلزال الذي ضرب المنطقة.", "ar", "الزلزال"),
])
def test_a_span_after_the_sentence_s_date_dates_the_happening_it_brings_in(text: str, lang: str, word: str) -> None:
    # "on Thursday, two days after the earthquake": the quake was on Tuesday, not Thursday
    (quake,) = [e for e in events_of(text, "2025-10-09", lang) if any(m.trigger == word for m in e.mentions)]
    assert (quake.interval.start.date().isoformat(), quake.time_basis) == ("2025-10-07", "narrative")


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a violent happening or a disaster dated by its own words to the coming days is a
    # forecast or a threat, not a report: only the storm of the day before happened
    ("A storm battered the coast on Wednesday, and forecasters said more heavy rain is expected to "
     "cause flooding on Saturday.", "en", [("disaster.weather", "2025-11-12", ["storm"])]),
    ("ضربت عاصفة رملية المنطقة أمس، ومن المتوقع أن تشهد البلاد أمطارا غزيرة يوم السبت المقبل.", "ar",
     [("disaster.weather", "2025-11-12", ["ضربت", "عاصفة"])]),
    # a month and day without its year, read ahead, is no forecast
    ("Police are still looking for the gunman in the shooting on Jan. 5 that killed a clerk.", "en",
     [("violence.civilians.shooting", None, ["gunman", "shooting", "killed"])]),
])
def test_a_happening_dated_to_the_coming_days_is_a_forecast(text: str, lang: str, want: list) -> None:
    assert _happenings(text, "2025-11-13", lang) == want


def test_a_place_told_as_whom_an_act_was_for_is_not_where_it_happened() -> None:
    def places(text: str, lang: str) -> list:
        return [(e.event_type, e.places) for e in events_of(text, "2025-03-17", lang) if e.kind == "happening"]

    assert places("قالت الجماعة إنها أطلقت صاروخا على سفينة تجارية نصرة لغزة.", "ar") == [
        ("violence.remote.missile", ())]
    assert places("The group said it fired a missile at a merchant ship in solidarity with Gaza.", "en") == [
        ("violence.remote.missile", ())]
    # where it is the place of the act, it stays
    assert places("قصفت طائرات حربية مواقع في غزة يوم الأحد.", "ar") == [("violence.remote.air", ("geonames:281133",))]


def test_a_place_naming_the_hospital_the_wounded_were_taken_to_is_not_where_it_happened() -> None:
    def places(text: str, lang: str) -> list:
        return [(e.event_type, e.places) for e in events_of(text, "2025-06-15", lang) if e.kind == "happening"]

    # a hospital named after a town far away (Medina) or after the main town (Idlib)
    assert places("A car bomb exploded outside a restaurant in Somalia on Saturday, killing seven people. "
                  "The wounded were taken to Medina hospital.", "en") == [("violence.remote.ied", ("SO",))]
    assert places("A teenager was shot in Chicago late on Friday and rushed to Mount Sinai Hospital in a "
                  "critical state.", "en") == [("violence.civilians.shooting", ("geonames:4887398",))]
    assert places("Shells hit the town of Sarmin on Saturday, wounding four civilians who were taken to an "
                  "Idlib hospital.", "en") == [("violence.remote.missile", ("geonames:164782",))]
    assert places("سقطت قذائف على بلدة سرمين أمس، ما أدى إلى إصابة أربعة مدنيين نقلوا إلى مستشفى إدلب الجامعي.",
                  "ar") == [("violence.remote.missile", ("geonames:164782",))]


def test_a_span_of_hours_dates_a_happening_from_the_one_told_before() -> None:
    en = ("A magnitude 6.1 earthquake struck the province early on Wednesday, killing four people. "
          "A 4.7 magnitude aftershock hit the region two hours later.")
    assert _happenings(en, "2025-04-16T10:00", "en") == [
        ("disaster.earthquake", "2025-04-16TMO", ["earthquake", "struck", "killing"]),
        ("disaster.earthquake.aftershock", "2025-04-16", ["aftershock", "hit"])]
    ar = "ضرب زلزال بقوة 6.1 درجات الولاية فجر اليوم الأربعاء. وأعقبت الزلزال هزة ارتدادية بقوة 4.7 درجات بعد ساعتين."
    assert [h[:2] for h in _happenings(ar, "2025-04-16T10:00", "ar")] == [
        ("disaster.earthquake", "2025-04-16TMO"), ("disaster.earthquake.aftershock", "2025-04-16")]
    # to the minute from a clock time
    en = "A car bomb exploded at 08:15 on Monday near the market. Thirty minutes later, a second bomb went off."
    assert [h[1] for h in _happenings(en, "2025-04-16T10:00", "en")] == ["2025-04-14T08:15", "2025-04-14T08:45"]
    # an hour is written as the resolver writes one
    en = "A bomb exploded at 8 a.m. on Monday near the market. Two hours later, a second bomb went off."
    assert [h[1] for h in _happenings(en, "2025-04-16T10:00", "en")] == ["2025-04-14T08:00", "2025-04-14T10:00"]


def test_an_arabic_span_after_after_that_ends_or_opens_its_clause_is_told_from_the_narrative() -> None:
    ar = "قتل مسلح شرطيا في مدينة الموصل يوم الاثنين. وبعد يومين، اعتقلت الشرطة شقيقه في بغداد."
    assert [h[:2] for h in _happenings(ar, "2025-04-17", "ar")] == [
        ("outcome.death", "2025-04-14"), ("strategic.arrest", "2025-04-16")]


def test_a_happening_told_a_span_after_a_dated_one_is_dated_from_it() -> None:
    for text, lang in (("قتل مسلح شرطيا في مدينة الموصل يوم الاثنين، واعتقلت الشرطة شقيقه بعد يومين من الهجوم.", "ar"),
                       ("A gunman killed a police officer in Mosul on Monday. Police arrested his brother two days "
                        "after the attack.", "en")):
        got = {h[0]: h[1] for h in _happenings(text, "2025-04-17", lang)}
        assert got["strategic.arrest"] == "2025-04-16", (lang, got)


def test_the_news_of_a_dated_report_is_not_a_happening_told_days_before_it() -> None:
    # the lead tells what a report of Saturday gives as its news; the raid the story goes on
    # to tell is of Thursday: two happenings, and the headline names the lead's news
    for text, lang in (("Warplanes bomb arms depots in the east\nOfficial media reported on Saturday that "
                        "warplanes bombed arms depots in the east of the province. On Thursday, special "
                        "forces raided a farm in a nearby village and killed a local commander.", "en"),
                       ("طائرات حربية تقصف مخازن أسلحة في الشرق\nأفادت وسائل إعلام رسمية اليوم السبت بأن "
                        "طائرات حربية قصفت مخازن أسلحة شرقي المحافظة. وفي يوم الخميس، داهمت قوة خاصة مزرعة "
                        "في قرية مجاورة وقتلت قائدا محليا.", "ar")):
        strikes, raid = _happenings(text, "2025-11-15T09:00", lang)
        assert strikes[0] == "violence.remote.air" and strikes[1] is None
        assert raid[:2] == ("violence.raid", "2025-11-13")
        assert len(strikes[2]) == 4 and len(raid[2]) == 2  # doer and verb, in headline and lead


def test_the_news_of_a_report_may_be_of_the_night_before_it() -> None:
    # a report of Saturday tells what happened on Friday night: one shooting
    text = ("Police said on Saturday that a gunman shot two men outside a bar. "
            "The shooting happened late on Friday.")
    [(kind, when, words)] = _happenings(text, "2025-11-15T09:00", "en")
    assert (kind, when, words) == ("violence.civilians.shooting", "2025-11-14TNI", ["gunman", "shot", "shooting"])


def test_that_opening_a_clause_is_no_determiner() -> None:
    from timeline.events.mentions import find_triggers
    from timeline.events.document import Document
    from timeline.text import normalize
    text = "Officials reported that gunmen stormed the hall. That attack was the third."
    doc = Document.read("x", normalize(text), "en", [])
    got = {doc.tokens[t.i]: t.definite for t in find_triggers(doc)}
    assert got["gunmen"] is False and got["stormed"] is False and got["attack"] is True


def test_a_field_label_and_its_colon_stamp_the_document_not_the_happening() -> None:
    # a press release's header: "Date:" gives the release's time, and is no town of Date
    text = ("Subject: Fatal Shooting Date: 03-14-2024 02:11:09 From: Sgt. Alan Reyes\n\n"
            "Officers found a man shot in the chest in the 400 block of Pine Road.")
    [(kind, when, words)] = _happenings(text, "2024-03-14T08:00", "en")
    assert (kind, when) == ("violence.civilians.shooting", None)
    assert all(e.location != "Date" for e in events_of(text, "2024-03-14T08:00", "en"))
    text = "عنوان: انفجار عبوة ناسفة التاريخ: 2025/12/19\n\nقتل شخصان في انفجار عبوة ناسفة في المدينة."
    [(kind, when, words)] = _happenings(text, "2025-12-20T10:00", "ar")
    assert when is None


def test_a_headline_naming_two_attacks_gives_each_its_own_lead_time_place_and_toll() -> None:
    # the headline tells both: its first attack is the lead's first (late Friday, in the
    # Nineveh province the possessive places), its "second attack" the one the lead calls
    # separate (Saturday morning, Tikrit); each keeps its own toll
    text = ("Gunmen kill 5 at outpost in Iraq's Nineveh; second attack hits Tikrit\n"
            "MOSUL (Reuters) - Gunmen attacked a police outpost west of the city in Iraq's Nineveh province "
            "late on Friday, killing five policemen, officials said on Saturday.\n"
            "In a separate attack on Saturday morning, a roadside bomb struck an army convoy near Tikrit, "
            "wounding two soldiers, police said.")
    evs = [e for e in events_of(text, "2026-03-14T12:00") if e.kind == "happening"]
    got = [(e.time.value if e.time else None, e.places[:1], e.fatalities, e.injured,
            [m.trigger for m in e.mentions]) for e in evs]
    assert got == [
        ("2026-03-13TNI", ("IQ-NI",), 5, None, ["Gunmen", "kill", "Gunmen", "attacked", "killing"]),
        ("2026-03-14TMO", ("geonames:90150",), None, 2,
         ["attack", "hits", "attack", "roadside bomb", "struck", "wounding"])]


def test_a_word_of_a_time_expression_names_no_place() -> None:
    # "ليل الجمعة" is Friday night, not Lille; "in Iraq's Nineveh province" is told where
    evs = [e for e in events_of("قتل ثلاثة من عناصر الشرطة في هجوم على مخفر غرب المدينة ليل الجمعة.",
                                "2026-03-14T12:00", "ar") if e.kind == "happening"]
    assert [(e.time.value, e.places) for e in evs] == [("2026-03-13TNI", ())]
    evs = [e for e in events_of("Gunmen attacked a checkpoint in Iraq's Nineveh province on Friday.",
                                "2026-03-14T12:00") if e.kind == "happening"]
    assert [e.places for e in evs] == [("IQ-NI", "IQ")]


def test_a_happening_told_as_where_a_dated_death_befell_its_victims_is_of_its_time() -> None:
    # "killed on Wednesday evening in a strike": the strike is of Wednesday evening, in
    # both languages; "died on Monday of wounds from a shooting" dates no shooting
    from timeline.events.arguments import attach_times, event_times
    from timeline.events.document import Document
    from timeline.events.mentions import find_triggers
    from timeline.text import normalize
    from datetime import datetime

    def times_of(text: str, lang: str) -> dict[str, object]:
        pub = datetime(2026, 3, 12, 10)
        norm = normalize(text)
        found = timeline.find_times(text, published=pub, lang=lang)
        doc = Document.read("x", norm, lang, event_times(found, pub, lang, norm.original))
        doc.published = pub
        triggers = find_triggers(doc)
        attach_times(doc, triggers)
        return {doc.tokens[t.i]: (t.time.value if t.time else None) for t in triggers}

    assert times_of("وكان ثلاثة مدنيين قد قتلوا مساء أمس الأربعاء في غارة على خيمة.", "ar")["غاره"] == "2026-03-11TEV"
    assert times_of("Three civilians were killed on Wednesday evening in an airstrike on a tent.", "en")["airstrike"] \
        == "2026-03-11TEV"
    assert times_of("A man died on Monday of wounds from a shooting.", "en")["shooting"] is None


def _dated(text: str, published: str, lang: str = "en") -> list[tuple[object, list[tuple[str, object]]]]:
    return [(e.time.value if e.time else None,
             [(text[m.trigger_start:m.trigger_end], m.time.value if m.time else None) for m in e.mentions])
            for e in events_of(text, published, lang) if e.kind == "happening"]


def test_a_date_a_comparison_is_measured_against_dates_nothing() -> None:
    # "the first such strike since June": June is what the strike is measured against,
    # neither its time nor the start of a span it fills
    text = ("Warplanes struck a fuel depot outside Aleppo on Sunday, the first such strike "
            "since June 2025, residents said.")
    assert _dated(text, "2026-11-18") == [
        ("2026-11-15", [("Warplanes", "2026-11-15"), ("struck", "2026-11-15"), ("strike", "2026-11-15")])]
    text = "The bombing was the deadliest in the capital since 2019."
    assert _dated(text, "2026-11-18") == [(None, [("bombing", None)])]
    text = "شنت طائرات حربية غارة على مستودع للوقود قرب حلب، للمرة الأولى منذ حزيران 2025."
    assert _dated(text, "2026-11-18", "ar") == [(None, [("طائرات حربية", None), ("غارة", None)])]
    # without a comparison, "since" still opens the span up to the report
    text = "Clashes have continued in the old city since Friday."
    assert [v for v, _ in _dated(text, "2026-11-18")] == ["2026-11-13/2026-11-18"]


def test_a_toll_counted_over_months_up_to_the_report_is_no_event_s_outcome() -> None:
    # the war's toll since April 2023 is neither the strike's toll nor its mention
    text = ("Drones struck the airport in Kassala before dawn on Thursday. The war, which has raged "
            "since April 2023, has killed tens of thousands.")
    got = [(e.time.value, e.fatalities) for e in events_of(text, "2026-11-19") if e.kind == "happening"]
    assert got == [("2026-11-19TMO", None)]
    text = ("قصفت مسيرات فجر اليوم الخميس مطار كسلا، ما أدى إلى اندلاع حريق. ويشهد السودان منذ نيسان/أبريل "
            "2023 حربا بين الجيش وقوات الدعم السريع أودت بحياة عشرات الآلاف وشردت الملايين.")
    got = [(e.time.value if e.time else None, e.fatalities) for e in events_of(text, "2026-11-19", "ar")
           if e.kind == "happening"]
    assert got[0] == ("2026-11-19TMO", None) and all(f is None for _, f in got)
    # a toll since a few days ago is the count of what those days saw: it stays
    text = "Floods have killed 12 people in the province since Sunday."
    assert [(e.time.value, e.fatalities) for e in events_of(text, "2026-11-18") if e.kind == "happening"] == [
        ("2026-11-15/2026-11-18", 12)]


def test_a_novelty_word_inside_an_arabic_phrase_makes_it_another_happening() -> None:
    # "similar drone attacks" in May, told after the raid of today: another happening,
    # and the condemned attack of today stays today's
    text = ("استهدفت مسيرات فجر اليوم الخميس مطار المدينة. ودان المجلس الهجوم على المطار. "
            "وتعرضت المدينة لهجمات مماثلة بالمسيرات في أيار/مايو 2025.")
    got = _dated(text, "2026-11-19", "ar")
    assert [v for v, _ in got] == ["2026-11-19TMO", "2025-05"]
    assert [t for t, _ in got[0][1]] == ["استهدفت مسيرات", "الهجوم"]


def test_a_time_told_in_what_a_comparison_measures_against_dates_that_only() -> None:
    # "since he seized broad powers in 2023": 2023 is the seizure's, not the demonstrations'
    text = ("Thousands of farmers marched through the capital on Sunday to protest against the president, "
            "accusing him of ignoring them, in one of the largest demonstrations since he seized broad "
            "powers in 2023.")
    assert [(v, [w for w, _ in ms]) for v, ms in _dated(text, "2026-11-23")] == [
        ("2026-11-22", ["marched", "protest", "demonstrations"]), ("2023", ["seized"])]
    text = ("خرج الآلاف، الأحد، في مسيرة احتجاجية وسط العاصمة ضد الرئيس، في واحدة من أكبر التظاهرات "
            "منذ استئثاره بالسلطات عام 2023.")
    assert [(v, [w for w, _ in ms]) for v, ms in _dated(text, "2026-11-23", "ar")] == [
        ("2026-11-22", ["مسيرة احتجاجية", "التظاهرات"])]


def test_a_span_of_time_after_which_a_happening_came_brings_in_the_earlier_one() -> None:
    # "بعد نحو شهرين من غارات …": the raids of September are the earlier happening; the
    # day's raids, before "بعد", are not dated September
    text = ("شنت طائرات حربية غارات على ميناء المدينة اليوم الاثنين. وتأتي الغارات بعد نحو شهرين من "
            "غارات مماثلة استهدفت الميناء نفسه في أيلول/سبتمبر الماضي.")
    got = _dated(text, "2026-11-23", "ar")
    assert [(v, [w for w, _ in ms]) for v, ms in got] == [
        ("2026-11-23", ["طائرات حربية", "غارات", "الغارات"]), ("2026-09", ["غارات", "استهدفت"])]


def test_a_strike_told_after_a_dated_toll_and_its_time_between_commas_is_of_that_time() -> None:
    # the time and the commas around it do not count in how far the strike is told after
    # the deaths it caused: "استشهد 7 بينهم طفلان، فجر اليوم الخميس، في غارة"
    text = ("استشهد سبعة فلسطينيين بينهم طفلان وامرأة، فجر اليوم الخميس، في غارة استهدفت منزلا في المدينة. "
            "وكان شخصان قد قتلا مساء أمس الأربعاء في قصف مدفعي على بلدة مجاورة.")
    got = _dated(text, "2026-11-26", "ar")
    assert got[0][0] == "2026-11-26TMO"
    assert ("غارة", "2026-11-26TMO") in got[0][1]


def test_a_hyphenated_word_does_not_break_a_day_after_another_happening() -> None:
    # "a day after the Iran-aligned group fired": the hyphen joins one word, no mark
    text = ("Warplanes struck the port on Monday, a day after the Iran-aligned group fired a missile "
            "toward the capital.")
    got = [(v, [w for w, _ in ms]) for v, ms in _dated(text, "2026-11-24")]
    assert got == [("2026-11-23", ["Warplanes", "struck"]), ("2026-11-22", ["fired a missile"])]


def test_a_part_of_a_day_more_than_a_day_from_another_day_in_one_sentence_is_another_day() -> None:
    # "this evening … who resigned last Thursday": a part of a day is no whole day, but
    # days apart from the other's it is another happening's, whatever the clause
    text = "كلف الرئيس، مساء اليوم الاثنين، وزير الداخلية بتشكيل حكومة جديدة، خلفا لرئيس الوزراء الذي استقال الخميس الماضي."
    evs = events_of(text, "2025-08-11", "ar")
    assert [(e.event_type, e.time.value) for e in evs if e.kind == "happening"] == [
        ("political.appointment", "2025-08-11TEV"), ("political.resignation", "2025-08-07")]
    # a night and the dawn after it may still be one happening's (the clock tolerance)
    evs = events_of("Gunmen stormed the village late on Sunday night, and the attack went on until dawn on "
                    "Monday.", "2025-08-12")
    assert len([e for e in evs if e.kind == "happening"]) == 1


def test_two_happenings_each_dated_by_its_own_day_in_one_sentence_are_two() -> None:
    # a narrative of consecutive days: touching days told by one writer in one sentence
    text = "On Sunday, drones hit the air base in Kassala, and on Monday a power station was struck."
    evs = events_of(text, "2025-05-07")
    assert [(e.interval.start.date().isoformat(), [m.trigger for m in e.mentions]) for e in evs] == [
        ("2025-05-04", ["drones", "hit"]), ("2025-05-05", ["struck"])]


def test_a_drone_that_dives_into_its_target_is_an_air_strike_not_a_suicide_bombing() -> None:
    for text, lang in (("قصفت مسيرات انتحارية محطة كهرباء في كسلا يوم الاثنين.", "ar"),
                       ("استهدفت طائرة مسيرة انتحارية مستودعا للوقود في كسلا يوم الاثنين.", "ar"),
                       ("A kamikaze drone hit a fuel depot in Kharkiv on Monday.", "en")):
        evs = events_of(text, "2025-05-06", lang)
        assert [e.event_type for e in evs] == ["violence.remote.air"], text
    # a person who blows himself up is still a suicide bombing
    evs = events_of("هاجم انتحاري يرتدي حزاما ناسفا حاجزا أمنيا في كابل يوم الاثنين.", "2025-05-06", "ar")
    assert [e.event_type for e in evs] == ["violence.remote.suicide"]


def test_an_army_post_is_no_social_media_post() -> None:
    evs = events_of("Militants fired mortars at an army post on Friday morning.", "2025-06-07")
    assert [(e.kind, e.event_type, e.time.text) for e in evs] == [
        ("happening", "violence.remote.missile", "Friday morning")]
    evs = events_of("The minister posted on X that the talks had failed.", "2025-06-07")
    assert [e.event_type for e in evs] == ["statement.post"]


def test_a_speech_participle_is_said_by_the_doer_and_leaves_the_time_to_the_act() -> None:
    text = ("Hamas fired rockets at an Israeli army base near Sderot on Friday morning, saying it "
            "was answering the raid on Jenin.")
    evs = events_of(text, "2025-06-07")
    fired = next(e for e in evs if e.kind == "happening" and e.mentions[0].trigger == "fired rockets")
    said = next(e for e in evs if e.kind == "statement")
    assert (fired.time.text, fired.actor1) == ("Friday morning", "HAMAS")
    assert said.time_basis == "publication" and said.actor1 == "HAMAS"


def test_who_is_named_in_a_phrase_bringing_in_what_came_before_does_not_speak() -> None:
    text = ('Police Chief Tom Hale said his department is hurting. "We are all reeling," Hale said '
            "Thursday. Members of the religious community gathered Thursday to offer their support. "
            "After a meeting with Hale earlier in the day, Donnie Eastman, pastor of Virginia Avenue "
            "Baptist Church, said the town is starting to come together.")
    said = [e for e in events_of(text, "2016-01-22") if e.kind == "statement"]
    # the pastor's words are no statement of the chief's, met in the phrase before them
    assert [(e.actor1, len(e.mentions)) for e in said] == [("person:tom hale", 2), ("person:donnie eastman", 1)]


def test_a_headline_names_the_lead_not_the_incident_told_as_separate() -> None:
    # the headline may name a separate incident only when it calls it another itself
    text = ("Police name woman killed outside bar\n\nPolice have named the woman fatally shot outside a "
            "bar in Erie early Saturday as Dana Cole, 31. Detectives are asking witnesses to come "
            "forward. In a separate incident Saturday evening, a man was shot in the arm on Pine "
            "Street; he is expected to recover.")
    evs = [e for e in events_of(text, "2025-07-14") if e.kind == "happening"]
    assert [(e.time.text, [m.trigger for m in e.mentions]) for e in evs] == [
        ("early Saturday", ["killed", "fatally", "shot"]),
        ("Saturday evening", ["incident", "shot", "recover"])]


def test_two_meetings_of_bodies_with_none_in_common_are_two() -> None:
    text = ("Rockets hit the port on Saturday. The Jordanian cabinet is expected to convene tomorrow "
            "to discuss the attack. The Arab League is also set to meet tomorrow at Jordan's request.")
    meetings = [e for e in events_of(text, "2025-03-08") if e.event_type == "political.meeting"]
    assert [([m.trigger for m in e.mentions], e.actor1) for e in meetings] == [
        (["convene"], "JO-GOV"), (["meet"], "ARAB-LEAGUE")]


def test_force_a_state_uses_on_protesters_is_the_protest_s_event() -> None:
    for text, lang in (("Security forces opened fire on protesters in Khartoum on Thursday, killing three people.", "en"),
                       ("أطلقت قوات الأمن النار على المتظاهرين في الخرطوم يوم الخميس ما أدى إلى مقتل ثلاثة أشخاص.", "ar")):
        force = events_of(text, "2025-03-14", lang)[0]
        assert (force.event_type, force.actor1, force.actor2, force.fatalities) == (
            "protest.intervention", "PROTESTERS", "SD-MILITARY", 3), text
    # gunmen shooting at a crowd are no force of the state: violence against civilians
    shot = events_of("Gunmen opened fire on protesters in Khartoum on Thursday, killing three people.", "2025-03-14")[0]
    assert (shot.event_type, shot.actor2) == ("violence.civilians.shooting", "PROTESTERS")


def test_a_compared_date_dates_what_its_when_clause_tells_and_not_the_happening_measured() -> None:
    en = ("A passenger train hit a bus at a level crossing on Tuesday, killing two people. It was the deadliest "
          "rail accident since March 2023, when a train crashed into a lorry near Zilina.")
    assert _happenings(en, "2026-02-12", "en") == [
        ("disaster.accident", "2026-02-10", ["hit", "killing", "It", "rail accident"]),
        ("disaster.accident", "2023-03", ["crashed"])]
    ar = ("قتل شخصان عندما اصطدم قطار بحافلة يوم الثلاثاء. وهو الحادث الأسوأ منذ آذار/مارس 2023، "
          "عندما اصطدم قطار بشاحنة قرب مدينة جيلينا.")
    assert _happenings(ar, "2026-02-12", "ar") == [
        ("disaster.accident", "2026-02-10", ["قتل", "اصطدم", "الحادث"]),
        ("disaster.accident", "2023-03", ["اصطدم"])]
    # with no "when", the compared date dates nothing
    assert _happenings("It was the deadliest rail accident since March 2023.", "2026-02-12", "en") == [
        ("disaster.accident", None, ["It", "rail accident"])]
