"""Benchmark linking (:func:`conflictlib.link`) on SYNTHETIC event tables.

Every row this script makes is SYNTHETIC: incidents drawn at random over two years (from
2023-10-01) at the bases, towns and governorates of the package's places table, each
reported by one to six made-up articles that give its place (or only its city, governorate
or country), its day (or only its month, or no date, with a publication date or none), a
weapon described as outlets do (rockets or missiles), a side, and sometimes a casualty
figure.  No row is a real report.  The events table is built directly (no text is parsed),
so that only linking is timed.

Usage::

    python benchmarks/bench_link.py [--sizes 10000 100000 1000000] [--seed 0]

Prints, for each size, the number of events and incidents, the link time (wall clock and CPU
time, pinned to one core) and peak memory (the process's maximum resident set, which includes
the synthetic tables; with ``--tracemalloc`` also the peak of Python allocations during the
call).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import resource
import sys
import time
import tracemalloc
from typing import Any

START = dt.date(2023, 10, 1)
SPAN_DAYS = 730
WEAPONS = {"iran-aligned": ["drone", "rocket", "missile", "ballistic missile", "unknown"],
           "us-led": ["air strike", "drone", "unknown"]}
ROCKETS = {"rocket": ["rocket", "missile", "ballistic missile"],
           "missile": ["missile", "rocket"], "ballistic missile": ["ballistic missile", "rocket"]}


def synthetic(n_events: int, seed: int = 0) -> Any:
    """A :class:`conflictlib.Parsed` with about *n_events* SYNTHETIC event rows over two years."""
    import pandas as pd

    from conflictlib._parse import Parsed
    from conflictlib.lookup import gazetteer
    from conflictlib.schema import frame, frame_from_columns

    rng = random.Random(seed)
    g = gazetteer()
    sites = [p for p in g.place_by_name.values()
             if p.kind not in ("country", "region", "admin1", "city") and p.country in ("Iraq", "Syria", "Jordan")]
    cities = {p.admin1: p for p in g.place_by_name.values() if p.kind == "city"}
    admin1 = {p.admin1: p for p in g.place_by_name.values() if p.kind == "admin1"}
    cols: dict[str, list[Any]] = {c: [] for c in (
        "event_id", "article_id", "date", "date_precision", "place", "country", "admin1", "lat", "lon",
        "weapon", "perpetrator", "perpetrator_side", "target", "killed", "wounded")}
    published: list[dt.date | None] = []
    n_art = 0
    while len(cols["event_id"]) < n_events:
        day = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
        site = rng.choice(sites)
        side = "iran-aligned" if rng.random() < 0.8 else "us-led"
        weapon = rng.choice(WEAPONS[side])
        wounded = rng.choice([None, None, None, 0, 1, 2, 3, 4, 8, 11, 34])
        for _ in range(rng.choice([1, 1, 2, 3, 3, 4, 5, 6])):
            n_art += 1
            art = f"syn{n_art:07d}"
            pub = day + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 5]))
            r = rng.random()
            place: Any = site
            if r < 0.08 and site.admin1 in cities:
                place = cities[site.admin1]
            elif r < 0.12 and site.admin1 in admin1:
                place = admin1[site.admin1]
            elif r < 0.20:
                place = None
            d = rng.random()
            if d < 0.70:
                date, prec = day + dt.timedelta(days=1 if rng.random() < 0.05 else 0), "day"
            elif d < 0.75:
                date, prec = day.replace(day=1), "month"
            else:
                date, prec = None, "unknown"
            w = rng.choice(ROCKETS.get(weapon, [weapon])) if rng.random() < 0.3 else weapon
            cols["event_id"].append(f"{art}:e1")
            cols["article_id"].append(art)
            cols["date"].append(date)
            cols["date_precision"].append(prec)
            cols["place"].append(place.name if place else None)
            cols["country"].append(site.country)
            cols["admin1"].append(place.admin1 if place else None)
            cols["lat"].append(place.lat if place else None)
            cols["lon"].append(place.lon if place else None)
            cols["weapon"].append(w if rng.random() < 0.8 else "unknown")
            cols["perpetrator"].append(None)
            cols["perpetrator_side"].append(side if rng.random() < 0.7 else None)
            cols["target"].append(None)
            cols["killed"].append(None)
            cols["wounded"].append(wounded if rng.random() < 0.5 else None)
            published.append(pub if rng.random() < 0.6 else None)
    n = len(cols["event_id"])
    cols.update({"count": [1] * n, "status": ["reported"] * n, "claimed_by": [None] * n,
                 "confirmed_by": [None] * n, "denied_by": [None] * n, "rule": ["synthetic"] * n,
                 "start": [0] * n, "end": [1] * n, "text": [None] * n})
    events = frame_from_columns("events", cols)
    articles = pd.DataFrame({
        "article_id": cols["article_id"], "published": pd.to_datetime(published),
        "title": None, "source": None, "path": None, "n_chars": 1, "text": None,
    }).astype({"article_id": "string", "title": "string", "source": "string", "path": "string",
               "n_chars": "Int64", "text": "string"})
    empty = {t: frame(t, []) for t in ("claims", "casualties", "deployments", "tallies", "mentions", "errors")}
    return Parsed(articles=articles, events=events, **empty)


def _rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--tracemalloc", action="store_true",
                   help="also measure the tracemalloc peak (slows the run down two- to threefold)")
    args = p.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from conflictlib.incidents import link

    print(f"{'events':>10s} {'incidents':>10s} {'link s':>8s} {'cpu s':>8s} {'peak MB':>8s} {'max RSS MB':>10s}")
    times = {}
    for n in args.sizes:
        x = synthetic(n, args.seed)
        gc.collect()
        if args.tracemalloc:
            tracemalloc.start()
        t0, c0 = time.perf_counter(), time.process_time()
        inc = link(x)
        t, c = time.perf_counter() - t0, time.process_time() - c0
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else float("nan")
        if args.tracemalloc:
            tracemalloc.stop()
        times[n] = c
        print(f"{len(x.events):>10d} {len(inc):>10d} {t:>8.1f} {c:>8.1f} {peak:>8.0f} {_rss_mb():>10.0f}",
              flush=True)
        del x, inc
        gc.collect()
    sizes = sorted(times)
    for a, b in zip(sizes, sizes[1:]):
        print(f"{a} -> {b} events: cpu time x{times[b] / times[a]:.1f} for x{b / a:.0f} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
