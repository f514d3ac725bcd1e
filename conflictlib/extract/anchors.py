"""Anchors: the words of a sentence that report an attack.

Five kinds of rule make anchors (each a rule of :mod:`.rules`):

- an attack noun phrase, with the munitions before it: "two drone attacks", "a US air
  strike", "a drone and rocket attack" (``attack-noun``, ``munition-attack-noun``);
- a munition with an attack or launch verb: "four Katyusha rockets were fired at the base"
  is one attack, however many munitions (``munition-verb``); an aim verb after the munition
  too ("two drones headed for the base were destroyed"), but not before a verb of purpose
  ("aimed at deterring") nor after a plan or a supply ("supplied drones aimed at ...");
- an attack verb with a subject: "militants attacked", "the base came under attack", "the
  group said it targeted", "It struck" (``actor-attack-verb``, ``passive-attack-verb``,
  ``speaker-said-it-attacked``, ``pronoun-attack-verb``);
- a munition that killed or wounded: "two guards were wounded by an attack drone"
  (``casualty-by-munition``);
- a killing of a number of people by a named actor: "Hamas operatives killed about 1,200
  people" (``actor-killed-number``).

An attack verb makes no anchor where it reports no attack (:mod:`.verb_uses`: "its commitment
to attacking US forces", "sanctions targeting Kataib Hezbollah", "struck the base, hitting their
targets"), nor a munition's verb after a failure or a plan ("failed to launch").

Then anchors that report no attack are marked ``suppressed``: a photo caption, a trend
("attacks have increased"), a threat, a hypothetical ("any attack would be met"), a
negation, a question, a denial ("denied that any attack took place"); the rules are in
:mod:`.suppress`.  Tallies cancel the anchors they count later (see :mod:`.tallies`).

Reads the sentence view and ``ArticleState.last_group_actor``; writes only the anchors.
"""

from __future__ import annotations

from bisect import bisect_left

import re

from ..lookup import Actor
from ..lookup import kinds as K
from .._numbers import Number
from .._text import back_from, holds_any
from ..lookup.vocab import TREND_NOUNS_IN, key_words, words
from ..lookup.wordclasses import (ATTACKER_VERBS, CLAUSE_OPENERS, CLAUSE_SPEECH_VERBS, DEFINITE_DETERMINERS, GROUP_PLURALS,
                                  EVALUATIVE_NOUNS, INDEFINITE_DETERMINERS, INVOLVEMENT_VERBS, IRREGULAR_PARTICIPLES,
                                  JUDGEMENT_VERBS, KILLING_NOUNS, ONE_TITLE_NOUNS, WAR_THEATRES, CAUSE_OPENERS,
                                  MEANS_INFINITIVES, MEANS_VERBS, NAMED_OPERATIONS, OBJECT_VERBS, OPEN_QUALIFIERS,
                                  OPERATION_VERBS, ORDER_WORDS, OWN_PEOPLE, PASSIVE_AUXILIARIES, PLACE_PREPOSITIONS,
                                  POSTING_VERBS, RELEASE_VERBS, SELF_REFERENCES, SOCIAL_MEDIA, SLAIN_TROOP_NOUNS, SLAIN_TROOP_OWNERS,
                                  ORDINAL_PRONOUNS, STATEMENT_CHANNELS, STATEMENT_MEDIA, STATEMENT_VERBS, SUBJECT_BLOCKERS, UNDERGO_FILLERS, UNDERGO_VERBS,
                                  UNNAMED_ATTACKERS, UNNAMED_GROUP_QUALIFIERS, GROUP_REFERENCES,
                                  UNNAMED_QUALIFIERS, VAGUE_FIGURES, VERB_SUBJECTS)
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .phrases import (COMMA, MOTIVE_OPENER, MOTIVE_OPENER_LOOKBACK, NON_NP_WORDS, NP_GAP, PLURAL_GROUP, SAME_BASE_LOOKBACK,
                      SAME_BASE_SUBJECT, opens_sentence, statement_day)
from .verb_uses import reports_no_attack
from .model import Anchor, AnchorKind as A, Cue, CueKind as C, Tok
from .speakers import military_of, pronoun_subject, speaker_before
from .suppress import suppress

#: The cue kinds that can make an anchor (with weapon words, which always can).
NEEDS: frozenset[str] = frozenset({C.ATTACK_V, C.UNDER_ATTACK, C.KILL})

# Windows, in characters.
MUNITION_TO_VERB = 45      # "four rockets were fired at": a munition, then its verb
VERB_TO_MUNITION = 30      # "launched two drones", "shot down a drone": a verb, then its munition
PASSIVE_LOOKBACK = 30      # "was struck", "had been targeted": the auxiliary before a verb
NP_OWNS_MUNITION = 12      # "an attack with drones": a munition right after its noun phrase
NP_RELATIVE_MUNITION = 40  # "The strikes, which used B-1 bombers, hit ..."
NP_TO_VERB = 40            # "attacks also hit": the verb of a noun phrase before it
TREND_NOUN_GAP = 35        # "Amid a spike in militia attacks, US jets bombed": trend noun to its attack noun
NP_TO_VERB_NO_ACTOR = 30   # ... with no actor between them
SUBJECT_LOOKBACK = 60      # the subject of an attack verb
PASSIVE_SUBJECT_GAP = 40   # the subject of a passive verb stands right before it
# UNNAMED_SUBJECT: right before an active attack verb, attackers the text does not name ("Gunmen
# attacked a base", "unidentified militants have struck the outpost")
_UNNAMED_SUBJECT = re.compile(rf"\b(?:(?:{words(UNNAMED_QUALIFIERS)}\s)?{words(UNNAMED_ATTACKERS)}|"
                              rf"{words(UNNAMED_GROUP_QUALIFIERS)}\s{words(GROUP_PLURALS)})\s"
                              rf"(?:have\s|had\s)?(?:also\s|again\s)?$")
UNNAMED_SUBJECT_LOOKBACK = 45
# ORDINAL_SUBJECT: right before an active attack verb, an ordinal or "the other" as its subject,
# opening the sentence or a clause ("Two attacks hit US bases. The first targeted al-Tanf, while
# the other struck the Conoco field"): one of the attacks just counted (coref splits the count)
_ORDINAL_SUBJECT = re.compile(rf"(?:[,;:]\s|\b(?:while|whereas|and|but)\s)the\s{words(ORDINAL_PRONOUNS)}\s"
                              r"(?:one\s|attack\s|strike\s)?(?:also\s)?$")
ORDINAL_SUBJECT_LOOKBACK = 40
#: "the base hit by a drone attack": an attack noun starting this close after "by" is the agent.
BY_NP_GAP = 12
# ORDINAL_OPENING: the same subject opening the sentence, or "One" ("One targeted the oil field,
# while the other struck Ain al-Asad")
_ORDINAL_OPENING = re.compile(rf"(?:the\s{words(ORDINAL_PRONOUNS)}|one)\s(?:one\s|attack\s|strike\s)?(?:also\s)?")
# HURT_VERBS, HURT_GAP: a verb of harm in the active voice right after its munition ("drones
# wounded", "a rocket also killed"; a timeline's present: "Jan. 28: Drone kills three US
# soldiers at Tower 22"), never a passive of other victims ("two drones were shot down and five
# soldiers were wounded" has its own subject between)
_HURT_VERBS = frozenset({"killed", "wounded", "injured", "hurt", "kills", "wounds", "injures"})
_HURT_GAP = re.compile(r"\s(?:also\s|reportedly\s|have\s|has\s|had\s)?")
# HURT_RELATIVE: a relative clause on a definite munition ("the drone that killed three soldiers
# at Tower 22 was made in Iran"): the attack told before, or one with its place and day; an
# indefinite one ("a drone which killed two sailors came from Iran") is a passing mention
_HURT_RELATIVE = re.compile(r"\s(?:that|which)\s(?:also\s)?")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this)\s(?:(?!(?:a|an|one)\s)[\w\-]+\s)?$")
DEFINITE_LOOKBACK = 25
# PARENTHETICAL: an aside between commas right before a passive verb's auxiliary ("..., located
# in the Syrian desert near the border, was attacked"), or in brackets ("the Harir airport (also
# known as Bashur) was again attacked"): the subject stands before it
# An aside may also be an appositive noun phrase (", a sprawling base in western Iraq,", ", one of
# the largest coalition sites,"), a participle clause (", hosting coalition troops,", ", used by
# US special forces,") or any relative clause (", which host US troops,"); these may hold one
# short bracket (", hosting forces that fight the Islamic State (ISIS),").
_PARENTHETICAL = re.compile(r"(?:,\s(?:located|situated|near|close\sto|home\sto|which\s(?:is|was|hosts|houses)|"
                            r"where|about|some|in)\s[^,;:()]{1,90},"
                            r"|,\s(?:which\s\w+|that\s\w+|an?|the|one\sof|[a-z]+ing|[a-z]+ed\s(?:by|at|in|near|to|for|as))\s"
                            r"(?:[^,;:()]|\([^()\n]{1,20}\)){1,110},"
                            r"|\s\([^()\n]{1,90}\))\s"
                            r"(?:(?:was|were|had\sbeen|has\sbeen|have\sbeen)\s)?(?:again\s)?$")
PARENTHETICAL_LOOKBACK = 130
# WHICH_AUX: a relative pronoun after a comma, then a passive's auxiliary ("Ain al-Asad, which
# was hit by two rockets", "the garrison, which had been targeted twice"): the pronoun stands
# for what is right before its comma
_WHICH_AUX = re.compile(rf",\s(?:which|that)\s(?:(?:\w+ly|also|again)\s)?{words(PASSIVE_AUXILIARIES)}\s"
                        r"(?:(?:\w+ly|also|again)\s)?$")
WHICH_AUX_LOOKBACK = 40
PASSIVE_SITE_AFTER = 60    # "was attacked at al-Tanf"
MUNITION_AGENT_GAP = 20    # "hit by two suicide drones": count and modifiers before the munition
KILL_AFTER_ANCHOR = 60     # "a strike ... killing five": the killing of an anchor already read
KILLER_GAP = 35            # "Hamas operatives killed"
KILL_OBJECT_GAP = 3        # "killed 1,200"
KILL_INSTRUMENT = 60       # "An IED planted by Islamic State militants killed two soldiers"
SLAIN_TO_PLACE = 45        # "the deaths of two US sailors on Friday at the port": the victims, then the place
INSTRUMENT_LOOKBACK = 45   # "hit the base with a swarm of drones"
IN_NP_LOOKBACK = 30        # "its drones hit their targets in two attacks"
NP_LOOKBACK = 45           # determiner, count and modifiers before a noun
INDEF_LOOKBACK = 25        # "a", "two" right before a noun
PREP_ACTOR_LOOKBACK = 16   # "on the American forces": a preposition before an actor
SUMMARY_LOOKBACK = 40     # "has also carried out airstrikes": the verb before a bare plural
PERFECT_LAUNCH_LOOKBACK = 20  # "have also fired": the auxiliary before a launch verb
CASUALTY_TO_MUNITION = 35  # "were wounded by an attack drone"
WHEN_CLAUSE = 40          # "came under attack early Sunday when a missile targeted": the when-clause's munition
WHEN_NP_CLAUSE = 70       # "the attack on the base on Saturday, when it launched ballistic missiles"
NOT_DONE_LOOKBACK = 16     # "failed to be launched"
OPERATION_TO_MUNITION = 70  # "an operation targeting the port of Ashdod with drones": its munition after it
VERB_USE_LOOKBACK = 12     # "urged them to attack", "groups that attack": an attack noun used as a verb
#: A count of attacks this large, or open-ended ("more than five attacks"), sums up a campaign:
#: no event (a tally when it has a "since"; see :mod:`.tallies`).
AGGREGATE_MIN = 10
OPEN_AGGREGATE_MIN = 3

