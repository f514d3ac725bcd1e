"""Dates that anchors share: within a sentence, and from one sentence to the next.

A frame reads each anchor's own date (:mod:`.frames`); these rules give a date to the
anchors and events that have none:

- "a drone attack on X and a rocket attack on Y on Thursday": the sentence's only date
  dates every anchor before it, unless a word of sequence stands between ("hours after the
  strike on Sunday"), it is the day of a statement ("..., the Pentagon said on Wednesday") or
  it modifies an attack noun of its own ("in reply to the January 28 drone strike"),
  and not past the attack a strike answers ("US jets struck depots of the militia accused of
  carrying out the attack on Tower 22 on Sunday": Sunday is that attack's);
- "several hours after the strike": events of one sentence linked by an hours cue share
  the one day known among them;
- "Hours later, ...": a sentence that opens with an hours cue right after a sentence with
  events takes their one day; "Later that day, ..." or "Earlier in the day, ..." names the
  day of the latest events even across a sentence or two without any ("... on Oct. 18.
  The group called it revenge. Later that day, a drone hit Harir.");
- "The incident occurred on Wednesday morning": a sentence that opens with "the incident"
  and a verb of occurring, right after a sentence with one undated event, gives it its day.

- "the base was attacked on November 9 and 11", "drones hit al-Tanf on Oct. 17 and again on
  Oct. 18": an anchor dated by the first of two days joined by "and" is one attack on each day
  (ANNOTATION.md: one entry, one date); the second day is a copy of the anchor.

Reads and writes ``ArticleState.carry_date``; reads ``last_events``; writes anchors'
dates before coreference and events' dates after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .._dates import MONTHS, DateExpr
from .._text import back_from
from ..lookup.vocab import words
from ..lookup.wordclasses import MOTIVE_PHRASES, SEQUENCE_WORDS
from .context import ArticleState, Document, SentenceView
from .model import Anchor, CueKind as C
from .phrases import DATE_MODIFIER, answered, founding_day, statement_day

#: "The incident happened on Friday night": the day of the event just reported.
_INCIDENT_DAY = re.compile(r"\s*the\sincident\s(?:occurred|happened|took\splace)\b")
#: "Hours later, ..." must open the sentence: its cue starts within this many characters.
OPENING = 40
#: "Later that day, ...": a cue that names the day itself (SAME_DAY) reaches back to the
#: events of this many sentences before; "earlier in the day" is as good as "later".
SAME_DAY_REACH = 3
_SAME_DAY = re.compile(r"(?:that|the)\s(?:same\s)?(?:day|night)$")
# SPAN_START: "since February" (or "between October and February") starts a span of time; it
# dates no attack
_SPAN_START = re.compile(r"\b(?:since|between)\s$")
SPAN_START_LOOKBACK = len(" between ")
_SEQUENCE = re.compile(rf"\b{words(SEQUENCE_WORDS)}\b")
#: "in retaliation for attacks on ...": a motive this close before a bare plural.
MOTIVE_LOOKBACK = 30
_MOTIVE = re.compile(rf"\b{words(MOTIVE_PHRASES)}\s(?:[\w\-]+\s)?$")


# JOINED_DAY: right after a calendar day, a second day of the same month ("November 9 and 11",
# "Oct. 17 and again on 18") or a full day of its own ("Oct. 17 and Oct. 18") joined by "and",
# the clause going on after it (not "on November 9 and 12 people were hurt")
_JOINED_DAY = re.compile(r"\s(?:and|&)\s(?:again\s)?(?:on\s)?(?:(?P<month>" + "|".join(
    sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?\s)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?=\s?[,.;:)]|\s?\Z|\s(?:at|in|on|near|against|when|while|as|and|respectively)\b)")


def joined_days(doc: Document, sv: SentenceView, live: list[Anchor]) -> list[Anchor]:
    """*live* with a copy of each anchor dated by the first of two days joined by "and" (JOINED_DAY),
    the copy dated by the second: "On November 9 and 11, drones hit the garrison again"
    reports two attacks."""
    out = []
    for a in live:
        out.append(a)
        d = a.date
        if d is None or d.kind != "absolute" or d.precision != "day" or d.date is None:
            continue
        if a.plural or len(a.sites) > 1:
            continue  # "the attacks on Oct. 17 and 18", "strikes on A and B on Oct. 17 and 18": already
            # a plural or a list, whose days need not be one attack each
        m = _JOINED_DAY.match(doc.folded, d.end)
        if m is None:
            continue
        try:
            month = MONTHS[m.group("month")] if m.group("month") else d.date.month
            day = dt.date(d.date.year, month, int(m.group("day")))
        except ValueError:
            continue
        if day <= d.date or (day - d.date).days > 31:
            continue  # "Nov. 9 and 2" is no second day of the attack's; nor a day a month on
        out.append(dataclasses.replace(a, date=DateExpr(m.start("day"), m.end("day"), day, "day", "absolute"),
                                       sites=list(a.sites), countries=list(a.countries),
                                       site_countries=list(a.site_countries)))
    return out


def carry_from_previous(sv: SentenceView, st: ArticleState) -> None:
    """"Hours later, ...": the day of the previous sentence's events carries into this one."""
    s = sv.s
    back = s.idx - st.last_event_sentence
    if st.last_events and 1 <= back <= SAME_DAY_REACH and \
            any(c.start < s.start + OPENING and (
                _SAME_DAY.search(c.text) is not None
                or (back == 1 and "before" not in c.text and "earlier" not in c.text))
                for c in sv.ck[C.HOURS]):
        prev = {(e.date, e.precision) for e in st.last_events if e.date is not None}
        if len(prev) == 1:
            st.carry_date = prev.pop()


