"""Benchmark conflictlib at archive scale on SYNTHETIC corpora (see bench_parse.py: every
article is made up from templates and labelled SYNTHETIC).

Prints, all measured in this one run (the machine is shared and noisy, so only ratios
within a run mean anything):

- parse per core against a trie-shaped phrase scan of the same text (every name and
  grammar word found, nothing read): how many times the scan's time parse takes;
- the throughput on real reporting, when benchmarks/real/texts/ holds the texts;
- two workers against one, on the large corpus (tables identical);
- a two-worker Dask LocalCluster against one local worker (tables identical);
- the peak memory (max RSS) of ``conflictlib parse`` on the large corpus against the small.

    python benchmarks/bench_scale.py [--small-mb 5] [--large-mb 50] [--real benchmarks/real/texts-dev]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def write_mb(folder: Path, mb: float, seed: int = 0) -> int:
    """Write SYNTHETIC articles into *folder* until they hold *mb* megabytes; their number."""
    from bench_parse import write_corpus

    per_article = 3300  # bytes, about (bench_parse's articles)
    n = max(1, int(mb * 1e6 / per_article))
    write_corpus(folder, n, seed)
    return n


def phrase_scan_seconds(texts: list[str]) -> float:
    """Every name and grammar word of *texts* found with the trie-shaped patterns, nothing
    else done: the floor a parse cannot go below."""
    from conflictlib._text import fold
    from conflictlib.lookup import gazetteer
    from conflictlib.lookup.vocab import cue_scan_pattern

    g = gazetteer()
    t = time.perf_counter()
    for text in texts:
        folded = fold(text)
        ascii = folded.isascii()
        for _ in g.patterns(ascii).finditer(" " + folded):
            pass
        for _ in cue_scan_pattern(ascii).finditer(" " + folded):
            pass
    return time.perf_counter() - t


def best(fn, runs: int = 2, clock=time.perf_counter) -> float:
    out = float("inf")
    for _ in range(runs):
        t = clock()
        fn()
        out = min(out, clock() - t)
    return out


def best_both(fn, runs: int = 2) -> tuple[float, float]:
    """Best wall-clock and best CPU time (this process) of *runs* runs: on a machine shared
    with other jobs the CPU time is the steadier figure of a one-process run."""
    wall = cpu = float("inf")
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall, cpu = min(wall, time.perf_counter() - t), min(cpu, time.process_time() - c)
    return wall, cpu


def same(a, b) -> bool:
    import pandas as pd

    for name in ("events", "claims", "casualties", "deployments", "tallies", "mentions", "errors"):
        try:
            pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
        except AssertionError:
            return False
    return True


def peak_rss_mb(corpus: Path, out: Path) -> tuple[float, float]:
    """Peak resident memory of one ``conflictlib parse`` run in a fresh process (one worker):
    before linking (reading, extracting, writing chunk by chunk) and over the whole run.
    Read from /proc (VmHWM, which starts afresh at exec), not from getrusage: Linux keeps a
    process's ru_maxrss across exec, so a child started from a large parent reports the
    parent's peak."""
    code = ("import conflictlib.linkdata as L\n"
            "hwm = lambda: [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
            "linked = L.LinkInput.incident_pieces\n"
            "def before(self, config):\n"
            "    print('before-link', hwm())\n"
            "    return linked(self, config)\n"
            "L.LinkInput.incident_pieces = before\n"
            "from conflictlib.__main__ import main\n"
            f"main(['parse', {str(corpus)!r}, '--out', {str(out)!r}, '--format', 'csv', '--workers', '1', '-q'])\n"
            "print(hwm())\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = res.stdout.strip().splitlines()
    before = next(int(line.split()[1]) for line in lines if line.startswith("before-link"))
    return before / 1024, int(lines[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small-mb", type=float, default=5)
    ap.add_argument("--large-mb", type=float, default=50)
    ap.add_argument("--real", default=str(REPO / "benchmarks" / "real" / "texts"),
                    help="a folder of real texts for the real-reporting throughput (texts-dev: the "
                         "development part only)")
    args = ap.parse_args(argv)
    import conflictlib as cl

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="conflictlib-scale-") as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        n_small = write_mb(small, args.small_mb)
        n_large = write_mb(large, args.large_mb, seed=1)
        corpus = cl.read_corpus(small)
        mb = sum(len(a.text.encode()) for a in corpus) / 1e6
        rows.append(("small corpus", f"{n_small} SYNTHETIC articles, {mb:.1f} MB"))
        rows.append(("extractor", "compiled (tools/compile_extract.py)" if getattr(cl, "COMPILED", False)
                     else "the Python modules"))
        texts = [a.text for a in corpus]
        scan, scan_cpu = best_both(lambda: phrase_scan_seconds(texts), 3)
        one, one_cpu = best_both(lambda: cl.parse(corpus, workers=1), 3)
        rows.append(("parse, one core", f"{one:.2f} s, {mb / one:.2f} MB/s (CPU {one_cpu:.2f} s, "
                     f"{mb / one_cpu:.2f} MB/s)"))
        rows.append(("phrase scan of the same text", f"{scan:.2f} s (CPU {scan_cpu:.2f} s)"))
        rows.append(("  parse / phrase scan", f"{one / scan:.1f}x, CPU time {one_cpu / scan_cpu:.1f}x "
                     "(target: at most 5x)"))
        real = Path(args.real)
        # texts-dev links every development text, also those that could not be fetched again
        texts = [p for p in sorted(real.glob("*.txt")) if p.exists()] if real.is_dir() else []
        if texts:
            rc = cl.read_corpus(texts)
            rmb = sum(len(a.text.encode()) for a in rc) / 1e6
            rt, rt_cpu = best_both(lambda: cl.parse(rc, workers=1))
            rows.append(("real reporting, one core", f"{len(rc)} articles of {real.name}/, {rmb:.2f} MB, "
                         f"{rmb / rt:.2f} MB/s (CPU {rmb / rt_cpu:.2f} MB/s)"))
        big = cl.read_corpus(large)
        bmb = sum(len(a.text.encode()) for a in big) / 1e6
        rows.append(("large corpus", f"{n_large} SYNTHETIC articles, {bmb:.1f} MB"))
        t1 = time.perf_counter()
        x1 = cl.parse(big, workers=1)
        t1 = time.perf_counter() - t1
        t2 = time.perf_counter()
        x2 = cl.parse(big, workers=2)
        t2 = time.perf_counter() - t2
        rows.append(("one worker / two workers", f"{t1:.1f} s / {t2:.1f} s = {t1 / t2:.2f}x "
                     f"(target: at least 1.7x); identical tables: {same(x1, x2)}"))
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            rows.append(("dask", "not installed (pip install 'conflictlib[dask]')"))
        else:
            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                client.submit(lambda: None).result()  # the workers are up
                td = time.perf_counter()
                xd = cl.parse(big, client=client)
                td = time.perf_counter() - td
            rows.append(("one local worker / dask, two workers", f"{t1:.1f} s / {td:.1f} s = {t1 / td:.2f}x "
                         f"(target: at least 1.5x); identical tables: {same(x1, xd)}"))
        del big, x1, x2
        xs, rs = peak_rss_mb(small, Path(tmp) / "out_small")
        xl, rl = peak_rss_mb(large, Path(tmp) / "out_large")
        rows.append(("conflictlib parse, peak memory", f"{rs:.0f} MB on {args.small_mb:g} MB, {rl:.0f} MB on "
                     f"{args.large_mb:g} MB = {rl / rs:.2f}x (target: at most 1.5x)"))
        rows.append(("  before linking (read, extract, write)", f"{xs:.0f} MB, {xl:.0f} MB = {xl / xs:.2f}x"))
    width = max(len(k) for k, _ in rows)
    print("\nconflictlib at scale (SYNTHETIC corpora; cores: %d)" % (os.cpu_count() or 1))
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_NOFILE, resource.getrlimit(resource.RLIMIT_NOFILE))
    sys.exit(main())
