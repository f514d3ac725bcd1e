"""Tallies: running counts of attacks, with their start date, scope and source.

- "more than 100 attacks since mid-October" (``number-attacks``); "US forces have been
  attacked at least 66 times since October 17" (``attacked-number-times``, also without
  "since" for 10 or more); "the 74th attack" (``ordinal-attack``); "was the 58th since
  October 17", "the third round overall since ..." (``ordinal-since``); a small ordinal over a period: "the third attack on the
  base in two weeks", "the second time in a month that US jets struck" (``ordinal-period``;
  not within hours: "the second in 24 hours" names that day's attacks, no running count);
  an attack made "for the third time" (``ordinal-for-time``: the count of attacks on its
  target so far, no period needed; an attack verb or noun comes before it);
- a running total that rises to or stands at a number: "the number of attacks ... rose to
  151", "the tally ... now stands at 120", "bringing the total since October 17 to 55"
  (``total-rises-to``);
- a small count with a "since (then)" that closes its clause counts from a start given
  before: "US jets struck depots in Syria on four occasions since, though ..." (no date);
- a small count of one day is no tally: "attacked four times on Tuesday, bringing the total
  since October 17 to 55" (the "since" belongs to the total);
- a count after a passive attack verb: "targeted in at least 140 attacks" (``number-attacks``);
- a start named as the war with its day: "since the Gaza war began on October 7", "since
  the onset of the war on October 7" (the day is the start);
- the split by country: "- 32 times in Iraq and 34 in Syria" (``tally-split``), one row
  each beside the total; each figure right before its place ("between Oct. 17 and 24, 11 in
  Iraq": the 24 is a day);
- a count of incidents against a side's forces, or the attacks of a verb before it: "over 170
  incidents reported against US forces", "struck American bases in 21 separate incidents"
  (``number-incidents``, 10 or more);
- a count whose noun is understood, with its "since": "one of over 130 fired at US
  bases since Oct. 17", "numbering more than 60 since late October" (``elided-count-since``);
- a further count in another place after a tally of the sentence: "launched 12 attacks on
  bases in Iraq, and another four against a post in Syria", "carried out 80 attacks on US
  troops and launched five others against Israel" (``tally-another``; its place is needed:
  "and another two soon after" is none);
- the split in the sentence after a tally: "15 separate times in Iraq and 9 in Syria.",
  "20 of those attacks were in Iraq and 11 in Syria.", "14 of those minor attacks have been
  against US targets in Iraq and 9 were in Syria" (``tally-split-next-sentence``);
- a count of 10 or more attacks is a tally without "since" too ("the majority of the 168
  attacks", "more than a dozen attacks"), a smaller one only with "since" and its date;
  an unquantified count ("dozens of attacks", "multiple attacks") is none;
- the scope: a country named with the count ("attacked 32 times in Iraq"), or before it, or in
  its clause after it ("100 drone attacks have targeted bases in Syria since"; the target after
  the attack noun before the attackers' country: "militias in Iraq ... 100 launches targeting
  Israel"), never a country named as a side ("the United States has ..."), else "total";
- a count the clause makes irreal is none: "has threatened to launch 100 attacks", "could mount
  another 20 attacks";
- a headline's count (the headline is otherwise furniture): "US Troops Attacked 151 Times Since
  October"; the body's count when the body gives it, or a number it rounds (:func:`finish`);
- ``attributed_to``: the group whose claim the count is ("the IRI has claimed responsibility
  for more than 150 attacks"), the speaker of the sentence, or the last speaker for "he said",
  or the actor that keeps the count ("the Pentagon counts 165 attacks", "by the Pentagon's
  count", "has logged 94 incidents", "by its own count, the IRI has ...");
- one count told twice is one tally (:func:`finish`): "more than 90 attacks since October" in
  the standfirst and again in the body, "the fifth attack" then "five attacks since Monday".

A counted attack is no event: the anchor a tally counts is cancelled (returned to
``extract()``, which marks it).  Runs first of the number stages, so its numbers are
no casualty or troop figures.  Writes ``ArticleState.tallies``; reads ``last_speaker``;
:func:`finish` merges the repeated counts once the article is read.
"""

from __future__ import annotations

import re

from .._dates import DateExpr
from .._numbers import Number
from .._text import back_from, holds_any
from ..lookup import kinds as K
from ..lookup.vocab import COUNTED_WORDS, words
from ..lookup.wordclasses import (ATTACKER_VERBS, COUNTED_NOUN_MODIFIERS, HOSTILE_MODIFIERS, IRREALIS_BEFORE_COUNT,
                                  PERSON_PRONOUNS, STRIKE_VERBS, TIMES_FIRE_VERBS)
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .deployments import place_after
from .model import Anchor, AnchorKind as A, Cue, CueKind as C, Tok
from .phrases import COMMA, vague
from .speakers import pronoun_subject, speaker_after, speaker_before

#: The cue kinds this stage reads (a count hangs on an attack noun or verb; a verb of fire's
#: count has its "times", and "170 operations against US bases" its noun of COUNTED_WORDS,
#: which make their sentence read).
NEEDS: frozenset[str] = frozenset({C.ATTACK_V, C.UNDER_ATTACK, C.TIMES, C.COUNTED})
#: The verbs a "times" count may follow: attack verbs, the passive idiom, and the verbs of fire
#: ("militias have fired rockets at US bases more than 150 times since mid-October").
_TIMES_VERBS = (C.ATTACK_V, C.UNDER_ATTACK, C.LAUNCH_V)

# Windows, in characters.
NUMBER_TO_NOUN = 25     # "more than 100 attacks"
VERB_TO_TIMES = 45      # "attacked at least 66 times"
LAUNCH_TO_TIMES = 75    # "fired one-way drones against coalition outposts in eastern Syria over 70 times"
HOST_AFTER_VERB = 40    # the anchor a "times" count belongs to
SCOPE_GAP = 14          # "attacked 32 times in Iraq"
SPLIT_SPAN = 60         # "- 32 times in Iraq and 34 in Syria": the split follows the count
SPLIT_PLACE_GAP = 22
AND_PLACE_GAP = 12      # "100 times in Iraq and Syria": a second country right after
MIN_ORDINAL = 10        # "the first attack" is no tally; "the 74th attack" is
MIN_BARE_TIMES = 10     # "attacked 66 times" is a tally without "since"; "twice" is no tally
MIN_ORDINAL_SINCE = 2   # "the second attack on US forces in Iraq since early February"
NEXT_SPLIT_GAP = 40     # "20 of those attacks were in Iraq"
SINCE_NEAR = 60         # "two attacks since Sunday": a "since" after a small count is near it
TOTAL_TO_NUMBER = 90    # "the count of attacks on US troops since October 17 rose to 151"
SINCE_EVENT_DATE = 70   # "since the very first days of that Gaza conflict on 7 October": the day of the start
SINCE_TO_DATE = 3       # "since October 17", "since mid-October": the date right after "since"

#: ELIDED_COUNT: a count whose attack noun the sentence leaves out: "the barrage was one of over
#: 130 fired at bases hosting US troops since Oct. 17", "the strikes, numbering more than 60
#: since late October" (with a "since" after it: "one of 12 soldiers" is no count).
_ELIDED_COUNT = re.compile(r"\b(?:one\sof|numbering)\s$")
ELIDED_LOOKBACK = 12
#: INCIDENTS: a count of incidents (or operations, launches: COUNTED_WORDS) is a tally
#: when they are against a side's forces ("over 170 incidents reported against US forces", "170
#: operations against American bases", "100 missile and drone launches targeting Israel"), the
#: attacks of a verb before ("militias struck American bases in 21 separate incidents") or
#: hostile ("32 hostile incidents since Oct. 17"); 10 or more.
_INCIDENTS = re.compile(rf"\s(?P<mods>(?:{words(COUNTED_NOUN_MODIFIERS)}\s){{0,3}}){words(COUNTED_WORDS)}(?![\w])")
_HOSTILE = re.compile(rf"\b{words(HOSTILE_MODIFIERS)}\s")
_INCIDENTS_AGAINST = re.compile(r"\s(?:reported\s|recorded\s)?(?:against|targeting|involving)\s")
_IN_BEFORE_COUNT = re.compile(r"\bin\s$")
INCIDENTS_AFTER_VERB = 80
#: ELIDED_AFTER: what follows such a count: the attacks' verb or preposition, not a noun of its
#: own ("one of 12 soldiers wounded since Sunday" counts soldiers).
_ELIDED_AFTER = re.compile(r"\s(?:launched|fired|carried|conducted|mounted|reported|recorded|on|against|targeting|at|since)\b")
#: ORDINAL_SINCE: what follows an ordinal counted from a start: "the 58th since October 17", "the
#: third such attack on US troops since ...", "the third round overall since the escalation".
#: Its noun may be any attack noun ("the fifth such incident since Wednesday", "the 30th assault
#: since"), and its scope may follow "in" ("the third in Jordan since the war began").
#: A scope after "in" needs an attack before the ordinal ("He became the second in command since
#: ..." counts nothing).
_ORDINAL_SINCE = re.compile(r"\s(?:such\s)?(?:(?:attacks?|strikes?|rounds?|incidents?|assaults?)\s)?(?:overall\s)?"
                            r"(?:(?:on|against|targeting|(?P<scope_in>in))\s[\w\s]{1,30}?\s)?since\s")
