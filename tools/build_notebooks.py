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

Conventions of the cells: the cell tagged ``parameters`` holds
``CORPUS = "../seeds"`` and ``INCLUDE_OTHER = False`` (``conflictlib report``
injects its corpus after it); tables are shown with
:func:`conflictlib.display.table` (chosen columns, the rest on demand, ids
linked to the evidence page, a sentence instead of an empty table);
cells whose output may change (charts) start with ``# NBVAL_IGNORE_OUTPUT``;
the checks that matter are ``assert`` cells.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
IGNORE = "# NBVAL_IGNORE_OUTPUT\n"

PARAMETERS = """\
CORPUS = "../seeds"
INCLUDE_OTHER = False  # True: the charts also count violence outside the campaign"""

SETUP = """\
import conflictlib as cl
import matplotlib.pyplot as plt
import pandas as pd
from conflictlib.display import EVIDENCE_LINKS, corpus_summary, table
from conflictlib.scope import in_campaign

x = cl.parse(CORPUS)
inc = x.incidents  # one row per attack, linked across articles (cl.link)
# the campaign: attacks on US and coalition forces, and US (and coalition) strikes
campaign = inc[in_campaign(inc, include_other=INCLUDE_OTHER)]
other = inc[~in_campaign(inc, include_other=INCLUDE_OTHER)]
print(f"articles: {len(x.articles)}, event reports: {len(x.events)}, "
      f"incidents: {len(inc)} ({len(campaign)} in the campaign), claims: {len(x.claims)}, "
      f"troop figures: {len(x.deployments)}")
corpus_summary(x)"""

EVIDENCE_CHECK = """\
# Every {what} keeps its evidence: text[start:end] of its article lies in its sentence.
body = x.articles.set_index("article_id")["text"]
for row in x.{table}.itertuples():
    span = body[row.article_id][row.start:row.end]
    assert span and span in row.text, (row.article_id, row.start, row.end, row.text)"""

INCIDENT_CHECK = """\
# Every event report belongs to exactly one incident, and each incident lists its evidence.
from conflictlib.schema import JOIN
from conflictlib.incidents import GRADES

reports = [e for ids in inc["event_ids"] for e in ids.split(JOIN)]
assert sorted(reports) == sorted(x.events["event_id"]), "an event is in no or two incidents"
assert (inc["n_reports"] == inc["event_ids"].str.count(JOIN) + 1).all()
assert inc["grade"].isin(GRADES).all()"""

SCOPE_NOTE = (
    "**What is counted.** The charts count the campaign: attacks on US and coalition "
    "troops (by Iran-aligned groups, or unattributed attacks in Iraq, Syria and Jordan) "
    "and US and coalition strikes (`conflictlib.scope.in_campaign`). Other violence the "
    "articles mention (an attack on Israel, say) is listed apart at the end; set "
    "`INCLUDE_OTHER = True` to count it too. Ids link to the evidence page, where each "
    "incident's articles show every evidence span highlighted.")


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


OTHER_VIOLENCE = [
    _md("## Other violence the articles mention\n\n"
        "Incidents outside the campaign (another attacker, or a target that is not US-led): "
        "kept in the tables, left out of the charts above."),
    _code("""\
table(other, ["incident_id", "date", "place", "country", "perpetrator", "perpetrator_side",
              "target", "weapon", "grade"], links=EVIDENCE_LINKS,
      empty="None: every incident of this corpus is part of the campaign.")"""),
]

# --------------------------------------------------------------------------
# 01 attack frequency
# --------------------------------------------------------------------------

