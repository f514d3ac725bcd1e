"""Closed classes of English that the extractor's small window patterns are built from.

These words are no cues: the whole-text scan of :mod:`.vocab` does not look for them.  Each
stage builds the patterns it reads in the words around a cue or a name from these tables with
:func:`~.vocab.words` ("the group said it carried out", "bases in al-Shaddadi", "south of
Baghdad", "backed by Iran"), so that a word is added in one place; the gazetteer reads some
too (:data:`PLACE_NOUNS`, :data:`PERSON_TITLES`, :data:`NAME_PARTICLES`).  Every entry is a
fixed phrase; a word may end in a bounded regex suffix ("commanders?").
"""

from __future__ import annotations


#: STATEMENT_VERBS: verbs that report a statement ("the group said it ...").
STATEMENT_VERBS = ("said", "says", "announced", "added", "stated")
#: SPEECH_BEFORE_SPEAKER: speech verbs that may stand before their speaker ("..., said the Pentagon").
#: STATEMENT_READ_VERBS: a quotation closed by its source ('"... a reckless escalation," read a
#: statement from the ministry'): the speaker always follows.
STATEMENT_READ_VERBS = ("read a statement from", "read the statement from", "read a statement by",
                        "read the statement by", "read a statement issued by", "read the statement issued by")
#: CONDEMNED_BY: a condemnation drawn from its speaker, named after it (cues of vocab.CONDEMN_VERBS:
#: "the strike drew condemnation from the Iraqi prime minister", "a raid that led to the
#: condemnation of Baghdad"): the speaker always follows.
CONDEMNED_BY = ("drew condemnation from", "drawn condemnation from", "draws condemnation from",
                "drew strong condemnation from", "drawn strong condemnation from",
                "sparked condemnation from", "prompted condemnation from", "led to the condemnation of",
                "led to condemnation from")
SPEECH_BEFORE_SPEAKER = ("said", "says", "according to", "told", "added", "reported", "citing", "quoting", *STATEMENT_READ_VERBS,
                         *CONDEMNED_BY)
#: SOURCE_FIRST_VERBS: speech verbs whose speaker always follows them ("according to CENTCOM",
#: "citing a statement by Kataib Hezbollah"); the actor before them is no speaker.
SOURCE_FIRST_VERBS = ("according to", "citing", "quoting", *STATEMENT_READ_VERBS, *CONDEMNED_BY)
#: CLAUSE_SPEECH_VERBS: a speech verb (and "that") opens a new clause with its own subject.
CLAUSE_SPEECH_VERBS = ("said", "says", "added", "announced", "stated", "claimed", "confirmed")
#: SHARE_WORDS: a share of the campaign's attacks ("claimed most of these attacks"): a summary, no claim
#: of an attack of the story.
SHARE_WORDS = ("most of", "many of", "some of", "much of", "the majority of", "nearly all of", "almost all of")
#: BLAST_WORDS: what a witness or a source hears of an attack ("sources said blasts were heard near
#: the base"): no attack of their own (a blast may be an accident), but a plain "said" with one,
#: right after an attack, reports on it (read by extract/stances.py).
BLAST_WORDS = ("explosion", "explosions", "blast", "blasts", "detonation", "detonations")
#: RECALLED_ATTACK_NOUNS: a definite noun that names again the attack just told
#: ("Rockets hit the base. According to a US official, the incident began at dawn"): no attack
#: word of its own, but a plain "said" with it, right after the attack, reports on it (read by
#: extract/stances.py).
RECALLED_ATTACK_NOUNS = ("incident",)
#: STRUCK_BY_NOUNS: an attack noun right after an actor's name makes the name its author, a
#: modifier and no speaker ("the parliament condemned the US strikes in a statement": the US
#: does not speak; read by extract/speakers.py, with an optional weapon word before the noun).
STRUCK_BY_NOUNS = ("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes",
                   "raid", "raids", "bombing", "bombings", "assault", "assaults")
STRUCK_BY_WEAPONS = ("drone", "missile", "rocket")
#: CHARACTERISED_SUBJECTS: the plural attacks or attackers a statement describes in the present
#: tense ("the minister said the strikes on the bases are a grave mistake", "said the factions
#: behind the attacks are funded by Tehran"): a comment on the campaign, no report of an attack
#: (read by extract/claims.py).
CHARACTERISED_SUBJECTS = ("attacks", "strikes", "assaults", "projectiles", "factions", "groups", "militias")
#: SUSPENSION_WORDS: a halt announced right after a plain speech verb ("the group then said it
#: would pause its operations against US forces", "announced a halt to attacks"): the statement is
#: about no attack, not even the one just told (read by extract/stances.py).
SUSPENSION_WORDS = ("suspend", "suspends", "suspended", "suspending", "suspension", "halt", "halts", "halted",
                    "halting", "pause", "pauses", "paused", "pausing")
#: SPEAKER_BODY_NOUNS: the noun after two coordinated nationalities that makes each a speaker
#: ("American and Iraqi officials said": a US official and an Iraqi official).
SPEAKER_BODY_NOUNS = ("officials", "authorities")
#: SPEAKER_PLACE_NOUNS: people whose place a place after "in" gives ("officials in Baghdad and
#: Washington said", "security sources in Anbar"): where they speak, not where an attack was.
SPEAKER_PLACE_NOUNS = ("officials", "official", "sources", "source", "spokesman", "spokeswoman", "spokesperson",
                       "diplomats", "diplomat", "analysts", "analyst", "correspondent", "correspondents",
                       "reporters", "reporter", "journalists", "journalist", "authorities", "witnesses", "residents")
#: OWN_FORCE_WORDS: the words of a speaker's own forces as the subject of its disavowal ("the
#: Pentagon said US forces were not involved", "the group said its fighters had no role in"); a
#: side's other forces ("Iraqi forces") are no part of it (extract/stances.py).
OWN_FORCE_WORDS = ("us", "u.s.", "american", "its", "our", "their", "forces", "troops", "military", "aircraft",
                   "jets", "warplanes", "fighters", "personnel")
#: BASELESS_WORDS: what a speaker calls a blame of itself it turns down ("said charges that Tehran
#: stood behind the strike were baseless", "called them a rehash of unfounded claims"): a denial.
BASELESS_WORDS = ("baseless", "unfounded", "groundless", "false", "fabricated", "lies", "absurd")
#: HEADING_TITLES: a title in a transcript's speaker heading ("GEN. RYDER:", "MS. SINGH:",
#: "SECRETARY AUSTIN:"), which makes a capitalised line opening a paragraph a speaker, not a
#: dateline or a section label ("BAGHDAD:", "UPDATE:"); folded to lower case.
HEADING_TITLES = ("mr.", "ms.", "mrs.", "dr.", "gen.", "adm.", "col.", "lt.", "maj.", "capt.", "brig.", "general",
                  "admiral", "secretary", "ambassador", "spokesman", "spokeswoman", "spokesperson", "president",
                  "minister", "official")
#: STATEMENT_MEDIA: where a statement was made ("said in a Telegram post").
STATEMENT_MEDIA = ("statement", "post", "channel", "telegram", "video")
#: STATEMENT_CHANNELS: more nouns of the form a statement goes out in, read between a speech verb
#: and the speaker's "it had attacked" ("said in a Telegram message that it had struck", "announced
#: in a communique that its fighters hit", "said in a televised speech that ...").
STATEMENT_CHANNELS = ("message", "speech", "address", "recording", "clip", "communique", "communiqué",
                      "release", "announcement", "broadcast", "interview", "footage", "bulletin", "tweet")
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
                "ties to", "links to",   # "a channel with ties to Iran's IRGC reported"
                "associated with")   # "Al Mayadeen, a Lebanese outlet associated with Hezbollah, said"
#: PARTY_OBJECT_VERBS: verbs whose object is a party, not who speaks next: in "Tehran backs the
#: militia and has threatened Washington", "the militia" is the object of "backs" and the speaker of
#: "threatened" is the subject of both verbs (Tehran).
PARTY_OBJECT_VERBS = ("accused", "accuses", "accusing", "blamed", "blames", "blaming", "backs", "backed",
                      "supports", "supported", "funds", "funded", "arms", "armed", "urged", "urges",
                      "called on", "calls on", "informed", "informs", "told", "tells", "warned", "warns",
                      "criticized", "criticised", "condemned", "condemns", "praised", "thanked",
                      "held", "holds", "asked", "asks")
#: SUPPORT_LINKS: an actor after these is whom a group backs or a side at war, not the group
#: ("the front offered solidarity with Hezbollah", "a long war with Hezbollah": "the group"
#: in the next sentence is still the front). Not the target of a strike: "jets hit sites of
#: Kataib Hezbollah ... The group said two fighters died" is Kataib Hezbollah's word.
SUPPORT_LINKS = ("support to", "support for", "support of", "solidarity with", "backing for", "backing to",
                 "war on", "war against", "war with")
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
#: START_VERBS: the verbs of starting among the agent verbs: their subject is the attacker only of
#: an attack noun that is their object ("has begun strikes in Iraq"), not of one past a comma
#: ("after the conflict pitting Hamas against Israel began, and later, a drone attack").
START_VERBS = ("began", "begun", "started", "initiated", "commenced")
#: OPERATION_VERBS: verbs of carrying out before "operation(s)", which then name attacks ("the
#: group said it carried out two operations against targets in the port", "the militants conducted
#: Operation <Name> against Israel"); the target must follow the noun, as "launched an operation
#: to free the city" and "launched its operation in Gaza against ..." name campaigns. A claim of
#: responsibility names them too ("the group claimed responsibility for two operations against
#: sites in the port"); its bare "claimed" does not ("claimed in later operations").
OPERATION_VERBS = ("carried out", "carries out", "carrying out", "conducted", "conducts", "executed",
                   "launched", "claimed responsibility for", "claims responsibility for",
                   "claiming responsibility for")
