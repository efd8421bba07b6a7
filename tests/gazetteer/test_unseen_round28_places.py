"""Places of round 28 of unseen reporting, with the real gazetteer: the oblast written after a village
decides among its namesakes even when a list-mate of another oblast lies nearer to one of them, and
however far the places of the other oblasts of its sentence lie."""

from __future__ import annotations

from collections.abc import Callable

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py


def test_the_oblast_after_a_village_beats_a_namesake_by_its_list_mate(resolved: Resolved) -> None:
    # Malievka lies in Dnipropetrovsk Oblast, by a Zelenyi Hai of that oblast: the one meant is Donetsk's
    text = (
        "Moscow said its troops took Zeleny Gai in the Donetsk region and Malievka in the Dnipropetrovsk "
        "region."
    )
    found = resolved(text)
    assert found["Zeleny Gai"] == ("Zelenyi Hai", "Donetsk Oblast")
    assert found["Malievka"] == ("Maliivka", "Dnipropetrovsk Oblast")


def test_the_only_village_of_the_oblast_written_after_it_stays_however_far_its_mates(
    resolved: Resolved,
) -> None:
    # Hlyboke has a dozen namesakes but one in Kharkiv Oblast, 150 km from these villages of Sumy Oblast
    text = (
        "The enemy carried out an airstrike on Orlykivka and shelled Karpovychi and Khotiivka in the "
        "Chernihiv region; Ulanove, Brusky, Stukalivka, Volfyne and Korenivka in the Sumy region, as well "
        "as Hlyboke in the Kharkiv region."
    )
    assert resolved(text)["Hlyboke"] == ("Hlyboke", "Kharkiv Oblast")
