"""Places of round 47 of unseen reporting, with the real gazetteer: a raion named after its oblast's
capital ("Kharkiv district") is placed at its seat, the city, not at the oblast's middle, and still says
which oblast the names around it are in; a monitor's line "Kharkiv, Kyiv district" names a quarter of
the city, not Kyiv Oblast."""

from __future__ import annotations

from gazetteer import find_places


def _resolved(text: str) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.place.name, m.place.kind, m.place.admin1) for m in find_places(text) if m.place}


def test_the_raion_of_an_oblasts_capital_is_placed_at_the_city() -> None:
    found = _resolved("17:49, Kharkiv district, Tsyrkunivska community. Grass burned on 3 hectares.")
    # (the raion round the city since round 76; not Kharkiv Oblast's middle)
    assert found["Kharkiv district"] == ("Kharkiv Raion", "region", "Kharkiv Oblast")
    assert found["Tsyrkunivska"][0] == "Tsyrkuny"


def test_the_raion_of_a_capital_puts_a_village_named_before_it_in_that_oblast() -> None:
    text = (
        "Overnight a Shahed drone damaged a former house of culture in Pervomaiske village, Mykolaiv "
        "district, with no injuries reported."
    )
    name, _, oblast = _resolved(text)["Pervomaiske"]
    assert oblast == "Mykolaiv Oblast"  # not the Pervomaiske of Kherson Oblast, 53 km from Mykolaiv


def test_a_raion_far_from_the_war_is_left_as_it_was() -> None:
    # "the Samara district" by Dnipro is Novomoskovsk's renamed raion, never the city on the Volga
    found = _resolved("Russian drones attacked the Samara district of Dnipropetrovsk Oblast overnight.")
    assert found.get("Samara district", ("", "", ""))[1] != "city"


def test_a_city_then_a_district_named_like_another_oblast_is_a_quarter_of_the_city() -> None:
    found = _resolved("September 24 03:49, Kharkiv, Kyiv district. An open area. Grass and branches burned.")
    assert found["Kyiv district"][0] == "Kharkiv"


def test_raions_named_after_towns_of_the_citys_own_oblast_stay_raions() -> None:
    found = _resolved("Kharkiv, Bohodukhiv and Chuhuiv districts came under fire over the past day.")
    assert (
        found["Bohodukhiv"][0] == "Bohodukhiv Raion" and found["Chuhuiv"][0] == "Chuhuiv Raion"
    )  # (a raion since round 76)


def test_districts_of_a_region_listed_by_adjective_are_not_parts_of_the_first() -> None:
    text = (
        "In the Dnipropetrovsk region, energy facilities were damaged in the Dniprovskyi, Kryvorizkyi and "
        "Pavlohradskyi districts."
    )
    found = _resolved(text)
    assert found["Kryvorizkyi"][0] == "Kryvyi Rih Raion" and found["Pavlohradskyi"][0] == "Pavlohrad Raion"


def test_a_direction_named_by_the_stem_of_its_towns_adjective_is_that_town() -> None:
    found = _resolved("In the Dobropil direction, Ukrainian troops have advanced 3-7 km deep.")
    assert found["Dobropil"][0] == "Dobropillia"


def test_a_district_named_by_the_stem_of_its_seats_adjective_is_that_seat() -> None:
    found = _resolved("Russian invaders struck a frontline village in Polohiv district of Zaporizhia region.")
    assert found["Polohiv"][0] == "Polohy Raion"  # (a raion since round 76)


def test_a_raion_called_a_region_by_its_stem_is_its_seat() -> None:
    found = _resolved("Due to KAB strikes on Synelnykiv region, eight private houses were damaged.")
    assert found["Synelnykiv"][0] == "Synelnykove"


def test_a_city_district_by_the_stem_of_its_adjective_is_a_quarter_of_the_city() -> None:
    text = (
        "According to Syniehubov, the Russian army attacked Kharkiv overnight: a drone hit the Shevchenkiv "
        "district of the city and a five-story building."
    )
    # Kharkiv's district, not the town of Shevchenkove, 70 km off
    assert _resolved(text)["Shevchenkiv"][0] == "Shevchenkivskyi District"


def test_an_oblast_named_by_its_capital_after_in_places_the_name_before() -> None:
    text = (
        "Fighting goes on near Stepnohirsk in the Zaporizhzhia region. Russian troops have breached the "
        "eastern fringes of the fortified city of Kostyantynivka in Donetsk, Russian state media said."
    )
    name, _, oblast = _resolved(text)["Kostyantynivka"]
    assert oblast == "Donetsk Oblast"  # the city of 67,000, not the Kostiantynivka of Zaporizhzhia Oblast
