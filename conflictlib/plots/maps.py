"""The map: incidents over Natural Earth borders, labels placed without overlap."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes


from .common import (_axes, _colour_kw, _counts, _groups, _left_out, _legend, _n, _no_data, _order, _require)


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
