"""Build the optional compiled extractor: the stage modules of ``conflictlib/extract`` and the
scans they read (gazetteer, dates, numbers, sentences) compiled to C extension modules with
mypyc (shipped with mypy), so that ``cl.parse`` reads the same rules in less time.

    .venv/bin/python tools/compile_extract.py           # build (a minute or two; needs a C compiler)
    .venv/bin/python tools/compile_extract.py --clean   # remove the build

The build goes to ``conflictlib/_build/`` (git-ignored) with a record of the sources it was
made from.  ``conflictlib`` uses it only while every recorded source is unchanged (see
:mod:`conflictlib._native`); after an edit of the extractor's modules it reads the Python
modules, which give the same tables, until the build is made again.  The tables are the
same either way: ``tools/regress.py`` and the test suite pass with and without the build.

What the compiler asks of the code (the build stops with an error at the first two; the Python
modules run as before either way):

- constants read through their class (``CueKind.KILL``) are ``Final``;
- no ``reversed()`` of a list whose items are ``Any`` or hold an ``Any`` field (a name's
  ``Hit``): a reversed slice (``toks[::-1]``) or a typed local (``made: list[Claim] = st.claims``);
- a function is imported from its module (``from ..lookup.gazetteer import gazetteer``), never
  from a package that has a submodule of the same name: the compiled import gives the module;
- a constant a test changes with ``monkeypatch`` is held as a value by compiled code: such a
  test runs on the Python modules (``CONFLICTLIB_PURE=1``) and is skipped on the build.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conflictlib._native import BUILD, COMPILED, GROUP, sources, write_record  # noqa: E402

# The setup script mypyc's build runs in a temporary folder: the modules are named from the
# repository root (conflictlib/extract/frames.py is conflictlib.extract.frames) and share one
# library, itself a module of the package (GROUP).
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="conflictlib-compiled", ext_modules=mypycify(sys.argv.pop(1).split(","), group_name=sys.argv.pop(1),
      target_dir=sys.argv.pop(1)))
"""


def build() -> None:
    paths = [f"conflictlib/{path}" for path in COMPILED]
    made_from = sources()  # before the compiler reads them: an edit during the build is not in it
    with tempfile.TemporaryDirectory(prefix="conflictlib-compile-") as tmp:
        work = Path(tmp)
        setup = work / "setup.py"
        setup.write_text(_SETUP)
        subprocess.run([sys.executable, str(setup), ",".join(paths), GROUP, str(work / "c"), "build_ext",
                        "--build-lib", str(work / "lib"), "--build-temp", str(work / "tmp")],
                       cwd=ROOT, check=True)
        lib = work / "lib" / "conflictlib"
        built = sorted(p for p in lib.rglob("*") if p.suffix in (".so", ".pyd"))
        if not built:
            sys.exit("mypyc built nothing")
        shutil.rmtree(BUILD, ignore_errors=True)
        for path in built:  # the package's layout: _build/extract/frames...so is conflictlib.extract.frames
            target = BUILD / path.relative_to(lib)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    write_record(made_from)
    print(f"built {len(built)} extension modules in {BUILD.relative_to(ROOT)}")
    if sources() != made_from:
        print("sources changed while the build ran: it is kept for the sources it was made from, and "
              "conflictlib reads the Python modules until it is built again")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clean", action="store_true", help="remove the build")
    args = ap.parse_args(argv)
    if args.clean:
        shutil.rmtree(BUILD, ignore_errors=True)
        print(f"removed {BUILD.relative_to(ROOT)}")
        return 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
