"""The plain present "say" as a speech verb only where its clause attributes an attack.

The past "said" and the third person "says" are speech verbs everywhere.  The plain present
"say" (a plural speaker: "US officials say", "the sources say") is much more often something
else on this reporting: an infinitive or a negation ("declined to say", "did not say", "I will
say"), a belief about the war's background ("the Hamas attack that Israeli officials say killed
1,200"), a plan ("authorities say they are investigating").  Read everywhere it added more wrong
rows than right ones (DEVELOPERS.md).  Where the clause of "say" hands an attack to its doer,
the plural speaker's word is a blame that the gold writes as a confirmation by that speaker:

- "US officials say one of the Iran-backed groups was behind it";
- "..., which officials say was probably launched by a militia" (the relative clause);
- "Kataib Hezbollah was responsible for it, two defence officials say" (trailing: the blame
  before the comma).
"""

from __future__ import annotations

import re

from ..lookup.vocab import words
from ..lookup.wordclasses import ATTRIBUTING_WORDS

#: The word's own spelling in the cue table.
PRESENT_SAY = "say"
#: How far after "say" its clause may hand the attack over ("say their analysts now judge that a
#: militia close to Tehran was most likely behind the strike"), and how far before a trailing "say".
CLAUSE_REACH = 120

# ATTRIBUTING: a word of the clause that hands the attack to its doer (ATTRIBUTING_WORDS)
_ATTRIBUTING = re.compile(rf"\b{words(ATTRIBUTING_WORDS)}\b")
# NOT_SPEECH: right before "say", what makes it no report: an infinitive, a negation, a modal or
# a question ("declined to say", "did not say", "would not say", "did he say")
_NOT_SPEECH = re.compile(r"(?:\bto|\bnot|n't|\bnever|\bwill|\bwould|\bcould|\bcan|\bmay|\bmight"
                         r"|\bdid\s\w+|\bdo\s\w+)\s$")
# TRAILING: a comma right before a trailing speaker and its "say" ("..., two US officials say.")
_TRAILING = re.compile(r",\s(?:[\w\-.]+\s){1,4}$")


def say_reports(f: str, start: int, end: int) -> bool:
    """Whether the plain present "say" at ``f[start:end]`` reports a blame: its clause after it,
    or the clause before a trailing speaker, holds an attributing word (see the module's doc)."""
    lo = max(0, start - CLAUSE_REACH)
    if _NOT_SPEECH.search(f, max(0, start - 14), start):
        return False
    stop = f.find(".", end, end + CLAUSE_REACH)
    if _ATTRIBUTING.search(f, end, stop if stop >= 0 else min(len(f), end + CLAUSE_REACH)):
        return True
    m = _TRAILING.search(f, lo, start)
    if m is not None and f[end:end + 1] in (".", "", "\n"):
        head = f.rfind(".", lo, m.start())
        return _ATTRIBUTING.search(f, head + 1 if head >= 0 else lo, m.start()) is not None
    return False
