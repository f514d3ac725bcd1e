"""The same report written with other spellings gives the same canonical rows.

The texts are SYNTHETIC: the seed article with its names swapped for other
spellings news uses (PHRASING.md), and a short paragraph written for this test
in several spellings.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import conflictlib as cl

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_fd90263df41bb01c.txt").read_text(encoding="utf-8")

# (original, variant) pairs; every variant is a spelling the lookup tables must know.
SEED_RESPELLINGS = {
    "seed-variant-a": [
        ("the Islamic Resistance in Iraq said", "the Islamic Resistance of Iraq said"),
        ("The Islamic Resistance in Iraq is", "The Islamic Resistance of Iraq is"),
        ("after the Islamic Resistance in Iraq claimed", "after the Islamic Resistance of Iraq claimed"),
        ("Al Nujaba militia", "Harakat Hezbollah al-Nujaba militia"),
        ("Popular Mobilisation Forces", "Hashd al-Shaabi"),
        ("Harir airport", "al-Harir airport"),
        ("city of Erbil", "city of Arbil"),
        ("resurgence of ISIS", "resurgence of Daesh"),
        ("Ain Al Asad base", "Ayn al-Assad air base"),
    ],
    "seed-variant-b": [
        ("Ain Al Asad base", "Al-Asad airbase"),
        ("Al Nujaba militia", "Nujaba militia"),
        ("Green Village area", "Green Village base"),
        ("Harir airport", "Harir air base"),
        ("city of Erbil", "city of Irbil"),
        ("Popular Mobilisation Forces", "Popular Mobilization Forces (PMF)"),
    ],
}

_EVENT = ["weapon", "perpetrator", "place", "country", "admin1", "date", "status", "claimed_by",
          "confirmed_by", "killed"]


def _canonical(x: cl.Parsed) -> dict[str, list[tuple]]:
    def rows(df: pd.DataFrame, cols: list[str]) -> list[tuple]:
        return sorted((tuple("" if pd.isna(v) else str(v) for v in r) for r in df[cols].itertuples(index=False)))

    return {
        "events": rows(x.events, _EVENT),
        "claims": rows(x.claims, ["speaker", "stance"]),
        "casualties": rows(x.casualties, ["killed", "wounded", "qualifier"]),
        "deployments": rows(x.deployments, ["force", "country", "troops", "qualifier"]),
        "places": sorted(set(x.mentions.loc[x.mentions["kind"] == "place", "name"])),
    }


@pytest.mark.parametrize("variant", sorted(SEED_RESPELLINGS))
def test_respelled_seed_gives_the_same_rows(variant: str) -> None:
    text = SEED
    for old, new in SEED_RESPELLINGS[variant]:
        assert old in text, old
        text = text.replace(old, new)
    assert text != SEED
    seed = _canonical(cl.parse_text(SEED))
    assert seed["events"] and seed["claims"], "the seed reports attacks and claims"
    assert _canonical(cl.parse_text(text)) == seed


PARAGRAPH = (
    "{kh} said its fighters attacked {asad} with drones on Saturday. "
    "A US defense official confirmed the attack and said no one was hurt. "
    "Hours later, rockets were fired at {tanf}, and {iri} claimed that attack too."
)
SPELLINGS = [
    {"kh": "Kataib Hezbollah", "asad": "Ain al-Asad", "tanf": "al-Tanf", "iri": "the Islamic Resistance in Iraq"},
    {"kh": "Kata'ib Hizballah", "asad": "Ayn al-Asad", "tanf": "At Tanf", "iri": "the Islamic Resistance of Iraq"},
    {"kh": "Kataib Hizbullah", "asad": "Al Asad Air Base", "tanf": "the Tanf garrison", "iri": "the IRI"},
    {"kh": "The Hezbollah Brigades", "asad": "Asad air base", "tanf": "Tanf", "iri": "the Islamic Resistance in Iraq"},
]


def test_one_paragraph_in_four_spellings() -> None:
    got = [_canonical(cl.parse_text(PARAGRAPH.format(**names), published="2024-01-22"))
           for names in SPELLINGS]
    assert got[0]["events"], "the paragraph reports attacks"
    assert {e[2] for e in got[0]["events"]} == {"Ain al-Asad Air Base", "al-Tanf garrison"}
    for other in got[1:]:
        assert other == got[0]
