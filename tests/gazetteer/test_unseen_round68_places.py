"""Round 68 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places, key, load_gazetteer


def test_a_verkhno_village_is_indexed_under_its_russian_spelling() -> None:
    # Верхньокам'янка by Lysychansk is Верхнекаменка in Moscow's claims of July 2022: the name itself
    # finds it, not a one-letter misprint of "Verkhnokamenka" that loses to Donetsk Oblast's
    # Verkhokamianka when the sentence's other names are misprints too
    found = {(p.name, p.admin1) for p in load_gazetteer().candidates(key("Verkhnekamenka"))}
    assert ("Verkhnokamianka", "Luhansk Oblast") in found


def named(text: str) -> dict[str, str | None]:
    return {m.text: m.place.name if m.place else None for m in find_places(text, published=date(2025, 12, 7))}


def test_a_town_far_abroad_that_the_text_explains_by_nothing_is_no_pin() -> None:
    # a misspelt Tykhe: Poland's Tychy, 1,100 km off, with nothing of Poland in the text
    text = (
        "The 67th Brigade said it had liberated the village of Tykhe in the Dnipropetrovsk region. Its "
        "fighters knocked the Russian occupiers out of Tychy and cleared the village of enemy forces."
    )
    assert named(text)["Tychy"] is None
    # (a far-off town stays where its country is named, or where its sentence tells of diplomacy)
    text = "Russian drones struck Pavlohrad. In Poland, residents of Tychy raised money for the town."
    assert named(text)["Tychy"] == "Tychy"
    text = "The strike on Pavlohrad came days after Trump and Putin met in Anchorage, Alaska."
    assert named(text)["Anchorage"] == "Anchorage"


def test_the_village_of_a_name_near_the_article_s_town_beats_a_small_town_of_it() -> None:
    # Donetsk Oblast has the town of Krasnohorivka by Marinka and a village north of Avdiivka
    text = (
        "Ukrainian forces withdrew from Avdiivka, Donetsk Oblast, on Feb. 17.\n\n"
        "The Third Assault Brigade regained control of the village of Krasnohorivka in Donetsk Oblast on "
        "Feb. 28 after Russia attacked it."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2024, 3, 7)) if m.place}
    assert found["Krasnohorivka"].kind == "village"
