"""Reading article files: every format, every encoding, and every way a file can be wrong."""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from geo.errors import FrontmapError
from geo.read.reading import read_articles, read_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "read"


@pytest.mark.parametrize(
    ("name", "title", "source", "published", "url", "said", "not_said"),
    [
        (
            "kharkiv.txt",
            "Ukrainian forces retake Izium as Russian lines collapse in Kharkiv region",
            "",
            None,
            "",
            "Ukrainian forces recaptured the town of Izium on Saturday",
            "\r",
        ),
        (
            "kherson.md",
            "Ukrainian troops enter Kherson after Russian withdrawal",
            "Frontline Wire",
            date(2022, 11, 11),
            "https://frontline.example/2022/11/11/kherson-entered",
            "Ukrainian troops entered the southern city of Kherson on Friday",
            "tags:",
        ),
        (
            "date_key.md",
            "Russia's forces pull back across the Dnipro",
            "",
            date(2022, 11, 9),
            "",
            "Sergei Shoigu ordered troops to withdraw",
            "---",
        ),
        (
            "kherson.html",
            "Ukrainian troops enter Kherson",
            "Kyiv Ledger",
            date(2022, 11, 11),
            "https://kyivledger.example/2022/11/11/kherson",
            "Kherson was the only regional capital Russia had captured",
            "Subscribe",
        ),
        (
            "time_tag.html",
            "Ukrainian forces enter Kupiansk",
            "",
            date(2022, 9, 10),
            "",
            "raising the national flag over the city council building",
            "<time",
        ),
        (
            "kherson.atom",
            "Antonivskyi bridge destroyed as Russia leaves Kherson",
            "Southern Front Daily",
            date(2022, 11, 11),
            "https://southernfront.example/2022/11/11/antonivskyi",
            "The Antonivskyi bridge across the Dnipro River collapsed early on Friday",
            "<p>",
        ),
    ],
)
def test_each_format_gives_title_date_url_and_text(name, title, source, published, url, said, not_said):
    reading = read_articles(FIXTURES / name)

    [article] = reading.articles
    assert (article.title, article.source, article.published, article.url) == (title, source, published, url)
    assert said in article.text
    assert not_said not in article.text
    assert article.path == str(FIXTURES / name)
    assert reading.problems == []


def test_markdown_keeps_the_prose_and_drops_the_markup():
    [article] = read_articles(FIXTURES / "kherson.md").articles

    assert article.text.startswith("Ukrainian troops enter Kherson\n\n")
    assert "city of Kherson on Friday" in article.text
    assert "to the east bank of the Dnipro River" in article.text
    assert "according to video verified by reporters." in article.text
    assert '"Kherson is ours," a soldier told Frontline Wire.' in article.text
    for markup in ("**", "*east", "_Frontline", "![", "](", "https://", "# ", "> "):
        assert markup not in article.text


def test_html_drops_menus_comments_and_footer_and_separates_paragraphs():
    [article] = read_articles(FIXTURES / "kherson.html").articles

    paragraphs = article.text.split("\n\n")
    assert paragraphs[1].startswith("Ukrainian troops entered the southern city of Kherson")
    assert paragraphs[2].startswith("Residents gathered in the central square")
    for boilerplate in ("Home", "Subscribe", "Reader 1", "Copyright", "Cookie"):
        assert boilerplate not in article.text


def test_html_soup_still_gives_its_text():
    [article] = read_articles(FIXTURES / "soup.html").articles

    assert "Ukrainian forces pushed east of Balakliia on Thursday" in article.text
    assert "under occupation since March" in article.text
    assert "<p>" not in article.text


