"""Across a corpus: one incident per attack, a claims ledger, official tallies over time.

A corpus holds many reports of the same attack: the militia's claim today, a
Pentagon confirmation tomorrow, a round-up next week.  Counting ``x.events``
rows counts reports; :func:`link` merges the reports of one attack into one
*incident* and keeps the evidence of every report behind it.

Linking rules (two event rows may belong to one incident when all hold):

place
    the same place; or a site and its city (same governorate, within
    :data:`CITY_KM` km) or its governorate; or a place and a report that
    names only the country.  Both rows need at least a country, so a report
    with neither place nor country is never merged with anything.  Two
    different sites are never merged.
date
    two day dates less than *days* days apart (``days=1``: the same day); a
    day and a month (or year) date when the day falls in it; a report with no
    date (precision ``unknown``) only when both rows name the same place,
    and, if the other row has a day date, that day lies between *approx_days*
    days before the Monday of the undated report's publication week and its
    publication ("last week", "earlier this week").
weapon
    equal, or one of them unknown.
perpetrator
    the same side, or one of them unknown.

Merging is agglomerative with complete linkage (every pair of rows in an
incident is compatible), in a fixed order: first rows at the same place on a
compatible day, then each less precise report (a city, a country, a month, no
date) joins the incidents it is compatible with, but only when those
incidents are compatible with each other; a report that could belong to two
different attacks (an "attack in Syria" on a night when two Syrian bases were
hit) stays an incident of its own rather than being guessed into one of them.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Iterable

from .lookup import kinds as K
from .schema import JOIN

if TYPE_CHECKING:
    import pandas as pd

    from ._parse import Parsed

__all__ = ["link", "claims_ledger", "tally_series", "cumulative_counts", "INCIDENT_COLUMNS",
           "GRADES"]

GRADES: Final = ("claimed", "confirmed", "claimed+confirmed", "contested", "reported")
"""Values of ``incidents.grade`` (after Airwars' grading of strikes, adapted)."""

CITY_KM: Final = 60.0
"""A site within this many km of a city (in the same governorate) may be reported as the city."""

INCIDENT_COLUMNS: Final[dict[str, str]] = {
    "incident_id": "string", "date": "datetime64[ns]", "date_precision": "string",
    "place": "string", "country": "string", "admin1": "string", "lat": "Float64", "lon": "Float64",
    "weapon": "string", "perpetrator": "string", "perpetrator_side": "string", "target": "string",
    "n_reports": "Int64", "n_sources": "Int64", "first_reported": "datetime64[ns]",
    "last_reported": "datetime64[ns]", "event_ids": "string", "article_ids": "string",
    "claimed_by": "string", "confirmed_by": "string", "denied_by": "string", "grade": "string",
    "killed_low": "Int64", "killed_best": "Int64", "killed_high": "Int64",
    "wounded_low": "Int64", "wounded_best": "Int64", "wounded_high": "Int64",
}
"""Columns of the incidents table and their dtypes."""

# Place levels: how precisely a report locates an attack.
_SITE, _AREA, _COUNTRY, _NOWHERE = 3, 2, 1, 0
# Date levels.
_DAY, _MONTH, _YEAR, _UNDATED = 3, 2, 1, 0
_DATE_LEVEL: Final = {"day": _DAY, "month": _MONTH, "year": _YEAR}
_PRECISION: Final = {_DAY: "day", _MONTH: "month", _YEAR: "year", _UNDATED: "unknown"}
# Place kinds that name an area (a report of "an attack in Erbil") rather than a site.
_AREA_KINDS: Final = ("city", "admin1")
_SCOPE_ORDER: Final = ("total", "Iraq", "Syria", "Jordan")


def _na(v: Any) -> bool:
    import pandas as pd

    return v is None or (pd.api.types.is_scalar(v) and bool(pd.isna(v)))


def _str(v: Any) -> str | None:
    return None if _na(v) else str(v)


def _split(v: Any) -> list[str]:
    s = _str(v)
    return [p.strip() for p in s.split(JOIN.strip()) if p.strip()] if s else []


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class _Report:
    """One event row, with what linking needs."""

    idx: int
    event_id: str
    article_id: str
    order: tuple
    date: dt.date | None
    date_level: int
    published: dt.date | None
    place: str | None
    place_level: int
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    weapon: str | None
    side: str | None
    is_admin1: bool = False  # the place is a governorate (in the parse's own lookup tables)

    @property
    def spec(self) -> tuple[int, int]:
        return (self.place_level, self.date_level)


@dataclass(frozen=True)
class _Rules:
    days: int
    approx_days: int


def _place_ok(a: _Report, b: _Report) -> bool:
    if a.country is None or b.country is None or a.country != b.country:
        return False
    if a.place is None or b.place is None:
        return True  # a place and its country, or two country-only reports
    if a.place == b.place:
        return True
    if a.place_level == _SITE and b.place_level == _SITE:
        return False  # never two different sites
    if a.admin1 is None or a.admin1 != b.admin1:
        return False
    kinds = (a.place_level, b.place_level)
    if kinds == (_AREA, _AREA):
        # a city and its governorate (two different cities never match)
        return a.is_admin1 or b.is_admin1
    area, site = (a, b) if a.place_level == _AREA else (b, a)
    if area.is_admin1:
        return True
    if None in (area.lat, area.lon, site.lat, site.lon):
        return True
    return _km(area.lat, area.lon, site.lat, site.lon) <= CITY_KM  # type: ignore[arg-type]


def _window(published: dt.date | None, approx_days: int) -> tuple[dt.date, dt.date] | None:
    """Days an undated report published on *published* may refer to."""
    if published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    return monday - dt.timedelta(days=approx_days), published


def _date_ok(a: _Report, b: _Report, rules: _Rules) -> bool:
    if a.date_level == _UNDATED or b.date_level == _UNDATED:
        if a.place is None or a.place != b.place:
            return False
        if a.date_level == _UNDATED and b.date_level == _UNDATED:
            return True
        undated, dated = (a, b) if a.date_level == _UNDATED else (b, a)
        win = _window(undated.published, rules.approx_days)
        if win is None or dated.date is None:
            return True
        if dated.date_level == _DAY:
            return win[0] <= dated.date <= win[1]
        # a month or year: compatible when it overlaps the window
        start = dated.date
        end = _period_end(dated.date, dated.date_level)
        return start <= win[1] and end >= win[0]
    assert a.date is not None and b.date is not None
    if a.date_level == _DAY and b.date_level == _DAY:
        return abs((a.date - b.date).days) < rules.days
    coarse = min(a.date_level, b.date_level)
    if coarse == _YEAR:
        return a.date.year == b.date.year
    return (a.date.year, a.date.month) == (b.date.year, b.date.month)


def _period_end(d: dt.date, level: int) -> dt.date:
    if level == _YEAR:
        return dt.date(d.year, 12, 31)
    if level == _MONTH:
        nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return d


def _compatible(a: _Report, b: _Report, rules: _Rules) -> bool:
    if a.weapon and b.weapon and a.weapon != b.weapon:
        return False
    if a.side and b.side and a.side != b.side:
        return False
    return _place_ok(a, b) and _date_ok(a, b, rules)


class _Clusters:
    """Union-find over reports with complete-linkage merges."""

    def __init__(self, reports: list[_Report], rules: _Rules) -> None:
        self.reports = reports
        self.rules = rules
        self.parent = list(range(len(reports)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
        self._ok: dict[tuple[int, int], bool] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def pair_ok(self, i: int, j: int) -> bool:
        key = (i, j) if i < j else (j, i)
        got = self._ok.get(key)
        if got is None:
            got = self._ok[key] = _compatible(self.reports[i], self.reports[j], self.rules)
        return got

    def fits(self, ri: int, rj: int) -> bool:
        """Every report of cluster *ri* is compatible with every report of *rj*."""
        return all(self.pair_ok(i, j) for i in self.members[ri] for j in self.members[rj])

    def union(self, ri: int, rj: int) -> int:
        # the root is the member that comes first in the fixed order
        if self.reports[rj].order < self.reports[ri].order:
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.members[ri].extend(self.members.pop(rj))
        self.members[ri].sort(key=lambda k: self.reports[k].order)
        return ri

    def spec(self, root: int) -> tuple[int, int]:
        return max(self.reports[i].spec for i in self.members[root])


def _months(r: _Report, days: int) -> list[tuple[int, int]]:
    """The (year, month) pairs a dated report may match in."""
    assert r.date is not None
    if r.date_level == _YEAR:
        return [(r.date.year, m) for m in range(1, 13)]
    if r.date_level == _MONTH:
        return [(r.date.year, r.date.month)]
    span = dt.timedelta(days=days - 1)
    lo, hi = r.date - span, r.date + span
    out = []
    d = dt.date(lo.year, lo.month, 1)
    while d <= hi:
        out.append((d.year, d.month))
        d = _period_end(d, _MONTH) + dt.timedelta(days=1)
    return out


def _block_keys(r: _Report, days: int) -> list[tuple]:
    """Keys under which *r* is filed (blocking: two compatible reports share a key)."""
    keys: list[tuple] = []
    if r.place is not None:
        keys.append(("place", r.place))
    if r.country is not None and r.date_level != _UNDATED:
        keys += [("month", r.country, ym) for ym in _months(r, days)]
    return keys


def _candidate_keys(r: _Report, days: int) -> list[tuple]:
    """Keys to look up the reports *r* may be compatible with.  An undated
    report only matches at its own place; a dated one in its country and
    month (an undated one at its place finds it from its side)."""
    if r.date_level == _UNDATED:
        return [("place", r.place)] if r.place is not None else []
    if r.country is None:
        return []
    return [("month", r.country, ym) for ym in _months(r, days)]


def _cluster(reports: list[_Report], rules: _Rules) -> list[list[int]]:
    cl = _Clusters(reports, rules)
    # Stage 1: reports at the same place on compatible days, in the fixed order.
    by_place: dict[str, list[int]] = defaultdict(list)
    for r in reports:
        if r.place is not None and r.date_level == _DAY:
            by_place[r.place].append(r.idx)
    for idxs in by_place.values():
        idxs.sort(key=lambda i: (reports[i].date, reports[i].order))
        for pos, i in enumerate(idxs):
            for j in idxs[:pos]:
                if (reports[i].date - reports[j].date).days >= rules.days:  # type: ignore[operator]
                    continue
                ri, rj = cl.find(i), cl.find(j)
                if ri != rj and cl.fits(ri, rj):
                    cl.union(ri, rj)
                    break
    # Stage 2: less precise reports join compatible incidents when those agree.
    index: dict[tuple, set[int]] = defaultdict(set)
    for r in reports:
        for k in _block_keys(r, rules.days):
            index[k].add(r.idx)
    changed, rounds = True, 0
    while changed and rounds < 10:
        changed, rounds = False, rounds + 1
        roots = sorted(cl.members, key=lambda rt: (tuple(-s for s in cl.spec(rt)),
                                                   reports[rt].order))
        for root in roots:
            if root not in cl.members:
                continue  # merged away in this round
            spec = cl.spec(root)
            near: set[int] = set()
            for i in cl.members[root]:
                for k in _candidate_keys(reports[i], rules.days):
                    near.update(cl.find(j) for j in index.get(k, ()))
            near.discard(root)
            # only as or more precise incidents: a precise report never pulls in
            # a vague one that might belong to another attack; the vague one decides
            cands = sorted((rt for rt in near if cl.spec(rt) >= spec and cl.fits(root, rt)),
                           key=lambda rt: reports[rt].order)
            if not cands:
                continue
            # all of them; else the more precise places; else those dated as
            # precisely (a day report prefers the same day to "earlier this
            # week"); else the reports as precise as this one
            for group in (cands, [rt for rt in cands if cl.spec(rt)[0] > spec[0]],
                          [rt for rt in cands if cl.spec(rt)[1] >= spec[1]],
                          [rt for rt in cands if cl.spec(rt) == spec]):
                if group and all(cl.fits(a, b) for n, a in enumerate(group) for b in group[n + 1:]):
                    for rt in group:
                        root = cl.union(cl.find(root), cl.find(rt))
                    changed = True
                    break
    return sorted((m for m in cl.members.values()), key=lambda m: reports[m[0]].order)


def _date(v: Any) -> dt.date | None:
    if _na(v):
        return None
    return v.date() if hasattr(v, "date") else dt.date.fromisoformat(str(v)[:10])


def _reports(x: "Parsed") -> list[_Report]:
    from .lookup import gazetteer

    g = gazetteer(x.config)
    arts = x.articles
    published = {str(a): _date(p) for a, p in zip(arts["article_id"], arts["published"])}
    rows = x.events.to_dict("records")
    out: list[_Report] = []
    for rec in rows:
        place = _str(rec["place"])
        p = g.place_by_name.get(place) if place else None
        country = _str(rec["country"]) or (p.country if p else None)
        admin1 = _str(rec["admin1"]) or (p.admin1 if p else None)
        if place is None:
            level = _COUNTRY if country else _NOWHERE
        elif p is not None and p.kind in _AREA_KINDS:
            level = _AREA
        else:
            level = _SITE
        date = _date(rec["date"])
        dlevel = _DATE_LEVEL.get(_str(rec["date_precision"]) or "", _UNDATED) if date else _UNDATED
        lat = None if _na(rec["lat"]) else float(rec["lat"])
        lon = None if _na(rec["lon"]) else float(rec["lon"])
        if lat is None and p is not None:
            lat, lon = p.lat, p.lon
        weapon = _str(rec["weapon"])
        art = _str(rec["article_id"]) or ""
        event_id = _str(rec["event_id"]) or ""
        out.append(_Report(
            idx=-1, event_id=event_id, article_id=art,
            order=(date or dt.date.max, art, event_id),
            date=date if dlevel != _UNDATED else None, date_level=dlevel,
            published=published.get(art), place=place, place_level=level, country=country,
            admin1=admin1, lat=lat, lon=lon,
            weapon=None if weapon in (None, "unknown") else weapon,
            side=_str(rec["perpetrator_side"]) or _side_of(_str(rec["perpetrator"]), g),
            is_admin1=p is not None and p.kind == K.ADMIN1))
    out.sort(key=lambda r: r.order)
    for n, r in enumerate(out):
        r.idx = n
    return out


def _side_of(actor: str | None, g: Any) -> str | None:
    a = g.actor_by_name.get(actor) if actor else None
    return a.side if a is not None else None


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent value, ties broken by first appearance; None if empty."""
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)


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

    from .lookup import gazetteer

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


def _incidents(x: "Parsed", incidents: "pd.DataFrame | None") -> "pd.DataFrame":
    return x.incidents if incidents is None else incidents


def claims_ledger(x: "Parsed", incidents: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """``x.claims`` with the incidents each statement is about: who claimed,
    confirmed, denied or acknowledged which incident, and when.

    One row per claim: claim_id, incident_ids ("; "-joined, NA for threats
    and statements tied to no event), speaker, speaker_side, stance,
    published (the article's date), article_id, event_ids, text; sorted by
    published date, then article and claim id.
    """
    import pandas as pd

    inc = _incidents(x, incidents)
    of_event: dict[str, str] = {}
    for iid, eids in zip(inc["incident_id"], inc["event_ids"]):
        for e in _split(eids):
            of_event[e] = str(iid)
    claims = x.claims
    pub = dict(zip(x.articles["article_id"].astype(str), x.articles["published"]))
    out = pd.DataFrame({
        "claim_id": claims["claim_id"],
        "incident_ids": [JOIN.join(_unique(of_event[e] for e in _split(v) if e in of_event)) or None
                         for v in claims["event_ids"]],
        "speaker": claims["speaker"], "speaker_side": claims["speaker_side"],
        "stance": claims["stance"],
        "published": [p if not _na(p) else pub.get(str(a)) for p, a in
                      zip(claims["published"], claims["article_id"])],
        "article_id": claims["article_id"], "event_ids": claims["event_ids"],
        "text": claims["text"],
    })
    out["incident_ids"] = out["incident_ids"].astype("string")
    out["published"] = pd.to_datetime(out["published"], errors="coerce").astype("datetime64[ns]")
    return out.sort_values(["published", "article_id", "claim_id"], kind="stable",
                           na_position="last").reset_index(drop=True)


def tally_series(x: "Parsed") -> "pd.DataFrame":
    """Official running counts of attacks from ``x.tallies`` as time series.

    Columns as_of (the tally's date, or its article's publication date),
    count, qualifier, since, scope, attributed_to, article_id, text; one
    series per scope, sorted by scope ("total", "Iraq", "Syria", "Jordan",
    then any other alphabetically) and as_of.
    """
    import pandas as pd

    t = x.tallies
    pub = dict(zip(x.articles["article_id"].astype(str), x.articles["published"]))
    as_of = pd.to_datetime(pd.Series(
        [a if not _na(a) else pub.get(str(art)) for a, art in zip(t["as_of"], t["article_id"])],
        index=t.index, dtype=object), errors="coerce").astype("datetime64[ns]")
    out = pd.DataFrame({
        "as_of": as_of, "count": t["count"], "qualifier": t["qualifier"], "since": t["since"],
        "scope": t["scope"], "attributed_to": t["attributed_to"], "article_id": t["article_id"],
        "text": t["text"],
    })
    rank = {s: n for n, s in enumerate(_SCOPE_ORDER)}
    key = [(rank.get(s, len(rank)), "" if _na(s) else str(s)) for s in out["scope"]]
    out["_k"] = key
    out = out.sort_values(["_k", "as_of", "article_id"], kind="stable", na_position="last")
    return out.drop(columns="_k").reset_index(drop=True)


def cumulative_counts(x: "Parsed", incidents: "pd.DataFrame | None" = None, *, freq: str = "D",
                      perpetrator_side: str | None = "iran-aligned") -> "pd.DataFrame":
    """Cumulative counts of incidents over time, to plot beside :func:`tally_series`.

    Columns: date (the end of each *freq* period, "D" daily or "W" weekly,
    ...), incidents (all dated incidents counted), claimed (graded claimed or
    claimed+confirmed) and confirmed (confirmed or claimed+confirmed), each the
    running total up to that date.  Only dated incidents count (a
    month-precision date counts at the first of its month).  With
    *perpetrator_side* (default "iran-aligned", the attacks the official
    tallies count) only incidents of that side or of an unknown attacker
    count; None counts all.
    """
    import pandas as pd

    inc = _incidents(x, incidents)
    inc = inc[inc["date"].notna()]
    if perpetrator_side is not None:
        inc = inc[inc["perpetrator_side"].isna() | (inc["perpetrator_side"] == perpetrator_side)]
    cols = ["date", "incidents", "claimed", "confirmed"]
    if inc.empty:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"),
                             **{c: pd.Series(dtype="Int64") for c in cols[1:]}})
    grades = inc["grade"].astype(str)
    flags = pd.DataFrame({
        "incidents": 1,
        "claimed": grades.isin(["claimed", "claimed+confirmed"]).astype(int),
        "confirmed": grades.isin(["confirmed", "claimed+confirmed"]).astype(int),
    }).set_index(pd.DatetimeIndex(inc["date"].to_numpy(), name="date"))
    out = flags.sort_index().resample(freq).sum().cumsum().astype("Int64")
    return out.reset_index()[cols]
