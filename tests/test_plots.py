"""Tests of conflictlib.plots on small hand-made tables.

The tables below are synthetic: rows written for these tests in the shape of
the seed article's events (two claimed drone attacks on Sunday 3 December
2023, a confirmed US air strike near Kirkuk, undated earlier attacks).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import matplotlib
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection, PathCollection  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402

from conflictlib import plots  # noqa: E402
from conflictlib import schema  # noqa: E402
from conflictlib.schema import COLUMNS  # noqa: E402


def frame(name: str, rows: list) -> pd.DataFrame:
    """A table from rows written by hand (missing columns are missing values)."""
    return schema.frame(name, rows, partial=True)


@pytest.fixture(autouse=True)
def _fixed_style() -> Any:
    """Agg backend, default style, and no figure left open after a test."""
    plt.switch_backend("Agg")
    matplotlib.rcdefaults()
    yield
    plt.close("all")


# --------------------------------------------------------------------------
# synthetic tables
# --------------------------------------------------------------------------

EVENT_ROWS: list[dict[str, object]] = [
    dict(event_id="s1", date="2023-12-03", country="Iraq", weapon="drone",
         perpetrator_side="iran-aligned", status="claimed",
         claimed_by="Islamic Resistance in Iraq", place="Ain al-Asad Air Base",
         lat=33.80, lon=42.44, count=None),
    dict(event_id="s2", date="2023-12-03", country="Syria", weapon="drone",
         perpetrator_side="iran-aligned", status="claimed",
         claimed_by="Islamic Resistance in Iraq", place="Green Village",
         lat=35.05, lon=40.50, count=2),
    dict(event_id="s3", date="2023-12-03", country="Iraq", weapon="air strike",
         perpetrator_side="us-led", status="confirmed",
         confirmed_by="US military official", place="Kirkuk",
         lat=35.47, lon=44.39, count=1),
    dict(event_id="s4", date=None, country="Iraq", weapon="drone",
         perpetrator_side="iran-aligned", status="claimed",
         claimed_by="Islamic Resistance in Iraq", count=None),
    dict(event_id="s5", date="2023-12-12", country="Syria", weapon="rocket",
         perpetrator_side=None, status="reported", place="Green Village",
         lat=35.05, lon=40.50, count=3),
    dict(event_id="s6", date="2023-12-13", country=None, weapon="unknown",
         status="reported", count=1),
]
DATED = [r for r in EVENT_ROWS if r["date"] is not None]


def _count(row: dict[str, object]) -> int:
    return 1 if row.get("count") is None else int(row["count"])  # type: ignore[call-overload]


@pytest.fixture
def events() -> pd.DataFrame:
    return frame("events", EVENT_ROWS)


@pytest.fixture
def empty_events() -> pd.DataFrame:
    return frame("events", [])


DEPLOYMENT_ROWS: list[dict[str, object]] = [
    dict(force="US forces", country="Iraq", troops=2500, qualifier="exact",
         as_of="2023-12-04"),
    dict(force="US forces", country="Syria", troops=900, qualifier="exact",
         as_of="2023-12-04"),
    dict(force="US forces", country="Syria", troops=900, qualifier="about",
         as_of="2024-01-29"),
    dict(force="US forces", country="Jordan", troops=3000, qualifier="about",
         as_of="2024-01-29"),
    dict(force="US forces", country="Iraq", troops=None, qualifier=None,
         as_of="2024-01-29"),
    dict(force="US forces", country="Iraq", troops=2500, qualifier="about",
         as_of=None),
]


@pytest.fixture
def deployments() -> pd.DataFrame:
    return frame("deployments", DEPLOYMENT_ROWS)


# --------------------------------------------------------------------------
# helpers to read back what was drawn
# --------------------------------------------------------------------------


def _bars(ax: plt.Axes) -> list[Any]:
    return [p for p in ax.patches if p.get_height() > 0]


def _bar_dates(ax: plt.Axes, freq: str) -> dict[pd.Timestamp, float]:
    """Total bar height per date: a day's bar is centred on it, a week's
    bar starts on its Monday."""
    out: dict[pd.Timestamp, float] = {}
    for p in _bars(ax):
        at = p.get_x() + (p.get_width() / 2 if freq == "D" else 0)
        key = pd.Timestamp(mdates.num2date(at).replace(tzinfo=None)).round("h")
        out[key] = out.get(key, 0.0) + p.get_height()
    return out


def _scatter_points(ax: plt.Axes) -> np.ndarray:
    coll = [c for c in ax.collections if isinstance(c, PathCollection)]
    return np.concatenate([c.get_offsets() for c in coll]) if coll else np.empty((0, 2))


# --------------------------------------------------------------------------
# every chart: returns the axes, falls back to plt.gca(), passes kwargs,
# draws "no data" on empty input
# --------------------------------------------------------------------------

# (id, function, table fixture name, keyword arguments)
CHARTS: list[tuple[str, Callable[..., plt.Axes], str, dict[str, Any]]] = [
    ("attack_frequency-day-country", plots.attack_frequency, "events", {}),
    ("attack_frequency-week-weapon", plots.attack_frequency, "events",
     {"freq": "W", "by": "weapon"}),
    ("attack_frequency-no-split", plots.attack_frequency, "events", {"by": None}),
    ("attack_frequency-grade", plots.attack_frequency, "events", {"by": "grade"}),
    ("troop_deployments", plots.troop_deployments, "deployments", {}),
    ("claimed_vs_confirmed-status", plots.claimed_vs_confirmed, "events", {}),
    ("claimed_vs_confirmed-grade", plots.claimed_vs_confirmed, "events",
     {"by": "grade"}),
    ("timeline", plots.timeline, "events", {}),
    ("timeline-weapon", plots.timeline, "events", {"by": "weapon"}),
    ("event_map", plots.event_map, "events", {}),
]
CHART_IDS = [c[0] for c in CHARTS]


def _artists(ax: plt.Axes) -> list[Any]:
    """What a chart drew from the data (the map's border lines are background)."""
    return [*ax.patches, *ax.lines,
            *(c for c in ax.collections if not isinstance(c, LineCollection))]


@pytest.mark.parametrize(("name", "func", "table", "kw"), CHARTS, ids=CHART_IDS)
def test_returns_the_given_axes(name: str, func: Callable[..., plt.Axes],
                                table: str, kw: dict[str, Any],
                                request: pytest.FixtureRequest) -> None:
    _, (ax1, ax2) = plt.subplots(1, 2)
    got = func(request.getfixturevalue(table), ax=ax1, **kw)
    assert got is ax1
    assert _artists(ax1) and not _artists(ax2)


@pytest.mark.parametrize(("name", "func", "table", "kw"), CHARTS, ids=CHART_IDS)
def test_uses_current_axes(name: str, func: Callable[..., plt.Axes], table: str,
                           kw: dict[str, Any], request: pytest.FixtureRequest) -> None:
    _, (ax1, ax2) = plt.subplots(1, 2)
    plt.sca(ax1)
    got = func(request.getfixturevalue(table), **kw)
    assert got is ax1
    assert _artists(ax1) and not _artists(ax2)


@pytest.mark.parametrize(("name", "func", "table", "kw"), CHARTS, ids=CHART_IDS)
def test_kwargs_reach_matplotlib(name: str, func: Callable[..., plt.Axes],
                                 table: str, kw: dict[str, Any],
                                 request: pytest.FixtureRequest) -> None:
    ax = func(request.getfixturevalue(table), color="#123456", alpha=0.42, **kw)
    artists = _artists(ax)
    assert artists
    for artist in artists:
        assert artist.get_alpha() == pytest.approx(0.42)
        colour = (artist.get_color() if hasattr(artist, "get_xydata")
                  else artist.get_facecolor())
        rgba = np.atleast_2d(to_rgba(colour) if isinstance(colour, str) else colour)
        assert np.allclose(rgba[:, :3], to_rgba("#123456")[:3])


@pytest.mark.parametrize(("name", "func", "table", "kw"), CHARTS, ids=CHART_IDS)
@pytest.mark.parametrize("empty", ["typed-frame", "bare-frame"])
def test_empty_input_draws_no_data(name: str, func: Callable[..., plt.Axes],
                                   table: str, kw: dict[str, Any], empty: str) -> None:
    df = frame(table, []) if empty == "typed-frame" else pd.DataFrame()
    ax = func(df, **kw)
    assert not _artists(ax)
    assert [t.get_text() for t in ax.texts] == ["no data"]


@pytest.mark.parametrize(("func", "kw"), [
    (plots.attack_frequency, {}),
    (plots.timeline, {}),
], ids=["attack_frequency", "timeline"])
def test_all_undated_says_so(func: Callable[..., plt.Axes], kw: dict[str, Any]) -> None:
    undated = frame("events", [r for r in EVENT_ROWS if r["date"] is None] * 2)
    ax = func(undated, **kw)
    assert not _artists(ax)
    assert "2 undated events left out" in ax.get_title()
    assert ax.texts[0].get_text().startswith("no data")


# --------------------------------------------------------------------------
# attack_frequency: numbers drawn equal the data
# --------------------------------------------------------------------------

def _expected_per_period(freq: str) -> dict[pd.Timestamp, float]:
    out: dict[pd.Timestamp, float] = {}
    for row in DATED:
        day = pd.Timestamp(str(row["date"]))
        key = day - pd.Timedelta(days=day.weekday()) if freq == "W" else day
        out[key] = out.get(key, 0.0) + _count(row)
    return out


@pytest.mark.parametrize("by", ["country", "weapon", "perpetrator_side", "status",
                                "grade", None])
@pytest.mark.parametrize("freq", ["D", "W"])
def test_attack_frequency_heights(events: pd.DataFrame, freq: str, by: str | None) -> None:
    ax = plots.attack_frequency(events, freq=freq, by=by)
    assert sum(p.get_height() for p in ax.patches) == sum(_count(r) for r in DATED)
    assert _bar_dates(ax, freq) == _expected_per_period(freq)
    assert "(1 undated event left out)" in ax.get_title()


@pytest.mark.parametrize(("by", "label", "expected"), [
    ("country", "Iraq", 2),          # count NA -> 1, plus the air strike
    ("country", "Syria", 5),
    ("country", "unknown", 1),       # missing country
    ("weapon", "drone", 3),
    ("perpetrator_side", "us-led", 1),
    ("status", "reported", 4),
    ("grade", "claimed only", 3),
], ids=lambda v: str(v))
def test_attack_frequency_stack_per_group(events: pd.DataFrame, by: str, label: str,
                                          expected: int) -> None:
    ax = plots.attack_frequency(events, by=by)
    handles, labels = ax.get_legend_handles_labels()
    container = handles[labels.index(label)]
    assert sum(p.get_height() for p in container) == expected


def test_attack_frequency_stacks_do_not_overlap(events: pd.DataFrame) -> None:
    ax = plots.attack_frequency(events, by="country")
    by_x: dict[float, list[tuple[float, float]]] = {}
    for p in _bars(ax):
        by_x.setdefault(p.get_x(), []).append((p.get_y(), p.get_y() + p.get_height()))
    for spans in by_x.values():
        spans.sort()
        assert spans[0][0] == 0
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


def test_attack_frequency_rejects_unknown_freq(events: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="freq"):
        plots.attack_frequency(events, freq="M")  # type: ignore[arg-type]


def test_attack_frequency_unknown_column(events: pd.DataFrame) -> None:
    with pytest.raises(KeyError, match="no_such_column"):
        plots.attack_frequency(events, by="no_such_column")


# --------------------------------------------------------------------------
# troop_deployments
# --------------------------------------------------------------------------

def test_troop_lines_equal_troops(deployments: pd.DataFrame) -> None:
    ax = plots.troop_deployments(deployments)
    drawn = {}
    for line in ax.get_lines():
        xs, ys = line.get_xdata(), line.get_ydata()
        drawn[line.get_label()] = {pd.Timestamp(x): y for x, y in zip(xs, ys)}
    expected: dict[str, dict[pd.Timestamp, float]] = {}
    for r in DEPLOYMENT_ROWS:
        if r["troops"] is not None and r["as_of"] is not None:
            expected.setdefault(str(r["country"]), {})[
                pd.Timestamp(str(r["as_of"]))] = float(r["troops"])  # type: ignore[arg-type]
    assert drawn == expected
    assert all(line.get_marker() == "o" for line in ax.get_lines())
    assert "(2 figures without date or number left out)" in ax.get_title()


def test_troop_single_date_draws_bars() -> None:
    rows = [r for r in DEPLOYMENT_ROWS if r["as_of"] == "2023-12-04"]
    ax = plots.troop_deployments(frame("deployments", rows))
    assert not ax.get_lines()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    heights = [p.get_height() for p in ax.patches]
    assert dict(zip(labels, heights)) == {"Iraq": 2500, "Syria": 900}
    assert [t.get_text() for t in ax.texts] == ["2,500", "900"]
    assert "2023-12-04" in ax.get_xlabel()


def test_troop_same_day_figures_show_the_largest() -> None:
    rows = [dict(country="Iraq", troops=2000, as_of="2024-01-01"),
            dict(country="Iraq", troops=2500, as_of="2024-01-01")]
    ax = plots.troop_deployments(frame("deployments", rows))
    assert [p.get_height() for p in ax.patches] == [2500]


# --------------------------------------------------------------------------
# claimed_vs_confirmed
# --------------------------------------------------------------------------

def test_claimed_vs_confirmed_status_bars(events: pd.DataFrame) -> None:
    ax = plots.claimed_vs_confirmed(events)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    heights = [p.get_height() for p in ax.patches]
    expected: dict[str, int] = {}
    for r in EVENT_ROWS:   # undated events count too
        expected[str(r["status"])] = expected.get(str(r["status"]), 0) + _count(r)
    assert dict(zip(labels, heights)) == expected
    assert labels == ["claimed", "confirmed", "reported"]   # vocabulary order
    assert [t.get_text() for t in ax.texts] == [str(expected[s]) for s in labels]


def test_claimed_vs_confirmed_grade_by_country(events: pd.DataFrame) -> None:
    ax = plots.claimed_vs_confirmed(events, by="grade")
    handles, labels = ax.get_legend_handles_labels()
    countries = [t.get_text() for t in ax.get_xticklabels()]
    drawn = {(countries[i], lab): p.get_height()
             for h, lab in zip(handles, labels) for i, p in enumerate(h)
             if p.get_height()}
    assert drawn == {("Iraq", "claimed only"): 2, ("Iraq", "confirmed"): 1,
                     ("Syria", "claimed only"): 2, ("Syria", "reported only"): 3,
                     ("unknown", "reported only"): 1}


@pytest.mark.parametrize(("row", "expected"), [
    (dict(status="confirmed"), "confirmed"),
    (dict(status="claimed", confirmed_by="Pentagon"), "confirmed"),
    (dict(status="claimed", claimed_by="Islamic Resistance in Iraq"), "claimed only"),
    (dict(status="reported", claimed_by="Kataib Hezbollah"), "claimed only"),
    (dict(status="reported"), "reported only"),
    (dict(status=None, claimed_by=" "), "reported only"),
], ids=["status-confirmed", "confirmed_by", "claimed", "claimed_by",
        "reported", "blank"])
def test_grade(row: dict[str, object], expected: str) -> None:
    assert plots.grade(frame("events", [row])).tolist() == [expected]


def test_grade_column_wins() -> None:
    df = frame("events", [dict(status="confirmed")]).assign(grade="claimed only")
    assert plots.grade(df).tolist() == ["claimed only"]


# --------------------------------------------------------------------------
# timeline
# --------------------------------------------------------------------------

def test_timeline_one_marker_per_dated_event(events: pd.DataFrame) -> None:
    ax = plots.timeline(events)
    points = _scatter_points(ax)
    assert len(points) == len(DATED)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    got = sorted((mdates.num2date(x).strftime("%Y-%m-%d"), rows[int(np.rint(y))])
                 for x, y in points)
    want = sorted((str(r["date"]), str(r["country"] or "unknown")) for r in DATED)
    assert got == want
    assert "(1 undated event left out)" in ax.get_title()


def test_timeline_colour_groups(events: pd.DataFrame) -> None:
    ax = plots.timeline(events, by="status")
    _, labels = ax.get_legend_handles_labels()
    assert labels == ["claimed", "confirmed", "reported"]


# --------------------------------------------------------------------------
# event_map
# --------------------------------------------------------------------------

def _markers(ax: plt.Axes) -> dict[tuple[float, float], float]:
    return {(round(float(x), 2), round(float(y), 2)): float(s)
            for c in ax.collections if isinstance(c, PathCollection)
            for (x, y), s in zip(c.get_offsets(), np.broadcast_to(c.get_sizes(), len(c.get_offsets())))}


def _labels(ax: plt.Axes) -> list[Any]:
    return [t for t in ax.texts if t.get_gid() != "country-label"]


def test_event_map_places_and_sizes(events: pd.DataFrame) -> None:
    ax = plots.event_map(events, by="country")
    expected: dict[tuple[float, float], float] = {}
    for r in EVENT_ROWS:
        if r.get("lat") is not None:
            key = (float(r["lon"]), float(r["lat"]))  # type: ignore[arg-type]
            expected[key] = expected.get(key, 0) + _count(r)
    drawn = _markers(ax)
    # area proportional to the attacks at a place
    assert drawn.keys() == expected.keys()
    assert {drawn[k] / expected[k] for k in expected} == {60.0}
    assert sorted(t.get_text() for t in _labels(ax)) == [
        "Ain al-Asad Air Base", "Green Village", "Kirkuk"]
    assert "(2 events without coordinates left out)" in ax.get_title()


def test_event_map_without_labels(events: pd.DataFrame) -> None:
    ax = plots.event_map(events, label=False)
    assert not _labels(ax)


def test_event_map_draws_natural_earth_borders(events: pd.DataFrame) -> None:
    ax = plots.event_map(events)
    lines = {c.get_label(): c for c in ax.collections if isinstance(c, LineCollection)}
    assert set(lines) == {"_country", "_admin1", "_coast"}
    assert all(len(c.get_segments()) > 10 for c in lines.values())
    names = {t.get_text() for t in ax.texts if t.get_gid() == "country-label"}
    assert {"IRAQ", "SYRIA", "JORDAN"} <= names
    west, east, south, north = plots.REGION
    assert ax.get_xlim() == (west, east) and ax.get_ylim() == (south, north)
    assert not [c for c in plots.event_map(events, background=False, ax=plt.figure().gca())
                .collections if isinstance(c, LineCollection)]


def test_borders_data_covers_the_campaign_countries() -> None:
    layers = plots.borders()
    points = np.concatenate(layers["country"])
    # clipped to the region (a line leaving it keeps one point just outside)
    assert 32.0 <= points[:, 0].min() < 34.0 and 48.5 < points[:, 0].max() <= 51.0
    assert 27.0 <= points[:, 1].min() and points[:, 1].max() <= 40.0
    assert len(plots.border_labels()) == len(layers["label"])
    assert "Iraq" in plots.border_labels()


def test_event_map_colours_by_grade(incidents: pd.DataFrame) -> None:
    ax = plots.event_map(incidents)
    for c in ax.collections:
        if isinstance(c, PathCollection):
            assert np.allclose(c.get_facecolor()[0][:3], to_rgba(plots._FIXED_COLOURS[c.get_label()])[:3])
    _, labels = ax.get_legend_handles_labels()
    assert labels == ["claimed", "claimed+confirmed", "contested"]


def test_event_map_labels_never_overlap() -> None:
    """al-Rukban sits 600 m from Tower 22: on a map of the region the two markers
    are one, and their labels must still be apart (issue 12)."""
    rows = pd.DataFrame({
        "incident_id": ["i1", "i2", "i3", "i4"], "grade": ["claimed+confirmed", "claimed",
                                                            "reported", "confirmed"],
        "place": ["Tower 22", "al-Rukban", "al-Tanf garrison", "Albu Kamal"],
        "lat": [33.3221, 33.3170, 33.4990, 34.4528], "lon": [38.6916, 38.6900, 38.6180, 40.9180],
        "n_reports": [4, 1, 3, 1]})
    fig, ax = plt.subplots(figsize=(8, 6), layout="constrained")
    plots.event_map(rows, ax=ax)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = {t.get_text(): t.get_window_extent(renderer) for t in _labels(ax)}
    assert set(boxes) == {"Tower 22", "al-Rukban", "al-Tanf garrison", "Albu Kamal"}
    names = sorted(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not boxes[a].overlaps(boxes[b]), (a, b)
    frame = ax.get_window_extent(renderer)
    assert all(frame.contains(b.x0, b.y0) and frame.contains(b.x1, b.y1) for b in boxes.values())


def test_schema_columns_cover_charts() -> None:
    # the columns the charts read exist in the schema, so real tables work
    assert {"date", "count", "country", "weapon", "perpetrator_side", "status",
            "claimed_by", "confirmed_by", "place", "lat", "lon"} <= COLUMNS["events"].keys()
    assert {"country", "troops", "as_of"} <= COLUMNS["deployments"].keys()


# --------------------------------------------------------------------------
# claims_vs_tallies: corpus counts next to official tallies
# --------------------------------------------------------------------------

# Synthetic running counts in the shape of conflictlib.incidents.cumulative_counts.
COUNT_ROWS: list[dict[str, object]] = [
    dict(date="2024-01-20", incidents=1, claimed=1, confirmed=1),
    dict(date="2024-01-21", incidents=1, claimed=1, confirmed=1),
    dict(date="2024-01-22", incidents=3, claimed=2, confirmed=1),
    dict(date="2024-01-23", incidents=4, claimed=2, confirmed=3),
]

# Synthetic official figures in the shape of conflictlib.incidents.tally_series.
TALLY_ROWS: list[dict[str, object]] = [
    dict(as_of="2024-01-22", count=140, qualifier="at least", scope="total"),
    dict(as_of="2024-02-01", count=166, qualifier="exact", scope="total"),
    dict(as_of="2024-01-22", count=57, qualifier="exact", scope="Iraq"),
    dict(as_of=None, count=60, qualifier="exact", scope="Iraq"),
    dict(as_of="2024-02-01", count=1, qualifier="exact", scope="Jordan"),
]


def _counts_table(rows: list[dict[str, object]] = COUNT_ROWS) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["date", "incidents", "claimed", "confirmed"])
    df["date"] = pd.to_datetime(df["date"])
    return df.astype({c: "Int64" for c in ["incidents", "claimed", "confirmed"]})


def _tallies_table(rows: list[dict[str, object]] = TALLY_ROWS) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["as_of", "count", "qualifier", "scope"])
    df["as_of"] = pd.to_datetime(df["as_of"])
    return df.astype({"count": "Int64"})


