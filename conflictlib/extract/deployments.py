"""Deployments: troop figures by force and country.

- "The US has 900 troops in Syria" (``number-troops-in``); "Jordan hosts about 3,000 US
  troops", "reduced its force in Syria to about 900" (``place-hosts-number-troops``);
  "about 350 US troops are stationed at the base", the base named before
  (``number-troops-at-the-base``);
- the elliptical second figure: "900 troops in Syria and 2,500 in neighbouring Iraq",
  "about 2,500 in Iraq, with another 900 in Syria", "900 troops in Syria, 2,500 in
  Iraq", "2,500 US troops remain in Iraq under a deal with Baghdad, while some 900 are in
  Syria", "..., and roughly 900 are in Syria" (``elliptical-second-figure``; a
  plain second figure takes the first one's qualifier), and in the next sentence: "It also
  has roughly 900 in Syria" (``elliptical-next-sentence``);
- the figure after the troops and their country: "American forces in Syria number about
  900", "US troop levels in Iraq stand at roughly 2,500" (``troops-in-place-number``);
- one figure for two countries: "some 3,400 US troops in Iraq and Syria" (country "Iraq
  and Syria");
- "sent" read as the agent verb of its actor still marks a deployment: "the Pentagon sent
  900 troops to the Middle East";
- a figure with "the" and no deployment verb: "the roughly 900 US troops in Syria work
  with ..." (100 or more);
- a region for a country: "50,000 personnel stationed in the Middle East", "some 30,000 troops
  across the region"; the force's own state is never the place ("The United States has ... in
  the Middle East");
- "in the country": the host country last named, in the sentence or the few before it ("Rockets
  hit a base in western Iraq. About 2,500 US troops are stationed in the country");
- a country that the sentence before names as its subject, then "It hosts 2,500 US troops"
  (``place-hosts-number-troops``); a fronted "With some 800 soldiers in Syria and 2,000 in
  Iraq, Washington ..." whose force follows the phrase;
- the place before a clause: "Ain al-Asad, where about 1,500 US troops are based", "across
  Iraq and Syria, where a total of 2,900 US soldiers serve"; "the presence of about 2,500 US
  troops in Iraq" names a standing force.
- the force named far before, as the sentence's opening subject of the US-led side: "US
  officials have long defended the presence of about 900 troops in Syria" (no other actor
  between).
- a base or country of the sentence before as "there": "Tower 22 is an outpost in Jordan. About
  350 US personnel are stationed there"; a host participle or noun phrase in an apposition:
  "Tower 22, an outpost housing some 350 US troops", "Harir, home to about 400 US troops";
  "in that country" as "in the country";
- an existential sentence with no holder takes the force of the last figure a few sentences
  before: "The US has 900 troops in Syria. ... There are 2,500 personnel in Iraq"; a past
  figure with its year is a row too ("there were more than 100,000 US troops in Afghanistan in
  2011": the gold keeps historical figures);
- a figure after its troop noun, told without one (``figure-after-troop-noun``): "the militias
  want the US soldiers out, of whom there are some 900 in Syria", "kept its troops, and there
  are still 2,500 in the country" (its place after it, or the last country named before);
- a part of a country: "in oil-rich areas of northeastern Syria"; equipment sent with the
  troops before their region: "sent 1,200 troops and two Patriot batteries to the Middle
  East"; a country that names a war is no place ("troops on alert over the Israel-Hamas war").

The same figure told twice (a recap, a page that repeats its opening) is one row.

A figure next to a casualty word is a casualty figure, not a deployment, except "Of the
2,500 US troops in Iraq, eight were wounded"; so is one whose troops "have been diagnosed
with" or "were wounded" after their place.  The force is the state (or the US-led side)
of the actor named with the figure.  ``as_of`` is the publication date.

Runs last of the number stages (tallies and casualties take their numbers first).  Writes
``ArticleState.deployments``, ``last_force`` and ``last_deploy_sentence``; reads
``last_site``.
"""

from __future__ import annotations

import re

from .._numbers import Number
from .._text import back_from, clause_comma
from ..lookup import kinds as K
from ..lookup.vocab import DEPLOY_VERBS, words
from ..lookup.wordclasses import (APPROXIMATORS, COMMAND_AREA_NOUNS, COMMAND_AREAS, DEMONYM_COUNTRIES,
                                  DEPLOYMENT_PREPOSITIONS, DEPLOYMENT_REGIONS, HAVE_VERBS, HOST_GROUND_NOUNS,
                                  HOST_VERBS, REGION_ANAPHOR, TERRITORY_DEMONYMS, TROOP_WORDS)
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .model import Cue, CueKind as C, Tok

