"""The words a person's name is written with: words led by a letter, or initials, joined by the lower-case particles
of names ("Ana de la Cruz", "J. van der Berg"). Blind mode finds the candidate's name with them and the actor reads a
referee's name after a relation's label with them, so both read a name's words alike."""
from __future__ import annotations

import re

INITIAL = re.compile(r"[^\W\d_]\.")
NAME_WORD = re.compile(rf"[^\W\d_][\w'’-]*|{INITIAL.pattern}")  # a word of a name, or an initial
_PARTICLES = frozenset("de da do dos das di del della van von der den ter la le du bin al el".split())


def is_particle(word: str) -> bool:
    """'de' in 'Bruno de Oliveira'; a capitalised 'Das' is a surname."""
    return word.islower() and word in _PARTICLES
