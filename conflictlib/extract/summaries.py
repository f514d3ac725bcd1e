"""Summaries: attack words that sum up a campaign or a record instead of reporting attacks.

ANNOTATION.md: trends, campaign summaries and a person's or a group's record are no attacks.
:mod:`.anchors` asks :func:`summary` about each attack noun phrase it found and marks the
ones it names as suppressed (no event):

- an attack word right before "of" and a territory: "since Israel's shelling of the Gaza Strip
  started", "the bombardment of Gaza" (the war on the territory);
- a bare plural of attacks that runs to a "since" starting a count, in its clause: "the militia
  has mounted attacks against American garrisons since the war began", "the outposts have faced
  daily attacks since early last month" (a count would make it a tally, see :mod:`.tallies`;
  without one it is a summary);
- a bare plural of attacks after a word of involvement: "a vehicle that was involved in attacks
  on US forces", "a commander who took part in attacks on Americans", "denied any involvement in
  attacks on bases" (the record of whoever was involved, not an attack of the story);
- a bare plural of attacks after "recently" or "lately", in a sentence with no date:
  "Recently, attacks with drones have targeted US bases in al-Tanf, Malikiyya and Shaddadi"
  (the campaign of late summed up, its places a list of where it struck);
- a bare plural of attacks after "the number of" or "a total number of": "the number of rocket
  attacks has doubled", "is still adding up the total number of strikes of recent weeks"
  (a quantity, a trend or a tally, not an attack; "a number of strikes" is a vague count and stays);
- a bare plural of attacks dated by a run of days after it, in its clause: "attacks against American
  positions in Iraq and Syria on November 2-6 damaged ..." (several days of attacks summed up, each
  attack told, if at all, on its own day);
- a bare plural of attacks after a word of support, in a sentence with no date: "accused Iran
  of supporting attacks against Israel", "Tehran's backing of attacks on US troops" (a side's
  record or an accusation about the campaign);
- a plural of attacks, bare or with "the" or "these", after unnamed doers named by what they
  do, in an article that has told no attack before: "told the police to hunt the elements
  conducting the rocket attacks", "vowed to find those behind the strikes"
  (the attackers' record, no attack of the story; after the story's attack, "a search for those
  responsible for the attacks" names that attack again, and takes the searcher's stance);
- an attack in the perfect ("has / have / had ... attacked", "have carried out strikes") with an
  adverb of indefinite past in its clause and no date there: "bases in Syria have been hit by
  such groups in the past", "In the past, the militias have targeted the airport", "the US has
  on several occasions bombed their depots", "troops there had come under fire before" (the
  experiential perfect: a side's record, no attack of the story);
- an attack in the perfect with a span it lasts through after it, in its clause, or fronted, and
  no date in the sentence: "Turkish warplanes have pounded Kurdish positions for weeks", "For
  months, the militias have been firing drones at bases" (the continuative perfect: a campaign);
- an attack verb with a bare plural of sites or forces as its object, in a sentence with a span
  of late and no date: "In recent days, militias attacked US bases in Iraq" (the campaign of
  late summed up).

Reads the sentence view (cues, dates); writes nothing.
"""

from __future__ import annotations

import re

from .._text import back_from, holds_any
from ..lookup import kinds as K
from ..lookup.vocab import ATTACK_VERBS, LAUNCH_VERBS, key_words, words
from ..lookup.wordclasses import (DOER_NOUNS, DOING_WORDS, DURATION_LEADS, DURATION_UNITS, INDEFINITE_PAST,
                                  INVOLVED_IN_WORDS, MANY_FIGURES, MASS_ATTACK_NOUNS, MOTIVE_OPENERS, SUPPORT_WORDS, VAGUE_MANY)
from .context import Document, SentenceView
from .model import Anchor, AnchorKind as A, CueKind as C
from .phrases import COMMA
from .tallies import starts_tally

