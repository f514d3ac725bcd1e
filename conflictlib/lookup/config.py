"""`Config`: the settings of a parse (a user's own lookup tables merged over the package's)."""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["Config", "DEFAULT_CONFIG"]


@dataclass(frozen=True)
class Config:
    """Settings of a parse, immutable and hashable.

    places, actors, weapons:
        Paths of CSV files of your own, with the columns of the package table
        of the same name (see ``conflictlib/data/*.csv``).  Their rows are
        merged over the package's: a row whose ``name`` (``term`` for weapons)
        equals a package row's replaces it, other rows are added.
    """

    places: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("places", "actors", "weapons"):
            value = getattr(self, name)
            if isinstance(value, (str, os.PathLike)):
                value = (value,)
            value = tuple(os.fspath(v) for v in value)
            for v in value:
                if not os.path.exists(v):
                    raise FileNotFoundError(f"Config.{name}: no such file: {v!r}")
            object.__setattr__(self, name, value)


DEFAULT_CONFIG = Config()
