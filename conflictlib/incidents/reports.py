"""Reports: each events row with what linking needs, and when two reports may be one attack
(see the rules in :mod:`conflictlib.incidents`)."""

from __future__ import annotations

import datetime as dt
import functools
from array import array
from dataclasses import dataclass
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final

from ..lookup import kinds as K
from ..lookup.installations import homes
from .weekdays import night_of, weekday_of
from .common import (_AREA, _AREA_KINDS, _COUNTRY, _DATE_LEVEL, _DAY, _MONTH, _NOWHERE, _SITE, _UNDATED,
                     _YEAR, CITY_KM, TOWN_KM, _date, _km, _side_of, _split, _str)

if TYPE_CHECKING:
    import pandas as pd


@dataclass(slots=True)  # slots: no dict per report (a corpus holds hundreds of thousands)
class _Report:
    """One event row, with what linking needs."""

    idx: int        # its place in linking's fixed order (date, article, event id): the tie-break
    event_id: str
    article_id: str
    date: dt.date | None
    date_level: int
    published: dt.date | None
    place: str | None
    place_level: int
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    weapon: str | None
    side: str | None
    is_admin1: bool = False  # the place is a governorate (in the parse's own lookup tables)
    is_town: bool = False    # the place is a town (a site of linking that holds the sites at its edge)
    spot: str | None = None  # its place, or for a site the town it stands by (see _town_of)
    killed: frozenset[int] = frozenset()   # the non-zero toll this report gives (see _toll)
    wounded: frozenset[int] = frozenset()
    target: str | None = None              # a named target (a group, a commander), not "US forces"
    claimants: frozenset[str] = frozenset()  # named groups that claim it (not an umbrella)
    # the sites its article reports attacks on, one object for all the article's reports (a
    # round-up names seven bases: one set of seven, not seven sets of six); see also
    sites: frozenset[str] = frozenset()
    # its place as linking names the installation: a field a base stands at is that base
    # ("the Conoco gas field" is the Conoco base; lookup.installations)
    home: str | None = None
    target_side: str | None = None         # without a side: the side of its target ("US forces")
    weekday: int | None = None             # undated: the weekday its sentence gives (0 = Monday)
    # the night its sentence puts it in, by the evening's weekday ("late Tuesday", "early on
    # Wednesday": both 1, the night of Tuesday); see weekdays.night_of
    night: int | None = None
    # an air strike with no figure of its own: the one toll its article gives the other air
    # strikes of its day (see _article_tolls); linking evidence only, never the incident's figure
    told_killed: frozenset[int] = frozenset()
    told_wounded: frozenset[int] = frozenset()

    @property
    def evidence_killed(self) -> frozenset[int]:
        """The killed figures that tie it to another report: its own, or (an air strike with
        none) its article's toll of the air strikes (``told_killed``)."""
        return self.killed | self.told_killed if self.told_killed else self.killed

    @property
    def evidence_wounded(self) -> frozenset[int]:
        """The wounded figures that tie it to another report (as :attr:`evidence_killed`)."""
        return self.wounded | self.told_wounded if self.told_wounded else self.wounded

    @property
    def also(self) -> frozenset[str]:
        """The other sites its article reports attacks on."""
        return self.sites - {self.home} if self.sites and self.home is not None else _NO_SITES

    @property
    def spec(self) -> tuple[int, int]:
        return (self.place_level, self.date_level)


_NO_SITES: Final[frozenset[str]] = frozenset()


@dataclass(frozen=True)
class _Rules:
    days: int
    approx_days: int


WEAPON_FAMILIES: Final = (
    frozenset({"rocket", "missile", "ballistic missile"}),  # "rockets" for ballistic missiles
    frozenset({"drone", "air strike"}),                     # a US "drone strike" is an air strike
)
"""Weapons that outlets describe differently for one attack.  Drone and air strike are one
family only for a strike by a state's forces (a militia drone is no air strike)."""


def _weapon_ok(a: _Report, b: _Report) -> str | None:
    """"" when equal or one unknown, a reason when they differ as outlets do, None otherwise."""
    if not a.weapon or not b.weapon or a.weapon == b.weapon:
        return ""
    pair = {a.weapon, b.weapon}
    for fam in WEAPON_FAMILIES:
        if pair <= fam:
            if "air strike" in pair and not ({a.side, b.side} & set(K.STATE_FORCE_SIDES)):
                return None
            return f"{a.weapon} or {b.weapon}"
    return None


