"""A capital named for its government: "Moscow said", "Kyiv has repeatedly dismissed", "Kyiv's troops".

Such a mention is a place the gazetteer resolves (the reader may want it), but it is not where
anything happened: it anchors no other name, measures no list, and carries no event. The gazetteer
and the events layer ask the same question here, so it is answered once.
"""

from __future__ import annotations

import re

from .context import COMPOUND_ADJECTIVE_WORDS

# The war's capitals as the press writes them: the only places whose name stands for a government.
CAPITALS = frozenset({"Kyiv", "Kiev", "Moscow", "Minsk"})
# A capital named as the seat of those who speak: "authorities in Kyiv", "officials in Moscow".
SEAT_BEFORE = re.compile(
    r"\b(?:authorities|officials|government|leadership|diplomats)\s+in\s+$", re.IGNORECASE
)
# Capitals named in a compound adjective ("a Moscow-installed official", "the Washington-based
# think tank"): still a mention of the city, as a reader lists them, but of its government, as above.
COMPOUND_CAPITALS = CAPITALS | {"Washington"}
COMPOUND = re.compile(rf"-(?:{'|'.join(sorted(COMPOUND_ADJECTIVE_WORDS))})\b", re.IGNORECASE)
# A possessive that names the government's things ("Kyiv's troops", "Moscow's claim"), not the city's
# own parts ("Kyiv's outskirts", "Kyiv's Podil district", "Moscow's skies").
POSSESSIVE = re.compile(
    r"['’´]s\s+(?!(?:[\w-]+\s+)?(?:outskirts|suburbs?|cent(?:re|er)|streets?|districts?|regions?|oblast|airports?"
    r"|skies|sky|residents|approaches|north|south|east|west|northern|southern|eastern|western|outer)\b)"
)
# A count of strikes or targets: "Kyiv hit four Russian airfields", "launched 12 attacks".
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens)"
# A capital that speaks: "what Moscow calls its special military operation", "Kyiv says", "Moscow has
# denied", "Kyiv has repeatedly dismissed Russian claims".
SPEAKS = re.compile(
    # ("Kiev, however, disputed the extent of Russian advances")
    r"(?:,\s+(?:however|meanwhile|though|for\s+its\s+part|in\s+turn|in\s+response),)?"
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"  # "Kyiv on Monday said"
    # "as both Kyiv and military analysts acknowledged": one of two speakers
    # ("... in a port of Odesa, Kyiv and the operator said in statements Friday")
    r"(?:and\s+(?:the\s+)?(?:[\w-]+\s+)?(?:analysts|experts|observers|officials|bloggers|monitors|operator"
    r"|company|owner|ministry|military)\s+"
    # "Kyiv and Moscow have intensified attacks against each other": two governments
    r"|and\s+(?:Kyiv|Kiev|Moscow)\s+)?"
    # "Kyiv then in 2024 launched its own armed incursion"
    # ("Moscow has reportedly long staged air attacks on the region")
    r"(?:(?:has|have|had|also|again|later|repeatedly|officially|strongly|previously|quickly|then|reportedly"
    r"|allegedly|already|since|either|neither)\s+){0,2}"
    r"(?:in\s+\d{4}\s+)?"
    # "Kyiv did not report", "Moscow has not yet commented"
    r"(?:(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?|(?:didn|doesn|hasn|haven)['’]t\s+(?:yet\s+)?)?"
    # "Kyiv regularly strikes military infrastructure deep within Russia": the army the government sends
    r"(?:(?:regularly|routinely|frequently|often|increasingly)\s+"
    r"(?:strikes|attacks|targets|hits|launches|struck|attacked|targeted|hit|launched)"
    r"|calls?|called|say|says|said|claims?|claimed|denie[sd]|deny|insist(?:s|ed)?|accuse[sd]|describe[sd]"
    r"|claiming|saying|insisting|denying|reporting"  # "with Kyiv claiming control of 1,000 square km"
    r"|considers?|considered|demand(?:s|ed)?|announce[sd]|refuse[sd]|blame[sd]|warn(?:s|ed)?|vow(?:s|ed)?"
    r"|views?|viewed|regards?|regarded|argues?|argued|maintains?|maintained|wants?|wanted|reports?|reported"
    r"|states?|stated|confirms?|confirmed|told|tells|dismiss(?:es|ed)?|reject(?:s|ed)?|declared?|declares"
    r"|comment(?:s|ed)?|acknowledge[sd]?"  # "Moscow did not comment", "Kyiv has not acknowledged"
    r"|hint(?:s|ed)?|suggest(?:s|ed)?"  # "Kyiv has hinted it was behind today's strike"
    r"|awaits?|awaited|awaiting"  # "as Kyiv awaits U.S. permission to use western missiles"
    r"|prepares|prepared|preparing|expects|expected"  # "as Kiev prepares for the transfer of F-16 jets"
    # "Moscow has conducted long-range strikes against ... targets": the army the government sends
    r"|conducted|conducts|carried\s+out|carries\s+out|launched|launches"
    # ("Kuleba said Moscow was carrying out systematic attacks on the region")
    r"|(?:is|was|were|are|has\s+been|had\s+been)\s+(?:carrying\s+out|conducting|launching)"
    # "assertions that Kyiv has not addressed"
    r"|address(?:es|ed)?|respond(?:s|ed)?|react(?:s|ed)?|dispute[sd]?|verif(?:y|ies|ied)"
    r"|credit(?:s|ed)?|praise[sd]?|thank(?:s|ed)?|struggl(?:es|ed|ing)|hopes?|hoped|fears?|feared"
    r"|yet to (?:comment|confirm|respond|react|acknowledge)"  # "though Kyiv has yet to comment"
    r"|the\s+right\s+to"  # "Zelensky said that Kyiv has the right to use its own weapons"
    r"|(?:is|was|were|are)\s+trying|tries|tried"  # "Moscow was trying to create a security zone"
    # "As Ukrainian troops approached the city, Moscow was forced to retreat": the army it withdrew
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:forced|compelled)\s+to"
    # "Dachne in Dnipropetrovsk region, where Moscow has been vying to gain a foothold"
    r"|been\s+(?:vying|trying|seeking|attempting|aiming|pushing|pressing)|vying|vies|vied"
    # "By attacking nearby settlements such as Ivanivske, Moscow is attempting to encircle the town"
    r"|(?:is|was|were|are)\s+(?:attempting|seeking|aiming|planning|preparing)|attempts|attempted"
    # "Moscow was amassing some 50,000 troops for a fresh offensive around Sumy": the army it gathers
    r"|(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?(?:amassing|massing|concentrating)|amass(?:es|ed)"
    r"|mass(?:es|ed)\s+(?:troops|forces)"
    # "the crossing showed that Kyiv was still making advances": the army the government sends
    r"|(?:is|was|were|are)\s+(?:still\s+|now\s+)?(?:making|gaining|advancing|pushing|pressing)"
    r"|to (?:seek|request|ask for|appeal for)"  # "forcing Kyiv to seek emergency electricity supplies"
    # "although Moscow could still use pontoons and smaller bridges": the army, not the city
    r"|(?:could|can|would|will|may|might)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:use|rely|send|bring|supply|resupply|reinforce|afford)\b"
    # "Moscow relies on infiltration, drones and glide bombs": the army and its weapons
    r"|(?:relies|relied|rely|depends|depended)\s+on\b"
    # "as Moscow continued its quest to capture eastern Ukraine", "Moscow has made 'liberating' Donetsk"
    r"|continu(?:es|ed)\s+(?:its|their|to)|made|makes|seeks|sought|aims|aimed|intends|intended"
    # "as Moscow steps up its attacks on Ukraine's energy": the army the government sends
    r"|step(?:s|ped)\s+up|ramp(?:s|ed)\s+up|intensifie[sd]|escalate[sd]"
    # "with Kyiv stepping up attacks on refineries", "Kyiv is intensifying strikes against Russian energy"
    r"|(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:stepping\s+up|ramping\s+up|intensifying|escalating)"
    # "Sudzha, which Kyiv captured in August": the army the government sent
    r"|captured|seized|took|retook|recaptured|occupied|holds|held|controls|controlled"
    r"|taken|retaken|regained"  # "Kyiv had retaken the eastern railway hub in September"
    # "after Kyiv had repelled Moscow's troops in the same region", "after Kyiv grabbed momentum"
    r"|repelled|repulsed|grabbed"
    r"|retakes?|recaptures?|regains?"  # "a counter-offensive that saw Kyiv retake vast swathes of territory"
    r"|issued|ordered|deployed|redeployed|sent"  # "claiming that Kiev had issued no orders"
    # "before Moscow invaded last year", "since Moscow annexed the peninsula"
    r"|invaded|invades|annexed|annexes|launched|launches|mounted"
    # "has now also seen Kyiv leave villages in the rest of that salient": the army it withdrew
    r"|leave|leaves|left|withdr(?:ew|aws|awn)|pull(?:s|ed)\s+(?:out|back)"
    # "as Kyiv pushes its offensive in the Kursk region", "Kyiv hit four Russian airfields"
    rf"|push(?:es|ed|ing)?\s+(?:its|their|an?|the)\b|hit\s+{_COUNT}\b"
    # "even as Kyiv mounts its own cross-border offensive": the army the government sends
    r"|(?:(?:long\s+)?(?:staged|mount(?:s|ed)|launch(?:es|ed)|fired|carried out|carries out|conduct(?:s|ed)"
    rf"|deliver(?:s|ed)))\s+(?:its|their|an?|the|one|air|missile|drone|group|massive|strikes|attacks|{_COUNT}"
    r"|hundreds)\b)\b"
    # "44 of the 53 drones Kyiv fired overnight targeted the Rostov region"
    r"|\s+fired\s+(?:overnight|at|on|into|over|towards?)\b"
    # a side's town named by its capital: "Kupiansk, a key Kyiv bastion in the Kharkiv region"
    r"|\s+(?:bastions?|strongholds?|fortress(?:es)?|outposts?)\b"
    # "where Kiev lost up to 145 soldiers": a count of the army's dead
    r"|\s+(?:(?:has|had|have)\s+)?(?:lost|losing)\s+"
    r"(?:(?:up to|over|about|around|nearly|almost|more than|as many as|at least)\s+)?\d",
    re.IGNORECASE,
)

