"""Round 72 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from geo.events.voice import sentence_voice

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_list_item_with_a_few_words_on_where_it_lies_keeps_the_list_going(seen: Seen) -> None:
    text = (
        "Russian forces captured Stupochky near Kostiantynivka in the Donetsk region. They also claimed the "
        "capture of Otradne, a village further west along the front line, and Loknya, a village in the Sumy "
        "region."
    )
    assert ("advance", "RU", "Loknia") in seen(text, published=date(2025, 5, 24))


def test_a_bridge_that_collapsed_under_a_train_is_no_sides_strike(seen: Seen) -> None:
    text = "Overnight in the Zheleznogorsk district, a bridge collapsed while a freight train was passing."
    found = {e for e in seen(text, published=date(2025, 6, 1)) if e[0] == "bridge_strike"}
    assert found == {("bridge_strike", "unknown", "Zheleznogorsk")}


def test_a_bridge_that_collapsed_after_a_drone_attack_was_struck(seen: Seen) -> None:
    text = "The bridge in Zheleznogorsk collapsed after a Ukrainian drone attack, the governor said."
    assert ("bridge_strike", "UA", "Zheleznogorsk") in seen(text, published=date(2025, 6, 1))


def test_the_oblast_town_is_the_town_just_named_not_the_oblast(seen: Seen) -> None:
    text = (
        "Russian forces captured Soledar last week. Ukrainian forces have likely withdrawn from the Donetsk "
        "Oblast town and established new defensive lines to the west."
    )
    assert ("retreat", "UA", "Donetsk Oblast") not in seen(text, published=date(2023, 1, 18))


def test_the_russian_republic_of_a_region_is_a_place_not_an_attacker(seen: Seen) -> None:
    text = (
        "On June 15, the head of the Russian republic of Tatarstan began sounding the alarm over an attack "
        "by alleged Ukrainian drones on the Yelabuga region."
    )
    assert ("strike", "UA", "Yelabuga") in seen(text, published=date(2025, 6, 20))


def test_the_khartia_corps_speaks_for_kyiv() -> None:
    sentence = '"Kindrashivka and Radkivka have been liberated," the Khartia corps said on social media.'
    assert sentence_voice(sentence, "RU") == "UA"


def test_a_ukrainian_corps_that_says_villages_were_liberated_speaks_for_kyiv(seen: Seen) -> None:
    text = (
        "The Russian army claimed to have captured Kupiansk last month. \"Kindrashivka, Radkivka and their "
        'outskirts have been liberated," the Khartia corps said on social media.'
    )
    found = seen(text, published=date(2025, 12, 12))
    assert {("advance", "UA", "Kindrashivka"), ("advance", "UA", "Radkivka")} <= found


def test_a_list_goes_on_past_an_items_aside_on_the_border_it_lies_by(seen: Seen) -> None:
    text = (
        "Ukrainian forces pushed Russian troops out of three villages in Donetsk region: Zelenyi Hai, near "
        "the administrative border with Dnipropetrovsk region, as well as Volodymyrivka and Mykhailivka."
    )
    advanced = {e[2] for e in seen(text, published=date(2025, 8, 24)) if e[:2] == ("advance", "UA")}
    assert {"Zelenyi Hai", "Volodymyrivka", "Mykhailivka"} <= advanced
    assert "Dnipropetrovsk Oblast" not in advanced


def test_a_ruined_town_its_people_abandoned_is_no_retreat(seen: Seen) -> None:
    text = "Pokrovsk, once home to 60,000 people, has been largely destroyed and abandoned after the siege."
    assert not {e for e in seen(text, published=date(2025, 11, 4)) if e[0] == "retreat"}


def test_an_attack_that_set_a_village_on_fire_struck_it(seen: Seen) -> None:
    text = (
        "In the village of Hlushchenkove, the Russian attack caused two barns and 2.5 hectares of grass to "
        "catch fire."
    )
    assert ("strike", "RU", "Hlushchenkove") in seen(text, published=date(2024, 8, 21))


def test_the_war_a_photo_caption_names_is_no_strike(seen: Seen) -> None:
    text = (
        "Ukrainian servicemen ride an armoured vehicle near a front line, amid Russia's attack on Ukraine, "
        "in Donetsk region, Ukraine August 11, 2023."
    )
    assert not {e for e in seen(text, published=date(2023, 8, 16)) if e[0] == "strike"}


def test_a_list_of_air_bases_with_a_town_among_them_is_one_list(seen: Seen) -> None:
    text = "Ukrainian drones struck the Savasleyka, Borisoglebsk and Baltimore airbases overnight."
    found = {e[2] for e in seen(text, published=date(2024, 8, 14)) if e[:2] == ("strike", "UA")}
    assert found == {"Savasleyka air base", "Borisoglebsk", "Baltimor air base"}


def test_the_weapons_a_struck_base_houses_are_not_the_attackers(seen: Seen) -> None:
    text = (
        "Telegram channels reported ten explosions at the Savasleyka airbase in Nizhny Novgorod Oblast, "
        "which houses the Kinzhal missile carrier, MiG-31K."
    )
    assert ("strike", "RU", "Savasleyka air base") not in seen(text, published=date(2024, 8, 14))


def test_the_occupiers_location_struck_was_struck_by_the_other_side(seen: Seen) -> None:
    text = "Russian occupiers' location struck in Mariupol, explosions still heard"
    assert ("strike", "UA", "Mariupol") in seen(text, published=date(2024, 2, 13))


def test_the_settlements_named_in_the_next_sentence_are_the_ones_captured(seen: Seen) -> None:
    text = (
        "Russian forces captured two villages in Ukraine, the defence ministry said on Monday.\n\n"
        "The settlements were Ivanivka in the Kharkiv region and Netailove in Donetsk.\n\n"
        "Ukraine's General Staff said its forces had repelled an attack near Ivanivka, east of Kupiansk."
    )
    found = {e[2] for e in seen(text, published=date(2024, 5, 28)) if e[:2] == ("advance", "RU")}
    assert found == {"Ivanivka", "Netailove"}


def test_an_attempt_at_advancing_is_no_advance(seen: Seen) -> None:
    text = "Every Russian attempt at advancing in Donetsk region, in Sumy, in Kharkiv meets our response."
    assert not {e for e in seen(text, published=date(2025, 8, 1)) if e[0] == "advance"}


def test_the_strategic_donetsk_town_is_the_town_just_named(seen: Seen) -> None:
    text = (
        "Ukrainian forces are regaining ground, most notably in Toretsk, where troops have pushed back "
        "Russians after the Kremlin declared victory in the strategic Donetsk town."
    )
    assert ("advance", "UA", "Donetsk") not in seen(text, published=date(2025, 3, 2))


def test_the_capital_named_as_a_place_is_no_side(seen: Seen) -> None:
    text = (
        "Russian drones attacked Ukraine overnight.\n\n"
        "In the capital, Kyiv, damage was recorded in several districts."
    )
    assert ("strike", "UA", "Kyiv") not in seen(text, published=date(2025, 5, 24))


def test_a_strike_of_a_sides_forces_on_a_town_is_that_sides(seen: Seen) -> None:
    text = "The missile strike of the Ukrainian armed forces on Makiivka killed 89 soldiers, a ministry said."
    assert ("strike", "UA", "Makiivka") in seen(text, published=date(2023, 1, 4))


def test_forces_assaulting_with_a_success_near_villages_advanced_there(seen: Seen) -> None:
    text = (
        "Ukrainian forces are assaulting Russian positions on the southern and northern flanks, with a "
        "success near Klishchiivka and Kurdiumivka south of Bakhmut."
    )
    found = seen(text, published=date(2023, 7, 2))
    assert {("advance", "UA", "Klishchiivka"), ("advance", "UA", "Kurdiumivka")} <= found


def test_a_soldiers_the_town_is_ours_is_a_town_held_not_retaken(seen: Seen) -> None:
    text = (
        "The fighting has reached the edges of Vovchansk, soldiers said.\n\n"
        '"The town is ours. They are biting on the outskirts, but we are biting back," said a soldier.'
    )
    assert not {e for e in seen(text, published=date(2024, 5, 20)) if e[0] == "advance"}


def test_a_second_verb_of_fire_shares_the_first_ones_subject(seen: Seen) -> None:
    text = "Russian aircraft struck Ukrainian troops near Sudzha and hit Ukrainian reserves near Sumy."
    found = seen(text, published=date(2024, 9, 16))
    assert {("strike", "RU", "Sudzha"), ("strike", "RU", "Sumy")} <= found
    assert not {e for e in found if e[1] == "UA"}


def test_the_fire_a_strike_set_says_where_it_struck(seen: Seen) -> None:
    text = (
        "Ukrainian drones struck deep into Russian territory overnight on 3-4 November 2025, igniting a "
        "massive fire at the Lukoil oil refinery in the city of Kstovo, local authorities said."
    )
    assert ("strike", "UA", "Kstovo") in seen(text, published=date(2025, 11, 4))


def test_the_group_of_forces_vostok_is_russias(seen: Seen) -> None:
    text = (
        "The group of forces Vostok (East) advanced in the Zaporizhzhia region and captured the settlement "
        "of Chervone, the Defense Ministry said."
    )
    assert ("advance", "RU", "Chervone") in seen(text, published=date(2025, 12, 3))


def test_the_russian_baltic_sea_port_is_a_place_not_the_attacker(seen: Seen) -> None:
    text = (
        "An oil refinery in the Russian Baltic Sea port of Ust-Luga has caught fire following a Ukrainian "
        "drone attack, the regional governor said."
    )
    assert {e[1] for e in seen(text, published=date(2025, 8, 24)) if e[0] == "strike"} == {"UA"}


def test_a_trains_destination_is_not_where_it_was_struck(seen: Seen) -> None:
    text = "As rescue efforts began in Shostka, a second drone struck a Kyiv-bound train nearby, they said."
    found = {e for e in seen(text, published=date(2025, 10, 4)) if e[0] == "strike"}
    assert ("strike", "RU", "Shostka") in found and not {e for e in found if e[2] == "Kyiv"}


def test_an_attack_part_of_a_sides_operation_is_that_sides(seen: Seen) -> None:
    text = "The attack on Konotop was part of a larger Russian operation involving 64 drones, officials said."
    assert ("strike", "RU", "Konotop") in seen(text, published=date(2024, 9, 12))


def test_a_brigade_that_managed_to_regain_positions_in_a_village_advanced_there(seen: Seen) -> None:
    text = (
        "Azov, Ukraine's 12th special purpose brigade, said on Friday it managed to regain positions in the "
        "village of Niu York in the Donetsk region."
    )
    assert ("advance", "UA", "Niu-York") in seen(text, published=date(2024, 8, 23))


def test_travellers_from_a_region_killed_elsewhere_tell_no_strike_on_their_region(seen: Seen) -> None:
    text = (
        "Explosions damaged the Crimean bridge overnight. A father and mother from the Belgorod region were "
        "killed in the attack, and their daughter was injured."
    )
    assert "Belgorod Oblast" not in {e[2] for e in seen(text, published=date(2023, 7, 17))}


def test_a_deadly_attack_launched_in_a_region_is_fire_not_an_offensive(seen: Seen) -> None:
    text = "Russian troops launched a deadly attack in the Kharkiv region, causing casualties and damage."
    found = seen(text, published=date(2024, 8, 23))
    assert ("strike", "RU", "Kharkiv Oblast") in found and not {e for e in found if e[0] == "advance"}


def test_an_axis_of_attack_directed_at_a_town_is_no_strike(seen: Seen) -> None:
    text = "Russian forces pressed on in Kupiansk. The second axis of attack was directed at the city center."
    assert not {e for e in seen(text, published=date(2025, 9, 25)) if e[0] == "strike"}
