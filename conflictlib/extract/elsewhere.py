"""An attack placed only in its country, its site read where a careful reader finds it.

Many reports place the attack only in its country in the sentence that reports it ("a
drone attack in Iraq"), and name the site elsewhere: in the headline ("Drone strike kills
commander in Baghdad"), in the dateline before the lead ("BAGHDAD - A drone strike in
Iraq ..."), or in the sentence after it ("The facility, located in Maysalun, Syria, ...";
"The troops were stationed in Erbil").  :func:`fill_sites` runs once the whole article is
read, and gives such an event that site when nothing can make it another attack's:

- the event has no site of its own; for the headline and the dateline it is the article's
  only event in that country (an article that also reports the militia attack on a base
  names the base for that attack, not for the US strike "in Iraq" that answers it), for
  the sentences after it the only one of that country in its sentence, and no sentence
  about another event comes between;
- exactly one site of that country is named by the source (two candidates are a guess);
- a headline names an attack (a weapon or attack word) whose weapon does not contradict
  the event's, and the site comes before any "after", "following" or "in response to"
  (what follows names the attack a strike answers);
- a dateline's city is the place only for the attack of its own sentence, the lead, and
  not when the lead puts the attack in a part of the country ("in western Iraq": the
  reporter is in the capital, the attack elsewhere) or at a base ("a base in Iraq": bases
  are rarely in the reporter's city); a dateline of another country
  (Washington, Beirut) is where the reporter is, never a site;
- the sentence after is about the same thing ("The base", "The facility", "The troops")
  and locates it ("located in", "stationed in", "based at"), or tells the attack again
  with its site and no event of its own ("The group used two drones to attack the al-Tanf
  garrison"), no date of its own and no word that makes it unreal.

A region is no candidate ("eastern Syria" is already what the event says); a governorate is
("The base, in Hasakah province, ...").
"""

from __future__ import annotations

import re
from functools import cache

from ..lookup import Place
from ..lookup import kinds as K
from ..lookup.vocab import words
from ..lookup.wordclasses import BASE_NOUNS, COMPASS_WORDS, LOCATORS, MOTIVE_PHRASES, REFERRING_NOUNS, SEQUENCE_WORDS
from .context import ArticleState, Document
from .model import SUPPRESSORS, CueKind, Event, Tok
from .same_event import SAME_WEAPON

#: How far after a dateline's city its dash may come ("BAGHDAD, Iraq (Reuters) -").
DATELINE_REACH = 40
#: How many sentences after the event's own the locating sentence may come.
NEXT_SENTENCES = 4

#: How close (characters) before a headline's weapon its attacker comes ("US drone strike").
ATTACKER_GAP = 3
#: Attack words of a headline ("Attack", "Struck"): with a weapon word, what makes it name an attack.
HEAD_CUES = frozenset({CueKind.ATTACK_V, CueKind.UNDER_ATTACK, CueKind.LAUNCH_V})


@cache
def _referring() -> re.Pattern[str]:
    # "The facility, located in Maysalun": the noun opens its sentence; the locator comes
    # in its clause (no sentence stop between them, at most ~60 characters later).
    # "The wounded US personnel are stationed at a base in Erbil": up to two modifiers
    # before the noun, and a base noun between the locator and the place.
    return re.compile(rf"\s*the\s(?:[\w.\-]+\s){{0,2}}?{words(REFERRING_NOUNS)}\b[^.;]{{0,60}}?\b{words(LOCATORS)}\s"
                      rf"(?:(?:an?\s|the\s)?(?:[\w\-]+\s)?{words(BASE_NOUNS)}\s(?:in|near)\s)?(?:the\s)?")


@cache
def other_attack() -> re.Pattern[str]:
    # "US strikes militias in Iraq after drone attack on Erbil base": what follows "after",
    # "in response to" names the attack the strike answers, not the strike's place
    return re.compile(rf"\b(?:{words(SEQUENCE_WORDS)}|{words(MOTIVE_PHRASES)})\b")


@cache
def _by() -> re.Pattern[str]:
    return re.compile(r"\bby\s$")


@cache
def _dateline() -> re.Pattern[str]:
    # after the city: ", Iraq", ", Jan. 3", " (Reuters)", then a dash
    return re.compile(rf"[^\n]{{0,{DATELINE_REACH}}}?\s[\u2014\u2013-]{{1,2}}\s")


@cache
def _base_noun() -> re.Pattern[str]:
    return re.compile(rf"\b{words(BASE_NOUNS)}s?\b")


@cache
def _compass_country() -> re.Pattern[str]:
    return re.compile(rf"\b{words(COMPASS_WORDS)}(?:ern)?\s(\w+)")


