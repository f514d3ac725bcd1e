"""Casualties: killed and wounded figures, each tied to the attack it counts when one is clear.

- "The strike killed five militiamen" (``verb-number``); "two US soldiers were killed and
  over 30 wounded" (``number-passive``): killed and wounded apart, with the number's
  qualifier (at least, about, more than ...);
- "no casualties", "no one was hurt" and "None of the US personnel were injured" are no
  rows (ANNOTATION.md: a zero is no entry); the event they speak of carries killed or
  wounded 0;
- unquantified figures ("several", "dozens", "hundreds") are no rows either, nor deaths the
  text does not give to an attack ("may have died"), nor a number that counts something
  else than people ("the two attacks that caused the injuries", "one-tenth of its
  personnel");
- a figure with "since" ("62 personnel injured since mid-October") is cumulative and tied
  to no attack, but not one whose "since" dates a record ("two died, the first killed by
  enemy fire since October"); so is "a total of" before the figure ("a total of 61 troops
  were hurt in the attacks": a sum over the campaign); dead and hurt counted together
  ("wounded or killed") are no row;
- the same dead named twice are one figure, in one sentence or across the article
  ("killed five militiamen" ... "five of its fighters had been killed"):
  :func:`.casualty_repeats.finish` keeps one row, the one beside its killed or wounded
  counterpart if any;
- a part of a larger figure ("one of them critically", "eight of them were evacuated") is
  a subset, no row;
- a figure of one ("killed a senior commander", "a US service member was wounded", "a
  member of the coalition received minor injuries", "a leader responsible for the attacks
  was killed": ``one-victim``), "Abu Baqir and two of his escorts" (``named-and-number-of-his``), "two
  soldiers and one contractor were wounded" (``coordinated-figure``), "also killed one
  other member" (``also-killed-another``: the dead named before and this one);
  "the death of a civilian and the injury of another" (one killed, one wounded);
- a toll that rises to or stands at a figure: "the death toll from the strikes rose to 29",
  "the number of US troops injured in the attack rose to more than 40" (``toll-rises-to``;
  an initial and a final toll are two entries); "wounded six more, bringing the total to 45"
  (a cumulative figure of the verb's kind; the "since" of the total is not the six's);
- a breakdown by place (ANNOTATION.md: entries): "killed 18 people in Syria and 16 in Iraq",
  "killed 23 fighters in Syria and 16 men in Iraq" (``place-split-figure``: the second
  figure, with its own qualifier and the first one's group when it names none).

Runs after coreference (a figure is tied to the nearest anchor's event) and after tallies
(a tally's number is taken).  Writes ``ArticleState.casualties`` (the candidate figures,
which :func:`.casualty_repeats.finish` reduces once the article is read) and the
``killed`` and ``wounded`` of the events it ties figures to; takes its numbers from the
ledger.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

from .._dates import WEEKDAYS
from .._numbers import Number
from .._text import back_from, clause_comma
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .model import Anchor, Cue, CueKind as C, Event
from ..lookup import kinds as K
from ..lookup.vocab import words
from ..lookup.wordclasses import (ALIAS_WORDS, ANOTHER_DETERMINERS, NON_HOSTILE_CAUSES, NON_HOSTILE_VEHICLES,
                                  NON_VICTIM_NOUNS, NOT_HOSTILE_MARKS, ONE_ATTACK_NOUNS, ONE_TITLE_NOUNS, ONE_VICTIM_NOUNS,
                                  SEVERITY_ADVERBS, SEVERITY_WORDS, SUBSET_WORDS, WAR_NOUNS)
from .deployments import place_after
from .phrases import SO_FAR, VICTIM, other_attack, vague

#: The cue kinds this stage reads ("announced the death of" is an acknowledgement).
NEEDS: frozenset[str] = frozenset({C.KILL, C.WOUND, C.NO_CAS, C.ACK})

# Windows, in characters.
VERB_TO_NUMBER = 16     # "killed five", "wounding at least 40", "wounding another 25"
NUMBER_TO_WORD = 60     # "five of its fighters had been killed"
SINCE_LOOKBACK = 40     # "62 personnel injured since mid-October" is cumulative
SO_FAR_SPAN = 30        # "... has killed more than 20,000 people so far" is cumulative too
TOTAL_OF_LOOKBACK = 14  # "a total of 61 troops have been hurt in the attacks" is cumulative too
MAX_FIGURE = 100_000    # no casualty figure of this campaign is larger: a larger number is no figure
ONE_VICTIM_LOOKBACK = 80  # "a US service member was wounded", "a militia leader responsible for attacks on US troops was killed"
NAMED_ASIDE_SPAN = 60     # "..., a senior commander of the group, was killed": the aside's "of ..." part
NOT_CAUSED_LOOKBACK = 16  # "who may have died", "were not killed": no death of an attack
TOLL_TO_NUMBER = 80     # "the number of US troops injured in the attack on Tower 22 rose to 40"
SPLIT_PLACE_GAP = 12    # "killed 18 people in Syria": the place right after the figure
SUBSET_AFTER = 60       # "one of them ... critical injuries", "eight injured service members were medically evacuated"

#: Casualty words that follow their number ("three dead", "more than 40 injuries").
_WORD_AFTER_NUMBER = ("dead", "died", "deaths", "fatalities", "fatality", "martyrs", "injuries", "hurt", "injury", "minor injuries",
                      "traumatic brain injuries", "wounds", "minor wounds")
_NONE_OF = re.compile(r"\bnone\sof\s(?:the\s|them\s)?(?:[\w\-]+\s){0,6}?(?:were|was)\s(?:\w+\s)?"
                      r"(?P<what>injured|hurt|wounded|killed)\b")
#: TOLL: a running toll named as such: "the death toll", "the number of US troops injured",
#: "the number of dead"; TOLL_VERB: the figure follows "rose to", "stands at", "reached".
#: Also a toll named by a pronoun or article alone, or as a count of the hurt: "they revised the
#: toll to six", "CENTCOM lowered its count of injured personnel from eight to five".
_TOLL = re.compile(r"\b(?:death\stoll|(?<!bring\s)(?<!brings\s)(?<!bringing\s)(?P<bare>(?:the|its|their)\stoll)(?!\sof\s(?:the\s)?(?:attacks|strikes))"
                   r"|the\s(?:total\s)?number\sof\s(?:[\w\-.]+\s){0,4}?(?P<what>injured|wounded|hurt|injuries|killed|dead|deaths)"
                   r"|(?:the|its|their)\s(?:count|tally)\sof\s(?:[\w\-.]+\s){0,2}?(?P<hurt>injured|wounded|hurt|injuries)"
                   r"(?:\s[\w\-.]+){0,2}?\s(?=from\s))\b"
                   r"|\b(?P<noun>injuries|deaths)\b(?=[^.;]{0,60}?\s(?:now\s)?(?:total|totals|totaled|totalled|numbered)\s\d)")
#: TOLL_NOUNS: the casualty cues that name a toll, whose figure only :func:`_tolls` reads.
_TOLL_NOUNS = frozenset({"death toll", "toll"})
#: TOLL_AGAIN: a second figure of one toll, the first before it ("first put at 34, now stands at
#: more than 40", "from eight to five"): an initial and a final toll are two entries.
TOLL_SECOND_SPAN = 50
#: A bare "the toll" says not whether its dead or its hurt: a casualty word this close after its
#: figure says ("put the toll at 21 personnel who suffered minor injuries") and reads it.
BARE_TOLL_WORD = 60
#: BRING_TOTAL: a running total after a casualty verb: "wounded six more, bringing the total
#: since October 17 to 45" (the total is of the verb's kind, and cumulative).
_BRING_TOTAL = re.compile(r"\bbring(?:s|ing)?\s(?:the\s|its\s)(?:total|toll|tally|count)\b(?!\s(?:number\s)?of\s)")
_BRING = re.compile(r"\bbring(?:s|ing)?\s(?:the\s|its\s)(?:total|toll|tally|count|number)\b")
#: The first figure of a revised toll may be called so: "revised down from an initial seven".
_TOLL_VERB = re.compile(r"(?:\bto|\bat|\breached|\bhit|\bfrom(?:\s(?:an|the)\s(?:initial|earlier|original|previous))?"
                        r"|\bof|\bis(?:\snow)?|\bwas|\btotal(?:s|ed|led)?|\bnumbered)\s$")
TOLL_VERB_LOOKBACK = 24
#: SPLIT_AND: what joins the figures of a breakdown by place: "in Syria and 16 in Iraq".
_SPLIT_AND = re.compile(r"\s*,?\s(?:and|while)\s")
#: CAS_AFTER: the words between a casualty verb and its number: "minor injuries to eight",
#: "wounding another 25", "injuring an additional 12".
_CAS_AFTER = re.compile(r"\s(?:to\s|among\s|of\s|another\s|an\sadditional\s|a\sfurther\s)?")
_CAS_GAP_STOP = re.compile(r"[;]|\b(?:and|after|in|since|but)\b")   # "five ... killed" gap
#: VICTIM_ASIDE: who the victims mostly were, between commas inside that gap: "some 900
#: residents, many of them elderly and infants, died" (its "and" joins no second clause).
_VICTIM_ASIDE = re.compile(r",\s(?:mostly|most\sof\s(?:them|whom)|many\sof\s(?:them|whom))\s[^,;.]{1,40},")
#: Active casualty words count what follows them ("killing three"), never a number before.
_ACTIVE = frozenset({"killing", "kills", "wounding", "injuring", "assassinating"})
#: ONE_VICTIM: one person named with "a" or "an" after an active casualty word ("killed a
#: senior commander") or before a passive one ("a US service member was wounded"), or before
#: an injury he suffered ("a contractor received minor injuries", "a soldier suffered a minor
#: injury", "a sailor was treated for a traumatic brain injury").  Before the verb, the noun
#: may take a short phrase of its own (ONE_POSTMOD): "a member of the coalition forces
#: received ...", "a militia leader responsible for attacks on US troops was killed" (no
#: statement in it: "an official of the ministry said ..." names no victim).
_ONE_POSTMOD = r"(?:(?:of|from|with|in|at|responsible\sfor)\s(?:(?!said\b|says\b|told\b|and\b)[\w\-'.\u2019]+\s){1,6}?)"
_ONE_AFTER = re.compile(rf"\s(?:of\s)?(?:a|an)\s(?:[\w\-]+\s){{0,4}}?{words(ONE_VICTIM_NOUNS)}(?![\w])")
_ONE_BEFORE = re.compile(rf"(?<![\w])(?:a|an)\s(?:[\w\-.]+\s){{0,2}}?{words(ONE_VICTIM_NOUNS)}\s"
                         rf"(?:{_ONE_POSTMOD})?"
                         r"(?:(?:was|has\sbeen|had\sbeen)\s(?:[a-z]+ly\s)?(?:confirmed\s|reported\s|treated\sfor\s(?:a\s|an\s)?)?"
                         r"|(?:suffered|sustained|received)\s(?:a\s|an\s)?(?:[a-z]+\s)?)$")
#: ONE_OWNED: one person named with "the" or an owner after a killing: "killed the group's
#: deputy commander", "the killing of its leader", "the death of Hezbollah's top commander",
#: "assassinated the deputy head of its operations" (a title: ONE_TITLE_NOUNS), "killed the
#: militia's intelligence chief" (an owner after "the")
#: (not "the commander and two of his guards": their figure is read whole).
_ONE_OWNED_HEAD = (rf"\s(?:of\s)?(?:the|its|his|their|[\w\-]+(?:'s|\u2019s))\s(?:[\w\-'\u2019]+\s){{0,3}}?"
                   rf"{words(ONE_TITLE_NOUNS)}(?![\w'\u2019\-])")
_ONE_OWNED = re.compile(rf"{_ONE_OWNED_HEAD}(?!\s(?:and|along|together|or)\b)")
#: ONE_OWNED_AND, ONE_AFTER_TITLE: the same one person with "and" after him, and one named by a
#: title after "a" ("killed a senior Guards general"), read only when "and N other ..." follows
#: (:func:`_one_and_others`).
_ONE_OWNED_AND = re.compile(_ONE_OWNED_HEAD)
_ONE_AFTER_TITLE = re.compile(rf"\s(?:of\s)?(?:a|an)\s(?:[\w\-]+\s){{0,4}}?{words(ONE_TITLE_NOUNS)}(?![\w])")
#: ONE_TITLED: a title and the name after it: "the assassination of Hamas chief Ismail
#: Haniyeh", "killed militia commander Abu Ali" (the name starts with a capital in the text).
_ONE_TITLED = re.compile(rf"\s(?:of\s)?(?:[\w\-]+\s){{0,3}}?{words(ONE_TITLE_NOUNS)}\s(?=[^\W\d_])")
#: NAME_WORD: one word of a person's name as written, with its capital ("Abu", "al-Hashimi",
#: "O'Neill"); a name is up to four of them.
#: An Arabic family name may start with its lower-case article: "Abu Ali al-Hashimi".
_NAME_WORD = r"(?:(?:al|el|ad|ar|as|ash|az)-)?[A-Z][\w'\u2019\-]*"
#: ONE_NAMED_AFTER: a name, then the title in an aside: "the assassination of Jane Doe, a
#: senior leader of the group", "the killing of John Roe, chief of its political office" (read
#: in the text as written: the name's words start with a capital).
_ONE_NAMED_AFTER = re.compile(rf"\s(?:of\s)?(?:{_NAME_WORD}\s){{0,3}}{_NAME_WORD},\s(?:(?:a|an|the)\s)?"
                              rf"(?:[\w\-'\u2019]+\s){{0,3}}?{words(ONE_TITLE_NOUNS)}(?![\w])(?!\s(?:and|or)\b)")
#: NAME: a person's name in the text as written, capitalised words; its last is the family name
#: two mentions of one victim share ("Hamas chief Jane Doe", "the killing of Doe, its leader").
_NAME = re.compile(rf"\s*(?:of\s)?(?:{_NAME_WORD}\s){{0,3}}(?P<last>{_NAME_WORD})")
#: ONE_NAMED_BEFORE: a named person and the title in an aside, then the passive: "Abu Ali
#: al-Hashimi, a senior commander of the group, was killed".  An alias may come first, and then
#: the title may follow "and" with no article ("Jane Doe, also known as Umm Ali, and deputy
#: head of the group's office, was killed"): the title names the one person the alias named.
_ALIAS_ASIDE = rf"{words(ALIAS_WORDS)}\s[^,;]{{1,40}}?,\"?\s"
_ONE_NAMED_BEFORE = re.compile(rf",\s(?:(?:a|an|the)\s(?:[\w\-.]+\s){{0,2}}?{words(ONE_VICTIM_NOUNS)}"
                               rf"|{_ALIAS_ASIDE}(?:and\s)?(?P<title>(?:(?:a|an|the)\s)?(?:[\w\-.']+\s){{0,2}}?"
                               rf"{words(ONE_TITLE_NOUNS)}))"
                               r"(?:\s(?:of|in|with)\s[^,;]{1,60})?,\s(?:was|has\sbeen|had\sbeen)\s(?:[a-z]+ly\s)?$")
#: The casualty words after which one person may follow ("killed a fighter", "the death of a
#: civilian", "the assassination of its leader").
_ONE_AFTER_WORDS = frozenset({"killed", "wounded", "injured", "assassinated", "assassination of",
                              "claimed the life of", "claiming the life of", "cost the life of",
                              "costing the life of", "took the life of", "taking the life of"})
#: ONE_BEFORE_BARE: one person named with "a" or "an" right before an intransitive casualty word
#: (ONE_DIED_WORDS): "a US contractor died", "an Iraqi soldier lost his life in the blast".
ONE_DIED_WORDS = frozenset({"died", "lost his life", "lost her life"})
_ONE_BEFORE_BARE = re.compile(rf"(?<![\w])(?:a|an)\s(?:[\w\-.]+\s){{0,2}}?{words(ONE_VICTIM_NOUNS)}\s"
                              rf"(?:{_ONE_POSTMOD})?$")
#: AND_OF_HIS: "Abu Baqir and two of his escorts were killed": the number and the one
#: named before it.
_AND_BEFORE = re.compile(r"(?:\sand|,?\salong\swith|,?\stogether\swith)\s$")
_OF_HIS = re.compile(r"\sof\s(?:his|her)\s")
#: OF_OWNER: "six fighters of al-Nujaba", "members of the PMF": the group after the noun.
_OF_OWNER = re.compile(r"\s(?:of|from)\s(?:the\s)?")
#: COORDINATED: "three soldiers and a civilian contractor were hurt": a first figure
#: joined by "and" to the one before the casualty word.
_COORDINATED = re.compile(r"\s(?:[\w\-.]+\s){1,4}and\s")
#: AND_NEXT, ONE_NEXT: a second figure after the victims of an active casualty word:
#: "wounded three soldiers and two contractors", "injuring six troops and a contractor"
#: (two groups, two rows; the passive "six troops and a contractor were hurt" is
#: ``coordinated-figure``).
_AND_NEXT = re.compile(r"\sand\s")
_ONE_NEXT = re.compile(r"(?:a|an|one)(?=\s)")
_ONE_NOUN = re.compile(rf"\s(?:[\w\-.]+\s){{0,2}}?(?P<noun>{words(ONE_VICTIM_NOUNS)[3:-1]})(?![\w])")
#: ALSO, ANOTHER, OTHER_AFTER: "The strike also killed another member", "also killed one
#: other fighter": more dead than those named before.
_ALSO = re.compile(r"\balso\s$")
_ANOTHER = re.compile(r"\sanother\s")
_OTHER_AFTER = re.compile(r"\sother\s")
#: TOLD IN PARTS: one person told apart and N others of the same kind are one figure of N+1
#: (ANNOTATION.md: one entry per figure).  OTHERS_AFTER, ANOTHER_BEFORE: the marks of a figure of
#: others beside someone told before it ("wounded two others", "two other sailors", "three more
#: personnel", "two of his colleagues"; "another six").
_OTHERS_AFTER = re.compile(r"\s(?:others?|more|additional)\b|\sof\s(?:his|her|their)\s")
_ANOTHER_BEFORE = re.compile(rf"\b(?:{words(ANOTHER_DETERMINERS)}|the\sother)\s$")
#: ONE_PERSON, SEVERITY: one person hurt with no figure of his own, named with how badly: "left one
#: soldier in critical condition and wounded two others", "causing grave injuries to a soldier and
#: leaving two others hurt".
_ONE_PERSON = re.compile(rf"(?<![\w])(?:one|a|an)\s(?:[\w\-.]+\s){{0,2}}?{words(ONE_VICTIM_NOUNS)}(?![\w])")
_SEVERITY = re.compile(rf"\b{words(SEVERITY_WORDS)}(?![\w])")
#: AND_OTHERS_NEXT: after one dead named by an active killing word, N others killed with him:
#: "killed a senior commander of the group and three other members", "killed General Jane Doe and
#: five other officers" (one figure of N+1; "and two other people were wounded" is the next
#: clause's: PASSIVE_NEXT).
_AND_OTHERS_NEXT = re.compile(r"(?:\s(?:of|from)\s[^,;]{1,40}?)?(?:\s(?:and|along\swith|together\swith|as\swell\sas)"
                              r"|,\sas\swell\sas)\s")
#: ANOTHER_ONE: one more dead of the same kind after the one named, with no number: "killed the
#: group's deputy leader, as well as another fighter" (one figure of two).
_ANOTHER_ONE = re.compile(rf"(?:another|one\sother)\s(?:[\w\-.]+\s){{0,2}}?{words(ONE_VICTIM_NOUNS)}(?![\w])")
_PASSIVE_NEXT = re.compile(r"\s(?:were|was|are|is|had|have|has)\b")
#: ONE_BEFORE_AND: one person before "and N other ...": "A Kataib Hezbollah commander and four other
#: fighters were killed", "General Jane Doe and six other officers who were killed" (read in the
#: text as written: a name is two capitalised words).
_ONE_BEFORE_AND = re.compile(rf"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Tt]heir|[\w\-]+['\u2019]s)\s(?:[\w\-.'\u2019]+\s){{0,3}}?"
                             rf"{words(ONE_TITLE_NOUNS)}|{_NAME_WORD}\s{_NAME_WORD})"
                             r"(?:\s(?:of|from)\s[^,;]{1,40}?)?(?:\sand|,?\salong\swith|,?\stogether\swith)\s$")
ONE_BEFORE_AND_LOOKBACK = 100
#: ASIDE_PASSIVE: an aside between commas right before a passive casualty word, its subject's
#: figure before the aside: "One member of the group, one of the largest militias in Iraq, was
#: confirmed killed", "Five fighters of the unit, stationed with US forces at the base in the
#: village, were killed" (the aside's words are no gap between the figure and its word).
_ASIDE_PASSIVE = re.compile(r",\s[^,;]{1,140}?,\s(?:was|were|had\sbeen|have\sbeen|has\sbeen)\s(?:[a-z]+ly\s)?"
                            r"(?:confirmed\s|reported\s)?$")
ASIDE_LOOKBACK = 200
#: ALONG_WITH, WAS_BEFORE: "the commander was killed along with two other fighters": one and N.
_ALONG_WITH = re.compile(r"\s(?:along|together)\swith\s")
_WAS_BEFORE = re.compile(r"\bwas\s(?:[a-z]+ly\s)?$")
#: NOT_CAUSED: a modal or a negation right before a casualty word: "may have died", "were
#: not killed" report no death.
_NOT_CAUSED = re.compile(r"\b(?:(?:may|might|could|would)\s(?:not\s)?have\s|not\s|never\s)(?:been\s)?$")
#: MODAL_BEFORE: a modal right before an active casualty word: "a direct hit might have killed
#: as many as 30 troops", "such a missile could kill 50", "the drone would have wounded dozens":
#: a death or an injury that did not happen, no figure.
_MODAL_BEFORE = re.compile(r"\b(?:may|might|could|would|can|will|should|must)\s(?:not\s|well\s|easily\s)?(?:have\s)?$")
#: ANY_OF: a quantifier of doubt or of none right before "of the N": "whether any of the 60
#: soldiers on the base were hurt", "neither of the two guards was injured": the N count who
#: were there, not who were hurt.
_ANY_OF = re.compile(r"\b(?:any|none|neither|either|whether)\s(?:of\s(?:the|its|their|our|those|these)\s)?$")
#: NOT_PEOPLE: a number that counts what is not a person: "two attacks that caused the
#: injuries", "one-tenth of its personnel", "two of the drones", "one of these attacks caused
#: minor injuries".
_NOT_PEOPLE = re.compile(rf"-\w|\s(?:of\s(?:the|its|their|these|those)\s)?(?:[\w\-]+\s)?{words(NON_VICTIM_NOUNS)}(?![\w])")
#: PARTITIVE and SUBSET: marks of a part of a larger figure: "one of them", "eight of
#: those" right after the number; "critical injuries", "were evacuated" in its clause.
_PARTITIVE = re.compile(r"\sof\s(?:them|those|whom|the)\b")   # right after the number
_SUBSET = re.compile(rf"\b{words(SUBSET_WORDS)}\b")
#: INCLUDING: right before a number, it counts a part of the figure before it ("at least
#: eight civilians, including two women, were killed": eight were killed)
#: (and "Of those, 130 have been brain injuries": a part of the figure of the sentence before)
_INCLUDING = re.compile(r"\b(?:including|among\sthem|of\s(?:those|them|these),)\s$")
#: OF_WHOM: a figure of those named before it: "66 troops have been injured since October, of whom 25
#: suffered brain injuries" is a part of the 66 (no entry beside it), "dozens serve at the outpost,
#: of whom 40 were wounded" a figure of its own (no larger figure beside it).
_OF_WHOM = re.compile(r"\b(?:of|among)\swhom\s$")
#: PARTITIVE_CLAUSE: a clause that opens the sentence with the whole, the figure after its comma a
#: part: "Of the 46 troops injured in the attacks, 25 were diagnosed with brain injuries", "Out of
#: a total of 56 injured, 24 ...", "Among the 40 wounded, two dozen ..." (the whole is read by
#: itself, in the clause).
_PARTITIVE_CLAUSE = re.compile(r"[\W]{0,3}(?:out\sof|of|among)\s(?:the|a|all|those)\s[^,;.]{1,80},\s")
#: SEVERITY_BEFORE: a severity adverb right before an active casualty word ("critically wounding at
#: least one"): a part of the attack's hurt.
_SEVERITY_BEFORE = re.compile(rf"\b{words(SEVERITY_ADVERBS)}\s$")
#: MORE_AFTER, ROSE_BEFORE: the increment of a toll that rose, told after it in its sentence: "the
#: death toll rose to 29, with four more killed overnight", "the number of injured rose to 56
#: after 11 more were diagnosed" (a part of the new toll, no entry; "12 more people were injured
#: in a second strike" with no toll before is a figure of its own).
_MORE_AFTER = re.compile(r"\s(?:more|additional)\b")
_ROSE_BEFORE = re.compile(r"\b(?:rose|risen|rising|climbed|increased|grew|grown|jumped)\sto\s")
#: NO_BEFORE, AGE, AND_HURT: a number before a passive casualty word that is no figure of
#: victims: "no one has been hurt"; an age between commas after a name ("Sgt. Jane Doe, 23,
#: of Savannah, died"); dead and hurt counted together ("20 fighters were killed and injured",
#: ANNOTATION.md: a combined figure is no entry).
_NO_BEFORE = re.compile(r"\bno\s$")
_AGE = re.compile(r"\b[A-Z][a-z]+,\s$")  # a name, then the number between commas
#: AGE_COMPOUND: a number that makes an age with the words after it ("a 24-year-old reservist was
#: killed"): no figure; the one victim is read by the article before it.
_AGE_COMPOUND = re.compile(r"-(?:year|month)s?-old\b")
AGE_LOOKBACK = 20
_AND_HURT = re.compile(r"\s(?:and|or)\s(?:injured|wounded|hurt)\b")
#: OR_KILLED: the same combined figure with the wounded first ("some 90 troops have been
#: injured or killed"): no entry either.
_OR_KILLED = re.compile(r"\s(?:and|or)\s(?:killed|died)\b")
_HURT_OR = re.compile(r"\b(?:injured|wounded|hurt)\s(?:and|or)\s$")
#: COMBINED_BEFORE: the same combined figure told with an active verb, the other kind's word right
#: before the casualty word ("attacks killed and wounded more than 60 soldiers", "have wounded or
#: killed 70", "killing and injuring 30", "left 30 fighters dead or wounded"): no entry either,
#: and its number is no other figure's.
_KILLED_AND_BEFORE = re.compile(r"\b(?:killed|killing|dead|died)\s(?:and|or)\s$")
_HURT_AND_BEFORE = re.compile(r"\b(?:injured|injuring|wounded|wounding|hurt|hurting)\s(?:and|or)\s$")
#: FIRST_SINCE: a "since" that dates a record, not a running count: "three soldiers died,
#: the first killed by enemy fire since the war began" is the attack's own toll.
_FIRST_SINCE = re.compile(r",\s(?:the|its|their)\s(?:first|only)\b[^.;,]{0,50}$")
#: TOTAL_OF: "a total of" right before the figure (past a qualifier, which the number holds):
#: a sum over the campaign's attacks ("a total of 61 troops have been hurt in the attacks"),
#: cumulative, no one attack's toll.
_TOTAL_OF = re.compile(r"\ba\stotal\sof\s$")
#: IN_ONE_ATTACK: unless one attack follows in the figure's clause: "a total of four troops were
#: hurt in Saturday's attack on the base", "in the drone strike on the outpost, a total of six
#: were injured" are that attack's toll.
_IN_ONE_ATTACK = re.compile(rf"\b(?:in|during|from|by)\s(?:the|a|an|this|that|one|[\w\-]+(?:'s|\u2019s))\s"
                            rf"(?:[\w\-]+\s){{0,2}}?{words(ONE_ATTACK_NOUNS)}(?![\w\-])")
IN_ONE_ATTACK_SPAN = 50
IN_ONE_ATTACK_LOOKBACK = 90
#: WAR_TOLL: a war as the subject of the present perfect right before an active killing word:
#: "Israel's war in Gaza has claimed the lives of more than 19,000", "an offensive that has
#: killed 25,000 people", "its campaign against Hamas, which has killed 20,000": the war's
#: running toll, cumulative.
_WAR_TOLL = re.compile(rf"\b{words(WAR_NOUNS)}\b[^,;.]{{0,50}}?(?:,\s(?:which|that))?"
                       r"\s(?:has|have)\s(?:now\s|already\s|so\sfar\s)?$")
WAR_TOLL_LOOKBACK = 70
#: WAR_TOLL_AFTER: the same toll told in the passive, the war after the casualty word: "more than
#: 40,000 Palestinians have been killed in the Israeli onslaught", "some 9,000 people have died
#: in the fighting" (the present perfect and the war, not one attack, make it a running count).
#: IN_TOTAL: a sum told after a present-perfect casualty verb: "the attacks have injured roughly 70
#: troops in total" is the campaign's running figure ("were hurt in total in Sunday's attack" is
#: no perfect: that attack's).
_IN_TOTAL = re.compile(r"\b(?:in\stotal|in\sall|altogether)\b")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s(?:now\s|already\s)?(?:been\s)?$")
_WAR_TOLL_AFTER = re.compile(rf"\s(?:in|during|since|by|from)\s(?:[\w\-'\u2019]+\s){{0,4}}?"
                             rf"{words(WAR_NOUNS)}(?![\w\-])")
WAR_TOLL_SPAN = 60
#: INJURY_OF_ANOTHER: a second victim after a death of one: "the death of a guard and the
#: injury of another" (one killed, one wounded, of the same group).
_INJURY_OF_ANOTHER = re.compile(r"\sof\s(?:another|one\sother)(?![\w\-])(?!\s(?:attack|strike|incident)\b)")
_AND_THE_BEFORE = re.compile(r"\sand\s(?:the\s)?$")
#: NON_HOSTILE: the cause of a death or an injury that is no attack, in the figure's clause.
#: CAUSE_AFTER: after the casualty word, through a preposition of cause ("was killed in a car
#: accident", "died during the alert from a heart attack", "were killed when their helicopter
#: crashed"); the words between hold no comma and no "and", so a later clause's cause is not the
#: figure's ("20 soldiers had minor wounds and one worker later died of cardiac arrest").
#: CAUSE_BEFORE: the cause as the subject right before an active word ("a vehicle rollover
#: killed two soldiers", "a helicopter crash in the sea killed five").  NOT_HOSTILE: the
#: sentence says its dead are no attack's ("..., adding that no hostile action was involved").
_CAUSE = (rf"(?:{words(NON_HOSTILE_CAUSES)}|{words(NON_HOSTILE_VEHICLES)}\s(?:crash|crashes|crashed|went\sdown))"
          r"(?![\w\-])")
_CAUSE_PREP = r"(?:in|during|from|of|after|when|following|due\sto|as\sa\sresult\sof)"
_CAUSE_AFTER = re.compile(rf"\s(?:(?!and\s|but\s|while\s|whereas\s)[\w\-'\u2019]+\s){{0,5}}?{_CAUSE_PREP}"
                          rf"\s(?:[\w\-'\u2019.]+\s){{0,5}}?{_CAUSE}")
_CAUSE_BEFORE = re.compile(rf"{_CAUSE}\s(?:[\w\-]+\s){{0,4}}?$")
_NOT_HOSTILE = re.compile(rf"\b{words(NOT_HOSTILE_MARKS)}(?![\w])")
#: BY_ATTACKS: the sentence gives its figures to the attacks before them ("As a result of these
#: attacks, a contractor died of a cardiac arrest while sheltering"): the text ties the death to
#: an attack, whatever its medical cause.
_BY_ATTACKS = re.compile(r"\b(?:as\sa\s(?:direct\s)?result\sof|because\sof|caused\sby)"
                         r"\s(?:the|these|this|those|its|their)\s(?:[\w\-]+\s){0,2}?(?:attacks?|strikes?)\b")
CAUSE_BEFORE_LOOKBACK = 40


def _not_by_attack(f: str, s_start: int, s_end: int, lo: int, cue_start: int, cue_end: int) -> bool:
    """Whether the figure at *lo* whose casualty word spans *cue_start*..*cue_end* is of deaths or
    injuries the sentence gives another cause than an attack ("a soldier was killed in a car
    accident", "a vehicle rollover killed two", "two died, officials said, adding that no
    hostile action was involved")."""
    if _BY_ATTACKS.search(f, s_start, lo) is not None:
        return False
    return _CAUSE_AFTER.match(f, cue_end, s_end) is not None \
        or _CAUSE_BEFORE.search(f, back_from(s_start, cue_start, CAUSE_BEFORE_LOOKBACK), cue_start) is not None \
        or _NOT_HOSTILE.search(f, lo, s_end) is not None


#: NAME_BEFORE, POSSESSIVE_AFTER: a number that is part of a name or a date, not a count of
#: victims: "Helicopter Group 12, who died", "Channel 4's reporter ... the deaths", "in
#: March 2024, including a strike that wounded" (a capitalised word right before the number,
#: not the sentence's first; or a possessive right after it).  Read in the text as written.
#: A weekday's name is capitalised too, but a number after it is still a count ("on Monday 12
#: soldiers died").
_WEEKDAY_NAMES = tuple(d.capitalize() for d in WEEKDAYS if d.endswith("day"))
_NAME_BEFORE = re.compile(rf"(?<=[\w,;:)\]\"\u201d]\s)(?!{words(_WEEKDAY_NAMES)}\s)[A-Z][a-z]{{2,}}\s$")
_POSSESSIVE_AFTER = re.compile(r"['\u2019\u2032]s\b")
NAME_LOOKBACK = 16


@dataclass(slots=True)
class Casualty:
    """One casualties row before ids are given: its event (or None) and its fields."""

    event: Event | None
    group: str | None
    killed: int | None
    wounded: int | None
    qualifier: str
    cumulative: bool
    rule: str
    start: int
    end: int
    sentence: int
    part: bool = False  # marked as a part of a larger figure ("one of them critically")
    owner: str | None = None  # the actor named with the dead ("six fighters of al-Nujaba")
    name: str | None = None  # the one victim's family name ("the killing of Hamas chief Jane Doe": "Doe")


def read(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """The casualty figures of the sentence."""
    f = doc.folded
    s, nums, live = sv.s, sv.nums, sv.live
    low = f[s.start:s.end]
    if "none" in low:
        for m in _NONE_OF.finditer(f, s.start, s.end):
            # "None of the US personnel were injured": a zero, no row
            dead = m.group("what") == "killed"
            _zero(event_near(doc, sv, st, m.start(), live), dead, not dead)
    if "toll" in low or "number" in low or "bring" in low or "count of" in low or "tally of" in low or "total" in low:
        _tolls(doc, sv, st)
    ck = sv.ck
    if not (ck.get(C.KILL) or ck.get(C.WOUND) or ck.get(C.NO_CAS) or ck.get(C.ACK)):
        return
    for c in sv.cues:
        if c.kind == C.NO_CAS:
            _zero(event_near(doc, sv, st, c.start, live), True, True)  # "no casualties": no row
            continue
        if c.kind not in (C.KILL, C.WOUND) and not (c.kind == C.ACK and "death" in c.text) or c.text in _TOLL_NOUNS:
            continue
        if c.text in _LOST_WORDS:
            _lost(doc, sv, st, c)  # "it had lost seven fighters"
            continue
        killed = c.kind != C.WOUND  # "announced the death of one of its commanders" too
        # "killed five militiamen", "wounding 40", "killing at least three"
        n: Number | None = None
        for x in nums:
            if 0 <= x.start - c.end <= VERB_TO_NUMBER and not x.ordinal and sv.numbers.free(x) \
                    and _CAS_AFTER.fullmatch(f, c.end, x.start):
                n = x
                break
        rule = R.VERB_NUMBER
        if (n is None or c.text in _WORD_AFTER_NUMBER) and c.text not in _ACTIVE:
            # "five of its fighters had been killed", "more than 40 wounded", "three dead":
            # the last fit
            for x in reversed(nums):
                if x.end <= c.start and c.start - x.end <= NUMBER_TO_WORD and not x.ordinal \
                        and sv.numbers.free(x) and not _INCLUDING.search(f, back_from(s.start, x.start, 12), x.start) \
                        and not _AGE_COMPOUND.match(f, x.end) \
                        and not _gap_stops(f, x.end, c.start) \
                        and not doc.brk(x.end, c.start):
                    n, rule = x, R.NUMBER_PASSIVE
                    break
        if n is None and c.text not in _ACTIVE:
            n = _subject_before_aside(doc, sv, c)  # "One member of the group, one of its largest units, was killed"
            if n is not None:
                rule = R.NUMBER_PASSIVE
        also = killed and _ALSO.search(f, back_from(s.start, c.start, 6), c.start) is not None
        if also and (n is not None and _OTHER_AFTER.match(f, n.end) or n is None and _ANOTHER.match(f, c.end)):
            _also_killed(doc, sv, st, c, n)  # "The strike also killed one other member"
            continue
        if n is None and killed and _one_along_with(doc, sv, st, c):
            continue  # "the commander was killed along with two other fighters"
        if n is None:
            _one_victim(doc, sv, st, c, killed)
            continue
        if n.value > MAX_FIGURE:
            continue
        if rule == R.VERB_NUMBER and _MODAL_BEFORE.search(f, back_from(s.start, c.start, 24), c.start):
            continue  # "a direct hit might have killed as many as 30 troops": no one was
        if _ANY_OF.search(f, back_from(s.start, n.start, 16), n.start):
            continue  # "whether any of the 60 soldiers on the base were hurt": those present
        if (_HURT_AND_BEFORE if killed else _KILLED_AND_BEFORE).search(f, back_from(s.start, c.start, 12), c.start):
            sv.numbers.take(n)
            continue  # "killed and wounded more than 60 soldiers": dead and hurt in one figure
        if rule == R.NUMBER_PASSIVE:
            if _NOT_PEOPLE.match(f, n.end, c.start):
                continue  # "the two attacks that caused the injuries"
            if _NO_BEFORE.search(f, back_from(s.start, n.start, 3), n.start):
                continue  # "no one has been hurt": nobody
            if n.num_start == n.start and (_NAME_BEFORE.search(doc.text, back_from(s.start, n.start, NAME_LOOKBACK), n.start)
                                           or _POSSESSIVE_AFTER.match(doc.text, n.end)):
                continue  # "Helicopter Group 12, who died", "March 2024": a name's or a date's number
            if n.qualifier == "exact" and _AGE.search(doc.text, back_from(s.start, n.start, AGE_LOOKBACK), n.start) \
                    and f.startswith(",", n.end):
                continue  # "Sgt. Jane Doe, 23, of Savannah, died ...": her age
            if c.kind == C.KILL and _AND_HURT.match(f, c.end) or c.kind == C.WOUND and _OR_KILLED.match(f, c.end) \
                    or c.kind == C.KILL and _HURT_OR.search(f, back_from(s.start, c.start, 12), c.start):
                continue  # "20 members were killed and injured": dead and hurt in one figure
            if _NOT_CAUSED.search(f, back_from(n.end, c.start, NOT_CAUSED_LOOKBACK), c.start):
                continue  # "7,600 are missing, who may have died"
        sv.numbers.take(n)
        if vague(doc.folded, n):
            continue  # "wounded dozens", "several others injured": no figure
        if _MORE_AFTER.match(f, n.end) and _ROSE_BEFORE.search(f, s.start, n.start):
            continue  # "the toll rose to 29, with four more killed overnight": the rise, no figure
        if _not_by_attack(f, s.start, s.end, min(n.start, c.start), c.start, c.end):
            continue  # "two soldiers died in a vehicle rollover": no attack's dead
        value = n.value
        if rule == R.NUMBER_PASSIVE and _OF_HIS.match(f, n.end) and \
                _AND_BEFORE.search(f, back_from(s.start, n.start, 16), n.start):
            value, rule = value + 1, R.NAMED_AND_NUMBER_OF_HIS  # "Abu Baqir and two of his escorts"
        elif rule == R.NUMBER_PASSIVE and _OTHER_AFTER.match(f, n.end) and _one_before_and(doc, sv, n):
            value, rule = value + 1, R.TOLD_IN_PARTS  # "A militia commander and four other fighters were killed"
        lo, hi = min(n.start, c.start), max(n.end, c.end)
        victim = VICTIM.match(f, n.end, s.end)
        group = doc.text[victim.start("noun"):victim.end("noun")] if victim else None
        cumulative = False
        for k in ck[C.SINCE]:
            if k.start > lo - SINCE_LOOKBACK and not (k.start > hi and (_BRING.search(f, hi, k.start)
                                                                      or _FIRST_SINCE.search(f, hi, k.start))):
                # "wounded six more, bringing the total since October 17 to 45": the "since" is the total's
                cumulative = True
                break
        if not cumulative and SO_FAR.search(f, hi, min(s.end, hi + SO_FAR_SPAN)):
            cumulative = True  # "the offensive has killed more than 20,000 people so far"
        if not cumulative and rule == R.VERB_NUMBER and _IN_TOTAL.search(f, hi, min(s.end, hi + SO_FAR_SPAN)) \
                and _PERFECT_BEFORE.search(f, back_from(s.start, c.start, 20), c.start):
            cumulative = True  # "the attacks have injured roughly 70 US troops in total"
        if not cumulative and _TOTAL_OF.search(f, back_from(s.start, n.start, TOTAL_OF_LOOKBACK), n.start) \
                and not _IN_ONE_ATTACK.search(f, hi, min(s.end, hi + IN_ONE_ATTACK_SPAN)) \
                and not _IN_ONE_ATTACK.search(f, back_from(s.start, lo, IN_ONE_ATTACK_LOOKBACK), lo):
            cumulative = True  # "a total of 61 troops have been hurt in the attacks"
        if not cumulative and rule == R.VERB_NUMBER \
                and _WAR_TOLL.search(f, back_from(s.start, c.start, WAR_TOLL_LOOKBACK), c.start):
            cumulative = True  # "Israel's war in Gaza has claimed the lives of more than 19,000"
        if not cumulative and rule == R.NUMBER_PASSIVE \
                and _PERFECT_BEFORE.search(f, back_from(s.start, c.start, 20), c.start) \
                and _WAR_TOLL_AFTER.match(f, c.end, min(s.end, c.end + WAR_TOLL_SPAN)):
            cumulative = True  # "40,000 Palestinians have been killed in the Israeli onslaught"
        ev = None if cumulative else event_near(doc, sv, st, c.start, live)
        # the marks of a part lie in the figure's own clause: "wounded three, one of them
        # critically" is a whole figure
        comma = clause_comma(f, hi, min(s.end, hi + SUBSET_AFTER))
        part = _PARTITIVE.match(f, n.end) is not None or \
            _SUBSET.search(f, n.end, comma if comma >= 0 else min(s.end, hi + SUBSET_AFTER)) is not None \
            or _PARTITIVE_CLAUSE.fullmatch(f, s.start, n.start) is not None \
            or _OF_WHOM.search(f, back_from(s.start, n.start, 12), n.start) is not None \
            or rule == R.VERB_NUMBER and _SEVERITY_BEFORE.search(f, back_from(s.start, c.start, 12), c.start) is not None
        _add(st, sv, ev, group, value if killed else None, None if killed else value,
             n.qualifier, lo, hi, rule, cumulative, part)
        if victim is not None:
            st.casualties[-1].owner = _owner(doc, sv, n.end, victim.end("noun"))
        if not killed and not cumulative:
            _hurt_in_parts(doc, sv, st, n, lo)  # "left one soldier in critical condition and wounded two others"
        if rule == R.VERB_NUMBER and victim is not None:
            _coordinated_object(doc, sv, st, ev, victim.end("noun"), killed, cumulative)
        if rule == R.VERB_NUMBER and not cumulative:
            _place_split(doc, sv, st, n, victim.end("noun") if victim else n.end, group, killed)
        if rule == R.NUMBER_PASSIVE:
            # "three soldiers and a civilian contractor were hurt": the first figure too
            for x in nums:
                if x.end < n.start and n.start - x.end <= NUMBER_TO_WORD and not x.ordinal and sv.numbers.free(x) \
                        and not vague(doc.folded, x) and _COORDINATED.fullmatch(f, x.end, n.start):
                    v1 = VICTIM.match(f, x.end, n.start)
                    if v1 is None:
                        continue
                    sv.numbers.take(x)
                    _add(st, sv, ev, doc.text[v1.start("noun"):v1.end("noun")], x.value if killed else None,
                         None if killed else x.value, x.qualifier, x.start, hi, R.COORDINATED_FIGURE, cumulative)


#: LOST_WORDS: "lost" as a casualty word, whose figure must follow with people as its noun.
_LOST_WORDS = frozenset({"lost", "has lost", "had lost", "have lost"})


def _lost(doc: Document, sv: SentenceView, st: ArticleState, c: Cue) -> None:
    """A side's own dead told with "lost": "Kataib Hezbollah said it had lost seven fighters in the
    strikes" (a number right after, then a noun of people: "lost two drones", "lost 40 minutes",
    "lost their lives" are no such figure)."""
    f, s = doc.folded, sv.s
    n = next((x for x in sv.nums if 0 < x.start - c.end <= 2 and not x.ordinal and sv.numbers.free(x)), None)
    if n is None or vague(f, n) or n.value > MAX_FIGURE:
        return
    victim = VICTIM.match(f, n.end, s.end)
    if victim is None or victim.start("noun") - n.end > 25 or _NOT_CAUSED.search(f, back_from(s.start, c.start, 16), c.start):
        return
    sv.numbers.take(n)
    cumulative = any(k.start > c.start for k in sv.ck[C.SINCE])
    ev = None if cumulative else event_near(doc, sv, st, c.start, sv.live)
    _add(st, sv, ev, doc.text[victim.start("noun"):victim.end("noun")], n.value, None, n.qualifier,
         c.start, victim.end("noun"), R.VERB_NUMBER, cumulative)


def _subject_before_aside(doc: Document, sv: SentenceView, c: Cue) -> Number | None:
    """The figure of a passive casualty word's subject told before an aside between commas ("Five
    fighters of the unit, stationed with US forces at the base, were killed"): a number with its
    noun of people right after it, the words up to the aside no end of its clause."""
    f, s = doc.folded, sv.s
    a = _ASIDE_PASSIVE.search(f, back_from(s.start, c.start, ASIDE_LOOKBACK), c.start)
    if a is None:
        return None
    for x in reversed(sv.nums):
        if x.end > a.start() or a.start() - x.end > NUMBER_TO_WORD:
            continue
        v = (VICTIM if x.value > 1 else _ONE_NOUN).match(f, x.end, a.start())
        if x.ordinal or not sv.numbers.free(x) or v is None \
                or _gap_stops(f, x.end, a.start()) or doc.brk(x.end, a.start()) \
                or _INCLUDING.search(f, back_from(s.start, x.start, 12), x.start):
            return None
        return x
    return None


def _hurt_in_parts(doc: Document, sv: SentenceView, st: ArticleState, n: Number, lo: int) -> None:
    """A wounded figure of others beside one person hurt before it in its clause is one figure:
    "seriously wounded one soldier and lightly injured two others" (the one's row joins it), "left
    one soldier in critical condition and wounded two others" (no row of his own: three).  The
    clause starts after the sentence's last killing word before the figure: "killed one soldier
    and wounded two others" is two figures."""
    f, s = doc.folded, sv.s
    r = st.casualties[-1]
    if r.wounded is None or not (_OTHERS_AFTER.match(f, n.end)
                                 or _ANOTHER_BEFORE.search(f, back_from(s.start, n.start, 16), n.start)):
        return
    start = max([s.start] + [c.end for c in sv.cues if c.kind == C.KILL and c.end <= lo])
    one = next((o for o in reversed(st.casualties[:-1]) if o.sentence == s.idx and o.wounded == 1 and o.killed is None
                and start <= o.start and o.end <= lo), None)
    if one is not None:
        if one.event is not None and r.event is not None and one.event is not r.event:
            return  # one hurt at another place
        st.casualties.remove(one)
    elif _ONE_PERSON.search(f, start, lo) is None or not (
            _SEVERITY.search(f, start, lo) or any(c.kind == C.WOUND and start <= c.start for c in sv.cues if c.end <= lo)):
        return
    r.wounded += 1
    r.rule, r.part = R.TOLD_IN_PARTS, False
    if r.event is not None:
        r.event.wounded = max(r.event.wounded or 0, r.wounded)


def _others_with_one(doc: Document, sv: SentenceView, pos: int, of_his: bool = False) -> tuple[Number, str | None] | None:
    """The number of "and N other ..." right after one dead named at *pos* ("killed a commander of
    the group and three other members"), if it is the killing word's object (not "and two other
    people were wounded"), and the noun of its group; with *of_his*, "N of his ..." too ("was
    killed along with one of his aides": the aides are the one's, whatever the noun)."""
    f = doc.folded
    m = _AND_OTHERS_NEXT.match(f, pos, sv.s.end)
    if m is None:
        return None
    x = next((x for x in sv.nums if x.start == m.end() and not x.ordinal and sv.numbers.free(x)), None)
    if x is None or vague(f, x) or x.value > MAX_FIGURE:
        return None
    if of_his and _OF_HIS.match(f, x.end):
        return x, None
    if not _OTHER_AFTER.match(f, x.end):
        return None  # ("the strike killed the commander along with two of his guards" is left unread)
    v = VICTIM.match(f, x.end, sv.s.end)
    if v is None or _PASSIVE_NEXT.match(f, v.end("noun")):
        return None
    return x, doc.text[v.start("noun"):v.end("noun")]


def _one_before_and(doc: Document, sv: SentenceView, n: Number) -> bool:
    """Whether one person is named right before "and" and the figure *n* of others ("A militia
    commander and four other fighters were killed"), not a figure ("three soldiers and two other
    people": a number right before)."""
    b = _ONE_BEFORE_AND.search(doc.text, back_from(sv.s.start, n.start, ONE_BEFORE_AND_LOOKBACK), n.start)
    return b is not None and VICTIM.match(doc.folded, n.end, sv.s.end) is not None \
        and not any(b.start() - 3 <= x.end <= b.start() or b.start() <= x.start < n.start for x in sv.nums if x is not n)


def _add_one_and_others(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, x: Number,
                        group: str | None) -> None:
    """The one named at the killing word *c* and the N others of figure *x*: one row of N+1."""
    sv.numbers.take(x)
    _add(st, sv, event_near(doc, sv, st, c.start, sv.live), group, x.value + 1, None,
         x.qualifier, c.start, x.end, R.TOLD_IN_PARTS, False)


def _one_along_with(doc: Document, sv: SentenceView, st: ArticleState, c: Cue) -> bool:
    """"The commander was killed along with two other fighters": the one and the N, one figure."""
    f, s = doc.folded, sv.s
    m = _ALONG_WITH.match(f, c.end, s.end)
    if m is None or not _WAS_BEFORE.search(f, back_from(s.start, c.start, 20), c.start):
        return False
    found = _others_with_one(doc, sv, c.end, of_his=True)
    if found is None:
        return False
    _add_one_and_others(doc, sv, st, c, *found)
    return True


#: STATIONED_IN: where the victims serve, between the figure and its casualty word ("40 American
#: personnel in Iraq and Syria were hurt"): no end of the figure's clause, though it holds
#: "in" and "and" (folded).  Two countries or a region only: after one country the figure may be a
#: diagnosis the tables leave to a case of its own ("34 US troops in Iraq were diagnosed with ...").
STATIONED_COUNTRIES = ("iraq", "syria", "jordan")
STATIONED_REGIONS = ("the region", "the middle east")
_STATIONED_IN = re.compile(rf"\sin\s(?:{words(STATIONED_COUNTRIES)}\sand\s{words(STATIONED_COUNTRIES)}"
                           rf"|{words(STATIONED_REGIONS)})(?=\s)")


def _gap_stops(f: str, start: int, end: int) -> bool:
    """A word between a number and its casualty word that ends the number's clause ("five
    ... and later killed"); an aside on who the victims were, or where they serve, is passed
    over."""
    a = _VICTIM_ASIDE.search(f, start, end) or _STATIONED_IN.search(f, start, end)
    if a is None:
        return _CAS_GAP_STOP.search(f, start, end) is not None
    return _CAS_GAP_STOP.search(f, start, a.start()) is not None or _CAS_GAP_STOP.search(f, a.end(), end) is not None


def _tolls(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """A toll that rises to a figure: "the death toll rose to 29", "the number of US troops
    injured in the attack rose to more than 40"."""
    f, s = doc.folded, sv.s
    tolls: list[tuple[re.Match[str], bool, bool]] = [
        (m, m.group("what") in (None, "killed", "dead", "deaths") and m.group("hurt") is None
         and m.group("noun") != "injuries", False)
        for m in _TOLL.finditer(f, s.start, s.end)]
    for m in _BRING_TOTAL.finditer(f, s.start, s.end):
        verb = [c for c in sv.cues if c.kind in (C.KILL, C.WOUND) and c.end <= m.start()]
        if verb:  # "wounded six more, bringing the total to 45"
            tolls.append((m, verb[-1].kind == C.KILL, True))
    for m, killed, running in tolls:
        last = -1  # the end of the toll's first figure, once read
        for x in sv.nums:
            if last >= 0 and not 0 <= x.start - last <= TOLL_SECOND_SPAN:
                continue
            if x.ordinal or not 0 <= x.start - m.end() <= TOLL_TO_NUMBER or not sv.numbers.free(x) \
                    or not _TOLL_VERB.search(f, back_from(s.start, x.start, TOLL_VERB_LOOKBACK), x.start) or doc.brk(m.end(), x.start):
                continue
            if m.re is _TOLL and m.group("bare") and any(c.kind in (C.KILL, C.WOUND) and 0 <= c.start - x.end <= BARE_TOLL_WORD
                                       for c in sv.cues):
                break  # "put the toll at 21 personnel who suffered minor injuries": the casualty word's figure
            sv.numbers.take(x)
            if vague(doc.folded, x) or x.value > MAX_FIGURE:
                break
            cumulative = running or any(m.start() - SINCE_LOOKBACK < k.start < x.start for k in sv.ck[C.SINCE])
            ev = None if cumulative else event_near(doc, sv, st, m.start(), sv.live)
            _add(st, sv, ev, None, x.value if killed else None, None if killed else x.value, x.qualifier,
                 m.start(), x.end, R.TOLL_RISES_TO, cumulative)
            if last >= 0:
                break
            last = x.end


def _coordinated_object(doc: Document, sv: SentenceView, st: ArticleState, ev: Event | None, pos: int,
                        killed: bool, cumulative: bool) -> None:
    """The second figure after an active casualty word: "wounded three soldiers and two
    contractors" (two), "injuring six troops and a contractor" (one); each names its
    own group of people."""
    f = doc.folded
    m = _AND_NEXT.match(f, pos)
    if m is None:
        return
    x = next((x for x in sv.nums if x.start == m.end() and not x.ordinal and sv.numbers.free(x)), None)
    if x is not None:
        if vague(f, x) or x.value > MAX_FIGURE:
            return
        start, end, value, qualifier = x.start, x.end, x.value, x.qualifier
    elif (one := _ONE_NEXT.match(f, m.end())) is not None:
        start, end, value, qualifier = one.start(), one.end(), 1, "exact"
    else:
        return
    v2 = VICTIM.match(f, end, sv.s.end) if value > 1 else _ONE_NOUN.match(f, end, sv.s.end)
    if v2 is None:
        return
    if x is not None:
        sv.numbers.take(x)
    _add(st, sv, ev, doc.text[v2.start("noun"):v2.end("noun")], value if killed else None,
         None if killed else value, qualifier, start, v2.end(), R.COORDINATED_OBJECT, cumulative)


def _place_split(doc: Document, sv: SentenceView, st: ArticleState, n: Number, pos: int,
                 group: str | None, killed: bool) -> None:
    """The second figure of a breakdown by place: "killed 18 people in Syria and 16 in
    Iraq"; each figure names its own country (never the same one twice)."""
    f, s = doc.folded, sv.s
    where, end = place_after(doc, sv.toks, pos, s.end, max_gap=SPLIT_PLACE_GAP)
    m = _SPLIT_AND.match(f, end) if where is not None else None
    if m is None:
        return
    n2 = next((x for x in sv.nums if x.start == m.end() and not x.ordinal and sv.numbers.free(x)), None)
    if n2 is None or vague(doc.folded, n2) or n2.value > MAX_FIGURE:
        return
    v2 = VICTIM.match(f, n2.end, s.end)
    pos2 = v2.end("noun") if v2 is not None and v2.end("noun") - n2.end <= SPLIT_PLACE_GAP + 10 else n2.end
    where2, end2 = place_after(doc, sv.toks, pos2, s.end, max_gap=SPLIT_PLACE_GAP)
    if where2 is None or where2 == where:
        return
    sv.numbers.take(n2)
    group2 = doc.text[v2.start("noun"):v2.end("noun")] if v2 is not None and pos2 != n2.end else group
    _add(st, sv, event_near(doc, sv, st, n2.start, sv.live), group2, n2.value if killed else None,
         None if killed else n2.value, n2.qualifier, n2.start, end2, R.PLACE_SPLIT_FIGURE, False)


def _owner(doc: Document, sv: SentenceView, lo: int, hi: int) -> str | None:
    """The actor named with the dead: "three US soldiers", "six fighters of al-Nujaba"."""
    m = _OF_OWNER.match(doc.folded, hi)
    for t in sv.actor_toks:
        if lo <= t.start < hi or m is not None and t.start == m.end():
            assert t.actor is not None
            return t.actor.name
    return None


#: SUPPORTER_AFFIX: an actor's name as a modifier of allegiance, not the victim's owner: "a
#: pro-Iran commander", "an Iran-backed militia leader" (the commander is Iran's ally's).
_PRO_BEFORE = re.compile(r"\bpro-$")
_BACKED_AFTER = re.compile(r"[\-\s](?:backed|aligned|allied|linked|affiliated|supported|sponsored)\b")


def _one_owner(doc: Document, sv: SentenceView, lo: int, hi: int) -> str | None:
    """The actor one victim is named with ("Hamas leader", "a Hezbollah commander", "a commander
    of Kataib Hezbollah"), never an
    ally named as a modifier ("a pro-Iran commander", "an Iran-backed militia leader") nor an
    unnamed side (kind generic)."""
    f = doc.folded
    m = _OF_OWNER.match(f, hi)  # "Jane Doe, chief of Hamas's political bureau"
    for t in sv.actor_toks:
        if (lo <= t.start < hi or m is not None and t.start == m.end()) \
                and not _PRO_BEFORE.search(f, back_from(0, t.start, 4), t.start) and not _BACKED_AFTER.match(f, t.end):
            assert t.actor is not None
            # an unnamed side ("an Iran-backed militia leader") may be any named group's man
            return None if t.actor.kind == K.GENERIC else t.actor.name
    return None


def _also_killed(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, n: Number | None) -> None:
    """"The strike also killed another member" (one more than the dead named before it) or
    "also killed one other": the dead of the attack are those named before and these; the
    earlier figure becomes a part of this one."""
    ev = event_near(doc, sv, st, c.start, sv.live)
    figures: list[Casualty] = st.casualties
    prev = next((r for r in reversed(figures) if r.killed is not None and not r.cumulative
                 and (r.event is ev or r.event is None or ev is None)), None)
    if n is not None:
        sv.numbers.take(n)
    extra = n.value if n is not None else 1
    before = prev.killed if prev is not None and prev.killed is not None else 1
    if prev is not None:
        prev.part = True
    end = n.end if n is not None else c.end
    _add(st, sv, ev, None, before + extra, None, "exact", c.start, end, R.ALSO_KILLED_ANOTHER, False)


#: KILLING_GAP: a place or a time between "killing" and "of" its one victim: "the killing in
#: Tehran of Hamas leader Jane Doe", "the killing last week of a senior commander"; the victim
#: patterns are tried after it (a place is a capitalised name of up to three words).
_KILLING_GAP = re.compile(r"\s(?:(?:in|at|near)\s[A-Z][\w\-'\u2019]*(?:\s[A-Z][\w\-'\u2019]*){0,2}"
                          r"|(?:days|weeks|hours)\s(?:earlier|before|ago)|last\s(?:week|month)|earlier)(?=\sof\s)")


#: ANOTHER_HURT: one person hurt named with "another" right after a wounding word ("killed a
#: commander and wounded another fighter"); for the dead, "another" is told with the one before
#: it (ANOTHER_ONE, ALSO_KILLED_ANOTHER).
_ANOTHER_HURT = re.compile(rf"\sanother\s(?:[\w\-]+\s){{0,2}}?{words(ONE_VICTIM_NOUNS)}(?![\w])")


def _one_victim(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, killed: bool) -> None:
    """A figure of one: "killed a senior commander", "a US service member was wounded", "the
    death of a fighter"."""
    f = doc.folded
    s = sv.s
    if _not_by_attack(f, s.start, s.end, back_from(s.start, c.start, ONE_VICTIM_LOOKBACK), c.start, c.end):
        return  # "a US soldier was killed in a car accident": no attack's dead
    if c.text in _ACTIVE or c.text in _ONE_AFTER_WORDS or c.text.endswith(("death of", "martyrdom of")):
        # "the killing in Tehran of Hamas leader Jane Doe": the victim after the place or time
        gap = _KILLING_GAP.match(doc.text, c.end, s.end) if c.text == "killing" else None
        at = gap.end() if gap is not None else c.end
        m = _ONE_AFTER.match(f, at, s.end)
        if m is None and not killed:
            # "killed a field commander and wounded another fighter": one hurt beside the dead
            m = _ANOTHER_HURT.match(f, at, s.end)
        if m is None and killed:
            m = _ONE_OWNED.match(f, at, s.end)
            if m is None and (t := _ONE_TITLED.match(f, at, s.end)) is not None and doc.text[t.end()].isupper():
                m = t
            if m is None:
                m = _ONE_NAMED_AFTER.match(doc.text, at, s.end)
        if killed and _one_and_others(doc, sv, st, c, m):
            return  # "killed a commander of the group and three other members"
        if m is not None:
            named = m.re is _ONE_TITLED or m.re is _ONE_NAMED_AFTER
            # a victim named by title and name ("the killing of Hamas chief Jane Doe") is a
            # death of its own, often background beside the story's toll, not one of its dead;
            # "killed a senior commander" may be one of "the five killed"
            _add(st, sv, event_near(doc, sv, st, c.start, sv.live), _one_group(doc, m.start(), m.end()),
                 1 if killed else None, None if killed else 1, "exact", c.start, m.end(), R.ONE_VICTIM, False,
                 not named)
            # the actor the one victim is named with ("Hamas leader", "a Hezbollah commander"):
            # two such deaths of different actors are two figures
            st.casualties[-1].owner = _one_owner(doc, sv, m.start(), m.end())
            if named:
                # the name after the title, or the one before the aside's comma
                nm = _NAME.match(doc.text, m.end() if m.re is _ONE_TITLED else m.start())
                st.casualties[-1].name = nm.group("last") if nm is not None else None
            return
    if c.text in _ACTIVE:
        return
    if not killed and c.text == "injury" and _INJURY_OF_ANOTHER.match(f, c.end, s.end) \
            and _AND_THE_BEFORE.search(f, back_from(s.start, c.start, 10), c.start):
        # "the death of a guard and the injury of another": the one killed just before is of its group
        prev = st.casualties[-1] if st.casualties else None
        if prev is not None and prev.sentence == s.idx and prev.killed == 1 and prev.rule == R.ONE_VICTIM \
                and 0 <= c.start - prev.end <= 12:
            _add(st, sv, prev.event, prev.group, None, 1, "exact", c.start, c.end + 11, R.ONE_VICTIM, False)
            st.casualties[-1].part = prev.part
        return
    b = _ONE_BEFORE.search(f, back_from(s.start, c.start, ONE_VICTIM_LOOKBACK), c.start)
    if b is None and c.text in ONE_DIED_WORDS:
        b = _ONE_BEFORE_BARE.search(f, back_from(s.start, c.start, ONE_VICTIM_LOOKBACK), c.start)
    if b is None and killed:
        b = _ONE_NAMED_BEFORE.search(f, max(s.start, c.start - ONE_VICTIM_LOOKBACK - NAMED_ASIDE_SPAN), c.start)
    if b is not None:
        # the group is named by the title, not by the alias before it
        g0 = b.start("title") if b.re is _ONE_NAMED_BEFORE and b.start("title") >= 0 else b.start()
        _add(st, sv, event_near(doc, sv, st, c.start, sv.live), _one_group(doc, g0, b.end()),
             1 if killed else None, None if killed else 1, "exact", b.start(), c.end, R.ONE_VICTIM, False, True)
        st.casualties[-1].owner = _one_owner(doc, sv, g0, b.end())


def _one_and_others(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, m: re.Match[str] | None) -> bool:
    """One dead named after an active killing word and N others after "and": one figure of N+1
    ("killed a senior commander of the group and three other members", "killed General Jane Doe
    and five other officers", "killed the group's deputy leader and three other militiamen")."""
    f, s = doc.folded, sv.s
    if m is None:  # the forms the one-person patterns leave to a figure read whole ("the commander and ...")
        m = _ONE_OWNED_AND.match(f, c.end, s.end) or _ONE_AFTER_TITLE.match(f, c.end, s.end)
    if m is None:
        return False
    end = m.end()
    if m.re is _ONE_TITLED:
        nm = _NAME.match(doc.text, end)
        end = nm.end() if nm is not None else end
    found = _others_with_one(doc, sv, end)
    if found is None:
        return _one_and_another(doc, sv, st, c, end)
    _add_one_and_others(doc, sv, st, c, *found)
    return True


def _one_and_another(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, pos: int) -> bool:
    """One dead named at *pos* and "another" of a victim noun after "and" or ", as well as": one
    figure of two ("killed the group's deputy leader, as well as another fighter"), not
    "and another fighter was wounded" (the next clause's)."""
    f, s = doc.folded, sv.s
    m = _AND_OTHERS_NEXT.match(f, pos, s.end)
    a = _ANOTHER_ONE.match(f, m.end(), s.end) if m is not None else None
    if a is None or _PASSIVE_NEXT.match(f, a.end()):
        return False
    _add(st, sv, event_near(doc, sv, st, c.start, sv.live), doc.text[a.start():a.end()].split(None, 1)[-1],
         2, None, "exact", c.start, a.end(), R.TOLD_IN_PARTS, False)
    return True


#: ONE_GROUP_EDGES: what the words of one victim are stripped of to name its group: "of" and
#: the article before them, the passive after ("of a militia leader", "a US soldier was").
_ONE_GROUP_EDGES = re.compile(r"(?i)^[\s,]*(?:of\s)?(?:a\s|an\s|the\s)?|(?:,?\s(?:was|has\sbeen|had\sbeen)(?:\s[a-z]+ly)?)?\s*$")


def _one_group(doc: Document, start: int, end: int) -> str | None:
    """The group of a figure of one, the words that name the victim: "an Iraqi militia
    leader", "Hezbollah's top commander" (its side tells it from a figure of the other side)."""
    g = _ONE_GROUP_EDGES.sub("", doc.text[start:end])
    return g or None


def event_near(doc: Document, sv: SentenceView, st: ArticleState, pos: int, live: list[Anchor]) -> Event | None:
    """The event a figure at *pos* counts: that of the nearest anchor of the sentence if it
    has one event, else the one event of the sentence before, else None.  A figure after
    "days after" counts another attack, which no anchor before the cue reports ("The attack
    came days after US forces killed five fighters near Kirkuk"): None."""
    st.split_here = []
    m = other_attack(doc.folded, sv.s.start, pos)
    if m is not None and not any(m.end() <= a.start < pos for a in live):
        return None
    best = None
    for a in live:
        if not a.events:
            continue
        d = abs(pos - a.end) if pos >= a.end else abs(a.start - pos)
        if best is None or d < best[0]:
            best = (d, a)
    if best is not None:
        a = best[1]
        if len(a.events) > 1:
            st.split_here = list(a.events)  # one attack at several places: settled at the end
        return a.events[0] if len(a.events) == 1 else None
    if any(a.suppressed and a.end <= pos for a in sv.anchors):
        # the sentence's own attacks, of no event of the story, come before the figure ("Dozens
        # of strikes have hit bases ... since the war began, which killed more than 13,000
        # people"): the figure is theirs, not the previous sentence's attack's
        return None
    if st.last_events and sv.s.idx - st.last_event_sentence <= 1 and len(st.last_events) == 1:
        return st.last_events[0]
    return None


def _zero(ev: Event | None, dead: bool, hurt: bool) -> None:
    """A zero figure is no row; the event it speaks of carries killed or wounded 0."""
    if ev is None:
        return
    if dead and ev.killed is None:
        ev.killed = 0
    if hurt and ev.wounded is None:
        ev.wounded = 0


def _add(st: ArticleState, sv: SentenceView, ev: Event | None, group: str | None, killed: int | None,
         wounded: int | None, qualifier: str, start: int, end: int, rule: str, cumulative: bool,
         part: bool = False) -> None:
    if ev is not None:
        if killed is not None:
            ev.killed = max(ev.killed or 0, killed)
        if wounded is not None and (not part or rule == R.ONE_VICTIM):
            ev.wounded = max(ev.wounded or 0, wounded)
    st.casualties.append(Casualty(ev, group, killed, wounded, qualifier, cumulative, rule, start, end,
                                  sv.s.idx, part))
    if ev is None and st.split_here:
        st.split_tolls.append((st.casualties[-1], st.split_here))
    st.split_here = []


def settle_split_tolls(st: ArticleState) -> None:
    """A toll of one attack told at several places, given to the place the article tells again
    by itself ("strikes around Ramadi and Abu Ghraib killed a fighter" ... "a drone hit a
    vehicle in Abu Ghraib": Abu Ghraib's); none where no one place, or more than one, is."""
    for r, evs in st.split_tolls:
        if r.event is not None:
            continue
        told = [st.told_alone.get(e.idx, 0) for e in evs]
        most = max(told)
        if most == 0 or told.count(most) > 1:
            continue
        ev = evs[told.index(most)]
        r.event = ev
        if r.killed is not None:
            ev.killed = max(ev.killed or 0, r.killed)
        if r.wounded is not None and (not r.part or r.rule == R.ONE_VICTIM):
            ev.wounded = max(ev.wounded or 0, r.wounded)
