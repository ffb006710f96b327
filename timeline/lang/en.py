"""English: months, weekdays, numbers, parts of day and relative words (news usage)."""

from __future__ import annotations

from .base import LanguageData

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
#: The months of the Hijri calendar as English news transliterates them ("1 Ramadan
#: 1446 AH", "Dhu al-Hijjah 10"): converted with the Umm al-Qura calendar, as in Arabic.
HIJRI_MONTHS = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi' al-awwal": 3, "rabi ul-awwal": 3,
    "rabi al-thani": 4, "rabi' al-thani": 4, "rabi al-akhir": 4, "rabi' al-akhir": 4, "rabi ul-akhir": 4,
    "jumada al-ula": 5, "jumada al-awwal": 5, "jumada al-ola": 5, "jumada al-akhirah": 6, "jumada al-akhira": 6,
    "jumada al-thani": 6, "jumada al-thaniyah": 6, "rajab": 7, "shaban": 8, "sha'ban": 8, "shaaban": 8,
    "ramadan": 9, "ramazan": 9, "ramadhan": 9, "shawwal": 10, "dhu al-qadah": 11, "dhu al-qa'dah": 11,
    "dhul qadah": 11, "dhul-qadah": 11, "dhu al-qidah": 11, "dhu al-hijjah": 12, "dhu al-hijja": 12,
    "dhul hijjah": 12, "dhul-hijjah": 12, "zul hijjah": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4,
    "fridays": 5, "saturdays": 6, "sundays": 7,
}
WEEKDAY_ABBR = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
                "fri": 5, "sat": 6, "sun": 7}
CARDINALS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "hundred": 100, "thousand": 1000, "dozen": 12,
    "couple": 2, "a couple of": 2, "a dozen": 12,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
DAYREL = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2, "day before yesterday": -2, "day after tomorrow": 2,
}
TONIGHT = {  # (day offset, part of day)
    "tonight": (0, "TNI"), "last night": (-1, "TNI"), "this evening": (0, "TEV"),
    "this morning": (0, "TMO"), "this afternoon": (0, "TAF"), "last evening": (-1, "TEV"),
}
PARTS_OF_DAY = {
    "dawn": "dawn", "daybreak": "dawn", "early morning": "dawn", "morning": "TMO",
    "mornings": "TMO", "noon": "NOON", "midday": "NOON", "lunchtime": "TMI",
    "afternoon": "TAF", "afternoons": "TAF", "evening": "TEV", "evenings": "TEV",
    "mid-morning": "TMO", "midmorning": "TMO", "mid-afternoon": "TAF", "midafternoon": "TAF",
    "mid-evening": "TEV", "mid morning": "TMO", "mid afternoon": "TAF", "mid evening": "TEV",
    "dusk": "TEV", "nightfall": "TEV", "sunset": "TEV", "sundown": "TEV", "sunrise": "dawn",
    "first light": "dawn", "night": "TNI", "nights": "TNI", "overnight": "TNI", "nighttime": "TNI",
    "midnight": "MIDNIGHT",
}
POD_ADV = {"am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm",
           "in the morning": "TMO", "in the afternoon": "TAF", "in the evening": "TEV",
           "at night": "TNI"}
POD_MOD = {"early": "early", "late": "late", "the early hours of": "early", "early hours of": "early",
           "the small hours of": "early", "the wee hours of": "early", "the late hours of": "late",
           "the early morning hours of": "early", "early morning hours of": "early",
           "the pre-dawn hours of": "early", "the predawn hours of": "early", "predawn hours of": "early",
           "the late night hours of": "late", "the late-night hours of": "late",
           "the overnight hours of": "late"}
ANAPH = {"next": "next", "following": "next", "previous": "prev", "preceding": "prev",
         "same": "same", "that": "same"}
UNITS = {
    "second": ("second", "sg"), "seconds": ("second", "pl"), "minute": ("minute", "sg"),
    "minutes": ("minute", "pl"), "min": ("minute", "sg"), "mins": ("minute", "pl"),
    "hour": ("hour", "sg"), "hours": ("hour", "pl"), "hr": ("hour", "sg"),
    "hrs": ("hour", "pl"), "day": ("day", "sg"), "days": ("day", "pl"),
    "week": ("week", "sg"), "weeks": ("week", "pl"), "fortnight": ("fortnight", "sg"),
    "month": ("month", "sg"), "months": ("month", "pl"), "year": ("year", "sg"),
    "years": ("year", "pl"), "decade": ("decade", "sg"), "decades": ("decade", "pl"),
    "century": ("century", "sg"), "centuries": ("century", "pl"),
    "weekend": ("weekend", "sg"), "weekends": ("weekend", "pl"),
    "quarter": ("quarter", "sg"), "quarters": ("quarter", "pl"),
}
REL_PRE = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0,
           "current": 0, "upcoming": 1, "following": 1, "recent": -1}
