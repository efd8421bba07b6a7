"""Finding the gazetteer's names in a text: longest names first, exact offsets, any spelling."""

from __future__ import annotations

import pytest

from gazetteer import load_gazetteer
from gazetteer.match import match_names


def names_in(text: str) -> list[str]:
    matches, _ = match_names(text, load_gazetteer())
    return [m.text for m in matches]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ukrainian forces entered Izjum on Saturday.", ["Izjum"]),
        ("Shelling hit Nova Kakhovka overnight.", ["Nova Kakhovka"]),  # one name, not Nova + Kakhovka
        ("Ships left Bilhorod-Dnistrovskyi.", ["Bilhorod-Dnistrovskyi"]),
        ("They crossed the Oskil River.", ["Oskil River"]),
        ("Fighting near Kharkiv and Kupiansk.", ["Kharkiv", "Kupiansk"]),
        ("Kharkiv's mayor spoke.", ["Kharkiv"]),
        ("Обстріл: Харків і Ізюм.", ["Харків", "Ізюм"]),
        ("Nothing at all happened there.", []),
    ],
)
def test_names_found_in_a_sentence(text: str, names: list[str]) -> None:
    assert names_in(text) == names


def test_longest_name_wins_over_its_parts() -> None:
    matches, _ = match_names("A missile hit Nova Kakhovka.", load_gazetteer())

    nova = [m for m in matches if "Nova" in m.text]
    assert [m.text for m in nova] == ["Nova Kakhovka"]
    assert nova[0].last_word - nova[0].first_word == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces entered Izjum on Saturday.",
        "Кілька вибухів у Харкові; Kharkiv’s mayor said Куп'янськ was hit.",
        "  Leading spaces, then Zaporizhzhia - and Kherson.\n\nLysychansk",
    ],
)
def test_offsets_point_at_the_text_and_matches_do_not_overlap(text: str) -> None:
    matches, spans = match_names(text, load_gazetteer())

    assert matches
    for m in matches:
        assert text[m.start : m.end] == m.text
        assert m.candidates
    ends = [m.end for m in matches]
    assert all(m.start >= end for m, end in zip(matches[1:], ends[:-1], strict=True))
    assert all(text[s:e].strip() == text[s:e] for s, e in spans)


def test_the_match_carries_every_candidate_of_an_ambiguous_name() -> None:
    matches, _ = match_names("Missiles struck Dnipro.", load_gazetteer())

    (dnipro,) = matches[-1:]
    assert {c.kind for c in dnipro.candidates} == {"city", "river"}
