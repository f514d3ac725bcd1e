"""Lookup tables (places, actors, weapons) and the gazetteer that finds them in text.

The tables are CSV package data under ``conflictlib/data`` (each with a
provenance header); a user adds or overrides rows with CSV files of their own
through :class:`Config`.  Every alias becomes a key (:func:`name_key`), and all
keys of all three tables are compiled into one trie-shaped pattern, so an
article is scanned for every name in one pass (plus one case-sensitive pass
for aliases with acronyms such as "US" or "IS", which must not match the
ordinary words "us" and "is").
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import product
from typing import Any, Iterable, NamedTuple

import re

import regex

from ._text import fold, name_key

__all__ = ["Config", "Place", "Actor", "Weapon", "Gazetteer", "gazetteer"]


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
        return self.kind not in ("country", "region", "admin1")


class Actor(NamedTuple):
    name: str
    kind: str
    side: str
    parent: str | None
    country: str | None


class Weapon(NamedTuple):
    term: str
    weapon: str
    role: str  # munition | attack | generic


def _read_table(name: str, extra: tuple[str, ...], key: str) -> list[dict[str, str]]:
    import pandas as pd

    src = resources.files("conflictlib") / "data" / f"{name}.csv"
    with resources.as_file(src) as path:
        frames = [pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)]
    for p in extra:
        frames.append(pd.read_csv(p, comment="#", dtype=str, keep_default_na=False))
    rows: dict[str, dict[str, str]] = {}
    for df in frames:
        df.columns = [c.strip() for c in df.columns]
        for rec in df.to_dict("records"):
            rec = {k: (v.strip() if isinstance(v, str) else v) for k, v in rec.items()}
            if rec.get(key):
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


# Word boundaries of a name: not inside a longer word.
_LEFT, _RIGHT = r"(?<![\w'])", r"(?![\w])"
# Between the words of a name: one to four spaces, dashes or quotes
# ("al-Asad", "al Asad", 'the "self defence" strike').
_SEP = r"""[\s\-"]{1,4}"""


def _is_acronym(word: str) -> bool:
    w = word.replace(".", "")
    return 2 <= len(w) <= 7 and w.isalpha() and w.isupper()


def trie_pattern(keys: Iterable[str]) -> str:
    """One alternation shaped like a character trie, longest continuation first.

    Keys are lower-case name keys; a space matches :data:`_SEP`.  A trie has
    no two alternatives that start with the same character, so the pattern
    never tries a prefix twice and backtracking is bounded by the key length.
    """
    root: dict = {}
    for k in keys:
        node = root
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(c for c in node if c):
            head = _SEP if ch == " " else regex.escape(ch)
            alts.append(head + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?" if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    return build(root)


def alternation(words: Iterable[str]) -> str:
    """Fixed phrases as one non-capturing, trie-shaped group: no two branches share a first
    letter, and the longest phrase wins (used for numbers, dates and cues alike)."""
    return "(?:" + trie_pattern(words) + ")"


def _word_trie_pattern(aliases: Iterable[str]) -> str:
    """A word-level trie for names with acronyms: acronyms case-sensitive
    ("US" may be written "U.S."), other words case-insensitive."""
    root: dict = {}
    for alias in aliases:
        node = root
        for w in alias.split(" "):
            w = w.replace(".", "") if _is_acronym(w) else w.lower()
            node = node.setdefault(w, {})
        node[""] = {}

    def word(w: str) -> str:
        if _is_acronym(w):
            letters = w.replace(".", "")
            return r"\.?".join(regex.escape(c) for c in letters) + r"\.?"
        return "(?i:" + regex.escape(w.lower()) + ")"

    def build(node: dict, first: bool) -> str:
        end = "" in node
        alts = [("" if first else _SEP) + word(w) + build(node[w], False)
                for w in sorted((w for w in node if w), key=lambda s: (-len(s), s))]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body

    # A cheap test before the alternatives: the first letter of an acronym
    # (case-sensitive), or a whole first word written in any case.
    letters = sorted({w[0] for w in root if w and _is_acronym(w)})
    words = sorted((w for w in root if w and not _is_acronym(w)), key=lambda s: (-len(s), s))
    first = (["[" + "".join(regex.escape(c) for c in letters) + "]"] if letters else []) + \
        ["(?i:" + regex.escape(w) + r")(?!\w)" for w in words]
    return "(?=" + "|".join(first) + ")" + build(root, True) if first else build(root, True)


class Hit(NamedTuple):
    """A name found in text: its span and the key it matched."""

    start: int
    end: int
    key: str


@dataclass
class Gazetteer:
    """Every place, actor and weapon term, by key, and the patterns that find them."""

    places: dict[str, Place] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    weapons: dict[str, Weapon] = field(default_factory=dict)
    place_by_name: dict[str, Place] = field(default_factory=dict)
    actor_by_name: dict[str, Actor] = field(default_factory=dict)
    _folded: list[str] = field(default_factory=list)
    _cased: list[str] = field(default_factory=list)
    _pat_folded: re.Pattern[str] | None = None
    _pat_cased: re.Pattern[str] | None = None
    _keys: dict[str, str] = field(default_factory=dict)  # surface -> key, filled as met
    _militaries: dict[str, Actor] | None = None           # state -> its military, on first use
    _entries: dict[str, tuple] = field(default_factory=dict)  # key -> (place, actor, weapon), filled as met

    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """The two name patterns, compiled on first use.

        They are compiled with the standard library's ``re``: on a trie of a
        thousand names it scans a text about fifteen times faster than
        ``regex`` (measured 0.04 s against 0.64 s on 0.6 MB), and a trie needs
        none of ``regex``'s extra syntax.
        """
        if self._pat_folded is None:
            self._pat_folded = re.compile(r"\b" + _LEFT + "(?:" + trie_pattern(self._folded) + ")" + _RIGHT)
            if self._cased:
                self._pat_cased = re.compile(
                    r"\b" + _LEFT + _word_trie_pattern(self._cased) + _RIGHT)
        return self._pat_folded, self._pat_cased

    def scan(self, text: str, folded: str | None = None) -> list[Hit]:
        """All names in *text*, leftmost-longest, not overlapping, in order."""
        pf, pc = self.patterns()
        if folded is None:
            folded = fold(text)
        keys = self._keys
        hits = []
        for m in pf.finditer(folded):
            surface = m.group()
            k = keys.get(surface)
            if k is None:
                k = keys[surface] = name_key(surface).replace("'", "")
            hits.append(Hit(*m.span(), k))
        if pc is not None:
            extra = []
            for m in pc.finditer(fold(text, lower=False)):
                surface = m.group()
                k = keys.get(surface)
                if k is None:
                    k = keys[surface] = name_key(surface).replace("'", "")
                extra.append(Hit(*m.span(), k))
            if extra:
                hits = _merge_hits(hits + extra)
        return hits

    def entries(self, key: str) -> tuple[Place | None, Actor | None, Weapon | None]:
        """The place, actor and weapon entries of *key* (each None if absent; an "ignore" weapon term
        counts as absent), cached."""
        e = self._entries.get(key)
        if e is None:
            w = self.weapons.get(key)
            if w is not None and w.role == "ignore":
                w = None  # "carrier strike group": a weapon word that names no attack
            e = self._entries[key] = (self.places.get(key), self.actors.get(key), w)
        return e

    def military(self, state: str) -> Actor | None:
        """The military of a state (the actor of kind military whose parent it is), or None."""
        if self._militaries is None:
            self._militaries = {a.parent: a for a in self.actor_by_name.values()
                                if a.kind == "military" and a.parent}
        return self._militaries.get(state)



def _merge_hits(hits: list[Hit]) -> list[Hit]:
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    last = -1
    for h in hits:
        if h.start >= last:
            out.append(h)
            last = h.end
        elif out and h.end - h.start > out[-1].end - out[-1].start and h.start == out[-1].start:
            out[-1] = h
            last = h.end
    return out


def _expand_apostrophes(aliases: list[str]) -> list[str]:
    """Add each alias with and without its apostrophes, word by word
    ("Kata'ib Hezbollah" also as "Kataib Hezbollah" and vice versa)."""
    forms: dict[str, set[str]] = {}
    for a in aliases:
        for w in a.split(" "):
            forms.setdefault(w.replace("'", ""), set()).update({w, w.replace("'", "")})
    out: set[str] = set()
    for a in aliases:
        choices = [sorted(forms.get(w.replace("'", ""), {w})) for w in a.split(" ")]
        n = 1
        for c in choices:
            n *= len(c)
        if n > 16:
            out.add(a)
            continue
        out.update(" ".join(p) for p in product(*choices))
    return sorted(out)


@cache
def gazetteer(config: Config = DEFAULT_CONFIG) -> Gazetteer:
    """Load the tables of *config* once, and index every alias."""
    g = Gazetteer()
    cased_raw: list[str] = []
    folded_keys: list[str] = []

    def index(raw_aliases: list[str]) -> list[str]:
        keys = []
        for raw in raw_aliases:
            words = fold(raw, lower=False).replace("-", " ").split()
            if any(_is_acronym(w) for w in words):
                cased_raw.append(" ".join(words))
            else:
                folded_keys.append(name_key(raw))
            keys.append(name_key(raw))
        return keys

    for rec in _read_table("places", config.places, "name"):
        p = Place(rec["name"], rec.get("kind") or "site", _opt(rec.get("country")),
                  _opt(rec.get("admin1")), _float(rec.get("lat")), _float(rec.get("lon")))
        g.place_by_name[p.name] = p
        for k in index(_aliases(rec, "name")):
            g.places.setdefault(k, p)
    for rec in _read_table("actors", config.actors, "name"):
        a = Actor(rec["name"], rec.get("kind") or "armed group", rec.get("side") or "other",
                  _opt(rec.get("parent")), _opt(rec.get("country")))
        g.actor_by_name[a.name] = a
        for k in index(_aliases(rec, "name")):
            g.actors.setdefault(k, a)
    for rec in _read_table("weapons", config.weapons, "term"):
        w = Weapon(rec["term"], rec.get("weapon") or "unknown", rec.get("role") or "munition")
        for k in index([rec["term"]]):
            g.weapons.setdefault(k, w)
    g._folded = _expand_apostrophes(sorted(set(k for k in folded_keys if k)))
    g._cased = sorted(set(cased_raw))
    # Apostrophe-free variants resolve to the same entries.
    tables: tuple[dict[str, Any], ...] = (g.places, g.actors, g.weapons)
    for table in tables:
        for k in list(table):
            bare = k.replace("'", "")
            table.setdefault(bare, table[k])
    return g
