"""What the stages read and share: the article's text index, one sentence's view of it,
the numbers a rule has taken, and the discourse state carried from sentence to sentence.

- :class:`Document`: built once per article by :meth:`Document.scan`; every name, grammar
  word, number and date of the text, bucketed by sentence, and the clause breaks.  Never
  changed after the scan.
- :class:`SentenceView`: one sentence as the stages read it, with its per-sentence caches
  and what the anchor stages found in it.
- :class:`NumberLedger`: a number in a sentence is one fact; the first rule that reads it
  takes it (a tally's "66" is no casualty figure).
- :class:`ArticleState`: everything one sentence leaves for the next ones, each field with
  the stages that write and read it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import re

from .._dates import DateExpr, scan_dates, weekdays_by_full_date
from .._numbers import Number, scan_numbers
from .._text import Sentence, fold, offsets, single_quotes, split_sentences
from ..lookup import Actor, Gazetteer, Place
from ..lookup import kinds as K
from ..lookup.vocab import cue_key, cue_kinds, cue_scan_pattern
from .bounds import bound_sentences
from .blasts import blast_tokens
from .model import Anchor, Cue, Event, Tok
from .blame_uses import blames_in_construction
from .say_uses import PRESENT_SAY, say_reports
from .scan_names import named_actors
from .target_weapons import target_weapons
from .markers import blank_markers
from .wraps import may_wrap, unwrap

_START = attrgetter("start")
#: A dateline's date opens its line within this many characters ("NEW DELHI, Feb 8 ...").
DATELINE_HEAD = 40
# DATELINE_BEFORE / AFTER: a place and a comma (or nothing) before the date; an agency in
# brackets and a dash after it ("WASHINGTON, Oct 19 (Reuters) - ...", "February 1, 2024 - ...")
_DATELINE_BEFORE = re.compile(r"\s*(?:[^\W\d][\w.'\- ]{0,30},\s*)?")
# ABBREVIATION_AFTER: an actor's or a weapon's abbreviation in brackets right after its name is
# part of the name, no break of its clause: "U.S. Central Command (CENTCOM) said its jets struck",
# "the Islamic Resistance in Iraq (IRI) launched a drone", "an unmanned aerial vehicle (UAV) hit
# the barracks"
_ABBREVIATION_AFTER = re.compile(r"\s?\([a-z][a-z\-]{1,9}\)")
_DATELINE_AFTER = re.compile(r"(?:,?\s(?:19|20)\d\d)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:-{1,2}|[\u2013\u2014])\s")
# Cues are made by the ten thousand: tuple.__new__(Cue, values) builds one without the
# Python-level __new__ that Cue(...) runs.
_NEW = tuple.__new__
#: What ends a clause: ; : ( ) and a spaced dash.  The breaks of an article are found once
#: (:meth:`Document.scan`) and windows are tested by bisection (:meth:`Document.brk`); a test
#: checks that both agree with this pattern in every window.
CLAUSE_BREAK = re.compile(r"[;:()]|\s-\s|\s\u2013\s")
#: Date kinds whose digits are no counts ("Oct. 17", "in 2014").
_DATE_DIGITS = ("absolute", "month", "year")


class Document:
    """One article's text and everything found in it, by sentence (read-only after scan)."""

    def __init__(self, article_id: str, text: str, published: dt.date | None, g: Gazetteer) -> None:
        self.aid = article_id
        # the text as given: the rows quote it (their offsets are the same in :attr:`text`)
        self.raw = text
        self.pub = published
        self.g = g
        # an encyclopedia's footnote calls ("Syria.[7]") are no counts: read as spaces
        text = blank_markers(text)
        # "'We will respond,' he said": a text's single quotation marks read as double ones
        self.folded = single_quotes(fold(text))
        self._furniture: list[tuple[int, int, str]] | None = None
        # a hard-wrapped sentence ("fourth time in" / "less than ten days") is read as one: its
        # line breaks become spaces, one character for one, so offsets stay those of the text
        if may_wrap(text):
            from .furniture import furniture_lines
            spans = furniture_lines(text, self.folded)
            joined = unwrap(text, spans)
            if joined != text:
                text, self.folded = joined, single_quotes(fold(joined))
            else:
                self._furniture = spans
        self.text = text
        # Sentences over bounds.MAX_SENTENCE_CHARS (text without full stops: a flattened
        # table, a transcript) are cut into pieces before any stage reads them, so that no
        # rule's window, and no stage's cost, grows with the length of the input.
        self.sentences: list[Sentence] = bound_sentences(text, split_sentences(text))
        # rows of the mentions table, in column order
        self.mentions: list[tuple[str, str, str, str, int, int]] = []
        self.ascii = False               # whether the text is ASCII (faster patterns)
        self.puncts: list[int] = []      # offsets of , ; : . ( )
        self.brk_starts: list[int] = []  # spans of the clause breaks (CLAUSE_BREAK), in order
        self.brk_ends: list[int] = []
        self.s_toks: list[list[Tok]] = []
        self.s_cues: list[list[Cue]] = []
        self.s_dates: list[list[DateExpr]] = []
        self.s_nums: list[list[Number]] = []
        # the dateline city of each sentence asked about (elsewhere.dateline_city), by index
        self.cities: dict[int, Tok | None] = {}
        # names of two capitalized words or more, by their last word: the ends of their tokens
        # and the tokens, in text order (claim_speakers.full_names, made when first asked)
        self.full_names: dict[str, tuple[list[int], list[Tok]]] | None = None

    @classmethod
    def scan(cls, article_id: str, text: str, published: dt.date | None, g: Gazetteer) -> "Document":
        """Read the article once: names, grammar words, dates, numbers and clause breaks."""
        doc = cls(article_id, text, published, g)
        doc._scan()
        return doc

    def _scan(self) -> None:
        g = self.g
        text, raw, aid, mentions = self.text, self.raw, self.aid, self.mentions
        toks: list[Tok] = named_actors(text, self.folded, g.scan(text, self.folded), g)
        numbered = g.numbered_places()
        inside: set[int] = set()  # offsets of numbered places ("Tower 22") and dates, below
        for start, end, key, p, a, w in toks:
            if p is not None or a is not None or w is not None:
                surface = raw[start:end]
                if p is not None:
                    mentions.append((aid, "place", p.name, surface, start, end))
                    if key in numbered:
                        inside.update(range(start, end))
                if a is not None:
                    mentions.append((aid, "actor", a.name, surface, start, end))
                if w is not None:
                    mentions.append((aid, "weapon", w.weapon, surface, start, end))
        bracketed: list[tuple[int, int]] = []  # (the abbreviation after an actor's or a weapon's name: see above;
        # the mentions keep the name's own span)
        weapon_brackets: list[tuple[int, int]] = []
        f = self.folded
        for i, t in enumerate(toks):
            # (the bracket is at most one character after the name: tested before the pattern)
            if (t.actor is not None or t.weapon_term is not None) and "(" in f[t.end:t.end + 2] \
                    and (m := _ABBREVIATION_AFTER.match(f, t.end)) is not None:
                toks[i] = t._replace(end=m.end())
                bracketed.append((t.end, m.end()))
                if t.actor is None:
                    weapon_brackets.append((t.end, m.end()))
        if weapon_brackets:
            # a weapon's abbreviation is its name's, not a second munition ("(UAS)" after "a
            # one-way attack unmanned aerial system" is no second drone)
            toks = [t for t in toks if not any(lo < t.start and t.end <= hi for lo, hi in weapon_brackets)]
        # "the Iran-backed militia Kataib Hezbollah": a generic name right before a group's own
        # name describes that group, which is the actor (the mention stays)
        toks = [t for i, t in enumerate(toks) if not (
            t.actor is not None and t.actor.kind == K.GENERIC and i + 1 < len(toks)
            and (u := toks[i + 1]).actor is not None and u.actor.kind in K.GROUP_KINDS
            and u.start - t.end == 1 and self.folded[t.end] == " ")]
        # an explosion the article explains as an attack ("two rockets caused the blast") is one
        toks = blast_tokens(self.folded, toks, g)
        # "struck a drone storage site": the weapon word names the target, not the strike's weapon
        toks = target_weapons(self.folded, toks)
        places = [(t.start, t.end) for t in toks if t.place is not None]
        kinds = cue_kinds()
        actor_spans = {t.start: t.end for t in toks if t.actor is not None}
        cues = []
        padded = " " + self.folded  # the scans below start at the character before a word
        self.ascii = padded.isascii()
        for m in cue_scan_pattern(self.ascii).finditer(padded):
            # group 1 is the cue; without the padding space it starts at m.start()
            phrase = m[1]
            start = m.start()
            end = start + len(phrase)
            kind = kinds.get(phrase)
            if kind is None:
                phrase = cue_key(phrase)
                kind = kinds[phrase]
            if phrase == PRESENT_SAY and not say_reports(self.folded, start, end):
                continue  # "declined to say", "officials say they are investigating": no report
            if kind == "blame" and not blames_in_construction(self.folded, start, end, phrase, actor_spans):
                continue  # "pointed to a rise in attacks", "a group linked to Iran": no blame
            cues.append(_NEW(Cue, (start, end, kind, phrase)))
        if cues and places:
            # a cue word inside a place's name is no cue ("Tell Beydar base": no "tell"); names
            # do not overlap, so only the last one starting at or before the cue can hold it
            starts = [lo for lo, _ in places]
            cues = [c for c in cues if not ((i := bisect_right(starts, c.start) - 1) >= 0
                                            and c.end <= places[i][1])]
        # Clause breaks and punctuation marks; a spaced dash is a dash with white space on
        # both sides, and its break starts at the space before it.
        f = self.folded
        bs = offsets(f, ";:()")
        if bracketed:
            bs = [i for i in bs if not any(lo <= i < hi for lo, hi in bracketed)]
        self.puncts = sorted(bs + offsets(f, ",."))
        dashes = [i - 1 for i in offsets(f, "-\u2013") if f[i - 1:i].isspace() and f[i + 1:i + 2].isspace()]
        if dashes:
            bs = sorted(bs + dashes)
        self.brk_starts = bs
        self.brk_ends = [i + 1 if f[i] in ";:()" else i + 3 for i in bs]
        self.s_toks = self._bucket(toks)
        self.s_cues = self._bucket(cues)
        # without a publication date, the text's full dates fix its other dates; not a photo
        # caption's (a file photo's day)
        captions = [(a, b) for a, b, kind in self.furniture() if kind == "caption"] if self.pub is None else []
        ds = scan_dates(padded, self.pub, captions)
        if self.pub is None and any(d.kind == "weekday" and d.date is None for d in ds):
            # "on Saturday" and the text's full date of that Saturday
            ds = weekdays_by_full_date(ds, f, captions)
        self.s_dates = self._bucket([d for d in ds if not self._dateline(d)])
        for d in ds:
            if d.kind in _DATE_DIGITS:
                inside.update(range(d.start, d.end))
        # "Tower 22", "Oct. 17" are not counts
        self.s_nums = self._bucket([x for x in scan_numbers(padded) if x.num_start not in inside])

    def furniture(self) -> list[tuple[int, int, str]]:
        """The furniture lines of the text (:func:`.furniture.furniture_lines`), read once: the
        scan (captions), extract (the lines never read) and elsewhere (headlines) ask for them."""
        if self._furniture is None:
            from .furniture import furniture_lines
            self._furniture = furniture_lines(self.text, self.folded)
        return self._furniture

    def _dateline(self, d: DateExpr) -> bool:
        """Whether date *d* is a dateline's ("BAGHDAD, Nov 22 (Reuters) -", "February 1, 2024 -"
        at the start of a line): the day of the copy, read as the publication date by the
        corpus reader, never the day of an attack the line goes on to report."""
        f = self.folded
        line = f.rfind("\n", 0, d.start) + 1
        return d.start - line <= DATELINE_HEAD and _DATELINE_BEFORE.fullmatch(f, line, d.start) is not None \
            and _DATELINE_AFTER.match(f, d.end) is not None

    def _bucket(self, items: list) -> list[list]:
        """*items* (sorted by start) cut into one list per sentence; an offset in a gap goes
        to the sentence before it, or to the first."""
        bounds = [s.start for s in self.sentences[1:]]
        if not bounds:
            return [items] if self.sentences else []
        out = []
        lo = 0
        for b in bounds:
            hi = bisect_left(items, b, lo, key=_START)
            out.append(items[lo:hi])
            lo = hi
        out.append(items[lo:])
        return out

    def brk(self, lo: int, hi: int) -> bool:
        """Whether a clause break (:data:`CLAUSE_BREAK`) lies wholly inside ``folded[lo:hi]``."""
        bs, be = self.brk_starts, self.brk_ends
        i = bisect_left(bs, lo)
        while i < len(bs) and bs[i] < hi:
            if be[i] <= hi:
                return True
            i += 1
        return False

    def next_punct(self, pos: int) -> int:
        """The offset of the first punctuation mark (:attr:`puncts`) at or after *pos*, else the
        text's length: a phrase of words and spaces read from *pos* ends there."""
        ps = self.puncts
        i = bisect_left(ps, pos)
        return ps[i] if i < len(ps) else len(self.folded)

    def last_break(self, lo: int, hi: int, default: int) -> int:
        """The end of the last clause break in ``folded[lo:hi]`` (as ``finditer`` finds them,
        leftmost first and not overlapping), or *default*."""
        bs, be = self.brk_starts, self.brk_ends
        i = bisect_left(bs, lo)
        pos, out = lo, default
        while i < len(bs) and bs[i] < hi:
            if bs[i] >= pos and be[i] <= hi:
                pos = out = be[i]
            i += 1
        return out