def _place_ok(a: _Report, b: _Report) -> str | None:
    """How the places of *a* and *b* agree, or None when they cannot be one attack."""
    if a.country is None or b.country is None or a.country != b.country:
        return None
    if a.place is None or b.place is None:
        return "same country" if a.place is None and b.place is None else "a place and its country"
    if a.place == b.place:
        return "same place"
    if a.home is not None and a.home == b.home:
        return "a base and the field it stands at"
    if a.place_level == _SITE and b.place_level == _SITE:
        # never two different sites, but a base and the town it stands by may be one
        return "a site and its town" if a.spot == b.spot and a.is_town != b.is_town else None
    if a.admin1 is None or a.admin1 != b.admin1:
        return None
    kinds = (a.place_level, b.place_level)
    if kinds == (_AREA, _AREA):
        # a city and its governorate (two different cities never match)
        return "a city and its governorate" if a.is_admin1 or b.is_admin1 else None
    area, site = (a, b) if a.place_level == _AREA else (b, a)
    if area.is_admin1:
        return "a site and its governorate"
    if None in (area.lat, area.lon, site.lat, site.lon):
        return "a site and its city"
    if _km(area.lat, area.lon, site.lat, site.lon) <= CITY_KM:  # type: ignore[arg-type]
        return "a site and its city"
    return None


def _evidences(a: _Report, b: _Report) -> list[str]:
    """Specific evidence that *a* and *b* report one attack: the same non-zero casualty
    figure, the same named target, a claim by the same named group, another attack on the
    same site in both articles (the same night's attacks; not for two US strikes)."""
    out = [f"both say {k} killed" for k in sorted(a.killed & b.killed)]
    out += [f"both say {w} wounded" for w in sorted(a.wounded & b.wounded)]
    if a.told_killed or a.told_wounded or b.told_killed or b.told_wounded:
        out += [f"both say {k} killed (one as its article's toll of the air strikes)"
                for k in sorted((a.evidence_killed & b.evidence_killed) - (a.killed & b.killed))]
        out += [f"both say {w} wounded (one as its article's toll of the air strikes)"
                for w in sorted((a.evidence_wounded & b.evidence_wounded) - (a.wounded & b.wounded))]
    if a.target and a.target == b.target:
        out.append(f"both name the target {a.target}")
    out += [f"both say {c} claimed it" for c in sorted(a.claimants & b.claimants)]
    if not (a.side == b.side == K.US_LED):
        # (a US strike's article names the attack it answers, and the militias struck the same
        # bases again and again: "in reply to the attack on Ain al-Asad" ties no two strikes)
        out += [f"both also report an attack on {o}" for o in sorted(a.also & b.also)]
    wa, wb = _weekday(a), _weekday(b)
    if wa is not None and wa == wb and (a.weekday is not None or b.weekday is not None):
        out.append(f"both say {_DAY_NAMES[wa]}")
    elif a.night is not None and a.night == b.night and wa != wb:
        # one outlet's "late Tuesday" is another's "early on Wednesday": one night
        out.append(f"both tell the night of {_DAY_NAMES[a.night]}")
    return out


_DAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekday(r: _Report) -> int | None:
    """The weekday of a report's attack: its day's, or the one an undated report gives."""
    if r.date is not None and r.date_level == _DAY:
        return r.date.weekday()
    return r.weekday


def _weekday_apart(a: _Report, b: _Report) -> bool:
    """An undated report's weekday is two days or more from the other's ("a Thursday strike"
    is not the one another outlet dates to a Monday; a day apart may be US or local time)."""
    wa, wb = _weekday(a), _weekday(b)
    if wa is None or wb is None:
        return False
    gap = abs(wa - wb) % 7
    return min(gap, 7 - gap) >= 2


def _evidence(a: _Report, b: _Report, need: int = 1) -> str | None:
    """At least *need* pieces of specific evidence, as a phrase; None when fewer."""
    ev = _evidences(a, b)
    return " and ".join(ev[:need]) if len(ev) >= need else None


