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


#: Parts of the day a word of sequence may stand before ("before dawn on Sunday", "after
#: midnight on Friday"): the time of the attack itself, not another event.
DAY_PARTS: Final = ("dawn", "daybreak", "sunrise", "midnight", "dark", "nightfall", "sunset")


@cache
def _day_part_pattern() -> re.Pattern[str]:
    """A part of the day right after a word of sequence (:data:`DAY_PARTS`)."""
    return re.compile(rf"\s{words(DAY_PARTS)}\b", re.IGNORECASE)


def _sequence_before(sentence: str, lo: int, hi: int) -> bool:
    """A word of sequence in *sentence*[lo:hi] that puts the weekday after it on another
    event ("hours after the strike on Sunday"), not one before a part of the day ("before
    dawn on Sunday")."""
    part = _day_part_pattern()
    return any(not part.match(sentence, m.end()) for m in _sequence_pattern().finditer(sentence, lo, hi))


#: Words that may stand before a weekday at the head of a sentence ("Early on Friday, ...").
_FRONT_WORDS: Final = frozenset({"on", "early", "late", "by", "and", "but", "then", "earlier", "later"})


def _after_end(sentence: str, start: int, end: int) -> int:
    """Where the look for a statement cue after the weekday at *start*:*end* stops: at a comma
    that closes the attack's clause ("Rockets fell near the airport early on Wednesday, reports
    said": the trailing attribution names who told it, not the day they spoke), else after
    :data:`CUE_AFTER` characters.  A weekday that opens the sentence keeps the whole reach ("On
    Friday, the group claimed ..." dates the claim)."""
    stop = end + CUE_AFTER
    comma = sentence.find(",", end, stop)
    if comma < 0:
        return stop
    head = sentence[:start].replace(",", " ").lower().split()
    return comma if any(w not in _FRONT_WORDS for w in head) else stop


def weekday_of(sentence: str | None) -> int | None:
    """The weekday (0 = Monday) of the attack that *sentence* reports, or None.

    >>> weekday_of("A drone strike in Baghdad on Thursday killed two commanders.")
    3
    >>> weekday_of("The Pentagon said on Tuesday that a drone hit the base.") is None
    True
    """
    if not sentence:
        return None
    cue = _cue_pattern()
    found: set[int] = set()
    for m in _weekday_pattern().finditer(sentence):
        before = max(0, m.start() - CUE_BEFORE)
        if cue.search(sentence, before, m.start()) or _sequence_before(sentence, before, m.start()) or \
                cue.search(sentence, m.end(), _after_end(sentence, m.start(), m.end())):
            continue
        found.add(WEEKDAYS[m.group("wd").lower()])
    return found.pop() if len(found) == 1 else None


# The night an attack falls in.  An attack in the night is told by one outlet on the evening's
# weekday ("late Tuesday", "on Tuesday night") and by another on the small hours' ("early on
# Wednesday", "in the early hours of Wednesday"): one night, a weekday apart.  A night is named
# by the weekday of its evening (0 = Monday night, up to Tuesday's dawn).
#: Words before a weekday that put the attack in that day's evening ("late on Tuesday").
EVENING_BEFORE: Final = ("late on", "late")
#: Words after a weekday that do ("Tuesday night", "Tuesday evening").
EVENING_AFTER: Final = ("night", "evening")
#: Words before a weekday that put the attack in the small hours before it, the night of the
#: day before ("early on Wednesday", "in the early hours of Wednesday", "before dawn on Wednesday").
SMALL_HOURS_BEFORE: Final = ("early on", "early", "early hours of", "small hours of", "before dawn on",
                             "before dawn", "pre-dawn hours of")
#: Words after a weekday that do ("Wednesday's early hours").
SMALL_HOURS_AFTER: Final = ("'s early hours", "’s early hours", "'s small hours", "’s small hours")


@cache
def _night_pattern() -> re.Pattern[str]:
    """A weekday with a word of the evening or of the small hours before or after it (each
    branch's words from the tables above; the group that matched says which)."""
    wd = _alt(WEEKDAYS)
    late, eve = words(EVENING_BEFORE), words(EVENING_AFTER)
    early = words(SMALL_HOURS_BEFORE)
    after = words(SMALL_HOURS_AFTER)
    return re.compile(
        rf"\b(?:{late})\s(?P<eve1>{wd})(?!\w)"       # late on Tuesday
        rf"|\b(?P<eve2>{wd})\s(?:{eve})\b"           # Tuesday night
        rf"|\b(?:{early})\s(?P<dawn1>{wd})(?!\w)"    # early on Wednesday
        rf"|\b(?P<dawn2>{wd})(?:{after})\b",         # Wednesday's early hours
        re.IGNORECASE)


def night_of(sentence: str | None, weekday: int | None) -> int | None:
    """The night (by its evening's weekday, 0 = Monday night) of an attack told on *weekday*
    in *sentence* ("late Tuesday" and "early on Wednesday" are both the night of Tuesday), or
    None when the sentence puts no evening or small hours on that weekday.

    >>> night_of("Rockets fell near the airport early on Wednesday.", 2)
    1
    >>> night_of("Rockets hit the base late on Tuesday.", 1)
    1
    >>> night_of("Rockets hit the base on Tuesday.", 1) is None
    True
    """
    if not sentence or weekday is None:
        return None
    nights: set[int] = set()
    for m in _night_pattern().finditer(sentence):
        name = m.lastgroup
        day = WEEKDAYS[m.group(name).lower()] if name else None
        if day != weekday:
            continue  # the day of another attack or of a statement
        nights.add(day if name in ("eve1", "eve2") else (day - 1) % 7)
    return nights.pop() if len(nights) == 1 else None
