"""Round 78 of unseen reporting, places: a city then its own oblast, a village named where a spokesman spoke
far away, a Ukrainian raion's name in a story of a Russian region, and a capital cited as a source."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_a_city_then_its_own_oblast_are_two_places(resolved_on: Resolved) -> None:
    found = resolved_on("Russia struck Sumy, Sumy Oblast, and Poltava overnight.", date(2025, 4, 13))
    # (not the oblast twice, as "Velyka and Mala Komyshuvakha" share the noun after the last name)
    assert found["Sumy"][0] == "Sumy"
    assert found["Sumy Oblast"][0] == "Sumy Oblast"
    shared = resolved_on("Fighting went on near Velyka and Mala Komyshuvakha.", date(2022, 4, 20))
    assert shared["Velyka"][0] == "Velyka Komyshuvakha"


def test_a_village_is_no_list_mate_of_the_city_where_a_spokesman_spoke(resolved_on: Resolved) -> None:
    text = (
        "Defence Ministry spokesman Igor Konashenkov told a briefing in Moscow that the army had captured "
        "the Mali Shcherbaky settlement."
    )
    # (Moscow, 900 km off, only says where he spoke)
    assert resolved_on(text, date(2023, 6, 20))["Mali Shcherbaky"][0] == "Mali Shcherbaky"


def test_a_ukrainian_raions_name_in_a_story_of_a_russian_region(resolved_on: Resolved) -> None:
    text = (
        "Drones attacked the Rostov region overnight, the governor said.\n\n"
        "A fire broke out at a warehouse in the village of Sokhranovka in the Chortkiv district."
    )
    # (Rostov's Chertkovsky district, which the data lacks, not Ukraine's Chortkiv raion 1,000 km west)
    assert "Chortkiv district" not in resolved_on(text, date(2025, 3, 4))


def test_a_town_abroad_the_text_puts_in_an_oblast_of_ukraine_is_a_misspelling(resolved_on: Resolved) -> None:
    text = "A Russian missile attack on the city of Vilnius in Ukraine's Zaporizhzhia region killed seven."
    # (the reporter's Vilniansk, which the gazetteer cannot guess; not Lithuania's capital)
    assert "Vilnius" not in resolved_on(text, date(2024, 6, 29))
    assert resolved_on("A drone hit Tver in the Tver region.", date(2024, 6, 29))["Tver"][0] == "Tver"


def test_a_city_and_its_own_district_are_the_city_and_the_raion(resolved_on: Resolved) -> None:
    found = resolved_on(
        "The Russian military struck Zaporizhzhia and Zaporizhzhia district on Monday.", date(2024, 3, 4)
    )
    assert found["Zaporizhzhia"][0] == "Zaporizhzhia"
    assert found["Zaporizhzhia district"][0] == "Zaporizhzhia Raion"
    # (two seats before the word stay two raions)
    found = resolved_on("Shelling hit the Nikopol and Synelnykove districts.", date(2024, 3, 4))
    assert found["Nikopol"][0] == "Nikopol Raion"
