"""Score linking on real reporting: do the reports of one attack end up in one incident?

The clusters file (``benchmarks/real/gold_clusters.jsonl``, see ``benchmarks/real/README.md``) holds
one record per report: its ``incident`` label (shared by every report of the same attack), its
``role`` (``member`` or ``distractor``: another attack on the same base or the same week) and
``reading``, the report's own date, place, country and weapon of that attack.

How a report gets its predicted incident:

1. Every text of the split is parsed (one article per ``ID.txt``, with no publication date but
   what the text shows, as a scraped page would be) and the whole split is linked at once
   (:func:`conflictlib.link`), so that each report's events meet the events of all others.
2. The report's *labelled event* is the event of its article that is about the labelled
   attack, picked with the report's own ``reading``: an event whose place or country
   contradicts the reading is never picked (the city or governorate of the reading's site,
   "Erbil" for the Erbil airport, does not contradict it); among the others the one that
   agrees on most of place (5: more than all the others; 3 for the site's city or
   governorate), country (1), date (2 if equal, 1 a day apart, -1 otherwise), weapon (1) wins, ties
   to the first event of the article; an event whose weapon contradicts the reading's (other
   than the way outlets differ: rockets or missiles, drone or air strike), or whose attacker
   is of another side than the reading's, is never picked.  A report with no such event (the extractor missed the
   attack, or got it as another place) is a **singleton**: its own predicted incident.
3. The report's predicted cluster is every report whose labelled event lies in the same
   incident.

B-cubed over reports: for each report, precision is the share of its predicted cluster that
shares its gold label, recall the share of its gold cluster that is in its predicted cluster;
both are averaged over reports and F1 is their harmonic mean.  The **never-merge** baseline
(every report alone) is printed beside them: precision 1, recall the mean of one over the gold
cluster's size.

    python -m conflictlib.evaluate --clusters benchmarks/real/gold_clusters.jsonl --texts benchmarks/real/texts --split dev
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..incidents.reports import WEAPON_FAMILIES
from .real import _actor, _country, _date, _na, _place, _val, load_gold, missing_text, with_texts

__all__ = ["BCubed", "ClusterReport", "b_cubed", "labelled_event", "load_clusters", "score_clusters"]


@dataclass(frozen=True)
class BCubed:
    """B-cubed precision, recall and F1 of a clustering."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def b_cubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """B-cubed of *pred* (item -> predicted cluster) against *gold* (item -> gold cluster),
    averaged over the items of *gold* (an item missing from *pred* is a singleton)."""
    items = list(gold)
    if not items:
        return BCubed(1.0, 1.0)
    label = {i: pred.get(i, f"\0{i}") for i in items}
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[label[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        pc, gc = by_pred[label[i]], by_gold[gold[i]]
        both = len(pc & gc)
        p += both / len(pc)
        r += both / len(gc)
    return BCubed(p / len(items), r / len(items))


def _event_fit(reading: Mapping[str, Any], ev: Mapping[str, Any]) -> float | None:
    """How well event *ev* fits a report's *reading* of its attack, or None if it cannot."""
    rp, xp = _place(reading.get("place")), _place(_val(ev.get("place")))
    rc, xc = _country(reading.get("country")), _country(_val(ev.get("country")))
    if rc and xc and rc != xc:
        return None
    within = rp is not None and xp is not None and rp != xp and _within(rp, xp)
    if rp and xp and rp != xp and not within:
        return None
    score = 0.0
    if rp and rp == xp:
        score += 5  # the same place outweighs country, date and weapon together
    elif within:
        score += 3  # the city or governorate of the reading's site: less precise, no contradiction
    elif rc and rc == xc:
        score += 1
    elif (rp or rc) and (xp or xc):
        return None
    rd, xd = reading.get("date"), _date(ev.get("date"))
    if rd and xd:
        gap = abs((dt.date.fromisoformat(rd[:10]) - dt.date.fromisoformat(xd)).days)
        score += 2 if gap == 0 else 1 if gap == 1 else -1
    rs, xs = _side(reading.get("perpetrator")), _val(ev.get("perpetrator_side")) or _side(_val(ev.get("perpetrator")))
    if rs and xs and rs != xs:
        return None  # the other side's attack (a militia drone beside the US strike of the reading)
    w, xw = reading.get("weapon"), _val(ev.get("weapon"))
    if w and w != "unknown" and xw and xw != "unknown" and w != xw and not any(
            {w, xw} <= fam for fam in WEAPON_FAMILIES):
        return None  # another attack of the article (a US strike beside a militia attack)
    if w and w != "unknown" and w == xw:
        score += 1
    if score <= 0:
        return None
    return score


