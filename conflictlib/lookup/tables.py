"""The lookup tables as records: reading ``data/*.csv`` and a user's own CSV files.

``places.csv``, ``actors.csv`` and ``weapons.csv`` are package data with a provenance
header; a user's rows with the same columns merge over them (a row whose ``name``, or
``term`` for weapons, equals a package row's replaces it).  Every row's kind, side,
weapon and role is checked against :mod:`.kinds` as it is read, so a misspelled value
fails loudly instead of switching a rule off.
"""

from __future__ import annotations

from importlib import resources
from typing import NamedTuple

from . import kinds as K
from .config import Config

__all__ = ["Place", "Actor", "Weapon", "places", "generated_places", "actors", "garrisons", "weapons"]


class Place(NamedTuple):
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None

    @property
    def is_site(self) -> bool:
        """A specific place an event can be at (not a country, region or province)."""
        return self.kind not in K.AREA_KINDS


class Actor(NamedTuple):
    name: str
    kind: str
    side: str
    parent: str | None
    country: str | None


class Weapon(NamedTuple):
    term: str
    weapon: str
    role: str  # see kinds.WEAPON_ROLES


def _read_table(name: str, extra: tuple[str, ...], key: str, file: str | None = None) -> list[dict[str, str]]:
    import pandas as pd

    src = resources.files("conflictlib") / "data" / f"{file or name}.csv"
    with resources.as_file(src) as path:
        frames = [(str(path), pd.read_csv(path, comment="#", dtype=str, keep_default_na=False))]
    for p in extra:
        frames.append((p, pd.read_csv(p, comment="#", dtype=str, keep_default_na=False)))
    rows: dict[str, dict[str, str]] = {}
    for source, df in frames:
        df.columns = [c.strip() for c in df.columns]
        for rec in df.to_dict("records"):
            rec = {k: (v.strip() if isinstance(v, str) else v) for k, v in rec.items()}
            if rec.get(key):
                K.check(name, rec, source)
                rows[rec[key]] = rec
    return list(rows.values())


def _opt(v: str | None) -> str | None:
    return v if v else None


def _float(v: str | None) -> float | None:
    try:
        return float(v) if v else None
    except ValueError:
        return None


def _aliases(rec: dict[str, str], name_col: str) -> list[str]:
    out = [rec[name_col]]
    out += [a.strip() for a in (rec.get("aliases") or "").split(";") if a.strip()]
    return out


def places(config: Config) -> list[tuple[Place, list[str]]]:
    """Every place of *config* with its names (the canonical name first)."""
    return [(Place(rec["name"], rec.get("kind") or "site", _opt(rec.get("country")),
                   _opt(rec.get("admin1")), _float(rec.get("lat")), _float(rec.get("lon"))),
             _aliases(rec, "name"))
            for rec in _read_table("places", config.places, "name")]


def generated_places() -> list[tuple[Place, list[str]]]:
    """The places generated from GeoNames (``data/places_geonames.csv``, built by
    ``tools/build_places.py``) with their names.  The gazetteer adds them under the curated
    and the user's places (a name of those always wins) and matches them only where they are
    written as names (see :mod:`.gazetteer`)."""
    return [(Place(rec["name"], rec.get("kind") or K.TOWN, _opt(rec.get("country")),
                   _opt(rec.get("admin1")), _float(rec.get("lat")), _float(rec.get("lon"))),
             _aliases(rec, "name"))
            for rec in _read_table("places", (), "name", file="places_geonames")]


def actors(config: Config) -> list[tuple[Actor, list[str]]]:
    """Every actor of *config* with its names (the canonical name first)."""
    return [(Actor(rec["name"], rec.get("kind") or K.ARMED_GROUP, rec.get("side") or K.OTHER,
                   _opt(rec.get("parent")), _opt(rec.get("country"))),
             _aliases(rec, "name"))
            for rec in _read_table("actors", config.actors, "name")]


def garrisons() -> dict[str, str]:
    """Installation name -> the side whose forces held it (``data/garrisons.csv``)."""
    return {rec["place"]: rec["side"] for rec in _read_table("garrisons", (), "place")}


def weapons(config: Config) -> list[tuple[Weapon, list[str]]]:
    """Every weapon term of *config* (a term is its own only name)."""
    return [(Weapon(rec["term"], rec.get("weapon") or K.UNKNOWN_WEAPON, rec.get("role") or K.MUNITION),
             [rec["term"]])
            for rec in _read_table("weapons", config.weapons, "term")]