#: RESPONSIBILITY_VERBS, RESPONSIBILITY_NOUNS: a claim of responsibility whose "for" names the
#: attack claimed; with no group named as its subject ("an Iraqi Shiite militia claimed on Monday
#: responsibility for the drone attack on the base") the attack is still claimed by its
#: perpetrator side (rows: status).
RESPONSIBILITY_VERBS = ("claimed", "claims", "claiming", "took", "takes", "taking")
RESPONSIBILITY_NOUNS = ("responsibility", "credit")
#: NAMED_OPERATIONS: attacks reporting calls by a name of their own, with the country they hit
#: ("militants from Gaza executed Operation al-Aqsa Flood against the Zionist entity": the
#: October 7 attack on Israel, however the text names the target). Only after a verb of carrying
#: out (OPERATION_VERBS): "in solidarity amid Operation al-Aqsa Flood" names the war.
NAMED_OPERATIONS = (("al-aqsa storm", "Israel"), ("al-aqsa flood", "Israel"))
#: ORIGIN_CROSSINGS: the country an attack launched from a territory crosses into, where the
#: text names no place it hit ("Hamas's deadly assault from Gaza in October", "rocket fire
#: from Gaza": Israel); pairs of (the origin's country, the country hit).
ORIGIN_CROSSINGS = (("Palestine", "Israel"),)
#: OWN_STRIKE_SPEECH: besides the statement verbs, what a side says of its own strike ("the
#: Pentagon confirmed it had conducted an air raid", "the group admitted it had launched drones").
OWN_STRIKE_SPEECH = ("confirmed", "confirms", "acknowledged", "acknowledges", "admitted", "admits")
#: RESPONSE_VERBS: a side's reply named by its weapon after "with" ("US forces responded with
#: airstrikes", "the militia retaliated with rockets", "Washington retaliated on Tuesday with
#: strikes", "responded to the attack with strikes"): the subject before it is the attacker.
RESPONSE_VERBS = ("responded", "responds", "retaliated", "retaliates", "replied", "hit back", "struck back")
#: CAUSATIVE_VERBS: an actor after these and before "to carry out / conduct" does the strikes after
#: that ("causing the US to conduct two strikes"). Not order verbs: "ordered US forces to carry
#: out strikes" dates and confirms an order, and the gold reads the strikes apart from it.
CAUSATIVE_VERBS = ("causing", "caused", "forcing", "forced", "prompting", "prompted", "compelling", "compelled")
#: INFINITIVE_AGENT_VERBS: the bare verbs of AGENT_VERBS that follow "to" after a causative.
INFINITIVE_AGENT_VERBS = ("carry out", "conduct")
#: MEANS_VERBS: a munition right after these (and up to three words) and before "to attack /
#: target / strike" is the attack's means, and the attack was made ("the group used drones to
#: attack the base", "employed a rocket to target"); a habit in the present ("uses drones to
#: attack") or a plan ("vowed to use") tells none, so no present tense or bare verb.
MEANS_VERBS = ("used", "using", "employed", "employing", "utilized", "utilised", "utilizing", "utilising",
               "fired", "launched")
#: MEANS_INFINITIVES: the bare attack verbs after "to" that take a munition used as their means
#: ("used rockets to target the base"); "attack" and "strike" are attack nouns read on their own.
MEANS_INFINITIVES = ("target", "bomb", "shell", "pound", "hit")
#: ACTOR_DESCRIPTORS: the head of a description set before an actor's name, in apposition ("by
#: the Palestinian militant group Hamas", "by its ally, Hamas", "by the Iraqi faction Kataib
#: Hezbollah"): the name that follows is the actor described.
ACTOR_DESCRIPTORS = ("group", "groups", "movement", "militia", "organization", "organisation", "faction", "ally",
                     "allies", "proxy", "network", "alliance")
#: GROUP_WORDS: a word that stands for an armed group named before ("a drone attack by the
#: umbrella group", "by the militia").
GROUP_WORDS = ("group", "umbrella group", "militia", "faction", "movement", "network", "alliance", "resistance")
#: GROUP_MEMBER_NOUNS: after "its", the members of an armed group, which only a group has ("its
#: fighters also fired rockets at the base": the group named last fired them).
GROUP_MEMBER_NOUNS = ("fighters", "militants", "operatives")
#: GROUP_ADJECTIVES: words of nation and creed that may stand between "by the" and an armed group's
#: name ("by the Palestinian Islamist Hamas movement").
GROUP_ADJECTIVES = ("palestinian", "lebanese", "iraqi", "yemeni", "islamist", "militant", "shiite", "shia")
#: GROUP_PLURALS: plural words for armed groups that, after "the / these / those", stand for the
#: Iran-backed militias named just before ("Iran-backed militia groups struck ... These same
#: militias fired rockets", "a drone attack by the groups on the air base").
GROUP_PLURALS = ("militias", "groups", "factions")
#: UNNAMED_ATTACKERS: plural nouns for attackers the text does not name, as the subject of an attack
#: verb ("gunmen attacked a base near the oil field", "terrorists struck the outpost"): an attack by
#: no one named.
UNNAMED_ATTACKERS = ("militants", "terrorists", "gunmen", "assailants", "attackers", "insurgents")
#: UNNAMED_QUALIFIERS: the words that may come before UNNAMED_ATTACKERS ("unidentified gunmen").
UNNAMED_QUALIFIERS = ("unknown", "unidentified", "armed")
#: GROUP_REFERENCES: definite subjects that name an armed group again ("Kataib Hezbollah issued a
#: statement. The group struck the Harir base with a drone"): like "it", the subject of an attack
#: verb standing for the group named just before (speakers of the same tables, "the statement",
#: "the spokesman", attack nothing).
GROUP_REFERENCES = ("the group", "the militia", "the militias", "the faction", "the movement", "the network",
                    "the organisation", "the organization", "the resistance", "the iraqi resistance",
                    "the militant group", "the armed group", "the armed faction")
#: UNNAMED_GROUP_QUALIFIERS: a group plural (GROUP_PLURALS) is unnamed attackers only after one of
#: these, as translated reports write them ("Iraqi factions targeted the base", "armed factions
#: struck", "Iraqi armed groups attacked"); bare "militias attacked" is left (it sums up the campaign
#: as often as it tells an attack).
UNNAMED_GROUP_QUALIFIERS = ("iraqi", "iraqi armed", "armed", "syrian armed", "iraqi resistance", "resistance")
#: AGENT_PARTICIPLES: "carried out by Kataib Hezbollah": the actor after "by" is the attacker; after
#: another participle it is not ("the threats faced by US forces").
AGENT_PARTICIPLES = ("carried out", "conducted", "launched", "claimed", "staged", "mounted", "fired",
                     "perpetrated", "committed", "orchestrated", "ordered", "directed", "executed", "undertaken",
                     "made", "led", "done", "flown", "sent", "hit", "struck", "targeted", "attacked")
#: UNDERGO_VERBS: verbs whose subject undergoes the attack noun phrase right after them ("the
#: garrison came under a missile attack", "the base suffered a rocket attack", "the support site
#: was subjected to a drone attack"): that subject is the target, not the attacker (the phrase
#: reads as a passive), and so for a munition right after them ("came under rocket fire").  "was
#: the target of" is built in extract/anchors.py (a copula, then "target(s) of").
UNDERGO_VERBS = ("came under", "come under", "comes under", "coming under", "suffered", "suffers", "suffering",
                 "sustained", "endured", "subjected to")
#: UNDERGO_FILLERS: the words that may stand between an undergo verb and the noun phrase's
#: weapon ("came under a heavy rocket attack", "was the target of yet another drone attack").
UNDERGO_FILLERS = ("a", "an", "the", "another", "yet", "new", "fresh", "renewed", "heavy", "intense",
                   "apparent", "suspected", "further", "two", "three", "multiple", "several")
#: OBJECT_VERBS: attack verbs whose object is the munition ("shot down two drones").
OBJECT_VERBS = ("shot down", "downed", "intercepted", "engaged")
#: STRIKE_VERBS: attack verbs that, with a state's forces as subject and no weapon named, report
#: an air strike ("US forces struck facilities in Syria").
STRIKE_VERBS = ("struck", "striking", "hit", "hitting", "targeted", "targeting", "targetted", "bombed",
                "bombing", "pounded", "pounding", "attacked", "attacking")
#: TIMES_FIRE_VERBS: verbs of attack that are no cues of their own (they name no target by
#: themselves: "shot at" may be a hunter's) but that, right before a count of "times", count
#: attacks on their subject or object: "US troops have been shot at 40 times", "militias
#: ambushed convoys 12 times", "the base was rocketed 30 times since October".
TIMES_FIRE_VERBS = ("shot at", "fired at", "fired on", "fired upon", "rocketed", "mortared", "shelled",
                    "ambushed", "bombarded", "assaulted", "harassed", "raided", "struck at")
#: COUNTED_NOUN_MODIFIERS: what may stand between a count and its noun of COUNTED_WORDS: "21 separate
#: incidents", "32 hostile incidents", "100 missile and drone launches".
COUNTED_NOUN_MODIFIERS = ("separate", "different", "hostile", "armed", "drone", "rocket", "missile", "and")
#: HOSTILE_MODIFIERS: with one of these, such a noun counts attacks without the frame: "at least
#: 32 hostile incidents since Oct. 17".
HOSTILE_MODIFIERS = ("hostile", "armed")
#: IRREALIS_BEFORE_COUNT: the hypothetical words (of vocab's HYPOTHETICAL_WORDS) that, right
#: before a count in its clause, make it attacks not made: "could mount another 20 attacks",
#: "plans to launch 50 attacks" (a threat's verb does too: "threatened to launch 100 attacks").
IRREALIS_BEFORE_COUNT = ("would", "could", "might", "plans to", "planned to", "planning to", "intends to",
                         "prepared to", "preparing to", "ready to")
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
#: OTHER_ATTACK_DETERMINERS: determiners of an attack noun that make it another attack than one
#: already told at the same place ("Another drone attack hit Tal Baydar", "a second rocket attack
#: struck the base"); narrower than NEW_EVENT_WORDS, whose "latest" or "earlier" may name the
#: attack just told ("the latest attack on the base").
OTHER_ATTACK_DETERMINERS = ("another", "a second", "a third", "a fourth", "a fifth", "a separate", "a new",
                            "a fresh", "a further", "yet another")
#: KIND_RELATIVE_VERBS: present-tense verbs of a relative clause right after a plural attack noun,
#: which make it a kind of attack ("condemned attacks which endanger the advisers' bases"); a past
#: form ("attacks that targeted") or one shared with the past ("strikes that hit") names attacks.
KIND_RELATIVE_VERBS = ("target", "threaten", "endanger", "undermine", "violate", "harm")
#: MODALS and QUANTIFIERS: the hypothetical words that reach forward ("any drone launched at the
#: base would be intercepted", "any attack", "future strikes"); all are in HYPOTHETICAL_WORDS.
MODALS = ("would", "could", "might", "may", "should")
QUANTIFIERS = ("any", "every", "future", "possible", "potential")
#: PASSIVE_AUXILIARIES: auxiliaries before a passive verb ("was struck", "had been targeted").
PASSIVE_AUXILIARIES = ("was", "were", "been", "being", "is", "are", "be", "get", "got", "had been",
                       "have been", "has been")
