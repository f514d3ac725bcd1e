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
# The separators between the words of a name found in text, to split it into words.
_SEP_RUN = re.compile(r"""[\s\-"]+""")


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


def before_word(extra: str = "", *, ascii: bool) -> str:
    """A character class for the character before a word: not a word character, nor one of
    *extra* (``"'"`` for names: not inside "Kata'ib").

    Whole-text scans start with it (with one space put before the text) instead of
    ``\\b(?<!\\w)``, so that the engine skips from space to space in its C loop and tries
    the pattern only at word starts.  For an ASCII text the class is written with ranges,
    which the engine tests as a bitmap (about twice as fast as the Unicode category of
    ``\\w``); the two forms are the same on ASCII text.
    """
    esc = "".join("\\" + c for c in extra)
    return f"[^0-9A-Za-z_{esc}]" if ascii else f"[^\\w{esc}]"


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
    """A name found in text: its span, the key it matched and that key's place, actor and
    weapon entries (each None if the key is not in that table; see :meth:`Gazetteer.entries`)."""

    start: int
    end: int
    key: str
    place: Place | None
    actor: Actor | None
    weapon_term: Any  # a Weapon or None (Any: the extractor reads it after filtering the toks)


_NEW = tuple.__new__


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
    _pat_names: dict[bool, re.Pattern[str]] = field(default_factory=dict)  # ASCII text or not -> NAMES
    _pat_plain: re.Pattern[str] | None = None  # the slow path: names without acronyms only
    _pat_cased: re.Pattern[str] | None = None   # the slow path: names with acronyms, case-sensitive
    # trie key of a name with acronyms -> the indexes of its acronym words ("us forces" -> {0})
    _acronyms: dict[str, frozenset[int]] = field(default_factory=dict)
    # trie keys of names with acronyms that have a shorter name as their first words ("us forces": "us")
    _prefixed: set[str] = field(default_factory=set)
    # lower-case surface -> (its trie key if that key has acronyms else "", (its name key and
    # that key's entries)), filled as met
    _surfaces: dict[str, tuple[str, tuple[str, Place | None, Actor | None, Weapon | None]]] = \
        field(default_factory=dict)
    _militaries: dict[str, Actor] | None = None           # state -> its military, on first use
    _numbered: frozenset[str] | None = None               # place keys with digits, on first use
    _entries: dict[str, tuple] = field(default_factory=dict)  # key -> (place, actor, weapon), filled as met
    # (trie key of a name with acronyms, its surface as written) -> _capitals() of that surface
    # (folded without lower-casing), filled as met and emptied when full
    _caps: dict[tuple[str, str], bool] = field(default_factory=dict)

    def patterns(self, ascii: bool = False) -> re.Pattern[str]:
        """NAMES: every name of every table in one trie, compiled on first use.

        Names with acronyms ("US forces", "IS") are in it in lower case, each
        acronym also dotted ("u.s. forces"); :meth:`scan` then checks that the
        acronym is written in capitals, so "us" and "is" are never actors.  One
        pass over the text finds every name.  The pattern starts with the
        character before the name (group 1 is the name), so that the engine
        tries it only after a space or punctuation, not at every letter (see
        :func:`before_word`; *ascii* gives the faster form for an ASCII text).

        It is compiled with the standard library's ``re``: on a trie of a
        thousand names it scans a text about fifteen times faster than
        ``regex`` (measured 0.04 s against 0.64 s on 0.6 MB), and a trie needs
        none of ``regex``'s extra syntax.
        """
        pat = self._pat_names.get(ascii)
        if pat is None:
            keys = set(self._folded) | set(self._acronyms)
            pat = self._pat_names[ascii] = re.compile(
                before_word("'", ascii=ascii) + "(" + trie_pattern(sorted(keys)) + ")" + _RIGHT)
        return pat

    def _slow_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """The names without acronyms, and the names with acronyms case-sensitively
        (a word-level trie), as two patterns: read where a name with acronyms
        written in lower case ("us forces") may hide a shorter name."""
        if self._pat_plain is None:
            self._pat_plain = re.compile(r"\b" + _LEFT + "(?:" + trie_pattern(self._folded) + ")" + _RIGHT)
            if self._cased:
                self._pat_cased = re.compile(r"\b" + _LEFT + _word_trie_pattern(self._cased) + _RIGHT)
        return self._pat_plain, self._pat_cased

    def _acronym_key(self, surface: str) -> str:
        """The trie key of a lower-case *surface* if it is a name with acronyms, else ""."""
        k = " ".join(_SEP_RUN.split(surface))
        return k if k in self._acronyms else ""

    def _capitals(self, key: str, surface: str) -> bool:
        """Whether every acronym word of *key* is written in capitals in *surface* (original case)."""
        words = _SEP_RUN.split(surface)
        for i in self._acronyms[key]:
            if not words[i].replace(".", "").isupper():
                return False
        return True

    def scan(self, text: str, folded: str | None = None) -> list[Hit]:
        """All names in *text*, leftmost-longest, not overlapping, in order."""
        if folded is None:
            folded = fold(text)
        pat = self.patterns(folded.isascii())
        known, caps = self._surfaces, self._caps
        hits: list[Hit] = []
        padded = " " + folded  # a character before the first name
        cased: str | None = None
        pos = 0
        while True:
            for m in pat.finditer(padded, pos):
                # the match is the character before the name and the name (group 1): in the
                # text without the padding space the name starts at m.start()
                surface = m[1]
                info = known.get(surface)
                if info is None:
                    key = name_key(surface).replace("'", "")
                    info = known[surface] = (self._acronym_key(surface), (key, *self.entries(key)))
                ak, entry = info
                start = m.start()
                end = start + len(surface)
                if ak:  # an acronym must be in capitals: "US forces", not "told us"
                    # fold(lower=False) maps character by character, so the name as written,
                    # folded, is that slice of the whole text folded; the answer depends on
                    # nothing else, so it is cached ("US" is written thousands of times)
                    written = text[start:end]
                    capitals = caps.get((ak, written))
                    if capitals is None:
                        if len(caps) >= 4096:
                            caps.clear()
                        capitals = caps[ak, written] = self._capitals(ak, fold(written, lower=False))
                    if not capitals:
                        if cased is None:
                            cased = fold(text, lower=False)
                        hit = self._slow_at(folded, cased, start) if ak in self._prefixed else None
                        if hit is not None:
                            hits.append(hit)
                            pos = hit.end + 1
                            break
                        if " " in ak:  # a name may start inside "us forces": read on from "us"
                            pos = start + 2
                            break
                        continue
                # Hit(...) without its Python-level __new__
                hits.append(_NEW(Hit, (start, end) + entry))
            else:
                return hits

    def _slow_at(self, folded: str, cased: str, pos: int) -> Hit | None:
        """The longest name at *pos* read by the two slow patterns, or None."""
        pf, pc = self._slow_patterns()
        best = None
        for m in (pf.match(folded, pos), pc.match(cased, pos) if pc is not None else None):
            if m is not None and (best is None or m.end() > best.end()):
                best = m
        if best is None:
            return None
        k = name_key(best.group()).replace("'", "")  # (a rare path: no cache)
        return Hit(best.start(), best.end(), k, *self.entries(k))

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

    def numbered_places(self) -> frozenset[str]:
        """Keys of the places with a digit in their name ("tower 22"): their number is no count."""
        if self._numbered is None:
            self._numbered = frozenset(k for k in self.places if any(map(str.isdigit, k)))
        return self._numbered

    def military(self, state: str) -> Actor | None:
        """The military of a state (the actor of kind military whose parent it is), or None."""
        if self._militaries is None:
            self._militaries = {a.parent: a for a in self.actor_by_name.values()
                                if a.kind == "military" and a.parent}
        return self._militaries.get(state)