#: The cue kinds this stage reads (with the sentence after a deployment, read for its
#: elliptical figure).
NEEDS: frozenset[str] = frozenset({C.TROOPS})

# Windows, in characters.
NUMBER_TO_NOUN = 45       # "900 US troops", "about 2,500 American service members"
CASUALTY_AFTER = 25       # "... troops, eight were wounded": a casualty figure
OF_THE_LOOKBACK = 8       # "Of the 2,500 US troops in Iraq, eight were wounded"
FORCE_LOOKBACK = 40       # "The United States has about 900 troops": the force before the figure
PLACE_AFTER = 45          # "900 troops in Syria"
PLACE_BEFORE = 60         # "Jordan hosts about 3,000"
SECOND_FIGURE_PLACE = 30  # "and 2,500 in neighbouring Iraq"
WHILE_SPAN = 70          # "..., while some 900 are in Syria": a second figure later in the sentence
HAVE_LOOKBACK = 25        # "It also has roughly 900"
MIN_THE_TROOPS = 100     # "the roughly 900 US troops in Syria" without a deployment verb
MIN_TROOPS = 10           # a smaller number is no troop figure ("two soldiers")
THE_COUNTRY_SENTENCES = 3  # "in the country": the country named at most this many sentences before
SUBJECT_START = 4         # "The US Department of Defense said ...": the actor opens the sentence

_TROOP_GAP = re.compile(r"\s(?:[a-z.\-]+\s){0,6}")                  # "900 US troops"
# NOT_TROOP_GAP: a word in that gap that makes the number count something else: "among more
# than 150 fired at sites hosting US troops", "some 160 incidents reported against US forces"
_NOT_TROOP_GAP = re.compile(r"\s(?:on|against|at|since|by|launched|fired|carried|reported|incidents|attacks|strikes|bases)\s")
#: SECOND_FIGURE: what joins a second figure: "and 2,500", "with a further 900", "and some 900".
#: A bare comma joins them too: "about 900 troops in Syria, 2,500 in Iraq", and a dash before
#: the "and": "1,000 troops in Iraq - and a further 600 in Syria".
_SECOND_FIGURE = re.compile(r"\s*(?:[,\-]?\s*(?:and|while|with)\s(?:another\s|a\sfurther\s|further\s|an\sadditional\s)?|,\s)")
#: WHILE_LATER: a second figure after a clause of the first: ", while some 900 are in Syria",
#: "... under a deal with Baghdad, and roughly 900 are in Syria" (SECOND_TAIL then holds only
#: troop words and a verb of being there: never "and 25 were wounded in Syria").
_WHILE_LATER = re.compile(r",\s(?:while|whereas|and)\s")
#: REGION_AFTER: a region as the place of a deployment: "in the Middle East", "have deployed or
#: will soon head to the Middle East".
_REGION_AFTER = re.compile(rf"\s(?:[\w\-]+\s){{0,5}}?{words(DEPLOYMENT_PREPOSITIONS)}\sthe\s"
                           rf"(?P<region>{words((*DEPLOYMENT_REGIONS, REGION_ANAPHOR)).lower()})(?![\w\-'])")
#: COMMAND_AREA_AFTER: a combatant command's area as the region of a deployment: "1,200 soldiers
#: were ordered to CENTCOM's area of operations" (see COMMAND_AREAS).
_COMMAND_AREA_AFTER = re.compile(rf"\s(?:[\w\-]+\s){{0,7}}?{words(DEPLOYMENT_PREPOSITIONS)}\s(?:the\s)?(?:u\.?s\.?\s)?"
                                 rf"{words(COMMAND_AREAS)}(?:'s)?\s{words(COMMAND_AREA_NOUNS)}(?![\w\-'])")
#: HOST_GROUND_AFTER: a host state's ground named by its adjective as the figure's country: "about
#: 2,500 US soldiers are stationed at Iraqi military bases", "900 troops on Syrian soil".
_HOST_GROUND_AFTER = re.compile(r"\s(?:(?:are|is|were|now|currently|still|stationed|based|deployed|posted|"
                                r"present|remain|remaining|serving|hosted)\s){0,3}"
                                rf"(?:on|in|at|across|inside|within)\s(?:the\s)?"
                                rf"(?P<dem>{words(TERRITORY_DEMONYMS)})\s{words(HOST_GROUND_NOUNS)}(?![\w\-'])")
