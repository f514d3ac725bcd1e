"""The gazetteer: every name of the lookup tables, and the one pattern that finds them in text.

Every alias of ``places.csv``, ``actors.csv`` and ``weapons.csv`` (see :mod:`.tables`)
becomes a key (:func:`~conflictlib._text.name_key`), and all keys are compiled into one
trie-shaped pattern, so an article is scanned for every name in one pass.  Names with
acronyms ("US forces", "IS") are in it in lower case and count only where the acronym is
written in capitals, so the ordinary words "us" and "is" are never actors.

The places generated from GeoNames (``data/places_geonames.csv``) come after every curated
and user name (a name of those always wins) and are *guarded*: a generated name counts only
where it is written as a name, that is each of its words with a capital (but the particles
of :data:`~conflictlib.lookup.wordclasses.NAME_PARTICLES`: "al-", "town of"), and at a sentence
start only before a place word (:data:`~conflictlib.lookup.wordclasses.PLACE_NOUNS`: "Zummar, a
town in Nineveh"), since a capital there says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any, NamedTuple

import re

from .._text import fold, name_key
from . import kinds as K
from . import tables
from .config import DEFAULT_CONFIG, Config
from .patterns import (LEFT, RIGHT, SEP_RUN, acronym_keys, before_word, expand_apostrophes, is_acronym,
                       trie_pattern, word_trie_pattern)
from .tables import Actor, Place, Weapon
from .wordclasses import FIELD_WORDS

__all__ = ["Hit", "Gazetteer", "gazetteer"]

#: Characters between a sentence end and the next word: spaces, opening quotes and brackets.
_LEAD = frozenset(' \t\r"\'\u201c\u2018([\u00ab')
#: Characters that end a sentence or a heading before a name.
_SENTENCE_END = frozenset(".!?:;\n\u2014\u2013")
#: How far back a sentence end is looked for before a generated name (spaces and quotes).
LEAD_WINDOW = 6
#: How far back a person's name or title is looked for before a generated name.
PERSON_WINDOW = 40
#: The words of a name as written.
_NAME_WORD = re.compile(r"[^\W\d_]+")


@cache
def _place_after() -> re.Pattern[str]:
    """PLACE_AFTER: a place word right after a name ("Zummar, a town", "Tall Afar district",
    "Hajin, Syria"), bounded: an optional comma, a few blanks, an optional article."""
    from .vocab import words
    from .wordclasses import PLACE_NOUNS

    return re.compile(r",?\s{1,3}(?:(?:an?|the)\s{1,3})?(?i:" + words(PLACE_NOUNS) + r")(?!\w)")


@cache
def _particles() -> frozenset[str]:
    from .wordclasses import NAME_PARTICLES

    return frozenset(NAME_PARTICLES)


@cache
def _after_person() -> re.Pattern[str]:
    """PERSON_BEFORE: the end of a text slice that names a person right before a name: a
    capitalised word that is no preposition, article or possessive ("Thabit al-X"), or a
    title ("minister al-X").  Searched in the :data:`PERSON_WINDOW` characters before it."""
    from .vocab import words
    from .wordclasses import ORIGIN_PREPOSITIONS, PERSON_TITLES, PLACE_PREPOSITIONS, SUBJECT_BLOCKERS

    function = words(sorted(set(SUBJECT_BLOCKERS) | set(PLACE_PREPOSITIONS) | set(ORIGIN_PREPOSITIONS)
                            | {"and", "or", "the", "a", "an", "of", "by"}))
    return re.compile(
        r"(?:(?<![\w.'])(?!(?i:" + function + r")\s)[^\W\d_a-z][\w.]{0,29}(?<!'s)"   # "Thabit", not "Near", "Iraq's"
        r"|(?i:" + words(PERSON_TITLES) + r"))\s{1,3}$")


@cache
def _speech_after() -> re.Pattern[str]:
    """SPEAKS_AFTER: a speech verb right after a name ("al-X said"): a speaker, not a place."""
    from .vocab import words
    from .wordclasses import SPEECH_BEFORE_SPEAKER, STATEMENT_VERBS

    return re.compile(r",?\s{1,3}(?:" + words(sorted(set(STATEMENT_VERBS) | set(SPEECH_BEFORE_SPEAKER))) + r")(?!\w)")


def written_as_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a place name: each word with a capital but
    the particles ("al-Qaim", "Tall Afar", "town of Hit"); not right after a person's name or
    title nor before a speech verb (a family name: "Thabit al-X", "minister al-X", "al-X
    said"); and, at a sentence start, followed by a place word.  The guard of the generated
    gazetteer names."""
    particles = _particles()
    for w in _NAME_WORD.findall(text, start, end):
        if not w[0].isupper() and w.lower() not in particles:
            return False
    if _after_person().search(text, max(0, start - PERSON_WINDOW), start) is not None \
            or _speech_after().match(text, end) is not None:
        return False  # a person's family name ("Thabit al-X", "minister al-X", "al-X said")
    i = start - 1
    lo = max(-1, start - 1 - LEAD_WINDOW)
    while i > lo and text[i] in _LEAD:
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return _place_after().match(text, end) is not None
    return True


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
    _governments: dict[str, Actor] | None = None          # country -> who speaks for it, on first use
    _numbered: frozenset[str] | None = None               # place keys with digits, on first use
    _entries: dict[str, tuple] = field(default_factory=dict)  # key -> (place, actor, weapon), filled as met
    # (trie key of a name with acronyms, its surface as written) -> _capitals() of that surface
    # (folded without lower-casing), filled as met and emptied when full
    _caps: dict[tuple[str, str], bool] = field(default_factory=dict)
    # name keys of the generated places (GeoNames): matched only where written as names
    _guarded: set[str] = field(default_factory=set)

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
                before_word("'", ascii=ascii) + "(" + trie_pattern(sorted(keys)) + ")" + RIGHT)
        return pat

    def _slow_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """The names without acronyms, and the names with acronyms case-sensitively
        (a word-level trie), as two patterns: read where a name with acronyms
        written in lower case ("us forces") may hide a shorter name."""
        if self._pat_plain is None:
            self._pat_plain = re.compile(r"\b" + LEFT + "(?:" + trie_pattern(self._folded) + ")" + RIGHT)
            if self._cased:
                self._pat_cased = re.compile(r"\b" + LEFT + word_trie_pattern(self._cased) + RIGHT)
        return self._pat_plain, self._pat_cased

    def _acronym_key(self, surface: str) -> str:
        """The trie key of a lower-case *surface* if it is a name with acronyms, else ""."""
        k = " ".join(SEP_RUN.split(surface))
        return k if k in self._acronyms else ""

    def _capitals(self, key: str, surface: str) -> bool:
        """Whether every acronym word of *key* is written in capitals in *surface* (original case)."""
        words = SEP_RUN.split(surface)
        for i in self._acronyms[key]:
            if not words[i].replace(".", "").isupper():
                return False
        return True

    def scan(self, text: str, folded: str | None = None) -> list[Hit]:
        """All names in *text*, leftmost-longest, not overlapping, in order."""
        if folded is None:
            folded = fold(text)
        pat = self.patterns(folded.isascii())
        known, caps, guarded = self._surfaces, self._caps, self._guarded
        hits: list[Hit] = []
        padded = " " + folded  # a character before the first name
        cased: str | None = None
        pos = blocked = 0
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
                if entry[0] in guarded and (start < blocked or not written_as_name(text, start, end)):
                    # not a name here: read on for a curated name inside it, but no generated
                    # one ("al-X" rejected after "Thabit" is no place as "X" either)
                    blocked = max(blocked, end)
                    pos = start + 1
                    break
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
                        if hit is not None and hit.key in guarded and \
                                not written_as_name(text, hit.start, hit.end):
                            hit = None  # a generated name must be written as one here too
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
            if w is not None and w.role == K.IGNORE:
                w = None  # "carrier strike group": a weapon word that names no attack
            e = self._entries[key] = (self.places.get(key), self.actors.get(key), w)
        return e

    def numbered_places(self) -> frozenset[str]:
        """Keys of the places with a digit in their name ("tower 22"): their number is no count."""
        if self._numbered is None:
            self._numbered = frozenset(k for k in self.places if any(map(str.isdigit, k)))
        return self._numbered

    def government(self, country: str) -> Actor | None:
        """The actor that speaks for *country* when reporting names the country as a speaker ("Iraq
        condemned the strikes"): the state of that country, else the first government body of it
        with no parent in actors.csv (the Iraqi government, not the Kurdistan Regional Government,
        which comes after it), or None."""
        if self._governments is None:
            govs: dict[str, Actor] = {}
            for a in self.actor_by_name.values():
                if a.country and (a.kind == K.STATE or (a.kind == K.GOVERNMENT_BODY and not a.parent)):
                    if a.kind == K.STATE or a.country not in govs:
                        govs[a.country] = a
            self._governments = govs
        return self._governments.get(country)

    def military(self, state: str) -> Actor | None:
        """The military of a state (the actor of kind military whose parent it is), or None."""
        if self._militaries is None:
            self._militaries = {a.parent: a for a in self.actor_by_name.values()
                                if a.kind == K.MILITARY and a.parent}
        return self._militaries.get(state)



