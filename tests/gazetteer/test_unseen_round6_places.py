"""Place readings from a sixth set of unseen articles (our own sentences, facts from public reporting)."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        # an article about one stretch of front: a small namesake 200 km away is no pick (the village
        # meant is missing from the data)
        (
            "Russian troops captured Ptyche, southeast of Pokrovsk, and pushed on towards Selydove and "
            "Novohrodivka. They had earlier tried to advance from Yasnobrodivka and Karlivka towards "
            "Hrodivka.",
            "Karlivka",
            (48.28, 37.18),
        ),
        (
            "Ukrainian forces retook Novodarivka and Levadne in the Zaporizhzhia region, then Rivnopil and "
            "Staromaiorske south of Velyka Novosilka, west of Vuhledar. The settlements freed were "
            "Novodarivka, Levadne, Storozhove and Rivnopil.",
            "Storozhove",
            (47.78, 36.63),
        ),
    ],
)
def test_a_small_namesake_far_from_a_local_article_is_no_pick(placed, text, name, near):
    found = placed(text, name)
    assert found is None or haversine_km(found[1], found[0], near[1], near[0]) < 60


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # ... but an article about the whole front keeps its far places
        (
            "Fighting went on near Kupiansk and Lyman, Russian troops pressed on Pokrovsk, and drones hit "
            "Kherson. In the north, shelling reached Seredyna-Buda.",
            "Seredyna-Buda",
            (52.19, 34.04),
        ),
        # ... and so does a local article that says where the far place is
        (
            "Russian troops captured Ptyche, southeast of Pokrovsk, and pushed on towards Selydove and "
            "Novohrodivka. A drone also hit Karlivka in the Poltava region.",
            "Karlivka",
            (49.46, 35.13),
        ),
    ],
)
def test_far_places_an_article_has_reason_for_stay(placed, text, name, point):
    found = placed(text, name)
    assert found is not None
    assert haversine_km(found[1], found[0], point[1], point[0]) < 15


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the oblast kept the name its capital dropped: the bare old name is the oblast
        (
            "Russia has captured two villages in the Dnipropetrovsk region, monitors said. Moscow said its "
            "troops had taken their first village in Dnipropetrovsk, a region it does not claim, in July.",
            "Dnipropetrovsk",
            "Dnipropetrovsk Oblast",
        ),
        (
            "Monitors counted two more Dnipropetrovsk villages under attack.",
            "Dnipropetrovsk",
            "Dnipropetrovsk Oblast",
        ),
        (
            "Drones hit the Kirovohrad region overnight. Power failed across Kirovohrad by morning.",
            "Kirovohrad",
            "Kirovohrad Oblast",
        ),
        # ... unless the text says it is the city
        ("Missiles hit the city of Dnipropetrovsk in the spring of 2015.", "Dnipropetrovsk", "Dnipro"),
    ],
)
def test_a_renamed_capital_s_old_name_is_its_oblast(text, name, expected):
    found = {m.text: m.place for m in find_places(text, load_gazetteer()) if m.place}
    assert found[name].name == expected


def test_the_only_namesake_in_the_oblast_the_article_is_about_is_no_guess(placed):
    # the oblast is named paragraphs before the villages; Kyiv (a dateline) and Moscow (a government)
    # are the only places around them
    text = (
        "KYIV (Reuters) - Russia has captured two villages in Ukraine's Dnipropetrovsk region, Ukrainian "
        "monitors said on Tuesday.\n\nRussian forces now occupy the villages of Zaporizke and "
        "Novoheorhiivka, according to the monitors. Moscow's defence ministry had reported taking both "
        "earlier."
    )
    found = placed(text, "Novoheorhiivka")
    assert found is not None
    assert haversine_km(found[1], found[0], 36.60, 47.94) < 15
