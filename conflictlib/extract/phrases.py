"""Window patterns that more than one stage reads.

Each is built from the tables of :mod:`conflictlib.lookup.vocab` and
:mod:`conflictlib.lookup.wordclasses`; the patterns that one stage alone reads live in that
stage's module.
"""

from __future__ import annotations

import re
from typing import Final

from .._numbers import Number
from .._text import back_from, holds_any
from ..lookup.vocab import DATE_MODIFIER_BREAKS, words
from .model import Anchor
from ..lookup.wordclasses import (AFFILIATION_SUFFIXES, AFFINITY_PREFIXES, BLAME_PHRASES, DISCLOSED_NOUNS, DISCLOSURE_VERBS,
                                  EARLIER_ATTACK_CUES, FOUNDING_VERBS, GROUP_PLURALS, MOTIVE_OPENERS, MOTIVE_PHRASES,
                                  POSTING_VERBS, RELEASE_VERBS, SOCIAL_MEDIA, STATEMENT_MEDIA, STATEMENT_VERBS,
                                  PASSIVE_AUXILIARIES, STRUCK_SITE_NOUNS, SUPPLY_VERBS, VAGUE_FIGURES,
                                  VICTIM_NOUNS)

#: SAME_BASE_SUBJECT: right before a passive attack verb, a definite base noun as its subject, past
#: an auxiliary and an adverb ("the base was also attacked", "the same outpost had again been
#: struck"): the base named just before (read by anchors and coreference).
SAME_BASE_SUBJECT = re.compile(rf"\b(?:the|that|this)\s(?:same\s)?(?:[\w\-]+\s)?{words(STRUCK_SITE_NOUNS)}\s"
                               rf"(?:{words(PASSIVE_AUXILIARIES)}\s)?(?:(?:also|again|\w+ly)\s)?"
                               rf"(?:{words(PASSIVE_AUXILIARIES)}\s)?$")
#: How far before a passive attack verb its definite base subject may start.
SAME_BASE_LOOKBACK = 60

#: SO_FAR: a count to this day ("has killed more than 20,000 people so far", "to date"): a war's
#: or a campaign's toll, cumulative, no one attack's (read by casualties and coreference).
SO_FAR = re.compile(r"\b(?:so\sfar|to\sdate|thus\sfar)\b")
#: PLURAL_GROUP: "the / these / those (same) militias", a plural group word standing for the
#: Iran-backed militias named before (a pattern's text, built into the patterns of frames, who
#: launched: "These same militias fired two rockets", and of anchors, who killed).
PLURAL_GROUP: Final = rf"(?:the|these|those)\s(?:same\s)?{words(GROUP_PLURALS)}"
#: PATRON_REASON: after a blame, the reason that makes the one blamed a patron, not the attacker
#: ("... responsible for the attack because they are supplying weapons", "because of its role in
#: arming ...", "responsible for supplying the weapons"): read up to the end of the sentence.
PATRON_REASON = re.compile(rf"\b(?:because|for)\s(?:of\s)?(?:[\w\-'\u2019\"]+\s){{0,5}}?{words(SUPPLY_VERBS)}\b")
#: OTHER_ATTACK: "The attack comes days after ... near Kirkuk": what follows belongs to that other
#: attack (read by places, for its place, and casualties, for its toll, through other_attack()).
OTHER_ATTACK = re.compile(rf"\b{words(EARLIER_ATTACK_CUES)}\b")
#: Each cue of OTHER_ATTACK ends in one of these words ("after", "before"): a window without
#: them holds no cue, and two substring scans are much cheaper than the pattern's search.
_OTHER_ATTACK_WORDS: Final = tuple(sorted({c.split()[-1] for c in EARLIER_ATTACK_CUES}))
#: DATE_MODIFIER: what stands between a date and the noun it modifies ("The Oct. 18 attack",
#: "Sunday's strike", "the Oct. 7 terrorist attacks": one adjective, no grammar word); the day
#: is that noun's own (read by frames, for an anchor's date, and dates, which share no such day).
DATE_MODIFIER = re.compile(rf"(?:['\u2019]s)?\s(?:(?!{words(DATE_MODIFIER_BREAKS)}\s)[a-z\-]{{2,20}}\s)?")
#: A comma or semicolon between two words: they are in different phrases.
COMMA = re.compile(r"[,;]")
#: VICTIM: who a casualty figure counts, after its number ("killed five militiamen",
#: "wounding 40 of its fighters"); read by casualties (the group) and frames (the target
#: of a killing).
VICTIM = re.compile(rf"\s(?:of\s(?:its|their|the)\s)?(?:[\w\-.]+\s){{0,2}}?(?P<noun>{words(VICTIM_NOUNS)[3:-1]})(?![\w])")
#: ADJECTIVE_AFTER: a name made an adjective ("Iran-backed militias", "Iran-linked sites"): no
#: place, nor the attacker (read by frames and places).
ADJECTIVE_AFTER = re.compile(rf"-{words(AFFILIATION_SUFFIXES)}\b")
#: ADJECTIVE_BEFORE: right before a name, a prefix of loyalty ("US jets struck pro-Iran depots in
#: Iraq": Iraq, not Iran, is where they were): no place (read by places).
ADJECTIVE_BEFORE = re.compile(rf"\b{words(AFFINITY_PREFIXES)}-$")
#: NON_NP_WORDS: words that cannot stand inside a noun phrase between its determiner or number
#: and its noun (read by anchors, for the determiner, count and modifier of an attack noun).
NON_NP_WORDS = r"(?:after|before|of|in|on|at|since|than|hours?|days?|weeks?|months?|and|or|to|from|by|with|for|" \
               r"launched|fired|carried|conducted|claimed|said|was|were|is|are|has|have|had|it|they)"
