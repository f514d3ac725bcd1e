"""Score the extractor against hand-written cases (``tests/cases/*.json``).

A case file is ``{"about": ..., "cases": [CASE, ...]}``; a case gives the
``text``, its ``published`` date and, per table, the exact set of rows the
library must return (an omitted table means "no rows").  An expected row
matches a returned row when every field it gives agrees; names are compared
after resolving the expected spelling with :func:`conflictlib.resolve_place` /
:func:`conflictlib.resolve_actor`.  The format is described in
``notes/CASES.md`` and the docstring of :func:`compare_row`.

Command line::

    python -m conflictlib.evaluate tests/cases [--json] [--show-failures N]
    python -m conflictlib.evaluate --gold GOLD.jsonl --texts DIR [--split dev|test|all] [--show N]
    python -m conflictlib.evaluate --clusters CLUSTERS.jsonl --texts DIR [--split dev|test|all] [--show]

The second form scores real reporting against an analyst's gold (see :mod:`.real`); the third
scores linking (report -> incident, B-cubed) on clusters of real reports (see :mod:`.clusters`).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "TABLES", "CaseResult", "Report", "TableResult", "TableScore", "compare_case",
    "compare_row", "evaluate", "load_cases", "main", "score_case",
]

TABLES = ("events", "claims", "casualties", "deployments", "tallies")
#: fields of field accuracy on paired events
ACCURACY_FIELDS = ("weapon", "date", "perpetrator", "place", "status")

_PLACE_FIELDS = frozenset({"place"})
_ACTOR_FIELDS = frozenset({"perpetrator", "target", "speaker", "force", "attributed_to"})
_LIST_FIELDS = frozenset({"claimed_by", "confirmed_by", "denied_by"})
_DATE_FIELDS = frozenset({"date", "since", "as_of"})
_INT_FIELDS = frozenset({"count", "killed", "wounded", "troops"})
#: keys of an expected row that are comments, never compared
_COMMENTS = frozenset({"why", "note"})
#: a field the returned table does not have
_MISSING = object()


def _na(v: object) -> bool:
    import pandas as pd

    return v is None or bool(pd.api.types.is_scalar(v) and pd.isna(v))


def _split(cell: object) -> frozenset[str]:
    return frozenset() if _na(cell) or cell == "" else frozenset(str(cell).split("; "))


def _canon(name: str, kind: str) -> str:
    import conflictlib as cl

    resolve = cl.resolve_place if kind == "place" else cl.resolve_actor
    return resolve(name) or name


def _want(table: str, name: str, value: Any) -> Any:
    """The expected *value* of field *name* in the form a returned value is compared in."""
    if name in _LIST_FIELDS:
        return frozenset(_canon(v, "actor") for v in value or [])
    if value is None:
        return None
    if name in _PLACE_FIELDS:
        return _canon(value, "place")
    if name in _ACTOR_FIELDS:
        return _canon(value, "actor")
    if name in _DATE_FIELDS:
        return str(value)[:10]
    return value


def _got(table: str, name: str, row: dict[str, Any]) -> Any:
    """Field *name* of a returned *row* (a record of the table), as a plain value."""
    if table == "claims" and name == "n_events":
        return len(_split(row.get("event_ids")))
    if table == "casualties" and name == "linked":
        return not _na(row.get("event_id"))
    if name not in row:
        return _MISSING
    v = row[name]
    if name in _LIST_FIELDS:
        return _split(v)
    if _na(v):
        return None
    if name in _DATE_FIELDS:
        return str(v)[:10]
    if name in _INT_FIELDS:
        return int(v)
    if isinstance(v, (bool, int, float, str)):
        return v
    return v.item() if hasattr(v, "item") else v  # numpy scalars


def compare_row(table: str, want: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    """Per field of the expected row *want*: does the returned row *got* agree?

    Names are canonicalised (unresolved names are compared raw), list fields
    (``claimed_by`` ...) are compared as sets against the ``"; "``-joined cell,
    dates as ISO strings, ``null`` must be NA, integers as ints; ``n_events``
    (claims) counts the event ids and ``linked`` (casualties) is "event_id is
    not NA".  A field the table does not have never agrees.
    """
    out = {}
    for name, value in want.items():
        if name in _COMMENTS:
            continue
        g = _got(table, name, got)
        out[name] = g is not _MISSING and g == _want(table, name, value)
    return out


def _matching(ok: list[list[bool]]) -> dict[int, int]:
    """Maximum one-to-one assignment of expected i to returned j where ok[i][j] (Kuhn)."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, good in enumerate(ok[i]):
            if good and j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(ok)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class TableScore:
    """True positives, false positives and false negatives of one table."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else math.nan

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else math.nan

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else math.nan


@dataclass
class TableResult:
    """One table of one case: expected rows, returned rows and which matched."""

    table: str
    expected: list[dict[str, Any]]
    returned: list[dict[str, Any]]
    matched: dict[int, int]  # expected index -> returned index

    @property
    def ok(self) -> bool:
        return len(self.matched) == len(self.expected) == len(self.returned)

    @property
    def score(self) -> TableScore:
        tp = len(self.matched)
        return TableScore(tp, len(self.returned) - tp, len(self.expected) - tp)

    def diff(self) -> list[str]:
        """Lines naming each missing expected row (with its closest returned row) and each extra row."""
        lines = []
        free = [j for j in range(len(self.returned)) if j not in self.matched.values()]
        for i, want in enumerate(self.expected):
            if i in self.matched:
                continue
            line = f"  {self.table}: missing {_show(want)}"
            if free:
                j = max(free, key=lambda j: sum(compare_row(self.table, want, self.returned[j]).values()))
                bad = [k for k, good in compare_row(self.table, want, self.returned[j]).items() if not good]
                line += "; closest: " + ", ".join(
                    f"{k} want {_plain(_want(self.table, k, want[k]))!r} got "
                    f"{_plain(_got(self.table, k, self.returned[j]))!r}" for k in bad)
            lines.append(line)
        keys = sorted({k for w in self.expected for k in w if k not in _COMMENTS}) or _SHOW[self.table]
        for j in free:
            got = {k: _plain(_got(self.table, k, self.returned[j])) for k in keys}
            lines.append(f"  {self.table}: extra {_show(got)}")
        return lines


_SHOW = {
    "events": ["weapon", "place", "country", "date", "perpetrator", "status"],
    "claims": ["speaker", "stance", "n_events"],
    "casualties": ["killed", "wounded", "qualifier", "cumulative", "linked"],
    "deployments": ["force", "country", "troops", "qualifier"],
    "tallies": ["count", "qualifier", "since", "scope", "attributed_to"],
}


def _plain(v: Any) -> Any:
    if v is _MISSING:
        return "<no such column>"
    return sorted(v) if isinstance(v, frozenset) else v


def _show(row: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}={_plain(v)!r}" for k, v in row.items() if k not in _COMMENTS) + "}"


@dataclass
class CaseResult:
    """How one case fared: a :class:`TableResult` per table."""

    id: str
    label: str
    file: str
    xfail: str | None
    tables: dict[str, TableResult]

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables.values())

    def diff(self) -> str:
        lines = [line for t in self.tables.values() for line in t.diff()]
        return f"{self.id} ({self.label})\n" + "\n".join(lines)


def _records(df: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in df.to_dict("records")]


def compare_case(case: dict[str, Any], parsed: Any) -> CaseResult:
    """Compare the tables of *parsed* (a :class:`conflictlib.Parsed`) with *case*."""
    tables = {}
    for table in TABLES:
        expected = list(case.get(table) or [])
        returned = _records(getattr(parsed, table))
        ok = [[all(compare_row(table, w, g).values()) for g in returned] for w in expected]
        tables[table] = TableResult(table, expected, returned, _matching(ok))
    return CaseResult(case["id"], case.get("label", ""), case.get("_file", ""), case.get("xfail"), tables)


def score_case(case: dict[str, Any]) -> CaseResult:
    """Parse the case's text and compare the result with the case."""
    import conflictlib as cl

    parsed = cl.parse_text(case["text"], published=case["published"], article_id=case["id"])
    return compare_case(case, parsed)


