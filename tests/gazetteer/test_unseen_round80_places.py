"""Round 80 of unseen reporting, places: a village the text puts by a town, far from the oblasts it names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_a_village_west_of_the_town_it_is_put_by_stays_though_far_from_the_named_oblast(
    resolved_on: Resolved,
) -> None:
    text = (
        "Russian missiles hit an energy site in the Lviv region on Sunday. The strikes came a day after "
        "Moscow said its troops had taken the village of Ivanivske west of Bakhmut."
    )
    found = resolved_on(text, date(2024, 3, 24))
    name, lat, lon = found["Ivanivske"]
    assert (round(lat, 1), round(lon, 1)) == (48.6, 37.9)  # the Ivanivske of the Bakhmut district


def test_a_logistics_hub_is_a_town_not_a_village_of_its_name(resolved_on: Resolved) -> None:
    text = (
        "Russian troops are digging in near Kreminna in the Luhansk region. Ukraine retook most of the "
        "Kharkiv region in September and, in the east, the logistics hub of Lyman."
    )
    name, lat, lon = resolved_on(text, date(2022, 10, 14))["Lyman"]
    assert (round(lat, 1), round(lon, 1)) == (49.0, 37.8)  # the town of Donetsk Oblast, not a village


def test_a_share_of_an_oblast_listed_after_a_town_does_not_say_where_the_town_is(
    resolved_on: Resolved,
) -> None:
    text = (
        "Bakhmut, in the Donetsk region, has been shelled for months. Russian troops were pushed back when "
        "Ukraine recaptured Lyman and much of Kharkiv region last month."
    )
    name, lat, lon = resolved_on(text, date(2022, 10, 14))["Lyman"]
    assert (round(lat, 1), round(lon, 1)) == (49.0, 37.8)


def test_a_village_the_data_lists_under_its_soviet_name_is_found_by_its_new_one(
    resolved_on: Resolved,
) -> None:
    text = (
        "Russia's army said it had captured another village in Ukraine's Sumy region. The ministry said its "
        "troops took the village of Yablunivka, around nine kilometers from the border. It also said its "
        "troops had captured two more villages in the Donetsk region."
    )
    name, lat, lon = resolved_on(text, date(2025, 6, 13))["Yablunivka"]
    assert (lat, lon) == (51.1, 35.0)  # the Sumy region's (Chervonopraporne until 2016), not Donetsk's


def test_a_community_adjective_in_ivska_for_a_seat_in_eve(resolved_on: Resolved) -> None:
    text = (
        "The Vasylkivska and Zaitsivska communities of the Synelnykove district came under Russian attacks."
    )
    found = resolved_on(text, date(2025, 11, 23))
    assert found["Zaitsivska"][0] == "Zaitseve"  # the district's Zaitseve, not the Zaitsiv of Kyiv Oblast
    assert found["Vasylkivska"][0] == "Vasylkivka"


def test_chasiv_yars_community_by_its_russian_style_adjective(resolved_on: Resolved) -> None:
    found = resolved_on("In Chasovoyarsk community, three houses were damaged by shelling.", date(2024, 3, 1))
    assert found["Chasovoyarsk"][0] == "Chasiv Yar"