POSMOD = {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
          "middle": "MID", "late": "END", "end": "END",
          # the first or last days or weeks of a month or a year: its start or its end
          "the first days of": "START", "the first week of": "START", "the first weeks of": "START",
          "the last days of": "END", "the final days of": "END", "the last week of": "END",
          "the final week of": "END", "the last weeks of": "END", "the closing days of": "END"}
# "earlier", "previously", "formerly" are not TIMEX3s (TimeBank tags "previously" in one
# use out of six); "earlier"/"later" before a time are signals outside its span.
VAGUE = {
    "recently": "PAST_REF", "lately": "PAST_REF", "currently": "PRESENT_REF",
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "soon": "FUTURE_REF",
}
# Nouns that are vague times after "the": "in the past", "the future".
VAGUE_NOUN = {"past": "PAST_REF", "present": "PRESENT_REF", "future": "FUTURE_REF"}
SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
           "annually": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI",
           "quarterly": "P3M", "fortnightly": "P2W", "biweekly": "P2W", "semiannually": "P6M",
           "biannually": "P6M",
           "per day": "P1D", "per week": "P1W", "per month": "P1M", "per year": "P1Y"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
HOLIDAYS = {
    "new year's eve": ("gregorian", 12, 31, None), "new year's day": ("gregorian", 1, 1, None),
    "new years eve": ("gregorian", 12, 31, None), "christmas": ("gregorian", 12, 25, None),
    "christmas day": ("gregorian", 12, 25, None), "christmas eve": ("gregorian", 12, 24, None),
    "independence day": ("gregorian", 7, 4, None), "halloween": ("gregorian", 10, 31, None),
    "valentine's day": ("gregorian", 2, 14, None), "boxing day": ("gregorian", 12, 26, None),
    "eid al-fitr": ("hijri", 10, 1, None), "eid al-adha": ("hijri", 12, 10, None),
    # US holidays on a weekday: (weekday_after, month, first possible day, ISO weekday)
    "thanksgiving": ("weekday_after", 11, 22, 4), "thanksgiving day": ("weekday_after", 11, 22, 4),
    "election day": ("weekday_after", 11, 2, 2), "labor day": ("weekday_after", 9, 1, 1),
    "memorial day": ("weekday_after", 5, 25, 1), "columbus day": ("weekday_after", 10, 8, 1),
    "martin luther king day": ("weekday_after", 1, 15, 1), "presidents day": ("weekday_after", 2, 15, 1),
    "presidents' day": ("weekday_after", 2, 15, 1), "mother's day": ("weekday_after", 5, 8, 7),
    "father's day": ("weekday_after", 6, 15, 7),
}
DECADES = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
           "seventies": 7, "eighties": 8, "nineties": 9}

