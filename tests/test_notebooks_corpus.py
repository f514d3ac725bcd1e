"""The three report notebooks run on a corpus other than the seed.

``conflictlib report`` (conflictlib.report.render_report) runs the repository's
notebooks over tests/corpora/synthetic_linked, a synthetic multi-article corpus
(articles written for the tests, labelled synthetic; conftest.py adds one with
hostile markup), into tmp_path.  The pages must exist, show the incidents (one
row per attack across articles) and their analysis, and hold no error or
warning output.  One render (about 12 s, conftest.py) is shared with the
browser tests.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from conflictlib import report

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpora" / "synthetic_linked"
NOTEBOOKS = REPO / "notebooks"

#: Per page: text each must show (a table header or a heading of the notebook).
EXPECTED: dict[str, list[str]] = {
    "01_attack_frequency": ["Attack frequency", "<th>incident_id</th>", "<th>event_ids</th>",
                            "<th>article_ids</th>", "Incidents per week",
                            "Event reports behind the incidents", "Other violence"],
    "02_troop_deployments": ["Troop deployments", "The latest figure per country",
                             "Conflicting figures",
                             "No troop figures: no article in this corpus gives a number"],
    "03_claimed_vs_confirmed": ["Claimed vs confirmed", "<th>incident_id</th>",
                                "<th>discrepancy</th>", "claims ledger",
                                "<th>incident_ids</th>", "official tallies"],
}


@pytest.fixture(scope="module")
def pages(rendered: dict[str, Path]) -> dict[str, str]:
    out = rendered["synthetic"]
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{name}.html" for name in EXPECTED] + ["evidence.html", "index.html"])
    return {p.stem: p.read_text(encoding="utf-8") for p in out.iterdir()}


def _norm(page: str) -> str:
    """Page text with entities decoded, case kept."""
    return html.unescape(page)


@pytest.mark.parametrize("name", list(EXPECTED), ids=list(EXPECTED))
def test_page_shows_the_analysis(pages: dict[str, str], name: str) -> None:
    page = _norm(pages[name])
    missing = [text for text in EXPECTED[name] if text.lower() not in page.lower()]
    assert not missing, f"{name}.html lacks {missing}"


#: Marks nbconvert puts on an output a reader should not see: an error
#: (traceback) or text written to stderr (warnings), as HTML attributes.
BAD_OUTPUT = ('data-mime-type="application/vnd.jupyter.stderr"', "Traceback")


def _bad_outputs(page: str) -> list[str]:
    return [sign for sign in BAD_OUTPUT if sign in page]


def test_bad_output_marks_are_found() -> None:
    # the check below can fail: a page with a warning and an error is caught
    import nbformat

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("1")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stderr", text="UserWarning: synthetic\n"),
        nbformat.v4.new_output("error", ename="ValueError", evalue="synthetic",
                               traceback=["Traceback (most recent call last):", "ValueError"]),
    ]
    nb.cells = [cell]
    assert _bad_outputs(report._to_html(nb, "synthetic")) == list(BAD_OUTPUT)


@pytest.mark.parametrize("name", list(EXPECTED), ids=list(EXPECTED))
def test_no_cell_errored_or_warned(pages: dict[str, str], name: str) -> None:
    assert not _bad_outputs(pages[name])


def test_pages_are_about_this_corpus(pages: dict[str, str], synthetic_corpus: Path) -> None:
    # the injected corpus was read, not the notebooks' default (the seed)
    n = len(list(synthetic_corpus.glob("*.txt")))
    for name in EXPECTED:
        page = pages[name]
        assert re.search(rf"articles: {n}, event reports: \d+, incidents: \d+", page), name
        assert "000_fd90263df41bb01c" not in page, name
    assert "08_centcom_tower22" in pages["01_attack_frequency"]


def test_index_links_every_page(pages: dict[str, str]) -> None:
    for name in [*EXPECTED, "evidence"]:
        assert f'href="{name}.html"' in pages["index"]
    assert "17 articles read" in pages["index"]
    assert "Published 2024-01-20 to 2024-02-05." in pages["index"]


def test_every_page_says_what_was_read(pages: dict[str, str]) -> None:
    for name in EXPECTED:
        assert "17 articles read" in pages[name] and "No read or extract errors." in pages[name]


def test_report_tables_link_to_the_evidence(pages: dict[str, str]) -> None:
    anchors = set(re.findall(r'\sid="([^"]+)"', pages["evidence"]))
    for name in EXPECTED:
        targets = {html.unescape(t) for t in re.findall(r'href="evidence\.html#([^"]+)"', pages[name])}
        targets = {re.sub(r"%3A", ":", t) for t in targets}
        assert targets <= anchors, (name, targets - anchors)
        # the incident tables link (the troop page has no incident to link)
        assert bool(targets) == (name != "02_troop_deployments"), name


def test_no_na_markers_in_tables(pages: dict[str, str]) -> None:
    for name in EXPECTED:
        assert "&lt;NA&gt;" not in pages[name] and "NaT</td>" not in pages[name], name
