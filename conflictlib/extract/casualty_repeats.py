"""Repeated figures: the same dead named twice are one casualties row (:mod:`.casualties`).

Once the article is read, :func:`finish` reduces the candidate figures: "killed five
militiamen" in the lead and "five of its fighters had been killed" further on are one
figure, in one sentence or across the article; "killed three and wounded 40" told twice is
one, whatever attack each was tied to, and an open figure beside a larger one of the same
attack may be its update ("more than 30 injured", then "at least 34 injured").  Two figures
of different sides ("us" or "other", from the words of their group) or of different named
owners ("six fighters of Kataib Hezbollah", "six fighters of al-Nujaba") are two.  A part of
a larger figure ("one of them critically") is dropped.

Reads and writes only ``ArticleState.casualties`` (and the ``event`` and ``part`` of its rows,
and the ``wounded`` of the event of a part kept with no whole beside it).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING

from .._text import back_from
from ..lookup.vocab import words
from ..lookup.wordclasses import ANOTHER_DETERMINERS
from . import rules as R
from .context import ArticleState, Document
from .model import may_be_one

if TYPE_CHECKING:
    from .casualties import Casualty

#: Words of a group on the US side (two figures of different sides are two figures).
_US_WORDS = ("us ", "u.s.", "american", "service member", "servicemember", "coalition")
#: Words of a group on the other side; "soldiers", "troops", "people" tell no side. A civilian or
#: citizen is never one of the US dead ("the death of a citizen" is no part of four soldiers killed).
_OTHER_WORDS = ("militiamen", "fighters", "militants", "members", "commander", "guards", "civilian", "citizen",
                "militia", "leader")


def finish(doc: Document, st: ArticleState) -> None:
    """The figures of the article, once it is read: the same dead named twice are one
    row, and a part of a larger figure is none.

    Two figures are the same when their killed and wounded agree and they count the
    same attack, or one of them counts no attack and their groups are of one side.  Of
    the rows of one figure the one kept is the first that has its counterpart in its
    sentence ("three were killed and 34 wounded"), else the first; it takes the attack of
    any of them.  A part ("one of them critically injured") is dropped when a larger figure
    of the same kind counts the same attack or no attack."""
    kept: list[Casualty] = []
    f = doc.folded
    for r in st.casualties:
        same = None if _more_dead(f, r) else next((k for k in kept if _same(st, k, r)), None)
        if same is None:
            kept.append(r)
            continue
        if same.event is None and r.event is not None:
            same.event = r.event
        if _partner(st, same) is None and _partner(st, r) is not None:
            r.event = r.event or same.event
            kept[kept.index(same)] = r
    out = []
    for r in kept:
        if r.part and any(_larger(k, r) for k in kept if k is not r):
            continue
        if r.part and r.event is not None and r.wounded is not None:
            # a part with no whole beside it is the figure the article gives ("four were treated
            # for minor injuries and have returned to duty"): its attack's wounded
            r.event.wounded = max(r.event.wounded or 0, r.wounded)
        out.append(r)
    st.casualties = _without_summed_splits(doc.folded, out)


#: MORE_IN_FIGURE, ANOTHER_BEFORE: a figure of dead or hurt beyond those told before ("reported
#: six more soldiers killed", "another four were wounded") is never the same dead as an earlier
#: figure of its number ("more than" is a qualifier, not this).
_MORE_IN_FIGURE = re.compile(r"\b(?:more|additional)\b(?!\sthan\b)")
_ANOTHER_BEFORE = re.compile(rf"\b{words(ANOTHER_DETERMINERS)}\s$")
ANOTHER_LOOKBACK = 16


def _more_dead(f: str, r: Casualty) -> bool:
    if r.rule not in (R.NUMBER_PASSIVE, R.VERB_NUMBER):
        return False
    return _MORE_IN_FIGURE.search(f, r.start, r.end) is not None \
        or _ANOTHER_BEFORE.search(f, back_from(0, r.start, ANOTHER_LOOKBACK), r.start) is not None


#: The rules of the second figure of a coordinated pair ("five soldiers and two contractors").
_COORDINATED = (R.COORDINATED_FIGURE, R.COORDINATED_OBJECT)
#: The rules of the figure such a second figure is coordinated with.
_COORDINATED_WITH = (R.NUMBER_PASSIVE, R.VERB_NUMBER)


#: PARTITIVE_WHOLE: a figure that is the whole of a partitive ("three of the five people injured
#: were flown out") names dead or hurt told before; it gives no figure of its own.
_PARTITIVE_WHOLE = re.compile(r"\b(?:of|among)\s(?:the|those)\s$")
PARTITIVE_LOOKBACK = 16


def _without_summed_splits(f: str, rows: list[Casualty]) -> list[Casualty]:
    """A coordinated pair ("five service members and two contractors were injured") whose
    sum the article gives as one figure of the same attack ("seven Americans were injured") is a
    breakdown of that figure (ANNOTATION.md: a breakdown by who was hurt is a subset): no rows.
    When the sum is only the whole of a partitive told after the pair ("four soldiers and one
    contractor ... three of the five people injured"), the sum names the pair again: the pair
    stays and the sum goes."""
    drop: set[int] = set()
    for i, r in enumerate(rows):
        if r.rule not in _COORDINATED or r.cumulative:
            continue
        kind = "killed" if r.killed is not None else "wounded"
        first = next((o for o in reversed(rows[:i]) if o.sentence == r.sentence and o.rule in _COORDINATED_WITH
                      and getattr(o, kind) is not None and not o.cumulative), None)
        if first is None:
            continue
        total = getattr(first, kind) + getattr(r, kind)
        sums = [k for k in rows if k is not r and k is not first and getattr(k, kind) == total and not k.cumulative
                and (k.event is None or r.event is None or may_be_one(k.event, r.event))]
        told_again = [k for k in sums if k.start > r.end
                      and _PARTITIVE_WHOLE.search(f, back_from(0, k.start, PARTITIVE_LOOKBACK), k.start)]
        if told_again:
            drop.update(id(k) for k in told_again)
        elif any(not k.part for k in sums):
            drop.update((id(first), id(r)))
    return [r for r in rows if id(r) not in drop] if drop else rows


def _side(group: str | None) -> str | None:
    if group is None:
        return None
    g = group.casefold()
    if any(w in g for w in _US_WORDS):
        return "us"
    return "other" if any(w in g for w in _OTHER_WORDS) else None


def _same(st: ArticleState, a: Casualty, b: Casualty) -> bool:
    if (a.killed, a.wounded) != (b.killed, b.wounded):
        return False
    if a.name is not None and b.name is not None and a.name != b.name:
        return False  # "the killing of Hamas chief Jane Doe" and "of Hezbollah commander John Roe"
    oa, ob = _row_owner(st, a), _row_owner(st, b)
    if oa is not None and ob is not None and oa != ob:
        return False  # "six fighters of Kataib Hezbollah", "six fighters of al-Nujaba"
    pa, pb = _partner(st, a), _partner(st, b)
    if pa is not None and pb is not None:
        # "killed three and wounded 40" twice is one figure, whatever attacks they were
        # tied to; "killed one and wounded 24" and "killed one and wounded 18" are two; an
        # open figure beside a larger one of the same attack may be its update ("three killed
        # and more than 30 injured", then "three killed and at least 34 injured")
        return pa == pb or _open_below(st, a, b) and (a.event is b.event or (
            a.event is not None and b.event is not None and may_be_one(a.event, b.event)))
    if a.event is not None and a.event is b.event:
        return True
    if a.event is not None and b.event is not None and not may_be_one(a.event, b.event):
        return False
    sa, sb = _row_side(st, a), _row_side(st, b)
    return sa is None or sb is None or sa == sb


_SENTENCE = attrgetter("sentence")


def _same_sentence(st: ArticleState, r: Casualty) -> list[Casualty]:
    """The figures of *r*'s sentence: st.casualties come in sentence order, so they are one
    run, found by bisection (a scan of every figure of the article for each figure was
    quadratic in long texts)."""
    cs = st.casualties
    lo = bisect_left(cs, r.sentence, key=_SENTENCE)
    return cs[lo:bisect_right(cs, r.sentence, lo, key=_SENTENCE)]


def _row_owner(st: ArticleState, r: Casualty) -> str | None:
    """The group of a figure's dead; "wounded 4 others" is of the group of the killed beside it."""
    if r.owner is not None:
        return r.owner
    for o in _same_sentence(st, r):
        if o is not r and o.sentence == r.sentence and (o.killed is None) != (r.killed is None):
            return o.owner
    return None


def _row_side(st: ArticleState, r: Casualty) -> str | None:
    """The side of a figure's group; "wounded 6 others" is of the side of the killed beside it."""
    side = _side(r.group)
    if side is None and (r.group is None or r.group.casefold() == "others"):
        for o in _same_sentence(st, r):
            if o is not r and o.sentence == r.sentence and (o.killed is None) != (r.killed is None):
                return _side(o.group)
    return side


def _partner(st: ArticleState, r: Casualty) -> int | None:
    """The other half of *r*'s figure in its sentence (the wounded beside the killed), or None."""
    for o in _same_sentence(st, r):
        if o is not r and o.sentence == r.sentence and (o.killed is None) != (r.killed is None):
            return o.killed if o.killed is not None else o.wounded
    return None


#: Qualifiers of a figure that is a lower bound.
_OPEN = ("more than", "at least")


def _open_below(st: ArticleState, a: Casualty, b: Casualty) -> bool:
    """Whether the partners of *a* and *b* (see :func:`_partner`) are one figure given twice,
    one of them as an open lower bound below the other ("more than 30", "at least 34")."""
    ra, rb = _partner_row(st, a), _partner_row(st, b)
    if ra is None or rb is None:
        return False
    va = ra.killed if ra.killed is not None else ra.wounded
    vb = rb.killed if rb.killed is not None else rb.wounded
    if va is None or vb is None:
        return False
    return ra.qualifier in _OPEN and va < vb or rb.qualifier in _OPEN and vb < va


def _partner_row(st: ArticleState, r: Casualty) -> Casualty | None:
    """The row of the other half of *r*'s figure in its sentence, or None."""
    for o in _same_sentence(st, r):
        if o is not r and o.sentence == r.sentence and (o.killed is None) != (r.killed is None):
            return o
    return None


#: How many sentences apart one victim of no attack ("a sergeant was killed") and the larger
#: figure of an attack it may belong to can be ("one of the wounded" is a part at any distance).
PART_REACH = 2


def _larger(k: Casualty, r: Casualty) -> bool:
    if k.part or (r.event is not None and k.event is not None and not may_be_one(k.event, r.event)):
        return False
    if r.rule == R.ONE_VICTIM and r.event is None and k.event is not None and abs(k.sentence - r.sentence) > PART_REACH:
        return False  # "killed a PMF member" at a blast, paragraphs after Tower 22's three dead
    if r.rule == R.ONE_VICTIM and None not in (sk := _side(k.group), sr := _side(r.group)) and sk != sr:
        return False  # "a strike that killed a militia leader, in reply to one that killed three US soldiers"
    if r.killed is not None:
        return k.killed is not None and k.killed > r.killed
    return r.wounded is not None and k.wounded is not None and k.wounded > r.wounded
