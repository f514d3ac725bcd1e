"""The rows of every table from what the stages found: ids given, events' status read
from who claimed and confirmed them, each row with its sentence."""

from __future__ import annotations

from ..schema import JOIN, CasualtyRow, ClaimRow, DeploymentRow, EventRow, TallyRow
from .context import ArticleState, Document


def status(confirmed_by: list[str], claimed_by: list[str]) -> str:
    """``confirmed`` when anyone confirmed, ``claimed`` when only the perpetrator side
    claimed, else ``reported``."""
    return "confirmed" if confirmed_by else "claimed" if claimed_by else "reported"


def rows(doc: Document, st: ArticleState) -> dict[str, list]:
    """Each table's rows, typed (see :mod:`conflictlib.schema`)."""
    aid, text, sentences, pub = doc.aid, doc.text, doc.sentences, doc.pub

    def sentence(i: int) -> str:
        s = sentences[i]
        return text[s.start:s.end]

    ids: dict[int, str] = {}
    events = []
    for e in st.events:
        eid = f"{aid}:e{len(ids) + 1}"
        ids[e.idx] = eid
        perp, p = e.perp, e.site
        events.append(EventRow(
            eid, aid, e.date, e.precision if e.date is not None else "unknown", e.weapon,
            perp.name if perp else None, perp.side if perp else None, e.target,
            p.name if p else None, e.country, e.admin1, p.lat if p else None, p.lon if p else None,
            e.count, status(e.confirmed_by, e.claimed_by),
            JOIN.join(e.claimed_by) or None, JOIN.join(e.confirmed_by) or None, JOIN.join(e.denied_by) or None,
            e.killed, e.wounded, e.rule, e.start, e.end, sentence(e.sentence)))
    claims = [ClaimRow(f"{aid}:c{i + 1}", aid, pub, c.speaker.name, c.speaker.side, c.stance,
                       JOIN.join([ids[e.idx] for e in c.events]) or None, c.rule, c.start, c.end,
                       sentence(c.sentence))
              for i, c in enumerate(st.claims)]
    casualties = [CasualtyRow(aid, ids[c.event.idx] if c.event is not None else None, c.group, c.killed,
                              c.wounded, c.qualifier, c.cumulative, c.rule, c.start, c.end, sentence(c.sentence))
                  for c in st.casualties]
    deployments = [DeploymentRow(aid, force, country, troops, qualifier, pub, rule, start, end, sentence(i))
                   for force, country, troops, qualifier, rule, start, end, i in st.deployments]
    tallies = [TallyRow(aid, count, qualifier, since, scope, attributed, pub, rule, start, end, sentence(i))
               for count, qualifier, since, scope, attributed, rule, start, end, i in st.tallies]
    return {"events": events, "claims": claims, "casualties": casualties,
            "deployments": deployments, "tallies": tallies, "mentions": doc.mentions}
