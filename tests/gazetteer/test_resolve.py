"""Place names in sentences resolved to points: every spelling, look-alikes that are not places, and
the context that picks between places of one name. Coordinates are the towns' true ones, within 10 km."""

from __future__ import annotations

import math

import pytest
from shapely.geometry import Point

from gazetteer import Mention, find_places, haversine_km, key, load_gazetteer
from gazetteer.article import article_context
from gazetteer.ranking import _city_over_hamlet
from gazetteer.shapes import features

# True coordinates (lat, lon), from public maps.
KHARKIV = (49.9935, 36.2304)
IZIUM = (49.2128, 37.2569)
KUPIANSK = (49.7106, 37.6156)
LYSYCHANSK = (48.9046, 38.4266)
KHERSON = (46.6354, 32.6169)
KYIV = (50.4501, 30.5234)
MYKOLAIV = (46.9750, 31.9946)
ZAPORIZHZHIA = (47.8388, 35.1396)
BAKHMUT = (48.5953, 38.0003)
DNIPRO_CITY = (48.4647, 35.0462)
BALAKLIIA = (49.4627, 36.8586)
OSKIL_RIVER = (49.45, 37.55)  # the middle of its course through Kharkiv region
# Points along the Dnipro's course, Kyiv to the sea: a river mention must lie on one of them.
DNIPRO_COURSE = [KYIV, (49.07, 33.42), DNIPRO_CITY, ZAPORIZHZHIA, (46.75, 33.37), KHERSON]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def places(text: str) -> list[Mention]:
    return find_places(text, load_gazetteer())


def the_mention(text: str, name: str) -> Mention:
    found = [m for m in places(text) if m.text == name]
    assert found, f"{name!r} not found in {text!r}: {[m.text for m in places(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "name", "true_point"),
    [
        ("Russian missiles struck Kharkiv overnight.", "Kharkiv", KHARKIV),
        ("Russian missiles struck Kharkov overnight.", "Kharkov", KHARKIV),
        ("Russian missiles struck Харків overnight.", "Харків", KHARKIV),
        ("Russian missiles struck Харьков overnight.", "Харьков", KHARKIV),
        ("Kharkiv's mayor said the power was out.", "Kharkiv", KHARKIV),
        ("Ukrainian forces entered Izjum on Saturday.", "Izjum", IZIUM),
        ("Ukrainian forces entered Izyum on Saturday.", "Izyum", IZIUM),
        ("Ukrainian forces entered Izium on Saturday.", "Izium", IZIUM),
        ("Ukrainian forces entered Ізюм on Saturday.", "Ізюм", IZIUM),
        ("Ukrainian forces entered Изюм on Saturday.", "Изюм", IZIUM),
        ("The railway hub of Kupyansk was retaken.", "Kupyansk", KUPIANSK),
        ("The railway hub of Kupiansk was retaken.", "Kupiansk", KUPIANSK),
        ("The railway hub of Куп'янськ was retaken.", "Куп'янськ", KUPIANSK),
        ("Russian troops seized Lysychansk in July.", "Lysychansk", LYSYCHANSK),
        ("Russian troops seized Lisichansk in July.", "Lisichansk", LYSYCHANSK),
        ("Russian troops seized Лисичанськ in July.", "Лисичанськ", LYSYCHANSK),
        ("Ukrainian troops entered Kherson on 11 November.", "Kherson", KHERSON),
        ("Ukrainian troops entered Херсон on 11 November.", "Херсон", KHERSON),
        ("Explosions were heard in Kiev.", "Kiev", KYIV),
        ("Explosions were heard in Kyiv.", "Kyiv", KYIV),
        ("Missiles hit Nikolaev overnight.", "Nikolaev", MYKOLAIV),
        ("Missiles hit Mykolaiv overnight.", "Mykolaiv", MYKOLAIV),
        ("Shelling hit Zaporozhye on Monday.", "Zaporozhye", ZAPORIZHZHIA),
        ("Shelling hit Zaporizhzhia on Monday.", "Zaporizhzhia", ZAPORIZHZHIA),
        ("Wagner fighters stormed Artemovsk in May.", "Artemovsk", BAKHMUT),
        ("Wagner fighters stormed Bakhmut in May.", "Bakhmut", BAKHMUT),
        ("Ukrainian forces retook the city of Izyum.", "Izyum", IZIUM),
    ],
)
def test_every_spelling_resolves_to_the_right_town(
    sentence: str, name: str, true_point: tuple[float, float]
) -> None:
    place = the_mention(sentence, name).place

    assert place is not None
    assert place.kind in ("city", "town")
    assert km((place.lat, place.lon), true_point) < 10


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ukrainian troops reached the Oskil.", "Oskil"),
        ("Ukrainian troops reached the Oskil River.", "Oskil River"),
        ("Ukrainian troops reached the Oskol River.", "Oskol River"),
        ("Ukrainian troops reached the Oskil river on Sunday.", "Oskil river"),
    ],
)
def test_the_oskil_is_a_river_in_kharkiv_region(sentence: str, name: str) -> None:
    place = the_mention(sentence, name).place

    assert place is not None and place.kind == "river"
    assert km((place.lat, place.lon), OSKIL_RIVER) < 60


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Barges crossed the Dnieper River at night.", "Dnieper River"),
        ("Barges crossed the Dnipro River at night.", "Dnipro River"),
        ("Barges crossed the Dnipro at night.", "Dnipro"),
    ],
)
def test_the_dnipro_river_is_the_river(sentence: str, name: str) -> None:
    place = the_mention(sentence, name).place

    assert place is not None and place.kind == "river"
    assert min(km((place.lat, place.lon), p) for p in DNIPRO_COURSE) < 60


