"""Casualties: killed and wounded figures, each tied to the attack it counts when one is clear.

- "The strike killed five militiamen" (``verb-number``); "three US soldiers were killed and
  more than 40 wounded" (``number-passive``): killed and wounded apart, with the number's
  qualifier (at least, about, more than ...);
- "no casualties", "no one was hurt" (``no-casualties``) and "None of the US personnel were
  injured" (``none-of-them``) are zero figures;
- a figure with "since" ("62 personnel injured since mid-October") is cumulative and tied
  to no attack;
- the same dead named twice are one figure ("killed five militiamen" ... "five of its
  fighters had been killed").

Runs after coreference (a figure is tied to the nearest anchor's event) and after tallies
(a tally's number is taken).  Writes ``ArticleState.casualties`` and the ``killed`` and
``wounded`` of the events it ties figures to; takes its numbers from the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

from .._numbers import Number
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .model import Anchor, CueKind as C, Event
from .phrases import VICTIM

#: The cue kinds this stage reads ("announced the death of" is an acknowledgement).
NEEDS = frozenset({C.KILL, C.WOUND, C.NO_CAS, C.ACK})

# Windows, in characters.
VERB_TO_NUMBER = 12     # "killed five", "wounding at least 40"
NUMBER_TO_WORD = 60     # "five of its fighters had been killed"
SINCE_LOOKBACK = 40     # "62 personnel injured since mid-October" is cumulative
MAX_FIGURE = 100_000    # no casualty figure of this campaign is larger: a larger number is no figure

#: Casualty words that follow their number ("three dead", "more than 40 injuries").
_WORD_AFTER_NUMBER = ("dead", "died", "deaths", "injuries", "hurt", "injury", "minor injuries",
                      "traumatic brain injuries")
_NONE_OF = re.compile(r"\bnone\sof\s(?:the\s|them\s)?(?:[\w\-]+\s){0,6}?(?:were|was)\s(?:\w+\s)?"
                      r"(?P<what>injured|hurt|wounded|killed)\b")
_CAS_AFTER = re.compile(r"\s(?:to\s|among\s|of\s)?")               # "minor injuries to eight"
_CAS_GAP_STOP = re.compile(r"[;]|\b(?:and|after|in|since)\b")       # "five ... killed" gap


@dataclass(slots=True)
class Casualty:
    """One casualties row before ids are given: its event (or None) and its fields."""

    event: Event | None
    group: str | None
    killed: int | None
    wounded: int | None
    qualifier: str
    cumulative: bool
    rule: str
    start: int
    end: int
    sentence: int


def read(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """The casualty figures of the sentence."""
    f = doc.folded
    s, nums, live = sv.s, sv.nums, sv.live
    if f.find("none", s.start, s.end) >= 0:
        for m in _NONE_OF.finditer(f, s.start, s.end):
            ev = event_near(sv, st, m.start(), live)
            dead = m.group("what") == "killed"
            _add(st, sv, ev, None, 0 if dead else None, None if dead else 0, "exact",
                 m.start(), m.end(), R.NONE_OF_THEM, False)
    ck = sv.ck
    if not (ck.get(C.KILL) or ck.get(C.WOUND) or ck.get(C.NO_CAS) or ck.get(C.ACK)):
        return
    for c in sv.cues:
        if c.kind == C.NO_CAS:
            ev = event_near(sv, st, c.start, live)
            _add(st, sv, ev, None, 0, 0, "exact", c.start, c.end, R.NO_CASUALTIES, False)
            continue
        if c.kind not in (C.KILL, C.WOUND) and not (c.kind == C.ACK and "death" in c.text):
            continue
        killed = c.kind != C.WOUND  # "announced the death of one of its commanders" too
        # "killed five militiamen", "wounding 40", "killing at least three"
        n: Number | None = None
        for x in nums:
            if 0 <= x.start - c.end <= VERB_TO_NUMBER and not x.ordinal and sv.numbers.free(x) \
                    and _CAS_AFTER.fullmatch(f, c.end, x.start):
                n = x
                break
        rule = R.VERB_NUMBER
        if n is None or c.text in _WORD_AFTER_NUMBER:
            # "five of its fighters had been killed", "more than 40 wounded", "three dead":
            # the last fit
            for x in reversed(nums):
                if x.end <= c.start and c.start - x.end <= NUMBER_TO_WORD and not x.ordinal \
                        and sv.numbers.free(x) \
                        and not _CAS_GAP_STOP.search(f, x.end, c.start) \
                        and not doc.brk(x.end, c.start):
                    n, rule = x, R.NUMBER_PASSIVE
                    break
        if n is None:
            continue
        if n.value > MAX_FIGURE:
            continue
        sv.numbers.take(n)
        lo, hi = min(n.start, c.start), max(n.end, c.end)
        victim = VICTIM.match(f, n.end, s.end)
        group = doc.text[victim.start("noun"):victim.end("noun")] if victim else None
        cumulative = False
        for k in ck[C.SINCE]:
            if k.start > lo - SINCE_LOOKBACK:
                cumulative = True
                break
        ev = None if cumulative else event_near(sv, st, c.start, live)
        _add(st, sv, ev, group, n.value if killed else None, None if killed else n.value,
             n.qualifier, lo, hi, rule, cumulative)


def event_near(sv: SentenceView, st: ArticleState, pos: int, live: list[Anchor]) -> Event | None:
    """The event a figure at *pos* counts: that of the nearest anchor of the sentence if it
    has one event, else the one event of the sentence before, else None."""
    best = None
    for a in live:
        if not a.events:
            continue
        d = abs(pos - a.end) if pos >= a.end else abs(a.start - pos)
        if best is None or d < best[0]:
            best = (d, a)
    if best is not None:
        a = best[1]
        return a.events[0] if len(a.events) == 1 else None
    if st.last_events and sv.s.idx - st.last_event_sentence <= 1 and len(st.last_events) == 1:
        return st.last_events[0]
    return None


def _add(st: ArticleState, sv: SentenceView, ev: Event | None, group: str | None, killed: int | None,
         wounded: int | None, qualifier: str, start: int, end: int, rule: str, cumulative: bool) -> None:
    if ev is not None:
        key = (id(ev), killed, wounded)  # the event stays alive in st.casualties, so its id is stable
        if key in st.casualty_keys:
            return  # the same dead named twice (a set: a scan of every row was quadratic)
        st.casualty_keys.add(key)
        if killed is not None:
            ev.killed = max(ev.killed or 0, killed)
        if wounded is not None:
            ev.wounded = max(ev.wounded or 0, wounded)
    st.casualties.append(Casualty(ev, group, killed, wounded, qualifier, cumulative, rule, start, end, sv.s.idx))
