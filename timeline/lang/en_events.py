"""English event words: the trigger lemmas of each type of ``timeline/lang/taxonomy.py``.

Entries are lemmas, not inflected forms: ``timeline.events.vocabulary`` stems them and the
text with the Snowball English stemmer, so "attack" also finds "attacks", "attacked",
"attacking".  Irregular forms the stemmer cannot reach are listed (``shoot | shot``,
``strike | struck``).  Several words are one phrase (``opened fire``, ``death toll``);
a phrase wins over its words.  ``NOT_EVENTS`` are phrases whose words name no happening
("heart attack", "fire department").  ``EXACT`` entries match the surface form only (the
noun "fire" is a blaze; the verb forms "fired", "firing" are shooting).
"""

from __future__ import annotations

from .arguments import EN_PASSIVE_AUX, EN_PERSON_NOUNS

TRIGGERS: dict[str, str] = {
    # -- political violence
    "violence": "attack | assault | ambush | offensive | onslaught | hit | struck | targeted | go off | goes off | fire | fires"
                " | went off | gone off | violence | bloodshed | act of terror | terror attack | terrorist attack"
                " | launch | opened fire on | defensive action | offensive action | massacre | atrocity"
                " | military operation | security operation | counterterrorism operation | security sweep",
    "violence.battle": "clash | fighting | fight | fought | battle | firefight | gunbattle | gun battle | skirmish"
                       " | combat | exchange of fire | exchanged fire | crossfire",
    "violence.territory": "capture | seize | seizure | take control | took control | taken control | overrun"
                          " | overran | recapture | retake | retook | fall of",
    "violence.remote": "bombing | bombardment | bomb | explosion | explode | blast | detonate | detonation | strike"
                       " | boom | military action | military strike | explosive"
                       # phrasal: the stemmer cannot reach "blew", "blown"
                       " | blow up | blew up | blown up",
    "violence.remote.air": "airstrike | air strike | air raid | drone strike | drone attack | air attack | warplane"
                           " | fighter jet | airstrikes | aerial bombardment | drone"
                           # a drone that dives into its target: an air strike, no suicide bombing
                           " | suicide drone | suicide drones | kamikaze drone | kamikaze drones",
    "violence.remote.missile": "shelling | shell | artillery | mortar | rocket | missile | barrage | missile strike"
                               " | rocket attack | rocket fire | cruise missile | tomahawk | projectile | rocket strike"
                               " | ballistic missile",
    "violence.remote.suicide": "suicide bombing | suicide attack | suicide bomber | suicide car bomb | suicide vest"
                               " | suicide blast | blew himself up | blew herself up | blew themselves up"
                               " | blow himself up | blow herself up | blow themselves up | blown himself up"
                               " | blowing himself up | blowing herself up | blowing themselves up",
    "violence.remote.ied": "ied | roadside bomb | car bomb | improvised explosive device | landmine | land mine"
                           " | hit a mine | struck a mine | hit a landmine | struck a landmine | sea mine"
                           " | explosive device | booby trap | booby-trap",
    "violence.remote.chemical": "chemical attack | chemical weapon | chemical weapons | gas attack | sarin | chlorine"
                                " | nerve agent | poison gas | toxic gas",
    "violence.remote.grenade": "grenade",
    "violence.raid": "raid | incursion | commando raid | broke into | break-in",
    "violence.civilians.shooting": "shooting | shoot | shot | shots | gunshot | gunfire | opened fire | open fire"
                                   " | opening fire | returned fire | returned the fire | return the fire | gunman"
                                   " | gunmen | shooter | drive-by"
                                   " | gunned down | gun down | pulled the trigger | pull the trigger"
                                   " | pulling the trigger | discharge | discharged | shots fired | fired a shot"
                                   " | fired shots | fired one shot | gun went off | mass shooting | bullet | took a bullet"
                                   " | squeeze the trigger | trigger pulled | pull of the trigger | turn the gun on"
                                   " | turn a gun on | turn gun on",
    "violence.civilians.stabbing": "stabbing | stab | knife attack",
    # a vehicle driven into people
    "violence.civilians": "ramming attack | car ramming | rammed into | ploughed into | plowed into"
                          # harm done to people held
                          " | torture | tortured | torturing",
    "violence.civilians.killing": "murder | homicide | assassination | assassinate | slaying | slay | slain"
                                  " | behead | beheading | decapitate | decapitation"
                                  " | manslaughter | murder-suicide | murder suicide | lynching | killer | slaughter",
    "violence.civilians.abduction": "kidnap | kidnapping | abduct | abduction | hostage | taken hostage",
    # -- demonstrations
    "protest": "protest | demonstration | demonstrator | protester | rally | sit-in | march on"
               " | took to the streets | take to the streets | taking to the streets"
               " | went on strike | go on strike | on strike | general strike | labor strike | labour strike"
               " | walkout | hunger strike",
    "riot": "riot | rioting | rioter | unrest | mob violence",
    # force used on a crowd, which makes its protest one "with intervention" (the verb only
    # with its object: "the crowd dispersed" is people leaving)
    "protest.intervention": "tear gas | teargas | fired tear gas | water cannon | rubber bullet"
                            " | rubber-coated bullet | disperse the | dispersed the | to disperse",
    # -- strategic developments
    "strategic.arrest": "arrest | detain | detention | taken into custody | take into custody | apprehend"
                        " | in custody",
    "strategic.agreement": "agreement | deal | treaty | pact | peace deal | peace accord | memorandum of understanding",
    "strategic.ceasefire": "ceasefire | cease-fire | cease fire | truce | armistice",
    "strategic.coup": "coup | overthrow | overthrew | oust | ouster | topple | fall of the regime | seized power"
                      " | seize power | depose | collapse of the government | fall of the government"
                      " | collapse of the regime | end of the regime",
    "strategic.deployment": "deploy | deployment | withdrawal | withdraw | withdrew | pull out | pullout"
                            " | pulled out | reinforcement | drawdown | troop cut",
    "strategic.looting": "loot | looting | arson | torch | vandalism | demolition | demolish | raze | set fire to"
                         " | set on fire",
    "strategic.evacuation": "evacuation | evacuate | evacuee",
    # a release of people held, told so that it cannot be a press release or a name
    # released: "prisoner exchange", "released the hostages", "freed the captives"
    "strategic.release": "prisoner exchange | prisoner swap | hostage release | release of hostages"
                         " | release of the hostages | release of prisoners | swapped prisoners"
                         " | exchanged prisoners",
    # -- disasters and accidents
    "disaster": "disaster | catastrophe | calamity | natural disaster | volcano | volcanic eruption | volcano erupted",
    "disaster.earthquake": "earthquake | quake | tremor | aftershock | temblor | seismic | shaking",
    "disaster.weather": "storm | hurricane | cyclone | typhoon | tornado | heavy rain | rainfall | downpour"
                        " | torrential rain | snowstorm | blizzard | tropical storm | hailstorm | heatwave"
                        " | heat wave | cold snap | cold wave",
    "disaster.weather.flood": "flood | flooding | flash flood | deluge | inundation | inundate | torrent"
                              " | floodwater | floodwaters | dam burst | dam collapse | dam collapsed | dam breach",
    "disaster.fire": "wildfire | blaze | inferno | bushfire | forest fire | house fire | fire broke out"
                     " | apartment fire | building fire",
    "disaster.landslide": "landslide | mudslide | avalanche | rockslide",
    "disaster.accident": "crash | collision | derailment | derail | plane crash | car crash | capsize"
                         " | sinking | shipwreck | building collapse | bridge collapse | collided | overturned"
                         " | sank | sunk | drown | drowned | drowning | stampede"
                         # "accident" alone is a back-reference ("the shooting was an
                         # accident"); what had it names the kind (not "a hunting accident")
                         " | road accident | traffic accident | car accident | bus accident | truck accident"
                         " | train accident | rail accident | plane accident | air accident | boating accident"
                         " | boat accident | mining accident | mine accident | industrial accident"
                         " | construction accident | road accidents | traffic accidents",
    "disaster.epidemic": "outbreak | epidemic | pandemic | cholera | measles | ebola | dengue | mpox | diphtheria"
                         " | meningitis",
    # -- political life
    "political.election": "election | vote | voting | ballot | referendum | runoff | vote of confidence"
                          " | confidence vote | no-confidence vote | confidence motion"
                          # going to the polls is voting, not an opinion poll
                          " | go to the polls | went to the polls | head to the polls | headed to the polls"
                          " | going to the polls",
    "political.meeting": "meeting | meet | met | peace talks | held talks | hold talks | summit | convene | session"
                         " | conference | negotiations",
    "political.visit": "visit | trip | tour",
    "political.decision": "decision | decide | decree | ban | sanctions | approve | ratify | takes effect | curfew"
                          " | took effect | came into force | cancel | lift the order | veto",
    "political.resignation": "resign | resignation | step down | stepped down | steps down",
    "political.dismissal": "dismissal | sacked | sacking | removed from office | removed from his post"
                           " | removed from her post | relieved of his duties | relieved of her duties",
    "political.appointment": "appoint | appointment | sworn in | swearing-in | inauguration | inaugurate"
                             # a cabinet formed ("formed a new government")
                             " | formed a government | formed a new government | form a government"
                             " | form a new government | formed the government | forms new government"
                             " | formation of the government | formation of a government | government formation",
    "political.mourning": "day of mourning | days of mourning | national mourning | period of mourning"
                          " | declared mourning",
    "political.poll": "poll | survey",
    "political.deadline": "deadline",
    "political.justice": "charge | charged | indict | indictment | arraign | arraignment | plead | pleaded | convict"
                         " | conviction | sentence | sentenced | sentencing | trial | court appearance"
                         " | acquit | acquittal | verdict | lawsuit | sued",
    # -- outcomes
    "outcome": "casualty | casualties | victim",
    "outcome.death": "kill | killing | die | died | dead | death | fatal | fatally | fatality | deceased | perish"
                     " | lost his life | lost her life | lost their lives | claimed the life | claimed the lives"
                     " | claims life | body | bodies | corpse | autopsy | succumb | passed away | pronounced dead"
                     " | deadly | lethal | life ended | suicide | loss of life | lives were lost | lost lives"
                     " | feared dead | presumed dead"
                     " | martyred | unable to revive | unable to resuscitate | could not revive"
                     " | could not resuscitate | could not be revived | could not be resuscitated | failed to revive"
                     " | took his own life | took her own life | took their own lives | take his own life"
                     " | take her own life | take their own lives | taking his own life | taking her own life",
    "outcome.injury": "wound | wounded | injure | injury | hurt | critical condition | serious condition"
                      " | stable condition | bleeding | bleed | bled | grazed"
                      " | bodily harm | blood | bloody | bloodied | survive | survivor | grave condition"
                      " | his condition | her condition",
    "outcome.medical": "surgery | treated | treatment | recovering | recovery | airlifted | life support | coma"
                       " | life flight | life flighted | life-flighted | medflight | medflighted | air ambulance"
                       " | unconscious | unresponsive | non-responsive | nonresponsive | stabilized | trauma | fighting for his life"
                       " | fighting for her life | fighting for their lives | battling for his life"
                       " | battling for her life | fighting for life",
    "outcome.damage": "damage | destroy | destruction | rubble | ruins | reduced to rubble | devastation"
                      " | wreckage",
    "outcome.toll": "death toll | toll | tally",
    "outcome.intercept": "intercept | interception | interceptor | shot down | shoot down | shooting down"
                         " | air defense | air defence | air defenses | air defences | iron dome",
    "outcome.alarm": "siren | sirens | air raid siren | air raid sirens | alarm",
    "outcome.missing": "missing",
    "outcome.displacement": "displaced | displacement | flee | fled",
    "outcome.funeral": "funeral | vigil | burial | buried | mourn | mourner | grieve | grieving | memorial",
    # -- back-references
    "reference": "incident | tragedy | accident | crime | episode",
    # -- statements
    "statement.say": "say | said | tell | told | add | note | explain | remark | comment | speak | spoke"
                     " | describe",
    "statement.announce": "announce | announcement | declare | declaration | proclaim",
    "statement.document": "statement | communique | press release | report",
    "statement.claim": "claim | claimed responsibility | took responsibility | admit",
    "statement.condemn": "condemn | condemnation | denounce | deplore | decry | slam",
    "statement.vow": "vow | pledge | promise | threaten | swore | vowed revenge",
    "statement.warn": "warn | warning",
    "statement.deny": "deny | denial | refute",
    "statement.confirm": "confirm | confirmation | acknowledge",
    "statement.brief": "press conference | news conference | interview",
    "statement.post": "tweet | tweeted | publish",
    "statement.call": "urge | demand | appeal | called for | call for | calls for",
    "statement.praise": "congratulate | congratulation | praise | thank | hail | commend | welcome",
    "statement.accuse": "accuse | accusation | blame | allege",
}

