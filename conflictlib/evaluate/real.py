"""Score the extractor on real reporting: a gold file plus a folder of texts.

The gold (``benchmarks/real/gold.jsonl``, see ``benchmarks/real/README.md``) is a careful
analyst's reading of real articles, one record per article with its ``attacks``, ``claims``,
``casualties``, ``deployments`` and ``tallies``.  Each text is parsed on its own, with no
publication date but what the text shows (as a scraped page would be), and its rows are
paired with the gold's, table by table:

- events with attacks: the same place, or the same country where one side names no place
  (never two different places or countries); among those, the pair that agrees on most of
  date, weapon and perpetrator first;
- claims by speaker and stance; casualties by killed and wounded; deployments by country and
  troops; tallies by count.

Names are compared through the lookup tables (``resolve_place`` / ``resolve_actor``; a
state as perpetrator means its military), then by folded spelling.  The report gives
precision, recall and F1 per table, the accuracy of date, weapon, perpetrator, place and
status on paired events, and per article the missed and spurious rows with the rule and
sentence of each spurious row, so that errors can be studied by class.

    python -m conflictlib.evaluate --gold benchmarks/real/gold.jsonl --texts benchmarks/real/texts --split dev
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import TableScore, _na

#: The tables whose rows' precision is counted by rule (``--by-rule``).
RULE_TABLES = ("events", "claims")
TABLES = ("events", "claims", "casualties", "deployments", "tallies")
GOLD_TABLE = {"events": "attacks", "claims": "claims", "casualties": "casualties",
              "deployments": "deployments", "tallies": "tallies"}
ACCURACY_FIELDS = ("date", "weapon", "perpetrator", "place", "status")
#: Fields compared on paired tallies (tallies pair by count): the day or month a count starts
#: from ("since October 17").  A researcher charts a running count against its start.
TALLY_FIELDS = ("since",)


def _fold(s: str) -> str:
    from .._text import name_key

    return name_key(s)


@cache
def _place(name: str | None) -> str | None:
    import conflictlib as cl

    if name is None:
        return None
    return cl.resolve_place(name) or _fold(name)


@cache
def _actor(name: str | None) -> str | None:
    """Canonical actor; a state as an attacker is its military ("United States" = "US military")."""
    import conflictlib as cl
    from ..lookup import gazetteer, kinds as K

    if name is None:
        return None
    canon = cl.resolve_actor(name)
    if canon is None:
        return _fold(name)
    g = gazetteer()
    a = g.actor_by_name.get(canon)
    if a is not None and a.kind == K.STATE:
        m = g.military(a.name)
        if m is not None:
            return m.name
    return canon


def _country(name: str | None) -> str | None:
    return None if name is None else _fold(name)


def _date(v: Any) -> str | None:
    return None if _na(v) else str(v)[:10]


def _same_date(gold: str | None, got: str | None) -> bool:
    """A gold date of month ("2023-12") or year precision matches any day of it."""
    if gold is None or got is None:
        return gold == got
    return got[:len(gold)] == gold


def _val(v: Any) -> Any:
    return None if _na(v) else (int(v) if isinstance(v, float) and v.is_integer() else v)


# -- pairing ----------------------------------------------------------------------------------

def _event_score(g: dict[str, Any], x: dict[str, Any]) -> float | None:
    """How well an extracted event *x* fits a gold attack *g*, or None if they cannot be one."""
    gp, xp = _place(g.get("place")), _place(_val(x.get("place")))
    gc, xc = _country(g.get("country")), _country(_val(x.get("country")))
    if gc and xc and gc != xc:
        return None
    if gp and xp and gp != xp:
        return None
    score = 0.0
    if gp and gp == xp:
        score += 3
    elif gc and gc == xc:
        score += 1
    elif (gp or gc) and (xp or xc):
        return None  # places on both sides that never meet
    gd, xd = g.get("date"), _date(x.get("date"))
    if gd and xd:
        score += 2 if _same_date(gd, xd) else -1
    if g.get("weapon") and g["weapon"] == _val(x.get("weapon")) and g["weapon"] != "unknown":
        score += 1
    gpe, xpe = _actor(g.get("perpetrator")), _actor(_val(x.get("perpetrator")))
    if gpe and gpe == xpe:
        score += 1
    if score <= 0 and not (gp or gc) and not (xp or xc):
        return None  # nothing ties a place-less pair
    return score


def _key_score(keys: Callable[[dict[str, Any]], tuple], g: dict[str, Any], x: dict[str, Any]) -> float | None:
    return 1.0 if keys(g) == keys(x) else None


def _pair_casualties(gold: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[tuple[int, int | tuple[int, int]]]:
    """Casualty pairs by (killed, wounded); a gold figure with both killed and wounded may
    also pair with a killed row and a wounded row of one sentence ("three soldiers were
    killed and more than 40 wounded" is one figure to the analyst, two rows to the tables),
    or of one attack told in two sentences ("killed three soldiers. ... left 34 others
    wounded": the rows' ``event_id`` is the same)."""
    pairs: list[tuple[int, int | tuple[int, int]]] = list(_pair(gold, got, _SCORERS["casualties"]))
    used_g = {i for i, _ in pairs}
    used_x = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i in used_g or g.get("killed") is None or g.get("wounded") is None:
            continue
        k = next((j for j, x in enumerate(got) if j not in used_x and _val(x.get("killed")) == g["killed"]
                  and _val(x.get("wounded")) is None), None)
        if k is None:
            continue
        w = next((j for j, x in enumerate(got) if j not in used_x and _val(x.get("wounded")) == g["wounded"]
                  and _val(x.get("killed")) is None and (x.get("text") == got[k].get("text") or (
                      _val(x.get("event_id")) is not None and _val(x.get("event_id")) == _val(got[k].get("event_id"))))),
                 None)
        if w is None:
            continue
        used_g.add(i)
        used_x.update((k, w))
        pairs.append((i, (k, w)))
    return pairs


def _pair(gold: list[dict[str, Any]], got: list[dict[str, Any]],
          score: Callable[[dict[str, Any], dict[str, Any]], float | None]) -> list[tuple[int, int]]:
    """Pairs (gold index, got index), best scores first, each row used once."""
    cands = []
    for i, g in enumerate(gold):
        for j, x in enumerate(got):
            s = score(g, x)
            if s is not None:
                cands.append((-s, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_x: set[int] = set()
    out = []
    for _, i, j in cands:
        if i not in used_g and j not in used_x:
            used_g.add(i)
            used_x.add(j)
            out.append((i, j))
    return out


def _claim_key(r: dict[str, Any]) -> tuple:
    return (_actor(_val(r.get("speaker"))), _val(r.get("stance")))


def _casualty_key(r: dict[str, Any]) -> tuple:
    return (_val(r.get("killed")), _val(r.get("wounded")))


def _deployment_key(r: dict[str, Any]) -> tuple:
    return (_country(_val(r.get("country"))), _val(r.get("troops")))


def _tally_key(r: dict[str, Any]) -> tuple:
    return (_val(r.get("count")),)


_SCORERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], float | None]] = {
    "events": _event_score,
    "claims": lambda g, x: _key_score(_claim_key, g, x),
    "casualties": lambda g, x: _key_score(_casualty_key, g, x),
    "deployments": lambda g, x: _key_score(_deployment_key, g, x),
    "tallies": lambda g, x: _key_score(_tally_key, g, x),
}


def _field_ok(name: str, g: dict[str, Any], x: dict[str, Any]) -> bool:
    if name == "date":
        return _same_date(g.get("date"), _date(x.get("date")))
    if name == "place":
        return _place(g.get("place")) == _place(_val(x.get("place")))
    if name == "perpetrator":
        return _actor(g.get("perpetrator")) == _actor(_val(x.get("perpetrator")))
    return g.get(name) == _val(x.get(name))


# -- results ----------------------------------------------------------------------------------

@dataclass
class ArticleResult:
    article_id: str
    missed: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    spurious: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    wrong_fields: list[tuple[str, Any, Any]] = field(default_factory=list)


@dataclass
class RealReport:
    split: str
    n_articles: int
    tables: dict[str, TableScore]
    fields: dict[str, tuple[int, int]]   # field -> (right, paired)
    articles: list[ArticleResult]
    #: table -> rule -> (rows a gold row pairs with, rows): which rules a researcher can trust
    by_rule: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    #: records of the split left out because their text is missing (``--skip-missing``)
    missing: list[str] = field(default_factory=list)
    #: field -> (right, paired) on paired tallies (see TALLY_FIELDS)
    tally_fields: dict[str, tuple[int, int]] = field(default_factory=dict)

    def rule_text(self) -> str:
        """Precision by rule of the events and claims rows, most rows first."""
        lines = []
        for t, rules in self.by_rule.items():
            lines.append(f"\n{t} rows by rule{'':24s} right  rows  precision")
            for rule, (ok, n) in sorted(rules.items(), key=lambda kv: (-kv[1][1], kv[0])):
                lines.append(f"  {rule:36s} {ok:5d} {n:5d}  {ok / n:9.2f}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        def num(v: float) -> float | None:
            return None if math.isnan(v) else round(v, 3)

        return {
            "split": self.split, "articles": self.n_articles, "missing": self.missing,
            "tables": {t: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": num(c.precision),
                           "recall": num(c.recall), "f1": num(c.f1)} for t, c in self.tables.items()},
            "field_accuracy": {f: (num(r / n) if n else None) for f, (r, n) in self.fields.items()},
            "tally_field_accuracy": {f: (num(r / n) if n else None) for f, (r, n) in self.tally_fields.items()},
            "by_rule": {t: {rule: {"right": ok, "rows": n} for rule, (ok, n) in rules.items()}
                        for t, rules in self.by_rule.items()},
        }

    def to_text(self, show: int = 0) -> str:
        lines = [f"real reporting, split {self.split}: {self.n_articles} articles" + missing_text(self.missing), "",
                 f"{'table':12s} {'precision':>9s} {'recall':>7s} {'F1':>6s}   tp   fp   fn"]
        for t, c in self.tables.items():
            lines.append(f"{t:12s} {c.precision:9.2f} {c.recall:7.2f} {c.f1:6.2f} {c.tp:4d} {c.fp:4d} {c.fn:4d}")
        lines.append("")
        lines.append("field accuracy on paired events: " + ", ".join(
            f"{f} {r / n:.2f}" if n else f"{f} -" for f, (r, n) in self.fields.items()))
        lines.append("field accuracy on paired tallies: " + ", ".join(
            f"{f} {r / n:.2f} ({r} of {n})" if n else f"{f} -" for f, (r, n) in self.tally_fields.items()))
        shown = 0
        for a in self.articles:
            if shown >= show:
                break
            if not any(a.missed.values()) and not any(a.spurious.values()) and not a.wrong_fields:
                continue
            shown += 1
            lines.append(f"\n== {a.article_id}")
            for t in TABLES:
                for g in a.missed.get(t, []):
                    lines.append(f"  missed   {t:11s} {_brief(t, g)}")
                for x in a.spurious.get(t, []):
                    lines.append(f"  spurious {t:11s} {_brief(t, x)}  [{x.get('rule')}] {str(x.get('text'))[:160]!r}")
            for f, gv, xv in a.wrong_fields:
                lines.append(f"  field    {f:11s} gold {gv!r} got {xv!r}")
        return "\n".join(lines)


def _brief(table: str, r: dict[str, Any]) -> str:
    cols = {"events": ("date", "weapon", "perpetrator", "place", "country", "status"),
            "claims": ("speaker", "stance"), "casualties": ("killed", "wounded", "qualifier"),
            "deployments": ("force", "country", "troops"), "tallies": ("count", "scope", "since")}[table]
    return " ".join(f"{c}={_val(r.get(c))}" if c not in ("date", "since") else f"{c}={_date(r.get(c))}"
                    for c in cols if not _na(r.get(c)))


def load_gold(path: str | Path, split: str = "dev") -> list[dict[str, Any]]:
    """The records of a gold file in *split* ("dev", "test" or "all")."""
    recs = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in recs if split == "all" or r.get("split") == split]


