"""Command line: ``conflictlib parse CORPUS --out DIR`` and
``conflictlib report [CORPUS] --out reports/ [--notebooks DIR]``.

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
    parse = commands.add_parser(
        "parse", help="extract every table of a corpus into a folder of Parquet or CSV files",
        description="Read CORPUS chunk by chunk, extract every table and write OUT/<table>.parquet "
                    "(or .csv) and OUT/manifest.json, then link the events into OUT/incidents.*; "
                    "prints progress and a summary.  Reload with conflictlib.read_tables(OUT).")
    parse.add_argument("corpus", metavar="CORPUS", help="folder, file or glob of articles")
    parse.add_argument("--out", "-o", required=True, metavar="DIR", help="folder for the tables")
    parse.add_argument("--format", choices=("parquet", "csv"), default="parquet",
                       help="file format of the tables (default: %(default)s; parquet needs pyarrow)")
    parse.add_argument("--workers", type=int, default=None, metavar="N",
                       help="processes to extract with (default: all cores for 5 MB or more)")
    parse.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="extract on a dask.distributed cluster (pip install 'conflictlib[dask]')")
    parse.add_argument("--published", default=None, metavar="DATE",
                       help="publication date (YYYY-MM-DD) of articles that show none")
    parse.add_argument("--geojson", default=None, metavar="FILE", help="also write the incidents as GeoJSON")
    parse.add_argument("--acled", default=None, metavar="FILE", help="also write an ACLED-style CSV of the incidents")
    parse.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
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
    report.add_argument("--include-other", action="store_true",
                        help="the campaign charts also count the other violence the articles mention")
    report.add_argument("--quiet", "-q", action="store_true",
                        help="print only errors")
    return parser


def _parse(args: argparse.Namespace) -> int:
    from conflictlib.run import parse_to
    from conflictlib.store import read_tables, to_acled, to_geojson

    client = None
    if args.scheduler:
        from dask.distributed import Client

        client = Client(args.scheduler)
    try:
        summary = parse_to(args.corpus, args.out, fmt=args.format, published=args.published,
                           workers=args.workers, client=client, progress=not args.quiet)
    except (FileNotFoundError, ValueError, ImportError) as err:
        print(f"conflictlib parse: error: {err}", file=sys.stderr)
        return 1
    finally:
        if client is not None:
            client.close()
    if args.geojson or args.acled:
        x = read_tables(args.out)
        if args.geojson:
            to_geojson(x.incidents, args.geojson)
        if args.acled:
            to_acled(x, args.acled)
    if not args.quiet:
        errors = ", ".join(f"{n} {stage}" for stage, n in sorted(summary["errors"].items())) or "none"
        rows = ", ".join(f"{name} {n}" for name, n in summary["rows"].items())
        print(f"{summary['articles']} articles in {summary['seconds']} s; errors: {errors}\n"
              f"rows: {rows}\nwritten to {summary['out']}\n"
              f"read: {summary['accounting']}")  # every input an article or an error row
    return 0 if summary["articles"] or not summary["errors"] else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 on success)."""
    args = build_parser().parse_args(argv)
    if args.command == "parse":
        return _parse(args)
    from conflictlib.report import ReportError, render_report

    logger = logging.getLogger("conflictlib")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.ERROR if args.quiet else logging.INFO)
    try:
        written = render_report(args.corpus, args.out, notebooks=args.notebooks,
                                include_other=args.include_other)
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
