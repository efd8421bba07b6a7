"""Round 37 of unseen reporting: an attack across the border into a region, the aim of a ground
offensive told with "targeting", troops stopped in a direction, a river crossed by a side named
before an aside, damage inflicted on troops, attacks counted on an axis or told by where they went,
demining, forces beaten in a campaign, and a bridge split in two while the capital "could still use"
pontoons."""

from __future__ import annotations

from collections.abc import Callable

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_cross_border_attack_into_a_region_is_ground_taken_there(seen: Seen) -> None:
    text = (
        "Moscow's advances in the east come as Ukraine mounts an unprecedented cross-border attack into "
        "Russia's Kursk region."
    )
    assert ("advance", "UA", "Kursk Oblast") in seen(text)


def test_an_attack_mounted_near_a_village_is_still_no_advance(seen: Seen) -> None:
    assert ("advance", "RU", "Robotyne") not in seen("Russian troops mounted an attack near Robotyne.")


def test_the_aim_of_a_ground_offensive_is_no_strike(seen: Seen) -> None:
    text = (
        "Russia launched a new offensive with a reported 30,000 troops on May 10, targeting Kharkiv Oblast, "
        "near the border."
    )
    found = seen(text)
    assert ("strike", "RU", "Kharkiv Oblast") not in found
    assert ("advance", "RU", "Kharkiv Oblast") in found


def test_missiles_targeting_a_city_during_an_offensive_are_fire(seen: Seen) -> None:
    text = "Russia pressed its offensive in the east, with missiles targeting Kharkiv on Sunday."
    assert ("strike", "RU", "Kharkiv") in seen(text)


def test_forces_deployed_for_an_attack_on_a_town_are_no_strike(seen: Seen) -> None:
    text = (
        "Fighting was raging around Vovchansk, with Russian forces deploying significant forces for its "
        "attack on the town."
    )
    assert ("strike", "RU", "Vovchansk") not in seen(text)


def test_troops_blocked_in_a_direction_lost_nothing(seen: Seen) -> None:
    text = "The Russian occupiers were completely blocked in the Kupiansk direction for almost a month."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_troops_blocked_in_a_town_were_cut_off_there(seen: Seen) -> None:
    assert ("advance", "RU", "Mariupol") in seen("Ukrainian troops were blocked in Mariupol.")


def test_a_side_named_before_an_aside_crossed_the_water_barrier(seen: Seen) -> None:
    text = (
        "Near the village of Novomlynsk, Kupiansk district, the Russians, having a numerical advantage, "
        "managed to cross the water barrier."
    )
    assert ("advance", "RU", "Novomlynsk") in seen(text)


def test_damage_inflicted_on_troops_is_no_strike_on_the_town(seen: Seen) -> None:
    text = (
        "Siversk remains under the fire control of the Defense Forces, which allows blocking the enemy's "
        "advance and inflicting damage on them."
    )
    assert not {e for e in seen(text) if e[0] == "strike"}


def test_attacks_counted_on_an_axis_are_ground_assaults(seen: Seen) -> None:
    text = "The General Staff reported 10 Russian attacks on the Kupiansk axis over the past day."
    assert not {e for e in seen(text) if e[0] == "strike"}


def test_an_attack_told_by_where_it_went_is_no_strike(seen: Seen) -> None:
    text = "The enemy attacked near Stroivka and Topoli, but all attacks were repelled by the defenders."
    assert not {e for e in seen(text) if e[0] == "strike"}


def test_drones_that_attacked_a_city_struck_it(seen: Seen) -> None:
    assert ("strike", "RU", "Kharkiv") in seen("Russian drones attacked Kharkiv overnight.")


def test_demining_is_no_fire(seen: Seen) -> None:
    text = (
        "Bomb disposal experts cleared 18 hectares of territory in the Kharkiv region and destroyed 219 "
        "explosive devices."
    )
    assert not {e for e in seen(text) if e[0] == "strike"}


def test_forces_that_had_been_defeated_retreated_and_were_not_struck(seen: Seen) -> None:
    text = (
        "Observers reported that Kyiv's forces, holding a salient in Russia's Kursk region, had been "
        "defeated and were retreating."
    )
    found = seen(text)
    assert ("retreat", "UA", "Kursk Oblast") in found
    assert not {e for e in found if e[0] == "strike"}


def test_a_bridge_split_in_two_is_the_town_s_bridge_not_the_capital_s(seen: Seen) -> None:
    text = (
        "Military bloggers acknowledged that the destruction of the first bridge, which spanned the Seim "
        "River near the town of Glushkovo, will impede supplies, although Moscow could still use pontoons. "
        "Ukraine's air force chief released a video on Friday of a Ukrainian airstrike that split the "
        "bridge in two."
    )
    found = seen(text)
    assert ("bridge_strike", "UA", "Glushkovo") in found
    assert not {e for e in found if e[2] == "Moscow"}


def test_a_dam_on_the_reservoir_is_the_dam_of_the_town_on_its_shore(seen: Seen) -> None:
    text = (
        "Russian troops now control territory to the north, east and south of Kurakhove, which lies on "
        "the shores of a reservoir. Earlier this week, Ukraine said Russian attacks damaged a dam on the "
        "reservoir."
    )
    assert ("bridge_strike", "RU", "Kurakhove") in seen(text)