@pytest.mark.parametrize(
    "sentence",
    [
        "Missiles struck Dnipro on Tuesday, killing five people.",
        "Missiles struck the city of Dnipro on Tuesday.",
        "Residents of Dnipro spent the night in shelters.",
    ],
)
def test_dnipro_alone_in_a_sentence_about_the_city_is_the_city(sentence: str) -> None:
    place = the_mention(sentence, "Dnipro").place

    assert place is not None and place.kind == "city"
    assert km((place.lat, place.lon), DNIPRO_CITY) < 10


@pytest.mark.parametrize(
    ("sentence", "name", "center"),
    [
        ("Fighting raged in the Kharkiv region.", "Kharkiv region", KHARKIV),
        ("Fighting raged in Kharkiv oblast.", "Kharkiv oblast", KHARKIV),
        ("Fighting raged in Kharkiv Oblast.", "Kharkiv Oblast", KHARKIV),
        ("Fighting raged in Kharkiv province.", "Kharkiv province", KHARKIV),
        ("Fighting raged in the Luhansk region.", "Luhansk region", LYSYCHANSK),
        ("Russia occupied most of Kherson oblast.", "Kherson oblast", KHERSON),
    ],
)
def test_region_words_make_the_oblast(sentence: str, name: str, center: tuple[float, float]) -> None:
    place = the_mention(sentence, name).place

    assert place is not None and place.kind == "region"
    assert place.name.endswith("Oblast")
    assert km((place.lat, place.lon), center) < 150  # an interior point of the oblast


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Kyiv Post reported heavy fighting in the east.", "Kyiv"),
        ("Moscow Komsomolets said the front was quiet.", "Moscow"),
        ("Moscow Komsomolets said the front was quiet.", "Komsomolets"),
        ("The Western Military District was given a new commander.", "Western"),
        ("Volodymyr Zelensky visited the troops.", "Volodymyr"),
        ("Volodymyr Zelensky visited the troops.", "Zelensky"),
        ("Serhii Gaidai, the regional governor, spoke on television.", "Gaidai"),
        ("Serhii Gaidai, the regional governor, spoke on television.", "Serhii"),
        ("Will the troops hold out? Nobody knows.", "Will"),
        ("Read more about the war on our site.", "Read"),
        ("An attack came at dawn.", "An"),
        ("Ukrainian officials said Russian troops had left.", "Ukrainian"),
    ],
)
def test_look_alikes_are_not_places(text: str, word: str) -> None:
    assert [m for m in places(text) if word in m.text.split() and m.place is not None] == []


