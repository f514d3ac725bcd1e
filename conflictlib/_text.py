"""Text helpers: the folded copy of an article that patterns run on, name keys,
and an abbreviation-aware sentence splitter.

All offsets conflictlib reports index the article body as given.  Patterns run
on :func:`fold`, a copy of the same length in which case, apostrophes, dashes
and quotes are unified, so a match's span is also the span in the original.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby
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

# The ASCII characters that _FOLD_TABLE changes ("`"): an ASCII text without them is its own
# translation (most texts are).
_ASCII_KEYS = [chr(k) for k in _FOLD_TABLE if k < 128]


def fold(text: str, *, lower: bool = True) -> str:
    """Return *text* with case (optionally), apostrophes, dashes and quotes unified.

    The result always has the length of *text*: a character whose lower case
    is longer than one character (such as "İ") keeps its original form.
    """
    if text.isascii() and not any(c in text for c in _ASCII_KEYS):
        out = text  # what translate() gives, without its pass over every character
    else:
        out = text.translate(_FOLD_TABLE)
    if lower:
        low = out.lower()
        if len(low) == len(out):
            return low
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in out)
    return out


def single_quotes(folded: str) -> str:
    """*folded* (see :func:`fold`) with single quotation marks made double ones, in a text that
    has no double quote: British and translated copy quotes with them ("'We will respond,' a US
    official said"), and the stages read a quotation by its double marks.  An opening mark stands
    at the start or after a space or bracket, before a letter; its closing mark is the next one
    after a letter or a stop and before a space, a stop or the end.  Apostrophes inside words
    ("Kata'ib", "the group's") and a plural possessive with no quote open ("the soldiers' families")
    stay.  The result has the length of *folded*."""
    if "'" not in folded or '"' in folded:
        return folded
    out = list(folded)
    opened = -1
    n = len(folded)
    i = folded.find("'")
    while i >= 0:
        before = folded[i - 1] if i else " "
        after = folded[i + 1] if i + 1 < n else " "
        if opened < 0:
            if (before.isspace() or before in "([-") and after.isalpha():
                opened = i
        elif (before.isalpha() or before in ",.!?") and (after.isspace() or after in ",.;:!?)]"):
            out[opened] = out[i] = '"'
            opened = -1
        elif folded.find("\n", opened, i) >= 0:
            opened = i if (before.isspace() or before in "([-") and after.isalpha() else -1  # a paragraph ends a quote
        i = folded.find("'", i + 1)
    return "".join(out)


def offsets(text: str, chars: str) -> list[int]:
    """The offsets in *text* of every occurrence of the (distinct) characters in *chars*, in order.

    One ``str.find`` loop per character (a fast memchr-like search each) and one sort of
    the few sorted runs: several times faster than a pattern like ``[,;:.()]``, which
    ``re`` tests character by character.
    """
    out: list[int] = []
    append, find = out.append, text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            append(i)
            i = find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


def back_from(lo: int, pos: int, span: int) -> int:
    """Where a window of *span* characters before *pos* starts, not before *lo* (a sentence's
    start): ``max(lo, pos - span)``.  Written out because the built-in ``max`` parses its
    arguments and builds an iterator over them, about 1,800 instructions a call against 750
    for this function; the stages ask for tens of thousands of such windows a parse."""
    back = pos - span
    return back if back > lo else lo


#: CLAUSE_COMMA: a comma that sets off a clause or phrase, never a digit group's separator: in
#: "With 800 soldiers across Syria and 2,000 more across Iraq, the US ..." the phrase ends after the second "Iraq".
_CLAUSE_COMMA = re.compile(r",(?!\d)")


def clause_comma(text: str, lo: int, hi: int) -> int:
    """Where the first comma of ``text[lo:hi]`` that is no digit group's separator stands
    ("2,500" holds none), or -1."""
    m = _CLAUSE_COMMA.search(text, lo, hi)
    return -1 if m is None else m.start()


def last_clause_comma(text: str, lo: int, hi: int) -> int:
    """Where the last comma of ``text[lo:hi]`` that is no digit group's separator stands, or -1."""
    k = text.rfind(",", lo, hi)
    while k >= 0 and k + 1 < len(text) and text[k + 1].isdigit():
        k = text.rfind(",", lo, k)
    return k


def holds_any(text: str, keys: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether one of *keys* occurs in ``text[lo:hi]`` (a substring test each; see
    :func:`conflictlib.lookup.vocab.key_words`)."""
    # The window is cut once and each key tested with ``in``: ``str.find(k, lo, hi)`` parses
    # its arguments with the generic tuple parser, which costs more than the search itself
    # on a window of a sentence (about 700 instructions a key against 150 for ``in``).
    window = text[lo:hi]
    for k in keys:
        if k in window:
            return True
    return False


# A name key: lower case, apostrophes kept as "'", dots dropped ("U.S." -> "us"),
# every other run of non-word characters one space.
_KEY_DROP = regex.compile(r"\.")
_KEY_SEP = regex.compile(r"[^\w']+")


def name_key(name: str) -> str:
    """Return the matching key of a name: ``name_key("Ain al-Asad") == "ain al asad"``."""
    s = fold(name)
    s = _KEY_DROP.sub("", s)
    return _KEY_SEP.sub(" ", s).strip(" '")


_NEW = tuple.__new__


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
# Titles among them: always before a name, so a line break after one does not end the
# sentence either ("Brig." at the end of a line, "Patrick Ryder" on the next).
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig rep sen gov pres".split())

# How the splitter decides, in words (the pattern below does exactly this):
#   * a sentence ends after "." "!" or "?" plus up to three closing quotes
#     (straight or curly) or brackets, when white space follows; at every line break; and at a stop
#     between a lower-case word and a capitalised one with no space ("day.The");
#   * a full stop does not end it when the word before it (the run of ASCII
#     letters and dots that ends there, or ends just before a line break there)
#     is in ABBREVIATIONS or is a single letter (an initial);
#   * nor does a line break right after such a stop when the next line goes on
#     with a lower-case word ("U.S.\nforces"), after a title with any letter
#     ("Brig.\nGen. Patrick Ryder") or after an initial with another ("U.\nS.");
#   * each sentence is stripped of surrounding white space (str.isspace) and
#     empty ones are dropped.
# "White space after the stop" is Unicode White_Space, which is str.isspace()
# without \x1c-\x1f: that is what the splitter has always used, so keep it.
_AFTER_STOP = r"[^\S\x1c-\x1f]"
_CLOSERS = r"""["'\u201d\u2019)\]]{0,3}"""


def _word_alternation(words: list[str]) -> str:
    """*words* (non-empty) as one alternation shaped like a trie.

    ``re`` tries the branches of an alternation in turn; sharing prefixes
    ("m(?:r|s|t)") means a word that is not there fails on its first letter.
    """
    branches = []
    for first, group in groupby(sorted(words), key=lambda w: w[0]):
        rests = [w[1:] for w in group]
        tails = [r for r in rests if r]
        branch = re.escape(first)
        if tails:
            sub = _word_alternation(tails)
            if len(tails) < len(rests):  # a word also ends here: the rest is optional
                # several branches come back as one group already
                sub = sub + "?" if sub.startswith("(?:") else f"(?:{sub})?"
            branch += sub
        branches.append(branch)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _after_words(words: frozenset[str]) -> str:
    """A lookbehind true just before a full stop that follows one of *words* (each the
    whole run of letters and dots there), grouped by length as ``re`` needs."""
    shape = re.compile(r"(?:[a-z]\.){1,3}[a-z]?|[a-z]{1,6}")
    fit = sorted((w for w in words if shape.fullmatch(w)), key=len)
    alts = [rf"(?<=(?<![A-Za-z.])(?ai:{_word_alternation(list(g))}))" for _, g in groupby(fit, key=len)]
    return "(?:" + "|".join(alts) + ")"


def _after_abbreviation() -> str:
    """Lookbehinds true just before a full stop that follows an abbreviation or an initial.

    Each lookbehind is of one width (``re`` needs that), so the words are
    grouped by length; ``(?<![A-Za-z.])`` makes the word the whole run of
    letters and dots before the stop.  Only words that can be such a run (one
    to six letters, or up to three "x." pairs and a letter) take part.
    ``(?ai:...)``: case-insensitive on ASCII only ("ſ" is not an "s").
    """
    shape = re.compile(r"(?:[a-z]\.){1,3}[a-z]?|[a-z]{1,6}")
    words = sorted((w for w in ABBREVIATIONS if shape.fullmatch(w)), key=len)
    same_line = [r"(?<=(?<![A-Za-z.])[A-Za-z])"]  # an initial
    next_line = [r"(?<=(?<![A-Za-z.])[A-Za-z]\n)"]
    for _, group in groupby(words, key=len):
        alt = _word_alternation(list(group))
        same_line.append(rf"(?<=(?<![A-Za-z.])(?ai:{alt}))")
        next_line.append(rf"(?<=(?<![A-Za-z.])(?ai:{alt})\n)")
    # cheap guards first: most full stops follow a letter, few a line break
    return (rf"(?:(?<=[A-Za-z.])(?:{'|'.join(same_line)})"
            rf"|(?<=\n)(?:{'|'.join(next_line)}))")


# RUN_ON: sentences run together with no space after the stop (scraped or machine-translated
# text: "on Tuesday.The group said"): a stop between a lower-case word and a capitalised one.
# A closing quote may stand between ("the region.”The strikes"); "U.S.The" (a capital before)
# and "news.com" (lower case after) are not run-ons.
_RUN_ON = r"""(?<=[a-z][a-z])(?=[.!?]["\u201d]?[A-Z][a-z])"""

# One match is one sentence, already stripped.  Bounded work per character:
# the run of text is the only repetition that gives anything back, and only
# its trailing spaces; the others are possessive or at most three long.  With
# ``re`` this is about three times faster than finding each candidate end with
# ``regex`` and checking the word before it in Python (``regex`` itself runs
# this pattern slower than ``re`` does).
_SENTENCE = (
    rf"""
    (?=\S)                                  # starts at a non-space character
    (?:
        [^.!?\n]+(?<=\S)                    # a run of text, ending on a non-space
      | [^\S\n]++(?=\S)                     # spaces with more text after them on the line
      | (?!{_RUN_ON})[.!?](?!{_CLOSERS}{_AFTER_STOP})  # . ! ? not followed by (closers and) a space
      | (?<=[A-Za-z]){_after_words(TITLE_ABBREVIATIONS)}\.\n(?=[A-Za-z])  # a title, its name on the next line
      | (?<=(?<![A-Za-z.])[A-Za-z])\.\n(?=[A-Z]\.)  # an initial, another on the next line ("U.\nS.")
      | {_after_abbreviation()}\.(?:\n(?=[a-z]))?  # a full stop after an abbreviation or initial
    )*+                                     # stops before a line break, trailing spaces or an end
    (?:[.!?]{_CLOSERS}(?={_AFTER_STOP})|{_RUN_ON}[.!?]["\u201d]?)?+  # the end: . ! ? and its closers
    """
)


@cache
def _sentence_pattern() -> re.Pattern[str]:
    """SENTENCE: one sentence, stripped (compiled on first use)."""
    return re.compile(_SENTENCE, re.VERBOSE)


def split_sentences(text: str) -> list[Sentence]:
    """Split *text* into sentences, keeping offsets; never drops a character span.

    A full stop after a known abbreviation ("U.S.", "Oct.", "Lt. Col.") or an
    initial ("J. Smith") does not end a sentence unless a line break follows.
    """
    # tuple.__new__(Sentence, values): a Sentence without its Python-level __new__
    return [_NEW(Sentence, (i, *m.span())) for i, m in enumerate(_sentence_pattern().finditer(text))]
