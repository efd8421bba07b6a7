"""scripts/build_settlements.py keeps only the postal rows whose point can be trusted.

Rows written here in GeoNames' postal format (country, postal code, name, admin1 name, admin1 code,
admin2..., lat, lon, accuracy), checked against the real oblast outlines of gazetteer/data.
"""

from __future__ import annotations

import pytest

from gazetteer import key


def row(postal: str, name: str, oblast: str, lat: float, lon: float, accuracy: str = "4") -> str:
    return "\t".join(
        ["UA", postal, name, "Oblast", oblast, "Raion", "", "", "", str(lat), str(lon), accuracy]
    )


def kept_names(build, *rows: str) -> list[str]:
    kept, _ = build.trusted_rows("\n".join(rows), build._oblasts(build.DATA / "admin1.geojson"))
    return [r["name"] for r in kept]


def test_a_village_at_its_own_point_inside_its_oblast_is_kept(build) -> None:
    assert kept_names(build, row("71720", "Роботине", "26", 47.445, 35.834)) == ["Роботине"]


def test_a_raion_centres_point_is_dropped(build) -> None:
    assert kept_names(build, row("71720", "Роботине", "26", 47.445, 35.834, accuracy="1")) == []


def test_a_namesakes_point_in_another_oblast_is_dropped(build) -> None:
    # Makiivka of Luhansk Oblast (code 14) given the point of the Donetsk city
    assert kept_names(build, row("92911", "Макіївка", "14", 48.05, 37.93)) == []


def test_a_point_shared_by_three_names_is_dropped(build) -> None:
    shared = [row(f"8500{i}", name, "05", 48.2, 37.3) for i, name in enumerate(["Аа", "Бб", "Вв"])]
    assert kept_names(build, *shared) == []


def test_a_towns_post_offices_make_one_settlement(build) -> None:
    rows = [{"postal": p, "name": "Покровськ", "admin1": "Donetsk Oblast", "lat": 48.28, "lon": lon}
            for p, lon in (("85300", 37.18), ("85301", 37.19))]  # fmt: skip
    rows[0]["cyrillic"] = rows[1]["cyrillic"] = "Покровськ"

    assert len(build.merge_rows(rows)) == 1


@pytest.mark.parametrize(("ukrainian", "expected"), [("Роботине", "Robotyne"), ("Кліщіївка", "Klishchiivka")])
def test_the_main_name_is_the_official_romanisation(build, ukrainian: str, expected: str) -> None:
    main, names = build._names(ukrainian)

    assert main == expected
    assert key(ukrainian) in {key(name) for name in names}  # one spelling per key
