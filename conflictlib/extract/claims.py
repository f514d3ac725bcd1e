"""Claims: who says an attack happened, with which stance.

A speaker (see :mod:`.speakers`) with a stance verb makes a claims row about the attacks
of the sentence (those after the verb, else before it), or, for a statement that follows
an attack ("The group said ..."), about the events of the sentences just before:

- "claimed", "claimed responsibility": claim; "confirmed", "verified": confirm; "denied":
  deny; "acknowledged", "mourned", "announced the death of": acknowledge (a side's own
  losses); "vowed", "warned", "would retaliate": threat;
- a plain "said" takes its stance from who speaks about whose attack: the perpetrator side
  claims ("the Islamic Resistance in Iraq said its drones hit"), a state about its own
  strike or the attacked side or a neutral official confirms;
- "blamed Kataib Hezbollah for the attack": confirm (the attack happened);
- a pronoun speaker ("The group", "he added") is the last speaker or group.

Each statement changes the events it is about (this is the one place that does): the
speaker joins ``claimed_by``, ``confirmed_by`` or ``denied_by``; a group's claim sets the
perpetrator (the most specific faction); a denial by the perpetrator's side clears it; an
acknowledgement of losses names the speaker as the target.  Status follows from these
lists when the rows are made.

Reads the sentence view, ``last_events`` and ``last_group_actor``; writes
``ArticleState.claims``, ``claim_keys``, ``last_speaker`` and the events as above.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile

import re

from ..lookup import Actor
from ..lookup import kinds as K
from ..lookup.vocab import OWN_PEOPLE, OWN_POSSESSIVES, PERSON_PRONOUNS, STATEMENT_PRONOUNS, words
from . import rules as R
from .context import ArticleState, Document, SentenceView
from .model import STANCE_KINDS, Cue, CueKind as C, Event, Tok
from .speakers import pronoun_subject, speaker_after, speaker_before

#: The cue kinds that can make a claims row ("blamed" alone does not open a sentence: it is
#: read with the attack it names).
NEEDS = frozenset({C.SAY, C.CLAIM, C.CONFIRM, C.DENY, C.ACK, C.THREAT})

#: "was claimed by the Islamic Resistance in Iraq": the speaker right after "by".
BY_SPEAKER_GAP = 8
#: A statement about the attacks of the sentences just before reaches this far back.
FOLLOW_UP_REACH = 2

_BY_AFTER = re.compile(r"\sby\s")
# OWN_LOSS: a speaker's own dead ("its fighters", "they died", "had been killed")
_OWN_LOSS = re.compile(rf"\b{words(OWN_POSSESSIVES)}\s(?:own\s)?{words(OWN_PEOPLE)}|they\sdied|(?:had|have)\sbeen\skilled")
#: Cues of an attack or its toll: a plain "said" in the next sentence with one reports on it.
_FOLLOW_UP_KINDS = (C.ATTACK_V, C.UNDER_ATTACK, C.KILL, C.WOUND, C.NO_CAS)


@dataclass(slots=True)
class Claim:
    """One claims row before ids are given."""

    events: list[Event]
    sentence: int
    speaker: Actor
    stance: str
    rule: str
    start: int
    end: int


def read(doc: Document, sv: SentenceView, st: ArticleState) -> None:
    """The statements of the sentence."""
    f = doc.folded
    s, toks, cues = sv.s, sv.toks, sv.cues
    for c in cues:
        if c.kind not in STANCE_KINDS:
            continue
        speaker: Actor | None = None
        rule = R.SPEAKER_VERB
        tb: Tok | None
        ta: Tok | None
        if c.kind in (C.CLAIM, C.CONFIRM, C.DENY, C.ACK, C.BLAME) and _BY_AFTER.match(f, c.end):
            # "Tuesday's drone attack was claimed by the Islamic Resistance in Iraq"
            tb = None
            ta = next((t for t in toks if t.actor is not None and 0 <= t.start - c.end <= BY_SPEAKER_GAP), None)
        else:
            tb = speaker_before(doc, sv, c.start)
            ta = speaker_after(doc, sv, c) if tb is None else None
        if tb is not None:
            speaker = tb.actor
        elif ta is not None:
            speaker, rule = ta.actor, R.VERB_SPEAKER
        else:
            p = pronoun_subject(doc, sv, c.start)
            if p is not None:
                if p in PERSON_PRONOUNS:
                    speaker = st.last_speaker
                elif p in STATEMENT_PRONOUNS:
                    speaker = st.last_speaker or st.last_group_actor
                else:  # "the group", "the militia"
                    here_groups = [t.actor for t in toks if t.actor is not None and t.end <= c.start
                                   and t.actor.kind in K.GROUP_KINDS]
                    speaker = here_groups[-1] if here_groups else st.last_group_actor
                rule = R.PRONOUN_SPEAKER
        if c.kind == C.THREAT:
            # the claims of this sentence are the last ones (claims come in sentence order):
            # looking only at them keeps the cost per sentence bounded
            if any(r.stance == "threat" for r in takewhile(lambda r: r.sentence == s.idx, reversed(st.claims))):
                continue  # "warned it would respond": one threat
            says = [k for k in cues if k.kind in (C.SAY, C.CLAIM, C.CONFIRM, C.DENY, C.ACK) and k.end <= c.start]
            for k in says:  # "a US official said the United States would retaliate"
                t = speaker_before(doc, sv, k.start)
                if t is not None:
                    speaker, rule = t.actor, R.REPORTED_THREAT
                    break
        if speaker is None or speaker.kind == K.GENERIC and c.kind == C.SAY:
            continue
        if rule != R.PRONOUN_SPEAKER:
            st.last_speaker = speaker  # "she said" in the next sentence is this speaker
        stance, events = _stance(doc, sv, st, c, speaker)
        if stance is None:
            continue
        st.last_speaker = speaker
        key = (speaker.name, stance, tuple([e.idx for e in events]))
        if key in st.claim_keys:
            continue  # the same speaker's repeated words
        st.claim_keys.add(key)
        for e in events:
            _apply(doc, e, speaker, stance)
        start = tb.start if rule == R.SPEAKER_VERB and tb is not None else c.start
        st.claims.append(Claim(events, s.idx, speaker, stance, rule, start, c.end))


def _stance(doc: Document, sv: SentenceView, st: ArticleState, c: Cue,
            speaker: Actor) -> tuple[str | None, list[Event]]:
    """The stance of *speaker*'s verb *c* and the events it is about (None: no claim)."""
    f = doc.folded
    s, live = sv.s, sv.live
    kind = c.kind
    if kind == C.THREAT:
        return "threat", []
    # the events of the anchors after the verb, else of those before it
    here = [e for a in live if a.start >= c.end for e in a.events] if live else []
    if not here and live:
        here = [e for a in live if a.end <= c.start for e in a.events]
    if sv.denied_here and not here and kind in (C.DENY, C.SAY):
        return "deny", list(dict.fromkeys(sv.denied_events))
    own_loss = kind == C.SAY and bool(sv.ck[C.KILL]) and (
        _OWN_LOSS.search(f, s.start, s.end) is not None or (
            # "A US strike killed a commander of al-Nujaba, the group said"
            speaker.kind in K.GROUP_KINDS and here and
            all(e.perp is not None and e.perp.side != speaker.side for e in here)))
    if kind == C.ACK or own_loss:
        events = here or _loss_event(st, speaker)
        return ("acknowledge", events) if events else (None, [])
    if not here:
        # a statement right after an attack is about it (a claim, confirmation or denial
        # within two sentences; a plain "said" in the next sentence if it reports on it)
        if st.last_events and not sv.suppressed_here and s.idx - st.last_event_sentence <= FOLLOW_UP_REACH and (
                kind in (C.CLAIM, C.CONFIRM, C.DENY) or (
                    kind == C.SAY and s.idx - st.last_event_sentence == 1 and (
                        any(k.kind in _FOLLOW_UP_KINDS for k in sv.cues)
                        or pronoun_subject(doc, sv, s.end) in ("it", "they")))):
            here = list(st.last_events)
        else:
            return None, []
    dedupe: list[Event] = []
    for e in here:
        if e not in dedupe:
            dedupe.append(e)
    here = dedupe
    if kind == C.CLAIM:
        return "claim", here
    if kind in (C.BLAME, C.CONFIRM):
        return "confirm", here
    if kind == C.DENY:
        return "deny", here
    # a plain "said": the stance follows from who speaks about whose attack
    perp_sides = {e.perp.side for e in here if e.perp is not None and e.perp.kind != K.GENERIC}
    gen_sides = {e.perp.side for e in here if e.perp is not None}
    if speaker.side == K.NEUTRAL:
        return "confirm", here
    if speaker.side in perp_sides:
        state = any(e.perp is not None and e.perp.kind in K.STATE_KINDS for e in here)
        return ("confirm" if state or speaker.kind in K.STATE_KINDS else "claim"), here
    if speaker.side in gen_sides or (not gen_sides and speaker.kind not in K.STATE_KINDS
                                     and speaker.side == K.IRAN_ALIGNED):
        return "claim", here
    targets = {e.target for e in here}
    if speaker.kind in K.STATE_KINDS:
        return "confirm", here
    if targets:
        return "confirm", here
    return None, []


