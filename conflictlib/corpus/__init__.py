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
    ``published`` (or ``date``), ``title``, ``source``, ``url`` and ``article_id``
    (or ``id``).  Without an id a record is ``"{stem}:{n}"``, *n* being its
    1-based record number (blank lines are not records).
``.csv``
    The same fields as columns (header row required, names matched without
    regard to case or surrounding spaces).  Each data row is one article.

A folder is read non-recursively; every entry with one of the three suffixes
is read, whatever it is (a folder named ``x.txt`` or a dangling link gets a
``read`` error); every other file (``notes.md``, ``scan.pdf``) gets a ``read`` error
that names its suffix; hidden entries (``.DS_Store``, ``.git``) and sub-folders are
not read and are listed in :attr:`Accounting.ignored`.  A glob pattern works the same
way (``**`` is recursive).  A folder or pattern without a single readable file raises.  A file named explicitly must have one of the three
suffixes (else :class:`ValueError`).  A path or pattern that yields no readable
file raises :class:`FileNotFoundError` naming it.  A file reached twice (say, as
a folder member and by name) is read once.  Files are read in sorted order of
their path, so a folder, a glob and a list of its files in any order give the
same corpus, ids included.

An article's ``published`` date is, in this order: its record's field (or an HTML
page's ``article:published_time``), its header line, its dated dateline, the page's own
stamp (a byline date, a "Published ..." line), the caller's ``published=``, and last the
day in its address (a ``url`` field or an HTML page's canonical link:
``.../2023/11/22/us-strikes...``).  The articles table's ``published_from`` says which.

Nothing is dropped silently.  Every problem becomes a :class:`ReadError`
in :attr:`Corpus.errors` with one of these stages:

``read``    the file could not be read (permissions, I/O, a folder, a dangling
            or looping link, a suffix conflictlib does not read); file skipped.
``decode``  a binary file (a NUL or many control characters); file skipped.  Or
            bytes not valid in *encoding*, read in a fallback (UTF-16 without a
            byte order mark, UTF-8, cp1252); the message gives the byte offset
            and the fallback; the article is KEPT.
``empty``   the text is empty or whitespace only (or a file holds no record);
            the article is skipped.
``date``    a date string could not be read (``2023-13-45``, ``yesterday``);
            the article is KEPT and the message says which date it got
            instead (one from the text, the caller's ``published=``, or none).
``format``  a malformed JSON line, a non-object record, a CSV row without
            text or a CSV file without a ``text`` column; that record is
            skipped, the others load.  Extra CSV fields are reported too
            (the article is kept).

Every input (a ``.txt`` file, a ``.jsonl`` or ``.csv`` record) ends as one
article or one error that skips it: :attr:`Corpus.accounting` counts them
(:class:`Accounting`).

Text handling: a byte order mark names the encoding (UTF-8, UTF-16, UTF-32),
else bytes are decoded with *encoding*, a leading byte order mark is removed and line ends are normalised to ``\\n``; all offsets produced by
the parser index :attr:`Article.text` as stored here.

Article ids are made unique: ids shared by articles from different files get
the file stem as prefix (``"{stem}:{id}"``); any id still repeated gets a
suffix ``":2"``, ``":3"``, ... in reading order.  Errors follow the renaming.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime
import os
from pathlib import Path
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, overload

from .articles import _coerce_published, article_from_text
from .files import _expand, _read_file, _unique_ids
from .model import STAGES, SUFFIXES, Accounting, Article, DateLike, ReadError
from .options import ReadOptions, column_map, reading

if TYPE_CHECKING:  # pandas is imported lazily: importing this module must stay fast
    import pandas as pd

__all__ = ["Accounting", "Article", "ReadError", "Corpus", "read_corpus", "read_paths", "article_from_text", "SUFFIXES", "STAGES"]


class Corpus(Sequence[Article]):
    """The articles read (a tuple, in reading order), the problems met (:attr:`errors`)
    and what became of every input (:attr:`accounting`).

    Indexing with an integer gives an :class:`Article`; slicing gives a new
    ``Corpus`` with those articles and the errors that name one of them.
    """

    __slots__ = ("articles", "errors", "accounting")

    def __init__(self, articles: Iterable[Article] = (), errors: Iterable[ReadError] = (),
                 accounting: Accounting | None = None) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.errors: tuple[ReadError, ...] = tuple(errors)
        #: What became of every input (set by :func:`read_corpus`; None for a corpus built
        #: by hand or sliced).
        self.accounting: Accounting | None = accounting

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
        from ..schema import frame_from_columns

        arts = self.articles
        # one list per column: no row dicts to build and take apart again
        return frame_from_columns("articles", {
            "article_id": [a.article_id for a in arts], "published": [a.published for a in arts],
            "title": [a.title for a in arts], "source": [a.source for a in arts],
            "url": [a.url for a in arts], "published_from": [a.published_from for a in arts],
            "path": [a.path for a in arts], "n_chars": [len(a.text) for a in arts],
            "text": [a.text for a in arts],
        })

    def errors_frame(self) -> pd.DataFrame:
        """The ``errors`` table for the problems met while reading."""
        from ..schema import frame

        return frame("errors", [dataclasses.asdict(e) for e in self.errors])


def read_corpus(
    source: "str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | pd.DataFrame",
    *,
    published: DateLike = None,
    encoding: str = "utf-8",
    text: str | None = None,
    columns: "Mapping[str, str] | None" = None,
    dayfirst: bool | None = None,
) -> Corpus:
    """Read articles from a folder, a file, a glob pattern, a list of these, or a DataFrame.

    *published* is the date given to any article that has no date of its own
    (no header, no dated dateline, no ``published`` field); for a DataFrame it may
    instead name the column of publication dates.  *text* names the column (or
    JSON/CSV field) of the article text, and *columns* maps any of the fields
    ``text``, ``published``, ``title``, ``source``, ``id`` to the names a
    DataFrame, CSV or JSONL file uses (``columns={"published": "date_utc"}``).
    *dayfirst* says how to read "04/12/2023": True 4 December, False 12 April, None (the
    default) only dates that can be read one way ("25/12/2023").  See the module docstring for
    formats, error stages and id rules.

    Raises :class:`FileNotFoundError` for a path or pattern that yields no
    file, :class:`ValueError` for a named file with an unsupported suffix or a
    bad *published*, :class:`LookupError` for an unknown *encoding*.
    """
    mapping = column_map(text, columns)
    if _is_frame(source):
        if isinstance(published, str) and published in getattr(source, "columns", ()):
            mapping.setdefault("published", published)
            published = None
        with reading(ReadOptions(mapping, dayfirst)):
            return _read_frame(source, _coerce_published(published))
    fallback = _coerce_published(published)
    codecs.lookup(encoding)
    paths, ignored = _expand(source)  # type: ignore[arg-type]
    with reading(ReadOptions(mapping, dayfirst)):
        return _read_paths(paths, ignored, fallback, encoding)


def _is_frame(source: object) -> bool:
    return type(source).__name__ == "DataFrame" and type(source).__module__.startswith("pandas")


def _read_frame(df: "pd.DataFrame", fallback: datetime.date | None) -> Corpus:
    """A DataFrame's rows as articles, one per row (read like the records of a CSV file)."""
    from .files import _from_record

    entries = []
    for i, rec in enumerate(df.to_dict("records")):
        rec = {k: (None if _missing(v) else v) for k, v in rec.items()}
        entries.append(_from_record(rec, where=f"row {i}", default_id=f"row{i}", origin="DataFrame",
                                    fallback=fallback))
    return _corpus_of(entries, 0, [])


def _missing(v: object) -> bool:
    try:
        return v is None or v != v  # NaN, NaT, pd.NA compare unequal to themselves
    except TypeError:  # pd.NA
        return True


def read_paths(paths: Sequence[os.PathLike[str] | str], *, published: DateLike = None,
               encoding: str = "utf-8") -> Corpus:
    """Read files already listed (as :func:`read_corpus` lists a source), each as it is:
    a folder named ``x.txt`` or a dangling link among them is a ``read`` error, never
    expanded or raised on.  For reading a large corpus chunk by chunk."""
    codecs.lookup(encoding)
    return _read_paths([Path(p) for p in paths], [], _coerce_published(published), encoding)


def _read_paths(paths: list[Path], ignored: list[tuple[str, str]], fallback: datetime.date | None,
                encoding: str) -> Corpus:
    entries = [entry for path in paths for entry in _read_file(path, fallback, encoding)]
    return _corpus_of(entries, len(paths), ignored)


def _corpus_of(entries: list, files: int, ignored: list[tuple[str, str]]) -> Corpus:
    """The corpus of what reading gave, in order (articles with their errors, skipped inputs,
    notes on a file), with ids made unique and every input accounted for."""
    at = [i for i, entry in enumerate(entries) if isinstance(entry, tuple) and entry[0] is not None]
    for i, item in zip(at, _unique_ids([entries[i] for i in at])):
        entries[i] = item
    articles: list[Article] = []
    errors: list[ReadError] = []
    skipped: Counter[str] = Counter()
    notes = 0
    for entry in entries:
        if isinstance(entry, ReadError):  # one input skipped
            errors.append(entry)
            skipped[entry.stage] += 1
            continue
        article, errs = entry
        errors.extend(errs)
        if article is None:  # notes on a file, no input
            notes += len(errs)
        elif any(e.stage == "empty" for e in errs):
            skipped["empty"] += 1
            notes += len(errs) - 1
        else:
            articles.append(article)
            notes += len(errs)
    n_inputs = sum(1 for e in entries if isinstance(e, ReadError) or e[0] is not None)
    accounting = Accounting(files=files, inputs=n_inputs, articles=len(articles), skipped=dict(skipped),
                            notes=notes, ignored=tuple(ignored))
    return Corpus(articles, errors, accounting)
