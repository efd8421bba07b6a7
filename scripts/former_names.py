"""Former names of Ukrainian places, with the years they held them, for scripts/build_settlements.py.

Ukraine's 2016 decommunisation law renamed about a thousand places; Russian statements and older
reports keep the old names (Artemovsk, Krasnoarmeysk, Dzerzhinsk). GeoNames lists some of them as
alternate names, without dates and sometimes on the wrong place; this table says which place each
old name belongs to and when it was used, so a mention under the old name resolves to the place and
its reason says "former name". Each row: the place's current name, its oblast (as in
admin1.geojson), an approximate point (lat, lon; to tell it from namesakes, within ~10 km), the years
the old name was official ("-2016": until 2016), and the old names in the spellings readers meet.

Sources: the Verkhovna Rada's renaming resolutions of 2016 (Nos. 984-VIII, 1037-VIII, 1351-VIII,
1377-VIII) and 2024 (No. 3853-IX), as summarised on the places' Wikipedia pages.
"""

from __future__ import annotations

FORMER_NAMES: list[tuple[str, str, float, float, str, tuple[str, ...]]] = [
    (
        "Bakhmut",
        "Donetsk Oblast",
        48.59,
        38.00,
        "1924-2016",
        ("Artemivsk", "Artemovsk", "Artyomovsk", "Artemivs'k", "Артемівськ", "Артемовск"),
    ),
    (
        "Pokrovsk",
        "Donetsk Oblast",
        48.28,
        37.18,
        "1938-2016",
        (
            "Krasnoarmiisk",
            "Krasnoarmeysk",
            "Krasnoarmeisk",
            "Krasnoarmiysk",
            "Красноармійськ",
            "Красноармейск",
        ),
    ),
    (
        "Lyman",
        "Donetsk Oblast",
        48.99,
        37.80,
        "1925-2016",
        (
            "Krasnyi Lyman",
            "Krasny Liman",
            "Krasnyy Liman",
            "Krasnyi Liman",
            "Krasny Lyman",
            "Красний Лиман",
            "Красный Лиман",
        ),
    ),
    (
        "Toretsk",
        "Donetsk Oblast",
        48.40,
        37.85,
        "1938-2016",
        ("Dzerzhynsk", "Dzerzhinsk", "Dzerzhinske", "Дзержинськ", "Дзержинск"),
    ),
    (
        "Myrnohrad",
        "Donetsk Oblast",
        48.30,
        37.26,
        "1972-2016",
        ("Dymytrov", "Dimitrov", "Dimitrovo", "Димитров"),
    ),
    (
        "Khrestivka",
        "Donetsk Oblast",
        48.15,
        38.36,
        "-2016",
        ("Kirovske", "Kirovskoye", "Kirovskoe", "Кіровське"),
    ),
    ("Zalizne", "Donetsk Oblast", 48.37, 37.89, "-2016", ("Artemove", "Artemovo", "Artyomovo", "Артемове")),
    ("Pivnichne", "Donetsk Oblast", 48.40, 37.91, "-2016", ("Kirove", "Kirovo")),
    ("Chystiakove", "Donetsk Oblast", 48.02, 38.62, "1964-2016", ("Torez", "Торез")),
    (
        "Kalmiuske",
        "Donetsk Oblast",
        47.65,
        38.06,
        "-2016",
        ("Komsomolske", "Komsomolskoye", "Komsomolskoe", "Комсомольське"),
    ),
    ("Sviatohirsk", "Donetsk Oblast", 49.03, 37.57, "1964-2003", ("Slavianohirsk", "Slavyanogorsk")),
    ("Kadiivka", "Luhansk Oblast", 48.57, 38.65, "1978-2016", ("Stakhanov", "Стаханов")),
    (
        "Khrustalnyi",
        "Luhansk Oblast",
        48.12,
        38.94,
        "1920-2016",
        ("Krasnyi Luch", "Krasny Luch", "Krasnyy Luch"),
    ),
    ("Dovzhansk", "Luhansk Oblast", 48.08, 39.65, "1938-2016", ("Sverdlovsk", "Свердловськ")),
    ("Sorokyne", "Luhansk Oblast", 48.29, 39.73, "1938-2016", ("Krasnodon", "Краснодон")),
    ("Holubivka", "Luhansk Oblast", 48.64, 38.64, "-2016", ("Kirovsk", "Кіровськ")),
    (
        "Kropyvnytskyi",
        "Kirovohrad Oblast",
        48.51,
        32.26,
        "1939-2016",
        ("Kirovohrad", "Kirovograd", "Kirovohrad city", "Кіровоград", "Кировоград"),
    ),
    (
        "Dnipro",
        "Dnipropetrovsk Oblast",
        48.46,
        35.04,
        "1926-2016",
        ("Dnipropetrovsk", "Dnepropetrovsk", "Дніпропетровськ", "Днепропетровск"),
    ),
    (
        "Kamianske",
        "Dnipropetrovsk Oblast",
        48.51,
        34.60,
        "1936-2016",
        ("Dniprodzerzhynsk", "Dneprodzerzhinsk"),
    ),
    ("Pokrov", "Dnipropetrovsk Oblast", 47.65, 34.12, "1956-2016", ("Ordzhonikidze",)),
    ("Horishni Plavni", "Poltava Oblast", 49.01, 33.66, "1961-2016", ("Komsomolsk", "Komsomolsk-on-Dnieper")),
    ("Oleshky", "Kherson Oblast", 46.62, 32.72, "1928-2016", ("Tsiurupynsk", "Tsyurupinsk", "Цюрупинськ")),
    ("Zviahel", "Zhytomyr Oblast", 50.59, 27.62, "1796-2022", ("Novohrad-Volynskyi", "Novograd-Volynsky")),
    ("Volodymyr", "Volyn Oblast", 50.85, 24.32, "-2021", ("Volodymyr-Volynskyi", "Vladimir-Volynsky")),
    (
        "Sheptytskyi",
        "Lviv Oblast",
        50.39,
        24.23,
        "1951-2024",
        ("Chervonohrad", "Chervonograd", "Червоноград"),
    ),
    ("Varash", "Rivne Oblast", 51.35, 25.85, "-2016", ("Kuznetsovsk",)),
    ("Bilhorod-Dnistrovskyi", "Odesa Oblast", 46.19, 30.34, "-1944", ("Akkerman",)),
    ("Pivdenne", "Odesa Oblast", 46.62, 30.99, "-2016", ("Yuzhne", "Yuzhny")),
    ("Podilsk", "Odesa Oblast", 47.75, 29.53, "1935-2016", ("Kotovsk",)),
]

# Names the occupying power gives Ukrainian oblasts, used in its statements and the reports quoting
# them ("in the DPR", "the Luhansk People's Republic"): the oblast's id in admin1.geojson and the names.
OCCUPATION_NAMES: list[tuple[str, tuple[str, ...]]] = [
    ("admin1:UA-14", ("Donetsk People's Republic", "Donetsk People’s Republic", "DPR", "DNR", "ДНР")),
    ("admin1:UA-09", ("Luhansk People's Republic", "Lugansk People's Republic", "Luhansk People’s Republic",
                      "Lugansk People’s Republic", "LPR", "LNR", "ЛНР")),
]  # fmt: skip
