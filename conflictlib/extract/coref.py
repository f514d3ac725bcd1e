"""Coreference: which event each anchor reports, a new one or one named before.

One attack is often named several times in an article (lead, detail, recap, quote); a
careful reader counts it once.  For each anchor, in text order:

- an anchor with sites joins the latest compatible event at that site ("The attack on
  al-Tanf ..."), fills in a lead's summary ("three attacks in Syria" detailed one by one),
  or is new; a definite plural over several sites takes the latest group of events with
  one event per site ("the attacks hit Ain al-Asad and Green Village");
- a definite or pronoun anchor without sites ("the strike", "The drone attacks", "It")
  joins the latest compatible event (or group, or the last N for "the three attacks");
- a weapon with no place of its own elaborates the attack just named ("... saying its
  fighters had fired a barrage of Katyusha rockets");
- "the October attacks" (definite, no site, no day) and a bare plural ("Attacks on US
  forces ...") refer to nothing this article reports and make no event;
- "two attacks in Iraq and Syria" is one event per country.

Writes ``ArticleState.events`` and ``n_groups`` and each anchor's ``events``; reads the
sentence's live anchors.
"""

from __future__ import annotations

from collections.abc import Sequence

import re

from ..lookup import Place
from ..lookup import kinds as K
from .context import ArticleState, Document, SentenceView
from .model import Anchor, AnchorKind as A, Event

#: Weapons outlets use for the same munition: not a different attack.
_SAME_WEAPON = {K.MISSILE, K.BALLISTIC_MISSILE}
#: A lead's summary ("three attacks in Syria") is detailed within this many sentences.
SUMMARY_REACH = 3
_BOTH = re.compile(r"\bboth\s(?:[\w\-]+\s){0,2}$")


def compatible(e: Event, a: Anchor, site: Place | None = None) -> bool:
    """Whether anchor *a* (at *site*, if given) can report event *e*: no field of one
    contradicts the other (weapon, side, day, site, country)."""
    if a.weapon != K.UNKNOWN_WEAPON and e.weapon != K.UNKNOWN_WEAPON and a.weapon != e.weapon and \
            {a.weapon, e.weapon} != _SAME_WEAPON:
        return False
    if a.perp is not None and e.perp is not None and a.perp.side != e.perp.side:
        return False
    if a.side_hint is not None and e.perp is not None and e.perp.side != a.side_hint:
        return False
    if a.date is not None and a.date.date is not None and e.date is not None and \
            a.date.precision == "day" and e.precision == "day" and a.date.date != e.date:
        return False
    if site is not None:
        if e.site is not None and e.site != site:
            return False
        if e.country is not None and site.country is not None and e.country != site.country:
            return False
    else:  # every country and site of the anchor must be the event's, if it has one
        if e.country is not None:
            for c in a.countries:
                if c != e.country:
                    return False
        if e.site is not None:
            for p in a.sites:
                if p != e.site:
                    return False
    return True


def fill(e: Event, a: Anchor, site: Place | None, country: str | None) -> None:
    """Complete event *e* with what anchor *a* says of it (never overwriting a known field,
    but a more specific perpetrator or a day for a month)."""
    if e.weapon == K.UNKNOWN_WEAPON:
        e.weapon = a.weapon
    if a.perp is not None and (e.perp is None or e.perp.kind == K.GENERIC or a.perp.parent == e.perp.name):
        e.perp = a.perp
    if e.target is None and a.target is not None:
        e.target = a.target
    if site is not None and e.site is None:
        e.site = site
    if e.site is not None:
        e.country = e.site.country
        e.admin1 = e.site.admin1
    elif country is not None and e.country is None:
        e.country = country
    if e.site is None and a.admin1 is not None and e.admin1 is None:
        e.admin1 = a.admin1
    if a.date is not None and a.date.date is not None and (
            e.date is None or (e.precision != "day" and a.date.precision == "day")):
        e.date, e.precision = a.date.date, a.date.precision


