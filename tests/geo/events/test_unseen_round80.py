"""Round 80 of unseen reporting: "the enemy" of an occupation head's statement read across its sentences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_the_enemy_of_an_occupation_heads_statement_struck_the_towns_it_lists(seen: Seen) -> None:
    text = (
        "Leonid Pasechnik said on Telegram that air defences downed 12 drones over the republic. "
        '"Overnight, the enemy attacked three districts. Strikes have been carried out on Starobilsk and '
        'Svatove. No one was hurt," the statement reads.'
    )
    found = seen(text, published=date(2025, 9, 25))
    assert {("strike", "UA", "Starobilsk"), ("strike", "UA", "Svatove")} <= found
    assert not any(actor == "RU" for _, actor, _ in found)


def test_a_city_and_the_other_cities_named_after_including_are_all_struck(seen: Seen) -> None:
    text = "Blasts shook Odesa and other Ukrainian cities early on Tuesday, including Mykolaiv and Kherson."
    assert seen(text, published=date(2023, 5, 9)) == {
        ("strike", "RU", "Odesa"),
        ("strike", "RU", "Mykolaiv"),
        ("strike", "RU", "Kherson"),
    }


def test_a_region_that_suffered_an_air_attack_was_struck(seen: Seen) -> None:
    text = "The Volyn region suffered a massive enemy air attack overnight."
    assert seen(text, published=date(2025, 7, 4)) == {("strike", "RU", "Volyn Oblast")}


def test_a_works_taken_in_a_town_is_ground_taken_in_the_town(seen: Seen) -> None:
    text = (
        "Russian troops took full control of the Azot chemical plant in the north of the city of "
        "Sievierodonetsk."
    )
    assert seen(text, published=date(2022, 6, 24)) == {("advance", "RU", "Sievierodonetsk")}


def test_forces_that_swept_into_a_town_or_broke_through_to_its_centre_advanced(seen: Seen) -> None:
    assert seen(
        "Russian troops swept into Bucha in the first days of March.", published=date(2022, 4, 2)
    ) == {("advance", "RU", "Bucha")}
    text = "Wagner assault units made a breakthrough to the centre of the village of Krasna Hora."
    assert seen(text, published=date(2023, 2, 12)) == {("advance", "RU", "Krasna Hora")}
    # (weather that swept into a city took no ground)
    assert seen("A storm swept into Odesa on Monday.", published=date(2023, 11, 27)) == set()


def test_russian_backed_forces_that_said_they_took_a_village_took_it(seen: Seen) -> None:
    text = "Russian-backed forces said on Tuesday they had captured the village of Pisky near Donetsk."
    assert seen(text, published=date(2022, 8, 24)) == {("advance", "RU", "Pisky")}


def test_the_enemy_of_a_ukrainian_military_statement_in_a_story_of_russian_sources(seen: Seen) -> None:
    text = (
        "Russian-appointed official Vladimir Rogov told Russian news agencies that Enerhodar was shelled. "
        "The Ukrainian military also said its forces in the town of Vuhledar repelled a Russian assault "
        "despite enemy artillery and airstrikes."
    )
    found = seen(text, published=date(2022, 8, 28))
    assert ("strike", "RU", "Vuhledar") in found
    assert ("strike", "UA", "Vuhledar") not in found


def test_what_a_deed_made_possible_was_done(seen: Seen) -> None:
    text = "This Ukrainian counteroffensive made it possible to retake most of the Kharkiv region."
    assert ("advance", "UA", "Kharkiv Oblast") in seen(text, published=date(2022, 10, 3))
    # (what a deed would have made possible was not done)
    text = "A second bridge would have made it possible for Ukrainian forces to retake Lyman."
    assert seen(text, published=date(2022, 9, 20)) == set()


def test_the_pronoun_of_an_opening_clause_is_the_side_named_after_the_comma(seen: Seen) -> None:
    text = "As they pushed into Kupiansk, Russian troops suffered heavy losses."
    assert seen(text, published=date(2022, 2, 27)) == {("advance", "RU", "Kupiansk")}
    text = (
        "Even as it loses ground in Ukraine's southern Kherson and northeastern Luhansk regions, Russia "
        "keeps up its assault on the town of Bakhmut."
    )
    found = seen(text, published=date(2022, 10, 14))
    assert ("retreat", "RU", "Kherson Oblast") in found
    assert ("advance", "RU", "Kherson Oblast") not in found


def test_troops_forced_to_lose_positions_lost_them(seen: Seen) -> None:
    text = (
        "Ukrainian units advanced near Bakhmut, forcing Russian troops to lose some positions near "
        "Klishchiivka."
    )
    assert ("retreat", "RU", "Klishchiivka") in seen(text, published=date(2023, 5, 20))
    # (what a plan aims at is not done)
    text = "The plan aims at forcing Russian troops to lose their positions near Klishchiivka."
    assert seen(text, published=date(2023, 5, 20)) == set()


def test_blasts_heard_in_cities_after_an_attack_on_another_struck_them(seen: Seen) -> None:
    text = "Russia attacked Kyiv overnight, and explosions were heard in Kharkiv, Zaporizhzhia and Odesa."
    assert seen(text, published=date(2024, 6, 1)) == {
        ("strike", "RU", "Kyiv"),
        ("strike", "RU", "Kharkiv"),
        ("strike", "RU", "Zaporizhzhia"),
        ("strike", "RU", "Odesa"),
    }


def test_a_village_taken_in_a_region_and_never_named_is_the_regions_news(seen: Seen) -> None:
    text = (
        "Last month Russia claimed the capture of a village in the Sumy region for the first time since 2022."
    )
    assert seen(text, published=date(2025, 4, 2)) == {("advance", "RU", "Sumy Oblast")}
    # (named later in the article, the village is where the taking is)
    text = (
        "Russia said it had captured another village in the Donetsk region. Its troops took Ocheretyne after "
        "weeks of fighting, the ministry said."
    )
    assert seen(text, published=date(2024, 5, 5)) == {("advance", "RU", "Ocheretyne")}


def test_a_community_named_by_its_stem_alone_is_its_seat(seen: Seen) -> None:
    text = "A Russian drone struck a civilian car in Myriv hromada, Nikopol district, killing a man."
    assert ("strike", "RU", "Myrove") in seen(text, published=date(2025, 3, 29))


def test_troops_that_arrived_in_the_centre_of_a_city_took_it(seen: Seen) -> None:
    text = "Ukrainian troops arrived in the centre of Kherson on Friday after Russia abandoned the city."
    assert {("advance", "UA", "Kherson"), ("retreat", "RU", "Kherson")} <= seen(
        text, published=date(2022, 11, 11)
    )
    # (people who are no force arrived, took nothing)
    assert (
        seen("Journalists arrived in the centre of Kherson on Friday.", published=date(2022, 11, 12)) == set()
    )


def test_the_regional_capital_of_the_province_its_sentence_names(seen: Seen) -> None:
    text = (
        "Russian shelling hit Zaporizhzhia overnight, the governor said. In Kherson province, Governor "
        "Oleksandr Prokudin said a resident was killed north of the regional capital."
    )
    found = seen(text, published=date(2023, 8, 20))
    assert ("strike", "RU", "Zaporizhzhia") in found
    assert ("strike", "RU", "Kherson Oblast") in found  # not Zaporizhzhia again


def test_a_province_held_for_the_past_months_is_no_taking(seen: Seen) -> None:
    text = "Russian forces have occupied the entire Luhansk province for the past two and a half months."
    assert seen(text, published=date(2022, 9, 20)) == set()
    # (a taking told with its day still is)
    assert seen("Russian forces occupied Lyman on Friday.", published=date(2022, 5, 28)) == {
        ("advance", "RU", "Lyman")
    }


def test_a_withdrawal_demanded_ruled_out_or_named_a_demand_is_no_retreat(seen: Seen) -> None:
    day = date(2025, 12, 10)
    assert (
        seen(
            "Russia insists on Ukraine's withdrawal from the Zaporizhzhia and Kherson regions.", published=day
        )
        == set()
    )
    assert seen("Zelensky ruled out a withdrawal from Kramatorsk and Sloviansk.", published=day) == set()
    text = "A Ukrainian pullout from the rest of Donetsk Oblast is Moscow's key demand."
    assert seen(text, published=day) == set()
    # (a withdrawal told as done still is one)
    text = "Ukraine's withdrawal from Avdiivka was completed on Saturday."
    assert seen(text, published=date(2024, 2, 18)) == {("retreat", "UA", "Avdiivka")}


def test_a_city_said_to_be_under_partial_russian_control_was_not_taken(seen: Seen) -> None:
    text = "Zaporizhzhia, which is under partial Russian control, is still a hot spot in the war."
    assert seen(text, published=date(2024, 8, 20)) == set()
    # (a town Ukraine held said to be under Russian control now is the news of its taking)
    assert seen("Pokrovsk is now under Russian control, the ministry said.", published=date(2025, 12, 1)) == {
        ("advance", "RU", "Pokrovsk")
    }


def test_a_photo_caption_naming_the_war_is_no_strike_where_it_was_taken(seen: Seen) -> None:
    text = (
        "A woman walks past a burnt Russian tank, as Russia's attack on Ukraine continues, in the village of "
        "Lukashivka, Chernihiv region, Ukraine April 4, 2022."
    )
    assert seen(text, published=date(2022, 4, 4)) == set()


def test_towns_shelled_as_the_town_before_them_was(seen: Seen) -> None:
    text = "Kramatorsk was shelled on Monday, as were Sloviansk and Druzhkivka, the governor said."
    assert seen(text, published=date(2023, 1, 10)) == {
        ("strike", "RU", "Kramatorsk"),
        ("strike", "RU", "Sloviansk"),
        ("strike", "RU", "Druzhkivka"),
    }
