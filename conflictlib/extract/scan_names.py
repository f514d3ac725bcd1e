"""Names the gazetteer reads as actors that the article makes something else.

Read once per article, right after the gazetteer's scan (:meth:`.context.Document.scan`), so
that every stage sees the same actors:

- a state's name that opens a news outlet's or a think tank's name is no actor ("The Washington
  Post reported", "according to Iran International sources", "the Washington Institute"), nor
  one before a noun of the country's news media ("US media reported", "American press reports");
- a capital that is also its state's name ("Tehran") is the city only where the words before it
  locate something there ("the killing of a commander in Tehran"), and the state everywhere else
  ("Tehran denied any involvement"): never both;
- a state made the adjective of the militias it backs, in words the table lists no alias for
  ("Iran-affiliated militia groups", "pro-Iranian fighters", "Iran-backed Shiite militia
  groups"), is those militias (the table's "Iran-backed militias"), not the state;
- "The coalition" opening a sentence, in an article that names an Iran-aligned umbrella group
  before it and the US-led coalition by no name of its own, is that umbrella group ("The Islamic
  Resistance in Iraq, the militias' umbrella group, claimed the strike ... The coalition said");
- a definite description of one group by its patron ("the Iranian-backed armed group", "the
  Iran-aligned militia"), after a named group of that side, is that group named again, as "the
  group" is ("Kataib Hezbollah issued a statement ... The Iran-backed faction said it had
  fired"); not where a name follows it in apposition ("the Iran-backed group, Kataib Hezbollah").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._text import name_key
from ..lookup import Actor, Gazetteer
from ..lookup import kinds as K
from ..lookup.vocab import words
from ..lookup.wordclasses import (AFFILIATION_SUFFIXES, COUNTRY_MEDIA_NOUNS, GROUP_SINGULAR_HEADS, MEDIA_OFFICE_NOUNS,
                                  MILITIA_HEADS, MILITIA_MODIFIERS, MILITIA_PATRONS, NAME_QUOTES, OUTLET_NAME_TAILS,
                                  RESTRICTIVE_MODIFIERS, SEAT_LOCATIVES, SEAT_RULERS)
from .model import Tok


def named_actors(text: str, folded: str, toks: list[Tok], g: Gazetteer) -> list[Tok]:
    """The gazetteer's names *toks* of the article, each with the actor the article makes it."""
    toks = _patron_militias(folded, toks, g)
    toks = _quoted_names(text, toks)
    outlets = [i for i, t in enumerate(toks) if t.actor is not None and t.actor.kind == K.STATE
               and (text.startswith(_TAIL_STARTS, t.end) and _OUTLET_NAME_AFTER.match(text, t.end)
                    or _COUNTRY_MEDIA_AFTER.match(folded, t.end))]
    if outlets:  # (most articles name a state, few an outlet named after one: the list is kept)
        # "The Washington Post reported ...", "US media reported ...": the outlet reports, the
        # state says nothing
        toks = list(toks)
        for i in outlets[::-1]:
            t = toks[i]._replace(actor=None)
            if t.place is None and t.weapon_term is None:
                del toks[i]
            else:
                toks[i] = t
    toks = _seats(folded, toks)
    _coalition_of_militias(text, folded, toks)
    _described_again(folded, toks)
    return _umbrella_again(folded, toks)


#: The state each patron word of :data:`MILITIA_PATRONS` stands for.
_PATRON_STATE = {w: state for state, ws in MILITIA_PATRONS.items() for w in ws}
# PATRON_MILITIAS: a state made the adjective of the militias it backs, and at most two words
# before their noun ("iran-affiliated militia groups", "pro-iranian factions"); group "patron"
# is the state's word
_PATRON_MILITIAS = re.compile(
    rf"(?<![\w\-])(?:pro-(?P<pro>{words(tuple(_PATRON_STATE))})|(?P<patron>{words(tuple(_PATRON_STATE))})"
    rf"-{words(AFFILIATION_SUFFIXES)})\s(?:{words(MILITIA_MODIFIERS)}\s){{0,2}}{words(MILITIA_HEADS)}\b")
# MEMBERS_BEFORE: right before such a phrase, what makes it the members of a body named around
# it ("an alliance of pro-Iran fighters", "an umbrella body for Iran-backed militias"): no actor
_MEMBERS_BEFORE = re.compile(r"\s(?:of|for)\s$")
MEMBERS_LOOKBACK = 5
#: How far after such a phrase a name in apposition may start ("the Iran-backed group, Kataib Hezbollah").
APPOSITION_GAP = 2


def _quoted_names(text: str, toks: list[Tok]) -> list[Tok]:
    """*toks* with each actor's name that stands inside a pair of quotation marks widened to
    hold the marks ("attacks carried out by the \u201cIslamic Resistance\u201d" names its agent
    after "the" as the unquoted name does)."""
    out = toks
    for i, t in enumerate(toks):
        if t.actor is None or t.start == 0 or t.end >= len(text):
            continue
        if (text[t.start - 1], text[t.end]) in NAME_QUOTES:
            if out is toks:
                out = list(toks)
            out[i] = t._replace(start=t.start - 1, end=t.end + 1)
    return out


