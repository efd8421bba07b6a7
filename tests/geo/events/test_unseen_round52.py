"""Round 52 of unseen reporting: the wires of 2014-2015 name the sides by other words ("rebels stormed the
town", "government soldiers pulled out"), and older datelines carry a full date and no dash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

WINTER_2015 = date(2015, 2, 18)


def test_rebels_and_insurgents_are_the_russian_side(seen: Seen) -> None:
    assert seen("Rebels shelled the town of Debaltseve overnight.", published=WINTER_2015) == {
        ("strike", "RU", "Debaltseve")
    }
    text = "Insurgents armed with automatic weapons stormed Debaltseve on Tuesday."
    assert seen(text, published=WINTER_2015) == {("advance", "RU", "Debaltseve")}


def test_militia_and_militants_are_the_russian_side(seen: Seen) -> None:
    text = "Militia fighters captured the village of Nikishyne, a rebel spokesman said."
    assert seen(text, published=WINTER_2015) == {("advance", "RU", "Nikishyne")}
    text = "The militants launched an assault against Ukrainian positions near Avdiivka on Sunday."
    assert seen(text, published=date(2017, 1, 30)) == {("advance", "RU", "Avdiivka")}


def test_government_soldiers_are_ukraines(seen: Seen) -> None:
    text = "Government soldiers pulled out of Debaltseve on Wednesday after a month-long siege."
    assert seen(text, published=WINTER_2015) == {("retreat", "UA", "Debaltseve")}


def test_russians_who_fight_for_ukraine_stay_ukraines_side(seen: Seen) -> None:
    text = "Russian rebels shelled Tetkino."
    assert seen(text, published=date(2024, 3, 14)) == {("strike", "UA", "Tëtkino")}
    text = (
        "The Freedom of Russia Legion, a Kremlin-opposing militia, claimed to have crossed the border and "
        "taken control of Kozinka."
    )
    assert seen(text, published=date(2023, 5, 22)) == {("advance", "UA", "Kozinka")}
    # (and Moscow's word for Ukraine's forces stays Ukraine's)
    text = "The Zaporizhzhia nuclear plant has faced repeated shelling by militants from the Kiev regime."
    assert seen(text, published=date(2023, 5, 22)) == {("strike", "UA", "Zaporizhzhia Nuclear Power Plant")}


def test_a_retreat_told_before_a_vow_is_told(seen: Seen) -> None:
    text = "Rebels fleeing from the city of Slovyansk vowed to regroup elsewhere and fight on."
    assert seen(text, published=date(2014, 7, 6)) == {("retreat", "RU", "Sloviansk")}
    # ... and a vow still hedges what it vows
    assert seen("The rebels vowed to retake Slovyansk within a week.", published=date(2014, 7, 6)) == set()


def test_forces_that_pushed_north_out_of_a_place_did_not_take_it(seen: Seen) -> None:
    text = "Russian forces pushed north out of Crimea at the beginning of the invasion."
    assert seen(text, published=date(2022, 7, 1)) == set()
    # ... while forces pushed out of a place lost it
    text = "Ukrainian troops pushed Russian forces out of Kyselivka on Tuesday."
    assert ("advance", "UA", "Kyselivka") in seen(text, published=date(2022, 11, 10))


def test_a_counter_attack_that_targeted_villages_is_a_push_on_them(seen: Seen) -> None:
    text = "The Ukrainian counter-attack targeted the villages of Lozove and Bilohirka in the Kherson region."
    assert seen(text, published=date(2022, 5, 31)) == {
        ("advance", "UA", "Lozove"),
        ("advance", "UA", "Bilohirka"),
    }
    # (an assault that targeted a port is a drone assault's aim, no push on the ground)
    text = "Local authorities reported that the assault targeted the port infrastructure of Izmail."
    assert ("advance", "unknown", "Izmail") not in seen(text, published=date(2023, 5, 22))
    # (an attack that targeted a town is fire on it)
    assert seen("Russian attacks targeted Kharkiv overnight.", published=date(2024, 5, 1)) == {
        ("strike", "RU", "Kharkiv")
    }


def test_a_dateline_with_a_full_date_and_no_dash_is_no_place_of_the_event(seen: Seen) -> None:
    text = "Kyiv, July 28, 2014 Ukrainian Armed Forces troops occupied a key height near the border."
    assert seen(text, published=date(2014, 7, 28)) == set()
    text = "Kyiv, July 28, 2014 Ukrainian Armed Forces troops captured the town of Shakhtarsk."
    assert seen(text, published=date(2014, 7, 28)) == {("advance", "UA", "Shakhtarsk")}


def test_unsuccessful_attempts_to_take_a_town_are_contact_not_an_advance(seen: Seen) -> None:
    text = (
        "In the Sievierodonetsk direction, the Russians continue unsuccessful attempts to establish control "
        "over Rubizhne."
    )
    assert seen(text, published=date(2022, 5, 10)) == set()
    text = "Russian troops made failed attempts to capture Bilohorivka."
    assert seen(text, published=date(2022, 5, 10)) == set()


def test_a_capital_that_launched_drones_after_an_aside_is_the_government(seen: Seen) -> None:
    text = (
        "Moscow, which has escalated attacks on Ukraine's infrastructure in recent months, launched 69 "
        "drones at energy facilities across the country overnight."
    )
    assert seen(text, published=date(2025, 11, 10)) == set()
    # (a capital whose aside tells its ordeal is the city)
    text = "Kyiv, which was hit by 20 drones overnight, said air defence shot down most of them."
    assert seen(text, published=date(2025, 11, 10)) == {("strike", "RU", "Kyiv")}


def test_drones_that_launched_an_attack_struck_its_target(seen: Seen) -> None:
    text = (
        "Overnight, Ukrainian drones, operated by the Security Service of Ukraine (SBU) and the Special "
        "Operations Forces, launched an attack on the Borisoglebsk airfield in Russia's Voronezh Oblast."
    )
    assert seen(text, published=date(2024, 10, 3)) == {("strike", "UA", "Borisoglebsk")}
    # ... and an attack on a named airfield is fire, whoever launched it: no infantry storms an airfield
    text = "Ukrainian forces launched an attack on the Saky airfield."
    assert seen(text, published=date(2024, 10, 3)) == {("strike", "UA", "Saki")}
    # (troops' attack on a village is still a push on the ground)
    text = "Russian troops launched an attack on Robotyne."
    assert seen(text, published=date(2024, 10, 3)) == {("advance", "RU", "Robotyne")}


def test_a_village_returned_under_a_sides_control_was_taken_by_it(seen: Seen) -> None:
    text = "The village of Tsyrkuny was returned under the control of the Ukrainian military."
    assert seen(text, published=date(2022, 5, 11)) == {("advance", "UA", "Tsyrkuny")}
    text = "Tsyrkuny returned to Ukrainian control on Tuesday."
    assert seen(text, published=date(2022, 5, 11)) == {("advance", "UA", "Tsyrkuny")}


def test_fire_damage_carried_out_near_villages_is_fire_on_them(seen: Seen) -> None:
    text = (
        "The occupiers are carrying out fire damage from multiple launch rocket systems near Kurulka and "
        "Dolyna, the General Staff said."
    )
    assert seen(text, published=date(2022, 6, 9)) == {("strike", "RU", "Kurulka"), ("strike", "RU", "Dolyna")}


def test_a_monastery_on_fire_after_a_bombardment_is_at_its_own_point(seen: Seen) -> None:
    text = "After Russia's bombardment, the wooden All Saints Monastery of the Svyatogorsk Lavra is on fire."
    assert seen(text, published=date(2022, 6, 4)) == {("strike", "RU", "Sviatohirsk Lavra")}


def test_fighters_escaping_from_a_town_left_it(seen: Seen) -> None:
    text = "He said many militants were desperately escaping from Ilovaisk."
    assert seen(text, published=date(2014, 8, 19)) == {("retreat", "RU", "Ilovaisk")}
    # (civilians escaping leave no front)
    assert seen("Thousands of civilians were escaping from Ilovaisk.", published=date(2014, 8, 19)) == set()


def test_forces_that_fought_their_way_into_a_town_advanced(seen: Seen) -> None:
    text = (
        "Armored vehicles of Ukrainian government forces have fought their way through to the town of "
        "Ilovaisk in the Donetsk region."
    )
    assert seen(text, published=date(2014, 8, 19)) == {("advance", "UA", "Ilovaisk")}


def test_positions_used_to_fire_artillery_on_a_town_struck_it(seen: Seen) -> None:
    text = "Rebels patrolled casually, using positions in Vuhlehirsk to fire artillery on Debaltseve."
    assert seen(text, published=date(2015, 2, 4)) == {("strike", "RU", "Debaltseve")}
    # (a plan to fire is no fire)
    assert seen("The rebels plan to fire artillery on Debaltseve.", published=date(2015, 2, 4)) == set()


def test_an_attack_a_side_tries_to_resume_or_is_kept_from_resuming_is_no_attack(seen: Seen) -> None:
    text = (
        '"The enemy is trying to improve the tactical situation near Izium and resume the attack on the city '
        'of Sloviansk," the General Staff said.'
    )
    assert seen(text, published=date(2022, 5, 26)) == set()
    text = (
        "The Armed Forces of Ukraine do not allow the Russian invaders to improve their positions near Izium "
        "in Kharkiv region and resume the attack on Sloviansk in Donetsk region."
    )
    assert seen(text, published=date(2022, 5, 26)) == set()
    # (an attack resumed is one)
    text = "Russian forces resumed the attack on Sloviansk on Monday."
    assert seen(text, published=date(2022, 5, 26)) == {("strike", "RU", "Sloviansk")}


def test_the_town_after_a_hub_between_two_cities_and_a_capitals_officials_is_the_hub(seen: Seen) -> None:
    text = (
        "Fierce fighting was raging in the streets of Debaltseve, a strategic railway hub between the main "
        "rebel-held cities of Donetsk and Lugansk, according to both Kiev officials and pro-Russian rebels. "
        "\u201cPart of the town has been captured by the bandits,\u201d the defence ministry said."
    )
    assert ("advance", "RU", "Debaltseve") in seen(text, published=WINTER_2015)
    assert not {event for event in seen(text, published=WINTER_2015) if event[2] in ("Luhansk", "Kyiv")}


def test_air_defence_firing_on_planes_strikes_no_place(seen: Seen) -> None:
    text = "Near Marynivka and Snizhne, militia air defence guns were firing on Ukrainian planes."
    assert seen(text, published=date(2014, 7, 14)) == set()
    assert seen("Russian troops were firing on Kurakhove from tanks.", published=date(2024, 10, 1)) == {
        ("strike", "RU", "Kurakhove")
    }


def test_a_ceasefire_struck_between_a_capital_and_rebels_is_no_strike_on_the_capital(seen: Seen) -> None:
    text = (
        "Children sheltered in the basement as the shelling yielded the highest toll since a ceasefire was "
        "struck between Kiev and pro-Russian fighters last month."
    )
    assert seen(text, published=date(2014, 10, 2)) == set()


def test_warplanes_that_struck_from_an_airfield_did_not_strike_it(seen: Seen) -> None:
    text = (
        "Russian missiles hit an apartment block in Serhiivka in the Odesa region. The warplanes reportedly "
        "struck from the east, from Belbek, on the Russian-occupied Crimean Peninsula."
    )
    assert not {event for event in seen(text, published=date(2022, 7, 1)) if event[2] != "Serhiivka"}


def test_a_city_ruined_by_months_of_fire_is_no_one_strike(seen: Seen) -> None:
    text = "Bakhmut and its suburbs were completely destroyed by months of relentless artillery fire."
    assert seen(text, published=date(2023, 11, 29)) == set()
    text = "Bakhmut was destroyed by Russian artillery fire on Tuesday."
    assert seen(text, published=date(2023, 11, 29)) == {("strike", "RU", "Bakhmut")}


def test_a_city_described_as_occupied_was_not_taken_then(seen: Seen) -> None:
    text = (
        "Nova Kakhovka is about 55 kilometers east of the Black Sea port city of Kherson, which is also "
        "occupied by Russian forces."
    )
    assert seen(text, published=date(2022, 7, 12)) == set()
    assert seen("Melitopol is still occupied by Russian forces.", published=date(2022, 7, 12)) == set()
    # (a monitor's news that a town is occupied tells a taking)
    text = "DeepState reported that nearly the entire city of Kurakhove is occupied by Russian forces."
    assert seen(text, published=date(2024, 12, 27)) == {("advance", "RU", "Kurakhove")}


def test_weapons_hit_on_their_way_to_a_region_were_not_hit_there(seen: Seen) -> None:
    text = (
        "As a result of the high-precision strike, Western-made weapons stored in the area for subsequent "
        "delivery to Ukrainian troops in Donbas were hit."
    )
    assert seen(text, published=date(2022, 6, 28)) == set()
    text = "Russian missiles hit a warehouse in Kremenchuk storing weapons for delivery to troops in Donbas."
    assert seen(text, published=date(2022, 6, 28)) == {("strike", "RU", "Kremenchuk")}


def test_the_strike_an_oblasts_governor_counts_the_injured_of_is_the_towns_told_before(seen: Seen) -> None:
    text = (
        "A Russian missile that struck a hotel in the central Ukrainian city of Kryvyi Rih late on Wednesday "
        "killed four people. Volunteers had checked into the hotel just before the strike. Fourteen of the "
        "31 injured in the strike were in a serious condition, said Serhiy Lysak, governor of "
        "Dnipropetrovsk region."
    )
    assert seen(text, published=date(2025, 3, 6)) == {("strike", "RU", "Kryvyi Rih")}


def test_the_same_district_is_no_capital_named_as_its_government(seen: Seen) -> None:
    text = (
        "Kiev's drone and artillery strikes targeting vehicles injured several people in Russia's Kherson "
        "Region, according to local authorities. In another incident in the same district, an artillery "
        "shell hit a passenger car, injuring two civilians."
    )
    assert ("strike", "RU", "Kyiv") not in seen(text, published=date(2025, 7, 22))


def test_a_household_that_lost_someone_lost_no_ground(seen: Seen) -> None:
    text = (
        "When the gathering was struck by a precision missile that Ukrainian officials said was fired by "
        "Russia, almost every household in Hroza in eastern Ukraine lost someone."
    )
    assert seen(text, published=date(2023, 10, 7)) == {("strike", "RU", "Hroza")}


def test_villages_named_after_a_count_near_a_town_were_the_ones_taken(seen: Seen) -> None:
    text = (
        "The advancing Russian troops occupied several strategically important settlements in the vicinity "
        "of Volchansk. Among them are the villages of Pletenevka, Gatishche and Bugrovatka."
    )
    assert seen(text, published=date(2024, 5, 14)) == {
        ("advance", "RU", "Pletenivka"),
        ("advance", "RU", "Hatyshche"),
        ("advance", "RU", "Buhruvatka"),
    }


def test_a_russian_brigade_of_the_northern_fleet_that_lost_its_positions_withdrew(seen: Seen) -> None:
    text = (
        "One military blogger claimed that elements of the 200th Separate Motorized Rifle Brigade from the "
        "14th Army Corps of the Northern Fleet lost their positions between Hryhorivka and "
        "Dubovo-Vasylivka, about 6km northwest of Bakhmut."
    )
    found = seen(text, published=date(2023, 5, 13))
    assert {("retreat", "RU", "Hryhorivka"), ("retreat", "RU", "Dubovo-Vasylivka")} <= found
    # (a Separate brigade named alone is still Ukraine's)
    text = "The 93rd Separate Mechanized Brigade liberated Klishchiivka."
    assert seen(text, published=date(2023, 9, 18)) == {("advance", "UA", "Klishchiivka")}


def test_forces_making_progress_near_a_village_advanced(seen: Seen) -> None:
    text = "The Ukrainian Armed Forces are making progress in the area of Klishchiivka, Donetsk region."
    assert seen(text, published=date(2023, 9, 24)) == {("advance", "UA", "Klishchiivka")}


def test_a_city_that_returns_to_ukraine_was_retaken(seen: Seen) -> None:
    text = '"Kherson returns to Ukraine, as the Armed Forces enter the city," its statement reads.'
    assert ("advance", "UA", "Kherson") in seen(text, published=date(2022, 11, 11))
    assert seen("Thousands of refugees returned to Ukraine in May.", published=date(2022, 11, 11)) == set()


def test_a_sides_officials_and_press_who_tell_of_a_bridge_strike_did_not_strike(seen: Seen) -> None:
    text = (
        "The Kremlin head of its Kherson government, Kirill Stremousov, confirmed as much to the Russian "
        "state news agency TASS following recent attacks on the Antonivskyi Bridge."
    )
    assert ("bridge_strike", "RU", "Antonivskyi Bridge") not in seen(text, published=date(2022, 9, 5))
    # (a side's milbloggers who claim advances still claim their own side's)
    text = "Russian milbloggers claimed advances south of Novokalynove, northeast of Avdiivka."
    assert ("advance", "RU", "Novokalynove") in seen(text, published=date(2024, 1, 10))


def test_ships_that_started_to_leave_a_port_gave_up_no_ground(seen: Seen) -> None:
    text = "Locals reported that some of the Russian ships started to leave the Berdiansk port."
    assert seen(text, published=date(2023, 6, 3)) == set()
    text = "Russian troops started to leave Kherson on Wednesday."
    assert seen(text, published=date(2022, 11, 10)) == {("retreat", "RU", "Kherson")}


def test_a_town_where_shaheds_are_assembled_was_struck_by_the_other_side(seen: Seen) -> None:
    text = (
        "On the night of 9-10 June, Russian authorities reported a large-scale drone attack, with explosions "
        "heard in Nizhnekamsk and Yelabuga, where Shahed drones are assembled."
    )
    assert seen(text, published=date(2025, 6, 15)) == {
        ("strike", "UA", "Nizhnekamsk"),
        ("strike", "UA", "Yelabuga"),
    }


def test_a_plant_named_after_its_town_with_its_makers_word_is_in_the_town(seen: Seen) -> None:
    text = (
        "On Thursday night, Ukrainian Defense Forces troops struck one of Russia's largest chemical plants, "
        "Nevinnomyssk Azot, in Russia's Stavropol Krai."
    )
    assert seen(text, published=date(2025, 12, 4)) == {("strike", "UA", "Nevinnomyssk")}


def test_the_presss_ukranian_is_ukraines_side(seen: Seen) -> None:
    text = (
        "The Moscow-installed official Vladimir Rogov claimed that Ukranian forces hit Berdiansk with "
        "Storm Shadow missiles."
    )
    assert seen(text, published=date(2023, 6, 30)) == {("strike", "UA", "Berdiansk")}


def test_fires_broken_out_as_a_result_of_an_attack_in_a_city_are_a_strike_on_it(seen: Seen) -> None:
    text = (
        "Fires have broken out in residential buildings as a result of a Russian attack in Mykolaiv, "
        "resulting in the deaths of five people."
    )
    assert seen(text, published=date(2024, 11, 11)) == {("strike", "RU", "Mykolaiv")}
    text = "A fire broke out in a warehouse in Kyiv after a short circuit."
    assert seen(text, published=date(2024, 11, 11)) == set()


def test_troops_that_managed_to_push_back_the_enemy_near_a_village_advanced(seen: Seen) -> None:
    text = "Ukrainian troops managed to push back Russian forces near Pishchane, near Pokrovsk."
    assert ("advance", "UA", "Pishchane") in seen(text, published=date(2024, 12, 17))
    text = "Russia plans to push back Ukrainian forces near Pishchane."
    assert seen(text, published=date(2024, 12, 17)) == set()


def test_a_missile_launched_at_a_district_with_a_guess_at_its_model_is_fire(seen: Seen) -> None:
    text = (
        "On the night of September 18, the enemy launched a cruise missile, probably an X-59, at the "
        "Bashtanka district."
    )
    assert seen(text, published=date(2024, 9, 19)) == {("strike", "RU", "Bashtanka Raion")}  # (round 76)
