"""Round 76 of unseen reporting, places: a Russian town on a river named by its first word in a story of
its own krai."""

from __future__ import annotations

from datetime import date

from gazetteer import find_places


def _named(text: str) -> dict[str, str]:
    return {m.text: m.place.name for m in find_places(text, published=date(2024, 5, 17)) if m.place}


def test_a_town_on_a_river_by_its_first_word_in_a_story_of_its_krai() -> None:
    text = (
        "Drones attacked the Krasnodar region overnight. In Slavyansk, a fire broke out at the oil refinery "
        "after the attack."
    )
    assert _named(text)["Slavyansk"] == "Slavyansk-na-Kubani"


def test_the_same_word_in_a_story_of_the_donbas_is_sloviansk() -> None:
    assert _named("Russian forces shelled Slavyansk and Kramatorsk overnight.")["Slavyansk"] == "Sloviansk"
    assert _named("Russian forces shelled Slavyansk.")["Slavyansk"] == "Sloviansk"
