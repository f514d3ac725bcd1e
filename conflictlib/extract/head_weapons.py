"""An attack whose weapon the prose never names, its weapon read from the headline.

Reports often name the weapon only in the headline and tell the attack in the prose by a verb
or a bare noun ("Drone attack hits US base in Syria" over "The Islamic Resistance targeted the
al-Tanf base on Wednesday"; "American bases under drone attack" over "Two bases with American
troops came under attack overnight").  A headline is furniture, never an event of
its own (see :mod:`.furniture`), but a careful reader takes its weapon for the attack it is
about.  :func:`fill_weapons` runs once the whole article is read and gives an event with no
weapon the headline's, when nothing makes the headline another attack's:

- the headline names an attack (a weapon and an attack word) and one weapon before any "after",
  "following" or "in response to" (what follows names the attack a strike answers: "US strikes
  militias after drone attack" gives the strike no drone);
- no event of the article already has that weapon (the headline may be about that one);
- the headline names no country or site that the event contradicts ("US drone strike in Baghdad"
  is not the attack in Jordan it answers), and no attacker of another side ("US drone strike"
  is no militia's attack; "Drone attack by pro-Iranian militias on Israel" is not the Hamas
  attack of the background paragraph);
- the events it would fill are not told on different days (a headline's "missile attack" over
  Monday's attack and Tuesday's is one of them, and which is a guess);
- the prose never names attacks by the headline's weapon and another ("drone and rocket attacks"): the
  headline then shortens a mixed campaign, and which weapon hit which base is not said.
"""

from __future__ import annotations

import re
from functools import cache

from ..lookup import Place
from ..lookup import kinds as K
from ..lookup.installations import same_site
from ..lookup.vocab import words
from ..lookup.wordclasses import HEADLINE_ATTACK_VERBS
from .context import ArticleState, Document
from .elsewhere import HEAD_CUES, headline_side, other_attack

#: Weapon words that are attack nouns ("attack", "strike", "airstrike"): with a weapon word,
#: a headline's "drone attack".
_ATTACK_ROLES = frozenset({K.ATTACK, K.GENERIC_ROLE})
#: How close (characters) two weapon words of the prose are to be named together ("drone and
#: rocket attacks", "rockets, drones").
TOGETHER = 12


@cache
def _head_verb() -> re.Pattern[str]:
    return re.compile(rf"\b{words(HEADLINE_ATTACK_VERBS)}\b")


def fill_weapons(doc: Document, st: ArticleState, heads: list[int]) -> None:
    """Give the article's events with no weapon the one weapon their headline names (see the
    module's docstring).  *heads*: the headline sentences before the lead."""
    bare = [e for e in st.events if e.weapon == K.UNKNOWN_WEAPON and not e.summary]
    if not bare or not heads:
        return
    for i in heads:
        read = _headline(doc, i)
        if read is None:
            continue
        weapon, countries, sites, side = read
        if any(e.weapon == weapon for e in st.events) or _mixed(doc, weapon, set(heads)):
            return  # the headline may be about the event that has it, or shorten a mix
        fit = [e for e in bare
               if not (countries and e.country is not None and e.country not in countries)  # Baghdad, not Jordan
               and not (sites and e.site is not None and not any(same_site(e.site, p) for p in sites))
               and not (side is not None and e.perp is not None and e.perp.side != side)]
        if len({e.date for e in fit if e.date is not None}) > 1:
            return  # "Missile attack on Ain al-Asad" over Monday's attack and Tuesday's: which one?
        for e in fit:
            e.weapon = weapon
        return  # the first headline that names an attack is the article's


def _headline(doc: Document, i: int) -> tuple[str, set[str], set[Place], str | None] | None:
    """A headline's one weapon, the countries and sites it names and its attacker's side
    (None: not named), read before any "after" / "in response to"; None when the headline
    names no attack or more than one weapon."""
    s = doc.sentences[i]
    m = other_attack().search(doc.folded, s.start, s.end)
    end = m.start() if m else s.end
    toks = [t for t in doc.s_toks[i] if t.start < end]
    terms = [t for t in toks if t.weapon_term is not None and t.weapon_term.role != K.IGNORE]
    weapons = {t.weapon_term.weapon for t in terms} - {K.UNKNOWN_WEAPON}
    if len(weapons) != 1:
        return None
    cued = any(c.kind in HEAD_CUES and c.start < end for c in doc.s_cues[i]) or \
        _head_verb().search(doc.folded, s.start, end) is not None
    if not cued and not any(t.weapon_term.role in _ATTACK_ROLES for t in terms):
        return None
    weapon = next(iter(weapons))
    side = headline_side(doc, i, end)
    countries = {t.place.country for t in toks if t.place is not None and t.place.country}
    sites = {t.place for t in toks if t.place is not None and t.place.is_site}
    return weapon, countries, sites, side


def _mixed(doc: Document, weapon: str, heads: set[int]) -> bool:
    """Whether a sentence outside the headlines names attacks by *weapon* and another weapon
    together ("drone and rocket attacks"; not "missiles and drones fired from Yemen", which
    names munitions)."""
    for s in doc.sentences:
        if s.idx in heads:
            continue
        named = [t for t in doc.s_toks[s.idx] if t.weapon_term is not None and t.weapon_term.role != K.IGNORE]
        terms = [t for t in named if t.weapon_term.weapon != K.UNKNOWN_WEAPON]
        for a, b in zip(terms, terms[1:]):
            if weapon in (a.weapon_term.weapon, b.weapon_term.weapon) and \
                    a.weapon_term.weapon != b.weapon_term.weapon and b.start - a.end <= TOGETHER and \
                    (b.weapon_term.role in _ATTACK_ROLES or any(
                        t.weapon_term.role in _ATTACK_ROLES and 0 <= t.start - b.end <= 2 for t in named)):
                return True
    return False