def _acronym_keys(raw: str) -> list[tuple[str, frozenset[int]]]:
    """The lower-case trie keys of a name with acronyms, and the indexes of its acronym words:
    each acronym as written plainly and, up to four letters, with dots ("US forces": "us forces",
    "u.s. forces", "u.s forces"), other words in lower case."""
    words = raw.split(" ")
    acronyms = frozenset(i for i, w in enumerate(words) if _is_acronym(w))
    choices = []
    for i, w in enumerate(words):
        if i in acronyms:
            letters = w.replace(".", "").lower()
            dotted = ".".join(letters)
            # dotted forms only for short acronyms ("U.S.", "I.S.", "U.S.A."), not "C.E.N.T.C.O.M."
            choices.append(sorted({letters, dotted + ".", dotted}) if len(letters) <= 4 else [letters])
        else:
            choices.append([w.lower()])
    return [(" ".join(p), acronyms) for p in product(*choices)]


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
    plain = set(g._folded)
    for raw in g._cased:
        for key, acronyms in _acronym_keys(raw):
            if key not in plain:
                g._acronyms[key] = g._acronyms.get(key, frozenset()) | acronyms
    every = plain | set(g._acronyms)
    g._prefixed = {k for k in g._acronyms if any(
        k2 != k and k.startswith(k2) and not (k[len(k2)].isalnum() or k[len(k2)] == "_") for k2 in every)}
    # Apostrophe-free variants resolve to the same entries.
    tables: tuple[dict[str, Any], ...] = (g.places, g.actors, g.weapons)
    for table in tables:
        for k in list(table):
            bare = k.replace("'", "")
            table.setdefault(bare, table[k])
    return g
