"""Who speaks a speech verb, and who "it", "they" or "the group" is.

Read by the anchor, frame, claims and tallies stages; nothing here writes any state
but the sentence's caches.

- :func:`speaker_before`: "The Islamic Resistance in Iraq said", "Pentagon spokesman
  Maj. Gen. Pat Ryder said", "Kataib Hezbollah, one of the factions of ..., claimed".
- :func:`speaker_after`: "..., said the Pentagon", "according to CENTCOM".
- :func:`pronoun_subject`: the pronoun that opens the clause of a word ("It said", "he added").
- :func:`military_of`: a state as the author of an attack means its military ("a US strike").
"""

from __future__ import annotations

from collections.abc import Iterator

import re

from .._text import back_from, holds_any
from ..lookup import Actor
from ..lookup import kinds as K
from ..lookup.vocab import (APPOSITIVE_HEADS, SPEECH_NEGATORS, SPEECH_NEGATOR_FILLERS, clause_pronoun_pattern, key_words,
                            pronoun_pattern, words)
from ..lookup.wordclasses import (AFFILIATION_SUFFIXES, ALLY_NOUNS, DEMONYM_COUNTRIES, DEMONYMS, MISSION_POSTS, OFFICE_HOLDER_TITLES,
                                  ORGAN_QUALIFIERS, OUTLET_HEADS, OWN_CHANNELS, PARTY_OBJECT_VERBS, PATRON_LINKS,
                                  BODY_MEMBER_NOUNS, HOST_DEMONYMS, RELEASE_VERBS, SECURITY_BODIES, SOURCE_FIRST_VERBS,
                                  BARE_SOURCE_BODIES, HEALTH_BODIES, HEALTH_MEMBER_NOUNS, LOCAL_BODIES, LOCAL_HOLDERS,
                                  LOCAL_MEMBER_NOUNS, SPEAKER_DESCRIPTORS,
                                  SOURCE_QUALIFIERS, SPEECH_BEFORE_SPEAKER,
                                  SPOKESMAN_ROLES, STATEMENT_MEDIA, STATE_FORCES, STATE_ORGANS, STRUCK_BY_NOUNS,
                                  STRUCK_BY_WEAPONS, SUPPORT_LINKS, TARGET_PREPOSITIONS, UNNAMED_SOURCE_FIELDS,
                                  UNNAMED_SPEAKER_NOUNS)
from .context import Document, SentenceView
from .model import SPEECH, C, Cue, Tok

#: How far before its verb a speaker may stand, by the words between them (characters).
APPOSITIVE_SPAN = 120   # "Kataib Hezbollah, one of the factions of the IRI, claimed"
SPEAKER_GAP_SPAN = 70   # "A US official - on condition of anonymity - confirmed"
TITLE_GAP_SPAN = 60     # "the Pentagon's press secretary Maj. Gen. Pat Ryder said"
#: How far after a speech verb its speaker may start ("said the Pentagon").
SPEAKER_AFTER_SPAN = 30  # "according to the Britain-based Syrian Observatory"

# ACRONYM: a name's short form in brackets right after it (" (IRI)")
_ACRONYM = re.compile(r"\s\([\w.\-]{1,12}\)")
# (a figure's thousands separator is no comma of the appositive: "Iraq, which hosts some 2,500 US
# troops, condemned")
_APPOSITIVE = re.compile(r",\s(?:[^,;]|(?<=\d),(?=\d{3}\b)){1,90},\s(?:(?:on|late|early)\s\w+day\s)?(?:[\w\-']+\s){0,1}")
# QUOTED_APPOSITIVE: the same after a name in quotation marks, whose closing mark may follow the
# comma ('an outfit styling itself the "IRI," whose ranks take in Tehran's militias, claimed');
# only for a name the mark opens (not the end of a quotation: '"A drone hit the depot of X,"
# chiefly ..., said')
_QUOTED_APPOSITIVE = re.compile(r",\"?\s[^,;]{1,90},\s(?:(?:on|late|early)\s\w+day\s)?(?:[\w\-']+\s){0,1}")
# DASH_APPOSITIVE: an appositive set off by dashes ("A group that calls itself the IRI - behind
# most strikes of late - said"; "the PMU - also known as the Hashd - announced")
_DASH_APPOSITIVE = re.compile(r"\s-\s(?:(?!\s-\s)[^;]){1,110}\s-\s(?:[\w\-']+\s){0,1}")
#: How far before a speaker "a statement from" may start.
STATEMENT_BY_SPAN = 30
# STATEMENT_BY / STATEMENT_TOPIC: a statement's author after "a statement from", and what the
# statement was on before its verb ("A CENTCOM statement on the overnight
# raids said")
_STATEMENT_BY = re.compile(rf"\b{words(STATEMENT_MEDIA)}\s(?:from|by|of|issued\sby|released\sby)\s(?:the\s)?$")
_STATEMENT_TOPIC = re.compile(r"\s(?:on|about|regarding|following|after)\s[^,;]{1,50}?,?\s(?:(?:also|later|further)\s)?")
# SPEAKER_GAP: between a speaker and a speech verb: up to three words, or a parenthesis
# ("the Islamic Resistance in Iraq said", "A US official - on condition of anonymity - confirmed").
# ANON_RELATIVE: a relative clause on why a source is not named, with no comma before it ("a US
# official who asked not to be named said", "said a defense official who spoke on condition of
# anonymity"): the clause belongs to the speaker before it
_ANON_RELATIVE = r"\swho\s(?:asked|requested|spoke|declined|was\snot|were\snot|insisted)\b"
_SPEAKER_GAP = re.compile(
    rf"(?:{_ANON_RELATIVE}\s(?:[\w\-']+\s){{0,7}}|"
    r"\"?\s*,?\s(?:[\w\-']+\s){0,3}|\s(?:[\w\-']+\s){1,5}and\s|\s*[-(,]\s?[^,;()\-]{1,45}\s?[-),]\s+(?:[\w\-']+\s){0,2}"
    # "Kataib Hezbollah and allied groups took credit", "Iran and its proxies have threatened": the
    # one named speaks
    rf"|\sand\s(?:other\s|its\s|allied\s|affiliated\s|aligned\s){{1,3}}{words(ALLY_NOUNS)}\s(?:[\w\-']+\s){{0,2}})"
)
# UNNAMED_SUBJECT: a comma and an unnamed speaker between a name and the verb ("... fired by
# Kataib Hezbollah, two officials said", "... made in Iran, US officials say" has its actor nearer):
# the speaker is the unnamed one, not the name before the comma
# (but "Kataib Sayyid al-Shuhada, a group official said": the group's own official speaks; only
# a reporter's qualifiers may stand before the noun)
_UNNAMED_SUBJECT = re.compile(rf",\s(?:(?:two|three|four|several|some|other|the|a|an|who)\s)?"
                              rf"(?:{words(SOURCE_QUALIFIERS + UNNAMED_SOURCE_FIELDS)}\s){{0,2}}"
                              rf"{words(UNNAMED_SPEAKER_NOUNS)}\s(?:(?:also|later|\w+ly)\s)?")
