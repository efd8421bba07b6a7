"""Where Russia has held no ground to speak of since February 2022: fire there that no side owns up to
is Russia's, as an analyst reads "the city of Nikopol was hit by artillery and rocket fire".

Fire on an occupied town (Donetsk, Nova Kakhovka, Melitopol) may be either side's (but Crimea's, out of
reach of Russia's own guns since 2014, is Ukraine's: :func:`in_crimea`), and
the front has moved through most of the Kharkiv, Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts:
those stay unknown but for their two big cities Russia never took and, between the days it held them,
the front's towns Ukraine held (``FRONT_TOWNS_HELD``). The oblasts of the north that
Russia held in part for five weeks in 2022 (Kyiv, Chernihiv, Sumy), Mykolaiv's few villages held
until November 2022 and the villages of Dnipropetrovsk Oblast's east Russia entered in 2025 are
counted as Ukraine's: reports of fire there are of Russian fire.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from gazetteer import Place
from gazetteer.city_districts import city_id_of
from gazetteer.raions import as_its_seat

# Place.admin1 as the gazetteer writes it.
NEVER_HELD_OBLASTS = frozenset(
    {
        "Cherkasy Oblast",
        "Chernihiv Oblast",
        "Chernivtsi Oblast",
        "Dnipropetrovsk Oblast",
        "Ivano-Frankivsk Oblast",
        "Khmelnytskyi Oblast",
        "Kirovohrad Oblast",
        "Kyiv City",
        "Kyiv Oblast",
        "Lviv Oblast",
        "Mykolaiv Oblast",
        "Odesa Oblast",
        "Poltava Oblast",
        "Rivne Oblast",
        "Sumy Oblast",
        "Ternopil Oblast",
        "Vinnytsia Oblast",
        "Volyn Oblast",
        "Zakarpattia Oblast",
        "Zhytomyr Oblast",
    }
)
# Oblasts Ukraine has held all but a sliver of since a day: fire "in the Kharkiv region" that no side owns
# up to after the counteroffensive of September 2022 is Russia's (its towns keep their own windows below).
HELD_OBLASTS_SINCE = {"Kharkiv Oblast": date(2022, 10, 1)}
# The cities of the front's oblasts that Russia never took (GeoNames ids): Kharkiv, Zaporizhzhia.
NEVER_HELD_CITIES = frozenset({"706483", "687700"})
# The days Ukraine retook towns of the front's oblasts in 2022 (RUSSIAN_HELD below, the days Russia held
# them, ends with these same days).
_BALAKLIIA_RETAKEN = date(2022, 9, 8)
_IZIUM_RETAKEN = date(2022, 9, 10)
_RIGHT_BANK_RETAKEN = date(2022, 11, 11)
_DAY = timedelta(days=1)
HELD_KINDS = ("city", "town", "village", "region")
# The towns of the front's oblasts Ukraine held through the war's first years, by GeoNames id, with the
# days between which it held them: fire on them then that no side owns up to is Russia's ("increased
# shelling prompted people to leave Myrnohrad", "Kramatorsk came under fire"). A town's window ends a
# little before Russia took it (its last weeks were fought street by street, fire from both sides), and
# no window runs past _KNOWN_UNTIL, the last day this table was checked against the reporting: later
# fire there stays `unknown` until the table gets a new row. The towns Ukraine retook in 2022 and has
# held for good since ("In the southern town of Kherson, a policeman died when a trolleybus was hit") have
# a window from the day after it entered them, with no end.
_INVASION = date(2022, 2, 24)
_KNOWN_UNTIL = date(2025, 10, 31)
FRONT_TOWNS_HELD: dict[str, tuple[tuple[date, date], ...]] = {
    # the Kharkiv counteroffensive's Balakliia and Izium; Kherson and the right bank's towns
    "712926": ((_BALAKLIIA_RETAKEN + _DAY, date.max),),  # Balakliia
    "706448": ((_RIGHT_BANK_RETAKEN + _DAY, date.max),),  # Kherson
    "712260": ((_RIGHT_BANK_RETAKEN + _DAY, date.max),),  # Beryslav
    "713304": ((_RIGHT_BANK_RETAKEN + _DAY, date.max),),  # Antonivka
    "712508": ((_RIGHT_BANK_RETAKEN + _DAY, date.max),),  # Bilozerka
    "704508": ((_INVASION, _KNOWN_UNTIL),),  # Kramatorsk
    "693468": ((_INVASION, _KNOWN_UNTIL),),  # Sloviansk
    "616743": ((_INVASION, _KNOWN_UNTIL),),  # Druzhkivka
    "705104": ((_INVASION, _KNOWN_UNTIL),),  # Kostiantynivka
    "709900": ((_INVASION, _KNOWN_UNTIL),),  # Dobropillia
    "712501": ((_INVASION, _KNOWN_UNTIL),),  # Bilozerske
    "694403": ((_INVASION, _KNOWN_UNTIL),),  # Siversk
    "704422": ((_INVASION, _KNOWN_UNTIL),),  # Pokrovsk
    "710035": ((_INVASION, _KNOWN_UNTIL),),  # Myrnohrad
    "698428": ((_INVASION, _KNOWN_UNTIL),),  # Orikhiv
    "707898": ((_INVASION, _KNOWN_UNTIL),),  # Huliaipole
    "710374": ((_INVASION, _KNOWN_UNTIL),),  # Chuhuiv
    "706757": ((_INVASION, date(2022, 12, 31)),),  # Soledar (taken in January 2023)
    "713174": ((_INVASION, date(2023, 4, 30)),),  # Bakhmut (taken in May 2023)
    "713122": ((_INVASION, date(2024, 1, 31)),),  # Avdiivka (February 2024)
    "704393": ((_INVASION, date(2024, 8, 31)),),  # Krasnohorivka (September 2024)
    "699557": ((_INVASION, date(2024, 8, 25)),),  # Novohrodivka (September 2024)
    "690823": ((_INVASION, date(2024, 9, 15)),),  # Vuhledar (October 2024)
    "690771": ((_INVASION, date(2024, 9, 15)),),  # Ukrainsk (October 2024)
    "708395": ((_INVASION, date(2024, 10, 10)),),  # Hirnyk (October 2024)
    "694677": ((_INVASION, date(2024, 10, 10)),),  # Selydove (October 2024)
    "695357": ((_INVASION, date(2024, 11, 15)),),  # Kurakhove (December 2024 - January 2025)
    "709354": ((_INVASION, date(2024, 9, 30)),),  # Toretsk (fought over from October 2024)
    "710915": ((_INVASION, date(2024, 3, 31)),),  # Chasiv Yar (fought over from April 2024)
    # the towns of the spring 2022 sieges, until their last weeks of street fighting
    "701822": ((_INVASION, date(2022, 3, 20)),),  # Mariupol (besieged from early March, taken in May)
    "689198": ((_INVASION, date(2022, 3, 5)),),  # Volnovakha (March 2022)
    "707292": ((_INVASION, date(2022, 3, 20)), (_IZIUM_RETAKEN + _DAY, date.max)),  # Izium (April 2022)
    "704138": ((_INVASION, date(2022, 4, 10)),),  # Kreminna (April 2022)
    "695274": ((_INVASION, date(2022, 4, 20)),),  # Rubizhne (May 2022)
    "696566": ((_INVASION, date(2022, 4, 25)),),  # Popasna (May 2022)
    "691999": ((_INVASION, date(2022, 5, 25)),),  # Sievierodonetsk (June 2022)
    "702972": ((_INVASION, date(2022, 6, 20)),),  # Lysychansk (July 2022)
    # held before Russia took them in 2022, and again since Ukraine retook them
    "704204": ((_INVASION, date(2022, 5, 20)), (date(2022, 10, 1), _KNOWN_UNTIL)),  # Lyman
    "703656": ((date(2022, 9, 10), _KNOWN_UNTIL),),  # Kupiansk (fought over again in 2025)
    "689304": ((date(2022, 9, 11), date(2024, 5, 9)),),  # Vovchansk (fought over from May 2024)
}


# The line of 2014-2022: from the first Minsk agreement to the invasion, Ukraine held all of the country but
# Crimea and the occupied parts of the Donetsk and Luhansk oblasts, and there the towns FRONT_TOWNS_HELD
# opens at the invasion (Mariupol, Kramatorsk, Avdiivka, Popasna, Sievierodonetsk) and the towns of the
# line of those years: fire on them then that no side owns up to ("Thirty civilians were killed in missile
# attacks Saturday on Mariupol", January 2015) is the fire of Russia's side.
_MINSK_I = date(2014, 9, 5)
OCCUPIED_SINCE_2014 = frozenset({"Donetsk Oblast", "Luhansk Oblast", "Crimea", "Sevastopol City"})
LINE_OF_2014_HELD: dict[str, tuple[tuple[date, date], ...]] = {
    "701845": ((_MINSK_I, date(2023, 11, 30)),),  # Marinka (taken in December 2023)
    "694725": ((_MINSK_I, _INVASION - _DAY),),  # Shchastia (taken in the invasion's first days)
    "692953": ((_MINSK_I, _INVASION - _DAY),),  # Stanytsia Luhanska
    "686868": ((_MINSK_I, date(2022, 6, 20)),),  # Zolote (June 2022)
    "710229": ((_MINSK_I, date(2015, 1, 20)),),  # Debaltseve (fought over from late January 2015)
    "692093": ((_MINSK_I, date(2022, 5, 15)),),  # Svitlodarsk (May 2022)
    "703864": ((_MINSK_I, _INVASION - _DAY),),  # Krymske
    "9114637": ((_MINSK_I, _INVASION - _DAY),),  # Novotoshkivske
    "691331": ((_MINSK_I, _INVASION - _DAY),),  # Trokhizbenka
}


def held_by_ukraine(place: Place, on: date | None = None) -> bool:
    """Whether Russia has not held ``place`` since February 2022 (beyond a few weeks of that spring),
    or whether the day ``on`` falls in a window FRONT_TOWNS_HELD gives the front town (the towns
    Ukraine retook in 2022 among them), or in the years of the line of 2014 while Ukraine held it."""
    if (city_id := city_id_of(place)) is not None:
        place = replace(place, id=city_id, kind="city")  # a city's district is held as the city is
    place = as_its_seat(place)
    if place.country != "UA" or place.kind not in HELD_KINDS:
        return False
    if on is not None and _MINSK_I <= on < _INVASION and place.kind != "region":
        return _held_on_the_line_of_2014(place, on)
    if place.kind == "region":
        since = HELD_OBLASTS_SINCE.get(place.name)
        return place.name in NEVER_HELD_OBLASTS or (since is not None and on is not None and on >= since)
    if on is not None and any(first <= on <= last for first, last in FRONT_TOWNS_HELD.get(place.id, ())):
        return True
    return place.admin1 in NEVER_HELD_OBLASTS or place.id in NEVER_HELD_CITIES


def _held_on_the_line_of_2014(place: Place, on: date) -> bool:
    """Whether Ukraine held ``place`` on ``on``, a day between the first Minsk agreement and the invasion."""
    if place.admin1 not in OCCUPIED_SINCE_2014:
        return True
    windows = LINE_OF_2014_HELD.get(place.id, ())
    held_at_invasion = any(first == _INVASION for first, _ in FRONT_TOWNS_HELD.get(place.id, ()))
    return held_at_invasion or any(first <= on <= last for first, last in windows)


# Crimea and Sevastopol, held by Russia since 2014 and out of reach of its own guns: unclaimed fire there
# is Ukraine's, as on Russia itself (Place.admin1 as the gazetteer writes it).
CRIMEA = frozenset({"Crimea", "Sevastopol City"})


def in_crimea(place: Place) -> bool:
    """Whether ``place`` is Crimea, Sevastopol or a place of theirs."""
    return place.country == "UA" and (
        place.admin1 in CRIMEA or place.name in ("Crimea", "Sevastopol", "Sevastopol City")
    )


# Where Russia's own guns do not fire: towns (and the crossings beside them) Russia held, by GeoNames
# or frontmap id, with the first and last day it held them (None: still held). Fire there that no side
# owns up to is Ukraine's, as on Crimea: "shelling damaged houses in Nova Kakhovka", "a missile hit the
# Chonhar bridge". The towns of the Donbas held since 2014 (Minsk I, September 2014; Debaltseve from
# February 2015); the south, Luhansk Oblast and Mariupol from the day Russia took them in 2022; the
# right bank of the Kherson region, its bridges and the Kakhovka dam until Russia left them in November
# 2022, and the towns of the Kharkiv counteroffensive until it retook them. Enerhodar is left out: fire
# on the nuclear plant is the charge each side lays on the other. A blast stays for a claim to say.
_MINSK = date(2014, 9, 5)
# Russia's last day on the right bank, two before Ukraine entered Kherson (Russia blew the Antonivskyi
# bridge up itself on the 11th)
_RIGHT_BANK_LEFT = _RIGHT_BANK_RETAKEN - timedelta(days=2)
RUSSIAN_HELD: dict[str, tuple[date, date | None]] = {
    # Donetsk Oblast, held since 2014
    "709717": (_MINSK, None),  # Donetsk
    "707753": (_MINSK, None),  # Horlivka
    "702320": (_MINSK, None),  # Makiivka
    "688148": (_MINSK, None),  # Yenakiieve
    "706466": (_MINSK, None),  # Khartsyzk
    "694382": (_MINSK, None),  # Shakhtarsk
    "691374": (_MINSK, None),  # Chystiakove (Torez)
    "693381": (_MINSK, None),  # Snizhne
    "707679": (_MINSK, None),  # Ilovaisk
    "713504": (_MINSK, None),  # Amvrosiivka
    "710229": (date(2015, 2, 18), None),  # Debaltseve
    "709835": (_MINSK, None),  # Dokuchaievsk
    "688373": (_MINSK, None),  # Yasynuvata
    "699675": (_MINSK, None),  # Novoazovsk
    "686818": (_MINSK, None),  # Zuhres
    "687237": (_MINSK, None),  # Zhdanivka
    "705797": (_MINSK, None),  # Khrestivka (Kirovske)
    # Luhansk Oblast, held since 2014
    "702658": (_MINSK, None),  # Luhansk
    "713716": (_MINSK, None),  # Alchevsk
    "692975": (_MINSK, None),  # Kadiivka (Stakhanov)
    "704202": (_MINSK, None),  # Khrustalnyi (Krasnyi Luch)
    "692105": (_MINSK, None),  # Dovzhansk (Sverdlovsk)
    "695379": (_MINSK, None),  # Rovenky
    "713259": (_MINSK, None),  # Antratsyt
    "711369": (_MINSK, None),  # Brianka
    "704403": (_MINSK, None),  # Sorokyne (Krasnodon)
    "702563": (_MINSK, None),  # Lutuhyne
    # Donetsk and Luhansk oblasts, taken in 2022
    "701822": (date(2022, 5, 20), None),  # Mariupol
    "689198": (date(2022, 3, 12), None),  # Volnovakha
    "692832": (date(2022, 3, 2), None),  # Starobilsk
    "692118": (date(2022, 3, 2), None),  # Svatove
    "694725": (date(2022, 3, 1), None),  # Shchastia
    "699677": (date(2022, 3, 1), None),  # Novoaidar
    "712521": (date(2022, 3, 1), None),  # Bilovodsk
    "701104": (date(2022, 3, 1), None),  # Milove
    "701792": (date(2022, 3, 1), None),  # Markivka
    "692953": (date(2022, 3, 1), None),  # Stanytsia Luhanska
    "704138": (date(2022, 4, 18), None),  # Kreminna
    "696566": (date(2022, 5, 8), None),  # Popasna
    "695274": (date(2022, 5, 12), None),  # Rubizhne
    "691999": (date(2022, 6, 25), None),  # Sievierodonetsk
    "702972": (date(2022, 7, 3), None),  # Lysychansk
    # Zaporizhzhia Oblast's south, taken in the first days
    "701404": (date(2022, 2, 26), None),  # Melitopol
    "712451": (date(2022, 2, 27), None),  # Berdiansk
    "691469": (date(2022, 3, 7), None),  # Tokmak
    "686729": (date(2022, 3, 6), None),  # Vasylivka
    "709960": (date(2022, 3, 6), None),  # Dniprorudne
    "707026": (date(2022, 3, 6), None),  # Kamianka-Dniprovska
    "696677": (date(2022, 3, 6), None),  # Polohy
    "696292": (date(2022, 2, 27), None),  # Prymorsk
    "713743": (date(2022, 2, 26), None),  # Yakymivka
    "701233": (date(2022, 3, 1), None),  # Mykhailivka
    "703494": (date(2022, 3, 6), None),  # Bilmak
    "710739": (date(2022, 3, 6), None),  # Chernihivka
    "700848": (date(2022, 3, 6), None),  # Molochansk
    "696332": (date(2022, 2, 27), None),  # Pryazovske
    # the Kherson region's left bank, taken in the first days
    "699839": (date(2022, 2, 24), None),  # Nova Kakhovka
    "707244": (date(2022, 2, 24), None),  # Kakhovka
    "691037": (date(2022, 2, 25), None),  # Oleshky
    "708632": (date(2022, 2, 25), None),  # Hola Prystan
    "693709": (date(2022, 3, 1), None),  # Skadovsk
    "708878": (date(2022, 2, 24), None),  # Henichesk
    "865729": (date(2022, 2, 24), None),  # Tavriisk, by Nova Kakhovka
    "699706": (date(2022, 2, 25), None),  # Novooleksiivka, by the Chonhar crossing
    "713154": (date(2022, 2, 25), None),  # Askaniia-Nova
    "710935": (date(2022, 2, 25), None),  # Chaplynka
    "707232": (date(2022, 2, 25), None),  # Kalanchak
    "699100": (date(2022, 2, 25), None),  # Novotroitske
    "708403": (date(2022, 3, 1), None),  # Hornostaivka
    "703317": (date(2022, 3, 1), None),  # Lazurne
    "708805": (date(2022, 3, 1), None),  # Hladkivka
    "695930": (date(2022, 3, 1), None),  # Radensk
    "709940": (date(2022, 3, 1), None),  # Dnipriany
    "690247": (date(2022, 3, 1), None),  # Velyka Lepetykha
    "699986": (date(2022, 3, 1), None),  # Nyzhni Sirohozy
    "bridge:chonhar": (date(2022, 2, 24), None),
    "bridge:henichesk": (date(2022, 2, 24), None),
    # the right bank and its crossings, until Russia left them
    "706448": (date(2022, 3, 2), _RIGHT_BANK_LEFT),  # Kherson
    "712260": (date(2022, 3, 2), _RIGHT_BANK_LEFT),  # Beryslav
    "713304": (date(2022, 3, 2), _RIGHT_BANK_LEFT),  # Antonivka
    "712508": (date(2022, 3, 2), _RIGHT_BANK_LEFT),  # Bilozerka
    "bridge:antonivskyi": (date(2022, 2, 27), _RIGHT_BANK_LEFT),
    "bridge:antonivskyi-railway": (date(2022, 2, 27), _RIGHT_BANK_LEFT),
    "bridge:darivka": (date(2022, 3, 1), _RIGHT_BANK_LEFT),
    "dam:kakhovka": (date(2022, 2, 24), _RIGHT_BANK_LEFT),
    # the Kharkiv region's towns, until the counteroffensive retook them
    "712926": (date(2022, 3, 3), _BALAKLIIA_RETAKEN - _DAY),  # Balakliia
    "707292": (date(2022, 4, 1), _IZIUM_RETAKEN - _DAY),  # Izium
    "703656": (date(2022, 2, 27), date(2022, 9, 9)),  # Kupiansk
    "689304": (date(2022, 2, 24), date(2022, 9, 10)),  # Vovchansk
}


def held_by_russia(place: Place, on: date | None) -> bool:
    """Whether Russia held ``place`` on the day ``on``, behind its own lines (see RUSSIAN_HELD)."""
    if on is None or place.country != "UA":
        return False
    span = RUSSIAN_HELD.get(city_id_of(place) or as_its_seat(place).id)
    return span is not None and span[0] <= on and (span[1] is None or on <= span[1])


def side_against_holder(place: Place, on: date) -> str | None:
    """The side that did not hold ``place`` on ``on`` ("RU" or "UA"), or None when the map cannot tell:
    a town closed round or taken with no side named was closed round by the side outside it."""
    if held_by_ukraine(place, on):
        return "RU"
    if held_by_russia(place, on):
        return "UA"
    return None
