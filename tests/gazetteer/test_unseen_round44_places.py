"""Places of round 44 of unseen reporting, with the real gazetteer: a known village of the war zone (9,000
people) named beside towns of another front is kept, where its namesakes are hamlets of unknown size; and
two hamlets beside the village the lead names are kept, however far the town of the next paragraph."""

from __future__ import annotations

from collections.abc import Callable

Placed = Callable[[str, str], tuple[float, float] | None]  # the fixtures of tests/gazetteer/conftest.py
KmFrom = Callable[[tuple[float, float] | None, float, float], float]
Resolved = Callable[[str], dict[str, tuple[str, str]]]


def test_a_known_front_village_listed_with_far_towns_is_kept(resolved: Resolved) -> None:
    text = (
        "The heaviest clashes took place in Marinka, where Russian forces have advanced a little since "
        "spring, and along the Svatove-Kreminna road."
    )
    # Marinka west of Donetsk, 150 km from Svatove; its namesakes (Bryansk, Lviv) are hamlets
    assert resolved(text)["Marinka"] == ("Marinka", "Donetsk Oblast")


LEAD_THEN_HAMLETS = (
    "Ukraine said Tuesday that its troops had pushed further into Russian defensive lines near the "
    "village of Robotyne, a day after claiming the village on the southern front. Kyiv began a slow "
    "counteroffensive in June after gathering Western weapons and new assault brigades, but gains have "
    "been small. A military spokesman said Ukrainian forces were moving forward in the Zaporizhzhia "
    "region, which Moscow claims as part of Russia.\n\n"
    '"Ukrainian forces had successes in the direction of Novodanylivka to Verbove," the deputy minister'
    " told state media on Tuesday, naming two hamlets in the battered region. She added that the troops"
    " were holding the ground taken and hitting Russian artillery.\n\n"
    "Ukrainian troops have also been trying to encircle the eastern town of Bakhmut, which Russian "
    "forces captured in May. The Moscow-installed head of the Donetsk region, where Bakhmut lies, "
    "played down the push on Tuesday.\n\n"
    "Compared with last year's offensives in the Kherson and Kharkiv regions, Ukrainian forces now face"
    " Russian trenches and minefields many kilometres deep. Analysts say the capture of Robotyne shows "
    "that the lines can be broken."
)


def test_hamlets_beside_the_village_of_the_lead_are_kept_however_far_the_next_town(
    placed: Placed, km_from: KmFrom
) -> None:
    # (Bakhmut, 200 km off, is the only place of their passage; Robotyne, which the lead names, is 10 km off)
    assert km_from(placed(LEAD_THEN_HAMLETS, "Novodanylivka"), 47.523, 35.824) < 3
    assert km_from(placed(LEAD_THEN_HAMLETS, "Verbove"), 47.427, 35.993) < 3


def test_a_russian_spelling_borne_by_a_far_russian_town_is_the_ukrainian_village(resolved: Resolved) -> None:
    text = (
        "Ukrainian forces have reportedly withdrawn from the village of Novosergievka, close to Udachne and "
        "Kotlyne west of Pokrovsk, a Russian-installed official said."
    )
    # Novoserhiivka by Udachne, not the town of Novosergiyevka in Orenburg Oblast, 1,400 km off
    assert resolved(text)["Novosergievka"] == ("Novoserhiivka", "Donetsk Oblast")


def test_a_far_russian_city_keeps_its_name(resolved: Resolved) -> None:
    text = "Drones also hit a refinery in Orenburg, far from the front near Pokrovsk, officials said."
    assert resolved(text)["Orenburg"] == ("Orenburg", "Orenburg Oblast")


def test_a_direction_of_the_front_is_named_after_a_place_of_weight(placed: Placed, km_from: KmFrom) -> None:
    text = (
        "The situation in Donetsk Oblast remains difficult, the commander-in-chief said on Thursday. Syrskyi "
        "said the heaviest fighting was in the Novopavlivka direction, where Russian forces had launched 40 "
        "assaults."
    )
    # the Novopavlivka of 3,400 people on the Vovcha, not one of the Donetsk Oblast hamlets of the name
    assert km_from(placed(text, "Novopavlivka"), 48.138, 36.787) < 3


def test_a_big_city_at_the_end_of_a_route_is_never_too_far(resolved: Resolved) -> None:
    text = (
        "The passenger train on the Lviv – Kharkiv – Barvinkove route was hit near the village of Yazykove "
        "in the Barvinkove community."
    )
    assert resolved(text)["Lviv"] == ("Lviv", "Lviv Oblast")  # 900 km from the villages of the strike


def test_the_front_lines_of_the_dpr_are_in_the_oblast(resolved: Resolved) -> None:
    text = "On the front lines of the Donetsk People's Republic, Russian forces took the village of Tolstoi."
    assert resolved(text)["Donetsk People's Republic"] == ("Donetsk Oblast", "")


def test_an_oblast_before_its_governors_name_is_the_oblast(resolved: Resolved) -> None:
    text = "Governor of the Kursk Oblast Alexander Khinshtein said drones had hit two villages overnight."
    assert resolved(text)["Kursk Oblast"] == ("Kursk Oblast", "")


def test_an_oblast_inside_an_organisations_name_stays_part_of_it(resolved: Resolved) -> None:
    text = "The head of the Ternopil Region Defence Council headquarters said power would be back by morning."
    assert "Ternopil Region" not in resolved(text)
