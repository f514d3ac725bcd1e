"""Threat words that make no threat: a danger, a promise of protection, a fact warned of.

The threat verbs of :data:`~..lookup.vocab.THREAT_VERBS` ("threatened", "vowed", "warned",
"would respond") make a claims row of stance ``threat`` when a speaker vows or warns of an
attack or a response to come.  The same words often say something else, and a careful reader
writes no threat for it:

- a danger, not a vow: a thing "threatens" ("militia activity has threatened the lives of US
  personnel", "the drone attack threatens a wider war in the region", "the renewed attacks
  threaten to destabilise the region", "threatening the government's efforts");
- a promise of protection or help, or a course kept: "the government has promised to protect
  foreign missions", "pledged to work with Washington", "would continue to assess the force posture";
- a fact warned of: "the US warned that militias have been attacking its troops" (nothing to
  come in the clause);
- a toll that may rise or a danger warned of ("warned the number of casualties could rise",
  "warned against the danger of war spreading");
- a warning noun of a danger ("has issued warnings of a wider war");
- a vow of support ("Washington vowed support to Israel"), a mission against ISIS kept up ("will
  keep up counter-ISIS work"), a response asked about ("It is not clear how Biden
  would respond", "unclear whether he has decided on a response").
"""

from __future__ import annotations

import re

from .._text import back_from
from ..lookup.wordclasses import (AID_NOUNS, COURSE_NOUNS, DANGER_SUBJECTS, ENDANGERED_OBJECTS, PROTECTIVE_VERBS,
                                  REMEDY_OBJECTS, THREAT_NOUNS)
from ..lookup.vocab import DECIDED_RESPONSES, FIRM_RESPONSES, READY_RESPONSES, words
from .context import Document, SentenceView
from .model import Cue

#: How far before a threat verb the thing that threatens may end ("activity has also threatened").
DANGER_LOOKBACK = 30

_THREATEN = frozenset({"threatened", "threatens", "threatening"})
#: DECIDED: the threat phrases of a response decided on ("has decided on a response to the
#: attack"): the attack answered is made (suppress.py), and the decision is an occasion of its own
#: (claims.py); asked about ("unclear whether Biden has decided on a response") it is no threat
DECIDED = frozenset(DECIDED_RESPONSES)
_VOW = frozenset({"vowed", "vows", "vowing", "pledged", "pledges", "promised", "promises", "would continue",
                  "will continue", "will carry on", "would carry on", "commitment to continue", "opted to continue",
                  "chose to continue", "intends to continue", "intend to continue"})
# DANGER_BEFORE: the thing right before "threatens", past an auxiliary and an adverb
_DANGER_BEFORE = re.compile(rf"\b{words(DANGER_SUBJECTS)}\s(?:(?:has|have|had|also|now|could|may|might|will|"
                            rf"would|further|directly|seriously)\s){{0,2}}$")
# ENDANGERED_AFTER: what is endangered right after "threatens" ("the lives of", "a wider war")
# (past a possessor: "threatening the Iraqi government's efforts")
# (and past an opening quote: 'threatened a "regional explosion"')
_ENDANGERED_AFTER = re.compile(rf"\s(?:the\s|a\s|an\s|its\s|their\s)?[\"\u201c]?(?:(?:[\w\-]+\s){{0,2}}[\w\-]+'s\s)?"
                               rf"{words(ENDANGERED_OBJECTS)}\b")
# PROTECTIVE_AFTER: "promised to protect", "pledged to work with"
_PROTECTIVE_AFTER = re.compile(rf"\s(?:(?:again|also|repeatedly)\s)?to\s(?:(?:fully|continue\sto|further)\s)?"
                               rf"{words(PROTECTIVE_VERBS)}\b")
# WARNED_THAT: after "warned" / "warns", "that" opens what is warned of
_WARNED = frozenset({"warned", "warns"})
_WARNED_THAT = re.compile(r"\sthat\s")
# TO_COME: what a warning of something to come says ("would", "will respond", "further attacks",
# "stands ready to take the necessary actions")
_TO_COME = re.compile(r"\b(?:will|would|could|might|may|shall|going\sto|to\scome|further|more|continue\w*|"
                      r"respon\w+|retaliat\w+|escalat\w+|if|unless|prepared|ready|actions?|measures|consequences|"
                      r"price)\b")


