"""Front-line summaries in the style of General Staff and monitor reports: the name classes that went
wrong on reporting frontmap had not seen. Former names against current ones, groups of forces,
directions and sectors, and lists of villages whose namesakes lie elsewhere. Real gazetteer data;
the sentences are our own, coordinates the places' true ones (from public maps), within 10 km."""

from __future__ import annotations

import math

import pytest

from gazetteer import Mention, find_places, load_gazetteer
from gazetteer.context import DIRECTION_REASON

POKROVSK = (48.282, 37.176)
TORETSK = (48.398, 37.847)
KRAMATORSK = (48.723, 37.556)
CHASIV_YAR = (48.586, 37.835)
KURAKHOVE = (47.983, 37.283)
KRASNOHORIVKA = (48.005, 37.507)
HULIAIPOLE = (47.664, 36.257)
ORIKHIV = (47.567, 35.786)
KUPIANSK = (49.711, 37.616)
LYMAN = (48.989, 37.810)
SIVERSK = (48.867, 38.100)
KHARKIV = (49.993, 36.230)
SUMY = (50.907, 34.798)
KURSK = (51.730, 36.193)
BAKHMUT = (48.595, 38.000)
SVIATOHIRSK = (49.033, 37.567)
TERNY_BY_LYMAN = (49.092, 37.961)
TORSKE = (49.017, 37.961)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def mentions(text: str) -> dict[str, Mention]:
    return {m.text: m for m in find_places(text, load_gazetteer())}


def at(mention: Mention, point: tuple[float, float]) -> bool:
    return mention.place is not None and km((mention.place.lat, mention.place.lon), point) <= 10


# Class 1: a former name of a far-off place does not beat the current name of a place at the front.


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Ukrainian troops still hold ground in Kursk Oblast. In Donetsk Oblast the fighting is heaviest, "
            "especially in the Pokrovsk and Toretsk directions.",
            "Pokrovsk",
            POKROVSK,
        ),
        ("The enemy attacked 30 times in the Toretsk and Pokrovsk directions.", "Pokrovsk", POKROVSK),
        ("Russian pressure grew on the Kupiansk, Lyman and Siversk sectors.", "Kupiansk", KUPIANSK),
        ("Russian pressure grew on the Kupiansk, Lyman and Siversk sectors.", "Siversk", SIVERSK),
        ("Fighting continued near Pokrovsk.", "Pokrovsk", POKROVSK),
    ],
)
def test_a_current_name_beats_a_far_off_place_of_that_former_name(
    text: str, name: str, point: tuple[float, float]
) -> None:
    """Engels (Saratov Oblast) was Pokrovsk until 1931; a text about the war means the Donetsk town."""
    assert at(mentions(text)[name], point)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("Moscow said its troops liberated the settlement of Krasnoarmeysk.", "Krasnoarmeysk", POKROVSK),
        ("Russian troops hold Svyatogorsk and Artyomovsk, the ministry said.", "Artyomovsk", BAKHMUT),
    ],
)  # fmt: skip
def test_a_former_name_no_place_bears_today_still_finds_its_place(
    text: str, name: str, point: tuple[float, float]
) -> None:
    assert at(mentions(text)[name], point)


# Class 2: groups of forces are not places.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Units of the Vostok (East) group of forces struck positions near Velyka Novosilka.", "Vostok"),
        ("The Tsentr group of forces claimed gains near Selydove.", "Tsentr"),
        ("The Dnepr group of forces shelled Kherson overnight.", "Dnepr"),
        ("The Sever group attacked in Kharkiv Oblast.", "Sever"),
        ("The Yug grouping said it repelled attacks near Bakhmut.", "Yug"),
        ("A spokesman for the Tavria group said 40 assaults near Robotyne were repelled.", "Tavria"),
        ("The Khortytsia operational-strategic group reported clashes near Chasiv Yar.", "Khortytsia"),
        ("The Odesa operational-strategic group said drones were shot down over Kherson.", "Odesa"),
        ("Battlegroup Dnepr continued its attacks near Kherson.", "Dnepr"),
    ],
)
def test_a_group_of_forces_is_not_a_place(text: str, name: str) -> None:
    found = mentions(text)
    assert name not in found, found[name]
    assert len(found) >= 1  # the places of the sentence are still found


def test_the_city_a_group_is_named_after_is_still_the_city_on_its_own() -> None:
    text = "The Odesa group reported that drones struck Odesa overnight."
    found = find_places(text, load_gazetteer())
    assert [m.start for m in found] == [text.rindex("Odesa")]
    assert found[0].place is not None and found[0].place.admin1 == "Odesa Oblast"


