"""Across a corpus: one incident per attack, a claims ledger, official tallies over time.

A corpus holds many reports of the same attack: the militia's claim today, a
Pentagon confirmation tomorrow, a round-up next week.  Counting ``x.events``
rows counts reports; :func:`link` merges the reports of one attack into one
*incident* and keeps the evidence of every report behind it.

Linking rules: two event rows may belong to one incident when all hold.

articles
    they come from two different articles (an article that names two events has told them
    apart), but for an article's second reading of an attack (below).
place
    the same place; or a site and its city (same governorate, within
    :data:`CITY_KM` km) or its governorate; or a site and its town (within
    ``TOWN_KM``, 5 km: a base named after the town it stands by), or a town
    and its city; or a place and a report that names only the country.  Both rows need at least a country, so a report
    with neither place nor country is never merged with anything.  Two
    different sites are never merged.
date
    two day dates less than *days* days apart (``days=1``: the same day); a day
    apart (one outlet counts in US time, another in local time) only with
    *specific evidence*: the same non-zero killed or wounded figure, the same
    named target (a group or a person, not "US forces"), or a claim by the same
    named group (not the umbrella that claims nearly every attack).  A day and a
    month (or year) date when the day falls in it.
no date
    a report with no date (precision ``unknown``) only when both rows name the
    same place, and then: with a publication date, a day date between
    *approx_days* days before the Monday of its publication week and its
    publication ("last week", "earlier this week"), or another undated report of
    the place published at most two days apart; without a publication date, only
    with specific evidence (above).  Two undated reports published days or weeks
    apart are never one attack.  A report of another place (a country, a city
    for a site) neither ties an undated report by its date nor sets it apart;
    an undated one with a publication date is tied to it on specific evidence
    when it is dated in that publication window ("the US strike in Syria killed
    nine", published on Friday, and "nine killed in Deir ez-Zor on Wednesday");
    where no undated one has a publication date, two pieces of specific
    evidence tie them, and the undated report looks for a dated one at a less
    precise place as for a more precise one (neither is the more precise).  Two reports
    that name only the same country ("US jets struck Kataib Hezbollah sites in
    Iraq"), one or both undated, are tied only on specific evidence and only
    when each undated one has a publication date whose week holds the other;
    an undated one without a publication date only on two pieces of it ("a
    Tuesday strike in Iraq that killed two").
weekday
    the weekday an undated report gives its attack ("a Thursday drone strike",
    not "the Pentagon said on Tuesday", :mod:`.weekdays`) is evidence: the same
    weekday as another undated report of the place, or as the day of a dated
    one; two days or more from the other's weekday sets them apart.  One night told on
    two weekdays ("late Tuesday", "early on Wednesday": the night of Tuesday) is evidence
    as well.  It is looked
    for beside the figures and targets, so that a report whose weekday and figure
    point to two attacks is no guess between them.
toll
    a casualty figure is evidence only as a report's toll, its largest figure
    ("the two others killed" is part of three).  An air strike with no figure of
    its own lends, as evidence only, the one toll its article gives its other air
    strikes of the same day (a night's strikes are told together: "a strike killed
    a fighter", then the town it hit as a row of its own); two tolls lend none.
weapon
    equal, one of them unknown, or described differently as outlets do: rocket,
    missile and ballistic missile; a drone and an air strike when the attacker is
    a state's forces (a US "drone strike").
perpetrator
    the same side, or one of them unknown; a report that does not name its
    attacker but names a side's forces as its target was not made by that side.

Two reports are *tied* when all hold by themselves (same place and day, an
undated report within its publication week ...) or with specific evidence
(a day apart, no publication date); they are *possible together* when nothing
above sets them apart.  Merging is agglomerative over a union-find, in a fixed
order: every two reports of an incident must be possible together (complete
linkage on contradictions) and each join needs one tied pair (single linkage on
evidence: an undated report with the wounded figure of one report joins its
incident although the others give no figure).  First rows at the same place on
a compatible day, then each less precise report (a city, a country, a month, no
date) joins the incidents it is tied to, but only when those incidents are
possible together (an undated report prefers dated incidents); a report that
could belong to two different attacks (an "attack in Syria" on a night when two
Syrian bases were hit) stays an incident of its own rather than being guessed
into one of them.  An article may tell one attack twice (an undated lead at the city,
a dated line at a site of it): an undated report that fits the incident holding
another report of its article, but for that one, is a second reading of that
attack and gathers no reports of its own (the others join that incident or stay
alone, rather than making a second incident of one attack); at the end it joins
that incident itself.  Each incident's
``link_reason`` says which reports were
joined and why ("b:e1 with a:e1: same place, same day, rocket or ballistic
missile"); a single report says "one report"; :func:`explain_incident` reads it
back.

Candidate pairs come only from blocks (a place within a few days, a governorate
or country on the same days, a country in a month, a place within a publication
week, a place with a casualty figure, named target or claimant, a place and a
weekday, a country in a publication week, a country with a casualty figure,
named target or claimant; see :mod:`.clusters`), so
the time grows linearly with the number of events at a fixed daily rate.
"""

from __future__ import annotations

from .common import CITY_KM, GRADES, INCIDENT_COLUMNS
from .explain import IncidentExplanation, IncidentReport, Join, explain_incident
from .ledger import claims_ledger, cumulative_counts, tally_series
from .linking import link

__all__ = ["link", "explain_incident", "IncidentExplanation", "IncidentReport", "Join", "claims_ledger",
           "tally_series", "cumulative_counts", "INCIDENT_COLUMNS", "GRADES", "CITY_KM"]
