"""Events from the twentieth round of unseen articles: lists whose items each name their oblast.
Our own sentences, facts from public reporting; real GeoNames and postal data."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str, published: date = date(2025, 6, 12)) -> set[tuple[str, str, str]]:
    events = extract_events(read_text(text, published=published), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the oblast after the first item only says where it is: the list before the verb goes on past it
        (
            "Russian fire also hit the Sumy and Donetsk regions. In particular, Seredyna Buda in Sumy"
            " region, "
            "Chasiv Yar and Kostiantynivka in Donetsk region were shelled.",
            {
                ("strike", "RU", "Seredyna-Buda"),
                ("strike", "RU", "Chasiv Yar"),
                ("strike", "RU", "Kostiantynivka"),
            },
        ),
        # an item with its own oblast and a compass word does not end the list (Dehtiarne, whose postal
        # point lies just across the state border, is a place since round 31)
        (
            "The Russian Defence Ministry named the captured settlements as Kamianske in the southeastern "
            "Zaporizhzhia region, Dehtiarne in northeastern Kharkiv region, and Popiv Yar in Donetsk region.",
            {("advance", "RU", "Kamianske"), ("advance", "RU", "Dehtiarne"), ("advance", "RU", "Popiv Yar")},
        ),
    ],
)
def test_lists_whose_items_name_their_oblasts(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes on a city told by what they did to people, however long the words between
        (
            "Rescue services said that overnight strikes on the southern city of Zaporizhzhia had killed at "
            "least one person.",
            {("strike", "RU", "Zaporizhzhia")},
        ),
        # an air raid that left people dead is fire; and a capital hit is the city, though "left" follows it
        ("Russia's air raid on Kharkiv left seven people dead.", {("strike", "RU", "Kharkiv")}),
        ("The Russian missile strike on Kyiv left seven people dead.", {("strike", "RU", "Kyiv")}),
    ],
)
def test_fire_told_by_its_dead(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_localized_successes_are_ground_gained() -> None:
    text = "Ukrainian troops have achieved localized successes in the area of Klishchiivka south of Bakhmut."

    assert seen(text, date(2023, 7, 7)) == {("advance", "UA", "Klishchiivka")}


def test_the_counted_dead_of_a_kill_are_not_who_struck_next() -> None:
    # "159 occupiers" are the object of "eliminated": the Ukrainian forces also destroyed the depots
    text = (
        "Over the past day in the Bakhmut direction, Ukrainian Armed Forces have eliminated 159 occupiers "
        "and destroyed two ammunition depots."
    )

    assert {(t, a) for t, a, _ in seen(text, date(2023, 9, 24))} == {("strike", "UA")}


def test_a_wire_s_dateline_is_where_the_story_was_filed_not_where_the_fire_fell() -> None:
    text = "MOSCOW (Sputnik) - A Ukrainian shelling injured three people in Shebekino on Friday."

    assert seen(text, date(2024, 7, 20)) == {("strike", "UA", "Shebekino")}


def test_a_russian_channel_digest_s_enemy_loses_ground_to_russia() -> None:
    # news-pravda.com retells Russian military channels: its "enemy" is Ukraine; troops that "struck on
    # the flank" attacked on the ground, they fired at nothing
    text = (
        "Russian troops today struck on the eastern flank of the Kupyansk direction, which led to the enemy "
        "losing significant areas of territory."
    )
    article = read_text(
        text, published=date(2025, 9, 17), url="https://news-pravda.com/world/2025/09/17/1.html"
    )

    found = {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}

    assert found == {("advance", "RU", "Kupiansk"), ("retreat", "UA", "Kupiansk")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim the sentence itself calls false is denied
        ('"Russian propaganda claims about capturing a foothold in Dnipropetrovsk Oblast are false."', set()),
        # gains an army seeks are an aim
        (
            "Fierce battles are reported for Solodke and Yablukove, as the Russian army seeks strategic"
            " advances.",
            {("contact", "unknown", "Solodke"), ("contact", "unknown", "Yablukove")},
        ),
        # a quarter of a town is in the town, also when the data lacks the quarter
        (
            # (the Kanal quarter itself since round 29, a feature of the gazetteer)
            "Ukrainian troops withdrew from the Kanal neighborhood of the embattled town of Chasiv Yar.",
            {("retreat", "UA", "Kanal microdistrict")},
        ),
        (
            "Russian troops captured the Novy district of Chasiv Yar, the ministry said.",
            {("advance", "RU", "Chasiv Yar")},
        ),
    ],
)
def test_claims_called_false_aims_and_quarters_of_towns(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert seen(text, date(2025, 7, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian forces cleared the village of Krynky.", {("advance", "UA", "Krynky")}),
        # clearing rubble or mines takes no ground
        ("Rescuers were clearing rubble in Kharkiv after the strike.", set()),
        ("Ukrainian sappers cleared mines near Izium.", set()),
    ],
)
def test_forces_clearing_a_place_took_it(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_an_adverb_between_have_and_taken() -> None:
    text = "Moscow's Defense Ministry said its forces have now taken Mykhailivka, a village near Selydove."

    assert seen(text, date(2024, 10, 7)) == {("advance", "RU", "Mykhailivka")}


def test_an_event_at_a_village_known_only_by_its_raion_centre_is_near_it_not_at_it() -> None:
    text = "Ukrainian forces retook the village of Piatykhatky in the Zaporizhzhia region."

    [event] = extract_events(read_text(text, published=date(2023, 6, 19)), load_gazetteer())

    assert (event.event_type, event.actor, event.place) == ("advance", "UA", "Piatykhatky")
    assert event.geo_precision == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb goes on, unsaid, for the next community's list
        (
            "Terny and Yampolivka were shelled in the Lyman community, and Stupochky and Predtechyne in the "
            "Kostiantynivka community.",
            {("strike", "RU", p) for p in ("Terny", "Yampolivka", "Stupochky", "Predtechyne")},
        ),
        # a community's district only locates it
        (
            "In the Pokrovske community of Synelnykove district, Russian drones struck overnight.",
            {("strike", "RU", "Pokrovske")},
        ),
        (
            "The ministry said the settlement of Nevelske went under control of the Russian army.",
            {("advance", "RU", "Nevelske")},
        ),
    ],
)
def test_round_ups_of_communities(text: str, expected: set[tuple[str, str, str]]) -> None:
    article = read_text(text, published=date(2024, 4, 28), source="Ukrinform")
    found = {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attacks counted on localities are a regional administration's count of fire
        (
            "In Donetsk Oblast, Russian troops launched seven attacks on localities, damaging over 14"
            " buildings.",
            {("strike", "RU", "Donetsk Oblast")},
        ),
        # ... attacks on positions are assaults that took nothing
        (
            "Russian troops launched seven attacks on Ukrainian positions near Pokrovsk.",
            {("contact", "UA", "Pokrovsk")},
        ),
        # a danger an evacuation flees is not yet an event
        (
            "Authorities ordered families to leave Kostiantynivka due to the danger posed by Russia's"
            " advances.",
            set(),
        ),
    ],
)
def test_attacks_counted_on_localities_and_dangers_posed(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert seen(text) == expected


def test_a_headline_of_the_day_s_toll_puts_every_counted_casualty_under_fire() -> None:
    text = (
        "In Donetsk Oblast, three people were killed over the past day, the governor reported.\n\n"
        "This included two people killed and five injured in Kostiantynivka, one civilian killed in "
        "Illinivka, and one injured in Sloviansk."
    )
    article = read_text(
        text,
        title="Russian attacks kill 7, injure 41 in Ukraine over past day",
        published=date(2025, 9, 24),
        source="The Kyiv Independent",
    )

    found = {(e.event_type, e.place) for e in extract_events(article, load_gazetteer())}

    assert {("strike", "Kostiantynivka"), ("strike", "Illinivka"), ("strike", "Sloviansk")} <= found


def test_the_force_after_a_strike_of_is_who_struck_not_the_village_after_the_shelling_of() -> None:
    text = "Bogomaz said the strike of the Armed Forces of Ukraine on the town of Klimovo damaged a house."

    assert seen(text, date(2023, 1, 31)) == {("strike", "UA", "Klimovo")}


def test_an_attack_with_a_drone_is_fire_not_an_assault() -> None:
    text = (
        "Ukrainian troops attacked the village of Tyotkino in the Kursk region"
        " with an unmanned aerial vehicle."
    )

    assert {(t, a) for t, a, _ in seen(text)} == {("strike", "UA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Serhiy Lysak said one person had been killed by a Russian drone in Novopavlivka.",
            {("strike", "RU", "Novopavlivka")},
        ),
        (
            "Ukrainian drones reportedly ignited several oil tanks in Russia's Rostov region.",
            {("strike", "UA", "Rostov Oblast")},
        ),
        (
            "The mayor said it was the deadliest attack on Kryvyi Rih since the start of the war.",
            {("strike", "RU", "Kryvyi Rih")},
        ),
        # a crash is no fire
        ("A man was injured in a car crash in Kharkiv.", set()),
    ],
)
def test_fire_told_by_what_it_did(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side that qualifies the noun of fire struck, whoever opens the sentence
        (
            "Ukrainian authorities had urged residents to evacuate from Vovche last month due to Russian"
            " air strikes.",
            {("strike", "RU", "Vovche")},
        ),
        # ... not the side that came under fire
        ("However, the Russians came under fire while crossing near Sudzha.", {("strike", "UA", "Sudzha")}),
        # a motorized rifle regiment is Russia's
        (
            "The 1435th Motorized Rifle Regiment took control of Hnativka near Pokrovsk.",
            {("advance", "RU", "Hnativka")},
        ),
    ],
)
def test_who_fired_and_whose_units(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_facilities_listed_by_their_towns_are_each_struck() -> None:
    text = (
        "Ukrainian drones attacked the Kushchyovskaya air base and the Slavyansk oil refinery"
        " in Russia's Krasnodar region."
    )

    assert seen(text, date(2024, 5, 19)) == {
        ("strike", "UA", "Kushchyovskaya"),
        ("strike", "UA", "Slavyansk-na-Kubani"),
    }


def test_air_bases_no_town_is_named_after_are_places_and_fire_on_them_is_ukraine_s() -> None:
    text = "The drones targeted the Olenya air base in the Murmansk region overnight."

    [event] = extract_events(read_text(text, published=date(2025, 6, 1)), load_gazetteer())

    assert (event.event_type, event.actor, event.place) == ("strike", "UA", "Olenya air base")
    assert abs(event.lat - 68.15) < 0.1 and abs(event.lon - 33.46) < 0.2


def test_its_drones_are_the_weapons_of_the_side_the_pronoun_stands_for() -> None:
    assert seen("The SBU said its drones hit Dyagilevo overnight.", date(2025, 6, 1)) == {
        ("strike", "UA", "Dyagilevo air base")
    }
