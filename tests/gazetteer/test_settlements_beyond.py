"""Moldova's villages and those of Romania's border band are in the gazetteer (Plauru, Cobasna).

Real data: the shipped gazetteer, its table built from GeoNames' postal files for Romania and Moldova by
scripts/border_villages.py (called by scripts/build_settlements.py). Positions are checked against
public maps to within a few km.
"""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places, haversine_km, load_gazetteer

IZMAIL = (45.35, 28.84)


def _rows(country: str) -> list[Place]:
    """The shipped gazetteer's villages of the country's postal file (ids ``mdpost:``, ``ropost:``)."""
    places = load_gazetteer().places
    return [places[i] for i in places.keys() if i.startswith(f"{country.lower()}post:")]


def test_moldova_whole_and_romania_by_the_border_with_their_own_ids() -> None:
    moldova, romania = _rows("MD"), _rows("RO")
    assert len(moldova) > 1000 and len(romania) > 100
    assert all(p.country == "MD" for p in moldova) and all(p.country == "RO" for p in romania)
    # Romania's: the Danube and Prut banks and Maramures, no village of Bucharest's plain
    assert all(21.0 < p.lon < 30.0 and 45.0 < p.lat < 48.5 for p in romania)
    assert {p.admin1 for p in moldova} == {"", "Transnistria", "Gagauzia"}
    assert {p.admin1 for p in romania} == {""}


def test_no_village_repeats_a_cities500_town_of_its_country() -> None:
    names = {p.name for p in _rows("MD") + _rows("RO")}
    assert not names & {"Tiraspol", "Bender", "Rîbniţa", "Chişinău", "Isaccea", "Tulcea", "Galaţi"}


def test_a_drone_crash_across_the_danube_is_at_the_romanian_village() -> None:
    text = (
        "Fragments of a Russian drone fell near the village of Plauru in Romania, across the Danube from "
        "Izmail, Romania's defence ministry said."
    )
    found = {m.text: m.place for m in find_places(text, published=date(2023, 9, 4))}
    plauru = found["Plauru"]
    assert plauru is not None and plauru.country == "RO"
    assert haversine_km(plauru.lon, plauru.lat, IZMAIL[1], IZMAIL[0]) < 5


def test_the_transnistrian_depot_village_is_in_transnistria() -> None:
    text = "Soviet-era ammunition is stored in the village of Cobasna in Transnistria, by the border."
    found = {m.text: m.place for m in find_places(text, published=date(2022, 5, 3))}
    cobasna = found["Cobasna"]
    assert cobasna is not None and cobasna.admin1 == "Transnistria"
    assert haversine_km(cobasna.lon, cobasna.lat, 29.21, 47.78) < 5


def _postal(country: str, postal: str, name: str, lat: float, lon: float, accuracy: str = "4") -> str:
    county = "Tulcea" if country == "RO" else "Ribnita Tr."
    return "\t".join([country, postal, name, county, "", "", "", "", "",
                      str(lat), str(lon), accuracy])  # fmt: skip


def test_the_build_keeps_own_points_by_the_border_and_drops_the_rest(build) -> None:
    from border_villages import border_villages  # scripts/ is on the path once build_settlements is loaded

    rows = [
        _postal("RO", "827042", "Plauru", 45.324, 28.8302),
        _postal("RO", "827043", "Plauru", 45.325, 28.831),  # a second office of the same village
        _postal("RO", "827050", "Grindu", 45.40, 28.20, accuracy="1"),  # a county centre's point
        _postal("RO", "077010", "Snagov", 44.70, 26.17),  # by Bucharest, far from Ukraine
        *(_postal("RO", f"82710{i}", name, 45.1, 28.6) for i, name in enumerate(("A", "B", "C"))),  # shared
    ]
    kept = border_villages("\n".join(rows), "RO", build.DATA / "admin1.geojson", {}, frozenset())
    assert [(r[0], r[1]) for r in kept] == [("ropost:827042", "Plauru")]
    moldova = [_postal("MD", "MD-5515", "Cobasna", 47.7844, 29.2061),
               _postal("MD", "MD-5516", "Cobasna Loc.C.F.", 47.79, 29.21)]  # fmt: skip
    kept = border_villages("\n".join(moldova), "MD", build.DATA / "admin1.geojson", {}, frozenset())
    assert [(r[1], r[6]) for r in kept] == [("Cobasna", "Transnistria")]