def load_cases(cases_dir: str | Path) -> list[dict[str, Any]]:
    """Every case of every ``*.json`` file in *cases_dir* (sorted by file), each with a ``_file`` key."""
    cases = []
    for path in sorted(Path(cases_dir).glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append({**case, "_file": path.name})
    return cases


def _field_pairs(result: CaseResult) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Expected and returned events paired by best agreement (agreeing on place or country)."""
    t = result.tables["events"]
    cands = []
    for i, w in enumerate(t.expected):
        for j, g in enumerate(t.returned):
            agree = compare_row("events", w, g)
            where = [agree.get("place", False), agree.get("country", False)]
            if not ("place" in w or "country" in w) or any(where):
                cands.append((t.matched.get(i) == j, sum(agree.values()), i, j))
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    used_i: set[int] = set()
    used_j: set[int] = set()
    for _, _, i, j in sorted(cands, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((t.expected[i], t.returned[j]))
    return pairs


def _num(x: float) -> float | None:
    return None if math.isnan(x) else x


@dataclass
class Report:
    """Scores of a set of cases: per table, field accuracy on events, per case."""

    tables: dict[str, TableScore]
    field_accuracy: dict[str, tuple[int, int]]  # field -> (agreeing pairs, pairs)
    cases: list[CaseResult] = field(repr=False)

    @property
    def n_cases(self) -> int:
        return len(self.cases)

    @property
    def n_correct(self) -> int:
        return sum(c.ok for c in self.cases)

    @property
    def failures(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.ok]

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_cases": self.n_cases, "n_correct": self.n_correct,
            "tables": {k: {**asdict(s), "precision": _num(s.precision), "recall": _num(s.recall),
                           "f1": _num(s.f1)}
                       for k, s in self.tables.items()},
            "field_accuracy": {k: {"agree": a, "pairs": n, "accuracy": a / n if n else None}
                               for k, (a, n) in self.field_accuracy.items()},
            "failing": [c.id for c in self.failures if not c.xfail],
            "xfail": {c.id: {"reason": c.xfail, "ok": c.ok} for c in self.cases if c.xfail},
        }

    def to_text(self) -> str:
        lines = [f"{'table':<12} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} {'F1':>6}"]
        for name, s in self.tables.items():
            lines.append(f"{name:<12} {s.tp:>4} {s.fp:>4} {s.fn:>4} "
                         f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
        total = TableScore(*(sum(getattr(s, k) for s in self.tables.values()) for k in ("tp", "fp", "fn")))
        lines.append(f"{'all':<12} {total.tp:>4} {total.fp:>4} {total.fn:>4} "
                     f"{total.precision:>6.3f} {total.recall:>6.3f} {total.f1:>6.3f}")
        acc = ", ".join(f"{k} {a}/{n}" + (f" ({a / n:.0%})" if n else "")
                        for k, (a, n) in self.field_accuracy.items())
        lines.append(f"field accuracy on paired events: {acc}")
        xf = [c for c in self.cases if c.xfail]
        lines.append(f"cases fully correct: {self.n_correct}/{self.n_cases}"
                     f" (xfail cases: {len(xf)}, of which now correct: {sum(c.ok for c in xf)})")
        return "\n".join(lines)


def evaluate(cases_dir: str | Path) -> Report:
    """Parse every case in *cases_dir* and score it (xfail cases are scored too)."""
    results = [score_case(c) for c in load_cases(cases_dir)]
    tables = {t: TableScore() for t in TABLES}
    acc = {f: [0, 0] for f in ACCURACY_FIELDS}
    for r in results:
        for t, tr in r.tables.items():
            s = tr.score
            tables[t].tp += s.tp
            tables[t].fp += s.fp
            tables[t].fn += s.fn
        for want, got in _field_pairs(r):
            for name, good in compare_row("events", {k: v for k, v in want.items() if k in acc}, got).items():
                acc[name][0] += good
                acc[name][1] += 1
    return Report(tables, {k: (a, n) for k, (a, n) in acc.items()}, results)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns 0 (scores are reported, not judged)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--clusters" in argv or any(a.startswith("--clusters=") for a in argv):
        from .clusters import main as clusters_main

        return clusters_main(argv)
    if "--gold" in argv or any(a.startswith("--gold=") for a in argv):
        from .real import main as real_main

        return real_main(argv)
    p = argparse.ArgumentParser(prog="python -m conflictlib.evaluate", description=__doc__.split("\n")[0])
    p.add_argument("cases_dir", help="folder of case files (*.json)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--show-failures", type=int, default=0, metavar="N",
                   help="print the first N failing cases with a diff")
    args = p.parse_args(argv)
    report = evaluate(args.cases_dir)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        print(report.to_text())
    failing = [c for c in report.failures if not c.xfail]
    for c in failing[: args.show_failures]:
        print("\n" + c.diff(), file=sys.stdout if not args.json else sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
