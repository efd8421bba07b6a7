"""Round 66 of unseen reporting: western Ukraine struck, the bridges to Crimea, Zaporizhzhia and Dnipro
struck, Sievierodonetsk and Lysychansk in 2022, Moscow's telling of early 2023, drones over Moscow,
Poltava Oblast struck, Velyka Novosilka, Izium in 2022, Vuhledar's fall, Russia's refineries, Kharkiv
Oblast's towns, Snake Island, the end of the Kursk salient, Ukraine's railways and the north in March 2022."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


def test_a_ministry_round_up_of_drones_downed_over_regions_pins_no_strike_on_them(seen: Seen) -> None:
    text = (
        "Overnight, air defense systems destroyed and intercepted 144 Ukrainian drones over nine Russian "
        "regions: 72 over the Bryansk Region, 20 over the Moscow Region, 14 over the Kursk Region."
    )
    assert seen(text, published=date(2024, 9, 10)) == set()


def test_a_region_downed_over_is_still_struck_where_the_sentence_tells_of_a_hit(seen: Seen) -> None:
    text = (
        "Air defence shot down 20 drones over the Moscow region, and a drone hit an apartment block in "
        "Ramenskoye."
    )
    assert ("strike", "UA", "Ramenskoye") in seen(text, published=date(2024, 9, 10))
    text = (
        "Ukrainian drones attacked the Kursk region overnight, and 30 of them were shot down over the Kursk "
        "region, the governor said."
    )
    assert ("strike", "UA", "Kursk Oblast") in seen(text, published=date(2024, 9, 10))
