"""Places: the sites an anchor's attack hit and the countries it was in.

Read for each anchor by :mod:`.frames`, from the names of places in the words after it and,
for a passive or pronoun anchor or one with no place after it, before it ("In Syria, a drone
attack ...").  Not every place named near an attack is where it happened: a city that only
locates a site is no site of its own ("Harir airport in the city of Erbil"), nor is a compass
locator ("Jurf al-Sakhar, south of Baghdad"), the place an attack came from ("launched from
Syria"), a speaker's place ("officials in Baghdad said"), a border ("near the border with
Syria"), whose people were hit ("three United States service members"), a patron ("militias
linked to Iran"), the motive ("over Washington's complicity in ...") or another attack's place
("The attack comes days after ... near Kirkuk"), the city that locates a base ("Ain al-Asad Air
Base near Baghdad"), a war's name ("the Israel-Gaza war"), a news outlet's name ("the
al-Mayadeen channel"), a time zone ("shortly after 6:30 p.m. Baghdad time"), a diplomat's post ("the charge
d'affaires of the US Embassy"), or a country that is neither the attack's object nor right
after a locative preposition ("how deeply Iran is embedded", "deterrence against Iran").  A
town named as a base is its base ("the al-Shaddadi base", "the base located in the
town of al-Shaddadi"), and so is a field whose name without its kind names a base ("the US
outpost in the Conoco gas field"); "the province of Hasakah" is the governorate.

Reads the sentence view; writes the anchor's ``sites``, ``countries``, ``site_countries`` and
``admin1``.
"""

from __future__ import annotations

import re

from .._text import back_from, holds_any, name_key
from ..lookup import Place
from ..lookup import kinds as K
from ..lookup.vocab import CONDEMN_VERBS, SITE_NOUNS, key_words, words
from ..lookup.wordclasses import (AFFILIATION_PREPOSITIONS, BASE_OWNER_WORDS, BASE_PREPOSITIONS, BORDER_WORDS,
                                  COMPASS_WORDS, DEMONYM_COUNTRIES, DIPLOMAT_TITLES, DISTANCE_WORDS, FIELD_BASE_PREPOSITIONS,
                                  HOSTING_VERBS, INSTALLATION_PARTS, JUDGEMENT_VERBS, MOTIVE_NOUNS, ORIGIN_CROSSINGS,
                                  ORIGIN_PREPOSITIONS, OUTLET_NOUNS, PLACE_PREPOSITIONS, PROVENANCE_PHRASES,
                                  SITE_PREPOSITIONS,
                                  SPEAKER_PLACE_NOUNS, STATEMENT_VERBS, STRIKE_VERBS, TERRITORY_DEMONYMS,
                                  TERRITORY_NOUNS, TROOP_WORDS)
from .context import Document, SentenceView
from .model import Anchor, AnchorKind as A, Tok
from .phrases import ADJECTIVE_AFTER, ADJECTIVE_BEFORE, COMMA, other_attack


# Windows, in characters.
ORIGIN_LOOKBACK = 25      # "launched from Syria": the preposition before a place
SPEAKER_IN_LOOKBACK = 45  # "security sources based in the province of Anbar"
LOCATIVE_LOOKBACK = 40    # "In Syria, a drone attack ...": a place before the anchor
LOCATIVE_GAP = 40         # ... close to the anchor, or in the same phrase
COMPASS_LOOKBACK = 50     # "Jurf al-Sakhar, south of Baghdad", "80 km west of Iraq's northern city of Kirkuk"
OBJECT_GAP = 12           # "struck Iraq and Syria": a country right after the attack word is its object
LOCATOR_GAP = 45          # "Harir airport in the city of Erbil": a locator stands next to its site
DEMONYM_GAP = 30          # "warplanes bombed Iraqi and Syrian targets": the object right after the attack words
# DEMONYM_OBJECT: a country's adjective on the attack's object ("on Iraqi and Syrian targets",
# "struck Syrian military sites", "strikes against Iraqi militia positions"), right after the attack words
_DEMONYM_OBJECT = re.compile(
    rf"(?:\s(?:on|at|against|in|into|inside))?\s(?:an?\s|the\s|two\s|three\s|several\s)?"
    rf"(?P<d1>{words(TERRITORY_DEMONYMS)})(?:\s(?:and|or)\s(?P<d2>{words(TERRITORY_DEMONYMS)}))?"
    rf"\s(?:(?:militia|army|government|regime)\s)?{words(TERRITORY_NOUNS)}(?![\w\-])")
