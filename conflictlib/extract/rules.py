"""Every rule that makes a row, by name: the values of the ``rule`` column.

Each rule is registered once here with the table it makes rows of, a one-line
description and a sentence of the form it reads; the stages refer to rules by these
constants, so a misspelled name fails at import, and a test checks that every rule
registered here is produced by some case of ``tests/cases`` and that every rule a case
produces is registered.  ``python -m conflictlib.extract.rules`` lists them.
"""

from __future__ import annotations

from typing import NamedTuple


class Rule(NamedTuple):
    name: str
    table: str
    description: str
    example: str


RULES: dict[str, Rule] = {}


def _rule(name: str, table: str, description: str, example: str) -> str:
    if name in RULES:
        raise ValueError(f"rule {name!r} registered twice")
    RULES[name] = Rule(name, table, description, example)
    return name


# -- events (anchors.py) ----------------------------------------------------------------------
ATTACK_NOUN = _rule("attack-noun", "events", "an attack noun phrase, with its count, determiner and modifiers",
                    "Two drone attacks hit the base on Sunday.")
MUNITION_ATTACK_NOUN = _rule("munition-attack-noun", "events", "munitions right before an attack noun",
                             "A drone and rocket attack targeted Harir.")
MUNITION_VERB = _rule("munition-verb", "events", "a munition with an attack, launch or aim verb (one attack, however many munitions)",
                      "Four Katyusha rockets were fired at the base.")
OPERATION_NOUN = _rule("operation-noun", "events",
                       "an operation a verb of carrying out names, with a target after it or a name of its own",
                       "The group carried out two operations against targets near the port.")
SPEAKER_SAID_IT_ATTACKED = _rule("speaker-said-it-attacked", "events", "a speaker says it attacked",
                                 "The Islamic Resistance in Iraq said it targeted Ain al-Asad.")
PASSIVE_ATTACK_VERB = _rule("passive-attack-verb", "events", "a passive attack verb with its subject or a site after it",
                            "The base came under attack late on Sunday.")
ACTOR_ATTACK_VERB = _rule("actor-attack-verb", "events", "an attack verb with an actor as its subject",
                          "Militants attacked US forces at al-Tanf.")
PRONOUN_ATTACK_VERB = _rule("pronoun-attack-verb", "events", "an attack verb whose subject is a pronoun",
                            "It struck the Conoco gas field.")
ORDINAL_ATTACK_VERB = _rule("ordinal-attack-verb", "events",
                            "an attack verb whose subject is an ordinal standing for one of the attacks just counted",
                            "Two drone attacks hit US bases. The first targeted al-Tanf, the second Conoco.")
PRONOUN_GROUP_ATTACK_VERB = _rule("pronoun-group-attack-verb", "events",
                                  "an attack verb whose pronoun subject is the group named just before",
                                  "Kataib Hezbollah has stepped up its campaign. It struck the Conoco gas field.")
CASUALTY_BY_MUNITION = _rule("casualty-by-munition", "events", "a munition that killed or wounded people",
                             "Two soldiers were wounded by an exploding drone at the base.")
ACTOR_KILLED_NUMBER = _rule("actor-killed-number", "events", "a killing of a number of people by a named actor",
                            "Hamas operatives killed about 1,200 people.")
STATE_KILLED_PERSON = _rule("state-killed-person", "events",
                            "a targeted killing of a named or titled person by a state's forces, with its place or day",
                            "The United States assassinated a militia commander in Baghdad on Thursday.")
DOWNED_AIRCRAFT = _rule("downed-aircraft", "events",
                        "a side's forces shooting down another side's aircraft: the shooters' attack, the aircraft its target",
                        "The Houthis shot down an American MQ-9 Reaper off the coast of Yemen.")
TROOPS_KILLED_AT = _rule("troops-killed-at", "events",
                         "a killing of a counted number of a side's troops, at or in a place named right after them",
                         "Officials tied the raid to the killing of four US soldiers at a base in Jordan.")

# -- claims (claims.py) -----------------------------------------------------------------------
SPEAKER_VERB = _rule("speaker-verb", "claims", "a speaker before a speech verb",
                     "A US defense official confirmed the attack.")
VERB_SPEAKER = _rule("verb-speaker", "claims", "a speech verb before its speaker",
                     "No one was hurt, said the Pentagon.")
PRONOUN_SPEAKER = _rule("pronoun-speaker", "claims", "a pronoun speaker: the last speaker or group",
                        "The group said its drones hit their targets.")
