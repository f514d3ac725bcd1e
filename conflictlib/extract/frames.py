"""Frames: who attacked what, where and when, read around each anchor.

For each anchor the words after it (up to the next anchor, or a speech verb that reports
it) and before it (back to the previous anchor) are read for:

- places: the sites it hit and the countries it was in ("a drone attack on Ain al-Asad in
  western Iraq"); a city that only locates a site is no site of its own ("Harir airport in
  the city of Erbil"), nor a compass locator ("Jurf al-Sakhar, south of Baghdad"), nor the
  place an attack came from (:mod:`.places`);
- the target: an actor after "on / against / at" ("an attack on US forces"), the subject of
  a passive verb ("US forces were attacked"), the victims of a killing;
- the perpetrator: a modifier ("a US air strike", read by :mod:`.anchors`), the subject
  ("militias launched two attacks"), "the US military said it carried out a strike", a
  blamed actor ("officials blamed Kataib Hezbollah for the attack") or "by ACTOR", or the side
  whose aircraft are the subject ("Coalition aircraft targeted the launch site");
- the weapon of a verb anchor ("was hit by rockets"), and a state's strike with no weapon
  named is an air strike;
- the count ("targeted two US bases", "attacked four times"; a state's "struck three sites"
  counts targets, not attacks);
- the date: in the words after it, else before it, else the sentence's only date.

Reads the sentence view, the speakers and ``ArticleState.last_group_actor``; writes only
the anchor.
"""

from __future__ import annotations

import re
from operator import attrgetter

from .._text import back_from, holds_any
from ..lookup import Actor
from ..lookup import kinds as K
from ..lookup.vocab import ACTOR_QUALIFIERS, APPOSITIVE_HEADS, ATTRIBUTION_HEDGES, ATTRIBUTION_VERBS, key_words, words
from ..lookup.wordclasses import (ACTOR_DESCRIPTORS, AFFILIATION_SUFFIXES, AGENT_PARTICIPLES, AIRCRAFT_SIDES,
                                  ATTACKER_PARTICIPLES, ATTACKER_VERBS, ATTRIBUTED_TO, BELIEF_VERBS, CAUSATIVE_VERBS,
                                  CAUSE_OPENERS, DOER_HEDGES,
                                  DOER_LINKS, FACILITY_NOUNS, GERUND_SUBJECT_PREPOSITIONS, GROUP_ADJECTIVES,
                                  GROUP_MEMBER_NOUNS, GROUP_PLURALS, GROUP_WORDS, INFINITIVE_AGENT_VERBS, LINK_ADVERBS,
                                  MOTIVE_PHRASES, NOT_TARGET_VERBS, ORDER_WORDS, ORIGIN_PREPOSITIONS,
                                  OWN_STRIKE_SPEECH, PLACE_PREPOSITIONS, PROVENANCE_VERBS, RESPONSE_VERBS,
                                  SELF_REFERENCES, SEQUENCE_WORDS, START_VERBS, STATEMENT_VERBS, STRIKE_VERBS,
                                  SUBJECT_BLOCKERS, TARGET_COUNT_NOUNS, TARGET_PREPOSITIONS, TRACE_NOUNS, TRACE_VERBS,
                                  USER_LINKS)
from .context import ArticleState, Document, SentenceView
from .elsewhere import dateline_city
from .model import REPORTING, Anchor, AnchorKind as A, CueKind as C, Tok
from .phrases import (ADJECTIVE_AFTER, COMMA, DATE_MODIFIER, MOTIVE_CLAUSE_OPENER, MOTIVE_OPENER,
                      MOTIVE_OPENER_LOOKBACK, PATRON_REASON, PLURAL_GROUP, TIMES_AFTER, VICTIM, founding_day,
                      opens_sentence, statement_day)
from .places import places
from .speakers import military_of, negated_speech, pronoun_subject, speaker_before, speaker_toks

_START = attrgetter("start")

# Windows, in characters.
TARGET_LOOKBACK = 30      # "an attack on US forces"
SUBJECT_PREP_LOOKBACK = 30  # "against US troops": a preposition before a would-be subject
BLAMED_GAP = 5            # "blamed Kataib Hezbollah"
ATTRIBUTED_GAP = 40       # "attributed the attack on Tower 22 to the Islamic Resistance in Iraq"
TO_LOOKBACK = 8           # " to the Islamic Resistance"
BY_LOOKBACK = 8           # "by Kataib Hezbollah", "by the Islamic Resistance"
BY_QUALIFIED_LOOKBACK = 32  # "by the radical Iranian-backed ..."
BY_RIGHT_AFTER = 2        # "an attack by ...": "by" right after the anchor
AGENT_BY_REACH = 60       # "the attack, which was carried out by ...": past a comma, the anchor's own participle
AGENT_BY_LOOKBACK = 14    # "was carried out by ..."
USED_BY_REACH = 80        # "conducted strikes on two sites used by Kataib Hezbollah"
USED_BY_LOOKBACK = 60     # "depots in eastern Syria used by Iran's ..."
OWNER_LOOKBACK = 12       # "utilized by"
TARGET_COUNT_GAP = 12     # "targeted two US bases"
TIMES_SPAN = 45           # "attacked Harir four times"
DATE_BEFORE_SLACK = 2     # a date ending right at the noun ("Sunday's attack")
SINCE_LOOKBACK = 7        # "since October 17" starts a tally, dates no attack

# NOT_TARGET: "called on the Iraqi government to ...": "on" after such a verb names no target
_NOT_TARGET = re.compile(rf"\b{words(NOT_TARGET_VERBS)}\son\s(?:the\s)?(?:[\w\-]+\s){{0,2}}$")
_PREP_TARGET = re.compile(rf"(?:^|\s){words(TARGET_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-]+\s){{0,2}}$")
# RELATIVE_TARGET: the object of an attack verb in a relative clause after the anchor ("strikes
# on groups that officials say have repeatedly targeted US troops"): that clause's target, whose
# attacks the strikes answer, not the strikes' own
#: RELATIVE_TARGET_LINKS: the one-word target links of TARGET_PREPOSITIONS longer than
#: SHORT_LINK_LEN; "on", "at" and "hit" are left out: in a relative clause they as often
#: give its time or place as its target ("groups that met on Friday").
SHORT_LINK_LEN = 3
_RELATIVE_TARGET_LINKS = tuple(w for w in TARGET_PREPOSITIONS if " " not in w and len(w) > SHORT_LINK_LEN)
_RELATIVE_TARGET = re.compile(rf"\b(?:that|which|who)\s(?:[\w\-'\u2019]+\s){{0,5}}?"
                              rf"{words(_RELATIVE_TARGET_LINKS)}"
                              rf"\s(?:the\s)?(?:[\w\-]+\s){{0,2}}$")
