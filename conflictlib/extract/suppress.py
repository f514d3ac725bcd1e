"""Suppression: the anchors that report no attack.

An anchor (see :mod:`.anchors`) may name an attack that did not happen or that is no event
of the story: a trend ("attacks have increased"), a threat ("vowed to continue its
attacks"), a hypothetical ("any attack would be met"), a negation ("no attack"), a question,
a photo caption, a campaign ("an airstrike campaign", "The attacks began after ..."), a
summary of a campaign (see :mod:`.summaries`), or a denial ("denied that any attack took
place", "reports of an attack ... were false").  :func:`suppress` marks each such anchor with
the reason (``Anchor.suppressed``); the stages after it read the others.

Reads the sentence view and its anchors; writes only ``suppressed``.
"""

from __future__ import annotations

import re

from .._text import back_from, holds_any
from ..lookup import kinds as K
from ..lookup.vocab import CAMPAIGN_START_VERBS, MANY_TIMES, TREND_NOUNS_IN, TREND_PREDICATES, words
from ..lookup.wordclasses import (ATTACKER_VERBS, DISALLOW_VERBS, FREQUENCY_ADVERBS, HABITUAL_ADVERBS, INVOLVEMENT_WORDS,
                                  INVASION_VERBS, MODALS, QUANTIFIERS, SANCTION_NOUNS, SCENE_VERBS)
from .context import Document, SentenceView
from .model import SUPPRESSORS, Anchor, AnchorKind as A, CueKind as C
from .phrases import COMMA, NP_GAP
from .summaries import summary
from .threat_senses import DECIDED

# Windows, in characters.
REPORTS_OF_LOOKBACK = 40   # "reports of a drone attack ... were false"
SUPPRESSOR_AHEAD = 80      # "Attacks ... have increased": a trend word after its noun
MODAL_AHEAD = 45           # "Any drone launched at the base would be intercepted"
TREND_GAP = 35             # "a string of attacks"
THREAT_GAP = 70            # "vowed to continue its attacks"
# PAST_CAUSE: a threat's cause opened between it and the anchor: the attack it answers, made
# ("vowed to respond after a drone attack killed three soldiers", "promised revenge for
# Thursday's strike in Baghdad"), not threatened. A definite one ("retaliation for the rocket
# attack") names an attack already told: the threat stays, and confirms that attack (claims)
_PAST_CAUSE = re.compile(r"\s(?:after|following|for|over)\s(?!(?:the|this|that|these|those)\s)")
HYPOTHETICAL_GAP = 40      # "could strike"
INVADED_TO_COUNTRY = 2     # "invaded Iraq": the country right after the verb
NEGATION_GAP = 14          # "no attack"
FOILED_TRY_GAP = 45        # "foiled an attempt to launch two rockets"
#: FOILING_WORDS: the negation words that stop an attack before it is made (vocab.NEGATION_WORDS).
FOILING_WORDS = ("foiled", "thwarted", "prevented")
# FOILED_TRY: after a foiling word, the attempt and its launch verb, right before the munition
# ("foiled an attempt to launch rockets at", "prevented a bid to fire two drones toward",
# "thwarted their efforts to launch a drone"): the attempt stopped, no attack made (ANNOTATION.md:
# attacks that were foiled are none); "fired rockets in an attempt to hit the base" is one.
_FOILED_TRY = re.compile(r"\s(?:an?\s|the\s|their\s|its\s|another\s)?(?:attempts?|bids?|efforts?|plans?|plots?)\sto\s"
                         r"[a-z]+\s(?:(?!at\s|on\s|toward\s)[\w\-]+\s){0,2}")
ONE_WAVE_LOOKBACK = 25     # "has begun a wave of": the verb before "a wave of"
START_LOOKBACK = 20        # "first began attacking": the start verb before a gerund
# CAMPAIGN_START: "(have) began / started" after a plural of attacks: the campaign's start
_CAMPAIGN_START = re.compile(rf"\s(?:have\s|had\s)?{words(CAMPAIGN_START_VERBS)}(?![\w])")
# START_GERUND: a campaign's start before a gerund ("first began attacking", "started targeting").
_START_GERUND = re.compile(rf"\b(?:first\s)?{words(CAMPAIGN_START_VERBS)}\s$")
# CAMPAIGN_AFTER: an attack noun that modifies "campaign" ("an airstrike campaign", "a drone
# campaign against US bases") names a campaign, not one attack
_CAMPAIGN_AFTER = re.compile(r"\s(?:campaigns?|offensives?)(?![\w])")
_DENY_COMPLEMENT = re.compile(r"\s(?:that|reports?|claims?|media\sreports)\b")
# PART_NEGATED: after "no", a part in the attack as what is negated ("had no role in the rocket
# attack", "no hand in the strike", "no involvement in"): the attack stands (not "has not
# conducted airstrikes": the act itself negated)
_PART_NEGATED = re.compile(r"\s(?:[\w\-]+\s)?(?:role|part|hand|involvement|connection|links?|responsibility)\s"
                           r"(?:in|with|to|for)\s")
