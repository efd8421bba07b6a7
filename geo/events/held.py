"""Where Russia has held no ground to speak of since February 2022: fire there that no side owns up to
is Russia's, as an analyst reads "the city of Nikopol was hit by artillery and rocket fire".

Fire on an occupied town (Donetsk, Nova Kakhovka, Melitopol) may be either side's (but Crimea's, out of
reach of Russia's own guns since 2014, is Ukraine's: :func:`in_crimea`), and
the front has moved through most of the Kharkiv, Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts:
those stay unknown but for their two big cities Russia never took. The oblasts of the north that
Russia held in part for five weeks in 2022 (Kyiv, Chernihiv, Sumy), Mykolaiv's few villages held
until November 2022 and the villages of Dnipropetrovsk Oblast's east Russia entered in 2025 are
counted as Ukraine's: reports of fire there are of Russian fire.
"""

from __future__ import annotations

from datetime import date

from gazetteer import Place

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
# The cities of the front's oblasts that Russia never took (GeoNames ids): Kharkiv, Zaporizhzhia.
NEVER_HELD_CITIES = frozenset({"706483", "687700"})
# Towns of the front's oblasts Ukraine retook in 2022 and has held since, by GeoNames id, with the day
# it entered them: from then on, fire on them that no side owns up to is Russia's, as on Nikopol
# ("In the southern town of Kherson, a policeman died when a trolleybus was hit"). The Kharkiv
# counteroffensive's Balakliia and Izium; Kherson and the right bank's Beryslav, Antonivka, Bilozerka.
RETAKEN_TOWNS = {
    "712926": date(2022, 9, 8),  # Balakliia
    "707292": date(2022, 9, 10),  # Izium
    "706448": date(2022, 11, 11),  # Kherson
    "712260": date(2022, 11, 11),  # Beryslav
    "713304": date(2022, 11, 11),  # Antonivka
    "712508": date(2022, 11, 11),  # Bilozerka
}
HELD_KINDS = ("city", "town", "village", "region")


def held_by_ukraine(place: Place, on: date | None = None) -> bool:
    """Whether Russia has not held ``place`` since February 2022 (beyond a few weeks of that spring),
    or, for a town Ukraine retook in 2022, since before the day ``on``."""
    if place.country != "UA" or place.kind not in HELD_KINDS:
        return False
    if place.kind == "region":
        return place.name in NEVER_HELD_OBLASTS
    if on is not None and (retaken := RETAKEN_TOWNS.get(place.id)) is not None and on > retaken:
        return True
    return place.admin1 in NEVER_HELD_OBLASTS or place.id in NEVER_HELD_CITIES


# Crimea and Sevastopol, held by Russia since 2014 and out of reach of its own guns: unclaimed fire there
# is Ukraine's, as on Russia itself (Place.admin1 as the gazetteer writes it).
CRIMEA = frozenset({"Crimea", "Sevastopol City"})


def in_crimea(place: Place) -> bool:
    """Whether ``place`` is Crimea, Sevastopol or a place of theirs."""
    return place.country == "UA" and (place.admin1 in CRIMEA or place.name in ("Crimea", "Sevastopol"))
