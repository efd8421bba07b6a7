"""The nouns that name a fighting body (forces, troops, artillery, drones...).

Shared by the trigger, actor and placing rules, which all need to know when a phrase names an
armed side rather than a place or a civilian; it lives on its own so those modules need not import
each other.
"""

FORCE_NOUNS = (
    r"(?:ground |armed |special |airborne |naval |air )?(?:forces?|troops?|army|armies|military|soldiers|"
    r"units?|artillery|servicemen|fighters|militants|saboteurs|partisans|guerrillas|"
    r"brigades?|battalions?|regiments?|divisions?|defenders|"
    r"marines|formations|garrisons?|"
    r"paratroopers|gunners|drones?|aviation|missiles?|navy|air force|air defen[cs]e|battle ?groups?|"
    r"groups? of (?:forces|troops)|groupings?|"
    r"(?:assault|advance|storm|sabotage|reconnaissance) (?:groups?|teams?)|"
    r"defen[cs]e forces)"
)

# Russia's battlegroups, as its Defence Ministry names them in Russian and in English ("Vostok",
# "the Center group of forces"): the voice of a report and the side of a unit both read them.
RU_GROUPS = r"(?:Zapad|Yug|Tsentr|Vostok|Sever|Dnepr)"
RU_GROUPS_EN = r"(?:West|South|Cent(?:re|er)|East|North)"
