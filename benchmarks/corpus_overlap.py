"""List lines of the package, its tests and its docs that repeat a corpus article's wording.

    python benchmarks/corpus_overlap.py ../shared/corpus            # 7 words in a row
    python benchmarks/corpus_overlap.py ../shared/corpus --words 6

Test sentences and examples must be our own: the corpora are what we are measured on.
A line is listed when it shares ``--words`` consecutive words (case-folded, punctuation
ignored) with any article or gold file of the corpus; the seed articles (the bundled
example corpus) are left out.  Stock phrases of news ("the first nine months of the
year") come up at six words; at seven, a hit is nearly always a copied sentence.
Exit status 1 when any line is listed.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")
#: Files of the project whose text is checked.
_CHECKED = (("timeline", "*.py"), ("tests", "*.py"), ("tests", "*.tsv"), ("docs", "*.md"),
            ("examples", "*.py"), ("benchmarks/probes", "*.json"), (".", "README.md"))
#: Corpus files that are annotations about our own conventions, not articles.
_SKIP = {"gold.json"}


def shingles(text: str, n: int) -> set[str]:
    words = _WORD.findall(_TAG.sub(" ", text).lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def corpus_shingles(corpus: pathlib.Path, n: int) -> dict[str, str]:
    seen: dict[str, str] = {}
    for p in sorted(corpus.rglob("*")):
        if not p.is_file() or p.suffix not in (".txt", ".tml", ".json") or "seeds" in p.parts or p.name in _SKIP:
            continue
        for s in shingles(p.read_text(encoding="utf-8", errors="ignore"), n):
            seen.setdefault(s, str(p.relative_to(corpus)))
    return seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=pathlib.Path, help="the shared corpus folder (dev/, gvc/, tbaq/ ...)")
    ap.add_argument("--words", type=int, default=7)
    args = ap.parse_args(argv)
    seen = corpus_shingles(args.corpus, args.words)
    hits = 0
    for folder, pattern in _CHECKED:
        for p in sorted((ROOT / folder).rglob(pattern) if folder != "." else [ROOT / pattern]):
            if not p.is_file():
                continue
            for ln, line in enumerate(p.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
                common = shingles(line, args.words) & seen.keys()
                if common:
                    first = sorted(common)[0]
                    print(f"{p.relative_to(ROOT)}:{ln}: [{seen[first]}] {line.strip()[:120]}")
                    hits += 1
    print(f"{hits} lines share {args.words} words in a row with the corpus", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