# MOTIVE: the words that open an attack's motive after it ("over Washington's complicity in")
_MOTIVE = re.compile(rf"\b{words(MOTIVE_NOUNS)}\b")
_MOTIVE_KEYS = key_words(MOTIVE_NOUNS)  # (a window without one of them holds no motive)
# AREA_AFTER: a place named as the area around it ("the Rmelan countryside", "the Rmelan area
# of Hasakah"; but "the so-called Green Village area inside Syria" is the base)
_AREA_AFTER = re.compile(r"\s(?:countryside|outskirts|environs|suburbs|hinterland|area\sof)(?![\w])")
# PROVINCE_OF: "the province of Hasakah", "Deir ez-Zor governorate of" names the governorate
PROVINCE_LOOKBACK = 20
_PROVINCE_OF = re.compile(r"\b(?:province|governorate)\sof\s$")
# PROVINCES_AFTER: "in Homs and Deir ez-Zor provinces": each name is a governorate
_PROVINCES_AFTER = re.compile(r"(?:\s(?:and|or)\s(?:al-)?[\w\-']{2,20}(?:\s[\w\-']{2,20})?)?\s(?:provinces|governorates)(?![\w])")
# REGION_AFTER: "in the Mayadin area of Syria's Deir ez-Zor region": a city named after its
# governorate, followed by "region", stands for the governorate (not a second site beside the town)
_REGION_AFTER = re.compile(r"\sregion(?![\w])")
# SPEAKER_IN: "officials in Baghdad", "security sources in the city of Erbil": a speaker's place
_SPEAKER_IN = re.compile(rf"\b{words(SPEAKER_PLACE_NOUNS)}\s(?:based\s)?in\s(?:the\s)?(?:city\sof\s|province\sof\s)?$")
# GROUP_IN: "militias operating in Syria and Iraq", "groups based in Iraq": where an armed group
# operates, not where its attack was (but "US forces stationed in Syria" are the target's place)
_GROUP_NOUN = r"(?:militias?|militants|groups?|factions?|fighters|proxies)"
_GROUP_IN = re.compile(rf"\b{_GROUP_NOUN}\s(?:operating|based|active)\s"
                       r"(?:in|across|inside|out\sof)\s(?:the\s)?(?:[\w\-']+(?:,\s|,?\s(?:and|or)\s)){0,3}(?:the\s)?$")
GROUP_IN_LOOKBACK = 70
# GROUP_STRUCK: the group of GROUP_IN is what the attack hit, so where it operates is the
# attack's place: "strikes on Friday against militias operating in Iraq and Syria", "US jets hit
# the Guards and militias active in Syria", "fighters based in Iraq were hit by US raids". The
# words between the attack and the group name no agent or origin ("an attack by militias
# operating in Iraq on a base in Syria" keeps the group's country out) and hold a preposition of
# the object, or the attack is an active verb whose object the group is.
_GROUP_OBJECT_PREP = re.compile(r"(?:^|\s)(?:against|on|targeting|at|of)\s")
_GROUP_AGENT_GAP = re.compile(r"(?:^|\s)(?:by|from|blamed?|after|before|since|and\swould)(?:\s|$)")
GROUP_OBJECT_GAP = 60  # characters between the attack and the struck group
# ITS_SOIL: the attack's object is a country named before, by a pronoun or "the country": "US
# air strikes on its soil" (after "Iraq condemned"), "a strike targeting militias in the country",
# "airstrikes on the country's territory". The country is the last one named before the attack,
# in its sentence or the few before it (THE_COUNTRY_SENTENCES), never the United States.
_ITS_SOIL = re.compile(r"(?:^|\s)(?:on|in|inside|within|into|against)\s(?:(?:its|the\scountry[\u2019']s)\s(?:own\s)?"
                       r"(?:soil|territory|territories|land)|the\scountry)(?![\w\-'\u2019])")
# HOST_DEMONYM: a host state's adjective as that country ("the Iraqi premier's office said ...");
# not before a force or aircraft ("Israeli warplanes struck inside its territory": the attacker)
_HOST_DEMONYM = re.compile(rf"\b({words(TERRITORY_DEMONYMS)})\b"
                           r"(?!\s(?:[\w\-]+\s)?(?:warplanes|jets|aircraft|forces|army|military|troops|drones?|fighters?)\b)")
ITS_SOIL_GAP = 60  # characters between the attack and "on its soil"
THE_COUNTRY_SENTENCES = 2  # "on its soil": the country named at most this many sentences before
# BLAME_BEFORE: "blamed the attack on militias based in Iraq": the attack's doer, not its object
_BLAME_BEFORE = re.compile(r"\b(?:blam\w*|attribut\w*|pinned|accus\w*)\s(?:[\w\-']+\s){0,4}$")
# BY_GROUP_IN: the attack's agent, an armed group, and "in" right before the place ("a drone strike
# by a Tehran-aligned faction in Iraq killed two soldiers", "rockets fired by a faction in
# Syria"): where the attacker is, not where its attack was.  The words between are the agent's
# own, never a preposition of the object: "strikes by the US against militias in Iraq and Syria"
# were in Iraq (the agent is the US, the militias are struck)
_BY_GROUP_IN = re.compile(rf"\bby\s(?:an?\s|the\s)?(?:(?!(?:against|on|at|targeting)\s)[\w\-]+\s){{0,2}}"
                          rf"{_GROUP_NOUN}\sin\s(?:the\s)?$")
