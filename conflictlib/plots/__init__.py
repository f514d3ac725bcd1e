"""Charts of conflictlib tables, seaborn-style.

Every function takes a table first (``x.events`` or ``x.deployments`` from
:func:`conflictlib.parse`), everything else keyword-only; draws on *ax* (the
current axes when ``None``); passes extra ``**kwargs`` to the matplotlib call
that draws the marks; and returns the :class:`~matplotlib.axes.Axes`.

Conventions shared by all charts:

* an event row stands for ``count`` attacks (``"attacked four times"`` is one
  row with count 4); a missing count counts as 1;
* an empty table draws an empty axes with a "no data" note and never raises;
* time charts leave out undated rows (``NaT``) and say how many in the title;
* drawing is deterministic (no random jitter), so figures can be compared.

This module imports matplotlib at import time; ``import conflictlib`` does not
import it (``conflictlib.plots`` is a submodule loaded on first use).
"""

from __future__ import annotations

from .charts import attack_frequency, claimed_vs_confirmed, claims_vs_tallies, timeline, troop_deployments
from .common import FEW_DATES, GRADES, LABELLED_BARS, MANY_PERIODS, _FIXED_COLOURS, grade  # noqa: F401
from .maps import REGION, border_labels, borders, event_map  # noqa: F401

__all__ = [
    "GRADES",
    "REGION",
    "attack_frequency",
    "borders",
    "claimed_vs_confirmed",
    "claims_vs_tallies",
    "event_map",
    "grade",
    "timeline",
    "troop_deployments",
]