class NumberLedger:
    """The numbers of one sentence that a rule has taken, by start offset.

    A figure is one fact: "attacked 66 times since October" is a tally, so its 66 is
    neither a casualty figure nor a troop figure.  The stages run in a fixed order
    (tallies, casualties, deployments: see :func:`conflictlib.extract.extract`) and each
    asks :meth:`free` before it reads a number and :meth:`take` once it has used it.
    """

    __slots__ = ("_taken",)

    def __init__(self) -> None:
        self._taken: set[int] = set()

    def free(self, n: Number) -> bool:
        return n.start not in self._taken

    def take(self, n: Number) -> None:
        self._taken.add(n.start)


class SentenceView:
    """One sentence as the stages read it.

    Built by :func:`conflictlib.extract.extract` for each sentence worth reading; the
    anchor stages fill ``anchors`` (every anchor), ``live`` (those not suppressed) and the
    denial fields; the caches are for :mod:`.speakers`.
    """

    __slots__ = ("s", "toks", "cues", "nums", "dexprs", "ck", "question", "actor_toks", "numbers", "anchors",
                 "live", "denied_here", "suppressed_here", "denied_events", "speaker_at", "no_speaker", "speakers", "pronouns",
                 "pron_scan")

    def __init__(self, doc: Document, s: Sentence) -> None:
        self.s = s
        self.toks: list[Tok] = doc.s_toks[s.idx]
        self.cues: list[Cue] = doc.s_cues[s.idx]
        self.nums: list[Number] = doc.s_nums[s.idx]
        self.dexprs: list[DateExpr] = doc.s_dates[s.idx]
        ck: dict[str, list[Cue]] = defaultdict(list)
        for c in self.cues:
            ck[c.kind].append(c)
        self.ck = ck  # the cues by kind
        text = doc.text
        # a question reports nothing ("Was the base attacked?"); most sentences hold no "?"
        self.question = "?" in text[s.start:s.end] and \
            text[s.start:s.end].rstrip("\"' )").endswith("?")
        self.actor_toks: list[Tok] = [t for t in self.toks if t.actor is not None]
        self.numbers = NumberLedger()
        # filled by the anchor stages
        self.anchors: list[Anchor] = []
        self.live: list[Anchor] = []
        self.denied_here = False          # an anchor of this sentence is denied
        self.suppressed_here = False      # an anchor of this sentence is a tally, trend, threat ...
        self.denied_events: list[Event] = []  # earlier events at the sites of a denied anchor
        # caches of speakers.py
        self.speaker_at: dict[int, Tok | None] = {}
        self.no_speaker: dict[int, bool] = {}  # actor starts: whether what precedes rules the actor out as a speaker
        self.speakers: set[int] | None = None
        self.pronouns: list[tuple[int, int, str]] | None = None
        self.pron_scan: Iterator[re.Match[str]] | None = None