RELATIVE_TARGET_LOOKBACK = 70
# USED_BY: "strikes on two sites used by Kataib Hezbollah": the owner of what was hit
# is the target, a few words after the preposition (a noun, a place between)
_USED_BY = re.compile(rf"\b{words(FACILITY_NOUNS)}(?:\s[\w\-]+){{0,3}}?\s{words(USER_LINKS)}\s"
                      rf"(?:the\s)?(?:[\w'’\-]+\s){{0,2}}$")
# OWNER_BY: "a base used by US forces": who uses what was hit, not who hit it; "the drone was
# made by Iran": who made the weapon, not who launched it
_OWNER_BY = re.compile(rf"\b{words(tuple(w[:-3] for w in USER_LINKS if w.endswith(' by')) + PROVENANCE_VERBS)}\s$")
_CIVILIAN = re.compile(r"civilians?")
# PREP_BEFORE: an actor after a preposition is no subject ("against US troops", "backed by Iran").
_PREP_BEFORE = re.compile(rf"(?:^|\s){words(SUBJECT_BLOCKERS)}\s(?:the\s)?(?:[\w\-]+\s)?$")
# GERUND_SUBJECT: "the blasts came from Kataib Hezbollah shelling the airport": the
# actor right before an attack gerund is its subject, though a preposition comes before the actor
_GERUND_SUBJECT = re.compile(rf"(?:^|\s){words(GERUND_SUBJECT_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-]+\s)?$")
_GERUND = re.compile(r"[\w\-]+ing\b")
_MEMBERS_OF = re.compile(r"(?:fighters|mujahideen|combatants|members|militants|militiamen|units?|operatives|drones?)\s(?:of|from)\s(?:the\s)?$")
# SAID_IT_AGENT: "The US military said it carried out a self-defense strike"
# (also "the Pentagon confirmed it had conducted an air raid": a side's word on its own strike)
_SAID_IT_AGENT = re.compile(
    rf"(?P<say>{words(STATEMENT_VERBS + OWN_STRIKE_SPEECH)[3:-1]})\s(?:that\s)?{words(SELF_REFERENCES)}\s"
    rf"(?:had\s|has\s|have\s)?{words(ATTACKER_VERBS)}\s")
# BY: "by" and at most a determiner right before the actor ("by Kataib Hezbollah", "by the
# Islamic Resistance", "by an Iran-backed group": an indefinite attacker is still the attacker)
_BY = re.compile(r"(?:^|\s)by\s(?:the\s|an?\s)?$")
# SEQUENCE_BETWEEN: between an agent verb and an attack noun, a word that starts another
# phrase of time or motive ("sent carriers after the attack", "struck depots in response to the
# drone strike"): the attack is not that verb's object
_SEQUENCE_BETWEEN = re.compile(rf"\s(?:{words(SEQUENCE_WORDS[:4])}|{words(MOTIVE_PHRASES)})\s")
# BY_DESCRIBED: "by", then a description of the actor whose name follows ("by the Palestinian
# militant group Hamas", "by its ally, Hamas": up to three words before the descriptor)
_BY_DESCRIBED = re.compile(rf"(?:^|\s)by\s(?:the|its|their)\s(?:[\w\-]+\s){{0,3}}?{words(ACTOR_DESCRIPTORS)},?\s$")
BY_DESCRIBED_LOOKBACK = 50
BY_REACH = max(BY_LOOKBACK, BY_QUALIFIED_LOOKBACK, BY_DESCRIBED_LOOKBACK)  # the farthest of the three
# BY_GROUP_WORD: right after the attack, "by" and a word for the last group named ("a drone
# attack by the umbrella group", "rockets fired by the militia")
_BY_GROUP_WORD = re.compile(rf"\s(?:\w+ly\s)?by\s(?:the|this)\s(?:armed\s|militant\s)?{words(GROUP_WORDS)}\b")
# GROUP_POSSESSIVE: a group word in the possessive before the attack noun ("the militia's most
# serious attack", "the group's latest drone strike"): the group named before
_GROUP_POSSESSIVE = re.compile(rf"\b(?:the|this|that)\s{words(GROUP_WORDS)}['\u2019]s\s(?:[\w\-]+\s){{0,3}}$")
GROUP_POSSESSIVE_LOOKBACK = 60


def _group_possessive(f: str, lo: int, hi: int) -> bool:
    """Whether a group word in the possessive stands before the attack noun at *hi* (its "'s")."""
    return ("'s" in (w := f[lo:hi]) or "\u2019s" in w) and \
        _GROUP_POSSESSIVE.search(f, lo, hi) is not None


#: How far before the attack noun "responded with" may start ("responded with a wave of
#: airstrikes", "retaliated late on Friday with a wave of airstrikes").
RESPONSE_LOOKBACK = 60
# up to three words between the verb and "with": a day or an object ("responded on Tuesday with",
# "responded to the attack with"), no clause break
_RESPONSE_WITH = re.compile(rf"\b{words(RESPONSE_VERBS)}(?:\s[\w\-]+){{0,3}}?\swith\s(?:[\w\-]+\s){{0,3}}$")
#: CAUSED_AGENT: "forcing Washington to carry out two more air raids": the actor made
#: to act is the strikes' attacker; the causative's own subject is not (up to four words between
#: the infinitive and the noun: "to carry out retaliatory air strikes")
CAUSED_AGENT_LOOKBACK = 80
_CAUSED_AGENT = re.compile(rf"\b{words(CAUSATIVE_VERBS)}\s(?P<who>[^,;:()\"]{{1,45}}?)\sto\s"
                           rf"{words(INFINITIVE_AGENT_VERBS)}\s(?:[\w\-]+\s){{0,4}}$")
# BY_QUALIFIED: "by" and a qualifier right before the attacker ("by radical pro-Iranian
# militias", "by the Iranian-backed Houthi militia": an adjective or a patron's adjective)
# (or a hedge: "by alleged Iran-backed fighters", "by a suspected Iran-backed militia"; or words
# of nation and creed: "by the Palestinian Islamist Hamas movement")
_BY_QUALIFIED = re.compile(rf"(?:^|\s)by\s(?:(?:the\s)?(?:radical|rogue|armed|militant)\s"
                           rf"(?:[\w]{{2,12}}-{words(AFFILIATION_SUFFIXES)}\s)?"
                           rf"|(?:the\s)?[\w]{{2,12}}-{words(AFFILIATION_SUFFIXES)}\s"
                           rf"|(?:the\s|an?\s)?{words(ATTRIBUTION_HEDGES)}\s"
                           rf"|the\s(?:{words(GROUP_ADJECTIVES)}\s){{1,2}})$")