def _side(actor: str | None) -> str | None:
    """The side of an attacker named in a reading or an event ("US military": us-led)."""
    from ..lookup import gazetteer

    name = _actor(actor) if actor else None
    a = gazetteer().actor_by_name.get(name) if name else None
    return a.side if a is not None else None


def _within(site: str, area: str) -> bool:
    """*area* is the city or governorate of *site* ("Erbil" for "Erbil International Airport"),
    as linking reads a site and its city (:data:`conflictlib.incidents.CITY_KM`)."""
    from ..incidents.common import _AREA_KINDS, CITY_KM, _km
    from ..lookup import gazetteer

    g = gazetteer()
    s, a = g.place_by_name.get(site), g.place_by_name.get(area)
    if s is None or a is None or a.kind not in _AREA_KINDS or s.kind in _AREA_KINDS:
        return False
    if not s.admin1 or s.admin1 != a.admin1:
        return False
    if a.kind == "admin1" or s.lat is None or s.lon is None or a.lat is None or a.lon is None:
        return True
    return _km(s.lat, s.lon, a.lat, a.lon) <= CITY_KM


def labelled_event(reading: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> int | None:
    """Index in *events* of the event about the attack of *reading* (see the module docstring)."""
    best: tuple[float, int] | None = None
    for n, ev in enumerate(events):
        s = _event_fit(reading, ev)
        if s is not None and (best is None or s > best[0]):
            best = (s, n)
    return None if best is None else best[1]


@dataclass
class ClusterReport:
    split: str
    n_reports: int
    n_incidents: int
    scores: BCubed
    baseline: BCubed
    unmatched: list[str] = field(default_factory=list)
    predicted: dict[str, str] = field(default_factory=dict)  # report -> predicted incident
    gold: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)    # predicted incident -> link_reason
    missing: list[str] = field(default_factory=list)         # left out: text missing (--skip-missing)

    def to_dict(self) -> dict[str, Any]:
        def s(b: BCubed) -> dict[str, float]:
            return {"precision": round(b.precision, 3), "recall": round(b.recall, 3), "f1": round(b.f1, 3)}

        return {"split": self.split, "reports": self.n_reports, "gold_incidents": self.n_incidents,
                "b_cubed": s(self.scores), "never_merge": s(self.baseline),
                "without_labelled_event": len(self.unmatched), "missing": self.missing}

    def to_text(self, show: bool = False) -> str:
        lines = [f"incident clusters, split {self.split}: {self.n_reports} reports of "
                 f"{self.n_incidents} gold incidents" + missing_text(self.missing),
                 f"{'':14s} {'precision':>9s} {'recall':>7s} {'F1':>6s}"]
        for name, b in (("linking", self.scores), ("never merge", self.baseline)):
            lines.append(f"{name:14s} {b.precision:9.3f} {b.recall:7.3f} {b.f1:6.3f}")
        lines.append(f"reports without an event about their attack (singletons): {len(self.unmatched)}")
        if show:
            by_gold: dict[str, list[str]] = defaultdict(list)
            for rid, g in self.gold.items():
                by_gold[g].append(rid)
            for g, rids in sorted(by_gold.items()):
                lines.append(f"\n== {g}")
                for rid in sorted(rids):
                    p = self.predicted.get(rid)
                    lines.append(f"  {rid}  -> {p or '(no event)'}  {self.reasons.get(p or '', '')}")
        return "\n".join(lines)


