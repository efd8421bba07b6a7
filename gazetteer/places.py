"""The gazetteer: every place frontmap knows, indexed by the key of each of its names.

Loaded once per process from the package data in ``gazetteer/data`` (built by the scripts in
``scripts/``): GeoNames populated places, Natural Earth countries and admin-1 regions, and the
curated rivers, bridges, dams and regions. The index over them ships ready made
(``data/index.pickle.gz``, plain values only), so ``frontmap places`` starts with the standard library
alone, without geopandas or shapely, and without keying every name on its first run.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import pickle
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from difflib import SequenceMatcher
from functools import cache
from importlib.resources import files
from pathlib import Path

from . import names, records, war_zone
from .cache import cached
from .distance import haversine_km
from .names import key, skeleton, ukrainian_name
from .records import Place

GEOJSON_FILES = ("countries.geojson", "admin1.geojson", "features.geojson")
# cities500, then the postal file's villages cities500 lacks (scripts/build_settlements.py), then
# Ukraine's raions (scripts/build_raions.py).
PLACE_TABLES = ("places.tsv.gz", "settlements.tsv.gz", "raions.tsv.gz")
# More names for places of the tables: former names (with their years) and Russian-style spellings.
ALIASES_FILE = "aliases.tsv.gz"
# A town's GeoNames name that is the name of this many other places or more is theirs, not the town's,
# unless it is a spelling of the town's own name (this similar to it, by difflib's ratio) or our alias.
BORROWED_OTHERS = 2
BORROWED_POPULATION = 10_000
OWN_SPELLING = 0.7
# The endings of adjective names' keys (Oleksandrivskyi, Kyivskyi): a district named by an adjective does
# not own the noun its name is made from.
ADJECTIVE_KEY_ENDINGS = (
    "ski", "ske", "skoe", "skoie", "skii", "skaia", "skoi", "cki", "cke", "ckoe", "ckoie", "ckii"
)  # fmt: skip
FORMER_NAME = "former name"  # how an alias's note starts when it is a former name
DERIVED_SPELLING = "-style spelling"  # ... and ends when it is a spelling derived by rule
# A quarter of a city GeoNames lists as a town of its own carries a district's name among its names
# ("Zarichnyi rajon", "Зарічний район"); its city is one of the bigger towns within QUARTER_KM.
QUARTER_NAME = re.compile(
    r"\b(?:[Dd]istrict|[Rr]aj?y?on|[Mm]ikrora[jy]on|[Mm]icrodistrict)\b|\b(?:мікро)?район\b"
)
QUARTER_KINDS = ("city", "town", "village")
QUARTER_KM = 15.0
# ... and a Ukrainian "city" within QUARTER_KM of a city this many times bigger is a quarter of it, named so
# or not: no city of Ukraine lies so close to one five times its size (Makiivka is a third of Donetsk), while
# GeoNames lists Kharkiv's Oleksiivka (100,500) and Odesa's Cheremushky (120,000) as cities of their own.
QUARTER_OF_BIGGER = 5
QUARTER_DEGREES = QUARTER_KM / 111.0
ACRONYM_LETTERS = 4  # names of at most this many capitals are acronyms, as gazetteer.reading reads them
KYIV_CITY_FILE = "kyiv_city.geojson"  # the city's own outline (see _kyiv_or_its_oblast)
DATA_FILES = (*PLACE_TABLES, ALIASES_FILE, *GEOJSON_FILES, "common_words.txt.gz", KYIV_CITY_FILE)
# The index, made by scripts/build_index.py, so that a first run need not key 160,000 names (a few
# seconds). Used only while it matches the data and the code it was made with (_fingerprint).
INDEX_FILE = "index.pickle.gz"
INDEX_PICKLE_PROTOCOL = 5  # Python 3.8 and later read it; fixed, so a newer Python writes the same bytes


class PlaceRows:
    """The gazetteer's places as plain rows (the fields of :class:`Place`, in order), each made a Place
    the first time it is asked for.

    A run of ``frontmap places`` looks at a few hundred of the 36,000 places; making every one a
    Place when the cached index is loaded took most of the load. Rows of plain values unpickle in a
    tenth of that, and the few places a text needs are made on the way. A place is made once, so
    the index hands out the same object for every name of it.
    """

    __slots__ = ("rows", "_made")

    def __init__(self, rows: list[tuple]) -> None:
        self.rows = rows
        self._made: list[Place | None] = [None] * len(rows)

    def place(self, row: int) -> Place:
        made = self._made[row]
        if made is None:
            made = self._made[row] = Place(*self.rows[row])
        return made

    def __len__(self) -> int:
        return len(self.rows)

    def __reduce__(self):  # the rows only: the made places are rebuilt on demand after loading
        return (PlaceRows, (self.rows,))


class _OverRows(Mapping):
    """A mapping over :class:`PlaceRows` whose keys are those of ``_at`` (a key -> its row or rows)."""

    __slots__ = ("_rows", "_at")

    def __contains__(self, item: object) -> bool:
        return item in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


class PlacesById(_OverRows, Mapping[str, Place]):
    """Place id -> place, over :class:`PlaceRows`."""

    __slots__ = ()

    def __init__(self, rows: PlaceRows) -> None:
        self._rows = rows
        self._at = {row[0]: i for i, row in enumerate(rows.rows)}

    def __getitem__(self, place_id: str) -> Place:
        return self._rows.place(self._at[place_id])

    def __reduce__(self):
        return (PlacesById, (self._rows,))


class NameIndex(_OverRows, Mapping[str, tuple[Place, ...]]):
    """Name key -> the places with a name of that key, over :class:`PlaceRows` (row numbers inside)."""

    __slots__ = ("_made",)

    def __init__(self, rows: PlaceRows, keys: Mapping[str, Sequence[int]]) -> None:
        self._rows = rows
        self._at = keys
        self._made: dict[str, tuple[Place, ...]] = {}

    def __getitem__(self, name_key: str) -> tuple[Place, ...]:
        made = self._made.get(name_key)
        if made is None:
            place = self._rows.place
            made = self._made[name_key] = tuple(place(row) for row in self._at[name_key])
        return made

    def get(self, name_key: str, default=None):
        return self[name_key] if name_key in self._at else default

    def __reduce__(self):
        return (NameIndex, (self._rows, self._at))


def keys_of_places(gaz: Gazetteer, keep: Callable[[Place], bool]) -> list[str]:
    """The name keys of the places ``keep`` accepts. Over the shipped index it reads the plain rows, so
    that asking for the keys of a few hundred towns makes no Place of the other 36,000 (a quarter
    of a second when every key's places were made)."""
    index = gaz.index
    if isinstance(index, NameIndex):
        wanted = {i for i, row in enumerate(index._rows.rows) if keep(_RowView(row))}
        return [name_key for name_key, at in index._at.items() if not wanted.isdisjoint(at)]
    return [name_key for name_key, places in index.items() if any(keep(p) for p in places)]


class _RowView:
    """A plain row read by its Place field names, made for a test of a few fields, not kept."""

    __slots__ = ("_row",)
    _FIELDS = {name: i for i, name in enumerate(f.name for f in fields(Place))}

    def __init__(self, row: tuple) -> None:
        self._row = row

    def __getattr__(self, name: str):
        return self._row[_RowView._FIELDS[name]]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places and the index from name keys to them.

    ``index`` maps a name key (see :func:`gazetteer.names.key`) to the places that carry a name
    with that key; ``prefixes`` holds the first words of every multi-word key ("nova" of
    "nova kahovka"), so the matcher extends a run of words only while some name still fits;
    ``spellings`` maps (key, place id) to the name as the gazetteer writes it for the names that are
    acronyms, which must match in capitals ("US", "РФ"); ``notes`` maps
    (key, place id) to what an alias is ("former name of Bakhmut (1924–2016)"); ``war_zone`` holds the
    ids of the places inside the zone of the fighting (:mod:`gazetteer.war_zone`), measured when the
    index was built; ``quarters`` maps the ids of the quarters GeoNames lists as towns of their own
    (Sumy's Zarichnyi, Poltava's Shevchenko, Donetsk's Kyivskyi) to the names of the towns around them,
    their city among them. The shipped gazetteer's ``places`` and ``index`` are :class:`PlacesById` and
    :class:`NameIndex`; any mappings do.
    """

    places: Mapping[str, Place]
    index: Mapping[str, tuple[Place, ...]]
    spellings: dict[tuple[str, str], str]
    common_words: frozenset[str]
    longest_name: int
    prefixes: frozenset[str]
    notes: dict[tuple[str, str], str] = field(default_factory=dict)
    war_zone: frozenset[str] = frozenset()
    quarters: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def candidates(self, name_key: str) -> tuple[Place, ...]:
        """Return every place with a name of this key, or () when none."""
        return self.index.get(name_key, ())

    def get(self, place_id: str) -> Place | None:
        """Return the place with this id (a GeoNames id, "admin1:UA-63", "river:oskil"), or None."""
        return self.places.get(place_id)


# The outline the tables' oblasts were read from draws Kyiv City too wide: Irpin, Hostomel, Bucha's
# neighbours, Vyshhorod and Vyshneve came out in the city, and "Hostomel in the Kyiv region" found no
# Hostomel there. A place the tables put in the city is in it only inside the city's own outline
# (kyiv_city.geojson, built by scripts/build_kyiv_city.py); else it is in Kyiv Oblast.
KYIV_CITY = "Kyiv City"


def _kyiv_or_its_oblast(lat: float, lon: float) -> str:
    # (shapely only here: the rows are read when the index is built, never when the shipped one loads)
    from shapely.geometry import Point

    return KYIV_CITY if _kyiv_city_outline().contains(Point(lon, lat)) else "Kyiv Oblast"


@cache
def _kyiv_city_outline():
    from shapely.geometry import shape
    from shapely.prepared import prep

    collection = json.loads(_data(KYIV_CITY_FILE).read_text(encoding="utf-8"))
    return prep(shape(collection["features"][0]["geometry"]))


def _data(name: str):
    return files("gazetteer").joinpath("data", name)


def _rows() -> list[tuple[tuple, list[str]]]:
    """Every place, as the row of its :class:`Place` fields, with its names."""
    rows: list[tuple[tuple, list[str]]] = []
    aliases = _aliases()
    for table in PLACE_TABLES:
        for line in _tsv_lines(table)[1:]:  # after the header: id name kind lat lon ... names
            pid, name, kind, lat, lon, country, admin1, population, joined = line.split("\t")
            names_ = joined.split("|") if joined else [name]
            if country == "UA" and table == "places.tsv.gz":
                name = ukrainian_name(name, names_)
            names_ += [alias for alias, _ in aliases.get(pid, ())]
            if admin1 == KYIV_CITY:
                admin1 = _kyiv_or_its_oblast(float(lat), float(lon))
            row = (pid, name, kind, float(lat), float(lon), country, admin1, int(population or 0))
            rows.append((row, names_))
    for name in GEOJSON_FILES:
        collection = json.loads(_data(name).read_text(encoding="utf-8"))
        for feature in collection["features"]:
            props = feature["properties"]
            names = props.get("names") or []
            if isinstance(names, str):
                names = names.split("|")
            row = (
                props["id"],
                props["name"],
                props["kind"],
                float(props["lat"]),
                float(props["lon"]),
                props.get("country") or "",
                props.get("admin1") or "",
                int(props.get("population") or 0),
                _vertices(feature.get("geometry")) if props["kind"] == "river" else None,
            )
            aliased = [alias for alias, _ in aliases.get(row[0], ())]  # "DPR": the occupier's name
            rows.append((row, [props["name"], *names, *aliased]))
    return rows


def _tsv_lines(name: str) -> list[str]:
    """The lines of a shipped gzipped TSV (no quoting, so a split is all the parsing it needs)."""
    with _data(name).open("rb") as raw:
        return gzip.decompress(raw.read()).decode("utf-8").splitlines()


def _aliases() -> dict[str, list[tuple[str, str]]]:
    """Place id -> its aliases as (name, note), from aliases.tsv.gz."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in _tsv_lines(ALIASES_FILE)[1:]:
        place_id, name, note = line.split("\t")
        out[place_id].append((name, note))
    return out


def _vertices(geometry: dict | None) -> tuple[tuple[float, float], ...] | None:
    """A river's line as (lon, lat) vertices, so a mention can be put on the stretch it is about."""
    if not geometry:
        return None
    coords = geometry["coordinates"]
    lines = coords if geometry["type"] == "MultiLineString" else [coords]
    if geometry["type"] not in ("LineString", "MultiLineString"):
        return None
    return tuple((float(x), float(y)) for line in lines for x, y, *_ in line)


@cache
def load_gazetteer() -> Gazetteer:
    """Load the shipped gazetteer (once per process; later calls return the same object).

    The index ships ready made (``data/index.pickle.gz``, written by ``scripts/build_index.py``), so
    even a first run after installing loads it in a quarter of a second instead of keying 160,000
    names. When the code or data it was made from have changed since (a developer's tree before the
    script is run again), its parts are made here, a few seconds, and kept in a cache file
    (``$FRONTMAP_CACHE`` or ``~/.cache/frontmap``) named by the same hash, the same plain values the
    shipped file holds; without a writable cache folder they are made in memory every time, which is
    slower but works.
    """
    fingerprint = _fingerprint()
    gazetteer = _gazetteer_of(_shipped_index(fingerprint) or cached("gazetteer", fingerprint, _index_parts))
    war_zone.remember(gazetteer.places, gazetteer.war_zone)
    return gazetteer


def _fingerprint() -> str:
    """A hash of what the index is made from: the data files, the war zone measured into it, and the code
    that reads, keys and stores names."""
    digest = hashlib.sha256()
    for name in (*DATA_FILES, war_zone.ZONE_FILE):
        digest.update(_data(name).read_bytes())
    for source in (names.__file__, records.__file__, war_zone.__file__, __file__):
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


class _PlainValues(pickle.Unpickler):
    """An unpickler for plain values only: the shipped index holds strings, numbers, tuples, lists, dicts
    and frozensets, so a file that names any class or function is refused rather than run."""

    def find_class(self, module: str, name: str):
        raise pickle.UnpicklingError(f"the shipped index holds plain values only, not {module}.{name}")


def _shipped_index(fingerprint: str) -> dict | None:
    return read_index(_data(INDEX_FILE), fingerprint)


def read_index(source, fingerprint: str) -> dict | None:
    """The parts (see :func:`_index_parts`) of the index in ``source`` (a path or package resource), or
    None when it is missing or unreadable, holds anything but plain values, or was made from other data
    or code than ``fingerprint`` says."""
    try:
        with source.open("rb") as raw:
            parts = _PlainValues(io.BytesIO(gzip.decompress(raw.read()))).load()
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        return None
    if not isinstance(parts, dict) or parts.get("fingerprint") != fingerprint:
        return None
    return parts


def write_index(path: Path) -> int:
    """Write the index, made from the data here, to ``path`` (a gzipped pickle of plain values, stamped
    with the hash of what it was made from); return the number of places.

    The bytes depend on the data and code only: sets are stored sorted and the gzip header carries no
    time, so building again from unchanged sources changes nothing in the repository.
    """
    parts = {"fingerprint": _fingerprint(), **_index_parts()}
    data = pickle.dumps(parts, protocol=INDEX_PICKLE_PROTOCOL)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # then renamed: never half written
    with os.fdopen(handle, "wb") as out, gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as packed:
        packed.write(data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)
    return len(parts["rows"])


def _borrowed_names(
    index: Mapping[str, Sequence[Place]], aliases: dict[str, list[tuple[str, str]]]
) -> list[tuple[str, str]]:
    """The (name key, place id) of towns and cities under names GeoNames lists for them that are other
    places' names, to be taken off the index.

    GeoNames gives Donetsk the name "Oleksandrivka" (a village it grew over), Kurakhove "Petrovka",
    Melitopol "Novooleksandrivka" and Kharkiv's Shevchenkivskyi district "Shevchenko". A report that
    names one of the dozens of villages so would find the city among them, and a city outweighs a
    village. A name stays when it is a spelling of the town's own name (Konstantinovka, Kostiantynivka),
    one of our curated aliases (the former names Artemivsk, Krasnoarmiisk) or the name of fewer than
    BORROWED_OTHERS other places.
    """
    # (a spelling derived by rule is curated only as a spelling of a curated name, Kirovskoye of the former
    # Kirovske: Melitopol's Russian-style "Novoaleksandrovka" spells the village name GeoNames lends it)
    named_keys: dict[str, list[str]] = defaultdict(list)  # a place's curated names' keys
    for place_id, named in aliases.items():
        named_keys[place_id] += [key(name) for name, note in named if not note.endswith(DERIVED_SPELLING)]
    curated = {
        (key(name), place_id)
        for place_id, named in aliases.items()
        for name, note in named
        if not note.endswith(DERIVED_SPELLING)
        or any(_own_spelling(key(name), own) for own in named_keys[place_id])
    }
    return [
        (name_key, p.id)
        for name_key, places in index.items()
        if len(places) > BORROWED_OTHERS
        for p in places
        if p.population >= BORROWED_POPULATION
        and (name_key, p.id) not in curated
        and not _own_spelling(name_key, key(p.name))
    ]


# The ordinal after a name that numbered twin villages carry (Zhelanne Pershe and Zhelanne Druhe, "the
# first" and "the second"), in Ukrainian and in the Russian the press romanises. The press drops the
# number when there is no other place to tell apart: "the village of Zhelanne" is Zhelanne Pershe or
# Druhe (a pair a few km apart), so the index keys Ukraine's twins by their bare name too, where no place
# has it.
TWIN_KINDS = frozenset({"town", "village"})
ORDINAL = re.compile(r" (?:persh[aei]|druh[aei]|treti[ae]?|perv(?:oie|aia|i)|vtor(?:oie|aia|oi))$")  # of keys


def _city_quarters(
    named: list[tuple], cities: list[tuple], its_city: Callable[[tuple, int], bool]
) -> dict[str, tuple[str, ...]]:
    """The quarters among the rows ``named``, each with the names of the towns of ``cities`` within
    QUARTER_KM that ``its_city(city, quarter's population)`` accepts, the biggest first: the city it is
    part of is among them (GeoNames counts Mariupol's Pravyi Bereh bigger than Mariupol)."""
    quarters: dict[str, tuple[str, ...]] = {}
    for pid, _, _, lat, lon, *_, population in named:
        around = [
            city
            for city in cities
            if its_city(city, population)
            and abs(city[3] - lat) < QUARTER_DEGREES
            and abs(city[4] - lon) < 2 * QUARTER_DEGREES
            and haversine_km(lon, lat, city[4], city[3]) <= QUARTER_KM
        ]
        if around:
            quarters[pid] = tuple(city[1] for city in sorted(around, key=lambda city: -city[7]))
    return quarters


def _quarters(
    districts: list[tuple], unnamed: list[tuple], cities: list[tuple]
) -> dict[str, tuple[str, ...]]:
    """The quarters of cities GeoNames lists as towns of their own: the ``districts`` (places it also calls
    "Zarichnyi rajon" or "район"), each in a bigger town that is no such quarter; and the ``unnamed``
    (Ukraine's cities it calls no district) within QUARTER_KM of a city of Ukraine QUARTER_OF_BIGGER times
    their size ("Oleksiivka" of Kharkiv, which would otherwise outweigh every village of the name in a story
    of the Sumy front)."""
    district_ids = {row[0] for row in districts}
    return _city_quarters(
        districts,
        cities,
        lambda city, population: city[7] > population and city[0] not in district_ids,
    ) | _city_quarters(
        unnamed,
        cities,
        lambda city, population: city[5] == "UA" and city[7] >= QUARTER_OF_BIGGER * population,
    )


def _own_spelling(name_key: str, own_key: str) -> bool:
    """Whether a name is a spelling of a place's own name or its first words ("Rostov" of Rostov-on-Don,
    "Novhorod" of Novhorod-Siverskyi)."""
    if own_key.startswith(name_key + " "):
        return True
    if _adjectival(own_key) and not _adjectival(name_key):
        return False  # a city's district, Oleksandrivskyi, is not the 76 villages called Oleksandrivka
    if name_key[:1] == own_key[:1] and skeleton(name_key) == skeleton(own_key):
        return True  # the same consonants, other vowels: Russian Orekhov of Orikhiv, Belogorsk of Bilohirsk
    return SequenceMatcher(None, name_key, own_key).ratio() >= OWN_SPELLING


def _adjectival(name_key: str) -> bool:
    """Whether a name is an adjective (Kamianske, Kamenskoe, Oleksandrivskyi), by its words' keys."""
    return any(word.endswith(ADJECTIVE_KEY_ENDINGS) for word in name_key.split())


def _is_acronym(name: str) -> bool:
    """Whether a name is written in capitals of at most ACRONYM_LETTERS letters ("US", "РФ")."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= ACRONYM_LETTERS and all(c.isupper() for c in letters)


def _index_parts() -> dict:
    """The index as plain values: every place's row, each name key's row numbers, the most words in a name
    and the first words of the names of several, the acronyms' spellings, the former names' notes, the
    ids of the places in the war zone and the common words (sets stored sorted)."""
    rows: list[tuple] = []
    keys: dict[str, list[int]] = defaultdict(list)  # name key -> rows
    spellings: dict[tuple[str, str], str] = {}
    twins: set[tuple[str, int]] = set()  # (bare name key, row) of numbered twin villages (see ORDINAL)
    districts: list[tuple] = []  # the rows of places also named a district ("Zarichnyi rajon")
    cities: list[tuple] = []  # ... and of towns and cities, the quarters' cities among them
    unnamed: list[tuple] = []  # ... and of Ukraine's cities named no district, some of them quarters too
    for row, place_names in _rows():
        number, pid = len(rows), row[0]
        rows.append(row)
        if row[2] in ("city", "town"):
            cities.append(row)
        if row[2] in QUARTER_KINDS and row[5] in ("UA", "RU") and any(map(QUARTER_NAME.search, place_names)):
            districts.append(row)
        elif row[2] == "city" and row[5] == "UA":
            unnamed.append(row)
        twin = row[5] == "UA" and row[2] in TWIN_KINDS
        distinct: list[str] = []
        for name in place_names:
            name_key = key(name)
            if name_key and name_key not in distinct:
                distinct.append(name_key)
                keys[name_key].append(number)
                if _is_acronym(name):
                    spellings[(name_key, pid)] = name
                if twin and (bare := ORDINAL.sub("", name_key)) != name_key:
                    twins.add((bare, number))
    for bare, number in sorted((bare, number) for bare, number in twins if bare not in keys):
        keys[bare].append(number)
    aliases = _aliases()
    for name_key, place_id in _borrowed_names(NameIndex(PlaceRows(rows), keys), aliases):
        keys[name_key] = [n for n in keys[name_key] if rows[n][0] != place_id]
    with _data("common_words.txt.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        common = sorted({line.strip() for line in text if line.strip()})
    notes = {
        (key(name), place_id): note
        for place_id, named in aliases.items()
        for name, note in named
        if note.startswith(FORMER_NAME)
    }
    kept = {name_key: tuple(numbers) for name_key, numbers in keys.items() if numbers}
    multi_word = [k.split() for k in kept if " " in k]
    return {
        "rows": rows,
        "keys": kept,
        "longest_name": max(map(len, multi_word), default=1),
        "prefixes": sorted({" ".join(words[:n]) for words in multi_word for n in range(1, len(words))}),
        "spellings": spellings,
        "notes": notes,
        "war_zone": sorted(war_zone.inside_of(rows)),
        "common_words": common,
        "quarters": _quarters(districts, unnamed, cities),
    }


def _gazetteer_of(parts: dict) -> Gazetteer:
    """The gazetteer over an index's parts (shipped, cached, or made by :func:`_index_parts`)."""
    table = PlaceRows(parts["rows"])
    return Gazetteer(
        places=PlacesById(table),
        index=NameIndex(table, parts["keys"]),
        spellings=parts["spellings"],
        common_words=frozenset(parts["common_words"]),
        longest_name=parts["longest_name"],
        prefixes=frozenset(parts["prefixes"]),
        notes=parts["notes"],
        war_zone=frozenset(parts["war_zone"]),
        quarters=parts["quarters"],
    )

