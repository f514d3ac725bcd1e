"""Corpus-level linking: incidents, claims ledger, tally series, cumulative counts.

(a) Unit tests on hand-built tables (a :class:`Parsed` built with
``conflictlib.schema.frame``), written as tables of cases.
(b) End to end: the SYNTHETIC corpus ``tests/corpora/synthetic_linked`` must
give exactly the incidents and tally series written out by hand in
``tests/corpora/synthetic_linked.expected.json``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import conflictlib as cl
from conflictlib._parse import Parsed
from conflictlib.schema import frame
from conflictlib.incidents import (GRADES, INCIDENT_COLUMNS, claims_ledger, cumulative_counts, link,
                              tally_series)

CORPUS = Path(__file__).parent / "corpora" / "synthetic_linked"
EXPECTED = json.loads((Path(__file__).parent / "corpora" / "synthetic_linked.expected.json").read_text())

# --------------------------------------------------------------------------- helpers

_EVENT_DEFAULTS: dict[str, Any] = {
    "date": None, "date_precision": "unknown", "weapon": "unknown", "perpetrator": None,
    "perpetrator_side": None, "target": "US military", "place": None, "country": None,
    "admin1": None, "lat": None, "lon": None, "count": 1, "status": "reported",
    "claimed_by": None, "confirmed_by": None, "denied_by": None, "killed": None, "wounded": None,
    "rule": "test", "start": 0, "end": 1, "text": "x",
}


def ev(article: str, n: int = 1, **kw: Any) -> dict[str, Any]:
    """An event row of *article*; a date given as "YYYY-MM-DD" has day precision,
    "YYYY-MM" month precision; the country defaults to the place's."""
    row = {**_EVENT_DEFAULTS, "event_id": f"{article}:e{n}", "article_id": article, **kw}
    d = row["date"]
    if isinstance(d, str) and "date_precision" not in kw:
        row["date_precision"] = "day" if len(d) == 10 else "month"
        row["date"] = d if len(d) == 10 else d + "-01"
    if row["place"] and not row["country"]:
        row["country"] = _gaz().place_by_name[row["place"]].country
    if row["perpetrator"] and not row["perpetrator_side"]:
        row["perpetrator_side"] = _gaz().actor_by_name[row["perpetrator"]].side
    return row


def _gaz() -> Any:
    from conflictlib.lookup import gazetteer

    return gazetteer()


def parsed(events: list[dict], *, claims: list[dict] = (), casualties: list[dict] = (),
           tallies: list[dict] = (), published: dict[str, str] | None = None,
           sources: dict[str, str] | None = None) -> Parsed:
    """A Parsed bundle from hand-built rows; one article per article_id seen."""
    ids = sorted({e["article_id"] for e in events} | {c["article_id"] for c in claims}
                 | {t["article_id"] for t in tallies})
    published = published or {}
    sources = sources or {}
    articles = pd.DataFrame({
        "article_id": ids,
        "published": pd.to_datetime([published.get(a, "2024-01-31") for a in ids]),
        "title": ids, "source": [sources.get(a) for a in ids], "path": None,
        "n_chars": 1, "text": "x",
    }).astype({"article_id": "string", "title": "string", "source": "string", "path": "string",
               "n_chars": "Int64", "text": "string"})
    return Parsed(articles=articles, events=frame("events", list(events), partial=True),
                  claims=frame("claims", list(claims), partial=True),
                  casualties=frame("casualties", list(casualties), partial=True),
                  deployments=frame("deployments", []), tallies=frame("tallies", list(tallies), partial=True),
                  mentions=frame("mentions", []), errors=frame("errors", []))


def groups(inc: pd.DataFrame) -> list[set[str]]:
    """The incidents as sets of event ids, in incident order."""
    return [set(str(v).split("; ")) for v in inc["event_ids"]]


def val(v: Any) -> Any:
    return None if v is None or (pd.api.types.is_scalar(v) and pd.isna(v)) else v


ASAD, HARIR, TANF, T22 = "Ain al-Asad Air Base", "Harir Air Base", "al-Tanf garrison", "Tower 22"
IRI, KH, GENERIC, USM = ("Islamic Resistance in Iraq", "Kataib Hezbollah", "Iran-backed militias",
                         "US military")

# --------------------------------------------------------------------------- (a) linking rules

