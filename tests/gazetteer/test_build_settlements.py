"""scripts/build_settlements.py keeps only the postal rows whose point can be trusted.

Rows written here in GeoNames' postal format (country, postal code, name, admin1 name, admin1 code,
admin2..., lat, lon, accuracy), checked against the real oblast outlines of gazetteer/data.
"""

from __future__ import annotations

import pytest
import shapely

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


# GeoNames' populated places (as Who's On First carries them): the hamlets neither table has.


def locality(build, geonameid: str, name: str, lat: float, lon: float, ukrainian=(), russian=(), latin=()):
    from geonames_localities import Locality

    return Locality(geonameid, name, tuple(ukrainian), tuple(russian), tuple(latin), lat, lon)


def hamlets(build, *localities, postal=(), cities_ids=frozenset()) -> list[list]:
    oblasts = build._oblasts(build.DATA / "admin1.geojson")
    return build.geonames_villages(list(localities), oblasts, {}, list(postal), cities_ids)


def test_a_hamlet_by_the_front_is_added_with_its_geonames_id_and_spellings(build) -> None:
    stupochky = locality(build, "9113948", "Stupochky", 48.53058, 37.82239, ukrainian=["Ступочки"])
    kleshcheevka = locality(
        build, "2", "Klishchiivka", 48.53, 37.96, ukrainian=["Кліщіївка"], russian=["Клещеевка"]
    )

    rows = hamlets(build, stupochky, kleshcheevka)

    assert rows[0][:3] == ["9113948", "Stupochky", "village"] and rows[0][6] == "Donetsk Oblast"
    assert {"Klishchiivka", "Kleshcheevka"} <= set(rows[1][8].split("|"))  # and the Russian spelling


def test_a_hamlet_far_from_the_war_is_left_out(build) -> None:
    # a village of Lviv Oblast: war reporting names towns there, and the namesake would only confuse
    assert hamlets(build, locality(build, "1", "Zvenyhorod", 49.77, 24.2, ukrainian=["Звенигород"])) == []


def test_a_place_cities500_or_the_postal_file_has_is_not_repeated(build) -> None:
    berdychi = locality(build, "9113133", "Berdychi", 48.1936, 37.64045, ukrainian=["Бердичі"])
    postal = [
        "uapost:86000",
        "Berdychi",
        "village",
        "48.1900",
        "37.6400",
        "UA",
        "Donetsk Oblast",
        "0",
        "Berdychi",
    ]

    assert hamlets(build, berdychi, cities_ids=frozenset({"9113133"})) == []
    assert hamlets(build, berdychi, postal=[postal]) == []


def test_an_old_record_without_a_ukrainian_name_on_the_minute_grid_is_left_out(build) -> None:
    # GeoNames' old imports: a Russian romanisation, a point read off a map to the whole minute
    old = locality(build, "692552", "Stepnoye", 48.4, 39.13333)
    assert hamlets(build, old) == []
    assert build._on_minute_grid(48.4, 39.13333) and not build._on_minute_grid(48.53058, 37.82239)


def test_two_names_at_one_geonames_point_are_no_ones_point(build) -> None:
    a = locality(build, "1", "Ukraina", 47.3333, 36.2667, ukrainian=["Україна"])
    b = locality(build, "2", "Basanka", 47.3333, 36.2667, ukrainian=["Басанка"])
    assert hamlets(build, a, b) == []


def test_a_border_villages_point_just_across_the_state_border_is_kept(build) -> None:
    # Novenke of Sumy Oblast (code 21): its postal point lies a little inside Russia's Kursk Oblast
    assert kept_names(build, row("42312", "Новеньке", "21", 51.2202, 35.1054)) == ["Новеньке"]


def test_a_point_far_across_the_state_border_is_dropped(build) -> None:
    # a Sumy Oblast row with a point 40 km inside Russia is no border village's rough point
    assert kept_names(build, row("42312", "Новеньке", "21", 51.45, 35.6)) == []


def test_a_point_by_an_oblast_line_is_the_oblast_it_lies_deeper_in(build) -> None:
    # Dovhenke by Izium lies 3 km inside Kharkiv Oblast, within the slack of Donetsk Oblast's outline
    oblasts = build._oblasts(build.DATA / "admin1.geojson")
    ukraine = [(name, outline) for code, (name, outline) in oblasts.items() if code.startswith("UA-")]
    assert build._oblast_of(ukraine, shapely.Point(37.325, 49.0157)) == "Kharkiv Oblast"
