"""The records of a corpus: articles and the problems met while reading them."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

SUFFIXES: Final = (".txt", ".jsonl", ".csv", ".html", ".htm")
"""File suffixes :func:`read_corpus` reads (compared without regard to case), each also
gzip-compressed with ``.gz`` after it (``a.jsonl.gz``)."""

STAGES: Final = ("read", "decode", "empty", "date", "format")
"""Values of :attr:`ReadError.stage`."""

DateLike = str | datetime.date | None


@dataclass(frozen=True, slots=True)
class Article:
    """One article: the body text every offset indexes, and what is known about it."""

    article_id: str
    text: str
    published: datetime.date | None = None
    title: str | None = None
    source: str | None = None
    path: str | None = None
    url: str | None = None
    #: what gave ``published``: "record" (a field), "header", "dateline", "page" (a byline or
    #: timestamp line), "caller" (``published=``), "url" (the day in the address), or None
    published_from: str | None = None


@dataclass(frozen=True, slots=True)
class ReadError:
    """A problem met while reading; *stage* is one of :data:`STAGES`."""

    source: str
    article_id: str | None
    stage: str
    message: str


@dataclass(frozen=True)
class Accounting:
    """What became of every input of a corpus (:attr:`Corpus.accounting`).

    An *input* is a file (``.txt``, or a file of another suffix in a folder, which gets a
    ``read`` error), or one record of a ``.jsonl``
    file (a non-blank line) or a ``.csv`` file (a non-blank data row); a ``.jsonl`` or
    ``.csv`` file that cannot be split into records (unreadable, binary, no ``text``
    column, no records) is one input, and so is the rest of a CSV file after a malformed
    line.  Every input ends as exactly one article or exactly one error row that skips it
    (stages ``read``, ``decode``, ``empty``, ``format``), so
    ``inputs == articles + sum(skipped.values())`` always holds (:attr:`balanced`).  Other
    error rows (``notes``: a bad date, a fallback decoding, extra CSV fields) keep their
    article.  Entries of a folder that are not inputs (hidden entries, sub-folders) are
    listed in :attr:`ignored` with the reason.
    """

    files: int = 0
    inputs: int = 0
    articles: int = 0
    skipped: Mapping[str, int] = field(default_factory=dict)
    notes: int = 0
    ignored: tuple[tuple[str, str], ...] = ()

    @property
    def balanced(self) -> bool:
        """``inputs == articles + skipped`` (true by construction; a test checks it)."""
        return self.inputs == self.articles + sum(self.skipped.values())

    def __str__(self) -> str:
        skipped = sum(self.skipped.values())
        by_stage = ", ".join(f"{stage} {n}" for stage, n in sorted(self.skipped.items()))
        lines = [
            f"{self.files} file(s), {self.inputs} input(s): {self.articles} article(s) read, "
            f"{skipped} skipped" + (f" ({by_stage})" if by_stage else "")
            + f"; {self.notes} note(s) on kept articles",
        ]
        if self.ignored:
            lines.append(f"{len(self.ignored)} folder entr{'y' if len(self.ignored) == 1 else 'ies'} not read "
                         f"(hidden, sub-folders)")
        if not self.balanced:  # never, by construction
            lines.append("ACCOUNTING MISMATCH: inputs != articles + skipped")
        return "\n".join(lines)