def _drawn_lines(ax: plt.Axes) -> dict[str, list[tuple[str, float]]]:
    """Points of each labelled line: (day, value)."""
    out = {}
    for line in ax.get_lines():
        xs = [mdates.num2date(mdates.date2num(x)).strftime("%Y-%m-%d")
              for x in line.get_xdata()]
        out[line.get_label()] = list(zip(xs, map(float, line.get_ydata())))
    return out


def test_claims_vs_tallies_numbers_equal_the_data() -> None:
    ax = plots.claims_vs_tallies(_counts_table(), _tallies_table())
    drawn = _drawn_lines(ax)
    for column in ["claimed", "confirmed"]:
        assert drawn[f"{column} (corpus)"] == [
            (str(r["date"]), float(r[column])) for r in COUNT_ROWS]  # type: ignore[arg-type]
    for scope in ["total", "Iraq", "Jordan"]:
        assert drawn[f"official tally: {scope}"] == sorted(
            (str(r["as_of"]), float(r["count"]))  # type: ignore[arg-type]
            for r in TALLY_ROWS if r["scope"] == scope and r["as_of"] is not None)
    assert len(drawn) == 5
    assert "(1 tally without date or count left out)" in ax.get_title()


def test_claims_vs_tallies_counts_are_steps_tallies_dashed() -> None:
    ax = plots.claims_vs_tallies(_counts_table(), _tallies_table())
    styles = {line.get_label(): (line.get_drawstyle(), line.get_linestyle(),
                                 line.get_marker()) for line in ax.get_lines()}
    assert styles["claimed (corpus)"][0] == "steps-post"
    assert styles["official tally: total"] == ("default", "--", "o")


