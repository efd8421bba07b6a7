"""Events told in phrasings of a seventh set of unseen articles (Ukrainian outlets relaying monitors and
think tanks, wire stories, Russian state media and the governors of Russia's border regions).

Sentences are our own, built on facts from public reporting.
"""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal stands for that item of the list the sentence before named, taken by the side it sent
        (
            "Ukrainian forces pushed into Sverdlikovo and Martynovka. The first village was captured after a "
            "battle, while the second was taken without a fight.",
            {("advance", "UA", "Sverdlikovo"), ("advance", "UA", "Martynovka")},
        ),
        (
            "Russian troops stormed Novomykhailivka and Kostiantynivka. The latter was captured on Monday.",
            {("advance", "RU", "Kostiantynivka")},
        ),
        # an ordinal that counts something else, or a decision taken, is no place
        (
            "Kupiansk came under fire. The first time it was shelled was in 2022.",
            {("strike", "RU", "Kupiansk")},  # unclaimed fire on a town Ukraine held (held.FRONT_TOWNS_HELD)
        ),
        (
            "The decision was taken on Monday, after Kupiansk was shelled.",
            {("strike", "RU", "Kupiansk")},
        ),
    ],
)
def test_back_references(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) >= expected
    assert {e for e in seen(text) if e[0] == "advance"} == {e for e in expected if e[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional administration's list of shelled villages, with names the data lacks among them
        (
            "Over the past day, Tiahynka, Beryslav, Prydniprovske, Antonivka and the city of Kherson were "
            "under enemy fire.",
            {("strike", "RU", p) for p in ("Tiahynka", "Beryslav", "Prydniprovske", "Antonivka", "Kherson")},
        ),
        # shots counted per list: every list is fired on
        (
            "Russian forces fired 43 times on 15 settlements: 3 times on Olhivske and Charivne with rocket "
            "systems, and 40 times on Huliaipole, Orikhiv and Mala Tokmachka with artillery.",
            {
                ("strike", "RU", p)
                for p in ("Olhivske", "Charivne", "Hulyaypole", "Orikhiv", "Mala Tokmachka")
            },
        ),
        # the place put after a passive verb is where it happened, not the one named before it
        (
            "A resident of Preobrazhenka and a woman who came under fire near Pavlivka were hospitalised in "
            "Zaporizhzhia.",
            {("strike", "unknown", "Pavlivka")},
        ),
        # a border governor's words: an attack on a village, a village subjected to shelling
        (
            "Governor Bogomaz reported an attack on the village of Klimovo. Then the village of Kurkovichi "
            "was subjected to shelling.",
            {("strike", "UA", "Klimovo"), ("strike", "UA", "Kurkovichi")},
        ),
        # a place described by what it often suffers is no event
        ("Tykhe lies 60 km northeast of Kharkiv, which has frequently faced Russian airstrikes.", set()),
    ],
)
def test_strikes_on_lists_and_border_villages(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = seen(text)
    assert {e[2] for e in found} == {e[2] for e in expected}
    assert {e for e in found if e[1] != "unknown"} >= {e for e in expected if e[1] != "unknown"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scare quotes inside the phrase
        (
            "Russia's defence ministry said its forces had gained ‘complete control of Lysychansk and "
            "several neighbouring towns, most notably Bilohorivka and Novodruzhesk’.",
            {
                ("advance", "RU", "Lysychansk"),
                ("advance", "RU", "Bilohorivka"),
                ("advance", "RU", "Novodruzhesk"),
            },
        ),
        (
            "A spokesman claimed that Ukrainian forces were ‘totally’ surrounded in Lysychansk.",
            {("advance", "RU", "Lysychansk")},
        ),
        (
            "Shoigu announced that Russia has conquered the city of Lysychansk.",
            {("advance", "RU", "Lysychansk")},
        ),
        # the Russian MoD's stock phrase for a small gain
        (
            "Russian assault teams improved their tactical positions near Novomykhailivka, south of "
            "Kurakhove.",
            {("advance", "RU", "Novomykhailivka")},
        ),
        (
            "The statement also said Russian forces claimed the villages of Tykhe and Pishchane in the "
            "Kharkiv region.",
            {("advance", "RU", "Tykhe")},
        ),
        # unnamed troops in a side's own statement are its troops
        (
            "According to a statement from the Russian Defense Ministry, troops operating in the Donetsk "
            "region took the village of Novohrodivka.",
            {("advance", "RU", "Novohrodivka")},
        ),
    ],
)
def test_claims_of_capture(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) >= expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attacks beaten off moved no line, however many nouns the phrase runs through
        ("They fought off the enemy assault groups’ four counterattacks near Lyptsi and Vovchansk.", set()),
        # ground assaults on positions are no fire on a place
        ("The general staff reported 39 Russian attacks on Ukrainian positions around Kurakhove.", set()),
        (
            "Russian troops breached the defence of the Ukrainian forces northwest of Robotyne.",
            {("advance", "RU", "Robotyne")},
        ),
        # "retreating forces" describes the troops fired on; "striking" is the event
        (
            "Footage shows Ukrainian artillery striking retreating Russian forces near Torske.",
            {("strike", "UA", "Torske")},
        ),
        # a second target with its own place
        (
            "Footage shows the aftermath of Ukrainian HIMARS strikes on a television tower in Starobilsk, as "
            "well as on an asphalt plant near Alchevsk.",
            {("strike", "UA", "Starobilsk"), ("strike", "UA", "Alchevsk")},
        ),
        # a country named as where the gains were is not who made them
        (
            "ISW reported significant Russian battlefield gains in southeastern Ukraine, with forces seizing "
            "settlements near Vuhledar.",
            {("advance", "RU", "Vuhledar")},
        ),
    ],
)
def test_what_moved_no_line_and_who_moved(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


ROUND_UP = (
    "Russian invaders shelled Donetsk region 33 times during the day, killing 3 people. "
    "1 person was wounded in Kurakhove, private houses were damaged. "
    "In Rivne of Myrnohrad community, 2 people were injured. "
    "In Siversk, a school was destroyed and 7 private houses were damaged."
)


def test_a_regional_round_up_of_fire_goes_on_town_by_town(seen) -> None:
    # damage and casualties with no weapon or side named, after the report of the fire they come from
    assert seen(ROUND_UP) >= {
        ("strike", "RU", "Kurakhove"),
        ("strike", "RU", "Rivne"),  # the village, not the community it is in
        ("strike", "RU", "Siversk"),
    }
    assert ("strike", "RU", "Myrnohrad") not in seen(ROUND_UP)


def test_casualties_outside_a_round_up_of_fire_are_no_strike(seen) -> None:
    assert seen("Two soldiers were killed in Bakhmut, the brigade said.") == set()


def test_interfax_ukraine_speaks_for_kyiv_not_moscow() -> None:
    text = "In Krasnopillia, the enemy shelled with artillery (two explosions) and mortars."
    article = read_text(text, source="Interfax-Ukraine", url="https://en.interfax.com.ua/news/general/1.html")
    found = {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}
    assert found == {("strike", "RU", "Krasnopillia")}


def test_a_capital_that_dismisses_claims_is_its_government(seen) -> None:
    assert seen("Kyiv has repeatedly dismissed Russian claims of sweeping advances near Pokrovsk.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list opened by a colon, its items qualified by their districts
        (
            "About 15 settlements of Kharkiv region came under artillery and mortar fire by the occupiers: "
            "Hraniv of Kharkiv district, Kyslivka, Tabaivka and Krokhmalne of Kupiansk district.",
            # (Hraniv, on the state border, is a place since round 31)
            {("strike", "RU", p) for p in ("Hraniv", "Kyslivka", "Tabaivka", "Krokhmalne")},
        ),
        # a list whose first item ends with its kind, an unknown item among them
        (
            "All day long, the Russian army was firing on the Nikopol district, District Center, Marhanets "
            "and Chervonohryhorivka communities.",
            # (the district is its raion since round 76, and its "District Center" the town)
            {("strike", "RU", p) for p in ("Nikopol Raion", "Nikopol", "Marhanets", "Chervonohryhorivka")},
        ),
    ],
)
def test_lists_of_shelled_communities(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_fire_on_a_community_or_a_district_is_near_its_town_not_at_it() -> None:
    found = extract_events(
        read_text(
            "Russian forces shelled the Lyman community and the Kupiansk district.",
            published=date(2024, 9, 20),
        ),
        load_gazetteer(),
    )
    # (the district is the raion since round 76, a region at its middle)
    assert {(e.place, e.geo_precision) for e in found} == {("Lyman", 2), ("Kupiansk Raion", 3)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire counted on a territory, and attacks by drones, are strikes, not ground advances
        (
            "153 artillery attacks took place on the territory of Huliaipole, Charivne and Preobrazhenka.",
            # (Huliaipole, a town Ukraine held: unclaimed fire there is Russia's, and so the list's)
            {("strike", "RU", p) for p in ("Hulyaypole", "Charivne", "Preobrazhenka")},
        ),
        (
            "The Russian military carried out 14 UAV attacks on Huliaipole and Robotyne.",
            {("strike", "RU", "Hulyaypole"), ("strike", "RU", "Robotyne")},
        ),
        # a list opened by a dash, each item with its kind
        (
            "The Russian army hit 8 settlements – the cities of Avdiivka, Bakhmut, Kramatorsk, the village "
            "of Velyka Novosilka.",
            {("strike", "RU", p) for p in ("Avdiivka", "Bakhmut", "Kramatorsk", "Velyka Novosilka")},
        ),
        # an oblast used as an adjective is not its capital
        (
            "Two people were killed in the Donetsk town of Toretsk after a Russian missile strike.",
            {("strike", "RU", "Toretsk")},
        ),
        # an official's title names where he governs, and an advance along sectors gains nothing
        (
            "The head of the Russian military-civil administration of the Kharkiv region said Russian units "
            "continue to advance in the Kupiansk and Vovchansk directions.",
            set(),
        ),
    ],
)
def test_round_ups_titles_and_sectors(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_a_kind_of_item_after_a_locator_is_no_list(seen) -> None:
    # "south of Kharkiv, the city of Izium": Kharkiv only says where Izium is
    found = seen(
        "About 120 kilometers south of Kharkiv, the city of Izium was recaptured by Ukrainian troops."
    )
    assert ("advance", "UA", "Kharkiv") not in found


def test_a_speaker_in_the_first_person_speaks_for_his_side(seen) -> None:
    text = (
        "“We lost control over Loskutivka and Rai-Oleksandrivka,” said the Lugansk regional governor, "
        "Serhiy Haidai. “Sievierodonetsk is being destroyed, all positions of our forces are shelled around "
        "the clock,” he said."
    )
    assert seen(text) >= {
        ("advance", "RU", "Loskutivka"),
        ("advance", "RU", "Rai-Oleksandrivka"),
        ("strike", "RU", "Sievierodonetsk"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops encircled Ukrainian units as they advanced to the E-50 (Donetsk-Pokrovsk) highway.",
        "Ukrainian troops advanced along the Kupiansk–Svatove highway.",
    ],
)
def test_the_ends_of_a_road_are_not_where_it_happened(seen, text: str) -> None:
    assert seen(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire by weapons on a list of towns
        (
            "Tanks, mortars, artillery, and aircraft hammered Syrotyne, Lysychansk and Sievierodonetsk.",
            # (Lysychansk, Ukraine's until its last weeks in late June 2022, was under Russian fire, and
            # so the list with it)
            {("strike", "RU", p) for p in ("Syrotyne", "Lysychansk", "Sievierodonetsk")},
        ),
        # a unit lost is no ground lost; people captured are no place captured
        ("During another attempt to attack Kyiv, Russian troops lost a combined detachment of tanks.", set()),
        ("Ukrainian soldiers captured 17 occupiers in the Tavria direction over the past day.", set()),
        # an aim to regain lost ground is neither a loss nor a gain
        (
            "In the Bakhmut direction, Russian forces are striving to seize Bohdanivka and regain lost "
            "ground in Klishchiivka and Andriivka.",
            set(),
        ),
        # a town located from another town of note 63 km off
        (
            "A spokeswoman said Russian forces had entered the outskirts of the eastern Ukrainian frontline "
            "city of Toretsk, to the northeast of Kurakhove.",
            {("advance", "RU", "Toretsk")},
        ),
    ],
)
def test_ninth_round(seen, text: str, expected: set[tuple[str, str, str]]) -> None:
    # the round's sentences are of June 2022, when Lysychansk and Sievierodonetsk were still Ukraine's
    assert seen(text, published=date(2022, 6, 13)) == expected