#: How far after a vow its object may be a support or a mission against ISIS.
VOW_OBJECT_SPAN = 60
# SUPPORT_AFTER: a vow of support, not of attacks ("vowed support to Israel", "pledging its support
# to Hamas", "pledged solidarity with Gaza")
_SUPPORT_AFTER = re.compile(r"\s(?:(?:its|their|his|full|continued|unwavering|strong)\s){0,2}(?:support|solidarity|backing)\b")
# AGAINST_ISIS: a course kept against the Islamic State ("will keep up counter-ISIS
# work", "would go on with its campaign against Islamic State"): no threat in this conflict
_AGAINST_ISIS = re.compile(r"\b(?:counter-?isis|counter-?is|isis|isil|daesh|islamic\sstate)\b")
#: How far before a modal threat its question word may start ("how President Biden would respond").
QUESTION_LOOKBACK = 50
# QUESTION_BEFORE: a modal threat asked about, not vowed ("It is unclear how Biden would respond",
# "whether the US will retaliate")
_QUESTION_BEFORE = re.compile(r"\b(?:how|whether)\s(?:[\w\-.']+\s){1,5}$")


# REMEDY_AFTER: a vow of an inquiry or a step of policy ("promised investigations", "pledged a full
# probe", "pledged to take the steps for a pullout")
_REMEDY_AFTER = re.compile(rf"\s(?:to\s(?:carry\sout|conduct|open|launch|hold|take)\s)?"
                           rf"(?:(?:an?|the|its|their|full|thorough|necessary|required|urgent|swift|all)\s){{0,3}}"
                           rf"{words(REMEDY_OBJECTS)}\b")
#: How far before "will continue" the help that continues may end ("these help and support will continue").
AID_LOOKBACK = 25
# AID_BEFORE: help as the subject of "will continue" (past "and" and a noun: "aid and arms will continue")
_AID_BEFORE = re.compile(rf"\b{words(AID_NOUNS)}\s(?:(?:and|to|for)\s[\w\-]+\s)?$")


#: RESPONSE_VOWS: the threats named by a response's manner or the readiness for it ("to respond
#: decisively", "ready to retaliate"), which a failure or refusal before them undoes
_RESPONSE_VOWS = frozenset(FIRM_RESPONSES + READY_RESPONSES)
#: How far before such a phrase its failure may start ("failed to", "was not").
FAILED_LOOKBACK = 25
# FAILED_BEFORE: a response failed, refused or denied ("criticised for failing to respond
# forcefully", "was not ready to retaliate", "reluctant to respond firmly"): no vow
_FAILED_BEFORE = re.compile(r"(?:\b(?:fail\w*\sto|refus\w*\sto|reluctan\w*\sto|unwilling\w*\sto|not|never|no\slonger|"
                            r"whether|if)|n't)\s(?:(?:yet|be|been|being|to|as)\s){0,2}$")


#: How far before such a phrase the demand for it may start ("the rising pressure on President Biden to").
PRESSED_LOOKBACK = 50
# PRESSED_BEFORE: a response others press for or urge ("pressure on Biden to respond decisively",
# "urged Washington to retaliate firmly", "calls for the US to hit back"): not the speaker's vow
_PRESSED_BEFORE = re.compile(r"\b(?:pressure|calls?|calling|urg\w+|demand\w*|push\w*|press\w*|appeal\w*)\s"
                             r"(?:(?:on|for|upon)\s)?(?:[\w\-.']+\s){0,4}to\s$")


#: How far before a modal threat the "said" that opens its clause may stand ("said talks with
#: Baghdad on the future of the coalition would resume").
COURSE_LOOKBACK = 90
# COURSE_SUBJECT: a process opening the clause of a modal threat ("said talks ... would resume",
# "said that the negotiations will continue"), no comma between: a course foretold, no vow
_COURSE_SUBJECT = re.compile(rf"\b(?:said|says|announced|stated|added|that)\s(?:the\s|its\s|their\s)?(?:[\w\-]+\s)?"
                             rf"{words(COURSE_NOUNS)}\b[^,;.]{{0,60}}$")