ATTACK_FREQUENCY = [
    *_head(
        "Attack frequency",
        "**Question:** how many attacks happened per day and per week, and how do they "
        "split by country, weapon, the side that carried them out, and how well they "
        "are established (`grade`)?\n\n"
        "A corpus reports the same attack many times (the militia's claim, a Pentagon "
        "confirmation, a round-up), so this notebook counts **incidents**: "
        "`x.incidents` merges the event reports of one attack into one row and keeps "
        "every report behind it (`event_ids`, `article_ids`). Raw event reports are "
        "shown at the end, clearly labelled, for comparison.\n\n" + SCOPE_NOTE),
    _md("## The incidents and their evidence\n\n"
        "One row per attack of the campaign: when, where, with what, by which side, its "
        "`grade` (`claimed`, `confirmed`, `claimed+confirmed`, `contested`, `reported`), how "
        "many reports and sources stand behind it, and `link_reason`: which reports were "
        "joined and why (same place and day, a figure or named target they share, weapons "
        "outlets describe differently). Every column is under *show all columns*."),
    _code('table(campaign, ["incident_id", "date", "place", "country", "weapon", '
          '"perpetrator", "grade", "n_reports", "n_sources", "link_reason"], links=EVIDENCE_LINKS, '
          'empty="No incident of the campaign in this corpus.")'),
    _code(INCIDENT_CHECK),
    _md("## Incidents by country, weapon, side and grade"),
    _code("""\
counts = pd.concat({by: campaign[by].fillna("unknown").value_counts()
                    for by in ["country", "weapon", "perpetrator_side", "grade"]},
                   names=["by", "value"]).rename("incidents").to_frame()
table(counts, empty="No incident of the campaign in this corpus.")"""),
    _md("## Incidents per day\n\n"
        "Stacked bars: the height of a bar is the number of incidents that day, its "
        "colours split it by country, weapon, side and grade. Undated incidents cannot "
        "be placed on a day; the titles say how many were left out."),
    _code(IGNORE + """\
if campaign["date"].notna().any():
    fig, axes = plt.subplots(2, 2, figsize=(12, 7), sharex=True, layout="constrained")
    for ax, by in zip(axes.flat, ["country", "weapon", "perpetrator_side", "grade"]):
        cl.plots.attack_frequency(campaign, freq="D", by=by, ax=ax)
else:
    print(f"No chart: none of the {len(campaign)} incidents of the campaign has a date.")"""),
    _md("The same counts as a table (incidents per day and country):"),
    _code("""\
dated = campaign.dropna(subset=["date"])
table(pd.crosstab(dated["date"].rename("day"), dated["country"].fillna("unknown")),
      empty="No dated incident.")"""),
    _md("## Incidents per week\n\nWeeks start on Monday."),
    _code(IGNORE + """\
if len(dated):
    fig, axes = plt.subplots(2, 2, figsize=(12, 7), sharex=True, layout="constrained")
    for ax, by in zip(axes.flat, ["country", "weapon", "perpetrator_side", "grade"]):
        cl.plots.attack_frequency(campaign, freq="W", by=by, ax=ax)
else:
    print("No chart: no incident of the campaign has a date.")"""),
    _code("""\
week = dated["date"].dt.to_period("W").dt.start_time.rename("week (Monday)")
table(pd.crosstab(week, dated["grade"]), empty="No dated incident.")"""),
    _md("## Timeline\n\nOne marker per incident at its date, a row per country, "
        "coloured by grade."),
    _code(IGNORE + """\
if len(dated):
    fig, ax = plt.subplots(figsize=(10, 3.5), layout="constrained")
    cl.plots.timeline(campaign, by="grade", ax=ax)
else:
    print("No chart: no incident of the campaign has a date.")"""),
    _md("## Where\n\nIncidents on a map of the region (Natural Earth borders): colour by "
        "grade, marker area by the number of reports, each place named."),
    _code(IGNORE + """\
if campaign["lat"].notna().any():
    fig, ax = plt.subplots(figsize=(9, 6.5), layout="constrained")
    cl.plots.event_map(campaign, ax=ax)
else:
    print("No map: no incident of the campaign has a known place.")"""),
    *OTHER_VIOLENCE,
    _md("## The event reports behind the incidents (raw, on request)\n\n"
        "Each row of `x.events` is one report of an attack in one article, with the "
        "sentence it comes from and the incident it was linked to. These are "
        "**reports, not attacks**: the chart below counts article rows, so an attack "
        "reported three times counts three times."),
    _code("""\
incident_of = {e: i for i, ids in zip(inc["incident_id"], inc["event_ids"])
               for e in ids.split(JOIN)}
reports = x.events.assign(incident_id=x.events["event_id"].map(incident_of))
table(reports, ["event_id", "incident_id", "date", "weapon", "perpetrator", "place", "status",
                "text"], links=EVIDENCE_LINKS, empty="No event reports in this corpus.")"""),
    _code(EVIDENCE_CHECK.format(what="event report", table="events")),
    _code(IGNORE + """\
if reports["date"].notna().any():
    fig, ax = plt.subplots(figsize=(9, 3.5), layout="constrained")
    cl.plots.attack_frequency(x.events, freq="D", by="country", ax=ax)
    ax.set_title("Event REPORTS per day (article rows, not attacks)")
else:
    print("No chart: no event report has a date.")"""),
    _code("""\
n_dated = int(campaign["date"].notna().sum())
per_day = dated.groupby("date").size()
print(f"{len(campaign)} incidents of the campaign from {len(x.events)} event reports; "
      f"{n_dated} dated, {len(campaign) - n_dated} undated; {len(other)} other incidents.")
if len(per_day):
    print(f"Busiest day: {per_day.idxmax():%A %d %B %Y} ({int(per_day.max())} incidents).")"""),
    _md("**Reading:** the bars count attacks once however often they were reported; "
        "the gap between incidents and event reports is the double counting a "
        "per-article count would have made, and undated incidents (a round-up's "
        "\"earlier attacks\") appear in the tables but on no bar."),
]

