"""Round 63 of unseen reporting: the fall of Avdiivka, strikes on Kharkiv Oblast's towns, on Zaporizhzhia
and on Dnipropetrovsk Oblast, refineries in Russia, Bakhmut's flanks in 2023, Pokrovsk in 2025 and the
Kherson withdrawal of 2022 as Moscow told it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_an_advance_a_blow_is_meant_to_delay_has_not_happened(seen: Seen) -> None:
    text = (
        "Russian forces are likely preparing to destroy the dam at the Kakhovka Hydroelectric Power Plant, "
        "flooding and widening the Dnipro River to delay any Ukrainian advances."
    )
    assert not {e for e in seen(text, published=date(2022, 10, 22)) if e[0] == "advance"}


def test_mines_laid_to_hamper_an_advance_tell_of_no_advance(seen: Seen) -> None:
    text = (
        "Russian troops mined the roads near Oleshky to hamper any Ukrainian advance toward Hola "
        "Prystan."
    )
    assert not {e for e in seen(text, published=date(2022, 11, 20)) if e[0] == "advance"}


def test_troops_cut_off_on_a_rivers_bank_take_no_advance_along_the_river(seen: Seen) -> None:
    text = "Additionally, 15 Ukrainian battalions are blocked on the left bank of the Oskol River, Putin said"
    assert not {e for e in seen(text, published=date(2025, 11, 27)) if e[2] == "Oskil"}


def test_troops_cut_off_by_a_town_on_a_rivers_bank_are_the_towns(seen: Seen) -> None:
    text = (
        "Russian units continue to destroy Ukrainian forces encircled on the left bank of the Oskol River "
        "near Kupiansk."
    )
    found = seen(text, published=date(2025, 11, 27))
    assert ("advance", "RU", "Kupiansk") in found
    assert not {e for e in found if e[2] == "Oskil"}


def test_the_strike_told_before_is_not_the_governors_oblast(seen: Seen) -> None:
    text = (
        "At least 22 people were injured in a Russian attack on Zaporizhzhia overnight on Sept. 23.\n\n"
        "Among the victims are seven men and 13 women.\n\n"
        "The strike resulted in a partial destruction of an apartment building, according to Zaporizhzhia "
        "Oblast Governor Ivan Fedorov."
    )
    found = seen(text, published=date(2024, 9, 23))
    assert ("strike", "RU", "Zaporizhzhia") in found
    assert ("strike", "RU", "Zaporizhzhia Oblast") not in found


def test_an_attack_on_the_same_night_takes_the_day_told_before() -> None:
    text = (
        "At least 22 people were injured in a Russian attack on Zaporizhzhia overnight on Sept. 23. "
        "Monitoring groups reported that a guided aerial bomb was used in an attack in Zaporizhzhia on the "
        "same night."
    )
    found = extract_events(read_text(text, published=date(2024, 9, 25)), load_gazetteer())
    assert {e.date for e in found if e.event_type == "strike"} == {"2024-09-23"}


def test_a_city_claimed_to_have_already_fallen_is_taken(seen: Seen) -> None:
    text = (
        "Russia's renewed offensive on the front-line city of Siversk in Donetsk Oblast has sparked weeks of "
        "heavy fighting, even as Moscow has claimed that the city has already fallen."
    )
    assert ("advance", "RU", "Siversk") in seen(text, published=date(2025, 12, 22))


def test_troops_approaching_a_town_advance_towards_it(seen: Seen) -> None:
    text = '"Russian units are approaching Seversk from several directions," Pushilin said.'
    assert ("advance", "RU", "Siversk") in seen(text, published=date(2025, 9, 14))


def test_a_drone_approaching_a_city_is_no_advance(seen: Seen) -> None:
    text = "The Ukrainian Air Force warned that an enemy drone was approaching Kharkiv from the north."
    assert not {e for e in seen(text, published=date(2025, 6, 1)) if e[0] == "advance"}


def test_knocking_the_enemy_out_of_an_area_is_an_advance(seen: Seen) -> None:
    text = "Russian troops continue to knock out the enemy from the Dronovka area, the official said."
    assert ("advance", "RU", "Dronovka") in seen(text, published=date(2025, 9, 7))


def test_knocking_an_army_out_of_a_village_is_both_sides_news(seen: Seen) -> None:
    text = "Russian troops are knocking the Ukrainian army out of a nearby village of Dronovka."
    found = seen(text, published=date(2025, 9, 7))
    assert {("advance", "RU", "Dronovka"), ("retreat", "UA", "Dronovka")} <= found


def test_knocking_personnel_out_of_shelters_takes_no_place(seen: Seen) -> None:
    text = (
        "Khodakovsky said Ukraine had retaken Staromaiorske over several days, methodically shelling it, "
        "knocking personnel out of their shelters."
    )
    assert not {e for e in seen(text, published=date(2023, 7, 28)) if e[1] == "RU"}


def test_villages_seized_in_clauses_after_semicolons_each_with_its_day() -> None:
    text = (
        "Russian troops reportedly seized Verkhnokamianske, four kilometers east of Siversk, by 9 October "
        "2024; Bilohorivka, 10 kilometers northeast, by 23 February 2025; and Serebrianka, four kilometers "
        "northeast, by 16 August 2025."
    )
    found = extract_events(read_text(text, published=date(2025, 12, 22)), load_gazetteer())
    days = {e.place: e.date for e in found if e.event_type == "advance" and e.actor == "RU"}
    assert days == {
        "Verkhnokamianske": "2024-10-09",
        "Bilohorivka": "2025-02-23",
        "Serebrianka": "2025-08-16",
    }


def test_a_clause_after_a_semicolon_with_a_verb_of_its_own_is_not_the_advances(seen: Seen) -> None:
    text = "Ukrainians step up counter-attacks near Kherson; Kharkiv hit, mayor says"
    assert not {e for e in seen(text, published=date(2022, 6, 1)) if e[0] == "advance" and e[2] == "Kharkiv"}


def test_a_share_of_a_towns_buildings_under_control_is_an_advance(seen: Seen) -> None:
    text = (
        "As many as 45% of buildings in Konstantinovka are under the control of the Russian armed forces, "
        "Gerasimov said on Thursday."
    )
    assert ("advance", "RU", "Kostiantynivka") in seen(text, published=date(2025, 12, 11))


def test_expanding_a_bridgehead_named_for_a_village_is_an_advance_there(seen: Seen) -> None:
    text = (
        "The Russian Armed Forces are expanding the Serebryanka bridgehead on the right bank of the "
        "Seversky Donets River."
    )
    found = seen(text, published=date(2025, 9, 30))
    assert ("advance", "RU", "Serebrianka") in found
    assert not {e for e in found if e[2] == "Siverskyi Donets"}


def test_the_attacks_named_again_keep_the_side_of_the_strikes_before(seen: Seen) -> None:
    text = (
        "According to a statement from the Defense Ministry, Russian troops captured the village of "
        "Basivka.\n\nThe ministry also claimed to have carried out strikes against Ukrainian forces in more "
        "than a dozen settlements in the region.\n\nThe attacks reportedly targeted areas near the villages "
        "of Gornal, Guyevo, and Oleshnya in the border region of Kursk, as well as 12 settlements in the "
        "Sumy region, including Basivka."
    )
    found = seen(text, published=date(2025, 4, 6))
    assert {("strike", "RU", "Gornal"), ("strike", "RU", "Guyevo"), ("strike", "RU", "Basivka")} <= found
    assert not {e for e in found if e[0] == "strike" and e[1] == "UA"}


def test_a_capital_amassing_troops_is_no_city_the_next_sentence_means(seen: Seen) -> None:
    text = (
        "Zelensky warned last month that Moscow was amassing some 50,000 troops for a fresh offensive "
        "around Sumy, the regional capital.\n\nThe city has come under increasing aerial attack."
    )
    found = seen(text, published=date(2025, 6, 4))
    assert ("strike", "RU", "Sumy") in found
    assert not {e for e in found if e[2] == "Moscow"}


def test_a_city_measured_from_where_villages_were_taken_was_not_taken(seen: Seen) -> None:
    text = (
        "A Russian rocket strike on Sumy on Tuesday killed four people. The city is around 25 kilometres "
        "south from where Russia has taken a string of villages in recent weeks."
    )
    assert not {e for e in seen(text, published=date(2025, 6, 4)) if e[0] == "advance"}


def test_a_village_ceded_to_a_side_named_is_that_sides_taking(seen: Seen) -> None:
    text = (
        "Ukrainian forces acknowledged they had ceded control of the village of Vuhlehirsk to Kremlin-backed "
        "forces on Jan. 30."
    )
    found = seen(text, published=date(2015, 1, 31))
    assert {("retreat", "UA", "Vuhlehirsk"), ("advance", "RU", "Vuhlehirsk")} <= found


def test_a_second_verb_after_and_takes_the_town_after_its_long_object(seen: Seen) -> None:
    text = (
        "The militia announced Thursday they had encircled Kiev's forces outside Ilovaisk, 22 miles from "
        "Donetsk, and captured the checkpoints and strongholds of Ukrainian special forces in the outskirts "
        "of the southern town of Novoazovsk on the Sea of Azov."
    )
    found = seen(text, published=date(2014, 8, 30))
    assert ("advance", "RU", "Ilovaisk") in found
    assert any(e[0] == "advance" and e[2].startswith("Novoazovs") for e in found)


def test_a_group_of_forces_named_in_quotes_is_no_city(seen: Seen) -> None:
    text = (
        "He noted that the ‘Dnipro’ group, a coalition of Russian military units, has been conducting "
        "intense battle actions, with the capture of the town appearing imminent."
    )
    assert not {e for e in seen(text, published=date(2025, 12, 20)) if e[2] == "Dnipro"}


def test_a_command_named_for_a_town_is_no_place_of_the_strike(seen: Seen) -> None:
    text = (
        "The Russian armed forces carried out a strike on the site of a meeting of the Seversk tactical and "
        "operational command's leadership in Sumy using two Iskander-M complexes."
    )
    found = seen(text, published=date(2025, 4, 14))
    assert ("strike", "RU", "Sumy") in found
    assert not {e for e in found if e[2] == "Siversk"}


def test_areas_where_ground_was_taken_are_not_the_town_named_before(seen: Seen) -> None:
    text = (
        "Sumy lies across the border from Russia's Kursk region, near areas where Ukrainian forces have "
        "captured swaths of territory since launching a cross-border offensive in August."
    )
    assert not {e for e in seen(text, published=date(2024, 11, 19)) if e[2] == "Sumy"}


def test_a_numbered_guards_division_is_russias(seen: Seen) -> None:
    text = (
        "Belousov highlighted the recent achievements of the 42nd Guards Mechanized Division, which he said "
        "had successfully taken control of the village of Malaya Tokmachka in Zaporizhzhia Oblast."
    )
    assert ("advance", "RU", "Mala Tokmachka") in seen(text, published=date(2025, 11, 17))


def test_two_hydroelectric_plants_sharing_their_noun_are_two_dam_strikes(seen: Seen) -> None:
    text = (
        "Thus, during the March 28-29 strikes, Russian forces bombed the Kanevskaya and Dniester "
        "hydroelectric plants in the Cherkassy and Chernivtsi regions."
    )
    found = seen(text, published=date(2024, 3, 30))
    assert {
        ("bridge_strike", "RU", "Kaniv Hydroelectric Station"),
        ("bridge_strike", "RU", "Dnister Hydroelectric Station"),
    } <= found
    assert not {e for e in found if e[2].endswith("Oblast")}


def test_oblasts_fired_on_beside_a_named_dam_are_plain_strikes(seen: Seen) -> None:
    text = (
        "Ukrainian officials also said Russian strikes targeted unspecified critical infrastructure in the "
        "Ivano-Frankovsk and Dnipropetrovsk regions, while Russian war reporters said Russian troops struck "
        "the Srednedniprovskaya hydroelectric plant in Dnipropetrovsk region."
    )
    found = seen(text, published=date(2024, 3, 30))
    assert ("bridge_strike", "RU", "Middle Dnipro Hydroelectric Station") in found
    assert {("strike", "RU", "Ivano-Frankivsk Oblast"), ("strike", "RU", "Dnipropetrovsk Oblast")} <= found


def test_an_oblast_struck_which_damaged_a_bridge_is_the_bridge_strike(seen: Seen) -> None:
    # the guard: a relative clause tells what the fire on the oblast did
    text = (
        "On 26 April Russian troops carried out a missile strike on Odesa Region, which damaged a bridge "
        "over the Dnister estuary in Zatoka."
    )
    found = seen(text, published=date(2022, 4, 27))
    assert ("bridge_strike", "RU", "Zatoka Bridge") in found
    assert ("strike", "RU", "Odesa Oblast") not in found


def test_a_plant_among_the_targets_is_struck_by_the_side_told_before(seen: Seen) -> None:
    text = (
        "Russian missile and drone attacks hit thermal and hydro power plants in central and western "
        "Ukraine, power grid operator Ukrenergo said on Friday.\n\n"
        "Kaniv hydropower plant was among the targets along with the Dnister plant, which is located on "
        "the Dnister River, President Volodymyr Zelenskiy said."
    )
    assert ("bridge_strike", "RU", "Kaniv Hydroelectric Station") in seen(text, published=date(2024, 3, 29))


def test_a_city_among_the_guests_is_no_target(seen: Seen) -> None:
    text = "Kharkiv was among the cities where officials met on Friday."
    assert not seen(text, published=date(2024, 3, 29))


def test_infrastructure_damaged_overnight_is_struck(seen: Seen) -> None:
    text = (
        "MOSCOW, October 3. /TASS/. A significant part of Naftogaz's gas production infrastructure in the "
        "Poltava and Kharkov regions was severely damaged overnight, the company reported."
    )
    found = seen(text, published=date(2025, 10, 3))
    assert {("strike", "RU", "Poltava Oblast"), ("strike", "RU", "Kharkiv Oblast")} <= found


def test_a_reprints_dateline_mark_is_no_place_struck(seen: Seen) -> None:
    text = (
        "KYIV >> At least 51 people were killed and 235 wounded when Russia struck a military institute in "
        "Ukraine's central town of Poltava with two ballistic missiles on Tuesday."
    )
    found = seen(text, published=date(2024, 9, 3))
    assert ("strike", "RU", "Poltava") in found
    assert not {e for e in found if e[2] == "Kyiv"}


def test_jets_destroyed_on_the_ground_name_no_striker(seen: Seen) -> None:
    text = (
        "On Monday, July 1, the Ministry of Defense of Russia announced the destruction of 5 Ukrainian Su-27 "
        "fighters at the Myrhorod airfield in the Poltava region and published a video of the Iskander-M "
        "missile strike."
    )
    assert ("strike", "RU", "Myrhorod") in seen(text, published=date(2024, 7, 2))


def test_the_side_reacting_to_a_strike_did_not_strike(seen: Seen) -> None:
    text = (
        "Russian missiles hit the Myrhorod airfield on Saturday. This is the first official reaction of the "
        "Ukrainian side to the attack on Myrhorod."
    )
    assert not {e for e in seen(text, published=date(2024, 7, 2)) if e[1] == "UA"}


def test_the_island_stands_for_the_island_named_before(seen: Seen) -> None:
    text = "Russia seized Snake Island in February. The island has come under relentless Ukrainian attacks."
    assert ("strike", "UA", "Snake Island") in seen(text, published=date(2022, 6, 30))


def test_servicemen_and_hardware_lost_are_no_ground_lost(seen: Seen) -> None:
    text = (
        "Russian forces struck Chasiv Yar. Moscow's report indicates that up to 620 servicemen, along with "
        "tanks and other military hardware, were lost in this area alone."
    )
    assert not {e for e in seen(text, published=date(2024, 5, 13)) if e[0] in ("advance", "retreat")}


def test_an_advance_north_of_a_city_towards_a_village_is_the_villages(seen: Seen) -> None:
    text = (
        "UKRAINE, KHARKIV OBLAST, May 28 — Ukrainian troops advanced north of Kharkiv in the direction of "
        "the village of Lyptsi, the Institute for the Study of War (ISW) reported on May 27."
    )
    found = seen(text, published=date(2024, 5, 28))
    assert ("advance", "UA", "Lyptsi") in found
    assert ("advance", "UA", "Kharkiv") not in found


def test_a_city_in_brackets_after_a_direction_only_locates_it(seen: Seen) -> None:
    text = (
        "The Institute for the Study of War reported on 12 June that Ukrainian forces recently regained lost "
        "positions in the Lyptsi direction (north of Kharkiv) amid continued fighting."
    )
    assert ("advance", "UA", "Kharkiv") not in seen(text, published=date(2024, 6, 12))


def test_a_push_to_seize_more_ground_is_an_aim(seen: Seen) -> None:
    text = (
        "The operation was conducted by Ukraine's Third Army Corps against the backdrop of Russia's "
        "continued push to seize more of Donetsk Oblast."
    )
    assert not seen(text, published=date(2025, 12, 18))


def test_a_withdrawal_the_news_is_likened_to_is_history(seen: Seen) -> None:
    text = (
        '"The current situation resembles the intense fighting withdrawal near Avdeyevka a year ago and '
        'near Ugledar in October," the newspaper wrote.'
    )
    assert not seen(text, published=date(2025, 1, 23))


def test_lines_of_retreat_blocked_are_no_retreat(seen: Seen) -> None:
    text = (
        "Russian security services said Ukrainian forces were experiencing losses near Velikaya Novosyolka, "
        "as all lines of retreat had been blocked."
    )
    assert not {e for e in seen(text, published=date(2025, 1, 23)) if e[0] == "retreat"}
