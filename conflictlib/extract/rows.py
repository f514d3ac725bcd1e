"""The rows of every table from what the stages found: ids given, events' status read
from who claimed and confirmed them (and from the attacked side's acknowledgement of its
losses, and, for a state's strike, its own side's confirmation of the attacks of that day
or of the attack it answers; and from a claim of responsibility whose claimant is not named),
each row with its sentence."""

from __future__ import annotations

import bisect

import re

from .._text import back_from
from ..schema import JOIN, CasualtyRow, ClaimRow, DeploymentRow, EventRow, TallyRow
from ..lookup import Actor
from ..lookup import kinds as K
from ..lookup.vocab import SPEECH_NEGATOR_FILLERS, SPEECH_NEGATORS, words
from ..lookup.wordclasses import CAUSE_OPENERS, RESPONSE_STRIKE_WORDS, RESPONSIBILITY_NOUNS, RESPONSIBILITY_VERBS
from .claims import Claim, own_forces
from .context import ArticleState, Document
from .model import Event, may_be_one


def status(confirmed_by: list[str], claimed_by: list[str], reporting: frozenset[str] = frozenset(),
           unnamed_claim: bool = False) -> str:
    """``confirmed`` when someone confirmed who is not only reporting it (*reporting*: the
    names of monitors, anonymous security, local and health sources and state media, whose
    word is a confirm row but no confirmation), ``claimed`` when the perpetrator side
    claimed (a named group, or with *unnamed_claim* one the text does not name: see
    :func:`claimed_unnamed`), else ``reported``."""
    if any(name not in reporting for name in confirmed_by):
        return "confirmed"
    return "claimed" if claimed_by or unnamed_claim else "reported"


# CLAIMED_FOR: a claim of responsibility ending right where an attack's mention starts ("a faction
# loyal to Tehran claims responsibility for [the drone strike]"), with up to two words
# before the noun ("claimed on Monday responsibility for") and a few words of time or number
# after "for" ("for yesterday's attack", "for two drone attacks")
_CLAIMED_FOR = re.compile(rf"\b{words(RESPONSIBILITY_VERBS)}\s(?:\w+\s){{0,2}}?{words(RESPONSIBILITY_NOUNS)}\s"
                          rf"for\s(?:[\w'’\-]+\s){{0,3}}$")
#: How far before an attack's mention its claim of responsibility may start.
CLAIMED_FOR_SPAN = 90
# CLAIM_NEGATED: a negator before the claim ("no faction has claimed", "has not yet claimed"): no
# one claims
_CLAIM_NEGATED = re.compile(rf"\b{words(SPEECH_NEGATORS)}\s(?:[\w\-]+\s){{0,3}}?(?:{words(SPEECH_NEGATOR_FILLERS)}\s)?$")
#: How far before the claim a negator may stand ("no faction has yet ").
CLAIM_NEGATED_SPAN = 30


def claimed_unnamed(doc: Document, e: Event) -> bool:
    """Whether an attack no named group claimed is claimed in its own sentence by a subject that
    names no one ("a shadowy armed faction took credit for the rocket fire at the base";
    ANNOTATION.md: claimed when only the perpetrator side says so): a claim of responsibility
    whose "for" opens the attack's mention, with no negator before it ("so far no faction
    claimed it" leaves it reported)."""
    s = doc.sentences[e.sentence]
    if not s.start <= e.start <= s.end:
        return False
    m = _CLAIMED_FOR.search(doc.folded, back_from(s.start, e.start, CLAIMED_FOR_SPAN), e.start)
    if m is None:
        return False
    return _CLAIM_NEGATED.search(doc.folded, max(s.start, m.start() - CLAIM_NEGATED_SPAN), m.start()) is None


_REPORTING: dict[int, tuple[object, frozenset[str]]] = {}


def reporting_names(doc: Document) -> frozenset[str]:
    """The names of the actors whose confirmation does not confirm (see :func:`status`),
    worked out once per lookup table."""
    g = doc.g
    known = _REPORTING.get(id(g))
    if known is None or known[0] is not g:
        known = _REPORTING[id(g)] = (g, frozenset(a.name for a in g.actor_by_name.values()
                                                  if a.kind in K.REPORTING_KINDS))
    return known[1]


