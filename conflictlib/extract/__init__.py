"""Per-article extraction: one article in, the rows of every table out.

:func:`extract` is a pure function of an article and the lookup tables, so a corpus can
be split across processes and the parts concatenated.  It scans the article once
(:class:`~.context.Document`: names, grammar words, numbers, dates, clause breaks; the line
breaks of a hard-wrapped sentence read as spaces by :mod:`.wraps`, the explosion words of an
article that explains its explosions as an attack given by :mod:`.blasts`) and
reads it sentence by sentence through the stages below, in this order:

====================  =========================================================================
module                reads ... and makes
====================  =========================================================================
:mod:`.anchors`       the words that report an attack (anchors), and which report none
:mod:`.tallies`       running counts ("attacked 66 times since October 17"); cancels the anchors
                      they count
:mod:`.frames`        each anchor's places, target, perpetrator, weapon, count and date
:mod:`.dates`         dates shared by the anchors of a sentence and carried to the next
:mod:`.coref`         events: new ones, or those an anchor names again
:mod:`.casualties`    killed and wounded figures, tied to their events
:mod:`.claims`        who claims, confirms, denies or acknowledges the events; sets their
                      claimed_by, confirmed_by, denied_by and the perpetrator of a claim
:mod:`.deployments`   troop figures
:mod:`.elsewhere`     once the article is read: the site of an attack its sentence places only
                      in its country, from the headline, the dateline or the sentence after
:mod:`.passing`       then: leaves out the killings named in passing with neither place nor day
:mod:`.rows`          the typed rows of every table, with ids and each event's status
====================  =========================================================================

:mod:`.speakers` (who speaks, who "it" is) is read by several stages; :mod:`.rules`
names every rule, the values of the ``rule`` column.  What one sentence leaves for the
next is :class:`~.context.ArticleState`, whose docstring lists who writes and reads each
field.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter
from typing import Any

from .._text import Sentence
from ..lookup import Config
from ..lookup.gazetteer import gazetteer
from ..lookup import kinds as K
from .._native import search_path

# the compiled stage modules, when a current build of them exists (conflictlib/_native.py),
# are found before the Python files
__path__ = search_path(__path__, "extract")

from . import (agents, anchors, bounds, casualties, casualty_repeats, claims, coref, dates, deployments, elsewhere, frames, head_weapons,
               furniture, passing, tallies)
from .context import ArticleState, Document, SentenceView
from .rows import rows
from .speakers import named_aside

__all__ = ["extract", "READ_KINDS"]

#: A sentence is read when it has a weapon word or a cue of a kind some stage needs (or it
#: follows a troop figure: "It also has roughly 900 in Syria").  Computed from the stages'
#: own declarations, so a rule that needs a new kind declares it in its stage.
READ_KINDS = anchors.NEEDS | tallies.NEEDS | casualties.NEEDS | claims.NEEDS | deployments.NEEDS | agents.NEEDS

_START = attrgetter("start")


def extract(article_id: str, text: str, published: dt.date | None,
            config: Config | None = None) -> dict[str, list[Any]]:
    """Extract every table's rows from one article body (a pure function).

    An article over :data:`.bounds.MAX_ARTICLE_CHARS` is read in parts (see :mod:`.bounds`)."""
    if len(text) > bounds.MAX_ARTICLE_CHARS:
        return _extract_parts(article_id, text, published, config)
    g = gazetteer(config) if config is not None else gazetteer()
    doc = Document.scan(article_id, text, published, g)
    st = ArticleState()
    # headlines, captions, bylines, links: not prose, never read (see furniture.py)
    skip = furniture.furniture_sentences(text, doc.sentences, doc.folded, doc.furniture())
    # a headline is read for its running count only ("US Troops Attacked 151 Times Since
    # October"): the one furniture a count is told in and the body may not tell again
    heads = furniture.furniture_sentences(text, doc.sentences, doc.folded,
                                          [x for x in doc.furniture() if x[2] == "headline"]) if skip else set()
    for s in doc.sentences:
        if s.idx in skip:
            if s.idx in heads and _worth_reading(doc, st, s):
                _read_headline_count(doc, st, SentenceView(doc, s))
            continue
        if _worth_reading(doc, st, s):
            _read_sentence(doc, st, SentenceView(doc, s))
        elif st.last_events:
            dates.incident_day(doc, st, s.idx)  # "The incident occurred on Wednesday"
        # "the group" and "it said" in a later sentence refer to the last group named, not
        # one named as a patron or a side backed or at war ("the IRI, a front of militias
        # affiliated with the PMF, claimed ..." then "the group also claimed": the IRI)
        for t in doc.s_toks[s.idx][::-1]:
            if t.actor is not None and t.actor.kind in K.GROUP_KINDS and not named_aside(doc, s.start, t):
                st.last_group_actor = t.actor
                break
        for t in doc.s_toks[s.idx][::-1]:
            if t.actor is not None and t.actor.kind == K.GENERIC and t.actor.side == K.IRAN_ALIGNED:
                st.generic_group, st.generic_sentence, st.generic_end = t.actor, s.idx, t.end  # "Iran-backed militias"
                break
    casualties.settle_split_tolls(st)  # a toll of an attack at several places: the place told again
    casualty_repeats.finish(doc, st)  # the same dead named twice are one figure
    tallies.finish(st, heads)  # one count told twice is one tally
    claims.group_accounts(st)  # "the resistance also conducted ...": the group's own account
    # an attack placed only in its country: its site from the headline, dateline or next sentence
    elsewhere.fill_sites(doc, st, skip)
    # an attack the prose tells with no weapon: the weapon its headline names
    head_weapons.fill_weapons(doc, st, elsewhere.headlines(doc, skip))
    passing.drop_unplaced_killings(st)  # named in passing with neither place nor day
    return rows(doc, st)


def _worth_reading(doc: Document, st: ArticleState, s: Sentence) -> bool:
    """Whether a stage can find anything in sentence *s* (most sentences of an article
    hold no weapon word and no cue of :data:`READ_KINDS`)."""
    if s.idx - st.last_deploy_sentence == 1:
        return True
    for t in doc.s_toks[s.idx]:
        if t.weapon_term is not None:
            return True
    for c in doc.s_cues[s.idx]:
        if c.kind in READ_KINDS:
            return True
    return False


def _read_headline_count(doc: Document, st: ArticleState, sv: SentenceView) -> None:
    """The running counts of a headline (its anchors only tell a count what it counts: a
    headline's attack is no event, see furniture.py)."""
    sv.anchors = sorted(anchors.find_anchors(doc, sv, st), key=_START)
    tallies.read(doc, sv, st)


def _read_sentence(doc: Document, st: ArticleState, sv: SentenceView) -> None:
    s = sv.s
    # 1. Anchors first: every later stage reads them.  Each anchor's segment runs from the
    #    previous anchor to the next, so that frames read each its own words.
    found = anchors.find_anchors(doc, sv, st)
    found.sort(key=_START)
    for i, a in enumerate(found):
        a.seg_start = found[i - 1].end if i else s.start
        a.seg_end = found[i + 1].left if i + 1 < len(found) else s.end
    sv.anchors = found
    # 2. Tallies before any other stage takes a number, and before anchors are split into
    #    live and suppressed: "attacked 66 times since October" is a count, not an attack.
    for a in tallies.read(doc, sv, st):
        a.suppressed = "tally"
    live = [a for a in found if a.suppressed is None]
    denied = [a for a in found if a.suppressed in ("denied", "negated")]
    sv.live = live
    sv.denied_here = bool(denied)
    sv.suppressed_here = len(live) < len(found)  # a statement about a tally or a trend claims nothing
    # 3. Frames.  A denied anchor ("there had been no attack on al-Shaddadi") is framed for
    #    its sites only: the events already reported there are the ones a speaker denies.
    for a in denied:
        frames.frame(doc, sv, st, a)
        for p in a.sites:
            sv.denied_events += [e for e in st.events if e.site == p]
    for a in live:
        frames.frame(doc, sv, st, a)
    # 4. Dates shared within the sentence and carried from the one before, before
    #    coreference compares anchors and events by day.
    dates.carry_from_previous(sv, st)
    dates.share_sentence_date(doc, sv)
    live = sv.live = dates.joined_days(doc, sv, live)  # "attacked on November 9 and 11": two attacks
    # 5. Coreference: each live anchor, in text order, to its events.
    for a in live:
        coref.resolve(doc, sv, st, a)
    dates.share_event_dates(sv, st)
    # 6. Figures and statements about the events: casualties before claims (a group's
    #    "said" about its own dead is an acknowledgement once the dead are known), claims
    #    before deployments (which take the numbers left over).
    casualties.read(doc, sv, st)
    claims.read(doc, sv, st)
    agents.read(doc, sv, st)
    deployments.read(doc, sv, st)
    # 7. What the next sentences refer back to.
    evs = [e for a in live for e in a.events] if live else []
    for a in live:
        if len(a.events) == 1:  # an attack told by itself (read by casualties.settle_split_tolls)
            st.told_alone[a.events[0].idx] = st.told_alone.get(a.events[0].idx, 0) + 1
    if evs:
        st.last_events = list(dict.fromkeys(evs))
        st.last_event_sentence = s.idx
        sites = [e.site for e in st.last_events if e.site is not None]
        if sites:
            st.last_site = sites[-1]


def _extract_parts(article_id: str, text: str, published: dt.date | None,
                   config: Config | None) -> dict[str, list[Any]]:
    """An over-long article, extracted part by part (:func:`.bounds.article_parts`): offsets
    shifted back into *text*, event and claim ids numbered on across the parts."""
    out: dict[str, list[Any]] = {}
    n_events = n_claims = 0
    for lo, hi in bounds.article_parts(text):
        got = extract(article_id, text[lo:hi], published, config)
        if lo == 0:  # the first part: offsets and ids are already those of the article
            n_events, n_claims = len(got["events"]), len(got["claims"])
            for name, rows_ in got.items():
                out.setdefault(name, []).extend(rows_)
            continue
        ids = {e.event_id: f"{article_id}:e{n_events + i + 1}" for i, e in enumerate(got["events"])}

        def renamed(joined: str | None) -> str | None:
            return None if joined is None else "; ".join(ids[x] for x in joined.split("; "))

        got["events"] = [e._replace(event_id=ids[e.event_id], start=e.start + lo, end=e.end + lo)
                         for e in got["events"]]
        got["claims"] = [c._replace(claim_id=f"{article_id}:c{n_claims + i + 1}", event_ids=renamed(c.event_ids),
                                    start=c.start + lo, end=c.end + lo) for i, c in enumerate(got["claims"])]
        got["casualties"] = [c._replace(event_id=renamed(c.event_id), start=c.start + lo, end=c.end + lo)
                             for c in got["casualties"]]
        for name in ("deployments", "tallies"):
            got[name] = [r._replace(start=r.start + lo, end=r.end + lo) for r in got[name]]
        got["mentions"] = [(*m[:4], m[4] + lo, m[5] + lo) for m in got["mentions"]]
        n_events += len(got["events"])
        n_claims += len(got["claims"])
        for name, rows_ in got.items():
            out.setdefault(name, []).extend(rows_)
    return out
