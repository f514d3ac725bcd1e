"""Explosions that the article itself explains as an attack.

A blast heard at a base is no attack by itself: it may be an accident, and readers leave
such a report out (``BLAST_WORDS`` stay grammar words, read only by :mod:`.stances`).  But when
the same article says what caused it ("two rockets were behind the blast", "the explosion was
caused by a drone") or calls it an attack ("the embassy said the blast was an attack on its
compound"), a careful reader reads the explosion as that attack, at the place and on the day
the explosion is reported: "An explosion was heard at the base near the airport late Monday."
Then every explosion word of the article names an attack (an attack noun, whose definite
"the explosion" names the first one again), with the weapon of its cause when the article
names one weapon.

A blast at a base of the US side is read as an attack even when the article does not explain
it ("Loud explosions were heard overnight at the US base near the gas field", "a blast rocked
a coalition base"): those bases are the militias' targets, and readers code such a report as an
attack at the base, of unknown weapon. A blast elsewhere (a militia's depot, a hospital, a
market) stays no attack unless the article explains it.

Reads the folded text once per article (two bounded patterns); writes nothing but the name
tokens it gives :class:`.context.Document`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from .._text import holds_any, name_key
from ..lookup import Gazetteer
from ..lookup import kinds as K
from ..lookup.tables import Weapon
from ..lookup.vocab import key_words, words
from ..lookup.wordclasses import BASE_NOUNS, BASE_OWNER_WORDS, BLAST_WORDS
from .model import Tok

#: CAUSE_VERBS: a munition before them caused the blast after them ("two rockets had caused the
#: explosion", "a drone was responsible for the blast").
CAUSE_VERBS: Final = ("caused", "were responsible for", "was responsible for", "were behind", "was behind")
#: CAUSED_BY: the blast before them, its munition after ("the blast was caused by a rocket").
CAUSED_BY: Final = ("was caused by", "were caused by")
#: CALLED_AN_ATTACK: how far a blast's own words may run before the words that call it an attack
#: ("the blast heard at the depot on Friday night was a drone attack"), in characters.
CALLED_AN_ATTACK_SPAN: Final = 60
#: DOUBT_LOOKBACK: how far before an explanation a doubt may open it ("it is unclear whether two
#: rockets caused the blast"): a question asked is no explanation given.
DOUBT_LOOKBACK: Final = 40
_DOUBT = re.compile(r"\b(?:whether|if)\s(?:[\w\-]+\s){0,4}$")
_CAUSE_KEYS: Final = ("caused", "responsible", "behind")
#: BLAST_KEYS: one of these is in every explosion word ("blast", "explosion", "detonation").
_BLAST_KEYS: Final = key_words(BLAST_WORDS)
#: AT_US_BASE_SPAN: how far after a blast word the base of the US side may be named, in characters,
#: within its clause ("explosions were heard late at night at a US military base").
AT_US_BASE_SPAN: Final = 60
#: US_BASE_OWNERS: who holds the base for its blast to be an attack; "military" alone is left out
#: ("an explosion at a military base north of Baghdad" may be an Iraqi depot's accident).
US_BASE_OWNERS: Final = tuple(w for w in BASE_OWNER_WORDS if w != "military")
#: UNEXPLAINED_WORDS: after "the cause (of the blast) was/is", words that leave the cause open
#: ("the cause of the explosion was not immediately known", "its cause remains unclear").
UNEXPLAINED_WORDS: Final = ("known", "unknown", "unclear", "clear", "determined", "identified", "established")
#: NO_ATTACK_WORDS: words that read a blast as no attack ("an accidental explosion", "a fire").
NO_ATTACK_WORDS: Final = ("accident", "accidental", "accidentally", "malfunction", "fault", "short circuit")
#: CAUSE_WORDS: words after the first that may name the munition of "caused by" ("caused by two
#: Katyusha rockets").
CAUSE_WORDS: Final = 3


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    blast = words(BLAST_WORDS)
    # a munition (the word before the verb, maybe in quotes) that caused the blast
    cause = re.compile(rf"\b(?P<m>[\w\-]+)\"?\s(?:(?:had|has|have)\s)?{words(CAUSE_VERBS)}\sthe\s{blast}\b")
    caused_by = re.compile(rf"\bthe\s{blast}\s{words(CAUSED_BY)}\s(?P<m>[\w\-]+(?:\s[\w\-]+){{0,{CAUSE_WORDS}}})")
    called = re.compile(rf"\b{blast}(?:\s[^.;]{{0,{CALLED_AN_ATTACK_SPAN}}}?)?\s(?:was|were)\s(?:an?\s)?"
                        rf"(?:[\w\-]+\s)?attacks?\b")
    return cause, caused_by, called


@cache
def _at_us_base() -> re.Pattern[str]:
    """AT_US_BASE: a blast word and, in its clause, a base of the US side ("explosions heard at the
    US base", "a blast near an American military outpost", "explosions inside the gas field, a US
    occupation base"); an appositive after one comma is read, other punctuation ends the clause."""
    # (not a base the US side has left: "near a former US base now held by the army")
    owner = rf"(?<!former\s)(?<!ex-){words(US_BASE_OWNERS)}(?:[\s\-]led\scoalition)?"
    return re.compile(rf"\b{words(BLAST_WORDS)}\b(?=[^.;:,!?\n]{{0,{AT_US_BASE_SPAN}}}?"
                      rf"(?:,\s(?:an?|the)\s)?[^.;:,!?\n]{{0,{AT_US_BASE_SPAN}}}?\b{owner}\s"
                      rf"(?:(?:military|army|occupation|forces')\s)?{words(BASE_NOUNS)}\b)")


@cache
def _left_open() -> re.Pattern[str]:
    """LEFT_OPEN: an article that leaves its blast's cause open or calls it no attack ("the cause
    of the blast was not immediately known", "investigating whether the explosion was an attack",
    "an accidental explosion"): its blasts at a US base are then no attacks either."""
    blast = words(BLAST_WORDS)
    return re.compile(rf"\b(?:cause|source)\s(?:of\s(?:the\s)?{blast}\s)?(?:was|is|remains|remained|has\sbeen|had\sbeen)\s"
                      rf"(?:not\s|still\s|yet\s|immediately\s){{0,3}}{words(UNEXPLAINED_WORDS)}\b"
                      rf"|\bwhether\s(?:the\s)?{blast}\b|\b{words(NO_ATTACK_WORDS)}\b")


@cache
def blast_word() -> re.Pattern[str]:
    """An explosion word (also read by :mod:`.stances`: blasts heard, in what a source said)."""
    return re.compile(rf"\b{words(BLAST_WORDS)}\b")


def explained_weapon(folded: str, g: Gazetteer) -> str | None:
    """The weapon of the attack the article reads its explosions as ("unknown" when it calls
    them an attack or names several weapons), or None when it does not explain them."""
    # (most articles name no explosion: the key words' str.find scans tell so at a fraction of
    # the pattern's cost, which tries every word start of the text)
    if not holds_any(folded, _BLAST_KEYS, 0, len(folded)) or blast_word().search(folded) is None:
        return None
    cause, caused_by, called = _patterns()
    found: set[str] = set()
    # each explaining pattern holds one of these words: without them it cannot match
    worded = [p for p, key in ((cause, _CAUSE_KEYS), (caused_by, ("caused",))) if any(k in folded for k in key)]
    for p in worded:
        for m in p.finditer(folded):
            if _doubted(folded, m.start()):
                continue
            for word in m["m"].split():  # "caused by a small drone": the munition among its words
                w = g.weapons.get(name_key(word).replace("'", ""))
                if isinstance(w, Weapon) and w.role == K.MUNITION:
                    found.add(w.weapon)
                    break
    if len(found) == 1:
        return found.pop()
    if found or any(not _doubted(folded, m.start()) for m in called.finditer(folded)):
        return K.UNKNOWN_WEAPON
    return None


def _weapon_in_sentence(folded: str, toks: list[Tok], pos: int) -> bool:
    """Whether the sentence around *pos* names a weapon or an attack noun (a name token)."""
    lo = max(folded.rfind(". ", 0, pos), folded.rfind("\n", 0, pos))
    hi = min((i for i in (folded.find(". ", pos), folded.find("\n", pos)) if i >= 0), default=len(folded))
    return any(lo < t.start < hi and t.weapon_term is not None for t in toks)


def _doubted(folded: str, pos: int) -> bool:
    """An explanation at *pos* asked as a question ("whether the blast was an attack")."""
    return _DOUBT.search(folded, max(0, pos - DOUBT_LOOKBACK), pos) is not None


def blast_tokens(folded: str, toks: list[Tok], g: Gazetteer) -> list[Tok]:
    """*toks* with a token for each explosion word of an article that explains its explosions as
    an attack (an attack noun of the explaining weapon); *toks* itself when it does not."""
    weapon = explained_weapon(folded, g)
    if weapon is None:
        if not holds_any(folded, _BLAST_KEYS, 0, len(folded)) or _left_open().search(folded):
            return toks
        # only the blasts at a base of the US side ("a blast was heard at the US base"), and
        # not where their sentence names a weapon ("explosions at the base, which came from
        # missiles fired by the group"; "the drone hit after an explosion was heard"): that
        # attack is the blast, already read
        found = [m for m in _at_us_base().finditer(folded) if not _weapon_in_sentence(folded, toks, m.start())]
        weapon = K.UNKNOWN_WEAPON
    else:
        found = list(blast_word().finditer(folded))
    taken = [(t.start, t.end) for t in toks]
    new = [Tok(m.start(), m.end(), m.group(), None, None, Weapon(m.group(), weapon, K.ATTACK))
           for m in found if not any(lo < m.end() and m.start() < hi for lo, hi in taken)]
    return sorted(toks + new, key=lambda t: t.start) if new else toks
