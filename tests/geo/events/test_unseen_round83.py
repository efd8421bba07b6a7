"""Round 83 of unseen reporting: the country of a dateline, places lost to a side, subjects with a
relative clause, and words of loss, release and entrapment that tell of people, not ground."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_the_country_of_a_dateline_is_no_side_that_fired(seen: Seen) -> None:
    text = "SUMY, Ukraine (AP) — A ballistic missile struck a university building in Sumy on Monday."
    # (as if the dateline were not there: a missile on a Ukrainian city, no side named)
    assert seen(text, published=date(2025, 4, 14)) == {("strike", "RU", "Sumy")}


def test_a_hamlet_named_with_its_country_is_no_side(seen: Seen) -> None:
    text = "The Ukrainian hamlet of Hroza was plunged into grief by a missile strike that killed 52 people."
    assert seen(text, published=date(2023, 10, 6)) == {("strike", "unknown", "Hroza")}


def test_the_loss_of_people_counted_is_no_loss_of_ground(seen: Seen) -> None:
    text = "The village of Hroza is mourning the loss of more than 50 residents killed by a Russian missile."
    assert seen(text, published=date(2023, 10, 7)) == {("strike", "RU", "Hroza")}


def test_a_release_of_prisoners_secured_is_no_ground_secured(seen: Seen) -> None:
    text = "Ukraine secured the release of 40 defenders of Mariupol in an exchange with Russia on Friday."
    assert seen(text, published=date(2025, 1, 17)) == set()


def test_patients_trapped_in_a_hospital_are_no_troops_cut_off(seen: Seen) -> None:
    text = (
        "In Mariupol, dozens of patients remained trapped in the basement of the Kherson maternity hospital."
    )
    assert seen(text, published=date(2022, 3, 18)) == set()


def test_a_place_lost_to_a_side_is_that_sides_gain(seen: Seen) -> None:
    text = "In the first week of the invasion the city of Berdiansk was lost to Russian forces."
    assert seen(text, published=date(2022, 3, 3), types=("advance",)) == {("advance", "RU", "Berdiansk")}


def test_a_subject_with_a_relative_clause_is_what_came_under_fire(seen: Seen) -> None:
    text = "Marhanets, which lies across the reservoir from Enerhodar, came under Russian artillery fire."
    assert seen(text, published=date(2024, 5, 2)) == {("strike", "RU", "Marhanets")}


def test_a_district_with_a_relative_clause_is_what_came_under_fire(seen: Seen) -> None:
    text = (
        "Nikopol district, which lies on the right bank of the Dnipro, came under Russian drone attack "
        "on Tuesday."
    )
    assert seen(text, published=date(2024, 5, 7)) == {("strike", "RU", "Nikopol Raion")}


def test_a_town_retaken_with_a_hyphen_is_taken_back(seen: Seen) -> None:
    text = "Ukrainian forces have re-taken the village of Moshchun north-west of Kyiv, officials said."
    assert seen(text, published=date(2022, 3, 21)) == {("advance", "UA", "Moshchun")}


def test_the_suburb_named_after_the_outskirts_is_where_the_enemy_was_pushed_back(seen: Seen) -> None:
    text = (
        "Ukrainian troops pushed Russian forces back in several areas on the outskirts of Kyiv, including "
        "in the town of Bucha to the north-west."
    )
    assert seen(text, published=date(2022, 3, 31)) == {("advance", "UA", "Bucha"), ("retreat", "RU", "Bucha")}


def test_the_bulk_of_an_army_pushed_away_from_a_city_retreats(seen: Seen) -> None:
    text = "By mid-May Ukrainian forces had pushed most of the Russian troops away from Kharkiv."
    assert seen(text, published=date(2022, 5, 16)) == {
        ("advance", "UA", "Kharkiv"),
        ("retreat", "RU", "Kharkiv"),
    }


def test_a_weapon_named_as_probable_leaves_its_hit_told(seen: Seen) -> None:
    text = "Overnight a Russian attack drone, probably a Shahed-136, hit an apartment block in Odesa."
    assert seen(text, published=date(2024, 3, 2)) == {("strike", "RU", "Odesa")}


def test_a_military_institute_named_for_its_city_is_in_that_city(seen: Seen) -> None:
    text = (
        "A Russian missile attack on the Poltava Military Communications Institute killed dozens of cadets."
    )
    assert seen(text, published=date(2024, 9, 3)) == {("strike", "RU", "Poltava")}


def test_troops_that_could_be_seen_raising_a_flag_took_the_village(seen: Seen) -> None:
    text = "Ukrainian troops could be seen on video raising the national flag over Neskuchne, Donetsk region."
    assert seen(text, published=date(2023, 6, 12)) == {("advance", "UA", "Neskuchne")}


def test_forces_a_sides_officials_leave_unnamed_are_its_own(seen: Seen) -> None:
    text = "Ukrainian military officials say forces are withdrawing from the town of Vuhledar."
    assert seen(text, published=date(2024, 10, 2), types=("retreat",)) == {("retreat", "UA", "Vuhledar")}


def test_a_fleet_pushed_away_from_a_peninsula_is_no_ground_taken(seen: Seen) -> None:
    text = "Ukrainian naval drones have pushed much of the Russian fleet away from Crimea since 2023."
    assert seen(text, published=date(2025, 12, 16)) == set()


def test_a_river_that_locates_a_village_is_no_place_of_its_retaking(seen: Seen) -> None:
    text = (
        "Russia said on Tuesday its forces had captured the village of Dvorichna. The village -- located "
        "across the strategic Oskil river -- was seized by Russian forces at the start of their offensive in "
        "2022, before being re-taken by Kyiv months later in a swift counteroffensive."
    )
    assert not {place for _, _, place in seen(text, published=date(2025, 1, 29))} & {"Oskil"}


def test_prisoners_freed_are_no_town_freed(seen: Seen) -> None:
    text = "Among those freed were 90 soldiers who had defended Mariupol; the 90 freed prisoners are safe."
    assert seen(text, published=date(2024, 6, 1)) == set()


def test_property_lost_in_an_incursion_is_no_ground_lost(seen: Seen) -> None:
    text = "Residents of Sudzha demanded compensation for property lost during the Ukrainian incursion."
    assert seen(text, published=date(2025, 12, 8)) == set()


def test_a_ship_that_left_a_port_is_no_retreat(seen: Seen) -> None:
    text = "The first ship carrying Ukrainian corn left Odesa on Monday under the grain deal."
    assert seen(text, published=date(2022, 8, 1)) == set()


def test_boats_destroyed_near_an_island_are_fire_there(seen: Seen) -> None:
    text = "Two Russian Raptor boats were destroyed near Snake Island at dawn."
    assert seen(text, published=date(2022, 5, 2)) == {("strike", "UA", "Snake Island")}


def test_an_alert_of_bombs_launched_is_no_hit(seen: Seen) -> None:
    text = "The Air Force warned about the launch of guided aerial bombs by Russian aircraft in Sumy region."
    assert seen(text, published=date(2024, 5, 1)) == set()


def test_an_explosion_a_service_carried_out_under_a_bridge_strikes_the_bridge(seen: Seen) -> None:
    text = "The SBU said it had carried out an underwater explosion under the Crimean Bridge on Tuesday."
    assert seen(text, published=date(2025, 6, 3)) == {("bridge_strike", "UA", "Crimean Bridge")}


def test_a_capital_that_quit_a_deal_is_no_place_of_the_fire(seen: Seen) -> None:
    text = "Russian attacks on port infrastructure on the Danube have grown since Moscow quit the grain deal."
    assert seen(text, published=date(2023, 8, 16)) == {("strike", "RU", "Danube")}


def test_the_city_a_statement_was_made_in_is_no_place_of_its_news(seen: Seen) -> None:
    text = "Russian missiles hit an oil depot overnight, the regional governor said in Lviv."
    assert seen(text, published=date(2024, 3, 24)) == set()


def test_forces_that_drove_towards_a_city_advance_on_it(seen: Seen) -> None:
    text = (
        "In the first days of the invasion Russian troops drove towards Chernihiv from the Belarusian border."
    )
    assert seen(text, published=date(2022, 3, 1)) == {("advance", "RU", "Chernihiv")}


def test_paratroopers_that_landed_in_a_city_advanced_into_it(seen: Seen) -> None:
    text = "Russian paratroopers landed in Kharkiv before dawn on Wednesday, Ukraine's army said."
    assert seen(text, published=date(2022, 3, 2)) == {("advance", "RU", "Kharkiv")}


def test_an_amphibious_landing_is_an_advance(seen: Seen) -> None:
    text = "Russian marines carried out an amphibious landing near Mariupol on Friday."
    assert seen(text, published=date(2022, 2, 26)) == {("advance", "RU", "Mariupol")}


def test_regions_missiles_were_launched_from_by_a_side_are_no_targets(seen: Seen) -> None:
    text = (
        "Two guided missiles were launched by Russian forces from the occupied Zaporizhzhia region overnight."
    )
    assert seen(text, published=date(2024, 3, 2)) == set()


def test_the_region_that_mourns_is_no_place_of_the_strike(seen: Seen) -> None:
    text = "Mourning was declared in the Sumy region in memory of those killed in a Russian missile strike."
    assert seen(text, published=date(2025, 4, 14)) == set()
