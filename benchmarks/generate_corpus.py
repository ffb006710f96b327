"""Make a realistic news archive of any size from the five seed articles, deterministically.

    python benchmarks/generate_corpus.py --mentions 10000 [--seed 0] [--out corpus.jsonl] [--check]

A year of news, as ``build_chronology`` would meet it:

* **Stories.**  Each story takes one seed article as its template and moves it to a
  random day of 2025.  Dates written in the text move with it ("20/12/2025", "18 ديسمبر
  الجاري", "السبت 20 كانون الأول", "فجر الثامن عشر من كانون الأول/ ديسمبر", "December
  20, 2024"): day, month name in the text's own family (Levantine, Egyptian, Maghrebi,
  Moroccan, English), year; a day written in words becomes digits.  Weekday names
  ("السبت", "الجمعة") move by the same number of days, and deictic words ("اليوم",
  "الأسبوع الماضي") move with the publication date.  Places, people and figures are
  drawn afresh for every story, so two stories from one template are two happenings.
* **Reports.**  Each story is reported by 1 to 12 outlets (about 3 on average) on its
  publication day: exact copies (syndication), near-duplicates (a word or two reworded,
  a sentence dropped) and rewrites (reworded, sentences reordered within paragraphs,
  about a quarter of them dropped).  Outlets come from a pool of 360 names.
* **Size.**  ``--mentions`` asks for a number of event mentions: the generator measures
  how many mentions its articles yield (on a fixed sample, with timeline's own extractor)
  and makes as many articles as that target needs.  ``--articles`` asks for articles.

The same ``--seed`` always gives the same corpus.  With ``--out`` the articles are written
as JSON lines (``id, text, published, source, lang``); ``--check`` resolves a sample with
``find_times`` and verifies that every moved date reads back as the template's date
plus the shift.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

from _common import seed_docs

import timeline
from timeline.lang import ar as _ar
from timeline.lang import en as _en
from timeline.text import normalize_word

YEAR = 2025
PLACES = (
    "حلب", "إدلب", "درعا", "القامشلي", "الحسكة", "اللاذقية", "طرطوس", "حماة", "السويداء",
    "البوكمال", "الميادين", "منبج", "عفرين", "الموصل", "كركوك", "الأنبار", "الفلوجة",
    "الرمادي", "تكريت", "سامراء", "بعقوبة", "البصرة", "صنعاء", "عدن", "مأرب", "الحديدة",
    "تعز", "بنغازي", "طرابلس", "مصراتة", "سرت", "درنة", "الخرطوم", "أم درمان", "الفاشر",
    "نيالا", "كسلا", "غزة", "رفح", "خان يونس", "جنين", "نابلس", "طولكرم", "الخليل", "صيدا",
    "صور", "بعلبك", "النبطية", "الهرمل", "مقديشو", "كيسمايو", "بيداوة", "غاو", "تمبكتو",
    "كيدال", "أغاديس", "العريش", "الشيخ زويد", "الزرقاء", "إربد", "معان", "الكرك",
)
# places and people the seed articles name, replaced in every story
SEED_PLACES = ("دير الزور", "جبل العمور", "تدمر", "الرقة", "حمص", "معدان", "الحماد", "دمشق")
SEED_PEOPLE = ("أبو حمزة الأثري", "أبو يوسف", "هيغسيث", "ترامب")
KUNYA = ("عمر", "خالد", "يوسف", "حمزة", "محمد", "علي", "أحمد", "إبراهيم", "عبدالله", "سليمان",
         "مصعب", "أسامة", "طلحة", "زياد", "هشام", "بكر", "قتادة", "حذيفة", "معاذ", "جابر")
NISBA = ("الأنصاري", "الشامي", "العراقي", "المصري", "الليبي", "التونسي", "الحموي", "الحلبي",
         "الديري", "الرقاوي")
SURNAMES = ("روبيو", "أوستن", "بلينكن", "ماكرون", "غوتيريش", "لافروف", "فيدان", "الصفدي",
            "عراقجي", "الشيباني", "بيدرسن", "كالاس")
OUTLET_KINDS = ("وكالة", "صحيفة", "موقع", "قناة", "إذاعة", "شبكة")
OUTLET_NAMES = (
    "الأنباء", "الشرق", "الغد", "الوطن", "الحدث", "المدى", "الساعة", "النهار", "الحياة",
    "الفجر", "البيان", "الرأي", "الدستور", "الخليج", "العرب", "الأيام", "الصباح", "المساء",
    "الجزيرة", "الميادين", "الرافدين", "الفرات", "دجلة", "بردى", "العاصي", "النيل", "الأطلس",
    "المغرب", "المشرق", "القدس", "الأقصى", "الكوفة", "البصرة", "حلب اليوم", "سوريا الآن",
    "عين", "المرصد", "الشاهد", "الخبر", "الحقيقة", "اليقين", "الميدان", "الجبهة", "السلام",
    "الأمة", "الشعب", "الجمهورية", "الوحدة", "الثورة", "تشرين", "البعث", "السفير",
    "الأخبار", "المستقبل", "اللواء", "الديار", "الأنوار", "الشروق", "المصري", "الوفد",
)
SYNONYMS = (  # (word, replacement): reporting verbs and common nouns of the seeds
    ("قالت", "ذكرت"), ("قال", "ذكر"), ("أفادت", "قالت"), ("أفاد", "قال"), ("أعلن", "أكد"),
    ("مصادر", "جهات"), ("قوات", "وحدات"), ("مواقع", "مقار"), ("الهجوم", "الاعتداء"),
    ("هجوم", "اعتداء"), ("عملية", "حملة"), ("استهدف", "طال"), ("أسفر", "أدى"),
    ("مقتل", "سقوط"), ("الأمريكي", "الأميركي"), ("الأمريكية", "الأميركية"), ("بأن", "أن"),
    ("وأضاف", "وتابع"), ("أكد", "شدد"), ("المنطقة", "المناطق"), ("تنظيم", "جماعة"),
)
_SENT_SPLIT = re.compile(r"(?<=[.!؟?])\s+")
_BIG_NUMBER = re.compile(r"(?<![\d/:.])\d{3,}(?![\d/:.])")
_NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


class Art(NamedTuple):
    """A generated article (what :class:`timeline.Article` needs)."""

    id: str
    text: str
    published: str
    source: str
    lang: str

    def article(self) -> timeline.Article:
        return timeline.Article(id=self.id, text=self.text, published=self.published,
                                source=self.source, lang=self.lang)


# -- moving the dates of a template ---------------------------------------------------------

def _families() -> list[tuple[dict[str, int], dict[int, str]]]:
    """(names -> month, month -> the family's usual name) per month-name family."""
    out = []
    for fam in (_ar._LEVANTINE, _ar._EGYPTIAN_GULF, _ar._MAGHREBI, _ar._MOROCCAN):
        canon: dict[int, str] = {}
        for name, num in fam.items():
            canon.setdefault(num, name)
        out.append((fam, canon))
    english = {name.capitalize(): num for name, num in _en.MONTHS.items() if len(name) > 3 or name == "may"}
    canon = {}
    for name, num in english.items():
        if len(name) > len(canon.get(num, "")):
            canon[num] = name  # the full name
    out.append((english, canon))
    return out


_FAMILIES = _families()
_MONTH_RE = re.compile("|".join(sorted({re.escape(n) for fam, _ in _FAMILIES for n in fam},
                                       key=len, reverse=True)))
_ORD_WORDS = {normalize_word(w) for w in _ar.ORDINALS}


def _month_name(old: str, month: int) -> str:
    for fam, canon in _FAMILIES:
        if old in fam:
            return canon[month]
    return old


class DateEdit(NamedTuple):
    start: int
    end: int
    text: str
    day: dt.date


def _rewrite(expr: str, old: dt.date, new: dt.date, published: dt.date) -> str:
    """The expression with its day, month names and year moved from ``old`` to ``new``."""
    m = _NUMERIC_DATE.search(expr)
    if m:
        width = len(m[1])
        return (expr[:m.start()] + f"{new.day:0{width}d}/{new.month:0{len(m[2])}d}/{new.year}"
                + expr[m.end():])
    out = _MONTH_RE.sub(lambda mo: _month_name(mo.group(), new.month), expr)
    day_done = False
    digits = re.search(rf"(?<!\d){old.day}(?!\d)", out)
    if digits:
        out = out[:digits.start()] + str(new.day) + out[digits.end():]
        day_done = True
    if not day_done:  # "الثامن عشر من": an ordinal day in words becomes digits
        words = out.split(" ")
        for k, w in enumerate(words):
            if normalize_word(w) in _ORD_WORDS:
                span = 2 if k + 1 < len(words) and (words[k + 1] in ("عشر", "عشرة")
                                                    or words[k + 1].startswith("وال")) else 1
                words[k:k + span] = [str(new.day)]
                break
        out = " ".join(words)
    if old.year != new.year:
        out = re.sub(rf"(?<!\d){old.year}(?!\d)", str(new.year), out)
    if "الجاري" in out and (new.year, new.month) != (published.year, published.month):
        out = out.replace("الجاري", "الماضي")
    return out


@lru_cache(maxsize=None)
def _template_dates(index: int) -> tuple[DateEdit, ...]:
    """The explicit calendar dates of seed ``index`` (found by timeline itself)."""
    doc = seed_docs()[index]
    edits = []
    for m in timeline.find_times(doc.text, published=doc.published, lang=doc.lang):
        if m.interval is None or m.anchored_to == "none" or not re.match(r"\d{4}-\d\d-\d\d", m.value):
            continue
        if not (_MONTH_RE.search(m.text) or _NUMERIC_DATE.search(m.text)):
            continue  # a weekday or "today": moves with the publication date by itself
        edits.append(DateEdit(m.start, m.end, m.text, dt.date.fromisoformat(m.value[:10])))
    return tuple(edits)


_WEEKDAY_RE = re.compile(r"(?<!\w)([وفبل]?)(" + "|".join(sorted(_ar.WEEKDAYS, key=len, reverse=True)) + r")(?!\w)")
_WEEKDAY_NAME = {v: k for k, v in reversed(list(_ar.WEEKDAYS.items()))}  # ISO -> usual name


def shift_template(index: int, days: int) -> tuple[str, str]:
    """(text, published) of seed ``index`` moved by ``days`` days."""
    doc = seed_docs()[index]
    delta = dt.timedelta(days=days)
    pub = dt.datetime.fromisoformat(doc.published)
    new_pub = pub + delta
    text = doc.text
    for e in sorted(_template_dates(index), key=lambda e: -e.start):
        text = text[:e.start] + _rewrite(e.text, e.day, e.day + delta, new_pub.date()) + text[e.end:]
    if days % 7:
        text = _WEEKDAY_RE.sub(lambda m: m[1] + _WEEKDAY_NAME[(_ar.WEEKDAYS[m[2]] - 1 + days) % 7 + 1], text)
    published = new_pub.isoformat() if "T" in doc.published else new_pub.date().isoformat()
    return text, published


# -- stories and reports --------------------------------------------------------------------

def _swap_words(text: str, rng: random.Random, p: float) -> str:
    for word, repl in SYNONYMS:
        if rng.random() < p:
            text = re.sub(rf"(?<!\w){word}(?!\w)", repl, text)
    return text


def _paragraphs(text: str) -> list[list[str]]:
    return [_SENT_SPLIT.split(p) if p.strip() else [p] for p in text.split("\n")]


def _join(paras: list[list[str]]) -> str:
    return "\n".join(" ".join(s) for s in paras)


def near_duplicate(text: str, rng: random.Random) -> str:
    """A word or two reworded, maybe one sentence gone."""
    text = _swap_words(text, rng, 0.1)
    paras = _paragraphs(text)
    long = [p for p in paras[2:] if len(p) > 1]
    if long and rng.random() < 0.5:
        p = rng.choice(long)
        del p[rng.randrange(1, len(p))]
    return _join(paras)


def rewrite(text: str, rng: random.Random) -> str:
    """Reworded, sentences reordered within paragraphs, about a quarter dropped; the
    headline and the dateline stay first."""
    text = _swap_words(text, rng, 0.5)
    paras = _paragraphs(text)
    head, body = paras[:2], paras[2:]
    out = []
    for p in body:
        kept = [s for s in p if rng.random() > 0.25] or p[:1]
        if len(kept) > 2:
            rng.shuffle(kept)
        out.append(kept)
    if len(out) > 3:
        mid = out[1:]
        rng.shuffle(mid)
        out = out[:1] + mid
    return _join(head + out)


def story_text(index: int, days: int, rng: random.Random) -> tuple[str, str]:
    """A new happening: the template moved in time, with its own places, people, figures."""
    text, published = shift_template(index, days)
    places = rng.sample(PLACES, len(SEED_PLACES))
    for old, new in zip(SEED_PLACES, places):
        text = text.replace(old, new)
    for old in SEED_PEOPLE:
        if old.startswith("أبو"):
            new = f"أبو {rng.choice(KUNYA)} {rng.choice(NISBA)}" if " " in old[4:] else f"أبو {rng.choice(KUNYA)}"
        else:
            new = rng.choice(SURNAMES)
        text = text.replace(old, new)
    text = _BIG_NUMBER.sub(lambda m: m.group() if 1900 <= int(m.group()) <= 2100
                           else str(rng.randrange(100, 9999)), text)
    return text, published


def _day_range(index: int) -> tuple[int, int]:
    pub = dt.date.fromisoformat(seed_docs()[index].published[:10])
    return (dt.date(YEAR, 1, 1) - pub).days, (dt.date(YEAR, 12, 31) - pub).days


def generate(n_articles: int, seed: int = 0) -> Iterator[Art]:
    """``n_articles`` articles, story by story (reports of one story are adjacent)."""
    rng = random.Random(seed)
    n_templates = len(seed_docs())
    outlets = [f"{k} {n}" for k in OUTLET_KINDS for n in OUTLET_NAMES]
    made = 0
    story = 0
    while made < n_articles:
        index = rng.randrange(n_templates)
        days = rng.randint(*_day_range(index))
        base, published = story_text(index, days, rng)
        reports = min(12, 1 + int(rng.expovariate(1 / 2.0)), n_articles - made)
        srcs = rng.sample(outlets, reports)
        original = base
        for r in range(reports):
            roll = rng.random()
            if r == 0:
                text = base
            elif roll < 0.35:
                text = original  # syndicated copy
            elif roll < 0.7:
                text = near_duplicate(original, rng)
            else:
                text = rewrite(original, rng)
            if "T" in published:  # another outlet, another hour of the same day
                when = dt.datetime.fromisoformat(published)
                pub = when.replace(hour=rng.randrange(0, 24), minute=rng.randrange(60)).isoformat()
            else:
                pub = published
            yield Art(f"s{story:06d}-{r:02d}", text, pub, srcs[r], "ar")
            made += 1
        story += 1


@lru_cache(maxsize=None)
def mentions_per_article(sample: int = 120) -> float:
    """Event mentions per generated article, measured on a fixed sample."""
    from timeline.chronology import _prepare
    from timeline.settings import Settings

    settings = Settings()
    arts = list(generate(sample, seed=987654321))
    return sum(len(e.mentions) for a in arts for e in _prepare(a.article(), settings)[0]) / len(arts)


def articles_for(mentions: int) -> int:
    """How many articles yield about ``mentions`` event mentions."""
    return max(1, round(mentions / mentions_per_article()))


def check(arts: list[Art], limit: int = 200) -> int:
    """Resolve moved dates back: every explicit date must be the template's date plus the
    shift, and no weekday may disagree with its date where the template's did not.
    Returns how many dates were checked (raises AssertionError on a mismatch)."""
    checked = 0
    seeds = seed_docs()
    base_flags = [sum("weekday_mismatch" in m.flags for m in
                      timeline.find_times(d.text, published=d.published, lang=d.lang)) for d in seeds]
    for a in arts[:limit]:
        got = timeline.find_times(a.text, published=a.published, lang=a.lang)
        values = [m.value[:10] for m in got if re.match(r"\d{4}-\d\d-\d\d", m.value)
                  and (_MONTH_RE.search(m.text) or _NUMERIC_DATE.search(m.text))]
        mismatches = sum("weekday_mismatch" in m.flags for m in got)
        for k, doc in enumerate(seeds):
            shift = dt.date.fromisoformat(a.published[:10]) - dt.date.fromisoformat(doc.published[:10])
            want = [(e.day + shift).isoformat() for e in _template_dates(k)]
            if want and values and set(values) <= set(want):
                assert mismatches <= base_flags[k], f"{a.id}: a weekday disagrees with its date"
                checked += len(values)
                break
        else:
            if values:
                raise AssertionError(f"{a.id}: moved dates {values} match no template shift")
    return checked


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--mentions", type=int, help="about this many event mentions")
    size.add_argument("--articles", type=int, help="exactly this many articles")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", help="write JSON lines here (default: print a summary only)")
    ap.add_argument("--check", action="store_true", help="verify moved dates on a sample")
    args = ap.parse_args(argv)
    n = args.articles if args.articles is not None else articles_for(args.mentions)
    arts = list(generate(n, args.seed))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps(a._asdict(), ensure_ascii=False) + "\n")
    chars = sum(len(a.text) for a in arts)
    copies = len(arts) - len({a.text for a in arts})
    print(f"{len(arts):,} articles, {chars:,} characters, {copies:,} exact copies, "
          f"{len({a.id.split('-')[0] for a in arts}):,} stories, {len({a.source for a in arts})} outlets")
    if args.mentions is not None:
        print(f"about {mentions_per_article():.1f} event mentions per article")
    if args.check:
        print(f"checked {check(arts)} moved dates: all read back as template date + shift")
    return 0


if __name__ == "__main__":
    sys.exit(main())
