"""Files and paths: .txt, .jsonl and .csv files read into articles, folders and globs expanded,
article ids made unique."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import glob
import io
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .articles import _blank, _build, _opt_str
from .model import SUFFIXES, Article, ReadError


_Item = tuple[Article, list[ReadError]]
_Entry = _Item | ReadError  # what reading yields, in file order


def _from_record(
    rec: Mapping[str, object],
    *,
    where: str,
    default_id: str,
    origin: str,
    fallback: datetime.date | None,
) -> _Entry:
    """One jsonl/csv record: an article with its errors, or the error that skips it."""
    article_id = _opt_str(rec.get("article_id")) or _opt_str(rec.get("id")) or default_id
    text = rec.get("text")
    if text is None:
        return ReadError(origin, article_id, "format", f"{where}: no 'text' field; record skipped")
    if not isinstance(text, str):
        msg = f"{where}: 'text' is a {type(text).__name__}, not a string; record skipped"
        return ReadError(origin, article_id, "format", msg)
    own_published = rec.get("published")
    if _blank(own_published):
        own_published = rec.get("date")
    article, errors = _build(
        text,
        article_id=article_id,
        origin=origin,
        path=origin,
        fallback_published=fallback,
        own_published=own_published,
        own_title=_opt_str(rec.get("title")),
        own_source=_opt_str(rec.get("source")),
    )
    return article, [dataclasses.replace(e, message=f"{where}: {e.message}") for e in errors]


def _read_jsonl(content: str, stem: str, origin: str, fallback: datetime.date | None) -> list[_Entry]:
    entries: list[_Entry] = []
    n = 0
    for lineno, line in enumerate(content.split("\n"), start=1):  # not splitlines: U+2028 may sit in a string
        if not line.strip():
            continue
        n += 1
        default_id = f"{stem}:{n}"
        where = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            msg = f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); record skipped"
            entries.append(ReadError(origin, default_id, "format", msg))
            continue
        if not isinstance(rec, dict):
            msg = f"{where}: expected a JSON object, got {type(rec).__name__}; record skipped"
            entries.append(ReadError(origin, default_id, "format", msg))
            continue
        entries.append(_from_record(rec, where=where, default_id=default_id, origin=origin, fallback=fallback))
    if n == 0:
        entries.append(ReadError(origin, None, "empty", "file holds no JSON records"))
    return entries


@contextmanager
def _csv_field_limit(limit: int = 2**31 - 1) -> Iterator[None]:
    """Let one CSV cell hold a long article (the default limit is 128 KiB)."""
    old = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _read_csv(content: str, stem: str, origin: str, fallback: datetime.date | None) -> list[_Entry]:
    entries: list[_Entry] = []
    reader = csv.reader(io.StringIO(content, newline=""))
    n = 0
    with _csv_field_limit():
        try:
            header = next(reader, None)
            if header is None or not any(h.strip() for h in header):
                return [ReadError(origin, None, "empty", "file holds no CSV header or rows")]
            cols = [h.strip().lower() for h in header]
            if "text" not in cols:
                msg = f"no 'text' column (columns: {', '.join(cols)}); file skipped"
                return [ReadError(origin, None, "format", msg)]
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                n += 1
                where = f"row {n} (line {reader.line_num})"
                rec = dict(zip(cols, row))
                entry = _from_record(rec, where=where, default_id=f"{stem}:{n}", origin=origin, fallback=fallback)
                if not isinstance(entry, ReadError) and len(row) > len(cols):
                    msg = f"{where}: {len(row) - len(cols)} field(s) beyond the header ignored; article kept"
                    entry[1].append(ReadError(origin, entry[0].article_id, "format", msg))
                entries.append(entry)
        except csv.Error as exc:
            msg = f"line {reader.line_num}: malformed CSV ({exc}); rest of file skipped"
            entries.append(ReadError(origin, None, "format", msg))
    if not entries:
        entries.append(ReadError(origin, None, "empty", "file holds a header but no rows"))
    return entries


def _read_file(path: Path, fallback: datetime.date | None, encoding: str) -> list[_Entry]:
    """Read one file into articles (each with its own errors) and file-level errors, in order."""
    origin = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [ReadError(origin, None, "read", f"cannot read file: {exc.strerror or exc}; file skipped")]
    try:
        content = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        msg = (
            f"cannot decode as {encoding}: byte 0x{raw[exc.start]:02x} at byte offset {exc.start} "
            f"({exc.reason}); file skipped"
        )
        return [ReadError(origin, None, "decode", msg)]
    content = content.removeprefix("\ufeff")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return _read_jsonl(content, path.stem, origin, fallback)
    if suffix == ".csv":
        return _read_csv(content, path.stem, origin, fallback)
    return [_build(content, article_id=path.stem, origin=origin, path=origin, fallback_published=fallback)]


# --------------------------------------------------------------------------- paths


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _expand_one(item: object) -> list[Path]:
    if not isinstance(item, (str, os.PathLike)):
        raise TypeError(f"read_corpus: expected a path, a glob pattern or a list of them, got {item!r}")
    name = os.path.expanduser(os.fspath(item))
    path = Path(name)
    if path.is_dir():
        files = sorted((p for p in path.iterdir() if p.is_file() and _supported(p)), key=lambda p: p.name)
        if not files:
            raise FileNotFoundError(f"read_corpus: folder {name!r} holds no .txt, .jsonl or .csv file")
        return files
    if path.is_file():
        if not _supported(path):
            raise ValueError(
                f"read_corpus: cannot read {name!r}: unsupported suffix {path.suffix!r} "
                "(reads .txt, .jsonl and .csv)"
            )
        return [path]
    if glob.has_magic(name):
        files = sorted(Path(p) for p in glob.glob(name, recursive=True))
        files = [p for p in files if p.is_file() and _supported(p)]
        if not files:
            raise FileNotFoundError(f"read_corpus: pattern {name!r} matches no .txt, .jsonl or .csv file")
        return files
    raise FileNotFoundError(f"read_corpus: no such file or folder: {name!r}")


def _expand(source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    if isinstance(source, (str, os.PathLike)):
        items: list[object] = [source]
    elif isinstance(source, Iterable):
        items = list(source)
    else:
        raise TypeError(f"read_corpus: expected a path, a glob pattern or a list of them, got {source!r}")
    seen: set[str] = set()
    paths: list[Path] = []
    for item in items:
        for path in _expand_one(item):
            key = os.path.normcase(os.path.realpath(path))
            if key not in seen:
                seen.add(key)
                paths.append(path)
    return paths


def _unique_ids(items: list[_Item]) -> list[_Item]:
    """Make article ids unique: stem prefix across files, then ``:2``, ``:3`` suffixes."""
    counts = Counter(a.article_id for a, _ in items)
    paths_of: defaultdict[str, set[str | None]] = defaultdict(set)
    for a, _ in items:
        paths_of[a.article_id].add(a.path)
    ids = [
        f"{Path(a.path).stem}:{a.article_id}"
        if a.path is not None and counts[a.article_id] > 1 and len(paths_of[a.article_id]) > 1
        else a.article_id
        for a, _ in items
    ]
    taken = set(ids)
    used: set[str] = set()
    out: list[_Item] = []
    for new_id, (article, errors) in zip(ids, items):
        if new_id in used:
            k = 2
            while f"{new_id}:{k}" in used or f"{new_id}:{k}" in taken:
                k += 1
            new_id = f"{new_id}:{k}"
        used.add(new_id)
        if new_id != article.article_id:
            article = dataclasses.replace(article, article_id=new_id)
            errors = [dataclasses.replace(e, article_id=new_id) for e in errors]
        out.append((article, errors))
    return out
