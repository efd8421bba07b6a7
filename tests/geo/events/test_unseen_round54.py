"""Round 54 of unseen reporting: the General Staff's lists of 2022 that follow a count of places ("more than
thirty settlements were damaged by fire. In particular, X, Y"), a fire in a town during a night of Russian
drones, and the separatists' and OSCE's words for fire on the line of 2014-2022."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

OCTOBER_2022 = date(2022, 10, 9)


def test_settlements_damaged_by_fire_then_named_in_particular(seen: Seen) -> None:
    text = (
        "At night, the Russian occupiers struck the residential buildings of Zaporizhzhia. In addition, more "
        "than thirty settlements were damaged by fire. In particular, Kharkiv, Chasiv Yar, Nikopol and "
        "Davydiv Brid."
    )
    assert seen(text, published=OCTOBER_2022) == {
        ("strike", "RU", "Zaporizhzhia"),
        ("strike", "RU", "Kharkiv"),
        ("strike", "RU", "Chasiv Yar"),
        ("strike", "RU", "Nikopol"),
        ("strike", "RU", "Davydiv Brid"),
    }
    # (a house "damaged by a fire" is a blaze, not the enemy's fire)
    assert seen("A house in Nikopol was damaged by a fire on Sunday.", published=OCTOBER_2022) == set()


def test_settlements_affected_by_the_attack_then_named(seen: Seen) -> None:
    # the count's sentence has its trigger only because the sentence before told of fire
    text = (
        "On October 10, the occupiers launched a massive missile attack on Ukraine, firing more than 80 "
        "missiles. As a result, the infrastructure and civilians of more than 20 settlements were affected. "
        "These are, in particular, Lviv, Rivne and Ternopil."
    )
    assert seen(text, published=date(2022, 10, 17)) == {
        ("strike", "RU", "Lviv"),
        ("strike", "RU", "Rivne"),
        ("strike", "RU", "Ternopil"),
    }


def test_a_fire_in_a_town_under_a_round_up_of_russian_fire(seen: Seen) -> None:
    text = "Russia attacked Kyiv with drones overnight. In Bucha, a fire broke out in a residential building."
    assert seen(text, published=date(2023, 5, 30)) == {("strike", "RU", "Kyiv"), ("strike", "RU", "Bucha")}


def test_fire_reported_in_the_area_of_a_village(seen: Seen) -> None:
    text = "Pro-Russian rebels shelled the suburbs of Avdiivka. Heavy fire was reported in the area of Pisky."
    assert seen(text, published=date(2017, 4, 26)) == {
        ("strike", "RU", "Avdiivka"),
        ("strike", "RU", "Pisky"),
    }
    # (a blaze reported is no fire of war)
    assert seen("A fire was reported in the area of Pisky.", published=date(2017, 4, 26)) == set()


def test_the_victims_of_fire_in_a_town(seen: Seen) -> None:
    text = "The number of victims of enemy missile fire in Vyshgorod, Kyiv region, has increased to five."
    assert seen(text, published=date(2022, 11, 24)) == {("strike", "RU", "Vyshhorod")}


def test_the_strikes_a_mayor_counts_in_his_city(seen: Seen) -> None:
    text = (
        "Oleksandr Honcharenko, the mayor of Kramatorsk, said that early Monday, there had been four strikes "
        "on an industrial zone in the city."
    )
    assert seen(text, published=date(2022, 8, 1)) == {("strike", "RU", "Kramatorsk")}


def test_rounds_fired_toward_a_town(seen: Seen) -> None:
    text = (
        "Ukrainian forces earlier on Saturday fired six rounds with a multiple launch rocket system toward "
        "Makeyevka."
    )
    assert seen(text, published=date(2023, 1, 7)) == {("strike", "UA", "Makiivka")}


def test_one_side_fire_before_a_blast_only_when_one_side_fired(seen: Seen) -> None:
    # a round-up of Russia's fire goes on with an explosion in a town Ukraine holds: that fire's
    text = "Russian drones attacked Kharkiv overnight. In Izium, a man was injured by an explosion."
    assert seen(text, published=date(2024, 3, 2)) == {("strike", "RU", "Kharkiv"), ("strike", "RU", "Izium")}


def test_an_onslaught_damaging_facilities_in_towns(seen: Seen) -> None:
    text = (
        "On May 19 and 20, Russia intensified its onslaught, damaging civilian facilities in Dnipropetrovsk, "
        "Mykolayiv and Kharkiv."
    )
    assert seen(text, published=date(2022, 5, 21)) == {
        ("strike", "RU", "Dnipro"),
        ("strike", "RU", "Mykolaiv"),
        ("strike", "RU", "Kharkiv"),
    }


def test_an_attack_a_side_admitted_to(seen: Seen) -> None:
    text = "Kyiv admitted to attacking an ammunition depot in Russia near Ostrogozhsk in the Voronezh region."
    assert seen(text, published=date(2024, 8, 24)) == {("strike", "UA", "Ostrogozhsk")}


def test_a_barrage_of_rockets_and_one_fought_off(seen: Seen) -> None:
    text = "A Ukrainian barrage of rockets left the Russian-occupied town of Nova Kakhovka without power."
    assert seen(text, published=date(2022, 8, 30)) == {("strike", "UA", "Nova Kakhovka")}
    # (the defender fought it off: the drones are still Russia's)
    text = "The strikes come a day after Ukraine fought off a barrage of Russian drones in the Odesa region."
    assert seen(text, published=date(2023, 8, 1)) == {("strike", "RU", "Odesa Oblast")}


def test_a_headline_of_a_checkpoint_under_fire(seen: Seen) -> None:
    assert seen("Checkpoint Izvarino under heavy fire.", published=date(2014, 6, 27)) == {
        ("strike", "unknown", "Izvaryne")
    }


def test_hangars_at_an_air_base_named_after_its_town(seen: Seen) -> None:
    text = "Satellite images show two hangars at Borisoglebsk Air Base had been struck by Ukrainian drones."
    assert seen(text, published=date(2024, 8, 15)) == {("strike", "UA", "Borisoglebsk")}


def test_missiles_against_an_occupied_town_are_no_taking(seen: Seen) -> None:
    text = (
        "Ukrainian forces allegedly launched two missiles against occupied Skadovsk in the Russian-held part "
        "of Kherson Oblast on Nov. 9."
    )
    assert seen(text, published=date(2023, 11, 10)) == {("strike", "UA", "Skadovsk")}
    # (the taking itself still is one)
    assert seen("Russian troops occupied Skadovsk on March 5.", published=date(2022, 3, 6)) == {
        ("advance", "RU", "Skadovsk")
    }


def test_oblasts_that_suffered_after_a_night_of_missiles(seen: Seen) -> None:
    text = "Russia fired 25 missiles from Belarus. Chernihiv, Kyiv and Zhytomyr regions suffered."
    assert seen(text, published=date(2022, 7, 28)) == {
        ("strike", "RU", "Chernihiv Oblast"),
        ("strike", "RU", "Kyiv Oblast"),
        ("strike", "RU", "Zhytomyr Oblast"),
    }


def test_a_village_returned_under_control_and_a_town_cleaned_of_invaders(seen: Seen) -> None:
    text = (
        "On June 26, fighters of the 31st brigade returned the village of Rivnopil in the Donetsk region "
        "under Ukrainian control."
    )
    assert ("advance", "UA", "Rivnopil") in seen(text, published=date(2023, 6, 28))
    text = "On 26 March, the Ukrainian Army cleaned Trostianets from Russian invaders."
    assert seen(text, published=date(2023, 3, 26)) == {("advance", "UA", "Trostyanets")}
    text = "Russia's 4th Guards Tank Division rolled into Trostyanets on the second day of the war."
    assert seen(text, published=date(2022, 3, 29)) == {("advance", "RU", "Trostyanets")}


def test_communities_of_a_two_word_district_covered_with_rockets(seen: Seen) -> None:
    # the Kryvyi Rih district's Shyroke ("Shyrokivska": the e of its name an iv), not a Shyroke elsewhere;
    # Pavlohrad's Mezhyrich ("Mezhyrytska": its ch a ts)
    text = (
        "In the Kryvyi Rih district, the enemy covered the Karpivska and Shyrokivska communities with "
        '"Hurricanes".'
    )
    assert seen(text, published=date(2022, 8, 4)) == {
        ("strike", "RU", "Karpivka"),
        ("strike", "RU", "Shyroke"),
    }
    text = "Russia shelled the Pavlohrad district at night. In the Mezhyrytska community, a school was hit."
    assert ("strike", "RU", "Mezhyrich") in seen(text, published=date(2023, 5, 1))


def test_a_loud_noise_in_communities_and_a_town_under_fire_by_a_side(seen: Seen) -> None:
    # a regional official's word for the blasts of an attack; Pokrovske's community by Marhanets, not the
    # town of Pokrovsk 170 km off ("territorial" between the list and its noun)
    text = (
        "Russia attacked the Nikopol district. There was a loud noise in the Marganets and Pokrovsk "
        "territorial communities."
    )
    assert seen(text, published=date(2025, 7, 23)) == {
        ("strike", "RU", "Nikopol Raion"),  # (the raion since round 76)
        ("strike", "RU", "Marhanets"),
        ("strike", "RU", "Pokrovske"),
    }
    text = (
        "The Russian-controlled city of Polohy is under fire by Ukrainian forces, a pro-Moscow official said"
    )
    assert seen(text, published=date(2023, 6, 26)) == {("strike", "UA", "Polohy")}
    assert seen("The minister is under fire from critics in Kyiv.", published=date(2023, 6, 26)) == set()


def test_a_bridge_reported_destroyed_and_fire_aimed_at_villages(seen: Seen) -> None:
    text = (
        "Today, Russian publications reported the destruction of a bridge over the Seym River in the area "
        "of the settlement of Glushkovo, Kursk region."
    )
    assert seen(text, published=date(2024, 8, 16)) == {("bridge_strike", "UA", "Glushkovo")}
    text = "The militants had fired in the direction of Marinka and the village of Krasnohorivka."
    assert seen(text, published=date(2015, 6, 3)) == {
        ("strike", "RU", "Marinka"),
        ("strike", "RU", "Krasnohorivka"),
    }
    text = "The village of Krasnohorivka also became a target for the artillery."
    assert seen(text, published=date(2015, 6, 4)) == {("strike", "RU", "Krasnohorivka")}


def test_a_speakers_own_missile_forces(seen: Seen) -> None:
    text = "Ukraine's military said its missile forces struck the Saky air base, which Russia uses in Crimea."
    assert seen(text, published=date(2024, 7, 30)) == {("strike", "UA", "Saki")}


def test_a_projectile_that_hit_a_building_in_a_village(seen: Seen) -> None:
    text = "In nearby Zamostye village, a projectile hit a kindergarten and caused a fire, Gladkov said."
    assert {(kind, place) for kind, _, place in seen(text, published=date(2023, 5, 23))} == {
        ("strike", "Zamostye")
    }


def test_a_flag_returned_and_equipment_smashed(seen: Seen) -> None:
    text = "Thanks to the 14th brigade, the Ukrainian flag returned to Balakliia, Kharkiv region."
    assert seen(text, published=date(2022, 9, 11)) == {("advance", "UA", "Balakliia")}
    text = "A cluster of military equipment was smashed in Chornobayivka yesterday, he added."
    assert {(kind, place) for kind, _, place in seen(text, published=date(2022, 7, 8))} == {
        ("strike", "Chornobaivka")
    }
