"""Numbers as reporting writes them: digits with separators, number words,
"a dozen", "dozens", ordinals, each with its qualifier ("at least", "about").

:func:`numbers` finds them all in a folded text in one pass.
"""

from __future__ import annotations

from functools import cache
from typing import Iterable, NamedTuple

import re

from .lookup.patterns import phrase_key


# Number words to values.  "several", "multiple", "dozens" are vague: they give
# a lower bound, so their qualifier becomes "at least".
UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# "two dozen" is 24 (a counted dozen, unlike the vague "dozens"); "two thousand five hundred"
# takes a second scale.
SCALES = {"hundred": 100, "thousand": 1000, "dozen": 12}
VAGUE = {"once": 1, "twice": 2, "half a dozen": 6, "a dozen": 12, "dozen": 12, "dozens": 24, "several": 3, "multiple": 2,
         "a couple of": 2, "a few": 3, "a handful of": 3, "scores": 40,
         "hundreds": 200, "a hundred": 100, "a thousand": 1000}
VAGUE_EXACT = {"once", "twice", "half a dozen", "a dozen", "dozen", "a hundred", "a thousand"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
# Qualifier phrases to the qualifier vocabulary of the tables.
QUALIFIERS = {
    "at least": "at least", "a minimum of": "at least", "no fewer than": "at least",
    # "no less than 66 service members have been injured": a lower bound like "at least"
    "not fewer than": "at least", "no less than": "at least", "not less than": "at least",
    "about": "about", "around": "about", "roughly": "about", "some": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about",
    "approx": "about", "circa": "about",
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "up to": "up to", "as many as": "up to",
}

#: PLUS_SUFFIXES: a figure's suffix that makes it a bound, right after its digits: "160-plus
#: times", "150+ attacks" (more than 160, 150); "150-odd attacks" (about 150).  Only joined to
#: the digits: "40 plus 20" is a sum.  A qualifier before it wins ("more than 150-odd").
PLUS_SUFFIXES = {"plus": "more than", "+": "more than", "odd": "about"}


def _alt(words: Iterable[str]) -> str:
    from .lookup.patterns import alternation

    return alternation(words)


@cache
def number_pattern() -> re.Pattern[str]:
    """NUMBER: an optional qualifier, then digits, number words, or a vague count."""
    return re.compile(r"\b(?<![\w.,])" + _number_body(), re.VERBOSE)  # \b first: a fast start test


@cache
def _number_body() -> str:
    """The source of NUMBER after its left boundary (verbose)."""
    word = f"(?:{_alt(TENS)})(?:[\\s-](?:{_alt(k for k in UNITS if k not in ('a', 'an', 'single'))}))?" \
           f"|(?:{_alt(k for k in UNITS if k not in ('a', 'an', 'single'))})"
    # Every phrase a number can start with (a qualifier, a number word, an ordinal, a vague
    # count): a cheap test before the branches that also turns away "a", "in", "at" alone.
    first = _alt([*QUALIFIERS, *(k for k in UNITS if k not in ('a', 'an', 'single')), *TENS, *ORDINALS, *VAGUE])
    return (
        rf"""
        (?=\d|{first}(?!\w))                              # prefilter: a phrase a number can start with
        (?<![a-z]-)                                       # not a name's: AC-130, MQ-9, Shahed-136
        (?:(?P<qual>{_alt(QUALIFIERS)})\s)?                # at least / about / more than ...
        (?:
            (?P<digits>\d{{1,3}}(?:,\d{{3}}){{1,3}}|\d{{1,7}}) # 1,200 or 66
            (?:\s(?P<dscale>hundred|thousand))?
            (?P<plus>-?plus|\+|-odd)?                        # 160-plus, 150+, 150-odd
          | (?P<ord>\d{{1,4}})(?:st|nd|rd|th)               # 74th
          | (?P<ordw>{_alt(ORDINALS)})
          | (?P<vague>{_alt(VAGUE)})
          | (?P<words>(?:{word})(?:\s(?:hundred|thousand|dozen)(?:\s(?:and\s)?(?:{word})(?:\shundred(?:\s(?:and\s)?(?:{word}))?)?)?)?)
        )
        (?![\w])
        """
    )


class Number(NamedTuple):
    start: int
    end: int
    value: int
    qualifier: str  # exact | about | at least | more than | nearly | up to
    ordinal: bool
    num_start: int  # where the number itself starts (after a qualifier)


def _words_value(text: str) -> int:
    total, cur = 0, 0
    for w in text.replace("-", " ").split():
        if w == "and":
            continue
        if w in UNITS:
            cur += UNITS[w]
        elif w in TENS:
            cur += TENS[w]
        elif w in SCALES:
            cur = max(cur, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += cur
                cur = 0
    return total + cur


def numbers(folded: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number in ``folded[start:end]`` (a folded text), in order."""
    pat = number_pattern()
    return [_number(m, 0, 0) for m in pat.finditer(folded, start, len(folded) if end is None else end)]


@cache
def _number_scan_pattern(ascii: bool) -> re.Pattern[str]:
    """NUMBER_AFTER_SPACE: :func:`number_pattern` as group ``number``, after the character before
    it (see :func:`~conflictlib.lookup.patterns.before_word`: the engine then tries it at word starts only)."""
    from .lookup.patterns import before_word

    # whole-text scan: the standard library's re is faster here
    return re.compile(before_word(".,", ascii=ascii) + "(?P<number>" + _number_body() + ")", re.VERBOSE)


# Numbers already read by scan_numbers(): the texts of all groups of a match -> its value,
# qualifier, whether it is an ordinal, and where the number starts after the match start.
# _number() reads nothing else of a match but its span, and the number itself starts right
# after the qualifier and its one space (or at the match start without a qualifier), so
# that offset too follows from the groups: a hit is exact.  The dict is emptied when full.
_READ: dict[tuple[str | None, ...], tuple[int, str, bool, int]] = {}
_READ_MAX = 4096
_NEW = tuple.__new__  # tuple.__new__(Number, values): a Number without its Python-level __new__


def scan_numbers(padded: str) -> list[Number]:
    """Every number of a folded text given with one space before it (``" " + folded``);
    offsets index the text without that space."""
    pat = _number_scan_pattern(padded.isascii())
    cache = _READ
    out = []
    for m in pat.finditer(padded):
        key = m.groups()
        known = cache.get(key)
        if known is None:
            n = _number(m, "number", -1)
            if len(cache) >= _READ_MAX:
                cache.clear()
            cache[key] = (n.value, n.qualifier, n.ordinal, n.num_start - n.start)
            out.append(n)
        else:
            start, end = m.span("number")
            value, qual, ordinal, offset = known
            out.append(_NEW(Number, (start - 1, end - 1, value, qual, ordinal, start - 1 + offset)))
    return out


def _number(m: re.Match[str], group: int | str, shift: int) -> Number:
    """One match of :func:`number_pattern` (as *group* of *m*, offsets moved by *shift*)."""
    g = m.group
    q = g("qual")
    qual = QUALIFIERS.get(phrase_key(q), "exact") if q else "exact"
    ordinal = False
    digits = g("digits")
    if digits:
        value = int(digits.replace(",", ""))
        scale = g("dscale")
        if scale:
            value *= SCALES[scale]
        num_start = m.start("digits")
        plus = g("plus")
        if plus and qual == "exact":
            qual = PLUS_SUFFIXES[plus.lstrip("-")]
    elif g("ord"):
        value, ordinal, num_start = int(g("ord")), True, m.start("ord")
    elif g("ordw"):
        value, ordinal, num_start = ORDINALS[g("ordw")], True, m.start("ordw")
    elif g("vague"):
        v = phrase_key(g("vague"))
        value, num_start = VAGUE[v], m.start("vague")
        if v not in VAGUE_EXACT and qual == "exact":
            qual = "at least"
    else:
        value, num_start = _words_value(g("words")), m.start("words")
    start, end = m.span(group)
    return Number(start + shift, end + shift, value, qual, ordinal, num_start + shift)


def parse_number(text: str) -> Number | None:
    """Parse one number phrase: ``parse_number("about 1,200").value == 1200``."""
    from ._text import fold

    f = fold(text.strip())
    m = number_pattern().fullmatch(f)
    if m is None:
        return None
    found = numbers(f)
    return found[0] if found else None