#: Surface forms matched exactly, before stemming.
EXACT: dict[str, str] = {
    # the verb "storm" (a building, a compound) is a raid; the noun is the weather's
    "violence.raid": "stormed | storming",
    # the noun and the verb, not the adjective ("a brief clash") that shares their stem
    "statement.brief": "briefing | briefings | briefed",
    # the verb, not the noun it shares a stem with ("an army post on the border", "a
    # border post")
    "statement.post": "posted | reposted | posting",
    # the verb, not the particle its stem is ("hunt down", "tracked down", "brought down")
    "outcome.intercept": "downed | downing",
    # the verb, not the noun ("state police", "the state attorney") its stem is; and
    # "expressed concern" (not the "express" train or newspaper)
    "statement.say": "stated | stating | expressed | expresses | expressing | stressed | insisted | insists"
                     " | asserted | argued | argues",
    # a court's hearing, not the verb "hear" its stem is ("wake up tomorrow and hear …")
    "political.justice": "hearing | hearings",
    # the nouns, not the people and acts their stems spell ("a Hezbollah operative", "an
    # operating room", "a shell casing")
    "reference": "operation | operations | case | cases",
    # the verb, not the hospital its stem spells ("died at a hospital", "hospital officials")
    "outcome.injury": "hospitalized | hospitalised | hospitalize | hospitalise | hospitalizing | hospitalising",
    # marching people, not the month its stem spells ("in March")
    "protest": "marched | marchers | marching",
    # the loss of a person mourned ("the loss of her son", "coping with their loss"); not
    # the plural, which counts what an army or a firm lost
    "outcome.funeral": "loss",
    # putting to death, not the "executive" (a firm's, a branch of power) its stem spells
    "violence.civilians.killing": "execution | executions | execute | executed | executes | executing",
    # a warship, not the damage its stem ("destroy") names
    "-": "destroyer | destroyers",
    # the verb: a gun fired ("the officer fired into the house"), never the blaze its noun
    # may be (see SENSES)
    "violence": "fired | firing",
}

