"""The rows of every table from what the stages found: ids given, events' status read
from who claimed and confirmed them, each row with its sentence."""

from __future__ import annotations

from ..schema import JOIN, CasualtyRow, ClaimRow, DeploymentRow, EventRow, TallyRow
from ..lookup import kinds as K
from .context import ArticleState, Document


def status(confirmed_by: list[str], claimed_by: list[str], reporting: frozenset[str] = frozenset()) -> str:
    """``confirmed`` when someone confirmed who is not only reporting it (*reporting*: the
    names of monitors, anonymous security, local and health sources and state media, whose
    word is a confirm row but no confirmation), ``claimed`` when the perpetrator side
    claimed, else ``reported``."""
    if any(name not in reporting for name in confirmed_by):
        return "confirmed"
    return "claimed" if claimed_by else "reported"


def reporting_names(doc: Document) -> frozenset[str]:
    """The names of the actors whose confirmation does not confirm (see :func:`status`)."""
    return frozenset(a.name for a in doc.g.actor_by_name.values() if a.kind in K.REPORTING_KINDS)


def rows(doc: Document, st: ArticleState) -> dict[str, list]:
    """Each table's rows, typed (see :mod:`conflictlib.schema`)."""
    aid, text, sentences, pub = doc.aid, doc.text, doc.sentences, doc.pub

    def sentence(i: int) -> str:
        s = sentences[i]
        return text[s.start:s.end]

    ids: dict[int, str] = {}
    reporting = reporting_names(doc)
    events = []
    for e in st.events:
        eid = f"{aid}:e{len(ids) + 1}"
        ids[e.idx] = eid
        perp, p = e.perp, e.site
        events.append(EventRow(
            eid, aid, e.date, e.precision if e.date is not None else "unknown", e.weapon,
            perp.name if perp else None, perp.side if perp else None, e.target,
            p.name if p else None, e.country, e.admin1, p.lat if p else None, p.lon if p else None,
            e.count, status(e.confirmed_by, e.claimed_by, reporting),
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
