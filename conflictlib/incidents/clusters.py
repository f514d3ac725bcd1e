"""Clusters of reports: candidate pairs only within blocks, merged with a union-find (every
two reports of a cluster possible together, one tied pair per merge), each merge with its
reason.

Work is bounded by the blocks, not by the corpus: a report is compared only with reports of
its own place within a few days (stage 1), and a less precise report only with the reports
of a block that could hold its attack (stage 2): its governorate or country on the same days,
its country in the same month, its place within its publication week, its place and its
casualty figure, named target or claimant, its place and weekday or night (blocks of their
own, passed over when too full to look through), and for an undated report of only a country, the reports of
only that country in its publication window, or with none, the reports of only that country
that give its casualty figure, named target or claimant (and for an undated report with a
publication date, its country's reports that share its figure, named target or claimant: one
dated at another place in its publication window is tied on that evidence).  A report whose
blocks offer more than
:data:`MAX_CANDIDATES` compatible incidents, or more than :data:`SCAN_LIMIT` incidents to
look at, is left alone: it could belong to too many attacks to be one of them.  An undated
report that fits the incident of another report of its own article but for that one is a
second reading of that attack: it gathers no reports, nor is gathered.  At a fixed
number of reports a day, the time is linear in the number of reports.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final, Iterator

from .common import _AREA, _DAY, _MONTH, _SITE, _UNDATED, _YEAR
from .reports import _NEWS_DAYS, STRICT, _link_level, _period_end, _Report, _Rules, _why, _window

MAX_CANDIDATES: Final = 6
"""A report compatible with more incidents than this stays an incident of its own."""
SCAN_LIMIT: Final = 16
"""At most this many incidents are looked at for one report of stage 2."""
_TOP: Final = (_SITE, _DAY)
#: The reports (indices) of the tied pair a merge was made for, the first in the fixed order
#: first: its reason, kept as two numbers until the incident's row says it (:func:`reason`).
Pair = tuple[int, int]


class _Clusters:
    """Union-find over reports; each root keeps its members, precision and merge reasons."""

    def __init__(self, reports: list[_Report], rules: _Rules) -> None:
        self.reports = reports
        self.rules = rules
        # the reports of each article that has more than one (see second_reading)
        by_article: dict[str, list[int]] = defaultdict(list)
        for r in reports:
            by_article[r.article_id].append(r.idx)
        self.siblings = {a: idxs for a, idxs in by_article.items() if len(idxs) > 1}
        self.parent = [r.idx for r in reports]  # (the reports' own index objects: no int per report more)
        self.members: dict[int, list[int]] = {}
        self.specs: dict[int, tuple[int, int]] = {}
        self.reasons: dict[int, list[Pair]] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def of(self, root: int) -> list[int]:
        return self.members.get(root) or [root]

    def spec(self, root: int) -> tuple[int, int]:
        return self.specs.get(root) or self.reports[root].spec

    def fits(self, ri: int, rj: int) -> bool:
        """Clusters *ri* and *rj* may be one attack: nothing sets any report of one apart from
        any report of the other (complete linkage on what contradicts), and at least one pair
        is tied by itself or by specific evidence (single linkage on evidence).  So an undated
        report with the wounded figure of one report of an incident joins it although the
        other reports give no figure."""
        reps, rules = self.reports, self.rules
        tied = False
        for i in self.of(ri):
            for j in self.of(rj):
                level = _link_level(reps[i], reps[j], rules)
                if not level:
                    return False
                tied = tied or level == STRICT
        return tied

    def second_reading(self, root: int) -> bool:
        """Report *root*, alone, is a second reading of an attack its article already has in an
        incident: one that it fits but for the report of its own article there (two events of one
        article are otherwise never one incident).  "Strikes by the Guards on Erbil are reckless
        ... the Guards fired missiles at Erbil airport today" may be read as two events; the
        undated one must not gather the other outlets' undated reports of Erbil into a second
        incident of that attack, so it gathers none and is gathered by none (they join the
        incident of its article's other reading, or stay alone); at the end it joins that
        incident itself (:func:`_second_readings`)."""
        return self.reading_of(root) is not None

    def reading_of(self, root: int) -> int | None:
        """The incident (its root) that report *root* is a second reading of, or None (see
        :meth:`second_reading`)."""
        reps, rules = self.reports, self.rules
        r = reps[root]
        sibs = self.siblings.get(r.article_id)
        if not sibs or len(sibs) > SCAN_LIMIT or root in self.members or r.date_level != _UNDATED \
                or r.place is None:
            # (a month's or a country's report names the campaign as often as the attack; a
            # round-up's many reports are not looked through: the work per report stays bounded)
            return None
        alone = replace(r, article_id="")  # the report as if of another article
        for s in sibs:
            rs = self.find(s)
            if rs == root:
                continue
            tied = False
            for i in self.of(rs):
                q = reps[i]
                own = q.article_id == r.article_id
                level = _link_level(q, alone if own else r, rules)
                if not level:
                    break
                tied = tied or (level == STRICT and not own)
            else:
                if tied:
                    return rs
        return None

    def why(self, ri: int, rj: int) -> Pair:
        """Why cluster *rj* may join *ri* (they fit): their most precise tied pair, the first
        in the fixed order first (:func:`reason` says it)."""
        reps, rules = self.reports, self.rules
        pairs = sorted(((reps[i], reps[j]) for i in self.of(ri) for j in self.of(rj)),
                       key=lambda p: (min(p[0].spec, p[1].spec), p[0].spec, p[1].spec), reverse=True)
        a, b = next(p for p in pairs if _link_level(p[0], p[1], rules) == STRICT)
        if b.idx < a.idx:
            a, b = b, a
        return a.idx, b.idx

    def union(self, ri: int, rj: int, reason: Pair) -> int:
        # the root is the member that comes first in the fixed order
        if rj < ri:
            ri, rj = rj, ri
        self.parent[rj] = ri
        m = self.of(ri) + self.of(rj)
        m.sort()  # in the fixed order (a report's index is its place in it)
        self.members[ri] = m
        self.members.pop(rj, None)
        self.specs[ri] = max(self.spec(ri), self.spec(rj))
        self.specs.pop(rj, None)
        self.reasons[ri] = self.reasons.get(ri, []) + self.reasons.pop(rj, []) + [reason]
        return ri

    def roots(self) -> list[int]:
        return [i for i in range(len(self.reports)) if self.parent[i] == i]


SECOND_READING: Final = "its article's other reading of the attack"
"""The reason of a second reading's join (:func:`_second_readings`)."""


def reason(a: _Report, b: _Report, rules: _Rules) -> str:
    """Why report *b* joined the incident of *a* (a :data:`Pair` of a merge), as
    ``link_reason`` says it: "b:e1 with a:e1: same place, same day"; two reports of one article
    are a second reading ("b:e2 with b:e1: its article's other reading of the attack")."""
    why = SECOND_READING if a.article_id == b.article_id else _why(a, b, rules)
    return f"{b.event_id} with {a.event_id}: {why}"


def _day(d: dt.date) -> int:
    return d.toordinal()


def _index_keys(r: _Report) -> Iterator[tuple]:
    """Keys under which report *r* can be found by a less precise report."""
    if r.country is None:
        return
    if r.date is not None and r.date_level == _DAY:
        d = _day(r.date)
        yield ("country-day", r.country, d)
        if r.admin1 is not None:
            yield ("admin1-day", r.admin1, d)
        if r.place is not None:
            yield ("place-day", r.place, d)
            yield ("place-weekday", r.place, r.date.weekday())
    if r.date is not None and r.date_level >= _MONTH:
        yield ("country-month", r.country, r.date.year, r.date.month)
        if r.place is not None and r.date_level == _MONTH:
            yield ("place-month", r.place, r.date.year, r.date.month)
    if r.date is not None:
        yield ("country-year", r.country, r.date.year)
    if r.place is None and r.date_level == _DAY:
        yield ("country-only-day", r.country, _day(r.date))  # type: ignore[arg-type]
    elif r.place is None and r.date_level == _UNDATED and r.published is not None:
        yield ("country-only-published", r.country, _day(r.published))
    yield from _country_evidence_keys(r)
    if r.place is not None:
        if r.date_level == _UNDATED and r.published is not None:
            yield ("place-published", r.place, _day(r.published))
        for k in r.evidence_killed:
            yield ("place-killed", r.place, k)
        for w in r.evidence_wounded:
            yield ("place-wounded", r.place, w)
        if r.target:
            yield ("place-target", r.place, r.target)
        for c in r.claimants:
            yield ("place-claimant", r.place, c)
        for o in r.also:
            yield ("place-also", r.place, o)
        if r.weekday is not None:
            yield ("place-weekday", r.place, r.weekday)
        if r.night is not None:
            yield ("place-night", r.place, r.night)


def _lookup_keys(r: _Report, rules: _Rules) -> Iterator[tuple]:
    """The blocks in which the reports compatible with *r* lie (see the module docstring)."""
    if r.country is None:
        return
    reach = max(rules.days - 1, 1)
    if r.date is not None and r.date_level == _DAY:
        d = _day(r.date)
        days = range(d - reach, d + reach + 1)
        if r.place_level == _AREA and r.admin1 is not None:
            yield from (("admin1-day", r.admin1, k) for k in days)
            yield from (("place-day", r.place, k) for k in days)
        elif r.place_level == _SITE:
            yield from (("place-day", r.place, k) for k in days)
        else:
            yield from (("country-day", r.country, k) for k in days)
    elif r.date is not None and r.date_level == _MONTH:
        yield ("country-month", r.country, r.date.year, r.date.month)
    elif r.date is not None and r.date_level == _YEAR:
        yield ("country-year", r.country, r.date.year)
    elif r.place is not None and r.published is not None:
        # undated: its place within its publication window
        lo, hi = _window_days(r, rules)
        yield from (("place-day", r.place, k) for k in range(lo, hi + 1))
        month = dt.date.fromordinal(lo).replace(day=1)
        while month <= r.published:
            yield ("place-month", r.place, month.year, month.month)
            month = _period_end(month, _MONTH) + dt.timedelta(days=1)
        yield from (("place-published", r.place, k) for k in range(hi - _NEWS_DAYS, hi + _NEWS_DAYS + 1))
        yield from _evidence_keys(r)
        # the reports of its country that share a figure, a named target or a claimant: a
        # dated one at another place in its publication window is tied on that evidence
        yield from _country_evidence_keys(r)
    elif r.place is not None:
        yield from _evidence_keys(r)
        # undated, no publication date: the reports of its country that share a figure, a named
        # target or a claimant (another place is tied only on two pieces of evidence)
        yield from _country_evidence_keys(r)
    elif r.published is None:
        # undated, only a country, no publication date: the same
        yield from _country_evidence_keys(r)
    else:
        # undated, only a country: the reports of only that country dated in its publication
        # window or published in a window that overlaps it (tied only on specific evidence)
        lo, hi = _window_days(r, rules)
        yield from (("country-only-day", r.country, k) for k in range(lo, hi + 1))
        yield from (("country-only-published", r.country, k) for k in range(lo, hi + rules.approx_days + 7))
        # and its country's reports that share a figure, a named target or a claimant (a dated
        # one at a place of the country, in its publication window, is tied on that evidence)
        yield from _country_evidence_keys(r)


def _window_days(r: _Report, rules: _Rules) -> tuple[int, int]:
    """The first and last day (ordinals) an undated report's publication window holds."""
    win = _window(r.published, rules.approx_days)
    assert win is not None
    return _day(win[0]), _day(win[1])


def _specific_keys(kind: str, where: str | None, r: _Report) -> Iterator[tuple]:
    """The blocks of *where* (a report's place, or its country) by the report's specific
    evidence: its casualty figures, named target and claimants ("place-killed", ...)."""
    for k in sorted(r.evidence_killed):
        yield (f"{kind}-killed", where, k)
    for w in sorted(r.evidence_wounded):
        yield (f"{kind}-wounded", where, w)
    if r.target:
        yield (f"{kind}-target", where, r.target)
    for c in sorted(r.claimants):
        yield (f"{kind}-claimant", where, c)


def _evidence_keys(r: _Report) -> Iterator[tuple]:
    yield from _specific_keys("place", r.place, r)
    for o in sorted(r.also):
        yield ("place-also", r.place, o)
    if r.weekday is not None:
        # last, and looked at only when nothing above offers a candidate (_candidates): the
        # block holds every dated report of the place on that weekday too
        yield ("place-weekday", r.place, r.weekday)
    if r.night is not None:
        # the same night told on the other weekday ("late Tuesday", "early on Wednesday")
        yield ("place-night", r.place, r.night)


_WEEKDAY_BLOCKS: Final = frozenset({"place-weekday", "place-night"})
"""Blocks of a place's reports by a weekday or a night: looked at apart (see _candidates)."""

_COUNTRY_EVIDENCE: Final = frozenset({"country-killed", "country-wounded", "country-target", "country-claimant"})
"""Blocks of a country's reports by a figure, named target or claimant (see _candidates)."""


def _country_evidence_keys(r: _Report) -> Iterator[tuple]:
    """The blocks of a report's country by its figures, named target and claimants."""
    return _specific_keys("country", r.country, r)


def _stage1(cl: _Clusters, reports: list[_Report], rules: _Rules) -> None:
    """Reports that name a site or area and a day: each joins the first incident at the same
    place within the day window (the same day first) that it fits, among the first
    :data:`SCAN_LIMIT` incidents it looks at."""
    reach = max(rules.days - 1, 1)
    by_place: dict[str, list[int]] = defaultdict(list)
    for r in reports:
        if r.place is not None and r.date_level == _DAY and r.country is not None:
            by_place[r.spot or r.place].append(r.idx)  # (a base and the town it stands by: one spot)
    for idxs in by_place.values():
        idxs.sort(key=lambda i: (reports[i].date, i))
        lo = 0
        for pos, i in enumerate(idxs):
            di = reports[i].date
            assert di is not None
            while (di - reports[idxs[lo]].date).days > reach:  # type: ignore[operator]
                lo += 1
            near = sorted(idxs[lo:pos], key=lambda j: ((di - reports[j].date).days, j))  # type: ignore[operator]
            ri = cl.find(i)
            seen: set[int] = {ri}
            for j in near:
                rj = cl.find(j)
                if rj in seen:
                    continue
                if len(seen) > SCAN_LIMIT:
                    break  # too many attacks at the place these days to look further
                seen.add(rj)
                if cl.fits(rj, ri):
                    cl.union(rj, ri, cl.why(rj, ri))
                    break


def _candidates(cl: _Clusters, root: int, index: Mapping[tuple, Sequence[int]]) -> list[int] | None:
    """The compatible, as or more precise incidents for *root*; None when too many.  The
    weekday blocks are looked at apart, beside the others: at a busy base every report of a
    Wednesday is in one of them, so a weekday block too full to look through is passed over
    (its reports stay candidates through the other blocks) rather than leaving the report
    alone.  "A Thursday drone strike in Baghdad" is as specific as a figure: found only when
    no figure offered a candidate, it lost to "two killed" in a strike five weeks later.  The
    blocks of the country and a figure (an undated report with no publication date, tied to
    another place only on two pieces of evidence) come last, only when nothing else offered a
    candidate, and are passed over when too full."""
    keys = list(dict.fromkeys(k for i in cl.of(root) for k in _lookup_keys(cl.reports[i], cl.rules)))
    first = [k for k in keys if k[0] not in _WEEKDAY_BLOCKS and k[0] not in _COUNTRY_EVIDENCE]
    out = _scan(cl, root, first, index)
    if out is None:
        return out
    week = [k for k in keys if k[0] in _WEEKDAY_BLOCKS]
    if week:
        more = _scan(cl, root, week, index) or []
        out += [rt for rt in more if rt not in out]
        if len(out) > MAX_CANDIDATES:
            return None
    wide = [k for k in keys if k[0] in _COUNTRY_EVIDENCE]
    if wide and not out:
        # the country's reports with its figure: looked at last, only when its own place gave
        # no candidate, and passed over when too full ("Iraq, one killed" holds dozens)
        out = _scan(cl, root, wide, index) or []
    return out


def _scan(cl: _Clusters, root: int, keys: list[tuple], index: Mapping[tuple, Sequence[int]]) -> list[int] | None:
    spec = cl.spec(root)
    seen: set[int] = {root}
    out: list[int] = []
    for key in keys:
        for j in index.get(key, ()):
            rt = cl.find(j)
            if rt in seen:
                continue
            seen.add(rt)
            if len(seen) > SCAN_LIMIT:
                return None
            # only as or more precise incidents: a precise report never pulls in a
            # vague one that might belong to another attack; the vague one decides
            if _looks_for(cl.spec(rt), spec) and cl.fits(rt, root) and not cl.second_reading(rt):
                out.append(rt)
                if len(out) > MAX_CANDIDATES:
                    return None
    return out


def _looks_for(found: tuple[int, int], spec: tuple[int, int]) -> bool:
    """A report of precision *spec* (place level, date level) may join an incident of
    precision *found*: one as or more precise, or, for an undated report, a dated one at a less
    precise place (neither is the more precise: "two US troops wounded at the Erbil airport
    base", undated, and "a drone attack in Erbil on Thursday night wounded two", dated).  The
    undated one decides, as the vaguer in time; the pair still needs its evidence."""
    return found >= spec or (spec[1] == _UNDATED and found[1] > _UNDATED)


def _stage2(cl: _Clusters, reports: list[_Report], index: Mapping[tuple, Sequence[int]]) -> None:
    """Less precise reports (an area, a country, a month, no date) join the incidents they fit
    when those agree with each other."""
    pending = sorted((rt for rt in cl.roots() if cl.spec(rt) < _TOP),
                     key=lambda rt: (tuple(-s for s in cl.spec(rt)), rt))
    rounds = 0
    while pending and rounds < 10:
        rounds += 1
        retry: list[int] = []  # roots that had candidates: a merge elsewhere may settle them
        merged = False
        for root in pending:
            if cl.find(root) != root:
                continue  # merged away in this round
            if cl.second_reading(root):
                continue  # it gathers no reports of its own (see _Clusters.second_reading)
            spec = cl.spec(root)
            cands = _candidates(cl, root, index)
            if not cands:
                continue
            retry.append(root)
            cands.sort()
            # all of them; else, for an undated report, the dated ones; else the more precise places; else those dated as precisely
            # (a day report prefers the same day to "earlier this week"); else the
            # reports as precise as this one
            for group in (cands, [rt for rt in cands if cl.spec(rt)[1] > _UNDATED] if spec[1] == _UNDATED else [],
                          [rt for rt in cands if cl.spec(rt)[0] > spec[0]],
                          [rt for rt in cands if cl.spec(rt)[1] >= spec[1]],
                          [rt for rt in cands if cl.spec(rt) == spec]):
                if group and all(cl.fits(a, b) for n, a in enumerate(group) for b in group[n + 1:]):
                    # every pair is checked: root with each (candidates), each with each (group)
                    for rt in group:
                        r1, r2 = cl.find(rt), cl.find(root)
                        root = cl.union(r1, r2, cl.why(r1, r2))
                    merged = True
                    retry[-1] = root  # merged: it may now fit a further incident
                    break
        if not merged:
            break
        pending = [rt for rt in retry if cl.find(rt) == rt]


def _second_readings(cl: _Clusters) -> None:
    """Each report left alone as a second reading of an attack its article has in an incident
    (:meth:`_Clusters.second_reading`) joins that incident, tied to its article's report there:
    the article told one attack twice ("strikes on Erbil" undated, then the airport's missiles
    today), and the attack is one incident, not that incident and a second one of the same
    attack.  It gathered no reports of its own, and joins last."""
    for root in cl.roots():
        if root in cl.members:
            continue
        rs = cl.reading_of(root)
        if rs is None:
            continue
        own = next(i for i in cl.of(rs) if cl.reports[i].article_id == cl.reports[root].article_id)
        cl.union(rs, root, (own, root) if own < root else (root, own))


def _cluster(reports: list[_Report], rules: _Rules) -> tuple[list[list[int]], dict[int, list[Pair]]]:
    """The clusters (lists of report indices in order) and, by first member, the reasons of
    the merges that made each."""
    cl = _Clusters(reports, rules)
    _stage1(cl, reports, rules)
    # each block's reports as an array of 4-byte indices (a list holds 8 bytes an entry)
    index: dict[tuple, array[int]] = defaultdict(lambda: array("i"))
    for r in reports:
        for k in _index_keys(r):
            index[k].append(r.idx)
    _stage2(cl, reports, index)
    _second_readings(cl)
    # each root is its cluster's first member (the union keeps the first in the fixed order),
    # and the roots come in that order: the clusters are in the order of their first reports
    roots = cl.roots()
    clusters = [cl.of(rt) for rt in roots]
    reasons = {rt: cl.reasons.get(rt, []) for rt in roots}
    return clusters, reasons