#: IRREGULAR_PARTICIPLES: attack verbs whose past participle does not end in "-ed"; before "by"
#: they are passive ("a convoy hit by a roadside bomb", "the base struck by rockets").
IRREGULAR_PARTICIPLES = ("hit", "struck", "shot down")
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
#: FACILITY_NOUNS: what a strike hits that belongs to someone ("three facilities used by Kataib
#: Hezbollah", "a weapons storage facility used by the IRGC", "three targets of the group").
FACILITY_NOUNS = ("facility", "facilities", "site", "sites", "target", "targets", "headquarters", "depot",
                  "depots", "position", "positions", "warehouse", "warehouses", "compound", "compounds",
                  "bunker", "bunkers", "vehicle", "vehicles", "truck", "trucks", "camp", "camps", "base",
                  "bases")
#: USER_LINKS: between such a noun and the actor whose it is; that actor is the target.
USER_LINKS = ("used by", "utilized by", "utilised by", "operated by", "run by", "controlled by",
              "belonging to", "of")
#: DISCLOSURE_VERBS, DISCLOSED_NOUNS: "the Pentagon confirmed the incident on Tuesday": the day
#: is the disclosure's, not the attack's ("incident" is no attack word to carry it).
DISCLOSURE_VERBS = ("confirmed", "acknowledged", "reported", "announced", "disclosed", "revealed",
                    "detailed")
DISCLOSED_NOUNS = ("incident", "incidents", "news", "details", "casualties", "injuries", "deaths")
#: NOT_TARGET_VERBS: a verb whose "on" names no target ("called on Baghdad to protect
#: embassies" asks it to act; "an attack ... which officials blamed on the IRI" names its author).
NOT_TARGET_VERBS = ("called", "calls", "calling", "call", "urged", "urging", "relied", "relies", "depends",
                    "depended", "focused", "focuses", "commented", "remarked", "briefed",
                    "blamed", "blames", "blame", "pinned")
#: PLACE_PREPOSITIONS: a place after these locates the attack ("in Syria, a drone attack ...").
PLACE_PREPOSITIONS = ("in", "at", "near", "inside", "outside", "on", "around", "across", "into", "to")
#: INSTALLATION_PARTS: a part of a site before "of" locates an attack at the site as "at" does ("a
#: fuel depot of the Victory base caught fire after drones hit it").
INSTALLATION_PARTS = ("facility", "facilities", "depot", "depots", "warehouse", "warehouses", "hangar", "hangars",
                      "runway", "perimeter", "gate", "gates", "compound", "barracks", "airfield")
#: ORIGIN_PREPOSITIONS: a place after these is where an attack came from, not where it hit ("toward"
#: names the target: "two drones were fired toward Tal Baydar").
ORIGIN_PREPOSITIONS = ("from",)
#: DISTANCE_WORDS: before "from", a distance makes the place a locator of where the attack
#: happened, not its origin ("a drone shot down a few kilometers from Ain al-Asad", "a rocket
#: fell 2 km from the embassy", "not far from the base").
DISTANCE_WORDS = ("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meters",
                  "metres", "meter", "metre", "not far", "a short distance", "short distance", "away")
#: SITE_PREPOSITIONS: "bases in Syria" makes Syria a site of its own.
SITE_PREPOSITIONS = ("in", "inside", "across", "throughout")
#: INVOLVEMENT_VERBS: what an attack was made with follows these ("the attack on Monday night
#: involved a ballistic missile", "the strike was carried out with one armed drone").
INVOLVEMENT_VERBS = ("involved", "involving", "involves", "was carried out with", "carried out with", "consisted of")
#: BASE_PREPOSITIONS: a town or field after these and a base word is where the base stands
#: ("the base at al-Shaddadi", "an outpost in the Conoco gas field"): the base of that place.
BASE_PREPOSITIONS = ("in", "at", "inside")
#: FIELD_BASE_PREPOSITIONS: a gas or oil field after these and a base word is the field's base too
#: ("a US base near the Conoco gas field"): the bases stand at the fields; a base "near" a town
#: may be any of its surroundings, so towns take BASE_PREPOSITIONS only.
FIELD_BASE_PREPOSITIONS = ("near", "by", "beside", "next to", "close to")
#: BASE_OWNER_WORDS: who holds a base, between a town's name and the base word ("the al-Shaddadi
#: US military base").
BASE_OWNER_WORDS = ("u.s.", "us", "american", "coalition", "military", "occupation")
#: HOSTING_VERBS: a base described by whom it holds before where it stands ("a base housing
#: coalition troops at the gas field").
HOSTING_VERBS = ("housing", "hosting")
#: JUDGEMENT_VERBS: a government's word on a strike, after a capital that stands for it ("which
#: Damascus considered an aggression", "Baghdad called the raid a breach").
JUDGEMENT_VERBS = ("considered", "considers", "called", "calls", "described", "describes", "viewed", "views",
                   "accused", "accuses", "warned", "warns")
#: DEPLOYMENT_PREPOSITIONS: a country after these is where troops are ("900 troops in Syria").
DEPLOYMENT_PREPOSITIONS = ("in", "to", "into", "across", "inside", "from", "at", "within", "throughout")
#: DEPLOYMENT_REGIONS: regions a deployment may name instead of a country ("50,000 personnel
#: in the Middle East"); no places (the gazetteer does not hold them), read by deployments only.
DEPLOYMENT_REGIONS = ("Middle East",)
#: COMMAND_AREAS: a US combatant command whose area stands for the region it covers (the first
#: of DEPLOYMENT_REGIONS): troops "ordered to Central Command's area of operations" or
#: "to CENTCOM's area of responsibility" go to the Middle East.
COMMAND_AREAS = ("central command", "centcom")
#: COMMAND_AREA_NOUNS: what follows the command's name when it names its area.
COMMAND_AREA_NOUNS = ("area of operations", "area of responsibility", "aor", "region", "theater", "theatre")
#: REGION_ANAPHOR: "the region" of a troop figure is the first of DEPLOYMENT_REGIONS, the region
#: this reporting is about ("some 30,000 US troops spread across the region").
REGION_ANAPHOR = "region"
#: SUBJECT_BLOCKERS: an actor after these is no subject ("against US troops", "backed by Iran").
SUBJECT_BLOCKERS = ("on", "against", "at", "in", "for", "of", "to", "with", "from", "near", "toward",
                    "towards", "targeting", "into", "by", "support for", "backed by", "allied with")
#: GERUND_SUBJECT_PREPOSITIONS: of SUBJECT_BLOCKERS, those after which an actor is still the subject
#: of an attack gerund right after it ("resulted from the IRI targeting the base", "the risk of
#: militias striking the base"); not "by" or "with", whose actor may be a patron or a partner
#: ("backed by Iran attacking ...").
GERUND_SUBJECT_PREPOSITIONS = ("from", "of")
#: COMPASS_WORDS: "south of Baghdad" only locates a site.
COMPASS_WORDS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west")
#: BORDER_WORDS: a country after these only locates a site ("a base in Jordan near the border it shares with Syria").
BORDER_WORDS = ("border with", "borders with", "border of", "frontier with", "border between")
#: AFFILIATION_PREPOSITIONS: a country after these is an agent or a patron, not where an attack
#: was ("a base used by the United States", "militias linked to Iran").
AFFILIATION_PREPOSITIONS = ("by", "linked to", "tied to", "affiliated with", "allied with", "loyal to",
                            "aligned with", "allied to", "close to")
#: PROVENANCE_PHRASES: a country after them made the weapon, it is not where the weapon struck
#: ("the drone that killed the soldiers was built in Iran").
PROVENANCE_PHRASES = ("made in", "built in", "manufactured in", "produced in", "designed in", "developed in",
                      "assembled in", "supplied by", "provided by")
#: PROVENANCE_VERBS: their verbs, whose agent after "by" made or gave the weapon ("was made by
#: Iran"): no perpetrator.
PROVENANCE_VERBS = ("made", "built", "manufactured", "produced", "designed", "developed", "assembled", "supplied",
                    "provided")
#: AFFILIATION_SUFFIXES: "Iran-linked sites" is no place.
AFFILIATION_SUFFIXES = ("linked", "backed", "aligned", "allied", "affiliated", "sponsored", "supported",
                        "based", "made", "led")
#: AFFINITY_PREFIXES: "jets hit pro-Iran depots in Iraq", "anti-US groups": a name after these
#: is a loyalty, no place.
AFFINITY_PREFIXES = ("pro", "anti")
#: NAME_QUOTES: the opening and closing marks a writer puts around a group's name (the
#: "Islamic Resistance", “Kataib Hezbollah”, 'al-Nujaba'): a name inside a pair is read with
#: its marks, so that "carried out by the “Islamic Resistance”" has its agent right after "the".
NAME_QUOTES = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"))
#: MILITIA_PATRONS: a state and the words for it that, made an adjective ("Iran-affiliated",
#: "pro-Iranian", "Tehran-backed"), name the militias it backs ("Iran-affiliated militia groups"
#: are the table's "Iran-backed militias"; see extract/scan_names.py).
MILITIA_PATRONS = {"Iran": ("iran", "iranian", "tehran")}
#: MILITIA_MODIFIERS: at most two words between such an adjective and its noun ("Iran-backed
#: Shiite militia groups", "Tehran-aligned Iraqi armed factions").
MILITIA_MODIFIERS = ("shiite", "shia", "iraqi", "syrian", "armed", "militant", "militia", "paramilitary",
                     "proxy", "terrorist", "terror", "regional")
#: MILITIA_HEADS: the noun of such a phrase ("pro-Iranian fighters"; not "Iran-backed sites").
#: US officials' word for the same militias is "terrorists" ("Iranian-backed terrorists fired
#: rockets at the base"), and "terror groups" takes "terror" as a modifier.
MILITIA_HEADS = ("militias", "militia", "militants", "groups", "group", "factions", "faction", "fighters",
                 "proxies", "forces", "movement", "organization", "organisation", "terrorists")
#: GROUP_SINGULAR_HEADS: the head of a description of one armed group ("the Iran-backed armed
#: group", "the Iran-aligned militia", "the Tehran-backed faction"); a plural head ("the
#: Iran-backed militias") names the militias at large, not one group named before.
GROUP_SINGULAR_HEADS = ("group", "militia", "faction", "movement", "organization", "organisation", "outfit",
                        "network", "alliance")
#: RESTRICTIVE_MODIFIERS: words that open a clause picking a group out by what it did or is held
#: to have done ("the militia accused of the strike", "the group responsible for",
#: "the faction that Washington blames").
RESTRICTIVE_MODIFIERS = ("accused", "responsible", "blamed", "suspected", "believed", "thought", "said to",
                         "that", "which", "who", "behind", "linked to", "tied to")
