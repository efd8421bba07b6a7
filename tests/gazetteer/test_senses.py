"""One sense per article: a name left unresolved once takes the town the article resolves it to
elsewhere, where that fits the places around it. Real gazetteer places."""

from __future__ import annotations

from gazetteer import Mention, load_gazetteer
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
