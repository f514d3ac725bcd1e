"""The weekday an undated report gives its attack: "a drone strike in Baghdad on Thursday".

A page with no publication date cannot put "Thursday" on the calendar, so the extractor
leaves the attack undated; the weekday still tells a careful reader something: two undated
reports of one place that both say Thursday may be one attack, and a Thursday strike is not
the one another outlet dates to a Monday.

Only a weekday of the attack counts, not the day of a statement about it nor of another
attack: a weekday right after a statement cue ("the Pentagon said on Tuesday", "in a
statement Tuesday") or a word of sequence ("in retaliation for Sunday's drone attack", "hours
after the strike on Sunday"), or right before a statement cue ("the group on Friday claimed
..."), is skipped.  A sentence that still names two different weekdays gives none.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from .._dates import WEEKDAYS, _alt
from ..lookup.vocab import ACK_VERBS, CLAIM_VERBS, CONFIRM_VERBS, DENY_VERBS, words
from ..lookup.wordclasses import CLAUSE_SPEECH_VERBS, SEQUENCE_WORDS, SPEECH_BEFORE_SPEAKER, STATEMENT_VERBS

#: Words that make a weekday the day of a statement, not of the attack ("reported on
#: Thursday", "in an online statement on Sunday", "denounced on Thursday").
STATEMENT_CUES: Final = ("statement", "reported", "denounced", "condemned", "declared")
#: Words of sequence that put the weekday on another attack ("after", "in response to");
#: not "earlier" or "later" ("Earlier on Sunday, a drone hit ...") nor "came" ("the strike
#: came on Sunday").
SEQUENCE_CUES: Final = tuple(w for w in SEQUENCE_WORDS if w not in ("earlier", "later", "came"))
#: A statement cue or word of sequence this many characters or less before the weekday ...
CUE_BEFORE = 25
#: ... or after it ("on Friday claimed") makes it a statement's day.
CUE_AFTER = 15


@cache
def _weekday_pattern() -> re.Pattern[str]:
    """A weekday as a word ("Thursday", "Thursday's", "thurs")."""
    return re.compile(rf"\b(?P<wd>{_alt(WEEKDAYS)})(?!\w)", re.IGNORECASE)


@cache
def _cue_pattern() -> re.Pattern[str]:
    """A statement cue (the project's speech, claim, confirm, deny and acknowledge verbs, a few
    more)."""
    table = tuple(dict.fromkeys((*STATEMENT_VERBS, *SPEECH_BEFORE_SPEAKER, *CLAUSE_SPEECH_VERBS,
                                 *CLAIM_VERBS, *CONFIRM_VERBS, *DENY_VERBS, *ACK_VERBS,
                                 *STATEMENT_CUES)))
    return re.compile(rf"\b{words(table)}\b", re.IGNORECASE)


@cache
def _sequence_pattern() -> re.Pattern[str]:
    """A word of sequence (:data:`SEQUENCE_CUES`)."""
    return re.compile(rf"\b{words(SEQUENCE_CUES)}\b", re.IGNORECASE)


def weekday_of(sentence: str | None) -> int | None:
    """The weekday (0 = Monday) of the attack that *sentence* reports, or None.

    >>> weekday_of("A drone strike in Baghdad on Thursday killed two commanders.")
    3
    >>> weekday_of("The Pentagon said on Tuesday that a drone hit the base.") is None
    True
    """
    if not sentence:
        return None
    cue, seq = _cue_pattern(), _sequence_pattern()
    found: set[int] = set()
    for m in _weekday_pattern().finditer(sentence):
        before = max(0, m.start() - CUE_BEFORE)
        if cue.search(sentence, before, m.start()) or seq.search(sentence, before, m.start()) or \
                cue.search(sentence, m.end(), m.end() + CUE_AFTER):
            continue
        found.add(WEEKDAYS[m.group("wd").lower()])
    return found.pop() if len(found) == 1 else None
