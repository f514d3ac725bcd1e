"""Tables at scale: the parse command, table folders that reload with their dtypes, workers
and a Dask cluster giving the same tables, pandas' string dtype with and without pyarrow,
and the exports (GeoJSON, ACLED-style CSV).  Corpora here are SYNTHETIC."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import conflictlib as cl
from conflictlib.__main__ import main
from conflictlib.run import parse_to
from conflictlib.store import ACLED_COLUMNS, read_tables, to_acled, to_geojson, write_tables

REPO = Path(__file__).resolve().parents[1]
LINKED = REPO / "tests" / "corpora" / "synthetic_linked"
TABLES = ("articles", "events", "claims", "casualties", "deployments", "tallies", "mentions", "errors")


def same_tables(a: cl.Parsed, b: cl.Parsed, incidents: bool = True) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name).reset_index(drop=True),
                                      getattr(b, name).reset_index(drop=True), obj=name)
    if incidents:
        pd.testing.assert_frame_equal(a.incidents, b.incidents, obj="incidents")


@pytest.fixture(scope="module")
def linked() -> cl.Parsed:
    return cl.parse(LINKED)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_reload_with_their_dtypes(linked: cl.Parsed, tmp_path: Path, fmt: str) -> None:
    out = write_tables(linked, tmp_path / "t", fmt)
    assert json.loads((out / "manifest.json").read_text())["rows"]["events"] == len(linked.events)
    same_tables(linked, read_tables(out))
    assert not list(out.glob(".*partial"))  # written under temporary names, then renamed


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_streamed_parse_equals_parse_in_memory(linked: cl.Parsed, tmp_path: Path, fmt: str) -> None:
    """Chunks of three files, written as they come: the same tables as one parse."""
    summary = parse_to(LINKED, tmp_path / "t", fmt=fmt, chunk_files=3)
    assert summary["articles"] == len(linked.articles) and summary["errors"] == {}
    assert summary["rows"]["incidents"] == len(linked.incidents)
    same_tables(linked, read_tables(tmp_path / "t"))


def test_streamed_parse_in_chunks_of_one_file_links_like_one_chunk(linked: cl.Parsed, tmp_path: Path) -> None:
    """Each file a chunk of its own (sixteen chunks' kept columns, written to files and read
    back for linking) or all files one chunk: the incidents of ``cl.parse``, and the folder
    of the kept columns is gone afterwards."""
    for size in (1, 100):
        out = tmp_path / f"chunks_of_{size}"
        parse_to(LINKED, out, fmt="csv", chunk_files=size)
        assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []
        pd.testing.assert_frame_equal(read_tables(out).incidents, linked.incidents, obj=f"chunks of {size}")


def test_incidents_in_pieces_are_the_linked_table(linked: cl.Parsed, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Linking gives its incidents a piece at a time (a streamed parse writes each before the
    next is built): pieces of three incidents, joined, or written one after the other by a
    streamed parse in chunks of one file, are the table of ``cl.parse`` (same ids, order and
    dtypes)."""
    from conflictlib.incidents import linking

    pieces = list(linking.incident_pieces(linked, size=3))
    assert len(pieces) >= 3 and all(len(p) == 3 for p in pieces[:-1])
    pd.testing.assert_frame_equal(pd.concat(pieces, ignore_index=True), linked.incidents)
    monkeypatch.setattr(linking, "PIECE", 3)
    out = tmp_path / "pieces"
    parse_to(LINKED, out, fmt="csv", chunk_files=1)
    pd.testing.assert_frame_equal(read_tables(out).incidents, linked.incidents)