_NEWS_DAYS: Final = 2
"""Two undated reports of one place published this many days apart or less report one attack
(the news of an attack runs for a day or two)."""


@functools.lru_cache(maxsize=4096)
def _window(published: dt.date | None, approx_days: int) -> tuple[dt.date, dt.date] | None:
    """Days an undated report published on *published* may refer to."""
    if published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    return monday - dt.timedelta(days=approx_days), published


TWO_EVIDENCES: Final = 2
"""What :func:`_date_ok` says of two reports that only two pieces of specific evidence tie."""


def _date_ok(a: _Report, b: _Report, rules: _Rules) -> tuple[str, bool | int | None] | None:
    """How the dates of *a* and *b* agree and whether that ties them by itself (True), only
    with specific evidence (False), only with two pieces of it (:data:`TWO_EVIDENCES`) or
    never (None: nothing sets them apart, but nothing can tie them either); None when they
    cannot be one attack."""
    if a.date_level == _UNDATED or b.date_level == _UNDATED:
        if a.place is None and b.place is None:
            return _country_dates(a, b, rules)
        if a.place is None or a.place != b.place:
            return _other_place_dates(a, b, rules)
        if a.date_level == _UNDATED and b.date_level == _UNDATED:
            wa, wb = _window(a.published, rules.approx_days), _window(b.published, rules.approx_days)
            if wa and wb and _apart(wa, wb):
                return None  # published weeks apart: not the same "last week"
            if a.published and b.published and abs((a.published - b.published).days) <= _NEWS_DAYS:
                return f"both undated, published within {_NEWS_DAYS} days", True
            if a.published and b.published and not _evidence(a, b):
                # published days apart: each may mean another attack of its "last week", so
                # not even a report tied to both may bring them together
                return None
            return "both undated", False
        undated, dated = (a, b) if a.date_level == _UNDATED else (b, a)
        win = _window(undated.published, rules.approx_days)
        if win is None and dated.date_level == _YEAR:
            # a year names no attack of its own (a 2020 Baghdad strike that killed a commander,
            # named as background): a report with no day and no publication date is never set
            # in it, even by a shared toll, nor kept out of it
            return "undated, a year", None
        if win is None or dated.date is None:
            return "undated", False
        return ("undated, published within the week after", True) if _falls_in(dated, win) else None
    assert a.date is not None and b.date is not None
    if a.date_level == _DAY and b.date_level == _DAY:
        gap = abs((a.date - b.date).days)
        if gap < rules.days:
            return ("same day" if gap == 0 else f"{gap} day(s) apart"), True
        if gap == rules.days == 1 and a.article_id != b.article_id:
            # one outlet counts in US time, another in local time
            return "a day apart (US or local time)", False
        return None
    coarse = min(a.date_level, b.date_level)
    if coarse == _YEAR:
        return ("a day within the year", True) if a.date.year == b.date.year else None
    if (a.date.year, a.date.month) == (b.date.year, b.date.month):
        return ("same month" if a.date_level == b.date_level else "a day within the month"), True
    return None


def _other_place_dates(a: _Report, b: _Report, rules: _Rules) -> tuple[str, bool | int | None]:
    """Dates of an undated report and a report of another place it may be (a place and its
    country, a site and its city or town).  Nothing ties them by the dates alone (the other
    place may hold another attack).  An undated report with a publication date is tied on
    specific evidence to a report dated in its publication window ("the US strike in Syria
    killed nine", published on Friday, and "nine killed in the strike in Deir ez-Zor on
    Wednesday"), as two reports of only a country are; where neither undated one has a
    publication date, two pieces of it tie them ("US strikes killed four and wounded ten at
    al-Mayadin" and "strikes in Deir ez-Zor on Monday killed four and wounded ten"); nothing
    sets them apart either, once they are in one incident."""
    undated, other = (a, b) if a.date_level == _UNDATED else (b, a)
    if other.date_level == _YEAR:
        return "undated, another place", None
    if undated.published is not None:
        win = _window(undated.published, rules.approx_days)
        if other.date_level == _DAY and win is not None and _falls_in(other, win):
            return "undated, another place, published within the week after", False
        return "undated, another place", None
    if other.date_level == _UNDATED and other.published is not None:
        return "undated, another place", None
    return "undated, another place, no publication date", TWO_EVIDENCES


