"""Round 67 of unseen reporting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_headline_s_military_airfield_is_a_base_not_the_side_s_army(seen: Seen) -> None:
    found = seen("Ukraine's Mirgorod Military Airfield Hit in Poltava Region", published=date(2025, 3, 10))
    assert found == {("strike", "RU", "Myrhorod")}
    # (the side's own military still acts: "Ukraine's military struck")
    found = seen("Ukraine's military struck the Millerovo air base overnight.", published=date(2025, 3, 10))
    assert ("strike", "UA", "Millerovo") in found


def test_a_share_of_a_village_under_a_side_s_control_is_its_advance(seen: Seen) -> None:
    text = "Rodynske, just north of Chervonyi Lyman, is now roughly 70% under Russian control, sources say."
    assert ("advance", "RU", "Rodynske") in seen(text, published=date(2025, 12, 9))
    # (the whole of it under control is a holding, no news of a gain)
    assert not {
        e
        for e in seen("Rodynske is under Russian control.", published=date(2025, 12, 9))
        if e[0] == "advance"
    }


def test_progress_of_forces_named_in_a_town_is_their_advance_there(seen: Seen) -> None:
    text = (
        "Further east, the Russian assault groups in Myrnohrad have made a bit of progress on the southern "
        "outskirts, but the Ukrainians still hold most of the town."
    )
    assert ("advance", "RU", "Myrnohrad") in seen(text, published=date(2025, 11, 15))


def test_a_capital_joined_to_linked_is_a_side_not_a_place_struck(seen: Seen) -> None:
    text = "Earlier this month, Kyiv-linked drone units hit the oil terminal in Temryuk, on the Taman coast."
    found = seen(text, published=date(2025, 12, 25))
    assert ("strike", "UA", "Temryuk") in found
    assert not {e for e in found if e[2] == "Kyiv"}


def test_fire_on_a_sea_port_city_of_russia_is_ukraine_s(seen: Seen) -> None:
    text = (
        "Several drones struck the Russian Black Sea port city of Temryuk overnight, setting fuel tanks "
        "ablaze."
    )
    assert seen(text, published=date(2025, 12, 25)) == {("strike", "UA", "Temryuk")}


def test_a_fire_after_drone_activity_at_a_russian_port_is_a_strike(seen: Seen) -> None:
    text = (
        "A fire broke out at a gas condensate terminal in the Russian Baltic port of Ust-Luga early on "
        "Sunday, 24 August, following reported drone activity over the Leningrad region."
    )
    assert ("strike", "UA", "Ust’-Luga") in seen(text, published=date(2025, 8, 25))


def test_a_strike_timed_by_another_side_s_attack_is_not_that_side_s(seen: Seen) -> None:
    text = (
        "The strike on Novorossiysk came as Russia pounded Kyiv with hundreds of drones and missiles, "
        "injuring at least 14 people."
    )
    found = seen(text, published=date(2025, 11, 14))
    assert ("strike", "RU", "Kyiv") in found
    assert ("strike", "RU", "Novorossiysk") not in found
    assert ("strike", "UA", "Novorossiysk") in found


def test_quoted_airfields_listed_before_a_refinery_are_each_struck(seen: Seen) -> None:
    text = (
        'The General Staff said the military airfields "Saki" and "Kacha" as well as the Tuapse refinery '
        "were hit overnight."
    )
    found = seen(text, published=date(2025, 2, 26))
    assert {("strike", "UA", "Saki"), ("strike", "UA", "Kacha"), ("strike", "UA", "Tuapse")} <= found


def test_a_village_described_in_brackets_by_its_neighbour_is_the_one_taken(seen: Seen) -> None:
    for text in (
        "In mid-June, Andriivka (a village neighbouring Kindrativka) was recaptured in the Sumy region.",
        "In mid-June, Andriivka, a village next to Kindrativka, was recaptured in the Sumy region.",
    ):
        found = seen(text, published=date(2025, 8, 12))
        assert ("advance", "UA", "Andriivka") in found
        assert ("advance", "UA", "Kindrativka") not in found


def test_an_aside_between_dashes_locates_the_target_and_opens_no_list(seen: Seen) -> None:
    text = (
        "The security service said a rocket attack on Zhytomyr airport – located some 140 kilometres west "
        "of Kyiv – was launched from Belarus."
    )
    assert seen(text, published=date(2022, 2, 27)) == {("strike", "RU", "Zhytomyr")}


def test_the_clause_that_times_a_strike_gives_it_no_place(seen: Seen) -> None:
    text = (
        "The strikes come as Russian President Vladimir Putin meets Belarusian leader Alexander "
        "Lukashenko in St. Petersburg on Saturday."
    )
    assert not seen(text, published=date(2022, 6, 25))


def test_a_region_that_came_under_quoted_bombardment_was_fired_on_by_the_other_side(seen: Seen) -> None:
    text = (
        'Ukraine\'s northern border region of Chernihiv came under "massive bombardment" from the '
        "territory of Russia's ally Belarus on Saturday, the Ukrainian army said."
    )
    assert seen(text, published=date(2022, 6, 25)) == {("strike", "RU", "Chernihiv Oblast")}


def test_a_military_range_named_for_a_town_is_the_town_struck(seen: Seen) -> None:
    text = (
        "Russia fired some 30 cruise missiles at the Yavoriv military range, located about 30 km "
        "northwest of Lviv, the regional governor said."
    )
    assert seen(text, published=date(2022, 3, 13)) == {("strike", "RU", "Yavoriv")}


def test_forces_said_to_control_large_sections_of_towns_advanced_there(seen: Seen) -> None:
    text = (
        "Russia's top general said on Thursday that his troops had captured Kupiansk and controlled large "
        "parts of the towns of Pokrovsk and Vovchansk."
    )
    found = seen(text, published=date(2025, 11, 21))
    assert {("advance", "RU", "Pokrovsk"), ("advance", "RU", "Vovchansk")} <= found


def test_villages_partially_controlled_by_a_side_are_its_gain_under_way(seen: Seen) -> None:
    text = "The villages of Berdychi and Tonenke are partly controlled by the Russians, the spokesman said."
    found = seen(text, published=date(2024, 3, 4))
    assert {("advance", "RU", "Berdychi"), ("advance", "RU", "Tonenke")} <= found


def test_a_russian_region_placed_from_moscow_was_struck_by_ukraine(seen: Seen) -> None:
    text = (
        "Separately, drones reportedly hit a power substation in Russia's Kostroma region, northeast of "
        "the capital Moscow."
    )
    assert seen(text, published=date(2025, 11, 6)) == {("strike", "UA", "Kostroma Oblast")}


def test_forces_actively_advancing_on_a_city_push_there(seen: Seen) -> None:
    text = (
        "The allied forces have taken the settlement of Klinovoye and are actively advancing on the city "
        "of Artyomovsk, a source in the militia said."
    )
    found = seen(text, published=date(2022, 7, 9))
    assert ("advance", "RU", "Bakhmut") in found
    # (a push told done with "on" stays a goal: "advanced on Kupiansk" moved against it)
    assert not seen("Russian troops advanced on Kupiansk.", published=date(2022, 7, 9))


def test_an_offensive_with_a_partial_success_gained_ground(seen: Seen) -> None:
    text = (
        "The enemy conducted an offensive in the direction of Spirne and Verkhnokamianske, with a partial "
        "success, the General Staff said."
    )
    found = seen(text, published=date(2022, 7, 8))
    assert ("advance", "RU", "Verkhnokamianske") in found
    text = "The enemy conducted an offensive in the direction of Verkhnokamianske, without success."
    assert ("advance", "RU", "Verkhnokamianske") not in seen(text, published=date(2022, 7, 8))


def test_a_works_named_for_its_oblast_lies_in_the_town_after_it(seen: Seen) -> None:
    text = "Overnight, drones hit the Tambov Gunpowder Plant in Kotovsk, setting a warehouse on fire."
    assert seen(text, published=date(2025, 6, 11)) == {("strike", "UA", "Kotovsk")}


def test_a_measure_after_by_is_no_agent(seen: Seen) -> None:
    text = "Ukrainian troops advanced by about two kilometres against Russian forces near Klishchiivka."
    found = seen(text, published=date(2023, 7, 7))
    assert ("advance", "UA", "Klishchiivka") in found
    assert ("advance", "RU", "Klishchiivka") not in found


def test_a_capital_among_the_regions_attacked_is_no_side(seen: Seen) -> None:
    text = (
        "Overnight Russia attacked the Kharkiv and Kyiv, Cherkasy, Khmelnytskyi and Lviv regions with "
        "missiles."
    )
    found = seen(text, published=date(2023, 9, 21))
    assert {e[1] for e in found} == {"RU"}
    assert ("strike", "RU", "Lviv Oblast") in found


def test_the_second_verb_of_forces_after_and_have_is_theirs(seen: Seen) -> None:
    text = (
        "The Armed Forces are advancing on the southern flank near Bakhmut and have achieved success in "
        "the area of Andriivka and Kurdiumivka."
    )
    found = seen(text, published=date(2023, 9, 21))
    assert {("advance", "UA", "Andriivka"), ("advance", "UA", "Kurdiumivka")} <= found


def test_a_toll_told_with_also_after_a_strike_is_its_fire_there(seen: Seen) -> None:
    text = (
        "A Russian missile strike on Dnipro killed seven people on Tuesday, the governor said. Dozens were "
        "wounded. Two people were also killed in the town of Samar, east of the city."
    )
    assert ("strike", "RU", "Samar") in seen(text, published=date(2025, 6, 24))


def test_a_works_capitalised_after_its_town_keeps_the_town(seen: Seen) -> None:
    text = (
        "In the Lviv region, the Dobrotvir Thermal Power Plant was hit by Russian drones and a fire broke "
        "out."
    )
    assert ("strike", "RU", "Dobrotvir") in seen(text, published=date(2025, 10, 30))


def test_a_capital_short_of_arms_is_a_government_not_a_place(seen: Seen) -> None:
    text = (
        "It was the second village west of Avdiivka that Moscow claimed this week, with Russia seeing some "
        "successes on the battlefield as Kyiv faces a shortage of shells."
    )
    assert not {e for e in seen(text, published=date(2024, 3, 21)) if e[2] == "Kyiv"}


def test_attacks_on_a_weekday_name_no_place(seen: Seen) -> None:
    text = (
        "The Belgorod region came under three artillery attacks on Sunday, as Ukrainian troops defending "
        "Kharkiv said they had reached the border."
    )
    found = seen(text, published=date(2022, 5, 16))
    assert ("strike", "UA", "Belgorod Oblast") in found
    assert not {e for e in found if e[0] == "strike" and e[2] == "Kharkiv"}
