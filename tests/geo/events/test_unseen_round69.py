"""Round 69 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_count_of_shelling_attacks_is_fire_not_a_ground_assault(seen: Seen) -> None:
    text = "Russian troops carried out eight shelling attacks on the Nikopol district overnight, Lysak said."
    assert ("strike", "RU", "Nikopol Raion") in seen(text, published=date(2023, 5, 2))  # (round 76: raion)
    text = "The occupiers launched 14 shelling attacks on Marhanets over the past day."
    assert ("strike", "RU", "Marhanets") in seen(text, published=date(2023, 5, 2))
    # (a count of attacks with no fire in it stays the assaults that were repelled)
    text = "Russian troops carried out six attacks on Ukrainian positions near Robotyne."
    assert ("strike", "RU", "Robotyne") not in seen(text, published=date(2023, 9, 2))


def test_tanks_captured_and_destroyed_are_spoils_not_ground(seen: Seen) -> None:
    text = "Ukrainian troops stopped a Russian column near Skybyn, capturing and destroying several tanks."
    assert not {e for e in seen(text, published=date(2022, 3, 10)) if e[0] == "advance"}


def test_an_ambush_is_fire_by_the_side_that_laid_it(seen: Seen) -> None:
    text = "Ukrainian paratroopers ambushed a Russian armoured column near Skybyn on Wednesday."
    assert ("strike", "UA", "Skybyn") in seen(text, published=date(2022, 3, 11))
    text = "Russian marines lost a dozen tanks near Pavlivka after being ambushed by the Ukrainian army."
    assert ("strike", "UA", "Pavlivka") in seen(text, published=date(2023, 2, 12))


def test_oblasts_assaulted_by_drones_were_struck(seen: Seen) -> None:
    text = "Volyn and Rivne oblasts were assaulted by drones overnight, the air force said."
    found = seen(text, published=date(2025, 9, 7))
    assert {("strike", "RU", "Volyn Oblast"), ("strike", "RU", "Rivne Oblast")} <= found


def test_the_side_that_took_a_place_is_no_striker_and_the_attack_is_the_one_told_before(seen: Seen) -> None:
    text = (
        "Ukraine said on Thursday its forces had struck a Russian airfield in Crimea. The attack took place "
        "overnight at the Saky air base, on the peninsula seized by Moscow in 2014."
    )
    assert ("strike", "UA", "Saki") in seen(text, published=date(2024, 5, 16))


def test_the_side_whose_men_were_killed_by_an_attack_did_not_make_it(seen: Seen) -> None:
    text = (
        "The SBU said Russian officers were killed and two radars were destroyed as a result of an attack "
        "on a command post near Yevpatoria."
    )
    assert ("strike", "UA", "Yevpatoriya") in seen(text, published=date(2023, 10, 5))


def test_russia_s_chief_of_the_general_staff_speaks_for_moscow(seen: Seen) -> None:
    text = (
        "The capture of Novoplatonivka, reported on Sunday by Chief of the General Staff Valery Gerasimov, "
        "follows the liberation of Kurylivka."
    )
    assert ("advance", "RU", "Kurylivka") in seen(text, published=date(2025, 12, 8))


def test_reports_that_came_from_cities_tell_where_the_strikes_fell(seen: Seen) -> None:
    text = "Reports of missile strikes came from Lutsk, Rivne and Khmelnytskyi early on Monday."
    found = seen(text, published=date(2024, 8, 26))
    assert {("strike", "RU", "Lutsk"), ("strike", "RU", "Rivne"), ("strike", "RU", "Khmelnytskyi")} <= found
    # (but the weapons that came from a place were launched there)
    text = "The missiles came from Russia's Kursk region and struck Sumy."
    assert ("strike", "RU", "Kursk Oblast") not in seen(text, published=date(2024, 8, 26))


def test_leaving_a_town_for_the_border_is_no_advance(seen: Seen) -> None:
    text = "Ukrainian units have left Sudzha in the Kursk region and moved closer to the state border."
    found = seen(text, published=date(2025, 3, 15))
    assert ("retreat", "UA", "Sudzha") in found and ("advance", "UA", "Sudzha") not in found
    # (but forces that moved closer to a town gained ground toward it)
    text = "Russian troops have moved west of Novoselivka, the analysts said."
    assert ("advance", "RU", "Novoselivka") in seen(text, published=date(2025, 3, 15))


def test_a_withdrawal_confirmed_after_days_of_speculation_is_told(seen: Seen) -> None:
    text = (
        "The General Staff's maps confirmed the Ukrainian troops' withdrawal from Sudzha, following days of "
        "speculation about troop movements."
    )
    assert ("retreat", "UA", "Sudzha") in seen(text, published=date(2025, 3, 16))


def test_a_dated_list_after_a_semicolon_goes_on_with_the_fire(seen: Seen) -> None:
    text = (
        "On August 2, the Ryazan and Novokuybyshevsk refineries were hit by Ukrainian drones; August 7 — "
        "Afipsky; August 10 - Saratov; August 15 - Syzran."
    )
    found = seen(text, published=date(2025, 8, 30))
    assert {("strike", "UA", "Saratov"), ("strike", "UA", "Syzran")} <= found


def test_a_drone_that_broke_through_a_roof_is_no_advance(seen: Seen) -> None:
    text = "Another drone broke through the roof of a two-story house in the Prymorskyi district of Odesa."
    assert not {e for e in seen(text, published=date(2024, 1, 25)) if e[0] == "advance"}


def test_an_attack_that_resulted_in_casualties_was_fire(seen: Seen) -> None:
    text = "The attack in Zaporizhzhia, as per the governor, has resulted in at least one casualty."
    assert ("strike", "RU", "Zaporizhzhia") in seen(text, published=date(2025, 8, 30))


def test_the_areas_an_attack_affected_listed_after_a_dash_were_struck(seen: Seen) -> None:
    text = "Zelensky said that multiple areas were affected - Volyn, Rivne and Zhytomyr oblasts."
    found = seen(text, published=date(2025, 8, 30))
    assert {("strike", "RU", "Volyn Oblast"), ("strike", "RU", "Zhytomyr Oblast")} <= found


def test_a_military_administration_is_the_civil_authority_that_tells_of_fire(seen: Seen) -> None:
    text = (
        "Tymur Tkachenko, head of the Kyiv city military administration, said the missiles were fired at the "
        "capital in groups."
    )
    found = seen(text, published=date(2025, 8, 30))
    assert ("strike", "RU", "Kyiv City") in found and ("strike", "UA", "Kyiv City") not in found


def test_the_target_after_a_strike_s_weapons_is_no_agent_of_it(seen: Seen) -> None:
    text = (
        "Russian forces delivered a strike by high-precision weapons against the Ukrainian army's sites in "
        "Mykolaiv, the ministry said."
    )
    found = seen(text, published=date(2023, 7, 20))
    assert ("strike", "RU", "Mykolaiv") in found and ("strike", "UA", "Mykolaiv") not in found


def test_the_target_of_a_strike_told_first_is_no_agent_of_the_verb_after(seen: Seen) -> None:
    text = (
        "Ukraine's September 18 strike against a Russian missile and ammunition storage facility near "
        "Toropets, Tver Oblast reportedly destroyed enough Russian ammunition for months."
    )
    found = seen(text, published=date(2024, 9, 23))
    assert ("strike", "UA", "Toropets") in found and ("strike", "RU", "Toropets") not in found


def test_the_likeliest_targets_to_be_liberated_soon_are_not_liberated(seen: Seen) -> None:
    text = '"That is why Chasov Yar and Volchansk are the most likely targets to be liberated soon," he said.'
    assert not seen(text, published=date(2024, 5, 30))


def test_blocks_devastated_by_drones_were_struck(seen: Seen) -> None:
    text = "Residential blocks in Kharkiv's Saltivskyi district were devastated by Russian drones overnight."
    assert ("strike", "RU", "Saltivskyi District") in seen(text, published=date(2025, 9, 7))
