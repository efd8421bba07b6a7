"""Splitting an article into sentences, keeping each sentence's offsets into the article.

News prose breaks naive splitters in known ways: abbreviations ("Gen.", "U.S.", "Sept. 9"),
initials ("J. Smith"), quotes that close after the full stop (".”"), and paragraphs without a final
full stop (captions, datelines). A sentence ends at . ! ? or … followed by white space and a capital,
digit or opening quote, unless the word before the stop is an abbreviation; and at the end of a
paragraph. A line break ends a paragraph unless it only wraps a long line (the line runs on without
final punctuation), as in hard-wrapped Markdown and plain-text wire copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a full stop without ending a sentence, lower-cased without the stop.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr brig rep sen gov pres st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx est dept univ inc ltd co corp
    e.g i.e a.m p.m u.s u.k u.n e.u""".split()
)
# A candidate end: the stop (with closing quotes or brackets after it, and the footnote marks of
# ISW-style reports: "in the city.[1] The Russian MoD ..."), then space, then what may open a sentence.
# (A stop a careless page left no space after also ends one, between two words: "the MoD concluded.This
# month's liberation", "Gerasimov added.Russia's control", "on Thursday.As many as": not in "U.S.", in a
# site's name "Pravda.com" or in "Kyiv.Ukraine's".)
END = re.compile(
    r"([.!?…]+[\"”’')\]]*(?:\[\d{1,3}\])*)(\s+|(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2,}\s)"
    r"|(?<=[a-z]{4}\.)(?=[A-Z][a-z]{2,}['’]s\s|(?:As|At|An|By|He|If|In|It|On|We)\s))"
    # (a quote's cut marked between two of its sentences: '... sections. <...> Our troops have entered')
    r"(?=(?:<(?:\.\.\.|…)>\s+|\[(?:\.\.\.|…)\]\s+)?[\"“‘'(\[]?[A-Z0-9А-ЯІЇЄҐ])"
)
# A caption's date line ("... in Kharkiv, Ukraine. September 6, 2022 (REUTERS)") belongs to the caption.
DATE_LINE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b[^.!?]{0,60}$"
)
LINE = re.compile(r"[^\n]*\n?")
# The word before a full stop (abbreviations are short: looking this far back is enough).
WORD_REACH = 40
# A line ending in one of these, or shorter than SHORT_LINE (a headline, a dateline, a caption),
# ends its paragraph; a longer line without them runs on into the next.
LINE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
SHORT_LINE = 60
# A line that opens an item of a tally, the Russian Defence Ministry's "7 – over the territory of Smolensk
# region,": the line before it ends there, however long (no wrapped sentence goes on with a count and a dash).
TALLY_ITEM = re.compile(
    r"\s*\d{1,3}\s*[–—-]\s*(?:over|above|in)\s+(?:the\s+)?(?:territory|waters|airspace|area)\s+of\b"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: ``text == article_text[start:end]``, with its paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int


def split_sentences(text: str, title: str = "") -> list[Sentence]:
    """Return the sentences of ``text`` in order, stripped of surrounding white space.

    ``title`` is the article's headline: a line of the text that repeats it ends there, even with no
    full stop and a shorter line after it.
    """
    sentences: list[Sentence] = []
    for paragraph, (block_start, block_end) in enumerate(_paragraphs(text, title.strip())):
        block = text[block_start:block_end]
        start = 0
        for match in END.finditer(block):
            if _is_abbreviation(block, match.start(1)):
                continue
            _add(sentences, text, block_start + start, block_start + match.end(1), paragraph)
            start = match.end()
        _add(sentences, text, block_start + start, block_start + len(block), paragraph)
    return sentences


def _paragraphs(text: str, title: str = "") -> list[tuple[int, int]]:
    """The (start, end) of each paragraph: blank lines and ended lines close one, wrapped lines do not."""
    paragraphs: list[tuple[int, int]] = []
    start = None
    lines = list(LINE.finditer(text))
    for i, line in enumerate(lines):
        content = line.group().rstrip("\n")
        if not content.strip():
            if start is not None:
                paragraphs.append((start, line.start()))
                start = None
            continue
        if start is None:
            start = line.start()
        if (
            LINE_END.search(content)
            or len(content.strip()) < SHORT_LINE
            or not line.group().endswith("\n")
            or (i + 1 < len(lines) and _not_wrapped(content, lines[i + 1].group().rstrip("\n")))
            or (i + 1 < len(lines) and TALLY_ITEM.match(lines[i + 1].group()))
            # "Russia captures critical eastern Ukraine city amid hasty withdrawal from Kiev front" above
            # "Izyum stood in the way of a Russian advance.": the headline repeated, not a wrapped line
            or (title and content.strip() == title)
        ):
            paragraphs.append((start, line.start() + len(content)))
            start = None
    if start is not None:
        paragraphs.append((start, len(text)))
    return paragraphs


def _not_wrapped(line: str, following: str) -> bool:
    """Whether a line with no final punctuation was not cut by a wrap: the next line's first word would
    have fitted on it within the next line's own width (a headline repeated above a paragraph written on
    one line: "The Russian Armed Forces' advance to Petropavlovka led to a new configuration near
    Kupyansk"). A greedy wrap never leaves such room, so wrapped prose still runs on."""
    first = following.lstrip().split(" ", 1)[0]
    return bool(first) and len(line.rstrip()) + 1 + len(first) <= len(following.rstrip())


def _is_abbreviation(block: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial, not a sentence."""
    if block[stop] != ".":
        return False
    # the run of word characters and dots right before the stop, walked back by hand: a pattern anchored
    # at the stop would be tried from each of the WORD_REACH positions before it
    start, lowest = stop, max(0, stop - WORD_REACH)
    while start > lowest and (block[start - 1].isalnum() or block[start - 1] in "._"):
        start -= 1
    if start == stop:
        return False
    token = block[start:stop].lower().rstrip(".")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha() and token.isascii())


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    last = sentences[-1] if sentences else None
    if last and last.paragraph == paragraph and DATE_LINE.match(text, start, end):
        sentences[-1] = Sentence(text[last.start : end], last.start, end, paragraph)
    else:
        sentences.append(Sentence(text[start:end], start, end, paragraph))


# An item of a bulleted or numbered list, a line of its own: "- Liubymivka", "• Zolota Balka;", "3. Ukrainka",
# or the bare name a Markdown reader leaves ("Liubymivka"). A name of a few words, no more: "- 14-10, Kupiansk
# district, Kurylivka village. ..." is a line of an itemised report, told in a sentence of its own.
LIST_ITEM = re.compile(
    r"(?:(?:[-–—•*]|\d{1,2}[.)])\s+)?[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}[;,.]?$"
    # ... or an item of a tally: "6 – over the territory of Bryansk region," (and what it includes: "3 –
    # over the territory of the Moscow region, including 2 UAVs flying towards Moscow,")
    r"|(?:" + TALLY_ITEM.pattern + r").*[;,.]?$"
)
LIST_ITEM_CHARS = 80  # an item longer than this is a paragraph of its own, not a name
TALLY_ITEM_CHARS = 160  # ... and an item of a tally, which may say what it includes


def _list_item(sentences: list[Sentence], j: int) -> bool:
    """Whether sentence ``j`` is a list item: a short name that is a line of its own (not "Pokrovsk
    district." opening a paragraph that goes on to tell what happened there)."""
    item = sentences[j]
    alone = sentences[j - 1].paragraph != item.paragraph and (
        j + 1 == len(sentences) or sentences[j + 1].paragraph != item.paragraph
    )
    longest = TALLY_ITEM_CHARS if TALLY_ITEM.match(item.text) else LIST_ITEM_CHARS
    return alone and len(item.text) <= longest and LIST_ITEM.match(item.text) is not None


def with_list_items(sentences: list[Sentence], text: str) -> list[Sentence]:
    """The sentences, each that ends in a colon read as one with the list items on the lines after it:
    "liberated eight settlements of the Beryslav district:" then "- Liubymivka", "- Khreshchenivka" ...
    is one sentence that names the eight."""
    if not any(s.text.endswith(":") for s in sentences):
        return sentences  # most articles hold no such list
    merged: list[Sentence] = []
    i = 0
    while i < len(sentences):
        head = sentences[i]
        j = i + 1
        if head.text.endswith(":"):
            while j < len(sentences) and _list_item(sentences, j):
                j += 1
        if j > i + 1:
            end = sentences[j - 1].end
            merged.append(Sentence(text[head.start : end], head.start, end, head.paragraph))
        else:
            merged.append(head)
        i = j
    return merged
