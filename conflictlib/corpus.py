"""Read news articles from disk into a :class:`Corpus`.

:func:`read_corpus` accepts a folder, a file, a glob pattern or a list of any
of these, and reads three formats:

``.txt``
    One article per file; ``article_id`` is the file stem.  An optional first
    line `` date 2023-12-04 Some title`` (leading whitespace optional, the
    lower-case word ``date``, an ISO date, then the title) gives the
    publication date and the title.  It is removed from the body together
    with the blank lines right after it.  Without it, a wire dateline at the
    start of the body (``BAGHDAD, Dec 4 (Reuters) -``, ``ERBIL, Iraq (AP) —``,
    ``WASHINGTON, Jan. 28, 2024 (AFP) -``) gives the ``source`` and, when it
    carries a year, the publication date.  The dateline stays in the body.
``.jsonl``
    One JSON object per line: ``text`` (required), and optionally
    ``published`` (or ``date``), ``title``, ``source`` and ``article_id``
    (or ``id``).  Without an id a record is ``"{stem}:{n}"``, *n* being its
    1-based record number (blank lines are not records).
``.csv``
    The same fields as columns (header row required, names matched without
    regard to case or surrounding spaces).  Each data row is one article.

A folder is read non-recursively, in sorted name order; only its ``.txt``,
``.jsonl`` and ``.csv`` files are read and any other file in it is ignored.
A glob pattern works the same way (``**`` is recursive).  A file named
explicitly must have one of the three suffixes (else :class:`ValueError`).
A path or pattern that yields no readable file raises
:class:`FileNotFoundError` naming it.  A file reached twice (say, as a folder
member and by name) is read once.

Nothing is dropped silently.  Every problem becomes a :class:`ReadError`
in :attr:`Corpus.errors` with one of these stages:

``read``    the file could not be read (permissions, I/O); file skipped.
``decode``  the bytes are not valid in *encoding*; the message gives the
            byte offset; file skipped.
``empty``   the text is empty or whitespace only (or a file holds no record);
            the article is skipped.
``date``    a date string could not be read (``2023-13-45``, ``yesterday``);
            the article is KEPT and the message says which date it got
            instead (one from the text, the caller's ``published=``, or none).
``format``  a malformed JSON line, a non-object record, a CSV row without
            text or a CSV file without a ``text`` column; that record is
            skipped, the others load.  Extra CSV fields are reported too
            (the article is kept).

Text handling: bytes are decoded with *encoding*, a leading byte order mark
is removed and line ends are normalised to ``\\n``; all offsets produced by
the parser index :attr:`Article.text` as stored here.

Article ids are made unique: ids shared by articles from different files get
the file stem as prefix (``"{stem}:{id}"``); any id still repeated gets a
suffix ``":2"``, ``":3"``, ... in reading order.  Errors follow the renaming.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime
import functools
import glob
import io
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, overload

if TYPE_CHECKING:  # pandas is imported lazily: importing this module must stay fast
    import pandas as pd

__all__ = ["Article", "ReadError", "Corpus", "read_corpus", "article_from_text", "SUFFIXES"]

SUFFIXES: Final = (".txt", ".jsonl", ".csv")
"""File suffixes :func:`read_corpus` reads (compared without regard to case)."""

STAGES: Final = ("read", "decode", "empty", "date", "format")
"""Values of :attr:`ReadError.stage`."""

DateLike = str | datetime.date | None


@dataclass(frozen=True, slots=True)
class Article:
    """One article: the body text every offset indexes, and what is known about it."""

    article_id: str
    text: str
    published: datetime.date | None = None
    title: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class ReadError:
    """A problem met while reading; *stage* is one of :data:`STAGES`."""

    source: str
    article_id: str | None
    stage: str
    message: str


class Corpus(Sequence[Article]):
    """The articles read (a tuple, in reading order) and the problems met (:attr:`errors`).

    Indexing with an integer gives an :class:`Article`; slicing gives a new
    ``Corpus`` with those articles and the errors that name one of them.
    """

    __slots__ = ("articles", "errors")

    def __init__(self, articles: Iterable[Article] = (), errors: Iterable[ReadError] = ()) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.errors: tuple[ReadError, ...] = tuple(errors)

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Corpus: ...
    def __getitem__(self, index: int | slice) -> Article | Corpus:
        if isinstance(index, slice):
            articles = self.articles[index]
            ids = {a.article_id for a in articles}
            return Corpus(articles, (e for e in self.errors if e.article_id in ids))
        return self.articles[index]

    def __repr__(self) -> str:
        return f"<Corpus: {len(self.articles)} articles, {len(self.errors)} read errors>"

    def to_frame(self) -> pd.DataFrame:
        """The ``articles`` table (columns and dtypes from :mod:`conflictlib.schema`)."""
        from .schema import frame_from_columns

        arts = self.articles
        # one list per column: no row dicts to build and take apart again
        return frame_from_columns("articles", {
            "article_id": [a.article_id for a in arts], "published": [a.published for a in arts],
            "title": [a.title for a in arts], "source": [a.source for a in arts],
            "path": [a.path for a in arts], "n_chars": [len(a.text) for a in arts],
            "text": [a.text for a in arts],
        })

    def errors_frame(self) -> pd.DataFrame:
        """The ``errors`` table for the problems met while reading."""
        from .schema import frame

        return frame("errors", [dataclasses.asdict(e) for e in self.errors])


# --------------------------------------------------------------------------- patterns

_MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
"""Month names and abbreviations a dateline may use, to month number."""

_AGENCIES: Final[dict[str, str]] = {
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "afp": "AFP",
    "agence france-presse": "AFP", "agence france presse": "AFP",
}
"""Spellings of wire agencies in a dateline, to the name stored in ``source``.

