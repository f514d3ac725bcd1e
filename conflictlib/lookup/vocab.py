"""Grammar words of conflict reporting, and the one pattern that finds them.

Domain facts (places, actors, weapons) are CSV tables under ``data/``; the
words here are the closed classes of English that tie those facts together:
attack verbs, speech verbs by stance, casualty words, words that mark a
sentence as a trend, a threat or a hypothetical.  All the tables become one
trie-shaped pattern (:func:`cue_scan_pattern`); a match's kind is the name of the
first table that lists its phrase (:func:`cue_kinds`).  Every alternative is a
fixed phrase or a bounded repeat, so no input can make the pattern backtrack
without bound.  The closed classes the extractor's window patterns are built from (no
cues of their own: pronouns, determiners, prepositions ...) are in :mod:`.wordclasses`.
"""

from __future__ import annotations

from functools import cache

import re

import regex

from .wordclasses import (ADJECTIVAL_THREAT_VERBS, CLAUSE_SPEECH_VERBS, CONDEMNED_BY, OATH_OBJECTS, OATH_VERBS,
                          POSTING_VERBS, SOCIAL_MEDIA, STATEMENT_READ_VERBS, THREAT_NOUN_DETERMINERS, THREAT_NOUN_VERBS,
                          THREAT_NOUNS, WARNING_ADJECTIVES, WARNING_ISSUE_VERBS)

#: ATTACK_VERBS: verbs whose subject attacks and whose object is attacked.
ATTACK_VERBS = (
    "attacked", "attacking", "targeted", "targeting", "targetted", "struck", "striking",
    "hit", "hitting", "shelled", "shelling", "bombed", "bombing", "pounded", "pounding",
    "shot down", "downed", "intercepted", "engaged", "slammed into", "crashed into",
    "exploded at", "exploded near", "landed near", "landed inside", "landed in",
    # CENTCOM's word for a munition reaching its target ("a one-way attack UAS impacted at a base")
    "impacted at", "impacted near", "impacted the", "impacted their", "impacted its", "impacted a", "impacted an",
    "impacting",
    # a ground assault across a border ("the day Hamas invaded Israel", "gunmen raided southern Israel")
    "invaded", "raided", "stormed",
)
#: LAUNCH_VERBS: verbs that launch a munition at a target ("fired rockets at").
LAUNCH_VERBS = ("launched", "launching", "launches", "launch", "fired", "firing", "fires", "lobbed")
#: AIM_VERBS: a munition's course toward its target, the verb with its preposition ("two drones
#: headed for the base were downed", "rockets aimed at the airport"): after a munition only, so
#: an attack noun's purpose ("the strikes were aimed at deterring") makes no anchor. Its end too,
#: a munition coming down at its target: "two rockets fell inside the base", "rockets rained
#: down on the base", "a drone exploded over the base" (after a munition only: "the blame fell
#: on the group" is none; a drone that "crashed" may be the side's own, lost: no such verb here).
AIM_VERBS = (
    "aimed at", "aimed toward", "aimed towards", "aimed for",
    "aiming at", "aiming for", "aiming toward", "aiming towards",  # "a drone aiming for a US base in al-Tanf"
    "directed at", "directed toward", "directed towards",
    "headed toward", "headed towards", "headed for",
    "heading toward", "heading towards", "heading for",
    "bound for",
    "fell near", "fell inside", "fell on", "fell in", "fell close to", "fell at",
    "landed on", "landed close to", "landed at",
    "rained down on", "rained on", "exploded over", "exploded above", "exploded inside", "exploded in",
)
#: UNDER_ATTACK: the passive idiom "came under attack/fire", in every form of its verb ("have come
#: under fire 40 times", "a base coming under drone attack"): each form of "come under" with
#: each thing one comes under.
_COME_UNDER = ("came under", "come under", "comes under", "coming under")
_UNDER_WHAT = ("attack", "fire", "rocket fire", "drone attack", "a drone attack", "a rocket attack", "heavy fire")
UNDER_ATTACK = (
    *(f"{c} {w}" for c in _COME_UNDER for w in _UNDER_WHAT),
    "were attacked", "was attacked",
)
#: KILL_WORDS and WOUND_WORDS: casualty verbs and nouns.
KILL_WORDS = ("killed", "killing", "kills", "dead", "died", "deaths", "fatalities", "fatality", "death of", "lost their lives",
              "losing their lives", "martyred",
              # a number of martyrs is the group's count of its dead: "mourned four martyrs who fell in"
              "martyrs",
              # the militias' own word for their dead: "the martyrdom of a member of the group"
              "martyrdom of",
              "claimed the lives of", "claiming the lives of",
              # other verbs that take lives: "the strike cost the lives of three reservists", "the
              # bombing took the lives of nine fighters"
              "cost the lives of", "costing the lives of", "took the lives of", "taking the lives of",
              # one dead: "the blast claimed the life of a fighter", "a US soldier lost his life"
              "claimed the life of", "claiming the life of", "lost his life", "lost her life",
              "cost the life of", "costing the life of", "took the life of", "taking the life of",
              "losing his life", "losing her life", "assassinated", "assassinating",
              "assassination of",
              # a killing told as a crime: "the group, which murdered 200 people in 1990"
              "murdered", "slaughtered", "massacred",
              # a running toll, so that its sentence is read ("the ministry puts the death toll at
              # 27,000", "the monitor raised its toll to nine"): its figure is read by casualties'
              # tolls, never as a casualty word's
              "death toll", "toll",
              # a side's own dead: "the group said it had lost seven fighters" (read only with a
              # number and a noun of people after it: "lost two drones" is none)
              "lost", "has lost", "had lost", "have lost")
