"""Grammar words of conflict reporting, and the one pattern that finds them.

Domain facts (places, actors, weapons) are CSV tables under ``data/``; the
words here are the closed classes of English that tie those facts together:
attack verbs, speech verbs by stance, casualty words, words that mark a
sentence as a trend, a threat or a hypothetical.  All the tables become one
trie-shaped pattern (:func:`cue_scan_pattern`); a match's kind is the name of the
first table that lists its phrase (:func:`cue_kinds`).  Every alternative is a
fixed phrase or a bounded repeat, so no input can make the pattern backtrack
without bound.
"""

from __future__ import annotations

from functools import cache

import re

import regex

#: ATTACK_VERBS: verbs whose subject attacks and whose object is attacked.
ATTACK_VERBS = (
    "attacked", "attacking", "targeted", "targeting", "targetted", "struck", "striking",
    "hit", "hitting", "shelled", "shelling", "bombed", "bombing", "pounded", "pounding",
    "shot down", "downed", "intercepted", "engaged", "slammed into", "crashed into",
    "exploded at", "exploded near", "landed near", "landed inside", "landed in",
)
#: LAUNCH_VERBS: verbs that launch a munition at a target ("fired rockets at").
LAUNCH_VERBS = ("launched", "launching", "launches", "launch", "fired", "firing", "fires", "lobbed")
#: UNDER_ATTACK: the passive idiom "came under attack/fire".
UNDER_ATTACK = (
    "came under attack", "came under fire", "came under rocket fire", "came under drone attack",
    "came under a drone attack", "came under a rocket attack", "came under heavy fire",
    "come under attack", "comes under attack", "were attacked", "was attacked",
)
#: KILL_WORDS and WOUND_WORDS: casualty verbs and nouns.
KILL_WORDS = ("killed", "killing", "kills", "dead", "died", "deaths", "death of", "lost their lives",
              "claimed the lives of", "claiming the lives of")
WOUND_WORDS = (
    "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt",
    "minor injuries", "traumatic brain injuries", "traumatic brain injury",
)
#: NO_CASUALTIES: phrases that say an attack caused no casualties.
NO_CASUALTIES = (
    "no casualties", "no injuries", "no deaths", "no one was hurt", "no one was injured",
    "no one was killed", "nobody was hurt", "nobody was injured", "caused no casualties",
    "caused no injuries", "without causing casualties", "no casualties or damage",
    "no reported casualties", "no reported injuries", "no immediate reports of casualties",
    "no immediate reports of injuries", "there were no injuries", "there were no casualties",
    "no us personnel were injured", "no personnel were injured", "no us casualties",
    "neither caused injuries", "neither caused any injuries", "neither caused casualties",
    "no injuries or damage", "no damage or injuries", "without causing injuries",
    "no us personnel were hurt", "no personnel were hurt", "no us troops were hurt",
    "no us troops were injured", "no troops were hurt", "no troops were injured",
    "no american personnel were hurt", "no one was wounded", "no us service members were injured",
    "no us service members were hurt",
)
#: TREND_PREDICATES: trend words that may follow their noun ("Attacks ... have increased").
TREND_PREDICATES = (
    "increased", "escalated", "intensified", "stepped up", "ramped up", "more frequent",
    "less frequent", "stopped", "largely stopped", "slowed", "decreased", "declined", "subsided",
    "dropped", "doubled", "tripled", "halted", "paused", "abating", "resumed",
)
#: CAMPAIGN_START_VERBS: "The attacks began after the Oct. 7 assault", "the attacks started in
#: October": the militias' attacks as a campaign, and when it started, not an attack of the story.
CAMPAIGN_START_VERBS = ("began", "begun", "started", "kicked off")
#: DATE_MODIFIER_BREAKS: grammar words that end a date's noun phrase ("on Oct. 7 and attacks
#: since"): a date before them modifies no noun after them.
DATE_MODIFIER_BREAKS = ("and", "or", "but", "to", "in", "on", "at", "by", "the", "a", "an", "of", "for",
                        "with", "as", "from", "after", "before", "when", "while", "since", "that", "which")
#: CLAIM_VERBS, CONFIRM_VERBS, DENY_VERBS, ACK_VERBS, THREAT_VERBS, SAY_VERBS:
#: speech verbs by the stance they give the speaker.
CLAIM_VERBS = (
    "claimed responsibility", "claims responsibility", "claiming responsibility",
    "took responsibility", "claimed", "claims", "claiming", "claim of responsibility",
    "took credit", "takes credit", "taking credit",   # "an Iran-backed militia took credit for the attack"
)
#: BLAME_VERBS: the speaker names the attacker ("US officials blamed Kataib Hezbollah for ...").
BLAME_VERBS = ("blamed", "blames", "blaming", "held responsible", "holds responsible", "pinned the attack on",
               # "Washington accused the militias of the drone attack": an accusation names the attacker
               # (one of the campaign as a whole, "accuses Tehran of orchestrating the attacks", stays a
               # trend through its other words)
               "accused", "accuses", "accusing",
               # "US officials attributed the attack to Kataib Hezbollah": the attacker after "to"
               "attributed", "attributes", "credited", "credits")
