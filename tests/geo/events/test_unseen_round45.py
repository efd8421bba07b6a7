"""Round 45 of unseen reporting: a place fronted as where fire comes from ("From the occupied Kinburn Spit,
Russian forces shell ...") is not what it hits, and a hedge in what a strike caused ("causing the garrison
to leave, probably for good") does not hedge the strike."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_fronted_place_fire_comes_from_is_not_its_target(seen: Seen) -> None:
    text = (
        "From the temporarily occupied Kinburn Spit, Russian forces keep shelling the southern parts of the "
        "Mykolaiv and Kherson regions, a navy spokesman said."
    )
    found = seen(text, published=date(2023, 10, 12))
    assert ("strike", "RU", "Mykolaiv Oblast") in found
    assert ("strike", "RU", "Kherson Oblast") in found
    assert not any(e[2] == "Kinburn Spit" for e in found)


def test_a_fronted_place_with_no_comma_is_where_fire_fell(seen: Seen) -> None:
    # (no comma after the place: it is no aside on where the fire came from)
    text = "From Kherson city to the villages upriver, Russian artillery shelled the right bank all night."
    found = seen(text, published=date(2023, 10, 12))
    assert ("strike", "RU", "Kherson") in found


def test_a_hedge_in_what_a_strike_caused_does_not_hedge_the_strike(seen: Seen) -> None:
    text = (
        "Ukraine struck Zmiinyi Island in the Black Sea at night causing Russia to evacuate the garrison "
        "and probably to leave the island for good, the Operational Command South reported."
    )
    assert ("strike", "UA", "Snake Island") in seen(text, published=date(2022, 6, 30))


def test_a_hedge_before_the_strike_still_hedges_it(seen: Seen) -> None:
    text = "Russian shelling could hit Kupiansk again within days, forcing residents to leave, they said."
    assert not seen(text, published=date(2023, 8, 10))


def test_explosions_followed_by_a_fire_in_a_town_are_fire_on_it(seen: Seen) -> None:
    text = (
        "Local Telegram channels reported explosions followed by a large fire in the town of Dzhankoy in "
        "occupied Crimea early on Wednesday."
    )
    assert any(e[0] == "strike" and e[2] == "Dzhankoy" for e in seen(text, published=date(2024, 4, 17)))
    text = "Explosions followed by a large fire were reported in Pavlohrad overnight, the governor said."
    assert ("strike", "RU", "Pavlohrad") in seen(text, published=date(2024, 4, 17))


def test_a_serial_list_of_phrases_of_place_after_a_town(seen: Seen) -> None:
    text = "Russian forces advanced in Chasiv Yar, near Ivanivske, and near Klishchiivka, ISW said."
    found = seen(text, published=date(2024, 6, 8))
    assert {place for _, _, place in found} == {"Chasiv Yar", "Ivanivs'ke", "Klishchiivka"}


def test_phrases_of_place_located_from_the_town_just_named_are_items(seen: Seen) -> None:
    text = (
        "Russian forces continued offensive operations in the sector, advancing in the Chasiv Yar's "
        "northeastern Kanal microdistrict, east of the town near Ivanivske, and southeast of it near "
        "Klishchiivka."
    )
    found = seen(text, published=date(2024, 6, 8))
    # (the Kanal microdistrict, a part of the town the data holds, is an item of the list too)
    places = {place for _, _, place in found}
    assert places == {"Chasiv Yar", "Kanal microdistrict", "Ivanivs'ke", "Klishchiivka"}


def test_a_town_close_to_another_is_still_located_by_it(seen: Seen) -> None:
    # (no serial list after it: the town after the comma only says where the first one is)
    text = "The town of Myrnohrad, close to Pokrovsk, came under heavy Russian artillery fire on Sunday."
    assert seen(text, published=date(2024, 9, 2)) == {("strike", "RU", "Myrnohrad")}


def test_forces_that_outflanked_positions_in_an_area_advanced_there(seen: Seen) -> None:
    text = (
        "Russian forces have outflanked Ukrainian positions in the Prechystivka area, advancing toward "
        "Bohoiavlenka and threatening the supply routes to Vuhledar."
    )
    assert seen(text, published=date(2024, 9, 24)) == {("advance", "RU", "Prechystivka")}


def test_a_share_of_its_own_town_a_side_still_holds_under_attack_is_no_gain(seen: Seen) -> None:
    text = (
        "A local official said on Friday that Ukraine controlled half of Toretsk amid heavy Russian "
        "assaults on the town."
    )
    found = seen(text, types=("advance", "contact"), published=date(2024, 10, 11))
    assert found == {("contact", "UA", "Toretsk")}


def test_a_share_of_a_town_taken_back_is_still_a_gain(seen: Seen) -> None:
    text = "Ukrainian forces now control most of Robotyne, a brigade spokesman said on Friday."
    assert ("advance", "UA", "Robotyne") in seen(text, published=date(2023, 8, 25))


def test_the_district_centre_is_the_town_the_district_is_named_for(seen: Seen) -> None:
    text = (
        '"Russians shelled Nikopol district with artillery. They hit the district centre and Marhanets '
        'community," the head of the regional military administration said.'
    )
    found = seen(text, published=date(2024, 2, 4))
    # (and the district itself, its raion since round 76)
    assert {
        ("strike", "RU", "Nikopol Raion"),
        ("strike", "RU", "Nikopol"),
        ("strike", "RU", "Marhanets"),
    } <= found


def test_forces_that_thrust_into_a_region_advanced_into_it(seen: Seen) -> None:
    text = "Russian forces thrust into the Kharkiv region on May 10, opening a new front."
    assert seen(text, published=date(2024, 5, 28)) == {("advance", "RU", "Kharkiv Oblast")}


def test_what_missiles_have_been_used_to_strike_was_struck(seen: Seen) -> None:
    text = "Officials say the missiles have already been used to strike the Russian-held city of Luhansk."
    assert seen(text, published=date(2023, 5, 21)) == {("strike", "UA", "Luhansk")}


def test_what_missiles_will_be_used_to_strike_is_not_struck(seen: Seen) -> None:
    text = "The missiles will be used to strike Luhansk, officials said."
    assert not seen(text, published=date(2023, 5, 21))


def test_a_strike_by_a_side_on_part_of_a_town_is_on_the_town_not_the_oblast_first(seen: Seen) -> None:
    text = (
        "In the Zaporizhzhia region, a civilian was injured as a result of a drone strike by the Armed "
        "Forces of Ukraine (AFU) on the private sector of Vasilevka."
    )
    assert seen(text, published=date(2025, 12, 8)) == {("strike", "UA", "Vasylivka")}


def test_a_list_goes_on_past_an_aside_that_says_where_the_item_lies(seen: Seen) -> None:
    text = (
        "The Russian side also took Vremivka, a small town further south of Donetsk, and the village of "
        "Vozdvyzhenka, the ministry said."
    )
    found = seen(text, published=date(2025, 1, 20))
    assert {("advance", "RU", "Vremivka"), ("advance", "RU", "Vozdvyzhenka")} <= found
    assert not any(e[2] == "Donetsk" for e in found)


def test_items_each_told_with_its_front_are_a_list(seen: Seen) -> None:
    text = (
        "DeepState said Russia had occupied Novoselydivka on the Kurakhove front and Petrivka on the "
        "Pokrovsk front overnight."
    )
    found = seen(text, published=date(2024, 11, 28))
    assert found == {("advance", "RU", "Novoselydivka"), ("advance", "RU", "Petrivka")}


def test_control_established_over_one_place_and_over_another(seen: Seen) -> None:
    text = (
        "The Russian army has established control over Stepova Novoselovka (Stepova Novoselivka in "
        "Ukrainian) in Kharkiv Oblast and over Novopokrovskoe (Novopokrovske) in Donetsk Oblast."
    )
    found = seen(text, published=date(2024, 7, 1))
    assert {("advance", "RU", "Stepova Novoselivka"), ("advance", "RU", "Novopokrovske")} <= found


def test_the_establishment_of_control_by_an_army_over_a_village_is_its_advance(seen: Seen) -> None:
    text = (
        "The establishment of control by the Russian army over the village of Shumi, near the mining town "
        "of Toretsk, was announced on Saturday."
    )
    assert seen(text, published=date(2024, 7, 1)) == {("advance", "RU", "Shumy")}
