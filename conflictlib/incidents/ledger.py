"""The claims ledger, official tallies over time and cumulative counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..schema import JOIN
from .common import _SCOPE_ORDER, _na, _split, _unique

if TYPE_CHECKING:
    import pandas as pd

    from .._parse import Parsed

def _incidents(x: "Parsed", incidents: "pd.DataFrame | None") -> "pd.DataFrame":
    return x.incidents if incidents is None else incidents


def claims_ledger(x: "Parsed", incidents: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """``x.claims`` with the incidents each statement is about: who claimed,
    confirmed, denied or acknowledged which incident, and when.

    One row per claim: claim_id, incident_ids ("; "-joined, NA for threats
    and statements tied to no event), speaker, speaker_side, stance,
    published (the article's date), article_id, event_ids, text; sorted by
    published date, then article and claim id.
    """
    import pandas as pd

    inc = _incidents(x, incidents)
    of_event: dict[str, str] = {}
    for iid, eids in zip(inc["incident_id"], inc["event_ids"]):
        for e in _split(eids):
            of_event[e] = str(iid)
    claims = x.claims
    pub = dict(zip(x.articles["article_id"].astype(str), x.articles["published"]))
    out = pd.DataFrame({
        "claim_id": claims["claim_id"],
        "incident_ids": [JOIN.join(_unique(of_event[e] for e in _split(v) if e in of_event)) or None
                         for v in claims["event_ids"]],
        "speaker": claims["speaker"], "speaker_side": claims["speaker_side"],
        "stance": claims["stance"],
        "published": [p if not _na(p) else pub.get(str(a)) for p, a in
                      zip(claims["published"], claims["article_id"])],
        "article_id": claims["article_id"], "event_ids": claims["event_ids"],
        "text": claims["text"],
    })
    out["incident_ids"] = out["incident_ids"].astype("string")
    out["published"] = pd.to_datetime(out["published"], errors="coerce").astype("datetime64[ns]")
    return out.sort_values(["published", "article_id", "claim_id"], kind="stable",
                           na_position="last").reset_index(drop=True)


def tally_series(x: "Parsed") -> "pd.DataFrame":
    """Official running counts of attacks from ``x.tallies`` as time series.

    Columns as_of (the tally's date, or its article's publication date),
    count, qualifier, since, scope, attributed_to, article_id, text; one
    series per scope, sorted by scope ("total", "Iraq", "Syria", "Jordan",
    then any other alphabetically) and as_of.
    """
    import pandas as pd

    t = x.tallies
    pub = dict(zip(x.articles["article_id"].astype(str), x.articles["published"]))
    as_of = pd.to_datetime(pd.Series(
        [a if not _na(a) else pub.get(str(art)) for a, art in zip(t["as_of"], t["article_id"])],
        index=t.index, dtype=object), errors="coerce").astype("datetime64[ns]")
    out = pd.DataFrame({
        "as_of": as_of, "count": t["count"], "qualifier": t["qualifier"], "since": t["since"],
        "scope": t["scope"], "attributed_to": t["attributed_to"], "article_id": t["article_id"],
        "text": t["text"],
    })
    rank = {s: n for n, s in enumerate(_SCOPE_ORDER)}
    key = [(rank.get(s, len(rank)), "" if _na(s) else str(s)) for s in out["scope"]]
    out["_k"] = key
    out = out.sort_values(["_k", "as_of", "article_id"], kind="stable", na_position="last")
    return out.drop(columns="_k").reset_index(drop=True)


def cumulative_counts(x: "Parsed", incidents: "pd.DataFrame | None" = None, *, freq: str = "D",
                      perpetrator_side: str | None = "iran-aligned") -> "pd.DataFrame":
    """Cumulative counts of incidents over time, to plot beside :func:`tally_series`.

    Columns: date (the end of each *freq* period, "D" daily or "W" weekly,
    ...), incidents (all dated incidents counted), claimed (graded claimed or
    claimed+confirmed) and confirmed (confirmed or claimed+confirmed), each the
    running total up to that date.  Only dated incidents count (a
    month-precision date counts at the first of its month).  With
    *perpetrator_side* (default "iran-aligned", the attacks the official
    tallies count) only incidents of that side or of an unknown attacker
    count; None counts all.
    """
    import pandas as pd

    inc = _incidents(x, incidents)
    inc = inc[inc["date"].notna()]
    if perpetrator_side is not None:
        inc = inc[inc["perpetrator_side"].isna() | (inc["perpetrator_side"] == perpetrator_side)]
    cols = ["date", "incidents", "claimed", "confirmed"]
    if inc.empty:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"),
                             **{c: pd.Series(dtype="Int64") for c in cols[1:]}})
    grades = inc["grade"].astype(str)
    flags = pd.DataFrame({
        "incidents": 1,
        "claimed": grades.isin(["claimed", "claimed+confirmed"]).astype(int),
        "confirmed": grades.isin(["confirmed", "claimed+confirmed"]).astype(int),
    }).set_index(pd.DatetimeIndex(inc["date"].to_numpy(), name="date"))
    out = flags.sort_index().resample(freq).sum().cumsum().astype("Int64")
    return out.reset_index()[cols]