# AND_ALLIES: a named group's allies after it, before an appositive ("Kataib Hezbollah and
# affiliated groups, under ..., claimed"): the named group speaks
_AND_ALLIES = re.compile(rf"\sand\s(?:other\s|its\s|allied\s|affiliated\s|aligned\s){{1,3}}{words(ALLY_NOUNS)}")
# HEAD_NOUN: a group's head noun after its name, the name definite, before an appositive ("the Kataib Hezbollah
# militia, one of the factions backed by Iran, swore ...": the militia speaks, not the state named
# inside the appositive)
# (an appositive that opens as a noun phrase or a relative clause: not "the Houthi militia, but 24
# more troops have since reported ...", a clause of its own)
_HEAD_NOUN = re.compile(rf"\s{words(APPOSITIVE_HEADS)}s?(?=,\s(?:one|a|an|the|its|which|who|itself|part|among)\s)")
# TITLE_GAP: a title and a name between a body and its speech verb (original case)
_TITLE_GAP = re.compile(
    r"(?:\s(?:[A-Z][\w.\-']*|press|secretary|spokesman|spokesperson|spokeswoman|national|security|"
    r"deputy|chief|of|staff|commander|general|official|at|a|briefing|on|\w+day)){1,8},?\s")
# POSSESSIVE_TITLE: a body's or a group's office holder between its possessive name and the
# speech verb, with or without the holder's name (original case: "Hezbollah's leader, Hassan
# Nasrallah, has promised", "Iran's UN mission has warned"): the body or group speaks
_POSSESSIVE_TITLE = re.compile(
    rf"['\u2019]s\s(?:[\w\-]+\s){{0,2}}{words(OFFICE_HOLDER_TITLES + ('mission', 'envoy', 'minister'))}"
    r"(?:,?(?:\s[A-Z][\w.\-'\u2019]*){1,4},?)?"
    r"\s(?:(?:has|have|had|also|again|\w+ly)\s){0,2}")
# TITLE_APPOSITIVE_BEFORE / AFTER: a group's office holder named first, his title in an appositive
# ("Abu X, secretary general of the Y resistance group, emphasized", "N, spokesperson for the Z
# (the Z Brigades) in Iraq, condemned"): the group named in the title speaks
_TITLE_APPOSITIVE_BEFORE = re.compile(
    rf",\s(?:the\s)?{words(OFFICE_HOLDER_TITLES)}"
    r"\s(?:of|for)\s(?:the\s)?(?:[\w\-']+\s){0,3}$")
_TITLE_APPOSITIVE_AFTER = re.compile(r"(?:\s[\w\-']+){0,3}(?:\s\([^()]{1,40}\))?(?:\sin\s[\w\-']+)?,\s(?:\w+ly\s)?")
#: How far before the group its title may start (", the secretary general of the Iranian-backed ").
TITLE_APPOSITIVE_LOOKBACK = 80
#: How far after the group its appositive may end (" anti-terror resistance group, ").
TITLE_APPOSITIVE_SPAN = 80
# POSSESSIVE_OFFICE: a holder's office after the holder's name ("Sudani's media office said"):
# the holder speaks (his office words his statements)
_POSSESSIVE_OFFICE = re.compile(r"'s\s(?:media\s|press\s)?office")
# NAME_WORD: a word of a holder's rank or name: capitalised, or after a particle ("al-Faraya")
_NAME_WORD = r"(?:[A-Z]|[a-z]{2}-[A-Z])[\w.\-'\u2019]*"
# POSSESSIVE_ROLE: who speaks for a body after the body's possessive, up to two qualifiers before
# the role and the holder's rank and name after it, plain or between commas (original case:
# "'s military spokesman, N al-M,", "'s press secretary"): the body speaks
_POSSESSIVE_ROLE = re.compile(rf"['\u2019]s(?:\s[\w\-]+){{0,2}}?\s(?i:{words(SPOKESMAN_ROLES)})\b"
                              rf"(?:(?:\s{_NAME_WORD}){{1,4}}|,(?:\s{_NAME_WORD}){{1,4}},)?")
# POSSESSIVE_MISSION: a state's diplomatic mission after its name ("Syria's mission to the UN
# stated", "Iran's UN mission told"): the state speaks (its mission words its statements)
_POSSESSIVE_MISSION = re.compile(rf"'s\s(?:un\s|u\.n\.\s|permanent\s)?mission(?:\sto\sthe\s{words(MISSION_POSTS)})?")
# STATEMENT_GAP (public: claims names its rows' rule after it): a speaker's release of a statement before the verb of its content ("the
# group released a statement on Friday claiming the attack")
STATEMENT_GAP = re.compile(
    # a group word and an adverb may stand before the release ("the Nujaba movement also put out a
    # statement claiming ...")
    rf"(?:\s(?:group|militia|movement|faction|organi[sz]ation))?(?:\s(?:later|also|then|\w+ly))?"
    rf"\s{words(RELEASE_VERBS)}\s(?:a|an|the)\s(?:[\w\-']+\s){{0,2}}?{words(STATEMENT_MEDIA + ('announcement',))}"
    rf"(?:\s[\w\-']+){{0,4}}?,?\s(?:that\s)?")
