"""Stances: what a statement says of the attacks it is about.

The claims stage (:mod:`.claims`) finds a speaker and a stance verb; this module decides
the stance the verb takes and the events it is about, as a careful reader does:

- "claimed", "confirmed", "denied", "acknowledged", "vowed": the verb's own stance, with
  exceptions: a state body's "claimed that" confirms; a group's "confirmed" of its side's
  attack claims it; "acknowledged the attack" with no losses admitted confirms;
- a plain "said" takes its stance from who speaks about whose attack (the perpetrator side
  claims, the attacked side, a state about its own strike or a neutral official confirms);
- the events are those of the attacks after the verb, else before it; a trailing
  attribution ("US forces struck ..., the Pentagon said, after a drone attack ...") is
  about the clause before it; a statement right after an attack is about it;
- a statement on one event of a wave reported per country covers the wave;
- a plain "said" of a state, a neutral body or a source with a casualty figure after it and
  no attack to tie it to ("the Defense Department says 12 soldiers were hurt") confirms, about
  the figure's event if it has one (not a running toll: "45 were hurt in the attacks");
- a blame of the campaign named after the verb ("factions that Washington blames for
  attacks on its soldiers") confirms no strike before it, and an attack that starts a count
  ("attacked 16 times since Hamas attacked Israel") is not what a statement is about.
"""

from __future__ import annotations

import re

from .._text import back_from, clause_comma, holds_any, last_clause_comma
from ..lookup import Actor
from ..lookup import kinds as K
from ..lookup.installations import same_site
from ..lookup.vocab import BLAME_NOUNS, words
from ..lookup.wordclasses import (ATTACKER_PARTICIPLES, BASELESS_WORDS, BLAMED_TRENDS, CAMPAIGN_OBJECTS,
                                  OWN_FORCE_WORDS, OWN_OPERATION_NOUNS, OWN_PEOPLE, OWN_POSSESSIVES,
                                  PURSUED_DOERS, PURSUIT_VERBS, RECALLED_ATTACK_NOUNS, SHARE_WORDS,
                                  SUSPENSION_WORDS)
from .agents import unsaid_attacker
from .blasts import blast_word
from .context import ArticleState, Document, SentenceView
from .model import Anchor, Cue, CueKind as C, Event
from .speakers import pronoun_subject

#: A statement about the attacks of the sentences just before reaches this far back.
FOLLOW_UP_REACH = 2
#: A hunt for an attack's doers reaches this far back to the attack (it often closes the story).
PURSUIT_REACH = 8


# OWN_LOSS: a speaker's own dead ("its fighters", "they died", "had been killed")
# (also "a member of its Kataib Hezbollah", "its death toll", "the group's toll had risen to five",
# "one of its commanders has been killed")
_OWN_LOSS = re.compile(rf"\b{words(OWN_POSSESSIVES)}\s(?:own\s)?{words(OWN_PEOPLE)}|\bmembers?\sof\s{words(OWN_POSSESSIVES)}\s|"
                       rf"\b(?:{words(OWN_POSSESSIVES)}|the\s(?:group|movement|faction|militia)'s)\s(?:death\s)?toll\b|"
                       r"(?P<bare>they\sdied|(?:had|have|has)\sbeen\skilled)")
# OWN_ATTACK: the speaker's own attack named in the clause ("in its drone attack on Tower 22"): a bare
# "have been killed" there tells the other side's dead
_OWN_ATTACK = re.compile(rf"\b{words(OWN_POSSESSIVES)}\s(?:[\w\-]+\s){{0,2}}(?:attacks?|strikes?|operations?|raids?)\b")


#: OTHER_SIDE_ADJECTIVES: the other side's people before a people noun ("three American soldiers").
OTHER_SIDE_ADJECTIVES = ("american", "us", "u.s.", "israeli", "british", "coalition")
# PEOPLE_KILLED: a side's people killed, told with the side's own name ("17 Houthi fighters had been
# killed"), not the other side's ("three American soldiers have been killed")
_PEOPLE_KILLED = re.compile(rf"\b(?!{words(OTHER_SIDE_ADJECTIVES)}\s)[\w\-]+\s{words(OWN_PEOPLE)}\s"
                            r"(?:had|have|has)\sbeen\skilled\b")


#: How far before "mourning" the words that make it a noun may start ("a three-day mourning").
MOURNING_LOOKBACK = 20
# MOURNING_NOUN: right before "mourning", what makes it a noun of a period declared ("a three-day",
# "days of", "national", "official"), not the verb of a side mourning its own ("the group is mourning")
_MOURNING_NOUN = re.compile(r"(?:\ba|days?\sof|-day|national|official|public|general)\s$")


def _own_loss(f: str, lo: int, hi: int, *, bare: bool = True) -> bool:
    """Whether ``f[lo:hi]`` tells the speaker's own dead: its people in the possessive, or (with
    *bare*) a bare "had been killed" / "they died" unless the clause names the speaker's own attack
    ("the group said three American soldiers have been killed in its drone attack": a claim, no loss)."""
    return any(not m.group("bare") or bare and _OWN_ATTACK.search(f, lo, hi) is None
               for m in _OWN_LOSS.finditer(f, lo, hi))


