"""Verbs that blame an attacker only in one construction.

"Pointed to", "pointed the finger at", "singled out", "linked", "tied" and "connected" name an
attack's doer only when the actor is their object and the clause says what it is blamed as or
for (ANNOTATION.md: an official's blame of a group for this attack names its perpetrator):

- pointing: "officials pointed to Kataib Hezbollah as the perpetrators", "singled out the
  militia as the likely culprit", "pointed the finger at X" (the idiom is a blame by itself);
- linking: "the Pentagon linked Kataib Hezbollah to the drone strike", "tied the group to
  Sunday's attack";
- naming: "officials named Harakat al-Nujaba as the culprit", "the Pentagon considers Kataib
  Hezbollah the prime suspect" (as pointing, the "as" may be left out);
- holding: "Washington holds Kataib Hezbollah responsible", "held the militia accountable for
  the strike" (the actor between the verb and its complement).

Elsewhere they blame nobody: "pointed to a rise in attacks" (no actor), "a group linked to
Kataib Hezbollah" (no actor between the verb and "to"), "Iran-linked militias", "tied the
militia to Iran" (an affiliation: no attack noun after "to"), "a group named Kataib Hezbollah",
"considered Iran a threat", "held talks with the Iraqi government".  The scan keeps such a verb as a
blame cue only in the construction (see :func:`blames_in_construction`).
"""

from __future__ import annotations

import re

from ..lookup.vocab import HOLDING_VERBS, LINKING_VERBS, NAMING_BLAME_VERBS, POINTING_VERBS, words
from ..lookup.wordclasses import CULPRIT_HEDGES, CULPRIT_NOUNS, HELD_COMPLEMENTS, LINKED_ATTACK_NOUNS

#: How many characters an appositive after the actor may take before "as" or "to" ("pointed to
#: Kataib Hezbollah, the strongest of the Iraqi factions close to Tehran, as the culprits").
APPOSITIVE_REACH = 70
#: Characters between the verb and the actor's name: " the " at most.
OBJECT_GAP = 5

# AS_CULPRIT: after a pointing verb's actor, what it is pointed to as ("as the (likely) culprit")
_AS_CULPRIT = re.compile(rf"\sas\s(?:the\s|an?\s|being\s)?(?:{words(CULPRIT_HEDGES)}\s)?{words(CULPRIT_NOUNS)}\b")
# CULPRIT: after a naming verb's actor, what it is named as, "as" or "to be" optional ("considers
# X the prime suspect", "named X as the culprit", "considered X to be responsible")
_CULPRIT = re.compile(rf"\s(?:as\s|to\sbe\s)?(?:the\s|an?\s)?(?:{words(CULPRIT_HEDGES)}\s)?{words(CULPRIT_NOUNS)}\b")
# HELD_AS: after a holding verb's actor, its complement ("responsible", "fully accountable")
_HELD_AS = re.compile(rf"\s{words(HELD_COMPLEMENTS)}\b")
# TO_ATTACK: after a linking verb's actor, the attack it is tied to ("to the drone strike",
# "to Sunday's attack", "to last week's rocket fire"): up to three words before the attack noun
_TO_ATTACK = re.compile(rf"\s(?:directly\s)?to\s(?:[\w\-']+\s){{1,3}}?{words(LINKED_ATTACK_NOUNS)}\b")
# APPOSITIVE: an appositive after the actor, set off by commas (", a coalition of factions,")
_APPOSITIVE = re.compile(r",\s[^,.;:()]{1,%d},?" % APPOSITIVE_REACH)
_POINTING = frozenset(POINTING_VERBS)
_LINKING = frozenset(LINKING_VERBS)
_NAMING = frozenset(NAMING_BLAME_VERBS)
_HOLDING = frozenset(HOLDING_VERBS)
_IDIOMS = frozenset(v for v in POINTING_VERBS if "finger" in v)


def blames_in_construction(f: str, start: int, end: int, phrase: str, actor_spans: dict[int, int]) -> bool:
    """Whether the construction-bound blame verb *phrase* at ``f[start:end]`` blames its object:
    an actor's name right after it (*actor_spans*: start -> end of each actor's name) and, but for
    the finger idiom, the culprit noun or the attack after that name or its appositive."""
    if phrase not in _POINTING and phrase not in _LINKING and phrase not in _NAMING and phrase not in _HOLDING:
        return True
    if start > 0 and f[start - 1] == "-":
        return False  # "Iran-linked militias"
    name_end = next((actor_spans[i] for i in range(end + 1, end + OBJECT_GAP + 1) if i in actor_spans), None)
    if name_end is None:
        return False
    if phrase in _IDIOMS:
        return True
    pattern = _AS_CULPRIT if phrase in _POINTING else _CULPRIT if phrase in _NAMING \
        else _HELD_AS if phrase in _HOLDING else _TO_ATTACK
    if pattern.match(f, name_end) is not None:
        return True
    m = _APPOSITIVE.match(f, name_end)
    return m is not None and pattern.match(f, m.end()) is not None