# DET / INDEF: a definite / indefinite determiner and up to three words before the end of a
# window ("the Tower 22 ...", "Sunday's ...", "the U.S. ...").  The possessive repeats cannot give back
# anything that could help the match end at $.  No verb or preposition between them: in "The US
# military conducted air strikes" the determiner is the subject's, and the strikes are new.
_DET = re.compile(
    rf"\b(?<!\w)(?P<det>{words(DEFINITE_DETERMINERS)[3:-1]}|"
    r"(?:\w++(?<=\wday)|[a-z]++)'s)(?:\s(?!" + NON_NP_WORDS + r"\s)[\w\-\"'.]++){0,3}+\s*+$"
)
# VERB_BETWEEN: an attacker verb between a determiner and the noun ("The U.S. launched strikes",
# "the group conducted drone attacks"): the determiner belongs to the subject, not the noun.
# A quotation may open at the verb ('The U.S. "carried out strikes on ..."', folded quotes).
_VERB_BETWEEN = re.compile(rf"\s[\"']?{words(ATTACKER_VERBS)}\s")
_INDEF = re.compile(rf"\b(?<!\w){words(INDEFINITE_DETERMINERS)}(?:\s[\w\-\"'.]++){{0,3}}+\s*+$")
# INDEF_SPEAKER: a speech verb between an indefinite and the noun ("A monitor said the attack",
# "An official says the strike"): the indefinite is the speaker's, and the noun's own determiner
# is the definite one after the verb
_INDEF_SPEAKER = re.compile(rf"\s{words(CLAUSE_SPEECH_VERBS)}\s")
# OPERATION: "operation(s)" after a verb of carrying out, with at most two words between (a
# determiner or count, "military", "joint", "surprise"): "the Houthis carried out two joint
# operations against targets in Haifa", "the fighters executed Operation al-Aqsa Flood".
# The words that follow decide (_OPERATION_TARGET, _OPERATION_NAME); "conducting military
# operations pursuant to ..." and "carried out numerous operations on ..." (no determiner or
# count: a campaign) make no anchor.
_OPERATION = re.compile(rf"\b{words(OPERATION_VERBS)}\s(?P<det>(?:the|an?|its|their|\d+|{words(INDEFINITE_DETERMINERS)})\s)?"
                        r"(?:[a-z\-]+\s){0,2}?(?P<noun>operations?)\b")
# OPERATION_TARGET: the target right after the noun, after the partner it was carried out with
# ("... operations against targets in ...", "two joint operations with the Iraqi group against ships")
# or after a partitive that shares out a count ("three operations, two of which were against
# targets in A and B and one against C")
_OPERATION_TARGET = re.compile(r"(?:,\s(?:one|two|three|four|five|both|all|each)\sof\s(?:which|them)(?:\swere|\swas)?)?"
                               r"\s(?:with\s(?:[\w\-]+\s){1,6}?)?(?:against|targeting|on)\s")
_DEFINITE_DETS = ("the ", "its ", "their ")  # (the determiner group keeps its space)
# CAUSE_OPENER: a word that opens the cause of a clause (CAUSE_OPENERS, "after the base was hit by
# drones"): a munition after it is no instrument of the verb before it
_CAUSE_OPENER = re.compile(rf"\b{words(CAUSE_OPENERS)}\s")
# KILLED_TITLE / KILLED_NAME: right after a killing verb, one person by title ("killed a senior
# Nujaba commander", "assassinated the group's leader", "killed top commanders") or, after
# "assassinated", by name ("assassinated Jane Doe")
_KILLED_TITLE = re.compile(rf"\s(?:(?:a|an|the|its|their|top|senior|[\w\-']+'s)\s)?(?:[\w\-']++\s){{0,4}}?"
                           rf"{words(ONE_TITLE_NOUNS)}s?\b")
_KILLED_NAME = re.compile(r"\s(?:[A-Z][\w\-']+\s){1,3}")
# NP_MODIFIERS: at most two words between a state's name and its munition ("a US armed drone")
_NP_MODIFIERS = re.compile(r"(?:\s[\w\-]+){0,2}\s")
# JUDGED_AS: a judging noun (EVALUATIVE_NOUNS) as what something told before it is called, right
# after "as", a verb of being or amounting to, or a judgement verb and its object ("denounced the
# raids as an act of aggression", "the bombing constituted a terrorist act", "Baghdad called the
# strikes on the town a blatant aggression"): the thing judged is the attack, the noun no other one
_JUDGED_AS = re.compile(rf"(?:\b(?:as|is|was|were|are|constitutes?|constituted|represents?|represented|amounts?\sto|"
                        rf"amounted\sto)\s|\b{words(JUDGEMENT_VERBS)}\s(?:[\w\-']++\s){{1,6}}?)"
                        rf"\"?(?:an?|another|one\smore)\s(?:[\w\-\"']++\s){{0,2}}+\"?$")
JUDGED_AS_LOOKBACK = 70
# JUDGED_TARGET: right after a judging noun, who did it and what it hit ("acts of aggression by
# US forces against the town of ...", "the aggression on ...", "this terrorist act targeting ...")
_JUDGED_TARGET = re.compile(r"(?:\s(?:by|of)\s[^,;:()]{1,40}?)?\s(?:against|on|upon|targeting|in)\s")
JUDGED_TO_PLACE = 80
# JUDGED_IN: a judging noun as what a participle happened in ("were killed in the American
# aggression", "destroyed in a terrorist act by ..."): the place of the clause before it is its place
_JUDGED_IN = re.compile(r"\b\w+(?:ed|en|t)\sin\s(?:an?|the|this|that|a\snew|another)\s(?:[\w\-]++\s){0,2}+$")
JUDGED_IN_LOOKBACK = 50
# INSTRUMENT_BEFORE: "with" or "using" and a few words right before a munition ("with a number of drones")
_INSTRUMENT_BEFORE = re.compile(r"\b(?:with|using)\s(?:[\w\-]+\s){0,3}$")
INSTRUMENT_GAP = 30
# OPERATION_NAME: the name of a known attack right after "Operation" ("Operation al-Aqsa Storm")
_OPERATION_NAME = re.compile(rf"\s(?P<name>{words([n for n, _ in NAMED_OPERATIONS])})\b")
_OPERATION_COUNTRY = dict(NAMED_OPERATIONS)
# DOWNED_BY: "shot down by Israeli fighter jets", "intercepted by coalition aircraft": the
# aircraft after "by" downed the attack's munitions; they made no attack of their own
_DOWNED_BY = re.compile(r"\s(?:\w+ly\s)?by\s")


def _downs_the_one_before(doc: Document, lo: int, c: Cue) -> bool:
    """Whether verb cue *c* downs the munition before it ("US fighter jets shot down two
    drones"): that munition is the defender's; but "two drones were shot down" is passive."""
    return c.text in OBJECT_VERBS and not _PASSIVE.search(doc.folded, back_from(lo, c.start, PASSIVE_LOOKBACK), c.start)


DOWNER_LOOKBACK = 60  # "the Houthis shot down": the shooters before a downing verb


def _downed_aircraft(doc: Document, sv: SentenceView, a: Anchor, verb: Cue) -> None:
    """A downing verb before a munition of a named side ("the Houthis shot down an American
    Reaper over the sea", "Iran-backed fighters downed a US drone"): the aircraft is the
    target, not a weapon; the attack is that of the shooters named before the verb, a side
    that does not strike as a state (ANNOTATION.md codes the shooters' attack, weapon unknown).
    With no shooter named, or when the aircraft is a militia's ("US forces shot down a Houthi
    drone": an interception), it stays a munition of the attack it was part of."""
    owner = a.perp
    assert owner is not None
    if owner.side not in K.STATE_FORCE_SIDES:
        return
    f = doc.folded
    lo = doc.last_break(back_from(sv.s.start, verb.start, DOWNER_LOOKBACK), verb.start,
                        back_from(sv.s.start, verb.start, DOWNER_LOOKBACK))
    shooters = [t for t in sv.actor_toks if lo <= t.start and t.end <= verb.start and t.actor is not None
                and t.actor.kind not in K.REPORTING_KINDS
                and not _PREP_ACTOR.search(f, back_from(lo, t.start, PREP_ACTOR_LOOKBACK), t.start)]
    if not shooters:
        return
    shooter = military_of(doc, shooters[-1].actor)  # type: ignore[arg-type]
    if shooter.side in K.STATE_FORCE_SIDES:
        return
    a.rule, a.perp, a.weapon = R.DOWNED_AIRCRAFT, shooter, K.UNKNOWN_WEAPON


# UNDERGO: right before an attack noun phrase, a verb whose subject undergoes it ("Harir came
# under a rocket attack", "Green Village was the latest target of a drone attack", "the base
# suffered a mortar attack"): the phrase reads as a passive, its subject is the target
_UNDERGO = re.compile(rf"\b(?:{words(UNDERGO_VERBS)}|(?:was|were|is|are|been|became|become|becomes)\s"
                      rf"(?:the\s|a\s)?(?:[\w\-]+\s)?targets?\sof)\s(?:{words(UNDERGO_FILLERS)}\s){{0,3}}$")
UNDERGO_LOOKBACK = 70
#: Every UNDERGO match holds one of these (a window without any holds none).
_UNDERGO_KEYS = key_words(UNDERGO_VERBS) + ("target",)
# TIMELINE_COLON: after a timeline entry's day at the start of its line, the colon ("Oct. 19:
# rockets at Ain al-Asad", "Nov. 12, 2023: two drones toward Harir"); a dash there is a dateline's
_TIMELINE_COLON = re.compile(r"\s?:\s")
# TIMELINE_TARGET: the preposition that names what the entry's munitions were aimed at
_TIMELINE_TARGET = re.compile(r"\s(?:at|on|against|toward|towards|targeting)\s")
TIMELINE_TO_MUNITION = 25  # "Oct. 19: two more rockets at": the day's colon, then the munition
TIMELINE_TO_PLACE = 30     # "rockets at the US base near Harir": the preposition, then the place hit
# TIMELINE_COUNT: the words between the colon and the munition: a count and modifiers
_TIMELINE_COUNT = re.compile(r"(?:[\w\-]+\s){1,3}")