#: Suppressions of the attack words after a plain "said" that make the statement about no attack
#: (a suspension or a trend, a hypothetical): the attacks before the verb are not what is said.
_NOT_ATTACKS_SAID = frozenset({"trend", "hypothetical"})
#: How far after the verb such attack words are its object ("announced a suspension of attacks"),
#: with no comma between ("said, and ... the latest in a string of attacks" is another clause).
SAID_OBJECT_SPAN = 30
#: How far after a plain speech verb, in its clause, a halt may stand ("said its operations
#: against the occupiers are now suspended").
SUSPENSION_SPAN = 50
# SUSPENSION_SAID: a halt right after a plain speech verb ("the faction announced it would pause
# operations against US troops"): with no attack word after the verb (operations are none), the
# attack told just before is only the occasion, no statement on it
_SUSPENSION_SAID = re.compile(rf"[^,.;]{{0,{SUSPENSION_SPAN}}}?\b{words(SUSPENSION_WORDS)}\b")
#: How far before an attack word the "since" that makes it a count's start may stand.
SINCE_LOOKBACK = 30
_SINCE_BEFORE = re.compile(r"\bsince\s(?:the\s)?(?:[\w\-'\u2019]+\s){0,3}$")
#: An attack this close before a blame verb is what is blamed even when a campaign follows it
#: ("the strike, which Iraq condemned as an attack on its sovereignty").
BLAME_OBJECT_LOOKBACK = 20
#: How far after a claim verb a share of the campaign may start ("claimed responsibility for most of").
SHARE_SPAN = 30
# SHARE: "most of these attacks", "many of the attacks": a summary of the campaign
_SHARE = re.compile(rf"\b{words(SHARE_WORDS)}\s")
#: How far before an attack word a negated claim of it may start.
NOT_CLAIMED_SPAN = 70
# NOT_CLAIMED: right before an attack word, a claim of it denied ("which has not claimed
# the attack", "has not yet claimed the")
_NOT_CLAIMED = re.compile(r"\b(?:not|never)\s(?:yet\s|immediately\s|publicly\s)?claim(?:ed)?\s"
                          r"(?:(?:responsibility|credit)\s(?:for\s)?)?(?:the\s|this\s|that\s|any\s)?(?:[\w\-]+\s){0,2}$")
#: How far before a claim verb its present-perfect auxiliary may start ("has repeatedly claimed").
PERFECT_SPAN = 25
# PERFECT_BEFORE: "has claimed", "have also claimed": what a group has done over a while
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s(?:(?:also|repeatedly|since|\w+ly)\s)?$")
# BY_AFTER: a passive claim's speaker follows ("have been claimed by")
_BY_AFTER = re.compile(r"\sby\s")
#: How far after a plain "said" its disavowal may end ("said late on Tuesday in a written
#: statement that it was not involved").
DISAVOWAL_SPAN = 100
# DISAVOWAL: after a plain "said", the speaker's word that it had no part in an attack; up to
# six words (where and to whom it was said) may stand before its "that" ("told a US paper
# that it had nothing to do with"); or that it was not told of the attack beforehand ("said it
# was not informed of the raid in advance": a part in it denied)
_DISAVOWAL = re.compile(r"(?:(?:\s[\w\-.']+){0,6}?\sthat\b)?(?:\s[\"'\u201c]?(?:that|it|they|he|she|tehran|iran|the\s(?:group|country|movement|faction)|[\w\-]+ly|had|has|have|was|were|"
                        # "said the country played no part in the strike"
                        r"played|plays|"
                        # the speaker's own forces as the subject ("said US forces were not involved",
                        # "said its fighters had no role in")
                        rf"{words(OWN_FORCE_WORDS)}|"
                        r"\"|'|\u201c)){0,5}\s?[\"'\u201c]?(?:nothing\sto\sdo\swith|no\sconnection|no\s(?:role|part|hand)\sin|"
                        # "said it had no link to the strike", "no links with the attackers"
                        r"no\slinks?\s(?:to|with)|"
                        r"no\sinvolvement|not\sinvolved|not\sbehind|not\s(?:informed|notified|consulted)\sof)\b")
# BLAME_DISMISSED: after a plain "said", a blame of the speaker called baseless ("said charges
# that Tehran stood behind the strike were baseless", "said claims of its involvement amounted to lies"):
# a denial; up to six words (where and to whom) before the blame noun
_BLAME_DISMISSED = re.compile(rf"(?:\s[\w\-.']+){{0,6}}?\s(?:that\s)?(?:the\s|any\s|these\s|such\s)?"
                              rf"{words(BLAME_NOUNS)}\s(?:that|of)\s[^.;]{{1,100}}?\b{words(BASELESS_WORDS)}\b")
_BASELESS_KEYS = BASELESS_WORDS
#: How far after a negated attack word the "since" of a lull may stand ("no attacks on the bases
#: in the north since ...": a place and its qualifiers between).
LULL_SPAN = 60
# LULL_AFTER: right after a negated attack, the start of the period it is counted over (no comma
# before it: "no attack, since ..." gives a reason)
_LULL_AFTER = re.compile(rf"[^,.;]{{0,{LULL_SPAN}}}?\bsince\b")
# PERFECT_TOLL: a toll told in the perfect ("have been injured", "had suffered minor injuries"): a
# count that has grown, not one attack's ("were killed in the strikes")
_PERFECT_TOLL = re.compile(r"\b(?:have|has|had)\s(?:been\s)?(?:\w+ly\s)?(?:injured|wounded|killed|hurt|suffered)\b")
# RUNNING_TOLL: what makes a casualty figure one counted over the campaign ("since October 17", "in
# recent weeks", "a total of", "so far", "hurt in the attacks" with no site named)
_RUNNING_TOLL = re.compile(r"\b(?:since|so\sfar|to\sdate|a\stotal\sof|in\srecent\s(?:weeks|months|days)|"
                           r"over\sthe\spast|(?:by|in|from|during|as\sa\sresult\sof)\s(?:the|these|those|such)\s"
                           r"(?:[\w\-]+\s){0,2}attacks)\b")
