"""What the whole article says about where it is: the regions it names, sentence by sentence, and its theatre.

A village name shared by forty places is decided by the article around it: "near Stepove in the
Kherson region" rules out every Stepove outside Kherson Oblast; an article about Avdiivka and
Pokrovsk is about the Donbas, and a place of the same name 2,000 km away needs a strong reason.
The resolver asks this module, per mention, which oblasts the sentence names and how far a candidate
lies from the places the article is confidently about.
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .context import WAR_COUNTRIES
from .distance import haversine_km
from .patterns import word_initial
from .records import Place

# Sentences end at . ! ? or a line break; abbreviations ("Gen.") cut a sentence short, which only
# narrows what counts as the same sentence. A stop a careless page left no space after ends one too,
# between a word and a capitalised one: "said on Thursday.As many as 45% of buildings in Konstantinovka".
SENTENCE_END = re.compile(r"[.!?](?=\s)|(?<=[a-z]{4}[.!?])(?=[A-Z][a-z]+(?:['’]s)?\s)|\n")
# ... but for the lines of a list of bare names after a colon ("liberated eight settlements of the Beryslav
# district:" then "Liubymivka", "Khreshchenivka" a line each, bulleted or not): one list, whose namesakes
# are told apart by one another.
LINES_OF_NAMES = re.compile(
    r":[ \t]*\n(?:[ \t]*\n)?"
    r"(?:[ \t]*(?:[-*•–][ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*[,;.]?[ \t]*"
    r"(?:\n(?:[ \t]*\n)?|$))+"
)
# The compass words of locator phrases ("north of", "south-west of"), on lower-cased text.
COMPASS = re.compile(r"north|south|east|west")
# The words that name a district or community after its seat's name, on lower-cased text.
AREA_WORDS = re.compile(r"district|raion|rayon|communit|hromada|municipal|okrug")
# Names the press gives regions that are not the oblast's own name; they qualify like the oblast.
REGION_ALIASES = {  # (word_initial: the same matches, found by skipping to the capitals)
    "Donetsk Oblast": word_initial(r"\b(?:DPR|DNR|Donetsk People's Republic|Donetsk People’s Republic)\b"),
    "Luhansk Oblast": word_initial(r"\b(?:LPR|LNR|Luhansk People's Republic|Lugansk People's Republic)\b"),
}
# A region named after a name, in its sentence, qualifies it from up to this far (characters):
# "Berdychi, Semenivka and Novomykhailivka in Donetsk Oblast".
QUALIFIES_CHARS = 160
# How far back (characters) an open bracket makes an oblast an aside about the name before it.
ASIDE_CHARS = 40
# Before an oblast the sentence's places lie next to, not in: "Zelenyi Hai, near the administrative border
# with Dnipropetrovsk region", "a village bordering the Donetsk region", "Lozova, near Kupiansk, in an area
# north of Donetsk region" (but "in the north of the Donetsk region" is in it), "X, Y and Z - were now
# under Moscow's control, as well as a village in neighbouring Dnipropetrovsk region".
BORDER_BEFORE = re.compile(
    # ("near the administrative border of the Dnipropetrovsk region": by it, not in it)
    r"\b(?:border\s+(?:with|of)|bordering|borders|neighbou?ring"
    r"|(?<!the\s)(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
    # ("closer to the administrative border of the northeastern Kharkiv region")
    r"\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?$",
    re.IGNORECASE,
)
# A name put right in the oblast next to the one named before: "Ivanivka in neighbouring Dnipropetrovsk
# region".
IN_NEIGHBOURING = re.compile(r",?\s+in\s+(?:the\s+)?neighbou?ring\s+", re.IGNORECASE)
# ... and the words between a name and the oblast it lies by: "X near the border with the Donetsk region",
# "X, a village bordering the Kharkiv region".
BORDER_AFTER_CHARS = 60
BORDER_GAP = re.compile(
    r",?\s+(?:(?:a|the)\s+(?:village|town|settlement)\s+)?(?:near|close\s+to|by|on|along|at)?\s*(?:the\s+)?"
    r"(?:administrative\s+)?(?:border\s+(?:with|of)|bordering|borders)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# What may stand between a name and the oblast that qualifies it: more names of a list, then a comma,
# "in (the)", "of" or a bracket: "Sladkoye and Novoye in the Zaporozhye region", "Terny, Donetsk Oblast".
_NAME = r"(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"  # "2nd Knyazhy", "Staraya Sorochina"
# "the western Kursk region", "the border region of Kursk"
_SIDE = r"(?:(?:north|south)?-?(?:east|west)?ern|central|border|frontline|front-line)\s+"
QUALIFIER_GAP = re.compile(
    rf"(?:(?:,\s*|,?\s+(?:and|or)\s+){_NAME})*[\"”’»)]*(?:,\s*|\s+\(|,?\s+in\s+|\s+of\s+"
    # "Makeevka, a settlement in the Lugansk People's Republic"
    # ("liberating Gulaypole, a key town in Ukraine's Zaporozhye Region")
    r"|,\s+(?:a|the)\s+(?:(?:small|frontline|front-line|border|key|strategic|major|important)\s+)?"
    r"(?:settlement|village|town|city)\s+"
    # "Loknya, a village inside the Russian border in the Sumy region": a few words on where it lies
    # ("Loknya, a village across the border in Ukraine's Sumy region")
    r"(?:(?:inside|near|on|along|close\s+to|just|across|over|beyond)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:border|frontier|front\s*line)\s+)?"
    r"in\s+"
    # "the capture of Kalynivske village in Dnipropetrovsk region": the kind word after the name
    r"|\s+(?:village|settlement|town|city|hamlet)\s+in\s+)"
    rf"(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?(?:{_SIDE})?"
    # "the town of Makiivka in the eastern region of Luhansk"
    r"(?:(?:region|province|oblast)\s+of\s+)?"
)
# Places counted in an oblast, to be named in the next sentence: "took control of five settlements in the
# Kharkiv region" (group "oblast": where the oblast's name starts).
COUNTED_IN = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:more\s+|new\s+)?"
    r"(?:settlements|villages|localities|towns|communities)\s+in\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?"
    r"(?P<oblast>[A-Z][\w'’-]+\s+(?i:region|oblast|province))\b"
)
# A list of LISTED_AFTER_COUNT or more capitalised names.
LISTED_AFTER_COUNT = 3
LISTED_NAMES = re.compile(rf"{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME}){{{LISTED_AFTER_COUNT - 1},}}")
# Another name, not of this one's list, that an oblast right after it qualifies.
# (a place a route or a move leads to: not "X and the village of Y in R", where R is both's)
OTHER_NAME_IN = re.compile(
    rf"\s(?:towards?|to|near|from|into)\s+{_NAME}\s+in\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?"
    rf"(?:{_SIDE})?$"
)
# ... or told after a word of another clause, with a few words on what and where it is: "took Otradne, a
# village further west along the front, and announced the capture of Loknya, a village inside the Russian
# border in (Sumy region)" (not "X and Y, villages in": a list's "and" is no other clause's word), or
# after the comma that closes the earlier name's own aside: "Otradne, a village further west, and Loknya, a
# village in the (Sumy region)".
OTHER_NAME_DESCRIBED = re.compile(
    rf"(?:\s(?!(?:and|or)\s)[a-z]+|,\s+(?:and|or))\s+{_NAME},\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:settlement|village|town|city)\s+(?:[\w'’-]+\s+){{0,5}}?in\s+"
    rf"(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?(?:{_SIDE})?$"
)
# ... or a share of the oblast is a second item after "and": "Ukraine recaptured Lyman and much of Kharkiv
# region" (Lyman is Donetsk Oblast's town, not the Kharkiv region's village).
SHARE_OF_OBLAST_GAP = re.compile(
    r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:much|most|all|parts?|large\s+parts|swathes|the\s+rest)\s+of\s+"
    r"(?:the\s+)?$"
)
# ... and the name an oblast right after it qualifies: "Pokrovske in the (Dnipropetrovsk region)".
# (after a lower-case word or a comma: a capital opening the sentence may be no name, "Fighting in the")
NAME_IN_BEFORE = re.compile(
    rf"(?<=[a-z,] ){_NAME}\s+in\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?(?:{_SIDE})?$"
    # ... or after a few words on what it is: "and Loknya, a village in the (Sumy region)"
    rf"|(?<=[a-z,] ){_NAME},\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:settlement|village|town|city)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?in\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?(?:{_SIDE})?$"
)
# An oblast in the possessive opens the list it qualifies, as the General Staff's reports write it: "on
# the Sumy region's Holyshivske, Volfyne and Yunakivka; and the Kharkiv region's Udy": each list is its
# oblast's, and neither oblast qualifies the names written before it.
POSSESSIVE_REGION = re.compile(
    r"[^\s,;]*(?:\s[A-Z][\w-]*)?\s+(?:region|oblast|province)['’]s\s+", re.IGNORECASE
)
POSSESSED_LIST = re.compile(rf"{_NAME}(?:(?:,\s*|,?\s+(?:and|or)\s+){_NAME})*")
# Oblasts named together with a plural noun: "in Donetsk and Zaporizhzhia oblasts" does not say which one
# a name before them is in.
OBLAST_LIST = re.compile(
    # (capitalised too: "in the Luhansk and Donetsk Regions")
    # ("in the Voronezh, Kursk and Nizhny Novgorod regions": a name of two words)
    r"[A-Z][\w'’-]+(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)+\s+"
    r"(?i:oblasts|regions|provinces)\b"
)
# Words between a name and an oblast named after it that say the oblast is elsewhere.
# A dash closing an aside between a name and an oblast named later: the oblast is another item's.
DASH_BETWEEN = re.compile(r"\s[–—]\s|\s-\s")
NOT_QUALIFYING = re.compile(
    # ("Kotlyarovka is in fact neighbors on the Dnepropetrovsk Region": next to it, not in it)
    r"\b(?:border|borders|bordering|from|toward|towards|into|to|neighbou?r(?:s|ing)?|adjacent|across)\b"
    # "Sinkovka in the same region and Novosyolovskoye in the Lugansk People's Republic": placed already
    r"|\bin\s+the\s+same\s+(?:region|oblast|area|province|district)\b"
    # '"liberated the village of Robotyne" as well as Glyboke and Lukyantsi in the Kharkiv region'
    r"|[\"”]\s+as\s+well\s+as\b"
    # "in the Donetsk region—Stupochky and Otradne—as well as Loknya, a village in the Sumy region"
    r"|(?:[—–]\s*|,\s+)as\s+well\s+as\b"
    # "the villages of X, Y, Z, and several settlements in the Dnipropetrovsk region": the region is the
    # settlements' after the list, not the list's
    r"|,?\s+and\s+(?:several|some|other|a\s+few|many|\d+|two|three|four|five)\s+(?:other\s+|more\s+)?"
    r"(?:settlements|villages|towns|communities|localities)\s+in\b"
)
# A clause of its own between a name and an oblast: "the village of Basivka, just over the border from
# Sudzha, and had struck Ukrainian forces at 12 other points in the Sumy region" puts no Sudzha in Sumy.
# (with no comma when "and" opens a perfect: "occupying Lukyantski and Hlyboke and had retaken Robotyne,
# in the southern Zaporizhzhia region" puts only Robotyne there)
NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\s+(?:had|has|have|was|were|is|are|[a-z]+ed)\b"
    r"|\s(?:and|but|while)\s+(?:had|has|have)\s+(?:also\s+|since\s+|now\s+)?[a-z]+(?:ed|en|ne|wn|ught)\b"
)
# A list closed by its own "and", then ", and" and the next item with its oblast: "settlements in the
# Kharkiv region, including Lukyantsi and Hlyboke, and Robotyne in the Zaporizhzhia region" puts neither
# Lukyantsi nor Hlyboke in Zaporizhzhia (an Oxford comma, "Lukyantsi, Hlyboke, and Robotyne in ...", does).
# (the next group is a name: "X and Y, and shelled villages in R" still puts X and Y in R)
NEXT_GROUP = re.compile(r",\s+and\s+(?:(?:the\s+)?(?:village|town|city|settlement)s?\s+of\s+)?[A-Z]")
OWN_AND = re.compile(r"\s(?:and|or)\s[^,;]*$")
# A relative clause, then the next item of the list with its own oblast: "Novozhelanne, which lies between
# the cities of Donetsk and Pokrovsk, Synkivka in the Kharkiv region" puts only Synkivka there.
NEXT_ITEM = re.compile(
    r",\s+(?:which|that|where)\b[^;]*,\s+(?:and\s+)?(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"\s+in\s+(?:the\s+)?$"
)
# Where a war-in-Ukraine article is, before any place of it is known: between Kyiv and the Donbas.
DEFAULT_THEATRE = (48.5, 34.0)  # (lat, lon)
# Confident places farther than this (km) from the default theatre do not move the theatre when some
# place within it is confident too: Moscow (750 km) and Belgorod do, Arkhangelsk (1,800 km) does not.
WAR_KM = 1500.0
KM_PER_DEGREE = 111.2  # of latitude; a degree of longitude is shorter, so this errs on the safe side
THEATRE_KINDS = ("city", "town", "village", "bridge", "dam", "other")


@dataclass(slots=True)
class ArticleContext:
    """The oblasts named in each sentence of a text and the article's theatre (a point)."""

    text: str
    sentence_starts: list[int]
    regions: list[tuple[int, str]]  # (offset, oblast name as Place.admin1 writes it), sorted: in text order
    notes: dict[tuple[str, str], str] = field(default_factory=dict)  # Gazetteer.notes: former names
    theatre: tuple[float, float] = DEFAULT_THEATRE
    theatre_size: int = 0  # how many places the theatre is the centroid of
    _km: dict[str, float] = field(default_factory=dict)
    _qualifying: dict[int, str | None] = field(default_factory=dict)
    _by_sentence: dict[int, set[str]] | None = None
    _owners: list[int | None] | None = None  # per oblast named: where the name it qualifies starts, or None
    _oblasts: frozenset[str] | None = None
    _directions: list[int] | None = None
    _areas: list[int] | None = None
    # the lists an oblast in the possessive opens: (list start, list end, oblast), in text order
    possessed: list[tuple[int, int, str]] = field(default_factory=list)
    _possessive: frozenset[int] = frozenset()  # where the oblasts in the possessive are named
    published: date | None = None  # the article's day, when the caller knows it: the fronts of that day

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """The (start, end) offsets of the sentence holding ``offset``: an offset ``o`` is in the same
        sentence exactly when ``start <= o < end`` (a comparison, where many offsets are checked)."""
        index = self.sentence_of(offset)
        starts = self.sentence_starts
        return starts[index], starts[index + 1] if index + 1 < len(starts) else len(self.text) + 1

    def _first_region_from(self, end: int) -> tuple[int, str] | None:
        """The first oblast the text names at or after ``end`` (its offset and name), or None."""
        first = bisect.bisect_left(self.regions, (end, ""))
        return self.regions[first] if first < len(self.regions) else None

    def region_after(self, end: int) -> str | None:
        """The oblast named after ``end`` in its sentence, close enough to qualify the name there (or
        the oblast whose possessive opens the name's list)."""
        if (owner := self.list_owner(end)) is not None:
            return owner
        # only the first oblast named at or after ``end`` can be it: any later one is farther off
        if (found := self._first_region_from(end)) is None:
            return None
        offset, region = found
        if offset > end + QUALIFIES_CHARS or offset in self._possessive:
            return None  # most names: no oblast close after them
        if BORDER_BEFORE.search(
            self.text, max(end, offset - ASIDE_CHARS), offset
        ) and not IN_NEIGHBOURING.fullmatch(self.text, end, offset):
            # "X near the border with the Donetsk region": X is in the next oblast (but "Pavlivka in the
            # Zaporizhzhia region and Ivanivka in neighbouring Dnipropetrovsk region" lies in it)
            return None
        start, sentence_end = self.sentence_span(end)
        if offset >= sentence_end or self._closed_group(start, end, offset):
            return None
        gap = self.text[end:offset]
        if (closed := gap.find(")")) != -1 and "(" in gap[closed:]:
            # "Goncharovka (just west of Sudzha), west of Kurilovka, ... Zhuravka (west of Sudzha in Sumy
            # Oblast)": the oblast in the aside of a later name of the list is that name's
            return None
        if SHARE_OF_OBLAST_GAP.fullmatch(gap):
            return None
        other_name = OTHER_NAME_IN.search(gap) or OTHER_NAME_DESCRIBED.search(gap)
        if other_name and not QUALIFIER_GAP.fullmatch(gap):
            # "Huliaipole is a hub ... toward Pokrovske in the Dnipropetrovsk region": Pokrovske's oblast
            return None
        return region

    def share_of_oblast_after(self, end: int) -> str | None:
        """The oblast a share of which is the next item after the name ending at ``end``: "recaptured
        Lyman and much of Kharkiv region" (a second thing retaken, no word on where Lyman is)."""
        if (found := self._first_region_from(end)) is None:
            return None
        offset, region = found
        if offset > end + QUALIFIES_CHARS or not SHARE_OF_OBLAST_GAP.fullmatch(self.text, end, offset):
            return None
        return region

    def border_oblast_after(self, end: int) -> str | None:
        """The oblast a name is said to lie by, not in: "the village of Novomykolaivka near the border
        with the Donetsk region" (the oblast named within BORDER_AFTER_CHARS after it, in its sentence)."""
        if (found := self._first_region_from(end)) is None:
            return None
        offset, region = found
        if offset > end + BORDER_AFTER_CHARS or offset >= self.sentence_span(end)[1]:
            return None
        if not BORDER_GAP.fullmatch(self.text, end, offset):
            return None
        return region

    def region_qualifying(self, end: int) -> str | None:
        """The oblast that qualifies the name ending at ``end``, written right after it or after the
        rest of its list ("X and Y in the Kherson region", "X, Donetsk Oblast"), or before its list in
        the possessive ("the Sumy region's X and Y"); None without one."""
        if end not in self._qualifying:  # each name is asked about for each of its places
            self._qualifying[end] = self._region_qualifying(end)
        return self._qualifying[end]

    def _region_qualifying(self, end: int) -> str | None:
        if (owner := self.list_owner(end)) is not None:
            return owner
        if (found := self._first_region_from(end)) is None:
            return self._counted_before(end)
        offset, region = found
        if offset in self._possessive or not QUALIFIER_GAP.fullmatch(self.text, end, offset):
            return self._counted_before(end)
        if self._closed_group(self.sentence_span(end)[0], end, offset):
            return None
        return None if OBLAST_LIST.match(self.text, offset) else region

    def _counted_before(self, end: int) -> str | None:
        """The oblast the sentence before counted the places in, when the name ending at ``end`` is an item
        of a list of LISTED_AFTER_COUNT names or more: "took control of five settlements in the Kharkiv
        region. ... the Russian army occupied Borisovka, Ogurtsovo, Pletenevka, Dusty and Strelechye"."""
        start, stop = self.sentence_span(end - 1)
        if start == 0:
            return None
        # (the sentence before, or the one before it: "... five settlements in the Kharkiv region. This was
        # stated to journalists by the Russian Defense Ministry. ... occupied X, Y, Z")
        opening = self._sentence_before(self._sentence_before(start))
        before = COUNTED_IN.search(self.text, opening, start)
        if before is None:
            return None
        oblast = next((region for at, region in self.regions if at == before.start("oblast")), None)
        if oblast is None:
            return None
        listed = LISTED_NAMES.finditer(self.text, start, stop)
        return oblast if any(m.start() < end <= m.end() for m in listed) else None

    def _sentence_before(self, start: int) -> int:
        """Where the sentence before the one starting at ``start`` starts (past the blank between them)."""
        at = start - 1
        while at > 0 and self.text[at].isspace():
            at -= 1
        return self.sentence_span(at)[0] if at > 0 else 0

    def _closed_group(self, sentence_start: int, end: int, offset: int) -> bool:
        """Whether the name ending at ``end`` closes a group of its list with its own "and" before a
        ", and" that opens the group the oblast at ``offset`` qualifies ("X and Y, and Z in R")."""
        group = NEXT_GROUP.search(self.text, end, offset)
        if group is None:
            return False  # most names: no second group
        # the name's own group: from the last comma before it, up to the ", and"
        head = self.text.rfind(",", sentence_start, end)
        return OWN_AND.search(self.text, max(head + 1, sentence_start), group.start()) is not None

    def list_owner(self, end: int) -> str | None:
        """The oblast whose possessive opens the list holding the name that ends at ``end`` ("the Sumy
        region's X, Y and Z"), or None."""
        if not self.possessed:
            return None
        i = bisect.bisect_right(self.possessed, (end, math.inf, "")) - 1
        if i >= 0 and self.possessed[i][0] < end <= self.possessed[i][1]:
            return self.possessed[i][2]
        return None

    def region_around(self, end: int) -> str | None:
        """The oblast named after the name ending at ``end`` in its sentence, unless the words between
        put it elsewhere ("near the border with the Kharkiv region"): looser than region_qualifying."""
        region = self.region_after(end)
        if region is None:
            return None
        offset = next(at for at, r in self.regions if at >= end and r == region)
        if (
            NOT_QUALIFYING.search(self.text, end, offset)
            or NEXT_CLAUSE.search(self.text, end, offset)
            or NEXT_ITEM.search(self.text, end, offset)
        ):
            return None
        if DASH_BETWEEN.search(self.text, end, offset):
            # "settlements in the Kharkiv region – X and Y – and Robotyne in the Zaporizhzhia region"
            return None
        if OBLAST_LIST.match(self.text, offset):
            return None  # "X, ... fighting in Donetsk and Zaporizhzhia oblasts": in one of them
        return region

    def region_at(self, offset: int) -> str | None:
        """The oblast the name starting at ``offset`` stands for, when the text names one there (an
        oblast's own name, or a capital written for it: "Kostyantynivka in Donetsk")."""
        i = bisect.bisect_left(self.regions, (offset, ""))
        if i < len(self.regions) and self.regions[i][0] == offset:
            return self.regions[i][1]
        return None

    def named_oblasts(self) -> frozenset[str]:
        """Every oblast the text names."""
        if self._oblasts is None:
            self._oblasts = frozenset(region for _, region in self.regions)
        return self._oblasts

    def has_areas(self) -> bool:
        """Whether the text names a district or community at all."""
        return bool(self._area_starts())

    def areas_around(self, start: int, end: int, reach: int) -> tuple[bool, bool]:
        """Whether a word that names a district or community ("district", "raion", "hromada") starts
        within ``reach`` characters after ``end``, and whether one comes before ``start`` in its
        sentence: found once per text, asked for every name (most have neither)."""
        areas = self._area_starts()
        i = bisect.bisect_left(areas, end)
        after = i < len(areas) and areas[i] <= end + reach
        j = bisect.bisect_left(areas, start, 0, i)
        before = j > 0 and areas[j - 1] >= self.sentence_span(start)[0]
        return after, before

    def _area_starts(self) -> list[int]:
        """Where the text's district and community words start: found once per text."""
        if self._areas is None:
            self._areas = [m.start() for m in AREA_WORDS.finditer(self.text.lower())]
        return self._areas

    def direction_within(self, start: int, reach: int) -> bool:
        """Whether a compass word ("north", "south-west") starts within ``reach`` characters after
        ``start``: the one word every locator phrase holds, found once per text."""
        if self._directions is None:
            self._directions = [m.start() for m in COMPASS.finditer(self.text.lower())]
        i = bisect.bisect_left(self._directions, start)
        return i < len(self._directions) and self._directions[i] <= start + reach

    def regions_in_sentence(self, offset: int) -> set[str]:
        """Every oblast the sentence holding ``offset`` names, but in a bracket or after "border with": "the
        Spornoye settlement (in the Donetsk region - TASS), the Zolotarevka settlement" puts only Spornoye
        there, and "X, near the border with Dnipropetrovsk region" puts X in another oblast."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for at, region in self.regions:
                if self.text.rfind("(", max(0, at - ASIDE_CHARS), at) > self.text.rfind(
                    ")", max(0, at - ASIDE_CHARS), at
                ) or BORDER_BEFORE.search(self.text, max(0, at - ASIDE_CHARS), at):
                    continue
                self._by_sentence.setdefault(self.sentence_of(at), set()).add(region)
        return self._by_sentence.get(self.sentence_of(offset), set())

    def _region_owners(self) -> list[int | None]:
        """For each oblast the text names (in ``regions`` order), where the name right before it that it
        qualifies starts ("Pokrovske in the Dnipropetrovsk region"), or None: found once per text."""
        if self._owners is None:
            self._owners = []
            for at, _ in self.regions:
                named = NAME_IN_BEFORE.search(self.text, max(self.sentence_span(at)[0], at - ASIDE_CHARS), at)
                self._owners.append(None if named is None else named.start())
        return self._owners

    def regions_of_other_names(self, start: int, end: int, after_only: bool = False) -> set[str]:
        """The oblasts of the sentence holding the name at ``start``-``end`` that only qualify another name
        right before them ("Huliaipole is a hub ... toward Pokrovske in the Dnipropetrovsk region": the
        oblast is Pokrovske's), unless they close the name's own list; with ``after_only``, those named
        after the name only (one named before may still be the region the sentence goes on in: "Hai in
        the Dnipropetrovsk region, 5 km north of Vyshneve")."""
        sentence_start, sentence_end = self.sentence_span(start)
        first = bisect.bisect_left(self.regions, (sentence_start, ""))
        owners = self._region_owners()
        owned = set()
        for n in range(first, len(self.regions)):
            at, region = self.regions[n]
            if at >= sentence_end:
                break
            if owners[n] is None or owners[n] == start or (after_only and at < end):
                continue
            if at > end and QUALIFIER_GAP.fullmatch(self.text, end, at):
                continue  # "X and Y in the Kherson region": X's too
            owned.add(region)
        return owned

    def regions_named_only_for_others(self, start: int) -> set[str]:
        """The oblasts the text names only after the name at ``start``, as qualifiers of other names
        ("toward Pokrovske in the Dnipropetrovsk region"): they say where those are, not where this is."""
        only: dict[str, bool] = {}
        for (_, region), owner in zip(self.regions, self._region_owners(), strict=True):
            only[region] = only.get(region, True) and owner is not None and owner > start
        return {region for region, yes in only.items() if yes}

    def region_in_passage(self, offset: int, before: int) -> bool:
        """Whether an oblast is named in the sentence holding ``offset`` or up to ``before``
        characters before that sentence ("... in the Kursk region. \"Units ... liberated: X, Y and Z\"")."""
        start, end = self.sentence_span(offset)
        first = bisect.bisect_left(self.regions, (start - before, ""))
        return first < len(self.regions) and self.regions[first][0] < end

    def set_theatre(self, places: list[Place], regions: Sequence[Place] = ()) -> None:
        """Make the theatre the middle (median of each coordinate) of the article's confident places, or
        of the ``regions`` it names when it is sure of no place that says more."""
        points = [
            (p.lat, p.lon) for p in places if p.country in WAR_COUNTRIES and p.kind in THEATRE_KINDS
        ] + [(r.lat, r.lon) for r in regions if r.country in WAR_COUNTRIES]
        near = [
            pt
            for pt in points
            if haversine_km(pt[1], pt[0], DEFAULT_THEATRE[1], DEFAULT_THEATRE[0]) <= WAR_KM
        ]
        if near:  # "near Ocheretyne, Arkhanhelsk, Avdiivka": a misspelt village, not the Arctic port
            points = near
        if points:  # the median, so a dateline's MOSCOW does not drag a Donbas article north
            self.theatre = (
                statistics.median(lat for lat, _ in points),
                statistics.median(lon for _, lon in points),
            )
            self.theatre_size = len(points)
            self._km.clear()

    def km_from_theatre(self, place: Place) -> float:
        """How far (km) ``place`` lies from the article's theatre."""
        if place.id not in self._km:
            lat, lon = self.theatre
            self._km[place.id] = haversine_km(place.lon, place.lat, lon, lat)
        return self._km[place.id]

    def surely_within(self, place: Place, km: float) -> bool:
        """A cheap test that ``place`` lies within ``km`` of the theatre (False: measure it)."""
        lat, lon = self.theatre
        return (
            abs(place.lat - lat) * KM_PER_DEGREE < km * 0.7
            and abs(place.lon - lon) * KM_PER_DEGREE < km * 0.7
        )


def article_context(
    text: str,
    named_regions: list[tuple[int, str]],
    notes: dict[tuple[str, str], str] | None = None,
    published: date | None = None,
) -> ArticleContext:
    """The context of ``text``, given the oblasts its region mentions resolved to (offset, name), and the
    day it was published when known."""
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    if ":\n" in text or ": \n" in text:
        for block in LINES_OF_NAMES.finditer(text):
            starts = [s for s in starts if not block.start() < s < block.end()]
    regions = list(named_regions)
    if "PR" in text or "NR" in text or "People" in text:  # most texts name no people's republic
        for region, pattern in REGION_ALIASES.items():
            regions += [(m.start(), region) for m in pattern.finditer(text)]
    regions.sort()
    possessed, possessive = [], set()
    if "'s" in text or "’s" in text:
        for offset, region in regions:
            opening = POSSESSIVE_REGION.match(text, offset)
            if opening is not None and (listed := POSSESSED_LIST.match(text, opening.end())) is not None:
                possessed.append((listed.start(), listed.end(), region))
                possessive.add(offset)
    return ArticleContext(
        text,
        starts,
        regions,
        notes or {},
        possessed=possessed,
        _possessive=frozenset(possessive),
        published=published,
    )


def far_penalty(km: float, start_km: float, full_km: float, most: float) -> float:
    """A penalty that grows from nothing at ``start_km`` to ``most`` at ``full_km`` and beyond."""
    if km <= start_km or math.isinf(km):
        return 0.0 if km <= start_km else most
    return most * min(1.0, (km - start_km) / (full_km - start_km))