# id, events, expected groups (sets of event ids, any order)
LINK_CASES = [
    ("same-attack-two-spellings",
     # the extractor canonicalises "Ain al-Asad" and "Ayn al-Assad" to one place
     [ev("a", date="2024-01-20", place=ASAD, weapon="rocket", perpetrator=IRI),
      ev("b", date="2024-01-20", place=ASAD, weapon="rocket"),
      ev("c", date="2024-01-20", place=ASAD)],
     [{"a:e1", "b:e1", "c:e1"}]),
    ("two-bases-same-night",
     [ev("a", date="2024-01-20", place=ASAD, weapon="rocket", perpetrator=IRI),
      ev("a", 2, date="2024-01-20", place=HARIR, weapon="rocket", perpetrator=IRI),
      ev("b", date="2024-01-20", place=HARIR)],
     [{"a:e1"}, {"a:e2", "b:e1"}]),
    ("same-base-next-day-is-another-attack",
     [ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-21", place=ASAD)],
     [{"a:e1"}, {"b:e1"}]),
    ("country-only-same-day-joins-the-site",
     [ev("a", date="2024-01-24", place=TANF, perpetrator=IRI, weapon="drone"),
      ev("b", date="2024-01-24", country="Syria", perpetrator=GENERIC, weapon="drone")],
     [{"a:e1", "b:e1"}]),
    ("country-only-other-day-stays-apart",
     [ev("a", date="2024-01-24", place=TANF), ev("b", date="2024-01-25", country="Syria")],
     [{"a:e1"}, {"b:e1"}]),
    ("country-only-other-country-stays-apart",
     [ev("a", date="2024-01-24", place=TANF), ev("b", date="2024-01-24", country="Iraq")],
     [{"a:e1"}, {"b:e1"}]),
    ("country-only-month-joins-site-in-that-month",
     [ev("a", date="2024-01-24", place=TANF), ev("b", date="2024-01", country="Syria")],
     [{"a:e1", "b:e1"}]),
    ("country-only-month-other-month-stays-apart",
     [ev("a", date="2024-01-24", place=TANF), ev("b", date="2024-02", country="Syria")],
     [{"a:e1"}, {"b:e1"}]),
    ("country-only-ambiguous-between-two-sites-stays-apart",
     [ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-20", place=HARIR),
      ev("c", date="2024-01-20", country="Iraq")],
     [{"a:e1"}, {"b:e1"}, {"c:e1"}]),
    ("two-country-only-reports-and-one-site",
     [ev("a", date="2024-01-24", place=TANF), ev("b", date="2024-01-24", country="Syria"),
      ev("c", date="2024-01-24", country="Syria")],
     [{"a:e1", "b:e1", "c:e1"}]),
    ("month-date-same-place-merged",
     [ev("a", date="2024-01-29", place="Rumalyn landing zone", weapon="drone"),
      ev("b", date="2024-01", place="Rumalyn landing zone", weapon="drone")],
     [{"a:e1", "b:e1"}]),
    ("undated-same-place-within-the-week-merged",
     [ev("a", date="2024-02-02", place="al-Qaim", weapon="air strike", perpetrator=USM),
      ev("b", place="al-Qaim", perpetrator=USM)],
     [{"a:e1", "b:e1"}]),
    ("undated-country-only-never-merged",
     [ev("a", date="2024-02-02", place="al-Qaim"), ev("b", country="Iraq")],
     [{"a:e1"}, {"b:e1"}]),
    ("nothing-known-never-merged",
     [ev("a", date="2024-02-02", place="al-Qaim"), ev("b"), ev("c")],
     [{"a:e1"}, {"b:e1"}, {"c:e1"}]),
    ("date-but-no-place-or-country-never-merged",
     [ev("a", date="2024-02-02", place="al-Qaim"), ev("b", date="2024-02-02"),
      ev("c", date="2024-02-02")],
     [{"a:e1"}, {"b:e1"}, {"c:e1"}]),
    ("site-and-its-governorate",
     [ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-20", place="Anbar Governorate")],
     [{"a:e1", "b:e1"}]),
    ("site-and-its-city",
     [ev("a", date="2024-01-20", place="Erbil International Airport"),
      ev("b", date="2024-01-20", place="Erbil")],
     [{"a:e1", "b:e1"}]),
    ("site-and-a-far-city-stay-apart",
     [ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-20", place="Baghdad")],
     [{"a:e1"}, {"b:e1"}]),
    ("two-cities-stay-apart",
     [ev("a", date="2024-01-20", place="Kirkuk"), ev("b", date="2024-01-20", place="Erbil")],
     [{"a:e1"}, {"b:e1"}]),
    ("different-weapons-stay-apart",
     [ev("a", date="2024-01-20", place=ASAD, weapon="drone"),
      ev("b", date="2024-01-20", place=ASAD, weapon="rocket")],
     [{"a:e1"}, {"b:e1"}]),
    ("weapon-unknown-is-compatible",
     [ev("a", date="2024-01-20", place=ASAD, weapon="air strike"),
      ev("b", date="2024-01-20", place=ASAD)],
     [{"a:e1", "b:e1"}]),
    ("complete-linkage-drone-unknown-rocket",
     [ev("a", date="2024-01-20", place=ASAD, weapon="drone"), ev("b", date="2024-01-20", place=ASAD),
      ev("c", date="2024-01-20", place=ASAD, weapon="rocket")],
     [{"a:e1", "b:e1"}, {"c:e1"}]),
    ("different-sides-stay-apart",
     [ev("a", date="2024-02-02", place="Kirkuk", perpetrator=USM, weapon="air strike"),
      ev("b", date="2024-02-02", place="Kirkuk", perpetrator=IRI)],
     [{"a:e1"}, {"b:e1"}]),
    ("side-missing-is-compatible",
     [ev("a", date="2024-01-28", place=T22, perpetrator=KH), ev("b", date="2024-01-28", place=T22)],
     [{"a:e1", "b:e1"}]),
]


@pytest.mark.parametrize("events,want", [c[1:] for c in LINK_CASES], ids=[c[0] for c in LINK_CASES])
def test_link_groups(events: list[dict], want: list[set[str]]) -> None:
    inc = link(parsed(events, published={"b": "2024-02-05"}))
    assert sorted(map(sorted, groups(inc))) == sorted(map(sorted, want))
    assert inc["n_reports"].sum() == len(events)


# id, days, approx_days, events, published, number of incidents
WINDOW_CASES = [
    ("days-1-next-day-apart", 1, 7,
     [ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-21", place=ASAD)], {}, 2),
    ("days-2-next-day-merged", 2, 7,
     [ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-21", place=ASAD)], {}, 1),
    ("days-2-two-days-apart", 2, 7,
     [ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-22", place=ASAD)], {}, 2),
    ("days-2-across-month-end", 2, 7,
     [ev("a", date="2024-01-31", place=TANF), ev("b", date="2024-02-01", country="Syria")], {}, 1),
    # published Monday Feb 5: the window is Jan 29 (Monday minus 7) .. Feb 5
    ("undated-last-week-in-window", 1, 7,
     [ev("a", date="2024-01-29", place=ASAD), ev("b", place=ASAD)], {"b": "2024-02-05"}, 1),
    ("undated-before-window", 1, 7,
     [ev("a", date="2024-01-28", place=ASAD), ev("b", place=ASAD)], {"b": "2024-02-05"}, 2),
    ("undated-after-publication", 1, 7,
     [ev("a", date="2024-02-06", place=ASAD), ev("b", place=ASAD)], {"b": "2024-02-05"}, 2),
    ("undated-wider-window", 1, 14,
     [ev("a", date="2024-01-28", place=ASAD), ev("b", place=ASAD)], {"b": "2024-02-05"}, 1),
    ("undated-two-candidates-ambiguous", 1, 7,
     [ev("a", date="2024-01-30", place=ASAD), ev("c", date="2024-02-01", place=ASAD),
      ev("b", place=ASAD)], {"b": "2024-02-05"}, 3),
]


@pytest.mark.parametrize("days,approx_days,events,published,n", [c[1:] for c in WINDOW_CASES],
                         ids=[c[0] for c in WINDOW_CASES])
def test_link_windows(days: int, approx_days: int, events: list[dict], published: dict, n: int) -> None:
    assert len(link(parsed(events, published=published), days=days, approx_days=approx_days)) == n


# What a careful reader uses (issue 10): id, events, published (None = the article shows no
# date), expected groups.
NOPUB = {a: None for a in "abcdefg"}
EVIDENCE_CASES = [
    ("rockets-or-ballistic-missiles",
     [ev("a", date="2024-01-20", place=ASAD, weapon="rocket"),
      ev("b", date="2024-01-20", place=ASAD, weapon="ballistic missile")], {},
     [{"a:e1", "b:e1"}]),
    ("us-drone-strike-is-an-air-strike",
     [ev("a", date="2024-02-07", place="Baghdad", weapon="drone", perpetrator=USM),
      # (the helper's default target is US forces: an air strike on a militia says so)
      ev("b", date="2024-02-07", place="Baghdad", weapon="air strike", target=KH)], {},
     [{"a:e1", "b:e1"}]),
    ("militia-drone-is-no-air-strike",
     [ev("a", date="2024-02-07", place="Baghdad", weapon="drone", perpetrator=IRI),
      ev("b", date="2024-02-07", place="Baghdad", weapon="air strike")], {},
     [{"a:e1"}, {"b:e1"}]),
    ("drone-and-rocket-stay-apart",
     [ev("a", date="2024-01-20", place=ASAD, weapon="drone"),
      ev("b", date="2024-01-20", place=ASAD, weapon="rocket")], {},
     [{"a:e1"}, {"b:e1"}]),
    ("a-day-apart-with-the-same-figure",  # US time and local time
     [ev("a", date="2024-01-28", place=T22, wounded=34), ev("b", date="2024-01-27", place=T22, wounded=34)],
     {}, [{"a:e1", "b:e1"}]),
    ("a-day-apart-with-the-same-named-target",
     [ev("a", date="2024-01-24", place="Jurf al-Sakhar", perpetrator=USM, target=KH),
      ev("b", date="2024-01-23", place="Jurf al-Sakhar", target=KH)], {}, [{"a:e1", "b:e1"}]),
    ("a-day-apart-without-evidence-stays-apart",
     [ev("a", date="2024-01-28", place=T22, wounded=34), ev("b", date="2024-01-27", place=T22, wounded=40)],
     {}, [{"a:e1"}, {"b:e1"}]),
    ("a-generic-target-is-no-evidence",
     [ev("a", date="2024-01-28", place=T22, target=USM), ev("b", date="2024-01-27", place=T22, target=USM)],
     {}, [{"a:e1"}, {"b:e1"}]),
    ("undated-no-publication-tied-by-a-figure",
     [ev("a", date="2024-01-20", place=ASAD, wounded=3), ev("b", place=ASAD, wounded=3)], NOPUB,
     [{"a:e1", "b:e1"}]),
    ("undated-no-publication-tied-by-a-killed-figure",
     [ev("a", date="2024-01-28", place=T22, killed=3), ev("b", place=T22, killed=3)], NOPUB,
     [{"a:e1", "b:e1"}]),
    ("undated-no-publication-no-evidence-stays-apart",
     [ev("a", date="2024-01-20", place=ASAD, wounded=3), ev("b", place=ASAD)], NOPUB,
     [{"a:e1"}, {"b:e1"}]),
    ("undated-no-publication-two-candidates-stays-apart",
     [ev("a", date="2024-01-20", place=ASAD, wounded=3), ev("c", date="2024-02-20", place=ASAD, wounded=3),
      ev("b", place=ASAD, wounded=3)], NOPUB,
     [{"a:e1"}, {"b:e1"}, {"c:e1"}]),
    ("undated-zero-hurt-is-no-evidence",
     [ev("a", date="2024-01-20", place=ASAD, wounded=0), ev("b", place=ASAD, wounded=0)], NOPUB,
     [{"a:e1"}, {"b:e1"}]),
    ("two-undated-published-the-same-day",
     [ev("a", place=ASAD), ev("b", place=ASAD)], {"a": "2024-08-05", "b": "2024-08-06"},
     [{"a:e1", "b:e1"}]),
    ("two-undated-published-weeks-apart-never-by-figure",
     [ev("a", place=ASAD, wounded=3), ev("b", place=ASAD, wounded=3)], {"a": "2024-01-21", "b": "2024-08-06"},
     [{"a:e1"}, {"b:e1"}]),
    # One tie is enough, nothing may set any two reports apart: an undated report joins an
    # incident through the one report that gives its figure (complete linkage on what
    # contradicts, single linkage on evidence).
    ("undated-tied-to-one-report-joins-its-incident",
     [ev("a", date="2024-01-20", place=ASAD, wounded=3), ev("c", date="2024-01-20", place=ASAD),
      ev("b", place=ASAD, wounded=3)], NOPUB,
     [{"a:e1", "b:e1", "c:e1"}]),
    ("undated-tied-to-one-incident-not-the-other",
     [ev("a", date="2024-01-20", place=ASAD, wounded=3), ev("c", date="2024-02-20", place=ASAD),
      ev("b", place=ASAD, wounded=3)], NOPUB,
     [{"a:e1", "b:e1"}, {"c:e1"}]),
    ("undated-tied-but-another-weapon-in-the-incident-stays-apart",
     [ev("a", date="2024-01-20", place=ASAD, wounded=3), ev("c", date="2024-01-20", place=ASAD, weapon="rocket"),
      ev("b", place=ASAD, wounded=3, weapon="drone")], NOPUB,
     [{"a:e1", "c:e1"}, {"b:e1"}]),
    ("a-day-apart-joins-an-incident-that-already-spans-both-days",
     # US time and local time tied by the figure; a third outlet on the later day
     [ev("a", date="2024-01-20", place=ASAD, wounded=8), ev("b", date="2024-01-21", place=ASAD, wounded=8),
      ev("c", date="2024-01-21", place=ASAD)], {},
     [{"a:e1", "b:e1", "c:e1"}]),
    ("a-day-apart-untied-incidents-stay-apart",
     [ev("a", date="2024-01-20", place=ASAD), ev("d", date="2024-01-20", place=ASAD),
      ev("c", date="2024-01-21", place=ASAD)], {},
     [{"a:e1", "d:e1"}, {"c:e1"}]),
    ("country-report-joins-an-incident-holding-an-undated-report",
     # the undated report of the airport cannot tie the country report, nor set it apart
     [ev("a", date="2023-12-25", place="Erbil International Airport", wounded=3),
      ev("b", place="Erbil International Airport", wounded=3),
      ev("c", date="2023-12-25", country="Iraq", wounded=3, weapon="drone")], NOPUB,
     [{"a:e1", "b:e1", "c:e1"}]),
    ("undated-country-report-never-tied-by-a-figure",
     [ev("a", date="2023-12-25", country="Iraq", wounded=3), ev("b", country="Iraq", wounded=3)], NOPUB,
     [{"a:e1"}, {"b:e1"}]),
    # An attack on US forces is no US strike, whatever the weapon is called.
    ("attack-on-us-forces-is-no-us-drone-strike",
     [ev("a", date="2024-02-07", place="Baghdad", weapon="air strike", perpetrator=USM, target=KH),
      ev("b", date="2024-02-07", place="Baghdad", weapon="drone", target=USM)], {},
     [{"a:e1"}, {"b:e1"}]),
    ("attack-on-us-forces-is-no-us-strike-even-of-unknown-weapon",
     [ev("a", date="2024-02-07", place="Baghdad", perpetrator=USM, target=KH),
      ev("b", date="2024-02-07", place="Baghdad", target=USM)], {},
     [{"a:e1"}, {"b:e1"}]),
    ("attack-on-a-militia-joins-a-us-strike",
     [ev("a", date="2024-02-07", place="Baghdad", weapon="drone", perpetrator=USM, target=KH),
      ev("b", date="2024-02-07", place="Baghdad", weapon="air strike", target=KH)], {},
     [{"a:e1", "b:e1"}]),
    ("a-report-naming-its-attacker-keeps-its-side",
     # "US forces struck ..., US forces said": a target of the attacker's own side is noise
     [ev("a", date="2024-02-07", place="Baghdad", weapon="drone", perpetrator=USM),
      ev("b", date="2024-02-07", place="Baghdad", weapon="air strike", perpetrator=USM, target=USM)], {},
     [{"a:e1", "b:e1"}]),
    # The weekday an undated report gives its attack ("on Friday") ties it to a report of the
    # place on that weekday; two days or more from the other's sets them apart.
    ("undated-both-say-friday",
     [ev("a", place="US Embassy in Baghdad", text="Two rockets fell near the embassy early on Friday."),
      ev("b", place="US Embassy in Baghdad", text="On Friday a salvo of rockets struck near the embassy.")],
     NOPUB, [{"a:e1", "b:e1"}]),
    ("undated-friday-and-a-dated-friday",  # 2023-12-08 was a Friday
     [ev("a", date="2023-12-08", place="US Embassy in Baghdad"),
      ev("b", place="US Embassy in Baghdad", text="Rockets hit the embassy compound on Friday night.")],
     NOPUB, [{"a:e1", "b:e1"}]),
    ("undated-friday-is-not-a-dated-wednesday",  # 2023-12-06 was a Wednesday
     [ev("a", date="2023-12-06", place="US Embassy in Baghdad", wounded=2),
      ev("b", place="US Embassy in Baghdad", wounded=2, text="Rockets hit the embassy compound on Friday.")],
     NOPUB, [{"a:e1"}, {"b:e1"}]),
    ("undated-thursday-and-a-dated-wednesday-need-evidence",  # a day apart: US or local time
     [ev("a", date="2024-02-07", place="Baghdad"),
      ev("b", place="Baghdad", text="A drone strike in Baghdad on Thursday killed a commander.")],
     NOPUB, [{"a:e1"}, {"b:e1"}]),
    ("the-day-of-a-statement-is-not-the-attacks",
     [ev("a", place="US Embassy in Baghdad", text="Rockets hit the embassy, the embassy said on Friday."),
      ev("b", place="US Embassy in Baghdad", text="Rockets were fired at the embassy on Friday.")],
     NOPUB, [{"a:e1"}, {"b:e1"}]),
    ("two-weekdays-in-a-sentence-give-none",
     [ev("a", place="US Embassy in Baghdad",
         text="Rockets hit the embassy on Monday and again on Friday."),
      ev("b", place="US Embassy in Baghdad", text="Rockets were fired at the embassy on Friday.")],
     NOPUB, [{"a:e1"}, {"b:e1"}]),
    ("two-events-of-one-article-never-merge",
     [ev("a", date="2024-01-20", place=ASAD), ev("a", 2, date="2024-01-20", place=ASAD)], {},
     [{"a:e1"}, {"a:e2"}]),
    # A weekday is as specific as a figure: a Thursday strike in Baghdad with two dead is
    # not the Wednesday strike five weeks later that also killed two, when a Thursday strike
    # there is on record (2024-01-04 was a Thursday): a guess between the two stays alone.
    ("undated-weekday-and-figure-point-to-two-attacks",
     [ev("a", date="2024-01-04", place="Baghdad", weapon="drone", perpetrator=USM),
      ev("c", date="2024-02-07", place="Baghdad", weapon="drone", perpetrator=USM, killed=2),
      ev("b", place="Baghdad", weapon="drone", perpetrator=USM, killed=2,
         text="A Thursday drone strike hit a car in Baghdad, killing two commanders.")],
     NOPUB, [{"a:e1"}, {"c:e1"}, {"b:e1"}]),
    ("undated-weekday-alone-ties-the-dated-thursday",
     [ev("a", date="2024-01-04", place="Baghdad", weapon="drone", perpetrator=USM),
      ev("b", place="Baghdad", weapon="drone", perpetrator=USM,
         text="A Thursday drone strike hit a car in Baghdad, killing a commander.")],
     NOPUB, [{"a:e1", "b:e1"}]),
    # An undated report that names only the country joins on specific evidence, and only
    # within the week its publication date allows ("US jets struck Kataib Hezbollah sites in
    # Iraq", published the day after a dated strike on the group in Iraq).
    ("undated-country-report-with-a-publication-date-tied-by-a-named-target",
     [ev("a", date="2023-12-25", country="Iraq", weapon="air strike", perpetrator=USM, target=KH),
      ev("b", country="Iraq", weapon="air strike", perpetrator=USM, target=KH)],
     {"a": "2023-12-26", "b": "2023-12-26"}, [{"a:e1", "b:e1"}]),
    ("undated-country-report-with-a-publication-date-needs-evidence",
     [ev("a", date="2023-12-25", country="Iraq", weapon="air strike", perpetrator=USM),
      ev("b", country="Iraq", weapon="air strike", perpetrator=USM)],
     {"a": "2023-12-26", "b": "2023-12-26"}, [{"a:e1"}, {"b:e1"}]),
    ("undated-country-report-published-weeks-later-stays-apart",
     [ev("a", date="2023-12-25", country="Iraq", weapon="air strike", perpetrator=USM, target=KH),
      ev("b", country="Iraq", weapon="air strike", perpetrator=USM, target=KH)],
     {"a": "2023-12-26", "b": "2024-01-24"}, [{"a:e1"}, {"b:e1"}]),
    ("two-undated-country-reports-of-one-week-tied-by-a-figure",
     [ev("a", country="Syria", weapon="air strike", perpetrator=USM, killed=9),
      ev("b", country="Syria", weapon="air strike", perpetrator=USM, killed=9)],
     {"a": "2023-11-09", "b": "2023-11-10"}, [{"a:e1", "b:e1"}]),
    # A US strike's article names the attack it answers, and the militias struck the same bases
    # again and again: two undated US strikes on Jurf al-Sakhar, each "in reply to" an attack on
    # Ain al-Asad, are not tied by it (months apart in 2023 and 2024); two reports of the attack on
    # Ain al-Asad that both also report the strike on Jurf al-Sakhar still are.
    ("undated-us-strikes-not-tied-by-the-attack-they-answer",
     [ev("a", place=ASAD, weapon="ballistic missile"),
      ev("a", 2, place="Jurf al-Sakhar", weapon="air strike", perpetrator=USM),
      ev("b", place=ASAD, weapon="ballistic missile"),
      ev("b", 2, place="Jurf al-Sakhar", weapon="air strike", perpetrator=USM)],
     NOPUB, [{"a:e1", "b:e1"}, {"a:e2"}, {"b:e2"}]),
    # A year names no attack of its own: an undated report with no publication date is never
    # set in a background "2020 strike in Baghdad that killed one", even by a shared toll.
    ("undated-report-not-set-in-a-year-by-its-toll",
     [ev("a", date="2020-01-01", date_precision="year", place="Baghdad", weapon="air strike",
         perpetrator=USM, killed=1),
      ev("b", place="Baghdad", weapon="drone", perpetrator=USM, killed=1)],
     {"a": "2023-10-31", "b": None}, [{"a:e1"}, {"b:e1"}]),
    ("undated-country-report-between-two-strikes-on-the-group-stays-alone",
     [ev("a", date="2024-02-02", country="Iraq", weapon="air strike", perpetrator=USM, target=KH),
      ev("c", date="2024-02-07", country="Iraq", weapon="air strike", perpetrator=USM, target=KH),
      ev("b", country="Iraq", weapon="air strike", perpetrator=USM, target=KH)],
     {"a": "2024-02-03", "c": "2024-02-08", "b": "2024-02-08"}, [{"a:e1"}, {"c:e1"}, {"b:e1"}]),
]


# A night's air strikes are told together and their toll once: an article that gives a
# fighter killed by a strike, then names the town it hit as a row of its own, lends that row
# the toll as evidence (an air strike with no figure of its own, same day or both undated, one
# toll among the article's other air strikes, no other side).
EVIDENCE_CASES += [
    ("air-strike-row-tied-by-its-articles-toll",
     [ev("a", place="Ramadi", weapon="air strike", perpetrator=USM, killed=1),
      ev("a", 2, place="Abu Ghraib", weapon="air strike", target=None),
      ev("b", place="Abu Ghraib", weapon="air strike", perpetrator=USM, killed=1)],
     NOPUB, [{"a:e1"}, {"a:e2", "b:e1"}]),
    ("two-tolls-in-the-article-lend-none",
     [ev("a", place="Ramadi", weapon="air strike", perpetrator=USM, killed=1),
      ev("a", 2, place="Jurf al-Sakhar", weapon="air strike", perpetrator=USM, killed=2),
      ev("a", 3, place="Abu Ghraib", weapon="air strike", perpetrator=USM),
      ev("b", place="Abu Ghraib", weapon="air strike", perpetrator=USM, killed=1)],
     NOPUB, [{"a:e1"}, {"a:e2"}, {"a:e3"}, {"b:e1"}]),
    ("a-rows-own-figure-is-its-toll",
     [ev("a", place="Ramadi", weapon="air strike", perpetrator=USM, killed=1),
      ev("a", 2, place="Abu Ghraib", weapon="air strike", perpetrator=USM, killed=2),
      ev("b", place="Abu Ghraib", weapon="air strike", perpetrator=USM, killed=1)],
     NOPUB, [{"a:e1"}, {"a:e2"}, {"b:e1"}]),
    ("a-strike-of-another-day-lends-no-toll",
     [ev("a", date="2023-11-21", place="Ramadi", weapon="air strike", perpetrator=USM, killed=1),
      ev("a", 2, place="Abu Ghraib", weapon="air strike", perpetrator=USM),
      ev("b", place="Abu Ghraib", weapon="air strike", perpetrator=USM, killed=1)],
     NOPUB, [{"a:e1"}, {"a:e2"}, {"b:e1"}]),
    ("militia-attacks-of-one-article-lend-no-toll",
     [ev("a", place=ASAD, weapon="drone", perpetrator=IRI, wounded=3),
      ev("a", 2, place=HARIR, weapon="drone", perpetrator=IRI),
      ev("b", place=HARIR, weapon="drone", perpetrator=IRI, wounded=3)],
     NOPUB, [{"a:e1"}, {"a:e2"}, {"b:e1"}]),
]


# An article may tell one attack twice (an undated lead at the city, a dated line at a site of
# it): two events of one article are otherwise never one incident, so the undated one, when it
# fits the incident that holds the other but for it, is a second reading. It gathers no other
# reports: they join that incident (or stay alone) instead of making a second incident of the
# attack; at the end it joins that incident itself (one attack, one incident).
IRGC = "Islamic Revolutionary Guard Corps"
EVIDENCE_CASES += [
    ("second-reading-gathers-none-missiles-at-a-city-and-its-airport",
     [ev("a", place="Erbil", weapon="missile", perpetrator=IRGC, killed=4),
      ev("a", 2, date="2024-01-15", place="Erbil International Airport", weapon="ballistic missile",
         perpetrator=IRGC),
      ev("b", date="2024-01-15", place="Erbil", weapon="missile", perpetrator=IRGC, killed=4),
      ev("c", place="Erbil", weapon="ballistic missile", perpetrator=IRGC, killed=4),
      ev("d", place="Erbil", weapon="missile", killed=4)],
     {"a": "2024-01-16", "b": "2024-01-16", "c": None, "d": None},
     [{"a:e1", "a:e2", "b:e1", "c:e1", "d:e1"}]),
    ("second-reading-gathers-none-a-strike-at-a-city-and-its-district",
     [ev("a", place="Baghdad", weapon="drone", perpetrator=USM, target=KH),
      ev("a", 2, date="2024-02-07", place="Mashtal", weapon="air strike", perpetrator=USM, target=KH),
      ev("b", date="2024-02-07", place="Baghdad", weapon="air strike", perpetrator=USM, killed=3),
      ev("c", place="Baghdad", weapon="drone", perpetrator=USM, target=KH, killed=3)],
     {"a": "2024-02-08", "b": "2024-02-08", "c": None},
     [{"a:e1", "a:e2", "b:e1", "c:e1"}]),
    ("second-reading-gathers-none-an-attack-on-an-airport-told-twice",
     [ev("a", place="Baghdad International Airport", wounded=2),
      ev("a", 2, date="2024-09-10", place="Baghdad International Airport", weapon="rocket"),
      ev("b", date="2024-09-10", place="Baghdad International Airport", weapon="rocket", wounded=2),
      ev("c", place="Baghdad International Airport", weapon="rocket", wounded=2)],
     {"a": "2024-09-11", "b": "2024-09-11", "c": None},
     [{"a:e1", "a:e2", "b:e1", "c:e1"}]),
    # a month's report is no second reading: "earlier this month" names another strike
    ("a-month-report-beside-its-articles-strike-is-no-second-reading",
     [ev("a", date="2024-11-26", country="Syria", weapon="air strike", perpetrator=USM),
      ev("a", 2, date="2024-11", country="Syria", weapon="air strike", perpetrator=USM),
      ev("b", date="2024-11-11", place="al-Mayadin", weapon="air strike", perpetrator=USM)],
     {"a": "2024-11-27", "b": "2024-11-12"},
     [{"a:e1"}, {"a:e2", "b:e1"}]),
]

@pytest.mark.parametrize("events,published,want", [c[1:] for c in EVIDENCE_CASES],
                         ids=[c[0] for c in EVIDENCE_CASES])
def test_link_evidence(events: list[dict], published: dict, want: list[set[str]]) -> None:
    inc = link(parsed(events, published=published))
    assert sorted(map(sorted, groups(inc))) == sorted(map(sorted, want))


# The toll a report gives is its largest figure: "three were killed ... the two others killed
# were guards" gives 3, and its 2 ties no report of 2 killed.
# id, casualty rows of article a (killed, wounded), events, expected groups
TOLL_CASES = [
    ("a-part-of-the-toll-ties-nothing", [(3, None), (2, None)],
     [ev("a", date="2024-02-07", place="Baghdad"), ev("b", place="Baghdad", killed=2)],
     [{"a:e1"}, {"b:e1"}]),
    ("the-largest-figure-ties", [(3, None), (2, None)],
     [ev("a", date="2024-02-07", place="Baghdad"), ev("b", place="Baghdad", killed=3)],
     [{"a:e1", "b:e1"}]),
    ("the-wounded-toll-ties", [(None, 3), (None, 1)],
     [ev("a", date="2023-12-25", place="Erbil International Airport"),
      ev("b", place="Erbil International Airport", wounded=3)],
     [{"a:e1", "b:e1"}]),
]


@pytest.mark.parametrize("rows,events,want", [c[1:] for c in TOLL_CASES], ids=[c[0] for c in TOLL_CASES])
def test_link_ties_by_the_toll(rows: list[tuple], events: list[dict], want: list[set[str]]) -> None:
    cas = [{"article_id": "a", "event_id": "a:e1", "group": None, "killed": k, "wounded": w,
            "qualifier": "exact", "cumulative": False, "rule": "t", "start": 0, "end": 1, "text": "x"}
           for k, w in rows]
    inc = link(parsed(events, casualties=cas, published=NOPUB))
    assert sorted(map(sorted, groups(inc))) == sorted(map(sorted, want))


# id, sentence, the weekday of its attack (0 = Monday) or None
WEEKDAY_CASES = [
    ("on-thursday", "A drone strike in Baghdad on Thursday killed a commander.", 3),
    ("weekday-before-the-noun", "A Thursday drone strike killed two commanders.", 3),
    ("possessive", "Wednesday's strike hit a car in eastern Baghdad.", 2),
    ("night", "US jets struck a depot in eastern Syria on Wednesday night.", 2),
    ("said-on", "The Pentagon said on Tuesday that a drone hit the base.", None),
    ("in-a-statement", "In a statement Tuesday, the command said jets struck three sites.", None),
    ("claimed-after", "The group on Friday claimed a drone attack on the base.", None),
    ("reported-on", "A TV channel reported on Thursday that drones hit the field.", None),
    ("statement-day-then-attack-day",
     "The government on Thursday denounced a US drone strike that killed a commander on Wednesday.", 2),
    ("after-another-attack-then-its-own", "After the Monday attack, rockets hit the embassy again on Friday.", 4),
    ("two-days", "Rockets hit the embassy on Monday and again on Friday.", None),
    ("in-retaliation-for", "US jets struck two depots in retaliation for Sunday's drone attack.", None),
    ("hours-after", "A drone hit the base hours after the strike on Sunday.", None),
    ("earlier-is-the-attack-day", "Earlier on Sunday, a drone hit the base.", 6),
    ("no-weekday", "Rockets hit the embassy.", None),
    # a trailing attribution after a comma names who told it, not the day they spoke
    ("trailing-attribution", "Two rockets landed near the airport early on Wednesday, police said.", 2),
    ("trailing-attribution-it-said", "A drone hit the Conoco base on Sunday, it said.", 6),
    # a part of the day after a word of sequence is the attack's own time
    ("before-dawn", "Rockets were fired at the base before dawn on Sunday.", 6),
    ("after-midnight", "A drone struck the depot after midnight on Friday.", 4),
]


# id, sentence, the weekday it gives, the night of its attack (its evening's weekday) or None
NIGHT_CASES = [
    ("late", "An explosion rocked the base late Tuesday.", 1, 1),
    ("late-on", "Rockets hit the embassy late on Thursday.", 3, 3),
    ("weekday-night", "US jets struck a depot on Wednesday night.", 2, 2),
    ("weekday-evening", "Drones targeted the base on Saturday evening.", 5, 5),
    ("early-on", "Two rockets landed near the airport early on Wednesday.", 2, 1),
    ("early-hours-of", "In the early hours of Friday a drone hit Harir.", 4, 3),
    ("before-dawn", "Rockets were fired at the base before dawn on Monday.", 0, 6),
    ("possessive-early-hours", "A drone struck in Sunday's early hours.", 6, 5),
    ("plain-weekday", "Rockets hit the base on Tuesday.", 1, None),
    ("another-weekday", "Rockets hit the base late Tuesday.", 3, None),
    ("morning-is-no-night", "Rockets hit the base on Tuesday morning.", 1, None),
]


@pytest.mark.parametrize("text,weekday,want", [c[1:] for c in NIGHT_CASES], ids=[c[0] for c in NIGHT_CASES])
def test_night_of_the_attack(text: str, weekday: int, want: int | None) -> None:
    from conflictlib.incidents.weekdays import night_of

    assert night_of(text, weekday) == want


@pytest.mark.parametrize("text,want", [c[1:] for c in WEEKDAY_CASES], ids=[c[0] for c in WEEKDAY_CASES])
def test_weekday_of_the_attack(text: str, want: int | None) -> None:
    from conflictlib.incidents.weekdays import weekday_of

    assert weekday_of(text) == want


# id, events, published, pairs of event ids that must never share an incident
APART_CASES = [
    ("undated-published-days-apart-never-bridged",
     # each may mean another attack of its "last week": a dated report fits both windows
     [ev("a", place=TANF, weapon="drone"), ev("b", place=TANF, weapon="drone"),
      ev("c", date="2023-10-17", place=TANF, weapon="drone")],
     {"a": "2023-10-19", "b": "2023-10-23", "c": "2023-10-18"}, [("a:e1", "b:e1")]),
    ("undated-without-publication-between-two-days",
     [ev("a", date="2024-01-20", place=ASAD, wounded=2), ev("c", date="2024-01-22", place=ASAD, wounded=2),
      ev("b", place=ASAD, wounded=2)], NOPUB, [("a:e1", "c:e1"), ("a:e1", "b:e1"), ("b:e1", "c:e1")]),
]


@pytest.mark.parametrize("events,published,pairs", [c[1:] for c in APART_CASES],
                         ids=[c[0] for c in APART_CASES])
def test_link_keeps_apart(events: list[dict], published: dict, pairs: list[tuple[str, str]]) -> None:
    inc = link(parsed(events, published=published))
    assert inc["n_reports"].sum() == len(events)
    of = {e: n for n, g in enumerate(groups(inc)) for e in g}
    for a, b in pairs:
        assert of[a] != of[b], (a, b)


def test_link_reason_says_why() -> None:
    inc = link(parsed([ev("a", date="2024-01-28", place=T22, wounded=34),
                       ev("b", date="2024-01-27", place=T22, wounded=34),
                       ev("c", date="2024-01-29", place=ASAD)]))
    reasons = dict(zip(inc["place"], inc["link_reason"]))
    assert reasons[T22] == "a:e1 with b:e1: same place, a day apart (US or local time) and both say 34 wounded"
    assert reasons[ASAD] == "one report"


# id, events, published, incident (by one of its event ids), expected joins (event, with, reason)
EXPLAIN_CASES = [
    ("a-day-apart-by-the-figure",
     [ev("a", date="2024-01-28", place=T22, wounded=34), ev("b", date="2024-01-27", place=T22, wounded=34)],
     {}, "a:e1", [("a:e1", "b:e1", "same place, a day apart (US or local time) and both say 34 wounded")]),
    ("undated-by-the-weekday-then-a-figure",
     [ev("a", date="2023-12-08", place="US Embassy in Baghdad", wounded=2),
      ev("b", place="US Embassy in Baghdad", text="Rockets hit the embassy on Friday."),
      ev("c", place="US Embassy in Baghdad", wounded=2)], NOPUB, "a:e1",
     [("b:e1", "a:e1", "same place, undated, both say Friday"),
      ("c:e1", "a:e1", "same place, undated, both say 2 wounded")]),
    ("an-article-id-with-spaces-and-colons",
     [ev("x with y: z", date="2024-01-20", place=ASAD), ev("q", date="2024-01-20", place=ASAD)], {},
     "q:e1", [("x with y: z:e1", "q:e1", "same place, same day")]),
    ("one-report", [ev("a", date="2024-01-20", place=ASAD)], {}, "a:e1", []),
]


@pytest.mark.parametrize("events,published,event,want", [c[1:] for c in EXPLAIN_CASES],
                         ids=[c[0] for c in EXPLAIN_CASES])
def test_explain_incident(events: list[dict], published: dict, event: str, want: list[tuple]) -> None:
    x = parsed(events, published=published)
    inc = x.incidents
    iid = next(i for i, e in zip(inc["incident_id"], inc["event_ids"]) if event in str(e).split("; "))
    got = cl.explain_incident(x, iid)
    assert [(j.event_id, j.with_event_id, j.reason) for j in got.joins] == want
    assert {r.event_id for r in got.reports} == set(str(inc.set_index("incident_id").loc[iid, "event_ids"]).split("; "))
    assert len(got.joins) == len(got.reports) - 1  # every report but the first was joined once
    assert ("one report" in str(got)) == (not want)


def test_explain_incident_unknown_id() -> None:
    with pytest.raises(KeyError):
        cl.explain_incident(parsed([ev("a", date="2024-01-20", place=ASAD)]), "i9999")


@pytest.mark.parametrize("kw", [{"days": 0}, {"approx_days": -1}], ids=["days-0", "approx-negative"])
def test_link_rejects_bad_windows(kw: dict) -> None:
    with pytest.raises(ValueError):
        link(parsed([ev("a")]), **kw)


# id, per-report (killed, wounded) on the events, casualty-table rows (event, killed, wounded,
# cumulative), expected (killed low/best/high, wounded low/best/high)
CASUALTY_CASES = [
    ("three-at-least-three-four",
     [(3, 34), (4, None), (3, 40), (None, 40)], [],
     (3, 3, 4, 34, 40, 40)),
    ("tie-takes-lower-median",
     [(None, 2), (None, 4)], [], (None, None, None, 2, 2, 4)),
    ("no-figures-are-NA",
     [(None, None), (None, None)], [], (None, None, None, None, None, None)),
    ("no-one-hurt-is-zero",
     [(0, 0), (None, None)], [], (0, 0, 0, 0, 0, 0)),
    ("never-a-sum",
     [(5, None), (5, None), (5, None)], [], (5, 5, 5, None, None, None)),
    ("casualty-table-figures-count",
     # one article gives two figures for the same attack: both count, once each
     [(3, None), (None, None)], [("r1", 3, None, False), ("r1", 4, None, False), ("r2", 4, None, False)],
     (3, 4, 4, None, None, None)),
    ("cumulative-rows-ignored",
     [(3, None), (None, None)], [("r2", 66, None, True)], (3, 3, 3, None, None, None)),
]


@pytest.mark.parametrize("reports,rows,want", [c[1:] for c in CASUALTY_CASES],
                         ids=[c[0] for c in CASUALTY_CASES])
def test_casualty_ranges(reports: list[tuple], rows: list[tuple], want: tuple) -> None:
    events = [ev(f"r{n}", date="2024-01-28", place=T22, killed=k, wounded=w)
              for n, (k, w) in enumerate(reports, 1)]
    cas = [{"article_id": a, "event_id": f"{a}:e1", "group": None, "killed": k, "wounded": w,
            "qualifier": "exact", "cumulative": c, "rule": "t", "start": 0, "end": 1, "text": "x"}
           for a, k, w, c in rows]
    inc = link(parsed(events, casualties=cas))
    assert len(inc) == 1
    cols = ["killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high"]
    assert tuple(val(inc.iloc[0][c]) for c in cols) == want


def _claim(article: str, speaker: str, stance: str, events: str | None, n: int = 1) -> dict:
    return {"claim_id": f"{article}:c{n}", "article_id": article, "published": None,
            "speaker": speaker, "speaker_side": _gaz().actor_by_name[speaker].side, "stance": stance,
            "event_ids": events, "rule": "t", "start": 0, "end": 1, "text": f"{speaker} {stance}"}


# id, per-report (claimed_by, confirmed_by, denied_by), extra claim rows, expected grade
GRADE_CASES = [
    ("claimed", [(IRI, None, None)], [], "claimed"),
    ("confirmed", [(None, "Pentagon", None)], [], "confirmed"),
    ("neutral-confirms", [(None, "Syrian Observatory for Human Rights", None)], [], "confirmed"),
    ("claimed+confirmed-across-articles", [(IRI, None, None), (None, "US Central Command", None)], [],
     "claimed+confirmed"),
    ("contested-confirm-and-deny", [(None, "US official", KH)], [], "contested"),
    ("contested-claim-and-deny-across-articles", [(IRI, None, None), (None, None, "Iran")], [],
     "contested"),
    ("contested-from-claims-table", [(None, "Pentagon", None), (None, None, None)],
     [("r2", KH, "deny")], "contested"),
    ("claim-from-claims-table", [(None, None, None)], [("r1", IRI, "claim")], "claimed"),
    ("acknowledge-is-not-a-grade", [(None, None, None)], [("r1", "Harakat al-Nujaba", "acknowledge")],
     "reported"),
    ("reported", [(None, None, None), (None, None, None)], [], "reported"),
]


@pytest.mark.parametrize("reports,said,want", [c[1:] for c in GRADE_CASES], ids=[c[0] for c in GRADE_CASES])
def test_grades(reports: list[tuple], said: list[tuple], want: str) -> None:
    events = [ev(f"r{n}", date="2024-01-25", place="Baghdad International Airport", claimed_by=c,
                 confirmed_by=f, denied_by=d) for n, (c, f, d) in enumerate(reports, 1)]
    claims = [_claim(a, s, st, f"{a}:e1") for a, s, st in said]
    inc = link(parsed(events, claims=claims))
    assert len(inc) == 1
    assert inc.iloc[0]["grade"] == want
    assert want in GRADES


# id, perpetrators of the reports, expected
PERPETRATOR_CASES = [
    ("named-beats-generic", [GENERIC, IRI, GENERIC], IRI),
    ("member-beats-umbrella", [IRI, KH, IRI], KH),
    ("member-beats-umbrella-and-generic", [GENERIC, KH, IRI], KH),
    ("only-generic", [GENERIC, None], GENERIC),
    ("none", [None, None], None),
]


@pytest.mark.parametrize("perps,want", [c[1:] for c in PERPETRATOR_CASES],
                         ids=[c[0] for c in PERPETRATOR_CASES])
def test_most_specific_perpetrator(perps: list[str | None], want: str | None) -> None:
    events = [ev(f"r{n}", date="2024-01-28", place=T22, perpetrator=p) for n, p in enumerate(perps, 1)]
    inc = link(parsed(events))
    assert len(inc) == 1
    assert val(inc.iloc[0]["perpetrator"]) == want


def test_incident_keeps_evidence_and_most_precise_values() -> None:
    events = [
        ev("b", date="2024-01", place=ASAD, weapon="rocket", confirmed_by="Pentagon"),
        ev("a", date="2024-01-20", country="Iraq", perpetrator=IRI, claimed_by=IRI),
        ev("c", date="2024-01-20", place=ASAD),
        ev("c", 2, date="2024-01-21", place=HARIR, weapon="drone"),
    ]
    x = parsed(events, published={"a": "2024-01-20", "b": "2024-01-27", "c": "2024-01-22"},
               sources={"a": "Telegram", "c": "Telegram"})
    inc = link(x)
    assert list(inc.columns[:len(INCIDENT_COLUMNS)]) == list(INCIDENT_COLUMNS)
    assert len(inc) == 2
    row = inc[inc["place"] == ASAD].iloc[0]
    assert set(row["event_ids"].split("; ")) == {"a:e1", "b:e1", "c:e1"}
    assert set(row["article_ids"].split("; ")) == {"a", "b", "c"}
    assert (row["n_reports"], row["n_sources"]) == (3, 2)  # a and c share a source
    assert str(row["date"])[:10] == "2024-01-20" and row["date_precision"] == "day"
    assert (row["country"], row["admin1"], row["weapon"]) == ("Iraq", "Anbar", "rocket")
    assert float(row["lat"]) == pytest.approx(33.79, abs=0.01)
    assert str(row["first_reported"])[:10] == "2024-01-20"
    assert str(row["last_reported"])[:10] == "2024-01-27"
    assert (row["claimed_by"], row["confirmed_by"], row["grade"]) == (IRI, "Pentagon", "claimed+confirmed")
    assert inc["incident_id"].is_unique
    assert all(str(inc[c].dtype) == d for c, d in INCIDENT_COLUMNS.items())


def test_link_is_deterministic_whatever_the_row_order() -> None:
    events = [ev(f"a{n}", date="2024-01-22" if n % 3 == 2 else "2024-01-20",
                 place=[ASAD, HARIR, TANF][n % 3]) for n in range(9)]
    events += [ev("g", date="2024-01-20", country="Iraq"), ev("z")]
    first = link(parsed(events))
    shuffled = events[:]
    random.Random(4).shuffle(shuffled)
    again = link(parsed(shuffled))
    pd.testing.assert_frame_equal(first, again)
    assert len(first) == 3 + 1 + 1  # g is ambiguous (Ain al-Asad or Harir); z knows nothing


def test_empty() -> None:
    inc = link(parsed([]))
    assert inc.empty and list(inc.columns) == list(INCIDENT_COLUMNS)
    assert cumulative_counts(parsed([]), inc).empty


def test_incidents_property_uses_link() -> None:
    x = parsed([ev("a", date="2024-01-20", place=ASAD), ev("b", date="2024-01-20", place=ASAD)])
    assert len(x.incidents) == 1 and x.incidents is x.incidents


# --------------------------------------------------------------------------- ledger, tallies, counts

def test_claims_ledger() -> None:
    events = [ev("a", date="2024-01-20", place=ASAD), ev("a", 2, date="2024-01-20", place=HARIR),
              ev("b", date="2024-01-20", place=ASAD)]
    claims = [_claim("a", IRI, "claim", "a:e1; a:e2"), _claim("a", IRI, "threat", None, 2),
              _claim("b", "US Central Command", "confirm", "b:e1")]
    x = parsed(events, claims=claims, published={"a": "2024-01-20", "b": "2024-01-21"})
    inc = x.incidents
    asad = inc.loc[inc["place"] == ASAD, "incident_id"].iloc[0]
    harir = inc.loc[inc["place"] == HARIR, "incident_id"].iloc[0]
    led = claims_ledger(x)
    assert list(led.columns[:8]) == ["claim_id", "incident_ids", "speaker", "speaker_side", "stance",
                                     "published", "article_id", "event_ids"]
    assert len(led) == 3
    got = {r["claim_id"]: r for r in led.to_dict("records")}
    assert set(got["a:c1"]["incident_ids"].split("; ")) == {asad, harir}
    assert val(got["a:c2"]["incident_ids"]) is None  # a threat is about no incident
    assert got["b:c1"]["incident_ids"] == asad
    assert str(got["b:c1"]["published"])[:10] == "2024-01-21"
    assert led["published"].is_monotonic_increasing


def _tally(article: str, count: int, scope: str, as_of: str | None) -> dict:
    return {"article_id": article, "count": count, "qualifier": "exact", "since": "2023-10-17",
            "scope": scope, "attributed_to": "Pentagon", "as_of": as_of, "rule": "t", "start": 0,
            "end": 1, "text": "x"}


def test_tally_series_order_and_dates() -> None:
    tallies = [_tally("b", 98, "Syria", "2024-02-01"), _tally("b", 166, "total", "2024-02-01"),
               _tally("a", 140, "total", None), _tally("b", 1, "Jordan", "2024-02-01"),
               _tally("a", 57, "Iraq", "2024-01-22"), _tally("b", 67, "Iraq", "2024-02-01")]
    x = parsed([], tallies=tallies, published={"a": "2024-01-22", "b": "2024-02-01"})
    ts = tally_series(x)
    assert list(ts.columns[:7]) == ["as_of", "count", "qualifier", "since", "scope", "attributed_to",
                                    "article_id"]
    assert list(zip(ts["scope"], ts["count"])) == [("total", 140), ("total", 166), ("Iraq", 57),
                                                   ("Iraq", 67), ("Syria", 98), ("Jordan", 1)]
    assert str(ts["as_of"].iloc[0])[:10] == "2024-01-22"  # from the article's date


def test_cumulative_counts() -> None:
    inc = pd.DataFrame({
        "date": pd.to_datetime(["2024-01-20", "2024-01-20", "2024-01-22", "2024-01-23", None,
                                "2024-01-23"]),
        "grade": ["claimed", "claimed+confirmed", "confirmed", "reported", "claimed", "confirmed"],
        "perpetrator_side": ["iran-aligned", None, "iran-aligned", None, "iran-aligned", "us-led"],
    })
    cc = cumulative_counts(parsed([]), inc)
    assert list(cc.columns) == ["date", "incidents", "claimed", "confirmed"]
    assert [str(d)[:10] for d in cc["date"]] == ["2024-01-20", "2024-01-21", "2024-01-22", "2024-01-23"]
    assert list(cc["claimed"]) == [2, 2, 2, 2]
    assert list(cc["confirmed"]) == [1, 1, 2, 2]  # the US strike (us-led) is not an attack counted
    assert list(cc["incidents"]) == [2, 2, 3, 4]
    every = cumulative_counts(parsed([]), inc, perpetrator_side=None)
    assert list(every["confirmed"]) == [1, 1, 2, 3]
    weekly = cumulative_counts(parsed([]), inc, freq="W")
    assert list(weekly["claimed"]) == [2, 2] and list(weekly["confirmed"]) == [1, 2]


# --------------------------------------------------------------------------- (b) end to end

@pytest.fixture(scope="module")
def corpus() -> Parsed:
    return cl.parse(CORPUS)


def _place(name: str | None) -> str | None:
    return None if name is None else cl.resolve_place(name)


def _actor(name: str | None) -> str | None:
    return None if name is None else cl.resolve_actor(name)


def test_corpus_is_synthetic_and_large_enough(corpus: Parsed) -> None:
    assert len(corpus.articles) >= 12 and corpus.errors.empty
    assert corpus.articles["title"].str.startswith("SYNTHETIC").all()
    assert corpus.articles["published"].nunique() >= 8


def test_corpus_every_report_in_exactly_one_incident(corpus: Parsed) -> None:
    inc = corpus.incidents
    ids = [e for v in inc["event_ids"] for e in str(v).split("; ")]
    assert sorted(ids) == sorted(corpus.events["event_id"])
    assert inc["n_reports"].sum() == len(corpus.events)


_FIELDS = ["date_precision", "country", "weapon", "grade", "n_reports", "killed_low", "killed_best",
           "killed_high", "wounded_low", "wounded_best", "wounded_high"]


def test_corpus_incidents_match_hand_reading(corpus: Parsed) -> None:
    inc = corpus.incidents
    want = EXPECTED["incidents"]
    got = {(str(r["date"])[:10] if val(r["date"]) else None, val(r["place"])): r
           for r in inc.to_dict("records")}
    problems = []
    keys = [(w["date"], _place(w["place"])) for w in want]
    if sorted(map(str, keys)) != sorted(map(str, got)):
        problems.append(f"incidents: want {sorted(map(str, keys))}, got {sorted(map(str, got))}")
    for w, key in zip(want, keys):
        g = got.get(key)
        if g is None:
            continue
        for f in _FIELDS:
            if val(g[f]) != w[f]:
                problems.append(f"{key} {f}: want {w[f]!r}, got {val(g[f])!r}")
        if val(g["perpetrator"]) != _actor(w["perpetrator"]):
            problems.append(f"{key} perpetrator: want {w['perpetrator']!r}, got {val(g['perpetrator'])!r}")
        if set(str(g["article_ids"]).split("; ")) != set(w["article_ids"]):
            problems.append(f"{key} article_ids: want {w['article_ids']}, got {g['article_ids']}")
    assert not problems, "\n".join(problems)


def test_corpus_tally_series_matches_hand_reading(corpus: Parsed) -> None:
    ts = tally_series(corpus)
    got = [(str(r["as_of"])[:10], val(r["count"]), val(r["qualifier"]), str(val(r["since"]))[:10],
            val(r["scope"]), _actor(val(r["attributed_to"])), r["article_id"])
           for r in ts.to_dict("records")]
    want = [(t["as_of"], t["count"], t["qualifier"], t["since"], t["scope"], _actor(t["attributed_to"]),
             t["article_id"]) for t in EXPECTED["tallies"]]
    assert got == want


def test_corpus_ledger_and_counts_are_consistent(corpus: Parsed) -> None:
    inc = corpus.incidents
    led = claims_ledger(corpus)
    assert len(led) == len(corpus.claims)
    linked = {i for v in led["incident_ids"].dropna() for i in str(v).split("; ")}
    assert linked <= set(inc["incident_id"])
    cc = cumulative_counts(corpus)
    dated = inc[inc["date"].notna() & (inc["perpetrator_side"].isna()
                                       | (inc["perpetrator_side"] == "iran-aligned"))]
    assert cc["incidents"].iloc[-1] == len(dated)
    assert cc["claimed"].iloc[-1] == dated["grade"].isin(["claimed", "claimed+confirmed"]).sum()


def test_cl_link_stays_a_function_after_the_module_is_imported() -> None:
    """`import conflictlib.incidents` must not shadow the function `cl.link`."""
    import importlib

    import conflictlib as cl

    importlib.import_module("conflictlib.incidents")
    x = cl.parse_text("A drone attack hit Tower 22 late on Sunday.", published="2024-01-29")
    assert len(cl.link(x)) == len(x.incidents) == 1


def test_user_governorate_links_through_the_parse_config(tmp_path) -> None:
    """A governorate from a user's own places table links with a town in it: linking reads
    the parse's Config, not the package tables alone."""
    places = tmp_path / "places.csv"
    # made-up names: the package's gazetteer has every governorate and most towns of Iraq
    places.write_text("name,kind,country,admin1,lat,lon,aliases\n"
                      "Synthetica Governorate,admin1,Iraq,Synthetica,31.0,46.3,\n"
                      "Synthville,city,Iraq,Synthetica,31.05,46.26,\n", encoding="utf-8")
    cfg = cl.Config(places=str(places))
    rows = [ev("a", date="2024-01-20", place="Synthville", country="Iraq", admin1="Synthetica"),
            ev("b", date="2024-01-20", place="Synthetica Governorate", country="Iraq", admin1="Synthetica")]
    x = parsed(rows)
    assert len(cl.link(x)) == 2  # the package tables know neither place
    x.config = cfg
    assert groups(cl.link(x)) == [{"a:e1", "b:e1"}]
