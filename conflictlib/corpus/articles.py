"""One article from its text: the header line or wire dateline, dates, normalised body."""

from __future__ import annotations

import datetime
import functools
import re
from typing import Final

from .._stamps import stamp_date
from .urls import url_date
from .model import Article, DateLike, ReadError


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


#: A header line's "title" that ends like a sentence and has at least this many words is the
#: article's first paragraph run onto the header line: it stays in the body.  (A long title
#: without a final stop stays a title.)
SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]{0,2}\Z")
#: A headline is never longer than this; a longer header line with two sentence breaks is prose.
HEADLINE_CHARS = 200
_INNER_STOP = re.compile(r"[a-z0-9)\"'\u201d][.!?]\s{1,3}[A-Z\"\u201c]")


def _prose_title(title: str) -> bool:
    """HEADER_PROSE: whether the rest of a header line is prose, not a headline: a sentence,
    or a text of several sentences on one line whatever its end ("... Xinhua reported. The
    attack has prompted ... (IANS)": a repost with no line breaks)."""
    title = title.strip()
    if len(title) > HEADLINE_CHARS and len(_INNER_STOP.findall(title)) >= 2:
        return True
    return bool(_SENTENCE_END.search(title)) and len(title.split()) >= SENTENCE_WORDS


# --------------------------------------------------------------------------- dates


class _DateError(ValueError):
    pass


@functools.cache
def _named_date_re() -> re.Pattern[str]:
    """A date with a month name: "Dec 4, 2023", "December 4 2023", "4 December 2023",
    "Mon, 4 Dec 2023 10:00:00 GMT" (a weekday and a time around it are allowed)."""
    months = "|".join(sorted(_MONTHS, key=len, reverse=True))
    return re.compile(
        rf"\A(?:[A-Za-z]{{3,9}},?\s{{1,3}})?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?P<m1>{months})\.?,?"
        rf"|(?P<m2>{months})\.?\s{{1,3}}(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s{{1,3}}(?P<y>\d{{4}})\b.{{0,40}}\Z",
        re.IGNORECASE)


@functools.cache
def _numeric_date_re() -> re.Pattern[str]:
    """A numeric date with slashes or dots: "2023/12/04", "04/12/2023", "4.12.2023"."""
    return re.compile(r"\A(?:(?P<y1>\d{4})[/.](?P<a1>\d{1,2})[/.](?P<b1>\d{1,2})"
                      r"|(?P<a2>\d{1,2})[/.](?P<b2>\d{1,2})[/.](?P<y2>\d{4}))\b.{0,40}\Z")


def _common_date(text: str) -> datetime.date | None:
    """A date in one of the common forms of scraped metadata, or None.  A numeric date with
    the year last is read day first or month first as the read was asked
    (``read_corpus(..., dayfirst=True/False)``); without that choice only a date that can
    be read one way ("25/12/2023", "12/25/2023") is read, and "04/12/2023" is an error."""
    from .options import current

    try:
        m = _named_date_re().match(text)
        if m:
            month = _MONTHS[(m["m1"] or m["m2"]).lower()]
            return datetime.date(int(m["y"]), month, int(m["d1"] or m["d2"]))
        m = _numeric_date_re().match(text)
        if m:
            if m["y1"]:
                return datetime.date(int(m["y1"]), int(m["a1"]), int(m["b1"]))
            a, b = int(m["a2"]), int(m["b2"])
            dayfirst = current().dayfirst
            if dayfirst is None:
                if a <= 12 and b <= 12 and a != b:
                    return None  # ambiguous: the caller must say which comes first
                dayfirst = a > 12
            day, month = (a, b) if dayfirst else (b, a)
            return datetime.date(int(m["y2"]), month, day)
    except ValueError:
        return None
    return None


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
        other = _common_date(text)
        if other is not None:
            return other
        raise _DateError(f"{value!r} is not a date conflictlib reads (2023-12-04, Dec 4, 2023, "
                         "4 December 2023, 25/12/2023, an e-mail style date, or 04/12/2023 with dayfirst=True or False)")
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
    own_url: str | None = None,
    fallback_url: str | None = None,
    published_label: str = "published field",
) -> tuple[Article, list[ReadError]]:
    """Make one article.

    Precedence, for each field: the record's own value (``own_*``, from a
    jsonl/csv field or an HTML page's head), then the text (header line, then dateline,
    then the page's own stamp: :func:`conflictlib._stamps.stamp_date`), then the caller's
    fallback; for ``published`` last of all the day in the article's address
    (:func:`conflictlib.corpus.urls.url_date`).  ``published_from`` says which one gave it.
    """
    errors: list[ReadError] = []
    bad_dates: list[str] = []
    text = _normalise(text)

    body = text
    header_date: datetime.date | None = None
    header_title: str | None = None
    if m := _header_re().match(text):
        if m["title"] and _prose_title(m["title"]):
            body = text[m.start("title"):]  # a lead paragraph on the header line is prose
        else:
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
            bad_dates.append(f"{published_label} {exc}")

    # a page's own stamp (byline, "Published ...", a timestamp line) when nothing else dates it
    page_date = None if (record_date or header_date or line_date) else stamp_date(body)
    own_date = record_date or header_date or line_date or page_date
    url = own_url or fallback_url
    # the address's day only when nothing else dates the article: a repost keeps the original's
    # date line, and the copy's address the day it was copied
    address_date = None if (own_date or fallback_published) else url_date(url)
    published = own_date or fallback_published or address_date
    published_from = next((name for name, d in (("record", record_date), ("header", header_date),
                                                 ("dateline", line_date), ("page", page_date),
                                                 ("caller", fallback_published), ("url", address_date))
                           if d is not None), None)
    if bad_dates:
        if published is None:
            outcome = "published left empty"
        elif published_from == "caller":
            outcome = f"published set from the caller's published={published.isoformat()}"
        elif published_from == "url":
            outcome = f"published set to {published.isoformat()} from the address"
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
        url=url,
        published_from=published_from,
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
    url: str | None = None,
) -> tuple[Article, list[ReadError]]:
    """Make one :class:`Article` from raw text, reading its header line or dateline.

    *published*, *title* and *source* fill in what the text itself does not
    give (a header line or dateline wins); *url* is the article's address, whose day
    (``/2023/11/22/``) dates it when nothing else does.  A bad *published* argument raises
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
        fallback_url=_opt_str(url),
    )
