"""Round 68 of unseen reporting, places."""

from __future__ import annotations

from gazetteer import key, load_gazetteer


def test_a_verkhno_village_is_indexed_under_its_russian_spelling() -> None:
    # Верхньокам'янка by Lysychansk is Верхнекаменка in Moscow's claims of July 2022: the name itself
    # finds it, not a one-letter misprint of "Verkhnokamenka" that loses to Donetsk Oblast's
    # Verkhokamianka when the sentence's other names are misprints too
    found = {(p.name, p.admin1) for p in load_gazetteer().candidates(key("Verkhnekamenka"))}
    assert ("Verkhnokamianka", "Luhansk Oblast") in found
