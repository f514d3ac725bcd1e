"""The readable text of an HTML page: scripts, styles and other non-text elements
dropped, block elements on lines of their own, the title from ``<title>`` (or the first
``<h1>``).  Standard library only."""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never article text.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"})
#: Elements that end a line (a paragraph, a heading, a list item ...).
_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
                    "section", "article", "header", "footer", "blockquote", "pre", "figure", "figcaption",
                    "hr", "dd", "dt", "main", "aside", "nav", "title"})
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

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP and tag != "head":
            self.skip += 1
        self._in.append(tag)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

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


def html_text(page: str) -> tuple[str, str | None]:
    """(the text of *page*, its title or None)."""
    p = _Text()
    p.feed(page)
    p.close()
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(p.parts).split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    title = _SPACES.sub(" ", "".join(p.title or p.h1)).strip() or None
    return text, title