#: How far before an agent verb its unnamed subject may start ("whoever was behind").
UNNAMED_AGENT_LOOKBACK = 16
# UNNAMED_AGENT: right before an agent verb, a subject that names no one ("those responsible
# for", "whoever was behind", "the perpetrators of"): an actor before it did not do it
_UNNAMED_AGENT = re.compile(r"\b(?:those|whoever|anyone|anybody|the\sperpetrators|the\sones|the\speople)\s(?:who\s)?$")
#: How far before its agent verb a group word may start ("the resistance also conducted").
GROUP_SUBJECT_LOOKBACK = 40
# GROUP_SUBJECT: right before an agent verb (one adverb between), a subject that stands for the
# last armed group named ("the group conducted a drone attack", "its fighters also fired rockets":
# only a group has fighters; not "The group did not say who had launched the drones": there the
# group is no subject of "launched")
_GROUP_SUBJECT = re.compile(r"\b(?:the\s(?:group|militias?|faction|movement|network|(?:iraqi\s)?resistance)"
                            rf"|its\s{words(GROUP_MEMBER_NOUNS)})\s(?:\w+ly\s|also\s)?$")
# PLURAL_GROUP_SUBJECT, BY_PLURAL_GROUP: a plural group word ("these same militias":
# phrases.PLURAL_GROUP) for the Iran-backed militias of the sentence before: right before the verb that launched the attack ("These same
# militias fired two rockets"; an adverb or "have" between) or right after the attack noun and
# "by" ("a rocket attack by the groups on the base")
_PLURAL_GROUP_SUBJECT = re.compile(rf"\b{PLURAL_GROUP}\s(?:\w+ly\s|also\s|have\s|had\s)?$")
_BY_PLURAL_GROUP = re.compile(rf"\s(?:\w+ly\s)?by\s{PLURAL_GROUP}\b")
# PLURAL_WORD: a plural group word between the militias' name and the one that stands for them:
# another antecedent ("Iran-backed militias ... Turkish-backed factions ... these factions")
_PLURAL_WORD = re.compile(rf"\b{words(GROUP_PLURALS)}\b")
#: How many sentences back the Iran-backed militias may have been named for a plural group word.
GENERIC_GROUP_REACH = 1
# PARTICIPLE_IN: right after an agent verb, "in" or "during" and no object between: a participle
# that describes a thing ("found the truck used in the attack", "the drones launched during
# the assault"), not a verb its subject acts with
_PARTICIPLE_IN = re.compile(r"\s(?:in|during)\s(?:the|this|that|an?)\s")
_TO_AGENT = re.compile(r"\sto\s(?:the\s|an?\s)?$")  # "attributed the attack to (the, an) ..."
# ON_AGENT: "blamed the attack on (the, an) ...", past an opening quote and one qualifier
# ('blamed the attack on "radical Iran-backed groups"')
_ON_AGENT = re.compile(rf"\son\s\"?(?:the\s|an?\s)?(?:{words(ACTOR_QUALIFIERS)}\s)?$")
ON_LOOKBACK = 24
# ON_LEAD: the same words right after a blame verb ("... which Washington blamed on a militia")
_ON_LEAD = re.compile(rf"\son\s\"?(?:the\s|an?\s)?(?:{words(ACTOR_QUALIFIERS)}\s)?")
# BLAME_CLAUSE: between an attack noun and a blame verb, the start of a relative clause and its
# subject ("the strike, which Washington", "the attack that US officials have")
_BLAME_CLAUSE = re.compile(r",?\s(?:that|which)\s(?:[\w\-.']+\s){1,4}")
BLAME_CLAUSE_REACH = 50
# FROM_GROUP: "came under drone attack from Iran-backed groups", "attacks from Iran-backed
# militants": right after the anchor, an armed group after "from" is its author (a state or a
# place after "from" is where it came from: "rockets fired from Syria")
_FROM_GROUP = re.compile(rf"\sfrom\s(?:the\s)?(?:{words(ATTRIBUTION_HEDGES)}\s)?$")
# PP_ONLY: only the anchor's place, target or origin between it and "by" ("the attack on Israel by
# Hamas", "the deadly assault from Gaza by Hamas fighters")
_PP_ONLY = re.compile(rf"\s{words(TARGET_PREPOSITIONS[:3] + PLACE_PREPOSITIONS[:3] + ORIGIN_PREPOSITIONS)}"
                      rf"\s[\w\-'. ]{{1,40}}")
_AGENT_BY = re.compile(rf"\b{words(AGENT_PARTICIPLES)}\s$")
#: How far after the attack noun a clause that attributes it may end ("a drone attack on a base
#: near the border, which officials suspect was launched by ...").
ATTRIBUTED_REACH = 140
# ATTRIBUTED_AFTER: right before the actor, a clause of its own that hands the attack to it:
# ", attributed to", ", which the Pentagon attributes to", "that officials blamed on", ", which
# officials suspect was (likely) launched by", ", conducted by" (past an article and a qualifier:
# "to a rogue ..."), "that officials said bore the "footprints" of" (quoted or not: TRACE_NOUNS)
_ATTRIBUTED_AFTER = re.compile(
    rf",?\s(?:(?:which|that)\s(?:[\w\-.]+\s){{1,4}}?)?"
    rf"(?:(?:{words(ATTRIBUTED_TO)}|(?:{words(BELIEF_VERBS)}\s(?:it\s)?(?:was\s(?:{words(LINK_ADVERBS)}\s)?)?)?"
    rf"{words(ATTACKER_PARTICIPLES)}\sby)\s"
    rf"|(?P<trace>{words(TRACE_VERBS)}\s\"?the\s\"?{words(TRACE_NOUNS)}\"?\sof\s\"?))"
    rf"(?:the\s|an?\s)?(?:{words(ACTOR_QUALIFIERS)}\s|{words(ATTRIBUTION_HEDGES)}\s)?$")


# DOER_BETWEEN: from the end of a group's name to the attack noun, what the group did to it, as
# an appositive, a relative clause or a participle ("Kataib Hezbollah, the faction responsible for
# the Erbil rocket attack", "the militia accused of carrying out Sunday's attack", "KH, which launched
# the drone strike"); the attack's own modifiers (at most four words) end it
_DOER_BETWEEN = re.compile(
    rf"(?:,\s(?:the|an?)\s(?:[\w\-]+\s){{0,2}}?{words(APPOSITIVE_HEADS)})?"
    rf",?\s(?:(?:is|are|was|were)\s)?(?:(?:widely\s|long\s)?{words(DOER_HEDGES)}\s)?"
    rf"{words(DOER_LINKS)}\s(?:[\w'\u2019.\-]+\s){{0,4}}")
#: How far before the attack noun the group's name may end ("..., the group long suspected of
#: carrying out last Sunday's deadly drone ").
DOER_LOOKBACK = 120