def test_places_a_round_up_of_fire_says_were_affected_were_struck(seen: Seen) -> None:
    text = (
        "This night, the Russians shelled the Bakhmut district; in Bakhmut, twenty houses were damaged. "
        "Maryinka, Krasnohorivka and Avdiyivka were affected."
    )
    assert {("strike", "RU", "Marinka"), ("strike", "RU", "Avdiivka")} <= seen(text)


def test_places_affected_by_something_else_were_not(seen: Seen) -> None:
    text = "Russian shelling hit Bakhmut. Kostiantynivka and Druzhkivka were affected by power cuts."
    assert ("strike", "RU", "Druzhkivka") not in seen(text)


def test_the_defence_ministry_after_russia_said_speaks_for_russia(seen: Seen) -> None:
    text = (
        "Russia on Saturday said it had captured a new village in Ukraine's Dnipropetrovsk region. The "
        "defence ministry said its troops had seized the village of Novomykolaivka near the border with the "
        "Donetsk region. On Friday, Ukrainian President Volodymyr Zelensky said Kyiv would not cede land."
    )
    found = seen(text)
    assert ("advance", "RU", "Novomykolaivka") in found
    assert ("advance", "UA", "Novomykolaivka") not in found


def test_the_ministry_s_groupings_hold_control_and_secure(seen: Seen) -> None:
    text = (
        "The North grouping now controls most of Volchansk in Kharkov Region. In the Donetsk People's "
        "Republic, the South grouping holds parts of Konstantinovka and is clearing the central district."
    )
    assert {("advance", "RU", "Vovchansk"), ("advance", "RU", "Kostiantynivka")} <= seen(text)


def test_a_side_that_no_longer_holds_part_of_a_town_gained_nothing(seen: Seen) -> None:
    assert not seen("Ukrainian forces no longer hold parts of Sudzha.", ("advance",))


def test_a_state_then_its_end_in_one_sentence(seen: Seen) -> None:
    text = "The village of Andriivka was under Russian control in June 2025 and liberated in August."
    found = seen(text)
    assert ("advance", "UA", "Andriivka") in found
    assert ("advance", "RU", "Andriivka") not in found


def test_its_capture_claimed_after_a_withdrawal_is_the_village_s(seen: Seen) -> None:
    text = (
        "The Ukrainian army said on Monday it had withdrawn from the nearby village of Lastochkyne after "
        "Russia claimed its capture."
    )
    assert {("retreat", "UA", "Lastochkyne"), ("advance", "RU", "Lastochkyne")} <= seen(text)


def test_the_side_of_a_noun_pair_is_the_side_of_its_incursions(seen: Seen) -> None:
    text = (
        "Russian forces pressed on Siversk. On Nov. 25, Ukraine's open-source intelligence group DeepState "
        "reported a sharp increase in Russian attacks and incursions into the city's urban area."
    )
    found = seen(text, ("advance",))
    assert ("advance", "RU", "Siversk") in found
    assert ("advance", "UA", "Siversk") not in found


def test_a_sentence_that_opens_in_a_town_is_there_whatever_its_description_names(seen: Seen) -> None:
    text = (
        "In Kramatorsk, a city in eastern Ukraine's Donetsk province that is considered a likely occupation "
        "target of Russian forces, one person was killed in a Russian air raid on Monday that hit a "
        "five-story residential building."
    )
    found = seen(text)
    assert ("strike", "RU", "Kramatorsk") in found
    assert ("strike", "RU", "Donetsk Oblast") not in found


def test_fire_an_official_reports_with_no_other_place_is_in_the_oblast_of_the_title(seen: Seen) -> None:
    text = (
        'Voronezh region Governor Alexander Gusev said debris from one of the drones caused a '
        '"new fire" at a fuel depot.'
    )
    assert ("strike", "UA", "Voronezh Oblast") in seen(text)


def test_an_official_s_oblast_is_no_place_when_the_sentence_names_one(seen: Seen) -> None:
    text = "Kharkiv region Governor Oleh Syniehubov said a Russian drone hit a house in Kupiansk."
    found = seen(text)
    assert ("strike", "RU", "Kupiansk") in found
    assert ("strike", "RU", "Kharkiv Oblast") not in found


def test_a_list_of_places_that_suffered_from_aggression_was_struck(seen: Seen) -> None:
    text = (
        "Several localities in the Kherson region came under enemy fire yesterday. According to the "
        "information, Kherson, Antonivka, Beryslav and Bilozerka suffered from terrorist aggressions."
    )
    assert {("strike", "RU", "Antonivka"), ("strike", "RU", "Bilozerka")} <= seen(text)


def test_a_bridge_that_has_come_under_strikes_was_struck(seen: Seen) -> None:
    text = (
        "The key bridge linking Kherson's Ostrov district to the rest of the city has come under fresh "
        "Russian strikes."
    )
    assert ("bridge_strike", "RU", "Kherson") in seen(text)


def test_a_claim_s_adverb_in_quotes_still_tells_a_taking(seen: Seen) -> None:
    text = (
        "Sergei Shoigu claimed on Tuesday that the riverside village of Krynky, on the left bank of the "
        "Dnipro River in the Kherson region, is “completely” under Russian control."
    )
    assert ("advance", "RU", "Krynky") in seen(text)


def test_a_second_target_after_a_passive_verb_of_fire_was_hit_too(seen: Seen) -> None:
    text = (
        "Kovalenko said on Telegram that the oil refinery in Ryazan had been hit, as well as the Kremniy "
        "plant in Bryansk."
    )
    assert {("strike", "UA", "Ryazan’"), ("strike", "UA", "Bryansk")} <= seen(text)