BY_GROUP_LOOKBACK = 60
# AGENT_GAP: between an attack and its agent's "by", nothing or its participle ("a drone attack by",
# "rockets fired by", "strikes carried out by")
_AGENT_GAP = re.compile(r"\s(?:[a-z]+ed\s|carried\sout\s)?")
# LIST_GAP: what stands between two members of a list of places ("Sinjar, Mosul, the Nineveh
# Plains, and Kirkuk"): the rest of a name, other names of the list
_LIST_GAP = re.compile(r"(?:\s[\w\-]+){0,2}(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)(?:(?:the\s)?[\w\-]+(?:\s[\w\-]+){0,2},\s(?:and\s)?){0,3}(?:the\s)?")
# DISTANCE_BEFORE: "a few kilometers from Ain al-Asad", "2 km away from the embassy": a locator
DISTANCE_LOOKBACK = 25
_DISTANCE_BEFORE = re.compile(rf"\b{words(DISTANCE_WORDS)}\s(?:away\s)?$")
# FROM: the place an attack came from: "from Syria", "from the Iraqi town of Zummar", "from Iraq's town of Zummar"
_CROSSINGS = dict(ORIGIN_CROSSINGS)
_FROM = re.compile(rf"(?:^|\s){words(ORIGIN_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-'\u2019]+\s){{0,3}}$")
# BASES_AFTER: a town named as a base: "the al-Shaddadi and Rukban bases" (a town has a base
# of its name in the gazetteer: "al-Shaddadi" / "al-Shaddadi base"), also past whose base it is
# ("the Hasakah US military base")
_BASES_AFTER = re.compile(rf"(?:\s(?:and|&)\s[\w\-']+(?:\s[\w\-']+)?)?(?:\s{words(BASE_OWNER_WORDS)}){{0,2}}"
                          rf"\s{words(SITE_NOUNS)}\b")
# BASES_BEFORE: ... or "US bases in al-Shadadi", "the base located in the town of al-Shaddadi",
# "a base, situated in the Shaddadi area", "an outpost at the Conoco gas field", "a base hosting
# coalition troops at the gas field", or a later member of a list of them ("bases at the Omar
# field and al-Shaddadi") (the article may stand outside the name), past a hyphened participle
# of who holds the place ("a base located in the US-held Conoco field")
_BASES_BEFORE = re.compile(rf"{words(SITE_NOUNS)},?\s(?:\w+\s|{words(HOSTING_VERBS)}\s(?:[\w\-.]+\s){{1,4}})?"
                           rf"{words(BASE_PREPOSITIONS)}\s(?:the\s)?(?:[\w]+-[a-z]+\s)?(?:(?:town|city|village)\sof\s)?"
                           rf"(?:[\w\-]+(?:\s[\w\-]+){{0,2}}(?:,\s|,?\s(?:and|or)\s)(?:the\s)?)?(?:a[ln][\-\s])?$")
BASES_LOOKBACK = 75
# BASE_NEAR_FIELD: "an American base close to the Conoco field", "the coalition base next to
# the Conoco field": a base by a field is the field's base (FIELD_BASE_PREPOSITIONS)
_BASE_NEAR_FIELD = re.compile(rf"{words(SITE_NOUNS)}\s{words(FIELD_BASE_PREPOSITIONS)}\s(?:the\s)?$")
#: the name of a town's base in the gazetteer: "al-Shaddadi" -> "al-Shaddadi base"
BASE_OF_TOWN = "{} base"
#: the kinds of place that may host a base of the gazetteer (a town, a gas or oil field)
HOST_KINDS = (K.TOWN, K.CITY) + K.FIELD_KINDS
_SITE_BEFORE = re.compile(rf"{words(SITE_NOUNS)}\s(?:\w+\s)?{words(SITE_PREPOSITIONS)}\s$")
# COUNTRY_PREP: right before a country, a locative preposition, past a list's earlier members and a
# compass adjective ("in Iraq and Syria", "in Iraq, Syria and Jordan", "in eastern Syria"; "in both
# Iraq and Syria" names the two as well)
_COUNTRY_PREP = re.compile(r"(?:^|\s)(?:in|at|inside|on|into|across|over|throughout|within)\s(?:the\s|both\s)?"
                           r"(?:[\w\-']+(?:,\s|,?\s(?:and|or)\s)){0,4}(?:the\s)?(?:[a-z\-]+ern\s)?$")
