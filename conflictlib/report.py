"""Render the project's notebooks over a corpus into self-contained HTML.

``conflictlib report CORPUS --out reports/`` (or :func:`render_report`) runs
every notebook of a folder over *CORPUS* and writes ``reports/<name>.html``
for each, plus ``reports/index.html`` linking them.

For each notebook:

1. the corpus path is injected the papermill way: a code cell tagged
   ``injected-parameters`` holding ``CORPUS = r"/absolute/path"`` goes right
   after the cell tagged ``parameters`` (see :func:`inject_parameters`);
2. the notebook is executed with :mod:`nbclient` (kernel ``python3``, its
   working directory the notebook's folder, so the notebook's own default
   ``CORPUS = "../seeds"`` also works when run by hand);
3. it is exported with nbconvert's :class:`~nbconvert.HTMLExporter` with code
   cells and prompts hidden; charts stay embedded as base64 PNG, so each page
   stands alone.

Article text reaches the pages only through cell outputs: pandas escapes HTML
in DataFrame tables and nbconvert escapes plain-text output, so an article
that contains ``<script>`` shows it as text.  The index escapes every value
it writes (titles, the corpus path).

The Jupyter modules are imported inside the functions: importing this module
stays cheap.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import re
import secrets
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from glob import has_magic
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from conflictlib._parse import Parsed

__all__ = [
    "ReportError",
    "default_notebooks",
    "find_notebooks",
    "index_html",
    "inject_parameters",
    "notebook_title",
    "render_report",
]

log = logging.getLogger(__name__)

#: Cell tag marking the cell whose values a report overrides.
PARAMETERS_TAG = "parameters"
#: Cell tag of the cell a report inserts (papermill's name).
INJECTED_TAG = "injected-parameters"
KERNEL_NAME = "python3"
#: File name of the evidence page in the output folder (the tables link to it).
EVIDENCE_PAGE = "evidence.html"
TIMEOUT = 600  # seconds per cell

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent

#: A Markdown ATX heading line: up to three spaces, 1-6 ``#``, the text,
#: optional closing ``#``s.  Bounded, no nested repeats.
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>[^\n]*?)(?:[ \t]+#+)?[ \t]*$",
                      re.MULTILINE)


class ReportError(RuntimeError):
    """A report could not be made (no notebooks, missing corpus, a notebook failed)."""


# --------------------------------------------------------------------------
# finding notebooks and corpus
# --------------------------------------------------------------------------


def write_atomic(path: Path, text: str) -> None:
    """Write *text* to *path* (UTF-8) so that *path* holds either its old content or the new,
    never a part: the text goes to a temporary file in the same folder, which then replaces
    *path* in one step (``os.replace``).  A full disk or a failed write leaves *path* as it
    was, removes the temporary file and raises the ``OSError``."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for open()
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def default_notebooks() -> Path:
    """The notebooks folder: the repository's ``notebooks/`` next to the
    package source if there is one, else ``./notebooks``.

    Raises :class:`ReportError` when neither exists.
    """
    candidates = [_PACKAGE_ROOT / "notebooks", Path.cwd() / "notebooks"]
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise ReportError(
        "no notebooks folder found (looked in "
        + " and ".join(str(c) for c in dict.fromkeys(candidates))
        + "); pass --notebooks DIR")


def find_notebooks(notebooks: str | os.PathLike[str] | None = None) -> list[Path]:
    """The ``.ipynb`` files to render, in name order.

    *notebooks* is a folder (its ``*.ipynb``, without names starting with
    ``.`` or ``_`` and without ``-checkpoint`` copies), a single notebook
    file, or ``None`` for :func:`default_notebooks`.
    """
    folder = default_notebooks() if notebooks is None else Path(notebooks)
    if folder.is_file():
        if folder.suffix != ".ipynb":
            raise ReportError(f"not a notebook (.ipynb): {folder}")
        return [folder.resolve()]
    if not folder.is_dir():
        raise ReportError(f"notebooks folder not found: {folder}")
    found = sorted(
        p.resolve() for p in folder.glob("*.ipynb")
        if not p.name.startswith((".", "_")) and not p.stem.endswith("-checkpoint"))
    if not found:
        raise ReportError(f"no notebooks (*.ipynb) in {folder}")
    return found


