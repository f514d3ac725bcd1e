"""Hard-wrapped prose: a line break inside a sentence read as a space.

Text copied from a PDF, an e-mail or a fixed-width page breaks its lines at a width, not at
the end of a sentence ("came under fire for the fourth time in" / "less than ten days ...").  Every
line break ends a sentence (:func:`conflictlib._text.split_sentences`), so such a sentence is
read as two fragments and no phrase that spans the break is found.  A careful reader joins
the two lines; :func:`unwrap` does so by putting a space for the line break: one character
for one, so every offset still points into the original text (the rows quote the original,
:attr:`.context.Document.raw`).

A break is a wrap when the line before it ends in a lower-case word or a comma (no stop, no
colon: "... struck the base" / "in northeastern Syria ...") and the line after it opens with a
lower-case letter, and neither line is furniture (:mod:`.furniture`), so that a byline,
stamp or caption is never merged into the prose next to it ("Posted Jan 6, 2024" / "photo
...": a stamp, kept).  A line read as a headline only for standing among the first lines or
for its capitals is joined all the same: the first lines of a wrapped lead are read so ("At
least six Iran-aligned" / "fighters were killed ..."), and a headline does not end in a
lower-case word with a lower-case line after it; two lines of one wrapped headline joined are
one headline still, since the furniture is read again on the joined text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: A wrap is a line break between a lower-case word (or a comma) and a lower-case letter,
#: with no blank line between: ``(?<=[a-z,])[^\S\n]*\n(?=[^\S\n]*[a-z])``.  It is found from
#: the line breaks (NEXT_LOWER, whose literal "\n" the engine finds at once), then the end of
#: the line before is looked at (:func:`_wrap_breaks`): the one pattern, tried at every offset
#: of the text, cost about 4% of a parse (most offsets are lower-case letters, where its
#: look-behind holds and the rest fails).
_NEXT_LOWER = re.compile(r"\n(?=[^\S\n]*[a-z])")
_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")

#: The line kinds a wrap may join: prose, and a line read as a headline only for standing
#: among the first lines or for its capitals (the lines of a wrapped lead are).  Two lines of
#: one headline joined are still a headline (furniture is read again on the joined text).
_JOINABLE = (None, "headline")


def _wrap_breaks(text: str) -> Iterator[int]:
    """The offsets of the line breaks of *text* that may be wraps, in order: each before a
    lower-case letter (past white space) and after a lower-case letter or a comma (past white
    space other than a line break: "struck the base " / "in northeastern Syria")."""
    for m in _NEXT_LOWER.finditer(text):
        nl = j = m.start()
        while j and text[j - 1] != "\n" and text[j - 1].isspace():
            j -= 1
        if j and text[j - 1] in _LOWER_OR_COMMA:
            yield nl


def may_wrap(text: str) -> bool:
    """Whether *text* has a line break that may be a wrap (before its furniture is read)."""
    return next(_wrap_breaks(text), None) is not None


def unwrap(text: str, furniture: list[tuple[int, int, str]]) -> str:
    """*text* with the line breaks inside its sentences read as spaces (same length).

    *furniture*: the spans and kinds of *text*'s furniture lines
    (:func:`.furniture.furniture_lines`)."""
    breaks = list(_wrap_breaks(text))
    if not breaks:
        return text
    # the kind of the furniture line holding each offset, by the start of its line
    kinds = {lo: kind for lo, _, kind in furniture}
    chars = list(text)
    for nl in breaks:
        before = text.rfind("\n", 0, nl) + 1
        after = nl + 1
        if kinds.get(before) not in _JOINABLE or kinds.get(after) not in _JOINABLE:
            continue  # a byline, caption, stamp ...: never run into prose
        chars[nl] = " "
    return "".join(chars)