@pytest.mark.parametrize(("kw", "labels"), [
    ({"columns": ["incidents"], "scopes": ["total"]},
     ["incidents in the corpus", "official tally: total"]),
    ({"columns": [], "scopes": ["Iraq", "Jordan"]},
     ["official tally: Iraq", "official tally: Jordan"]),
    ({"scopes": []}, ["claimed (corpus)", "confirmed (corpus)"]),
], ids=["incidents-total", "tallies-only", "counts-only"])
def test_claims_vs_tallies_choices(kw: dict[str, Any], labels: list[str]) -> None:
    ax = plots.claims_vs_tallies(_counts_table(), _tallies_table(), **kw)
    assert [line.get_label() for line in ax.get_lines()] == labels


@pytest.mark.parametrize(("counts", "tallies"), [
    ("empty", "empty"), ("bare", "bare"), ("empty", "undated"),
], ids=["typed-frames", "bare-frames", "only-undated-tallies"])
def test_claims_vs_tallies_no_data(counts: str, tallies: str) -> None:
    c = _counts_table([]) if counts == "empty" else pd.DataFrame()
    t = {"empty": _tallies_table([]), "bare": pd.DataFrame(),
         "undated": _tallies_table([r for r in TALLY_ROWS if r["as_of"] is None])}[tallies]
    ax = plots.claims_vs_tallies(c, t)
    assert not _artists(ax)
    assert ax.texts[0].get_text().startswith("no data")