#: ACTOR_QUALIFIERS: an adjective a reporter or an official puts before the attacker it names
#: ("blamed radical Iran-backed militant groups", "blamed rogue militias"): the actor follows.
ACTOR_QUALIFIERS = ("radical", "rogue", "armed", "militant", "extremist", "hardline")
#: APPOSITIVE_HEADS: the noun of an appositive that describes a named group, before a relative
#: clause that blames it ("the Islamic Resistance in Iraq, an alliance of armed factions that
#: Washington has blamed for the attack": the alliance is the group named before the comma).
APPOSITIVE_HEADS = ("alliance", "coalition", "network", "umbrella", "umbrella group", "group", "militia",
                    "faction", "movement", "organisation", "organization")
#: ATTRIBUTION_VERBS: the blame verbs whose attacker follows the attack, after "to".
ATTRIBUTION_VERBS = ("attributed", "attributes", "credited", "credits")
#: CONDEMN_VERBS: a condemnation of an attack says that it happened ("the Iraqi government condemned
#: the US strikes"): read as the blame verbs are (a confirmation, never the speaker's own claim).
CONDEMN_VERBS = ("condemned", "condemns", "condemning", "denounced", "denounces", "denouncing")
CONFIRM_VERBS = ("confirmed", "confirms", "confirming", "verified")
DENY_VERBS = ("denied", "denies", "denying", "rejected claims", "dismissed claims")
ACK_VERBS = (
    "acknowledged", "acknowledges", "acknowledging", "mourned", "mourns", "mourning",
    "announced the death of", "announced the deaths of", "eulogised", "eulogized",
)
THREAT_VERBS = (
    "vowed", "vows", "vowing", "threatened", "threatens", "threatening", "warned", "warns",
    "pledged", "pledges", "promised", "promises", "would continue", "will continue",
    "would retaliate", "will retaliate", "would respond", "will respond", "would not stop",
    "will not stop", "warned of",
    "warning of", "warning that", "issued a warning", "shall respond", "of our choosing",
    "of its choosing", "will not hesitate", "would not hesitate", "all necessary action",
    "all necessary actions", "all necessary measures", "press on with", "keep up",
    # a response to come ("you can expect a response", "hold all those responsible to account",
    # "will take additional measures", "the strikes are only the beginning")
    "expect a response", "hold all those responsible", "hold those responsible",
    "will take additional", "would take additional", "will take further", "would take further",
    "only the beginning",
    # more to come: "the strikes were the first step in US retaliation", "the attacks herald
    # more operations"
    "first step in", "more operations",
    "reserve the right", "reserves the right",  # "we reserve the right to self-defense"
    "will not end",   # '"That began tonight but it will not end tonight," he said'
)
SAY_VERBS = (
    "said", "says", "added", "told", "stated", "announced", "according to", "reported",
    "said in a statement", "in a statement", "in a telegram post", "posted", "published a statement",
    "statement said", "statements said", "noted", "saying",
    "revealed", "reveals", "disclosed",   # "the press secretary revealed that two drones struck"
    # "Austin reiterated that ...", "Kirby stressed ...", "Biden replied": the speaker of the next "he said"
    "reiterated", "stressed", "emphasized", "emphasised", "insisted", "explained", "replied",
    "citing",   # "..., TASS reported, citing the group's Telegram channel": the group speaks
    "stating",  # "AFP cited Iraqi security sources stating that ..."
    "affirmed", "declared", "asserted", "informed",  # "Biden affirmed that our response began today"
    "believe", "believes",  # "US officials believe Kataib Hezbollah carried out the attack"
    "identified",  # "The Pentagon identified the three soldiers killed in the drone attack"
)
#: SPEECH_NEGATORS: right before a speech verb, the speaker says nothing ("have not stated who",
#: "did not confirm", "declined to confirm", "no immediate claim"): no claims row.
SPEECH_NEGATORS = ("not", "never", "no", "declined to", "refused to", "neither")
#: SPEECH_NEGATOR_FILLERS: words between a negator and its speech verb ("not yet claimed").
SPEECH_NEGATOR_FILLERS = ("yet", "immediately", "publicly", "officially", "independently", "be", "been",
                          "immediate", "explicitly", "formally", "outright")
