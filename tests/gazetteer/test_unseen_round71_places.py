"""Round 71 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def places(text: str, published: date) -> dict[str, Place | None]:
    return {m.text: m.place for m in find_places(text, published=published)}


def test_the_russian_name_of_an_odradne_is_otradne() -> None:
    # Одрадне is Отрадное in Russian, as Відрадне is: the Donetsk Oblast village the Russian ministry
    # claimed in May 2025, and the oblast named later in the sentence is the next village's, not its own
    text = (
        "The Russian Defence Ministry said its forces had taken the village of Stupochky in the Donetsk "
        "region, east of Kostiantynivka.\n\nIt said it had also taken control of Otradne, a village farther "
        "west along the front, and announced the capture of Loknya, a village inside the Russian border in "
        "the Sumy region."
    )
    found = places(text, date(2025, 5, 24))
    otradne, loknya = found["Otradne"], found["Loknya"]
    assert otradne is not None and otradne.admin1 == "Donetsk Oblast"
    assert loknya is not None and loknya.admin1 == "Sumy Oblast"


def test_a_name_and_the_other_name_the_text_gives_it_are_one_place() -> None:
    # Donetsk Oblast holds four Malynivkas and Ukraine 38 Ulyanovkas: the one renamed from the other is
    # the village by Selydove
    text = "Russia said its troops had seized Malynivka, a village in Donetsk known in Russia as Ulyanovka."
    found = places(text, date(2025, 6, 15))
    village = found["Malynivka"]
    assert village is not None and village == found["Ulyanovka"]
    assert village.admin1 == "Donetsk Oblast"


def test_a_name_in_a_list_of_big_cities_is_the_big_city() -> None:
    # Lviv Oblast has a town of 14,000 called Mykolaiv, 80 km from Ivano-Frankivsk; among oblast capitals
    # it is the city on the Southern Buh
    text = (
        "A Russian missile hit an infrastructure site in the Lviv region overnight, governor Maksym "
        "Kozytskyi said.\n\nExplosions were also heard in Mykolayiv, Dnipro, Zaporizhzhia, Ivano-Frankivsk "
        "and Ternopil."
    )
    city = places(text, date(2023, 3, 9))["Mykolayiv"]
    assert city is not None and city.admin1 == "Mykolaiv Oblast" and city.kind == "city"


def test_a_place_the_fighting_of_a_sector_is_told_at_lies_in_that_sector() -> None:
    # Makiivka by Kreminna in Luhansk Oblast, 30 km from Lyman, not the city of 340,000 by Donetsk
    text = "Russian troops keep attacking in the Lyman sector near Makiivka and Terny, the commander said."
    village = places(text, date(2023, 12, 19))["Makiivka"]
    assert village is not None and village.admin1 == "Luhansk Oblast"


def test_names_told_as_air_bases_are_the_air_bases() -> None:
    # Belaya is a village of Kursk Oblast too, Ivanovo a city: after "airfields" they are the bases
    text = (
        "Russia is building aircraft shelters in Crimea after Ukraine's drones struck the Russian airfields "
        "Belaya, Olenya and Ivanovo in June."
    )
    found = places(text, date(2025, 6, 13))
    assert {found[name].name for name in ("Belaya", "Olenya", "Ivanovo") if found[name]} == {
        "Belaya air base",
        "Olenya air base",
        "Ivanovo Severny air base",
    }


def test_the_kirovske_airfield_is_the_air_base_in_eastern_crimea() -> None:
    text = "Ukraine said its drones struck the Kirovske airfield in Crimea overnight, destroying helicopters."
    base = places(text, date(2025, 6, 28))["Kirovske airfield"]
    assert base is not None and base.kind == "other" and abs(base.lon - 35.18) < 0.1


def test_a_given_name_in_apposition_after_a_word_of_kin_is_a_person() -> None:
    # Yaroslavl is a Russian city that GeoNames also spells "Yaroslav"; here it is the father who survived
    text = (
        "A Russian missile destroyed a house in Lviv, killing a mother and her three daughters. Only their "
        "father, Yaroslav, survived the attack, the mayor said."
    )
    assert "Yaroslav" not in places(text, date(2024, 9, 4))


def test_katerinovka_is_a_katerynivka_spelt_with_its_ukrainian_stem() -> None:
    # Катеринівка is Екатериновка in Russian, and the press drops the Ye: "Katerinovka" by Kleban-Byk
    text = (
        "Pushilin said Russian units had taken control of Aleksandro-Shultino, Katerinovka and Kleban-Byk "
        "near Konstantinovka."
    )
    village = places(text, date(2025, 9, 10))["Katerinovka"]
    assert village is not None and village.name == "Katerynivka" and village.admin1 == "Donetsk Oblast"
