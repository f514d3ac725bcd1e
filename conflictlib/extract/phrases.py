"""Window patterns that more than one stage reads.

Each is built from the vocabulary tables of :mod:`conflictlib.lookup.vocab`; the patterns
that one stage alone reads live in that stage's module.
"""

from __future__ import annotations

import re

from ..lookup.vocab import VICTIM_NOUNS, words

#: A comma or semicolon between two words: they are in different phrases.
COMMA = re.compile(r"[,;]")
#: VICTIM: who a casualty figure counts, after its number ("killed five militiamen",
#: "wounding 40 of its fighters"); read by casualties (the group) and frames (the target
#: of a killing).
VICTIM = re.compile(rf"\s(?:of\s(?:its|their|the)\s)?(?:[\w\-]+\s){{0,2}}?(?P<noun>{words(VICTIM_NOUNS)[3:-1]})(?![\w])")
#: TIMES_AFTER: "attacked four times": a count of attacks (frames) or a tally (tallies).
TIMES_AFTER = re.compile(r"\s*times(?![\w])")