def _corpus_path(corpus: str | os.PathLike[str]) -> str:
    """Absolute form of *corpus* (a file, folder or glob pattern); must exist."""
    text = os.fspath(corpus)
    absolute = os.path.abspath(os.path.expanduser(text))
    if has_magic(text):
        from glob import glob
        if not glob(absolute, recursive=True):
            raise ReportError(f"corpus pattern matches no file: {absolute}")
    elif not os.path.exists(absolute):
        raise ReportError(f"corpus not found: {absolute}")
    return absolute


def _parse(corpus: str) -> Parsed:
    import conflictlib

    try:
        return conflictlib.parse(corpus)
    except (FileNotFoundError, ValueError) as err:
        raise ReportError(f"cannot read corpus {corpus}: {err}") from err


# --------------------------------------------------------------------------
# one notebook
# --------------------------------------------------------------------------


def _literal(value: object) -> str:
    """Python source for *value*; a path string becomes a raw literal r"..."."""
    if (isinstance(value, str) and '"' not in value and "\n" not in value
            and not value.endswith("\\")):
        return f'r"{value}"'
    return repr(value)


def inject_parameters(nb: NotebookNode, **params: object) -> NotebookNode:
    """Insert a cell setting *params* after the cell tagged ``parameters``.

    The new code cell is tagged ``injected-parameters`` and holds one
    ``NAME = value`` line per parameter.  An ``injected-parameters`` cell
    already present (a notebook run before) is replaced.  Without a
    ``parameters`` cell the new cell goes first, as papermill does.
    Changes *nb* in place and returns it.
    """
    import nbformat

    def tags(cell: Any) -> list[str]:
        return list(cell.get("metadata", {}).get("tags", []))

    cells = [c for c in nb.cells if INJECTED_TAG not in tags(c)]
    source = "\n".join(f"{name} = {_literal(value)}" for name, value in params.items())
    new = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    new.pop("id", None)
    if nb.get("nbformat", 4) >= 4 and nb.get("nbformat_minor", 0) >= 5:
        new["id"] = "injected-parameters"
    at = next((i + 1 for i, c in enumerate(cells) if PARAMETERS_TAG in tags(c)), None)
    if at is None:
        log.warning("no cell tagged %r; parameters go first", PARAMETERS_TAG)
        at = 0
    cells.insert(at, new)
    nb.cells = cells
    return nb


def notebook_title(nb: NotebookNode, default: str = "") -> str:
    """Text of the first Markdown heading of *nb*, else *default*."""
    for cell in nb.cells:
        if cell.get("cell_type") == "markdown":
            match = _HEADING.search(cell.get("source", ""))
            if match:
                return match["text"].strip()
    return default


