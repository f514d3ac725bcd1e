"""Robustness benchmark: cost per input shape, a 10,000-entry mixed folder, a long fuzz.

All input is SYNTHETIC (``tests/shapes.py``, ``tests/mixed_corpus.py``).  Prints:

1. for each adversarial shape, ms per KB at 256 KB and at 1 MB (best of ``--repeat``) and
   the growth ratio (time at 1 MB / time at 256 KB; 4 means linear), as a Markdown
   table for the README; the target is under 10 ms/KB at 1 MB for every shape;
2. the time to read and parse a generated folder of ``--files`` entries (10,000: good
   articles, empty, binary, latin-1, UTF-16, HTML, broken JSONL and CSV, folders named
   .txt, dangling and looping links, hidden files, other suffixes, a 1 MB line without a
   full stop) and its accounting, checked against what the generator wrote;
3. a hypothesis fuzz of ``parse_text`` with ``--fuzz`` examples (the CI test runs 200);
4. with ``--article-mb N``, one article of N MB (the "mixed" shape, no full stops): time
   and peak memory, in a subprocess.

    .venv/bin/python benchmarks/bench_robust.py                 # everything, about 3-5 minutes
    .venv/bin/python benchmarks/bench_robust.py --only shapes
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import conflictlib as cl  # noqa: E402
from mixed_corpus import write_mixed_corpus  # noqa: E402
from shapes import SHAPES  # noqa: E402

MB = 1 << 20


def _seconds(text: str) -> float:
    t = time.perf_counter()
    cl.parse_text(text, published="2024-01-15")
    return time.perf_counter() - t


def bench_shapes(repeat: int) -> None:
    cl.parse_text("Warm up. A drone attack on Erbil.", published="2024-01-15")
    print("| shape | ms/KB at 256 KB | ms/KB at 1 MB | time 1 MB / time 256 KB |")
    print("| --- | --- | --- | --- |")
    worst = 0.0
    for name, make in SHAPES.items():
        small, large = make(MB // 4), make(MB)
        t1 = min(_seconds(small) for _ in range(repeat))
        t4 = min(_seconds(large) for _ in range(repeat))
        worst = max(worst, t4 * 1000 / 1024)
        print(f"| {name} | {t1 * 1000 / 256:.2f} | {t4 * 1000 / 1024:.2f} | {t4 / t1:.1f} |", flush=True)
    print(f"\nworst shape at 1 MB: {worst:.2f} ms/KB (target: under 10)\n")


def bench_corpus(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "mixed"
        t = time.perf_counter()
        expected = write_mixed_corpus(root, n, long_line=MB)
        print(f"mixed folder of {n:,} entries written in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        corpus = cl.read_corpus(root)
        t_read = time.perf_counter() - t
        x = cl.parse(corpus)
        t_all = time.perf_counter() - t
        a = corpus.accounting
        assert a is not None
        got = {"files": a.files, "inputs": a.inputs, "articles": a.articles, "skipped": dict(a.skipped),
               "notes": a.notes, "ignored": len(a.ignored)}
        print(f"read {t_read:.1f} s, read and parse {t_all:.1f} s (target: under 60 s)")
        print(a)
        print(f"tables: {x!r}; extract errors: {int((x.errors['stage'] == 'extract').sum())}")
        print("accounting as generated:", "yes" if got == expected else f"NO: expected {expected}, got {got}")
        print()


def bench_fuzz(examples: int) -> None:
    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st
    from test_robust import DOMAIN_TEXT, _check_evidence

    count = 0

    @seed(20231017)
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(text=DOMAIN_TEXT, published=st.sampled_from([None, "2024-01-15", "2023-10-17"]))
    def fuzz(text: str, published: str | None) -> None:
        nonlocal count
        count += 1
        _check_evidence(cl.parse_text(text, published=published, article_id="fuzz"))

    t = time.perf_counter()
    fuzz()
    print(f"fuzz: {count:,} examples of parse_text passed in {time.perf_counter() - t:.1f} s\n")


_BIG = r"""
import resource, sys, time
sys.path.insert(0, sys.argv[2])
import conflictlib as cl
from shapes import SHAPES
text = SHAPES["mixed"](int(float(sys.argv[1]) * (1 << 20)))
t = time.perf_counter()
x = cl.parse_text(text, published="2024-01-15")
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"one article of {sys.argv[1]} MB: {dt:.1f} s ({dt * 1000 / (len(text) / 1024):.2f} ms/KB), "
      f"max RSS {rss:.0f} MB; {x!r}")
"""


def bench_big(mb: float) -> None:
    subprocess.run([sys.executable, "-c", _BIG, str(mb), str(ROOT / "tests")], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=["shapes", "corpus", "fuzz", "big"], default=None)
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs per shape and size (default 2)")
    ap.add_argument("--files", type=int, default=10_000, help="entries of the mixed folder (default 10,000)")
    ap.add_argument("--fuzz", type=int, default=2_000, help="hypothesis examples (default 2,000)")
    ap.add_argument("--article-mb", type=float, default=0, help="also parse one article of N MB")
    args = ap.parse_args()
    if args.only in (None, "shapes"):
        bench_shapes(args.repeat)
    if args.only in (None, "corpus"):
        bench_corpus(args.files)
    if args.only in (None, "fuzz"):
        bench_fuzz(args.fuzz)
    if args.only == "big" or (args.only is None and args.article_mb):
        bench_big(args.article_mb or 50)


if __name__ == "__main__":
    main()
