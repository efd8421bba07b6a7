"""Round 26 of reading unseen reporting: who did it, where, and attempts that came to nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a by-phrase names the agent, whoever the sentence's subject is
        ("Ukrainian officials remain silent about advances by Russian forces into Sontsivka.",
         {("advance", "RU", "Sontsivka")}),
        # "Russia concedes Ukrainian troops" is two sides, not one phrase
        ("Russia concedes Ukrainian troops have crossed the Dnipro river near Krynky.",
         {("advance", "UA", "Krynky")}),
        # a headline's bare country names the attack's side
        ("Russian command post in Rubizhne destroyed in Ukraine Army attack", {("strike", "UA", "Rubizhne")}),
        # air defences down the other side's weapons: the fire the sentence goes on to tell is that side's
        ("Russian air defence systems shot down 20 drones over the region, and another drone hit a "
         "substation in Belgorod.", {("strike", "UA", "Belgorod")}),
        # the side a passive verb says the fire hit
        ("A Ukrainian sabotage group was eliminated by the artillery fire north of Pryiutne.",
         {("strike", "RU", "Pryiutne")}),
        ("Russian troops were hit by artillery fire near Robotyne.", {("strike", "UA", "Robotyne")}),
        # a claimer "claims to have" done it: the claimer is the agent, not a reporter
        ("The Ukrainian military claims to have defeated a regiment of Russian troops in Brovary.",
         {("strike", "UA", "Brovari")}),
        # the subject of a retreat's passive retreated, whoever pushed it
        ("Russian forces near Irpin have been pushed back by Ukrainian counterattacks.",
         {("retreat", "RU", "Irpin")}),
        # a participle clause that opens the sentence has the main clause's subject
        ("After retreating from Kherson, Russian troops dug in on the left bank.",
         {("retreat", "RU", "Kherson")}),
        # the side a driving-out verb takes as its object is no subject of the next verb
        ("Ukrainian forces pushed Russian troops from the right bank of the Oskil River and liberated the "
         "Novomlynsk settlement.",
         {("advance", "UA", "Oskil"), ("retreat", "RU", "Oskil"), ("advance", "UA", "Novomlynsk")}),
        # a thing destroyed that carried drones is no shoot-down
        ("Russian forces destroyed an automobile with several drones near Tiahynka in the Kherson region.",
         {("strike", "RU", "Tiahynka")}),
        # forces a side's statement names by no side are its own
        ("The Ukrainian Defense Ministry said airborne assault troops blew up a bridge over the Teteriv "
         "River at Ivankiv.", {("bridge_strike", "UA", "Ivankiv")}),
        # a country named as where a region is, not who acted: an unclaimed drone over Russia is Ukraine's
        ("In the Voronezh region of Russia, debris from a drone fell onto an ammunition depot.",
         {("strike", "UA", "Voronezh Oblast")}),
    ],
)  # fmt: skip
def test_who_acted(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_our_troops_right_before_the_verb_are_the_speakers_side(seen: Seen) -> None:
    text = (
        "The General Staff of the Armed Forces of Ukraine reported the situation on the front. "
        '"As a result of enemy fire and assault actions, our troops have manoeuvred and moved to more '
        'favourable positions west of Lukiantsi," the General Staff said.'
    )
    assert ("retreat", "UA", "Lukiantsi") in seen(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kyiv's words for a withdrawal from the places the new line lies behind
        ("Units of the Defense Forces moved to new lines west of Berdychi, Semenivka and Novomykhailivka.",
         {("retreat", "UA", "Berdychi"), ("retreat", "UA", "Semenivka"),
          ("retreat", "UA", "Novomykhailivka")}),
        # the city only says where its suburb is
        ("Ukraine's military recaptured the Kyiv suburb of Makariv on Tuesday.",
         {("advance", "UA", "Makariv")}),
        # a list of units with commas, then where they were hit
        ("They inflicted damage to manpower and equipment of the 57th motorized infantry brigade, 82nd "
         "assault brigade, 125th and 152nd territorial defense brigades of the Ukrainian armed forces near "
         "Lyptsi and Tsyrkuny, the Russian Defence Ministry said.",
         {("strike", "RU", "Lyptsi"), ("strike", "RU", "Tsyrkuny")}),
    ],
)  # fmt: skip
def test_where_it_happened(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the Izium direction, the enemy was advancing towards Dovhenke but had no success.",
        "Russian troops attacked in the direction of Robotyne, to no avail.",
        # an advance kept from happening
        "Ukrainian paratroopers blew up the bridge, preventing a Russian column of forces from advancing "
        "on Ivankiv.",
        # the capital that has not answered is its government, no place of the strike
        "Russian military channels claim they have largely destroyed the brigade, assertions that Kyiv has "
        "not addressed.",
    ],
)
def test_no_advance_where_the_attempt_came_to_nothing(text: str, seen: Seen) -> None:
    assert not {e for e in seen(text) if e[0] == "advance" or e[2] == "Kyiv"}


def test_a_bridge_named_as_where_fire_hit_something_else_is_no_bridge_strike(seen: Seen) -> None:
    text = "Battlegroup Dnieper destroyed a sabotage and reconnaissance group near the Antonovka Bridge."
    assert {e[0] for e in seen(text)} <= {"strike"}


def test_a_withdrawal_to_new_positions_near_a_town_is_not_one_from_it(seen: Seen) -> None:
    assert seen("Ukrainian troops moved to new positions near Lyman.") == set()


def test_a_report_in_the_present_tense_is_read() -> None:
    # the present of a report's line, forces right before the bare verb and ground after it
    from geo.events.triggers import find_triggers

    assert [t.event_type for t in find_triggers("The Russian troops advance in the Kupiansk district.")] == [
        "advance"
    ]
    assert find_triggers('Russian troops occupy "abandoned houses", the General Staff said.') == []


@pytest.mark.parametrize(
    "text",
    [
        "ISW's geolocation data indicates incremental advances near the administrative border between "
        "Donetsk and Zaporizhzhia oblasts.",
        "The Russians continued to shell areas along the border of the Luhansk and Donetsk regions.",
    ],
)
def test_oblasts_a_border_runs_between_are_no_place_of_the_event(text: str, seen: Seen) -> None:
    assert seen(text) == set()


def test_the_border_areas_of_one_oblast_are_the_oblast(seen: Seen) -> None:
    expected = {("strike", "RU", "Sumy Oblast")}
    assert seen("Russian troops shelled the border areas of Sumy Oblast.") == expected


def test_damage_to_bridges_is_a_bridge_strike(seen: Seen) -> None:
    text = "Russian forces likely did damage fixed bridges across the Oskil River during the strike campaign."
    assert seen(text) == {("bridge_strike", "RU", "Oskil")}


def test_a_town_and_the_areas_around_another_are_both_retaken(seen: Seen) -> None:
    text = (
        "Kupiansk and the surrounding areas of Kharkiv were recaptured by Kyiv's forces in September but "
        "Moscow has since pushed back on the region."
    )
    assert seen(text) == {("advance", "UA", "Kupiansk"), ("advance", "UA", "Kharkiv")}


def test_an_attack_pushed_back_is_a_contact_held_by_the_other_side() -> None:
    from gazetteer import load_gazetteer
    from geo import extract_events, read_text

    text = (
        "Ukrainian soldiers repeatedly tried to break through the Russian defensive line in the north of "
        "the Kherson region, but were pushed back."
    )
    found = extract_events(read_text(text, published=date(2022, 10, 6)), load_gazetteer())
    assert [(e.event_type, e.actor, e.place) for e in found] == [("contact", "RU", "Kherson Oblast")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" after "reports that" is the place taken, not the side of the sentences before
        ("Ukrainian troops retreated from Popasna, the governor said on Sunday, confirming previous reports "
         "that it had been taken.", {("retreat", "UA", "Popasna"), ("advance", "RU", "Popasna")}),
        # back in a side's hands
        ("The governor said that most of the city of Sievierodonetsk was again in Russian hands.",
         {("advance", "RU", "Sievierodonetsk")}),
        # the object of "pushed back" is no subject of the participle after it
        ("Ukraine pushed back Russian forces around Irpin on Friday, retaking control of some areas.",
         {("advance", "UA", "Irpin"), ("retreat", "RU", "Irpin")}),
        # a relative clause's subject, whatever verb has it as its object
        ("Ukrainian forces have been pushing back Russian troops who had entered Dobropillia.",
         {("advance", "RU", "Dobropillia")}),
        # "Russian strikes targeted" names fire on the regions after it
        ("The minister said the Russian strikes targeted the Dnipropetrovsk region and the western regions "
         "of Lviv and Ivano-Frankivsk.",
         {("strike", "RU", "Dnipropetrovsk Oblast"), ("strike", "RU", "Lviv Oblast"),
          ("strike", "RU", "Ivano-Frankivsk Oblast")}),
    ],
)  # fmt: skip
def test_more_of_who_and_where(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It fell from the sky and landed at the Klintsy oil depot, where it started a fire.",
        "Three months into its invasion, Russia has abandoned its assault on the capital Kyiv.",
    ],
)
def test_no_taking_in_a_fall_from_the_sky_or_an_abandoned_assault(text: str, seen: Seen) -> None:
    assert {e for e in seen(text) if e[0] in ("advance", "retreat")} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine says Russia seized relief workers in the Mariupol convoy.", set()),
        ("Russian troops captured two Ukrainian soldiers near the village of Robotyne.", set()),
        ("Russian troops captured the village of Robotyne in Zaporizhzhia Oblast.",
         {("advance", "RU", "Robotyne")}),
    ],
)  # fmt: skip
def test_people_seized_are_no_ground_taken(text: str, expected: set[tuple[str, ...]], seen: Seen) -> None:
    assert {e for e in seen(text) if e[0] == "advance"} == expected


def test_a_round_up_of_the_most_affected_places_is_fire_on_them(seen: Seen) -> None:
    text = (
        "The head of the Zaporizhzhia regional military administration said that in the last day there were "
        "44 attacks on peaceful settlements. The most affected were Orikhiv, Stepnohirsk and Kamianske."
    )
    assert {("strike", "RU", "Orikhiv"), ("strike", "RU", "Stepnohirsk")} <= seen(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a taking named as the time of something else
        ("The villages were left without gas during the storming of Mariupol, the official said.", set()),
        # fire named so is still fire
        ("A woman was killed during the shelling of Kherson, the governor said.",
         {("strike", "RU", "Kherson")}),
        # a town set off by "located near" another is the place
        ("Officials said the port city of Chornomorsk, located near Odesa, was hit by a Russian missile.",
         {("strike", "RU", "Chornomorsk")}),
        # a town "in X Oblast, where" is the town of the where-clause
        ("The district lies 45 kilometres from Sudzha in Kursk Oblast, where Ukrainian forces entered on "
         "6 August.", {("advance", "UA", "Sudzha")}),
    ],
)  # fmt: skip
def test_time_and_where_clauses(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("published", "actor"),
    [
        (date(2024, 8, 21), "RU"),  # Ukraine held Myrnohrad: unclaimed fire there is Russia's
        (date(2026, 1, 5), "unknown"),  # past the day the table of held towns was last checked
    ],
)
def test_unclaimed_fire_on_a_front_town_ukraine_held(published: date, actor: str, seen: Seen) -> None:
    text = "Civilians in Myrnohrad said that increased shelling had finally prompted people to leave."
    assert seen(text, published=published) == {("strike", actor, "Myrnohrad")}


def test_a_front_town_after_russia_took_it_is_no_longer_ukraines(seen: Seen) -> None:
    text = "Explosions and shelling were reported in Avdiivka, the occupation authorities said."
    assert ("strike", "RU", "Avdiivka") not in seen(text, published=date(2024, 6, 1))


def test_a_drone_attack_told_according_to_russia_on_its_own_region_is_ukraines(seen: Seen) -> None:
    text = (
        "On March 28, Russia's Saratov Oblast, including the cities of Saratov and Engels, "
        "came under drone attack, according to Russia's Defense Ministry."
    )
    assert seen(text) == {("strike", "UA", "Saratov"), ("strike", "UA", "Engels")}


def test_a_headline_passive_has_its_target_before_the_verb(seen: Seen) -> None:
    assert ("strike", "RU", "Engels") not in seen("Russia's Engels and Saratov attacked by drones")