def missing_text(missing: list[str]) -> str:
    """The header's note of the records left out for a missing text ("" when none)."""
    return f" ({len(missing)} left out, text missing: {' '.join(missing)})" if missing else ""


def with_texts(records: list[dict[str, Any]], texts_dir: str | Path,
               skip_missing: bool) -> tuple[list[dict[str, Any]], list[str]]:
    """The records whose text ``ID.txt`` is in *texts_dir*, and the ids of those whose text is not.

    A text missing is an error unless *skip_missing*: a page that the search tool no longer
    returns as it was annotated cannot be fetched again, and a score without it must say so."""
    kept, missing = [], []
    for rec in records:
        path = Path(texts_dir) / f"{rec['id']}.txt"
        if path.exists():
            kept.append(rec)
        elif skip_missing:
            missing.append(rec["id"])
        else:
            raise FileNotFoundError(f"{path}: text of {rec['id']} missing (see benchmarks/real/check_texts.py;"
                                    " --skip-missing scores the others)")
    return kept, missing


def score_real(gold_path: str | Path, texts_dir: str | Path, *, split: str = "dev",
               config: Any = None, skip_missing: bool = False) -> RealReport:
    """Parse every text of *split* and score it against the gold (with *skip_missing*, the
    records whose text is missing are left out and listed in the report's ``missing``)."""
    import conflictlib as cl

    records, missing = with_texts(load_gold(gold_path, split), texts_dir, skip_missing)
    tables = {t: TableScore() for t in TABLES}
    fields = {f: [0, 0] for f in ACCURACY_FIELDS}
    tally_fields = {f: [0, 0] for f in TALLY_FIELDS}
    by_rule: dict[str, dict[str, list[int]]] = {t: {} for t in RULE_TABLES}
    articles = []
    for rec in records:
        text = (Path(texts_dir) / f"{rec['id']}.txt").read_text(encoding="utf-8")
        x = cl.parse_text(text, article_id=rec["id"], **({"config": config} if config is not None else {}))
        res = ArticleResult(rec["id"])
        for t in TABLES:
            gold = rec["gold"][GOLD_TABLE[t]]
            got = getattr(x, t).to_dict("records")
            pairs: list[tuple[int, Any]] = (_pair_casualties(gold, got) if t == "casualties"
                                             else list(_pair(gold, got, _SCORERS[t])))
            paired_g = {i for i, _ in pairs}
            paired_x = {k for _, j in pairs for k in (j if isinstance(j, tuple) else (j,))}
            c = tables[t]
            c.tp += len(pairs)
            c.fn += len(gold) - len(pairs)
            c.fp += len(got) - len(paired_x)
            if t in by_rule:
                for j, r in enumerate(got):
                    counts = by_rule[t].setdefault(str(r.get("rule")), [0, 0])
                    counts[0] += j in paired_x
                    counts[1] += 1
            res.missed[t] = [g for i, g in enumerate(gold) if i not in paired_g]
            res.spurious[t] = [r for j, r in enumerate(got) if j not in paired_x]
            if t == "tallies":
                for i, j in pairs:
                    ok = _same_date(gold[i].get("since"), _date(got[j].get("since")))
                    tally_fields["since"][0] += ok
                    tally_fields["since"][1] += 1
                    if not ok:
                        res.wrong_fields.append(("since", gold[i].get("since"), _date(got[j].get("since"))))
            if t == "events":
                for i, j in pairs:
                    for f in ACCURACY_FIELDS:
                        ok = _field_ok(f, gold[i], got[j])
                        fields[f][0] += ok
                        fields[f][1] += 1
                        if not ok:
                            res.wrong_fields.append((f, gold[i].get(f), _val(got[j].get(f)) if f != "date"
                                                     else _date(got[j].get(f))))
        articles.append(res)
    return RealReport(split, len(records), tables, {f: (r, n) for f, (r, n) in fields.items()}, articles,
                      {t: {rule: (ok, n) for rule, (ok, n) in rules.items()} for t, rules in by_rule.items()},
                      missing, {f: (r, n) for f, (r, n) in tally_fields.items()})


def main(argv: Sequence[str]) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m conflictlib.evaluate --gold", description=__doc__.split("\n")[0])
    p.add_argument("--gold", required=True, help="gold file (JSON lines, see benchmarks/real/README.md)")
    p.add_argument("--texts", required=True, help="folder of the texts, one ID.txt per record")
    p.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    p.add_argument("--show", type=int, default=0, metavar="N", help="list the errors of the first N articles with any")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--by-rule", action="store_true", help="also print the precision of each rule's events and claims rows")
    p.add_argument("--skip-missing", action="store_true", help="leave out (and list) the records whose text is missing")
    args = p.parse_args(argv)
    report = score_real(args.gold, args.texts, split=args.split, skip_missing=args.skip_missing)
    print(json.dumps(report.to_dict(), indent=2) if args.json else
          report.to_text(args.show) + (report.rule_text() if args.by_rule else ""))
    return 0
