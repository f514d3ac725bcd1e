"""Column names and dtypes of every table conflictlib returns.

One place defines them so that the per-article extractor, the corpus-level
steps, the notebooks and the tests agree.  Dates are ``datetime64[ns]``,
counts nullable ``Int64``, coordinates ``Float64``, text ``string``.
Several values in one cell are joined with ``"; "`` (see :data:`JOIN`) so
that a table survives a CSV round trip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import pandas as pd

JOIN: Final = "; "

_S, _I, _F, _D = "string", "Int64", "Float64", "datetime64[ns]"

COLUMNS: Final[dict[str, dict[str, str]]] = {
    "articles": {
        "article_id": _S, "published": _D, "title": _S, "source": _S,
        "path": _S, "n_chars": _I, "text": _S,
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

WEAPONS: Final = (
    "drone", "rocket", "missile", "ballistic missile", "air strike", "mortar",
    "IED", "artillery", "gunfire", "unknown",
)
DATE_PRECISIONS: Final = ("day", "month", "year", "unknown")
STATUSES: Final = ("claimed", "confirmed", "reported")
STANCES: Final = ("claim", "confirm", "deny", "acknowledge", "threat")
QUALIFIERS: Final = ("exact", "about", "at least", "more than", "nearly", "up to")


def frame(name: str, rows: list[dict[str, object]]) -> "pd.DataFrame":
    """Build table *name* from a list of row dicts, once, with its dtypes."""
    import pandas as pd

    cols = COLUMNS[name]
    df = pd.DataFrame.from_records(rows, columns=list(cols))
    for col, dtype in cols.items():
        if dtype == _D:
            df[col] = pd.to_datetime(df[col], errors="coerce").astype("datetime64[ns]")
        else:
            df[col] = df[col].astype(dtype)
    return df