WOUND_WORDS = (
    "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt",
    "minor injuries", "traumatic brain injuries", "traumatic brain injury",
    # the noun beside "injuries": "two contractors sustained minor wounds"
    "wounds", "minor wounds",
    # injuries named by their kind: "11 troops are being evaluated for possible concussions",
    # "five were treated for cuts and bruises"
    "concussions", "concussion", "brain injuries", "head injuries", "cuts and bruises",
)
#: NO_CASUALTIES: phrases that say an attack caused no casualties.
NO_CASUALTIES = (
    "no casualties", "no injuries", "no deaths", "no one was hurt", "no one was injured",
    "no one was killed", "nobody was hurt", "nobody was injured", "caused no casualties",
    "caused no injuries", "without causing casualties", "no casualties or damage",
    "no reported casualties", "no reported injuries", "no immediate reports of casualties",
    "no immediate reports of injuries", "there were no injuries", "there were no casualties",
    "no us personnel were injured", "no personnel were injured", "no us casualties",
    "neither caused injuries", "neither caused any injuries", "neither caused casualties",
    "no injuries or damage", "no damage or injuries", "without causing injuries",
    "no us personnel were hurt", "no personnel were hurt", "no us troops were hurt",
    "no us troops were injured", "no troops were hurt", "no troops were injured",
    "no american personnel were hurt", "no one was wounded", "no us service members were injured",
    "no us service members were hurt",
)
#: TREND_PREDICATES: trend words that may follow their noun ("Attacks ... have increased").
#: MANY_TIMES: "bases ... have been targeted many times": a count with no figure after the verb
#: sums up the campaign (with a day in the sentence, "attacked several times on Monday", it does not).
MANY_TIMES = ("many times", "multiple times", "numerous times", "several times", "dozens of times",
              "scores of times", "countless times")
TREND_PREDICATES = (
    "increased", "escalated", "intensified", "stepped up", "ramped up", "more frequent",
    "less frequent", "stopped", "largely stopped", "slowed", "decreased", "declined", "subsided",
    "dropped", "doubled", "tripled", "halted", "paused", "abating", "resumed",
)
#: CAMPAIGN_START_VERBS: "The attacks began after the Oct. 7 assault", "the attacks started in
#: October": the militias' attacks as a campaign, and when it started, not an attack of the story.
CAMPAIGN_START_VERBS = ("began", "begun", "started", "kicked off")
#: DATE_MODIFIER_BREAKS: grammar words that end a date's noun phrase ("on Oct. 7 and attacks
#: since"): a date before them modifies no noun after them.
DATE_MODIFIER_BREAKS = ("and", "or", "but", "to", "in", "on", "at", "by", "the", "a", "an", "of", "for",
                        "with", "as", "from", "after", "before", "when", "while", "since", "that", "which")
#: PASSIVE_THREATS: a blow to come told in the passive, whose subject is its target ("its interests
#: would be targeted", "the US will not be spared", "their outposts will be met with our strikes"):
#: the one who threatens is the speaker of a verb that reports it, never the name before it.
PASSIVE_THREATS = ("would be targeted", "will be targeted", "will be at risk", "would be at risk",
                   "will not be spared", "would not be spared", "will be met with", "would be met with")
#: NARRATED_THREATS: a threat told as a noun with its source after "from" or "by" ("threats of
#: retaliation from Kataib Hezbollah", "threats of revenge issued by Washington", "threats by Iran
#: to retaliate", "a warning from US officials that troops would respond"): the actor after the link
#: threatens (extract/claim_speakers.py reads it; a noun with no actor there names no one).  A bare
#: "threats from X" is left out: it is mostly a danger ("the threat from Islamic State cells",
#: "threats from militia groups" to be dealt with).
THREAT_RESPONSE_NOUNS = ("retaliation", "revenge", "reprisal", "reprisals", "retribution", "vengeance",
                         "a response", "a military response")
THREAT_SOURCE_LINKS = ("from", "by", "issued by", "made by", "voiced by", "waved by")
NARRATED_THREATS = tuple(f"{noun} of {what} {link}" for noun in ("threat", "threats")
                         for what in THREAT_RESPONSE_NOUNS for link in THREAT_SOURCE_LINKS) + tuple(
    # "threats by Iran to retaliate" (the act vowed must follow the source: "threats by phone" is none)
    f"{noun} by" for noun in ("threat", "threats")) + tuple(
    # "a warning from the Pentagon that further attacks would be answered" (not a demand: "warnings
    # from US officials to rein in the factions")
    f"{noun} {link}" for noun in ("warning", "warnings") for link in ("from", "by"))
#: DECIDED_RESPONSES: a response decided on and not yet told ("Biden said he had decided on a
#: response to the drone attack", "has made a decision on how to respond", "settled on its
#: response"): a threat of the speaker's (a response to come), built from the verbs of deciding and
#: the ways of naming the response.  The attack it answers is made (extract/suppress.py), so the
#: statement confirms it as well.
DECISION_VERBS = ("decided", "settled", "made a decision", "reached a decision", "made up his mind")
RESPONSE_OBJECTS = tuple(f"{d} {adj}response" for d in ("a", "the", "its", "his", "our")
                         for adj in ("", "us ", "u.s. ", "american ") if not (d == "a" and adj == "american ")) + (
    "an american response", "how to respond", "how to retaliate", "how to answer", "how it will respond",
    "how he will respond", "how we will respond", "how the us will respond", "how the u.s. will respond")
DECIDED_RESPONSES = tuple(f"{verb} {link}{obj}" for verb in DECISION_VERBS for link in ("on ", "about ", "")
                          for obj in RESPONSE_OBJECTS if link or obj.startswith("how")) + tuple(
    # "had decided what the US response would be"
    f"{verb} what {obj}" for verb in DECISION_VERBS for obj in RESPONSE_OBJECTS if obj.startswith(("the", "its", "his", "our")))
