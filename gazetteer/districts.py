"""The town whose district, raion or community the text puts a name in: "the village of Troitskoye in
the Korenevsky district", "Progres in the Pokrovsk district", "Bilozerka of the Kherson community".

Regional governors and the General Staff place villages by their district, named after its seat:
Korenevsky is Korenevo's district, Pokrovskyi raion Pokrovsk's. Of the nineteen Troitskoyes the
gazetteer holds, the one 500 km off is no candidate once the text says "in the Korenevsky district":
only the namesakes within DISTRICT_KM of the seat are.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import partial

from .city_districts import district_of_city, has_districts
from .distance import km_apart
from .names import key
from .oblasts import oblasts_called
from .places import Gazetteer
from .raions import RAION_PREFIX
from .reading import POPULATED
from .records import Mention, Place
from .variants import VARIANT_RUSSIAN_OBLASTS, misprint_of

# How far (km) from its seat a place of a district may lie: Ukraine's raions since 2020 reach up to 110 km
# (the Synelnykove district runs out to Mezhova and Novopavlivka, 100 km east of Synelnykove); Russia's
# districts reach 30 to 60 km from their towns.
DISTRICT_KM = 110.0
# A district named right after a name, or after the rest of its list: "X in the Korenevsky district",
# "X, Y and Z of the Pokrovsk community", "X in Shebekinsky urban district". Group 1: the district's name.
_ITEM = r"(?:the\s+(?:village|settlement|town)\s+of\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?"
_DISTRICT_NAME = r"([A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)"
_AREA_KIND = r"((?i:district|raion|rayon|okrug|community|hromada|municipality))\b"  # "Valuysky District" too
_AREA_QUALIFIER = r"(?:(?:urban|municipal|administrative|territorial|village|settlement|city)\s+)?"
DISTRICT_AFTER = re.compile(
    rf"(?:(?:,\s*|,?\s+and\s+){_ITEM})*"
    # ("the Pokrovske and Mezhova communities in the Synelnykove district": each community's seat)
    r"(?:\s+(?i:communit(?:y|ies)|hromadas?))?"
    rf",?\s+(?:in|of)\s+(?:the\s+)?{_DISTRICT_NAME}\s+{_AREA_QUALIFIER}{_AREA_KIND}"
)
# A community (hromada) is a town and the villages around it, a few dozen km across (the border ones,
# Novhorod-Siverskyi's, reach 40 km from their seat).
COMMUNITY_KM = 40.0
COMMUNITY_WORDS = ("community", "hromada", "municipality")
# A name that is itself a district's (a seat named for its area: "Budarky of Chuhuiv district").
AREA_NAMED = re.compile(rf"\s+(?:(?:urban|municipal|administrative|territorial)\s+)?{_AREA_KIND}")
# ... or the name, alone or ending a list, is the area's own: "from the Novopavlivka and Malomykhailivka
# communities" names two communities, not two villages of one named before.
OWN_AREA_AFTER = re.compile(
    rf"(?:(?:,\s*|,?\s+and\s+){_ITEM})*\s+{_AREA_QUALIFIER}"
    r"(?i:districts?|raions?|rayons?|communit(?:y|ies)|hromadas?|municipalit(?:y|ies))\b"
)
# A district named before a name in its sentence: "In the Valuisky district, the village of X ...".
DISTRICT_BEFORE = re.compile(rf"\b[Ii]n\s+(?:the\s+)?{_DISTRICT_NAME}\s+{_AREA_QUALIFIER}{_AREA_KIND}")
# How far after a name (characters) its district's word may come.
DISTRICT_REACH = 160
# How a district's adjective ends, and what its seat's name may end in instead: Korenevsky -> Korenevo,
# Valuysky -> Valuyki, Borisovsky -> Borisovka, Pokrovskyi -> Pokrovsk, Sudzhansky -> Sudzha.
# (z before the k where the stem ends in it: "Kryvorizkyi" is Kryvyi Rih's)
ADJECTIVE = re.compile(r"(?:[sz]['’]?k(?:yi|iy|ii|y|i|ij)|[sz]ka(?:ya)?|ske|sk(?:oye|oe))$", re.IGNORECASE)
# A district's adjective read with a misprint: its stem this long at least, and its seat this big at
# least (a district is named after a town, not a hamlet).
MISPRINT_STEM_LETTERS = 6
MISPRINT_SEAT_POPULATION = 1_000
# Marhanetska: Marhanets; Krasnopilska: Krasnopillia; Znob-Novhorodska: Znob-Novhorodske
# (and Darnytsia, Kyiv's quarter: the "Darnytskyi district")
# ("skaya": a Cossack stanitsa, the seat of many a Krasnodar and Rostov district: the Kushchevsky district is
# Kushchyovskaya's, the Kanevsky Kanevskaya's)
# ("sa": "Sveska" is Svesa's, "Odeska" Odesa's)
SEAT_ENDINGS = (
    "", "o", "a", "e", "ka", "ki", "sk", "i", "y", "s", "lia", "ske", "sia", "sya", "skaya", "sa",
    "skoye",  # ("the Ramensky district of the Moscow region": Ramenskoye's)
)  # fmt: skip
# The federal cities whose quarters GeoNames holds as populated places: no district's seat (their towns
# farther out, Lomonosov of the Lomonosovsky district, are).
CITY_REGIONS = {"Moscow City": "Moscow", "Saint Petersburg City": "Saint Petersburg"}
QUARTER_KM = 20.0
# Districts of Russia's border oblasts whose seat is not named like them: the stem before the
# adjective's ending -> the seat's GeoNames names ("the Krasnoyaruzhsky district" is Krasnaya Yaruga's).
IRREGULAR_SEATS = {
    "krasnoyaruzh": ("Krasnaya Yaruga",),
    "kryvori": ("Kryvyi Rih",),  # the Kryvorizkyi district: Kryvyi Rih's
    "chasovoyar": ("Chasiv Yar",),  # "In Chasovoyarsk community, 2 private houses were damaged"
    "chasivoyar": ("Chasiv Yar",),
    "chasovyar": ("Chasiv Yar",),
    "rakityan": ("Rakitnoye",),
    "novooskol": ("Novy Oskol",),
    "starooskol": ("Staryy Oskol",),
    "krasnogvardey": ("Biruch",),
    "yakovlev": ("Stroitel",),
    "brasov": ("Lokot’",),
    "kolomen": ("Kolomna",),  # the Kolomensky district: Kolomna's (its o falls out of the adjective)
    "bolshesoldat": ("Bol’shoye Soldatskoye",),
    "kamen": ("Kamensk-Shakhtinsky",),  # Rostov Oblast's Kamensky district, round its namesake town
    "solomen": ("Solomyanka",),  # Kyiv's Solomianskyi district, in Russian "Solomensky"
}
# The first word of a two-word town in a compound adjective ("Velykopysarivska community"): its linking
# form, then the forms it takes in the town's name.
COMPOUND_FIRST_WORDS = (
    ("velyko", ("Velyka", "Velykyi", "Velyke")),
    ("velyky", ("Velyka", "Velykyi", "Velyke")),  # ("Velykypysarivska", as Ukrainian outlets spell it)
    ("verkhnyo", ("Verkhnia", "Verkhnii", "Verkhnie")),
    ("verkhnio", ("Verkhnia", "Verkhnii", "Verkhnie")),
    ("nyzhnyo", ("Nyzhnia", "Nyzhnii", "Nyzhnie")),
    ("nyzhnio", ("Nyzhnia", "Nyzhnii", "Nyzhnie")),
    ("malo", ("Mala", "Malyi", "Male")),
    ("staro", ("Stara", "Staryi", "Stare")),
    ("novo", ("Nova", "Novyi", "Nove")),
)
# A district's seat is most often the biggest place of its name: sizes compared first.
SEAT_TOWN = 10_000
SEAT_VILLAGE = 1_000


def district_seat(
    text: str, end: int, gazetteer: Gazetteer, km_from_theatre: Callable[[Place], float], within: float
) -> tuple[Place, float] | None:
    """The seat of the district the text puts the name ending at ``end`` in: of the places of the
    district's name within ``within`` km of the article's theatre, the nearest of the biggest class
    (a town of 10,000, of 1,000, then any: Lyman the town, not the villages named Lyman), with how
    far from it (km) a place of that district or community may lie. None when the text names no
    district there or no such place is known."""
    found = DISTRICT_AFTER.match(text, end)
    if found is None:
        return None
    # "the Vitovsky district of the Nikolaev region": a seat of that oblast or none (not Vitove in Cherkasy
    # Oblast: the raion, renamed since, was Mykolaiv's own)
    oblast = _oblast_after(text, found.end(1), gazetteer)
    return _seat(found, gazetteer, km_from_theatre, within, oblast)


# A community named by its seat's shortened adjective, then the district it lies in: "the Shakhtarsk
# community in the Synelnykivskyi district" (group 1: the district's name).
COMMUNITY_IN_DISTRICT = re.compile(
    rf"\s+(?i:community|hromada)\s+(?:in|of)\s+(?:the\s+)?{_DISTRICT_NAME}\s+(?i:district|raion|rayon)\b"
)


def community_seat(
    text: str,
    start: int,
    end: int,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> Place | None:
    """The seat of the community the name from ``start`` to ``end`` names, read as its adjective shortened
    the way the press writes it, when a district is named after it: "the Shakhtarsk community in the
    Synelnykivskyi district" is Shakhtarske's (Shakhtarska hromada), not the town of Shakhtarsk 200 km
    off; "the Vasylkiv community in Synelnykove district" Vasylkivka's. None when the text names no
    district there, or no seat of the name lies in it."""
    found = COMMUNITY_IN_DISTRICT.match(text, end)
    if found is None:
        return None
    # (a district's seat by its adjective, Synelnykivskyi's Synelnykove, or by its seat's name)
    district = _seat_of(found.group(1), gazetteer, km_from_theatre, within, own_name=True)
    if district is None:
        return None
    return seat_of_shortened_community(text[start:end], district, gazetteer)


def seat_of_shortened_community(
    name: str, district: Place, gazetteer: Gazetteer, by_size: bool = True
) -> Place | None:
    """The seat, within DISTRICT_KM of a district's seat, of the community ``name`` stands for as its
    adjective shortened the way the press writes it ("Pokrovsk" for Pokrovska hromada, Pokrovske's);
    the biggest such seat, or without ``by_size`` the nearest; None when no seat of the name lies there."""
    adjective = name + ("a" if name.lower().endswith("sk") else "ska")
    by_district = partial(_km_from_all, [district])
    seat = _seat_of(
        adjective, gazetteer, by_district, DISTRICT_KM, by_size=by_size, oblast=district.admin1, own_name=True
    )
    return seat if seat is not None and km_apart(seat, district) <= DISTRICT_KM else None


def names_own_area(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` (or the list it opens) is followed by its own area's word."""
    return OWN_AREA_AFTER.match(text, end) is not None


def fronted_district_seat(
    text: str,
    sentence_start: int,
    start: int,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> tuple[Place, float] | None:
    """The seat of the district a sentence names before the name starting at ``start``: "In the Valuisky
    district, the village of Dolgoye was shelled 20 times", "in the Shebekinsky urban district, near the
    village of Korovino"; the last one named, when several are."""
    named = list(DISTRICT_BEFORE.finditer(text, sentence_start, start))
    if not named:
        return None
    seat = _seat(named[-1], gazetteer, km_from_theatre, within)
    earlier = _oblast_named_earlier(text, named[-1].start(), gazetteer) if seat is not None else None
    if earlier is not None and seat[0].admin1 != earlier:
        # ("the border areas of Chernihiv region ... In Semenivska community, ... in the direction of
        # Medvedivka": the community of the oblast the text named before, when it has one of the name)
        seat = _seat(named[-1], gazetteer, km_from_theatre, within, oblast=earlier) or seat
    return seat


def district_of_sentence_before(
    text: str,
    previous_start: int,
    sentence_start: int,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> tuple[Place, float] | None:
    """The seat of the one district the sentence from ``previous_start`` to ``sentence_start`` names:
    "They struck the Nikopol district with FPV drones. Lysak said there were hits in the Marhanets, Myrove
    and Pokrovske hromadas" lists the district's communities, Pokrovske's of Nikopol district, not the
    bigger Pokrovske of Synelnykove district. None when it names none, or two."""
    seat = _one_district_named(text, previous_start, sentence_start, gazetteer, km_from_theatre, within)
    return None if seat is None else (seat, DISTRICT_KM)


def _seat(
    found: re.Match,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
    oblast: str | None = None,
) -> tuple[Place, float] | None:
    if _cities_of_districts_after(found.string, found.end(), gazetteer):
        return None  # a big city's quarter has no seat: "the Kuibyshevsky district of Donetsk"
    seat = _seat_of(found.group(1), gazetteer, km_from_theatre, within, oblast=oblast)
    if seat is None or (oblast is not None and seat.admin1 != oblast):
        return None
    return seat, COMMUNITY_KM if found.group(2).lower() in COMMUNITY_WORDS else DISTRICT_KM


def _cities_of_districts_after(text: str, end: int, gazetteer: Gazetteer) -> list[Place]:
    """The big cities (or cities the district table holds) that "of <name>" right after ``end`` names, when
    a district's word ends there: "the Shevchenkivskyi district of Kharkiv", "the Kuibyshevsky district of
    Donetsk". Such a district is the city's quarter, which has no seat of its own: the raion of Kuybyshevo
    in Rostov Oblast, which the adjective would name, is no reason to move the places around it."""
    city = CITY_OF_DISTRICTS.match(text, end)
    if city is None:
        return []
    return [
        c
        for c in gazetteer.candidates(key(city.group(1)))
        if c.kind == "city" and (c.population >= CITY_SIZE or has_districts(c))
    ]


def _two_word_seats(stem: str) -> list[str]:
    """The two-word towns a compound adjective's stem may stand for: "Velykopysariv(ska)" is Velyka
    Pysarivka's, "Verkhnyosyrovat(ska)" Verkhnia Syrovatka's, "Novoslobid(ska)" Nova Sloboda's (tried
    beside the one-word forms: "Novopavliv(ska)" is Novopavlivka's). The first word's linking o
    ("Velyko-") stands for its adjective's forms."""
    lower = stem.lower()
    for linking, firsts in COMPOUND_FIRST_WORDS:
        rest = lower[len(linking) :]
        if lower.startswith(linking) and len(rest) > 3:
            # (the o of a closed last syllable is an i in the adjective: "Novoslobidska" is Nova Sloboda's)
            rests = [rest] + ([rest[:-2] + "o" + rest[-1]] if rest[-2] == "i" else [])
            return [f"{first} {r.capitalize()}{e}" for first in firsts for r in rests for e in SEAT_ENDINGS]
    return []


def _seat_of(
    name: str,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
    by_size: bool = True,
    oblast: str | None = None,
    own_name: bool = False,
) -> Place | None:
    """The town a district or community is named after, from its name or adjective (in ``oblast``, the
    one the text names after it, when a town of the name lies there)."""
    stems = [name]
    fallback: list[str] = []  # stems tried only when no other finds a seat
    if adjective := ADJECTIVE.search(name):
        stem = name[: adjective.start()]
        stems = [stem + ending for ending in SEAT_ENDINGS] + [stem[:-1]]  # Sudzhan-sky: Sudzha
        if "-" in stem:  # a town whose name is an adjective: "Novhorod-Siverska" is Novhorod-Siverskyi's
            stems.append(stem + "skyi")
            first, rest = stem.split("-", 1)
            if first.endswith("o"):  # "Seredyno-Budska" is Seredyna-Buda's: the first word's linking o
                stems += [f"{first[:-1]}a-{rest}{ending}" for ending in SEAT_ENDINGS]
        if stem.endswith("iv") and name.endswith("ska"):
            # the o of Kurakhove is an i before the ending of its community's (feminine) adjective,
            # "Kurakhivska"; not for a district's: the raions of 2020 are too wide to place a name by
            stems += [stem[:-2] + "ove", stem[:-2] + "ovo", stem[:-2] + "ova"]  # ... and Borova, "Borivska"
            stems.append(stem[:-2] + "e")  # ... and the e of Shyroke, "Shyrokivska"
            stems.append(stem[:-2] + "eve")  # ... and the -eve of Zaitseve, "Zaitsivska"
            stems.append(stem[:-2] + "a")  # ... and a town in -a: Druzhba, "Druzhbivska"
        elif stem.endswith("iv") and own_name:
            # ... and a district's, when the district itself is the place named ("fires broke out in the
            # Synelnykivskyi district": Synelnykove's) and no town is named like the stem (Kharkivskyi is
            # Kharkiv's); still not to place villages by, for the width of the raion
            fallback = [stem[:-2] + "ove", stem[:-2] + "ovo"]
        if stem.endswith(("yt", "it")):
            stems.append(stem[:-1] + "ch")  # the ch of Mezhyrich is a ts before the ending: "Mezhyrytska"
        if stem.endswith("kin"):
            stems.append(stem[:-2] + "a")  # Russian's -in- after a -ka town's k: "Shostkinsky" is Shostka's
        stems += IRREGULAR_SEATS.get(stem.lower(), ())
        stems += _two_word_seats(stem)
    elif own_name and name[-1:] in ("y", "i"):
        # the adjective cut short as the press writes it: "the Vasylkiv community of the Synelnyky
        # district" is Synelnykove's
        fallback = [name[:-1] + "ove", name[:-1] + "e"]
    seats = _seats(stems, gazetteer, km_from_theatre, within, oblast) or _seats(
        fallback, gazetteer, km_from_theatre, within, oblast
    )
    if oblast and (inside := {i: found for i, found in seats.items() if found[1].admin1 == oblast}):
        seats = inside
    if not seats and "g" in name[1:]:
        # a Russian g for a Ukrainian h in a Ukrainian adjective: "the Chervonogrihorivska community"
        h_for_g = name[0] + name[1:].replace("g", "h")
        return _seat_of(h_for_g, gazetteer, km_from_theatre, within, by_size, oblast, own_name)
    if not seats:
        return _misprinted_seat(stems, gazetteer, oblast) if ADJECTIVE.search(name) else None
    size = _size_class if by_size else lambda place: 0
    # (of two towns as far from the theatre, the bigger: "the Kamyanskyi district" is Kamianske's, a city of
    # 227,000, not the Kamianka of Cherkasy Oblast)
    return min(
        seats.values(), key=lambda found: (size(found[1]), found[0], -found[1].population, found[1].id)
    )[1]


def _quarter_of_a_federal_city(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether ``place`` is a quarter of Moscow or St Petersburg: in the federal city, within QUARTER_KM of
    the city itself."""
    city_name = CITY_REGIONS.get(place.admin1)
    if city_name is None or place.name == city_name:
        return False
    return any(
        c.name == city_name and c.kind == "city" and km_apart(c, place) <= QUARTER_KM
        for c in gazetteer.candidates(key(city_name))
    )


def _misprinted_seat(stems: list[str], gazetteer: Gazetteer, oblast: str | None) -> Place | None:
    """The town a district's adjective names with one letter mistyped ("the Boriskovsky and
    Krasnoyaruzhsky districts": Borisovka), in the oblast the text names after it, else in Russia's
    border oblasts, whose districts machine-translated reports garble: the one town of the front's
    countries one letter off one of the seat's spellings, or None. (Only an adjective ADJECTIVE reads as
    one gets here: "Shebekinksy", its k and s swapped, does not.)"""
    regions = frozenset([oblast]) if oblast else VARIANT_RUSSIAN_OBLASTS
    found = {
        place.id: place
        for stem in stems
        if len(stem) >= MISPRINT_STEM_LETTERS
        and (place := misprint_of(stem, gazetteer, regions, [], towns_from=MISPRINT_SEAT_POPULATION))
        is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _seats(
    stems: list[str],
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
    oblast: str | None,
) -> dict[str, tuple[float, Place]]:
    """The towns named like one of ``stems`` that may be a district's seat, by id, with how far they lie
    from the article's theatre."""
    return {
        place.id: (km, place)
        for candidate in stems
        if len(candidate) > 2
        for place in gazetteer.candidates(key(candidate))
        if place.kind in POPULATED
        and _same_word(place.name, candidate)  # its own name: "Frankivskyi" is no Ivano-Frankivsk
        and ":" not in place.id  # a seat is a place of note: no postal-file hamlet ("uapost:...")
        and place.country in ("UA", "RU")
        # (no quarter of Moscow or St Petersburg: "the Ramensky and Kolomensky districts" of a mayor's tally
        # are the Moscow region's, Ramenskoye's and Kolomna's, not Ramenki and Kolomenskoye in the city)
        and not _quarter_of_a_federal_city(place, gazetteer)
        # the oblast the text names after it puts it there, however far from the article's other places
        and ((km := km_from_theatre(place)) <= within or (oblast is not None and place.admin1 == oblast))
    }


# The oblast a district or community is said to be in: "... district of Russia's Bryansk region".
OBLAST_AFTER = re.compile(
    # ("the Druzhbivska and Berezivska communities of Sumy Oblast": a list's plural noun too)
    rf"\s+{_AREA_QUALIFIER}(?:{_AREA_KIND}|(?i:communities|hromadas|districts|raions)\b)"
    r"\s+(?:of|in)\s+(?:(?:Russia|Ukraine)['’]s\s+)?(?:the\s+)?"
    # ("the Pokrovsky district of the former Donetsk region": the oblast by its pre-2020 name)
    r"(?:(?:former|(?:temporarily\s+)?occupied|neighbou?ring)\s+)?"
    # ("the Slavyansky district of the Krasnodar Krai", "... of Krasnodar Territory")
    r"(?P<oblast>[A-Z][\w'’-]+)\s+(?i:region|oblast|province|krai|kray|territory)\b"
)


def _oblast_after(text: str, end: int, gazetteer: Gazetteer) -> str | None:
    """The name of the oblast named right after the district or community ending at ``end``, or None."""
    found = OBLAST_AFTER.match(text, end)
    return None if found is None else _oblast_named(key(found["oblast"]), gazetteer)


# An oblast its sentence names before a list of districts: "In the Dnipropetrovsk Region, energy facilities
# were damaged in the Dniprovskyi, Kryvorizkyi, Pavlohradskyi, and Kamyanskyi districts".
OBLAST_IN_SENTENCE = re.compile(
    # (any "the X region" too: "the Russian army attacked the Dnipropetrovsk region with drones")
    r"(?:\b(?:[Ii]n|of)\s+(?:the\s+)?|\bthe\s+)([A-Z][\w'’-]+)\s+(?i:region|oblast|province)\b"
)


def _oblast_before(text: str, start: int, gazetteer: Gazetteer) -> str | None:
    """The one oblast named earlier in the sentence of a list starting at ``start``, or None."""
    return _one_oblast_named(text, _sentence_start(text, start), start, gazetteer)


def _seat_in(
    name: str,
    seat: Place | None,
    oblast: str,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> Place | None:
    """The seat of the community ``name`` in ``oblast``, when one lies there; else ``seat`` as found
    (none, too: "the Bilopolska community" after "the Sumy region" is Bilopillia's, its adjective read
    as one letter off only in the oblast the text names)."""
    if seat is not None and seat.admin1 == oblast:
        return seat
    own = _seat_of(name, gazetteer, km_from_theatre, within, oblast=oblast, own_name=True)
    return own if own is not None and own.admin1 == oblast else seat


def _oblast_named_earlier(text: str, start: int, gazetteer: Gazetteer) -> str | None:
    """The one oblast the text names ("in the X region", "of X Oblast") anywhere before ``start``, or None."""
    return _one_oblast_named(text, 0, start, gazetteer)


def _one_oblast_named(text: str, begin: int, end: int, gazetteer: Gazetteer) -> str | None:
    """The name of the one oblast ``text[begin:end]`` names ("in the X region", "of X Oblast"), or None when
    it names none, or two."""
    names = {key(found.group(1)) for found in OBLAST_IN_SENTENCE.finditer(text, begin, end)}
    return _oblast_named(names.pop(), gazetteer) if len(names) == 1 else None


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` opens: after the last full stop or line break before it."""
    return max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1


def _oblast_named(name_key: str, gazetteer: Gazetteer) -> str | None:
    """The name of the oblast called by this key ("kharkiv"), or None; or the oblast of the raion a town's
    short name calls "region" ("the Vasylkivska community of the Synelnyky region": Synelnykove Raion's)."""
    regions = oblasts_called(gazetteer, name_key)
    if regions:
        return regions[0].name
    if name_key[-1:] in ("y", "i"):
        for raion in gazetteer.candidates(f"{name_key[:-1]}ove raion"):
            if raion.id.startswith(RAION_PREFIX):
                return raion.admin1
    return None


def _same_word(name: str, candidate: str) -> bool:
    """Whether a place's own name is the candidate, h or g and x or ks aside (Marhanets, "Marganetska";
    GeoNames' Alexeyevka, "the Alekseyevsky district"), or a Russian town's "X-na-Y" ("on the Y") is (the
    Slavyansky district is Slavyansk-na-Kubani's)."""
    own = key(name).replace("h", "g").replace("x", "ks")
    word = key(candidate).replace("h", "g").replace("x", "ks")
    return own == word or (own.startswith(word) and own[len(word) :].startswith(" na "))


# A district its sentence names, by the name of its town, its adjective or its vernacular name: "in the
# Synelnykove district", "the Pavlohradskyi raion", "the enemy attacked Synelnykivshchyna".
DISTRICT_IN_SENTENCE = re.compile(r"\b([A-Z][\w'’-]+?)(?:(shchyna)\b|\s+(?:district|raion|rayon)\b(?!s))")


# ... or a list of them: "the communities of Bashtansky and Mykolaiv districts" (group 1: the names).
DISTRICTS_LISTED = re.compile(
    r"\b([A-Z][\w'’-]+(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)+)\s+(?:districts|raions|rayons)\b"
)
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]+")


def _districts_of_sentence(
    text: str,
    start: int,
    end: int,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> list[Place]:
    """The towns of the districts the sentence of the list at ``start:end`` names: its one district, or
    the districts of a list of them ("the communities of Bashtansky and Mykolaiv districts - Shyrokivska,
    Pervomaiska ... communities": the Pervomaiske of the Mykolaiv district, not the city of Pervomaisk)."""
    begin = _sentence_start(text, start)
    closing = min((i for i in (text.find(". ", end), text.find("\n", end)) if i != -1), default=len(text))
    one = _one_district_named(text, begin, closing, gazetteer, km_from_theatre, within, skip=(start, end))
    if one is not None or ("districts" not in text[begin:closing] and "raions" not in text[begin:closing]):
        return [one] if one is not None else []
    towns: dict[str, Place] = {}
    for listed in DISTRICTS_LISTED.finditer(text, begin, closing):
        if start <= listed.start() < end:
            continue
        for name in _LISTED_NAME.finditer(listed.group(1)):
            town = _seat_of(name.group(), gazetteer, km_from_theatre, within, own_name=True)
            if town is not None:
                towns[town.id] = town
    return list(towns.values())


def _one_district_named(
    text: str,
    begin: int,
    stop: int,
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
    skip: tuple[int, int] = (0, 0),
) -> Place | None:
    """The town of the one district the text from ``begin`` to ``stop`` names (leaving out the names that
    start in ``skip``), or None when it names none, or two."""
    towns = {}
    for found in DISTRICT_IN_SENTENCE.finditer(text, begin, stop):
        if skip[0] <= found.start() < skip[1]:
            continue
        name = found.group(1) + ("skyi" if found.group(2) else "")
        town = None
        first = FIRST_WORD_BEFORE.search(text, max(begin, found.start() - 30), found.start())
        if first is not None:
            # a town of two words: "In the Kryvyi Rih district"
            town = _seat_of(f"{first.group(1)} {name}", gazetteer, km_from_theatre, within, own_name=True)
        town = town or _seat_of(name, gazetteer, km_from_theatre, within, own_name=True)
        if town is not None:
            towns[town.id] = town
    return next(iter(towns.values())) if len(towns) == 1 else None


FIRST_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+$")


def _km_from_districts(towns: list[Place], place: Place) -> float:
    """How far (km) a place lies from the nearest of the seats of some districts, infinite outside their
    oblasts: a community of the Bashtanka district is no town of Dnipropetrovsk Oblast 70 km off."""
    return _km_from_all(towns, place) if any(place.admin1 == town.admin1 for town in towns) else math.inf


def _km_from_all(towns: list[Place], place: Place) -> float:
    """How far (km) a place lies from the nearest of some towns."""
    return min(km_apart(place, town) for town in towns)


def _size_class(place: Place) -> int:
    """0 for a town of SEAT_TOWN people or more, 1 for SEAT_VILLAGE or more, else 2 (postal villages)."""
    return 0 if place.population >= SEAT_TOWN else 1 if place.population >= SEAT_VILLAGE else 2


# Communities and districts named by their adjective alone: "the Marganetska community came under
# attack", "Irpinska, Buchanska and Makarivska communities". Group 1: the adjectives; group 2: the kind.
# (and Russian's feminine: "Marganetskaya and Chervonogrigoryevskaya communities suffered")
_ADJECTIVE_NAME = r"[A-Z][\w'’-]*(?:s['’]?k(?:aya|a|e|yi|iy|ii|y|i|ij)|zk(?:aya|a|yi|iy|ii|y|i|ij))"
NAMED_BY_ADJECTIVE = re.compile(
    rf"\b({_ADJECTIVE_NAME}(?:(?:,\s*|,?\s+and\s+){_ADJECTIVE_NAME})*)\s+"
    r"(?:(?:urban|rural|municipal|village|settlement|city|territorial)\s+)?"
    # ("Bohodukhiv district, Zolochivska TG, Ivashky village": a territorial community, by its initials)
    r"((?i:communit(?:y|ies)|hromadas?|districts?|raions?)|TGs?)\b"
)
# ... or after the word and a colon or a dash: "shelled 11 villages in four border communities of Chernihiv
# region during the day: Novhorod-Siverska, Semenivska, Snovska and Horodnyanska", "5 communities of the
# region - Krasnopilska, Esmanska and Kirikivska", or "including": "locations in different districts of the
# city were hit, including Solomensky, Darnitsky and Podolsky". Group 1: the kind; group 2: the adjectives.
# ... or right after "of": "In the communities of Marhanetska, Myrivska, and Tomakivska".
ADJECTIVES_LISTED = re.compile(
    r"\b(communities|hromadas|districts|raions)\b"
    r"(?:[^.:;]{0,80}(?::|\s[-–—]|,?\s+(?:including|such\s+as))|\s+of)\s*"
    # (after the towns a list may name first: "The following communities were attacked: Nikopol,
    # Marhanetska, Chervonohryhorivska and Myrivska")
    rf"(?:(?!{_ADJECTIVE_NAME}[,\s])[A-Z][\w'’-]+,\s*)*"
    rf"({_ADJECTIVE_NAME}(?:(?:,\s*|,?\s+and\s+){_ADJECTIVE_NAME})+)\b"
)
# ... or first of a list whose other items are towns' names: "the Russians fired in Pokrovsky, Kramatorsk and
# Bakhmut districts" (group 1: the adjective; group 2: the kind).
ADJECTIVE_BEFORE_NAMES = re.compile(
    rf"\b({_ADJECTIVE_NAME})(?=(?:,\s*[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+"
    r"((?i:communities|hromadas|districts|raions))\b)"
)
# ... or alone after "in", in a passage that has just named communities: "Destruction was also reported in
# surrounding communities. In Verbkivska, nearly 40 residential buildings were damaged, while two were
# affected in Yurivska." (group 1: the adjective).
ADJECTIVE_IN = re.compile(rf"\b[Ii]n\s+({_ADJECTIVE_NAME})(?=\s*[,.;])")
# ("In the Verkhnyosyrovatsk community, the occupiers damaged infrastructure, and in Richkivska, they
# destroyed a house": one community named so, the next by its adjective alone)
COMMUNITIES_BEFORE = re.compile(r"\b(?:communit(?:y|ies)|hromadas?)\b")
COMMUNITIES_REACH = 250  # characters before the adjective where the passage names its communities
ADJECTIVE_WORD = re.compile(_ADJECTIVE_NAME)
# The city whose quarters districts named by their adjectives are: "the Shevchenkivskyi and Kholodnohirskyi
# districts of Kharkiv" (group 1: the city's name).
CITY_OF_DISTRICTS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:city\s+of\s+)?([A-Z][\w'’-]+)\b"
    r"(?!['’]s|\s+(?i:region|oblast|province|people|krai|kray|territory|republic)\b)"
)
CITY_SIZE = 100_000  # people: a city big enough to have districts of its own
SEAT_TOWN_OF_RAION = 10_000  # people: a town of the oblast whose adjective names a raion, not a quarter
# ... and a refinery, depot or plant named by the adjective of its town, as Russian names them: "the
# Novoshakhtinsky oil refinery" is Novoshakhtinsk's, "the Starooskolsky oil depot" Stary Oskol's.
NAMED_FACILITY = re.compile(
    rf"\b({_ADJECTIVE_NAME})\s+"
    r"((?i:(?:oil\s+)?refiner(?:y|ies)|(?:oil|fuel|ammunition|arms)\s+depots?|(?:oil\s+)?terminal"
    r"|(?:chemical|metallurgical|machine-building|aircraft|aviation|tank|mechanical|cement)\s+(?:plant|factory|works)"
    r"|military\s+airfield|airfield|air\s+base))\b"
)
FACILITY_HINTS = ("refiner", "depot", "terminal", "plant", "factory", "works", "airfield", "air base")
# ... and a district by its vernacular name, a town's stem and -shchyna: "the Russian army struck
# Synelnykivshchyna with drones", "attacks continued overnight in Nikopolshchyna" (an oblast's,
# Kharkivshchyna, is a name the gazetteer holds, and covered before this is read).
VERNACULAR_DISTRICT = re.compile(r"\b(?P<word>(?P<stem>[A-Z][\w'’-]{2,}?)(?:shchyna|schyna))\b")


def areas_by_adjective(
    text: str,
    covered: list[tuple[int, int]],
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> list[Mention]:
    """The communities and districts a text names by their adjective alone, as mentions of their
    seat: "the Marganetska community" is Marhanets's, "Irpinska, Buchanska communities" Irpin's and
    Bucha's. Words a mention already ``covered`` (start, end) are left to it; an adjective whose town
    is not known near the article's theatre is left out."""
    found = []
    lists = [(named.span(1), named.group(2)) for named in NAMED_BY_ADJECTIVE.finditer(text)]
    lists += [(named.span(2), named.group(1)) for named in ADJECTIVES_LISTED.finditer(text)]
    lists += [(named.span(1), named.group(2)) for named in ADJECTIVE_BEFORE_NAMES.finditer(text)]
    if "communit" in text or "hromada" in text:
        lists += [
            (named.span(1), "community")
            for named in ADJECTIVE_IN.finditer(text)
            if COMMUNITIES_BEFORE.search(text, max(0, named.start() - COMMUNITIES_REACH), named.start())
        ]
    if any(hint in text for hint in FACILITY_HINTS):
        lists += [(named.span(1), named.group(2)) for named in NAMED_FACILITY.finditer(text)]
    if "chyna" in text:
        found += _vernacular_districts(text, covered, gazetteer, km_from_theatre, within)
    if "communit" in text or "hromad" in text:
        found += _communities_by_stem(text, covered, gazetteer, km_from_theatre, within)
    # the oblast the text once names after a district is its oblast in every mention: "the Klimovsky
    # district of Russia's Bryansk region ... an attack on the Klimovsky district"
    oblasts = {
        text[start:end]: oblast
        for (start, end), _ in lists
        if (oblast := _oblast_after(text, end, gazetteer) or _oblast_before(text, start, gazetteer))
        is not None
    }
    seen: set[int] = set()  # words of two lists ("Myrivska and Marganetska communities") are found once
    for named in NAMED_BY_ADJECTIVE.finditer(text):
        if not named.group(2).lower().startswith(("district", "raion")):
            continue
        cities = _cities_of_districts_after(text, named.end(), gazetteer)
        for word in ADJECTIVE_WORD.finditer(text, *named.span(1)) if cities else ():
            if any(s < word.end() and word.start() < e for s, e in covered):
                continue
            oblast = cities[0].admin1
            seat = _seat_of(word.group(), gazetteer, km_from_theatre, within, oblast=oblast, own_name=True)
            if seat is not None and seat.admin1 == oblast and seat.population >= SEAT_TOWN_OF_RAION:
                continue  # "the Rylsky district of Kursk": Rylsk's raion of the oblast, read below
            # "drone strikes on the Shevchenkivskyi and Kholodnohirskyi districts of Kharkiv": the city's own
            # quarters (drawn at the city), not the hamlets their adjectives would name elsewhere
            reason = f"a district of {cities[0].name}"
            place = district_of_city(cities[0], word.group())
            found.append(Mention(word.group(), word.start(), word.end(), place, 0.6, reason))
            seen.add(word.start())
    for (start, end), noun in lists:
        kind = (
            "community"
            if noun.lower().startswith(("commun", "hromad", "tg"))
            else "district"
            if noun.lower().startswith(("district", "raion"))
            else noun.lower()
        )
        words = [
            word
            for word in ADJECTIVE_WORD.finditer(text, start, end)
            if not any(s < word.end() and word.start() < e for s, e in covered) and word.start() not in seen
        ]
        seen.update(word.start() for word in words)
        # (its own oblast first: "the Pokrovsky district of the Donetsk region ... the Pokrovsky district of
        # the Dnipropetrovsk region" are two)
        oblast = _oblast_after(text, end, gazetteer) or oblasts.get(text[start:end])
        seats = [
            _seat_of(word.group(), gazetteer, km_from_theatre, within, oblast=oblast, own_name=True)
            for word in words
        ]
        districts = (
            _districts_of_sentence(text, start, end, gazetteer, km_from_theatre, within)
            if kind == "community"
            else []
        )
        if oblast is None and (earlier := _oblast_named_earlier(text, start, gazetteer)) is not None:
            # "Russian troops attacked the border areas of Chernihiv region ... In Semenivska community, there
            # were 7 explosions": the seat in the one oblast the text named before, when one lies there
            seats = [
                _seat_in(word.group(), seat, earlier, gazetteer, km_from_theatre, within)
                for word, seat in zip(words, seats, strict=True)
            ]
        sure = [seat for seat in seats if seat is not None and seat.population >= SEAT_TOWN]
        by_district = partial(_km_from_districts, districts) if districts else None
        for word, seat in zip(words, seats, strict=True):
            if by_district is not None and (
                # (of the seats within the district, the biggest class first: "Bohodukhiv district,
                # Zolochivska TG" is Zolochiv's, 7,700 people, not the hamlet Zolochivske nearer its seat)
                (own := _seat_of(word.group(), gazetteer, by_district, DISTRICT_KM, own_name=True))
                is not None
                and by_district(own) <= DISTRICT_KM
            ):
                # "the enemy attacked Synelnykivshchyna ... Petropavlivska, Malomykhailivska and Pokrovska
                # communities suffered": the communities of the district the sentence names
                seat = own
            elif seat is not None and sure and seat.population < SEAT_TOWN:
                # "Irpinska, Buchanska, ..., Dmytrivska communities": the Dmytrivka by Irpin and Bucha
                seat = _seat_of(
                    word.group(), gazetteer, partial(_km_from_all, sure), within, by_size=False, own_name=True
                )
            if seat is not None and oblast is not None and seat.admin1 != oblast:
                seat = None  # "the Vitovsky district of the Nikolaev region": no Vitove of Cherkasy Oblast
            if seat is not None:
                reason = f"the {kind} of {seat.name}, named by its adjective"
                found.append(Mention(word.group(), word.start(), word.end(), seat, 0.6, reason))
    return found


# ... and a community by its adjective cut to the stem, as translations write it: "the Mezhivsk community of
# the Synelnykove district", "a village in the Verkhnyosyrovatsk community" (a town
# whose own name ends so, Kupiansk, is a name the gazetteer holds, covered before this is read).
COMMUNITY_BY_STEM = re.compile(
    r"\b(?P<word>(?P<stem>[A-Z][\w'’-]{3,}[sz]k))\s+(?:(?:urban|rural|village|settlement|city|territorial)\s+)?"
    r"(?i:communit(?:y|ies)|hromadas?)\b"
)


# ... or its stem without the -sk, in a list of communities: "The Khotyn, Miropil, Bilopil, Krasnopil,
# Velykopysarivska ... communities were shelled" (Bilopillia's Bilopilska, Krasnopillia's Krasnopilska;
# "the communities of Nikopol, Myriv, Marhanets": Myrove's Myrivska).
# (a stem of -il, -yn or -iv, the name as written its group "word"; both readings of a list below use it)
_LISTED_STEM = r"(?P<word>(?P<stem>[A-Z][\w'’-]{3,}(?:il|yn)|[A-Z][\w'’-]{2,}iv))"
# (or alone before the word: "a drone struck a car in Myriv hromada, Nikopol district")
COMMUNITY_STEM_LISTED = re.compile(
    rf"\b{_LISTED_STEM}"
    r"(?=(?:,\s*(?:and\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*,?\s+(?:and\s+)?(?:[A-Z][\w'’-]+\s+){0,2}"
    r"(?i:communities|hromadas)\b|\s+(?i:community|hromada)\b)"
)


# ... or after the word: "targeted the communities of Nikopol, Myriv, Marhanets, and Chervonohryhorivka".
COMMUNITY_STEM_AFTER = re.compile(
    r"(?i:communities|hromadas)\s+of\s+(?:[A-Z][\w'’-]+,\s*(?:and\s+)?)*"
    rf"{_LISTED_STEM}(?=\s*,|\s+and\b)"
)


def _communities_by_stem(
    text: str,
    covered: list[tuple[int, int]],
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> list[Mention]:
    """The communities a text names by their adjective's stem ("Mezhivsk", or "Bilopil" in a list of
    communities), as mentions of their seat, read as the full adjective ("Mezhivska", "Bilopilska") is."""
    by_stem = _seats_named(
        COMMUNITY_BY_STEM, "a", "the community of {seat}, named by its adjective's stem",
        text, covered, gazetteer, km_from_theatre, within, oblast_after=True,
    )  # fmt: skip
    listed = by_stem + _seats_named(
        COMMUNITY_STEM_LISTED, "ska", "the community of {seat}, named by its adjective's stem",
        text, covered + [(m.start, m.end) for m in by_stem], gazetteer, km_from_theatre, within,
        oblast_after=False,
    )  # fmt: skip
    if "ommunities of" not in text and "romadas of" not in text:
        return listed
    return listed + _seats_named(
        COMMUNITY_STEM_AFTER, "ska", "the community of {seat}, named by its adjective's stem",
        text, covered + [(m.start, m.end) for m in listed], gazetteer, km_from_theatre, within,
        oblast_after=False,
    )  # fmt: skip


def _vernacular_districts(
    text: str,
    covered: list[tuple[int, int]],
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
) -> list[Mention]:
    """The districts a text names by their vernacular name ("Synelnykivshchyna"), as mentions of their
    seat, read as the district's adjective ("Synelnykivskyi") is."""
    return _seats_named(
        VERNACULAR_DISTRICT, "skyi", "the district of {seat}, named by its vernacular name",
        text, covered, gazetteer, km_from_theatre, within, oblast_after=False,
    )  # fmt: skip


def _seats_named(
    pattern: re.Pattern[str],
    ending: str,
    reason: str,
    text: str,
    covered: list[tuple[int, int]],
    gazetteer: Gazetteer,
    km_from_theatre: Callable[[Place], float],
    within: float,
    oblast_after: bool,
) -> list[Mention]:
    """Mentions of the Ukrainian seats of the areas ``pattern`` finds (its group ``word`` the name as
    written, ``stem`` what ``ending`` makes an adjective of), where no other mention ``covered`` the words
    already."""
    found = []
    for named in pattern.finditer(text):
        start, end = named.span("word")
        if any(s < end and start < e for s, e in covered):
            continue
        if named.group("stem").endswith("iv") and gazetteer.candidates(key(named.group("stem"))):
            continue  # "Myriv" is Myrivska's stem, but "Mykolaiv" is a city the text left unresolved
        oblast = _oblast_after(text, named.end(), gazetteer) if oblast_after else None
        adjective = f"{named.group('stem')}{ending}"  # "Mezhivsk": "Mezhivska"
        seat = _seat_of(adjective, gazetteer, km_from_theatre, within, oblast=oblast, own_name=True)
        if seat is not None and seat.country == "UA":
            found.append(Mention(named.group("word"), start, end, seat, 0.6, reason.format(seat=seat.name)))
    return found


# A community the press names by its seat's adjective cut short: "Pokrovsk communities", "the cities of
# Nikopol, Pokrovsk, and Marhanets" for Pokrovske (Pokrovska hromada) of the Nikopol district. Read so
# only where the name as the gazetteer holds it lies SHORTENED_FAR_KM from every other town of its
# sentence, those towns lie within SHORTENED_MATES_KM of one another, and one place of the full name lies
# within SHORTENED_NEAR_KM of them.
SHORTENED_CUE = re.compile(r"\b(?:communit(?:y|ies)|hromadas?|district)\b", re.IGNORECASE)
# ... the word right after its list: "the Pokrovsk and Velykomykhailivsk communities".
COMMUNITIES_LISTED_AFTER = re.compile(
    r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)*\s+(?:(?:territorial|urban|rural|village|settlement)\s+)?"
    r"(?:communit(?:y|ies)|hromadas?)\b",
    re.IGNORECASE,
)
SHORTENED_FAR_KM = 150.0
SHORTENED_MATES_KM = 60.0
SHORTENED_NEAR_KM = 40.0
RAION_NEAR_KM = 60.0  # ... and this near the point of a raion named beside it (the middle of its places)
# A community named again: the place the article read it as the first time.
SAME_COMMUNITY_REASON = "the community the article names so elsewhere"


def _line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends (a paragraph of the article, in most)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _its_community(mention: Mention, name: str) -> bool:
    """Whether ``mention`` reads ``name`` ("Pokrovsk") as the community of a place of its full name
    (Pokrovske)."""
    return (
        mention.place is not None
        and mention.place.kind in POPULATED
        and key(mention.place.name) == key(name + "e")
        and mention.reason.startswith("the community of")
    )


def _towns_beside(mention: Mention, mentions: list[Mention], start: int, end: int) -> list[Place]:
    """The places of the other mentions from ``start`` to ``end`` (the mention's sentence) that are towns or
    villages: what a community named beside them is near."""
    return [
        o.place
        for o in mentions
        if o is not mention and o.place is not None and o.place.kind in POPULATED and start <= o.start < end
    ]


def shortened_communities(
    text: str,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    sentence_span: Callable[[int], tuple[int, int]],
    named_oblasts: frozenset[str] = frozenset(),
) -> list[Mention]:
    """The mentions, with a town named as its community's adjective cut short ("Pokrovsk" for Pokrovske,
    its -ske dropped) moved to the one place of the full name beside the towns of its sentence, or, with
    no towns beside it, in the oblasts the article names (``named_oblasts``) when the town is in none."""
    result = list(mentions)
    for i, m in enumerate(mentions):
        if m.place is None or m.place.kind not in ("city", "town") or not m.text.endswith("sk"):
            continue
        start, end = sentence_span(m.start)
        if not SHORTENED_CUE.search(text, start, end):
            continue
        read = next((o.place for o in result if o.text == m.text and _its_community(o, m.text)), None)
        if read is not None:
            # "Two people were injured in the Pokrovsk community ... The Pokrovsk community suffered the
            # most": the community the article has already read the name as
            result[i] = Mention(m.text, m.start, m.end, read, 0.6, SAME_COMMUNITY_REASON)
            continue
        mates = _towns_beside(m, mentions, start, end)
        if (
            len(mates) < 2
            and named_oblasts
            and m.place.admin1 not in named_oblasts
            and COMMUNITIES_LISTED_AFTER.match(text, m.end)
        ):
            # "It hit farms in the Pokrovsk and Velykomykhailivsk communities", in a report on Dnipropetrovsk
            # Oblast: Pokrovske's community there, not the town of Donetsk Oblast
            full = sorted(
                (
                    place
                    for place in gazetteer.candidates(key(m.text + "e"))
                    if place.kind in POPULATED and place.admin1 in named_oblasts
                ),
                key=lambda place: -place.population,
            )
            # (the one by the other places of its paragraph: "The Nikopol district has been suffering from
            # enemy attacks. Five drones hit the Marhanets community. The Pokrovsk community came under
            # shelling" is Pokrovske by Nikopol, not the bigger one 150 km east in the Synelnykove district)
            paragraph = range(text.rfind("\n", 0, m.start) + 1, _line_end(text, m.end))
            named = [o.place for o in mentions if o.place is not None and o.start in paragraph]
            beside = [
                place
                for place in full
                if any(
                    o.id != place.id
                    and km_apart(place, o)
                    <= (RAION_NEAR_KM if o.id.startswith(RAION_PREFIX) else SHORTENED_NEAR_KM)
                    for o in named
                    if o.kind in POPULATED or o.id.startswith(RAION_PREFIX)
                )
            ]
            if len(full) > 1 and len(beside) == 1:
                full = beside
            if len(full) > 1 and full[0].population >= 2 * full[1].population:
                full = full[:1]  # (the community's seat, by far the largest of the name there)
            if len(full) == 1:
                reason = f"the community of {full[0].name}, cut short, in an oblast the text names"
                result[i] = Mention(m.text, m.start, m.end, full[0], 0.6, reason)
            continue
        # (one mate is enough when the name and it are a list of communities: "in the Marganets and
        # Pokrovsk territorial communities" is Pokrovske's by Marhanets, not the town 170 km off)
        if (
            len(mates) < (1 if COMMUNITIES_LISTED_AFTER.match(text, m.end) else 2)
            or min(km_apart(m.place, mate) for mate in mates) <= SHORTENED_FAR_KM
            or max(km_apart(a, b) for a in mates for b in mates) > SHORTENED_MATES_KM
        ):
            continue
        full = [
            place
            for place in gazetteer.candidates(key(m.text + "e"))
            if place.kind in POPULATED and min(km_apart(place, mate) for mate in mates) <= SHORTENED_NEAR_KM
        ]
        if len(full) == 1:
            reason = f"the community of {full[0].name}, its adjective cut short, by the towns of its sentence"
            result[i] = Mention(m.text, m.start, m.end, full[0], 0.6, reason)
    result = _communities_named_as_nouns(text, result, gazetteer, sentence_span)
    return _communities_of_the_oblast_after(text, result, gazetteer)


# The noun the press makes of a community's adjective, for a seat named -ove: "Myrivka" for the Myrivska
# community, whose seat is Myrove.
NOUN_OF_ADJECTIVE_ENDINGS = ("ivka", "ovka")


def _communities_named_as_nouns(
    text: str,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    sentence_span: Callable[[int], tuple[int, int]],
) -> list[Mention]:
    """The mentions, with a name in a list of communities written as a noun made of the community's
    adjective ("the Nikopol, Myrovka and Marhanets communities", "the Marhanets and Myrivka hromadas")
    moved to the one seat named -ove near the other towns of its sentence, when no place of the name
    as written lies near them."""
    result = list(mentions)
    for i, m in enumerate(mentions):
        if not m.text.endswith(NOUN_OF_ADJECTIVE_ENDINGS) or not COMMUNITIES_LISTED_AFTER.match(text, m.end):
            continue
        start, end = sentence_span(m.start)
        mates = _towns_beside(m, mentions, start, end)
        if not mates or (
            m.place is not None
            # (a misprint's reading gives way: "Myrivka" is one letter off Maryivka, across the reservoir)
            and not m.reason.startswith("spelled")
            and min(km_apart(m.place, mate) for mate in mates) <= SHORTENED_NEAR_KM
        ):
            continue
        seats = [
            place
            for place in gazetteer.candidates(key(m.text[: -len("ivka")] + "ove"))
            if place.kind in POPULATED and min(km_apart(place, mate) for mate in mates) <= SHORTENED_NEAR_KM
        ]
        if len(seats) == 1:
            reason = f"the community of {seats[0].name}, named by a noun of its adjective, by its towns"
            result[i] = Mention(m.text, m.start, m.end, seats[0], 0.6, reason)
    return result


# The oblast a list of communities is put in right after the list: "... communities in the Dnipropetrovsk
# region".
OBLAST_AFTER_COMMUNITIES = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w'’-]+)\s+(?:region|oblast)\b", re.IGNORECASE
)
# What a community's name cut short before "community" lacks of its seat's: "Vasylkiv" for Vasylkivka,
# "Mezhiv" for Mezhova.
CUT_SEAT_ENDINGS = ("ka", "a", "e", "ove")


def _communities_of_the_oblast_after(
    text: str, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """The mentions, with a name in a list of communities that the text puts in an oblast right after the
    list ("the Vasylkiv and Mezhiv communities in the Dnipropetrovsk region") moved, when read as a place
    outside that oblast (Vasylkiv, by Kyiv), to the one seat in the oblast its name is the cut-short stem of
    (Vasylkivka)."""
    result = list(mentions)
    for i, m in enumerate(mentions):
        listed = COMMUNITIES_LISTED_AFTER.match(text, m.end)
        if listed is None or (after := OBLAST_AFTER_COMMUNITIES.match(text, listed.end())) is None:
            continue
        oblast = next(iter(oblasts_called(gazetteer, key(after.group(1)))), None)
        if oblast is None or (m.place is not None and m.place.admin1 == oblast.name):
            continue
        seats = sorted(
            {
                place.id: place
                for ending in CUT_SEAT_ENDINGS
                for place in gazetteer.candidates(key(m.text + ending))
                if place.kind in POPULATED and place.admin1 == oblast.name
            }.values(),
            key=lambda place: -place.population,
        )
        if len(seats) > 1 and seats[0].population >= 2 * seats[1].population:
            seats = seats[:1]  # (the community's seat, by far the largest of the names there)
        if len(seats) == 1:
            reason = f"the community of {seats[0].name}, cut short, in the oblast named after its list"
            result[i] = Mention(m.text, m.start, m.end, seats[0], 0.6, reason)
    return result
