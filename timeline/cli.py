"""The ``timeline`` command line.

    timeline resolve "يوم الجمعة" --anchor 2025-12-20
    timeline tag article.txt --published 2025-12-20 --format json
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import Optional, Sequence

from . import core
from .errors import TimelineError
from .settings import Settings

__all__ = ["main"]


def _settings(args: argparse.Namespace) -> Settings:
    kw = {}
    if getattr(args, "week_start", None):
        kw["week_start"] = args.week_start
    if getattr(args, "weekend", None):
        kw["weekend"] = args.weekend
    return Settings(**kw)


def _cmd_resolve(args: argparse.Namespace) -> int:
    m = core.resolve(args.expression, anchor=args.anchor, lang=args.lang, settings=_settings(args))
    if args.format == "json":
        print(json.dumps(m.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(f"text:        {m.text}")
        print(f"type:        {m.type.value}")
        print(f"value:       {m.value}")
        print(f"interval:    {m.interval.to_json() if m.interval else None}")
        print(f"granularity: {m.granularity.value if m.granularity else None}")
        if m.mod:
            print(f"mod:         {m.mod}")
        if m.flags:
            print(f"flags:       {', '.join(m.flags)}")
        print(f"explanation: {m.explanation}")
    return 0


def _read_inputs(paths: Sequence[str]) -> list[tuple[str, str]]:
    out = []
    for p in paths:
        if p == "-":
            out.append(("<stdin>", sys.stdin.read()))
            continue
        path = pathlib.Path(p)
        if path.is_dir():
            for f in sorted(path.glob("*.txt")):
                out.append((str(f), f.read_text(encoding="utf-8")))
        elif path.is_file():
            out.append((str(path), path.read_text(encoding="utf-8")))
        else:
            raise TimelineError(f"no such file or folder: {p}")
    return out


def _cmd_tag(args: argparse.Namespace) -> int:
    docs = _read_inputs(args.inputs)
    results = []
    for name, text in docs:
        ms = core.find_times(text, published=args.published, lang=args.lang, settings=_settings(args))
        results.append({"file": name, "timexes": [m.to_dict() for m in ms]})
    print(json.dumps(results if len(results) != 1 else results[0], ensure_ascii=False, indent=1))
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="timeline", description="Reconstruct what happened when from news.")
    sub = ap.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=["ar", "en"], help="language (detected when omitted)")
        p.add_argument("--week-start", help="first day of the week: monday (ISO, default), saturday, sunday")
        p.add_argument("--weekend", help="weekend days: sat-sun (default) or fri-sat")

    r = sub.add_parser("resolve", help="resolve one expression against an anchor date")
    r.add_argument("expression")
    r.add_argument("--anchor", help="anchor date, ISO (e.g. 2025-12-20)")
    r.add_argument("--format", choices=["text", "json"], default="text")
    common(r)
    r.set_defaults(func=_cmd_resolve)

    t = sub.add_parser("tag", help="find and resolve the temporal expressions of articles")
    t.add_argument("inputs", nargs="+", help="files, folders of .txt files, or - for stdin")
    t.add_argument("--published", help="publication date (inferred from the text when omitted)")
    t.add_argument("--format", choices=["json"], default="json")
    common(t)
    t.set_defaults(func=_cmd_tag)
    return ap


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except TimelineError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"timeline: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
