"""Tests of the scope rule, the report tables, the corpus summary and the evidence view.

All articles and rows here are synthetic, written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

import conflictlib as cl
from conflictlib.schema import frame
from conflictlib.display import corpus_summary, table
from conflictlib.scope import in_campaign

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'

# --------------------------------------------------------------------------
# scope: (row, in the campaign?)
# --------------------------------------------------------------------------

SCOPE_CASES = [
    ("us-strike", dict(perpetrator_side="us-led", target="Kataib Hezbollah", country="Iraq"), True),
    ("militia-on-us", dict(perpetrator_side="iran-aligned", target="US military", country="Syria"), True),
    ("militia-target-unnamed", dict(perpetrator_side="iran-aligned", country="Iraq"), True),
    ("unattributed-in-iraq", dict(country="Iraq"), True),
    ("unattributed-in-jordan", dict(country="Jordan"), True),
    ("unknown-attacker-on-us", dict(target="US-led coalition", country="Syria"), True),
    ("hamas-on-israel", dict(perpetrator_side="palestinian", target="civilians", country="Israel"), False),
    ("militia-on-israel", dict(perpetrator_side="iran-aligned", target="Israel", country="Israel"), False),
    ("isis", dict(perpetrator_side="jihadist", country="Syria"), False),
    ("unattributed-in-israel", dict(country="Israel"), False),
    ("nothing-known", dict(), False),
]


@pytest.mark.parametrize(("row", "expected"), [c[1:] for c in SCOPE_CASES],
                         ids=[c[0] for c in SCOPE_CASES])
def test_in_campaign(row: dict[str, object], expected: bool) -> None:
    events = frame("events", [row], partial=True)
    assert in_campaign(events).tolist() == [expected]
    assert in_campaign(events, include_other=True).tolist() == [True]


def test_seed_scope_leaves_out_the_7_october_attack() -> None:
    x = cl.parse("seeds/")
    out = x.incidents[~in_campaign(x.incidents)]
    assert out["perpetrator"].tolist() == ["Hamas"]
    assert in_campaign(x.incidents).sum() == len(x.incidents) - 1


# --------------------------------------------------------------------------
# tables
# --------------------------------------------------------------------------

def _df() -> pd.DataFrame:
    return pd.DataFrame({
        "incident_id": pd.Series(["i0001", "i0002"], dtype="string"),
        "date": pd.to_datetime(["2023-12-03", None]),
        "place": pd.Series([HOSTILE, pd.NA], dtype="string"),
        "n_reports": pd.Series([3, pd.NA], dtype="Int64"),
        "event_ids": pd.Series(["a:e1; a:e2", "b:e1"], dtype="string"),
        "text": pd.Series(["A long synthetic sentence.", "Another."], dtype="string"),
    })


@pytest.mark.parametrize(("needle", "present"), [
    ("<td class=\"cl-nowrap\">2023-12-03</td>", True),      # a date on one line, no time
    ("00:00:00", False),
    ("&lt;NA&gt;", False), ("<NA>", False), ("NaT", False), ("nan", False),  # blanks
    ("&lt;script&gt;alert(1)&lt;/script&gt;", True),       # escaped ...
    ("<script>alert", False), ("<img src=x", False),        # ... never markup
    ('<td class="cl-num">3</td>', True),                   # numbers right-aligned
    ('<a href="evidence.html#i0001">i0001</a>', True),      # ids link to the evidence
    ('<a href="evidence.html#a%3Ae1">a:e1</a>; <a href="evidence.html#a%3Ae2">a:e2</a>', True),
    ("show all 6 columns", True),
    ('class="cl-scroll"', True),                            # scrolls inside the page
    ("text-align: left !important", True),
], ids=lambda v: str(v)[:40])
def test_table_html(needle: str, present: bool) -> None:
    shown = table(_df(), ["incident_id", "date", "place", "n_reports", "event_ids"],
                  links={"incident_id": "evidence.html#{}", "event_ids": "evidence.html#{}"})
    assert (needle in shown._repr_html_()) == present


def test_table_text_and_columns() -> None:
    shown = table(_df(), ["incident_id", "date", "n_reports"])
    assert repr(shown).splitlines() == ["incident_id       date n_reports",
                                        "      i0001 2023-12-03         3",
                                        "      i0002                     "]
    assert "show all" not in table(_df())._repr_html_()
    with pytest.raises(KeyError, match="no_such"):
        table(_df(), ["no_such"])


def test_empty_table_says_why() -> None:
    shown = table(_df().iloc[:0], ["incident_id"], empty="No official tallies: none given.")
    assert repr(shown) == "No official tallies: none given."
    assert "<table" not in shown._repr_html_() and "No official tallies" in shown._repr_html_()


# --------------------------------------------------------------------------
# corpus summary: what was read, every error with its reason
# --------------------------------------------------------------------------

def test_summary_of_a_corpus_with_errors(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(" date 2024-01-28 Synthetic A\n\nSynthetic: a drone hit Tower 22.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("BAGHDAD, Jan 30, 2024 (Reuters) - Synthetic: rockets hit "
                                    "Ain al-Asad.", encoding="utf-8")
    (tmp_path / "c.csv").write_text("title,body\nx,y\n", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\x00\x01 binary \x00")
    x = cl.parse(tmp_path)
    text = repr(corpus_summary(x, "mine"))
    assert text.startswith("Corpus mine: 2 articles read from 1 source (Reuters), "
                           "1 without a named source.")
    assert "Published 2024-01-28 to 2024-01-30." in text
    assert "2 read or extract errors" in text
    assert "no 'text' column" in text and "cannot decode" in text
    assert str(tmp_path) not in corpus_summary(x)._repr_html_()   # file names, not paths


# --------------------------------------------------------------------------
# evidence view
# --------------------------------------------------------------------------

ARTICLE = (" date 2024-01-29 Synthetic evidence test\n\n"
           f"Synthetic text {HOSTILE}. Kataib Hezbollah claimed a drone attack on Tower 22 "
           "on Sunday. A US official confirmed the attack and said three soldiers were killed.")


@pytest.fixture(scope="module")
def parsed() -> cl.Parsed:
    return cl.parse_text(ARTICLE, article_id="syn")


def test_explain_marks_every_span(parsed: cl.Parsed) -> None:
    (iid,) = parsed.incidents["incident_id"]
    e = parsed.explain(iid)
    tables = {s.table for s in e.spans}
    assert tables == {"events", "claims", "casualties"}
    page = e._repr_html_()
    text = parsed.articles["text"].iloc[0]
    for s in e.spans:
        assert f"{s.table} · {s.rule}" in page
        assert text[s.start:s.end] in repr(e)
    assert page.count("<mark") >= len(e.spans)
    assert "<script>" not in page.replace("<style>", "") and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_explain_an_event_and_unknown_ids(parsed: cl.Parsed) -> None:
    (eid,) = parsed.events["event_id"]
    e = parsed.explain(eid)
    assert e.kind == "event" and {s.table for s in e.spans} >= {"events", "claims"}
    with pytest.raises(KeyError, match="neither"):
        parsed.explain("i9999")


def test_evidence_page_anchors(parsed: cl.Parsed) -> None:
    from conflictlib.evidence import evidence_page

    page = evidence_page(parsed)
    (iid,) = parsed.incidents["incident_id"]
    (eid,) = parsed.events["event_id"]
    assert f'id="{iid}"' in page and f'href="#{iid}"' in page and f'id="{eid}"' in page
    assert "<script" not in page
