"""Profile find_times on the seed articles: where does the time go?

    python benchmarks/profile_find_times.py [--passes 40] [--top 25] [--sort tottime]
                                            [--corpus seeds|dev|generated] [--dev PATH]
                                            [--stages] [--no-record]

Runs ``find_times`` over the corpus ``--passes`` times under cProfile (after a warm-up
pass, so lexicon loading and first-sight token lookups are not counted) and prints the
hottest functions.  ``--stages`` also times the pipeline's stages without the profiler
(normalise, tokenise, look up and merge phrases, parse, resolve and build the mentions),
which is the fairer split: cProfile inflates small, frequently called functions.
With ``--corpus generated`` it profiles ``build_chronology`` on a generated archive of
``--mentions`` event mentions instead (extraction and merge included).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from typing import Callable, Optional

from _common import ROOT, default_dev, dev_docs, record, seed_docs

import timeline
from timeline.anchor import parse_anchor
from timeline.core import _mention_of
from timeline.lang import get_language
from timeline.resolver import Context, resolve_frame
from timeline.settings import Settings
from timeline.tagger.parser import _Parser
from timeline.tagger.tokens import prepare_tokens
from timeline.text import normalize, token_spans


def stages(docs: list, passes: int) -> list[tuple[str, float]]:
    """Seconds per article of each stage, measured separately without the profiler (best
    of five)."""
    settings = Settings()
    prepared = []
    for d in docs:
        language = get_language(d.lang)
        norm = normalize(d.text)
        toks = prepare_tokens(norm, language)
        tagged = _Parser(toks, language, norm).run()
        prepared.append((d, language, norm, toks, tagged, parse_anchor(d.published)))

    def best(fn: Callable[[], None]) -> float:
        fn()
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            for _ in range(passes):
                fn()
            runs.append(time.perf_counter() - t0)
        return min(runs) / passes / len(docs)

    def resolve_all() -> None:
        for d, language, norm, toks, tagged, anchor in prepared:
            ctx = Context(anchor, settings, norm.text)
            for t in tagged:
                res = resolve_frame(t.frame, ctx, t.start)
                if res is not None:
                    ctx.remember(res, t.start, t.frame)
                    _mention_of(d.text, norm, t, res, anchor, d.lang)

    out = [
        ("normalise (text.normalize)", best(lambda: [normalize(d.text) for d in docs])),
        ("tokenise (text.token_spans)", best(lambda: [token_spans(p[2].text) for p in prepared])),
        ("tokens + lexicon + phrases (tagger.tokens.prepare_tokens)",
         best(lambda: [prepare_tokens(p[2], p[1]) for p in prepared])),
        ("parse (tagger.parser._Parser.run)", best(lambda: [_Parser(p[3], p[1], p[2]).run() for p in prepared])),
        ("resolve + mentions (resolver, core._mention_of)", best(resolve_all)),
        ("find_times, end to end", best(lambda: [timeline.find_times(d.text, published=d.published, lang=d.lang)
                                                 for d in docs])),
    ]
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=40)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--sort", default="tottime", choices=["tottime", "cumulative", "ncalls"])
    ap.add_argument("--corpus", default="seeds", choices=["seeds", "dev", "generated"])
    ap.add_argument("--dev", type=lambda s: __import__("pathlib").Path(s), default=default_dev())
    ap.add_argument("--mentions", type=int, default=10_000, help="with --corpus generated")
    ap.add_argument("--stages", action="store_true", help="time each stage without the profiler")
    ap.add_argument("--no-record", action="store_true")
    args = ap.parse_args(argv)

    lines: list[str] = []
    prof = cProfile.Profile()
    if args.corpus == "generated":
        import generate_corpus as gen

        arts = [a.article() for a in gen.generate(gen.articles_for(args.mentions), 0)]
        what = f"build_chronology on a generated archive of about {args.mentions:,} event mentions"
        prof.runcall(timeline.build_chronology, arts)
    else:
        docs = seed_docs() if args.corpus == "seeds" else dev_docs(args.dev)
        if not docs:
            print("no documents (is --dev right?)", file=sys.stderr)
            return 2
        for d in docs:  # warm-up: lexicons, token caches
            timeline.find_times(d.text, published=d.published, lang=d.lang)

        def run() -> None:
            for _ in range(args.passes):
                for d in docs:
                    timeline.find_times(d.text, published=d.published, lang=d.lang)

        what = f"find_times, {len(docs)} {args.corpus} articles × {args.passes} passes"
        prof.runcall(run)
        if args.stages:
            rows = stages(docs, max(1, args.passes // 4))
            chars = sum(len(d.text) for d in docs) / len(docs)
            print(f"\nstages, per article ({chars:,.0f} characters on average), no profiler:")
            lines += ["Stages per article, no profiler (best of 5):", ""]
            lines += ["| stage | ms/article |", "|---|---|"]
            for name, sec in rows:
                print(f"  {name:58} {sec * 1e3:7.3f} ms")
                lines.append(f"| {name} | {sec * 1e3:.3f} |")
            lines.append("")
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats(args.sort).print_stats(args.top)
    text = buf.getvalue()
    print(f"\n{what}\n{text}")
    body = [ln for ln in text.splitlines() if ln.strip()]
    start = next((k for k, ln in enumerate(body) if ln.lstrip().startswith("ncalls")), 0)
    lines += [f"cProfile, {what}, top {args.top} by {args.sort}:", "", "```"]
    lines += [ln.replace(f"{ROOT}/", "") for ln in body[start:start + args.top + 1]]
    lines += ["```"]
    record("profile (profile_find_times.py)", lines, not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