#: How far after a bare plural its "since" may stand ("has mounted attacks against American
#: garrisons in both countries since the war began").
SINCE_AHEAD = 80
#: How far before a bare plural its "recently" may end ("Recently, drone and rocket attacks").
RECENTLY_LOOKBACK = 40
#: How far before a bare plural its word of involvement may end ("involved in the attacks").
INVOLVEMENT_LOOKBACK = 30
#: How far after a bare plural its run of days may start ("attacks in Iraq and Syria on Nov. 2-6").
DAY_RUN_AHEAD = 60

# DAY_RUN: a day's date followed by a dash and a later day of the same month ("November 2-6",
# "Nov. 2 - 6"): the dash and the last day, right after the date.  Two days in a row are one
# night's strikes ("overnight on February 2-3"), no run: the last day is two days on or more.
_DAY_RUN = re.compile(r"\s?[\-\u2013]\s?(\d{1,2})\b(?![\-\u2013/.:]\d)")

# NUMBER_OF: "the number of" or "a total number of" right before a bare plural ("the number of
# rocket attacks has doubled", "a total number of strikes"): a quantity of attacks, a trend or a
# tally, not an attack (but "a number of strikes" is a vague count of attacks told).
_NUMBER_OF = re.compile(r"\b(?:the|total)\snumber\sof\s(?:[\w\-]+\s)?$")
#: How far before a bare plural its "number of" may start.
NUMBER_OF_LOOKBACK = 30

# INVOLVED_IN: a word of involvement and "in" right before the noun phrase (its modifiers,
# "involved in rocket attacks", are the noun phrase's own; one word more may stand between:
# 'take part in "Resistance" attacks').
_INVOLVED_IN = re.compile(rf"\b{words(INVOLVED_IN_WORDS)}\sin\s(?:the\s)?(?:[\"'\u201c]?[\w\-]+[\"'\u201d]?\s)?$")

# SUPPORT_BEFORE: a word of support right before the noun phrase, one modifier word at most
# between ("supporting rocket attacks", "backing of militia attacks").
_SUPPORT_BEFORE = re.compile(rf"\b{words(SUPPORT_WORDS)}\s(?:the\s)?(?:[\w\-]+\s)?$")

# DOERS_BEFORE: unnamed doers and what they do right before the noun phrase, "the", "these" or
# one modifier word between ("the elements conducting the attacks", "those behind rocket attacks").
_DOERS_BEFORE = re.compile(rf"\b{words(DOER_NOUNS)}\s{words(DOING_WORDS)}\s(?:the\s|these\s|such\s)?(?:[\w\-]+\s)?$")
#: How far before a plural its doers may start ("the elements carrying out the").
DOERS_LOOKBACK = 45

# RECENTLY: "recently" or "lately" in the clause before a bare plural ("Recently, attacks using
# drones have targeted ..."; "lately, rocket attacks on the bases ...").
_RECENTLY = re.compile(r"\b(?:recently|lately)\b,?\s(?:[\w\-]+\s){0,3}$")

# RECENT_SPAN: a span of late with no day ("in recent days", "over the past few weeks", "in the
# last months"); with an attack verb whose object is a bare plural of sites or forces ("In recent
# days, militias attacked US bases in Iraq"; "over the past weeks the factions struck American
# positions") it sums up the campaign of late, no attack told.
_RECENT_SPAN = re.compile(r"\b(?:in\srecent|(?:over|in|during)\sthe\s(?:past|last)(?:\sfew)?)\s(?:days|weeks|months)\b")
#: SPAN_OBJECTS: the plural heads of a summed-up campaign's objects.
SPAN_OBJECTS = ("bases", "positions", "sites", "targets", "facilities", "installations", "outposts",
                "garrisons", "troops", "forces", "interests", "convoys")
