"""`parse`: a corpus in, a :class:`Parsed` bundle of pandas tables out."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Union

from .lookup import Config
from .schema import frame

if TYPE_CHECKING:
    import pandas as pd

    from .corpus import Accounting, Corpus
    from .evidence import Explanation

Source = Union["Corpus", str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]

_TABLES = ("events", "claims", "casualties", "deployments", "tallies", "mentions")


@dataclass
class Parsed:
    """Everything conflictlib read from a corpus, one pandas table per attribute.

    ``articles``, ``events``, ``claims``, ``casualties``, ``deployments``,
    ``tallies``, ``mentions`` and ``errors``; their columns are listed in the
    README.  ``incidents`` (events of all articles linked into one row per
    attack) is computed on first use with :func:`conflictlib.incidents`.
    """

    articles: "pd.DataFrame"
    events: "pd.DataFrame"
    claims: "pd.DataFrame"
    casualties: "pd.DataFrame"
    deployments: "pd.DataFrame"
    tallies: "pd.DataFrame"
    mentions: "pd.DataFrame"
    errors: "pd.DataFrame"
    config: Config = field(default_factory=Config, repr=False)
    #: What became of every input (:class:`conflictlib.corpus.Accounting`), when the corpus
    #: was read from disk; print it to see that nothing was lost.
    accounting: "Accounting | None" = field(default=None, repr=False)
    _incidents: "pd.DataFrame | None" = field(default=None, repr=False)

    @property
    def incidents(self) -> "pd.DataFrame":
        """One row per attack across all articles (see :func:`conflictlib.incidents`)."""
        if self._incidents is None:
            from .incidents import link

            self._incidents = link(self)
        return self._incidents

    def explain(self, id: str) -> "Explanation":
        """The evidence of incident or event *id*: its articles with every span marked.

        Shows as HTML in a notebook (highlights labelled by table and rule) and
        as a list of spans in a terminal; see :func:`conflictlib.evidence.explain`.
        """
        from .evidence import explain

        return explain(self, id)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in
                          ("articles", *_TABLES, "errors"))
        return f"Parsed({sizes})"


def _as_date(value: "str | dt.date | None") -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ValueError(f"published must be an ISO date such as '2023-12-04', not {value!r}") from exc


def parse(source: "Source | pd.DataFrame", *, published: "str | dt.date | None" = None,
          config: Config | None = None, workers: int | None = None, client: Any = None,
          text: str | None = None, columns: "dict[str, str] | None" = None, dayfirst: bool | None = None) -> Parsed:
    """Read a corpus and extract every table.

    *source* is a :class:`~conflictlib.Corpus` (from :func:`read_corpus`) or
    anything :func:`read_corpus` accepts: a folder, a file, a glob or a list.
    *published* is the publication date of articles that carry none.
    An article that fails to parse gets a row in ``errors`` (stage
    ``"extract"``); the others are parsed as usual.

    A DataFrame is read one article per row: ``cl.parse(df, text="body", published="date")``
    names its columns (*published* names a column when the frame has one of that name);
    *text*, *columns* and *dayfirst* are as in :func:`~conflictlib.read_corpus`.

    *workers*: processes to extract with (default: all cores for a corpus of 5 MB or more,
    else one); *client*: a ``dask.distributed.Client`` to extract on instead.  The tables
    are the same, ids and order included, however the work is spread.
    """
    from .corpus import Corpus, read_corpus

    corpus = source if isinstance(source, Corpus) else read_corpus(
        source, published=published, text=text, columns=columns, dayfirst=dayfirst)
    frame_column = isinstance(published, str) and published in getattr(source, "columns", ())
    return _parse_corpus(corpus, published=None if frame_column else _as_date(published),
                         config=config or Config(), workers=workers, client=client)


def parse_text(text: str, *, published: "str | dt.date | None" = None, article_id: str = "text",
               title: str | None = None, source: str | None = None, url: str | None = None,
               config: Config | None = None) -> Parsed:
    """Parse one article given as a string (a header line or dateline in it is read too);
    *url*, the article's address, dates it by the day in its path when nothing else does."""
    from .corpus import Corpus, article_from_text

    if not isinstance(text, str):
        raise TypeError(f"parse_text needs a str, not {type(text).__name__}")
    art, errs = article_from_text(text, article_id=article_id, published=_as_date(published),
                                  title=title, source=source, url=url)
    corpus = Corpus([art] if art.text.strip() else [], errs)
    return _parse_corpus(corpus, published=_as_date(published), config=config or Config())


def _undated_warnings(corpus: "Corpus", published: dt.date | None,
                      undated: dict[str, int]) -> list[dict[str, object]]:
    """An ``undated`` row for each article with no publication date (its own, read from the
    text, or given) whose events stay undated: "late on Sunday" cannot be resolved without
    one.  The article and its rows are kept.  *undated*: the number of undated events of
    each article that has any."""
    if published is not None:
        return []
    out: list[dict[str, object]] = []
    for art in corpus:
        n = undated.get(art.article_id, 0)
        if art.published is None and n:
            out.append({"source": art.path or art.article_id, "article_id": art.article_id, "stage": "undated",
                        "message": f"no publication date in the text or given (published=...): {n} event "
                                   f"date(s) left unresolved; the article is kept"})
    return out


def _parse_corpus(corpus: "Corpus", *, published: dt.date | None, config: Config,
                  workers: int | None = 1, client: Any = None) -> Parsed:
    from .run import extract_tables, payloads

    errors: list[dict[str, object]] = [{"source": e.source, "article_id": e.article_id, "stage": e.stage,
                                        "message": e.message} for e in corpus.errors]
    # each chunk's tables are built where it was extracted (on a worker, when there are any)
    # and only joined here: see run.extract_tables_chunk
    tables, extract_errors, undated = extract_tables(payloads(corpus, published), config,
                                                     workers=workers, client=client)
    errors += extract_errors
    errors += _undated_warnings(corpus, published, undated)
    return Parsed(
        articles=corpus.to_frame(),
        events=tables["events"],
        claims=tables["claims"],
        casualties=tables["casualties"],
        deployments=tables["deployments"],
        tallies=tables["tallies"],
        mentions=tables["mentions"],
        errors=frame("errors", errors),
        config=config,
        accounting=corpus.accounting,
    )
