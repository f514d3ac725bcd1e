"""Across a corpus: one incident per attack, a claims ledger, official tallies over time.

A corpus holds many reports of the same attack: the militia's claim today, a
Pentagon confirmation tomorrow, a round-up next week.  Counting ``x.events``
rows counts reports; :func:`link` merges the reports of one attack into one
*incident* and keeps the evidence of every report behind it.

Linking rules (two event rows may belong to one incident when all hold):

place
    the same place; or a site and its city (same governorate, within
    :data:`CITY_KM` km) or its governorate; or a place and a report that
    names only the country.  Both rows need at least a country, so a report
    with neither place nor country is never merged with anything.  Two
    different sites are never merged.
date
    two day dates less than *days* days apart (``days=1``: the same day); a
    day and a month (or year) date when the day falls in it; a report with no
    date (precision ``unknown``) only when both rows name the same place,
    and, if the other row has a day date, that day lies between *approx_days*
    days before the Monday of the undated report's publication week and its
    publication ("last week", "earlier this week").
weapon
    equal, or one of them unknown.
perpetrator
    the same side, or one of them unknown.

Merging is agglomerative with complete linkage (every pair of rows in an
incident is compatible), in a fixed order: first rows at the same place on a
compatible day, then each less precise report (a city, a country, a month, no
date) joins the incidents it is compatible with, but only when those
incidents are compatible with each other; a report that could belong to two
different attacks (an "attack in Syria" on a night when two Syrian bases were
hit) stays an incident of its own rather than being guessed into one of them.
"""

from __future__ import annotations

from .common import CITY_KM, GRADES, INCIDENT_COLUMNS
from .ledger import claims_ledger, cumulative_counts, tally_series
from .linking import link

__all__ = ["link", "claims_ledger", "tally_series", "cumulative_counts", "INCIDENT_COLUMNS",
           "GRADES", "CITY_KM"]
