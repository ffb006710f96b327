"""Griffe extension for the API pages: docstrings are written for ``help()`` and doctest,
not Markdown.  Before mkdocstrings renders them:

* every run of ``>>>`` example lines (with their ``...`` continuations and expected
  output) becomes a fenced ``pycon`` block, so ``[[0, 1], [2, 3]]`` in an output is not
  read as a Markdown link and ``>>>`` not as nested quotes;
* Sphinx roles (``:func:`resolve```, ``:data:`FAR_KM```) become inline code.

Registered in mkdocs.yml under the python handler's ``extensions``.
"""

from __future__ import annotations

import re

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|meth|class|mod|data|attr|obj|exc|const|ref|term):`~?\.?([^`]+)`")


def fence_examples(text: str) -> str:
    """Wrap doctest runs in fences and turn Sphinx roles into code.

    >>> fence_examples("Intro\\n\\n>>> 1 + 1\\n2\\n\\nMore :func:`x`.").splitlines()
    ['Intro', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More `x`.']
    """
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if not in_fence and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            while i < len(lines) and lines[i].strip():
                out.append(lines[i])
                i += 1
            out.append(f"{indent}```")
            continue
        out.append(line if in_fence else _ROLE.sub(r"`\1`", line))
        i += 1
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Rewrite each docstring once, as its object is loaded."""

    def on_object(self, *, obj: griffe.Object, **kwargs: object) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_examples(obj.docstring.value)

    def on_package(self, *, pkg: griffe.Module, **kwargs: object) -> None:
        self.on_object(obj=pkg)  # the root package is not passed to on_object
