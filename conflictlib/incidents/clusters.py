"""Clusters of reports: candidate pairs by block, merged with complete linkage."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from .common import _DAY, _MONTH, _UNDATED, _YEAR
from .reports import _compatible, _period_end, _Report, _Rules

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
