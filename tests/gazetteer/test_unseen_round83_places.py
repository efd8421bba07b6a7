"""Round 83 of unseen reporting, places: a claim over two fronts, a brigade named for a town, and the
Russian spelling of a village whose Ukrainian name has a typographic apostrophe."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer.spellings import russian_spellings

Resolved = Callable[[str, date], dict[str, tuple[str, float, float]]]  # tests/gazetteer/conftest.py


def test_the_last_village_of_a_claim_over_two_fronts_lies_on_the_other_named_oblasts_front(
    resolved_on: Resolved,
) -> None:
    text = (
        "Moscow said its troops had taken more ground in Ukraine's Donetsk and Sumy regions. The defence "
        "ministry named the villages of Stupochky, Otradne and Loknya as captured."
    )
    name, lat, lon = resolved_on(text, date(2025, 5, 25))["Loknya"]
    assert (name, round(lat, 1), round(lon, 1)) == ("Loknia", 51.1, 35.1)  # by Yunakivka, on the front


def test_a_brigade_named_after_its_kind_is_no_town(resolved_on: Resolved) -> None:
    text = (
        "Ukraine freed 25 defenders of Mariupol and Azovstal from captivity. The prisoners were taken by the "
        "12th Special Forces Brigade Azov during fighting near Toretsk."
    )
    assert "Azov" not in resolved_on(text, date(2025, 1, 15))


def test_quoted_fighters_named_for_a_town_are_no_town(resolved_on: Resolved) -> None:
    text = (
        "Ukraine freed 25 defenders of Mariupol and Azovstal from captivity. Russian officials claimed that "
        'the "Azov" fighters had mined the approaches to Toretsk.'
    )
    assert "Azov" not in resolved_on(text, date(2025, 1, 15))


def test_a_typographic_apostrophe_keeps_the_russian_stem() -> None:
    assert russian_spellings("Кам’янка") == russian_spellings("Кам'янка") == ["Kamenka"]


def test_a_weak_name_dropped_before_a_cued_village_leaves_the_village_its_place(
    resolved: Callable[[str], dict[str, tuple[str, str]]],
) -> None:
    text = (
        "In the Donetsk People’s Republic, units of the “Yug” task force destroyed drone control points. "
        "Earlier, Ukrainian forces had shelled the village of Tetkino in the Kursk region."
    )
    assert resolved(text)["Tetkino"] == ("Tëtkino", "Kursk Oblast")


def test_the_wars_town_on_the_days_front_stays_in_a_story_of_elsewhere(resolved_on: Resolved) -> None:
    text = (
        "Russia plans votes on joining it in Luhansk, Donetsk, Kherson and Zaporizhzhia. In the east, "
        "Ukrainian troops are pushing forward around Lyman."
    )
    name, lat, lon = resolved_on(text, date(2022, 9, 22))["Lyman"]
    assert (name, round(lat, 1), round(lon, 1)) == ("Lyman", 49.0, 37.8)