_REPORTS_OF = re.compile(r"(?:reports?|claims?)\s(?:of|that)\s(?:[\w\-]+\s){0,4}$")
# NOT_TARGETED: a site said not to have been the target ("the base was not targeted", "we do not
# believe that the airport was targeted")
_NOT_TARGETED = re.compile(r"\b(?:was|were)\snot\s(?:being\s)?targeted\b|"
                           r"\b(?:do|does|did)\snot\s(?:believe|think)\s(?:that\s)?(?:[\w\-]+\s){1,4}?(?:was|were)\s(?:being\s)?targeted\b")
# NOT_TOLERATED: between a negation and an attack word, a verb of letting happen ("will not
# tolerate attacks", "does not accept any attack"): a warning of a response, not an attack denied
_NOT_TOLERATED = re.compile(rf"\s{words(DISALLOW_VERBS)}\s(?:such\s|any\s|further\s)?")
_INVOLVEMENT = re.compile(rf"\b{words(INVOLVEMENT_WORDS)}")
#: SANCTION_KEYS: the words a sentence must hold for SANCTIONED to be tried in it.
_SANCTION_KEYS = ("sanction", "penalt")
# SANCTIONED: after an attack verb (and its object, in its clause: at most six words and no
# comma), the sanctions it is done with, by or for ("were targeted with new US sanctions", "the
# leaders targeted by the latest sanctions", "targeting two leaders of a militia for sanctions"):
# a measure, no attack (at most three words between the preposition and the noun)
_SANCTIONED = re.compile(rf"\s(?:[\w\-'\u2019.]+\s){{0,6}}?(?:with|by|under|for)\s(?:[\w\-'\u2019.]+\s){{0,3}}"
                         rf"{words(SANCTION_NOUNS)}(?![\w])")
# MODAL_RIGHT_BEFORE: an attack word right after a modal of the future is a verb of what is to
# come ("the faction says it will strike US positions if ...", "they'll hit US positions",
# "said it would again attack"), never an attack made: a threat or a hypothetical, whichever
# verb or subject (a pronoun subject leaves it to the attack-noun reading otherwise).  Not
# "would later": the future in a past story ("a drone that would later hit the base").
MODAL_LOOKBACK = 24
_MODAL_RIGHT_BEFORE = re.compile(r"(?:\b(?:will|would|shall)|'ll)\s(?:(?:also|again|soon|directly|then|now|immediately)\s)?$")
_MODAL_KEYS = ("will", "would", "shall", "'ll")  # (in every match of MODAL_RIGHT_BEFORE)
# PLANNED_AFTER: an attack noun followed by a clause that says it is still being planned or
# prepared: "to stop an attack being prepared by militants", "the assault Iran is planning",
# "an attack that the militias were preparing" (ANNOTATION.md: attacks only planned are none).
# The active form takes a progressive only: "the attack on the base was prepared by ..." is past.
_PLANNED_AFTER = re.compile(
    r"\s(?:(?:that|which)\s)?"
    r"(?:(?:[\w\-]+\s){1,3}(?:is|are|was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:planning|preparing|plotting)"
    r"|(?:(?:is|are|was|were)\s)?being\s(?:planned|prepared|plotted|readied))(?![\w])")


def _planning_words(doc: Document, lo: int, hi: int) -> bool:
    """Whether ``folded[lo:hi]`` holds a word that says an attack is planned or prepared
    ("being", "planning", "preparing", "plotting"): the clause :data:`_PLANNED_AFTER` reads
    after an attack noun, up to the next punctuation mark, holds one of them."""
    w = doc.folded[lo:hi]
    return "being" in w or "planning" in w or "preparing" in w or "plotting" in w


# ONE_WAVE: "launched a wave of air strikes": one operation, not a trend (with a date in the
# sentence, "a wave of" is one too)
#: SUBJECT_STOPS: auxiliaries, which a caption's short subject never holds.
SUBJECT_STOPS = ("has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "did",
                 "does", "do", "may", "might", "should", "must", "cannot")
