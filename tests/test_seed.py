"""Acceptance test: the user's seed article gives exactly the analyst's reading.

`tests/data/000_fd90263df41bb01c.expected.json` is a copy of the careful
analyst's expected output for `seeds/000_fd90263df41bb01c.txt`.  Its names are
the analyst's; each must resolve through the lookup tables to the library's
canonical name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import conflictlib as cl

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((Path(__file__).parent / "data" / "000_fd90263df41bb01c.expected.json").read_text())


@pytest.fixture(scope="module")
def x() -> cl.Parsed:
    return cl.parse(ROOT / "seeds")


def _actor(name: str | None) -> str | None:
    if name is None:
        return None
    got = cl.resolve_actor(name)
    assert got is not None, f"actor {name!r} does not resolve"
    return got


def _place(name: str | None) -> str | None:
    if name is None:
        return None
    got = cl.resolve_place(name)
    assert got is not None, f"place {name!r} does not resolve"
    return got


def _val(v: object) -> object:
    return None if v is None or (pd.api.types.is_scalar(v) and pd.isna(v)) else v


def _split(cell: object) -> set[str]:
    v = _val(cell)
    return set(str(v).split("; ")) if v else set()


def _event_key(row: dict) -> tuple:
    date = row["date"]
    return (row["place"], row["country"], row["weapon"], str(date)[:10] if date else None)


def _got_events(x: cl.Parsed) -> dict[tuple, dict]:
    out = {}
    for rec in x.events.to_dict("records"):
        rec = {k: _val(v) for k, v in rec.items()}
        out[_event_key(rec)] = rec
    return out


def _expected_events() -> list[dict]:
    rows = []
    for e in EXPECTED["events"]:
        rows.append({**e, "place": _place(e["place"]), "perpetrator": _actor(e["perpetrator"]),
                     "country": e["country"]})
    return rows


def test_article_header(x: cl.Parsed) -> None:
    art = x.articles.iloc[0]
    assert len(x.articles) == 1
    assert str(art["published"])[:10] == EXPECTED["article"]["published"]
    assert art["title"] == EXPECTED["article"]["title_line"]
    assert not art["text"].startswith(" date"), "the header line is not prose"
    assert x.errors.empty


def test_exactly_the_expected_events(x: cl.Parsed) -> None:
    got = _got_events(x)
    want = [_event_key(e) for e in _expected_events()]
    assert len(x.events) == len(EXPECTED["events"]) == len(got)
    assert sorted(want, key=str) == sorted(got, key=str)


@pytest.mark.parametrize("expected", _expected_events(), ids=[e["key"] for e in EXPECTED["events"]])
def test_event_fields(x: cl.Parsed, expected: dict) -> None:
    got = _got_events(x)[_event_key(expected)]
    assert got["perpetrator"] == expected["perpetrator"]
    assert got["admin1"] == expected["admin1"]
    assert got["date_precision"] == expected["date_precision"]
    assert got["status"] == expected["status"]
    assert _split(got["claimed_by"]) == {_actor(n) for n in expected["claimed_by"]}
    assert _split(got["confirmed_by"]) == {_actor(n) for n in expected["confirmed_by"]}
    assert got["killed"] == expected.get("killed")
    # evidence: the span lies inside the sentence, inside the article text
    text = x.articles.set_index("article_id").loc[got["article_id"], "text"]
    assert text[got["start"]:got["end"]] in got["text"]
    assert got["text"] in text


def _event_ids_by_key(x: cl.Parsed) -> dict[str, str]:
    got = _got_events(x)
    return {e["key"]: got[_event_key(e)]["event_id"] for e in _expected_events()}


def test_claims(x: cl.Parsed) -> None:
    ids = _event_ids_by_key(x)
    want = sorted((_actor(c["speaker"]), c["stance"], tuple(sorted(ids[k] for k in c["events"])))
                  for c in EXPECTED["claims"])
    got = sorted((r["speaker"], r["stance"], tuple(sorted(_split(r["event_ids"]))))
                 for r in x.claims.to_dict("records"))
    assert got == want


def test_casualties(x: cl.Parsed) -> None:
    ids = _event_ids_by_key(x)
    want = sorted((ids[c["event"]], c["killed"], c["wounded"], c["qualifier"]) for c in EXPECTED["casualties"])
    got = sorted((r["event_id"], _val(r["killed"]), _val(r["wounded"]), r["qualifier"])
                 for r in x.casualties.to_dict("records"))
    assert got == want


def test_deployments(x: cl.Parsed) -> None:
    want = sorted((_actor(d["force"]), d["country"], d["troops"], d["qualifier"], d["as_of"])
                  for d in EXPECTED["deployments"])
    got = sorted((r["force"], r["country"], r["troops"], r["qualifier"], str(r["as_of"])[:10])
                 for r in x.deployments.to_dict("records"))
    assert got == want


def test_no_tallies(x: cl.Parsed) -> None:
    assert len(x.tallies) == len(EXPECTED["tallies"]) == 0


@pytest.mark.parametrize("kind", ["actors", "places"])
def test_mentions(x: cl.Parsed, kind: str) -> None:
    resolve = _actor if kind == "actors" else _place
    names = set(x.mentions.loc[x.mentions["kind"] == kind[:-1], "name"])
    for name in EXPECTED["mentions_at_least"][kind]:
        assert resolve(name) in names


def test_mention_spans_are_evidence(x: cl.Parsed) -> None:
    text = x.articles["text"].iloc[0]
    for r in x.mentions.to_dict("records"):
        assert text[r["start"]:r["end"]] == r["surface"]


def test_every_row_names_its_rule(x: cl.Parsed) -> None:
    for table in (x.events, x.claims, x.casualties, x.deployments):
        assert table["rule"].notna().all()
