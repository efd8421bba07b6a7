"""Event dates resolved from news sentences against the article's published day."""

from __future__ import annotations

from datetime import date

import pytest

from geo.dates import EventDate, date_words, resolve_date

SATURDAY = date(2022, 9, 10)  # the week Ukraine's Kharkiv counteroffensive broke through
SUNDAY = date(2022, 9, 11)
MONDAY = date(2022, 9, 12)
THURSDAY = date(2022, 9, 15)


@pytest.mark.parametrize(
    ("sentence", "day", "text"),
    [
        (
            "Russian forces withdrew from Balakliia on Wednesday, officials said.",
            date(2022, 9, 7),
            "on Wednesday",
        ),
        ("Ukrainian troops entered Kupiansk Saturday, a regional official said.", SATURDAY, "Saturday"),
        ("Ukraine said Saturday it had retaken Izyum.", SATURDAY, "Saturday"),
        ("A power station in Kharkiv was hit Tuesday evening.", date(2022, 9, 6), "Tuesday evening"),
        ("Russian forces left Izyum late on Thursday.", date(2022, 9, 8), "late on Thursday"),
        ("Drones hit Kherson overnight into Friday.", date(2022, 9, 9), "overnight into Friday"),
    ],
)
def test_weekdays_are_the_most_recent_such_day(sentence: str, day: date, text: str) -> None:
    assert resolve_date(sentence, SATURDAY) == EventDate(day, "day", text)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (date(2022, 9, 15), date(2022, 9, 6)),  # a Thursday: last week's Tuesday, not two days ago
        (SATURDAY, date(2022, 8, 30)),
        (date(2022, 9, 12), date(2022, 9, 6)),  # a Monday
    ],
)
def test_last_weekday_is_that_day_of_last_week(published: date, day: date) -> None:
    assert resolve_date("Missiles struck Kharkiv last Tuesday.", published) == EventDate(
        day, "day", "last Tuesday"
    )


def test_last_weekday_named_on_that_weekday_is_a_week_back() -> None:
    assert resolve_date("Shelling hit Kharkiv last Saturday.", SATURDAY).day == date(2022, 9, 3)


@pytest.mark.parametrize(
    ("sentence", "day", "text"),
    [
        ("Ukrainian forces entered Kupiansk today.", SATURDAY, "today"),
        ("Explosions were heard in Kharkiv this morning.", SATURDAY, "this morning"),
        ("Sirens sounded in Kyiv tonight.", SATURDAY, "tonight"),
        ("Yesterday Ukrainian troops reached the Oskil.", date(2022, 9, 9), "Yesterday"),
        ("Russia shelled Kharkiv overnight, the governor said.", date(2022, 9, 9), "overnight"),
        ("Missiles struck Zaporizhzhia last night.", date(2022, 9, 9), "last night"),
        ("Balakliia was retaken two days ago.", date(2022, 9, 8), "two days ago"),
    ],
)
def test_day_words(sentence: str, day: date, text: str) -> None:
    assert resolve_date(sentence, SATURDAY) == EventDate(day, "day", text)


@pytest.mark.parametrize(
    ("sentence", "day", "text"),
    [
        ("Ukraine entered Balakliia on 9 September.", date(2022, 9, 9), "on 9 September"),
        ("Ukraine entered Balakliia September 9.", date(2022, 9, 9), "September 9"),
        ("Ukraine entered Balakliia Sept. 9, officials said.", date(2022, 9, 9), "Sept. 9"),
        ("Ukraine entered Balakliia on the 9th of September.", date(2022, 9, 9), "on the 9th of September"),
        ("The counteroffensive began September 6, 2022.", date(2022, 9, 6), "September 6, 2022"),
        ("The counteroffensive began on 6 September 2022.", date(2022, 9, 6), "on 6 September 2022"),
        ("The counteroffensive began 2022-09-06, officials said.", date(2022, 9, 6), "2022-09-06"),
        ("Russian troops seized the plant on March 4.", date(2022, 3, 4), "on March 4"),
        ("The Crimean bridge was hit on October 8.", date(2021, 10, 8), "on October 8"),
    ],
)
def test_calendar_dates(sentence: str, day: date, text: str) -> None:
    assert resolve_date(sentence, SATURDAY) == EventDate(day, "day", text)