_CUES = {
    # things a holiday's name may qualify, which leave it no date: "a Christmas market",
    # "the Christmas tree" (a holiday of its own stays one: "on Christmas Day")
    "holiday_thing": {w: True for w in (
        "market", "markets", "tree", "trees", "lights", "decorations", "fair", "fairs", "stall",
        "stalls", "bazaar", "village", "card", "cards", "ornament", "ornaments", "gifts", "presents",
        "carol", "carols", "song", "songs", "jumper", "jumpers", "sweater", "sweaters", "film", "movie",
        "lantern", "lanterns", "sweets", "cake", "cakes")},
    # heads after a day and month without a year that make them a name, not a time: "the
    # January 25 revolution", "the March 14 alliance", "October 6 Bridge" (a meeting, a
    # deadline, an election are on their day: not here)
    "name_tail": {w: True for w in (
        "revolution", "uprising", "intifada", "movement", "alliance", "coalition", "bloc", "camp",
        "party", "front", "brigade", "brigades", "battalion", "street", "square", "bridge", "avenue",
        "stadium", "university", "city", "war")},
    # "the new year", "العام الجديد": the year about to begin (or just begun)
    "new_adj": {"new": True},
    # between the two days of one night: "overnight Thursday into Friday"
    "pair_joiner": {"into": True},
    # words that are verbs when bare: "expected to end next spring" (not "the end of")
    "verb_posmod": {"end": True, "start": True, "beginning": True},
    # auxiliaries that make a following participle passive: "will be closed"
    "passive_aux": {"be": True, "being": True},
    # modals look ahead ("would be traveling Thursday", "may vote Sunday"), but not over a
    # possessive, which names a happening already set ("would get around Wednesday's
    # ruling"); "could" is left out: it is also the past of "can" ("could not be reached")
    "future_modal": {"would": True, "may": True, "might": True},
    # a verb in the present between the expression and a past verb further back: the
    # expression is in a clause of its own ("said it is calling the notes for redemption on Dec. 9")
    "present_aux": {"is": True, "are": True, "am": True},
    # a deadline: with no tense in its clause, the coming one ("to pay down the loan by
    # February" in a story of October)
    "deadline": {"by": True},
    # after a future cue, the perfect turns it to the past: "might have come Tuesday"
    "perfect_aux": {"have": True, "'ve": True},
    # hyphened after a unit, an adjective of how long: "a day-long meeting", "a months-long
    # siege", "the decades-long feud" (one unit, or some when the unit is plural)
    "unit_long": {"long": True},
    # the indefinite article, which also reads as "one" ("a day", "an hour")
    "indefinite": {"a": True, "an": True},
    "dur_adj": {"consecutive": True, "straight": True, "successive": True, "full": True,
                "more": True, "additional": True, "long": True, "entire": True, "whole": True,
                "extra": True},
    "past_verb": {w: True for w in (
        "was were had did said took came went made gave told saw began fell rose held met won "
        "lost led left sent set hit struck ran got brought became found kept paid built bought "
        "sold began announced killed reported agreed decided signed ended started opened closed "
        "occurred happened approved rejected launched fired passed died arrived returned").split()},
    "year_cue": {"in": True, "since": True, "until": True, "by": True, "during": True,
                 "before": True, "after": True, "from": True, "to": True, "of": True,
                 "through": True, "early": True, "late": True, "mid": True, "between": True,
                 "and": True, "the": True, "fiscal": True, "around": True, "throughout": True,
                 "till": True, "year": True, "end": True, "spring": True, "summer": True,
                 "autumn": True, "winter": True, "fall": True, "-": True},
    # a year right after these is a modifier when a noun follows: "his 1998 campaign",
    # "a 1971 convention", "the company's 1989 results"
    "year_det": {w: True for w in "a an his her its their our my your this that whose".split()},
    # articles and demonstratives among "year_det": they also count ("a further 2000
    # jobs"), so a year after one and an adjective is no modifier
    "article_det": {w: True for w in "a an this that".split()},
    # the part of a unit told after it in a compound: "year-end", "month-end"
    "unit_end": {"end": "END"},
    # words that count what follows them ("their estimated 2000 members"): the number
    # after a possessive and one of these is no year (see "year_det")
    "count_adj": {w: True for w in ("estimated additional further extra total combined remaining "
                                    "approximately roughly nearly almost about some over around "
                                    "another entire full whole reported alleged").split()},
    # a number before these is no year, whatever comes before it: "in the 1800 block of
    # West Main Street" is an address (police reports give the hundred block, not the house)
    "not_year_after": {"block": True, "blocks": True},
    # a year right after these only when no noun follows: "for 1989.", "into 1990 and 1991"
    "weak_year_cue": {"for": True, "into": True, "both": True, "due": True},
    # month names that are no other common word: a time without a cue ("the figures for
    # January"); "May", "March", "August" (and their short forms) still need one
    "plain_month": {w: True for w in "january february april june july september october november december".split()},
    "month_cue": {"in": True, "since": True, "until": True, "by": True, "during": True,
                  "before": True, "after": True, "from": True, "to": True, "of": True,
                  "through": True, "early": True, "late": True, "mid": True, "last": True,
                  "next": True, "this": True, "between": True, "till": True, "-": True,
                  "throughout": True, "and": True},
    # before "the" and a season with no year, these make it this year's ("over the summer")
    "season_cue": {w: True for w in
                   "in during this by until till over into through throughout since before after".split()},
    "pod_cue": {"at": True, "in": True, "during": True, "by": True, "until": True,
                "overnight": True, "this": True, "before": True, "after": True,
                "since": True, "through": True, "throughout": True},
    "hijri_mark": {"ah": True, "a.h.": True, "hijri": True},
    "ad_mark": {"ad": True, "a.d.": True, "ce": True},
    "clock_intro": {"at": True},
    "oclock": {"o'clock": True, "oclock": True, "o ' clock": True},
    "tz": {"et": "ET", "est": "EST", "edt": "EDT", "ct": "CT", "cst": "CST", "cdt": "CDT",
           "mt": "MT", "pt": "PT", "pst": "PST", "pdt": "PDT", "gmt": "GMT", "utc": "UTC",
           "bst": "BST", "cet": "CET", "cest": "CEST", "local time": "local",
           "ist": "IST", "msk": "MSK", "pkt": "PKT", "ast": "AST", "gst": "GST",
           "eastern time": "ET", "pacific time": "PT", "eastern": "ET", "z": "UTC"},
    "approx": {"about": True, "around": True, "approximately": True, "roughly": True,
               "some": True, "nearly": True, "almost": True, "shortly before": True,
               "shortly after": True, "just before": True, "just after": True},
    "exact": {"exactly": True, "precisely": True, "sharp": True},
    # bounds of a duration, inside its span (TimeML mod): "more than four hours"
    "dur_mod": {"more than": True, "less than": True, "fewer than": True, "at least": True,
                "at most": True, "up to": True, "no more than": True, "no less than": True,
                "well over": True, "just over": True, "just under": True},
    # adjectives between "the" and a duration: "the first nine months"
    "dur_det": {"first": True, "latest": True, "final": True, "initial": True, "same": True,
                "entire": True, "whole": True, "full": True},
    "ago": {"ago": True, "earlier": True, "before": True},
    "since": {"since": True},
    "after": {"after": True},
    # before "midnight": the night had turned ("shortly after midnight on Tuesday" is early Tuesday)
    "past_midnight": {"after": True, "past": True, "shortly after": True, "just after": True,
                      "soon after": True, "just past": True},
    "later": {"later": True, "after": True, "hence": True},
    # "earlier"/"later" before a time: a signal, outside the span ("earlier this month")
    "earlier_later": {"earlier": "earlier", "later": "later"},
    # phrases whose last word would otherwise read as a time ("as soon as" is not "soon")
    # ("soon after the blast", "soon afterwards": a signal of order, no FUTURE_REF)
    "not_time": {"as soon as": True, "soon after": True, "soon afterwards": True, "soon afterward": True,
                 "soon thereafter": True},
    "within": {"for": True, "within": True, "during": True, "over": True, "in": True},
    "every": {"every": True, "each": True},
    "day_word": {"day": True},
    # the preposition through which a past verb tells its own date ("happened on Christmas Eve")
    "governing_prep": {"on": True},
    "year_word": {"year": True},
    "month_word": {"month": True},
    "night_word": {"night": True},
    "quant": {"several": "X", "few": "X", "a few": "X", "some": "X", "many": "X",
              "multiple": "X", "numerous": "X"},
    # counts of what follows them, never of a singular unit after them ("several dozen
    # weekend shooting victims", with the "quant" words: "many hour-long lines")
    "count_of": {"dozen": True, "dozens": True, "hundreds": True, "thousands": True},
    "half": {"half": True, "half an": True, "half a": True},
    "of": {"of": True},
    "and": {"and": True},
    "the": {"the": True},
    "ordsuffix": {"st": True, "nd": True, "rd": True, "th": True},
    "midnight": {"midnight": True},
    "noon": {"noon": True, "midday": True},
    "quarter_word": {"quarter": True},
    # "half past ten", "a quarter to five" (read word by word: "the third quarter to $3m")
    "clock_frac": {"half": 30, "quarter": 15},
    "clock_dir": {"past": 1, "to": -1},
    "future": {"will": True, "'ll": True, "shall": True, "going to": True, "plans": True, "should": True,
               "ahead": True, "ahead of": True,
               "planned": True, "plan": True, "scheduled": True, "expected": True,
               "set to": True, "due": True, "is to": True, "are to": True,
               "upcoming": True, "slated": True, "intends": True, "to meet": True,
               "to be held": True, "to begin": True, "to start": True, "to vote": True,
               # the present tense of a scheduled happening: "polls open Sunday"
               "open": True, "opens": True, "reopen": True, "reopens": True, "begin": True,
               "begins": True, "start": True, "starts": True, "resume": True, "resumes": True,
               "convene": True, "convenes": True, "kick off": True, "kicks off": True,
               "take place": True, "takes place": True, "go to the polls": True,
               # a rule or a truce that comes into being: "the ceasefire takes effect Sunday",
               # "to take effect Sunday" ("took effect" is past)
               "take effect": True, "takes effect": True, "come into force": True,
               "comes into force": True, "enter into force": True, "enters into force": True,
               "as soon as": True, "as early as": True,
               "meet": True, "meets": True,
               "planning": True, "expects": True, "hopes to": True, "aims to": True,
               "goes to the polls": True, "head to the polls": True, "heads to the polls": True,
               # the dates a payment or a register falls on: "payable Dec. 15 to holders of
               # record Nov. 17", "the bonds mature Jan. 5" ("effective" and "expires" are
               # not: "became effective June 1" is past, and news tells an ultimatum that
               # "expires at noon Thursday" of the day before)
               "payable": True, "of record": True, "matures": True, "mature": True},
    # after a weekday or date, these make it a coming day: "declared Friday a public holiday"
    "future_post": {"a public holiday": True, "a holiday": True, "a national holiday": True,
                    "a day of mourning": True, "a day of national mourning": True,
                    "a day off": True, "a bank holiday": True},
    "report": {"said": True, "says": True, "told": True, "announced": True,
               "stated": True, "reported": True, "added": True, "confirmed": True,
               "statement": True, "tweeted": True, "wrote": True},
    "age": {"aged": True, "age": True, "ages": True, "old": True, "year-old": True,
            "years-old": True},
    "recurring": {"curfew": True, "daily": True, "every": True, "each": True,
                  "hours": True, "usually": True, "typically": True},
    "range_from": {"from": True, "between": True},
    "range_to": {"to": True, "until": True, "till": True, "through": True, "and": True},
    "fiscal": {"fiscal": True, "financial year": True, "fy": True},
    # reporting periods of company results: "the latest quarter", "the year-ago period"
    "latest": {"latest": True, "most recent": True},
    # "the last quarter of 2024", "the final half of the year": the year's last part
    "last_adj": {"last": True, "final": True},
    "period_word": {"period": True},
    "same_period": {"comparable": True, "corresponding": True, "same": True},
    "yoy_adj": {"year-ago": True, "year-earlier": True},
}