#: CASUALTY_PREDICATE: the troops of the figure were hurt: "19 service members stationed in
#: Iraq have been diagnosed with brain injury" is a casualty figure, no deployment.
_CASUALTY_PREDICATE = re.compile(r"\s(?:and\s[\w\s]{1,20}?\s)?(?:have\s|has\s|had\s)?(?:been|were|was)\s(?:\w+\s)?"
                                 r"(?:diagnosed|killed|wounded|injured|hurt|treated|evacuated)\b")
#: ITS_BEFORE: "withdraw its roughly 2,500 troops": the force is the actor the sentence named.
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s$")
#: SECOND_TAIL: between a second figure and its place: "and 2,500 in Iraq", "and 900 more in
#: neighbouring Syria", "and an additional 900 serve in Syria", "and 900 troops are in Syria".
_SECOND_TAIL = re.compile(rf"\s(?:more\s)?(?:{words(TROOP_WORDS)}\s)?"
                          r"(?:(?:are|remain|serve|serving|stationed|based|deployed)\s){0,2}(?:in|to)\s")
#: THE_COUNTRY_AFTER: the country named before as the figure's place: "Rockets hit a base in western
#: Iraq. About 2,500 US troops are stationed in the country" (the last host country named).
_THE_COUNTRY_AFTER = re.compile(rf"\s(?:[\w\-]+\s){{0,3}}?{words(DEPLOYMENT_PREPOSITIONS)}\s(?:the|that|this)\scountry(?![\w\-'])")
#: THERE_AFTER: the base or country of the sentence before as the figure's place: "Tower 22 is
#: an outpost in Jordan. About 350 US personnel are stationed there".
_THERE_AFTER = re.compile(r"\s(?:are|is|were|remain)\s(?:\w+\s)?(?:stationed|based|deployed|posted|serving)\sthere(?![\w\-'])")
#: PART_OF: a part of a country before its name: "in oil-rich areas of northeastern Syria",
#: "in the northeastern corner of Syria" (the country is the place).
_PART_OF = re.compile(rf"(?:^|\s){words(DEPLOYMENT_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-]+\s){{0,2}}"
                      r"(?:areas?|parts?|regions?|corner|stretches?|swaths?|swathes?)\sof\s(?:the\s)?(?:[\w\-]+\s)?$")
#: WAR_NAME: a country that names a war is not where troops are: "troops on alert over the
#: Israel-Hamas war", "for the Gaza war".
_WAR_NAME = re.compile(r"(?:-[\w\-]+)?\s(?:war|conflict)(?![\w\-])")
#: NOUNLESS_AFTER: a figure told after its troop noun without one: "US soldiers, of whom there are
#: some 900 in Syria", "kept its troops, and today there are still 2,500 in the country".
_NOUNLESS_AFTER = re.compile(r"(?:,\sof\s(?:whom|which)\s(?:there\s(?:are|were|remain)\s)?|"
                             r"(?:[^.;,]{0,40}?),?\s(?:and|but)\s(?:[\w\-]+\s){0,2}?there\s(?:are|were|remain)\s(?:still\s|now\s)?)")