# Class 3: directions and sectors are named, flagged and placed at the right town (or river).


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("In the Kramatorsk sector, the occupants launched an air strike near Chasiv Yar.", "Kramatorsk",
         KRAMATORSK),
        ("On the Huliaipilskyi direction, the enemy attacked near Malynivka.", "Huliaipilskyi", HULIAIPOLE),
        ("On the Huliaipole direction, the enemy attacked near Malynivka.", "Huliaipole", HULIAIPOLE),
        ("On the Orikhivskyi direction, assaults near Robotyne were repelled.", "Orikhivskyi", ORIKHIV),
        ("In the Kurakhivskyi direction the enemy attacked near Kostiantynopil.", "Kurakhivskyi", KURAKHOVE),
        ("On the Kupianskyi direction, fighting near Synkivka.", "Kupianskyi", KUPIANSK),
        ("In the Lymanskyi direction, attacks near Torske were repelled.", "Lymanskyi", LYMAN),
        ("In the Toretskyi direction, the enemy attacked near Druzhba.", "Toretskyi", TORETSK),
        ("In the Kharkiv and Sumy directions, drones struck border villages.", "Kharkiv", KHARKIV),
        ("In the Kharkiv and Sumy directions, drones struck border villages.", "Sumy", SUMY),
        ("Russian troops regrouped in the Kursk direction near Sudzha.", "Kursk", KURSK),
        ("Attacks failed in the Avdiivka and Novopavlivka directions.", "Novopavlivka", (48.14, 36.79)),
        ("Russian forces pressed on the Pokrovsk-Kurakhove axis near Selydove.", "Pokrovsk", POKROVSK),
        ("Russian forces pressed on the Pokrovsk-Kurakhove axis near Selydove.", "Kurakhove", KURAKHOVE),
    ],
)  # fmt: skip
def test_a_direction_is_its_town_and_is_marked_as_a_direction(
    text: str, name: str, point: tuple[float, float]
) -> None:
    mention = mentions(text)[name]
    assert at(mention, point)
    assert mention.direction and mention.reason.startswith(DIRECTION_REASON)


@pytest.mark.parametrize("adjective", ["Prydniprovskyi", "Prydniprovsky", "Pridneprovsky"])
def test_the_sector_along_the_dnipro_is_the_river_by_kherson_not_the_town_of_prydniprovsk(
    adjective: str,
) -> None:
    text = f"In the {adjective} sector, the enemy shelled Kherson and Antonivka 120 times."
    mention = mentions(text)[adjective]
    assert mention.place is not None and mention.place.kind == "river" and mention.place.name == "Dnipro"
    assert km((mention.place.lat, mention.place.lon), (46.64, 32.62)) < 50  # the stretch by Kherson
    assert mention.direction


def test_the_place_of_the_event_in_a_sector_sentence_is_no_direction() -> None:
    found = mentions(
        "In the Kramatorsk sector, the occupants launched an air strike in the area of Chasovyi Yar."
    )
    assert found["Kramatorsk"].direction
    assert at(found["Chasovyi Yar"], CHASIV_YAR) and not found["Chasovyi Yar"].direction


@pytest.mark.parametrize(
    ("name", "point"),
    [("Chasovyi Yar", CHASIV_YAR), ("Chasov Yar", CHASIV_YAR), ("Svyatogorsk", SVIATOHIRSK),
     ("Artyomovsk", BAKHMUT), ("Krasny Liman", LYMAN)],
)  # fmt: skip
def test_russian_style_spellings_of_towns_with_adjectival_parts(
    name: str, point: tuple[float, float]
) -> None:
    assert at(mentions(f"Fighting continued near {name} in the Donetsk region.")[name], point)


# Class 4: a list's villages lie near each other; a namesake 100 km off is not pinned.


def test_a_list_of_villages_is_the_namesakes_by_each_other() -> None:
    """The postal file gives Heorhiivka and Paraskoviivka by Kurakhove only a raion's point; GeoNames'
    hamlets have their own, and the list's villages are those, not namesakes 80-140 km away."""
    found = mentions(
        "In the Kurakhove sector, Russian forces attacked in the areas of Paraskoviivka, Heorhiivka, "
        "Krasnohorivka and Vodiane."
    )
    assert at(found["Krasnohorivka"], KRASNOHORIVKA)
    assert at(found["Paraskoviivka"], (47.87, 37.45))
    assert at(found["Heorhiivka"], (47.96, 37.44))


def test_a_list_does_not_pin_a_namesake_far_from_its_other_villages() -> None:
    """The Alekseevka by Tetkino has no point of its own in any table; the nearest namesake with one, in
    Sumy Oblast, is far from the list's other villages, so it is not pinned there: the village is known
    only by its raion (Glushkovo's, since round 29), drawn approximately at the raion's middle."""
    found = mentions(
        "Border guards said the villages of Tetkino, Korovyakovka, Alekseevka and Popovo-Lezhachi "
        "were cut off."
    )
    assert at(found["Korovyakovka"], (51.33, 34.37))
    alekseevka = found["Alekseevka"].place
    assert alekseevka.approximate and alekseevka.admin1 == "Kursk Oblast", found["Alekseevka"]
    assert at(found["Alekseevka"], (51.33, 34.37))


