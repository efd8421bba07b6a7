"""Round 35 of reading unseen reporting: the villages a claim lists after "the largest of which are",
troops "regrouped from" a sector, raiders called militants who were forced back, a side that fends off
attacks and advances, a settlement troops vacated, "the town" of an article that measures it from the
capital, a country's share under occupation, and a village "first grabbed" by troops with an aside
naming a city."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def _events(text: str, published: date = date(2024, 3, 15)) -> set[tuple[str, str, str]]:
    article = read_text(text, published=published)
    return {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}


def test_the_villages_after_the_largest_of_which_are_are_taken_too(seen: Seen) -> None:
    text = (
        "The ministry said Russian troops had established full control over the town of Lysychansk and "
        "several nearby settlements, the largest of which are Bilohorivka and Novodruzhesk."
    )
    assert {("advance", "RU", p) for p in ("Lysychansk", "Bilohorivka", "Novodruzhesk")} <= seen(text)


def test_troops_regrouped_from_a_sector_left_it(seen: Seen) -> None:
    text = "The Russian ministry said its troops were regrouped from the Balakliia area to Donetsk."
    assert ("retreat", "RU", "Balakliia") in seen(text)


def test_militants_forced_to_retreat_are_the_raiders_not_the_ministry() -> None:
    text = (
        "Raiders crossed into Russia's Belgorod region near the village of Kozinka. The Russian ministry "
        "said control over Kozinka was restored and that Ukrainian militants lost dozens of men as they "
        "were forced to retreat."
    )
    found = _events(text)
    assert ("retreat", "UA", "Kozinka") in found
    assert ("retreat", "RU", "Kozinka") not in found


def test_a_side_that_fends_off_attacks_and_advances_is_the_one_advancing(seen: Seen) -> None:
    text = "Russian troops have been fending off Ukrainian attacks and advancing near Synkivka, Moscow said."
    found = seen(text)
    assert ("advance", "RU", "Synkivka") in found
    assert ("advance", "UA", "Synkivka") not in found


def test_a_settlement_troops_vacated_is_left() -> None:
    text = (
        "Fighting raged near the village of Synkivka in the Kharkiv region. Ukrainian forces have "
        "reportedly vacated the settlement, a Russian-installed official claimed."
    )
    assert ("retreat", "UA", "Synkivka") in _events(text, date(2023, 8, 18))


def test_residents_vacating_homes_are_no_retreat(seen: Seen) -> None:
    assert not {e for e in seen("Residents vacated their homes in Kupiansk last week.") if e[0] == "retreat"}


def test_the_town_is_the_one_described_not_the_capital_it_is_measured_from() -> None:
    text = (
        "Ukrainian troops counterattacked near Kyiv.\n\nOne such place is Makariv, a town 50 kilometers "
        "west of Kyiv. After days of fighting, Ukrainian forces regained control of the town, the General "
        "Staff said."
    )
    found = _events(text, date(2022, 3, 23))
    assert ("advance", "UA", "Makariv") in found


def test_a_countrys_share_under_occupation_is_no_gain(seen: Seen) -> None:
    text = "Nearly a fifth of Ukraine, 18% of Ukraine, is under Russian control, including Crimea."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_part_of_a_town_under_control_is_still_a_gain(seen: Seen) -> None:
    found = seen("Part of Huliaipole is under the control of Russian forces.")
    assert ("advance", "RU", "Hulyaypole") in found


def test_a_village_first_grabbed_by_troops_is_theirs_not_the_city_of_its_aside() -> None:
    text = (
        "The village of Krynky, across the river from the city of Kherson, was first grabbed by Ukrainian "
        "marine troops in October."
    )
    found = _events(text, date(2023, 12, 16))
    assert ("advance", "UA", "Krynky") in found
    assert ("advance", "UA", "Kherson") not in found


def test_grabbing_headlines_is_no_advance(seen: Seen) -> None:
    assert not seen("The fighting in Vovchansk grabbed headlines across Europe.")


def test_a_side_that_declared_control_of_a_village_claims_it(seen: Seen) -> None:
    found = seen("Moscow had declared control of Verbove in the Zaporizhzhia region on October 1.")
    assert ("advance", "RU", "Verbove") in found


def test_an_attack_launched_on_a_town_with_drones_named_later_is_fire(seen: Seen) -> None:
    text = "Ukrainian forces launched an attack on Horlivka in the DPR using unmanned aerial vehicles."
    found = seen(text)
    assert ("strike", "UA", "Horlivka") in found
    assert ("advance", "UA", "Horlivka") not in found


def test_an_assault_with_tanks_and_artillery_is_still_no_strike(seen: Seen) -> None:
    found = seen("Russian forces launched an attack on Vovchansk with tanks and armoured vehicles.")
    assert ("advance", "RU", "Vovchansk") in found


def test_a_side_that_repelled_an_attack_in_quotes_did_not_make_it(seen: Seen) -> None:
    text = "The Russian navy “repelled” a drone attack on the port of Sevastopol, its governor said."
    assert ("strike", "RU", "Sevastopol") not in seen(text)


def test_a_breach_of_a_sides_defensive_line_is_a_gain_an_operation_to_liberate_is_not(seen: Seen) -> None:
    text = (
        "The official said Russian troops had breached the Ukrainian army's defensive line near Kreminna "
        "and begun an operation to liberate the villages of Serebrianka and Hryhorivka."
    )
    found = seen(text)
    assert ("advance", "RU", "Kreminna") in found
    assert not {e for e in found if e[2] in ("Serebrianka", "Hryhorivka")}


def test_a_town_lost_is_the_subject_not_its_oblast_nor_the_side_of_its_where_clause() -> None:
    text = (
        "The town of Siversk in Donetsk region, where Russian troops started infiltrating in thick fog in "
        "October, has been almost completely lost."
    )
    found = _events(text, date(2025, 12, 1))
    assert {e[2] for e in found} == {"Siversk"}
    assert ("retreat", "RU", "Siversk") not in found
    assert ("advance", "UA", "Siversk") not in found


def test_search_and_strike_operations_are_no_strike_on_the_town(seen: Seen) -> None:
    text = "Ukrainian troops pushed Russians back from Kupiansk through search and strike operations."
    assert ("strike", "UA", "Kupiansk") not in seen(text)


def test_civilians_who_captured_and_disarmed_soldiers_took_no_ground(seen: Seen) -> None:
    assert not seen("In Bashtanka near Mykolaiv civilians captured and disarmed Russian soldiers.")
