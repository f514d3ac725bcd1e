"""Running the extractor over many articles: in this process, on all cores, or on a Dask
cluster, with the same rows in the same order every way.

Articles are cut into chunks in corpus order; each chunk is extracted on its own (the
extractor is a pure function of one article and the lookup tables) and the chunks' rows
are joined back in order, so ids and row order never depend on how many workers ran.
One article that fails becomes an ``extract`` errors row; the rest go on.  An article that
does not read as English gets a ``language`` row (:mod:`conflictlib.corpus.language`).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .lookup import Config

__all__ = ["TABLES", "Chunk", "TablesChunk", "extract_chunk", "extract_tables_chunk", "extract_tables",
           "default_workers"]

#: The tables the extractor makes, in the order of :class:`conflictlib.Parsed`.
TABLES = ("events", "claims", "casualties", "deployments", "tallies", "mentions")
#: Articles per chunk sent to a worker: large enough that sending costs little beside
#: extracting, small enough that the workers stay busy to the end.
CHUNK_ARTICLES = 200
#: Below this much text one process is faster than starting workers.
PARALLEL_BYTES = 5_000_000

#: One article as a worker needs it: id, text, publication date, source path.
Payload = tuple[str, str, "dt.date | None", "str | None"]
#: What a chunk gives back: rows by table, and errors rows.
Chunk = tuple[dict[str, list[Any]], list[dict[str, object]]]
#: A chunk with its tables built where it ran: a DataFrame by table, errors rows, and the
#: number of undated events of each article that has any.
TablesChunk = tuple[dict[str, Any], list[dict[str, object]], dict[str, int]]


def extract_chunk(payloads: Sequence[Payload], config: Config) -> Chunk:
    """The rows of every table for *payloads*, in order, and an errors row per article that
    failed (a pure function: it runs in any process)."""
    from .corpus.language import language_warning
    from .extract import extract

    rows: dict[str, list[Any]] = {name: [] for name in TABLES}
    errors: list[dict[str, object]] = []
    with _without_cycle_collector():
        for article_id, text, published, path in payloads:
            # a page not in English is extracted too, and flagged: its rows may be missing
            if (warning := language_warning(article_id, path or article_id, text)) is not None:
                errors.append(warning)
            try:
                got = extract(article_id, text, published, config)
            except Exception as exc:  # one bad article never stops the rest
                errors.append({"source": path or article_id, "article_id": article_id,
                               "stage": "extract", "message": f"{type(exc).__name__}: {exc}"})
                continue
            for name in TABLES:
                rows[name].extend(got[name])
    return rows, errors


def extract_tables_chunk(payloads: Sequence[Payload], config: Config) -> TablesChunk:
    """The tables of *payloads* built in the process that extracted them (a pure function).

    A worker that sends its chunk's tables rather than its rows spares the main process two
    serial steps that otherwise run on one core while the workers wait or compete for it:
    unpickling every row object (about a million on 50 MB, ~60 mentions an article) and
    building each table from them.  A table's arrays travel as a few buffers, and the main
    process only joins them in order (:func:`extract_tables`)."""
    from .schema import frame

    rows, errors = extract_chunk(payloads, config)
    undated: dict[str, int] = {}
    for e in rows["events"]:  # for the ``undated`` warnings (see _parse._undated_warnings)
        if e.date is None:
            undated[e.article_id] = undated.get(e.article_id, 0) + 1
    with _without_cycle_collector():
        tables = {name: frame(name, rows[name]) for name in TABLES}
    return tables, errors, undated


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Python's cyclic garbage collector paused for the block.

    Extraction makes hundreds of thousands of small objects (names, cues, anchors, rows) and
    no reference cycles: each is freed by its reference count as soon as it is done with (a
    test checks that a parse leaves no cycles behind).  The collector's passes over them,
    every few hundred objects made, would find nothing to collect."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _chunks(payloads: Sequence[Payload], size: int) -> list[Sequence[Payload]]:
    return [payloads[i:i + size] for i in range(0, len(payloads), size)]


def default_workers(n_bytes: int) -> int:
    """All cores for a large corpus, one process for a small one."""
    return (os.cpu_count() or 1) if n_bytes >= PARALLEL_BYTES else 1


def _chunk_results(payloads: Sequence[Payload], config: Config, workers: int,
                   client: Any = None) -> Iterator[TablesChunk]:
    """The chunks' tables (:func:`extract_tables_chunk`) in corpus order."""
    fn = extract_tables_chunk
    chunks = _chunks(payloads, CHUNK_ARTICLES)
    if client is not None:  # a dask.distributed Client
        futures = client.map(fn, chunks, config=config, pure=False)
        for fut in futures:
            yield fut.result()
        return
    if workers <= 1 or len(chunks) <= 1:
        for c in chunks:
            yield fn(c, config)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial
    import multiprocessing

    # "spawn": a fresh interpreter per worker, safe in notebooks and threaded programs
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from pool.map(partial(fn, config=config), chunks)


