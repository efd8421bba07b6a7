"""Places of round 46 of unseen reporting, with the real gazetteer: communities listed in the sentence
after the one that names their district are that district's, though the article names a bigger
namesake of one of them elsewhere."""

from __future__ import annotations

from gazetteer import find_places

LYSAK_DAY = (
    "Russian troops attacked Dnipropetrovsk Oblast with drones and artillery overnight, the head of the "
    "regional military administration said on Sunday.\n\n"
    "In the Synelnykove district, the Pokrovske and Mezhova hromadas came under fire and a farm building "
    "burned down.\n\n"
    "The occupiers also shelled the Nikopol district with heavy artillery. Lysak said that the "
    "Marhanets, Myrove and Pokrovske hromadas were hit; a 70-year-old woman was injured."
)


def _places_of(text: str, name: str) -> list[tuple[float, float]]:
    return [(m.place.lat, m.place.lon) for m in find_places(text) if m.text == name and m.place]


def test_communities_listed_after_the_sentence_naming_their_district_are_that_districts() -> None:
    first, second = _places_of(LYSAK_DAY, "Pokrovske")
    # the Pokrovske hromada of Synelnykove district (Pokrovske, 10,000 people, by Mezhova) ...
    assert first[1] > 36.0
    # ... and the one of Nikopol district, 18 km from Nikopol, listed after "the Nikopol district"
    assert abs(first[0] - 47.55) > 0.2 and abs(second[0] - 47.55) < 0.05 and abs(second[1] - 34.15) < 0.05


def test_a_district_of_the_sentence_before_that_holds_no_namesake_changes_nothing() -> None:
    text = (
        "The Russians struck the Nikopol district with FPV drones. Lysak said there were hits in the "
        "Mezhova and Vasylkivka hromadas of the region as well."
    )
    (mezhova,) = _places_of(text, "Mezhova")
    assert abs(mezhova[0] - 48.25) < 0.1 and abs(mezhova[1] - 36.73) < 0.1  # the town of Mezhova, 150 km off


def _resolved_all(text: str) -> dict[str, tuple[str, str] | None]:
    return {m.text: (m.place.name, m.place.admin1) if m.place else None for m in find_places(text)}


def test_a_sector_adjective_a_translation_cut_short_is_its_town() -> None:
    text = (
        "Over the past day, 93 combat clashes took place. The enemy was most active in the Lymansk, "
        "Kostiantynovsky and Gulyaipilsk directions, the General Staff said."
    )
    places = _resolved_all(text)
    assert places["Lymansk"] == ("Lyman", "Donetsk Oblast")
    assert places["Kostiantynovsky"] == ("Kostiantynivka", "Donetsk Oblast")
    assert places["Gulyaipilsk"] is not None and places["Gulyaipilsk"][1] == "Zaporizhzhia Oblast"


def test_a_cut_sector_adjective_is_read_only_before_a_sector_word() -> None:
    # "Lymansk" alone is no name: the ending is read as an adjective's only before "direction" or "front"
    assert "Lymansk" not in _resolved_all("Fighting went on near Lymansk and Torske, the brigade said.")


def test_a_two_word_name_written_with_an_en_dash_is_the_name() -> None:
    text = "A few days ago, the enemy resumed its assault operations near Gulyai–Pole and Orekhov."
    place = _resolved_all(text)["Gulyai–Pole"]
    assert place is not None and place[1] == "Zaporizhzhia Oblast"


def test_a_town_ending_an_office_title_before_a_persons_name_is_the_town() -> None:
    text = (
        "Mayor of Lozova Serhiy Zelensky said seven private houses were damaged in a night attack on the "
        "town's energy infrastructure."
    )
    assert _resolved_all(text)["Lozova"] == ("Lozova", "Kharkiv Oblast")


def test_a_name_before_a_given_name_without_a_title_is_still_part_of_a_persons_name() -> None:
    assert "Lozova" not in _resolved_all("The report by Lozova Serhiy Zelensky was published on Monday.")


ISW_KURSK = (
    "Russian forces continued to push Ukrainian forces back in Kursk Oblast on March 11. Russian "
    "milbloggers claimed further advances near multiple settlements, including Sverdlikovo "
    "(northwest of Sudzha), within Zaoleshenka, north of Guyevo (south of Sudzha), southwest of Zhuravka "
    "(west of Sudzha in Sumy Oblast), and west of Oleksandriia (south of Sudzha in Sumy Oblast)."
)


def test_an_oblast_in_a_later_names_aside_puts_only_that_name_there() -> None:
    places = _resolved_all(ISW_KURSK)
    assert places["Guyevo"] == ("Guyevo", "Kursk Oblast")  # not dropped as "no Guyevo in Sumy Oblast"
    assert places["Sverdlikovo"] == ("Sverdlikovo", "Kursk Oblast")
    assert places["Zhuravka"] is not None and places["Zhuravka"][1] == "Sumy Oblast"


def test_the_anchor_of_a_direction_keeps_its_town_whatever_oblast_follows() -> None:
    # "west of Sudzha in Sumy Oblast" puts the located village in Sumy Oblast, not Sudzha
    sudzha = [m.place for m in find_places(ISW_KURSK) if m.text == "Sudzha"]
    assert sudzha and all(p is not None and p.admin1 == "Kursk Oblast" for p in sudzha)


def test_a_name_in_quotes_after_a_units_word_is_the_unit_in_every_mention() -> None:
    text = (
        "Ukrainian forces liberated Mali Shcherbaky in Zaporizhzhia Oblast. The flag was raised by the 24th "
        'separate assault battalion "Aidar" and the 33rd regiment. "Glory to Aidar!" the soldiers said.'
    )
    places = _resolved_all(text)
    assert "Aidar" not in places
    assert places["Mali Shcherbaky"] == ("Mali Shcherbaky", "Zaporizhzhia Oblast")


def test_a_quoted_unit_named_for_a_city_leaves_the_city_a_place() -> None:
    text = 'Fighters of the "Kharkiv" battalion held positions north of Kharkiv, where shelling hit homes.'
    assert [m.place.name for m in find_places(text) if m.place] == ["Kharkiv"]


def test_a_district_of_a_named_oblast_has_its_seat_there_or_none() -> None:
    text = (
        "Ukrainian units were driven out of the village of Blagodatnoye in the Vitovsky district of the "
        "Nikolaev region, the ministry said."
    )
    places = _resolved_all(text)
    # no Vitove of Cherkasy Oblast for the district, and the village is looked for in Mykolaiv Oblast
    assert "Vitovsky" not in places
    assert places["Blagodatnoye"] == ("Blahodatne", "Mykolaiv Oblast")


def test_a_district_of_a_named_oblast_takes_its_seat_there() -> None:
    text = "Drones hit the village of Troitskoye in the Korenevsky district of the Kursk region on Sunday."
    assert _resolved_all(text)["Korenevsky"] == ("Korenevo", "Kursk Oblast")


def test_a_territorial_community_by_its_initials_is_its_seats_the_biggest_in_the_district() -> None:
    text = (
        "Shelling of the region over the past day:\n\n"
        "14:20, Bohodukhiv district, Zolochivska TG, Ivashky village. A private house caught fire as a "
        "result of the shelling."
    )
    # Zolochiv (7,700 people), not the hamlet Zolochivske a little nearer Bohodukhiv
    assert _resolved_all(text)["Zolochivska"] == ("Zolochiv", "Kharkiv Oblast")
