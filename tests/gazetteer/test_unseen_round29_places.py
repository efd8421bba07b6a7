"""Places of round 29 of unseen reporting, with the real gazetteer: the Kakhovka reservoir drawn at the
stretch the article is about, Chasiv Yar's Kanal district, Russia's krais named as regions in a list,
and a village on the way between two of its list-mates along the Dnipro front."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import find_places, haversine_km, load_gazetteer
from gazetteer.rivers import km_from_course

Resolved = Callable[[str], dict[str, tuple[str, str]]]  # the fixture of tests/gazetteer/conftest.py
Placed = Callable[[str, str], tuple[float, float] | None]

KAMIANSKE = (47.49, 35.37)  # Kamianske, Vasylivka district, Zaporizhzhia Oblast (lat, lon)
NOVA_KAKHOVKA = (46.76, 33.37)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[1], a[0], b[1], b[0])


def test_the_kakhovka_reservoir_is_drawn_by_the_places_of_its_article(placed: Placed) -> None:
    east = "Russian forces attacked Stepnohirsk and Plavni, villages on the Kakhovka reservoir."
    south = "Water from the Kakhovka reservoir flooded Nova Kakhovka and the villages below the dam."
    assert _km(placed(east, "Kakhovka reservoir"), KAMIANSKE) < 20
    assert _km(placed(south, "Kakhovka reservoir"), NOVA_KAKHOVKA) < 20


def test_a_village_on_the_reservoir_is_a_namesake_by_the_reservoir(mention_of) -> None:
    # not the city of Kamianske on the Dnipro above Dnipro, 90 km from the reservoir, but one of the two
    # villages on its shores (which one, this sentence alone does not say)
    text = "Ukrainian forces still hold Kamianske on the Kakhovka reservoir, the spokesman said."
    kamianske = mention_of(text, "Kamianske").place
    assert kamianske.kind == "village"
    assert km_from_course(kamianske, load_gazetteer().get("river:kakhovka-reservoir")) < 20


def test_the_kakhovka_reservoir_is_a_river_and_the_dam_stays_the_dam() -> None:
    text = "The Kakhovka reservoir drained after the Kakhovka dam was blown up."
    kinds = {m.text: m.place.kind for m in find_places(text, load_gazetteer()) if m.place}
    assert kinds == {"Kakhovka reservoir": "river", "Kakhovka dam": "dam"}


def test_the_kanal_district_is_chasiv_yars_quarter_east_of_the_canal(placed: Placed) -> None:
    text = "Ukrainian troops withdrew from the Kanal district of Chasiv Yar, a military spokesman said."
    assert _km(placed(text, "Kanal district"), (48.59, 37.86)) < 3


def test_a_krai_in_a_list_of_regions_is_the_krai(resolved: Resolved) -> None:
    found = resolved("Drones attacked the Krasnodar and Rostov regions overnight, officials said.")
    assert found["Krasnodar"] == ("Krasnodar Krai", "")
    found = resolved("A drone strike hit industrial sites in the Stavropol and Samara regions.")
    assert found["Stavropol"] == ("Stavropol Krai", "")


def test_a_village_between_two_list_mates_along_the_front_is_kept(resolved: Resolved) -> None:
    # Kachkarivka lies 33 km from Novoberyslav and 36 km from Zolota Balka, on the Dnipro between them;
    # the rest of the list lies by Kherson, so its places are typically 10 km apart
    text = (
        "Antonivka, Poniativka, Chornobaiivka, Beryslav, Kachkarivka, Zolota Balka, Novoberislav and the "
        "city of Kherson came under hostile fire."
    )
    assert resolved(text)["Kachkarivka"] == ("Kachkarivka", "Kherson Oblast")


def test_pairs_of_places_before_their_plural_noun_are_places(resolved: Resolved) -> None:
    text = (
        "The General Staff reported advances in the Mala Tokmachka-Novopokrovka and Velyka "
        "Novosilka-Urozhaine directions on the southern front line."
    )
    found = resolved(text)
    assert found["Mala Tokmachka"] == ("Mala Tokmachka", "Zaporizhzhia Oblast")
    assert found["Novopokrovka"] == ("Novopokrovka", "Zaporizhzhia Oblast")


def test_a_village_by_a_part_of_the_country_its_sentence_names_is_kept(resolved: Resolved) -> None:
    # Odesa is the speaker's office; "the east bank of the Dnipro" says where Krynky is
    text = (
        "Serhiy Bratchuk, head of Odesa's regional military administration, said marines have held onto "
        "the bridgeheads they secured on the east bank of the Dnipro near Krynky."
    )
    assert resolved(text)["Krynky"] == ("Krynky", "Kherson Oblast")
