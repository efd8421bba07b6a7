"""Place readings from the fourth set of unseen articles, second round (our own sentences, facts
from public reporting): far-off namesakes picked in a text about the front."""

from __future__ import annotations

import pytest

from gazetteer import find_places, load_gazetteer
from gazetteer.distance import haversine_km


def picks(text: str) -> dict[str, tuple[str, str, float, float] | None]:
    """Each name's last reading: (name, oblast, lat, lon), or None when left unresolved."""
    return {
        m.text: (m.place.name, m.place.admin1, m.place.lat, m.place.lon) if m.place else None
        for m in find_places(text, load_gazetteer())
    }


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        # a small place 1,200 km off (Kaliningrad's Yantarnyy) in a list of Kurakhove's villages
        (
            "DeepState said Russian troops advanced west of Kurakhove, near Dachne, Sontsivka and Yantarnyy.",
            "Yantarnyy",
            (47.98, 37.27),
        ),
        # a town by Moscow in a General Staff line about the Pokrovsk front
        (
            "In the Pokrovsk direction, the occupiers attacked 14 times; fighting goes on near "
            "Novoselivka and Sokol.",
            "Sokol",
            (48.28, 37.18),
        ),
    ],
)
def test_a_small_place_far_from_the_front_it_is_listed_with_is_not_picked(text, name, near):
    """A wrong pin is worse than none: the name stays unresolved, or lands near the front it is named on."""
    pick = picks(text)[name]
    assert pick is None or haversine_km(pick[3], pick[2], near[1], near[0]) <= 150


def test_a_list_in_a_passage_about_one_oblast_keeps_to_it():
    """A list of villages after the article says which oblast they are in: namesakes in oblasts the
    article never names, 300 km from everything it is sure of, are guesses; the one of the list that
    lies by the town the article is about is kept."""
    text = (
        "Russian troops pushed into the centre of Sudzha, the Defence Ministry said, after weeks of "
        "fighting in the Kursk region. It said its forces had retaken the villages of Mirny, Bogdanovka, "
        "Martynovka and Pravda."
    )
    found = picks(text)
    assert found["Martynovka"] is not None and found["Martynovka"][1] == "Kursk Oblast"
    for name in ("Mirny", "Bogdanovka", "Pravda"):
        assert found[name] is None or found[name][1] == "Kursk Oblast", (name, found[name])


@pytest.mark.parametrize(
    "text",
    [
        "Putin may have told his generals to seize new territories in the east before winter.",
        "Moscow wants more new territories, the report said.",
    ],
)
def test_a_lower_case_phrase_is_no_far_city(text):
    """'new territories' in lower case is a phrase, not Hong Kong's New Territories."""
    assert "new territories" not in picks(text)