def _timeline_entry(doc: Document, sv: SentenceView, toks: list[Tok], i: int) -> bool:
    """Whether munition token *i* is the attack of a timeline entry with no verb ("Oct. 19:
    rockets at Ain al-Asad Air Base."): a line that opens with a calendar day and a colon, the
    munition right after it and a place after "at", "on" or "toward" (the verb left out, as
    timelines do; the munition alone, as a headline would have it, stays no attack, and so
    does one with no place hit: "Oct. 19: new rules on drones at airports")."""
    s, f = sv.s, doc.folded
    t = toks[i]
    first = toks[min(_joined_before(f, toks, i), default=i)].start
    head = next((d for d in sv.dexprs if d.start == s.start and d.kind == "absolute" and d.precision == "day"), None)
    if head is None or not (m := _TIMELINE_COLON.match(f, head.end)) or first - m.end() > TIMELINE_TO_MUNITION:
        return False
    if not (first == m.end() or _TIMELINE_COUNT.fullmatch(f, m.end(), first) is not None):
        return False
    at = _TIMELINE_TARGET.match(f, t.end)
    return at is not None and any(x.place is not None and 0 <= x.start - at.end() <= TIMELINE_TO_PLACE
                                  and not doc.brk(at.end(), x.start) for x in toks)


def _undergoes(doc: Document, lo: int, toks: list[Tok], i: int) -> bool:
    """Whether munition token *i* (with the munitions joined before it) is what its sentence's
    subject undergoes (UNDERGO: "the garrison was the target of two drones", "the base came
    under rocket fire"): a passive with no attack verb."""
    first = toks[min(_joined_before(doc.folded, toks, i), default=i)].start
    return _UNDERGO.search(doc.folded, back_from(lo, first, UNDERGO_LOOKBACK), first) is not None


# FRONTED_ATTACK: a sentence that opens with the attack it tells ("In an attack on Harir on
# Monday, ...", "During a drone attack on the base, ..."): the words before its noun phrase
_FRONTED_ATTACK = re.compile(r"(?:in|during)\s(?:(?:an?|the|one|another)\s)?")
FRONTED_TO_MUNITION = 60  # ", the Hezbollah Brigades fired": from the comma to the munition
_BY_AGENT = re.compile(r"\s(?:\w+ly\s)?by\s")   # a participle before its agent: "attacked by drones"
# IN_ATTACK: a participle with no auxiliary before "in" or "during" and an attack noun phrase is a
# reduced passive of that attack's target ("the American base hit in a lethal drone attack", "the
# American outpost targeted during Sunday's strike"): the noun phrase is the attack, and the
# words before the participle its target, never its subject (the "US" of "US base" no attacker)
_IN_ATTACK = re.compile(r"\s(?:\w+ly\s)?(?:in|during)(?=\s)")
#: Indefinite determiners that are counts: after a definite one they stay definite ("the three attacks").
_NUMBER_DETERMINERS = frozenset({"two", "three", "four", "five", "several", "multiple"})
# TOLL_SO_FAR: a present perfect before "killed": the toll of a war or campaign so far, no attack
# SLAIN_TROOPS: right after a killing word, a count of the attacked side's troops ("killing of
# four US soldiers", "killed two American sailors", "the deaths of three service members"); the
# count is a number token the caller finds first, so the pattern starts at its end.
_SLAIN_BEFORE_COUNT = re.compile(r"\s(?:of\s)?(?:the\s)?")
_SLAIN_TROOPS = re.compile(rf"\s(?:{words(SLAIN_TROOP_OWNERS)}\s)?{words(SLAIN_TROOP_NOUNS)}\b")
# SLAIN_AT: between the victims and a place, a locative preposition ending the window ("... at a
# base in Jordan", "... on Sunday in Jordan"): where they were killed.
_SLAIN_AT = re.compile(rf"\b{words(PLACE_PREPOSITIONS)}\s(?:the\s)?$")
# SLAIN_BY_GROUPS: right before such a killing, an unnamed militia side as the killer ("the
# militias killed", "accused the groups of killing", "blamed them for the killing of"):
# the generic Iran-backed militias, as for a threat of theirs (claim_speakers)
_SLAIN_BY_GROUPS = re.compile(rf"\b(?:{PLURAL_GROUP}\s(?:\w+ly\s|had\s)?|"
                              rf"(?:accused\s(?:the\s{words(GROUP_PLURALS)}|them)\sof|blamed\s(?:the\s{words(GROUP_PLURALS)}|them)\sfor)\s"
                              r"(?:involvement\sin\s)?(?:the\s)?)$")
SLAIN_BY_LOOKBACK = 50
_TOLL_SO_FAR = re.compile(r"\b(?:has|have)\s(?:(?:now|already|so\sfar|\w+ly)\s)?$")
_PASSIVE = re.compile(rf"(?:^|\s){words(PASSIVE_AUXILIARIES)}\s(?:\w+ly\s|also\s|again\s)?$")
_MUNITION_JOIN = re.compile(r"[\s,]*(?:and|or|/)?[\s,]*(?:and\s)?")   # "drone and rocket"
# COUNTED_JOIN: "and" or "or" between two munitions, the second with its count ("a ballistic
# missile and several rockets were fired", "two drones and a dozen rockets"): the count is said
# after the join, its munition joined to the first (one launch, one attack; ANNOTATION.md).
_COUNTED_JOIN = re.compile(r",?\s(?:and|or)\s")
_COUNT_TO_MUNITION = re.compile(r"\s(?:of\s)?(?:[\w\-]+\s)?")   # "several rockets", "dozens of Katyusha rockets"
_RELATIVE_USE = re.compile(r"\b(?:which|that)\s(?:used|involved|were\scarried\sout\sby|were\sflown\sby)\b")
# SAID_IT: "the group said it attacked", "IRI said that its fighters had targeted"
_SAID_IT = re.compile(
    rf"(?:{words(STATEMENT_VERBS)[3:-1]}|claimed"
    # a post speaks as a statement: "wrote on Telegram that its fighters had struck ..."
    rf"|{words(POSTING_VERBS)[3:-1]}"
    # "published / issued a statement saying it had targeted ...": the statement's verb speaks
    rf"|{words(RELEASE_VERBS)}\s(?:a|an)\s(?:[\w\-]+\s)?statement\ssaying)"
    # its channel: "in a Telegram message", "through a statement", "via a video clip", "in a
    # televised speech", and the day it went out ("in a statement on Sunday that ...")
    rf"(?:\s(?:in|on|via|through)\s(?:a\s|an\s)?(?:[\w\-]+\s){{0,3}}?{words(STATEMENT_MEDIA + SOCIAL_MEDIA + STATEMENT_CHANNELS)}"
    rf"(?:\s(?:on\s)?(?:today|yesterday|[a-z]{{3,6}}day)(?:\s(?:morning|afternoon|evening|night))?)?)?"
    rf"\s(?:that\s)?{words(SELF_REFERENCES)}\s(?:had\s|have\s|has\s)?$")
# SELF_SUBJECT: a speaker's own words for itself as the subject of an attack verb, opening its
# clause or quotation ('"We attacked the base at Harir ...," the group said', "Our fighters struck
# ...", "Its fighters hit ..."); its speaker comes after the clause (SPEAKER_CLOSES); the opening
# is a sentence's start too, not only the text's ("... on Monday. Our fighters struck ...")
# (after "our" any noun is the speaker's own: "Our mujahideen struck ...", "our heroic
# men hit ..."; after "its" or "their" only a noun of OWN_PEOPLE: "their base hit ..." is no self)
_SELF_SUBJECT = re.compile(r'(?:^|(?<=[.!?]\s)|(?<=\n)|"\s?|[,;:]\s"?)'
                           rf'(?:we|our\s[\w\-]+(?:\s[\w\-]+)?|(?:its|their)\s(?:[\w\-]+\s)?{words(OWN_PEOPLE)})'
                           rf'\s(?:have\s|had\s)?(?:also\s)?$')
SELF_SUBJECT_LOOKBACK = 40
# SPEAKER_CLOSES: the name that closes such a clause and speaks: before its verb (', Kataib
# Hezbollah said in a statement', '," the group stated') or after it ('," said the Islamic Resistance')
_CLOSING_BEFORE = re.compile(r'[,"]\s(?:"\s?)?(?:the\s)?$|,"\s(?:the\s)?$')
_CLOSING_VERB = re.compile(rf"\s{words(STATEMENT_VERBS)}\b")
_CLOSING_SAID = re.compile(rf',"?\s"?{words(STATEMENT_VERBS)}\s(?:the\s)?$')
# OPENING_SAID: a statement verb right before the colon that opens such a clause ('Kataib
# Hezbollah said: "We struck the base at al-Tanf"', 'the group said in a statement: we targeted')
_OPENING_SAID = re.compile(rf"\b{words(STATEMENT_VERBS)}(?:\s(?:in|on)\s(?:a|an|its|the)\s[\w\-]+)?$")
OPENING_SAID_LOOKBACK = 40
# INSTRUMENT: the words between an attack verb and its weapon ("hit X with a swarm of drones")
# (not a motive: "struck the depots in reply to a rocket attack" names another attack)
_INSTRUMENT = re.compile(r"(?:^|\s)(?:with|from|using|by|in(?!\s(?:reply|response|retaliation|revenge|return|support|solidarity)\s))"
                         r"\s(?:[\w\-]+\s){0,4}$")
_IN_NP = re.compile(r"\sin\s(?:[\w\-]+\s){0,2}$")
# MILITIA: a militia word that modifies the noun ("militia drone attacks", "a militant rocket
# attack"), not the subject of the clause ("a militia member was killed in the strike")
_MILITIA = re.compile(r"\bmilit(?:ia|ant)[\w\-']*\s(?:[\w\-]+\s){0,2}$")
# AIM_PURPOSE: a verb of purpose after "aimed at" ("rockets aimed at deterring ..."): an aim, not
# the munition's course toward a target; an aim verb makes an anchor only after a munition, as
# the "after" verb of (b) ("three drones headed for the airport were downed")
_AIM_PURPOSE = re.compile(r"\s\w+ing\b")
# AIM_HELD: munitions still in hand before an aim verb ("was preparing rockets aimed at the
# occupiers", "supplied drones aimed at US bases"): a plan or a supply, no launch
_AIM_HELD = re.compile(r"\b(?:prepar|plann|ready|stockpil|buil|develop|acquir|suppl|smuggl|transferr?|stor(?=e|i)|deliver|provid|shipp?)"
                       r"\w{0,4}\s(?:[\w\-]+\s){0,3}$")