def test_claims_vs_tallies_axes_and_kwargs() -> None:
    _, (ax1, ax2) = plt.subplots(1, 2)
    assert plots.claims_vs_tallies(_counts_table(), _tallies_table(), ax=ax1) is ax1
    plt.sca(ax2)
    got = plots.claims_vs_tallies(_counts_table(), _tallies_table(),
                                  color="#123456", alpha=0.42)
    assert got is ax2 and len(ax1.get_lines()) == len(ax2.get_lines()) == 5
    for line in ax2.get_lines():
        assert line.get_alpha() == pytest.approx(0.42)
        assert to_rgba(line.get_color()) == to_rgba("#123456")


def test_claims_vs_tallies_on_linked_tables() -> None:
    # the tables conflictlib.incidents makes have the columns the chart reads
    import conflictlib as cl
    from conflictlib.incidents import cumulative_counts, tally_series

    x = cl.parse_text("Synthetic sentence for a test: drones struck Tower 22 on "
                      "Sunday, the Pentagon said.", published="2024-01-29")
    counts = cumulative_counts(x)
    ax = plots.claims_vs_tallies(counts, tally_series(x))
    # one day of counts and no tallies: a labelled bar per count
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "claimed (corpus)", "confirmed (corpus)"]
    assert ax.patches[1].get_height() == counts["confirmed"].iloc[-1]