#: How far before an actor its patron link may start ("backed by ").
PATRON_LINK_SPAN = 30
# PATRON_LINK: right before an actor, it names a group's patron ("a militant group backed by
# Iran claimed"): that actor is no speaker
_PATRON_LINK = re.compile(rf"\b{words(PATRON_LINKS)}\s(?:[\w\-]{{1,20}}['\u2019]s\s)?$")  # "ties to Iran's IRGC"
#: How far before an actor a news outlet's affiliation may start ("agency affiliated with the ").
OUTLET_PATRON_SPAN = 70
# OUTLET_PATRON: a news outlet's affiliation, past a determiner and two modifiers ("a news
# agency affiliated with the IRGC reported", "Sabereen News, associated with the Iraqi state-run
# Popular Mobilization Forces, said"): the outlet reports, the body it is affiliated with does
# not speak (a group's own channel or sources, "sources close to the IRI said", are its voice)
_OUTLET_PATRON = re.compile(rf"\b{words(OUTLET_HEADS)},?\s{words(PATRON_LINKS)}\s(?:the\s)?(?:[\w\-]{{1,20}}\s){{0,2}}$")
# OWN_VOICE: a group's own channel or account named by its affiliation ("a Telegram channel
# affiliated with Kataib Hezbollah said", "accounts linked to the Islamic Resistance posted"): the
# group speaks through it (a news outlet's affiliation is OUTLET_PATRON's, tested first)
_OWN_VOICE = re.compile(rf"\b{words(OWN_CHANNELS)}\s{words(PATRON_LINKS)}\s(?:the\s)?(?:[\w\-]{{1,20}}\s){{0,2}}$")
# (a word of PATRON_LINKS is in every match of PATRON_LINK, OUTLET_PATRON and OWN_VOICE, within the
# wider of their spans)
_PATRON_KEYS = key_words(PATRON_LINKS)
PATRON_KEYS_SPAN = max(PATRON_LINK_SPAN, OUTLET_PATRON_SPAN)
# AUTHOR_OF_ATTACK: right after an actor, an attack noun it modifies ("the Iraqi cabinet
# denounced the US airstrikes in a statement", "replied to the American attack saying"): the
# actor is the attack's author named in the object, no speaker
_AUTHOR_OF_ATTACK = re.compile(rf"\s(?:{words(STRUCK_BY_WEAPONS)}\s)?{words(STRUCK_BY_NOUNS)}\b")
#: How far before an actor a target preposition may start ("against the ").
TARGET_LINK_SPAN = 16
# TARGET_LINK: right before an actor, it makes the actor a target ("the group vowed revenge
# against US troops and claimed ..."): that actor is no speaker
_TARGET_LINK = re.compile(rf"\b{words(TARGET_PREPOSITIONS)}\s(?:the\s)?$")
# COMPOUND_AFTER: right after an actor's name, a hyphenated participle that makes the name a
# modifier ("the Iran-led axis of resistance", "Iranian-made drones"): no speaker
_COMPOUND_AFTER = re.compile(rf"-{words(AFFILIATION_SUFFIXES)}\b")
# ASIDE_LINK: right before an actor, its patron ("affiliated with the PMF"), the side a group
# backs ("offered its backing to Hezbollah") or a side at war ("a long war with Hezbollah")
_ASIDE_LINK = re.compile(rf"\b{words(PATRON_LINKS + SUPPORT_LINKS)}\s(?:the\s)?$")
#: How far before an actor its patron or the side backed may start ("affiliated with the ").
ASIDE_LINK_SPAN = 24
# NAME_COMPOUND_BEFORE: right before an actor, the first name of a compound of two ("the
# US-Iraq talks"): the actor is half a modifier, no speaker (nor is the first half, "US", whose
# hyphen and capital after it are tested in place)
_NAME_COMPOUND_BEFORE = re.compile(r"[A-Za-z.]-")
#: How far before an actor the first name's last letter and its hyphen stand ("US-" of "US-Iraq").
NAME_COMPOUND_SPAN = len("S-")
#: How far before an actor the verb whose object it is may start ("accused the ").
PARTY_OBJECT_SPAN = 20
# PARTY_OBJECT: right before an actor, a verb that makes it the object ("Tehran backs Hamas and
# has threatened ...", "the leaders accused the United States of the raid and vowed revenge"):
# the verb after " and " is spoken by the subject of both verbs, not by the object
_PARTY_OBJECT = re.compile(rf"\b{words(PARTY_OBJECT_VERBS)}\s(?:the\s)?$")
# COORDINATED_GAP: an " and " between an actor and the verb: a second verb of the clause
_COORDINATED_GAP = re.compile(r"\sand\s")
#: How far before an actor the message it is sent may start ("condolences to the ").
ADDRESSEE_SPAN = 30
# ADDRESSEE: right before an actor, a message sent to it ("offered condolences to the United
# States, adding ...", "sent a message to Tehran"): the one addressed is no speaker
_ADDRESSEE = re.compile(r"\b(?:condolences|sympathies|sympathy|message|messages|letter|appeal)\s(?:[\w\-]+\s)?to\s(?:the\s)?$")


def _addressee(f: str, lo: int, hi: int) -> bool:
    """Whether a message is sent "to" the actor that starts at *hi*."""
    return "to" in f[lo:hi] and _ADDRESSEE.search(f, lo, hi) is not None


#: How far before a state's name an article may make it one of its nationals ("an ").
NATIONAL_SPAN = 8
# NATIONAL: an indefinite article before a state's adjective makes it a person of that nation
# ("Harm an American and we will respond": no state speaks)
_NATIONAL = re.compile(r"\b(?:an?|every|any|one)\s$")
# AFTER_VERB: "said the Pentagon", "according to the Britain-based Syrian Observatory", "according
# to a statement issued by the ministry"
_AFTER_VERB = re.compile(r"\s(?:(?:the\s|a\s|an\s)?(?:statement|post)\s(?:(?:released|issued|published)\s)?(?:by|from)\s)?"
                         # "according to the head of the Syrian Observatory": who speaks for it
                         r"(?:(?:the\s|a\s)?(?:director|head|chief|spokesman|spokeswoman|spokesperson)\s(?:of|for)\s)?"
                         r"(?:the\s|a\s|an\s|two\s|three\s)?"
                         # "according to the paramilitary PMF", "according to the Iran-backed group's
                         # own Telegram channel": a reporter's description of the speaker before its name
                         rf"(?:{words(SPEAKER_DESCRIPTORS)}\s)?"
                         r"(?:[\w]{1,20}-(?:based|led)\s)?")  # "citing a statement by Kataib Hezbollah", "according to two"
