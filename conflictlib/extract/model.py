"""The records the stages pass to each other: cues, anchors and events.

An *anchor* is the words of one sentence that report an attack ("two drone attacks",
"rockets were fired at", "came under attack"); :mod:`.frames` fills in who, where and
when, and :mod:`.coref` turns it into *events*: new ones, or events of earlier sentences
that it names again.  An event becomes one row of the events table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from .._dates import DateExpr
from ..lookup import Actor, Hit, Place
from ..lookup import kinds as K
from ..lookup.installations import same_site

# A name found in the text, with its place, actor and weapon entries (each may be None).
Tok = Hit


class Cue(NamedTuple):
    """A grammar word found in the text (see :mod:`conflictlib.lookup.vocab`): its span,
    kind (the name of the vocabulary table that lists it, see :class:`CueKind`) and folded
    phrase."""

    start: int
    end: int
    kind: str
    text: str


class CueKind:
    """The kinds of grammar words: each is the name of a table in ``lookup.vocab._TABLES``."""

    ATTACK_V: Final = "attack_v"        # attacked, targeted, struck, hit
    UNDER_ATTACK: Final = "under_attack"  # came under attack, was attacked
    LAUNCH_V: Final = "launch_v"        # launched, fired
    AIM_V: Final = "aim_v"              # aimed at, headed toward (after a munition)
    AGENT: Final = "agent"              # carried out, conducted, was behind
    KILL: Final = "kill"
    WOUND: Final = "wound"
    NO_CAS: Final = "no_cas"            # no casualties, no one was hurt
    SAY: Final = "say"
    CLAIM: Final = "claim"
    CONFIRM: Final = "confirm"
    DENY: Final = "deny"
    ACK: Final = "ack"                  # acknowledged, mourned
    BLAME: Final = "blame"
    THREAT: Final = "threat"
    TREND: Final = "trend"
    HYPO: Final = "hypo"
    PHOTO: Final = "photo"
    NEG: Final = "neg"
    FALSE: Final = "false"              # "reports ... were false"
    HOURS: Final = "hours"              # hours after, the same day
    SINCE: Final = "since"
    TIMES: Final = "times"
    COUNTED: Final = "counted"          # incidents, operations, launches (a tally's nouns)
    TROOPS: Final = "troops"
    DEPLOY: Final = "deploy"


C = CueKind

#: Cues that make an anchor unreal: a photo caption, a trend, a hypothetical, a threat, a negation.
SUPPRESSORS = frozenset({C.PHOTO, C.TREND, C.HYPO, C.THREAT, C.NEG})
#: Speech verbs that report an anchor before them (its objects end there).
REPORTING = (C.SAY, C.CLAIM, C.CONFIRM, C.DENY, C.ACK)
#: Speech verbs whose speaker is a speaker row's.
SPEECH = (C.SAY, C.CLAIM, C.CONFIRM, C.DENY, C.ACK, C.THREAT)
#: Cues that give a claims row its stance.
STANCE_KINDS = frozenset({C.SAY, C.CLAIM, C.CONFIRM, C.DENY, C.ACK, C.THREAT, C.BLAME})


class AnchorKind:
    NP: Final = "np"              # an attack noun phrase: "two drone attacks"
    MUNITION: Final = "munition"  # a munition with a verb: "rockets were fired at"
    VERB: Final = "verb"          # an attack verb with a subject: "militants attacked"
    KILL: Final = "kill"          # a killing by a named actor: "Hamas operatives killed 1,200 people"


@dataclass(eq=False, slots=True)
class Event:
    """One attack as this article reports it (one events row)."""

    idx: int
    group: int   # anchors resolved together share a group ("strikes hit al-Qaim and Akashat")
    weapon: str = K.UNKNOWN_WEAPON
    perp: Actor | None = None
    target: str | None = None
    site: Place | None = None
    country: str | None = None
    date: dt.date | None = None
    precision: str = "unknown"
    count: int | None = 1
    claimed_by: list[str] = field(default_factory=list)
    confirmed_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    killed: int | None = None
    wounded: int | None = None
    start: int = 0
    end: int = 0
    sentence: int = 0
    rule: str = ""
    admin1: str | None = None
    summary: bool = False  # a lead's "three attacks in Syria", to be detailed later
    killing: bool = False  # reported as a targeted killing ("the assassination of ..."): see same_event
    named: bool = False  # reported by a name of its own ("Operation al-Aqsa Storm"): see same_event
    motive: bool = False  # first told as the attack a strike answered ("in response to an attack in Jordan")
    # its perpetrator is the last group named, as the subject of the verb that launched it ("The
    # resistance also conducted a drone attack"): the group's own account (claims.group_accounts)
    group_subject: bool = False
    # where a later sentence gives its day as a bare weekday that no publication date resolves
    # ("... drones targeted the base. The incident took place on Wednesday night.", "troops were
    # hurt in Monday's attack"): an offset in that sentence.  Its row quotes that sentence
    # too, so that linking reads the weekday (incidents/weekdays.py); it dates nothing.
    day_at: int | None = None


def may_be_one(a: Event, b: Event, *, sides: bool = False) -> bool:
    """Whether two events of one article may be one attack named twice (a headline and its
    lead, two statements on one strike): nothing known of both differs, weapon, site,
    country, date, and with *sides* the perpetrator's side.  Read by casualties (the same
    dead named twice) and claims (the same official's words on one occasion)."""
    if a is b:
        return True
    known = K.UNKNOWN_WEAPON
    return not (
        a.weapon != known and b.weapon != known and a.weapon != b.weapon
        or a.site is not None and b.site is not None and not same_site(a.site, b.site)
        or a.country is not None and b.country is not None and a.country != b.country
        or a.date is not None and b.date is not None and a.date != b.date
        or sides and a.perp is not None and b.perp is not None and a.perp.side != b.perp.side)


@dataclass(slots=True)
class Anchor:
    """The words of one sentence that report an attack, and its frame once read."""

    start: int
    end: int
    kind: str   # an AnchorKind
    rule: str
    weapon: str = K.UNKNOWN_WEAPON
    count: int | None = None
    definite: bool = False
    plural: bool = False
    anaphoric: bool = False
    perp: Actor | None = None
    target: str | None = None
    sites: list[Place] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    site_countries: list[str] = field(default_factory=list)
    date: DateExpr | None = None
    suppressed: str | None = None
    left: int = 0        # start of the noun phrase (determiner, number, modifiers)
    seg_start: int = 0   # end of the previous anchor
    seg_end: int = 0     # start of the next anchor
    passive: bool = False
    side_hint: str | None = None
    admin1: str | None = None
    killing: bool = False  # a killing noun (KILLING_NOUNS): "the assassination of a commander"
    named_country: str | None = None  # the country a named operation hit (NAMED_OPERATIONS)
    motive: bool = False  # the object of a motive phrase ("in retaliation for an attack on ..."): frames.py
    borrowed_country: bool = False  # a motive's country taken from the strike's clause (frames.py)
    answering: bool = False  # "the retaliatory strikes": never the attack they answer (same_event.compatible)
    group_subject: bool = False  # perp from a group word as the subject (see Event.group_subject)
    # perp from the attacker's marks ("bore the footprints of ..."): an assessment that names an
    # attacker where none is known, never one that takes the place of a blame already given
    traced: bool = False
    events: list[Event] = field(default_factory=list)
