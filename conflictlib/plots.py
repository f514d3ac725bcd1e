"""Charts of conflictlib tables, seaborn-style.

Every function takes a table first (``x.events`` or ``x.deployments`` from
:func:`conflictlib.parse`), everything else keyword-only; draws on *ax* (the
current axes when ``None``); passes extra ``**kwargs`` to the matplotlib call
that draws the marks; and returns the :class:`~matplotlib.axes.Axes`.

Conventions shared by all charts:

* an event row stands for ``count`` attacks (``"attacked four times"`` is one
  row with count 4); a missing count counts as 1;
* an empty table draws an empty axes with a "no data" note and never raises;
* time charts leave out undated rows (``NaT``) and say how many in the title;
* drawing is deterministic (no random jitter), so figures can be compared.

This module imports matplotlib at import time; ``import conflictlib`` does not
import it (``conflictlib.plots`` is a submodule loaded on first use).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Literal

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.ticker import MaxNLocator

from conflictlib.schema import STATUSES
from conflictlib.incidents import GRADES as INCIDENT_GRADES

__all__ = [
    "GRADES",
    "REGION",
    "attack_frequency",
    "borders",
    "claimed_vs_confirmed",
    "claims_vs_tallies",
    "event_map",
    "grade",
    "timeline",
    "troop_deployments",
]

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


# --------------------------------------------------------------------------
# charts
# --------------------------------------------------------------------------


def attack_frequency(
    events: pd.DataFrame,
    *,
    freq: Literal["D", "W"] = "D",
    by: str | None = "country",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Stacked bars of attacks per day (``freq="D"``) or week (``"W"``).

    Bar heights add up the ``count`` column (missing count = 1), split by
    column *by* (``"country"``, ``"weapon"``, ``"perpetrator_side"``,
    ``"status"``, ``"grade"``, or ``None`` for one series).  Weeks start on
    Monday; days or weeks without attacks get no bar but keep their place on
    the time axis.  Undated events are left out and counted in the title.
    ``**kwargs`` go to :meth:`~matplotlib.axes.Axes.bar`.
    """
    if freq not in _FREQS:
        raise ValueError(f"freq must be one of {sorted(_FREQS)}, got {freq!r}")
    ax = _axes(ax)
    if len(events) == 0:
        return _no_data(ax)
    _require(events, ["date"], "attack_frequency")
    unit, step = _FREQS[freq]
    dates = pd.to_datetime(events["date"])
    dated = events[dates.notna()]
    n_undated = len(events) - len(dated)
    title = f"Attacks per {unit}" + (f" by {by.replace('_', ' ')}" if by else "")
    undated = f"undated {_noun(events)}"
    title += _left_out(n_undated, undated)
    ax.set_title(title)
    if len(dated) == 0:
        return _no_data(ax, _n(n_undated, undated))

    day = dates[dates.notna()].dt.normalize()
    period = day.dt.to_period("W").dt.start_time if freq == "W" else day
    groups = _groups(dated, by) if by else pd.Series("events", index=dated.index)
    counts = _counts(dated)
    table = (counts.groupby([period.to_numpy(), groups.to_numpy()]).sum()
             .unstack(fill_value=0))
    full = pd.date_range(table.index.min(), table.index.max(), freq=step)
    table = table.reindex(full, fill_value=0)
    order = _order(groups, counts)

    x = table.index.to_numpy()
    if len(table) > MANY_PERIODS:
        # many days or weeks: one line per group (stacked bars would be slivers)
        for label in order:
            kw = {"label": label, "drawstyle": "steps-mid", "linewidth": 1.2,
                  **_colour_kw(label, kwargs), **kwargs}
            ax.plot(x, table[label].to_numpy(dtype=float), **kw)
        ax.set_ylim(bottom=0)
    else:
        # a day's bar is centred on the day; a week's bar starts on its Monday
        # and covers six of its seven days
        width, align = (0.8, "center") if freq == "D" else (6.0, "edge")
        bottom = np.zeros(len(table))
        for label in order:
            heights = table[label].to_numpy(dtype=float)
            kw = {"width": width, "label": label, "align": align,
                  **_colour_kw(label, kwargs), **kwargs}
            ax.bar(x, heights, bottom=bottom, **kw)
            bottom = bottom + heights
        if int((bottom > 0).sum()) <= LABELLED_BARS:
            _label_totals(ax, x, bottom, width, align)
        _pad_single_date(ax, days=3 if freq == "D" else 14)
    _date_axis(ax)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("attacks")
    if by:
        _legend(ax, by.replace("_", " "), len(order))
    return ax