def _loss_event(st: ArticleState, speaker: Actor) -> list[Event]:
    """The latest event that killed someone, by another side than *speaker*'s."""
    for e in reversed(st.events):
        if e.perp is not None and e.perp.side != speaker.side and (e.killed or 0) > 0:
            return [e]
    return []


def _apply(doc: Document, e: Event, speaker: Actor, stance: str) -> None:
    """What a statement does to the event it is about."""
    if stance == "claim":
        if speaker.name not in e.claimed_by:
            e.claimed_by.append(speaker.name)
        if e.perp is None or e.perp.kind == K.GENERIC or speaker.parent == e.perp.name:
            if speaker.kind != K.MONITOR:
                e.perp = speaker
    elif stance == "confirm":
        if speaker.name not in e.confirmed_by:
            e.confirmed_by.append(speaker.name)
    elif stance == "deny":
        if speaker.name not in e.denied_by:
            e.denied_by.append(speaker.name)
        if e.perp is not None and e.perp.side == speaker.side and not e.claimed_by:
            e.perp = None  # "A US official denied that American aircraft carried out the strike"
    elif stance == "acknowledge":
        if e.perp is None or e.perp.side != speaker.side:
            by_name = doc.g.actor_by_name
            if e.target is None or e.target == speaker.parent or by_name.get(e.target) is None \
                    or by_name[e.target].kind == K.GENERIC:
                e.target = speaker.name