#: FIRM_RESPONSES, READY_RESPONSES, ACCOUNTABILITY_VOWS: a response to come named by its manner or
#: by the speaker's readiness for it, and a vow to make attackers answer ("to respond decisively",
#: "ready to retaliate", "stands ready to hold accountable anyone who threatens our forces"): each a
#: threat of the speaker's.  Only the verb's base form (a response still to come: "responded
#: forcefully" is one made); a response failed or refused, or one others press for ("pressure on
#: Biden to respond decisively"), is none (threat_senses.py).
RESPONSE_BASES = ("respond", "retaliate", "react", "hit back", "strike back")
RESPONSE_MANNERS = ("decisively", "forcefully", "firmly", "strongly", "swiftly", "resolutely", "robustly",
                    "forcibly", "harshly", "severely", "powerfully")
FIRM_RESPONSES = tuple(f"{v} {m}" for v in RESPONSE_BASES for m in RESPONSE_MANNERS)
# (readiness to retaliate only: "prepared to respond to various contingencies", "troops ready to
# respond to the war" are a force's readiness, no vow)
READY_RESPONSES = tuple(f"{r} to {v}" for r in ("ready", "prepared", "poised", "readiness", "preparedness")
                        for v in ("retaliate", "hit back", "strike back"))
#: READY_FOR_WAR: a side's readiness for a war declared ("the group declared itself ready for a
#: full-scale war", "prepared for open war"): a threat of the speaker's, as readiness to retaliate is
READY_FOR_WAR = tuple(f"{r} for {scale}war" for r in ("ready", "prepared")
                      for scale in ("an all-out ", "all-out ", "a full-scale ", "full-scale ", "a wider ",
                                    "a comprehensive ", "an open ", "open "))
ACCOUNTABILITY_VOWS = tuple(f"hold {a} {who}" for a in ("accountable", "to account")
                            for who in ("those", "anyone", "whoever", "all those")) + (
    "hold them accountable", "hold them to account")
#: CLAIM_VERBS, CONFIRM_VERBS, DENY_VERBS, ACK_VERBS, THREAT_VERBS, SAY_VERBS:
#: speech verbs by the stance they give the speaker.
CLAIM_VERBS = (
    "claimed responsibility", "claims responsibility", "claiming responsibility",
    "took responsibility", "claimed", "claims", "claiming", "claim of responsibility",
    # "a group calling itself X has taken responsibility for the drone attack": the perfect of "took"
    "taken responsibility", "taking responsibility", "takes responsibility",
    "took credit", "takes credit", "taking credit",   # "an Iran-backed militia took credit for the attack"
)
#: POINTING_VERBS, LINKING_VERBS: verbs that blame only in one construction (read by
#: extract/blame_uses.py): "pointed to X as the perpetrators", "linked / tied X to the attack".
#: Elsewhere they blame nobody ("pointed to a rise in attacks", "a group linked to Iran").
POINTING_VERBS = ("pointed to", "points to", "pointing to", "pointed at", "points at",
                  "pointed the finger at", "points the finger at", "pointing the finger at",
                  "singled out")
LINKING_VERBS = ("linked", "links", "linking", "tied", "ties", "tying", "connected", "connects", "connecting")
#: NAMING_BLAME_VERBS: verbs whose object is named as the culprit ("officials named X as the
#: culprit", "the Pentagon considers X the prime suspect"): as the pointing verbs, only with the
#: culprit noun after the actor (extract/blame_uses.py); "a group named X" blames no one.
NAMING_BLAME_VERBS = ("named", "names", "naming", "considered", "considers", "consider")
#: HOLDING_VERBS: "holds X responsible / accountable (for the attack)": the actor between the verb
#: and its complement (the joined "held responsible" is a blame verb of its own); only with the
#: complement (extract/blame_uses.py): "held talks", "held a meeting" blame no one.
HOLDING_VERBS = ("holds", "held", "hold", "holding")
CONSTRUCTION_BLAME_VERBS = POINTING_VERBS + LINKING_VERBS + NAMING_BLAME_VERBS + HOLDING_VERBS
#: BLAME_VERBS: the speaker names the attacker ("US officials blamed Kataib Hezbollah for ...").
BLAME_VERBS = ("blamed", "blames", "blaming", "held responsible", "holds responsible", "pinned the attack on",
               # "officials laid the blame on X", "put the blame squarely on": the noun idiom of "blamed"
               *(f"{v} the blame{adv} on" for v in ("laid", "lays", "placed", "places", "put", "puts",
                                                   "pinned", "pins") for adv in ("", " squarely")),
               # "Washington accused the militias of the drone attack": an accusation names the attacker
               # (one of the campaign as a whole, "accuses Tehran of orchestrating the attacks", stays a
               # trend through its other words)
               "accused", "accuses", "accusing",
               # "US officials attributed the attack to Kataib Hezbollah": the attacker after "to"
               "attributed", "attributes", "credited", "credits",
               # "officials pointed to X as the perpetrators", "linked X to the attack", "pointed the
               # finger at X": blame verbs only in that construction (extract/blame_uses.py)
               *CONSTRUCTION_BLAME_VERBS)
#: ACTOR_QUALIFIERS: an adjective a reporter or an official puts before the attacker it names
#: ("blamed radical Iran-backed militant groups", "blamed rogue militias"): the actor follows.
ACTOR_QUALIFIERS = ("radical", "rogue", "armed", "militant", "extremist", "hardline")
#: ATTRIBUTION_HEDGES: a reporter's hedge before the attacker it names ("a rocket attack by alleged
#: Iran-backed fighters", "came under fire from suspected Iran-backed militias"): still this
#: text's attribution of the attack (ANNOTATION.md: as this text attributes this attack).
ATTRIBUTION_HEDGES = ("alleged", "suspected", "presumed", "possible", "apparent", "likely")
#: APPOSITIVE_HEADS: the noun of an appositive that describes a named group, before a relative
#: clause that blames it ("the IRI, an alliance of militant factions that
#: Washington has blamed for the attack": the alliance is the group named before the comma).
APPOSITIVE_HEADS = ("alliance", "coalition", "network", "umbrella", "umbrella group", "group", "militia",
                    "faction", "movement", "organisation", "organization")