def test_rss_feed_gives_an_article_per_entry_and_skips_entries_without_english_text():
    path = FIXTURES / "frontline.rss"

    reading = read_articles(path)

    assert [article.title for article in reading.articles] == [
        "Ukrainian forces recapture Balakliia",
        "Russia says it is regrouping from Izium",
    ]
    balakliia = reading.articles[0]
    assert balakliia.text == (
        "Ukrainian forces have recaptured Balakliia, a town in the Kharkiv region, officials said on "
        "Thursday.\n\nThe town had been occupied since March."
    )
    assert balakliia.published == date(2022, 9, 8)
    assert balakliia.url == "https://frontline.example/2022/09/08/balakliia"
    assert balakliia.source == "Frontline Wire: Ukraine"
    assert reading.problems == [
        f"{path}: entry 2 ('Photo gallery'): no text (skipped)",
        f"{path}: entry 3 ('Украинские войска вошли в Купянск'): text is not in English "
        "(frontmap reads English articles; 100% of letters are Cyrillic) (skipped)",
    ]


def test_a_truncated_feed_keeps_its_complete_entries(tmp_path):
    whole = (FIXTURES / "frontline.rss").read_text(encoding="utf-8")
    path = tmp_path / "truncated.rss"
    path.write_text(
        whole[: whole.index("<item>\n<title>Photo gallery")]
        + "<item><title>Izium</title><description>Russia",
        encoding="utf-8",
    )

    reading = read_articles(path)

    assert [article.title for article in reading.articles] == ["Ukrainian forces recapture Balakliia"]
    assert reading.problems[0].startswith(f"{path}: the feed is not well-formed (")
    assert reading.problems[1] == f"{path}: entry 2 ('Izium'): no text (skipped)"


def test_jsonl_keeps_the_good_lines_and_names_the_bad_ones():
    path = FIXTURES / "articles.jsonl"

    reading = read_articles(path)

    assert [(article.title, article.published) for article in reading.articles] == [
        ("Ukraine retakes Izium", date(2022, 9, 10)),
        ("Lyman recaptured", date(2022, 10, 1)),
    ]
    assert reading.articles[0].source == "Frontline Wire"
    assert reading.articles[1].url == "https://frontline.example/lyman"
    assert reading.problems[:2] == [
        f"{path}: line 3: not valid JSON (skipped)",
        f"{path}: line 4: no 'text' (skipped)",
    ]
    assert reading.problems[2].startswith(f"{path}: line 6: text is not in English")


@pytest.mark.parametrize(
    "name", ["kharkiv.txt", "kherson.md", "kherson.html", "frontline.rss", "articles.jsonl"]
)
def test_published_overrides_every_articles_date(name):
    reading = read_articles(FIXTURES / name, published=date(2022, 11, 14))

    assert reading.articles
    assert {article.published for article in reading.articles} == {date(2022, 11, 14)}


@pytest.mark.parametrize(
    "name", ["kharkiv.txt", "kherson.md", "kherson.html", "kherson.atom", "frontline.rss", "articles.jsonl"]
)
def test_a_file_without_extension_is_read_by_its_content(name, tmp_path):
    renamed = tmp_path / "article"
    shutil.copy(FIXTURES / name, renamed)

    sniffed = read_articles(renamed).articles
    named = read_articles(FIXTURES / name).articles

    assert [(a.title, a.text, a.published, a.url) for a in sniffed] == [
        (a.title, a.text, a.published, a.url) for a in named
    ]


QUOTING_ARTICLE = (
    "Ukrainian forces enter Kupiansk\n\n"
    "Ukrainian forces entered Kupiansk on Saturday. A soldier's post read "
    "«Слава Україні, ми в Куп'янську» under a photo of the flag over the city council.\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig", "utf-32"])
def test_text_in_other_encodings_is_decoded(encoding, tmp_path):
    path = tmp_path / f"kupiansk-{encoding}.txt"
    path.write_bytes(QUOTING_ARTICLE.encode(encoding))

    [article] = read_articles(path).articles

    assert article.title == "Ukrainian forces enter Kupiansk"
    assert "«Слава Україні, ми в Куп'янську»" in article.text


def test_an_english_article_quoting_a_cyrillic_post_is_read():
    [article] = read_articles(FIXTURES / "quoted_tweet.txt").articles

    assert "«Херсон — це Україна! Ми дочекалися»" in article.text


