"""The optional compiled extractor (``tools/compile_extract.py``), used only while it matches
the sources.

The modules the extractor spends its time in (the stages of :mod:`conflictlib.extract`, the
gazetteer scan, dates, numbers and sentences) compiled with mypyc are the same rules as the
Python files, in less time.  A build records the SHA-1 of every source it depends on and the
interpreter it was made for; :func:`search_path` puts the build first on a package's module
path only while all of them still match, so that an edit, a merge or another Python never runs
stale code: the Python modules are read instead, with the same results.
``CONFLICTLIB_PURE=1`` in the environment always reads the Python modules.

Imported by ``conflictlib``, ``conflictlib.lookup`` and ``conflictlib.extract`` before any
module of theirs that may be compiled; never compiled itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from functools import cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parent
#: Where ``tools/compile_extract.py`` puts the extension modules (one folder per package, as
#: in the source tree) and the record of their sources.
BUILD = _ROOT / "_build"
RECORD = BUILD / "sources.json"
#: The module of the compiled modules' shared library is ``<GROUP>__mypyc``.
GROUP = "conflictlib._compiled"
#: The modules compiled, by path under ``conflictlib``: the extractor (every module of
#: ``conflictlib.extract``) and the scans it runs on each article.
COMPILED = tuple(sorted([p.relative_to(_ROOT).as_posix() for p in (_ROOT / "extract").glob("*.py")]
                        + ["lookup/gazetteer.py", "_dates.py", "_numbers.py", "_text.py"]))
#: The sources a build depends on (what the compiled modules import), under ``conflictlib``.
_DEPENDS = ("__init__.py", "_native.py", "extract/*.py", "lookup/*.py", "_dates.py", "_numbers.py", "_text.py",
            "_stamps.py", "schema.py")


def _interpreter() -> str:
    return f"{sys.implementation.cache_tag} {sysconfig.get_config_var('EXT_SUFFIX')}"


def sources() -> dict[str, str]:
    """The SHA-1 of each source a build depends on, by path under ``conflictlib``: taken
    before a build starts, since a source edited while it runs (a merge, a save) is not what
    was compiled."""
    out: dict[str, str] = {}
    for pattern in _DEPENDS:
        for path in sorted(_ROOT.glob(pattern)):
            out[path.relative_to(_ROOT).as_posix()] = hashlib.sha1(path.read_bytes()).hexdigest()
    return out


def write_record(made_from: dict[str, str]) -> None:
    """Record the sources (*made_from*, hashed when the build began) and the interpreter of the
    build just made (``tools/compile_extract.py``)."""
    RECORD.write_text(json.dumps({"interpreter": _interpreter(), "modules": list(COMPILED),
                                  "sources": made_from}, indent=1, sort_keys=True))


@cache
def current() -> bool:
    """Whether a build exists for exactly these sources, this interpreter and these modules
    (read once per process)."""
    if os.environ.get("CONFLICTLIB_PURE") or not RECORD.is_file():
        return False
    try:
        record = json.loads(RECORD.read_text())
    except (OSError, ValueError):
        return False
    return (record.get("interpreter") == _interpreter() and record.get("modules") == list(COMPILED)
            and record.get("sources") == sources())


def search_path(path: list[str], package: str = "") -> list[str]:
    """The module search path of ``conflictlib`` (*package* ``""``) or of its subpackage
    *package*: the build's folder, then the source folder, when the build is current (the
    compiled ``conflictlib.extract`` is itself found in the build); else *path*."""
    if current():
        return [str(BUILD / package), str(_ROOT / package)]
    return list(path)
