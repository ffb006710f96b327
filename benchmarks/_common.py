"""What the benchmark scripts share: corpora, the machine's description, RESULTS.md.

The development set is read from wherever it lies (``--dev``); its texts are never copied
into this repository.
"""

from __future__ import annotations

import ast
import datetime as _dt
import json
import os
import pathlib
import platform
import subprocess
import sys
from typing import NamedTuple, Optional

ROOT = pathlib.Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
RESULTS = BENCH / "RESULTS.md"
SEEDS = ROOT / "examples" / "seeds"
DEFAULT_DEV = ROOT.parent / "shared" / "corpus" / "dev"

if str(ROOT) not in sys.path:  # run from anywhere: ``python benchmarks/x.py``
    sys.path.insert(0, str(ROOT))


class Doc(NamedTuple):
    """One article of a benchmark corpus."""

    id: str
    text: str
    published: str
    lang: str
    source: str = ""


def seed_docs() -> list[Doc]:
    """The five Arabic seed articles with their manifest dates."""
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return [Doc(r["file"][:3], (SEEDS / r["file"]).read_text(encoding="utf-8"), r["published"],
                r["lang"], r.get("source", "")) for r in manifest]


def dev_docs(dev: Optional[pathlib.Path]) -> list[Doc]:
    """The development set's excerpts (empty when the folder is not there)."""
    if dev is None or not (dev / "manifest.json").exists():
        return []
    manifest = json.loads((dev / "manifest.json").read_text(encoding="utf-8"))
    return [Doc(r["file"], (dev / "articles" / r["file"]).read_text(encoding="utf-8"), r["published"],
                r["lang"], r.get("source", "")) for r in manifest]


def default_dev() -> Optional[pathlib.Path]:
    return DEFAULT_DEV if (DEFAULT_DEV / "manifest.json").exists() else None


def seed_gold() -> list[tuple[str, str, str, str]]:
    """``SEED_GOLD`` of tests/test_seeds.py, read without importing the test module."""
    tree = ast.parse((ROOT / "tests" / "test_seeds.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SEED_GOLD" for t in node.targets):
            return [tuple(x) for x in ast.literal_eval(node.value)]  # type: ignore[misc]
    raise RuntimeError("SEED_GOLD not found in tests/test_seeds.py")


def cpu_model() -> str:
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_revision() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return f"{rev}{' + uncommitted changes' if dirty else ''}" if rev else "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def machine() -> str:
    """One line: date, CPU, cores, Python, revision."""
    now = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return (f"{now} · CPU {cpu_model()} ({os.cpu_count()} cores, single-threaded run) · "
            f"Python {platform.python_version()} · timeline {git_revision()}")


def record(title: str, lines: list[str], enabled: bool = True) -> None:
    """Append a dated section to benchmarks/RESULTS.md."""
    if not enabled:
        return
    head = "" if RESULTS.exists() else (
        "# Benchmark results\n\nAppended by the scripts in `benchmarks/` (`make bench`); newest last.\n")
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(head + f"\n## {title}\n\n{machine()}\n\n" + "\n".join(lines).rstrip() + "\n")


def table(header: list[str], rows: list[list[object]]) -> list[str]:
    """A Markdown table."""
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out
