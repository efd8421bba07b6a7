"""Round 62 of unseen reporting: the battle for Luhansk Oblast in 2022, the Svatove-Kreminna line, strikes
on western Ukraine and deep in Russia, and Moscow's daily briefings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_country_whose_part_lost_power_is_not_the_striker(seen: Seen) -> None:
    text = (
        "Drones and cruise missiles shut off electricity to much of Ukraine and targeted air bases "
        "in the Kiev "
        "and Dnepropetrovsk regions, Moscow said."
    )
    found = seen(text, published=date(2024, 8, 27))
    assert ("strike", "RU", "Kyiv Oblast") in found
    assert not any(actor == "UA" for _, actor, _ in found)


def test_towns_shelled_before_bridges_destroyed_are_plain_strikes(seen: Seen) -> None:
    text = (
        "The Russians shelled the training ground in Severodonetsk, shelled the villages of Synetskyi and "
        "Borivske, and destroyed the bridges to Lysychansk, the governor said."
    )
    found = seen(text, published=date(2022, 6, 23))
    assert {("strike", "RU", "Synetskyi"), ("strike", "RU", "Borivske")} <= found
    assert ("bridge_strike", "RU", "Lysychansk") in found
    assert ("bridge_strike", "RU", "Synetskyi") not in found


def test_a_town_being_subjected_to_attacks_is_struck(seen: Seen) -> None:
    text = "Lysychansk is being subjected to Russian attacks from the air, the regional governor said."
    assert ("strike", "RU", "Lysychansk") in seen(text, published=date(2022, 6, 20))


def test_a_town_taken_after_the_other_side_retreated_is_the_taker_s(seen: Seen) -> None:
    text = (
        "Ukrainian troops retreated from the eastern Ukrainian city of Popasna, the governor of "
        "Luhansk region "
        "said on Sunday, confirming previous reports that it had been taken."
    )
    found = seen(text, published=date(2022, 5, 8))
    assert ("retreat", "UA", "Popasna") in found
    assert ("advance", "UA", "Popasna") not in found


def test_ground_a_side_has_occupied_since_a_date_is_held_not_taken(seen: Seen) -> None:
    text = "Ukrainian drones struck Melitopol, which Russia has occupied since early March 2022."
    found = seen(text, published=date(2024, 5, 8))
    assert ("strike", "UA", "Melitopol") in found
    assert ("advance", "RU", "Melitopol") not in found


def test_having_occupied_villages_since_monday_is_still_news(seen: Seen) -> None:
    text = "Russian troops have occupied Vesele since Monday, the General Staff said."
    assert ("advance", "RU", "Vesele") in seen(text, published=date(2022, 6, 22))


def test_forces_successfully_advancing_toward_a_town_advance_near_it(seen: Seen) -> None:
    text = "ISW said Russian forces are successfully advancing toward Lysychansk from the south."
    assert ("advance", "RU", "Lysychansk") in seen(text, published=date(2022, 6, 22))


def test_beginning_to_advance_toward_a_town_is_only_an_aim(seen: Seen) -> None:
    text = "Russian troops began advancing towards Lysychansk from the south."
    assert ("advance", "RU", "Lysychansk") not in seen(text, published=date(2022, 6, 22))


def test_units_forced_to_move_away_from_a_town_retreated(seen: Seen) -> None:
    text = (
        "The governor stated that the units of the AFU were forced to move away from Sievierodonetsk, which "
        "has been under shelling since the first day of the Russian invasion."
    )
    found = seen(text, published=date(2022, 6, 24))
    assert ("retreat", "UA", "Sievierodonetsk") in found
    assert not any(kind == "strike" for kind, _, _ in found)  # years of fire, no one strike


def test_residents_forced_to_move_away_are_no_retreat(seen: Seen) -> None:
    text = "Residents were forced to move away from Sievierodonetsk as the shelling grew."
    assert not any(kind == "retreat" for kind, _, _ in seen(text, published=date(2022, 6, 24)))


def test_efforts_that_led_to_a_liberation_are_no_aim(seen: Seen) -> None:
    text = (
        "The Azov Corps reported that coordinated efforts by units of the Armed Forces of Ukraine and the "
        "National Guard led to the liberation of Pankivka on the Dobropillia front."
    )
    assert ("advance", "UA", "Pankivka") in seen(text, published=date(2025, 9, 15))


def test_forces_operating_in_a_long_named_area_cleared_a_village(seen: Seen) -> None:
    text = (
        "The Ukrainian defence forces operating in the area of responsibility of the 1st Azov Corps of the "
        "National Guard have cleared the village of Pankivka near Dobropillia of Russian forces."
    )
    assert ("advance", "UA", "Pankivka") in seen(text, published=date(2025, 9, 15))


def test_wanting_a_side_to_withdraw_is_still_an_aim(seen: Seen) -> None:
    text = "Moscow wants Ukrainian troops to withdraw from Kostiantynivka and Kramatorsk."
    assert not seen(text, published=date(2025, 9, 15))


def test_messages_from_russia_that_confirm_drone_attacks_name_no_russian_drones(seen: Seen) -> None:
    text = (
        "Numerous videos and text messages from Russia confirm drone attacks and explosions at the "
        "Olenya air "
        "base in the Murmansk region."
    )
    found = seen(text, published=date(2025, 6, 1))
    assert ("strike", "UA", "Olenya air base") in found
    assert ("strike", "RU", "Olenya air base") not in found


def test_weapons_a_plant_makes_parts_for_are_not_the_next_strikes_side(seen: Seen) -> None:
    text = (
        "He said the Progress plant produces components for Russian missile and artillery systems. Tambov "
        "region Governor Yevgeny Pervyshov confirmed a drone strike on an enterprise in Michurinsk."
    )
    found = seen(text, published=date(2025, 6, 3))
    assert ("strike", "UA", "Michurinsk") in found
    assert ("strike", "RU", "Michurinsk") not in found


def test_the_war_s_sum_and_its_start_are_no_events(seen: Seen) -> None:
    text = (
        "Kursk was one of Kyiv’s few bargaining chips in swapping land with Russia, which has seized and "
        "occupied around a fifth of Ukraine since it took Crimea in 2014 and launched its full-scale assault "
        "in February 2022."
    )
    assert not seen(text, published=date(2025, 3, 12))


def test_the_troops_named_again_are_the_side_named_before(seen: Seen) -> None:
    text = (
        "In the neighbouring Kursk region, Ukrainian forces had maintained control over parts of the "
        "territory "
        "for several months. However the troops have since retreated from most of the Kursk region."
    )
    assert ("retreat", "UA", "Kursk Oblast") in seen(text, published=date(2025, 4, 8))


def test_troops_shelled_are_no_subject(seen: Seen) -> None:
    text = "Ukrainian forces captured Sudzha. Russian artillery shelled the troops near Sudzha."
    assert ("strike", "RU", "Sudzha") in seen(text, published=date(2024, 8, 20))


def test_permission_sought_to_use_missiles_is_no_strike(seen: Seen) -> None:
    text = (
        "Kyiv is also seeking permission from its western allies to use long-range missiles they have "
        "provided Ukraine with to strike deep inside Russia."
    )
    assert not seen(text, published=date(2024, 9, 21))


def test_a_side_forced_to_use_missiles_struck(seen: Seen) -> None:
    text = "Russia was forced to use Iskander missiles against Kharkiv on Monday."
    assert ("strike", "RU", "Kharkiv") in seen(text, published=date(2024, 9, 21))


def test_the_town_after_a_fortress_for_kiev_is_the_fortress(seen: Seen) -> None:
    text = (
        "Last week, Moscow announced the capture of Avdeevka in the DPR, which had served as a "
        "pivotal fortress for "
        "Kiev since the early stages of the conflict. After months of immense pressure from Russian "
        "forces, the "
        "Ukrainian military ordered its troops to withdraw from the town on Friday."
    )
    found = seen(text, published=date(2024, 2, 22))
    assert ("retreat", "UA", "Avdiivka") in found
    assert ("retreat", "UA", "Kyiv") not in found


def test_the_side_facing_difficulties_after_bridges_were_damaged_did_not_damage_them(seen: Seen) -> None:
    text = (
        "Ukraine on Sunday said Russian troops who have crossed the Dnipro river in the southern "
        "Kherson region "
        "were facing growing difficulties after strategic bridges were damaged."
    )
    found = seen(text, published=date(2022, 8, 15))
    assert not any(actor == "RU" for kind, actor, _ in found if kind == "bridge_strike")


def test_tourists_fleeing_a_peninsula_are_no_retreat(seen: Seen) -> None:
    text = (
        'The report notes that Russian "tourists" fleeing from occupied Crimea likely increased the '
        'traffic.'
    )
    assert not seen(text, published=date(2023, 7, 18))


def test_a_town_recaptured_a_year_ago_is_dated_a_year_back() -> None:
    text = (
        "The village of Krynky lies close to the Dnipro around 30 km northeast of the city of Kherson, which "
        "Ukraine recaptured almost exactly a year ago."
    )
    found = extract_events(read_text(text, published=date(2023, 11, 15)), load_gazetteer())
    assert {e.date[:7] for e in found if e.place == "Kherson" and e.date} == {"2022-11"}


def test_a_participle_gaining_temporary_control_is_a_gain(seen: Seen) -> None:
    text = (
        "Ukrainian troops landed on the left bank and broke the Russian defense, gaining temporary "
        "control over "
        "part of Pishchanivka in the Kherson region."
    )
    assert ("advance", "UA", "Pishchanivka") in seen(text, published=date(2023, 10, 19))


def test_weapons_a_verb_of_damage_took_name_no_attacker(seen: Seen) -> None:
    text = (
        "Ukraine’s military said on Wednesday it had hit three Russian surface-to-air missile systems in "
        "Russian-occupied Crimea overnight, its second reported strike in days."
    )
    found = seen(text, published=date(2024, 6, 12))
    assert ("strike", "UA", "Crimea") in found
    assert ("strike", "RU", "Crimea") not in found


def test_a_sides_dump_hit_was_hit_by_the_other_side(seen: Seen) -> None:
    found = seen("A Russian munitions dump is hit in Kupyansk.", published=date(2025, 12, 22))
    assert ("strike", "UA", "Kupiansk") in found


def test_the_strike_told_again_by_its_explosions_keeps_its_side(seen: Seen) -> None:
    text = (
        "Ukrainian forces destroyed a thermobaric munitions depot in Donetsk Oblast overnight on "
        "Feb. 28, the "
        "General Staff reported. The post was accompanied by a video of the strike near the town of Selydove "
        "in the embattled Pokrovsk district — an initial explosion is followed by larger explosions."
    )
    assert ("strike", "UA", "Selydove") in seen(text, published=date(2025, 2, 28))


def test_they_have_already_occupied_the_nearby_villages(seen: Seen) -> None:
    text = (
        "According to maps from the DeepState project, Russian forces are attempting to outflank "
        "Vuhledar. They "
        "have already occupied the nearby villages of Prechistivka and Vodyane, positioned on Vuhledar’s "
        "western and eastern flanks, respectively."
    )
    found = seen(text, published=date(2024, 9, 25))
    assert {("advance", "RU", "Prechystivka"), ("advance", "RU", "Vodiane")} <= found


def test_residents_who_occupied_homes_took_no_ground(seen: Seen) -> None:
    text = "Residents returned to Vuhledar last year. They have occupied the abandoned houses of the town."
    assert not any(kind == "advance" for kind, _, _ in seen(text, published=date(2024, 9, 25)))


def test_minor_progress_near_villages_is_a_gain(seen: Seen) -> None:
    text = (
        "The enemy is making minor progress in the area of Mykolayivka and Krutyi Yar, in the "
        "Pokrovsk direction."
    )
    assert ("advance", "RU", "Krutyi Yar") in seen(text, published=date(2024, 9, 26))


def test_forces_that_blockaded_two_cities_advanced_on_both(seen: Seen) -> None:
    text = "The Russian forces have blockaded Kiev and Chernigov, the Defence Ministry said."
    found = seen(text, published=date(2022, 2, 26))
    assert {("advance", "RU", "Kyiv"), ("advance", "RU", "Chernihiv")} <= found


def test_blockaded_ports_are_no_town_closed_round(seen: Seen) -> None:
    assert not seen("Russia blockaded ports near Odesa for months.", published=date(2022, 7, 1))


def test_a_town_liberated_once_a_future_is_met_is_no_event(seen: Seen) -> None:
    text = (
        "In his opinion, the Ukrainian counteroffensive will proceed more rapidly once Tokmak is "
        "liberated."
    )
    assert not seen(text, published=date(2023, 9, 24))


def test_a_gerund_subject_of_a_future_is_no_taking(seen: Seen) -> None:
    text = "According to him, taking this line will allow them to reach the city of Lyman."
    assert not seen(text, published=date(2024, 2, 7))


def test_bridges_blown_near_two_towns_are_struck_at_both(seen: Seen) -> None:
    text = (
        "Russian occupiers have blown up 3 road bridges near the towns of Tsyrkuny and Ruski Tyshky, Kharkiv "
        "Region, in order to hinder the counter-offensive of the Armed Forces."
    )
    found = seen(text, published=date(2022, 5, 7))
    assert {("bridge_strike", "RU", "Tsyrkuny"), ("bridge_strike", "RU", "Ruski Tyshky")} <= found


def test_infrastructure_hit_in_a_list_of_oblasts_is_fire_on_each(seen: Seen) -> None:
    text = (
        "Ukraine said Kremlin forces launched some 322 drones overnight. Civilian infrastructure was hit in "
        "the Kyiv, Kharkiv and Dnipropetrovsk regions, according to authorities."
    )
    found = seen(text, published=date(2025, 7, 5))
    assert {("strike", "RU", "Kyiv Oblast"), ("strike", "RU", "Dnipropetrovsk Oblast")} <= found


def test_villages_taken_counted_oblast_by_oblast_are_gains_in_each(seen: Seen) -> None:
    text = (
        "Russian troops have taken 13 villages since the beginning of November — six in the Dnipropetrovsk "
        "region and seven in the Zaporizhzhia region, he said."
    )
    found = seen(text, published=date(2025, 11, 21))
    assert ("advance", "RU", "Dnipropetrovsk Oblast") in found
    assert ("advance", "RU", "Zaporizhzhia Oblast") in found