def test_a_place_in_a_sentence_with_look_alikes_is_still_found() -> None:
    text = "Serhii Gaidai told the Kyiv Post that Lysychansk was being shelled."

    resolved = [(m.text, m.place.name) for m in places(text) if m.place]
    assert resolved == [("Lysychansk", "Lysychansk")]


@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        ("Heavy fighting continued in Lysychansk, Luhansk region.", "Lysychansk", "Luhansk Oblast"),
        ("Heavy fighting continued in Lysychansk, in the Luhansk region.", "Lysychansk", "Luhansk Oblast"),
        ("Shells fell on Balakliia, Kharkiv region, at dawn.", "Balakliia", "Kharkiv Oblast"),
        ("Shells fell on Balakliia, Poltava region, at dawn.", "Balakliia", "Poltava Oblast"),
    ],
)
def test_a_region_after_the_name_qualifies_it(sentence: str, name: str, admin1: str) -> None:
    mention = the_mention(sentence, name)

    assert mention.place is not None and mention.place.admin1 == admin1


def test_balakliia_in_an_article_about_kharkiv_is_the_kharkiv_town() -> None:
    article = (
        "Ukraine's counteroffensive east of Kharkiv gathered pace this week. "
        "On Thursday its troops were reported in Balakliia."
    )
    place = the_mention(article, "Balakliia").place

    assert place is not None and place.admin1 == "Kharkiv Oblast"
    assert km((place.lat, place.lon), BALAKLIIA) < 10


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces entered Izjum on Saturday.",
        "Missiles struck Dnipro on Tuesday, killing five people.",
        "Heavy fighting continued in Lysychansk, Luhansk region.",
        "Barges crossed the Dnipro River near Kherson at night.",
        "Ukraine's troops were reported near Kharkiv and in Balakliia.",
    ],
)
def test_every_mention_carries_a_score_a_reason_and_its_offsets(text: str) -> None:
    found = places(text)

    assert found
    for m in found:
        assert 0.0 <= m.score <= 1.0
        assert m.reason.strip()
        assert text[m.start : m.end] == m.text
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_an_unknown_village_is_reported_unresolved() -> None:
    (mention,) = places("Heavy fighting continued in the village of Zzyzxka.")

    assert (mention.text, mention.place, mention.score) == ("Zzyzxka", None, 0.0)
    assert mention.reason


def test_an_unknown_village_beside_a_known_town_leaves_the_town_resolved() -> None:
    found = places("Troops entered the village of Zzyzxka, east of Kupiansk.")

    assert [(m.text, m.place.name if m.place else None) for m in found] == [
        ("Zzyzxka", None),
        ("Kupiansk", "Kupiansk"),
    ]


def test_a_text_without_places_gives_no_mentions() -> None:
    assert places("The weather was fine and everyone went home early.") == []


@pytest.mark.parametrize(
    ("sentence", "name", "true_point"),
    [
        ("Russian missiles hit Bakhmut and Mykolaiv overnight.", "Mykolaiv", MYKOLAIV),
        ("Strikes were reported in Kramatorsk, Sloviansk and Mykolaiv.", "Mykolaiv", MYKOLAIV),
        ("Fighting continued around Bakhmut, which Russians call Artemovsk.", "Artemovsk", BAKHMUT),
        ("Russian forces shelled Odesa and Mykolaiv.", "Mykolaiv", MYKOLAIV),
        ("Shelling hit Zaporizhzhia and Dnipro.", "Dnipro", DNIPRO_CITY),
        ("Drones hit Kharkiv, Sumy and Kupiansk.", "Kupiansk", KUPIANSK),
    ],
)
def test_a_city_named_beside_other_places_stays_the_city(
    sentence: str, name: str, true_point: tuple[float, float]
) -> None:
    place = the_mention(sentence, name).place

    assert place is not None
    assert km((place.lat, place.lon), true_point) < 10, place


