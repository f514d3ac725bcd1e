"""Attacks named in passing: an entry only when the text says when or where.

ANNOTATION.md counts an attack mentioned in passing only when the text says when or where it
happened: "the assassination of a Hezbollah commander in Beirut last month" is an entry (a city
and a month), "angered by the assassination of a Hezbollah commander" is none.  A killing is
told this way more than any other attack (the reader knows whom it killed, not where), so the
killings named in passing (``Event.killing``: "the assassination of ...") that end the article
with neither place, country nor day are left out here, after every stage has had its chance to
place or date them (a site from the headline, a day from a later sentence).

Reads and writes the article's events; a figure of the dead stays, tied to no event, and so do
the claims about it.
"""

from __future__ import annotations

from .context import ArticleState


def drop_unplaced_killings(st: ArticleState) -> None:
    """Leave out the killings named in passing with neither place, country nor day."""
    gone = {e.idx for e in st.events if e.killing and e.site is None and e.country is None and e.date is None}
    if not gone:
        return
    st.events = [e for e in st.events if e.idx not in gone]
    for c in st.claims:
        c.events = [e for e in c.events if e.idx not in gone]
    for k in st.casualties:
        if k.event is not None and k.event.idx in gone:
            k.event = None
