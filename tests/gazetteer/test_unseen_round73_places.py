"""Round 73 of unseen reporting, places."""

from __future__ import annotations

from datetime import date

from gazetteer import Place, find_places


def places(text: str, published: date) -> dict[str, Place | None]:
    return {m.text: m.place for m in find_places(text, published=published)}


def test_communities_listed_before_their_oblast_lie_in_it() -> None:
    # "the ... and Berezivska communities of Sumy Oblast": Bereza's community by the Russian border, not
    # the Berezivske of Kharkiv Oblast the adjective would name without the oblast
    text = (
        "Russian forces shelled the Esmanska and Berezivska communities of Sumy Oblast on Sunday, the "
        "regional military administration said."
    )
    bereza = places(text, date(2025, 3, 10))["Berezivska"]
    assert bereza is not None and bereza.admin1 == "Sumy Oblast" and bereza.name == "Bereza"


def test_a_quarter_named_in_quotes_is_no_village_elsewhere() -> None:
    # 'the "Novyi" district' of a town under assault is its quarter, not the Novyi of Luhansk Oblast
    text = (
        'Russian troops keep storming Chasiv Yar towards the "Kanal" micro-district and the "Novyi" '
        "district. "
        "Russian bloggers claimed a 500-metre advance there, and some claimed fighting in the "
        '"Novyi" district with troops from the "Kanal" neighbourhood.'
    )
    found = find_places(text, published=date(2024, 6, 12))
    assert not [m for m in found if m.text == "Novyi" and m.place is not None]



def test_community_adjectives_after_their_oblast_is_named() -> None:
    # Bilopillia's community, "Bilopolska", is read one letter off only in the oblast the text named
    # before; "in Richkivska," after "the ... community" is a community too; "Velykypysarivska" is Velyka
    # Pysarivka's
    text = (
        "Overnight, Russia attacked several communities in the Sumy region with drones.\n\n"
        "A woman was wounded in the Bilopolska community. In the Khotinska community, drones damaged a "
        "school, and in Richkivska, they destroyed a barn. A dam was damaged in the Velykypysarivska "
        "community."
    )
    found = {name: place.name for name, place in places(text, date(2025, 5, 29)).items() if place}
    assert found.get("Bilopolska") == "Bilopillia"
    assert found.get("Richkivska") == "Richky"
    assert found.get("Velykypysarivska") == "Velyka Pysarivka"


def test_a_front_named_after_a_town_far_from_the_war_is_no_pin_there() -> None:
    # the Russian ministry's "Alexandrov front" is Oleksandrivka's sector; Aleksandrov of Vladimir Oblast
    # lies 800 km from the fighting
    text = "Russian forces captured three villages on the Alexandrov and Gulyaipole fronts, Moscow said."
    found = places(text, date(2025, 12, 1))
    assert found.get("Alexandrov") is None


def test_rostov_beside_belgorod_is_rostov_on_don_not_a_hamlet_by_sumy() -> None:
    found = places("Ukrainian drones hit Rostov and Belgorod overnight.", date(2024, 6, 24))
    rostov = found["Rostov"]
    assert rostov is not None and rostov.name == "Rostov-on-Don"


def test_a_town_near_the_capital_is_the_town_not_a_hamlet_nearer_it() -> None:
    # "Ivankiv near Kyiv" is the town of 10,000 on the road to Chornobyl, 70 km from the capital, not the
    # hamlet of the name 26 km off
    found = places("A museum was destroyed by Russian troops in Ivankiv near Kyiv.", date(2022, 2, 28))
    ivankiv = found["Ivankiv"]
    assert ivankiv is not None and ivankiv.population > 5_000
