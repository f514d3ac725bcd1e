"""The records of a corpus: articles and the problems met while reading them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Final

SUFFIXES: Final = (".txt", ".jsonl", ".csv")
"""File suffixes :func:`read_corpus` reads (compared without regard to case)."""

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


@dataclass(frozen=True, slots=True)
class ReadError:
    """A problem met while reading; *stage* is one of :data:`STAGES`."""

    source: str
    article_id: str | None
    stage: str
    message: str
