"""Places of round 46 of unseen reporting, with the real gazetteer: communities listed in the sentence
after the one that names their district are that district's, though the article names a bigger
namesake of one of them elsewhere."""

from __future__ import annotations

from gazetteer import find_places

LYSAK_DAY = (
    "Russian troops attacked Dnipropetrovsk Oblast with drones and artillery overnight, the head of the "
    "regional military administration said on Sunday.\n\n"
    "In the Synelnykove district, the Pokrovske and Mezhova hromadas came under fire and a farm building "
    "burned down.\n\n"
    "The occupiers also shelled the Nikopol district with heavy artillery. Lysak said that the "
    "Marhanets, Myrove and Pokrovske hromadas were hit; a 70-year-old woman was injured."
)


def _places_of(text: str, name: str) -> list[tuple[float, float]]:
    return [(m.place.lat, m.place.lon) for m in find_places(text) if m.text == name and m.place]


def test_communities_listed_after_the_sentence_naming_their_district_are_that_districts() -> None:
    first, second = _places_of(LYSAK_DAY, "Pokrovske")
    # the Pokrovske hromada of Synelnykove district (Pokrovske, 10,000 people, by Mezhova) ...
    assert first[1] > 36.0
    # ... and the one of Nikopol district, 18 km from Nikopol, listed after "the Nikopol district"
    assert abs(first[0] - 47.55) > 0.2 and abs(second[0] - 47.55) < 0.05 and abs(second[1] - 34.15) < 0.05


def test_a_district_of_the_sentence_before_that_holds_no_namesake_changes_nothing() -> None:
    text = (
        "The Russians struck the Nikopol district with FPV drones. Lysak said there were hits in the "
        "Mezhova and Vasylkivka hromadas of the region as well."
    )
    (mezhova,) = _places_of(text, "Mezhova")
    assert abs(mezhova[0] - 48.25) < 0.1 and abs(mezhova[1] - 36.73) < 0.1  # the town of Mezhova, 150 km off