def incident_day(doc: Document, st: ArticleState, idx: int) -> None:
    """"Two drones attacked al-Tanf, the Pentagon said. The incident occurred on Wednesday
    morning.": the one day of a sentence that opens with "the incident occurred" dates the
    one undated event of the sentence right before it.  A bare weekday that no publication
    date resolves dates nothing, but the event keeps the sentence (``Event.day_at``): its row
    quotes it, and linking reads the weekday there."""
    s = doc.sentences[idx]
    ds = doc.s_dates[idx]
    if len(ds) != 1 or st.last_event_sentence != idx - 1 \
            or len(st.last_events) != 1 or st.last_events[0].date is not None:
        return
    weekday = ds[0].date is None and ds[0].kind == "weekday"
    if not weekday and (ds[0].date is None or ds[0].precision != "day"):
        return
    if _INCIDENT_DAY.match(doc.folded, s.start) is None or statement_day(doc.folded, s.start, ds[0].start, ds[0].end):
        return
    e = st.last_events[0]
    if weekday:
        e.day_at = s.start
    else:
        e.date, e.precision = ds[0].date, ds[0].precision


def share_sentence_date(doc: Document, sv: SentenceView) -> None:
    """The sentence's only date dates the live anchors before it that have none."""
    if len(sv.dexprs) == 1:
        d = sv.dexprs[0]
        if statement_day(doc.folded, sv.s.start, d.start, d.end) or founding_day(doc.folded, sv.s.start, d.start):
            return  # "..., the Pentagon said on Wednesday": the day of the statement; "the IRI,
            # which was established in 2020": of the group's founding
        if _SPAN_START.search(doc.folded, back_from(sv.s.start, d.start, SPAN_START_LOOKBACK), d.start) \
                or doc.folded.startswith("since ", d.start):
            return  # "the first attack on the base since February": where a span starts
        # "US jets struck ..., the militia accused of carrying out the drone attack on Tower 22
        # on Sunday": the day is the answered attack's, not the strike's before it
        stop = next((b.start for b in sv.live if b.end <= d.start and answered(doc.folded, b)), -1)
        if any(b.left >= d.end and DATE_MODIFIER.fullmatch(doc.folded, d.end, b.left) for b in sv.live):
            # "US jets hit depots in reply to Kataib Hezbollah's January 28 drone strike": a day
            # set before an attack noun is that attack's own, not the strike's before it
            return
        for a in sv.live:
            if a.date is None and a.start >= stop and a.end <= d.start \
                    and not _SEQUENCE.search(doc.folded, a.end, d.start) and not _motive(doc, sv, a) \
                    and not (a.motive and any(b is not a and a.end <= b.start and b.end <= d.start for b in sv.live)):
                # ("In response to a drone attack, US jets struck the depot on Monday": the
                # strike's day, not the day of the attack it answers)
                a.date = d


def _motive(doc: Document, sv: SentenceView, a: Anchor) -> bool:
    """Whether *a* is a bare plural named as a strike's motive ("In a retaliatory move against
    attacks targeting US personnel, the US struck ... on Wednesday"): the campaign, not an
    attack of that day."""
    return a.plural and a.count is None and not a.definite and \
        _MOTIVE.search(doc.folded, back_from(sv.s.start, a.left, MOTIVE_LOOKBACK), a.left) is not None


def share_event_dates(sv: SentenceView, st: ArticleState) -> None:
    """After coreference: events linked by an hours cue share their one known day, and a
    carried date dates the events that still have none."""
    if sv.ck[C.HOURS]:
        evs = [e for a in sv.live for e in a.events]
        known = {(e.date, e.precision) for e in evs if e.date is not None}
        if len(known) == 1:
            day, prec = known.pop()
            for e in evs:
                if e.date is None:
                    e.date, e.precision = day, prec
    if st.carry_date is not None:
        for a in sv.live:
            for e in a.events:
                if e.date is None:
                    e.date, e.precision = st.carry_date
        st.carry_date = None
