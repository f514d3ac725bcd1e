"""The rule registry: every value of the ``rule`` column is a registered rule, documented
with a description and an example, and every registered rule is used by some case."""

from __future__ import annotations

from pathlib import Path

import conflictlib as cl
from conflictlib.evaluate import load_cases
from conflictlib.extract.rules import RULES

CASES = Path(__file__).resolve().parents[1] / "cases"
TABLES = ("events", "claims", "casualties", "deployments", "tallies")


def _rules_used() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {t: set() for t in TABLES}
    for case in load_cases(CASES):
        x = cl.parse_text(case["text"], published=case.get("published"), article_id=case["id"])
        for t in TABLES:
            used[t].update(getattr(x, t)["rule"].dropna())
    return used


def test_every_rule_is_registered_used_and_documented() -> None:
    used = _rules_used()
    produced = set().union(*used.values())
    assert produced - set(RULES) == set(), "rules produced but not registered"
    assert set(RULES) - produced == set(), "rules registered but used by no case"
    for name, rule in RULES.items():
        assert name in used[rule.table], f"{name} makes {rule.table} rows"
        assert rule.description and rule.example.endswith((".", "?")), name


def test_rules_listing(capsys) -> None:
    from conflictlib.extract import rules

    rules.main()
    out = capsys.readouterr().out
    assert all(name in out for name in RULES)
