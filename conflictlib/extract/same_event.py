"""Same attack or not: whether an anchor can report an event, and what it adds to it.

Coreference (:mod:`.coref`) decides which event each anchor reports; this module holds the
two tests it applies to a candidate, as a careful reader does:

- no field of the anchor contradicts the event (:func:`compatible`): an assassination names
  again only an assassination, and is named again by another noun only at its site (a militia's
  rocket attack is not "the assassination" a later sentence blames on Israel, nor is a killing in
  Lebanon "Monday's attack"); the weapon (outlets call
  one munition a missile or a ballistic missile; a state's strike named again as a drone is
  how it was flown), the attacking side, the day, the site (a site and the city it lies in are
  one place named twice) and the country;
- what the anchor adds fills the event's unknown fields, never overwriting a known one but a
  more specific perpetrator, site, weapon or a day for a month (:func:`fill`).
"""

from __future__ import annotations

from ..lookup import Place
from ..lookup.garrisons import held_by
from ..lookup.installations import km, same_site
from ..lookup import kinds as K
from .model import Anchor, Event

#: Weapons outlets use for the same munition: not a different attack.
SAME_WEAPON = {K.MISSILE, K.BALLISTIC_MISSILE}
#: Mortar rounds are shells: an outlet's "shelling" (artillery, weapons.csv) names a mortar attack
#: again ("mortar rounds struck the base on Tuesday" ... "Tuesday's shelling of the base"), and
#: the mortar is the more specific weapon.
SHELLING_WEAPONS = {"artillery", "mortar"}
#: Projectiles outlets name loosely for one barrage ("a rocket attack struck the base" ... "four
#: missiles were fired from a truck"): a munition with nothing of its own (no place, day or
#: attacker) told a few sentences after such an attack is that attack's munition (coref).
PROJECTILES = frozenset({"rocket", "mortar", K.MISSILE, K.BALLISTIC_MISSILE})
#: A site this close (km) to a city or town of its governorate lies in it ("a drone strike in
#: Baghdad" ... "the strike in Baghdad's Mashtal district"; "Erbil" and Erbil's airport).
WITHIN_KM = 15.0
#: A site this close (km) to a district of its governorate lies in it: a district is a
#: quarter of a city ("rockets hit the US embassy in Baghdad" ... "the attack targeted the Green
#: Zone"), so only its own few kilometres, not the city's reach.
DISTRICT_KM = 3.0
#: Settlements hold districts and sites; localities are the places that hold a site.
_SETTLEMENTS = (K.CITY, K.TOWN)
_LOCALITIES = _SETTLEMENTS + (K.DISTRICT,)


def _rank(p: Place) -> int:
    """How narrow a place is: a city or town, then a district, then a site."""
    return K.LOCATOR_RANK.get(p.kind, K.SITE_RANK)


def within(p: Place, q: Place) -> bool:
    """Whether one of two places is a city, town or district and the other a site that lies in
    it: an attack at both is one attack named once broadly, once precisely."""
    # the broader of the two holds the other: a city holds its districts and sites, a district
    # its sites ("Baghdad" ... "the Mashtal district"; "the Green Zone" ... "the US embassy")
    city, site = (p, q) if _rank(p) <= _rank(q) else (q, p)
    if city.kind not in _LOCALITIES or site.kind in _SETTLEMENTS or site.kind == city.kind or not site.is_site:
        return False
    if city.country != site.country or city.admin1 != site.admin1 or None in (city.lat, city.lon, site.lat, site.lon):
        return False
    return km(city, site) <= (DISTRICT_KM if city.kind == K.DISTRICT else WITHIN_KM)


def in_namesake(e: Event, a: Anchor, site: Place) -> bool:
    """Whether *site* is a city that bears its governorate's name, event *e* is at a site of
    that governorate, and anchor *a* agrees with *e* on a known weapon or day: a bare "Erbil"
    or "Deir ez-Zor" is the city in the gazetteer, but a reporter names a base of the province
    by it too ("a drone hit Harir Air Base" ... "the drone attack in Erbil", Harir lying some
    60 km from the city).  Without such agreement "the strike near Deir ez-Zor" may be the
    city's own (a state's strike after a militia attack on a base of the province)."""
    city, base = site, e.site
    if base is None or city.kind != K.CITY or city.name != city.admin1 or not base.is_site or \
            base.kind in _LOCALITIES or base.country != city.country or base.admin1 != city.admin1:
        return False
    same_weapon = a.weapon != K.UNKNOWN_WEAPON and a.weapon == e.weapon
    same_day = a.date is not None and a.date.date is not None and a.date.precision == "day" and \
        e.precision == "day" and a.date.date == e.date
    return same_weapon or same_day


def _state_drone(e: Event, a: Anchor) -> bool:
    """A state's strike named again as a drone: air strike is the weapon a strike by a
    state's forces takes when none is named, and the drone named after it is how it was flown
    ("The U.S. military launched a strike in Baghdad" ... "a drone fired two rockets at the
    headquarters").  Not the other way: a drone attack named first is no state's strike."""
    return a.weapon == "drone" and e.weapon == K.AIR_STRIKE and e.perp is not None \
        and e.perp.side in K.STATE_FORCE_SIDES


