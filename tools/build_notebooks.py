"""Build the report notebooks in ``notebooks/`` from the cell lists below.

The notebooks are generated so that they are reproducible (fixed cell ids, no
stray metadata) and reviewed here as plain Python.

Usage, from the repository root::

    .venv/bin/python tools/build_notebooks.py            # write them, outputs empty
    .venv/bin/python tools/build_notebooks.py --execute  # write, run in place, strip
    .venv/bin/python tools/build_notebooks.py --strip    # strip the stored notebooks

``--execute`` runs each notebook like ``jupyter nbconvert --to notebook
--execute --inplace`` does (nbclient, kernel python3, working directory
``notebooks/``, so ``CORPUS = "../seeds"`` reads the seed), then strips
volatile metadata (execution timings, interpreter version).  Re-run it when
the extractor changes: nbval compares the stored tables with fresh ones.

Conventions of the cells: the cell tagged ``parameters`` holds exactly
``CORPUS = "../seeds"`` (``conflictlib report`` injects its corpus after it);
cells whose output may change (charts) start with ``# NBVAL_IGNORE_OUTPUT``;
the checks that matter are ``assert`` cells.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
IGNORE = "# NBVAL_IGNORE_OUTPUT\n"

PARAMETERS = 'CORPUS = "../seeds"'

SETUP = """\
import conflictlib as cl
import matplotlib.pyplot as plt
import pandas as pd

pd.set_option("display.max_colwidth", None)  # show whole evidence sentences
x = cl.parse(CORPUS)
print(f"articles: {len(x.articles)}, events: {len(x.events)}, "
      f"claims: {len(x.claims)}, troop figures: {len(x.deployments)}")"""

EVIDENCE_CHECK = """\
# Every {what} keeps its evidence: text[start:end] of its article lies in its sentence.
body = x.articles.set_index("article_id")["text"]
for row in x.{table}.itertuples():
    span = body[row.article_id][row.start:row.end]
    assert span and span in row.text, (row.article_id, row.start, row.end, row.text)"""


def _code(source: str, *tags: str) -> dict[str, object]:
    return {"cell_type": "code", "source": source, "tags": list(tags)}


def _md(source: str) -> dict[str, object]:
    return {"cell_type": "markdown", "source": source}


def _head(title: str, question: str) -> list[dict[str, object]]:
    """Title, question, the parameters cell and the parse cell."""
    return [
        _md(f"# {title}\n\n{question}"),
        _code(PARAMETERS, "parameters"),
        _code(SETUP),
    ]


# --------------------------------------------------------------------------
# 01 attack frequency
# --------------------------------------------------------------------------

ATTACK_FREQUENCY = [
    *_head(
        "Attack frequency",
        "**Question:** how many attacks do the articles report per day and per week, "
        "and how do they split by country, by weapon and by the side that carried "
        "them out?\n\n"
        "Each row of `x.events` is one attack read from an article, with the sentence "
        "it comes from. Its `count` says how many attacks the row stands for "
        '("attacked four times" is one row with count 4); a missing count counts as one.'),
    _md("## The events and their evidence\n\n"
        "One row per event: when, with what, by whom, where, how well established "
        "(`status`), and the sentence of the article that says so."),
    _code('x.events[["date", "weapon", "perpetrator", "place", "country", "status", "text"]]'),
    _code(EVIDENCE_CHECK.format(what="event", table="events")),
    _code("""\
# No negative numbers, and only the documented vocabularies.
from conflictlib._schema import STATUSES, WEAPONS

for column in ["count", "killed", "wounded"]:
    assert (x.events[column].dropna() >= 0).all(), column
assert x.events["status"].dropna().isin(STATUSES).all()
assert x.events["weapon"].dropna().isin(WEAPONS).all()"""),
    _md("## Attacks per day\n\n"
        "Stacked bars: the height of a bar is the number of attacks that day, its "
        "colours split it by country, weapon and side. Undated events cannot be "
        "placed on a day; the title says how many were left out."),
    _code(IGNORE + """\
fig, axes = plt.subplots(3, 1, figsize=(9, 9), sharex=True, layout="constrained")
for ax, by in zip(axes, ["country", "weapon", "perpetrator_side"]):
    cl.plots.attack_frequency(x.events, freq="D", by=by, ax=ax)"""),
    _md("The same counts as a table (attacks per day and country):"),
    _code("""\
