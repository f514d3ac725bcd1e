"""Tables and summaries that read well in a notebook and in the HTML reports.

:func:`table` shows chosen columns of a DataFrame (the others one click away),
blank cells for missing values, dates on one line, text left-aligned and
numbers right-aligned, in a box that scrolls inside the page when the table
is long or wide.  :func:`corpus_summary` says what a corpus was: articles,
sources, dates, and every read or extract error with its reason.

Both return a :class:`Shown`: an object with an HTML repr (what Jupyter and
the reports show) and a plain-text repr (what a terminal or nbval's text
comparison sees).  Every value is HTML-escaped, so an article that holds
``<script>`` shows it as text.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    import pandas as pd

    from ._parse import Parsed

__all__ = ["EVIDENCE_LINKS", "Shown", "corpus_summary", "table", "TABLE_STYLE"]

JOIN = "; "

#: Style of the tables, scoped to ``.cl-table`` so it touches nothing else on a page.
TABLE_STYLE = """
.cl-table .cl-scroll { max-height: 30em; overflow: auto; border: 1px solid #ddd;
  margin: .3em 0 .6em 0; }
.cl-table table { border-collapse: collapse; font-size: 13px; margin: 0; }
.cl-table th { position: sticky; top: 0; background: #f3f3f3; text-align: left;
  white-space: nowrap; padding: 3px 8px; border-bottom: 1px solid #ccc; z-index: 1; }
div.cl-table table td { padding: 3px 8px; border-bottom: 1px solid #eee; vertical-align: top;
  text-align: left !important; max-width: none; }
div.cl-table table th { text-align: left !important; }
div.cl-table table td.cl-num { text-align: right !important; white-space: nowrap; }
div.cl-table table td.cl-nowrap { white-space: nowrap; }
div.cl-table table td.cl-long { min-width: 24em; max-width: 46em; }
.cl-table .cl-note { color: #666; font-size: 12px; margin: 0 0 .3em 0; }
.cl-table details > summary { cursor: pointer; color: #225; font-size: 13px; }
.cl-errors td { color: #8a1f11; }
"""

#: Links of the report tables' id columns to the evidence page (``links=`` of :func:`table`).
EVIDENCE_LINKS: dict[str, str] = {
    "incident_id": "evidence.html#{}", "incident_ids": "evidence.html#{}",
    "event_id": "evidence.html#{}", "event_ids": "evidence.html#{}",
}

#: Columns whose text is long (sentences, messages): they get room and wrap.
_LONG = frozenset({"text", "message", "title"})
#: Text columns that must stay on one line (ids, places, names).
_NOWRAP_SUFFIXES = ("_id", "date", "as_of", "published", "since")


@dataclass(frozen=True)
class Shown:
    """Something shown: *html* for Jupyter and the reports, *text* for a terminal."""

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text


def _is_na(value: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cell(value: Any) -> str:
    """*value* as display text: "" for missing, dates without a midnight time."""
    import pandas as pd

    if _is_na(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.strftime(
            "%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _kind(series: "pd.Series") -> str:
    import pandas as pd

    if pd.api.types.is_bool_dtype(series.dtype):
        return "text"
    if pd.api.types.is_numeric_dtype(series.dtype):
        return "num"
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return "date"
    return "text"


def _td_class(name: str, kind: str) -> str:
    if kind == "num":
        return "cl-num"
    if kind == "date" or str(name).endswith(_NOWRAP_SUFFIXES):
        return "cl-nowrap"
    if name in _LONG:
        return "cl-long"
    return ""


def _linked(text: str, pattern: str) -> str:
    """Escaped *text* with each ``"; "``-joined id a link made from *pattern*."""
    parts = text.split(JOIN)
    return JOIN.join(
        f'<a href="{html.escape(pattern.format(quote(p, safe="")), quote=True)}">'
        f"{html.escape(p)}</a>" for p in parts)


def _html_table(df: "pd.DataFrame", links: Mapping[str, str]) -> str:
    esc = html.escape
    kinds = {c: _kind(df[c]) for c in df.columns}
    head = "".join(f"<th>{esc(str(c))}</th>" for c in df.columns)
    rows = []
    for values in df.itertuples(index=False, name=None):
        cells = []
        for name, value in zip(df.columns, values):
            text = _cell(value)
            inner = _linked(text, links[name]) if text and name in links else esc(text)
            cls = _td_class(str(name), kinds[name])
            cells.append(f'<td class="{cls}">{inner}</td>' if cls else f"<td>{inner}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table><thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows)
            + "\n</tbody></table>")


def _plain(df: "pd.DataFrame") -> str:
    import pandas as pd

    shown = pd.DataFrame({c: [_cell(v) for v in df[c]] for c in df.columns})
    return shown.to_string(index=False)


def _frame(df: "pd.DataFrame") -> "pd.DataFrame":
    """*df* with a meaningful index (a name or several levels) turned into columns."""
    import pandas as pd

    if isinstance(df.index, pd.RangeIndex) or (df.index.names == [None] and df.index.dtype.kind == "i"):
        return df.reset_index(drop=True)
    return df.reset_index()


def table(df: "pd.DataFrame", columns: Sequence[str] | None = None, *,
          links: Mapping[str, str] | None = None, empty: str = "",
          title: str = "") -> Shown:
    """*df* as a readable table: the chosen *columns*, the rest one click away.

    *columns* (default: all) are shown first; when they are fewer than the
    table's, a "show all N columns" box below holds the whole table.  Missing
    values are blank, dates show as ``YYYY-MM-DD`` on one line, text is
    left-aligned and numbers right-aligned; a long table scrolls inside its
    box, its header kept in view.  *links* maps a column to a URL pattern
    (``{"incident_id": "evidence.html#{}"}``): each id in the column (several
    joined by ``"; "`` each get one) becomes a link.  With no rows the table
    is replaced by the sentence *empty* (say why it is empty).
    """
    df = _frame(df)
    links = {k: v for k, v in (links or {}).items() if k in df.columns}
    cols = list(columns) if columns is not None else list(df.columns)
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise KeyError(f"table: no column(s) {missing}; the table has {list(df.columns)}")
    esc = html.escape
    heading = f"<p><strong>{esc(title)}</strong></p>" if title else ""
    if len(df) == 0:
        note = empty or "No rows."
        return Shown(f'<div class="cl-table"><style>{TABLE_STYLE}</style>{heading}'
                     f'<p class="cl-note">{esc(note)}</p></div>',
                     (f"{title}\n" if title else "") + note)
    n = len(df)
    parts = [f'<div class="cl-table"><style>{TABLE_STYLE}</style>{heading}',
             f'<p class="cl-note">{n} row{"s" if n != 1 else ""}</p>',
             f'<div class="cl-scroll">{_html_table(df[cols], links)}</div>']
    if len(cols) < len(df.columns):
        parts.append(f"<details><summary>show all {len(df.columns)} columns</summary>"
                     f'<div class="cl-scroll">{_html_table(df, links)}</div></details>')
    parts.append("</div>")
    text = (f"{title}\n" if title else "") + _plain(df[cols])
    return Shown("".join(parts), text)


# --------------------------------------------------------------------------
# what the corpus was
# --------------------------------------------------------------------------


def _describe(x: "Parsed") -> dict[str, Any]:
    import pandas as pd

    arts = x.articles
    sources = sorted({str(s) for s in arts["source"].dropna() if str(s).strip()})
    n_unsourced = int(arts["source"].isna().sum()) if len(arts) else 0
    published = pd.to_datetime(arts["published"]).dropna()
    return {
        "n_articles": len(arts),
        "sources": sources,
        "n_unsourced": n_unsourced,
        "first": published.min() if len(published) else None,
        "last": published.max() if len(published) else None,
        "n_undated": len(arts) - len(published),
        "errors": x.errors,
    }


def _n(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else (plural or noun + 's')}"


def summary_lines(x: "Parsed", name: str = "") -> list[str]:
    """The corpus summary as plain sentences (articles, sources, dates, errors)."""
    d = _describe(x)
    lines = []
    what = f"Corpus {name}: " if name else "Corpus: "
    lines.append(what + _n(d["n_articles"], "article") + " read"
                 + (f" from {_n(len(d['sources']), 'source')} ({', '.join(d['sources'])})"
                    if d["sources"] else "")
                 + (f", {d['n_unsourced']} without a named source" if d["sources"] and d["n_unsourced"] else "")
                 + ".")
    if d["first"] is not None:
        span = (f"{d['first']:%Y-%m-%d}" if d["first"] == d["last"]
                else f"{d['first']:%Y-%m-%d} to {d['last']:%Y-%m-%d}")
        lines.append(f"Published {span}"
                     + (f"; {_n(d['n_undated'], 'article')} without a date" if d["n_undated"] else "")
                     + ".")
    elif d["n_articles"]:
        lines.append("No article has a publication date.")
    n_err = len(d["errors"])
    lines.append("No read or extract errors." if n_err == 0 else
                 f"{_n(n_err, 'read or extract error')}, listed below.")
    return lines


def _error_rows(errors: "pd.DataFrame") -> "pd.DataFrame":
    """Errors with file paths shortened to their file name (no machine's folders)."""
    out = errors.copy()
    out["source"] = [os.path.basename(str(s)) if not _is_na(s) else s for s in out["source"]]
    return out


def corpus_summary(x: "Parsed", name: str = "") -> Shown:
    """What was read: articles, sources, date range, and every read or extract error.

    *name* is how to call the corpus (the path the user gave, say ``seeds``).
    An error row keeps its stage (read, decode, empty, date, format,
    extract) and its message; file paths show as file names.
    """
    esc = html.escape
    lines = summary_lines(x, name)
    body = "".join(f"<li>{esc(line)}</li>" for line in lines)
    parts = [f'<div class="cl-summary"><ul>{body}</ul>']
    text = "\n".join(lines)
    if len(x.errors):
        errors = _error_rows(x.errors)
        shown = table(errors, ["source", "article_id", "stage", "message"])
        parts.append(f'<div class="cl-errors">{shown.html}</div>')
        text += "\n" + shown.text
    parts.append("</div>")
    return Shown("".join(parts), text)