# --------------------------------------------------------------------------
# 02 troop deployments
# --------------------------------------------------------------------------

NO_TROOPS = "No troop figures: no article in this corpus gives a number of troops."

TROOP_DEPLOYMENTS = [
    *_head(
        "Troop deployments",
        "**Question:** how many US troops do the articles say are deployed in each "
        "country, as of when, according to whom, and do the figures agree?\n\n"
        "Each row of `x.deployments` is one figure given in an article "
        '("The US has 900 troops in Syria and 2,500 in neighbouring Iraq" gives two), '
        "with its qualifier (`about`, `at least`, ...) and the date it holds for."),
    _md("## Figures over time per country"),
    _code(IGNORE + f"""\
if len(x.deployments):
    fig, ax = plt.subplots(figsize=(8, 4), layout="constrained")
    cl.plots.troop_deployments(x.deployments, ax=ax)
else:
    print({NO_TROOPS!r})"""),
    _md("## The figures and their evidence"),
    _code('table(x.deployments.sort_values(["country", "as_of"], kind="stable"), '
          '["country", "troops", "qualifier", "as_of", "force", "article_id", "text"], '
          f'empty={NO_TROOPS!r})'),
    _code(EVIDENCE_CHECK.format(what="troop figure", table="deployments")),
    _code("""\
# Troop numbers are counts of people: never negative.
from conflictlib.schema import QUALIFIERS

assert (x.deployments["troops"].dropna() >= 0).all()
assert x.deployments["qualifier"].dropna().isin(QUALIFIERS).all()"""),
    _md("## The latest figure per country, with its source\n\n"
        "For each country, the figure with the latest `as_of` date (undated figures "
        "count as oldest), the article it comes from and its sentence."),
    _code(f"""\
figures = x.deployments.dropna(subset=["troops"])
latest = (figures.sort_values("as_of", na_position="first", kind="stable")
          .groupby("country", dropna=False).tail(1)
          .set_index("country")[["troops", "qualifier", "as_of", "article_id", "text"]]
          .sort_index())
table(latest, empty={NO_TROOPS!r})"""),
    _md("## Conflicting figures side by side\n\n"
        "Countries for which the articles give different troop numbers: one row per "
        "figure, the differing figures next to each other with their dates and sources."),
    _code("""\
differ = figures.groupby("country")["troops"].transform("nunique") > 1
conflicting = (figures[differ]
               .sort_values(["country", "as_of", "troops"], kind="stable")
               .set_index(["country", "as_of", "article_id"])[["troops", "qualifier", "text"]])
table(conflicting, empty="No conflicting figures: each country has one troop number "
                         "(or none) in this corpus.")"""),
    _code("""\
print(f"Latest figures add up to {int(latest['troops'].sum()):,} troops in "
      f"{len(latest)} countries; {conflicting.index.get_level_values('country').nunique()} "
      f"countries have conflicting figures.")"""),
    _md("**Reading:** a flat line means outlets repeat the same official figure; "
        "conflicting figures are often the same number with different qualifiers "
        "(\"about 2,500\" vs \"at least 2,500\") or different dates, so read the "
        "`qualifier` and `as_of` columns before calling them a contradiction."),
]

# --------------------------------------------------------------------------
# 03 claimed vs confirmed
# --------------------------------------------------------------------------

NO_TALLIES = ("No official tallies: no article in this corpus gives a running count of "
              'attacks ("at least 160 attacks since October 17").')

