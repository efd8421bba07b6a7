"""Round 69 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places, key, load_gazetteer


def named(text: str) -> dict[str, str | None]:
    return {m.text: m.place.name if m.place else None for m in find_places(text, published=date(2025, 8, 21))}


def test_an_oblast_before_its_governor_s_short_title_is_the_oblast() -> None:
    text = "Volyn Oblast Gov. Ivan Rudnytskyi announced that a drone had hit a warehouse in Lutsk."
    assert named(text)["Volyn Oblast"] == "Volyn Oblast"



def test_kyiv_city_is_the_city_s_own_outline_not_a_circle_round_its_centre() -> None:
    # Vyshneve, a town of 43,000 just outside the city line, is Kyiv Oblast's; Bortnychi, 12 km out on
    # the left bank, is a quarter of the city
    gazetteer = load_gazetteer()

    def oblast_of(name: str) -> set[str]:
        places = gazetteer.candidates(key(name))
        return {p.admin1 for p in places if abs(p.lat - 50.45) < 0.3 and abs(p.lon - 30.5) < 0.4}

    assert oblast_of("Vyshneve") == {"Kyiv Oblast"}
    assert oblast_of("Bortnychi") == {"Kyiv City"}
    assert oblast_of("Irpin") == {"Kyiv Oblast"}
    # ... so "Vyshneve in the Kyiv region" finds it
    text = "Debris of a downed drone fell on a house in Vyshneve in the Kyiv region overnight."
    assert named(text)["Vyshneve"] == "Vyshneve"


def test_a_border_village_of_russia_goes_by_its_ukrainian_spelling_too() -> None:
    # Ukrainian outlets decline the Kursk and Belgorod villages' names as Ukrainian ones: Гоголевка by
    # Sudzha is "Hoholivka", Глотово by Grayvoron "Glotove"
    text = "The General Staff said the villages of Hoholivka and Oleshnia in the Kursk region are held."
    assert named(text)["Hoholivka"] == "Gogolevka"
    text = "The legion fought in the Belgorod region's villages of Kozinka, Glotove and Gora-Podil."
    assert named(text)["Glotove"] == "Glotovo"


def test_a_russian_village_s_spelling_in_a_sentence_of_ukraine_s_oblasts_is_the_ukrainian_one() -> None:
    # "Kondrativka" is how Ukrainian outlets spell Kursk Oblast's Kondratovka, and a misspelt Kindrativka
    # of Sumy Oblast: the sentence's own oblast decides, though the article names Kursk's
    text = (
        "Fighting continues in the Kursk region. Along the Sumy region's frontline, from Yunakivka to "
        "Oleksiivka and Kondrativka, Russian forces have been halted."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2025, 6, 20))}
    assert (found["Kondrativka"].name, found["Kondrativka"].admin1) == ("Kindrativka", "Sumy Oblast")