def _doer_before(doc: Document, a: Anchor, toks: list[Tok], sentence_end: int) -> Actor | None:
    """The group that a clause right before the attack noun *a* makes its doer (see
    :data:`_DOER_BETWEEN`), read as a subject is; None without that form, or for a state held
    responsible as a patron ("holds Iran responsible for the attack because it supplies the
    weapons")."""
    f = doc.folded
    lo = a.left - DOER_LOOKBACK
    t = next((t for t in reversed(toks) if t.actor is not None and lo <= t.end <= a.left), None)
    if t is None or t.actor is None or t.actor.kind in K.REPORTING_KINDS or t.actor.kind == K.OFFICIAL \
            or not _DOER_BETWEEN.fullmatch(f, t.end, a.left):
        return None
    militias = militias_of(doc, t)
    if militias is None and t.actor.kind == K.STATE and PATRON_REASON.search(f, a.end, sentence_end):
        return None
    if militias is not None:
        return militias
    # a state as a subject is read: its forces for a side that has them ("the US"), else itself
    return military_of(doc, t.actor) if t.actor.side in K.STATE_FORCE_SIDES else t.actor


def _attributes(f: str, lo: int, hi: int) -> bool:
    """Whether ``f[lo:hi]`` may hold a clause that hands an attack to an actor: it attributes,
    blames or pins it, or names who carried it out "by"."""
    w = f[lo:hi]
    return "by" in w or "attribut" in w or "blame" in w or "pinned" in w or "prints" in w or "hallmark" in w


# PP_STRETCH: between the attack noun and that clause only its place or target ("on Erbil air
# base in Iraq", "near the Jordan-Syria border"): no clause of its own
_PP_STRETCH = re.compile(rf"(?:\s{words(TARGET_PREPOSITIONS[:3] + PLACE_PREPOSITIONS)}\s[^,;:()\"]{{1,90}})?")
_TARGET_COUNT = re.compile(rf"\s(?:us\s|american\s)?{words(TARGET_COUNT_NOUNS)}\b")
_STRIKE_NOUN = re.compile(r"strikes?$")
_STRIKE_VERB = re.compile(rf"{words(STRIKE_VERBS)}$")
_SINCE_BEFORE = re.compile(r"since\s$")
#: BETWEEN_BEFORE: "rockets kept falling between last November, when the raids started, and
#: March": the start of a span dates no attack (even before a "when" clause, unlike "since")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s$")
BETWEEN_LOOKBACK = 9
# SINCE_BEGAN: "since the war began on October 7", "since the outbreak of the war on October 7":
# the day a war began, the start of a campaign summed up, dates no attack
_SINCE_BEGAN = re.compile(r"\bsince\s(?:[\w\-'\u2019]+\s){0,6}(?:began|begun|started|erupted|broke\sout|"
                          r"outbreak\sof(?:\s[\w\-'\u2019]+){1,4}|start\sof(?:\s[\w\-'\u2019]+){1,4})\s(?:on\s|in\s)?$")
SINCE_BEGAN_LOOKBACK = 70
# ON_DAY: between a time of day and the day it falls on ("overnight on February 2", "late on Jan. 4")
_ON_DAY = re.compile(r",?\s(?:on\s)?")
# SINCE_CLAUSE: "since" and the rest of its clause up to a date ("since Israel launched its war on")
_SINCE_CLAUSE = re.compile(r"\bsince\s[^,;:()]{0,80}$")
SINCE_CLAUSE_LOOKBACK = 90
# WHEN_AFTER: "since early February, when Washington launched strikes": the date of the
# when-clause's attack, not only a tally's start
_WHEN_AFTER = re.compile(r",?\swhen\s")
# MILITIA_AFTER: a state named as the modifier of militias ("Iran malign militia groups",
# "Iran's militia proxies"): the militias act, not the state
_MILITIA_AFTER = re.compile(r"(?:['\u2019]s)?\s(?:[\w\-]+\s)?(?:militias?|militants|proxies|proxy\sgroups)\b")
#: RAISED: a reporting verb raised over the attack's own verb reports no speech ("two drones
#: were said to have been launched at the base": the base is still the drones' target)
_RAISED = re.compile(r"\sto\s(?:have|be)\s")
#: CAUSE: a word that opens the cause of the clause before it (CAUSE_OPENERS)
_CAUSE = re.compile(rf"\b{words(CAUSE_OPENERS)}\s")
#: SPAN_BEFORE: a time span or "came" before "after" ("came hours after the hospital was hit"): a
#: sequence that dates one attack by the other (read by the dates), no cause of the clause
_SPAN_BEFORE = re.compile(r"\b(?:hours|days|weeks|months|minutes|shortly|soon|just|came|comes|come|day|week)\s$")
SPAN_BEFORE_LOOKBACK = 10