def _named_alike(a: Event, b: Event) -> bool:
    """Whether two events of an article may be one attack that coreference left in two
    (a headline's "Baghdad strike" and a quote's "a strike in Iraq"): nothing known of
    both differs, and they share a site, or a country and a weapon."""
    unknown = K.UNKNOWN_WEAPON
    if a.country is None or b.country is None or not may_be_one(a, b, sides=True):
        return False
    return a.site is not None and b.site is not None or a.weapon == b.weapon != unknown or (
        unknown in (a.weapon, b.weapon) and (a.perp is not None or b.perp is not None))


def _same_time(a: Event, b: Event) -> bool:
    """Whether two events are told at one time: the same date, or both undated (a dated
    round and an undated one may be days apart)."""
    return a.date == b.date and (a.date is None or a.precision == b.precision)


def _own_side(doc: Document, st: ArticleState, e: Event, reporting: frozenset[str]) -> list[str]:
    """A state about its own strike (ANNOTATION.md: confirmed): the speakers of a state's side
    who confirm an attack of the article at the time of *e*, a strike by that state's
    forces.  Officials speak of the strikes of the day in words the claims stage ties to
    the attack they answer ("Biden directed airstrikes after ... a drone attack"; "Austin
    said the strikes were meant to degrade ..."), so their word covers their own side's
    strikes of that time, not an earlier round ("since early February, when Washington
    launched strikes") or one of another day; and, where their words speak of the strikes in
    reply (see :func:`_answers`), the strikes that answer the attack."""
    perp = e.perp
    if perp is None or perp.kind not in K.STATE_KINDS:
        return []
    out: list[str] = []
    for c in st.claims:
        sp = c.speaker
        if (c.stance == "confirm" and sp.side == perp.side and sp.kind in K.STATE_KINDS
                and sp.name not in reporting and sp.name not in out
                and (any(_same_time(e, o) for o in c.events) or _answers(doc, c, e, perp))):
            out.append(sp.name)
    return out


# RESPONSE_STRIKE: a word for a state's strikes in reply, in the sentence of its official's word
_RESPONSE_STRIKE = re.compile(rf"\b{words(RESPONSE_STRIKE_WORDS)}\b")


def _answers(doc: Document, c: Claim, e: Event, side: Actor) -> bool:
    """Whether confirmation *c*, by an official of *side*, speaks of that side's strike *e* in
    reply to the attack on its forces that the claims stage tied it to ("Some 125 munitions
    were used in the retaliatory attacks, CENTCOM said", tied to the drone attack they answer):
    its sentence names strikes or a reprisal, and *e* is no earlier than that attack (an
    undated attack answers only an undated strike, not a dated earlier round)."""
    if not any((o.perp is None or o.perp.side != side.side)
               and (e.date is None if o.date is None else e.date is None or e.date >= o.date) for o in c.events):
        return False
    s = doc.sentences[c.sentence]
    return _RESPONSE_STRIKE.search(doc.folded, s.start, s.end) is not None


def _acknowledgers(st: ArticleState, reporting: frozenset[str]) -> list[tuple[Event, str]]:
    """The attacked side says the attack happened when it admits its losses in it
    (ANNOTATION.md: confirmed when the attacked side says so): "The Pentagon acknowledged
    that one of its soldiers had been wounded in the attack" is an acknowledgement row, and the
    attack is confirmed; not when the speaker is of the attacker's side."""
    out = []
    for c in st.claims:
        if c.stance != "acknowledge" or c.speaker.name in reporting:
            continue
        for e in c.events:
            if e.perp is None or e.perp.side != c.speaker.side:
                out.append((e, c.speaker.name))
    return out


# CAUSE_OPENER: a word that opens what a strike answers ("struck 85 targets in response to the
# drone attack", "carried out an airstrike after an attempted attack")
_CAUSE_OPENER = re.compile(rf"\b{words(CAUSE_OPENERS)}\b")