#: NAMING_PHRASES: what names a group right after its description ("a group calling itself the
#: IRI", "an armed faction known as the IRI"): the group named after it is the one described.
NAMING_PHRASES = ("called", "calling itself", "that calls itself", "which calls itself", "known as",
                  "self-identified as", "identifying itself as", "named", "dubbed")
#: GROUP_OUTLETS: where a group's statement appears ("claimed on Telegram channels by ...",
#: "claimed in a statement by ..."): said before the agent of a passive stance verb.
GROUP_OUTLETS = ("telegram channels?", "telegram", "channels?", "statements?", "social media", "online", "posts?")
#: ATTRIBUTION_VERBS: the blame verbs whose attacker follows the attack, after "to".
ATTRIBUTION_VERBS = ("attributed", "attributes", "credited", "credits")
#: CONDEMN_VERBS: a condemnation of an attack says that it happened ("the Iraqi government condemned
#: the US strikes"): read as the blame verbs are (a confirmation, never the speaker's own claim).
CONDEMN_VERBS = ("condemned", "condemns", "condemning", "denounced", "denounces", "denouncing",
                 # "Washington expressed strong condemnation of the strikes"
                 "expressed condemnation", "expressed strong condemnation", "voiced condemnation",
                 "expressed its condemnation", "expressed its strong condemnation",
                 # "the raid drew condemnation from Baghdad": the speaker after the noun
                 *CONDEMNED_BY)
CONFIRM_VERBS = ("confirmed", "confirms", "confirming", "verified")
#: DENIAL_HEADS, INVOLVEMENT_NOUNS: a denial of one's part in an attack without "denied" ("X
#: rejected any involvement in the attack", "ruled out any role"); the noun makes the verb a denial
#: ("the government rejected the attacks" is a condemnation, not a denial).
DENIAL_HEADS = ("rejected", "rejects", "rejecting", "disclaimed", "disclaims", "ruled out", "rules out")
INVOLVEMENT_NOUNS = ("involvement", "role", "connection", "link", "links", "responsibility", "part",
                     "participation", "hand")
#: BLAME_REJECTIONS, BLAME_NOUNS: a blame of the speaker turned down ("Tehran rejected accusations that
#: it was behind the attack", "dismissed allegations of a role", "refuted charges that its fighters
#: fired"): a denial; the noun of blame makes the verb a denial ("rejected the offer" is none).
BLAME_REJECTIONS = ("rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing",
                    "refuted", "refutes", "rebuffed", "rebuffs",
                    # "labelled any accusation that it was involved as baseless" (not "called": "Tehran's
                    # denial, as reported by IRNA, called the accusations baseless" has its speaker aside)
                    "labelled", "labeled", "labels", "branded", "brands")
BLAME_NOUNS = ("claims", "accusations", "allegations", "charges", "assertions", "accusation", "allegation")
DENY_VERBS = ("denied", "denies", "denying",
              *(f"{v} {det}{n}" for v in BLAME_REJECTIONS for det in ("", "the ", "any ", "these ", "such ",
                                                                      "as baseless ", "as unfounded ", "as false ")
                for n in BLAME_NOUNS),
              *(f"{v} {det}{n}" for v in DENIAL_HEADS for det in ("any ", "") for n in INVOLVEMENT_NOUNS),
              # "the group distanced itself from the attack", "disavowed the strike"
              "distanced itself from", "distanced themselves from", "distancing itself from",
              # "Tehran tried to distance itself from the strike" (not the plural: "officials have
              # sought to distance themselves" has no speaker named)
              "distance itself from", "distances itself from",
              "disowned", "disowns", "disavowed", "disavows",
              # the base form after a verb of haste ("CENTCOM was quick to deny reports that US jets
              # struck", "Tehran moved to deny any role"; not "refused to deny", which denies nothing)
              *(f"{lead} to deny" for lead in ("quick", "moved", "moves", "moving", "rushed", "rushes", "rushing",
                                               "hastened", "hastens", "hastening")))
