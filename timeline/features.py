"""Text features for deciding whether two reports describe the same happening.

Each mention becomes a bag of features:

* ``w:`` a light stem of each content word (Arabic: clitics, article and common
  suffixes removed after folding hamza/ya/ta-marbuta; English: plural and -ed/-ing);
* ``s:`` a consonant skeleton of names, shared by Arabic and English spellings
  (سليماني / Soleimani -> ``slmn``, بغداد / Baghdad -> ``bgd``) so reports in the two
  languages can meet;
* ``n:`` numbers that are not part of a time expression (``59`` missiles);
* ``c:`` the event classes of the clause (``strike``, ``kill``, ``quake``...);
* ``a:`` for a statement, who made it (as a skeleton, so both languages meet);
* ``k:`` concepts shared by the two languages' data (``صاروخ``/``missile`` ->
  ``k:missile``, ``زلزال``/``earthquake`` -> ``k:earthquake``).

>>> sorted(features(["وقتل", "قاسم", "سليماني", "في", "بغداد"], [], "ar", ("kill",)))[:4]
['c:kill', 's:bgdd', 's:ksm', 's:slmn']
>>> skeleton("Soleimani", "en"), skeleton("سليماني", "ar")
('slmn', 'slmn')
"""

from __future__ import annotations

from functools import lru_cache

from .segment import event_words

__all__ = ["features", "ar_stem", "en_stem", "skeleton"]

_AR_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_AR_SUFFIXES = ("هما", "كما", "تان", "تين", "يون", "يين", "يا", "ات", "ان", "ين", "ون", "يه",
                "ها", "هم", "هن", "كم", "نا", "ه", "ي", "ا")
_AR_SKEL = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}
_EN_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"),
                ("ph", "f"), ("ck", "k"), ("qu", "k"), ("ou", "u"))
_EN_SKEL = {"b": "b", "c": "k", "d": "d", "f": "f", "g": "g", "h": "h", "j": "j", "k": "k",
            "l": "l", "m": "m", "n": "n", "p": "b", "q": "k", "r": "r", "s": "s", "t": "t",
            "v": "f", "x": "ks", "z": "z"}


@lru_cache(maxsize=100_000)
def ar_stem(word: str) -> str:
    """Light Arabic stem of a normalised word: ``والضربات`` -> ``ضرب``."""
    w = word
    for p in _AR_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for sfx in _AR_SUFFIXES:
        if w.endswith(sfx) and len(w) - len(sfx) >= 3:
            w = w[: -len(sfx)]
            break
    return w


@lru_cache(maxsize=100_000)
def en_stem(word: str) -> str:
    """Crude English stem: ``strikes`` -> ``strike``, ``killed`` -> ``kill``."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        return w[:-3]
    if len(w) > 4 and w.endswith("ed"):
        return w[:-2]
    if len(w) > 4 and w.endswith("es") and w[-3] in "sxz":
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


@lru_cache(maxsize=100_000)
def skeleton(word: str, lang: str) -> str:
    """Consonant skeleton shared by Arabic and Latin spellings of a name."""
    if lang == "ar":
        w = word[2:] if word.startswith("ال") and len(word) > 4 else word
        out = [_AR_SKEL.get(ch, "") for ch in w]
    else:
        w = word.lower()
        for a, b in _EN_DIGRAPHS:
            w = w.replace(a, b)
        out = [_EN_SKEL.get(ch, "") for ch in w]
    s = "".join(out)
    dedup = []
    for ch in s:
        if not dedup or dedup[-1] != ch:
            dedup.append(ch)
    s = "".join(dedup)
    if s.endswith("h") and len(s) > 3:
        s = s[:-1]
    return s


@lru_cache(maxsize=200_000)
def _word_features(w: str, lang: str) -> tuple[str, ...]:
    """The features one normalised word contributes (cached: news repeats its words)."""
    ew = event_words(lang)
    stop = ew.stopwords
    out: list[str] = []
    kc = ew.concept(w) if lang == "ar" else (ew.concept(w) or ew.concept(en_stem(w)))
    if kc is not None:
        out.append("k:" + kc)
    if w.isdigit():
        out.append("n:" + str(int(w)))
        return tuple(out)
    if w in stop or len(w) < 3:
        return tuple(out)
    if lang == "ar":
        st = ew.strip(w)
        if st in stop:
            return tuple(out)
        out.append("w:" + ar_stem(w))
        sk = skeleton(st, "ar")  # names keep their endings: الشعيرات -> srt
        if len(sk) >= 3:
            out.append("s:" + sk)
    else:
        out.append("w:" + en_stem(w))
    return tuple(out)


def features(words: list[str], caps: list[str], lang: str, classes: tuple[str, ...],
             actor: tuple[str, ...] | list[str] = ()) -> dict[str, float]:
    """Term counts of a mention's features (see the module docstring).

    ``actor`` holds the words naming who made a statement; they become ``a:`` features
    so that statements by the same speaker meet and statements by different speakers
    on the same subject stay apart.
    """
    ew = event_words(lang)
    stop = ew.stopwords
    out: dict[str, float] = {}
    prev = ""
    for w in actor:
        # who spoke, in either language: "the Pentagon" / "the Defense Department" /
        # "وزارة الدفاع الأمريكية" name one speaker
        kc = ew.concept_pairs.get((prev, w)) or ew.concept(w) or (
            ew.concept(en_stem(w)) if lang != "ar" else None)
        prev = w
        if kc is not None:
            out["a:k:" + kc] = out.get("a:k:" + kc, 0) + 2
        if w in stop or len(w) < 3 or w.isdigit() or ew.is_reporting(w) or ew.is_announcing(w):
            continue
        st = ar_stem(w) if lang == "ar" else en_stem(w)
        sk = skeleton(st if lang == "ar" else w, lang)
        key = "a:" + (sk if len(sk) >= 3 else st)
        out[key] = out.get(key, 0) + 2
        if lang == "ar":
            # a name keeps its ending (البنتاغون -> bntgn, as Pentagon), which the stem drops
            whole = skeleton(ew.strip(w), "ar")
            if len(whole) >= 3 and whole != sk:
                out["a:" + whole] = out.get("a:" + whole, 0) + 2
    prev = ""
    pairs = ew.concept_pairs
    for w in words:
        for key in _word_features(w, lang):
            out[key] = out.get(key, 0) + 1
        if pairs:
            pair = pairs.get((prev, w))
            if pair is not None:
                out["k:" + pair] = out.get("k:" + pair, 0) + 1
        prev = w
    if lang != "ar":
        for w in caps:
            if w.lower() in stop:
                continue
            sk = skeleton(w, "en")
            if len(sk) >= 3:
                out["s:" + sk] = out.get("s:" + sk, 0) + 1
    for c in classes:
        out["c:" + c] = 1.0
    return out