def _patron_phrases(folded: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_PATRON_MILITIAS` in *folded*, as ``finditer`` gives them, tried
    only where a patron word starts (or "pro-" before one): the pattern opens with a
    look-behind, which the engine would test at every offset of the text (about 4% of a parse)."""
    starts: set[int] = set()
    for w in _PATRON_STATE:  # "iran", "tehran": a few str.find scans
        i = folded.find(w)
        while i >= 0:
            starts.add(i)
            if folded.startswith("pro-", i - 4):
                starts.add(i - 4)
            i = folded.find(w, i + 1)
    end = 0
    for i in sorted(starts):
        if i >= end and (m := _PATRON_MILITIAS.match(folded, i)) is not None:  # (the look-behind sees before i)
            end = m.end()
            yield m


def _patron_militias(folded: str, toks: list[Tok], g: Gazetteer) -> list[Tok]:
    """*toks* with each phrase of :data:`_PATRON_MILITIAS` one name of the militias its state
    backs, where the table has them ("Iran-backed militias") and the phrase names no other
    actor inside it ("Iran-backed Houthi militia" is the Houthis) or right after it ("the
    Iran-backed group Kataib Hezbollah" is that group)."""
    if folded.find("-") < 0:
        return toks
    out = toks
    for m in _patron_phrases(folded):
        militias = g.actor_by_name.get(K.BACKED_MILITIAS.format(_PATRON_STATE[m["pro"] or m["patron"]]))
        if militias is None:
            continue
        start, end = m.span()
        if _MEMBERS_BEFORE.search(folded, max(0, start - MEMBERS_LOOKBACK), start):
            continue
        inside = [i for i, t in enumerate(out) if t.start < end and t.end > start]
        if any(t.actor is not None and t.actor is not militias and t.actor.kind != K.STATE
               or t.place is not None and t.actor is None for t in (out[i] for i in inside)):
            continue  # another's name inside ("iran-backed houthi militia")
        if inside and out[inside[-1]].end > end:
            continue  # a longer name that the phrase only opens
        after = inside[-1] + 1 if inside else next((i for i, t in enumerate(out) if t.start >= end), len(out))
        if after < len(out) and out[after].actor is not None and out[after].start - end <= APPOSITION_GAP:
            continue  # the group named right after it
        if out is toks:
            out = list(toks)
        at = inside[0] if inside else after
        out[at:at + len(inside)] = [Tok(start, end, name_key(folded[start:end]), None, militias, None)]
    return out


# SEAT_BEFORE: the words right before a capital that locate something in it ("in Tehran", "in
# downtown Tehran", "in the Iranian capital of Tehran", "in the capital, Tehran")
_SEAT_BEFORE = re.compile(rf"(?:^|\s){words(SEAT_LOCATIVES)}\s(?:the\s(?:[\w\-]+\s)?capital(?:\sof)?,?\s)?$")
# RULERS_BEFORE: those who rule from the capital, right before the locative ("the regime in Tehran")
_RULERS_BEFORE = re.compile(rf"\b{words(SEAT_RULERS)}$")
#: How far before a capital its locative and rulers may start ("the regime in the Iranian capital of ").
SEAT_LOOKBACK = 40


def _seats(folded: str, toks: list[Tok]) -> list[Tok]:
    """*toks* with each capital that is also its state's actor ("Tehran") made the one or the
    other by the words before it (see :data:`SEAT_LOCATIVES`)."""
    out = toks
    for i, t in enumerate(toks):
        if t.place is None or t.actor is None or t.actor.kind != K.STATE or not t.place.is_site:
            continue  # (a country's name is both its place and its state: "attacks in Iraq")
        if out is toks:
            out = list(toks)
        lo = max(0, t.start - SEAT_LOOKBACK)
        m = _SEAT_BEFORE.search(folded, lo, t.start)
        located = m is not None and _RULERS_BEFORE.search(folded, lo, m.start()) is None
        out[i] = t._replace(actor=None) if located else t._replace(place=None)
    return out


# OUTLET_NAME_AFTER: what makes a state's name part of an outlet's ("the Washington Post", "Iran
# International"); matched on the original text, since the tail is capitalised in a name only
_OUTLET_NAME_AFTER = re.compile(rf" {words(OUTLET_NAME_TAILS)}\b")
# COUNTRY_MEDIA_AFTER: what makes a state's name or adjective a country's news media ("US media
# reported", "American press reports"), not its own office ("the US press secretary")
_COUNTRY_MEDIA_AFTER = re.compile(rf"\s(?:{words(COUNTRY_MEDIA_NOUNS)})\b(?!\s(?:{words(MEDIA_OFFICE_NOUNS)})\b)")
#: A space and a tail's first letter: what must follow a state's name for it to open an outlet's.
_TAIL_STARTS = tuple(sorted({" " + w[0] for w in OUTLET_NAME_TAILS}))


#: The US-led coalition's name with nothing that makes it the US-led one ("The coalition said ...").
BARE_COALITION = ("the coalition", "coalition")


def _coalition_of_militias(text: str, folded: str, toks: list[Tok]) -> None:
    """Read "The coalition" opening a sentence as its subject (not "the coalition's presence")
    as the militias' coalition (in place) in an article that names an Iran-aligned umbrella
    group before it and the US-led coalition by no name of its own ("coalition forces", "the
    international coalition"): "The Islamic Resistance in Iraq, a front of several militias,
    claimed the drone strike ... The coalition said the airport was hit" is the Islamic
    Resistance's word."""
    if folded.find("coalition") < 0:
        return  # (most articles name no coalition)
    bare = [i for i, t in enumerate(toks) if t.actor is not None and t.actor.side == K.US_LED
            and folded[t.start:t.end] in BARE_COALITION]
    is_bare = set(bare)
    if not bare or any(t.actor is not None and t.actor.name == toks[bare[0]].actor.name  # type: ignore[union-attr]
                       and i not in is_bare for i, t in enumerate(toks)):
        return
    group: Actor | None = None
    j = 0
    for i in bare:
        for t in toks[j:i]:
            if t.actor is not None and t.actor.kind == K.UMBRELLA_GROUP and t.actor.side == K.IRAN_ALIGNED:
                group = t.actor
        j = i
        t = toks[i]
        if group is not None and text.startswith("The ", t.start) and not folded.startswith("'", t.end):
            toks[i] = t._replace(actor=group)


# SINGULAR_HEAD: a description's name ending in the head of one group ("iranian-backed armed group")
_SINGULAR_HEAD = re.compile(rf"\b{words(GROUP_SINGULAR_HEADS)}$")
# NAME_AFTER: what may stand between a description and the name it describes ("the Iran-backed
# group, Kataib Hezbollah", "the Iran-backed militia Kataib Hezbollah")
_NAME_AFTER = re.compile(r",?\s(?:the\s)?")
# RESTRICTIVE_AFTER: a clause right after the description that picks the group out by what it
# did or is held to have done ("the Iran-aligned militia accused of the strike",
# "the Iran-backed group responsible for"): it identifies a group, it does not name one again
_RESTRICTIVE_AFTER = re.compile(rf"\s{words(RESTRICTIVE_MODIFIERS)}\b")


# UMBRELLA_AGAIN: "the umbrella group", "this 'umbrella' organization": an umbrella group named
# before, named again by what it is ("The Islamic Resistance in Iraq ... The umbrella group
# claimed the strike").
_UMBRELLA_AGAIN = re.compile(rf"\b(?:the|this)\s[\"'\u201c\u2018]?umbrella[\"'\u201d\u2019]?\s{words(GROUP_SINGULAR_HEADS)}\b")


def _umbrella_again(folded: str, toks: list[Tok]) -> list[Tok]:
    """*toks* with a name added for each "the umbrella group" after an umbrella group was
    named (the one named last before it); with none named before, the phrase names nobody."""
    if "umbrella" not in folded:
        return toks
    out = list(toks)
    for m in _UMBRELLA_AGAIN.finditer(folded):
        named = next((t.actor for t in reversed(out) if t.end <= m.start() and t.actor is not None
                      and t.actor.kind == K.UMBRELLA_GROUP), None)
        if named is None or any(t.start < m.end() and m.start() < t.end for t in out):
            continue
        at = next((i for i, t in enumerate(out) if t.start >= m.end()), len(out))
        out.insert(at, Tok(m.start(), m.end(), name_key(folded[m.start():m.end()]), None, named, None))
    return out


def _described_again(folded: str, toks: list[Tok]) -> None:
    """Read a definite description of one Iran-aligned group by its patron ("the Iran-backed
    armed group said it hit the base") as the Iran-aligned group named last
    before it, as "the group" is read (see :data:`..lookup.vocab.PRONOUN_SUBJECTS`); the
    table's "Iran-backed militias" stand for a group the text does not name.  Not before a
    name it describes in apposition, and not with no group named before ("The Iran-aligned
    militia fired projectiles ...", opening a text: the militias at large)."""
    named: Actor | None = None
    for i, t in enumerate(toks):
        a = t.actor
        if a is None or a.side != K.IRAN_ALIGNED:
            continue
        if a.kind in K.GROUP_KINDS:
            named = a
            continue
        if a.kind != K.GENERIC or named is None or not folded.endswith("the ", 0, t.start) \
                or _SINGULAR_HEAD.search(folded, t.start, t.end) is None:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.actor is not None and nxt.actor.kind in K.GROUP_KINDS \
                and _NAME_AFTER.fullmatch(folded, t.end, nxt.start):
            continue  # "the Iran-backed militia Kataib Hezbollah": the name follows
        if _RESTRICTIVE_AFTER.match(folded, t.end):
            continue  # "the Iran-backed militia accused of the attack": picked out by a clause
        toks[i] = t._replace(actor=named)
