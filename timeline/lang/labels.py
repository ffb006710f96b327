"""The words of event labels, in each language a chart or table can be shown in.

An event's label is built from its fields (type, place, actors, fatalities; see
:func:`timeline.present.event_label`); the type names come from the taxonomy
(``TYPES[t].en`` / ``.ar``), the few other words from here.  Names of places and people are
not translated: they stay as the reports write them.

>>> killed(19, "en"), killed(19, "ar"), killed(1, "ar"), killed(2, "ar"), killed(5, "ar")
('19 killed', '19 قتيلا', 'قتيل واحد', 'قتيلان', '5 قتلى')
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "SEPARATOR", "STATEMENT", "killed"]

#: Languages labels can be written in (``language=`` of ``plot``, ``to_html``, the CLI's
#: ``--label-lang``).
LANGUAGES = ("en", "ar")

#: Between the parts of a label: "Air/drone strike · تدمر · 1 killed".
SEPARATOR = " · "

#: The taxonomy types whose own name reads badly as a label ("Said"): they are shown as
#: the name of this type instead ("Statement", "تصريح").
STATEMENT = "statement"
PLAIN_STATEMENTS = frozenset({"statement", "statement.say"})


def killed(n: int, language: str) -> str:
    """A death toll in words: ``"19 killed"``; in Arabic with the noun in the number the
    count asks for (``قتيل واحد``, ``قتيلان``, ``3 قتلى``, ``19 قتيلا``, ``100 قتيل``).

    >>> killed(0, "en"), killed(0, "ar"), killed(1, "en"), killed(11, "ar"), killed(103, "ar"), killed(200, "ar")
    ('no one killed', 'دون قتلى', '1 killed', '11 قتيلا', '103 قتلى', '200 قتيل')
    """
    if language == "ar":
        if n == 0:
            return "دون قتلى"
        if n == 1:
            return "قتيل واحد"
        if n == 2:
            return "قتيلان"
        tail = n % 100
        if 3 <= tail <= 10:
            return f"{n} قتلى"
        if 11 <= tail <= 99:
            return f"{n} قتيلا"
        return f"{n} قتيل"
    return "no one killed" if n == 0 else f"{n} killed"
