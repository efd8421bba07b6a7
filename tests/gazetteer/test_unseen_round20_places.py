"""Place readings from the twentieth round of unseen articles (a monitor's axis of villages). Our own
sentences, facts from public reporting; real GeoNames and postal data."""

from __future__ import annotations

import pytest

from gazetteer import find_places


def named(text: str) -> dict[str, str | None]:
    return {m.text: (m.place.admin1 if m.place else None) for m in find_places(text)}


@pytest.mark.parametrize("dash", ["–", "-", " – "])
def test_villages_chained_by_dashes_before_axis_are_each_a_place(dash: str) -> None:
    text = (
        "DeepState says the situation has worsened along the "
        f"Novomykolaivka{dash}Varachyne{dash}Yablunivka{dash}Yunakivka axis in the Sumy region."
    )

    found = named(text)

    for village in ("Novomykolaivka", "Varachyne", "Yablunivka", "Yunakivka"):
        assert found.get(village) == "Sumy Oblast", village


def test_two_halves_of_one_name_the_data_lacks_are_still_no_chain() -> None:
    # two hyphened words are a name of its own, a reservoir here, not two places
    assert "Kleban" not in named("The water of the Kleban-Byk reservoir fell.")


def test_a_locator_after_the_oblast_and_before_a_described_anchor_picks_the_namesake() -> None:
    # of seven Kalynoves, the one about 25 km southeast of Pokrovsk (Novohrodivka hromada)
    text = (
        'The ministry said Russian forces "have liberated the village of Kalynove" in the Donetsk region, '
        "which lies around 25 kilometres (16 miles) southeast of the key logistics hub of Pokrovsk."
    )

    (kalynove,) = [m.place for m in find_places(text) if m.text == "Kalynove"]

    assert kalynove is not None and abs(kalynove.lat - 48.14) < 0.05 and abs(kalynove.lon - 37.44) < 0.05


def test_a_town_written_before_the_word_town_is_that_town() -> None:
    text = "A Ukrainian shelling injured three people in the Shebekino town of Russia's Belgorod Region."

    assert named(text).get("Shebekino") == "Belgorod Oblast"


def test_the_city_s_district_is_in_the_city_each_time_it_is_named() -> None:
    # Donetsk and Poltava also have a Kyivskyi district; here it is Kharkiv's, in both sentences
    text = (
        "A Russian missile struck the center of Kharkiv, causing a fire in the city's Kyivskyi district. "
        "Mayor Ihor Terekhov confirmed the strike hit the Kyivskyi district."
    )

    districts = [m.place.name for m in find_places(text) if m.text == "Kyivskyi district"]

    assert districts == ["Kyivskyi District", "Kyivskyi District"]  # Kharkiv's, at its own point


def test_a_city_district_named_by_an_adjective_lends_no_village_name() -> None:
    # GeoNames gives Donetsk's Oleksandrivskyi district (100,330 people) the name "Oleksandrivka" too;
    # that name is the 76 villages', and the one a war report means is one by the front
    (oleksandrivka,) = [m.place for m in find_places("Russian troops captured Oleksandrivka.")]

    assert oleksandrivka.kind == "village" and oleksandrivka.admin1 == "Donetsk Oblast"


def test_a_hyphened_community_adjective_with_a_linking_o_is_its_town_s() -> None:
    # "Seredyno-Budska" is the community of Seredyna-Buda (Sumy Oblast)
    found = named("The Esman and Seredyno-Budska communities were shelled.")

    assert found.get("Seredyno-Budska") == "Sumy Oblast"


def test_hyphened_towns_far_apart_are_no_chain_but_a_town_s_shortening_is_the_town() -> None:
    # Kupyansk-Uzlovaya is Kupiansk's railway suburb, not Kupiansk and Uzlovaya by Tula, 675 km off
    assert "Uzlovaya" not in named("If the push goes on, Kupyansk-Uzlovaya can be encircled from the north.")
    found = named(
        "The Russian army attacked Semenivka, Novhorod-Siversk and Snovsk communities in Chernihiv region."
    )
    assert found.get("Novhorod") == "Chernihiv Oblast"
    assert named("Fighting raged along the Kupiansk-Svatove-Kreminna line.").keys() >= {"Kupiansk", "Svatove"}


def test_town_adjectives_in_a_list_of_directions_are_their_towns() -> None:
    found = find_places("The situation is difficult in the Pokrovsky, Lyman and Kupyansky directions.")

    assert {(m.text, m.place.name) for m in found if m.place} == {
        ("Pokrovsky", "Pokrovsk"),
        ("Lyman", "Lyman"),
        ("Kupyansky", "Kupiansk"),
    }
    assert all(m.direction for m in found)


def test_a_russian_town_on_a_river_is_known_by_its_first_word_where_its_region_is_named() -> None:
    # "the Slavyansk oil refinery in Russia's Krasnodar region" is Slavyansk-na-Kubani; in Donetsk Oblast,
    # "Slavyansk" is still Sloviansk
    kuban = [
        m.place for m in find_places("Drones hit the Slavyansk oil refinery in Russia's Krasnodar region.")
    ]
    donbas = [m.place for m in find_places("Russian forces shelled Slavyansk and Kramatorsk.")]

    assert "Slavyansk-na-Kubani" in {p.name for p in kuban if p}
    assert "Sloviansk" in {p.name for p in donbas if p}
