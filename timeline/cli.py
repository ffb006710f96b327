"""The ``timeline`` command line.

    timeline build examples/seeds --out out/        # chart, JSON, CSV, TimelineJS + a table
    timeline resolve "يوم الجمعة" --anchor 2025-12-20  # value, interval, explanation
    timeline tag article.txt --published 2025-12-20 --format timeml
    cat article.txt | timeline tag - --published 2025-12-20

Every command reads ``-`` as standard input and has ``--help``.  Bad input ends with exit
status 2 and one line on standard error (``timeline: error: ...``); problems worked around
(a file the manifest leaves out, an empty file, no publication date, a ``--published`` that
contradicts a dateline, an article ``build --errors skip`` leaves out) are one line each,
``timeline: warning: ...``.  A file takes its row of the ``manifest.json`` beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import sys
import warnings
from typing import IO, TYPE_CHECKING, NoReturn, Optional, Sequence

import attrs

from . import core
from .errors import InputError, TimelineError, TimelineWarning
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .io import Batch

__all__ = ["main", "build_parser"]

#: Corpora with at least this many articles get a progress bar (when stderr is a terminal).
PROGRESS_MIN_ARTICLES = 20

#: File names ``timeline build`` writes into ``--out``.
BUILD_FILES = {
    "html": "chronology.html",
    "json": "chronology.json",
    "csv": "events.csv",
    "mentions": "events_mentions.csv",
    "timelinejs": "timeline.json",
}


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line: ``timeline: error: ...``."""

    def error(self, message: str) -> NoReturn:
        hint = f" (see '{self.prog} --help')"
        self.exit(2, f"timeline: error: {message}{hint}\n")


# -- reading input --------------------------------------------------------------------------

class _Stdin:
    """Standard input, read once."""

    def __init__(self) -> None:
        self.used = False

    def read(self) -> str:
        if self.used:
            raise InputError("'-' (standard input) can be given only once")
        self.used = True
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"standard input is not UTF-8 text ({exc.reason} at byte {exc.start})") from None


_CLI_HINT = "; give --published YYYY-MM-DD or add \"published\" to manifest.json"


def _load(inputs: Sequence[str], published: Optional[str], lang: Optional[str], *, require_date: bool = True,
          errors: str = "raise") -> "Batch":
    """Every input read (:func:`timeline.io.collect`): files (with their row of a
    ``manifest.json`` beside them), folders (``*.txt``, or what their ``manifest.json``
    lists) and ``-``.  ``--published``/``--lang`` override (a ``--published`` that
    contradicts a dateline warns).  Files a manifest leaves out and empty files warn."""
    from .io import collect, warn_empty, warn_unlisted

    stdin = _Stdin().read() if "-" in inputs else None
    if list(inputs).count("-") > 1:
        raise InputError("'-' (standard input) can be given only once")
    for p in inputs:
        if p != "-" and not pathlib.Path(p).exists():
            raise InputError(f"{p}: no such file or folder")
    try:
        batch = collect(list(inputs), errors=errors, published=published, lang=lang, require_date=require_date,
                        stdin=stdin, hint=_CLI_HINT)
    except TimelineError as exc:
        raise InputError(str(exc)) from None
    warn_unlisted(batch.unlisted)
    warn_empty(batch.articles)
    if not batch.articles and not batch.skipped:
        raise InputError("no input: give files, folders or - for standard input")
    return batch


def _settings(args: argparse.Namespace) -> Settings:
    kw = {}
    if getattr(args, "week_start", None):
        kw["week_start"] = args.week_start
    if getattr(args, "weekend", None):
        kw["weekend"] = args.weekend
    return Settings(**kw)


def _check_published(value: Optional[str]) -> None:
    if value is not None:
        from .anchor import parse_anchor

        parse_anchor(value, "--published")


# -- resolve --------------------------------------------------------------------------------

def _cmd_resolve(args: argparse.Namespace) -> int:
    expression = _Stdin().read().strip() if args.expression == "-" else args.expression
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "no anchor given", TimelineWarning)  # said below, for the CLI
        m = core.resolve(expression, anchor=args.anchor, lang=args.lang, settings=_settings(args))
    if "unanchored" in m.flags:
        warnings.warn(f"no --anchor given: {m.text!r} is left unanchored; give --anchor YYYY-MM-DD",
                      TimelineWarning, stacklevel=1)
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