AIM_HELD_LOOKBACK = 50
# NOT_DONE: a launch or attack verb after a failure or a plan ("a missile that failed to launch",
# "drones that were about to be launched"): foiled or planned, no attack (ANNOTATION.md)
_NOT_DONE = re.compile(r"\b(?:failed|fail|failing|unable|about|preparing|planning|ready|set)\sto\s(?:be\s)?$")
# VERB_USE: the words right before an attack noun that make it a verb ("to attack", "fighters
# who attack", "they attack"): an order, a purpose or a habit, not a report of one attack.
_VERB_USE = re.compile(rf"(?:^|\s)(?:to|{words(VERB_SUBJECTS)[3:-1]})\s$")
# USED_BEFORE: a munition used, fired or launched right before "to attack" tells an attack made
# with that munition ("the militia had used a ballistic missile to attack US forces", "Kataib
# Hezbollah used drones to attack the base"); a habit ("uses drones to attack") is no such verb,
# and the plural campaign without a site or day is suppressed as elsewhere
USED_LOOKBACK = 45
# (not after a verb of involvement: "the strike involved using drones to target" tells the attack
# just named again, with its weapon)
_USED_BEFORE = re.compile(rf"(?P<involved>{words(INVOLVEMENT_VERBS)}\s)?\b{words(MEANS_VERBS)}\s(?:[\w\-]+\s){{0,3}}$")
_TO_ONLY = re.compile(r"\sto\s")
# MEANS_INFINITIVE: "to target / bomb / shell" after a munition used as its means ("used rockets to
# target the base"): the munition's own attack verb, which is no attack cue as a bare infinitive
_MEANS_INFINITIVE = re.compile(rf"\sto\s{words(MEANS_INFINITIVES)}\b")
# PREP_ACTOR: an actor right after a preposition is no subject ("strikes on American forces"),
# but after "by" it is the agent ("strikes by the Biden administration hit ...").
#: CLAUSE_ACTOR: a clause opener right before an actor (optionally "the"): "since Hamas stormed".
_CLAUSE_ACTOR = re.compile(rf"(?:^|\s){words(CLAUSE_OPENERS)}\s(?:the\s)?$")
_PREP_ACTOR = re.compile(rf"(?:^|\s){words([w for w in SUBJECT_BLOCKERS if w != 'by'])}\s(?:the\s)?$")
# SUMMARY_VERB: a present perfect agent verb with "also" or an adverb right before a bare plural ("has also carried out
# airstrikes targeting ..."): with no date in the sentence, a campaign summed up, not an event
_SUMMARY_VERB = re.compile(rf"(?:^|\s)(?:has|have)\s(?:also|\w+ly)\s{words(ATTACKER_VERBS)}\s$")
# PERFECT_LAUNCH: a present perfect of a launch verb ("have fired", "has also launched").
# Not the perfect infinitive of a claim: "claimed to have fired missiles at the base".
_PERFECT_LAUNCH = re.compile(r"(?<!\bto\s)\b(?:has|have)\s(?:(?:also|\w+ly)\s)?(?:fired|launched)$")
# NP_INSTRUMENT: between an attack noun and a munition after it, "with", "using" or "by" and at
# most four words ("attacks using suicide drones and rockets", "an attack with two drones", "the
# target of an attack by drone").
_NP_INSTRUMENT = re.compile(r"\s(?:with|using|by)\s(?:[\w\-]+\s){0,4}")
# OWNER_BEFORE: an actor named as the owner or user of a thing ("a depot used by the PMF", "a camp
# run by Kataib Hezbollah") describes that thing; it is no killer of the verb that follows.
_OWNER_BEFORE = re.compile(r"\b(?:(?:used|run|operated|controlled|held|manned|occupied|owned)\sby"
                           r"|(?:belonging|affiliated|linked)\sto)\s(?:the\s|[\w\-]+(?:'s|\u2019s)\s)?$")
OWNER_LOOKBACK = 25
# NP_INVOLVES: an attack noun, a few words of its own ("on the airport", "on Monday night"), then
# what the attack was made with: "the attack on Monday night involved a ballistic missile", "an
# attack involving an explosive-laden drone", "the strike was carried out with one armed drone".
# The munition named there is the attack's weapon, not an attack of its own.
_NP_INVOLVES = re.compile(rf"(?:\s[\w\-]+){{0,4}}?\s{words(INVOLVEMENT_VERBS)}\s")
_INVOLVES_KEYS = key_words(INVOLVEMENT_VERBS)  # (a window without one of them holds no such verb)
INVOLVES_SPAN = 90
INVOLVES_TO_MUNITION = 40   # "involved a close-range ballistic missile"
# FOILED_BEFORE: "the prevention of an attack involving three drones targeting the airport": the
# noun is read as foiled, the drones' own verb tells the attack that happened, so both stay.
_FOILED_BEFORE = re.compile(r"\b(?:prevent\w*|foil\w*|thwart\w*|attempt\w*|plann\w*)\s(?:of\s)?(?:an?\s|the\s)?(?:[\w\-]+\s)?$")
FOILED_LOOKBACK = 30  # "the prevention of an ": the foiling word before the noun
# ORDER_BETWEEN: a word that sets another time between an attack noun and a when-clause
# ("the strike came days after the campaign began, when rockets ..."): the munition is not its.
_ORDER_BETWEEN = re.compile(rf"\b(?:{words(ORDER_WORDS)[3:-1]}|since|until)\b")
# CASUALTY_BY: between a killing or wounding word and the munition that did it ("wounded by a
# one-way attack drone", "killed by the rocket")
_CASUALTY_BY = re.compile(r"\s(?:\w+ly\s)?by\s(?:an?\s|the\s)?(?:[\w\-]+\s){0,3}")
_PLACE_MOD_GAP = re.compile(rf"(?:'s)?\s(?:(?!{NON_NP_WORDS}\s)[\w\-]+\s){{0,1}}")   # "the Tower 22 attack" (not "Tower 22 and rockets")
# WHOSE: between an actor and the attack noun it owns through a relative ("Hamas, whose attack").
_WHOSE = re.compile(rf",\swhose\s(?:(?!{NON_NP_WORDS}\s)[\w\-]+\s)?")
# MOD_GAP: between an actor modifier and its noun ("a US air strike", "Kataib Hezbollah's drone attack").
# ("-led": "the Hamas-led attack on Israel", "US-led strikes": the actor leads the attack)
_MOD_GAP = re.compile(rf"(?:-led)?(?:'s?)?\s(?:(?!{NON_NP_WORDS}\s)[\w\-]+\s)?")
# POSSESSIVE_GAP / DATED_MOD_GAP: an attacker in the possessive, then the attack's own day, then
# its noun ("Hamas's Oct. 7 attack", "Kataib Hezbollah's January 28 drone strike"): the day
# between does not part the owner from the attack (only a possessive: "the US on Sunday
# strikes" is no noun phrase)
_POSSESSIVE_GAP = re.compile(r"'s?\s")
_DATED_MOD_GAP = re.compile(rf"\s(?:(?!{NON_NP_WORDS}\s)[\w\-]+\s)?")


def _used_as_means(f: str, lo: int, start: int) -> bool:
    """Whether the munition at *start* follows a verb that uses it as a means (USED_BEFORE)."""
    m = _USED_BEFORE.search(f, lo, start)
    return m is not None and m.group("involved") is None


def _judged_place(doc: Document, sv: SentenceView, noun: Tok) -> bool:
    """Whether a judging noun (EVALUATIVE_NOUNS) is told with the place it hit, right after it and
    outside the wars beyond the story (JUDGED_TARGET: "the American aggression against a PMF site in
    Jurf al-Sakhar"; not "that aggression", "the aggression in the region", "the aggression on Gaza")."""
    f = doc.folded
    if f.startswith("-", noun.end):
        return False  # "an aggression-free time": a word of its own
    m = _JUDGED_TARGET.match(f, noun.end)
    place = None
    if m is not None:
        place = next((t for t in sv.toks if t.place is not None and 0 <= t.start - m.end() <= JUDGED_TO_PLACE), None)
    if place is None and _JUDGED_IN.search(f, back_from(sv.s.start, noun.start, JUDGED_IN_LOOKBACK), noun.start):
        # "the depot in Kirkuk was destroyed in an aggression by US aircraft": the clause's place
        place = next((t for t in sv.toks[::-1]
                      if t.place is not None and 0 <= noun.start - t.end <= JUDGED_TO_PLACE), None)
    if place is None or place.place is None:
        return False
    return not doc.brk(min(noun.end, place.start), max(noun.start, place.end)) \
        and place.place.country not in WAR_THEATRES


def _counted_join(f: str, nums: list[Number], end: int, start: int) -> bool:
    """Whether the munition starting at *start* is joined by "and" or "or" and a count to the
    munition ending at *end* ("a ballistic missile and several rockets"; COUNTED_JOIN)."""
    return any(end < n.start and n.end <= start and _COUNTED_JOIN.fullmatch(f, end, n.start)
               and _COUNT_TO_MUNITION.fullmatch(f, n.end, start) for n in nums)


def _joined_before(f: str, toks: list[Tok], i: int) -> list[int]:
    """The indices, in text order, of the munitions joined right before token *i* ("drone and
    rocket attacks", "ballistic missiles and rockets were fired"): one launch, one attack."""
    joined: list[int] = []
    left = toks[i].start
    j = i - 1
    while j >= 0 and toks[j].weapon_term is not None and toks[j].weapon_term.role == K.MUNITION \
            and _MUNITION_JOIN.fullmatch(f, toks[j].end, left):
        joined.append(j)
        left = toks[j].start
        j -= 1
    return joined[::-1]