def test_an_invalid_calendar_date_is_not_a_date() -> None:
    assert (
        resolve_date("The report dated February 30 said little.", SATURDAY, default_recent=False).day is None
    )


@pytest.mark.parametrize(
    ("sentence", "published", "saturday"),
    [
        ("Ukraine retook dozens of villages at the weekend.", MONDAY, date(2022, 9, 10)),
        ("Ukraine retook dozens of villages over the weekend.", SUNDAY, date(2022, 9, 10)),
        ("Ukraine retook dozens of villages over the weekend.", SATURDAY, date(2022, 9, 3)),
        ("Ukraine retook dozens of villages this weekend.", MONDAY, date(2022, 9, 10)),
        ("Ukraine retook dozens of villages this weekend.", SATURDAY, SATURDAY),
        ("Ukraine retook dozens of villages last weekend.", THURSDAY, date(2022, 9, 10)),
        ("Ukraine retook dozens of villages last weekend.", SUNDAY, date(2022, 9, 3)),
    ],
)
def test_weekends_give_their_saturday(sentence: str, published: date, saturday: date) -> None:
    result = resolve_date(sentence, published)
    assert (result.day, result.precision) == (saturday, "week")


@pytest.mark.parametrize(
    ("sentence", "monday", "text"),
    [
        ("Russia shelled Kharkiv earlier this week.", date(2022, 9, 12), "earlier this week"),
        ("Russia shelled Kharkiv this week.", date(2022, 9, 12), "this week"),
        (
            "At the beginning of the week Russia shelled Kharkiv.",
            date(2022, 9, 12),
            "At the beginning of the week",
        ),
        ("Russia shelled Kharkiv early this week.", date(2022, 9, 12), "early this week"),
        ("Ukraine retook Izyum last week.", date(2022, 9, 5), "last week"),
    ],
)
def test_weeks_give_their_monday(sentence: str, monday: date, text: str) -> None:
    assert resolve_date(sentence, THURSDAY) == EventDate(monday, "week", text)


@pytest.mark.parametrize(
    ("sentence", "published", "day", "text"),
    [
        ("Ukraine retook Snake Island in July.", SATURDAY, date(2022, 7, 15), "in July"),
        ("Russia struck Odesa last July.", SATURDAY, date(2022, 7, 15), "last July"),
        ("Ukraine hit the Antonivskyi bridge in early July.", SATURDAY, date(2022, 7, 1), "in early July"),
        ("Ukraine hit the Antonivskyi bridge in mid-July.", SATURDAY, date(2022, 7, 15), "in mid-July"),
        ("Ukraine hit the Antonivskyi bridge in late July.", SATURDAY, date(2022, 7, 20), "in late July"),
        (
            "Ukraine hit the Antonivskyi bridge in July 2022.",
            date(2024, 2, 3),
            date(2022, 7, 15),
            "in July 2022",
        ),
        ("Russia captured Bakhmut last May.", date(2024, 2, 3), date(2023, 5, 15), "last May"),
        ("Russia struck Odesa last July.", date(2023, 7, 20), date(2022, 7, 15), "last July"),
        ("Russia seized Kherson in March.", date(2024, 2, 3), date(2023, 3, 15), "in March"),
        (
            "Since the April withdrawal from Kyiv, Russia has focused on Donbas.",
            SATURDAY,
            date(2022, 4, 15),
            "April",
        ),
        (
            "Russian forces struck Kharkiv earlier this month.",
            SATURDAY,
            date(2022, 9, 1),
            "earlier this month",
        ),
    ],
)
def test_months_give_their_middle_or_the_named_part(
    sentence: str, published: date, day: date, text: str
) -> None:
    assert resolve_date(sentence, published) == EventDate(day, "month", text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Russia has lost ground in the last two weeks.", "in the last two weeks"),
        ("Fighting around Bakhmut intensified in recent days.", "in recent days"),
        ("Ukraine recently retook several villages near Kherson.", "recently"),
        ("Russia has held Crimea since 2014.", "2014"),
        ("Russia occupied Crimea in 2014.", "2014"),
        ("Russia's 2014 annexation of Crimea was never recognised.", "2014"),
        ("Ukraine has retaken 8,000 square kilometers since September.", "since September"),
    ],
)
def test_vague_periods_give_no_day(sentence: str, text: str) -> None:
    assert resolve_date(sentence, SATURDAY) == EventDate(None, None, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian forces are about 120 kilometers from the Russian border.",
        "Ukraine has retaken 8,000 square kilometers of territory.",
        "Prime Minister Theresa May is not mentioned in war reports.",
    ],
)
def test_numbers_and_names_that_are_not_dates_fall_back_to_recent(sentence: str) -> None:
    assert resolve_date(sentence, SATURDAY) == EventDate(SATURDAY, "week", "")
    assert resolve_date(sentence, SATURDAY, default_recent=False) == EventDate(None, None, "")


