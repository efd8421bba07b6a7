"""Events from the twenty-third round of unseen articles: a participle's agent after "by", fire told
by the harm it caused, a list of oblasts named bare, the speaker's "X is ours", a probe that is no
claim, and a front sector named with a compass word. Our own sentences, facts from public reporting;
real GeoNames and postal data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side after "by" took it, not the one named before the participle
        (
            "Ukrainian troops shelled Bakhmut, the city captured by Russian forces in May.",
            {("strike", "UA", "Bakhmut"), ("advance", "RU", "Bakhmut")},
        ),
        (
            # (a seizure of 2014 is background, geo.events.extract._before_the_war; one of 2022 is the war's)
            "Ukrainian drones struck Melitopol, the city seized by Moscow in 2022.",
            {("strike", "UA", "Melitopol"), ("advance", "RU", "Melitopol")},
        ),
        # ... also after a quoted participle
        (
            "Syrsky said combat was ongoing in Sudzha's outskirts, which he claimed had been "
            "“almost completely destroyed” by Russian airstrikes.",
            {("strike", "RU", "Sudzha")},
        ),
    ],
)
def test_a_participles_agent_is_the_side_after_by(
    text: str, expected: set[tuple[str, str, str]], seen: Seen
) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Meanwhile, the village of Mykolaivske, Shevchenkove community, was left without electricity "
            "due to shelling.",
            "Mykolaivske",
        ),
        ("In the village of Kaluha, dry grass caught fire outside the settlement due to shelling.", "Kaluha"),
        (
            "Ukrainian authorities had urged residents to evacuate from Vovche last month due to Russian air "
            "strikes.",
            "Vovche",
        ),
    ],
)
def test_fire_told_as_the_cause_of_harm_is_a_strike_on_the_village(text: str, place: str, seen: Seen) -> None:
    # the hromada named after the village only says where it is
    assert seen(text) == {("strike", "RU", place)}


def test_a_city_under_constant_fire_was_struck_but_a_minister_under_fire_was_not(seen: Seen) -> None:
    assert {(t, p) for t, _, p in seen("The neighbouring city of Lysychansk is under constant fire.")} == {
        ("strike", "Lysychansk")
    }
    assert seen("The mayor of Kyiv is under fire from his critics.") == set()


def test_every_oblast_of_a_list_named_bare_was_struck(seen: Seen) -> None:
    text = (
        "Shelling of energy facilities was recorded in the Kyiv, Mykolaiv, Kharkiv, Odesa and "
        "Zhytomyr regions."
    )

    assert {p for _, _, p in seen(text)} == {
        "Kyiv Oblast",
        "Mykolaiv Oblast",
        "Kharkiv Oblast",
        "Odesa Oblast",
        "Zhytomyr Oblast",
    }


def test_a_place_the_same_fire_set_alight_is_struck_by_the_same_side(seen: Seen) -> None:
    text = (
        "A drone attacked the Novoshakhtinsk oil refinery overnight, the governor of Russia's Rostov "
        "region said. The Ilsky oil refinery in the Krasnodar region also caught fire."
    )

    assert ("strike", "UA", "Il’skiy") in seen(text)
    assert seen("The old barn in Ilsky caught fire.") == set()  # no fire told before: no strike


def test_x_is_ours_is_the_speakers_side_taking_it(seen: Seen) -> None:
    text = (
        "Ukraine said its forces had retaken a village near Bakhmut. Deputy Defence Minister Hanna "
        'Maliar wrote: "Andriivka is ours. We are consolidating our positions."'
    )

    assert ("advance", "UA", "Andriivka") in seen(text)


def test_a_side_that_orders_a_probe_into_a_blast_did_not_set_it_off(seen: Seen) -> None:
    text = "Russia has ordered a criminal probe into a blast that blew up a truck on the Kerch bridge."

    assert seen(text) == {("bridge_strike", "unknown", "Crimean Bridge")}


def test_the_bridge_described_either_way_round_is_the_crimean_bridge(seen: Seen) -> None:
    text = (
        "An explosion on the bridge linking Russia to the annexed territory of Crimea caused a part of it "
        "to collapse."
    )

    assert ("bridge_strike", "unknown", "Crimean Bridge") in seen(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops improved their tactical positions in the south Donetsk direction.",
        "Units of Battlegroup East are advancing, improving their positions in the South Donetsk area.",
    ],
)
def test_a_sector_named_with_a_compass_word_is_not_its_city(text: str, seen: Seen) -> None:
    assert seen(text) == set()


def test_drones_a_capital_fired_are_its_governments(seen: Seen) -> None:
    text = "Russia said 44 of the 53 drones Kyiv fired overnight targeted the southern Rostov region."

    assert seen(text) == {("strike", "UA", "Rostov Oblast")}


def test_a_monitors_advancement_of_a_sides_army_in_settlements(seen: Seen) -> None:
    text = (
        "DeepState reported on the advancement of the Russian occupation army in the Toretsk direction, "
        "specifically in the settlements of Panteleimonivka, Pivnichne and New York."
    )

    assert {p for t, a, p in seen(text) if (t, a) == ("advance", "RU")} >= {"Panteleimonivka", "Pivnichne"}


def test_a_village_that_has_fallen_under_a_sides_control(seen: Seen) -> None:
    text = "The status of Berestky, which has reportedly fallen under Russian control, is unclear."

    assert seen(text) == {("advance", "RU", "Berestky")}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky confirmed that Russian troops have launched a new wave of offensive actions on the "
        "Kharkiv front.",
        "Russian troops went on the offensive in the Zaporizhzhia direction.",
    ],
)
def test_a_front_named_after_a_big_city_is_no_event_at_the_city(text: str, seen: Seen) -> None:
    assert seen(text) == set()


def test_a_front_named_after_a_town_is_the_fighting_at_its_gates(seen: Seen) -> None:
    assert seen("Russian forces advanced in the Pokrovsk direction.") == {("advance", "RU", "Pokrovsk")}


def test_the_time_since_an_offensive_began_is_no_event_of_its_own(seen: Seen) -> None:
    text = (
        "Four days into Ukraine's surprise counteroffensive in Kharkiv Oblast, Russian forces have "
        "retreated from the key cities of Kupiansk and Izium."
    )

    assert seen(text) == {("retreat", "RU", "Kupiansk"), ("retreat", "RU", "Izium")}


def test_the_sides_counted_as_killed_and_destroyed_are_not_who_struck_next(seen: Seen) -> None:
    text = (
        "In the south, the Armed Forces of Ukraine destroyed about 160 Russian occupiers, 60 units of enemy "
        "equipment, and also struck three bridges in Kherson region."
    )

    assert {a for t, a, _ in seen(text) if t == "bridge_strike"} == {"UA"}


def test_a_region_advanced_in_stays_beside_towns_of_other_regions(seen: Seen) -> None:
    text = "Russian forces have advanced in northern Sumy Oblast and near Kupyansk and Siversk, the ISW said."

    assert seen(text) == {
        ("advance", "RU", "Sumy Oblast"),
        ("advance", "RU", "Kupiansk"),
        ("advance", "RU", "Siversk"),
    }
    # ... but a region's towns say where its move went
    assert seen("Russian forces are advancing through the Donetsk region, capturing Novohrodivka.") == {
        ("advance", "RU", "Novohrodivka")
    }


def test_a_strike_capability_is_no_strike(seen: Seen) -> None:
    text = (
        "Increased Ukrainian long-range strike capability forced Russia's Black Sea fleet to relocate "
        "submarines from the port of Sevastopol."
    )

    assert seen(text) == set()


def test_a_timelines_present_tense_bombardment(seen: Seen) -> None:
    text = "March 2: Russian forces bombard the southern port of Mariupol for 14 hours, its mayor says."

    assert seen(text, published=date(2022, 4, 23)) == {("strike", "RU", "Mariupol")}


def test_a_headlines_next_clause_after_a_semicolon_is_not_the_advances_place(seen: Seen) -> None:
    text = (
        "Russia-Ukraine war live news: Ukrainians step up counter-attacks in south; Kharkiv hit, mayor says"
    )

    assert ("advance", "UA", "Kharkiv") not in seen(text)


def test_an_attack_described_by_a_capital_is_not_on_it(seen: Seen) -> None:
    text = (
        "Russia pounded Ukrainian power facilities on Friday in an attack described by Kyiv as the largest "
        "airstrike on its energy infrastructure in two years of war."
    )

    assert not {p for _, _, p in seen(text)} & {"Kyiv"}


def test_a_sides_refinery_attacked_was_struck_by_the_other_side(seen: Seen) -> None:
    text = "A Russian oil refinery was attacked in the Samara region."

    assert seen(text) == {("strike", "UA", "Samara Oblast")}


def test_a_toll_after_left_is_no_withdrawal(seen: Seen) -> None:
    text = (
        "A swarm of attack drones destroyed warehouses and left one dead overnight in the western city of "
        "Lviv."
    )

    assert seen(text) == {("strike", "RU", "Lviv")}
    assert seen("Russian troops left Kherson.") == {("retreat", "RU", "Kherson")}


def test_settlements_subjected_to_airstrikes(seen: Seen) -> None:
    text = "The settlements of Kupiansk and Kivsharivka were subjected to Russian airstrikes."

    assert {(t, p) for t, _, p in seen(text)} == {("strike", "Kupiansk"), ("strike", "Kivsharivka")}


def test_forces_that_killed_a_civilian_in_a_place_fired_on_it(seen: Seen) -> None:
    assert seen("Russian troops killed one civilian in northeastern Kharkiv Oblast, the governor said.") == {
        ("strike", "RU", "Kharkiv Oblast")
    }
    # soldiers killed: no fire on ground
    assert seen("Ukrainian forces killed 150 Russian soldiers near Bakhmut.") == set()


def test_a_guards_units_separate_brigade_is_russias(seen: Seen) -> None:
    text = (
        'MOSCOW, October 27. /TASS/. "Guardsmen of the 64th Separate Motorized Rifle Brigade drove the '
        "enemy "
        'out of Yegorovka in the Dnepropetrovsk Region," the source said.'
    )

    assert ("advance", "RU", "Yehorivka") in seen(text, published=date(2025, 10, 27))


def test_a_platoon_destroyed_is_no_agent_of_the_liberation_after_it(seen: Seen) -> None:
    text = (
        "Russia's battlegroup East units destroyed more than a platoon of Ukrainian servicemen during the "
        "liberation of Yegorovka in the Dnepropetrovsk Region, security forces told TASS."
    )

    assert seen(text, published=date(2025, 10, 27)) == {("advance", "RU", "Yehorivka")}


def test_projectiles_launched_at_a_district_are_fire_on_its_seat(seen: Seen) -> None:
    text = "Fifty projectiles and 23 drones were launched at the Krasnoyaruzhsky District, Gladkov said."

    assert seen(text) == {("strike", "UA", "Krasnaya Yaruga")}


def test_shelling_of_a_sides_forces_is_that_sides_fire(seen: Seen) -> None:
    text = (
        '"Since this morning, the district of Shebekino has been under shelling of the Ukrainian armed '
        'forces," said Belgorod governor Vyacheslav Gladkov.'
    )

    assert seen(text) == {("strike", "UA", "Shebekino")}


def test_ground_regained_in_a_city_is_an_advance_there(seen: Seen) -> None:
    text = (
        "Ukrainian troops were able to regain control of 13 square kilometers of the city of Pokrovsk, "
        "Syrsky said."
    )

    assert seen(text) == {("advance", "UA", "Pokrovsk")}


def test_a_claim_called_inaccurate_is_no_capture(seen: Seen) -> None:
    text = "\u201cISW's claim that Kurakhove has been captured is inaccurate,\u201d DeepState analysts said."

    assert seen(text) == set()


def test_an_abandoned_hotel_is_no_withdrawal(seen: Seen) -> None:
    text = (
        "A Russian drone and missile strike near Odesa damaged port infrastructure, a grain silo and an "
        "abandoned hotel and injured one person."
    )

    assert seen(text) == {("strike", "RU", "Odesa")}


def test_the_fall_of_drone_wreckage_is_fire_not_a_taking(seen: Seen) -> None:
    text = (
        "In Boryspil, Fastiv and Obukhiv districts of Kyiv region, an elderly woman was injured as a result "
        "of the fall of the wreckage of downed Russian drones."
    )

    # (the raions since round 76, not their seats)
    assert seen(text) == {
        ("strike", "RU", "Boryspil Raion"),
        ("strike", "RU", "Fastiv Raion"),
        ("strike", "RU", "Obukhiv Raion"),
    }


# (before, Russia held Kherson: fire there was Ukraine's, tests/geo/events/test_unseen_round24.py)
@pytest.mark.parametrize(("published", "actor"), [(date(2022, 6, 1), "UA"), (date(2023, 9, 20), "RU")])
def test_unclaimed_fire_on_a_town_ukraine_retook_is_russias_after_it_retook_it(
    published: date, actor: str, seen: Seen
) -> None:
    text = "Kherson came under fire on Tuesday, the regional administration said."

    assert seen(text, published=published) == {("strike", actor, "Kherson")}
