"""Compare every table of this checkout against an earlier commit, on fixed inputs.

A change to the extractor is safe when it changes exactly the rows it means to.
This harness parses the same inputs with two versions of conflictlib (the working
tree and a chosen commit, checked out in a temporary git worktree) and lists every
difference, table by table:

- the hand-written cases (``tests/cases/*.json``), each parsed on its own;
- the seed corpus (``seeds/``);
- the synthetic linked corpus (``tests/corpora/synthetic_linked``), incidents included;
- N synthetic benchmark articles (``benchmarks/bench_parse.py --write``, default 1,000).

Both versions read the inputs of the working tree, so only the code differs.

    python tools/regress.py HEAD~3            # every difference, summarised
    python tools/regress.py v0.1 --show 20    # up to 20 differing rows per table
    python tools/regress.py HEAD --articles 200

Exit status 0 when every table is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("events", "claims", "casualties", "deployments", "tallies", "mentions", "errors")

# The dump runs in a subprocess whose first path entry is the tree to test, so that
# `import conflictlib` loads that tree's code whatever is installed.
_DUMP = r"""
import json, pickle, sys
from pathlib import Path
tree, spec, out = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, tree)
import pandas as pd
import conflictlib as cl
assert Path(cl.__file__).resolve().is_relative_to(Path(tree).resolve()), cl.__file__
spec = json.loads(Path(spec).read_text())
TABLES = %r
got = {}
parts = {t: [] for t in TABLES}
for case in spec["cases"]:
    x = cl.parse_text(case["text"], published=case.get("published"), article_id=case["id"])
    for t in TABLES:
        parts[t].append(getattr(x, t))
got["cases"] = {t: pd.concat(parts[t], ignore_index=True) for t in TABLES}
for name, folder in spec["folders"].items():
    x = cl.parse(folder)
    got[name] = {t: getattr(x, t) for t in TABLES}
    if spec.get("incidents", {}).get(name):
        got[name]["incidents"] = x.incidents
Path(out).write_bytes(pickle.dumps(got))
""" % (TABLES,)


def _inputs(work: Path, articles: int) -> Path:
    """Write the spec of the inputs (and the benchmark corpus) under *work*."""
    cases = []
    for path in sorted((ROOT / "tests" / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append({"id": case["id"], "text": case["text"], "published": case.get("published")})
    folders = {"seed": str(ROOT / "seeds"), "linked": str(ROOT / "tests" / "corpora" / "synthetic_linked")}
    if articles:
        bench = work / "bench"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_parse.py"), "--articles", str(articles),
                        "--write", str(bench)], check=True, stdout=subprocess.DEVNULL)
        folders["bench"] = str(bench)
    spec = work / "spec.json"
    spec.write_text(json.dumps({"cases": cases, "folders": folders, "incidents": {"linked": True}}))
    return spec


def _dump(tree: Path, spec: Path, out: Path) -> dict:
    script = out.with_suffix(".py")
    script.write_text(_DUMP)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([sys.executable, str(script), str(tree), str(spec), str(out)], check=True, env=env)
    return pickle.loads(out.read_bytes())


def _same_cell(a: object, b: object) -> bool:
    import pandas as pd

    na_a, na_b = bool(pd.api.types.is_scalar(a) and pd.isna(a)), bool(pd.api.types.is_scalar(b) and pd.isna(b))
    return (na_a and na_b) or (not na_a and not na_b and a == b)


def compare(old, new, show: int) -> list[str]:
    """Every difference between two tables, as lines of text (empty: identical)."""
    out: list[str] = []
    if old.equals(new) and list(old.dtypes) == list(new.dtypes):
        return out
    if list(old.columns) != list(new.columns):
        return [f"columns differ: {list(old.columns)} -> {list(new.columns)}"]
    dtypes = [f"{c}: {old[c].dtype} -> {new[c].dtype}" for c in old.columns if str(old[c].dtype) != str(new[c].dtype)]
    if dtypes:
        out.append("dtypes differ: " + "; ".join(dtypes))
    if len(old) != len(new):
        out.append(f"{len(old)} rows -> {len(new)} rows")
    shown = 0
    n_diff = 0
    for i in range(min(len(old), len(new))):
        ro, rn = old.iloc[i], new.iloc[i]
        cols = [c for c in old.columns if not _same_cell(ro[c], rn[c])]
        if cols:
            n_diff += 1
            if shown < show:
                shown += 1
                out.append(f"  row {i}: " + "; ".join(f"{c}: {ro[c]!r} -> {rn[c]!r}" for c in cols))
    if n_diff:
        out.append(f"{n_diff} rows differ")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ref", help="the commit to compare against (e.g. HEAD, HEAD~3, a tag)")
    ap.add_argument("--articles", type=int, default=1000, help="synthetic benchmark articles (default 1000; 0: none)")
    ap.add_argument("--show", type=int, default=5, help="differing rows to print per table (default 5)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="regress-") as tmp:
        work = Path(tmp)
        old_tree = work / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old_tree), args.ref], check=True)
        try:
            spec = _inputs(work, args.articles)
            old = _dump(old_tree, spec, work / "old.pkl")
            new = _dump(ROOT, spec, work / "new.pkl")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old_tree)], check=False)
    n_changed = 0
    for corpus, tables in old.items():
        for name, table in tables.items():
            diff = compare(table, new[corpus][name], args.show)
            status = "identical" if not diff else "CHANGED"
            n_changed += bool(diff)
            print(f"{corpus:7s} {name:12s} {len(table):6d} rows  {status}")
            for line in diff:
                print("    " + line)
    print(f"{n_changed} table(s) changed against {args.ref}")
    return 1 if n_changed else 0


if __name__ == "__main__":
    sys.exit(main())
