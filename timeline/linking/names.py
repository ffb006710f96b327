"""Actors as reports in two languages can agree on them.

An organisation or a country has one id in the actor table whatever the language; a
person is named in two scripts ("خامنئي" / "Khamenei"), so a person is matched by the
consonant classes of the surname (:mod:`timeline.lang.translit`).
"""

from __future__ import annotations

__all__ = ["actor_key"]


#: A surname of fewer consonants than this is matched as written only (one consonant,
#: "Lee", "Day", would make many names one).
_MIN_CONSONANTS = 2


def actor_key(actor_id: str) -> str:
    """An actor as reports in two languages can agree on it: an organisation or a
    country by its id, a person by the consonant classes of the surname
    (:mod:`timeline.lang.translit`), so that ``person:علي خامنئي`` and ``person:ali
    khamenei`` meet ("سريع" and "Saree" too, ``person:~SR``); a surname of a single
    consonant is kept as written.

    >>> actor_key("person:علي خامنئي"), actor_key("person:ali khamenei"), actor_key("ISIS")
    ('person:~KMN', 'person:~KMN', 'ISIS')
    >>> actor_key("person:دونالد ترامب") == actor_key("person:donald trump")
    True

    A compound surname is both its words, as Latin spellings often write it as one:

    >>> actor_key("person:نبيل عبد الله"), actor_key("person:nabil abdallah")
    ('person:~BDL', 'person:~BDL')
    >>> actor_key("person:يحيى سريع"), actor_key("person:yahya saree"), actor_key("person:saree")
    ('person:~SR', 'person:~SR', 'person:~SR')
    """
    if not actor_id.startswith("person:"):
        return actor_id
    from ..lang.translit import COMPOUND_HEADS, skeleton as consonants

    words = actor_id.split(":", 1)[-1].split()
    surname = words[-1] if words else ""
    if len(words) >= 2 and words[-2] in COMPOUND_HEADS:
        surname = words[-2] + words[-1]

    skeleton = consonants(surname)
    return "person:~" + skeleton if len(skeleton) >= _MIN_CONSONANTS else "person:" + surname