def _sites(doc: Document, idx: int, lo: int, hi: int, country: str | None) -> list[Place]:
    """The distinct sites (or governorates: "in Hasakah province") of *country* (of any
    country when None) named in sentence *idx* between offsets *lo* and *hi*."""
    out: list[Place] = []
    for t in doc.s_toks[idx]:
        p = t.place
        if p is not None and lo <= t.start < hi and (p.is_site or p.kind == K.ADMIN1) \
                and (country is None or p.country == country) and p not in out:
            out.append(p)
    return out


def _weapons(doc: Document, idx: int) -> set[str]:
    return {t.weapon_term.weapon for t in doc.s_toks[idx] if t.weapon_term is not None}


def _weapon_fits(e: Event, named: set[str]) -> bool:
    if e.weapon == K.UNKNOWN_WEAPON or not named - {K.UNKNOWN_WEAPON}:
        return True
    # "Drone strike" and "air strike" name one state strike (see coref._state_drone); a
    # "missile attack" may be told as a ballistic missile (same_event.SAME_WEAPON)
    return e.weapon in named or (e.weapon in ("drone", K.AIR_STRIKE) and bool(named & {"drone", K.AIR_STRIKE})) \
        or (e.weapon in SAME_WEAPON and bool(named & SAME_WEAPON))


def headline_side(doc: Document, i: int, end: int) -> str | None:
    """The side of the attacker headline *i* names before offset *end*, or None: an actor right
    before the weapon ("US drone strike in Baghdad"; not "US troops under drone attack") or right
    after "by" ("Drone attack by pro-Iranian militias on Eilat"; not "US kills leader of
    Kataeb Hezbollah in drone strike", whose group is the target)."""
    toks = [t for t in doc.s_toks[i] if t.start < end]
    first = min((t.start for t in toks if t.weapon_term is not None), default=end)
    for t in toks:
        if t.actor is None:
            continue
        if 0 <= first - t.end <= ATTACKER_GAP or (t.start > first and _by().search(doc.folded, t.start - 3, t.start)):
            return t.actor.side
    return None


def _from_headline(doc: Document, e: Event, heads: list[int]) -> Place | None:
    found: list[Place] = []
    for i in heads:
        if not (_weapons(doc, i) or any(c.kind in HEAD_CUES for c in doc.s_cues[i])):
            continue
        if not _weapon_fits(e, _weapons(doc, i)):
            return None
        s = doc.sentences[i]
        m = other_attack().search(doc.folded, s.start, s.end)
        side = headline_side(doc, i, m.start() if m else s.end)
        if side is not None and e.perp is not None and e.perp.side != side:
            return None  # "Drone attack by pro-Iranian militias on Eilat" over Hamas's October 7
        found += [p for p in _sites(doc, i, s.start, m.start() if m else s.end, e.country) if p not in found]
    return found[0] if len(found) == 1 else None


def dateline_city(doc: Document, idx: int) -> Tok | None:
    """The city of a dateline that opens sentence *idx* ("ERBIL, Jan. 3 (AFP) - Two bases
    ... came under attack"): where the reporter files from, which frames never read as
    the attack's site (only :func:`fill_sites` may, under its conditions), else None."""
    known = doc.cities  # asked once per anchor (frames), worked out once per sentence
    if idx in known:
        return known[idx]
    s = doc.sentences[idx]
    t = next((t for t in doc.s_toks[idx] if t.place is not None), None)
    if t is None or doc.text[s.start:t.start].strip() or not _dateline().match(doc.folded, t.end):
        t = None
    known[idx] = t
    return t


def _from_dateline(doc: Document, e: Event, lead: int) -> Place | None:
    if e.sentence != lead:
        return None
    s = doc.sentences[lead]
    toks = [t for t in doc.s_toks[lead] if t.place is not None]
    if not toks or doc.text[s.start:toks[0].start].strip():
        return None  # the city must open the lead
    p = toks[0].place
    if p is None or not p.is_site or p.country != e.country or not _dateline().match(doc.folded, toks[0].end):
        return None
    body = doc.folded[s.start:s.end]
    country = (e.country or "").lower()
    if any(m[1] == country for m in _compass_country().finditer(body)):
        return None  # "BAGHDAD - ... in western Iraq": the reporter's city, not the attack's
    if _base_noun().search(body):
        return None  # "BAGHDAD - ... a base in Iraq": a base is rarely in the reporter's city
    return p


def _from_next(doc: Document, e: Event, skip: set[int], used: set[int], taken: set[Place]) -> Place | None:
    for i in range(e.sentence + 1, min(e.sentence + 1 + NEXT_SENTENCES, len(doc.sentences))):
        if i in used:
            return None  # another attack's sentence: what follows may be about it
        if i in skip:
            continue
        s = doc.sentences[i]
        m = _referring().match(doc.folded, s.start)
        if m is not None:
            # the place right after the locator ("located in Maysalun, Syria")
            got = _sites(doc, i, m.end(), m.end() + 1, e.country or "")
            return got[0] if len(got) == 1 else None
        if _retold(doc, e, i):
            if any(t.place in taken and t.place.country == e.country for t in doc.s_toks[i] if t.place is not None):
                return None  # another event's site in the country: it is (also) about that event
            m = other_attack().search(doc.folded, s.start, s.end)
            got = _sites(doc, i, s.start, m.start() if m else s.end, e.country or "")
            if got:  # (a sentence that tells the attack again without a site says nothing of it)
                return got[0] if len(got) == 1 else None
    return None