#: ORDINAL_TIME_SINCE: a small ordinal of "time" whose clause, with an attack verb, runs to a
#: "since": "the third time the US military had hit militia targets in Iraq since the attacks
#: began" (the count of those strikes since then); "the second time the minister has visited
#: Baghdad since taking office" has no attack verb: none.
_ORDINAL_TIME_SINCE = re.compile(r"\stime\s(?:that\s)?(?:[\w\-'\u2019]+\s){2,10}?since\s")
#: ORDINAL_PERIOD: what follows a small ordinal that counts over a period: its noun (an attack,
#: a strike, a time, a round; or none: "the second in one week"), a few words, then the period:
#: "the third attack on US forces within a week", "the third time in the space of a month that
#: ...", "its fourth strike in recent days", "the second counterstrike in the past month".
_PERIOD_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_ORDINAL_PERIOD = re.compile(
    r"(?:\s[\w.\-]+){0,2}?\s?(?:\s(?:attacks?|strikes?|counterstrikes?|counter-strikes?|times?|rounds?|one)\b)?"
    r"(?:\s[\w.,\-\u2019']+){0,8}?\s(?:in|within|over)\s"
    r"(?:just\s|less\sthan\s|the\s(?:past|last|space\sof)\s|a\s(?:span|space)\sof\s(?:about\s|around\s)?)?"
    rf"(?:recent\s|{_PERIOD_NUMBER}\s)(?:days?|weeks?|months?|years?)\b")
#: ORDINAL_PERIOD_NOUN: the ordinal's noun must be an attack's ("the second drone attack in a week",
#: "the second in one week"): "the second day in a week of talks" counts no attacks.
_ORDINAL_PERIOD_NOUN = re.compile(r"(?:\s[\w.\-]+){0,2}?\s(?:attacks?|strikes?|counterstrikes?|counter-strikes?|times?|rounds?|one|in|within)\b")
#: FOR_THE_TIME: a small ordinal "for the Nth time" after an attack of its sentence: "drones
#: struck the airfield, for the third time", "shelled the post for the second time within days"
#: (the count of attacks on that target so far, with no period); "for the second time in 24
#: hours" names that day's attacks (as ORDINAL_PERIOD), and an ordinal of talks or visits
#: ("met for the second time") counts no attacks: an attack verb or noun must come before it.
_FOR_THE_BEFORE = re.compile(r"\bfor\sthe\s$")
FOR_THE_LOOKBACK = len("for the ")
_FOR_TIME_AFTER = re.compile(r"\stime(?![\w])(?!\s(?:in|within)\s(?:the\s(?:past|last)\s)?(?:[\w\-]+\s)?hours?\b)")
#: RUNNING: a present perfect with "now", "so far" or "to date" right before a count of attacks:
#: "American jets have so far conducted four strikes", "the militias have now carried out 12
#: attacks" (the count of the campaign so far, a tally even below 10 and without "since").
_RUNNING = re.compile(rf"\b(?:has|have)\s(?:now|so\sfar|to\sdate)\s{words(ATTACKER_VERBS)}\s(?:at\sleast\s|more\sthan\s)?$")
_RUNNING_WORDS = re.compile(r"\s(?:now|so\sfar|to\sdate)\s")
#: RUNNING_STRIKES: the bare present perfect before a count of strikes, in a sentence with no day:
#: "American forces have conducted four strikes against depots in Syria", "CENTCOM has authorized
#: two airstrikes", "Washington has responded with three strikes" (the campaign's
#: strikes so far, as with "now"; "militias have launched three attacks" may be the day's news and
#: keeps its events).
_RUNNING_STRIKES = re.compile(r"\b(?:has|have)\s(?:(?:now|so\sfar|to\sdate|already)\s)?(?:carried\sout|conducted|launched"
                              r"|authori[sz]ed|ordered|responded\swith|answered\swith|retaliated\swith)\s"
                              r"(?:at\sleast\s|more\sthan\s)?$")
_RUNNING_STRIKES_GATE = re.compile(r"\b(?:has|have)\s(?:[\w\-]+\s){0,3}?(?:carried\sout|conducted|launched|authori[sz]ed"
                                   r"|ordered|responded|answered|retaliated)\b")
#: STRIKE_NOUN: the anchor's noun for RUNNING_STRIKES ("strikes", "airstrikes", "counterstrikes").
_STRIKE_NOUN = re.compile(r"strikes\b")
_RUNNING_KEYS = ("now", "far", "date")  # (a sentence without them has none of its words)
#: How far before its count the present perfect may start ("has now carried out at least ").
RUNNING_LOOKBACK = 40
#: TIMES: "attacked 66 times", "attacked at least 12 separate times", "bombed Syria on three
#: occasions since".
_TIMES = re.compile(r"\s(?:separate\s|different\s)?(?:times|occasions)(?![\w])")
#: FIRE_VERB_TIMES: a "times" count after a verb of fire that is no attack cue, its object (up to
#: four words, no comma) between: "have been shot at 40 times", "ambushed US convoys 12 times",
#: "the base was rocketed more than 30 times" (``attacked-number-times``).
_FIRE_VERB_BEFORE = re.compile(rf"\b{words(TIMES_FIRE_VERBS)}(?:\s[\w.\-'\u2019]+){{0,4}}?\s$")
FIRE_VERB_LOOKBACK = 70
#: SEPARATE_OCCASIONS: a small count "on N separate occasions" in a sentence of attacks with no
#: day: "struck militia sites in Syria on four separate occasions", "On six separate occasions,
#: US jets hit ..." (the campaign's count so far, a tally below MIN_BARE_TIMES and without
#: "since"; "on two occasions on Tuesday" names a day's attacks and is none; "on one occasion"
#: is one attack, no count).
_ON_BEFORE = re.compile(r"\bon\s$")
ON_LOOKBACK = len("on ")
MIN_SEPARATE_OCCASIONS = 2
_SEPARATE_OCCASIONS = re.compile(r"\sseparate\soccasions(?![\w])")
#: VERB_IN, ATTACKS_AFTER: a count of attacks after a passive attack verb: "have been targeted
#: in at least 140 attacks", "were hit by more than 60 drone and rocket attacks", "have been hit
#: with over 150 rocket and drone attacks".
_VERB_IN = re.compile(r"\s(?:in|by|with)\s")
_ATTACKS_AFTER = re.compile(r"\s(?:(?:separate|different|drone|rocket|missile|and)\s){0,3}attacks(?![\w])")
#: GAP_WORDS: what may stand between a count and its attack noun besides weapon words ("over 180
#: subsequent attacks", "more than 115 claimed attacks").
_GAP_WORDS = re.compile(r"\s(?:(?:and|or|separate|different|more|other|such|of|subsequent|claimed|recorded|reported)\s){0,3}|\s?")
#: SINCE_WHAT: what follows a "since" that starts a tally when it is no date: "since the
#: start of the war", "since the Hamas attack"; "have since reported" starts none.
_SINCE_THE = re.compile(r"\s(?:the|mid|early|late|last)\b")
#: PERIOD_OPENS / PERIOD_RANGE_AFTER: a span's first day, "between Oct. 17 and Nov. 9", "from
#: October 17 to December 31", "between Oct. 17-30"; or a start told by a verb (``verb``: no
#: second day needed), "starting on October 17", "attacks that began on Oct. 17".
_PERIOD_OPENS = re.compile(r"(?:\bbetween|\bfrom|(?P<verb>\bstarting|\bbeginning|\bbegan|\bstarted))\s(?:on\s)?$")
_PERIOD_RANGE_AFTER = re.compile(r"\s?(?:-|\sand\s|\sto\s|\sthrough\s|\suntil\s)")
PERIOD_OPEN_SPAN = 14  # "between ", "starting on "
#: SINCE_THE_DAY: "since the" before the day of the event that started a count ("since the
#: October 7 Hamas attack", "since the Oct. 7 assault on Israel").
_SINCE_THE_DAY = re.compile(r"\sthe\s")
#: SPLIT_ITEM: a figure of a split in the sentence after its tally: "15 separate times in
#: Iraq", "20 of those attacks were in Iraq", "and 11 in Syria", "17 attacks in Iraq", "That
#: number includes 40 incidents in Iraq" (the same attacks under another noun); or with an
#: attack verb and its object: "32 hit bases in Iraq and 34 targeted troops in Syria".
_SPLIT_ITEM = re.compile(r"\s(?:(?:separate|different)\s)?(?:times\s|attacks\s|incidents\s|of\s(?:the|those|them|these)\s"
                         r"(?:[\w\-\"]+\s)?(?:attacks\s)?)?"
                         r"(?:(?:were|have\sbeen|had\sbeen)\s(?:against\s(?:[\w.]+\s){0,2}?targets\s)?|took\splace\s"
                         rf"|occurred\s|happened\s|{words(STRIKE_VERBS)}\s(?:[\w\-]+\s){{1,3}}?)?in\s")
