"""Whose report a sentence is decides who "the enemy" is and whose a liberation was."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer import load_gazetteer
from geo import extract_events, read_text
from geo.events.voice import article_voice, sentence_voice


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("The Russian Defence Ministry said its forces liberated Vodiane.", "", "RU"),
        ("The General Staff said Ukrainian defenders repelled 20 attacks.", "", "UA"),
        ("Fighting went on near Kupiansk.", "https://sputnikglobe.com/20241022/x.html", "RU"),
        ("Russia's Defence Ministry and Ukraine's General Staff both claimed gains.", "", None),
        ("Fighting went on near Kupiansk.", "https://www.reuters.com/world/europe/x", None),
    ],
)
def test_an_article_speaks_for_the_side_it_quotes_or_its_outlet(text, source, expected):
    assert article_voice(text, source=source) == expected


def test_a_sentence_that_names_its_source_speaks_for_it() -> None:
    assert sentence_voice("The Russian MoD said the enemy lost 470 servicemen.", "UA") == "RU"
    assert sentence_voice("The enemy lost 470 servicemen.", "RU") == "RU"


@pytest.mark.parametrize(
    ("speaker", "side"),
    [
        *[(name, "UA") for name in ("Cherevatyi", "Humeniuk", "Pletenchuk", "Ihnat", "Yevlash", "Sarantsev")],
        *[(name, "UA") for name in ("Bielskyi", "Madyar", "Brovdi", "Voloshyn", "Trehubov", "Lysak")],
        *[(name, "RU") for name in ("Kimakovsky", "Konashenkov", "Pushilin", "Rogov", "Gladkov", "Bogomaz")],
        *[
            (name, "RU")
            for name in ("Prikhodko", "Prykhodko", "Kulemzin", "Miroshnik", "Marochko", "Basurin")
        ],
    ],
)
def test_each_spokesman_named_speaks_for_his_side(speaker: str, side: str) -> None:
    # (every name of the voice's patterns is among the stems it looks for first: a name missing there is
    # never asked about)
    assert sentence_voice(f'"The enemy was pushed back," {speaker} said.', None) == side


def seen(text: str, url: str = "") -> set[tuple[str, str, str]]:
    found = extract_events(read_text(text, published=date(2024, 10, 22), url=url), load_gazetteer())
    return {(e.event_type, e.actor, e.place) for e in found}


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # in a Ukrainian report the enemy is Russia
        (
            "The General Staff said the enemy shelled Kupiansk overnight.",
            "",
            {("strike", "RU", "Kupiansk")},
        ),
        # in Moscow's statements it is Ukraine
        (
            "According to the Russian Defence Ministry, the enemy shelled Horlivka overnight.",
            "",
            {("strike", "UA", "Horlivka")},
        ),
        (
            "The enemy shelled Horlivka overnight.",
            "https://sputnikglobe.com/20241022/shelling.html",
            {("strike", "UA", "Horlivka")},
        ),
        # an agentless liberation is Ukraine's in Kyiv's telling, Russia's in Moscow's
        ("Vovchansk was liberated on Tuesday, the General Staff said.", "", {("advance", "UA", "Vovchansk")}),
        (
            "Vodiane was liberated on Tuesday, the Russian Defence Ministry said.",
            "",
            {("advance", "RU", "Vodiane")},
        ),
        # in Russia's own border regions a liberation is Russia's whoever tells it
        ("The town of Sudzha was liberated on Tuesday, officials said.", "", {("advance", "RU", "Sudzha")}),
    ],
)
def test_the_enemy_and_a_liberation_belong_to_the_side_the_speaker_is_not_and_is(text, url, expected):
    assert seen(text, url) == expected
