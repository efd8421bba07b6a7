"""Round 34 of reading unseen reporting: a gain told of a village the sentence does not name, a
liberation the side "was recently able to" make, the latest town to fall, a list that goes on past
what its first item is, strikes at the enemy's manpower in named towns, positions established in a
village, a tricolour flying over one, and an order to withdraw that was received."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def _events(text: str, published: date = date(2025, 11, 3)) -> set[tuple[str, str, str]]:
    article = read_text(text, published=published)
    return {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}


def test_a_gain_of_an_unnamed_village_is_the_named_one_not_its_oblast() -> None:
    text = (
        "On Monday, Russia announced that it had seized control of another village located in Ukraine's "
        "eastern Donetsk region, where fierce fighting persists.\n\nThe Defence Ministry said its forces "
        "had captured the village of Molodetske."
    )
    assert _events(text) == {("advance", "RU", "Molodetske")}


def test_a_gain_of_many_settlements_keeps_its_oblast() -> None:
    text = (
        "Zelensky said the army had recaptured 30 settlements in the Kharkiv region.\n\n"
        "Ukrainian troops also liberated Balakliia."
    )
    assert ("advance", "UA", "Kharkiv Oblast") in _events(text, date(2022, 9, 9))


def test_an_adverb_between_were_and_able_keeps_the_liberation_done(seen: Seen) -> None:
    text = "Analysts say Ukrainian forces were recently able to liberate Rodynske, north of Pokrovsk."
    assert ("advance", "UA", "Rodynske") in seen(text)


def test_the_latest_town_to_fall_to_a_side_fell_to_it(seen: Seen) -> None:
    text = (
        "Marinka, a town Ukrainian troops held for months, is the latest settlement to fall to Russian "
        "forces."
    )
    assert seen(text) == {("advance", "RU", "Marinka")}


def test_the_next_town_to_fall_has_not_fallen(seen: Seen) -> None:
    assert not seen("Analysts warn that Pokrovsk could be the next city to fall to Russian forces.")


def test_a_list_goes_on_past_what_its_first_item_is(seen: Seen) -> None:
    text = (
        "The Kremlin said Russian forces had captured the city of Pokrovsk, a major logistical hub, as well "
        "as Vovchansk."
    )
    assert seen(text) == {("advance", "RU", "Pokrovsk"), ("advance", "RU", "Vovchansk")}


def test_strikes_on_enemy_manpower_in_towns_are_strikes_there(seen: Seen) -> None:
    text = (
        '"The strikes were against the accumulation of enemy manpower and equipment in Kadiivka and '
        'Alchevsk," the Ukrainian spokesman explained.'
    )
    assert seen(text) == {("strike", "UA", "Kadiyivka"), ("strike", "UA", "Alchevsk")}


def test_a_side_that_established_positions_in_a_village_advanced_there(seen: Seen) -> None:
    text = "Russian forces have established positions in the village of Ocheretyne in the Donetsk region."
    assert seen(text) == {("advance", "RU", "Ocheretyne")}


def test_new_defensive_positions_are_no_advance(seen: Seen) -> None:
    assert not seen("Ukrainian troops established new defensive positions west of Berdychi.")


def test_a_tricolour_flying_over_a_village_is_its_side_s_gain(seen: Seen) -> None:
    text = (
        "The Russian tricolor now flies over the village of Novoselivka in Donetsk Oblast, the ministry "
        "said."
    )
    assert seen(text) == {("advance", "RU", "Novoselivka")}


def test_an_order_to_withdraw_given_is_a_withdrawal(seen: Seen) -> None:
    text = "Ukrainian military forces in Sievierodonetsk had received the order to withdraw, Haidai said."
    assert seen(text) == {("retreat", "UA", "Sievierodonetsk")}


def test_the_surrender_of_a_side_s_last_fighters_is_that_side_s_retreat(seen: Seen) -> None:
    text = (
        "Moscow announced on Friday the surrender of the last Ukrainian fighters in the Azovstal "
        "steelworks in Mariupol."
    )
    assert ("retreat", "UA", "Azovstal") in seen(text)
    assert not {e for e in seen(text) if e[1] == "RU" and e[0] == "retreat"}


def test_an_attack_that_has_taken_longer_took_no_place(seen: Seen) -> None:
    text = (
        "Mariupol is the largest city seized by Russia since it invaded Ukraine in an offensive that has "
        "taken longer than analysts expected."
    )
    assert seen(text) == {("advance", "RU", "Mariupol")}


def test_a_capture_claimed_falsely_or_called_a_fake_is_no_event(seen: Seen) -> None:
    assert not seen("Russia falsely claimed to have seized Krynky in February.")
    assert not seen("Occupiers spread fake about capture of Synkivka")


def test_an_advance_a_side_works_to_prevent_has_not_happened(seen: Seen) -> None:
    text = (
        "In the Zaporizhzhia and Kherson directions, the occupiers are focusing their main efforts on "
        "preventing the further advance of Ukrainian troops."
    )
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_an_assault_that_continued_has_taken_nothing_yet(seen: Seen) -> None:
    text = "On Monday, the enemy continued to storm Bakhmut, which is held by Ukrainian defenders."
    assert not {e for e in seen(text) if e[0] == "advance"}
    assert seen("The Russians managed to storm Bakhmut.") == {("advance", "RU", "Bakhmut")}


def test_unclaimed_fire_on_a_besieged_town_before_it_fell_is_russia_s() -> None:
    text = "Mariupol came under heavy shelling again overnight, the city council said."
    assert _events(text, date(2022, 3, 5)) == {("strike", "RU", "Mariupol")}
    # (taken in May: fire there since is Ukraine's, as on the other towns Russia holds)
    assert _events(text, date(2022, 6, 5)) == {("strike", "UA", "Mariupol")}


def test_a_sentence_a_page_ran_into_the_next_without_a_space_is_two() -> None:
    text = (
        "The Ukrainian military has also lost up to 150 soldiers in the past day, the MoD concluded.This "
        "month's liberation of Avdiivka, along with Russian soldiers completely liberating Marinka in "
        "December, pushed the front back."
    )
    article = read_text(text, published=date(2024, 2, 25), url="https://sputnikglobe.com/20240225/pobeda.html")
    found = {(e.event_type, e.actor, e.place) for e in extract_events(article, load_gazetteer())}
    # (a Russian outlet's "liberation": Russia's, once the sentence is its own)
    assert found == {("advance", "RU", "Avdiivka"), ("advance", "RU", "Marinka")}


def test_russia_s_liberation_forces_and_ichkeria_s_volunteers_fight_for_ukraine(seen: Seen) -> None:
    text = (
        "Units of the Russian liberation forces, together with volunteers of the Chechen Republic of "
        "Ichkeria, entered the village of Tyotkino in the Kursk region."
    )
    assert seen(text) == {("advance", "UA", "Tëtkino")}


def test_a_push_told_done_towards_a_town_is_an_advance_near_it() -> None:
    # (round 34 reverses an earlier round's reading: "advanced towards the city of X", in the past and
    # with no place before the goal, is the advance near X that reports and their annotators map)
    text = (
        "Russia claimed another village in the Donetsk region as its forces advanced towards the city of "
        "Pokrovsk."
    )
    found = extract_events(read_text(text, published=date(2024, 8, 20)), load_gazetteer())
    [event] = [e for e in found if e.place == "Pokrovsk"]
    assert (event.event_type, event.actor, event.geo_precision) == ("advance", "RU", 2)


def test_a_push_that_goes_on_towards_a_town_took_nothing_there(seen: Seen) -> None:
    assert not seen("Russian forces began advancing towards Pokrovsk.")
    assert not seen("Ukrainian units kept advancing in the direction of Tokmak.")
    assert not seen("Russian forces advanced on Sievierodonetsk from four directions but were repelled.")


def test_a_control_gained_that_a_side_is_praised_for_was_gained(seen: Seen) -> None:
    text = (
        "Putin congratulated the Russian military for allegedly gaining full control over the town of "
        "Siversk."
    )
    assert seen(text) == {("advance", "RU", "Siversk")}
    assert not seen("The plan aims at gaining control over the town of Siversk.")


def test_a_village_claimed_back_was_retaken() -> None:
    text = "In September 2023 Ukrainian troops claimed back the village of Klishchiivka near Bakhmut."
    assert _events(text, date(2023, 9, 20)) == {("advance", "UA", "Klishchiivka")}


def test_places_taken_during_clashes_by_nobody_named_were_taken() -> None:
    text = "Avdiivka and Krasnohorivka were reportedly taken during heavy fighting, the monitors said."
    found = _events(text, date(2024, 10, 1))
    assert {(e[0], e[2]) for e in found} == {("advance", "Avdiivka"), ("advance", "Krasnohorivka")}


def test_people_taken_during_a_raid_are_no_place_taken(seen: Seen) -> None:
    assert not seen("In Kherson, two men were taken during the raid, police said.")


def test_every_place_of_a_listed_subject_fell(seen: Seen) -> None:
    found = seen("Avdiivka, Krasnohorivka and Vuhledar fell last year.")
    assert {e[2] for e in found} == {"Avdiivka", "Krasnohorivka", "Vuhledar"}
