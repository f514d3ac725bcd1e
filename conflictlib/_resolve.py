"""Resolve a name as reporting writes it to the canonical entry of a lookup table."""

from __future__ import annotations

from .lookup import Config, gazetteer
from ._text import name_key


def _resolve(name: str, table: str, config: Config | None) -> str | None:
    if not isinstance(name, str):
        raise TypeError(f"expected a name as str, not {type(name).__name__}")
    g = gazetteer(config) if config is not None else gazetteer()
    entries = getattr(g, table)
    entry = entries.get(name_key(name).replace("'", ""))
    if entry is None:
        # the longest known name inside the phrase: "a base near Baghdad's international airport"
        best = None
        for h in g.scan(name):
            e = entries.get(h.key)
            if e is not None and (best is None or h.end - h.start > best[0]):
                best = (h.end - h.start, e)
        entry = best[1] if best else None
    return None if entry is None else entry.name


def resolve_place(name: str, *, config: Config | None = None) -> str | None:
    """Canonical name of the place *name* refers to, or None.

    >>> resolve_place("Ain Al Asad base")
    'Ain al-Asad Air Base'
    """
    return _resolve(name, "places", config)


def resolve_actor(name: str, *, config: Config | None = None) -> str | None:
    """Canonical name of the actor *name* refers to, or None.

    >>> resolve_actor("Al Nujaba")
    'Harakat al-Nujaba'
    """
    return _resolve(name, "actors", config)
