"""Find temporal expressions: normalised tokens -> parsed :class:`~timeline.frames.Frame`.

How it works:

1. The text is normalised (:mod:`timeline.text`) and cut into tokens; each word is looked
   up in the language's lexicon, with Arabic clitics peeled off (``وبالأمس`` -> ``الأمس``)
   and multi-word entries (``كانون الأول``, ``a.m.``) merged into one token.
2. At each token that can start an expression, *units* are read one after another, each
   filling slots of a frame: ``يوم الجمعة`` fills ``weekday``, ``فجر`` fills ``pod``,
   ``الثامن عشر من كانون الأول/ ديسمبر`` fills ``d`` and ``m``.  Units may be joined by glue
   (``من``, ``of``, ``،``, ``on``, ``الموافق``) and stop at the first slot conflict, so
   ``فجر السبت`` and ``الساعة 4:20 فجرًا بتوقيت دمشق اليوم الجمعة`` each come out as
   one expression.
3. Context decides the ambiguous cases: a bare number is a year only after a cue such as
   ``عام``/``in``; a duration after an age cue (``يبلغ من العمر``) is an age, not a time.

The tagger says *what* was said; :mod:`timeline.resolver` says *when* that is.
"""

from __future__ import annotations

from .parser import Tagged, tag

__all__ = ["Tagged", "tag"]