# --------------------------------------------------------------------------
# incidents (x.incidents) in the event charts
# --------------------------------------------------------------------------

INCIDENT_ROWS: list[dict[str, object]] = [
    dict(incident_id="i1", date="2024-01-20", country="Iraq", grade="claimed+confirmed",
         place="Ain al-Asad Air Base", lat=33.79, lon=42.44, weapon="rocket"),
    dict(incident_id="i2", date="2024-01-24", country="Syria", grade="claimed",
         place="al-Tanf garrison", lat=33.50, lon=38.62, weapon="drone"),
    dict(incident_id="i3", date="2024-01-25", country="Iraq", grade="contested",
         place="Baghdad International Airport", lat=33.26, lon=44.23, weapon="rocket"),
    dict(incident_id="i4", date="2024-01-25", country="Syria", grade="claimed",
         place="al-Tanf garrison", lat=33.50, lon=38.62, weapon="drone"),
    dict(incident_id="i5", date=None, country="Syria", grade="reported",
         place=None, lat=None, lon=None, weapon="unknown"),
]


@pytest.fixture
def incidents() -> pd.DataFrame:
    df = pd.DataFrame(INCIDENT_ROWS)
    df["date"] = pd.to_datetime(df["date"])
    return df


def test_incident_grades_keep_their_order_and_colours(incidents: pd.DataFrame) -> None:
    ax = plots.attack_frequency(incidents, freq="W", by="grade")
    handles, labels = ax.get_legend_handles_labels()
    assert labels == ["claimed", "claimed+confirmed", "contested"]   # link.GRADES order
    for handle, label in zip(handles, labels):
        assert to_rgba(handle[0].get_facecolor()) == to_rgba(plots._FIXED_COLOURS[label])


