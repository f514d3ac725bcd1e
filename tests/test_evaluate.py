"""The scorer of conflictlib.evaluate on small hand-made cases, and its command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conflictlib.evaluate import compare_case, compare_row, evaluate, load_cases, score_case

ROOT = Path(__file__).resolve().parent.parent
TEXT = ("The Islamic Resistance in Iraq said in a statement that its drones targeted Ain al-Asad "
        "on Sunday. A US defense official confirmed the attack and said no one was hurt.")
BASE: dict[str, Any] = {
    "id": "unit", "label": "unit", "published": "2023-11-07", "text": TEXT,
    "events": [{"weapon": "drone", "place": "Ain al-Asad Air Base", "country": "Iraq",
                "date": "2023-11-05", "status": "confirmed"}],
}


class FakeParsed:
    """Stands in for cl.Parsed: only the five tables the scorer reads."""

    def __init__(self, **tables: list[dict[str, Any]]) -> None:
        from conflictlib.schema import frame

        for name in ("events", "claims", "casualties", "deployments", "tallies"):
            setattr(self, name, frame(name, tables.get(name, []), partial=True))


EVENT = {"event_id": "u:e1", "weapon": "drone", "place": "Ain al-Asad Air Base", "country": "Iraq",
         "date": "2023-11-05", "status": "confirmed", "claimed_by": "Islamic Resistance in Iraq",
         "confirmed_by": "US official", "perpetrator": "Islamic Resistance in Iraq"}


def _case(**tables: list[dict[str, Any]]) -> dict[str, Any]:
    return {**BASE, **tables}


def test_perfect() -> None:
    r = compare_case(_case(), FakeParsed(events=[EVENT]))
    assert r.ok and r.tables["events"].score.tp == 1


def test_missing_row() -> None:
    case = _case(events=[*BASE["events"], {"weapon": "rocket", "place": "Harir"}])
    r = compare_case(case, FakeParsed(events=[EVENT]))
    s = r.tables["events"].score
    assert not r.ok and (s.tp, s.fp, s.fn) == (1, 0, 1)
    assert "missing" in r.diff() and "Harir" in r.diff()


def test_extra_row() -> None:
    extra = {**EVENT, "event_id": "u:e2", "place": "Tower 22", "country": "Jordan"}
    r = compare_case(_case(), FakeParsed(events=[EVENT, extra]))
    s = r.tables["events"].score
    assert not r.ok and (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert "extra" in r.diff() and "Tower 22" in r.diff()


def test_omitted_table_means_no_rows() -> None:
    claim = {"claim_id": "u:c1", "speaker": "US official", "stance": "confirm", "event_ids": "u:e1"}
    r = compare_case(_case(), FakeParsed(events=[EVENT], claims=[claim]))
    assert not r.ok and r.tables["claims"].score.fp == 1


def test_wrong_field() -> None:
    r = compare_case(_case(), FakeParsed(events=[{**EVENT, "weapon": "rocket"}]))
    assert not r.ok
    assert "weapon want 'drone' got 'rocket'" in r.diff()


@pytest.mark.parametrize("want", [
    {"place": "Ayn al-Assad", "perpetrator": "IRI"},
    {"claimed_by": ["Islamic Resistance of Iraq"], "confirmed_by": ["US defense official"]},
    {"confirmed_by": ["Pentagon official"], "date": "2023-11-05"},
], ids=["place-actor", "lists", "list-official"])
def test_alias_canonicalisation(want: dict[str, Any]) -> None:
    assert all(compare_row("events", want, EVENT).values())


@pytest.mark.parametrize("table,want,got,agrees", [
    ("events", {"claimed_by": ["IRI"]}, {"claimed_by": "Islamic Resistance in Iraq; Kataib Hezbollah"}, False),
    ("events", {"claimed_by": []}, {"claimed_by": None}, True),
    ("events", {"perpetrator": None}, {"perpetrator": "Hamas"}, False),
    ("events", {"killed": 5}, {"killed": 5.0}, True),
    ("events", {"nonsense": 1}, {"weapon": "drone"}, False),
    ("claims", {"n_events": 2}, {"event_ids": "a:e1; a:e2"}, True),
    ("claims", {"n_events": 0}, {"event_ids": None}, True),
    ("casualties", {"linked": False}, {"event_id": None}, True),
    ("casualties", {"linked": False}, {"event_id": "a:e1"}, False),
    ("tallies", {"since": "2023-10-17", "attributed_to": "Department of Defense"},
     {"since": "2023-10-17 00:00:00", "attributed_to": "Pentagon"}, True),
], ids=["list-is-a-set", "empty-list-is-NA", "null-must-be-NA", "int", "unknown-field",
        "n-events", "n-events-zero", "unlinked", "linked", "date-and-alias"])
def test_compare_row(table: str, want: dict[str, Any], got: dict[str, Any], agrees: bool) -> None:
    assert all(compare_row(table, want, got).values()) is agrees


def test_assignment_is_one_to_one() -> None:
    """Two identical expected rows need two returned rows; one returned row matches only one."""
    case = _case(events=[{"weapon": "drone"}, {"weapon": "drone", "place": "Ain al-Asad"}])
    r = compare_case(case, FakeParsed(events=[EVENT]))
    assert r.tables["events"].score.tp == 1 and r.tables["events"].score.fn == 1


def test_real_parse_and_report(tmp_path: Path) -> None:
    good = {**BASE, "id": "unit-good"}
    bad = {**BASE, "id": "unit-bad", "events": [{"weapon": "mortar"}]}
    (tmp_path / "a.json").write_text(json.dumps({"about": "SYNTHETIC", "cases": [good, bad]}))
    assert [c["id"] for c in load_cases(tmp_path)] == ["unit-good", "unit-bad"]
    assert not score_case(bad).ok
    report = evaluate(tmp_path)
    assert report.n_cases == 2 and "unit-bad" in [c.id for c in report.failures]
    assert report.tables["events"].fn >= 1
    assert "events" in report.to_text()


def test_command_line() -> None:
    out = subprocess.run([sys.executable, "-m", "conflictlib.evaluate", "tests/cases",
                          "--show-failures", "2"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    for table in ("events", "claims", "casualties", "deployments", "tallies"):
        row = next(line for line in lines if line.startswith(table))
        assert len(row.split()) == 7  # name TP FP FN P R F1
    assert any(line.startswith("cases fully correct:") for line in lines)