def _retold(doc: Document, e: Event, i: int) -> bool:
    """Whether sentence *i*, which made no event of its own, tells the attack again with
    its site ("... an attack on US troops in eastern Syria. The group used two drones
    to attack the al-Tanf garrison."): an attack word or a weapon that fits the event's,
    no word that makes an attack unreal (a threat, a trend, a negation) and no date of its
    own (a date may be another attack's: "It had attacked al-Tanf in 2022")."""
    cues = doc.s_cues[i]
    if any(c.kind in SUPPRESSORS for c in cues) or doc.s_dates[i]:
        return False
    named = _weapons(doc, i)  # "to attack", "drones": a weapon or attack word
    if not named and not any(c.kind in HEAD_CUES for c in cues):
        return False
    return _weapon_fits(e, named)


def fill_sites(doc: Document, st: ArticleState, skip: set[int]) -> None:
    """Give the article's one event in a country with no site the site named for it in the
    headline, the dateline or the sentence after (see the module's docstring).  *skip*: the
    furniture sentences."""
    by_country: dict[str, list[Event]] = {}
    for e in st.events:
        if e.country is not None:
            by_country.setdefault(e.country, []).append(e)
    # (event, the country's only event, no other event of the country in its sentence)
    bare: list[tuple[Event, bool, bool]] = []
    for evs in by_country.values():
        for e in evs:
            if e.site is None and not e.summary:
                bare.append((e, len(evs) == 1, not any(o is not e and o.sentence == e.sentence for o in evs)))
    if not bare and not any(e.site is None and e.country is None for e in st.events):
        return
    prose = [s.idx for s in doc.sentences if s.idx not in skip]
    lead = prose[0] if prose else -1
    heads = headlines(doc, skip)
    used = {e.sentence for e in st.events}
    for e, alone, apart in bare:
        # the headline and dateline are about the article's attack only when it is the
        # country's one attack; the sentences right after an event's own (up to the next
        # event's) are about it, when it is the country's one attack of its sentence
        p = (_from_headline(doc, e, heads) or _from_dateline(doc, e, lead)) if alone else None
        taken = {o.site for o in st.events if o.site is not None}
        if p is None and apart:
            p = _from_next(doc, e, skip, used, taken)
        if p is not None and p not in taken:
            e.site, e.admin1 = p, p.admin1
    _nowhere_from_headline(doc, st, heads)


def headlines(doc: Document, skip: set[int]) -> list[int]:
    """The sentences of the headlines before the lead (the first prose sentence; *skip*: the
    furniture sentences): what the article is about, as its editor put it."""
    lead = next((s.idx for s in doc.sentences if s.idx not in skip), -1)
    spans = [(a, b) for a, b, kind in doc.furniture() if kind == "headline"]
    return [s.idx for s in doc.sentences if s.idx < lead and any(a <= s.start and s.end <= b for a, b in spans)]


def _nowhere_from_headline(doc: Document, st: ArticleState, heads: list[int]) -> None:
    """"Missile attack on Ain al-Asad airbase hurts troops" over "a short-range ballistic
    missile was used in Monday night's attack": the article's one event with neither site
    nor country (or, of several, the one whose weapon the headline names: the missile attack,
    not the air strike that answered it) takes the headline's one site, when its weapon fits
    and no event of that site's country without a site could take it instead."""
    nowhere = [e for e in st.events if e.site is None and e.country is None and not e.summary]
    named = set().union(*(_weapons(doc, i) for i in heads)) if heads else set()
    if len(nowhere) > 1:
        # "Missile attack on Ain al-Asad" over a ballistic missile attack and the US air
        # strike that answered it, neither placed: the one whose weapon the headline names
        fits = [e for e in nowhere if _weapon_fits(e, named)]
        nowhere = fits if named - {K.UNKNOWN_WEAPON} and all(e.weapon != K.UNKNOWN_WEAPON for e in fits) else []
    if len(nowhere) != 1:
        return
    e = nowhere[0]
    p = _from_headline(doc, e, heads)
    if p is None or not p.is_site or any(o.site == p for o in st.events):
        return
    if any(o is not e and o.site is None and o.country == p.country and _weapon_fits(o, named) for o in st.events):
        return  # the headline may be about that event
    e.site, e.country, e.admin1 = p, p.country, p.admin1