# SPEAKER_END: what may follow a speaker after its verb ("said the Pentagon." / "said CENTCOM
# in a statement"), so that "CENTCOM said US forces struck" has no speaker after "said".
_SPEAKER_END = re.compile(rf"\s*(?:[.,;:]|$|{_ANON_RELATIVE}|\s(?:in\sa\s(?:statement|telegram|briefing|post)|on\s(?:telegram|condition|\w+day)|at\sa\sbriefing))")


#: How far before a speech verb its negation may start ("have not publicly stated").
NEGATED_SPEECH_SPAN = 40
# NEGATED_SPEECH: a negator right before a speech verb, up to two fillers between ("have not
# stated who", "did not immediately confirm", "declined to confirm"), read on the last words
# before the verb (cheaper than a pattern searched over the window)
_NEGATOR_LAST_WORDS = frozenset(n.split()[-1] for n in SPEECH_NEGATORS)
_NEGATORS = frozenset(SPEECH_NEGATORS)
_NEGATOR_FILLERS = frozenset(SPEECH_NEGATOR_FILLERS)
# SHORT_OF: "stopped short of blaming", "stopped short on Thursday of blaming": the speaker
# did not say it (a day phrase may stand between "short" and "of")
_SHORT_OF = re.compile(r"\bshort\s(?:(?:on|last)\s[\w\-]+\s)?of\s$")


def negated_speech(f: str, lo: int, pos: int) -> bool:
    """Whether a negator ends within two filler words before *pos* ("did not immediately"),
    or the verb follows "stopped short of".  Read by claims (no row) and frames (a negated
    blame names no attacker: "the Pentagon has not blamed Iran for the attack")."""
    lo = back_from(lo, pos, NEGATED_SPEECH_SPAN)
    if "short" in f[lo:pos] and _SHORT_OF.search(f, lo, pos):
        return True
    ws = f[lo:pos].split()
    for i in range(len(ws) - 1, max(-1, len(ws) - 4), -1):
        w = ws[i]
        if w in _NEGATOR_LAST_WORDS or w.endswith("n't"):
            if w.endswith("n't") or w in _NEGATORS or (i and f"{ws[i - 1]} {w}" in _NEGATORS):
                return True
        if w not in _NEGATOR_FILLERS:
            return False
    return False


def speaker_before(doc: Document, sv: SentenceView, pos: int) -> Tok | None:
    """The actor that speaks the verb at *pos*: the nearest actor before it, if close.

    With an appositive between ("Kataib Hezbollah, one of the factions of the
    Islamic Resistance in Iraq, claimed ...") the speaker is the actor before it.
    Cached per sentence (frames, claims and speakers ask for the same verbs).
    """
    known = sv.speaker_at
    if pos in known:
        return known[pos]
    t = known[pos] = _speaker_before(doc, sv, pos)
    return t


#: The farthest a speaker's name may end before its verb: past either gap below (one more
#: for a closing bracket: "Central Command (CENTCOM) said").
_SPEAKER_REACH = max(SPEAKER_GAP_SPAN + 1, TITLE_GAP_SPAN)


def _speaker_before(doc: Document, sv: SentenceView, pos: int) -> Tok | None:
    f = doc.folded
    lo = sv.s.start
    actors = sv.actor_toks
    for t in actors:
        # an appositive starts with its comma: test that before the pattern ("the Islamic
        # Resistance in Iraq (IRI), an alliance of ..., claimed": the acronym in brackets first)
        end = t.end
        if end < pos and f[end] == " " and f.startswith(" (", end):
            m = _ACRONYM.match(f, end, pos)
            end = m.end() if m is not None else end
        if end < pos and f.startswith(" and ", end):
            # "Kataib Hezbollah and allied groups, under the name of ..., claimed credit"
            m = _AND_ALLIES.match(f, end, pos)
            end = m.end() if m is not None else end
        if end < pos and f[end] == " " and t.actor is not None and t.actor.kind in K.GROUP_KINDS \
                and f.startswith("the ", t.start - 4):
            # (definite: "a prominent Iraqi resistance faction, the X Brigades, announced" is a
            # member of the alliance named, which the appositive names)
            m = _HEAD_NOUN.match(f, end, pos)
            end = m.end() if m is not None else end
        quoted = t.start > lo and f[t.start - 1] == '"'
        if quoted and end < pos and f.startswith('",', end):
            end += 1  # a quoted name before its appositive: 'the "IRI", an alliance of ..., said'
        if end < pos and pos - end <= APPOSITIVE_SPAN and f[end] == "," and \
                (_QUOTED_APPOSITIVE if quoted else _APPOSITIVE).fullmatch(f, end, pos) and not _patron(f, lo, t):
            return t
        if end < pos and pos - end <= APPOSITIVE_SPAN and f.startswith(" - ", end) and \
                _DASH_APPOSITIVE.fullmatch(f, end, pos) and not _patron(f, lo, t):
            return t  # "the IRI - which has claimed many of the attacks - said it carried out ..."
    country = _country_speaker(doc, sv, pos) or _institution_source(doc, sv, pos) or _organ_speaker(doc, sv, pos)
    if country is not None:
        return country
    no_speaker = sv.no_speaker
    for t in actors[::-1]:
        if t.end > pos:
            continue
        if pos - t.end > _SPEAKER_REACH:
            return None  # too far from the verb to be its speaker, and so is every actor before it
        # what stands right before the name does not depend on the verb: read once a sentence
        excluded = no_speaker.get(t.start)
        if excluded is None:
            excluded = no_speaker[t.start] = _patron(f, lo, t) or _target(f, lo, t) or _national(f, lo, t) \
                or (f.startswith("-", t.end) and (_COMPOUND_AFTER.match(f, t.end) is not None
                                                  or doc.text[t.end + 1:t.end + 2].isupper())) \
                or _NAME_COMPOUND_BEFORE.match(doc.text, back_from(lo, t.start, NAME_COMPOUND_SPAN), t.start) is not None \
                or _addressee(f, back_from(lo, t.start, ADDRESSEE_SPAN), t.start) \
                or _AUTHOR_OF_ATTACK.match(f, t.end) is not None
        if excluded:
            continue
        end = t.end + 1 if f.startswith(")", t.end) else t.end  # "Central Command (CENTCOM) said"
        if f.startswith("'s ", end) and (m := _POSSESSIVE_OFFICE.match(f, end, pos)) is not None:
            end = m.end()  # "the prime minister's office said": the office holder speaks
        elif f.startswith("'s ", end) and (m := _POSSESSIVE_ROLE.match(doc.text, end, pos)) is not None:
            end = m.end()  # "Central Command's spokesman, Capt. N, said": the body speaks
        elif f.startswith("'s ", end) and t.actor is not None and t.actor.kind == K.STATE and \
                (m := _POSSESSIVE_MISSION.match(f, end, pos)) is not None:
            end = m.end()  # "Syria's mission to the UN stated": the state speaks
        if f.startswith(",", end) and _UNNAMED_SUBJECT.fullmatch(f, end, pos):
            return None  # "... by Kataib Hezbollah, officials said": an unnamed speaker
        if pos - end <= SPEAKER_GAP_SPAN and (_SPEAKER_GAP.fullmatch(f, end, pos)
                                             or STATEMENT_GAP.fullmatch(f, end, pos)):
            if _COORDINATED_GAP.search(f, end, pos) and \
                    (m := _PARTY_OBJECT.search(f, back_from(lo, t.start, PARTY_OBJECT_SPAN), t.start)) is not None:
                # "Iran backs Hamas and has threatened ...": the subject of "backs" speaks, if named
                return speaker_before(doc, sv, m.start())
            return t
        if pos - end <= SPEAKER_GAP_SPAN and _STATEMENT_TOPIC.fullmatch(f, end, pos) and \
                _STATEMENT_BY.search(f, back_from(lo, t.start, STATEMENT_BY_SPAN), t.start):
            return t  # "A CENTCOM statement on the overnight raids said"
        # "Pentagon spokesman Maj. Gen. Pat Ryder said", "spokesman John Kirby said"
        if pos - t.end <= TITLE_GAP_SPAN and _TITLE_GAP.fullmatch(doc.text, t.end, pos):
            return t
        return None
    return None