def _kernel_env() -> dict[str, str]:
    """Environment of the kernel: ours, with inline charts, and with this
    source checkout first on the path so the kernel runs this conflictlib."""
    env = dict(os.environ)
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    if (_PACKAGE_ROOT / "pyproject.toml").is_file():
        parts = [str(_PACKAGE_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
        env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(parts))
    return env


def _execute(nb: NotebookNode, cwd: Path) -> None:
    """Run *nb* in place, in folder *cwd*.

    The kernel talks over IPC sockets in a private temporary folder: over TCP,
    ipykernel warns on every start that its traffic is not encrypted (three
    warnings per report, even with ``--quiet``), and IPC is the remedy it names.
    The kernel process's own output (not the cells': those come back as the
    notebook's outputs) goes to a log in that folder, shown only when the
    notebook fails: ipykernel sometimes logs a harmless traceback of its own
    while it shuts down ("Socket operation on non-socket"), which a quiet run
    must not print.
    """
    import tempfile

    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    with tempfile.TemporaryDirectory(prefix="conflictlib-kernel-") as sockets:
        km = KernelManager(kernel_name=KERNEL_NAME, transport="ipc",
                           ip=os.path.join(sockets, "kernel"))
        client = NotebookClient(
            nb, km=km, kernel_name=KERNEL_NAME, timeout=TIMEOUT, record_timing=False,
            resources={"metadata": {"path": str(cwd)}})
        log_path = os.path.join(sockets, "kernel.log")
        with open(log_path, "w+", encoding="utf-8", errors="replace") as log:
            try:
                client.execute(env=_kernel_env(), stdout=log, stderr=log)
            except BaseException:
                log.flush()
                log.seek(0)
                kernel_output = log.read().strip()
                if kernel_output:
                    print(f"kernel output:\n{kernel_output}", file=sys.stderr)
                raise
            finally:
                if km.has_kernel:
                    km.shutdown_kernel(now=False)


def _to_html(nb: NotebookNode, title: str) -> str:
    """Self-contained HTML of *nb* with code and prompts hidden."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    # The reports need neither require.js nor MathJax; dropping their CDN scripts keeps each
    # page self-contained (it opens offline exactly as online).
    return _EXTERNAL_SCRIPT.sub("", body)


#: A <script> that loads code from another host (nbconvert's require.js and MathJax tags).
_EXTERNAL_SCRIPT = re.compile(r'<script[^>]{0,200}\ssrc="https?://[^"]{1,300}"[^>]{0,200}>\s*</script>\n?')


@dataclass(frozen=True)
class _Page:
    title: str
    href: str          # file name in the output folder
    error: str = ""    # one-line account of the failure, "" when it ran
    source: str = ""   # notebook file name


#: ANSI colour codes, which kernels put in tracebacks.
_ANSI = re.compile(r"\x1b\[[0-9;]{0,32}m")


def _summary(err: Exception) -> str:
    """One line saying why a notebook failed."""
    ename, evalue = getattr(err, "ename", ""), getattr(err, "evalue", "")
    text = f"{ename}: {evalue}" if ename else (str(err).strip().splitlines() or [""])[-1]
    return _ANSI.sub("", text).strip() or type(err).__name__


def _render_one(path: Path, corpus: str, out: Path, progress: str = "",
                include_other: bool = False) -> tuple[_Page, Path | None]:
    import nbformat
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    nb = nbformat.read(path, as_version=4)
    title = notebook_title(nb, default=path.stem.replace("_", " "))
    target = out / f"{path.stem}.html"
    params: dict[str, object] = {"CORPUS": corpus}
    if include_other:
        params["INCLUDE_OTHER"] = True
    inject_parameters(nb, **params)
    started = time.monotonic()
    try:
        _execute(nb, path.parent)
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as err:
        log.error("%s%s failed:\n%s", progress, path.name, _ANSI.sub("", str(err)))
        return _Page(title, target.name, _summary(err), path.name), None
    write_atomic(target, _to_html(nb, title))
    log.info("%s%s -> %s (%.1f s)", progress, path.name, target, time.monotonic() - started)
    return _Page(title, target.name, "", path.name), target


# --------------------------------------------------------------------------
# index and entry point
# --------------------------------------------------------------------------

_INDEX_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; color: #222; }
code { background: #f4f4f4; padding: 0 .2em; }
li.failed { color: #a00; }
p.nothing { color: #a00; font-weight: bold; }
"""


def index_html(pages: Sequence[tuple[str, str] | _Page], corpus: str,
               summary: Any = None, *, evidence: str = "") -> str:
    """The index page: what the corpus was, and a link per report.

    *corpus* is the corpus as the user named it; *summary* a
    :func:`conflictlib.display.corpus_summary` of it (articles, sources, dates,
    errors) or ``None``; *evidence* the file name of the evidence page, if
    any.  *pages* holds ``(title, file name)`` pairs (or pages of a run, whose
    failures are listed without a link).  Every value is HTML-escaped.
    """
    from conflictlib.display import TABLE_STYLE

    esc = html.escape
    items = []
    for page in pages:
        if not isinstance(page, _Page):
            page = _Page(*page)
        if page.error:
            items.append(f'<li class="failed">{esc(page.title)}: failed '
                         f"(<code>{esc(page.error)}</code>)</li>")
        else:
            items.append(f'<li><a href="{esc(quote(page.href))}">{esc(page.title)}</a></li>')
    if evidence:
        items.append(f'<li><a href="{esc(quote(evidence))}">Evidence</a>: every incident with '
                     "its articles, each evidence span highlighted</li>")
    body = [f"<p>Corpus: <code>{esc(corpus)}</code></p>"]
    if summary is not None:
        body.append(summary.html)
    if not items:
        body.append('<p class="nothing">Nothing could be read from this corpus: no report was made.</p>')
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>conflictlib reports</title>",
        f"<style>{_INDEX_STYLE}{TABLE_STYLE}</style>",
        "</head>",
        "<body>",
        "<h1>conflictlib reports</h1>",
        *body,
        "<ul>" if items else "",
        *items,
        "</ul>" if items else "",
        "</body>",
        "</html>",
        "",
    ])


