"""The linking scorer (``python -m conflictlib.evaluate --clusters``) on SYNTHETIC reports
written for this test: B-cubed by hand, the choice of each report's labelled event, the
never-merge baseline, splits and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictlib.evaluate import main
from conflictlib.evaluate.clusters import b_cubed, labelled_event, score_clusters

# --------------------------------------------------------------------------- B-cubed by hand

# id, predicted (item -> cluster), gold (item -> cluster), precision, recall
BCUBED_CASES = [
    ("perfect", {"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "y"}, 1.0, 1.0),
    ("never-merge", {}, {"a": "x", "b": "x", "c": "y"}, 1.0, (0.5 + 0.5 + 1) / 3),
    ("all-in-one", {"a": "1", "b": "1", "c": "1"}, {"a": "x", "b": "x", "c": "y"},
     (2 / 3 + 2 / 3 + 1 / 3) / 3, 1.0),
    # a, b right; c wrongly with d: c and d each have precision 1/2
    ("one-wrong-merge", {"a": "1", "b": "1", "c": "2", "d": "2"},
     {"a": "x", "b": "x", "c": "x", "d": "y"},
     (1 + 1 + 0.5 + 0.5) / 4, (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4),
    ("empty", {}, {}, 1.0, 1.0),
]


@pytest.mark.parametrize("pred,gold,p,r", [c[1:] for c in BCUBED_CASES], ids=[c[0] for c in BCUBED_CASES])
def test_b_cubed(pred: dict, gold: dict, p: float, r: float) -> None:
    got = b_cubed(pred, gold)
    assert got.precision == pytest.approx(p)
    assert got.recall == pytest.approx(r)
    assert got.f1 == pytest.approx(2 * p * r / (p + r))


# --------------------------------------------------------------------------- labelled event

ASAD = {"place": "Ain al-Asad Air Base", "country": "Iraq", "date": "2024-01-20", "weapon": "rocket"}
EVENTS = [
    {"place": "Tower 22", "country": "Jordan", "date": "2024-01-28", "weapon": "drone"},
    {"place": None, "country": "Iraq", "date": "2024-01-20", "weapon": "rocket"},
    {"place": "Ain al-Asad Air Base", "country": "Iraq", "date": None, "weapon": "ballistic missile"},
    {"place": "Ain al-Asad Air Base", "country": "Iraq", "date": "2024-01-20", "weapon": "air strike"},
]


@pytest.mark.parametrize("reading,events,want", [
    (ASAD, EVENTS, 2),                    # the same base beats the same country; air strike contradicts
    ({**ASAD, "place": "Al-Asad airbase"}, EVENTS, 2),  # spellings resolve through the tables
    (ASAD, EVENTS[:2], 1),                # only the country left
    (ASAD, EVENTS[:1], None),             # another country: no event about the attack
    ({"place": "Harir", "country": "Iraq"}, EVENTS, 1),  # another base of Iraq never; Iraq-only yes
    ({"place": None, "country": None, "weapon": "drone"}, [{"place": None, "country": None,
                                                           "weapon": "drone", "date": None}], 0),
    # the city or governorate of the reading's site is less precise, not another place
    ({"place": "Erbil International Airport", "country": "Iraq", "weapon": "drone"},
     [{"place": None, "country": "Iraq", "date": None, "weapon": "drone"},
      {"place": "Erbil", "country": "Iraq", "date": None, "weapon": "drone"}], 1),
    ({"place": "Ain al-Asad Air Base", "country": "Iraq"},
     [{"place": "Anbar Governorate", "country": "Iraq", "date": None, "weapon": None}], 0),
    ({"place": "Ain al-Asad Air Base", "country": "Iraq"},
     [{"place": "Baghdad", "country": "Iraq", "date": None, "weapon": None}], None),
    ({"place": "Erbil", "country": "Iraq"},  # a site is no part of a reading's city
     [{"place": "Erbil International Airport", "country": "Iraq", "date": None, "weapon": None}], None),
    # the other side's attack is never the reading's, even of a weapon outlets confuse
    ({"place": None, "country": "Iraq", "weapon": "air strike", "perpetrator": "US military"},
     [{"place": "Erbil International Airport", "country": "Iraq", "date": None, "weapon": "drone",
       "perpetrator": "Kataib Hezbollah"}], None),
    ({"place": None, "country": "Iraq", "weapon": "air strike", "perpetrator": "United States"},
     [{"place": "Erbil International Airport", "country": "Iraq", "date": None, "weapon": "drone",
       "perpetrator": "Kataib Hezbollah"},
      {"place": None, "country": "Iraq", "date": None, "weapon": "drone", "perpetrator": "US military"}], 1),
], ids=["site", "spelling", "country", "other-country", "other-site", "nowhere-by-weapon", "site-and-its-city",
        "site-and-its-governorate", "site-and-another-city", "city-and-a-site", "other-side",
        "same-side-drone-strike"])
def test_labelled_event(reading: dict, events: list[dict], want: int | None) -> None:
    assert labelled_event(reading, events) == want


# --------------------------------------------------------------------------- end to end

# SYNTHETIC texts (our own sentences) and their incident labels.
TEXTS = {
    "r1": " date 2024-01-21 Synthetic r1\nRockets struck Ain al-Asad air base on Saturday, wounding two US service members.",
    "r2": (" date 2024-01-21 Synthetic r2\nIran-backed militants fired ballistic missiles at Al-Asad Airbase "
           "in western Iraq on Saturday. Two US personnel were wounded."),
    "r3": (" date 2024-01-22 Synthetic r3\nA drone attack hit Tower 22 in Jordan on Sunday. The Pentagon also "
           "said rockets struck Ain al-Asad air base on Saturday."),
    "r4": " date 2024-01-29 Synthetic r4\nA drone struck Tower 22 in Jordan on Sunday, a US official said.",
    "r5": "Militants launched a drone at Harir air base, a US official said.",
    "r6": " date 2024-01-21 Synthetic r6\nA drone attack targeted Harir air base on Saturday.",
}


def _rec(rid: str, incident: str, split: str, **reading: object) -> dict:
    return {"id": rid, "incident": incident, "split": split, "role": "member",
            "reading": {"date": None, "place": None, "country": None, "weapon": None, **reading}}


RECORDS = [
    _rec("r1", "asad-0120", "dev", place="Ain al-Asad Air Base", country="Iraq", date="2024-01-20", weapon="rocket"),
    _rec("r2", "asad-0120", "dev", place="Ain al-Asad Air Base", country="Iraq", weapon="ballistic missile"),
    _rec("r3", "asad-0120", "dev", place="Ain al-Asad Air Base", country="Iraq", weapon="rocket"),
    _rec("r4", "t22-0128", "dev", place="Tower 22", country="Jordan", weapon="drone"),
    # the extractor reads r5 as undated: no evidence ties it to r6, so it stays alone
    _rec("r5", "harir-0120", "dev", place="Harir Air Base", country="Iraq", weapon="drone"),
    _rec("r6", "harir-0120", "test", place="Harir Air Base", country="Iraq", weapon="drone"),
]


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    from conftest import write_real_set

    return write_real_set(tmp_path, TEXTS, RECORDS, "clusters.jsonl")


def test_scores_a_split(files: tuple[Path, Path]) -> None:
    path, texts = files
    rep = score_clusters(path, texts, split="dev")
    assert rep.n_reports == 5 and rep.n_incidents == 3
    # r1, r2, r3 in one incident; r4 alone (its only report in the split); r5 alone
    assert rep.predicted["r1"] == rep.predicted["r2"] == rep.predicted["r3"]
    assert rep.scores.precision == pytest.approx(1.0)
    assert rep.scores.recall == pytest.approx(1.0)
    assert rep.baseline.recall == pytest.approx((3 * (1 / 3) + 1 + 1) / 5)
    assert "rocket or ballistic missile" in rep.reasons[rep.predicted["r1"]]


def test_a_report_without_its_event_is_a_singleton(files: tuple[Path, Path], tmp_path: Path) -> None:
    path, texts = files
    recs = [dict(r) for r in RECORDS]
    recs[1] = {**recs[1], "reading": {**recs[1]["reading"], "place": "Tower 22", "country": "Jordan"}}
    other = tmp_path / "other.jsonl"
    other.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    rep = score_clusters(other, texts, split="dev")
    assert "r2" in rep.unmatched and "r2" not in rep.predicted
    assert rep.scores.recall < 1.0


def test_all_split_and_missing_text(files: tuple[Path, Path]) -> None:
    path, texts = files
    rep = score_clusters(path, texts, split="all")
    assert rep.n_reports == 6
    (texts / "r6.txt").unlink()
    with pytest.raises(FileNotFoundError):
        score_clusters(path, texts, split="all")
    score_clusters(path, texts, split="dev")  # the test split's text is never read
    rest = score_clusters(path, texts, split="all", skip_missing=True)
    assert rest.n_reports == 5 and rest.missing == ["r6"] and "r6" not in rest.gold
    assert "1 left out, text missing: r6" in rest.to_text()


def test_url_mode_dates_a_report_by_its_address(files: tuple[Path, Path], tmp_path: Path) -> None:
    path, texts = files
    recs = [{**r, "url": "https://news.example/2024/01/21/harir-drone"} if r["id"] == "r5" else r for r in RECORDS]
    with_url = tmp_path / "with_url.jsonl"
    with_url.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    alone = score_clusters(with_url, texts, split="all")
    assert alone.predicted["r5"] != alone.predicted["r6"]  # undated, nothing ties it
    dated = score_clusters(with_url, texts, split="all", published="url")
    assert dated.predicted["r5"] == dated.predicted["r6"]  # published Jan 21: Saturday's attack at Harir
    assert dated.scores.recall > alone.scores.recall


def test_command_line(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    path, texts = files
    assert main(["--clusters", str(path), "--texts", str(texts), "--split", "dev", "--show"]) == 0
    out = capsys.readouterr().out
    assert "never merge" in out and "linking" in out and "== asad-0120" in out
    assert main(["--clusters", str(path), "--texts", str(texts), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["b_cubed"]["f1"] == 1.0 and got["reports"] == 5