# BY_AGAINST: a country after the attacker's phrase and "against" is the attack's object ("a
# surprise attack by Hamas and other armed factions against Israel"), however long the attacker's name
_BY_AGAINST = re.compile(r"\s(?:by|from)\s(?:[\w\-'\u2019]+,?\s){1,8}against\s(?:the\s)?")
_LOC_PREP = re.compile(rf"(?:^|\s)(?:{words(PLACE_PREPOSITIONS)}|{words(INSTALLATION_PARTS)}\sof)\s(?:the\s)?"
                       rf"(?:[\w\-\"']+\s){{0,4}}$")
# AFFILIATED: a country after "used by", "linked to": a patron, not where the attack was; after
# "made in": the weapon's maker
_AFFILIATED = re.compile(rf"(?:^|\s){words(AFFILIATION_PREPOSITIONS + PROVENANCE_PHRASES)}\s(?:the\s)?$")
_BORDER = re.compile(rf"{words(BORDER_WORDS)}\s(?:the\s)?$")
_BORDER_AFTER = re.compile(r"\s(?:border|frontier)s?\b")   # "near the Syria border"
_DASH_ACTOR = re.compile(r"\s?[\-\u2013]\s?")   # "the Israel-Hamas war": a war named by its sides
_POSSESSIVE = re.compile(r"['\u2019]s\s")
AFFILIATION_LOOKBACK = 22  # "affiliated with the United States"
# COMPASS_OF: "south of Baghdad", "west of the capital Baghdad"
# (past the country whose city it is and a compass adjective: "west of Iraq's northern city of")
_COMPASS_OF = re.compile(rf"{words(COMPASS_WORDS)}(?:ern)?\s(?:of|from)\s(?:the\s)?(?:[\w\-]+['\u2019]s\s)?(?:[a-z\-]+ern\s)?"
                         rf"(?:capital\s|city\sof\s|town\sof\s)?$")
# STRIKE_WORD: a strike verb between "from" and a place ("launched from Iraq hit Tower 22"):
# the place is the target, not the origin
_STRIKE_WORD = re.compile(rf"\s{words(STRIKE_VERBS)}\s")
# PEOPLE_AFTER: a country naming whose people they are ("United States service members")
_PEOPLE_AFTER = re.compile(rf"\s(?:{words(TROOP_WORDS)[3:-1]}|service\s?members?|servicemen|troops?|citizens|contractors)\b")
# NEAR: between a base and the city that locates it ("Ain al-Asad Air Base near Baghdad",
# "Harir base, near the city of Erbil")
_NEAR = re.compile(r",?\s(?:located\s|situated\s)?(?:near|outside|close\sto)\s(?:the\s)?(?:city\sof\s|capital\s|town\sof\s)?")
NEAR_GAP = 35
# SITE_LOCATOR: between a named base and the field or airport that locates it, a few words of
# its own at most, never "and" or "or" ("the Green Village base at the al-Omar oil field", "the
# Harir base of the US forces near Erbil airport"; but "Harir base and Erbil airport" are two)
_SITE_LOCATOR = re.compile(r",?\s(?:(?!(?:and|or|as)\s)[\w\-'\u2019]+\s){0,6}?(?:located\s|situated\s)?"
                           r"(?:at|in|inside|near|outside|close\sto)\s(?:the\s)?")
SITE_LOCATOR_GAP = 60
#: The kinds of site that locate a base named before them (a base is never such a locator).
LOCATOR_SITE_KINDS = (*K.FIELD_KINDS, "airport")
# WAR_AFTER / WAR_END: a place that names a war, as its first side ("the Israel-Gaza war",
# "the Gaza war") or its second ("Israel-Gaza war")
_WAR_AFTER = re.compile(r"(?:[\-\u2013][\w']+)?\s(?:war|conflict)\b")
_WAR_END = re.compile(r"\s(?:war|conflict)\b")
# POST_OF: a diplomat named by the embassy that is their post ("the charge d'affaires of the US
# Embassy in Baghdad", "the ambassador at the embassy"): no place of an attack
_POST_OF = re.compile(rf"\b{words(DIPLOMAT_TITLES)}\s(?:of|at|from)\s(?:the\s)?$")
_POST_KEYS = key_words(DIPLOMAT_TITLES)
POST_OF_LOOKBACK = 30
# CLOCK_AFTER: a city naming a time zone ("6:30 p.m. Baghdad time")
_CLOCK_AFTER = re.compile(r"\s(?:local\s)?time\b")
# OUTLET_AFTER: a place name that names a news outlet ("the al-Mayadeen channel", "Baghdad Today
# news agency", "the Erbil-based Rudaw network" is no outlet of the town's name)
_OUTLET_AFTER = re.compile(rf"(?:\s(?:today|news|al-\w+))?\s{words(OUTLET_NOUNS)}\b")
_COORDINATED = re.compile(r"\s(?:and|or|as\swell\sas)\s")   # "al-Shaddadi and Rumalyn": two sites
# CITY_SPEAKS: a city right before a verb of speech or judgement speaks for its government ("which
# Damascus called a breach of its sovereignty", "Baghdad on Sunday said"): no place of the attack
# (but "a strike in Baghdad said to have killed two" keeps its place: a preposition before it)
_CITY_SPEAKS = re.compile(rf"\s(?:on\s\w+day\s)?(?:has\s|had\s)?"
                          rf"(?:{words(STATEMENT_VERBS + CONDEMN_VERBS + JUDGEMENT_VERBS)[3:-1]})\b")