def test_incidents_count_one_each(incidents: pd.DataFrame) -> None:
    ax = plots.attack_frequency(incidents, freq="D", by="country")
    assert sum(p.get_height() for p in ax.patches) == 4     # no count column: 1 each
    ax = plots.event_map(incidents, ax=plt.figure().gca())
    sizes = _markers(ax)
    assert sizes[(38.62, 33.50)] == 2 * sizes[(42.44, 33.79)]


def test_claims_vs_tallies_one_day_corpus_draws_labelled_bars() -> None:
    """A corpus whose incidents all fall on one day, and no tallies: one labelled bar
    per count, in the counts' own colours (no dots floating on an empty time axis)."""
    counts = pd.DataFrame({"date": pd.to_datetime(["2023-12-03"]), "incidents": [3],
                           "claimed": [2], "confirmed": [1]})
    ax = plots.claims_vs_tallies(counts, pd.DataFrame(),
                                 columns=["incidents", "claimed", "confirmed"])
    assert not ax.lines
    assert [p.get_height() for p in ax.patches] == [3, 2, 1]
    assert [t.get_text() for t in ax.texts] == ["3", "2", "1"]
    colours = [to_rgba(p.get_facecolor()) for p in ax.patches]
    assert len(set(colours)) == 3
    assert "2023-12-03" in ax.get_xlabel()


