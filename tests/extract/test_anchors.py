"""extract.anchors alone, on one sentence: which words report an attack, by which rule, and
which anchors are suppressed (sentences written for these tests)."""

from __future__ import annotations

import pytest

from conflictlib.extract import anchors, rules as R
from conflictlib.extract.context import one_sentence

# sentence, [(anchor text, rule, weapon, suppressed)]
CASES = [
    ("Two air strikes hit the base.", [("air strikes", R.ATTACK_NOUN, "air strike", None)]),
    ("Two drone attacks hit the base.", [("drone attacks", R.MUNITION_ATTACK_NOUN, "drone", None)]),
    # two munitions of different classes: no one weapon (the real-reporting gold codes mixed
    # "rocket and drone attacks" as unknown)
    ("A drone and rocket attack targeted Harir.", [("drone and rocket attack", R.MUNITION_ATTACK_NOUN, "unknown", None)]),
    ("A ballistic missile and rocket attack targeted Harir.",
     [("ballistic missile and rocket attack", R.MUNITION_ATTACK_NOUN, "ballistic missile", None)]),
    ("Four Katyusha rockets were fired at the base.", [("Katyusha rockets", R.MUNITION_VERB, "rocket", None)]),
    ("Kataib Hezbollah attacked US forces at al-Tanf.", [("attacked", R.ACTOR_ATTACK_VERB, "unknown", None)]),
    ("Tower 22 came under attack overnight.", [("came under attack", R.PASSIVE_ATTACK_VERB, "unknown", None)]),
    ("Kataib Hezbollah said it targeted Ain al-Asad.", [("targeted", R.SPEAKER_SAID_IT_ATTACKED, "unknown", None)]),
    ("Hamas operatives killed about 1,200 people.", [("Hamas operatives killed", R.ACTOR_KILLED_NUMBER, "unknown", None)]),
    # one attack, not one per munition: the verb takes the instrument
    ("Kataib Hezbollah hit Harir with a swarm of drones.", [("hit", R.ACTOR_ATTACK_VERB, "drone", None)]),
    # suppressed: trend, hypothetical, threat, negation, question, photo caption, denial
    ("Attacks on US forces have increased.", [("Attacks", R.ATTACK_NOUN, "unknown", "trend")]),
    ("Any drone attack would be intercepted.", [("drone attack", R.MUNITION_ATTACK_NOUN, "drone", "hypothetical")]),
    ("The group vowed more attacks.", [("attacks", R.ATTACK_NOUN, "unknown", "threat")]),
    ("There was no attack on the base.", [("attack", R.ATTACK_NOUN, "unknown", "negated")]),
    ("Was the base hit by a drone attack?", [("drone attack", R.MUNITION_ATTACK_NOUN, "drone", "question")]),
    ("File photo: a drone attack on the base.", [("drone attack", R.MUNITION_ATTACK_NOUN, "drone", "photo caption")]),
    ("Officials denied that a drone attack took place.", [("drone attack", R.MUNITION_ATTACK_NOUN, "drone", "denied")]),
    ("The weather was mild.", []),
    # attack words used as verbs, aggregates and infinitives report no attack
    ("The cleric urged his followers to attack American bases.", [("attack", R.ATTACK_NOUN, "unknown", "verb use")]),
    ("More than 160 attacks hit US forces.", [("attacks", R.ATTACK_NOUN, "unknown", "aggregate")]),
    ("Nujaba restated its commitment to attacking US forces.", []),
    ("Washington's threat to hit back worried the militias.", []),
    # a munition that fires another is one attack
    ("A drone fired two rockets at the headquarters.", [("drone", R.MUNITION_VERB, "drone", None)]),
    # a participle before "by" is passive: its subject is the target
    ("US forces, attacked by drones at al-Tanf, were unhurt.", [("attacked", R.PASSIVE_ATTACK_VERB, "drone", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_anchors(text: str, expected: list[tuple]) -> None:
    doc, sv, st = one_sentence(text, None)
    got = anchors.find_anchors(doc, sv, st)
    assert [(text[a.start:a.end], a.rule, a.weapon, a.suppressed) for a in got] == expected


@pytest.mark.parametrize("text,definite,count,perp", [
    ("The strike hit Kirkuk.", True, 1, None),
    ("Three US strikes hit Kirkuk.", False, 3, "US military"),
    ("Sunday's drone attack hit Harir.", True, 1, None),
    ("A Kataib Hezbollah drone attack hit Harir.", False, 1, "Kataib Hezbollah"),
    ("Two U.S. strikes hit Kirkuk.", False, 2, "US military"),    # the periods of "U.S." cut nothing
    ("The last three attacks hit Harir.", True, 3, None),         # a count after "the" stays definite
])
def test_noun_phrase_modifiers(text: str, definite: bool, count: int, perp: str | None) -> None:
    doc, sv, st = one_sentence(text, None)
    (a,) = anchors.find_anchors(doc, sv, st)
    assert (a.definite, a.count, a.perp.name if a.perp else None) == (definite, count, perp)


def test_pronoun_subject_takes_the_group_of_the_sentence_before() -> None:
    from conflictlib.extract.context import Document, SentenceView, ArticleState
    from conflictlib.lookup import gazetteer

    text = "Kataib Hezbollah vowed to go on. It struck the Conoco gas field."
    doc = Document.scan("t", text, None, gazetteer())
    sv = SentenceView(doc, doc.sentences[1])
    (a,) = anchors.find_anchors(doc, sv, ArticleState())
    assert (a.rule, a.perp.name if a.perp else None) == (R.PRONOUN_GROUP_ATTACK_VERB, "Kataib Hezbollah")