# HELD_TO_ACCOUNT: after a country with no place preposition before it, what makes it the side
# held to account for an attack, not its place ("urged him to punish Iran for the drone strike",
# "to hit Tehran hard over the attack", "accusations that Iran was behind the attack")
# (not "for" or "over" a time: "raids on Yemen and Syria over the weekend")
_HELD_TO_ACCOUNT = re.compile(r"\s(?:(?:hard|directly|responsible|accountable|fully|partly|ultimately)\s){0,2}(?:for|over)\s"
                              r"(?!(?:the\s|a\s)?(?:weekend|past|last|next|first|second|third|hours?|days?|weeks?|months?|years?|night|time)\b)"
                              r"|\s(?:was|is|were|had\sbeen|has\sbeen)\s(?:not\s|also\s)?(?:behind|responsible)\b")
_PREP_RIGHT_BEFORE = re.compile(rf"(?:^|\s){words(PLACE_PREPOSITIONS)}\s(?:the\s)?$")


def is_origin(doc: Document, lo: int, t: Tok) -> bool:
    """Whether place *t* (in a sentence starting at *lo*) is where an attack came from ("fired
    from Iraq's town of Zummar"), not where it hit ("launched from Iraq hit Tower 22")."""
    f = doc.folded
    lo = back_from(lo, t.start, ORIGIN_LOOKBACK)
    if "from" not in f[lo:t.start]:
        return False
    m = _FROM.search(f, lo, t.start)
    return m is not None and not _STRIKE_WORD.search(f, m.start(), t.start) \
        and not _DISTANCE_BEFORE.search(f, back_from(lo, m.start(), DISTANCE_LOOKBACK), m.start() + 1)


def _country_before(doc: Document, idx: int, pos: int, a: Anchor) -> str | None:
    """The country of the last place named before *pos* in sentence *idx* or the few before it
    ("on its soil", "in the country"); never the United States nor the attacker's own state."""
    own = {"United States", a.perp.country if a.perp is not None else None}
    for k in range(idx, max(-1, idx - 1 - THE_COUNTRY_SENTENCES), -1):
        lo = doc.sentences[k].start
        hi = pos if k == idx else doc.sentences[k].end
        # a host state's adjective counts too ("the Iraqi premier's office said a strike ... in the
        # country"), when it comes after the last place named
        dem = None
        for m in _HOST_DEMONYM.finditer(doc.folded, lo, hi):
            dem = m
        for t in doc.s_toks[k][::-1]:
            if t.place is None or t.end > hi:
                continue
            where = t.place.name if t.place.kind == K.COUNTRY else t.place.country
            if where and where not in own:
                if dem is not None and dem.start() > t.end:
                    return DEMONYM_COUNTRIES[dem.group(1)]
                return where
        if dem is not None:
            return DEMONYM_COUNTRIES[dem.group(1)]
    return None


def _group_struck(doc: Document, a: Anchor, g: int) -> bool:
    """Whether the armed group named at *g* (before "operating / based / active in") is what
    anchor *a* hit: after the attack as its object ("strikes against militias operating in
    Syria"), or before a passive attack as its subject ("groups based in Iraq were hit by")."""
    f = doc.folded
    if g >= a.end:
        gap = f[a.end:g]
        if len(gap) > GROUP_OBJECT_GAP or doc.brk(a.end, g) or _GROUP_AGENT_GAP.search(gap):
            return False
        if _BLAME_BEFORE.search(f, back_from(0, a.start, 40), a.start):
            return False  # "blamed the attack on militias based in Iraq"
        return bool(_GROUP_OBJECT_PREP.search(gap)) or (a.kind in (A.VERB, A.MUNITION) and not a.passive)
    return a.passive and a.start - g <= GROUP_OBJECT_GAP and not doc.brk(g, a.start)