def test_without_a_published_day_relative_dates_give_no_day() -> None:
    assert resolve_date("Russia shelled Kharkiv on Tuesday.", None) == EventDate(None, None, "on Tuesday")
    assert resolve_date("Russia shelled Kharkiv.", None) == EventDate(None, None, "")


def test_without_a_published_day_a_full_date_still_resolves() -> None:
    result = resolve_date("The counteroffensive began September 6, 2022.", None)
    assert result == EventDate(date(2022, 9, 6), "day", "September 6, 2022")


def test_the_first_date_expression_wins() -> None:
    sentence = "Ukraine retook Izyum on Saturday after Russian forces left on Thursday."
    assert resolve_date(sentence, SATURDAY).text == "on Saturday"


@pytest.mark.parametrize(
    ("sentence", "day", "text"),
    [
        (
            "The governor said Saturday that Russia had shelled Kharkiv overnight.",
            date(2022, 9, 9),
            "overnight",
        ),
        (
            "Zelensky told reporters on Friday that troops entered Kupiansk on Thursday.",
            date(2022, 9, 8),
            "on Thursday",
        ),
        ("Ukraine's military said on Saturday it had recaptured Izyum.", SATURDAY, "on Saturday"),
    ],
)
def test_the_day_of_a_statement_gives_way_to_the_day_of_the_event(
    sentence: str, day: date, text: str
) -> None:
    assert resolve_date(sentence, SATURDAY) == EventDate(day, "day", text)


def test_an_iso_timestamp_gives_its_day() -> None:
    assert resolve_date("Posted 2022-09-06T10:00 by the General Staff.", SATURDAY).day == date(2022, 9, 6)


def test_a_photo_credit_does_not_date_the_event() -> None:
    sentence = "A destroyed tank near Izyum (AP Photo/Evgeniy Maloletka, File, Sept. 1) was found on Friday."
    assert resolve_date(sentence, SATURDAY) == EventDate(date(2022, 9, 9), "day", "on Friday")


def test_last_month_is_the_middle_of_the_month_before() -> None:
    assert resolve_date("Russian forces shelled Nikopol last month.", date(2022, 10, 12)) == EventDate(
        date(2022, 9, 15), "month", "last month"
    )


@pytest.mark.parametrize(
    ("sentence", "may"),
    [
        ("Russian troops withdrew from Kupiansk after heavy fighting.", False),
        ("Russian troops withdrew from Kupiansk on Tuesday.", True),
        ("Ukrainian forces recaptured Izium in September 2022.", True),
        ("The occupiers shelled Kherson overnight.", True),
    ],
)
def test_a_sentence_with_no_date_word_is_known_to_hold_no_date(sentence, may):
    assert bool(date_words(sentence)) is may
    if not may:
        assert resolve_date(sentence, date(2022, 9, 10), default_recent=False).text == ""


def test_the_date_words_of_a_sentence_are_found_where_they_start():
    sentence = "Russian troops shelled Kherson overnight and withdrew from Oleshky on Tuesday, 9 May 2023."
    found = date_words(sentence)
    assert [sentence[s : s + 3] for s, _ in found] == ["ove", "Tue", "May", "202"]
    assert [word for _, word in found][:3] == ["overnight", "tue", "may"]
    assert date_words("Russian troops withdrew from Kupiansk after heavy fighting.") == []


def test_the_date_words_given_resolve_as_the_sentence_alone_does():
    sentence = "Russian troops withdrew from Oleshky on Tuesday, 9 May 2023, the governor said."
    words = {word for _, word in date_words(sentence)}
    assert resolve_date(sentence, date(2023, 5, 12), words=words) == resolve_date(sentence, date(2023, 5, 12))