#: Phrases that name no happening, though their words may.
NOT_EVENTS = ("life threatening | life-threatening | heart attack | panic attack | asthma attack | strike price | shot put | photo shoot"
              " | dead end | death penalty | death row | death sentence | body of water | governing body"
              " | student body | case study | in case | just in case | fire department | fire chief | fire truck"
              " | fire station | firefighter | fire fighters | fire crews | fire crew | fire service | talk show"
              " | take a shot | big shot | mug shot | gun violence | violence prevention | state of emergency"
              " | according to police | police report | state department | state media | state television"
              " | trade deal | a great deal | great deal | good deal | business deal | open fire hydrant"
              " | fire hydrant | point-blank | military base | bomb squad | shot clock | booster shot"
              " | flu shot | last year | mass media | will tell | time will tell | victim advocate | according to"
              " | first degree | second degree | third degree | first-degree | second-degree | third-degree"
              " | death sentence | life sentence | loss of control | loss of power | loss of territory"
              " | weight loss | job loss | financial loss | net loss | hearing loss | memory loss"
              # "recovered the gun", "recovering the bodies": found, not healed
              " | recover the | recover a | recover an | recover two | recover several | recover his | recover her"
              " | recover their"
              # what a fired gun leaves, not shelling
              " | shell casing | shell casings | shotgun shell | shotgun shells"
              # what an officer wears, not a dead body
              " | body camera | body cameras | body cam | body cams | body-worn | body armor | body armour")

#: Nouns that make the event word right before them the name of a body that deals with
#: such happenings ("disaster agency", "bomb squad", "fire department", "crisis unit"):
#: no happening is told.
INSTITUTION_HEADS = ("agency | agencies | department | squad | office"
                     " | ministry | committee | commission | authority | task force"
                     " | team | teams | station | crews | crew | chief | chiefs"
                     # forces and arms named by what they do: "occupation forces", "attack
                     # helicopters", "strike aircraft"
                     " | forces | troops | authorities | helicopters | aircraft | jets"
                     # "riot police", "riot gear"
                     " | police | gear"
                     # a camp for those a happening drove out: "displacement camp"
                     " | camp | camps")

#: Words naming a purpose of fighting what follows ("anti-riot", "counter-terrorism", as
#: Arabic "مكافحة الشغب"): what follows names no happening.
COUNTER_WORDS = "anti | counter"

#: Words that, within three words before a trigger, deny that it happened.
NEGATIONS = ("not | no | never | nobody | none | neither | nor | didn | doesn | don | wasn | weren | isn"
             " | hasn | haven | hadn | couldn | wouldn | won")

#: Words that, within three words before a speech word, say nothing was said: a refusal or
#: a request with no answer ("declined to comment", "did not respond to a request for
#: comment", "could not be reached for comment").
SPEECH_REFUSALS = "declined | refused | request | requests | reached | respond | responded | unavailable"

#: A negative quantifier over a definite set ("none of the injuries", "neither of the
#: wounds") takes the set as given: what it denies is said of its members.
PARTITIVE_NEGATIONS = "none | neither"
PARTITIVE_OF = "of"