CLAIMED_VS_CONFIRMED = [
    *_head(
        "Claimed vs confirmed",
        "**Question:** which attacks did the militias claim, which did US or neutral "
        "officials confirm, how do those counts compare with the Pentagon's running "
        "tallies, and where do the sources disagree?\n\n"
        "Each incident (`x.incidents`, one row per attack across articles) has a "
        "`grade`, after the way Airwars grades strikes: `claimed` (only the "
        "perpetrator side says so), `confirmed` (the attacked side or a neutral "
        "official confirms), `claimed+confirmed`, `contested` (one side claims or "
        "confirms, the other denies) or `reported` (no attribution).\n\n" + SCOPE_NOTE),
    _code("""\
from conflictlib.incidents import GRADES, claims_ledger, cumulative_counts, tally_series

grades = pd.DataFrame({"incidents": campaign["grade"].value_counts()
                       .reindex(list(GRADES), fill_value=0)}).rename_axis("grade")
table(grades)"""),
    _code("""\
assert inc["grade"].isin(GRADES).all()"""),
    _md("## Incidents by grade over time\n\nWeeks start on Monday; undated incidents "
        "are counted in the titles."),
    _code(IGNORE + """\
if campaign["date"].notna().any():
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4), layout="constrained")
    cl.plots.attack_frequency(campaign, freq="W", by="grade", ax=left)
    cl.plots.timeline(campaign, by="grade", ax=right)
else:
    print(f"No chart: none of the {len(campaign)} incidents of the campaign has a date.")"""),
    _md("## Claimed and confirmed in the corpus vs the official tallies\n\n"
        "Running counts of militia attacks (incidents of the `iran-aligned` side or of "
        "an unknown attacker) that were claimed and that were confirmed, next to the "
        "Pentagon's cumulative counts of attacks on US forces, one line per scope "
        "(left); the corpus counts alone on their own scale (right)."),
    _code(IGNORE + f"""\
counts = cumulative_counts(x, campaign)
tallies = tally_series(x)
if len(counts) or len(tallies):
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5), layout="constrained")
    cl.plots.claims_vs_tallies(counts, tallies, ax=left)
    # the corpus alone, on its own scale: all incidents, claimed, confirmed
    cl.plots.claims_vs_tallies(counts, tallies, columns=["incidents", "claimed", "confirmed"],
                               scopes=[], ax=right)
    right.set_title("Incidents in the corpus (running totals)")
if not len(tallies):
    print({NO_TALLIES!r})
if not len(counts):
    print("No running counts: no dated militia incident in this corpus.")"""),
    _md("The official tallies and their evidence:"),
    _code('table(tallies, ["scope", "as_of", "count", "qualifier", "since", "attributed_to", '
          f'"article_id", "text"], empty={NO_TALLIES!r})'),
    _md("The corpus counts at the last date:"),
    _code('table(counts.tail(1), empty="No dated militia incident in this corpus.")'),
    _md("## Discrepancies\n\n"
        "Militia attacks claimed but never confirmed, confirmed but never claimed, or "
        "denied by one side; and any incident whose reports give different casualty "
        "figures (low and high differ)."),
    _code("""\
militia = campaign["perpetrator_side"].isna() | campaign["perpetrator_side"].eq("iran-aligned")
figures_differ = (campaign["killed_low"].ne(campaign["killed_high"]).fillna(False)
                  | campaign["wounded_low"].ne(campaign["wounded_high"]).fillna(False))
checks = {
    "claimed, never confirmed": militia & campaign["grade"].eq("claimed"),
    "confirmed, never claimed": militia & campaign["grade"].eq("confirmed"),
    "denied by one side": campaign["grade"].eq("contested"),
    "casualty figures disagree": figures_differ,
}
discrepancies = pd.concat(
    [campaign[mask].assign(discrepancy=kind) for kind, mask in checks.items()], ignore_index=True)
table(discrepancies, ["discrepancy", "incident_id", "date", "place", "grade", "claimed_by",
                      "confirmed_by", "denied_by"], links=EVIDENCE_LINKS,
      empty="No discrepancies: every incident is both claimed and confirmed, or neither.")"""),
    _md("## The claims ledger\n\n"
        "Every statement about an attack: who spoke, in what `stance` (claim, confirm, "
        "deny, acknowledge, threat), about which incidents, when (the article's date), "
        "and the sentence."),
    _code("""\
ledger = claims_ledger(x)
table(ledger, ["published", "speaker", "stance", "incident_ids", "text"], links=EVIDENCE_LINKS,
      empty="No claims, confirmations or denials in this corpus.")"""),
    _code(EVIDENCE_CHECK.format(what="claim", table="claims")),
    _code("""\
# The ledger uses the documented stances and points only at incidents that exist.
from conflictlib.schema import JOIN, STANCES

assert ledger["stance"].dropna().isin(STANCES).all()
for ids in ledger["incident_ids"].dropna():
    assert set(ids.split(JOIN)) <= set(inc["incident_id"]), ids"""),
    *OTHER_VIOLENCE,
    _md("**Reading:** an attack moves from *claimed* to *claimed+confirmed* as soon as "
        "any article in the corpus carries the confirmation, so claims never confirmed "
        "are where the militia's and the Pentagon's accounts part; the corpus counts "
        "sit far below the official tallies because a corpus reports only the attacks "
        "that made the news."),
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
    """Run *nb* in place in ``notebooks/`` as ``conflictlib report`` does (same kernel
    environment, IPC sockets: no warnings from the kernel)."""
    sys.path.insert(0, str(ROOT))
    from conflictlib.report import _execute

    _execute(nb, NOTEBOOKS)


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
