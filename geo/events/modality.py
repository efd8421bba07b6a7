"""Telling reported events from predictions, conditions, hypotheticals, denials and questions.

"Russian forces withdrew from Kherson" is an event; "Russia will likely give up Kherson", "if Russia
withdraws", "Moscow denied that its troops retreated" and "trying to capture Avdiivka" are not, and
frontmap must not map them. The checks are on the sentence as a whole (a hedge anywhere makes the
sentence a hedge: news writes predictions as one sentence) and on the words right before the trigger.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.dates import MONTH_NAME
from geo.events.lowercase import lower_case

# Anywhere in the sentence. "may" is matched in lower case only, so "last May" stays a date.
HEDGES = re.compile(
    # (not "four hits, probably from cannon artillery", "one explosion, probably an explosive device dropped
    # from a UAV": the weapon unsure, the hits told as fact)
    # (nor "Ukrainian forces have probably retaken the towns of Makariv and Moschun": an assessment of what
    # was done, as "had likely seized" is)
    # (not "troops could be seen on video raising the flag": what footage shows, no supposition)
    r"\b(?:will (?:most |very )?likely|would|could(?! (?:be |clearly )+(?:seen|spotted|observed)\b)|might"
    r"|(?:(?<!have )(?<!has )(?<!had )probably|possibly)"
    r"(?! (?:from|with|by|dropped|caused by"
    r"|fired|launched|(?:an? )?(?:[\w-]+ )?(?:explosive|devices?|munitions?|drones?|uavs?|shells?|mines?"
    r"|bombs?|grenades?|missiles?|rockets?)|an? [a-z]{1,8}-\d+[\w-]*"
    # ('with two cruise missiles, probably "Iskander-K"': the weapon's name in quotes)
    r"|[\"“'‘](?:iskander|kalibr|kinzhal|kh-|shahed|geran|tochka|storm shadow|atacms|neptune|zircon|onyx)"
    # ("four arrivals, probably the dropping of explosive devices from a UAV")
    r"|the (?:dropping|drop|use|launch) of"
    # ("the strike on the Belbek airfield probably hit at least three Russian aircraft": the toll unsure)
    r"|(?:hit|destroyed|damaged|killed) (?:at least |up to |about |some |several )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several))\b)|"
    r"likely to|unlikely|"
    # (not a set phrase of readiness: "civilians who, if need be, will be evacuated ... as the enemy
    # continues shelling this settlement")
    # (nor a contrast with a time before, a calque of Russian "если ... то": "if in mid-April the Russian
    # Armed Forces controlled only a small area ..., then in recent weeks they have advanced")
    r"if(?! (?:need be|necessary|needed|required)\b)"
    r"(?! in (?:early |late |mid[-—–]?\s*)?(?:january|february"
    r"|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter"
    r"|(?:19|20)\d\d)\b[^.;?]*?, then\b)|unless|whether|must|should|expected to|expects? to"
    r"|predict\w*|forecast\w*|"
    # ("Once we lose Vuhledar, the enemy can establish a railroad supply": a condition, in the present)
    r"once (?:we|they|you|it|russia|ukraine|the enemy|[\w-]+ (?:forces|troops)) "
    r"(?:lose|loses|take|takes|capture|captures|seize|seizes|reach|reaches|fall|falls|break|breaks)|"
    r"aims? to|plans? to|planning to|(?:was|were|is|are|being) (?:\w+ )?planned|intends? to|"
    # ("Chasov Yar and Volchansk are the most likely targets to be liberated soon")
    r"targets? to be|to be (?:\w+ed|taken) (?:soon|next)\b|"
    r"threaten(?:s|ed)? to|vow(?:s|ed) to|(?:can|could) be used (?:to|for)|"
    # ("from here Ukrainian artillery and missiles can hit Donetsk": what a side is able to do)
    r"can (?:now |still |easily |already |also )?(?:hit|strike|reach|target|shell|bomb)|"
    r"promis(?:es|ed) to|hop(?:es?|ed|ing) to|poised to|seeks? to|wants? to|in case|in the event of|"
    r"scenarios?|"
    # ("Moscow's original spring and summer objectives—creating buffer zones ..., seizing the Pokrovsk
    # agglomeration, reaching the Donetsk border—were not realized": aims listed)
    r"(?:objectives|goals)\s*[—–:]|"
    # ("warned that the probable objective of the enemy, besides conquering Avdiivka, is the capture of X")
    r"(?:objectives?|goals?|aims?)\s+of\s+(?:the\s+)?(?:enemy|russians?|ukrainians?|occupiers|invaders"
    # (not "the aims of Ukraine's seizure of territory": a seizure done)
    r"|kremlin|moscow|kyiv|russia|ukraine)\b(?!['’]s)|"
    # ("pledged to reduce attacks on Chernigov", "the oblast is preparing for two major attacks on X")
    r"pledg(?:es|ed|ing) to|"
    # what a step would cost, told in the present: "Taking it away from the villages means giving up
    # positions"
    r"(?<!which )means\s+(?:giving\s+up|losing|surrendering|abandoning|ceding|leaving|retreating)|"
    r"(?:is|are|was|were) preparing (?:for )?(?:[\w-]+ ){0,3}(?:attacks?|offensives?|assaults?|strikes?)|"
    # ("creates prospects for advancing to Borova")
    r"potential(?:ly)?|prospects? (?:of|for)|risks? of|"
    # ("Russian forces have a high probability of capturing Lysychansk")
    r"probabilit(?:y|ies) of|"
    # ("there is a realistic possibility of local Russian advances around Bakhmut")
    r"possibilit(?:y|ies) of|"
    # "troops are under threat of being outflanked", "risks losing control of Kupiansk"
    r"under (?:the )?threat of|in danger of|risk(?:s|ing)? (?:losing|being)|"
    # ("the main city, on the verge of liberation of which we are now, is Volchansk": not yet done)
    r"on the (?:verge|brink|cusp) of|"
    # ("Ukrainian units were close to losing Kupiansk": nearly, not done; but "came close to retaking
    # Kreminna" is ground gained on the way, as "approached" is)
    r"(?:is|are|was|were|came|come|comes|been)\s+(?:very\s+|dangerously\s+|perilously\s+)?(?:close|near)\s+to"
    r"(?=\s+(?:losing|being|surrendering|abandoning)\b)|"
    # ("Pokrovsk is effectively lost, or close to it": nearly so, not done)
    r"or (?:close|near) to it|or nearly so|"
    # (not "pulled all possible resources there", "by every possible means": all there are)
    # (nor "the Ukrainian forces had not anticipated a Russian attack on Karantin Island": it came unforeseen)
    # (nor "the assault made it possible to retake X": what a deed did let happen)
    r"(?<!everything )(?<!all )(?<!every )(?<!made it )possible|(?<!not )(?<!never )anticipated|long-awaited"
    r"|upcoming|impending|looming|would-be)\b",
    re.IGNORECASE,
)
# A move aimed at: "focused its firepower on seizing", "a counteroffensive aimed at recapturing".
FOCUSED_ON = re.compile(
    r"\bfocus(?:ed|es|ing)?\s+(?:(?:its|their|his|the)\s+)?(?:[\w-]+\s+)?on\s+$"
    r"|\baim(?:ed|s|ing)?\s+at\s+$"
)
# A move weighed, not made: "are considering withdrawing from", "mulling a pullout from".
CONSIDERED = re.compile(
    r"\b(?:consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|contemplat(?:es|ed|ing))\s+"
    r"(?:(?:a|an|the)\s+)?(?:\w+\s+)?$"
)
# (not "at least 20 people may have been killed": a count unsure, the strike told as fact)
# (nor "up to 1,000 servicemen may have gone missing during the retreat from Avdiivka")
LOWER_HEDGES = re.compile(
    r"\bmay\b(?! have (?:been (?:killed|injured|wounded|hurt|captured)|died|gone missing)\b)"
)
# A clause that comments on what the sentence has reported: ", which could ...", ", a move that ...".
COMMENT_AFTER = re.compile(
    r",\s+(?:which|a move that|a step that|something that|in a move|potentially|paving the way)\b"
    # "... on Saturday in a gain that would help set the stage for the next phase": what the event means
    r"|\s+in\s+an?\s+(?:[\w-]+\s+)?(?:gain|setback|blow|move|step|victory|success|loss|win|boost)\s+that\b",
    re.IGNORECASE,
)
# A newsroom's caveat about its sources hedges nothing: "..., which Reuters could not independently
# verify" still reports the event.
CAVEATS = re.compile(
    r"\b(?:could|can|would|may)\s+not\s+(?:be\s+)?(?:independently\s+|immediately\s+)?"
    r"(?:verif\w*|confirm\w*|corroborat\w*)",
    re.IGNORECASE,
)
# How far before a trigger (characters) "claimed" makes it a side's claim.
CLAIM_REACH = 40
# Where a new clause with a subject of its own starts: ", and Russian use of ...", "; the ministry ...".
# A clause of fears after a verb: ", as fears grow that ..." (geo.events.placing keeps its town apart too).
_FEARS_BESIDE = (
    r",\s+(?:as|amid|while)\s+(?:fears?|concerns?|worries|speculation|warnings?)\s+(?:grows?|mount|mounts"
    r"|rise|rises|that|of)\b"
)
FEARED_AFTER = re.compile(_FEARS_BESIDE, re.IGNORECASE)
NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?=(?:the\s+|a\s+|an\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?"
    r"(?:of|is|are|was|were|has|have|had|said|says|indicates?|shows?)\b)|;\s"
    # what the speaker added: "ordered troops to leave Izyum, saying they would be sent to Donetsk"
    r"|,\s+(?:saying|adding|noting|explaining|stating)\b"
    # what it led to: "had taken Rivnopillya, putting the town of Huliaipole at risk of being targeted"
    r"|,\s+(?:putting|placing|leaving|bringing|opening|allowing)\b"
    # ... and what it caused, comma or not: "struck Zmiinyi Island at night causing Russia to evacuate the
    # garrison and probably to leave the island" (the leaving is unsure, the strike is not)
    r"|,?\s+(?:causing|forcing|prompting|compelling)\s+(?=\w)"
    # ... or the fears beside it: "have been ordered to withdraw, as fears grow that Lysychansk could also
    # fall" (the fall is feared, the withdrawal told)
    rf"|{_FEARS_BESIDE}"
)
# A clause of time or concession that opens a sentence, up to its comma: its own hedges are the backdrop's.
OPENING_CLAUSE = re.compile(r"(?:As|While|Even as|Although|Though|Amid)\s[^,;]{3,120}?,")
# Where a sentence turns to another matter: "..., but ...", "...; ...".
BUT = re.compile(r",\s*but\b|;|\bwhile\b|\bwhereas\b|\bhowever\b", re.IGNORECASE)
DENIALS = re.compile(
    r"\b(?:den(?:y|ied|ies|ial)|refut\w+|disput(?:ed|es) (?:that|the (?:claims?|reports?))"
    r"|reject(?:s|ed)? (?:the |any |all )?(?:[\w'’-]+ )?(?:claims?|reports?|notion|suggestions?)"
    r"|no indication|not true|no truth|untrue|false claims?|fake news|baseless|(?:this|that) is not the case"
    # a blast put down to an accident: "explosions near a base were the result of an accident at an
    # ammunition store", "an accidental detonation of munitions"
    r"|(?:the )?result of an? accident\b|accidental (?:detonation|explosion|fire|blast)"
    # "Russia falsely claimed to have seized Krynky", "Occupiers spread fake about capture of Synkivka"
    r"|(?:falsely|wrongly|mistakenly) (?:claim|report|announc|stat|assert)\w*|fakes? (?:claims? )?about"
    # "in response to fake information from the Russian Federation that the settlement had been captured"
    r"|fake (?:information|reports?|claims?|statements?)"
    # "the Russians continue to spread fakes, alleging that the Armed Forces are shelling the region"
    r"|spread(?:s|ing)? (?:[\w-]+ )?fakes?\b"
    # "Russians lied about seizing Novoplatonivka village", "are lying about the capture of X" (not "lies
    # about 40 miles east of": where a town lies)
    # ("Putin had previously lied that Ukrainians in the city were surrounded")
    r"|\b(?:lied|lying) (?:again )?(?:about|that)\b"
    # "announced an apparent retreat by Moscow's forces ..., but then withdrew the reports": taken back
    r"|\b(?:withdrew|retracted|deleted|recalled) (?:the|their|its|these|both|those) (?:[\w-]+ )?"
    r"(?:reports?|claims?|statements?|messages?|posts?|news)\b"
    # "There are no grounds to claim that the Russian forces have captured the village of Dvorichna"
    r"|no grounds? (?:to|for) (?:claim|say|state|assert|speak)\w*"
    r"|dismiss(?:ed|es)? (?:the )?(?:[\w'’-]+ )?(?:reports?|claims?)"
    # "dismissed what it described as 'boastful statements' ... about the claimed capture of X"
    r"|dismiss(?:ed|es)? what (?:it|they|he|she) (?:described|called|termed) as"
    # "Ukrainian officials have not made any acknowledgement that it had been taken", "gave no
    # acknowledgement that Zhuravka had fallen": the side said to have lost it does not say so
    r"|(?:no|not\s+(?:made|given|offered)\s+any)\s+(?:\w+\s+)?acknowledge?ment"
    # a spokesman's present-tense word: "I do not confirm the information that Russia entered X" (not a
    # newsroom's "did not confirm the claim", which leaves the claim reported)
    r"|(?:do|does)\s+not\s+confirm\s+(?:the\s+|this\s+|these\s+|such\s+)?"
    r"(?:information|reports?|claims?|data))\b",
    re.IGNORECASE,
)
# A claim called so after the event it tells, then denied (lower case).
DENIED_AS_CLAIM = re.compile(
    # (or "..., though Ukraine denied it")
    # ("said its forces had taken control of Toretsk, but Ukraine's military denied the city had been
    # captured": the speaker's word, then the other side's)
    r",\s+(?:a\s+claim|claims|an\s+assertion|which|though|although|but)\b[^.;]{0,60}?"
    r"\b(?:denied|disputed|rejected|refuted|denies"
    r"|disputes|rejects|refutes)\b"
)
# An attack from the air, after a verb that held it off: "repelled [a massive Ukrainian drone attack]" (its
# drones downed where they were sent, as "drones destroyed over Ryazan" are: fire, not a ground attack).
AIR_ATTACK = (
    r"(?i:(?:an?\s+|the\s+)?(?:(?:massive|massed|large-scale|ukrainian|russian)\s+)*"
    r"(?:drone|uav|missile|air|aerial)\s+(?:attacks?|strikes?|raids?))\b"
)
REPELLED_AIR_ATTACK = re.compile(rf"(?i:repell?(?:ed|ing)|repuls(?:ed|ing))\s+{AIR_ATTACK}")
# The speaker's own word that the claim just told is false (lower case): "...; this is not true".
SPEAKERS_DENIAL = re.compile(
    r"[;:—–-]\s*(?:but\s+)?(?:this|that|it)\s+is\s+(?:absolutely\s+|simply\s+|completely\s+)?"
    r"(?:not\s+true|untrue|false|a\s+lie|fake|not\s+the\s+case)\b"
)
# What a speaker says of a statement after it: "the statement ... that they have already taken this city
# under their control - it does not correspond to reality" (not of what the sentence told before a "but").
NOT_REALITY = re.compile(r"\b(?:does|do|did)\s+not\s+(?:correspond\s+to|reflect)\s+(?:the\s+)?reality\b")
# What a sentence calls a claim or a report: "are false", "is completely untrue", "are fake".
FALSE_WORDS = (
    "false", "untrue", "fake", "lies", "a lie", "baseless", "not true", "inaccurate", "incorrect", "wrong",
    "unfounded", "groundless",
)  # fmt: skip
_CALLED_FALSE = (
    r"\b(?:are|is|were|was)\s+(?:(?:completely|absolutely|totally|simply)\s+)?"
    rf"(?:{'|'.join(FALSE_WORDS)})\b"
)
# A claim the sentence itself calls false (not a claim it reports another side denied).
FALSE_CLAIM = re.compile(rf"\bclaims?\b[^.;,]*?{_CALLED_FALSE}", re.IGNORECASE)
# Reports the sentence calls false, the event inside them: "but reports about gains near Lyman are fake".
REPORTS_FALSE = re.compile(
    rf"\b(?:reports?|claims?|statements?|allegations?)\s+(?:about|of|on)\b[^.;,]*?{_CALLED_FALSE}"
    # ("The information that the Russian army captured the village, which is located 5 kilometers from
    # Kupyansk, is false")
    rf"|\b(?:information|reports?|claims?|statements?|news)\s+that\b[^.;]*?{_CALLED_FALSE}",
    re.IGNORECASE,
)
# Right before the trigger.
FUTURE = re.compile(
    # (a quote may open on the verb: 'will soon be "liberated"')
    r"\b(?:will|shall|going to|about to|set to|ready to)\s+(?:\w+\s+){0,2}[\"“‘']?$"
    # "the enemy will be able to influence and inflict fire damage on Zaporizhzhia"
    r"|\bwill\s+be\s+able\s+to\s+(?:\w+\s+(?:and|or)\s+)?$"
    # "they will have a difficult time advancing in Donetsk Oblast"
    r"|\bwill\s+have\s+(?:a\s+)?(?:\w+\s+)?(?:hard|difficult|tough)\s+time\s+$"
    # "blown up in preparation for a retreat", "preparing for an offensive"
    # ("residents of Mariupol braced for attack on Sunday from advancing rebels")
    r"|\b(?:in\s+)?(?:preparation|preparations|preparing|prepare|prepared|brac(?:e|es|ed|ing))\s+for\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?$"
    # "redeployed forces to bolster its ranks ahead of the Ukrainian counteroffensive in Kherson region"
    r"|\bahead\s+of\s+(?:a|an|the|its|their|Ukraine['’]s|Russia['’]s|Kyiv['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Fire a step will cut: "Russian forces will push the Ukrainian military farther away from the DPR capital and
# reduce the number of Kiev's bombardments of Yelenovka" (fire there has been; none is told of the day).
FIRE_CUT = re.compile(
    r"\bwill\b[^.;]{0,120}?\b(?:reduce|decrease|lessen|end|stop|prevent)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:of\s+)?(?:[\w'’-]+\s+){0,2}$"
)
FIRE_CUT_REACH = 200
# A gerund that is the subject of a future: "taking this line will allow them to reach the city".
GERUND_WILL = re.compile(
    r"[a-z]+ing\s+(?:[\w'’-]+\s+){0,4}?(?:will|would)\s+(?:\w+\s+)?(?:allow|let|enable|open|give)\b"
)
# A future, then a clause of time in the present passive right before the verb: "will proceed more rapidly
# once Tokmak is liberated" (lower case).
FUTURE_ONCE_BEFORE = re.compile(
    r"\b(?:will|would|could|can)\b[^.;]{0,120}\b(?:once|when|until|as\s+soon\s+as)\s+[^.;]{0,60}\b"
    r"(?:is|are)\s+(?:\w+ly\s+)?$"
)
NEGATED = re.compile(
    # (a quote may open before the trigger: 'did not constitute "taking control of the territory"')
    # ("isn’t being surrounded": no word boundary before the n of a contraction)
    r"(?:\b(?:not|never|no longer|fail(?:ed|ing|s)? to|failure to|cannot|unable to)|n['’]t)"
    # (not what a place was not: "a school building that was not in use caught fire"; nor what does not
    # stop, "the occupiers do not stop shelling the positions": it goes on)
    r"\s+(?!(?:in|at|on|for|under|of|from)\s)(?!(?:stop|cease)\s+$)(?:\w+\s+){0,3}[\"“‘]?$"
    r"|\bno\s+(?:\w+\s+){0,2}$"
    # "had not received an order to retreat": an order never given
    r"|\bnot\s+(?:received|given|issued|got|gotten)\s+(?:an?\s+|any\s+|the\s+)?orders?\s+to\s+$"
    # "our troops are holding on and preventing him from completely capturing this settlement"
    r"|\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|keep(?:s|ing)?|kept)\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:\w+ly\s+)?$"
    # "the lack of any major advances by Russian forces", "in the absence of significant gains"
    r"|\b(?:lack|absence)\s+of\s+(?:any\s+)?(?:\w+\s+){0,2}$"
    # "Ukrainian forces have stopped Russian advancement near X": the advance that did not go on
    # ("managed to temporarily stop the advance of Russian units north of X")
    r"|(?<!not )(?<!n't )(?<!n’t )"
    r"\b(?:stop(?:p(?:ed|ing)|s)?|halt(?:ed|ing|s)?|thwart(?:ed|ing|s)?|repuls(?:ed|ing|es)"
    r"|repell(?:ed|ing)"
    # ("acting as a lynchpin against Russian advances in southern Donetsk Oblast")
    r"|(?:bulwark|lynchpin|linchpin|barrier|shield|defen[cs]e|buffer)\s+against)\s+"
    r"(?:the\s+|an?\s+|further\s+)?(?:(?:russian|ukrainian|enemy|russia['’]s|ukraine['’]s)\s+)?$"
    # "neither Pokrovsk nor its sister city Myrnohrad are encircled"
    r"|\bneither\s+[^.;]{1,60}?\bnor\s+[^.;]{1,40}?\s(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?$"
    # "None of our units in the Huliaipole sector are encircled"
    r"|\bnone\s+of\s+[^.;]{1,60}?\s(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?$"
    # "none of the strikes hit the capital", "none of the missiles reached Kyiv"
    r"|\bnone\s+of\s+(?:the\s+|them\s*|its\s+|their\s+)(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# An assessor's word that gains are not confirmed: "claims of advances remain unconfirmed", "no
# confirmed gains", "has yet to observe confirmation". The fighting is reported; the gain is not.
UNCONFIRMED = re.compile(
    # (not what a confirmation ended: "confirming the withdrawal from Sudzha, following days of speculation")
    r"\b(?:unconfirmed|unverified|(?<!days of )(?<!weeks of )speculat(?:ed|es|ing|ion)|no (?:\w+ )?confirm\w*"
    r"|not (?:make|made) any confirmed|(?:yet|failed) to "
    r"(?:\w+ ){0,2}(?:observe|confirm|verify)|not (?:yet )?(?:observed?|seen) (?:any )?(?:\w+ ){0,2}"
    r"(?:confirmation|evidence)"
    # "reports from the Kremlin about the capture of X are not confirmed by facts", "these claims have
    # not been officially confirmed"
    r"|(?:are|is|were|was|been)\s+not\s+(?:yet\s+)?(?:\w+ly\s+)?confirmed"
    r"|not\s+(?:yet\s+)?been\s+(?:\w+ly\s+)?confirmed"
    # "continue offensive operations in Donetsk, Luhansk, and Kharkiv Oblasts however, without any major
    # strategic gains": fighting told with no ground taken
    r"|without\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?(?:gains|advances|progress|breakthroughs?|success(?:es)?))\b",
    re.IGNORECASE,
)
# ("force Kyiv to either withdraw"; not "killed due to rocket fire": a preposition's "to")
INFINITIVE = re.compile(
    r"(?<!due )(?<!owing )(?<!thanks )(?<!according )(?<!next )(?<!close )(?<!prior )(?<!response )"
    r"\bto\s+(?:\w+ly\s+|either\s+)?$",
    re.IGNORECASE,
)
# A second infinitive of one aim, before a bare verb: "taking all measures to stabilize the situation in this
# direction and return Ocheretyne under control" (lower case; not "managed to stabilize the front and
# retook").
SECOND_INFINITIVE = re.compile(
    r"(?<!managed )(?<!able )(?<!forced )(?<!decided )(?<!began )(?<!started )(?<!continued )(?<!had )"
    r"\bto\s+(?:stabili[sz]e|hold|defend|contain|stop|halt|strengthen|improve|restore|regroup|reinforce"
    r"|prepare)\b[^,.;:]{0,60}?\s(?:and|or)\s+$"
)
# ... the bare verbs of ground such a second infinitive is ("return", not "retook": a past tells).
BARE_VERB = re.compile(
    r"(?:return|retake|regain|recapture|liberate|push|drive|capture|take|seize)\b", re.IGNORECASE
)
# Weapons to be used, an aim: "permission to use long-range missiles they have provided" (lower case).
WEAPONS_TO_USE = re.compile(
    r"\bto\s+(?:use|fire|launch|deploy|employ)\s+(?:(?:its|their|the|more)\s+)?(?:[\w-]+\s+){0,2}$"
)
# A noun of an event right after "to", which makes "to" a preposition: "led to the liberation of X".
NOUN_AFTER_TO = re.compile(r"(?:the|an?)\s|\w+tion\b", re.IGNORECASE)
# Infinitives that still report what happened: "were forced to retreat", "decided to withdraw".
DONE_INFINITIVE = re.compile(
    # ("were recently able to liberate": an adverb may part the verb from "able")
    # ("had to withdraw"; not "the occupiers had tried to establish a foothold": an attempt, past perfect)
    # ("were still able to break through near Berestok")
    # ("..., forcing Russian troops to lose some positions"; not "aimed at forcing", nor "except to complicate
    # the situation for drone operators, forcing them to retreat": a side's troops, named)
    r"\b(?:forced|(?<!at )(?<!of )(?<!on )(?<!by )forcing"
    r"(?=\s+(?:the\s+)?(?:Russian|Ukrainian|enemy|occupiers|invaders)\b)|compelled|decided|managed"
    r"|(?:was|were|been)\s+(?:(?:\w+ly|still|also|now)\s+)?able|began|begun"
    r"|started"
    r"|had(?!\s+(?:\w+ly\s+)?(?:tried|attempted|sought|hoped|planned|wanted|intended|aimed|expected|promised"
    r"|vowed|threatened)\b)"
    r"|continued|continues?|"
    # "are also continuing to hit", not "the task of continuing to"
    r"(?:is|are|was|were)\s+(?:\w+\s+)?continuing|"
    r"ordered|"
    # what a deed let a side do, done: "This Ukrainian assault made it possible to retake most of the Kharkiv
    # region" (not "would make it possible to ...")
    r"(?<!would )(?<!could )(?<!will )(?<!might )made\s+it\s+possible|"
    # a deed owned up to, with its gerund: "Kyiv admitted to attacking an ammunition depot"
    r"admitted|admits|"
    # a side's claim of a deed, told as done: "separatists claimed to take control of most of X"
    r"claimed|claims|"
    # "a decision was made to regroup Russian troops stationed in the Balakliya and Izyum regions"
    r"decision\s+(?:was|has\s+been|had\s+been)\s+(?:made|taken)|"
    # "orders were issued for Ukrainians to withdraw", "had received the order to withdraw"
    r"orders?\s+(?:were|was)\s+(?:issued|given)\s+for|(?:received|got|given)\s+(?:the\s+|an\s+)?orders?)\s+"
    # (not "begun an operation to liberate X": what the operation is for is not done yet)
    # (nor "Russia's continued push to seize more of Donetsk Oblast": the push's aim)
    r"(?!(?:(?:an?|the|its|their)\s+)?"
    r"(?:operation|offensive|attempt|effort|bid|campaign|push|assault|drive)s?\b)"
    # (a quote may open: 'were able to "liberate X"', 'managed "to drop munition"')
    r"(?:\w+\s+){0,2}[\"“‘']?to\s+(?:\w+ly\s+)?[\"“‘']?$"
    # an operation being completed is being done: "are completing an operation to withdraw their troops
    # from Debaltseve" (not "began an operation to liberate X", above)
    r"|\b(?:complet(?:ing|ed|es)|conduct(?:ed|ing)|carr(?:ied|ying)\s+out)\s+(?:an?|the|its|their)\s+"
    r"(?:\w+\s+)?operation\s+to\s+$"
    # a command's word to its troops: "had told the troops still fighting in parts of Vuhledar to pull back"
    r"|\b(?:told|instructed|authori[sz]ed|allowed|permitted)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:troops|units|forces|soldiers|defenders|servicemen|garrison)\b(?:(?!\bto\b)[^.;,]){0,60}?\bto\s+$"
    # what the ruin of a place let a side do, done: "no intact buildings are left in Toretsk, allowing Russia
    # to occupy new areas of the town" (not "would allow Russia to ...": a participle or a past, no modal)
    r"|(?<!would )(?<!could )(?<!will )(?<!might )\b(?:allowing|allowed|enabling|enabled)\s+(?:the\s+)?"
    r"(?:Russia|Ukraine|Russians|Ukrainians|enemy|invaders|occupiers|(?:Russian|Ukrainian)\s+(?:troops|forces|units))"
    r"\s+to\s+$"
    # what a weapon was used for was done: "it had used missile strikes to destroy command posts in X"
    # ('the Russians used "Hurricanes" to shell Kurakhovo': a quoted weapon too)
    # ("deployed MLRS [multiple-launch rocket systems] to shell the city of Druzhkivka": an aside between)
    r"|\b(?:used|employed|deployed)\s+(?:[\"“”\w'’-]+\s+){1,4}?(?:[\[(][^\])]{1,60}[\])]\s+)?to\s+$"
    # ... or is being used for, told with the participle: "rebels patrolled, using positions in the town to
    # fire artillery on Debaltseve"
    r"|,\s+(?:using|employing)\s+(?:[\"“”\w'’-]+\s+){1,6}?to\s+$"
    # ... and what it was used for, passive: "the missiles have already been used to strike Luhansk"
    r"|\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:used|employed)\s+to\s+$",
    re.IGNORECASE,
)
# What someone demands or urges has not happened: "demanded that Russia withdraw from the plant".
DEMANDED = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|for)|urg(?:es|ed|ing)|ask(?:s|ed|ing)|"
    r"ultimatum)\b[^.;]{0,40}\b(?:that|to)\b[^.;]{0,40}$"
    # the bare verb of a demand: "have demanded Kyiv withdraw its troops from there"
    r"|\bdemand(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,2}$"
    # "Putin has repeatedly demanded a full Ukrainian withdrawal from Donbas": the demand's object
    # ("Russia insists on Ukraine's withdrawal from the Zaporizhzhia and Kherson regions")
    r"|\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|insist(?:s|ed|ing)? on|seek(?:s|ing)?|sought"
    # ("had drawn up proposals for a withdrawal of forces from X", "proposed a pullback from X")
    r"|wants?|wanted|proposals?\s+for|propos(?:e|es|ed|ing))\s+(?:(?:a|an|the)\s+|(?:Ukraine|Russia|Kyiv|Moscow)['’]s\s+)?"
    r"(?:(?:full|complete|total|immediate|swift|unconditional|Ukrainian|Russian)\s+){0,3}$"
    # what a peace plan or a deal would have a side do: "the plan reportedly involves Ukraine withdrawing"
    r"|\b(?:plan|proposal|deal|terms|framework|demands?|conditions?)\b[^.;]{0,30}?"
    r"\b(?:involves?|involving|requires?|requiring|includes?|including|envisages?|calls? for|would see)"
    r"\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# A side's insistence that another do something, told by the bare verb after it ("insisted that Ukraine
# retreat from X"; not "insisted that its troops had retreated", a claim).
INSISTED_THAT = re.compile(r"\binsist(?:s|ed|ing)?\s+that\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
BARE_GIVING_UP = re.compile(
    r"(?:retreat|withdraw|leave|pull\s+(?:out|back)|cede|give\s+up|surrender|hand\s+over)\b"
)
# What a demand is said to be after its object: "Ukraine's withdrawal from the Luhansk, Kherson and
# Zaporizhzhia regions is a precondition to opening peace talks".
# ("A Ukrainian pullout from the rest of Donetsk Oblast is Moscow's key demand")
CONDITION_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:is|was|as|be|remains?)\s+(?:a|the|their|its|(?:Moscow|Russia|Kyiv|Ukraine)['’]s)\s+"
    r"(?:key\s+|main\s+|central\s+|chief\s+|core\s+)?(?:(?:pre-?)?condition|demand)\b",
    re.IGNORECASE,
)
# What a side rules out has not happened: "Zelensky ruled out a withdrawal from Kramatorsk and Sloviansk"
# (a giving up of ground: not "rejected a Russian assault", a translation's repelled).
GIVING_UP = ("withdrawal", "pullout", "pull-out", "retreat", "handover", "surrender", "cession")
RULED_OUT = re.compile(
    r"\b(?:rul(?:es|ed|ing)\s+out|reject(?:s|ed|ing)?|refus(?:es|ed|ing)|oppos(?:es|ed|ing))\s+"
    r"(?:(?:a|an|the|any)\s+)?(?:(?:full|complete|total|unilateral|Ukrainian|Russian)\s+){0,2}$",
    re.IGNORECASE,
)
# Forces another side stopped, right before their verb: "had stopped Russian troops advancing in X",
# "prevented the enemy from advancing" (lower case).
STOPPED_FORCES = re.compile(
    r"\b(?:stopped|halted|prevented|stops|halts|prevents)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:troops|forces|units|enemy|russians|ukrainians|occupiers|invaders)\s+(?:from\s+)?$"
)
# What a side sets out to do: "focused on capturing the Donbas", "the goal of seizing Kupiansk".
AIMED = re.compile(
    # ("have concentrated their efforts on seizing control of")
    r"\b(?:(?:focus|concentrat)\w*(?:\s+(?:their|its|his|the|all)\s+(?:efforts?|attention|forces))?|intent|bent|set"
    r"|insist\w*) on\s+(?:\w+\s+)?$"
    r"|\b(?:goal|aim|objective|task|hopes?|bid|efforts?) (?:of|at|for)\s+$"
    # "the Kremlin has been pushing for the total capture of the Donetsk and Luhansk regions"
    r"|\b(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?) for\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    # "to achieve the stated goals of the special military operation for the liberation of Donbas"
    r"|\b(?:goals|aims|objectives)\b[^.;,]{0,60}\bfor\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A taking told as what a side wants, the subject of "is one of its goals": "Capturing the rest of
# the Donetsk region is one of Putin's longstanding goals", "the capture of Pokrovsk remains a priority".
GOAL_WORDS = ("goal", "aim", "objective", "priorit", "task", "ambition", "target")
AS_GOAL = re.compile(
    r"(?:\w+ing|(?:the\s+)?(?:capture|seizure|liberation|takeover))\b[^.;:]{0,80}?\s(?:is|was|remains|are|were"
    r"|has been|have been)\s+(?:[\w'’-]+\s+){0,5}?(?:goals?|aims?|objectives?|priorit(?:y|ies)|tasks?"
    r"|ambitions?|targets?)\b"
    # "Moscow has made 'liberating' Donetsk and Luhansk an 'absolute priority'"
    # (not a taking done "in accordance with the assigned objectives": the goal is the order it follows)
    r"|\w+ing\b[\"”’']?[^.;:]{0,60}?(?<!\bwith)(?<!\bto)\s(?:an?|the|its|their)\s+[\"“‘']?(?:[\w'’-]+\s+){0,2}?"
    r"(?:goals?|aims?|objectives?|priorit(?:y|ies)|tasks?)\b",
    re.IGNORECASE,
)
# ... or the goal named first, right before the taking: "the enemy's current priority is the capture of
# Pokrovsk", "Moscow's aim remains to seize Kurakhove" (lower case).
GOAL_FIRST = re.compile(
    r"\b(?:goals?|aims?|objectives?|priorit(?:y|ies)|tasks?|ambitions?)\s+(?:is|was|remains|are|were)\s+"
    r"(?:(?:still|now|clearly|probably|likely)\s+)?(?:to\s+|the\s+)?$"
)
# A ruin told as the work of long fighting: "destroyed by months of relentless artillery fire".
RUINED_OVER_TIME = re.compile(
    r"(?:destroyed|damaged|ruined|devastated|razed|flattened|levell?ed)\s+(?:\w+\s+)?by\s+"
    r"(?:(?:many|several|two|three|four|five|six|nine|ten|\d+)\s+)?(?:years?|months?|weeks?|decades?)\s+of\b",
    re.IGNORECASE,
)
RUIN_REACH = 60  # characters from the trigger that RUINED_OVER_TIME reads
# Fighting told as the background of something else: "after two years of constant shelling and
# battles", "months of fighting": no one event at one time.
BACKGROUND = re.compile(
    r"\b(?:years?|months?|weeks?|decades?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+\s+and\s+)?$"
    # "Four days into Ukraine's surprise counteroffensive in Kharkiv Oblast, Russian forces have retreated":
    # the time since it began, the news is what follows
    r"|\b(?:days?|weeks?|months?|years?)\s+into\s+(?:the\s+|its\s+|their\s+|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?$"
    # "on the anniversary of the liberation of Kostiantynivka from the Nazis": a day remembered
    r"|\banniversary\s+of\s+(?:the\s+|its\s+|their\s+)?$"
    # "have been subjected to Russian shelling since they were liberated in November": a time
    r"|\bsince\s+(?:they|it|the\s+\w+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# A place described by a record of the war, before its taking: "the only regional capital it has captured
# since February's invasion", "the only regional capital captured by Moscow" (on lower-cased text).
ONLY_ONE_TAKEN = re.compile(
    r"\bthe\s+only\s+(?:[\w-]+\s+){0,2}?(?:capital|city|cities|town|regional\s+centre|regional\s+center)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:it|they|russia|moscow|ukraine|kyiv|kiev)\s+)?(?:(?:has|had|have)\s+)?"
    r"(?:(?:ever|so\s+far)\s+)?$"
)
# A taking back, with what was taken back and then the participle of its earlier taking: "retaken three
# villages seized by Ukraine", "recaptured the territory captured by Ukraine last summer".
_RETAKE = (
    r"(?:retak(?:en|e|es|ing)|retook|recaptur\w+|regain\w*|reclaim\w*|won\s+back|took\s+back|taken\s+back)"
)
RETAKEN_BEFORE = re.compile(
    rf"\b(?:{_RETAKE}|liberat\w+|wrested\s+back(?:\s+control\s+of)?)\s+(?:[\w-]+\s+){{0,6}}?"
    r"(?:villages?|settlements?|towns?|territor(?:y|ies)|areas?|land|ground|positions?|localities)\s+$",
    re.IGNORECASE,
)
TAKEN_BY_AFTER = re.compile(
    r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:seized|captured|taken|occupied|held)\s+by\b",
    re.IGNORECASE,
)
# ... the same told in a relative clause, after a taking back anywhere before it.
RELATIVE_TAKEN_BEFORE = re.compile(r",?\s+(?:which|that)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?$")
RETAKING = re.compile(rf"\b{_RETAKE}\b", re.IGNORECASE)
# A fight named as the time of something else: "during the storming of Mariupol" (on lower-cased text).
DURING = re.compile(r"\bduring\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# ... or a side's offensive: "liberated later that year during Ukraine's sweeping counteroffensive in X"
DURING_OFFENSIVE = re.compile(
    r"\bduring\s+(?:the\s+|(?:ukraine|russia|kyiv|moscow)['’]s\s+)(?:[\w-]+\s+){0,2}$"
)
TAKING_NOUN = re.compile(
    # (not "during the liberation of X": an outcome, told as it happened)
    r"(?:the\s+)?(?:storming|siege|battle|assault)\s+(?:of|for|on)\b",
    re.IGNORECASE,
)
OFFENSIVE_IN = re.compile(r"(?:counter-?)?offensive\s+(?:in|on|across)\b", re.IGNORECASE)
# A run of events since some time, not one event: "the strikes on the bridge have been carried
# out since August".
HABITUAL = re.compile(
    r"\b(?:have|has) been\s+(?:\w+ly\s+)?(?:carried out|conducted|launched|made|delivered|taking place"
    r"|going on|continuing|under way|underway)\s+(?:\w+ly\s+)?since\b",
    re.IGNORECASE,
)
# What something will make possible has not happened: "its liberation will enable Russian forces
# to reach Sloviansk and reduce the number of attacks on Olenivka".
ENABLES = re.compile(
    r"\bwill\s+(?:\w+\s+)?(?:enable|allow|help|let|permit|make it possible for)\b[^.;]*$", re.IGNORECASE
)
# ... and a taking told as what a side could do after it: "having captured it, the enemy will be able to
# inflict fire damage on Zaporizhzhia" (the perfect participle of a main clause still to come).
HAVING_THEN_WILL = re.compile(
    r"(?<=having )\w+[^.;,]{0,40},\s+(?:[\w-]+\s+){0,3}?(?:will|would|could|might|may)\s", re.IGNORECASE
)
# A taking joined to the holding that followed it, held since a year: "which Moscow seized and has occupied
# since 2014" (matched from the taking's verb).
HELD_SINCE = re.compile(
    r"\w+\s+(?:\w+\s+)?and\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:occupied|held|controlled|annexed)"
    r"\s+(?:it\s+)?(?:ever\s+)?since\b",
    re.IGNORECASE,
)
# Ground held over a stretch of time, a state and not news: "over the past several weeks, the Armed Forces
# of Ukraine controlled part of Siversk", "had held the village for months".
HELD_FOR_WEEKS = re.compile(
    r"\b(?:over|in|during|for)\s+(?:the\s+)?(?:past|last)\s+(?:(?:few|several|many|\d+|two|three|four)\s+)?"
    r"(?:weeks|months|years)\b|\bfor\s+(?:(?:several|many|\d+|two|three|four)\s+)?(?:weeks|months|years)\b",
    re.IGNORECASE,
)
HOLDING = re.compile(r"(?:held|holds?|controlled|controls?|occupied|occup(?:y|ies))\b", re.IGNORECASE)
# A taking a relative clause dates to a year before the full-scale war: "which Russia illegally occupied in
# 2014" (a description of the place, not the article's news; a taking of the war told so, "which Russia
# captured in June 2022", is left to the reader as the backdrop it may be).
TAKEN_IN_YEAR = re.compile(
    r"(?:occupied|annexed|seized|captured|took|taken|liberated|recaptured)\b\s+(?:[\w'’-]+\s+){0,3}?"
    rf"in\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:{MONTH_NAME}|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
    r"(?:19\d\d|20[01]\d|202[01])\b",
    re.IGNORECASE,
)
# A side that "has occupied" a place "since" a time long past (the verb opens at the trigger).
HAS_HELD_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:\w+ly|also|now)\s+)?$", re.IGNORECASE)
HOLDING_SINCE = re.compile(
    r"(?:occupied|held|controlled)\b[^.;]{0,90}?\b(?:since\s+"
    r"(?:the\s+(?:early\s+days|start|beginning|first\s+days)"
    rf"|{MONTH_NAME}\b"
    r"|(?:19|20)\d\d\b)"
    # ... or over a span up to now: "Russian forces have occupied the entire Luhansk province for the past two
    # and a half months"
    r"|for\s+(?:the\s+)?(?:past|last)\s+(?:[\w-]+\s+){0,4}?(?:days|weeks|months|years)\b)",
    re.IGNORECASE,
)
# A toll counted over years: "More than 600 Russian civilians have been killed in Ukrainian attacks across
# Russia and annexed Crimea since February 2022" (the attacks of the war, no event of the article).
TOLL_SINCE = re.compile(
    r"\b(?:have|has)\s+been\s+(?:\w+\s+)?(?:killed|injured|wounded)\b[^.;]{0,120}?\bsince\s+"
    rf"(?:the\s+(?:start|beginning)\s+of\s+|{MONTH_NAME}\s+)?\d{{4}}\b",
    re.IGNORECASE,
)
RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
# ... and one that says the place was held before: "recaptured Sudzha, the largest town that Ukraine
# previously occupied in the Kursk region" (what the town had been, not news of its taking).
HELD_BEFORE_WORDS = ("previously", "formerly", "once", "earlier")  # a quick look before the pattern
HELD_BEFORE_RELATIVE = re.compile(
    # (not the "that" of what a report says: "New reporting confirmed that Russian troops previously
    # recaptured Rubizhne ... on May 19" is news)
    r"\b(?<!confirmed )(?<!reported )(?<!said )(?<!says )(?<!claimed )(?<!stated )(?<!announced )"
    r"(?<!noted )(?<!added )(?<!indicated )(?<!showed )"
    r"(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?(?:had\s+)?(?:previously|formerly|once|earlier)\s+$",
    re.IGNORECASE,
)
# A place described by what has been going on there: "upstream of Kherson, where Ukrainian forces
# have been making advances": a backdrop, not an event of the article.
ONGOING_WHERE = re.compile(
    r"\bwhere\s+[^,;.]{0,60}?\b(?:have|has)\s+been\s+(?:\w+ly\s+)?(?:\w+ing\s+)?$", re.IGNORECASE
)
# A place described by the share of it a side holds: "the governor of Kherson, parts of which Russian
# forces have captured during the war": a state of things, not an event of the article.
SHARE_OF_WHICH = re.compile(
    r",\s*(?:parts?|much|most|some|all|half|large (?:parts|swathes)|swathes|a (?:large |small )?part"
    r"|a third|two-thirds|three-quarters)\s+of\s+which\s+(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# The words that give fire as the cause of harm told before it ("left without electricity due to
# shelling"): what follows them happened, whatever was urged or avoided around it.
CAUSE_WORDS = ("due to", "because of", "as a result of", "caused by")
AVOIDED = re.compile(
    r"\b(?:avoid\w*|prevent\w*|without)\s+(?:being\s+)?[\"“‘']?"
    # (not what a place is left without: "left without electricity due to shelling")
    r"(?!(?:electricity|power|water|light|lights|gas|heating|heat|communications?|internet)\b)(?:\w+\s+)?$"
    # "to prevent the occupiers from gaining a foothold", "stop Russian troops from crossing"
    r"|\b(?:prevent\w*|stop(?:s|ped|ping)?|keep(?:s|ing)?|kept|bar(?:s|red|ring)?|deter\w*)\s+"
    r"(?:[\w'’-]+\s+){1,6}?from\s+$"
    # "focusing their efforts on preventing the further advance of Ukrainian troops"
    # ("effectively preventing Russian military advances on Pokrovsk")
    r"|\bprevent\w*\s+(?:the\s+|an?\s+|any\s+)?(?:further\s+)?(?:(?:russian|ukrainian|enemy)\s+)?"
    r"(?:(?:military|ground|mechani[sz]ed|armou?red)\s+)?$",
    re.IGNORECASE,
)
# A task being carried out is the work itself, not an aim: the Russian ministry's "are successfully
# completing the task of liberating the city of Kupyansk" (on lower-cased text).
TASK_DONE = re.compile(
    r"\b(?:complet|fulfil|perform|accomplish|carr(?:y|ies|ied|ying) out)\w*\s+(?:the\s+)?(?:\w+\s+)?tasks?"
    r"\s+of\s+$"
)

# A taking a side puts off has not happened: "instructed the command to delay the capture of Pokrovsk"
# (on lower-cased text).
DELAYED = re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpon\w*|defer(?:s|red|ring)?|put(?:s|ting)? off|hold(?:s|ing)? off(?: on)?)"
    r"\s+(?:[\w'’-]+\s+)?$"
)
DELAY_CUES = ("delay", "postpon", "defer", " off ")
# An event the news is likened to, right before it (lower case): "the current situation resembles the intense
# fighting withdrawal near Avdeyevka a year ago" is the past, told for comparison.
LIKENED_TO = re.compile(
    r"\b(?:resembl(?:es|ed|ing)|reminiscent\s+of|similar\s+to|echo(?:es|ed|ing)"
    # ("This event is really as significant as the April withdrawal from Kyiv": a yardstick from the past)
    r"|as\s+(?:significant|important|big|major|serious|dramatic|humiliating|large)\s+as|comparable\s+to)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)
# ... and so has a gain that a blow or a line is there to hold up: "flooding the river to delay any
# Ukrainian advances", "mines laid to hamper a Russian advance" (on lower-cased text).
HELD_UP_AIM = re.compile(
    # (not what was done, "managed to slow the Russian advance": the advance went on; "stop" and "halt"
    # are NEGATED's)
    r"(?<!managed )(?<!able )(?<!helped )(?<!help )(?<!helping )(?<!failed )"
    r"\bto\s+(?:delay|slow|hamper|impede|stall|deter|curb|hinder|frustrate|complicate|hold\s+back)"
    r"\s+(?:down\s+)?(?:any|the|an?|further|possible|potential|future|\s)*"
    r"(?:(?:russian|ukrainian|enemy|russia['’]s|ukraine['’]s)\s+)?$"
)
HELD_UP_CUES = ("delay", "slow", "hamper", "imped", "stall", "deter", "curb", "hinder", "frustrat",
                "complicat", "hold back")
# ... and so has the course preferred to another: "in favor of advancing through open fields",
# "instead of storming the town", "rather than attacking" (on lower-cased text).
PREFERRED = re.compile(r"\b(?:in favou?r of|instead of|rather than)\s+$")
PREFERRED_CUES = ("favo", "instead", "rather")
# What is feared right before the event phrase (on lower-cased text): "the threat of drone attacks"
# (not "withdrew due to the threat of encirclement": the threat is the reason, after the event).
THREAT_OF = re.compile(
    r"\b(?:threats?|dangers?) of\s+(?:[\w-]+\s+){0,2}$|\bthreatened by\s+(?:the\s+)?$"
    # "evacuated due to the danger posed by Russia's advances"
    r"|\b(?:threats?|dangers?|risks?) (?:posed|presented) by\s+(?:[\w'’-]+\s+){0,2}$"
)
# An alert of weapons on their way (on lower-cased text): "the Air Force warned about the launch of guided
# aerial bombs in Kharkiv region" tells of no hit.
WARNED_OF_LAUNCH = re.compile(
    r"\bwarn(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:about|of)\s+(?:the\s+|a\s+)?(?:possible\s+)?"
    r"(?:launch(?:es)?|use|threat|movement|approach)\s+of\s+(?:[\w-]+\s+){0,3}$"
)
# A purpose the trigger is part of (on lower-cased text): "attacked in order to take Robotyne" (the
# purpose clause before a comma is the reason for what the main clause reports).
IN_ORDER_TO = re.compile(r"\bin order to\b[^,;]*$")
# An aim to make the other side give ground, in the infinitive (on lower-cased text): "to force them to
# withdraw", "and force Ukrainian troops to retreat" ("forced them to withdraw" happened).
FORCE_TO = re.compile(r"\b(?:to|and|or) force (?:[\w'’-]+ ){1,3}?to (?:[\w-]+ (?:or|and) )?$")
# Fire told as a constant state, the cause or backdrop of something else: "was highly challenging due
# to heavily mined fields and Russia's constant artillery fire" (on lower-cased text).
CONSTANT = re.compile(
    r"\b(?:constant|continuous|continual|incessant|relentless|persistent|unceasing|non-stop|round-the-clock"
    r"|(?:months|weeks|years) of)"  # "badly damaged by months of shelling"
    r"\s+(?:[\w'’-]+\s+){0,2}$"
)
CONSTANT_CUES = (
    "consta",
    "contin",
    "incess",
    "relent",
    "persist",
    "unceas",
    "non-stop",
    "round-the",
    "s of ",
)
# A place described by what it often suffers: "Kharkiv, which has frequently faced Russian airstrikes",
# "a town that is regularly shelled": a habit, not one event (on lower-cased text).
FREQUENT = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:been\s+)?|is\s+|are\s+|was\s+|were\s+)"
    r"(?:frequently|regularly|routinely|often|constantly)\s+(?:[\w-]+\s+){0,2}$"
    # "Moscow has repeatedly asserted territorial gains in recent months": claims many times over, no one
    r"|\b(?:has|have|had)\s+repeatedly\s+(?:claimed|asserted|reported|announced)\s+(?:[\w-]+\s+){0,2}$"
)
ONGOING_NOW = re.compile(r"\b(?:is|are)\s+constantly\s+$")
# A place's description in a relative clause of what a side has done to it for long (lower case, the words
# before the verb; then the verb and its span of time).
RELATIVE_PERFECT = re.compile(r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?(?:has|have)\s+(?:been\s+)?$")
FOR_LONG_AFTER = re.compile(
    r"[\w-]+\s+(?:[\w-]+\s+){0,2}?for\s+(?:many\s+|several\s+|two\s+|three\s+)?(?:months|weeks|years)\b",
    re.IGNORECASE,
)
# ... or a side's habit in the present: "Russia regularly shells", "Ukrainian drones routinely target".
HABIT_NOW = re.compile(r"\b(?:also\s+)?(?:regularly|routinely|systematically|frequently|often)\s+$")
FREQUENT_CUES = ("frequent", "regular", "routine", "often", "constant", "repeatedly")
# Reports the sentence itself calls sporadic or conflicting, and rumours, are no report of the event:
# "There have been sporadic reports that Russian forces crossed the canal" (on lower-cased text).
RUMOURED = re.compile(
    r"\b(?:sporadic|isolated|conflicting|contradictory|scattered)\s+(?:\w+\s+)?reports?\b|\brumou?r(?:s|ed)?\b"
    # "some sources are disseminating information suggesting that our units are surrounded"
    r"|\b(?:disseminat\w*|spread\w*)\s+(?:\w+\s+)?(?:information|claims|reports)\b"
)
# The taking or the loss named inside what a side tries to do is part of the attempt: "trying to regain
# lost positions following Ukraine's liberation of Andriivka", "attempting to retake ground lost".
# Only a noun ("the capture of", "liberation of") or "lost" is judged so: a finite verb after an
# attempt ("after trying to hold the town they withdrew from it") still tells what happened.
ATTEMPT_SCOPE = re.compile(
    r"(?:\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|in a bid|struggl\w*|striv\w*)"
    r"\s+to\s+|\battempts?\s+at\s+)"
    # up to the trigger, within the clause; a comma or a last "and" may part infinitives of one attempt
    # ("trying to advance in X, gain a foothold in Y")
    r"(?:(?!\b(?:and|but|then)\b)(?:[^,;:.]|,(?=\s+(?:gain|advance|move|capture|take|seize|push|break|storm"
    r"|encircle|surround|cross|enter|reach|regain|retake|occupy)\b)))*(?:,\s*|\band\s+)?$"
)
NOUN_OR_LOST = re.compile(
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?(?:capture|seizure|liberation|recapture|loss|fall|takeover|occupation"
    r"|breakthrough|breach)"
    r"\s+(?:of|from)\b|lost\b"
)
# A gain sought as a noun right after the verb: "seeks strategic advances", "sought further gains".
# ... or attempted: "they continue to attempt advances into Bilovody"
SOUGHT = re.compile(
    # (not "an attempted drone attack"; but "has attempted to make advances into the Kharkiv region")
    # ("Every Russian attempt at advancing in Donetsk region ... is met with our response")
    r"\b(?:seek(?:s|ing)?|sought|to\s+attempt|attempt(?:s|ing)|attempts?\s+at"
    r"|(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying))\s+to\s+make"
    # ("the Russian military attempted a major encirclement of Ukrainian troops"; "after abandoning advances
    # north of Kyiv": the gains given up)
    r"|attempted\s+(?:an?|another)\s+(?:major\s+|large-scale\s+|new\s+|fresh\s+)?"
    r"|abandon(?:ed|ing|s)?\s+(?:(?:its|their|the)\s+)?)\s*"
    r"(?:(?:new|further|strategic|tactical|more|local|territorial)\s+){0,2}$"
)
ATTEMPT_CUES = ("try", "tries", "tried", "attempt", "seek", "sought", "bid", "struggl", "striv")
# An attack to be resumed, sought or kept from happening: "the enemy is trying to improve the tactical
# situation near Izium and resume the attack on Sloviansk", "do not allow the invaders to ... resume the
# attack on X" (on the lower-cased text before the trigger).
RESUME_SOUGHT = re.compile(
    r"\b(?:try|tries|tried|trying|attempt\w*|seek\w*|sought|allow\w*|plans?|planning|aims?|aiming|intends?)\b"
    r"[^.;]{0,100}?\b(?:to|and)\s+(?:resume|renew|restart)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:\w+\s+)?$"
)
RESUME_REACH = 160
# ... but what the aim follows is done: "as they seek to press their advantage following the capture of
# the town of Avdiivka this month" (also the clause cut before a told taking noun, below).
TOLD_RIGHT_BEFORE = re.compile(
    r"\b(?:after|since|following)\s+(?:the\s+|their\s+|its\s+)?$", re.IGNORECASE
)

# The same patterns for lower-cased text (geo.events.lowercase): hedge() runs them on every trigger.
_HEDGES, _DENIALS, _FUTURE, _NEGATED, _DEMANDED = map(
    lower_case, (HEDGES, DENIALS, FUTURE, NEGATED, DEMANDED)
)
_AIMED, _BACKGROUND, _AVOIDED, _INFINITIVE, _DONE_INFINITIVE = map(
    lower_case, (AIMED, BACKGROUND, AVOIDED, INFINITIVE, DONE_INFINITIVE)
)


def _without_comment_after(sentence: str, trigger_start: int) -> str:
    """The sentence up to a comment on the event that follows it.

    "Ukrainian forces recaptured Izium, which could open the road to Lyman" reports a recapture and
    speculates about what it means; the speculation hedges the road, not the recapture.
    """
    comment = COMMENT_AFTER.search(sentence, trigger_start)
    if comment is None or "," in sentence[comment.end() :]:
        return sentence  # "Soledar, which lies north of Bakhmut, would be ...": an aside, not a comment
    return sentence[: comment.start()]


def _up_to_next_clause(sentence: str, trigger_start: int) -> str:
    """The sentence up to the next clause after the trigger's own: "shows a Russian drone striking
    infantry west of Verbove, and Russian use of these drones indicates that Russian forces are probably
    no longer present" hedges the second clause, not the strike. A hedge before the trigger still counts."""
    after = NEXT_CLAUSE.search(sentence, trigger_start)
    end = len(sentence) if after is None else after.start()
    opens = RELATIVE_OPENS.finditer(sentence, max(0, trigger_start - RELATIVE_REACH), trigger_start)
    opened = max(opens, key=lambda m: m.start(), default=None) if "," in sentence else None  # the last one
    if opened is not None and "," not in sentence[opened.end() : trigger_start]:
        # "Severodonetsk, which Russian forces seized last week, its capture would signal ...": the aside
        # ends at its comma, and what the main clause predicts is not the aside's
        closed = sentence.find(",", trigger_start)
        if closed != -1:
            end = min(end, closed)
    return sentence[:end]