#: The article "al-" before a sun letter, as transliterations write it assimilated ("al-Shaddadi":
#: "Ash Shaddadi", "al-Dawr": "Ad Dawr"); not the forms that are English words ("as", "at", "an").
_SUN_ARTICLES = (("sh", "ash"), ("th", "ath"), ("dh", "adh"), ("d", "ad"), ("r", "ar"), ("z", "az"))


def assimilated(names: list[str]) -> list[str]:
    """*names* and, for each place name that starts with "al-" before a sun letter, its form
    with the article assimilated ("al-Shaddadi" -> "ash-Shaddadi")."""
    out = list(names)
    for n in names:
        if n[:3].lower() in ("al-", "al ") and len(n) > 4:
            rest = n[3:]
            for head, article in _SUN_ARTICLES:
                if rest.lower().startswith(head):
                    out.append(f"{article}-{rest}")
                    break
    return out


#: MISSPELLINGS: (suffix, its misspelling) of a place name's kind word that regional and wire
#: copy writes often ("Al-Hasakah governate" for the governorate: read as the bare city, the
#: province became a site beside the base the attack hit).
MISSPELLINGS = ((" governorate", " governate"),)


def misspelled(names: list[str]) -> list[str]:
    """*names* and, for each name that ends in a kind word of :data:`MISSPELLINGS`, its form with
    the common misspelling ("al-Hasakah governorate" -> "al-Hasakah governate")."""
    out = list(names)
    for n in names:
        for right, wrong in MISSPELLINGS:
            if n.lower().endswith(right):
                out.append(n[:-len(right)] + wrong)
    return out