#: NOUNLESS_TAIL: what may follow that figure: its place, or a time ("at the moment", "today").
_NOUNLESS_TAIL = re.compile(r"\s(?:(?:remain|are|serve|stationed|based|deployed)\s){0,2}(?:in|at|inside)\s")
_IN_BEFORE = re.compile(rf"(?:^|\s){words(DEPLOYMENT_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-]+\s){{0,1}}$")
#: ASIDE_AFTER: an aside between the troop noun and the rest of its clause: "2,500 US troops,
#: along with several hundred from allied states, are stationed in Iraq" (the place follows it).
_ASIDE_AFTER = re.compile(r",\s(?:as\swell\sas|along\swith|together\swith|alongside|plus)\s[^,;.()]{1,80},")
#: AND_COUNTRY: a second country right after the first: "3,400 US troops are stationed in
#: Iraq and Syria" is one figure for both countries, not a figure for Iraq.
#: AND_KIT: equipment sent with the troops, between them and their place: "sent 1,200 troops
#: and two Patriot batteries to the Middle East".
_AND_KIT = re.compile(r"\sand\s(?:[\w\-]+\s){0,4}?(?:systems|batteries|warships|ships|jets|aircraft|fighter\sjets|carriers)(?![\w\-])")
_AND_COUNTRY = re.compile(r"\s(?:and|&)\s(?:in\s)?(?:neighbou?ring\s)?")
_AT_THE_BASE = re.compile(r"\s(?:are\s|is\s)?(?:deployed\s|stationed\s|based\s)?(?:at|in)\sthe\s(?:base|garrison|outpost)")
_HOSTS = re.compile(rf"{words(HOST_VERBS)}\s(?:{words(APPROXIMATORS)}\s)?$")
_REDUCED_TO = re.compile(r"\sto\s")
#: WHERE_BEFORE: "Ain al-Asad, where about 1,500 US troops are based", "across Iraq and Syria,
#: where a total of 2,900 US soldiers serve": the place before the clause is the figure's.
_WHERE_BEFORE = re.compile(rf",\s(?:where|in\swhich)\s(?:a\stotal\sof\s)?(?:{words(APPROXIMATORS)}\s)?$")
#: REGION_WITH_BEFORE: the region before a figure that reinforces it: "the Pentagon bolstered its
#: posture in the Middle East with 2,000 more troops", "reinforced its bases across the region
#: with some 900 soldiers" (the verb of reinforcing stands for a deployment verb).
_REGION_WITH_BEFORE = re.compile(rf"{words(DEPLOYMENT_PREPOSITIONS)}\sthe\s(?P<region>{words((*DEPLOYMENT_REGIONS, REGION_ANAPHOR)).lower()})"
                                 r"\swith\s(?:an?\s)?(?:(?:additional|extra|further)\s)?$")
REGION_WITH_LOOKBACK = 40  # "in the Middle East with an additional "
_HAS_BEFORE = re.compile(rf"{words(HAVE_VERBS)}\s(?:\w+\s)?$")
#: DEPLOY_AGENTS: a deployment verb read as the agent verb of its actor: "The Pentagon sent 900
#: troops to the Middle East" ("sent" is cued as an agent there, not as a deployment).
_DEPLOY_AGENTS = frozenset(DEPLOY_VERBS)
#: THE_BEFORE: a figure with the definite article names a standing force even without a
#: deployment verb: "The roughly 900 US troops in Syria work with the SDF".
_THE_BEFORE = re.compile(r"\bthe\s$")
_OF_THE = re.compile(r"(?<!\w)of\sthe\s$")
#: THERE_OPENS: an existential sentence with no holder: "There are 2,500 personnel in Iraq" takes
#: the force of the article's last figure a few sentences before.
_THERE_OPENS = re.compile(r"there\s(?:are|were|remain)\s(?:also\s|still\s|now\s)?")
#: IT_HOSTS: "It hosts 2,500 US troops" at the start of a sentence: "it" is the country the
#: sentence before begins with ("Iraq is an ally of both Washington and Tehran.").
_IT_HOSTS = re.compile(rf"it\s(?:also\s|currently\s|still\s)?{words(HOST_VERBS)}\s(?:{words(APPROXIMATORS)}\s)?$")
#: WITH_FRONT: a figure in a phrase that opens the sentence: "With some 800 soldiers in Syria,
#: the US ..." (a standing force; its force is named after the phrase's comma).
_WITH_FRONT = re.compile(rf"with\s(?:an\sestimated\s|{words(APPROXIMATORS)}\s|approximately\s|nearly\s)?$")
FORCE_AFTER_FRONT = 25    # "With ... in Iraq, the U.S. military ...": the force right after the comma
#: NUMBER_AFTER: the figure after the troops and their place: "American forces in Syria number
#: about 900", "US troop levels in Iraq stand at roughly 2,500", "the US contingent in Syria
#: is estimated at 900".
_NUMBER_AFTER = re.compile(r"\s(?:now\s|currently\s|still\s)?(?:number|numbers|total|totals|stands?\sat|"
                           r"(?:is|are)\s(?:estimated|put|thought)\sat)\s")
#: TROOP_COUNT_NOUNS: the noun that stands for a troop figure right after the troop word: "US
#: troop numbers in Syria", "troop levels in Iraq".
_TROOP_COUNT_NOUN = re.compile(r"\s(?:numbers|levels|strength|presence|contingent)")


