"""The evidence view: an incident's or event's articles with every evidence span marked.

``x.explain("i0003")`` (an incident id) or ``x.explain(event_id)`` gathers
every row of every table that refers to that incident or event (its
``events`` rows, the ``claims`` that name one of them, the ``casualties``
tied to one of them) and shows each article involved, whole, with the span
of each row highlighted and labelled by table and rule.  :func:`evidence_page`
puts the view of every incident of a corpus in one self-contained HTML page
(the reports' ``evidence.html``), with an anchor per incident (``#i0003``)
and per event (``#<event_id>``) for the report tables to link to.

All article text is HTML-escaped: an article holding ``<script>`` shows it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .schema import JOIN

if TYPE_CHECKING:
    from ._parse import Parsed

__all__ = ["Explanation", "Span", "evidence_page", "explain"]

#: Tables whose rows point at events, with the column that holds the ids.
_REFERRING = (("claims", "event_ids", "claim_id"), ("casualties", "event_id", None))

#: Highlight colour per table.
_COLOURS = {"events": "#ffe08a", "claims": "#b9dcff", "casualties": "#ffc2c2"}

STYLE = """
.cl-ev { font-family: system-ui, sans-serif; }
.cl-ev h3 { margin: 1.2em 0 .3em 0; }
.cl-ev .cl-facts { color: #333; margin: .2em 0 .6em 0; font-size: 14px; }
.cl-ev .cl-art { border: 1px solid #ddd; padding: .6em .8em; margin: .5em 0 1em 0;
  background: #fff; }
.cl-ev .cl-art h4 { margin: 0 0 .4em 0; font-size: 14px; color: #444; }
.cl-ev .cl-text { white-space: pre-wrap; line-height: 1.9; font-size: 14px; text-align: left; }
.cl-ev mark { padding: 1px 0; border-radius: 2px; }
.cl-ev .cl-lab { font-size: 10px; font-family: monospace; vertical-align: super;
  padding: 0 3px; margin: 0 1px; border-radius: 3px; color: #222; white-space: nowrap; }
""" + "".join(f".cl-ev .cl-t-{t} {{ background: {c}; }}\n" for t, c in _COLOURS.items())


@dataclass(frozen=True)
class Span:
    """One piece of evidence: ``text[start:end]`` of an article, and the row it backs."""

    article_id: str
    start: int
    end: int
    table: str   # events, claims or casualties
    rule: str
    row: str     # the row's id (event_id, claim_id) or a description
    anchor: str = ""  # an id for links to this span ("" for none)

    @property
    def label(self) -> str:
        return f"{self.table} · {self.rule}"


@dataclass
class Explanation:
    """The evidence of one incident or event: articles with their spans marked."""

    id: str
    kind: str                      # "incident" or "event"
    facts: dict[str, str]
    articles: list[dict[str, Any]] = field(default_factory=list)   # article_id, title, text, ...
    spans: list[Span] = field(default_factory=list)

    def _repr_html_(self) -> str:
        return f"<style>{STYLE}</style>" + self.html()

    def html(self, anchors: bool = False) -> str:
        """The view as an HTML fragment (the styles are in :data:`STYLE`).

        With *anchors*, the section and each event span carry ids for links.
        """
        esc = html.escape
        sid = f' id="{esc(self.id, quote=True)}"' if anchors else ""
        facts = "; ".join(f"{k}: {v}" for k, v in self.facts.items() if v)
        parts = [f'<section class="cl-ev"{sid}>',
                 f"<h3>{esc(self.kind)} {esc(self.id)}</h3>",
                 f'<p class="cl-facts">{esc(facts)}</p>']
        for art in self.articles:
            spans = [s for s in self.spans if s.article_id == art["article_id"]]
            meta = ", ".join(v for v in (art.get("published"), art.get("source")) if v)
            title = art.get("title") or ""
            parts.append('<div class="cl-art">')
            parts.append(f"<h4>{esc(art['article_id'])}"
                         + (f" &mdash; {esc(title)}" if title else "")
                         + (f" ({esc(meta)})" if meta else "") + "</h4>")
            parts.append(f'<div class="cl-text">{_marked(art["text"], spans, anchors)}</div>')
            parts.append("</div>")
        if not self.articles:
            parts.append("<p>No evidence span recorded.</p>")
        parts.append("</section>")
        return "\n".join(parts)

    def __repr__(self) -> str:
        lines = [f"{self.kind} {self.id}: " + "; ".join(f"{k}: {v}" for k, v in self.facts.items() if v)]
        texts = {a["article_id"]: a["text"] for a in self.articles}
        for s in sorted(self.spans, key=lambda s: (s.article_id, s.start, s.table)):
            quote_ = texts.get(s.article_id, "")[s.start:s.end]
            lines.append(f"  [{s.label}] {quote_!r} ({s.row}; {s.article_id} {s.start}-{s.end})")
        return "\n".join(lines)


def _marked(text: str, spans: list[Span], anchors: bool) -> str:
    """*text* escaped, each span in a <mark> of its table's colour with a label before it.

    Spans may nest or overlap: the text is cut at every span boundary, and each
    piece is marked with the colour of the shortest span that covers it.
    """
    esc = html.escape
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.table, s.row)):
        starts.setdefault(s.start, []).append(s)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for s in starts.get(a, []):
            aid = (f' id="{esc(s.anchor, quote=True)}"' if anchors and s.anchor else "")
            out.append(f'<span class="cl-lab cl-t-{s.table}"{aid} '
                       f'title="{esc(s.row, quote=True)}">{esc(s.label)}</span>')
        covering = [s for s in spans if s.start <= a and s.end >= b]
        piece = esc(text[a:b])
        if covering:
            inner = min(covering, key=lambda s: s.end - s.start)
            tip = "; ".join(f"{s.label} ({s.row})" for s in covering)
            out.append(f'<mark class="cl-t-{inner.table}" title="{esc(tip, quote=True)}">'
                       f"{piece}</mark>")
        else:
            out.append(piece)
    return "".join(out)


def _str(v: Any) -> str:
    import pandas as pd

    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return ""
    if isinstance(v, pd.Timestamp):
        return f"{v:%Y-%m-%d}"
    return str(v)


def explain(x: "Parsed", id: str) -> Explanation:
    """The evidence of incident or event *id* of *x* (see the module docstring).

    Raises :class:`KeyError` when *id* is neither an ``incident_id`` of
    ``x.incidents`` nor an ``event_id`` of ``x.events``.
    """
    inc = x.incidents
    events = x.events
    hit = inc[inc["incident_id"] == id]
    if len(hit):
        row = hit.iloc[0]
        kind = "incident"
        event_ids = [e for e in _str(row["event_ids"]).split(JOIN) if e]
        facts = {k: _str(row[k]) for k in ("date", "place", "country", "weapon", "perpetrator",
                                            "target", "grade")}
        facts["reports"] = _str(row["n_reports"])
    elif (events["event_id"] == id).any():
        row = events[events["event_id"] == id].iloc[0]
        kind = "event"
        event_ids = [id]
        facts = {k: _str(row[k]) for k in ("date", "place", "country", "weapon", "perpetrator",
                                            "target", "status")}
    else:
        raise KeyError(f"{id!r} is neither an incident_id nor an event_id of this corpus")
    wanted = set(event_ids)
    spans: list[Span] = []
    for rec in events[events["event_id"].isin(wanted)].to_dict("records"):
        spans.append(Span(str(rec["article_id"]), int(rec["start"]), int(rec["end"]), "events",
                          _str(rec["rule"]), str(rec["event_id"]), anchor=str(rec["event_id"])))
    for name, col, id_col in _REFERRING:
        df = getattr(x, name)
        for rec in df.to_dict("records"):
            ids = set(_str(rec[col]).split(JOIN)) & wanted
            if ids and _str(rec["start"]) and _str(rec["end"]):
                row_id = _str(rec[id_col]) if id_col else f"{name} of {', '.join(sorted(ids))}"
                spans.append(Span(str(rec["article_id"]), int(rec["start"]), int(rec["end"]), name,
                                  _str(rec["rule"]), row_id))
    order = list(dict.fromkeys(s.article_id for s in
                               sorted(spans, key=lambda s: (s.table != "events",))))
    arts = x.articles.set_index(x.articles["article_id"].astype(str))
    articles = []
    for aid in order:
        if aid in arts.index:
            a = arts.loc[aid]
            articles.append({"article_id": aid, "title": _str(a["title"]), "text": _str(a["text"]),
                             "published": _str(a["published"]), "source": _str(a["source"])})
    return Explanation(id=id, kind=kind, facts=facts, articles=articles, spans=spans)


def evidence_page(x: "Parsed", title: str = "Evidence") -> str:
    """One self-contained HTML page: the evidence view of every incident of *x*.

    A contents list links each incident (``#incident_id``); each event span
    carries its ``event_id`` as anchor.  No script, no request to another host.
    """
    esc = html.escape
    inc = x.incidents
    items = []
    sections = []
    for row in inc.itertuples(index=False):
        iid = str(row.incident_id)
        what = ", ".join(v for v in (_str(row.date) or "undated", _str(row.place) or _str(row.country),
                                     _str(row.weapon), _str(row.grade)) if v)
        items.append(f'<li><a href="#{esc(iid, quote=True)}">{esc(iid)}</a> {esc(what)}</li>')
        sections.append(explain(x, iid).html(anchors=True))
    legend = " ".join(f'<span class="cl-lab cl-t-{t}">{t} · rule</span>' for t in _COLOURS)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        "<style>body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;"
        " padding: 0 1rem; color: #222; }" + STYLE + "</style>",
        "</head>", '<body class="cl-ev">',
        f"<h1>{esc(title)}</h1>",
        "<p>Each incident with the articles that report it. Every span a table row was read "
        f"from is highlighted and labelled by its table and rule: {legend}. "
        '<a href="index.html">Back to the reports.</a></p>',
        f"<ul>{''.join(items)}</ul>" if items else "<p>No incidents in this corpus.</p>",
        *sections,
        "</body>", "</html>", ""])