#: TREND_WORDS: a sentence about a trend or a series, not one event.
TREND_WORDS = (
    "increased", "increase in", "increasing", "stepped up", "escalated", "escalating", "escalation of",
    "intensified", "ramped up", "surge in", "surge of", "string of", "wave of", "series of", "spate of",
    "campaign of", "barrage of attacks", "have been attacking", "has been attacking",
    "dozens of attacks", "scores of attacks", "hundreds of attacks", "more attacks", "further attacks", "recent attacks",
    "future attacks", "any attack", "attacks like", "such attacks",
    "more frequent", "less frequent", "stopped", "largely stopped", "slowed", "decreased", "declined",
    "subsided", "dropped", "doubled", "tripled", "halted", "paused", "repeatedly", "regular fire",
    "regularly", "routinely", "frequently", "often", "almost daily", "near-daily", "nearly daily",
    "orchestrating", "been targeted dozens of times", "time and again",
    "suspending", "suspend", "suspended", "suspension of", "halting", "halt", "to stop", "stopping",
    "ending", "an end to", "resume", "resuming", "the number of", "from time to time", "in recent months",
    "in recent weeks", "every day", "abating", "resumed", "frequent",
)
#: HYPOTHETICAL_WORDS: modality that makes an attack unreal.
HYPOTHETICAL_WORDS = (
    "would", "could", "might", "may", "if", "plans to", "planned to", "planning to", "intends to",
    "prepared to", "ready to", "in case of", "unless", "should",
    "preparing to", "aimed to", "seeking to", "risk of", "fear of", "fears of", "to deter",
    "to prevent", "plan to", "ability to", "able to", "capable of", "capability to", "whether",
    "weighing", "considering", "options for", "any", "every", "future", "possible", "potential",
)
#: UNVERIFIED_WORDS: a source says it could not check a claim; no stance of its own.
UNVERIFIED_WORDS = (
    "could not be independently verified", "could not independently verify", "could not be verified",
    "not independently verified", "was not immediately verified", "could not immediately verify",
    "could not independently confirm", "could not be independently confirmed",
)
#: FALSE_WORDS: a report called untrue ("reports of an attack were false").
FALSE_WORDS = ("false", "untrue", "incorrect", "baseless", "fabricated", "inaccurate", "fake news",
               "not true", "unfounded")
#: NEGATION_WORDS: an attack said not to have happened.
NEGATION_WORDS = ("no", "not", "never", "without", "did not", "foiled", "thwarted", "prevention of", "prevented")
#: PHOTO_WORDS: photo captions and file-photo notes describe pictures, not news.
PHOTO_WORDS = ("file photo", "file picture", "pictured", "in this photo", "photo:", "this picture", "a picture taken")
#: HOURS_LINK: "several hours after": two events on the same day.
HOURS_LINK = (
    "several hours after", "several hours before", "hours after", "hours before", "hours later",
    "hours earlier", "a few hours after", "a few hours before", "shortly after", "shortly before",
    "minutes after", "minutes before", "the same day", "later that day", "earlier that day",
    "the same night", "later that night", "several hours earlier", "earlier in the day",
)
#: SINCE: the start of a tally ("since October 17").
SINCE_WORDS = ("since",)
#: TIMES: "attacked 66 times".
TIMES_WORDS = ("times",)
#: TROOP_NOUNS: nouns for deployed personnel.
TROOP_NOUNS = (
    "troops", "soldiers", "forces", "personnel", "service members", "servicemembers",
    "service personnel", "military personnel", "marines", "sailors", "airmen", "troop",
)
#: DEPLOY_VERBS: verbs and phrases of a standing deployment.
DEPLOY_VERBS = (
    "has", "have", "had", "keeps", "keep", "maintains", "maintain", "deployed", "deploys", "deploy",
    "stationed", "based", "remain", "remains", "there are", "sent", "sends", "sending",
    "prepare-to-deploy", "prepare to deploy", "are deployed", "is deployed", "are stationed",
    "are based", "are in", "currently", "withdraw", "withdrawal of", "hosts", "host", "houses",
    "is home to", "reduced", "cut", "of the", "housed", "hosted",
)
#: PRONOUN_SUBJECTS: subjects that refer back to an earlier actor.
PRONOUN_SUBJECTS = (
    "it", "they", "he", "she", "the group", "the militia", "the militias", "the faction",
    "the movement", "the network", "the coalition of militias", "the statement", "the official",
    "the spokesman", "the spokesperson", "the militants", "the organisation", "the organization",
    "a channel affiliated with the group", "a telegram channel affiliated with the group",
    "channels affiliated with the group", "a channel linked to the group", "its media arm",
    "the group's media arm", "the resistance", "the iraqi resistance",
)
#: AGENT_VERBS: verbs that make the actor before them the author of the attack after them
#: ("militias launched two attacks", "Kataib Hezbollah was behind the attack").
AGENT_VERBS = (   # with LAUNCH_VERBS, which are agentive too
    "carried out", "carries out", "carrying out", "conducted", "conducts", "conducting", "staged", "mounted",
    "used", "sent",
    "unleashed", "directed", "flew", "was behind", "were behind", "is behind", "are behind",
    # hedged: "Kataib Hezbollah was likely behind", "is suspected to have been behind"
    "likely behind", "probably behind", "been behind", "be behind",
    "responsible for",
)
#: SITE_NOUNS: nouns that make a country an attack site of its own ("bases inside Syria").
SITE_NOUNS = ("bases", "base", "positions", "facilities", "facility", "targets", "sites", "outposts")

