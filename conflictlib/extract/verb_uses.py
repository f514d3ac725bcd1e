"""Attack verbs that report no attack.

The anchors stage (:mod:`.anchors`) makes an anchor of an attack verb with a subject ("militants
attacked", "US forces struck").  Many uses of the same verbs report no attack, and a careful
reader writes none for them:

- a gerund after a preposition: "its commitment to attacking US forces", "threats of striking
  back" (but after a claim's "for" the gerund is the attack claimed: "claimed responsibility for
  targeting the Harir base", "took credit for striking");
- an infinitive: "threats to hit back";
- a means argued: "insist that by striking Iran directly, the US can ...";
- a present progressive with no day in its sentence: "they are still striking our fighters";
- a measure that "targets": "imposed sanctions targeting Kataib Hezbollah";
- a participle after a comma that goes on with the attack just named: "three rockets struck the
  base, hitting their targets" (its object is the target, no attacker; with a site of its own,
  "struck Kirkuk, hitting a depot in Jurf al-Sakhar", it is another strike).
"""

from __future__ import annotations

import re

from .._text import back_from
from ..lookup.vocab import words
from ..lookup.wordclasses import GERUND_PREPOSITIONS, MEASURE_NOUNS
from .context import Document, SentenceView
from .model import Cue

# Windows, in characters.
GERUND_LOOKBACK = 12       # "its commitment to attacking": the preposition before a gerund
CLAIMED_FOR_LOOKBACK = 20  # "claimed responsibility for targeting"
MEANS_LOOKBACK = 10        # "that by striking": the words before a gerund
ONGOING_LOOKBACK = 30      # "are again openly striking"
NON_KINETIC_LOOKBACK = 30  # "imposed sanctions targeting"
#: A place this close after a participle after a comma makes it an attack of its own ("struck
#: Kirkuk, hitting a depot in Jurf al-Sakhar").
PARTICIPLE_SITE_GAP = 40

# GERUND_OBJECT: a gerund after a preposition ("its commitment to attacking US forces").
_GERUND_OBJECT = re.compile(rf"(?:^|\s){words(GERUND_PREPOSITIONS)}\s$")
# CLAIMED_FOR: a gerund after a claim's "for" is the attack claimed ("claimed responsibility for
# targeting the Harir base", "took credit for striking"), not a commitment or a threat
_CLAIMED_FOR = re.compile(r"\b(?:responsibility|credit)\sfor\s$")
# MEANS_CLAUSE: a gerund after "by" that opens a clause ("insist that by striking Iran directly,
# the US can ...", "By hitting the militias, Washington hopes ..."): a means argued, no attack
_MEANS_CLAUSE = re.compile(r"(?:^|\bthat\s|[,;:]\s)by\s$")
# ONGOING: a present progressive with no day in its sentence ("the Americans are still striking
# our fighters", "they are attacking US bases"): what goes on, not one attack
_ONGOING = re.compile(r"\b(?:is|are)\s(?:(?:still|again|now|also|\w+ly)\s){0,2}$")
# NON_KINETIC: a measure that "targets" ("sanctions targeting", "measures aimed at"): no attack
_NON_KINETIC = re.compile(rf"\b{words(MEASURE_NOUNS)}\s(?:\w+\s)?$")


def reports_no_attack(doc: Document, sv: SentenceView, c: Cue, after_anchor: bool) -> bool:
    """Whether the attack verb *c* reports no attack (see the module's doc); *after_anchor*:
    an anchor of the sentence comes before it (a participle may go on with that one)."""
    f = doc.folded
    s = sv.s
    gerund = c.text.endswith("ing")
    if gerund and _GERUND_OBJECT.search(f, back_from(s.start, c.start, GERUND_LOOKBACK), c.start) \
            and not _CLAIMED_FOR.search(f, back_from(s.start, c.start, CLAIMED_FOR_LOOKBACK), c.start):
        return True
    if f.endswith(" to ", back_from(s.start, c.start, 4), c.start):
        return True
    if gerund and _MEANS_CLAUSE.search(f, back_from(s.start, c.start, MEANS_LOOKBACK), c.start):
        return True
    if gerund and not sv.dexprs and _ONGOING.search(f, back_from(s.start, c.start, ONGOING_LOOKBACK), c.start):
        return True
    if _NON_KINETIC.search(f, back_from(s.start, c.start, NON_KINETIC_LOOKBACK), c.start):
        return True
    return gerund and after_anchor and f.startswith(", ", c.start - 2) and not any(
        t.place is not None and 0 <= t.start - c.end <= PARTICIPLE_SITE_GAP for t in sv.toks)