#: VICTIM_NOUNS: who was killed or wounded ("killed five militiamen").
VICTIM_NOUNS = ("people", "civilians", "militiamen", "fighters", "members", "militants", "soldiers",
                "troops", "personnel", "service members", "servicemembers", "others", "americans",
                "men", "children", "women", "staff", "contractors", "guards", "workers", "commanders?",
                "officers?", "sailors", "marines", "us soldiers", "us troops", "us service members",
                "us personnel")
#: SLAIN_TROOP_OWNERS / SLAIN_TROOP_NOUNS: the attacked side's own troops counted after a killing
#: word ("the deaths of two American sailors at the port", "killed four US troops at the base"):
#: the toll of one attack on a base, never a war's toll of people.
SLAIN_TROOP_OWNERS = ("u.s.", "us", "american", "coalition")
SLAIN_TROOP_NOUNS = ("soldiers", "troops", "service members", "servicemembers", "personnel", "americans",
                     "marines", "sailors", "airmen")
#: WAR_NOUNS: a war or a campaign as the subject of a present-perfect killing word ("Israel's war in
#: Gaza has claimed the lives of 19,000", "an offensive that has killed 25,000"): its running toll,
#: cumulative, no one attack's.
WAR_NOUNS = ("war", "wars", "offensive", "bombardment", "bombing campaign", "conflict", "campaign", "fighting",
             "siege", "onslaught", "invasion")
#: ONE_ATTACK_NOUNS: a single attack named after "a total of N ... in" ("a total of four troops were
#: hurt in Saturday's attack"): the sum is of that attack's victims, not of the campaign's.
ONE_ATTACK_NOUNS = ("attack", "strike", "barrage", "assault", "raid", "bombing", "blast", "explosion")
#: NON_HOSTILE_CAUSES: a death or an injury that no attack caused, named as its cause ("a soldier
#: died in a car accident", "a contractor died of a cardiac arrest while sheltering"): no casualty
#: figure (ANNOTATION.md).  NON_HOSTILE_VEHICLES crash on their own ("killed when their helicopter
#: crashed"); a drone that "crashed into" a barracks is an attack, so a bare "crash" is no cause.
NON_HOSTILE_CAUSES = ("accident", "accidents", "rollover", "roll-over", "mishap", "heart attack",
                      "cardiac arrest", "cardiac episode", "cardiac event", "cardiac incident",
                      "illness", "medical emergency", "medical condition", "natural causes",
                      "non-combat incident", "noncombat incident", "non-combat injury", "non-combat injuries")
NON_HOSTILE_VEHICLES = ("helicopter", "aircraft", "plane", "airplane", "vehicle", "car", "truck", "jet",
                        "osprey", "chopper", "helicopters", "vehicles", "cars")
#: NOT_HOSTILE_MARKS: a sentence that says its deaths were not of an attack ("officials said it
#: was not the result of enemy fire", "no hostile action was involved", "a non-combat death").
NOT_HOSTILE_MARKS = ("non-combat", "noncombat", "non-hostile", "nonhostile", "not combat-related",
                     "not combat related", "no hostile action", "no enemy action", "no hostile fire",
                     "no enemy fire", "not the result of hostile", "not the result of enemy",
                     "not due to hostile", "not due to enemy", "not caused by hostile", "not caused by enemy",
                     "not a victim of", "not victims of", "not related to the attack", "unrelated to the attack")
#: NON_VICTIM_NOUNS: what a number before a casualty word may count that is no person
#: ("the two attacks that caused the injuries", "two of the drones").
NON_VICTIM_NOUNS = ("attacks", "attack", "strikes", "strike", "drones", "drone", "rockets", "rocket",
                    "missiles", "missile", "bases", "base", "sites", "targets", "days", "hours", "weeks",
                    "months", "times", "occasions", "vehicles", "buildings", "hangars")
#: SUBSET_WORDS: the part of a larger casualty figure ("one of them critically", "eight were
#: evacuated", "two seriously injured"); who was moved, kept in or let out of care, or went back
#: to duty is a part too (ANNOTATION.md: a breakdown by who was evacuated is a subset): "three
#: injured personnel had resumed their duties", "four wounded troops were airlifted to Germany",
#: "two remain hospitalised".  A part is dropped only beside a larger figure of the same attack.
SUBSET_WORDS = ("critical", "critically", "serious", "seriously", "evacuated", "life-threatening",
                "medevaced", "airlifted", "flown to", "flown out", "transported to", "transferred to",
                "hospitalized", "hospitalised", "treated and released", "released from", "discharged",
                "returned to duty", "returned to their duties", "returned to their units", "return to duty",
                "resumed their duties", "resumed their duty", "resumed duty", "resumed duties",
                "back on duty", "back to duty", "back at work", "back to work")
#: SEVERITY_ADVERBS: how badly hurt, right before an active casualty word: "critically wounding at
#: least one", "seriously injuring two" tell a part of the attack's hurt (a breakdown by kind of
#: injury is a subset, ANNOTATION.md), dropped beside a larger figure of the same attack.
SEVERITY_ADVERBS = ("critically", "seriously", "severely", "gravely", "badly")
#: SEVERITY_WORDS: how badly one person was hurt, said of him alone before a figure of others: "left
#: one soldier in critical condition and wounded two others" (one figure of three).
SEVERITY_WORDS = SEVERITY_ADVERBS + ("critical", "serious", "grave", "life-threatening", "severe")
#: ONE_VICTIM_NOUNS: one person after "a" or "an" is a figure of one ("killed a senior
#: commander", "a US service member was wounded").
ONE_VICTIM_NOUNS = ("service member", "servicemember", "soldier", "commander", "leader", "contractor",
                    "civilian", "fighter", "militant", "officer", "sailor", "marine", "airman", "person",
                    "militiaman", "member", "citizen", "official", "policeman",
                    # "a 24-year-old Army reservist was killed"
                    "reservist", "serviceman", "servicewoman", "trooper")
#: ONE_TITLE_NOUNS: the title of one person named right after it ("the killing of Hamas chief
#: Ismail Haniyeh"): a figure of one.
ONE_TITLE_NOUNS = ONE_VICTIM_NOUNS + ("chief", "head", "general", "spokesman")
#: ALIAS_WORDS: a second name given in an aside after a person's name ("Jane Doe, also known as
#: Umm Ali, the group's deputy leader, was killed"): the aside is the same person.
ALIAS_WORDS = ("also known as", "better known as", "known as", "nicknamed", "dubbed")
#: KILLING_NOUNS: attack nouns (weapons.csv, role generic) that name the targeted killing of a person;
#: followed by "of" ("the assassination of a Hezbollah commander in Beirut") the noun is made
#: definite by whom it names, not by an attack reported before: a new attack unless at a site
#: already reported.
KILLING_NOUNS = ("assassination", "assassinations")
#: EVALUATIVE_NOUNS: attack nouns (weapons.csv, role generic) that judge rather than describe, the
#: words of the side that was hit ("an American aggression against a PMF site in Jurf al-Sakhar",
#: "this terrorist act against our offices"). Bare, with no determiner or count, they name a
#: practice ("US aggression in the region must end", "to deter further aggression"): no attack.
EVALUATIVE_NOUNS = ("aggression", "aggressions", "act of aggression", "acts of aggression", "terrorist act",
                    "terrorist acts")
#: WAR_THEATRES: the countries of the war beyond the story that its judging nouns name ("the Israeli
#: aggression on the Gaza Strip", Palestine in places.csv): a war, never one attack.
WAR_THEATRES = ("Palestine",)
#: VAGUE_FIGURES: number words that give no figure ("several", "dozens"): no casualty row.
VAGUE_FIGURES = ("several", "multiple", "dozens", "scores", "hundreds", "a few", "a couple of",
                 "a handful of")
#: MANY_FIGURES: vague figures too large for the munitions of one attack: "have fired dozens of
#: missiles at ships since November" sums up a campaign, where "two drones have hit ... since
#: Sunday" tells attacks (read by extract/summaries.py).
MANY_FIGURES = ("dozens", "scores", "hundreds")
#: DURATION_UNITS: the units of a span that an attack in the perfect lasts through ("have pounded
#: positions for weeks", "has been shelling the area for more than three months"): a campaign, not
#: one attack (read by extract/summaries.py; hours and minutes are one attack's length).
DURATION_UNITS = ("days", "weeks", "months", "years")
#: DURATION_LEADS: the words that may stand between "for" and a span's number or unit ("for
#: more than three months", "for the past two weeks", "for several years").
DURATION_LEADS = ("more than", "over", "nearly", "almost", "about", "some", "at least", "the past", "the last")
#: DISALLOW_VERBS: after a negation, a verb of letting an attack happen ("will not tolerate
#: attacks on our forces"): a warning, not a denial.
DISALLOW_VERBS = ("tolerate", "accept", "allow", "permit")
#: INVOLVEMENT_WORDS: "denied taking part in the attack" denies a role, not the attack.
INVOLVEMENT_WORDS = ("taken part", "took part", "taking part", "involvement", "involved", "role",
                     "responsib", "behind", "carried out", "carrying out", "participat", "conducted",
                     # a part denied in other words ("dismissed claims that it had a hand in the
                     # strike", "rejected allegations that it ordered the attack")
                     "a hand in", "ordered", "connection", "links to", "link to")
#: INVOLVED_IN_WORDS: a part in attacks, before "in" ("was involved in attacks on US forces",
#: "took part in attacks", "had a role in attacks").
INVOLVED_IN_WORDS = ("involved", "took part", "taken part", "taking part", "take part", "takes part", "participated",
                     "participating", "participate", "participates",
                     "a role", "complicit", "involvement")
#: DOER_NOUNS / DOING_WORDS: the unnamed doers of attacks, named by what they do ("hunt the
#: elements conducting the rocket attacks", "find those behind the strikes"): the
#: attackers' record, an order to find them, not an attack of the story.
DOER_NOUNS = ("elements", "those", "individuals", "parties", "people", "anyone", "whoever", "cells", "gunmen")
DOING_WORDS = ("carrying out", "who carried out", "who carry out", "behind", "responsible for", "conducting")
#: PURSUIT_VERBS / PURSUED_DOERS: a hunt for an attack's doers ("Baghdad's units are pursuing the culprits",
#: "a campaign to find and arrest the assailants", "would hunt down those responsible"): a
#: statement of it tells that the attack happened (the gold's confirmation: the state pursues the
#: doers of an attack it holds real), and names it again by its doers (read by extract/stances.py).
PURSUIT_VERBS = ("pursue", "pursues", "pursued", "pursuing", "hunt down", "hunts down", "hunted down", "hunting down",
                 "track down", "tracks down", "tracked down", "tracking down", "find", "finds", "finding",
                 "arrest", "arrests", "arrested", "arresting", "apprehend", "apprehends", "apprehended",
                 "apprehending", "capture", "captures", "captured", "capturing", "catch", "catches", "catching")
