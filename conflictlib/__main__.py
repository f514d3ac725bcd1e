"""Command line: ``conflictlib report [CORPUS] --out reports/ [--notebooks DIR]``.

Also runs as ``python -m conflictlib report ...``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``conflictlib`` command."""
    parser = argparse.ArgumentParser(
        prog="conflictlib",
        description="Turn news reporting on armed conflict into tables and reports.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    report = commands.add_parser(
        "report", help="run the notebooks over a corpus and write HTML reports",
        description="Run each notebook over CORPUS (its cell tagged 'parameters' "
                    "gets CORPUS overridden), then write OUT/<notebook>.html with "
                    "code hidden and OUT/index.html linking them.")
    report.add_argument("corpus", nargs="?", default="seeds", metavar="CORPUS",
                        help="folder, file or glob of articles (default: %(default)s)")
    report.add_argument("--out", "-o", default="reports", metavar="DIR",
                        help="folder for the HTML pages (default: %(default)s)")
    report.add_argument("--notebooks", default=None, metavar="DIR",
                        help="folder of notebooks, or one .ipynb (default: the "
                             "repository's notebooks/ folder, else ./notebooks)")
    report.add_argument("--quiet", "-q", action="store_true",
                        help="print only errors")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 on success)."""
    args = build_parser().parse_args(argv)
    # the only command so far is "report"
    from conflictlib.report import ReportError, render_report

    logger = logging.getLogger("conflictlib")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.ERROR if args.quiet else logging.INFO)
    try:
        written = render_report(args.corpus, args.out, notebooks=args.notebooks)
    except ReportError as err:
        print(f"conflictlib report: error: {err}", file=sys.stderr)
        return 1
    except OSError as err:  # a full disk, a read-only folder: pages already written stay whole
        where = f" {err.filename}" if err.filename else ""
        print(f"conflictlib report: error: cannot write{where}: {err.strerror or err}", file=sys.stderr)
        return 1
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    if not args.quiet:
        print(f"open {written[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