#: "Without" right before a happening (one word between at most) denies it: "escaped
#: without injury", "arrested without incident" (not "held without bail following a fatal
#: shooting").
PRIVATIVES = "without"

#: Words after which a violent trigger is an aim, a threat or something prevented, not a
#: happening ("plans to attack", "threatened to strike", "foiled a bombing").  Questions
#: about a happening ("police are investigating whether the shooting was accidental")
#: presuppose it, so "if" and "whether" are not among them.
IRREALIS = ("plan | plans | planned | planning | plot | plotted | plotting | threaten | threatened | threatens"
            " | intend | intends | intended | prepare | prepares | preparing | prevent | prevents | prevented"
            " | avoid | avoided | foil | foiled | thwart | thwarted | aim | aims | seek | seeks | sought"
            " | retaliate | retaliation for any"
            # a fear of it (as Arabic "خشية", "خوفا"); "a possible shooting" stays one: police
            # language for the shooting itself
            " | fear | fears | feared | fearing")

#: Past intentions that, with a definite or possessive object, presuppose what was
#: intended ("planned the shooting": the shooting told; "planned an attack": a plan).
PRESUPPOSING = "planned | plotted | prepared | organised | organized"

#: Modal verbs that make a violent trigger right after them a possibility ("Iran could
#: strike", "will retaliate"), unless "have" follows ("may have shot": it happened).
MODALS = "could | would | might | may | will | ll | shall | should | must"
#: After a modal, these make the happening one that took place ("may have shot").
PERFECT_AUXILIARIES = "have | has | had | been"
#: What an apostrophe glues to a word: a possessive or "is"/"has" ("the victim's
#: condition", "she's gone").
APOSTROPHE_CLITICS = "s"

#: Words marking the future: a planned event ("will meet on Sunday").
FUTURE = "will | ll | shall | scheduled | set to | due to | expected to | to be held | upcoming | planned"

#: Words making an event noun another happening than the one told before ("a second
#: explosion", "another attack"): they stand before the noun in English.
NOVELTY = "new | second | another | third | fresh | separate | fourth | earlier | previous | similar"

#: Words opening a sentence that tells another happening than the one told before
#: ("Separately, a roadside bomb hit a patrol", "Elsewhere, two men were shot"); a novel
#: back-reference opening it does the same ("In another incident, ...").
OTHER_INCIDENT = "separately | elsewhere"

#: The outlet that signs a headline after a dash or a bar ("Teen shot in Killingly - WFSB 3
#: Connecticut", "... | Chattanooga News, Weather & Sports"): a word of these, a web address,
#: or a broadcaster's call sign (:data:`OUTLET_SIGN`, read in the original case) in the
#: tail.  A place there is where the outlet is, not where the happening was.
OUTLET_WORDS = "news | tv | television | radio | channel | weather | sports | traffic | broadcasting | online"
#: North American call signs (K or W and two or three letters, with a band) and web
#: addresses.
OUTLET_SIGN = r"(?:[KW][A-Z]{2,3}(?:-?(?:TV|DT|FM|AM|HD))?\d*|[A-Za-z0-9-]+\.(?:com|net|org|tv|us))"

#: Verbs after which a novelty word names the happening being told ("this is the second
#: shooting") or a person ("another was shot"), not another happening.
COPULAS = "is | was | are | were | be | been | being | marks | marked | has | had | have"

#: Pronouns and words that continue the previous speaker ("he said", "she added").
#: Words an operation's name follows, quoted or capitalised (the "Hawkeye" campaign,
#: Operation Desert Storm): the words of the name name no happening, place or actor of
#: their own (see :mod:`timeline.events.names`).
OPERATION_WORDS = "operation | operations | campaign | exercise | exercises | plan"

#: Speakers named again by a bare definite noun ("the ministry said", after "the Defense
#: Ministry announced"): with no name of their own they are the last speaker.
SPEAKERS_BACK = ("ministry | department | agency | office | statement | spokesman | spokeswoman"
                 " | spokesperson | official | source | organization | organisation | group | command")

#: A speech verb's -ing form after one of these, with no subject of its own, is said by
#: the subject of the clause it hangs on ("…, saying the strikes would go on", "while also
#: warning that …"); these adverbs may stand between.
PARTICIPLE_LINKS = ", | while | and"
PARTICIPLE_ADVERBS = "also | further | again | later"

PRONOUNS = "he | she | they | it | we | i | his | her | their"

#: A subject pronoun opening what was said ("the army said it shelled positions"): the
#: speaker did the happening it reports.  Without one ("officials said gunmen attacked a
#: checkpoint") the speaker is no doer of it.
SPEAKER_SUBJECTS = "he | she | they | it | we"

#: Words that may stand between a speech verb and its speaker or a trigger and what it
#: names: skipped when looking for neighbours.
DETERMINERS = "the | a | an | this | that | these | those | its | his | her | their | our"

#: Event anaphora: a pronoun that stands for the happening told ("it happened around 3
#: p.m.", "this happened", "it was a tragic accident") is a back-reference to it, when one
#: of these words follows it within three words.
ANAPHORA_PRONOUNS = "it | this | that"
#: Of those, the ones that are also a conjunction: followed by a subject ("said that its
#: jets hit", "that it was a tragedy") they bring in a clause and stand for nothing.
ANAPHORA_CONJUNCTIONS = "that"
#: Words naming who did a happening ("gunmen", "the attackers"): a trigger of it beside the
#: words naming the happening, but no event told by them alone ("gunmen seized 14 traders"
#: is an abduction, not a shooting as well).
#: Outcomes a person undergoes on their own, later than what caused them ("a man shot last
#: month died on Tuesday"): their time is not the cause's (the others, "killed", "wounded",
#: are done by the happening heading their clause, at their time).
UNDERGONE_OUTCOMES = "died | dies | die | dying | dead | succumbed | succumbs"
DOER_NOUNS = ("gunman | gunmen | shooter | shooters | attacker | attackers | assailant | assailants"
              " | bomber | bombers | sniper | snipers | killer | killers | warplane | warplanes")
