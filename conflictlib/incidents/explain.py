"""Why an incident's reports were joined: :func:`explain_incident`.

``link_reason`` holds each join of an incident as one line of text ("b:e1 with a:e1: same
place, undated, both say 3 wounded"); :func:`explain_incident` reads it back into the
reports of the incident (what each says of date, place and weapon) and the joins between
them, each with the two reports and the rule that tied them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..schema import JOIN
from .common import _str

if TYPE_CHECKING:
    from .._parse import Parsed

__all__ = ["IncidentReport", "Join", "IncidentExplanation", "explain_incident"]


@dataclass(frozen=True)
class IncidentReport:
    """One report (an events row) of an incident, as its article tells the attack."""

    event_id: str
    article_id: str
    date: str | None          # ISO day, or None when undated
    date_precision: str
    place: str | None
    country: str | None
    weapon: str | None
    sentence: str             # the sentence the event was read from


@dataclass(frozen=True)
class Join:
    """One join: report *event_id* was tied to report *with_event_id* of the incident."""

    event_id: str
    with_event_id: str
    reason: str               # "same place, a day apart (US or local time) and both say 34 wounded"


@dataclass(frozen=True)
class IncidentExplanation:
    """Which reports an incident joins and why (see :func:`explain_incident`)."""

    incident_id: str
    reports: tuple[IncidentReport, ...]
    joins: tuple[Join, ...]

    def __str__(self) -> str:
        lines = [f"incident {self.incident_id}: {len(self.reports)} report(s)"]
        for r in self.reports:
            when = r.date if r.date else "undated"
            where = r.place or r.country or "nowhere"
            lines.append(f"  {r.event_id} ({r.article_id}): {when}, {where}, {r.weapon or 'unknown'}")
        if self.joins:
            lines.append("joined:")
            lines += [f"  {j.event_id} with {j.with_event_id}: {j.reason}" for j in self.joins]
        else:
            lines.append("one report")
        return "\n".join(lines)


def explain_incident(x: "Parsed", incident_id: str) -> IncidentExplanation:
    """The reports of incident *incident_id* of ``x.incidents`` and why each was joined.

    Every report but the first was joined to the incident by one join, listed in the order
    linking made them, each naming the two reports it tied and the rule (from
    ``link_reason``).  Raises :class:`KeyError` for an unknown incident id.

    >>> import datetime as dt, conflictlib as cl
    >>> x = cl.parse(cl.Corpus([
    ...     cl.Article("a", "Rockets hit Ain al-Asad air base on Saturday, wounding four US troops.",
    ...                published=dt.date(2024, 1, 21)),
    ...     cl.Article("b", "Four US troops were wounded in a rocket attack on Ain al-Asad on Saturday.",
    ...                published=dt.date(2024, 1, 22))]))
    >>> print(cl.explain_incident(x, "i0001"))
    incident i0001: 2 report(s)
      a:e1 (a): 2024-01-20, Ain al-Asad Air Base, rocket
      b:e1 (b): 2024-01-20, Ain al-Asad Air Base, rocket
    joined:
      b:e1 with a:e1: same place, same day
    """
    inc = x.incidents
    hit = inc[inc["incident_id"] == incident_id]
    if not len(hit):
        raise KeyError(f"{incident_id!r} is no incident_id of this corpus")
    row = hit.iloc[0]
    event_ids = [e.strip() for e in (_str(row["event_ids"]) or "").split(JOIN.strip()) if e.strip()]
    ev = x.events
    by_id = {str(r["event_id"]): r for r in ev[ev["event_id"].isin(event_ids)].to_dict("records")}
    reports = []
    for eid in event_ids:
        r = by_id.get(eid, {})
        d = r.get("date")
        reports.append(IncidentReport(
            event_id=eid, article_id=_str(r.get("article_id")) or "",
            date=None if _str(d) is None else str(d)[:10],
            date_precision=_str(r.get("date_precision")) or "unknown",
            place=_str(r.get("place")), country=_str(r.get("country")), weapon=_str(r.get("weapon")),
            sentence=_str(r.get("text")) or ""))
    return IncidentExplanation(str(incident_id), tuple(reports),
                               tuple(_joins(_str(row["link_reason"]) or "", event_ids)))


def _joins(link_reason: str, event_ids: list[str]) -> list[Join]:
    """The joins of a ``link_reason`` ("b:e1 with a:e1: why | c:e1 with a:e1: why"), read
    with the incident's own event ids (an article id may hold any character)."""
    out = []
    for part in link_reason.split(" | "):
        for a in event_ids:
            if not part.startswith(f"{a} with "):
                continue
            rest = part[len(a) + len(" with "):]
            b = next((e for e in event_ids if rest.startswith(f"{e}: ")), None)
            if b is not None:
                out.append(Join(a, b, rest[len(b) + 2:]))
                break
    return out