attacks = x.events.assign(attacks=x.events["count"].fillna(1), country=x.events["country"].fillna("unknown"))
attacks.dropna(subset=["date"]).pivot_table(
    index="date", columns="country", values="attacks", aggfunc="sum", fill_value=0)"""),
    _md("## Attacks per week\n\nWeeks start on Monday."),
    _code(IGNORE + """\
fig, axes = plt.subplots(3, 1, figsize=(9, 9), sharex=True, layout="constrained")
for ax, by in zip(axes, ["country", "weapon", "perpetrator_side"]):
    cl.plots.attack_frequency(x.events, freq="W", by=by, ax=ax)"""),
    _code("""\
dated = attacks.dropna(subset=["date"])
per_day = dated.groupby("date")["attacks"].sum()
print(f"{int(dated['attacks'].sum())} dated attacks on {len(per_day)} days; "
      f"{int(attacks['date'].isna().sum())} undated events left out.")
if len(per_day):
    print(f"Busiest day: {per_day.idxmax():%A %d %B %Y} ({int(per_day.max())} attacks).")"""),
    _md("**Reading:** the bars count only events whose day the articles let us fix; "
        "a round-up that mentions earlier attacks without a date adds to the undated "
        "count in the titles, not to any bar. A day with bars from both sides "
        "(`iran-aligned` and `us-led`) is a day of attack and reply."),
]

# --------------------------------------------------------------------------
# 02 troop deployments
# --------------------------------------------------------------------------

TROOP_DEPLOYMENTS = [
    *_head(
        "Troop deployments",
        "**Question:** how many US troops do the articles say are deployed in each "
        "country, and as of when?\n\n"
        "Each row of `x.deployments` is one figure given in an article "
        '("The US has 900 troops in Syria and 2,500 in neighbouring Iraq" gives two), '
        "with its qualifier (`about`, `at least`, ...) and the date it holds for."),
    _md("## The figures and their evidence"),
    _code('x.deployments[["force", "country", "troops", "qualifier", "as_of", "article_id", "text"]]'),
    _code(EVIDENCE_CHECK.format(what="troop figure", table="deployments")),
    _code("""\
# Troop numbers are counts of people: never negative.
from conflictlib._schema import QUALIFIERS

assert (x.deployments["troops"].dropna() >= 0).all()
assert x.deployments["qualifier"].dropna().isin(QUALIFIERS).all()"""),
    _md("## The latest figure per country\n\n"
        "For each country, the figure with the latest `as_of` date (undated figures "
        "count as oldest)."),
    _code("""\
latest = (x.deployments.dropna(subset=["troops"])
          .sort_values("as_of", na_position="first", kind="stable")
          .groupby("country", dropna=False).tail(1)
          .set_index("country")[["troops", "qualifier", "as_of", "article_id"]]
          .sort_index())
latest"""),
    _code(IGNORE + """\
fig, ax = plt.subplots(figsize=(8, 4), layout="constrained")
cl.plots.troop_deployments(x.deployments, ax=ax);"""),
    _code("""\
total = int(latest["troops"].sum())
print(f"Latest figures add up to {total:,} troops in {len(latest)} countries.")"""),
    _md("**Reading:** a single article gives one date, so the chart shows bars; over a "
        "corpus each country becomes a line, and a flat line means outlets repeat the "
        "same official figure. Qualifiers matter: \"about 2,500\" and \"at least 2,500\" "
        "are different claims, so check the `qualifier` column before comparing."),
]

# --------------------------------------------------------------------------
# 03 claimed vs confirmed
# --------------------------------------------------------------------------

CLAIMED_VS_CONFIRMED = [
    *_head(
        "Claimed vs confirmed",
        "**Question:** which attacks did a group claim, which did officials confirm, "
        "and which are only reported?\n\n"
        "An event's `status` is `claimed` (someone said they did it), `confirmed` "
        "(an official source said it happened) or `reported` (the article says so "
        "without naming a source). `claimed_by`, `confirmed_by` and `denied_by` name "
        'the speakers, several joined with "; ".'),
    _md("## Who claimed and who confirmed each event"),
    _code('x.events[["event_id", "date", "weapon", "place", "country", "status", '
          '"claimed_by", "confirmed_by", "denied_by"]]'),
    _md("## Counts by status\n\n"
        "`events` counts rows, `attacks` adds up their `count` (a missing count is one)."),
    _code("""\
