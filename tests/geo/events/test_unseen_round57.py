"""Round 57 of unseen reporting: the words each side's officials use for the other side's forces, in the
case they write them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from geo.events.sentences import split_sentences

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

MAY_2024 = date(2024, 5, 6)


def test_the_fighters_of_the_russian_regime_in_lower_case_are_russias(seen: Seen) -> None:
    # Ukrainian officials write "russian" in lower case on purpose; "of the ... regime" is then Russia's
    text = "Nikopol was shelled by fighters of the russian regime overnight, the governor said."
    assert seen(text, published=MAY_2024) == {("strike", "RU", "Nikopol")}


def test_a_list_of_towns_then_a_list_of_villages_is_one_list(seen: Seen) -> None:
    # the Russian-installed officials' shelling reports name the towns, a comma, then the villages
    text = (
        "The towns of Kamianka-Dniprovska and Vasylivka, the villages of Mala Bilozerka and Velyka "
        "Znamianka were subjected to shelling by the militants of the criminal regime, Balitsky wrote."
    )
    assert seen(text, published=date(2024, 7, 15)) == {
        ("strike", "UA", "Kamianka-Dniprovska"),
        ("strike", "UA", "Vasylivka"),
        ("strike", "UA", "Mala Bilozerka"),
        ("strike", "UA", "Velyka Znamianka"),
    }


def test_a_page_that_left_no_space_after_its_stops_still_has_sentences() -> None:
    text = (
        "The Russian forces have liberated Kucherovka, Gerasimov added.Russia's control of the city of "
        "Seversk was made possible by the commanders, Putin said on Thursday.As many as 45% of buildings "
        "in Konstantinovka are under control.He was in Kyiv.Ukraine's army said so."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The Russian forces have liberated Kucherovka, Gerasimov added.",
        "Russia's control of the city of Seversk was made possible by the commanders, Putin said on Thursday.",
        "As many as 45% of buildings in Konstantinovka are under control.",
        # (a capital's name before the stop may be a site's: "Kyiv.Ukraine's" stays one)
        "He was in Kyiv.Ukraine's army said so.",
    ]
