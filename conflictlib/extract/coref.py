"""Coreference: which event each anchor reports, a new one or one named before.

One attack is often named several times in an article (lead, detail, recap, quote); a
careful reader counts it once.  For each anchor, in text order:

- an anchor with sites joins the latest compatible event at that site ("The attack on
  al-Tanf ..."), fills in a lead's summary ("three attacks in Syria" detailed one by one),
  or is new; a definite plural over several sites takes the latest group of events with
  one event per site ("the attacks hit Ain al-Asad and Green Village");
- a definite or pronoun anchor without sites ("the strike", "The drone attacks", "It")
  joins the latest compatible event (or group, or the last N for "the three attacks");
- a weapon with no place of its own elaborates the attack just named ("... saying its
  fighters had fired a barrage of Katyusha rockets");
- "the October attacks" (definite, no site, no day), a bare plural ("Attacks on US
  forces ...") and a kind ("such attacks") refer to nothing this article reports and make no
  event;
- "two attacks in Iraq and Syria" is one event per country;
- an attack named again with nothing new ("An attempted attack against US forces in Iraq
  was disrupted", "Two drones were shot down", "one of the drones", "US forces came under
  attack") joins the compatible event already reported, unless a word makes it a new one
  ("another", "a second"); munitions are no attacks of their own;
- a bare plural with a day ("conducted strikes in Syria and Iraq on Friday")
  is an event per country even when the day cannot be resolved, and so are a state's strikes
  in named countries ("The United States has launched airstrikes ... in Iraq and Syria");
- a state's forces striking with a verb in several countries ("US forces struck targets in
  Iraq and Syria") is an event per country; an anchor over several countries names again the
  events already reported there ("strikes in Iraq and Syria" in the headline and the lead).
- the attack a strike answers or a group is accused of ("their first reply to last week's
  drone strike", "the militia accused of carrying out the attack on Tower 22") is another
  attack than the strike its sentence reports, and a single one with no place or time of its
  own ("a militia blamed for an assault that wounded four troops") is a past attack named in
  passing; an appositive (", an attack that ...") names the attack just reported again; an
  attack whose toll runs "so far" is a war going on;
- a bare attack noun followed by "was a" or "by a" and another attack noun ("the assault was a
  drone attack") is the attack the second tells.

Whether an anchor can report a given event, and what it adds to it, is :mod:`.same_event`.

Writes ``ArticleState.events`` and ``n_groups`` and each anchor's ``events``; reads the
sentence's live anchors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import re

from .._dates import WEEKDAYS
from ..lookup import Place
from ..lookup import kinds as K
from ..lookup.garrisons import held_by
from ..lookup.installations import same_site
from .._text import back_from, holds_any
from ..lookup.vocab import CONDEMN_VERBS, key_words, words
from ..lookup.wordclasses import (ANSWERING_WORDS, BASE_NOUNS, BLAME_PHRASES, HANDING_VERBS, KIND_RELATIVE_VERBS,
                                  MOTIVE_PHRASES, NEW_EVENT_WORDS, OBJECT_VERBS, ORDER_WORDS, OTHER_ATTACK_DETERMINERS,
                                  STRUCK_SITE_NOUNS)
from .context import ArticleState, Document, SentenceView
from .model import Anchor, AnchorKind as A, CueKind as C, Event
from .phrases import SAME_BASE_LOOKBACK, SAME_BASE_SUBJECT, SO_FAR, answered
from .places import is_origin
from . import rules as R
from .same_event import SAME_WEAPON, compatible, fill, in_namesake, projectile_of, within

#: Munitions with nothing of their own name again a projectile attack told up to this many
#: sentences before, under another weapon word (same_event.PROJECTILES).
PROJECTILE_REACH = 8

#: How far before an attack noun "it was" may end, past the noun's modifiers ("It was an
#: independent and separate attack").
PREDICATE_LOOKBACK = 45
# PREDICATE: a subject pronoun and a copula before an indefinite attack noun ("it was a", "this
# is an"): the noun is the predicate of what was just told
_PREDICATE = re.compile(r"\b(?:it|this|that)\s(?:was|is)\s(?:also\s)?an?\s(?:[\w\-]+\s){0,3}$")

#: An attack with an attacker and a full date of its own does not name again an undated
#: attack by no one named more than this many sentences back ("the Hamas attack on October 7th").
BACKGROUND_REACH = 2
#: A lead's summary ("three attacks in Syria") is detailed within this many sentences.
SUMMARY_REACH = 3
_BOTH = re.compile(r"\bboth\s(?:[\w\-]+\s){0,2}$")
#: How far before an anchor a word may make it a new attack ("another one-way attack drone").
NEW_LOOKBACK = 30
# DEFINITE_BASE_OBJECT: right after a group's "said it attacked", a definite base noun that names
# no place, past one modifier ("said it struck the base", "said its fighters hit the American
# base", "targeted the occupation base"): the base of the attack just told, not another
_DEFINITE_BASE_OBJECT = re.compile(rf"\s(?:the|that|this)\s(?:[\w\-]+\s)?{words(BASE_NOUNS)}\b(?!\s(?:at|in|near|of)\s)")
# SAME_BASE_OBJECT: right after an attack verb (past the munition's verb: "drones struck"), a
# definite base noun as its object ("struck the base once more", "shelled the same outpost"):
# the base named just before, unless a place follows it ("the base at al-Tanf")
_SAME_BASE_OBJECT = re.compile(rf"(?:\s[\w\-]+){{0,3}}\s(?:the|that|this)\s(?:same\s)?(?:[\w\-]+\s)?{words(STRUCK_SITE_NOUNS)}\b"
                               r"(?!\s(?:at|in|near|of)\s)")
#: "The base was attacked again on Thursday" names the base of an attack told at most this many
#: sentences before.
SAME_BASE_REACH = 3
_NEW_EVENT = re.compile(rf"\b{words(NEW_EVENT_WORDS)}\b")
_ORDER = re.compile(rf"\b{words(ORDER_WORDS)}\b")
# OTHER_ATTACK: a determiner of the anchor's own noun phrase that makes it another attack
# ("Another drone attack hit Tal Baydar", "a separate rocket attack on the base"): with it, an
# indefinite attack at a site already struck is a new attack there, not the one told before
_OTHER_ATTACK = re.compile(rf"\b{words(OTHER_ATTACK_DETERMINERS)}\s(?:[\w\-]+\s){{0,2}}$")
_ORDER_KEYS = key_words(ORDER_WORDS)
# DOWNED_ANOTHER: "forces shot down another drone", "intercepted a second missile": one more
# munition of the attack just reported (ANNOTATION.md: munitions are no attacks)
_DOWNED_ANOTHER = re.compile(rf"\b{words(OBJECT_VERBS)}\s(?:another|a\ssecond|a\sthird|one\smore)\s(?:[\w\-]+\s)?$")
#: "the first time US forces have been targeted since ...": the words before an anchor that
#: make it the attack just named, as the first of its kind in a while.
FIRST_TIME_LOOKBACK = 60
# SUCH: "Despite such attacks, Wednesday's strike caused no casualties": a kind of attack, no
# attack of the story (but "the first such attack" is one)
_SUCH = re.compile(r"(?<!first\s)\bsuch\s(?:[\w\-]+\s){0,2}$")
SUCH_LOOKBACK = 30
# LIKE_THIS: right after an attack noun, "like this" ("an attack like this", "attacks like
# these"): a kind of attack, as "such attacks" is
_LIKE_THIS = re.compile(r"\s(?:like|such\sas)\s(?:this|that|these|those)\b")
# KIND_RELATIVE: right after a plural attack noun, a relative clause in the present ("attacks
# that target bases hosting advisers are unacceptable"): a kind of attack, as "such attacks" is
_KIND_RELATIVE = re.compile(rf"\s(?:that|which)\s{words(KIND_RELATIVE_VERBS)}\s")
_FIRST_TIME = re.compile(r"\bthe\sfirst\s(?:time|such)\s(?:[\w\-.]+\s){0,6}$")
#: "drawing the US into combat, launching attacks against the Houthis in Yemen": a gerund
#: before a state's bare plural with no day tells an ongoing campaign, not strikes of the story.
GERUND_LOOKBACK = 25
#: How far before a state's definite strikes the verb that condemns them may start.
CONDEMNED_LOOKBACK = 40
#: CONDEMNED_BEFORE: a condemnation right before a definite attack noun, with at most three words
#: between ("Iran condemned the US military strikes in Iraq and Syria", "denounced the American
#: strikes"): the strikes, told first here, are strikes of the story.
_CONDEMNED_BEFORE = re.compile(rf"\b{words(CONDEMN_VERBS)}\s(?:[\w\-'\u2019]+\s){{0,3}}$")
_GERUND_AGENT = re.compile(r"\b(?:launching|conducting|carrying\sout|staging|mounting)\s(?:[\w\-]+\s)?$")
#: "multiple drone attacks", "numerous strikes" with no day and no site: a vague count sums up
#: a campaign, it reports no attack of the story.
VAGUE_LOOKBACK = 20
_VAGUE_BEFORE = re.compile(r"\b(?:multiple|several|numerous|various|many|a\snumber\sof)\s(?:[\w\-]+\s){0,2}$")
# SERIES_BEFORE: a word of repetition before attacks or launches ("blames the Guard for repeated
# drone and rocket fire", "frequent attacks on the garrison"): a series, not one attack
_SERIES_BEFORE = re.compile(r"\b(?:repeated|frequent|persistent|regular|recurring)\s(?:[\w\-]+\s){0,3}$")
#: "The al-Asad base and the Harir base have previously faced multiple drone attacks": a vague
#: count after a present perfect of undergoing sums up the past of the places named, even
#: with their sites; it reports no attack of the story.
_FACED_VAGUE = re.compile(r"\b(?:has|have)\s(?:(?:also|previously|repeatedly|\w+ly)\s)?(?:faced|suffered|endured|seen|"
                          r"come\sunder|been\s(?:hit|targeted)\sby)\s"
                          r"(?:multiple|several|numerous|various|many|dozens\sof|a\snumber\sof)\s(?:[\w\-]+\s){0,2}$")
FACED_LOOKBACK = 60
#: "militias that have targeted US troops", "have been steadily targeting": a present perfect
#: right before an attack verb.
PERFECT_LOOKBACK = 25
_PERFECT = re.compile(r"\b(?:has|have)\s(?:been\s)?(?:(?:also|repeatedly|\w+ly)\s)?$")
# ONE_OBJECT: right after a present perfect attack verb, one thing struck ("have hit another
# storage site", "has struck an ammunition depot"): a strike of the story, not the campaign
_ONE_OBJECT = re.compile(r"\s(?:another|an?)\s")
#: "a leader blamed for attacks against American forces", "a direct reply to earlier
#: assaults on US troops": a plural attack noun (no count) right after a blame or motive
#: phrase names the campaign behind a strike, not an attack of the story nor the strike itself
#: (with a day of its own it is one: "in response to the Nov. 21 attacks").
CAMPAIGN_LOOKBACK = 40
_MOTIVE_BEFORE = re.compile(rf"\b{words(MOTIVE_PHRASES)}\s(?:the\s)?(?:[\w\-]+\s){{0,2}}$")
# (after a blame phrase only a bare plural: "those responsible for the attacks" are this story's)
_BLAME_BEFORE = re.compile(rf"\b{words(BLAME_PHRASES)}\s(?:[\w\-]+\s){{0,2}}$")
# TOLL_AFTER: an attack noun whose toll is counted to this day ("the offensive on Gaza
# has killed more than 20,000 people so far"): an ongoing war, not one attack
_TOLL_AFTER = re.compile(r"(?:\s[\w\-'\u2019]+){0,4}\s(?:has|have)\s(?:now\s|already\s)?(?:killed|left)\b")
#: Its last words; it holds no punctuation mark, so one of them stands before the next mark.
_TOLL_KEYS = ("killed", "left")
# APPOSITION_BEFORE / RELATIVE_AFTER: an attack noun set after a comma or a dash as an
# appositive, or after "in" closing the attack's own clause, with a relative clause after it
# (", an attack that ...", " - a strike which ...", "hit the base on Sunday in an attack that
# officials blamed on ...")
_APPOSITION_BEFORE = re.compile(r"(?:,|\s[\-\u2013\u2014]|\sin)\s(?:an?|the|one)\s(?:[\w\-]+\s)?$")
_RELATIVE_AFTER = re.compile(r"\s(?:that|which)\s")
# REDUCED_RELATIVE: the relative clause without "that" whose speaker hands the attack to its doer
# (", an attack US officials blamed on ...", ", a strike the Pentagon attributed to ...")
_REDUCED_RELATIVE = re.compile(rf"(?:\s[\w\-.']+){{1,6}}?\s(?:has\s|have\s|had\s)?{words(HANDING_VERBS)}\s")
#: Between two attack nouns, a copula or "by" makes the second say what the first was ("The
#: assault was a drone attack"): one attack, told by the second.
_SAID_TO_BE = re.compile(r"\s(?:was|is|by)\s(?:an?\s)?$")
# ANSWERING_BEFORE: a word of reply right before an attack noun, past one more modifier ("the
# retaliatory airstrikes", "the reprisal air strikes"): the strike that answers an attack
_ANSWERING_BEFORE = re.compile(rf"\b{words(ANSWERING_WORDS)}\s(?:[\w\-]+\s)?$")
ANSWERING_LOOKBACK = 30
#: Date kinds that name a day even when the publication date is unknown ("on Friday").
_DAY_KINDS = ("absolute", "weekday", "relative")


def resolve(doc: Document, sv: SentenceView, st: ArticleState, a: Anchor) -> None:
    """Attach anchor *a* to the events it reports (``a.events``), making new ones as needed."""
    s = sv.s
    definite = a.definite or a.anaphoric
    if a.kind == A.NP and not a.plural and a.weapon == K.UNKNOWN_WEAPON and not a.sites and \
            any(x.kind == A.NP and x.left > a.end and _SAID_TO_BE.match(doc.folded, a.end, x.left) for x in sv.live):
        return  # "The assault was a drone attack", "hit in an attack by a drone strike": the next noun says what it was
    if a.kind == A.NP and a.plural and a.count is None and a.date is None and (not definite or not a.sites):
        lo = back_from(a.seg_start, a.left, CAMPAIGN_LOOKBACK)
        if _MOTIVE_BEFORE.search(doc.folded, lo, a.left) or (
                not definite and _BLAME_BEFORE.search(doc.folded, lo, a.left)):
            return  # the campaign a strike answers or a leader is blamed for
    if a.kind == A.NP and not a.plural and not definite and (a.count or 1) == 1 and not a.sites and \
            a.date is None and _BLAME_BEFORE.search(doc.folded, back_from(a.seg_start, a.left, CAMPAIGN_LOOKBACK), a.left):
        # "a militia officials have blamed for an assault that wounded four troops": the past attack
        # a group or leader is blamed for, named in passing with no place or time of its own (an
        # entry with one: "blamed for the assassination of a leader in Beirut last week")
        return
    if a.kind == A.NP and _ANSWERING_BEFORE.search(doc.folded, back_from(a.seg_start, a.left, ANSWERING_LOOKBACK),
                                                   a.left):
        a.answering = True  # "the retaliatory airstrikes" (same_event.compatible)
    if a.motive and not a.plural and not definite and (a.count or 1) == 1 and not a.sites and \
            (not a.countries or a.borrowed_country) and a.date is None and a.perp is None and \
            not any(a.end <= c.start < a.seg_end for c in sv.ck[C.KILL] + sv.ck[C.WOUND]):
        # "struck depots in al-Qaim in retaliation for an earlier attack on a US base": the attack
        # a strike of the sentence answers, named in passing with no place or day of its own
        # (ANNOTATION.md: no entry; with one, "in response to a drone attack in Jordan", it is
        # one, and so is an attack told by its doer or its toll: "after a drone attack by
        # militants wounded four soldiers")
        return
    if a.kind == A.NP and a.plural and a.date is None and \
            _FACED_VAGUE.search(doc.folded, back_from(a.seg_start, a.left, FACED_LOOKBACK), a.left):
        return  # "... have previously faced multiple drone attacks": their past, not an attack of the story
    if a.kind == A.NP and holds_any(doc.folded, _TOLL_KEYS, a.end, doc.next_punct(a.end)) \
            and _TOLL_AFTER.match(doc.folded, a.end) and SO_FAR.search(doc.folded, a.end, s.end):
        return  # "Israel's assault on Gaza has killed over 6,000 people so far": a war going on
    if a.kind == A.NP and not a.plural and not a.sites and _APPOSITION_BEFORE.search(doc.folded, a.seg_start, a.left) \
            and (_RELATIVE_AFTER.match(doc.folded, a.end) or _REDUCED_RELATIVE.match(doc.folded, a.end)):
        # "killed in a drone attack near the border, an attack that the Pentagon blamed on ...",
        # ", an attack US officials attributed to the group": the appositive names the attack
        # just reported again
        if _names_again(a, [e for x in sv.live if x is not a and x.end <= a.left for e in x.events
                             if compatible(e, a)]):
            return
    if a.kind == A.NP and not a.definite and not a.plural and (a.count or 1) == 1 and \
            _PREDICATE.search(doc.folded, back_from(s.start, a.left, PREDICATE_LOOKBACK), a.left):
        # "It was a suicide attack on a base in Tikrit", "this was an attack separate from the war":
        # the predicate says what the attack just told was, it reports no other (with none told
        # that it may be, "A blast shook the base. It was a drone attack", it is read as ever)
        same = [e for e in st.events if compatible(e, a)]
        if same:
            fill(same[-1], a, a.sites[0] if len(a.sites) == 1 else None,
                 a.countries[0] if len(a.countries) == 1 else None)
            a.events.append(same[-1])
            return
    if a.rule == R.ORDINAL_ATTACK_VERB and not a.sites:
        return  # "two rockets ... the other landed on the outpost": a munition, or
        # an attack just counted with no site of its own to tell it apart
    st.n_groups += 1
    group = st.n_groups
    e: Event | None
    if a.sites:
        objects: list[tuple[Place | None, str | None]] = [(p, p.country) for p in a.sites]
        for sc in a.site_countries:
            objects.append((None, sc))
        # an attack noun of its own with "another" or "a second" before it is a new attack at a
        # site already struck (a munition's "another drone" may be one more of the same barrage)
        other = not definite and _another(doc, a)
        if definite and a.plural and len(objects) > 1:
            evs = _find_group_sites(st, a, objects)
            if evs:
                for e, (site, country) in zip(evs, objects):
                    fill(e, a, site, country)
                a.events.extend(evs)
                return
        for site, country in objects:
            e = None
            if a.rule == R.ORDINAL_ATTACK_VERB:
                if site is None or any(e.site == site for x in sv.live if x is not a and x.end <= a.left
                                       and x.rule == R.ORDINAL_ATTACK_VERB for e in x.events):
                    continue  # (a country of the ordinal's site: that site's; the site of the ordinal
                    # before it, read in this one's segment: that one's)
                # "Two attacks hit US bases. The first targeted al-Tanf, the second Conoco": one of
                # the attacks just counted, at its own site; without such a count, none (an
                # ordinal may count munitions: "the second drone crashed")
                e = _from_summary(st, a, site, s.idx, munitions=False) or _ordinal_sister(sv, st, a, site, s.idx)
                if e is None:
                    continue
                e.rule = a.rule  # the row's site and its being one of its own are the ordinal's reading
            elif site is not None:
                e = None if other else _find(doc, st, a, site=site, definite=definite, sentence=s.idx)
                if e is not None and e.site is None and e in a.events:
                    e = None
                if e is None:
                    e = _from_summary(st, a, site, s.idx)
                if e is None and not definite and len(objects) == 1:
                    # "A drone attack targeted US forces in Iraq. ... The drone hit Ain al-Asad":
                    # the site of the attack reported without one
                    e = _restated(doc, sv, st, a, s.idx, site=site)
                if e is None and definite:
                    # "The strikes hit al-Qaim and Akashat": one more attack like the last one
                    prev = [x for x in a.events if x.country == site.country] or a.events
                    if prev:
                        e = _clone(st, prev[-1])
            if e is None:
                e = _new_event(st, s.idx, a, group, site, country)
                if a.count is not None and len(objects) > 1:
                    e.count = 1
            else:
                fill(e, a, site, country)
            a.events.append(e)
        return
    if definite and _SUCH.search(doc.folded, back_from(a.seg_start, a.left, SUCH_LOOKBACK), a.left):
        return  # "such attacks": a kind of attack, not one this article reports
    if a.plural and a.kind == A.NP and _KIND_RELATIVE.match(doc.folded, a.end):
        return  # "the attacks that target bases hosting advisers": a kind of attack
    if definite:
        k = a.count if a.count and a.count > 1 else (2 if _BOTH.search(doc.folded, a.seg_start, a.left) else 0)
        if a.plural and k > 1:
            evs = [e for e in st.events if compatible(e, a)][-k:]
            if len(evs) == k:  # "both attacks", "the three attacks"
                for e in evs:
                    fill(e, a, None, None)
                a.events.extend(evs)
                return
        if a.plural:
            evs = _find_group(st, a)
            if evs:
                for e in evs:
                    fill(e, a, None, None)
                a.events.extend(evs)
                return
        else:
            e = _find(doc, st, a, site=None, definite=True, sentence=s.idx)
            if e is not None:
                fill(e, a, None, None)
                a.events.append(e)
                return
    if _LIKE_THIS.match(doc.folded, a.end):
        # "the first time these militias carried out an attack like this": a kind of attack,
        # the one just named if it is in the sentence, else none of its own
        _names_again(a, _sentence_events(sv, a))
        return
    if _FIRST_TIME.search(doc.folded, back_from(a.seg_start, a.left, FIRST_TIME_LOOKBACK), a.left):
        # "U.S. troops shot down two drones, the first time US troops had come under attack
        # since February": the attack just named, not another
        if _names_again(a, _sentence_events(sv, a)):
            return
    if not definite and not a.sites:
        e = _restated(doc, sv, st, a, s.idx)
        if e is not None:  # "An attempted attack against US forces in Iraq was disrupted"
            fill(e, a, None, a.countries[0] if len(a.countries) == 1 else None)
            a.events.append(e)
            return
    if not a.sites and not a.countries and a.weapon != K.UNKNOWN_WEAPON:
        # "... a rocket attack on Harir, saying its fighters had fired a barrage of Katyusha
        # rockets", "The attack took place when ballistic missiles were launched": a weapon with
        # no place of its own elaborates the attack just named (a missile attack's missiles may
        # be named ballistic)
        if _names_again(a, [e for e in _sentence_events(sv, a)
                            if e.weapon == a.weapon or {e.weapon, a.weapon} == SAME_WEAPON]):
            return
        # "A second attack followed, this time on the embassy, where a drone landed": the
        # munitions of the other attack just told in the sentence, of no weapon yet
        if a.kind == A.MUNITION and _names_again(a, [e for x in sv.live if x is not a and x.end <= a.left and
                                                     not (x.definite or x.anaphoric) and _another(doc, x)
                                                     for e in x.events
                                                     if e.sentence == s.idx and e.weapon == K.UNKNOWN_WEAPON]):
            return
    day = a.date is not None and (a.date.precision == "day" or (a.date.date is None and a.date.kind in _DAY_KINDS))
    # "the attack on Israel by Hamas", "the drone strike in Jordan": an attacker or a weapon and
    # one country name one attack, background or of the story
    background = (a.perp is not None or a.weapon != K.UNKNOWN_WEAPON) and len(a.countries) == 1 and not a.plural
    # a state's forces striking in named countries are strikes of this story ("The United
    # States hit 85 targets in Syria and Iraq with airstrikes")
    state_strikes = a.perp is not None and a.perp.side in K.STATE_FORCE_SIDES and bool(a.countries) and \
        not _GERUND_AGENT.search(doc.folded, back_from(a.seg_start, a.left, GERUND_LOOKBACK), a.left)
    if definite and not a.sites and not day and not background and not (
            state_strikes and a.plural and _CONDEMNED_BEFORE.search(
                doc.folded, back_from(a.seg_start, a.left, CONDEMNED_LOOKBACK), a.left)):
        return  # "the October attacks": refers to nothing this article reports (but "the attack
        # on Israel by Hamas" is background with a place, and "Iran condemned the US strikes in
        # Iraq and Syria" names a state's strikes in each country, told first by the condemnation)
    if a.kind == A.NP and a.plural and a.count is None and not a.sites and not day and not state_strikes:
        return  # a bare plural ("Attacks on US forces ...") names a kind of event, not one
    if a.kind == A.NP and a.plural and not a.sites and not day and \
            _VAGUE_BEFORE.search(doc.folded, back_from(a.seg_start, a.left, VAGUE_LOOKBACK), a.left):
        return  # "a militia that had announced many missile and drone attacks on US bases": a summary
    if a.kind in (A.NP, A.MUNITION) and (a.count or 1) == 1 and not a.sites and not day and \
            _SERIES_BEFORE.search(doc.folded, back_from(a.seg_start, a.left, VAGUE_LOOKBACK), a.left):
        return  # "blamed for repeated drone and rocket fire on US troops": a series
    if a.kind == A.VERB and (a.count or 1) == 1 and not a.sites and not day and \
            _PERFECT.search(doc.folded, back_from(s.start, a.start, PERFECT_LOOKBACK), a.start) and \
            not _ONE_OBJECT.match(doc.folded, a.end):
        return  # "militias that have targeted US troops and shipping": the campaign, summed up (but
        # "US jets have struck another arms depot in eastern Syria" is one strike: its object is one)
    countries: Sequence[str | None] = a.countries or [None]
    if len(countries) > 1 and (a.count == len(countries) or (a.plural and a.count is None)
                               or (a.kind in (A.VERB, A.MUNITION, A.NP) and (a.count or 1) == 1 and state_strikes
                                   and not a.passive)):
        fresh: list[Event] = []
        known: list[Event] = []
        for c in countries:  # "two attacks in Iraq and Syria", "strikes in Iraq and Syria"
            # (definite too: "US jets struck five sites in Iraq ... The attacks in Iraq and Syria
            # were carried out on Friday" names again the strikes in Iraq)
            e = _restated_in(doc, sv, st, a, c, definite=definite)
            if e is not None:  # a headline's "strikes in Iraq and Syria" named again in the lead
                fill(e, a, None, c)
                known.append(e)
            else:
                e = _new_event(st, s.idx, a, group, None, c)
                e.count = 1
                fresh.append(e)
            a.events.append(e)
        if definite and known:
            for e in fresh:  # ... and the attacks in Syria are strikes of that side too
                if e.weapon == K.UNKNOWN_WEAPON:
                    e.weapon = known[0].weapon
                if e.perp is None:
                    e.perp = known[0].perp
        return
    site = _same_base_other_day(doc, st, a, s.idx) if countries == [None] else None
    if site is None and a.kind == A.VERB and a.definite and a.passive:
        return  # "the base was attacked" (anchors: a definite base subject) with no base told before
    e = _new_event(st, s.idx, a, group, site, countries[0] if len(countries) == 1 else None)
    e.summary = (a.count or 1) > 1
    a.events.append(e)


def _same_base_other_day(doc: Document, st: ArticleState, a: Anchor, sentence: int) -> Place | None:
    """The base of the attack told just before, when anchor *a* names it again by a definite base
    noun on a day of its own ("A drone hit Harir Air Base on Tuesday. On Thursday the base was
    attacked again", "Rockets struck al-Tanf on Jan. 12; militants shelled the outpost on Jan.
    15"): the same base, another attack (same_event.compatible keeps the two days apart).  Only
    where every event of the article with a place is at that one base: with two bases told,
    "the base" would be a guess."""
    d = a.date
    if d is None or d.date is None or d.precision != "day" or a.count not in (None, 1) or a.plural:
        return None
    if not (_SAME_BASE_OBJECT.match(doc.folded, a.end) or (a.passive and SAME_BASE_SUBJECT.search(
            doc.folded, back_from(doc.sentences[sentence].start, a.left, SAME_BASE_LOOKBACK), a.left))):
        return None
    placed = [e for e in st.events if e.site is not None]
    if not placed:
        return None
    # how far back the base was last named: where its attack was last told, not first ("a drone
    # hit Harir ... on the 17th a drone struck it, a channel said ... On November 8 and 10, drones
    # attacked the base as well": the base of the sentence before)
    told = st.last_event_sentence if placed[-1] in st.last_events else placed[-1].sentence
    if sentence - told > SAME_BASE_REACH:
        return None
    site = placed[-1].site
    assert site is not None
    if not site.is_site or any(e.site != site for e in placed):
        return None
    # the same side's attack: not a state's strike on the base of the militia that attacked it
    if a.perp is not None and placed[-1].perp is not None and a.perp.side != placed[-1].perp.side:
        return None
    if any(e.date == d.date for e in placed):
        return None  # the day of an attack told there already: that attack, told again
    return site


def _sentence_events(sv: SentenceView, a: Anchor) -> list[Event]:
    """The events of the sentence's other anchors that anchor *a* may name again."""
    return [e for x in sv.live if x is not a for e in x.events if compatible(e, a)]


def _another(doc: Document, a: Anchor) -> bool:
    """Whether attack noun *a* has a determiner that makes it another attack ("another drone
    attack", "a second attack"); not a munition ("another drone" may be one more of a barrage)."""
    return a.kind == A.NP and \
        _OTHER_ATTACK.search(doc.folded, back_from(a.seg_start, a.left, NEW_LOOKBACK), a.left) is not None


def _names_again(a: Anchor, same: list[Event]) -> bool:
    """Attach anchor *a* to the one event in *same* (the attack just named), filling in what it
    adds; False when there is none or more than one (no attack it can only mean)."""
    if len(same) != 1:
        return False
    fill(same[0], a, None, None)
    a.events.append(same[0])
    return True


def _restated(doc: Document, sv: SentenceView, st: ArticleState, a: Anchor, sentence: int,
              site: Place | None = None) -> Event | None:
    """The event of an earlier sentence that anchor *a* (indefinite) names again with nothing
    new: one attack, no word that makes it another, compatible in weapon, side, day, country
    and target, and no attacker where the event's is unknown unless the weapon agrees; with a
    *site*, an event reported without a site in that site's country.  None when *a* may
    report a new attack."""
    # (a count of attacks names again only an event of that count and weapon: "Two drone attacks
    # hit an airbase on Friday ... Two drone attacks targeted the airbase, officials said")
    counted = a.kind == A.NP and (a.count or 1) > 1 and a.weapon != K.UNKNOWN_WEAPON
    if a.kind == A.KILL or ((a.count or 1) > 1 and not counted) or (a.plural and a.kind != A.MUNITION and not counted):
        return None
    if site is None and len(a.countries) > 1:
        return None
    f = doc.folded
    if _NEW_EVENT.search(f, back_from(a.seg_start, a.left, NEW_LOOKBACK), a.end) and not (
            a.kind == A.MUNITION and _DOWNED_ANOTHER.search(f, back_from(a.seg_start, a.left, NEW_LOOKBACK), a.left)):
        return None  # "another" makes a new attack, but "shot down another drone" is one more munition
    clause = doc.last_break(sv.s.start, a.left, sv.s.start)
    m = _ORDER.search(f, clause, a.left) if holds_any(f, _ORDER_KEYS, clause, a.left) else None
    if m is not None and any(clause <= b.start and b.end <= m.start() for b in sv.live):
        return None  # "The air strike came after ... a drone attack": set beside another attack
    # sites the sentence names elsewhere ("two drones were fired toward Tal Baydar"): the
    # anchor may be at one of them, so it names again only an event at such a site (not the
    # town it came from: "rockets were fired from Zummar" may name again the attack on a base;
    # but "a drone downed a few kilometres from Ain al-Asad" was at the base)
    named = {t.place.name for t in sv.toks if t.place is not None and t.place.is_site and not (
        t.place.kind in (K.TOWN, K.CITY) and is_origin(doc, sv.s.start, t))} if site is None else set()
    # "mortar rounds landed in the compound ... a police officer said eleven rockets had been
    # launched": a munition with no place, day or attacker of its own is the barrage told
    # before, under another word
    bare = a.kind == A.MUNITION and site is None and not a.countries and a.perp is None and a.date is None
    loose = replace(a, weapon=K.UNKNOWN_WEAPON, events=[]) if bare else a
    answering = _answered_here(doc, sv, a)
    for e in reversed(st.events):
        if e.sentence == sentence or (e.summary and not counted) or (counted and (e.count != a.count or e.weapon != a.weapon)):
            continue
        if e.idx in answering:
            continue  # "The strikes answered a drone strike at Erbil air base": not the strikes
        if site is not None and e.perp is not None and held_by(site) == e.perp.side:
            continue  # "US strikes in Syria ... two drones targeted al-Tanf": no side strikes its own base
        if not compatible(e, a, site) and not (
                bare and sentence - e.sentence <= PROJECTILE_REACH and projectile_of(e, a) and compatible(e, loose)):
            continue
        if site is not None and (e.site is not None or (e.country is None and not (
                # "hurt in a drone attack on Christmas Day ... wounded when a one-way attack drone
                # struck Erbil Airbase": a dated attack with no place, given its site by its own weapon
                e.date is not None and e.weapon == a.weapon != K.UNKNOWN_WEAPON))):
            continue
        if named and (e.site is None or e.site.name not in named):
            continue
        if a.target is not None and e.target is not None and _side(doc, a.target) != _side(doc, e.target):
            continue  # "an attack on Israel" is not the attack on US forces
        if _opposed(doc, a, e):
            continue  # "a drone attack on a US base" is not the US strike reported before
        if a.perp is not None and e.perp is None and a.weapon != e.weapon and not (
                # "rocket and drone attacks on a US base in Syria" ... "its drones hit al-Shaddadi":
                # the site and attacker of the attack told first with neither weapon nor attacker
                site is not None and e.weapon == K.UNKNOWN_WEAPON) and not _base_told_again(doc, st, a, e, sentence):
            continue
        if _weekday_clash(doc, a, e):
            continue  # "rockets hit Rumalyn on Sunday" is not the attack of April 22, a Monday
        if a.kind == A.MUNITION and e.weapon == K.UNKNOWN_WEAPON and sentence - e.sentence > 1 and site is None:
            continue  # munitions elaborate an attack of unknown weapon only right after it (but
            # a munition at a site places the attack told before only in the site's country)
        return e
    return None


def _answered_here(doc: Document, sv: SentenceView, a: Anchor) -> frozenset[int]:
    """The events that an anchor before motive anchor *a* in its sentence names again: the
    strikes that *a* is the motive of ("US jets bombed depots in Iraq on Tuesday. The strikes
    were the answer to a drone strike at Erbil air base": the drone strike is another attack
    than the strikes the subject names again, told in the sentence before), so that *a* never
    restates them.  Only events with a known doer: one side's strikes answer another's attack
    (an event with none, that "This strike" may have named by mistake, is left as it was)."""
    if not (a.motive or answered(doc.folded, a)):
        return frozenset()
    return frozenset(e.idx for x in sv.live if x is not a and x.end <= a.left for e in x.events
                     if e.perp is not None)


def _base_told_again(doc: Document, st: ArticleState, a: Anchor, e: Event, sentence: int) -> bool:
    """Whether a group's "said it attacked" *a* names again, by a definite base noun, the base of
    *e*, the one attack of the sentence just before ("Rockets hit the Conoco base on Monday.
    Kataib Hezbollah said it struck the base"): the group claims that attack, whatever weapon it
    names or leaves out (with another base attacked in the article, "the base" would be a guess:
    none)."""
    return a.rule == R.SPEAKER_SAID_IT_ATTACKED and e.site is not None and st.last_events == [e] \
        and sentence - e.sentence == 1 and all(x.site in (None, e.site) for x in st.events) \
        and _DEFINITE_BASE_OBJECT.match(doc.folded, a.end) is not None


def _weekday_clash(doc: Document, a: Anchor, e: Event) -> bool:
    """Whether anchor *a*'s bare weekday, left unresolved (no publication date), names another
    day of the week than event *e*'s known day ("on Sunday" against the attacks of April 22, a
    Monday): then they are two attacks."""
    d = a.date
    if d is None or d.kind != "weekday" or d.date is not None or e.date is None or e.precision != "day":
        return False
    wd = WEEKDAYS.get(doc.folded[d.start:d.end])
    return wd is not None and wd != e.date.weekday()


def _restated_in(doc: Document, sv: SentenceView, st: ArticleState, a: Anchor, country: str | None,
                 definite: bool = False) -> Event | None:
    """The event of an earlier sentence in *country*, without a site, that a plural anchor over
    several countries names again ("US strikes in Iraq and Syria" in the headline and the
    lead): same side, compatible weapon and day, no word that makes it another."""
    if country is None or _NEW_EVENT.search(doc.folded, back_from(a.seg_start, a.left, NEW_LOOKBACK), a.end):
        return None
    one = replace(a, countries=[country], events=[])  # the anchor as it speaks of this country
    for e in reversed(st.events):
        if e.sentence == sv.s.idx or e.site is not None or e.country != country or e.summary:
            continue
        if (not definite and (a.perp is None) != (e.perp is None)) or not compatible(e, one):
            continue
        if e not in a.events:
            return e
    return None


def _opposed(doc: Document, a: Anchor, e: Event) -> bool:
    """Whether anchor *a* and event *e* cannot be one attack because one's attacker is of the
    side the other's target is: no side strikes itself ("an attack on a US base near Erbil"
    after "the US ordered airstrikes in Iraq" is the attack the strikes answer, not them)."""
    return e.perp is not None and a.target is not None and not a.passive and _side(doc, a.target) == e.perp.side


def _side(doc: Document, name: str) -> str:
    """The side of a target (an actor's name, or a word such as "civilians": itself)."""
    actor = doc.g.actor_by_name.get(name)
    return actor.side if actor is not None else name


def _new_event(st: ArticleState, sentence: int, a: Anchor, group: int, site: Place | None,
               country: str | None) -> Event:
    e = Event(idx=len(st.events), group=group, count=a.count, start=a.start, end=a.end,
              sentence=sentence, rule=a.rule, killing=a.killing, named=a.named_country is not None,
              motive=a.motive)
    st.events.append(e)
    fill(e, a, site, country)
    return e


def _clone(st: ArticleState, e: Event) -> Event:
    """A sister event of *e* (same report, another place): a copy with its own id."""
    c = Event(idx=len(st.events), group=e.group, weapon=e.weapon, perp=e.perp, target=e.target,
              country=e.country, date=e.date, precision=e.precision, count=1,
              claimed_by=list(e.claimed_by), confirmed_by=list(e.confirmed_by),
              denied_by=list(e.denied_by), start=e.start, end=e.end, sentence=e.sentence, rule=e.rule,
              killing=e.killing, named=e.named, group_subject=e.group_subject, motive=e.motive)
    st.events.append(c)
    return c


def _ordinal_sister(sv: SentenceView, st: ArticleState, a: Anchor, site: Place, sentence: int) -> Event | None:
    """For an ordinal's attack with no count before it ("Further strikes came on Oct. 27. One
    targeted the oil field, while the other struck Ain al-Asad"): the first ordinal takes the
    placeless attack just told (not a count of munitions), the next ones a copy of the attack
    the ordinal before them took."""
    for x in reversed(sv.live):
        if x is not a and x.end <= a.left and x.rule == R.ORDINAL_ATTACK_VERB and x.events:
            return _clone(st, x.events[-1])  # (its site is the anchor's own, filled by the caller)
    for e in reversed(st.events):
        if sentence - e.sentence > SUMMARY_REACH:
            break
        if e.site is None and e.rule != R.MUNITION_VERB and compatible(e, a, site):
            return e
    return None


def _from_summary(st: ArticleState, a: Anchor, site: Place, sentence: int, munitions: bool = True) -> Event | None:
    """A lead's "three attacks on US forces in Syria" detailed later, attack by attack (with
    *munitions* False, not "two drones were launched": a count of munitions, not of attacks)."""
    for e in reversed(st.events):
        if not munitions and e.rule == R.MUNITION_VERB:
            continue
        if e.summary and e.site is None and sentence - e.sentence <= SUMMARY_REACH and compatible(e, a, site):
            if (e.count or 1) > 1:
                e.count = (e.count or 2) - 1
                return _clone(st, e)
            e.summary = False
            return e
    return None


def _find(doc: Document, st: ArticleState, a: Anchor, *, site: Place | None, definite: bool,
          sentence: int = -1) -> Event | None:
    """The latest event anchor *a* names again, or None."""
    if sentence >= 0 and answered(doc.folded, a):
        # "US jets struck ..., their first response to last week's drone attack", "... sites of
        # the group accused of carrying out the drone attack on Tower 22": the attack a strike
        # answers is not the strike its own sentence reports
        return _find_in(doc, [e for e in st.events if e.sentence != sentence], a, site=site, definite=definite,
                        sentence=sentence)
    return _find_in(doc, st.events, a, site=site, definite=definite, sentence=sentence)


def _find_in(doc: Document, events: list[Event], a: Anchor, *, site: Place | None, definite: bool,
             sentence: int) -> Event | None:
    """The latest of *events* that anchor *a* names again, or None."""
    # (an anchor never names again an event that sets its own side against itself: "US
    # warplanes hit two depots" is not the attack on a US base in that province)
    events = [e for e in events if not _opposed(doc, a, e)]
    if a.perp is not None and definite and site is None:
        # "the US strikes" prefers the latest event with a perpetrator of that side
        for e in reversed(events):
            if e.perp is not None and e.perp.side == a.perp.side and compatible(e, a, site):
                return e
    if site is not None:
        for e in reversed(events):
            if e.site is not None and same_site(e.site, site) and compatible(e, a, site):
                return e
        if definite:  # "a strike in Baghdad" ... "the strike in the Mashtal district"; "a drone hit
            # Harir Air Base" ... "the drone attack in Erbil" (the province's name)
            for e in reversed(events):
                if e.site is not None and (within(e.site, site) or in_namesake(e, a, site)) and \
                        compatible(e, a, site):
                    return e
        elif a.kind == A.MUNITION and site.kind in (K.CITY, K.TOWN) and sentence >= 0:
            # "a drone attack hit the airport base at Erbil ... a drone headed for the coalition
            # base in Erbil was shot down": a munition of the attack told in the sentence before,
            # placed only in the city that holds its site
            for e in reversed(events):
                if sentence - e.sentence <= 1 and e.site is not None and e.weapon == a.weapon and \
                        within(e.site, site) and compatible(e, a, e.site):
                    return e
    if not definite:
        return None
    skip_siteless = site is not None and a.anaphoric is False and not a.definite
    # "the Hamas attack on October 7th" several sentences after an undated attack by no one
    # named: a background attack of its own, not that one given an attacker and a day
    own = a.perp is not None and a.date is not None and a.date.date is not None and a.date.kind == "absolute"
    for e in reversed(events):
        if skip_siteless and e.site is None:
            continue
        if own and e.perp is None and e.date is None and sentence - e.sentence > BACKGROUND_REACH:
            continue
        if a.target is not None and e.target is not None and _side(doc, a.target) != _side(doc, e.target):
            continue  # "the Oct. 7 attack on Israel" is not the attack on US forces
        if site is not None and (e.perp is None or e.perp.side not in K.STATE_FORCE_SIDES) \
                and _state_elsewhere(doc, e.target, site):
            continue  # "Hamas' Oct. 7 assault on Israel ... the attack on Tower 22": not in Israel
        if compatible(e, a, site):
            return e
    return None


def _state_elsewhere(doc: Document, target: str | None, site: Place) -> bool:
    """Whether *target* is a state (an attack on Israel) and *site* lies in another country:
    an attack on a state is not the attack at a site abroad (but an attack "on the United
    States" may be on its troops at a base abroad, and a state's strikes "on Iran" or "on
    pro-Iran targets" hit its proxies abroad: not asked of them)."""
    actor = doc.g.actor_by_name.get(target) if target is not None else None
    return actor is not None and actor.kind == K.STATE and actor.side != K.US_LED and site.country is not None \
        and actor.name != site.country


def _find_group_sites(st: ArticleState, a: Anchor, objects: list[tuple[Place | None, str | None]]) -> list[Event]:
    """The latest group of events with one compatible event for each site, in site order."""
    # the groups, that of the latest event first, each with its events in order (one pass
    # over the events, as in _find_group: a pass per group was quadratic in long texts)
    members: dict[int, list[Event]] = {}
    for e in reversed(st.events):
        if e.group not in members:
            members[e.group] = []
    for e in st.events:
        members[e.group].append(e)
    for evs in members.values():
        if len(evs) != len(objects):
            continue
        out: list[Event] = []
        for site, country in objects:
            pick = next((e for e in evs if e not in out and (
                compatible(e, a, site) if site is not None else e.country == country)), None)
            if pick is None:
                break
            out.append(pick)
        if len(out) == len(objects):
            return out
    return []


def _find_group(st: ArticleState, a: Anchor) -> list[Event]:
    """The latest group of events all compatible with *a* (of its side first)."""
    members: dict[int, list[Event]] = {}
    for e in reversed(st.events):  # the group of the latest event first
        if e.group not in members:
            members[e.group] = []
    for e in st.events:
        members[e.group].append(e)
    groups = members.values()
    if a.perp is not None:
        side = a.perp.side
        for evs in groups:
            for e in evs:
                if e.perp is None or e.perp.side != side or not compatible(e, a):
                    break
            else:
                return evs
    for evs in groups:
        for e in evs:
            if not compatible(e, a):
                break
        else:
            return evs
    return []
