"""Reports: each events row with what linking needs, and when two reports may be one attack
(see the rules in :mod:`conflictlib.incidents`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lookup import kinds as K
from .common import (_AREA, _AREA_KINDS, _COUNTRY, _DATE_LEVEL, _DAY, _MONTH, _NOWHERE, _SITE, _UNDATED, _YEAR,
                     CITY_KM, _date, _km, _na, _side_of, _str)

if TYPE_CHECKING:
    from .._parse import Parsed

@dataclass
class _Report:
    """One event row, with what linking needs."""

    idx: int
    event_id: str
    article_id: str
    order: tuple
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

    @property
    def spec(self) -> tuple[int, int]:
        return (self.place_level, self.date_level)


@dataclass(frozen=True)
class _Rules:
    days: int
    approx_days: int


def _place_ok(a: _Report, b: _Report) -> bool:
    if a.country is None or b.country is None or a.country != b.country:
        return False
    if a.place is None or b.place is None:
        return True  # a place and its country, or two country-only reports
    if a.place == b.place:
        return True
    if a.place_level == _SITE and b.place_level == _SITE:
        return False  # never two different sites
    if a.admin1 is None or a.admin1 != b.admin1:
        return False
    kinds = (a.place_level, b.place_level)
    if kinds == (_AREA, _AREA):
        # a city and its governorate (two different cities never match)
        return a.is_admin1 or b.is_admin1
    area, site = (a, b) if a.place_level == _AREA else (b, a)
    if area.is_admin1:
        return True
    if None in (area.lat, area.lon, site.lat, site.lon):
        return True
    return _km(area.lat, area.lon, site.lat, site.lon) <= CITY_KM  # type: ignore[arg-type]


def _window(published: dt.date | None, approx_days: int) -> tuple[dt.date, dt.date] | None:
    """Days an undated report published on *published* may refer to."""
    if published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    return monday - dt.timedelta(days=approx_days), published


def _date_ok(a: _Report, b: _Report, rules: _Rules) -> bool:
    if a.date_level == _UNDATED or b.date_level == _UNDATED:
        if a.place is None or a.place != b.place:
            return False
        if a.date_level == _UNDATED and b.date_level == _UNDATED:
            return True
        undated, dated = (a, b) if a.date_level == _UNDATED else (b, a)
        win = _window(undated.published, rules.approx_days)
        if win is None or dated.date is None:
            return True
        if dated.date_level == _DAY:
            return win[0] <= dated.date <= win[1]
        # a month or year: compatible when it overlaps the window
        start = dated.date
        end = _period_end(dated.date, dated.date_level)
        return start <= win[1] and end >= win[0]
    assert a.date is not None and b.date is not None
    if a.date_level == _DAY and b.date_level == _DAY:
        return abs((a.date - b.date).days) < rules.days
    coarse = min(a.date_level, b.date_level)
    if coarse == _YEAR:
        return a.date.year == b.date.year
    return (a.date.year, a.date.month) == (b.date.year, b.date.month)


def _period_end(d: dt.date, level: int) -> dt.date:
    if level == _YEAR:
        return dt.date(d.year, 12, 31)
    if level == _MONTH:
        nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return d


def _compatible(a: _Report, b: _Report, rules: _Rules) -> bool:
    if a.weapon and b.weapon and a.weapon != b.weapon:
        return False
    if a.side and b.side and a.side != b.side:
        return False
    return _place_ok(a, b) and _date_ok(a, b, rules)


def _reports(x: "Parsed") -> list[_Report]:
    from ..lookup import gazetteer

    g = gazetteer(x.config)
    arts = x.articles
    published = {str(a): _date(p) for a, p in zip(arts["article_id"], arts["published"])}
    rows = x.events.to_dict("records")
    out: list[_Report] = []
    for rec in rows:
        place = _str(rec["place"])
        p = g.place_by_name.get(place) if place else None
        country = _str(rec["country"]) or (p.country if p else None)
        admin1 = _str(rec["admin1"]) or (p.admin1 if p else None)
        if place is None:
            level = _COUNTRY if country else _NOWHERE
        elif p is not None and p.kind in _AREA_KINDS:
            level = _AREA
        else:
            level = _SITE
        date = _date(rec["date"])
        dlevel = _DATE_LEVEL.get(_str(rec["date_precision"]) or "", _UNDATED) if date else _UNDATED
        lat = None if _na(rec["lat"]) else float(rec["lat"])
        lon = None if _na(rec["lon"]) else float(rec["lon"])
        if lat is None and p is not None:
            lat, lon = p.lat, p.lon
        weapon = _str(rec["weapon"])
        art = _str(rec["article_id"]) or ""
        event_id = _str(rec["event_id"]) or ""
        out.append(_Report(
            idx=-1, event_id=event_id, article_id=art,
            order=(date or dt.date.max, art, event_id),
            date=date if dlevel != _UNDATED else None, date_level=dlevel,
            published=published.get(art), place=place, place_level=level, country=country,
            admin1=admin1, lat=lat, lon=lon,
            weapon=None if weapon in (None, "unknown") else weapon,
            side=_str(rec["perpetrator_side"]) or _side_of(_str(rec["perpetrator"]), g),
            is_admin1=p is not None and p.kind == K.ADMIN1))
    out.sort(key=lambda r: r.order)
    for n, r in enumerate(out):
        r.idx = n
    return out
