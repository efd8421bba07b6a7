"""Places of round 51 of unseen reporting, with the real gazetteer: the Southern Buh named bare, as a
Mykolaiv report names it ("the Bug River", "the Buh")."""

from __future__ import annotations

from gazetteer import find_places


def test_the_bug_river_of_a_mykolaiv_report_is_the_southern_buh() -> None:
    text = (
        "Mykolaiv will hold. There is the Bug River, which they need to force their way across in order to "
        "advance."
    )
    found = {m.text: m.place.name for m in find_places(text) if m.place}
    assert found["Bug River"] == "Southern Buh"


def test_the_buh_as_ukraines_second_river_is_the_southern_buh() -> None:
    text = "The bridge spans Ukraine's second largest river, the Buh, south of Voznesensk."
    found = {m.text: (m.place.name, m.place.kind) for m in find_places(text) if m.place}
    assert found["Buh"] == ("Southern Buh", "river")


def test_a_bug_in_the_software_is_no_river() -> None:
    text = "A bug in the air-raid app delayed alerts in Mykolaiv."
    assert [m.place.name for m in find_places(text) if m.place] == ["Mykolaiv"]
