"""Files and paths: .txt, .jsonl and .csv files read into articles, folders and globs expanded,
article ids made unique."""

from __future__ import annotations

import codecs
import csv
import gzip
import zlib
import dataclasses
import datetime
import glob
import io
import json
import os
import stat
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Final

from .articles import _blank, _build, _opt_str
from .html import html_text
from .model import SUFFIXES, Article, ReadError
from .options import current


_Item = tuple[Article, list[ReadError]]
#: What reading yields, in file order: an input read into an article (kept, or skipped by
#: an ``empty`` error among its errors), a ReadError that skips one input (a file or a
#: record), or ``(None, errors)``: errors about a file that skip nothing (a fallback
#: decoding of a .jsonl or .csv file).
_Entry = _Item | ReadError | tuple[None, list[ReadError]]


def _from_record(
    rec: Mapping[str, object],
    *,
    where: str,
    default_id: str,
    origin: str,
    fallback: datetime.date | None,
) -> _Item | ReadError:
    """One jsonl/csv record: an article with its errors, or the error that skips it."""
    opts = current()
    col = opts.column
    article_id = (_opt_str(rec.get("article_id")) if "id" not in opts.columns else None) \
        or _opt_str(rec.get(col("id"))) or default_id
    text = rec.get(col("text"))
    if text is None:
        return ReadError(origin, article_id, "format", f"{where}: no {col('text')!r} field; record skipped")
    if not isinstance(text, str):
        msg = f"{where}: {col('text')!r} is a {type(text).__name__}, not a string; record skipped"
        return ReadError(origin, article_id, "format", msg)
    own_published = rec.get(col("published"))
    if _blank(own_published) and "published" not in opts.columns:
        own_published = rec.get("date")
    article, errors = _build(
        text,
        article_id=article_id,
        origin=origin,
        path=origin,
        fallback_published=fallback,
        own_published=own_published,
        own_title=_opt_str(rec.get(col("title"))),
        own_source=_opt_str(rec.get(col("source"))),
        own_url=_opt_str(rec.get(col("url"))),
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


#: How much of a file's start the binary test looks at.
_SNIFF: Final = 65536
#: Control characters that never occur in text (C0 without tab, line feed, form feed and
#: carriage return; DEL); a sample holding more than 1% of them is binary.
_CONTROL: Final = frozenset(chr(c) for c in [*range(0, 9), 11, *range(14, 32), 127])
_DROP_CONTROL: Final = dict.fromkeys(map(ord, _CONTROL))
_CONTROL_BYTES: Final = bytes(map(ord, sorted(_CONTROL)))
_BOMS: Final = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _utf16_without_bom(raw: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when *raw* looks like ASCII-range text in UTF-16
    without a byte order mark (a NUL byte in every other position), else None."""
    head = raw[:_SNIFF]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _binary_bytes(raw: bytes) -> str | None:
    """:func:`_binary` on bytes of an ASCII-compatible encoding (UTF-8, cp1252), where
    control characters are the same bytes: faster, as bytes.find and translate run in C."""
    nul = raw.find(b"\x00", 0, _SNIFF)
    if nul >= 0:
        return f"cannot decode: a binary file (NUL character at offset {nul})"
    head = raw[:_SNIFF]
    bad = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if bad > 0.01 * len(head):
        return f"cannot decode: a binary file ({bad} control characters in its first {len(head)})"
    return None


def _binary(content: str) -> str | None:
    """Why *content* (decoded) is no text, or None: a NUL or too many control characters."""
    head = content[:_SNIFF]
    nul = head.find("\x00")
    if nul >= 0:
        return f"cannot decode: a binary file (NUL character at offset {nul})"
    bad = len(head) - len(head.translate(_DROP_CONTROL))
    if bad > 0.01 * len(head):
        return f"cannot decode: a binary file ({bad} control characters in its first {len(head)})"
    return None


def _decode(raw: bytes, encoding: str, origin: str, article_id: str | None) -> tuple[str | None, list[ReadError]]:
    """*raw* as text, and the errors met: a byte order mark names the encoding; bytes that
    are not valid in *encoding* are read in a fallback (UTF-16 without a mark, UTF-8,
    cp1252, Latin-1 for the five bytes cp1252 leaves undefined) and a ``decode`` error
    says so; a binary file gives None and a ``decode`` error that skips it."""
    errors: list[ReadError] = []
    content: str | None = None
    # A UTF-16 or UTF-32 mark is trusted when NUL bytes follow (any text in them has spaces,
    # digits or line ends, which hold a NUL byte): b"\xff\xfe" also starts cp1252 text "ÿþ".
    has_nul = b"\x00" in raw[:_SNIFF]
    for bom, codec in _BOMS:
        if raw.startswith(bom) and has_nul and not (codec == "utf-16" and raw.startswith(codecs.BOM_UTF32_LE)):
            try:
                content = raw.decode(codec)
            except UnicodeDecodeError:
                content = None
            break
    if content is None and has_nul and "16" not in encoding and "32" not in encoding:
        # UTF-16 without a byte order mark: NUL bytes in every other position, which UTF-8
        # would take for text holding NUL characters
        codec16 = _utf16_without_bom(raw)
        if codec16 is not None:
            try:
                content = raw.decode(codec16)
            except UnicodeDecodeError:
                content = None
            if content is not None and not _binary(content):
                note = f"no byte order mark, but NUL bytes in every other position; read as {codec16}; kept"
                return content, [ReadError(origin, article_id, "decode", note)]
            content = None
    if content is None:
        try:
            content = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            why = (f"not valid {encoding}: byte 0x{raw[exc.start]:02x} at byte offset {exc.start} "
                   f"({exc.reason})")
            fallbacks = [c for c in (_utf16_without_bom(raw), "utf-8") if c and codecs.lookup(c) != codecs.lookup(encoding)]
            for codec in fallbacks:
                try:
                    content = raw.decode(codec)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                codec = "cp1252"
                content = raw.decode(codec, errors=_latin1_holes())
            why_binary = _binary(content)
            if why_binary:
                return None, [ReadError(origin, None, "decode", f"{why_binary}; {why}; file skipped")]
            errors.append(ReadError(origin, article_id, "decode", f"{why}; read as {codec} instead; kept"))
            return content, errors
    ascii_compatible = not has_nul and codecs.lookup(encoding).name in ("utf-8", "cp1252", "iso8859-1", "ascii")
    why_binary = _binary_bytes(raw) if ascii_compatible else _binary(content)
    if why_binary:
        return None, [ReadError(origin, None, "decode", f"{why_binary}; file skipped")]
    return content, errors


@cache
def _latin1_holes() -> str:
    """The name of a codec error handler that reads a byte as Latin-1 (the five bytes
    cp1252 leaves undefined), registered on first use."""
    def handler(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        return exc.object[exc.start:exc.end].decode("latin-1"), exc.end
    codecs.register_error("conflictlib-latin1", handler)
    return "conflictlib-latin1"


def _read_file(path: Path, fallback: datetime.date | None, encoding: str) -> list[_Entry]:
    """Read one file into articles (each with its own errors) and file-level errors, in order."""
    origin = str(path)
    if not _supported(path):  # a folder's member of another suffix: one input, skipped
        return [ReadError(origin, None, "read", f"{_unsupported(path)}; file skipped")]
    try:
        try:
            mode = os.stat(path).st_mode  # one call: what the path is, links followed
        except OSError:
            if os.path.islink(path):
                return [ReadError(origin, None, "read", "a symbolic link to nothing (dangling or looping); file skipped")]
            raise
        if stat.S_ISDIR(mode):
            return [ReadError(origin, None, "read", "a folder, not a file; skipped")]
        if not stat.S_ISREG(mode):  # reading a named pipe would wait for a writer for ever
            return [ReadError(origin, None, "read", "not a regular file (a pipe, socket or device); skipped")]
        raw = path.read_bytes()
    except OSError as exc:
        return [ReadError(origin, None, "read", f"cannot read file: {exc.strerror or exc}; file skipped")]
    suffix, stem = _inner(path)
    if path.suffix.lower() == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as exc:
            return [ReadError(origin, None, "read", f"not a readable gzip file: {exc}; file skipped")]
    content, notes = _decode(raw, encoding, origin, stem if suffix not in (".jsonl", ".csv") else None)
    del raw
    if content is None:
        return list(notes)
    content = content.removeprefix("\ufeff")
    head: list[_Entry] = [(None, notes)] if notes else []
    if suffix == ".jsonl":
        return [*head, *_read_jsonl(content, stem, origin, fallback)]
    if suffix == ".csv":
        return [*head, *_read_csv(content, stem, origin, fallback)]
    if suffix in (".html", ".htm"):  # the page's text: scripts, styles and markup dropped
        page = html_text(content)
        article, errors = _build(page.text, article_id=stem, origin=origin, path=origin,
                                 fallback_published=fallback, own_title=page.title, own_url=page.url,
                                 own_published=page.published, published_label="page's publication time")
    else:
        article, errors = _build(content, article_id=stem, origin=origin, path=origin, fallback_published=fallback)
    return [(article, [*notes, *errors])]


# --------------------------------------------------------------------------- paths


def _inner(path: Path) -> tuple[str, str]:
    """The suffix and stem of a file's content: ``a.jsonl.gz`` is a ``.jsonl`` named ``a``."""
    if path.suffix.lower() == ".gz":
        inner = Path(path.stem)
        return inner.suffix.lower(), inner.stem
    return path.suffix.lower(), path.stem


def _supported(path: Path) -> bool:
    return _inner(path)[0] in SUFFIXES


def _unsupported(path: Path) -> str:
    """Why a file of another suffix is not read (``notes.md``, ``scan.pdf``, ``README``)."""
    suffix = "".join(path.suffixes[-2:]) if path.suffix.lower() == ".gz" else path.suffix
    return f"suffix {suffix or '(none)'!r} is not one conflictlib reads (.txt, .jsonl, .csv, .html, .gz)"


def _why_ignored(path: Path) -> str | None:
    """Why a member of a folder (or a glob) is not read at all, or None when it is an
    input.  Only a hidden entry (``.DS_Store``, ``.git``, ``.ipynb_checkpoints``: the
    machinery of tools, never an article) and a sub-folder (folders are read
    non-recursively) are left out; they are listed in :attr:`Accounting.ignored`.  Every
    other member is an input, whatever it is: one with a readable suffix is read (a folder
    named ``x.txt`` or a dangling link gets a ``read`` error) and a file of another suffix
    (``notes.md``) gets a ``read`` error naming the suffix, so that a researcher sees what
    was not read."""
    if path.name.startswith("."):
        return "hidden"
    if not _supported(path):
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            return "a sub-folder (folders are read non-recursively)"
    return None


def _expand_one(item: object, ignored: list[tuple[str, str]]) -> list[Path]:
    if not isinstance(item, (str, os.PathLike)):
        raise TypeError(f"read_corpus: expected a path, a glob pattern or a list of them, got {item!r}")
    name = os.path.expanduser(os.fspath(item))
    path = Path(name)
    if path.is_dir():
        members = []
        for p in path.iterdir():
            why = _why_ignored(p)
            if why is None:
                members.append(p)
            else:
                ignored.append((str(p), why))
        if not any(map(_supported, members)):  # nothing to read at all: a wrong folder
            raise FileNotFoundError(f"read_corpus: folder {name!r} holds no file conflictlib reads (.txt, .jsonl, .csv, .html, .gz)")
        return members
    if path.is_file():
        if not _supported(path):
            raise ValueError(
                f"read_corpus: cannot read {name!r}: unsupported suffix {path.suffix!r} "
                "(reads .txt, .jsonl, .csv, .html and their .gz)"
            )
        return [path]
    if glob.has_magic(name):
        members = []
        for p in map(Path, glob.glob(name, recursive=True)):
            # a pattern names hidden entries only when it says so ("*" leaves them out), and
            # one like "**" names every folder on the way, which is no entry of its own
            if _supported(p) or not p.is_dir():
                members.append(p)
        if not any(map(_supported, members)):
            raise FileNotFoundError(f"read_corpus: pattern {name!r} matches no file conflictlib reads")
        return members
    raise FileNotFoundError(f"read_corpus: no such file or folder: {name!r}")


def _expand(source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files to read, each once and in sorted order of their path (so that a folder, a
    glob and a list of its files in any order read alike), and the entries of folders
    and globs that are not read, with the reason (also sorted)."""
    if isinstance(source, (str, os.PathLike)):
        items: list[object] = [source]
    elif isinstance(source, Iterable):
        items = list(source)
    else:
        raise TypeError(f"read_corpus: expected a path, a glob pattern or a list of them, got {source!r}")
    seen: set[str] = set()
    paths: list[Path] = []
    ignored: list[tuple[str, str]] = []
    for item in items:
        for path in _expand_one(item, ignored):
            key = os.path.normcase(os.path.realpath(path))
            if key not in seen:
                seen.add(key)
                paths.append(path)
    paths.sort(key=str)
    return paths, sorted(set(ignored))


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