def read(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """The troop figures of the sentence."""
    f = doc.folded
    s, toks, cues, nums = sv.s, sv.toks, sv.cues, sv.nums
    if st.last_force is not None and s.idx - st.last_deploy_sentence == 1:
        _elliptical_next(doc, sv, st)
    troop_cues = sv.ck[C.TROOPS]
    if not troop_cues:
        return
    deploy = bool(sv.ck[C.DEPLOY]) or any(c.text in _DEPLOY_AGENTS for c in sv.ck[C.AGENT])
    for c in troop_cues:
        n: Number | None = None
        # the first fit whose gap to the noun holds only words: in "2023, 00:25 Roughly 900 US
        # troops" the clock's "25" has a number before the noun, "900" none
        for x in nums:
            if x.end <= c.start and c.start - x.end <= NUMBER_TO_NOUN and not x.ordinal \
                    and sv.numbers.free(x) and x.value >= MIN_TROOPS and _TROOP_GAP.fullmatch(f, x.end, c.start):
                n = x
                break
        if n is None:
            if not _number_after(doc, sv, st, c):
                _nounless_after(doc, sv, st, c)
            continue
        if _NOT_TROOP_GAP.search(f[n.end:c.start]):
            continue
        fronted = _WITH_FRONT.fullmatch(f, s.start, n.start) is not None
        it_hosts = _IT_HOSTS.fullmatch(f, s.start, n.start) is not None
        region_with = _REGION_WITH_BEFORE.search(f, back_from(s.start, n.start, REGION_WITH_LOOKBACK), n.start)
        if not deploy and not fronted and not it_hosts and region_with is None and (
                n.value < MIN_THE_TROOPS or not _THE_BEFORE.search(f, back_from(s.start, n.start, 4), n.start)):
            continue  # no deployment verb: only "the roughly 900 US troops in Syria"
        if any(k.kind in (C.KILL, C.WOUND) and 0 <= k.start - c.end <= CASUALTY_AFTER for k in cues) and \
                not _OF_THE.search(f, back_from(s.start, n.start, OF_THE_LOOKBACK), n.start):
            continue
        force = _force(doc, sv, n.start, c.end)
        if force is None and st.last_force is not None and s.idx - st.last_deploy_sentence <= THE_COUNTRY_SENTENCES \
                and _THERE_OPENS.match(f, s.start, n.start):
            force = st.last_force  # "The US has 900 troops in Syria. ... There are 2,500 personnel in Iraq"
        if force is None and fronted:
            force = _force_after_front(doc, sv, c.end)
        if force is None:
            continue
        where, place_end = place_after(doc, toks, c.end, s.end, parts=True)
        rule = R.NUMBER_TROOPS_IN
        if where is None:
            where, place_end = _region_after(doc, c.end, s.end)
        if where is None and (aside := _ASIDE_AFTER.match(f, c.end, s.end)) is not None:
            where, place_end = place_after(doc, toks, aside.end(), s.end)
        if where is None and (m := _THE_COUNTRY_AFTER.match(f, c.end, s.end)) is not None:
            where, place_end = _country_before(doc, s.idx, n.start, force), m.end()
        if where is None and (m := _AND_KIT.match(f, c.end, s.end)) is not None:
            where, place_end = _region_after(doc, m.end(), s.end)
        if where is None and (m := _THERE_AFTER.match(f, c.end, s.end)) is not None:
            where, place_end = _country_before(doc, s.idx, n.start, force, sentences=1), m.end()
        if where is not None and rule == R.NUMBER_TROOPS_IN:
            where, place_end = _and_country(doc, toks, where, place_end)
        if where is not None and _CASUALTY_PREDICATE.match(f, place_end):
            continue  # "... stationed in Iraq have been diagnosed with brain injury"
        if where is None:
            (where, place_end), rule = _place_before(doc, toks, n.start, force), R.PLACE_HOSTS_NUMBER_TROOPS
        if where is None and region_with is not None:
            where, place_end = _region_named(region_with.group("region")), c.end
        if where is None and it_hosts:
            where, place_end, rule = _subject_before(doc, s.idx), c.end, R.PLACE_HOSTS_NUMBER_TROOPS
        if where is None and _AT_THE_BASE.match(f, c.end) and st.last_site is not None:
            where, rule = st.last_site.country, R.NUMBER_TROOPS_AT_THE_BASE
            place_end = c.end
        if where is None:
            continue
        sv.numbers.take(n)
        st.last_force = force
        st.last_deploy_sentence = s.idx
        _add(doc, sv, st, force, where, n, n.start, max(place_end, c.end), rule)
        # the elliptical second figure, right after the first ("... and 2,500 in neighbouring
        # Iraq") or after a clause of the first ("... under a deal with Baghdad, while some 900
        # are in Syria"); the number starts with its qualifier ("and some 900")
        n2 = None
        if (m := _SECOND_FIGURE.match(f, place_end)) is not None:
            n2 = next((x for x in nums if 0 <= x.start - m.end() <= 1), None)
        if n2 is None and (m := _WHILE_LATER.search(f, place_end, min(s.end, place_end + WHILE_SPAN))) is not None:
            n2 = next((x for x in nums if 0 <= x.start - m.end() <= 1), None)
        if n2 is not None and not n2.ordinal and _SECOND_TAIL.match(f, n2.end) is not None:
            w2, end2 = place_after(doc, toks, n2.end, s.end, max_gap=SECOND_FIGURE_PLACE)
            if w2 is not None:
                sv.numbers.take(n2)
                # "roughly 2,500 ... and 900": the qualifier governs both figures
                q2 = n.qualifier if n2.qualifier == "exact" else n2.qualifier
                _add(doc, sv, st, force, w2, n2, n2.start, end2, R.ELLIPTICAL_SECOND_FIGURE, q2)


def place_after(doc: Document, toks: list[Tok], pos: int, end: int,
                max_gap: int = PLACE_AFTER, parts: bool = False) -> tuple[str | None, int]:
    """The country of a place right after *pos* ("in Syria", "to the Middle East") and the
    end of its name, or (None, 0).  Read by tallies too ("32 times in Iraq").  With *parts*, a
    part of the country too ("in remote areas of eastern Syria"), and a country that names a
    war is none ("troops on alert over the Israel-Hamas war")."""
    for t in toks:
        if t.place is not None and pos <= t.start and t.start - pos <= max_gap and t.end <= end:
            if parts and _WAR_NAME.match(doc.folded, t.end):
                return None, 0
            if _IN_BEFORE.search(doc.folded, pos, t.start) or (parts and _PART_OF.search(doc.folded, pos, t.start)):
                p = t.place
                return (p.country if p.kind != K.COUNTRY and p.country else p.name), t.end
    return None, 0


def _and_country(doc: Document, toks: list[Tok], where: str, pos: int) -> tuple[str, int]:
    """One figure for two countries: "3,400 US troops are stationed in Iraq and Syria" is
    for "Iraq and Syria" (never two countries with their own figures: "900 in Syria and
    2,500 in Iraq" has a number between)."""
    m = _AND_COUNTRY.match(doc.folded, pos)
    if m is None:
        return where, pos
    t = next((t for t in toks if t.start == m.end() and t.place is not None and t.place.kind == K.COUNTRY), None)
    if t is None or t.place is None or t.place.name == where:
        return where, pos
    return f"{where} and {t.place.name}", t.end


def _region_after(doc: Document, pos: int, end: int) -> tuple[str | None, int]:
    """A region after a figure: "50,000 personnel stationed in the Middle East", "900 troops
    ordered to Central Command's area of responsibility"; or a host state's ground named by
    its adjective, "2,500 US troops on Iraqi soil"."""
    m = _REGION_AFTER.match(doc.folded, pos, end)
    if m is not None:
        return _region_named(m.group("region")), m.end()
    m = _COMMAND_AREA_AFTER.match(doc.folded, pos, end)
    if m is not None:
        return DEPLOYMENT_REGIONS[0], m.end()
    m = _HOST_GROUND_AFTER.match(doc.folded, pos, end)
    if m is not None:
        return DEMONYM_COUNTRIES[m.group("dem")], m.end()
    return None, 0


def _region_named(region: str) -> str:
    """The region of a matched region word ("the region" is the first of DEPLOYMENT_REGIONS)."""
    if region == REGION_ANAPHOR:
        return DEPLOYMENT_REGIONS[0]  # "across the region"
    return next(r for r in DEPLOYMENT_REGIONS if r.lower() == region)


def _place_before(doc: Document, toks: list[Tok], pos: int, force: str | None = None) -> tuple[str | None, int]:
    """The country of a place before a figure: "Jordan hosts about 3,000 US troops",
    "Ain al-Asad, which hosts about 1,500", "reduced its force in Syria to about 900";
    never the force's own state ("the United States has 50,000 personnel ...")."""
    f = doc.folded
    for t in toks[::-1]:
        if t.place is None or t.end > pos or pos - t.end > PLACE_BEFORE:
            continue
        if t.place.name == force:
            return None, 0
        gap = f[t.end:pos]
        if _HOSTS.search(gap) or _REDUCED_TO.fullmatch(gap):
            p = t.place
            return (p.name if p.kind == K.COUNTRY else p.country), pos
        if _WHERE_BEFORE.fullmatch(gap):
            p = t.place
            where = p.name if p.kind == K.COUNTRY else p.country
            # "across Iraq and Syria, where ...": both countries
            first = next((u for u in toks[::-1] if u.place is not None and u.end <= t.start), None)
            if first is not None and first.place is not None and first.place.kind == K.COUNTRY:
                both, end = _and_country(doc, toks, first.place.name, first.end)
                if end == t.end:
                    where = both
            return where, pos
        return None, 0
    return None, 0


def _country_before(doc: Document, idx: int, pos: int, force: str,
                    sentences: int = THE_COUNTRY_SENTENCES) -> str | None:
    """The country of the last place named before *pos* in sentence *idx* or the few before it,
    for "in the country" ("there": only the sentence before); never the force's own state, and
    none when that place is a region."""
    for k in range(idx, max(-1, idx - 1 - sentences), -1):
        for t in doc.s_toks[k][::-1]:
            if t.place is None or (k == idx and t.end > pos):
                continue
            p = t.place
            where = p.name if p.kind == K.COUNTRY else p.country
            if not where or where == force:
                continue
            return where
    return None


def _subject_before(doc: Document, idx: int) -> str | None:
    """The country the sentence before *idx* begins with ("Iraq is a rare ally of both ..."),
    or None."""
    if idx == 0:
        return None
    prev = doc.sentences[idx - 1]
    first = next((t for t in doc.s_toks[idx - 1] if t.place is not None or t.actor is not None), None)
    if first is None or first.place is None or first.place.kind != K.COUNTRY:
        return None
    if first.start - prev.start > 4:  # "Iraq", "The Iraq of today" is no subject: only the opening word
        return None
    return first.place.name


def _force_after_front(doc: Document, sv: SentenceView, pos: int) -> str | None:
    """The force named right after a fronted phrase's comma, a state or force of the US-led
    side: "With some 800 soldiers in Syria and 2,000 in Iraq, Washington ..."."""
    comma = clause_comma(doc.folded, pos, sv.s.end)
    if comma < 0:
        return None
    after = [t for t in sv.toks if t.actor is not None and comma < t.start <= comma + FORCE_AFTER_FRONT]
    if not after or after[0].actor is None or after[0].actor.side != K.US_LED:
        return None  # "With 2,500 troops in Iraq, Sudani wants them out": the troops are not his
    return _force(doc, sv, after[0].start, after[0].end)


def _number_after(doc: Document, sv: SentenceView, st: ArticleState, c: Cue) -> bool:
    """Troops, their country, then their number: "American forces in Syria number about 900",
    "US troop numbers in Iraq stand at roughly 2,500"."""
    f = doc.folded
    pos = c.end
    if (m := _TROOP_COUNT_NOUN.match(f, pos)) is not None:
        pos = m.end()
    where, place_end = place_after(doc, sv.toks, pos, sv.s.end, max_gap=SECOND_FIGURE_PLACE)
    if where is None or (m := _NUMBER_AFTER.match(f, place_end)) is None:
        return False
    n = next((x for x in sv.nums if x.start == m.end()), None)
    if n is None or n.ordinal or n.value < MIN_TROOPS or not sv.numbers.free(n):
        return False
    # "American forces" is an actor's name that holds the troop noun
    lo = next((t.start for t in sv.toks if t.actor is not None and t.start <= c.start < t.end), c.start)
    force = _force(doc, sv, lo, c.end)
    if force is None:
        return False
    sv.numbers.take(n)
    st.last_force = force
    st.last_deploy_sentence = sv.s.idx
    _add(doc, sv, st, force, where, n, c.start, n.end, R.TROOPS_IN_PLACE_NUMBER)
    return True


def _nounless_after(doc: Document, sv: SentenceView, st: ArticleState, c: Cue) -> None:
    """A figure after its troop noun, told without one: "they want Iraq to expel the American
    soldiers, of whom there are roughly 2,500 at present", "kept its soldiers, and today there
    are still 2,500 in the country".  Its place follows it, or is the last country named before."""
    f, s = doc.folded, sv.s
    m = _NOUNLESS_AFTER.match(f, c.end, s.end)
    if m is None:
        return
    n = next((x for x in sv.nums if 0 <= x.start - m.end() <= 1), None)
    if n is None or n.ordinal or n.value < MIN_TROOPS or not sv.numbers.free(n):
        return
    if any(k.kind in (C.KILL, C.WOUND) and 0 <= k.start - n.end <= CASUALTY_AFTER for k in sv.cues):
        return  # "of whom 40 were wounded"
    # "U.S. soldiers" is an actor's name that holds the troop noun
    lo = next((t.start for t in sv.toks if t.actor is not None and t.start <= c.start < t.end), c.start)
    force = _force(doc, sv, lo, c.end)
    if force is None:
        return
    where, place_end = None, n.end
    if _NOUNLESS_TAIL.match(f, n.end):
        where, place_end = place_after(doc, sv.toks, n.end, s.end, max_gap=SECOND_FIGURE_PLACE)
        if where is None and (t := _THE_COUNTRY_AFTER.match(f, n.end, s.end)) is not None:
            where, place_end = _country_before(doc, s.idx, n.start, force), t.end()
    if where is None:
        where = _country_before(doc, s.idx, c.start, force, sentences=0)
    if where is None:
        return
    sv.numbers.take(n)
    st.last_force = force
    st.last_deploy_sentence = s.idx
    _add(doc, sv, st, force, where, n, n.start, place_end, R.FIGURE_AFTER_TROOP_NOUN)


def _elliptical_next(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """A figure in the next sentence without its noun: "It also has roughly 900 in Syria"."""
    f = doc.folded
    s = sv.s
    assert st.last_force is not None
    for n in sv.nums:
        if not sv.numbers.free(n) or n.ordinal or n.value < MIN_TROOPS:
            continue
        if _HAS_BEFORE.search(f, back_from(s.start, n.start, HAVE_LOOKBACK), n.start) and _SECOND_TAIL.match(f, n.end):
            where, end = place_after(doc, sv.toks, n.end, s.end, max_gap=SECOND_FIGURE_PLACE)
            if where is not None:
                sv.numbers.take(n)
                _add(doc, sv, st, st.last_force, where, n, n.start, end, R.ELLIPTICAL_NEXT_SENTENCE)


def _force(doc: Document, sv: SentenceView, lo: int, hi: int) -> str | None:
    """The force of a figure: the actor named with it ("900 US troops") or just before it,
    as its state (or the US-led side)."""
    toks = sv.toks
    inside = [t for t in toks if t.actor is not None and lo <= t.start < hi + 2]
    before = [t for t in toks if t.actor is not None and sv.s.start <= t.start and t.end <= lo
              and lo - t.end <= FORCE_LOOKBACK]
    cands = inside or before[-1:]
    if not cands and _ITS_BEFORE.search(doc.folded, back_from(sv.s.start, lo, 20), lo):
        # "the Pentagon ... plans to withdraw its roughly 2,500 troops"
        cands = [t for t in toks if t.actor is not None and sv.s.start <= t.start and t.end <= lo][-1:]
    if not cands:
        cands = _subject_force(sv, lo)
    if not cands:
        return None
    a = cands[-1].actor
    assert a is not None
    by_name = doc.g.actor_by_name
    while a.parent and a.kind != K.STATE and a.parent in by_name:
        a = by_name[a.parent]
    named = cands[-1].actor
    assert named is not None
    return a.name if a.kind == K.STATE or a.side == K.US_LED else named.name


def _subject_force(sv: SentenceView, lo: int) -> list[Tok]:
    """The sentence's subject as the force of a figure beyond the look-back: "US officials
    have long defended the presence of some 900 troops in Syria", "The Defense Department
    said it has no plans to withdraw 2,500 of its troops from Iraq".  Only an actor of the
    US-led side that opens the sentence, with no other actor up to the figure (not "US
    officials say the militias have 5,000 fighters ...")."""
    before = [t for t in sv.toks if t.actor is not None and sv.s.start <= t.start and t.end <= lo]
    if len(before) != 1 or before[0].start - sv.s.start > SUBJECT_START:
        return []
    a = before[0].actor
    return before if a is not None and a.side == K.US_LED else []


def _add(doc: Document, sv: SentenceView, st: ArticleState, force: str, country: str, n: Number,
         start: int, end: int, rule: str, qualifier: str | None = None) -> None:
    q = qualifier or n.qualifier
    # the same figure told again (a recap, a page that repeats its opening paragraphs) is one row,
    # with another qualifier too: "roughly 2,000 troops in Syria" then "2,000+ troops in Syria"
    if any(d[:3] == (force, country, n.value) for d in st.deployments):
        return
    st.deployments.append((force, country, n.value, q, rule, start, end, sv.s.idx))