#: PARTITIVE: a count that is a part of the attacks ("48 of the attacks since October 17 took
#: place in Syria and 36 in Iraq"): its place is in its own clause, before the next figure.
_PARTITIVE = re.compile(r"\sof\s(?:the|those|these|them)\b")
#: TOTAL_OF: a running total named as such: "the number of attacks", "the total number of
#: drone attacks", "the tally of attacks", "brings the total" (the count follows it).
#: A count given by "puts ... at" is one too: "the group's own tally puts its attacks on US
#: positions in Syria at 97", "officials put the number of attacks at 160".
_TOTAL_OF = re.compile(r"\b(?:(?:total\s)?number|tally|count|total)\sof\s(?:such\s|these\s|those\s)?(?:[\w\-]+\s){0,2}?attacks\b"
                       r"|\b(?:puts?|putting)\s(?:its\s|their\s|the\s)?(?:[\w\-]+\s){0,2}?attacks\b"
                       r"|\bbring(?:s|ing)?\s(?:the\s|its\s)(?P<bare>total|tally|count)\b(?!\s(?:number\s)?of\s)")
#: TOTAL_VERB: what joins a running total to its number: "rose to", "now stands at",
#: "has reached", "brings ... to"; "has passed 80", "climbed past 100" (more than the number; not
#: "the past 24 hours"); the number follows right after.
_TOTAL_VERB = re.compile(r"(?:\bto|\bat|\breached|\bhit|\btotals?|\btotaled|\btotalled|\bnumbers|\bnumbered"
                         r"|(?P<over>\bexceeded|\bsurpassed|\btopped|\bpassed|(?<!\bthe\s)\bpast))\s$")
#: SINCE_EVENT_WORDS: the words of an event that started a count, between "since" and its day or
#: right after the day: "since the war began on October 7", "since the opening of that war on
#: October 7", "since Hamas fighters struck Israel on October 7", "since Hamas's October 7
#: attack", "since fighting in Gaza erupted in October".
_SINCE_EVENT_WORDS = re.compile(r"\b(?:war|conflict|fighting|attack|attacked|assault|incursion|offensive|"
                                r"outbreak|onset|commencement|start|beginning|began|erupted|broke\sout|flared)\b")
#: SINCE_EVENT_BREAK: a clause ends before the day: "since the attack, which on Tuesday ..." names no start.
_SINCE_EVENT_BREAK = re.compile(r"[,;:()]|\s(?:and|but|while|when|which|who)\s")
SINCE_EVENT_AFTER = 12   # "Hamas's October 7 attack": the event's noun right after its day
#: ORDINAL_TIME: a large ordinal of "time" in a sentence of attacks: "the 100th time US forces were
#: attacked since October 17", "the base was hit for the 20th time", "marked the 66th time that
#: American troops came under fire" (a running count, as "the 74th attack"; an attack verb or
#: noun in the sentence: "for the 12th time in his career" counts no attacks).
_ORDINAL_TIME = re.compile(r"\stime(?![\w])")
#: SINCE_RIGHT_AFTER: the "since" of a start right after an ordinal's "time", before its date.
_SINCE_RIGHT_AFTER = re.compile(r"\ssince\s")
#: SUBJECT_TOTAL_VERB: the verb of a running total whose subject is the attacks themselves, right
#: before its number: "attacks on US forces since October 17 now total more than 160", "the
#: attacks ... have numbered at least 150", "stood at 165", "have reached 151" (never "hit",
#: which attacks do to targets: "the strikes hit 85 targets").  A verb of going past makes the
#: number a floor ("over"): "attacks have topped 150", "attacks on US forces top 160" (a
#: headline's present), "now exceed 170": more than the number.
_SUBJECT_TOTAL_VERB = re.compile(r"(?:\b(?:now\s)?(?:numbers?|numbered|totals?|totaled|totalled|stands?\sat|stood\sat)"
                                 r"|\b(?:has|have|had)\s(?:now\s)?(?:reached|numbered|totaled|totalled)"
                                 r"|(?P<over>\b(?:(?:has|have|had)\s(?:now\s)?)?(?:topped|exceeded|surpassed|passed)"
                                 r"|\b(?:now\s)?(?:top|exceed|surpass)))\s$")
SUBJECT_VERB_LOOKBACK = len("have now surpassed ")
#: SUBJECT_TIMES_VERB: a verb of happening between the attacks and their "times" count: "attacks
#: on US troops have occurred 55 times since Oct. 17", "militia attacks have now happened 60
#: times", "such attacks had taken place at least 70 times".
_SUBJECT_TIMES_VERB = re.compile(r"\b(?:has|have|had)\s(?:now\s|so\sfar\s)?(?:occurred|happened|taken\splace)\s$")
#: OBJECT_OF: a preposition right before the attacks makes them no subject of such a verb.
_OBJECT_OF = re.compile(r"\b(?:in|by|of|from|during|after|amid|to|for|with|since|on|against)\s"
                        r"(?:(?:the|such|these|those|its|their)\s)?$")
OBJECT_OF_LOOKBACK = len("during these ")
#: APPOSED_OPEN: a count set beside its attacks, between dashes, in brackets, after a comma or in a
#: relative clause: "renewed strikes on coalition outposts - over 45 since November 1 - that
#: hurt dozens", "their attacks (more than 60 since mid-October)", "the attacks, some 150 since
#: Oct. 17,", "the attacks, which number more than 150 since October 17"; the count is followed by
#: its "since" (APPOSED_SINCE) or by a split by place ("the strikes - some 20 in Syria and
#: 11 in Iraq since November 1"), else it counts something else ("the attacks, two of them
#: deadly").  No clause ends between the attacks and the mark (CLAUSE_END).
_APPOSED_OPEN = re.compile(r"(?:\s[\u2014\u2013\-]{1,2}\s?|\s\(|,\s(?:which\s(?:now\s)?(?:number|numbered|total|totaled|totalled)\s)?)$")
APPOSED_OPEN_LOOKBACK = len(", which now numbered ")
APPOSED_SPAN = 60    # "strikes against coalition outposts across the region - over 45"
_APPOSED_SINCE = re.compile(r"\s(?:(?:attacks|strikes|times)\s)?since\s")
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
#: COUNTED_BY: an actor that keeps the count, with no statement verb: "the Pentagon counts
#: 165 attacks", "Pentagon officials counted 94", "by the Pentagon's count", "a Pentagon tally",
#: "the Pentagon has logged 94 incidents", "CENTCOM recorded 40".
_COUNTED_BY = re.compile(r"(?:'s|\u2019s)?\s(?:officials\s)?(?:(?:(?:has\s|have\s)?(?:counted|tallied|logged|recorded)|counts|logs|records)\s"
                         r"|(?:own\s)?(?:count|tally|figures)\b)")
