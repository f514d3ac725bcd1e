"""extract.context: the text index (clause breaks found once, tested by bisection), the
number ledger, and which sentences the pipeline reads."""

from __future__ import annotations

import random

import pytest

from conflictlib import extract
from conflictlib.extract import agents, anchors, casualties, claims, context, deployments, tallies
from conflictlib.extract.model import CueKind
from conflictlib.lookup import gazetteer


def test_clause_breaks_match_their_pattern() -> None:
    """Document.brk() and last_break() use offsets found once per article; they must agree
    with CLAUSE_BREAK searched in every window (a property test on random punctuation)."""
    rng = random.Random(7)
    parts = [" ", "-", " - ", ";", ":", "(", ")", ",", ".", "a", "b c", "\n", " \u2013 ", "--"]
    brk = context.CLAUSE_BREAK
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        doc = context.Document.scan("t", text, None, gazetteer())
        f = doc.folded
        for lo in range(len(f) + 1):
            for hi in range(lo, len(f) + 1):
                assert doc.brk(lo, hi) == bool(brk.search(f, lo, hi)), (f, lo, hi)
                last = None
                for m in brk.finditer(f, lo, hi):
                    last = m.end()
                assert doc.last_break(lo, hi, -1) == (-1 if last is None else last), (f, lo, hi)


def test_number_ledger_takes_each_number_once() -> None:
    doc, sv, st = context.one_sentence("US forces were attacked 66 times since October 17.")
    n = sv.nums[0]
    assert sv.numbers.free(n)
    sv.numbers.take(n)
    assert not sv.numbers.free(n)


def test_sentences_read_are_those_some_stage_needs() -> None:
    """The gate is the union of the stages' declared cue kinds: a stage that needs a new kind
    declares it, and the gate follows."""
    declared = anchors.NEEDS | tallies.NEEDS | casualties.NEEDS | claims.NEEDS | deployments.NEEDS | agents.NEEDS
    assert extract.READ_KINDS == declared
    kinds = {v for k, v in vars(CueKind).items() if not k.startswith("_")}
    assert declared <= kinds


@pytest.mark.parametrize("text,read", [
    ("The weather in Baghdad was mild.", False),                     # no cue at all
    ("The Pentagon said the talks would go on.", True),              # a speech verb: claims may read it
    ("Four rockets hit the base.", True),                            # a weapon word
    ("The US has 2,500 troops in Iraq.", True),                      # troops
])
def test_which_sentences_are_read(text: str, read: bool) -> None:
    doc, sv, st = context.one_sentence(text)
    assert extract._worth_reading(doc, st, sv.s) is read
