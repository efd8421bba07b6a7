"""Round 28 of reading unseen reporting: the Russian battlegroups with their English names, a passive verb
whose agent is a force, General Staff lists that go on "as well as", one verb with two objects in two
regions, and a kind of weapon that is no strike."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Seen = Callable[..., set[tuple[str, str, str]]]  # the events fixture of tests/geo/events/conftest.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry's name of a battlegroup with its English in brackets is Russia's
        ("Units of the Vostok (East) group took Zelenyi Hai on Saturday.",
         {("advance", "RU", "Zelenyi Hai")}),
        # a passive verb that needs a force has it in its by-phrase
        ("The village of Vesele in the Zaporizhzhia region was taken over by the Vostok group of forces.",
         {("advance", "RU", "Vesele")}),
        # one verb, two objects, each with its region
        ("Ukrainian drones struck a refinery in the Ryazan region and a fuel train in the Perm region.",
         {("strike", "UA", "Ryazan Oblast"), ("strike", "UA", "Perm Krai")}),
        # a place taken "along with" another
        ("Russian troops occupied Kupiansk-Vuzlovyi along with Kupiansk in late February 2022.",
         {("advance", "RU", "Kupiansk-Vuzlovyi"), ("advance", "RU", "Kupiansk")}),
        # "strike drones" are a kind of weapon; the hangars hit were the enemy's, the subject Russia's
        ("The Russian army destroyed Ukrainian hangars with strike drones at Starokostiantyniv airfield.",
         {("strike", "RU", "Starokostiantyniv")}),
    ],
)  # fmt: skip
def test_who_acted_and_where(text: str, expected: set[tuple[str, str, str]], seen: Seen) -> None:
    assert seen(text) == expected


def test_a_general_staff_list_goes_on_past_as_well_as(seen: Seen) -> None:
    text = (
        "The enemy shelled Karpovychi in the Chernihiv region; Volfyne and Yunakivka in the Sumy region, "
        "as well as Hlyboke in the Kharkiv region, the General Staff reported."
    )
    places = ("Karpovychi", "Volfyne", "Yunakivka", "Hlyboke")
    assert seen(text) == {("strike", "RU", place) for place in places}


def test_a_region_after_the_first_item_of_a_passive_list_only_says_where_it_is(seen: Seen) -> None:
    text = (
        "Hangars at the airfields of Pryluky in the Chernihiv region and Myrhorod in the Poltava region "
        "were hit."
    )
    assert seen(text) == {("strike", "RU", "Pryluky"), ("strike", "RU", "Myrhorod")}