def frame(doc: Document, sv: SentenceView, st: ArticleState, a: Anchor) -> None:
    """Fill in the places, target, perpetrator, weapon, count and date of anchor *a*."""
    f = doc.folded
    toks = sv.toks
    # The forward segment ends at the next anchor, or at a speech verb that reports it.
    fwd_end = a.seg_end
    if fwd_end < sv.s.end and (cause := _CAUSE.search(f, a.end, fwd_end)) is not None and \
            not _SPAN_BEFORE.search(f, back_from(a.end, cause.start(), SPAN_BEFORE_LOOKBACK), cause.start()) and \
            any(t.place is not None and cause.end() <= t.start < fwd_end for t in toks):
        # "targeted militia sites in X after its base at Y was subjected to rocket fire": the
        # cause holds the next attack, and the places in it before that attack's words are its
        fwd_end = cause.start()
    for c in sv.cues:
        if c.kind in REPORTING and a.end <= c.start < fwd_end and not _RAISED.match(f, c.end):
            # the speaker's name before the verb is not an object either
            spk = speaker_before(doc, sv, c.start)
            fwd_end = spk.start if spk is not None and spk.start >= a.end else c.start
            break
    fwd: list[Tok] = []
    back: list[Tok] = []
    city = dateline_city(doc, sv.s.idx)  # "ERBIL, Jan. 3 (AFP) -": the reporter's city (elsewhere.py)
    back_start = a.seg_start
    opener = MOTIVE_OPENER if a.kind == A.NP else MOTIVE_CLAUSE_OPENER if a.kind == A.VERB else None
    m = opener.search(f, back_from(a.seg_start, a.left, MOTIVE_OPENER_LOOKBACK), a.left) \
        if opener is not None else None
    if m is not None and any(x is not a and (x.end <= a.left or x.start >= a.end
                                             and opens_sentence(f, sv.s.start, m.start())) for x in sv.live):
        # "struck a depot in al-Qaim in retaliation for an attack on a US base", "In response to a
        # drone attack, US jets hit ...", "... after militants attacked a US base": the attack a
        # strike told in the sentence answers; al-Qaim and the strike's doer are not its
        a.motive = True
        back_start = m.end()
    for t in toks:
        if a.end <= t.start and t.end <= fwd_end:
            fwd.append(t)
        if back_start <= t.start and t.end <= a.left and t is not city:
            back.append(t)
    places(doc, sv, a, fwd, back)
    if a.motive and not a.sites and not a.countries:
        # "struck sites in Iraq after an attack injured US personnel": with no place of its own,
        # the answered attack is most often in the strike's country (never at its site)
        outer = [t for t in toks if a.seg_start <= t.start and t.end <= back_start and t is not city
                 and t.place is not None and t.place.kind == K.COUNTRY]
        if outer:
            places(doc, sv, a, [], outer)
            a.borrowed_country = bool(a.countries)
    if a.named_country is not None:
        # "after Hamas carried out Operation al-Aqsa Storm, Israel's war on Gaza ...": the named
        # attack's country, not the war's places around it
        a.sites, a.site_countries, a.countries = [], [], [a.named_country]
    _target(doc, a, fwd, back, fwd_end)
    if a.perp is None and a.kind != A.KILL:
        _perpetrator(doc, sv, st, a, fwd, back)
    if a.perp is not None:
        a.perp = force_of(doc, a.perp)
    if a.perp is not None and a.named_country is not None and a.perp.country == a.named_country:
        # "Israel started its war on Gaza after Gaza's groups conducted Operation al-Aqsa Storm":
        # the state the named attack hit is not its attacker
        a.perp = None
    # weapon of a verb anchor: a munition in its segment ("was hit by rockets")
    if a.kind == A.VERB and a.weapon == K.UNKNOWN_WEAPON:
        for t in fwd + back:
            if t.weapon_term is not None and t.weapon_term.weapon != K.UNKNOWN_WEAPON:
                a.weapon = t.weapon_term.weapon
                break
    # "targeted two US bases": two attacks; but a state's "struck 85 targets" is one wave on a
    # count of targets (ANNOTATION.md: counts of targets are no attacks)
    if a.kind in (A.VERB, A.MUNITION) and not (a.perp is not None and a.perp.side in K.STATE_FORCE_SIDES):
        for n in sv.nums:
            if a.end <= n.start <= a.end + TARGET_COUNT_GAP and not n.ordinal and _TARGET_COUNT.match(f, n.end):
                a.count = n.value
    # A strike by a state's forces with no weapon named is an air strike in this conflict
    # ("US strikes hit ...", "a US strike on Jurf al-Sakhar").
    if a.weapon == K.UNKNOWN_WEAPON and a.kind == A.NP and a.perp is not None and \
            a.perp.side in K.STATE_FORCE_SIDES and _STRIKE_NOUN.search(f, a.start, a.end):
        a.weapon = K.AIR_STRIKE
    # ... and so is an attack verb with a state's forces as its subject ("Two U.S. fighter
    # jets struck ...", "at my direction, American forces struck targets in Iraq")
    if a.weapon == K.UNKNOWN_WEAPON and a.kind == A.VERB and not a.passive and a.perp is not None and \
            a.perp.side in K.STATE_FORCE_SIDES and a.perp.kind in K.STATE_KINDS and \
            _STRIKE_VERB.match(f, a.start, a.end):
        a.weapon = K.AIR_STRIKE
    # "attacked four times", "drones attacked Harir twice"
    if a.kind in (A.VERB, A.MUNITION):
        for n in sv.nums:
            if a.end <= n.start <= min(fwd_end, a.end + TIMES_SPAN) and (
                    TIMES_AFTER.match(f, n.end) or f[n.num_start:n.end] in ("twice", "once")):
                a.count = n.value
                break
    _date(doc, sv, a, fwd_end)


def force_of(doc: Document, actor: Actor) -> Actor:
    """The armed force an actor stands for as the author of an attack: a state's military
    ("The United States struck"), a state's government body or official ("strikes ordered by
    the White House", "a US official said it struck") its state's military, and a command
    its service ("CENTCOM forces conducted a strike" is the US military's)."""
    if actor.kind in (K.STATE, K.GOVERNMENT_BODY, K.OFFICIAL) and actor.side in K.STATE_FORCE_SIDES:
        state = actor.name if actor.kind == K.STATE else actor.parent
        m = doc.g.military(state) if state else None
        return m or actor
    if actor.kind == K.MILITARY and actor.parent:
        parent = doc.g.actor_by_name.get(actor.parent)
        if parent is not None and parent.kind == K.MILITARY:
            return parent
    return actor


def _target(doc: Document, a: Anchor, fwd: list[Tok], back: list[Tok], fwd_end: int) -> None:
    """The target: an actor after "on / against / at"; the subject of a passive verb; the
    victims of a killing."""
    f = doc.folded
    # an active attack verb's own word counts as the link to its object: "militants attacked US
    # forces with drones", "gunmen targeted American troops" (the window then starts before it);
    # not a gerund, whose object is a habit's ("a group involved in targeting US interests")
    lo = max(a.start - 1, 0) if a.kind == A.VERB and not a.passive and not f.endswith("ing", a.start, a.end) \
        else a.end
    for t in fwd:
        if t.actor is not None and _PREP_TARGET.search(f, back_from(lo, t.start, TARGET_LOOKBACK), t.start) \
                and not _NOT_TARGET.search(f, back_from(a.end, t.start, TARGET_LOOKBACK), t.start) \
                and not _BY.search(f, back_from(a.end, t.start, BY_LOOKBACK), t.start):  # "the attack on al-Tanf by KH"
            if _RELATIVE_TARGET.search(f, back_from(a.end, t.start, RELATIVE_TARGET_LOOKBACK), t.start):
                continue  # "groups that have targeted US troops": the relative clause's own target
            a.target = t.actor.name
            break
    if a.target is None:
        for t in fwd:
            if t.actor is not None and t.start - a.end <= USED_BY_REACH and \
                    not f.startswith(("'s", "’s"), t.end) and \
                    _USED_BY.search(f, back_from(a.end, t.start, USED_BY_LOOKBACK), t.start):
                # (the owner is the noun after a possessive: "Iran's Revolutionary Guard")
                a.target = t.actor.name
                break
    if a.target is None and a.passive:
        for t in back[::-1]:  # the last actor before the anchor
            if t.actor is not None:
                a.target = t.actor.name
                break
    if a.kind == A.KILL:
        m = VICTIM.match(f, a.end, fwd_end)
        seg = f[a.end:fwd_end]
        a.target = "civilians" if _CIVILIAN.search(seg) else (m.group("noun") if m else None)


