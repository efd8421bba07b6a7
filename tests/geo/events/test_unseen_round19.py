"""Events from the nineteenth round of unseen articles: a foothold created, successes noted by a monitor.
Our own sentences, facts from public reporting; real GeoNames and postal data."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


def seen(text: str, published: date = date(2025, 3, 14)) -> set[tuple[str, str, str]]:
    events = extract_events(read_text(text, published=published), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foothold created is ground taken, like one gained
        (
            "The monitors noted the creation of a new foothold by Russian troops near Krasne Pershe.",
            {("advance", "RU", "Krasne Pershe")},
        ),
        # ... one only tried for is not
        ("Russian troops are trying to create a foothold near Krasne Pershe.", set()),
        # a monitor's "successes are noted in": the side is the one the article tells of
        (
            "According to DeepState, the Russian army is advancing in the Kupiansk district. Successes are "
            "noted in two villages of the district, Topoli and Kamianka.",
            # (the district is the raion, round 76, not its seat)
            {("advance", "RU", "Kupiansk Raion"), ("advance", "RU", "Topoli"), ("advance", "RU", "Kamianka")},
        ),
    ],
)
def test_ground_taken_in_a_monitor_s_words(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_a_passive_strike_with_an_adverb_is_not_the_subject_s() -> None:
    # "is still shelled": passive, so the troops that retook the city did not shell it
    assert seen("Ukrainian troops retook Kupiansk, but the city is still shelled daily.") == {
        ("advance", "UA", "Kupiansk"),
        ("strike", "RU", "Kupiansk"),  # (a town Ukraine held: the fire is Russia's, actor_basis owner)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monitor's "progressed near": ground gained at each village of its list
        (
            "DeepState said Russian forces also progressed near Vodiane, Zolota Nyva and Pryiutne.",
            {("advance", "RU", "Vodiane"), ("advance", "RU", "Zolota Nyva"), ("advance", "RU", "Pryiutne")},
        ),
        # ... but talks that progressed moved no line
        ("The talks progressed in Istanbul.", set()),
        # a town now held by a side's forces is that side's news; a region held for years by a country is not
        (
            "DeepState reported that nearly the entire city of Kurakhove is occupied by Russian forces.",
            {("advance", "RU", "Kurakhove")},
        ),
        ("Crimea is occupied by Russia.", set()),
        # an attack that kills is fire, with no weapon named; a "border region" is the oblast, and "the
        # occupied eastern city of" still opens the list's next item
        (
            "Ukraine attacked a number of villages in Russia's Belgorod border region and the occupied "
            "eastern city of Lysychansk, killing two people.",
            {("strike", "UA", "Belgorod Oblast"), ("strike", "UA", "Lysychansk")},
        ),
        ("The opposition attacked the government in Kyiv, saying the plan failed.", set()),
    ],
)
def test_a_monitor_s_progress_a_town_occupied_and_an_attack_that_kills(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aerial attack is fire, like a drone attack
        (
            "One civilian was injured, while a Ukrainian aerial attack near the town of Shebekino wounded "
            "two.",
            {("strike", "UA", "Shebekino")},
        ),
        # a regional administration's "attacks on 5 communities" count fire, not assaults; the communities
        # are listed by their adjectives after a dash
        (
            "Today the Russians carried out 7 attacks on 4 communities of the Sumy region - Krasnopilska, "
            "Znob-Novgorodska, Esmanska and Kirikivska.",
            {
                ("strike", "RU", "Krasnopillia"),
                ("strike", "RU", "Znob Novhorodske"),
                ("strike", "RU", "Esman"),
                ("strike", "RU", "Kyrykivka"),
            },
        ),
        # ... while "attacks near" a town are ground assaults that gained nothing
        ("The enemy carried out 5 attacks near Vovchansk.", {("contact", "UA", "Vovchansk")}),
    ],
)
def test_fire_counted_by_a_regional_administration(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_a_settlement_the_text_puts_in_an_oblast_is_not_the_city_of_its_name_elsewhere() -> None:
    text = (
        "Russian troops have captured the small settlement of Zaporizhzhia in Ukraine's eastern Donetsk "
        "region. The village is distinct from the Ukrainian city of Zaporizhzhia, the regional centre."
    )
    events = extract_events(read_text(text, published=date(2025, 6, 21)), load_gazetteer())

    (event,) = [e for e in events if e.event_type == "advance"]
    assert event.place == "Zaporizhzhia" and event.lon > 36.5  # by Pokrovsk, not the city on the Dnipro


def test_where_missiles_were_fired_from_is_no_place_they_struck() -> None:
    assert seen(
        "Russian forces attacked the Dnipropetrovsk region with four Iskander missiles fired from annexed "
        "Crimea and Russia's southern Rostov region, the governor said."
    ) == {("strike", "RU", "Dnipropetrovsk Oblast")}


def test_a_headline_s_bridge_in_an_oblast_is_the_bridge_its_article_places_by_a_village() -> None:
    text = (
        "# Ukrainian forces strike strategic bridge in Kursk region\n\n"
        "Ukrainian forces struck a bridge near the village of Karyzh in Russia's Kursk region."
    )

    assert seen(text, date(2024, 9, 8)) == {("bridge_strike", "UA", "Karyzh")}


def test_explosions_at_a_place_one_side_struck_are_that_side_s_strike_told_again() -> None:
    text = (
        "Ukrainian drones struck a major oil refinery in the Saratov region overnight, Ukraine's military "
        "said. The General Staff reported a series of explosions followed by a large fire at the Saratov "
        "refinery."
    )

    # (one strike, at the city whose refinery the text names: round 61 moved an oblast's plant to its capital)
    assert seen(text, date(2025, 11, 11)) == {("strike", "UA", "Saratov")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the General Staff's "stormed our positions six times" took nothing: a contact, the defenders hold
        (
            "Over the past day, Russian troops have stormed the positions of the Defense Forces six times in "
            "the area of Vovchansk.",
            {("contact", "UA", "Vovchansk")},
        ),
        ("Russian troops stormed Avdiivka.", {("advance", "RU", "Avdiivka")}),
        # "Russia's advancing troops" are troops; a withdrawal that "avoided being 'encircled'" is one event
        (
            "Ukrainian forces south-east of Pokrovsk have withdrawn from their positions and avoided being "
            '"tactically encircled" by Russia\'s advancing troops.',
            {("retreat", "UA", "Pokrovsk")},
        ),
        # "the repulsion of an attack" is an attack that failed
        (
            "Saldo had claimed the repulsion of a Ukrainian attack on the railway in Chonhar.",
            {("contact", "RU", "Chonhar")},
        ),
    ],
)
def test_attacks_that_took_nothing(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_a_capital_before_time_is_a_time_zone() -> None:
    assert seen("Ukraine launched the attack at 08:00 Moscow time with up to 300 troops.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline leaves out "were": the troops forced to withdraw retreated
        (
            "Ukrainian troops forced to withdraw from small city of Kreminna after ferocious assault",
            {("retreat", "UA", "Kreminna")},
        ),
        # (and the side forced out retreated: one side's gain is the other's loss, as with "drove out")
        (
            "Russian forces forced Ukrainian troops out of Kreminna.",
            {("advance", "RU", "Kreminna"), ("retreat", "UA", "Kreminna")},
        ),
        # fighters who tell of bombing, however long their description, did not bomb
        (
            "In Mariupol, Ukrainian fighters holed up in the steel plant that represents the last pocket of "
            "resistance said concentrated bombing overnight killed more people.",
            {("strike", "unknown", "Mariupol")},
        ),
    ],
)
def test_a_headline_s_passive_and_a_long_speaker(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text, date(2022, 4, 19)) == expected


def test_villages_listed_before_also_subjected_to_shelling_each_took_it() -> None:
    text = (
        "Belgorod Region governor Vyacheslav Gladkov said the villages of Bezymeno and Dronovka were also "
        "subjected to shelling by the Ukrainian Armed Forces."
    )

    assert seen(text, date(2024, 8, 24)) == {("strike", "UA", "Bezymeno"), ("strike", "UA", "Dronovka")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in the east of Ukraine" is where; "the defence ministry in Moscow" is who
        (
            "The defence ministry in Moscow claimed on Sunday to have reached the western frontier of the "
            "Donetsk region in the east of Ukraine, and to be advancing in the adjacent Dnipropetrovsk "
            "region.",
            {("advance", "RU", "Dnipropetrovsk Oblast")},
        ),
        # troops "encircled" in a town are the side that lost it
        (
            'Russian forces have prioritized eliminating Ukrainian troops "encircled" in Myrnohrad.',
            {("advance", "RU", "Myrnohrad")},
        ),
        # what a capture led to is no hedge on it
        (
            "Russia's Defense Ministry said its forces had taken Rivnopillya, putting the southern town of "
            "Huliaipole at risk of being targeted by the Russians.",
            {("advance", "RU", "Rivnopillia")},
        ),
        # fire named as a noun, then who sent it
        (
            "Kherson was under intense artillery and drone attack from Russian units, Ukraine said.",
            {("strike", "RU", "Kherson")},
        ),
    ],
)
def test_who_acted_when_the_sentence_names_a_side_as_a_place_or_after_the_fire(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert seen(text, date(2025, 11, 16)) == expected


def test_men_abandoned_in_a_town_are_no_ground_left() -> None:
    assert seen("The Russian command has virtually abandoned the military who are now in Kupiansk.") == set()
    assert seen("Ukrainian troops abandoned their positions in Krynky.") == {("retreat", "UA", "Krynky")}


def test_troops_driven_out_through_a_whole_region_left_it() -> None:
    assert seen(
        "Ukrainian forces had also drove Russian troops out through the entire Chernihiv region.",
        date(2022, 4, 4),
    ) == {("advance", "UA", "Chernihiv Oblast"), ("retreat", "RU", "Chernihiv Oblast")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISW's words for ground gained
        (
            "Footage indicates that Russian troops have moved west of the railway north of Stepove.",
            {("advance", "RU", "Stepove")},
        ),
        ("The headquarters moved to Kyiv.", set()),
        (
            "ISW reported Russian advancements south of Novokalynove.",
            {("advance", "RU", "Novokalynove")},
        ),
        # a front spokesman's "continue to fire on X, Y"
        (
            "In the direction of Maryinka, the Russians continue to fire on Novomykhailivka and Pobeda.",
            {("strike", "RU", "Novomykhailivka"), ("strike", "RU", "Pobieda")},
        ),
        # "in the sectors of A-B and C-D": each end of each sector
        (
            "In the sectors of Novodanylivka-Balka Shyroka and Mala Tokmachka-Novopokrovka, Ukrainian troops "
            "have advanced and solidified new positions.",
            {
                ("advance", "UA", "Novodanylivka"),
                ("advance", "UA", "Mala Tokmachka"),
                ("advance", "UA", "Novopokrovka"),
            },
        ),
    ],
)
def test_isw_s_ground_gained_and_a_spokesman_s_sectors(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert seen(text, date(2023, 12, 4)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list's own aside says where the villages are: the villages were occupied, not Sumy
        (
            "He added that the villages of Basivka, Veselivka and Zhuravka - all in Sumy - had been "
            "occupied.",
            {("advance", "RU", "Basivka"), ("advance", "RU", "Veselivka"), ("advance", "RU", "Zhuravka")},
        ),
        # an army that "has already penetrated into" an oblast took ground there; drones in the air did not
        (
            "In some areas along the border, the Russian army has already penetrated into the Sumy Region.",
            {("advance", "RU", "Sumy Oblast")},
        ),
        ("Drones penetrated the airspace over Kyiv.", set()),
        # a direct hit, and a side's strike near a village, are fire with no weapon named
        (
            "As a result of a direct hit on a house, a local resident was killed in the village of Tyotkino.",
            {("strike", "UA", "Tëtkino")},
        ),
        ("A Russian strike near the village of Levshinka killed two.", {("strike", "RU", "Levshinka")}),
    ],
)
def test_the_border_in_the_international_press(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text, date(2025, 5, 27)) == expected


def test_a_fire_that_broke_out_as_a_result_of_shelling_is_shelling() -> None:
    # a Ukrainian administration's round-up: Russia's fire
    text = (
        "Oleh Synehubov, head of the Kharkiv Regional Military Administration, reported the day's attacks. "
        "In Kharkiv district at 23:30 in Cherkaska Lozova a fire broke out in a private household as a "
        "result of shelling."
    )

    assert ("strike", "RU", "Cherkaska Lozova") in seen(text, date(2024, 10, 12))


def test_ammunition_dropped_and_munitions_launched_in_a_regional_tally_are_fire() -> None:
    text = (
        "Oleh Synehubov, head of the Kharkiv Regional Military Administration, reported the day's attacks. "
        "In the afternoon, a 38-year-old man died as a result of the dumping of ammunition in Kozacha Lopan."
    )

    assert ("strike", "RU", "Kozacha Lopan") in seen(text, date(2024, 10, 12))
    assert seen("Five munitions and a drone were launched against the village of Bezymeno.") == {
        ("strike", "UA", "Bezymeno")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city that lost electricity lost no ground
        ("Later, Khmelnytskyi also reported that it had lost electricity supply.", set()),
        (
            "The Ukrainian military lost Soledar.",
            {("advance", "RU", "Soledar"), ("retreat", "UA", "Soledar")},
        ),
        # an army that "left" a region's occupied part gave it up; residents who left did not
        (
            "The Russian army en masse left almost the entire occupied part of Kharkiv region.",
            {("retreat", "RU", "Kharkiv Oblast")},
        ),
        ("Residents left Kherson.", set()),
        # fire that goes on is told; a task of going on is not
        (
            "Russian forces are also continuing to hit the southern city of Kherson with rocket launchers.",
            {("strike", "RU", "Kherson")},
        ),
        ("The command had set the task of continuing to advance in Zaporizhzhia region.", set()),
        # troops "encircled" named after the verb are the side that lost the place
        (
            "Russian troops are eliminating encircled Ukrainian forces near Krasnoarmeysk.",
            {("advance", "RU", "Pokrovsk")},
        ),
    ],
)
def test_autumn_2022_and_the_ministry_s_claims(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text, date(2022, 12, 30)) == expected


def test_the_escape_of_a_side_from_a_town_is_its_retreat() -> None:
    assert seen("Information about the escape of Russians from Izyum appeared on September 10.") == {
        ("retreat", "RU", "Izium")
    }
    assert seen("The flight of refugees from Kharkiv continued.") == set()


def test_oblasts_listed_as_hit_in_a_strike_round_up_were_struck() -> None:
    found = seen(
        "Rivne, Lviv, Zhytomyr, Poltava, and Kharkiv Oblasts were hit, according to the heads of the "
        "regional administrations.",
        date(2022, 11, 15),
    )

    assert {place for _, _, place in found} == {
        "Rivne Oblast",
        "Lviv Oblast",
        "Zhytomyr Oblast",
        "Poltava Oblast",
        "Kharkiv Oblast",
    }
    assert seen("The towns were hit hard by inflation.") == set()


def test_settlements_counted_in_an_oblast_then_named_after_a_dash_are_where_the_advance_was() -> None:
    text = (
        "Moscow has claimed its forces have now taken control of two more settlements in the Kharkiv region "
        "– Lukyantsi and Hlyboke – and the village of Robotyne, in the Zaporizhzhia region."
    )

    assert seen(text, date(2024, 5, 17)) == {
        ("advance", "RU", "Lukiantsi"),
        ("advance", "RU", "Hlyboke"),
        ("advance", "RU", "Robotyne"),
    }


def test_settlements_liberated_including_a_list_are_the_list() -> None:
    text = (
        "Operational Command South states that, in addition to Davydiv Brid, seven other settlements have "
        "been liberated, including Liubymivka, Biliaivka and Ukrainka."
    )

    assert seen(text, date(2022, 11, 10)) == {
        ("advance", "UA", "Liubymivka"),
        ("advance", "UA", "Biliaivka"),
        ("advance", "UA", "Ukrainka"),
    }


def test_the_liberated_border_town_describes_it() -> None:
    assert seen("Some 3,500 residents remain in the liberated border town of Vovchansk.") == set()
    assert seen("Russian forces captured the border town of Vovchansk.") == {("advance", "RU", "Vovchansk")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a withdrawal named as the backdrop, and prisoners, are no ground given up
        ("Despite the withdrawal, Russian attacks from the other side of the Dnieper River persist.", set()),
        ("Cases of Russian units killing soldiers who had surrendered have been frequent in Kursk.", set()),
        ("The Ukrainian garrison surrendered Mariupol.", {("retreat", "UA", "Mariupol")}),
    ],
)
def test_no_ground_given_up(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_the_donetsk_news_agency_s_enemy_is_ukraine_and_its_districts_are_the_city_s() -> None:
    text = "The enemy also shelled the Petrovsky, Kievsky and Kirovsky districts of Donetsk during the day."
    article = read_text(
        text, published=date(2022, 12, 1), source="Donetsk News Agency", url="https://dan-news.ru/en/x"
    )
    events = extract_events(article, load_gazetteer())

    assert {e.actor for e in events} == {"UA"}
    assert all(abs(e.lat - 48.0) < 0.1 for e in events)  # in Donetsk, not a Petrovske 22 km off


def test_this_is_not_the_case_denies() -> None:
    text = (
        'The commentary says: "contrary to various opinions that Ukrainian troops are fleeing Artyomovsk, '
        'this is not the case."'
    )

    assert seen(text, date(2023, 1, 19)) == set()


def test_an_attack_launched_using_drones_is_fire_and_one_launched_by_troops_is_ground() -> None:
    text = (
        "At 05:35, the enemy launched an attack, presumably using Shahed-type UAVs, on the Saltivka District "
        "of the city of Kharkiv."
    )

    assert {(t, a) for t, a, _ in seen(text, date(2025, 7, 11))} == {("strike", "RU")}
    assert seen("Russian troops launched an attack on Vovchansk.") == {("advance", "RU", "Vovchansk")}


def test_an_offensive_abandoned_is_no_ground_and_a_side_s_strikes_that_hit_are_fire() -> None:
    assert seen("Syrskyi also said Russia had abandoned its offensive in Dnipropetrovsk Oblast.") == set()
    assert seen("Russian strikes hit Kharkiv.") == {("strike", "RU", "Kharkiv")}