#: AT_LEAST_THE: a floor before an ordinal: "the attack was at least the 165th since October 17".
_AT_LEAST_THE = re.compile(r"\bat\sleast\sthe\s$")
AT_LEAST_THE_LOOKBACK = len("at least the ")
#: OWN_COUNT: a count kept by the subject of its clause: "by its own count, the IRI has ...",
#: "according to their tally, the militias have ..." (the actor named after it keeps it).
_OWN_COUNT = re.compile(r"\b(?:its|their)\s(?:own\s)?(?:count|tally|figures|records)\b")
#: ANOTHER: a further count after a tally: "and another four", "launched five others", "three
#: more" (the word before the figure, or after it); its place follows within ANOTHER_PLACE_GAP,
#: after a preposition of ANOTHER_PREPOSITIONS ("against a post in Syria", "against Israel").
_ANOTHER_BEFORE = re.compile(r"\banother\s$")
_ANOTHER_AFTER = re.compile(r"\s(?:others|more)\b")
ANOTHER_LOOKBACK = len("another ")
ANOTHER_SPAN = 90         # from the tally's end to the further count
ANOTHER_PLACE_GAP = 40    # "another four against a military post in Syria"
_ANOTHER_PLACE_BEFORE = re.compile(r"\s(?:in|against|on|at|targeting|inside)\s(?:the\s)?$")
_AND_PLACE = re.compile(r"(?:\s(?:and|&)|,)\s(?:in\s)?[a-z]")   # "in Iraq and Syria", "in Iraq, Syria and Jordan"
#: Pronoun speakers that give a count ("he said", "it said").
_COUNT_PRONOUNS = PERSON_PRONOUNS + ("it",)


def read(doc: Document, sv: SentenceView, st: ArticleState) -> list[Anchor]:
    """The tallies of the sentence; returns the anchors they count (no events)."""
    s = sv.s
    cancelled: list[Anchor] = []
    n_before = len(st.tallies)
    after_tally = bool(st.tallies) and st.tallies[-1][8] == s.idx - 1
    _counts(doc, sv, st, cancelled)
    if after_tally and len(st.tallies) == n_before:
        _split_next_sentence(doc, sv, st)
    return cancelled