def find_anchors(doc: Document, sv: SentenceView, st: ArticleState) -> list[Anchor]:
    """Every anchor of the sentence, each with ``suppressed`` set when it reports no attack."""
    f = doc.folded
    s, toks, nums, ck = sv.s, sv.toks, sv.nums, sv.ck
    anchors: list[Anchor] = []
    wtoks = [(i, t) for i, t in enumerate(toks) if t.weapon_term is not None]
    operation = "operation" in f[s.start:s.end]
    if not wtoks and not ck[C.ATTACK_V] and not ck[C.UNDER_ATTACK] and not ck[C.KILL] and not operation:
        return anchors  # no weapon word, attack verb, killing or operation: no anchor
    used: set[int] = set()
    used_verbs: set[int] = set()
    # (a) attack noun phrases, with the munitions before them
    for i, t in wtoks:
        if t.weapon_term.role not in (K.ATTACK, K.GENERIC_ROLE):
            continue
        if t.key in EVALUATIVE_NOUNS and not _judged_place(doc, sv, t):
            continue  # "as a result of that aggression", "the aggression on Gaza": no attack of the story
        joined = _joined_before(f, toks, i)
        used.update(joined)
        munitions = [toks[j] for j in joined]
        left = munitions[0].start if munitions else t.start
        weapon = munitions[0].weapon_term.weapon if munitions else t.weapon_term.weapon
        if munitions and t.weapon_term.role == K.ATTACK:
            weapon = t.weapon_term.weapon  # "missile and airstrikes": the noun's own weapon
        elif len(munitions) > 1:
            weapon = mixed_weapon({m.weapon_term.weapon for m in munitions})  # type: ignore[union-attr]
        a = Anchor(left, t.end, A.NP, R.ATTACK_NOUN, weapon=weapon, left=left,
                   plural=t.key.endswith("s") and not t.key.endswith("ss"))
        if munitions:
            a.rule = R.MUNITION_ATTACK_NOUN
        np_left(doc, sv, a)
        u_lo = back_from(s.start, a.left, UNDERGO_LOOKBACK)
        if holds_any(f, _UNDERGO_KEYS, u_lo, a.left) and _UNDERGO.search(f, u_lo, a.left):
            a.passive = True  # "the garrison came under a missile attack": the subject is its target
        if t.key in KILLING_NOUNS:
            a.killing = True
            if a.plural and not a.definite and a.count is None:
                a.suppressed = "kind"  # "adorned by assassinations inside Iraq": a practice, no attack
            elif f.startswith(" of ", t.end):
                a.definite = False  # "the assassinations of X in Beirut and Y in Tehran": whom, not which attack before
        if t.key in EVALUATIVE_NOUNS and not munitions:
            if not a.definite and not _INDEF.search(f, back_from(s.start, a.left, INDEF_LOOKBACK), a.left):
                a.suppressed = "kind"  # "US aggression on Iraqi towns must end": a practice judged, no attack
            elif _JUDGED_AS.search(f, back_from(s.start, a.left, JUDGED_AS_LOOKBACK), a.left):
                a.suppressed = "judgement"  # "condemned the strikes as a new aggression": the strikes told
        if not munitions and not a.plural and t.weapon_term.role == K.GENERIC_ROLE and \
                _VERB_USE.search(f, back_from(s.start, left, VERB_USE_LOOKBACK), left):
            m = toks[i - 1] if i else None
            if m is not None and m.weapon_term is not None and m.weapon_term.role == K.MUNITION and \
                    _TO_ONLY.fullmatch(f, m.end, left) and \
                    _used_as_means(f, back_from(s.start, m.start, USED_LOOKBACK), m.start):
                a.weapon = m.weapon_term.weapon  # "used a ballistic missile to attack US forces"
                a.rule = R.MUNITION_ATTACK_NOUN
                a.left = min(a.left, m.start)  # the munition is this anchor's, no other verb's instrument
                used.add(i - 1)
            else:
                a.suppressed = "verb use"  # "urged them to attack US bases": no attack reported
        elif a.plural and a.count is None and not a.definite and not sv.dexprs and \
                _SUMMARY_VERB.search(f, back_from(s.start, a.left, SUMMARY_LOOKBACK), a.left):
            a.suppressed = "campaign"  # "has also carried out airstrikes targeting the Houthis"
        used.add(i)
        anchors.append(a)
    # (a2) operations a verb of carrying out names as attacks
    for op in _OPERATION.finditer(f, s.start, s.end) if operation else ():
        start, end = op.start("noun"), op.end("noun")
        plural = end - start > len("operation")
        name = _OPERATION_NAME.match(f, end) if not plural else None
        if name is None and (op.group("det") is None or not _OPERATION_TARGET.match(f, end)):
            continue  # "conducting military operations pursuant to ...": no attack told
        if f.startswith("claim", op.start()) and op.group("det") in _DEFINITE_DETS:
            continue  # "claimed responsibility for the operation against the base" names again an
            # attack told before (an anchor of its own took the place from it); a count is new
        a = Anchor(start, name.end() if name else end, A.NP, R.OPERATION_NOUN, left=start, plural=plural)
        np_left(doc, sv, a)
        if name is not None:
            a.definite = False  # "the daring Operation al-Aqsa Flood": a name, not an attack told before
            a.named_country = _OPERATION_COUNTRY[name.group("name")]
        for j, t in wtoks:  # its munitions: "an operation targeting the port of Ashdod with drones"
            if j not in used and t.weapon_term.role == K.MUNITION and 0 <= t.start - end <= OPERATION_TO_MUNITION \
                    and not doc.brk(end, t.start) \
                    and _INSTRUMENT_BEFORE.search(f, back_from(end, t.start, INSTRUMENT_GAP), t.start):
                a.weapon = t.weapon_term.weapon
                used.add(j)
                break
        anchors.append(a)
    # (b) munitions with an attack or launch verb (cues are in text order: no sort needed
    # for one kind)
    verb_cues = ck[C.ATTACK_V]
    aims = [c for c in ck[C.AIM_V] if not _AIM_PURPOSE.match(f, c.end)] if ck[C.AIM_V] else []
    # a munition as the subject of a verb of harm right after it ("Drones wounded five US troops
    # at the base", "a rocket killed a contractor"): the munition struck
    hurts = [c for c in ck[C.KILL] + ck[C.WOUND] if c.text in _HURT_VERBS] if ck[C.KILL] or ck[C.WOUND] else []
    if ck[C.LAUNCH_V] or ck[C.UNDER_ATTACK] or aims or hurts:
        verb_cues = sorted(verb_cues + ck[C.LAUNCH_V] + ck[C.UNDER_ATTACK] + aims + hurts, key=lambda c: c.start)
    # (or, with no verb cue, "used drones to target": the infinitive after a means verb)
    # (or a munition its target undergoes: "Harir was the target of a one-way attack drone")
    undergone = {i for i, t in wtoks if t.weapon_term.role == K.MUNITION
                 and _undergoes(doc, s.start, toks, i)} if holds_any(f, _UNDERGO_KEYS, s.start, s.end) else set()
    timeline = {i for i, t in wtoks if t.weapon_term.role == K.MUNITION
                and _timeline_entry(doc, sv, toks, i)} if sv.dexprs and sv.dexprs[0].start == s.start else set()
    # (or a timeline entry's munition with no verb: "Oct. 19: rockets at Ain al-Asad Air Base.")
    means = bool(verb_cues or undergone or timeline) or (
        f.find(" to ", s.start, s.end) >= 0 and _MEANS_INFINITIVE.search(f, s.start, s.end) is not None)
    if not means:
        # no verb cue: no munition is an anchor, but a noun's instrument still names its weapon
        # ("the group claimed an attack with drones against the base")
        for i, t in wtoks:
            if i not in used and t.weapon_term.role == K.MUNITION:
                _instrument_weapon(f, toks, anchors, i)
    for i, t in wtoks:
        if not means:
            break  # a munition is an anchor only with a verb cue near it
        if i in used or t.weapon_term.role != K.MUNITION:
            continue
        after = [c for c in verb_cues if 0 <= c.start - t.end <= MUNITION_TO_VERB and not doc.brk(t.end, c.start)
                 and (c.text not in _HURT_VERBS or c.kind not in (C.KILL, C.WOUND) or _HURT_GAP.fullmatch(f, t.end, c.start)
                      or (_HURT_RELATIVE.fullmatch(f, t.end, c.start)
                          and _DEFINITE_BEFORE.search(f, back_from(s.start, t.start, DEFINITE_LOOKBACK), t.start)))
                 and not _NOT_DONE.search(f, back_from(s.start, c.start, NOT_DONE_LOOKBACK), c.start)  # "failed to launch"
                 and not (c.kind == C.AIM_V and _AIM_HELD.search(f, back_from(s.start, t.start, AIM_HELD_LOOKBACK), t.start))]
        if after and _downs_the_one_before(doc, s.start, after[0]):
            after = []  # "US fighter jets shot down two drones targeting ...": the jets attacked nothing
        before = [c for c in verb_cues if (c.kind == C.LAUNCH_V or c.text in OBJECT_VERBS)
                  and 0 <= t.start - c.end <= VERB_TO_MUNITION and not doc.brk(c.end, t.start)
                  and not (c.text in OBJECT_VERBS and _DOWNED_BY.match(f, c.end, t.start))]
        if not after and not before and i not in undergone and i not in timeline and not (
                _MEANS_INFINITIVE.match(f, t.end)
                and _used_as_means(f, back_from(s.start, t.start, USED_LOOKBACK), t.start)):
            continue  # (nor "used rockets to target the base": the munition's verb as an infinitive)
        # A munition right after an attack noun phrase belongs to it ("attack with drones",
        # "The strikes, which used long-range B-1 bombers, hit ...").
        if any((0 <= t.start - a.end <= NP_OWNS_MUNITION
                and not (a.kind == A.NP and COMMA.search(f, a.end, t.start) and _trend_object(doc, sv, a))) or (
                0 <= t.start - a.end <= NP_RELATIVE_MUNITION and _RELATIVE_USE.search(f, a.end, t.start))
               or (a.kind == A.MUNITION and 0 <= t.start - a.end <= NP_RELATIVE_MUNITION
                   and _counted_join(f, nums, a.end, t.start))  # "a missile and several rockets"
               for a in anchors):
            _instrument_weapon(f, toks, anchors, i)
            continue
        # the munitions joined before it are of the same launch ("ballistic missiles and rockets
        # were launched at the base": a ballistic missile attack, ANNOTATION.md)
        terms = [toks[j].weapon_term for j in _joined_before(f, toks, i)]
        kinds = {t.weapon_term.weapon} | {w.weapon for w in terms if w is not None}
        a = Anchor(t.start, t.end, A.MUNITION, R.MUNITION_VERB, weapon=mixed_weapon(kinds),
                   count=1, left=t.start, plural=False)
        if before and _PASSIVE.search(f, back_from(s.start, before[0].start, PASSIVE_LOOKBACK), before[0].start):
            a.passive = True  # "the base was struck by rockets"
        elif not after and not before and i in undergone:
            a.passive = True  # "the base was the target of two rockets": the subject is its target
        np_left(doc, sv, a, count=False)
        if before and not a.passive and before[0].text in OBJECT_VERBS and a.perp is not None:
            _downed_aircraft(doc, sv, a, before[0])
        first = toks[min(_joined_before(f, toks, i), default=i)]
        if any(n.qualifier == "more than" and n.value >= AGGREGATE_MIN and n.end <= first.start
               and NP_GAP.fullmatch(f, n.end, first.start) for n in nums):
            # "claimed more than 60 rocket and drone launches aimed at US bases": munitions counted
            # in the dozens sum up a campaign (an exact "12 rockets were fired" is one attack)
            a.suppressed = "aggregate"
        if before and not sv.dexprs and t.key.endswith("s") and \
                _PERFECT_LAUNCH.search(f, back_from(s.start, before[0].start, PERFECT_LAUNCH_LOOKBACK), before[0].end) and \
                not any(x.place is not None and x.place.is_site for x in toks):
            # "the militias have fired drones at Israel and at American troops in both
            # countries": a present perfect of launching, plural munitions, no day and no site
            # but countries: the campaign summed up, not an attack
            a.suppressed = "campaign"
        for c in after + before:
            used_verbs.add(id(c))
        anchors.append(a)
        used.add(i)
    # (b2) a munition that killed or wounded: "two guards were wounded by an attack drone"
    # (the casualties say an attack happened)
    cas_cues = ck[C.KILL] + ck[C.WOUND] if ck[C.KILL] or ck[C.WOUND] else []
    for i, t in wtoks if cas_cues else ():
        if i in used or t.weapon_term.role != K.MUNITION or any(a.start <= t.start < a.end for a in anchors):
            continue
        if not any(0 <= t.start - c.end <= CASUALTY_TO_MUNITION and _CASUALTY_BY.fullmatch(f, c.end, t.start)
                   for c in cas_cues):
            continue
        a = Anchor(t.start, t.end, A.MUNITION, R.CASUALTY_BY_MUNITION, weapon=t.weapon_term.weapon,
                   count=1, left=t.start, plural=False)
        np_left(doc, sv, a, count=False)
        anchors.append(a)
        used.add(i)
    # a munition that fires another is one attack: "a drone fired two rockets at the
    # headquarters" is the drone's (the rockets are its instrument)
    launch_cues = ck[C.LAUNCH_V]
    if launch_cues and len(anchors) > 1:
        launched = {i for i, a in enumerate(anchors) if a.kind == A.MUNITION and any(
            b.kind == A.MUNITION and b.end <= a.start and any(
                b.end <= c.start and c.end <= a.start for c in launch_cues)
            and not doc.brk(b.end, a.start) and not COMMA.search(f, b.end, a.start) for b in anchors)}
        if launched:
            anchors = [a for i, a in enumerate(anchors) if i not in launched]
    # (c) attack verbs with a subject
    nps = list(anchors)
    for c in verb_cues:
        if c.kind not in (C.ATTACK_V, C.UNDER_ATTACK) or c.text in OBJECT_VERBS or id(c) in used_verbs:
            continue
        # the verb of a noun phrase or munition before it ("attacks also hit", "drones targeted");
        # with an actor between, the actor is the subject ("In a separate strike, US forces hit")
        host = next((a for a in nps if 0 <= c.start - a.end <= NP_TO_VERB and not doc.brk(a.end, c.start)), None)
        if host is not None and host.kind == A.NP and (
                m_mo := MOTIVE_OPENER.search(f, back_from(s.start, host.left, MOTIVE_OPENER_LOOKBACK), host.left)) \
                is not None and opens_sentence(f, s.start, m_mo.start()) and COMMA.search(f, host.end, c.start):
            host = None  # "In retaliation for a drone attack, US jets struck ...": the motive, not the verb's noun
        if host is not None and host.kind == A.NP and COMMA.search(f, host.end, c.start) and _trend_object(doc, sv, host):
            host = None  # "Amid a spike in militia attacks, US jets bombed ...": the trend's own phrase
        if host is not None:
            # ... but not an actor after a preposition ("strikes on American forces, targeting ...")
            inside = [t for t in sv.actor_toks if host.end <= t.start and t.end <= c.start]
            between = [t for t in inside
                       if not _PREP_ACTOR.search(f, back_from(host.end, t.start, PREP_ACTOR_LOOKBACK), t.start)]
            if between and _CLAUSE_ACTOR.search(f, back_from(host.end, between[0].start, PREP_ACTOR_LOOKBACK),
                                                between[0].start):
                host = None  # "attacks on US bases have grown since Hamas stormed Israel": a clause's own verb
            elif not between and (inside or c.start - host.end <= NP_TO_VERB_NO_ACTOR):
                continue  # the noun phrase's own verb, past its target ("strikes on US forces, targeting")
            if host is not None and between and host.perp is None:
                assert between[-1].actor is not None
                host.perp = military_of(doc, between[-1].actor)
                continue
        if any(a.start <= c.start < a.end for a in anchors):
            continue
        if (c.text.endswith("ed") or c.text in IRREGULAR_PARTICIPLES) and (m_in := _IN_ATTACK.match(f, c.end)) \
                and any(NP_GAP.fullmatch(f, m_in.end(), a.left) for a in nps) \
                and _PASSIVE.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start) is None:
            continue  # "the American base hit in a drone attack": its target (IN_ATTACK)
        if reports_no_attack(doc, sv, c, bool(anchors)):
            continue  # "its commitment to attacking US forces", "imposed sanctions targeting ...",
            # "struck the base, hitting their targets" (verb_uses.py)
        # ("have been targeting" is the active perfect progressive, not a passive)
        aux = _PASSIVE.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start)
        passive = c.kind == C.UNDER_ATTACK or (aux is not None and not (
            c.text.endswith("ing") and "been" in aux.group())) or (
            (c.text.endswith("ed") or c.text in IRREGULAR_PARTICIPLES)
            and _BY_AGENT.match(f, c.end) is not None)  # "US forces, attacked by drones", "troops hit by drones"
        lo = back_from(s.start, c.start, SUBJECT_LOOKBACK)
        lo = doc.last_break(lo, c.start, lo)
        subj = [t for t in toks if lo <= t.start and t.end <= c.start and (t.actor or t.place)]
        if passive:  # the subject of a passive verb stands right before it
            subj = [t for t in subj if c.start - t.end <= PASSIVE_SUBJECT_GAP and not COMMA.search(f, t.end, c.start)]
            rel = None if subj or aux is None else _WHICH_AUX.search(f, back_from(s.start, c.start, WHICH_AUX_LOOKBACK),
                                                                    c.start)
            if rel is not None:
                # "Ain al-Asad, which was hit by two rockets on Tuesday, ...": the place the
                # relative pronoun stands for, right before its comma
                subj = [t for t in toks if t.end <= rel.start() and rel.start() - t.end <= 1 and t.place is not None]
            aside = None if subj else _PARENTHETICAL.search(f, back_from(s.start, c.start, PARENTHETICAL_LOOKBACK), c.start)
            if aside is not None:
                # "The al-Tanf base, located in the desert near the border, was attacked": past
                # an aside between commas
                subj = [t for t in toks if s.start <= t.start and t.end <= aside.start() and (t.actor or t.place)
                        and aside.start() - t.end <= PASSIVE_SUBJECT_GAP and not COMMA.search(f, t.end, aside.start())]
        a = Anchor(c.start, c.end, A.VERB, "", left=c.start, passive=passive, count=1)
        said = _SAID_IT.search(f, s.start, c.start) if not passive else None
        if said is not None:
            spk = speaker_before(doc, sv, said.start())
            author = spk.actor if spk is not None else (
                st.last_group_actor if pronoun_subject(doc, sv, said.start()) else None)
            if author is not None:
                a.rule, a.perp = R.SPEAKER_SAID_IT_ATTACKED, military_of(doc, author)
                anchors.append(a)
                continue
        if not passive and (me := _SELF_SUBJECT.search(f, back_from(s.start, c.start, SELF_SUBJECT_LOOKBACK), c.start)):
            # '"We struck the base at al-Tanf," Kataib Hezbollah said'; 'Kataib Hezbollah said:
            # "We struck the base at al-Tanf"'
            closer = _closing_speaker(doc, sv, c.end) or _opening_speaker(doc, sv, me.start())
            if closer is not None:
                a.rule, a.perp = R.SPEAKER_SAID_IT_ATTACKED, military_of(doc, closer)
                anchors.append(a)
                continue
        # (a participle without an auxiliary only: "officials could not say whether the truck was
        # bombed by jets" names a thing as the subject, and no attack is reported)
        by = _BY_AGENT.match(f, c.end) if passive and not subj and aux is None else None
        # "On Friday the base was attacked again": a definite base noun as the subject names the
        # base just told (coref takes its place, or the attack told there that day)
        base_subject = passive and not subj and SAME_BASE_SUBJECT.search(
            f, back_from(s.start, c.start, SAME_BASE_LOOKBACK), c.start) is not None and not (
            # (not "the base hit by a drone attack": that attack noun's, read already)
            (by_np := _BY_AGENT.match(f, c.end)) is not None and any(
                0 <= x.left - by_np.end() <= BY_NP_GAP for x in nps))
        if base_subject:
            a.rule, a.definite = R.PASSIVE_ATTACK_VERB, True
        elif passive and (subj or any(t.place is not None and t.place.is_site
                                    and 0 <= t.start - c.end <= PASSIVE_SITE_AFTER
                                    and not doc.brk(c.end, t.start) for t in toks) or (
                # "a depot at the base was set ablaze, hit by two drones": a munition as the agent
                # (not an attack noun already read: "hit by a drone attack" is that attack's)
                by is not None and any(t.weapon_term is not None and t.weapon_term.role == K.MUNITION
                                       and 0 <= t.start - by.end() <= MUNITION_AGENT_GAP
                                       and not doc.brk(by.end(), t.start)
                                       and not any(x.left <= t.start < x.end for x in nps) for t in toks))):
            a.rule = R.PASSIVE_ATTACK_VERB
        elif subj and subj[-1].actor is not None and not passive:
            a.rule = R.ACTOR_ATTACK_VERB
        elif not passive and (_ORDINAL_SUBJECT.search(f, back_from(s.start, c.start, ORDINAL_SUBJECT_LOOKBACK), c.start)
                              or _ORDINAL_OPENING.fullmatch(f, s.start, c.start)):
            a.rule, a.anaphoric = R.ORDINAL_ATTACK_VERB, True  # "the second struck Harir"
        elif not passive and _UNNAMED_SUBJECT.search(f, back_from(s.start, c.start, UNNAMED_SUBJECT_LOOKBACK), c.start):
            a.rule = R.ACTOR_ATTACK_VERB  # "Gunmen attacked a US-owned base": attackers the text does not name
        elif (pron := pronoun_subject(doc, sv, c.start)) in ("it", "they") or (
                # "the group struck the base"; not a gerund named as a thing ("the group said two
                # members died in the bombing near Kirkuk")
                pron in GROUP_REFERENCES and not c.text.endswith("ing")):
            a.rule, a.anaphoric = R.PRONOUN_ATTACK_VERB, True
            group = _recent_group(doc, sv, c.start)
            if group is not None:  # "Kataib Hezbollah ... . It struck the Conoco gas field"
                a.rule, a.perp = R.PRONOUN_GROUP_ATTACK_VERB, military_of(doc, group)
        else:
            continue
        anchors.append(a)
    after_verbs = len(anchors)  # (the anchors (c) made, all verbs, end here)
    # (d) killings by a named actor: "Hamas operatives killed about 1,200 people"
    for c in ck[C.KILL]:
        if c.text not in ("killed", "killing", "kills"):
            continue
        if any(0 <= c.start - a.end <= KILL_AFTER_ANCHOR for a in anchors):
            continue
        if _PASSIVE.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start):
            continue
        if _TOLL_SO_FAR.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start):
            continue  # "Israel's offensive on Gaza has killed more than 20,000 people": a war's toll so far
        # not the one who accuses ("Washington accused the groups of killing three soldiers")
        subj = [t for t in sv.actor_toks if 0 <= c.start - t.end <= KILLER_GAP
                and not COMMA.search(f, t.end, c.start)
                and (t.actor is None or t.actor.kind not in K.REPORTING_KINDS)  # a source
                # speaks of the dead, never kills ("a siege that health officials say has killed 9,000")
                and not any(t.end <= k.start < c.start for k in ck[C.BLAME])]
        obj = [n for n in nums if 0 <= n.start - c.end <= KILL_OBJECT_GAP and not n.ordinal]
        if not subj or not obj:
            continue
        if any(t.weapon_term is not None and subj[-1].end <= t.start and t.end <= c.start for t in toks):
            continue  # "The United States said the drone that killed three soldiers ...": the drone killed
        if _OWNER_BEFORE.search(f, max(s.start, subj[-1].start - OWNER_LOOKBACK), subj[-1].start):
            continue  # "a blast at a depot used by the PMF killed one": the depot's owner killed no one
        assert subj[-1].actor is not None
        a = Anchor(subj[-1].start, c.end, A.KILL, R.ACTOR_KILLED_NUMBER, left=subj[-1].start,
                   count=1, perp=military_of(doc, subj[-1].actor))
        inst = [t for t in toks if t.weapon_term is not None and 0 <= c.start - t.end <= KILL_INSTRUMENT
                and not doc.brk(t.end, c.start)]
        if inst:  # "An IED planted by Islamic State militants killed two soldiers"
            a.weapon = inst[-1].weapon_term.weapon
            a.left = a.start = min(a.start, inst[-1].start)
        anchors.append(a)
    # (d2) a state's targeted killing of one person, told by the killing verb with the victim's title
    # or name: "the United States assassinated a Nujaba commander in Baghdad", "a US drone killed
    # the group's leader on Thursday"; with a place or a day in the sentence after the verb only (a
    # killing named in passing, "Washington killed its leader", tells no attack)
    for c in ck[C.KILL]:
        if c.text not in ("killed", "assassinated") or any(a.start <= c.start < a.end + KILL_AFTER_ANCHOR for a in anchors):
            continue
        if _PASSIVE.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start) or \
                _TOLL_SO_FAR.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start):
            continue
        subj = [t for t in sv.actor_toks if 0 <= c.start - t.end <= KILLER_GAP and not COMMA.search(f, t.end, c.start)
                and t.actor is not None and t.actor.kind in K.STATE_KINDS
                and not any(t.end <= k.start < c.start for k in ck[C.BLAME])]
        victim = _KILLED_TITLE.match(f, c.end, s.end) or \
            (_KILLED_NAME.match(doc.text, c.end, s.end) if c.text == "assassinated" else None)
        if not subj or victim is None or any(c.end <= n.start < victim.end() for n in nums):
            continue  # (a count of victims is the killing of a number, above)
        inst = [t for t in toks if t.weapon_term is not None and subj[-1].end <= t.start and t.end <= c.start]
        if inst and not (_NP_MODIFIERS.fullmatch(f, subj[-1].end, inst[-1].start) and f[inst[-1].end:c.start].isspace()):
            continue  # "Washington found that a drone which killed two sailors ...": the drone killed
        if not any(t.place is not None and t.start > c.end for t in toks) and \
                not any(d.start > c.end and d.date is not None for d in sv.dexprs):
            continue
        assert subj[-1].actor is not None
        a = Anchor(subj[-1].start, c.end, A.KILL, R.STATE_KILLED_PERSON, left=subj[-1].start, count=1,
                   perp=military_of(doc, subj[-1].actor), weapon=K.AIR_STRIKE)
        if inst:  # "a US drone killed ..."
            a.weapon = inst[-1].weapon_term.weapon
        anchors.append(a)
    # (e) a counted number of the attacked side's troops killed at a place, with no attack word
    # for it: "the militia was blamed for the killing of four US soldiers at a base in Jordan",
    # "the deaths of two American sailors on Friday at the port"
    for c in ck[C.KILL]:
        if c.text not in ("killed", "killing", "death of", "deaths") or (c.text == "deaths" and not f.startswith(" of", c.end)):
            continue
        if any(0 <= c.start - a.end <= KILL_AFTER_ANCHOR or a.start <= c.start < a.end for a in anchors):
            continue  # "a drone attack ... killing three soldiers": that attack's toll
        if _PASSIVE.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start) or \
                _TOLL_SO_FAR.search(f, back_from(s.start, c.start, PASSIVE_LOOKBACK), c.start):
            continue  # "has killed three soldiers since October": a toll so far, no one attack
        gap = c.end + 3 if c.text == "deaths" else c.end
        count = next((n for n in nums if not n.ordinal and 0 <= n.start - gap <= 8
                      and _SLAIN_BEFORE_COUNT.fullmatch(f, gap, n.start)), None)
        troops = _SLAIN_TROOPS.match(f, count.end) if count is not None else None
        if troops is None:
            continue
        if any(a.start <= troops.end() + KILL_AFTER_ANCHOR and a.start >= troops.end() for a in anchors):
            continue  # "killing three soldiers in a drone attack on the base": the attack's own anchor
        if any(t.weapon_term is not None and 0 <= c.start - t.end <= KILL_INSTRUMENT and not doc.brk(t.end, c.start)
               for t in toks):
            continue  # "a commander linked to the drone that killed two US sailors at the port": a
            # munition named again as the cause of deaths (a second row of one attack)
        place = next((t for t in toks if t.place is not None and 0 <= t.start - troops.end() <= SLAIN_TO_PLACE
                      and not doc.brk(troops.end(), t.start)
                      and _SLAIN_AT.search(f, max(troops.end(), t.start - 12), t.start)), None)
        if place is None:
            continue  # with no place, a killing named in passing (the gold keeps it only with a place)
        # (a killing, not an attack verb: no attacker or weapon from the clause around it, where
        # "the US vowed a response to the deaths of ..." names the side that lost them)
        a = Anchor(c.start, troops.end(), A.KILL, R.TROOPS_KILLED_AT, left=c.start, count=1)
        a.definite = f.endswith(("the ", "their ", "its "), back_from(s.start, c.start, 6), c.start)
        if _SLAIN_BY_GROUPS.search(f, back_from(s.start, c.start, SLAIN_BY_LOOKBACK), c.start):
            a.perp = doc.g.actor_by_name.get(K.BACKED_MILITIAS.format("Iran"))
        anchors.append(a)
    anchors = _merge_instruments(doc, sv, anchors, anchors[len(nps):after_verbs])
    if not anchors:
        return anchors
    suppress(doc, sv, anchors, told=bool(st.events))
    return anchors



