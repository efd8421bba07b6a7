"""One sense per article: a name left unresolved once takes the town the article resolves it to
elsewhere, where that fits the places around it. Real gazetteer places."""

from __future__ import annotations

from gazetteer import Mention, load_gazetteer
from gazetteer.names import key
from gazetteer.senses import one_sense


def test_a_name_left_unresolved_once_takes_the_town_it_names_elsewhere_in_the_article() -> None:
    gazetteer = load_gazetteer()
    krynky = next(p for p in gazetteer.candidates("krinki") if p.admin1 == "Kherson Oblast")
    mentions = [
        Mention("Krynky", 10, 16, None, 0.0, "no place of this name near the places listed"),
        Mention("Krynky", 90, 96, krynky, 0.95, "in Kherson Oblast"),
        Mention("Zbruchivka", 120, 130, None, 0.0, "not in the gazetteer"),
    ]

    assert [m.place for m in one_sense(mentions)] == [krynky, krynky, None]


def test_a_name_resolved_elsewhere_keeps_unresolved_where_its_neighbours_lie_far_away() -> None:
    gazetteer = load_gazetteer()
    krynky = next(p for p in gazetteer.candidates("krinki") if p.admin1 == "Kherson Oblast")
    kharkiv = next(p for p in gazetteer.candidates("harkiv") if p.kind == "city")
    oblast = next(p for p in gazetteer.candidates("herson oblast") if p.kind == "region")
    mentions = [
        Mention("Kharkiv", 0, 7, kharkiv, 0.95, "the city"),
        Mention("Krynky", 12, 18, None, 0.0, "no place of this name near the places listed"),
        Mention("Krynky", 400, 406, None, 0.0, "no place of this name near the places listed"),
        Mention("Kherson Oblast", 410, 424, oblast, 0.95, "the region"),
        Mention("Krynky", 900, 906, krynky, 0.95, "in Kherson Oblast"),
    ]

    assert [m.place for m in one_sense(mentions)][1:3] == [None, krynky]


def test_a_village_named_mostly_by_its_neighbours_is_one_village_where_a_mention_was_a_guess() -> None:
    # September 2023: "liberated Andriyivka" by Klishchiivka and Bakhmut three times, then once a bare
    # "the liberation of Andriyivka" the resolver guessed at by distance to Verbove, 58 km off
    gazetteer = load_gazetteer()
    andriivkas = [p for p in gazetteer.candidates(key("Andriivka")) if p.name == "Andriivka"]
    by_bakhmut = min(andriivkas, key=lambda p: abs(p.lat - 48.50) + abs(p.lon - 37.97))
    by_polohy = min(andriivkas, key=lambda p: abs(p.lat - 47.09) + abs(p.lon - 36.59))
    klishchiivka = "the Andriivka 3 km from Klishchiivka, named beside it"
    guessed = "best of 53 places of this name: 58 km from Verbove"
    mentions = [
        Mention("Andriyivka", 10, 20, by_bakhmut, 0.5, "the Andriivka 11 km from Bakhmut, named beside it"),
        Mention("Andriyivka", 300, 310, by_bakhmut, 0.5, klishchiivka),
        Mention("Andriyivka", 500, 510, by_bakhmut, 0.5, klishchiivka),
        Mention("Andriyivka", 900, 910, by_polohy, 0.56, guessed),
    ]

    assert [m.place for m in one_sense(mentions)] == [by_bakhmut] * 4
