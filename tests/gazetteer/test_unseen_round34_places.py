"""Places of round 34 of unseen reporting, with the real gazetteer: a name too common in the oblast the
text names to tell which of its villages is meant stays such a village or nothing, never another name's
village read as its spelling variant; a unit's men named for a town; a town over the stray postal row of
its own post office; a village far from every oblast the text names; a name's sense far from the war
where the article's is a town of it."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import find_places, haversine_km

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]


def test_a_common_name_in_its_oblast_is_no_spelling_of_another_village(resolved: Resolved) -> None:
    # (a guard: this text resolved right before too; a longer article had made it Novoukrainka)
    text = (
        "The ministry said three villages in the Donetsk region - Stavky, Novoselivka and Maslyakivka - "
        "were now under Moscow's control."
    )
    found = resolved(text)
    assert found.get("Novoselivka", ("Novoselivka",))[0] == "Novoselivka"


def test_a_common_name_named_with_no_oblast_is_no_spelling_of_another_village(resolved: Resolved) -> None:
    text = (
        "Gerasimov said Kupiansk had been captured. The General Staff said Stavky and Novoselivka were "
        "under Russian attack."
    )
    found = resolved(text)
    assert found.get("Novoselivka", ("Novoselivka",))[0] == "Novoselivka"


def test_a_rare_name_may_still_be_a_nearby_village_spelled_otherwise(resolved: Resolved) -> None:
    found = resolved("Ukrainian special forces landed near Olenivka and Mayak in Crimea.")
    assert found["Olenivka"] == ("Olenevka", "Crimea")


def test_a_unit_s_men_named_for_a_town_are_no_town(resolved: Resolved) -> None:
    text = "A total of 2,439 Azov nationalists and Ukrainian troops have surrendered at Azovstal in Mariupol."
    assert "Azov" not in resolved(text)


def test_a_town_beats_the_stray_postal_row_of_its_own_post_office(placed: Placed) -> None:
    point = placed("Russian artillery shelled Vuhledar and Volnovakha overnight.", "Volnovakha")
    assert point is not None and haversine_km(point[1], point[0], 37.494, 47.601) < 3


def test_a_real_village_that_shares_a_town_s_name_keeps_it(resolved: Resolved) -> None:
    # (a guard: Krasnohorivka by Avdiivka has a post code of its own)
    text = "Russian forces advanced near Novokalynove and Krasnohorivka, north of Avdiivka."
    assert resolved(text).get("Krasnohorivka", ("", ""))[0] == "Krasnohorivka"


def test_a_village_far_from_every_oblast_the_text_names_is_not_its_place(resolved: Resolved) -> None:
    text = (
        "Ukrainian forces have lost ground in the Kursk region. Russian war bloggers reported Ukraine's "
        "retreat near Lyubimovka and Novoivankovka."
    )
    found = resolved(text)
    assert found.get("Novoivankovka", ("", "Kursk Oblast"))[1] == "Kursk Oblast"
    assert found["Lyubimovka"] == ("Lyubimovka", "Kursk Oblast")


def test_the_same_name_far_from_the_war_is_the_article_s_town(resolved: Resolved) -> None:
    text = (
        "Russian forces are approaching Seversk in the DPR. Assaults on the fortified area at the Seversk "
        "City Hospital have begun."
    )
    assert resolved(text)["Seversk"] == ("Siversk", "Donetsk Oblast")  # the last mention, the hospital's


def test_an_outlet_named_on_a_title_case_source_line_is_no_place_at_all() -> None:
    text = (
        "Source: Lieutenant Serhii Skibchyk, 65th Brigade spokesperson, in a comment to Ukrainska Pravda; "
        "BBC News Ukrainian; DeepState\n\nRussian troops attacked Robotyne in Zaporizhzhia Oblast."
    )
    assert "Pravda" not in {m.text for m in find_places(text)}  # not even an unresolved name