def _perpetrator(doc: Document, sv: SentenceView, st: ArticleState, a: Anchor, fwd: list[Tok],
                 back: list[Tok]) -> None:
    """The perpetrator when no modifier named it: the subject before the anchor, "X said it
    carried out", a blamed actor, or "by ACTOR"."""
    f = doc.folded
    s, toks = sv.s, sv.toks
    seg_start, a_left = a.seg_start, a.left
    if a.kind in (A.NP, A.MUNITION):
        # "Washington sanctioned Kataib Hezbollah, the faction responsible for the Erbil rocket attack":
        # the doer named right before the noun, not the clause's subject
        a.perp = _doer_before(doc, a, toks, s.end)
        if a.perp is not None:
            return
    subj: list[Tok] = []
    if not a.passive:
        clause: int | None = None  # the start of the subject's clause, found for the first actor
        acts: int | None = None
        for t in back:
            if t.actor is None or t.actor.kind in K.REPORTING_KINDS or t.actor.kind == K.OFFICIAL:
                continue  # a monitor, a source or an official speaks of attacks, never makes them
            if f.startswith("-", t.end) and ADJECTIVE_AFTER.match(f, t.end):
                continue  # "Iran-backed Shiite militia groups launched": Iran is their patron
            if clause is None:
                clause = doc.last_break(seg_start, a_left, seg_start)
                if a.kind in (A.NP, A.MUNITION):
                    # the subject of a noun phrase must act on it: "militias launched two
                    # attacks", i.e. end before the latest agent or launch verb before it
                    acts = -1
                    acts_end = -1
                    for k in (*sv.ck[C.AGENT], *sv.ck[C.LAUNCH_V]):
                        if k.end <= a_left and k.start > acts:
                            acts, acts_end = k.start, k.end
                    if acts > 0 and _PARTICIPLE_IN.fullmatch(f, acts_end, a_left):
                        break  # "found the truck used in the attack": a participle, no one acts with it
                    if acts > 0 and f[acts:acts_end] in START_VERBS and COMMA.search(f, acts_end, a_left):
                        break  # "after the conflict pitting Hamas against Israel began, ... an attack": no object
                    # "US forces responded with airstrikes": the reply's subject acts on it
                    r_lo = back_from(seg_start, a_left, RESPONSE_LOOKBACK)
                    r = _RESPONSE_WITH.search(f, r_lo, a_left) if f.find("with", r_lo, a_left) >= 0 else None
                    if r is not None and r.start() > acts:
                        acts = r.start()
                    if acts > 0 and _SEQUENCE_BETWEEN.search(f, acts, a_left):
                        # "Washington sent two carriers to the region after the Oct. 7 attack": the
                        # verb acts on its own object; the attack after "after" is another clause's
                        break
                    if acts > 0 and _UNNAMED_AGENT.search(f, back_from(s.start, acts, UNNAMED_AGENT_LOOKBACK), acts):
                        break  # "to apprehend those responsible for the attack": no one named did it
            if t.start < clause or (acts is not None and t.end > acts):
                continue
            plo = back_from(s.start, t.start, SUBJECT_PREP_LOOKBACK)
            if not _PREP_BEFORE.search(f, plo, t.start) or _MEMBERS_OF.search(f, plo, t.start) \
                    or (a.kind == A.VERB and f[t.end:a.left] == " " and _GERUND.match(f, a.left)
                        and _GERUND_SUBJECT.search(f, plo, t.start)):
                subj.append(t)
        if subj:
            speakers = speaker_toks(doc, sv)
            subj = [t for t in subj if t.start not in speakers]
    if subj and (a.kind != A.VERB or not a.passive):
        last = subj[-1].actor
        assert last is not None
        tok = subj[0] if a.kind == A.NP and len(subj) > 1 and last.kind == K.STATE else subj[-1]
        a.perp = militias_of(doc, tok) or tok.actor
        assert a.perp is not None
        if a.perp.side in K.STATE_FORCE_SIDES:
            a.perp = military_of(doc, a.perp)  # "The United States struck ..." -> US military
        if a.target == a.perp.name:
            a.perp = None
        elif a.perp.kind == K.STATE and PATRON_REASON.search(f, a.end, s.end):
            a.perp = None  # "holds Iran responsible for the attack because it supplies the weapons": a patron
    if a.perp is None and a.kind in (A.NP, A.MUNITION):
        m = None
        if "it" in (before := f[seg_start:a_left]) or "they" in before:
            for m in _SAID_IT_AGENT.finditer(f, seg_start, a_left):
                pass  # the last one
        if m is not None:
            spk = speaker_before(doc, sv, m.start("say"))
            author = spk.actor if spk is not None else (
                st.last_group_actor if pronoun_subject(doc, sv, m.start("say")) else None)
            if author is not None:
                a.perp = military_of(doc, author)
    if a.perp is None and a.kind in (A.NP, A.MUNITION) and not a.passive and st.last_group_actor is not None \
            and (sv.ck[C.AGENT] or sv.ck[C.LAUNCH_V]):
        # "The resistance also conducted a drone attack on ...": a group word as the
        # subject of the agent verb before the noun is the last group named
        agent = max((k for k in (*sv.ck[C.AGENT], *sv.ck[C.LAUNCH_V]) if seg_start <= k.start and k.end <= a_left),
                    key=_START, default=None)
        if agent is not None and _GROUP_SUBJECT.search(f, back_from(s.start, agent.start, GROUP_SUBJECT_LOOKBACK),
                                                       agent.start):
            a.perp = st.last_group_actor
            a.group_subject = True
    if a.perp is None and st.generic_group is not None and s.idx - st.generic_sentence <= GENERIC_GROUP_REACH:
        # "These same militias fired two rockets", "a rocket attack by the groups on the base": the
        # Iran-backed militias of the sentence before
        if a.kind == A.VERB:
            at: int | None = a.left
        else:
            at = max((k.start for k in (*sv.ck[C.AGENT], *sv.ck[C.LAUNCH_V]) if seg_start <= k.start and k.end <= a_left),
                     default=None)
        m = _PLURAL_GROUP_SUBJECT.search(f, back_from(s.start, at, GROUP_SUBJECT_LOOKBACK), at) \
            if at is not None and not a.passive else None
        if m is None and f.find("by", a.end, doc.next_punct(a.end)) >= 0:
            m = _BY_PLURAL_GROUP.match(f, a.end)
        if m is not None and not _PLURAL_WORD.search(f, st.generic_end, m.start()):
            a.perp = st.generic_group
    if a.perp is None and st.last_group_actor is not None and (
            (f.find("by", a.end, doc.next_punct(a.end)) >= 0 and _BY_GROUP_WORD.match(f, a.end))
            or _group_possessive(f, back_from(seg_start, a.start, GROUP_POSSESSIVE_LOOKBACK), a.start)):
        # "a rocket attack by the umbrella group", "the militia's heaviest attack so far":
        # the group named before
        a.perp = st.last_group_actor
    if a.perp is None:
        for c in sv.ck.get(C.BLAME, ()):
            if c.end <= a.left and not negated_speech(f, s.start, c.start) \
                    and not PATRON_REASON.search(f, c.end, s.end):  # "has not blamed Iran"; "... because it arms them"
                if c.text in ATTRIBUTION_VERBS:  # "attributed the attack to Kataib Hezbollah"
                    blamed = next((t for t in toks if t.actor is not None and 0 <= t.start - a.end <= ATTRIBUTED_GAP
                                   and _TO_AGENT.search(f, back_from(a.end, t.start, TO_LOOKBACK), t.start)), None)
                else:
                    blamed = next((t for t in toks if t.actor is not None and 0 <= t.start - c.end <= BLAMED_GAP),
                                  None)
                    if blamed is None and a.left - c.end <= BLAMED_GAP:
                        # "Austin blamed the rocket attack, which wounded five, on a rogue
                        # militia": the attack is the verb's object, the attacker after "on"
                        blamed = next((t for t in toks if t.actor is not None and 0 <= t.start - a.end <= ATTRIBUTED_GAP
                                       and _ON_AGENT.search(f, back_from(a.end, t.start, ON_LOOKBACK), t.start)), None)
                if blamed is not None:
                    assert blamed.actor is not None
                    a.perp = military_of(doc, blamed.actor)
            elif c.start >= a.end and c.text.endswith("ed") and c.start - a.end <= BLAME_CLAUSE_REACH \
                    and _BLAME_CLAUSE.fullmatch(f, a.end, c.start) and not negated_speech(f, a.end, c.start):
                # "the drone attack, which Washington blamed on Kataib Hezbollah": a relative
                # clause whose speaker blames the attack before it on the actor after "on"
                lead = _ON_LEAD.match(f, c.end)
                blamed = next((t for t in toks if t.actor is not None and lead is not None
                               and t.start == lead.end()), None)
                if blamed is not None:
                    assert blamed.actor is not None
                    a.perp = military_of(doc, blamed.actor)
            if a.perp is not None:
                break
    if a.perp is None and a.kind == A.VERB and not a.passive:
        # "a drone fired by Iran-backed fighters hit the base": the agent
        # of the munition that is the verb's subject
        for t in back[::-1]:
            m = _BY.search(f, back_from(seg_start, t.start, BY_LOOKBACK), t.start) if t.actor is not None else None
            if m is not None and _AGENT_BY.search(f, max(seg_start, m.start() - AGENT_BY_LOOKBACK), m.start() + 1) \
                    and not (f.startswith("-", t.end) and ADJECTIVE_AFTER.match(f, t.end)) \
                    and not COMMA.search(f, t.end, a.left):
                assert t.actor is not None
                a.perp = military_of(doc, t.actor)
                break
    if a.perp is None:
        for t in fwd:
            # (each of the three reads a "by" right before the actor)
            m = (_BY.search(f, back_from(a.end, t.start, BY_LOOKBACK), t.start)
                 or _BY_QUALIFIED.search(f, back_from(a.end, t.start, BY_QUALIFIED_LOOKBACK), t.start)
                 or _BY_DESCRIBED.search(f, back_from(a.end, t.start, BY_DESCRIBED_LOOKBACK), t.start)) \
                if t.actor is not None and f.find("by", back_from(a.end, t.start, BY_REACH), t.start) >= 0 else None
            if m is not None and _OWNER_BY.search(f, max(a.end, m.start() - OWNER_LOOKBACK), m.start() + 1):
                continue
            if m is not None and (m.start() - a.end <= BY_RIGHT_AFTER or _PP_ONLY.fullmatch(f, a.end, m.start())
                                  or (_AGENT_BY.search(f, max(a.end, m.start() - AGENT_BY_LOOKBACK), m.start() + 1)
                                      and (m.start() - a.end <= AGENT_BY_REACH or not COMMA.search(f, a.end, m.start())))):
                # (far, past a comma, it is another clause's: not "..., a demand long made by")
                # "an attack by KH", "the attack on Israel by Hamas", "was carried out by KH"; not
                # "the drone strike that killed ... highlighted the threats faced by US forces"
                assert t.actor is not None
                if f.startswith("-", t.end) and (adj := ADJECTIVE_AFTER.match(f, t.end)) is not None:
                    # "attacks by Iran-backed groups": Iran is their patron; "by the
                    # Iranian-backed Houthi militia": the actor right after the patron did it
                    nxt = next((u for u in fwd if u.actor is not None and u.start > t.end), None)
                    if nxt is not None and nxt.actor is not None and nxt.start - adj.end() <= 1 \
                            and nxt.actor.kind in K.GROUP_KINDS:
                        a.perp = nxt.actor
                    break
                a.perp = military_of(doc, t.actor)
                break
    if a.perp is None and a.kind != A.VERB and _attributes(f, a.end, min(a.end + ATTRIBUTED_REACH, a.seg_end)):
        # "three soldiers were hurt in an attack on Erbil air base, attributed to Kataib
        # Hezbollah": a clause after the attack and its place names its attacker
        for t in toks:
            if t.actor is None or t.start < a.end or t.start > a.end + ATTRIBUTED_REACH or t.start >= a.seg_end:
                continue
            m = _ATTRIBUTED_AFTER.search(f, a.end, t.start)
            if m is not None and _PP_STRETCH.fullmatch(f, a.end, m.start()) and \
                    t.actor.kind not in K.REPORTING_KINDS and t.actor.kind != K.OFFICIAL:
                a.perp = militias_of(doc, t) or military_of(doc, t.actor)
                a.traced = m.group("trace") is not None
                break
    if a.perp is None and a.kind in (A.NP, A.MUNITION) and not a.passive:
        a.perp = _caused_agent(doc, a, toks)
    if a.perp is None:
        for t in fwd:
            if t.actor is not None and (t.start - a.end <= BY_RIGHT_AFTER + BY_LOOKBACK
                                        or _FROM_GROUP.fullmatch(f, a.end, t.start)):
                if (t.actor.kind in K.GROUP_KINDS or t.actor.kind == K.GENERIC and t.actor.side == K.IRAN_ALIGNED) \
                        and _FROM_GROUP.search(f, a.end, t.start):
                    a.perp = t.actor
                break
    if a.perp is None:
        a.perp = _aircraft_side(doc, a, toks)