def test_an_attempt_runs_on_over_its_infinitives_but_not_over_what_happened(seen) -> None:
    attempt = (
        "The occupiers are still trying to advance in the Donetsk region, gain a foothold in the Luhansk "
        "region, move in the Kharkiv region, he said."
    )
    assert {e for e in seen(attempt) if e[0] == "advance"} == set()
    done = "Russian troops tried to storm Vuhledar, captured Pavlivka and shelled Kurakhove."
    assert {("advance", "RU", "Pavlivka"), ("strike", "RU", "Kurakhove")} <= seen(done)


def test_whose_attacks_a_passive_liberation_resulted_from(seen) -> None:
    text = (
        '"As a result of the attacks of the Russian troops, the settlements of Andriivka and Bilohorivka of '
        "the Donetsk People's Republic were liberated,\" the ministry said."
    )
    assert {e[1] for e in seen(text)} == {"RU"}


@pytest.mark.parametrize(
    "text",
    [
        # claims a side's statement reports in order to deny them
        "“Some sources are disseminating information suggesting that our units are surrounded in Pokrovsk,” "
        "the brigade said in an evening report.",
        # houses left empty are no ground given up
        'In the occupied settlements of Krasne and Simeikyne, Russian troops occupy "abandoned houses and '
        'evict the civilian population," the General Staff said.',
    ],
)
def test_what_a_report_denies_or_describes_is_no_move(seen, text: str) -> None:
    assert {e for e in seen(text) if e[0] in ("advance", "retreat")} == set()


def test_a_general_staff_list_of_air_strikes_region_by_region(seen) -> None:
    text = (
        "The occupiers carried out airstrikes in the areas of Dehtiarne of Sumy region, Berestove and "
        "Shyikivka of Kharkiv region, Nevske of Luhansk region, Pivnichne, Vuhledar and Staromayorske of "
        "Donetsk region, Mala Tokmachka, Robotyne of Zaporizhia region."
    )
    places = {e[2] for e in seen(text)}
    assert {"Nevske", "Pivnichne", "Vuhledar", "Staromaiorske", "Mala Tokmachka", "Robotyne"} <= places
    # an unknown item followed by its region does not end a list
    other = (
        "The occupation forces inflicted air strikes on Vovchansk, Kupyansk, Cherneschyna in Kharkiv region, "
        "Novobakhmutivka and Ocheretyne in Donetsk region."
    )
    assert {"Vovchansk", "Kupiansk", "Novobakhmutivka", "Ocheretyne"} <= {e[2] for e in seen(other)}