# An aside on the capital between commas, before the verb: "Moscow, which has escalated attacks on Ukraine's
# infrastructure in recent months, launched" (the match ends at the space after the second comma).
ASIDE = re.compile(r",\s+(?:which|who)\s+[^,.;:()]{3,100},(?=\s)")
# ... not an aside on the city's own ordeal: "Kyiv, which was hit by 20 drones overnight, said".
HIT_ASIDE = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:hit|struck|attacked|shelled|targeted|bombed|bombarded)\b"
    r"|\bcame\s+under\b",
    re.IGNORECASE,
)

# Fire aimed at the capital just named: "the Russian air raid on Kyiv", "strikes against the capital, Kyiv".
FIRED_ON = re.compile(
    # ("Russian airstrikes on Kyiv left thousands of residents without heating")
    r"\b(?:(?:air\s*)?strikes?|attacks?|raids?|shelling|bombardments?|barrages?|assaults?|onslaughts?)\s+"
    r"(?:on|against)\s+"
    r"(?:the\s+(?:capital|city)(?:\s+of)?\s*,?\s*)?$",
    re.IGNORECASE,
)

# The government or army named by its capital, as Moscow's officials write of Kyiv's: "the Kyiv regime
# fired 12 missiles", "the Kyiv terrorists", "Kiev's junta". Not "Kyiv officials", who may be the city's.
RULERS = re.compile(
    r"\s+(?:regime|terrorists|junta|militants|nationalists|neo-?nazis|forces|troops|army)\b", re.IGNORECASE
)