def _counts(doc: Document, sv: SentenceView, st: ArticleState, cancelled: list[Anchor]) -> None:
    """The counts of the sentence and their splits; the anchors they count go to *cancelled*."""
    f = doc.folded
    s, toks, cues, nums, anchors = sv.s, sv.toks, sv.cues, sv.nums, sv.anchors
    if not nums:
        return  # every count below is one of the sentence's numbers
    if not (sv.ck[C.SINCE] or sv.ck[C.TIMES] or holds_any(f, _RUNNING_KEYS, s.start, s.end)
            and _RUNNING_WORDS.search(f, s.start, s.end)
            or not sv.dexprs and "strikes" in f[s.start:s.end] and _RUNNING_STRIKES_GATE.search(f, s.start, s.end)):
        for x in nums:
            if x.ordinal or x.value >= MIN_BARE_TIMES:
                break
        else:
            return  # a tally needs "since", "times", an ordinal or a count of 10 or more
    since = sv.ck[C.SINCE]
    cands: list[tuple[Number, int, str, Anchor | None]] = []
    more_hosts: dict[int, list[Anchor]] = {}  # a count's further anchors, by its start
    for a in anchors:
        if a.kind != A.NP:
            continue
        near = [x for x in nums if x.end <= a.left + 1 and a.left - x.end <= NUMBER_TO_NOUN
                and not COMMA.search(f, x.end, a.left)]
        if near:
            n = near[-1]
            rule = R.ORDINAL_ATTACK if n.ordinal else R.NUMBER_ATTACKS
            if not n.ordinal and not sv.dexprs and (
                    _RUNNING.search(f, back_from(s.start, n.start, RUNNING_LOOKBACK), n.start)
                    or _RUNNING_STRIKES.search(f, back_from(s.start, n.start, RUNNING_LOOKBACK), n.start)
                    and _STRIKE_NOUN.search(f, a.start, a.end)):
                rule = R.RUNNING_TOTAL  # "have so far conducted four strikes": the count so far (no day: no events)
            cands.append((n, a.end, rule, a))
    for c in cues:
        if c.kind not in _TIMES_VERBS:
            continue
        for x in nums:
            if c.end <= x.start <= c.end + (LAUNCH_TO_TIMES if c.kind == C.LAUNCH_V else VERB_TO_TIMES) and \
                    _TIMES.match(f, x.end) and \
                    not doc.brk(c.end, x.start):
                host = next((a for a in anchors if a.start <= c.start < a.end + HOST_AFTER_VERB), None)
                if host is None and c.kind == C.LAUNCH_V:
                    # "launched drones and rockets at US bases over 150 times": the munitions fired
                    fired = [a for a in anchors if c.start <= a.start < x.start]
                    host = fired[0] if fired else None
                    more_hosts[x.start] = fired[1:]  # "fired rockets, drones and missiles at ...": each
                cands.append((x, x.end, R.ATTACKED_NUMBER_TIMES, host))
                break
            if c.kind == C.LAUNCH_V:
                continue  # "fired in 12 attacks" is no form of fire's
            if _VERB_IN.fullmatch(f, c.end, x.start) and _ATTACKS_AFTER.match(f, x.end):
                # "targeted in at least 140 attacks": the verb's anchor holds the noun
                host = next((a for a in anchors if a.start <= c.start < a.end + HOST_AFTER_VERB), None)
                cands.append((x, x.end, R.NUMBER_ATTACKS, host))
                break
    if sv.ck[C.TIMES]:
        for x in nums:  # "US troops have been shot at 40 times", "ambushed convoys 12 times"
            if not x.ordinal and _TIMES.match(f, x.end) and \
                    _FIRE_VERB_BEFORE.search(f, back_from(s.start, x.start, FIRE_VERB_LOOKBACK), x.start):
                cands.append((x, x.end, R.ATTACKED_NUMBER_TIMES, None))
    for x in nums:  # "the 100th time US forces were attacked", "hit for the 20th time since October"
        if x.ordinal and x.value >= MIN_ORDINAL and (m_ot := _ORDINAL_TIME.match(f, x.end, s.end)) is not None and \
                (any(c.kind in _TIMES_VERBS for c in cues) or any(a.kind != A.KILL for a in anchors)):
            # the attack told again in the clause right after the ordinal ("the 100th time US forces
            # were attacked") is the count's, no event; one before it ("was hit for the 20th time")
            # or past a comma ("For the 20th time, rockets hit the base on Sunday") is one
            # (past its start: "the 140th time since October 17 that US forces had been targeted")
            h_lo = next((d.end for d in sv.dexprs if _SINCE_RIGHT_AFTER.fullmatch(f, m_ot.end(), d.start)), m_ot.end())
            host = next((a for a in anchors if a.kind != A.KILL and 0 <= a.start - h_lo <= HOST_AFTER_VERB
                         and not COMMA.search(f, h_lo, a.start)), None)
            cands.append((x, m_ot.end(), R.ORDINAL_TIME, host))
    over: set[int] = set()  # counts a total has gone past
    for a in anchors:  # "attacks on US forces since October 17 now total more than 160"
        if a.kind != A.NP or not a.plural or any(c[3] is a for c in cands) or \
                _OBJECT_OF.search(f, back_from(s.start, a.left, OBJECT_OF_LOOKBACK), a.left):
            continue  # "the number of personnel hurt in attacks ... has reached 66": no subject
        for x in nums:
            if not x.ordinal and 0 <= x.start - a.end <= TOTAL_TO_NUMBER and \
                    ((m_sv := _SUBJECT_TOTAL_VERB.search(f, max(a.end, x.start - SUBJECT_VERB_LOOKBACK), x.start)) or
                     _TIMES.match(f, x.end) and _SUBJECT_TIMES_VERB.search(f, max(a.end, x.start - SUBJECT_VERB_LOOKBACK), x.start)) and \
                    not doc.brk(a.end, x.start) and not COMMA.search(f, a.end, x.start):
                if m_sv is not None and m_sv.group("over") and x.qualifier == "exact":
                    over.add(x.start)  # "attacks have topped 150": more than 150
                cands.append((x, x.end, R.TOTAL_RISES_TO, a))
                break
    for a in anchors:  # "attacks on US troops — more than 45 since October 17 —", "the attacks, some 150 since ..."
        if a.kind != A.NP or not a.plural or any(c[3] is a for c in cands):
            continue
        for x in nums:
            if x.ordinal or not 0 < x.start - a.end <= APPOSED_SPAN:
                continue
            m_open = _APPOSED_OPEN.search(f, max(a.end, x.start - APPOSED_OPEN_LOOKBACK), x.start)
            if m_open is not None and not _CLAUSE_END.search(f, a.end, m_open.start()) and \
                    not any(a.end <= y.start < x.start for y in nums) and not doc.brk(a.end, m_open.start()) and \
                    (_APPOSED_SINCE.match(f, x.end) or _SPLIT_ITEM.match(f, x.end)):
                cands.append((x, x.end, R.APPOSED_COUNT, a))
            break
    cands = [c for c in cands if not c[0].ordinal or c[0].value >= MIN_ORDINAL]
    totals = _TOTAL_OF.finditer(f, s.start, s.end) if f.find("attacks", s.start, s.end) >= 0 or \
        f.find("bring", s.start, s.end) >= 0 else ()  # (each form holds one of the two words)
    for m in totals:  # "the number of attacks ... rose to 151"
        if m.group("bare") and (sv.ck[C.KILL] or sv.ck[C.WOUND]):
            continue  # "wounding five more, bringing the total to 45": a casualty total
        for x in nums:
            v = _TOTAL_VERB.search(f, back_from(s.start, x.start, 10), x.start) if 0 <= x.start - m.end() <= TOTAL_TO_NUMBER else None
            if not x.ordinal and v is not None and not doc.brk(m.end(), x.start):
                if v.group("over") and x.qualifier == "exact":
                    over.add(x.start)  # "the number of attacks has exceeded 90": more than 90
                cands.append((x, x.end, R.TOTAL_RISES_TO, None))
                break
    for x in nums:  # "over 170 incidents reported against US forces", "... in 21 separate incidents"
        if not x.ordinal and x.value >= MIN_BARE_TIMES and (m_inc := _INCIDENTS.match(f, x.end)) is not None and (
                _INCIDENTS_AGAINST.match(f, m_inc.end()) or _HOSTILE.search(m_inc.group("mods")) or (
                    _IN_BEFORE_COUNT.search(f, back_from(s.start, x.start, 4), x.start)
                    and any(c.kind in (C.ATTACK_V, C.UNDER_ATTACK) and x.start - c.end <= INCIDENTS_AFTER_VERB
                            and c.end <= x.start for c in cues))):
            cands.append((x, m_inc.end(), R.NUMBER_INCIDENTS, None))
    for x in nums:  # "was one of over 130 fired at US bases since October 17"
        if not x.ordinal and _ELIDED_COUNT.search(f, back_from(s.start, x.start, ELIDED_LOOKBACK), x.start) and \
                _ELIDED_AFTER.match(f, x.end) and any(0 <= c.start - x.end <= SINCE_NEAR for c in since):
            cands.append((x, x.end, R.ELIDED_COUNT_SINCE, None))
    if not sv.dexprs and anchors:
        for x in nums:  # "struck militia sites on four separate occasions"
            if not x.ordinal and MIN_SEPARATE_OCCASIONS <= x.value < MIN_BARE_TIMES and \
                    _ON_BEFORE.search(f, back_from(s.start, x.start, ON_LOOKBACK), x.start) and \
                    (m_sep := _SEPARATE_OCCASIONS.match(f, x.end)) is not None:
                cands.append((x, m_sep.end(), R.SEPARATE_OCCASIONS, None))
    for x in nums:  # "was the 58th since October 17"
        m_since = _ORDINAL_SINCE.match(f, x.end) if x.ordinal and x.value >= MIN_ORDINAL_SINCE else None
        if m_since is not None and m_since.group("scope_in") and not any(a.kind != A.KILL and a.end <= x.start
                                                                           for a in anchors):
            m_since = None  # "the second in command since ...": no attack counted
        if m_since is None and x.ordinal and MIN_ORDINAL_SINCE <= x.value < MIN_ORDINAL \
                and (m_ts := _ORDINAL_TIME_SINCE.match(f, x.end, s.end)) is not None \
                and any(c.kind in (C.ATTACK_V, C.UNDER_ATTACK, C.LAUNCH_V) and x.end < c.start < m_ts.end() for c in cues):
            m_since = m_ts  # "the third time the US military had hit militia targets in Iraq since ..."
        if m_since is not None:
            cands.append((x, m_since.end() - 1, R.ORDINAL_SINCE, None))
    for x in nums:  # "the third attack on the base in two weeks"
        if x.ordinal and 2 <= x.value < MIN_ORDINAL and _ORDINAL_PERIOD_NOUN.match(f, x.end) and \
                (m_period := _ORDINAL_PERIOD.match(f, x.end, s.end)) is not None:
            cands.append((x, m_period.end(), R.ORDINAL_PERIOD, None))
    for x in nums:  # "drones struck the airfield, for the third time"
        if x.ordinal and 2 <= x.value < MIN_ORDINAL and \
                _FOR_THE_BEFORE.search(f, back_from(s.start, x.start, FOR_THE_LOOKBACK), x.start) and \
                (m_time := _FOR_TIME_AFTER.match(f, x.end, s.end)) is not None and \
                (any(c.kind in (C.ATTACK_V, C.UNDER_ATTACK) and c.end <= x.start for c in cues)
                 or any(a.kind != A.KILL and a.start < x.start for a in anchors)):
            cands.append((x, m_time.end(), R.ORDINAL_FOR_TIME, None))
    done: set[int] = set()
    for n, end, rule, host in cands:
        if n.start in done or not sv.numbers.free(n):
            continue
        sc = min(since, key=lambda c: abs(c.start - end), default=None)
        if sc is not None and not n.ordinal and n.value < MIN_BARE_TIMES and \
                (not (starts_tally(doc, sv, sc) or _since_then(doc, sc, end)) or sc.start > end + SINCE_NEAR):
            sc = None  # "have since reported", a "since" far after the count: no start of it
        if sc is not None and not n.ordinal and n.value < MIN_BARE_TIMES and \
                any(n.end <= d.start < sc.start for d in sv.dexprs):
            sc = None  # "attacked four times on Tuesday, bringing the total since ...": a day's count
        if vague(doc.folded, n):
            if sc is not None and host is not None:
                cancelled.append(host)  # "several attacks since October": a summary, no tally
            continue  # "dozens of attacks" is no tally
        if not n.ordinal and sc is None and rule not in _SO_FAR_RULES and (n.value < MIN_BARE_TIMES or
                                             rule == R.NUMBER_ATTACKS and not _modifies(doc, sv, n, host)):
            continue  # without "since", only "the 168 attacks", "more than a dozen drone attacks"
        if _irrealis(doc, sv, n):
            continue  # "threatened to launch 100 attacks", "could mount 20 more": attacks not made
        done.add(n.start)
        sv.numbers.take(n)
        since_d = None
        if sc is not None:
            since_d = next((d for d in sv.dexprs if 0 <= d.start - sc.start <= sc.end - sc.start + 1), None)
            if since_d is None and (m_the := _SINCE_THE_DAY.match(f, sc.end)) is not None:
                # "since the October 7 Hamas attack": the day of the event that started the count
                since_d = next((d for d in sv.dexprs if d.start == m_the.end() and d.precision == "day"), None)
            if since_d is None:
                since_d = _since_event_day(f, sc, sv.dexprs)
        if since_d is None and sc is None:
            since_d = _period_start(doc, sv)  # "attacked 46 times between Oct. 17 and Nov. 9"
        attributed = _claimed_by(doc, sv, n) or _source(doc, sv, st)
        if host is not None and (not n.ordinal or rule == R.ORDINAL_TIME):
            cancelled.append(host)
            cancelled.extend(more_hosts.get(n.start, ()))
        m_times = _TIMES.match(f, n.end) if rule == R.ATTACKED_NUMBER_TIMES else None
        own_pos = m_times.end() if m_times else n.end
        own_scope, place_end = place_after(doc, toks, own_pos, s.end, max_gap=SCOPE_GAP)
        if own_scope is not None and _CONJ.search(f, own_pos, place_end):
            own_scope = None  # "70 times and those in Syria 90 times": the place is the next count's
        if own_scope is not None and COMMA.search(f, own_pos, place_end):
            own_scope = None  # "50 times, whereas in Syria ...": the place is the next clause's
        if own_scope is not None and any(own_pos <= x.start < place_end for x in nums):
            own_scope = None  # "attacked 97 times, 40 in Iraq and 57 in Syria": the place is the split's
        if own_scope is not None and sc is not None and own_pos <= sc.start < place_end:
            own_scope = None  # "150 times since the Hamas assault on Israel": the start's place, no scope
        m_and = _AND_PLACE.match(f, place_end) if own_scope is not None else None
        if m_and is not None and any(t.place is not None and 0 <= t.start - place_end <= AND_PLACE_GAP for t in toks):
            own_scope = None  # "more than 100 times in Iraq and Syria"
        if own_scope is None and not n.ordinal and _PARTITIVE.match(f, n.end):
            own_scope, place_end = _partitive_place(doc, sv, n)  # "48 of the attacks ... took place in Syria"
        splits = _splits(doc, sv, n.end if own_scope is None else place_end, s.end)
        if not splits and own_scope is None:
            splits = _parallel(doc, sv, own_pos, s.end)  # "... 70 times and those in Syria 90 times"
            if splits:
                # the parallel clause's verb is the count's, no event ("bases in Syria have been hit 72 times")
                cancelled.extend(a for a in anchors if own_pos <= a.start < splits[0][0].start)
                # the first count keeps the country before it ("troops in Iraq have been attacked
                # 70 times and those in Syria 90"), else it is the total
                countries = {t.place.country or t.place.name for t in toks if t.place is not None and
                             s.start <= t.start and t.end <= n.start and t.place.kind in (K.COUNTRY, K.REGION)}
                own_scope = countries.pop() if len(countries) == 1 else None
        if own_scope is not None:
            scope = own_scope  # "attacked thirty-two times in Iraq and thirty-four in Syria"
        elif splits:
            scope = "total"
        else:
            # the countries before the count, or for "the third such attack on US troops in
            # Iraq since ..." those between the ordinal and its "since", or for "the second
            # attack in a week on US forces in Syria" those after the ordinal
            lo, hi = (n.end, end) if rule == R.ORDINAL_SINCE else (n.end, s.end) if rule == R.ORDINAL_PERIOD \
                else (s.start, s.end) if rule == R.ORDINAL_TIME else (s.start, n.start)
            if rule == R.ORDINAL_PERIOD and (m_end := _CLAUSE_END.search(f, end, hi)) is not None:
                hi = m_end.start()  # "the third in three weeks, coinciding with ... the war in Gaza"
            if rule != R.ORDINAL_SINCE and (m_while := _last_while(f, lo, hi)) is not None:
                lo = m_while  # "bases in Iraq were hit 50 times, whereas in Syria the count ... passed 80"
            # (a country named as a side is no scope: "the United States has struck ... seven
            # times", "Israel's war", "Iran's proxies have ...")
            # a place in a fronted "since" clause is the start's: "Since the Gaza war broke out in
            # October, US forces have been attacked 90 times" counts no attacks in Gaza
            skip_lo, skip_hi = (sc.start, since_d.end if since_d is not None and since_d.start > sc.start else sc.end) \
                if sc is not None and sc.start < n.start else (0, 0)
            countries = {t.place.country or t.place.name for t in toks if t.place is not None and t.actor is None
                         and lo <= t.start and t.end <= hi and t.place.kind in (K.COUNTRY, K.REGION)
                         and not skip_lo <= t.start < skip_hi}
            target_after = rule in _NOUN_RULES and _TARGET_AFTER.match(f, end) is not None
            if target_after or (not countries and hi == n.start):
                # the attacks' target after their noun, not where their makers are: "militias in
                # Iraq have claimed 100 launches targeting Israel", "... 60 attacks on US forces in
                # Syria"; or the only countries of the count: "100 drone attacks have targeted
                # bases in Syria since ..."
                after = _countries_after(doc, sv, end, sc.start if sc is not None and sc.start > n.end else None)
                countries = after or countries if target_after else after
            scope = countries.pop() if len(countries) == 1 else "total"
        qualifier = "more than" if n.start in over else n.qualifier
        if n.ordinal and _AT_LEAST_THE.search(f, back_from(s.start, n.start, AT_LEAST_THE_LOOKBACK), n.start):
            qualifier = "at least"  # "at least the 165th attack": 165 or more
        _add(sv, st, n.value, qualifier, since_d, scope, attributed, n.start, end, rule)
        for x, place in splits:
            _add(sv, st, x.value, x.qualifier, since_d, place, attributed, x.start, x.end, R.TALLY_SPLIT)
        for x, place in _another(doc, sv, max(end, n.end), s.end):
            done.add(x.start)
            _add(sv, st, x.value, x.qualifier, since_d, place, attributed, x.start, x.end, R.TALLY_ANOTHER)