_PLURAL_OBJECT = re.compile(rf"\s(?:(?!(?:on|in|at|and)\s)[\w\-.]+\s){{0,3}}?{words(SPAN_OBJECTS)}\b")
# PERFECT_VERB, BARE_PLURAL_OBJECT: an attack verb in the present perfect whose object is a bare
# plural of targets (SPAN_OBJECTS) right after it, with no day in the sentence ("the group has
# also struck American bases in Syria, including al-Shaddadi and Kharab al-Jir"): the campaign
# summed up, with "also" or an adverb or a list of the places after "including" (ANNOTATION.md: a
# list that sums up the campaign is no entry per place).
_PERFECT_VERB = re.compile(r"(?:^|\s)(?:has|have)\s(?P<adv>(?:also|\w+ly)\s)?$")
_BARE_PLURAL_OBJECT = re.compile(r"\s(?:other\s)?(?:(?:us|u\.s\.|american|coalition|occupation|foreign)\s)?(?:military\s)?"
                                 rf"{words(SPAN_OBJECTS)}\b")
#: How far before the attack verb its perfect's "has / have" may start.
PERFECT_VERB_LOOKBACK = 20

# INDEFINITE_PAST: an adverb of some time before, none said (INDEFINITE_PAST): "in the past"
# (not "in the past week", a span that dates), "previously", "on several occasions", and
# "before" closing its clause ("had been struck before."; not "the day before", a day).
_INDEFINITE_PAST = re.compile(
    rf"\b(?:{words(INDEFINITE_PAST)[3:-1]}|in\sthe\spast(?!\s(?:[\w\-]+\s){{0,2}}?(?:hours?|days?|weeks?|months?|years?|night|weekend)\b))\b"
    r"|(?<!day\s)(?<!days\s)(?<!night\s)(?<!week\s)(?<!month\s)(?<!year\s)(?<!hours\s)(?<!weeks\s)\bbefore(?=\s?[,.;:)\"'\u201d]|\s?$)")
# (one of these words is in every match of INDEFINITE_PAST)
_INDEFINITE_PAST_KEYS = (*key_words(INDEFINITE_PAST), "past", "before")
# PERFECT_BEFORE: the perfect's auxiliary before an attack, a few words between ("have been
# targeted", "has on several occasions bombed", "have come under rocket fire", "have carried out
# precision strikes"); the words between hold no comma (checked apart).
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|'ve)\s(?:[\w\-]+\s){0,5}$")
_PERFECT_KEYS = ("ha", "'ve")   # (in every match of PERFECT_BEFORE: "has", "have", "had", "'ve")
#: How far before an attack its perfect's auxiliary may start ("have on several occasions been hit by").
PERFECT_LOOKBACK = 60
#: How far after an attack its adverb may start, in its clause ("... by militias in the past").
INDEFINITE_AHEAD = 80
#: How far into its sentence a fronted adverb may start ("But in the past, ...").
FRONTED_START = 12


