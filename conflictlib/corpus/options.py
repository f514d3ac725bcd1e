"""How records are read: the names of their columns and the order of day and month in
numeric dates.  Set for the duration of one :func:`~conflictlib.read_corpus` call (a
context variable, so concurrent reads in threads do not mix them)."""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

#: The fields of a record and the column names read by default.
FIELDS = ("text", "published", "title", "source", "url", "id")


@dataclass(frozen=True)
class ReadOptions:
    columns: Mapping[str, str] = field(default_factory=dict)  # field -> column name
    dayfirst: bool | None = None  # "04/12/2023": 4 December (True), 12 April (False), ambiguous (None)

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


_OPTIONS: contextvars.ContextVar[ReadOptions] = contextvars.ContextVar("conflictlib_read_options",
                                                                      default=ReadOptions())


def current() -> ReadOptions:
    return _OPTIONS.get()


@contextmanager
def reading(options: ReadOptions) -> Iterator[None]:
    token = _OPTIONS.set(options)
    try:
        yield
    finally:
        _OPTIONS.reset(token)


def column_map(text: str | None = None, columns: Mapping[str, str] | None = None) -> dict[str, str]:
    """The field -> column mapping of *columns*, with *text* naming the text column; an
    unknown field is an error."""
    out = dict(columns or {})
    if text is not None:
        out["text"] = text
    unknown = sorted(set(out) - set(FIELDS))
    if unknown:
        raise ValueError(f"columns: unknown field(s) {unknown}; the fields are {list(FIELDS)}")
    return out
