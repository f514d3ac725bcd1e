"""Tests of ``conflictlib report`` (conflictlib/report.py, conflictlib/__main__.py).

Everything here is synthetic: notebooks built in memory and a one-article
corpus written to tmp_path (labelled synthetic in its title).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient.exceptions import CellExecutionError

from conflictlib import report
from conflictlib.__main__ import build_parser, main

REPO = Path(__file__).resolve().parent.parent

SYNTHETIC_ARTICLE = """\
 date 2024-01-29 Synthetic article <script>alert(1)</script> for report tests

<script>alert(1)</script> Synthetic text written for a test: one-way attack drones \
struck a logistics base in Jordan on Sunday, a US defense official said.
"""
SCRIPT = "<script>alert(1)</script>"


def _nb(*cells: Any) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    return nb


def _md(text: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(text)


def _code(text: str, *tags: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(text, metadata={"tags": list(tags)} if tags else {})


def _tags(nb: nbformat.NotebookNode) -> list[list[str]]:
    return [list(c.get("metadata", {}).get("tags", [])) for c in nb.cells]


# --------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------

@pytest.mark.parametrize(("argv", "expected"), [
    (["report"], {"corpus": "seeds", "out": "reports", "notebooks": None}),
    (["report", "data/articles.jsonl"],
     {"corpus": "data/articles.jsonl", "out": "reports", "notebooks": None}),
    (["report", "seeds", "--out", "build/html", "--notebooks", "nb"],
     {"corpus": "seeds", "out": "build/html", "notebooks": "nb"}),
    (["report", "-o", "x", "corpus/*.txt"],
     {"corpus": "corpus/*.txt", "out": "x", "notebooks": None}),
    (["report", "--notebooks", "one.ipynb", "-q"],
     {"corpus": "seeds", "out": "reports", "notebooks": "one.ipynb", "quiet": True}),
], ids=["defaults", "corpus", "all-options", "short-out-glob", "single-notebook-quiet"])
def test_parse_arguments(argv: list[str], expected: dict[str, object]) -> None:
    args = build_parser().parse_args(argv)
    assert args.command == "report"
    assert {k: getattr(args, k) for k in expected} == expected


@pytest.mark.parametrize("argv", [[], ["lab"], ["report", "a", "b"], ["report", "--out"]],
                         ids=["no-command", "unknown-command", "two-corpora", "out-without-value"])
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(argv)
    assert exit_info.value.code == 2
    assert "usage: conflictlib" in capsys.readouterr().err


@pytest.mark.parametrize(("setup", "message"), [
    ("missing-corpus", "corpus not found"),
    ("glob-matches-nothing", "corpus pattern matches no file"),
    ("missing-notebooks", "notebooks folder not found"),
    ("empty-notebooks", "no notebooks (*.ipynb)"),
    ("not-a-notebook", "not a notebook"),
])
def test_cli_errors_are_clear(setup: str, message: str, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "synthetic.txt").write_text(SYNTHETIC_ARTICLE, encoding="utf-8")
    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    nbformat.write(_nb(_md("# A")), notebooks / "a.ipynb")
    args = [str(corpus), "--notebooks", str(notebooks)]
    if setup == "missing-corpus":
        args[0] = str(tmp_path / "nowhere")
    elif setup == "glob-matches-nothing":
        args[0] = str(corpus / "*.jsonl")
    elif setup == "missing-notebooks":
        args[2] = str(tmp_path / "no-notebooks")
    elif setup == "empty-notebooks":
        (notebooks / "a.ipynb").unlink()
    elif setup == "not-a-notebook":
        args[2] = str(corpus / "synthetic.txt")
    assert main(["report", *args, "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("conflictlib report: error: ")
    assert message in err
    assert not (tmp_path / "out" / "index.html").exists()


def test_python_dash_m_help() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "conflictlib", "report", "--help"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "CORPUS" in done.stdout and "--notebooks" in done.stdout


# --------------------------------------------------------------------------
# parameter injection
# --------------------------------------------------------------------------

@pytest.mark.parametrize(("cells", "tags_after"), [
    ([_md("# T"), _code('CORPUS = "../seeds"', "parameters"), _code("x = 1")],
     [[], ["parameters"], ["injected-parameters"], []]),
    ([_code("import os"), _code('CORPUS = "../seeds"', "parameters", "other")],
     [[], ["parameters", "other"], ["injected-parameters"]]),
    ([_md("# no parameters cell"), _code("x = 1")],
     [["injected-parameters"], [], []]),
    ([_code('CORPUS = "../seeds"', "parameters"),
      _code('CORPUS = r"/old"', "injected-parameters"), _code("x = 1")],
     [["parameters"], ["injected-parameters"], []]),
], ids=["after-parameters", "parameters-last", "no-parameters-cell", "replaces-old-injection"])
def test_inject_parameters_position(cells: list[Any], tags_after: list[list[str]]) -> None:
    nb = _nb(*cells)
    got = report.inject_parameters(nb, CORPUS="/data/corpus")
    assert got is nb
    assert _tags(nb) == tags_after
    (injected,) = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected.cell_type == "code"
    assert injected.source == 'CORPUS = r"/data/corpus"'
    assert injected.outputs == [] and injected.execution_count is None
    nbformat.validate(nb)


@pytest.mark.parametrize("path", [
    "/data/corpus",
    r"C:\Users\analyst\corpus",
    r"C:\ends\with\backslash" + "\\",
    '/odd/"quoted"/name',
    "/spaces and ünïcode/articles.jsonl",
], ids=["posix", "windows", "trailing-backslash", "double-quote", "unicode"])
def test_injected_source_evaluates_to_the_path(path: str) -> None:
    nb = report.inject_parameters(_nb(_code('CORPUS = "../seeds"', "parameters")),
                                  CORPUS=path)
    namespace: dict[str, object] = {}
    exec(nb.cells[1].source, namespace)  # noqa: S102 - our own generated line
    assert namespace["CORPUS"] == path


def test_inject_several_parameters() -> None:
    nb = report.inject_parameters(_nb(_code("A = 1", "parameters")), CORPUS="/c", LIMIT=5)
    assert nb.cells[1].source == 'CORPUS = r"/c"\nLIMIT = 5'


# --------------------------------------------------------------------------
# titles, notebook discovery, index page
# --------------------------------------------------------------------------

@pytest.mark.parametrize(("cells", "title"), [
    ([_md("# Attack frequency\n\nHow often?")], "Attack frequency"),
    ([_code("# a comment, not a heading"), _md("Intro.\n\n## Troops ##")], "Troops"),
    ([_md("No heading here."), _md("   ### Claimed vs confirmed  ")], "Claimed vs confirmed"),
    ([_md("#hashtag is not a heading")], "fallback"),
    ([], "fallback"),
], ids=["h1", "closing-hashes", "indented-h3", "no-space", "empty"])
def test_notebook_title(cells: list[Any], title: str) -> None:
    assert report.notebook_title(_nb(*cells), default="fallback") == title


def test_find_notebooks(tmp_path: Path) -> None:
    for name in ["02_b.ipynb", "01_a.ipynb", "_build.ipynb", ".hidden.ipynb",
                 "01_a-checkpoint.ipynb", "notes.md"]:
        (tmp_path / name).write_text("{}", encoding="utf-8")
    assert [p.name for p in report.find_notebooks(tmp_path)] == ["01_a.ipynb", "02_b.ipynb"]
    assert report.find_notebooks(tmp_path / "02_b.ipynb") == [(tmp_path / "02_b.ipynb").resolve()]


def test_default_notebooks_is_the_repository_folder() -> None:
    assert report.default_notebooks() == REPO / "notebooks"


def test_default_notebooks_falls_back_to_cwd(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "_PACKAGE_ROOT", tmp_path / "site-packages")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(report.ReportError, match="pass --notebooks DIR"):
        report.default_notebooks()
    (tmp_path / "notebooks").mkdir()
    assert report.default_notebooks() == tmp_path / "notebooks"


def test_index_page_links_and_escapes() -> None:
    page = report.index_html(
        [("Attack frequency", "01_attack_frequency.html"),
         (f"Odd {SCRIPT} & title", "02 odd&name.html")],
        corpus='data/<b>"corpus"</b> & more', evidence="evidence.html")
    assert '<a href="01_attack_frequency.html">Attack frequency</a>' in page
    assert '<a href="02%20odd%26name.html">Odd &lt;script&gt;alert(1)&lt;/script&gt; &amp; title</a>' in page
    assert "data/&lt;b&gt;&quot;corpus&quot;&lt;/b&gt; &amp; more" in page
    assert '<a href="evidence.html">Evidence</a>' in page
    assert SCRIPT not in page and "<b>" not in page
    assert page.count("<li>") == 3


def test_index_page_failures_and_nothing_read() -> None:
    failed = report._Page("Troops", "02_troops.html", "AssertionError: <negative>", "02.ipynb")
    page = report.index_html([failed], corpus="c")
    assert 'class="failed"' in page and "href" not in page
    assert "AssertionError: &lt;negative&gt;" in page
    assert "Nothing could be read" in report.index_html([], corpus="c")


def test_unreadable_corpus_exits_1_and_lists_the_errors(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A CSV without a text column: no report of empty charts, an index that says why."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "synthetic.csv").write_text("title,body\nSynthetic,no text column\n",
                                          encoding="utf-8")
    out = tmp_path / "out"
    assert main(["report", str(corpus), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no article could be read" in err and "no 'text' column" in err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "0 articles read" in index and "no &#x27;text&#x27; column" in index
    # the corpus as the user named it, the errors by file name (no folders)
    assert "synthetic.csv" in index and index.count(str(tmp_path)) == 1
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]


def test_kernel_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(["/elsewhere", str(REPO)]))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    env = report._kernel_env()
    assert env["MPLBACKEND"] == "module://matplotlib_inline.backend_inline"
    assert env["PYTHONPATH"].split(os.pathsep) == [str(REPO), "/elsewhere"]


# --------------------------------------------------------------------------
# running notebooks
# --------------------------------------------------------------------------

def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "synthetic_001.txt").write_text(SYNTHETIC_ARTICLE, encoding="utf-8")
    return corpus


def test_failed_notebook_exits_1_and_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A failing cell (simulated: no kernel) fails the run after the others ran."""
    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    for name in ["01_good", "02_bad"]:
        nbformat.write(_nb(_md(f"# {name}"), _code('CORPUS = "x"', "parameters")),
                       notebooks / f"{name}.ipynb")

    def fake_execute(nb: nbformat.NotebookNode, cwd: Path) -> None:
        assert cwd == notebooks.resolve()
        if report.notebook_title(nb) == "02_bad":
            raise CellExecutionError("Traceback ...", "AssertionError", "no negative counts")

    monkeypatch.setattr(report, "_execute", fake_execute)
    out = tmp_path / "out"
    code = main(["report", str(_corpus(tmp_path)), "--out", str(out),
                 "--notebooks", str(notebooks)])
    assert code == 1
    err = capsys.readouterr().err
    assert "error: notebook(s) failed: 02_bad.ipynb (AssertionError: no negative counts)" in err
    assert (out / "01_good.html").exists() and not (out / "02_bad.html").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="01_good.html"' in index and 'class="failed"' in index


