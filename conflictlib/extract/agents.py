"""Agents named after the fact: who carried out the attack just reported.

Reporting often names the attacker in a sentence of its own, with no attack word for an
anchor: "A drone hit Tower 22 on Sunday. Officials say it was carried out by Iran-aligned
militias."  A careful reader gives that attack its
perpetrator (ANNOTATION.md: as this text attributes this attack).  This stage reads only
such sentences: no live anchor of their own, right after a sentence that reported exactly
one attack with no perpetrator, and "it / this / that was carried out (conducted, launched,
staged, perpetrated) by" an actor.

Reads the sentence view, ``last_events`` and ``last_event_sentence``; writes the perpetrator
of that one event.
"""

from __future__ import annotations

import re

from .._text import back_from, holds_any
from ..lookup import kinds as K
from ..lookup.vocab import ACTOR_QUALIFIERS, key_words, words
from ..lookup.wordclasses import ATTACKER_PARTICIPLES, RESPONSIBLE_HEDGES, RESPONSIBLE_LINKS, RESPONSIBLE_UNSAID
from .context import ArticleState, Document, SentenceView
from .frames import force_of, militias_of
from .model import CueKind as C, Tok
from .speakers import military_of

#: The cue kinds a sentence needs for this stage to read it ("carried out" is an agent verb).
NEEDS: frozenset[str] = frozenset({C.AGENT})

#: How far before the actor the pronoun and its verb may start.
AGENT_LOOKBACK = 60
# CARRIED_OUT_BY: "it was carried out by", "this had been launched by the", past one qualifier
# ("by rogue Iran-aligned groups")
_CARRIED_OUT_BY = re.compile(rf"\b(?:it|this|that)\s(?:was|had\sbeen)\s(?:\w+ly\s)?{words(ATTACKER_PARTICIPLES)}\sby\s"
                             rf"(?:the\s)?(?:{words(ACTOR_QUALIFIERS)}\s)?$")

# RESPONSIBLE_UNSAID: right after an actor, that it was responsible, with the attack left unsaid at
# the clause's end ("Kataib Hezbollah was responsible.", "X is believed to be behind it, an official
# said", "the group declared itself responsible"); "responsible for ..." names its attack and is
# read with it (an agent verb)
_RESPONSIBLE_UNSAID = re.compile(rf"\s{words(RESPONSIBLE_LINKS)}\s(?:{words(RESPONSIBLE_HEDGES)}\s)?"
                                 rf"{words(RESPONSIBLE_UNSAID)}(?=\s?[,.;:\"\u201d]|\s?$)")

_UNSAID_KEYS = key_words(RESPONSIBLE_UNSAID)


def unsaid_attacker(doc: Document, sv: SentenceView) -> Tok | None:
    """The actor that a sentence with no attack of its own says was responsible for the attack
    it leaves unsaid ("A US official said Kataib Hezbollah was responsible."), or None.  A
    question ("who was responsible") names no one: the actor must stand right before the link."""
    if sv.live or not holds_any(doc.folded, _UNSAID_KEYS, sv.s.start, sv.s.end):
        return None
    for t in sv.actor_toks:
        assert t.actor is not None
        if t.actor.kind in K.REPORTING_KINDS or t.actor.kind == K.OFFICIAL or (
                t.actor.kind in K.STATE_KINDS and t.actor.side not in K.STATE_FORCE_SIDES):
            continue  # (a patron held responsible, "Iran was responsible", did not carry it out)
        if _RESPONSIBLE_UNSAID.match(doc.folded, t.end, sv.s.end):
            return t
    return None


def read(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """Give the one attack of the sentence before the attacker this sentence names."""
    if sv.live or len(st.last_events) != 1 or sv.s.idx - st.last_event_sentence != 1:
        return
    e = st.last_events[0]
    if e.perp is not None:
        return
    f = doc.folded
    for t in sv.actor_toks:
        assert t.actor is not None
        if t.actor.kind in K.REPORTING_KINDS or t.actor.kind == K.OFFICIAL:
            continue
        if _CARRIED_OUT_BY.search(f, back_from(sv.s.start, t.start, AGENT_LOOKBACK), t.start):
            e.perp = force_of(doc, militias_of(doc, t) or military_of(doc, t.actor))
            return
    who = unsaid_attacker(doc, sv)
    if who is not None:
        assert who.actor is not None
        e.perp = force_of(doc, militias_of(doc, who) or military_of(doc, who.actor))
