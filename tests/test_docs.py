"""The examples in docstrings are real: run them."""

from __future__ import annotations

import doctest
import importlib

import pytest

def _modules() -> list[str]:
    """Every module of the package (found, not listed: a module left out of a hand-made
    list once kept a stale example unrun), but ``timeline.dask``, which needs its extra
    (:func:`test_dask_docstring_examples`)."""
    import pkgutil

    import timeline

    found = ["timeline"] + sorted(m.name for m in pkgutil.walk_packages(timeline.__path__, "timeline."))
    return [name for name in found if name != "timeline.dask"]


MODULES = _modules()


def test_the_docs_extension_examples() -> None:
    """docs/_ext/doctest_fences.py, which the API pages are rendered with."""
    import sys
    from pathlib import Path

    ext = Path(__file__).resolve().parent.parent / "docs" / "_ext"
    sys.path.insert(0, str(ext))
    try:
        module = importlib.import_module("doctest_fences")
    finally:
        sys.path.remove(str(ext))
    assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_dask_docstring_examples() -> None:
    """timeline.dask's examples (run on Dask's synchronous scheduler); skipped without the
    ``dask`` extra."""
    pytest.importorskip("dask.dataframe")
    module = importlib.import_module("timeline.dask")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