from conflictlib._schema import STATUSES

by_status = (x.events.assign(attacks=x.events["count"].fillna(1))
             .groupby("status")
             .agg(events=("event_id", "size"), attacks=("attacks", "sum"))
             .reindex(list(STATUSES), fill_value=0))
by_status"""),
    _code("""\
# Every event has a known status and the status table covers all of them.
assert x.events["status"].isin(STATUSES).all()
assert by_status["events"].sum() == len(x.events)
assert (by_status >= 0).all().all()"""),
    _code(IGNORE + """\
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
cl.plots.claimed_vs_confirmed(x.events, by="status", ax=left)
cl.plots.claimed_vs_confirmed(x.events, by="grade", ax=right);"""),
    _md("## The claims ledger\n\n"
        "Every statement about an event: who spoke, in what `stance` (claim, confirm, "
        "deny, acknowledge, threat), about which events, and the sentence."),
    _code('x.claims[["speaker", "stance", "event_ids", "text"]]'),
    _code(EVIDENCE_CHECK.format(what="claim", table="claims")),
    _code("""\
# The ledger uses the documented stances and points only at events that exist.
from conflictlib._schema import JOIN, STANCES

assert x.claims["stance"].dropna().isin(STANCES).all()
known = set(x.events["event_id"])
for ids in x.claims["event_ids"].dropna():
    assert set(filter(None, ids.split(JOIN))) <= known, ids"""),
    _md("**Reading:** a militia claim and an official confirmation are separate "
        "statements, often in separate articles; an event moves from *claimed only* to "
        "*confirmed* when any article in the corpus carries the confirmation. Events "
        "that are only *reported* have no named source and deserve the most caution."),
]

NOTEBOOKS_CELLS: dict[str, list[dict[str, object]]] = {
    "01_attack_frequency": ATTACK_FREQUENCY,
    "02_troop_deployments": TROOP_DEPLOYMENTS,
    "03_claimed_vs_confirmed": CLAIMED_VS_CONFIRMED,
}

# --------------------------------------------------------------------------
# building, running, stripping
# --------------------------------------------------------------------------

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def build(name: str, cells: list[dict[str, object]]) -> nbformat.NotebookNode:
    """A notebook from *cells*, with ids ``{name}-NN`` and no outputs."""
    nb = nbformat.v4.new_notebook()
    for i, spec in enumerate(cells):
        source = str(spec["source"])
        if spec["cell_type"] == "markdown":
            cell = nbformat.v4.new_markdown_cell(source)
        else:
            tags = spec["tags"]
            cell = nbformat.v4.new_code_cell(source, metadata={"tags": tags} if tags else {})
        cell["id"] = f"{name[:2]}-{i:02d}"
        nb.cells.append(cell)
    nb.metadata = {"kernelspec": KERNELSPEC, "language_info": {"name": "python"}}
    nbformat.validate(nb)
    return nb


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove volatile metadata: timings, interpreter version, widget state."""
    nb.metadata = {"kernelspec": KERNELSPEC, "language_info": {"name": "python"}}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
    return nb


def execute(nb: nbformat.NotebookNode) -> None:
    """Run *nb* in place in ``notebooks/`` as ``nbconvert --execute`` would."""
    from nbclient import NotebookClient

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    client = NotebookClient(nb, kernel_name="python3", timeout=600, record_timing=False,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute(env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--execute", action="store_true", help="run the notebooks in place")
    group.add_argument("--strip", action="store_true",
                       help="only strip volatile metadata of the stored notebooks")
    args = parser.parse_args(argv)
    for name, cells in NOTEBOOKS_CELLS.items():
        path = NOTEBOOKS / f"{name}.ipynb"
        if args.strip:
            nb = nbformat.read(path, as_version=4)
        else:
            nb = build(name, cells)
            if args.execute:
                print(f"running {path.relative_to(ROOT)}", file=sys.stderr)
                execute(nb)
        nbformat.write(strip(nb), path)
        print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
