"""What the linking modules share: the incidents table's columns, grades, levels of
precision, and small readers of table cells."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, Final, Iterable

from ..lookup.installations import km_between
from ..schema import JOIN

GRADES: Final = ("claimed", "confirmed", "claimed+confirmed", "contested", "reported")
"""Values of ``incidents.grade`` (after Airwars' grading of strikes, adapted)."""

CITY_KM: Final = 60.0
"""A site within this many km of a city (in the same governorate) may be reported as the city."""

TOWN_KM: Final = 5.0
"""A site within this many km of a town (in the same governorate) may be reported as the town:
a base is often named after the town it stands by ("the Shaddadi base", "US forces in
al-Shaddadi"); a town's reach is its outskirts, not a city's hinterland (the Shaddadi base is
under a km from its town; Abu Ghraib, 7 km from Baghdad airport, and al-Mayadin, 8 km from
Green Village, are places of their own)."""

INCIDENT_COLUMNS: Final[dict[str, str]] = {
    "incident_id": "string", "date": "datetime64[ns]", "date_precision": "string",
    "place": "string", "country": "string", "admin1": "string", "lat": "Float64", "lon": "Float64",
    "weapon": "string", "perpetrator": "string", "perpetrator_side": "string", "target": "string",
    "n_reports": "Int64", "n_sources": "Int64", "first_reported": "datetime64[ns]",
    "last_reported": "datetime64[ns]", "event_ids": "string", "article_ids": "string",
    "claimed_by": "string", "confirmed_by": "string", "denied_by": "string", "grade": "string",
    "killed_low": "Int64", "killed_best": "Int64", "killed_high": "Int64",
    "wounded_low": "Int64", "wounded_best": "Int64", "wounded_high": "Int64",
    "link_reason": "string",
}
"""Columns of the incidents table and their dtypes."""

# Place levels: how precisely a report locates an attack.
_SITE, _AREA, _COUNTRY, _NOWHERE = 3, 2, 1, 0
# Date levels.
_DAY, _MONTH, _YEAR, _UNDATED = 3, 2, 1, 0
_DATE_LEVEL: Final = {"day": _DAY, "month": _MONTH, "year": _YEAR}
_PRECISION: Final = {_DAY: "day", _MONTH: "month", _YEAR: "year", _UNDATED: "unknown"}
# Place kinds that name an area (a report of "an attack in Erbil") rather than a site.
_AREA_KINDS: Final = ("city", "admin1")
_SCOPE_ORDER: Final = ("total", "Iraq", "Syria", "Jordan")


def _na(v: Any) -> bool:
    import pandas as pd

    return v is None or (pd.api.types.is_scalar(v) and bool(pd.isna(v)))


def _str(v: Any) -> str | None:
    return None if _na(v) else str(v)


def _split(v: Any) -> list[str]:
    s = _str(v)
    return [p.strip() for p in s.split(JOIN.strip()) if p.strip()] if s else []


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


_km = km_between  # great-circle distance in km (lookup/installations.py)


def _side_of(actor: str | None, g: Any) -> str | None:
    a = g.actor_by_name.get(actor) if actor else None
    return a.side if a is not None else None


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent value, ties broken by first appearance; None if empty."""
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)


def _date(v: Any) -> dt.date | None:
    if _na(v):
        return None
    return v.date() if hasattr(v, "date") else dt.date.fromisoformat(str(v)[:10])