LEXICON = {
    "month": MONTHS,
    "hmonth": HIJRI_MONTHS,
    "weekday": WEEKDAYS,
    "weekday_abbr": WEEKDAY_ABBR,
    "num": CARDINALS,
    "tens": TENS,
    "ord": ORDINALS,
    "dayrel": DAYREL,
    "tonight": TONIGHT,
    "pod": PARTS_OF_DAY,
    "pod_adv": POD_ADV,
    "pod_mod": POD_MOD,
    # those that take a date right after them ("the early hours of June 16")
    "pod_mod_of": {p: True for p in POD_MOD if p.endswith(" of")},
    "anaph": ANAPH,
    "unit": UNITS,
    "rel_pre": REL_PRE,
    "posmod": POSMOD,
    "vague": VAGUE,
    "vague_noun": VAGUE_NOUN,
    "set_adv": SET_ADV,
    "season": SEASONS,
    "holiday": HOLIDAYS,
    "decade_word": DECADES,
    **_CUES,
}


# --- clauses -------------------------------------------------------------------------------
# The words that split a sentence into clauses (timeline/events/clauses.py); speech verbs
# and event words come from the event vocabulary (timeline/lang/en_events.py).
# A speech verb after one of these reports nothing ("has not commented").
NEGATIONS = ["not", "never", "no", "n't", "nor"]
# Inside a clause these bring in the source of what it reports; a time after them dates the
# source ("heavy rain fell, according to figures released on Sunday"), not the happening.
ATTRIBUTIONS = ["according"]
# "after the attack": before an event noun these bring in another happening.
AFTER_WORDS = ["after", "before", "following"]
# A span told before one of these dates the happening after it from the one told with it
# ("the arrest came two days after the shooting": the shooting, two days before the arrest).
LATER_WORDS = ["after", "following"]
EARLIER_WORDS = ["before"]
# A span told right before one of these dates the happening its clause tells from the last
# one the narrative dated ("A man was shot Monday. Three days later, police arrested a
# suspect": Thursday; "A day earlier, a drone hit the clinic"), unless a comparison follows
# ("two days earlier than planned").
SPAN_LATER_AFTER = ["later", "afterward", "afterwards"]
SPAN_EARLIER_AFTER = ["earlier"]
SPAN_COMPARISONS = ["than"]
# ... but not before a verb's -ing form, which goes on with the same doer's acts: "shot his
# neighbor before turning the gun on himself", "after shooting his wife, he called police".
GERUND_ENDINGS = ["ing"]
COMPLEMENTIZERS = ["that"]
CLAUSE_OPENERS = ["while", "whereas", "meanwhile", "however", "but"]
# Conjunctions that, after a comma and before a time expression of their own ("…, and
# on Monday a power station was struck"), open the next clause of a narrative.
DATED_CONJUNCTIONS = ["and", "then", "and then"]
# Phrases that bring in another, earlier happening: the clause splits before them.
SUBORDINATORS = ["in response to", "in retaliation for", "in retaliation to", "following",
                 "after a", "after an", "after the", "in the wake of",
                 # a span of time after an earlier happening, whatever its unit
                 "minutes after", "an hour after", "hours after", "a day after", "days after",
                 "a week after", "weeks after", "a month after", "months after", "a year after", "years after",
                 "moments after", "shortly after", "soon after",
                 "since the", "since a", "since an", "to avenge", "avenging",
                 # what a happening came in spite of was there before it ("despite the ceasefire")
                 "despite", "in spite of"]
