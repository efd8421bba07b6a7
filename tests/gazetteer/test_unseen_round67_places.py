"""Round 67 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def named(text: str, published: date | None = None) -> dict[str, str]:
    return {m.text: m.place.name for m in find_places(text, published=published) if m.place is not None}


def test_a_community_adjective_is_read_in_the_oblast_an_attack_on_it_named() -> None:
    # (not Cherkasy Oblast's Kamianka, nearer the places a later paragraph names)
    text = (
        "On the night of 15 October the Russian army attacked the Dnipropetrovsk region with drones.\n\n"
        "Air defence shot down 37 drones over the region. Fires broke out in Pavlohrad, Kamiansky and "
        "Slavhorod communities.\n\n"
        "Earlier this month a Russian attack on Slavutych cut power to the Chornobyl plant, and Kyiv's left "
        "bank was left without electricity."
    )
    assert named(text, date(2025, 10, 15))["Kamiansky"] == "Kamianske"


def test_a_renamed_capital_s_old_name_before_regional_is_its_oblast() -> None:
    text = "The head of the Dnipropetrovsk Regional Military Administration reported the attack."
    assert named(text, date(2025, 12, 3)) == {"Dnipropetrovsk": "Dnipropetrovsk Oblast"}
    text = "Kirovohrad regional governor Maria Chorna said the column was destroyed."
    assert named(text, date(2022, 3, 1)) == {"Kirovohrad": "Kirovohrad Oblast"}
    # (a capital that kept its name stays the city: the gold sets pin "Kharkiv Regional ..." there)
    text = "The Kharkiv Regional Military Administration reported the attack."
    assert named(text, date(2025, 12, 3)) == {"Kharkiv": "Kharkiv"}


def test_a_radio_station_is_no_village() -> None:
    text = (
        "Russian drones attacked Ternivka in the Pavlohrad district overnight, the acting governor said, "
        "according to Radio Svoboda."
    )
    assert named(text, date(2025, 12, 3)) == {"Ternivka": "Ternivka", "Pavlohrad district": "Pavlohrad Raion"}


def test_mariupol_s_districts_are_its_own() -> None:
    text = (
        "An adviser to the mayor of occupied Mariupol reported explosions near the airport. Residents "
        "heard blasts in the Prymorskyi district."
    )
    found = named(text, date(2024, 7, 12))
    assert found["Prymorskyi"] == "Prymorskyi District"


def test_the_dniester_and_its_bridge_at_mayaky() -> None:
    text = "Russian drones struck the bridge over the Dniester at Mayaky on the Odesa - Reni road overnight."
    assert named(text, date(2025, 12, 19))["bridge over the Dniester at Mayaky"] == "Mayaky Bridge"
    text = "Traffic on the Dnister River crossing was halted after the attack, the Odesa governor said."
    assert named(text, date(2025, 12, 19))["Dnister River"] == "Dniester"


def test_a_town_joined_to_a_river_by_a_hyphen_is_neither() -> None:
    # (a translation's "Bilhorod-Dnistrovskyi region": not Belgorod, not a pin on the river in Moldova)
    text = "A rocket hit a holiday campsite in the Belgorod-Dniester region, the Odesa governor said."
    found = named(text, date(2022, 7, 1))
    assert "Belgorod" not in found and "Dniester" not in found
