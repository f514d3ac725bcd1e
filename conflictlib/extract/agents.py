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

from .._text import back_from
from ..lookup import kinds as K
from ..lookup.vocab import ACTOR_QUALIFIERS, words
from ..lookup.wordclasses import ATTACKER_PARTICIPLES
from .context import ArticleState, Document, SentenceView
from .frames import force_of, militias_of
from .model import CueKind as C
from .speakers import military_of

#: The cue kinds a sentence needs for this stage to read it ("carried out" is an agent verb).
NEEDS: frozenset[str] = frozenset({C.AGENT})

#: How far before the actor the pronoun and its verb may start.
AGENT_LOOKBACK = 60
# CARRIED_OUT_BY: "it was carried out by", "this had been launched by the", past one qualifier
# ("by rogue Iran-aligned groups")
_CARRIED_OUT_BY = re.compile(rf"\b(?:it|this|that)\s(?:was|had\sbeen)\s(?:\w+ly\s)?{words(ATTACKER_PARTICIPLES)}\sby\s"
                             rf"(?:the\s)?(?:{words(ACTOR_QUALIFIERS)}\s)?$")


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
