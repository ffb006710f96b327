"""The names of operations name no happening, place or actor; told on their own they point
back at the operation (timeline.events.names)."""

from timeline import Article
from timeline.events.extract import read_article


def _events(text: str, lang: str, published: str = "2025-03-10"):
    return read_article(Article(id="x", text=text, published=published, source="S", lang=lang))


def _happenings(text: str, lang: str):
    return [(e.event_type, [m.trigger for m in e.mentions]) for e in _events(text, lang) if e.kind == "happening"]


def test_a_quoted_name_is_no_place_and_no_storm() -> None:
    for text, place in [('أطلق التحالف عملية "عاصفة الصحراء" في العراق يوم الخميس.', "IQ"),
                        ('أطلق الجيش عملية "درع حلب" في محافظة الأنبار يوم الخميس.', "IQ-AN")]:
        evs = [e for e in _events(text, "ar") if e.kind == "happening"]
        assert [(e.event_type, [m.trigger for m in e.mentions]) for e in evs] == [("violence", ["أطلق", "عملية"])]
        op, = evs
        assert op.time.value == "2025-03-06"
        assert op.places == (place,)  # not Aleppo, named by the operation


def test_an_unquoted_disaster_word_after_an_operation_word_is_a_name() -> None:
    # an operation is no flood, a campaign no storm
    assert _happenings("شنت الفصائل هجوم طوفان الأقصى على المواقع العسكرية.", "ar") == \
        [("violence", ["هجوم"])]
    assert _happenings("أعلن الجيش انتهاء عملية زلزال الشمال بعد أسبوعين من القتال.", "ar") == \
        [("violence.battle", ["عملية", "القتال"])]
    # a disaster told after the operation word is still one when the operation is about it
    assert _happenings("بدأت فرق الدفاع المدني عملية إنقاذ بعد الفيضانات في المدينة.", "ar") == \
        [("disaster.weather.flood", ["عملية", "الفيضانات"])]


def test_an_english_capitalised_name_is_no_storm_and_no_person() -> None:
    evs = [e for e in _events("The coalition launched Operation Desert Storm on Thursday.", "en")
           if e.kind == "happening"]
    assert [(e.event_type, [m.trigger for m in e.mentions]) for e in evs] == \
        [("violence", ["launched", "Operation"])]
    assert evs[0].actor2 is None
    # a title-case headline: the words after the operation word tell what happened
    assert _happenings("Military Operation Kills 12 In Idlib", "en")[0][1] == ["Military Operation", "Kills"]


def test_a_name_told_on_its_own_points_back_at_its_operation() -> None:
    text = ("العالم بعد 'نصل الشمال'\n"
            'أطلق الجيش عملية "نصل الشمال" ضد مواقع المسلحين فجر السبت، '
            "وقال قائد الجيش إن نصل الشمال حقق أهدافه.")
    op, = [e for e in _events(text, "ar") if e.kind == "happening"]
    assert [(m.trigger, m.event_type) for m in op.mentions] == [
        ("نصل الشمال", "reference"), ("أطلق", "violence"), ("عملية", "reference"), ("نصل الشمال", "reference")]
    assert op.time.value == "2025-03-08TMO"
    # the name is what two reports of the operation share
    assert set(op.names) >= {"نصل", "الشمال"}


def test_a_quoted_word_that_names_a_happening_is_set_off_not_a_name() -> None:
    assert _happenings('وقع هجوم "انتحاري" على الحاجز.', "ar") == \
        [("violence.remote.suicide", ["هجوم", "انتحاري"])]
