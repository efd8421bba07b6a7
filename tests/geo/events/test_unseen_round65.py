"""Round 65 of unseen reporting: the battle for Kyiv in 2022, Belgorod Oblast's border, Mariupol's siege,
the Black Sea Fleet struck, the autumn 2022 advance on Svatove, Moscow's telling of the Zaporizhzhia
counteroffensive, the Dnipropetrovsk border in 2025, Kharkiv under glide bombs, Vovchansk, Toretsk,
Chasiv Yar, dams, Kyiv struck, Rostov and Krasnodar struck, the Pokrovsk and Kurakhove directions in
Moscow's spellings, September 2022 in Kharkiv Oblast, Odesa's ports, the Kursk incursion, ISW in 2025,
the 2022 grid strikes, Robotyne, Sumy's border villages, Siversk and Nikopol."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_the_second_city_of_a_joined_dateline_is_no_place_of_the_event(seen: Seen) -> None:
    text = (
        "KYIV/LVIV: More than 1,000 Ukrainian marines have surrendered in the port of Mariupol, Russia's "
        "defence ministry said on Wednesday, signalling that it had moved closer to capturing the city."
    )
    found = seen(text, published=date(2022, 4, 13))
    assert ("retreat", "UA", "Mariupol") in found
    assert not {e for e in found if e[2] in ("Lviv", "Kyiv") or e[0] == "advance"}


def test_moving_closer_to_capturing_a_city_is_no_capture(seen: Seen) -> None:
    text = (
        "More than a thousand marines surrendered in Mariupol, the ministry said, signalling that Russia "
        "had moved closer to capturing the besieged city."
    )
    assert not {e for e in seen(text, published=date(2022, 4, 13)) if e[0] == "advance"}


def test_an_attack_on_a_park_whose_missile_failed_is_fire_not_an_assault(seen: Seen) -> None:
    text = (
        "Russian troops also launched an attack on the central park in Kharkiv; however, the missile did "
        "not explode and no one was hurt."
    )
    found = seen(text, published=date(2024, 5, 26))
    assert ("strike", "RU", "Kharkiv") in found
    assert not {e for e in found if e[0] == "advance"}


def test_an_attack_on_a_town_is_still_an_assault(seen: Seen) -> None:
    text = "Russian troops launched an attack on Vovchansk on Friday, the army said."
    assert ("advance", "RU", "Vovchansk") in seen(text, published=date(2024, 5, 11))


def test_a_woman_who_fled_a_village_is_no_retreat(seen: Seen) -> None:
    text = (
        "A 61-year-old pensioner told reporters she had fled the border village of Lyptsi with her "
        "elderly mother."
    )
    assert not seen(text, published=date(2024, 5, 11))


def test_troops_that_fled_a_village_still_retreated(seen: Seen) -> None:
    text = "Ukrainian troops fled Lyptsi under heavy fire, the Russian ministry said."
    assert ("retreat", "UA", "Lyptsi") in seen(text, published=date(2024, 5, 11))


def test_communication_lost_in_a_city_is_no_ground_lost(seen: Seen) -> None:
    text = "After the explosions in Melitopol, mobile communication in the city was lost for an hour."
    assert not {e for e in seen(text, published=date(2023, 9, 21)) if e[0] in ("advance", "retreat")}


def test_a_war_battered_region_is_no_strike(seen: Seen) -> None:
    text = (
        "Ukrainian forces had successes from Novodanylivka towards Verbove, he told state media, naming two "
        "hamlets in the war-battered region."
    )
    assert not {e for e in seen(text, published=date(2023, 8, 29)) if e[0] == "strike"}


def test_a_de_occupation_is_ukraines_whoever_the_sentence_opens_on(seen: Seen) -> None:
    text = (
        "The Russians have begun to fortify Tokmak against the backdrop of the recent de-occupation of the "
        "village of Robotyne."
    )
    found = seen(text, published=date(2023, 9, 21))
    assert ("advance", "UA", "Robotyne") in found
    assert ("advance", "RU", "Robotyne") not in found


def test_communities_affected_before_the_weapons_are_named_were_struck(seen: Seen) -> None:
    text = (
        "One resident died and three were injured in Nikopol district today, the regional head wrote.\n\n"
        "Besides the district centre, the Pokrovske, Myrove and Marhanets communities were affected. The "
        "aggressor used drones and opened fire from artillery."
    )
    found = seen(text, published=date(2025, 9, 23))
    assert {("strike", "RU", "Myrove"), ("strike", "RU", "Marhanets")} <= found


def test_communities_affected_by_a_storm_are_no_strike(seen: Seen) -> None:
    text = (
        "Heavy rain flooded streets in Nikopol district.\n\nThe Pokrovske and Myrove communities were "
        "affected. Crews worked through the night to pump out cellars."
    )
    assert not seen(text, published=date(2025, 9, 23))


def test_moscow_forced_to_retreat_is_the_army_not_the_city(seen: Seen) -> None:
    text = (
        "As Ukrainian troops approached Kherson and destroyed Russian supply lines, Moscow was forced to "
        "retreat."
    )
    found = seen(text, published=date(2022, 11, 11))
    assert ("retreat", "RU", "Kherson") in found
    assert not {e for e in found if e[2] == "Moscow"}


def test_moscows_transfer_of_troops_to_the_left_bank_is_a_retreat(seen: Seen) -> None:
    text = (
        "In the Kherson direction, at 5 a.m. Moscow time, the transfer of units of Russian troops to the "
        "left bank of the Dnieper River was completed, the ministry said."
    )
    assert {e for e in seen(text, published=date(2022, 11, 11)) if e[0] == "retreat" and e[1] == "RU"}


def test_troops_transferred_to_another_sector_is_no_retreat(seen: Seen) -> None:
    text = "Russia transferred troops from Kherson to the Bakhmut sector, the General Staff said."
    assert not {e for e in seen(text, published=date(2022, 11, 20)) if e[0] == "retreat"}


def test_a_quote_that_opens_on_the_troops_verb_keeps_their_retreat(seen: Seen) -> None:
    text = 'The regional governor wrote that Russian troops "have left Kreminna," which Ukraine is nearing.'
    assert ("retreat", "RU", "Kreminna") in seen(text, published=date(2022, 12, 28))


def test_incremental_progress_made_in_recent_weeks_is_an_advance(seen: Seen) -> None:
    text = "Russian forces have also in recent weeks made incremental progress near Lyman in Donetsk."
    assert ("advance", "RU", "Lyman") in seen(text, published=date(2025, 6, 8))


def test_troops_edged_out_of_a_plant_retreated(seen: Seen) -> None:
    text = "Russian forces have edged Ukrainian troops out of the refractory plant in Chasov Yar, he said."
    found = seen(text, published=date(2025, 1, 14))
    assert {("advance", "RU", "Chasiv Yar"), ("retreat", "UA", "Chasiv Yar")} <= found


def test_settlements_of_a_district_were_hit_is_a_strike_there(seen: Seen) -> None:
    text = "Several settlements in the Koriukivka district were hit."
    assert ("strike", "RU", "Koriukivka Raion") in seen(text, published=date(2025, 11, 20))  # (round 76)


def test_the_adversary_pushed_back_near_a_town_is_an_advance(seen: Seen) -> None:
    text = "Russian forces are decisively pushing back the adversary in the vicinity of Kupyansk, he said."
    assert ("advance", "RU", "Kupiansk") in seen(text, published=date(2023, 8, 21))


def test_villages_a_monitor_says_were_occupied_as_them_are_taken(seen: Seen) -> None:
    text = (
        "Kyiv's General Staff rejected Moscow's claims to have captured the villages of Zaporizke and "
        'Novoheorhiivka.\n\nBut the DeepState monitor said on Tuesday that Russia had "occupied" them.'
    )
    found = seen(text, published=date(2025, 8, 26))
    assert {("advance", "RU", "Zaporizke"), ("advance", "RU", "Novoheorhiivka")} <= found


def test_withdrawals_in_the_plural_are_a_retreat(seen: Seen) -> None:
    text = "Ukrainian forces exploited limited Russian withdrawals east of Brovary to retake territory."
    assert ("retreat", "RU", "Brovari") in seen(text, published=date(2022, 3, 31))
