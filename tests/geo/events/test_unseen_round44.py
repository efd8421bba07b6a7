"""Round 44 of unseen reporting: an attack told with the civilian it killed (fire, not an assault),
rockets that "have fallen on" towns, towns that were "the main targets of shelling", fire both sides
exchanged (no one side's strike), the loser of a rout named as a noun, and a drone that hit a "Russian"
plant in Russia (whose the plant is, not who flew it); "them" after a verb of taking (the villages listed
just before), "it" after a long joined infinitive, "the retreat of the Russians", a drone attack "on Moscow"
(the city, not its government) and forces that "suffered" an attack (its target)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_an_attack_that_killed_a_man_on_the_street_is_fire(seen: Seen) -> None:
    text = (
        "Russia launched an attack against the village of Bilozerka in Kherson Oblast on June 4, killing a "
        "61-year-old woman in her yard, the governor reported."
    )
    found = seen(text, published=date(2024, 6, 5))
    assert ("strike", "RU", "Bilozerka") in found
    assert not any(e[0] == "advance" for e in found)


def test_an_attack_that_killed_soldiers_is_still_an_assault(seen: Seen) -> None:
    text = (
        "Russian forces launched an attack against the village of Robotyne on Tuesday, losing a dozen "
        "armoured vehicles, the brigade said."
    )
    found = seen(text, published=date(2023, 9, 13))
    assert not any(e[0] == "strike" for e in found)


def test_rockets_that_have_fallen_on_towns_struck_each(seen: Seen) -> None:
    text = "Overnight, rockets have fallen on Kramatorsk, Druzhkivka and Sloviansk, the regional police said."
    found = seen(text, published=date(2023, 3, 2))
    for town in ("Kramatorsk", "Druzhkivka", "Sloviansk"):
        assert ("strike", "RU", town) in found


def test_towns_that_were_the_main_targets_of_shelling_were_struck(seen: Seen) -> None:
    # (the town the sentence opens with, not the river nearest the fire)
    text = (
        "Of the civilian sites outside the combat zone, Nikopol and towns in the Dnipropetrovsk oblast on "
        "the bank of the Dnipro were the main targets of artillery shelling."
    )
    assert ("strike", "RU", "Nikopol") in seen(text, published=date(2023, 8, 1))


def test_a_town_targeted_by_ground_attacks_that_were_repelled_is_no_strike(seen: Seen) -> None:
    text = (
        "Lysychansk was the target of Russian attacks overnight, but assaults on the city were repelled, "
        "the General Staff said."
    )
    assert not any(e[0] == "strike" for e in seen(text, published=date(2022, 6, 20)))


def test_an_exchange_of_artillery_fire_is_no_one_sides_strike(seen: Seen) -> None:
    text = (
        "Near Kreminna and Svatove there were local firefights combined with an exchange of artillery fire, "
        "but the positions did not change."
    )
    assert not any(e[0] == "strike" for e in seen(text, published=date(2023, 2, 20)))


def test_troops_that_exchanged_fire_near_a_town_struck_nothing_alone(seen: Seen) -> None:
    text = "Russian and Ukrainian troops exchanged artillery fire near Bilohorivka on Sunday."
    assert not any(e[0] == "strike" for e in seen(text, published=date(2023, 3, 5)))


def test_the_loser_of_a_rout_named_as_a_noun_did_not_take_the_town(seen: Seen) -> None:
    text = (
        "The offensive that ended in the defeat of Ukrainian troops and the liberation of the town of "
        "Marinka was conducted by a grouping of Russian troops, the Russian Defence Ministry said."
    )
    found = seen(text, published=date(2023, 12, 26))
    assert ("advance", "RU", "Marinka") in found
    assert ("advance", "UA", "Marinka") not in found


def test_a_drone_that_hit_a_russian_plant_in_russia_is_ukraines(seen: Seen) -> None:
    # ("Russian" says whose the plant is, not who flew the drone)
    text = (
        "A kamikaze drone has hit the major Russian aircraft plant in Taganrog, Rostov region, local "
        "channels reported on Tuesday."
    )
    assert ("strike", "UA", "Taganrog") in seen(text, published=date(2025, 7, 8))


def test_a_blast_in_russia_stays_unclaimed(seen: Seen) -> None:
    text = "A blast ripped through a warehouse in Taganrog, Rostov region, on Tuesday; the cause is unknown."
    found = seen(text, published=date(2025, 7, 8))
    assert ("strike", "UA", "Taganrog") not in found


def test_them_after_a_taking_verb_stands_for_the_villages_just_listed(seen: Seen) -> None:
    text = (
        "Kyiv said Ivanivka and Zelenyi Hai were still held on Monday. But the DeepState monitor said on "
        "Tuesday that Russian forces had captured them."
    )
    found = seen(text, published=date(2025, 10, 14))
    assert ("advance", "RU", "Ivanivka") in found
    assert ("advance", "RU", "Zelenyi Hai") in found
    assert not any(e[2] == "Kyiv" for e in found)  # the government that spoke, no town taken


def test_them_after_soldiers_stands_for_the_soldiers(seen: Seen) -> None:
    text = (
        "Ukrainian soldiers were holding positions near Ivanivka and Zelenyi Hai. Russian forces surrounded "
        "the soldiers and captured them."
    )
    assert not any(e[0] == "advance" for e in seen(text, published=date(2025, 10, 14)))


def test_it_after_a_long_joined_infinitive_is_the_village_named_before_it(seen: Seen) -> None:
    # (the town a direction opens the sentence with only says where: "South of Izyum")
    text = (
        "South of Izyum a Russian assault group managed to push through the Ukrainian defence around the "
        "village of Dovhenke and capture it."
    )
    found = seen(text, published=date(2022, 6, 1))
    assert ("advance", "RU", "Dovhenke") in found
    assert ("advance", "RU", "Izium") not in found


def test_the_retreat_of_the_russians_is_a_russian_retreat(seen: Seen) -> None:
    text = "The brigade commented on reports of the retreat of the Russians near Kurdiumivka on Friday."
    assert ("retreat", "RU", "Kurdiumivka") in seen(text, published=date(2023, 9, 16))


def test_a_drone_attack_on_moscow_is_on_the_city_not_by_its_government(seen: Seen) -> None:
    text = "A massive drone attack on Moscow and the Moscow Region began at dawn, the mayor said."
    found = seen(text, published=date(2025, 5, 7))
    assert ("strike", "UA", "Moscow") in found
    assert ("strike", "UA", "Moscow Oblast") in found


def test_moscow_that_launched_drones_is_still_the_attacker(seen: Seen) -> None:
    text = "Moscow launched a massive drone attack on Kyiv overnight, the air force said."
    assert ("strike", "RU", "Kyiv") in seen(text, published=date(2025, 5, 7))


def test_forces_that_suffered_an_attack_were_its_target(seen: Seen) -> None:
    text = (
        "Russian forces suffered a major new attack early today in occupied Mariupol, believed to have used "
        "long-range missiles."
    )
    assert ("strike", "UA", "Mariupol") in seen(text, published=date(2023, 6, 10))


def test_the_communities_of_a_district_after_namely_were_struck(seen: Seen) -> None:
    text = (
        'The governor said: "The Russians attacked the Synelnykove district overnight, namely the Vasylkivka '
        'and Rozdory hromadas."'
    )
    found = seen(text, published=date(2025, 7, 18))
    assert ("strike", "RU", "Vasylkivka") in found
    assert ("strike", "RU", "Rozdory") in found


def test_villages_returned_to_control_in_a_direction_are_ukraines_advance(seen: Seen) -> None:
    text = "Three more villages have been returned to control in the Kupiansk direction, the commander said."
    assert ("advance", "UA", "Kupiansk") in seen(text, published=date(2025, 11, 20))


def test_a_raion_of_kursk_is_the_oblasts_not_a_part_of_the_city(seen: Seen) -> None:
    text = "On Sunday a drone attacked a car in the Rylsky district of Kursk, injuring the driver."
    found = seen(text, published=date(2025, 2, 2))
    assert ("strike", "UA", "Ryl’sk") in found  # (GeoNames' romanisation)
    assert not any(e[2] == "Kursk" for e in found)


def test_a_village_temporarily_occupied_by_invaders_was_taken_then(seen: Seen) -> None:
    text = (
        "In 2022 the town of Kupiansk was temporarily occupied by the Russian invaders, but Ukrainian forces "
        "regained control of it in September."
    )
    found = seen(text, published=date(2024, 7, 3))
    assert ("advance", "RU", "Kupiansk") in found
    assert ("advance", "UA", "Kupiansk") in found


def test_the_temporarily_occupied_territories_are_no_taking(seen: Seen) -> None:
    text = "Residents of the temporarily occupied Nova Kakhovka reported explosions overnight."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2024, 7, 3)))


def test_an_offensive_into_a_region_is_an_advance_into_it(seen: Seen) -> None:
    text = "Belgorod has been on alert since a surprise Ukrainian offensive into the nearby Kursk region."
    assert ("advance", "UA", "Kursk Oblast") in seen(text, published=date(2024, 9, 20))


def test_prospects_for_advancing_are_no_advance(seen: Seen) -> None:
    text = "This creates prospects for advancing to the district centre of Borova, on the reservoir's shore."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2025, 5, 29)))



def test_attacks_a_side_pledged_to_reduce_are_no_strike(seen: Seen) -> None:
    text = "Russia pledged to drastically reduce military attacks on Chernihiv and the capital Kyiv."
    assert not any(e[0] == "strike" for e in seen(text, published=date(2022, 3, 29)))


def test_attacks_an_oblast_prepares_for_are_no_strike(seen: Seen) -> None:
    text = "The oblast is preparing for two major Russian attacks on Lysychansk, the governor said."
    assert not any(e[0] == "strike" for e in seen(text, published=date(2022, 6, 1)))


def test_the_place_missiles_were_fired_from_is_not_hit(seen: Seen) -> None:
    text = "According to Ukrainian officials, the Russians fired two Iskander-M missiles from Crimea."
    assert not any(e[2] == "Crimea" for e in seen(text, published=date(2023, 5, 3)))


def test_a_side_that_retreated_after_a_failed_assault_gave_up_no_ground(seen: Seen) -> None:
    text = (
        "In the Bakhmut direction, the enemy conducted assault operations, had no success, suffered losses, "
        "and retreated near Klishchiivka."
    )
    assert not any(e[0] in ("advance", "retreat") for e in seen(text, published=date(2022, 12, 10)))


def test_an_assault_launched_that_came_to_nothing_took_no_ground(seen: Seen) -> None:
    text = 'Moscow claimed Ukrainian forces launched an assault on Krynky but suffered "heavy losses".'
    assert not any(e[0] == "advance" for e in seen(text, published=date(2023, 11, 20)))


def test_an_assault_launched_that_took_the_village_is_an_advance(seen: Seen) -> None:
    text = "Russian forces launched an assault on Krynky and captured the village, Moscow said."
    assert ("advance", "RU", "Krynky") in seen(text, published=date(2024, 7, 20))


def test_a_count_of_the_missing_does_not_hedge_the_retreat_it_followed(seen: Seen) -> None:
    text = (
        "The newspaper reported that during the retreat of the Ukrainian forces from Avdiivka, up to 1,000 "
        "servicemen may have gone missing."
    )
    assert ("retreat", "UA", "Avdiivka") in seen(text, published=date(2024, 2, 21))


def test_a_side_that_has_not_commented_on_a_strike_did_not_make_it(seen: Seen) -> None:
    text = (
        "Ukraine has not yet commented on the strike, which coincided with Russian drone attacks on Kyiv, "
        "marking another escalation in the war."
    )
    found = seen(text, published=date(2024, 9, 10))
    assert ("strike", "RU", "Kyiv") in found
    assert ("strike", "UA", "Kyiv") not in found


def test_a_capital_a_distance_is_measured_from_is_no_side(seen: Seen) -> None:
    text = (
        "The drone attack took place in the Ramenskoye district, some 50 km southeast of the Kremlin, "
        "and damaged several apartment blocks."
    )
    assert ("strike", "UA", "Ramenskoye") in seen(text, published=date(2024, 9, 10))


def test_a_side_that_announced_a_drone_attack_on_crimea_is_no_striker(seen: Seen) -> None:
    text = "The Russian Defence Ministry announced that Crimea had been hit by a large-scale drone attack."
    assert ("strike", "UA", "Crimea") in seen(text, published=date(2023, 8, 29))