def extract_tables(payloads: Sequence[Payload], config: Config, *, workers: int | None = None,
                   client: Any = None, progress: Any = None) -> TablesChunk:
    """Every table of *payloads* as a DataFrame, as :func:`~conflictlib.schema.frame` builds
    it from all of :func:`extract_chunk`'s rows (same dtypes, values, order and index), but
    built chunk by chunk where each chunk ran and joined here; with the errors rows and the
    undated events per article (see :func:`extract_tables_chunk`).  *workers* processes (None:
    as :func:`default_workers` says) or a Dask *client*; *progress* (a tqdm bar, or anything
    with ``update(n)``) advances by the articles of each chunk done."""
    import pandas as pd

    from .schema import frame

    if workers is None:
        workers = default_workers(sum(len(p[1]) for p in payloads))
    parts: dict[str, list[Any]] = {name: [] for name in TABLES}
    errors: list[dict[str, object]] = []
    undated: dict[str, int] = {}
    done = 0
    for tables, chunk_errors, chunk_undated in _chunk_results(payloads, config, workers, client):
        for name in TABLES:
            if len(tables[name]):
                parts[name].append(tables[name])
        errors.extend(chunk_errors)
        for article_id, n in chunk_undated.items():
            undated[article_id] = undated.get(article_id, 0) + n
        if progress is not None:
            n = min(CHUNK_ARTICLES, len(payloads) - done)
            done += n
            progress.update(n)
    out: dict[str, Any] = {}
    for name in TABLES:
        got = parts[name]
        # every part has the table's dtypes, so the join keeps them; the index is made anew
        # (0..n-1, a RangeIndex, as one frame of all the rows has)
        out[name] = (frame(name, []) if not got else got[0] if len(got) == 1
                     else pd.concat(got, ignore_index=True))
    return out, errors, undated


def payloads(articles: Iterable[Any], published: dt.date | None) -> list[Payload]:
    """The worker payload of each article (its own date, else *published*)."""
    return [(a.article_id, a.text, a.published or published, a.path) for a in articles]


#: Files read per chunk by :func:`parse_to`: the corpus is read, extracted and written one
#: chunk at a time, so memory stays flat however large it is.
CHUNK_FILES = 1000


def parse_to(source: Any, out: str | os.PathLike[str], *, fmt: str = "parquet",
             published: "str | dt.date | None" = None, config: Config | None = None,
             workers: int | None = None, client: Any = None, progress: bool = False,
             chunk_files: int = CHUNK_FILES) -> dict[str, Any]:
    """Parse a corpus chunk by chunk into a table folder (see :mod:`conflictlib.store`),
    then link the written events into incidents.  Returns a summary: articles, errors by
    stage, rows per table, seconds.  An article id seen in an earlier chunk gets a ``:2``
    suffix (as :func:`~conflictlib.read_corpus` gives within one chunk)."""
    import dataclasses
    import time
    from collections import Counter


    from ._parse import _as_date, _parse_corpus
    from .corpus import Accounting, Corpus, read_paths
    from .corpus.files import _expand
    from .linkdata import LinkInput
    from .store import TableWriter

    t0 = time.perf_counter()
    config = config or Config()
    pub = _as_date(published)
    paths, ignored = _expand(source)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(paths), unit="file", desc="conflictlib parse")
    seen: set[str] = set()
    accounting: list[Accounting] = []
    stages: Counter[str] = Counter()
    n_articles = 0
    # what linking reads of every chunk, compact (no text, strings once), kept in files in a
    # hidden folder of *out* until linking: memory stays flat while the corpus streams
    keep = LinkInput(spill=out)
    with TableWriter(out, fmt) as w:
        for i in range(0, len(paths), chunk_files):
            part = paths[i:i + chunk_files]
            corpus = read_paths(part, published=pub)  # each entry as it is (a folder named x.txt: an error)
            if corpus.accounting is not None:
                accounting.append(corpus.accounting)
            arts = []
            for a in corpus:
                new_id, k = a.article_id, 2
                while new_id in seen:
                    new_id, k = f"{a.article_id}:{k}", k + 1
                seen.add(new_id)
                arts.append(a if new_id == a.article_id else dataclasses.replace(a, article_id=new_id))
            x = _parse_corpus(Corpus(arts, corpus.errors), published=pub, config=config,
                              workers=workers, client=client)
            w.write_parsed(x)
            keep.add(x)
            n_articles += len(x.articles)
            stages.update(x.errors["stage"].astype(str))
            if bar is not None:
                bar.update(len(part))
            del x, corpus, arts  # the chunk goes before the next is read
    if bar is not None:
        bar.close()
    # Incidents from every event of the corpus, kept compact as the chunks went by (reading
    # the written tables back would take several times the memory of one chunk).
    with TableWriter(out, fmt) as w2:
        for piece in keep.incident_pieces(config):  # each written before the next is built
            w2.write("incidents", piece)
    del keep
    rows = {**w.counts, **w2.counts}
    skipped: Counter[str] = Counter()
    for acc in accounting:
        skipped.update(acc.skipped)
    total = Accounting(files=sum(c.files for c in accounting), inputs=sum(c.inputs for c in accounting),
                       articles=sum(c.articles for c in accounting), skipped=dict(skipped),
                       notes=sum(c.notes for c in accounting), ignored=tuple(ignored))
    return {"articles": n_articles, "errors": dict(stages), "rows": rows, "accounting": total,
            "seconds": round(time.perf_counter() - t0, 2), "out": str(out)}
