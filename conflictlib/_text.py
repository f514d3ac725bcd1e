"""Text helpers: the folded copy of an article that patterns run on, name keys,
and an abbreviation-aware sentence splitter.

All offsets conflictlib reports index the article body as given.  Patterns run
on :func:`fold`, a copy of the same length in which case, apostrophes, dashes
and quotes are unified, so a match's span is also the span in the original.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

# Characters unified by fold(): every curly apostrophe becomes "'", every dash
# "-", every curly or typographic double quote '"'.  One character each, so the
# folded text has the same length as the original.
_FOLD_TABLE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00a0": " ",
})


def fold(text: str, *, lower: bool = True) -> str:
    """Return *text* with case (optionally), apostrophes, dashes and quotes unified.

    The result always has the length of *text*: a character whose lower case
    is longer than one character (such as "İ") keeps its original form.
    """
    out = text.translate(_FOLD_TABLE)
    if lower:
        low = out.lower()
        if len(low) == len(out):
            return low
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in out)
    return out


# A name key: lower case, apostrophes kept as "'", dots dropped ("U.S." -> "us"),
# every other run of non-word characters one space.
_KEY_DROP = regex.compile(r"\.")
_KEY_SEP = regex.compile(r"[^\w']+")


def name_key(name: str) -> str:
    """Return the matching key of a name: ``name_key("Ain al-Asad") == "ain al asad"``."""
    s = fold(name)
    s = _KEY_DROP.sub("", s)
    return _KEY_SEP.sub(" ", s).strip(" '")


class Sentence(NamedTuple):
    """One sentence: its index in the article and its span in the body text."""

    idx: int
    start: int
    end: int


# Abbreviations after which a full stop does not end a sentence (lower case,
# without the final dot).  Month and title abbreviations are the common ones in
# wire copy: "Oct. 17", "Lt. Col. Smith", "U.S. forces".
ABBREVIATIONS = frozenset("""
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thurs fri sat sun
    mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig rep sen gov pres
    st ft mt no nos vol inc corp co ltd jr sr vs etc approx est dept
    u.s u.k u.n e.g i.e a.m p.m
""".split())

# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then white space; or a line break (paragraphs are sentences too).
_BOUNDARY = regex.compile(
    r"""
    (?P<stop>[.!?]) ["')\]]{0,3} (?=\s)      # . ! ? and closing quotes, before a space
    | (?P<nl>\n)                               # every line break
    """,
    regex.VERBOSE,
)
# The word before a full stop, to check against ABBREVIATIONS ("U.S", "Oct").
_WORD_BEFORE = regex.compile(r"(?<![A-Za-z.])(?:(?:[A-Za-z]\.){1,3}[A-Za-z]?|[A-Za-z]{1,6})$")


def split_sentences(text: str) -> list[Sentence]:
    """Split *text* into sentences, keeping offsets; never drops a character span.

    A full stop after a known abbreviation ("U.S.", "Oct.", "Lt. Col.") or an
    initial ("J. Smith") does not end a sentence unless a line break follows.
    """
    spans: list[Sentence] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group("stop") == ".":
            w = _WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())
            if w is not None:
                word = w.group().lower()
                if word in ABBREVIATIONS or len(word) == 1:
                    # An abbreviation ends a sentence only before a capitalised
                    # word that is not a name-like continuation; keep it simple:
                    # continue the sentence.
                    continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, n)
    return spans


def _add(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(len(spans), start, end))
