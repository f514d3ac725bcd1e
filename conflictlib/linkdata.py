"""What linking reads of a parse, kept compact while a corpus streams.

``conflictlib parse`` writes each chunk's tables and drops them; the incidents are linked at
the end from every event of the corpus.  Linking needs neither the article texts nor the
sentences, rules and offsets of the rows, and most of its string cells repeat (a place, a
country, a weapon, a speaker), so :class:`LinkInput` keeps, chunk by chunk, only the columns
of the tables linking reads, and hands them over with each repeated string stored once
(a categorical whose categories are plain Python strings).  On a 50 MB corpus that is a
tenth of what reading the written tables back took.  The incidents are the same as those of
:func:`conflictlib.link` on the whole parse: only what is stored changes, not what is read.

Given a folder (*spill*), the kept columns of each chunk go to a file there as they come
(one file per table, a pickle per chunk appended), so that reading and extracting stay flat
however large the corpus is: about 40 MB per 100,000 events is then on disk, not in memory,
until linking reads it back.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from .schema import COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from ._parse import Parsed
    from .lookup import Config

__all__ = ["LINK_TABLES", "LinkInput"]

#: The tables linking reads (:func:`conflictlib.incidents.link`); the others stay empty.
LINK_TABLES: Final = ("articles", "events", "claims", "casualties")
#: Columns no linking rule reads: the evidence of a row (its sentence, offsets and rule), the
#: article's text, and the claims' own ids (a claim reaches linking through its event_ids; one
#: id per row, they would cost as much as the events' ids).  Every other column is kept, so a
#: rule that starts reading one finds it.
_UNREAD: Final = frozenset({"text", "rule", "start", "end", "path", "title", "n_chars", "claim_id"})


def _columns(name: str) -> list[str]:
    # an undated event's sentence is read: the weekday it gives ("a Thursday drone strike")
    # ties it to a report of that day (incidents/weekdays.py); dated events' sentences are not kept
    keep = {"text"} if name == "events" else set()
    return [c for c in COLUMNS[name] if c not in _UNREAD or c in keep]


def _sentences_of_undated(events: "pd.DataFrame") -> "pd.DataFrame":
    """*events* with the sentence kept only where linking reads it: on undated events."""
    from .incidents.common import _DATE_LEVEL

    dated = events["date"].notna() & events["date_precision"].isin(list(_DATE_LEVEL))
    return events.assign(text=events["text"].where(~dated))


def _compact(df: "pd.DataFrame") -> "pd.DataFrame":
    """*df* with every string column as a categorical of Python strings: each distinct value
    once, and a column read as a list (``astype(object)``) gives the same object each time
    instead of a new string per cell."""
    import pandas as pd

    out = {}
    for c in df.columns:
        s = df[c]
        # (object: categoricals of several chunks joined; the schema has no object column)
        if isinstance(s.dtype, pd.StringDtype) or s.dtype == object:
            codes, uniques = pd.factorize(s.to_numpy(dtype=object, na_value=None), use_na_sentinel=True)
            cats = pd.Index(list(uniques), dtype=object)
            s = pd.Series(pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(cats)), index=s.index)
        out[c] = s
    return pd.DataFrame(out, index=df.index)


def _union(pieces: "list[pd.Series]") -> "pd.Series":
    """Categorical columns *pieces* (of plain Python strings) one under the other, as one:
    each distinct string once, in order of first appearance (as :func:`_compact` gives)."""
    import numpy as np
    import pandas as pd

    position: dict[Any, int] = {}
    codes = []
    for piece in pieces:
        at = np.array([position.setdefault(v, len(position)) for v in piece.cat.categories], dtype=np.int64)
        own = piece.cat.codes.to_numpy()
        codes.append(np.where(own >= 0, at[np.maximum(own, 0)], -1) if len(at) else np.full(len(own), -1))
    cats = pd.Index(list(position), dtype=object)
    del position
    return pd.Series(pd.Categorical.from_codes(np.concatenate(codes), dtype=pd.CategoricalDtype(cats)))


def _join(parts: "list[pd.DataFrame]") -> "pd.DataFrame":
    """The compact frames *parts* one under the other, compact: column by column, each
    categorical joined as one, without a column of Python objects and a second compacting in
    between; the parts give up each column as it is joined."""
    import pandas as pd

    out = {}
    for c in list(parts[0].columns):
        pieces = [p.pop(c) for p in parts]
        if isinstance(pieces[0].dtype, pd.CategoricalDtype):
            out[c] = _union(pieces)
        else:
            out[c] = pd.concat(pieces, ignore_index=True)
        del pieces
    return pd.DataFrame(out)


class LinkInput:
    """The columns linking reads of every chunk added, joined on :meth:`parsed`; kept in
    memory, or, given a folder *spill*, in files in a hidden folder made there (removed when
    :meth:`parsed` has read them, or when this object goes)."""

    def __init__(self, spill: "str | os.PathLike[str] | None" = None) -> None:
        import tempfile

        self._parts: dict[str, list[pd.DataFrame]] = {name: [] for name in LINK_TABLES}
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        if spill is not None:
            Path(spill).mkdir(parents=True, exist_ok=True)
            self._dir = tempfile.TemporaryDirectory(prefix=".linkdata-", dir=spill)
        self._spilled: dict[str, int] = {name: 0 for name in LINK_TABLES}  # chunks in each file

    def _file(self, name: str) -> Path:
        assert self._dir is not None
        return Path(self._dir.name) / f"{name}.pickle"

    def add(self, x: "Parsed") -> None:
        """Keep what linking reads of chunk *x* (a copy: the chunk itself can go)."""
        for name in LINK_TABLES:
            df = getattr(x, name)
            if len(df):
                df = df[_columns(name)]
                if name == "events":
                    df = _sentences_of_undated(df)
                df = _compact(df)
                if self._dir is None:
                    self._parts[name].append(df)
                else:
                    with open(self._file(name), "ab") as f:
                        pickle.dump(df, f, protocol=pickle.HIGHEST_PROTOCOL)
                    self._spilled[name] += 1

    def _take(self, name: str, keep: bool = False) -> "list[pd.DataFrame]":
        """The kept parts of table *name*, in order; no longer kept unless *keep*."""
        parts = list(self._parts_of(name))
        if not keep:
            self._parts[name] = []
            if self._spilled[name]:
                self._file(name).unlink()
                self._spilled[name] = 0
        return parts

    def _parts_of(self, name: str) -> "Iterator[pd.DataFrame]":
        """The kept parts of table *name*, in order, read one at a time (and kept)."""
        yield from self._parts[name]
        if self._spilled.get(name):
            with open(self._file(name), "rb") as f:
                for _ in range(self._spilled[name]):
                    yield pickle.load(f)

    def _table(self, name: str, keep: bool = False) -> "pd.DataFrame":
        """Table *name* of the kept columns, every chunk's rows in order."""
        from .schema import frame

        parts = self._take(name, keep) if name in LINK_TABLES else []
        if not parts:
            return frame(name, [])[_columns(name)] if name in LINK_TABLES else frame(name, [])
        return _join(parts)

    def incident_pieces(self, config: "Config") -> "Iterator[pd.DataFrame]":
        """The incidents of every event kept, a piece at a time (see
        :func:`conflictlib.incidents.linking.incident_pieces`: joined, the table of
        :func:`conflictlib.link` on the whole parse), to be written as they come.  Kept in
        files, the events, claims and casualties are read from them part by part (one chunk's
        rows at a time, :meth:`_Tables.parts`): no table of the whole corpus is in memory
        while linking builds its reports."""
        from .incidents.linking import incident_pieces

        if self._dir is None:
            yield from incident_pieces(self.parsed(config))
            return
        yield from incident_pieces(_Tables(self, config))  # type: ignore[arg-type]  # it reads the tables only
        self._dir.cleanup()

    def parsed(self, config: "Config") -> "Parsed":
        """A :class:`~conflictlib.Parsed` of the kept columns (every row of the corpus, in
        order) whose ``incidents`` are those of the whole parse; the kept chunks are
        released as they are joined."""
        from ._parse import Parsed

        tables = {name: self._table(name) for name in COLUMNS}
        if self._dir is not None:
            self._dir.cleanup()
        return Parsed(**tables, config=config)


class _Tables:
    """The tables of a parse as :func:`conflictlib.link` reads them, each link table joined
    from the files of a :class:`LinkInput` on every reading (and held by no one after), the
    others empty."""

    def __init__(self, keep: LinkInput, config: "Config") -> None:
        self._keep = keep
        self.config = config

    def __getattr__(self, name: str) -> "pd.DataFrame":
        if name in COLUMNS:
            return self._keep._table(name, keep=True)
        raise AttributeError(name)

    def parts(self, name: str) -> "Iterator[pd.DataFrame]":
        """Table *name* as the parts kept (each chunk's rows, in order), read one at a time:
        the events of a corpus need not all be in memory at once (linking builds its reports
        part by part)."""
        yield from self._keep._parts_of(name)
