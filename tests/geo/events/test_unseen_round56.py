"""Round 56 of unseen reporting: Moscow's words for Ukraine's forces in the reports of the officials it
installed ("the militants of the criminal regime"), and the Russian-installed officials' shelling reports
of occupied towns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py

JULY_2024 = date(2024, 7, 15)


def test_the_militants_of_the_criminal_regime_are_ukraines_forces(seen: Seen) -> None:
    # "militants" alone are the separatists of 2014; "of the ... regime" after it is Moscow's word for Kyiv's
    text = (
        "The villages of Kozachi Lageri and Malaya Lepetikha were subjected to shelling by the militants "
        "of the criminal regime, Saldo wrote."
    )
    assert seen(text, published=JULY_2024) == {
        ("strike", "UA", "Kozachi Laheri"),
        ("strike", "UA", "Mala Lepetykha"),
    }


def test_the_militants_of_putins_regime_stay_russias(seen: Seen) -> None:
    text = "The village of Antonivka was shelled by the militants of the Putin regime, Prokudin said."
    assert seen(text, published=JULY_2024) == {("strike", "RU", "Antonivka")}