@dataclass
class ArticleState:
    """What one sentence leaves for the next: the events so far, the rows so far, and the
    discourse (who spoke last, which group was named last, which events were reported last).

    Writers and readers of each field:

    - ``events``, ``n_groups``: written by :mod:`.coref` (new events) and changed by
      :mod:`.claims` (who claimed, confirmed, denied; a group's claim sets the perpetrator)
      and :mod:`.casualties` (killed, wounded); read by all of them.
    - ``last_group_actor``: the last armed group named in any sentence, written by
      ``extract()`` after each sentence; read by anchors ("the group said it attacked"),
      frames ("it said it carried out") and claims ("the group said").
    - ``generic_group``, ``generic_sentence``, ``generic_end``: the generic actor for the
      Iran-backed militias, the last sentence that named it and where that name ends, written by ``extract()`` after each sentence; read
      by frames ("these same militias fired rockets" in the next sentence).
    - ``last_speaker``: written by claims; read by claims ("she added") and tallies
      (who gave the count).
    - ``last_events``, ``last_event_sentence``, ``last_site``: the events of the last sentence
      that had any, written by ``extract()``; read by casualties (a figure in the next
      sentence), claims (a statement about them in the next sentences), deployments
      ("troops at the base") and the date carried by "Hours later".
    - ``carry_date``: the date "Hours later" carries into its sentence (extract's date step).
    - ``last_force``, ``last_deploy_sentence``: written by deployments; read by deployments
      ("It also has roughly 900 in Syria") and extract() (that next sentence is read).
    - ``author``, ``author_read``: the official or body an article is headed as the statement
      or release of ("Statement by President Joe Biden on ..."), read once by claims from the
      first sentence (:func:`.claim_speakers.article_author`); read by claims (the article's own words are the author's).
    - ``last_person``: the last speaker named as a person (a name or a title: "Defense Secretary
      Lloyd Austin said"), written and read by claims ("He promised ..." is that person's).
    - ``spoke_at``, ``unread_speech``: the sentence of the last statement of a speaker the
      tables know, and of the last speech verb whose speaker they do not ("a Kurdish news channel
      reported", "residents told a radio station"), written by claims; read by claims: "it
      said" or "he added" after an unread speaker's words is that speaker's, not an earlier one's.
    - ``colon_speaker``: a speaker whose speech verb ended its sentence with a colon ("Ryder told
      reporters:") or opened a quote after one ('said in a statement: "...'), with the kind of
      that verb and where the paragraph or quote after it starts and ends, written and read by
      claims (that paragraph or quote is what was said).
    - ``claims``, ``claim_keys``, ``casualties``, ``deployments``, ``tallies``: the rows made
      so far (records with the events they refer to); each written by its stage; claims
      and casualties read their own to count a repeated statement or figure once; claims
      reads the sentence's casualty figures (a toll told with a plain "said" confirms).
    """

    events: list[Event] = field(default_factory=list)
    n_groups: int = 0
    last_group_actor: Actor | None = None
    generic_group: Actor | None = None
    generic_sentence: int = -10
    generic_end: int = 0
    last_speaker: Actor | None = None
    last_events: list[Event] = field(default_factory=list)
    last_event_sentence: int = -10
    last_site: Place | None = None
    carry_date: tuple[dt.date, str] | None = None
    last_force: str | None = None
    last_deploy_sentence: int = -10
    author: Actor | None = None
    author_read: bool = False
    colon_speaker: tuple[Actor, str, int, int] | None = None
    spoke_at: int = -10
    unread_speech: int = -10
    last_person: Actor | None = None
    claims: list[Any] = field(default_factory=list)
    claim_keys: set[tuple] = field(default_factory=set)
    casualties: list[Any] = field(default_factory=list)
    # a toll of one attack told at several places ("strikes around Ramadi and Abu Ghraib killed
    # a fighter"): the row and its places' events, settled once the article is read
    split_tolls: list[tuple[Any, list[Event]]] = field(default_factory=list)
    split_here: list[Event] = field(default_factory=list)  # (the last such anchor's events)
    told_alone: dict[int, int] = field(default_factory=dict)  # event idx: anchors telling it alone
    deployments: list[tuple] = field(default_factory=list)
    tallies: list[tuple] = field(default_factory=list)


def one_sentence(text: str, published: dt.date | None = None,
                 config: Any = None) -> tuple[Document, SentenceView, ArticleState]:
    """A fresh context on the first sentence of *text*, to run one stage alone (for tests
    and for studying a rule): ``doc, sv, st = one_sentence("..."); anchors.find_anchors(doc, sv, st)``."""
    from ..lookup.gazetteer import gazetteer

    g = gazetteer(config) if config is not None else gazetteer()
    doc = Document.scan("one", text, published, g)
    return doc, SentenceView(doc, doc.sentences[0]), ArticleState()