def _answered(doc: Document, st: ArticleState) -> set[tuple[int, str]]:
    """The (event, speaker) pairs where a state's word confirms only its own side's strike and
    not the attack the strike answers: "The US said it struck 85 targets in response to a drone
    attack in Jordan" ties the US's word to both, but it tells of its strike (ANNOTATION.md: a
    state about its own strike); the attack it answers is named as a cause, after a cause
    opener following the strike in the same sentence.  A pair stays where another word of the
    same speaker confirms the attack ("the Pentagon confirmed the attack on Tower 22")."""
    f = doc.folded
    cause: set[tuple[int, str]] = set()
    direct: set[tuple[int, str]] = set()
    for c in st.claims:
        sp = c.speaker
        if c.stance != "confirm" or sp.kind not in K.STATE_KINDS:
            continue
        # (a bare "its strikes" gets its state only from the speaker: see perp_of)
        strikes = [e for e in c.events if (p := perp_of(doc, st, e)) is not None and p.side == sp.side]
        for o in c.events:
            if o in strikes:
                continue
            answers = any(e.sentence == o.sentence and e.end <= o.start
                          and _CAUSE_OPENER.search(f, e.end, o.start) is not None for e in strikes)
            (cause if answers else direct).add((o.idx, sp.name))
    return cause - direct


def _third_abroad(doc: Document, st: ArticleState, e: Event, name: str) -> bool:
    """Whether *name* is a state's speaker who is no party to attack *e* and speaks of it
    abroad (ANNOTATION.md: a neutral official or government confirms; it does so for what
    happens on its soil): Baghdad denouncing a drone attack a group claimed on a base in Syria,
    or Amman saying an attack took place outside its borders, leaves the claim claimed; the
    same words of an attack in Iraq or Jordan confirm it.  Only where the
    attacker is known, for its side tells who the parties are (see kinds.WARRING_SIDES)."""
    a = doc.g.actor_by_name.get(name)
    if a is None or a.kind not in K.STATE_KINDS or not a.country or e.country is None or a.country == e.country:
        return False
    perp = perp_of(doc, st, e)
    if perp is None or perp.side not in K.WARRING_SIDES:
        return False
    return a.side != perp.side and a.side not in K.WARRING_SIDES[perp.side]


def _confirmers(doc: Document, st: ArticleState, reporting: frozenset[str]) -> dict[int, list[str]]:
    """Each event's confirmers, with those of the events it may be one with (see
    :func:`_named_alike`) when it has none of its own that confirm, and for a state's
    strike its own side's (see :func:`_own_side`); not a state's word on its strike for the
    attack the strike answers (see :func:`_answered`) nor a third state's on an attack abroad
    (see :func:`_third_abroad`)."""
    answered = _answered(doc, st)
    said = {e.idx: [n for n in e.confirmed_by if (e.idx, n) not in answered and not _third_abroad(doc, st, e, n)]
            for e in st.events}
    own = {e.idx: [n for n in said[e.idx] if n not in reporting] for e in st.events}
    for e, name in _acknowledgers(st, reporting):
        if name not in own[e.idx]:
            own[e.idx].append(name)
    # a state's side confirms its strikes of the time, and only those: its word passes to no
    # event "alike" (an undated strike and the militia attack it answers share a country)
    side = {e.idx: _own_side(doc, st, e, reporting) if not own[e.idx] else [] for e in st.events}
    if not any(own.values()):
        return {e.idx: said[e.idx] + side[e.idx] for e in st.events}
    confirmed: dict[str | None, list[Event]] = {}  # by country: no other can be alike
    for e in st.events:
        if own[e.idx]:
            confirmed.setdefault(e.country, []).append(e)
    out = {}
    for e in st.events:
        names = said[e.idx] + side[e.idx] + [n for n in own[e.idx] if n not in said[e.idx]]
        if not own[e.idx] and not side[e.idx]:
            for o in confirmed.get(e.country, ()):
                if o is not e and _named_alike(e, o):
                    names += [n for n in own[o.idx] if n not in names and not _third_abroad(doc, st, e, n)]
        out[e.idx] = names
    return out


#: STRIKE_NOUN: the noun of a strike ("strikes", "the air strike"), not of an attack ("attacks"):
#: a state strikes, a militia attacks
_STRIKE_NOUN = re.compile(r"\bstrikes?\b")


