"""Events from the twenty-first round of unseen articles: who a claim's "its troops" are, what
drones carry out, and participles that name people or old losses rather than ground taken.
Our own sentences, facts from public reporting; real GeoNames and postal data."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import find_places, load_gazetteer
from geo import extract_events, read_text


def seen(text: str, published: date = date(2025, 6, 12)) -> set[tuple[str, str, str]]:
    events = extract_events(read_text(text, published=published), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what drones carry out is fire, not a ground attack
        (
            "Overnight two Ukrainian surface drones carried out a terrorist attack on the Crimean Bridge, "
            "the National Antiterrorism Committee said.",
            {("bridge_strike", "UA", "Crimean Bridge")},
        ),
        ("Today, Zaporizhzhia was under a massive attack.", {("strike", "RU", "Zaporizhzhia")}),
        # the lands a bridge joins are not where it was struck
        ("Ukraine carries out missile attack on bridges connecting Crimea and Kherson region", set()),
    ],
)
def test_fire_told_in_new_ways(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moscow is negotiating the return of Russian citizens captured by Ukraine in the Kursk region.",
        "In the Kupiansk sector, the enemy has set itself the goal of regaining the territories lost last"
        " fall.",
        "The attack destroyed the Trypillia thermal power plant, and the company lost all its generation.",
    ],
)
def test_people_taken_and_old_losses_are_no_ground_taken(text: str) -> None:
    assert not {e for e in seen(text) if e[0] in ("advance", "retreat")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to DeepState, the villages of Zaporizke and Novoheorhiivka are now under Russian"
            " occupation.",
            {("advance", "RU", "Zaporizke"), ("advance", "RU", "Novoheorhiivka")},
        ),
        # Moscow's passive capture is its own
        (
            "In a statement, the Russian Defense Ministry said that the settlement of Lypove in the Donetsk "
            "region was captured in an operation carried out by its West group of forces.",
            {("advance", "RU", "Lypove")},
        ),
    ],
)
def test_ground_taken_in_a_claim(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_the_statement_four_sentences_back_says_whose_troops_its_troops_are() -> None:
    text = (
        "Russia claimed on Wednesday it took control of three settlements in the Donetsk and Dnipropetrovsk "
        "regions. A statement by the Defense Ministry said its forces captured the village of Pankivka. "
        "Russia has repeatedly claimed gains in recent months. The city serves as a logistics hub for "
        "Kyiv's military operations in the region. The statement also claimed that its troops took control "
        "of the village of Novoheorhiivka in the Dnipropetrovsk region."
    )
    assert ("advance", "RU", "Novoheorhiivka") in seen(text)


def test_settlements_captured_after_a_side_gained_control_are_that_sides() -> None:
    text = (
        "The Russian Defense Ministry said its forces gained control of towns and villages in the "
        "Donetsk, Luhansk and Kharkiv regions.\n\n"
        "Among the settlements captured are Novozhelanne, which lies between the cities of Donetsk and "
        "Pokrovsk, and others."
    )
    assert ("advance", "RU", "Novozhelanne") in seen(text)


def test_an_oblast_after_a_pair_between_two_cities_is_the_next_items() -> None:
    text = (
        "Among the settlements captured are Novozhelanne, which lies between the cities of Donetsk and "
        "Pokrovsk, Synkivka in the Kharkiv region and others."
    )
    placed = {m.text: m.place.admin1 for m in find_places(text, load_gazetteer()) if m.place}
    assert placed["Novozhelanne"] == "Donetsk Oblast"
    assert placed["Pokrovsk"] == "Donetsk Oblast"
    assert placed["Synkivka"] == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the Znob-Novhorodske community, the invaders launched a grenade attack.", {"strike"}),
        ("Russian forces carried out a mortar attack on Krasnopillia.", {"strike"}),
        (
            "Russian attacks over the past day in Donetsk Oblast injured seven people, the governor said.",
            {"strike"},
        ),
        # a round-up of fire goes on with its toll, place by place
        # a place that dates a gain is not where it was made
        ("That was the first major territorial gain since Bakhmut, Putin said.", set()),
    ],
)
def test_kinds_of_fire_and_gains(text: str, expected: set[str]) -> None:
    assert {kind for kind, _, _ in seen(text)} == expected


def test_a_round_up_of_fire_goes_on_with_its_toll_place_by_place() -> None:
    text = "Russian forces shelled Kurakhove. 1 person died in Krasnohorivka."
    assert seen(text) == {("strike", "RU", "Kurakhove"), ("strike", "RU", "Krasnohorivka")}


def test_a_village_listed_in_the_oblast_the_text_names_is_kept_though_far_from_its_list_mate() -> None:
    text = (
        "Russia's Defense Ministry announced that its forces have taken control of the Shcherbinovka and "
        "Iskra settlements in Ukraine's eastern Donetsk region."
    )
    placed = {m.text: m.place.admin1 for m in find_places(text, load_gazetteer()) if m.place}
    assert placed["Shcherbinovka"] == "Donetsk Oblast"
    assert ("advance", "RU", "Shcherbynivka") in seen(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fire after a drone strike is the drone's; "Russia's" there says where, not who
        "A fire broke out at the Afipsky oil refinery in Russia's southern Krasnodar Krai region following "
        "what was likely a drone strike, the regional governor said.",
    ],
)
def test_fire_after_a_drone_strike_in_russia_is_ukraines(text: str) -> None:
    assert {(kind, actor) for kind, actor, _ in seen(text)} == {("strike", "UA")}


def test_a_blast_in_russia_that_no_weapon_is_named_for_stays_unknown() -> None:
    text = (
        "A fire broke out at the Afipsky oil refinery in Russia's southern Krasnodar Krai region overnight."
    )
    assert {actor for _, actor, _ in seen(text)} <= {"unknown"}


def test_a_withdrawal_from_a_towns_pocket_is_from_the_town() -> None:
    text = 'In mid-February, Ukrainian troops withdrew from the Kurakhove "pocket", the command said.'
    assert ("retreat", "UA", "Kurakhove") in seen(text)


def test_a_strike_on_a_sides_command_post_was_the_other_sides() -> None:
    text = (
        "Trehubov commented on a recent strike on a Russian command post in Novohrodivka, saying any "
        "damage creates difficulties for the occupiers."
    )
    assert seen(text) == {("strike", "UA", "Novohrodivka")}


def test_what_a_side_has_been_able_to_take_it_took() -> None:
    text = (
        "The head of the Sumy OVA confirmed that the Russian invaders have now been able to establish "
        "control over 4 settlements: Basivka of the Yunakivska community and Veselivka, Zhuravka of the "
        "Khotynska community."
    )
    assert {
        ("advance", "RU", "Basivka"),
        ("advance", "RU", "Veselivka"),
        ("advance", "RU", "Zhuravka"),
    } <= seen(text)


def test_a_quoted_taking_the_text_denies_is_no_advance() -> None:
    text = (
        "The OSGT noted that the infiltration of Russians in the Dobropillia and Pokrovsk directions did not "
        'constitute "taking control of the territory."'
    )
    assert not {e for e in seen(text) if e[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's adjective on a kind of place, and its media, say whose the place is and who reports
        (
            "Drones and missiles struck an oil refinery in the Russian city of Novorossiysk overnight, the "
            "Russian Telegram news channel Astra claimed.",
            {("strike", "UA", "Novorossiysk")},
        ),
        # officials who denounce an attack did not make it
        (
            "A ballistic missile struck an apartment building in Kryvyi Rih on Tuesday. Ukrainian officials "
            "denounced the attack on the city.",
            {("strike", "RU", "Kryvyi Rih")},
        ),
        # an overnight attack with missiles is fire, not an offensive
        (
            "The invaders launched an overnight attack at Kyiv, first with missiles and then with drones.",
            {("strike", "RU", "Kyiv")},
        ),
        # authorities in a capital are where the speakers sit
        (
            "A Ukrainian drone attack sparked a fire at an industrial site in Russia's Saratov region, "
            "officials said, as authorities in Kyiv claimed the attack targeted an oil refinery.",
            {("strike", "UA", "Saratov Oblast")},
        ),
    ],
)
def test_who_struck_and_where_in_long_range_reporting(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text) == expected


def test_a_district_named_after_the_articles_only_big_city_is_that_citys() -> None:
    text = (
        "On Saturday, Russian invaders struck Kharkiv with two drones. One of them hit the roof of a house "
        "in the Shevchenkivskyi district. The carrier fell on a dormitory in the Kyivskyi district."
    )
    placed = {m.text: m.place.name for m in find_places(text, load_gazetteer()) if m.place}
    assert placed["Shevchenkivskyi district"] == "Shevchenkivskyi District"  # Kharkiv's
    assert placed["Kyivskyi district"] == "Kyivskyi District"


def test_a_russian_raion_named_by_its_adjective_is_not_the_big_citys_district() -> None:
    text = "Kyiv says its troops still hold ground in the Korenevsky district of the Kursk region."
    placed = {m.text: m.place.admin1 for m in find_places(text, load_gazetteer()) if m.place}
    assert placed.get("Korenevsky") == "Kursk Oblast"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ukraine's brigades are "separate": a separate motorized rifle brigade is no Russian unit
        (
            '"The 14th Separate Motorized Rifle Brigade and 95th Separate Assault Force Brigade'
            ' have liberated Makariv, Kyiv region," the report says.',
            {("advance", "UA", "Makariv")},
        ),
        (
            "Russian troops were moving in on the strategic city of Severodonetsk on Friday.",
            {("advance", "RU", "Sievierodonetsk")},
        ),
        (
            "Russian forces continue to constantly shell Makarov, Bucha and Irpin.",
            {("strike", "RU", "Makariv"), ("strike", "RU", "Bucha"), ("strike", "RU", "Irpin")},
        ),
        # a taking made a priority is an aim
        (
            'Russian Foreign Minister Sergey Lavrov said Moscow has made "liberating" Donetsk and Luhansk'
            ' an "absolute priority."',
            set(),
        ),
    ],
)
def test_the_first_months_of_2022(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text, published=date(2022, 5, 30)) == expected


def test_a_governors_region_before_his_title_is_no_referent_of_the_city() -> None:
    text = (
        "Russian forces shelled Sievierodonetsk. Luhansk regional Gov. Serhiy Gaidai said Russia attacked "
        "the city from the ground with air support."
    )
    assert seen(text, published=date(2022, 5, 30)) == {("strike", "RU", "Sievierodonetsk")}


def test_moscow_that_continues_a_quest_is_the_government_not_a_target() -> None:
    text = (
        "Russian troops moved into the outskirts of Sievierodonetsk on Monday after days of heavy shelling, "
        "officials said as Moscow continued its quest to capture eastern Ukraine."
    )
    assert ("strike", "RU", "Moscow") not in seen(text, published=date(2022, 5, 30))


def test_a_passive_taking_is_of_the_sentences_subject_however_long_its_clauses() -> None:
    text = (
        "Bilogorivka, which had a population of about 800 people before the conflict, was a symbol of "
        "Ukrainian resistance in Lugansk region and was retaken by Kyiv's forces in 2022."
    )
    assert {(kind, place) for kind, _, place in seen(text)} == {("advance", "Bilohorivka")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among other things, the occupiers hit the Dniprovskaya HPP.",
            {("bridge_strike", "RU", "Dnipro Hydroelectric Station")},
        ),
        (
            "Russian missiles struck the Kaniv HPP overnight.",
            {("bridge_strike", "RU", "Kaniv Hydroelectric Station")},
        ),
        (
            "Russian shelling caused a large-scale fire at the Trypilska Thermal Power Plant.",
            {("strike", "RU", "Trypillia Thermal Power Plant")},
        ),
    ],
)
def test_power_plants_of_the_grid_campaign_are_places(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert seen(text, published=date(2024, 4, 11)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # claims made many times over are no one gain
        "Moscow has repeatedly asserted territorial gains in recent months, particularly in Donetsk.",
        # what a tactic would force is no withdrawal
        "It started to develop pincer movements to force Kyiv to either withdraw its troops from Pokrovsk or "
        "risk encirclement.",
        # a pact left is no ground left
        "The attacks follow Russia's withdrawal this month from the Black Sea deal that allowed Kyiv to "
        "export its grain.",
        # ground attacks repelled are a contact, whatever they targeted
        "Ukraine's General Staff reported that its forces repelled 19 Russian attacks targeting three "
        "settlements on the Huliaipole front.",
    ],
)
def test_no_advance_retreat_or_strike_in(text: str) -> None:
    assert not {e for e in seen(text) if e[0] != "contact"}


def test_moscow_that_steps_up_its_attacks_is_the_government() -> None:
    text = (
        "The largest power plant in Ukraine's Kyiv region was destroyed in a Russian missile attack on "
        "Thursday as Moscow steps up its attacks on the energy system."
    )
    assert ("strike", "RU", "Moscow") not in seen(text, published=date(2024, 4, 11))


def test_a_village_struck_with_its_bridge_is_struck_too_and_the_weapon_says_by_whom() -> None:
    text = (
        "The Russian-appointed governor of the Kherson region claims that the attack on the Chongar bridge "
        "and the village of Chongar was carried out using Storm Shadow missiles."
    )
    assert seen(text, published=date(2023, 8, 6)) == {
        ("bridge_strike", "UA", "Chonhar Bridge"),
        ("strike", "UA", "Chonhar"),
    }


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("An Iskander missile hit an apartment block in Kramatorsk overnight.", "RU"),
        ("Guided aerial bombs hit the village of Kupiansk-Vuzlovyi.", "RU"),
        ("ATACMS missiles struck an air base near Berdiansk, occupation officials said.", "UA"),
    ],
)
def test_a_weapon_only_one_side_fires_names_the_side(text: str, side: str) -> None:
    assert {actor for kind, actor, _ in seen(text) if kind == "strike"} == {side}


def test_what_a_side_was_able_to_liberate_in_its_own_quoted_words_it_took() -> None:
    text = 'He said that Russian forces were able to "liberate Staromayorskoye on June 10."'
    assert ("advance", "RU", "Staromaiorske") in seen(text, published=date(2024, 7, 15))


def test_an_incident_captured_in_a_video_is_filmed_not_taken() -> None:
    assert (
        seen("The incident was captured in a video released by the military near the Kakhovka dam.") == set()
    )


def test_a_sides_possessive_owns_its_seizure() -> None:
    text = (
        "One of the aims of Ukraine's seizure of territory in Russia's Kursk region"
        " is to draw Russian forces away."
    )
    assert ("advance", "UA", "Kursk Oblast") in seen(text, published=date(2024, 8, 20))
