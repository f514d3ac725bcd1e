"""A generated folder of everything a scraped archive holds, with what reading it must give.

:func:`write_mixed_corpus` writes *n* files (SYNTHETIC articles written for the tests) of
the kinds below in turn and returns the :class:`~conflictlib.Accounting` that reading the
folder must report.  Used by ``tests/test_robust.py`` (2,000 files) and
``benchmarks/bench_robust.py`` (10,000 files).
"""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

_PLACES = ("Ain al-Asad", "Erbil", "Tower 22", "al-Tanf", "Green Village", "Harir", "Baghdad airport",
           "Mission Support Site Euphrates", "Conoco", "al-Shaddadi")
_GROUPS = ("Kataib Hezbollah", "the Islamic Resistance in Iraq", "Harakat al-Nujaba", "militants")
_WEAPONS = ("a drone", "two drones", "rockets", "a one-way attack drone", "three rockets")
_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def article(rng: random.Random) -> str:
    """A short SYNTHETIC article in the forms of wire reporting."""
    day = rng.randrange(1, 28)
    return (
        f" date 2023-{rng.randrange(10, 13)}-{day:02d} SYNTHETIC report\n\n"
        f"BAGHDAD (Reuters) - {rng.choice(_GROUPS)} attacked US forces at {rng.choice(_PLACES)} with "
        f"{rng.choice(_WEAPONS)} late on {rng.choice(_DAYS)}, a US official said. "
        f"No one was hurt. The Pentagon said about {rng.randrange(2, 9) * 100} troops remain in Syria.\n"
    )


class _Writer:
    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root, self.rng = root, rng
        self.inputs = self.articles = self.notes = self.files = 0
        self.skipped: Counter[str] = Counter()
        self.ignored = 0

    def write(self, name: str, data: bytes | str) -> Path:
        path = self.root / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    def kept(self, n: int = 1, notes: int = 0) -> None:
        self.inputs += n
        self.articles += n
        self.notes += notes

    def skip(self, stage: str, n: int = 1) -> None:
        self.inputs += n
        self.skipped[stage] += n

    # one method per kind of file; each writes one file (or entry) and books its outcome
    def good(self, i: int) -> None:
        self.write(f"art_{i:05d}.txt", article(self.rng)); self.files += 1; self.kept()

    def odd_name(self, i: int) -> None:
        name = self.rng.choice([f"with space {i}.txt", f"new\nline {i}.txt", f"caf\u00e9 \u0628\u063a\u062f\u0627\u062f {i}.txt",
                                f"UPPER {i}.TXT"])
        self.write(name, article(self.rng)); self.files += 1; self.kept()

    def empty(self, i: int) -> None:
        self.write(f"empty_{i}.txt", b"" if i % 2 else b" \n\t \n"); self.files += 1; self.skip("empty")

    def binary(self, i: int) -> None:
        self.write(f"scan_{i}.txt", bytes(self.rng.randrange(256) for _ in range(2000)) + b"\x00\x00")
        self.files += 1; self.skip("decode")

    def latin1(self, i: int) -> None:
        self.write(f"latin1_{i}.txt", ("Caf\u00e9 na\u00efve: " + article(self.rng)).encode("latin-1"))
        self.files += 1; self.kept(notes=1)

    def utf16(self, i: int) -> None:
        text = article(self.rng)
        data = text.encode("utf-16") if i % 2 else text.encode("utf-16-le")  # with and without a BOM
        self.write(f"utf16_{i}.txt", data); self.files += 1; self.kept(notes=0 if i % 2 else 1)

    def bom(self, i: int) -> None:
        self.write(f"bom_{i}.txt", b"\xef\xbb\xbf" + article(self.rng).encode()); self.files += 1; self.kept()

    def html(self, i: int) -> None:
        self.write(f"page_{i}.txt", f"<html><body><p>{article(self.rng)}</p><script>x()</script></body></html>")
        self.files += 1; self.kept()

    def jsonl(self, i: int) -> None:
        lines = [json.dumps({"text": article(self.rng), "id": f"j{i}-{k}"}) for k in range(3)]
        lines += ['{"text": "cut off', '["not", "an", "object"]', ""]
        self.write(f"feed_{i}.jsonl", "\n".join(lines)); self.files += 1; self.kept(3); self.skip("format", 2)

    def csv(self, i: int) -> None:
        body = article(self.rng).replace('"', "")
        rows = ["id,text", f'c{i}-1,"{body}"', f"c{i}-2", f'c{i}-3,"{body}",surplus', f'c{i}-4,"{"x " * (100_000 if i < len(_KINDS) else 100)}"']  # one field of 200 KB
        self.write(f"sheet_{i}.csv", "\n".join(rows) + "\n"); self.files += 1
        self.kept(1); self.skip("format"); self.kept(1, notes=1); self.kept(1)

    def csv_no_text(self, i: int) -> None:
        self.write(f"notext_{i}.csv", "id,body\n1,x\n"); self.files += 1; self.skip("format")

    def folder_named_txt(self, i: int) -> None:
        (self.root / f"dir_{i}.txt").mkdir(); self.files += 1; self.skip("read")

    def dangling(self, i: int) -> None:
        os.symlink(self.root / f"missing_{i}", self.root / f"dangling_{i}.txt"); self.files += 1; self.skip("read")

    def looping(self, i: int) -> None:
        os.symlink(self.root / f"loop_{i}.txt", self.root / f"loop_{i}.txt"); self.files += 1; self.skip("read")

    def unreadable(self, i: int) -> None:
        path = self.write(f"locked_{i}.txt", article(self.rng))
        path.chmod(0)
        self.files += 1
        if os.access(path, os.R_OK):  # root reads it anyway
            self.kept()
        else:
            self.skip("read")

    def hidden(self, i: int) -> None:
        self.write(f".hidden_{i}.txt", article(self.rng)); self.ignored += 1

    def other_suffix(self, i: int) -> None:
        self.write(f"notes_{i}.{self.rng.choice(['md', 'pdf', 'docx', 'json'])}", "not read"); self.files += 1; self.skip("read")


#: Kinds in the order they are written, weighted: most files of an archive are articles.
_KINDS: list[Callable[[_Writer, int], None]] = [
    _Writer.good, _Writer.good, _Writer.good, _Writer.good, _Writer.odd_name, _Writer.empty,
    _Writer.binary, _Writer.latin1, _Writer.utf16, _Writer.bom, _Writer.html, _Writer.jsonl, _Writer.csv,
    _Writer.csv_no_text, _Writer.folder_named_txt, _Writer.dangling, _Writer.looping, _Writer.unreadable,
    _Writer.hidden, _Writer.other_suffix,
]


def write_mixed_corpus(root: Path, n: int, *, long_line: int = 1_000_000, seed: int = 13) -> dict[str, object]:
    """Write *n* entries into *root* (plus one line of *long_line* characters without a full
    stop) and return the accounting reading them must give: ``files``, ``inputs``,
    ``articles``, ``skipped`` (by stage), ``notes``, ``ignored``."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from shapes import SHAPES

    root.mkdir(parents=True, exist_ok=True)
    w = _Writer(root, random.Random(seed))
    for i in range(n - 1):
        _KINDS[i % len(_KINDS)](w, i)
    w.write("long_line.txt", SHAPES["mixed"](long_line)); w.files += 1; w.kept()
    return {"files": w.files, "inputs": w.inputs, "articles": w.articles, "skipped": dict(w.skipped),
            "notes": w.notes, "ignored": w.ignored}