def _closing_speaker(doc: Document, sv: SentenceView, pos: int) -> Actor | None:
    """The actor that closes the clause after *pos* as its speaker ('..., Kataib Hezbollah said',
    '," said the group'), or None."""
    f = doc.folded
    for t in sv.actor_toks:
        if t.start <= pos or t.actor is None:
            continue
        lo = back_from(pos, t.start, 12)
        if (_CLOSING_BEFORE.search(f, lo, t.start) and _CLOSING_VERB.match(f, t.end)) or \
                _CLOSING_SAID.search(f, back_from(pos, t.start, 16), t.start):
            return t.actor
    return None


def _opening_speaker(doc: Document, sv: SentenceView, colon: int) -> Actor | None:
    """The actor that speaks the clause opened by the colon at *colon* ('Kataib Hezbollah said:
    "We ..."'), or None."""
    f = doc.folded
    if not f.startswith(":", colon):
        return None
    m = _OPENING_SAID.search(f, back_from(sv.s.start, colon, OPENING_SAID_LOOKBACK), colon)
    spk = speaker_before(doc, sv, m.start()) if m is not None else None
    return spk.actor if spk is not None else None


def _recent_group(doc: Document, sv: SentenceView, pos: int) -> Actor | None:
    """The armed group that a pronoun subject at *pos* stands for: the last group named
    before it in this sentence or in the one before (none further back)."""
    s = sv.s
    for t in sv.toks[::-1]:
        if t.end <= pos and t.actor is not None and t.actor.kind in K.GROUP_KINDS:
            return t.actor
    if s.idx > 0:
        for t in doc.s_toks[s.idx - 1][::-1]:
            if t.actor is not None and t.actor.kind in K.GROUP_KINDS:
                return t.actor
    return None