def perp_of(doc: Document, st: ArticleState, e: Event) -> Actor | None:
    """The event's perpetrator; bare strikes that name no attacker and no weapon, confirmed by
    a striking state's speaker ("The strikes on Friday night hit 85 targets, the Pentagon
    said"), are that state's (ANNOTATION.md: a state about its own strike), as the air strikes
    of :func:`.claims.own_forces` are; not strikes at a base its side holds ("injuries after
    strikes on al-Tanf and al-Asad, a Pentagon spokesman said": the attacks on its forces, see
    :mod:`..lookup.garrisons`).  Read only once the article is read: the attacker given earlier would join later mentions
    to this strike."""
    if e.perp is not None or e.weapon != K.UNKNOWN_WEAPON or _STRIKE_NOUN.search(doc.folded, e.start, e.end) is None:
        return e.perp
    for c in st.claims:
        if c.stance == "confirm" and e in c.events:
            forces = own_forces(doc, e, c.speaker)
            if forces is not None:
                return forces
    return None


def weapon_of(e: Event, perp: Actor | None) -> str:
    """The event's weapon; an attack by a state's forces (*perp*) with no weapon named is an air
    strike (ANNOTATION.md), whatever word told it ("the U.S. strikes", "Washington struck two
    facilities", "what Austin called self-defense attacks")."""
    if e.weapon == K.UNKNOWN_WEAPON and perp is not None and perp.side in K.STATE_FORCE_SIDES:
        return K.AIR_STRIKE
    return e.weapon


def rows(doc: Document, st: ArticleState) -> dict[str, list]:
    """Each table's rows, typed (see :mod:`conflictlib.schema`)."""
    aid, text, sentences, pub = doc.aid, doc.raw, doc.sentences, doc.pub  # (rows quote the text as given)

    def sentence(i: int) -> str:
        s = sentences[i]
        return text[s.start:s.end]

    def day_sentence(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    starts = [s.start for s in sentences]
    ids: dict[int, str] = {}
    reporting = reporting_names(doc)
    confirmers = _confirmers(doc, st, reporting)
    events = []
    for e in st.events:
        eid = f"{aid}:e{len(ids) + 1}"
        ids[e.idx] = eid
        perp, p = perp_of(doc, st, e), e.site
        events.append(EventRow(
            eid, aid, e.date, e.precision if e.date is not None else "unknown", weapon_of(e, perp),
            perp.name if perp else None, perp.side if perp else None, e.target,
            p.name if p else None, e.country, e.admin1, p.lat if p else None, p.lon if p else None,
            e.count, status(confirmers[e.idx], e.claimed_by, reporting,
                            not e.claimed_by and claimed_unnamed(doc, e)),
            JOIN.join(e.claimed_by) or None, JOIN.join(e.confirmed_by) or None, JOIN.join(e.denied_by) or None,
            e.killed, e.wounded, e.rule, e.start, e.end,
            sentence(e.sentence) if e.day_at is None or day_sentence(e.day_at) <= e.sentence
            else f"{sentence(e.sentence)} {sentence(day_sentence(e.day_at))}"))
    claims = [ClaimRow(f"{aid}:c{i + 1}", aid, pub, c.speaker.name, c.speaker.side, c.stance,
                       JOIN.join([ids[e.idx] for e in c.events]) or None, c.rule, c.start, c.end,
                       sentence(c.sentence))
              for i, c in enumerate(st.claims)]
    casualties = [CasualtyRow(aid, ids[c.event.idx] if c.event is not None else None, c.group, c.killed,
                              c.wounded, c.qualifier, c.cumulative, c.rule, c.start, c.end, sentence(c.sentence))
                  for c in st.casualties]
    deployments = [DeploymentRow(aid, force, country, troops, qualifier, pub, rule, start, end, sentence(i))
                   for force, country, troops, qualifier, rule, start, end, i in st.deployments]
    tallies = [TallyRow(aid, count, qualifier, since, scope, attributed, pub, rule, start, end, sentence(i))
               for count, qualifier, since, scope, attributed, rule, start, end, i in st.tallies]
    return {"events": events, "claims": claims, "casualties": casualties,
            "deployments": deployments, "tallies": tallies, "mentions": doc.mentions}
