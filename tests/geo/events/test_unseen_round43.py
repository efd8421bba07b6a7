"""Round 43 of unseen reporting: a building "seized by" a side (the building, not the town, was taken),
a capital that "lost control" of ground elsewhere (the government, not the place), and a command that
"told the troops" to pull back (a withdrawal done, not a plan)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_building_seized_by_a_side_is_no_advance_on_its_town(seen: Seen) -> None:
    text = (
        "Residents in occupied Tokmak reported a strike on a building seized by Russian forces after "
        "explosions in the city centre."
    )
    found = seen(text, published=date(2024, 5, 20))
    assert ("strike", "unknown", "Tokmak") in found
    assert not any(e[0] == "advance" for e in found)


def test_a_town_seized_by_a_side_is_still_an_advance(seen: Seen) -> None:
    text = "Tokmak, seized by Russian forces in the first days of the invasion, was hit again on Monday."
    assert ("advance", "RU", "Tokmak") in seen(text, published=date(2022, 3, 1))


def test_a_capital_that_lost_control_of_ground_is_the_government(seen: Seen) -> None:
    text = "As a result, Kyiv lost control over 36 square kilometres in the Kherson region, Moscow said."
    found = seen(text, published=date(2022, 8, 25))
    assert ("advance", "RU", "Kherson Oblast") in found
    assert not any(e[2] == "Kyiv" for e in found)


def test_troops_told_to_pull_back_pulled_back(seen: Seen) -> None:
    text = (
        "Ukraine's eastern military command confirmed on Wednesday that it had told the troops still "
        "fighting in parts of Vuhledar to pull back to avoid being surrounded."
    )
    assert ("retreat", "UA", "Vuhledar") in seen(text, published=date(2024, 10, 2))


def test_troops_told_to_hold_an_infinitive_of_a_plan_did_not_withdraw(seen: Seen) -> None:
    text = "The command told the troops to prepare positions so they could withdraw from Vuhledar if needed."
    assert not any(e[0] == "retreat" for e in seen(text, published=date(2024, 9, 20)))


def test_a_tank_set_ablaze_at_a_towns_oil_complex_is_fire_on_the_town(seen: Seen) -> None:
    text = (
        "The governor of the Krasnodar region said a Ukrainian attack had set a gasoline tank ablaze at the "
        "Tuapse oil complex on the shores of the Black Sea."
    )
    assert ("strike", "UA", "Tuapse") in seen(text, published=date(2024, 5, 17))


def test_occupiers_who_came_under_artillery_and_ran_were_hit_and_left(seen: Seen) -> None:
    text = (
        "Just like yesterday, when near Zolotarivka the occupiers came under our artillery and were forced "
        "to run from their positions, the brigade said."
    )
    found = seen(text, published=date(2022, 6, 10))
    assert {("strike", "UA", "Zolotarivka"), ("retreat", "RU", "Zolotarivka")} <= found


def test_a_place_under_artillery_control_is_no_fire(seen: Seen) -> None:
    text = "The road near Zolotarivka came under artillery control of the Ukrainian forces."
    assert not any(e[0] == "strike" for e in seen(text, published=date(2022, 6, 10)))


def test_an_items_relative_clause_does_not_end_a_list_of_places_hit(seen: Seen) -> None:
    text = "Explosions rang out in Engels, where there is an airfield, in Kursk, Morozovsk and Yeisk."
    found = seen(text, published=date(2022, 12, 26))
    assert {("strike", "UA", place) for place in ("Engels", "Kursk", "Morozovsk")} <= found


def test_an_attack_on_a_substation_in_a_city_that_injured_people_is_fire_on_the_city(seen: Seen) -> None:
    text = (
        "In the Kursk region, the acting governor said an attack on an electrical substation in the city of "
        "Rylsk injured two teenagers late Monday."
    )
    found = seen(text, published=date(2025, 5, 6))
    assert ("strike", "UA", "Ryl’sk") in found  # (GeoNames spells it with an apostrophe)


def test_capitals_that_talk_of_peace_are_governments_not_places(seen: Seen) -> None:
    text = (
        "As Moscow and Kyiv talk of possible peace, the war has intensified with Russian forces carving out "
        "a 200 square kilometre (77 square miles) chunk of Ukraine's Sumy region."
    )
    found = seen(text, published=date(2025, 7, 8))
    assert ("advance", "RU", "Sumy Oblast") in found
    assert not any(e[2] == "Kyiv" for e in found)


def test_a_command_that_clarified_what_the_enemy_fired_is_not_the_side_that_fired(seen: Seen) -> None:
    text = (
        "Later, the General Staff of the Armed Forces clarified that the Russians fired S-400 anti-aircraft "
        "guided missiles and Iskander cruise missiles at Kyiv."
    )
    found = seen(text, published=date(2024, 6, 23))
    assert ("strike", "RU", "Kyiv") in found
    assert ("strike", "UA", "Kyiv") not in found


def test_troops_that_push_deeper_into_two_cities_advance_in_both(seen: Seen) -> None:
    text = (
        "Ukrainian forces cling to their positions in Pokrovsk and Myrnohrad, as Russian troops push deeper "
        "into the two cities, tightening the noose."
    )
    found = seen(text, published=date(2025, 11, 15))
    assert {("advance", "RU", "Pokrovsk"), ("advance", "RU", "Myrnohrad")} <= found


def test_forces_reaching_the_industrial_outskirts_of_the_town_advance_there(seen: Seen) -> None:
    text = (
        "Russian forces have ramped up operations near Kupiansk since September, reaching the industrial "
        "outskirts of the town in the northeast."
    )
    assert ("advance", "RU", "Kupiansk") in seen(text, published=date(2025, 11, 15))


def test_a_ministry_that_dismissed_boasts_about_a_capture_reports_no_capture(seen: Seen) -> None:
    text = (
        "Ukraine's Defense Ministry also dismissed what it described as \"boastful statements\" by Russia's "
        "leadership about the claimed capture of Pokrovsk, Vovchansk and Kupiansk."
    )
    assert not any(e[0] == "advance" for e in seen(text, published=date(2025, 12, 2)))


def test_shelling_a_list_and_other_liberated_cities_is_no_advance(seen: Seen) -> None:
    text = "Ukrainian armed forces shelled Melitopol, Energodar and other liberated cities, an official said."
    found = seen(text, published=date(2022, 9, 2))
    assert ("strike", "UA", "Melitopol") in found
    assert not any(e[0] == "advance" for e in found)


def test_an_embassy_in_the_capital_is_no_place_of_the_bombardment(seen: Seen) -> None:
    text = "The US Embassy in Kyiv condemned the Russian bombardment of Kharkiv and called it a war crime."
    found = seen(text, published=date(2022, 3, 4))
    assert not any(e[2] == "Kyiv" for e in found)


def test_a_city_that_was_also_occupied_was_taken(seen: Seen) -> None:
    text = "South-west of Nova Kakhovka is Kherson, which was also occupied by the Russian invaders."
    assert ("advance", "RU", "Kherson") in seen(text, published=date(2022, 3, 2))


def test_an_explosive_that_detonated_outside_a_plant_is_fire_on_it(seen: Seen) -> None:
    text = (
        "The IAEA team at the ZNPP was informed on Saturday that an explosive carried by a drone detonated "
        "just outside the plant's protected area, close to the cooling ponds."
    )
    found = seen(text, published=date(2024, 8, 19))
    assert ("strike", "unknown", "Zaporizhzhia Nuclear Power Plant") in found


def test_advancing_along_a_line_of_villages_is_an_advance_at_each_not_at_the_aim(seen: Seen) -> None:
    text = (
        "Russian troops are also advancing on a wide front along the Shakhtarske-Trudove-Antonivka line to "
        "encircle Ukrainian forces south of Kurakhove."
    )
    found = seen(text, published=date(2024, 10, 20))
    assert {("advance", "RU", place) for place in ("Shakhtarske", "Trudove", "Antonivka")} <= found
    assert ("advance", "RU", "Kurakhove") not in found  # what the push is for


def test_a_line_named_for_towns_is_a_sector_not_their_places(seen: Seen) -> None:
    text = "Russian forces attacked along the Kupiansk-Svatove-Kreminna line, the General Staff said."
    found = seen(text, published=date(2023, 10, 20))
    assert not any(e[2] in ("Kupiansk", "Svatove", "Kreminna") for e in found)


def test_settlements_fully_or_almost_completely_in_russian_hands_were_taken(seen: Seen) -> None:
    text = (
        "DeepState indicates that settlements on the eastern outskirts of Toretsk – Pivnichne, Zalizne and "
        "Pivdenne – are fully or almost completely in Russian hands."
    )
    found = seen(text, published=date(2024, 10, 20))
    assert {("advance", "RU", "Pivnichne"), ("advance", "RU", "Zalizne")} <= found


def test_a_town_that_remains_fully_under_control_was_held_not_taken(seen: Seen) -> None:
    text = "Pivnichne remains fully under Russian control, the monitor said."
    assert not any(e[0] == "advance" for e in seen(text, published=date(2024, 10, 20)))