Any other agency is stored as written."""


@functools.cache
def _header_re() -> re.Pattern[str]:
    """HEADER_LINE: `` date 2023-12-04 Title`` as the first line, plus the blank lines after it."""
    return re.compile(
        r"""
        \A[^\S\n]{0,40}date[^\S\n]{1,10}      # optional indent, the word 'date'
        (?P<date>\S{1,40})                    # the date token (validated later)
        (?:[^\S\n]{1,10}(?P<title>[^\n]*))?   # the rest of the line is the title
        (?:\n|\Z)
        (?:[^\S\n]*\n)*                       # blank lines right after the header
        """,
        re.VERBOSE,
    )


@functools.cache
def _dateline_re() -> re.Pattern[str]:
    """WIRE_DATELINE: ``PLACE[, Region][, Mon D[, YYYY]] (Agency) -`` at the start of a body."""
    months = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
    sp = r"[^\S\n]{1,3}"  # a little horizontal space, never a line break
    return re.compile(
        rf"""
        \A\s{{0,40}}
        (?P<place>[A-Z][A-Z.'/\-]{{0,30}}(?:[ ][A-Z][A-Z.'/\-]{{0,30}}){{0,3}})  # BAGHDAD, AL-QAIM
        (?:,{sp}(?P<region>[A-Z][a-z.'\-]{{1,30}}(?:[ ][A-Z][a-z.'\-]{{1,30}}){{0,2}}))?  # Iraq
        (?:,{sp}(?P<month>(?i:{months}))\.?{sp}(?P<day>\d{{1,2}})      # Dec 4 / Jan. 28
           (?:,{sp}(?P<year>\d{{4}}))?)?                          # , 2024
        {sp}\((?P<agency>[A-Za-z][A-Za-z.&'\-]{{0,30}}(?:[ ][A-Za-z.&'\-]{{1,30}}){{0,3}})\)
        [^\S\n]{{0,3}}(?:--?|\u2013|\u2014)                       # - / -- / en or em dash
        """,
        re.VERBOSE,
    )


@functools.cache
def _iso_date_re() -> re.Pattern[str]:
    """ISO_DATE: ``YYYY-MM-DD`` optionally followed by a time part."""
    return re.compile(r"\A(\d{4})-(\d{2})-(\d{2})(?:[T ]\S.{0,40})?\Z")


# --------------------------------------------------------------------------- dates


class _DateError(ValueError):
    pass


def _parse_date(value: object) -> datetime.date:
    """A ``date`` from a date, a datetime, ``YYYY-MM-DD`` or a full ISO timestamp."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise _DateError(f"{value!r} is a {type(value).__name__}, not a date string")
    text = value.strip()
    m = _iso_date_re().match(text)
    if not m:
        raise _DateError(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        if len(text) > 10:
            return datetime.datetime.fromisoformat(text).date()
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise _DateError(f"{value!r} is not a valid date ({exc})") from None


def _coerce_published(published: DateLike) -> datetime.date | None:
    """The caller's ``published=`` argument; a bad value is a programming error."""
    if published is None:
        return None
    try:
        return _parse_date(published)
    except _DateError as exc:
        raise ValueError(f"published={published!r}: {exc}") from None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _opt_str(value: object) -> str | None:
    if _blank(value):
        return None
    return value.strip() if isinstance(value, str) else str(value)


# --------------------------------------------------------------------------- one article

_MISSING: Final = object()


def _normalise(text: str) -> str:
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _build(
    text: str,
    *,
    article_id: str,
    origin: str,
    path: str | None,
    fallback_published: datetime.date | None,
    fallback_title: str | None = None,
    fallback_source: str | None = None,
    own_published: object = None,
    own_title: str | None = None,
    own_source: str | None = None,
) -> tuple[Article, list[ReadError]]:
    """Make one article.

    Precedence, for each field: the record's own value (``own_*``, from a
    jsonl/csv field), then the text (header line, then dateline), then the
    caller's fallback.
    """
    errors: list[ReadError] = []
    bad_dates: list[str] = []
    text = _normalise(text)

    body = text
    header_date: datetime.date | None = None
    header_title: str | None = None
    if m := _header_re().match(text):
        body = text[m.end():]
        header_title = _opt_str(m["title"])
        try:
            header_date = _parse_date(m["date"])
        except _DateError as exc:
            bad_dates.append(f"header date {exc}")

    line_date: datetime.date | None = None
    line_source: str | None = None
    if d := _dateline_re().match(body[:300]):
        agency = d["agency"].strip()
        line_source = _AGENCIES.get(agency.lower(), agency)
        if d["month"] and d["year"]:
            try:
                line_date = datetime.date(int(d["year"]), _MONTHS[d["month"].lower()], int(d["day"]))
            except ValueError as exc:
                bad_dates.append(f"dateline date {d.group(0).strip()!r} is not a valid date ({exc})")

    record_date: datetime.date | None = None
    if not _blank(own_published):
        try:
            record_date = _parse_date(own_published)
        except _DateError as exc:
            bad_dates.append(f"published field {exc}")

    own_date = record_date or header_date or line_date
    published = own_date or fallback_published
    if bad_dates:
        if published is None:
            outcome = "published left empty"
        elif own_date is None:
            outcome = f"published set from the caller's published={published.isoformat()}"
        else:
            outcome = f"published set to {published.isoformat()} from the text"
        for problem in bad_dates:
            errors.append(ReadError(origin, article_id, "date", f"{problem}; article kept, {outcome}"))

    if not body.strip():
        what = "only a header line, no body" if m else ("empty" if not text else "whitespace only")
        errors.append(ReadError(origin, article_id, "empty", f"text is {what}; nothing to parse"))

    article = Article(
        article_id=article_id,
        text=body,
        published=published,
        title=own_title or header_title or fallback_title,
        source=own_source or line_source or fallback_source,
        path=path,
    )
    return article, errors


def article_from_text(
    text: str,
    *,
    article_id: str = "text",
    published: DateLike = None,
    title: str | None = None,
    source: str | None = None,
    path: str | None = None,
) -> tuple[Article, list[ReadError]]:
    """Make one :class:`Article` from raw text, reading its header line or dateline.

    *published*, *title* and *source* fill in what the text itself does not
    give (a header line or dateline wins).  A bad *published* argument raises
    :class:`ValueError`.  The article is returned even when an ``empty`` error
    is reported; :func:`read_corpus` leaves such articles out.
    """
    return _build(
        text,
        article_id=article_id,
        origin=path if path is not None else "<text>",
        path=path,
        fallback_published=_coerce_published(published),
        fallback_title=_opt_str(title),
        fallback_source=_opt_str(source),
    )


# --------------------------------------------------------------------------- files

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


def read_corpus(
    source: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    published: DateLike = None,
    encoding: str = "utf-8",
) -> Corpus:
    """Read articles from a folder, a file, a glob pattern or a list of these.

    *published* is the date given to any article that has no date of its own
    (no header, no dated dateline, no ``published`` field).  See the module
    docstring for formats, error stages and id rules.

    Raises :class:`FileNotFoundError` for a path or pattern that yields no
    file, :class:`ValueError` for a named file with an unsupported suffix or a
    bad *published*, :class:`LookupError` for an unknown *encoding*.
    """
    fallback = _coerce_published(published)
    codecs.lookup(encoding)
    entries = [entry for path in _expand(source) for entry in _read_file(path, fallback, encoding)]
    at = [i for i, entry in enumerate(entries) if not isinstance(entry, ReadError)]
    for i, item in zip(at, _unique_ids([entries[i] for i in at])):  # type: ignore[misc]
        entries[i] = item
    articles: list[Article] = []
    errors: list[ReadError] = []
    for entry in entries:
        if isinstance(entry, ReadError):
            errors.append(entry)
            continue
        article, errs = entry
        errors.extend(errs)
        if not any(e.stage == "empty" for e in errs):
            articles.append(article)
    return Corpus(articles, errors)
