"""Round 56 of unseen reporting, places: Russia's regions beyond the Urals, which the drones of June 2025
reached, with the real gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places

JUNE_2025 = date(2025, 6, 2)


def _places(text: str, published: date) -> dict[str, Place | None]:
    """Each name of ``text`` and the place it resolves to, with the real gazetteer."""
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_list_of_regions_reaching_siberia_and_the_far_east_names_each_region() -> None:
    text = (
        "The Defence Ministry confirmed the drone attack on military airfields in the Murmansk, Irkutsk, "
        "Ivanovo, Ryazan and Amur regions."
    )
    found = _places(text, JUNE_2025)
    # Irkutsk is a city of 620,000 too, and Amur a river: a list of regions makes each the region
    assert {found[n].name for n in ("Murmansk", "Irkutsk", "Ivanovo", "Ryazan")} == {
        "Murmansk Oblast",
        "Irkutsk Oblast",
        "Ivanovo Oblast",
        "Ryazan Oblast",
    }
    assert found["Amur regions"].name == "Amur Oblast"


def test_a_far_eastern_krai_is_the_region_not_a_word() -> None:
    text = "A Russian patrol ship was damaged off Primorsky Krai, Primorye's governor said."
    found = _places(text, JUNE_2025)
    assert found["Primorsky Krai"].name == "Primorsky Krai"
    assert found["Primorsky Krai"].lon > 130
    assert found["Primorye"].name == "Primorsky Krai"


def test_a_village_named_in_a_siberian_region_is_placed_in_it() -> None:
    text = "Drones attacked a military unit in the Sredny settlement in Russia's Irkutsk region."
    found = _places(text, JUNE_2025)
    assert found["Irkutsk region"].name == "Irkutsk Oblast"
    # GeoNames' Sredniy of the Belaya air base, not the two hamlets of Kharkiv Oblast
    assert found["Sredny"].admin1 == "Irkutsk Oblast"


def test_a_region_of_the_urals_and_west_siberia_by_its_other_names() -> None:
    found = _places("Drones struck a refinery in Yugra and a depot in the Tyumen region.", JUNE_2025)
    assert found["Yugra"].name == "Khanty-Mansi Autonomous Okrug"
    assert found["Tyumen region"].name == "Tyumen Oblast"


AUGUST_2023 = date(2023, 8, 5)


def test_a_district_of_donetsk_is_not_a_raion_of_russia_with_its_adjective() -> None:
    # "Kuibyshevsky" is also the raion of Kuybyshevo in Rostov Oblast: read as that raion, it moved Donetsk
    # to the town of Donetsk in Rostov Oblast and lost Ukraine, which lay "outside the district"
    text = (
        "Two women were killed by shelling by the Armed Forces of Ukraine in the Kuibyshevsky district of "
        "Donetsk and the Nikitovsky district of Horlivka."
    )
    found = _places(text, AUGUST_2023)
    assert found["Donetsk"].admin1 == "Donetsk Oblast"
    assert found["Ukraine"].kind == "country"
    assert found["Kuibyshevsky district"].name == "Kuibyshevskyi District"


def test_the_districts_of_horlivka_and_makiivka_have_points_of_their_own() -> None:
    text = (
        "Pushilin said the Nikitovsky district of Horlivka, the Chervonogvardeysky district of Makeevka and "
        "the Central City district of Gorlovka came under fire."
    )
    found = _places(text, AUGUST_2023)
    assert found["Nikitovsky"].name == "Mykytivskyi District"
    assert found["Chervonogvardeysky"].name == "Chervonohvardiiskyi District"
    central = found["Central"]
    assert central.name == "Tsentralno-Miskyi District"
    assert abs(central.lat - 48.3) < 0.05  # Horlivka's, not Kryvyi Rih's district of that name


def test_bilhorod_dnistrovskyi_is_the_odesa_oblast_port_not_belgorod() -> None:
    # GeoNames lists "Bilhorod-Dnistrovskyi" among Belgorod's alternate names: read as "the X suburb",
    # the name was Belgorod's alone
    text = "Missiles struck a nine-storey building in the Bilhorod-Dnistrovskyi suburb at 1am on Friday."
    port = _places(text, date(2022, 7, 1))["Bilhorod-Dnistrovskyi"]
    assert (port.name, port.admin1) == ("Bilhorod-Dnistrovskyi", "Odesa Oblast")