def field_forms(names: list[str], kind: str) -> list[str]:
    """*names* and, for a field of oil or gas, each name that ends in a word of
    :data:`~conflictlib.lookup.wordclasses.FIELD_WORDS` also with each other one: reporters name
    one field "the Conoco gas field", "the Conoco oil field", "the Conoco oilfield" or "the
    Conoco field" alike, whatever spelling of the name they use ("Koniko oil field")."""
    if kind not in K.FIELD_KINDS:
        return names
    out = list(names)
    seen = {n.lower() for n in names}
    for n in names:
        low = n.lower()
        word = next((w for w in FIELD_WORDS if low.endswith(" " + w)), None)
        if word is None:
            continue
        stem = n[:-len(word) - 1]
        for w in FIELD_WORDS:
            if f"{stem} {w}".lower() not in seen:
                seen.add(f"{stem} {w}".lower())
                out.append(f"{stem} {w}")
    return out


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
            if any(is_acronym(w) for w in words):
                cased_raw.append(" ".join(words))
            else:
                folded_keys.append(name_key(raw))
            keys.append(name_key(raw))
        return keys

    for p, names in tables.places(config):
        g.place_by_name[p.name] = p
        for k in index(assimilated(misspelled(field_forms(names, p.kind)))):
            g.places.setdefault(k, p)
    for a, names in tables.actors(config):
        g.actor_by_name[a.name] = a
        for k in index(names):
            g.actors.setdefault(k, a)
    for w, names in tables.weapons(config):
        for k in index(names):
            g.weapons.setdefault(k, w)
    # the generated places last: a name of any other table wins, and the rest are guarded
    taken = set(g.places) | set(g.actors) | set(g.weapons)
    taken |= {k.replace("'", "") for k in taken}
    for p, names in tables.generated_places():
        if p.name in g.place_by_name:
            continue
        keys = [k for k in (name_key(n) for n in assimilated(names)) if k and k.replace("'", "") not in taken]
        if not keys:
            continue
        g.place_by_name[p.name] = p
        for k in keys:
            g.places.setdefault(k, p)
            g._guarded.update((k, k.replace("'", "")))
            folded_keys.append(k)
    g._folded = expand_apostrophes(sorted(set(k for k in folded_keys if k)))
    g._cased = sorted(set(cased_raw))
    plain = set(g._folded)
    for raw in g._cased:
        for key, acronyms in acronym_keys(raw):
            if key not in plain:
                g._acronyms[key] = g._acronyms.get(key, frozenset()) | acronyms
    every = plain | set(g._acronyms)
    # a shorter name is a prefix of k that ends before a separator of k: look those up
    # (linear in the length of k, not in the number of names)
    g._prefixed = {k for k in g._acronyms if any(
        k[:i] in every for i in range(1, len(k)) if not (k[i].isalnum() or k[i] == "_"))}
    # Apostrophe-free variants resolve to the same entries.
    by_key: tuple[dict[str, Any], ...] = (g.places, g.actors, g.weapons)
    for table in by_key:
        for k in list(table):
            bare = k.replace("'", "")
            table.setdefault(bare, table[k])
    return g
