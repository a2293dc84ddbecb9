"""Switches of the rule extractor, each measured on the gold set (see README)."""

RULES_VERSION = "1.17"  # round 20: orders, denials that point back, read off real web pages
# Gold annotation (and readers) carry the last stated date and place over to later sentences
# of the same story; these switches say how far.
INHERIT_DOCUMENT_TIME = False
# Evidence: the clause of the act (False) or its whole sentence (True).
SENTENCE_EVIDENCE = False
# A statement repeated later in the document gives one claim (spec annotation rule).
DROP_REPEATS = True
# "the organization" written as the group's name (True) or as written (False).
RESOLVE_ANAPHORS = True
# Undated acts take the date of the first dated act of the document (one raid, one episode).
EVENT_DATE = False
# How many paragraphs back the last stated date still dates a claim that states none.
INHERIT_PARAGRAPHS = 0
# Claims that name no place happened at the place the document keeps returning to.
INHERIT_DOCUMENT_PLACE = True
# ...except acts that happen at no site, marked `carried_place: false` in acts.yaml (a label
# pinned on someone, a disappearance): they take a place only from their own clause.
PLACES_CARRIED_BY_ACT = True
# A judgment's own voice is its court's: where a court finds ("The Chamber finds that..."), the
# claims the document states itself are asserted by that court (GUIDE.md, "Who asserts").
COURT_VOICE = True
# An act marked `ongoing: true` in acts.yaml (a disappearance) dated to one day, month or year
# began then: it has no end unless the text gives one ("disappeared in 2016": start 2016).
ONGOING_ACTS = True
# A thing done to names its owner with "of" as with a possessive: "confiscated the passports of
# members", "the identity cards of all new arrivals were taken" befell the members, the arrivals.
OWNER_OF_THINGS = True
# A threat is made to whom it is told ("the interrogators told him that his wife would follow
# him", "R.A. was told that her family would be killed"), besides those it would harm.
THREAT_ADDRESSEE = True
# A name the text defines as a room of custody ("The Bothy is an old stone shed", "Reset was a
# room with no handle on the inside") is a named site: "I did nine days in the Bothy" is told.
SITES_DEFINED_AS_ROOMS = True
# An act whose own words name no victim ("abductees were forced to carry loads", a noun the
# parse hung elsewhere) takes the person its sentence names nearest to it, before the people
# of the paragraph or the last victims the document named.
VICTIMS_IN_SENTENCE = True
# A name after "the Government of", "the people of", "the Bureau of" is a place's, not a person's
# a later "he" could stand for (the tagger often calls an unfamiliar country a person).
OF_PLACE_HEADS = True
# A name the document writes after "in" or "at" anywhere ("he was taken to Ryonggol ... held in
# Ryonggol") is a place, not a person "he" may stand for, even before the text says so.
PLACES_WRITTEN_ANYWHERE = True
# A wording's "none of these words under it" looks past a clause its conjunction subordinates:
# "he hit my mother because she would not open it" is a blow, though "hit it" is none.
SUBORDINATE_CLAUSES_APART = True
# Custody its own clause places in a site the text calls solitary ("the Khalvat, the cells where
# people were kept alone"; "... put in the Khalvat") is solitary confinement.
SOLITARY_SITES_MAKE_THE_ACT = True
# Round 16: custody its own clause tells as kept alone ("kept in a container by herself",
# "locked me in alone") is solitary confinement.
ALONE_IS_SOLITARY = True
# A name the text gives a place of custody is no person, whatever the tagger says of it.
SITES_ARE_NO_PERSONS = True
# In a text about custody (CAPTIVES_TEXT_WORDS words of custody or more: 2 rather than 5 or 10
# gains act F1 sum +0.09 and +0.19 over 84 splits; 0 or 1 gain a little more, but then any text
# is one), a death whose own sentence tells of no violence ("one morning he was dead") is a
# death in custody, though its paragraph says nothing of custody.
DEATHS_AMONG_CAPTIVES = True
# A verb joined to a negated one takes its negation only when it shares its subject ("no member
# was detained or tortured"), not when it has its own ("he could not breathe and by the morning
# he was dead").
OWN_SUBJECT_OWN_POLARITY = True
# The person a sentence names for an act that names none may be the subject of another verb
# ("women held at a transit yard were subjected to rape", misparsed as 'women held').
SUBJECTS_OF_OTHER_VERBS = True
# A name with a word of a body or a place ("Horizons Watch", "the Embassy", "Camp Ashraf") is no
# person "he" or "she" may stand for, whatever the tagger calls it.
BODIES_ARE_NO_PERSONS = True
# "he" or "she" that no name the tagger found stands for ("Source B, 34, ... He was kicked")
# is the one person the paragraph or the document last told an act of.
ONE_VICTIM_FOR_LOST_PRONOUNS = True
# ... and so do "I", "me" and "you" where the text has no narrator or speaker they could be
# ("Testimony 3. ... Nobody kidnapped me"): over 91 splits va up 17, down 2.
LOST_FIRST_PERSONS = True
# A name right before a speech verb that the parser left without a subject ("Dalca told the jury
# that...", 'Dalca' read as a modifier) is the one who speaks.
MISPARSED_SPEAKERS = True
CAPTIVES_TEXT_WORDS = 2
# "the Association of Families of the Missing of Ruvubo", "the Martyrs' Office": a capitalised
# word of a body's name (as the tagger marks names) states no act.
NAMES_STATE_NO_ACT = True
# "He said if I did not sign my daughter would go to a children's home": what someone tells will
# befall the hearer if he does or does not do something is a threat, whatever the harm's words.
CONDITIONAL_THREATS = True
# "They were handcuffed to a metal chair", "handcuffed" parsed as the adjective of "were": the
# participle is a passive, its victim the subject of "were".
PARTICIPLES_AFTER_BE = True
# "Kim, imprisoned in a camp at 13, spoke at the conference": a participle set off by commas right
# after its noun, with no object, parsed as the noun's active verb, befalls that noun.
SET_OFF_PARTICIPLES = True
# "Jung claims the charges were fabricated": words of the act's own wording ("charges",
# "fabricated") and the verb "claims" do not make the act an allegation called false.
OWN_WORDS_NOT_FALSITY = True
# "Jung claims the charges were fabricated by security agents": an accusation whose passive
# names its agent was made by that agent, not by who tells of it.
OWN_AGENT_ACCUSES = True
# "Saken reported being held for weeks", "she spoke of being beaten": a passive gerund with no
# subject of its own befell the subject of the verb it completes.
GERUND_PASSIVE_SUBJECTS = True
# "Nurislam told Amnesty he was made to stand all day": "he" or "she" as the subject of what a
# named person says is that person, not whoever was named last (the listener, a body).
SAYER_IS_HE = True
# "One former detainee told HRW he was tortured": so for a teller named by a noun for one person.
UNNAMED_TELLERS = True
# "Hillman recited the testimony about the commune, where he said...": a subject "he" or "she" in
# a clause under a verb whose subject is a named person (no other person between) is that person.
SUBJECT_ABOVE_IS_HE = True
# "could be sentenced to life in prison", "might be detained again": a passive under "could"
# or "might" tells what may befall someone, not what did ("may" also writes rules).
MAY_BE_DONE = True
# "Police rescued over 300 young men from a school where they were chained": a state body the text
# tells as rescuing or freeing people is not the body it lays its acts at by default.
RESCUERS_DO_NOT = True
# "they rescued over 300 young men from a school where they were chained": "they" in a clause on a
# noun is the people the sentence named just before that noun, not who tells it.
THEY_IN_A_CLAUSE = True
# "... sodomised by their teachers. Seven teachers at the school have been arrested": the doers a
# paragraph named are not lent to an act done to the same people.
SAME_PEOPLE_NOT_DOERS = True
# '"... thousands of injuries, tens of thousands of arrests ...," said the Special Rapporteur': the
# speaker of a quote is a subject outside its quotation marks, not a word of the quote.
SPEAKER_OUTSIDE_QUOTE = True
# '"We are outraged at the allegations of mass killings"': an act that allegations are of did not
# befall the "we" who speak of them.
ALLEGED_NOT_OURS = True
# "the crackdown has led to the death of over 600 people": the people a thing the act befell is
# "of" are its victims, not the thing.
DEATH_OF_PEOPLE = True
# "They were given the order to punish me": a word for a group ("the order", "the mission") that an
# infinitive completes is a command or a task, not the group.
ORDERS_ARE_NO_GROUP = True
# "They were not allowed to enter", "he had not seen them for years": a lack of contact or exit the
# net read off a negated word is asserted by that negation, not denied.
NET_NEGATED_LACK = True
# "I could not contact my family", "they could not call their parents": who cannot reach their
# relatives or lawyer is the one kept from contact (as the gold has it), not the relatives.
KEPT_FROM_KIN = True
# "a camp located in Manza, Durrës.": the larger place written after a place, where the clause
# ends, is a place (the tagger called Durrës a person, then "he" of the next sentence).
PLACE_AFTER_PLACE = True
# "five members were turned over to Iraqi security forces and held in Abu Ghraib": who people
# were handed to holds them (the verb coordinated with the handing over names no agent).
RECEIVERS_HOLD = True
# "the cult has killed all normal human feelings", "meetings that were held as my trials": a verb
# whose own object is a thing is lent no victim from the rest of the sentence.
THINGS_ARE_NO_VICTIMS = True
# "Two suspected pirates were killed", "these sergeants have been detained": a plural noun the
# tagger knows no person by, the passive subject of a verb of the body's acts, is people.
PATIENTS_ARE_PEOPLE = True
# "Lindeman escaped ... after a visit from Colonia president Herman Schmidt, she retracted": a given
# name given to one sex only (extract_lexicon.yaml) tells "he" from "she" where the text does not.
GIVEN_NAME_GENDER = True
# "she retracted her statements, returned to the colony and was never heard from again": a passive
# coordinated with active verbs, with no subject of its own, befell the subject they share.
SHARED_SUBJECT_UNDERGOES = True
# "a report on the group's record of torturing its members was released by Human Rights Watch": a
# body that reports (an NGO, a court, an agency) named by "by" elsewhere in the sentence did no act.
SOURCES_DO_NOT_ACT = True
# '"We took them all overnight," the detective said', '..., CNN reported': "they" in a speaker's
# own quoted words or in what a reporting body tells is not the speaker.
THEY_NOT_THE_QUOTED = True
# "subjected to an attack by guards, which included severe beatings": who "by" names did the
# acts; they are never the victim a sentence lends an act that names none.
BY_IS_NO_VICTIM = True
# "torture at the hands of the security services": who the hands are of did the act.
AT_THE_HANDS_OF = True
# "the abuse she and her sister suffered", "the torture he endured": who undergoes the act in a
# clause on its noun is its victim.
ABUSE_THEY_SUFFERED = True
# "Two women beat me with sticks", "the neighbours locked him in the shed": people that acts may
# befall are doers when they are the active subject of a verb whose object is a person.
SUBJECTS_WITH_VICTIMS_DO = True
# "brought to court to face fabricated charges, while others were detained for years": charges
# called false that do not allege the act are a circumstance of the sentence, not its denial.
CHARGES_FACED_ELSEWHERE = True
# "hundreds of thousands of Oruni were held", "Christians were detained": a number of a people,
# a faith or a nation's name, and such a name written as a plural noun, are persons.
PEOPLES_ARE_PEOPLE = True
# "he was told he would be jailed if he left", "they said the police would put me in jail": what
# would be done if something happened, or what someone says will be done, states no act (the
# threat is read apart); "Pastor Gil would lock them in the shed", done again and again, does.
FORETOLD_ACTS = True
# "Those who did not finish were never given food": a wording written with its negation owns the
# negation of its act word, not one of the victims' clause that its pattern matched first.
OWN_NEGATION = True
# "Ironbark staff took Mikael's passport": a name written as the owner of a passport or an
# identity card ('s) is a person, whatever the tagger took it for (`personal_papers`).
OWNERS_OF_PAPERS = True
# "she had confessed of her own free will", "passports are kept only at the resident's own
# request", "left the country voluntarily": an act told as done by its victim's will is denied.
FREELY_DONE = True
# "on 9 October" in a text dated October 2021 or 15 October 2021 is of that October, not of the
# year before (a day-month date is moved back a year only when it falls after the document's date).
SAME_MONTH_PARTIALS = True
# "MONTHLY BULLETIN - No. 19 - OCTOBER 2021": a heading that ends with a month and year dates the
# document as one that ends with a full date does (its publication: "in July" is of that year).
MONTH_HEADINGS_DATE = True
# 'Delivered by Justice Oriel Fanshawe', 'Sentencing remarks of Justice X', 'Testimony of X': a
# header line naming the speaker by a role word (narrator_roles) and "of" or "by", as well as by
# "Role: Name", names who says "I" in a first-person document (a judge's findings).
ROLE_OF_LINES = True
# "two men who climbed the fence in May were beaten": a month the tagger reads as a date is no
# word of a wording ("May were beaten" matched "may be _", which blocks the act as a possibility).
MONTHS_ARE_NO_WORDS = True
# Titles and headings name acts ("Escapees shot dead at farm camp") the body then states.
HEADINGS_SKIPPED = True
# Undated acts take the last period the document stated ("from 1998 to 2016", "since 2017").
INHERIT_FRAME = False
# A paragraph that reports someone's statement goes on in their voice until another speaks.
SPEAKER_CARRIES_OVER = False
# A date in a complement ('allowed to leave in 1993'), a time clause ('when soldiers entered on
# April 8') or on the speech that is the act ('told me in 2019 that I would die') dates the act; one
# in a past-perfect relative clause ('whom she had married two years before') does not.
TIME_CLAUSES = True
# A stay stated with its period ("held at Base Lumbu from March to November 2022", "from 2012 I
# lived in the house", "then held until March 2002") dates the undated acts told while the
# story's last date is inside it, in later paragraphs too.
STAY_FRAMES = True
# A news report under a dateline tells of one event (its lead's): its undated acts took place then.
WIRE_EVENT_DATE = True
# An act told inside a stay happened at the stay's place when its own clause names none.
STAY_PLACES = True
# A town or country the act's own verb places the act in ("In Lubongo, fighters rounded up").
TOWN_PLACES = True
# "the camp", "the house" are the site the document named with that word ("Wadi Sirr is one of
# five farm camps", "the house at Lake Orlovo").
RESOLVE_SITES = True
# "who had been held for fourteen months", with no date of its own, ended at the story's date.
PAST_STAYS = True
# A date the parse hangs under no verb ("On 11 July 2022 guards fired", misparsed) dates the
# acts of its sentence.
VERBLESS_DATES = True
# A news report under a dateline tells of one event: its acts placed nowhere happened where the
# first placed act did.
WIRE_EVENT_PLACE = True
# A time clause whose verb is a speech verb still dates the act ("When I first said, in 2019,
# that I wanted to leave, he told me...").
SPOKEN_WHEN = True
# A quote's acts happened during the stay its speaker is described by in the same sentence
# ('"We sewed for ten hours," said a woman held in Belsu in 2019').
SPEAKER_STAYS = True
# The date of a statement or of the reporters' work ("UNAMQ said on 3 September", "a team
# visited the camp on 13 April") is not carried forward to later acts.
REPORT_DATES_KEPT_OUT = True
# An act in the present or present perfect ("has not been seen since", "is serving a sentence")
# goes on when the text is written: it has a start and no end. Measured at rules 1.4: end
# accuracy train .774 -> .786, dev .751 -> .766, dev2 .750 -> .777; complete dev .141 -> .145,
# dev2 .029 -> .035, train .234 -> .228 (the train gold closes "their whereabouts remain unknown"
# at the raid's date in two reports). At rules 1.3 it was left off on train and dev alone.
ONGOING_OPEN = True
# "During the first three weeks (of his detention)" is the month the stay began.
OPENING_WEEKS = True
# A day and month without a year ("on 18 July") take the year of the last date stated to the
# day ("detained on 12 July 2023"), not of any year mentioned since ("disappeared since 2019").
PARTIAL_FROM_LAST_DAY = True
# "taken to the building in the autumn of 2008, and kept there until December 2009": the act
# dated by the first part lasts the stay the second states.
STAY_CONJUNCTS = True
# A denial placed nowhere ("No member has ever been held in isolation") is about the site the
# document names for the group, even named once. Measured at rules 1.3: dev place .435->.471,
# complete .0704->.0952, but train complete .2073->.1982 (two rebuttals and a testimony leave
# their denials unplaced, two statements place them): left off. At rules 1.4: dev complete
# .145 -> .171, dev2 and seeds unchanged, train .228 -> .219: on, the dev annotators (two of
# three, the dev2 one placing denials at the group's site too) outweighing train's.
DENIAL_SITE = True
# In a first-person account, "when I turned six" or "from the age of ten" counts from the
# narrator's stated birth ("I was born in 1995").
AGES = True
# A general statement in the simple present ("leaders use all kinds of ways to oppress the
# inmates") takes no date from the paragraph's story.
PRESENT_KEEPS_NO_DATE = True
# "the buildings we called the Green Houses": a name given with its article is a place.
NAMED_WITH_THE = True
# A label or threat the document utters itself, undated, is dated by the document (its
# publication, or the date line atop a letter or statement: textcues.py).
DOCUMENT_UTTERS = True
# Acts placed nowhere in their clause happened at the place the paragraph last named ("any"),
# at the last detention site it named ("sites": a camp, prison, base, not a country), or
# nowhere ("none"). Measured (complete F1 train / dev / seeds): "any" .217 / .120 / .170;
# "sites" .217 / .124 / .057; "none" with INHERIT_DOCUMENT_PLACE off .180 / .116 / .208 (the
# real seeds' annotators place an act only where its own clause names a place; ours carry it).
PARAGRAPH_PLACE = "any"
# A denial takes a date only from its own clause ("no one has ever been detained", "he was never
# tortured" deny at no time of the story, and are not uttered acts dated by the document).
TIMELESS_DENIALS = True
# Those a text names as suffering acts ("Members are free to write", "Released detainees
# described being beaten") are not taken for who did them.
SUFFERERS_DO_NOT_ACT = True
# ... unless "by" names them as who did it: "beaten by two women", "by the older boys".
BY_NAMES_DOER = True
# "The brigade has said it is not holding him": "it" is the body that says so.
IT_IS_WHO_SAYS = True
# "a staff member pushed me", "security men beat him": a word of people qualified by a word of
# those who act names doers, not sufferers.
STAFF_ARE_DOERS = True
# "the group" resolved to the group's name is written as the text has it, with the name after.
ANAPHOR_AS_WRITTEN = True
# An act whose sentence names no doer was done by those its paragraph last said acted.
PARAGRAPH_DOERS = True
# ... or else by the group the document is about.
GROUP_DOES = True
# The group a document is about is also read off names built on a group's head word ("the
# Household of the Dawn", "Nagara Volunteer Defence Force" and its "NVDF"), not only the tagger's.
GROUPS_FROM_TEXT = True
# In a transcript ("Mr. ARAYA. ...", "LM: ...", "Q:/A:"), each turn is its speaker's: "I" is
# them, and they assert what the turn tells.
TRANSCRIPT_TURNS = True
# A document signed at its top by a person ("by Tom Reyes", "Posted ... by Kamal Rostami") tells
# in its author's own voice: what its "I" asserts, the document asserts (asserted_by null), as
# against a testimony recorded by a body, which its witness asserts.
BYLINE_IS_AUTHOR = True
# A wire dateline is blanked for the parse ("KOTA RAWA, Nagara, March 19 (ACP) - At least 11
# detainees were killed": the town is no part of the sentence).
DATELINE_UNPARSED = True
# The group given for want of a doer is written as the text last referred to it, a word for it
# too ('the group [National Deliverance Organization (NDO)]'), not only by its name.
DEFAULT_AS_WRITTEN = True
# A speaker named by a word of the group's name ("the Institute said") is given with the name.
SPEAKER_GROUP_NAMED = True
# "my father" written again after "my father, Abdolatif Nasseri" is a mention of him, which a
# later "he" may stand for.
KIN_MENTIONS = True
# A proper name the document has read as a person's before is a person wherever the tagger
# calls it a place or a body ("our son, Yonas Haile Weldemariam" ... "Yonas was arrested").
KNOWN_NAMES = True
# A first-person text that never says its author's name but is signed with it on its last line
# ('H.L.', 'Signed: O. N. Sheremeteva') is told by who signs it (not by the first person named).
SIGNED_NARRATOR = True
# A stay counted in weeks or days of a month or more ("held for 47 days", "for about eleven
# weeks") from a day ends in a month, not on a day (as the gold of every split reckons it).
LONG_COUNTS_TO_MONTH = True
# The claimant of a case asserts as the text calls them, with the name it gives them once:
# 'the appellant [Y.S.]', 'the author [Samira Haddad]'.
CLAIMANT_WITH_ROLE = True
# "The first eleven days I was in a cell alone", opening its sentence without "during", is the
# opening of the stay too (OPENING_WEEKS).
OPENING_AT_START = True
# A stay "until January" told after a date in a later month ("17 October 1979") ends in the
# next year.
UNTIL_NEXT_YEAR = True
# A question's date ("What happened on the night of 17 October 1979?") is the story's date in
# the next paragraph, its answer (hearings, interviews, Q/A transcripts).
QUESTION_DATES_ANSWER = True
# How many paragraphs back the story's date is still the start of a stay that states only its
# end ("[On 17 October 1979 they took me.] ... I was held there until the end of January"); such
# a stay dates its own clause and the openings after it ("The first eleven days"), and frames
# no later act. At 2: dev3 start .756 -> .781, end .798 -> .815, the other splits unchanged
# (when it also framed later acts: dev3 end .669 -> .662).
STAY_START_PARAGRAPHS = 2
# A threat or an accusation told inside a quote ('"They said I was a collaborator," he said') is
# asserted by who says the quote, not by the subject of its own speech verb.
QUOTED_SPEECH_ACTS = True
# One who speaks without a tagged name ('A former guard ... said', 'Nadia Barakat of Sahl
# Monitor said') is who a later 'he said' / 'she said' of the paragraph stands for.
UNNAMED_SPEAKERS = True
# "the reply of the Ministry of Defence of 1984": a date hung on the writer's name is still the
# writing's date (no act's).
WRITINGS_OF_WRITERS = True
# A source is a person, a body or a writing: 'which' of 'the reply of X, which states' is the
# reply's author, 'an investigation found' with no author named is the document's own voice,
# and 'according to the norms of the Labour Code' names no source.
SOURCE_IS_SOMEONE = True
# The roles of an act wording led by an adverb ("sexually abuse") are read off its verb.
ADVERB_HEADS = True
# A noun set beside a person's name ("the group's leader, Elias Van Tongeren") or naming who
# brings a case ("the appellant") is a person, a victim when the act befalls it.
DESCRIBED_PERSONS = True
# "Mr. X, a journalist of the weekly Tsonkh, who was arrested": the "who" is the person the
# parse's noun is said of (through "of" and appositions), not the weekly.
WHO_ANTECEDENT = True
# "Inmates ... had their food ration cut", "he had his passport taken": the subject of "have"
# suffers the act its participle names.
HAD_DONE_TO = True
# "children were kept out of school, made to work ... and beaten": a bare participle listed
# after a passive shares its subject.
LISTED_PASSIVES = True
# "new members hand their passports to the leadership": who gives up their own papers is the
# victim, not their doer (lexicon surrender_verbs).
OWN_PAPERS_GIVEN = True
# A "they/their" that neither the clause nor the paragraph's victims resolve stands for the
# suffering people the text named last before it, in the same chunk.
THEY_EARLIER = True
# A sentence no wording matched is read by the act classifier trained on the gold set
# (recall.py); above its threshold the grammar reads roles off its weightiest word.
RECALL_NET = True
# ... and only in a text that tells of custody (a word of custody in it).
NET_IN_CUSTODY = True
# An act a wording found is dropped where a classifier that weighs the sentence's vector
# (sentence_vectors.py) gives it less than its veto probability (recall.py, act_veto.json):
# a report's title, "had a heart attack", "the debating club". Off by default, on with
# `--extractor spacy-veto`: on text the gold's authors wrote it dropped 29 wrong claims for one
# right one, but on the two real seed documents five right claims and no wrong one (round 17).
VECTOR_VETO = False
# An act told inside a stay that began at the story's date ("arrested on 11 November 2022. He
# was held for 47 days, where he was beaten") happened during the stay, not on its first day.
STAY_BEGUN_FRAMES = True
# "On one night in May", "until May": the month, written large after its preposition (it was
# read as the verb "may" and left out).
MAY_AFTER_IN = True
# A speech or denial verb asserts only what it says (its complement), not an act told in a
# phrase that frames it ("In its reply concerning X, detained in 2016, it said") or in a clause
# joined to it ("are rejected by their villages, and the radio calls them traitors").
SPEECH_CONTENT_ONLY = True
# "yesterday", "this morning": the day before, or the day of, the report's date.
YESTERDAY = True
# "that winter" after a date in the second half of a year runs into the next ("2022" to "2023");
# "that summer" is the year.
THAT_WINTER = True
# A name the tagger calls a person's is no person's, for "he" and "she" to stand for, when set
# beside a place noun ("the capital, Delger") or coordinated inside a body's name ("the Ministry
# of Justice and Public Order").
NAMES_OF_PLACES = True
# "His family has not been allowed to see him", "nobody may visit the prisoners": the one kept
# from contact is who is seen or visited, not the relatives, lawyers or "nobody" kept away.
VISITED_ARE_HELD = True
# "His family was not allowed to see him", "X stood up and called him a spy": an object pronoun
# does not stand for the subject of its own clause (by control or coordination).
NOT_OWN_CONTROLLER = True
# "No lawyer, no relative has been allowed to see the prisoners": "no X" given leave to visit or
# to leave states the act, it does not deny it (lexicon permission_verbs).
NOBODY_PERMITTED = True
# How many paragraphs back the story's date still starts a stay counted in the act's own clause
# ("[On 14 October 2016 ...] 2.2 For the following eleven months, he was held incommunicado").
STAY_COUNTED_PARAGRAPHS = 1
# A speaker label opening a transcript line ("COMMISSIONER ESTRADA:") names no group.
LABELS_NO_GROUP = True
# 'She said' after 'I spoke to a woman who left the group' is that woman when no one spoke before
# her in the paragraph and no woman was named since; 'he' in a quote is not who says the quote.
PRONOUN_SOURCES = True
# 'the sheriff' after 'Sheriff Tom Brannigan' is him ('Sheriff Tom Brannigan'): the one last
# named with that office (lexicon office_titles).
TITLED_PERSONS = True
# After an open period stated by its year alone ("Since 2019 our sons have been taken"), a day
# or month without a year ("since the night of 11 July") is of the document's own year.
OPEN_PERIOD_PARTIALS = True
# A time anaphor ("that night", "during this period") dates an act only when it comes before the
# act's clause ends, not in a later clause ("..., finding his account of that night vague").
ANAPHOR_BEFORE_ACT = True
# A perceiving verb a wording makes the act ("collected our passports") keeps its subject as doer.
TAKERS_OF_THINGS = True
# A speech verb the tagger calls a noun ('the reports, which record that...') is a verb when it
# has a subject and a clause.
VERB_BY_SUBJECT = True
# A denial is dated only by a date of its own clause, not by one of a clause above or beside it
# ("His relatives have visited him regularly; the last visit took place in February 2025").
DENIAL_OWN_CLAUSE = True
# A threat is made to the one whose "if" it hangs on ("if I did not sign they would bring my
# mother in"): a victim besides whom it would harm.
THREATENED_IF = True
# "X called him a spy": the label's bearer is the object, not who calls him so.
CALLED_IS_OBJECT = True
# ... nor, when nothing else in its sentence is, for the person named last if that is its own
# clause's subject ("Pastor Eze stood up and called him a spy": not Eze).
NOT_OWN_SUBJECT = True
# "Managers tell workers that they may leave only if ...": "they" in what is told is the people
# it is told to, not who tells it.
TOLD_THEY = True
# "one of them, a Ugandan national, died": the victim is the description, not "one of them".
DESCRIBED_ONE = True
# "a small number of prisoners, none of whom has been harmed": "whom" is the prisoners.
OF_WHOM = True
# 'It stated that ...' after 'the Government stated that ...' is the body that spoke last in the
# paragraph (a sentence whose main verb is speech notes its speaker), not the organization named
# last. (SPEAKER_CARRIES_OVER stays off with it: on, train/dev/dev2/dev3/seeds lose 24 pairs and
# gain 13.)
IT_IS_SPEAKER = True
# A speaker is the byline's author (the document's own voice) only under the same first name and
# surname: 'Samira Haddad' quoted in an article by Lina Haddad speaks for herself.
BYLINE_FULL_NAME = True
# "opened fire on the crowd", "raised his hand against anyone": the victim is whom the object
# is turned on, not whose hand it is.
AIMED_AT = True
# A plain site of an act on its own verb ("executed at the quarry", "held in the factory") is
# its place.
SITES_OF_ACTS = True
# A name after "named", "called", "known as" that is a person's ("a teacher named Fadi X",
# "called Mr. X", "a man they called \"el Jefe\"") is no place.
NAMES_ARE_PEOPLE = True
# In a case, "he" or "she" with no person named before is who brings it (the appellant, the
# author), unless the text tells the claimant is of the other gender.
CLAIMANT_BY_DEFAULT = True
# "The allegation of torture was examined and was not confirmed": a negated verb of proof said of
# the same subject denies the act.
NOT_CONFIRMED = True
# "He was at no time beaten", "under no circumstances": a phrase of "no" denies like "never".
AT_NO_TIME = True
# Who utters a threat or a label to someone ('Aldao told her that "if you open your mouth, ..."')
# does it and does not assert it: the voice that reports the utterance does.
UTTERER_NOT_SOURCE = True
# In a feature told in its witness's words, a first name the tagger misses ('What Innocent
# describes', 'Innocent recalls') tells the paragraph's story as a tagged name does.
KNOWN_TELLERS = True
# "Her family could obtain no information on her whereabouts", "Families were not told where
# their relatives were held": who disappeared is the one sought, not the relatives seeking them;
# and "her" is no family, community or crowd (lexicon collective_nouns).
MISSING_NOT_SEEKERS = True
# "Two men died that winter, he said; ...": a bare "he said" after a comma, parsed as the clause
# of the verb before it, names who says the sentence (as a "he said" aside does).
BARE_ASIDES = True
# One who speaks described and then named ('a lawyer for the Fellowship, Carole Deems, told KTVR')
# is given by the name.
APPOSED_SPEAKERS = True
# "those classified as extremists are denied visits": a passive with no subject of its own
# shares the subject the parse gave a bare participle before it.
BARE_PARTICIPLE_SUBJECTS = True
# One who saw an act ('a fellow prisoner saw him hung by the wrists') tells it, as one who says it.
WITNESSES_SAY = True
# A quote after a colon is told by the named person the clause before it is about ("X managed
# to send a voice message to his sister: \"The guards took me...\"").
COLON_QUOTES = True
# In a transcript, who asks more than answers (the interviewer, a chair: half their turns or more
# hold a question) asserts nothing of their own: their words are the transcript's voice.
ASKERS_ASSERT_NOTHING = True
# "both", "neither son": the two persons the text last named together ("The brothers Julio and
# Raul Ledesma ... both had been shot").
BOTH_OF_A_PAIR = True
# A source is given by name, without what the text says of it between commas ("Mr. X, who was
# held in the cell next to his").
SOURCE_WITHOUT_ASIDE = True
# round 8: an acronym the organization aliases tie to a longer name the text also writes is
# that name's acronym, defined in the text or not ('MEK' and 'Mojahedin Khalq Organization')
KNOWN_ACRONYMS = True
# 'posted by cassie_f': a blog's or forum's handle is the byline (the post's own voice, and the
# 'I' of its account)
HANDLES_SIGN = True
# In a transcript, who takes turns is "I" or "you" there: "she" in a turn is someone else
SPEAKERS_ARE_PRESENT = True
# A group whose name is built on a group's head word is the group even where the text also
# writes it as a place ("brought to the Academy", "at the Institute"): such groups have premises
PREMISES_ARE_GROUPS = True
# A wire story whose dateline gives no year ('ALMATAU, Jan 30 (Agency) -') is dated by the date
# line above it ('January 30, 2024')
DATE_ABOVE_DATELINE = True
# "in March of last year", "4 May this year": a month of the year before (or of) the report
MONTH_OF_LAST_YEAR = True
# 'a camp known as "El Jaguar"': a site the text names, which the tagger misses, counts towards
# the document's main place with each mention of its name
NAMED_SITES_WEIGH = True
# "Sevinc Aghayeva, 58, a retired teacher who was held": the 'who' is the named one, also where
# the tagger took the name for a place
NAME_BEFORE_ROLE = True
# A continent or world region named in a paragraph ("its offices in Europe and North America") is
# not carried to the paragraph's later acts as their place (seed_000's solitary confinement was
# placed in "North America").
REGIONS_NOT_CARRIED = True
# "nobody would tell her if he was alive": "nobody" is no source of what the sentence says.
NO_ONE_SAYS = True
# "according to information gathered by our Office": whoever gathered it is the source (the
# document itself for "our"), never "information".
INFORMATION_IS_WHOSE = True
# "sent to a storeroom, where they were kept for weeks": a "where" clause that gives how long
# someone was held states the detention (without a duration it describes the place).
WHERE_KEPT_FOR = True
# "we never heard of him again", "never saw him again": the one missing is whom nothing is heard
# of or seen, not who hears or sees nothing.
HEARD_OF_ARE_MISSING = True
# "The punishments the leaders used against the members who had doubts included imprisonment,
# beatings and ...": the acts listed befall those the punishments were used against.
LISTED_ABUSES = True
# "who died in the camp in January 2021": a death its own clause places in a camp, compound or
# base is a death in custody even where the paragraph has no other word of custody.
DIED_IN_THE_CAMP = True
# "Sazman-e Pishgaman-e Khalq (People's Vanguard Organization)" once, then "Pishgaman" a dozen
# times: the distinctive word of a group's name the text writes alone (three times or more) is how
# the text names the group.
GROUP_WORD_ALONE = True
# Places of custody a text names in its own words ("the Khalvat (seclusion), a row of single
# rooms", "units known as Mehmansara", the so-called "silence room"): a move into one ("they took
# me to the Mosaferkhaneh") or a stay of some length in one ("he was in the Khalvat for three
# years", "I stayed there four days") is a detention, or a solitary confinement where the text
# named the site with a word of solitude.
NAMED_CUSTODY_SITES = True
# "punished with imprisonment and isolation": acts listed side by side are both told, even where
# one is the more specific kind of the other (a solitary confinement, a detention).
LISTED_ACTS_KEPT = True
# "were tortured and kept for years in the prison": a second verb the tagger reads as past tense
# after a passive, with no subject or object of its own, befalls the passive's subject.
LISTED_PAST_PARTICIPLES = True
# "the families read a declaration, of which we publish the important parts:" then a paragraph in
# quotation marks: the declaration's claims are asserted by the body that read it (the
# association the text names where the readers are only "the families", "the crowd").
DECLARATIONS_DECLARED = True
# A header line naming a person by their role ("Deponent: Rauf KHALMURADZE", "Appellant: Kerem
# ANVARLY") names the one who tells a first-person document, and whom a transcript's
# "APPELLANT:" label stands for.
ROLE_LINES = True
# "Communication from the source", "Response from the Government": in a UN body's opinion the
# paragraphs under such a heading are that party's account (asserted by "the source").
SOURCE_SECTIONS = True
# "the Front for the Restoration of Dambaro (FRD)" once, then "FRD" four times: the acronym's
# mentions count for the name it stands for (which then names the group, with its acronym), an
# acronym of a group's name is a group's name even where it speaks, and the words of a name the
# text gives an acronym may be how it names the group alone ("Tahreek-e Azadi-ye Gwadan (TAG)",
# then "the Tahreek").
ACRONYMS_COUNT = True
# "the Ghadanfar Brigades", "the Brigades", "the Revolutionary Guards": a group word in the plural
# names a group as the singular does.
PLURAL_GROUP_WORDS = True
# "DGVI agents took him from a bus station": where a wording found one act (the spies' label), the
# net may still find another act, at a word no wording took (the arrest), unless that word frames
# the wordings' clause ("we have received information that ...") or the act is done to a body.
# Measured on dev21 to dev28, which the shipped net never saw: act F1 +0.005 on average.
NET_BESIDE_WORDINGS = True
# "the authorities", "the Government", "the State party": in a text that names no group, acts no
# one is named for are laid at the state body the text names most, as annotators write them.
STATE_DOES = True
# A text tells of custody where it writes a word of custody outside the sentence the net reads:
# "he disappeared from public life" does not vouch for itself.
CUSTODY_ELSEWHERE = True
# "told me that if I did not withdraw my request they would...": the net reads no act in a clause
# opened by "if" or "unless" (`condition_marks` in the lexicon).
NET_NOT_IN_CONDITIONS = True
# Round 16: a quote that opens right after the sentence attributing the quote before it, in the
# same paragraph, goes on in that speaker's voice ('"...," said the prosecutor. "Some of them..."').
QUOTES_GO_ON = True
# Round 19 (real web pages): '... by the leaders of Mojahedin Khalq (aka MKO, MEK, Rajavi cult.)':
# a line whose sentence end sits inside a closing bracket or quote mark is body text, not a
# heading; so is a long line that holds a sentence end within it.
BRACKETED_ENDS = True
# "they slapped me repeatedly ... a burly jail guard punched me": a repeated act told of another
# doer (no word of any doer named before) is another statement, as the seeds annotate it.
REPEATS_DIFFER_IN_DOER = True
# "the Mojahedin-e Khalq Organization": the tagger names "Khalq Organization"; a name takes the
# hyphen-joined words written right before it ("Mojahedin-e"; lexicon name_joiners).
HYPHENED_NAMES = True
# "MKO", "the Mujahedin-e Khalq Organization": the group laid at an act no clause names a doer of is
# written with the acronym the text gives it, as a group named through "the group" already was.
GROUP_WITH_ACRONYM = True
# ... with every acronym the text uses for it ("Mojahedin-e Khalq Organization (MEK, MKO, PMOI)").
ALL_ACRONYMS = True
# "MKO" seven times, "Nejat Society" twice: an acronym the organization aliases give a name with a
# group's word ("People's Mojahedin Organization of Iran") is a group's name, as the name is.
KNOWN_GROUPS_NAMED = True
# "On April 8, guards beat...", "in October" in a text with no year to read them by (no earlier
# date, no publication date): XXXX-04-08, XXXX-10, EDTF's unspecified year, as the gold writes.
UNSPECIFIED_YEARS = True
# "he wasn't allowed to be comforted by his mother": the relative, lawyer or visitor "by" names
# in a denial of contact is kept away, not the one who keeps them apart.
VISITORS_KEEP_NO_ONE = True
# "detainees have no access to lawyers", "members had little access to the media": who has no
# access is kept from contact (the subject), not those they cannot reach.
WHO_HAS_NO_ACCESS = True
# "Siavash Kalantari ... What follows is his account." then paragraphs opening with quotation
# marks, in the first person, attributed to no one: the person named last before them tells them.
QUOTED_ACCOUNTS = True
# '"...," an EDA spokesman, Yemane Zerai, told Horn Wire. He said 11 prisoners were killed': a "he"
# or "she" who speaks and stands for no person the tagger knows is who spoke the quote before.
HE_WHO_WAS_QUOTED = True
# "an EDA spokesman, Yemane Zerai, told Horn Wire": a description is named by a name of several
# words set off by a comma, as by a name of one word, whatever the tagger calls the name.
APPOSITIVE_NAMES_WHOLE = True
# "tortured on the direct order of Massoud Rajavi", "on Rajavi's orders", "Rajavi ordered that
# the two men be locked in a cell": who ordered an act is among its perpetrators, beside whoever
# carried it out (lexicon order_nouns, order_prepositions, order_verbs).
ORDERED_BY = True
# "Rajavi ordered him to be imprisoned", "they wanted her to be punished": a passive infinitive
# with no subject of its own befalls the object of the verb it completes.
OBJECT_CONTROLS = True
# "Former members say the group beat them. The group denies those accusations.": a denial of
# allegations told elsewhere denies the acts the paragraph told last (rebuttals.py).
DENIALS_POINT_BACK = True
# "Iran said it had arrested 13 members of the group": the "it" a country says a thing of is the
# country (its state), as for an organization.
STATES_SAY_IT = True
# "Iraq had detained 36 residents", "they were handed over by Turkey": a country named as the
# doer of an act is its state, a perpetrator.
STATES_ACT = True
# "China has detained a million Uyghurs", "ISIS killed thousands of Yazidis": a people's name
# (lexicon peoples) is persons, though the tagger calls it an organization or a country.
NAMED_PEOPLES = True
# "how many of those arrested were women", "Those held have no lawyer": "those" and a participle
# name people by what was done to them, told elsewhere; no claim of it here ("among those detained
# were ..." still tells who).
THOSE_DONE_TO = True
# "she is captive of the MKO", "the captive members": who is captive is held, and the one they
# are captive "of" holds them (lexicon captive_words).
CAPTIVE_OF = True
# "Guards beat the children. The founder, Ortwin Vorhagen, ordered it": names set off by commas
# after a description are looked for in its own sentence only (the children are not Vorhagen).
APPOSITIVES_IN_SENTENCE = True
# "Police beat Bahrom Turgunov", the tagger's place only "Turgunov": a one-word place or body
# with an untagged capitalised word hung before it is a person's name, as a two-word one is.
UNTAGGED_GIVEN_NAMES = True
# "ten people had been killed and over 40 injured", "31 residents were killed": dead and wounded
# told by their number, with no doer in the clause or the paragraph, are not laid at the
# document's group (in reports of raids they are the group's own people; lexicon count_openers).
COUNTED_DEAD_NO_GROUP = True
# "In one case, ... Mr. Amir Parvizi escaped from the MEK in Albania ..., but unfortunately, he was
# arrested by the Albanian police" (a page cut off in mid-sentence): a line longer than any heading
# (HEADING_LINE_MAX) is body text, whether or not it ends a sentence.
CUT_SENTENCES = True
