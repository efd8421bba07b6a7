"""The districts of the cities the war's reports name by district, each at its own point.

"Shahed drones hit the Shevchenkivskyi, Slobidskyi and Saltivskyi districts of Kharkiv": GeoNames has
no points for a city's administrative districts, so the resolver put all three at the city's point,
one pin for three strikes. This table gives each district of Kharkiv (the city most reported so) a
point in its middle, traced from general geographic knowledge (good to about 3 km), with the stems its
adjective is written with in English, Ukrainian or Russian romanisation. A district the table does not
hold stays at its city.
"""

from __future__ import annotations

from .names import fold
from .records import Place

# city -> (district, stems of its adjective as names.fold writes them: lower case, no accents or apostrophes,
# lat, lon)
CITY_DISTRICTS: dict[str, tuple[tuple[str, tuple[str, ...], float, float], ...]] = {
    "Kharkiv": (
        ("Shevchenkivskyi District", ("shevchen",), 50.030, 36.222),
        ("Kyivskyi District", ("kyivsk", "kyyivsk", "kievsk"), 50.028, 36.278),
        ("Saltivskyi District", ("saltiv", "saltov"), 50.028, 36.336),
        ("Nemyshlianskyi District", ("nemyshl", "nemishl"), 49.990, 36.330),
        ("Industrialnyi District", ("industrial",), 49.955, 36.350),
        ("Slobidskyi District", ("slobid", "slobod"), 49.960, 36.305),
        ("Osnovianskyi District", ("osnov",), 49.955, 36.262),
        ("Novobavarskyi District", ("novobavar",), 49.950, 36.160),
        (
            "Kholodnohirskyi District",
            ("kholodnohir", "kholodnogor", "holodnogor", "kholodnogir"),
            49.985,
            36.190,
        ),
    ),
}


def district_of_city(city: Place, word: str) -> Place:
    """The district of ``city`` that ``word`` (its adjective: "Shevchenkivskyi", "Saltovsky", or "the
    Kyivskyi district") names, as a place at the district's point; or the city itself when the table
    holds no such district."""
    stem = fold(word).removeprefix("the ")
    for name, stems, lat, lon in CITY_DISTRICTS.get(city.name, ()):
        if stem.startswith(stems):
            slug = name.split()[0].lower()
            place_id = f"{DISTRICT_PREFIX}{city.id}:{fold(city.name)}-{slug}"
            return Place(place_id, name, "other", lat, lon, city.country, city.admin1)
    return city


# How a district's id starts; its city's id follows, then its own name: "district:706483:kharkiv-kyivskyi".
DISTRICT_PREFIX = "district:"


def city_id_of(place: Place) -> str | None:
    """The id of the city a district of this table lies in, or None for any other place: a district is
    held, struck and fought over as its city is."""
    if not place.id.startswith(DISTRICT_PREFIX):
        return None
    return place.id.removeprefix(DISTRICT_PREFIX).split(":", 1)[0]

