"""The code on the pages is real: run every fenced block of README.md and docs/*.md.

* A ```python block is executed; the blocks of one page share a namespace, in order.
* A ```python (or ```pycon) block whose lines start with ``>>>`` is a doctest: the output
  written on the page must be what the code prints.
* A shell block (```sh, ```bash, ```console) runs only when the line just before it is
  ``<!-- test -->`` (a shell block may install things or take minutes; these are opted in).
  In a ```console block, the output shown under each ``$ command`` must be what it prints
  (``...`` matches any text).
* ``<!-- skip -->`` just before a block leaves it out; ``<!-- requires: MODULE -->`` skips
  it (and the page's later blocks that need its names) when MODULE cannot be imported.

Every page runs in its own temporary folder, where ``examples/`` points at the repository's
examples, so the pages' relative paths (``examples/seeds``) work and whatever they write
(``out/``, ``chronology.html``) lands in the temporary folder.
"""

from __future__ import annotations

import doctest
import importlib.util
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md"] + sorted((ROOT / "docs").rglob("*.md"))

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>```+|~~~+)\s*(?P<info>[^\n`]*)$")
_MARK = re.compile(r"^<!--\s*(?P<word>test|skip|requires:\s*(?P<module>[\w.]+))\s*-->$")
_SHELL = {"sh", "bash", "shell", "console"}
_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


class Block:
    def __init__(self, page: Path, line: int, lang: str, code: str, marks: list[str]):
        self.page, self.line, self.lang, self.code, self.marks = page, line, lang, code, marks

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    def requires(self) -> list[str]:
        return [m.split(":", 1)[1].strip() for m in self.marks if m.startswith("requires:")]


def blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page, with the marks just before them."""
    lines = page.read_text(encoding="utf-8").split("\n")
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, indent = m["fence"], len(m["indent"])
        lang = (m["info"].split() or [""])[0].lower().lstrip("{.").rstrip("}")
        marks: list[str] = []
        k = i - 1
        while k >= 0 and _MARK.match(lines[k].strip()):
            marks.append(_MARK.match(lines[k].strip())["word"])
            k -= 1
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence[0] * len(fence)):
            body.append(lines[j][indent:] if lines[j][:indent].strip() == "" else lines[j])
            j += 1
        out.append(Block(page, i + 1, lang, "\n".join(body) + "\n", marks))
        i = j + 1
    return out


def _missing(modules: list[str]) -> list[str]:
    return [m for m in modules if importlib.util.find_spec(m.split(".")[0]) is None
            or _unimportable(m)]


def _unimportable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return True
    return False


def _run_doctest(block: Block, namespace: dict) -> None:
    test = doctest.DocTestParser().get_doctest(block.code, namespace, block.where, str(block.page), block.line)
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    namespace.update(test.globs)  # DocTest works on a copy: later blocks see these names
    assert runner.failures == 0, f"{block.where}: the page's output is not what runs:\n" + "".join(report)


def _run_shell(block: Block, cwd: Path) -> None:
    """Run a shell block; in a ```console block, each ``$ command`` is followed by its
    output as the page shows it, which must match (``...`` stands for any text)."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "110"  # the CLI table fits the terminal; 110 is its width without one
    if block.lang != "console":
        _bash(block.code, cwd, env, block.where)
        return
    steps: list[tuple[str, list[str]]] = []
    for line in block.code.rstrip("\n").split("\n"):
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    checker = doctest.OutputChecker()
    for command, shown in steps:
        got = _bash(command, cwd, env, block.where)
        want = "\n".join(shown).strip() + "\n"
        got = "\n".join(line.rstrip() for line in got.strip().split("\n")) + "\n"
        assert checker.check_output(want, got, doctest.ELLIPSIS), (
            f"{block.where}: `{command}` printed\n{got}\nthe page shows\n{want}")


def _bash(code: str, cwd: Path, env: dict, where: str) -> str:
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", code], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{where}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _page_ids(pages: list[Path] = PAGES) -> list[str]:
    return [str(p.relative_to(ROOT)) for p in pages]


def _runnable(page: Path) -> list:
    return [b for b in blocks(page) if b.lang in {"python", "py", "pycon"} | _SHELL]


#: The pages with code to run (the others hold prose and tables only).
CODE_PAGES = [p for p in PAGES if _runnable(p)]


def test_pages_are_found() -> None:
    names = _page_ids()
    assert "README.md" in names and "docs/index.md" in names and "docs/resolving.md" in names


@pytest.mark.parametrize("page", CODE_PAGES, ids=_page_ids(CODE_PAGES))
def test_page_code_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runnable = _runnable(page)
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {"__name__": "__doc_page__"}
    ran = 0
    skipped: list[str] = []
    for block in runnable:
        if "skip" in block.marks:
            continue
        missing = _missing(block.requires())
        if missing:
            skipped.append(f"{block.where} needs {', '.join(missing)}")
            continue
        if block.lang in _SHELL:
            if "test" in block.marks:
                _run_shell(block, tmp_path)
                ran += 1
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if block.code.lstrip().startswith(">>>"):
                _run_doctest(block, namespace)
            else:
                try:
                    exec(compile(block.code, block.where, "exec"), namespace)
                except Exception as exc:  # name the block on the page
                    raise AssertionError(f"{block.where}: {type(exc).__name__}: {exc}") from exc
        ran += 1
    if not ran and skipped:
        pytest.skip("; ".join(skipped))


def test_marks_parse(tmp_path: Path) -> None:
    text = "x\n<!-- skip -->\n```python\n1/0\n```\n<!-- requires: dask -->\n```py\npass\n```\n"
    page = tmp_path / "probe.md"
    page.write_text(text, encoding="utf-8")
    got = blocks(page)
    assert [(b.lang, b.marks, b.code) for b in got] == [("python", ["skip"], "1/0\n"),
                                                        ("py", ["requires: dask"], "pass\n")]
    assert got[1].requires() == ["dask"]


# -- the tables of docs/resolving.md ------------------------------------------------------

_TABLE_HEADER = "| expression | type | value | interval |"
TABLE_ANCHOR = "2025-12-20"


def _table_rows(page: Path) -> list[tuple[int, list[str]]]:
    rows: list[tuple[int, list[str]]] = []
    inside = False
    for n, line in enumerate(page.read_text(encoding="utf-8").split("\n"), 1):
        if line.strip() == _TABLE_HEADER:
            inside = True
            continue
        if inside and line.startswith("|---"):
            continue
        if inside and line.startswith("|"):
            rows.append((n, [c.strip() for c in line.strip().strip("|").split("|")]))
        else:
            inside = False
    return rows


def _cell_interval(iv) -> str:
    if iv is None:
        return "—"

    def f(d):
        return d.strftime("%Y-%m-%d %H:%M").replace(" 00:00", "")
    return f"{f(iv.start)} – {f(iv.end)}"


def _cell_value(m) -> str:
    extra = ([f"mod {m.mod}"] if m.mod else []) + (["flags " + ", ".join(m.flags)] if m.flags else [])
    return f"`{m.value}`" + (" (" + "; ".join(extra) + ")" if extra else "")


def test_resolving_tables_are_what_resolve_returns() -> None:
    import timeline

    rows = _table_rows(ROOT / "docs" / "resolving.md")
    assert len(rows) > 60
    wrong = []
    for n, (expr, kind, value, interval) in rows:
        m = timeline.resolve(expr, anchor=TABLE_ANCHOR)
        got = [m.type.value, _cell_value(m), _cell_interval(m.interval)]
        if got != [kind, value, interval]:
            wrong.append(f"docs/resolving.md:{n}: {expr!r}: page {[kind, value, interval]}, code {got}")
    assert not wrong, "\n".join(wrong)