def test_kept_columns_in_files_are_those_kept_in_memory(linked: cl.Parsed, tmp_path: Path) -> None:
    from conflictlib.linkdata import LINK_TABLES, LinkInput

    in_memory, in_files = LinkInput(), LinkInput(spill=tmp_path)
    for keep in (in_memory, in_files):
        keep.add(linked)
        keep.add(linked)
    assert [p.name for p in tmp_path.iterdir()][0].startswith(".linkdata-")
    a, b = in_memory.parsed(linked.config), in_files.parsed(linked.config)
    assert list(tmp_path.iterdir()) == []  # read back and removed
    for name in LINK_TABLES:
        assert len(getattr(a, name)) == 2 * len(getattr(linked, name))
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def test_kept_parts_join_as_their_concatenation_compacted() -> None:
    """Joining the chunks' compact columns one categorical at a time gives what compacting
    them concatenated gives: the same values and each string once, in order of first
    appearance, with missing cells and a chunk of none kept."""
    from conflictlib.linkdata import _compact, _join

    chunks = [pd.DataFrame({"place": pd.array(["Tower 22", None, "Erbil"], dtype="string"),
                            "killed": pd.array([1, None, 3], dtype="Int64")}),
              pd.DataFrame({"place": pd.array([None, None], dtype="string"),
                            "killed": pd.array([None, 2], dtype="Int64")}),
              pd.DataFrame({"place": pd.array(["Tower 22", "al-Asad", "Erbil"], dtype="string"),
                            "killed": pd.array([0, 0, 0], dtype="Int64")})]
    parts = [_compact(c) for c in chunks]
    expected = _compact(pd.concat(parts, ignore_index=True))
    joined = _join(parts)
    pd.testing.assert_frame_equal(joined, expected)
    assert list(joined["place"].cat.categories) == ["Tower 22", "Erbil", "al-Asad"]  # as first met
    assert joined["place"].cat.codes.tolist()[3:6] == [-1, -1, 0]  # missing, missing, Tower 22


def test_a_failed_streamed_parse_leaves_no_kept_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that stops half-way leaves neither half-written tables nor the kept columns."""
    import gc

    from conflictlib import _parse

    real, calls = _parse._parse_corpus, []

    def fail_on_the_second_chunk(*args: object, **kwargs: object) -> cl.Parsed:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_parse, "_parse_corpus", fail_on_the_second_chunk)
    with pytest.raises(RuntimeError):
        parse_to(LINKED, tmp_path / "t", fmt="csv", chunk_files=4)
    gc.collect()
    assert len(calls) == 2 and list((tmp_path / "t").iterdir()) == []


def test_workers_give_identical_tables() -> None:
    from conflictlib import run

    corpus = cl.read_corpus(LINKED)
    old = run.CHUNK_ARTICLES
    run.CHUNK_ARTICLES = 4  # four chunks of four articles, so that both workers run
    try:
        two = cl.parse(corpus, workers=2)
    finally:
        run.CHUNK_ARTICLES = old
    same_tables(cl.parse(corpus, workers=1), two)


def test_tables_joined_from_chunks_are_the_tables_of_all_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each chunk's tables are built where it ran and joined in order (run.extract_tables):
    the result must be exactly one frame of all the rows, dtypes, index and ids included,
    even with one article a chunk (many chunk tables then empty, or all-NA in a column)."""
    from conflictlib import run
    from conflictlib.lookup import Config
    from conflictlib.schema import frame

    corpus = cl.read_corpus(LINKED)
    # and two undated articles (no date anywhere), each its own chunk: the undated events of
    # each (for its warning row) are counted per chunk and gathered
    payloads = run.payloads(corpus, None)
    payloads += [("u1", "A drone attack hit Harir late on Sunday. Rockets struck Erbil on Monday.", None, None),
                 ("u2", "Militants said they struck al-Tanf late on Sunday.", None, None)]
    rows, errors = run.extract_chunk(payloads, Config())  # every row, one chunk
    monkeypatch.setattr(run, "CHUNK_ARTICLES", 1)
    tables, joined_errors, undated = run.extract_tables(payloads, Config(), workers=1)
    assert joined_errors == errors
    assert len(rows["events"]) > 8 and not rows["deployments"]  # an empty table too
    for name in run.TABLES:
        whole = frame(name, rows[name])
        assert isinstance(tables[name].index, pd.RangeIndex), name
        assert tables[name].dtypes.equals(whole.dtypes) and tables[name].index.equals(whole.index), name
        assert tables[name].equals(whole), name
    expected: dict[str, int] = {}
    for e in rows["events"]:
        if e.date is None:
            expected[e.article_id] = expected.get(e.article_id, 0) + 1
    assert undated == expected and {"u1", "u2"} <= set(undated)


def test_dask_local_cluster_gives_identical_tables() -> None:
    distributed = pytest.importorskip("dask.distributed")
    from conflictlib import run

    corpus = cl.read_corpus(LINKED)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        old = run.CHUNK_ARTICLES
        run.CHUNK_ARTICLES = 4
        try:
            on_dask = cl.parse(corpus, client=client)
        finally:
            run.CHUNK_ARTICLES = old
    same_tables(cl.parse(corpus), on_dask)


