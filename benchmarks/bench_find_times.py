"""find_times throughput and accuracy, side by side with dateparser's search_dates.

    python benchmarks/bench_find_times.py [--dev ../shared/corpus/dev] [--repeat 7]
                                          [--min-time 0.3] [--no-dateparser] [--no-record]

Corpora: the five Arabic seed articles (``examples/seeds``) and, when the development set
is found (``--dev``, default ``../shared/corpus/dev``), its Arabic and English excerpts, read
from there at run time.  Every tool runs on the same texts in the same process: one
warm-up pass, then ``--repeat`` timed runs, each of as many passes over the corpus as fill
``--min-time`` seconds; the median run is reported as articles/s and characters/s.

Tools:

* ``timeline`` — ``find_times(text, published=..., lang=...)``; ``lang detected`` leaves
  ``lang`` out; ``cold caches`` empties the per-process token caches before every pass
  (what a stream of never-seen words costs).
* ``dateparser`` — ``dateparser.search.search_dates(text, languages=[lang], settings=...)``
  with ``RELATIVE_BASE`` = the publication date (local wall clock, as timeline reads it)
  and ``PREFER_DATES_FROM='past'`` (news reports the past); ``detected`` leaves
  ``languages`` out.
* ``one regex pass`` — ``TOKEN_RE.findall(text)``, the tokenizer's pattern alone: the ceiling
  a pure-Python tagger can approach.

Accuracy: how many gold expressions each tool finds *and* resolves correctly, on the
seed gold (tests/test_seeds.py, 50 expressions) and on the development set's gold (the
non-optional expressions).  timeline: its mention's text equals the expression and its
TIMEX3 value equals the gold value (or an accepted alternative).  dateparser returns
(string, datetime) pairs and has no way to say a duration, a set, a vague reference, a
week or a part of day, so it is judged leniently where it can be right at all: its
string equals the expression (ignoring surrounding spaces and punctuation) and its
datetime agrees with the gold value at the value's own precision — the day for a day, the
minute for a clock time, the day for a part of day, year and month for a month, the year
for a year, the ISO week for a week; durations, sets and vague references count as
unresolved.  ``relaxed`` also accepts a found string that contains the expression or
lies inside it (dateparser often returns "2014" for "عام 2014").
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
import statistics
import sys
import time
from typing import Callable, Optional, Sequence

from _common import Doc, default_dev, dev_docs, record, seed_docs, seed_gold, table

import timeline
from timeline.lang import get_language
from timeline.text import TOKEN_RE

Output = list[tuple[str, object]]  # (found string, value or datetime)


# -- running ----------------------------------------------------------------------------------

def _published(doc: Doc) -> dt.datetime:
    """The publication date as timeline reads it: the local wall clock, no time zone."""
    when = dt.datetime.fromisoformat(doc.published)
    return when.replace(tzinfo=None)


def run_timeline(doc: Doc, detect: bool = False) -> Output:
    ms = timeline.find_times(doc.text, published=doc.published, lang=None if detect else doc.lang)
    return [(m.text, m.value) for m in ms]


def clear_caches() -> None:
    """Forget every token the taggers have seen (cold start)."""
    for code in ("ar", "en"):
        lex = get_language(code).lexicon
        if lex.token_cache is not None:
            lex.token_cache.clear()
        lex._cache.clear()


def run_timeline_cold(doc: Doc) -> Output:
    return run_timeline(doc)


def make_dateparser(detect: bool) -> Callable[[Doc], Output]:
    from dateparser.search import search_dates

    def run(doc: Doc) -> Output:
        settings = {"RELATIVE_BASE": _published(doc), "PREFER_DATES_FROM": "past"}
        found = search_dates(doc.text, languages=None if detect else [doc.lang], settings=settings)
        return list(found or [])

    return run


def run_regex(doc: Doc) -> Output:
    TOKEN_RE.findall(doc.text)
    return []


def measure(fn: Callable[[Doc], Output], docs: Sequence[Doc], repeat: int, min_time: float,
            before_pass: Optional[Callable[[], None]] = None) -> tuple[float, float, list[Output]]:
    """(articles/s, characters/s, outputs of the warm-up pass): median of ``repeat`` runs."""
    if before_pass:
        before_pass()
    t0 = time.perf_counter()
    outputs = [fn(d) for d in docs]
    warm = time.perf_counter() - t0
    loops = max(1, math.ceil(min_time / max(warm, 1e-9)))
    runs = []
    for _ in range(repeat):
        elapsed = 0.0
        for _ in range(loops):
            if before_pass:
                before_pass()
            t0 = time.perf_counter()
            for d in docs:
                fn(d)
            elapsed += time.perf_counter() - t0
        runs.append(elapsed / loops)
    per_pass = statistics.median(runs)
    chars = sum(len(d.text) for d in docs)
    return len(docs) / per_pass, chars / per_pass, outputs


# -- accuracy -------------------------------------------------------------------------------

_STRIP = " \t\n,.،؛;:()\"'«»-"


def _dateparser_agrees(value: str, when: object) -> bool:
    """Does a dateparser datetime say ``value`` at the value's own precision?"""
    if not isinstance(when, dt.datetime):
        return False
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return when.date().isoformat() == value
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)", value)
    if m:
        return when.date().isoformat() == m[1] and (when.hour, when.minute) == (int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(MO|MI|AF|EV|NI)", value)
    if m:
        return when.date().isoformat() == m[1]
    if re.fullmatch(r"\d{4}-\d\d", value):
        return when.strftime("%Y-%m") == value
    if re.fullmatch(r"\d{4}", value):
        return when.year == int(value)
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        iso = when.isocalendar()
        return (iso[0], iso[1]) == (int(m[1]), int(m[2]))
    return False  # durations, sets, vague references, quarters, seasons


def _timeline_agrees(values: Sequence[str], value: object) -> bool:
    return value in values


def count_correct(gold: list[tuple[str, list[str]]], found: Output, agrees: Callable[[str, object], bool],
                  relaxed: bool = False) -> int:
    """Gold expressions (text, accepted values) found and resolved correctly, each found
    item used once, in text order."""
    used = [False] * len(found)
    correct = 0
    for text, values in gold:
        want = text.strip(_STRIP)
        for k, (s, v) in enumerate(found):
            if used[k]:
                continue
            got = s.strip(_STRIP)
            same = got == want or (relaxed and bool(got) and (got in want or want in got))
            if same and any(agrees(val, v) for val in values):
                used[k] = True
                correct += 1
                break
    return correct


def _agree_fn(tool: str) -> Callable[[str, object], bool]:
    if tool.startswith("timeline"):
        return lambda value, got: got == value
    return _dateparser_agrees


def gold_sets(dev: Optional[list[Doc]], dev_path) -> dict[str, dict[str, list[tuple[str, list[str]]]]]:
    """{gold set: {doc id: [(text, accepted values)]}}."""
    out: dict[str, dict[str, list[tuple[str, list[str]]]]] = {"seeds": {}}
    for art, text, _type, value in seed_gold():
        out["seeds"].setdefault(art, []).append((text, [value]))
    if dev and dev_path is not None:
        import json

        gold = json.loads((dev_path / "gold.json").read_text(encoding="utf-8"))
        lang = {d.id: d.lang for d in dev}
        for a in gold["articles"]:
            items = [(t["text"], [t["value"]] + list(t.get("acceptable_alternatives", [])))
                     for t in sorted(a["timexes"], key=lambda t: t["start"]) if not t.get("optional")]
            out.setdefault(f"dev-{lang[a['file']]}", {})[a["file"]] = items
    return out


# -- main -------------------------------------------------------------------------------------

def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=lambda s: __import__("pathlib").Path(s), default=default_dev(),
                    help="development set folder (default ../shared/corpus/dev when present)")
    ap.add_argument("--repeat", type=int, default=7, help="timed runs per tool and corpus (median)")
    ap.add_argument("--min-time", type=float, default=0.3, help="seconds each timed run lasts at least")
    ap.add_argument("--no-dateparser", action="store_true", help="timeline only")
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args(argv)

    seeds = seed_docs()
    dev = dev_docs(args.dev)
    corpora = {"seeds (ar)": seeds,
               "dev (ar)": [d for d in dev if d.lang == "ar"],
               "dev (en)": [d for d in dev if d.lang == "en"]}
    corpora = {k: v for k, v in corpora.items() if v}

    tools: list[tuple[str, Callable[[Doc], Output], Optional[Callable[[], None]]]] = [
        ("timeline", run_timeline, None),
        ("timeline, lang detected", lambda d: run_timeline(d, detect=True), None),
        ("timeline, cold caches", run_timeline_cold, clear_caches),
    ]
    if not args.no_dateparser:
        try:
            t0 = time.perf_counter()
            tools += [("dateparser", make_dateparser(False), None),
                      ("dateparser, lang detected", make_dateparser(True), None)]
            print(f"(imported dateparser in {time.perf_counter() - t0:.2f}s)")
        except ImportError:
            print("dateparser is not installed (pip install -e '.[bench]'): timeline only")
    tools.append(("one regex pass (ceiling)", run_regex, None))

    rows = []
    outputs: dict[tuple[str, str], dict[str, Output]] = {}
    speed: dict[tuple[str, str], float] = {}
    for cname, docs in corpora.items():
        chars = sum(len(d.text) for d in docs)
        for tname, fn, before in tools:
            aps, cps, outs = measure(fn, docs, args.repeat, args.min_time, before)
            speed[(cname, tname)] = cps
            outputs[(cname, tname)] = {d.id: o for d, o in zip(docs, outs)}
            rows.append([cname, f"{len(docs)} / {chars:,}", tname, f"{aps:,.0f}", f"{cps / 1e6:.3f}"])
            print(f"{cname:11} {tname:28} {aps:9,.0f} articles/s {cps / 1e6:8.3f} M chars/s", flush=True)

    ratio_rows = []
    for cname in corpora:
        for a, b in (("timeline", "dateparser"), ("timeline, lang detected", "dateparser, lang detected")):
            if (cname, b) in speed:
                ratio_rows.append([cname, f"{a} ÷ {b}", f"{speed[(cname, a)] / speed[(cname, b)]:.1f}×"])
        ratio_rows.append([cname, "timeline ÷ one regex pass",
                           f"{speed[(cname, 'timeline')] / speed[(cname, 'one regex pass (ceiling)')]:.2f}"])

    golds = gold_sets(dev, args.dev)
    source_of = {"seeds": "seeds (ar)", "dev-ar": "dev (ar)", "dev-en": "dev (en)"}
    acc_rows = []
    for gname, by_doc in golds.items():
        cname = source_of[gname]
        total = sum(len(v) for v in by_doc.values())
        for tname, _, _ in tools:
            if tname.startswith(("one regex", "timeline, cold")) or (cname, tname) not in outputs:
                continue
            outs = outputs[(cname, tname)]
            ids = {d.id[:3] if gname == "seeds" else d.id: d.id for d in corpora[cname]}
            agree = _agree_fn(tname)
            strict = sum(count_correct(items, outs[ids[k]], agree) for k, items in by_doc.items())
            loose = sum(count_correct(items, outs[ids[k]], agree, relaxed=True) for k, items in by_doc.items())
            acc_rows.append([gname, tname, f"{strict}/{total}", f"{loose}/{total}"])
            print(f"accuracy {gname:7} {tname:28} {strict:3}/{total} strict, {loose:3}/{total} relaxed")

    lines = ["Throughput (median of %d runs after a warm-up pass; one process, one core):" % args.repeat, ""]
    lines += table(["corpus", "articles / chars", "tool", "articles/s", "M chars/s"], rows)
    lines += ["", "Ratios of characters per second:", ""]
    lines += table(["corpus", "ratio", "value"], ratio_rows)
    lines += ["", "Expressions found and resolved correctly (see the script's docstring for how "
                  "dateparser is matched):", ""]
    lines += table(["gold", "tool", "strict", "relaxed"], acc_rows)
    record("find_times throughput and accuracy (bench_find_times.py)", lines, not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