#: Cues of an attack or its toll: a plain "said" in the next sentence with one reports on it.
_FOLLOW_UP_KINDS = (C.ATTACK_V, C.UNDER_ATTACK, C.KILL, C.WOUND, C.NO_CAS)
# RECALLED_ATTACK: the attack just told, named again by a definite noun in the sentence of a plain
# "said" ("According to two officials, the incident followed a visit"): it reports on that attack
_RECALLED_ATTACK = re.compile(rf"\bthe\s{words(RECALLED_ATTACK_NOUNS)}\b")
# PURSUIT: a hunt for the doers of the attack just told, in the sentence of a plain "said" ("An
# Iraqi minister said his forces are hunting down the culprits", "announced a campaign to find and
# arrest the assailants"): the doers name that attack again, and the statement reports on it
_PURSUIT = re.compile(rf"\b{words(PURSUIT_VERBS)}\s(?:and\s[\w\-]+\s)?(?:the\s|all\s)?{words(PURSUED_DOERS)}\b")

# DOERS_NAMED: who carried out the attack just told, named in a clause of its own with no attack
# word ('"It was plainly staged by a militia," the spokesman said', "said it had been
# launched by Iran-backed militants"; not "the review was carried out by", whose subject is no
# pronoun for the attack)
_DOERS_NAMED = re.compile(rf"\b(?:it|this|that)\s(?:was|had\sbeen|has\sbeen)\s(?:\w+ly\s)?"
                          rf"{words(ATTACKER_PARTICIPLES)}\sby\s")
# SAID_DOERS: right after a plain "said" (past a pronoun subject), that the attack was carried out
# by someone or that someone was behind it ("the strike, which she said was mounted by a
# militia")
_SAID_DOERS = re.compile(rf"\s(?:that\s)?(?:was|were|had\sbeen)\s(?:\w+ly\s)?"
                         rf"(?:{words(ATTACKER_PARTICIPLES)}\sby|behind|responsible\sfor)\s")


#: How far before an attack word its determiner may start ("the weekend rocket ").
DEFINITE_LOOKBACK = 40
# DEFINITE_BEFORE: a definite determiner or a possessive before an attack word, past up to two
# modifiers ("the rocket attack", "Sunday's drone strike")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|[\w\-]+['\u2019]s)\s(?:[\w\-]+\s){0,2}$")

# OWN_OPERATION: in a state's plain "said" right after its strike is told, the strike named again
# as its own operation or action, demonstrative or possessive ('"This limited self-defence
# operation was meant only to protect our people," the minister said', "our response started
# tonight"): it reports on that strike
_OWN_OPERATION = re.compile(r"\b(?:this|today['\u2019]s|tonight['\u2019]s|our)\s(?:[\w\-]+\s){0,2}?"
                            rf"{words(OWN_OPERATION_NOUNS)}\b")

# SELF_AFTER_SAID: right after a plain "said", "it" or "they" as the subject of what is said: the
# speaker itself ("the ministry said it had recalled its ambassador"), not the attack
_SELF_AFTER_SAID = re.compile(r"(?:\s(?:on\s)?\w+day)?,?\s(?:that\s)?(?:it|they)\s")
# PERSON_BEFORE: a person's pronoun right before the verb, past an auxiliary ("he had said"): his
# "it" is no self
_PERSON_BEFORE = re.compile(r"\b(?:he|she)\s(?:\w+\s)?$")
#: How far before a verb PERSON_BEFORE may start.
PERSON_BEFORE_LOOKBACK = 12


def _self_said(f: str, sv: SentenceView, c: Cue) -> bool:
    """Whether the "it" or "they" right after the plain speech verb *c* is its speaker, a body
    ("the US said it had recalled its envoy"), not a person ("he said it hit the garrison"), and
    what the body says it did names no attack or munition ("the ministry said it shot the drone
    down" reports on the drone)."""
    return _SELF_AFTER_SAID.match(f, c.end) is not None and not any(a.start >= c.end for a in sv.anchors) \
        and not any(t.weapon_term is not None and t.start >= c.end for t in sv.toks) \
        and _PERSON_BEFORE.search(f, back_from(sv.s.start, c.start, PERSON_BEFORE_LOOKBACK), c.start) is None


#: How far after "identified" its object's troop word may start ("identified the three Army
#: Reserve soldiers").
IDENTIFIED_DEAD_SPAN = 40
#: The speech verb whose object names the dead of the attack just told.
_IDENTIFYING = "identified"


def _after_answered_vow(f: str, sv: SentenceView, c: Cue) -> bool:
    """Whether every anchor of the sentence that reports no attack is a definite attack that a vow
    before the verb *c* answers, with *c* a statement of its own after the vow ("vowed to respond to
    the attack and blamed Iran", "pledged payback for the strike, which she said was staged
    by ..."): the attack answered is one already told, and the statement is about it."""
    vows = [t for t in sv.ck[C.THREAT] if t.end <= c.start]
    suppressed = [a for a in sv.anchors if a.suppressed is not None]
    return bool(vows) and bool(suppressed) and all(
        a.suppressed == "threat" and any(t.end <= a.left for t in vows) and (
            a.definite
            or _DEFINITE_BEFORE.search(f, back_from(sv.s.start, a.left, DEFINITE_LOOKBACK), a.left) is not None)
        for a in suppressed)


#: How far after a blame verb what it blames for may start ("blamed Kataib Hezbollah for").
BLAMED_FOR_SPAN = 60
# BLAMED_FOR_CAMPAIGN: after a blame verb, "for" or "of" and the campaign or the arming of it, past
# up to three words ("for the wider campaign", "of arming such groups"): not the attack just told
_BLAMED_FOR_CAMPAIGN = re.compile(rf"[^.;]{{0,{BLAMED_FOR_SPAN}}}?\s(?:for|of)\s(?:[\w\-]+\s){{0,3}}?"
                                  rf"{words(CAMPAIGN_OBJECTS)}\b")