STATEMENT_SPEAKER = _rule("statement-speaker", "claims", "a speaker that put out a statement, before the verb of its content",
                          "Kataib Hezbollah issued a statement late on Friday saying its fighters had fired rockets at Harir air base.")
REPORTED_THREAT = _rule("reported-threat", "claims", "a threat reported by a speaker",
                        "A US official said the United States would respond.")
NARRATED_THREAT = _rule("narrated-threat", "claims",
                        "a threat told as a noun, its source after 'from' or 'by'",
                        "The garrison went on alert amid threats of retaliation from Kataib Hezbollah.")
MILITIA_SUBJECT = _rule("militia-subject", "claims",
                        "an unnamed militia side as the subject of a threat: the generic Iran-backed militias",
                        "Several Iraqi factions vowed to keep striking American bases.")
AUTHOR_STATEMENT = _rule("author-statement", "claims",
                         "an article headed as an official's statement or release: its own words are its author's",
                         "Statement by the Pentagon press secretary on the attack at Tower 22. Last night a drone struck our forces at Tower 22.")
COLON_SPEAKER = _rule("colon-speaker", "claims",
                      "a speaker and speech verb ending in a colon: the paragraph after it is what was said",
                      "The press secretary told reporters:\n\nOn Monday our forces struck a drone site near al-Qaim.")
HEADING_SPEAKER = _rule("heading-speaker", "claims",
                        "a transcript's speaker heading in capitals at a paragraph's start: the paragraph is what was said",
                        "GEN. RYDER: On Tuesday, US forces at Harir air base were attacked by a one-way drone.")
COORDINATED_SPEAKERS = _rule("coordinated-speakers", "claims",
                             "two nationalities' officials coordinated before one verb: a row for each",
                             "Iraqi and American officials said a drone struck the camp overnight.")
SAME_SUBJECT = _rule("same-subject", "claims",
                     "a second statement verb of the speaker just read in its sentence, after \"and\" or in a "
                     "relative clause",
                     "Biden vowed to answer the drone attack on Tower 22 and blamed militias backed by Iran.")

# -- casualties (casualties.py) ---------------------------------------------------------------
VERB_NUMBER = _rule("verb-number", "casualties", "a casualty verb before its number",
                    "The strike killed five militiamen.")
TOLL_RISES_TO = _rule("toll-rises-to", "casualties", "a toll or a number of dead or hurt that rises to a figure",
                      "The number of US troops injured in the attack rose to more than 40.")
PLACE_SPLIT_FIGURE = _rule("place-split-figure", "casualties", "a second figure of a breakdown by place",
                           "The strikes killed 18 people in Syria and 16 in Iraq.")
NUMBER_PASSIVE = _rule("number-passive", "casualties", "a number before its casualty word",
                       "Two US soldiers were killed and over 30 wounded.")
ONE_VICTIM = _rule("one-victim", "casualties", "one person named with a or an: a figure of one",
                   "A US drone strike killed a senior militia commander in Baghdad.")
NAMED_AND_NUMBER_OF_HIS = _rule("named-and-number-of-his", "casualties",
                                "a named person and a number of his companions: the number and one",
                                "The commander and two of his bodyguards were killed in the strike.")
COORDINATED_FIGURE = _rule("coordinated-figure", "casualties",
                           "a first figure joined by 'and' to the figure before the casualty word",
                           "Two US soldiers and one contractor were wounded in the attack.")
COORDINATED_OBJECT = _rule("coordinated-object", "casualties",
                           "a second figure joined by 'and' to the figure after an active casualty word",
                           "The rocket strike wounded three soldiers and a civilian contractor.")
TOLD_IN_PARTS = _rule("told-in-parts", "casualties",
                      "one person told apart and N others of the same kind: one figure of N+1",
                      "The drone left one soldier in critical condition and wounded two others.")
ALSO_KILLED_ANOTHER = _rule("also-killed-another", "casualties",
                            "one more dead than those named before: the dead named before and this one",
                            "A US strike killed a militia commander. It also killed one other fighter.")
# "no casualties" and "None of the US personnel were injured" make no row (a zero is no
# entry: /work/shared/ANNOTATION.md); the rules none-of-them and no-casualties are retired.

# -- deployments (deployments.py) -------------------------------------------------------------
NUMBER_TROOPS_IN = _rule("number-troops-in", "deployments", "a number of troops in a country",
                         "The US has 900 troops in Syria.")
PLACE_HOSTS_NUMBER_TROOPS = _rule("place-hosts-number-troops", "deployments", "a place that hosts a number of troops",
                                  "Jordan hosts about 3,000 US troops.")
