"""Find temporal expressions: normalised tokens -> parsed :class:`~timeline.frames.Frame`.

How it works:

1. The text is normalised (:mod:`timeline.text`) and cut into tokens; each word is looked
   up in the language's lexicon, with Arabic clitics peeled off (``وبالأمس`` -> ``الأمس``)
   and multi-word entries (``كانون الأول``, ``a.m.``) merged into one token
   (:mod:`.tokens`).
2. At each token that can start an expression, *units* are read one after another, each
   filling slots of a frame: ``يوم الجمعة`` fills ``weekday``, ``فجر`` fills ``pod``,
   ``الثامن عشر من كانون الأول/ ديسمبر`` fills ``d`` and ``m``.  Units may be joined by glue
   (``من``, ``of``, ``،``, ``on``, ``الموافق``) and stop at the first slot conflict, so
   ``فجر السبت`` and ``الساعة 4:20 فجرًا بتوقيت دمشق اليوم الجمعة`` each come out as
   one expression (:mod:`.parser`).
3. Context decides the ambiguous cases: a bare number is a year only after a cue such as
   ``عام``/``in``; a duration after an age cue (``يبلغ من العمر``) is an age, not a time.
   The sentence around a whole expression says whether it is a name rather than a time
   ("the January 25 revolution") and in which tense it is told (``سيجتمع المجلس
   الجمعة``, "took effect Jan. 1"), which the resolver needs (:mod:`.context`).

The tagger says *what* was said; :mod:`timeline.resolver` says *when* that is.

The modules, each built only on those before it:

* :mod:`.table` — the token table and the layout of a token's lexicon entry;
* :mod:`.reading` — the parser's base class: the state of one parse and the token
  readers every unit shares (numbers, days, months, years);
* :mod:`.dates`, :mod:`.clock`, :mod:`.relative`, :mod:`.durations`, :mod:`.periods` —
  the units, mixin classes of the parser grouped by what they read;
* :mod:`.context` — the checks of an expression against its sentence (a mixin too);
* :mod:`.dispatch` — the units gathered, and which of them a token can begin;
* :mod:`.tokens` — the lexicon lookup that fills the table (each entry keeps the units
  its text can begin);
* :mod:`.parser` — the parser, composed of the units and the checks, that glues units
  into expressions over a whole text; :class:`Tagged` and :func:`tag`.
"""

from __future__ import annotations

from .parser import Tagged, tag

__all__ = ["Tagged", "tag"]