ANAPHORA_PREDICATES = ("happen | happened | happens | happening | occur | occurred | occurs | took place"
                       " | unfolded | tragic | tragedy | accident | accidental | horrific | terrible | senseless"
                       " | shocking | heartbreaking | devastating | sad | horrible | awful | crazy | traumatic"
                       " | bad | scary | terrifying | unbelievable | sickening | unfortunate"
                       " | hurt | hurts | hits | breaking | tough | unfair | disgusting | horrifying | painful | surreal"
                       # how the authorities class it: "it was ruled a homicide", "this is being
                       # investigated as a killing", "police are treating it as a homicide"
                       " | investigated | ruled | treated")

#: Nouns that name an outcome when a person's ("the victim's condition", "her current
#: condition is unknown"), and nothing when nobody's ("the condition of the road").
POSSESSED_OUTCOMES = {"condition": "outcome.injury"}

#: Nouns that stand for the happening told when one of those predicates qualifies them
#: ("this tragic situation", "a horrible thing"), and only then.
EVALUATED_REFERENCES = "situation | thing"

#: Words that may stand between such a pronoun and its predicate without counting
#: toward the three ("it's just a tragic situation", "this is so very sad").
ANAPHORA_FILLERS = "' | s | is | was | just | a | an | so | very | really | truly | such | absolutely | simply | all"

#: Event anaphora in the object: a pronoun right after a verb of doing, witnessing,
#: believing or deserving stands for the happening ("whoever did it", "I couldn't believe
#: it", "he didn't deserve this", "I've never seen that before"), and so does one after
#: "about" ("when I heard about it") or after an indefinite and "like" ("something like
#: this").  The forms are written out: a verb's other senses keep other forms.
ANAPHORA_GOVERNORS = (
    # doing and causing
    "do | did | does | done | doing | commit | committed | cause | caused | prevent | prevented | stop | stopped"
    # perceiving
    " | see | saw | seen | witness | witnessed | watch | watched | hear | heard"
    # knowing, believing, remembering
    " | believe | believed | understand | understood | imagine | imagined | process | explain | explained"
    " | remember | remembered | recall | recalled | forget | forgot | describe | described"
    # undergoing and judging
    " | deserve | deserved | deserves | survive | survived | accept | forgive | investigate | investigated"
    " | investigating"
    # planning what happened: "she had planned this"
    " | planned | plotted")
ANAPHORA_PREPOSITIONS = "about"
ANAPHORA_LIKE = "like"
ANAPHORA_INDEFINITES = "something | anything | nothing | things"
#: What may follow a demonstrative that stands alone ("seen this before", "did that to
#: him"); any other word makes it a determiner ("this weekend", "that night").
ANAPHORA_AFTER = "before | again | to | either | too | anymore | and | but | because | when | happen"

#: Death told as a loss or a going (:func:`timeline.events.mentions._bereavements`): a
#: verb of losing whose object is one of the people below, a person "gone" followed by
#: the end of the clause or one of GONE_AFTER ("she's gone", "gone forever", "gone too
#: soon"; not "gone to the store", "gone missing").
LOSS_VERBS = "lose | lost | loses | losing"
#: A life taken, cost or ended is a death ("took her life", "cost him his life", "ended
#: an innocent person's life"); the words between may not hold a preposition.
LIFE_VERBS = ("take | takes | took | taken | taking | cost | costs | costing | end | ends | ended | ending"
              " | claim | claims | claimed | claiming")
LIFE_WORDS = "life | lives"
GONE_WORDS = "gone"
GONE_AFTER = "forever | now | and | because | too | but | so"
LOST_PEOPLE = " | ".join(sorted(EN_PERSON_NOUNS | {
    "life", "lives", "niece", "nephew", "cousin", "sister", "sisters", "aunt", "uncle", "grandson",
    "granddaughter", "grandchild", "grandchildren", "grandmother", "grandfather", "mom", "dad",
    "parent", "parents", "husband", "wife", "fiance", "fiancee", "partner", "loved", "baby",
    "classmate", "classmates", "teammate", "teammates", "neighbor", "neighbour", "colleague",
    "teacher", "coach", "pastor", "firefighter", "trooper", "mentor", "hero", "player", "athlete"}
    - {"others", "other", "service", "members", "member", "police", "staff", "personnel"}))

#: Words after which a time is the page's own (when it was posted or updated), not any
#: happening's.
STAMPS = "posted | updated | published | modified | last updated | filed"
#: Field labels that stamp the time after them only with a colon ("Date: 09-17-2016
#: 01:01:46" heading a press release): the document's, not what it tells.
STAMP_LABELS = "date | time | released"

#: Lines of page furniture, none of which tells the news: a line opening with one of these
#: labels and a colon ("Photo: Smoke rises after ...", "Posted: ...") or with one of the
#: credits after it, which need none ("Reporting by ...", "Our Standards ..."), and short
#: (:data:`timeline.events.document.FURNITURE_MOST` characters: a page run into one line
#: is the story).  Links to other stories ("RELATED: ...") are not furniture: they are often
#: earlier reports of the same happening.
FURNITURE_LABELS = ("photo | photos | file photo | image | images | picture | caption | watch | video"
                    " | listen | posted | published | updated | copyright | credit | follow | share"
                    " | contact | email | subscribe | advertisement | sign up | click here")
FURNITURE_LINES = ("reporting by | additional reporting by | editing by | writing by | compiled by"
                   " | our standards | all rights reserved")

#: Prepositions that make a country or province named after them the place where
#: something happened ("in Syria", "across Nabeul"), not a modifier ("U.S. troops"), and
#: the words of a part of it ("struck southern Turkey", as Arabic "جنوب تركيا").
LOCATIVES = ("in | at | near | outside | inside | across | into | throughout | around | off | on"
             " | northern | southern | eastern | western | central | northeastern | northwestern"
             " | southeastern | southwestern")

#: Determiners that make the word after them no particular happening ("rejects any attack on
#: its sovereignty", "any shooting would be investigated").
GENERIC = "any"

