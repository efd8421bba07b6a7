"""Round 63 of unseen reporting: the fall of Avdiivka, strikes on Kharkiv Oblast's towns, on Zaporizhzhia
and on Dnipropetrovsk Oblast, refineries in Russia, Bakhmut's flanks in 2023, Pokrovsk in 2025 and the
Kherson withdrawal of 2022 as Moscow told it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gazetteer import load_gazetteer
from geo import extract_events, read_text

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_an_advance_a_blow_is_meant_to_delay_has_not_happened(seen: Seen) -> None:
    text = (
        "Russian forces are likely preparing to destroy the dam at the Kakhovka Hydroelectric Power Plant, "
        "flooding and widening the Dnipro River to delay any Ukrainian advances."
    )
    assert not {e for e in seen(text, published=date(2022, 10, 22)) if e[0] == "advance"}


def test_mines_laid_to_hamper_an_advance_tell_of_no_advance(seen: Seen) -> None:
    text = (
        "Russian troops mined the roads near Oleshky to hamper any Ukrainian advance toward Hola "
        "Prystan."
    )
    assert not {e for e in seen(text, published=date(2022, 11, 20)) if e[0] == "advance"}


def test_troops_cut_off_on_a_rivers_bank_take_no_advance_along_the_river(seen: Seen) -> None:
    text = "Additionally, 15 Ukrainian battalions are blocked on the left bank of the Oskol River, Putin said"
    assert not {e for e in seen(text, published=date(2025, 11, 27)) if e[2] == "Oskil"}


def test_troops_cut_off_by_a_town_on_a_rivers_bank_are_the_towns(seen: Seen) -> None:
    text = (
        "Russian units continue to destroy Ukrainian forces encircled on the left bank of the Oskol River "
        "near Kupiansk."
    )
    found = seen(text, published=date(2025, 11, 27))
    assert ("advance", "RU", "Kupiansk") in found
    assert not {e for e in found if e[2] == "Oskil"}


def test_the_strike_told_before_is_not_the_governors_oblast(seen: Seen) -> None:
    text = (
        "At least 22 people were injured in a Russian attack on Zaporizhzhia overnight on Sept. 23.\n\n"
        "Among the victims are seven men and 13 women.\n\n"
        "The strike resulted in a partial destruction of an apartment building, according to Zaporizhzhia "
        "Oblast Governor Ivan Fedorov."
    )
    found = seen(text, published=date(2024, 9, 23))
    assert ("strike", "RU", "Zaporizhzhia") in found
    assert ("strike", "RU", "Zaporizhzhia Oblast") not in found


def test_an_attack_on_the_same_night_takes_the_day_told_before() -> None:
    text = (
        "At least 22 people were injured in a Russian attack on Zaporizhzhia overnight on Sept. 23. "
        "Monitoring groups reported that a guided aerial bomb was used in an attack in Zaporizhzhia on the "
        "same night."
    )
    found = extract_events(read_text(text, published=date(2024, 9, 25)), load_gazetteer())
    assert {e.date for e in found if e.event_type == "strike"} == {"2024-09-23"}
