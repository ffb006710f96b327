"""The examples in docstrings are real: run them."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["timeline", "timeline.core", "timeline.text", "timeline.anchor", "timeline.settings",
           "timeline.timex", "timeline.calendar", "timeline.published", "timeline.lang",
           "timeline.lang.base", "timeline.lang.ar_morphology", "timeline.errors", "timeline.export", "timeline.chronology", "timeline.io", "timeline.timeml", "timeline.viz",
           "timeline.present", "timeline.tables", "timeline.lang.labels", "timeline.model",
           "timeline.linking.model", "timeline.linking.cluster", "timeline.linking.features",
           "timeline.events.extract", "timeline.events.pairs", "timeline.lang.taxonomy", "timeline.cli",
           "timeline.linking.slices", "timeline.events.timing", "timeline.events.coref",
           "timeline.events.mentions", "timeline.events.arguments", "timeline.events.places",
           "timeline.events.actors", "timeline.events.casualties", "timeline.events.vocabulary",
           "timeline.events.clauses", "timeline.events.document", "timeline.linking.candidates",
           "timeline.linking.names"]


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
