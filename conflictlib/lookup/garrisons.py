"""Whose forces hold an installation (``data/garrisons.csv``).

An attack on a side's own base is never that side's strike: "separate strikes on al-Tanf
garrison and al-Asad air base, a Pentagon spokesman said" are attacks on US forces, and the
Pentagon's word does not make them US air strikes (read by :func:`.claims.own_forces`).
"""

from __future__ import annotations

import functools

from .tables import Place, garrisons


@functools.cache
def holders() -> dict[str, str]:
    """Installation name -> the side whose forces held it (read once)."""
    return garrisons()


def held_by(p: Place | None) -> str | None:
    """The side whose forces hold place *p*, or None (not an installation of the table)."""
    return holders().get(p.name) if p is not None else None