def test_claims_vs_tallies_colours_are_distinct() -> None:
    ax = plots.claims_vs_tallies(_counts_table(), _tallies_table(),
                                 columns=["incidents", "claimed", "confirmed"])
    colours = [to_rgba(line.get_color()) for line in ax.get_lines()]
    assert len(set(colours)) == len(colours) == 6


def test_claims_vs_tallies_few_dates_are_labelled() -> None:
    ax = plots.claims_vs_tallies(_counts_table([]), _tallies_table(), scopes=["total"])
    assert [t.get_text() for t in ax.texts] == ["140", "166"]
    assert ax.get_ylim()[1] > 166


# --------------------------------------------------------------------------
# every time chart on one date, many dates and empty input: what was drawn
# --------------------------------------------------------------------------

def _troops(dates: list[str]) -> pd.DataFrame:
    rows = [dict(country=c, troops=t + 10 * i, as_of=d, force="US forces")
            for i, d in enumerate(dates) for c, t in [("Iraq", 2500), ("Syria", 900)]]
    return frame("deployments", rows)


@pytest.mark.parametrize("n_dates", [2, 3, 12], ids=["two-dates", "three-dates", "twelve-dates"])
def test_troop_chart_is_scaled_to_the_figures(n_dates: int) -> None:
    """The bug of issue 12: limits set before plotting kept the axis at 0-1."""
    dates = [f"2024-{m:02d}-01" for m in range(1, n_dates + 1)] if n_dates <= 12 else []
    df = _troops(dates)
    ax = plots.troop_deployments(df)
    lo, hi = ax.get_ylim()
    assert lo == 0 and hi >= df["troops"].max()
    drawn = sorted(y for line in ax.get_lines() for y in line.get_ydata())
    assert drawn == sorted(df["troops"].astype(float))
    few = n_dates <= plots.FEW_DATES
    assert all((line.get_linestyle() == "None") == few for line in ax.get_lines())
    assert (len(ax.texts) == len(df)) == few      # few dates: each figure labelled


