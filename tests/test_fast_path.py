"""The fast paths of find_times give exactly what the plain ways give.

* ``text._fold`` (one regex pass + ``str.replace``) equals ``str.translate``;
* ``text.token_spans`` (one ``findall``) equals ``text.tokenize`` (one match at a time);
* ``tagger.tokens.prepare_tokens`` (a token cache, only context-dependent tokens looked
  at) equals the token-by-token reference below, the tagger's original loop;
* ``tag`` (units dispatched by the first token's categories, expressions tried only at
  tokens that can begin one) equals ``tag(..., exhaustive=True)``, which tries every unit
  and checks that none left out finds anything;
* ``detect_language`` (regex counts) equals counting character by character;
* results do not depend on what the per-process caches hold.

No timing here: the benchmarks measure (benchmarks/README.md).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

import timeline
from timeline.frames import Frame
from timeline.lang import detect_language, get_language
from timeline.tagger import tag
from timeline.tagger.tokens import _TENSE_CUES, prepare_tokens
from timeline.text import _TABLE, Token, _fold, normalize, token_spans, tokenize

WORDS = {code: sorted({w for cat in get_language(code).data.lexicon.values() for w in cat})
         for code in ("ar", "en")}
EXTRA = ["2025", "12", "1447", "3", "18", "20/12/2025", "1:34", "8:40", "١٨", "/", "-", ":", ".",
         "،", ",", "(", ")", "'", "\n", "\n\n", "و", "ال", "the", "on", "in", "of", "s", "ـ", "\u064b",
         "\u200f", "\u00a0", "_", "²", "İ", "قتل", "said"]
PREFIXES = ["", "", "", "و", "ب", "ل", "وب", "ف", "لل", "ال"]


@st.composite
def lexicon_soup(draw, code: str) -> str:
    """Text made of the language's own lexicon (with clitics and capitals), digits,
    punctuation and line breaks: every unit of the tagger gets its chance."""
    n = draw(st.integers(1, 40))
    parts = []
    for _ in range(n):
        kind = draw(st.integers(0, 9))
        if kind < 6:
            w = draw(st.sampled_from(WORDS[code]))
            if code == "ar":
                w = draw(st.sampled_from(PREFIXES)) + w
            elif draw(st.booleans()):
                w = w.capitalize()
            parts.append(w)
        elif kind < 9:
            parts.append(draw(st.sampled_from(EXTRA)))
        else:
            parts.append(draw(st.text(max_size=4)))
    seps = draw(st.lists(st.sampled_from([" ", " ", "", "  ", "\n", "\t", " \u200f"]),
                         min_size=n, max_size=n))
    return "".join(p + s for p, s in zip(parts, seps))


ANY_SOUP = st.one_of(lexicon_soup("ar"), lexicon_soup("en"))


def _reference_tokens(norm, language) -> list[Token]:
    """The tagger's original token loop: one Token per token, looked up one by one."""
    lex = language.lexicon
    words, phrases, case_sensitive = lex.words, lex.phrases, lex.case_sensitive
    raw = list(tokenize(norm.text))
    out: list[Token] = []
    text = norm.text
    n = len(raw)
    i = 0
    while i < n:
        t = raw[i]
        if t.kind == "d":
            out.append(t)
            i += 1
            continue
        found = lex.base_form(t.text) if t.kind == "w" else (
            (t.text, 0) if t.text in phrases or t.text in words else None)
        if found is None:
            out.append(t)
            i += 1
            continue
        base, pre = found
        t.base, t.pre = base, pre
        merged = False
        # the word's own phrases first, then a phrase behind its clitic letters ("بعيد الأضحى")
        heads = [(base, pre)]
        hidden = lex.phrase_behind_clitic(t.text) if t.kind == "w" else None
        if hidden is not None:
            heads.append(hidden)
        for head, head_pre in heads:
            for tail, cats in phrases.get(head, ()):
                k = len(tail)
                if i + k >= n:
                    continue
                ok = True
                for off, want in enumerate(tail, 1):
                    nt = raw[i + off]
                    if nt.text != want or "\n" in text[raw[i + off - 1].end:nt.start]:
                        ok = False
                        break
                if ok:
                    last = raw[i + k]
                    m = Token(text[t.start:last.end], t.start, last.end, "w")
                    m.pre, m.base, m.cats = head_pre, " ".join((head,) + tail), dict(cats)
                    out.append(m)
                    i += k + 1
                    merged = True
                    break
            if merged:
                break
        if merged:
            continue
        cats = words.get(base)
        if cats:
            if base in case_sensitive:
                if not norm.original[norm.to_original(t.start + pre)].isupper():
                    # in lower case only its tense cues are left ("may vote Monday")
                    t.cats = {c: v for c, v in cats.items() if c in _TENSE_CUES}
                    out.append(t)
                    i += 1
                    continue
                t.cap = True
            t.cats = dict(cats)
        out.append(t)
        i += 1
    if language.code == "en":
        for t in out:
            if t.kind == "w" and "month" in t.cats:
                t.cap = norm.original[norm.to_original(t.start)].isupper()
    return out


