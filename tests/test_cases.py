"""Every hand-written case in tests/cases/*.json: the library returns exactly its rows.

The comparison is :mod:`conflictlib.evaluate`'s (one definition of "matches").
Cases the lead engineer marks with ``"xfail": "reason"`` are strict xfails, so
a fix shows up as XPASS.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import conflictlib as cl
from conflictlib.schema import COLUMNS
from conflictlib.evaluate import TABLES, load_cases, score_case

CASES_DIR = Path(__file__).parent / "cases"
CASES = load_cases(CASES_DIR)
FILES = sorted(CASES_DIR.glob("*.json"))

#: fields whose value is a place name / an actor name (or a list of actor names)
PLACE_FIELDS = ("place",)
ACTOR_FIELDS = ("perpetrator", "speaker", "force", "attributed_to")
ACTOR_LIST_FIELDS = ("claimed_by", "confirmed_by", "denied_by")
#: fields a case may give that are computed from a returned row (see conflictlib.evaluate)
DERIVED = {"claims": {"n_events"}, "casualties": {"linked"}}


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    result = score_case(case)
    if not result.ok:
        pytest.fail(result.diff(), pytrace=False)


def test_there_are_cases() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_file_is_labelled_synthetic(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "SYNTHETIC" in data["about"]
    assert isinstance(data["cases"], list) and data["cases"]


def test_case_ids_are_unique() -> None:
    counts = Counter(c["id"] for c in CASES)
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_is_well_formed(case: dict[str, Any]) -> None:
    for key in ("id", "label", "text"):
        assert isinstance(case.get(key), str) and case[key], f"{key} missing"
    # "published": null is an undated text (the date then comes from the text itself, or not at all)
    assert "published" in case
    assert case["published"] is None or (len(case["published"]) == 10 and case["published"][4] == "-")
    assert set(case) <= {"id", "label", "published", "text", "xfail", "_file", *TABLES}
    for table in TABLES:
        assert isinstance(case.get(table, []), list)
        known = set(COLUMNS[table]) | DERIVED.get(table, set()) | {"why", "note"}
        for row in case.get(table, []):
            assert set(row) <= known, f"{table}: unknown fields {sorted(set(row) - known)}"
    unresolved = []
    for table in TABLES:
        for row in case.get(table, []):
            for name in PLACE_FIELDS:
                if row.get(name) is not None and cl.resolve_place(row[name]) is None:
                    unresolved.append(row[name])
            for name in ACTOR_FIELDS:
                if row.get(name) is not None and cl.resolve_actor(row[name]) is None:
                    unresolved.append(row[name])
            for name in ACTOR_LIST_FIELDS:
                unresolved += [n for n in row.get(name) or [] if cl.resolve_actor(n) is None]
    assert unresolved == [], "names that do not resolve"