# Words that may qualify a subordinator after its first word ("in direct response to",
# "in swift retaliation for"): the phrase still brings in the earlier happening.
SUBORDINATOR_MODIFIERS = ["direct", "swift", "immediate", "apparent", "possible", "military", "quick"]
# A reprisal and what it answers, with the doer named between them ("Israel retaliated
# for the attack", "the army's reprisal for the ambush"); "responded to" is left out: police
# respond to the very shooting a story tells.
# What an anniversary is of came years before, another happening than the one told with it
# ("police fired tear gas as protesters marked the anniversary of last year's demonstrations");
# the clause it opens ends there (what is joined after it is not its continuation).
ANNIVERSARIES = ["anniversary of"]
RESPONSE_HEADS = ["retaliated", "retaliate", "retaliates", "retaliating", "retaliation", "reprisal", "reprisals"]
RESPONSE_OBJECTS = ["for", "against"]
ABBREVIATIONS = ["u.s", "u.n", "u.k", "mr", "mrs", "ms", "dr", "gen", "sgt", "lt", "col", "capt",
                 "maj", "cpl", "pvt", "adm", "rep", "sen", "gov", "pres", "jr", "sr", "st",
                 "inc", "co", "corp", "ltd", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "no",
                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec", "mt", "ft", "approx", "dept", "est", "fig", "rev"]


CLAUSES = {
    "attributions": ATTRIBUTIONS,
    "negations": NEGATIONS,
    "complementizers": COMPLEMENTIZERS,
    "after_words": AFTER_WORDS,
    "later_words": LATER_WORDS,
    "earlier_words": EARLIER_WORDS,
    "offset_links": [],
    "span_later_after": SPAN_LATER_AFTER,
    "span_earlier_after": SPAN_EARLIER_AFTER,
    "span_comparisons": SPAN_COMPARISONS,
    "gerund_endings": GERUND_ENDINGS,
    "clause_openers": CLAUSE_OPENERS,
    "dated_conjunctions": DATED_CONJUNCTIONS,
    "subordinators": SUBORDINATORS,
    "anniversaries": ANNIVERSARIES,
    "subordinator_modifiers": SUBORDINATOR_MODIFIERS,
    "response_heads": RESPONSE_HEADS,
    "response_objects": RESPONSE_OBJECTS,
    "abbreviations": ABBREVIATIONS,
}

DATA = LanguageData(
    code="en",
    name="English",
    lexicon=LEXICON,
    case_sensitive=frozenset({"may", "march", "mar", "jan", "sun", "sat", "wed", "mon",
                              "fri", "thu", "tue", "tues", "thur", "thurs", "sept", "sep",
                              "jun", "jul", "aug", "oct", "nov", "dec", "feb", "apr",
                              "et", "ct", "mt", "pt", "ad", "ce", "ah", "z", "ist", "ast",
                              "gst", "msk", "pkt"}),
    clauses=CLAUSES,
    script_ranges=((0x0041, 0x005A), (0x0061, 0x007A)),
    possessive=frozenset({("'", "s"), ("’", "s")}),
)
