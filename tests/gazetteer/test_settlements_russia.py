"""Russia's border villages below cities500 (Kursk, Belgorod, Bryansk oblasts) are in the gazetteer.

Real data: the shipped table, built from GeoNames' postal file for Russia by scripts/build_settlements.py.
Positions are the villages' own (checked against public maps), to within a few km.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

import pytest

from gazetteer import find_places, haversine_km
from gazetteer.records import RU_APPROXIMATE_PREFIX
from gazetteer.spellings import ukrainian_spellings


@cache
def _table() -> tuple[dict[str, str], ...]:
    source = resources.files("gazetteer") / "data" / "settlements.tsv.gz"
    with source.open("rb") as raw:
        header, *lines = gzip.decompress(raw.read()).decode("utf-8").splitlines()
    return tuple(dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines)


def russian_rows() -> list[dict[str, str]]:
    """The border villages with a point of their own (``rupost:``)."""
    return [r for r in _table() if r["country"] == "RU" and r["id"].startswith("rupost:")]


def raion_rows() -> list[dict[str, str]]:
    """The border villages known only by their raion (``ruraion:``), drawn at its middle."""
    return [r for r in _table() if r["id"].startswith(RU_APPROXIMATE_PREFIX)]


def test_hundreds_of_border_villages_with_their_own_ids() -> None:
    rows = russian_rows()
    assert len(rows) > 500
    assert all(r["id"].startswith("rupost:") for r in rows)


def test_no_border_village_shares_its_point_with_another_name() -> None:
    names_at: dict[tuple[str, str], set[str]] = {}
    for r in russian_rows():
        names_at.setdefault((r["lat"], r["lon"]), set()).add(r["name"])
    assert max(len(names) for names in names_at.values()) < 3


@pytest.mark.parametrize(
    ("sentence", "name", "lat", "lon"),
    [
        ("Ukrainian units crossed the border at Sverdlikovo, west of Sudzha.", "Sverdlikovo", 51.25, 35.11),
        ("Russian bloggers said fighting reached Makhnovka on the southern edge of Sudzha.",
         "Makhnovka", 51.17, 35.30),
        ("The Russian Defence Ministry claimed it had retaken Plekhovo, south of Sudzha.",
         "Plekhovo", 51.10, 35.33),
        ("Shelling hit Martynovka, east of Sudzha in the Kursk region.", "Martynovka", 51.24, 35.37),
        ("Drones struck Gora-Podol, a border village near Grayvoron in the Belgorod region.",
         "Gora-Podol", 50.47, 35.65),
        ("Glotovo, near Grayvoron in the Belgorod region, was shelled overnight.", "Glotovo", 50.43, 35.60),
    ],
)  # fmt: skip
def test_a_border_village_in_a_sentence_resolves_near_its_true_point(
    sentence: str, name: str, lat: float, lon: float
) -> None:
    [mention] = [m for m in find_places(sentence) if m.text == name]
    assert mention.place is not None and mention.place.country == "RU"
    assert haversine_km(mention.place.lon, mention.place.lat, lon, lat) < 5


def test_a_cities500_place_is_not_repeated_as_a_border_village() -> None:
    # Guevo is in cities500 as Guyevo; Sudzha and Tetkino are there too.
    names = {r["name"] for r in russian_rows()}
    assert not names & {"Sudzha", "Tetkino", "Guevo", "Guyevo", "Glushkovo", "Korenevo", "Grayvoron"}


def ru_row(postal: str, name: str, lat: float, lon: float, accuracy: str = "4") -> str:
    admin = ["Курская Область", "", "СУДЖАНСКИЙ РАЙОН", "", "", ""]
    return "\t".join(["RU", postal, name, *admin, str(lat), str(lon), accuracy])


def test_the_build_keeps_a_village_at_its_own_point_and_drops_the_untrustworthy(build) -> None:
    rows = [
        ru_row("307812", "Свердликово", 51.2511, 35.1178),
        ru_row("307823", "Плехово", 51.1031, 35.3275),
        ru_row("307821", "Махновка", 51.1692, 35.2983),
        ru_row("307816", "Горналь", 52.0173, 35.3634, accuracy="1"),  # a raion centre's point
        ru_row("307801", "Суджа 1", 51.2088, 35.3454),  # a numbered post office
        ru_row("307813", "Дарьино", 55.6844, 37.1094),  # a namesake's point near Moscow
        ru_row("307818", "Новоивановка", 51.63, 34.3294),  # in the oblast, 60 km from the raion
    ]
    kept, _ = build.trusted_border_rows("\n".join(rows), build._oblasts(build.DATA / "admin1.geojson"))
    assert sorted(r["name"] for r in kept) == ["Махновка", "Плехово", "Свердликово"]


@pytest.mark.parametrize(
    ("cyrillic", "spellings"),
    [
        ("Свердликово", {"Sverdlikovo"}),
        ("Олешня", {"Oleshnya"}),
        ("Николаево-Дарьино", {"Nikolayevo-Darino", "Nikolaevo-Darino", "Nikolaevo-Daryino"}),
        ("Безлюдовка", {"Bezlyudovka"}),
    ],
)
def test_russian_names_are_romanised_as_the_press_writes_them(build, cyrillic: str, spellings: set) -> None:
    written = {build.romanise_russian(cyrillic, ye, soft) for ye in (True, False) for soft in (True, False)}
    assert spellings <= written


@pytest.mark.parametrize(
    ("cyrillic", "ukrainian"),
    [
        ("Коренево", "Koreneve"),
        ("Званное", "Zvanne"),
        ("Мартыновка", "Martynivka"),
        ("Глушково", "Hlushkove"),
    ],
)
def test_ukrainian_outlets_decline_a_russian_name_as_a_ukrainian_one(cyrillic: str, ukrainian: str) -> None:
    assert ukrainian in ukrainian_spellings(cyrillic)


def test_a_border_town_under_its_ukrainian_spelling_is_the_russian_town_where_the_text_puts_it_there() -> (
    None
):
    # Koreneve is also a village of Sumy Oblast, 90 km away across the border
    kursk = next(
        m for m in find_places("The district centre of Koreneve in the Kursk region was shelled.")
    ).place
    sumy = next(m for m in find_places("Koreneve in the Sumy region was shelled.")).place

    assert kursk is not None and (kursk.country, kursk.admin1) == ("RU", "Kursk Oblast")
    assert sumy is not None and (sumy.country, sumy.admin1) == ("UA", "Sumy Oblast")


def test_names_made_of_a_given_name_get_no_half_declined_spelling(build) -> None:
    # "Aleksiivka" in a report from the Donbas is a misspelt Oleksiivka, not Alexeyevka of Belgorod Oblast
    assert build.border_spellings("Алексеевка") == []
    assert "Glushkove" in build.border_spellings("Глушково")


def test_border_villages_with_no_point_of_their_own_lie_at_their_raions_middle() -> None:
    # Gornal and Darino of Sudzha raion: their postal rows carry a code-1 point and a namesake's point in
    # Tver Oblast; the raion's trusted points have their middle by Sudzha, about 13 km from each
    by_name = {r["name"]: r for r in raion_rows() if r["admin1"] == "Kursk Oblast"}
    for name in ("Gornal", "Darino"):
        row = by_name[name]
        assert haversine_km(float(row["lon"]), float(row["lat"]), 35.27, 51.19) < 10
    # a name its oblast already has with a point of its own is not added again at a raion's middle
    own = {r["name"] for r in russian_rows() if r["admin1"] == "Kursk Oblast"}
    assert not own & set(by_name)


def test_a_border_village_known_only_by_its_raion_is_approximate() -> None:
    text = "Russian forces moved to encircle Ukrainian troops in the village of Gornal in the Kursk region."
    [gornal] = [m for m in find_places(text) if m.text == "Gornal"]
    assert gornal.place.approximate and gornal.place.country == "RU"