def load_clusters(path: str | Path, split: str = "dev") -> list[dict[str, Any]]:
    """The records of a clusters file in *split* ("dev", "test" or "all")."""
    return load_gold(path, split)


def score_clusters(clusters_path: str | Path, texts_dir: str | Path, *, split: str = "dev",
                   config: Any = None, published: str = "text", skip_missing: bool = False) -> ClusterReport:
    """Parse the texts of *split*, link them, and score report -> incident with B-cubed.

    *published*: ``"text"`` (default) gives the parse only what the text shows; ``"url"``
    also gives each record's ``url``, as a scraped archive keeps it (its day dates an article
    whose text shows none); ``"gold"`` also passes each record's ``published`` (the date an
    analyst read in the text), to measure linking as if publication dates were always inferred.
    With *skip_missing*, the records whose text is missing are left out and listed in ``missing``.
    """
    import conflictlib as cl
    from ..corpus import Corpus, article_from_text

    records, missing = with_texts(load_clusters(clusters_path, split), texts_dir, skip_missing)
    arts, errs = [], []
    for rec in records:
        path = Path(texts_dir) / f"{rec['id']}.txt"
        pub = rec.get("published") if published == "gold" else None
        art, read_errors = article_from_text(path.read_text(encoding="utf-8"), article_id=rec["id"],
                                             published=dt.date.fromisoformat(pub) if pub else None,
                                             url=rec.get("url") if published == "url" else None)
        arts.append(art)
        errs += read_errors
    x = cl.parse(Corpus(arts, errs), **({"config": config} if config is not None else {}))
    inc = x.incidents
    of_event: dict[str, str] = {}
    reasons: dict[str, str] = {}
    has_reason = "link_reason" in inc.columns
    for row in inc.to_dict("records"):
        for e in str(row["event_ids"]).split("; "):
            of_event[e] = str(row["incident_id"])
        if has_reason and not _na(row["link_reason"]):
            reasons[str(row["incident_id"])] = str(row["link_reason"])
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev in x.events.to_dict("records"):
        events[str(ev["article_id"])].append(ev)
    gold = {r["id"]: r["incident"] for r in records}
    pred: dict[str, str] = {}
    unmatched = []
    for rec in records:
        evs = events.get(rec["id"], [])
        n = labelled_event(rec.get("reading") or {}, evs)
        if n is None:
            unmatched.append(rec["id"])
            continue
        pred[rec["id"]] = of_event.get(str(evs[n]["event_id"]), f"\0{rec['id']}")
    baseline = b_cubed({}, gold)
    return ClusterReport(split, len(records), len(set(gold.values())), b_cubed(pred, gold), baseline,
                         unmatched, pred, gold, reasons, missing)


def main(argv: Sequence[str]) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m conflictlib.evaluate --clusters",
                                description=__doc__.split("\n")[0])
    p.add_argument("--clusters", required=True, help="clusters file (JSON lines, see benchmarks/real/README.md)")
    p.add_argument("--texts", required=True, help="folder of the texts, one ID.txt per record")
    p.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    p.add_argument("--published", default="text", choices=("text", "url", "gold"),
                   help="publication dates: only what the text shows (default), also the day in the record's url, or the record's own")
    p.add_argument("--show", action="store_true", help="list each gold incident's reports and their incidents")
    p.add_argument("--skip-missing", action="store_true", help="leave out (and list) the records whose text is missing")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = p.parse_args(argv)
    report = score_clusters(args.clusters, args.texts, split=args.split, published=args.published,
                            skip_missing=args.skip_missing)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text(args.show))
    return 0
