"""Lookup tables and grammar words: everything the extractor looks words up in.

- :mod:`.config`: :class:`Config`, a user's own CSV tables merged over the package's;
- :mod:`.tables`: the place, actor and weapon records read from ``data/*.csv``;
- :mod:`.kinds`: the allowed place kinds, actor kinds and sides, weapon classes and roles,
  as named constants checked when a table is loaded;
- :mod:`.patterns`: trie-shaped patterns built from phrases and names;
- :mod:`.gazetteer`: every name in one pattern, scanned once per article;
- :mod:`.vocab`: the grammar words the cue scan finds (attack and speech verbs, casualty
  words, trend, threat and hypothetical markers ...), and :func:`~.vocab.words`;
- :mod:`.wordclasses`: the closed classes (pronouns, determiners, prepositions ...) the
  extractor's window patterns are built from; with :mod:`.vocab`, the one source of every
  word list the extractor's patterns are built from.
"""

from __future__ import annotations

from .._native import search_path

# the compiled gazetteer, when a current build exists (conflictlib/_native.py), is found
# before the Python file
__path__ = search_path(__path__, "lookup")

from .config import DEFAULT_CONFIG, Config
from .gazetteer import Gazetteer, Hit, gazetteer
from .patterns import alternation, before_word
from .tables import Actor, Place, Weapon

__all__ = ["Config", "DEFAULT_CONFIG", "Gazetteer", "Hit", "gazetteer", "Actor", "Place", "Weapon",
           "alternation", "before_word"]
