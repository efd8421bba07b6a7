"""Round 75 of unseen reporting, places: two guessed villages of one list placed at the one pair of their
namesakes that lie together by the front of the article's day."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def _placed(text: str, published: date) -> dict[str, tuple[str, float, float]]:
    return {
        m.text: (m.place.admin1, round(m.place.lat, 1), round(m.place.lon, 1))
        for m in find_places(text, published=published)
        if m.place is not None
    }


def test_two_villages_of_a_list_are_the_pair_by_the_days_front() -> None:
    # (a city far off named beside them had left Uspenivka unresolved: "told reporters in Odesa")
    placed = _placed(
        "Fierce battles go on in Uspenivka and Solodke, Voloshyn told reporters in Odesa.", date(2025, 11, 10)
    )
    assert placed["Uspenivka"][0] == placed["Solodke"][0] == "Zaporizhzhia Oblast"
    assert abs(placed["Uspenivka"][1] - 47.8) < 0.15 and abs(placed["Solodke"][2] - 36.3) < 0.15


def test_no_pair_without_a_day() -> None:
    placed = {
        m.text: m.reason
        for m in find_places("Fierce battles go on in Uspenivka and Solodke, the spokesman said.")
    }
    assert not any("front of the article's day" in reason for reason in placed.values())


def test_a_border_capital_written_for_the_ground_fought_over_is_its_oblast() -> None:
    text = (
        "Last August, Ukraine launched a cross-border incursion into Kursk. Ukrainian positions in Kursk "
        "have been crumbling. A drone hit an administrative building in the city of Kursk."
    )
    places = [
        (m.text, m.place.name) for m in find_places(text, published=date(2025, 3, 10)) if m.text == "Kursk"
    ]
    assert places == [("Kursk", "Kursk Oblast"), ("Kursk", "Kursk Oblast"), ("Kursk", "Kursk")]


def test_a_residential_area_of_belgorod_is_the_city() -> None:
    text = "The attack hit a residential area of Belgorod, the governor said."
    assert [m.place.name for m in find_places(text, published=date(2023, 12, 30)) if m.place] == ["Belgorod"]


def test_the_regions_a_count_opens_are_oblasts() -> None:
    text = (
        "The region is not one of the four Ukrainian regions, Donetsk, Kherson, Luhansk and Zaporizhzhia, "
        "that Moscow claims."
    )
    kinds = {m.text: m.place.name for m in find_places(text, published=date(2025, 8, 26)) if m.place}
    assert kinds == {
        "Moscow": "Moscow",
        "Donetsk": "Donetsk Oblast",
        "Kherson": "Kherson Oblast",
        "Luhansk": "Luhansk Oblast",
        "Zaporizhzhia": "Zaporizhzhia Oblast",
    }


def test_two_oblasts_under_one_singular_noun() -> None:
    text = "Russian troops are gathering forces in the Zaporizhzhia and Kherson region, the analysts said."
    placed = {m.text: m.place.name for m in find_places(text, published=date(2022, 5, 21)) if m.place}
    assert placed["Zaporizhzhia"] == "Zaporizhzhia Oblast"


def test_a_big_citys_russian_name_in_a_list_of_one_oblasts_villages_is_no_pin_on_the_city() -> None:
    text = (
        "Over the past day Kherson, Antonivka, Sadove, Bilozerka, Beryslav, Mylove, Novovorontsovka, Lvov "
        "and Odradokamianka came under fire, the governor said."
    )
    placed = {m.text: m.place for m in find_places(text, published=date(2024, 6, 1))}
    assert placed["Lvov"] is None or placed["Lvov"].admin1 == "Kherson Oblast"


def test_a_village_280_km_from_the_only_oblast_named_is_no_place_of_the_story() -> None:
    text = (
        "Russia claimed on Friday that its forces had recaptured another settlement in the Kursk region. "
        "The ministry said its units had liberated the settlement of Goncharovka."
    )
    placed = {m.text: m.place for m in find_places(text, published=date(2025, 3, 14))}
    assert placed["Goncharovka"] is None  # (the data's only Goncharovkas lie in Luhansk Oblast and beyond)