ACK_VERBS = (
    "acknowledged", "acknowledges", "acknowledging", "mourned", "mourns", "mourning",
    "announced the death of", "announced the deaths of", "eulogised", "eulogized",
)
THREAT_VERBS = (
    "vowed", "vows", "vowing", "threatened", "threatens", "threatening", "warned", "warns",
    "pledged", "pledges", "promised", "promises", "would continue", "will continue",
    "would retaliate", "will retaliate", "would respond", "will respond", "would not stop",
    "will not stop", "warned of",
    "warning of", "warning that", "issued a warning", "shall respond", "of our choosing",
    "of its choosing", "will not hesitate", "would not hesitate", "all necessary action",
    "all necessary actions", "all necessary measures", "press on with", "keep up",
    # a response to come ("you can expect a response", "hold all those responsible to account",
    # "will take additional measures", "the strikes are only the beginning")
    "expect a response", "hold all those responsible", "hold those responsible",
    "will take additional", "would take additional", "will take further", "would take further",
    "only the beginning",
    # more to come: "the strikes were the first step in US retaliation", "the attacks herald
    # more operations"
    "first step in", "more operations",
    "reserve the right", "reserves the right",  # "we reserve the right to self-defense"
    "will not end",   # '"It started today and it will not end today," he said'
    # "is prepared to take further necessary measures", "said it would resume its attacks"
    "further necessary measures", "further necessary action", "further necessary actions",
    "would resume", "will resume",
    # attacks kept up or taken up again ("said they will carry on attacking US targets", "reaffirmed
    # its commitment to continue targeting", "opted to continue attacks", "decided to resume")
    "will carry on", "would carry on", "commitment to continue", "opted to continue", "chose to continue",
    "decided to resume", "intends to continue", "intend to continue",
    # an attack or a response announced ("said it would target US bases if Washington intervened",
    # "we are certainly going to act", "there will be consequences", "whatever necessary actions";
    # a warning issued, of any grade, is added below)
    "would target", "will target", "would strike", "will strike", "would attack", "will attack",
    "going to act", "going to respond", "not going to hesitate", "will be consequences",
    # a response foretold as a thing ("there will be a response"; not "the US response would
    # be", where the state named before it is taken as the one who speaks)
    "will be a response", "would be a response",
    "whatever necessary action", "whatever necessary actions", "whatever it takes", "all it took",
    # attacks to go on or to come ("continue to strike the enemy's strongholds", "US bases are
    # legitimate targets", "prepared to take further actions", "they will taste the fire"; not
    # "the right to respond": "Washington has the right to respond" is no vow)
    "keep striking", "continue to strike", "continue striking",
    "continue to destroy", "continuation in striking", "legitimate targets", "legitimate target",
    "prepared to take further", "taste the fire",
    # a resumption decided ("the factions had decided to resume attacks", "plan to resume")
    "decided to resume", "decision to resume", "plan to resume", "plans to resume", "planning to resume",
    # a response decided, its form unsaid ("the White House has decided to retaliate", "decided on
    # a response to the attack": DECIDED_RESPONSES, whose attack answered stays one made); revenge
    # vowed in the first person ("we will take revenge on them"), which a group's plain "said"
    # would otherwise read as its claim
    "decided to retaliate", "decided to respond",
    *DECIDED_RESPONSES,
    *FIRM_RESPONSES, *READY_RESPONSES, *ACCOUNTABILITY_VOWS,
    "will take revenge", "would take revenge", "will avenge", "would avenge",
    # an escalation or a blow announced as what will follow ("the resistance forces would take
    # action", "the pace of operations will escalate", "it would launch further attacks"; in the
    # passive, PASSIVE_THREATS below)
    "would take action", "will take action", "would escalate", "will escalate",
    # "the group's joint operations would intensify" (whose operations: COURSE_NOUNS and the speaker
    # decide; "the fighting would intensify", said by no actor, makes no row)
    "would intensify", "will intensify", *READY_FOR_WAR,
    "would launch further", "will launch further",
    *PASSIVE_THREATS, *NARRATED_THREATS,
) + tuple(f"{verb} {whose} right to {act}" for verb in (
    # a right to respond asserted by its holder ("the SDF affirmed its right to respond", "we reserve
    # the inherent right to self-defence"): a response held in store; a right merely had or granted
    # ("Washington has the right to respond", "supports Israel's right to defend itself") is no vow
    "affirm", "affirms", "affirmed", "affirming", "emphasized", "emphasised", "emphasizing", "emphasising",
    "stressed", "stressing", "reserve", "reserves", "reserved", "maintain", "maintains", "asserted",
    "reaffirmed", "reiterated") for whose in ("the", "its", "our", "their", "the inherent", "its inherent",
                                               "our inherent", "their inherent", "its full", "our full")
    for act in ("respond", "retaliate", "self-defense", "self-defence", "a response"))
# a warning issued is a threat whatever grade the reporter gives it ("issued an ominous warning",
# "sent a blunt warning", "delivered a fresh warning"), not only the grades listed above
THREAT_VERBS = THREAT_VERBS + tuple(
    f"{verb} {'an' if adj[0] in 'aeiou' else 'a'} {adj} warning" for verb in WARNING_ISSUE_VERBS
    for adj in WARNING_ADJECTIVES)
# a threat as the noun of the verb that makes it ("made the threat", "had made similar threats", "issued
# warnings to target", "renewed its threat"; a bare plural only after a verb that is no adjective:
# "amid renewed threats" names no one), and an oath of revenge ("swore to avenge its commander")
THREAT_VERBS = THREAT_VERBS + tuple(
    f"{verb} {det} {noun}" for verb in THREAT_NOUN_VERBS for det in THREAT_NOUN_DETERMINERS
    for noun in THREAT_NOUNS) + tuple(
    f"{verb} {'a' if noun[0] == 't' else 'an'} {noun}" for verb in THREAT_NOUN_VERBS
    for noun in THREAT_NOUNS if not noun.endswith("s")) + tuple(
    f"{verb} {noun}" for verb in THREAT_NOUN_VERBS if verb not in ADJECTIVAL_THREAT_VERBS
    for noun in THREAT_NOUNS if noun.endswith("s")) + tuple(
    f"{verb} {what}" for verb in OATH_VERBS for what in OATH_OBJECTS)
SAY_VERBS = (
    "said", "says", "added", "told", "stated", "announced", "according to", "reported",
    "said in a statement", "in a statement", "in a telegram post", "posted", "published a statement",
    "statement said", "statements said", "noted", "saying",
    "revealed", "reveals", "disclosed",   # "the press secretary revealed that two drones struck"
    # "Austin reiterated that ...", "Kirby stressed ...", "Biden replied": the speaker of the next "he said"
    "reiterated", "stressed", "emphasized", "emphasised", "insisted", "explained", "replied",
    "citing",   # "..., TASS reported, citing the group's Telegram channel": the group speaks
    "quoting",  # "..., a news agency reported quoting an Interior Ministry source": the source speaks
    "stating",  # "AFP cited Iraqi security sources stating that ..."
    "affirmed", "declared", "asserted", "informed",  # "Biden affirmed that our response began today"
    "indicated", "indicates",  # "the sources indicated that the drones were downed before the base"
    "believe", "believes",  # "US officials believe Kataib Hezbollah carried out the attack"
    "identified",  # "The Pentagon identified the three soldiers killed in the drone attack"
    # the present tense of headlines and of live reporting ("defense officials tell reporters a
    # rocket hit the base", "officials tell a network the strikes began", "the army announces it
    # downed a drone", "Pentagon admits two attacks")
    "tells", "tell", "announces", "admits", "admitted",
    "say",  # a plural speaker's plain present, only where its clause attributes an attack (extract/say_uses.py)
    *STATEMENT_READ_VERBS,
    # a post is a statement: "the group wrote on Telegram that its fighters struck ...", "wrote in a
    # post", "posted on X" (never "wrote" alone: "wrote a letter to Congress" says nothing of an attack)
    *(f"{verb} {where}" for verb in POSTING_VERBS
      for where in (*(f"on {m}" for m in SOCIAL_MEDIA), "on social media", "online", "in a post", "in a statement",
                    "in a telegram post", "in a social media post", "on its telegram channel", "on its channel")),
)
#: EVALUATION_VERBS: verbs that name and judge what they are said of; a statement about an attack
#: when their object is one ("called the strike a heinous crime", "described the attack as a
#: dangerous escalation"); read by claims only (no cue of their own: "a group called the IRI").
EVALUATION_VERBS = ("called", "calling", "calls", "described", "describing", "describes", "characterised",
                    "characterized", "characterising", "characterizing", "labelled", "labeled", "branded",
                    "termed", "terming", "dubbed",
                    # a judgement with its object's complement ("deemed the strikes proportionate",
                    # "judged the raid a success")
                    "deemed", "deeming", "deems", "judged", "judging", "judges")
