"""Round 70 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def places(text: str, published: date) -> dict[str, Place | None]:
    return {m.text: m.place for m in find_places(text, published=published)}


def test_a_pair_in_an_oblast_written_by_its_capital_keeps_its_villages_together() -> None:
    # Zaporizhzhia Oblast holds five villages called Zelenyi Hai; the one the pair means lies by
    # Dobropillia, east of Huliaipole, 90 km from the city whose name stands for the oblast
    text = "Russia said it had captured Zelenyi Hai and Dobropillia in Zaporizhzhia."
    found = places(text, date(2025, 12, 2))
    village, mate = found["Zelenyi Hai"], found["Dobropillia"]
    assert village is not None and mate is not None
    assert village.admin1 == "Zaporizhzhia Oblast"
    assert abs(village.lat - mate.lat) < 0.3 and abs(village.lon - mate.lon) < 0.4


def test_the_village_of_a_small_town_on_the_days_front_is_that_town() -> None:
    # Kherson Oblast's Antonivka on the Dnipro is an urban-type settlement of 12,800 by Kherson, the
    # front in 2024; the oblast's bigger village of the name lies 60 km behind the Russian line
    text = "A Russian drone dropped a grenade on the village of Antonivka in Kherson Oblast, officials said."
    village = places(text, date(2024, 5, 21))["Antonivka"]
    assert village is not None and village.kind == "town" and village.admin1 == "Kherson Oblast"


def test_a_village_the_text_named_with_its_cue_stays_itself_in_a_later_list() -> None:
    # Torske by Lyman, called "the village of Torske" and named again; a later list puts it beside two
    # villages 60 km south, where another Torske lies: the article still means the one it settled
    text = (
        "The Russian military has seized the village of Torske near Lyman in the Donetsk region.\n\n"
        "Torske had changed hands several times since 2022.\n\n"
        "In addition to Torske, Russian forces also captured Novoaleksandrovka and Zeleny Pole."
    )
    torskes = [m.place for m in find_places(text, published=date(2025, 5, 16)) if m.text == "Torske"]
    assert len(torskes) == 3 and len({p.id for p in torskes if p is not None}) == 1


def test_a_bare_district_beside_its_sister_district_is_of_the_same_city() -> None:
    text = (
        "Kyiv\n\nRussian drones attacked the capital overnight, the city administration said. A school "
        "was damaged in the Solomianskyi district, the fire has already been put out. Debris fell in several "
        "places across the city, officials added. Emergency crews worked through the night to put out "
        "the fires and clear the debris. In the Obolonskyi district, a car burned, and in "
        "Shevchenkivsky a shop was damaged."
    )
    district = places(text, date(2025, 5, 25))["Shevchenkivsky"]
    assert district is not None and district.admin1 == "Kyiv City"


def test_names_listed_after_regions_and_a_dash_are_the_oblasts() -> None:
    text = "Russian strikes wounded people in several regions — Odesa, Poltava and Sumy."
    found = places(text, date(2025, 5, 25))
    assert [found[name].name for name in ("Odesa", "Poltava", "Sumy")] == [
        "Odesa Oblast",
        "Poltava Oblast",
        "Sumy Oblast",
    ]


def test_a_village_closer_to_the_border_of_an_oblast_is_not_put_in_it() -> None:
    # Sredniy is a hamlet of Kharkiv Oblast; the text says only that Seredne lies towards that border, in
    # the Donetsk region its lead names, where GeoNames spells the village Serednye
    text = (
        "Russian troops have taken two more villages in the Donetsk region, the ministry said. It said the "
        "villages of Kleban-Byk, northwest of the town of Toretsk, and Seredne, closer to the administrative "
        "border of the northeastern Kharkiv region, are now in Russian control."
    )
    village = places(text, date(2025, 8, 23))["Seredne"]
    assert village is not None and village.admin1 == "Donetsk Oblast"


def test_a_name_after_in_the_areas_of_is_looked_up_as_a_spelling() -> None:
    # "Gulyai-Polye" is Huliaipole (GeoNames: Hulyaypole) with Russian "поле" romanised "polye"
    text = (
        "Russian forces took Zaliznychne in Zaporizhzhia Oblast, the ministry said. In the areas of "
        "Gulyai-Polye, Russian troops defeated two Ukrainian brigades."
    )
    town = places(text, date(2025, 12, 2))["Gulyai-Polye"]
    assert town is not None and town.name == "Hulyaypole"