def test_a_village_of_a_list_is_the_namesake_beside_its_list_mates() -> None:
    found = mentions("Russian forces attacked near Terny, Torske and Zarichne in the Lyman direction.")
    assert at(found["Terny"], TERNY_BY_LYMAN)
    assert at(found["Torske"], TORSKE)
    assert at(found["Lyman"], LYMAN)


def test_a_sectors_own_sentence_outweighs_the_sector_before_it() -> None:
    found = mentions(
        "In the Kurakhove direction, the enemy attacked near Kostiantynopil. "
        "In the Lyman direction, attacks were repelled near Terny."
    )
    assert at(found["Terny"], TERNY_BY_LYMAN)


def test_a_lone_village_is_the_namesake_by_the_one_place_of_its_sentence() -> None:
    """A Dalne lies in Dnipropetrovsk Oblast, 200 km from Kurakhove; GeoNames' hamlets hold the one
    10 km south-west of it."""
    found = mentions("In the Kurakhove direction, the enemy attacked near Dalne.")
    assert at(found["Dalne"], (47.95, 37.27))


# The occupier's names for oblasts: the land where a place may stand, its administration elsewhere.


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Troops took a village in the Donetsk People's Republic (DPR).", "Donetsk People's Republic",
         "Donetsk Oblast"),
        ("Troops took a village in the Donetsk People's Republic (DPR).", "DPR", "Donetsk Oblast"),
        ("Shelling continued near Kreminna in the LPR, the ministry said.", "LPR", "Luhansk Oblast"),
        ("Fighting spread across the self-proclaimed Luhansk People’s Republic.", "Luhansk People’s Republic",
         "Luhansk Oblast"),
    ],
)  # fmt: skip
def test_the_occupiers_name_for_an_oblast_is_the_oblast_where_a_place_may_stand(
    text: str, name: str, region: str
) -> None:
    mention = mentions(text)[name]
    assert mention.place is not None and mention.place.name == region and mention.place.kind == "region"


def test_the_occupiers_name_for_an_oblast_as_an_administration_is_no_place() -> None:
    found = mentions("An official representing the Donetsk People's Republic said Balakliia was surrounded.")
    assert "Donetsk People's Republic" not in found and "Donetsk" not in found
    assert "Balakliia" in found


def test_a_village_in_a_list_is_not_the_town_of_its_name_far_from_its_list_mates() -> None:
    """The town of Mykolaivka by Sloviansk (70 km off) and the town of Novotroitske in Kherson Oblast
    are other places: the list's are the villages by Pokrovsk (GeoNames' hamlets)."""
    found = mentions(
        "In the Pokrovsk direction, the enemy attacked near Myrolyubivka, Lysivka, Zhovte, Novotroitske "
        "and Mykolaivka."
    )
    assert at(found["Mykolaivka"], (48.25, 37.33)) and at(found["Novotroitske"], (48.20, 37.09))
    assert all(found[name].place is not None for name in ("Myrolyubivka", "Lysivka", "Zhovte"))
    assert at(found["Lysivka"], (48.23, 37.26))


def test_a_town_named_with_one_other_place_is_not_second_guessed() -> None:
    found = mentions("Drones struck Mykolaivka near Sloviansk overnight.")
    assert at(found["Mykolaivka"], (48.86, 37.77))


def test_a_village_by_the_river_its_sector_is_named_after_is_kept() -> None:
    """After sectors far up the front, "near Krynky" in the Dnipro's sector is the Krynky on the Dnipro
    (Kherson Oblast), and the river is put on its course by Krynky."""
    found = mentions(
        "In the Orikhiv sector, the enemy attacked near Robotyne and Mala Tokmachka. "
        "In the Prydniprovske sector, the enemy attacked Ukrainian positions three times near Krynky."
    )
    assert at(found["Krynky"], (46.73, 33.08))
    river = found["Prydniprovske"].place
    assert river is not None and km((river.lat, river.lon), (46.73, 33.08)) < 15


def test_a_list_prefers_the_village_beside_its_list_mates_over_a_big_city_of_the_name() -> None:
    """Kamianske the city (230,000, Dnipropetrovsk Oblast) lies 150 km from Mala Tokmachka; the village
    of Kamianske by Vasylivka, 40 km off, is the one a Dnepr group report lists beside it."""
    found = mentions("The Dnepr group of forces struck enemy positions near Kamenskoye and Malaya Tokmachka.")
    assert at(found["Kamenskoye"], (47.54, 35.37))


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("Bilopillia and Krasnopillia came under Russian fire.", "Krasnopillia", (50.77, 35.26)),
        ("Attacks failed near Bilohorivka, Luhansk region and near Bakhmut and Klishchiivka.", "Bilohorivka",
         (48.93, 38.25)),
    ],
)  # fmt: skip
def test_places_far_apart_in_one_sentence_stay_when_the_text_says_so(
    text: str, name: str, point: tuple[float, float]
) -> None:
    """A big village named with one other place, or an oblast named right after it, is not second-guessed."""
    assert at(mentions(text)[name], point)
