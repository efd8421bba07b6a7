"""Villages the data lacks, put at the middle of the neighbouring villages listed with them (real data)."""

from __future__ import annotations

from gazetteer import find_places, haversine_km, load_gazetteer
from gazetteer.estimates import is_listed, placed_among_its_list
from gazetteer.records import Mention, Place


def test_a_village_the_data_lacks_is_put_among_its_list_and_says_it_is_a_guess() -> None:
    # the data has no Turia in Kharkiv Oblast (only in Sumy and Volyn); Hatyshche and Vovchansk it has
    text = "Russian artillery shelled Turia, Hatyshche and Vovchansk of the Kharkiv region."

    found = {m.text: m for m in find_places(text)}
    turia = found["Turia"]

    assert turia.place is not None and is_listed(turia.place)
    assert "guess" in turia.reason and "Hatyshche" in turia.reason
    hatyshche = found["Hatyshche"].place
    assert haversine_km(turia.place.lon, turia.place.lat, hatyshche.lon, hatyshche.lat) < 25


def _village(pid: str, lat: float, lon: float, name: str = "X") -> Place:
    return Place(pid, name, "village", lat, lon, "UA", "Donetsk Oblast", 100)


def _mention(text: str, name: str, place: Place | None) -> Mention:
    start = text.index(name)
    return Mention(name, start, start + len(name), place, 0.9 if place else 0.0, "")


def test_no_guess_from_a_list_of_places_far_apart() -> None:
    text = "Shelling hit Kryvulka, Bilytske and Rodynske."
    far = [
        _mention(text, "Kryvulka", None),
        _mention(text, "Bilytske", _village("1", 48.42, 37.19)),
        _mention(text, "Rodynske", _village("2", 47.50, 36.00)),  # 130 km off: no list of neighbours
    ]

    assert placed_among_its_list(text, far, load_gazetteer())[0].place is None


def test_no_guess_for_a_name_the_data_has_a_town_of() -> None:
    # "Huliaipole" among Donetsk villages is the town the list check found far, not a hamlet beside them
    text = "The ministry reported the capture of Huliaipole, Bilytske and Rodynske."
    mentions = [
        _mention(text, "Huliaipole", None),
        _mention(text, "Bilytske", _village("1", 48.42, 37.19)),
        _mention(text, "Rodynske", _village("2", 48.35, 37.21)),
    ]

    assert placed_among_its_list(text, mentions, load_gazetteer())[0].place is None


def test_the_name_again_outside_its_list_is_the_same_guess() -> None:
    text = "Shelling hit Kryvulka, Bilytske and Rodynske. Kryvulka was hit again."
    second = text.rindex("Kryvulka")
    mentions = [
        _mention(text, "Kryvulka", None),
        _mention(text, "Bilytske", _village("1", 48.42, 37.19)),
        _mention(text, "Rodynske", _village("2", 48.35, 37.21)),
        Mention("Kryvulka", second, second + 8, None, 0.0, ""),
    ]

    placed = placed_among_its_list(text, mentions, load_gazetteer())

    assert placed[0].place is not None and placed[3].place == placed[0].place
    assert (placed[3].start, placed[0].place.lat) == (second, round((48.42 + 48.35) / 2, 5))
