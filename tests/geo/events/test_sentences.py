"""Splitting news prose into sentences: abbreviations, quotes, captions, and offsets into the article."""

from __future__ import annotations

import pytest

from geo import split_sentences


def texts(article: str) -> list[str]:
    return [s.text for s in split_sentences(article)]


@pytest.mark.parametrize(
    ("article", "sentences"),
    [
        (
            "Ukrainian forces entered Izium. Russian troops fled east.",
            ["Ukrainian forces entered Izium.", "Russian troops fled east."],
        ),
        (
            "Gen. Valery Zaluzhny said troops were in Kupiansk. The town was quiet.",
            ["Gen. Valery Zaluzhny said troops were in Kupiansk.", "The town was quiet."],
        ),
        (
            "Troops entered Balakliia on Sept. 8. Residents came out to greet them.",
            ["Troops entered Balakliia on Sept. 8.", "Residents came out to greet them."],
        ),
        (
            "Mr. Zelensky visited Izium. He raised the flag.",
            ["Mr. Zelensky visited Izium.", "He raised the flag."],
        ),
        ("J. Smith reported from Kharkiv. He left.", ["J. Smith reported from Kharkiv.", "He left."]),
        (
            'The governor said: "Lyman is ours." Then he left.',
            ['The governor said: "Lyman is ours."', "Then he left."],
        ),
        (
            "He wrote: “Kherson is Ukraine.” Crowds cheered.",
            ["He wrote: “Kherson is Ukraine.”", "Crowds cheered."],
        ),
        ("Is Izium free? Yes! It is.", ["Is Izium free?", "Yes!", "It is."]),
        ("About 3.5 km away. 2022 was hard.", ["About 3.5 km away.", "2022 was hard."]),
        ("Troops left Izium. 40 tanks were abandoned.", ["Troops left Izium.", "40 tanks were abandoned."]),
        (
            "A photo caption without a stop\nThe story begins.",
            ["A photo caption without a stop", "The story begins."],
        ),
        (
            "Soldiers in Kharkiv, Ukraine. September 6, 2022 (REUTERS)",
            ["Soldiers in Kharkiv, Ukraine. September 6, 2022 (REUTERS)"],
        ),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentences_of_news_prose(article: str, sentences: list[str]) -> None:
    assert texts(article) == sentences


@pytest.mark.parametrize(
    "article",
    [
        "  Ukrainian forces entered Izium.  Russian troops fled east.\n\nThe town was quiet.  ",
        "KYIV, Sept 12 - Ukraine advanced. “We are here,” he said.\nA caption\n\n\nLast line?",
    ],
)
def test_each_sentence_is_its_span_of_the_article_stripped(article: str) -> None:
    found = split_sentences(article)

    assert found
    for s in found:
        assert article[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert [s.start for s in found] == sorted(s.start for s in found)


def test_paragraphs_are_numbered_by_line() -> None:
    article = "Izium was retaken. Kupiansk too.\n\nKharkiv was shelled.\nLyman held."

    assert [(s.text, s.paragraph) for s in split_sentences(article)] == [
        ("Izium was retaken.", 0),
        ("Kupiansk too.", 0),
        ("Kharkiv was shelled.", 1),
        ("Lyman held.", 2),
    ]


def test_a_headline_above_a_paragraph_on_one_line_is_a_sentence_of_its_own() -> None:
    article = (
        "The Russian Armed Forces' advance to Petropavlovka led to a new configuration near Kupyansk\n"
        "Russian troops today struck on the eastern flank of the Kupyansk direction, which led to the enemy "
        "losing significant areas of territory.\n"
    )

    assert texts(article) == [
        "The Russian Armed Forces' advance to Petropavlovka led to a new configuration near Kupyansk",
        "Russian troops today struck on the eastern flank of the Kupyansk direction, which led to the enemy "
        "losing significant areas of territory.",
    ]


def test_hard_wrapped_lines_still_run_on() -> None:
    article = (
        "Ukrainian forces pushed Russian troops out of the villages north of Kharkiv\n"
        "and reached the border in several places, the governor said on Friday.\n"
    )

    assert len(texts(article)) == 1