def _country_dates(a: _Report, b: _Report, rules: _Rules) -> tuple[str, bool | int | None] | None:
    """Dates of two reports that name only the same country, one or both undated ("US jets
    struck three Kataib Hezbollah sites in Iraq"): a country holds many attacks a week, so
    they are tied only on specific evidence, and only when each undated one has a
    publication date whose week holds the other; an undated one without a publication date
    only on two pieces of it ("a strike in Iraq that killed two" may be any of the campaign's,
    "a Tuesday strike in Iraq that killed two" is one of few); nothing ties them otherwise,
    nothing sets them apart."""
    wa, wb = _window(a.published, rules.approx_days), _window(b.published, rules.approx_days)
    if (a.date_level == _UNDATED and wa is None) or (b.date_level == _UNDATED and wb is None):
        # no publication week to hold it: "a strike in Iraq that killed two" may be any of the
        # campaign's, but "a Tuesday strike in Iraq that killed two" is one of few; two pieces
        # of specific evidence tie them (a weekday and a toll, a toll and a named target)
        return "undated, no publication date", TWO_EVIDENCES
    if a.date_level == _UNDATED and b.date_level == _UNDATED:
        assert wa is not None and wb is not None
        return None if _apart(wa, wb) else ("both undated, published within a week", False)
    win, dated = (wa, b) if a.date_level == _UNDATED else (wb, a)
    assert win is not None
    return ("undated, published within the week after", False) if _falls_in(dated, win) else None


def _apart(wa: tuple[dt.date, dt.date], wb: tuple[dt.date, dt.date]) -> bool:
    """Two publication windows that share no day."""
    return wa[1] < wb[0] or wb[1] < wa[0]


def _falls_in(dated: _Report, win: tuple[dt.date, dt.date]) -> bool:
    """A dated report's day (or its month or year) falls in an undated report's window."""
    assert dated.date is not None
    if dated.date_level == _DAY:
        return win[0] <= dated.date <= win[1]
    return dated.date <= win[1] and _period_end(dated.date, dated.date_level) >= win[0]


def _period_end(d: dt.date, level: int) -> dt.date:
    if level == _YEAR:
        return dt.date(d.year, 12, 31)
    if level == _MONTH:
        nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return d


STRICT: Final = 2
"""Link level of two reports that may be one attack by themselves (place, date, weapon agree)."""
LOOSE: Final = 1
"""Link level of two reports that nothing sets apart but that need specific evidence to be
tied: undated without a publication date, undated published days apart, a day apart."""


def _parts(a: _Report, b: _Report, rules: _Rules) -> tuple[int, tuple[str, ...]] | None:
    """The link level of *a* and *b* (:data:`STRICT` or :data:`LOOSE`) and how place, date,
    weapon and evidence agree, or None when they cannot be one attack."""
    if a.article_id == b.article_id:
        return None  # one article that names two events tells them apart
    if a.side and b.side and a.side != b.side:
        return None
    if (a.target_side and a.target_side == b.side) or (b.target_side and b.target_side == a.side):
        return None  # an attack on US forces is no US strike (a militia drone, a US drone strike)
    weapon = _weapon_ok(a, b)
    if weapon is None:
        return None
    place = _place_ok(a, b)
    if place is None:
        return None
    dated = _date_ok(a, b, rules)
    if dated is None or _weekday_apart(a, b):
        return None
    date, enough = dated
    if enough is True:
        return STRICT, (place, date, weapon)
    why = _evidence(a, b) if enough is False else _evidence(a, b, 2) if enough == TWO_EVIDENCES else None
    if why:
        return STRICT, (place, f"{date}, {why}" if date.startswith(("both", "undated"))
                        else f"{date} and {why}", weapon)
    return LOOSE, (place, date, weapon)


def _link_level(a: _Report, b: _Report, rules: _Rules) -> int:
    """:data:`STRICT`, :data:`LOOSE` or 0 (they cannot be one attack)."""
    parts = _parts(a, b, rules)
    return 0 if parts is None else parts[0]