def test_a_garbage_front_matter_date_is_ignored_with_a_problem_line():
    path = FIXTURES / "garbage_date.md"

    reading = read_articles(path)

    [article] = reading.articles
    assert article.published is None
    assert article.title == "Ukraine reports Russian withdrawal from Lyman"
    assert reading.problems == [
        f"{path}: front matter 'published' is not a date: 'next tuesday-ish' (ignored)"
    ]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2022-11-11", date(2022, 11, 11)),
        ('"2022-11-11T23:30:00+02:00"', date(2022, 11, 11)),
        ("2022-11-11T10:00:00Z", date(2022, 11, 11)),
        ("11 November 2022", date(2022, 11, 11)),
        ("'November 11, 2022'", date(2022, 11, 11)),
        ("Nov. 11, 2022", date(2022, 11, 11)),
        ("Sept 10, 2022", date(2022, 9, 10)),
        ("11.11.2022", date(2022, 11, 11)),
        ("Fri, 11 Nov 2022 10:00:00 GMT", date(2022, 11, 11)),
        ("2022-13-45", None),
        ("2022", None),
    ],
)
def test_front_matter_dates_are_read_in_the_forms_newsrooms_write(written, day, tmp_path):
    path = tmp_path / "kherson.md"
    path.write_text(f"---\npublished: {written}\n---\nUkrainian troops entered Kherson on Friday.\n")

    reading = read_articles(path)

    assert reading.articles[0].published == day
    assert len(reading.problems) == (day is None)


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "x.txt"


def _directory(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    return tmp_path / "articles"


def _empty(tmp_path: Path) -> Path:
    (tmp_path / "x.txt").write_bytes(b"")
    return tmp_path / "x.txt"


def _whitespace(tmp_path: Path) -> Path:
    (tmp_path / "x.txt").write_text(" \n\t\n\u00a0\u200b\n", encoding="utf-8")
    return tmp_path / "x.txt"


def _binary_with_nul_bytes(tmp_path: Path) -> Path:
    (tmp_path / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50)
    return tmp_path / "x.txt"


def _binary_without_nul_bytes(tmp_path: Path) -> Path:
    noise = random.Random(7)
    (tmp_path / "x.txt").write_bytes(bytes(noise.randrange(1, 256) for _ in range(4000)))
    return tmp_path / "x.txt"


def _fifty_megabytes(tmp_path: Path) -> Path:
    with open(tmp_path / "x.txt", "wb") as sparse:
        sparse.truncate(50 * 1024 * 1024)
    return tmp_path / "x.txt"


def _russian(tmp_path: Path) -> Path:
    return FIXTURES / "russian.txt"


def _not_a_feed(tmp_path: Path) -> Path:
    return FIXTURES / "not_a_feed.xml"


def _login_page(tmp_path: Path) -> Path:
    return FIXTURES / "login.html"


def _html_without_text(tmp_path: Path) -> Path:
    (tmp_path / "page.html").write_text(
        '<html><head><title>War</title></head><body><nav><a href="/">Home</a></nav><div></div></body></html>',
        encoding="utf-8",
    )
    return tmp_path / "page.html"


def _jsonl_without_a_good_line(tmp_path: Path) -> Path:
    (tmp_path / "x.jsonl").write_text('{"title": "Kherson"}\n{"text": "Ukrainian troops\n', encoding="utf-8")
    return tmp_path / "x.jsonl"


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (_missing, "x.txt: no such file"),
        (_directory, "articles: is a directory (give an article file; folders are for 'frontmap ingest')"),
        (_empty, "x.txt: file is empty (nothing to read)"),
        (_whitespace, "x.txt: file is empty (nothing to read)"),
        (_binary_with_nul_bytes, "x.txt: binary file, not an article"),
        (_binary_without_nul_bytes, "x.txt: binary file, not an article"),
        (_fifty_megabytes, "x.txt: file is 50.0 MB, more than the 10 MB an article may be (split it)"),
        (
            _russian,
            "russian.txt: text is not in English "
            "(frontmap reads English articles; 100% of letters are Cyrillic)",
        ),
        (
            _not_a_feed,
            "not_a_feed.xml: not an RSS or Atom feed (<unknown>:4:61: not well-formed (invalid token))",
        ),
        (_login_page, "login.html: no article text found in the HTML (is it a login or index page?)"),
        (_html_without_text, "page.html: no article text found in the HTML (is it a login or index page?)"),
        (
            _jsonl_without_a_good_line,
            "x.jsonl: no article could be read (line 1: no 'text', and 1 more problem) "
            "(give one JSON object with an English 'text' per line)",
        ),
    ],
)
def test_a_file_that_gives_no_article_raises_one_line_naming_it(make_path, message, tmp_path):
    path = make_path(tmp_path)

    with pytest.raises(FrontmapError) as raised:
        read_articles(path)

    assert str(raised.value) == f"{path.parent}/{message}"


