"""One installation, two names: a base and the oil or gas field it stands at.

Reporting names a base in a field by either ("drones hit the Conoco base" ... "the assault on
the Conoco gas field"; "Green Village" ... "the American outpost in the Omar field"): the
gazetteer keeps the two as rows of their own (a field is also a place of its own, hit by
strikes of its own), so coreference and linking ask here whether two sites are one place.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable

from . import kinds as K
from .tables import Place

#: A base this close (km) to an oil or gas field of its governorate stands at that field (the
#: small Syrian sites are placed within a few km: Green Village lies about 4 km from the al-Omar
#: field's marker, the Conoco base under 1 km from the gas field's).
FIELD_KM = 5.0
EARTH_RADIUS_KM = 6371.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (read by linking too: incidents/common.py)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def km(p: Place, q: Place) -> float:
    """The distance between two places with coordinates."""
    return km_between(p.lat, p.lon, q.lat, q.lon)  # type: ignore[arg-type]


def one_installation(p: Place, q: Place) -> bool:
    """Whether one of two places is a base and the other the oil or gas field it stands at."""
    base, fld = (p, q) if q.kind in K.FIELD_KINDS else (q, p)
    if base.kind != K.BASE or fld.kind not in K.FIELD_KINDS:
        return False
    if base.country != fld.country or base.admin1 != fld.admin1 or None in (base.lat, base.lon, fld.lat, fld.lon):
        return False
    return km(base, fld) <= FIELD_KM


def same_site(p: Place, q: Place) -> bool:
    """Whether two sites are one place named twice: the same row, or a base and its field."""
    return p == q or one_installation(p, q)


@functools.cache
def _homes(places: tuple[Place, ...]) -> dict[str, str]:
    fields = [p for p in places if p.kind in K.FIELD_KINDS]
    out: dict[str, str] = {}
    for b in places:
        if b.kind == K.BASE:
            for f in fields:
                if f.name not in out and one_installation(b, f):
                    out[f.name] = b.name
    return out


def homes(places: Iterable[Place]) -> dict[str, str]:
    """For each field of *places* that a base of *places* stands at, that base's name: the
    one name linking gives the installation."""
    return _homes(tuple(sorted(p for p in places if p.kind == K.BASE or p.kind in K.FIELD_KINDS)))
