"""Repeated statements: when a speaker's words make no row of their own (:mod:`.claims`).

One occasion is often told several times: a headline and a lead, a quote after the
paraphrase, "the official added".  A statement joins an earlier row:

- of the same official or body (not a group: its statements on different attacks are
  separate) with the same stance about attacks that may be the same, that share one, or
  one more of them named (:func:`same_occasion`);
- of an anonymous official or source that a definite mention names again ("a US military
  official said", then "the US military official said", "the official added":
  :func:`same_source`);
- the last row, when "It said" (or a group's claim with the group named again) goes on with
  the same speaker's statement one or two sentences on, and no word ("Earlier", "also", "in a
  separate statement") sets it apart (:func:`goes_on`).

Reads ``ArticleState.claims``; writes nothing (:mod:`.claims` extends the row it returns).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lookup import Actor
from ..lookup import kinds as K
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .model import Cue, Event, Tok, may_be_one

if TYPE_CHECKING:
    from .claims import Claim


def same_occasion(st: ArticleState, speaker: Actor, stance: str, events: list[Event],
                  authored: bool = False, decision: bool = False) -> Claim | None:
    """An earlier row of an official or a body (not a group: its statements on different
    attacks are separate) with the same stance about attacks that may be these (a headline
    and a lead name one attack in two ways), that are among the other's ("the strikes hit
    four sites in Syria", then "the strikes in Iraq and Syria") or share one (the press secretary's
    quote on Monday's drones and Sunday's rockets after "the Pentagon confirmed" Monday's), or
    where one of the two names none: the same words repeated (headline, lead, quote).  A response
    decided on (*decision*) is never the occasion of a vow to respond, nor the reverse."""
    if speaker.kind in K.GROUP_KINDS:
        return None
    if authored:  # a statement or release is one occasion
        return next((r for r in st.claims if r.speaker.name == speaker.name and r.stance == stance
                     and r.rule == R.AUTHOR_STATEMENT), None)
    for r in st.claims:
        if (r.speaker.name == speaker.name or stance == "deny" and _state_and_forces(r.speaker, speaker)) \
                and r.stance == stance and r.decision == decision and (
                not r.events or not events or all(any(may_be_one(e, o, sides=True) for o in r.events) for e in events)
                or _nested(r.events, events)  # the same strikes, one more of them named
                or any(e in r.events for e in events)):  # a briefing's words on one attack and more
            return r
    return None


def _state_and_forces(a: Actor, b: Actor) -> bool:
    """Whether *a* and *b* are a state and its own forces (a headline's "Israel denies ...", then the
    body's "the army hastened to deny it"): one denial, told twice."""
    return (a.kind == K.STATE and b.kind == K.MILITARY and b.parent == a.name) or \
        (b.kind == K.STATE and a.kind == K.MILITARY and a.parent == b.name)


# DEFINITE: the article right before a speaker's name ("the US military official said")
_DEFINITE = re.compile(r"\bthe\s$")


def same_source(doc: Document, st: ArticleState, speaker: Actor, stance: str, rule: str,
                tb: Tok | None) -> Claim | None:
    """The earlier row of an anonymous official or source that a definite mention names
    again: "a US military official said" in the lead, then "..., the US military official
    said" and "the official added" are one source's words, whatever attacks each sentence
    tells ("US officials said" again, with no article, may be others: a row of its own)."""
    if speaker.kind not in (K.OFFICIAL, K.SOURCE):
        return None
    if rule != R.PRONOUN_SPEAKER and not (
            tb is not None and _DEFINITE.search(doc.folded, max(0, tb.start - 4), tb.start)):
        return None
    made: list[Claim] = st.claims
    return next((r for r in reversed(made) if r.speaker.name == speaker.name and r.stance == stance), None)


#: How many sentences after a statement "It said" may go on with it (the attack may be told between).
STATEMENT_GOES_ON = 2
#: How far after the verb of a group named again an adverb may set its statement apart ("announced
#: earlier on Friday").
OCCASION_AFTER_SPAN = 12
# ANOTHER_OCCASION: before a verb, words that set a statement apart from the one just reported
# ("Earlier, the group said", "It also claimed", "In another statement, it said", "in a separate statement")
_ANOTHER_OCCASION = re.compile(r"\b(?:earlier|also|another|previously|separately|a\sseparate|later|again|second|"
                               r"before|meanwhile|too)\b")


def goes_on(doc: Document, sv: SentenceView, st: ArticleState, c: Cue, speaker: Actor, stance: str,
            rule: str, events: list[Event] | None = None) -> Claim | None:
    """The row whose statement "It said" goes on with: the last row, the same speaker's of the
    same stance, one or two sentences before ("Issuing a statement, the Islamic Resistance
    announced that it had struck a US base. The group targeted ... It said that its fighters
    launched the attack ..."), or a group's claim with the group named again ("X claims several
    attacks. X announced it had struck the Tanf garrison"), unless a word sets it apart ("Earlier,
    it said", "It also claimed", "X announced earlier"); a group named again goes on only about
    the same attacks, some of them, or attacks the earlier row names none of."""
    named_again = rule == R.SPEAKER_VERB and speaker.kind in K.GROUP_KINDS and stance == "claim"
    if not st.claims or not (rule == R.PRONOUN_SPEAKER or named_again):
        return None
    r = st.claims[-1]
    if not 0 < sv.s.idx - r.sentence <= STATEMENT_GOES_ON or r.speaker.name != speaker.name or r.stance != stance:
        return None
    if named_again and r.events and events and not _nested(r.events, events):
        return None  # "X said it attacked Tower 22. X claimed the attack on Erbil airport": two statements
    if _ANOTHER_OCCASION.search(doc.folded, sv.s.start, c.end if rule == R.PRONOUN_SPEAKER else
                                min(sv.s.end, c.end + OCCASION_AFTER_SPAN)):
        return None  # (a group named again: "The coalition announced earlier on Friday ...", the word after the verb)
    return r


def _nested(a: list[Event], b: list[Event]) -> bool:
    """Whether the events of one statement are all among those of the other."""
    return all(e in b for e in a) or all(e in a for e in b)