# -- Closed classes read by the extractor's small patterns (conflictlib.extract) ---------------
# Not cues of their own: each stage builds its window patterns from these tables with
# :func:`words`, so a word is added in one place.

#: STATEMENT_VERBS: verbs that report a statement ("the group said it ...").
STATEMENT_VERBS = ("said", "says", "announced", "added", "stated")
#: SPEECH_BEFORE_SPEAKER: speech verbs that may stand before their speaker ("..., said the Pentagon").
SPEECH_BEFORE_SPEAKER = ("said", "says", "according to", "told", "added", "reported", "citing")
#: SOURCE_FIRST_VERBS: speech verbs whose speaker always follows them ("according to CENTCOM",
#: "citing a statement by Kataib Hezbollah"); the actor before them is no speaker.
SOURCE_FIRST_VERBS = ("according to", "citing")
#: CLAUSE_SPEECH_VERBS: a speech verb (and "that") opens a new clause with its own subject.
CLAUSE_SPEECH_VERBS = ("said", "says", "added", "announced", "stated", "claimed", "confirmed")
#: STATEMENT_MEDIA: where a statement was made ("said in a Telegram post").
#: SHARE_WORDS: a share of the campaign's attacks ("claimed most of these attacks"): a summary, no claim
#: of an attack of the story.
SHARE_WORDS = ("most of", "many of", "some of", "much of", "the majority of", "nearly all of", "almost all of")
#: SPEAKER_BODY_NOUNS: the noun after two coordinated nationalities that makes each a speaker
#: ("American and Iraqi officials said": a US official and an Iraqi official).
SPEAKER_BODY_NOUNS = ("officials", "authorities")
#: SPEAKER_PLACE_NOUNS: people whose place a place after "in" gives ("officials in Baghdad and
#: Washington said", "security sources in Anbar"): where they speak, not where an attack was.
SPEAKER_PLACE_NOUNS = ("officials", "official", "sources", "source", "spokesman", "spokeswoman", "spokesperson",
                       "diplomats", "diplomat", "analysts", "analyst", "correspondent", "correspondents",
                       "reporters", "reporter", "journalists", "journalist", "authorities", "witnesses", "residents")
STATEMENT_MEDIA = ("statement", "post", "channel", "telegram", "video")
#: POSTING_VERBS and SOCIAL_MEDIA: "wrote on X on Wednesday", "posted on Telegram Friday": the
#: day of a post, not of the attack it speaks of.
POSTING_VERBS = ("wrote", "posted", "tweeted")
SOCIAL_MEDIA = ("x", "twitter", "telegram", "facebook", "instagram")
#: RELEASE_VERBS: a speaker puts out a statement ("released a statement on Tuesday claiming ...").
RELEASE_VERBS = ("released", "issued", "published", "put out", "posted", "made")
#: PATRON_LINKS: an actor after these is a group's patron, not the speaker ("A militia
#: group backed by Iran said it carried out the attack").
PATRON_LINKS = ("backed by", "supported by", "funded by", "armed by", "allied with", "aligned with",
                "affiliated with", "loyal to", "close to", "linked to", "tied to", "allied to",
                "ties to", "links to")   # "a channel with possible ties to Iran's IRGC, has reported"
#: SELF_REFERENCES: a speaker's words for itself as the attacker ("said its fighters had targeted").
SELF_REFERENCES = ("it", "they", "its fighters", "its members", "its forces")
#: OWN_POSSESSIVES: possessives of a speaker's own people ("its fighters", "our soldiers").
OWN_POSSESSIVES = ("its", "their", "his", "our")
#: OWN_PEOPLE: nouns for a side's own people, after OWN_POSSESSIVES.
OWN_PEOPLE = ("fighters", "members", "men", "militiamen", "commanders?", "leaders?",
              "soldiers", "troops", "personnel", "officers?")
