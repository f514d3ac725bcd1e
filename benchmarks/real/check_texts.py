"""Which texts of the real-reporting sets are here, missing or changed.

The texts are third-party writing and are not in git (``texts/`` is ignored); each record
of ``gold.jsonl`` and ``gold_clusters.jsonl`` keeps the url, the search query that finds the
text and the sha1 of the exact text that was annotated.  Run this after fetching texts
again: it lists each record whose ``texts/ID.txt`` is missing or differs.

    python benchmarks/real/check_texts.py             # exit 1 if any text is missing or changed
    python benchmarks/real/check_texts.py --link-dev  # also (re)make texts-dev/: links to the
                                                      # development part's texts only
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def link_dev() -> int:
    """Point ``texts-dev/ID.txt`` at ``texts/ID.txt`` for each dev record of ``gold.jsonl`` and
    of ``gold_clusters.jsonl``.

    Tuning reads ``texts-dev/`` so that it never opens a test text by accident (the clusters'
    dev split, by incident, is scored from it too).
    """
    out = HERE / "texts-dev"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    n = 0
    for name in ("gold.jsonl", "gold_clusters.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["split"] == "dev" and not (out / f"{rec['id']}.txt").exists():
                (out / f"{rec['id']}.txt").symlink_to(HERE / "texts" / f"{rec['id']}.txt")
                n += 1
    print(f"texts-dev/: {n} links to development texts")
    return n


def main() -> int:
    if "--link-dev" in sys.argv[1:]:
        link_dev()
    bad = 0
    total = 0
    for name in ("gold.jsonl", "gold_clusters.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            total += 1
            path = HERE / "texts" / f"{rec['id']}.txt"
            if not path.exists():
                print(f"missing  {rec['id']}  query: {rec['query']!r}  url: {rec['url']}")
                bad += 1
                continue
            sha = hashlib.sha1(path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
            if sha != rec["text_sha1"]:
                print(f"changed  {rec['id']}  (sha1 {sha} != {rec['text_sha1']})")
                bad += 1
    print(f"{total - bad} of {total} texts present and unchanged")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