def places(doc: Document, sv: SentenceView, a: Anchor, fwd: list[Tok], back: list[Tok]) -> None:
    """The sites and countries of anchor *a*."""
    f = doc.folded
    s = sv.s
    cands: list[tuple[Tok, bool]] = []  # (a place, whether it is a site object: "bases in Syria")
    origin_end = -1  # the end of the last place that is an attack's origin ("launched from Syria")
    origins: list[Tok] = []
    # (read only for a place after the anchor: most segments after an anchor name none)
    fwd_place = any(t.place is not None for t in fwd)
    motive = _MOTIVE.search(f, a.end, fwd[-1].start) \
        if fwd_place and holds_any(f, _MOTIVE_KEYS, a.end, fwd[-1].start) else None
    other = other_attack(f, a.end, fwd[-1].start) if fwd_place else None
    for t in fwd:
        if t.place is None:
            continue
        if motive is not None and motive.end() <= t.start and not doc.brk(motive.end(), t.start):
            continue  # "a drone strike over US complicity in the war on Gaza": the motive
        if other is not None and other.end() <= t.start:
            break  # "The attack comes days after a US drone killed five ... near Kirkuk": that attack's
        lo = back_from(s.start, t.start, ORIGIN_LOOKBACK)
        if is_origin(doc, s.start, t) or (origin_end >= 0 and _LIST_GAP.fullmatch(f, origin_end, t.start)):
            origin_end = t.end  # "from Mosul, Sinjar and Kirkuk": all origins
            origins.append(t)
            continue
        origin_end = -1
        if t.place.kind == K.COUNTRY and t.start - a.end > OBJECT_GAP and \
                not _COUNTRY_PREP.search(f, back_from(s.start, t.start, LOCATIVE_LOOKBACK), t.start) and \
                not _BY_AGAINST.fullmatch(f, a.end, t.start):
            continue  # "Friday's strikes show how deeply Iran is embedded", "targeting Iran and its
            # proxies", "an effort to establish deterrence against Iran": a country that is no object
            # of the attack nor right after "in", "on", "at" (or in a list after one) is no place
        site_obj = f.endswith(SITE_PREPOSITIONS, lo, t.start - 1) and bool(_SITE_BEFORE.search(f, lo, t.start))
        cands.append((_base_of_town(doc, t, site_obj), site_obj))
    # "in retaliation for the Tower 22 attack": a place that modifies the attack noun right before
    # it is the attack's own; a place further back ("struck facilities in al-Qaim") is another clause's
    modifier = [t for t in back if t.place is not None and 0 <= a.left - t.end <= 1] \
        if a.kind == A.NP and not cands and not a.passive and not a.anaphoric else []
    if modifier:
        cands.append((_base_of_town(doc, modifier[-1], False), False))
    elif a.passive or a.anaphoric or (not cands and a.kind != A.KILL):
        for t in back:
            if t.place is not None and (a.passive or a.anaphoric or (
                    # "In Syria, a drone attack ...", not a place several clauses back
                    _LOC_PREP.search(f, back_from(a.seg_start, t.start, LOCATIVE_LOOKBACK), t.start)
                    and (a.left - t.end <= LOCATIVE_GAP or not COMMA.search(f, t.end, a.left)))):
                cands.append((_base_of_town(doc, t, False), False))  # "the facility in al-Shaddadi ... was targeted"
    if a.anaphoric:
        for t in sv.toks:
            if t.place is not None and t not in [c[0] for c in cands]:
                cands.append((t, False))
    placed: list[tuple[Tok, bool]] = []
    actor_starts: set[int] | None = None  # (made for the first country)
    # (the governorate first, so that "the Mayadin area of the Deir ez-Zor region" keeps its town)
    cands = [(_province_of(doc, t), so) for t, so in cands]
    for t, so in cands:
        if f.startswith("-", t.end) and ADJECTIVE_AFTER.match(f, t.end):
            continue  # "Iran-linked sites" is no place
        if f.startswith("-", t.start - 1) and ADJECTIVE_BEFORE.search(f, back_from(s.start, t.start, 6), t.start):
            continue  # nor "pro-Iran depots"
        if t.place is not None and t.place.kind == K.COUNTRY:
            if _AFFILIATED.search(f, back_from(s.start, t.start, AFFILIATION_LOOKBACK), t.start):
                continue  # "a base used by the United States", "militias linked to Iran"
            m = _POSSESSIVE.match(f, t.end) or _DASH_ACTOR.match(f, t.end)
            if m is not None:
                if actor_starts is None:
                    actor_starts = {x.start for x in sv.actor_toks}
                if m.end() in actor_starts:
                    continue  # "Iran's Revolutionary Guard Corps", "the Israel-Hamas war": no place
            if _BORDER.search(f, back_from(s.start, t.start, AFFILIATION_LOOKBACK), t.start) or _BORDER_AFTER.match(f, t.end):
                continue  # "near the border with Syria", "near the Syria border" only locate
            if _PEOPLE_AFTER.match(f, t.end):
                continue  # "three United States service members": whose people, not where
        if t.place is not None and t.place.kind in (K.CITY, K.TOWN) and any(
                u.place is not None and u.place.is_site and u.place.kind not in (K.CITY, K.TOWN)
                and 0 <= t.start - u.end <= NEAR_GAP and _NEAR.fullmatch(f, u.end, t.start) for u, _ in cands):
            continue  # "the Ain al-Asad Air Base near Baghdad": the city locates the base
        if t.place is not None and t.place.kind in LOCATOR_SITE_KINDS and any(
                u.place is not None and u.place.kind == K.BASE and 0 <= t.start - u.end <= SITE_LOCATOR_GAP
                and _SITE_LOCATOR.fullmatch(f, u.end, t.start) for u, _ in cands):
            continue  # "the Green Village base at the al-Omar oil field": the field locates the base
        if _WAR_AFTER.match(f, t.end) or (f.startswith(("-", "\u2013"), t.start - 1) and _WAR_END.match(f, t.end)):
            continue  # "dragged into the Israel-Gaza war", "the Gaza war": a war's name, no place of the attack
        p_lo = back_from(s.start, t.start, POST_OF_LOOKBACK)
        if holds_any(f, _POST_KEYS, p_lo, t.start) and _POST_OF.search(f, p_lo, t.start):
            continue  # "will summon the charge d'affaires of the US Embassy in Baghdad": a diplomat's post
        if t.place is not None and t.place.kind == K.CITY and _CITY_SPEAKS.match(f, t.end) and \
                not _PREP_RIGHT_BEFORE.search(f, back_from(s.start, t.start, 10), t.start):
            continue  # "which Baghdad considered a violation", "Damascus said": the government speaks
        if t.place is not None and t.place.kind == K.COUNTRY and _HELD_TO_ACCOUNT.match(f, t.end) and \
                not _PREP_RIGHT_BEFORE.search(f, back_from(s.start, t.start, 10), t.start):
            continue  # "to punish Iran for the drone strike": the side held to account, no place
        if _CLOCK_AFTER.match(f, t.end):
            continue  # "launched shortly after 6:30 p.m. Baghdad time": a clock's time zone, no place
        if _OUTLET_AFTER.match(f, t.end):
            continue  # "the Lebanese al-Mayadeen channel reported": a news outlet named after a town
        if _AREA_AFTER.match(f, t.end) and any(u is not t and u.place is not None and u.place.is_site for u, _ in cands):
            continue  # "Khirab al-Jir in the Rmelan countryside": the town's area only locates the base
        if " in " in f[back_from(s.start, t.start, SPEAKER_IN_LOOKBACK):t.start] and \
                _SPEAKER_IN.search(f, back_from(s.start, t.start, SPEAKER_IN_LOOKBACK), t.start):
            continue  # "officials in Baghdad and Washington said": where they speak
        g_lo = back_from(s.start, t.start, GROUP_IN_LOOKBACK)
        g_w = f[g_lo:t.start]
        if ("operating" in g_w or "based" in g_w or "active" in g_w) and \
                (m := _GROUP_IN.search(f, g_lo, t.start)) is not None and not _group_struck(doc, a, m.start()):
            continue  # "carried out by militias operating in Syria and Iraq": where the attacker is
        if "by " in f[back_from(s.start, t.start, BY_GROUP_LOOKBACK):t.start] and \
                (m := _BY_GROUP_IN.search(f, back_from(s.start, t.start, BY_GROUP_LOOKBACK), t.start)) is not None \
                and _AGENT_GAP.fullmatch(f, a.end, m.start()):
            # "a drone strike by a Tehran-aligned faction in Iraq killed two soldiers": where the
            # attacker is (the agent of the attack itself; "strikes on bases used by groups in
            # Syria" are in Syria). (Read after the places before the attack were passed over: read
            # with them, a dev article's place of an apposition, nearer than the base named
            # before it, was taken instead of the base.)
            continue
        lo = back_from(s.start, t.start, COMPASS_LOOKBACK)
        if (" of " in (c_w := f[lo:t.start]) or " from " in c_w) and \
                _COMPASS_OF.search(f, lo, t.start):
            continue  # "Jurf al-Nasr, south of Baghdad": a compass locator is no site
        placed.append((t, so))
    sites = list(a.sites)
    spans: dict[str, tuple[int, int]] = {}
    areas: list[tuple[Tok, bool]] = []
    for t, so in placed:
        assert t.place is not None
        if not t.place.is_site:
            areas.append((t, so))
        elif t.place not in sites:
            sites.append(t.place)
            spans[t.place.name] = (t.start, t.end)
    # a city or province that only locates a site ("Harir airport in the city of Erbil",
    # "Baghdad's Mashtal district") is not a site of its own; "al-Shaddadi and Rumalyn" are two
    kept = []
    for p in sites:
        rank = K.LOCATOR_RANK.get(p.kind, K.SITE_RANK)
        area = p.admin1 or p.country  # (a city of a country whose provinces are not in the table: its country)
        if rank < K.SITE_RANK and area:
            for q in sites:
                if q is not p and K.LOCATOR_RANK.get(q.kind, K.SITE_RANK) > rank and (q.admin1 or q.country) == area \
                        and locates(doc, spans.get(p.name), spans.get(q.name)):
                    break  # p locates q
            else:
                kept.append(p)
        else:
            kept.append(p)
    a.sites = kept
    covered: set[str | None] = set()
    for p in kept:
        covered.add(p.country)
    for t, site_obj in areas:
        assert t.place is not None
        p = t.place
        if p.kind == K.ADMIN1:
            country = p.country
            if not kept and a.admin1 is None:
                a.admin1 = p.admin1
        else:
            country = p.country or p.name
        if country is None or country in covered:
            continue
        if site_obj and kept:
            a.site_countries.append(country)
            covered.add(country)
        elif country not in a.countries:
            a.countries.append(country)
    if not kept and not a.countries and not a.site_countries and not origins and \
            (m := _DEMONYM_OBJECT.search(f, a.end, min(a.end + DEMONYM_GAP + 40, a.seg_end))) is not None and \
            m.start("d1") - a.end <= DEMONYM_GAP and not doc.brk(a.end, m.start()):
        # "launched airstrikes on Iraqi and Syrian targets": no place named, the object's countries
        a.countries.extend(DEMONYM_COUNTRIES[m.group(g)] for g in ("d1", "d2") if m.group(g))
    if not kept and not a.countries and not a.site_countries and not origins and \
            (m := _ITS_SOIL.search(f, a.end, min(a.end + ITS_SOIL_GAP + 30, a.seg_end))) is not None and \
            m.start() - a.end <= ITS_SOIL_GAP and not doc.brk(a.end, m.start()) and \
            (c := _country_before(doc, s.idx, a.start, a)) is not None:
        a.countries.append(c)  # "Iraq condemned US air strikes on its soil": Iraq
    if origins and not a.sites and not a.countries and not a.site_countries:
        # "the October assault from Gaza": the country it crossed into
        crossed = [_CROSSINGS[o.place.country] for o in origins
                   if o.place is not None and o.place.country in _CROSSINGS]
        if crossed:
            a.countries.append(crossed[0])