# -- tag ------------------------------------------------------------------------------------

def _cmd_tag(args: argparse.Namespace) -> int:
    from .timeml import to_timeml

    _check_published(args.published)
    settings = _settings(args)
    docs = _load(args.inputs, args.published, args.lang, require_date=False).articles
    out_dir = _out_dir(args.out) if args.out else None
    if args.format == "timeml" and len(docs) > 1 and out_dir is None:
        raise InputError(f"{len(docs)} inputs with --format timeml: give --out DIR to write one .tml file each")
    results = []
    for name, art in docs:
        if art.published is None and art.text.strip():
            warnings.warn(f"{name}: no publication date in a manifest or the text: relative expressions are left "
                          "unanchored; give --published YYYY-MM-DD or add \"published\" to manifest.json",
                          TimelineWarning, stacklevel=1)
        with warnings.catch_warnings():
            # the warning above says it once, with the file's name
            warnings.filterwarnings("ignore", "no publication date given", TimelineWarning)
            if args.format == "timeml":
                doc = to_timeml(art, settings=settings)
                if out_dir is not None:
                    _write(out_dir / f"{art.id}.tml", doc)
                else:
                    sys.stdout.write(doc)
                continue
            ms = core.find_times(art.text, published=art.published, lang=art.lang, settings=settings)
        result = {"file": name, "id": art.id, "published": _iso(art.published), "source": art.source,
                  "timexes": [m.to_dict() for m in ms]}
        if out_dir is not None:
            _write(out_dir / f"{art.id}.json", json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        results.append(result)
    if args.format == "json" and out_dir is None:
        print(json.dumps(results if len(results) != 1 else results[0], ensure_ascii=False, indent=1))
    if out_dir is not None:
        print(f"wrote {len(docs)} file{'s' if len(docs) != 1 else ''} to {out_dir}", file=sys.stderr)
    return 0


def _iso(published: object) -> Optional[str]:
    """A publication date as the JSON output writes it (ISO text, or null)."""
    if published is None:
        return None
    return published.isoformat() if hasattr(published, "isoformat") else str(published)


def _out_dir(value: str) -> pathlib.Path:
    out = pathlib.Path(value)
    if out.exists() and not out.is_dir():
        raise InputError(f"--out {value}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--out {value}: cannot create the folder ({exc.strerror or exc})") from None
    return out


def _write(path: pathlib.Path, text: str) -> None:
    from .errors import ExportError

    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


# -- build ----------------------------------------------------------------------------------

class _ProgressBar:
    """``reading articles [#####.....] 12/40`` on stderr, redrawn in place."""

    def __init__(self, stream: IO[str], mode: Optional[bool]) -> None:
        self.stream = stream
        self.mode = mode  # True: always, False: never, None: long corpora on a terminal
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.mode is False:
            return
        if self.mode is None and (total < PROGRESS_MIN_ARTICLES or not _isatty(self.stream)):
            return
        width = 30
        filled = width * done // max(total, 1)
        self.stream.write(f"\rreading articles [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
        self.shown = True


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


#: How the table marks an event dated only by the day its first report was published.
PUBLICATION_MARK = "*"


def _table(chron: object, width: int, language: str = "en") -> list[str]:
    """A compact table of the events, one line each, fitted to ``width`` columns: id, date
    (``*`` when only the publication day dates it), granularity, outlets (distinct outlets
    reporting it, whatever their number of articles) and what happened — the event's label
    ("Air/drone strike · تدمر · 1 killed"), then its clearest sentence as room allows."""
    from .present import event_label, shorten

    rows = [("id", "date", "granularity", "outlets", "what happened")]
    for e in chron.events:  # type: ignore[attr-defined]
        date = (e.value or "") + (PUBLICATION_MARK if e.date_basis == "publication" else "")
        label = event_label(e, language)
        rows.append((e.id, date, e.granularity.value if e.granularity else "", str(len(e.outlets)),
                     label, " ".join(e.title.split())))
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    room = max(20, width - sum(w) - 8)
    lines = []
    for r in rows:
        what = r[4]
        if len(r) > 5 and len(what) + 3 + 20 <= room:
            what = f"{what} — {shorten(r[5], room - len(what) - 3)}"
        lines.append(f"{r[0]:<{w[0]}}  {r[1]:<{w[1]}}  {r[2]:<{w[2]}}  {r[3]:>{w[3]}}  {shorten(what, room)}")
    return lines


def _cmd_build(args: argparse.Namespace) -> int:
    from .chronology import build_chronology

    _check_published(args.published)
    settings = _settings(args)
    batch = _load(args.inputs, args.published, args.lang, errors=args.errors)
    for s in batch.skipped:
        warnings.warn(f"{s}; left out", TimelineWarning, stacklevel=1)
    out = _out_dir(args.out)
    bar = _ProgressBar(sys.stderr, args.progress)
    chron = build_chronology([a for _, a in batch.articles], settings=settings, progress=bar, errors=args.errors,
                             workers=args.workers)
    if batch.skipped or batch.unlisted:
        chron = attrs.evolve(chron, skipped=tuple(sorted(chron.skipped + tuple(batch.skipped),
                                                         key=lambda s: (s.id, s.path or "", s.reason))),
                             unlisted=tuple(sorted(batch.unlisted)))
    paths = {k: out / v for k, v in BUILD_FILES.items()}
    chron.to_json(paths["json"])
    chron.to_csv(paths["csv"])
    chron.to_timelinejs(paths["timelinejs"], title=args.title, language=args.label_lang)
    chron.to_html(paths["html"], title=args.title, language=args.label_lang, statements=args.statements)
    width = shutil.get_terminal_size((110, 24)).columns
    for line in _table(chron, width, args.label_lang):
        print(line)
    if any(e.date_basis == "publication" for e in chron.events):
        print(f"{PUBLICATION_MARK} dated only by its publication day: no report gives a time")
    if chron.undated:
        print(f"+ {len(chron.undated)} undated report{'s' if len(chron.undated) != 1 else ''} "
              f"(listed in {paths['html']})")
    if chron.skipped or chron.unlisted:
        print(f"! {len(chron.skipped)} article{'s' if len(chron.skipped) != 1 else ''} left out, "
              f"{len(chron.unlisted)} file{'s' if len(chron.unlisted) != 1 else ''} not in a manifest "
              f"(listed in {paths['json']})")
    n, k = len(chron.events), len(chron.articles)
    print(f"{n} dated event{'s' if n != 1 else ''} from {k} article{'s' if k != 1 else ''}; wrote "
          + ", ".join(str(p) for p in paths.values()))
    return 0


# -- parser ---------------------------------------------------------------------------------

def _workers(text: str) -> Optional[int]:
    """``--workers``: a whole number of processes, 1 or more, or ``auto``."""
    if text == "auto":
        return None
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more) or 'auto', not {text!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The ``timeline`` argument parser (commands ``build``, ``resolve``, ``tag``).

    >>> args = build_parser().parse_args(["build", "examples/seeds", "--out", "out", "--week-start", "saturday"])
    >>> args.command, args.inputs, args.out, args.week_start
    ('build', ['examples/seeds'], 'out', 'saturday')
    """
    from . import __version__

    ap = _Parser(prog="timeline", description="Reconstruct what happened when from Arabic and English news.",
                 epilog="Run 'timeline COMMAND --help' for the options of a command.")
    ap.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def locale(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=["ar", "en"], help="language of the text (detected when omitted)")
        p.add_argument("--week-start", metavar="DAY",
                       help="first day of the week: monday (ISO, default), saturday, sunday")
        p.add_argument("--weekend", metavar="DAYS", help="weekend days: sat-sun (default) or fri-sat")

    inputs_help = "article files, folders of .txt files (with an optional manifest.json), or - for stdin"
    published_help = ("publication date of the articles, ISO (2025-12-20 or 2025-12-20T01:34:00+03:00); "
                      "read from the manifest or the dateline when omitted")

    b = sub.add_parser("build", help="build the chronology of a corpus: chart, JSON, CSV, TimelineJS",
                       description="Extract the dated events of every article, merge them into one chronology, "
                                   "write chronology.html, chronology.json, events.csv, events_mentions.csv and "
                                   "timeline.json into --out, and print a table of the events.",
                       epilog="example: timeline build examples/seeds --out out/")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    b.add_argument("--out", "-o", required=True, metavar="DIR", help="folder to write the exports into (created)")
    b.add_argument("--published", metavar="DATE", help=published_help)
    b.add_argument("--title", help="title of the chart and the TimelineJS title slide")
    b.add_argument("--label-lang", choices=["en", "ar"], default="en",
                   help="language of the words of the event labels in the chart and tables (type, toll): "
                        "en (default) or ar; names of places and people stay as the reports write them")
    b.add_argument("--statements", choices=["lane", "rows"], default="lane",
                   help="statements in the chart: one lane under the happenings (lane, default) or a row each")
    b.add_argument("--errors", choices=["raise", "skip"], default="raise",
                   help="an article that cannot be used (no date, unreadable): stop with an error naming every "
                        "such article (raise, default), or leave it out with a warning (skip)")
    b.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="processes reading the articles: a number, or 'auto' for one per CPU (default: 1)")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help=f"progress bar on stderr (default: on a terminal, for {PROGRESS_MIN_ARTICLES}+ articles)")
    locale(b)
    b.set_defaults(func=_cmd_build)

    r = sub.add_parser("resolve", help="resolve one expression against an anchor date",
                       description="Resolve one temporal expression: its TIMEX3 value, interval, granularity "
                                   "and how it got there.",
                       epilog='example: timeline resolve "يوم الجمعة" --anchor 2025-12-20')
    r.add_argument("expression", help="the expression, or - to read it from stdin")
    r.add_argument("--anchor", metavar="DATE", help="anchor date, ISO (e.g. 2025-12-20)")
    r.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    locale(r)
    r.set_defaults(func=_cmd_resolve)

    t = sub.add_parser("tag", help="find and resolve the temporal expressions of articles",
                       description="Find every temporal expression of the articles and print them as JSON, "
                                   "or the articles as TimeML with TIMEX3 tags.",
                       epilog="example: timeline tag article.txt --published 2025-12-20 --format timeml")
    t.add_argument("inputs", nargs="+", metavar="INPUT", help=inputs_help)
    t.add_argument("--published", metavar="DATE", help=published_help)
    t.add_argument("--format", choices=["json", "timeml"], default="json", help="output format (default: json)")
    t.add_argument("--out", "-o", metavar="DIR",
                   help="write one file per article into DIR (<id>.json or <id>.tml) instead of stdout")
    locale(t)
    t.set_defaults(func=_cmd_tag)
    return ap


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 bad input, 1 internal error).

    >>> main(["resolve", "أمس", "--anchor", "2025-12-20"])
    text:        أمس
    type:        DATE
    value:       2025-12-19
    interval:    ['2025-12-19T00:00', '2025-12-20T00:00']
    granularity: day
    explanation: 'أمس' → yesterday from anchor Sat 2025-12-20 → 2025-12-19 [anchor Sat 2025-12-20]
    0
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already reported
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", TimelineWarning)
            warnings.showwarning = _show_warning
            return int(args.func(args))
    except (TimelineError, OSError) as exc:
        if isinstance(exc, BrokenPipeError):
            return _broken_pipe()
        print(f"timeline: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ntimeline: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        print(f"timeline: error: internal error ({type(exc).__name__}: {exc}); "
              "set TIMELINE_DEBUG=1 for the traceback", file=sys.stderr)
        return 1


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Optional[IO[str]] = None, line: Optional[str] = None) -> None:
    """Warnings on standard error: ``timeline: warning: ...`` for a TimelineWarning (one
    line each), the usual form for any other."""
    if issubclass(category, TimelineWarning):
        print(f"timeline: warning: {' '.join(str(message).split())}", file=sys.stderr)
    else:
        print(warnings.formatwarning(message, category, filename, lineno, line), end="", file=sys.stderr)


def _broken_pipe() -> int:
    """The reader of our output went away (``timeline build ... | head``): stop quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