def _why(a: _Report, b: _Report, rules: _Rules) -> str | None:
    """Why *a* and *b* may report one attack (a short phrase), or None when they cannot."""
    parts = _parts(a, b, rules)
    return None if parts is None else ", ".join(p for p in parts[1] if p)


def _specific(name: str | None, g: Any) -> bool:
    """A target or claimant that names one group or person, not a side ("US forces") or an
    umbrella ("Islamic Resistance in Iraq", which claims nearly every attack)."""
    if not name:
        return False
    a = g.actor_by_name.get(name)
    return a is None or a.kind == K.ARMED_GROUP


def _toll(figures: set[int]) -> frozenset[int]:
    """The toll a report gives for an attack: its largest figure.  The smaller ones are parts
    of it ("three were killed ... the two others killed were guards") or earlier counts, and
    a part is no evidence that two reports tell of one attack."""
    return frozenset({max(figures)}) if figures else frozenset()


def _column(df: "pd.DataFrame", col: str) -> list[Any]:
    """A column as a list of Python values with None for missing ones."""
    s = df[col]
    return s.astype(object).where(s.notna(), None).tolist()


#: Rows of a table read as Python values at a time.  A column of a corpus's events as Python
#: objects (a Timestamp, a float per cell) is many times its compact size, and what is made
#: and let go between the reports stays with the process: read a slice at a time, linking
#: holds the reports, not every column of every row at once.
SLICE: Final = 4096


def _slices(df: "pd.DataFrame") -> "Iterator[pd.DataFrame]":
    """*df* :data:`SLICE` rows at a time."""
    for lo in range(0, len(df), SLICE):
        yield df.iloc[lo:lo + SLICE]


class _Coded:
    """A column kept as one number per row into a list of its distinct values: most cells of a
    corpus's column repeat (a speaker, a target, a figure, None), and a list of Python values
    costs eight bytes a row where this costs four.  ``column[n]`` is the value of row *n*."""

    def __init__(self) -> None:
        self.codes = array("i")
        self.values: list[Any] = []
        self._code: dict[Any, int] = {}

    def extend(self, values: list[Any]) -> None:
        code = self._code
        for v in set(values).difference(code):  # values not seen before (numbered in any order)
            code[v] = len(self.values)
            self.values.append(v)
        self.codes.extend(map(code.__getitem__, values))

    def __getitem__(self, n: int) -> Any:
        return self.values[self.codes[n]]


def _rows(df: "pd.DataFrame", cols: Iterable[str],
          coded: "dict[str, _Coded] | None" = None) -> Iterator[tuple[Any, ...]]:
    """The values of columns *cols* of each row of *df*, as :func:`_column` gives them, read
    :data:`SLICE` rows at a time; the columns of *coded* are added to their :class:`_Coded`
    from the same reading (each column converted once)."""
    cols = list(cols)
    coded = coded or {}
    for part in _slices(df):
        values = {c: _column(part, c) for c in dict.fromkeys([*cols, *coded])}
        del part  # (a slice may hold its table's arrays)
        for c, column in coded.items():
            column.extend(values[c])
        yield from zip(*(values[c] for c in cols))


def _sharing() -> Callable[[Iterable[str] | Iterable[int]], frozenset]:
    """A function that gives equal sets one frozenset object (most reports give no figure and
    no claimant, and the reports of one article share its other sites): memory, not rules."""
    same = _one_object()
    return lambda items: same(frozenset(items))


def _one_object() -> Callable[[Any], Any]:
    """A function that gives equal values one object (the days of a corpus's reports, the
    coordinates of its places: a few hundred values for hundreds of thousands of reports)."""
    memo: dict[Any, Any] = {}

    def same(v: Any) -> Any:
        return v if v is None else memo.setdefault(v, v)
    return same


def _casualty_figures(cas: "Iterable[pd.DataFrame]", same: Any) -> tuple[dict[str, tuple[int, ...]],
                                                                        dict[str, tuple[int, ...]]]:
    """The killed and the wounded figures of each event in the casualties table (given in
    parts *cas*), non-cumulative rows, in row order; *same* gives equal tuples one object."""
    killed_of: dict[str, tuple[int, ...]] = {}
    wounded_of: dict[str, tuple[int, ...]] = {}
    for part in cas:
        for eids, cum, k, w in _rows(part, ("event_id", "cumulative", "killed", "wounded")):
            if cum:
                continue
            for eid in _split(eids):
                if k is not None:
                    killed_of[eid] = same(killed_of.get(eid, ()) + (int(k),))
                if w is not None:
                    wounded_of[eid] = same(wounded_of.get(eid, ()) + (int(w),))
    return killed_of, wounded_of