@pytest.mark.parametrize(("n_days", "kind"), [(1, "bars"), (30, "bars"), (200, "lines")])
def test_attack_frequency_one_few_many_days(n_days: int, kind: str) -> None:
    days = pd.date_range("2023-10-17", periods=n_days, freq="D")
    df = frame("events", [dict(date=d, country="Iraq" if i % 2 else "Syria", count=1)
                          for i, d in enumerate(days)])
    ax = plots.attack_frequency(df, freq="D")
    if kind == "bars":
        assert not ax.lines and sum(p.get_height() for p in ax.patches) == n_days
        lo, hi = ax.get_xlim()
        assert hi - lo <= n_days + 8           # one day is not stretched over the axis
        labelled = n_days <= plots.LABELLED_BARS
        assert (len(ax.texts) == n_days) == labelled
    else:
        assert not ax.patches
        assert {line.get_label() for line in ax.get_lines()} == {"Iraq", "Syria"}
        assert sum(line.get_ydata().sum() for line in ax.get_lines()) == n_days


@pytest.mark.parametrize("func", [plots.attack_frequency, plots.timeline, plots.event_map,
                                  plots.claimed_vs_confirmed],
                         ids=["attack_frequency", "timeline", "event_map", "claimed_vs_confirmed"])
def test_one_event_charts(func: Callable[..., plt.Axes]) -> None:
    df = frame("events", [EVENT_ROWS[2]])
    ax = func(df)
    assert _artists(ax)
    assert not any("no data" in t.get_text() for t in ax.texts)
