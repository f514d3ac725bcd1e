"""Frames: who attacked what, where and when, read around each anchor.

For each anchor the words after it (up to the next anchor, or a speech verb that reports
it) and before it (back to the previous anchor) are read for:

- places: the sites it hit and the countries it was in ("a drone attack on Ain al-Asad in
  western Iraq"); a city that only locates a site is no site of its own ("Harir airport in
  the city of Erbil"), nor a compass locator ("Jurf al-Sakhar, south of Baghdad"), nor the
  place an attack came from;
- the target: an actor after "on / against / at" ("an attack on US forces"), the subject of
  a passive verb ("US forces were attacked"), the victims of a killing;
- the perpetrator: a modifier ("a US air strike", read by :mod:`.anchors`), the subject
  ("militias launched two attacks"), "the US military said it carried out a strike", a
  blamed actor ("officials blamed Kataib Hezbollah for the attack") or "by ACTOR";
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

from ..lookup import Actor
from ..lookup import kinds as K
from ..lookup.vocab import (AFFILIATION_PREPOSITIONS, AFFILIATION_SUFFIXES, AGENT_PARTICIPLES, ATTRIBUTION_VERBS, BORDER_WORDS, ATTACKER_VERBS,
                            COMPASS_WORDS, DATE_MODIFIER_BREAKS, EARLIER_ATTACK_CUES, MOTIVE_NOUNS, NOT_TARGET_VERBS, ORIGIN_PREPOSITIONS, SPEAKER_PLACE_NOUNS,
                            PLACE_PREPOSITIONS, SELF_REFERENCES, SITE_NOUNS, SITE_PREPOSITIONS,
                            STATEMENT_VERBS, STRIKE_VERBS, SUBJECT_BLOCKERS, TARGET_COUNT_NOUNS, TARGET_PREPOSITIONS, TROOP_WORDS,
                            words)
from .context import ArticleState, Document, SentenceView
from .elsewhere import dateline_city
from .model import REPORTING, Anchor, AnchorKind as A, CueKind as C, Tok
from .phrases import COMMA, TIMES_AFTER, VICTIM, statement_day
from .speakers import military_of, negated_speech, pronoun_subject, speaker_before, speaker_toks

_START = attrgetter("start")

# Windows, in characters.
ORIGIN_LOOKBACK = 25      # "launched from Syria": the preposition before a place
SPEAKER_IN_LOOKBACK = 45  # "security sources based in the province of Anbar"
LOCATIVE_LOOKBACK = 40    # "In Syria, a drone attack ...": a place before the anchor
LOCATIVE_GAP = 40         # ... close to the anchor, or in the same phrase
COMPASS_LOOKBACK = 25     # "Jurf al-Sakhar, south of Baghdad"
LOCATOR_GAP = 45          # "Harir airport in the city of Erbil": a locator stands next to its site
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
TARGET_COUNT_GAP = 12     # "targeted two US bases"
TIMES_SPAN = 45           # "attacked Harir four times"
DATE_BEFORE_SLACK = 2     # a date ending right at the noun ("Sunday's attack")
SINCE_LOOKBACK = 7        # "since October 17" starts a tally, dates no attack

# FROM: the place an attack came from: "from Syria", "from the Iraqi town of Zummar"
# MOTIVE: the words that open an attack's motive after it ("over Washington's complicity in")
_MOTIVE = re.compile(rf"\b{words(MOTIVE_NOUNS)}\b")
# OTHER_ATTACK: "The attack comes days after ... near Kirkuk": the place belongs to that attack
_OTHER_ATTACK = re.compile(rf"\b{words(EARLIER_ATTACK_CUES)}\b")
# AREA_AFTER: a place named as the area around it ("the Rmelan countryside", "the Rmelan area
# of Hasakah"; but "the so-called Green Village area inside Syria" is the base)
_AREA_AFTER = re.compile(r"\s(?:countryside|outskirts|environs|suburbs|hinterland|area\sof)(?![\w])")
# PROVINCE_OF: "the province of Hasakah", "Deir ez-Zor governorate of" names the governorate
PROVINCE_LOOKBACK = 20
_PROVINCE_OF = re.compile(r"\b(?:province|governorate)\sof\s$")
# PROVINCES_AFTER: "in Deir ez-Zor and al-Hasakah provinces": each name is a governorate
_PROVINCES_AFTER = re.compile(r"(?:\s(?:and|or)\s(?:al-)?[\w\-']{2,20}(?:\s[\w\-']{2,20})?)?\s(?:provinces|governorates)(?![\w])")
# SPEAKER_IN: "officials in Baghdad", "security sources in the city of Erbil": a speaker's place
_SPEAKER_IN = re.compile(rf"\b{words(SPEAKER_PLACE_NOUNS)}\s(?:based\s)?in\s(?:the\s)?(?:city\sof\s|province\sof\s)?$")
# LIST_GAP: what stands between two members of a list of places ("Sinjar, Mosul, the Nineveh
# Plains, and Kirkuk"): the rest of a name, other names of the list
_LIST_GAP = re.compile(r"(?:\s[\w\-]+){0,2}(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)(?:(?:the\s)?[\w\-]+(?:\s[\w\-]+){0,2},\s(?:and\s)?){0,3}(?:the\s)?")
_FROM = re.compile(rf"(?:^|\s){words(ORIGIN_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-]+\s){{0,3}}$")
# BASES_AFTER: a town named as a base: "the al-Shaddadi and Rukban bases" (a town has a base
# of its name in the gazetteer: "al-Shaddadi" / "al-Shaddadi base")
_BASES_AFTER = re.compile(rf"(?:\s(?:and|&)\s[\w\-']+(?:\s[\w\-']+)?)?\s{words(SITE_NOUNS)}\b")
# BASES_BEFORE: ... or "US bases in al-Shadadi" (the article may stand outside the name)
_BASES_BEFORE = re.compile(rf"{words(SITE_NOUNS)}\s(?:\w+\s)?{words(SITE_PREPOSITIONS)}\s(?:the\s)?(?:a[ln][\-\s])?$")
BASES_LOOKBACK = 30
#: the name of a town's base in the gazetteer: "al-Shaddadi" -> "al-Shaddadi base"
BASE_OF_TOWN = "{} base"
_SITE_BEFORE = re.compile(rf"{words(SITE_NOUNS)}\s(?:\w+\s)?{words(SITE_PREPOSITIONS)}\s$")
_LOC_PREP = re.compile(rf"(?:^|\s){words(PLACE_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-\"']+\s){{0,4}}$")
_ADJECTIVE_AFTER = re.compile(rf"-{words(AFFILIATION_SUFFIXES)}\b")
# AFFILIATED: a country after "used by", "linked to": a patron, not where the attack was
_AFFILIATED = re.compile(rf"(?:^|\s){words(AFFILIATION_PREPOSITIONS)}\s(?:the\s)?$")
_BORDER = re.compile(rf"{words(BORDER_WORDS)}\s(?:the\s)?$")
_BORDER_AFTER = re.compile(r"\s(?:border|frontier)s?\b")   # "near the Syria border"
_DASH_ACTOR = re.compile(r"\s?[\-\u2013]\s?")   # "the Israel-Hamas war": a war named by its sides
_POSSESSIVE = re.compile(r"['\u2019]s\s")
AFFILIATION_LOOKBACK = 22  # "affiliated with the United States"
# COMPASS_OF: "south of Baghdad", "west of the capital Baghdad"
_COMPASS_OF = re.compile(rf"{words(COMPASS_WORDS)}(?:ern)?\s(?:of|from)\s(?:the\s)?(?:capital\s|city\sof\s|town\sof\s)?$")
# NOT_TARGET: "called on the Iraqi government to ...": "on" after such a verb names no target
_NOT_TARGET = re.compile(rf"\b{words(NOT_TARGET_VERBS)}\son\s(?:the\s)?(?:[\w\-]+\s){{0,2}}$")
_PREP_TARGET = re.compile(rf"(?:^|\s){words(TARGET_PREPOSITIONS)}\s(?:the\s)?(?:[\w\-]+\s){{0,2}}$")
_CIVILIAN = re.compile(r"civilians?")
# PREP_BEFORE: an actor after a preposition is no subject ("against US troops", "backed by Iran").
_PREP_BEFORE = re.compile(rf"(?:^|\s){words(SUBJECT_BLOCKERS)}\s(?:the\s)?(?:[\w\-]+\s)?$")
_MEMBERS_OF = re.compile(r"(?:fighters|mujahideen|combatants|members|militants|militiamen|units?|operatives|drones?)\s(?:of|from)\s(?:the\s)?$")
# SAID_IT_AGENT: "The US military said it carried out a self-defense strike"
_SAID_IT_AGENT = re.compile(
    rf"(?P<say>{words(STATEMENT_VERBS)[3:-1]})\s(?:that\s)?{words(SELF_REFERENCES)}\s"
    rf"(?:had\s|has\s|have\s)?{words(ATTACKER_VERBS)}\s")
_BY = re.compile(r"(?:^|\s)by\s(?:the\s)?$")
# BY_QUALIFIED: "by" and a qualifier right before the attacker ("by radical pro-Iranian
# militias", "by the Iranian-backed Houthi militia": an adjective or a patron's adjective)
_BY_QUALIFIED = re.compile(rf"(?:^|\s)by\s(?:the\s)?(?:(?:radical|rogue|armed|militant)\s"
                           rf"(?:[\w]{{2,12}}-{words(AFFILIATION_SUFFIXES)}\s)?|[\w]{{2,12}}-{words(AFFILIATION_SUFFIXES)}\s)$")
#: How far before an agent verb its unnamed subject may start ("whoever was behind").
UNNAMED_AGENT_LOOKBACK = 16
# UNNAMED_AGENT: right before an agent verb, a subject that names no one ("those responsible
# for", "whoever was behind", "the perpetrators of"): an actor before it did not do it
_UNNAMED_AGENT = re.compile(r"\b(?:those|whoever|anyone|anybody|the\sperpetrators|the\sones|the\speople)\s(?:who\s)?$")
#: How far before its agent verb a group word may start ("the resistance also conducted").
GROUP_SUBJECT_LOOKBACK = 40
# GROUP_SUBJECT: right before an agent verb (one adverb between), a subject that stands for the
# last armed group named ("the group conducted a drone attack"; not "The group did not say who
# had launched the drones": there the group is no subject of "launched")
_GROUP_SUBJECT = re.compile(r"\bthe\s(?:group|militias?|faction|movement|network|(?:iraqi\s)?resistance)\s(?:\w+ly\s|also\s)?$")
_TO_AGENT = re.compile(r"\sto\s(?:the\s)?$")  # "attributed the attack to (the) ..."
# FROM_GROUP: "came under drone attack from Iranian-backed groups", "attacks from Iran-backed
# militants": right after the anchor, an armed group after "from" is its author (a state or a
# place after "from" is where it came from: "rockets fired from Syria")
_FROM_GROUP = re.compile(r"\sfrom\s(?:the\s)?$")
# PP_ONLY: only the anchor's place or target between it and "by" ("the attack on Israel by Hamas")
_PP_ONLY = re.compile(rf"\s{words(TARGET_PREPOSITIONS[:3] + PLACE_PREPOSITIONS[:3])}\s[\w\-'. ]{{1,40}}")
_AGENT_BY = re.compile(rf"\b{words(AGENT_PARTICIPLES)}\s$")
_TARGET_COUNT = re.compile(rf"\s(?:us\s|american\s)?{words(TARGET_COUNT_NOUNS)}\b")
_STRIKE_NOUN = re.compile(r"strikes?$")
_STRIKE_VERB = re.compile(rf"{words(STRIKE_VERBS)}$")
# STRIKE_WORD: a strike verb between "from" and a place ("launched from Iraq hit Tower 22"):
# the place is the target, not the origin
_STRIKE_WORD = re.compile(rf"\s{words(STRIKE_VERBS)}\s")
_SINCE_BEFORE = re.compile(r"since\s$")
# WHEN_AFTER: "since early February, when Washington launched strikes": the date of the
# when-clause's attack, not only a tally's start
_WHEN_AFTER = re.compile(r",?\swhen\s")
# DATE_MODIFIER: what stands between a date and the noun it modifies ("The Oct. 18 attack",
# "Sunday's strike", "the Oct. 7 terrorist attacks": one adjective, no grammar word)
_DATE_MODIFIER = re.compile(rf"(?:['\u2019]s)?\s(?:(?!{words(DATE_MODIFIER_BREAKS)}\s)[a-z\-]{{2,20}}\s)?")
# MILITIA_AFTER: a state named as the modifier of militias ("Iran malign militia groups",
# "Iran's militia proxies"): the militias act, not the state
_MILITIA_AFTER = re.compile(r"(?:['\u2019]s)?\s(?:[\w\-]+\s)?(?:militias?|militants|proxies|proxy\sgroups)\b")
#: the name of a state's generic militias in the actors table
BACKED_MILITIAS = "{}-backed militias"
# PEOPLE_AFTER: a country naming whose people they are ("United States service members")
_PEOPLE_AFTER = re.compile(rf"\s(?:{words(TROOP_WORDS)[3:-1]}|service\s?members?|servicemen|troops?|citizens|contractors)\b")
_COORDINATED = re.compile(r"\s(?:and|or|as\swell\sas)\s")   # "al-Shaddadi and Rumalyn": two sites


def frame(doc: Document, sv: SentenceView, st: ArticleState, a: Anchor) -> None:
    """Fill in the places, target, perpetrator, weapon, count and date of anchor *a*."""
    f = doc.folded
    toks = sv.toks
    # The forward segment ends at the next anchor, or at a speech verb that reports it.
    fwd_end = a.seg_end
    for c in sv.cues:
        if c.kind in REPORTING and a.end <= c.start < fwd_end:
            # the speaker's name before the verb is not an object either
            spk = speaker_before(doc, sv, c.start)
            fwd_end = spk.start if spk is not None and spk.start >= a.end else c.start
            break
    fwd: list[Tok] = []
    back: list[Tok] = []
    city = dateline_city(doc, sv.s.idx)  # "ERBIL, Jan. 3 (AFP) -": the reporter's city (elsewhere.py)
    for t in toks:
        if a.end <= t.start and t.end <= fwd_end:
            fwd.append(t)
        if a.seg_start <= t.start and t.end <= a.left and t is not city:
            back.append(t)
    _places(doc, sv, a, fwd, back)
    _target(doc, a, fwd, back, fwd_end)
    if a.perp is None and a.kind != A.KILL:
        _perpetrator(doc, sv, st, a, fwd, back)
    if a.perp is not None:
        a.perp = force_of(doc, a.perp)
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
    # jets struck ...", "at my direction, US military forces struck targets in Iraq")
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


def _places(doc: Document, sv: SentenceView, a: Anchor, fwd: list[Tok], back: list[Tok]) -> None:
    """The sites and countries of anchor *a*."""
    f = doc.folded
    s = sv.s
    cands: list[tuple[Tok, bool]] = []  # (a place, whether it is a site object: "bases in Syria")
    origin_end = -1  # the end of the last place that is an attack's origin ("launched from Syria")
    motive = _MOTIVE.search(f, a.end, fwd[-1].start) if fwd else None
    other = _OTHER_ATTACK.search(f, a.end, fwd[-1].start) if fwd else None
    for t in fwd:
        if t.place is None:
            continue
        if motive is not None and motive.end() <= t.start and not doc.brk(motive.end(), t.start):
            continue  # "a drone strike over Washington's complicity in the war on Gaza": the motive
        if other is not None and other.end() <= t.start:
            break  # "The attack comes days after a US drone killed five ... near Kirkuk": that attack's
        lo = max(s.start, t.start - ORIGIN_LOOKBACK)
        if (f.find("from", lo, t.start) >= 0 and (m := _FROM.search(f, lo, t.start)) is not None
                and not _STRIKE_WORD.search(f, m.start(), t.start)) or (
                origin_end >= 0 and _LIST_GAP.fullmatch(f, origin_end, t.start)):
            origin_end = t.end  # "from areas in Sinjar, Mosul, the Nineveh Plains and Kirkuk": all origins
            continue
        origin_end = -1
        site_obj = f.endswith(SITE_PREPOSITIONS, lo, t.start - 1) and bool(_SITE_BEFORE.search(f, lo, t.start))
        cands.append((_base_of_town(doc, t, site_obj), site_obj))
    if a.passive or a.anaphoric or (not cands and a.kind != A.KILL):
        for t in back:
            if t.place is not None and (a.passive or a.anaphoric or (
                    # "In Syria, a drone attack ...", not a place several clauses back
                    _LOC_PREP.search(f, max(a.seg_start, t.start - LOCATIVE_LOOKBACK), t.start)
                    and (a.left - t.end <= LOCATIVE_GAP or not COMMA.search(f, t.end, a.left)))):
                cands.append((_base_of_town(doc, t, False), False))  # "the facility in al-Shaddadi ... was targeted"
    if a.anaphoric:
        for t in sv.toks:
            if t.place is not None and t not in [c[0] for c in cands]:
                cands.append((t, False))
    placed: list[tuple[Tok, bool]] = []
    actor_starts = {x.start for x in sv.actor_toks}
    for t, so in cands:
        t = _province_of(doc, t)
        if f.startswith("-", t.end) and _ADJECTIVE_AFTER.match(f, t.end):
            continue  # "Iran-linked sites" is no place
        if t.place is not None and t.place.kind == K.COUNTRY:
            if _AFFILIATED.search(f, max(s.start, t.start - AFFILIATION_LOOKBACK), t.start):
                continue  # "a base used by the United States", "militias linked to Iran"
            m = _POSSESSIVE.match(f, t.end) or _DASH_ACTOR.match(f, t.end)
            if m is not None and m.end() in actor_starts:
                continue  # "Iran's Revolutionary Guard Corps", "the Israel-Hamas war": no place
            if _BORDER.search(f, max(s.start, t.start - AFFILIATION_LOOKBACK), t.start) or _BORDER_AFTER.match(f, t.end):
                continue  # "near the border with Syria", "near the Syria border" only locate
            if _PEOPLE_AFTER.match(f, t.end):
                continue  # "three United States service members": whose people, not where
        if _AREA_AFTER.match(f, t.end) and any(u is not t and u.place is not None and u.place.is_site for u, _ in cands):
            continue  # "Khirab al-Jir in the Rmelan countryside": the town's area only locates the base
        if f.find(" in ", max(s.start, t.start - SPEAKER_IN_LOOKBACK), t.start) >= 0 and \
                _SPEAKER_IN.search(f, max(s.start, t.start - SPEAKER_IN_LOOKBACK), t.start):
            continue  # "officials in Baghdad and Washington said": where they speak
        lo = max(s.start, t.start - COMPASS_LOOKBACK)
        if (f.find(" of ", lo, t.start) >= 0 or f.find(" from ", lo, t.start) >= 0) and \
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


def _province_of(doc: Document, t: Tok) -> Tok:
    """The governorate a city's name stands for after "province of" or before "provinces" ("the
    northeastern province of Hasakah", "in Deir ez-Zor and Hasakah provinces" are governorates,
    not the cities); else the token as it is."""
    p = t.place
    f = doc.folded
    if p is None or p.kind not in (K.TOWN, K.CITY) or p.admin1 is None or not (
            _PROVINCE_OF.search(f, max(0, t.start - PROVINCE_LOOKBACK), t.start) or _PROVINCES_AFTER.match(f, t.end)):
        return t
    for q in doc.g.place_by_name.values():
        if q.kind == K.ADMIN1 and q.admin1 == p.admin1 and q.country == p.country:
            return t._replace(place=q)
    return t


def _base_of_town(doc: Document, t: Tok, site_obj: bool) -> Tok:
    """The base a town's name stands for where the text calls it a base ("US bases in
    al-Shaddadi", "the Ash Shaddadi and Rukban bases"), when the gazetteer has a base of that
    name; else the token as it is."""
    p = t.place
    if p is None or p.kind not in (K.TOWN, K.CITY):
        return t
    base = doc.g.place_by_name.get(BASE_OF_TOWN.format(p.name))
    f = doc.folded
    if base is None or not (site_obj or _BASES_AFTER.match(f, t.end) or _BASES_BEFORE.search(
            f, max(0, t.start - BASES_LOOKBACK), t.start)):
        return t
    return t._replace(place=base)


def locates(doc: Document, p: tuple[int, int] | None, q: tuple[int, int] | None) -> bool:
    """Whether the place at span *p* stands next to the site at *q* as its locator
    (not coordinated with it by "and")."""
    if p is None or q is None:
        return True  # a site from the noun phrase itself
    lo, hi = (q[1], p[0]) if q[1] <= p[0] else (p[1], q[0])
    return hi - lo <= LOCATOR_GAP and not _COORDINATED.search(doc.folded, lo, hi)


def _target(doc: Document, a: Anchor, fwd: list[Tok], back: list[Tok], fwd_end: int) -> None:
    """The target: an actor after "on / against / at"; the subject of a passive verb; the
    victims of a killing."""
    f = doc.folded
    for t in fwd:
        if t.actor is not None and _PREP_TARGET.search(f, max(a.end, t.start - TARGET_LOOKBACK), t.start) \
                and not _NOT_TARGET.search(f, max(a.end, t.start - TARGET_LOOKBACK), t.start):
            a.target = t.actor.name
            break
    if a.target is None and a.passive:
        for t in reversed(back):  # the last actor before the anchor
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
    subj: list[Tok] = []
    if not a.passive:
        clause: int | None = None  # the start of the subject's clause, found for the first actor
        acts: int | None = None
        for t in back:
            if t.actor is None or t.actor.kind in K.REPORTING_KINDS or t.actor.kind == K.OFFICIAL:
                continue  # a monitor, a source or an official speaks of attacks, never makes them
            if f.startswith("-", t.end) and _ADJECTIVE_AFTER.match(f, t.end):
                continue  # "Iran-backed Shiite militia groups launched": Iran is their patron
            if clause is None:
                clause = doc.last_break(seg_start, a_left, seg_start)
                if a.kind in (A.NP, A.MUNITION):
                    # the subject of a noun phrase must act on it: "militias launched two
                    # attacks", i.e. end before the latest agent or launch verb before it
                    acts = -1
                    for k in (*sv.ck[C.AGENT], *sv.ck[C.LAUNCH_V]):
                        if k.end <= a_left and k.start > acts:
                            acts = k.start
                    if acts > 0 and _UNNAMED_AGENT.search(f, max(s.start, acts - UNNAMED_AGENT_LOOKBACK), acts):
                        break  # "to apprehend those responsible for the attack": no one named did it
            if t.start < clause or (acts is not None and t.end > acts):
                continue
            plo = max(s.start, t.start - SUBJECT_PREP_LOOKBACK)
            if not _PREP_BEFORE.search(f, plo, t.start) or _MEMBERS_OF.search(f, plo, t.start):
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
    if a.perp is None and a.kind in (A.NP, A.MUNITION):
        m = None
        if f.find("it", seg_start, a_left) >= 0 or f.find("they", seg_start, a_left) >= 0:
            for m in _SAID_IT_AGENT.finditer(f, seg_start, a_left):
                pass  # the last one
        if m is not None:
            spk = speaker_before(doc, sv, m.start("say"))
            author = spk.actor if spk is not None else (
                st.last_group_actor if pronoun_subject(doc, sv, m.start("say")) else None)
            if author is not None:
                a.perp = military_of(doc, author)
    if a.perp is None and a.kind in (A.NP, A.MUNITION) and not a.passive and st.last_group_actor is not None:
        # "Additionally, the resistance conducted a drone attack on ...": a group word as the
        # subject of the agent verb before the noun is the last group named
        agent = max((k for k in (*sv.ck[C.AGENT], *sv.ck[C.LAUNCH_V]) if seg_start <= k.start and k.end <= a_left),
                    key=_START, default=None)
        if agent is not None and _GROUP_SUBJECT.search(f, max(s.start, agent.start - GROUP_SUBJECT_LOOKBACK),
                                                       agent.start):
            a.perp = st.last_group_actor
    if a.perp is None:
        for c in sv.ck.get(C.BLAME, ()):
            if c.end <= a.left and not negated_speech(f, s.start, c.start):  # "has not blamed Iran"
                if c.text in ATTRIBUTION_VERBS:  # "attributed the attack to Kataib Hezbollah"
                    blamed = next((t for t in toks if t.actor is not None and 0 <= t.start - a.end <= ATTRIBUTED_GAP
                                   and _TO_AGENT.search(f, max(a.end, t.start - TO_LOOKBACK), t.start)), None)
                else:
                    blamed = next((t for t in toks if t.actor is not None and 0 <= t.start - c.end <= BLAMED_GAP),
                                  None)
                if blamed is not None:
                    assert blamed.actor is not None
                    a.perp = military_of(doc, blamed.actor)
    if a.perp is None:
        for t in fwd:
            m = (_BY.search(f, max(a.end, t.start - BY_LOOKBACK), t.start)
                 or _BY_QUALIFIED.search(f, max(a.end, t.start - BY_QUALIFIED_LOOKBACK), t.start)) \
                if t.actor is not None else None
            if m is not None and (m.start() - a.end <= BY_RIGHT_AFTER or _PP_ONLY.fullmatch(f, a.end, m.start())
                                  or (_AGENT_BY.search(f, max(a.end, m.start() - AGENT_BY_LOOKBACK), m.start() + 1)
                                      and (m.start() - a.end <= AGENT_BY_REACH or not COMMA.search(f, a.end, m.start())))):
                # (far, past a comma, it is another clause's: not "..., a demand long made by")
                # "an attack by KH", "the attack on Israel by Hamas", "was carried out by KH"; not
                # "the drone strike that killed ... highlighted the threats faced by US forces"
                assert t.actor is not None
                if f.startswith("-", t.end) and (adj := _ADJECTIVE_AFTER.match(f, t.end)) is not None:
                    # "attacks by Iran-backed groups": Iran is their patron; "by the
                    # Iranian-backed Houthi militia": the actor right after the patron did it
                    nxt = next((u for u in fwd if u.actor is not None and u.start > t.end), None)
                    if nxt is not None and nxt.actor is not None and nxt.start - adj.end() <= 1 \
                            and nxt.actor.kind in K.GROUP_KINDS:
                        a.perp = nxt.actor
                    break
                a.perp = military_of(doc, t.actor)
                break
    if a.perp is None:
        for t in fwd:
            if t.actor is not None and t.start - a.end <= BY_RIGHT_AFTER + BY_LOOKBACK:
                if (t.actor.kind in K.GROUP_KINDS or t.actor.kind == K.GENERIC and t.actor.side == K.IRAN_ALIGNED) \
                        and _FROM_GROUP.search(f, a.end, t.start):
                    a.perp = t.actor
                break


def militias_of(doc: Document, t: Tok) -> Actor | None:
    """The generic militias of a state named as their modifier ("Iran malign militia groups",
    "Iran's militia proxies"): the table's "<state>-backed militias", or None."""
    if t.actor is None or t.actor.kind != K.STATE or not _MILITIA_AFTER.match(doc.folded, t.end):
        return None
    return doc.g.actor_by_name.get(BACKED_MILITIAS.format(t.actor.name))


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
    own = [d for d in dexprs if a.seg_start <= d.start and _DATE_MODIFIER.fullmatch(f, d.end, a.left)]
    if not own:  # ... and never another noun's ("The attacks began after Hamas' Oct. 7 assault")
        own = [d for d in dexprs if a.end <= d.start and d.end <= fwd_end and not any(
            b is not a and b.left > d.start and _DATE_MODIFIER.fullmatch(f, d.end, b.left) for b in anchors)]
    if not own:
        own = [d for d in dexprs if a.seg_start <= d.start and d.end <= a.left + DATE_BEFORE_SLACK
               and not any(b is not a and b.date is d for b in anchors)]
    if not own:
        free = [d for d in dexprs if not any(b is not a and b.seg_start <= d.start < b.seg_end for b in anchors)]
        if len(free) == 1:
            own = free
    for d in own:
        if (d.kind != "year" or d.precision == "year") \
                and not (_SINCE_BEFORE.search(f, max(s.start, d.start - SINCE_LOOKBACK), d.start)
                         and not (_WHEN_AFTER.match(f, d.end) and d.end <= a.left)) \
                and not statement_day(f, s.start, d.start, d.end):
            a.date = d
            break
