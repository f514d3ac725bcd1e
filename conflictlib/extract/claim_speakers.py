"""Who speaks a stance verb when no name stands right by it (:mod:`.claims`).

:mod:`.speakers` finds the name before or after a verb.  Where there is none, the speaker
may be:

- the full name given before of a surname alone ("Iranian Foreign Ministry spokesman Nasser
  Kanaani ...", then "Kanaani denied ...");
- the subject of the main clause after an opening participle ("Confirming the strike, a US
  official said");
- the group a copula names as the one that claimed ("The group that
  claimed the attack is the Islamic Resistance in Iraq");
- the militias "the militias" refers to, named in the sentences just before;
- the generic militias, for an unnamed militia side that threatens ("several Iraqi factions vowed");
- the article's author, when its heading names it ("Statement by President Joe Biden on ...");
- both bodies of "American and Iraqi officials said";
- the speaker of a transcript's heading in capitals ("GEN. RYDER: On Tuesday, ...").

Also here: whether a verb is a passive participle ("was confirmed killed": no speaker before
it) and whether a speaker is named as a person ("Pentagon press secretary Pat Ryder said":
"he said" is then that person's).

Reads the sentence view and the article's first sentence; writes only
``ArticleState.author`` and ``author_read`` (:func:`article_author`).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import re

from ..lookup import Actor
from ..lookup import kinds as K
from .._text import back_from, clause_comma, name_key
from ..lookup.vocab import APPOSITIVE_HEADS, words
from ..lookup.wordclasses import (HEADING_TITLES, MILITIA_NOUNS, MILITIA_QUALIFIERS, MILITIA_SUBJECT_FILLERS, PERSON_TITLES,
                                  SPEAKER_BODY_NOUNS)
from .context import ArticleState, Document, SentenceView
from .model import Cue, Tok

# COORDINATED: "American and Iraqi officials said": two nationality words, one body noun, up to
# two words before the verb ("have also said"); each word with the noun names a speaker
_COORDINATED = re.compile(rf"([a-z][\w.\-]{{1,20}})\s(?:and|&)\s([a-z][\w.\-]{{1,20}})\s({words(SPEAKER_BODY_NOUNS)})"
                          rf"(?:\s[\w\-']{{1,20}}){{0,2}}\s")
#: How far before "Iraqi officials" its coordinated first word may start ("American and ").
COORDINATED_SPAN = 26
_COORDINATED_BEFORE = re.compile(r"\b[a-z][\w.\-]{1,20}\s(?:and|&)\s$")


# CLAIMANT_BEFORE: a group word as the subject of a relative claim verb ("The armed group that
# claimed responsibility ...", "The group claiming responsibility ...")
_CLAIMANT_BEFORE = re.compile(rf"\b(?:the|a)\s(?:[\w\-]+\s)?{words(APPOSITIVE_HEADS)}\s(?:that\s|which\s|who\s)?$")
# CLAIMANT_IS: its copula, right before the group's name ("... is the Islamic Resistance in
# Iraq", "... is called Islamic Resistance in Iraq")
_CLAIMANT_IS = re.compile(r"\s(?:is|was)\s(?:(?:called|named|known\sas)\s)?(?:the\s)?$")
#: How far the claim verb may be from the group word before it, and the copula from the name.
CLAIMANT_SPAN = 40
#: How far after the claim verb the group's name may come ("claimed the strike on the base is the").
CLAIMANT_AFTER_SPAN = 90


# PASSIVE_BEFORE: an auxiliary right before a participle ("was confirmed killed", "have been
# claimed"): the subject is what is confirmed or claimed, not who speaks
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s(?:(?:also|later|since|now|not|widely|\w+ly)\s)?$")


def passive_participle(doc: Document, sv: SentenceView, c: Cue) -> bool:
    """Whether the stance verb *c* is a passive participle ("One member of Kataib Hezbollah
    was confirmed killed", "nearly all the attacks were claimed by ..."): no speaker before it."""
    return c.text.endswith("ed") and \
        _PASSIVE_BEFORE.search(doc.folded, back_from(sv.s.start, c.start, 20), c.start) is not None


# PASSIVE_SAY_BEFORE: what makes a plain speech verb a passive participle: an auxiliary (as
# PASSIVE_BEFORE) or "as" ("were reported by the group", "as stated by the defense secretary")
_PASSIVE_SAY_BEFORE = re.compile(r"\b(?:as|was|were|been|being|is|are)\s(?:(?:also|first|later|\w+ly)\s)?$")
# BY_NAME: after the participle, "by" and the speaker's name, past a determiner and the
# capitalized words of a title ("by the Iraqi Security Media Cell", "by Pentagon spokesperson
# Brig. Gen. Pat Ryder"; original case)
_BY_NAME = re.compile(r"\sby\s(?:the\s)?(?:[A-Z][\w.\-']*\s){0,4}")
#: How far after the participle its speaker's name may start (past a title: "as reported by
#: Defense Secretary Lloyd Austin").
BY_NAME_SPAN = 45


def passive_said_by(doc: Document, sv: SentenceView, c: Cue) -> tuple[bool, Tok | None]:
    """Whether a plain speech verb is a passive participle with its agent ("three attacks on
    Thursday, as reported by the Pentagon", "similar strikes were announced by the group"), and
    its speaker: the actor right after "by", or None ("as reported by a news site": nobody the
    tables know)."""
    f = doc.folded
    if not c.text.endswith("ed") or not f.startswith(" by ", c.end) or \
            _PASSIVE_SAY_BEFORE.search(f, back_from(sv.s.start, c.start, 20), c.start) is None:
        return False, None
    for t in sv.actor_toks:
        if t.start <= c.end:
            continue
        if t.start - c.end > BY_NAME_SPAN:
            break
        return True, (t if _BY_NAME.fullmatch(doc.text, c.end, t.start) else None)
    return True, None


# SURNAME_BEFORE: one capitalized word right before a speech verb ("Kanaani said", "Sims said"),
# or an Arabic family name with its article ("al-Hamadi warned", "Al-Hamadi said" at a sentence start)
_SURNAME_BEFORE = re.compile(r"(?<![\w'\-\u2019.])((?:[Aa]l-)?[A-Z][\w'\-\u2019]{2,30}),?\s$")
#: How far before the verb the surname may start.
SURNAME_SPAN = 36


def surname(doc: Document, sv: SentenceView, c: Cue) -> Tok | None:
    """The speaker of a verb whose subject is the last word alone of a name given in full before
    (a surname: "Iranian Foreign Ministry spokesman Nasser Kanaani rejected ...", then "Kanaani
    denied ..."; a short form: "Iran's Revolutionary Guards ..., the Guards said"): the earlier
    mention, as a token at this sentence's word."""
    m = _SURNAME_BEFORE.search(doc.text, back_from(sv.s.start, c.start, SURNAME_SPAN), c.start)
    if m is None or m.group(1).isupper():
        return None
    ends, toks = full_names(doc).get(_surname_key(m.group(1)), _NO_NAMES)
    k = bisect_right(ends, m.start(1))  # the last full name that ends before the surname
    return toks[k - 1]._replace(start=m.start(1), end=m.end(1)) if k else None


_NO_NAMES: tuple[list[int], list[Tok]] = ([], [])
# ARTICLE_NAME: a family name with the Arabic article ("al-Hamadi" in "Qasim al-Hamadi")
_ARTICLE_NAME = re.compile(r"[Aa]l-[A-Z]")


def _surname_key(w: str) -> str:
    """A surname as the index keeps it: "Al-Hamadi" at a sentence start is "al-Hamadi"."""
    return "a" + w[1:] if w.startswith("Al-") else w


def full_names(doc: Document) -> dict[str, tuple[list[int], list[Tok]]]:
    """The article's actor names of two capitalized words or more ("Nasser Kanaani", "the
    Revolutionary Guards" is not one), by their last word: their ends and tokens in text order.
    Made once per article, so that finding a surname's full name costs the same at any length."""
    if doc.full_names is None:
        out: dict[str, tuple[list[int], list[Tok]]] = {}
        for toks in doc.s_toks:
            for t in toks:
                if t.actor is None:
                    continue
                ws = doc.text[t.start:t.end].split()
                if len(ws) >= 2 and all(x[:1].isupper() or _ARTICLE_NAME.match(x) for x in ws[1:]) \
                        and ws[0][:1].isupper():
                    ends, named = out.setdefault(_surname_key(ws[-1]), ([], []))
                    ends.append(t.end)
                    named.append(t)
        doc.full_names = out
    return doc.full_names


# MAIN_SUBJECT: after the comma that closes an opening participle clause, the main clause's
# subject up to its name ("Confirming the strike, an unnamed US military official said")
_MAIN_SUBJECT = re.compile(r",\s(?:the\s|a\s|an\s)?(?:[\w\-]+\s){0,2}$")
#: How far after the comma the subject's name may start.
MAIN_SUBJECT_SPAN = 30


def opening_participle(doc: Document, sv: SentenceView, c: Cue) -> Tok | None:
    """The speaker of a stance participle that opens its sentence: the subject of the main
    clause after the comma ("Confirming the US strike on the militia's positions, an unnamed
    US military official mentioned ...")."""
    f = doc.folded
    s = sv.s
    if not c.text.endswith("ing") or f[s.start:c.start].strip(' "') != "":
        return None
    comma = clause_comma(f, c.end, s.end)
    if comma < 0:
        return None
    for t in sv.actor_toks:
        if t.start <= comma:
            continue
        if t.start - comma > MAIN_SUBJECT_SPAN or not _MAIN_SUBJECT.fullmatch(f, comma, t.start):
            return None
        return t
    return None


#: How many sentences back "the militias" may name the militias it refers to.
MILITIAS_REACH = 2


def militias_named(doc: Document, sv: SentenceView) -> Actor | None:
    """What "The militias" (plural) refers to: the militias named unnamed ("Shiite militias
    backed by Tehran targeted two bases ... The militias claimed ..."), or a named group,
    whichever was named last in the sentences just before."""
    i = sv.s.idx
    for j in range(i - 1, max(-1, i - 1 - MILITIAS_REACH), -1):
        for t in doc.s_toks[j][::-1]:
            a = t.actor
            if a is not None and (a.kind in K.GROUP_KINDS or a.kind == K.GENERIC and a.side == K.IRAN_ALIGNED):
                return a
    return None


# MILITIA_SUBJECT: an unnamed militia side right before its threat verb ("Iraqi factions
# vowed ...", "one militia group promised ...", "some armed groups have threatened ..."); bounded: one
# qualifier, one noun, at most three fillers
_MILITIA_SUBJECT = re.compile(rf"\b(?:{words(MILITIA_QUALIFIERS)})\s(?:{words(MILITIA_NOUNS)})\s"
                              rf"(?:(?:{words(MILITIA_SUBJECT_FILLERS)})\s){{0,3}}$")
#: How far before the threat verb its militia subject may start.
MILITIA_SUBJECT_SPAN = 60
#: The canonical name of the generic actor for militias a text does not name.
GENERIC_MILITIAS = K.BACKED_MILITIAS.format("Iran")


def militia_subject(doc: Document, sv: SentenceView, c: Cue, after: int) -> Actor | None:
    """The generic militias when an unnamed militia side, starting at or after *after*, is the
    subject of the threat verb *c* ("Iraqi factions vowed to join any war"; a name before it
    is no speaker: "amid fire between Hezbollah and Israel, several factions vowed ..."), else
    None."""
    m = _MILITIA_SUBJECT.search(doc.folded, max(sv.s.start, after, c.start - MILITIA_SUBJECT_SPAN), c.start)
    return doc.g.actor_by_name.get(GENERIC_MILITIAS) if m is not None else None


#: How far before the threat verb a militia subject with a relative clause may start.
MILITIA_RELATIVE_SPAN = 110
# MILITIA_RELATIVE: an unnamed militia side, then a relative clause of at most six words with no
# comma, right before its threat verb ("the Shiite militias that are active in Syria and Iraq have
# vowed", "armed factions which answer to Tehran threatened"): the militias vow, not a name inside
# the clause
_MILITIA_RELATIVE = re.compile(rf"\b(?:{words(MILITIA_QUALIFIERS)})\s(?:{words(MILITIA_NOUNS)})\s(?:that|which|who)\s"
                               rf"(?:[\w\-'\u2019]+\s){{1,6}}?(?:(?:{words(MILITIA_SUBJECT_FILLERS)})\s){{0,3}}$")


def militia_relative_subject(doc: Document, sv: SentenceView, c: Cue, tb: Tok | None) -> Actor | None:
    """The generic militias when an unnamed militia side and a relative clause of its own stand
    right before the threat verb *c*, and the name found before the verb (*tb*), if any, lies
    inside that clause ("armed factions which answer to Tehran threatened": not Tehran), else None."""
    m = _MILITIA_RELATIVE.search(doc.folded, back_from(sv.s.start, c.start, MILITIA_RELATIVE_SPAN), c.start)
    if m is None or (tb is not None and tb.start < m.start()):
        return None
    return doc.g.actor_by_name.get(GENERIC_MILITIAS)


def claimant_named(doc: Document, sv: SentenceView, c: Cue) -> Tok | None:
    """The group a copula names as the subject of the claim verb *c*: "The group
    that claimed the strike on the base is the Islamic Resistance in Iraq", "The faction
    claiming it is called Islamic Resistance in Iraq"."""
    f = doc.folded
    if not _CLAIMANT_BEFORE.search(f, back_from(sv.s.start, c.start, CLAIMANT_SPAN), c.start):
        return None
    for t in sv.actor_toks:
        if t.start <= c.end or t.actor is None:
            continue
        if t.start - c.end > CLAIMANT_AFTER_SPAN:
            return None
        if t.actor.kind in K.GROUP_KINDS and _CLAIMANT_IS.search(f, back_from(c.end, t.start, CLAIMANT_SPAN), t.start):
            return t
    return None


# AUTHOR_HEADING: a heading that names the article as an official's statement or a release
# ("Statement by the President on the drone strike ...", "Statement from Secretary of Defense
# Lloyd J. Austin III on ...", "Readout of ...")
_AUTHOR_HEADING = re.compile(r"\s*(?:statement|remarks|readout|press\srelease)\s(?:by|from|of)\s")
# AUTHOR_STATEMENT_ON: after a body's name opening the heading, "statement on" ("US Central
# Command statement on the strike ...")
_AUTHOR_STATEMENT_ON = re.compile(r"(?:['\u2019]s)?\s(?:joint\s|press\s)?statement\s(?:on|regarding|about)\s")


def article_author(doc: Document, st: ArticleState) -> Actor | None:
    """The official or body (an official, a government body or a military) that the article's
    heading names as its author; read once, from the first sentence, which must be a heading
    (no full stop at its end: "Kataib Hezbollah issued a statement on Tuesday ..." is prose)."""
    if st.author_read:
        return st.author
    st.author_read = True
    if not doc.sentences:
        return None
    s0 = doc.sentences[0]
    f = doc.folded
    if f[s0.start:s0.end].rstrip().endswith("."):
        return None
    speakers = [t for t in doc.s_toks[0] if t.actor is not None and t.actor.kind in K.STATE_KINDS
                and t.actor.kind != K.STATE]
    if _AUTHOR_HEADING.match(f, s0.start, s0.end):
        st.author = speakers[0].actor if speakers else None
    elif speakers and f[s0.start:speakers[0].start].strip() in ("", "the") \
            and _AUTHOR_STATEMENT_ON.match(f, speakers[0].end, s0.end):
        st.author = speakers[0].actor
    return st.author


# the same speakers are named over and over ("Pat Ryder", "Lloyd Austin"): their keys cached
_name_key = lru_cache(maxsize=4096)(name_key)
_PERSON_TITLE = re.compile(rf"\b{words(PERSON_TITLES)}\b")
#: How far before a speaker's name its title may start ("Defense Secretary Lloyd Austin").
PERSON_TITLE_LOOKBACK = 30


def named_person(doc: Document, sv: SentenceView, tb: Tok, c: Cue) -> bool:
    """Whether the speaker at *tb* of verb *c* is named as a person: a title before the verb
    ("Pentagon press secretary Pat Ryder said") or a personal name ("Lloyd Austin said": two
    or more capitalized words that are not the actor's own name nor an acronym)."""
    f = doc.folded
    if _PERSON_TITLE.search(f, back_from(sv.s.start, tb.start, PERSON_TITLE_LOOKBACK), c.start):
        return True
    surface = doc.text[tb.start:tb.end]
    ws = surface.split()
    return (len(ws) >= 2 and all(w[:1].isupper() for w in ws) and not surface.isupper()
            and _name_key(surface) != _name_key(tb.actor.name if tb.actor is not None else ""))


# JOINED: between two named speakers of one verb ("Biden and Austin have stressed", "Israel and the
# United States denied", "President Biden and other US officials warned"; an anonymous second one
# counted or indefinite: "Kurdish security sources and a US defense official said")
_JOINED = re.compile(r"\s(?:and|&)\s(?:(?:the|other|fellow|senior|top|a|an|two|three)\s){0,2}")
# JOINED_OPENS: the pair opens its clause: the sentence's or a clause's start, "that", "both", past
# up to three words of title ("Both President Joe Biden and ...", ", and Defense Secretary Austin and ...")
_JOINED_OPENS = re.compile(r"(?:^|[,;:\"]\s?|\b(?:that|both|but)\s)(?:[\w\-'.\u2019]+\s){0,3}$")
#: How far before the first speaker its clause may open.
JOINED_LOOKBACK = 60
# SHARED_NOUN: a second speaker that is a nationality and a plural noun ("Iraqi authorities"), which
# a one-word first ("US and ...") shares
_SHARED_NOUN = re.compile(r"[A-Z][\w\-.]+\s(?:[a-z]+\s)?(?:officials|authorities|sources|officers|forces|governments)")


def joined_speaker(doc: Document, sv: SentenceView, tb: Tok) -> Actor | None:
    """The first of two named speakers joined by "and" before one verb, whose second is *tb*
    ("Israel and the United States denied any involvement": Israel), when the pair opens its
    clause (not "US jets struck Kataib Hezbollah and the Pentagon said": an object before "and")."""
    f = doc.folded
    t0 = next((t for t in sv.actor_toks[::-1] if t.end <= tb.start), None)
    if t0 is None or t0.actor is None or t0.actor == tb.actor or not _JOINED.fullmatch(f, t0.end, tb.start):
        return None
    if " " not in doc.text[t0.start:t0.end] and _SHARED_NOUN.fullmatch(doc.text, tb.start, tb.end):
        return None  # "US and Iraqi authorities confirmed": one noun for two nationalities, not two names
    lo = back_from(sv.s.start, t0.start, JOINED_LOOKBACK)
    if not _JOINED_OPENS.search(f[lo:t0.start] if lo > sv.s.start else f[sv.s.start:t0.start]):
        return None
    return t0.actor


def coordinated_speakers(doc: Document, sv: SentenceView, tb: Tok, end: int) -> list[Actor] | None:
    """The two speakers of "American and Iraqi officials said" (*tb*: the speaker found
    before the verb at *end*, either nationality), or None when the words are not two
    nationalities' bodies."""
    f = doc.folded
    m = _COORDINATED.fullmatch(f, tb.start, end)  # tb: the first word ("American")
    if m is None:
        # tb: the second word with the noun ("Iraqi officials"): the first word before it
        b = _COORDINATED_BEFORE.search(f, back_from(sv.s.start, tb.start, COORDINATED_SPAN), tb.start)
        if b is None:
            return None
        m = _COORDINATED.fullmatch(f, b.start(), end)
        if m is None:
            return None
    out: list[Actor] = []
    for adj in (m.group(1), m.group(2)):
        a = doc.g.entries(name_key(f"{adj} {m.group(3)}"))[1]
        if a is None or a.kind in K.GROUP_KINDS or a.kind == K.GENERIC or a in out:
            return None
        out.append(a)
    return out


# TRANSCRIPT_HEADING: a transcript's speaker heading opening a paragraph, in capitals, with its
# colon ("GEN. RYDER: On Tuesday, ...", "MS. SINGH: Yesterday, ...", "KIRBY: ..."); read on the
# original text (capitals), at most five words
_TRANSCRIPT_HEADING = re.compile(r"(?:[A-Z][A-Z.'\-]*\s){0,4}[A-Z][A-Z'\-]+:\s")
_ANY_HEADING = re.compile(r"^[ \t]*((?:[A-Z][A-Z.'\-]*\s){0,4}[A-Z][A-Z'\-]+):\s", re.MULTILINE)
_HEADING_TITLES = frozenset(HEADING_TITLES)


def heading_speaker(doc: Document, sv: SentenceView) -> Actor | None:
    """The speaker whose transcript heading opens the sentence's paragraph at the sentence
    ("GEN. RYDER: On Tuesday, US forces ... were attacked"): an actor named in the heading, or
    a surname of a name given in full before ("Sabrina Singh ... MS. SINGH:"). A heading is a
    speaker's when it holds a title or the text has headings of two names or more (a dialogue);
    a dateline or a label ("BAGHDAD:", "UPDATE:") names no actor or holds no title."""
    s = sv.s
    text = doc.text
    if not text[s.start:s.start + 1].isupper() or text[text.rfind("\n", 0, s.start) + 1:s.start].strip():
        return None  # not at a paragraph's start in capitals
    m = _TRANSCRIPT_HEADING.match(text, s.start, s.end)
    if m is None:
        return None
    words = doc.folded[m.start():m.end() - 2].split()
    titled = bool(_HEADING_TITLES.intersection(words))
    if not titled and len({h.group(1) for h in _ANY_HEADING.finditer(text)}) < 2:
        return None
    named = [t.actor for t in sv.actor_toks if t.end <= m.end() and t.actor is not None]
    if named:
        # (a capital as a dateline is its state's name: "WASHINGTON: US forces struck ...")
        return named[-1] if titled or named[-1].kind != K.STATE else None
    ends, found = full_names(doc).get(text[m.end() - 2 - len(words[-1]):m.end() - 2].title(), ([], []))
    k = bisect_right(ends, s.start)
    return found[k - 1].actor if k else None


#: How far after a narrated threat's "from" / "by" its source may start: a title and a name
#: ("warnings from Secretary of Defense Lloyd Austin"), or an article and an adjective.
SOURCE_GAP = len("the defense secretary ")
# NARRATED_ACT: after the source of "threats by X", the act it threatens ("threats by Iran to
# retaliate", "threats by Asaib Ahl al-Haq to strike US interests"); "threats by phone" is none
_NARRATED_ACT = re.compile(r"\s(?:to\s(?:retaliate|respond|strike|attack|target|hit|avenge|take\srevenge|escalate|"
                           r"launch|expand|widen|open)|of\s(?:retaliation|revenge|reprisals?|attacks|strikes|a\sresponse))\b")
# NOT_A_VOW: after the source of a warning, a demand or a danger, not a blow vowed ("warnings from US
# officials to rein in the factions", "a warning by the premier to cease attacks", "a warning from
# the army about a sandstorm")
_NOT_A_VOW = re.compile(r"\s(?:to\s(?:cease|stop|halt|end|rein|refrain|desist|avoid|leave|withdraw|pull|stay|evacuate)|"
                        r"about|over|on|of\s(?:the\s)?(?:danger|risk)s?)\b")
_BY_THREATS = frozenset({"threat by", "threats by"})
_WARNINGS_FROM = frozenset(f"{n} {link}" for n in ("warning", "warnings") for link in ("from", "by"))
# MILITIA_SOURCE: an unnamed militia side as the source ("threats of retaliation from Iraqi militias")
_MILITIA_SOURCE = re.compile(rf"\s(?:the\s)?(?:recent\s)?(?:{words(MILITIA_QUALIFIERS)})\s(?:{words(MILITIA_NOUNS)})\b")


def narrated_source(doc: Document, sv: SentenceView, c: Cue) -> Actor | None:
    """Who threatens in the narrated threat *c* (``NARRATED_THREATS``: "threats of retaliation
    from Kataib Hezbollah", "threats by Iran to retaliate", "a warning from the Pentagon that ..."):
    the actor right after its "from" / "by" (an unnamed militia side is the generic militias), or
    None: no actor there, "threats by X" with no act vowed after X, or a warning that is a demand
    or a danger ("warnings from US officials to rein in the factions")."""
    f, end = doc.folded, sv.s.end
    if _MILITIA_SOURCE.match(f, c.end):
        return doc.g.actor_by_name.get(GENERIC_MILITIAS)
    t = next((t for t in sv.actor_toks if 0 <= t.start - c.end <= SOURCE_GAP), None)
    if t is None or t.actor is None or "," in f[c.end:t.start] or ";" in f[c.end:t.start]:
        return None
    if c.text in _BY_THREATS and not _NARRATED_ACT.match(f, t.end, end):
        return None
    if c.text in _WARNINGS_FROM and _NOT_A_VOW.match(f, t.end, end):
        return None
    return t.actor