def test_an_ambiguous_village_is_the_namesake_by_the_places_around_it() -> None:
    text = (
        "Russian forces advanced south of Krasnohorivka, north-west of Avdiivka. "
        "They attacked with tanks near Stepove and Berdychi."
    )
    [stepove] = [m for m in find_places(text) if m.text == "Stepove"]

    # Stepoves lie by Odesa and Mykolaiv too; GeoNames' hamlets hold the one by Avdiivka
    assert stepove.place is not None
    assert haversine_km(stepove.place.lon, stepove.place.lat, 37.68, 48.20) < 5


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces shelled the Zaporizhzhia nuclear power plant.", "Zaporizhzhia Nuclear Power Plant"),
        ("The IAEA said the ZNPP lost its last power line.", "Zaporizhzhia Nuclear Power Plant"),
        ("Ukraine retook Snake Island in June 2022.", "Snake Island"),
        ("The last defenders of Mariupol held out at Azovstal.", "Azovstal"),
    ],
)
def test_landmarks_of_the_war_resolve_to_themselves_not_to_the_town_in_their_name(
    text: str, name: str
) -> None:
    assert name in {m.place.name for m in find_places(text) if m.place}


def test_the_seas_are_areas_named_for_ships_ports_and_goals() -> None:
    text = (
        "Russia fired Kalibr missiles from the Black Sea at the Black Sea port of Odesa. "
        "Ukrainian troops want to reach the Sea of Azov, south of Robotyne."
    )

    places = {m.text: m.place for m in find_places(text) if m.place}

    assert places["Black Sea"].kind == "region"
    assert places["Sea of Azov"].kind == "region"
    seas = features("region").set_index("name").geometry
    assert seas["Sea of Azov"].contains(Point(places["Sea of Azov"].lon, places["Sea of Azov"].lat))
    assert not seas["Black Sea"].contains(Point(places["Odesa"].lon, places["Odesa"].lat))  # on the shore
    # a sea is no list-mate: the village by it is still the one at the front, 150 km inland
    assert places["Robotyne"].admin1 == "Zaporizhzhia Oblast"


def test_a_fleet_named_for_a_sea_is_not_the_sea() -> None:
    text = "Ukraine struck the headquarters of Russia's Black Sea Fleet in Sevastopol."

    assert "Black Sea" not in {m.text for m in find_places(text) if m.place}


def test_a_lower_case_town_after_the_city_of_is_still_the_town() -> None:
    text = "he ordered the withdrawal from the right bank, including the city of kherson."

    assert "Kherson" in {m.place.name for m in find_places(text) if m.place}


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Минобороны показало переброску войск на харьковское направление.", "харьковское", "Kharkiv Oblast"),
        ("Бої тривають на запорізькому напрямку.", None, None),  # no place of that stem: nothing found
        ("The governor of the Херсонська область spoke on Monday.", "Херсонська область", "Kherson Oblast"),
    ],
)
def test_russian_and_ukrainian_adjectives_of_places_name_their_oblast(text: str, mention, name) -> None:
    found = {(m.text, m.place.name) for m in find_places(text) if m.place}

    assert found == ({(mention, name)} if mention else set())


def test_a_name_put_in_a_region_without_it_stays_unresolved_when_named_again() -> None:
    text = (
        "Russia said its forces had captured the village of Kurylivka in the Donetsk region. "
        "Ukraine's General Staff made no acknowledgement of Kurylivka being in Russian hands. "
        "DeepState said Kurylivka had fallen."
    )
    found = [m for m in find_places(text, load_gazetteer()) if m.text == "Kurylivka"]
    assert len(found) == 3  # the Kurylivkas of the data lie in four other oblasts
    assert all(m.place is None for m in found), [(m.place.name, m.place.admin1) for m in found if m.place]


