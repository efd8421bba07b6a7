"""Round 32 of reading unseen reporting: takings "not confirmed by facts", a past capture told in a
clause of time under a prediction, a stop of an advance, a regional administration's count of attacks,
a side's possessive before its own oblast or its second city, weapons that are targets, time zones,
and a speaker who says "its forces"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    "text",
    [
        # reports of a taking that the speaker says facts do not bear out
        "In fact, the Kremlin's reports about the capture of Huliaipole and Myrnohrad are not confirmed by "
        "the situation on the ground.",
        "A spokesman said claims about the capture of Zaporizke appeared on Aug. 25 and were not confirmed.",
        "The Russian Defence Ministry did not confirm reports about the withdrawal from Urozhaine.",
        # the seizure a capture is a step towards has not happened
        "Putin said the capture of Myrnohrad was a significant step towards the full seizure of the entire "
        "Donetsk region.",
        # an advance stopped: contact, not a gain
        "The Ukrainian command managed to stop the advance of Russian units north of Tsukuryne.",
    ],
)
def test_no_advance(text: str, seen: Seen) -> None:
    assert {e for e in seen(text) if e[1:] != ("RU", "Myrnohrad")} == set()


def test_a_capture_told_in_a_clause_of_time_under_a_prediction_is_told(seen: Seen) -> None:
    text = (
        "Kurakhove would be the first major town to fall into Russian hands after the Russians captured "
        "Avdiivka last year."
    )
    assert seen(text) == {("advance", "RU", "Avdiivka")}


def test_a_clause_of_time_that_supposes_is_still_supposed(seen: Seen) -> None:
    assert seen("Russia could strike Kharkiv again if it captured Vovchansk.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional administration's count of attacks, no side named: the places after it were hit
        (
            "Over the past day, there were 43 attacks on Huliaipole, Orikhiv and Stepnohirsk.",
            {("strike", "RU", "Hulyaypole"), ("strike", "RU", "Orikhiv"), ("strike", "RU", "Stepnohirsk")},
        ),
        (
            "Over the past day, there were more than 400 attacks on the territory, namely Huliaipole and "
            "Orikhiv.",
            {("strike", "RU", "Hulyaypole"), ("strike", "RU", "Orikhiv")},
        ),
        # ... but a count of ground assaults on positions is no fire on a town
        ("There were 130 enemy attacks on Ukrainian positions near Pokrovsk.", set()),
    ],
)
def test_a_count_of_attacks_on_places(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's possessive before an oblast with a compass word is the oblast's owner, not a side
        (
            "Russian forces launched a new offensive by crossing into Ukraine's northern Kharkiv Oblast.",
            {("advance", "RU", "Kharkiv Oblast")},
        ),
        # ... and before "second largest" it is the country the city is in
        (
            "The city of Kharkiv, Ukraine's second largest, regularly comes under attack from Russian "
            "missiles, with strikes on the city killing seven people on May 23.",
            {("strike", "RU", "Kharkiv")},
        ),
        # whose the drone teams are is what was hit, not who fired
        (
            "The General Staff of Ukraine's army said its forces had conducted airstrikes on military "
            "infrastructure in Kursk, targeting facilities used by Russian drone teams.",
            {("strike", "UA", "Kursk")},
        ),
        # a capital before "time" is a time zone; the glide bomb is Russia's weapon
        (
            "At 4:52 PM Kyiv time, the Air Force of the Armed Forces of Ukraine warned about a glide bomb "
            "heading towards Kharkiv.",
            {("strike", "RU", "Kharkiv")},
        ),
        # the losses are inflicted on the side after "on", by the soldiers who repel its assaults
        (
            "Soldiers repel about 30 enemy assaults every day near Pokrovsk, inflicting significant losses "
            "on the Russian occupiers.",
            {("strike", "UA", "Pokrovsk")},
        ),
    ],
)
def test_who_acted(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_a_city_ranked_in_its_oblast_is_not_the_oblasts_namesake_city(seen: Seen) -> None:
    assert seen("Russia claims control of Zaporizhzhia's second largest city.") == set()
    assert seen("Russia claims control of Huliaipole, Zaporizhzhia's second largest city.") == {
        ("advance", "RU", "Hulyaypole")
    }


def test_the_next_verb_of_a_present_series_after_the_forces(seen: Seen) -> None:
    text = "Ukrainian troops repel an assault near Kupiansk, recapture Synkivka, and push on."
    assert ("advance", "UA", "Synkivka") in seen(text)
    # ... but not after a verb of intention
    assert seen("Russian troops plan to halt the counteroffensive, recapture Synkivka and push on.") == set()


def test_the_community_stands_for_the_town_it_is_named_for(seen: Seen) -> None:
    text = (
        "The Lyptsi community lies north of Kharkiv. On the first day of the full-scale invasion, the "
        "Russian army occupied the community."
    )
    assert seen(text) == {("advance", "RU", "Lyptsi")}


def test_the_community_hall_is_no_community(seen: Seen) -> None:
    text = (
        "The Vasylivka community lies south of Zaporizhzhia. The aggressors have seized the school building "
        "and the community hall."
    )
    assert seen(text) == set()


def test_residents_able_to_leave_are_no_retreat(seen: Seen) -> None:
    text = (
        "The Lyptsi community lies north of Kharkiv. Some residents were able to leave the community's "
        "occupied territories."
    )
    assert seen(text) == set()


def test_rapid_progress_into_a_town_is_an_advance(seen: Seen) -> None:
    text = "Russian forces have reportedly made rapid progress into the eastern Ukrainian town of Selydove."
    assert seen(text) == {("advance", "RU", "Selydove")}


def test_a_side_that_did_not_confirm_what_it_was_told_of(seen: Seen) -> None:
    # what a side did not confirm is the object of its caveat ...
    text = "The Russian Defense Ministry did not confirm information about the withdrawal from Urozhaine."
    assert seen(text) == set()
    # ... but a claim told, then not confirmed by the other side, is still told
    assert seen("Russia said it captured Kurakhove, but Ukraine did not confirm the claim.") == {
        ("advance", "RU", "Kurakhove")
    }


def test_a_statement_that_does_not_correspond_to_reality(seen: Seen) -> None:
    text = (
        "The enemy is striking Huliaipole with guided aerial bombs, but our units are in the city, so the "
        "statement that they have already taken Huliaipole under their control does not correspond to "
        "reality."
    )
    assert seen(text) == {("strike", "RU", "Hulyaypole")}


def test_troops_taken_off_the_front_to_be_sent_elsewhere_are_no_retreat(seen: Seen) -> None:
    text = (
        "The operation in the Kursk region led to Moscow withdrawing about 30,000 troops from the frontline "
        "in Ukraine and redeploying them to this area."
    )
    assert seen(text) == set()
    assert seen("Russian forces withdrew from Kherson.") == {("retreat", "RU", "Kherson")}


def test_a_striking_battle_is_no_strike(seen: Seen) -> None:
    text = (
        "In one of the most striking battles of the war, Ukrainian forces smashed their way across "
        "Russia's western border in Kursk last August."
    )
    assert {e for e in seen(text) if e[0] == "strike"} == set()


def test_an_aside_between_dashes_hedges_only_itself(seen: Seen) -> None:
    text = (
        "Three days after capturing Sudzha, the locus of Ukraine's invasion of Russia's Kursk Oblast, "
        "Ukrainian forces have advanced into—and possibly past—the next settlement: Martynovka, four miles "
        "northeast of Sudzha."
    )
    assert ("advance", "UA", "Martynovka") in seen(text)


def test_a_city_of_its_country_is_the_city(seen: Seen) -> None:
    text = "A Russian missile attack on Thursday damaged a civilian warehouse in Dnipro city of Ukraine."
    assert seen(text) == {("strike", "RU", "Dnipro")}


def test_people_who_lost_their_lives_in_an_attack(seen: Seen) -> None:
    text = (
        "Seven people died in Dnipro. In the nearby town of Samar, two people also lost their lives in the "
        "attack."
    )
    assert seen(text) == {("strike", "RU", "Samar")}


def test_units_being_destroyed_are_men_killed_not_a_place_struck(seen: Seen) -> None:
    text = (
        "The enemy is attempting to infiltrate Siversk in small groups, but most of these units are being "
        "destroyed before they reach their destination."
    )
    assert seen(text) == set()


def test_a_shell_on_a_village_in_russia_whose_blast_wave_broke_windows(seen: Seen) -> None:
    text = (
        "One shell hit the territory of a school in the village of Kaznacheevka in the Valuysky urban "
        "district, windows were shattered by the blast wave, no one was injured."
    )
    assert seen(text) == {("strike", "UA", "Kaznacheyevka")}


def test_a_country_that_reports_drone_attacks_did_not_send_them(seen: Seen) -> None:
    text = (
        "Russia reports drone attacks in three regions: a fuel warehouse catches fire\n\n"
        "In Russia, drones attacked Kursk, Voronezh and Belgorod regions."
    )
    assert {e[1] for e in seen(text)} == {"UA"}


def test_liberated_from_a_sides_occupation_is_the_other_sides(seen: Seen) -> None:
    text = (
        "The Russian Defence Ministry said its army has advanced to within 7 km of Kupyansk. Kupyansk was "
        "only liberated from Russian occupation last year."
    )
    assert ("advance", "UA", "Kupiansk") in seen(text)


def test_a_sentence_about_where_an_oblast_lies_is_no_line_of_an_itemised_report(seen: Seen) -> None:
    text = (
        "Sumy Oblast borders Russia's Bryansk, Kursk, and Belgorod oblasts. Russian attacks against the "
        "region have become increasingly destructive in recent weeks."
    )
    assert {e for e in seen(text) if e[2] != "Sumy Oblast"} == set()


def test_a_country_that_struck_a_region_and_its_communities(seen: Seen) -> None:
    text = "Russia struck the region at least 24 times, targeting the communities of Khotin and Yunakivka."
    assert seen(text) == {("strike", "RU", "Khotin"), ("strike", "RU", "Yunakivka")}
    # ... and the list goes on to the oblast's capital
    text = (
        "Russia struck the region 24 times, targeting the communities of Khotin and Yunakivka as well as "
        "the regional capital of Sumy."
    )
    assert ("strike", "RU", "Sumy") in seen(text)


def test_a_drone_attack_that_cut_heating(seen: Seen) -> None:
    text = "A Russian drone attack cut heating in parts of the country's northeastern Sumy region."
    assert seen(text) == {("strike", "RU", "Sumy Oblast")}


def test_a_withdrawal_told_after_following_under_a_prediction_is_told(seen: Seen) -> None:
    text = (
        "The potential loss of Toretsk would represent another setback for Ukraine in Donetsk Oblast, "
        "following its withdrawal from Vuhledar in the south."
    )
    assert {(e[0], e[2]) for e in seen(text)} == {("retreat", "Vuhledar")}


def test_a_capital_that_hints_it_was_behind_a_strike_is_its_government(seen: Seen) -> None:
    text = (
        "Last week, Ukraine attacked naval targets and port infrastructure, damaging a submarine. Kyiv has "
        "hinted it was behind today's strike but not directly acknowledged responsibility."
    )
    assert {e for e in seen(text) if e[2] == "Kyiv"} == set()


def test_settlements_counted_then_named_in_the_next_sentence(seen: Seen) -> None:
    text = (
        "Russian soldiers have reportedly seized control of three settlements within the Donetsk People's "
        "Republic, according to a statement by the Russian Ministry of Defense. The villages of Rusyn Yar, "
        "Katerynivka and Volodymyrivka are now under Russian military jurisdiction."
    )
    assert seen(text) == {
        ("advance", "RU", "Rusyn Yar"),
        ("advance", "RU", "Katerynivka"),
        ("advance", "RU", "Volodymyrivka"),
    }


def test_the_most_affected_are_the_inhabitants_of_a_village(seen: Seen) -> None:
    text = (
        "Russian troops shelled the Velykopysarivska community 20 times. The most affected are the "
        "inhabitants of the village Popivka of the Velykopysarivska community."
    )
    assert ("strike", "RU", "Popivka") in seen(text)


def test_none_of_the_units_encircled_is_no_encirclement(seen: Seen) -> None:
    assert seen("None of our units in the Huliaipole sector are encircled, he noted.") == set()


def test_losses_suffered_from_shelling_are_the_other_sides_fire(seen: Seen) -> None:
    text = "The occupiers suffered losses in Krokhmalne as a result of shelling, the Ukrainian army reported."
    assert seen(text) == {("strike", "UA", "Krokhmalne")}


def test_an_adviser_who_tells_of_a_strike_did_not_strike(seen: Seen) -> None:
    text = (
        "Ukrainian presidential adviser, Mykhailo Podolyak, said: five powerful missile strikes on the "
        "civilian infrastructure of Lviv."
    )
    assert seen(text) == {("strike", "RU", "Lviv")}


def test_a_headlines_ukraine_war_is_a_topic_not_a_side(seen: Seen) -> None:
    # in May 2022 Sievierodonetsk was Ukraine's: its bridges were not Ukraine's fire
    text = "Ukraine war: every bridge leading to key city Severodonetsk destroyed"
    assert {e[1] for e in seen(text, published=date(2022, 5, 30))} == {"unknown"}


def test_striking_distance_is_no_strike(seen: Seen) -> None:
    text = "The Ukrainians are moving into striking distance of the supply lines near Kharkiv."
    assert {e for e in seen(text) if e[0] == "strike"} == set()


def test_a_president_named_in_apposition_who_denounces_a_strike(seen: Seen) -> None:
    text = (
        "Russian drones struck an energy facility in the Poltava region overnight. Ukraine's president, "
        "Volodymyr Zelenskyy, denounced the attack on the central Poltava region as a vile strike."
    )
    assert seen(text) == {("strike", "RU", "Poltava Oblast")}


def test_an_official_who_tells_of_debris_did_not_strike(seen: Seen) -> None:
    text = "Russian official: Debris from drone strike allegedly causes fire at oil depot in Bryansk Oblast"
    assert seen(text) == {("strike", "UA", "Bryansk Oblast")}


def test_a_city_cut_off_by_a_sides_troops(seen: Seen) -> None:
    assert seen("Ukraine-Russia war: Chernihiv effectively cut off by Russian troops - governor") == {
        ("advance", "RU", "Chernihiv")
    }


def test_a_countrys_city_of_is_its_owner_not_a_side(seen: Seen) -> None:
    text = (
        "Russian shelling killed two people outside Ukraine's southern city of Kherson, the governor said, "
        "as night-time attacks also wounded others."
    )
    assert seen(text) == {("strike", "RU", "Kherson")}