# Capitals as the parties to talks or ties: "talks between Washington and Kiev", "between Kyiv and Moscow".
_PARTIES = r"(?:Washington|Moscow|Kyiv|Kiev|Minsk|Brussels|Beijing|Ankara|London|Paris|Berlin)"
# A capital as the agent of a taking or of fire: "territory seized by Kyiv", "the land held by Moscow",
# "regularly hit by Kyiv".
TAKEN_BY = re.compile(
    r"\b(?:seized|captured|taken|held|controlled|occupied|recaptured|retaken|liberated|claimed|annexed"
    # "the Belgorod region, which has also been regularly hit by Kyiv": the army the government sends
    r"|hit|struck|attacked|targeted|shelled|bombed|raided"
    # "an attack described by Kyiv as the largest", "portrayed by Moscow as revenge"
    r"|described|portrayed|called|condemned|denounced|reported|confirmed|denied"
    # ("the governor of Crimea appointed by Moscow", "the Moscow-installed head")
    r"|appointed|installed|backed|supported|sanctioned|approved)\s+by\s+$"
    # "no official confirmation or statement by Moscow", "a comment from Kyiv"
    r"|\b(?:statements?|confirmation|comments?|response|reaction|word)\s+(?:by|from)\s+$"
)
# A capital as the side something goes well or badly for: "a sobering development for Kyiv", "a blow to
# Moscow".
FORTUNE_FOR = re.compile(
    r"\b(?:setbacks?|blows?|development|challenges?|problems?|victory|victories|defeats?|success(?:es)?|wins?"
    r"|loss(?:es)?|headaches?|embarrassment|boost)\s+(?:for|to)\s+$",
    re.IGNORECASE,
)
# A capital visited or helped: "during Blinken's visit to Kyiv", "rushed to resupply arms to Kyiv", "since
# Washington delivered the vehicles to Kyiv".
SENT_TO = re.compile(
    r"\b(?:visits?|visited|trip|aid|arms|weapons|supplies|assistance|help|package|ammunition|missiles|support)"
    r"\s+(?:[\w-]+\s+){0,2}?to\s+$"
    r"|\b(?:deliver|suppl|sent|send|provid|gave|give|giving|transferr|transfer|ship|pledg|promis|sold|sell)\w*"
    r"\s+(?:[\w'’-]+\s+){0,4}?to\s+$",
    re.IGNORECASE,
)
# A capital accused or blamed, or whose attacks they are: "Russia has accused Kiev of terrorist attacks",
# "an attack Moscow blamed on Kyiv", "four people died in separate attacks by Kyiv".
ACCUSED = re.compile(
    r"\b(?:accus|blam|condemn)\w*\s+(?:it\s+)?(?:on\s+)?$"
    # ... or as a source: "According to Moscow, Russian air defenses intercepted 105 drones"
    r"|\b(?:according\s+to|as\s+per|cited\s+by)\s+$"
    # ... or as the one pressed: "urged allies to step up pressure on Moscow", "new sanctions against Moscow"
    r"|\b(?:pressure|sanctions)\s+(?:on|against)\s+$"
    r"|\b(?:attacks?|strikes?|shelling|bombardment|fire|aggression)\s+"
    r"(?:launched\s+|carried\s+out\s+)?by\s+$",
    re.IGNORECASE,
)
# A capital as the subject of an infinitive after "for": "essential for Moscow to supply its forces".
FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# ... or made to do it: "forcing Kyiv to make tactical retreats", "pushed Moscow to redeploy troops".
# ("allowing Kyiv to strike", "Washington gave Kiev permission to use missiles")
MADE_TO_BEFORE = re.compile(
    r"\b(?:forc|compel|push|prompt|pressur|allow|permit|authori[sz]|enabl)\w*\s+$", re.IGNORECASE
)
PERMITTED_BEFORE = re.compile(r"\b(?:gave|give|gives|giving|granted|grants?|granting)\s+$", re.IGNORECASE)
PERMISSION_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:permission|green\s+light|go-ahead|approval|authori[sz]ation|consent)\b",
    re.IGNORECASE,
)
TO_DO_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# (or another side of a war: "a ceasefire was struck between Kiev and pro-Russian fighters")
BETWEEN_FIRST = re.compile(
    rf"\s+and\s+(?:{_PARTIES}\b|Russia\b|Ukraine\b|(?:the\s+)?(?:pro-Russian\s+|(?:Russian|Moscow)-backed\s+)?"
    r"(?:rebels|separatists|fighters|militants|insurgents)\b)"
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")
# Two governments denied alike: "neither Kyiv nor Moscow has managed to swing the conflict" (not "both Kyiv
# and Moscow", which drones may strike).
PAIRED_BEFORE = re.compile(r"\bneither\s+$", re.IGNORECASE)
PAIRED_FIRST = re.compile(rf"\s+nor\s+{_PARTIES}\b")
PAIRED_SECOND = re.compile(rf"\bneither\s+{_PARTIES}\s+nor\s+$", re.IGNORECASE)
BETWEEN_SECOND = re.compile(rf"\bbetween\s+{_PARTIES}\s+and\s+$")


def as_government(name: str, text: str, end: int) -> bool:
    """Whether the capital ``name``, written in ``text`` up to ``end``, stands for its government."""
    if name not in COMPOUND_CAPITALS:
        return False
    if text.startswith("-", end):
        return COMPOUND.match(text, end) is not None
    if name not in CAPITALS:
        return False
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1  # the name as written ("Kiev" for the gazetteer's Kyiv)
    if POSSESSIVE.match(text, end) is not None:
        return True
    if FIRED_ON.search(text, max(0, start - 40), start):
        # "the missile strike on Kyiv left seven people dead": the city hit, whatever verb follows
        return False
    if SPEAKS.match(text, end) is not None or RULERS.match(text, end):
        return True
    if (
        (aside := ASIDE.match(text, end)) is not None
        and SPEAKS.match(text, aside.end()) is not None
        and not HIT_ASIDE.search(aside.group())
    ):
        return True  # "Moscow, which has escalated attacks in recent months, launched 69 drones"
    if (
        TAKEN_BY.search(text, max(0, start - 20), start)
        or FORTUNE_FOR.search(text, max(0, start - 40), start)
        or SENT_TO.search(text, max(0, start - 50), start)
        or ACCUSED.search(text, max(0, start - 30), start)
    ):
        return True
    if TO_DO_AFTER.match(text, end) and (
        FOR_BEFORE.search(text, max(0, start - 10), start)
        or MADE_TO_BEFORE.search(text, max(0, start - 20), start)
    ):
        # "a bridge essential for Moscow to supply its forces", "forcing Kyiv to make tactical retreats":
        # the government that supplies, or retreats
        return True
    if PERMISSION_AFTER.match(text, end) and PERMITTED_BEFORE.search(text, max(0, start - 12), start):
        return True  # "after Washington gave Kiev permission to use missiles": the government allowed
    if (PAIRED_FIRST.match(text, end) and PAIRED_BEFORE.search(text, max(0, start - 10), start)) or (
        PAIRED_SECOND.search(text, max(0, start - 30), start)
    ):
        return True  # "neither Kyiv nor Moscow has managed to swing the conflict decisively"
    first = BETWEEN_FIRST.match(text, end) and BETWEEN_BEFORE.search(text, max(0, start - 10), start)
    return first is not None or BETWEEN_SECOND.search(text, max(0, start - 40), start) is not None
