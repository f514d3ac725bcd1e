"""pytest collects the package's modules for their doctests (``--doctest-modules``).  While the
compiled extractor is in use (``tools/compile_extract.py``, :mod:`conflictlib._native`) the
modules it replaces are extension modules, which pytest cannot import from their source
files; none of them holds a doctest, so they are left out of the collection then."""

from conflictlib import _native

collect_ignore = [f"conflictlib/{path}" for path in _native.COMPILED] if _native.current() else []
