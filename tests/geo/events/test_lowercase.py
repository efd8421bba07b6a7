"""Case-insensitive rules run over lower-cased text must find exactly what they found before."""

import re

import pytest

from geo.events.actors import GROUPS, STRONG
from geo.events.lowercase import lower_case, same_offsets
from geo.events.triggers import PATTERNS, find_triggers

SENTENCES = [
    "Ukrainian forces RECAPTURED Izium on Saturday, the General Staff said.",
    "The Russian Armed Forces liberated the settlement of Novosadove, the Defence Ministry said.",
    "Kyiv's 93rd Separate Mechanized Brigade pushed Wagner units out of Klishchiivka.",
    "The occupiers shelled Kherson and the Antonivskyi Bridge was struck by HIMARS rockets.",
    "Battlegroup Center advanced near Ocheretyne as the Tavria operational-strategic group regrouped.",
    "Moscow's troops WITHDREW from the right bank after Ukrainian artillery hit the pontoon crossings.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_trigger_patterns_match_the_same_spans_in_lower_case(sentence):
    for pattern in PATTERNS:
        expected = [m.span() for m in pattern.regex.finditer(sentence)]
        assert [m.span() for m in pattern.lowered.finditer(sentence.lower())] == expected


@pytest.mark.parametrize("sentence", SENTENCES)
def test_actor_patterns_match_the_same_spans_in_lower_case(sentence):
    for pattern in [*STRONG.values(), *GROUPS.values()]:
        expected = [m.span() for m in pattern.finditer(sentence)]
        assert [m.span() for m in lower_case(pattern).finditer(sentence.lower())] == expected


def test_a_text_whose_lower_case_is_longer_falls_back_to_the_pattern_as_written():
    sentence = "İstanbul talks stalled as Russian troops captured Pervomaiske."
    assert not same_offsets(sentence, sentence.lower())
    (trigger,) = find_triggers(sentence)
    assert sentence[trigger.start : trigger.end] == trigger.text == "captured"


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\bcaptured\b"),  # case-sensitive on purpose
        re.compile(r"\bnear\S+", re.IGNORECASE),  # \S lower-cased would be \s
        re.compile(r"(?P<Side>Russian)", re.IGNORECASE),  # a group name
        re.compile(r"(?-i:May)\s+\d+", re.IGNORECASE),  # a case-sensitive part
    ],
)
def test_patterns_that_lower_casing_would_change_are_refused(pattern):
    with pytest.raises(ValueError):
        lower_case(pattern)