def possessive_speaker(doc: Document, sv: SentenceView, pos: int) -> Tok | None:
    """The body or group whose office holder speaks the verb at *pos*, named in the possessive
    right before the office ("Hezbollah's leader, Hassan Nasrallah, has promised", "Iran's UN
    mission has warned"); read by claims for threats only (a condemnation or confirmation by a
    country's spokesperson is often written under the ministry's own name)."""
    f = doc.folded
    t = next((t for t in sv.actor_toks[::-1] if t.end < pos), None)
    if t is None or not f.startswith("'s ", t.end) or pos - t.end > TITLE_GAP_SPAN:
        return None
    lo = sv.s.start
    if _patron(f, lo, t) or _target(f, lo, t) or not _POSSESSIVE_TITLE.fullmatch(doc.text, t.end, pos):
        return None
    return t


def title_speaker(doc: Document, sv: SentenceView, pos: int) -> Tok | None:
    """The group named in the title appositive of the office holder who speaks the verb at *pos*
    ("Abu X, secretary general of the Y resistance group, emphasized that attacks would go on"); read
    by claims for threats only (what the holder says of past attacks is no claim of the group's:
    "assaults by resistance fighters" names no attacker)."""
    f = doc.folded
    t = next((t for t in sv.actor_toks[::-1] if t.end < pos), None)
    if t is None or pos - t.end > TITLE_APPOSITIVE_SPAN:
        return None
    lo = sv.s.start
    if not _TITLE_APPOSITIVE_AFTER.fullmatch(f, t.end, pos) or _patron(f, lo, t) or \
            _TITLE_APPOSITIVE_BEFORE.search(f, back_from(lo, t.start, TITLE_APPOSITIVE_LOOKBACK), t.start) is None:
        return None
    return t


def _patron(f: str, lo: int, t: Tok) -> bool:
    """"a militia backed by Iran", "a news agency affiliated with the IRGC": Iran and the IRGC
    are no speakers."""
    if not holds_any(f, _PATRON_KEYS, back_from(lo, t.start, PATRON_KEYS_SPAN), t.start):
        return False  # (no link word before the name: none of the three patterns below can match)
    if _OUTLET_PATRON.search(f, back_from(lo, t.start, OUTLET_PATRON_SPAN), t.start) is not None:
        return True
    if t.actor is not None and t.actor.kind in K.GROUP_KINDS and \
            _OWN_VOICE.search(f, back_from(lo, t.start, OUTLET_PATRON_SPAN), t.start) is not None:
        return False  # "a Telegram channel affiliated with Kataib Hezbollah said": the group's own voice
    return _PATRON_LINK.search(f, back_from(lo, t.start, PATRON_LINK_SPAN), t.start) is not None


def _target(f: str, lo: int, t: Tok) -> bool:
    """"retaliation against US forces and claimed": US forces are no speaker."""
    return _TARGET_LINK.search(f, back_from(lo, t.start, TARGET_LINK_SPAN), t.start) is not None


def named_aside(doc: Document, lo: int, t: Tok) -> bool:
    """Whether the actor of *t* is named as a patron or a side backed or at war, not as who
    acts ("the IRI, a front of militias affiliated with the PMF"; "its backing to Hezbollah"):
    "the group" in a later clause or sentence is not that actor (a group a strike targets may
    well be: "strikes on Kataib Hezbollah ... The group said").  *lo* is where the look back
    stops (the sentence's start)."""
    f = doc.folded
    return _patron(f, lo, t) or _ASIDE_LINK.search(f, back_from(lo, t.start, ASIDE_LINK_SPAN), t.start) is not None


def _national(f: str, lo: int, t: Tok) -> bool:
    """"harm an American, we will respond": a person, no speaker."""
    return t.actor is not None and t.actor.kind == K.STATE and \
        _NATIONAL.search(f, back_from(lo, t.start, NATIONAL_SPAN), t.start) is not None


#: How far before its verb a country that speaks may end ("Iraq on Wednesday condemned").
COUNTRY_SPEAKER_GAP = 25
# COUNTRY_GAP: what may stand between a country that speaks and its verb ("on Wednesday", "has")
_COUNTRY_GAP = re.compile(r"\s(?:(?:on|late|early)\s\w+\s|has\s|have\s|also\s|again\s|\w+ly\s)*")
# PLACE_BEFORE: a preposition before the country: a place ("attacks in Iraq said"), no speaker
_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|from|to|into|near|across|inside|of|over|against|and)\s(?:the\s)?$")


