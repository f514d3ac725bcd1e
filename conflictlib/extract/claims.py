"""Claims: who says an attack happened, with which stance.

This module finds the statements and makes their rows; which stance a verb takes and which
events it is about is decided in :mod:`.stances`, who speaks a verb with no name right by it
in :mod:`.claim_speakers`, and whether a statement repeats an earlier row in
:mod:`.claim_repeats`.

A speaker (see :mod:`.speakers`) with a stance verb makes a claims row about the attacks
of the sentence (those after the verb, else before it), or, for a statement that follows
an attack ("The group said ..."), about the events of the sentences just before:

- "claimed", "claimed responsibility": claim; "confirmed", "verified": confirm; "denied":
  deny; "acknowledged", "mourned", "announced the death of": acknowledge (a side's own
  losses); "vowed", "warned", "would retaliate": threat;
- a plain "said" takes its stance from who speaks about whose attack: the perpetrator side
  claims ("the Islamic Resistance in Iraq said its drones hit"), a state about its own
  strike or the attacked side or a neutral official confirms;
- an evaluation verb whose object is an attack of the sentence ("the ministry called the US
  strikes a breach of sovereignty", "described the drone attack as a grave escalation"), or
  the name a free relative gives it ("the target of what the minister called self-defense
  strikes"), is read as a plain "said" about it;
- "blamed Kataib Hezbollah for the attack", "accused", "attributed the attack to", a
  condemnation ("the Iraqi government condemned the strikes", "the raid drew condemnation from
  Baghdad", its speaker after the noun): confirm (the attack happened),
  also in the sentence after the attack; the blamed group is the attacker (past a quote and a
  qualifier: 'blamed "radical Iran-backed militant groups"'; in an appositive's relative clause,
  the group before the comma: "the IRI, an alliance of militias that
  the US has blamed for ...", "Kataib Hezbollah, the militia that officials believe is
  responsible for ..."); a negated blame ("has not blamed", "stopped short of blaming") is none;
- "acknowledged the attack" with no losses admitted: confirm;
- a trailing attribution ("..., two US officials said, after a drone attack ...") is about
  the clause before it; "according to" and "citing" name their speaker after them ("citing
  the movement's Telegram channel": the group named last; "according to X and Y": both); a
  plain speech verb as a passive participle names it after "by" ("three attacks on Thursday,
  as reported by the Pentagon"; no row when no actor follows: "as reported by a news site");
- a pronoun speaker ("The group", "he added") is the last speaker or group, "he" / "she" the
  last speaker named as a person;
- an unnamed militia side as the subject of a threat ("Iraqi factions vowed ...", "one militia
  group promised revenge") is the generic Iran-backed militias (rule militia-subject);
- "X told reporters:" ending its paragraph, or 'said in a statement: "...', speaks the next
  paragraph or the quote; an article headed "Statement by X ..." speaks for X in its own
  prose (rules colon-speaker, author-statement);
- no row: negated speech ("have not said who", "did not confirm"), a denial of another
  side's involvement or of a strike's coordination ("denied that the US coordinated with
  it"), "claims X is/to be", a patron named before a group ("backed by Iran"), the group a
  blame describes ("the militia accused of carrying out the attack"), a threat word that is
  no threat (:mod:`.threat_senses`), a modal threat whose subject opens a "that" clause ("the
  President's position that the US will retaliate when it chooses": no speaker named);
- a country named as the speaker is its government ("Iraq condemned the strikes");
- a state body's or a source's "claimed that" confirms; a group's "said" whose words are a
  threat makes only the threat; an explicit claim or confirmation of attacks the article
  gives no event of is a row without events;
- an official's or a body's repeated words about attacks that may be one, or that share
  one, are one row; "warned that" a fact (nothing to come) is no threat;
- a statement on one event of a wave reported per country ("US airstrikes in Iraq and
  Syria", then "B-1 bombers targeted positions, the US military said") covers the wave.

Each statement changes the events it is about (this is the one place that does): the
speaker joins ``claimed_by``, ``confirmed_by`` or ``denied_by``; a group's claim sets the
perpetrator (the most specific faction); a denial by the perpetrator's side clears it (not a
patron state's: "Tehran denied any role" leaves its militia the attacker); an
acknowledgement of losses names the speaker as the target.  Status follows from these
lists when the rows are made.

Reads the sentence view, ``last_events`` and ``last_group_actor``; writes
``ArticleState.claims``, ``claim_keys``, ``last_speaker``, ``last_person``, ``author``,
``colon_speaker`` and the events as above.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import takewhile

import re

from .._text import back_from, holds_any
from ..lookup import Actor
from ..lookup import kinds as K
from ..lookup.garrisons import held_by
from ..lookup.vocab import (ACTOR_QUALIFIERS, APPOSITIVE_HEADS, ATTRIBUTION_VERBS, EVALUATION_VERBS, GROUP_OUTLETS,
                            NAMING_PHRASES, NARRATED_THREATS, PASSIVE_THREATS, PRONOUN_SUBJECTS, THREAT_VERBS, words)
from ..lookup.wordclasses import (AWARENESS_LINKS, AWARENESS_WORDS, CHARACTERISED_SUBJECTS, HABITUAL_ADVERBS,
                                  INVOLVEMENT_WORDS, PERSON_PRONOUNS, READINESS_NOUNS, SOURCE_FIRST_VERBS,
                                  STATE_BELIEF_VERBS, STATEMENT_PRONOUNS)
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .model import STANCE_KINDS, Cue, CueKind as C, Event, Tok
from .same_event import compatible
from .phrases import PATRON_REASON
from . import stances
from .claim_repeats import goes_on, same_occasion, same_source
from .claim_speakers import (article_author, heading_speaker, claimant_named, coordinated_speakers, joined_speaker, militia_subject,
                             militia_relative_subject, militias_named, named_person,
                             narrated_source, opening_participle, passive_participle, passive_said_by, surname)
from .threat_senses import DECIDED, no_threat
from .suppress import past_cause
from .speakers import (STATEMENT_GAP, military_of, named_aside, negated_speech, possessive_speaker, pronoun_subject,
                       speaker_after, speaker_before, title_speaker)

#: The cue kinds that can make a claims row ("The US blamed the Islamic Resistance in Iraq" or
#: "Baghdad's government condemned it" after the attack is a statement about it).
NEEDS: frozenset[str] = frozenset({C.SAY, C.CLAIM, C.CONFIRM, C.DENY, C.ACK, C.THREAT, C.BLAME})

#: "was claimed by the IRI": the speaker right after "by" (past "the ").
BY_SPEAKER_GAP = len("the ")
#: "blamed Kataib Hezbollah": the blamed actor right after the verb (as frames reads it).
BLAMED_GAP = 5

# BY_AFTER: the agent after a passive stance verb, past where it was said and a group's
# description that names it ("was claimed by the IRI", "claimed in a post by a faction dubbed
# X", "claimed by a Shia militia, X"): the named group speaks
_BY_AFTER = re.compile(
    rf"(?:\s(?:on|in|via|through)\s(?:its\s|their\s|an?\s)?(?:[\w\-]+\s)?{words(GROUP_OUTLETS)})?\sby\s"
    rf"(?:an?\s(?:[\w\-']+\s){{0,3}}?{words(APPOSITIVE_HEADS)}(?:,\s|,?\s{words(NAMING_PHRASES)}\s))?")
# BLAMED_LEAD: what may stand between a blame verb and the actor it names: an opening quote
# and one qualifier ('blamed "radical Iran-backed militant groups"', 'blamed rogue militias')
_BLAMED_LEAD = re.compile(rf"\s\"?(?:the\s)?(?:{words(ACTOR_QUALIFIERS)}\s)?")
# BLAMED_BEFORE: a blame verb in a relative clause of an appositive to a named group: "the
# IRI, an alliance of militias that Washington has blamed for ...", "Kataib Hezbollah, which Washington blamed for ...": the group before the comma
_BLAMED_BEFORE = re.compile(rf",\s(?:(?:an?|the)\s(?:[\w\-]+\s){{0,2}}{words(APPOSITIVE_HEADS)}\s"
                            rf"(?:of\s(?:[\w\-]+\s){{1,4}})?)?(?:that|which|whom)\s(?:[\w\-.]+\s){{1,5}}$")
BLAMED_BEFORE_LOOKBACK = 120
# RESPONSIBLE_AFTER: a plain speech verb of such a relative clause that blames ("Kataib
# Hezbollah, the group that US officials believe was behind the strike",
# "... that US officials say was behind the attack")
_RESPONSIBLE_AFTER = re.compile(r"\s(?:is|was|are|were|had\sbeen|has\sbeen)\s(?:responsible\sfor|behind)\s")
#: A threat word this close after a group's plain "said" is what was said (a state's "said the
#: strikes would continue" still confirms its strikes).
SAID_THREAT_SPAN = 30
#: How far after a denial another's involvement may be named ("denies Iran's involvement").
OTHERS_ROLE_SPAN = 12
# OTHERS_ROLE: right after an actor's name, its role ("Iran's involvement", "Tehran's role")
_OTHERS_ROLE = re.compile(rf"'s?\s(?:\w+\s)?{words(INVOLVEMENT_WORDS)}")
# COORDINATION: right after a denial, that the speaker was told of or took part in planning a
# strike ("denied that Washington coordinated with Baghdad", "denied it was notified in advance")
_COORDINATION = re.compile(r"\b(?:coordinat\w*|informed|notified|consulted|prior\s(?:notice|knowledge)|"
                           r"advance\s(?:notice|warning)|in\sadvance)\b")
COORDINATION_SPAN = 50
# CLAIMS_TO_BE: "claims is", "claims to be": a claim about what something is, not of an attack;
# also "claims to" and a plain verb ("a network which claims to defend Palestinians"): what the
# claimant says it stands for.  A claim of an attack takes the perfect ("claimed to have fired").
_CLAIMS_TO_BE = re.compile(r"\s(?:is|are|was|were|to\sbe|to\shave\sbeen|to\s(?!have\b)[a-z]+\b)\b")
# CHARACTERISED: right after a plain speech verb, plural attacks or attackers and what they are
# now ("Tehran said on Monday that the attacks against US troops are the fruit of ...", "stated
# that the group's strikes are part of its plan"): a comment on the campaign, no
# statement on an attack (a past "were" is kept: "said the strikes were aimed at launch sites")
_CHARACTERISED = re.compile(
    rf"(?:\s(?:on\s)?\w+day)?,?\s(?:that\s)?(?:the|these|such|those)\s(?:[\w\-']+\s)?{words(CHARACTERISED_SUBJECTS)}"
    r"(?:\s[^,.;]{1,40}?)?\sare\s")
#: How many words the subject of an awareness clause after a speech verb may have ("told a
#: channel that his country became aware of").
AWARE_SUBJECT_WORDS = 6
# AWARE: right after a plain speech verb, a clause whose subject is aware of, watching or ready
# for something ("said it is aware of reports of an attack on the base", "said they were closely
# monitoring the situation", "told reporters US forces remained ready to defend themselves"), or
# the speaker's readiness as a noun ("indicated its readiness for retaliatory action"), a quote
# opening before the link or the awareness word ('said it is "ready for a long fight"'): the
# speaker's own state, no stance on the attack (the subject holds no cue: checked by the caller)
# (not "were tracking down the attackers": a hunt for an attack's doers, no watch)
_AWARE = re.compile(
    rf"(?:(?:\s[^\s,.;:]+){{0,{AWARE_SUBJECT_WORDS}}}?\s[\"\u201c]?{words(AWARENESS_LINKS)}\s(?:\w+ly\s|still\s|now\s|fully\s)?"
    rf"[\"\u201c]?(?P<aware>{words(AWARENESS_WORDS)})\b(?!\sdown\b)"
    rf"|\s(?:its|their|his|her|our)\s(?:[\w\-]+\s)?(?P<noun>{words(READINESS_NOUNS)})\b)")
#: How far before a speech participle an impersonal "it" and its auxiliary may start ("it
#: should also be noted").
IMPERSONAL_LOOKBACK = 30
# IMPERSONAL: an impersonal "it" and an auxiliary right before a speech participle and "that" ("It
# is noted that", "it was reported that", "It should be noted that", "it has been confirmed that"):
# the clause after "that" is what is said, and no one is named who says it ("it" is no earlier
# body; not "the attack ... it was claimed on Telegram by X", where "it" is the attack)
_IMPERSONAL = re.compile(r"\bit\s(?:is|was|has\sbeen|had\sbeen|(?:should|must|can|could|may|might|will|would)\sbe)"
                         r"\s(?:also\s|\w+ly\s)?$")
#: The speech kinds an impersonal passive of which names no speaker.
_IMPERSONAL_KINDS = frozenset({C.SAY, C.CONFIRM, C.CLAIM, C.DENY})
#: How far before a speech verb a pronoun speaker may start ("," the official said').
PRONOUN_BEFORE_LOOKBACK = 40
# PRONOUN_BEFORE: a pronoun speaker right before a speech verb, one adverb between ("the official
# later said"): a speaker who spoke before, not one the tables do not know
_PRONOUN_BEFORE = re.compile(rf"\b{words(PRONOUN_SUBJECTS)}\s(?:\w+\s)?$")
# CITING_GROUP: "citing the movement's Telegram channel": a group word's statement, channel or post
_CITING_GROUP = re.compile(r"\s(?:the|its)\s(?:group|movement|militia|faction|network)['\u2019]s\s(?:[\w\-]+\s)?"
                           r"(?:statement|channel|post|account)")
# THE_STATEMENT: right after "according to", a statement already named ("according to the
# statement, ...")
# OWN_OFFICE: a statement from a person's own office right before its verb ("a statement from his office said")
_OWN_OFFICE = re.compile(r"\b(?:a|the)\s(?:statement|readout)\s(?:from|by)\s(?:his|her)\s(?:media\s|press\s)?office\s$")
#: How far before its verb such a statement may start.
OWN_OFFICE_LOOKBACK = 50
_THE_STATEMENT = re.compile(r"\s(?:the|that|this)\sstatement\b")
# COLON_END: a speech verb that ends its sentence with a colon ("told reporters:", "said:")
_COLON_END = re.compile(r"(?:\s[\w\-']+){0,2}\s*:\s*$")
# COLON_QUOTE: a speech verb, a colon and an opening quote ('said in a statement: "Today, ...')
_COLON_QUOTE = re.compile(r"(?:\s[\w\-']+){0,2}\s*:\s*\"")
# NEXT_PARAGRAPH: the line break(s) after a colon, up to the next paragraph's first character
_NEXT_PARAGRAPH = re.compile(r"\n\s*")
# AND_SPEAKER: between two sources after "according to" ("... security sources and a US official")
_AND_SPEAKER = re.compile(r"\s(?:and|&)\s(?:the\s|a\s|an\s|two\s|three\s)?")
# QUOTE_PRONOUN: a quote closed right before a pronoun speaker and its verb: '," he said' (a
# person's words), '," it said on Monday' (a body's: the last speaker), '," the group said' (a
# group's: the last group named)
_QUOTE_PRONOUN = re.compile(rf'(?:[,.!?]"|",)\s(?:(?P<person>he|she)|(?P<body>it|they)|the\s{words(APPOSITIVE_HEADS)})\s$')
#: How far before its verb a quote may close for QUOTE_PRONOUN ('," the movement said').
QUOTE_PRONOUN_LOOKBACK = 20
# MODAL_THREATS / THAT_BEFORE: a threat phrase of what someone would do, whose subject opens a
# "that" clause ("the President's position that the US will retaliate when it chooses")
def _sentence_rows(made: list[Claim], idx: int) -> Iterator[Claim]:
    """The rows already made in sentence *idx*, latest first: rows come in sentence order, so
    they are the last ones of *made* (looking only at them keeps the cost per sentence bounded)."""
    return takewhile(lambda r: r.sentence == idx, reversed(made))


#: NARRATED: the threat nouns whose source follows them ("threats of retaliation from X").
_NARRATED = frozenset(NARRATED_THREATS)
_MODAL_THREATS = frozenset(w for w in THREAT_VERBS if w.split()[0] in ("would", "will", "shall"))
_THAT_BEFORE = re.compile(r"\bthat\s(?:the\s)?$")
THAT_LOOKBACK = 10
# NO_OBJECT: a blame verb with its preposition right after it and no one blamed between ("the
# group accused of the attack", "the militia blamed for the strike"): a passive participle
_NO_OBJECT = re.compile(r"\s(?:of|for)\s")
# HEAD_BEFORE: ... right after the group word it describes, or a comma ("Kataib Hezbollah,
# accused of ..."); "a group that Washington has blamed for" names who blames
_HEAD_BEFORE = re.compile(rf"(?:\b{words(APPOSITIVE_HEADS)}s?|,)\s$")
HEAD_LOOKBACK = 20

# SUBORDINATE: a subordinate clause opened between a speech verb and a threat's own subject ("the
# group said it would halt its attacks, after Washington vowed a response")
_SUBORDINATE = re.compile(r"\s(?:after|as|while|when|whereas|because|following|before|since)\s")
# CONTRAST: a contrasting clause with a subject of its own between a speech verb and a threat
# ("said it would suspend attacks, but other groups have pledged to continue"): not what was said
_CONTRAST = re.compile(r"[,;]\s(?:but|while|whereas|although|though)\s")
# OWN_CLAUSE: a clause of its own joined after a statement, its subject named ("Israel claimed the
# killing, and Iran and Hezbollah have threatened revenge"; "...; Israel warned it would answer"):
# a vow verb there is its own subject's, not reported by the speaker of the clause before
_OWN_CLAUSE = re.compile(r"(?:,\s(?:and|but)\s|;\s(?:and\s|but\s)?)(?:(?:the|both)\s)?$")
# RELATIVE_BEFORE: a relative pronoun right before a speech verb, past an adverb or an auxiliary
# ("the group, which announced", "a faction that has warned", "who later said")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s(?:(?:has|have|had|also|later|\w+ly)\s){0,2}$")
RELATIVE_LOOKBACK = 25
#: How far before a verb its habitual adverb may start ("are typically claimed").
HABITUAL_LOOKBACK = 30
# HABITUAL: a habitual adverb right before the verb, past an auxiliary ("are typically claimed by",
# "regularly claims", "has often said")
_HABITUAL = re.compile(rf"\b{words(HABITUAL_ADVERBS)}\s$")
#: How far before a statement verb the "and" or the relative pronoun of SAME_SUBJECT may start.
SAME_SUBJECT_LOOKBACK = 30
# SAME_SUBJECT: right before a statement verb with no speaker of its own, a second verb of the
# sentence's speaker: " and ", past an auxiliary ("pledged to answer the strike on the outpost and
# has blamed Tehran"), or a relative clause whose pronoun stands for the speaker ("pledged
# payback for the strike, which she said was staged by ...", "which it blamed on ..."):
# the speaker of the verb read before it in the sentence speaks
_SAME_SUBJECT = re.compile(r"(?:\sand|,\swhich\s(?:he|she|it|they))\s(?:(?:has|have|had|also|later)\s){0,2}$")
#: The statement kinds SAME_SUBJECT gives a speaker (a threat's own subject is read by its rules).
_SAME_SUBJECT_KINDS = frozenset({C.SAY, C.BLAME, C.CONFIRM, C.DENY})


def _habitual(f: str, lo: int, hi: int) -> bool:
    """Whether a habitual adverb ends right before *hi* (every one but "often" and "long" ends
    in "ly")."""
    return (f.find("ly", lo, hi) >= 0 or f.find("often", lo, hi) >= 0 or f.find("long", lo, hi) >= 0) \
        and _HABITUAL.search(f, lo, hi) is not None


# OTHER_OCCASION: before a group's verb, words that make its statement another one than a row
# already made of the same attacks ("Last month, the IRI said", "In a separate statement",
# "Earlier, the group announced")
_OTHER_OCCASION = re.compile(r"\b(?:earlier|previously|separately|separate|another|last\s(?:week|month)|"
                             r"a\s(?:day|week)\s(?:earlier|before)|the\sprevious\s(?:day|week))\b")


@dataclass(slots=True)
class Claim:
    """One claims row before ids are given."""

    events: list[Event]
    sentence: int
    speaker: Actor
    stance: str
    rule: str
    start: int
    end: int
    #: a response decided on ("said he had decided on a response"): an occasion of its own, never
    #: one with a vow to respond of the same speaker (the vow comes first, the decision days later)
    decision: bool = False


def read(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """The statements of the sentence."""
    f = doc.folded
    s, toks, cues = sv.s, sv.toks, sv.cues
    made: list[Claim] = st.claims  # the rows so far, in sentence order
    if (heading := heading_speaker(doc, sv)) is not None:
        # "GEN. RYDER: On Tuesday, US forces ... were attacked": the paragraph is what he said
        nl = f.find("\n", s.start)
        st.colon_speaker = (heading, C.SAY, s.end, nl if nl >= 0 else len(f))
        if sv.live and not any(k.kind in STANCE_KINDS for k in cues):
            _unspoken(doc, sv, st, C.SAY, heading, R.HEADING_SPEAKER)
    if st.colon_speaker is not None:
        said_by, said_kind, para, until = st.colon_speaker
        if para > s.start or s.start >= until:
            st.colon_speaker = None  # the paragraph or quote after the colon has ended
        elif sv.live:
            # 'Ryder told reporters:' then the quoted paragraph: what he said
            _unspoken(doc, sv, st, said_kind, said_by, R.COLON_SPEAKER)
    for c in cues + _evaluations(doc, sv):
        if c.kind not in STANCE_KINDS:
            continue
        if negated_speech(f, s.start, c.start):
            continue  # "officials have not said who sent the drones"
        if c.kind != C.THREAT and _habitual(f, back_from(s.start, c.start, HABITUAL_LOOKBACK), c.start):
            continue  # "such assaults are typically claimed by the IRI": a habit, no statement
        if c.kind == C.DENY and _denies_another(doc, sv, c):
            continue  # "the Pentagon denies Iran's involvement": no stance on an attack of its own
        if c.kind == C.CLAIM and _CLAIMS_TO_BE.match(f, c.end) and claimant_named(doc, sv, c) is None:
            continue  # "the deployment Washington claims is meant to ...": no attack claimed
        if c.kind == C.BLAME and c.text.endswith("ed") and _NO_OBJECT.match(f, c.end) \
                and _HEAD_BEFORE.search(f, back_from(s.start, c.start, HEAD_LOOKBACK), c.start):
            continue  # "Kataib Hezbollah, the group accused of carrying out the attack": who blames is unsaid
        if c.kind == C.SAY and _CHARACTERISED.match(f, c.end):
            continue  # "Tehran said such attacks are born of US policy": a comment on the campaign
        if c.kind == C.SAY and _aware(f, sv, c):
            continue  # "the Pentagon said it is aware of reports of an attack": no stance on it
        if c.kind in _IMPERSONAL_KINDS and c.text.endswith("ed") and f.startswith(" that ", c.end) \
                and _IMPERSONAL.search(f, back_from(s.start, c.start, IMPERSONAL_LOOKBACK), c.start):
            continue  # "It is noted that ...", "it was confirmed that ...": an impersonal passive, nobody speaks
        if c.kind == C.THREAT and no_threat(doc, sv, c):
            continue  # "The US warned that militias have been attacking its troops": a fact, no threat
        if c.kind == C.THREAT and c.text in _NARRATED:
            # "amid threats of retaliation from Kataib Hezbollah", "threats by Iran to retaliate": the
            # source after the noun threatens, whoever else speaks in the sentence
            source = narrated_source(doc, sv, c)
            if source is not None and not any(r.stance == "threat" and r.speaker == source for r in
                                              _sentence_rows(made, s.idx)):
                _statement(doc, sv, st, c, source, R.NARRATED_THREAT, None)
            continue
        speaker: Actor | None = None
        rule = R.SPEAKER_VERB
        tb: Tok | None
        ta: Tok | None
        reported_by: Tok | None = None  # the speaker of a threat reported by another verb
        of_statement = False  # "according to the statement": a statement already made
        passive_say, by_said = passive_said_by(doc, sv, c) if c.kind == C.SAY else (False, None)
        if c.kind in (C.CLAIM, C.CONFIRM, C.DENY, C.ACK, C.BLAME) and (by := _BY_AFTER.match(f, c.end)):
            # "Tuesday's drone attack was claimed by the IRI"
            tb = None
            ta = next((t for t in toks if t.actor is not None and 0 <= t.start - by.end() <= BY_SPEAKER_GAP), None)
        elif passive_say:
            # "three attacks on Thursday, as reported by the Pentagon": the agent after "by"
            # speaks; with no actor there ("as reported by a news site") nobody the tables know
            if by_said is None:
                continue
            tb, ta = None, by_said
        else:
            # "according to" names its speaker after it ("..., flown from the United States, according
            # to a general": the United States is no speaker)
            tb = speaker_before(doc, sv, c.start) if c.text not in SOURCE_FIRST_VERBS \
                and not passive_participle(doc, sv, c) else None
            ta = speaker_after(doc, sv, c) if tb is None else None
            if ta is None and c.text == "citing" and _CITING_GROUP.match(f, c.end):
                # "..., the agency reports citing the group's Telegram channel": the group named last
                here_groups = [t.actor for t in toks if t.actor is not None and t.end <= c.start
                               and t.actor.kind in K.GROUP_KINDS]
                speaker = here_groups[-1] if here_groups else st.last_group_actor
        if speaker is None and tb is None and ta is None and c.kind == C.THREAT:
            # "Hezbollah's leader, Hassan Nasrallah, has promised"; "N, secretary general of the X group, stressed"
            tb = possessive_speaker(doc, sv, c.start) or title_speaker(doc, sv, c.start)
        if speaker is None and tb is None and ta is None and c.text not in SOURCE_FIRST_VERBS:
            tb = surname(doc, sv, c)  # "Iranian spokesman Nasser Kanaani ...", then "Kanaani denied"
        if speaker is None and tb is None and ta is None and c.kind == C.SAY and \
                _OWN_OFFICE.search(f, back_from(s.start, c.start, OWN_OFFICE_LOOKBACK), c.start):
            # "Sudani ordered the perpetrators pursued, a statement from his office said": the holder
            here_people = [t.actor for t in toks if t.actor is not None and t.end <= c.start
                           and t.actor.kind == K.OFFICIAL]
            speaker = here_people[-1] if here_people else st.last_person
        if speaker is None and tb is None and ta is None:
            ta = opening_participle(doc, sv, c)  # "Confirming the strike, a US official said"
        if speaker is None and tb is None and ta is None and c.text in SOURCE_FIRST_VERBS \
                and _THE_STATEMENT.match(f, c.end):
            # "The US military said in a statement that ... According to the statement, two drones
            # ...": the statement just named speaks, through its speaker
            speaker = st.last_speaker or st.last_group_actor
            of_statement = True
        if speaker is None and tb is None and ta is None and c.kind == C.CLAIM:
            named = claimant_named(doc, sv, c)  # "The group that claimed the attack is the IRI"
            if named is not None:
                ta = named
        same_subject = False
        if speaker is None and tb is None and ta is None and c.kind in _SAME_SUBJECT_KINDS \
                and _SAME_SUBJECT.search(f, back_from(s.start, c.start, SAME_SUBJECT_LOOKBACK), c.start):
            # "The White House vowed a heavy response and blamed Kataib Hezbollah": the speaker of
            # the row just made in this sentence speaks again
            prev = next(_sentence_rows(made, s.idx), None)
            if prev is not None and prev.end <= c.start:
                speaker, same_subject = prev.speaker, True
        if same_subject:
            rule = R.SAME_SUBJECT
        elif speaker is not None:
            rule = R.PRONOUN_SPEAKER
        elif tb is not None:
            speaker = tb.actor
            if STATEMENT_GAP.fullmatch(f, tb.end, c.start):
                rule = R.STATEMENT_SPEAKER  # "the group released a statement on Tuesday claiming ..."
        elif ta is not None:
            speaker, rule = ta.actor, R.VERB_SPEAKER
        else:
            p = pronoun_subject(doc, sv, c.start)
            if p in STATEMENT_PRONOUNS and (outer := _outer_group_pronoun(doc, sv, cues, c)) is not None:
                p = outer  # "the armed group said it would strike again": "it" is the group
            if p is not None and (p in PERSON_PRONOUNS or p in STATEMENT_PRONOUNS) and _unread_before(doc, sv, st, c):
                # "Two drones hit the base, a news channel reported. The blasts came at midnight, it
                # said": the last one who spoke is a speaker the tables do not know, not the group
                # or body that spoke before
                p = None
            elif p is None and c.kind == C.SAY and not passive_say and _unknown_subject(doc, sv, c):
                st.unread_speech = s.idx
            if p is not None:
                if p in PERSON_PRONOUNS:
                    speaker = st.last_person or st.last_speaker
                elif p in STATEMENT_PRONOUNS:
                    speaker = st.last_speaker or st.last_group_actor
                else:  # "the group", "the militia"
                    here_groups = [t.actor for t in toks if t.actor is not None and t.end <= c.start
                                   and t.actor.kind in K.GROUP_KINDS and not named_aside(doc, s.start, t)]
                    speaker = here_groups[-1] if here_groups else st.last_group_actor
                    if p == "the militias" and not here_groups:
                        speaker = militias_named(doc, sv) or speaker
                rule = R.PRONOUN_SPEAKER
                if speaker is not None and speaker.kind in K.REPORTING_KINDS and c.kind in (C.THREAT, C.CLAIM):
                    # a source reports; "they threatened retaliation" is the group's (or the
                    # militias' just named: "Iran-backed factions ... they threatened retaliation")
                    speaker = (militias_named(doc, sv) or st.last_group_actor) if p in STATEMENT_PRONOUNS else None
        if c.kind == C.THREAT:
            if any(r.stance == "threat" and r.rule != R.NARRATED_THREAT
                   for r in _sentence_rows(made, s.idx)):
                continue  # "warned it would respond": one threat (a threat narrated as a noun is another's)
            says = [k for k in cues if k.kind in (C.SAY, C.CLAIM, C.CONFIRM, C.DENY, C.ACK, C.BLAME)
                    and k.end <= c.start]
            for k in reversed(says):  # "a US official said the United States would retaliate" (the nearest)
                if _CONTRAST.search(f, k.end, c.start):
                    break  # "KH said it would suspend attacks, but other groups have pledged to fight on"
                if tb is not None and tb.start >= k.end and _SUBORDINATE.search(f, k.end, tb.start):
                    break  # "a militia said it would stop, after Washington vowed a heavy response": the
                    # threat's own subject in a clause of its own
                if tb is not None and tb.start >= k.end and c.text not in _MODAL_THREATS and \
                        _own_clause(doc, sv, tb, k.end):
                    break  # "KH denied any role, and Harakat al-Nujaba vowed to fight on": Nujaba vows
                # "N, secretary general of the X group, stressed that attacks will go on": X threatens
                t = speaker_before(doc, sv, k.start) or title_speaker(doc, sv, k.start)
                if t is not None:
                    speaker, rule, reported_by = t.actor, R.REPORTED_THREAT, t
                    break
                if (militias := militia_subject(doc, sv, k, s.start)) is not None:
                    # "Iraqi militias have stated that they will carry on attacking": an unnamed
                    # militia side as the subject of the verb that reports the threat
                    speaker, rule = militias, R.MILITIA_SUBJECT
                    break
                if k.kind == C.SAY and _RELATIVE_BEFORE.search(f, back_from(s.start, k.start, RELATIVE_LOOKBACK), k.start):
                    break  # "referring to the resistance, which announced that they would escalate": the
                    # relative clause's antecedent speaks, named or not; an earlier verb's speaker does not
            else:
                if says and rule == R.SPEAKER_VERB and tb is not None and c.text.split()[0].endswith("ing") \
                        and f.startswith(", ", c.start - 2):
                    # "the commander stressed the danger of angering Washington, warning of
                    # reprisals": a participle after a comma is the speech verb's subject's, who is
                    # no actor named; the name before the comma is an object
                    continue
            quoted = f.find('"', s.start, c.start) >= 0
            # '"The United States will not hesitate ...," Austin said': the subject inside the
            # quote is what was said; who said it follows the quote
            in_quote = rule == R.SPEAKER_VERB and tb is not None and f.find('"', s.start, tb.start) >= 0
            if (speaker is None and quoted) or ((speaker is None or rule == R.PRONOUN_SPEAKER or in_quote)
                                                and f.find('"', c.end, s.end) >= 0):
                # a quote, then who said it: '"We will not hesitate ...," Ryder said'; 'It will
                # continue at times of our choosing," the President said' (his, not what "it" was)
                quoted_by = next((k for k in cues if k.kind == C.SAY and k.start >= c.end), None)
                if quoted_by is not None and f.find('"', c.end, quoted_by.start) < 0:
                    quoted_by = None  # the verb after is not the quote's
                t = speaker_before(doc, sv, quoted_by.start) if quoted_by is not None else None
                if t is None and quoted_by is not None:
                    t = speaker_after(doc, sv, quoted_by)
                if t is not None:
                    speaker, rule = t.actor, R.REPORTED_THREAT
                elif speaker is not None:
                    pass
                elif quoted_by is not None and (q := _QUOTE_PRONOUN.search(
                        f, back_from(s.start, quoted_by.start, QUOTE_PRONOUN_LOOKBACK), quoted_by.start)) is not None:
                    # '"We will respond when we choose," he said': the last person who spoke; '"... when
                    # we decide," it said': the body that spoke last;
                    # '"We will go on striking ...," the group said': the group named last
                    if q.group("person"):
                        speaker = st.last_person or st.last_speaker
                    elif q.group("body"):
                        # ('The SDF "affirm our right to respond", it said': the name before the quote)
                        opening = f.find('"', s.start, c.start)
                        before_quote = [t.actor for t in toks if t.actor is not None and t.end <= opening]
                        speaker = before_quote[-1] if before_quote else st.last_speaker or st.last_group_actor
                    else:
                        groups = [t.actor for t in toks if t.actor is not None and t.end <= c.start
                                  and t.actor.kind in K.GROUP_KINDS]
                        speaker = groups[-1] if groups else st.last_group_actor
                    rule = R.PRONOUN_SPEAKER
                elif quoted_by is None and f.startswith('"', s.start) and s.idx > 0 \
                        and any(k.kind == C.SAY for k in doc.s_cues[s.idx - 1]):
                    # '"This shows our resolve," the spokesperson said. "We will not hesitate to
                    # act."': a quote that opens the sentence after a speaker's goes on with
                    # the same speaker's words
                    speaker, rule = st.last_person or st.last_speaker, R.PRONOUN_SPEAKER
            if speaker is None and (inside := _inside_quote(doc, sv, st)) is not None:
                # '"Three of ours were killed," Kirby said. "We will not let that pass. We are
                # going to respond."': a sentence of a quote opened in an earlier sentence of its
                # paragraph, after a speech verb there, is that speaker's
                speaker, rule = inside, R.PRONOUN_SPEAKER
            if rule != R.REPORTED_THREAT and c.text in PASSIVE_THREATS:
                continue  # "a warning to the US that it will not be spared": the name before is the
                # target; only a speech verb with its speaker before it ("the group said that US
                # interests would be targeted") names who threatens
            if rule == R.SPEAKER_VERB and tb is not None and c.text in _MODAL_THREATS \
                    and _THAT_BEFORE.search(f, back_from(s.start, tb.start, THAT_LOOKBACK), tb.start):
                continue  # "relayed Washington's warning that its troops would respond", "repeated
                # the President's position that the US will retaliate when it chooses": the one who would
                # act is not the one who speaks, and no speaker is named for the threat
        if c.kind == C.THREAT and ta is None and (speaker is None or rule == R.SPEAKER_VERB):
            # "one militia group promised revenge"; an unnamed militia side right before the verb
            # is its subject, not a name before it
            militias = militia_subject(doc, sv, c, tb.end if tb is not None else s.start) \
                or militia_relative_subject(doc, sv, c, tb)
            if militias is not None:
                speaker, rule = militias, R.MILITIA_SUBJECT
        if speaker is None and c.kind == C.THREAT and f.find('"', s.start, s.end) < 0:
            speaker = article_author(doc, st)  # "those responsible will be held to account", in a statement
            rule = R.AUTHOR_STATEMENT
        if speaker is None or speaker.kind == K.GENERIC and c.kind == C.SAY and not (
                speaker.side == K.IRAN_ALIGNED and stances.says_it_attacked(doc, sv, c)):
            continue  # (an unnamed militia side that says its own fighters attacked claims it:
            # "Tehran-allied militants said its fighters had targeted the base")
        if c.kind == C.SAY and c.text in STATE_BELIEF_VERBS and speaker.kind in (K.STATE, K.MILITARY):
            continue  # "the American military believes a faction fired the rockets": no statement
        speakers = [speaker]
        if ta is not None and rule == R.VERB_SPEAKER and c.text in SOURCE_FIRST_VERBS:
            # "according to two security sources and a US official": each speaks
            also = next((t for t in toks if t.actor is not None and t.start > ta.end
                         and _AND_SPEAKER.fullmatch(f, ta.end, t.start)), None)
            if also is not None and also.actor is not None and also.actor != speaker:
                speakers.append(also.actor)
        if tb is not None and rule == R.SPEAKER_VERB:
            pair = coordinated_speakers(doc, sv, tb, c.start)
            if pair is not None:
                speakers, rule = pair, R.COORDINATED_SPEAKERS
            elif (first := joined_speaker(doc, sv, tb)) is not None and tb.actor == speaker:
                # "Israel and the United States denied any involvement": each speaks
                speakers, rule = [first, speaker], R.COORDINATED_SPEAKERS
        if c.kind == C.THREAT and rule == R.REPORTED_THREAT and reported_by is not None \
                and reported_by.actor == speaker and (first := joined_speaker(doc, sv, reported_by)) is not None:
            # "Both Biden and Austin have stressed their readiness to take further measures"
            speakers = [first, speaker]
        for speaker in speakers:
            _statement(doc, sv, st, c, speaker, rule, tb, of_statement=of_statement)
    author = article_author(doc, st)
    if author is not None and s.idx > 0 and sv.live and f.find('"', s.start, s.end) < 0 \
            and not any(k.kind in STANCE_KINDS and k.kind != C.THREAT for k in cues) \
            and not (made and made[-1].sentence == s.idx):
        # the prose of a statement or release is its author's: "Three of our service members
        # were killed overnight ... during a drone attack on our forces"
        _unspoken(doc, sv, st, C.SAY, author, R.AUTHOR_STATEMENT)


#: Cues that tell an attack or its toll, or another statement, inside a clause: "said a drone hit
#: the base and was assessing the damage" is no mere awareness.
_TOLD_KINDS = frozenset({C.ATTACK_V, C.UNDER_ATTACK, C.LAUNCH_V, C.AGENT, C.KILL, C.WOUND, C.NO_CAS, *STANCE_KINDS})


def _aware(f: str, sv: SentenceView, c: Cue) -> bool:
    """Whether the clause right after speech verb *c* says only that its subject is aware of,
    watching or ready for something ("said it is aware of reports of an attack", "said they
    were monitoring the situation"), with no attack or other cue told before the awareness word
    ("said a drone hit the base and was assessing the damage" tells the attack)."""
    m = _AWARE.match(f, c.end)
    if m is None:
        return False
    at = m.start("aware") if m.group("aware") else m.start("noun")
    return not any(c.end < k.start < at and k.kind in _TOLD_KINDS for k in sv.cues)


def _unknown_subject(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether speech verb *c*, whose speaker is not found, has a subject of its own that names no
    actor the tables know ("a Kurdish news channel reported", "according to a local television
    station"), not a pronoun speaker ('," the official said') nor an actor named before it ("the
    IRI, an umbrella group, made the announcement in a statement")."""
    f, lo = doc.folded, sv.s.start
    if _PRONOUN_BEFORE.search(f, back_from(lo, c.start, PRONOUN_BEFORE_LOOKBACK), c.start):
        return False
    if c.text in SOURCE_FIRST_VERBS:  # the source follows "according to"
        return not any(t.actor is not None and t.start >= c.end for t in sv.toks)
    return not any(t.actor is not None and t.end <= c.start for t in sv.toks)


def _unread_before(doc: Document, sv: SentenceView, st: ArticleState, c: Cue) -> bool:
    """Whether the last words spoken before pronoun speaker *c* ("it said", "he added") are
    those of a speaker the tables do not know, in an earlier sentence after the last known
    speaker's, with no actor named since who could be the pronoun's antecedent ("Residents told
    a radio station ... . They said ...", not "... a blogger wrote. Such militias also struck a
    port, and they took credit")."""
    u = st.unread_speech
    if not st.spoke_at < u < sv.s.idx:
        return False
    if any(t.actor is not None for i in range(u + 1, sv.s.idx) for t in doc.s_toks[i]):
        return False
    return not any(t.actor is not None and t.end <= c.start for t in sv.toks)


# EVALUATES: a verb that names and judges what it is said of ("the ministry called the US strike a
# heinous crime", "describing the attack as a dangerous escalation"), up to its object's start
_EVALUATES = re.compile(rf"\b({words(EVALUATION_VERBS)})\s(?:the|this|that|these|those|a|an|tuesday's|"
                        rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day's)\s")
# WHAT_EVALUATES: the verb of a free relative ("strikes on two depots, in what Austin called
# self-defense attacks"): the name it gives follows it, quoted or not, with no determiner
_WHAT_EVALUATES = re.compile(rf"\bwhat\s(?:[\w.\-'\u2019]+\s){{1,6}}?({words(EVALUATION_VERBS)})\s[\"'\u201c]?")
#: The first letters of every evaluation verb: a sentence without any has none (a cheap guard).
_EVALUATION_STEMS = tuple(sorted({w[:5] for w in EVALUATION_VERBS}))
#: How far after the determiner the object's attack words may start ("called the retaliatory US
#: strikes"; "called the accusations of its role in the attack baseless" judges no attack).
EVALUATED_GAP = 20


# SAID_IT: right after a speech verb, "it" or "they" opening what was said ("said it", "said that they")
_SAID_IT = re.compile(r"\s(?:that\s)?(?:it|they)\s")
#: How far before a speech verb a group word that speaks it may start ("the militant group ").
GROUP_WORD_SPAN = 40
# GROUP_WORD_BEFORE: a group named again right before a speech verb, at a clause start or not ("in a
# post online the militant group said")
_GROUP_WORD_BEFORE = re.compile(rf"\b(?P<pron>{words(tuple(p for p in PRONOUN_SUBJECTS if p not in PERSON_PRONOUNS and p not in STATEMENT_PRONOUNS))})\s$")


#: How far before a vow's subject the joining words of its clause may start (", and both ").
OWN_CLAUSE_LOOKBACK = 12
# JOINED_PAIR: between the two named subjects of one vow ("Iran and Hezbollah have threatened")
_JOINED_PAIR = re.compile(r"\s(?:and|&)\s(?:the\s)?")


def _own_clause(doc: Document, sv: SentenceView, tb: Tok, lo: int) -> bool:
    """Whether the vow's subject *tb* (or the pair it closes: "Iran and Hezbollah") opens a clause
    of its own after *lo*, joined by ", and" or a semicolon ("Israel claimed the killing, and Iran
    has threatened revenge")."""
    f = doc.folded
    start = tb.start
    t0 = next((t for t in sv.actor_toks[::-1] if t.end <= tb.start), None)
    if t0 is not None and t0.start >= lo and _JOINED_PAIR.fullmatch(f, t0.end, tb.start):
        start = t0.start
    return _OWN_CLAUSE.search(f, back_from(lo, start, OWN_CLAUSE_LOOKBACK), start) is not None


def _outer_group_pronoun(doc: Document, sv: SentenceView, cues: list[Cue], c: Cue) -> str | None:
    """The group word ("the group", "the militant group") that speaks the speech verb right before
    the "it" of *c* ("the militant group said it would resume operations"): "it" is that group,
    not the last speaker; None when the verb's subject is no group word."""
    k = next((k for k in reversed(cues) if k.kind == C.SAY and k.end <= c.start), None)
    if k is None or not _SAID_IT.match(doc.folded, k.end, c.start):
        return None
    m = _GROUP_WORD_BEFORE.search(doc.folded, back_from(sv.s.start, k.start, GROUP_WORD_SPAN), k.start)
    return m.group("pron") if m is not None else None


def _evaluations(doc: Document, sv: SentenceView) -> list[Cue]:
    """The evaluation verbs of the sentence whose object is an attack it reports ("Iraq called
    the US strike a heinous crime", "in what Austin called self-defense strikes": see
    WHAT_EVALUATES), as plain speech verbs: a statement about the attack; not
    when the object is something else ("called the accusations baseless", "a group called the
    Islamic Resistance")."""
    f = doc.folded
    s = sv.s
    if not sv.live or not holds_any(f, _EVALUATION_STEMS, s.start, s.end):
        return []
    out = []
    for m in _EVALUATES.finditer(f, s.start, s.end):
        # the attack is the object itself, not the judgement of it ("described the incident as an
        # attack" names no attack the speaker says happened)
        if any(0 <= a.start - m.end() <= EVALUATED_GAP and f.find(" as ", m.end(), a.start) < 0 for a in sv.live):
            out.append(Cue(m.start(1), m.end(1), C.SAY, m.group(1)))
    for m in _WHAT_EVALUATES.finditer(f, s.start, s.end) if "what" in f[s.start:s.end] else ():
        if any(0 <= a.start - m.end() <= EVALUATED_GAP for a in sv.live):
            out.append(Cue(m.start(1), m.end(1), C.SAY, m.group(1)))
    return out


def _inside_quote(doc: Document, sv: SentenceView, st: ArticleState) -> Actor | None:
    """The speaker of the quote the sentence stands inside, opened in an earlier sentence of
    its paragraph (an odd count of quote marks from the paragraph's start): the last speaker,
    when an earlier sentence of the paragraph holds a speech verb ('"Three of ours were
    killed," Kirby said. "We will not let that pass. We are going to respond."'); else None."""
    f = doc.folded
    s = sv.s
    para = f.rfind("\n", 0, s.start) + 1
    if f.count('"', para, s.start) % 2 == 0:
        return None
    i = s.idx - 1
    while i >= 0 and doc.sentences[i].end > para:
        if any(k.kind == C.SAY for k in doc.s_cues[i]):
            return st.last_person or st.last_speaker
        i -= 1
    return None


def _unspoken(doc: Document, sv: SentenceView, st: ArticleState, kind: str, speaker: Actor, rule: str) -> None:
    """*speaker*'s statement with no verb in this sentence (an authored release's prose, the
    paragraph after "told reporters:"), read as a verb of *kind* before the whole sentence;
    its row's evidence is the sentence."""
    s = sv.s
    n = len(st.claims)
    _statement(doc, sv, st, Cue(s.start, s.start, kind, "said"), speaker, rule, None)
    if len(st.claims) > n:
        st.claims[-1].end = s.end


def _statement(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, speaker: Actor, rule: str,
               tb: Tok | None, *, of_statement: bool = False) -> None:
    """The row (or nothing) of *speaker*'s verb *c*, and what it does to the events (with
    *of_statement*, the words of a statement already made: its row, when there is one)."""
    s = sv.s
    f = doc.folded
    st.spoke_at = s.idx
    if rule not in (R.PRONOUN_SPEAKER, R.NARRATED_THREAT):  # (a threat's source speaks no later "he said")
        st.last_speaker = speaker  # "she said" in the next sentence is this speaker
        if tb is not None and speaker.kind not in K.GROUP_KINDS and named_person(doc, sv, tb, c):
            st.last_person = speaker  # "he said" is this person's, not a later body's
    said_threats = [t for t in sv.ck[C.THREAT] if 0 <= t.start - c.end <= SAID_THREAT_SPAN] if c.kind == C.SAY else []
    if said_threats and speaker.kind in K.GROUP_KINDS:
        return  # "the group said it would keep up its attacks": the threat is the row
    stance, events = stances.stance(doc, sv, st, c, speaker)
    if stance == "confirm" and any(_threat_first(f, sv, c, t) and t.text not in DECIDED for t in said_threats):
        # "the president said the US shall respond after three soldiers were killed": the
        # threat is the row; the attack, its occasion, is still one the speaker tells happened
        for e in events:
            _apply(doc, e, speaker, stance)
        return
    if stance == "threat":
        # "Biden vowed to respond to the attack on Tower 22": the attacked side's vow tells that the
        # attack on its forces happened (its threat is the row; the attack is confirmed, as a
        # threat spoken after "said" confirms the attack it answers above)
        for e in _answered_attacks(doc, st, sv, c, speaker) or _cause_attacks(doc, st, sv, c, speaker):
            _apply(doc, e, speaker, "confirm")
    if stance is None:
        if c.kind in (C.SAY, C.CONFIRM) and _COLON_END.match(f, c.end, s.end):
            # "... Ryder told reporters:" ending the sentence: the next paragraph is what was said
            m = _NEXT_PARAGRAPH.search(f, c.end)
            if m is not None:
                nl = f.find("\n", m.end())
                st.colon_speaker = (speaker, c.kind, m.end(), nl if nl >= 0 else len(f))
        elif c.kind in (C.SAY, C.CONFIRM) and (q := _COLON_QUOTE.match(f, c.end, s.end)) is not None:
            # 'Biden said in a statement: "Today ... . Overnight, three of our service members
            # were killed ..."': the sentences up to the closing quote are what was said
            close = f.find('"', q.end())
            st.colon_speaker = (speaker, c.kind, q.end(), close if close >= 0 else s.end)
        return
    st.last_speaker = speaker
    relative = c.kind in (C.SAY, C.CONFIRM) and _RESPONSIBLE_AFTER.match(f, c.end) is not None
    if c.kind == C.BLAME and c.text not in ATTRIBUTION_VERBS or relative:
        # "A drone struck Tower 22. The US blamed the Islamic Resistance in Iraq.": the blamed
        # group is the attacker of the events the statement is about
        blamed = _blamed(doc, sv, c, relative)
        if blamed is not None and blamed.side != speaker.side and not PATRON_REASON.search(f, c.end, s.end):
            # (not "holds Iran responsible for the attack because it supplies the weapons": a patron)
            for e in events:
                if e.perp is None or e.perp.kind == K.GENERIC and blamed.kind != K.GENERIC:
                    e.perp = military_of(doc, blamed)
    for e in events:
        _apply(doc, e, speaker, stance)
    if of_statement:
        # the statement's words are the occasion of its speaker's row already made
        made_row = next((r for r in st.claims[::-1] if r.speaker == speaker and r.stance == stance), None)
        if made_row is not None:
            made_row.events.extend(e for e in events if e not in made_row.events)
            return
    decision = c.kind == C.THREAT and c.text in DECIDED
    key = (speaker.name, stance, tuple([e.idx for e in events]), decision)
    if key in st.claim_keys and not (speaker.kind in K.GROUP_KINDS and rule != R.PRONOUN_SPEAKER
                                     and _OTHER_OCCASION.search(f, s.start, c.start)):
        return  # the same speaker's repeated words (not a group's statement of another day:
        # "Last month, the group said it had attacked the port", "In a separate statement, ...")
    st.claim_keys.add(key)
    same = same_occasion(st, speaker, stance, events, rule == R.AUTHOR_STATEMENT, decision) \
        or same_source(doc, st, speaker, stance, rule, tb) or goes_on(doc, sv, st, c, speaker, stance, rule, events)
    if same is not None and same.decision == decision:
        same.events.extend(e for e in events if e not in same.events)
        return
    start = tb.start if rule in (R.SPEAKER_VERB, R.STATEMENT_SPEAKER, R.COORDINATED_SPEAKERS) and tb is not None else c.start
    st.claims.append(Claim(events, s.idx, speaker, stance, rule, start, c.end, decision))


#: How far after a vow the attack it answers may start ("vowed to respond to the deadly attack").
ANSWERED_SPAN = 60
# ANSWERS: from a vow to the attack it answers, a few words, a preposition of cause and the attack's
# determiner and modifiers ("vowed to respond to the", "promised retaliation for the deadly", "vowed
# revenge over Sunday's"), with no clause break between
# ("threatened that if the attack on Gaza goes on" answers none)
_ANSWERS = re.compile(r"(?:\s[\w\-'\u2018\u2019\"]+){0,4}?\s(?:to|for|over|after)\s(?:[\w\-'\u2019]+\s){1,3}")


def _answered_attacks(doc: Document, st: ArticleState, sv: SentenceView, c: Cue, speaker: Actor) -> list[Event]:
    """The event on *speaker*'s own side that its threat *c* answers: an attack named right after
    the threat word in its clause, definite ("vowed to respond to the attack",
    "promised retaliation for the deadly drone strike"; read as the threat's object, it made no
    event of its own), when exactly one attack of the article fits it: by another side, on the
    speaker's forces or on no target named, at its site if it names one (two would be a guess:
    none).  Only a state's or its official's vow (a group's vows answer strikes on it)."""
    if speaker.kind not in K.STATE_KINDS:
        return []
    f = doc.folded
    for a in sv.anchors:
        if a.suppressed != "threat" or not 0 <= a.left - c.end <= ANSWERED_SPAN \
                or not (a.definite or f.endswith(("'s ", "\u2019s "), c.end, a.left)) \
                or not _ANSWERS.fullmatch(f, c.end, a.left):
            continue  # (a possessive is definite too: "a response to Sunday's attack")
        fits = [e for e in st.events if _on_own_side(doc, e, speaker)
                and (not a.sites or e.site in a.sites) and compatible(e, a)]
        return fits if len(fits) == 1 else []
    return []


def _on_own_side(doc: Document, e: Event, speaker: Actor) -> bool:
    """Whether event *e* may be an attack on *speaker*'s side: by another side, on the speaker's
    forces or on no target named."""
    return (e.perp is None or e.perp.side != speaker.side) and (e.target is None or _of_side(doc, e.target, speaker.side))


def _cause_attacks(doc: Document, st: ArticleState, sv: SentenceView, c: Cue, speaker: Actor) -> list[Event]:
    """The attack on *speaker*'s own side told in its threat's cause clause, indefinite: "the
    Pentagon chief pledged to hit back after a drone attack wounded five US troops" (the attack
    is an event of its own: suppress.past_cause), when exactly one event of the clause fits it
    as in :func:`_answered_attacks`.  Only a state's or its official's vow."""
    if speaker.kind not in K.STATE_KINDS:
        return []
    f = doc.folded
    fits = [e for e in st.events if e.sentence == sv.s.idx and 0 <= e.start - c.end <= ANSWERED_SPAN
            and past_cause(f, c.end, e.start) and _on_own_side(doc, e, speaker)]
    return fits if len(fits) == 1 else []


# CLAUSE_BREAK: a comma, semicolon or dash ending the clause of a speech verb
_CLAUSE_BREAK = re.compile(r"[,;\u2013\u2014]")


def _threat_first(f: str, sv: SentenceView, c: Cue, t: Cue) -> bool:
    """Whether the threat word *t* opens what the speech verb *c* says and the attack named after
    it is only its occasion: in the verb's clause (no comma or semicolon between), with no attack
    between the two and one after the threat ("said the US would respond after the drone strike":
    a threat; "said the strikes would continue": the strikes it names are confirmed; a plain
    "said" of a threat right after an attack's sentence still reports on it)."""
    return not _CLAUSE_BREAK.search(f, c.end, t.start) and not any(
        c.end <= a.start < t.start for a in sv.anchors) and any(a.start >= t.end for a in sv.anchors)



def group_accounts(st: ArticleState) -> None:
    """Once the article is read: an event whose attacker is a group word as the subject of its
    verb, in a group's account ("The Islamic Resistance said it hit a base in Syria. The
    resistance also conducted a drone attack on ..."), is claimed by that group when the group
    claims an attack of the article: the sentence goes on with the group's statement.  Only that
    form: an attack "by the umbrella group" is as often the writer's background."""
    claimants = {c.speaker.name for c in st.claims if c.stance == "claim"}
    if not claimants:
        return
    for e in st.events:
        if e.group_subject and e.perp is not None and not e.claimed_by and e.perp.name in claimants:
            e.claimed_by.append(e.perp.name)


def _blamed(doc: Document, sv: SentenceView, c: Cue, relative: bool = False) -> Actor | None:
    """The actor a blame verb names: right after it, past a quote and a qualifier ("blamed
    'radical Iran-backed militant groups'"; a patron before its militia is not it), or, in a
    relative clause, the group the clause describes (see BLAMED_BEFORE; only that for a plain
    speech verb, *relative*: "the militia that officials believe is responsible for")."""
    f = doc.folded
    if relative:
        return _blamed_before(doc, sv, c)
    m = _BLAMED_LEAD.match(f, c.end)
    lead = m.end() if m is not None else c.end
    after = next((t for t in sv.toks if t.actor is not None and c.end <= t.start <= max(lead, c.end + BLAMED_GAP)), None)
    if after is not None:
        assert after.actor is not None
        if lead > c.end + BLAMED_GAP and after.actor.kind == K.STATE:
            return None  # "blamed radical Iran-backed ...": the patron; the militia is a generic name
        return after.actor
    return _blamed_before(doc, sv, c)


def _blamed_before(doc: Document, sv: SentenceView, c: Cue) -> Actor | None:
    """The named group an appositive's relative clause with the verb *c* describes."""
    f = doc.folded
    lo = back_from(sv.s.start, c.start, BLAMED_BEFORE_LOOKBACK)
    m = _BLAMED_BEFORE.search(f, lo, c.start)
    if m is None:
        return None
    group = next((t for t in sv.toks[::-1] if t.actor is not None and t.end <= m.start()), None)
    if group is None or m.start() - group.end > 1 or group.actor is None or group.actor.kind not in K.GROUP_KINDS:
        return None
    return group.actor


def _denies_another(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether the denial *c* is of another actor's role ("denies Iran's involvement"),
    not of an attack or of the speaker's own part in it."""
    f = doc.folded
    if _COORDINATION.search(f, c.end, min(sv.s.end, c.end + COORDINATION_SPAN)):
        return True  # "Iraq denied that the US coordinated with it before the strikes": no denial of the strikes
    for t in sv.actor_toks:
        if t.start >= c.end:
            if t.start - c.end > OTHERS_ROLE_SPAN:
                return False
            if _OTHERS_ROLE.match(f, t.end):
                sp = speaker_before(doc, sv, c.start)
                other = t.actor
                return other is not None and (sp is None or sp.actor is None or sp.actor.side != other.side)
            return False
    return False


def _apply(doc: Document, e: Event, speaker: Actor, stance: str) -> None:
    """What a statement does to the event it is about."""
    if stance == "claim":
        if speaker.name not in e.claimed_by:
            e.claimed_by.append(speaker.name)
        if e.perp is None or e.perp.kind == K.GENERIC or speaker.parent == e.perp.name or _patron_blamed(e.perp, speaker):
            if speaker.kind != K.MONITOR:
                e.perp = speaker
    elif stance == "confirm":
        if speaker.name not in e.confirmed_by:
            e.confirmed_by.append(speaker.name)
        if e.perp is None and e.weapon == K.AIR_STRIKE:
            # "Two F-16s struck a depot near Abu Kamal, a Pentagon official said": no one is
            # named for the air strike, and a state that strikes from the air speaks of its own
            # (ANNOTATION.md: a state about its own strike); militias strike with drones
            e.perp = own_forces(doc, e, speaker)
    elif stance == "deny":
        if speaker.name not in e.denied_by:
            e.denied_by.append(speaker.name)
        if e.perp is not None and e.perp.side == speaker.side and not e.claimed_by and not (
                speaker.kind == K.STATE and (e.perp.kind in K.GROUP_KINDS or e.perp.kind == K.GENERIC)):
            # "A US official denied that American aircraft carried out the strike"; a patron's
            # denial ("Tehran denied any role") leaves its militia's attack attributed
            e.perp = None
    elif stance == "acknowledge":
        if e.perp is None or e.perp.side != speaker.side:
            by_name = doc.g.actor_by_name
            if e.target is None or e.target == speaker.parent or by_name.get(e.target) is None \
                    or by_name[e.target].kind == K.GENERIC:
                e.target = speaker.name


def _patron_blamed(perp: Actor, speaker: Actor) -> bool:
    """Whether a group's own claim outweighs the perpetrator an earlier blame gave the attack:
    a state's forces or government that is no striking state (Washington blames Tehran for a
    drone strike, then the IRI takes responsibility: the IRI's strike; a local force blames a
    government, then a group claims the attack: the group's).  A state
    that strikes (the US, Israel) keeps its strike: a claim tied to it is misplaced."""
    return speaker.kind in K.GROUP_KINDS and perp.kind in K.STATE_KINDS and perp.side not in K.STATE_FORCE_SIDES


def own_forces(doc: Document, e: Event, speaker: Actor) -> Actor | None:
    """The forces of a striking state (the US, Israel) whose *speaker* confirms the strike *e*
    that names no attacker, or None (a speaker of another kind or side, or of the strike's
    target, or of the installation it hit: :mod:`..lookup.garrisons`)."""
    if speaker.kind in K.STATE_KINDS and speaker.side in K.STATE_FORCE_SIDES and not _of_side(doc, e.target, speaker.side) \
            and held_by(e.site) != speaker.side:  # "strikes on al-Tanf garrison, the Pentagon said": on its own base
        return _forces_of(doc, speaker)
    return None


def _forces_of(doc: Document, speaker: Actor) -> Actor:
    """The armed forces a state's speaker speaks for: the Pentagon's or a US official's are the
    US military (its country's military), the IDF's its own."""
    if speaker.kind == K.MILITARY:  # a service or command speaks for the military above it
        parent = doc.g.actor_by_name.get(speaker.parent) if speaker.parent else None
        return parent if parent is not None and parent.kind == K.MILITARY else speaker
    forces = doc.g.military(speaker.country) if speaker.country else None
    return forces if forces is not None else military_of(doc, speaker)


def _of_side(doc: Document, target: str | None, side: str) -> bool:
    """Whether the target named *target* is an actor of *side* ("US forces" of the US side)."""
    a = doc.g.actor_by_name.get(target) if target is not None else None
    return a is not None and a.side == side
