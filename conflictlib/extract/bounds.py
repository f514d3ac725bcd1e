"""Bounded work per sentence and per article, whatever the shape of the input.

The stages read one sentence at a time and several of them compare every cue of a
sentence with every other (a speaker with each speech verb, an anchor with each name), so
their cost grows with the square of a sentence's length.  Normal prose keeps sentences
short (the longest in the cases, the seed and the synthetic corpora is about 300
characters), but a scraped archive holds text without full stops: a flattened table, a
transcript, a list of claims, a 1 MB line.  Two limits keep the cost linear in the input:

- :data:`MAX_SENTENCE_CHARS`: a sentence longer than this is cut, before any stage reads
  it, into pieces of at most that length, at the last clause break (``;`` ``:`` ``(``
  ``)`` or a spaced dash) of the window, else its last ``", "``, else its last white
  space, else at the limit itself.  Pieces keep their offsets into the article, so every
  row's ``start``/``end`` still index the body, and every rule's window (which never
  leaves its sentence) is bounded in characters and hence in tokens.
- :data:`MAX_ARTICLE_CHARS`: an article longer than this is read in parts of at most
  that length, each cut at a sentence end (or as above), each extracted on its own with
  its offsets shifted back into the article (:func:`conflictlib.extract.extract`); the
  parts share nothing, so memory stays bounded by one part.  Coreference compares each
  anchor with the events of the article so far, so a part must also bound their number:
  1 MB of wire copy holds about 3,000 events and was read at a third of the speed of
  200 KB.  Relative dates and "the attack" do not reach across parts.

Both limits lie far above any sentence or article of normal reporting, so they change
nothing on it (``tools/regress.py`` checks that); ``tests/test_robust.py`` checks that
the time at four times the size stays under six times the time at one size for every
adversarial shape of ``tests/shapes.py``.
"""

from __future__ import annotations

import re
from typing import Final

from .._text import Sentence

#: The longest sentence the stages read; a longer one is cut into pieces (see above).
MAX_SENTENCE_CHARS: Final = 1000
#: The longest article extracted in one piece; a longer one is read in parts.
MAX_ARTICLE_CHARS: Final = 200_000

#: Where a long sentence is best cut, best first: clause breaks, a comma and a space, white
#: space.  Each is searched backwards from the end of the window.
_CLAUSE_BREAK = re.compile(r"[;:()]|\s[-\u2013\u2014]\s")
_SPACE = re.compile(r"\s")


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a piece that starts at *lo* in a sentence that ends at *hi* (> lo + max)."""
    limit = lo + MAX_SENTENCE_CHARS
    floor = lo + MAX_SENTENCE_CHARS // 2  # a cut in the last half of the window: no tiny pieces
    window = text[floor:limit]
    best = -1
    for m in _CLAUSE_BREAK.finditer(window):  # the last clause break of the window
        best = m.end()
    if best < 0:
        best = window.rfind(", ")
        best = best + 2 if best >= 0 else -1
    if best < 0:
        i = len(window)
        while i > 0 and not window[i - 1].isspace():
            i -= 1
        best = i if i > 0 else -1
    return floor + best if best > 0 else limit


def bound_sentences(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """*sentences* of *text* with every one longer than :data:`MAX_SENTENCE_CHARS` cut into
    pieces (stripped of white space, offsets kept, indices renumbered).  Returns the list
    itself when no sentence is too long, as in all normal prose."""
    if all(s.end - s.start <= MAX_SENTENCE_CHARS for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        lo, hi = s.start, s.end
        while hi - lo > MAX_SENTENCE_CHARS:
            cut = _cut(text, lo, hi)
            end = cut
            while end > lo and text[end - 1].isspace():
                end -= 1
            out.append(Sentence(len(out), lo, end))
            lo = cut
            while lo < hi and text[lo].isspace():
                lo += 1
        if hi > lo:
            out.append(Sentence(len(out), lo, hi))
    return out


def article_parts(text: str) -> list[tuple[int, int]]:
    """The spans in which an article is extracted: the whole text when it is at most
    :data:`MAX_ARTICLE_CHARS` long, else parts of at most that length, each ending after a
    sentence end (a full stop, "!" or "?" and white space, or a line break) in its last
    half, else cut as a long sentence is."""
    n = len(text)
    if n <= MAX_ARTICLE_CHARS:
        return [(0, n)]
    parts: list[tuple[int, int]] = []
    lo = 0
    while n - lo > MAX_ARTICLE_CHARS:
        limit = lo + MAX_ARTICLE_CHARS
        floor = lo + MAX_ARTICLE_CHARS // 2
        cut = text.rfind("\n", floor, limit)
        if cut < 0:
            cut = max(text.rfind(". ", floor, limit), text.rfind("? ", floor, limit), text.rfind("! ", floor, limit))
            cut = cut + 1 if cut >= 0 else -1
        if cut < 0:
            cut = text.rfind(" ", floor, limit)
        if cut <= lo:
            cut = limit
        parts.append((lo, cut))
        lo = cut
    parts.append((lo, n))
    return parts