def _country_speaker(doc: Document, sv: SentenceView, pos: int) -> Tok | None:
    """A country named as the subject of the verb at *pos* ("Iraq on Wednesday condemned the
    strikes", "Jordan said", also before an appositive or relative clause between commas:
    "Jordan, a close US ally, condemned"): its government speaks (a country that is an actor,
    "Iran", is read as one already)."""
    f = doc.folded
    for t in sv.toks:
        # "Jordan, a close US ally, condemned", "Iraq, which hosts US troops, said": the country
        # before an appositive or a relative clause between commas, not a name inside it, speaks
        if t.end >= pos or pos - t.end > APPOSITIVE_SPAN:
            continue
        if f.startswith(",", t.end) and t.place is not None and t.place.kind == K.COUNTRY and t.actor is None \
                and _APPOSITIVE.fullmatch(f, t.end, pos) \
                and not _PLACE_BEFORE.search(f, back_from(sv.s.start, t.start, 12), t.start):
            gov = doc.g.government(t.place.name)
            return t._replace(actor=gov) if gov is not None else None
        break  # (only the sentence's first name before the verb may open such a subject)
    for t in sv.toks[::-1]:
        if t.end > pos:
            continue
        if pos - t.end > COUNTRY_SPEAKER_GAP:
            return None
        if t.place is None or t.place.kind != K.COUNTRY or t.actor is not None:
            return None
        if not _COUNTRY_GAP.fullmatch(f, t.end, pos) or \
                _PLACE_BEFORE.search(f, back_from(sv.s.start, t.start, 12), t.start):
            return None
        gov = doc.g.government(t.place.name)
        return t._replace(actor=gov) if gov is not None else None
    return None


#: How far before its verb an unnamed source of an institution may start.
INSTITUTION_SOURCE_SPAN = 120
# BODY_MEMBER_TAIL: what may stand between such a source and its verb: an appositive between commas
# or a relative clause on its anonymity ("an officer from the Iraqi army who requested anonymity
# told"), then an adverb
_BODY_MEMBER_TAIL = (r"(?:,\s[^,;]{1,60},|\swho\s(?:[\w\-']+\s){0,5}?(?:anonymity|named|identified))?"
                     r"\s(?:(?:also|later|\w+ly)\s)?$")
# INSTITUTION_SOURCE: an unnamed member or source of a security body, right before its verb, the
# body named after the person ("a source in the Anbar police said", "sources from the Interior
# Ministry, who spoke anonymously, said", "an officer from the Iraqi army who requested anonymity
# told") or before it as a modifier, after no name but a reporter's qualifiers or the host state's
# adjective ("an unnamed Iraqi police official told", "a senior army officer said", "the army officer
# confirmed", the one introduced before; not a bare "a police officer", who may be anyone's)
_INSTITUTION_SOURCE = re.compile(
    rf"\b(?:an?\s|the\s|two\s|three\s)?(?:[\w\-]+\s)?{words(BODY_MEMBER_NOUNS)}\s"
    r"(?:in|from|at|within|inside|close\sto|of|for|with)\s(?:the\s)?"
    rf"(?:[\w\-']+\s){{0,3}}{words(SECURITY_BODIES)}{_BODY_MEMBER_TAIL}"
    rf"|(?:^|(?<=[\s,;(]))(?:(?:an?|the|two|three|several)\s(?:(?:{words(SOURCE_QUALIFIERS)}\s){{1,2}}"
    rf"(?:{words(HOST_DEMONYMS)}\s)?|{words(HOST_DEMONYMS)}\s)|the\s)"
    rf"{words(SECURITY_BODIES)}\s{words(BODY_MEMBER_NOUNS)}{_BODY_MEMBER_TAIL}")
# (a word of SECURITY_BODIES is in every match)
_SECURITY_BODY_KEYS = key_words(SECURITY_BODIES)
#: The actor such a source speaks as.
INSTITUTION_SOURCE_ACTOR = "security source"
# PLACE_TAIL: where a health or local source is, after him ("a hospital official in Jurf
# al-Sakhar said", "a member of the provincial council in Anbar told")
_PLACE_TAIL = r"(?:\s(?:in|at|from)\s(?:the\s)?(?:[\w\-']+\s){0,2}[\w\-']+)?"
# OTHER_SOURCE_START: before a health or local source: an article or a count, a reporter's
# qualifiers or a host state's adjective, one word of place ("a hospital official", "the Anbar
# provincial council member")
_OTHER_SOURCE_START = (r"(?:^|(?<=[\s,;(]))(?:(?:an?|the|two|three|several)\s)?"
                       rf"(?:(?:{words(SOURCE_QUALIFIERS)}|{words(HOST_DEMONYMS)})\s){{0,2}}(?:[\w\-']+\s)?")


def _member_source(bodies: tuple[str, ...], members: tuple[str, ...]) -> str:
    """An unnamed member of a health or local body before its verb, the body named after the
    person ("a doctor at the hospital in Albu Kamal said", "a member of the Anbar provincial
    council told") or before him as a modifier ("a hospital source said"); unlike a security
    body's, a bare "a hospital official" is the body's own (no other side has hospitals here)."""
    return (rf"\b(?:an?\s|the\s|two\s|three\s)?(?:[\w\-]+\s)?{words(members)}\s"
            r"(?:in|from|at|of|with)\s(?:the\s)?"
            rf"(?:[\w\-']+\s){{0,3}}{words(bodies)}{_PLACE_TAIL}{_BODY_MEMBER_TAIL}"
            rf"|{_OTHER_SOURCE_START}{words(bodies)}\s{words(members)}{_PLACE_TAIL}{_BODY_MEMBER_TAIL}")


# LOCAL_HOLDER: a local office holder with no other name of a side ("Erbil's governor said", "the
# governor of Anbar province told", "the mayor of al-Qaim, N, said", "Anbar governor N said")
_LOCAL_HOLDER = (r"(?:^|(?<=[\s,;(]))(?:(?:the|a)\s)?(?:[\w\-]+['\u2019]s\s|[\w\-]+\s)?"
                 rf"{words(LOCAL_HOLDERS)}(?:\sof\s(?:the\s)?(?:[\w\-']+\s){{0,2}}[\w\-']+)?"
                 rf"(?:\s[\w\-']+){{0,3}}?{_BODY_MEMBER_TAIL}")
