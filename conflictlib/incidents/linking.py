"""link(): the reports of one attack merged into one incident row, with its evidence."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from typing import TYPE_CHECKING, Any

from ..schema import JOIN
from .clusters import _cluster
from .common import (_PRECISION, _SITE, INCIDENT_COLUMNS, _date, _most_common, _side_of, _split, _str,
                     _unique)
from .reports import _column, _reports, _Rules

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
    clusters, reasons = _cluster(reports, _Rules(int(days), int(approx_days)))

    # Each table is read once, into lists, and let go: a streamed parse gives its tables from
    # files (conflictlib/linkdata.py), and none is then held while the rows are built.
    ev = x.events
    row_of = {str(e): n for n, e in enumerate(_column(ev, "event_id"))}  # the reports' own strings
    ecol = {c: _column(ev, c) for c in ("claimed_by", "confirmed_by", "denied_by", "killed",
                                         "wounded", "perpetrator", "target")}
    del ev
    arts = x.articles
    art_ids_all = arts["article_id"].astype(str).tolist()
    source = {a: (_str(s) or a) for a, s in zip(art_ids_all, _column(arts, "source"))}
    published = {a: _date(p) for a, p in zip(art_ids_all, _column(arts, "published"))}
    del arts, art_ids_all
    # What the claims rows say of each event and the casualty rows' figures, as flat tuples
    # (not a dict of lists, or of sets, per event: at archive scale they are hundreds of
    # thousands of events, and the small containers doubled this part of linking's memory).
    said: dict[str, tuple[tuple[str, str], ...]] = {}  # event -> ((stance, speaker), ...), in row order
    claims = x.claims
    if len(claims):
        pairs: dict[tuple[str, str], tuple[str, str]] = {}  # one tuple per (stance, speaker)
        for speaker, eids, stance in zip(_column(claims, "speaker"), _column(claims, "event_ids"),
                                         _column(claims, "stance")):
            if not speaker:
                continue
            pair = (_str(stance) or "", str(speaker))
            pair = pairs.setdefault(pair, pair)
            for eid in _split(eids):
                said[eid] = said.get(eid, ()) + (pair,)
    del claims
    killed_of: dict[str, tuple[int, ...]] = {}  # event -> the casualty rows' killed figures
    wounded_of: dict[str, tuple[int, ...]] = {}
    cas = x.casualties
    if len(cas):
        for eids, cum, k, w in zip(_column(cas, "event_id"), _column(cas, "cumulative"),
                                   _column(cas, "killed"), _column(cas, "wounded")):
            if cum:
                continue
            for eid in _split(eids):
                if k is not None:
                    killed_of[eid] = killed_of.get(eid, ()) + (int(k),)
                if w is not None:
                    wounded_of[eid] = wounded_of.get(eid, ()) + (int(w),)
    del cas

    # One list per column, not a dict per incident: at archive scale (hundreds of thousands of
    # incidents) the rows are what linking holds last, and a dict of thirty keys per incident
    # doubled linking's peak memory.
    table: dict[str, list[Any]] = {c: [] for c in INCIDENT_COLUMNS if c != "incident_id"}
    order: list[tuple[dt.date, tuple[Any, ...]]] = []  # (date, first report): the rows' order
    left: list[Any] = reports  # each report is read once, by its cluster, then let go
    del reports
    for members in clusters:
        reps = [left[i] for i in members]
        for i in members:
            left[i] = None
        ns = [row_of[r.event_id] for r in reps]
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
        for r, n in zip(reps, ns):
            s_ = said.pop(r.event_id, ())
            claimed += _split(ecol["claimed_by"][n]) + [sp for st, sp in s_ if st == "claim"]
            confirmed += _split(ecol["confirmed_by"][n]) + [sp for st, sp in s_ if st == "confirm"]
            denied += _split(ecol["denied_by"][n]) + [sp for st, sp in s_ if st == "deny"]
            k = set(killed_of.pop(r.event_id, ()))
            w = set(wounded_of.pop(r.event_id, ()))
            if ecol["killed"][n] is not None:
                k.add(int(ecol["killed"][n]))
            if ecol["wounded"][n] is not None:
                w.add(int(ecol["wounded"][n]))
            killed += sorted(k)
            wounded += sorted(w)
        claimed, confirmed, denied = _unique(claimed), _unique(confirmed), _unique(denied)
        perp = _perpetrator([_str(ecol["perpetrator"][n]) for n in ns], g)  # type: ignore[misc]
        side = _side_of(perp, g) or _most_common(r.side for r in reps)
        art_ids = _unique(r.article_id for r in reps)
        pubs = [d for a in art_ids if (d := published.get(a)) is not None]
        kf, wf = _figures(killed), _figures(wounded)
        why = reasons.get(members[0]) or []
        row = {
            "date": date, "date_precision": _PRECISION[best_level] if date else "unknown",
            "place": place, "country": country,
            "admin1": (p.admin1 if p else None) or (where.admin1 if where else None)
            or _most_common(r.admin1 for r in reps if r.place_level == _SITE),
            "lat": (p.lat if p else None) or (where.lat if where else None),
            "lon": (p.lon if p else None) or (where.lon if where else None),
            "weapon": _most_common(r.weapon for r in reps) or "unknown",
            "perpetrator": perp, "perpetrator_side": side,
            "target": _most_common(_str(ecol["target"][n]) for n in ns),
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
            "link_reason": " | ".join(why) if why else ("one report" if len(reps) == 1 else None),
        }
        for col, value in row.items():
            table[col].append(value)
        order.append((date or dt.date.max, reps[0].order))
    # what only the rows needed goes before the columns are built (the peak of linking)
    del left, clusters, reasons, said, killed_of, wounded_of, ecol, row_of, source, published
    ranked = sorted(range(len(order)), key=order.__getitem__)
    del order
    width = max(4, len(str(len(ranked))))
    table["incident_id"] = [f"i{n:0{width}d}" for n in range(1, len(ranked) + 1)]
    columns = {}
    for col, dtype in INCIDENT_COLUMNS.items():
        values = table.pop(col)
        if col != "incident_id":
            values = [values[i] for i in ranked]
        s = pd.Series(values, dtype=object)
        columns[col] = pd.to_datetime(s, errors="coerce").astype(dtype) if dtype.startswith("datetime") \
            else s.astype(dtype)
    return pd.DataFrame(columns, columns=list(INCIDENT_COLUMNS))