PURSUED_DOERS = ("perpetrators", "attackers", "assailants", "culprits", "those responsible", "those behind",
                 "the people behind", "whoever was behind", "whoever carried out")
#: DOER_LINKS / DOER_HEDGES: a named group, then what it did to the attack noun that follows ("Kataib
#: Hezbollah, the group responsible for the Erbil rocket attack", "the militia accused of carrying out
#: Sunday's attack", "the faction, which launched the drone strike"): the group is that attack's
#: perpetrator as the text attributes it.  A hedge (accused, suspected, believed) still attributes it.
DOER_LINKS = ("responsible for", "behind", "carrying out", "having carried out", "who carried out",
              "which carried out", "that carried out", "who launched", "which launched", "that launched",
              "who conducted", "which conducted", "that conducted", "who staged", "which staged", "that staged")
DOER_HEDGES = ("accused of", "suspected of", "blamed for", "believed to be", "thought to be", "said to be",
               "believed to have been", "suspected to have been", "widely seen as")
#: SUPPORT_WORDS: backing for attacks, right before a bare plural ("accused Iran of supporting
#: attacks against Israel", "its backing of attacks on US troops"): a side's record or an
#: accusation about a campaign, not an attack of the story.  Only the ongoing and present forms:
#: "Britain supported US strikes on Thursday" reports the strikes.
SUPPORT_WORDS = ("supporting", "supports", "support for", "support of", "backing", "backing of", "backs",
                 "sponsoring", "sponsors", "sponsorship of", "funding", "funding of", "funds", "financing",
                 "finances", "encouraging", "encourages", "inciting", "incites", "incitement to")
#: SANCTION_NOUNS: measures that "target" or "hit" people and firms without force ("two commanders
#: were targeted with new US sanctions", "the leaders targeted by the sanctions", "hit with fresh
#: penalties"): the attack verb before them names no attack.
SANCTION_NOUNS = ("sanctions", "sanction", "penalties", "asset freezes", "travel bans", "designations")
#: CAMPAIGN_OBJECTS: after a blame with no attack of its sentence, what the actor is blamed for
#: when it is the campaign or the arming of it, not the attack just told ("blamed Kataib Hezbollah
#: for the wider campaign against US troops", "accused Tehran of arming such groups").
CAMPAIGN_OBJECTS = ("campaign", "campaigns", "string", "series", "spate", "wave", "surge", "escalation",
                    "pattern", "arming", "arms", "equipping", "training", "directing")
#: OWN_OPERATION_NOUNS: a state's name for its own strike in its own words, after "this", "today's"
#: or "our" ('"This self-defence operation was limited," the minister said', "our response began
#: tonight"): said right after the strike is told, the word reports on it (read by extract/stances.py).
OWN_OPERATION_NOUNS = ("operation", "action", "response")
#: BLAMED_TRENDS: a rise or run of attacks as the direct object of a blame verb ("blamed the spike in
#: rocket attacks on militias", "attributed the uptick to ..."): the campaign's trend is blamed, no
#: attack of the story (read by extract/stances.py).
BLAMED_TRENDS = ("spike", "surge", "rise", "uptick", "increase", "upswing", "string", "series", "spate",
                 "wave", "flurry", "escalation")
#: SEQUENCE_WORDS: words that put a date on another event ("hours after the strike on Sunday";
#: "hurt in the attacks, all before the strikes on October 26": "prior to" is "before").
SEQUENCE_WORDS = ("after", "before", "following", "since", "later", "earlier", "response", "retaliation",
                  "came", "prior to")
#: CLAUSE_OPENERS: right before an actor after an attack noun, a conjunction that opens a clause of
#: its own ("attacks on US troops have grown since Hamas attacked Israel"): the actor is that
#: clause's subject and its verb another attack, not the noun's verb.
CLAUSE_OPENERS = ("since", "after", "before", "when", "until", "while")
#: RESPONSE_STRIKE_WORDS: in a state official's confirmation tied to the attack on its forces, the
#: words that speak of the state's own strikes in reply ("Austin said the strikes were meant to
#: degrade ...", "munitions were used in the retaliatory attacks, CENTCOM said"; read by
#: extract/rows.py).
RESPONSE_STRIKE_WORDS = ("strikes", "airstrikes", "air strikes", "retaliatory", "retaliation", "reprisal",
                         "reprisals")
#: MOTIVE_PHRASES: a strike's motive before a bare plural ("in retaliation for attacks on US
#: forces", "a retaliatory move against attacks targeting US personnel"): the campaign, which
#: the day of the strike does not date.
MOTIVE_PHRASES = ("retaliation for", "retaliation against", "response to", "responding to", "responded to",
                  "retaliating for", "retaliating against", "move against", "reprisal for", "revenge for",
                  "to deter", "to stop", "answer to", "reply to", "replying to")
#: ANSWERING_WORDS: in an attack noun phrase, the words that make it the strike that answers an
#: attack ("the retaliatory airstrikes", "the reprisal strikes"): it never names again the attack
#: it answers (extract/coref.py).
ANSWERING_WORDS = ("retaliatory", "retaliation", "reprisal", "punitive")
#: MOTIVE_NOUNS: a place after these, before it in the clause, is in the motive of an attack
#: ("came under a drone strike over US complicity in the war on Gaza"), not its place; so is a
#: place after the war it is set in ("the latest of its reprisals amid the ongoing conflict in
#: Gaza") or a cause it serves ("we will go on, to support our people in Gaza").
MOTIVE_NOUNS = ("complicity", "support for", "in support of", "solidarity with", "in protest", "in revenge", "in retaliation",
                "in response", "retaliation for", "response to", "amid the ongoing", "amid the war", "amid the conflict",
                "amid israel's", "to support")
#: EARLIER_ATTACK_CUES: after these, what the clause names is another, earlier or later attack
#: ("The attack comes days after a US drone killed five fighters near Kirkuk"): its place is
#: not the place of the attack before the cue.
EARLIER_ATTACK_CUES = ("days after", "a day after", "weeks after", "a week after", "months after",
                       "days before", "a day before", "weeks before", "comes after", "came after")
#: CAUSE_OPENERS: words that open the cause of what a clause tells ("struck militia sites in X
#: after its base at Y was subjected to rocket fire", "shelled villages following a drone attack on
#: the base"): when the cause holds the next attack of the sentence, its places are that attack's.
CAUSE_OPENERS = ("after", "following", "in response to", "in retaliation for", "in reprisal for", "in revenge for")
#: MOTIVE_OPENERS: right before an attack noun, the words that make it the motive a strike
#: answers ("struck depots on Monday in retaliation for an earlier attack on a US base", "In
#: response to a drone attack, US jets hit ..."): that attack is not the strike, and the strike's
#: places, day and doer before these words are not its (extract/frames.py, extract/coref.py).
MOTIVE_OPENERS = CAUSE_OPENERS + ("in retribution for", "in answer to", "in reply to", "as retaliation for",
                                  "as a response to", "in the wake of")
#: INVASION_VERBS: a ground invasion of a whole country dated only by its year ("The United
#: States invaded Iraq in 2003") is a war, no attack entry (ANNOTATION.md); a dated day keeps it
#: ("Hamas fighters invaded southern Israel on October 7").
INVASION_VERBS = ("invaded", "invade", "invades")
#: MASS_ATTACK_NOUNS: attack nouns of no number, whose singular may stand for many attacks ("have
#: traded rocket fire for weeks", "villages have endured shelling for months"): in the perfect with
#: a span they sum up a campaign, as a bare plural does (read by summaries.py).
MASS_ATTACK_NOUNS = ("fire", "shelling", "bombardment")
#: VAGUE_MANY: number words of no figure before a motive's plural attack noun ("in response to
#: multiple attacks on coalition troops", "in retaliation for numerous attacks on US soldiers"):
#: the campaign a strike answers, summed up, never an attack of the story (read by summaries.py).
VAGUE_MANY = ("multiple", "numerous", "countless")
#: BLAME_PHRASES: before a plural attack noun, the campaign someone is blamed for ("a militia
#: leader blamed for attacks on US troops"): no attack of the story; before a single one with no
#: place or time of its own, a past attack named in passing ("the officer in charge of an assault
#: that wounded four troops").
BLAME_PHRASES = ("blamed for", "responsible for", "accused of", "linked to", "implicated in", "in charge of")
#: TARGET_COUNT_NOUNS: "struck three sites": one strike wave on a count of targets.
TARGET_COUNT_NOUNS = ("sites", "targets", "locations", "facilities", "positions", "bases")
#: HOST_VERBS: "Jordan hosts about 3,000 US troops"; the participle and the bare noun phrase of
#: an apposition: "Tower 22, an outpost housing about 350 US troops", "Harir, home to some 400".
HOST_VERBS = ("hosts", "host", "houses", "is home to", "home to", "has", "housed", "hosted", "housing", "hosting")
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
#: HEADLINE_ATTACK_VERBS: a headline tells its attack in the present tense ("Drone hits base",
#: "Missile barrage targets airbase", "Rockets fired at embassy"): with a weapon word, the
#: headline names an attack (extract.head_weapons).
HEADLINE_ATTACK_VERBS = ("hits", "hit", "targets", "targeted", "strikes", "struck", "attacks", "attacked", "pounds",
                         "slams", "rocks", "fired at", "launched at", "barrage", "under")
#: BASE_NOUNS: "stationed at a base in Erbil": the place after them is the base's.
BASE_NOUNS = ("base", "air base", "airbase", "camp", "facility", "outpost", "garrison", "compound")
#: STRUCK_SITE_NOUNS: a definite one of these names again the site of the attack just told ("A drone
#: hit Erbil airport on Thursday. On Saturday the airport was targeted again"): the bases and the
#: other kinds of site attacked in this reporting.
STRUCK_SITE_NOUNS = BASE_NOUNS + ("airport", "airfield", "field", "oilfield", "gas field", "oil field",
                                  "installation", "embassy")
#: DANGER_SUBJECTS: things, not speakers, that "threaten" in the sense of endangering ("militia
#: activity has threatened the lives of US personnel", "the attack threatens a wider war"): no vow.
DANGER_SUBJECTS = ("activity", "activities", "attack", "attacks", "strike", "strikes", "escalation", "violence",
                   "war", "conflict", "fighting", "presence", "tensions", "incident", "campaign", "aggression",
                   "crisis", "operations", "drones?", "rockets?", "missiles?")