def _trend_object(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether noun phrase *a* is what a trend noun before it counts ("Amid a spike in militia
    attacks, ...", "the latest sign of an escalation in attacks, ..."): a phrase of its own, which
    neither owns the munition nor is the subject of the verb after its comma."""
    return any(0 <= a.left - t.end <= TREND_NOUN_GAP and t.text in TREND_NOUNS_IN and not doc.brk(t.end, a.left)
               for t in sv.ck[C.TREND])


def _merge_instruments(doc: Document, sv: SentenceView, anchors: list[Anchor],
                       verbs: list[Anchor]) -> list[Anchor]:
    """Drop the noun and munition anchors that belong to a verb anchor.

    An attack noun inside "came under attack" is that verb's; a weapon after "with / from /
    by" is the instrument of the verb before it ("hit Ain al-Asad with a swarm of drones");
    a munition before "in two attacks" belongs to those attacks.
    """
    f = doc.folded
    toks = sv.toks
    drop: set[int] = set()
    for v in verbs:
        for i, a in enumerate(anchors):
            if a.kind in (A.NP, A.MUNITION) and v.start <= a.start and a.end <= v.end:
                drop.add(i)  # "came under rocket fire": the verb takes the noun's weapon
                if v.weapon == K.UNKNOWN_WEAPON:
                    v.weapon = a.weapon
        nxt = min([a.left for a in anchors if a.left > v.end and a.kind == A.VERB] + [sv.s.end])
        for t in toks:
            if t.weapon_term is None or not (v.end <= t.start < nxt):
                continue
            if doc.brk(v.end, t.start) or not _INSTRUMENT.search(f, back_from(v.end, t.start, INSTRUMENT_LOOKBACK), t.start):
                continue
            if any(a.kind == A.NP and a.left <= t.start < a.start for a in anchors):
                break  # "after the militia had used a ballistic missile to attack ...": that attack's munition
            if _CAUSE_OPENER.search(f, v.end, t.start):
                break  # "struck a depot after the base had been targeted by drones": the cause's munitions
            if v.weapon == K.UNKNOWN_WEAPON and t.weapon_term.weapon != K.UNKNOWN_WEAPON:
                v.weapon = t.weapon_term.weapon
            for i, a in enumerate(anchors):
                if a.kind in (A.NP, A.MUNITION) and a.start <= t.start < a.end:
                    drop.add(i)
            break
    for v in verbs:  # "forces came under attack when rockets targeted the base": one attack, told by the verb
        if v.passive:
            for i, a in enumerate(anchors):
                if a.kind == A.MUNITION and 0 <= a.left - v.end <= WHEN_CLAUSE and not doc.brk(v.end, a.left) \
                        and f.find(" when ", v.end, a.left) >= 0:
                    drop.add(i)
    for n in anchors:
        # "the attack on the airport involved two drones": the noun's weapon, one attack
        # (one attack: "the attacks have involved drones and rockets" sums up a campaign)
        if n.kind != A.NP or n.plural or n.weapon != K.UNKNOWN_WEAPON or \
                not holds_any(f, _INVOLVES_KEYS, n.end, n.end + INVOLVES_SPAN):
            continue
        m = _NP_INVOLVES.match(f, n.end, min(sv.s.end, n.end + INVOLVES_SPAN))
        if m is None or _FOILED_BEFORE.search(f, back_from(sv.s.start, n.left, FOILED_LOOKBACK), n.left):
            continue
        used = [t for t in toks if t.weapon_term is not None and t.weapon_term.role == K.MUNITION
                and 0 <= t.start - m.end() <= INVOLVES_TO_MUNITION and not doc.brk(m.end(), t.start)]
        if not used:
            continue
        n.weapon = mixed_weapon({t.weapon_term.weapon for t in used if t.weapon_term is not None})
        for k, mu in enumerate(anchors):
            if mu.kind == A.MUNITION and any(mu.left <= t.start <= mu.end for t in used):
                drop.add(k)
    # (a noun's instruments and its when-clause are munitions: with none named, nothing to merge)
    if any(a.kind == A.MUNITION for a in anchors):
        for n in anchors:
            # "attacks using suicide drones and rockets hit two bases on Monday": the
            # munitions after "with / using" are the noun's instruments, not attacks of their own
            if n.kind != A.NP:
                continue
            for k, mu in enumerate(anchors):
                if mu.kind == A.MUNITION and k not in drop and mu.left > n.end and \
                        _NP_INSTRUMENT.fullmatch(f, n.end, mu.left):
                    drop.add(k)
                    if n.weapon == K.UNKNOWN_WEAPON:  # "drones and rockets": one class or unknown
                        n.weapon = mixed_weapon({t.weapon_term.weapon for t in toks if t.weapon_term is not None
                                                 and t.weapon_term.role == K.MUNITION and n.end <= t.start < mu.end})
        for n in anchors:
            # "the attack occurred on January 20, when ballistic missiles were launched at the base":
            # the when-clause tells how the one attack named before it was made (its munitions),
            # as after "came under attack" above.  The munition must be the next anchor, with no
            # word of order between ("the attack came weeks after the campaign began, when ...").
            if n.kind != A.NP or n.plural or (n.count or 1) > 1 \
                    or f.find(" when ", n.end, n.end + WHEN_NP_CLAUSE) < 0:
                continue
            later = [(a.left, i) for i, a in enumerate(anchors) if a.left >= n.end and i not in drop]
            if not later:
                continue
            left, k = min(later)
            mu = anchors[k]
            if mu.kind == A.MUNITION and left - n.end <= WHEN_NP_CLAUSE and not doc.brk(n.end, left) \
                    and (w := f.find(" when ", n.end, left)) >= 0 and not _ORDER_BETWEEN.search(f, n.end, w):
                drop.add(k)
                if n.weapon == K.UNKNOWN_WEAPON:
                    n.weapon = mu.weapon
    for i, mu in enumerate(anchors):  # "its drones hit their targets in two attacks, one on ..."
        if mu.kind == A.MUNITION and i not in drop:
            for n in anchors:
                if n.kind == A.NP and n.left > mu.end and n.count and n.count > 1 and \
                        _IN_NP.search(f, back_from(mu.end, n.left, IN_NP_LOOKBACK), n.left) and \
                        not doc.brk(mu.end, n.left):
                    if n.weapon == K.UNKNOWN_WEAPON:
                        n.weapon = mu.weapon
                    drop.add(i)
                    break
    # "In an attack on Ain al-Asad on Monday, Kataib Hezbollah fired five rockets": the fronted
    # phrase names the attack, the main clause after its comma tells its munitions and its doer
    head = anchors[0] if anchors else None
    if head is not None and head.kind == A.NP and not head.plural and (head.count or 1) == 1 and \
            _FRONTED_ATTACK.fullmatch(f, sv.s.start, head.left) and (c := f.find(", ", head.end, sv.s.end)) >= 0:
        later = [(a.left, i) for i, a in enumerate(anchors) if a.left > c and i not in drop]
        if later:
            left, k = min(later)
            mu = anchors[k]
            if mu.kind == A.MUNITION and not mu.passive and left - c <= FRONTED_TO_MUNITION and not doc.brk(c + 1, left):
                drop.add(k)
                if head.weapon == K.UNKNOWN_WEAPON:
                    head.weapon = mu.weapon
                doers = [t for t in sv.actor_toks if c < t.start and t.end <= left and t.actor is not None
                         and t.actor.kind not in K.REPORTING_KINDS and t.actor.kind != K.OFFICIAL]
                if head.perp is None and doers and doers[-1].actor is not None:
                    head.perp = military_of(doc, doers[-1].actor)
    if drop:
        return [a for i, a in enumerate(anchors) if i not in drop]
    return anchors


def _instrument_weapon(f: str, toks: list[Tok], anchors: list[Anchor], i: int) -> None:
    """An attack noun with no weapon right before munition *i* as its instrument takes its
    weapon: "an attack using two drones targeted ...", "an attack with drones and rockets"
    (the munitions joined after it too: mixed)."""
    t = toks[i]
    for a in anchors:
        if a.kind == A.NP and a.weapon == K.UNKNOWN_WEAPON and 0 <= t.start - a.end <= NP_OWNS_MUNITION \
                and _NP_INSTRUMENT.fullmatch(f, a.end, t.start):
            kinds = {t.weapon_term.weapon}
            k = i + 1
            while k < len(toks) and (w := toks[k].weapon_term) is not None and w.role == K.MUNITION \
                    and _MUNITION_JOIN.fullmatch(f, toks[k - 1].end, toks[k].start):
                kinds.add(w.weapon)
                k += 1
            a.weapon = mixed_weapon(kinds)


def mixed_weapon(classes: set[str]) -> str:
    """The weapon of one attack named with several munitions ("rocket and drone attacks"):
    their one class, a ballistic missile among them (ANNOTATION.md: a barrage of ballistic
    missiles and rockets is a ballistic missile attack), else unknown."""
    if len(classes) == 1:
        return next(iter(classes))
    if K.BALLISTIC_MISSILE in classes:
        return K.BALLISTIC_MISSILE
    return K.UNKNOWN_WEAPON


def np_left(doc: Document, sv: SentenceView, a: Anchor, count: bool = True) -> None:
    """Read the determiner, count, actor modifier and site modifier in the words before a
    noun phrase ("the three US strikes", "Sunday's drone attack", "the Tower 22 attack")."""
    f = doc.folded
    left = a.left
    lo = back_from(sv.s.start, left, NP_LOOKBACK)
    i = bisect_left(doc.puncts, left) - 1
    # the last punctuation mark that is not inside a name or a date ("U.S. strikes", "The
    # Oct. 18 attack")
    while i >= 0 and doc.puncts[i] >= lo and _inside_name(sv, doc.puncts[i]):
        i -= 1
    if i >= 0 and doc.puncts[i] >= lo:
        lo = doc.puncts[i] + 1  # after the last punctuation mark
    if "milit" in f[lo:left] and _MILITIA.search(f, lo, left):
        a.side_hint = K.IRAN_ALIGNED  # "militia drone attacks"
    # definite unless an indefinite determiner comes after the definite one: "the last three
    # attacks" is definite, "the base was hit in a drone attack" is not
    det = _DET.search(f, lo, left)
    if det is not None and _VERB_BETWEEN.search(f, det.end("det"), left):
        det = None  # "The U.S. carried out airstrikes": the determiner is the subject's
    indef = _INDEF.search(f, back_from(lo, left, INDEF_LOOKBACK), left) if det is not None else None
    if indef is not None and det is not None and indef.start() < det.start() and \
            _INDEF_SPEAKER.search(f, indef.start(), det.start() + 1):
        indef = None  # "A monitor said the attack ...": the attack told before
    a.definite = det is not None and (indef is None or (
        det.start() < indef.start() and det.group("det") != "that"  # "said that three drones": no determiner
        and f[indef.start():indef.end()].split()[0] in _NUMBER_DETERMINERS))
    if count:
        for n in sv.nums:
            if lo <= n.start and n.end <= left and not n.ordinal and NP_GAP.fullmatch(f, n.end, left):
                a.count = n.value
                a.plural = a.plural or n.value > 1
                if a.kind == A.NP and n.value < AGGREGATE_MIN and sv.dexprs and f[n.num_start:n.end] in VAGUE_FIGURES:
                    a.count = None  # "several drones hit bases in Hasakah on Monday": a set of that day
                elif a.kind == A.NP and n.value < AGGREGATE_MIN and f[n.num_start:n.end] in VAGUE_FIGURES \
                        and _lists_sites(doc, sv, a):
                    a.count = None  # "several attacks targeting Ain al-Asad, Harir and ...": one per place
                elif a.kind == A.NP and n.value >= AGGREGATE_MIN and n.qualifier not in OPEN_QUALIFIERS \
                        and _day_of_its_own(doc, sv):
                    pass  # "launched 10 new attacks on US targets on Friday": that day's attacks, one entry
                elif a.kind == A.NP and (n.value >= AGGREGATE_MIN or (
                        n.qualifier in OPEN_QUALIFIERS and n.value >= OPEN_AGGREGATE_MIN)):
                    a.suppressed = "aggregate"  # "more than 160 attacks": a campaign, not events
    # an actor right before the noun: "a US air strike", "Kataib Hezbollah's drone attack"
    mod = None  # the last such actor
    for t in sv.actor_toks:
        if lo <= t.start and t.end <= left and _MOD_GAP.fullmatch(f, t.end, left) \
                and f[t.end:left].strip() not in OBJECT_VERBS:
            mod = t  # (not "US troops intercepted drones": the defenders downed the munitions)
    if mod is None and sv.actor_toks:
        for d in sv.dexprs:
            if lo <= d.start and d.end <= left and _DATED_MOD_GAP.fullmatch(f, d.end, left):
                mod = next((t for t in sv.actor_toks if lo <= t.start and t.end <= d.start
                            and _POSSESSIVE_GAP.fullmatch(f, t.end, d.start)), mod)
    if mod is None and sv.actor_toks and "whose" in f[sv.actor_toks[0].end:left]:
        # "Hamas, whose assault on Israeli towns ...": the actor the possessive relative stands for
        mod = next((t for t in sv.actor_toks if t.end <= left and _WHOSE.fullmatch(f, t.end, left)), None)
    if mod is not None:
        assert mod.actor is not None
        a.perp = military_of(doc, mod.actor)
    for t in sv.toks:
        if lo <= t.start and t.end <= left and t.place is not None and t.place.is_site and \
                _PLACE_MOD_GAP.fullmatch(f, t.end, left):
            if f.startswith("'s", t.end) and _striking_state(doc, t.place.country):
                continue  # "Tel Aviv's attacks on Gaza": the city stands for the state that strikes
            a.sites.append(t.place)
    if a.kind == A.NP and a.count is None and not a.plural:
        a.count = 1


#: How many named sites after a vague count of attacks make it a list of the places hit.
LISTED_SITES_MIN = 2
#: SINCE: a count since a date sums up the campaign ("several attacks since October on A and B").
_SINCE = re.compile(r"\bsince\b")
#: SPAN: a word that opens a span of time ("since October", "between October and May").
_SPAN = re.compile(r"\b(?:since|between)\b")


def _lists_sites(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether a vague count of attacks ("several attacks") goes on to name the sites they hit
    ("several attacks targeting Ain al-Asad, a base near Baghdad airport and Harir"): the attacks
    of the story, one per place (ANNOTATION.md), unless counted since a date ("several attacks
    since October on A, B and C" sums up the campaign)."""
    sites = {t.place.name for t in sv.toks if t.start >= a.end and t.place is not None and t.place.is_site}
    return len(sites) >= LISTED_SITES_MIN and _SINCE.search(doc.folded, sv.s.start, sv.s.end) is None


#: Date kinds that name one day even when the publication date is unknown ("on Friday", "yesterday").
_DAY_KINDS = ("absolute", "weekday", "relative")


def _day_of_its_own(doc: Document, sv: SentenceView) -> bool:
    """Whether the sentence names a day that is no statement's ("said on Friday"), and no span
    ("since October 17 - Nov 14"): a large count of attacks on one day is a bounded aggregate
    (ANNOTATION.md: a count and no since-date), one entry with its count, not a campaign summed up."""
    f = doc.folded
    if _SPAN.search(f, sv.s.start, sv.s.end):
        return False
    return any((d.precision == "day" or (d.date is None and d.kind in _DAY_KINDS))
               and not statement_day(f, sv.s.start, d.start, d.end) for d in sv.dexprs)


def _striking_state(doc: Document, country: str | None) -> bool:
    """Whether *country* is a state whose forces strike in this conflict (the United States,
    Israel): its city in the possessive before an attack names the attacker, not the place."""
    actor = doc.g.actor_by_name.get(country) if country else None
    return actor is not None and actor.kind == K.STATE and actor.side in K.STATE_FORCE_SIDES


def _inside_name(sv: SentenceView, pos: int) -> bool:
    """Whether offset *pos* lies inside a name or a date of the sentence ("U.S.", "Oct. 18")."""
    for t in sv.toks:  # (loops, not any(): asked for most punctuation marks before an attack noun)
        if t.start <= pos < t.end:
            return True
    for d in sv.dexprs:
        if d.start <= pos < d.end:
            return True
    return False
