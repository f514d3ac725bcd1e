"""Benchmark conflictlib on a SYNTHETIC corpus.

Every article this script writes is SYNTHETIC: made up from templates written
for this benchmark and filled at random from lists of real place, group and
weapon names, with dates between October 2023 and February 2024.  The events,
claims, figures and quotes it produces never happened as written.  Each title
says so ("SYNTHETIC benchmark article 17: ...") and each dateline names the
fictional agency "SYN" rather than a real wire service.

Usage::

    python benchmarks/bench_parse.py [--articles 1000] [--seed 0]
    python benchmarks/bench_parse.py --write DIR [--articles N] [--seed S]   # only write the corpus
    python benchmarks/bench_parse.py --against HEAD~1   # also time an earlier commit, same run

Measured: ``import conflictlib`` in a fresh interpreter (median of 5, and
whether it pulled in matplotlib), :func:`conflictlib.read_corpus`, and
:func:`conflictlib.parse` pinned to one core (best of 3, MB/s and
articles/s), then peak memory (tracemalloc peak during one parse, and the
process's maximum resident set size).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

FIRST_DAY = datetime.date(2023, 10, 17)
LAST_DAY = datetime.date(2024, 2, 29)

# ------------------------------------------------------------------ names (facts; the sentences are invented)

IRAQ_BASES = [
    "Ain al-Asad air base", "Ain Al Asad base", "Al-Asad airbase", "Harir air base", "the Harir base",
    "Erbil airport", "a base near Erbil International Airport", "Baghdad airport", "the Victory base complex",
    "Union III", "the US Embassy in Baghdad",
]
SYRIA_BASES = [
    "al-Tanf garrison", "the Tanf base", "Green Village", "the al-Omar oil field", "Mission Support Site Conoco",
    "the Conoco gas field", "Mission Support Site Euphrates", "al-Shaddadi", "the Rumalyn landing zone",
    "Qasrak", "Tal Baydar", "Kharab al-Jir",
]
JORDAN_BASES = ["Tower 22", "a small logistics base near al-Rukban"]
STRIKE_PLACES = [
    "Kirkuk", "Jurf al-Sakhar", "al-Qaim", "Akashat", "Albu Kamal", "al-Mayadin", "Deir ez-Zor",
    "the Mashtal district of Baghdad",
]
CLAIMANTS = [
    "the Islamic Resistance in Iraq", "Kataib Hezbollah", "Harakat Hezbollah al-Nujaba", "al-Nujaba",
    "Kataib Sayyid al-Shuhada", "the Islamic Resistance of Iraq",
]
BACKERS = ["Iran-backed", "Tehran-allied", "Iran-aligned"]
WEAPON_PHRASES = [
    ("drone", "a drone"), ("drone", "two drones"), ("drone", "a one-way attack drone"),
    ("drone", "several suicide drones"), ("rocket", "four Katyusha rockets"), ("rocket", "multiple rockets"),
    ("rocket", "a rocket"), ("missile", "a close-range ballistic missile"), ("missile", "two ballistic missiles"),
    ("mortar", "mortar rounds"),
]
CONFIRMERS = [
    "a US defense official", "a US military official", "the Pentagon", "US Central Command",
    "a Pentagon spokesperson", "security sources", "a coalition official",
]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen"]
QUALIFIERS = ["at least", "about", "nearly", "more than", "roughly", "some"]
DAY_WORDS = ["late on {wd}", "on {wd}", "early {wd}", "{wd} evening", "overnight", "on {md}", "earlier this week"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["BAGHDAD", "ERBIL, Iraq", "WASHINGTON", "BEIRUT", "AMMAN, Jordan", "DAMASCUS"]

# ------------------------------------------------------------------ templates (written for this benchmark)

ATTACKS = [
    "{Claimant} said its fighters attacked {base} with {weapon} {when}, adding that the strike hit its target directly.",
    "US and coalition forces came under attack {when} when {weapon} targeted {base}, according to {confirmer}.",
    "{weapon_cap} struck {base} {when}, {confirmer} said, and the base's air defences returned fire.",
    "Fighters loyal to {claimant} targeted {base} {when} in what the group described as a response to the war in Gaza.",
    "{confirmer_cap} said {weapon} had been fired toward {base} {when} but fell short of the perimeter.",
    "A second attack followed within hours, this time on {base2}, where {weapon2} landed near a fuel depot.",
]
CLAIMS = [
    "In a post on its Telegram channel, {claimant} claimed responsibility for the attack on {base}.",
    "{Claimant} said in a statement that it had launched {weapon} against {base} and vowed more operations.",
    "A channel affiliated with {claimant} published footage it said showed the launch, which could not be independently verified.",
    "There was no immediate claim of responsibility, though suspicion fell on {backer} groups operating near the border.",
    "{Claimant} warned that attacks on American bases would continue as long as the bombardment of Gaza went on.",
]
CONFIRMATIONS = [
    "{confirmer_cap}, speaking on condition of anonymity, confirmed the attack and said it caused no damage.",
    "{confirmer_cap} confirmed that the {weapon_kind} was shot down before it reached {base}.",
    "The attack was later confirmed by {confirmer}, and the base was said not to be seriously damaged.",
    "{confirmer_cap} denied that any aircraft had been hit, calling the group's account exaggerated.",
]
CASUALTIES = [
    "{n_word} US service members suffered minor injuries, including traumatic brain injuries, and have returned to duty.",
    "No casualties or damage were reported, {confirmer} said.",
    "{qual_cap} {n} American personnel were treated for concussion-like symptoms after the blast.",
    "The strikes killed {n_word} fighters of {claimant}, a group official said, and wounded {n2} others.",
    "Three US soldiers died and over 40 were wounded in the attack on Tower 22, the deadliest of the campaign.",
    "A contractor suffered a cardiac episode while sheltering and later died, officials said.",
]
TROOPS = [
    "The United States keeps about 2,500 troops in Iraq and roughly 900 in Syria to advise local forces against Islamic State.",
    "Some 2,500 US troops serve in Iraq, and about 900 remain in northeast Syria.",
    "The Pentagon said {n_big} additional troops had been placed on prepare-to-deploy orders for the region.",
    "Washington keeps {qual} {n_big} service members across the region, many of them at small outposts.",
]
TALLIES = [
    "US and coalition forces have been attacked {qual} {tally} times since Oct. 17, {tally_iq} times in Iraq and {tally_sy} in Syria, the Pentagon said.",
    "The attack was the {ordinal} on US forces since mid-October, according to a count kept by {confirmer}.",
    "By the Pentagon's count there have been {qual} {tally} such attacks since October 17.",
]
STRIKES = [
    "US forces carried out precision strikes on {n_word} facilities used by {claimant} near {strike_place} {when}.",
    "A US air strike {when} hit a drone staging site outside {strike_place}, killing {n_word} militiamen.",
    "The retaliatory strikes targeted command centres, weapons depots and a drone storage site near {strike_place}.",
    "{Confirmer} described the strike near {strike_place} as a self-defence action against an imminent threat.",
]
BACKGROUND = [
    "The attacks began after Hamas' Oct. 7 assault on Israel and the Israeli offensive in Gaza that followed.",
    "{Claimant} is part of a loose network of {backer} armed groups that has been attacking US forces since October.",
    "The US-led coalition was formed in 2014 to fight Islamic State, which then held large parts of Iraq and Syria.",
    "Iraq's government has condemned both the attacks on the bases and the American strikes in reply, calling them a breach of sovereignty.",
    "The Popular Mobilization Forces, an umbrella of mostly {backer} paramilitaries, were formally folded into Iraq's security forces in 2016.",
    "Analysts say the groups calibrate their attacks to pressure Washington without provoking a wider war.",
    "Officials in Baghdad have been negotiating the future of the coalition's presence in the country.",
]
HEADLINES = [
    "Drones target US forces at {base}", "US strikes militia sites near {strike_place}",
    "Militia claims attack on {base}", "Pentagon tallies {tally} attacks since October",
    "Live updates: US bases in Iraq and Syria under fire", "Rocket attack on {base} causes no casualties",
]
TAILS = [
    ", the latest in a string of attacks on bases hosting US troops since the war in Gaza began",
    ", according to a statement that was circulated by channels close to the armed factions",
    ", although the account could not be independently verified by reporters in the area",
    ", in an area where militias and government forces have long operated side by side",
    ", officials in Baghdad and Washington said in separate briefings later in the day",
    ", a development that local security officials described as worrying for the weeks ahead",
]
"""Clauses added to many sentences so that an article of 8-20 sentences weighs about 2-4 KB."""

KINDS: list[tuple[list[str], float]] = [
    (ATTACKS, 3.0), (CLAIMS, 2.0), (CONFIRMATIONS, 1.5), (CASUALTIES, 1.5), (TROOPS, 0.7),
    (TALLIES, 0.8), (STRIKES, 1.2), (BACKGROUND, 2.5),
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def synthetic_article(i: int, rng: random.Random) -> tuple[datetime.date, str, str]:
    """One SYNTHETIC article: (publication date, title, body of 8-20 sentences, about 2-4 KB)."""
    day = FIRST_DAY + datetime.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    tally = max(1, int((day - FIRST_DAY).days * 1.25) + rng.randint(-3, 3))
    tally_iq = tally * rng.randint(40, 55) // 100
    event_day = day - datetime.timedelta(days=rng.randint(0, 2))

    def fill(template: str) -> str:
        kind, weapon = rng.choice(WEAPON_PHRASES)
        _, weapon2 = rng.choice(WEAPON_PHRASES)
        base = rng.choice(IRAQ_BASES + SYRIA_BASES + JORDAN_BASES)
        claimant, confirmer = rng.choice(CLAIMANTS), rng.choice(CONFIRMERS)
        when = rng.choice(DAY_WORDS).format(
            wd=WEEKDAYS[event_day.weekday()], md=f"{event_day:%b}. {event_day.day}"
        )
        qual = rng.choice(QUALIFIERS)
        values = {
            "claimant": claimant, "Claimant": _cap(claimant), "confirmer": confirmer,
            "confirmer_cap": _cap(confirmer), "Confirmer": _cap(confirmer), "base": base,
            "base2": rng.choice(SYRIA_BASES + IRAQ_BASES), "weapon": weapon, "weapon_cap": _cap(weapon),
            "weapon2": weapon2, "weapon_kind": kind, "when": when, "backer": rng.choice(BACKERS),
            "n_word": rng.choice(NUMBER_WORDS), "n": rng.randint(2, 60), "n2": rng.randint(1, 12),
            "n_big": f"{rng.choice([300, 900, 1500, 2000, 2500, 3000]):,}", "qual": qual, "qual_cap": _cap(qual),
            "tally": tally, "tally_iq": tally_iq, "tally_sy": tally - tally_iq, "ordinal": _ordinal(tally),
            "strike_place": rng.choice(STRIKE_PLACES),
        }
        text = template.format(**values)
        if rng.random() < 0.7:
            text = text[:-1] + rng.choice(TAILS) + text[-1]
        return _cap(text)

    title = f"SYNTHETIC benchmark article {i}: " + fill(rng.choice(HEADLINES))
    sentences = [fill(rng.choice(ATTACKS))]
    if rng.random() < 0.5:
        sentences[0] = f"{rng.choice(CITIES)}, {day:%b} {day.day} (SYN) - " + sentences[0]
    target = rng.randint(2048, 4096)
    size = len(sentences[0])
    lists, weights = zip(*KINDS)
    while len(sentences) < 20 and (len(sentences) < 8 or size < target):
        sentence = fill(rng.choice(rng.choices(lists, weights)[0]))
        sentences.append(sentence)
        size += len(sentence) + 2
    # live blogs and round-ups group sentences into short paragraphs
    paragraphs, k = [], 0
    while k < len(sentences):
        step = rng.choice([1, 1, 2, 3])
        paragraphs.append(" ".join(sentences[k:k + step]))
        k += step
    return day, title, "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n: int, seed: int) -> list[Path]:
    """Write *n* SYNTHETIC articles as ``.txt`` files with a `` date YYYY-MM-DD title`` header."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(1, n + 1):
        day, title, body = synthetic_article(i, rng)
        path = folder / f"synthetic_{i:05d}.txt"
        path.write_text(f" date {day.isoformat()} {title}\n\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------------ measurements

IMPORT_PROBE = (
    "import json, sys, time; t = time.perf_counter(); import conflictlib; "
    "print(json.dumps([time.perf_counter() - t, 'matplotlib' in sys.modules, 'pandas' in sys.modules]))"
)


def measure_import(runs: int = 5) -> tuple[float, bool, bool]:
    """Median wall time of ``import conflictlib`` in fresh interpreters; matplotlib/pandas loaded?"""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, env=env, timeout=120, check=True
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return statistics.median(r[0] for r in results), any(r[1] for r in results), any(r[2] for r in results)


def best_of(fn: Callable[[], object], runs: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def max_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10  # bytes on macOS, KiB on Linux


# Times parse() of an earlier commit on the same corpus, in a fresh interpreter whose first
# path entry is that commit's tree (checked out in a temporary git worktree).
_AGAINST_PROBE = """
import os, sys, time
tree, folder = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree)
import conflictlib as cl
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
corpus = cl.read_corpus(folder)
best = float("inf")
for _ in range(3):
    t = time.perf_counter()
    cl.parse(corpus)
    best = min(best, time.perf_counter() - t)
print(best)
"""


def time_commit(ref: str, folder: str) -> float:
    """Best-of-3 parse seconds of commit *ref* on the corpus in *folder*."""
    with tempfile.TemporaryDirectory(prefix="conflictlib-bench-ref-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), ref], check=True)
        try:
            out = subprocess.run([sys.executable, "-c", _AGAINST_PROBE, str(tree), folder],
                                 capture_output=True, text=True, check=True)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="number of SYNTHETIC articles (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--write", metavar="DIR", type=Path, help="only write the corpus to DIR and exit")
    ap.add_argument("--against", metavar="REF", help="also time parse() of git commit REF on the same corpus")
    args = ap.parse_args(argv)

    if args.write:
        paths = write_corpus(args.write, args.articles, args.seed)
        total = sum(p.stat().st_size for p in paths)
        print(f"wrote {len(paths)} SYNTHETIC articles ({total / 1e6:.2f} MB) to {args.write}")
        return 0

    rows: list[tuple[str, str]] = []

    def show() -> None:
        width = max(len(k) for k, _ in rows)
        print("\nconflictlib benchmark (SYNTHETIC corpus)")
        for key, value in rows:
            print(f"  {key:<{width}}  {value}")

    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="conflictlib-bench-") as tmp:
        paths = write_corpus(Path(tmp), args.articles, args.seed)
        n_bytes = sum(p.stat().st_size for p in paths)
        rows.append(("corpus", f"{len(paths)} articles, {n_bytes / 1e6:.2f} MB, seed {args.seed}"))

        seconds, has_mpl, has_pd = measure_import()
        rows.append(("import conflictlib (median of 5)", f"{seconds * 1000:.1f} ms"))
        rows.append(("  imports matplotlib / pandas", f"{has_mpl} / {has_pd}"))

        import conflictlib as cl

        from conflictlib.corpus import read_corpus as fallback_reader

        reader: Callable[[str], Any] = getattr(cl, "read_corpus", fallback_reader)
        seconds, result = best_of(lambda: reader(tmp))
        corpus: Any = result
        rows.append(("read_corpus (best of 3)", f"{seconds * 1000:.0f} ms, {len(corpus)} articles"))
        text_mb = sum(len(a.text.encode("utf-8")) for a in corpus) / 1e6

        parse: Callable[[Any], Any] | None = getattr(cl, "parse", None)
        if parse is None:
            rows.append(("parse", "FAILED: conflictlib.parse does not exist yet"))
            rows.append(("max RSS", f"{max_rss_mb():.0f} MB"))
            show()
            return 1
        rows.append(("parse CPU", pin_to_one_core()))
        rows.append(("extractor", "compiled (tools/compile_extract.py)" if getattr(cl, "COMPILED", False)
                     else "the Python modules"))
        run_parse = parse
        seconds, _ = best_of(lambda: run_parse(corpus))
        rows.append(("parse (best of 3)", f"{seconds:.3f} s"))
        rows.append(("  throughput", f"{text_mb / seconds:.2f} MB/s, {len(corpus) / seconds:.0f} articles/s"))
        if args.against:
            theirs = time_commit(args.against, tmp)
            rows.append((f"parse at {args.against} (best of 3)", f"{theirs:.3f} s, {text_mb / theirs:.2f} MB/s"))
            rows.append(("  this tree / that commit", f"{seconds / theirs:.2f}x the time"))

        tracemalloc.start()
        parse(corpus)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(("parse peak (tracemalloc)", f"{peak / 2**20:.1f} MB"))
        rows.append(("max RSS (getrusage)", f"{max_rss_mb():.0f} MB"))
    show()
    return 0


if __name__ == "__main__":
    sys.exit(main())
