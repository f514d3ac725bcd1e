"""List every run of eight words that a tracked file shares with a real text.

Article texts are third-party writing: cases, tests, comments, docs and gold notes are the
project's own words, modelled on the forms of real reporting and never copied
(DEVELOPERS.md).  This tool checks that rule: it compares every tracked text file with every
text in ``benchmarks/real/texts`` (git-ignored; a clone without the texts has nothing to
check) and prints each shared run of eight words with the file and the text it comes from.
Runs that the user's seed (``seeds/*.txt``) also holds are not listed: the seed is the
project's own default corpus.  In the gold files (``*.jsonl``) the ``url`` and ``query`` of a
record are not read: they are where the text is found, and a url often repeats its headline.

Usage::

    python tools/check_overlap.py                 # every tracked file
    python tools/check_overlap.py tests/cases     # files under a path
    python tools/check_overlap.py --since main    # only lines added since a commit
    python tools/check_overlap.py --messages main..HEAD   # also the commit messages of a range

Exit status 1 when a run is shared, 0 when none is (or when there are no texts to check).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: The length of a shared run that counts as copied.
RUN = 8
#: Tracked files read as text.
SUFFIXES = (".py", ".md", ".json", ".jsonl", ".csv", ".ipynb", ".txt", ".toml", ".yml", ".cfg")
_WORD = re.compile(r"[a-z0-9]+")


#: Fields of a gold record that point at the text rather than describe it.
_PROVENANCE = ("url", "query")


def _prose(path: str, text: str) -> str:
    """The text of a file as the check reads it: a gold file without its provenance fields."""
    if not path.endswith(".jsonl"):
        return text
    out = []
    for line in text.splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            out.append(line)
            continue
        if isinstance(rec, dict):
            for k in _PROVENANCE:
                rec.pop(k, None)
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out)


def _runs(text: str) -> list[str]:
    w = _WORD.findall(text.lower())
    return [" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1)]


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout


def _added_lines(since: str) -> dict[str, str]:
    """The lines each file gained since commit *since*."""
    out: dict[str, list[str]] = {}
    cur = None
    for line in _git("diff", "-U0", since, "HEAD").splitlines():
        if line.startswith("+++ "):
            cur = line[6:] if line.startswith("+++ b/") else None
        elif cur and line.startswith("+"):
            out.setdefault(cur, []).append(line[1:])
    return {p: "\n".join(lines) for p, lines in out.items()}


def _messages(rev_range: str) -> dict[str, str]:
    """The message of each commit in *rev_range*, by "commit SHORT-SHA": a message is the
    project's own words too, and once landed it cannot be mended."""
    out = {}
    for block in _git("log", "--format=%h%x00%B%x01", rev_range).split("\x01"):
        if "\x00" in block:
            sha, msg = block.strip().split("\x00", 1)
            out[f"commit {sha}"] = msg
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="only files under these paths")
    ap.add_argument("--since", help="only lines added since this commit")
    ap.add_argument("--messages", metavar="RANGE", help="also the commit messages of this range (main..HEAD)")
    ap.add_argument("--texts", default=str(REPO / "benchmarks" / "real" / "texts"), help="folder of real texts")
    args = ap.parse_args(argv)
    # (a link in texts-dev/ whose text could not be fetched again points nowhere)
    texts = sorted(t for t in Path(args.texts).glob("*.txt") if t.exists())
    if not texts:
        print(f"no real texts in {args.texts}: nothing to check")
        return 0
    source: dict[str, str] = {}
    for t in texts:
        for r in _runs(t.read_text(encoding="utf-8")):
            source.setdefault(r, t.name)
    for s in (REPO / "seeds").glob("*.txt"):
        for r in _runs(s.read_text(encoding="utf-8")):
            source.pop(r, None)
    if args.since:
        files = _added_lines(args.since)
    else:
        files = {p: (REPO / p).read_text(encoding="utf-8", errors="replace")
                 for p in _git("ls-files").split() if p.endswith(SUFFIXES) and (REPO / p).is_file()}
    if args.messages:
        files.update(_messages(args.messages))
    shared = 0
    for path, text in sorted(files.items()):
        if args.paths and not path.startswith("commit ") and not any(path.startswith(p.rstrip("/")) for p in args.paths):
            continue
        for r in dict.fromkeys(_runs(_prose(path, text))):
            if r in source:
                shared += 1
                print(f"{path} <-> {source[r]} | {r}")
    print(f"{shared} shared run(s) of {RUN} words in {len(files)} file(s), against {len(texts)} real texts")
    return 1 if shared else 0


if __name__ == "__main__":
    raise SystemExit(main())