#: PERSON_PRONOUNS: pronoun speakers that are a person: the last speaker.
PERSON_PRONOUNS = ("he", "she", "the official", "the spokesman", "the spokesperson")
#: STATEMENT_PRONOUNS: pronoun speakers that are a body or its statement: the last speaker or group.
STATEMENT_PRONOUNS = ("it", "they", "the statement")
#: ATTACKER_VERBS: verbs of carrying out an attack, after "said it" ("said it carried out a strike").
ATTACKER_VERBS = ("carried out", "conducted", "launched", "fired", "staged", "mounted")
#: AGENT_PARTICIPLES: "carried out by Kataib Hezbollah": the actor after "by" is the attacker; after
#: another participle it is not ("the threats faced by US forces").
AGENT_PARTICIPLES = ("carried out", "conducted", "launched", "claimed", "staged", "mounted", "fired",
                     "perpetrated", "committed", "orchestrated", "ordered", "directed", "executed", "undertaken",
                     "made", "led", "done", "flown", "sent", "hit", "struck", "targeted", "attacked")
#: OBJECT_VERBS: attack verbs whose object is the munition ("shot down two drones").
OBJECT_VERBS = ("shot down", "downed", "intercepted", "engaged")
#: STRIKE_VERBS: attack verbs that, with a state's forces as subject and no weapon named, report
#: an air strike ("US forces struck facilities in Syria").
STRIKE_VERBS = ("struck", "striking", "hit", "hitting", "targeted", "targeting", "targetted", "bombed",
                "bombing", "pounded", "pounding", "attacked", "attacking")
#: VERB_SUBJECTS: an attack noun right after these is a verb ("fighters who attack US bases", "they
#: attack US forces every day"); not "that" or "which", which are determiners too ("said that
#: attack caused no injuries").
VERB_SUBJECTS = ("who", "they", "we")
#: GERUND_PREPOSITIONS: a gerund after these is no report of an attack ("commitment to attacking").
GERUND_PREPOSITIONS = ("to", "of", "for", "about", "against", "from")
#: OPEN_QUALIFIERS: qualifiers of an open-ended count ("more than five attacks": a sum, no events).
OPEN_QUALIFIERS = ("more than", "at least")
#: ORDER_WORDS: an attack named after these, with another attack before them, is set beside that one
#: in time, so it is another ("The air strike came after the group claimed a drone attack").
ORDER_WORDS = ("after", "before", "following", "followed", "preceded", "prior to")
#: NEW_EVENT_WORDS: words that make an attack a new one, not one named again ("another drone").
NEW_EVENT_WORDS = ("another", "second", "third", "fourth", "fifth", "new", "separate", "fresh", "further",
                   "other", "more", "again", "latest", "previous", "earlier", "first", "similar")
#: MODALS and QUANTIFIERS: the hypothetical words that reach forward ("any drone launched at the
#: base would be intercepted", "any attack", "future strikes"); all are in HYPOTHETICAL_WORDS.
MODALS = ("would", "could", "might", "may", "should")
QUANTIFIERS = ("any", "every", "future", "possible", "potential")
#: PASSIVE_AUXILIARIES: auxiliaries before a passive verb ("was struck", "had been targeted").
PASSIVE_AUXILIARIES = ("was", "were", "been", "being", "is", "are", "be", "get", "got", "had been",
                       "have been", "has been")
