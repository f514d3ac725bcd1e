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

    from .corpus import Corpus
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


def parse(source: Source, *, published: "str | dt.date | None" = None,
          config: Config | None = None, workers: int | None = None, client: Any = None) -> Parsed:
    """Read a corpus and extract every table.

    *source* is a :class:`~conflictlib.Corpus` (from :func:`read_corpus`) or
    anything :func:`read_corpus` accepts: a folder, a file, a glob or a list.
    *published* is the publication date of articles that carry none.
    An article that fails to parse gets a row in ``errors`` (stage
    ``"extract"``); the others are parsed as usual.

    *workers*: processes to extract with (default: all cores for a corpus of 5 MB or more,
    else one); *client*: a ``dask.distributed.Client`` to extract on instead.  The tables
    are the same, ids and order included, however the work is spread.
    """
    from .corpus import Corpus, read_corpus

    corpus = source if isinstance(source, Corpus) else read_corpus(source, published=published)
    return _parse_corpus(corpus, published=_as_date(published), config=config or Config(),
                         workers=workers, client=client)


def parse_text(text: str, *, published: "str | dt.date | None" = None, article_id: str = "text",
               title: str | None = None, source: str | None = None,
               config: Config | None = None) -> Parsed:
    """Parse one article given as a string (a header line or dateline in it is read too)."""
    from .corpus import Corpus, article_from_text

    if not isinstance(text, str):
        raise TypeError(f"parse_text needs a str, not {type(text).__name__}")
    art, errs = article_from_text(text, article_id=article_id, published=_as_date(published),
                                  title=title, source=source)
    corpus = Corpus([art] if art.text.strip() else [], errs)
    return _parse_corpus(corpus, published=_as_date(published), config=config or Config())


def _parse_corpus(corpus: "Corpus", *, published: dt.date | None, config: Config,
                  workers: int | None = 1, client: Any = None) -> Parsed:
    from .run import extract_rows, payloads

    errors: list[dict[str, object]] = [{"source": e.source, "article_id": e.article_id, "stage": e.stage,
                                        "message": e.message} for e in corpus.errors]
    rows, extract_errors = extract_rows(payloads(corpus, published), config, workers=workers, client=client)
    errors += extract_errors
    return Parsed(
        articles=corpus.to_frame(),
        events=frame("events", rows["events"]),
        claims=frame("claims", rows["claims"]),
        casualties=frame("casualties", rows["casualties"]),
        deployments=frame("deployments", rows["deployments"]),
        tallies=frame("tallies", rows["tallies"]),
        mentions=frame("mentions", rows["mentions"]),
        errors=frame("errors", errors),
        config=config,
    )