# TOLL_MAY_RISE: what is warned of is a toll that may grow ("warned the number of casualties could
# rise"), a forecast, no threat
_TOLL_MAY_RISE = re.compile(r"\s(?:that\s)?(?:the\s)?(?:number\sof\s(?:casualties|dead|deaths|injuries|injured|wounded)|"
                            r"(?:death\s)?toll|casualties)\s(?:could|may|might|would|will|is\slikely\sto|is\sexpected\sto)\s"
                            r"(?:\w+\s)?(?:rise|increase|climb|grow)\b")
# DANGER_WARNED: a danger warned against ("warned against the danger of war spreading", "warned of
# the risk of escalation"), no attack or response vowed
_DANGER_WARNED = re.compile(r"\s(?:against|of)\s(?:the\s)?(?:danger|dangers|risk|risks)\s(?:of\s)?")

# WARNING_NOUN_OF: a warning noun of a danger ("has issued warnings of a wider war", "made the threat of
# a regional war"): what is warned of is a danger, no attack vowed (the nouns of THREAT_NOUNS)
_WARNING_NOUN_OF = re.compile(rf"\sof\s(?:the\s|a\s|an\s)?{words(ENDANGERED_OBJECTS)}\b")
_WARNING_NOUNS = tuple(f" {n}" for n in THREAT_NOUNS)


def no_threat(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether the threat verb *c* makes no threat (see the module's doc)."""
    f = doc.folded
    s = sv.s
    if c.text in _WARNED and (_TOLL_MAY_RISE.match(f, c.end) or _DANGER_WARNED.match(f, c.end)):
        return True  # "CENTCOM warned the number of casualties could rise": a forecast
    if (c.text.startswith(("would ", "will ")) or c.text in DECIDED) and \
            _QUESTION_BEFORE.search(f, back_from(s.start, c.start, QUESTION_LOOKBACK), c.start):
        return True  # "It is not yet clear how Biden would respond": a question
    if c.text.startswith(("would ", "will ")) and \
            _COURSE_SUBJECT.search(f, back_from(s.start, c.start, COURSE_LOOKBACK), c.start):
        return True  # "an official said talks with Baghdad would resume next month": a course, no vow
    if c.text in _RESPONSE_VOWS and (
            _FAILED_BEFORE.search(f, back_from(s.start, c.start, FAILED_LOOKBACK), c.start)
            or _PRESSED_BEFORE.search(f, back_from(s.start, c.start, PRESSED_LOOKBACK), c.start)):
        return True  # "criticised for failing to respond forcefully", "pressure on Biden to respond decisively"
    if c.text in _VOW and _SUPPORT_AFTER.match(f, c.end):
        return True  # "Washington vowed support to Israel": no threat
    if c.text.endswith("continue") and _AGAINST_ISIS.search(f, c.end, min(s.end, c.end + VOW_OBJECT_SPAN)):
        return True  # "US troops will continue counter-ISIS work"
    if c.text.endswith(_WARNING_NOUNS) and _WARNING_NOUN_OF.match(f, c.end):
        return True  # "the US has issued warnings of a wider war": a danger
    if c.text in _WARNED and _WARNED_THAT.match(f, c.end) and not _TO_COME.search(f, c.end, s.end):
        return True  # "The US warned that militias have been attacking its troops": a fact
    if c.text in _THREATEN and (_DANGER_BEFORE.search(f, back_from(s.start, c.start, DANGER_LOOKBACK), c.start)
                                or _ENDANGERED_AFTER.match(f, c.end)):
        return True  # "the attack threatens a wider war": a danger
    if c.text in _VOW and _PROTECTIVE_AFTER.match(f, c.end):
        return True  # "promised to protect foreign missions": no threat
    if c.text in _VOW and _REMEDY_AFTER.match(f, c.end):
        return True  # "the premier promised investigations": an inquiry, no threat
    if c.text.endswith("continue") and _AID_BEFORE.search(f, back_from(s.start, c.start, AID_LOOKBACK), c.start):
        return True  # "Biden said that the aid will continue": help kept up, no threat
    return False