# BARE_SOURCE_BODY: a body that is no actor, by its plain name right before the verb ("...,
# police said", "Anbar police told reporters")
_BARE_SOURCE_BODY = rf"(?:^|(?<=[\s,;(]))(?:the\s)?(?:[\w\-]+\s)?{words(BARE_SOURCE_BODIES)}{_BODY_MEMBER_TAIL}"
#: The sources of the bodies that are no actors, as (actor name, pattern, key words one of
#: which every match holds), tried in this order.
_OTHER_SOURCES = (
    ("health sources", re.compile(_member_source(HEALTH_BODIES, HEALTH_MEMBER_NOUNS)), key_words(HEALTH_BODIES)),
    ("local official", re.compile(_member_source(LOCAL_BODIES, LOCAL_MEMBER_NOUNS)), key_words(LOCAL_BODIES)),
    ("local official", re.compile(_LOCAL_HOLDER), key_words(LOCAL_HOLDERS)),
    (INSTITUTION_SOURCE_ACTOR, re.compile(_BARE_SOURCE_BODY), key_words(BARE_SOURCE_BODIES)),
)


def _institution_source(doc: Document, sv: SentenceView, pos: int) -> Tok | None:
    """An unnamed source of a security, health or local body speaking the verb at *pos* ("A
    source in the Anbar police, speaking anonymously, said": a security source; "a hospital
    official said": the health sources; "Erbil's governor said": a local official), as a token
    over the words."""
    f = doc.folded
    lo = back_from(sv.s.start, pos, INSTITUTION_SOURCE_SPAN)
    window = f[lo:pos]
    if any(k in window for k in _SECURITY_BODY_KEYS):
        m = _INSTITUTION_SOURCE.search(f, lo, pos)
        actor = doc.g.actor_by_name.get(INSTITUTION_SOURCE_ACTOR)
        if m is not None and actor is not None:
            return Tok(m.start(), m.end(), INSTITUTION_SOURCE_ACTOR, None, actor, None)
    for name, pattern, keys in _OTHER_SOURCES:
        if not any(k in window for k in keys):
            continue
        m = pattern.search(f, lo, pos)
        actor = doc.g.actor_by_name.get(name)
        if m is not None and actor is not None:
            return Tok(m.start(), m.end(), name, None, actor, None)
    return None


#: How far before its verb a state's organ may start ("the Syrian Ministry of Foreign Affairs and
#: Expatriates strongly ").
ORGAN_SPAN = 110
# ORGAN_TAIL: after a state's name or adjective, its organ or office holder, up to two qualifiers
# before it, the words of a ministry's name after "of", the holder's rank and name (plain, or
# between commas), then the adverbs before the verb (original case: "'s defence ministry said",
# " Ministry of Foreign Affairs strongly condemned", " President Abdul Latif Rashid said",
# "'s foreign minister, N, told"); "force" holds an armed organ ("'s armed forces announced")
_ORGAN_TAIL = (
    rf"(?i:\s(?:{words(ORGAN_QUALIFIERS)}\s){{0,2}}(?:(?P<force>{words(STATE_FORCES)})|{words(STATE_ORGANS)}))"
    r"(?:\sof(?:\s(?:the|and|[A-Z][\w\-]+)){1,5})?"
    rf"(?:(?:\s{_NAME_WORD}){{1,4}}|,(?:\s{_NAME_WORD}){{1,4}},)?"
    r"\s(?:(?:has|have|had|also|again|later|on\s\w+day|[a-z]+ly)\s){0,2}")
_POSSESSIVE_ORGAN = re.compile(r"['\u2019]s" + _ORGAN_TAIL)
# DEMONYM_ORGAN: a nationality adjective before the organ ("the Lebanese cabinet condemned")
_DEMONYM_ORGAN = re.compile(rf"(?<![\w\-])(?i:(?P<dem>{words(tuple(d for d, _ in DEMONYMS))}))" + _ORGAN_TAIL + "$")
#: How far before a state's name a word that makes it a target may start ("strikes against the ").
ORGAN_TARGET_SPAN = 16
# ORGAN_TARGET: before the state's name, a word that makes its organ a target or a place ("an attack
# on the Syrian army said": no speaker)
_ORGAN_TARGET = re.compile(r"\b(?:against|on|at|into|near|targeting|targeted|hit|struck|attacked|killed|wounded)\s"
                           r"(?:the\s)?$")


def _organ_speaker(doc: Document, sv: SentenceView, pos: int) -> Tok | None:
    """A state's organ or office holder that no actor name covers, as the subject of the verb at
    *pos*, named by the state's adjective or possessive ("the Lebanese cabinet condemned",
    "Turkey's defence ministry said", "the Iraqi president, N, said"): the state's government
    speaks, or its military for an armed organ ("Jordan's armed forces announced")."""
    lo = back_from(sv.s.start, pos, ORGAN_SPAN)
    text = doc.text
    country: str | None = None
    start = inner = -1  # where the state's name starts, and where the organ's words after it do
    # (the pattern only where a nationality adjective is in the span: most spans have none, and a
    # case-blind pattern with no literal start is tried at every character; a span that is not
    # ASCII keeps the pattern, whose case-blind match folds a few letters that lower() does not)
    span = doc.folded[lo:pos]
    m = _DEMONYM_ORGAN.search(text, lo, pos) if not span.isascii() or any(
        d in span for d in DEMONYM_COUNTRIES) else None
    if m is not None:
        country, start = DEMONYM_COUNTRIES[m.group("dem").lower()], m.start()
        inner = start
    else:
        for t in sv.toks[::-1]:
            if t.end >= pos or t.start < lo:
                continue
            if (t.actor is not None and t.actor.kind == K.STATE) or \
                    (t.actor is None and t.place is not None and t.place.kind == K.COUNTRY):
                m = _POSSESSIVE_ORGAN.fullmatch(text, t.end, pos)
                if m is not None:
                    country = t.actor.country if t.actor is not None else t.place.name  # type: ignore[union-attr]
                    start, inner = t.start, t.end
            break  # only the name nearest the verb may own the organ
    if m is None or country is None:
        return None
    # an actor named by the organ's words is the speaker the other rules read ("Iraq's Popular
    # Mobilization Forces said", "an Iraqi military spokesman denied": the Iraqi military's)
    if any(inner <= t.start < pos and t.actor is not None for t in sv.toks):
        return None
    if _ORGAN_TARGET.search(doc.folded, back_from(sv.s.start, start, ORGAN_TARGET_SPAN), start) is not None:
        return None
    gov = doc.g.government(country)
    if gov is None:
        return None
    actor = (doc.g.military(gov.name) or gov) if m.group("force") else gov
    return Tok(start, pos, actor.name, None, actor, None)