def _indefinite_perfect(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether anchor *a* is an attack in the perfect with an adverb of indefinite past in its
    clause ("have been targeted by militias in the past"; "Previously, US forces have struck
    ...") and no date between the two: a record, not an attack told."""
    f = doc.folded
    lo = back_from(sv.s.start, a.left, PERFECT_LOOKBACK)
    aux = _PERFECT_BEFORE.search(f, lo, a.left) if holds_any(f, _PERFECT_KEYS, lo, a.left) else None
    if aux is None or COMMA.search(f, aux.start(), a.left) or doc.brk(aux.start(), a.left):
        return False
    hi = min(sv.s.end, a.end + INDEFINITE_AHEAD)
    if not holds_any(f, _INDEFINITE_PAST_KEYS, sv.s.start, hi):
        return False  # (no adverb: the pattern's lookbehinds are tried at every character)
    for m in _INDEFINITE_PAST.finditer(f, sv.s.start, hi):
        if m.start() >= a.end:   # after the attack, in its clause
            span = (aux.start(), m.end())
            if doc.brk(a.end, m.start()) or COMMA.search(f, a.end, m.start()):
                continue
        elif m.start() >= aux.start():   # inside the perfect ("have previously been hit")
            span = (aux.start(), a.end)
        elif m.start() - sv.s.start <= FRONTED_START and f.startswith(",", m.end()):
            span = (m.start(), a.end)   # fronted and set off ("In the past, ..."; not "The previously unknown group")
        else:
            continue
        # no date from the first of the two to the end of the attack's clause
        end = c.start() if (c := COMMA.search(f, max(span[1], a.end), sv.s.end)) else sv.s.end
        if not any(span[0] <= d.start < end for d in sv.dexprs):
            return True
    return False


# PERFECT_AFTER: right after an attack noun or a munition (and another joined to it), an attack
# verb in the perfect ("attacks have hit", "strikes have also targeted", "rockets and drones have hit",
# "jets have been bombing", "rockets have been fired at", "warplanes have meanwhile pounded"; the
# munition as a modifier of a plural head: "artillery units have been shelling")
_PERFECT_AFTER = re.compile(rf"(?:\s(?:and|or)\s[\w\-]+|\s[a-z]+s(?=\shave\s))?\s(?:have|has)\s(?:(?:also|again|meanwhile|[a-z]+ly|been)\s){{0,2}}"
                            rf"(?:{words(ATTACK_VERBS)}|{words(LAUNCH_VERBS)})\b")
# MANY_OF: a vague large figure and "of" right before a munition ("have fired dozens of
# missiles"): no word of the gap between the perfect's auxiliary and its attack.
_MANY_OF = re.compile(rf"\b{words(MANY_FIGURES)}\sof\s$")
#: How far before a munition its "dozens of" may start.
MANY_OF_LOOKBACK = 20
# BEEN_BEFORE: the perfect progressive's "have been" right before an attack word in "-ing" ("have
# been shelling villages"): the verb's participle, though the word is also a noun ("the shelling").
_BEEN_BEFORE = re.compile(r"\b(?:has|have|had|'ve)\s(?:[a-z]+ly\s)?been\s$")
#: How far before the participle its "have been" may start ("have repeatedly been ").
BEEN_LOOKBACK = 25
#: How many words may stand between the perfect's auxiliary and its attack ("have also been hit").
PERFECT_GAP_WORDS = 2
#: How far after "since" the date that starts its count may stand ("since mid-October").
SINCE_DATE_GAP = 8


def _in_perfect(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether anchor *a* is an attack in the perfect that may sum up several: its auxiliary a
    word or two before it ("have struck", "has been bombing") or after its noun or munition
    ("militia attacks have hit", "warplanes have pounded"); a noun a bare plural, a munition not
    counted ("two drones have hit A and B since Sunday": counted, told; but "dozens of missiles"
    is no count of one attack's munitions, MANY_FIGURES)."""
    f = doc.folded
    if a.kind == A.NP and (not a.plural or a.count is not None or a.definite) and not (
            f.endswith("ing", a.start, a.end) and _BEEN_BEFORE.search(f, back_from(sv.s.start, a.left, BEEN_LOOKBACK), a.left)) \
            and not (not a.definite and a.count in (None, 1) and f.endswith(MASS_ATTACK_NOUNS, a.start, a.end)):
        # (a mass noun of no number stands for many: "have traded rocket fire for weeks")
        return False  # "have carried out a drone strike on the port held since 1948": one attack
    if any(0 <= a.left - n.end <= 1 and f[n.num_start:n.end] not in MANY_FIGURES for n in sv.nums):
        return False  # "two drones have hit A and B since Sunday": counted, told
    lo = back_from(sv.s.start, a.left, PERFECT_LOOKBACK)
    aux = _PERFECT_BEFORE.search(f, lo, a.left) if holds_any(f, _PERFECT_KEYS, lo, a.left) else None
    if aux is None:
        # or the perfect after its noun ("militia attacks have hit") or inside a munition's
        # anchor ("rockets and drones have hit")
        if a.kind not in (A.NP, A.MUNITION) or not _PERFECT_AFTER.match(f, a.end):
            return False
    elif COMMA.search(f, aux.start(), a.left) or doc.brk(aux.start(), a.left) or \
            len(f[aux.end():(m.start() if (m := _MANY_OF.search(f, aux.end(), a.left)) else a.left)].split()) \
            > PERFECT_GAP_WORDS:
        return False  # ("has condemned both the attacks": the perfect of another verb)
    return True


def _perfect_since(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether anchor *a* is an attack in the perfect with a "since" that starts a count in its
    clause, after it or fronted ("Since October, militia attacks have hit A, B and C", "rockets
    have struck A and B since October 17"), and no other date in the sentence: the campaign's
    places summed up (ANNOTATION.md: "attacks since October have hit A, B and C" is no entry)."""
    f = doc.folded
    if not _in_perfect(doc, sv, a):
        return False
    # (munitions by the dozen are many attacks: "have fired dozens of missiles at ships since November")
    many = a.kind == A.MUNITION and _MANY_OF.search(f, back_from(sv.s.start, a.left, MANY_OF_LOOKBACK), a.left) is not None
    for sc in sv.ck[C.SINCE]:
        # (a list of places may stand between: "have targeted A, B and C since the war began"; a
        # verb's one target is no list: "has struck the port, held by Israel since 1948")
        after = sc.start >= a.end and not doc.brk(a.end, sc.start) and (
            a.kind == A.NP or many or sum(a.end <= t.start < sc.start and t.place is not None for t in sv.toks) >= 2
            or _PLURAL_OBJECT.match(f, a.end) is not None)
        fronted = sc.start - sv.s.start <= FRONTED_START and sc.end <= a.left
        if not (after or fronted):
            continue
        # its start ("since October 17", a date that may hold the "since"), and no other date
        start = [d for d in sv.dexprs if d.end > sc.start and d.start <= sc.end + SINCE_DATE_GAP]
        if (start or starts_tally(doc, sv, sc)) and len(start) == len(sv.dexprs):
            return True
    return False


# DURATION: a span an action lasts through ("for weeks", "for more than three months", "for the
# past two weeks", "for several years"): up to two words (a lead, a number) before its unit.
_DURATION = re.compile(rf"\bfor\s(?:{words(DURATION_LEADS)}\s)?(?:[\w\-]+\s)?{words(DURATION_UNITS)}\b")
#: How far after an attack its span may start, in its clause ("have pounded positions across
#: northern Syria and Iraq for weeks").
DURATION_AHEAD = 90


def _perfect_for(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether anchor *a* is an attack in the perfect with a span it lasts through, after it in
    its clause or fronted ("jets have been bombing hideouts for months", "For weeks, militias have
    fired drones at ..."), and no date in the sentence: the continuative perfect sums up a
    campaign (ANNOTATION.md: an ongoing campaign is no entry)."""
    f = doc.folded
    if sv.dexprs or "for " not in f[sv.s.start:sv.s.end] or not _in_perfect(doc, sv, a):
        return False
    for m in _DURATION.finditer(f, sv.s.start, sv.s.end):
        if m.start() >= a.end:   # after the attack, in its clause
            if m.start() - a.end <= DURATION_AHEAD and not doc.brk(a.end, m.start()) and not COMMA.search(f, a.end, m.start()):
                return True
        elif m.start() - sv.s.start <= FRONTED_START and f.startswith(",", m.end()):
            return True   # fronted and set off ("For months, ...")
    return False


# VAGUE_MOTIVE: a motive opener and a number word of no figure right before a plural attack noun
# (at most three words between: "in answer to multiple rocket and drone attacks on ...")
_VAGUE_MOTIVE = re.compile(rf"\b{words(MOTIVE_OPENERS)}\s{words(VAGUE_MANY)}\s(?:[\w\-]+\s){{0,3}}$")
VAGUE_MOTIVE_LOOKBACK = 70


def summary(doc: Document, sv: SentenceView, a: Anchor, told: bool = False) -> str | None:
    """Why anchor *a* sums up attacks rather than reporting one ("war", "campaign",
    "record"), or None; *told*: whether the article has reported an attack before."""
    f = doc.folded
    if a.kind in (A.NP, A.VERB) and f.startswith(" of ", a.end):
        # "Israel's shelling of the Gaza Strip", "the bombardment of Gaza": the war on a
        # territory (a region word), not an attack (ANNOTATION.md: an ongoing war is none)
        at = a.end + 4 + (4 if f.startswith("the ", a.end + 4) else 0)
        if any(t.start == at and t.place is not None and t.place.kind == K.REGION for t in sv.toks):
            return "war"
    if not told and a.kind == A.NP and a.plural and a.count is None and \
            _DOERS_BEFORE.search(f, back_from(sv.s.start, a.left, DOERS_LOOKBACK), a.left):
        return "record"  # "hunt the elements conducting the rocket attacks"
    if a.kind in (A.NP, A.VERB, A.MUNITION) and _indefinite_perfect(doc, sv, a):
        return "record"  # "US bases have been attacked by such groups in the past"
    if a.kind in (A.NP, A.VERB, A.MUNITION) and sv.ck[C.SINCE] and _perfect_since(doc, sv, a):
        return "campaign"  # "Since October, militia attacks have hit A, B and C"
    if a.kind in (A.NP, A.VERB, A.MUNITION) and _perfect_for(doc, sv, a):
        return "campaign"  # "Turkish warplanes have pounded Kurdish positions for weeks"
    if a.kind == A.VERB and not a.passive and not sv.dexprs and _BARE_PLURAL_OBJECT.match(f, a.end) and \
            (pf := _PERFECT_VERB.search(f, back_from(sv.s.start, a.start, PERFECT_VERB_LOOKBACK), a.start)) is not None and \
            (pf.group("adv") is not None or f.find(" including ", a.end, sv.s.end) >= 0):
        return "campaign"  # "has also struck American bases in Syria, including ..."
    if a.kind == A.VERB and not a.passive and not sv.dexprs and _PLURAL_OBJECT.match(f, a.end) \
            and _RECENT_SPAN.search(f, sv.s.start, sv.s.end):
        return "campaign"  # "In recent days, militias attacked US bases in Iraq" (RECENT_SPAN)
    if a.kind == A.NP and a.plural and _VAGUE_MOTIVE.search(f, back_from(sv.s.start, a.start, VAGUE_MOTIVE_LOOKBACK), a.start):
        return "campaign"  # "in answer to multiple attacks on coalition troops in Syria and Iraq"
    # the rest: a bare plural only (no count, no determiner)
    if a.kind != A.NP or not a.plural or a.count is not None or a.definite:
        return None
    if _INVOLVED_IN.search(f, back_from(sv.s.start, a.left, INVOLVEMENT_LOOKBACK), a.left):
        return "record"
    if f.find("number of", back_from(sv.s.start, a.left, NUMBER_OF_LOOKBACK), a.left) >= 0 and \
            _NUMBER_OF.search(f, back_from(sv.s.start, a.left, NUMBER_OF_LOOKBACK), a.left):
        return "count"  # "still adding up the total number of strikes of recent weeks"
    if not sv.dexprs and _RECENTLY.search(f, back_from(sv.s.start, a.left, RECENTLY_LOOKBACK), a.left):
        return "campaign"  # "Recently, attacks using drones have targeted US bases in ..."
    if not sv.dexprs and _SUPPORT_BEFORE.search(f, back_from(sv.s.start, a.left, INVOLVEMENT_LOOKBACK), a.left):
        return "record"  # "accused Iran of supporting attacks against Israel"
    for d in sv.dexprs:
        if a.end <= d.start <= a.end + DAY_RUN_AHEAD and d.precision == "day" \
                and d.date is not None and (m := _DAY_RUN.match(f, d.end)) is not None \
                and int(m[1]) >= d.date.day + 2 and not doc.brk(a.end, d.start):
            return "campaign"  # "attacks in Iraq and Syria on November 2-6 targeted ..."
    for sc in sv.ck[C.SINCE]:
        if a.end <= sc.start <= a.end + SINCE_AHEAD and starts_tally(doc, sv, sc) \
                and not doc.brk(a.end, sc.start) and not COMMA.search(f, a.end, sc.start) \
                and not any(a.end <= d.start < sc.start for d in sv.dexprs):
            return "campaign"
    return None