#: The rules of a count of the campaign so far: a tally below 10 without "since".
_SO_FAR_RULES = (R.RUNNING_TOTAL, R.SEPARATE_OCCASIONS)
#: WHILE: a clause of contrast starts a count's own clause: "..., whereas in Syria the count ...".
_WHILE = re.compile(r"(?:,\s|\s)(?:while|whereas)\s|;\s")


def _last_while(f: str, lo: int, hi: int) -> int | None:
    """The start of the last contrast clause between *lo* and *hi*, or None."""
    last = None
    for m in _WHILE.finditer(f, lo, hi):
        last = m.end()
    return last


#: The rules of a count with its noun ("100 attacks", "60 operations"), and TARGET_AFTER: the
#: preposition of the attacks' target right after that noun.
_NOUN_RULES = (R.NUMBER_ATTACKS, R.NUMBER_INCIDENTS, R.RUNNING_TOTAL)
_TARGET_AFTER = re.compile(r"\s(?:on|against|targeting|at)\s")
#: COUNT_CLAUSE_END: where the clause of a count ends for its place after it: a comma, a
#: semicolon, a dash, a bracket or "since" (the start); "in Iraq and Syria" is two countries.
_COUNT_CLAUSE_END = re.compile(r"[,;:(\u2014\u2013]|\s-\s|\ssince\s")
COUNT_CLAUSE_SPAN = 60   # "100 drone attacks have targeted coalition bases in Syria"


def _countries_after(doc: Document, sv: SentenceView, end: int, since_at: int | None = None) -> set[str]:
    """The countries named in the clause right after a count whose own words name none before
    it: "Upwards of 100 drone attacks have targeted coalition bases in Syria since ...", "11
    attacks on US forces in Iraq between ...", "in 25 armed incidents in Syria", "100 launches
    targeting Israel"; never in its "since" clause (*since_at*: "150 attacks since the Hamas
    assault on Israel" counts none there)."""
    f = doc.folded
    hi = min(sv.s.end, end + COUNT_CLAUSE_SPAN)
    if since_at is not None:
        if since_at < end:
            return set()  # the attack noun is the start's: "150 times since the Hamas assault on Israel"
        hi = min(hi, since_at)
    m = _COUNT_CLAUSE_END.search(f, end, hi)
    hi = m.start() if m is not None else hi
    found = [t for t in sv.toks if t.place is not None and end <= t.start and t.end <= hi
             and t.place.kind in (K.COUNTRY, K.REGION)]
    if found and _AND_PLACE.match(f, found[-1].end):
        # a list the clause's comma cut: "in Iraq, Syria and Jordan" is all three
        found += [t for t in sv.toks if t.place is not None and 0 < t.start - found[-1].end <= AND_PLACE_GAP]
    return {t.place.country or t.place.name for t in found if t.place is not None}