# BLAMED_TREND: right after a blame verb, a rise or run of attacks as its object ("blamed the
# sudden spike in drone fire on a militia", "attributed the recent uptick to ..."): what is blamed is
# the campaign's trend, and an attack told after it in the sentence is no object of the blame
_BLAMED_TREND = re.compile(rf"\s(?:the|a|this|that)\s(?:(?:recent|latest|sudden|sharp|current)\s)?"
                           rf"{words(BLAMED_TRENDS)}\b")


# TIME_CLAUSE: a clause of when, opened by "after" or "before" a few words before a plain speech
# verb, its speaker between ("the attack came hours after Washington announced a review of its
# troop presence", "days before the ministry said it would hold talks"): said at another time
# than the attack the sentence reports, of something else.
_TIME_CLAUSE = re.compile(r"\b(?:after|before)\s(?:[\w\-'\u2019.]+\s){1,5}$")
#: How far before its verb the "after" or "before" of such a clause may start.
TIME_CLAUSE_LOOKBACK = 60


def _said_at_another_time(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether the plain speech verb *c* stands in a clause of when after the sentence's attack
    ("The attack came hours after the Pentagon announced new sanctions"): an attack before the
    clause, no attack word after the verb (what is said is about something else)."""
    f = doc.folded
    lo = back_from(sv.s.start, c.start, TIME_CLAUSE_LOOKBACK)
    m = _TIME_CLAUSE.search(f, lo, c.start) if ("after " in f[lo:c.start] or "before " in f[lo:c.start]) else None
    if m is None or "," in f[m.start():c.start]:
        return False
    return any(a.end <= m.start() for a in sv.live) and not any(a.start >= c.end for a in sv.anchors)


#: How far before an attack noun its "similar" or "previous" may start ("a number of previous ").
OTHER_ATTACKS_LOOKBACK = 25
# OTHER_ATTACKS: right before the attack a claim or acknowledgement names, a word that makes them
# attacks of other occasions ("similar attacks", "a number of previous strikes", "earlier raids")
_OTHER_ATTACKS = re.compile(r"\b(?:similar|previous|earlier|prior|past|other)\s(?:[\w\-]+\s)?$")


def stance(doc: Document, sv: SentenceView, st: ArticleState, c: Cue,
            speaker: Actor) -> tuple[str | None, list[Event]]:
    """The stance of *speaker*'s verb *c* and the events it is about (None: no claim)."""
    f = doc.folded
    s, live = sv.s, sv.live
    kind = c.kind
    if kind == C.THREAT:
        return "threat", []
    if kind in (C.CLAIM, C.ACK) and (first := next((a for a in sv.anchors if a.start >= c.end), None)) is not None \
            and not any(a.events for a in sv.anchors if a.start >= c.end) \
            and _OTHER_ATTACKS.search(f, back_from(c.end, first.start, OTHER_ATTACKS_LOOKBACK), first.start):
        # "the group also claimed similar attacks on US forces in Syria", "acknowledged a number of
        # previous strikes": attacks of other occasions, none told here (not where an attack of
        # the text is named after it: "previous strikes, including Monday's drone strike")
        return None, []
    if kind == C.BLAME and _BLAMED_TREND.match(f, c.end):
        return None, []  # "Washington blames the sharp rise in attacks on militias, and its jets struck ...": a trend
    if kind == C.SAY and _SUSPENSION_SAID.match(f, c.end, s.end):
        return None, []  # "the group then announced it would suspend operations": no attack's word
    if kind == C.SAY and _said_at_another_time(doc, sv, c):
        return None, []  # "the attack came hours after Washington announced a review of ...": no word on it
    after = [a for a in live if a.start >= c.end]
    # (the patterns of "did not claim" hold the word "claim": read only where it is)
    if after and kind in (C.SAY, C.CLAIM) and f.find("claim", s.start, after[0].start) >= 0 and all(
            _NOT_CLAIMED.search(f, back_from(s.start, a.start, NOT_CLAIMED_SPAN), a.start) for a in after):
        # "said the group, which has not claimed the strike, rejects ...": the
        # attack is named as one the speaker did not claim
        return None, []
    if kind == C.SAY and ((f.find("no", c.end, min(s.end, c.end + DISAVOWAL_SPAN)) >= 0 and
                          _DISAVOWAL.match(f, c.end, min(s.end, c.end + DISAVOWAL_SPAN))) or
                          (holds_any(f, _BASELESS_KEYS, c.end, min(s.end, c.end + DISAVOWAL_SPAN + 60)) and
                           _BLAME_DISMISSED.match(f, c.end, min(s.end, c.end + DISAVOWAL_SPAN + 60)))):
        # "Tehran says it had 'no link and no hand' in the strike", "the strike, which
        # Tehran said it played no part in": a denial of a part in it
        evs = [e for a in live for e in _named(doc, st, a)]
        return "deny", list(dict.fromkeys(evs or (st.last_events if s.idx - st.last_event_sentence <= 1 else [])))
    if kind in (C.SAY, C.CONFIRM) and (sv.ck[C.WOUND] or sv.ck[C.KILL]) and \
            all(a.plural and not a.sites for a in live) and _PERFECT_TOLL.search(f, s.start, s.end) and \
            _RUNNING_TOLL.search(f, s.start, s.end):
        # "Some 40 soldiers have been hurt in the strikes so far, the Pentagon says", "30 soldiers
        # have been hurt in recent weeks, an official confirmed": a toll of the campaign told in
        # the perfect, a casualty figure, no stance on an attack of the story
        return None, []
    # the events of the anchors after the verb, else of those before it; a trailing attribution
    # ("US forces struck ..., two US officials said, after a drone attack ...") is about the
    # clause before it
    if live and _trailing(doc, sv, c):
        here = [e for a in live if a.end <= c.start for e in _named(doc, st, a)]
    else:
        here = [e for a in live if a.start >= c.end for e in _named(doc, st, a)] if live else []
    if not here and live:
        if kind == C.BLAME and any(a.start >= c.end and not a.events for a in live) \
                and not any(a.end <= c.start and a.end > c.start - BLAME_OBJECT_LOOKBACK for a in live):
            # "bombed depots of factions that Washington blames for attacks on its soldiers": the
            # blame is for the campaign named after the verb, not for the strikes before it
            return None, []
        if kind == C.SAY and any(0 <= a.start - c.end <= SAID_OBJECT_SPAN and a.suppressed in _NOT_ATTACKS_SAID
                                 and "," not in f[c.end:a.start] for a in sv.anchors):
            # "after the drone attack, the group announced a suspension of attacks": what is
            # said is about no attack; the attack before the verb is only its occasion
            return None, []
        here = [e for a in live if a.end <= c.start for e in _named(doc, st, a)]
    if sv.denied_here and not here and kind in (C.DENY, C.SAY):
        if kind == C.SAY and not sv.denied_events and any(
                a.suppressed == "negated" and _LULL_AFTER.match(f, a.end, s.end) for a in sv.anchors):
            # "no rocket fire at the Syrian bases since the ceasefire of May 3, the ministry says":
            # a lull over a period, a count of none, and no attack of the story denied
            return None, []
        return "deny", list(dict.fromkeys(sv.denied_events))
    # a group's vow to press on after deaths is a threat, not an acknowledgement; its word on its
    # own wounded alone admits losses as its word on its dead does ("three were hurt in the raid,
    # according to the PMF")
    own_loss = kind == C.SAY and bool(sv.ck[C.KILL] or sv.ck[C.WOUND]) and not sv.ck[C.THREAT] and (
        _own_loss(f, s.start, s.end) or (
            # "A US strike killed a commander of al-Nujaba, the group said"
            speaker.kind in K.GROUP_KINDS and here and
            all(e.perp is not None and e.perp.side != speaker.side for e in here)))
    # a group that "confirmed" its own dead admits losses as one that said so does ("the group
    # confirmed that two of its members had been killed", "confirmed the deaths of its fighters"); a
    # state's confirmation stays one (below)
    own_loss = own_loss or (kind == C.CONFIRM and speaker.kind in K.GROUP_KINDS and not sv.ck[C.THREAT]
                            and bool(sv.ck[C.KILL] or sv.ck[C.WOUND])
                            and _own_loss(f, c.end, s.end))
    if kind == C.CLAIM and (_SHARE.search(f, c.end, min(s.end, c.end + SHARE_SPAN)) is not None
                            or _BY_AFTER.match(f, c.end) and _SHARE.search(f, s.start, c.start) is not None):
        # "the group has claimed most of those attacks", "Nearly all of the attacks
        # were claimed by the IRI": a summary
        return None, []
    if kind == C.ACK and here and c.text.startswith("acknowledg") and not sv.ck[C.KILL] and not sv.ck[C.WOUND] \
            and not sv.ck[C.NO_CAS] and not _own_loss(f, s.start, s.end):
        # "The Pentagon acknowledged the attack": no losses admitted, the attack confirmed
        return "confirm", list(dict.fromkeys(here))
    if kind == C.ACK and not sv.ck[C.KILL] and not sv.ck[C.WOUND] and not _own_loss(f, c.end, s.end) \
            and any(t.start >= c.end for t in sv.ck[C.THREAT]):
        # "the president acknowledged he had settled on how to respond": what is admitted is a
        # response to come (the threat is the row), no loss of his side
        return None, []
    if kind == C.ACK and _MOURNING_NOUN.search(f, back_from(s.start, c.start, MOURNING_LOOKBACK), c.start) \
            and speaker.kind in K.STATE_KINDS:
        # "the premier declared a three-day mourning for those the US strikes killed": a state's
        # mourning of the dead of an attack, like its condolences, tells that the attack happened
        return ("confirm", list(dict.fromkeys(here))) if here else (None, [])
    if kind == C.ACK or own_loss:
        events = here or _loss_event(st, speaker)
        if not events:
            if kind == C.ACK and _own_loss(f, c.end, s.end) or \
                    own_loss and speaker.kind in K.GROUP_KINDS and (
                        _own_loss(f, c.end, s.end, bare=False) or _PEOPLE_KILLED.search(f, c.end, s.end) is not None):
                # "the group mourned five of its fighters", "Nujaba said one of its fighters has been
                # killed": a group's word on its own dead, no event named (its people named as its
                # own: "more than 10,000 Palestinians have been killed" is no loss of the speaker's)
                return "acknowledge", []
            return None, []
        if kind != C.ACK and speaker.kind in K.STATE_KINDS:
            # "the drone that killed its soldiers was made in Iran, US officials
            # said": a state's plain word on an attack on its forces confirms it (only an
            # admission, "acknowledged", is an acknowledgement)
            return "confirm", events
        return "acknowledge", events
    if not here and kind == C.CLAIM and _PERFECT_BEFORE.search(f, back_from(s.start, c.start, PERFECT_SPAN), c.start) \
            and any(a.start >= c.end and not a.events for a in sv.anchors):
        # "a militia has claimed many rocket and drone attacks on bases
        # housing US forces": attacks of no event, in the present perfect: a summary
        return None, []
    if not here and kind in (C.CLAIM, C.CONFIRM, C.DENY):
        # "the group claimed responsibility for attacking several targets ..., including the
        # vicinity of Tower 22": the site it names is that of an attack the article reported
        here = _at_named_site(sv, st, c)
    elif not here and kind == C.SAY and blast_word().search(f, c.end, s.end) is not None:
        # "the monitor reported hearing blasts near the gas field": blasts heard at the site of an
        # attack the article reported are that attack's
        here = _at_named_site(sv, st, c)
    if not here and kind == C.BLAME and _BLAMED_FOR_CAMPAIGN.match(f, c.end, s.end):
        # "The Pentagon has blamed Kataib Hezbollah for the wider campaign against US troops": the
        # campaign, not the attack just told, is what the group is blamed for
        return None, []
    if not here and kind == C.SAY and not sv.suppressed_here and _PURSUIT.search(f, c.end, s.end) is not None:
        # "The minister said his forces are hunting down the culprits": the doers hunted are those
        # of the latest attack by no state within reach (not a state's strike told in between:
        # "an airstrike destroyed the launcher; the army announced a search for the attackers")
        here = _pursued(st, s.idx)
    if not here:
        # a statement right after an attack is about it (a claim, confirmation or denial
        # within two sentences; a plain "said" in the next sentence if it reports on it)
        # (a vow's answered attack is no other attack: "pledged to answer the strike and blamed
        # Tehran" blames for the attack just told; a plain "said" only where it names the doers)
        doers_said = kind == C.SAY and _SAID_DOERS.match(f, c.end) is not None
        answered = sv.suppressed_here and (kind in (C.BLAME, C.CONFIRM, C.DENY) or doers_said) \
            and _after_answered_vow(f, sv, c)
        if st.last_events and (not sv.suppressed_here or answered) \
                and s.idx - st.last_event_sentence <= FOLLOW_UP_REACH \
                and not _elsewhere(sv, c, st.last_events) and (
                kind in (C.CLAIM, C.CONFIRM, C.DENY, C.BLAME) or (
                    kind == C.SAY and s.idx - st.last_event_sentence == 1 and (
                        any(k.kind in _FOLLOW_UP_KINDS for k in sv.cues)
                        or blast_word().search(f, c.end, s.end) is not None
                        or _RECALLED_ATTACK.search(f, s.start, s.end) is not None
                        # '"It was staged by a militia," the spokesman said': who did it
                        or _DOERS_NAMED.search(f, s.start, s.end) is not None
                        or answered or doers_said
                        # "The Pentagon on Monday identified the three soldiers as ...": the dead
                        # of the attack just told, named by the attacked side
                        or c.text == _IDENTIFYING and any(
                            0 < t.start - c.end <= IDENTIFIED_DEAD_SPAN for t in sv.ck[C.TROOPS])
                        # '"This self-defence operation was meant to protect our people," the
                        # minister said': a state's word on its own strike just told
                        or speaker.kind in K.STATE_KINDS and _OWN_OPERATION.search(f, s.start, s.end) is not None
                        and any(e.perp is not None and e.perp.side == speaker.side for e in st.last_events)
                        # ("it" for the attack, not for the body that speaks, right after its verb:
                        # "the US said it had recalled its envoy"; "he said it hit" is the attack, and
                        # a group's "said it bombarded the facility" its own attack)
                        or pronoun_subject(doc, sv, s.end) in ("it", "they")
                        and (_group_side(speaker) or not _self_said(f, sv, c))
                        # "Kataib Hezbollah said its fighters had carried out the operation": a
                        # group's word that it did what the sentence before told
                        or _group_side(speaker) and says_it_did(doc, sv, c)
                        # "A US official said Kataib Hezbollah was responsible.": who did it
                        or unsaid_attacker(doc, sv) is not None))):
            here = list(st.last_events)
        elif st.last_events and kind == C.SAY and s.idx - st.last_event_sentence == 1 and any(
                not a.events for a in sv.live):
            # "Biden ordered the strikes on the two depots, the Pentagon said": the next sentence
            # names the attack again (an anchor that makes no event of its own): the statement
            # is about the attack just reported, whatever else the sentence goes on to say
            here = list(st.last_events)
        elif kind in (C.CLAIM, C.CONFIRM) and _names_attack_after(sv, c) and (
                kind == C.CONFIRM or speaker.side == K.IRAN_ALIGNED):
            # "the group vowed retaliation and claimed responsibility for several attacks":
            # a statement on attacks this article reports no event of
            return ("claim" if kind == C.CLAIM else "confirm"), []
        elif kind == C.SAY and _group_side(speaker) and says_it_attacked(doc, sv, c):
            # "The group said early Tuesday that it had attacked military targets with three
            # drones": the group's own report of its attack is a claim, of attacks this article
            # reports no event of
            return "claim", []
        elif kind == C.DENY and (_names_attack_after(sv, c) or _PART_DENIED.match(f, c.end)
                                 or blast_word().search(f, c.end, s.end) is not None):
            # "the spokesman denied claims that Iran was behind the attacks on US bases": a
            # denial of attacks this article reports no event of; "officials denied any
            # involvement in the explosion": a denial of a part in a blast told as no attack;
            # "the command denied that it conducted any airstrikes": of strikes it made none of;
            # "CENTCOM denied reports that US forces were behind the blast": of a blast told as no attack
            return "deny", []
        elif kind == C.SAY and (figures := _toll_said(doc, sv, st, c, speaker)) is not None:
            # "The Defense Department says 12 of its soldiers were hurt", the sentences after the
            # attack: a toll of the story told by a state or a source confirms that it happened
            # (about the figure's event, if the casualties stage tied it to one)
            return "confirm", figures
        else:
            return None, []
    dedupe: list[Event] = []
    for e in here:
        if e not in dedupe:
            dedupe.append(e)
    here = dedupe
    if kind == C.CLAIM:
        if speaker.kind not in K.GROUP_KINDS and not (speaker.kind == K.GENERIC and speaker.side == K.IRAN_ALIGNED):
            # "the counter-terrorism service claimed that three drones struck the base", "the
            # Pentagon initially claimed that 21 were hurt": a state's or a source's word confirms
            return "confirm", here
        return "claim", here
    if kind == C.CONFIRM and _group_side(speaker) and all(
            e.perp is None or e.perp.side == speaker.side for e in here):
        # "the group confirmed that it was behind the attacks": the perpetrator side's own word
        # on its attacks is a claim (a group confirming a strike on it stays a confirmation)
        return "claim", here
    if kind in (C.BLAME, C.CONFIRM):
        return "confirm", here
    if kind == C.DENY:
        return "deny", here
    if kind == C.SAY and f.find("claim", c.end, s.end) >= 0 and _DISOWNS.search(f, c.end, s.end):
        return None, []  # "said the group, which did not claim the attack, ...": it disowns, claims nothing
    # a plain "said": the stance follows from who speaks about whose attack
    perp_sides = {e.perp.side for e in here if e.perp is not None and e.perp.kind != K.GENERIC}
    gen_sides = {e.perp.side for e in here if e.perp is not None}
    if speaker.side == K.NEUTRAL or speaker.kind in K.REPORTING_KINDS:
        return "confirm", here
    if speaker.side in perp_sides:
        state = any(e.perp is not None and e.perp.kind in K.STATE_KINDS for e in here)
        return ("confirm" if state or speaker.kind in K.STATE_KINDS else "claim"), here
    if speaker.side in gen_sides or (not gen_sides and speaker.kind not in K.STATE_KINDS
                                     and speaker.side == K.IRAN_ALIGNED):
        return "claim", here
    targets = {e.target for e in here}
    if speaker.kind in K.STATE_KINDS:
        return "confirm", here
    if targets:
        return "confirm", here
    return None, []


def _pursued(st: ArticleState, idx: int) -> list[Event]:
    """The events of the latest sentence within PURSUIT_REACH before sentence *idx* (or in it)
    that tells attacks by no state (nor air strikes, a state's weapon): the attacks whose doers a
    state hunts."""
    fits = [e for e in st.events if 0 <= idx - e.sentence <= PURSUIT_REACH
            and (e.perp is None or e.perp.kind not in K.STATE_KINDS) and e.weapon != K.AIR_STRIKE]
    last = max((e.sentence for e in fits), default=None)
    return [e for e in fits if e.sentence == last]


def _elsewhere(sv: SentenceView, c: Cue, events: list[Event]) -> bool:
    """Whether what a statement that names no attack says is a killing or a strike of its own,
    in a country none of *events* is in ("Tehran was hit overnight. Hours earlier, the army
    said it had killed a commander in Beirut": the statement is about the killing in Lebanon,
    not about the attack just told): a killing or attack verb after the speaker's verb *c*,
    and a place after that verb that names no actor ("Iraqi forces": who acts, not where).
    Only when every event has a country."""
    if any(e.country is None for e in events):
        return False
    act = next((k.end for k in sv.cues if k.kind in _ELSEWHERE_ACTS and k.start >= c.end), None)
    if act is None:
        return False
    countries = {e.country for e in events}
    return any(t.start >= act and t.place is not None and t.actor is None and t.place.country is not None
               and t.place.country not in countries for t in sv.toks)


#: What a statement reports that may have happened elsewhere (see :func:`_elsewhere`).
_ELSEWHERE_ACTS = (C.KILL, C.ATTACK_V)


# DISOWNS: a negated claim after a plain "said" ("said the group, which did not claim the
# attack, would fight on"): the speaker's side disowns the attack, its words claim nothing
_DISOWNS = re.compile(r"\b(?:did|does|has|have|had)\s(?:not|n't)\s(?:\w+ly\s|yet\s)?claim(?:ed)?\b")
#: How far before its verb the comma that sets off a trailing attribution may be ("..., four US
#: officials said,"; ", a Pentagon spokesman told reporters.").
TRAILING_SPAN = 80


def _trailing(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether the verb *c* ends an attribution set off by commas after the clause it reports
    ("US forces struck a site near Kirkuk, the Pentagon said, days after a rocket attack"):
    a live attack before the comma, no attack between the comma and the verb, and none in
    the words after the verb up to the next comma (its own clause)."""
    f = doc.folded
    s = sv.s
    k = last_clause_comma(f, back_from(s.start, c.start, TRAILING_SPAN), c.start)
    if k < 0 or not any(a.end <= k for a in sv.live):
        return False
    nxt = clause_comma(f, c.end, s.end)
    stop = nxt if nxt >= 0 else s.end
    if _OCCASION_AFTER.match(f, c.end, stop):
        stop = c.end  # "..., the faction said a day after US jets hit ...": the strike is when it spoke
    return not any(k < a.start < c.start or c.end <= a.start < stop for a in sv.anchors)


# OCCASION_AFTER: right after a trailing attribution's verb, a clause of when it was said ("...,
# the faction said a day after US jets hit its depots"; "..., CENTCOM said on Friday following a raid"):
# the attacks in it are the statement's occasion, not what it says
_OCCASION_AFTER = re.compile(r"\s(?:(?:on\s|late\s|early\s)?\w+day\s|(?:\w+\s)?(?:hours|days|minutes|shortly|soon|just)\s)?"
                             r"(?:after|following)\b")


def _toll_said(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, speaker: Actor) -> list[Event] | None:
    """The events of the casualty figures a plain speech verb of a state, a neutral body or a
    source reports after it ("the monitor said four more were wounded": [] when the figure has
    no event), or None: no figure, a group's word (its own dead are an acknowledgement), a
    running toll ("45 were hurt in the attacks", "a total of") or a sentence with a tally."""
    if speaker.kind in K.GROUP_KINDS or speaker.kind == K.GENERIC:
        return None
    s = sv.s
    figures = [r for r in st.casualties if r.sentence == s.idx and not r.cumulative and r.start >= c.end]
    if not figures or _RUNNING_TOLL.search(doc.folded, s.start, s.end) is not None \
            or any(a.suppressed == "tally" for a in sv.anchors):
        return None
    return list(dict.fromkeys(r.event for r in figures if r.event is not None))


def _named(doc: Document, st: ArticleState, a: Anchor) -> list[Event]:
    """The events a statement's anchor *a* is about: its own, or, when it names no site or
    country and took one event of a wave reported as one event per place ("US airstrikes in
    Iraq and Syria", then "B-1 bombers hit the sites, the military said"), the whole wave;
    none for an attack that starts a count ("since Hamas attacked Israel")."""
    evs = a.events
    if _SINCE_BEFORE.search(doc.folded, back_from(a.seg_start, a.left, SINCE_LOOKBACK), a.left):
        return []  # "attacked at least 16 times since Hamas attacked Israel on October 7": a tally's start
    if len(evs) == 1 and not a.sites and not a.countries:
        g = evs[0].group
        wave = [e for e in st.events if e.group == g]
        if len(wave) > 1:
            return wave
    return evs


# PART_DENIED: right after a denial verb, the speaker's own part as its object ("denied any
# involvement in the blast", "denied responsibility for the explosion", "denied its role"), or
# its own act ("denied that it conducted any airstrikes", "denied having carried out strikes")
_PART_DENIED = re.compile(r"\s(?:(?:any\s|all\s|its\s|their\s)?(?:involvement|responsibility|role|part)\b|"
                          r"(?:that\s(?:it\s|they\s)?|having\s)?(?:carried\sout|conducted|launched)\s)")


def _group_side(speaker: Actor) -> bool:
    """Whether *speaker* is a group of the attacking side (a named group, or the generic
    "Iran-backed militias"), whose word on its side's attacks claims them."""
    return speaker.kind in K.GROUP_KINDS or (speaker.kind == K.GENERIC and speaker.side == K.IRAN_ALIGNED)


def _names_attack_after(sv: SentenceView, c: Cue) -> bool:
    """Whether an attack is named after the verb *c* of the sentence (for a confirmation,
    anywhere in it: "... after rocket and drone attacks last week, the Pentagon confirmed"),
    as a report of it, a series or an aggregate of attacks (not a hypothetical, a negation or a tally,
    nor a threat unless the threat word comes before *c*: "vowed retaliation and claimed
    several attacks")."""
    threats = sv.ck[C.THREAT]
    anywhere = c.kind == C.CONFIRM
    return any((anywhere or a.start >= c.end)
               and (a.suppressed in (None, "trend", "aggregate")
                    or a.suppressed == "threat" and not any(c.end <= t.start < a.start for t in threats))
               for a in sv.anchors)


#: How far after a statement verb its "it had attacked" may end ("said early Tuesday morning that it had").
SAYS_IT_SPAN = 60
# SAYS_IT: between a statement verb and an attack verb, the speaker itself as the attacker ("said
# (on Tuesday) that it had", "announced that its forces"); no modal or negation ("said it would",
# "said it had not")
_SAYS_IT = re.compile(rf"(?:\s[\w\-]+){{0,4}}?\s(?:that\s)?(?:it|they|{words(OWN_POSSESSIVES)}\s(?:{words(OWN_PEOPLE)}|forces))"
                      r"\s(?:had\s|has\s|have\s)?(?:\w+ly\s)?")


def says_it_attacked(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether the statement verb *c* reports its speaker's own attack right after it ("said
    that it had attacked", "says it has targeted", "announced that its forces attacked")."""
    f = doc.folded
    return any(0 < k.start - c.end <= SAYS_IT_SPAN and _SAYS_IT.fullmatch(f, c.end, k.start)
               for k in sv.ck[C.ATTACK_V])


# RESPONSIBLE_COPULA: the copula of "its fighters were responsible for" (after SAYS_IT)
_RESPONSIBLE_COPULA = re.compile(r"(?:was|were|is|are)\s")
# DONE_OBJECT: the object of the speaker's agent verb names what was just told, definite or a
# pronoun ("carried out the operation", "fired them"); not a count or a campaign ("had carried
# out dozens of operations since October")
_DONE_OBJECT = re.compile(r"\s(?:the|this|that|these|those|it|them|both)\b")


def says_it_did(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether the statement verb *c* reports that its speaker carried out an attack named by
    no attack word of its own ("said its fighters had carried out the operation", "announced
    that its men were responsible for the barrage", "said it fired the rockets"): the speaker
    itself (see SAYS_IT) as the subject of an agent or launch verb right after it, whose object
    names a thing told ("the", "it"; not "dozens of operations").  Not a passive ("said it was
    carried out by ..."): a copula only before "responsible for"."""
    f = doc.folded
    for k in (*sv.ck[C.AGENT], *sv.ck[C.LAUNCH_V]):
        if not 0 < k.start - c.end <= SAYS_IT_SPAN or not _DONE_OBJECT.match(f, k.end):
            continue
        if _SAYS_IT.fullmatch(f, c.end, k.start):
            return True
        if k.text == "responsible for" and (m := _SAYS_IT.match(f, c.end, k.start)) is not None \
                and _RESPONSIBLE_COPULA.fullmatch(f, m.end(), k.start):
            return True
    return False


def _at_named_site(sv: SentenceView, st: ArticleState, c: Cue) -> list[Event]:
    """The latest event at each site (a base, an airport: not a town or a country) named
    after the verb *c* in its sentence."""
    out: list[Event] = []
    for t in sv.toks:
        if t.start < c.end or t.place is None or not t.place.is_site:
            continue
        # (the base or the field it stands at: "the Conoco base" ... "blasts near the Conoco gas field")
        e = next((e for e in reversed(st.events) if e.site is not None and same_site(e.site, t.place)), None)
        if e is not None and e not in out:
            out.append(e)
    return out


def _loss_event(st: ArticleState, speaker: Actor) -> list[Event]:
    """The latest event that killed someone, by another side than *speaker*'s."""
    for e in reversed(st.events):
        if e.perp is not None and e.perp.side != speaker.side and (e.killed or 0) > 0:
            return [e]
    return []