def test_a_big_city_beats_a_hamlet_of_its_name_that_only_lies_nearer() -> None:
    # GeoNames has a hamlet called Lviv by Dnipro, which a list of cities hit across Ukraine may rank
    # first for lying nearer the article's other places; nothing in the text points to it
    gaz = load_gazetteer()
    city, hamlet = sorted(gaz.candidates(key("Lviv")), key=lambda p: p.kind)  # "city" < "village"
    ranked = [(1.2, hamlet, "near the others"), (1.1, city, "population 717,273")]

    first = _city_over_hamlet(ranked, set(), key("Lviv"), article_context("", []))[0][1]

    assert (first.name, first.admin1) == ("Lviv", "Lviv Oblast")


def test_a_hamlet_among_the_articles_places_keeps_its_name() -> None:
    # "Zaporizhzhia" among the villages by Pokrovsk is the hamlet there, not the city 150 km off
    gaz = load_gazetteer()
    hamlet = next(p for p in gaz.candidates(key("Zaporizhzhia")) if p.kind == "village" and p.lon > 36.5)
    city = next(p for p in gaz.candidates(key("Zaporizhzhia")) if p.kind == "city")
    ranked = [(1.2, hamlet, "near the others"), (1.1, city, "population 710,052")]
    ctx = article_context("", [])
    ctx.theatre, ctx.theatre_size = (48.28, 37.18), 5  # Pokrovsk

    first = _city_over_hamlet(ranked, set(), key("Zaporizhzhia"), ctx)[0][1]

    assert first.id == hamlet.id


@pytest.mark.parametrize(
    ("name", "not_it"),
    [
        ("Oleksandrivka", "Donetsk"),  # the village Donetsk grew over
        ("Petrovka", "Kurakhove"),
        ("Novooleksandrivka", "Melitopol"),
        ("Grishino", "Pokrovsk"),  # Hryshyne, a village beside the town, once its name
    ],
)
def test_a_city_is_no_candidate_for_a_village_name_geonames_lists_for_it(name: str, not_it: str) -> None:
    assert not_it not in {c.name for c in load_gazetteer().candidates(key(name))}


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("Konstantinovka", "Kostiantynivka"),  # a spelling of its own name
        ("Artemivsk", "Bakhmut"),  # a former name, curated
        ("Krasnoarmeysk", "Pokrovsk"),
        ("Rostov", "Rostov-on-Don"),  # the first word of its name
    ],
)
def test_a_town_keeps_its_own_spellings_and_former_names(name: str, town: str) -> None:
    assert town in {c.name for c in load_gazetteer().candidates(key(name))}


def test_a_far_city_is_no_item_of_a_list_of_settlements() -> None:
    text = (
        "Operations of the Sever group resulted in the liberation of four settlements: Alexandria, "
        "Leonidovo, Russkoye Porechnoye and Kruglenkoye."
    )

    alexandria = next(m for m in find_places(text) if m.text == "Alexandria")

    assert alexandria.place is None  # Kursk Oblast's village, which the data lacks; not Egypt's city


def test_a_village_on_the_line_between_two_oblasts_is_in_the_one_its_text_names() -> None:
    text = "Russian forces took the settlement of Novokhatskoye in the Donetsk People's Republic."

    place = next(m.place for m in find_places(text) if m.text == "Novokhatskoye")

    assert place is not None and place.name == "Novokhatske"  # filed under Dnipropetrovsk Oblast


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "The enemy launched three strikes on Kharkiv – two in Shevchenkivskyi district, one in Kyivskyi "
            "district.",
            "Kyivskyi district",
        ),
        ("The Russians attacked the Osnovianskyi and Slobidskyi districts in Kharkiv.", "Slobidskyi"),
    ],
)
def test_a_city_s_districts_counted_after_it_are_in_it_not_in_poltava(text: str, district: str) -> None:
    place = next(m.place for m in find_places(text) if m.text == district)

    # Kharkiv's district, at its own point (not Poltava's district of the name, 130 km off)
    assert place is not None and place.admin1 == "Kharkiv Oblast" and place.name.endswith(" District")


def test_a_district_named_beside_a_city_without_counting_its_strikes_is_not_the_city_s() -> None:
    places = {
        m.text: m.place for m in find_places("Russian forces shelled Donetsk and the Pokrovskyi district.")
    }

    assert places.get("Pokrovskyi") is None or places["Pokrovskyi"].name != "Donetsk"
