"""The readable text of an HTML page: scripts, styles and other non-text elements
dropped, block elements on lines of their own, the title from ``<title>`` (or the first
``<h1>``), and what the page's head says of the article: its address (``<link
rel="canonical">``, ``og:url``) and its publication time (``article:published_time``,
``datePublished``, ``pubdate``, ``date``), as a scraped news page carries them.  Standard
library only."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import NamedTuple

#: Elements whose content is never article text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"})
#: Elements that end a line (a paragraph, a heading, a list item ...).
_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                    "section", "article", "header", "footer", "blockquote", "pre", "figure", "figcaption",
                    "hr", "dd", "dt", "main", "aside", "nav", "title"})
#: ``<meta>`` names and properties that give the article's publication time, most specific first.
_PUBLISHED_META = ("article:published_time", "datepublished", "og:published_time", "pubdate",
                   "publishdate", "date", "dc.date.issued", "dc.date")
#: ``<meta>`` names and properties that give the page's address.
_URL_META = ("og:url", "twitter:url")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in: list[str] = []
        self.meta: dict[str, str] = {}  # lower-cased meta name or property -> its first content
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._head_tag(tag, attrs)
        if tag in _SKIP and tag != "head":
            self.skip += 1
        self._in.append(tag)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._head_tag(tag, attrs)
        if tag in _BLOCK:
            self.parts.append("\n")

    def _head_tag(self, tag: str, attrs: list) -> None:
        if tag not in ("meta", "link"):
            return
        a = {k.lower(): v for k, v in attrs if v}
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and a.get("href") and self.canonical is None:
                self.canonical = a["href"].strip()
            return
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if key and a.get("content"):
            self.meta.setdefault(key, a["content"].strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "head" and self.skip:
            self.skip -= 1
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if "title" in self._in:
            self.title.append(data)
            return
        if self.skip:
            return
        if "h1" in self._in:
            self.h1.append(data)
        self.parts.append(data)


class Page(NamedTuple):
    """What :func:`html_text` reads from a page."""

    text: str
    title: str | None
    url: str | None        # the canonical address, else og:url
    published: str | None  # the publication time as the page gives it ("2023-11-22T04:10:00Z")


def html_text(page: str) -> Page:
    """The text of *page*, its title, address and publication time (None when not given)."""
    p = _Text()
    p.feed(page)
    p.close()
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(p.parts).split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    title = _SPACES.sub(" ", "".join(p.title or p.h1)).strip() or None
    url = p.canonical or next((p.meta[k] for k in _URL_META if k in p.meta), None)
    published = next((p.meta[k] for k in _PUBLISHED_META if k in p.meta), None)
    return Page(text, title, url, published)