def _said(claims: "Iterable[pd.DataFrame]", same: Any) -> dict[str, tuple[tuple[str, str], ...]]:
    """What the claims table (given in parts *claims*) says of each event: its (stance,
    speaker) pairs in row order; *same* gives equal tuples one object."""
    said: dict[str, tuple[tuple[str, str], ...]] = {}
    for part in claims:
        for speaker, eids, stance in _rows(part, ("speaker", "event_ids", "stance")):
            if not speaker:
                continue
            pair = same((_str(stance) or "", str(speaker)))
            for eid in _split(eids):
                said[eid] = same(said.get(eid, ()) + (pair,))
    return said


def _reports(events: "Iterable[pd.DataFrame]", published: dict[str, dt.date | None],
             figures: tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]],
             said: dict[str, tuple[tuple[str, str], ...]], g: Any,
             extra: Iterable[str] = ()) -> tuple[list[_Report], "array[int]", dict[str, _Coded]]:
    """The reports of the events table given in parts *events* (one after the other, as a
    streamed parse kept them: the whole table is never read at once), in linking's fixed
    order (date, undated last, then article and event id; ``idx`` is the position); the
    events row of each; and the columns *extra* of the events, coded, in the table's order.  Of the
    same parse: *published*, the publication date of each article; *figures* and *said*,
    what its casualties and claims rows say of each event (:func:`_casualty_figures`,
    :func:`_said`)."""
    from ..schema import JOIN

    _shared = _sharing()
    _same = _one_object()
    killed, wounded = figures
    out: list[_Report] = []
    keys: list[tuple[dt.date, str, str]] = []  # the fixed order's (raw date or last, article, event)
    coded = {c: _Coded() for c in extra}
    places: dict[str | None, Any] = {}
    towns: dict[str, Any] = {}  # (filled by _town_of: the gazetteer's towns, and each site's town)
    cols = ("event_id", "article_id", "place", "country", "admin1", "date", "date_precision", "lat", "lon",
            "weapon", "perpetrator_side", "perpetrator", "killed", "wounded", "target", "claimed_by", "text")
    for part in events:
        for (event_id, art, place, country, admin1, date, precision, lat, lon, weapon, side, perpetrator,
             own_killed, own_wounded, target, claimed_by, text) in _rows(part, cols, coded):
            place = None if place is None else str(place)
            if place not in places:
                places[place] = g.place_by_name.get(place) if place else None
            p = places[place]
            country = _str(country) or (p.country if p else None)
            admin1 = _str(admin1) or (p.admin1 if p else None)
            if place is None:
                level = _COUNTRY if country else _NOWHERE
            elif p is not None and p.kind in _AREA_KINDS:
                level = _AREA
            else:
                level = _SITE
            date = _same(_date(date))
            dlevel = _DATE_LEVEL.get(_str(precision) or "", _UNDATED) if date else _UNDATED
            lat = None if lat is None else _same(float(lat))
            lon = None if lon is None else _same(float(lon))
            if lat is None and p is not None:
                lat, lon = p.lat, p.lon
            weapon = _str(weapon)
            art = _str(art) or ""
            event_id = _str(event_id) or ""
            # the event's own figures and the non-zero ones of the casualties rows
            k = {v for v in killed.get(event_id, ()) if v}
            w = {v for v in wounded.get(event_id, ()) if v}
            if own_killed:
                k.add(int(own_killed))
            if own_wounded:
                w.add(int(own_wounded))
            target = _str(target)
            # named groups that claim it: in the claims rows, and in its own claimed_by
            claims = {sp for st, sp in said.get(event_id, ()) if st == "claim" and _specific(sp, g)} | {
                c.strip() for c in (_str(claimed_by) or "").split(JOIN.strip())
                if c.strip() and _specific(c.strip(), g)}
            side = _str(side) or _side_of(_str(perpetrator), g)
            keys.append((date or dt.date.max, art, event_id))
            weekday = weekday_of(_str(text)) if dlevel == _UNDATED else None
            night = night_of(_str(text), weekday if dlevel == _UNDATED else
                             date.weekday() if date is not None and dlevel == _DAY else None)
            out.append(_Report(
                idx=-1, event_id=event_id, article_id=art,
                date=date if dlevel != _UNDATED else None, date_level=dlevel,
                published=published.get(art), place=place, place_level=level, country=country,
                admin1=admin1, lat=lat, lon=lon,
                weapon=None if weapon in (None, "unknown") else weapon,
                side=side,
                is_admin1=p is not None and p.kind == K.ADMIN1, is_town=p is not None and p.kind == K.TOWN,
                spot=_town_of(p, g, towns) if level == _SITE else place,
                killed=_shared(_toll(k)), wounded=_shared(_toll(w)),
                target=target if _specific(target, g) else None, claimants=_shared(claims),
                # only for a report that does not say who attacked: "US forces were attacked"
                target_side=None if side else _side_of(target, g),
                weekday=weekday, night=night))
        del part
    rows = array("i", sorted(range(len(keys)), key=keys.__getitem__))  # (stable: ties in row order)
    del keys
    out = [out[n] for n in rows]
    for n, r in enumerate(out):
        r.idx = n
    home = homes(g.place_by_name.values())
    sites: dict[str, set[str]] = defaultdict(set)
    for r in out:
        if r.place is not None:
            r.home = home.get(r.place, r.place)
        if r.home is not None and r.place_level == _SITE:
            sites[r.article_id].add(r.home)
    for r in out:
        if r.place is not None and r.article_id in sites:
            r.sites = _shared(sites[r.article_id])  # r.also: these but its own
    _article_tolls(out, _shared)
    return out, rows, coded


