"""Every mention of a river goes to the stretch the article's places lie by, with or without "River",
and a government named by its seat ("Kyiv's plans") does not pull it to the capital. Texts written
for these tests; points are true ones (public maps)."""

from __future__ import annotations

import pytest

from gazetteer import find_places, haversine_km, load_gazetteer

KRYNKY = (46.73, 33.08)
ENERHODAR = (47.50, 34.65)
KHERSON = (46.64, 32.62)
# A paragraph long enough that the places after it are not the river mention's passage.
FILLER = (
    " Officials gave no figures for the losses, and the general staff said only that the situation "
    "remained difficult after weeks of glide-bomb attacks and drone strikes on the boats that carried "
    "supplies across the water every night since the autumn."
)
KRYNKY_ARTICLE = (
    "Ukrainian marines pulled back from a foothold south of the Dnieper River, a setback for Kyiv's plans "
    "to push toward Crimea." + FILLER + " The village of Krynky, upstream of Kherson, had been held since "
    "October. Boats still cross the Dnieper at night."
)
TWO_STRETCHES = (
    "The Zaporizhzhia nuclear plant at Enerhodar draws its cooling water from the Dnipro." + FILLER
    + " Downstream, Russian guns shelled Kherson and Bilozerka from across the Dnipro."
)  # fmt: skip


def rivers(text: str) -> list:
    return [m for m in find_places(text, load_gazetteer()) if m.place is not None and m.place.kind == "river"]


def km(place, point: tuple[float, float]) -> float:
    return haversine_km(place.lon, place.lat, point[1], point[0])


def test_every_mention_of_the_river_is_by_the_articles_places_not_by_the_capital():
    found = rivers(KRYNKY_ARTICLE)
    assert [m.text for m in found] == ["Dnieper River", "Dnieper"]
    for mention in found:
        assert km(mention.place, KRYNKY) <= 40, mention.reason


def test_the_capital_named_as_a_government_is_still_a_place_of_the_text():
    assert "Kyiv" in [m.text for m in find_places(KRYNKY_ARTICLE, load_gazetteer()) if m.place is not None]


@pytest.mark.parametrize(("nth", "true_point"), [(0, ENERHODAR), (1, KHERSON)])
def test_a_river_named_by_two_stretches_goes_to_the_one_of_its_passage(nth, true_point):
    mention = rivers(TWO_STRETCHES)[nth]
    assert km(mention.place, true_point) <= 40, mention.reason


GLUSHKOVO = (51.34, 34.64)


@pytest.mark.parametrize(
    "text",
    [
        "Russia said Ukraine struck a third bridge across the River Seym in the Kursk region.",
        "Ukraine hit the bridge over the Seym River near Glushkovo with rockets.",
    ],
)
def test_the_seym_of_the_kursk_incursion_is_by_glushkovo(text):
    [mention] = rivers(text)
    assert mention.place.id == "river:seym" and km(mention.place, GLUSHKOVO) <= 15, mention.reason


def test_an_oblast_other_than_its_own_points_moves_the_river():
    [mention] = rivers("Shelling continued along the Dnipro in the Zaporizhzhia region.")
    assert km(mention.place, KHERSON) > 100 and mention.place.admin1 == "", mention.reason


def test_polands_parliament_is_not_the_river_seym():
    assert rivers("Poland's Sejm approved the aid bill on Friday.") == []