#: ENDANGERED_OBJECTS: what is endangered right after "threatens" ("threatens the lives of",
#: "threatening regional stability", "threatens a wider war", "threatening the government's efforts"):
#: no vow of an attack ("threatened to escalate" is one: a verb after "to" is the speaker's own, unless
#: it is a harm only a thing does, "threatens to destabilise the region").
ENDANGERED_OBJECTS = ("lives?", "safety", "security of", "stability", "peace", "wider", "broader", "regional",
                      "full-scale", "all-out", "spillover", "efforts",
                      # a thing that "threatens to" do harm ("the renewed attacks threaten to destabilise the
                      # region", "the crisis threatens to drag in the great powers"): a danger, not a vow
                      "to destabilize", "to destabilise", "to spark", "to undermine", "to derail", "to drag", "to pull",
                      "to spread", "to plunge", "to unravel", "to inflame", "to upend", "to spill",
                      # "a presence that threatens to embroil Iraq in the conflict"
                      "to embroil", "to entangle", "to engulf", "to ignite")
#: PROTECTIVE_VERBS: what a vow, pledge or "would continue" "to" do is when it promises protection,
#: help or a course kept ("the government promised to protect foreign troops", "pledged to work with
#: Washington", "would continue to assess the force posture"): no threat.
PROTECTIVE_VERBS = ("protect", "safeguard", "ensure", "guarantee", "secure", "prevent", "support", "help",
                    "work", "cooperate", "investigate", "rein in", "restrain", "curb", "arrest", "bring",
                    "provide", "assist", "facilitate", "maintain", "de-escalate", "calm", "review", "respect",
                    "stop the attacks", "halt the attacks", "end the attacks", "find", "identify", "pursue the perpetrators",
                    # "would continue to assess the force posture": a course kept, no response vowed
                    "assess", "monitor", "evaluate", "consult", "coordinate", "engage", "talk", "discuss", "urge",
                    "call for", "seek", "keep in touch")
#: REMEDY_OBJECTS: what a vow or pledge promises when it is an inquiry or a step of policy, not an
#: attack or a response ("promised investigations to find the culprits", "pledged to take the
#: steps for a pullout"): no threat.
REMEDY_OBJECTS = ("investigation", "investigations", "inquiry", "inquiries", "probe", "probes",
                  "procedures for", "steps for", "arrangements for", "measures for")
#: COURSE_NOUNS: a process, not a speaker, as the subject of "would resume", "will continue",
#: "would escalate" ("an official said talks on the coalition's future would resume next month",
#: "said the negotiations will continue"): a course foretold, no threat (threat_senses.py).
COURSE_NOUNS = ("talks", "negotiations", "discussions", "dialogue", "consultations", "meetings", "meeting",
                "flights", "cooperation", "trade", "exports", "training", "funding", "payments", "investigation",
                "inquiry", "probe", "session", "sessions", "visits", "withdrawal", "drawdown", "prices", "tensions")
#: AID_NOUNS: help given, as the subject of "will continue" ("aid to Kyiv and Israel will continue"):
#: a course kept, no threat.
AID_NOUNS = ("help", "aid", "support", "assistance")
#: INDEFINITE_PAST: with an attack in the perfect, some time before, none said ("have been hit by
#: militias previously", "has on several occasions struck"): a side's record, no attack told
#: (summaries.py; "in the past" and a closing "before" are read there, with their guards).
INDEFINITE_PAST = ("previously", "on several occasions", "on multiple occasions", "on numerous occasions",
                   "on many occasions", "on a number of occasions", "on previous occasions", "on other occasions",
                   "in previous years", "in recent years", "in years past", "over the years", "historically")
#: SCENE_VERBS: in the present, right after a caption's short subject, what the people in a picture
#: are doing ("People gather around a burned car after a drone strike", "A policeman inspects the
#: wreckage following an air strike"): a photo caption, whose attack is no event (suppress.py).
SCENE_VERBS = ("gathers?", "stand guard", "stands guard", "stand", "stands", "inspects?", "look at", "looks at",
               "look on", "looks on", "carry", "carries", "walks?", "checks?", "examines?", "watch", "watches",
               "prays?", "mourns?", "attends?", "searches", "search", "surveys?", "collects?", "rest", "rests",
               "wait", "waits", "chants?", "sift", "sifts")
#: WARNING_ADJECTIVES: how a reporter grades a warning issued ("issued an ominous warning", "a
#: blunt warning", "a fresh warning"): the warning is a threat whatever its adjective.
WARNING_ADJECTIVES = ("stern", "strong", "dire", "stark", "ominous", "grave", "blunt", "clear", "direct",
                      "fresh", "new", "final", "explicit", "serious", "sharp", "chilling", "veiled", "harsh",
                      "firm", "severe", "strongly worded", "strongly-worded", "last", "public", "rare")
#: WARNING_ISSUE_VERBS: the verbs that issue a warning noun ("issued / sent / delivered a warning").
WARNING_ISSUE_VERBS = ("issued", "issues", "issuing", "sent", "sends", "delivered", "delivers", "gave", "gives")
#: ALLY_NOUNS: a named side's partners after it, which it speaks for ("Kataib Hezbollah and allied
#: groups took credit", "Iran and its proxies have threatened a wider war": the one named speaks).
ALLY_NOUNS = ("groups", "factions", "militias", "allies", "proxies", "partners", "affiliates")
#: THREAT_NOUNS, THREAT_NOUN_VERBS, THREAT_NOUN_DETERMINERS: a threat told as a noun after the verb
#: that makes it ("the group made the threat on Tuesday", "had made similar threats", "has issued
#: warnings to target US bases", "renewed its threat to strike"): the subject threatens.  A bare
#: plural after "renewed" or "repeated" is left out: there the participle is an adjective ("amid
#: renewed threats from the militias" names no one who threatens).
THREAT_NOUNS = ("threat", "threats", "warning", "warnings")
THREAT_NOUN_VERBS = ("made", "makes", "making", "issued", "issues", "issuing", "delivered", "delivers",
                     "renewed", "renews", "renewing", "repeated", "repeats", "repeating",
                     "reiterated", "reiterates", "reiterating")
THREAT_NOUN_DETERMINERS = ("the", "its", "their", "his", "similar", "such", "further", "fresh", "new", "repeated")
#: ADJECTIVAL_THREAT_VERBS: of THREAT_NOUN_VERBS, those that also stand as an adjective before a
#: plural noun ("renewed threats", "repeated warnings"): only with a determiner.
ADJECTIVAL_THREAT_VERBS = ("renewed", "repeated")
#: OATH_VERBS, OATH_OBJECTS: an oath of revenge ("Kataib Hezbollah swore to avenge its commander",
#: "swears vengeance for the martyrs"): a vow, whatever the verb; "swore in a new cabinet" is none.
OATH_VERBS = ("swore", "swears", "swearing", "sworn")
OATH_OBJECTS = ("to avenge", "revenge", "vengeance", "to retaliate", "to take revenge", "to respond",
                "retaliation")
#: HABITUAL_ADVERBS: right before a claim or speech verb, a habit, not a statement on one occasion
#: ("such attacks are typically claimed by the IRI", "the group regularly claims that it has hit US
#: bases"): no claims row.
HABITUAL_ADVERBS = ("typically", "regularly", "routinely", "usually", "often", "frequently", "generally",
                    "habitually", "customarily",
                    # "Washington has long accused the militias of ...", "have repeatedly blamed": a record
                    "long", "repeatedly")
#: FREQUENCY_ADVERBS: how often attacks come, after an attack word in a sentence with no day ("drones
#: have targeted bases almost daily", "rockets hit the garrison nearly every day"): attacks as a kind
#: that recurs, a trend (read by extract/suppress.py beside HABITUAL_ADVERBS; each is a trend cue).
FREQUENCY_ADVERBS = ("almost daily", "near-daily", "nearly daily", "every day")
#: OUTLET_NAME_TAILS: capitalised, right after a state's or its capital's name, these make the two the
#: name of a news outlet or a think tank ("the Washington Post reported", "according to Iran International
#: sources", "a Washington Institute fellow"): no actor speaks or acts.
OUTLET_NAME_TAILS = ("Post", "Times", "Examiner", "Free Beacon", "Institute", "International")
#: COUNTRY_MEDIA_NOUNS: right after a state's name or adjective, these make the two a country's news
#: media, not its government ("US media reported", "according to American press reports", "Israeli
#: television networks said"): an outlet reports, the state says nothing (ANNOTATION.md: "media
#: reports" are the outlet's).  A state's own organs with a name in the actors table ("Syrian state
#: media", "Iranian state TV") are matched as those actors first, as the longer name.
COUNTRY_MEDIA_NOUNS = ("media", "press", "newspaper", "newspapers", "news outlet", "news outlets", "outlets",
                       "television", "tv", "networks", "broadcasters", "news sites", "news reports",
                       "media outlets", "media reports", "press reports", "television networks", "tv networks")
#: MEDIA_OFFICE_NOUNS: after such a noun, what makes it a body's own office, which speaks for the body
#: ("the US press secretary", "Iraq's media cell", "a US press briefing"): no outlet.
MEDIA_OFFICE_NOUNS = ("secretary", "secretaries", "office", "offices", "officer", "cell", "unit", "wing", "arm",
                      "conference", "briefing", "release", "statement", "service", "adviser", "advisor",
                      "attache", "spokesman", "spokesperson", "department", "directorate")
#: SEAT_LOCATIVES: right before a capital that is also its state's name as an actor ("Tehran"), the
#: words that make it the city where something happened ("killed in Tehran", "in downtown Tehran",
#: "in the Iranian capital of Tehran"); elsewhere ("Tehran denied any role", "ties between Washington
#: and Tehran") it is the government, no place.  "capital" may stand between "in" and the name.
SEAT_LOCATIVES = ("in", "in downtown", "in central")
#: SEAT_RULERS: before "in" and a capital, those who rule from it: "the regime in Tehran", "backed by
#: the mullahs in Tehran" name the government again, no place.
SEAT_RULERS = ("regime", "mullahs", "clerics", "ayatollahs", "rulers", "leaders", "leadership", "government",
               "officials", "authorities", "hardliners")
#: OUTLET_NOUNS: after a town's name, a news outlet of that name ("the al-Mayadeen channel"): no place.
OUTLET_NOUNS = ("channel", "network", "tv", "television", "news agency", "agency", "newspaper", "daily",
                "radio", "website", "broadcaster", "satellite channel", "news network", "news channel")
