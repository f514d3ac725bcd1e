"""link(): the reports of one attack merged into one incident row, with its evidence."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from ..schema import JOIN
from .clusters import _cluster
from .common import (_PRECISION, _SITE, INCIDENT_COLUMNS, _date, _most_common, _na, _side_of, _split, _str,
                     _unique)
from .reports import _reports, _Rules

if TYPE_CHECKING:
    import pandas as pd

    from .._parse import Parsed

def _perpetrator(names: list[str], g: Any) -> str | None:
    """The most specific named perpetrator among *names* (in report order)."""
    names = [n for n in names if n]
    if not names:
        return None

    def kind(n: str) -> str:
        a = g.actor_by_name.get(n)
        return a.kind if a is not None else "armed group"

    def ancestors(n: str) -> set[str]:
        seen: set[str] = set()
        a = g.actor_by_name.get(n)
        while a is not None and a.parent and a.parent not in seen:
            seen.add(a.parent)
            a = g.actor_by_name.get(a.parent)
        return seen

    named = [n for n in names if kind(n) != "generic"] or names
    parents = set().union(*(ancestors(n) for n in named))
    specific = [n for n in named if n not in parents] or named
    return _most_common(specific)


def _figures(values: list[int]) -> tuple[int, int, int] | None:
    """(low, best, high) of the figures reports give; best is the most frequent
    figure, or on a tie the lower median (always a reported figure, never a sum)."""
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    modes = [v for v in counts if counts[v] == top]
    best = modes[0] if len(modes) == 1 else statistics.median_low(values)
    return min(values), int(best), max(values)


def _grade(claimed_by: list[str], confirmed_by: list[str], denied_by: list[str]) -> str:
    """Airwars-style grade of an incident from who claimed, confirmed and denied it."""
    if denied_by and (claimed_by or confirmed_by):
        return "contested"
    if claimed_by and confirmed_by:
        return "claimed+confirmed"
    if claimed_by:
        return "claimed"
    if confirmed_by:
        return "confirmed"
    return "reported"


def link(x: "Parsed", *, days: int = 1, approx_days: int = 7) -> "pd.DataFrame":
    """Merge the event rows of *x* that report the same attack into incidents.

    One row per incident (columns :data:`INCIDENT_COLUMNS`), ordered by date
    (undated last), then by the first report.  *days*: two day dates match
    when less than *days* days apart (1 = the same day; 2 also accepts an
    overnight attack dated a day apart by the two sides).  *approx_days*: how
    far before the Monday of its publication week an undated report ("last
    week") may reach.  See the module docstring for the rules.

    Every incident keeps its evidence: ``event_ids`` and ``article_ids`` list
    every report.  ``claimed_by``/``confirmed_by``/``denied_by`` gather the
    events' own lists and the ``x.claims`` rows that link to them; ``grade`` is
    one of :data:`GRADES`; casualty figures that differ between reports
    become low (min), best (most frequent, or the lower median on a tie) and
    high (max), NA when no report gives a figure.
    """
    import pandas as pd

    from ..lookup import gazetteer

    if int(days) < 1:
        raise ValueError(f"days must be at least 1, not {days!r}")
    if int(approx_days) < 0:
        raise ValueError(f"approx_days must be 0 or more, not {approx_days!r}")
    g = gazetteer(x.config)
    reports = _reports(x)
    clusters = _cluster(reports, _Rules(int(days), int(approx_days)))

    events = {str(r["event_id"]): r for r in x.events.to_dict("records")}
    arts = x.articles.set_index(x.articles["article_id"].astype(str))
    source = {a: (_str(s) or a) for a, s in zip(arts.index, arts["source"])}
    published = {a: _date(p) for a, p in zip(arts.index, arts["published"])}
    said: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for rec in x.claims.to_dict("records"):
        speaker = _str(rec["speaker"])
        if not speaker:
            continue
        for eid in _split(rec["event_ids"]):
            said[eid][_str(rec["stance"]) or ""].append(speaker)
    figures: dict[str, dict[str, set[int]]] = defaultdict(lambda: {"killed": set(), "wounded": set()})
    for rec in x.casualties.to_dict("records"):
        if not _na(rec["cumulative"]) and bool(rec["cumulative"]):
            continue
        for eid in _split(rec["event_id"]):
            for col in ("killed", "wounded"):
                if not _na(rec[col]):
                    figures[eid][col].add(int(rec[col]))

    rows = []
    for members in clusters:
        reps = [reports[i] for i in members]
        recs = [events[r.event_id] for r in reps]
        best_level = max(r.date_level for r in reps)
        dated = [r.date for r in reps if r.date_level == best_level and r.date is not None]
        date = _most_common(sorted(dated)) if dated else None
        place_level = max(r.place_level for r in reps)
        placed = [r for r in reps if r.place_level == place_level and r.place]
        place = _most_common(r.place for r in placed)
        where = next((r for r in placed if r.place == place), None)
        p = g.place_by_name.get(place) if place else None
        country = _most_common(r.country for r in reps)
        claimed, confirmed, denied = [], [], []
        killed: list[int] = []
        wounded: list[int] = []
        for r, rec in zip(reps, recs):
            claimed += _split(rec["claimed_by"]) + said[r.event_id]["claim"]
            confirmed += _split(rec["confirmed_by"]) + said[r.event_id]["confirm"]
            denied += _split(rec["denied_by"]) + said[r.event_id]["deny"]
            k = set(figures[r.event_id]["killed"])
            w = set(figures[r.event_id]["wounded"])
            if not _na(rec["killed"]):
                k.add(int(rec["killed"]))
            if not _na(rec["wounded"]):
                w.add(int(rec["wounded"]))
            killed += sorted(k)
            wounded += sorted(w)
        claimed, confirmed, denied = _unique(claimed), _unique(confirmed), _unique(denied)
        perp = _perpetrator([_str(rec["perpetrator"]) for rec in recs], g)  # type: ignore[misc]
        side = _side_of(perp, g) or _most_common(r.side for r in reps)
        art_ids = _unique(r.article_id for r in reps)
        pubs = [d for a in art_ids if (d := published.get(a)) is not None]
        kf, wf = _figures(killed), _figures(wounded)
        rows.append({
            "date": date, "date_precision": _PRECISION[best_level] if date else "unknown",
            "place": place, "country": country,
            "admin1": (p.admin1 if p else None) or (where.admin1 if where else None)
            or _most_common(r.admin1 for r in reps if r.place_level == _SITE),
            "lat": (p.lat if p else None) or (where.lat if where else None),
            "lon": (p.lon if p else None) or (where.lon if where else None),
            "weapon": _most_common(r.weapon for r in reps) or "unknown",
            "perpetrator": perp, "perpetrator_side": side,
            "target": _most_common(_str(rec["target"]) for rec in recs),
            "n_reports": len(reps),
            "n_sources": len({source.get(a, a) for a in art_ids}),
            "first_reported": min(pubs) if pubs else None,
            "last_reported": max(pubs) if pubs else None,
            "event_ids": JOIN.join(r.event_id for r in reps),
            "article_ids": JOIN.join(art_ids),
            "claimed_by": JOIN.join(claimed) or None,
            "confirmed_by": JOIN.join(confirmed) or None,
            "denied_by": JOIN.join(denied) or None,
            "grade": _grade(claimed, confirmed, denied),
            "killed_low": kf[0] if kf else None, "killed_best": kf[1] if kf else None,
            "killed_high": kf[2] if kf else None,
            "wounded_low": wf[0] if wf else None, "wounded_best": wf[1] if wf else None,
            "wounded_high": wf[2] if wf else None,
            "_order": (date or dt.date.max, reps[0].order),
        })
    rows.sort(key=lambda r: r.pop("_order"))
    width = max(4, len(str(len(rows))))
    for n, row in enumerate(rows, 1):
        row["incident_id"] = f"i{n:0{width}d}"
    df = pd.DataFrame.from_records(rows, columns=list(INCIDENT_COLUMNS))
    for col, dtype in INCIDENT_COLUMNS.items():
        if dtype.startswith("datetime"):
            df[col] = pd.to_datetime(df[col], errors="coerce").astype(dtype)
        else:
            df[col] = df[col].astype(dtype)
    return df