def projectile_of(e: Event, a: Anchor) -> bool:
    """Whether anchor *a*'s projectiles may be those of event *e* though their word differs."""
    return a.weapon in PROJECTILES and e.weapon in PROJECTILES


def compatible(e: Event, a: Anchor, site: Place | None = None) -> bool:
    """Whether anchor *a* (at *site*, if given) can report event *e*: no field of one
    contradicts the other (weapon, side, day, site, country)."""
    if a.killing and not e.killing:
        return False
    if e.killing and not a.killing and (site is None or e.site != site):
        return False  # another noun names a killing again only at its site ("the strike in Beirut")
    if a.answering and e.motive and e.weapon == K.UNKNOWN_WEAPON and a.weapon != K.UNKNOWN_WEAPON:
        return False  # "strikes in Iraq in retaliation for an attack in Jordan ... the retaliatory
        # airstrikes": the strike that answers an attack never lends that attack its weapon (a
        # word on "the retaliatory attacks" may still be tied to both)
    if e.named != (a.named_country is not None):
        return False  # a named attack ("Operation al-Aqsa Storm") is no other attack, and is named
        # again by its name only ("... backed Israel's attacks on Gaza" is not the operation)
    if a.weapon != K.UNKNOWN_WEAPON and e.weapon != K.UNKNOWN_WEAPON and a.weapon != e.weapon and \
            {a.weapon, e.weapon} != SAME_WEAPON and {a.weapon, e.weapon} != SHELLING_WEAPONS and not _state_drone(e, a):
        return False
    if a.perp is not None and e.perp is not None and a.perp.side != e.perp.side:
        return False
    if site is None and not a.plural and a.perp is not None and e.perp is None \
            and a.perp.side in K.STATE_FORCE_SIDES and held_by(e.site) == a.perp.side:
        return False  # "the U.S. drone strike that killed Soleimani", named with no place, is no
        # drone attack on a base US forces hold (Ain al-Asad): a state's forces do not strike
        # their own installation.  (An anchor with a place of its own, or a plural, is left as
        # it was: a side misread there, "penetrated U.S. air defenses at the Erbil base", would
        # otherwise become an attack row of its own.)
    if a.side_hint is not None and e.perp is not None and e.perp.side != a.side_hint:
        return False
    if a.date is not None and a.date.date is not None and e.date is not None and \
            a.date.precision == "day" and e.precision == "day" and a.date.date != e.date:
        return False
    if a.date is not None and a.date.date is not None and e.date is not None and \
            a.date.kind == "month" and e.precision == "day" and \
            (a.date.date.year, a.date.date.month) != (e.date.year, e.date.month):
        return False  # "in late January" (a month named) is not an attack of April 22; a month
        # from "earlier this week" may hold the day before the turn of the month
    if a.date is not None and a.date.date is not None and e.date is not None and \
            a.date.precision == "year" and a.date.date.year != e.date.year:
        return False  # "the same group used drones to attack the base in 2022" is not Thursday's attack
    if site is not None:
        if e.site is not None and not same_site(e.site, site) and not (
                (a.definite or a.anaphoric) and (within(e.site, site) or in_namesake(e, a, site))):
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
                if not same_site(p, e.site):
                    return False
    return True


def fill(e: Event, a: Anchor, site: Place | None, country: str | None) -> None:
    """Complete event *e* with what anchor *a* says of it (never overwriting a known field,
    but a more specific perpetrator or a day for a month)."""
    if e.weapon == K.UNKNOWN_WEAPON or (e.weapon == K.AIR_STRIKE and a.weapon == "drone") or (
            e.weapon == K.MISSILE and a.weapon == K.BALLISTIC_MISSILE) or (
            e.weapon == "artillery" and a.weapon == "mortar"):
        e.weapon = a.weapon  # a state's strike flown by a drone is a drone strike; a missile
        # attack whose missiles are named ballistic is a ballistic missile attack; shelling told
        # as mortar rounds is a mortar attack
    if a.perp is not None and (e.perp is None or not a.traced and (
            e.perp.kind == K.GENERIC or a.perp.parent == e.perp.name)):
        e.perp = a.perp
        e.group_subject = a.group_subject
    if e.target is None and a.target is not None:
        e.target = a.target
    if site is not None and (e.site is None or (e.site.kind in _LOCALITIES and _rank(e.site) < _rank(site))):
        e.site = site  # the place, or the site in the city named before ("Baghdad" ... "Mashtal")
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
    elif a.date is not None and a.date.kind == "weekday" and a.date.date is None and e.date is None \
            and e.day_at is None and a.start > e.end:
        # no publication date resolves a later sentence's "hurt in Monday's attack": its row
        # quotes that sentence, for linking to read the weekday (the day stays unknown)
        e.day_at = a.start
