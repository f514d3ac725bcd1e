"""extract.frames on one sentence: the places, target, perpetrator, weapon, count and date
read around an anchor (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlib.extract import anchors, frames
from conflictlib.extract.context import one_sentence


def framed(text: str, published: str | None = "2024-01-22"):
    doc, sv, st = one_sentence(text, dt.date.fromisoformat(published) if published else None)
    found = sorted(anchors.find_anchors(doc, sv, st), key=lambda a: a.start)
    for i, a in enumerate(found):
        a.seg_start = found[i - 1].end if i else sv.s.start
        a.seg_end = found[i + 1].left if i + 1 < len(found) else sv.s.end
    sv.anchors = found
    for a in found:
        frames.frame(doc, sv, st, a)
    return found


CASES = [
    # text, sites, countries, target, perpetrator, weapon, count, date
    ("A drone attack hit Ain al-Asad in western Iraq on Sunday.",
     ["Ain al-Asad Air Base"], [], None, None, "drone", 1, "2024-01-21"),
    ("Harir airport in the city of Erbil came under attack.",  # Erbil only locates Harir
     ["Harir Air Base"], [], None, None, "unknown", 1, None),
    ("A US air strike killed five militiamen near Kirkuk.",
     ["Kirkuk"], [], None, "US military", "air strike", 1, None),
    ("Two drone attacks targeted US forces in Iraq and Syria.",
     [], ["Iraq", "Syria"], "US military", None, "drone", 2, None),
    ("Rockets launched from Syria hit al-Tanf.",  # where it came from is no site; after the verb, a target
     ["al-Tanf garrison"], [], None, None, "rocket", 1, None),
    ("Rockets were fired at al-Tanf from Syria.",
     ["al-Tanf garrison"], [], None, None, "rocket", 1, None),
    ("Kataib Hezbollah attacked Harir four times.",
     ["Harir Air Base"], [], None, "Kataib Hezbollah", "unknown", 4, None),
    ("The attack was carried out by Kataib Hezbollah.",
     [], [], None, "Kataib Hezbollah", "unknown", 1, None),
    ("The Pentagon said on Tuesday that a drone attack hit Tower 22.",  # "said on Tuesday" dates the statement
     ["Tower 22"], [], None, None, "drone", 1, None),
    # a state's forces striking with no weapon named: an air strike; a government body is its military
    ("Two American F-16 jets struck a depot in eastern Syria.",
     [], ["Syria"], None, "US military", "air strike", 1, None),
    ("US forces struck militia sites in Syria.",
     [], ["Syria"], None, "US military", "air strike", 1, None),
    ("Strikes by the Biden administration hit al-Qaim.",
     ["al-Qaim"], [], None, "US military", "air strike", None, None),
    # countries that are no attack places: a patron, a war, a border, a possessive actor
    ("A drone attack hit a base in western Iraq used by the United States.",  # its user is the target
     [], ["Iraq"], "United States", None, "drone", 1, None),
    ("A drone attack hit a base in Jordan near the border it shares with Syria.",
     [], ["Jordan"], None, None, "drone", 1, None),
    ("A drone attack hit a base in Jordan near the Syria border.",
     [], ["Jordan"], None, None, "drone", 1, None),
    ("US jets hit a depot in Syria used by Iran's Revolutionary Guard Corps.",  # its user is the target
     [], ["Syria"], "Islamic Revolutionary Guard Corps", "US military", "air strike", 1, None),
    ("A drone attack hit Ain al-Asad, about 160 km west of the capital Baghdad.",
     ["Ain al-Asad Air Base"], [], None, None, "drone", 1, None),
    ("Two drones were fired toward Tal Baydar.",  # "toward" names the target, not the origin
     ["Tal Baydar"], [], None, None, "drone", 1, None),
    # a city's name before "provinces" or after "province of" is the governorate, no site
    ("Drones targeted US bases in Deir ez-Zor and Hasakah provinces.",
     [], ["Syria"], "United States", None, "drone", 1, None),
    ("Drones targeted a US base in the province of Hasakah.",
     [], ["Syria"], "United States", None, "drone", 1, None),
    # "by" names the attacker only next to the anchor or after an agent participle
    ("The strike that killed three soldiers showed the dangers faced by US forces.",
     [], [], None, None, "unknown", 1, None),
]


@pytest.mark.parametrize("text,sites,countries,target,perp,weapon,count,date", CASES, ids=[(c.values if hasattr(c, "values") else c)[0][:40] for c in CASES])
def test_frame(text, sites, countries, target, perp, weapon, count, date) -> None:
    live = [a for a in framed(text) if a.suppressed is None]
    assert len(live) == 1
    a = live[0]
    got = ([p.name for p in a.sites], a.countries, a.target, a.perp.name if a.perp else None, a.weapon, a.count,
           str(a.date.date) if a.date is not None and a.date.date else None)
    assert got == (sites, countries, target, perp, weapon, count, date)