def _modifies(doc: Document, sv: SentenceView, n: Number, a: Anchor | None) -> bool:
    """Whether *n* counts the attack noun of *a* itself: nothing but weapon words and
    "and" between them ("a dozen drone and missile attacks")."""
    if a is None:
        return False
    f = doc.folded
    pos = n.end
    for t in sv.toks:
        if t.weapon_term is not None and n.end <= t.start < a.left:
            if not _GAP_WORDS.fullmatch(f, pos, t.start):
                return False
            pos = t.end
    return pos >= a.left or _GAP_WORDS.fullmatch(f, pos, a.left) is not None


def _since_event_day(f: str, sc: Cue, dexprs: list[DateExpr]) -> DateExpr | None:
    """The day (or month) of the event a count starts from, named after "since": "since the war
    began on October 7", "since Hamas fighters struck Israel on October 7", "since Hamas's
    October 7 attack", "since fighting in Gaza erupted in October".  The first date within
    SINCE_EVENT_DATE characters of "since", in its clause, with an event's word before it or
    right after it."""
    for d in dexprs:
        if d.date is None or d.start <= sc.end or d.precision not in ("day", "month"):
            continue
        if d.start - sc.end > SINCE_EVENT_DATE:
            break
        if _SINCE_EVENT_BREAK.search(f, sc.end, d.start) is not None:
            break
        if _SINCE_EVENT_WORDS.search(f, sc.end, d.start) is not None or \
                _SINCE_EVENT_WORDS.search(f, d.end, d.end + SINCE_EVENT_AFTER) is not None:
            return d
    return None


def _period_start(doc: Document, sv: SentenceView) -> DateExpr | None:
    """The first day of the period a count covers, when the sentence gives it as a span rather
    than with "since": "between Oct. 17 and Nov. 9", "from October 17 to December 31",
    "between Oct. 17-30", "starting on October 17" (the gold's "since" of such a tally).  Only
    a day: "from January to March" is no start of a count."""
    f = doc.folded
    for d in sv.dexprs:
        if d.date is None or d.precision != "day":
            continue
        m = _PERIOD_OPENS.search(f, back_from(sv.s.start, d.start, PERIOD_OPEN_SPAN), d.start)
        if m is not None and (m.group("verb") is not None or _PERIOD_RANGE_AFTER.match(f, d.end) is not None):
            return d
    return None


def starts_tally(doc: Document, sv: SentenceView, sc: Cue) -> bool:
    """Whether a "since" starts a count: a date right after it, or "the start of ..."; the date
    may hold its "since" (a month alone is read as "since October", whose start the "since" is)."""
    return any(0 <= d.start - sc.end <= SINCE_TO_DATE or d.start <= sc.start < d.end for d in sv.dexprs) \
        or _SINCE_THE.match(doc.folded, sc.end) is not None


#: SINCE_THEN: a "since" that closes its clause is "since then": "US jets struck depots in Syria on
#: four occasions since, though ..." (a count from a start the text gave before; no date).
_SINCE_THEN = re.compile(r"(?:\sthen)?[,.;]")
SINCE_THEN_GAP = 2   # the "since" right after the count or its "times" ("three times since.")


def _since_then(doc: Document, sc: Cue, end: int) -> bool:
    """Whether *sc* is a "since (then)" right after a count ending at *end* (or its "times")."""
    m = _TIMES.match(doc.folded, end)
    pos = m.end() if m is not None else end
    return 0 <= sc.start - pos <= SINCE_THEN_GAP and _SINCE_THEN.match(doc.folded, sc.end) is not None


def _split_next_sentence(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """The split of the tally of the sentence before, by country: "15 separate times in Iraq
    and 9 separate times in Syria.", "20 of those attacks were in Iraq and 11 in Syria."
    Two figures at least, each with its country; they take the tally's start and source."""
    f = doc.folded
    s = sv.s
    items: list[tuple[Number, str]] = []
    for x in sv.nums:
        if x.ordinal or not sv.numbers.free(x) or vague(doc.folded, x) or (m := _SPLIT_ITEM.match(f, x.end)) is None:
            continue
        # (the place right after the item's "in": "14 of those minor attacks have been against
        # American targets in Iraq")
        place, _ = place_after(doc, sv.toks, x.end, s.end, max_gap=max(NEXT_SPLIT_GAP, m.end() - x.end + 2))
        if place is not None and all(place != p for _, p in items):
            items.append((x, place))
    if len(items) < 2:
        return
    prev = st.tallies[-1]
    for x, place in items:
        sv.numbers.take(x)
        st.tallies.append((x.value, x.qualifier, prev[2], place, prev[4], R.TALLY_SPLIT_NEXT_SENTENCE,
                           x.start, x.end, s.idx))


def _partitive_place(doc: Document, sv: SentenceView, n: Number) -> tuple[str | None, int]:
    """The one country of a partitive count's clause, up to the next figure or the clause's
    end, and the end of its name: "48 of the attacks since October 17 took place in Syria and
    36 in Iraq" gives Syria; (None, 0) when none or several."""
    f = doc.folded
    hi = min([x.start for x in sv.nums if x.start > n.end] + [sv.s.end])
    m = _CLAUSE_END.search(f, n.end, hi)
    hi = m.start() if m is not None else hi
    places = [t for t in sv.toks if t.place is not None and n.end <= t.start and t.end <= hi
              and t.place.kind in (K.COUNTRY, K.REGION)]
    if len({t.place.country or t.place.name for t in places if t.place is not None}) != 1:
        return None, 0
    p = places[-1].place
    assert p is not None
    return p.country or p.name, places[-1].end


def _splits(doc: Document, sv: SentenceView, pos: int, end: int) -> list[tuple[Number, str]]:
    """The split by country after a count: "- 32 times in Iraq and 34 in Syria"."""
    out = []
    for x in sv.nums:
        if x.start < pos or x.start - pos > SPLIT_SPAN or x.ordinal or not sv.numbers.free(x):
            continue
        if not (m := _SPLIT_ITEM.match(doc.folded, x.end)):
            continue  # "between Oct. 17 and 24, 11 in Iraq ...": the 24 is a day, its place the next figure's
        place, place_end = place_after(doc, sv.toks, x.end, end, max_gap=max(SPLIT_PLACE_GAP, m.end() - x.end + 2))
        if place is None:
            continue
        sv.numbers.take(x)
        out.append((x, place))
        pos = place_end
    return out


#: The conjunctions that open another clause ("70 times and those in Syria 90 times").
CLAUSE_CONJUNCTIONS = ("and", "but", "while", "whereas")
#: CONJ: a conjunction that starts another clause between a count and a place after it.
_CONJ = re.compile(rf"\s{words(CLAUSE_CONJUNCTIONS)}\s")
#: PARALLEL: a second count in a parallel clause, its place before it: "attacked 70 times and
#: those in Syria 90 times", "and in Syria 41", "while bases in Jordan were hit three times",
#: "; in Syria, 57 times" (a semicolon opens the clause too; a comma may close its fronted place);
#: a conjunction opens the clause, the place ("in Syria") comes right before the figure or its
#: verb, and the figure is a count of times or attacks (or bare at the sentence's end).
_PARALLEL_OPEN = re.compile(rf"[,;]?\s{words(CLAUSE_CONJUNCTIONS)}\s|;\s")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|on|against)\s(?:the\s)?$")
_PARALLEL_GAP = re.compile(r"(?:\s(?:have|has|had|were|was)\s(?:been\s)?[\w\-]+(?:\s(?:at|on|upon))?)?,?\s")
_PARALLEL_AFTER = re.compile(r"\s(?:(?:separate|different)\s)?(?:times|attacks|occasions)(?![\w])|\s?[.;]")
PARALLEL_SPAN = 80
_SINCE_SKIP = re.compile(rf"\ssince\s[\w.\-\s]{{1,25}}?(?=[,;]?\s{words(CLAUSE_CONJUNCTIONS)}\s|;\s)")