# What a told event may mean, after it: "Russian airstrikes on X and Y \"may indicate that Ukrainian forces
# have advanced\"" hedges the inference (its own trigger, after this), not the strikes.
INFERENCE = re.compile(
    # (not "would mean", "could mean": "the capture of Pokrovsk would mean ..." is itself supposed)
    r"\b(?:may|might)\s+(?:\w+ly\s+)?(?:indicate|suggest|signal|point\s+to|show)\b"
    # ... or what it meant: "The fall of Vuhledar on Oct. 2 ... meant that Kurakhove would turn into Russia's
    # next target" (what the fall brought is supposed, the fall told)
    r"|\b(?<!would )(?<!could )(?<!will )(?<!might )(?:meant|means)\s+that\b",
    re.IGNORECASE,
)
# A newsroom's caveat whose object is the event: "could not independently verify the claim on the".
CAVEAT_OBJECT = re.compile(
    r"\b(?:(?:could|can|was|were)\s*(?:not|n['’]t|unable to)\s+(?:independently\s+)?verify\s+"
    r"(?:the|this|that)\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:claims?|reports?)"
    # "The Russian Defense Ministry did not confirm information about the withdrawal from Urozhaine"
    r"|did\s+not\s+(?:officially\s+)?confirm\s+(?:the\s+)?(?:information|reports?|claims?))"
    r"\s+(?:on|of|about|regarding)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A bracketed aside's hedge is the aside's: "one explosion (arrival, probably the dropping of an explosive
# device from a UAV) near X" is unsure of the weapon, not of the explosion.
BRACKETED = re.compile(r"\([^()]{0,120}\)")
# ... and so is an aside between dashes: "Ukrainian forces have advanced into—and possibly past—Martynovka"
# (geo.events.placing also reads past it, to the verb's object).
DASHED_ASIDE = re.compile(r"[—–][^—–.;:]{1,60}[—–]")


# A question told, not asked: "Asked whether reports of the alleged retreat from Kupiansk are true, the
# spokesman answered: ..." (the answer is the next sentence's).
ASKED_OPENING = re.compile(r"(?:[A-Z]\w+:\s+)?Asked\s+(?:whether|if|where|about|when|how|what|why)\b")
# A relative clause with a modal after the event: what the thing it names can do ("attacks against Kherson
# oblast from the spit and vessels that could enter the estuary"), not a doubt on the event.
MODAL_RELATIVE = re.compile(
    r"\s(?:that|which)\s+(?:could|might|would|may|can)\s+(?!have\b|be\b)[a-z]+"
    # ... or an aside on what the event is taken for: "the capture of Kherson in March, seen as the first
    # step towards a possible offensive against Odesa"
    r"|,\s+(?:seen|viewed|regarded|considered|described)\s+as\s"
)
# A non-restrictive relative clause: the words after it are the main clause's.
RELATIVE_OPENS = re.compile(r",\s+(?:which|who|where)\s")
RELATIVE_REACH = 60


# A sentence whose subject is a goal tells what is wanted: "The ultimate goal of the counteroffensive
# remains the breaking of Russia's land bridge ... and the liberation of all occupied territories".
GOAL_SUBJECT = re.compile(
    r"\W*(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:goal|aim|objective)s?\s+"
    r"(?:of\s+[^,;.]{1,60}?\s+)?(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:to|the|an?|for)\b",
    re.IGNORECASE,
)
# A flag that is there (present tense): the town is held, not taken ("there's a Ukrainian flag over it").
FLAG_STILL = re.compile(
    r"\bthere(?:'s|’s|\s+is|\s+are|\s+remains?)\s+(?:still\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$"
)
# ... and with "closer" after the event's noun: "bringing the liberation of the city closer".
BRINGING = re.compile(r"\b(?:brings?|brought|bringing)\s+(?:the\s+|an?\s+|its\s+|their\s+)?$")
# A move told by the deed it brings nearer: "had moved closer to capturing the ruined city".
_MOVED_CLOSER = r"(?:mov|c[ao]m|edg|inch)\w*\s+(?:much\s+|ever\s+)?closer\s+to"
# What a step makes likelier, not what happened: "which brings closer the liberation of Konstantinovka",
# "paves the way for the capture of X", "opened the way to an advance on Y" (the words before the event
# phrase, lower case).
PROSPECT = re.compile(
    r"\b(?:(?:brings?|brought|bringing)\s+(?:\w+\s+){0,2}?closer(?:\s+to)?"
    rf"|{_MOVED_CLOSER}"
    r"|(?:another|a|one|the\s+next|the\s+first)\s+(?:\w+\s+)?step\s+(?:towards?|to)"
    r"|(?:paves?|paved|paving|open(?:s|ed|ing)?(?:\s+up)?)\s+the\s+way\s+(?:for|to(?:wards?)?))"
    # ("a significant step towards the full seizure of the Donetsk region")
    r"\s+(?:(?:the|an?|its|their)\s+)?(?:(?:full|complete|total|final|eventual)\s+)?$"
)


# An attack or an offensive given up, right before its noun.
ABANDONED = re.compile(
    r"\b(?:abandon(?:s|ed|ing)?|gave\s+up|giving\s+up)\s+(?:its|their|his|the|an?)\s+(?:[\w-]+\s+)?$"
)


# ... the trigger being the move itself: "moved" in "had moved closer to capturing".
MOVED_CLOSER = re.compile(rf"{_MOVED_CLOSER}\s+\w+ing\b", re.IGNORECASE)


# A sentence's triggers share its hedges: each sentence-wide check is made once per text.
@lru_cache(maxsize=64)
def _checked(text: str) -> str:
    return CAVEATS.sub(" ", text) if "not" in text else text


@lru_cache(maxsize=64)
def _names_a_goal(checked: str) -> bool:
    lower = checked.lower()
    return any(word in lower for word in GOAL_WORDS)


@lru_cache(maxsize=64)
def _calls_false(sentence: str) -> bool:
    """Whether the sentence holds a word that calls something false (a quick look before REPORTS_FALSE)."""
    lower = sentence.lower()
    return any(word in lower for word in FALSE_WORDS)


@lru_cache(maxsize=64)
def _unconfirmed(checked: str) -> bool:
    lower = checked.lower()
    cues = ("confirm", "verif", "observ", "seen", "speculat", "without")
    return any(cue in lower for cue in cues) and bool(UNCONFIRMED.search(checked))


@lru_cache(maxsize=64)
def _predicts(checked: str) -> bool:
    return _HEDGES.search(checked.lower()) is not None or LOWER_HEDGES.search(checked) is not None


# Past forms that end in neither -ed nor -s: not the base form an attempt's next infinitive has.
IRREGULAR_PAST = frozenset(
    "took fell drove won broke overran retook left fled withdrew lost began hit struck made".split()
)


# A will told after a deed: "Rebels fleeing from Slovyansk vowed to regroup elsewhere" (the fleeing is
# told; the vow is about what comes next).
WILL_AFTER = re.compile(
    r"\b(?:vow(?:s|ed)|threaten(?:s|ed)|promis(?:es|ed)|pledg(?:es|ed)|hop(?:es|ed)|plans?|planned|aims?|aimed"
    r"|intends?|intended|seeks?|sought|wants?|wanted)\s+to\b",
    re.IGNORECASE,
)
# ... the deed a verb in the past or a participle: not "the attack on X that Russia plans to launch".
DEED_VERB = re.compile(r"[a-z]+(?:ed|ing)\b|(?:" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")


def _will_after_done(clause: str, trigger_start: int) -> bool:
    """Whether the clause's only hedge is a will (a vow, a plan) told after the trigger, a verb of a deed."""
    if DEED_VERB.match(clause, trigger_start) is None:
        return False
    will = WILL_AFTER.search(clause, trigger_start)
    if will is None:
        return False
    before, after = clause[:trigger_start], clause[trigger_start : will.start()]
    # (nor a hedge in the rest of the will's own phrase, up to its comma)
    return not _predicts(before + " " + after) and not _predicts(clause[will.end() :].split(",")[0])


# A clause of time right before a past verb tells what happened, whatever the main clause supposes:
# "Kurakhove would be the first city to fall after the Russians captured Avdiivka last year".
_SUPPOSING = r"would|could|might|will|may|if"  # words that make what follows supposed, not told
TOLD_TIME_CLAUSE = re.compile(
    r"\b(?:after|since|before|when|following)\s+(?:(?P<owner>its|their|the|[A-Z][\w-]+['’]s)\s+$"
    # ("after its forces were forced to withdraw from Vuhledar")
    rf"|(?!(?:[\w'’-]+\s+){{0,5}}?(?:{_SUPPOSING})\b)(?:[\w'’-]+\s+){{1,5}}$)",
    re.IGNORECASE,
)
# The subject of a comment, an event told before: "no immediate comment from Moscow regarding the attack".
COMMENT_ON = re.compile(
    r"\bcomment(?:s|ed)?\s+(?:from\s+(?:[\w'’-]+\s+){1,4}?)?(?:regarding|about|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The situation held, not ground: "the situation in the Luhansk Region is difficult, but it is fully
# controlled by the Defense Forces".
SITUATION_CONTROLLED = re.compile(
    r"\bsituation\b[^.;]{0,80}?\b(?:is|remains|was)\s+(?:\w+ly\s+)?(?:controlled|under\s+control)\b",
    re.IGNORECASE,
)
# An infinitive told done by the past before it: "were forced to withdraw".
FORCED_INFINITIVE = re.compile(r"\b(?:was|were|had\s+been)\s+forced\s+to\s+$", re.IGNORECASE)
# ... or before the noun of a taking or a leaving: "another setback for Ukraine, following its withdrawal
# from Vuhledar".
TOLD_NOUNS = (
    "withdrawal", "retreat", "capture", "seizure", "liberation", "fall", "loss", "recapture", "takeover",
)  # fmt: skip


THE_TOLD_NOUNS = tuple(f"{article} {noun}" for article in ("the", "The") for noun in TOLD_NOUNS)
SUPPOSED_BEFORE = re.compile(rf"\b(?:{_SUPPOSING}|plans?|aims?|hopes?)\b", re.IGNORECASE)


def _word_at(sentence: str, start: int) -> str:
    """The lower-cased word that starts at ``start`` (a trigger's first word)."""
    return sentence[start : start + 20].split(" ", 1)[0].lower()


def _past_verb(sentence: str, start: int) -> bool:
    """Whether the word at ``start`` is a simple past ("captured", "took"), not a noun or a participle
    after an auxiliary."""
    word = _word_at(sentence, start)
    return word.endswith("ed") or word in IRREGULAR_PAST


def _bare_verb(sentence: str, start: int) -> bool:
    """Whether the word at ``start`` can be a bare infinitive ("gain", "move"): not "captured", "took"."""
    word = _word_at(sentence, start)
    return not word.endswith(("ed", "ing", "s")) and word not in IRREGULAR_PAST


# A sentence that calls what the one before told false: "The 11th Army Corps called this "a fake
# report."", "Zelenskiy dismissed the claim as "disinformation"" (a bare "Ukraine denies this information"
# leaves the claim a report to map, as annotators of such lines do; nor "called it the Cursed Forest").
DENIES_THE_LAST = re.compile(
    r"[^.;]{0,80}?\b(?:called|calls|described|describes|labell?ed|dismissed|dismisses)\s+"
    r"(?:this|that|it|these|those|the\s+(?:claims?|reports?|statements?|information))"
    r"\s+(?:as\s+)?(?:an?\s+)?\W?(?:\w+\s+)?(?:fake|false|lies?|disinformation|propaganda|untrue|baseless)\b",
    re.IGNORECASE,
)


def denies_the_last(sentence: str) -> bool:
    """Whether a sentence denies what the sentence before it told: its claims of ground won or lost are
    the claimer's word, disputed at once, and no line to draw."""
    return DENIES_THE_LAST.match(sentence) is not None


@lru_cache(maxsize=64)
def _denies(sentence: str) -> bool:
    return _DENIALS.search(sentence.lower()) is not None


def _claim_denied_after(sentence: str, trigger_start: int) -> bool:
    """Whether the trigger tells a side's claim and the denial only follows it: "Russia had claimed to
    have captured Siversk, a claim Ukraine had denied" reports the claim, an event of the claimer's
    (as a report of a claim is, whoever disputes it); "Ukraine denied that Russia took X" does not."""
    lower = sentence.lower()
    if SPEAKERS_DENIAL.search(lower, trigger_start):
        return False  # '"The enemy claims that they have captured Tabaivka; this is not true," Fitio said'
    claim = lower.rfind("claim", max(0, trigger_start - CLAIM_REACH), trigger_start)
    if claim < 0:
        # "Moscow said its forces had seized Basivka, a claim Ukrainian officials denied": the claim
        # named after the event, then denied
        return DENIED_AS_CLAIM.search(lower, trigger_start) is not None
    denial = _DENIALS.search(lower)
    return denial is not None and denial.start() > trigger_start


def _other_unconfirmed(sentence: str, trigger_start: int, later: tuple[int, ...]) -> bool:
    """Whether what is unconfirmed is another event, told in a later clause than this trigger's."""
    unconfirmed = UNCONFIRMED.search(sentence, trigger_start)
    if unconfirmed is None or not BUT.search(sentence, trigger_start, unconfirmed.start()):
        return False
    return any(start > unconfirmed.start() for start in later)


# The clause after an attempt that says it came to nothing: "was advancing in the direction of X but had no
# success", "advanced towards X, but without success".
FAILED_AFTER = re.compile(
    r"[^.;:]*?\bbut\s+(?:(?:it|they|he|the\s+enemy|the\s+occupiers)\s+)?(?:had\s+no\s+success|without\s+success"
    r"|(?:was|were)\s+(?:\w+ly\s+)?unsuccessful|failed\b(?!\s+to\b)|to\s+no\s+avail"
    # "advanced on Sievierodonetsk from 4 directions but were repelled"
    r"|(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:repelled|repulsed|thrown\s+back|beaten\s+back))"
    r"|\w+\s+(?:unsuccessfully|without\s+success|to\s+no\s+avail)\b"
    # "attempted Ukrainian drone attack thwarted": the attack itself stopped
    r"|(?:[\w-]+\s+){1,5}?(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:thwarted|foiled)\b"
    # "all attacks on airfields in Ivanovo, Ryazan and Amur regions were repelled": the raid told by its
    # end (its noun the trigger), nothing hit (but an air raid repelled, "additional strikes were repelled in
    # the Amur region", "a UAV attack on the refinery was repelled", is the attack made, as drones shot
    # down over a region are)
    r"|(?<!drone )(?<!missile )(?<!air )(?<!aerial )(?<!rocket )(?<!uav )attacks?\b[^.;:]{0,100}?"
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:all\s+|successfully\s+|also\s+)?"
    r"(?:repelled|repulsed)\b"
    # "Russian troops advancing from Hostomel had been repulsed by fierce Ukrainian resistance": the troops
    # the participle describes thrown back
    r"|advancing\s+(?:from|towards?|on|in)\b[^.;:]{0,80}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"[\"“‘']?(?:repelled|repulsed|thrown\s+back|beaten\s+back|halted|stopped)\b",
    re.IGNORECASE,
)
FAILED_REACH = 160
# a substring test before the regex
FAILED_WORDS = ("success", "fail", "avail", "repel", "repuls", "back", "thwart", "foil")
# ... and an attempt told failed before its verb: "are unsuccessfully trying to regain", "tried in vain to".
VAIN_ATTEMPT = re.compile(
    r"\b(?:unsuccessfully|vainly|in\s+vain|without\s+success)\s+(?:trying|tried|tries|attempting|attempted"
    r"|attempts|seeking|sought)\s+to\s+(?:\w+\s+)?$"
    r"|\b(?:trying|tried|tries|attempting|attempted)\s+(?:unsuccessfully|in\s+vain)\s+to\s+(?:\w+\s+)?$"
    # "Russians continue unsuccessful attempts to establish control over Rubizhne"
    r"|\b(?:unsuccessful|vain|failed|futile|fruitless)\s+(?:\w+\s+)?(?:attempts?|efforts?|tries)\s+to\s+(?:\w+\s+)?$"
)
# An attack that failed, told by its side being pushed back: "Ukrainian soldiers repeatedly tried to break
# through the Russian defensive line in the north of the Kherson region, but were pushed back" (on the
# lower-cased text before the verb; the verb itself on the sentence).
REPELLED_ATTEMPT = re.compile(
    # ("tried to break through ... near Izium, but suffered losses and were thrown back")
    r"\b(?:tried|tries|trying|attempted|attempting|sought)\s+to\b[^.;]*\bbut\s+(?:[\w-]+\s+){0,3}?"
    r"(?:and\s+)?(?:were|was)\s+$"
)
ATTEMPT_REACH = 200
PUSHED_BACK = re.compile(r"(?:pushed|thrown|driven|beaten|forced)\s+back\b", re.IGNORECASE)


# A photo's caption kept in the text, which tells what the picture shows, often months before the story:
# "Illustrative purposes only: Electricians ... restoring the power grid damaged by constant artillery and air
# strikes in a village in Donetsk Oblast, July 23, 2024", "Illustrative photo: ...", "File photo: ...".
CAPTION_OPENING = re.compile(
    r"\W{0,3}(?:Illustrative|Archive|File|Stock)\s+(?:purposes\s+only|photo|image|picture)\b\s*[:.)—–-]",
    re.IGNORECASE,
)


# A relative clause whose subject uses a weapon, in the present: its habit, before "uses".
RELATIVE_USER = re.compile(r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


def hedge(sentence: str, trigger_start: int, later: tuple[int, ...] = ()) -> str | None:
    """Return why the trigger at ``trigger_start`` is not a reported event, or None if it is one.

    The reason is one of ``question``, ``unconfirmed``, ``prediction``, ``denial``, ``negated``,
    ``repelled`` (an attack told by its side being pushed back),
    ``demand``, ``intention``, ``background`` (fighting as the backdrop of something else: "after
    two years of constant shelling"). ``later`` are where the sentence's other event phrases start: "ISW
    assessed that Russian forces advanced near X, but had not observed confirmation of the claimed
    capture of Y" leaves the advance near X confirmed.
    """
    if sentence.rstrip("”\"' )").endswith("?") or ASKED_OPENING.match(sentence):
        return "question"
    if CAPTION_OPENING.match(sentence):
        return "background"  # "Illustrative purposes only: electricians restoring the grid damaged by ..."
    if sentence.startswith(("uses ", "use "), trigger_start) and RELATIVE_USER.search(
        sentence, max(0, trigger_start - 40), trigger_start
    ):
        # "the Morozovsk airfield houses bombers ... that Russia uses to drop guided bombs on Ukrainian
        # positions": what the weapons are for, no strike of the day
        return "background"
    if " by " in sentence[trigger_start : trigger_start + 40] and TAKEN_BY_AFTER.match(
        sentence, trigger_start
    ):
        # "its troops had retaken three villages seized by Ukraine", "recaptured the villages of X and Y,
        # which were taken by Ukraine during last year's incursion": the earlier seizure names what was
        # retaken, the news is the retaking
        if (retaken := RETAKEN_BEFORE.search(sentence, max(0, trigger_start - 80), trigger_start)) and (
            retaken.end() == trigger_start
        ):
            return "background"
        if RELATIVE_TAKEN_BEFORE.search(sentence, max(0, trigger_start - 30), trigger_start) and (
            RETAKING.search(sentence, 0, trigger_start)
        ):
            return "background"
    checked = _checked(_without_comment_after(sentence, trigger_start))
    if _unconfirmed(checked) and not _other_unconfirmed(sentence, trigger_start, later):
        return "unconfirmed"
    if ("verify" in sentence or "confirm" in sentence) and CAVEAT_OBJECT.search(
        sentence, max(0, trigger_start - 120), trigger_start
    ):
        # "Reuters could not independently verify the Defence Ministry's claim on the capture of Stepove":
        # the taking is what the caveat is about (the caveat after a claim told leaves that claim told)
        return "unconfirmed"
    clause = _up_to_next_clause(checked, trigger_start)
    if (inferred := INFERENCE.search(clause, trigger_start)) is not None:
        clause = clause[: inferred.start()]  # "airstrikes on X may indicate that ...": the strikes are told
    if (told := TOLD_TIME_CLAUSE.search(clause, max(0, trigger_start - 50), trigger_start)) is not None and (
        _past_verb(sentence, trigger_start)
        or FORCED_INFINITIVE.search(told.group()) is not None  # "after its forces were forced to withdraw"
        or (told.group("owner") is not None and sentence.startswith(TOLD_NOUNS, trigger_start))
    ):
        clause = clause[told.start() :]  # "X would be the first to fall after the Russians captured Y": told
    elif (
        sentence.startswith(THE_TOLD_NOUNS, trigger_start)
        and (told := TOLD_RIGHT_BEFORE.search(clause, max(0, trigger_start - 12), trigger_start))
        # (not "Russia could push on after the capture of Pokrovsk": a capture supposed, not told)
        and not SUPPOSED_BEFORE.search(clause, max(0, told.start() - 60), told.start())
    ):
        clause = clause[told.start() :]  # "as they seek to press their advantage following the capture of X"
    if "(" in clause:
        clause = BRACKETED.sub(" ", clause)
    if "—" in clause or "–" in clause:
        clause = DASHED_ASIDE.sub(" ", clause)  # "advanced into—and possibly past—the next settlement"
    if (relative := MODAL_RELATIVE.search(clause, trigger_start)) is not None:
        clause = clause[: relative.start()]  # "from the spit and vessels that could enter the estuary"
    if (opening := OPENING_CLAUSE.match(clause)) is not None and opening.end() <= trigger_start:
        # "As Moscow and Kyiv talk of possible peace, the war has intensified with Russian forces
        # carving out ...": the backdrop's hedge, not the event's
        clause = clause[opening.end() :]
    if _predicts(clause) and not _will_after_done(clause, trigger_start):
        return "prediction"
    if _denies(sentence) and not _claim_denied_after(sentence, trigger_start):
        return "denial"
    if "reality" in sentence and (
        (unreal := NOT_REALITY.search(sentence.lower(), trigger_start)) is not None
        and " but " not in sentence[trigger_start : unreal.start()]
    ):
        return "denial"
    if _calls_false(sentence) and any(
        m.start() < trigger_start < m.end() for m in REPORTS_FALSE.finditer(sentence)
    ):
        # "..., but reports about gains near Lyman are fake": that report, not the sentence's others
        return "denial"
    if "claim" in sentence and FALSE_CLAIM.search(sentence):
        # "Russian propaganda claims about capturing a foothold in X are false": the speaker's word
        return "denial"
    if "situation" in sentence and any(
        m.start() < trigger_start < m.end() for m in SITUATION_CONTROLLED.finditer(sentence)
    ):
        return "background"  # "the situation in the Luhansk region is difficult, but it is fully controlled"
    if "comment" in sentence and COMMENT_ON.search(sentence, max(0, trigger_start - 80), trigger_start):
        return "background"  # "There has been no immediate comment from Moscow regarding the attack on Odesa"
    if "closer" in sentence and MOVED_CLOSER.match(sentence, trigger_start):
        return "prediction"  # "Russia had moved closer to capturing the city": not there yet
    if sentence[trigger_start : trigger_start + 20].lower().startswith(CAUSE_WORDS):
        return None  # "urged residents to evacuate from Vovche due to Russian air strikes": the cause fell
    # Words, not line breaks: a hard-wrapped article reads as its one-line copy does.
    before = sentence[max(0, trigger_start - 80) : trigger_start].lower()
    before = before.replace("\n", " ").replace("\r", " ")
    if _FUTURE.search(before):
        return "prediction"
    cut_from = max(0, trigger_start - FIRE_CUT_REACH)
    if "will" in sentence and FIRE_CUT.search(sentence.lower(), cut_from, trigger_start):
        return "prediction"
    if GERUND_WILL.match(sentence, trigger_start):
        return "prediction"  # "taking this line will allow them to reach the city": a gerund's future
    if ("once " in before or "when " in before or "until " in before or "as soon as " in before) and (
        FUTURE_ONCE_BEFORE.search(before)
    ):
        return "prediction"  # "the counteroffensive will proceed more rapidly once Tokmak is liberated"
    if _names_a_goal(checked) and (AS_GOAL.match(sentence, trigger_start) or GOAL_FIRST.search(before)):
        return "intention"
    if (negated := _NEGATED.search(before)) and not (
        # "has repelled a Ukrainian drone attack on its naval base in Novorossiysk": drones shot down where
        # they were sent, the attack made (as "drones destroyed over Ryazan" is)
        REPELLED_AIR_ATTACK.match(sentence, negated.start())
    ):
        return "negated"
    if ("abandon" in before or "gave up" in before or "giving up" in before) and ABANDONED.search(before):
        return "negated"  # "after abandoning its attack on Kyiv": an attack given up, nothing hit
    if ("stop" in before or "halt" in before or "prevent" in before) and STOPPED_FORCES.search(before):
        return "negated"  # "Ukrainian forces had stopped Russian troops advancing in Sumy region"
    if any(word in before for word in ("success", "vain", "fail", "futile", "fruitless")):
        if VAIN_ATTEMPT.search(before):
            return "negated"  # "Russians are unsuccessfully trying to regain their lost positions near X"
    after = sentence[trigger_start : trigger_start + FAILED_REACH].lower()
    if any(word in after for word in FAILED_WORDS) and FAILED_AFTER.match(
        sentence, trigger_start
    ):
        return "negated"  # "the enemy was advancing towards Nova Dmytrivka but had no success"
    if (
        "but" in before
        and PUSHED_BACK.match(sentence, trigger_start)
        and REPELLED_ATTEMPT.search(sentence[max(0, trigger_start - ATTEMPT_REACH) : trigger_start].lower())
    ):
        return "repelled"  # "tried to break through the Russian line ..., but were pushed back"
    if ("threat" in before or "danger" in before) and THREAT_OF.search(before):
        return "prediction"  # "warned residents of the threat of drone attacks", "threatened by the advance"
    if "warn" in before and WARNED_OF_LAUNCH.search(before):
        return "prediction"  # "the Air Force warned about the launch of guided aerial bombs": an alert
    if "in order to" in before and IN_ORDER_TO.search(before):
        return "intention"  # "in order to take Robotyne"; not "in order to save lives, they withdrew"
    if "force " in before and FORCE_TO.search(before):
        return "intention"  # "trying to cut their supply lines and force them to surrender or withdraw"
    if _DEMANDED.search(before):
        return "demand"
    if "insist" in before and INSISTED_THAT.search(before) and BARE_GIVING_UP.match(sentence, trigger_start):
        return "demand"  # "insisted that Ukraine retreat from Donetsk": a demand's bare verb, not a claim
    if ("condition" in sentence or "demand" in sentence) and CONDITION_AFTER.match(sentence, trigger_start):
        return "demand"
    if sentence.startswith(GIVING_UP, trigger_start) and RULED_OUT.search(before):
        return "demand"  # "ruled out a withdrawal from Kramatorsk": refused, not done
    if ("focus" in before or "aim" in before) and FOCUSED_ON.search(before):
        return "intention"  # "as Russia focused its firepower on seizing the Donetsk and Luhansk regions"
    if ("consider" in before or "mull" in before or "weigh" in before or "contemplat" in before) and (
        CONSIDERED.search(before)
    ):
        return "intention"  # "the AFU are considering withdrawing from the city"
    if _AVOIDED.search(before) or (
        (" on " in before or " of " in before or " at " in before or " for " in before)
        and _AIMED.search(before)
        and not ("task" in before and TASK_DONE.search(before))
    ):
        return "intention"
    if (
        any(cue in before for cue in CONSTANT_CUES)
        and CONSTANT.search(before)
        # (not "the troops after persistent fighting took control of X": the fighting ended in a taking)
        and not _past_verb(sentence, trigger_start)
    ):
        return "background"
    if any(cue in before for cue in FREQUENT_CUES):
        if FREQUENT.search(before) and not (
            # (not fire going on now: "the occupiers are constantly shelling these territories")
            ONGOING_NOW.search(before) and _word_at(sentence, trigger_start).endswith("ing")
        ):
            return "background"
        if (
            HABIT_NOW.search(before)
            and not _past_verb(sentence, trigger_start)
            # (not "drones have been documented routinely targeting civilians in Kherson": under way)
            and not _word_at(sentence, trigger_start).endswith("ing")
        ):
            return "background"  # "Russia regularly shells civilian areas in the oblasts of X and Y": a habit
    if (
        (" that " in before or " which " in before)
        and RELATIVE_PERFECT.search(before)
        and FOR_LONG_AFTER.match(sentence, trigger_start)
    ):
        return "background"  # "Pokrovsk, a hub that Moscow has targeted for months without capturing it"
    if any(cue in before for cue in PREFERRED_CUES) and PREFERRED.search(before):
        return "intention"
    if any(cue in before for cue in DELAY_CUES) and DELAYED.search(before):
        return "intention"
    if any(cue in before for cue in ("resembl", "reminisc", "similar", "echo", " as ", "comparable")) and (
        LIKENED_TO.search(before)
    ):
        return "background"  # "resembles the intense fighting withdrawal near Avdeyevka a year ago"
    if "to " in before and any(cue in before for cue in HELD_UP_CUES) and HELD_UP_AIM.search(before):
        return "intention"  # "flooding the Dnipro to delay any Ukrainian advances": the advance is feared
    if _names_a_goal(checked) and GOAL_SUBJECT.match(sentence):
        return "intention"  # "The ultimate goal of the counteroffensive remains ... the liberation of X"
    if ("closer" in before or " way " in before or "step" in before) and PROSPECT.search(before):
        return "prediction"  # "brings closer the liberation of X", "paves the way for the capture of X"
    if "bring" in before and "closer" in sentence and BRINGING.search(before):
        return "prediction"  # "thanks to the Armed Forces for bringing the liberation of the city closer"
    if any(cue in before for cue in ("seek", "sought", "attempt", "tr", "abandon")) and SOUGHT.search(before):
        return "intention"  # "as the Russian army seeks strategic advances": what it wants, not what it got
    if any(cue in before for cue in ATTEMPT_CUES) and not TOLD_RIGHT_BEFORE.search(before) and (
        ATTEMPT_SCOPE.search(before)
        # a noun ("the capture of"), "lost", or the next infinitive of the attempt ("to advance in X, gain")
        and (
            NOUN_OR_LOST.match(sentence.lower(), trigger_start)
            # ... or joined by "and": "attempting to break through the front line and secure a foothold"
            or (before.endswith((", ", " and ")) and _bare_verb(sentence, trigger_start))
        )
    ):
        return "intention"
    if ("resum" in before or "renew" in before or "restart" in before) and RESUME_SOUGHT.search(
        sentence[max(0, trigger_start - RESUME_REACH) : trigger_start].lower()
    ):
        return "intention"
    if "there" in before and sentence.startswith("flag", trigger_start) and FLAG_STILL.search(before):
        return "background"  # "Today is 22 March, and there's a Ukrainian flag over the city": held
    if ("report" in before or "rumo" in before or "informat" in before) and RUMOURED.search(
        sentence[:trigger_start].lower()
    ):
        return "unconfirmed"
    if (" of " in before or " into " in before or "since " in before) and _BACKGROUND.search(before):
        return "background"
    if "only " in before and ONLY_ONE_TAKEN.search(before):
        return "background"  # "Kherson, the only regional capital it has captured since February": a record
    ruin = sentence[trigger_start : trigger_start + RUIN_REACH]
    if " by " in ruin and RUINED_OVER_TIME.match(ruin):
        return "background"  # "Bakhmut was completely destroyed by months of relentless artillery fire"
    if "during" in before and DURING.search(before) and TAKING_NOUN.match(sentence, trigger_start):
        return "background"  # "left without gas during the storming of Mariupol": when, not what happened
    if (
        "during" in before
        and DURING_OFFENSIVE.search(before)
        and OFFENSIVE_IN.match(sentence, trigger_start)
        and not sentence[:trigger_start].lstrip(" \"“'‘").lower().startswith("during")
    ):
        # "liberated ... during Ukraine's counteroffensive in Kharkiv Oblast": when the taking told before it
        # happened (but "During the counter-offensive in Kherson Region, the Armed Forces pushed ...": the
        # offensive the sentence opens on, told as news)
        return "background"
    if "since" in sentence and HABITUAL.search(sentence, trigger_start):
        return "background"
    if "since" in sentence and TOLL_SINCE.search(sentence):
        return "background"  # "600 civilians have been killed in Ukrainian attacks ... since February 2022"
    if "since" in sentence and HELD_SINCE.match(sentence, trigger_start) and RELATIVE_BEFORE.search(before):
        return "background"  # "Crimea, which Moscow seized and has occupied since 2014": a state of years
    if any(word in before for word in HELD_BEFORE_WORDS) and HELD_BEFORE_RELATIVE.search(before):
        return "background"  # "Sudzha, the largest town that Ukraine previously occupied": what it had been
    if " in " in sentence and RELATIVE_BEFORE.search(before) and TAKEN_IN_YEAR.match(sentence, trigger_start):
        return "background"  # "the Crimean peninsula, which Russia illegally occupied in 2014": a backdrop
    if (
        ("since" in sentence or " past " in sentence or " last " in sentence)
        and HAS_HELD_BEFORE.search(before)
        and HOLDING_SINCE.match(sentence, trigger_start)
    ):
        # "Russia has occupied the Zaporizhzhia plant ... since March 2022", "has partially occupied ...
        # Zaporizhzhia Oblast since the early days of the full-scale invasion": a state, no news of taking
        return "background"
    if "where" in before and ONGOING_WHERE.search(before):
        return "background"
    if (" past " in before or " for " in sentence) and HELD_FOR_WEEKS.search(sentence) and HOLDING.match(
        sentence, trigger_start
    ):
        return "background"  # "over the past several weeks, the Armed Forces controlled part of Siversk"
    if " which " in before and SHARE_OF_WHICH.search(before):
        return "background"
    if "will " in sentence and ENABLES.search(sentence, max(0, trigger_start - 240), trigger_start):
        return "prediction"
    if "having " in before and HAVING_THEN_WILL.match(sentence, trigger_start):
        return "prediction"  # "having captured it, the enemy will be able to inflict fire damage on X"
    if (use := WEAPONS_TO_USE.search(before)) and not _DONE_INFINITIVE.search(before, 0, use.start() + 3):
        return "intention"  # "seeking permission from its allies to use long-range missiles"
    if (
        _INFINITIVE.search(before)
        and not _DONE_INFINITIVE.search(before)
        # (not a noun after the preposition: "efforts ... led to the liberation of Pankivka")
        and not NOUN_AFTER_TO.match(sentence, trigger_start)
    ):
        return "intention"
    if (
        " and " in before[-70:]
        and BARE_VERB.match(sentence, trigger_start)
        and SECOND_INFINITIVE.search(before)
    ):
        return "intention"
    return None
