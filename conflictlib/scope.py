"""What the campaign charts count: the scope rule, in one place.

The reports are about the 2023-24 campaign: attacks by Iran-aligned groups on
US and coalition forces, and US (and coalition) strikes in reply.  Articles
about it mention other violence too (Hamas's attack on Israel of 7 October
2023, Israeli strikes, ISIS attacks); those rows are real and stay in the
tables, but a chart of "attacks" that counts them mixes two wars.
:func:`in_campaign` says, row by row, which events or incidents belong to the
campaign; the notebooks chart those and list the others apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import pandas as pd

    from .lookup import Config

__all__ = ["CAMPAIGN_COUNTRIES", "CAMPAIGN_SIDES", "in_campaign"]

#: Where the campaign's attacks and strikes took place.
CAMPAIGN_COUNTRIES: Final = ("Iraq", "Syria", "Jordan")

#: The two sides of the campaign (``side`` in ``data/actors.csv``): the
#: attackers and the attacked, who strike back.
CAMPAIGN_SIDES: Final = ("iran-aligned", "us-led")


def in_campaign(table: "pd.DataFrame", *, include_other: bool = False,
                config: "Config | None" = None) -> "pd.Series":
    """True for each row of *table* (events or incidents) that the campaign charts count.

    A row is in the campaign when any of these holds:

    1. a US or coalition strike: ``perpetrator_side`` is ``us-led``;
    2. an attack on US or coalition forces: ``target`` is an actor of the
       ``us-led`` side in ``actors.csv`` (``US military``, ``US-led coalition``);
    3. an attack by an Iran-aligned group (``perpetrator_side`` ``iran-aligned``)
       whose target is not named (the campaign's attacks usually name only the base);
    4. an attack with neither attacker nor target named, in Iraq, Syria or
       Jordan (:data:`CAMPAIGN_COUNTRIES`): "an attack on Harir air base".

    Everything else is other violence the articles mention: an attacker of
    another side (``palestinian``, ``israel``, ``jihadist``, ...), or an
    Iran-aligned attack on a target that is not US-led (an attack on Israel).
    With *include_other* every row is True.  *config* gives the actor tables
    used to find a target's side (the package's by default).
    """
    import pandas as pd

    from .lookup import Config, gazetteer

    if include_other:
        return pd.Series(True, index=table.index, name="in_campaign")
    g = gazetteer(config or Config())

    def column(name: str) -> "pd.Series":
        if name in table.columns:
            return table[name].astype("string").str.strip().replace("", pd.NA)
        return pd.Series(pd.NA, index=table.index, dtype="string")

    side, target, country = column("perpetrator_side"), column("target"), column("country")

    def side_of(name: object) -> str | None:
        actor = g.actor_by_name.get(str(name)) if isinstance(name, str) else None
        return actor.side if actor is not None else None

    target_side = target.map(side_of, na_action="ignore").astype("string")
    strike = side.eq("us-led").fillna(False)
    on_us = target_side.eq("us-led").fillna(False)
    militia_unnamed_target = side.eq("iran-aligned").fillna(False) & target.isna()
    unattributed = (side.isna() & target.isna()
                    & country.isin(list(CAMPAIGN_COUNTRIES)).fillna(False))
    out = (strike | on_us | militia_unnamed_target | unattributed).astype(bool)
    out.name = "in_campaign"
    return out