def _town_of(p: Any, g: Any, memo: dict[str, Any]) -> str | None:
    """The spot of a site *p*: the town it stands by (same governorate, within
    :data:`~.common.TOWN_KM` km: "the Shaddadi base" and "US forces in al-Shaddadi"), else
    its own name; a town's is its own.  Two reports of one spot and a day meet in stage 1."""
    if p is None:
        return None
    if p.kind == K.TOWN or p.lat is None or p.admin1 is None:
        return p.name
    if p.name not in memo:
        if "" not in memo:  # the towns, once per linking
            memo[""] = [t for t in dict.fromkeys(g.place_by_name.values())
                        if t.kind == K.TOWN and t.lat is not None and t.admin1 is not None]
        near = [(_km(p.lat, p.lon, t.lat, t.lon), t.name) for t in memo[""] if t.admin1 == p.admin1]
        near = [n for n in near if n[0] <= TOWN_KM]
        memo[p.name] = min(near)[1] if near else p.name
    return memo[p.name]


def _article_tolls(reports: list[_Report], shared: Callable[[Iterable[int]], frozenset]) -> None:
    """Give each air strike with no figure of its own the one toll its article gives its other
    air strikes of the same day (both undated, or the same day) whose side does not differ, as
    ``told_killed`` / ``told_wounded``.  A night's strikes are told together and their toll
    once, on one row ("a strike killed a fighter ... it hit near the town of X" makes a second
    row at X without the figure); two different tolls are two strikes, and give none.
    *reports* are in linking's order, an article's reports side by side or not."""
    strikes: dict[str, list[_Report]] = defaultdict(list)
    for r in reports:
        if r.weapon == K.AIR_STRIKE:
            strikes[r.article_id].append(r)
    for reps in strikes.values():
        if len(reps) < 2 or not any(r.killed or r.wounded for r in reps):
            continue
        for r in reps:
            if r.killed or r.wounded:
                continue
            others = [o for o in reps if o is not r and o.date == r.date and o.date_level == r.date_level
                      and not (o.side and r.side and o.side != r.side)]
            killed = {k for o in others for k in o.killed}
            wounded = {w for o in others for w in o.wounded}
            if len(killed) == 1:
                r.told_killed = shared(killed)
            if len(wounded) == 1:
                r.told_wounded = shared(wounded)