def resolve(doc: Document, sv: SentenceView, st: ArticleState, a: Anchor) -> None:
    """Attach anchor *a* to the events it reports (``a.events``), making new ones as needed."""
    s = sv.s
    definite = a.definite or a.anaphoric
    st.n_groups += 1
    group = st.n_groups
    e: Event | None
    if a.sites:
        objects: list[tuple[Place | None, str | None]] = [(p, p.country) for p in a.sites]
        for sc in a.site_countries:
            objects.append((None, sc))
        if definite and a.plural and len(objects) > 1:
            evs = _find_group_sites(st, a, objects)
            if evs:
                for e, (site, country) in zip(evs, objects):
                    fill(e, a, site, country)
                a.events.extend(evs)
                return
        for site, country in objects:
            e = None
            if site is not None:
                e = _find(st, a, site=site, definite=definite)
                if e is not None and e.site is None and e in a.events:
                    e = None
                if e is None:
                    e = _from_summary(st, a, site, s.idx)
                if e is None and definite:
                    # "The strikes hit al-Qaim and Akashat": one more attack like the last one
                    prev = [x for x in a.events if x.country == site.country] or a.events
                    if prev:
                        e = _clone(st, prev[-1])
            if e is None:
                e = _new_event(st, s.idx, a, group, site, country)
                if a.count is not None and len(objects) > 1:
                    e.count = 1
            else:
                fill(e, a, site, country)
            a.events.append(e)
        return
    if definite:
        k = a.count if a.count and a.count > 1 else (2 if _BOTH.search(doc.folded, a.seg_start, a.left) else 0)
        if a.plural and k > 1:
            evs = [e for e in st.events if compatible(e, a)][-k:]
            if len(evs) == k:  # "both attacks", "the three attacks"
                for e in evs:
                    fill(e, a, None, None)
                a.events.extend(evs)
                return
        if a.plural:
            evs = _find_group(st, a)
            if evs:
                for e in evs:
                    fill(e, a, None, None)
                a.events.extend(evs)
                return
        else:
            e = _find(st, a, site=None, definite=True)
            if e is not None:
                fill(e, a, None, None)
                a.events.append(e)
                return
    if not a.sites and not a.countries and a.weapon != K.UNKNOWN_WEAPON:
        # "... a rocket attack on Harir, saying its fighters had fired a barrage of Katyusha
        # rockets": a weapon with no place of its own elaborates the attack just named
        same = [e for x in sv.live if x is not a for e in x.events
                if e.weapon == a.weapon and compatible(e, a)]
        if len(same) == 1:
            fill(same[0], a, None, None)
            a.events.append(same[0])
            return
    day = a.date is not None and a.date.precision == "day"
    if definite and not a.sites and not day:
        return  # "the October attacks": refers to nothing this article reports
    if a.kind == A.NP and a.plural and a.count is None and not a.sites and not day:
        return  # a bare plural ("Attacks on US forces ...") names a kind of event, not one
    countries: Sequence[str | None] = a.countries or [None]
    if len(countries) > 1 and (a.count == len(countries) or (a.plural and a.count is None)):
        for c in countries:  # "two attacks in Iraq and Syria", "strikes in Iraq and Syria"
            e = _new_event(st, s.idx, a, group, None, c)
            e.count = 1
            a.events.append(e)
        return
    e = _new_event(st, s.idx, a, group, None, countries[0] if len(countries) == 1 else None)
    e.summary = (a.count or 1) > 1
    a.events.append(e)


def _new_event(st: ArticleState, sentence: int, a: Anchor, group: int, site: Place | None,
               country: str | None) -> Event:
    e = Event(idx=len(st.events), group=group, count=a.count, start=a.start, end=a.end,
              sentence=sentence, rule=a.rule)
    st.events.append(e)
    fill(e, a, site, country)
    return e


def _clone(st: ArticleState, e: Event) -> Event:
    """A sister event of *e* (same report, another place): a copy with its own id."""
    c = Event(idx=len(st.events), group=e.group, weapon=e.weapon, perp=e.perp, target=e.target,
              country=e.country, date=e.date, precision=e.precision, count=1,
              claimed_by=list(e.claimed_by), confirmed_by=list(e.confirmed_by),
              denied_by=list(e.denied_by), start=e.start, end=e.end, sentence=e.sentence, rule=e.rule)
    st.events.append(c)
    return c


def _from_summary(st: ArticleState, a: Anchor, site: Place, sentence: int) -> Event | None:
    """A lead's "three attacks on US forces in Syria" detailed later, attack by attack."""
    for e in reversed(st.events):
        if e.summary and e.site is None and sentence - e.sentence <= SUMMARY_REACH and compatible(e, a, site):
            if (e.count or 1) > 1:
                e.count = (e.count or 2) - 1
                return _clone(st, e)
            e.summary = False
            return e
    return None


def _find(st: ArticleState, a: Anchor, *, site: Place | None, definite: bool) -> Event | None:
    """The latest event anchor *a* names again, or None."""
    if a.perp is not None and definite and site is None:
        # "the US strikes" prefers the latest event with a perpetrator of that side
        for e in reversed(st.events):
            if e.perp is not None and e.perp.side == a.perp.side and compatible(e, a, site):
                return e
    if site is not None:
        for e in reversed(st.events):
            if e.site is not None and e.site == site and compatible(e, a, site):
                return e
    if not definite:
        return None
    skip_siteless = site is not None and a.anaphoric is False and not a.definite
    for e in reversed(st.events):
        if skip_siteless and e.site is None:
            continue
        if compatible(e, a, site):
            return e
    return None


def _find_group_sites(st: ArticleState, a: Anchor, objects: list[tuple[Place | None, str | None]]) -> list[Event]:
    """The latest group of events with one compatible event for each site, in site order."""
    # the groups, that of the latest event first, each with its events in order (one pass
    # over the events, as in _find_group: a pass per group was quadratic in long texts)
    members: dict[int, list[Event]] = {}
    for e in reversed(st.events):
        if e.group not in members:
            members[e.group] = []
    for e in st.events:
        members[e.group].append(e)
    for evs in members.values():
        if len(evs) != len(objects):
            continue
        out: list[Event] = []
        for site, country in objects:
            pick = next((e for e in evs if e not in out and (
                compatible(e, a, site) if site is not None else e.country == country)), None)
            if pick is None:
                break
            out.append(pick)
        if len(out) == len(objects):
            return out
    return []


def _find_group(st: ArticleState, a: Anchor) -> list[Event]:
    """The latest group of events all compatible with *a* (of its side first)."""
    members: dict[int, list[Event]] = {}
    for e in reversed(st.events):  # the group of the latest event first
        if e.group not in members:
            members[e.group] = []
    for e in st.events:
        members[e.group].append(e)
    groups = members.values()
    if a.perp is not None:
        side = a.perp.side
        for evs in groups:
            for e in evs:
                if e.perp is None or e.perp.side != side or not compatible(e, a):
                    break
            else:
                return evs
    for evs in groups:
        for e in evs:
            if not compatible(e, a):
                break
        else:
            return evs
    return []
