"""The number and statement stages alone on one sentence: tallies, casualties, deployments
and claims (sentences written for these tests).  Events that a sentence talks about are
made by hand where a stage needs them, so that only the stage under test runs."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlib.extract import casualties, casualty_repeats, claim_repeats, claims, coref, deployments, rules as R, tallies
from conflictlib.extract.context import one_sentence
from conflictlib.extract.model import Event
from conflictlib.lookup import gazetteer

PUB = dt.date(2024, 1, 22)


@pytest.mark.parametrize("text,rows", [
    ("US forces have been attacked at least 66 times since October 17 - 32 times in Iraq and 34 in Syria.",
     [(66, "at least", "2023-10-17", "total", R.ATTACKED_NUMBER_TIMES),
      (32, "exact", "2023-10-17", "Iraq", R.TALLY_SPLIT), (34, "exact", "2023-10-17", "Syria", R.TALLY_SPLIT)]),
    ("There have been more than 100 attacks since mid-October.",
     [(100, "more than", "2023-10-01", "total", R.NUMBER_ATTACKS)]),
    ("It was the 74th attack on US forces.", [(74, "exact", None, "total", R.ORDINAL_ATTACK)]),
    ("It was the first attack on the base.", []),
    ("Militants attacked the base twice.", []),
])
def test_tallies(text: str, rows: list[tuple]) -> None:
    from conflictlib.extract import anchors

    doc, sv, st = one_sentence(text, PUB)
    sv.anchors = anchors.find_anchors(doc, sv, st)
    cancelled = tallies.read(doc, sv, st)
    got = [(c, q, str(since) if since else None, scope, rule) for c, q, since, scope, _, rule, *_ in st.tallies]
    assert got == rows
    # a count of attacks is no attack: the anchor it counts is cancelled
    assert bool(cancelled) == any(r[4] in (R.NUMBER_ATTACKS, R.ATTACKED_NUMBER_TIMES) for r in rows)


def _event(st, **kw) -> Event:
    e = Event(idx=len(st.events), group=len(st.events) + 1, **kw)
    st.events.append(e)
    st.last_events, st.last_event_sentence = [e], -1  # reported in the sentence before
    return e


@pytest.mark.parametrize("text,rows", [
    ("Five militiamen were killed.", [(5, None, "exact", R.NUMBER_PASSIVE, False)]),
    ("The strike killed at least five militiamen and wounded 12.",
     [(5, None, "at least", R.VERB_NUMBER, False), (None, 12, "exact", R.VERB_NUMBER, False)]),
    # a zero and an unquantified figure are no rows (ANNOTATION.md); the event carries the zero
    ("The attack caused no casualties.", []),
    ("None of the US personnel were injured.", []),
    ("The attack left several US personnel injured.", []),
    ("The strike killed a senior militia commander.", [(1, None, "exact", R.ONE_VICTIM, False)]),
    ("The commander and two of his guards were killed.", [(3, None, "exact", R.NAMED_AND_NUMBER_OF_HIS, False)]),
    ("The two attacks that caused those injuries were on Sunday.", []),
    ("Some 62 US personnel have been injured since mid-October.", [(None, 62, "about", R.NUMBER_PASSIVE, True)]),
])
def test_casualties(text: str, rows: list[tuple]) -> None:
    doc, sv, st = one_sentence(text, PUB)
    e = _event(st)
    casualties.read(doc, sv, st)
    assert [(c.killed, c.wounded, c.qualifier, c.rule, c.cumulative) for c in st.casualties] == rows
    # a figure of the attack just reported is that attack's; a running total is nobody's
    assert all((c.event is None) == c.cumulative for c in st.casualties)
    if rows and not rows[0][4] and rows[0][0]:
        assert e.killed == rows[0][0]
    if "no casualties" in text:
        assert (e.killed, e.wounded) == (0, 0)


def test_casualties_finish_same_figure_and_part() -> None:
    """The same dead named twice are one row across sentences (the one beside its wounded is
    kept); a part of a larger figure is no row."""
    doc, sv, st = one_sentence("x", PUB)
    e1, e2 = _event(st, weapon="drone"), _event(st, weapon="drone")
    C = casualties.Casualty
    st.casualties = [
        C(None, "US soldiers", 3, None, "exact", False, R.VERB_NUMBER, 0, 1, 0),
        C(e1, "US troops", 3, None, "exact", False, R.NUMBER_PASSIVE, 5, 6, 2),
        C(e1, None, None, 34, "exact", False, R.NUMBER_PASSIVE, 7, 8, 2),
        C(e2, "militiamen", 3, None, "exact", False, R.VERB_NUMBER, 9, 10, 4),
        C(e1, None, None, 1, "exact", False, R.NUMBER_PASSIVE, 11, 12, 5, True),
    ]
    casualty_repeats.finish(doc, st)
    assert [(c.event, c.killed, c.wounded, c.sentence) for c in st.casualties] == [
        (e1, 3, None, 2), (e1, None, 34, 2), (e2, 3, None, 4)]


@pytest.mark.parametrize("text,rows", [
    ("The US has 900 troops in Syria and 2,500 in neighbouring Iraq.",
     [("United States", "Syria", 900, R.NUMBER_TROOPS_IN), ("United States", "Iraq", 2500, R.ELLIPTICAL_SECOND_FIGURE)]),
    ("Jordan hosts about 3,000 US troops.", [("United States", "Jordan", 3000, R.PLACE_HOSTS_NUMBER_TROOPS)]),
    ("Three US soldiers were killed in Jordan.", []),  # a casualty figure, not a deployment
    ("Nineteen US service members stationed in Iraq have been diagnosed with brain injuries.", []),
])
def test_deployments(text: str, rows: list[tuple]) -> None:
    doc, sv, st = one_sentence(text, PUB)
    deployments.read(doc, sv, st)
    assert [(f, c, n, rule) for f, c, n, _, rule, *_ in st.deployments] == rows


def test_deployment_figure_in_the_next_sentence() -> None:
    doc, sv, st = one_sentence("It also has roughly 900 in Syria.", PUB)
    st.last_force, st.last_deploy_sentence = "United States", -1
    deployments.read(doc, sv, st)
    assert [(f, c, n, q, rule) for f, c, n, q, rule, *_ in st.deployments] == [
        ("United States", "Syria", 900, "about", R.ELLIPTICAL_NEXT_SENTENCE)]


ACTORS = gazetteer().actor_by_name


@pytest.mark.parametrize("text,perp,rows,status", [
    # a group claims the attack reported just before, and becomes its perpetrator
    ("Kataib Hezbollah claimed responsibility.", None,
     [("Kataib Hezbollah", "claim", R.SPEAKER_VERB)], ("Kataib Hezbollah", "claimed")),
    ("A US defense official confirmed the attack.", None,
     [("US official", "confirm", R.SPEAKER_VERB)], (None, "confirmed")),
    ("No one was hurt, said the Pentagon.", None,
     [("Pentagon", "confirm", R.VERB_SPEAKER)], (None, "confirmed")),
    # a plain "said" takes its stance from who speaks about whose attack
    ("Kataib Hezbollah said its drones hit their targets.", "Kataib Hezbollah",
     [("Kataib Hezbollah", "claim", R.SPEAKER_VERB)], ("Kataib Hezbollah", "claimed")),
    ("The US military said the strike killed five fighters.", "US military",
     [("US military", "confirm", R.SPEAKER_VERB)], ("US military", "confirmed")),
    ("Kataib Hezbollah denied any role in the attack.", None,
     [("Kataib Hezbollah", "deny", R.SPEAKER_VERB)], (None, "reported")),
])
def test_claims(text: str, perp: str | None, rows: list[tuple], status: tuple) -> None:
    from conflictlib.extract.rows import status as status_of

    doc, sv, st = one_sentence(text, PUB)
    e = _event(st, perp=ACTORS[perp] if perp else None, killed=5 if "killed" in text else None)
    e.target = "US military" if perp != "US military" else None
    claims.read(doc, sv, st)
    assert [(c.speaker.name, c.stance, c.rule) for c in st.claims] == rows
    assert all(c.events == [e] for c in st.claims)
    assert (e.perp.name if e.perp else None, status_of(e.confirmed_by, e.claimed_by)) == status


@pytest.mark.parametrize("text,rows,status", [
    # a reporting source confirms, but the attack stays reported
    ("Iraqi security sources said the drones hit the base.",
     [("security source", "confirm", R.SPEAKER_VERB)], "reported"),
    ("The Syrian Observatory for Human Rights also confirmed the attack.",
     [("Syrian Observatory for Human Rights", "confirm", R.SPEAKER_VERB)], "reported"),
    # negated or non-committal speech is no statement
    ("The Pentagon did not immediately confirm the attack.", [], "reported"),
    ("US officials have not said who carried it out.", [], "reported"),
])
def test_reporting_and_negated_speech(text: str, rows: list[tuple], status: str) -> None:
    from conflictlib.extract.rows import reporting_names, status as status_of

    doc, sv, st = one_sentence(text, PUB)
    e = _event(st)
    e.target = "US military"
    claims.read(doc, sv, st)
    assert [(c.speaker.name, c.stance, c.rule) for c in st.claims] == rows
    assert status_of(e.confirmed_by, e.claimed_by, reporting_names(doc)) == status


def test_status_reaches_an_event_coreference_left_apart() -> None:
    """A headline's strike and a lead's strike at the same place, one of them confirmed by
    CENTCOM, are one attack to the status; a strike in another country is not."""
    from conflictlib.extract.rows import _confirmers, reporting_names

    doc, sv, st = one_sentence("CENTCOM said its forces struck the site.", PUB)
    baghdad = gazetteer().place_by_name["Baghdad"]
    us = ACTORS["US military"]
    a = _event(st, weapon="air strike", perp=us, site=baghdad, country="Iraq")
    b = _event(st, weapon="air strike", country="Iraq", confirmed_by=["US Central Command"])
    c = _event(st, weapon="air strike", perp=us, country="Syria")
    d = _event(st, weapon="drone", country="Iraq", confirmed_by=["security source"])
    got = _confirmers(doc, st, reporting_names(doc))
    assert got[a.idx] == ["US Central Command"]
    assert got[c.idx] == []
    assert got[d.idx] == ["security source"]  # a source's word is not passed on, nor made a confirmation
    assert b.idx in got


def test_own_side_confirms_its_strikes_of_that_day_only() -> None:
    """A state about its own strike: CENTCOM's word on Sunday's drone attack (the claims stage
    ties it to the attack it answers) confirms the US strike of that Sunday, not an undated
    strike nor an earlier round; and that word is passed on to no attack "alike" the strike
    (an unconfirmed attack in the same country with no weapon named)."""
    from conflictlib.extract.claims import Claim
    from conflictlib.extract.rows import _confirmers, reporting_names

    doc, sv, st = one_sentence("CENTCOM said a drone hit the outpost.", PUB)
    us, centcom = ACTORS["US military"], ACTORS["US Central Command"]
    sunday = dt.date(2024, 1, 21)
    attack = _event(st, weapon="drone", country="Jordan", date=sunday, precision="day",
                    confirmed_by=["US Central Command"])
    strike = _event(st, weapon="air strike", perp=us, country="Iraq", date=sunday, precision="day")
    undated = _event(st, weapon="air strike", perp=us, country="Syria")
    earlier = _event(st, weapon="air strike", perp=us, country="Syria", date=dt.date(2024, 1, 1), precision="month")
    other = _event(st, country="Iraq", date=sunday, precision="day")
    st.claims.append(Claim([attack], 0, centcom, "confirm", R.SPEAKER_VERB, 0, 7))
    got = _confirmers(doc, st, reporting_names(doc))
    assert got[attack.idx] == ["US Central Command"]
    assert got[strike.idx] == ["US Central Command"]
    assert got[undated.idx] == [] and got[earlier.idx] == []
    assert got[other.idx] == []


def test_own_side_confirms_the_strikes_that_answer_the_attack() -> None:
    """CENTCOM's word on "the retaliatory strikes", which the claims stage ties to the attack
    they answer, confirms the US strikes after that attack and undated ones, not an earlier
    round."""
    from conflictlib.extract.claims import Claim
    from conflictlib.extract.rows import _confirmers, reporting_names

    doc, sv, st = one_sentence("CENTCOM said the retaliatory strikes hit every target.", PUB)
    us, centcom = ACTORS["US military"], ACTORS["US Central Command"]
    sunday = dt.date(2024, 1, 21)
    attack = _event(st, weapon="drone", country="Jordan", date=sunday, precision="day",
                    confirmed_by=["US Central Command"])
    later = _event(st, weapon="air strike", perp=us, country="Iraq", date=dt.date(2024, 1, 26), precision="day")
    undated = _event(st, weapon="air strike", perp=us, country="Syria")
    earlier = _event(st, weapon="air strike", perp=us, country="Syria", date=dt.date(2024, 1, 1), precision="month")
    st.claims.append(Claim([attack], 0, centcom, "confirm", R.SPEAKER_VERB, 0, 7))
    got = _confirmers(doc, st, reporting_names(doc))
    assert got[later.idx] == ["US Central Command"] and got[undated.idx] == ["US Central Command"]
    assert got[earlier.idx] == []


@pytest.mark.parametrize("before,negated", [
    ("the pentagon has not ", True),
    ("officials did not immediately ", True),
    ("the secretary stopped short of ", True),
    ("the secretary stopped short on thursday of ", True),   # a day between "short" and "of"
    ("the secretary ", False),
    ("officials were short of evidence and ", False),
])
def test_negated_speech(before: str, negated: bool) -> None:
    """A negated speech or blame verb makes no row and names no attacker."""
    from conflictlib.extract.speakers import negated_speech

    f = before + "blamed iran for the attack."
    assert negated_speech(f, 0, len(before)) is negated


def test_threat_is_about_no_event() -> None:
    doc, sv, st = one_sentence("The Islamic Resistance in Iraq vowed to continue its operations.", PUB)
    _event(st)
    claims.read(doc, sv, st)
    assert [(c.speaker.name, c.stance, c.events) for c in st.claims] == [
        ("Islamic Resistance in Iraq", "threat", [])]


def test_definite_anchor_joins_the_latest_compatible_event() -> None:
    """coref alone: "the strike" names the US strike reported before, not the drone attack."""
    from conflictlib.extract import anchors, frames

    doc, sv, st = one_sentence("The US strike killed five fighters.", PUB)
    strike = _event(st, weapon="air strike", perp=ACTORS["US military"])
    drone = _event(st, weapon="drone", perp=ACTORS["Kataib Hezbollah"])
    (a,) = anchors.find_anchors(doc, sv, st)
    a.seg_start, a.seg_end = sv.s.start, sv.s.end
    sv.anchors = sv.live = [a]
    frames.frame(doc, sv, st, a)
    coref.resolve(doc, sv, st, a)
    assert a.events == [strike] and len(st.events) == 2 and drone not in a.events


def test_same_official_on_overlapping_strikes_is_one_statement() -> None:
    """An official's second sentence on the strikes (one more of them named) joins the row of
    the first; a row on other attacks only, or a group's, stays apart."""
    doc, sv, st = one_sentence("The White House said the strikes also hit command posts.", PUB)
    us = ACTORS["US military"]
    iraq = _event(st, weapon="air strike", perp=us, country="Iraq")
    syria = _event(st, weapon="air strike", perp=us, country="Syria")
    drone = _event(st, weapon="drone", country="Jordan")
    wh, kh = ACTORS["White House"], ACTORS["Kataib Hezbollah"]
    first = claims.Claim([syria], 0, wh, "confirm", R.SPEAKER_VERB, 0, 1)
    st.claims.append(first)
    assert claim_repeats.same_occasion(st, wh, "confirm", [iraq, syria]) is first
    assert claim_repeats.same_occasion(st, wh, "confirm", [drone]) is None
    st.claims.append(claims.Claim([syria], 0, kh, "claim", R.SPEAKER_VERB, 0, 1))
    assert claim_repeats.same_occasion(st, kh, "claim", [iraq, syria]) is None
