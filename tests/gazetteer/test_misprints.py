"""Names the text marks as places, printed one letter off the gazetteer's spelling (a letter typed for
another, left out, or swapped with its neighbour), read as the one place they can be
(gazetteer.variants.misprint_of, region_misprints), with real GeoNames and postal data."""

from __future__ import annotations

import pytest

from gazetteer import find_places
from gazetteer.places import load_gazetteer
from gazetteer.variants import misprint_of


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "name", "place", "oblast"),
    [
        # a consonant typed for another (l -> k), in the oblast the sentence names
        ("Russian forces shelled the village of Nevekske in the Donetsk region.", "Nevekske", "Nevelske",
         "Donetsk Oblast"),
        # a letter left out, by the villages listed with it
        ("Russian troops attacked near Robotyne, Verbove and Novoprokopvka.", "Novoprokopvka",
         "Novoprokopivka", "Zaporizhzhia Oblast"),
    ],
)  # fmt: skip
def test_a_village_one_letter_off_is_the_one_place_it_can_be(text, name, place, oblast, gaz, mention_of):
    mention = mention_of(text, name, gaz)
    assert mention is not None and mention.place is not None, text
    assert (mention.place.name, mention.place.admin1) == (place, oblast)
    assert "misprint" in mention.reason and place in mention.reason
    assert mention.score < 0.4  # below a spelling variant, which is below a pick by name


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Drones attacked the Belgorov region overnight, the governor said.", "Belgorov region",
         "Belgorod Oblast"),
        ("Air defences downed six drones over the Moscov region.", "Moscov region", "Moscow Oblast"),
        # two letters swapped
        ("Shelling was reported across the Luhanks region.", "Luhanks region", "Luhansk Oblast"),
    ],
)  # fmt: skip
def test_an_oblast_one_letter_off_before_region_is_that_oblast(text, name, region, gaz, mention_of):
    mention = mention_of(text, name, gaz)
    assert mention is not None and mention.place is not None, text
    assert mention.place.name == region and mention.place.kind == "region"
    assert "misprint" in mention.reason


@pytest.mark.parametrize(
    "text",
    [
        # several Semenivkas of Donetsk Oblast are one letter off: no one of them is the text's
        "Shelling hit the village of Seminivka in the Donetsk region.",
        # a surname after "near", one letter off no village of the oblast
        "The brigade fought near Kovalenkov in the Donetsk region.",
        # a word before "region" that no oblast's name is one letter off
        "Storms are expected across the Pacific region.",
    ],
)
def test_no_misprint_is_read_where_no_one_place_fits(text, gaz):
    assert not any("misprint" in m.reason for m in find_places(text, gaz)), text


def test_a_misprint_needs_where_the_text_is(gaz):
    # with no oblast named and no place near, a one-letter-off name is no guide to a place
    assert misprint_of("Nevekske", gaz, frozenset(), []) is None
    assert misprint_of("Nevekske", gaz, frozenset({"Donetsk Oblast"}), []).name == "Nevelske"
    # short names are not tried: too many villages lie one letter apart
    assert misprint_of("Yasnoe", gaz, frozenset({"Donetsk Oblast"}), []) is None
