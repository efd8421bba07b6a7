"""Round 49 of unseen reporting: a plant named after its town is at the town, whatever region locates both
("the Ladyzhyn thermal power plant in the Vinnytsia region was hit in Russia's overnight strike"); the
town where explosions in an oblast were registered is where they were; missiles that set off a blast are
no planted bomb; positions restored near a village are ground taken back; "the city" after an oblast is a
town of that oblast, and no hamlet; debris of a downed drone is the drone's side's attack. No events:
an advance "in eastern Ukraine", forces "attacking close to" a town (a contact), an area taken "under
fire control", soldiers who surrender as prisoners."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_plant_named_after_its_town_is_at_the_town_whatever_region_follows(seen: Seen) -> None:
    text = (
        "KYIV, March 22. The Ladyzhyn thermal power plant in the Vinnytsia region in central Ukraine, one "
        "of the largest in the country, was hit in Russia's overnight strike, the operator said."
    )
    assert seen(text, published=date(2024, 3, 22)) == {("strike", "RU", "Ladyzhyn")}


def test_a_strike_a_sides_possessive_names_is_military_fire(seen: Seen) -> None:
    text = "A substation in Kremenchuk was hit in Russia's latest strike, the regional governor said."
    assert seen(text, published=date(2024, 3, 22)) == {("strike", "RU", "Kremenchuk")}


def test_explosions_in_an_oblast_are_at_the_town_where_they_were_registered(seen: Seen) -> None:
    text = "Explosions in the Lviv Region were registered in the town of Stryi, the agency said."
    assert seen(text, published=date(2024, 4, 27)) == {("strike", "RU", "Stryi")}


def test_a_detonation_set_off_by_missiles_is_fire_on_ground_russia_never_held(seen: Seen) -> None:
    text = "Four missiles hit Pavlohrad, followed by a powerful subsequent detonation at an industrial site."
    assert seen(text, published=date(2024, 4, 27)) == {("strike", "RU", "Pavlohrad")}


def test_a_bomb_planted_stays_for_a_probe_to_say(seen: Seen) -> None:
    text = "An improvised explosive device detonated near a police station in Poltava on Tuesday."
    assert {e[1] for e in seen(text, published=date(2024, 4, 27))} <= {"unknown"}


def test_an_advance_in_eastern_ukraine_is_at_no_place_of_the_sentence(seen: Seen) -> None:
    text = "Siversk has become a battleground as Russian forces continue their advance in eastern Ukraine."
    assert {e for e in seen(text, published=date(2024, 10, 16)) if e[0] == "advance"} == set()


def test_a_capture_in_eastern_ukraine_is_still_at_its_town(seen: Seen) -> None:
    text = "Russian forces captured Selydove in eastern Ukraine, the ministry said."
    assert seen(text, published=date(2024, 10, 30)) == {("advance", "RU", "Selydove")}


def test_forces_attacking_close_to_a_town_are_in_contact_not_firing(seen: Seen) -> None:
    text = (
        "Kyiv has not confirmed the loss of Toretsk, saying only that Russian forces are attacking close "
        "to the town and in other areas."
    )
    found = seen(text, types=("strike", "contact"), published=date(2024, 8, 20))
    assert {e[0] for e in found} == {"contact"}


def test_drones_attacking_a_city_are_still_fire(seen: Seen) -> None:
    text = "Russian drones were attacking Kharkiv for the third night in a row, the mayor said."
    assert seen(text, published=date(2024, 8, 20)) == {("strike", "RU", "Kharkiv")}


def test_positions_restored_near_a_village_are_ground_taken_back(seen: Seen) -> None:
    text = "According to DeepState, Ukrainian forces restored positions near Pishchane in Kharkiv Oblast."
    assert seen(text, published=date(2024, 12, 16)) == {("advance", "UA", "Pishchane")}


def test_positions_restored_with_no_forces_named_are_no_advance(seen: Seen) -> None:
    text = "Power lines were restored near Pishchane in Kharkiv Oblast on Monday."
    assert seen(text, published=date(2024, 12, 16)) == set()


def test_the_city_after_an_oblast_is_no_town_of_another_oblast(seen: Seen) -> None:
    text = (
        "Russian forces captured central areas of Kurakhove. Russia has intensified its offensive in "
        "Kharkiv Oblast, launching missile attacks targeting the city and surrounding areas."
    )
    found = seen(text, published=date(2024, 12, 16))
    assert ("strike", "RU", "Kurakhove") not in found
    assert ("strike", "RU", "Kharkiv Oblast") in found


def test_the_city_is_no_hamlet_named_before(seen: Seen) -> None:
    text = (
        "Ukrainian troops pushed Russian forces out of the forest near Pishchane. Russia launched missile "
        "attacks targeting the city overnight."
    )
    assert ("strike", "RU", "Pishchane") not in seen(text, published=date(2024, 12, 16))


def test_the_city_may_be_a_small_town(seen: Seen) -> None:
    text = (
        "Ukrainian defenders said Rodynske in Donetsk region is under their control. The invaders hold "
        "only a few infantrymen who entered the outskirts of the city."
    )
    assert ("advance", "RU", "Rodynske") in seen(text, published=date(2025, 10, 24))


def test_an_area_taken_under_fire_control_is_not_taken(seen: Seen) -> None:
    text = (
        "Ukrainian units fought near Lyubimovka in the Kursk region. We have taken this area under fire "
        "control, the commander said."
    )
    assert {e for e in seen(text, published=date(2024, 8, 20)) if e[0] == "advance"} == set()


def test_soldiers_surrendering_as_prisoners_give_up_no_ground(seen: Seen) -> None:
    text = "Many of them surrender as prisoners, say soldiers rotating through the Sumy region."
    assert seen(text, published=date(2024, 8, 20)) == set()


def test_a_garrison_that_surrendered_gave_up_its_town(seen: Seen) -> None:
    text = "The Ukrainian garrison in Mariupol surrendered after weeks of siege."
    assert ("retreat", "UA", "Mariupol") in seen(text, published=date(2022, 5, 20))


def test_debris_of_a_downed_drone_is_the_drones_sides_attack(seen: Seen) -> None:
    text = (
        "Two residents were wounded when debris from a destroyed Ukrainian drone fell in the city of "
        "Kursk, the governor said."
    )
    assert seen(text, published=date(2025, 7, 10)) == {("strike", "UA", "Kursk")}


def test_a_side_accused_of_attacking_a_town_is_its_claimed_striker(seen: Seen) -> None:
    text = "Russian officials have accused Ukraine of attacking Shebekino overnight."
    assert seen(text, published=date(2023, 6, 23)) == {("strike", "UA", "Shebekino")}


def test_what_was_among_the_targets_was_struck(seen: Seen) -> None:
    text = (
        "Russia launched a massive missile attack on the power grid overnight. Among the targets was the "
        "country's largest dam – the Kakhovka dam on the Dnipro."
    )
    assert ("bridge_strike", "RU", "Kakhovka Dam") in seen(text, published=date(2022, 10, 20))


def test_a_blow_is_the_translated_word_for_a_strike(seen: Seen) -> None:
    text = '"A blow to a Zaporizhzhia infrastructure facility," the head of the region wrote at night.'
    assert seen(text, published=date(2024, 3, 22)) == {("strike", "RU", "Zaporizhzhia")}


def test_a_blow_to_hopes_is_no_strike(seen: Seen) -> None:
    text = "The loss was a heavy blow to Kharkiv's hopes of a quick recovery, the mayor said."
    assert seen(text, published=date(2024, 3, 22)) == set()


def test_forces_and_their_verb_parted_by_a_time(seen: Seen) -> None:
    text = "Russian forces earlier this month thrust into the Sumy region near the border."
    assert seen(text, published=date(2025, 3, 25)) == {("advance", "RU", "Sumy Oblast")}


def test_what_the_ruin_of_a_town_allowed_a_side_to_do_was_done(seen: Seen) -> None:
    text = (
        "There are no intact buildings left in Chasiv Yar, allowing Russia to occupy new areas of the "
        "town, a spokesperson said."
    )
    assert seen(text, published=date(2024, 10, 16)) == {("advance", "RU", "Chasiv Yar")}


def test_what_a_taking_would_allow_is_not_done(seen: Seen) -> None:
    text = "Taking Chasiv Yar would allow Russia to capture Kostiantynivka, analysts said."
    assert ("advance", "RU", "Kostiantynivka") not in seen(text, published=date(2024, 10, 16))


def test_an_attack_by_one_drone_is_an_attack(seen: Seen) -> None:
    text = "As a result of an attack by a Ukrainian UAV in Sudzha, an oil tank caught fire, officials said."
    assert seen(text, published=date(2024, 2, 15)) == {("strike", "UA", "Sudzha")}


def test_an_attack_on_a_small_russian_town_of_the_war_names_the_town(seen: Seen) -> None:
    text = "A Ukrainian drone attack on Sudzha injured two people, the governor said."
    assert seen(text, published=date(2024, 2, 15)) == {("strike", "UA", "Sudzha")}


def test_a_drone_crash_that_set_a_fire_is_a_strike(seen: Seen) -> None:
    text = "As a result of a UAV crash, a fire occurred at a chemical plant in Novomoskovsk, officials said."
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "UA", "Novomoskovsk")}


def test_a_microdistrict_on_one_side_of_a_town_is_in_the_town(seen: Seen) -> None:
    text = (
        "Ukrainian forces have taken control of the Zaliznychnyi microdistrict in the southeast of "
        "Kupiansk, analysts said."
    )
    assert seen(text, published=date(2025, 11, 20)) == {("advance", "UA", "Kupiansk")}


def test_the_loss_of_a_sides_own_positions_is_its_withdrawal(seen: Seen) -> None:
    text = "Ukrainian soldiers have confirmed the loss of all their positions in the Serebryanskoye forestry."
    assert seen(text, published=date(2024, 6, 10)) == {("retreat", "UA", "Serebrianskyi Forest")}


def test_a_district_by_its_vernacular_name_is_at_its_seat(seen: Seen) -> None:
    text = "At night the Russian army struck Synelnykivshchyna with drones, the regional head said."
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "RU", "Synelnykove Raion")}  # (round 76)


def test_an_oblast_that_suffered_the_largest_attack(seen: Seen) -> None:
    text = 'The governor said that Volyn Oblast had suffered "the largest attack of the war" overnight.'
    assert seen(text, published=date(2024, 8, 26)) == {("strike", "RU", "Volyn Oblast")}


def test_the_region_of_an_officials_title_is_where_the_fire_was(seen: Seen) -> None:
    text = (
        "Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, said that the Russians had "
        "attacked energy facilities in the region."
    )
    assert seen(text, published=date(2024, 8, 26)) == {("strike", "RU", "Zaporizhzhia Oblast")}


def test_fire_a_governor_of_an_office_reports_is_in_the_oblast(seen: Seen) -> None:
    text = (
        "The Governor of the Rivne Regional State Administration, Oleksandr Koval, reported that a Russian "
        "missile struck an energy facility, igniting a fire."
    )
    assert seen(text, published=date(2024, 8, 26)) == {("strike", "RU", "Rivne Oblast")}


def test_strikes_observed_in_an_occupied_town_are_ukraines(seen: Seen) -> None:
    text = "Strikes have been observed in the temporarily Russian-occupied city of Melitopol on Tuesday."
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "UA", "Melitopol")}


def test_a_claim_spanning_two_fronts_keeps_its_one_town_of_the_name(seen: Seen) -> None:
    text = "The ministry claimed the capture of Huliaipole, Myrnohrad, Rodynske and Stepnohirsk."
    assert "Hulyaypole" in {place for _, _, place in seen(text, published=date(2025, 12, 1))}


def test_a_military_bodys_report_of_a_capture_is_its_sides(seen: Seen) -> None:
    text = "The Russian defense ministry reported the capture of Myrnohrad and Rodynske."
    found = seen(text, published=date(2025, 12, 1))
    assert found == {("advance", "RU", "Myrnohrad"), ("advance", "RU", "Rodynske")}


def test_a_monitors_report_of_a_capture_names_no_side(seen: Seen) -> None:
    text = "DeepState reported the capture of Myrnohrad."
    assert {e[1] for e in seen(text, published=date(2025, 12, 1))} == {"unknown"}


def test_collaborators_fleeing_towns_are_no_retreat(seen: Seen) -> None:
    text = 'Quote: "Collaborators from Svatove and Kreminna are fleeing to other settlements in the oblast.'
    assert seen(text, published=date(2022, 10, 1)) == set()


def test_troops_fleeing_towns_are_a_retreat(seen: Seen) -> None:
    text = "Russian troops from Svatove and Kreminna are fleeing to Starobilsk."
    found = seen(text, published=date(2022, 10, 1))
    assert {("retreat", "RU", "Svatove"), ("retreat", "RU", "Kreminna")} <= found


def test_a_community_by_its_adjectives_stem_is_at_its_seat(seen: Seen) -> None:
    text = "The Russian army attacked the Mezhivsk community of the Synelnykove district with FPV drones."
    assert seen(text, published=date(2025, 4, 26)) == {("strike", "RU", "Mezhova")}


def test_a_side_named_before_a_colon_leaves_the_explosions_after_it_unclaimed(seen: Seen) -> None:
    text = (
        "The Russian Black Sea Fleet is also feeling uneasy outside Crimea: explosions were heard last "
        "night in Tuapse, Krasnodar Territory."
    )
    assert seen(text, published=date(2023, 8, 5)) == {("strike", "UA", "Tuapse")}


def test_a_quote_that_opens_at_the_verb_keeps_its_forces(seen: Seen) -> None:
    text = 'The Ukrainian forces "had a partial success in the area of Klishchiivka", the General Staff said.'
    assert seen(text, published=date(2023, 9, 12)) == {("advance", "UA", "Klishchiivka")}


def test_a_side_that_routed_the_other_in_a_region_advanced_there(seen: Seen) -> None:
    text = "Fighting went on after Ukraine routed Russian forces in the nearby Kharkiv region this month."
    assert seen(text, published=date(2022, 9, 30)) == {("advance", "UA", "Kharkiv Oblast")}


def test_a_port_that_was_hit_was_struck(seen: Seen) -> None:
    text = "Russia's largest Black Sea oil port, Novorossiysk, was hit overnight."
    assert seen(text, published=date(2024, 5, 17)) == {("strike", "UA", "Novorossiysk")}


def test_a_fire_an_attack_set_is_the_attacks_strike(seen: Seen) -> None:
    text = "As a result of the attack, a fire broke out at the oil depot in Tambov region, the governor said."
    assert seen(text, published=date(2025, 3, 10)) == {("strike", "UA", "Tambov Oblast")}


def test_a_fire_alone_is_no_strike(seen: Seen) -> None:
    text = "A fire broke out at a military enlistment office in Kharkiv on Monday."
    assert seen(text, published=date(2025, 3, 10)) == set()


def test_an_assault_on_a_country_is_at_no_place_of_the_sentence(seen: Seen) -> None:
    text = "Oleshky had about 20,000 people before Moscow launched its military assault on Ukraine in 2022."
    assert {e for e in seen(text, published=date(2024, 6, 10)) if e[0] == "advance"} == set()


def test_the_country_a_side_invaded_is_not_who_seized_the_town_after_it(seen: Seen) -> None:
    text = "Russia invaded Ukraine in February 2022, seizing Kherson within days."
    assert ("advance", "RU", "Kherson") in seen(text, published=date(2024, 6, 10))


def test_the_country_a_side_attacked_is_not_who_hit_the_towns_after_it(seen: Seen) -> None:
    text = "Russia attacked Ukraine with 100 drones overnight, hitting Kharkiv and Odesa."
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "RU", "Kharkiv"), ("strike", "RU", "Odesa")}


def test_partisans_who_blew_up_a_military_train_struck_there(seen: Seen) -> None:
    text = "Partisans blew up a Russian military train near Tokmak, Ukrainian intelligence said."
    assert seen(text, published=date(2024, 6, 10)) == {("strike", "UA", "Tokmak")}


def test_a_car_that_blew_up_is_no_strike(seen: Seen) -> None:
    assert seen("The car blew up near a cafe in Melitopol.", published=date(2024, 6, 10)) == set()


def test_drones_launched_at_regions_struck_them(seen: Seen) -> None:
    text = "The Air Force said it downed 45 of 60 Shahed drones launched overnight at Kyiv and Odesa regions."
    found = seen(text, published=date(2024, 6, 10))
    assert found == {("strike", "RU", "Kyiv Oblast"), ("strike", "RU", "Odesa Oblast")}


def test_a_side_regrouping_troops_within_a_sector_left_nothing(seen: Seen) -> None:
    text = "According to the General Staff, the Russian army is regrouping troops in the Lyman direction."
    assert seen(text, published=date(2022, 9, 10)) == set()


def test_russian_fuel_tankers_destroyed_near_a_village_were_struck_by_ukraine(seen: Seen) -> None:
    text = (
        "During the night, Ukraine's artillery struck Russian positions and military equipment. In addition, "
        "it is reported that six Russian fuel tankers were destroyed near Novovasylivka, Mykolaiv Oblast."
    )
    assert ("strike", "UA", "Novovasylivka") in seen(text, published=date(2022, 11, 2))


def test_the_town_after_a_governors_title_is_not_the_city_of_the_title(seen: Seen) -> None:
    text = (
        "Ukrainian forces shelled Grayvoron overnight. According to Vyacheslav Gladkov, the governor of "
        "Belgorod, eight people were hurt by Ukrainian artillery fire that was directed at the town."
    )
    assert ("strike", "UA", "Belgorod") not in seen(text, published=date(2023, 5, 23))


def test_a_brigade_that_said_it_had_cleared_a_village_took_it(seen: Seen) -> None:
    text = "Ukraine's 3rd Assault Brigade said it had cleared the village of Klishchiivka of Russian troops."
    assert seen(text, published=date(2023, 9, 18)) == {("advance", "UA", "Klishchiivka")}
