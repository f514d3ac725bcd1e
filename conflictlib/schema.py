"""Column names and dtypes of every table conflictlib returns.

One place defines them so that the per-article extractor, the corpus-level
steps, the notebooks and the tests agree.  Dates are ``datetime64[ns]``,
counts nullable ``Int64``, coordinates ``Float64``, text ``string``.
Several values in one cell are joined with ``"; "`` (see :data:`JOIN`) so
that a table survives a CSV round trip.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Final, NamedTuple, cast

from .lookup.kinds import WEAPONS  # noqa: F401  (re-exported: the weapon classes of the events table)

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    from pandas.api.extensions import ExtensionArray

JOIN: Final = "; "

_S, _I, _F, _D = "string", "Int64", "Float64", "datetime64[ns]"

COLUMNS: Final[dict[str, dict[str, str]]] = {
    "articles": {
        "article_id": _S, "published": _D, "title": _S, "source": _S,
        "url": _S, "published_from": _S, "path": _S, "n_chars": _I, "text": _S,
    },
    "events": {
        "event_id": _S, "article_id": _S, "date": _D, "date_precision": _S,
        "weapon": _S, "perpetrator": _S, "perpetrator_side": _S, "target": _S,
        "place": _S, "country": _S, "admin1": _S, "lat": _F, "lon": _F,
        "count": _I, "status": _S, "claimed_by": _S, "confirmed_by": _S,
        "denied_by": _S, "killed": _I, "wounded": _I, "rule": _S,
        "start": _I, "end": _I, "text": _S,
    },
    "claims": {
        "claim_id": _S, "article_id": _S, "published": _D, "speaker": _S,
        "speaker_side": _S, "stance": _S, "event_ids": _S, "rule": _S,
        "start": _I, "end": _I, "text": _S,
    },
    "casualties": {
        "article_id": _S, "event_id": _S, "group": _S, "killed": _I,
        "wounded": _I, "qualifier": _S, "cumulative": "boolean", "rule": _S,
        "start": _I, "end": _I, "text": _S,
    },
    "deployments": {
        "article_id": _S, "force": _S, "country": _S, "troops": _I,
        "qualifier": _S, "as_of": _D, "rule": _S, "start": _I, "end": _I,
        "text": _S,
    },
    "tallies": {
        "article_id": _S, "count": _I, "qualifier": _S, "since": _D,
        "scope": _S, "attributed_to": _S, "as_of": _D, "rule": _S,
        "start": _I, "end": _I, "text": _S,
    },
    "mentions": {
        "article_id": _S, "kind": _S, "name": _S, "surface": _S,
        "start": _I, "end": _I,
    },
    "errors": {
        "source": _S, "article_id": _S, "stage": _S, "message": _S,
    },
}

DATE_PRECISIONS: Final = ("day", "month", "year", "unknown")
STATUSES: Final = ("claimed", "confirmed", "reported")
STANCES: Final = ("claim", "confirm", "deny", "acknowledge", "threat")
QUALIFIERS: Final = ("exact", "about", "at least", "more than", "nearly", "up to")


# -- Typed rows: one NamedTuple per table, its fields in column order ----------------------------
# The extractor builds these; a row of the wrong table or width cannot reach a table.

class EventRow(NamedTuple):
    event_id: str
    article_id: str
    date: dt.date | None
    date_precision: str
    weapon: str
    perpetrator: str | None
    perpetrator_side: str | None
    target: str | None
    place: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    count: int | None  # type: ignore[assignment]  # the column, not tuple.count
    status: str
    claimed_by: str | None
    confirmed_by: str | None
    denied_by: str | None
    killed: int | None
    wounded: int | None
    rule: str
    start: int
    end: int
    text: str


class ClaimRow(NamedTuple):
    claim_id: str
    article_id: str
    published: dt.date | None
    speaker: str
    speaker_side: str
    stance: str
    event_ids: str | None
    rule: str
    start: int
    end: int
    text: str


class CasualtyRow(NamedTuple):
    article_id: str
    event_id: str | None
    group: str | None
    killed: int | None
    wounded: int | None
    qualifier: str
    cumulative: bool
    rule: str
    start: int
    end: int
    text: str


class DeploymentRow(NamedTuple):
    article_id: str
    force: str
    country: str
    troops: int
    qualifier: str
    as_of: dt.date | None
    rule: str
    start: int
    end: int
    text: str


class TallyRow(NamedTuple):
    article_id: str
    count: int  # type: ignore[assignment]  # the column, not tuple.count
    qualifier: str
    since: dt.date | None
    scope: str
    attributed_to: str | None
    as_of: dt.date | None
    rule: str
    start: int
    end: int
    text: str


class MentionRow(NamedTuple):
    article_id: str
    kind: str
    name: str
    surface: str
    start: int
    end: int


class ErrorRow(NamedTuple):
    source: str
    article_id: str | None
    stage: str
    message: str


#: table name -> its row type
ROWS: Final[dict[str, type]] = {
    "events": EventRow, "claims": ClaimRow, "casualties": CasualtyRow, "deployments": DeploymentRow,
    "tallies": TallyRow, "mentions": MentionRow, "errors": ErrorRow,
}
for _name, _row in ROWS.items():  # the row types and COLUMNS must agree, or nothing imports
    if tuple(COLUMNS[_name]) != _row._fields:  # type: ignore[attr-defined]
        raise AssertionError(f"schema: {_row.__name__} fields differ from COLUMNS[{_name!r}]")


def frame(name: str, rows: "Sequence[Mapping[str, object]] | Sequence[Sequence[object]]", *,
          partial: bool = False) -> "pd.DataFrame":
    """Build table *name* from its rows, once, with its dtypes.

    The rows of one table are all dicts with exactly the table's columns, or
    all tuples in the column order of :data:`COLUMNS` (the typed rows above,
    :data:`ROWS`; cheaper).  An unknown column raises ``ValueError``, and so does
    a missing one unless *partial* (for small tables written by hand: a missing
    column is then a missing value).  The rows are cut into one list per column and each
    column is built once with its dtype (see :func:`frame_from_columns`):
    ``DataFrame.from_records`` infers a dtype per column from the Python
    objects and then converts a second time, which costs more.
    """
    names = list(COLUMNS[name])
    k = len(names)
    if not rows:
        return frame_from_columns(name, {col: () for col in names})
    if isinstance(rows[0], Mapping):
        dicts = cast("Sequence[Mapping[str, object]]", rows)
        wanted = set(names)
        for r in dicts:  # a misspelled or missing key is an error, never a column of NA
            if len(r) != k or r.keys() != wanted:
                unknown, missing = sorted(r.keys() - wanted), sorted(wanted - r.keys())
                if unknown or not partial:
                    raise ValueError(f"a {name} row has unknown columns {unknown} and lacks {missing}")
        if partial:
            return frame_from_columns(name, {col: [r.get(col) for r in dicts] for col in names})
        # one row-major pass in C: each dict is visited once while it is in cache
        flat = list(chain.from_iterable(map(itemgetter(*names), dicts)))
    else:
        # not zip(*rows): it keeps one live iterator per row, and tens of
        # thousands of new tracked objects set off the garbage collector
        fields = getattr(type(rows[0]), "_fields", None)
        if fields is not None and fields != tuple(names):
            raise ValueError(f"{type(rows[0]).__name__} rows are no {name} rows")
        flat = list(chain.from_iterable(rows))
        # rows of another width shift the values: caught here (a check of each
        # row's length would cost as much as the flattening)
        if len(flat) != len(rows) * k:
            raise ValueError(f"every {name} row must have the table's {k} values")
    return frame_from_columns(name, {col: flat[j::k] for j, col in enumerate(names)})


def frame_from_columns(name: str, columns: "Mapping[str, Sequence[object]]") -> "pd.DataFrame":
    """Build table *name* from one sequence of values per column name.

    *columns* must have exactly the table's columns (in any order).  ``None``
    (or NaN) is a missing value: ``<NA>`` in string, ``Int64``, ``Float64`` and
    ``boolean`` columns, ``NaT`` in date columns.  Dates may be
    ``datetime.date`` objects or anything :func:`pandas.to_datetime` reads; a
    value it cannot read becomes ``NaT``.
    """
    import pandas as pd

    cols = COLUMNS[name]
    if columns.keys() != cols.keys():
        raise ValueError(f"{name} has the columns {list(cols)}, not {list(columns)}")
    data = {col: _array(columns[col], dtype) for col, dtype in cols.items()}
    # copy=False: every array was made above and belongs to this table alone
    return pd.DataFrame(data, copy=False)


_NAT_DAY: Final = 0  # day numbers of real dates start at 1
_NS_PER_DAY: Final = 86_400 * 10**9
_EPOCH: Final = dt.date(1970, 1, 1).toordinal()
# Days that fit datetime64[ns] (1677-09-22 .. 2262-04-11): others take the slow path,
# which fails on them as it always did.
_FIRST_NS_DAY: Final = dt.date(1677, 9, 22).toordinal()
_LAST_NS_DAY: Final = dt.date(2262, 4, 11).toordinal()


def _array(values: "Sequence[object]", dtype: str) -> "ExtensionArray | np.ndarray":
    """One column of *values* as an array of *dtype*.

    The fast paths cover the values the extractor produces (``str``, ``int``,
    ``float``, ``bool``, ``datetime.date`` or ``None``) and build the arrays
    directly, several times faster than pandas inferring a dtype from a list
    and converting it; they give what :func:`_array_as_before` gives.  Any
    other value takes that slow path, so results never depend on the path.
    """
    import numpy as np
    from pandas.arrays import BooleanArray, FloatingArray, IntegerArray

    n = len(values)
    if dtype == _S:
        # pandas' own string dtype, whatever its storage: Python objects, or pyarrow when it
        # is installed (pandas 3 picks it then; a hand-built python-storage array would
        # break .isin, query and merge against the tables)
        if set(map(type, values)) <= {str, type(None)}:
            import pandas as pd

            arrow = _arrow_strings()
            if arrow is not None:
                # pyarrow storage: the Arrow array built from the list at once, as pandas
                # itself builds it in the end but without its check of every value in Python
                # first (five times faster on the mentions of a chunk); same dtype and values
                try:
                    return arrow(values)
                except (UnicodeEncodeError, ValueError):  # a lone surrogate, say: pandas decides
                    pass
            return pd.array(np.fromiter(values, dtype=object, count=n), dtype=_S)
    elif dtype == _D:
        if set(map(type, values)) <= {dt.date, type(None)}:  # not datetime: no time of day
            dates = cast("Sequence[dt.date | None]", values)  # (one cast, not one call per value)
            days = np.fromiter((_NAT_DAY if v is None else v.toordinal() for v in dates),
                               dtype=np.int64, count=n)
            known = days != _NAT_DAY
            if not known.any() or (_FIRST_NS_DAY <= days[known].min()
                                   and days[known].max() <= _LAST_NS_DAY):
                ns = (days - _EPOCH) * _NS_PER_DAY
                ns[~known] = np.iinfo(np.int64).min  # NaT
                return ns.view(_D)
    elif dtype == _I:
        try:
            # array("q") takes ints (and bools, numpy ints) only: a None, a float
            # or a str stops it, so nothing is truncated or parsed on the way
            data = np.frombuffer(array("q", cast("Sequence[int]", values)), dtype=np.int64)
            return IntegerArray(data, np.zeros(n, dtype=bool))
        except (TypeError, OverflowError):
            pass
        if set(map(type, values)) <= {int, type(None)}:
            obj = np.fromiter(values, dtype=object, count=n)
            missing = obj == None  # noqa: E711 (elementwise: which values are None)
            obj[missing] = 0
            ints: "np.ndarray | None"
            try:
                ints = obj.astype(np.int64)
            except OverflowError:
                ints = None
            # beyond 2**53 the old path rounded through float64 when a value
            # was missing: leave such columns to it
            if ints is not None and (n == 0 or -2**53 < ints.min() and ints.max() < 2**53):
                return IntegerArray(ints, missing)
    elif dtype == _F:
        if set(map(type, values)) <= {float, type(None)}:
            arr = np.array(values, dtype=np.float64)  # None -> NaN
            return FloatingArray(arr, np.isnan(arr))  # NaN is missing, as before
    elif dtype == "boolean":
        if set(map(type, values)) <= {bool, type(None)}:
            obj = np.fromiter(values, dtype=object, count=n)
            missing = obj == None  # noqa: E711 (elementwise: which values are None)
            obj[missing] = False
            return BooleanArray(obj.astype(bool), missing)
    return _array_as_before(values, dtype)


@cache
def _arrow_strings() -> "Callable[[Sequence[object]], ExtensionArray] | None":
    """A builder of pandas' ``string`` arrays straight from a list of ``str`` and ``None``
    when pandas stores that dtype in pyarrow (pandas 3 with pyarrow installed), else None."""
    import pandas as pd

    if pd.StringDtype().storage != "pyarrow":
        return None
    import pyarrow as pa
    from pandas.arrays import ArrowStringArray

    dtype = pd.StringDtype()

    def build(values: "Sequence[object]") -> "ExtensionArray":
        return ArrowStringArray(pa.array(values, type=pa.large_string()), dtype=dtype)
    return build


def _array_as_before(values: "Sequence[object]", dtype: str) -> "ExtensionArray | np.ndarray":
    """The conversion every column went through before the fast paths: pandas
    infers a dtype from the objects (``DataFrame.from_records`` does that per
    column), then the column is cast to *dtype*; dates go through
    :func:`pandas.to_datetime`, unreadable ones becoming ``NaT``."""
    import pandas as pd

    col = pd.DataFrame.from_records([(v,) for v in values], columns=["v"])["v"]
    if dtype == _D:
        # to_datetime gives the unit of its input (seconds for dates): cast to ns
        return pd.to_datetime(col, errors="coerce").astype(_D).array
    return col.astype(dtype).array