#: SPEECH_NEGATORS: right before a speech verb, the speaker says nothing ("have not stated who",
#: "did not confirm", "declined to confirm", "no immediate claim"): no claims row.
SPEECH_NEGATORS = ("not", "never", "no", "declined to", "refused to", "neither")
#: SPEECH_NEGATOR_FILLERS: words between a negator and its speech verb ("not yet claimed").
SPEECH_NEGATOR_FILLERS = ("yet", "immediately", "publicly", "officially", "independently", "be", "been",
                          "immediate", "explicitly", "formally", "outright")
#: TREND_NOUNS_IN: a change in the rate of attacks, named by a noun before "in" ("an uptick in
#: rocket and drone strikes", "the spike in rocket fire at the embassy", "a possible escalation in
#: attacks"): a trend, however its attacks are told.  (A phrase of its own before a comma, "Amid a
#: spike in attacks, US jets bombed ...", leaves the attack after the comma alone: suppress.py.)
TREND_NOUNS_IN = ("uptick in", "upsurge in", "upswing in", "spike in", "rise in", "jump in", "escalation in")
#: TREND_WORDS: a sentence about a trend or a series, not one event.
TREND_WORDS = (
    *TREND_NOUNS_IN,
    "increased", "increase in", "increasing", "stepped up", "escalated", "escalating", "escalation of",
    "intensified", "ramped up", "surge in", "surge of", "string of", "wave of", "series of", "spate of",
    "campaign of", "barrage of attacks", "have been attacking", "has been attacking",
    "dozens of attacks", "scores of attacks", "hundreds of attacks", "more attacks", "further attacks", "recent attacks",
    "future attacks", "any attack", "attacks like", "such attacks",
    "more frequent", "less frequent", "stopped", "largely stopped", "slowed", "decreased", "declined",
    "subsided", "dropped", "doubled", "tripled", "halted", "paused", "repeatedly", "regular fire",
    "regularly", "routinely", "frequently", "often", "almost daily", "near-daily", "nearly daily",
    "orchestrating", "been targeted dozens of times", "time and again",
    *MANY_TIMES,
    "suspending", "suspend", "suspended", "suspension of", "halting", "halt", "pause", "pausing", "to stop", "stopping",
    "ending", "an end to", "resume", "resuming", "the number of", "from time to time", "in recent months",
    "in recent weeks", "every day", "abating", "resumed", "frequent",
    # attacks as a kind that goes on or recurs: "subjected to continuous attacks by drones",
    # "following similar attacks days earlier", "four months of relentless attacks"
    "continuous", "continual", "constant", "relentless", "incessant", "persistent", "similar attacks",
    # the same kind with its noun, which alone is no trend word ("a continued presence"): "in
    # answer to continued attacks on American troops", "after repeated attacks on the garrison"
    "continued attacks", "repeated attacks", "ongoing attacks",
    # attacks of the past as a kind, a group's record, a routine: "similar to those used in past
    # attacks on the garrison", "known for rocket attacks on the embassy", "drills for drone
    # attacks every week"
    "past attacks", "previous attacks", "prior attacks", "known for", "notorious for", "every week",
    "every night", "each week",
    "months of", "weeks of",
    # the perfect progressive of an attacker's verb: a side's ongoing record, as "has been
    # attacking" ("a coalition that has been launching drone attacks on US bases", "the
    # militias have been firing rockets at the embassy")
    "has been launching", "have been launching", "had been launching", "has been carrying out",
    "have been carrying out", "had been carrying out", "has been conducting", "have been conducting",
    "had been conducting", "has been firing", "have been firing", "had been firing", "has been mounting",
    "have been mounting", "has been staging", "have been staging", "has been targeting",
    "have been targeting", "had been targeting", "had been attacking",
    # the present of going on: "the militias continue to fire rockets at our bases"
    "continue to", "continues to", "continuing to",
)
#: HYPOTHETICAL_WORDS: modality that makes an attack unreal.
HYPOTHETICAL_WORDS = (
    "would", "could", "might", "may", "if", "plans to", "planned to", "planning to", "intends to",
    "prepared to", "ready to", "in case of", "unless", "should",
    "preparing to", "preparing for", "planning for", "plotting", "aimed to", "seeking to", "risk of", "fear of",
    "fears of", "to deter",
    "to prevent", "plan to", "ability to", "able to", "capable of", "capability to", "whether",
    "weighing", "considering", "options for", "any", "every", "future", "possible", "potential",
    # an attack awaited or feared, or one to be stopped before it comes: "the region braced for
    # a new wave of attacks", "awaiting a counter-strike", "to thwart an attack by militants"
    "braced for", "bracing for", "brace for", "braces for", "awaiting", "awaits", "await",
    "to thwart", "to foil", "to pre-empt", "to preempt", "to avert",
    # an attack awaited, not made: "warships moved closer ahead of an expected Iranian strike"
    "an expected", "the expected", "an anticipated", "the anticipated",
    # an attack prepared, not made: "a planned rocket attack on the base was foiled" ("foiled"
    # alone is no sign: reporting also calls an intercepted drone "the foiled attack")
    "a planned", "the planned",
    # an attack imminent, not yet made: "the group was about to launch a drone attack on Israel"
    "about to", "poised to", "on the verge of",
    # the other forms of the verbs of intent above, and their object an attack itself: "the
    # militia intended to launch a drone attack", "the cell was planning a rocket attack on ..."
    "intend to", "intended to", "intending to", "planning a", "planning an", "preparing a", "preparing an",
    "plotted to",
    # an attack made ready, not yet made: "commanders were getting ready for a ground assault",
    # "the militia was readying a rocket attack", "the cell was gearing up for a drone strike"
    "ready for", "readying", "gearing up for",
    # the negated modals: "it wouldn't be just one hit" (cues are read folded: one apostrophe)
    "wouldn't", "couldn't", "won't",
)
#: UNVERIFIED_WORDS: a source says it could not check a claim; no stance of its own.
UNVERIFIED_WORDS = (
    "could not be independently verified", "could not independently verify", "could not be verified",
    "not independently verified", "was not immediately verified", "could not immediately verify",
    "could not independently confirm", "could not be independently confirmed",
)
#: FALSE_WORDS: a report called untrue ("reports of an attack were false").
FALSE_WORDS = ("false", "untrue", "incorrect", "baseless", "fabricated", "inaccurate", "fake news",
               "not true", "unfounded")
