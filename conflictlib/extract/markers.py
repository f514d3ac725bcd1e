"""Reference markers: an encyclopedia's or a blog's footnote calls read as nothing.

Text copied from an encyclopedia or a referenced blog carries footnote calls after words and
stops ("... over 150 attacks on US troops.[4] The attacks ..."; "a Shahed-136[verification
needed] drone").  A careful reader skips them; read as prose, "[4]" is a count ("4 ... attacks":
a tally of four) and "[citation needed]" a fragment.  :func:`blank_markers` puts a space for each
character of a marker, so every offset still points into the original text (the rows quote the
original, :attr:`.context.Document.raw`).

A marker is a number of at most three digits, a single letter, or an editor's note
(MARKER_NOTES) in square brackets, right after a word, a stop, a comma or a closing quote or
bracket: a bracket after a space ("[5] rockets", an editor's insertion "[the group]") is prose.
"""

from __future__ import annotations

import re
from functools import cache

#: MARKER_NOTES: editors' notes that stand in square brackets after a claim
#: ("[citation needed]", "[verification needed]").
MARKER_NOTES = ("citation needed", "verification needed", "clarification needed", "better source needed",
                "failed verification", "dubious", "discuss", "when", "when?", "who", "who?", "which?",
                "according to whom?", "by whom?", "unreliable source?", "note", "nb")


@cache
def _marker() -> re.Pattern[str]:
    from ..lookup.patterns import alternation

    notes = alternation(MARKER_NOTES)
    # one call or a run of them ("[12][13]"); the note may carry its number ("[note 3]")
    return re.compile(rf"(?<=[\w.,;:)\]\"'\u2019\u201d])(?:\[(?:\d{{1,3}}|[a-z]|{notes}(?:\s\d{{1,3}})?)\])+",
                      re.IGNORECASE)


def blank_markers(text: str) -> str:
    """*text* with its footnote calls as spaces (same length); *text* itself when it has none."""
    if "[" not in text:
        return text
    return _marker().sub(lambda m: " " * len(m.group()), text)
