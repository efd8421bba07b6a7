"""Who held a town on a day, as the fire no side owns up to is read (geo.events.held), with the real
gazetteer."""

from __future__ import annotations

from datetime import date

from gazetteer import key, load_gazetteer
from geo.events.held import held_by_ukraine, side_against_holder


def _town(name: str, oblast: str):
    return next(p for p in load_gazetteer().candidates(key(name)) if p.admin1 == oblast)


def test_the_towns_ukraine_held_on_the_line_of_2014() -> None:
    january_2015 = date(2015, 1, 24)
    assert held_by_ukraine(_town("Mariupol", "Donetsk Oblast"), january_2015)
    assert held_by_ukraine(_town("Marinka", "Donetsk Oblast"), january_2015)
    assert held_by_ukraine(_town("Stanytsia Luhanska", "Luhansk Oblast"), january_2015)
    # the towns of the other side then, and one fought over that week
    assert not held_by_ukraine(_town("Horlivka", "Donetsk Oblast"), january_2015)
    assert not held_by_ukraine(_town("Donetsk", "Donetsk Oblast"), january_2015)
    assert not held_by_ukraine(_town("Debaltseve", "Donetsk Oblast"), january_2015)


def test_the_rest_of_ukraine_was_held_before_the_invasion_but_crimea() -> None:
    assert held_by_ukraine(_town("Kharkiv", "Kharkiv Oblast"), date(2016, 5, 1))
    assert held_by_ukraine(_town("Melitopol", "Zaporizhzhia Oblast"), date(2019, 5, 1))
    assert not held_by_ukraine(_town("Dzhankoy", "Crimea"), date(2019, 5, 1))
    # ... and the line's towns since the invasion are read by the table of the front
    assert not held_by_ukraine(_town("Mariupol", "Donetsk Oblast"), date(2023, 1, 24))
    assert not held_by_ukraine(_town("Melitopol", "Zaporizhzhia Oblast"), date(2023, 1, 24))


def test_the_side_outside_a_town_is_the_one_that_did_not_hold_it() -> None:
    # Kherson in August 2022 was Russia's: a ring closed round it then was Ukraine's
    assert side_against_holder(_town("Kherson", "Kherson Oblast"), date(2022, 8, 20)) == "UA"
    # Kharkiv was Ukraine's: a ring round it was Russia's
    assert side_against_holder(_town("Kharkiv", "Kharkiv Oblast"), date(2022, 3, 10)) == "RU"