NUMBER_TROOPS_AT_THE_BASE = _rule("number-troops-at-the-base", "deployments", "troops at the base named just before",
                                  "About 350 US troops are deployed at the base.")
ELLIPTICAL_SECOND_FIGURE = _rule("elliptical-second-figure", "deployments", "a second figure without its noun",
                                 "The US has 900 troops in Syria and 2,500 in neighbouring Iraq.")
FIGURE_AFTER_TROOP_NOUN = _rule("figure-after-troop-noun", "deployments", "a figure told after its troop noun, without one",
                                "Militias want to expel the US soldiers, of whom there are some 900 in Syria.")
TROOPS_IN_PLACE_NUMBER = _rule("troops-in-place-number", "deployments", "troops in a country, their number after",
                               "American forces in Syria number about 900.")
ELLIPTICAL_NEXT_SENTENCE = _rule("elliptical-next-sentence", "deployments", "a figure without its noun in the next sentence",
                                 "It also has roughly 900 in Syria.")

# -- tallies (tallies.py) ---------------------------------------------------------------------
NUMBER_ATTACKS = _rule("number-attacks", "tallies", "a count of attacks since a date",
                       "There have been over 100 attacks since mid-October.")
ORDINAL_ATTACK = _rule("ordinal-attack", "tallies", "an ordinal attack (a running count)",
                       "It was the 74th attack on US forces.")
ATTACKED_NUMBER_TIMES = _rule("attacked-number-times", "tallies", "attacked a number of times (since a date)",
                              "US forces have been attacked at least 66 times since October 17.")
ORDINAL_SINCE = _rule("ordinal-since", "tallies", "an ordinal since a date",
                      "The attack was the 58th since October 17.")
ORDINAL_PERIOD = _rule("ordinal-period", "tallies", "an ordinal over a period of days, weeks, months or a year",
                       "The raid was the third attack on the base in two weeks.")
ORDINAL_FOR_TIME = _rule("ordinal-for-time", "tallies", "an attack made 'for the Nth time': a running count of attacks on its target",
                         "Drones struck the airfield again on Friday, for the third time.")
ORDINAL_TIME = _rule("ordinal-time", "tallies", "a large ordinal of 'time' in a sentence of attacks (a running count)",
                     "It was the 100th time US forces were attacked since October 17.")
APPOSED_COUNT = _rule("apposed-count", "tallies", "a count set beside its attacks (dashes, brackets, a comma) with its start or split",
                      "The attacks on US troops - more than 45 since October 17 - have wounded dozens.")
TALLY_SPLIT_NEXT_SENTENCE = _rule("tally-split-next-sentence", "tallies",
                                  "the split by country of the tally of the sentence before",
                                  "... attacked 55 times since October 17. 30 of the attacks were in Syria and 25 in Iraq.")
TOTAL_RISES_TO = _rule("total-rises-to", "tallies", "the running total of attacks rises to or stands at a number",
                       "The number of attacks on US forces since October 17 rose to 151.")
RUNNING_TOTAL = _rule("running-total", "tallies", "a count of attacks done so far, in the present perfect with 'now', 'so far' or 'to date'",
                      "American jets have so far conducted four strikes on militia depots.")
SEPARATE_OCCASIONS = _rule("separate-occasions", "tallies",
                           "a small count of attacks 'on N separate occasions' with no day: the campaign's count so far",
                           "Washington has struck militia depots on four separate occasions.")
ELIDED_COUNT_SINCE = _rule("elided-count-since", "tallies",
                           "a count whose attack noun is understood, since a date ('one of', 'numbering')",
                           "The barrage was one of over 130 on US bases since October 17.")
NUMBER_INCIDENTS = _rule("number-incidents", "tallies", "a count of incidents against a side's forces, or after an attack verb",
                         "There have been over 170 incidents reported against US forces since October.")
TALLY_SPLIT = _rule("tally-split", "tallies", "the split of a tally by country",
                    "... 66 times since October 17 - 32 times in Iraq and 34 in Syria.")
TALLY_ANOTHER = _rule("tally-another", "tallies", "a further count in another place after a tally of the sentence",
                      "Militias launched 12 attacks on bases in Iraq, and another four against a post in Syria.")


def main() -> None:
    for r in RULES.values():
        print(f"{r.table:12s} {r.name:28s} {r.description}\n{'':41s}e.g. {r.example}")


if __name__ == "__main__":
    main()