#: How far after a speech verb a body named by its spokesman's role may start ("according to N
#: al-M, a senior adviser to the ").
ROLE_AFTER_SPAN = 80
# ROLE_AFTER: after a speech verb, the one who speaks for a body named by a role and a preposition
# before the body, with the person's name before it between commas or none (original case:
# "according to N M, a spokesman for the", "said an aide to", "told reporters ... " is not one)
_ROLE_AFTER = re.compile(
    rf"\s(?:(?:{_NAME_WORD}\s?){{1,4}},\s)?(?:a|an|the|one|two|three)\s(?:[\w\-]+\s){{0,2}}?"
    rf"{words(SPOKESMAN_ROLES)}s?\s(?:of|for|to|at|with|from)\s(?:the\s)?(?:[\w\-]+\s)?")


def speaker_after(doc: Document, sv: SentenceView, c: Cue) -> Tok | None:
    """The speaker right after its verb: "said the Pentagon", "according to CENTCOM", "according
    to N, a spokesman for CENTCOM"."""
    if c.text not in SPEECH_BEFORE_SPEAKER:
        return None
    f = doc.folded
    lo = c.end
    hi = lo + SPEAKER_AFTER_SPAN
    found = _role_after(doc, sv, c)
    if found is not None:
        return found
    # the first fitting name starting within the span: read from the end, keep the last fit
    for t in sv.toks[::-1]:
        if t.start > hi:
            continue
        if t.start < lo:
            break
        if t.actor is not None and _AFTER_VERB.fullmatch(f, lo, t.start):
            # "..., said the Pentagon." but not "CENTCOM said US forces struck"
            if c.text in SOURCE_FIRST_VERBS or _SPEAKER_END.match(f, t.end) or _named_holder_end(doc, t.end):
                found = t
    return found


# NAMED_HOLDER: the office holder's rank and name after a body named after its verb, his role in
# lower case or none before it (original case: '"...," said Pentagon Spokesperson General Ryder.',
# "said Central Command spokesman Maj. N."): the body still speaks
_NAMED_HOLDER = re.compile(rf"(?:\s{words(SPOKESMAN_ROLES)})?(?:\s[A-Z][\w.\-']*){{1,4}}(?=[.,;:]|\s*$)")


def _named_holder_end(doc: Document, end: int) -> bool:
    """Whether a capitalised rank and name, then the clause's end, follow the body ending at *end*."""
    return _NAMED_HOLDER.match(doc.text, end) is not None


def _role_after(doc: Document, sv: SentenceView, c: Cue) -> Tok | None:
    """The body whose spokesman, aide or official speaks after the verb *c*, named after the
    role ("according to N, a spokesman for the Pentagon", "said an aide to the prime minister")
    and ending the clause."""
    lo = c.end
    for t in sv.actor_toks:
        if t.start <= lo:
            continue
        if t.start - lo > ROLE_AFTER_SPAN:
            return None
        if _ROLE_AFTER.fullmatch(doc.text, lo, t.start) and \
                (_SPEAKER_END.match(doc.folded, t.end) or _named_holder_end(doc, t.end)):
            return t
        return None  # the first name after the verb is the body or none is
    return None


def speaker_toks(doc: Document, sv: SentenceView) -> set[int]:
    """Starts of the actor names of the sentence that are speakers (a speaker is no
    perpetrator), worked out once per sentence.  The one who blames or accuses speaks too
    ("Washington accused the militias of killing three soldiers": Washington killed no one)."""
    if sv.speakers is not None:
        return sv.speakers
    out: set[int] = set()
    sv.speakers = out
    for c in sv.cues:
        if c.kind not in SPEECH and c.kind != C.BLAME:
            continue
        t = speaker_before(doc, sv, c.start)
        if t is not None:
            out.add(t.start)
        t = speaker_after(doc, sv, c)
        if t is not None:
            out.add(t.start)
    return out


def _read_clause_pronouns(found: list[tuple[int, int, str]], matches: Iterator[re.Match[str]],
                          pos: int | None) -> bool:
    """Append (clause start, pronoun end, pronoun) to *found* for the *matches* of
    clause_pronoun_pattern() with a pronoun, up to and including the first match that
    starts at or after *pos* (None: all).  Whether *matches* ran out."""
    for m in matches:
        end = m.end("pron")
        if end >= 0:
            found.append((m.end(), end, m.group("pron")))
        if pos is not None and m.start() >= pos:
            return False
    return True


def pronoun_subject(doc: Document, sv: SentenceView, pos: int) -> str | None:
    """The pronoun that is the subject of the clause holding *pos* ("It", "The group", "he")."""
    s = sv.s
    found = sv.pronouns
    if found is None:  # the sentence start, then its clause starts, read lazily
        f = doc.folded
        found = []
        m = pronoun_pattern().match(f, s.start, s.end)
        if m is not None:
            found.append((s.start, m.end(), m.group("pron")))
        sv.pronouns = found
        sv.pron_scan = clause_pronoun_pattern(doc.ascii).finditer(f, s.start, s.end)
    if sv.pron_scan is not None:
        # Read the clause starts only as far as *pos* needs: a pronoun after a clause start
        # at or after *pos* ends after *pos*, so it cannot be the answer.
        if _read_clause_pronouns(found, sv.pron_scan, pos):
            sv.pron_scan = None
    for p, end, pron in reversed(found):
        if end <= pos:
            return pron
    return None


def military_of(doc: Document, actor: Actor) -> Actor:
    """A state as the author of an attack means its military ("US air strike")."""
    if actor.kind == K.STATE:
        return doc.g.military(actor.name) or actor
    return actor