DATED_SENTENCES = [
    "Russian troops withdrew from Kherson on 11 November 2022 and from Oleshky on Nov. 14.",
    "The town was liberated on September 10, 2022, and Lyman on Sept. 30 and the 1st of October.",
    "Since early March, and in late February 2023, the front barely moved; in mid-May it did.",
    "Last Tuesday, this past Sunday and early on Friday morning, drones struck Odesa.",
    "Earlier today, overnight and last night missiles hit Kyiv; yesterday evening too.",
    "Two weeks ago, and three days ago, the bridge was hit; at the weekend and this past weekend too.",
    "Earlier this week, last week and at the start of the previous week the village changed hands.",
    "Earlier this month and last month, and in the past few days, in recent months, recently, lately.",
    "Over the past day, Russian troops shelled Beryslav and Bilozerka 40 times.",
    "Last year and this summer, in the spring, since 2014 and by 2023 the line held (2024-02-17).",
    "The dam was seized in the first hours of the war, the port at the start of the invasion.",
]


def test_every_match_of_a_date_pattern_holds_one_of_its_words():
    from geo.dates import _PATTERNS

    matched = set()
    for sentence in DATED_SENTENCES:
        for order, (pattern, _, words) in enumerate(_PATTERNS):
            for match in pattern.finditer(sentence):
                matched.add(order)
                found = {word for _, word in date_words(match.group())}
                assert found & words, (match.group(), sorted(words))
    assert matched == set(range(len(_PATTERNS)))  # the sentences exercise every pattern


def test_a_daily_summary_tells_of_the_day_before_it() -> None:
    found = resolve_date("Over the past day, Russian troops shelled Beryslav 40 times.", date(2024, 12, 3))
    assert (found.day, found.precision) == (date(2024, 12, 2), "day")
    # a few days are a period, not a day
    assert resolve_date("Over the past few days the village was shelled.", date(2024, 12, 3)).day is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dam was seized by Russian troops in the first hours of the war.", (date(2022, 2, 24), "week")),
        ("Kupiansk fell in the early days of the full-scale invasion.", (date(2022, 2, 24), "week")),
        ("The port was captured at the start of Russia's invasion.", (date(2022, 2, 24), "week")),
        ("Russian forces took the town on the war's first day.", (date(2022, 2, 24), "week")),
        ("The region was occupied in the first weeks of the invasion.", (date(2022, 2, 24), "month")),
        # a month of the invasion's start is its last five days: no capture came before the 24th
        ("Russian forces captured Kupiansk in February 2022.", (date(2022, 2, 24), "month")),
        ("Russian troops massed along the border in early February 2022.", (date(2022, 2, 1), "month")),
        # a period since the start is no date: the news of the week, as for a sentence with none
        ("Kharkiv has been shelled since the start of the war.", (date(2024, 6, 1), "week")),
    ],
)
def test_the_invasion_s_first_days_are_24_february_2022(sentence: str, expected: tuple[date, str]) -> None:
    found = resolve_date(sentence, date(2024, 6, 1))
    assert (found.day, found.precision) == expected


def test_the_start_of_the_war_in_a_text_from_before_the_invasion_is_no_date() -> None:
    found = resolve_date(
        "Luhansk was seized in the first days of the war.", date(2019, 5, 6), default_recent=False
    )
    assert found.day is None


def test_a_side_s_offensive_of_a_year_dates_what_it_took_to_that_year() -> None:
    found = resolve_date(
        "Kupiansk is one of the main places Ukraine recaptured in its 2022 offensive.", date(2025, 1, 22)
    )
    assert found.text == "2022" and found.day is None


def test_the_year_of_another_clause_s_offensive_dates_nothing() -> None:
    found = resolve_date(
        "The town had 20,000 people before Moscow launched its 2022 offensive.", date(2025, 1, 22)
    )
    assert found.text == ""


def test_overnight_on_a_named_day_is_that_day() -> None:
    found = resolve_date(
        "Drones attacked Kropyvnytskyi overnight on March 20, injuring eight.", date(2025, 4, 29)
    )
    assert found.day == date(2025, 3, 20)


def test_a_quarter_named_for_a_day_is_no_date() -> None:
    when = resolve_date("a fire in a field near the 8 March district of Berdiansk", date(2023, 7, 11))
    assert when.day != date(2023, 3, 8) and when.precision != "month"