def _label_totals(ax: Axes, x: np.ndarray, totals: np.ndarray, width: float,
                  align: str) -> None:
    """Write each stacked bar's total above it (bars of height 0 get none)."""
    for at, total in zip(x, totals):
        if total > 0:
            centre = mdates.date2num(at) + (width / 2 if align == "edge" else 0)
            ax.annotate(f"{total:.0f}", (centre, total), xytext=(0, 2),
                        textcoords="offset points", ha="center", va="bottom",
                        fontsize="small")
    ax.set_ylim(0, max(float(totals.max()) * 1.15, 1.0))


def troop_deployments(
    deployments: pd.DataFrame,
    *,
    by: str = "country",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Troop figures over time (``as_of``), one line with markers per *by*.

    When all dated figures share a single date, draws one bar per group
    instead.  Several figures for the same group and date are shown by the
    largest.  Rows without a date or a troop number are left out and counted
    in the title.  ``**kwargs`` go to :meth:`~matplotlib.axes.Axes.plot` (or
    :meth:`~matplotlib.axes.Axes.bar` for a single date).
    """
    ax = _axes(ax)
    if len(deployments) == 0:
        return _no_data(ax)
    _require(deployments, ["as_of", "troops", by], "troop_deployments")
    as_of = pd.to_datetime(deployments["as_of"])
    keep = as_of.notna() & deployments["troops"].notna()
    n_out = int((~keep).sum())
    rows = deployments[keep]
    title = f"Troops by {by.replace('_', ' ')}" + _left_out(
        n_out, "figure without date or number")
    ax.set_title(title)
    if len(rows) == 0:
        return _no_data(ax, _n(n_out, "figure without date or number"))

    groups = _groups(rows, by)
    table = (rows["troops"].astype("int64")
             .groupby([as_of[keep].to_numpy(), groups.to_numpy()]).max()
             .unstack())
    order = _order(groups, rows["troops"].astype("int64"))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("troops")
    if len(table.index) == 1:
        (when,) = table.index
        heights = [float(table.at[when, g]) for g in order]
        bars = ax.bar(order, heights, **kwargs)
        ax.bar_label(bars, fmt="{:,.0f}")
        ax.set_xlabel(f"as of {pd.Timestamp(when):%Y-%m-%d}")
        return ax
    few = len(table.index) <= FEW_DATES
    for label in order:
        series = table[label].dropna()
        # few dates: dots, each labelled with its figure (a line between two
        # figures months apart says nothing); many: lines with markers
        kw = {"marker": "o", "label": label, **({"linestyle": "none", "markersize": 8}
                                               if few else {}), **kwargs}
        (line,) = ax.plot(series.index.to_numpy(), series.to_numpy(dtype=float), **kw)
        if few:
            for when, value in series.items():
                ax.annotate(f"{value:,.0f}", (mdates.date2num(when), value),
                            xytext=(0, 7), textcoords="offset points", ha="center",
                            fontsize="small", color=line.get_color())
    # only now: limits set before plotting freeze the axis at 0-1 (the bug of issue 12)
    ax.set_ylim(0, max(float(np.nanmax(table.to_numpy(dtype=float))) * 1.15, 1.0))
    _pad_single_date(ax)
    _date_axis(ax)
    _legend(ax, by.replace("_", " "), len(order))
    return ax


def claimed_vs_confirmed(
    events: pd.DataFrame,
    *,
    by: Literal["status", "grade"] = "status",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """How many attacks were claimed, confirmed or only reported.

    ``by="status"``: one bar per status (claimed, confirmed, reported).
    ``by="grade"``: one stacked bar per country split by :func:`grade`
    (confirmed, claimed only, reported only).  Heights add up ``count``
    (missing = 1); undated events are included.  ``**kwargs`` go to
    :meth:`~matplotlib.axes.Axes.bar`.
    """
    if by not in ("status", "grade"):
        raise ValueError(f"by must be 'status' or 'grade', got {by!r}")
    ax = _axes(ax)
    if len(events) == 0:
        return _no_data(ax)
    counts = _counts(events)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("attacks")
    if by == "status":
        status = _groups(events, "status")
        totals = counts.groupby(status.to_numpy()).sum()
        order = _order(status, counts)
        heights = [float(totals[s]) for s in order]
        colours = {} if {"color", "c", "facecolor"} & kwargs.keys() else {
            "color": [_FIXED_COLOURS.get(s, "C0") for s in order]}
        bars = ax.bar(order, heights, **{**colours, **kwargs})
        ax.bar_label(bars, fmt="%d")
        ax.set_title("Attacks by status")
        return ax

    _require(events, ["country"], "claimed_vs_confirmed(by='grade')")
    grades = grade(events)
    country = _groups(events, "country")
    table = (counts.groupby([country.to_numpy(), grades.to_numpy()]).sum()
             .unstack(fill_value=0))
    countries = _order(country, counts)
    table = table.reindex(countries)
    bottom = np.zeros(len(countries))
    for label in _order(grades, counts):
        heights = table[label].to_numpy(dtype=float)
        kw = {"label": label, **_colour_kw(label, kwargs), **kwargs}
        ax.bar(countries, heights, bottom=bottom, **kw)
        bottom = bottom + heights
    ax.set_title("Claimed only vs confirmed, by country")
    _legend(ax, "grade", 2)
    return ax


def timeline(
    events: pd.DataFrame,
    *,
    by: str = "status",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """One marker per event at its date, a row per country, colour by *by*.

    Markers of different groups on the same row are set a little apart
    (a fixed offset per group, not random jitter) so that they do not hide
    each other.  Undated events are left out and counted in the title.
    ``**kwargs`` go to :meth:`~matplotlib.axes.Axes.scatter`.
    """
    ax = _axes(ax)
    if len(events) == 0:
        return _no_data(ax)
    _require(events, ["date", "country"], "timeline")
    dates = pd.to_datetime(events["date"])
    dated = events[dates.notna()]
    n_undated = len(events) - len(dated)
    undated = f"undated {_noun(events)}"
    ax.set_title(f"{_noun(events).capitalize()}s over time" + _left_out(n_undated, undated))
    if len(dated) == 0:
        return _no_data(ax, _n(n_undated, undated))

    country = _groups(dated, "country")
    rows = sorted(pd.unique(country), key=lambda v: (v == _MISSING, v))
    row_of = {c: i for i, c in enumerate(rows)}
    groups = _groups(dated, by)
    order = _order(groups)
    # deterministic dodge: groups spread over +-0.25 of a row
    offsets = np.linspace(-0.25, 0.25, len(order)) if len(order) > 1 else [0.0]
    for label, offset in zip(order, offsets):
        mask = (groups == label).to_numpy()
        x = dates[dates.notna()][mask].to_numpy()
        y = country[mask].map(row_of).to_numpy(dtype=float) + offset
        kw = {"label": label, "s": 36, "zorder": 3,
              **_colour_kw(label, kwargs), **kwargs}
        ax.scatter(x, y, **kw)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.invert_yaxis()
    ax.grid(axis="y", color="0.9", zorder=0)
    _pad_single_date(ax)
    _date_axis(ax)
    _legend(ax, by.replace("_", " "), len(order))
    return ax


#: The map's default view (west, east, south, north): Iraq, Syria and Jordan with
#: a margin of their neighbours; widened to take in any incident outside it.
REGION: tuple[float, float, float, float] = (34.2, 48.8, 29.0, 37.6)

#: How each layer of ``data/borders.csv`` is drawn.
_BORDER_STYLE: dict[str, dict[str, Any]] = {
    "admin1": {"colors": "0.80", "linewidths": 0.5, "zorder": 1},
    "coast": {"colors": "#6a8caf", "linewidths": 0.7, "zorder": 1},
    "country": {"colors": "0.35", "linewidths": 1.0, "zorder": 2},
}


@functools.cache
def borders() -> dict[str, list[np.ndarray]]:
    """The map background: Natural Earth lines of the region (``data/borders.csv``).

    Keys ``"country"``, ``"admin1"`` and ``"coast"`` hold lists of (n, 2)
    arrays of (lon, lat); ``"label"`` holds one point per country name, in
    the order of :func:`border_labels`.
    """
    layers: dict[str, list[np.ndarray]] = {"country": [], "admin1": [], "coast": [], "label": []}
    for layer, _, path in _border_rows():
        points = np.array([[float(v) for v in p.split()] for p in path.split(",")])
        layers[layer].append(points)
    return layers


def border_labels() -> list[str]:
    """Country names of the label points of :func:`borders`, in order."""
    return [name for layer, name, _ in _border_rows() if layer == "label"]


@functools.cache
def _border_rows() -> tuple[tuple[str, str, str], ...]:
    import csv
    from importlib.resources import files

    text = files("conflictlib").joinpath("data/borders.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(lines)
    return tuple((r["layer"], r["name"], r["path"]) for r in reader)


def event_map(
    events: pd.DataFrame,
    *,
    by: str = "grade",
    label: bool = True,
    background: bool = True,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Map of attack places: country and governorate borders, one marker per place.

    Incidents (``x.incidents``) or events (``x.events``) are grouped by place
    and by column *by* (default ``"grade"``: an incident's grade, or
    :func:`grade` of an event; fixed colours per grade).  A marker's area is
    proportional to the reports behind it (``n_reports`` of incidents, else
    ``count`` of events; 60 pt² each).  With *label* each place is named, the
    labels set where they overlap neither each other nor a marker (a leader
    line joins a label pushed away from its place).  The background is Natural
    Earth's borders and coasts (``background=False`` leaves it out); the view is
    :data:`REGION`, widened to take in every place.  Rows without coordinates
    are left out and counted in the title.  ``**kwargs`` go to
    :meth:`~matplotlib.axes.Axes.scatter`.
    """
    ax = _axes(ax)
    if len(events) == 0:
        return _no_data(ax)
    _require(events, ["lat", "lon"], "event_map")
    located = events["lat"].notna() & events["lon"].notna()
    n_out = int((~located).sum())
    noun = "incident" if "incident_id" in events.columns else "event"
    ax.set_title("Places attacked" + _left_out(n_out, f"{noun} without coordinates"))
    rows = events[located]
    if len(rows) == 0:
        return _no_data(ax, _n(n_out, f"{noun} without coordinates"))

    reports = (rows["n_reports"].fillna(1).astype("int64") if "n_reports" in rows
               else _counts(rows))
    table = pd.DataFrame({
        "place": (rows["place"].astype("string").fillna("")
                  if "place" in rows else ""),
        "group": _groups(rows, by),
        "lat": rows["lat"].astype(float),
        "lon": rows["lon"].astype(float),
        "reports": reports,
    })
    marks = (table.groupby(["group", "place", "lat", "lon"], as_index=False)["reports"].sum()
             .sort_values("reports", ascending=False, kind="stable"))
    west, east, south, north = REGION
    west, east = min(west, marks["lon"].min() - 0.5), max(east, marks["lon"].max() + 0.5)
    south, north = min(south, marks["lat"].min() - 0.5), max(north, marks["lat"].max() + 0.5)
    if background:
        _draw_borders(ax, (west, east, south, north))
    for group in _order(marks["group"], marks["reports"]):
        here = marks[marks["group"] == group]
        kw = {"s": 60.0 * here["reports"].to_numpy(dtype=float), "label": group,
              "alpha": 0.85, "edgecolors": "white", "linewidths": 0.8, "zorder": 3,
              **_colour_kw(group, kwargs), **kwargs}
        ax.scatter(here["lon"].to_numpy(), here["lat"].to_numpy(), **kw)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    # equal distances on the ground in both directions, near these latitudes
    mid = float(np.deg2rad((south + north) / 2))
    ax.set_aspect(1.0 / max(np.cos(mid), 0.1), adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor("#fbfbf8")
    _legend(ax, by.replace("_", " ") + " (marker area: reports)", 2)
    if label:
        places = (marks.groupby(["place", "lat", "lon"], as_index=False)["reports"].sum()
                  .sort_values(["reports", "place"], ascending=[False, True], kind="stable"))
        places = places[places["place"] != ""]
        _place_labels(ax, places["place"].tolist(),
                      places[["lon", "lat"]].to_numpy(dtype=float))
    return ax


def _draw_borders(ax: Axes, view: tuple[float, float, float, float]) -> None:
    """Natural Earth lines and country names of the region on *ax*."""
    from matplotlib.collections import LineCollection

    layers = borders()
    for layer in ("admin1", "coast", "country"):
        ax.add_collection(LineCollection(layers[layer], label=f"_{layer}",
                                         **_BORDER_STYLE[layer]))
    west, east, south, north = view
    for name, (point,) in zip(border_labels(), layers["label"]):
        if west < point[0] < east and south < point[1] < north:
            ax.text(point[0], point[1], name.upper(), ha="center", va="center",
                    fontsize="small", color="0.55", fontstyle="italic", zorder=1,
                    gid="country-label")


#: Where a label may go, tried in order: (dx, dy) unit directions from its
#: marker, right first (the way a map reader looks), then left, above, below,
#: then the diagonals; each at a growing distance.
_LABEL_DIRECTIONS: tuple[tuple[float, float], ...] = (
    (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1))
_LABEL_DISTANCES: tuple[float, ...] = (3.0, 12.0, 24.0, 38.0, 54.0)


def _place_labels(ax: Axes, names: list[str], points: np.ndarray) -> None:
    """Label each point with its name where the label overlaps no other label
    and no marker, trying the positions of :data:`_LABEL_DIRECTIONS` at each of
    :data:`_LABEL_DISTANCES` in turn; a label set further than the first
    distance gets a leader line.  Points come largest first, so the busiest
    places get the closest spots.  Labels stay out of the layout (they must
    not move the axes they were measured on)."""
    # the root figure (a SubFigure's parent holds the canvas)
    fig: Any = getattr(ax.figure, "figure", None) or ax.figure
    fig.draw_without_rendering()  # final layout and aspect, so extents are true
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    frame = ax.get_window_extent(renderer)
    scale = fig.dpi / 72.0
    markers: list[tuple[float, float, float]] = []  # centre x, y and radius, in pixels
    for coll in ax.collections:
        if not hasattr(coll, "get_sizes") or not len(coll.get_sizes()):
            continue
        offsets = coll.get_offset_transform().transform(coll.get_offsets())
        for (px, py), size in zip(offsets, np.broadcast_to(coll.get_sizes(), len(offsets))):
            markers.append((float(px), float(py), float(np.sqrt(size) / 2 * scale)))
    labels: list[Any] = []  # boxes of the labels already set
    for name, (lon, lat) in zip(names, points):
        cx, cy = ax.transData.transform((lon, lat))
        own = [m for m in markers if abs(m[0] - cx) < 0.5 and abs(m[1] - cy) < 0.5]
        radius = max((m[2] for m in own), default=0.0) / scale  # in points
        # a label may touch its own marker's neighbourhood, never another marker
        others = [_box(mx - r, my - r, mx + r, my + r) for mx, my, r in markers
                  if not (abs(mx - cx) < 0.5 and abs(my - cy) < 0.5)]
        placed = None
        for distance in _LABEL_DISTANCES:
            for dx, dy in _LABEL_DIRECTIONS:
                norm = (dx * dx + dy * dy) ** 0.5
                reach = radius + distance
                offset = (dx / norm * reach, dy / norm * reach)
                ann = ax.annotate(
                    name, (lon, lat), xytext=offset, textcoords="offset points",
                    ha="left" if dx > 0 else "right" if dx < 0 else "center",
                    va="bottom" if dy > 0 else "top" if dy < 0 else "center",
                    fontsize="small", zorder=4,
                    arrowprops=({"arrowstyle": "-", "color": "0.45", "lw": 0.6,
                                 "shrinkA": 0, "shrinkB": 0}
                                if distance > _LABEL_DISTANCES[0] else None))
                ann.set_in_layout(False)
                box = ann.get_window_extent(renderer)
                inside = (box.x0 >= frame.x0 and box.x1 <= frame.x1
                          and box.y0 >= frame.y0 and box.y1 <= frame.y1)
                if inside and not any(box.overlaps(t) for t in [*labels, *others]):
                    placed = box
                    break
                ann.remove()
            if placed is not None:
                break
        if placed is None:  # nowhere free: the first spot, overlapping, beats no name
            ann = ax.annotate(name, (lon, lat), xytext=(radius + _LABEL_DISTANCES[0], 0),
                              textcoords="offset points", va="center",
                              fontsize="small", zorder=4)
            ann.set_in_layout(False)
            placed = ann.get_window_extent(renderer)
        labels.append(placed)


def _box(x0: float, y0: float, x1: float, y1: float) -> Any:
    from matplotlib.transforms import Bbox

    return Bbox([[x0, y0], [x1, y1]])


#: Legend labels of the columns of :func:`conflictlib.incidents.cumulative_counts`.
_COUNT_LABELS: dict[str, str] = {
    "incidents": "incidents in the corpus",
    "claimed": "claimed (corpus)",
    "confirmed": "confirmed (corpus)",
}


#: Colours of the corpus counts: all incidents dark grey, so that it never
#: shares the blue of "confirmed" or the orange of "claimed".
_COUNT_COLOURS: dict[str, str] = {
    "incidents": "#404040",
    "claimed": _FIXED_COLOURS["claimed"],
    "confirmed": _FIXED_COLOURS["confirmed"],
}

#: Colours of the official tallies' scopes, apart from the fixed colours of
#: the grades (tab10 purple, brown, pink, olive, cyan).
_TALLY_COLOURS: tuple[str, ...] = ("#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf")


def claims_vs_tallies(
    counts: pd.DataFrame,
    tallies: pd.DataFrame,
    *,
    columns: Sequence[str] = ("claimed", "confirmed"),
    scopes: Sequence[str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Cumulative counts of incidents in the corpus next to official tallies.

    *counts* is a table of :func:`conflictlib.incidents.cumulative_counts` (a
    ``date`` column and running totals); each of its *columns* (default the
    militia-claimed and the confirmed incidents) is drawn as a step line.
    *tallies* is a table of :func:`conflictlib.incidents.tally_series` (``as_of``,
    ``count``, ``scope``); each scope (all of them, or those in *scopes*) is a
    dashed line with a marker per official figure.  Tallies without a date or
    a count are left out and counted in the title.  Either table may be
    empty; when both are, the axes say "no data".  ``**kwargs`` go to every
    :meth:`~matplotlib.axes.Axes.step` and :meth:`~matplotlib.axes.Axes.plot`
    call.
    """
    ax = _axes(ax)
    has_counts = len(counts) > 0
    has_tallies = len(tallies) > 0
    if has_tallies:
        _require(tallies, ["as_of", "count", "scope"], "claims_vs_tallies(tallies)")
        if scopes is not None:
            tallies = tallies[tallies["scope"].isin(list(scopes))]
            has_tallies = len(tallies) > 0
    if not (has_counts or has_tallies):
        return _no_data(ax)
    n_out = 0
    ax.set_title("Incidents in the corpus vs official tallies")
    if has_counts and not has_tallies and counts["date"].nunique() == 1:
        # one day of corpus counts and nothing to compare: bars, each labelled
        # (a dot per series on an empty time axis reads as nothing)
        _require(counts, ["date", *columns], "claims_vs_tallies(counts)")
        last = counts.iloc[-1]
        heights = [float(last[c]) for c in columns]
        colours = {} if {"color", "c", "facecolor"} & kwargs.keys() else {
            "color": [_COUNT_COLOURS.get(c, _TALLY_COLOURS[-1]) for c in columns]}
        bars = ax.bar([_COUNT_LABELS.get(c, c) for c in columns], heights,
                      **{**colours, **kwargs})
        ax.bar_label(bars, fmt="%d")
        ax.set_xlabel(f"as of {pd.Timestamp(last['date']):%Y-%m-%d} (one day of incidents)")
        ax.set_ylim(0, max(max(heights, default=0) * 1.15, 1.0))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("attacks, cumulative")
        return ax
    if has_counts:
        _require(counts, ["date", *columns], "claims_vs_tallies(counts)")
        dates = pd.to_datetime(counts["date"]).to_numpy()
        for column in columns:
            colour = {} if {"color", "c"} & kwargs.keys() else {
                "color": _COUNT_COLOURS.get(column, _TALLY_COLOURS[-1])}
            kw = {"where": "post", "marker": "o", "markersize": 3,
                  "label": _COUNT_LABELS.get(column, column),
                  **colour, **kwargs}  # markers: a one-day corpus still shows
            ax.step(dates, counts[column].to_numpy(dtype=float), **kw)
    if has_tallies:
        as_of = pd.to_datetime(tallies["as_of"])
        keep = as_of.notna() & tallies["count"].notna()
        n_out = int((~keep).sum())
        rows = tallies[keep].assign(_as_of=as_of[keep]).sort_values("_as_of", kind="stable")
        scope = _groups(rows, "scope")
        for n, label in enumerate(dict.fromkeys(scope)):
            here = rows[(scope == label).to_numpy()]
            colour = {} if {"color", "c"} & kwargs.keys() else {
                "color": _TALLY_COLOURS[n % len(_TALLY_COLOURS)]}
            kw = {"marker": "o", "linestyle": "--", "label": f"official tally: {label}",
                  **colour, **kwargs}
            ax.plot(here["_as_of"].to_numpy(), here["count"].to_numpy(dtype=float), **kw)
        ax.set_title(ax.get_title() + _left_out(n_out, "tally without date or count"))
    if not _artists_drawn(ax):
        return _no_data(ax, _n(n_out, "tally without date or count"))
    _label_few_points(ax)
    ys = [np.asarray(line.get_ydata(), dtype=float) for line in ax.lines]
    top = max((float(np.nanmax(y)) for y in ys if y.size), default=1.0)
    ax.set_ylim(0, max(top * 1.15, 1.0))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("attacks, cumulative")
    _pad_single_date(ax)
    _date_axis(ax)
    _legend(ax, "", 2)
    return ax


def _pad_single_date(ax: Axes, days: int = 7) -> None:
    """Widen the x axis to *days* either side when every mark lies on one date
    (matplotlib would otherwise stretch one date over the whole axis)."""
    xs = [float(x) for line in ax.lines
          for x in np.atleast_1d(mdates.date2num(np.asarray(line.get_xdata())))]
    xs += [float(p.get_x() + p.get_width() / 2) for p in ax.patches  # type: ignore[attr-defined]
           if hasattr(p, "get_x")]
    xs += [float(x) for c in ax.collections if isinstance(c, PathCollection)
           for x in np.asarray(c.get_offsets(), dtype=float)[:, 0]]
    if xs and max(xs) - min(xs) < 1:
        mid = (min(xs) + max(xs)) / 2
        ax.set_xlim(mid - days, mid + days)


def _label_few_points(ax: Axes) -> None:
    """Label each point of every line with at most :data:`FEW_DATES` points
    with its value, in the line's colour (a lone dot says nothing without it)."""
    seen: dict[tuple[float, float], int] = {}
    for line in ax.lines:
        xs = np.atleast_1d(mdates.date2num(np.asarray(line.get_xdata())))
        ys = np.asarray(line.get_ydata(), dtype=float)
        if 0 < len(xs) <= FEW_DATES:
            for x, y in zip(xs, ys):
                # a second label on the same point goes above the first, so that
                # equal values on two lines stay legible
                k = seen.get((float(x), float(y)), 0)
                seen[(float(x), float(y))] = k + 1
                ax.annotate(f"{float(y):,.0f}", (float(x), float(y)), xytext=(4, 4 + 9 * k),
                            textcoords="offset points", fontsize="small",
                            color=line.get_color())


def _artists_drawn(ax: Axes) -> bool:
    return bool(ax.lines or ax.patches or ax.collections)
