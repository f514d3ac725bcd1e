"""Per-article extraction: one article in, plain row dicts out.

:func:`extract` is a pure function of an article and the lookup tables, so a
corpus can be split across processes and the parts concatenated.  It reads an
article sentence by sentence:

1. *anchors*: the words that report an attack.  An attack noun phrase ("two
   drone attacks", "a US air strike"), a munition with an attack verb ("four
   rockets were fired at"), an attack verb with a subject ("militants attacked",
   "the base came under attack"), or a killing by a named actor ("Hamas
   operatives killed about 1,200 people").  Anchors inside a trend, a threat, a
   hypothetical, a negation or a photo caption are dropped; a count with
   "since" or "times" is a tally, not an event.
2. each anchor's *frame*: perpetrator, target, places, date and count, read from
   the text between it and its neighbours.
3. *coreference*: a definite or pronoun anchor ("the strike", "The drone
   attacks", "It") joins the latest compatible event; an anchor at a place
   already attacked in this article joins that event; anything else is new.
   A lead's "two attacks in Iraq and Syria" becomes two events that a later
   "attacks hit Ain al-Asad ... and Green Village" fills in.
4. claims (who says so, with which stance), casualties, troop deployments and
   tallies, each row with its rule, span and sentence.

The small patterns here run tens of thousands of times per megabyte on short
spans; they use the standard library's ``re``, whose per-call cost is a
fraction of ``regex``'s (measured: extraction 16% faster), and need none of
``regex``'s syntax.  Every repeat in them is bounded.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, NamedTuple

import re

from ._dates import DateExpr, scan_dates
from ._lookup import Actor, Config, Gazetteer, Hit, Place, gazetteer
from ._numbers import Number, scan_numbers
from ._schema import JOIN
from ._text import Sentence, fold, offsets, split_sentences
from ._vocab import (SITE_NOUNS, TREND_PREDICATES, clause_pronoun_pattern, cue_key, cue_kinds, cue_scan_pattern,
                     pronoun_pattern)

Row = dict[str, Any]

# Sides whose own statements about their own strikes confirm them (states).
_STATE_KINDS = ("state", "military", "government body", "official")
# How specific a place kind is: a city that only locates a base or a district is dropped.
_SPECIFIC = {"admin1": 1, "city": 2, "town": 2, "district": 3}
# Attack verbs whose object is the munition ("shot down two drones").
_OBJECT_VERBS = ("shot down", "downed", "intercepted", "engaged")
_MODALS = ("would", "could", "might", "may", "should")
# Quantifiers that make the very next noun unreal ("any attack", "future strikes").
_QUANTIFIERS = ("any", "every", "future", "possible", "potential")
_START = attrgetter("start")
_SUPPRESSORS = frozenset({"photo", "trend", "hypo", "threat", "neg"})
# A sentence is read only when it holds a weapon word or one of these cues.
_READ_KINDS = frozenset({"attack_v", "under_attack", "kill", "wound", "troops", "claim", "confirm",
                         "deny", "ack", "threat", "say", "no_cas"})
_STANCE_KINDS = frozenset({"say", "claim", "confirm", "deny", "ack", "threat", "blame"})


# A name found in the text, with its place, actor and weapon entries (each may be None).
Tok = Hit


class Cue(NamedTuple):
    """A grammar word found in the text (see ``_vocab``): its span, kind and folded phrase."""

    start: int
    end: int
    kind: str
    text: str


# Cues are made by the ten thousand: tuple.__new__(Cue, values) builds one in C,
# without the Python-level __new__ that Cue(...) runs.
_NEW = tuple.__new__


@dataclass(eq=False, slots=True)
class Event:
    idx: int
    group: int
    weapon: str = "unknown"
    perp: Actor | None = None
    target: str | None = None
    site: Place | None = None
    country: str | None = None
    date: dt.date | None = None
    precision: str = "unknown"
    count: int | None = 1
    claimed_by: list[str] = field(default_factory=list)
    confirmed_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    killed: int | None = None
    wounded: int | None = None
    start: int = 0
    end: int = 0
    sentence: int = 0
    rule: str = ""
    admin1: str | None = None
    summary: bool = False


@dataclass(slots=True)
class Anchor:
    start: int
    end: int
    kind: str
    rule: str
    weapon: str = "unknown"
    count: int | None = None
    definite: bool = False
    plural: bool = False
    anaphoric: bool = False
    perp: Actor | None = None
    target: str | None = None
    sites: list[Place] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    site_countries: list[str] = field(default_factory=list)
    date: DateExpr | None = None
    suppressed: str | None = None
    left: int = 0        # start of the noun phrase (determiner, number, modifiers)
    seg_start: int = 0   # end of the previous anchor
    seg_end: int = 0     # start of the next anchor
    passive: bool = False
    side_hint: str | None = None
    admin1: str | None = None
    events: list[Event] = field(default_factory=list)


# DET / INDEF: a definite / indefinite determiner and up to three words before the end of a
# window ("the Tower 22 ...", "Sunday's ...").  \b first: tried only at word starts; the
# possessive repeats cannot give back anything that could help the match end at $.
_DET = re.compile(
    r"\b(?<!\w)(?P<det>the|this|that|these|those|its|their|his|her|our|both|latest|last|same|"
    r"previous|earlier|such|(?:\w++(?<=\wday)|[a-z]++)'s)(?:\s[\w\-\"']++){0,3}+\s*+$"
)
_INDEF = re.compile(
    r"\b(?<!\w)(?:a|an|another|one|new|two|three|four|five|several|multiple)(?:\s[\w\-\"']++){0,3}+\s*+$")
_PASSIVE = re.compile(r"(?:^|\s)(?:was|were|been|being|is|are|be|get|got|had\sbeen|have\sbeen|has\sbeen)\s(?:\w+ly\s|also\s|again\s)?$")
_PREP_TARGET = re.compile(r"(?:^|\s)(?:on|against|at|targeting|targeted|toward|towards|hitting|struck|hit|attacked)\s(?:the\s)?(?:[\w\-]+\s){0,2}$")
_BY = re.compile(r"(?:^|\s)by\s(?:the\s)?$")
_LOC_PREP = re.compile(r"(?:^|\s)(?:in|at|near|inside|outside|on|around|across|into|to)\s(?:the\s)?(?:[\w\-\"']+\s){0,4}$")
_FROM = re.compile(r"(?:^|\s)(?:from|toward|towards)\s(?:the\s)?(?:[\w\-]+\s){0,2}$")
_SITE_BEFORE = re.compile(r"(?:" + "|".join(SITE_NOUNS) + r")\s(?:\w+\s)?(?:in|inside|across|throughout)\s$")
_SITE_PREPS = ("in", "inside", "across", "throughout")   # the last word _SITE_BEFORE needs (a quick test)
# CLAUSE_BREAK: what ends a clause.  The extractor does not search it window by window: the
# breaks of an article are found once (_Article.scan) and windows are tested by bisection
# (_Article.brk, _Article.last_break); a test checks that both agree in every window.
_CLAUSE_BREAK = re.compile(r"[;:()]|\s-\s|\s\u2013\s")
_OWN_LOSS = re.compile(
    r"\b(?:its|their|his|our)\s(?:own\s)?(?:fighters|members|men|militiamen|commanders?|leaders?|"
    r"soldiers|troops|personnel|officers?)|they\sdied|(?:had|have)\sbeen\skilled"
)
_CIVILIAN = re.compile(r"civilians?")
_VICTIM = re.compile(
    r"\s(?:of\s(?:its|their|the)\s)?(?:[\w\-]+\s){0,2}?(?P<noun>people|civilians|militiamen|fighters|members|"
    r"militants|soldiers|troops|personnel|service\smembers|servicemembers|others|americans|"
    r"men|children|women|staff|contractors|guards|workers|commanders?|officers?|sailors|marines|"
    r"us\ssoldiers|us\stroops|us\sservice\smembers|us\spersonnel)(?![\w])"
)
# Small patterns of the extractor, each named for what it matches.
_MUNITION_JOIN = re.compile(r"[\s,]*(?:and|or|/)?[\s,]*(?:and\s)?")   # "drone and rocket"
_COMMA = re.compile(r"[,;]")
_PLACE_MOD_GAP = re.compile(r"(?:'s)?\s(?:[\w\-]+\s){0,1}")          # "the Tower 22 attack"
_CAS_GAP_STOP = re.compile(r"[;]|\b(?:and|after|in|since)\b")           # "five ... killed" gap
_TROOP_GAP = re.compile(r"\s(?:[a-z.\-]+\s){0,6}")                  # "900 US troops"
_SECOND_FIGURE = re.compile(r"\s*,?\s*(?:and|while|with)\s(?:another\s|some\s)?")
_SECOND_TAIL = re.compile(r"\s(?:(?:more\s)?(?:troops|soldiers|forces|personnel)\s)?(?:are\s)?(?:in|to)\s")
_IN_BEFORE = re.compile(r"(?:^|\s)(?:in|to|into|across|inside|from|at)\s(?:the\s)?(?:[\w\-]+\s){0,1}$")
_AFTER_VERB = re.compile(r"\s(?:the\s|a\s|an\s)?")                          # "said the Pentagon"
# SAID_IT: "the group said it attacked", "IRI said that its fighters had targeted"
_SAID_IT = re.compile(r"(?:said|says|claimed|announced|added|stated)(?:\s(?:in|on)\s(?:a\s)?(?:[\w\-]+\s){0,3}?(?:statement|post|channel|telegram|video))?\s(?:that\s)?"
                         r"(?:it|they|its\sfighters|its\smembers|its\sforces)\s(?:had\s|have\s|has\s)?$")
_CAS_AFTER = re.compile(r"\s(?:to\s|among\s|of\s)?")               # "minor injuries to eight"
_SPEAKER_END = re.compile(r"\s*(?:[.,;:]|$|\s(?:in\sa\s(?:statement|telegram|briefing|post)|on\s(?:telegram|condition|\w+day)|at\sa\sbriefing))")
# INSTRUMENT: the words between an attack verb and its weapon ("hit X with a swarm of drones")
_INSTRUMENT = re.compile(r"(?:^|\s)(?:with|from|using|by|in)\s(?:[\w\-]+\s){0,4}$")
_DENY_COMPLEMENT = re.compile(r"\s(?:that|reports?|claims?|media\sreports)\b")
_REPORTS_OF = re.compile(r"(?:reports?|claims?)\s(?:of|that)\s(?:[\w\-]+\s){0,4}$")
_APPOSITIVE = re.compile(r",\s[^,;]{1,90},\s(?:[\w\-']+\s){0,1}")
# SAID_IT_AGENT: "The US military said it carried out a self-defense strike"
_SAID_IT_AGENT = re.compile(
    r"(?P<say>said|says|announced|added|stated)\s(?:that\s)?(?:it|they|its\sforces|its\sfighters)\s"
    r"(?:had\s|has\s|have\s)?(?:carried\sout|conducted|launched|fired|staged|mounted)\s")
# TITLE_GAP: a title and a name between a body and its speech verb (original case)
_TITLE_GAP = re.compile(
    r"(?:\s(?:[A-Z][\w.\-']*|press|secretary|spokesman|spokesperson|spokeswoman|national|security|"
    r"deputy|chief|of|staff|commander|general|official|at|a|briefing|on|\w+day)){1,8},?\s")
_COMPASS_OF = re.compile(r"(?:north|south|east|west|northeast|northwest|southeast|southwest|"
                            r"north-east|north-west|south-east|south-west)(?:ern)?\s(?:of|from)\s$")
_MEMBERS_OF = re.compile(r"(?:fighters|members|militants|militiamen|units?|operatives|drones?)\s(?:of|from)\s(?:the\s)?$")
_ORDINAL_SINCE = re.compile(r"\s(?:such\s)?(?:attacks?\s)?(?:on\s[\w\s]{1,30}?\s)?since\s")
_AT_THE_BASE = re.compile(r"\s(?:are\s|is\s)?(?:deployed\s|stationed\s|based\s)?(?:at|in)\sthe\s(?:base|garrison|outpost)")
_HOSTS = re.compile(r"(?:hosts|host|houses|is\shome\sto|has)\s(?:some\s|about\s|roughly\s|around\s)?$")
_REDUCED_TO = re.compile(r"\sto\s")
_HAS_BEFORE = re.compile(r"(?:has|have|keeps|maintains|there\sare)\s(?:\w+\s)?$")
_AND_PLACE = re.compile(r"(?:\s(?:and|&)|,)\s(?:in\s)?[a-z]")   # "in Iraq and Syria", "in Iraq, Syria and Jordan"
_BY_AFTER = re.compile(r"\sby\s")
_SEQUENCE = re.compile(r"\b(?:after|before|following|since|later|earlier|response|retaliation|came)\b")
_BOTH = re.compile(r"\bboth\s(?:[\w\-]+\s){0,2}$")
_TARGET_COUNT = re.compile(r"\s(?:us\s|american\s)?(?:sites|targets|locations|facilities|positions|bases)\b")
_SINCE_BEFORE = re.compile(r"since\s$")
_IN_NP = re.compile(r"\sin\s(?:[\w\-]+\s){0,2}$")
_STRIKE_NOUN = re.compile(r"strikes?$")
_OF_THE = re.compile(r"(?<!\w)of\sthe\s$")
_RELATIVE_USE = re.compile(r"\b(?:which|that)\s(?:used|involved|were\scarried\sout\sby|were\sflown\sby)\b")
# SAID_ON_DATE: "said on Tuesday": the date of the statement, not of the attack
_SAID_ON_DATE = re.compile(r"(?:said|says|told\s\w+|announced|stated|added)\s(?:on\s|late\s|early\s)?$")
_ADJECTIVE_AFTER = re.compile(r"-(?:linked|backed|aligned|allied|affiliated|sponsored|supported|based|made|led)\b")
_NONE_OF = re.compile(r"\bnone\sof\s(?:the\s|them\s)?(?:[\w\-]+\s){0,6}?(?:were|was)\s(?:\w+\s)?"
                     r"(?P<what>injured|hurt|wounded|killed)\b")
_COORDINATED = re.compile(r"\s(?:and|or|as\swell\sas)\s")   # "al-Shaddadi and Rumalyn": two sites
_INVOLVEMENT = re.compile(r"\b(?:taken\spart|took\spart|taking\spart|involvement|involved|role|"
                          r"responsib|behind|carried\sout|carrying\sout|participat|conducted)")
_MILITIA = re.compile(r"\bmilitia|\bmilitant")
_TIMES_AFTER = re.compile(r"\s*times(?![\w])")
# Words that cannot stand inside a noun phrase between its determiner or number and its noun.
_NON_NP = r"(?:after|before|of|in|on|at|since|than|hours?|days?|weeks?|months?|and|or|to|from|by|with|for|" \
          r"launched|fired|carried|conducted|claimed|said|was|were|is|are|has|have|had|it|they)"
# NP_GAP: between a count and its noun ("two drone attacks", "three separate attacks").
_NP_GAP = re.compile(rf"\s(?:(?!{_NON_NP}\s)[\w\-'\"]+\s){{0,2}}")
# MOD_GAP: between an actor modifier and its noun ("a US air strike", "Kataib Hezbollah's drone attack").
_MOD_GAP = re.compile(rf"(?:'s?)?\s(?:(?!{_NON_NP}\s)[\w\-]+\s)?")
# SPEAKER_GAP: between a speaker and a speech verb: up to three words, or a parenthesis
# ("the Islamic Resistance in Iraq said", "A US official - on condition of anonymity - confirmed").
_SPEAKER_GAP = re.compile(
    r"(?:\s*,?\s(?:[\w\-']+\s){0,3}|\s(?:[\w\-']+\s){1,5}and\s|\s*[-(,]\s?[^,;()\-]{1,45}\s?[-),]\s+(?:[\w\-']+\s){0,2})"
)
# PREP_BEFORE: an actor after a preposition is no subject ("against US troops", "backed by Iran").
_PREP_BEFORE = re.compile(
    r"(?:^|\s)(?:on|against|at|in|for|of|to|with|from|near|toward|towards|targeting|into|by|"
    r"support\sfor|backed\sby|allied\swith)\s(?:the\s)?(?:[\w\-]+\s)?$")


def _read_clause_pronouns(found: list[tuple[int, int, str]], matches: Iterator[re.Match[str]],
                          pos: int | None) -> bool:
    """For _Article.pronoun_subject: append (clause start, pronoun end, pronoun) to *found* for
    the *matches* of clause_pronoun_pattern() with a pronoun, up to and including the first
    match that starts at or after *pos* (None: all).  Whether *matches* ran out."""
    for m in matches:
        end = m.end("pron")
        if end >= 0:
            found.append((m.end(), end, m.group("pron")))
        if pos is not None and m.start() >= pos:
            return False
    return True


class _Article:
    """State of one article while its sentences are read in order."""

    def __init__(self, article_id: str, text: str, published: dt.date | None, g: Gazetteer) -> None:
        self.aid = article_id
        self.text = text
        self.pub = published
        self.g = g
        self.folded = fold(text)
        self.sentences = split_sentences(text)
        self.events: list[Event] = []
        self.n_groups = 0
        self.claims: list[Row] = []
        self.claim_keys: set[tuple] = set()
        self.casualties: list[Row] = []
        self.deployments: list[Row] = []
        self.tallies: list[Row] = []
        self.mentions: list[tuple[str, str, str, str, int, int]] = []  # in column order
        self.last_group_actor: Actor | None = None
        self.last_speaker: Actor | None = None
        self.last_events: list[Event] = []
        self.last_event_sentence = -10
        self.last_force: str | None = None
        self.last_deploy_sentence = -10
        self.last_site: Place | None = None
        self._pronouns: dict[int, list[tuple[int, int, str]]] = {}
        # The clause starts of one sentence not read yet by pronoun_subject(): (its index, the
        # rest of its finditer()).  At most one scan is open; every other sentence's list is complete.
        self._pron_scan: tuple[int, Iterator[re.Match[str]]] | None = None
        self._speakers: dict[int, set[int]] = {}
        self._speaker_at: dict[int, Tok | None] = {}  # speaker_before() of the sentence being read
        self.carry_date: tuple[dt.date, str] | None = None
        self.place_end = 0
        # views of the sentence being read, set by sentence()
        self.ck: dict[str, list[Cue]] = defaultdict(list)
        self.actor_toks: list[Tok] = []
        self.question = False
        self.denied_here = False
        self.suppressed_here = False
        self.denied_events: list[Event] = []
        self.sentence_anchors: list[Anchor] = []
        self.puncts: list[int] = []      # offsets of , ; : . ( )
        self.ascii = False               # whether the text is ASCII (faster patterns), set by scan()
        self.brk_starts: list[int] = []  # spans of the clause breaks (_CLAUSE_BREAK), in order
        self.brk_ends: list[int] = []

    # -- scanning -------------------------------------------------------------------------------

    def scan(self) -> None:
        g = self.g
        text, aid, mentions = self.text, self.aid, self.mentions
        toks: list[Tok] = g.scan(text, self.folded)
        numbered = g.numbered_places()
        inside: set[int] = set()  # offsets of numbered places ("Tower 22") and dates, below
        for start, end, key, p, a, w in toks:
            if p is not None or a is not None or w is not None:
                surface = text[start:end]
                # rows in the column order of the mentions table
                if p is not None:
                    mentions.append((aid, "place", p.name, surface, start, end))
                    if key in numbered:
                        inside.update(range(start, end))
                if a is not None:
                    mentions.append((aid, "actor", a.name, surface, start, end))
                if w is not None:
                    mentions.append((aid, "weapon", w.weapon, surface, start, end))
        kinds = cue_kinds()
        cues = []
        padded = " " + self.folded  # the scans below start at the character before a word
        self.ascii = padded.isascii()
        for m in cue_scan_pattern(self.ascii).finditer(padded):
            # the match is the character before the cue and the cue (group 1): in the text
            # without the padding space the cue starts at m.start()
            phrase = m[1]
            start = m.start()
            end = start + len(phrase)
            kind = kinds.get(phrase)
            if kind is None:
                phrase = cue_key(phrase)
                kind = kinds[phrase]
            cues.append(_NEW(Cue, (start, end, kind, phrase)))
        # Clause breaks (_CLAUSE_BREAK) and punctuation marks (, ; : . ( )), for brk(),
        # last_break() and np_left(), found with str.find (offsets()): several times faster
        # than a character-class pattern.  A spaced dash: a dash with white space (\s is
        # str.isspace()) on both sides; its break starts at the space before it.
        f = self.folded
        bs = offsets(f, ";:()")
        self.puncts = sorted(bs + offsets(f, ",."))
        dashes = [i - 1 for i in offsets(f, "-\u2013") if f[i - 1:i].isspace() and f[i + 1:i + 2].isspace()]
        if dashes:
            bs = sorted(bs + dashes)
        self.brk_starts = bs
        self.brk_ends = [i + 1 if f[i] in ";:()" else i + 3 for i in bs]
        # Bucket everything by sentence (an offset in a gap goes to the sentence
        # before it, or to the first): slices of items sorted by start.
        bounds = [s.start for s in self.sentences[1:]]

        def bucket(items: list) -> list[list]:
            if not bounds:
                return [items] if self.sentences else []
            # one bisection per sentence start, from the previous cut (starts increase)
            out = []
            lo = 0
            for b in bounds:
                hi = bisect_left(items, b, lo, key=_START)
                out.append(items[lo:hi])
                lo = hi
            out.append(items[lo:])
            return out

        self.s_toks: list[list[Tok]] = bucket(toks)
        self.s_cues: list[list[Cue]] = bucket(cues)
        ds = scan_dates(padded, self.pub)
        self.s_dates: list[list[DateExpr]] = bucket(ds)
        for d in ds:
            if d.kind in ("absolute", "month", "year"):
                inside.update(range(d.start, d.end))
        # "Tower 22", "Oct. 17" are not counts
        self.s_nums: list[list[Number]] = bucket([x for x in scan_numbers(padded) if x.num_start not in inside])

    def brk(self, lo: int, hi: int) -> bool:
        """Whether a clause break (_CLAUSE_BREAK) lies wholly inside ``folded[lo:hi]``."""
        bs, be = self.brk_starts, self.brk_ends
        i = bisect_left(bs, lo)
        while i < len(bs) and bs[i] < hi:
            if be[i] <= hi:
                return True
            i += 1
        return False

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

    # -- per sentence ---------------------------------------------------------------------------

    def run(self) -> None:
        self.scan()
        for s in self.sentences:
            toks, cues = self.s_toks[s.idx], self.s_cues[s.idx]
            # read a sentence with a weapon word or a cue of _READ_KINDS, or the one after a
            # deployment ("It also has roughly 900 in Syria."); plain loops: in the hottest
            # loop of the extractor a generator per sentence costs more than the test
            interesting = s.idx - self.last_deploy_sentence == 1
            if not interesting:
                for t in toks:
                    if t.weapon_term is not None:
                        interesting = True
                        break
                else:
                    for c in cues:
                        if c.kind in _READ_KINDS:
                            interesting = True
                            break
            if interesting:
                self.sentence(s, toks, cues)
            for t in toks:
                if t.actor is not None and t.actor.kind in ("armed group", "umbrella group"):
                    self.last_group_actor = t.actor

    def sentence(self, s: Sentence, toks: list[Tok], cues: list[Cue]) -> None:
        self._speaker_at = {}
        ck: dict[str, list[Cue]] = defaultdict(list)
        for c in cues:
            ck[c.kind].append(c)
        self.ck = ck
        # (most sentences hold no "?" at all: that test first, without a slice)
        self.question = self.text.find("?", s.start, s.end) >= 0 and \
            self.text[s.start:s.end].rstrip("\"' )").endswith("?")
        self.actor_toks = [t for t in toks if t.actor is not None]
        nums = self.s_nums[s.idx]
        dexprs = self.s_dates[s.idx]
        anchors = self.find_anchors(s, toks, cues, nums)
        anchors.sort(key=_START)
        for i, a in enumerate(anchors):
            a.seg_start = anchors[i - 1].end if i else s.start
            a.seg_end = anchors[i + 1].left if i + 1 < len(anchors) else s.end
        used_nums: set[int] = set()
        self.tallies_in(s, toks, cues, nums, dexprs, anchors, used_nums)
        live: list[Anchor] = []    # (one plain loop: most sentences have 0-2 anchors)
        denied: list[Anchor] = []
        for a in anchors:
            if a.suppressed is None:
                live.append(a)
            elif a.suppressed in ("denied", "negated"):
                denied.append(a)
        self.denied_here = bool(denied)
        self.suppressed_here = len(live) < len(anchors)  # a claim about a tally or a trend
        self.denied_events = []
        for a in denied:  # "there had been no attack on al-Shaddadi": the claimed attack is denied
            self.frame(s, a, toks, cues, nums, dexprs, anchors)
            for p in a.sites:
                self.denied_events += [e for e in self.events if e.site == p]
        for a in live:
            self.frame(s, a, toks, cues, nums, dexprs, anchors)
        if self.last_events and s.idx - self.last_event_sentence == 1 and \
                any(c.start < s.start + 40 and "before" not in c.text and "earlier" not in c.text
                    for c in ck["hours"]):  # "Hours later, ..." opens the sentence
            prev = {(e.date, e.precision) for e in self.last_events if e.date is not None}
            if len(prev) == 1:
                self.carry_date = prev.pop()
        if len(dexprs) == 1:
            d = dexprs[0]
            for a in live:
                if a.date is None and a.end <= d.start and not _SEQUENCE.search(self.folded, a.end, d.start):
                    a.date = d  # "a drone attack on X and a rocket attack on Y on Thursday"
        self.sentence_anchors = live
        for a in live:
            self.resolve(s, a)
        if ck["hours"]:
            evs = [e for a in live for e in a.events]
            known = {(e.date, e.precision) for e in evs if e.date is not None}
            if len(known) == 1:
                day, prec = known.pop()
                for e in evs:
                    if e.date is None:
                        e.date, e.precision = day, prec
        if self.carry_date is not None:
            for a in live:
                for e in a.events:
                    if e.date is None:
                        e.date, e.precision = self.carry_date
            self.carry_date = None
        self.casualties_in(s, toks, cues, nums, live, used_nums)
        self.claims_in(s, toks, cues, live)
        self.deployments_in(s, toks, cues, nums, used_nums)
        evs = [e for a in live for e in a.events] if live else []
        if evs:
            self.last_events = list(dict.fromkeys(evs))
            self.last_event_sentence = s.idx
            sites = [e.site for e in self.last_events if e.site is not None]
            if sites:
                self.last_site = sites[-1]

    # -- anchors --------------------------------------------------------------------------------

    def find_anchors(self, s: Sentence, toks: list[Tok], cues: list[Cue], nums: list[Number]) -> list[Anchor]:
        f = self.folded
        anchors: list[Anchor] = []
        wtoks = [(i, t) for i, t in enumerate(toks) if t.weapon_term is not None]
        ck = self.ck
        if not wtoks and not ck["attack_v"] and not ck["under_attack"] and not ck["kill"]:
            return anchors  # no weapon word, attack verb or killing: no anchor (a quick exit)
        used: set[int] = set()
        used_verbs: set[int] = set()
        # (a) attack noun phrases, with the munitions before them
        for i, t in wtoks:
            if t.weapon_term.role not in ("attack", "generic"):
                continue
            left = t.start
            munitions: list[Tok] = []
            j = i - 1
            while j >= 0 and toks[j].weapon_term is not None and toks[j].weapon_term.role == "munition" \
                    and _MUNITION_JOIN.fullmatch(f, toks[j].end, left):
                munitions.insert(0, toks[j])
                used.add(j)
                left = toks[j].start
                j -= 1
            weapon = munitions[0].weapon_term.weapon if munitions else t.weapon_term.weapon
            a = Anchor(left, t.end, "np", "attack-noun", weapon=weapon, left=left,
                       plural=t.key.endswith("s") and not t.key.endswith("ss"))
            if munitions:
                a.rule = "munition-attack-noun"
            self.np_left(s, a, toks, nums)
            used.add(i)
            anchors.append(a)
        # (b) munitions with an attack or launch verb
        # The verb cues in text order.  Cues are made in text order (one finditer() in scan(),
        # which bucket() relies on too), so the cues of one kind need no sort; they are only
        # read below, so they need no copy either.
        verb_cues = ck["attack_v"]
        if ck["launch_v"] or ck["under_attack"]:
            verb_cues = sorted(verb_cues + ck["launch_v"] + ck["under_attack"], key=_START)
        for i, t in wtoks:
            if not verb_cues:
                break  # a munition is an anchor only with a verb cue near it
            if i in used or t.weapon_term.role != "munition":
                continue
            after = [c for c in verb_cues if 0 <= c.start - t.end <= 45 and not self.brk(t.end, c.start)]
            before = [c for c in verb_cues if (c.kind == "launch_v" or c.text in _OBJECT_VERBS)
                      and 0 <= t.start - c.end <= 30 and not self.brk(c.end, t.start)]
            if not after and not before:
                continue
            # A munition right after an attack noun phrase belongs to it ("attack with drones",
            # "The strikes, which used long-range B-1 bombers, hit ...").
            if any(0 <= t.start - a.end <= 12 or (0 <= t.start - a.end <= 40 and
                                                  _RELATIVE_USE.search(f, a.end, t.start)) for a in anchors):
                continue
            a = Anchor(t.start, t.end, "munition", "munition-verb", weapon=t.weapon_term.weapon,
                       count=1, left=t.start, plural=False)
            if before and _PASSIVE.search(f, max(s.start, before[0].start - 30), before[0].start):
                a.passive = True  # "the base was struck by rockets"
            self.np_left(s, a, toks, nums, count=False)
            for c in after + before:
                used_verbs.add(id(c))
            anchors.append(a)
            used.add(i)
        # (c) attack verbs with a subject
        nps = list(anchors)
        for c in verb_cues:
            if c.kind not in ("attack_v", "under_attack") or c.text in _OBJECT_VERBS or id(c) in used_verbs:
                continue
            # the verb of a noun phrase or munition before it ("attacks also hit", "drones targeted");
            # with an actor between, the actor is the subject ("In a separate strike, US forces hit")
            host = next((a for a in nps if 0 <= c.start - a.end <= 40 and not self.brk(a.end, c.start)), None)
            if host is not None:
                between = [t for t in self.actor_toks if host.end <= t.start and t.end <= c.start]
                if not between and c.start - host.end <= 30:
                    continue
                if between and host.perp is None:
                    assert between[-1].actor is not None  # self.actor_toks hold actors only
                    host.perp = self.military_of(between[-1].actor)
                    continue
            if any(a.start <= c.start < a.end for a in anchors):
                continue
            passive = c.kind == "under_attack" or bool(_PASSIVE.search(f, max(s.start, c.start - 30), c.start))
            lo = max(s.start, c.start - 60)
            lo = self.last_break(lo, c.start, lo)
            subj = [t for t in toks if lo <= t.start and t.end <= c.start and (t.actor or t.place)]
            if passive:  # the subject of a passive verb stands right before it
                subj = [t for t in subj if c.start - t.end <= 40 and not _COMMA.search(f, t.end, c.start)]
            a = Anchor(c.start, c.end, "verb", "attack-verb", left=c.start, passive=passive, count=1)
            said = _SAID_IT.search(f, s.start, c.start) if not passive else None
            if said is not None:
                spk = self.speaker_before(said.start())
                author = spk.actor if spk is not None else (
                    self.last_group_actor if self.pronoun_subject(s, said.start()) else None)
                if author is not None:
                    a.rule, a.perp = "speaker-said-it-attacked", self.military_of(author)
                    anchors.append(a)
                    continue
            # (the tests below are pure: each is made only where the rules before it fail)
            if passive and (subj or any(t.place is not None and t.place.is_site and 0 <= t.start - c.end <= 60
                                        and not self.brk(c.end, t.start) for t in toks)):  # a site after
                a.rule = "passive-attack-verb"
            elif subj and subj[-1].actor is not None and not passive:
                a.rule = "actor-attack-verb"
            elif self.pronoun_subject(s, c.start) in ("it", "they"):
                a.rule, a.anaphoric = "pronoun-attack-verb", True
            else:
                continue
            anchors.append(a)
        after_verbs = len(anchors)  # (the anchors (c) made, all of kind "verb", end here)
        # (d) killings by a named actor: "Hamas operatives killed about 1,200 people"
        for c in ck["kill"]:
            if c.text not in ("killed", "killing", "kills"):
                continue
            if any(0 <= c.start - a.end <= 60 for a in anchors):
                continue
            if _PASSIVE.search(f, max(s.start, c.start - 30), c.start):
                continue
            subj = [t for t in self.actor_toks if 0 <= c.start - t.end <= 35
                    and not _COMMA.search(f, t.end, c.start)]
            obj = [n for n in nums if 0 <= n.start - c.end <= 3 and not n.ordinal]
            if not subj or not obj:
                continue
            assert subj[-1].actor is not None  # self.actor_toks hold actors only
            a = Anchor(subj[-1].start, c.end, "kill", "actor-killed-number", left=subj[-1].start,
                       count=1, perp=self.military_of(subj[-1].actor))
            inst = [t for t in toks if t.weapon_term is not None and 0 <= c.start - t.end <= 60
                    and not self.brk(t.end, c.start)]
            if inst:  # "An IED planted by Islamic State militants killed two soldiers"
                a.weapon = inst[-1].weapon_term.weapon
                a.left = a.start = min(a.start, inst[-1].start)
            anchors.append(a)
        # an attack noun inside "came under attack" is that verb's; a weapon after "with/from/by"
        # is the instrument of the verb before it ("hit Ain al-Asad with a swarm of drones")
        verbs = anchors[len(nps):after_verbs]  # the verb anchors: those of (c), in order
        drop: set[int] = set()
        for v in verbs:
            for i, a in enumerate(anchors):
                if a.kind in ("np", "munition") and v.start <= a.start and a.end <= v.end:
                    drop.add(i)  # "came under rocket fire": the verb takes the noun's weapon
                    if v.weapon == "unknown":
                        v.weapon = a.weapon
            nxt = min([a.left for a in anchors if a.left > v.end and a.kind == "verb"] + [s.end])
            for t in toks:
                if t.weapon_term is None or not (v.end <= t.start < nxt):
                    continue
                if self.brk(v.end, t.start) or not _INSTRUMENT.search(f, max(v.end, t.start - 45), t.start):
                    continue
                if v.weapon == "unknown" and t.weapon_term.weapon != "unknown":
                    v.weapon = t.weapon_term.weapon
                for i, a in enumerate(anchors):
                    if a.kind in ("np", "munition") and a.start <= t.start < a.end:
                        drop.add(i)
                break
        for i, mu in enumerate(anchors):  # "its drones hit their targets in two attacks, one on ..."
            if mu.kind == "munition" and i not in drop:
                for n in anchors:
                    if n.kind == "np" and n.left > mu.end and n.count and n.count > 1 and \
                            _IN_NP.search(f, max(mu.end, n.left - 30), n.left) and \
                            not self.brk(mu.end, n.left):
                        if n.weapon == "unknown":
                            n.weapon = mu.weapon
                        drop.add(i)
                        break
        if drop:
            anchors = [a for i, a in enumerate(anchors) if i not in drop]
        if not anchors:
            return anchors  # (nothing below reads or sets anything else)
        # suppression: trends, threats, hypotheticals, negations, photo captions
        suppressors = [c for c in cues if c.kind in _SUPPRESSORS]  # the only cues suppression() reads
        if suppressors or self.question:  # (else suppression() returns None, as set already)
            for a in anchors:
                a.suppressed = self.suppression(s, a, suppressors)
        # denials that an attack happened: "denied that any attack took place",
        # "denied reports that a drone had struck", "reports of an attack ... were false"
        false_after = ck["false"]
        for d in ck["deny"]:
            if _DENY_COMPLEMENT.match(f, d.end):
                for a in anchors:
                    if a.left >= d.end and not self.brk(d.end, a.left) and \
                            not _INVOLVEMENT.search(f, d.end, a.left):  # "denied taking part in the attack"
                        a.suppressed = "denied"
        if false_after:
            for a in anchors:
                if _REPORTS_OF.search(f, max(s.start, a.left - 40), a.left) and \
                        any(c.start > a.end for c in false_after):
                    a.suppressed = "denied"
        return anchors

    def np_left(self, s: Sentence, a: Anchor, toks: list[Tok], nums: list[Number], count: bool = True) -> None:
        """Read determiner, count and actor modifier in the words before a noun phrase."""
        f = self.folded
        left = a.left
        lo = max(s.start, left - 45)
        i = bisect_left(self.puncts, left) - 1
        if i >= 0 and self.puncts[i] >= lo:
            lo = self.puncts[i] + 1  # after the last punctuation mark
        if f.find("milit", lo, left) >= 0 and _MILITIA.search(f, lo, left):
            a.side_hint = "iran-aligned"
        a.definite = bool(_DET.search(f, lo, left)) and not _INDEF.search(f, max(lo, left - 25), left)
        # "Sunday's attack", "the attacks": definite; "a", "two": indefinite
        # (in the loops below the pure tests come cheapest first: most names and numbers
        # of the sentence lie outside the window lo:left)
        if count:
            for n in nums:
                if lo <= n.start and n.end <= left and not n.ordinal and _NP_GAP.fullmatch(f, n.end, left):
                    a.count = n.value
                    a.plural = a.plural or n.value > 1
        # an actor right before the noun: "a US air strike", "Kataib Hezbollah's drone attack"
        mod = None  # the last such actor
        for t in self.actor_toks:
            if lo <= t.start and t.end <= left and _MOD_GAP.fullmatch(f, t.end, left):
                mod = t
        if mod is not None:
            assert mod.actor is not None  # self.actor_toks hold actors only
            a.perp = self.military_of(mod.actor)
        # sites right before the noun: "the Tower 22 attack"
        for t in toks:
            if lo <= t.start and t.end <= left and t.place is not None and t.place.is_site and \
                    _PLACE_MOD_GAP.fullmatch(f, t.end, left):
                a.sites.append(t.place)
        if a.kind == "np" and a.count is None and not a.plural:
            a.count = 1

    def suppression(self, s: Sentence, a: Anchor, cues: list[Cue]) -> str | None:
        f = self.folded
        if self.question:
            return "question"
        for c in cues:
            if c.kind not in _SUPPRESSORS:
                continue
            if c.kind == "photo":
                return "photo caption"
            if c.kind in ("trend", "hypo") and c.start < a.end and c.end > a.left:
                return "trend" if c.kind == "trend" else "hypothetical"
            if c.start >= a.end:
                # "Any drone launched at the base would be intercepted"; "Attacks ... have increased"
                if c.start - a.end <= 80 and not self.brk(a.end, c.start) and not \
                        _COMMA.search(f, a.end, c.start):
                    if c.kind == "trend" and c.text in TREND_PREDICATES:
                        return "trend"
                    if c.kind == "hypo" and c.text in _MODALS and c.start - a.end <= 45:
                        return "hypothetical"
                continue
            gap = a.left - c.end
            if c.start >= a.left and c.end <= a.end and c.kind in ("trend",):
                return "trend"
            if c.end > a.left:
                continue
            if self.brk(c.end, a.left):
                continue
            if c.kind == "trend" and gap <= 35:
                return "trend"
            if c.kind == "threat" and gap <= 70:
                return "threat"
            if c.kind == "hypo" and (_NP_GAP.fullmatch(f, c.end, a.left) if c.text in _QUANTIFIERS
                                     else gap <= 40):
                return "hypothetical"  # "could strike"; "any attack" but not "any role in the attack"
            if c.kind == "neg" and gap <= 14:
                return "negated"
        return None

    def speaker_before(self, pos: int) -> Tok | None:
        """The actor that speaks the verb at *pos*: the nearest actor before it, if close.

        With an appositive between ("Kataib Hezbollah, fighting under the banner of the
        Islamic Resistance in Iraq, claimed ...") the speaker is the actor before it.
        Cached for the sentence being read (frames, claims and speakers ask for the same verbs).
        """
        known = self._speaker_at
        if pos in known:
            return known[pos]
        t = known[pos] = self._speaker_before(pos)
        return t

    def _speaker_before(self, pos: int) -> Tok | None:
        actors = self.actor_toks  # the actor names of the sentence being read
        f = self.folded
        for t in actors:
            # an appositive starts with its comma: test that before the pattern
            if t.end < pos and pos - t.end <= 120 and f[t.end] == "," and _APPOSITIVE.fullmatch(f, t.end, pos):
                return t
        for t in reversed(actors):
            if t.end > pos:
                continue
            if pos - t.end <= 70 and _SPEAKER_GAP.fullmatch(f, t.end, pos):
                return t
            # "Pentagon press secretary Maj. Gen. Pat Ryder said", "spokesman John Kirby said"
            if pos - t.end <= 60 and _TITLE_GAP.fullmatch(self.text, t.end, pos):
                return t
            return None
        return None

    def speaker_after(self, toks: list[Tok], c: Cue) -> Tok | None:
        """"said the Pentagon", "according to CENTCOM"."""
        if c.text not in ("said", "says", "according to", "told", "added", "reported"):
            return None
        f = self.folded
        lo = c.end
        hi = lo + 6
        found = None
        # The first fitting name starting 0-6 characters after the verb.  The sentence's toks
        # are in text order and speech verbs stand late in a sentence more often than early:
        # read from the end, keep the last fit seen, stop before the verb.
        for t in reversed(toks):
            if t.start > hi:
                continue
            if t.start < lo:
                break
            if t.actor is not None and _AFTER_VERB.fullmatch(f, lo, t.start):
                # "..., said the Pentagon." but not "CENTCOM said US forces struck"
                if c.text == "according to" or _SPEAKER_END.match(f, t.end):
                    found = t
        return found

    def pronoun_subject(self, s: Sentence, pos: int) -> str | None:
        """The pronoun that is the subject of the clause holding *pos* ("It", "The group", "he")."""
        found = self._pronouns.get(s.idx)
        scan = self._pron_scan
        if found is None:  # once per sentence: every clause start with a pronoun subject
            if scan is not None:  # complete the open scan of another sentence first
                _read_clause_pronouns(self._pronouns[scan[0]], scan[1], None)
            f = self.folded
            found = []
            m = pronoun_pattern().match(f, s.start, s.end)
            if m is not None:
                found.append((s.start, m.end(), m.group("pron")))
            self._pronouns[s.idx] = found
            # the clause starts after it, each with the pronoun that opens its clause if any
            scan = self._pron_scan = (s.idx, clause_pronoun_pattern(self.ascii).finditer(f, s.start, s.end))
        if scan is not None and scan[0] == s.idx:
            # Read the clause starts only as far as *pos* needs (a lazy scan; the list is
            # the same prefix of the full one).  A pronoun after a clause start at or after
            # *pos* ends after *pos*, so it cannot be the answer: reading stops at the first one.
            if _read_clause_pronouns(found, scan[1], pos):
                self._pron_scan = None
        for p, end, pron in reversed(found):
            if end <= pos:
                return pron
        return None

    def military_of(self, actor: Actor) -> Actor:
        """A state as the author of an attack means its military ("US air strike")."""
        if actor.kind == "state":
            return self.g.military(actor.name) or actor
        return actor

    # -- frames ---------------------------------------------------------------------------------

    def frame(self, s: Sentence, a: Anchor, toks: list[Tok], cues: list[Cue], nums: list[Number],
              dexprs: list[DateExpr], anchors: list[Anchor]) -> None:
        f = self.folded
        # The forward segment ends at the next anchor, or at a speech verb that reports it.
        fwd_end = a.seg_end
        for c in cues:
            if c.kind in ("say", "claim", "confirm", "deny", "ack") and a.end <= c.start < fwd_end:
                # the speaker's name before the verb is not an object either
                spk = self.speaker_before(c.start)
                fwd_end = spk.start if spk is not None and spk.start >= a.end else c.start
                break
        # one plain loop for both lists (two comprehensions cost more on a handful of names)
        fwd: list[Tok] = []
        back: list[Tok] = []
        a_end, a_left, seg_start = a.end, a.left, a.seg_start
        for t in toks:
            if a_end <= t.start and t.end <= fwd_end:
                fwd.append(t)
            if seg_start <= t.start and t.end <= a_left:
                back.append(t)
        # places
        cands: list[tuple[Tok, bool]] = []
        for t in fwd:
            if t.place is None:
                continue
            lo = max(s.start, t.start - 25)
            if (f.find("from", lo, t.start) >= 0 or f.find("toward", lo, t.start) >= 0) and \
                    _FROM.search(f, lo, t.start):
                continue
            site_obj = f.endswith(_SITE_PREPS, lo, t.start - 1) and bool(_SITE_BEFORE.search(f, lo, t.start))
            cands.append((t, site_obj))
        if a.passive or a.anaphoric or (not cands and a.kind != "kill"):
            for t in back:
                if t.place is not None and (a.passive or a.anaphoric or (
                        # "In Syria, a drone attack ...", not a place several clauses back
                        _LOC_PREP.search(f, max(a.seg_start, t.start - 40), t.start)
                        and (a.left - t.end <= 40 or not _COMMA.search(f, t.end, a.left)))):
                    cands.append((t, False))
        if a.anaphoric:
            for t in toks:
                if t.place is not None and t not in [c[0] for c in cands]:
                    cands.append((t, False))
        # "Jurf al-Nasr, south of Baghdad": a compass locator is no site
        # (a plain loop; _ADJECTIVE_AFTER needs a "-" right after the name, tested first)
        placed: list[tuple[Tok, bool]] = []
        for t, so in cands:
            if f.startswith("-", t.end) and _ADJECTIVE_AFTER.match(f, t.end):
                continue  # "Iran-linked sites" is no place
            if f.endswith(("of", "from"), max(0, t.start - 6), t.start - 1) and \
                    _COMPASS_OF.search(f, max(s.start, t.start - 25), t.start):
                continue
            placed.append((t, so))
        cands = placed
        sites = list(a.sites)
        spans: dict[str, tuple[int, int]] = {}
        areas: list[tuple[Tok, bool]] = []  # the candidates that are no sites, read below
        for t, so in cands:
            assert t.place is not None  # cands hold places only
            if not t.place.is_site:
                areas.append((t, so))
            elif t.place not in sites:
                sites.append(t.place)
                spans[t.place.name] = (t.start, t.end)
        # a city or province that only locates a site ("Harir airport in the city of Erbil",
        # "Baghdad's Mashtal district") is not a site of its own; "al-Shaddadi and Rumalyn" are two
        kept = []
        for p in sites:
            # plain loops; only a ranked place with an admin1 can be a locator (its q must
            # share that admin1, so q.admin1 == p.admin1 is truthy exactly when p.admin1 is)
            rank = _SPECIFIC.get(p.kind, 4)
            if rank < 4 and p.admin1:
                for q in sites:
                    if q is not p and _SPECIFIC.get(q.kind, 4) > rank and q.admin1 == p.admin1 \
                            and self.locates(spans.get(p.name), spans.get(q.name)):
                        break  # p locates q
                else:
                    kept.append(p)
            else:
                kept.append(p)
        a.sites = kept
        covered: set[str | None] = set()  # (a loop: a comprehension costs more on 0-2 sites)
        for p in kept:
            covered.add(p.country)
        for t, site_obj in areas:
            assert t.place is not None  # cands hold places only
            p = t.place
            if p.kind == "admin1":
                country = p.country
                if not kept and a.admin1 is None:
                    a.admin1 = p.admin1
            else:
                country = p.country or p.name
            if country is None or country in covered:
                continue
            if site_obj and kept:
                a.site_countries.append(country)
                covered.add(country)
            elif country not in a.countries:
                a.countries.append(country)
        # target: an actor after "on/against/at"; the subject of a passive verb
        for t in fwd:
            if t.actor is not None and _PREP_TARGET.search(f, max(a.end, t.start - 30), t.start):
                a.target = t.actor.name
                break
        if a.target is None and a.passive:
            for t in reversed(back):  # the last actor before the anchor
                if t.actor is not None:
                    a.target = t.actor.name
                    break
        if a.kind == "kill":
            m = _VICTIM.match(f, a.end, fwd_end)
            seg = f[a.end:fwd_end]
            a.target = "civilians" if _CIVILIAN.search(seg) else (m.group("noun") if m else None)
        # perpetrator: a modifier, else the subject before the anchor, else "by ACTOR"
        if a.perp is None and a.kind != "kill":
            # The filters below are pure tests of each name, so they are applied cheapest
            # first, and not at all for a passive verb (whose subject is no perpetrator).
            subj: list[Tok] = []
            if not a.passive:
                clause: int | None = None  # the start of the subject's clause, found for the first actor
                acts: int | None = None
                for t in back:
                    if t.actor is None or t.actor.kind == "monitor":
                        continue
                    if clause is None:
                        clause = self.last_break(seg_start, a_left, seg_start)
                        if a.kind in ("np", "munition"):
                            # the subject of a noun phrase must act on it: "militias launched
                            # two attacks", i.e. end before the start of an "agent"/"launch_v"
                            # cue that ends before the noun phrase; any such cue will do, so
                            # the latest start among them decides (-1: there is none)
                            acts = -1
                            for k in cues:
                                if (k.kind == "agent" or k.kind == "launch_v") and k.end <= a_left \
                                        and k.start > acts:
                                    acts = k.start
                    if t.start < clause or (acts is not None and t.end > acts):
                        continue
                    plo = max(s.start, t.start - 30)
                    if not _PREP_BEFORE.search(f, plo, t.start) or _MEMBERS_OF.search(f, plo, t.start):
                        subj.append(t)
                if subj:
                    speakers = self.speaker_toks(s, toks, cues)
                    subj = [t for t in subj if t.start not in speakers]
            if subj and (a.kind != "verb" or not a.passive):
                assert subj[-1].actor is not None  # subj holds actors only
                a.perp = subj[0].actor if a.kind == "np" and len(subj) > 1 and \
                    subj[-1].actor.kind == "state" else subj[-1].actor
                assert a.perp is not None
                if a.perp.side in ("us-led", "israel"):
                    a.perp = self.military_of(a.perp)  # "The United States struck ..." -> US military
                if a.target == a.perp.name:
                    a.perp = None
            if a.perp is None and a.kind in ("np", "munition"):
                m = None
                # (a match holds "it", "its" or "they": a quick test first)
                if f.find("it", seg_start, a_left) >= 0 or f.find("they", seg_start, a_left) >= 0:
                    for m in _SAID_IT_AGENT.finditer(f, seg_start, a_left):
                        pass
                if m is not None:
                    spk = self.speaker_before(m.start("say"))
                    author = spk.actor if spk is not None else (
                        self.last_group_actor if self.pronoun_subject(s, m.start("say")) else None)
                    if author is not None:
                        a.perp = self.military_of(author)
            if a.perp is None:
                for c in self.ck.get("blame", ()):  # (the sentence's "blame" cues, in text order)
                    if c.end <= a.left:
                        blamed = next((t for t in toks if t.actor is not None and 0 <= t.start - c.end <= 5), None)
                        if blamed is not None:
                            assert blamed.actor is not None
                            a.perp = self.military_of(blamed.actor)
            if a.perp is None:
                for t in fwd:
                    if t.actor is not None and _BY.search(f, max(a.end, t.start - 6), t.start):
                        a.perp = self.military_of(t.actor)
                        break
        # weapon of a verb anchor: a munition in its segment ("was hit by rockets")
        if a.kind == "verb" and a.weapon == "unknown":
            for t in fwd + back:
                if t.weapon_term is not None and t.weapon_term.weapon != "unknown":
                    a.weapon = t.weapon_term.weapon
                    break
        # "struck three sites": one strike wave, count 3; "targeted two US bases": two attacks
        if a.kind in ("verb", "munition"):
            for n in nums:
                if a.end <= n.start <= a.end + 12 and not n.ordinal and _TARGET_COUNT.match(f, n.end):
                    a.count = n.value
        # A strike by a state's forces with no weapon named is an air strike in this conflict
        # ("US strikes hit ...", "a US strike on Jurf al-Sakhar").
        if a.weapon == "unknown" and a.kind == "np" and a.perp is not None and \
                a.perp.side in ("us-led", "israel") and _STRIKE_NOUN.search(f, a.start, a.end):
            a.weapon = "air strike"
        # "attacked four times", "drones attacked Harir twice"
        if a.kind in ("verb", "munition"):
            for n in nums:
                if a.end <= n.start <= min(fwd_end, a.end + 45) and (
                        _TIMES_AFTER.match(f, n.end) or f[n.num_start:n.end] in ("twice", "once")):
                    a.count = n.value
                    break
        # date: in the forward segment, else before the noun, else the sentence's only date
        # (most sentences have none: then nothing below can set one)
        if not dexprs:
            return
        own = [d for d in dexprs if a.end <= d.start and d.end <= fwd_end]
        if not own:  # a date before the noun, unless an earlier anchor of the sentence took it
            own = [d for d in dexprs if a.seg_start <= d.start and d.end <= a.left + 2
                   and not any(b is not a and b.date is d for b in anchors)]
        if not own:
            free = [d for d in dexprs if not any(b is not a and b.seg_start <= d.start < b.seg_end for b in anchors)]
            if len(free) == 1:
                own = free
        for d in own:  # the first date that is not a tally's start or the date of a statement
            if (d.kind != "year" or d.precision == "year") \
                    and not _SINCE_BEFORE.search(f, max(s.start, d.start - 7), d.start) \
                    and not (_SAID_ON_DATE.search(f, max(s.start, d.start - 25), d.start)
                             and not f.startswith("'s", d.end)):
                a.date = d
                break

    def locates(self, p: tuple[int, int] | None, q: tuple[int, int] | None) -> bool:
        """Whether the place at span *p* stands next to the site at *q* as its locator
        (not coordinated with it by "and")."""
        if p is None or q is None:
            return True  # a site from the noun phrase itself: keep the old reading
        lo, hi = (q[1], p[0]) if q[1] <= p[0] else (p[1], q[0])
        return hi - lo <= 45 and not _COORDINATED.search(self.folded, lo, hi)

    def speaker_toks(self, s: Sentence, toks: list[Tok], cues: list[Cue]) -> set[int]:
        """Starts of actor names that are speakers (an actor right before a speech verb),
        worked out once per sentence."""
        got = self._speakers.get(s.idx)
        if got is not None:
            return got
        out: set[int] = set()
        self._speakers[s.idx] = out
        for c in cues:
            if c.kind not in ("say", "claim", "confirm", "deny", "ack", "threat"):
                continue
            t = self.speaker_before(c.start)
            if t is not None:
                out.add(t.start)
            t = self.speaker_after(toks, c)
            if t is not None:
                out.add(t.start)
        return out

    # -- coreference ----------------------------------------------------------------------------

    def compatible(self, e: Event, a: Anchor, site: Place | None = None) -> bool:
        if a.weapon != "unknown" and e.weapon != "unknown" and a.weapon != e.weapon and \
                {a.weapon, e.weapon} != {"missile", "ballistic missile"}:
            return False
        if a.perp is not None and e.perp is not None and a.perp.side != e.perp.side:
            return False
        if a.side_hint is not None and e.perp is not None and e.perp.side != a.side_hint:
            return False
        if a.date is not None and a.date.date is not None and e.date is not None and \
                a.date.precision == "day" and e.precision == "day" and a.date.date != e.date:
            return False
        if site is not None:
            if e.site is not None and e.site != site:
                return False
            if e.country is not None and site.country is not None and e.country != site.country:
                return False
        else:  # every country and site of the anchor must be the event's, if it has one
            if e.country is not None:
                for c in a.countries:
                    if c != e.country:
                        return False
            if e.site is not None:
                for p in a.sites:
                    if p != e.site:
                        return False
        return True

    def new_event(self, s: Sentence, a: Anchor, group: int, site: Place | None, country: str | None) -> Event:
        e = Event(idx=len(self.events), group=group, count=a.count, start=a.start, end=a.end,
                  sentence=s.idx, rule=a.rule)
        self.events.append(e)
        self.fill(e, a, site, country)
        return e

    def fill(self, e: Event, a: Anchor, site: Place | None, country: str | None) -> None:
        if e.weapon == "unknown":
            e.weapon = a.weapon
        if a.perp is not None and (e.perp is None or e.perp.kind == "generic" or a.perp.parent == e.perp.name):
            e.perp = a.perp
        if e.target is None and a.target is not None:
            e.target = a.target
        if site is not None and e.site is None:
            e.site = site
        if e.site is not None:
            e.country = e.site.country
            e.admin1 = e.site.admin1
        elif country is not None and e.country is None:
            e.country = country
        if e.site is None and a.admin1 is not None and e.admin1 is None:
            e.admin1 = a.admin1
        if a.date is not None and a.date.date is not None and (
                e.date is None or (e.precision != "day" and a.date.precision == "day")):
            e.date, e.precision = a.date.date, a.date.precision

    def resolve(self, s: Sentence, a: Anchor) -> None:
        definite = a.definite or a.anaphoric
        self.n_groups += 1
        group = self.n_groups
        e: Event | None
        if a.sites:  # the objects (sites, then countries of site objects) matter only with sites
            objects: list[tuple[Place | None, str | None]] = [(p, p.country) for p in a.sites]
            for sc in a.site_countries:
                objects.append((None, sc))
            if definite and a.plural and len(objects) > 1:
                evs = self.find_group_sites(a, objects)
                if evs:
                    for e, (site, country) in zip(evs, objects):
                        self.fill(e, a, site, country)
                    a.events.extend(evs)
                    return
            for site, country in objects:
                e = None
                if site is not None:
                    e = self.find(a, site=site, definite=definite)
                    if e is not None and e.site is None and e in a.events:
                        e = None
                    if e is None:
                        e = self.from_summary(a, site, s)
                    if e is None and definite:
                        # "The strikes hit al-Qaim and Akashat": one more attack like the last one
                        prev = [x for x in a.events if x.country == site.country] or a.events
                        if prev:
                            e = self.clone(prev[-1], s)
                if e is None:
                    e = self.new_event(s, a, group, site, country)
                    if a.count is not None and len(objects) > 1:
                        e.count = 1
                else:
                    self.fill(e, a, site, country)
                a.events.append(e)
            return
        if definite:
            k = a.count if a.count and a.count > 1 else (2 if _BOTH.search(self.folded, a.seg_start, a.left) else 0)
            if a.plural and k > 1:
                evs = [e for e in self.events if self.compatible(e, a)][-k:]
                if len(evs) == k:  # "both attacks", "the three attacks"
                    for e in evs:
                        self.fill(e, a, None, None)
                    a.events.extend(evs)
                    return
            if a.plural:
                evs = self.find_group(a)
                if evs:
                    for e in evs:
                        self.fill(e, a, None, None)
                    a.events.extend(evs)
                    return
            else:
                e = self.find(a, site=None, definite=True)
                if e is not None:
                    self.fill(e, a, None, None)
                    a.events.append(e)
                    return
        if not a.sites and not a.countries and a.weapon != "unknown":
            # "... a rocket attack on Harir, saying its fighters had fired a barrage of Katyusha
            # rockets": a weapon with no place of its own elaborates the attack just named
            same = [e for x in self.sentence_anchors if x is not a for e in x.events
                    if e.weapon == a.weapon and self.compatible(e, a)]
            if len(same) == 1:
                self.fill(same[0], a, None, None)
                a.events.append(same[0])
                return
        day = a.date is not None and a.date.precision == "day"
        if definite and not a.sites and not day:
            return  # "the October attacks": refers to nothing this article reports
        if a.kind == "np" and a.plural and a.count is None and not a.sites and not day:
            return  # a bare plural ("Attacks on US forces ...") names a kind of event, not one
        countries: Sequence[str | None] = a.countries or [None]
        if len(countries) > 1 and (a.count == len(countries) or (a.plural and a.count is None)):
            for c in countries:  # "two attacks in Iraq and Syria", "strikes in Iraq and Syria"
                e = self.new_event(s, a, group, None, c)
                e.count = 1
                a.events.append(e)
            return
        e = self.new_event(s, a, group, None, countries[0] if len(countries) == 1 else None)
        e.summary = (a.count or 1) > 1
        a.events.append(e)

    def clone(self, e: Event, s: Sentence) -> Event:
        """A sister event of *e* (same report, another place): a copy with its own id."""
        c = Event(idx=len(self.events), group=e.group, weapon=e.weapon, perp=e.perp, target=e.target,
                  country=e.country, date=e.date, precision=e.precision, count=1,
                  claimed_by=list(e.claimed_by), confirmed_by=list(e.confirmed_by),
                  denied_by=list(e.denied_by), start=e.start, end=e.end, sentence=e.sentence, rule=e.rule)
        self.events.append(c)
        return c

    def from_summary(self, a: Anchor, site: Place, s: Sentence) -> Event | None:
        """A lead's "three attacks on US forces in Syria" detailed later, attack by attack."""
        for e in reversed(self.events):
            if e.summary and e.site is None and s.idx - e.sentence <= 3 and self.compatible(e, a, site):
                if (e.count or 1) > 1:
                    e.count = (e.count or 2) - 1
                    return self.clone(e, s)
                e.summary = False
                return e
        return None

    def find(self, a: Anchor, *, site: Place | None, definite: bool) -> Event | None:
        if a.perp is not None and definite and site is None:
            # "the US strikes" prefers the latest event with a perpetrator of that side
            for e in reversed(self.events):
                if e.perp is not None and e.perp.side == a.perp.side and self.compatible(e, a, site):
                    return e
        if site is not None:
            for e in reversed(self.events):
                if e.site is not None and e.site == site and self.compatible(e, a, site):
                    return e  # (None == a Place is False, but slower to find out)
        if not definite:
            return None
        # (compatible() is a pure test: the cheap test of the skipped events goes first)
        skip_siteless = site is not None and a.anaphoric is False and not a.definite
        for e in reversed(self.events):
            if skip_siteless and e.site is None:
                continue
            if self.compatible(e, a, site):
                return e
        return None

    def find_group_sites(self, a: Anchor, objects: list[tuple[Place | None, str | None]]) -> list[Event]:
        """The latest group of events with one compatible event for each site, in site order."""
        seen: list[int] = []
        for e in reversed(self.events):
            if e.group not in seen:
                seen.append(e.group)
        for gid in seen:
            evs = [e for e in self.events if e.group == gid]
            if len(evs) != len(objects):
                continue
            out: list[Event] = []
            for site, country in objects:
                pick = next((e for e in evs if e not in out and (
                    self.compatible(e, a, site) if site is not None else e.country == country)), None)
                if pick is None:
                    break
                out.append(pick)
            if len(out) == len(objects):
                return out
        return []

    def find_group(self, a: Anchor) -> list[Event]:
        # The events of each group in article order, the group of the latest event first
        # (a dict keeps its keys in the order they were first set): two passes, not one
        # pass over the events per group.
        members: dict[int, list[Event]] = {}
        for e in reversed(self.events):
            if e.group not in members:
                members[e.group] = []
        for e in self.events:
            members[e.group].append(e)
        groups = members.values()
        if a.perp is not None:
            side = a.perp.side
            for evs in groups:
                for e in evs:  # (plain loops for all())
                    if e.perp is None or e.perp.side != side or not self.compatible(e, a):
                        break
                else:
                    return evs
        for evs in groups:
            for e in evs:
                if not self.compatible(e, a):
                    break
            else:
                return evs
        return []

    # -- casualties -----------------------------------------------------------------------------

    def casualties_in(self, s: Sentence, toks: list[Tok], cues: list[Cue], nums: list[Number],
                      live: list[Anchor], used_nums: set[int]) -> None:
        f = self.folded
        if f.find("none", s.start, s.end) >= 0:
            for m in _NONE_OF.finditer(f, s.start, s.end):
                # "None of the US personnel were injured"
                ev = self.event_near(s, m.start(), live)
                dead = m.group("what") == "killed"
                self.add_casualty(s, ev, None, 0 if dead else None, None if dead else 0, "exact",
                                  m.start(), m.end(), "none-of-them", False)
        ck = self.ck  # the cues by kind: the loop below reads only these four kinds
        if not (ck.get("kill") or ck.get("wound") or ck.get("no_cas") or ck.get("ack")):
            return
        for c in cues:
            if c.kind == "no_cas":
                ev = self.event_near(s, c.start, live)
                self.add_casualty(s, ev, None, 0, 0, "exact", c.start, c.end, "no-casualties", False)
                continue
            if c.kind not in ("kill", "wound") and not (c.kind == "ack" and "death" in c.text):
                continue
            killed = c.kind != "wound"  # "announced the death of one of its commanders" too
            # "killed five militiamen", "wounding 40", "killing at least three"
            n: Number | None = None
            for x in nums:  # the first fit (plain loops: no generator per cue)
                if 0 <= x.start - c.end <= 12 and not x.ordinal and x.start not in used_nums \
                        and _CAS_AFTER.fullmatch(f, c.end, x.start):
                    n = x
                    break
            rule = "verb-number"
            if n is None or c.text in ("dead", "died", "deaths", "injuries", "hurt", "injury",
                                       "minor injuries", "traumatic brain injuries"):
                # "five of its fighters had been killed", "more than 40 wounded", "three dead":
                # the last fit (the tests have no side effects, so read from the end)
                for x in reversed(nums):
                    if x.end <= c.start and c.start - x.end <= 60 and not x.ordinal \
                            and x.start not in used_nums \
                            and not _CAS_GAP_STOP.search(f, x.end, c.start) \
                            and not self.brk(x.end, c.start):
                        n, rule = x, "number-passive"
                        break
            if n is None:
                continue
            if n.value > 100000:
                continue
            used_nums.add(n.start)
            lo, hi = min(n.start, c.start), max(n.end, c.end)
            victim = _VICTIM.match(f, n.end, s.end)
            group = self.text[victim.start("noun"):victim.end("noun")] if victim else None
            cumulative = False  # a "since" cue of the sentence after lo - 40
            for k in ck["since"]:
                if k.start > lo - 40:
                    cumulative = True
                    break
            ev = None if cumulative else self.event_near(s, c.start, live)
            self.add_casualty(s, ev, group, n.value if killed else None, None if killed else n.value,
                              n.qualifier, lo, hi, rule, cumulative)

    def event_near(self, s: Sentence, pos: int, live: list[Anchor]) -> Event | None:
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
        if self.last_events and s.idx - self.last_event_sentence <= 1 and len(self.last_events) == 1:
            return self.last_events[0]
        return None

    def add_casualty(self, s: Sentence, ev: Event | None, group: str | None, killed: int | None,
                     wounded: int | None, qualifier: str, start: int, end: int, rule: str,
                     cumulative: bool) -> None:
        if ev is not None:
            for r in self.casualties:
                if r["_event"] is ev and r["killed"] == killed and r["wounded"] == wounded:
                    return
            if killed is not None:
                ev.killed = max(ev.killed or 0, killed)
            if wounded is not None:
                ev.wounded = max(ev.wounded or 0, wounded)
        self.casualties.append({
            "_event": ev, "article_id": self.aid, "group": group, "killed": killed, "wounded": wounded,
            "qualifier": qualifier, "cumulative": cumulative, "rule": rule, "start": start, "end": end,
            "text": self.text[s.start:s.end],
        })

    # -- claims ---------------------------------------------------------------------------------

    def claims_in(self, s: Sentence, toks: list[Tok], cues: list[Cue], live: list[Anchor]) -> None:
        f = self.folded
        for c in cues:
            if c.kind not in _STANCE_KINDS:
                continue
            speaker: Actor | None = None
            rule = "speaker-verb"
            tb: Tok | None
            ta: Tok | None
            if c.kind in ("claim", "confirm", "deny", "ack", "blame") and _BY_AFTER.match(f, c.end):
                # "Tuesday's drone attack was claimed by the Islamic Resistance in Iraq"
                tb = None
                ta = next((t for t in toks if t.actor is not None and 0 <= t.start - c.end <= 8), None)
            else:
                # ta is read only without tb (both lookups have no side effects: skip the unread one)
                tb = self.speaker_before(c.start)
                ta = self.speaker_after(toks, c) if tb is None else None
            if tb is not None:
                speaker = tb.actor
            elif ta is not None:
                speaker, rule = ta.actor, "verb-speaker"
            else:
                p = self.pronoun_subject(s, c.start)
                if p is not None:
                    if p in ("he", "she", "the official", "the spokesman", "the spokesperson"):
                        speaker = self.last_speaker
                    elif p in ("it", "they", "the statement"):
                        speaker = self.last_speaker or self.last_group_actor
                    else:
                        here_groups = [t.actor for t in toks if t.actor is not None and t.end <= c.start
                                       and t.actor.kind in ("armed group", "umbrella group")]
                        speaker = here_groups[-1] if here_groups else self.last_group_actor
                    rule = "pronoun-speaker"
            if c.kind == "threat":
                if any(r["stance"] == "threat" and r["_sentence"] == s.idx for r in self.claims):
                    continue  # "warned it would respond": one threat
                says = [k for k in cues if k.kind in ("say", "claim", "confirm", "deny", "ack")
                        and k.end <= c.start]
                for k in says:  # "a US official said the United States would retaliate"
                    t = self.speaker_before(k.start)
                    if t is not None:
                        speaker, rule = t.actor, "reported-threat"
                        break
            if speaker is None or speaker.kind == "generic" and c.kind == "say":
                continue
            if rule != "pronoun-speaker":
                self.last_speaker = speaker  # "she said" in the next sentence is this speaker
            stance, events = self.stance(s, c, speaker, live)
            if stance is None:
                continue
            self.last_speaker = speaker
            key = (speaker.name, stance, tuple([e.idx for e in events]))  # a list: faster than a generator
            if key in self.claim_keys:
                continue
            self.claim_keys.add(key)
            for e in events:
                self.apply_claim(e, speaker, stance)
            start = tb.start if rule == "speaker-verb" and tb is not None else c.start
            self.claims.append({
                "_events": events, "_sentence": s.idx, "article_id": self.aid, "speaker": speaker.name,
                "speaker_side": speaker.side, "stance": stance, "rule": rule,
                "start": start, "end": c.end, "text": self.text[s.start:s.end],
            })

    def stance(self, s: Sentence, c: Cue, speaker: Actor, live: list[Anchor]) -> tuple[str | None, list[Event]]:
        f = self.folded
        kind = c.kind
        if kind == "threat":
            return "threat", []
        # the events of the anchors after the verb, else of those before it
        here = [e for a in live if a.start >= c.end for e in a.events] if live else []
        if not here and live:
            here = [e for a in live if a.end <= c.start for e in a.events]
        if self.denied_here and not here and kind in ("deny", "say"):
            return "deny", list(dict.fromkeys(self.denied_events))
        own_loss = kind == "say" and bool(self.ck["kill"]) and (
            _OWN_LOSS.search(f, s.start, s.end) is not None or (
                # "A US strike killed a commander of al-Nujaba, the group said"
                speaker.kind in ("armed group", "umbrella group") and here and
                all(e.perp is not None and e.perp.side != speaker.side for e in here)))
        if kind == "ack" or own_loss:
            events = here or self.loss_event(speaker)
            return ("acknowledge", events) if events else (None, [])
        if not here:
            # (pure tests, cheapest first: the pronoun subject at the sentence end needs the
            # sentence's every clause start, and decides only a "say" right after an event)
            if self.last_events and not self.suppressed_here and s.idx - self.last_event_sentence <= 2 and (
                    kind in ("claim", "confirm", "deny") or (
                        # a follow-up
                        kind == "say" and s.idx - self.last_event_sentence == 1 and (
                            any(k.kind in ("attack_v", "under_attack", "kill", "wound", "no_cas")
                                for k in self.s_cues[s.idx])
                            or self.pronoun_subject(s, s.end) in ("it", "they")))):
                here = list(self.last_events)
            else:
                return None, []
        dedupe: list[Event] = []
        for e in here:
            if e not in dedupe:
                dedupe.append(e)
        here = dedupe
        if kind == "claim":
            return "claim", here
        if kind == "blame":
            return "confirm", here
        if kind == "confirm":
            return "confirm", here
        if kind == "deny":
            return "deny", here
        # a plain "said": the stance follows from who speaks about whose attack
        perp_sides = {e.perp.side for e in here if e.perp is not None and e.perp.kind != "generic"}
        gen_sides = {e.perp.side for e in here if e.perp is not None}
        if speaker.side == "neutral":
            return "confirm", here
        if speaker.side in perp_sides:
            state = any(e.perp is not None and e.perp.kind in _STATE_KINDS for e in here)
            return ("confirm" if state or speaker.kind in _STATE_KINDS else "claim"), here
        if speaker.side in gen_sides or (not gen_sides and speaker.kind not in _STATE_KINDS
                                         and speaker.side == "iran-aligned"):
            return "claim", here
        targets = {e.target for e in here}
        if speaker.kind in _STATE_KINDS:
            return "confirm", here
        if targets:
            return "confirm", here
        return None, []

    def loss_event(self, speaker: Actor) -> list[Event]:
        for e in reversed(self.events):
            if e.perp is not None and e.perp.side != speaker.side and (e.killed or 0) > 0:
                return [e]
        return []

    def apply_claim(self, e: Event, speaker: Actor, stance: str) -> None:
        if stance == "claim":
            if speaker.name not in e.claimed_by:
                e.claimed_by.append(speaker.name)
            if e.perp is None or e.perp.kind == "generic" or speaker.parent == e.perp.name:
                if speaker.kind not in ("monitor",):
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
                if e.target is None or e.target == speaker.parent or self.g.actor_by_name.get(e.target) is None \
                        or self.g.actor_by_name[e.target].kind == "generic":
                    e.target = speaker.name

    # -- deployments ----------------------------------------------------------------------------

    def deployments_in(self, s: Sentence, toks: list[Tok], cues: list[Cue], nums: list[Number],
                       used_nums: set[int]) -> None:
        f = self.folded
        if self.last_force is not None and s.idx - self.last_deploy_sentence == 1:  # its own test, without a call
            self.elliptical_deployment(s, toks, nums, used_nums)
        troop_cues = self.ck["troops"]
        if not troop_cues or not self.ck["deploy"]:
            return
        for c in troop_cues:
            n: Number | None = None
            for x in nums:  # the first fit (a plain loop: no generator per cue)
                if x.end <= c.start and c.start - x.end <= 45 and not x.ordinal \
                        and x.start not in used_nums and x.value >= 10:
                    n = x
                    break
            if n is None:
                continue
            between = f[n.end:c.start]
            if not _TROOP_GAP.fullmatch(between):
                continue
            # casualties are not deployments, but "Of the 2,500 US troops in Iraq, eight were wounded" is
            if any(k.kind in ("kill", "wound") and 0 <= k.start - c.end <= 25 for k in cues) and \
                    not _OF_THE.search(f, max(s.start, n.start - 8), n.start):
                continue
            force = self.force(s, toks, n.start, c.end)
            if force is None:
                continue
            where = self.place_after(toks, c.end, s.end)
            rule = "number-troops-in"
            if where is None:
                where, rule = self.place_before(toks, s, n.start), "place-hosts-number-troops"
            if where is None and _AT_THE_BASE.match(f, c.end) and self.last_site is not None:
                where, rule = self.last_site.country, "number-troops-at-the-base"
                self.place_end = c.end
            if where is None:
                continue
            used_nums.add(n.start)
            self.last_force = force
            self.last_deploy_sentence = s.idx
            self.add_deployment(s, force, where, n, n.start, max(self.place_end, c.end), rule)
            # the elliptical second figure: "... and 2,500 in neighbouring Iraq"
            m = _SECOND_FIGURE.match(f, self.place_end)
            if m is not None:
                n2 = next((x for x in nums if x.start == m.end() or x.start - m.end() <= 1 and x.start >= m.end()), None)
                if n2 is not None and not n2.ordinal:
                    tail = _SECOND_TAIL.match(f, n2.end)
                    if tail is not None:
                        w2 = self.place_after(toks, n2.end, s.end, max_gap=30)
                        if w2 is not None:
                            used_nums.add(n2.start)
                            self.add_deployment(s, force, w2, n2, n2.start, self.place_end, "elliptical-second-figure")

    def place_before(self, toks: list[Tok], s: Sentence, pos: int) -> str | None:
        """The country of a place before a figure: "Jordan hosts about 3,000 US troops",
        "Ain al-Asad, which hosts about 1,500", "reduced its force in Syria to about 900"."""
        f = self.folded
        for t in reversed(toks):
            if t.place is None or t.end > pos or pos - t.end > 60:
                continue
            gap = f[t.end:pos]
            if _HOSTS.search(gap) or _REDUCED_TO.fullmatch(gap):
                p = t.place
                self.place_end = pos
                return p.name if p.kind == "country" else p.country
            return None
        return None

    def elliptical_deployment(self, s: Sentence, toks: list[Tok], nums: list[Number], used_nums: set[int]) -> None:
        """A figure in the next sentence without its noun: "It also has roughly 900 in Syria"."""
        if self.last_force is None or s.idx - self.last_deploy_sentence != 1:
            return
        f = self.folded
        for n in nums:
            if n.start in used_nums or n.ordinal or n.value < 10:
                continue
            if _HAS_BEFORE.search(f, max(s.start, n.start - 25), n.start) and _SECOND_TAIL.match(f, n.end):
                where = self.place_after(toks, n.end, s.end, max_gap=30)
                if where is not None:
                    used_nums.add(n.start)
                    self.add_deployment(s, self.last_force, where, n, n.start, self.place_end,
                                        "elliptical-next-sentence")

    def force(self, s: Sentence, toks: list[Tok], lo: int, hi: int) -> str | None:
        inside = [t for t in toks if t.actor is not None and lo <= t.start < hi + 2]
        before = [t for t in toks if t.actor is not None and s.start <= t.start and t.end <= lo
                  and lo - t.end <= 40]
        cands = inside or before[-1:]
        if not cands:
            return None
        assert cands[-1].actor is not None  # inside and before hold actors only
        a = cands[-1].actor
        while a.parent and a.kind not in ("state",) and a.parent in self.g.actor_by_name:
            a = self.g.actor_by_name[a.parent]
        return a.name if a.kind == "state" or a.side == "us-led" else cands[-1].actor.name

    def place_after(self, toks: list[Tok], pos: int, end: int, max_gap: int = 45) -> str | None:
        for t in toks:
            if t.place is not None and pos <= t.start and t.start - pos <= max_gap and t.end <= end:
                if _IN_BEFORE.search(self.folded, pos, t.start):  # in / to / from ...
                    self.place_end = t.end
                    p = t.place
                    return p.country if p.kind not in ("country",) and p.country else p.name
        return None

    def add_deployment(self, s: Sentence, force: str, country: str, n: Number, start: int, end: int,
                       rule: str) -> None:
        self.deployments.append({
            "article_id": self.aid, "force": force, "country": country, "troops": n.value,
            "qualifier": n.qualifier, "as_of": self.pub, "rule": rule, "start": start, "end": end,
            "text": self.text[s.start:s.end],
        })

    # -- tallies --------------------------------------------------------------------------------

    def tallies_in(self, s: Sentence, toks: list[Tok], cues: list[Cue], nums: list[Number],
                   dexprs: list[DateExpr], anchors: list[Anchor], used_nums: set[int]) -> None:
        """Running counts: "attacked at least 66 times since October 17 - 32 times in Iraq
        and 34 in Syria", "more than 100 attacks since mid-October", "the 74th attack"."""
        f = self.folded
        if not (self.ck["since"] or self.ck["times"]):
            for x in nums:
                if x.ordinal:
                    break
            else:
                return  # a tally needs "since", "times" or an ordinal
        since = self.ck["since"]
        cands: list[tuple[Number, int, str, Anchor | None]] = []
        for a in anchors:
            if a.kind != "np":
                continue
            near = [x for x in nums if x.end <= a.left + 1 and a.left - x.end <= 25
                    and not _COMMA.search(f, x.end, a.left)]
            if near:
                n = near[-1]
                cands.append((n, a.end, "ordinal-attack" if n.ordinal else "number-attacks", a))
        for c in cues:
            if c.kind not in ("attack_v", "under_attack"):
                continue
            for x in nums:
                if c.end <= x.start <= c.end + 45 and _TIMES_AFTER.match(f, x.end) and \
                        not self.brk(c.end, x.start):
                    host = next((a for a in anchors if a.start <= c.start < a.end + 40), None)
                    cands.append((x, x.end, "attacked-number-times", host))
                    break
        cands = [c for c in cands if not c[0].ordinal or c[0].value >= 10]  # "the first attack" is no tally
        for x in nums:  # "was the 58th since October 17"
            if x.ordinal and x.value >= 10 and _ORDINAL_SINCE.match(f, x.end):
                cands.append((x, x.end, "ordinal-since", None))
        done: set[int] = set()
        for n, end, rule, host in cands:
            if n.start in done or n.start in used_nums:
                continue
            sc = min(since, key=lambda c: abs(c.start - end), default=None)
            if not n.ordinal and sc is None and not (rule == "attacked-number-times" and n.value >= 10):
                continue
            done.add(n.start)
            used_nums.add(n.start)
            since_d = None
            if sc is not None:
                since_d = next((d for d in dexprs if 0 <= d.start - sc.start <= sc.end - sc.start + 1), None)
            attributed = self.tally_source(s, toks, cues)
            if host is not None and not n.ordinal:
                host.suppressed = "tally"
            own_scope = self.place_after(toks, n.end, s.end, max_gap=14)
            m_and = _AND_PLACE.match(f, self.place_end) if own_scope is not None else None
            if m_and is not None and any(t.place is not None and 0 <= t.start - self.place_end <= 12
                                         for t in toks):
                own_scope = None  # "more than 100 times in Iraq and Syria"
            splits = self.tally_splits(toks, nums, n.end if own_scope is None else self.place_end,
                                       s.end, used_nums)
            if own_scope is not None:
                scope = own_scope  # "attacked thirty-two times in Iraq and thirty-four in Syria"
            elif splits:
                scope = "total"
            else:
                countries = {t.place.country or t.place.name for t in toks
                             if t.place is not None and t.end <= n.start and t.place.kind in ("country", "region")}
                scope = countries.pop() if len(countries) == 1 else "total"
            self.add_tally(s, n.value, n.qualifier, since_d, scope, attributed, n.start, end, rule)
            for x, place in splits:
                self.add_tally(s, x.value, x.qualifier, since_d, place, attributed, x.start, x.end, "tally-split")

    def tally_splits(self, toks: list[Tok], nums: list[Number], pos: int, end: int,
                     used_nums: set[int]) -> list[tuple[Number, str]]:
        """The split by country after a count: "- 32 times in Iraq and 34 in Syria"."""
        out = []
        for x in nums:
            if x.start < pos or x.start - pos > 60 or x.ordinal or x.start in used_nums:
                continue
            place = self.place_after(toks, x.end, end, max_gap=22)
            if place is None:
                continue
            used_nums.add(x.start)
            out.append((x, place))
            pos = self.place_end
        return out

    def tally_source(self, s: Sentence, toks: list[Tok], cues: list[Cue]) -> str | None:
        for c in cues:
            if c.kind in ("say", "confirm"):
                t = self.speaker_before(c.start) or self.speaker_after(toks, c)
                if t is not None:
                    assert t.actor is not None  # a speaker is an actor token
                    return t.actor.name
                if self.last_speaker is not None and self.pronoun_subject(s, c.start) in (
                        "he", "she", "the official", "the spokesman", "the spokesperson", "it"):
                    return self.last_speaker.name
        return None

    def add_tally(self, s: Sentence, count: int, qualifier: str, since: DateExpr | None, scope: str,
                  attributed: str | None, start: int, end: int, rule: str) -> None:
        self.tallies.append({
            "article_id": self.aid, "count": count, "qualifier": qualifier,
            "since": since.date if since is not None else None, "scope": scope,
            "attributed_to": attributed, "as_of": self.pub, "rule": rule,
            "start": min(start, end), "end": max(start, end),
            "text": self.text[s.start:s.end],
        })

    # -- rows -----------------------------------------------------------------------------------

    def rows(self) -> dict[str, list[Any]]:
        """Each table's rows: dicts, or tuples in column order (mentions)."""
        aid, text, sentences = self.aid, self.text, self.sentences
        ids: dict[int, str] = {}
        ev_rows = []
        for e in self.events:
            eid = f"{aid}:e{len(ids) + 1}"
            ids[e.idx] = eid
            s = sentences[e.sentence]
            status = "confirmed" if e.confirmed_by else "claimed" if e.claimed_by else "reported"
            perp, p = e.perp, e.site
            ev_rows.append({
                "event_id": eid, "article_id": aid, "date": e.date,
                "date_precision": e.precision if e.date is not None else "unknown",
                "weapon": e.weapon, "perpetrator": perp.name if perp else None,
                "perpetrator_side": perp.side if perp else None, "target": e.target,
                "place": p.name if p else None, "country": e.country,
                "admin1": e.admin1, "lat": p.lat if p else None,
                "lon": p.lon if p else None, "count": e.count, "status": status,
                "claimed_by": JOIN.join(e.claimed_by) or None,
                "confirmed_by": JOIN.join(e.confirmed_by) or None,
                "denied_by": JOIN.join(e.denied_by) or None,
                "killed": e.killed, "wounded": e.wounded, "rule": e.rule,
                "start": e.start, "end": e.end, "text": text[s.start:s.end],
            })
        claims = []
        for i, c in enumerate(self.claims):
            evs = c.pop("_events")
            c.pop("_sentence")
            c["claim_id"] = f"{aid}:c{i + 1}"
            c["published"] = self.pub
            c["event_ids"] = JOIN.join([ids[e.idx] for e in evs]) or None
            claims.append(c)
        cas = []
        for c in self.casualties:
            ev = c.pop("_event")
            c["event_id"] = ids[ev.idx] if ev is not None else None
            cas.append(c)
        return {"events": ev_rows, "claims": claims, "casualties": cas,
                "deployments": self.deployments, "tallies": self.tallies, "mentions": self.mentions}


def extract(article_id: str, text: str, published: dt.date | None,
            config: Config | None = None) -> dict[str, list[Any]]:
    """Extract every table's rows from one article body (a pure function)."""
    g = gazetteer(config) if config is not None else gazetteer()
    art = _Article(article_id, text, published, g)
    art.run()
    return art.rows()