def test_end_to_end_one_notebook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Run a real kernel over a one-article synthetic corpus (a few seconds)."""
    corpus = _corpus(tmp_path)
    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    nb = _nb(
        _md("# Probe <em>report</em>\n\nDoes the corpus reach the notebook?"),
        _code('CORPUS = "../no-such-corpus"', "parameters"),
        _code("# marker-of-hidden-code\nimport conflictlib as cl\nimport pandas as pd\n"
              'pd.set_option("display.max_colwidth", None)\n'
              "x = cl.parse(CORPUS)\nprint('corpus:', CORPUS)"),
        _code('x.articles[["article_id", "title", "text"]]'),
        _code("cl.plots.attack_frequency(x.events);"),
    )
    nbformat.write(nb, notebooks / "01_probe.ipynb")
    out = tmp_path / "reports"
    assert main(["report", str(corpus), "--out", str(out), "--notebooks", str(notebooks)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == f"open {out / 'index.html'}"
    # one progress line per notebook, and no kernel warning (issue 12)
    assert re.fullmatch(r"\[1/1\] 01_probe\.ipynb -> \S+01_probe\.html \(\d+\.\d s\)\n",
                        captured.err), captured.err

    page = (out / "01_probe.html").read_text(encoding="utf-8")
    assert f"corpus: {corpus}" in page                      # the injected path was used
    assert "synthetic_001" in page                          # the table is there
    assert SCRIPT not in page                               # article text is escaped ...
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # ... and still shown
    assert "marker-of-hidden-code" not in page              # code cells are hidden
    assert "data:image/png;base64," in page                 # the chart is embedded
    assert not re.search(r'src="https?://', page)           # nothing loaded from another host
    assert not re.search(r"(In&nbsp;|Out)\[\d+\]", page)      # no prompts

    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="01_probe.html">Probe &lt;em&gt;report&lt;/em&gt;</a>' in index
    assert f"<code>{corpus}</code>" in index
    assert "1 article read" in index and "Published 2024-01-29." in index
    assert sorted(p.name for p in out.iterdir()) == ["01_probe.html", "evidence.html",
                                                     "index.html"]


def test_quiet_run_prints_nothing(tmp_path: Path) -> None:
    """``--quiet``: no progress lines, no kernel warnings, in a real subprocess."""
    corpus = _corpus(tmp_path)
    notebooks = tmp_path / "nb"
    notebooks.mkdir()
    nbformat.write(_nb(_md("# Q"), _code('CORPUS = "x"', "parameters"), _code("1 + 1")),
                   notebooks / "01_q.ipynb")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "conflictlib", "report", str(corpus),
                           "--out", str(tmp_path / "out"), "--notebooks", str(notebooks), "-q"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""


def test_include_other_reaches_the_notebooks(tmp_path: Path) -> None:
    """`conflictlib report --include-other` sets each notebook's INCLUDE_OTHER parameter: the
    seed's 7 October attack on Israel is then counted with the campaign."""
    from conflictlib.__main__ import main

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    nb = Path(__file__).resolve().parents[1] / "notebooks" / "01_attack_frequency.ipynb"
    assert main(["report", str(seeds), "--out", str(tmp_path / "all"), "--notebooks", str(nb),
                 "--include-other", "-q"]) == 0
    assert main(["report", str(seeds), "--out", str(tmp_path / "campaign"), "--notebooks", str(nb), "-q"]) == 0
    page_all = (tmp_path / "all" / "01_attack_frequency.html").read_text(encoding="utf-8")
    page_campaign = (tmp_path / "campaign" / "01_attack_frequency.html").read_text(encoding="utf-8")
    assert "incidents: 9 (9 in the campaign)" in page_all
    assert "incidents: 9 (8 in the campaign)" in page_campaign