#: DEFINITE_DETERMINERS: a noun phrase that names an attack already reported ("the strike",
#: "these attacks"); a possessive ("Sunday's attack") is definite too.
DEFINITE_DETERMINERS = ("the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                        "both", "latest", "last", "same", "previous", "earlier", "such")
#: INDEFINITE_DETERMINERS: a noun phrase that reports a new attack ("a drone attack", "two strikes").
INDEFINITE_DETERMINERS = ("a", "an", "another", "one", "new", "two", "three", "four", "five", "several",
                          "multiple")
#: TARGET_PREPOSITIONS: an actor after these is the target ("an attack on US forces").
TARGET_PREPOSITIONS = ("on", "against", "at", "targeting", "targeted", "toward", "towards", "hitting",
                       "struck", "hit", "attacked")
#: NOT_TARGET_VERBS: a verb whose "on" names no target ("called on the Iraqi government to
#: protect diplomatic missions" asks it to act).
NOT_TARGET_VERBS = ("called", "calls", "calling", "call", "urged", "urging", "relied", "relies", "depends",
                    "depended", "focused", "focuses", "commented", "remarked", "briefed")
#: PLACE_PREPOSITIONS: a place after these locates the attack ("in Syria, a drone attack ...").
PLACE_PREPOSITIONS = ("in", "at", "near", "inside", "outside", "on", "around", "across", "into", "to")
#: ORIGIN_PREPOSITIONS: a place after these is where an attack came from, not where it hit ("toward"
#: names the target: "two drones were fired toward Tal Baydar").
ORIGIN_PREPOSITIONS = ("from",)
#: SITE_PREPOSITIONS: "bases in Syria" makes Syria a site of its own.
SITE_PREPOSITIONS = ("in", "inside", "across", "throughout")
#: DEPLOYMENT_PREPOSITIONS: a country after these is where troops are ("900 troops in Syria").
DEPLOYMENT_PREPOSITIONS = ("in", "to", "into", "across", "inside", "from", "at", "within", "throughout")
#: DEPLOYMENT_REGIONS: regions a deployment may name instead of a country ("50,000 personnel
#: in the Middle East"); no places (the gazetteer does not hold them), read by deployments only.
DEPLOYMENT_REGIONS = ("Middle East",)
#: SUBJECT_BLOCKERS: an actor after these is no subject ("against US troops", "backed by Iran").
SUBJECT_BLOCKERS = ("on", "against", "at", "in", "for", "of", "to", "with", "from", "near", "toward",
                    "towards", "targeting", "into", "by", "support for", "backed by", "allied with")
#: COMPASS_WORDS: "south of Baghdad" only locates a site.
COMPASS_WORDS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west")
#: AFFILIATION_SUFFIXES: "Iran-linked sites" is no place.
#: BORDER_WORDS: a country after these only locates a site ("a base in Jordan near the border with Syria").
BORDER_WORDS = ("border with", "borders with", "border of", "frontier with", "border between")
#: AFFILIATION_PREPOSITIONS: a country after these is an agent or a patron, not where an attack
#: was ("a base used by the United States", "militias linked to Iran").
AFFILIATION_PREPOSITIONS = ("by", "linked to", "tied to", "affiliated with", "allied with", "loyal to",
                            "aligned with", "allied to", "close to")
AFFILIATION_SUFFIXES = ("linked", "backed", "aligned", "allied", "affiliated", "sponsored", "supported",
                        "based", "made", "led")
#: VICTIM_NOUNS: who was killed or wounded ("killed five militiamen").
VICTIM_NOUNS = ("people", "civilians", "militiamen", "fighters", "members", "militants", "soldiers",
                "troops", "personnel", "service members", "servicemembers", "others", "americans",
                "men", "children", "women", "staff", "contractors", "guards", "workers", "commanders?",
                "officers?", "sailors", "marines", "us soldiers", "us troops", "us service members",
                "us personnel")
#: NON_VICTIM_NOUNS: what a number before a casualty word may count that is no person
#: ("the two attacks that caused the injuries", "two of the drones").
NON_VICTIM_NOUNS = ("attacks", "attack", "strikes", "strike", "drones", "drone", "rockets", "rocket",
                    "missiles", "missile", "bases", "base", "sites", "targets", "days", "hours", "weeks",
                    "months", "times", "occasions", "vehicles", "buildings", "hangars")
#: SUBSET_WORDS: the part of a larger casualty figure ("one of them critically", "eight were
#: evacuated", "two seriously injured").
SUBSET_WORDS = ("critical", "critically", "serious", "seriously", "evacuated", "life-threatening")
#: ONE_VICTIM_NOUNS: one person after "a" or "an" is a figure of one ("killed a senior
#: commander", "a US service member was wounded").
ONE_VICTIM_NOUNS = ("service member", "servicemember", "soldier", "commander", "leader", "contractor",
                    "civilian", "fighter", "militant", "officer", "sailor", "marine", "airman", "person",
                    "militiaman")
#: VAGUE_FIGURES: number words that give no figure ("several", "dozens"): no casualty row.
VAGUE_FIGURES = ("several", "multiple", "dozens", "scores", "hundreds", "a few", "a couple of",
                 "a handful of")
#: INVOLVEMENT_WORDS: "denied taking part in the attack" denies a role, not the attack.
INVOLVEMENT_WORDS = ("taken part", "took part", "taking part", "involvement", "involved", "role",
                     "responsib", "behind", "carried out", "carrying out", "participat", "conducted")
#: SEQUENCE_WORDS: words that put a date on another event ("hours after the strike on Sunday").
SEQUENCE_WORDS = ("after", "before", "following", "since", "later", "earlier", "response", "retaliation",
                  "came")
#: MOTIVE_PHRASES: a strike's motive before a bare plural ("in retaliation for attacks on US
#: forces", "a retaliatory move against attacks targeting US personnel"): the campaign, which
#: the day of the strike does not date.
MOTIVE_PHRASES = ("retaliation for", "retaliation against", "response to", "responding to", "responded to",
                  "retaliating for", "retaliating against", "move against", "reprisal for", "revenge for",
                  "to deter", "to stop", "answer to")
#: MOTIVE_NOUNS: a place after these, before it in the clause, is in the motive of an attack
#: ("came under a drone strike over Washington's complicity in the war on Gaza"), not its place.
MOTIVE_NOUNS = ("complicity", "support for", "in support of", "solidarity with", "in protest", "in revenge", "in retaliation",
                "in response", "retaliation for", "response to")
#: EARLIER_ATTACK_CUES: after these, what the clause names is another, earlier or later attack
#: ("The attack comes days after a US drone killed five fighters near Kirkuk"): its place is
#: not the place of the attack before the cue.
EARLIER_ATTACK_CUES = ("days after", "a day after", "weeks after", "a week after", "months after",
                       "days before", "a day before", "weeks before", "comes after", "came after")
#: BLAME_PHRASES: before a plural attack noun, the campaign someone is blamed for ("a militia
#: leader blamed for attacks against American forces"): no attack of the story.
BLAME_PHRASES = ("blamed for", "responsible for", "accused of", "linked to", "implicated in")
#: TARGET_COUNT_NOUNS: "struck three sites": one strike wave on a count of targets.
TARGET_COUNT_NOUNS = ("sites", "targets", "locations", "facilities", "positions", "bases")
#: HOST_VERBS: "Jordan hosts about 3,000 US troops".
HOST_VERBS = ("hosts", "host", "houses", "is home to", "has", "housed", "hosted")
#: APPROXIMATORS: words of a rough figure before a number that a host verb governs.
APPROXIMATORS = ("some", "about", "roughly", "around")
#: HAVE_VERBS: "It also has roughly 900 in Syria".
HAVE_VERBS = ("has", "have", "keeps", "maintains", "there are")
#: TROOP_WORDS: nouns of troops in a second figure ("and 2,500 more troops in Iraq").
TROOP_WORDS = ("troops", "soldiers", "forces", "personnel")
#: PLACE_NOUNS: words after a place name that say it is one ("Zummar, a town in Nineveh"): a
#: generated gazetteer name at a sentence start counts only before one (lookup/gazetteer.py).
PLACE_NOUNS = (
    "town", "city", "village", "district", "subdistrict", "province", "governorate", "area",
    "region", "countryside", "outskirts", "suburb", "neighbourhood", "neighborhood", "camp",
    "base", "air base", "airbase", "airport", "airfield", "border crossing", "crossing",
    "oil field", "gas field", "desert", "Iraq", "Syria", "Jordan",
)
#: PERSON_TITLES: words before a person's name ("defense minister Thabit al-X"): a generated
#: gazetteer name right after one is a family name, not a place (lookup/gazetteer.py).
PERSON_TITLES = (
    "minister", "spokesman", "spokeswoman", "spokesperson", "commander", "leader", "general",
    "gen.", "president", "premier", "official", "sheikh", "cleric", "chief", "deputy", "lawmaker",
    "colonel", "col.", "brigadier", "lieutenant", "lt.", "mr.", "mrs.", "ms.", "dr.", "ambassador",
    "envoy", "secretary", "adviser", "advisor", "senator", "named", "son", "brother", "analyst",
)
#: NAME_PARTICLES: words of a place name that are written in lower case ("Tall al-Hawa",
#: "town of Hit"); every other word of a generated name must be written with a capital.
NAME_PARTICLES = (
    "al", "el", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "an", "en", "er", "es", "esh",
    "et", "ez", "ed", "bin", "ibn", "of", "town", "city",
)
#: REFERRING_NOUNS: "The facility, located in ..." names again the target or troops of the
#: attack told just before (read by extract/elsewhere.py).
REFERRING_NOUNS = ("facility", "facilities", "base", "site", "compound", "depot", "warehouse", "building",
                   "headquarters", "camp", "outpost", "garrison", "troops", "personnel", "service members",
                   "servicemembers", "soldiers", "forces", "target", "strike", "attack", "vehicle", "airport")
#: LOCATORS: words that put a referring noun at a place ("stationed in Erbil").
LOCATORS = ("located in", "located at", "located near", "stationed in", "stationed at", "based in", "based at",
            "situated in", "situated near", "lies in", "is in", "was in", "were in", "are in")
#: BASE_NOUNS: "stationed at a base in Erbil": the place after them is the base's.
BASE_NOUNS = ("base", "air base", "airbase", "camp", "facility", "outpost", "garrison", "compound")


def words(table: tuple[str, ...] | list[str]) -> str:
    """One alternation of a table's words in their order, as a non-capturing group; a space
    matches one white-space character, and a word may end in a bounded regex suffix
    ("commanders?").  For the extractor's small window patterns."""
    out = []
    for w in table:
        suffix = "?" if w.endswith("?") else ""
        out.append(re.escape(w.rstrip("?")).replace(r"\ ", r"\s") + suffix)
    return "(?:" + "|".join(out) + ")"


_TABLES = {
    "under_attack": UNDER_ATTACK,
    "no_cas": NO_CASUALTIES,
    "hours": HOURS_LINK,
    "claim": CLAIM_VERBS,
    "confirm": CONFIRM_VERBS,
    "deny": DENY_VERBS,
    "blame": BLAME_VERBS + CONDEMN_VERBS,
    "ack": ACK_VERBS,
    "threat": THREAT_VERBS,
    "say": SAY_VERBS,
    "attack_v": ATTACK_VERBS,
    "agent": AGENT_VERBS,
    "launch_v": LAUNCH_VERBS,
    "kill": KILL_WORDS,
    "wound": WOUND_WORDS,
    "trend": TREND_WORDS,
    "hypo": HYPOTHETICAL_WORDS,
    "photo": PHOTO_WORDS,
    "since": SINCE_WORDS,
    "times": TIMES_WORDS,
    "troops": TROOP_NOUNS,
    "deploy": DEPLOY_VERBS,
    "neg": NEGATION_WORDS,
    "false": FALSE_WORDS,
    "unverified": UNVERIFIED_WORDS,
}


def _alt(words) -> str:
    """An alternation of fixed phrases, longest first, spaces matching one blank."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s") for w in sorted(set(words), key=len, reverse=True))



_CUE_SEP = re.compile(r'[\s\-"]+')


def cue_key(phrase: str) -> str:
    """The key of a cue phrase: separators folded to one space ("prepare-to-deploy")."""
    return _CUE_SEP.sub(" ", phrase).strip()


@cache
def cue_kinds() -> dict[str, str]:
    """Cue phrase key -> the name of the first table that lists it."""
    out: dict[str, str] = {}
    for name, words in _TABLES.items():
        for w in words:
            out.setdefault(cue_key(w), name)
    return out


@cache
def cue_scan_pattern(ascii: bool) -> re.Pattern[str]:
    """CUES: every grammar word above in one trie-shaped pattern, longest phrase first, as
    group 1 after the character before it, for a whole text given with one space before it
    (see :func:`~conflictlib.lookup.patterns.before_word`: the engine then tries the pattern at word
    starts only).

    A match's kind is ``cue_kinds()[cue_key(phrase)]``; the longest phrase wins, so an idiom
    ("came under attack", "no casualties", "said it targeted") beats its parts.  Compiled
    with the standard library's ``re``, which scans a trie several times faster than ``regex``.
    """
    from .patterns import alternation, before_word

    return re.compile(before_word("-", ascii=ascii) + "(" + alternation(cue_kinds()) + r")(?![\w])")


@cache
def pronoun_pattern() -> re.Pattern[str]:
    """PRONOUN_SUBJECT at the start of a sentence or clause."""
    return re.compile(rf"(?P<pron>{_alt(PRONOUN_SUBJECTS)})(?![\w])")


@cache
def clause_start_pattern(ascii: bool = False) -> re.Pattern[str]:
    """CLAUSE_START: where a new subject may begin inside a sentence.

    *ascii* gives the faster form for an ASCII text: its first character class is written
    out (comma, semicolon and the ASCII white space of ``\\s``), which the engine tests as a
    bitmap while it skips along the text.
    """
    first = r"[,;\t\n\x0b\x0c\r\x1c-\x1f ]" if ascii else r"[,;\s]"
    speech = words(CLAUSE_SPEECH_VERBS)
    return re.compile(
        first + rf"""                               # one character class first: the engine skips
                                                    # to the next comma or space at C speed
        (?:(?<=[,;])\s(?:but\s|and\s)?              # ", but" / "; and" / ", "
          |(?<=\s)(?:but\s|and\s                    # " but " / " and "
          |{speech}\s(?:that\s)?))                 # " said that "
        """, re.VERBOSE)


@cache
def clause_pronoun_pattern(ascii: bool = False) -> re.Pattern[str]:
    """CLAUSE_START followed by an optional look-ahead for PRONOUN_SUBJECT (group "pron").

    The empty second branch always succeeds, so each match is the clause start that
    :func:`clause_start_pattern` finds and ``finditer()`` steps through a sentence exactly
    as it does; "pron" is set where ``pronoun_pattern().match(text, m.end())`` would match,
    which saves a ``match()`` call per clause start.  ``(?-x:...)``: the pronoun pattern is
    not written for VERBOSE mode.
    """
    clause = clause_start_pattern(ascii)
    return re.compile(rf"(?:{clause.pattern})(?:(?=(?-x:{pronoun_pattern().pattern}))|)", clause.flags)