def test_read_text_normalises_like_a_file():
    article = read_text(
        "Kherson\r\nUkrainian troops entered Kherson\u00a0on\u200b Friday. Mykolai\u0308v\r\n",
        title="  Kherson retaken ",
        source="Kyiv Ledger",
        published=date(2022, 11, 11),
        url="https://kyivledger.example/kherson",
    )

    assert article.text == "Kherson\nUkrainian troops entered Kherson on Friday. Mykolaïv"
    assert article.title == "Kherson retaken"
    assert article.published == date(2022, 11, 11)
    assert article.path == ""


MIXED = "M\u0435\u043b\u043e\u0432oe"  # Latin M and o among Cyrillic letters
MELOVOE = "\u041c\u0435\u043b\u043e\u0432\u043e\u0435"  # the same word all in Cyrillic
SHEBEKINO = "\u0428\u0435\u0431\u0435\u043a\u0438\u043d\u043e"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (f"abandon the village of {MIXED}", f"abandon the village of {MELOVOE}"),
        ("shelling of Kh\u0435rson", "shelling of Kherson"),  # a Cyrillic e, no Cyrillic-only letter: Latin
        (f"{SHEBEKINO} and Kyiv", f"{SHEBEKINO} and Kyiv"),  # a word of one script each: unchanged
    ],
)
def test_a_word_mixing_look_alike_letters_is_read_in_one_script(written, read):
    article = read_text(f"Russian troops took it. {written}.", title="t", published=date(2025, 7, 5))

    assert article.text == f"Russian troops took it. {read}."


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Ukraine retakes Kherson", "Ukraine retakes Kherson"),
        ("Ukrainian troops entered Kherson on Friday.", ""),
        ("Ukrainian troops entered Kherson " * 8, ""),
    ],
)
def test_plain_text_title_is_a_short_first_line_that_is_not_a_sentence(first_line, title, tmp_path):
    path = tmp_path / "kherson.txt"
    path.write_text(f"\n{first_line}\n\nResidents gathered in the central square on Friday night.\n")

    [article] = read_articles(path).articles

    assert article.title == title


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("KYIV, September 11, 2022 (Reuters) - Ukrainian forces recaptured Izium.", date(2022, 9, 11)),
        ("By Olena Koval | 11 September 2022\n\nUkrainian forces recaptured Izium.", date(2022, 9, 11)),
        ("KYIV (Reuters) - Ukrainian forces recaptured Izium on Saturday.", None),  # no year: no guess
    ],
)
def test_a_plain_text_article_takes_its_day_from_its_dateline(tmp_path: Path, head: str, day) -> None:
    path = tmp_path / "story.txt"
    path.write_text(head + "\n", encoding="utf-8")

    assert read_articles(path).articles[0].published == day


def test_a_dateline_never_overrides_the_published_option(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("KYIV, September 11, 2022 - Ukrainian forces recaptured Izium.\n", encoding="utf-8")

    assert read_articles(path, published=date(2022, 9, 12)).articles[0].published == date(2022, 9, 12)
