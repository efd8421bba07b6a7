"""The districts of the cities the war's reports name by district, each at its own point.

"Shahed drones hit the Shevchenkivskyi, Slobidskyi and Saltivskyi districts of Kharkiv": GeoNames has
no points for a city's administrative districts, so the resolver put all three at the city's point,
one pin for three strikes. This table gives each district of the cities the war's reports name by
district (Kharkiv, Kyiv, Zaporizhzhia, Dnipro, Odesa, Kherson, Mykolaiv, Donetsk, Horlivka, Makiivka,
Kryvyi Rih, Mariupol, Sumy) a point in its middle, traced from general geographic knowledge (good to
about 3 km, Kryvyi Rih's to 5), with the stems its name is written with in English, Ukrainian or Russian
romanisation, old names included (Donetsk's districts keep their Soviet names; Odesa's Peresypskyi was
Suvorovskyi). A district the table does not hold stays at its city.
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
    "Kyiv": (
        (
            "Holosiivskyi District",
            ("holosiiv", "holosiyiv", "holosiv", "holosiev", "goloseev", "golosiiv"),
            50.380,
            30.505,
        ),
        ("Darnytskyi District", ("darnyt", "darnit", "darnic"), 50.410, 30.650),
        ("Desnianskyi District", ("desnian", "desnyan"), 50.510, 30.612),
        ("Dniprovskyi District", ("dniprov", "dneprov"), 50.458, 30.620),
        ("Obolonskyi District", ("obolon",), 50.508, 30.495),
        ("Pecherskyi District", ("pechers",), 50.428, 30.548),
        ("Podilskyi District", ("podil", "podol"), 50.480, 30.455),
        ("Sviatoshynskyi District", ("sviatoshyn", "svyatoshyn", "sviatoshin", "svyatoshin"), 50.458, 30.370),
        ("Solomianskyi District", ("solomian", "solomyan", "solomen"), 50.428, 30.448),
        ("Shevchenkivskyi District", ("shevchen",), 50.460, 30.480),
    ),
    "Zaporizhzhia": (
        ("Voznesenivskyi District", ("voznesen",), 47.848, 35.120),
        ("Dniprovskyi District", ("dniprov", "dneprov"), 47.868, 35.070),
        ("Zavodskyi District", ("zavod",), 47.893, 35.120),
        ("Komunarskyi District", ("komunar", "kommunar", "communar"), 47.800, 35.205),
        ("Oleksandrivskyi District", ("oleksandriv", "aleksandrov", "alexandrov"), 47.830, 35.160),
        ("Khortytskyi District", ("khortyts", "khortits", "hortits", "khortyc"), 47.800, 35.035),
        ("Shevchenkivskyi District", ("shevchen",), 47.868, 35.160),
    ),
    "Dnipro": (
        ("Amur-Nyzhnodniprovskyi District", ("amur",), 48.510, 35.080),
        ("Industrialnyi District", ("industrial",), 48.492, 35.130),
        ("Samarskyi District", ("samarsk",), 48.440, 35.170),
        ("Novokodatskyi District", ("novokodat",), 48.450, 34.900),
        ("Chechelivskyi District", ("chechel",), 48.462, 34.980),
        ("Tsentralnyi District", ("tsentral", "central"), 48.468, 35.040),
        ("Sobornyi District", ("soborn",), 48.430, 35.050),
        ("Shevchenkivskyi District", ("shevchen",), 48.445, 35.010),
    ),
    "Odesa": (
        ("Kyivskyi District", ("kyivsk", "kyyivsk", "kievsk"), 46.400, 30.720),
        # (Malynovskyi until 2024)
        (
            "Khadzhybeiskyi District",
            ("khadzhybe", "khadzhibe", "hadzhibe", "hadzhybe", "malynov", "malinov"),
            46.450,
            30.670,
        ),
        ("Prymorskyi District", ("prymor", "primor"), 46.462, 30.740),
        ("Peresypskyi District", ("peresyp", "suvorov"), 46.560, 30.775),
    ),
    "Kherson": (
        ("Dniprovskyi District", ("dniprov", "dneprov"), 46.650, 32.660),
        ("Korabelnyi District", ("korabel",), 46.622, 32.582),
        ("Suvorovskyi District", ("suvorov",), 46.638, 32.612),
        ("Tsentralnyi District", ("tsentral", "central"), 46.668, 32.608),
    ),
    "Mykolaiv": (
        ("Tsentralnyi District", ("tsentral", "central"), 46.970, 32.000),
        ("Zavodskyi District", ("zavod",), 46.955, 31.975),
        ("Inhulskyi District", ("inhul", "ingul"), 46.990, 32.050),
        ("Korabelnyi District", ("korabel",), 46.850, 32.020),
    ),
    "Donetsk": (
        ("Budonnivskyi District", ("budon", "budyon", "budenn"), 48.030, 37.830),
        ("Voroshylovskyi District", ("voroshyl", "voroshil"), 48.005, 37.800),
        ("Kalininskyi District", ("kalinin",), 48.030, 37.875),
        ("Kyivskyi District", ("kyivsk", "kyyivsk", "kievsk"), 48.050, 37.770),
        ("Kirovskyi District", ("kirov",), 47.960, 37.700),
        ("Kuibyshevskyi District", ("kuibysh", "kuybysh"), 48.020, 37.720),
        ("Leninskyi District", ("lenin",), 47.978, 37.800),
        ("Petrovskyi District", ("petrov",), 47.978, 37.655),
        ("Proletarskyi District", ("proletar",), 48.075, 37.895),
    ),
    # Horlivka's and Makiivka's districts, which the separatist and Russian-installed officials' reports of
    # shelling name ("the Nikitovsky district of Horlivka", "the Chervonogvardeysky district of Makeevka")
    "Horlivka": (
        ("Tsentralno-Miskyi District", ("tsentralno", "centralno", "tsentral", "central"), 48.305, 38.045),
        ("Mykytivskyi District", ("mykytiv", "nikitov", "mikitov"), 48.330, 38.075),
        ("Kalininskyi District", ("kalinin",), 48.280, 38.010),
    ),
    "Makiivka": (
        ("Tsentralno-Miskyi District", ("tsentralno", "centralno", "tsentral", "central"), 48.045, 37.960),
        (
            "Chervonohvardiiskyi District",
            ("chervonohvard", "chervonogvard", "krasnogvard", "krasnohvard"),
            48.050,
            37.900,
        ),
        ("Kirovskyi District", ("kirov",), 48.020, 37.930),
        ("Hirnytskyi District", ("hirnyts", "gornyats", "girnyts"), 48.030, 38.000),
        ("Sovietskyi District", ("soviet", "sovet", "radiansk"), 48.080, 37.960),
    ),
    # (Kryvyi Rih runs 60 km from north to south along its ore field: its districts lie in a line, each
    # point good to about 5 km)
    "Kryvyi Rih": (
        ("Ternivskyi District", ("terniv", "ternov"), 48.050, 33.465),
        ("Pokrovskyi District", ("pokrov",), 47.995, 33.475),
        ("Saksahanskyi District", ("saksahan", "saksagan"), 47.960, 33.455),
        ("Dovhyntsivskyi District", ("dovhynts", "dolgints", "dovgints"), 47.935, 33.430),
        ("Tsentralno-Miskyi District", ("tsentralno", "centralno", "tsentral", "central"), 47.910, 33.390),
        ("Metalurhiinyi District", ("metalurh", "metallurg"), 47.890, 33.355),
        ("Inhuletskyi District", ("inhulets", "ingulets"), 47.720, 33.255),
    ),
    # (Mariupol's, where explosions were reported at the port and the airport under occupation: the coast's
    # Prymorskyi in the south-west, Kalmiuskyi, Illichivskyi until 2016, in the north by the Illich works,
    # and the left bank's, with Azovstal, across the Kalmius)
    "Mariupol": (
        ("Tsentralnyi District", ("tsentral", "central"), 47.100, 37.545),
        ("Prymorskyi District", ("prymor", "primor"), 47.070, 37.505),
        ("Kalmiuskyi District", ("kalmius", "illich", "ilyich", "ilich"), 47.140, 37.570),
        ("Livoberezhnyi District", ("livoberezh", "levoberezh", "left-bank", "left bank"), 47.105, 37.630),
    ),
    "Sumy": (
        ("Kovpakivskyi District", ("kovpak",), 50.905, 34.800),
        ("Zarichnyi District", ("zarich", "zarech"), 50.930, 34.765),
    ),
}


def district_of_city(city: Place, word: str) -> Place:
    """The district of ``city`` that ``word`` (its adjective: "Shevchenkivskyi", "Saltovsky", or "the
    Kyivskyi district") names, as a place at the district's point; or the city itself when the table
    holds no such district."""
    stem = fold(word).removeprefix("the ")
    for name, stems, lat, lon in CITY_DISTRICTS[city.name] if has_districts(city) else ():
        if stem.startswith(stems):
            slug = name.split()[0].lower()
            place_id = f"{DISTRICT_PREFIX}{city.id}:{fold(city.name)}-{slug}"
            return Place(place_id, name, "other", lat, lon, city.country, city.admin1)
    return city


def has_districts(place: Place) -> bool:
    """Whether the table holds the districts of this city: a city of them has districts to name whatever
    its size in the data (GeoNames counts Kherson's wartime 66,000 people)."""
    return place.kind == "city" and place.country == "UA" and place.name in CITY_DISTRICTS


# How a district's id starts; its city's id follows, then its own name: "district:706483:kharkiv-kyivskyi".
DISTRICT_PREFIX = "district:"


def city_id_of(place: Place) -> str | None:
    """The id of the city a district of this table lies in, or None for any other place: a district is
    held, struck and fought over as its city is."""
    if not place.id.startswith(DISTRICT_PREFIX):
        return None
    return place.id.removeprefix(DISTRICT_PREFIX).split(":", 1)[0]


# The least of a district's name that says which it is, in short: "Dnipro" for Dniprovskyi.
SHORT_NAME_LETTERS = 4


def district_in_short(city: Place, word: str) -> Place | None:
    """The district of ``city`` that ``word`` names in short ("Dnipro" for Kherson's Dniprovskyi), or
    None."""
    short = fold(word)
    if len(short) < SHORT_NAME_LETTERS or not has_districts(city):
        return None
    for _, stems, _, _ in CITY_DISTRICTS[city.name]:
        if _short_for(short, stems):
            return district_of_city(city, stems[0])
    return None


def names_district(district: Place, word: str) -> bool:
    """Whether ``word`` names the city district ``district`` in short: "the Dnipro district" of a Kherson
    report is the Dniprovskyi District it named before, not the raion round Dnipro."""
    if city_id_of(district) is None:
        return False
    short = fold(word)
    return len(short) >= SHORT_NAME_LETTERS and any(
        _short_for(short, stems)
        for rows in CITY_DISTRICTS.values()
        for name, stems, lat, lon in rows
        if name == district.name and (lat, lon) == (district.lat, district.lon)
    )


def _short_for(short: str, stems: tuple[str, ...]) -> bool:
    """Whether the folded word ``short`` begins one of a district's ``stems``, or one of them begins it."""
    return any(stem.startswith(short) or short.startswith(stem) for stem in stems)
