"""Russian-style spellings of Ukrainian village names, derived by rule, meet the spellings the press uses."""

from __future__ import annotations

import pytest

from gazetteer import key
from gazetteer.spellings import adjectival_forms, russian_forms, russian_spellings


@pytest.mark.parametrize(
    ("ukrainian", "press"),
    [
        ("Роботине", "Rabotino"),
        ("Стариця", "Staritsa"),  # -иця: the Kharkiv border village the Defence Ministry took in 2024
        ("Кругленьке", "Kruglenkoye"),
        ("Кліщіївка", "Kleshcheevka"),
        ("Кліщіївка", "Kleshcheyevka"),
        ("Кринки", "Krinki"),
        ("Старомайорське", "Staromayorskoye"),
        ("Старомайорське", "Staromayorskoe"),
        ("Новопрокопівка", "Novoprokopovka"),
        ("Синьківка", "Sinkovka"),
        ("Очеретине", "Ocheretino"),
        ("Андріївка", "Andreyevka"),
        ("Миколаївка", "Nikolaevka"),
        ("Новоолександрівка", "Novoaleksandrovka"),
        ("Іванівка", "Ivanovka"),
        ("Степове", "Stepovoye"),
        ("Сіверськ", "Seversk"),
        ("Покровське", "Pokrovskoye"),
        ("Велика Новосілка", "Velikaya Novoselka"),
        ("Новоєгорівка", "Novoyegorovka"),
        ("Урожайне", "Urozhaynoye"),
        ("Вільне", "Volnoye"),
        ("Вільнянськ", "Volnyansk"),
        ("Весела Гора", "Veselaya Gora"),
        ("Широке", "Shirokoye"),
        ("Золота Нива", "Zolotaya Niva"),
        ("Костянтинівка", "Konstantinovka"),  # a given name the two languages spell differently
        ("Новокостянтинівка", "Novokonstantinovka"),
        ("Микільське", "Nikolskoye"),
        ("Піщане", "Peschanoye"),
        ("Жовте", "Zheltoye"),
        ("Желанне Друге", "Zhelannoye Vtoroye"),  # the ordinal, too: "second" is "vtoroye" in Russian
        ("Новоселівка Перша", "Novoselovka Pervaya"),
        ("Степова Новоселівка", "Stepovaya Novoselovka"),  # a feminine adjective: -ова is -овая
        ("Степова Новоселівка", "Stepova Novoselovka"),  # ... kept as it is by some
        ("Олександро-Калинове", "Aleksandro-Kalinove"),  # a Russian root, the Ukrainian ending
        ("Верхньокам'янка", "Verkhnekamenka"),  # верхньо- is верхне- in Russian
        ("Нижньодуванка", "Nizhneduvanka"),  # the Luhansk Oblast town Moscow claimed in 2022
    ],
)
def test_the_press_spelling_is_among_the_derived_ones(ukrainian: str, press: str) -> None:
    assert key(press) in {key(s) for s in russian_spellings(ukrainian)}


def test_a_name_gives_few_forms_however_many_words_it_has() -> None:
    assert len(russian_forms("Нова Іванівка Велика Олександрівка")) <= 6


@pytest.mark.parametrize(
    ("spellings"),
    [
        ("Krasnyy", "Krasny", "Krasnyi", "Krasniy", "Krasnii"),  # -yy -y -yi -iy -ii adjective endings
        ("Velykyi", "Velikiy", "Velykyy", "Veliky"),
        ("Novaya", "Novaia"),
    ],
)
def test_the_key_merges_the_spellings_of_adjective_endings(spellings: tuple[str, ...]) -> None:
    assert len({key(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    ("town", "village"),
    [
        ("Pokrovsk", "Pokrovske"),
        ("Bakhmut", "Bakhmutske"),
        ("Siversk", "Siverske"),
        ("Pokrovsk", "Pokrovskoye"),
    ],
)
def test_the_key_keeps_a_town_apart_from_the_village_named_after_it(town: str, village: str) -> None:
    assert key(town) != key(village)


@pytest.mark.parametrize(
    ("ukrainian", "adjectival"),
    [("Часів Яр", "Часовий Яр"), ("Гонтів Яр", "Гонтовий Яр")],
)
def test_a_possessive_first_word_is_also_read_as_an_adjective(ukrainian: str, adjectival: str) -> None:
    """Часів Яр is also written Часовий Яр ("Chasovyi Yar" in General Staff translations)."""
    assert adjectival in adjectival_forms(ukrainian)


@pytest.mark.parametrize("name", ["Кліщіївка", "Нова Каховка", "Велика Новосілка"])
def test_a_name_without_a_possessive_first_word_has_no_adjectival_form(name: str) -> None:
    assert adjectival_forms(name) == []