#: OWN_CHANNELS: a group's own outlets, named by the group they belong to ("a Telegram channel
#: affiliated with Kataib Hezbollah", "social media accounts linked to the group"): the group speaks.
OWN_CHANNELS = ("channel", "channels", "account", "accounts", "media wing", "media office", "media arm")
#: OUTLET_HEADS: the last word of a news outlet's name or description before its affiliation
#: ("Sabereen News, affiliated with ...", "a news agency close to ..."): the outlet is who reports.
OUTLET_HEADS = ("news", "news agency", "agency", "outlet", "news outlet", "news channel", "news site", "news network",
                "television", "tv", "broadcaster", "newspaper", "daily", "radio", "website", "platform")
#: ATTACKER_PARTICIPLES: "it was carried out by ...": the participles whose agent did the attack just
#: reported (not "claimed by", which is a claim, nor "hit by", whose agent is a munition).
ATTACKER_PARTICIPLES = ("carried out", "conducted", "launched", "staged", "perpetrated", "orchestrated", "mounted")
#: RESPONSIBLE_LINKS, RESPONSIBLE_HEDGES, RESPONSIBLE_UNSAID: right after an actor, a link, a hedge
#: and a word of responsibility with the attack left unsaid at the clause's end ("Kataib Hezbollah
#: was responsible, an official said", "the group declared itself responsible", "X is believed to
#: be behind it"): the attacker of the attack just reported (read by extract/agents.py).
RESPONSIBLE_LINKS = ("is", "was", "are", "were", "declared itself", "declares itself", "declared themselves",
                     "called itself", "calls itself")
RESPONSIBLE_HEDGES = ("likely", "probably", "most likely", "believed to be", "thought to be", "suspected to be",
                      "assessed to be", "said to be", "believed to have been", "thought to have been",
                      "suspected to have been", "said to have been")
RESPONSIBLE_UNSAID = ("responsible", "to blame", "behind it", "behind them", "behind this", "behind that",
                      "the culprit", "the culprits")
#: ATTRIBUTED_TO: after an attack noun and its place, a clause that hands the attack to the
#: actor after it ("an attack on Erbil air base, attributed to ...", "..., which the Pentagon
#: attributes to ...", "... that officials blamed on ...").
ATTRIBUTED_TO = ("attributed to", "attributes to", "attribute to", "blamed on", "blames on", "blame on", "pinned on")
#: SUPPLY_VERBS: a patron's part, as a reason for blaming it ("responsible ... because it arms
#: them", "blamed for funding the groups"): the one blamed backed the attackers and is not
#: named as one of them (ANNOTATION.md: no attribution).
SUPPLY_VERBS = ("supplying", "supplies", "supplied", "arming", "arms", "armed", "funding", "funds", "funded",
                "financing", "equipping", "training", "backing", "sponsoring")
#: TRACE_NOUNS, TRACE_VERBS: "a strike that officials say bears the hallmarks of ...", "the
#: raid had the footprints of ...": the attack carries its attacker's marks, an attribution of
#: the attack just named to the actor after "of" (said of one attack, not of a campaign).
TRACE_NOUNS = ("footprints", "footprint", "fingerprints", "hallmarks", "hallmark")
TRACE_VERBS = ("bore", "bears", "bear", "had", "has", "have", "carried", "carries")
#: STATE_BELIEF_VERBS: a state's or its military's belief as a reporter sums it up ("the US
#: believes a faction fired the rockets", "Washington believes Tehran supplied the drones"):
#: an assessment with no statement behind it, no claims row; a person's or an official's belief
#: ("US officials believe ...") is their word and stays one.
STATE_BELIEF_VERBS = ("believe", "believes")
#: AWARENESS_WORDS: what a statement says of its speaker's knowledge, watch or readiness, not of
#: an attack ("the Pentagon said it was aware of reports of an attack", "officials said they were
#: monitoring the situation", "said US forces remain ready to defend themselves"): no stance on the
#: attack, so no confirmation (a factive "aware that two drones struck" tells the attack and is
#: not here).
AWARENESS_WORDS = ("aware of", "monitoring", "tracking", "following", "watching", "assessing", "reviewing",
                   "looking into", "gathering information", "gathering more", "seeking information", "seeking more",
                   "ready to", "ready for", "prepared to", "prepared for", "on alert", "on high alert",
                   # looking at what is only reported ("investigating reports of a new attack"; an
                   # investigation of "the attack" itself tells that it happened, and is not here)
                   "investigating reports", "investigating the reports", "probing reports", "checking reports",
                   "checking the reports", "verifying reports", "trying to verify", "working to verify")
#: AWARENESS_LINKS: the verb that joins the statement's subject to an awareness word ("was aware
#: of", "remain ready", "had become aware of", "continue monitoring").
AWARENESS_LINKS = ("is", "are", "was", "were", "remain", "remains", "remained", "became", "become", "becomes",
                   "has become", "have become", "had become", "has been", "have been", "had been", "continue",
                   "continues", "continued", "stand", "stands", "stood")
#: READINESS_NOUNS: a speaker's readiness named as a noun after the speech verb ("indicated its
#: readiness for retaliatory action", "stressed their preparedness to respond"): no stance on an
#: attack either.
READINESS_NOUNS = ("readiness", "preparedness", "willingness", "awareness")
#: MILITIA_NOUNS, MILITIA_QUALIFIERS: an unnamed militia side as the subject of a threat
#: ("Iraqi factions vowed to join any war", "one militia group promised revenge",
#: "some armed groups have threatened more strikes"): the generic Iran-backed militias threaten.
MILITIA_NOUNS = ("militias", "militia group", "militia groups", "militia men", "militiamen", "factions",
                 "armed factions", "armed groups")
MILITIA_QUALIFIERS = ("iraqi", "other", "one", "some", "several", "shiite", "shia", "armed")
#: MILITIA_SUBJECT_FILLERS: auxiliaries and adverbs between such a subject and its threat verb.
MILITIA_SUBJECT_FILLERS = ("have", "has", "had", "also", "explicitly", "repeatedly", "publicly", "since",
                           "already", "recently", "then")
#: BELIEF_VERBS: "..., which officials suspect was launched by ...": a speaker's belief or word
#: before the participle of the attack in a relative clause.
BELIEF_VERBS = ("believes", "believe", "believed", "suspects", "suspect", "suspected", "says", "say", "said",
                "thinks", "think")
#: MEASURE_NOUNS: measures that "target" a group without an attack ("imposed sanctions targeting
#: Kataib Hezbollah", "designations aimed at the militia's leaders").
MEASURE_NOUNS = ("sanctions", "measures", "designations?", "restrictions", "penalties", "legislation", "bill",
                 "resolution", "rewards?", "indictments?", "charges", "visa bans?", "asset freezes?")
#: SECURITY_BODIES: the bodies an unnamed source speaks from ("a source in the Anbar police", "sources
#: from the Interior Ministry"): a security source.
SECURITY_BODIES = ("police", "army", "security forces", "interior ministry", "ministry of interior",
                   "ministry of the interior", "defense ministry", "defence ministry", "ministry of defense",
                   "ministry of defence", "operations command", "border guards?")
#: BODY_MEMBER_NOUNS: an unnamed person or source of a security body ("an Iraqi police official",
#: "a senior army officer", "an officer from the Iraqi army"): the security source speaks, not the
#: body (the body's own word is "the Iraqi army said"; its spokesman speaks for it).
BODY_MEMBER_NOUNS = ("sources?", "officials?", "officers?")
#: UNNAMED_SPEAKER_NOUNS: an unnamed speaker after a comma, right before its verb ("... were fired
#: by Kataib Hezbollah, two officials said"): the named actor before the comma does not speak.
UNNAMED_SPEAKER_NOUNS = (*BODY_MEMBER_NOUNS, "spokes(?:man|woman|person)", "diplomats?", "witnesses", "residents",
                         "analysts?", "experts?")
#: UNNAMED_SOURCE_FIELDS: the field a reporter gives such a speaker instead of its body ("security
#: officials", "two military sources"); a body's own word ("a group official") ties it to the name.
UNNAMED_SOURCE_FIELDS = ("security", "military", "defense", "defence", "government", "intelligence")
#: SOURCE_QUALIFIERS: what a reporter puts before such a person instead of a name ("an unnamed
#: police official", "a senior army officer", "a second local security official").
SOURCE_QUALIFIERS = ("unnamed", "anonymous", "senior", "high-ranking", "local", "second", "another", "top",
                     "provincial", "regional")
#: HOST_DEMONYMS: the host states whose unnamed security people are the security source ("an
#: Iraqi police officer", "a Syrian army officer"); a US or an Israeli officer speaks for his side.
HOST_DEMONYMS = ("iraqi", "syrian", "jordanian", "kurdish")
#: HEALTH_BODIES: the health institutions an unnamed source speaks from ("a source at the hospital in
#: al-Qaim", "a hospital official", "a doctor at the Albu Kamal hospital"): the health sources.
HEALTH_BODIES = ("hospitals?", "health ministry", "ministry of health", "health directorate", "health department",
                 "morgue")
#: HEALTH_MEMBER_NOUNS: an unnamed person of such a body ("a hospital official", "a doctor at the hospital").
HEALTH_MEMBER_NOUNS = ("sources?", "officials?", "doctors?", "medics?", "physicians?", "staff")
#: LOCAL_BODIES: local government an unnamed member speaks from ("a member of the Anbar provincial
#: council", "a municipality official"): a local official.
LOCAL_BODIES = ("provincial council", "provincial government", "governorate", "municipality", "city council",
                "local council", "district council")
#: LOCAL_MEMBER_NOUNS: an unnamed person of such a body ("a provincial council member").
LOCAL_MEMBER_NOUNS = ("officials?", "members?", "sources?")
#: LOCAL_HOLDERS: the local office holders who speak as a local official ("Erbil's governor said",
#: "the mayor of al-Qaim told", "Anbar's deputy governor confirmed").
LOCAL_HOLDERS = ("governor", "deputy governor", "mayor", "district chief", "district commissioner")
#: SPEAKER_DESCRIPTORS: a reporter's description of a body before its name after "according to" or
#: "said" ("according to the paramilitary Popular Mobilization Forces", "said the semi-official agency").
SPEAKER_DESCRIPTORS = ("paramilitary", "semi-official", "state-run", "state-owned", "official", "militant",
                       "powerful", "hardline", "shiite", "shia", "umbrella", "armed")
