"""Round 38 of unseen reporting: the aim of a strike told after it ("the attack was directed against"),
its targets named as a noun, fire at a region in the present, a dam named long before it "came under
fire", and lists of oblasts and of villages a line each."""

from __future__ import annotations

from collections.abc import Callable

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_an_attack_directed_against_oblasts_strikes_each(seen: Seen) -> None:
    text = (
        "Russia launched a massive missile attack overnight. The attack was directed against energy "
        "infrastructure in the Kharkiv, Zaporizhzhia, Lviv, and Kyiv regions."
    )
    found = seen(text)
    assert {("strike", "RU", f"{o} Oblast") for o in ("Kharkiv", "Zaporizhzhia", "Lviv", "Kyiv")} <= found


def test_the_targets_of_a_strike_in_a_list_of_oblasts(seen: Seen) -> None:
    text = (
        "Russian forces launched a massive missile strike. The targets were electric substations in the "
        "Kiev, Vinnitsa, Nikolayev and Odessa regions."
    )
    assert ("strike", "RU", "Mykolaiv Oblast") in seen(text)
    assert ("strike", "RU", "Vinnytsia Oblast") in seen(text)


def test_troops_that_fire_at_a_region_strike_it(seen: Seen) -> None:
    text = (
        "According to Haidai, Russian troops continue to follow crawling tactics and fire at Luhansk Region "
        "with artillery and aviation."
    )
    assert ("strike", "RU", "Luhansk Oblast") in seen(text)


def test_a_dam_named_long_before_it_came_under_fire_is_struck(seen: Seen) -> None:
    text = (
        "The only other crossing is a dam at the hydroelectric power station of the town of Nova Kakhovka, "
        "which also came under Ukrainian fire but remained open."
    )
    assert ("bridge_strike", "UA", "Nova Kakhovka") in seen(text)


def test_an_attack_that_was_directed_nowhere_is_no_strike(seen: Seen) -> None:
    text = "Russian forces attacked near Robotyne. The attack was directed from the south, the army said."
    assert not {e for e in seen(text) if e[0] == "strike"}


def test_a_liberation_that_let_a_side_s_units_go_on_is_that_side_s(seen: Seen) -> None:
    text = (
        "Wagner fighters pressed north of Bakhmut. The liberation of the village of Paraskoviyevka allowed "
        "the Wagner PMC units to take an important height."
    )
    assert ("advance", "RU", "Paraskoviivka") in seen(text)


def test_a_village_also_taken_according_to_a_side_is_taken(seen: Seen) -> None:
    text = (
        "Ukrainian forces liberated Blahodatne and Neskuchne, Kyiv said. The nearby Makarivka was also "
        "taken, according to Kyiv's deputy defense minister."
    )
    # taken by nobody named: by the side the story has taking ground
    assert ("advance", "UA", "Makarivka") in seen(text)


def test_people_taken_according_to_an_official_are_no_advance(seen: Seen) -> None:
    text = "Civilians were taken, according to the governor, from Kupiansk to Kharkiv."
    assert not {e for e in seen(text) if e[0] == "advance"}


def test_a_withdrawal_in_a_month_from_a_deal_is_no_retreat(seen: Seen) -> None:
    text = (
        "The Danube river port of Izmail has become a main export route following Russia's withdrawal in "
        "July from a UN-brokered Black Sea grain deal."
    )
    assert not {e for e in seen(text) if e[0] == "retreat"}


def test_a_blast_that_destroyed_one_side_s_missiles_is_the_other_side_s(seen: Seen) -> None:
    text = (
        "An explosion in the town of Dzhankoi in the north of Crimea destroyed Russian Kalibr-KN cruise "
        "missiles as they were being transported by rail."
    )
    found = seen(text)
    assert ("strike", "UA", "Dzhankoy") in found
    assert ("strike", "RU", "Dzhankoy") not in found


def test_the_ends_of_a_struck_train_s_journey_are_not_struck(seen: Seen) -> None:
    text = (
        "The railway company said that a train traveling from Odesa to Zaporizhzhia was damaged in the "
        "Russian attack on Dnipro."
    )
    found = seen(text)
    assert ("strike", "RU", "Dnipro") in found
    assert not {e for e in found if e[2] in ("Odesa", "Zaporizhzhia")}
