"""conflictlib: news reporting on armed conflict as pandas tables you can trace.

>>> import conflictlib as cl
>>> x = cl.parse_text("A drone attack hit Tower 22 late on Sunday.", published="2024-01-29")
>>> x.events[["date", "weapon", "place", "country"]].iloc[0].tolist()
[Timestamp('2024-01-28 00:00:00'), 'drone', 'Tower 22', 'Jordan']

Submodules loaded on first use: ``conflictlib.plots`` (charts), ``conflictlib.scope``
(what the campaign charts count), ``conflictlib.display`` (report tables),
``conflictlib.evidence`` (the evidence view), ``conflictlib.report``
(HTML reports), ``conflictlib.evaluate`` (scoring against cases).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _native

# the compiled extractor, when a current build exists (tools/compile_extract.py), is found
# before the Python files; its modules give the same tables
__path__ = _native.search_path(__path__)
#: Whether the extractor runs compiled (``tools/compile_extract.py``), or as the Python modules.
COMPILED = _native.current()

from .lookup import Config
from ._parse import Parsed, parse, parse_text
from ._resolve import resolve_actor, resolve_place
from .corpus import Article, Corpus, ReadError, read_corpus
from .store import read_tables, write_tables

__all__ = [
    "Article", "Config", "Corpus", "Parsed", "ReadError", "explain_incident", "link", "parse", "parse_text",
    "read_corpus", "read_tables", "resolve_actor", "resolve_place", "write_tables", "__version__",
]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from .incidents import explain_incident, link


def __getattr__(name: str) -> Any:
    import importlib

    if name in ("plots", "report", "evaluate", "scope", "display", "evidence", "store", "run"):
        return importlib.import_module(f".{name}", __name__)
    if name == "link":
        from .incidents import link

        return link
    if name == "explain_incident":
        from .incidents import explain_incident

        return explain_incident
    raise AttributeError(f"module 'conflictlib' has no attribute {name!r}")
