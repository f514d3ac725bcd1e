"""link(): the reports of one attack merged into one incident row, with its evidence."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from ..schema import JOIN
from .clusters import _cluster, reason
from .common import (_PRECISION, _SITE, INCIDENT_COLUMNS, _date, _most_common, _side_of, _split, _str,
                     _unique)
from .reports import _casualty_figures, _Coded, _column, _one_object, _reports, _Rules, _said

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


#: Incidents built and given out at a time (:func:`incident_pieces`): a streamed parse writes
#: each piece before the next is built, so that the incidents' columns (strings, at archive
#: scale tens of MB) are never all in memory at once.
PIECE: Final = 8192


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

    pieces = list(incident_pieces(x, days=days, approx_days=approx_days))
    return pieces[0] if len(pieces) == 1 else pd.concat(pieces, ignore_index=True)


def incident_pieces(x: "Parsed", *, days: int = 1, approx_days: int = 7,
                    size: int | None = None) -> "Iterator[pd.DataFrame]":
    """The rows of :func:`link` in order, *size* (default :data:`PIECE`) incidents at a time
    (at least one piece, maybe empty): joined, they are its table (same values, dtypes, ids)."""
    if int(days) < 1:
        raise ValueError(f"days must be at least 1, not {days!r}")
    if int(approx_days) < 0:
        raise ValueError(f"approx_days must be 0 or more, not {approx_days!r}")
    return _pieces(x, int(days), int(approx_days), size or PIECE)


def _date_of(reps: list[Any]) -> dt.date | None:
    """An incident's date: the most common among its most precisely dated reports."""
    best_level = max(r.date_level for r in reps)
    dated = [r.date for r in reps if r.date_level == best_level and r.date is not None]
    return _most_common(sorted(dated)) if dated else None


def _parts(x: "Parsed", name: str) -> "Iterator[pd.DataFrame]":
    """Table *name* of *x* in parts, one after the other: the parts a streamed parse kept
    (:class:`conflictlib.linkdata.LinkInput`, whose tables offer ``parts``), else the whole
    table as one."""
    parts = getattr(x, "parts", None)
    if parts is None:
        yield getattr(x, name)
    else:
        yield from parts(name)


def _pieces(x: "Parsed", days: int, approx_days: int, size: int) -> "Iterator[pd.DataFrame]":
    from ..lookup import gazetteer

    g = gazetteer(x.config)
    # Each table is read a part at a time (a streamed parse's parts, from files: see
    # conflictlib/linkdata.py; else the whole table) and what linking needs of it kept
    # compact: a corpus's events are never all in memory as a table.
    same = _one_object()  # equal values one object (most events are claimed by the same few groups)
    arts = x.articles
    art_ids_all = arts["article_id"].astype(str).tolist()
    source = {a: (_str(s) or a) for a, s in zip(art_ids_all, _column(arts, "source"))}
    published = {a: same(_date(p)) for a, p in zip(art_ids_all, _column(arts, "published"))}
    del arts, art_ids_all
    # What the claims rows say of each event and the casualty rows' figures, as flat tuples
    # (not a dict of lists, or of sets, per event: at archive scale they are hundreds of
    # thousands of events, and the small containers doubled this part of linking's memory).
    killed_of, wounded_of = _casualty_figures(_parts(x, "casualties"), same)
    said = _said(_parts(x, "claims"), same)
    del same
    reports, rows, ecol = _reports(_parts(x, "events"), published, (killed_of, wounded_of), said, g,
                                   ("claimed_by", "confirmed_by", "denied_by", "killed", "wounded",
                                    "perpetrator", "target"))  # rows: the events row of each report

    rules = _Rules(days, approx_days)
    clusters, reasons = _cluster(reports, rules)
    # each incident's date, and the incidents' order (date, undated last, then first report),
    # before any row is built, so that each piece is built, given out and let go in turn
    dated = sorted(((_date_of([reports[i] for i in m]), m) for m in clusters),
                   key=lambda dm: (dm[0] or dt.date.max, dm[1][0]))
    del clusters
    width = max(4, len(str(len(dated))))
    left: list[Any] = reports  # each report is read once, by its cluster, then let go
    del reports
    for lo in range(0, max(len(dated), 1), size):
        # One list per column, not a dict per incident: a dict of thirty keys per incident
        # doubled linking's peak memory.
        table: dict[str, list[Any]] = {c: [] for c in INCIDENT_COLUMNS}
        for n, (date, members) in enumerate(dated[lo:lo + size], start=lo + 1):
            reps = [left[i] for i in members]
            for i in members:
                left[i] = None
            of = {r.idx: r for r in reps}
            why = [reason(of[a], of[b], rules) for a, b in reasons.pop(members[0], [])]
            row = _row(reps, date, [rows[r.idx] for r in reps], why,
                       g, ecol, said, killed_of, wounded_of, source, published)
            table["incident_id"].append(f"i{n:0{width}d}")
            for col, value in row.items():
                table[col].append(value)
        yield _frame(table)
        del table


def _frame(table: dict[str, list[Any]]) -> "pd.DataFrame":
    """The incidents of *table* (a list per column) with their dtypes."""
    import pandas as pd

    columns = {}
    for col, dtype in INCIDENT_COLUMNS.items():
        s = pd.Series(table.pop(col), dtype=object)
        columns[col] = pd.to_datetime(s, errors="coerce").astype(dtype) if dtype.startswith("datetime") \
            else s.astype(dtype)
    return pd.DataFrame(columns, columns=list(INCIDENT_COLUMNS))


def _row(reps: list[Any], date: dt.date | None, ns: list[int], why: list[str], g: Any, ecol: dict[str, _Coded],
         said: dict[str, tuple[tuple[str, str], ...]], killed_of: dict[str, tuple[int, ...]],
         wounded_of: dict[str, tuple[int, ...]], source: dict[str, str],
         published: dict[str, dt.date | None]) -> dict[str, Any]:
    """The incident of reports *reps* (dated *date*: :func:`_date_of`; events rows *ns*,
    merged for reasons *why*); what the
    claims and casualties rows say of its events is taken out of *said*, *killed_of* and
    *wounded_of*."""
    best_level = max(r.date_level for r in reps)
    place_level = max(r.place_level for r in reps)
    placed = [r for r in reps if r.place_level == place_level and r.place]
    place = _most_common(r.place for r in placed)
    where = next((r for r in placed if r.place == place), None)
    p = g.place_by_name.get(place) if place else None
    country = _most_common(r.country for r in reps)
    claimed, confirmed, denied = [], [], []
    # the figures each article gives (an article that tells the attack twice, a second reading
    # in the incident, gives its figures once)
    killed_by: dict[str, set[int]] = {}
    wounded_by: dict[str, set[int]] = {}
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
        killed_by.setdefault(r.article_id, set()).update(k)
        wounded_by.setdefault(r.article_id, set()).update(w)
    killed = [v for figs in killed_by.values() for v in sorted(figs)]
    wounded = [v for figs in wounded_by.values() for v in sorted(figs)]
    claimed, confirmed, denied = _unique(claimed), _unique(confirmed), _unique(denied)
    perp = _perpetrator([_str(ecol["perpetrator"][n]) for n in ns], g)  # type: ignore[misc]
    side = _side_of(perp, g) or _most_common(r.side for r in reps)
    art_ids = _unique(r.article_id for r in reps)
    pubs = [d for a in art_ids if (d := published.get(a)) is not None]
    kf, wf = _figures(killed), _figures(wounded)
    return {
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
