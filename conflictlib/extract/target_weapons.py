"""Weapon words that name what a strike hit, not what it was made with.

US strikes are reported by their targets, and the targets are often named after the militias'
weapons: "US forces struck a drone storage site near al-Qaim", "the strikes hit rocket and
missile launchers", "a one-way attack drone factory".  Read as munitions, those words make the
strike a drone or rocket attack, or a second attack of its own at the place.  A careful reader
gives the strike its own weapon (an air strike when none is named) and no attack by the drones.

A weapon word right before a noun of :data:`~conflictlib.lookup.wordclasses.WEAPON_FACILITY_NOUNS`
("storage", "facilities", "launchers"), or before "launch" / "launching" and such a noun ("drone
launch sites"), is such a modifier, and so is every weapon word coordinated with it ("rocket,
missile and drone storage facilities").  Its token loses its weapon (the mention stays).  Read
once per article on the name tokens :class:`.context.Document` gives every stage.
"""

from __future__ import annotations

import re
from functools import cache

from ..lookup.vocab import words
from ..lookup.wordclasses import WEAPON_FACILITY_NOUNS
from .model import Tok

#: How many characters may join two coordinated weapon words (", ", " and ", ", and ", " or ").
COORDINATION_GAP = 6


@cache
def _facility_after() -> re.Pattern[str]:
    # right after the weapon word: an optional "launch(ing)", then the facility noun
    return re.compile(rf"\s(?:launch(?:ing)?\s)?{words(WEAPON_FACILITY_NOUNS)}\b")


@cache
def _coordination() -> re.Pattern[str]:
    return re.compile(r"(?:,\s|,?\s(?:and|or)\s|/|\s?&\s)")


def target_weapons(folded: str, toks: list[Tok]) -> list[Tok]:
    """*toks* with the weapon taken from weapon words that name a strike's target (see above)."""
    after = _facility_after()
    hits = [i for i, t in enumerate(toks) if t.weapon_term is not None and after.match(folded, t.end)]
    if not hits:
        return toks
    modifiers = set(hits)
    coord = _coordination()
    for i in hits:  # walk back over the weapon words coordinated with it
        j = i
        while j > 0 and (p := toks[j - 1]).weapon_term is not None \
                and 0 < toks[j].start - p.end <= COORDINATION_GAP \
                and coord.fullmatch(folded, p.end, toks[j].start):
            modifiers.add(j - 1)
            j -= 1
    out: list[Tok] = []
    for i, t in enumerate(toks):
        if i not in modifiers:
            out.append(t)
        elif t.place is not None or t.actor is not None:
            out.append(t._replace(weapon_term=None))
    return out