#: Present verbs of going on, and the words of carrying out that may follow them: a
#: happening named after them is a habit, no particular one ("continues to carry out
#: attacks", ``تواصل تنفيذ التفجيرات``; "continued shelling on Sunday" is past and told).
HABITUAL = "continues | continue | keeps | keep"
#: How often a happening recurs, told right before its noun ("near-daily shelling",
#: "nightly raids"): a habit, no one happening.
FREQUENCY = "daily | near-daily | almost-daily | nightly | weekly | routine"
PERPETRATION = "to | carry | carrying | out | launch | launching | conduct | conducting | stage | staging | commit | committing"

#: Verbs that name an attack only through what they set off: "launched rockets", "launched an
#: offensive", "rockets were launched" are one; "launched an investigation", "launched a new
#: phone" are none.  Such a verb is a trigger only with a word naming a happening or a weapon
#: near it.
OBJECT_VERBS = "launch"
#: Prepositions that may stand inside the object of such a verb ("a barrage of rockets", "at
#: least 20 rockets"); any other ends it ("an investigation into the shooting").
OBJECT_LINKS = "of | at | least | more | than | up | to | as | many | between"
#: The auxiliaries after which the verb is passive, with no object after it ("eleven more
#: were launched later"): those of the argument readers.
PASSIVE_AUXILIARIES = " | ".join(sorted(EN_PASSIVE_AUX))
#: The words between the object and the verb of its passive ("rockets were launched",
#: "rockets have been launched"; with none: "rockets launched from the south").
OBJECT_PASSIVES = PASSIVE_AUXILIARIES + " | has | have | had"

#: Words that make a statement a claim of what its speaker did ("claimed responsibility for
#: the attack", "took responsibility"): the speaker is the happening's actor 1.
RESPONSIBILITY = "responsibility"

#: Nouns of places a country's adjective may qualify ("the Syrian town of Manbij", "the
#: Iraqi capital"): the country is then where, not who.
PLACE_NOUNS = ("town | towns | city | cities | village | villages | capital | province | provinces | region"
               " | countryside | border | borders | territory | territories | coast | desert | side")

#: Prepositions: a speaker is a noun phrase, and one of these ends it ("In a statement,
#: the ministry said": the statement has no speaker of its own before it).
#: Verbs whose object is the happening itself ("شارك المئات يوم الأحد في وقفة احتجاجية",
#: "thousands took part on Sunday in a march"): a time between them and a preposition
#: dates what follows, unlike "sentenced Thursday for the shooting".
#: People an armed group takes or holds (the object that makes "seized" an abduction and
#: "freed" a release).
_HELD_PEOPLE = ("hostage | hostages | worshippers | pupils | students | schoolgirls | schoolboys"
                " | girls | boys | women | children"
                " | schoolchildren | passengers | villagers | farmers | sailors | seafarers | crew"
                " | travellers | travelers | tourists | journalists | abductees | captives")

#: People who hold a post or a job: the object that makes "fired" a dismissal.
_POST_HOLDERS = ("worker | workers | employee | employees | staff | staffer | staffers | coach | manager"
                 " | ceo | chief | director | executive | executives | minister | adviser | advisor"
                 " | secretary | commander | head | official | officials | aide | aides | teacher | teachers")
#: Plans, texts and words: the objects that make an attack or a killing a figure of speech
#: ("attacked the plan", "killed the bill").
_PROPOSALS = ("plan | plans | proposal | proposals | bill | bills | decision | policy | policies | budget"
              " | legislation | measure | reform | reforms | deal | idea | remarks | comments | ruling"
              " | motion | amendment | initiative | report")

#: Words whose other sense the word right before them tells: the word as written -> (the
#: type of that sense, those words).  Gunfire is a mass noun ("came under fire", "heavy
#: fire"); "a fire", "the fire" is a blaze ("a fire at a hospital killed 15").
PRECEDED_SENSES: dict[str, tuple[str, str]] = {
    "fire": ("disaster.fire", "a | the | this | another"),
}

#: Verbs whose object tells their other sense: the word -> (the type of that sense, or "-"
#: for none; the object words that tell it).  Only the object counts, not words near the
#: verb: "a gunman fired at workers" stays a shooting.
OBJECT_SENSES: dict[str, tuple[str, str]] = {
    "fire": ("political.dismissal", _POST_HOLDERS),
    "sack": ("political.dismissal", _POST_HOLDERS),
    "attack": ("-", _PROPOSALS),
    "kill": ("-", _PROPOSALS),
}

#: A blaze fought by crews ("firefighters battled the flames", "crews fighting the wildfire"):
#: the fire's words ("fire" alone is gunfire as often, and left out).
_BLAZE = " | blaze | blazes | flames | wildfire | wildfires | bushfire | bushfires | inferno"

#: Words of two senses: the word -> (the type of its other sense, the words that tell that
#: sense when one is near it).  A strike of workers is a protest (ACLED codes strikes as
#: protests); an air or drone strike stays an attack.
SENSES: dict[str, tuple[str, str]] = {
    "strike": ("protest", "union | unions | worker | workers | teacher | teachers | doctor | doctors | nurse"
               " | nurses | employee | employees | staff | labor | labour | wage | wages | pay | salary"
               " | salaries | pension | pensions | strikers | picket | walkout | trucker | truckers | driver"
               " | drivers | miner | miners | dockworkers | shopkeepers | merchants | general"),
    # people seized or captured are abducted; a town seized is territory taken
    "seize": ("violence.civilians.abduction", _HELD_PEOPLE),
    "capture": ("violence.civilians.abduction", _HELD_PEOPLE),
    # a figure of speech ("-": no happening): a battle with an illness or in the courts, a
    # fight against a social ill, a hit record or song
    "battle": ("-", "cancer | illness | disease | legal | court | courts | custody | addiction | leukemia"
                    " | tumor | lawsuit" + _BLAZE),
    "fight": ("-", "corruption | poverty | cancer | disease | inflation | hunger | unemployment | illiteracy"
                   " | addiction | obesity | climate | fraud" + _BLAZE),
    "hit": ("-", "record | high | low | song | single | album | chart | charts | milestone | jackpot"),
    # an attack in words, told by the adjectives only words take
    "attack": ("-", "scathing | blistering | rhetorical | rhetoric"),
    # a blaze, told by what burns and who puts it out ("a fire destroyed three homes", "the
    # fire spread to nearby shops before crews contained it"), not gunfire
    "fire": ("disaster.fire", "blaze | flames | smoke | firefighters | firefighter | burned | burning | burnt"
                              " | extinguished | extinguish | spread | engulfed | gutted | arson | wildfire"
                              " | destroyed"),
}