def _parallel(doc: Document, sv: SentenceView, pos: int, end: int) -> list[tuple[Number, str]]:
    """A second count with its country before it, in a clause joined to the tally's: "US troops
    in Iraq have been attacked 70 times and those in Syria 90 times"."""
    f = doc.folded
    m_skip = _SINCE_SKIP.match(f, pos, end)  # "70 times since October 17, and those in Syria 90"
    m_open = _PARALLEL_OPEN.match(f, m_skip.end() if m_skip else pos)
    if m_open is None:
        return []
    for x in sv.nums:
        if x.start < m_open.end() or x.start - pos > PARALLEL_SPAN or x.ordinal or not sv.numbers.free(x) or vague(f, x):
            continue
        if not _PARALLEL_AFTER.match(f, x.end):
            return []
        for t in sv.toks:
            if t.place is not None and m_open.end() <= t.start and t.end <= x.start and \
                    t.place.kind in (K.COUNTRY, K.REGION) and _PARALLEL_GAP.fullmatch(f, t.end, x.start) and \
                    _IN_PLACE_BEFORE.search(f, back_from(m_open.end(), t.start, 8), t.start) and \
                    not COMMA.search(f, m_open.end(), t.start) and not doc.brk(m_open.end(), x.start):
                sv.numbers.take(x)
                return [(x, t.place.country or t.place.name)]
        return []
    return []


def _another(doc: Document, sv: SentenceView, pos: int, end: int) -> list[tuple[Number, str]]:
    """A further count in another place after a tally: "and another four against a post in
    Syria", "launched five others against Israel"; its place needed, none within a clause
    that a comma closes first."""
    f = doc.folded
    for x in sv.nums:
        if x.start < pos or x.start - pos > ANOTHER_SPAN or x.ordinal or not sv.numbers.free(x) or vague(f, x):
            continue
        if not (_ANOTHER_BEFORE.search(f, back_from(pos, x.start, ANOTHER_LOOKBACK), x.start) or _ANOTHER_AFTER.match(f, x.end)):
            continue
        for t in sv.toks:
            if t.place is not None and x.end <= t.start and t.start - x.end <= ANOTHER_PLACE_GAP and t.end <= end and \
                    t.place.kind in (K.COUNTRY, K.REGION) and not COMMA.search(f, x.end, t.start) and \
                    _ANOTHER_PLACE_BEFORE.search(f, back_from(x.end, t.start, 12), t.start):
                sv.numbers.take(x)
                return [(x, t.place.country or t.place.name)]
        return []
    return []


#: How far before its count a threat or a hypothetical word makes it irreal ("has threatened to
#: launch 100 attacks"), and a claim verb makes the count its speaker's ("has claimed
#: responsibility for more than 150 attacks").
IRREALIS_REACH = 40
CLAIM_TO_COUNT = 30
_IRREALIS_WORDS = frozenset(IRREALIS_BEFORE_COUNT)


def _irrealis(doc: Document, sv: SentenceView, n: Number) -> bool:
    """Whether a threat or a hypothetical word of its clause comes right before count *n*:
    "Kataib Hezbollah has threatened to launch 100 attacks", "the militias could mount another
    20 attacks" (no count of attacks made)."""
    f = doc.folded
    return any((c.kind == C.THREAT or c.kind == C.HYPO and f[c.start:c.end] in _IRREALIS_WORDS)
               and c.end <= n.start and n.start - c.end <= IRREALIS_REACH and not _CLAUSE_END.search(f, c.end, n.start)
               for c in sv.cues)


def _claimed_by(doc: Document, sv: SentenceView, n: Number) -> str | None:
    """The speaker of a claim verb whose object is count *n*: "the IRI has claimed
    responsibility for more than 150 attacks", "militias have claimed more than 100 launches"
    (the group's own count)."""
    f = doc.folded
    for c in sv.cues:
        if c.kind == C.CLAIM and c.end <= n.start and n.start - c.end <= CLAIM_TO_COUNT and \
                not _CLAUSE_END.search(f, c.end, n.start):
            t = speaker_before(doc, sv, c.start)
            if t is not None and t.actor is not None and t.actor.side == K.IRAN_ALIGNED:
                return t.actor.name  # (a claim of attacks is a group's: "the coalition of militias" is no US-led coalition)
    return None


def _source(doc: Document, sv: SentenceView, st: ArticleState) -> str | None:
    """Who gave the count: the speaker of the sentence's first statement, or the last
    speaker for "he said"."""
    for c in sv.cues:
        if c.kind in (C.SAY, C.CONFIRM):
            t: Tok | None = speaker_before(doc, sv, c.start) or speaker_after(doc, sv, c)
            if t is not None:
                assert t.actor is not None
                return t.actor.name
            if st.last_speaker is not None and pronoun_subject(doc, sv, c.start) in _COUNT_PRONOUNS:
                return st.last_speaker.name
    for t in sv.toks:  # "The Pentagon counts 165 attacks", "by the Pentagon's count"
        if t.actor is not None and _COUNTED_BY.match(doc.folded, t.end, sv.s.end):
            return t.actor.name
    if (m := _OWN_COUNT.search(doc.folded, sv.s.start, sv.s.end)) is not None:
        # "By its own count, the IRI has launched 170 operations": the subject after it
        t = next((t for t in sv.toks if t.actor is not None and t.start >= m.end()), None)
        if t is not None and t.actor is not None:
            return t.actor.name
    return None


def _add(sv: SentenceView, st: ArticleState, count: int, qualifier: str, since: DateExpr | None, scope: str,
         attributed: str | None, start: int, end: int, rule: str) -> None:
    st.tallies.append((count, qualifier, since.date if since is not None else None, scope, attributed,
                       rule, min(start, end), max(start, end), sv.s.idx))


#: A headline's count is the body's when the two differ by at most this share of it (a round
#: figure: "100 Times" in the headline, "at least 102 times" in the body).
HEADLINE_ROUNDING = 0.1


def finish(st: ArticleState, heads: set[int] | frozenset[int] = frozenset()) -> None:
    """One count told twice in the article is one tally: "more than 90 attacks since
    October" in the standfirst and again in the body, "the fifth attack" then "five
    attacks since Monday".  Two counts stay two when their qualifiers differ, when both
    have a start and the starts differ (ten attacks in one week and ten in the next), or
    both a country and the countries differ ("3 in Iraq and 3 in Syria").  The first
    keeps its place and takes the start and source the repeat adds.  A count of a headline
    (a sentence of *heads*) is the body's when the body gives the same number, whatever its
    qualifier, or a round number near it (within :data:`HEADLINE_ROUNDING`): a headline leaves
    "more than" out and rounds ("Attacked 100 Times" over "at least 102 times")."""
    body = [t[0] for t in st.tallies if t[8] not in heads]
    kept: list[tuple] = []
    for t in st.tallies:
        if t[8] in heads and any(abs(b - t[0]) <= t[0] * HEADLINE_ROUNDING for b in body):
            continue
        j = next((j for j, k in enumerate(kept) if _repeats(k, t)), None)
        if j is None:
            kept.append(t)
            continue
        k = kept[j]
        kept[j] = (k[0], k[1], k[2] if k[2] is not None else t[2], k[3] if k[3] != "total" else t[3],
                   k[4] if k[4] is not None else t[4], *k[5:])
    st.tallies[:] = [_part_start(t, kept[:i]) for i, t in enumerate(kept)]


#: A count by country in the sentences right after a total with a start is part of that total:
#: "... attacked 61 times since Oct. 17. That figure holds 29 in Iraq and 32 in Syria."
PART_SENTENCES = 2


def _part_start(t: tuple, before: list[tuple]) -> tuple:
    """Tally *t* with the start (and, if it names none, the source) of the total it is a part
    of: a count for one country with no start of its own, at most PART_SENTENCES after a larger (or equal) count with a start
    ("There have been 27 attacks in Iraq and 28 in Syria" after "55 attacks since Oct. 17")."""
    if t[2] is not None or t[3] == "total":
        return t
    total = next((k for k in reversed(before) if k[2] is not None and 0 < t[8] - k[8] <= PART_SENTENCES
                  and k[0] >= t[0]), None)
    if total is None:
        return t
    return (t[0], t[1], total[2], t[3], t[4] if t[4] is not None else total[4], *t[5:])


def _repeats(a: tuple, b: tuple) -> bool:
    """Whether tally *b* names again the count of *a* (see :func:`finish`)."""
    return a[0] == b[0] and a[1] == b[1] and (a[2] is None or b[2] is None or a[2] == b[2]) and \
        (a[3] == b[3] or "total" in (a[3], b[3]))
