"""Patterns built from names: tries of phrases and names, and the forms of a name with
acronyms or apostrophes.

A trie-shaped alternation has no two branches that start with the same character, so the
engine never tries a prefix twice and backtracking is bounded by the longest phrase: every
whole-text scan (names, grammar words, numbers, dates) is built here.
"""

from __future__ import annotations

from itertools import product
from typing import Iterable

import re

import regex

# Word boundaries of a name: not inside a longer word.
LEFT, RIGHT = r"(?<![\w'])", r"(?![\w])"
# Between the words of a name: one to four spaces, dashes or quotes
# ("al-Asad", "al Asad", 'the "self defence" strike').
SEP = r"""[\s\-"]{1,4}"""
# The separators between the words of a name found in text, to split it into words.
SEP_RUN = re.compile(r"""[\s\-"]+""")


def phrase_key(surface: str) -> str:
    """The key of a phrase a trie of :func:`trie_pattern` matched: its words joined by one space,
    whatever separators stood between them ("half-a-dozen", 'Christmas "Day"' -> "half a dozen",
    "christmas day" when folded)."""
    return " ".join(w for w in SEP_RUN.split(surface) if w)


def is_acronym(word: str) -> bool:
    w = word.replace(".", "")
    return 2 <= len(w) <= 7 and w.isalpha() and w.isupper()


def trie_pattern(keys: Iterable[str]) -> str:
    """One alternation shaped like a character trie, longest continuation first.

    Keys are lower-case name keys; a space matches :data:`SEP`.  A trie has
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
            head = SEP if ch == " " else regex.escape(ch)
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


def word_trie_pattern(aliases: Iterable[str]) -> str:
    """A word-level trie for names with acronyms: acronyms case-sensitive
    ("US" may be written "U.S."), other words case-insensitive."""
    root: dict = {}
    for alias in aliases:
        node = root
        for w in alias.split(" "):
            w = w.replace(".", "") if is_acronym(w) else w.lower()
            node = node.setdefault(w, {})
        node[""] = {}

    def word(w: str) -> str:
        if is_acronym(w):
            letters = w.replace(".", "")
            return r"\.?".join(regex.escape(c) for c in letters) + r"\.?"
        return "(?i:" + regex.escape(w.lower()) + ")"

    def build(node: dict, first: bool) -> str:
        end = "" in node
        alts = [("" if first else SEP) + word(w) + build(node[w], False)
                for w in sorted((w for w in node if w), key=lambda s: (-len(s), s))]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body

    # A cheap test before the alternatives: the first letter of an acronym
    # (case-sensitive), or a whole first word written in any case.
    letters = sorted({w[0] for w in root if w and is_acronym(w)})
    words = sorted((w for w in root if w and not is_acronym(w)), key=lambda s: (-len(s), s))
    first = (["[" + "".join(regex.escape(c) for c in letters) + "]"] if letters else []) + \
        ["(?i:" + regex.escape(w) + r")(?!\w)" for w in words]
    return "(?=" + "|".join(first) + ")" + build(root, True) if first else build(root, True)


def acronym_keys(raw: str) -> list[tuple[str, frozenset[int]]]:
    """The lower-case trie keys of a name with acronyms, and the indexes of its acronym words:
    each acronym as written plainly and, up to four letters, with dots ("US forces": "us forces",
    "u.s. forces", "u.s forces"), other words in lower case."""
    words = raw.split(" ")
    acronyms = frozenset(i for i, w in enumerate(words) if is_acronym(w))
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


def expand_apostrophes(aliases: list[str]) -> list[str]:
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