#: How a protest tells its aim: a speech word right after "to" ("rallied to demand unpaid
#: wages", "marched to denounce the war") is the protest's demand, not a statement of its own.
AIM_WORDS = "to"
AIM_PREFIXES = ""
AIM_ENDINGS = ""

PARTICIPATION = "participated | participate | participating | part | joined | join | joining"

PREPOSITIONS = ("in | on | at | with | by | from | for | to | into | after | before | during | via | through"
                " | under | over | about | against | amid | according")

#: Words making a span of hours or days end at the report ("in the past 24 hours", "over
#: the last three days"): what happened in it happened on those days.
RECENT = "past | last | previous | preceding"

#: Words making a date the start of a span that runs to the report ("since Friday"): what
#: is told with it happened from that day on, not on that day.
SINCE = "since"

#: Words of a comparison a "since" date frames ("the deadliest attack since 2017", "the
#: first such strike since June", "the fifth time since 2013"): the date is what the
#: happening is measured against, not its time nor the start of a span it fills.
#: Superlatives and ordinals; "more" and "less" are not ("killed more than 60,000 since
#: October" is a tally over the span).
SINCE_COMPARISONS = ("first | second | third | fourth | fifth | sixth | seventh | eighth | ninth | tenth"
                     " | only | worst | best | most | least | deadliest | bloodiest | biggest"
                     " | largest | heaviest | fiercest | strongest | highest | lowest | longest | greatest"
                     " | worst-ever | most-serious | most-intense | latest | widest | gravest | costliest"
                     " | busiest | hottest | coldest | wettest | driest | closest | earliest")

#: Words after a compared date that tell what happened then ("the deadliest crash since June
#: 2024, when a train hit …", ``الأسوأ منذ حزيران 2024، عندما اصطدم …``): the date dates
#: the clause they open, not the happening measured against it.
WHEN_WORDS = "when"

#: Relative pronouns and conjunctions that open a clause about another happening.
RELATIVES = "which | that | who | whom | whose | where | when"
#: Relative pronouns after an armed group's or organisation's name that describe it: what
#: they bring in is what it did before, background ("ISIS, which seized Mosul in 2014",
#: "تنظيم داعش الذي سيطر على الموصل عام 2014"); ("that", "when", "where" open other clauses too).
ACTOR_RELATIVES = "which | who | whose"

#: Definite determiners: "the attack" points back at an attack already told.
DEFINITE = "the | this | that | these | those"

#: Verbs of impact that take the kind of happening their clause names: "an earthquake
#: struck the region" is the quake striking, "a storm hit the coast" the storm (with no
#: such word in the clause they keep their own type: "gunmen hit a checkpoint").
LIGHT = "hit | hits | struck | strike | strikes | rocked | rocks | slammed | slams | battered | batters"

#: A release of people held: one of these verbs with one of the held a few words away
#: ("released four hostages", "the hostages were freed"); the held are then persons, not
#: an abduction.  ("released the name of the victim" is no release.)
RELEASE_VERBS = ("released | freed | releases | frees | releasing | freeing"
                 # "exchanged 300 prisoners", "swap prisoners": an exchange frees both sides' held
                 " | exchanged | exchange | exchanges | exchanging | swapped | swap | swaps | swapping")
RELEASE_OBJECTS = ("prisoners | prisoner | detainees | detainee | captive | " + _HELD_PEOPLE)
RELEASE_TAILS = ""
#: The auxiliaries of a passive release verb ("were freed", "have been released").
RELEASE_PASSIVES = "was | were | been | be"

#: Words joining two happenings: "attacks and kidnappings" names two kinds, never a general
#: word made specific by the next (see ``timeline.events.mentions._compounds``).
COORDINATORS = "and | or"

#: The instruments of an attack, by the happening their use names: "the gun used in the
#: shooting", "used chemical weapons" (the use is the attack; see ``USE_VERBS``).
WEAPONS: dict[str, str] = {
    "violence.civilians.shooting": "gun | guns | handgun | handguns | rifle | rifles | pistol | pistols | revolver"
                                   " | shotgun | firearm | firearms",
    "violence.remote.chemical": "chemical weapon | chemical weapons | sarin | nerve agent | chlorine gas",
    "violence.civilians.stabbing": "knife | knives",
    "violence": "weapon | weapons | explosives",
}
#: Words that make a "gun" no weapon ("a stun gun", "a nail gun").
WEAPON_MODIFIERS = ("stun | nail | glue | staple | paint | paintball | water | toy | spray | heat | radar | starting"
                    " | squirt | caulk | caulking | grease | nerf | tattoo")
#: Verbs of using, and the words that may stand between a weapon and a passive "used"
#: ("the gun that was used").
USE_VERBS = "use | used | uses | using"
#: Words of a weapon's size, skipped between a verb of using and the weapon ("a 9mm
#: handgun", "a .45 caliber pistol", "a 12-gauge shotgun").
WEAPON_SIZES = "mm | caliber | calibre | cal | gauge"
USE_LINKS = "that | which | was | were | is | are | been | being | had | has | the | a | an | banned | illegal"
#: Projectiles, whose verb right after them is the hit ("the bullet tore through his lung",
#: "a stray bullet went into the room"): a past form, with its particle.
PROJECTILES = "bullet | bullets | stray bullet | pellet | pellets | shrapnel | slug | slugs | projectile | round"
#: Parts of the body, which after a regular past tell a projectile's hit ("exited the back
#: of his head").
BODY_PARTS = ("head | face | eye | neck | throat | chest | torso | back | shoulder | arm | elbow | hand | wrist"
              " | abdomen | stomach | side | hip | leg | thigh | knee | foot | ankle | lung | heart | artery"
              " | spine | skull | jaw | bone | buttocks | groin | pelvis | liver | kidney")