def _token_rows(tokens) -> list[tuple]:
    return [(t.text, t.start, t.end, t.kind, t.cats, t.pre, t.base, t.cap) for t in tokens]


def _tagged(text: str, code: str, exhaustive: bool) -> list[tuple]:
    return [(t.start, t.end, t.i, t.j, repr(t.frame))
            for t in tag(normalize(text), get_language(code), exhaustive=exhaustive)]


def _reference_detect(text: str) -> str:
    arabic = latin = 0
    for ch in text[:5000]:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            arabic += 1
        elif ("a" <= ch <= "z") or ("A" <= ch <= "Z"):
            latin += 1
    return "ar" if arabic >= latin and arabic > 0 else "en"


def _seeds(seed_articles) -> list[tuple[str, str]]:
    return [(text, "ar") for text, _ in seed_articles.values()]


# -- the seed articles ----------------------------------------------------------------------

def test_fast_paths_equal_the_plain_ways_on_the_seed_articles(seed_articles) -> None:
    for text, code in _seeds(seed_articles):
        assert _fold(text) == text.translate(_TABLE)
        norm = normalize(text)
        tx, ts, te = token_spans(norm.text)
        assert list(zip(tx, ts, te)) == [(t.text, t.start, t.end) for t in tokenize(norm.text)]
        toks = prepare_tokens(norm, get_language(code))
        assert _token_rows(toks[i] for i in range(len(toks))) == \
            _token_rows(_reference_tokens(norm, get_language(code)))
        assert _tagged(text, code, False) == _tagged(text, code, True)
        assert detect_language(text) == _reference_detect(text)


def test_results_do_not_depend_on_the_token_caches(seed_articles) -> None:
    for text, published in seed_articles.values():
        warm = timeline.find_times(text, published=published)
        lex = get_language("ar").lexicon
        if lex.token_cache is not None:
            lex.token_cache.clear()
        lex._cache.clear()
        assert timeline.find_times(text, published=published) == warm


# -- generated text -------------------------------------------------------------------------

@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ANY_SOUP, st.text(max_size=80)))
def test_folding_equals_translate(text: str) -> None:
    assert _fold(text) == text.translate(_TABLE)
    assert normalize(text).text == text.lower().translate(_TABLE) or len(text.lower()) != len(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ANY_SOUP, st.text(max_size=80)))
def test_token_spans_equal_tokenize(text: str) -> None:
    tx, ts, te = token_spans(text)
    assert list(zip(tx, ts, te)) == [(t.text, t.start, t.end) for t in tokenize(text)]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["ar", "en"]), st.data())
def test_prepared_tokens_equal_the_token_loop(code: str, data) -> None:
    text = data.draw(lexicon_soup(code))
    norm = normalize(text)
    language = get_language(code)
    toks = prepare_tokens(norm, language)
    assert _token_rows(toks[i] for i in range(len(toks))) == _token_rows(_reference_tokens(norm, language))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["ar", "en"]), st.data())
def test_dispatched_units_find_what_every_unit_finds(code: str, data) -> None:
    text = data.draw(lexicon_soup(code))
    assert _tagged(text, code, False) == _tagged(text, code, True)


@settings(max_examples=300)
@given(st.one_of(ANY_SOUP, st.text(max_size=200)))
def test_language_detection_equals_counting_characters(text: str) -> None:
    assert detect_language(text) == _reference_detect(text)


def test_a_frame_reads_none_for_slots_never_set_and_refuses_unknown_ones() -> None:
    f = Frame(y=2025, m=None)
    assert f.d is None and f.y == 2025
    assert f.filled() == {"y": 2025}
    assert repr(f) == "Frame(y=2025)"
    try:
        f.not_a_slot = 1  # type: ignore[attr-defined]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("unknown slot accepted")
