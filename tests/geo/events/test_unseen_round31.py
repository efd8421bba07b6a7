"""Round 31 of reading unseen reporting: border tallies of explosions with an aside on the weapon, drones
that "reached their targets", a war that "entered its third year", attempts to advance, a capital that
"launched an incursion", a dashed list before its verb, taken ground named as an adjective, the speaker's
artillery, and a misspelt village named again without its cue."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional administration's tally: the aside on the weapon, then where the explosions were
        (
            "Semenivka community: two explosions, probably from a 120-mm mortar in the direction of "
            "Hremiachka village.",
            {("strike", "RU", "Hremiachka")},
        ),
        (
            "Novhorod-Siverskyi community: one explosion, allegedly from an FPV drone, in Hremiach village.",
            {("strike", "RU", "Hremiach")},
        ),
        # the aside in brackets, its "probably" about the weapon, not about the explosion
        (
            "Semenivka community: one explosion (arrival, probably a munition dropped from a UAV) in the "
            "direction of Karpovychi village.",
            {("strike", "RU", "Karpovychi")},
        ),
    ],
)
def test_a_tally_of_explosions_is_at_the_village_after_its_aside(
    text: str, expected: set[tuple[str, str, str]], seen: Seen
) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several of the drones reached their targets in the city of Sumy, the air force said.",
            {("strike", "RU", "Sumy")},
        ),
        (
            "In the morning, Russian troops sent a drone to the Krasnopillia community.",
            {("strike", "RU", "Krasnopillia")},
        ),
        (
            "Regional officials said the attack happened in the town of Bilopillia.",
            {("strike", "RU", "Bilopillia")},
        ),
        ("In Zolochiv, a warehouse caught fire due to drone explosions.", {("strike", "Zolochiv")}),
    ],
)
def test_fire_told_by_where_it_arrived(text: str, expected: set[tuple[str, ...]], seen: Seen) -> None:
    found = seen(text)
    assert found == expected or {(kind, place) for kind, _, place in found} == expected


@pytest.mark.parametrize(
    "text",
    [
        # a war that enters a month or a year goes nowhere
        "According to Kyiv, the depots are legitimate targets in an invasion that has now entered its third "
        "year.",
        # an attempt to advance is no advance
        "Russian units keep attempting advances into Bilovody, the spokesman said.",
        "The enemy continues to attempt advances near Kindrativka.",
        # taken ground named as an adjective, long ago or by the verb of fire before it
        "Ukrainian drones attacked a radar post on the captured Zmiinyi Island.",
        "Russian forces are relentlessly shelling liberated villages near Kherson.",
        # spoils, quoted or not, are no ground
        'Near Mykolaiv, Ukrainian defenders destroyed a convoy, seizing "trophies" and ammunition.',
    ],
)
def test_no_advance(text: str, seen: Seen) -> None:
    assert {e for e in seen(text) if e[0] == "advance"} == set()


def test_drones_reaching_their_targets_are_no_advance(seen: Seen) -> None:
    # (the city named as one, before the oblasts its list goes on with)
    text = (
        "Some of the drones reached their targets in the city of Sumy as well as the Kyiv and Khmelnytskyi "
        "regions, the ministry said."
    )
    assert seen(text) == {
        ("strike", "RU", "Sumy"),
        ("strike", "RU", "Kyiv Oblast"),
        ("strike", "RU", "Khmelnytskyi Oblast"),
    }


def test_the_capital_that_launched_an_incursion_is_the_side_not_the_place(seen: Seen) -> None:
    text = "Kyiv then in 2024 launched its own armed incursion into Russia's western Kursk region."
    assert seen(text) == {("advance", "UA", "Kursk Oblast")}


def test_a_list_set_off_by_dashes_before_its_verb(seen: Seen) -> None:
    # the oblast named after the verb is a neighbouring one, where a village goes unnamed
    text = (
        "The ministry said two villages in the Donetsk region – Stavky and Torske – were now under "
        "Moscow's control, as well as a village in neighbouring Dnipropetrovsk region."
    )
    assert {("advance", "RU", "Stavky"), ("advance", "RU", "Torske")} <= seen(text)


def test_fire_from_the_speakers_artillery_is_the_speakers_side(seen: Seen) -> None:
    text = (
        "The Ukrainian General Staff said Russian troops were regrouping near Kherson. A grouping of enemy "
        "troops near the village of Kyselivka came under fire from our artillery, it said."
    )
    assert ("strike", "UA", "Kyselivka") in seen(text)


def test_a_misspelt_village_named_again_without_its_cue_is_the_same_village(seen: Seen) -> None:
    # "Kisilevka" is no spelling the data holds: "the village of" lets a variant resolve it, once
    text = (
        "Ukrainian artillery shelled Russian positions near the village of Kisilevka in the Kherson region. "
        "After that, Russian troops retreated from Kisilevka to Chernobaevka."
    )
    assert ("retreat", "RU", "Kyselivka") in seen(text)


@pytest.mark.parametrize(
    "items",
    [
        "\n- Lyubymivka;\n- Khreshchenivka;\n- Zolota Balka.",
        "\n\nLyubymivka\n\nKhreshchenivka\n\nZolota Balka",  # as a Markdown reader leaves a bulleted list
    ],
)
def test_places_counted_before_a_colon_then_listed_a_line_each(items: str, seen: Seen) -> None:
    text = "Ukrainian units liberated and raised the flag in three settlements of the Beryslav district:"
    text += items
    # the Liubymivka beside Khreshchenivka (a list's namesakes are told apart by one another), not the
    # larger Lyubymivka on the Dnipro 65 km south
    assert seen(text) == {("advance", "UA", p) for p in ("Liubymivka", "Khreshchenivka", "Zolota Balka")}


def test_an_itemised_report_a_line_each_is_no_list_of_names(seen: Seen) -> None:
    text = (
        "The governor listed the attacks of the day:\n\n"
        "- 10-15, Chuhuiv district, the village of Pechenihy. A house was burning after the shelling."
    )
    assert {(kind, place) for kind, _, place in seen(text)} == {("strike", "Pechenihy")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monitor's state of the line, told as the day's news
        (
            "As of May 26, Russian forces control the border settlements of Novenke and Basivka in the Sumy "
            "region.",
            {("advance", "RU", "Novenke"), ("advance", "RU", "Basivka")},
        ),
        # the strikes are told; what they "may indicate" is the analysts' guess
        (
            "Russian airstrikes on Sukhyi Stavok and Kostromka may indicate that Ukrainian forces have "
            "advanced south of the bridgehead, ISW said.",
            {("strike", "RU", "Sukhyi Stavok"), ("strike", "RU", "Kostromka")},
        ),
        # a linking adverb before the opening phrase of place is no place
        (
            "Meanwhile, in the Nedryhailiv community, Russian forces attacked a farm.",
            {("strike", "RU", "Nedryhailiv")},
        ),
        # what a building was not is no negation of the fire
        (
            "In the Mena community, a school building that was not in use caught fire after a drone attack.",
            {("strike", "RU", "Mena")},
        ),
    ],
)
def test_round31_second_pass(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_a_district_that_opens_a_paragraph_after_a_colon_is_no_list_item(seen: Seen) -> None:
    text = (
        "Russian troops shelled settlements in Donetsk region 7 times, attacking two districts:\n\n"
        "Pokrovsk district. In the Novohrodivka community, 2 people were killed in Karlivka.\n\n"
        "Kramatorsk district. A house was destroyed in Torske."
    )
    # (the oblast's count of places shelled stays beside the towns named: round 78 undid round 46's
    # dropping of it)
    assert {place for _, _, place in seen(text)} == {"Donetsk Oblast", "Karlivka", "Torske"}


def test_an_itemised_report_whose_lines_open_with_the_time(seen: Seen) -> None:
    # the governor's day, a line each: the time, where, then what the fire did there
    text = (
        "Shelling of the Kharkiv region over the day:\n\n"
        "10:30 p.m. Izium district, Borova TG, Borova village. The administrative building of the enterprise "
        "was hit.\n\n"
        "09:00 p.m Kozacha Lopan village of Kharkiv district. Two private houses were damaged.\n\n"
        "16:10 Kivsharivka village, Kupiansk district. A 79-year-old man was wounded."
    )
    places = {place for _, _, place in seen(text)}
    assert {"Borova", "Kozacha Lopan", "Kivsharivka"} <= places


def test_a_withdrawal_demanded_is_no_event(seen: Seen) -> None:
    text = "Putin has repeatedly demanded a full Ukrainian withdrawal from Donbas, refusing any compromise."
    assert seen(text) == set()


def test_the_capture_of_a_town_that_brings_troops_closer_is_the_capture(seen: Seen) -> None:
    # (troops after the verb are not what was captured: "the capture of two Russian soldiers" is people)
    text = (
        "Russia's defence ministry said its forces had taken Siversk. The capture of Siversk brings Russian "
        "troops closer to Sloviansk and Kramatorsk."
    )
    assert ("advance", "RU", "Siversk") in seen(text)
    assert seen("The capture of two Russian soldiers near Bakhmut was filmed.") == set()



def test_a_taking_on_another_day_is_not_the_named_sides_event_told_again(seen: Seen) -> None:
    # the occupation three weeks before the liberation is Russia's, not the liberators' told again
    text = (
        "Ukrainian forces liberated the town of Trostianets in the Sumy region on March 26, the army said. "
        "It was occupied on March 6."
    )
    assert seen(text) == {("advance", "UA", "Trostyanets"), ("advance", "RU", "Trostyanets")}


def test_a_retreat_in_a_relative_clause_is_from_its_antecedent(seen: Seen) -> None:
    text = (
        "Ukrainian troops are mopping up in Sumy Oblast, a northern region from which invading Russian "
        "troops have now completely retreated after their defeat at Kyiv, the governor said."
    )
    assert seen(text) == {("retreat", "RU", "Sumy Oblast")}


@pytest.mark.parametrize(
    "text",
    [
        # a governor's denial
        "There are no grounds to claim that the Russian forces have captured the village of Dvorichna, as "
        "fighting continues, Syniehubov said.",
        # the caveat whose object is the taking
        "Reuters could not independently verify the Defence Ministry's claim on the capture of Stepove.",
    ],
)
def test_a_taking_denied_or_left_unverified_is_no_advance(text: str, seen: Seen) -> None:
    assert {e for e in seen(text) if e[0] == "advance"} == set()


def test_a_claim_told_then_left_unverified_is_still_told(seen: Seen) -> None:
    text = "Russia's Defence Ministry said its forces had captured Stepove, a claim Reuters could not verify."
    assert seen(text) == {("advance", "RU", "Stepove")}


def test_an_advance_stopped_is_no_advance(seen: Seen) -> None:
    text = "Ukrainian forces have stopped Russian advancement near the town of Dobropillia in Donetsk Oblast."
    assert seen(text) == set()
    assert seen(text, ("contact",)) == {("contact", "RU", "Dobropillia")}


def test_a_claim_an_assessor_has_yet_to_verify_is_no_advance(seen: Seen) -> None:
    # ("verify" gates the check as "confirm" and "observe" do: before, only "verification" did)
    text = "ISW has yet to verify Russian claims that Russian forces captured Novoselivka near Pokrovsk."
    assert {e for e in seen(text) if e[0] == "advance"} == set()
