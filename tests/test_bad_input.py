"""Bad input (issue 14): typed errors, warnings, no crash deep inside, no placeholder anchors.

Every test here pins one behaviour named in the issue; the whole-pipeline hypothesis
properties are in ``tests/test_robustness.py``.
"""

from __future__ import annotations

import pytest

import timeline


# -- numbers too long to be dates ------------------------------------------------------------

@pytest.mark.parametrize("digits", ["1" * 4301, "٣" * 5000, "9" * 19 + " days ago", "2025" * 2000 + "/12/20"])
def test_a_digit_run_longer_than_any_date_is_no_time_and_no_crash(digits: str) -> None:
    # int() of a 4,300-digit string raises ValueError (CPython's int_max_str_digits)
    assert timeline.find_times(digits, published="2025-12-20") == []
