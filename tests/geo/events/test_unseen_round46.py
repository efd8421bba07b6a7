"""Round 46 of unseen reporting: what a side attempts, joined to the attempt by "and" ("attempting to
break through the front line and secure a foothold"), is the attempt, not a gain."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from geo.events.triggers import find_triggers

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_second_infinitive_of_an_attempt_joined_by_and_is_no_gain(seen: Seen) -> None:
    text = (
        "The situation remains tense in the Orikhiv sector, near Mali Shcherbaky and Stepove. The enemy is "
        "attempting to break through the front line there and secure a foothold near Zaporizhzhia."
    )
    found = seen(text, published=date(2025, 4, 29))
    assert not any(e[0] == "advance" for e in found)


def test_a_finite_verb_after_and_still_tells_what_happened(seen: Seen) -> None:
    text = "Russian troops tried to storm Robotyne for a week and captured Verbove on Tuesday, officials say."
    assert ("advance", "RU", "Verbove") in seen(text, published=date(2025, 4, 29))


def test_how_long_a_taking_took_is_no_taking(seen: Seen) -> None:
    text = (
        "Ukrainian forces liberated the village of Davydiv Brid on the Inhulets River. For months this was "
        "the Russian forces' main stronghold in that area, and it took two months of hard fighting to make "
        "them retreat."
    )
    found = seen(text, published=date(2022, 10, 5))
    assert ("advance", "UA", "Davydiv Brid") in found
    assert ("retreat", "RU", "Davydiv Brid") in found
    assert ("advance", "RU", "Davydiv Brid") not in found


def test_a_report_called_fake_information_is_denied(seen: Seen) -> None:
    text = (
        "Ukrainian defenders said Rodynske in Donetsk region is under the control of the Armed Forces of "
        "Ukraine. The statement came in response to fake information from the Russian Federation that the "
        "settlement had allegedly been captured."
    )
    assert not any(e[0] == "advance" for e in seen(text, published=date(2025, 10, 27)))


def test_a_side_then_a_comma_and_who_is_who_acted(seen: Seen) -> None:
    text = (
        "Kyiv: The Ukrainian military has reported a significant advance by Russian forces, who have taken "
        "control of about 40% of the town of Chasiv Yar."
    )
    found = seen(text, published=date(2025, 5, 1))
    assert ("advance", "RU", "Chasiv Yar") in found
    assert ("advance", "UA", "Chasiv Yar") not in found


def test_taking_charge_of_a_town_is_taking_it(seen: Seen) -> None:
    text = "Russian troops on Wednesday took charge of the eastern Ukrainian town of Vuhledar, Moscow said."
    assert ("advance", "RU", "Vuhledar") in seen(text, published=date(2024, 10, 2))


def test_taking_charge_of_an_operation_is_no_taking() -> None:
    assert not find_triggers("General Syrskyi took charge of the operation near Kupiansk on Monday.")


def test_a_village_the_strike_killed_in_is_where_it_struck_cue_or_not(seen: Seen) -> None:
    text = (
        "The Russians attacked Ukraine's eastern Kharkiv region with drones overnight, killing a man in the "
        "village of Velykyi Burluk, the governor said."
    )
    found = seen(text, published=date(2024, 9, 1))
    assert ("strike", "RU", "Velykyi Burluk") in found
    assert ("strike", "RU", "Kharkiv Oblast") not in found


def test_a_list_item_known_only_by_its_other_name_in_brackets_is_an_item(seen: Seen) -> None:
    text = (
        "As of September 22, Russian forces had managed to occupy five villages in the region: "
        "Novoheorhiivka, Zaporizke, Sichneve (Yanvarske), Maliivka and Vorone, he said."
    )
    found = {e[2] for e in seen(text, published=date(2025, 9, 23)) if e[:2] == ("advance", "RU")}
    assert {"Zaporizke", "Yanvarske", "Maliivka", "Vorone"} <= found


def test_a_region_called_liberated_is_no_liberation(seen: Seen) -> None:
    text = "On July 14, Russian troops shelled the liberated Kherson region 40 times, firing 200 shells."
    found = seen(text, published=date(2023, 7, 15))
    assert ("strike", "RU", "Kherson Oblast") in found
    assert not any(e[0] == "advance" for e in found)


def test_a_town_called_recently_captured_is_still_its_taking(seen: Seen) -> None:
    text = "Russian forces are attacking near the recently captured Avdiivka, the General Staff said."
    assert ("advance", "RU", "Avdiivka") in seen(text, published=date(2024, 3, 1))


def test_an_oblasts_count_of_struck_places_stays_beside_the_places_it_names(seen: Seen) -> None:
    text = (
        "Russian forces shelled about 15 settlements in Kharkiv region over the past day, the governor said. "
        "Oleh Syniehubov said this on Telegram.\n\n"
        '"Vovchansk, Kupiansk and Budarky came under artillery and mortar fire," Syniehubov said.'
    )
    found = seen(text, published=date(2024, 3, 1))
    assert {("strike", "RU", "Vovchansk"), ("strike", "RU", "Kupiansk")} <= found
    # (changed on purpose in round 78: round 46 dropped the oblast's pin here; the later gold keeps the
    # oblast's count as an event of its own beside the towns, and dropping it cost event F1 on reporting
    # never read, 0.860 against 0.866)
    assert ("strike", "RU", "Kharkiv Oblast") in found


def test_an_oblasts_count_of_struck_places_stays_when_no_town_of_it_is_named(seen: Seen) -> None:
    text = "Russian forces shelled about 15 settlements in Kharkiv region over the past day, officials said."
    assert ("strike", "RU", "Kharkiv Oblast") in seen(text, published=date(2024, 3, 1))


def test_a_town_in_a_capitalised_mayors_title_is_no_place_of_the_event(seen: Seen) -> None:
    text = (
        "Ukrainian forces destroyed a Russian observation post in the Tokmak direction, reports the Mayor of "
        "Melitopol, Ivan Fedorov."
    )
    assert not any(e[2] == "Melitopol" for e in seen(text, published=date(2023, 8, 1)))


def test_the_critical_city_is_the_city_just_named(seen: Seen) -> None:
    text = (
        "Russia has taken control of Lysychansk, the last city in the Luhansk region still held by Ukraine. "
        'Ukraine\'s military said on July 3 that it had been "forced to withdraw" from the critical city.'
    )
    assert ("retreat", "UA", "Lysychansk") in seen(text, published=date(2022, 7, 5))


def test_the_same_forces_are_the_side_the_sentence_before_named(seen: Seen) -> None:
    text = (
        "The Russians are coming from the north, east and south, he said. The same forces a few days "
        "earlier had captured the town of Kherson, which lies about 40 miles east of Mykolaiv."
    )
    assert ("advance", "RU", "Kherson") in seen(text, published=date(2022, 3, 5))


def test_ground_fighting_in_the_compass_part_of_an_oblast_capital_is_in_the_oblast(seen: Seen) -> None:
    text = "Russian forces advanced in northeastern Kharkiv, the ministry said."
    found = seen(text, published=date(2024, 5, 12))
    assert ("advance", "RU", "Kharkiv Oblast") in found
    assert not any(e[2] == "Kharkiv" for e in found)


def test_fire_in_the_compass_part_of_a_city_is_in_the_city(seen: Seen) -> None:
    text = "A Russian missile hit a school in northern Kharkiv, the mayor said."
    found = seen(text, published=date(2024, 5, 12))
    assert ("strike", "RU", "Kharkiv") in found


def test_an_attack_on_a_town_carried_out_with_drones_is_a_strike(seen: Seen) -> None:
    text = (
        "On the night of November 5, around 8:00 p.m., Russia carried out an attack on Bohodukhiv in Kharkiv "
        "region using two unmanned aerial vehicles."
    )
    found = seen(text, published=date(2025, 11, 6))
    assert ("strike", "RU", "Bohodukhiv") in found
    assert not any(e[0] == "contact" for e in found)


def test_the_most_massive_attack_since_the_war_began_on_a_town_is_a_strike(seen: Seen) -> None:
    text = (
        "On the night of August 5, Russia launched the most massive attack since the beginning of the war on "
        "the town of Lozova, Kharkiv region."
    )
    assert ("strike", "RU", "Lozova") in seen(text, published=date(2025, 8, 6))


def test_people_pulled_out_from_under_the_rubble_are_no_retreat(seen: Seen) -> None:
    text = "Russian missiles hit Zmiiv overnight. Two men were pulled out from under the rubble in Zmiiv."
    found = seen(text, published=date(2024, 1, 8))
    assert ("strike", "RU", "Zmiiv") in found
    assert not any(e[0] == "retreat" for e in found)


def test_damage_the_attack_led_to_names_the_places_it_hit(seen: Seen) -> None:
    text = (
        "Russia has launched new attacks on the port infrastructure of the Odesa region. This has led to "
        "damage to facilities in the ports of Pivdennyi and Chornomorsk."
    )
    found = seen(text, published=date(2025, 12, 30))
    assert {("strike", "RU", "Pivdenne"), ("strike", "RU", "Chornomorsk")} <= found


def test_a_trains_stops_joined_by_dashes_are_no_place_of_the_strike(seen: Seen) -> None:
    text = (
        "Russian drones struck the railway near Lozova. Because of the shelling, the Uman - Cherkasy - "
        "Kharkiv train is running on a bypass route."
    )
    found = seen(text, published=date(2025, 8, 5))
    assert ("strike", "RU", "Lozova") in found
    assert not any(e[2] in ("Uman", "Cherkasy") for e in found)


def test_an_itemised_line_puts_the_event_at_its_village_not_its_community(seen: Seen) -> None:
    text = (
        "Shelling of the region over the past day:\n\n"
        "14:20, Bohodukhiv district, Zolochivska TG, Ivashky village. A private house caught fire as a "
        "result of the shelling."
    )
    places = {e[2] for e in seen(text, published=date(2024, 9, 24)) if e[0] == "strike"}
    assert "Ivashky" in places and "Zolochiv" not in places