#: How far before an aircraft noun its side's word may start, past one word
#: ("Israeli military aircraft").
AIRCRAFT_SIDE_LOOKBACK = 40
# AIRCRAFT_SIDE: a side's word and at most one more word right before the aircraft noun
_AIRCRAFT_SIDE = re.compile(rf"\b(?P<side>{words(tuple(k for k, _ in AIRCRAFT_SIDES))})\s(?:[\w\-]+\s)?$")
_AIRCRAFT_SIDE_ACTOR = dict(AIRCRAFT_SIDES)
# SUBJECT_TO_VERB: between an aircraft noun as the subject and its attack verb, at most one adverb
# ("coalition aircraft later struck")
_SUBJECT_TO_VERB = re.compile(r"\s(?:[a-z]+ly\s|later\s|then\s|also\s)?")


def _aircraft_side(doc: Document, a: Anchor, toks: list[Tok]) -> Actor | None:
    """The forces of the side whose aircraft made the attack *a*: the side's word right before
    an aircraft noun that is the attack verb's subject or the munition anchor with its verb
    ("Coalition aircraft targeted the launch site"); None without that form or for a side the
    actors table lacks (see AIRCRAFT_SIDES).  Not an attack noun ("an Israeli airstrike"): a
    state's strike takes a drone named after it as its own (same_event._state_drone), so a drone
    told later would join it."""
    if a.kind == A.NP or a.kind == A.KILL or a.kind == A.VERB and a.passive:
        return None
    f = doc.folded
    for t in toks:
        w = t.weapon_term
        if w is None or w.weapon != K.AIR_STRIKE:
            continue
        if a.kind == A.MUNITION:
            if t.start < a.left or t.end > a.end:  # the munition anchor is the aircraft noun
                continue
        elif t.end > a.left or not _SUBJECT_TO_VERB.fullmatch(f, t.end, a.left):
            continue
        m = _AIRCRAFT_SIDE.search(f, back_from(a.seg_start, t.start, AIRCRAFT_SIDE_LOOKBACK), t.start)
        if m is None:
            return None
        actor = doc.g.actor_by_name.get(_AIRCRAFT_SIDE_ACTOR[m["side"]])
        return military_of(doc, actor) if actor is not None else None
    return None