#: BARE_SOURCE_BODIES: a body whose own plain name before a speech verb is an anonymous source
#: ("..., police said", "Anbar police told reporters"): it is no actor of its own.
BARE_SOURCE_BODIES = ("police",)
#: OFFICE_HOLDER_TITLES: the office holder of a body or a group who speaks for it ("Hezbollah's
#: leader, N, has promised", "N, secretary general of the Y group, stressed": the body or group speaks).
OFFICE_HOLDER_TITLES = ("leader", "chief", "head", "commander", "spokesman", "spokesperson", "spokeswoman",
                        "secretary-general", "secretary general")
#: DEMONYMS: a nationality adjective and its country (a kind=country name of places.csv), which
#: names a state's organ before an organ word ("the Lebanese cabinet condemned": Lebanon's
#: government speaks).  A country with no government in actors.csv gives no speaker.
DEMONYMS = (("iraqi", "Iraq"), ("syrian", "Syria"), ("jordanian", "Jordan"), ("iranian", "Iran"),
            ("israeli", "Israel"), ("turkish", "Turkey"), ("american", "United States"), ("lebanese", "Lebanon"),
            ("yemeni", "Yemen"), ("egyptian", "Egypt"), ("saudi", "Saudi Arabia"), ("qatari", "Qatar"),
            ("kuwaiti", "Kuwait"), ("emirati", "United Arab Emirates"), ("british", "United Kingdom"))
#: FOUNDING_VERBS: a date right after one of them, with its preposition, is when a group or a
#: body came to be ("the IRI, which was established in 2020", "a militia formed in 2014"), never
#: the date of an attack told in the same sentence.
FOUNDING_VERBS = ("established", "founded", "formed", "created", "set up", "born", "designated", "listed",
                  "co-founded", "organized", "organised")
#: TERRITORY_DEMONYMS: nationality adjectives that place an attack's object in that country
#: ("airstrikes on Iraqi and Syrian targets", "a drone hit an Iraqi base"): the host states and
#: Israel.  Not "American", "British", "Turkish" or "Iranian": those states' bases and positions
#: are mostly abroad ("American bases" are in Iraq and Syria; "Iranian positions" in Syria).
TERRITORY_DEMONYMS = ("iraqi", "syrian", "jordanian", "lebanese", "israeli", "yemeni")
#: TERRITORY_NOUNS: the plural objects after such an adjective that name a state's ground as a
#: wave's targets ("on Iraqi and Syrian targets", "struck Syrian military sites"); not a single
#: base or "soil", which outlets use to tell again an attack placed before ("the first American
#: strike on Iraqi soil since spring").
TERRITORY_NOUNS = ("targets", "sites", "positions", "facilities", "military sites", "military positions",
                   "military facilities")
#: ANOTHER_DETERMINERS: before a casualty figure, the words that make it one beyond those told
#: before ("another four were wounded", "a further two soldiers"): read by the casualty figures
#: (a figure of others) and their repeats (never the same dead as an earlier figure).
ANOTHER_DETERMINERS = ("another", "an additional", "a further")
#: HOST_GROUND_NOUNS: after a host state's adjective (TERRITORY_DEMONYMS), the ground a standing
#: force is on ("2,500 US troops on Iraqi soil", "stationed at Iraqi military bases"): the figure's
#: country.
HOST_GROUND_NOUNS = ("soil", "territory", "ground", "bases", "military bases", "installations", "land")
#: AIRCRAFT_SIDES: a side's word right before an aircraft noun that is an attack verb's subject,
#: and the actor whose aircraft they are ("coalition aircraft destroyed the launcher", "Israeli
#: jets struck a depot"): the side flies them, so its forces made the strike.  Aircraft only: a
#: drone or a missile is named by where it was made ("Iranian drones" are the militias').  The
#: sides that strike in this story's theatre: the bare "coalition" (the actors table keeps it only
#: with its article or a noun) and the nationalities of the US side and Israel; not other wars'
#: air forces ("Turkish jets struck villages near Qamishli" stays with no attacker, as a case has it).
AIRCRAFT_SIDES = (("coalition", "US-led coalition"), ("american", "United States"), ("israeli", "Israel"))
#: ORDINAL_PRONOUNS: after "the", the words that stand for one of several attacks told before as
#: a verb's subject ("the first targeted the oil field, while the other struck Ain al-Asad").
ORDINAL_PRONOUNS = ("first", "second", "third", "fourth", "former", "latter", "other", "last")
#: DEMONYM_COUNTRIES: the country of each nationality adjective of DEMONYMS.
DEMONYM_COUNTRIES = dict(DEMONYMS)
#: STATE_ORGANS: the civil organs and office holders of a state that speak for its government
#: ("Turkey's foreign ministry said", "the Iraqi president, N, said").
STATE_ORGANS = ("government", "cabinet", "parliament", "presidency", "prime ministry", "ministry", "ministries",
                "prime minister", "minister", "president", "premier", "spokesman", "spokeswoman", "spokesperson",
                "foreign office", "national security council")
#: STATE_FORCES: the armed organs of a state, that speak for its military ("Jordan's armed forces
#: announced": the military of Jordan, or its government where the tables have no military of it).
STATE_FORCES = ("military", "army", "armed forces", "air force", "navy", "defense forces", "defence forces")
#: ORGAN_QUALIFIERS: the words that may stand between a state's name and its organ ("Iran's
#: diplomatic spokesperson", "the Syrian defence ministry"); any other word makes the organ not
#: the state's ("an Iraqi militia spokesman": the militia's).
ORGAN_QUALIFIERS = ("foreign", "defense", "defence", "interior", "diplomatic", "military", "government", "top",
                    "senior", "chief", "national", "security", "federal", "caretaker", "acting", "deputy", "prime",
                    "official", "state", "armed", "forces", "information", "communications")
#: SPOKESMAN_ROLES: who speaks for a body, named by the role before the body ("N, a spokesman for
#: X", "an aide to X", "the head of X's media office"): the body speaks.
SPOKESMAN_ROLES = ("spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "adviser", "advisor",
                   "official", "officer", "representative", "director", "head", "chief", "commander", "leader",
                   "secretary-general", "secretary general", "press secretary", "envoy")
#: MISSION_POSTS: where a state's diplomatic mission sits ("Syria's mission to the UN stated"):
#: the mission speaks for the state.
MISSION_POSTS = ("united nations", "un", "u.n.", "united states", "us", "u.s.")
#: DIPLOMAT_TITLES: a diplomat named by the embassy that is their post ("the charge d'affaires of the
#: US Embassy in Baghdad"): the embassy is no place of an attack.
DIPLOMAT_TITLES = ("charge d'affaires", "chargé d'affaires", "ambassador", "envoy", "diplomats?", "staff", "consul")
#: WEAPON_FACILITY_NOUNS: right after a weapon word, the thing it describes, which a strike hits or a
#: militia keeps ("struck a drone storage site", "rocket and missile launchers", "a drone factory",
#: "one-way attack drone facilities"): the weapon word names the target, not the attack's weapon
#: (unlike :data:`FACILITY_NOUNS`, no owner need follow).  "launch" and "launching" count only
#: before one of these ("a drone launch site"; "a drone launch toward the base" is the attack).
WEAPON_FACILITY_NOUNS = ("storage", "storages", "stockpile", "stockpiles", "depot", "depots", "warehouse",
                         "warehouses", "facility", "facilities", "factory", "factories", "plant", "plants",
                         "workshop", "workshops", "production", "manufacturing", "assembly", "site", "sites",
                         "launcher", "launchers", "launch pad", "launch pads", "infrastructure", "arsenal",
                         "arsenals", "capability", "capabilities", "program", "programme", "programs",
                         "programmes", "unit", "units", "cell", "cells", "team", "teams", "operators", "crew",
                         "crews", "hangar", "hangars", "components", "parts", "supplies", "supply",
                         "maintenance")
#: ATTRIBUTING_WORDS: words of a clause that hands an attack to its doer ("Kataib Hezbollah was
#: behind it", "the militia was responsible", "... were to blame", "was launched by ...", "bore
#: the hallmarks of ..."): with them, the plain present "say" of a plural speaker reports a blame
#: ("US officials say X was behind it"), read by extract/say_uses.py.
ATTRIBUTING_WORDS = ("behind", "responsible", "to blame", "perpetrators", "culprits", "hallmarks", "hallmark",
                     "fingerprints", "footprints", "handiwork", "the work of",
                     *(f"{p} by" for p in ATTACKER_PARTICIPLES), "fired by", "sent by")
#: LINK_ADVERBS: a hedge between "was" and the participle of a relative clause that attributes an
#: attack ("..., which officials say was likely carried out by ..."): it still attributes it.
LINK_ADVERBS = ("likely", "probably", "possibly", "apparently", "most likely", "almost certainly")
#: HANDING_VERBS: the past tense of the verbs by which a speaker hands an attack to its doer in
#: a relative clause after the attack's noun (", an attack US officials blamed on X", "a strike
#: the Pentagon attributed to X", "an assault the group claimed"): read by extract/coref.py.
HANDING_VERBS = ("blamed", "attributed", "pinned", "claimed")
#: CULPRIT_NOUNS: what a pointing verb names its actor as ("pointed to X as the perpetrators",
#: "singled out X as the likely culprit", "as responsible for the strike"): read by
#: extract/blame_uses.py.
CULPRIT_NOUNS = ("perpetrators", "perpetrator", "culprits", "culprit", "attackers", "attacker", "responsible",
                 "those responsible", "the group responsible", "behind",
                 # "considers X the prime suspect", "named X as the main suspect"
                 "suspects", "suspect")
#: HELD_COMPLEMENTS: what "holds X ..." holds its actor as ("holds X responsible", "held the
#: militia fully accountable"): read by extract/blame_uses.py.
HELD_COMPLEMENTS = ("responsible", "accountable", "fully responsible", "fully accountable",
                    "directly responsible", "directly accountable")
#: CULPRIT_HEDGES: a hedge before a culprit noun ("as the likely culprit").
CULPRIT_HEDGES = ("likely", "probable", "possible", "suspected", "presumed", "main", "most likely", "prime", "chief")
#: LINKED_ATTACK_NOUNS: the attack a linking verb ties its actor to ("linked X to the drone
#: strike", "tied X to Sunday's attack", "connected X to the rocket fire").
LINKED_ATTACK_NOUNS = ("attack", "attacks", "strike", "strikes", "assault", "bombing", "fire", "barrage",
                       "incident", "raid", "killing", "killings", "deaths")
#: FIELD_WORDS: the kind words that end the name of an oil or gas field, which reporters use
#: for one field interchangeably ("the Conoco gas field", "the Conoco oil field", "the Conoco
#: field"); the gazetteer gives every field each of them (the longest first, so "oil field" is
#: not read as "field").
FIELD_WORDS = ("gas field", "oil field", "gasfield", "oilfield", "field")