def _province_of(doc: Document, t: Tok) -> Tok:
    """The governorate a city's name stands for after "province of" or before "provinces" ("the
    northeastern province of Hasakah", "in Deir ez-Zor and Hasakah provinces" are governorates,
    not the cities), or before "region" when the city bears its governorate's name ("a town in
    the Raqqa region"); else the token as it is."""
    p = t.place
    f = doc.folded
    if p is None or p.kind not in (K.TOWN, K.CITY) or p.admin1 is None or not (
            _PROVINCE_OF.search(f, back_from(0, t.start, PROVINCE_LOOKBACK), t.start) or _PROVINCES_AFTER.match(f, t.end)
            or (p.name == p.admin1 and _REGION_AFTER.match(f, t.end))):
        return t
    for q in doc.g.place_by_name.values():
        if q.kind == K.ADMIN1 and q.admin1 == p.admin1 and q.country == p.country:
            return t._replace(place=q)
    return t


def _base_of_town(doc: Document, t: Tok, site_obj: bool) -> Tok:
    """The base a town's name stands for where the text calls it a base ("US bases in
    al-Shaddadi", "the Ash Shaddadi and Rukban bases"), when the gazetteer has a base of that
    name; likewise a field whose name without its kind names a base ("a coalition outpost in the
    Conoco gas field": "Conoco" is the mission support site; "al-Omar" names the field
    itself, whose base the gazetteer does not tell apart); else the token as it is."""
    p = t.place
    if p is None or p.kind not in HOST_KINDS:
        return t
    base = _host_base(doc, p)
    f = doc.folded
    if base is None or not (site_obj or _BASES_AFTER.match(f, t.end) or _BASES_BEFORE.search(
            f, back_from(0, t.start, BASES_LOOKBACK), t.start) or (
            p.kind in K.FIELD_KINDS and _BASE_NEAR_FIELD.search(f, back_from(0, t.start, BASES_LOOKBACK), t.start))):
        return t
    return t._replace(place=base)


def _host_base(doc: Document, p: Place) -> Place | None:
    """The base of town or field *p* in the gazetteer: "al-Shaddadi base" for the town, the
    base that the field's name without its kind names ("Conoco" for "Conoco gas field")."""
    if p.kind in (K.TOWN, K.CITY):
        return doc.g.place_by_name.get(BASE_OF_TOWN.format(p.name))
    if not p.name.endswith(p.kind):
        return None
    q = doc.g.places.get(name_key(p.name[:-len(p.kind)]))
    return q if q is not None and q.kind == K.BASE else None


def locates(doc: Document, p: tuple[int, int] | None, q: tuple[int, int] | None) -> bool:
    """Whether the place at span *p* stands next to the site at *q* as its locator
    (not coordinated with it by "and")."""
    if p is None or q is None:
        return True  # a site from the noun phrase itself
    lo, hi = (q[1], p[0]) if q[1] <= p[0] else (p[1], q[0])
    return hi - lo <= LOCATOR_GAP and not _COORDINATED.search(doc.folded, lo, hi)