#: NEGATION_WORDS: an attack said not to have happened.
NEGATION_WORDS = ("no", "not", "never", "without", "did not", "foiled", "thwarted", "prevention of", "prevented")
#: PHOTO_WORDS: photo captions and file-photo notes describe pictures, not news.
PHOTO_WORDS = ("file photo", "file picture", "pictured", "in this photo", "photo:", "this picture", "a picture taken")
#: HOURS_LINK: "several hours after": two events on the same day.
HOURS_LINK = (
    "several hours after", "several hours before", "hours after", "hours before", "hours later",
    "hours earlier", "a few hours after", "a few hours before", "shortly after", "shortly before",
    "minutes after", "minutes before", "the same day", "later that day", "earlier that day",
    "the same night", "later that night", "several hours earlier", "earlier in the day", "that same day",
)
#: SINCE: the start of a tally ("since October 17").
SINCE_WORDS = ("since",)
#: TIMES: "attacked 66 times".
TIMES_WORDS = ("times", "occasions")
#: COUNTED: nouns that count attacks only in a tally's frame (a count of 10 or more against a
#: side's forces, or after an attack verb): "over 170 incidents reported against US forces", "170
#: operations against American bases", "100 missile and drone launches targeting Israel" ("40
#: incidents of theft", "military operations" by themselves count none).
COUNTED_WORDS = ("incidents", "operations", "launches")
#: TROOP_NOUNS: nouns for deployed personnel.
TROOP_NOUNS = (
    "troops", "soldiers", "forces", "personnel", "service members", "servicemembers",
    "service personnel", "military personnel", "marines", "sailors", "airmen", "troop",
)
#: DEPLOY_VERBS: verbs and phrases of a standing deployment.
DEPLOY_VERBS = (
    "has", "have", "had", "keeps", "keep", "maintains", "maintain", "deployed", "deploys", "deploy",
    "stationed", "based", "remain", "remains", "there are", "sent", "sends", "sending",
    "prepare-to-deploy", "prepare to deploy", "are deployed", "is deployed", "are stationed",
    "are based", "are in", "currently", "withdraw", "withdrawal of", "hosts", "host", "houses",
    # the other nouns of a standing force's departure, as "withdrawal of": "the pullout of about
    # 900 US soldiers from Syria", "a drawdown of 2,500 US troops"
    "pullout of", "pull-out of", "drawdown of", "draw-down of", "removal of", "departure of",
    "is home to", "reduced", "cut", "of the", "housed", "hosted", "presence of",
    # "the Pentagon ordered about 1,000 more troops to the Middle East"
    "ordered", "orders", "dispatched", "dispatches",
    # "an outpost housing about 350 US troops", "Harir, home to some 400 US soldiers"
    "housing", "hosting", "home to",
    # "there were more than 100,000 US troops in Afghanistan in 2011", "there remain 900 in Syria"
    "there were", "there remain", "are posted", "is posted",
)
#: PRONOUN_SUBJECTS: subjects that refer back to an earlier actor.
PRONOUN_SUBJECTS = (
    "it", "they", "he", "she", "the group", "the militia", "the militias", "the faction",
    "the movement", "the network", "the coalition of militias", "the statement", "the official",
    "the spokesman", "the spokesperson", "the militants", "the organisation", "the organization",
    "a channel affiliated with the group", "a telegram channel affiliated with the group",
    "channels affiliated with the group", "a channel linked to the group", "its media arm",
    "the group's media arm", "the resistance", "the iraqi resistance",
    # "the armed group said it would strike again": a group named again
    "the militant group", "the armed group", "the armed faction",
)
#: AGENT_VERBS: verbs that make the actor before them the author of the attack after them
#: ("militias launched two attacks", "Kataib Hezbollah was behind the attack").
AGENT_VERBS = (   # with LAUNCH_VERBS, which are agentive too
    "carried out", "carries out", "carrying out", "conducted", "conducts", "conducting", "staged", "mounted",
    "used", "sent", "employed", "utilized", "utilised",
    "unleashed", "directed", "flew", "executed", "perpetrated", "was behind", "were behind", "is behind", "are behind",
    # verbs of starting ("has begun strikes on militia targets", "initiated airstrikes in Iraq and
    # Syria"), agents only of the noun that is their object (extract/frames.py: START_VERBS)
    "began", "begun", "started", "initiated", "commenced",
    # hedged: "Kataib Hezbollah was likely behind", "is suspected to have been behind"
    "likely behind", "probably behind", "been behind", "be behind",
    "responsible for",
)
#: SITE_NOUNS: nouns that make a country an attack site of its own ("bases inside Syria").
SITE_NOUNS = ("bases", "base", "positions", "facilities", "facility", "targets", "sites", "outposts")