#: DETERMINERS_BEFORE_VERB: right before a scene verb, these make it a noun ("a search", "their watch").
DETERMINERS_BEFORE_VERB = ("a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "every", "each")
# SCENE_CAPTION: a caption's opening: a short subject (one to six words) and a verb of what the
# people in a picture do, in the present ("People gather around ...", "Iraqi police stand guard
# beside ...", "A man inspects ..."): the attacks the line names after it ("... after a drone
# strike") are what the picture follows, told (if at all) in the article's prose.  Not before
# "to": "Iraqis gather to protest a strike on Thursday" is news of a protest, which dates the strike;
# nor "out" ("Group Carries Out Drone Attack", a headline's attack).
# The subject holds no auxiliary ("forces have launched a search ...": a verb before it) and
# no determiner, auxiliary or "to" stands right before the verb ("a search", "the watch": nouns;
# "will stand firm", "pledges to carry": no scene).
_SCENE_CAPTION = re.compile(
    rf"[\"'\u201c]?(?:(?!{words(SUBJECT_STOPS)}\s)[\w\-'\u2019.]+\s){{0,5}}"
    rf"(?!(?:{words(DETERMINERS_BEFORE_VERB)}|{words(SUBJECT_STOPS)}|to)\s)[\w\-'\u2019.]+\s{words(SCENE_VERBS)}\s(?!to\s|out\s)")

# SCENE_FIRST: the first word of each scene verb, with and without its "s" ("gather", "gathers",
# "stand"): where none is among the sentence's second to seventh words, SCENE_CAPTION cannot match
_SCENE_FIRST = frozenset(w for v in SCENE_VERBS for w in (
    (v.split()[0][:-2], v.split()[0][:-1]) if v.split()[0].endswith("s?") else (v.split()[0],)))


def _scene_verb_early(f: str, lo: int, hi: int) -> bool:
    """Whether a scene verb's first word is one of the words of ``f[lo:hi]`` that SCENE_CAPTION's
    verb may be (its subject is one to six words, each followed by one white-space character): a
    set test on a few words instead of the pattern's tries at every word of every sentence."""
    return any(w in _SCENE_FIRST for w in f[lo:hi].split(None, 7)[1:7])


# MODIFIER_BEFORE: a determiner right before a trend predicate makes it an adjective of another
# noun ("in retaliation for its intensified atrocities", "amid the increased tension"), no
# predicate of the attack before it
_MODIFIER_BEFORE = re.compile(r"\b(?:its|their|the)\s$")
_ONE_WAVE = re.compile(rf"(?:{words(ATTACKER_VERBS)[3:-1]}|began|begun|started|unleashed)\s(?:a|an)\s$")


def past_cause(f: str, lo: int, hi: int) -> bool:
    """Whether an indefinite cause opens between a threat word at *lo* and an attack at *hi*
    ("vowed to respond after a drone attack killed ..."): the attack answered, made."""
    return _PAST_CAUSE.search(f, lo, hi) is not None


def suppress(doc: Document, sv: SentenceView, anchors: list[Anchor], told: bool = False) -> None:
    """Mark the anchors that report no attack: trends, threats, hypotheticals, negations,
    photo captions, questions, and denials that an attack happened ("denied that any attack
    took place", "denied reports that a drone had struck", "reports of an attack ... were false").
    *told*: whether the article has reported an attack before this sentence."""
    f = doc.folded
    suppressors = [c for c in sv.cues if c.kind in SUPPRESSORS]
    for a in anchors:  # (a modal right before an anchor suppresses it with no cue: "they'll hit")
        if suppressors or sv.question or holds_any(f, _MODAL_KEYS, back_from(sv.s.start, a.left, MODAL_LOOKBACK), a.left):
            a.suppressed = a.suppressed or suppression(doc, sv, a, suppressors)
    if anchors and _scene_verb_early(f, sv.s.start, sv.s.end) and \
            (m := _SCENE_CAPTION.match(f, sv.s.start, sv.s.end)) is not None and \
            not COMMA.search(f, sv.s.start, m.start()):
        for a in anchors:
            if a.suppressed is None and a.left >= m.end():
                a.suppressed = "photo caption"  # "People gather around a burned car after a drone strike"
    if holds_any(f, _SANCTION_KEYS, sv.s.start, sv.s.end):
        for a in anchors:
            if a.suppressed is None and a.kind == A.VERB and _SANCTIONED.match(f, a.end):
                a.suppressed = "sanctions"  # "two commanders were targeted with new US sanctions"
    if sv.dexprs and all(d.precision == "year" for d in sv.dexprs):
        for a in anchors:
            if a.suppressed is None and a.kind == A.VERB and f[a.start:a.end] in INVASION_VERBS and any(
                    t.place is not None and t.place.kind == K.COUNTRY and 0 <= t.start - a.end <= INVADED_TO_COUNTRY
                    for t in sv.toks):
                a.suppressed = "war"  # "The United States invaded Iraq in 2003": a war, dated by its year
    site_named: bool | None = None  # whether the sentence names a site (a base, an airport)
    planning: bool | None = None  # whether it holds a word of planning (to its next punctuation mark)
    for a in anchors:
        if a.suppressed is None and (why := summary(doc, sv, a, told)) is not None:
            a.suppressed = why  # "has carried out attacks ... since the start of the war" (summaries.py)
            continue
        if a.suppressed is None and a.kind == A.NP and planning is None:
            planning = _planning_words(doc, sv.s.start, doc.next_punct(sv.s.end))
        if a.suppressed is None and a.kind == A.NP and planning and \
                (m := _PLANNED_AFTER.match(f, a.end)) is not None and \
                not doc.brk(a.end, m.end()):
            a.suppressed = "hypothetical"  # "the assault Iran is planning": not (yet) an attack
            continue
        if a.suppressed is None and (a.kind == A.NP or (a.kind == A.VERB and f.endswith("ing", a.start, a.end))) \
                and _CAMPAIGN_AFTER.match(f, a.end):
            # "an intense airstrike campaign against ...", "Israel's bombing campaign in Gaza" (the
            # verb's participle as the campaign's modifier): a campaign
            a.suppressed = "campaign"
            continue
        if a.suppressed is None and a.kind == A.NP and a.plural and a.count is None and \
                f.endswith("attacks", a.start, a.end):
            if _campaign_starts(doc, sv, a):
                a.suppressed = "trend"  # "The attacks began after Hamas' Oct. 7 assault": the campaign
            continue
        if a.suppressed is None and a.kind == A.MUNITION and f.endswith("s", a.start, a.end):
            if site_named is None:
                site_named = any(t.place is not None and t.place.is_site for t in sv.toks)
            if not site_named:
                # "the volley of drones aimed at American troops in both countries started
                # arriving": plural munitions whose campaign starts, with no site (a site makes it
                # the attack of the story: "rockets began hitting Ain al-Asad")
                if _campaign_starts(doc, sv, a):
                    a.suppressed = "trend"
                    continue
        if a.suppressed is None and a.kind == A.VERB and sv.ck[C.SINCE] and f.endswith("ing", a.start, a.end) and \
                _START_GERUND.search(f, back_from(sv.s.start, a.start, START_LOOKBACK), a.start) and \
                any(c.end <= a.start for c in sv.ck[C.SINCE]):
            a.suppressed = "trend"  # "since mid-October, when the groups first started targeting the bases"
    for d in sv.ck[C.DENY]:
        if _DENY_COMPLEMENT.match(f, d.end):
            for a in anchors:
                if a.left >= d.end and not doc.brk(d.end, a.left) and \
                        not _INVOLVEMENT.search(f, d.end, a.left):  # "denied taking part in the attack"
                    a.suppressed = "denied"
    if "targeted" in f[sv.s.start:sv.s.end] and (m := _NOT_TARGETED.search(f, sv.s.start, sv.s.end)):
        # "we shot down a drone near the base, and we do not believe the base was targeted": the
        # speaker denies that what the sentence told before was an attack on it (not "the airport
        # was not targeted, as defenses downed a drone aimed at it": the drone after is an attack)
        for a in anchors:
            if a.suppressed is None and a.end <= m.start():
                a.suppressed = "denied"
    false_after = sv.ck[C.FALSE]
    if false_after:
        for a in anchors:
            if _REPORTS_OF.search(f, back_from(sv.s.start, a.left, REPORTS_OF_LOOKBACK), a.left) and \
                    any(c.start > a.end for c in false_after):
                a.suppressed = "denied"



def _campaign_starts(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether a start verb follows anchor *a* in its phrase ("The attacks began after ...",
    "drones started arriving"): the campaign's start, not an attack."""
    f = doc.folded
    m = _CAMPAIGN_START.search(f, a.end, min(sv.s.end, a.end + SUPPRESSOR_AHEAD))
    return m is not None and not doc.brk(a.end, m.start()) and not COMMA.search(f, a.end, m.start())


def _dated_definite(sv: SentenceView, a: Anchor) -> bool:
    """Whether *a* is a definite attack named by its calendar day ("the Oct. 7 attack", "the
    January 28 drone strike"): an attack that happened, so a modal after it speaks of what it
    means ("the Oct. 7 attack may mark a turn"), never of whether it will come."""
    return a.definite and any(d.kind == "absolute" and d.precision == "day" and d.end <= a.start
                              and (a.left <= d.start or a.left - d.end <= 1) for d in sv.dexprs)


def _decided_answer(cues: list, a: Anchor) -> bool:
    """Whether *a* is the attack a response decided on answers ("had decided what the US response
    to the drone attack would be": the modal after it is the response's, the attack is made)."""
    return any(c.kind == C.THREAT and c.text in DECIDED and c.end <= a.left for c in cues)


def suppression(doc: Document, sv: SentenceView, a: Anchor, cues: list) -> str | None:
    """Why anchor *a* reports no attack (a photo caption, a trend, a hypothetical, a threat, a
    negation, a question), or None."""
    f = doc.folded
    if sv.question:
        return "question"
    if _MODAL_RIGHT_BEFORE.search(f, back_from(sv.s.start, a.left, MODAL_LOOKBACK), a.left):
        return "hypothetical"  # "says it will strike US positions"
    for c in cues:
        if c.kind not in SUPPRESSORS:
            continue
        if c.kind == C.TREND and c.text == "wave of" and (sv.dexprs or _ONE_WAVE.search(
                f, back_from(sv.s.start, c.start, ONE_WAVE_LOOKBACK), c.start)):
            continue  # "the US launched a wave of air strikes on Friday": one operation, reported
        if c.kind == C.PHOTO:
            return "photo caption"
        if c.kind in (C.TREND, C.HYPO) and c.start < a.end and c.end > a.left:
            return "trend" if c.kind == C.TREND else "hypothetical"
        if c.start >= a.end:
            # "Any drone launched at the base would be intercepted"; "Attacks ... have increased"
            if c.start - a.end <= SUPPRESSOR_AHEAD and not doc.brk(a.end, c.start) and not \
                    COMMA.search(f, a.end, c.start):
                # (a habit after the attack word, in a sentence with no day, too: "rockets frequently
                # hit the base", "drones are often launched at the garrison": attacks as a kind)
                if c.kind == C.TREND and (c.text in TREND_PREDICATES or (
                        (c.text in MANY_TIMES or c.text in HABITUAL_ADVERBS or c.text in FREQUENCY_ADVERBS)
                        and not sv.dexprs)) \
                        and not _MODIFIER_BEFORE.search(f, back_from(a.end, c.start, 6), c.start):
                    return "trend"
                if c.kind == C.HYPO and c.text in MODALS and c.start - a.end <= MODAL_AHEAD \
                        and not _dated_definite(sv, a) and not _decided_answer(cues, a):
                    return "hypothetical"
            continue
        gap = a.left - c.end
        if c.start >= a.left and c.end <= a.end and c.kind == C.TREND:
            return "trend"
        if c.end > a.left:
            continue
        if doc.brk(c.end, a.left):
            continue
        if c.kind == C.TREND and gap <= TREND_GAP:
            if c.text.endswith(("attacks", "attack")) and COMMA.search(f, c.end, a.left):
                continue  # "Despite such attacks, Wednesday's strike ...": the trend is its own phrase
            if c.text in TREND_NOUNS_IN and COMMA.search(f, c.end, a.left):
                continue  # "Amid a spike in militia attacks, US jets bombed ...": the trend is its own phrase
            if f.find("since ", c.end, a.left) >= 0:
                continue  # "escalating since the October 7 assault on Israel": the start, an attack of its own
            return "trend"
        if c.kind == C.THREAT and gap <= THREAT_GAP:
            if past_cause(f, c.end, a.left) or c.text in DECIDED:
                continue  # ("has decided on a response to the drone attack": the attack answered is made)
            return "threat"
        if c.kind == C.HYPO and (NP_GAP.fullmatch(f, c.end, a.left) if c.text in QUANTIFIERS
                                 else gap <= HYPOTHETICAL_GAP):
            return "hypothetical"  # "could strike"; "any attack" but not "any role in the attack"
        if c.kind == C.NEG and gap <= FOILED_TRY_GAP and c.text in FOILING_WORDS and _FOILED_TRY.fullmatch(f, c.end, a.left):
            return "negated"  # "foiled an attempt to launch rockets at the base": no attack made
        if c.kind == C.NEG and gap <= NEGATION_GAP:
            if _PART_NEGATED.match(f, c.end, a.left):
                continue  # "said it had no role in the rocket attack": its part is denied, not the attack
            if _NOT_TOLERATED.fullmatch(f, c.end, a.left):
                return "threat"  # "will not tolerate attacks on our troops": a warning, no denial
            return "negated"
    return None
