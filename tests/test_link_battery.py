"""Linking, end to end, on a battery of SYNTHETIC report sets (every sentence written for this
file, no real text): each set is a few short articles of the kind different outlets write about
one attack, or about attacks that must stay apart, and the incidents a careful reader gives them,
written by hand before the linker was run.

A set's reports are its articles, or ``"article@Place"`` for the event of an article at a place
(or naming only that country) when the article tells of several.  The test parses the set's
articles, links them, and compares the partition of its reports into incidents with the one
written here.  Sets the linker does not get right yet are strictly xfailed with the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

import conflictlib as cl


@dataclass(frozen=True)
class Doc:
    article_id: str
    text: str
    published: str | None = None  # "YYYY-MM-DD" or None (no publication date at all)


@dataclass(frozen=True)
class Set:
    name: str
    docs: tuple[Doc, ...]
    incidents: tuple[tuple[str, ...], ...]  # the careful reader's incidents


def S(name: str, docs: list[tuple], incidents: list[list[str]]) -> Set:
    return Set(name, tuple(Doc(*d) for d in docs), tuple(tuple(i) for i in incidents))


# Calendar: 2023-10-17 Tue, 10-18 Wed, 10-19 Thu, 10-20 Fri, 10-26 Thu, 11-08 Wed, 11-20 Mon,
# 12-25 Mon; 2024-01-04 Thu, 01-20 Sat, 01-21 Sun, 01-28 Sun, 02-02 Fri, 02-07 Wed.
SETS: list[Set] = [
    # ------------------------------------------------------------------ one attack, told twice
    S("same-day-verbs", [
        ("a", "Several rockets slammed into the Ain al-Asad base, in the west of Iraq, on "
              "Saturday, a US official said.", "2024-01-21"),
        ("b", "Ain al-Asad came under rocket fire on Saturday evening, according to Iraqi "
              "security sources.", "2024-01-20"),
    ], [["a", "b"]]),
    S("us-local-day-wounded", [
        ("a", "Four American service members were wounded late on Thursday when rockets hit the "
              "Ain al-Asad base, the Pentagon said.", "2024-01-19"),
        ("b", "A rocket attack early on Friday on the Ain al-Asad base wounded four US "
              "personnel, officials said.", "2024-01-19"),
    ], [["a", "b"]]),
    S("us-local-day-claimant", [
        ("a", "Kataib Hezbollah claimed a drone attack on the Harir base in northern Iraq late "
              "Tuesday.", "2023-10-25"),
        ("b", "A drone struck Harir air base early on Wednesday; Kataib Hezbollah said it carried "
              "out the attack.", "2023-10-25"),
    ], [["a", "b"]]),
    S("dated-and-spelled-date", [
        ("a", "On Oct. 18, two one-way attack drones targeted the al-Tanf garrison in Syria, "
              "a defense official said.", "2023-10-20"),
        ("b", "The At Tanf base was hit by drones on 18 October, a US defence official told "
              "reporters.", "2023-10-21"),
    ], [["a", "b"]]),
    S("rockets-missiles", [
        ("a", "Rockets were fired at Ain al-Asad on Saturday, wounding two US troops.", "2024-01-21"),
        ("b", "Iran-backed militants fired ballistic missiles toward the Ain al-Asad base on "
              "Saturday, a US official said.", "2024-01-21"),
    ], [["a", "b"]]),
    S("drone-uav", [
        ("a", "A drone attacked the Erbil air base on Monday, the coalition said.", "2023-12-26"),
        ("b", "An unmanned aerial vehicle targeted US forces at the Erbil air base on Monday.",
         "2023-12-26"),
        ("c", "A one-way attack drone struck the air base at Erbil airport on Monday, a US "
              "official said.", "2023-12-27"),
    ], [["a", "b", "c"]]),
    S("kamikaze-drone", [
        ("a", "A kamikaze drone hit the Conoco gas field base in eastern Syria on Thursday, "
              "a Syrian monitor said.", "2023-10-26"),
        ("b", "US forces at Mission Support Site Conoco were attacked with a suicide drone on "
              "Thursday, the Pentagon said.", "2023-10-27"),
    ], [["a", "b"]]),
    S("airstrike-drone-strike", [
        ("a", "A US drone strike hit a vehicle in Baghdad on Thursday, killing a militia "
              "commander and a companion.", "2024-01-04"),
        ("b", "A US air strike in Baghdad on Thursday killed two members of an Iran-backed "
              "militia, Iraqi officials said.", "2024-01-05"),
    ], [["a", "b"]]),
    S("precision-strikes-same-day", [
        ("a", "US forces carried out precision strikes on Jurf al-Sakhar on Tuesday, CENTCOM "
              "said.", "2024-01-24"),
        ("b", "American warplanes struck Jurf al-Sakhar south of Baghdad on Tuesday, Iraqi "
              "security sources said.", "2024-01-24"),
    ], [["a", "b"]]),
    S("base-and-governorate", [
        ("a", "Rockets hit Ain al-Asad air base on Saturday, a US official said.", "2024-01-21"),
        ("b", "Rockets struck a base hosting US troops in Anbar province on Saturday, security "
              "sources said.", "2024-01-21"),
    ], [["a", "b"]]),
    S("airport-and-city", [
        ("a", "Two drones attacked US forces at Erbil airport on Wednesday, officials said.",
         "2023-10-25"),
        ("b", "Drones targeted US forces in Erbil on Wednesday, Kurdish officials said.",
         "2023-10-25"),
    ], [["a", "b"]]),
    S("spelling-assad", [
        ("a", "Rockets targeted the Ain al-Assad airbase on Wednesday, a US official said.",
         "2023-11-08"),
        ("b", "A rocket attack hit Ayn al-Asad air base on Wednesday, the Pentagon said.",
         "2023-11-09"),
    ], [["a", "b"]]),
    S("spelling-rumalyn", [
        ("a", "A drone attacked the Rmeilan landing zone in north-east Syria on Monday.",
         "2023-11-20"),
        ("b", "US forces at Rumalyn were targeted by a drone on Monday, a US official said.",
         "2023-11-21"),
    ], [["a", "b"]]),
    S("spelling-erbil-irbil", [
        ("a", "A drone was shot down near Irbil airport on Thursday, Kurdish officials said.",
         "2024-01-04"),
        ("b", "A drone attack on Arbil airport on Thursday caused no damage, a US official said.",
         "2024-01-05"),
    ], [["a", "b"]]),
    S("figures-grow-same-day", [
        ("a", "Three US service members were wounded in a drone attack on the Erbil air base on "
              "Monday, the Pentagon said.", "2023-12-25"),
        ("b", "The number of US troops wounded in Monday's drone attack on the Erbil air base "
              "rose to eight, officials said.", "2023-12-26"),
    ], [["a", "b"]]),
    S("figures-grow-undated-later", [
        ("a", "Three US service members were wounded in a drone attack on the Erbil air base on "
              "Monday, the Pentagon said.", "2023-12-25"),
        ("b", "Eight US personnel were wounded in the drone attack on the Erbil air base, the "
              "Pentagon said in an update.", "2023-12-27"),
    ], [["a", "b"]]),
    S("jordan-outpost-and-tower22", [
        ("a", "A drone attack on Tower 22 in Jordan on Sunday left three US soldiers dead and "
              "dozens hurt.", "2024-01-28"),
        ("b", "A drone attack killed three US troops at a small outpost in north-eastern Jordan "
              "on Sunday, President Biden said.", "2024-01-28"),
    ], [["a", "b"]]),
    S("tower22-killed-a-day-apart", [
        ("a", "A drone attack killed three US soldiers at Tower 22 in Jordan on Sunday.",
         "2024-01-28"),
        ("b", "Three American troops died in a drone attack on Tower 22 in Jordan on Saturday "
              "night, US time.", "2024-01-28"),
    ], [["a", "b"]]),
    S("undated-within-week", [
        ("a", "Two drones attacked al-Tanf in southern Syria on Wednesday, a US official said.",
         "2023-10-19"),
        ("b", "The al-Tanf garrison was targeted by drones this week, leaving minor injuries "
              "among US troops, the Pentagon said.", "2023-10-20"),
    ], [["a", "b"]]),
    S("undated-no-pubdate-wounded", [
        ("a", "Rockets hit Ain al-Asad air base on Saturday, wounding four US troops.",
         "2024-01-21"),
        ("b", "Four US service members were wounded when rockets hit Ain al-Asad air base, "
              "officials said.", None),
    ], [["a", "b"]]),
    S("undated-no-pubdate-claimant", [
        ("a", "Kataib Hezbollah claimed a drone attack on al-Shaddadi in Syria on Friday.",
         "2023-10-20"),
        ("b", "The al-Shaddadi base was struck by a drone; Kataib Hezbollah claimed "
              "responsibility.", None),
    ], [["a", "b"]]),
    S("undated-weekday-pubdate", [
        ("a", "A drone attack on the Harir base on Thursday caused no casualties, officials "
              "said.", "2023-11-10"),
        ("b", "On Thursday a drone targeted the Harir air base in the Kurdistan region, the "
              "group said.", "2023-11-09"),
    ], [["a", "b"]]),
    S("weekday-no-pubdate-vs-dated", [
        ("a", "A drone attacked the Harir air base on Nov. 9, 2023, a US official said.",
         "2023-11-10"),
        ("b", "A Thursday drone attack on the Harir air base caused no casualties, officials "
              "said.", None),
    ], [["a", "b"]]),
    S("pentagon-and-militia", [
        ("a", "US forces were attacked with a drone at al-Shaddadi in Syria on Monday, the "
              "Pentagon said.", "2023-10-24"),
        ("b", "The Islamic Resistance in Iraq said it targeted the Shaddadi base with a drone "
              "on Monday.", "2023-10-24"),
    ], [["a", "b"]]),
    S("militia-claim-next-day", [
        ("a", "The Islamic Resistance in Iraq said on Tuesday it had attacked Ain al-Asad with "
              "drones on Monday.", "2023-10-24"),
        ("b", "Drones targeted Ain al-Asad air base on Monday, a US defense official said, "
              "adding that there were no injuries.", "2023-10-23"),
    ], [["a", "b"]]),
    S("dateline-and-weekday", [
        ("a", "BAGHDAD, Jan 4 (Reuters) - A US strike killed a militia commander in Baghdad on "
              "Thursday, Iraqi officials said.", None),
        ("b", "A US strike in Baghdad on Thursday killed a senior commander of the Nujaba "
              "movement, security sources said.", "2024-01-05"),
    ], [["a", "b"]]),
    S("country-only-and-site", [
        ("a", "A drone attacked US forces in Syria on Thursday, a Pentagon spokesperson said.",
         "2023-10-26"),
        ("b", "A drone targeted the Green Village base in eastern Syria on Thursday, a monitor "
              "said.", "2023-10-26"),
    ], [["a", "b"]]),
    S("wave-place-by-place-and-countries", [
        ("a", "US warplanes struck al-Qaim in Iraq and Albu Kamal in Syria on Friday night, "
              "CENTCOM said.", "2024-02-03"),
        ("b", "US forces carried out air strikes in Iraq and in Syria on Friday, the White "
              "House said.", "2024-02-03"),
    ], [["a@al-Qaim", "b@Iraq"], ["a@Albu Kamal", "b@Syria"]]),
    S("month-and-day", [
        ("a", "In October, drones targeted the al-Tanf garrison, wounding US troops, the Pentagon "
              "said.", "2023-11-05"),
        ("b", "Two drones hit al-Tanf on Oct. 18, a US official said.", "2023-10-19"),
    ], [["a", "b"]]),
    S("syrian-observatory-and-pentagon", [
        ("a", "The Syrian Observatory for Human Rights said drones struck the al-Omar oil field "
              "base on Sunday.", "2023-10-30"),
        ("b", "US troops at the Omar oil field were targeted by a drone on Sunday, a US official "
              "said.", "2023-10-30"),
    ], [["a", "b"]]),
    S("british-spelling", [
        ("a", "Militants fired rockets at the Ain al-Asad airbase on Saturday, a US defence "
              "official said.", "2024-01-21"),
        ("b", "A rocket attack targeted Ain Al Asad on Saturday, the US military said.",
         "2024-01-22"),
    ], [["a", "b"]]),
    S("governorate-undated-weekday", [
        ("a", "Rockets hit Ain al-Asad air base on Saturday, a US official said.", "2024-01-21"),
        ("b", "A base hosting US forces in Anbar came under rocket fire on Saturday, police "
              "said.", "2024-01-22"),
    ], [["a", "b"]]),
    S("commander-named-a-day-apart", [
        ("a", "A US strike killed Kataib Hezbollah commander Abu Baqir al-Saadi in Baghdad on "
              "Wednesday night.", "2024-02-08"),
        ("b", "Abu Baqir al-Saadi, a Kataib Hezbollah commander, was killed on Thursday in a US "
              "drone strike in Baghdad, Iraqi officials said.", "2024-02-08"),
    ], [["a", "b"]]),
    # ------------------------------------------------------------------ as real copy comes: no
    # publication date, several events an article, the strike's country only
    S("no-pubdate-both-weekday", [
        ("a", "Rockets struck Ain al-Asad air base in Iraq on Thursday, a US official said.", None),
        ("b", "Militants fired missiles at the Ain al-Asad base on Thursday, the Pentagon said.",
         None),
    ], [["a", "b"]]),
    S("no-pubdate-weekday-later-sentence", [
        ("a", "Rockets hit Ain al-Asad air base, wounding two US service members. The attack took "
              "place on Thursday night, officials said.", None),
        ("b", "Two US troops were hurt when rockets struck the Ain al-Asad base on Thursday.",
         None),
    ], [["a", "b"]]),
    S("no-pubdate-strikes-country-weekday-toll", [
        ("a", "US forces struck three militia sites in Iraq on Tuesday, killing two fighters, "
              "officials said.", None),
        ("b", "American aircraft hit facilities of Iran-backed militias in Iraq late on Tuesday. "
              "Two militants were killed in the strikes, Iraqi security sources said.", None),
    ], [["a", "b"]]),
    S("no-pubdate-strikes-answer-one-attack", [
        ("a", "The US military struck militia targets in Iraq on Tuesday. The strikes came after "
              "ballistic missiles hit Ain al-Asad air base on Saturday, wounding four Americans.",
         None),
        ("b", "US warplanes bombed sites of Kataib Hezbollah in Iraq on Tuesday in reply to a "
              "ballistic missile attack on Ain al-Asad air base on Saturday that wounded four US "
              "troops.", None),
    ], [["a@Iraq", "b@Iraq"], ["a@Ain al-Asad Air Base", "b@Ain al-Asad Air Base"]]),
    S("pubdate-strikes-country-toll", [
        ("a", "US forces struck militia sites in Iraq, killing two fighters, officials said.",
         "2024-01-24"),
        ("b", "American aircraft hit militia facilities in Iraq on Tuesday, killing two "
              "militants.", "2024-01-23"),
    ], [["a", "b"]]),
    S("header-line-and-dateline", [
        ("a", " date 2024-01-04 Drone strike kills militia leader in Baghdad\nA US drone strike "
              "on Thursday killed a commander of an Iran-backed militia in eastern Baghdad.", None),
        ("b", "BAGHDAD, Jan 4 (Reuters) - An American drone strike killed a militia commander in "
              "the Iraqi capital on Thursday, two security officials said.", None),
    ], [["a", "b"]]),
    S("round-up-and-single-reports", [
        ("a", "Drones attacked Ain al-Asad air base in Iraq and the al-Tanf garrison in Syria on "
              "Wednesday, the Pentagon said.", "2023-10-19"),
        ("b", "Two drones targeted al-Tanf on Wednesday, a US official said.", "2023-10-19"),
        ("c", "A drone attack on Ain al-Asad on Wednesday caused minor injuries, officials said.",
         "2023-10-19"),
    ], [["a@Ain al-Asad Air Base", "c"], ["a@al-Tanf garrison", "b"]]),
    S("militia-claim-undated-pubdate", [
        ("a", "The Islamic Resistance in Iraq said it struck the Ain al-Asad base with drones, "
              "in a statement on Telegram.", "2023-10-24"),
        ("b", "Drones targeted Ain al-Asad air base on Monday, a US official said.", "2023-10-23"),
    ], [["a", "b"]]),
    S("no-pubdate-commander-named", [
        ("a", "A US drone strike killed Kataib Hezbollah commander Abu Baqir al-Saadi in eastern "
              "Baghdad, Iraqi officials said.", None),
        ("b", "Kataib Hezbollah said its commander Abu Baqir al-Saadi was killed by an American "
              "strike on his car in Baghdad.", None),
    ], [["a", "b"]]),
    S("no-pubdate-undated-site-figure", [
        ("a", "Eight US personnel were wounded in a drone attack on the Erbil air base, the "
              "Pentagon said.", None),
        ("b", "A one-way drone struck the Erbil air base, wounding eight US service members.",
         None),
    ], [["a", "b"]]),
    # ------------------------------------------------------------------ a base and its town
    S("town-base-garrison-rockets", [
        ("a", "The US garrison in Shaddadi came under rocket fire late on Sunday, a Syrian "
              "monitor reported.", "2023-10-30"),
        ("b", "Rockets targeted the al-Shaddadi military base on Sunday, the coalition said.",
         "2023-10-30"),
    ], [["a", "b"]]),
    S("town-base-drone-claim", [
        ("a", "Kataib Hezbollah said its fighters launched a drone at the Shaddadi air base on "
              "Thursday.", "2023-11-03"),
        ("b", "A drone was launched at American forces in al-Shaddadi in Hasakah province on "
              "Thursday, a Pentagon spokesman said.", "2023-11-03"),
    ], [["a", "b"]]),
    S("town-airport-district", [
        ("a", "An explosive-laden drone hit near the air base at Erbil airport on Wednesday, "
              "a coalition official said.", "2023-10-25"),
        ("b", "A drone attack in Aynkawa, beside the Erbil airport base, on Wednesday caused no "
              "injuries.", "2023-10-25"),
    ], [["a", "b"]]),
    S("town-and-its-city", [
        ("a", "A US air strike hit a militia vehicle in Abu Ghraib on Tuesday, Iraqi police said.",
         "2023-11-22"),
        ("b", "US aircraft struck a militia vehicle near Baghdad on Tuesday, a US official said.",
         "2023-11-22"),
    ], [["a", "b"]]),
    S("apart-two-towns-one-governorate", [
        ("a", "US jets struck militia depots in al-Qaim on Friday night, a US official said.",
         "2024-02-03"),
        ("b", "US jets struck militia depots in Akashat on Friday night, a US official said.",
         "2024-02-03"),
    ], [["a"], ["b"]]),
    S("apart-town-too-far-from-the-base", [
        ("a", "A drone targeted the Green Village base in Deir ez-Zor on Monday, a monitor "
              "said.", "2023-11-13"),
        ("b", "A drone was downed over al-Mayadin on Monday, local sources said.", "2023-11-13"),
    ], [["a"], ["b"]]),
    # ------------------------------------------------------------------ only a country, no
    # publication date: two pieces of specific evidence, never one
    S("no-pubdate-strikes-syria-weekday-toll", [
        ("a", "US fighter jets bombed two facilities in eastern Syria on Sunday, killing nine "
              "people, a monitor said.", None),
        ("b", "Nine were killed on Sunday when American jets hit weapons depots in Syria, the "
              "Syrian Observatory said.", None),
    ], [["a", "b"]]),
    S("no-pubdate-country-wounded-weekday", [
        ("a", "A drone attack in Syria on Friday wounded five US troops, a defense "
              "official said.", None),
        ("b", "Five American personnel were hurt on Friday in a drone attack against US forces "
              "in Syria, the Pentagon said.", None),
    ], [["a", "b"]]),
    S("no-pubdate-country-toll-and-group", [
        ("a", "A US air strike in Iraq killed three Kataib Hezbollah members late on Wednesday, "
              "the group said.", None),
        ("b", "Three fighters were killed on Wednesday when US aircraft struck Kataib Hezbollah "
              "in Iraq.", None),
    ], [["a", "b"]]),
    S("apart-no-pubdate-country-toll-only", [
        ("a", "US forces struck militia sites in Iraq, killing two fighters, officials said.",
         None),
        ("b", "American aircraft hit facilities of Iran-backed militias in Iraq, killing two "
              "militants.", None),
    ], [["a"], ["b"]]),
    S("apart-no-pubdate-country-toll-other-weekday", [
        ("a", "US forces struck militia sites in Iraq on Tuesday, killing two fighters.", None),
        ("b", "American aircraft hit militia facilities in Iraq on Friday, killing two "
              "militants.", None),
    ], [["a"], ["b"]]),
    S("apart-no-pubdate-country-weekday-only", [
        ("a", "US forces struck militia sites in Iraq on Tuesday, officials said.", None),
        ("b", "American aircraft hit militia facilities in Iraq on Tuesday, a spokesman said.",
         None),
    ], [["a"], ["b"]]),
    S("apart-no-pubdate-country-two-candidates", [
        ("a", "US forces struck militia sites in Iraq on Tuesday, Jan. 23, 2024, killing two "
              "fighters.", "2024-01-24"),
        ("b", "US forces struck militia sites in Iraq on Tuesday, Jan. 30, 2024, killing two "
              "fighters.", "2024-01-31"),
        ("c", "American aircraft hit militia facilities in Iraq on Tuesday. Two militants were "
              "killed, Iraqi security sources said.", None),
    ], [["a"], ["b"], ["c"]]),
    # ------------------------------------------------------------------ another place it may be
    # (its country, its city or governorate), no publication date: two pieces of evidence
    S("no-pubdate-town-and-governorate-toll", [
        ("a", "US aircraft struck weapons depots in Deir ez-Zor province on Sunday, killing six "
              "militants and wounding three, a monitor said.", "2023-10-30"),
        ("b", "Six fighters were killed and three hurt when American jets bombed depots near "
              "Albu Kamal, the Syrian Observatory said.", None),
    ], [["a", "b"]]),
    S("no-pubdate-country-and-town-weekday-toll", [
        ("a", "US jets hit a militia compound in al-Mayadin on Oct. 26, 2023, killing five "
              "people, a war monitor reported.", "2023-10-27"),
        ("b", "Five were killed on Thursday when US warplanes attacked a compound in Syria used "
              "by Iran-backed groups.", None),
    ], [["a", "b"]]),
    S("no-pubdate-site-and-city-weekday-wounded", [
        ("a", "A drone attack in Erbil on Thursday night wounded two US troops, Kurdish "
              "authorities said.", "2024-01-05"),
        ("b", "Two American service members were injured on Thursday when a drone struck the "
              "air base at Erbil airport.", None),
    ], [["a", "b"]]),
    S("no-pubdate-site-and-governorate-weekday-wounded", [
        ("a", "A rocket attack on a base in Anbar province wounded three US troops on Jan. 20, "
              "2024, a US official said.", "2024-01-21"),
        ("b", "Rockets struck Ain al-Asad on Saturday, injuring three US personnel, officials "
              "said.", None),
    ], [["a", "b"]]),
    # ------------------------------------------------ one article tells the attack twice
    # An undated lead at the city and a dated line at a site of it: the lead is a second reading
    # of the attack; it gathers no reports of its own and joins the attack's incident at the end.
    S("second-reading-city-lead-and-airport-line", [
        ("a", "Missile strikes by the Revolutionary Guards on Erbil drew sharp condemnation from "
              "Baghdad. The Guards said ballistic missiles hit a site at Erbil International "
              "Airport on Monday night, killing four people.", "2024-01-16"),
        ("b", "Four people were killed when Iranian ballistic missiles struck Erbil on Monday, "
              "Kurdish officials said.", "2024-01-16"),
        ("c", "The Revolutionary Guards fired missiles at Erbil, killing four civilians, the "
              "Kurdish government said.", None),
    ], [["a@Erbil", "a@Erbil International Airport", "b", "c"]]),
    S("second-reading-rocket-fire-and-green-zone", [
        ("a", "Rocket fire on Baghdad alarmed foreign diplomats, the foreign ministry said. Three "
              "rockets landed inside the Green Zone near the US embassy on Friday, a security "
              "official said.", "2023-12-09"),
        ("b", "Three rockets hit Baghdad on Friday, police said.", "2023-12-09"),
        ("c", "Rockets were launched at Baghdad, the Iraqi army said, without giving a date.", None),
    ], [["a@Baghdad", "a@Green Zone", "b"], ["c"]]),
    S("second-reading-passive-lead-and-victory-base", [
        ("a", "Baghdad was targeted by rocket fire, the defence ministry said. Two Katyusha "
              "rockets slammed into the Victory base by Baghdad International Airport late on "
              "Tuesday, according to security sources.", "2024-09-11"),
        ("b", "Rockets struck Baghdad late on Tuesday, police said.", "2024-09-11"),
        ("c", "Two rockets fell on Baghdad, a security source said.", "2024-09-11"),
    ], [["a@Baghdad", "a@Baghdad International Airport", "b", "c"]]),
    S("apart-second-reading-another-weapon", [
        ("a", "Drones attacked Erbil, the Kurdish regional government said. Separately, two "
              "rockets hit Erbil International Airport on Tuesday, officials said.", "2024-01-10"),
        ("b", "Two rockets struck Erbil on Tuesday, Kurdish officials said.", "2024-01-10"),
    ], [["a@Erbil International Airport", "b"], ["a@Erbil"]]),
    # neither is the more precise: a dated report of the city (or governorate, or country) and an
    # undated one of a site there, with no publication date, tied on two pieces of evidence
    S("no-pubdate-site-and-city-night-killed", [
        ("a", "A drone strike in Erbil killed a Peshmerga officer late on Tuesday, the Kurdish "
              "region's security council said.", "2024-01-10"),
        ("b", "One officer was killed when a drone hit Harir airbase on Tuesday night, "
              "according to local sources.", None),
    ], [["a", "b"]]),
    S("no-pubdate-base-and-governorate-passive-wounded", [
        ("a", "Five American soldiers were hurt in a rocket attack in Anbar governorate on Monday, "
              "Aug. 5, 2024, defense officials said.", "2024-08-06"),
        ("b", "On Monday rockets were launched at the Ain al-Asad airbase, leaving five US "
              "personnel injured.", None),
    ], [["a", "b"]]),
    S("no-pubdate-site-and-country-weekday-wounded", [
        ("a", "Militants wounded eight US service members in a missile attack in Iraq on "
              "Nov. 20, 2023, the Pentagon said.", "2023-11-21"),
        ("b", "Eight American troops were injured on Monday when a ballistic missile hit the "
              "al-Asad airbase.", None),
    ], [["a", "b"]]),
    S("apart-no-pubdate-site-and-city-figure-only", [
        ("a", "A drone attack in Erbil wounded two US troops on Jan. 4, 2024, Kurdish "
              "authorities said.", "2024-01-05"),
        ("b", "Two American service members were hurt when a drone struck the air base at "
              "Erbil airport.", None),
    ], [["a"], ["b"]]),
    S("apart-no-pubdate-site-two-dated-governorate-reports", [
        ("a", "A rocket attack on a base in Anbar province wounded three US troops on Jan. 20, "
              "2024, a US official said.", "2024-01-21"),
        ("b", "A rocket attack on a base in Anbar province wounded three US troops on Jan. 27, "
              "2024, a US official said.", "2024-01-28"),
        ("c", "Rockets struck Ain al-Asad on Saturday, injuring three US personnel, officials "
              "said.", None),
    ], [["a"], ["b"], ["c"]]),
    S("apart-no-pubdate-another-place-toll-only", [
        ("a", "US aircraft struck weapons depots in Deir ez-Zor province on Sunday, killing six "
              "militants, a monitor said.", "2023-10-30"),
        ("b", "Six fighters were killed when American jets bombed depots near Albu Kamal, the "
              "Syrian Observatory said.", None),
    ], [["a"], ["b"]]),
    S("apart-no-pubdate-country-two-dated-candidates", [
        ("a", "US jets struck militia depots in al-Mayadin on Oct. 29, 2023, killing six "
              "people.", "2023-10-30"),
        ("b", "US jets struck militia depots near al-Shaddadi on Nov. 12, 2023, killing six "
              "people.", "2023-11-13"),
        ("c", "Six were killed on Sunday when American warplanes bombed militia depots in "
              "Syria.", None),
    ], [["a"], ["b"], ["c"]]),
    # ------------------------------------------------------------------ a capital named by
    # its country
    S("capital-by-country-adjective", [
        ("a", "A US drone strike killed two militia members in Baghdad on Wednesday night.",
         "2024-02-08"),
        ("b", "Two members of an Iran-backed militia died when an American drone hit their car "
              "in the Iraqi capital on Wednesday.", "2024-02-08"),
    ], [["a", "b"]]),
    S("capital-by-country-possessive", [
        ("a", "A US drone strike killed two militia members in Baghdad on Wednesday night.",
         "2024-02-08"),
        ("b", "An American strike in Iraq's capital on Wednesday killed two fighters, police "
              "said.", "2024-02-08"),
    ], [["a", "b"]]),
    # ------------------------------------------------------------------ extraction misses
    S("munition-as-subject-of-wounded", [
        ("a", "Drones wounded five US troops in Syria on Friday, a defense official said.", None),
        ("b", "Five American personnel were hurt on Friday in a drone attack against US forces "
              "in Syria, the Pentagon said.", None),
    ], [["a", "b"]]),
    S("sent-a-drone-against", [
        ("a", "Kataib Hezbollah said its fighters sent a drone against the Shaddadi air base on "
              "Thursday.", "2023-11-03"),
        ("b", "A drone was launched at American forces in al-Shaddadi in Hasakah province on "
              "Thursday, a Pentagon spokesman said.", "2023-11-03"),
    ], [["a", "b"]]),
    # ------------------------------------------------------------------ attacks that stay apart
    S("apart-same-base-same-week", [
        ("a", "Rockets hit Ain al-Asad air base on Monday, a US official said.", "2024-01-15"),
        ("b", "A drone attacked Ain al-Asad air base on Thursday, a US official said.",
         "2024-01-18"),
    ], [["a"], ["b"]]),
    S("apart-same-base-same-weapon", [
        ("a", "Drones targeted Ain al-Asad air base on Monday, causing no injuries.", "2023-10-23"),
        ("b", "Drones targeted Ain al-Asad air base on Thursday, causing no injuries.",
         "2023-10-26"),
    ], [["a"], ["b"]]),
    S("apart-strike-and-attack", [
        ("a", "US forces struck Jurf al-Sakhar on Tuesday in response to attacks on Ain al-Asad "
              "air base.", "2024-01-24"),
        ("b", "Rockets hit Ain al-Asad air base on Saturday, a US official said.", "2024-01-21"),
    ], [["a"], ["b"]]),
    S("apart-strikes-two-provinces", [
        ("a", "US warplanes struck Jurf al-Sakhar in Babil province on Tuesday.", "2024-01-23"),
        ("b", "US warplanes struck al-Qaim in Anbar province on Wednesday.", "2024-01-24"),
    ], [["a"], ["b"]]),
    S("apart-undated-two-candidates", [
        ("a", "Three US troops were wounded when rockets hit Ain al-Asad on Monday.", "2024-01-15"),
        ("b", "Three US troops were wounded when rockets hit Ain al-Asad on Thursday.",
         "2024-01-18"),
        ("c", "Three US troops were wounded in a rocket attack on Ain al-Asad, officials said.",
         None),
    ], [["a"], ["b"], ["c"]]),
    S("apart-country-two-sites", [
        ("a", "A drone attacked al-Tanf on Wednesday, a US official said.", "2023-10-18"),
        ("b", "A drone attacked al-Shaddadi on Wednesday, a US official said.", "2023-10-18"),
        ("c", "A drone attack on US forces in Syria on Wednesday caused no injuries.", "2023-10-18"),
    ], [["a"], ["b"], ["c"]]),
    S("apart-drone-and-rockets-same-day", [
        ("a", "A drone attacked the Erbil air base on Thursday, officials said.", "2024-01-04"),
        ("b", "Rockets were fired at the Erbil air base on Thursday, officials said.",
         "2024-01-04"),
    ], [["a"], ["b"]]),
    S("apart-undated-weeks-apart", [
        ("a", "Drones targeted Ain al-Asad air base, a US official said.", "2023-10-24"),
        ("b", "Drones targeted Ain al-Asad air base, a US official said.", "2023-11-14"),
    ], [["a"], ["b"]]),
    S("apart-two-sides-one-country", [
        ("a", "US aircraft struck militia targets in Iraq on Wednesday, CENTCOM said.",
         "2024-01-17"),
        ("b", "Militants attacked US forces in Iraq with drones on Wednesday, the Pentagon said.",
         "2024-01-17"),
    ], [["a"], ["b"]]),
    S("apart-two-sites-a-day-apart", [
        ("a", "A drone attacked al-Tanf on Wednesday, a US official said.", "2023-10-18"),
        ("b", "A drone attacked al-Tanf on Friday, a US official said.", "2023-10-20"),
    ], [["a"], ["b"]]),
    # ------------------------------------------------ one night told on two weekdays (late / early)
    # Calendar: 2024-09-10 Tue, 2023-11-09 Thu.  An attack in the night is "late Tuesday" for
    # one outlet and "early on Wednesday" for another: the same night, a weekday apart.
    S("night-late-and-small-hours-dated", [
        ("a", "A rocket slammed into the coalition base at Baghdad airport late Tuesday, Iraqi "
              "security officials said.", "2024-09-11"),
        ("b", "Two Katyusha rockets landed near US troops at Baghdad International Airport "
              "early on Wednesday, police said.", None),
    ], [["a", "b"]]),
    S("night-evening-and-early-hours-undated", [
        ("a", "A suicide drone hit a depot at the Harir air base on Thursday night, the "
              "Kurdish counter-terrorism service said.", None),
        ("b", "In the early hours of Friday, a drone packed with explosives struck Harir "
              "airbase in Erbil province.", None),
    ], [["a", "b"]]),
    S("night-evening-and-before-dawn-passive", [
        ("a", "Ain al-Asad was targeted by rockets on Saturday evening, according to a "
              "security source.", None),
        ("b", "Rockets were fired at the Ain al-Asad air base before dawn on Sunday, a US "
              "defence official told reporters.", None),
    ], [["a", "b"]]),
    S("night-late-on-and-weekday-early-hours", [
        ("a", "A drone hit the Conoco facility in Deir ez-Zor late on Saturday, a monitor "
              "reported.", None),
        ("b", "The Conoco gas field base came under drone attack in Sunday's early hours, "
              "activists said.", None),
    ], [["a", "b"]]),
    S("trailing-attribution-weekday-no-pubdate", [
        ("a", "A drone attacked the Harir air base on Nov. 9, 2023, a US official said.",
         "2023-11-10"),
        ("b", "A drone hit the Harir air base on Thursday, police said.", None),
    ], [["a", "b"]]),
    S("apart-night-drone-and-rockets", [
        ("a", "A drone struck the Harir air base late on Tuesday, Kurdish officials said.", None),
        ("b", "Rockets hit the Harir air base early on Wednesday, Kurdish officials said.", None),
    ], [["a"], ["b"]]),
    S("apart-night-two-nights", [
        ("a", "Rockets hit the Ain al-Asad base late on Monday, officials said.", None),
        ("b", "Rockets hit the Ain al-Asad base early on Thursday, officials said.", None),
    ], [["a"], ["b"]]),
    S("apart-night-statement-and-later-attack", [
        ("a", "The Pentagon said late on Tuesday that a drone had hit the Harir air base.", None),
        ("b", "A drone struck the Harir air base early on Wednesday, Kurdish officials said.",
         None),
    ], [["a"], ["b"]]),
    S("apart-night-strike-and-attack-it-answered", [
        ("a", "Kataib Hezbollah fired rockets at the Ain al-Asad base late on Tuesday.", None),
        ("b", "US aircraft struck Kataib Hezbollah near Ain al-Asad early on Wednesday, "
              "killing two fighters.", None),
    ], [["a"], ["b"]]),
    S("apart-weekday-differs-undated", [
        ("a", "A drone attack on Harir air base on Monday caused no damage.", None),
        ("b", "A drone attack on Harir air base on Thursday caused no damage.", None),
    ], [["a"], ["b"]]),
    # ------------------------------------------------ outlets telling one attack (fourteenth
    # session): each set is one attack as three to five kinds of outlet tell it (a release, a
    # wire, a local outlet, a militia's channel, a round-up), with a distractor that must stay
    # apart (another attack on the base days later, a strike the same week elsewhere).  Every
    # sentence is SYNTHETIC, written for this file; the incidents were written before the run.
    # Calendar: 2023-11-08 Wed, 11-09 Thu, 11-12 Sun, 11-13 Mon, 11-20 Mon, 12-25 Mon;
    # 2024-01-20 Sat, 01-22 Mon, 01-28 Sun, 01-30 Tue, 02-07 Wed, 08-05 Mon, 08-09 Fri,
    # 08-13 Tue, 09-10 Tue, 11-11 Mon.
    S("outlets-asad-release-local-west-claim", [
        ("a", "On Jan. 20, 2024, Iran-backed militants fired several ballistic missiles toward Al-Asad "
              "Air Base, Central Command said in a statement.", "2024-01-21"),
        ("b", "Rockets rained down on Ain al-Asad, the Anbar base, on Saturday evening, a local "
              "security source told our correspondent.", "2024-01-20"),
        ("c", "The Islamic Resistance in Iraq said on Telegram that its fighters pounded the "
              "occupation base of Ain al-Asad with missiles.", "2024-01-20"),
        ("d", "Two rockets hit the Ain al-Asad base on Monday, causing no injuries, officials said.",
         "2024-01-23"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-asad-west-iraq-wounded", [
        ("a", "Several ballistic missiles struck Al-Asad airbase on Saturday, wounding four US "
              "personnel, the Pentagon said.", "2024-01-21"),
        ("b", "Four American service members were hurt when missiles slammed into a base in western "
              "Iraq on Saturday, a US official said.", "2024-01-21"),
        ("c", "A US official said four troops suffered concussions in the missile attack on the Asad "
              "air base.", None),
        ("d", "Rockets struck the Ain al-Asad base on Monday without causing casualties.", "2024-01-23"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-tower22-country-and-outpost", [
        ("a", "Three US soldiers were killed and dozens injured when a one-way drone struck Tower 22, a "
              "small outpost in northeastern Jordan, early on Sunday, the Pentagon said.", "2024-01-28"),
        ("b", "A drone attack on an American outpost in Jordan near the Syrian border killed three "
              "US troops on Sunday.", "2024-01-29"),
        ("c", "The drone that killed three US service members at the Tower 22 outpost came in low "
              "behind a returning American drone, officials believe.", None),
        ("d", "A drone attack on the Tower 22 outpost on Tuesday caused no casualties, a US official "
              "said.", "2024-02-01"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-tower22-claim-country-figure", [
        ("a", "A drone killed three American soldiers at a remote base in Jordan on Sunday, US "
              "officials said.", "2024-01-28"),
        ("b", "The Islamic Resistance in Iraq claimed the drone attack that killed three US "
              "soldiers in Jordan.", "2024-01-30"),
        ("c", "US aircraft struck militia sites in Syria on Tuesday, killing five fighters, a monitor "
              "said.", "2024-01-31"),
    ], [["a", "b"], ["c"]]),
    S("outlets-erbil-airport-monday-claim", [
        ("a", "Three US service members were wounded, one of them critically, when a one-way drone "
              "hit the Erbil air base on Monday, the Pentagon said.", "2023-12-25"),
        ("b", "A drone hit a base hosting American troops at Erbil airport on Monday morning, the "
              "Kurdistan region's counter-terrorism service said.", "2023-12-26"),
        ("c", "Three wounded American troops were evacuated after a drone struck the air base at "
              "Erbil airport, officials said.", None),
        ("d", "A drone attack on the Harir base north of Erbil on Thursday caused no damage, a "
              "coalition official said.", "2023-12-29"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-us-strikes-hillah-country-release", [
        ("a", "American warplanes bombed a Popular Mobilization Forces headquarters in Hillah late on "
              "Monday, killing one fighter and wounding 18 people, security sources said.",
         "2023-12-26"),
        ("b", "US strikes on Kataib Hezbollah sites in Iraq killed one member of the group and "
              "wounded 18, Iraqi officials said.", None),
        ("c", "A drone attack on the Erbil air base on Monday wounded three US troops.", "2023-12-26"),
    ], [["a", "b"], ["c"]]),
    S("outlets-conoco-evening-night-governorate", [
        ("a", "Missiles were fired on Tuesday evening at the American base inside the Conoco gas "
              "field, Syrian state media reported.", "2024-08-14"),
        ("b", "Four missiles launched from Iraqi territory targeted the American base at the Conoco "
              "field on Tuesday night, the resistance said.", None),
        ("c", "Missiles fired on Tuesday at a US base of the Deir ez-Zor province missed their "
              "target, two US officials said.", "2024-08-14"),
        ("d", "Rockets hit the Conoco base on Friday, causing no casualties.", "2024-08-10"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-shaddadi-town-base-claim", [
        ("a", "Rockets targeted the US base at al-Shaddadi in Hasakah province on Sunday, a monitor "
              "said.", "2023-11-13"),
        ("b", "US forces in the town of al-Shaddadi came under rocket fire on Sunday evening, "
              "Kurdish-led forces said.", "2023-11-13"),
        ("c", "The Islamic Resistance in Iraq said it fired a barrage of rockets at the American "
              "occupation base in al-Shaddadi.", "2023-11-12"),
        ("d", "Drones attacked the Rumalyn landing zone on Sunday, a US official said.", "2023-11-13"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-baghdad-commander-us-local-night", [
        ("a", "A US drone strike in Baghdad on Wednesday evening killed a senior Kataib Hezbollah "
              "commander, US officials said.", "2024-02-07"),
        ("b", "Three people, among them a Kataib Hezbollah commander, were killed early on Thursday "
              "when an American drone hit their car in eastern Baghdad.", "2024-02-08"),
        ("c", "Central Command said its forces killed a Kataib Hezbollah commander responsible for "
              "attacks on US troops in a strike in Baghdad.", None),
        ("d", "A US drone strike in Baghdad on Thursday killed a commander of the Nujaba movement.",
         "2024-01-05"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-harir-telegram-weekday", [
        ("a", "A drone attacked the Harir air base in Erbil province on Thursday, a coalition official "
              "said.", "2023-11-10"),
        ("b", "The Islamic Resistance in Iraq said on Telegram that it had struck the American base at "
              "Harir with a drone.", "2023-11-09"),
        ("c", "A drone struck the Harir airbase on Thursday without causing injuries, Kurdish "
              "officials said.", None),
        ("d", "Another drone attack targeted the Harir air base on Sunday, officials said.",
         "2023-11-14"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-syria-strike-release-monitor-figure", [
        ("a", "Two US F-15 jets bombed an arms depot of Iran's Revolutionary Guards in eastern Syria "
              "on Wednesday, the Pentagon said.", "2023-11-09"),
        ("b", "Nine fighters were killed in the US strike on a weapons depot in Deir ez-Zor on "
              "Wednesday night, the Syrian Observatory for Human Rights said.", "2023-11-09"),
        ("c", "The American air strike on a weapons depot in Syria killed nine militiamen, a "
              "war monitor said.", "2023-11-10"),
        ("d", "US aircraft struck a training site and a safe house in Syria on Sunday, the Pentagon "
              "said.", "2023-11-13"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-mayadin-country-governorate-town-toll", [
        ("a", "US forces struck nine targets in Syria on Monday in reply to attacks on American "
              "personnel, Central Command said.", "2024-11-11"),
        ("b", "US air strikes near al-Mayadin killed four militia members and wounded ten early on "
              "Monday, a monitor said.", "2024-11-12"),
        ("c", "Four pro-Iran fighters were killed and ten wounded in American strikes in Deir ez-Zor, "
              "the monitor said.", None),
        ("d", "A US strike hit a weapons depot near Albu Kamal on Thursday, killing two fighters.",
         "2024-11-15"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-victory-base-city-and-site", [
        ("a", "Rockets struck a Baghdad base where US troops are stationed on Monday evening, "
              "officials said.", "2024-10-01"),
        ("b", "Three rockets were fired at the Victory base near Baghdad International Airport late "
              "on Monday, two of them shot down, a security source said.", "2024-10-01"),
        ("c", "Katyusha rockets targeted the Victory base at Baghdad airport overnight, the Iraqi "
              "army said.", "2024-10-01"),
        ("d", "Two rockets struck near Baghdad airport on Tuesday, Sept. 10, 2024, hours before the "
              "Iranian president's visit.", "2024-09-11"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-jurf-town-and-country-release", [
        ("a", "US forces struck three sites in Iraq used by Kataib Hezbollah early on Wednesday, the "
              "Pentagon said.", "2024-01-24"),
        ("b", "American jets bombed a militia headquarters in Jurf al-Sakhar, south of Baghdad, early "
              "on Wednesday, security officials said.", "2024-01-24"),
        ("c", "The US strikes on the town of Jurf al-Sakhar destroyed a command centre of Kataib "
              "Hezbollah, a militia official said.", "2024-01-25"),
        ("d", "A drone attack on the Ain al-Asad base on Wednesday caused no damage.", "2024-01-24"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-green-village-rockets-missiles", [
        ("a", "Rockets struck the Green Village base in eastern Syria on Monday, a coalition "
              "spokesman said.", "2024-08-06"),
        ("b", "Missiles fired by Iran-aligned militants hit the US Green Village base in Deir ez-Zor "
              "on Monday, the Syrian Observatory said.", "2024-08-06"),
        ("c", "The Islamic Resistance in Iraq said it bombarded the Green Village occupation base "
              "with missiles.", "2024-08-05"),
        ("d", "Drones attacked the al-Omar oil field base on Monday, the Kurdish-led forces said.",
         "2024-08-06"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-asad-rockets-us-local-wounded", [
        ("a", "Five US personnel were injured on Monday when rockets hit the Ain al-Asad base in "
              "western Iraq, US officials said.", "2024-08-05"),
        ("b", "A rocket attack on the Ain al-Asad airbase on Tuesday wounded five American "
              "personnel, an Iraqi security official said.", "2024-08-06"),
        ("c", "Five US troops were wounded when Katyusha rockets struck the Asad air base, the "
              "Pentagon said.", None),
        ("d", "Rockets struck the Ain al-Asad base on Friday without causing casualties.",
         "2024-08-10"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-tanf-drones-spelling-and-claim", [
        ("a", "Two drones targeted the al-Tanf garrison in southern Syria on Wednesday, a US defence "
              "official said.", "2023-10-19"),
        ("b", "The At Tanf base was attacked by drones on Wednesday, one of which was shot down, the "
              "coalition said.", "2023-10-18"),
        ("c", "The Islamic Resistance in Iraq said it struck the American base of al-Tanf with two "
              "drones.", "2023-10-18"),
        ("d", "US forces shot down a drone approaching the al-Tanf garrison on Monday.", "2023-10-24"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-abu-ghraib-vehicle-strike", [
        ("a", "A US strike on a vehicle near Abu Ghraib late on Monday killed one Kataib Hezbollah "
              "fighter, the group said.", "2023-11-21"),
        ("b", "An American gunship destroyed a militia truck near Abu Ghraib, killing one member of "
              "Kataib Hezbollah, Iraqi security sources said.", None),
        ("c", "One fighter died when an American aircraft struck a car outside Abu Ghraib on "
              "Tuesday, a militia source said.", "2023-11-21"),
        ("d", "A US drone strike in Baghdad on Thursday killed a commander of the Nujaba movement.",
         "2024-01-05"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-rumalyn-drones-local-and-us", [
        ("a", "Drones targeted the Rumalyn base in Hasakah province on Friday, the Syrian Observatory "
              "said.", "2024-08-10"),
        ("b", "Coalition forces shot down two drones approaching the Rumalyn landing zone on Friday, "
              "a US official said.", "2024-08-10"),
        ("c", "The Islamic Resistance in Iraq said on Telegram it attacked the occupation base at "
              "Rumalyn with drones.", "2024-08-09"),
        ("d", "Drones attacked the Rumalyn landing zone again on Monday, causing no damage.",
         "2024-08-13"),
    ], [["a", "b", "c"], ["d"]]),
    S("outlets-erbil-airport-us-time-wounded", [
        ("a", "Two US service members suffered minor injuries when a drone hit the Erbil air base "
              "late on Thursday, a defense official said.", "2024-01-05"),
        ("b", "A drone struck the coalition base at Erbil International Airport early on Friday, "
              "wounding two American soldiers, Kurdish officials said.", "2024-01-05"),
        ("c", "Two American troops were lightly hurt when a drone struck the air base at Erbil "
              "airport, the Pentagon said.", "2024-01-06"),
        ("d", "A drone attack on the Erbil air base on Monday caused no injuries.", "2024-01-09"),
    ], [["a", "b", "c"], ["d"]]),
    # ------------------------------------------------ outlets: sets that must stay apart
    S("outlets-apart-undated-two-asad-attacks", [
        ("a", "Rockets struck the Ain al-Asad base on Saturday, a US official said.", "2024-01-21"),
        ("b", "Rockets hit the Ain al-Asad base on Monday, officials said.", "2024-01-23"),
        ("c", "Rockets were fired at the Ain al-Asad base, an Iraqi security source said.",
         "2024-01-23"),
    ], [["a"], ["b"], ["c"]]),
    S("outlets-apart-undated-no-pubdate-busy-base", [
        ("a", "Rockets struck the Ain al-Asad base on Saturday, a US official said.", "2024-01-21"),
        ("b", "Rockets hit the Ain al-Asad base on Monday, officials said.", "2024-01-23"),
        ("c", "Rockets were fired at the Ain al-Asad base, an Iraqi security source said.", None),
    ], [["a"], ["b"], ["c"]]),
    S("outlets-apart-strike-other-country-same-week", [
        ("a", "US jets struck Kataib Hezbollah sites in Iraq on Tuesday, the Pentagon said.",
         "2024-01-24"),
        ("b", "US aircraft struck militia depots in Syria on Tuesday, a monitor said.", "2024-01-24"),
        ("c", "The US strikes in Iraq hit three Kataib Hezbollah facilities, a US official said.",
         "2024-01-24"),
    ], [["a", "c"], ["b"]]),
    S("outlets-apart-drone-and-rockets-same-base-same-day", [
        ("a", "A drone attacked the Harir air base on Thursday, a coalition official said.",
         "2023-11-10"),
        ("b", "Rockets were fired at the Harir air base on Thursday, Kurdish officials said.",
         "2023-11-10"),
        ("c", "The Islamic Resistance in Iraq said its drone struck the Harir base.", "2023-11-10"),
    ], [["a", "c"], ["b"]]),
    S("outlets-apart-militia-attack-and-us-reply-same-day", [
        ("a", "Militants fired rockets at the Ain al-Asad base on Monday, wounding two US troops.",
         "2024-08-06"),
        ("b", "US aircraft struck the militants who fired the rockets near Ain al-Asad on Monday, "
              "killing two.", "2024-08-06"),
    ], [["a"], ["b"]]),
    S("outlets-apart-two-bases-one-governorate", [
        ("a", "Rockets hit the Conoco base in Deir ez-Zor province on Tuesday, a monitor said.",
         "2024-08-14"),
        ("b", "Drones attacked the Green Village base in Deir ez-Zor province on Tuesday, the "
              "coalition said.", "2024-08-14"),
        ("c", "Missiles were fired at the Conoco gas field base on Tuesday, Syrian state media said.",
         "2024-08-14"),
    ], [["a", "c"], ["b"]]),
    S("outlets-apart-same-figure-other-week", [
        ("a", "Rockets wounded two US troops at the Ain al-Asad base on Saturday.", "2024-01-21"),
        ("b", "Rockets wounded two US troops at the Ain al-Asad base on Saturday.", "2024-02-04"),
        ("c", "Two US troops were wounded by rockets at the Ain al-Asad base, officials said.",
         "2024-02-04"),
    ], [["a"], ["b", "c"]]),
    S("outlets-apart-weekday-two-days-off-no-pubdate", [
        ("a", "A drone struck the al-Tanf garrison on Wednesday, a US official said.", "2023-10-19"),
        ("b", "A drone struck the al-Tanf garrison on Friday, a US official said.", None),
    ], [["a"], ["b"]]),
    S("outlets-apart-country-only-no-pubdate-one-figure", [
        ("a", "A US strike in Iraq killed two militia members on Thursday, officials said.",
         "2024-01-05"),
        ("b", "Two militia members were killed in a US strike in Iraq, officials said.", None),
    ], [["a"], ["b"]]),
    S("outlets-apart-tower22-and-asad-same-weekend", [
        ("a", "Three US soldiers were killed by a drone at Tower 22 in Jordan on Sunday.",
         "2024-01-28"),
        ("b", "A drone attacked the Ain al-Asad base in Iraq on Sunday, causing no injuries.",
         "2024-01-28"),
        ("c", "The drone strike on US forces in Jordan killed three soldiers, the Pentagon said.",
         "2024-01-29"),
    ], [["a", "c"], ["b"]]),
    S("outlets-apart-site-and-other-city", [
        ("a", "Rockets hit the Victory base near Baghdad airport on Monday, police said.", "2024-10-01"),
        ("b", "A drone attacked the Erbil air base on Monday, Kurdish officials said.", "2024-10-01"),
        ("c", "Rockets targeted a base in Baghdad on Monday evening, officials said.", "2024-10-01"),
    ], [["a", "c"], ["b"]]),
    # ------------------------------------------------ outlets: forms of the date and the toll
    S("outlets-undated-figure-pubdate-week", [
        ("a", "A ballistic missile attack on the Ain al-Asad base on Monday wounded eight US "
              "service members, the Pentagon said.", "2023-11-21"),
        ("b", "Eight American troops were hurt in the missile attack on Ain al-Asad, officials "
              "said.", "2023-11-24"),
        ("c", "A US gunship struck the militants' vehicle after the missile attack on Ain al-Asad, "
              "killing one.", "2023-11-22"),
    ], [["a", "b"], ["c"]]),
    S("outlets-last-night-pubdate", [
        ("a", "A drone attacked the Erbil air base on Thursday night, the coalition said.",
         "2024-01-05"),
        ("b", "A drone targeted the Erbil air base last night, Kurdish officials said.", "2024-01-05"),
        ("c", "The Islamic Resistance in Iraq claimed a drone strike on the Erbil air base.",
         "2024-01-05"),
    ], [["a", "b", "c"]]),
    S("outlets-date-in-words-and-weekday", [
        ("a", "On the 13th of August, missiles were fired at the Conoco base in Syria, officials "
              "said.", "2024-08-20"),
        ("b", "Missiles targeted the Conoco base on Tuesday night, Syrian media said.", "2024-08-14"),
        ("c", "Rockets hit the Conoco base on Friday, causing no casualties.", "2024-08-10"),
    ], [["a", "b"], ["c"]]),
    S("outlets-figure-in-words-and-digits", [
        ("a", "Rockets wounded five American personnel at the Ain al-Asad base on Monday.",
         "2024-08-06"),
        ("b", "5 US personnel were injured when rockets struck Ain al-Asad, the Pentagon said.",
         None),
        ("c", "Rockets hit the Ain al-Asad base on Friday without casualties.", "2024-08-10"),
    ], [["a", "b"], ["c"]]),
    S("outlets-governorate-and-base-same-day", [
        ("a", "Rockets hit a base hosting US troops in Anbar province on Monday, police said.",
         "2024-08-06"),
        ("b", "Rockets struck the Ain al-Asad base on Monday, wounding five US personnel.",
         "2024-08-06"),
        ("c", "The Islamic Resistance in Iraq said it targeted the Ain al-Asad base with rockets.",
         "2024-08-06"),
    ], [["a", "b", "c"]]),
    S("outlets-two-outlets-one-claim-named-group", [
        ("a", "Kataib Hezbollah said it fired drones at the Harir base on Tuesday.", "2024-03-06"),
        ("b", "A drone struck the Harir air base early on Wednesday; Kataib Hezbollah claimed the "
              "attack.", "2024-03-06"),
        ("c", "Drones hit the Harir base, Kataib Hezbollah said.", None),
    ], [["a", "b", "c"]]),
    S("outlets-british-spelling-defence-ministry", [
        ("a", "The Iraqi defence ministry said rockets had targeted the Ain al-Asad airbase on "
              "Saturday.", "2024-01-21"),
        ("b", "Rockets were launched at the Ain al-Asad air base on Saturday, the US military said.",
         "2024-01-21"),
        ("c", "Several rockets landed inside the Ain al-Asad base on Saturday, a security source said.",
         "2024-01-20"),
    ], [["a", "b", "c"]]),
    S("outlets-round-up-and-single", [
        ("a", "Militants attacked US forces three times on Friday: drones at Harir, rockets at Ain "
              "al-Asad and a drone at al-Tanf, the Pentagon said.", "2023-10-28"),
        ("b", "Rockets hit the Ain al-Asad base on Friday, an Iraqi security source said.",
         "2023-10-28"),
        ("c", "A drone targeted the al-Tanf garrison on Friday, a US official said.", "2023-10-28"),
    ], [["a@Ain al-Asad Air Base", "b"], ["a@al-Tanf garrison", "c"], ["a@Harir Air Base"]]),
    S("outlets-telegram-claim-next-day-pub", [
        ("a", "Drones attacked the al-Omar oil field base on Sunday, the coalition said.",
         "2024-08-05"),
        ("b", "The Islamic Resistance in Iraq said on Telegram that it targeted the al-Omar field "
              "base with drones.", "2024-08-05"),
        ("c", "Drones attacked the al-Omar oil field base on Thursday.", "2024-08-09"),
    ], [["a", "b"], ["c"]]),
    S("outlets-centcom-release-date-line", [
        ("a", "TAMPA, Fla. - On Nov. 12, U.S. forces conducted precision strikes on a training "
              "facility in Albu Kamal, Syria, U.S. Central Command said.", "2023-11-13"),
        ("b", "American warplanes bombed a militia training camp in Albu Kamal on Sunday night, the "
              "Syrian Observatory said.", "2023-11-13"),
        ("c", "US strikes near Albu Kamal killed eight militants, the monitor said.", "2023-11-14"),
        ("d", "US jets struck a militia depot near al-Mayadin on Sunday, a monitor said.",
         "2023-11-13"),
    ], [["a", "b", "c"], ["d"]]),
    # ------------------------------------------------ an undated report with a publication date
    # at another level of place (the country, the governorate, the city of a site): tied on
    # specific evidence to a report dated in its publication window, as two reports of only a
    # country are (not by the window alone: one candidate is a guess)
    S("pubweek-undated-site-dated-country-wounded", [
        ("a", "Rockets wounded five US personnel at a base in Iraq on Monday, the Pentagon said.",
         "2024-08-06"),
        ("b", "Five American personnel were hurt in the rocket attack on the Ain al-Asad airbase, "
              "Iraqi officials said.", "2024-08-07"),
    ], [["a", "b"]]),
    S("pubweek-undated-city-dated-site-claimant", [
        ("a", "Kataib Hezbollah claimed a drone attack on the Erbil air base on Monday.", "2023-12-26"),
        ("b", "Kataib Hezbollah said it had targeted the Americans in Erbil with a drone.",
         "2023-12-27"),
    ], [["a", "b"]]),
    S("pubweek-undated-governorate-dated-town-toll", [
        ("a", "US strikes on a depot near Albu Kamal on Sunday killed six fighters, a monitor said.",
         "2023-11-12"),
        ("b", "Six militiamen died in an American air strike on a depot in Deir ez-Zor province, the "
              "monitor said.", "2023-11-14"),
    ], [["a", "b"]]),
    S("pubweek-undated-country-dated-city-target", [
        ("a", "A US drone strike in Baghdad on Wednesday killed a Kataib Hezbollah commander.",
         "2024-02-08"),
        ("b", "An American drone strike killed a Kataib Hezbollah commander in Iraq, the Iraqi "
              "government said.", "2024-02-09"),
    ], [["a", "b"]]),
    S("apart-pubweek-figure-outside-the-week", [
        ("a", "Rockets wounded two US troops at the Ain al-Asad base on Saturday.", "2024-01-21"),
        ("b", "Two US troops were wounded in a rocket attack in Iraq, officials said.", "2024-02-12"),
    ], [["a"], ["b"]]),
    S("apart-pubweek-two-dated-places-same-figure", [
        ("a", "Rockets wounded two US troops at the Harir air base on Sunday.", "2024-01-22"),
        ("b", "Rockets wounded two US troops at the Ain al-Asad base on Sunday.", "2024-01-22"),
        ("c", "Two American troops were hurt in a rocket attack in Iraq, officials said.",
         "2024-01-23"),
    ], [["a"], ["b"], ["c"]]),
    S("apart-pubweek-country-no-evidence", [
        ("a", "Rockets struck the Ain al-Asad base on Saturday, a US official said.", "2024-01-21"),
        ("b", "Rockets were fired at a base in Iraq, officials said.", "2024-01-22"),
    ], [["a"], ["b"]]),
    # ------------------------------------------------ an attack on a base that does not name its
    # attacker is no strike by the side that holds the base: no candidate of a US strike
    S("holder-strike-syria-and-base-attack-same-day", [
        ("a", "US aircraft struck militia positions in Syria on Tuesday, a US official said.",
         "2024-08-14"),
        ("b", "American jets bombed a militia depot near al-Mayadin on Tuesday, a monitor said.",
         "2024-08-14"),
        ("c", "Rockets hit the Conoco base on Tuesday, causing no casualties.", "2024-08-14"),
    ], [["a", "b"], ["c"]]),
    S("holder-strike-iraq-country-and-base-attack", [
        ("a", "US jets struck Kataib Hezbollah sites in Iraq on Tuesday night, the Pentagon said.",
         "2024-01-24"),
        ("b", "An attack on the Harir air base on Tuesday caused no damage, officials said.",
         "2024-01-24"),
        ("c", "American warplanes bombed Kataib Hezbollah depots in Iraq on Tuesday, officials "
              "said.", "2024-01-24"),
    ], [["a", "c"], ["b"]]),
    S("holder-strike-governorate-and-base-attack", [
        ("a", "US bombers struck militia targets in Deir ez-Zor province on Friday, a monitor said.",
         "2024-02-03"),
        ("b", "Drones attacked the Green Village base on Friday without causing damage.",
         "2024-02-03"),
        ("c", "American aircraft hit a militia headquarters near al-Mayadin on Friday, killing five, "
              "the monitor said.", "2024-02-03"),
    ], [["a", "c"], ["b"]]),
    # ------------------------------------------------ the day told in the next sentence (sixteenth
    # session, linkdev): an undated report with no publication date whose weekday comes only in
    # the sentence after its attack ("... drones targeted the base. The incident happened early
    # Wednesday."), and near-misses that must stay as they are.  Every sentence is SYNTHETIC,
    # written for this file; the incidents were written before the run.
    # Calendar: 2023-10-18 Wed, 10-23 Mon, 11-08 Wed, 11-20 Mon; 2024-01-20 Sat, 08-06 Tue,
    # 08-13 Tue, 09-10 Tue.
    S("nextday-incident-happened-and-weekday", [
        ("a", "Two one-way drones were aimed at the Ain al-Asad air base, US officials said. "
              "The incident happened before dawn on Wednesday.", None),
        ("b", "Air defences at Ain al-Asad downed a drone on Wednesday, a defence official said.", None),
    ], [["a", "b"]]),
    S("nextday-incident-occurred-and-dated", [
        ("a", "Several missiles were launched at the Conoco base in eastern Syria, a monitor said. "
              "The incident occurred on Tuesday evening.", None),
        ("b", "Missiles hit near the Conoco base in Syria on Tuesday, a US official said.",
         "2024-08-14"),
    ], [["a", "b"]]),
    S("nextday-incident-took-place", [
        ("a", "Rockets landed inside the Harir air base, Kurdish security officials said. "
              "The incident took place on Monday.", None),
        ("b", "A rocket salvo struck the Harir base on Monday without causing casualties.", None),
    ], [["a", "b"]]),
    S("nextday-both-reports", [
        ("a", "A drone was shot down near the al-Tanf garrison, the coalition said. "
              "The incident happened on Wednesday.", None),
        ("b", "US forces at al-Tanf were targeted by a drone, a Pentagon official told reporters. "
              "The incident occurred Wednesday morning.", None),
    ], [["a", "b"]]),
    S("nextday-night-late-and-early", [
        ("a", "Rockets were fired at Victory Base near Baghdad airport, security sources said. "
              "The incident happened late on Tuesday.", None),
        ("b", "Rockets hit Victory Base near Baghdad airport early on Wednesday, the sources said.",
         None),
    ], [["a", "b"]]),
    S("nextday-three-outlets", [
        ("a", "Two drones targeted the Ain al-Asad base in Anbar, a security source said. "
              "The incident happened on Monday night.", None),
        ("b", "A pair of drones was intercepted over the Ain al-Asad airbase on Monday, officials "
              "said.", None),
        ("c", "Ain al-Asad came under drone attack on Monday, Iraqi media reported.", None),
    ], [["a", "b", "c"]]),
    S("nextday-undated-dated-figure", [
        ("a", "A drone exploded at the Erbil air base, wounding three US personnel. "
              "The incident occurred on Monday.", None),
        ("b", "A drone wounded three Americans at the Erbil air base on Monday, the Pentagon said.",
         "2023-12-26"),
    ], [["a", "b"]]),
    S("nextday-with-pubdate", [
        ("a", "Rockets struck the Ain al-Asad base, officials said. The incident happened on "
              "Saturday evening.", "2024-01-21"),
        ("b", "Several rockets hit Ain al-Asad on Saturday, wounding two Americans.", "2024-01-21"),
    ], [["a", "b"]]),
    S("nextday-strike-country-weekday-figure", [
        ("a", "US jets struck a weapons depot in Syria, killing nine fighters, a monitor said. "
              "The incident occurred on Wednesday.", None),
        ("b", "American F-15s hit an arms store in Syria on Wednesday; nine fighters were killed, "
              "the monitor said.", None),
    ], [["a", "b"]]),
    S("nextday-conoco-shells", [
        ("a", "Shells fired by a militia fell short of the Conoco base, a security source said. "
              "The incident happened on Tuesday.", None),
        ("b", "Militants shelled the Conoco base in Syria on Tuesday, missing it, US officials "
              "said.", None),
        ("c", "Rockets hit the Conoco base on Saturday, two US officials said.", "2024-08-11"),
    ], [["a", "b"], ["c"]]),
    # near-misses: must stay apart
    S("apart-nextday-other-weekday", [
        ("a", "Two drones were aimed at the Ain al-Asad air base, officials said. "
              "The incident happened on Friday.", None),
        ("b", "A drone targeted the Ain al-Asad air base on Wednesday, officials said.", None),
    ], [["a"], ["b"]]),
    S("apart-nextday-statement-day", [
        ("a", "Two drones were aimed at the Ain al-Asad air base, officials said. "
              "The Pentagon confirmed the incident on Wednesday.", None),
        ("b", "A drone targeted the Ain al-Asad air base on Wednesday, officials said.", None),
    ], [["a"], ["b"]]),
    S("apart-nextday-other-base", [
        ("a", "A drone was aimed at the Harir air base, officials said. The incident happened "
              "on Tuesday.", None),
        ("b", "A drone targeted the Ain al-Asad air base on Tuesday, officials said.", None),
    ], [["a"], ["b"]]),
    S("apart-nextday-other-weapon", [
        ("a", "A drone was aimed at the Harir air base, officials said. The incident happened "
              "on Tuesday.", None),
        ("b", "Rockets were fired at the Harir air base on Tuesday, officials said.", None),
    ], [["a"], ["b"]]),
    S("apart-nextday-two-tuesdays", [
        ("a", "Rockets were fired at the Conoco base in Syria, a monitor said. The incident "
              "happened on Tuesday.", None),
        ("b", "Rockets struck the Conoco base on Tuesday, a US official said.", "2024-08-07"),
        ("c", "Rockets struck the Conoco base on Tuesday, a US official said.", "2024-08-14"),
    ], [["a"], ["b"], ["c"]]),
    S("apart-nextday-no-weekday", [
        ("a", "Two drones were aimed at the al-Tanf garrison, officials said. The incident "
              "happened at night.", None),
        ("b", "A drone targeted the al-Tanf garrison on Wednesday, officials said.", None),
    ], [["a"], ["b"]]),
    S("apart-nextday-two-attacks-before", [
        ("a", "A drone targeted the Harir air base and rockets hit the Ain al-Asad base, "
              "officials said. The incident happened on Thursday.", None),
        ("b", "A drone targeted the Harir air base on Monday, officials said.", None),
    ], [["a@Harir Air Base"], ["a@Ain al-Asad Air Base"], ["b"]]),
    S("apart-nextday-strike-country-weekday-only", [
        ("a", "US jets struck a weapons depot in Syria, a monitor said. The incident occurred "
              "on Wednesday.", None),
        ("b", "American F-15s hit an arms store in Syria on Wednesday, the monitor said.", None),
    ], [["a"], ["b"]]),
    S("apart-nextday-incident-of-a-later-day", [
        ("a", "Rockets were fired at the Ain al-Asad air base on Monday, officials said.",
         "2023-11-21"),
        ("b", "Rockets were fired at the Ain al-Asad air base, officials said. The incident "
              "happened on Saturday.", None),
    ], [["a"], ["b"]]),
    # the same with other words for the day's sentence ("the attack took place", "the strike
    # happened")
    S("nextday-the-attack-took-place", [
        ("a", "Several rockets landed near the Victory base by Baghdad airport, a police source "
              "said. The attack took place on Tuesday night.", None),
        ("b", "Rockets struck Victory Base near Baghdad airport on Tuesday night, sources said.",
         None),
    ], [["a", "b"]]),
    S("nextday-the-attack-occurred-dated", [
        ("a", "A drone hit the Conoco base in Syria, causing no injuries. The attack occurred "
              "on Tuesday.", None),
        ("b", "A drone struck the Conoco base on Tuesday, two US officials said.", "2024-08-14"),
    ], [["a", "b"]]),
    S("apart-nextday-the-attack-other-day", [
        ("a", "A drone hit the Conoco base in Syria, causing no injuries. The attack occurred "
              "on Thursday.", None),
        ("b", "A drone struck the Conoco base on Tuesday, two US officials said.", "2024-08-14"),
    ], [["a"], ["b"]]),
    # a state's strike named as background ("in revenge for the U.S. drone strike that killed
    # a general") is no drone attack on a base that state's forces hold: the attack keeps no
    # attacker, and joins the other outlets' reports of it
    S("holder-background-us-strike-not-the-attacker", [
        ("a", "A drone was downed near the Ain al-Asad base, US officials said. The incident "
              "occurred on Wednesday. In January 2020 the base was pounded by Iranian missiles to "
              "avenge the American drone strike which killed a senior Iranian commander.", None),
        ("b", "Ain al-Asad air base was targeted by a drone on Wednesday, a US official said.",
         None),
    ], [["a@Ain al-Asad Air Base", "b"]]),
    S("holder-us-strike-at-a-militia-site-joins", [
        ("a", "US aircraft struck a Kataib Hezbollah depot near al-Qaim on Tuesday, killing two "
              "fighters. The U.S. strike destroyed the depot, the Pentagon said.", "2024-01-24"),
        ("b", "An American air strike on a militia depot near al-Qaim killed two fighters on "
              "Tuesday, a monitor said.", "2024-01-24"),
    ], [["a", "b"]]),
    S("apart-holder-base-attack-and-us-reply", [
        ("a", "Militants fired a drone at the Ain al-Asad base on Monday. Hours later, a U.S. "
              "drone strike killed two militants in Anbar, officials said.", "2023-11-21"),
        ("b", "A drone targeted the Ain al-Asad base on Monday, officials said.", "2023-11-21"),
        ("c", "A US strike killed two militants in Anbar province on Monday, a US official said.",
         "2023-11-21"),
    ], [["a@Ain al-Asad Air Base", "b"], ["a@Iraq", "c"]]),
]


_HOLDER = ("linking: an attack on a base that names no attacker is a candidate of a US strike of that day in "
           "its country, which then has two candidates and stays alone")

#: Sets the linker does not get right yet, by name, with the reason (strictly xfailed: a fix shows).
XFAIL: dict[str, str] = {
    "sent-a-drone-against": "extraction: 'sent a drone against' is no attack verb",
    "figures-grow-same-day": "extraction: 'the number wounded in Monday's attack rose to eight' makes no event",
    "undated-no-pubdate-claimant": "linking: an undated report at a base and a dated one at its town are "
                                   "two places (an undated report is tied only at its own place)",
    "no-pubdate-strikes-answer-one-attack": "extraction: the attack told after 'the strikes came after' makes "
                                            "no event; two US strikes are not tied by the attack they answer",
    "no-pubdate-commander-named": "extraction: a named commander is no target (people are not in the "
                                  "actor table), and a group's 'its commander was killed' no toll",
    "header-line-and-dateline": "extraction: 'the Iraqi capital' is no place, and a dateline without a "
                                "year no publication date",
    "capital-by-country-adjective": "extraction: 'the Iraqi capital' is no place",
    # the outlets' sets (fourteenth session)
    "outlets-baghdad-commander-us-local-night": "extraction: one sentence of a strike in Baghdad makes two events "
                                                "(one with no place) and a named commander's group is no target",
    "outlets-green-village-rockets-missiles": "extraction: 'said it bombarded the base with missiles' makes no event",
    "outlets-abu-ghraib-vehicle-strike": "extraction: 'a gunship destroyed a militia truck near X, killing one' "
                                         "makes no event",
    "outlets-apart-strike-other-country-same-week": "extraction: 'the US strikes in Iraq hit three facilities' "
                                                    "makes no event",
    "outlets-undated-figure-pubdate-week": "extraction: a gunship's strike after the missile attack it answers has "
                                           "no country, and its toll goes to the missile attack",
    "outlets-round-up-and-single": "extraction: a round-up's first weapon ('drones at Harir, rockets at ...') is "
                                   "given to each of its places",
    "outlets-jurf-town-and-country-release": _HOLDER,
    "holder-strike-iraq-country-and-base-attack": _HOLDER,
    "holder-strike-governorate-and-base-attack": _HOLDER,
    # the day told in the next sentence (sixteenth session)
    "nextday-conoco-shells": "extraction: 'shells fired by a militia fell short of the base' makes no event",
}


def _partition(s: Set) -> set[frozenset[str]]:
    docs = [cl.Article(d.article_id, d.text,
                       published=dt.date.fromisoformat(d.published) if d.published else None)
            for d in s.docs]
    x = cl.parse(cl.Corpus(docs))
    ev = x.events
    inc = x.incidents
    of_event = {eid: row.incident_id for row in inc.itertuples()
                for eid in str(row.event_ids).split("; ")}
    keys = [k for group in s.incidents for k in group]
    groups: dict[str, set[str]] = {}
    for key in keys:
        art, _, place = key.partition("@")
        rows = ev[ev.article_id == art]
        if place:
            rows = rows[(rows.place == place) | (rows.place.isna() & (rows.country == place))]
        assert len(rows) == 1, f"{key}: {len(rows)} events: {list(zip(rows.place, rows.text))}"
        groups.setdefault(of_event[rows.event_id.iloc[0]], set()).add(key)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("s", [pytest.param(s, id=s.name, marks=[pytest.mark.xfail(strict=True, reason=XFAIL[s.name])]
                                            if s.name in XFAIL else []) for s in SETS])
def test_battery(s: Set) -> None:
    assert _partition(s) == {frozenset(g) for g in s.incidents}
