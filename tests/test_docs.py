"""The examples in docstrings are real: run them."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["timeline", "timeline.core", "timeline.text", "timeline.anchor", "timeline.settings",
           "timeline.timex", "timeline.calendar", "timeline.published", "timeline.lang",
           "timeline.lang.base", "timeline.errors", "timeline.export", "timeline.chronology", "timeline.io", "timeline.timeml", "timeline.viz",
           "timeline.present", "timeline.tables", "timeline.lang.labels", "timeline.linking.slices",
           "timeline.linking.cluster"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
