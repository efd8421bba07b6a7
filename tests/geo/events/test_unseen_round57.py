"""Round 57 of unseen reporting: the words each side's officials use for the other side's forces, in the
case they write them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import load_gazetteer
from geo import extract_events, read_text
from geo.events.sentences import split_sentences

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

MAY_2024 = date(2024, 5, 6)


def test_the_fighters_of_the_russian_regime_in_lower_case_are_russias(seen: Seen) -> None:
    # Ukrainian officials write "russian" in lower case on purpose; "of the ... regime" is then Russia's
    text = "Nikopol was shelled by fighters of the russian regime overnight, the governor said."
    assert seen(text, published=MAY_2024) == {("strike", "RU", "Nikopol")}


def test_a_list_of_towns_then_a_list_of_villages_is_one_list(seen: Seen) -> None:
    # the Russian-installed officials' shelling reports name the towns, a comma, then the villages
    text = (
        "The towns of Kamianka-Dniprovska and Vasylivka, the villages of Mala Bilozerka and Velyka "
        "Znamianka were subjected to shelling by the militants of the criminal regime, Balitsky wrote."
    )
    assert seen(text, published=date(2024, 7, 15)) == {
        ("strike", "UA", "Kamianka-Dniprovska"),
        ("strike", "UA", "Vasylivka"),
        ("strike", "UA", "Mala Bilozerka"),
        ("strike", "UA", "Velyka Znamianka"),
    }


def test_a_page_that_left_no_space_after_its_stops_still_has_sentences() -> None:
    text = (
        "The Russian forces have liberated Kucherovka, Gerasimov added.Russia's control of the city of "
        "Seversk was made possible by the commanders, Putin said on Thursday.As many as 45% of buildings "
        "in Konstantinovka are under control.He was in Kyiv.Ukraine's army said so."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The Russian forces have liberated Kucherovka, Gerasimov added.",
        "Russia's control of the city of Seversk was made possible by the commanders, Putin said on "
        "Thursday.",
        "As many as 45% of buildings in Konstantinovka are under control.",
        # (a capital's name before the stop may be a site's: "Kyiv.Ukraine's" stays one)
        "He was in Kyiv.Ukraine's army said so.",
    ]


def test_the_side_that_came_under_attack_is_not_the_attacker_of_the_strike_after_it(seen: Seen) -> None:
    text = (
        "Russia came under drone attack again in the early hours of Tuesday, with a strike targeting an "
        "industrial facility in Syzran, Samara Oblast, according to Governor Vyacheslav Fedorishchev."
    )
    assert seen(text, published=date(2025, 3, 4)) == {("strike", "UA", "Syzran")}


def test_troops_giving_ground_retreat_and_their_guns_taken_along_are_no_taking(seen: Seen) -> None:
    text = (
        "Russian troops are now giving ground northeast of Kharkiv, taking their massive artillery pieces "
        "with them."
    )
    assert seen(text, published=date(2022, 5, 16)) == {("retreat", "RU", "Kharkiv")}


def test_an_oblasts_police_or_emergency_service_is_who_reports_not_where(seen: Seen) -> None:
    text = (
        "Russian forces shelled Kupiansk-Vuzlovyi with artillery on Friday. Residential buildings and "
        "administrative buildings were damaged, the police of the Kharkiv region reported."
    )
    assert seen(text, published=date(2024, 8, 23)) == {("strike", "RU", "Kupiansk-Vuzlovyi")}
    text = (
        "A Russian drone attack hit the railway station in Lozova. Ten people were injured and one man "
        "died, reported the State Emergency Service in the Kharkiv region."
    )
    assert seen(text, published=date(2025, 8, 5)) == {("strike", "RU", "Lozova")}


def test_kyiv_given_permission_or_the_right_to_strike_is_the_government(seen: Seen) -> None:
    text = (
        "Ukraine has escalated its attacks on targets inside Russia, particularly after Washington last "
        "month gave Kiev permission to use missiles. Zelensky said that Kyiv has the right to use its own "
        "weapons with retaliatory strikes on Russian oil refineries."
    )
    assert not seen(text, published=date(2024, 12, 22))


def test_a_bridge_blown_up_by_a_special_operation_of_the_resistance_is_ukraines(seen: Seen) -> None:
    text = (
        "The railway bridge in temporarily occupied Berdyansk was blown up thanks to a special operation by "
        "the local resistance movement and the Defense Intelligence of Ukraine."
    )
    assert seen(text, published=date(2024, 10, 28)) == {("bridge_strike", "UA", "Berdiansk")}


def test_airports_closed_to_flights_are_not_where_the_drones_struck(seen: Seen) -> None:
    text = (
        "During the night of January 11, drones attacked several regions of Russia - flights were "
        "temporarily suspended at airports in Kazan, Nizhnekamsk, and Ulyanovsk, while in Tambov region, "
        "drones crashed into residential buildings."
    )
    assert seen(text, published=date(2025, 1, 11)) == {("strike", "UA", "Tambov Oblast")}


def test_drones_destroyed_over_regions_were_an_attack_on_each(seen: Seen) -> None:
    # (round 57 mapped nothing here; since round 75 a region downed over was attacked, as a town was)
    text = "The drones were destroyed over the Odesa, Kherson, Sumy and Cherkasy regions, the air force said."
    assert seen(text, published=date(2024, 7, 25)) == {
        ("strike", "RU", "Odesa Oblast"),
        ("strike", "RU", "Kherson Oblast"),
        ("strike", "RU", "Sumy Oblast"),
        ("strike", "RU", "Cherkasy Oblast"),
    }


def test_the_government_a_report_is_as_per_is_its_source_not_the_attacker(seen: Seen) -> None:
    text = (
        "Russia launched drones at Ukraine overnight. As per the Kyiv government, the attack targeted power "
        "facilities located in the regions of Chernihiv and Lviv."
    )
    assert seen(text, published=date(2025, 12, 10)) == {
        ("strike", "RU", "Chernihiv Oblast"),
        ("strike", "RU", "Lviv Oblast"),
    }


def test_a_train_named_for_its_ends_is_no_place_of_the_strike(seen: Seen) -> None:
    text = (
        "As a result of the massive drone assault, most of the depot's service buildings in Sumy were "
        'destroyed, and a section of the "Sumy–Kyiv" train was damaged.'
    )
    assert ("strike", "RU", "Kyiv") not in seen(text, published=date(2025, 10, 31))


def test_a_city_measured_from_the_capital_is_where_it_happens_not_the_capital(seen: Seen) -> None:
    text = (
        "Chernihiv, a city of 285,000 residents located 85 miles northwest of the capital Kyiv, is encircled "
        "by Russian forces and has been subjected to sustained shelling."
    )
    assert seen(text, published=date(2022, 3, 16)) == {
        ("advance", "RU", "Chernihiv"),
        ("strike", "RU", "Chernihiv"),
    }


def test_what_a_city_was_cut_off_from_is_not_where_the_bridge_was_struck(seen: Seen) -> None:
    text = "Chernihiv: Russian troops bomb motorway bridge across the Desna, cutting city off from Kyiv."
    assert all(place != "Kyiv" for _, _, place in seen(text, published=date(2022, 3, 23)))


def test_the_fire_that_caused_a_dated_toll_has_its_date() -> None:
    text = (
        "Russia attacked Kharkiv and Kyiv overnight.\n\n"
        "Four people were killed in Kharkiv in the early hours of Tuesday in Russia’s bombardment of the "
        "city’s Osnovianskyi district, Mayor Ihor Terekhov said on his Telegram messaging channel."
    )
    events = extract_events(read_text(text, published=date(2024, 10, 29)), load_gazetteer())
    assert {e.date for e in events if e.place == "Osnovianskyi District"} == {"2024-10-29"}


def test_the_communities_a_regional_head_lists_as_affected_were_struck(seen: Seen) -> None:
    text = (
        '"During the night and morning, the aggressor targeted the Nikopol district using Grad MLRS, heavy '
        "artillery, and kamikaze drones. The Marhanets, Myrove, and Pokrovsk communities, along with Nikopol "
        'itself, were affected," Lysak stated.'
    )
    found = seen(text, published=date(2025, 5, 2))
    assert {("strike", "RU", "Marhanets"), ("strike", "RU", "Myrove")} <= found
    # ... but not a community affected by a power cut
    power_cut = "The Myrove community was affected by power outages, the utility said."
    assert not seen(power_cut, published=date(2025, 5, 2))


def test_the_city_the_front_is_pushed_away_from_is_not_where_it_moved(seen: Seen) -> None:
    text = (
        "Ukrainian forces have advanced near the village of Alekseevka, pushing Russian troops further away "
        "from the city of Sumy."
    )
    assert seen(text, published=date(2025, 7, 1)) == {("advance", "UA", "Oleksiivka")}


def test_a_country_before_during_and_a_drone_attack_names_no_drones_of_its_own(seen: Seen) -> None:
    text = "Russia hits two trains at Shostka station in Ukraine during drone attack in Sumy region"
    assert {actor for _, actor, _ in seen(text, published=date(2025, 10, 4))} == {"RU"}


def test_a_strike_force_massed_against_a_city_is_no_strike(seen: Seen) -> None:
    text = "Russia has concentrated its main strike force against Pokrovsk, according to Zelenskyy."
    assert ("strike", "RU", "Pokrovsk") not in seen(text, published=date(2025, 10, 27))


def test_a_capital_that_however_disputes_is_its_government(seen: Seen) -> None:
    text = (
        "Kiev, however, disputed the extent of Russian advances, insisting that heavy battles continue in "
        "the city center."
    )
    assert not seen(text, published=date(2025, 12, 2))


def test_drones_downed_after_a_long_count_are_still_the_other_sides(seen: Seen) -> None:
    text = (
        "Russia's Defense Ministry said it had intercepted or destroyed more than 100 Ukrainian air and "
        "seaborne drones in annexed Crimea."
    )
    assert {actor for _, actor, _ in seen(text, published=date(2024, 5, 17))} <= {"UA"}


def test_what_a_side_can_hit_is_no_event(seen: Seen) -> None:
    text = "From here Ukrainian artillery and missiles can hit Donetsk, the gateway to the southern Donbas."
    assert not seen(text, published=date(2024, 4, 1))


def test_what_happened_before_the_war_is_history_not_an_event(seen: Seen) -> None:
    text = "On April 26, 1986, an explosion ripped through Chernobyl's No. 4 reactor, killing 30 people."
    assert not seen(text, published=date(2022, 3, 1))


def test_the_missiles_a_struck_plant_produces_name_no_attacker(seen: Seen) -> None:
    text = (
        "The Smolensk Aviation Plant, which produces Kh-55 and Kh-59 missiles used against Ukraine, was "
        "reportedly among the targets."
    )
    assert ("strike", "RU", "Smolensk") not in seen(text, published=date(2024, 4, 1))


def test_russias_air_bases_struck_by_no_side_named_are_ukraines_targets(seen: Seen) -> None:
    text = (
        "The four airbases hit were Belaya (Irkutsk, Siberia), Olenya (Murmansk, northwest Russia), "
        "Dyagilevo (Ryazan), and Ivanovo (Ivanovo region)."
    )
    assert {("strike", "UA", "Belaya air base"), ("strike", "UA", "Olenya air base")} <= seen(
        text, published=date(2025, 6, 2)
    )


def test_a_completed_encirclement_of_a_town_is_the_subjects_advance(seen: Seen) -> None:
    text = "The Ukrainian Army completed the encirclement of Horlivka and cut the highway M-04."
    assert seen(text, published=date(2014, 8, 18)) == {("advance", "UA", "Horlivka")}


def test_troops_reoccupying_towns_advance(seen: Seen) -> None:
    text = "Ukrainian troops are now reoccupying the village of Lukianivka east of Kyiv, the ministry said."
    assert ("advance", "UA", "Lukianivka") in seen(text, published=date(2022, 3, 25))
