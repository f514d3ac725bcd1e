"""What the charts share: vocabularies and their colours, thresholds of few and many dates,
and small helpers for axes, legends, counts and notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from conflictlib.schema import STATUSES
from conflictlib.incidents import GRADES as INCIDENT_GRADES

#: Levels of corroboration of an event, strongest first (see :func:`grade`).
GRADES: tuple[str, ...] = ("confirmed", "claimed only", "reported only")

#: Label for a missing value in a grouping column.
_MISSING = "unknown"

#: Ordered vocabularies: event statuses, event grades (:func:`grade`) and
#: incident grades (``x.incidents["grade"]``, :data:`conflictlib.incidents.GRADES`).
_VOCABULARIES: tuple[tuple[str, ...], ...] = (STATUSES, GRADES, INCIDENT_GRADES)

#: Fixed colours for the ordered vocabularies, so that a status or grade keeps
#: its colour from chart to chart (tab10 blue, orange, grey, green, red).
_FIXED_COLOURS: dict[str, str] = {
    "confirmed": "#1f77b4",
    "claimed": "#ff7f0e",
    "claimed only": "#ff7f0e",
    "reported": "#7f7f7f",
    "reported only": "#7f7f7f",
    "claimed+confirmed": "#2ca02c",
    "contested": "#d62728",
}

#: At most this many dates: points are drawn as dots or bars, each labelled with
#: its value (a line through two or three points months apart reads as a trend).
FEW_DATES = 3
#: More than this many days or weeks: per-group lines instead of stacked bars
#: (bars a pixel wide are unreadable).
MANY_PERIODS = 90
#: At most this many bars: each bar is labelled with its total.
LABELLED_BARS = 20

_FREQS: dict[str, tuple[str, str]] = {
    # freq: (wording in the title, pandas frequency of the full range of bars)
    "D": ("day", "D"),
    "W": ("week", "W-MON"),  # weeks start on Monday
}


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def _axes(ax: Axes | None) -> Axes:
    """*ax*, or the current axes of pyplot."""
    return plt.gca() if ax is None else ax


def _no_data(ax: Axes, note: str = "") -> Axes:
    """Write "no data" (and *note*) in the middle of an empty *ax*."""
    text = "no data" + (f"\n({note})" if note else "")
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center",
            color="0.4")
    return ax


def _require(df: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    """Raise a KeyError naming the columns of *columns* missing from *df*."""
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(f"{what} needs column(s) {missing}; got {list(df.columns)}")


def _counts(events: pd.DataFrame) -> pd.Series:
    """Number of attacks each event row stands for (missing count -> 1)."""
    if "count" not in events.columns:
        return pd.Series(1, index=events.index, dtype="int64")
    return events["count"].fillna(1).astype("int64")


def _is_set(col: pd.Series) -> pd.Series:
    """True where a text cell holds a value (not NA, not blank)."""
    return col.astype("string").fillna("").str.strip().ne("")


def grade(events: pd.DataFrame) -> pd.Series:
    """Corroboration grade of each event: one of :data:`GRADES`.

    A ``grade`` column, when the table has one, is used as is.  Otherwise an
    event is ``"confirmed"`` when its status is confirmed or someone confirmed
    it, ``"claimed only"`` when it was claimed but not confirmed, and
    ``"reported only"`` when neither.
    """
    if "grade" in events.columns:
        return events["grade"].astype("string").fillna(_MISSING)
    empty = pd.Series(False, index=events.index)
    status = events["status"].astype("string") if "status" in events else None

    def has(column: str, value: str) -> pd.Series:
        out = _is_set(events[column]) if column in events.columns else empty
        if status is not None:
            out = out | status.eq(value).fillna(False)
        return out.astype(bool)

    confirmed = has("confirmed_by", "confirmed")
    claimed = has("claimed_by", "claimed")
    values = np.select([confirmed, claimed], GRADES[:2], default=GRADES[2])
    return pd.Series(values, index=events.index, dtype="string", name="grade")


def _groups(events: pd.DataFrame, by: str) -> pd.Series:
    """Values of grouping column *by* ("grade" may be derived), NA -> "unknown"."""
    if by == "grade":
        return grade(events)
    _require(events, [by], f"by={by!r}")
    return events[by].astype("string").fillna(_MISSING).replace("", _MISSING)


def _order(values: pd.Series, weights: pd.Series | None = None) -> list[str]:
    """Deterministic order of group labels.

    Labels of a known vocabulary (statuses, event grades, incident grades)
    keep its order, "unknown" last; other labels go by total weight, largest
    first, then by name; "unknown" comes last.
    """
    labels = list(pd.unique(values))
    known = {v for v in labels if v != _MISSING}
    for vocabulary in _VOCABULARIES:
        if known and known <= set(vocabulary):
            return [v for v in vocabulary if v in known] + [
                v for v in labels if v not in known]
    w = (weights if weights is not None else pd.Series(1, index=values.index))
    totals = w.groupby(values.to_numpy()).sum()
    return sorted(labels, key=lambda v: (v == _MISSING, -totals.get(v, 0), v))


def _colour_kw(label: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """A fixed colour for *label* unless the caller chose colours."""
    if label in _FIXED_COLOURS and not {"color", "c", "facecolor"} & kwargs.keys():
        return {"color": _FIXED_COLOURS[label]}
    return {}


def _n(n: int, noun: str) -> str:
    """*n* and *noun* ("event" becomes "events" unless n == 1)."""
    return f"{n} {noun}" if n == 1 else f"{n} {_PLURALS.get(noun, noun + 's')}"


_PLURALS: dict[str, str] = {
    "figure without date or number": "figures without date or number",
    "event without coordinates": "events without coordinates",
    "incident without coordinates": "incidents without coordinates",
    "tally without date or count": "tallies without date or count",
}


def _noun(table: pd.DataFrame) -> str:
    """What a row of *table* is: "incident" (x.incidents) or "event"."""
    return "incident" if "incident_id" in table.columns else "event"


def _left_out(n: int, noun: str) -> str:
    """Title note on *n* rows left out of a chart ("" when none)."""
    return f" ({_n(n, noun)} left out)" if n else ""


def _date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def _legend(ax: Axes, title: str, n: int) -> None:
    if n > 1 or title:
        ax.legend(title=title, fontsize="small", title_fontsize="small",
                  frameon=False)