def words(table: tuple[str, ...] | list[str]) -> str:
    """One alternation of a table's words in their order, as a non-capturing group; a space
    matches one white-space character, and a word may end in a bounded regex suffix
    ("commanders?").  For the extractor's small window patterns."""
    out = []
    for w in table:
        suffix = "?" if w.endswith("?") else ""
        out.append(re.escape(w.rstrip("?")).replace(r"\ ", r"\s") + suffix)
    return "(?:" + "|".join(out) + ")"



def key_words(table: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Substrings one of which every match of ``words(table)`` holds: each phrase's longest
    word (without its regex suffix: "diplomats?" gives "diplomat"), less those that hold a
    shorter one ("another" holds "other").  A window in which none occurs holds no match, and a
    few ``str.find`` scans (:func:`conflictlib._text.holds_any`) are much cheaper than a
    pattern's search, which tries every position of the window."""
    keys = {max((w[:-2] if w.endswith("?") else w for w in phrase.split()), key=len) for phrase in table}
    return tuple(sorted(k for k in keys if not any(j != k and j in k for j in keys)))


_TABLES = {
    "under_attack": UNDER_ATTACK,
    "no_cas": NO_CASUALTIES,
    "hours": HOURS_LINK,
    "claim": CLAIM_VERBS,
    "confirm": CONFIRM_VERBS,
    "deny": DENY_VERBS,
    "blame": BLAME_VERBS + CONDEMN_VERBS,
    "ack": ACK_VERBS,
    "threat": THREAT_VERBS,
    "say": SAY_VERBS,
    "attack_v": ATTACK_VERBS,
    "agent": AGENT_VERBS,
    "launch_v": LAUNCH_VERBS,
    "aim_v": AIM_VERBS,
    "kill": KILL_WORDS,
    "wound": WOUND_WORDS,
    "trend": TREND_WORDS,
    "hypo": HYPOTHETICAL_WORDS,
    "photo": PHOTO_WORDS,
    "since": SINCE_WORDS,
    "times": TIMES_WORDS,
    "counted": COUNTED_WORDS,
    "troops": TROOP_NOUNS,
    "deploy": DEPLOY_VERBS,
    "neg": NEGATION_WORDS,
    "false": FALSE_WORDS,
    "unverified": UNVERIFIED_WORDS,
}


def _alt(words) -> str:
    """An alternation of fixed phrases, longest first, spaces matching one blank."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s") for w in sorted(set(words), key=len, reverse=True))



_CUE_SEP = re.compile(r'[\s\-"]+')


def cue_key(phrase: str) -> str:
    """The key of a cue phrase: separators folded to one space ("prepare-to-deploy")."""
    return _CUE_SEP.sub(" ", phrase).strip()


@cache
def cue_kinds() -> dict[str, str]:
    """Cue phrase key -> the name of the first table that lists it."""
    out: dict[str, str] = {}
    for name, words in _TABLES.items():
        for w in words:
            out.setdefault(cue_key(w), name)
    return out


@cache
def cue_scan_pattern(ascii: bool) -> re.Pattern[str]:
    """CUES: every grammar word above in one trie-shaped pattern, longest phrase first, as
    group 1 after the character before it, for a whole text given with one space before it
    (see :func:`~conflictlib.lookup.patterns.before_word`: the engine then tries the pattern at word
    starts only).

    A match's kind is ``cue_kinds()[cue_key(phrase)]``; the longest phrase wins, so an idiom
    ("came under attack", "no casualties", "said it targeted") beats its parts.  Compiled
    with the standard library's ``re``, which scans a trie several times faster than ``regex``.
    """
    from .patterns import alternation, before_word

    return re.compile(before_word("-", ascii=ascii) + "(" + alternation(cue_kinds()) + r")(?![\w])")


@cache
def pronoun_pattern() -> re.Pattern[str]:
    """PRONOUN_SUBJECT at the start of a sentence or clause."""
    return re.compile(rf"(?P<pron>{_alt(PRONOUN_SUBJECTS)})(?![\w])")


@cache
def clause_start_pattern(ascii: bool = False) -> re.Pattern[str]:
    """CLAUSE_START: where a new subject may begin inside a sentence.

    *ascii* gives the faster form for an ASCII text: its first character class is written
    out (comma, semicolon and the ASCII white space of ``\\s``), which the engine tests as a
    bitmap while it skips along the text.
    """
    first = r"[,;\t\n\x0b\x0c\r\x1c-\x1f ]" if ascii else r"[,;\s]"
    speech = words(CLAUSE_SPEECH_VERBS)
    return re.compile(
        first + rf"""                               # one character class first: the engine skips
                                                    # to the next comma or space at C speed
        (?:(?<=[,;])\s(?:but\s|and\s)?              # ", but" / "; and" / ", "
          |(?<=\s)(?:but\s|and\s                    # " but " / " and "
          |{speech}\s(?:that\s)?))                 # " said that "
        """, re.VERBOSE)


@cache
def clause_pronoun_pattern(ascii: bool = False) -> re.Pattern[str]:
    """CLAUSE_START followed by an optional look-ahead for PRONOUN_SUBJECT (group "pron").

    The empty second branch always succeeds, so each match is the clause start that
    :func:`clause_start_pattern` finds and ``finditer()`` steps through a sentence exactly
    as it does; "pron" is set where ``pronoun_pattern().match(text, m.end())`` would match,
    which saves a ``match()`` call per clause start.  ``(?-x:...)``: the pronoun pattern is
    not written for VERBOSE mode.
    """
    clause = clause_start_pattern(ascii)
    return re.compile(rf"(?:{clause.pattern})(?:(?=(?-x:{pronoun_pattern().pattern}))|)", clause.flags)
