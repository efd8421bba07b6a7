"""Round 79 of unseen reporting, places: communities by their adjectives after towns in one list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_community_adjectives_after_a_town_in_one_list(resolved_on: Resolved) -> None:
    text = (
        "The following communities of the Nikopol district came under fire: Nikopol, Marhanetska, "
        "Chervonohryhorivska and Myrivska."
    )
    found = resolved_on(text, date(2025, 11, 15))
    assert found["Marhanetska"][0] == "Marhanets"
    assert found["Chervonohryhorivska"][0] == "Chervonohryhorivka"
    assert found["Myrivska"][0] == "Myrove"


def test_communities_of_two_districts_the_sentence_names(resolved_on: Resolved) -> None:
    text = (
        "The communities of the Bashtanka and Mykolaiv districts - Shyrokivska, Bereznehuvatska and "
        "Pervomaiska communities - came under fire."
    )
    found = resolved_on(text, date(2024, 3, 10))
    # (the Pervomaiske of the Mykolaiv district, not the city of Pervomaisk 150 km north-west; the Shyroke
    # of the Bashtanka district, not the bigger one across the oblast line)
    assert found["Pervomaiska"][0] == "Pervomaiske"
    assert found["Pervomaiska"][1] < 47.2
    assert found["Shyrokivska"][0] == "Shyroke"
    assert found["Shyrokivska"][2] < 33.0
    assert found["Bereznehuvatska"][0] == "Bereznehuvate"


def test_the_air_command_east_is_no_quarter_of_luhansk(resolved_on: Resolved) -> None:
    text = "The Skhid (East) Air Command units destroyed two drones over the Dnipropetrovsk region overnight."
    assert "Skhid" not in resolved_on(text, date(2025, 2, 25))


def test_a_two_word_town_cut_short_is_its_first_word_not_its_second(resolved_on: Resolved) -> None:
    text = "Russian troops attacked a village of the Novhorod-Siversk district in the Chernihiv region."
    # (Novhorod-Siverskyi cut short by a translation: not Siversk, 400 km off in Donetsk Oblast)
    found = resolved_on(text, date(2025, 5, 3))
    assert "Siversk" not in found
    assert found["Novhorod"][0] == "Novhorod-Siverskyi"
    found = resolved_on("Russian forces advanced near Kleban-Byk and Orikhovo-Vasylivka.", date(2023, 3, 1))
    assert found["Kleban-Byk"][0] == "Kleban-Byk"


def test_a_names_one_place_near_the_anchor_of_a_wrong_side(resolved_on: Resolved) -> None:
    text = "Russian sources said HIMARS strikes targeted Glushkovo and Zvannoe, southeast of Korenevo."
    # (both lie west of Korenevo: the side is wrong, not the villages)
    found = resolved_on(text, date(2024, 8, 17))
    assert found["Glushkovo"][0] == "Glushkovo"
    assert found["Zvannoe"][0] == "Zvannoye"


def test_a_misspelt_village_cued_by_an_aside_after_it(resolved_on: Resolved) -> None:
    text = (
        "Belgorod region Governor Vyacheslav Gladkov said the attack took place in Golovichino, a village "
        "located around 10 kilometers from the border."
    )
    assert resolved_on(text, date(2025, 9, 15))["Golovichino"][0] == "Golovchino"
