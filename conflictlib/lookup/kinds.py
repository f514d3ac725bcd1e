"""The closed vocabularies of the lookup tables: place kinds, actor kinds and sides, weapon
classes and roles.

The rules of the extractor branch on these values ("an armed group's statement is a
claim", "a city that only locates a base is no site"), so a misspelled value in a CSV
row would silently switch a rule off.  :func:`check` is run on every row when a table
is loaded (the package's and a user's own) and raises on a value not listed here; the
extractor compares against the constants below, never against string literals.
"""

from __future__ import annotations

from typing import Final

# -- places.csv `kind` ------------------------------------------------------------------------
COUNTRY: Final = "country"
REGION: Final = "region"      # "northern Iraq": gives a country, is no place
ADMIN1: Final = "admin1"      # a governorate / province
CITY: Final = "city"
TOWN: Final = "town"
DISTRICT: Final = "district"
BASE: Final = "base"
#: Fields of oil or gas: a base may stand in one ("an outpost of US troops inside the Conoco gas field").
FIELD_KINDS: Final = ("gas field", "oil field")
PLACE_KINDS: Final = frozenset({
    COUNTRY, REGION, ADMIN1, CITY, TOWN, DISTRICT,
    "airport", BASE, "embassy", *FIELD_KINDS, "site",
})
#: Kinds that are areas, not a site an attack can be at.
AREA_KINDS: Final = frozenset({COUNTRY, REGION, ADMIN1})
#: How specific a place kind is, for kinds that may only locate a more specific place:
#: "Harir airport in the city of Erbil" names one site, Harir; a kind not listed is a site
#: (rank 4) and never a locator.
LOCATOR_RANK: Final = {ADMIN1: 1, CITY: 2, TOWN: 2, DISTRICT: 3}
SITE_RANK: Final = 4

# -- actors.csv `kind` and `side` -------------------------------------------------------------
ARMED_GROUP: Final = "armed group"
UMBRELLA_GROUP: Final = "umbrella group"
STATE: Final = "state"
MILITARY: Final = "military"
GOVERNMENT_BODY: Final = "government body"
OFFICIAL: Final = "official"
MONITOR: Final = "monitor"    # the Syrian Observatory: a source, never a perpetrator
GENERIC: Final = "generic"    # "Iran-backed militias": a kind of actor, not a named one
SOURCE: Final = "source"      # "Iraqi security sources", "a local source": anonymous, of no side's command
MEDIA: Final = "media"        # "Syrian state media": a state's outlet, reporting, not speaking for it
#: The name of a state's generic militias in actors.csv ("Iran-backed militias"), of kind GENERIC.
BACKED_MILITIAS: Final = "{}-backed militias"
ACTOR_KINDS: Final = frozenset({
    ARMED_GROUP, UMBRELLA_GROUP, STATE, MILITARY, GOVERNMENT_BODY, OFFICIAL, MONITOR, GENERIC,
    SOURCE, MEDIA,
})
#: Groups whose statements claim attacks and whose names "the group" refers back to.
GROUP_KINDS: Final = (ARMED_GROUP, UMBRELLA_GROUP)
#: Speakers that report rather than act: their word that an attack happened is a
#: confirm row, but it does not make the attack ``confirmed`` (only the attacked side, a
#: state about its own strike, or a neutral official or government do); never perpetrators.
REPORTING_KINDS: Final = (MONITOR, SOURCE, MEDIA)
#: Actors of a state: their statements about their own side's strikes confirm them.
STATE_KINDS: Final = (STATE, MILITARY, GOVERNMENT_BODY, OFFICIAL)

US_LED: Final = "us-led"
IRAN_ALIGNED: Final = "iran-aligned"
ISRAEL: Final = "israel"
NEUTRAL: Final = "neutral"
OTHER: Final = "other"
SIDES: Final = frozenset({
    US_LED, IRAN_ALIGNED, ISRAEL, NEUTRAL, OTHER,
    "iraq", "jihadist", "kurdistan", "palestinian", "syria",
})
#: Sides whose forces strike as states: "The United States struck ..." is the US military.
STATE_FORCE_SIDES: Final = (US_LED, ISRAEL)
#: The sides each side's attacks are aimed at in this campaign (a US or Israeli strike hits the
#: Iran-aligned side; a militia drone the US-led side or Israel): with the attacker's own side,
#: the parties to an attack.  A state of any other side speaks of it as a third party.  (The
#: war in Gaza is not in the table: its parties and third parties are another question.)
WARRING_SIDES: Final = {
    US_LED: (IRAN_ALIGNED,),
    ISRAEL: (IRAN_ALIGNED,),
    IRAN_ALIGNED: (US_LED, ISRAEL),
}

# -- weapons.csv `weapon` and `role` ----------------------------------------------------------
UNKNOWN_WEAPON: Final = "unknown"
AIR_STRIKE: Final = "air strike"
MISSILE: Final = "missile"
BALLISTIC_MISSILE: Final = "ballistic missile"
WEAPONS: Final = (
    "drone", "rocket", MISSILE, BALLISTIC_MISSILE, AIR_STRIKE, "mortar",
    "IED", "artillery", "gunfire", UNKNOWN_WEAPON,
)
MUNITION: Final = "munition"  # "rockets": a thing fired; not an attack by itself
ATTACK: Final = "attack"      # "strike", "attack": names an attack
GENERIC_ROLE: Final = "generic"
IGNORE: Final = "ignore"      # "carrier strike group": a weapon word that names no attack
WEAPON_ROLES: Final = frozenset({MUNITION, ATTACK, GENERIC_ROLE, IGNORE})

#: table -> column -> the values allowed in it
ALLOWED: Final = {
    "places": {"kind": PLACE_KINDS},
    "actors": {"kind": ACTOR_KINDS, "side": SIDES},
    "weapons": {"weapon": frozenset(WEAPONS), "role": WEAPON_ROLES},
    "garrisons": {"side": SIDES},
}


def check(table: str, row: dict[str, str], source: str) -> None:
    """Raise ``ValueError`` if a row of *table* has a value its column does not allow
    (an empty value is allowed: the loader gives it the column's default)."""
    for col, allowed in ALLOWED.get(table, {}).items():
        value = row.get(col)
        if value and value not in allowed:
            raise ValueError(f"{source}: {table} row {row.get('name') or row.get('term')!r} has "
                             f"{col}={value!r}; allowed: {', '.join(sorted(allowed))}")
