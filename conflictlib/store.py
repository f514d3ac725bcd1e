"""Tables on disk: a folder of Parquet or CSV files that reload with their dtypes, and the
exports researchers share (GeoJSON of incidents, an ACLED-style CSV).

A table folder holds one file per table (``events.parquet`` or ``events.csv`` ...) and
``manifest.json`` (the format, the row counts, the conflictlib version).  Files are written
under a temporary name and renamed when complete, so an interrupted run never leaves a
half-written table under a real name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .schema import COLUMNS

if TYPE_CHECKING:
    import pandas as pd

    from ._parse import Parsed

__all__ = ["TableWriter", "write_tables", "read_tables", "to_geojson", "to_acled", "ACLED_COLUMNS",
           "FORMATS"]

FORMATS = ("parquet", "csv")
#: Every table a folder may hold, in the order of Parsed, then incidents.
TABLE_NAMES = ("articles", "events", "claims", "casualties", "deployments", "tallies", "mentions",
               "errors", "incidents")


def _dtypes(name: str) -> dict[str, str]:
    if name == "incidents":
        from .incidents import INCIDENT_COLUMNS

        return dict(INCIDENT_COLUMNS)
    return dict(COLUMNS[name])


def _need_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401  (only whether it is there)
    except ImportError as exc:
        raise ImportError("Parquet needs pyarrow: pip install 'conflictlib[parquet]' "
                          "(or write CSV with format='csv')") from exc


class TableWriter:
    """Appends chunks of tables to a folder, one file per table (streaming: a chunk is
    written and dropped before the next is read).  Use as a context manager; on a clean
    exit the files are renamed into place and the manifest written."""

    def __init__(self, out: str | os.PathLike[str], fmt: str = "parquet") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
        if fmt == "parquet":
            _need_pyarrow()
        self.out = Path(out)
        self.fmt = fmt
        self.out.mkdir(parents=True, exist_ok=True)
        self.counts: dict[str, int] = {}
        self._writers: dict[str, Any] = {}

    def _tmp(self, name: str) -> Path:
        return self.out / f".{name}.{self.fmt}.partial"

    def write(self, name: str, df: "pd.DataFrame") -> None:
        """Append *df* to table *name*."""
        tmp = self._tmp(name)
        if self.fmt == "csv":
            df.to_csv(tmp, mode="a", header=name not in self.counts, index=False, date_format="%Y-%m-%d")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            w = self._writers.get(name)
            if w is None:
                w = self._writers[name] = pq.ParquetWriter(tmp, table.schema)
            else:
                table = table.cast(w.schema)
            w.write_table(table)
        self.counts[name] = self.counts.get(name, 0) + len(df)

    def write_parsed(self, x: "Parsed", tables: Iterable[str] = TABLE_NAMES[:-1]) -> None:
        for name in tables:
            self.write(name, getattr(x, name))

    def close(self, extra: dict[str, Any] | None = None) -> None:
        for w in self._writers.values():
            w.close()
        self._writers.clear()
        for name in self.counts:
            os.replace(self._tmp(name), self.out / f"{name}.{self.fmt}")
        from . import __version__

        path = self.out / "manifest.json"
        rows = dict(self.counts)
        if path.exists():  # a table added to a folder (incidents after the others)
            old = json.loads(path.read_text(encoding="utf-8"))
            if old.get("format") == self.fmt:
                rows = {**old.get("rows", {}), **rows}
        manifest = {"format": self.fmt, "conflictlib": __version__, "rows": rows, **(extra or {})}
        tmp = self.out / ".manifest.json.partial"
        tmp.write_text(json.dumps(manifest, indent=2, default=str) + "\n", encoding="utf-8")
        os.replace(tmp, self.out / "manifest.json")

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is None:
            self.close()
        else:  # leave no half-written table under a real name
            for w in self._writers.values():
                w.close()
            for name in self.counts:
                self._tmp(name).unlink(missing_ok=True)


def write_tables(x: "Parsed", out: str | os.PathLike[str], fmt: str = "parquet", *,
                 incidents: bool = True) -> Path:
    """Write every table of *x* (and its incidents) to folder *out*; returns the folder."""
    with TableWriter(out, fmt) as w:
        w.write_parsed(x)
        if incidents:
            w.write("incidents", x.incidents)
    return Path(out)


def read_table(folder: str | os.PathLike[str], name: str, columns: list[str] | None = None) -> "pd.DataFrame":
    """One table of a folder written by :func:`write_tables` or ``conflictlib parse``, with
    its dtypes."""
    import pandas as pd

    folder = Path(folder)
    dtypes = _dtypes(name)
    cols = columns or list(dtypes)
    if (folder / f"{name}.parquet").exists():
        _need_pyarrow()
        df = pd.read_parquet(folder / f"{name}.parquet", columns=cols)
    elif (folder / f"{name}.csv").exists():
        dates = [c for c in cols if dtypes[c].startswith("datetime")]
        df = pd.read_csv(folder / f"{name}.csv", usecols=cols, dtype={c: "string" for c in cols if c not in dates},
                         keep_default_na=False, na_values=[""])
    else:
        raise FileNotFoundError(f"{folder}: no {name}.parquet or {name}.csv")
    out = {}
    for c in cols:
        t = dtypes[c]
        col = df[c]
        if t.startswith("datetime"):
            out[c] = pd.to_datetime(col, errors="coerce").astype(t)
        elif t == "boolean" and col.dtype != "boolean":
            out[c] = col.map({"True": True, "False": False, True: True, False: False}).astype("boolean")
        else:
            out[c] = col.astype(t)
    return pd.DataFrame(out)[cols]


def read_tables(folder: str | os.PathLike[str]) -> "Parsed":
    """Every table of a folder written by :func:`write_tables` or ``conflictlib parse``,
    with its dtypes, as a :class:`~conflictlib.Parsed` (incidents included when written)."""
    from ._parse import Parsed

    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder")
    tables = {name: read_table(folder, name) for name in TABLE_NAMES[:-1]}
    x = Parsed(**tables)
    if (folder / "incidents.parquet").exists() or (folder / "incidents.csv").exists():
        x._incidents = read_table(folder, "incidents")
    return x


# -- exports ----------------------------------------------------------------------------------

def _plain(v: Any) -> Any:
    import pandas as pd

    if v is None or (pd.api.types.is_scalar(v) and pd.isna(v)):
        return None
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if hasattr(v, "item"):
        return v.item()
    return v


def to_geojson(incidents: "pd.DataFrame", path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Incidents with coordinates as a GeoJSON FeatureCollection (points; every column a
    property, the evidence ids included); written to *path* when given."""
    features = []
    for rec in incidents.to_dict("records"):
        lat, lon = _plain(rec.get("lat")), _plain(rec.get("lon"))
        if lat is None or lon is None:
            continue
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": {k: _plain(v) for k, v in rec.items() if k not in ("lat", "lon")}})
    fc = {"type": "FeatureCollection", "features": features}
    if path is not None:
        Path(path).write_text(json.dumps(fc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return fc


#: ACLED's column names, in ACLED's order, for the fields that map (see the README).
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "source", "notes", "fatalities")
# Weapon -> ACLED sub-event type (all of ACLED's event type "Explosions/Remote violence").
_ACLED_SUB = {"drone": "Air/drone strike", "air strike": "Air/drone strike", "IED": "Remote explosive/landmine/IED",
              "rocket": "Shelling/artillery/missile attack", "missile": "Shelling/artillery/missile attack",
              "ballistic missile": "Shelling/artillery/missile attack", "mortar": "Shelling/artillery/missile attack",
              "artillery": "Shelling/artillery/missile attack"}
_ACLED_PRECISION = {"day": 1, "month": 3, "year": 3}


def to_acled(x: "Parsed", path: str | os.PathLike[str] | None = None) -> "pd.DataFrame":
    """The incidents of *x* as an ACLED-style table (ACLED's column names where a field
    maps; one row per incident); written as CSV to *path* when given."""
    import pandas as pd

    inc = x.incidents
    sources = dict(zip(x.articles["article_id"].astype(str), x.articles["source"]))
    rows = []
    for r in inc.to_dict("records"):
        weapon = _plain(r["weapon"]) or "unknown"
        date = _plain(r["date"])
        place, country = _plain(r["place"]), _plain(r["country"])
        arts = [a for a in str(_plain(r["article_ids"]) or "").split("; ") if a]
        srcs = sorted({str(sources.get(a)) for a in arts if _plain(sources.get(a))})
        rows.append({
            "event_id_cnty": r["incident_id"], "event_date": date,
            "year": int(date[:4]) if date else None,
            "time_precision": _ACLED_PRECISION.get(str(_plain(r["date_precision"])), None) if date else None,
            "disorder_type": "Political violence",
            "event_type": "Explosions/Remote violence" if weapon in _ACLED_SUB else "Violence",
            "sub_event_type": _ACLED_SUB.get(weapon), "actor1": _plain(r["perpetrator"]),
            "actor2": _plain(r["target"]), "country": country, "admin1": _plain(r["admin1"]),
            "location": place or country, "latitude": _plain(r["lat"]), "longitude": _plain(r["lon"]),
            "geo_precision": 1 if place else (3 if country else None),
            "source": "; ".join(srcs) or None,
            "notes": f"{weapon} attack; {r['grade']}; {r['n_reports']} report(s); events {_plain(r['event_ids'])}",
            "fatalities": _plain(r["killed_best"]) or 0,
        })
    df = pd.DataFrame(rows, columns=list(ACLED_COLUMNS))
    if path is not None:
        df.to_csv(path, index=False)
    return df
