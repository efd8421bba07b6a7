"""Round 77 of unseen reporting, places: a village named with its kind word before its oblast, and the
towns of the war under Russian spellings that towns far from it also bear."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import find_places

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_a_village_with_its_kind_word_before_its_oblast_is_the_oblasts_one_on_the_front(
    resolved_on: Resolved,
) -> None:
    text = (
        "Moscow has claimed the alleged capture of Kalynivske village in Dnipropetrovsk region.\n\n"
        '"Dnipro" OSGT spokesman Oleksii Bielskyi denied the claim.'
    )
    # (of the oblast's two Kalynivskes, the one on the front of September 2025, not the one by Dnipro)
    assert resolved_on(text, date(2025, 9, 23))["Kalynivske"] == ("Kalynivske", 47.9, 36.5)


def test_russian_spellings_of_the_wars_towns_in_a_list_of_fronts(resolved_on: Resolved) -> None:
    text = (
        "Putin said his troops had broken through near Huliaipole in the Zaporizhzhia region, that Volchansk "
        "was almost entirely under their control, and that in Seversk they held most of the buildings."
    )
    found = resolved_on(text, date(2025, 11, 27))
    # (not the Volchansk of the Urals, nor Seversk by Tomsk: both far from every front)
    assert found["Volchansk"][0] == "Vovchansk"
    assert found["Seversk"][0] == "Siversk"


def test_a_russian_town_of_the_name_is_still_meant_in_a_story_of_its_region(resolved_on: Resolved) -> None:
    text = "A drone hit a chemical plant in Seversk, in Russia's Tomsk region, the governor said."
    assert resolved_on(text, date(2025, 11, 27))["Seversk"][0] == "Seversk"


def test_a_community_named_again_is_the_one_the_article_read_it_as() -> None:
    text = (
        "Russian troops attacked the Nikopol district overnight. A woman was injured in the Pokrovsk "
        "community.\n\n"
        '"The enemy used drones and artillery. The Pokrovsk community suffered the most," the head of the '
        "regional administration said."
    )
    found = [m for m in find_places(text, published=date(2024, 9, 1)) if m.text == "Pokrovsk"]
    # (Pokrovske's community by Nikopol both times, not the town of Pokrovsk in Donetsk Oblast)
    assert [(m.place.name, round(m.place.lat, 1)) for m in found] == [("Pokrovske", 47.6)] * 2


def test_a_community_by_its_adjectives_stem_in_a_list_after_the_word(resolved_on: Resolved) -> None:
    text = "Russian strikes targeted the communities of Nikopol, Myriv, Marhanets and Chervonohryhorivka."
    # (Myrove's community, the Myrivska hromada, cut to its stem)
    assert resolved_on(text, date(2024, 8, 1))["Myriv"][0] == "Myrove"
    text = "The Marhanets, Myriv and Pokrovske communities were shelled overnight."
    assert resolved_on(text, date(2024, 8, 1))["Myriv"][0] == "Myrove"


def test_a_russian_port_named_after_its_country_and_the_capitals_of_a_list_across_russia(
    resolved_on: Resolved,
) -> None:
    text = (
        "On the night of September 12th, drones attacked Russia's largest oil terminal, the Port of Primorsk "
        "on the Baltic Sea, located in the Leningrad region.\n\n"
        "Airport operations were also suspended overnight in Ivanovo, Pskov, Yaroslavl, and Kaluga."
    )
    found = resolved_on(text, date(2025, 9, 12))
    assert found["Primorsk"][1:] == (60.4, 28.6)  # (Leningrad Oblast's, not Prymorsk of Zaporizhzhia Oblast)
    assert {found[name][0] for name in ("Ivanovo", "Pskov", "Yaroslavl", "Kaluga")} == {
        "Ivanovo",
        "Pskov",
        "Yaroslavl",
        "Kaluga",
    }


def test_districts_of_the_moscow_region_by_their_adjectives(resolved_on: Resolved) -> None:
    text = (
        "Mayor Sergei Sobyanin said that 12 drones were destroyed in the Ramensky and Kolomensky districts "
        "and Domodedovo city."
    )
    found = resolved_on(text, date(2024, 9, 1))
    # (the region's districts, Ramenskoye's and Kolomna's, not Ramenki and Kolomenskoye inside Moscow)
    assert (found["Ramensky"][0], found["Kolomensky"][0]) == ("Ramenskoye", "Kolomna")