def _caused_agent(doc: Document, a: Anchor, toks: list[Tok]) -> Actor | None:
    """The actor a causative makes carry out the noun anchor *a* ("forcing US forces to conduct
    a strike"), as its force; None without that form or without exactly one actor in it (a
    monitor or a source made to speak is none)."""
    f = doc.folded
    if f.find(" to ", back_from(a.seg_start, a.left, CAUSED_AGENT_LOOKBACK), a.left) < 0:
        return None
    m = _CAUSED_AGENT.search(f, back_from(a.seg_start, a.left, CAUSED_AGENT_LOOKBACK), a.left)
    if m is None:
        return None
    who = [t for t in toks if t.actor is not None and m.start("who") <= t.start and t.end <= m.end("who")]
    if len(who) != 1 or who[0].actor is None or who[0].actor.kind in K.REPORTING_KINDS:
        return None
    return military_of(doc, who[0].actor)


def militias_of(doc: Document, t: Tok) -> Actor | None:
    """The generic militias of a state named as their modifier ("Iran malign militia groups",
    "Iran's militia proxies"): the table's "<state>-backed militias", or None."""
    if t.actor is None or t.actor.kind != K.STATE or not _MILITIA_AFTER.match(doc.folded, t.end):
        return None
    return doc.g.actor_by_name.get(K.BACKED_MILITIAS.format(t.actor.name))


# ORDER_BETWEEN: an order word between a day and a killing after it (see _date)
_ORDER_BETWEEN = re.compile(rf"\b{words(ORDER_WORDS)}\b")
_ORDER_KEYS = key_words(ORDER_WORDS)


def _date(doc: Document, sv: SentenceView, a: Anchor, fwd_end: int) -> None:
    """The date of anchor *a*: in its forward segment, else before the noun (unless an
    earlier anchor took it), else the sentence's only date no other anchor holds; never a
    tally's start ("since October 17") nor the date of a statement ("said on Tuesday")."""
    dexprs = sv.dexprs
    if not dexprs:
        return
    f = doc.folded
    s, anchors = sv.s, sv.anchors
    # "The Oct. 18 attack on ... after the Oct. 7 assault": a date right before the noun is its own
    own = [d for d in dexprs if a.seg_start <= d.start and DATE_MODIFIER.fullmatch(f, d.end, a.left)]
    if not own:  # ... and never another noun's ("The attacks began after Hamas' Oct. 7 assault")
        own = [d for d in dexprs if a.end <= d.start and d.end <= fwd_end and not any(
            b is not a and b.left > d.start and DATE_MODIFIER.fullmatch(f, d.end, b.left) for b in anchors)]
    # "met on March 2, two days after the group was blamed for the killing of ...": before a
    # killing, the day of a clause that an order word sets before or after it is not its day
    other_clause = a.kind == A.KILL and holds_any(f, _ORDER_KEYS, s.start, a.left)
    if not own:
        own = [d for d in dexprs if a.seg_start <= d.start and d.end <= a.left + DATE_BEFORE_SLACK
               and not any(b is not a and b.date is d for b in anchors)
               and not (other_clause and _ORDER_BETWEEN.search(f, d.end, a.left))]
    if not own:
        free = [d for d in dexprs if not any(b is not a and b.seg_start <= d.start < b.seg_end for b in anchors)
                and not (other_clause and d.end <= a.left and _ORDER_BETWEEN.search(f, d.end, a.left))]
        if len(free) == 1:
            own = free
    # "overnight on February 2": a time of day with no day of its own, then the day it falls on
    if len(own) > 1:  # (a day of its own is another date)
        own = [d for d in own if not ((d.date is None or d.kind == "relative") and any(
            e.date is not None and e.precision == "day" and _ON_DAY.fullmatch(f, d.end, e.start) for e in own))]
    for d in own:
        if (d.kind != "year" or d.precision == "year") \
                and not ((_SINCE_BEFORE.search(f, back_from(s.start, d.start, SINCE_LOOKBACK), d.start)
                          or f.startswith("since ", d.start))  # a month's phrase holds its "since"
                         and not (_WHEN_AFTER.match(f, d.end) and d.end <= a.left)) \
                and not _BETWEEN_BEFORE.search(f, back_from(s.start, d.start, BETWEEN_LOOKBACK), d.start) \
                and not founding_day(f, s.start, d.start) \
                and not (d.precision == "year" and doc.brk(min(d.end, a.end), max(d.start, a.left))) \
                and not statement_day(f, s.start, d.start, d.end) \
                and not (f.find("since", back_from(s.start, d.start, SINCE_BEGAN_LOOKBACK), d.start) >= 0
                         and _SINCE_BEGAN.search(f, back_from(s.start, d.start, SINCE_BEGAN_LOOKBACK), d.start)) \
                and not (d.start > a.end and f.find("since", back_from(a.end, d.start, SINCE_CLAUSE_LOOKBACK), d.start) >= 0
                         and _SINCE_CLAUSE.search(f, back_from(a.end, d.start, SINCE_CLAUSE_LOOKBACK), d.start)):
            # (nor a day in a "since" clause after the anchor: "The attacks are the escalation
            # leaders have warned of since Israel launched its war on October 7"; nor a founding's,
            # nor a year across a clause break: "As the US withdrew from Afghanistan in 2021, a
            # bomber in Kabul killed 13 Americans; this recent assault is the bloodiest since")
            a.date = d
            break
