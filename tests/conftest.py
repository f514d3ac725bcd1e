"""Shared fixtures: the reports of the seed and of the synthetic linked corpus, rendered once.

The synthetic corpus is tests/corpora/synthetic_linked (articles written for the
tests) plus one more synthetic article, written here, that holds a ``<script>``
element and an ``onerror`` attribute: the reports must show them as text and
never run them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

#: A synthetic article whose text tries to run script in a report.
HOSTILE_ID = "17_synthetic_hostile_markup"
HOSTILE_ARTICLE = (
    " date 2024-02-03 Synthetic article with markup <script>window.__pwned = 1</script>\n\n"
    "Synthetic text written for the browser test. <script>window.__pwned = 1</script> "
    "Kataib Hezbollah claimed a drone attack on Tower 22 on Saturday "
    '<img src=x onerror="window.__pwned = 2">, a US official confirmed.\n')


@pytest.fixture(scope="session")
def synthetic_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus") / "synthetic_linked"
    shutil.copytree(REPO / "tests" / "corpora" / "synthetic_linked", corpus)
    (corpus / f"{HOSTILE_ID}.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    return corpus


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory, synthetic_corpus: Path) -> dict[str, Path]:
    """Output folders of ``render_report`` for the seed and the synthetic corpus."""
    from conflictlib import report

    out = {}
    for name, corpus in [("seed", REPO / "seeds"), ("synthetic", synthetic_corpus)]:
        folder = tmp_path_factory.mktemp(f"reports-{name}")
        report.render_report(corpus, folder, notebooks=REPO / "notebooks")  # raises on failure
        out[name] = folder
    return out


def write_real_set(tmp_path: Path, texts: dict[str, str], records: list[dict], name: str) -> tuple[Path, Path]:
    """A SYNTHETIC real-reporting set on disk, as the scorers read one: texts/ID.txt and a
    JSON-lines file of records (for tests/test_evaluate_real.py and test_evaluate_clusters.py)."""
    import json

    folder = tmp_path / "texts"
    folder.mkdir()
    for k, v in texts.items():
        (folder / f"{k}.txt").write_text(v, encoding="utf-8")
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path, folder