def test_parse_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tables"
    code = main(["parse", str(LINKED), "--out", str(out), "--format", "csv",
                 "--geojson", str(tmp_path / "i.geojson"), "--acled", str(tmp_path / "a.csv")])
    assert code == 0
    printed = capsys.readouterr()
    assert "16 articles" in printed.out and "incidents 8" in printed.out
    assert "conflictlib parse" in printed.err  # the progress bar
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{t}.csv" for t in (*TABLES, "incidents")] + ["manifest.json"])
    fc = json.loads((tmp_path / "i.geojson").read_text())
    assert fc["type"] == "FeatureCollection" and fc["features"]
    acled = pd.read_csv(tmp_path / "a.csv")
    assert tuple(acled.columns) == ACLED_COLUMNS and len(acled) == 8


def test_parse_command_on_a_missing_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "nothing"), "--out", str(tmp_path / "o"), "-q"]) == 1
    assert "error" in capsys.readouterr().err


def test_exports(linked: cl.Parsed) -> None:
    fc = to_geojson(linked.incidents)
    located = linked.incidents.dropna(subset=["lat", "lon"])
    assert len(fc["features"]) == len(located)
    f = fc["features"][0]
    assert f["geometry"]["coordinates"] == [float(located["lon"].iloc[0]), float(located["lat"].iloc[0])]
    assert f["properties"]["event_ids"] and f["properties"]["article_ids"]  # the evidence travels
    acled = to_acled(linked)
    assert acled["event_type"].isin(["Explosions/Remote violence", "Violence"]).all()
    drones = acled[acled["notes"].str.startswith("drone")]
    assert (drones["sub_event_type"] == "Air/drone strike").all()


@pytest.mark.parametrize("pyarrow", [False, True])
def test_string_tables_with_and_without_pyarrow(pyarrow: bool) -> None:
    """pandas 3 stores strings in pyarrow when it is installed and in Python objects when
    not; the tables use pandas' own string dtype either way, and isin, query, merge,
    linking and the charts work on both."""
    script = textwrap.dedent(f"""
        import sys
        if not {pyarrow}:
            sys.modules["pyarrow"] = None  # as if it were not installed
        import matplotlib
        matplotlib.use("Agg")
        import conflictlib as cl
        from conflictlib import plots
        x = cl.parse({str(LINKED)!r})
        col = x.events["place"]
        assert str(col.dtype) == "string", col.dtype
        storage = col.dtype.storage
        assert len(x.events[col.isin(["Tower 22"])]) >= 1
        assert len(x.events.query("place in ['Tower 22']")) >= 1
        assert len(x.events.merge(x.claims, on="article_id")) > 0
        assert len(x.incidents) == 8
        import tempfile
        from conflictlib.run import parse_to
        with tempfile.TemporaryDirectory() as tmp:  # linking from the compact columns too
            parse_to({str(LINKED)!r}, tmp, fmt="csv", chunk_files=3)
            got = cl.read_tables(tmp).incidents
            assert got["event_ids"].tolist() == x.incidents["event_ids"].tolist()
            assert got["link_reason"].tolist() == x.incidents["link_reason"].tolist()
        plots.attack_frequency(x.events)
        print(storage)
        """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-1] == ("pyarrow" if pyarrow else "python")


# Three short reports written for this test (synthetic), with no publication date: two give
# the same weekday at the same embassy, one another weekday.
WEEKDAY_REPORTS = {
    "a.txt": "Rockets struck the US Embassy in Baghdad early on Friday, officials said.\n",
    "b.txt": "A salvo of rockets hit the US Embassy in Baghdad on Friday night.\n",
    "c.txt": "Rockets were fired at the US Embassy in Baghdad on Tuesday.\n",
}


def test_streamed_linking_reads_the_weekday_of_undated_reports(tmp_path: Path) -> None:
    """``conflictlib parse`` links from compact columns; an undated event keeps its sentence
    there, because the weekday it gives ties it to a report of that day."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in WEEKDAY_REPORTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    in_memory = cl.parse(corpus)
    assert sorted(in_memory.incidents["event_ids"]) == ["a:e1; b:e1", "c:e1"]
    parse_to(corpus, tmp_path / "t", fmt="csv")
    same_tables(in_memory, read_tables(tmp_path / "t"))