#: Words that may open the next verb of a projectile's path ("and then tumbled through").
CHAIN_WORDS = "then"
PROJECTILE_VERBS = "went | tore | struck | hit | came | broke | flew | passed | lodged | entered | pierced"
PROJECTILE_PARTICLES = "into | through | off | out | in | past | under | across"
#: Possessives, which after a regular past tell what a projectile hit ("grazed his arm").
POSSESSIVES = "his | her | their | its | my | your | our"
#: The ending of a regular past, by which a verb after a projectile is told.
PAST_ENDING = "ed"

#: Prepositions written glued to the next word, which the crime a charge is of follows
#: (``بتهمة``, ``بقتل``).
BOUND_PREPOSITIONS = ""

#: Prepositions that bring in a verb's object and nothing of time or place: what a charge
#: or an accusation is of ("accused of shooting").
OBJECT_PREPOSITIONS = "of"

#: The words of an aftershock, and those of the main quake it follows: told in one article,
#: they are two happenings (a bare tremor may be either; so may a plural, quakes in general:
#: a seismology institute's "earthquakes").
AFTERSHOCK_WORDS = "aftershock | aftershocks"
MAINSHOCK_WORDS = "earthquake | quake | temblor"

DATA = {
    "participle_links": PARTICIPLE_LINKS, "participle_adverbs": PARTICIPLE_ADVERBS,
    "triggers": TRIGGERS, "light": LIGHT, "speakers_back": SPEAKERS_BACK, "operation_words": OPERATION_WORDS, "exact": EXACT, "not_events": NOT_EVENTS, "negations": NEGATIONS,
    "irrealis": IRREALIS, "perfect_auxiliaries": PERFECT_AUXILIARIES, "apostrophe_clitics": APOSTROPHE_CLITICS, "presupposing": PRESUPPOSING, "weapon_sizes": WEAPON_SIZES,
    "body_parts": BODY_PARTS, "chain_words": CHAIN_WORDS, "partitive_negations": PARTITIVE_NEGATIONS, "speech_refusals": SPEECH_REFUSALS,
    "partitive_of": PARTITIVE_OF, "loss_verbs": LOSS_VERBS, "gone_words": GONE_WORDS,
    "gone_after": GONE_AFTER, "lost_people": LOST_PEOPLE,
    "life_verbs": LIFE_VERBS, "life_words": LIFE_WORDS, "modals": MODALS, "future": FUTURE, "novelty": NOVELTY, "other_incident": OTHER_INCIDENT, "outlet_words": OUTLET_WORDS, "outlet_sign": OUTLET_SIGN, "pronouns": PRONOUNS, "speaker_subjects": SPEAKER_SUBJECTS,
    "determiners": DETERMINERS, "relatives": RELATIVES, "actor_relatives": ACTOR_RELATIVES, "definite": DEFINITE, "copulas": COPULAS,
    "anaphora_pronouns": ANAPHORA_PRONOUNS, "anaphora_conjunctions": ANAPHORA_CONJUNCTIONS, "doer_nouns": DOER_NOUNS, "undergone_outcomes": UNDERGONE_OUTCOMES, "anaphora_predicates": ANAPHORA_PREDICATES, "anaphora_fillers": ANAPHORA_FILLERS,
    "anaphora_governors": ANAPHORA_GOVERNORS, "evaluated_references": EVALUATED_REFERENCES,
    "possessed_outcomes": POSSESSED_OUTCOMES, "anaphora_prepositions": ANAPHORA_PREPOSITIONS, "anaphora_like": ANAPHORA_LIKE,
    "anaphora_indefinites": ANAPHORA_INDEFINITES, "anaphora_after": ANAPHORA_AFTER, "stamps": STAMPS, "stamp_labels": STAMP_LABELS,
    "furniture_labels": FURNITURE_LABELS, "furniture_lines": FURNITURE_LINES,
    "locatives": LOCATIVES, "place_nouns": PLACE_NOUNS, "responsibility": RESPONSIBILITY, "generic": GENERIC, "habitual": HABITUAL, "frequency": FREQUENCY, "perpetration": PERPETRATION, "object_verbs": OBJECT_VERBS, "object_links": OBJECT_LINKS, "object_passives": OBJECT_PASSIVES, "passive_auxiliaries": PASSIVE_AUXILIARIES, "prepositions": PREPOSITIONS, "bound_prepositions": BOUND_PREPOSITIONS, "weapons": WEAPONS, "weapon_modifiers": WEAPON_MODIFIERS, "use_verbs": USE_VERBS, "use_links": USE_LINKS, "projectiles": PROJECTILES, "projectile_verbs": PROJECTILE_VERBS, "projectile_particles": PROJECTILE_PARTICLES, "possessives": POSSESSIVES, "past_ending": PAST_ENDING, "object_prepositions": OBJECT_PREPOSITIONS, "participation": PARTICIPATION, "senses": SENSES, "aftershock_words": AFTERSHOCK_WORDS, "mainshock_words": MAINSHOCK_WORDS, "object_senses": OBJECT_SENSES, "preceded_senses": PRECEDED_SENSES, "aim_words": AIM_WORDS, "aim_prefixes": AIM_PREFIXES, "aim_endings": AIM_ENDINGS, "privatives": PRIVATIVES, "coordinators": COORDINATORS, "release_verbs": RELEASE_VERBS, "release_objects": RELEASE_OBJECTS, "release_tails": RELEASE_TAILS, "release_passives": RELEASE_PASSIVES, "institution_heads": INSTITUTION_HEADS, "counter_words": COUNTER_WORDS, "recent": RECENT, "since": SINCE, "since_comparisons": SINCE_COMPARISONS, "when_words": WHEN_WORDS, "not_clitic": "",
}
