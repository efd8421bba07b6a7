"""Place readings from a fourth set of unseen articles (our own sentences, facts from public reporting)."""

from __future__ import annotations

import pytest

from gazetteer import find_places, load_gazetteer


def resolved(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.name if m.place else None) for m in find_places(text, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a village named bare after the article placed it with a cue is the same village
        (
            "Fighting went on near the village of Robotyne in the Zaporizhzhia region. Ukrainian "
            "troops recaptured Robotyne on Monday.",
            "Robotyne",
        ),
        (
            "Russian forces claimed the village of Pushkine, south of Pokrovsk. Kyiv denied that "
            "Pushkine had fallen.",
            "Pushkine",
        ),
    ],
)
def test_a_village_named_again_bare_is_the_village_named_before(text, name):
    assert [n for t, n in resolved(text) if t == name] == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        # two bare mentions of a small place with no other place near: still no place
        "Peskov said the talks were over. Peskov added nothing.",
    ],
)
def test_a_bare_name_named_twice_needs_company_still(text):
    assert resolved(text) == []


def test_a_name_qualified_by_its_oblast_later_is_that_oblasts_place():
    """The first, bare mention may be the big city of the name; the one the text puts in an oblast
    is that oblast's place, whatever the bare one was."""
    text = (
        "Russia named the villages as Kamianske and Dehtiarne. The ministry said Kamianske in the "
        "southeastern Zaporizhzhia region had fallen."
    )
    named = [(m.start, m.place.admin1 if m.place else None) for m in find_places(text, load_gazetteer())]
    assert [admin1 for _, admin1 in named if admin1 and admin1.startswith(("Zapor", "Dnipro"))] == [
        "Zaporizhzhia Oblast",
        "Zaporizhzhia Oblast",
    ]
