"""The time and count charts: attack frequency, troop figures, claimed versus confirmed,
timelines and official tallies."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.ticker import MaxNLocator


from .common import (FEW_DATES, LABELLED_BARS, MANY_PERIODS, _FIXED_COLOURS, _FREQS, _MISSING, _axes, _colour_kw, _counts, _date_axis, _groups, _left_out, _legend, _n, _no_data, _noun, _order, _require, grade)



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
