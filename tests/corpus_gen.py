"""A small deterministic news corpus for tests of linking at scale (our own sentences).

Stories of attacks, strikes, bombings, quakes and statements across two years, each told
by one to four outlets in English or Arabic: exact copies (syndication), reworded
reports, reports dated by weekday, by full date, by month or not at all, publication
times with and without seconds.

>>> arts = generate(12, seed=1)
>>> len(arts), len({a.id for a in arts})
(12, 12)
"""

from __future__ import annotations

import datetime as dt
import random

import timeline

PLACES = [("Aleppo", "حلب"), ("Idlib", "إدلب"), ("Homs", "حمص"), ("Mosul", "الموصل"),
          ("Baghdad", "بغداد"), ("Raqqa", "الرقة"), ("Palmyra", "تدمر"), ("Daraa", "درعا"),
          ("Kirkuk", "كركوك"), ("Hama", "حماة")]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
OUTLETS = [f"{kind} {name}" for kind in ("Daily", "Radio", "Agency", "Post")
           for name in ("North", "River", "Cedar", "Harbour", "Valley")]
SPEAKERS = [("Interior Minister Karim Haddad", "وزير الداخلية كريم حداد"),
            ("Governor Samir Nasr", "المحافظ سمير نصر")]

EN = {
    "strike": ["{n} people were killed in an air strike on {place} {when}, officials said.",
               "An air strike hit a market in {place} {when}, killing {n} people, rescuers said."],
    "bomb": ["A car bomb exploded in {place} {when}, killing {n} people and wounding {m}.",
             "{n} people died when a car bomb went off near a mosque in {place} {when}."],
    "attack": ["Gunmen attacked a checkpoint near {place} {when}, killing {n} soldiers.",
               "{n} soldiers were killed when gunmen stormed a checkpoint outside {place} {when}."],
    "quake": ["An earthquake struck {place} {when}, destroying dozens of houses.",
              "A strong earthquake shook {place} {when}, the seismology agency said."],
    "statement": ["{speaker} said {when} that the government would rebuild the bridge in {place}.",
                  "{speaker} announced {when} that the bridge in {place} would be rebuilt."],
}
AR = {
    "strike": ["قتل {n} أشخاص في غارة جوية على {place} {when}.",
               "أسفرت غارة جوية على سوق في {place} {when} عن مقتل {n} أشخاص."],
    "bomb": ["انفجرت سيارة مفخخة في {place} {when} ما أسفر عن مقتل {n} أشخاص.",
             "قتل {n} أشخاص في انفجار سيارة مفخخة قرب مسجد في {place} {when}."],
    "attack": ["هاجم مسلحون حاجزا قرب {place} {when} وقتلوا {n} جنود.",
               "قتل {n} جنود في هجوم لمسلحين على حاجز قرب {place} {when}."],
    "quake": ["ضرب زلزال {place} {when} ودمر عشرات المنازل.",
              "ضرب زلزال قوي مدينة {place} {when}."],
    "statement": ["قال {speaker} {when} إن الحكومة ستعيد بناء الجسر في {place}.",
                  "أعلن {speaker} {when} أن الجسر في {place} سيعاد بناؤه."],
}


def _when(lang: str, day: dt.date, published: dt.date, style: int) -> str:
    if style == 0:  # weekday
        return f"on {WEEKDAYS_EN[day.weekday()]}" if lang == "en" else f"يوم {WEEKDAYS_AR[day.weekday()]}"
    if style == 1:  # full date
        return (f"on {day.day} {MONTHS_EN[day.month - 1]} {day.year}" if lang == "en"
                else f"في {day.day}/{day.month}/{day.year}")
    if style == 2:  # month only
        return f"in {MONTHS_EN[day.month - 1]} {day.year}" if lang == "en" else f"في {day.month}/{day.year}"
    if style == 3 and day == published - dt.timedelta(days=1):
        return "yesterday" if lang == "en" else "أمس"
    return ""  # undated


def generate(n_articles: int, seed: int = 0) -> list[timeline.Article]:
    """``n_articles`` articles (the same ones for the same seed)."""
    rng = random.Random(seed)
    arts: list[timeline.Article] = []
    story = 0
    start = dt.date(2024, 1, 1)
    while len(arts) < n_articles:
        kind = rng.choice(list(EN))
        day = start + dt.timedelta(days=rng.randrange(730))
        place = rng.choice(PLACES)
        speaker = rng.choice(SPEAKERS)
        n, m = rng.randint(2, 40), rng.randint(1, 60)
        for r in range(min(1 + rng.randrange(4), n_articles - len(arts))):
            published = day + dt.timedelta(days=rng.randrange(3))
            lang = "ar" if rng.random() < 0.45 else "en"
            text = None
            if r and rng.random() < 0.3 and arts and arts[-1].lang == lang:
                text = arts[-1].text  # a syndicated copy
            if text is None:
                table = EN if lang == "en" else AR
                first = rng.choice(table[kind]).format(
                    n=n, m=m, place=place[0 if lang == "en" else 1],
                    when=_when(lang, day, published, rng.randrange(5)),
                    speaker=speaker[0 if lang == "en" else 1])
                other = rng.choice([k for k in EN if k != kind])
                later = rng.choice(table[other]).format(
                    n=rng.randint(2, 9), m=3, place=rng.choice(PLACES)[0 if lang == "en" else 1],
                    when=_when(lang, day - dt.timedelta(days=rng.randrange(1, 40)), published, rng.randrange(5)),
                    speaker=speaker[0 if lang == "en" else 1])
                text = first + (" " + later if rng.random() < 0.5 else "")
            hour = rng.randrange(24)
            when = rng.choice([published.isoformat(), f"{published.isoformat()}T{hour:02d}:{rng.randrange(60):02d}",
                               f"{published.isoformat()}T{hour:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"])
            arts.append(timeline.Article(id=f"g{story:04d}-{r}", text=text, published=when,
                                         source=rng.choice(OUTLETS), url=f"https://news.invalid/{story}/{r}",
                                         lang=lang))
        story += 1
    return arts
