"""Casualty figures: how many were killed, injured, missing, kidnapped or arrested.

Figures are read from digits and number words of both languages (the number words of the
time lexicons: "four", "twenty-one", "أربعة", "خمسة عشر", "ثلاثة وعشرين"), Arabic duals
("جنديين" = 2, "قتيلان" = 2), singular nouns ("مقتل شخص" = 1, "a man was killed" = 1) and
toll sentences ("the death toll rose to 90", "ارتفع عدد القتلى إلى 19").  The phrasings:

* number, person noun, casualty word: "four Americans were killed", "13 dead", "19 قتيلا";
* casualty verb or noun, number, person noun: "killing 13", "wounding two", "مقتل 4
  أشخاص", "إصابة 12 آخرين", "مقتل جنديين";
* a toll: "death toll ... to/at N", "عدد/حصيلة القتلى ... إلى/بلغ N";
* one person: "a man was shot and killed", "a 7-year-old boy was killed" (1, not 7), or
  the object of an active verb: "gunmen killed a policeman", "wounding a 15-year-old boy".

``exact`` is False after "at least", "more than", "about", "أكثر من", "نحو", "ما لا يقل
عن" … and for vague quantities, whose ``count`` is the least the word can mean:
"dozens" 24, "hundreds" 200, "thousands" 2000, "several" 3; Arabic plurals of paucity
mean three or more, "عشرات" 30, "مئات" 300, "آلاف" 3000 (``*_VAGUE_NUMBERS`` in
:mod:`timeline.lang.arguments`).  A number that is an age, a year, a clock time, a
magnitude, a percentage, an amount of money or a count of things is no casualty figure.
"shot" alone counts as injured ("two people were shot"); "shot dead", "shot and killed",
"fatally shot" as killed.

>>> from timeline.text import normalize
>>> n = normalize("أسفر الهجوم عن مقتل 4 أشخاص وإصابة 12 آخرين")
>>> [(c.count, c.exact, c.kind, c.who) for c in find_casualties(n, "ar")]
[(4, True, 'killed', 'اشخاص'), (12, True, 'injured', 'اخرين')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Sequence

import attrs

from ..lang import arguments as W
from ..lang import get_language
from ..text import TOKEN_RE, Normalized, normalize_word

__all__ = ["Casualty", "find_casualties"]


@attrs.frozen
class Casualty:
    """A casualty figure: normalised-text span of the phrase, the number and its kind."""

    start: int
    end: int
    count: int
    exact: bool
    kind: str
    who: str = ""
    #: read from "shot" alone ("two people were shot"): those shot, the killed among them
    shot: bool = False


def _nw(words) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)


def _nd(d: dict) -> dict:
    return {normalize_word(k): v for k, v in d.items()}


class _Phrases(dict):
    """``{token tuple: value}`` with the longest phrase per first token, for quick misses."""

    def __init__(self, items):
        super().__init__()
        self.first: dict[str, int] = {}
        for k, v in (items.items() if isinstance(items, dict) else ((i, True) for i in items)):
            key = tuple(TOKEN_RE.findall(normalize_word(k)))
            self[key] = v
            self.first[key[0]] = max(self.first.get(key[0], 0), len(key))


def _phrases(items) -> _Phrases:
    return _Phrases(items)


@lru_cache(maxsize=1)
def _data() -> dict:
    en_lex = get_language("en").lexicon.words
    ar_lex = get_language("ar").lexicon.words
    en_num = {w: c["num"] for w, c in en_lex.items() if "num" in c and w not in ("a", "an", "hundred", "thousand", "couple", "dozen")}
    en_tens = {w: c["tens"] for w, c in en_lex.items() if "tens" in c}
    ar_num = {w: c["num"] for w, c in ar_lex.items() if "num" in c}
    ar_tens = {w: c["tens"] for w, c in ar_lex.items() if "tens" in c}
    ar_teen = {w for w, c in ar_lex.items() if "teen" in c}
    d = {
        "en_num": en_num, "en_tens": en_tens, "ar_num": ar_num, "ar_tens": ar_tens, "ar_teen": ar_teen,
        "en_cas": W.EN_CASUALTY_WORDS, "en_phr": _phrases(W.EN_CASUALTY_PHRASES),
        "en_inexact": _phrases(W.EN_INEXACT), "en_vague": _phrases(W.EN_VAGUE_NUMBERS),
        "en_noun": W.EN_PERSON_NOUNS, "en_mod": W.EN_NUMBER_MODIFIERS, "en_aux": W.EN_AUX, "en_aux1": W.EN_SINGULAR_AUX,
        "en_one": W.EN_ONE, "en_not_after": W.EN_NOT_COUNT_AFTER, "en_not_before": W.EN_NOT_COUNT_BEFORE,
        "en_the": W.EN_ONE_DEFINITE, "en_die": W.EN_DEATH_INTRANSITIVE, "en_death": W.EN_DEATH_NOUNS,
        "en_hurt": frozenset(w for w, k in W.EN_CASUALTY_WORDS.items()
                             if k == "injured" and w not in W.EN_SHOT_VERBS),
        "en_shot": W.EN_SHOT_VERBS,
        "en_self": W.EN_REFLEXIVES, "en_he": W.EN_ONE_PRONOUNS, "en_plural": W.EN_PLURALS_WITHOUT_S, "en_poss": W.EN_POSSESSIVES, "en_whole": W.EN_WHOLE, "en_counted": W.EN_COUNTED_NOUNS, "en_age": W.EN_AGE_WORDS, "en_fatal": W.EN_FATAL_ADJECTIVES,
        "en_manner": W.EN_DEATH_MANNERS, "en_fatal_noun": W.EN_FATAL_NOUNS, "en_rel": W.EN_RELATIVE_PRONOUNS, "en_later": W.EN_LATER_ADVERBS, "en_passive": W.EN_PASSIVE_AUX, "en_obj": W.EN_OBJECT_PRONOUNS,
        "en_toll": W.EN_TOLL_VERBS, "en_leave": W.EN_LEAVE_VERBS | W.EN_LIVES_VERBS,
        "en_share_fatal": W.EN_SHARE_FATAL, "en_share_of": W.EN_SHARE_OF,
        "ar_cas": _nd(W.AR_CASUALTY_WORDS), "ar_after": _nw(W.AR_NUMBER_AFTER),
        "ar_toll": _nw(W.AR_TOLL_NOUNS), "ar_links": _nw(W.AR_TOLL_LINKS),
        "ar_inexact": _phrases(W.AR_INEXACT), "ar_vague": _phrases(W.AR_VAGUE_NUMBERS),
        "ar_noun": _nd(W.AR_PERSON_NOUNS), "ar_dual": _nd(W.AR_CASUALTY_DUALS),
        "ar_part": _nw(W.AR_PARTITIVE), "ar_not_after": _phrases(W.AR_NOT_COUNT_AFTER),
        "ar_emph": _nd(W.AR_EMPHATIC_NUMBERS), "ar_age": _nw(W.AR_AGE_CUES),
        "ar_fatal": _nw(W.AR_FATAL_ADJECTIVES), "ar_fatal_noun": _nw(W.AR_FATAL_NOUNS),
        "en_dem": {normalize_word(k) for k in W.EN_DEMONYMS},
        "ar_active": _nd(W.AR_TRANSITIVE_CASUALTY_VERBS), "ar_doer_stops": _nw(W.AR_DOER_STOPS),
        "ar_doer_max": W.AR_DOER_MAX_WORDS,
        "en_mult": W.EN_MULTIPLICATIVES, "en_mult_noun": W.EN_MULTIPLE_NOUNS,
        "en_present": W.EN_PRESENT_CASUALTY_VERBS,
        "en_mursui": _phrases(W.EN_MURDER_SUICIDE),
        "en_scales": W.EN_SCALES, "en_scale_links": W.EN_SCALE_LINKS, "ar_scales": _nd(W.AR_SCALES),
    }
    d["en_start"] = (set(en_num) | set(en_tens) | set(d["en_vague"].first) | set(d["en_inexact"].first) | set(d["en_counted"])
                     | set(d["en_cas"]) | set(d["en_phr"].first) | set(d["en_leave"]) | {"toll", "number"})
    d["ar_start"] = (set(ar_num) | set(ar_tens) | set(d["ar_vague"].first) | set(d["ar_inexact"].first)
                     | set(d["ar_cas"]) | set(d["ar_toll"]) | set(d["ar_dual"]) | set(d["ar_active"]))
    #: words without which a text holds no figure at all
    #: words without which a text holds no multiplicative or murder-suicide figure
    d["en_mult_any"] = frozenset(d["en_mult"]) | frozenset(d["en_mursui"].first)
    d["en_any"] = set(d["en_cas"]) | {"toll"} | set(d["en_fatal"]) | set(d["en_death"]) | d["en_mult_any"] \
        | set(d["en_present"])
    d["ar_any"] = set(d["ar_cas"]) | set(d["ar_dual"]) | set(d["ar_active"])
    return d


def _is_arabic(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff"


def _tokens(norm: Normalized):
    """``token_spans`` of a text, shared with the other extractors for the same text."""
    from .places import _tokens as shared
    return shared(norm)


class _Text:
    def __init__(self, norm: Normalized, start: int, end: int):
        toks, starts, ends = _tokens(norm)
        self.toks, self.starts, self.ends = toks, starts, ends
        self.text = norm.text
        self.lo = bisect_left(starts, start)
        self.hi = bisect_right(ends, end)
        self.n = len(toks)

    def tok(self, j: int) -> str:
        return self.toks[j] if self.lo <= j < self.hi else ""

    def phrase_at(self, j: int, table: _Phrases, maxlen: int = 5):
        """Longest phrase of ``table`` starting at j: (tokens, value)."""
        if not (self.lo <= j < self.hi):
            return None
        longest = table.first.get(self.toks[j])
        if longest is None:
            return None
        for n in range(min(maxlen, longest), 0, -1):
            if j + n > self.hi:
                continue
            key = tuple(self.toks[j:j + n])
            if key in table:
                return n, table[key]
        return None

    def phrase_ending(self, j: int, table: dict, maxlen: int = 5):
        """Longest phrase of ``table`` ending just before token j: its first token."""
        for n in range(maxlen, 0, -1):
            if j - n < self.lo:
                continue
            if tuple(self.toks[j - n:j]) in table:
                return j - n
        return None


# --------------------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------------------


def _digits(t: _Text, j: int) -> tuple[int, int] | None:
    """(value, tokens) of a digit number at j ("13", "2,059"), None for decimals/times."""
    tok = t.tok(j)
    if not tok.isdecimal():
        return None
    val, k = int(tok), j + 1
    while t.tok(k) == "," and t.tok(k + 1).isdecimal() and len(t.tok(k + 1)) == 3 and t.starts[k + 1] == t.ends[k]:
        val = val * 1000 + int(t.tok(k + 1))
        k += 2
    nxt = t.tok(k)
    if nxt in (".", ":", "/") and t.tok(k + 1).isdecimal() and t.starts[k + 1] == t.ends[k]:
        return None  # 6.8, 8:40, 12/18
    if t.tok(j - 1) in ("$", "£", "€", "#") or (t.tok(j - 1) in (".", ",") and t.tok(j - 2).isdecimal()
                                                 and t.starts[j] == t.ends[j - 1]):
        return None
    return val, k - j


def _scaled(t: _Text, j: int, got: tuple[int, int, bool] | None, scales: dict,
            links: frozenset[str] = frozenset()) -> tuple[int, int, bool] | None:
    """A number read at j times the scale word after it ("50 thousand", "خمسين ألف",
    "tens of thousands", "مئات الآلاف"); a decimal is read only before one ("1.2 million")."""
    if got is None:
        tok = t.tok(j)
        if not (tok.isdecimal() and t.tok(j + 1) in (".", ",") and t.tok(j + 2).isdecimal()
                and t.starts[j + 1] == t.ends[j] and t.starts[j + 2] == t.ends[j + 1]
                and t.tok(j + 3) in scales and len(t.tok(j + 2)) < 3):
            return None
        return round(float(f"{tok}.{t.tok(j + 2)}") * scales[t.tok(j + 3)]), 4, True
    val, n, exact = got
    k = j + n
    if t.tok(k) in links and t.tok(k + 1) in scales and not exact:
        k += 1  # "tens of thousands"
    if t.tok(k) in scales and (k > j + n or exact or t.tok(k) != t.tok(j)):
        # (a vague scale is not scaled by itself: "thousands" is read once)
        return val * scales[t.tok(k)], k + 1 - j, exact
    return got


def _en_number(t: _Text, j: int, d: dict) -> tuple[int, int, bool] | None:
    """(value, tokens, exact) of an English number at j (times a scale after it)."""
    return _scaled(t, j, _en_count(t, j, d), d["en_scales"], d["en_scale_links"])


def _en_count(t: _Text, j: int, d: dict) -> tuple[int, int, bool] | None:
    got = _digits(t, j)
    if got:
        return got[0], got[1], True
    v = t.phrase_at(j, d["en_vague"], 3)
    if v:
        return int(v[1]), v[0], False
    tok = t.tok(j)
    if tok in d["en_tens"]:
        val, k = d["en_tens"][tok], j + 1
        if t.tok(k) == "-" and t.tok(k + 1) in d["en_num"] and d["en_num"][t.tok(k + 1)] < 10:
            val += d["en_num"][t.tok(k + 1)]
            k += 2
        return val, k - j, True
    if tok in d["en_num"]:
        val, k = d["en_num"][tok], j + 1
        if t.tok(k) == "hundred":
            val *= 100
            k += 1
        return val, k - j, True
    return None


def _ar_number(t: _Text, j: int, d: dict) -> tuple[int, int, bool] | None:
    """(value, tokens, exact) of an Arabic number at j ("19", "أربعة", "خمسة عشر"), times a
    scale after it ("50 ألف")."""
    return _scaled(t, j, _ar_count(t, j, d), d["ar_scales"])


def _ar_count(t: _Text, j: int, d: dict) -> tuple[int, int, bool] | None:
    got = _digits(t, j)
    if got:
        return got[0], got[1], True
    v = t.phrase_at(j, d["ar_vague"], 2)
    if v:
        return int(v[1]), v[0], False
    tok = t.tok(j)
    if tok in d["ar_tens"]:
        return d["ar_tens"][tok], 1, True
    if tok in d["ar_num"]:
        val, k = d["ar_num"][tok], j + 1
        if t.tok(k) in d["ar_teen"]:
            val = val + 10 if val < 10 else val
            k += 1
        elif t.tok(k).startswith("و") and t.tok(k)[1:] in d["ar_tens"] and val < 10:
            val += d["ar_tens"][t.tok(k)[1:]]
            k += 1
        elif t.tok(k) in ("مئه", "مائه") and val < 10:
            val *= 100
            k += 1
        return val, k - j, True
    return None


# --------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------


def _en_casword(t: _Text, j: int, d: dict) -> tuple[int, str] | None:
    """(tokens, kind) of a casualty word or phrase at j ("killed", "shot and killed")."""
    p = t.phrase_at(j, d["en_phr"], 4)
    if p:
        return None if p[1] == "-" else (p[0], str(p[1]))
    tok = t.tok(j)
    if tok in d["en_cas"]:
        return 1, d["en_cas"][tok]
    return None


def _past_aux(t: _Text, m: int, d: dict) -> tuple[int, int]:
    """(index, words passed) past the auxiliaries and adverbs between a victim and the
    casualty word ("were reportedly killed", "was critically wounded"), up to four; an
    adverb that opens a casualty phrase is kept, as the phrase tells the kind ("were
    fatally shot", "was mortally wounded": killed, where "shot" alone is hit)."""
    steps = 0
    while t.tok(m) in d["en_aux"] and steps < 4 and not t.phrase_at(m, d["en_phr"], 4):
        m += 1
        steps += 1
    return m, steps


def _not_count_after(t: _Text, k: int, d: dict) -> bool:
    nxt = t.tok(k)
    if nxt == "-":
        nxt = t.tok(k + 1)
    return nxt in d["en_not_after"]


def _en_figures(t: _Text, d: dict) -> list[Casualty]:
    out: list[Casualty] = []
    used: set[int] = set()
    j = t.lo
    starters, one = d["en_start"], d["en_one"]
    cas_at = [k for k in range(t.lo, t.hi) if t.toks[k] in d["en_cas"]]
    while j < t.hi:
        tok = t.toks[j]
        if not (tok in starters or tok.isdecimal()):
            if (tok in one or tok in d["en_he"]) and any(j < k <= j + 12 for k in cas_at):
                pass
            else:
                j += 1
                continue
        # --- a toll: "the death toll rose to 90" ----------------------------------------
        if tok in ("toll", "number") and (tok == "toll" or t.tok(j + 1) == "of"):
            k = j + 1
            kind = "killed"
            if tok == "number":
                c = _en_casword(t, j + 2, d)
                if not c:
                    j += 1
                    continue
                kind, k = c[1], j + 2 + c[0]
            elif t.tok(j - 1) in ("injury", "injured"):
                kind = "injured"
            if tok == "toll" and t.tok(k) in ("from", "in", "of"):
                # "the death toll from the earthquake in Morocco rose to 2,900": past the
                # phrase of what took it, when no figure or clause break comes first
                for m in range(k + 1, min(t.hi, k + 1 + W.EN_TOLL_PHRASE_MAX)):
                    w = t.toks[m]
                    if w in W.EN_TOLL_RISES:
                        k = m
                        break
                    if not w.isalpha():
                        break
            steps = 0
            while t.tok(k) in d["en_toll"] and steps < 5:
                k += 1
                steps += 1
            q = t.phrase_at(k, d["en_inexact"], 4)
            exact = q is None
            if q:
                k += q[0]
            num = _en_number(t, k, d)
            if num and k not in used and not _not_count_after(t, k + num[1], d):
                start = j - 1 if t.tok(j - 1) in ("death", "injury", "casualty") else j
                out.append(Casualty(t.starts[start], t.ends[k + num[1] - 1], num[0], exact and num[2], kind))
                used.add(k)
                j = k + num[1]
                continue
        # --- verb, number, noun: "killing 13", "wounding two", "left 3 dead" ----------------
        c = _en_casword(t, j, d)
        lead = c is not None and (tok.endswith("ing") or tok in ("killed", "wounded", "injured", "kill", "kills"))
        if c is not None or tok in d["en_leave"]:
            k = j + (c[0] if c else 1)
            lives = c is None and tok in W.EN_LIVES_VERBS and tuple(t.toks[k:k + 3]) == W.EN_LIVES_OF
            if lives:
                k += 3  # "claimed the lives of 30 people"
            if (t.tok(k) in d["en_poss"] or t.tok(k) in d["en_whole"]) and _en_number(t, k + 1, d):
                k += 1  # "killed her two children", "killing all 64 on board"
            q = t.phrase_at(k, d["en_inexact"], 4)
            if q:
                k += q[0]
            num = _en_number(t, k, d)
            if num and k not in used and (lead or c is None) and not _not_count_after(t, k + num[1], d) \
                    and t.tok(j - 1) not in d["en_not_before"]:
                end_k = k + num[1]
                m = end_k
                while t.tok(m) in d["en_mod"] and t.tok(m) not in d["en_noun"] and m - end_k < 4:
                    m += 1
                who, m = _en_noun(t, m, d)
                more = 0
                if who:
                    end_k = m
                    # "killed 2 children, herself", "shot two sons and then himself": the
                    # killer too
                    r = m
                    while r < m + 3 and t.tok(r) in W.EN_KILLER_LINKS:
                        r += 1
                    if r > m and t.tok(r) in d["en_self"]:
                        more, end_k = 1, r + 1
                kind = c[1] if c else ("killed" if lives else None)
                if kind is None:  # "left 3 dead"
                    c2 = _en_casword(t, end_k, d)
                    if c2:
                        kind = c2[1]
                        end_k += c2[0]
                year_like = 1900 <= num[0] <= 2100 and not who
                if kind and not year_like:
                    out.append(Casualty(t.starts[j], t.ends[end_k - 1], num[0] + more, q is None and num[2], kind, who))
                    used.add(k)
                    j = end_k
                    continue
        # --- number, noun, casualty word: "four Americans were killed", "13 dead" ----------
        q = t.phrase_at(j, d["en_inexact"], 4)
        k = j + (q[0] if q else 0)
        num = _en_number(t, k, d)
        counted = d["en_counted"].get(t.tok(k)) if num is None and q is None else None
        if counted:
            num = (counted, 1, True)  # "Parents, 2 children dead": a noun of a set number
        if num and k not in used and t.tok(k - 1) not in d["en_not_before"] and not _not_count_after(t, k + num[1], d):
            m = k + num[1]
            if counted:
                who = t.tok(k)
            else:
                while t.tok(m) in d["en_mod"] and t.tok(m) not in d["en_noun"] and m - k < 6:
                    m += 1
                who, m = _en_noun(t, m, d)
            total = num[0]
            while who and t.tok(m) in W.EN_LIST_LINKS:
                # "eight students and a teacher were shot and killed", "three adults, one
                # child found shot to death": one figure, nine and four
                nxt = m + 1 + (t.tok(m) != t.tok(m + 1) and t.tok(m + 1) in W.EN_LIST_LINKS)  # ", and"
                more = _en_number(t, nxt, d)
                n2, m2 = (more[0], nxt + more[1]) if more else \
                    ((1, nxt + 1) if t.tok(nxt) in d["en_one"] or t.tok(nxt) in d["en_poss"] else (0, m))
                if not n2 or t.tok(m2) == "of":
                    break  # (not a part of them: "three people, two of them children")
                while t.tok(m2) in d["en_mod"] and t.tok(m2) not in d["en_noun"] and m2 - m < 6:
                    m2 += 1
                who2, m3 = _en_noun(t, m2, d)
                if not who2:
                    break
                total, m = total + n2, m3
            if who and t.tok(m) == ",":
                # an aside between commas: "two men, 25 and 30, were killed", "four
                # soldiers, including an officer, were killed"
                close = next((x for x in range(m + 1, min(t.hi, m + 2 + _ASIDE_WORDS))
                              if t.tok(x) == "," or t.tok(x) in (".", ";", "!", "?")), None)
                if close is not None and t.tok(close) == ",":
                    m = close + 1
            one_subject = not who and total > 1 and t.tok(m) in d["en_aux1"]  # "Williams, 24 was shot"
            m, steps = _past_aux(t, m, d)
            c = _en_casword(t, m, d)
            if c and not one_subject and not (c[1] == "killed" and t.tok(m) in ("kill", "kills", "killing")):
                out.append(Casualty(t.starts[j], t.ends[m + c[0] - 1], total, q is None and num[2], c[1], who))
                used.add(k)
                j = m + c[0]
                continue
        # --- one person: "a man was killed", "a 9-year-old girl was fatally shot" ---------
        if tok in d["en_he"]:
            # "He was shot and killed": a death only (who "was shot" may be one already
            # counted, who then died)
            m2, steps = _past_aux(t, j + 1, d)
            c = _en_casword(t, m2, d)
            if c and steps > 0 and c[1] == "killed" and t.tok(m2) not in ("kill", "kills", "killing", "dead"):
                out.append(Casualty(t.starts[j], t.ends[m2 + c[0] - 1], 1, True, "killed", tok))
                j = m2 + c[0]
                continue
        if tok in d["en_one"]:
            m = j + 1
            while m < t.hi and m - j < 8 and (t.tok(m) in d["en_mod"] or t.tok(m).isdecimal() or t.tok(m) in d["en_age"]):
                m += 1
            if t.tok(m + 1) in d["en_counted"] and t.tok(m).isalpha():
                m += 1  # "an elderly couple"
            noun = t.tok(m)
            if _one_noun(noun, d) or noun in d["en_counted"]:
                m2, steps = _past_aux(t, m + 1, d)
                c = _en_casword(t, m2, d)
                if c and steps > 0 and c[1] in ("killed", "injured", "kidnapped", "arrested", "missing") \
                        and t.tok(m2) not in ("kill", "kills", "killing", "dead", "deaths", "casualties"):
                    out.append(Casualty(t.starts[j], t.ends[m2 + c[0] - 1], d["en_counted"].get(noun, 1), True,
                                        c[1], noun))
                    j = m2 + c[0]
                    continue
        j += 1
    out += _en_one_object(t, d, out)
    out += _en_one_subject(t, d, out)
    return out


_HEADLINE_BEFORE = frozenset({":", "-", "–", "—", "|"})

#: How many words an aside between commas after the counted people may hold.
_ASIDE_WORDS = 6


def _one_noun(noun: str, d: dict) -> bool:
    """Is ``noun`` a person noun in the singular ("boy", "man"; not "boys", "children")?"""
    return noun in d["en_noun"] and not noun.endswith("s") and noun not in d["en_plural"]


def _line_start(t: _Text, k: int) -> bool:
    """Does token k open a line or follow a headline's colon or dash ("UPDATE: …")?"""
    if k == t.lo or k == 0:
        return True
    return "\n" in t.text[t.ends[k - 1]:t.starts[k]] or t.toks[k - 1] in _HEADLINE_BEFORE


def _one_person(t: _Text, m: int, d: dict) -> tuple[str, int] | None:
    """(noun, index after it) of one person's description at m: "4-year-old boy", "teen",
    "12-year-old Iowa girl" (one name before the noun), "boy, 8," or an age alone
    ("the 2-year-old"); ``None`` when m starts none."""
    k = m
    age = False
    while k < t.hi and k - m < 8 and t.tok(k) not in d["en_aux"] and (
            t.tok(k) in d["en_mod"] or t.tok(k).isdecimal() or t.tok(k) in d["en_age"] or t.tok(k) in d["en_num"]):
        age = age or t.tok(k) == "old"
        k += 1
    noun = t.tok(k)
    single = _one_noun(noun, d)
    if not single and t.tok(k + 1) in d["en_noun"] and t.tok(k + 1) not in d["en_aux"] \
            and not t.tok(k + 1).endswith("s") and noun.isalpha() and noun not in d["en_cas"] \
            and noun not in d["en_aux"] and noun not in d["en_noun"]:
        k += 1  # "a 12-year-old Iowa girl", "a 19-year-old Beverly man", "his best friend"
        noun, single = t.tok(k), True
    if single:
        k += 1
        if t.tok(k) == "," and (t.tok(k + 1).isdecimal() or t.tok(k + 1) in d["en_num"]) and t.tok(k + 2) == ",":
            k += 3  # "Boy, 8, dies"
        return noun, k
    if age and k > m and t.tok(k - 1) == "old":
        return "old", k  # "the 2-year-old died"
    return None


class _Taken:
    """Spans already read, asked whether a new one overlaps any in logarithmic time (a
    feed of thousands of casualty phrases must not cost their square)."""

    def __init__(self, spans) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        k = bisect_left(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)
        self.longest = max(self.longest, e - s)

    def overlaps(self, s: int, e: int) -> bool:
        lo = bisect_left(self.starts, s - self.longest)
        hi = bisect_left(self.starts, e)
        return any(self.ends[k] > s for k in range(lo, hi))


def _object_like(t: _Text, k: int, d: dict) -> bool:
    """Does token k begin an object ("killed his wife", "shot two men"), which makes the
    verb before it active?"""
    w = t.tok(k)
    return (w in d["en_one"] or w in d["en_the"] or w in d["en_obj"] or w in d["en_noun"]
            or w.isdecimal() or w in d["en_num"])


def _dies_later(t: _Text, m: int, d: dict) -> int | None:
    """After a person's description at m, a relative or participle phrase and then its
    death ("a girl who was hit in the neck has died", "toddler injured in a shooting
    dies"): the index of the death word, if within reach of one sentence."""
    if not (t.tok(m) in d["en_rel"] or t.tok(m).endswith("ed") or t.tok(m) in d["en_shot"]):
        return None
    for k in range(m + 1, min(t.hi, m + _DIES_REACH)):
        w = t.tok(k)
        if w in (".", ";", "!", "?") or (w in d["en_noun"] and k > m + 1):
            return None  # (the sentence ends, or another person comes in)
        if w in d["en_die"] and w != "dead" and t.tok(k - 1) not in d["en_rel"] and t.tok(k - 1) not in ("and", ","):
            return k
    return None


#: How many people one "the deaths of …" names at most, one by one.
_DEATHS_OF_MAX = 6

#: How far after "was shot" its "and died" may come ("was shot in the chest outside his
#: home early Friday and died").
_AND_DIED_REACH = 10

#: How far after a victim's description its death may be told ("a 6-year-old girl who was
#: hit by a bullet fired into her family's kitchen on the east side has died").
_DIES_REACH = 16


def _en_one_subject(t: _Text, d: dict, found: list[Casualty]) -> list[Casualty]:
    """One person killed as the subject of a death or in a noun of one death: "a boy died",
    "the 2-year-old is dead", "Teen dies after …", "Boy, 8, dies", "15-year-old killed in
    Cedar Rapids shooting", "Woman fatally shot in …" (a participle with no object after
    it), "a girl who was hit in the neck has died", "fatally shot himself", "kills
    herself", "the death of a 7-year-old girl", "the fatal shooting of a teen", "the boy's
    shooting death" (1)."""
    out: list[Casualty] = []
    taken = _Taken((c.start, c.end) for c in found)

    def add(a: int, b: int, who: str) -> None:
        start, end = t.starts[a], t.ends[b]
        if not taken.overlaps(start, end):
            out.append(Casualty(start, end, 1, True, "killed", who))
            taken.add(start, end)

    for k in range(t.lo, t.hi):
        tok = t.toks[k]
        if tok in d["en_self"]:
            # "fatally shot himself", "shot and killed himself", "kills herself": a casualty
            # word or phrase ending right before (not "threatened to kill himself")
            c = next((c for n in (3, 2, 1) if (c := _en_casword(t, k - n, d)) is not None
                      and c[0] == n and c[1] == "killed"), None)
            if c and t.tok(k - 1) not in ("kill", "killing") and t.tok(k - 2) != "to" \
                    and t.tok(k - 1).endswith(("ed", "ot", "ills")):
                add(k - 1, k, tok)
            continue
        fatal = tok in d["en_fatal"]
        plural = tok[-1:] == "s" and tok[:-1] in d["en_death"]  # "the deaths of a woman and her daughter"
        if (tok in d["en_death"] or plural or (fatal and t.tok(k + 2) == "of")) and t.tok(k + 1 + fatal) == "of":
            m = k + 2 + fatal
            if t.tok(m) in d["en_one"] or t.tok(m) in d["en_the"]:
                m += 1
            got = _one_person(t, m, d)
            if got is not None and not t.tok(m).isdecimal() or got is not None and t.tok(m + 1) == "-":
                n, last = 1, got[1] - 1
                q = got[1]
                while t.tok(q) in W.EN_LIST_LINKS and n < _DEATHS_OF_MAX:
                    # "the deaths of a woman and her daughter", "deaths of woman, daughter"
                    r = q + 1 + (t.tok(q) != t.tok(q + 1) and t.tok(q + 1) in W.EN_LIST_LINKS)
                    r += t.tok(r) in d["en_one"] or t.tok(r) in d["en_the"] or t.tok(r) in d["en_poss"]
                    more = _one_person(t, r, d)
                    if more is None:
                        break
                    n, last, q = n + 1, more[1] - 1, more[1]
                start, end = t.starts[k], t.ends[last]
                if n == 1 and not plural:
                    add(k, last, got[0])
                elif n > 1 and not taken.overlaps(start, end):
                    out.append(Casualty(start, end, n, True, "killed", got[0]))
                    taken.add(start, end)
            continue
        if fatal and not (t.tok(k + 2) == "of" or t.tok(k + 3) == "of"):
            # "a fatal shooting", "the deadly crash", "a fatal gunshot wound": at least one
            # killed (whose figure a number told elsewhere outweighs)
            j = k + 1
            while j < k + 3 and t.tok(j) not in d["en_fatal_noun"] and t.tok(j).isalpha() \
                    and t.tok(j) not in d["en_aux"] and t.tok(j) not in d["en_noun"] and t.tok(j) not in d["en_cas"]:
                j += 1  # "a fatal Wichita shooting", "the deadly St. Paul shooting"
            j += t.tok(j) in d["en_fatal_noun"] and t.tok(j + 1) in d["en_fatal_noun"]  # "gunshot wound"
            if t.tok(j) in d["en_fatal_noun"]:
                c0 = (t.starts[k], t.ends[j])
                if not taken.overlaps(*c0):
                    out.append(Casualty(c0[0], c0[1], 1, False, "killed", ""))
                    taken.add(*c0)
            continue
        if tok in d["en_death"] and t.tok(k - 1) != "of":
            # "the boy's shooting death": a possessive person before the death noun
            j = k - 1 if t.tok(k - 1) in d["en_manner"] else k
            if t.tok(j - 1) == "s" and t.tok(j - 2) == "'" and (
                    _one_noun(t.tok(j - 3), d) or t.tok(j - 3) == "old"):
                add(j - 3, k, t.tok(j - 3))
            elif tok == "death" and j < k and not (t.tok(j - 1).isdecimal() or t.tok(j - 1) in d["en_num"]):
                # "Second arrest in Senquez Jackson shooting death", "investigation of a
                # shooting death": one death of that manner (the count a number would give
                # elsewhere outweighs it)
                start, end = t.starts[j], t.ends[k]
                if not taken.overlaps(start, end):
                    out.append(Casualty(start, end, 1, True, "killed", ""))
                    taken.add(start, end)
            continue
        head = _line_start(t, k)
        age_start = (tok.isdecimal() or tok in d["en_num"]) and t.tok(k + 1) == "-" and t.tok(k + 2) in d["en_age"]
        bare = _one_noun(tok, d)
        if tok in d["en_one"] or tok in d["en_the"]:
            m = k + 1
        elif head or age_start or bare:
            if k > t.lo and (t.toks[k - 1] in d["en_one"] or t.toks[k - 1] in d["en_the"]
                             or t.toks[k - 1] in d["en_mod"] or t.toks[k - 1] == "-"):
                continue  # inside a description begun before
            m = k
        else:
            continue
        got = _one_person(t, m, d)
        if got is None:
            continue
        who, m2 = got
        steps = 0
        while t.tok(m2) in d["en_aux"] and t.tok(m2) not in d["en_rel"] and t.tok(m2) not in ("and", "to") \
                and steps < 4 \
                and (_en_casword(t, m2, d) or (0, ""))[1] != "killed":  # ("fatally shot" is one word)
            m2 += 1
            steps += 1
        w = t.tok(m2)
        if w in d["en_die"] and (w != "dead" or steps or head):
            add(k, m2, who)  # "a boy died", "the man is dead", "Teen dead after …"
            continue
        c = _en_casword(t, m2, d)
        if c and c[1] == "killed" and w not in ("kill", "kills", "killing", "deaths", "casualties", "lives"):
            # "the girl was killed"; with no auxiliary, a participle with no object after
            # it: "15-year-old killed in …", "woman fatally shot at …" (not "a man killed his wife")
            if steps or (w != "dead" and not _object_like(t, m2 + c[0], d)):
                add(k, m2 + c[0] - 1, who)
                continue
        if steps == 0:
            later = _dies_later(t, m2, d)
            if later is not None:
                add(k, later, who)
        elif c and c[1] == "injured":
            # "a boy was shot Friday and died at the hospital", "… and later died"
            for j in range(m2 + c[0], min(t.hi, m2 + c[0] + _AND_DIED_REACH)):
                if t.tok(j) in (".", ";", ",") or t.tok(j) in d["en_noun"]:
                    break
                if t.tok(j) == "and":
                    nxt = j + 1 + (t.tok(j + 1) in d["en_later"])
                    if t.tok(nxt) in d["en_die"] and t.tok(nxt) != "dead":
                        add(j, nxt, who)  # (its own span: "was shot" stays the hit it tells)
                    break
    return out


def _en_one_object(t: _Text, d: dict, found: list[Casualty]) -> list[Casualty]:
    """One person as the object of an active casualty verb: "gunmen killed a policeman",
    "shot dead a driver", "killing a 12-year-old girl" (1)."""
    out: list[Casualty] = []
    taken = _Taken((c.start, c.end) for c in found)
    for k in range(t.lo + 1, t.hi):
        if t.toks[k] not in d["en_one"] and t.toks[k] not in d["en_the"]:
            continue
        c = next(((n, kind) for n in (1, 2) for (ln, kind) in [_en_casword(t, k - n, d) or (0, "")]
                  if ln == n), None)
        if c is None or c[1] not in ("killed", "injured", "kidnapped") \
                or t.tok(k - c[0] - 1) in d["en_passive"] or t.tok(k - c[0] - 2) in d["en_passive"]:
            continue  # (not "was killed a day after")
        if not (t.toks[k - 1].endswith(("ed", "ing", "dead")) or t.toks[k - 1] in d["en_shot"]):
            continue  # an active verb: not "the killing", "a death"
        got = _possessed(t, k + 1, d)
        if got is not None and got[0] != "old":
            kind, last = c[1], got[1] - 1
            if d["en_cas"].get(t.tok(got[1])) == "killed":
                kind, last = "killed", got[1]  # "shot a security guard dead"
            elif t.toks[k - 1] in d["en_shot"]:
                continue  # "shot his brother": hurt or killed, the sentence says later
            start, end = t.starts[k - c[0]], t.ends[last]
            if not taken.overlaps(start, end):
                out.append(Casualty(start, end, 1, True, kind, got[0]))
    for k in range(t.lo, t.hi - 1):
        # a headline's present with no article: "Shooting kills Dayton man", "Accidental
        # discharge kills police officer's son"
        kind = d["en_present"].get(t.toks[k])
        if kind is None:
            continue
        got = _possessed(t, k + 1, d)
        if got is not None and got[0] != "old":
            start, end = t.starts[k], t.ends[got[1] - 1]
            if not taken.overlaps(start, end):
                out.append(Casualty(start, end, 1, True, kind, got[0]))
                taken.add(start, end)
    return out


def _possessed(t: _Text, m: int, d: dict) -> tuple[str, int] | None:
    """(noun, index after it) of the one person described at m, where a possessor
    ("police officer's son", "the pastor's wife", "his neighbor's dog") stands for what it
    possesses: that one when it is a person, else nobody."""
    got = _one_person(t, m, d)
    if got is None:
        k = m + 1 if t.tok(m) in d["en_the"] or t.tok(m) in d["en_one"] else m
        if t.tok(k + 1) == "'" and t.tok(k + 2) == "s" and t.tok(k).isalpha():
            got = (t.tok(k), k + 1)  # "the pastor's", "Smith's"
        else:
            return None
    if t.tok(got[1]) != "'" or t.tok(got[1] + 1) != "s":
        return got
    head = t.tok(got[1] + 2)
    if _one_noun(head, d):
        return head, got[1] + 3
    return None


def _en_multiple(t: _Text, d: dict, found: list[Casualty]) -> list[Casualty]:
    """Figures a word for the happening carries: "a quadruple killing" (4 killed), "a
    double homicide" (2), "a triple shooting" (3 shot), "a murder-suicide" (at least 2
    killed), where no number told them already."""
    out: list[Casualty] = []
    taken = _Taken((c.start, c.end) for c in found)
    for k in range(t.lo, t.hi):
        tok = t.toks[k]
        n = d["en_mult"].get(tok)
        if n is not None:
            kind = d["en_mult_noun"].get(t.tok(k + 1))
            if kind is None:
                continue
            start, end = t.starts[k], t.ends[k + 1]
            if not taken.overlaps(start, end):
                shot = kind == "shot"
                out.append(Casualty(start, end, n, True, "injured" if shot else kind, "", shot=shot))
                taken.add(start, end)
            continue
        ph = t.phrase_at(k, d["en_mursui"], 3)
        if ph is not None:
            start, end = t.starts[k], t.ends[k + ph[0] - 1]
            if not taken.overlaps(start, end):
                out.append(Casualty(start, end, 2, False, "killed", ""))
                taken.add(start, end)
    return out


def _en_noun(t: _Text, k: int, d: dict) -> tuple[str, int]:
    """The person noun(s) at k ("people", "service members", "Americans")."""
    words: list[str] = []
    m = k
    while m < t.hi and len(words) < 3:
        tok = t.tok(m)
        if tok in d["en_noun"] or (tok in d["en_dem"] and tok.endswith("s")):
            words.append(tok)
            m += 1
        elif tok == "service" and t.tok(m + 1) in ("members", "member", "personnel"):
            words.append(tok)
            m += 1
        else:
            break
    return " ".join(words), m


# --------------------------------------------------------------------------------------
# Arabic
# --------------------------------------------------------------------------------------


def _ar_fatal(t: _Text, d: dict, found: list[Casualty]) -> list[Casualty]:
    """At least one killed where a happening is called deadly ("حادث سير مميت", "الهجوم
    الدامي"): a figure a number told elsewhere outweighs."""
    out: list[Casualty] = []
    taken = _Taken((c.start, c.end) for c in found)
    for k in range(t.lo + 1, t.hi):
        if t.toks[k] not in d["ar_fatal"]:
            continue
        for j in (k - 1, k - 2):
            if j >= t.lo and _ar_in(t.toks[j], d["ar_fatal_noun"]):
                start, end = t.starts[j], t.ends[k]
                if not taken.overlaps(start, end):
                    out.append(Casualty(start, end, 1, False, "killed", ""))
                break
    return out


def _ar_in(tok: str, table) -> bool:
    """Is an Arabic token, past its clitics (و، ف، ب، ل) and the article, a word of
    ``table`` ("وامرأة", "الهجوم")?"""
    return any(f in table or (f.startswith("ال") and f[2:] in table) for f, _ in _ar_strip(tok))


def _ar_strip(tok: str) -> list[tuple[str, int]]:
    out = [(tok, 0)]
    rest, k = tok, 0
    if len(rest) > 2 and rest[0] in "وف":
        rest, k = rest[1:], 1
        out.append((rest, k))
    if len(rest) > 2 and rest[0] in "بل":
        out.append((rest[1:], k + 1))
    return out


#: Words after which nothing more of a verb's clause is its object: a preposition, a
#: time word, the end of the clause ("قتل الجنود الثلاثة في الكمين": passive, no object).
_AR_PHRASE_ENDS = frozenset(normalize_word(w) for w in W.AR_PHRASE_ENDS)


def _ar_phrase_ends(t: _Text, j: int) -> bool:
    """Does the clause's noun phrase end before token j (a preposition or a glued one, a
    time word, punctuation, the end of the text)?"""
    tok = t.tok(j)
    return not tok or not tok[0].isalnum() or tok in _AR_PHRASE_ENDS or (tok[:1] == "ب" and len(tok) > 3)


def _ar_definite_number(t: _Text, j: int, d: dict) -> int | None:
    """The value of a number word with the article at j, as a numeral follows its definite
    noun ("الثلاثة" in "الشهداء الثلاثة"; three to ten: two is told by the dual, and
    "الاثنين" is also Monday), else ``None``."""
    tok = t.tok(j)
    if not tok.startswith("ال") or len(tok) < 5:
        return None
    n = d["ar_num"].get(tok[2:])
    return n if isinstance(n, int) and 3 <= n <= 10 else None


def _ar_word(t: _Text, j: int, table) -> tuple[str, int] | None:
    """(lexicon form, clitic letters) of token j in ``table``, clitics allowed."""
    for form, k in _ar_strip(t.tok(j)):
        if form in table:
            return form, k
    return None


def _ar_noun(t: _Text, k: int, d: dict) -> tuple[str, str, int]:
    """(noun, number "sg"/"du"/"pl", next token) of the person noun at k, if any."""
    tok = t.tok(k)
    if tok in d["ar_part"]:  # "6 من عناصره"
        nxt = t.tok(k + 1)
        for form in (nxt, nxt[2:] if nxt.startswith("ال") else nxt):
            base = form
            for suffix in ("هم", "ه", "ها"):
                if base.endswith(suffix) and base[:-len(suffix)] in d["ar_noun"]:
                    base = base[:-len(suffix)]
            if base in d["ar_noun"]:
                return nxt, "pl", k + 2
        return "", "", k
    for form in (tok, tok[2:] if tok.startswith("ال") and len(tok) > 4 else None):
        if form and form in d["ar_noun"]:
            return tok, str(d["ar_noun"][form]), k + 1
    return "", "", k


#: Commas of both scripts, which may come before the "و" of a list of victims.
_AR_LIST_COMMAS = frozenset({",", "،"})


def _ar_and_more(t: _Text, m: int, d: dict) -> tuple[int, int]:
    """(how many more, next token) of the victims coordinated after a figure's noun at m
    ("مقتل 3 أطفال و4 نساء", "مقتل طفلين وامرأة", "مقتل زوجته وابنها"): a number and its
    noun, or a person noun counted by its own number (one, two); none past a plural noun
    without a number, which counts no one."""
    more = 0
    while True:
        k = m + 1 if t.tok(m) in _AR_LIST_COMMAS and t.tok(m + 1).startswith("و") else m
        # (a comma may come before the "and": "مقتل ثلاثة رجال، وطفل")
        tok = t.tok(k)
        if tok == "و" and _digits(t, k + 1):
            got = _digits(t, k + 1)
            noun, _g, nxt = _ar_noun(t, k + 1 + got[1], d)
            if not noun:
                break
            more, m = more + got[0], nxt
            continue
        rest = tok[1:] if tok.startswith("و") and len(tok) > 2 else ""
        gram = d["ar_noun"].get(rest) or (d["ar_noun"].get(rest[2:]) if rest.startswith("ال") else None)
        if gram in ("sg", "acc", "du"):
            more, m = more + (2 if gram == "du" else 1), k + 1
            continue
        break
    return more, m


def _ar_object(t: _Text, k: int, d: dict) -> tuple[int, bool, str, int, int | None] | None:
    """The victims of an active verb whose doer comes first ("قتلت الغارة خمسة مدنيين",
    "قتل مسلحون مجهولون رجلا"): past the doer's words (at most
    :data:`~timeline.lang.arguments.AR_DOER_MAX_WORDS`, none a person, a number, a
    preposition but ``ب`` of the means ("بالرصاص"), a time word or an indefinite person), a
    count with its noun or a person noun in the singular accusative or the dual.
    (count, exact, noun, end token, the number's token) or ``None``."""
    m = k
    while m < t.hi and m - k < d["ar_doer_max"]:
        tok = t.tok(m)
        person = _ar_noun(t, m, d)[0]
        if not tok or not _is_arabic(tok[0]) or tok in d["ar_doer_stops"] or tok[0] == "ل" \
                or (tok[0] == "و" and m > k) or (person and not person.startswith("ال")) \
                or _ar_word(t, m, d["ar_cas"]):
            return None  # (a definite person may do it: "قتل الرجل ثلاثة", "الجيش السوري")
        m += 1
        q = t.phrase_at(m, d["ar_inexact"], 4)
        at = m + (q[0] if q and t.phrase_at(m, d["ar_vague"], 2) is None else 0)
        num = _ar_number(t, at, d)
        if num is not None:
            if t.phrase_at(at + num[1], d["ar_not_after"], 2):
                return None
            noun, _g, end = _ar_noun(t, at + num[1], d)
            if not noun:
                return None  # "قتلت الغارة ثلاثة" with no person: a count of something else
            return num[0], q is None and num[2], noun, end, at
        noun, gram, end = _ar_noun(t, m, d)
        if gram in ("acc", "du") and not (gram == "acc" and t.tok(end) in d["ar_age"]):
            if t.tok(end) in d["ar_emph"]:
                end += 1
            # "طفلا وامرأة": more than the one named first, how many the list does not say
            more = t.tok(end).startswith("و") and _ar_in(t.tok(end), d["ar_noun"])
            return (2 if gram == "du" else 1), not more, noun, end, None
        if gram == "sg" and not noun.startswith("ال"):
            # a singular noun heading a construct bears no accusative ending ("قتل مسلحون
            # حارس أمن", "خطف مجهولون موظف إغاثة"): one victim, its complement after it
            nxt = t.tok(end)
            if nxt and _is_arabic(nxt[0]) and nxt not in d["ar_doer_stops"] and not _ar_in(nxt, d["ar_noun"]):
                return 1, True, noun, end + 1, None
        if noun and not noun.startswith("ال"):
            return None
    return None


def _ar_figures(t: _Text, d: dict) -> list[Casualty]:
    out: list[Casualty] = []
    used: set[int] = set()
    j = t.lo
    starters = d["ar_start"]
    while j < t.hi:
        tok = t.toks[j]
        if not (tok in starters or tok.isdecimal() or (tok[0] in "وفبل" and (tok[1:] in starters or tok[2:] in starters
                                                                        or tok[1:].isdecimal()))):
            j += 1
            continue
        # --- toll: "ارتفع عدد القتلى إلى 19", "عدد القتلى بلغ 4 أشخاص" ------------------------
        tn = _ar_word(t, j, d["ar_toll"])
        if tn is not None:
            cw = _ar_word(t, j + 1, d["ar_cas"])
            if cw is not None:
                kind = d["ar_cas"][cw[0]]
                k = j + 2
                steps = 0
                while k < t.hi and steps < 8 and _ar_number(t, k, d) is None and t.tok(k) not in (".", "،", "؛") \
                        and not (steps and _ar_word(t, k, d["ar_toll"])) and _ar_noun(t, k, d)[1] != "du":
                    k += 1
                    steps += 1
                q = t.phrase_ending(k, d["ar_inexact"])
                num = _ar_number(t, k, d)
                if num is None:
                    # "عدد القتلى شخصان اثنان"
                    noun, gram, m = _ar_noun(t, k, d)
                    if gram == "du" and (steps == 0 or t.tok(k - 1) in d["ar_links"]):
                        if t.tok(m) in d["ar_emph"]:
                            m += 1
                        out.append(Casualty(t.starts[j] + tn[1], t.ends[m - 1], 2, True, kind, noun))
                        j = m
                        continue
                elif (steps == 0 or t.tok(k - 1) in d["ar_links"] or q is not None) and k not in used \
                        and not t.phrase_at(k + num[1], d["ar_not_after"], 2):
                    m = k + num[1]
                    noun, _g, m = _ar_noun(t, m, d)
                    if not noun and _ar_word(t, m, d["ar_cas"]) is not None:
                        m += 1  # "بلغ عدد المصابين 2059 مصابا"
                    out.append(Casualty(t.starts[j] + tn[1], t.ends[m - 1], num[0], q is None and num[2], kind, noun))
                    used.add(k)
                    j = m
                    continue
        # --- a casualty noun and its number after it: "الشهداء الثلاثة", "القتلى الخمسة" ------
        cn = _ar_word(t, j, d["ar_cas"])
        if cn is not None and cn[0].startswith("ال") and j not in used:
            dn = _ar_definite_number(t, j + 1, d)
            if dn is not None:
                out.append(Casualty(t.starts[j] + cn[1], t.ends[j + 1], dn, True, d["ar_cas"][cn[0]], cn[0]))
                used.add(j)
                j += 2
                continue
        # --- casualty word, then the number: "مقتل 4 أشخاص", "إصابة 12 آخرين" ----------------
        cw = _ar_word(t, j, d["ar_after"]) or _ar_word(t, j, d["ar_active"])
        if cw is not None:
            kind = d["ar_cas"][cw[0]] if cw[0] in d["ar_cas"] else d["ar_active"][cw[0]]
            k = j + 1
            q = t.phrase_at(k, d["ar_inexact"], 4)
            if q and t.phrase_at(k, d["ar_vague"], 2) is None:
                k += q[0]
            num = _ar_number(t, k, d)
            if num is not None and k not in used and not t.phrase_at(k + num[1], d["ar_not_after"], 2):
                m = k + num[1]
                noun, gram, m = _ar_noun(t, m, d)
                more, m = _ar_and_more(t, m, d) if noun else (0, m)
                exact = q is None and num[2]
                if t.tok(m) == "علي" and t.tok(m + 1) == "الاقل":
                    exact, m = False, m + 2
                out.append(Casualty(t.starts[j] + cw[1], t.ends[m - 1], num[0] + more, exact, kind, noun))
                used.add(k)
                j = m
                continue
            if num is None:
                noun, gram, m = _ar_noun(t, k, d)
                dn = _ar_definite_number(t, m, d) if noun.startswith("ال") else None
                if dn is not None and cw[0] in d["ar_active"] and not _ar_phrase_ends(t, m + 1):
                    dn = None  # "قتل الجنود الثلاثة مسلحا": the three soldiers killed someone
                if dn is not None and k not in used:
                    # "أصيب الجنود الأربعة": the number told after its definite noun
                    out.append(Casualty(t.starts[j] + cw[1], t.ends[m], dn, True, kind, noun))
                    used.add(k)
                    j = m + 1
                    continue
                active = cw[0] in d["ar_active"]
                if active and (not noun or noun.startswith("ال")):
                    # "قتلت الغارة خمسة مدنيين", "قتل الرجل ثلاثة من أبنائه": the doer, then
                    # the victims; "قتل الرجل في ..." is the passive, read below
                    got = _ar_object(t, k, d)
                    if got is not None:
                        count, exact, noun, m, at = got
                        out.append(Casualty(t.starts[j] + cw[1], t.ends[m - 1], count, exact,
                                            d["ar_active"][cw[0]], noun))
                        if at is not None:
                            used.add(at)
                        j = m
                        continue
                if gram in ("sg", "du", "acc") and not (gram != "du" and t.tok(m) in d["ar_age"]):
                    count = 2 if gram == "du" else 1
                    if t.tok(m) in d["ar_emph"]:
                        m += 1
                    more, m = _ar_and_more(t, m, d)
                    count += more
                    out.append(Casualty(t.starts[j] + cw[1], t.ends[m - 1], count, True, kind, noun))
                    j = m
                    continue
        # --- number, then the casualty noun: "19 قتيلا", "عشرات القتلى", "قتيلان" ---------------
        du = _ar_word(t, j, d["ar_dual"])
        if du is not None:
            out.append(Casualty(t.starts[j] + du[1], t.ends[j], 2, True, d["ar_dual"][du[0]], ""))
            j += 1
            continue
        q = t.phrase_at(j, d["ar_inexact"], 4)
        k = j + (q[0] if q and t.phrase_at(j, d["ar_vague"], 2) is None else 0)
        num = _ar_number(t, k, d)
        if num is not None and k not in used:
            m = k + num[1]
            if t.tok(m) in d["ar_part"]:
                m += 1
            cn = _ar_word(t, m, d["ar_cas"])
            if cn is not None and cn[0] not in d["ar_after"]:
                out.append(Casualty(t.starts[j], t.ends[m], num[0], q is None and num[2], d["ar_cas"][cn[0]], ""))
                used.add(k)
                j = m + 1
                continue
            # "3 جنود قتلوا"
            noun, gram, m2 = _ar_noun(t, m, d)
            if noun:
                cn = _ar_word(t, m2, d["ar_cas"])
                if cn is not None and cn[0] not in d["ar_after"] and not t.phrase_at(k + num[1], d["ar_not_after"], 2):
                    out.append(Casualty(t.starts[j], t.ends[m2], num[0], q is None and num[2], d["ar_cas"][cn[0]], noun))
                    used.add(k)
                    j = m2 + 1
                    continue
        j += 1
    return out


def find_casualties(norm: Normalized, lang: str, start: int = 0, end: int | None = None, *,
                    times: Sequence[tuple[int, int]] = ()) -> list[Casualty]:
    """Casualty figures in ``norm.text[start:end]``, sorted by offset; a reading that
    starts inside one of ``times`` (normalised spans of time expressions) is none: a
    number ending a date is no count ("the attack on March 3 killed two soldiers": two).

    Arabic phrasings are read in Arabic words, English in English ones, whatever
    ``lang`` says (quotes in the other language are common); ``lang`` only orders nothing.

    >>> from timeline.text import normalize
    >>> n = normalize("The blast killed at least 13 people and wounded dozens.")
    >>> [(c.count, c.exact, c.kind) for c in find_casualties(n, "en")]
    [(13, False, 'killed'), (24, False, 'injured')]
    """
    del lang
    if not isinstance(norm, Normalized):
        raise TypeError("find_casualties needs a timeline.text.Normalized")
    stop = len(norm.text) if end is None else min(end, len(norm.text))
    if stop <= start:
        return []
    d = _data()
    t = _Text(norm, start, stop)
    if times:
        # the numbers of dates read as no number at all (a copy: the tokens are shared)
        toks = list(t.toks)
        for a, b in times:
            for k in range(max(t.lo, bisect_left(t.starts, a)), min(t.hi, bisect_left(t.starts, b))):
                if toks[k].isdecimal():
                    toks[k] = "_"
        t.toks = toks
    window = t.toks[t.lo:t.hi]
    found: list[Casualty] = []
    words = set(window)
    if words & d["en_any"]:
        found += _en_figures(t, d)
    if words & d["ar_any"] or any(w[0] in "وفبل" and (w[1:] in d["ar_any"] or w[2:] in d["ar_any"]) for w in words if len(w) > 3):
        found += _ar_figures(t, d)
    if words & d["ar_fatal"]:
        found += _ar_fatal(t, d, found)
    if words & d["en_mult_any"]:
        found += _en_multiple(t, d, found)
    found.sort(key=lambda c: (c.start, c.end))
    out: list[Casualty] = []
    for c in found:  # overlapping readings: the first (longest at that start) wins
        if out and c.start < out[-1].end:
            continue
        if c.kind == "injured":
            words = set(TOKEN_RE.findall(norm.text[c.start:c.end]))
            if words & d["en_shot"] and not words & d["en_hurt"]:
                c = attrs.evolve(c, shot=True)
            share = _fatal_share(t, c, d)
            if share is not None:
                # "five were wounded, one fatally": five hit, the dead among them
                out += [attrs.evolve(c, shot=True), share]
                continue
        out.append(c)
    return out


def _fatal_share(t: _Text, c: Casualty, d: dict) -> Casualty | None:
    """The dead among an English figure of those hit, told right after it: "four people were
    shot, one fatally", "three were wounded, two of them mortally"."""
    k = bisect_left(t.starts, c.end)
    if t.tok(k) != ",":
        return None
    num = _en_number(t, k + 1, d)
    if num is None:
        return None
    m = k + 1 + num[1]
    while t.tok(m) in d["en_share_of"] and m - k < 6:
        m += 1
    if t.tok(m) not in d["en_share_fatal"] or num[0] > c.count:
        return None
    return Casualty(t.starts[k + 1], t.ends[m], num[0], num[2] and c.exact, "killed", c.who)