#: NP_GAP: between a count and its noun ("two drone attacks", "three separate attacks", "two U.S.
#: strikes"); read by anchors (the count of an attack noun) and suppress ("any attack").
NP_GAP = re.compile(rf"\s(?:(?!{NON_NP_WORDS}\s)[\w\-'\"]+(?:\.[\w]+)*\.?\s){{0,2}}")
#: TIMES_AFTER: "attacked four times": a count of attacks (frames) or a tally (tallies).
TIMES_AFTER = re.compile(r"\s*times(?![\w])")


def other_attack(folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first cue of another attack in ``folded[lo:hi]`` (:data:`OTHER_ATTACK`), or None."""
    return OTHER_ATTACK.search(folded, lo, hi) if holds_any(folded, _OTHER_ATTACK_WORDS, lo, hi) else None


#: DAY_LEADS: words between a statement's verb or noun and its day ("said on Monday", "posted late Friday").
DAY_LEADS = ("on", "late", "early")
# (a time-of-day lead may stand before "on": "said on Monday", "said late on Monday", "posted early Friday")
_LEAD = rf"(?:{words(tuple(w for w in DAY_LEADS if w != 'on'))}\s)?(?:on\s)?"
#: How far before a date the words that make it a statement's day may start.
STATEMENT_DAY_LOOKBACK = 45
#: STATEMENT_DAY_BEFORE: the words before the day of a statement, not of the attack it
#: reports ("said on Tuesday", "told reporters Monday", "said in a statement on Monday", "in its
#: statement late on Friday",
#: "a Telegram post published Friday", "confirmed the incident on Tuesday"); read by frames (an anchor's own date) and dates (the
#: sentence's only date).
STATEMENT_DAY_BEFORE = re.compile(
    rf"(?:\b{words(STATEMENT_VERBS)}|\btold\s\w+)\s(?:in\sa\s(?:[\w\-]+\s)?{words(STATEMENT_MEDIA)}\s)?{_LEAD}$"
    rf"|\b{words(STATEMENT_MEDIA)}\s{words(RELEASE_VERBS)}\s{_LEAD}$"
    rf"|\bin\s(?:an?|its|their|the)\s(?:[\w\-]+\s)?{words(STATEMENT_MEDIA)}\s{_LEAD}$"
    rf"|\b{words(POSTING_VERBS)}\s(?:on\s{words(SOCIAL_MEDIA)}\s)?{_LEAD}$"
    rf"|\b{words(DISCLOSURE_VERBS)}\s(?:the|this|that)\s{words(DISCLOSED_NOUNS)}\s{_LEAD}$")
#: The words STATEMENT_DAY_BEFORE may end with before its day's lead ("said", "statement",
#: "published", "telegram", "incident", ...); with "told" it ends in any word ("told reporters").
_STATEMENT_DAY_LAST: Final = tuple(sorted({w.split()[-1] for w in STATEMENT_VERBS + STATEMENT_MEDIA + RELEASE_VERBS
                                           + POSTING_VERBS + SOCIAL_MEDIA + DISCLOSED_NOUNS}))
#: STATEMENT_DAY_INVERTED: a statement verb after a comma or a closing quote, then its speaker
#: and the day ("..., said Ryder on Monday", '" said the spokesman late on Friday'): the day of
#: the statement, as in "Ryder said on Monday"; read where STATEMENT_DAY_BEFORE is.
STATEMENT_DAY_INVERTED = re.compile(
    rf"[,\"\u201d]\s?{words(STATEMENT_VERBS)}\s(?:the\s)?(?:[\w\-.']+\s){{1,3}}{_LEAD}$")
#: Its verbs: one of them must stand before the day (cheaper than the pattern's search).
_INVERTED_KEYS: Final = STATEMENT_VERBS
# INVERTED_END: the day of such a statement ends its clause ("..., said Ryder on Monday, adding");
# with words after it the words after the verb are what was said ("..., said the strikes on
# Friday hit seven sites")
_INVERTED_END = re.compile(r"\s?[,.;:]")
#: STATEMENT_DAY_RELEASED_BY: a statement put out by a named body, then the day ("a statement
#: issued by the prime minister's office on Saturday", "a video released by the group late
#: Friday"): the day of the statement, like "a statement issued on Saturday"; the body's name
#: takes the words STATEMENT_DAY_BEFORE has no room for, hence its own, longer reach.
STATEMENT_DAY_RELEASED_BY = re.compile(
    rf"\b{words(STATEMENT_MEDIA)}\s{words(RELEASE_VERBS)}\sby\s(?:[\w\-.'\u2019]+\s){{1,5}}{_LEAD}$")
RELEASED_BY_LOOKBACK = 90
#: STATEMENT_DAY_AFTER: a day right before a statement verb is the statement's ("the
#: president on Tuesday said ..."), not the day of an attack the statement speaks of.
STATEMENT_DAY_AFTER = re.compile(rf"\s(?:{words(STATEMENT_VERBS)}|told)(?![\w])")


#: FOUNDED_BEFORE: "the IRI, which was established in 2020": the date of a founding.
FOUNDED_BEFORE = re.compile(rf"\b{words(FOUNDING_VERBS)}\s(?:in\s|on\s)?$")
FOUNDED_LOOKBACK = 20


def founding_day(folded: str, lo: int, start: int) -> bool:
    """Whether the date at ``folded[start:]`` (in a sentence starting at *lo*) is when a group
    or body came to be ("which was established in 2020"), not an attack's day."""
    return FOUNDED_BEFORE.search(folded, back_from(lo, start, FOUNDED_LOOKBACK), start) is not None


def statement_day(folded: str, lo: int, start: int, end: int) -> bool:
    """Whether the date at ``folded[start:end]`` (in a sentence starting at *lo*) is the day
    of a statement ("said in a statement Monday", "Biden on Tuesday said"), not of an
    attack; "said Sunday's attack" dates the attack."""
    if folded.startswith("'s", end):
        return False
    far = back_from(lo, start, RELEASED_BY_LOOKBACK)
    lo = back_from(lo, start, STATEMENT_DAY_LOOKBACK)
    return bool(_statement_word_last(folded, lo, start) and STATEMENT_DAY_BEFORE.search(folded, lo, start)
                or STATEMENT_DAY_AFTER.match(folded, end)
                or (" by " in folded[far:start] and STATEMENT_DAY_RELEASED_BY.search(folded, far, start))
                or (holds_any(folded, _INVERTED_KEYS, lo, start) and _INVERTED_END.match(folded, end) is not None
                    and STATEMENT_DAY_INVERTED.search(folded, lo, start)))


def _statement_word_last(folded: str, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` may end as STATEMENT_DAY_BEFORE does: its last word, or the one
    before a day's lead ("on"), ends in one of its last words, or "told" is in it.  Most days
    follow other words ("an attack on Monday"), and this is cheaper than the pattern's search."""
    ws = folded[lo:hi].rsplit(None, 2)
    if not ws:
        return False
    last = ws[-1]
    return last.endswith(_STATEMENT_DAY_LAST) or "told" in folded[lo:hi] \
        or (last in DAY_LEADS and len(ws) > 1 and ws[-2].endswith(_STATEMENT_DAY_LAST)) \
        or (last == "on" and len(ws) > 2 and ws[-2] in DAY_LEADS and ws[-3].endswith(_STATEMENT_DAY_LAST))


#: How far before an attack word the motive or blame phrase that makes it the attack answered may start.
ANSWERED_LOOKBACK = 40
# ANSWERED_BEFORE: a motive or blame phrase, then up to three words ("response to last week's",
# "accused of carrying out the")
_ANSWERED_BEFORE = re.compile(rf"\b(?:{words(MOTIVE_PHRASES)}|{words(BLAME_PHRASES)})\s(?:[\w\-'\u2019]+\s){{0,3}}$")


def answered(folded: str, a: Anchor) -> bool:
    """Whether anchor *a* names the attack a strike answers or a group is accused of ("US jets
    struck ..., their first reply to last week's drone strike", "... the militia accused of
    carrying out the drone attack on Tower 22"): another attack than the strike of its
    sentence, and the day after it is that attack's (read by coreference and dates)."""
    return _ANSWERED_BEFORE.search(folded, back_from(a.seg_start, a.left, ANSWERED_LOOKBACK), a.left) is not None


_VAGUE: Final = frozenset(VAGUE_FIGURES)


def vague(folded: str, n: Number) -> bool:
    """Whether *n* is an unquantified count ("several", "dozens", "hundreds", "a few dozen"):
    no casualty figure, no tally (read by casualties and tallies)."""
    word = folded[n.num_start:n.end]
    return word in _VAGUE or (word == "dozen" and folded.endswith("few ", 0, n.num_start))


#: MOTIVE_OPENER: right before an attack noun (at most two words between: "in retaliation for
#: an earlier", "following a deadly"), a phrase that makes it the motive of another attack of the
#: sentence ("US jets hit a depot at al-Qaim on Monday in answer to a drone strike against an
#: American outpost", "In retaliation for a rocket attack, US forces hit ..."): read by anchors
#: and frames.
MOTIVE_OPENER = re.compile(rf"\b{words(MOTIVE_OPENERS)}\s(?:[\w\-'\u2019]+\s){{0,2}}$")
#: MOTIVE_CLAUSE_OPENER: the same before an attack verb, past its subject and auxiliaries (at
#: most four words: "after militants attacked", "after an American outpost was targeted").
MOTIVE_CLAUSE_OPENER = re.compile(rf"\b{words(MOTIVE_OPENERS)}\s(?:[\w\-'\u2019]+\s){{0,4}}$")
#: How far before the attack noun's first word (or the verb) the motive phrase may start.
MOTIVE_OPENER_LOOKBACK = 45


def opens_sentence(folded: str, s_start: int, pos: int) -> bool:
    """Whether only quotation marks and spaces stand between the sentence start and *pos*."""
    return not folded[s_start:pos].strip(" \"'\u201c\u2018")