def render_report(
    corpus: str | os.PathLike[str],
    out: str | os.PathLike[str] = "reports",
    *,
    notebooks: str | os.PathLike[str] | None = None,
    include_other: bool = False,
) -> list[Path]:
    """Run the notebooks over *corpus* and write HTML reports into *out*.

    *include_other*: the campaign charts also count the other violence the articles
    mention (the notebooks' ``INCLUDE_OTHER`` parameter; see :mod:`conflictlib.scope`).

    *notebooks* is a folder or a single ``.ipynb`` (default:
    :func:`default_notebooks`).  Writes one page per notebook, ``evidence.html``
    (every incident with its articles, evidence spans highlighted) and
    ``index.html`` (what the corpus was: articles, sources, dates and every
    read or extract error; a link per page).  Returns the paths written, the
    notebook pages in name order, then the evidence page and the index.
    Raises :class:`ReportError` when the corpus or the notebooks are missing;
    when no article could be read (after writing an index that lists the
    errors); or, after writing the pages that did run and the index, when any
    notebook failed.
    """
    from conflictlib.display import corpus_summary
    from conflictlib.evidence import evidence_page

    name = os.fspath(corpus)
    corpus_abs = _corpus_path(corpus)
    paths = find_notebooks(notebooks)
    x = _parse(corpus_abs)
    summary = corpus_summary(x)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    index = out_dir / "index.html"
    for error in x.errors.itertuples(index=False):
        log.warning("%s: %s error: %s", os.path.basename(str(error.source)), error.stage,
                    error.message)
    if len(x.articles) == 0:
        write_atomic(index, index_html([], name, summary))
        raise ReportError(f"no article could be read from {name} "
                          f"({len(x.errors)} error(s), listed in {index})")

    pages: list[_Page] = []
    written: list[Path] = []
    for n, path in enumerate(paths, 1):
        page, target = _render_one(path, corpus_abs, out_dir, f"[{n}/{len(paths)}] ", include_other)
        pages.append(page)
        if target is not None:
            written.append(target)
    evidence = out_dir / EVIDENCE_PAGE
    write_atomic(evidence, evidence_page(x, f"Evidence: {os.path.basename(os.path.normpath(name))}"))
    written.append(evidence)
    write_atomic(index, index_html(pages, name, summary, evidence=EVIDENCE_PAGE))
    written.append(index)
    failed = [p for p in pages if p.error]
    if failed:
        raise ReportError("notebook(s) failed: " + "; ".join(
            f"{p.source} ({p.error})" for p in failed))
    return written
