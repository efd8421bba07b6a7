"""The gazetteer: every place frontmap knows, indexed by the key of each of its names.

Loaded once per process from the package data in ``gazetteer/data`` (built by the scripts in
``scripts/``): GeoNames populated places, Natural Earth countries and admin-1 regions, and the
curated rivers, bridges, dams and regions. Loading reads JSON and a gzipped TSV with the standard
library only, so ``frontmap places`` starts without importing geopandas.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from importlib.resources import files
from pathlib import Path

from . import names, records, war_zone
from .cache import cached
from .distance import haversine_km
from .names import key, ukrainian_name
from .records import Place

GEOJSON_FILES = ("countries.geojson", "admin1.geojson", "features.geojson")
# cities500, then the postal file's villages cities500 lacks (scripts/build_settlements.py).
PLACE_TABLES = ("places.tsv.gz", "settlements.tsv.gz")
# More names for places of the tables: former names (with their years) and Russian-style spellings.
ALIASES_FILE = "aliases.tsv.gz"
# A town's GeoNames name that is the name of this many other places or more is theirs, not the town's,
# unless it is a spelling of the town's own name (this similar to it, by difflib's ratio) or our alias.
BORROWED_OTHERS = 2
BORROWED_POPULATION = 10_000
OWN_SPELLING = 0.7
# The endings of adjective names' keys (Oleksandrivskyi, Kyivskyi): a district named by an adjective does
# not own the noun its name is made from.
ADJECTIVE_KEY_ENDINGS = ("ski", "ske", "skoe", "skoie", "skii", "skaia", "skoi", "cki", "cke", "ckoe", "ckoie", "ckii")
FORMER_NAME = "former name"  # how an alias's note starts when it is a former name
DERIVED_SPELLING = "-style spelling"  # ... and ends when it is a spelling derived by rule
ACRONYM_LETTERS = 4  # names of at most this many capitals are acronyms, as gazetteer.reading reads them
DATA_FILES = (*PLACE_TABLES, ALIASES_FILE, *GEOJSON_FILES, "common_words.txt.gz")
# The key of every name, computed by scripts/build_name_keys.py, so that a first run need not key
# 160,000 names (about a second). Used only while it matches the data and names.py.
NAME_KEYS_FILE = "name_keys.json.gz"


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


class PlacesById(Mapping[str, Place]):
    """Place id -> place, over :class:`PlaceRows`."""

    __slots__ = ("_rows", "_ids")

    def __init__(self, rows: PlaceRows) -> None:
        self._rows = rows
        self._ids = {row[0]: i for i, row in enumerate(rows.rows)}

    def __getitem__(self, place_id: str) -> Place:
        return self._rows.place(self._ids[place_id])

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __reduce__(self):
        return (PlacesById, (self._rows,))


class NameIndex(Mapping[str, tuple[Place, ...]]):
    """Name key -> the places with a name of that key, over :class:`PlaceRows` (row numbers inside)."""

    __slots__ = ("_rows", "_keys", "_made")

    def __init__(self, rows: PlaceRows, keys: Mapping[str, Sequence[int]]) -> None:
        self._rows = rows
        self._keys = keys
        self._made: dict[str, tuple[Place, ...]] = {}

    def __getitem__(self, name_key: str) -> tuple[Place, ...]:
        made = self._made.get(name_key)
        if made is None:
            place = self._rows.place
            made = self._made[name_key] = tuple(place(row) for row in self._keys[name_key])
        return made

    def get(self, name_key: str, default=None):
        return self[name_key] if name_key in self._keys else default

    def __contains__(self, name_key: object) -> bool:
        return name_key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __reduce__(self):
        return (NameIndex, (self._rows, self._keys))


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
    index was built. The shipped gazetteer's ``places`` and ``index`` are :class:`PlacesById` and
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

    def candidates(self, name_key: str) -> tuple[Place, ...]:
        """Return every place with a name of this key, or () when none."""
        return self.index.get(name_key, ())

    def get(self, place_id: str) -> Place | None:
        """Return the place with this id (a GeoNames id, "admin1:UA-63", "river:oskil"), or None."""
        return self.places.get(place_id)


# The outline the tables' oblasts were read from draws Kyiv City too wide: Irpin, Hostomel, Bucha's
# neighbours and Vyshhorod came out in the city, and "Hostomel in the Kyiv region" found no Hostomel there.
# A place of the city's table farther than this from its centre is in Kyiv Oblast.
KYIV_CITY = "Kyiv City"
KYIV_CENTRE = (50.45466, 30.5238)  # (lat, lon)
KYIV_CITY_KM = 14.0


def _kyiv_or_its_oblast(lat: float, lon: float) -> str:
    far = haversine_km(lon, lat, KYIV_CENTRE[1], KYIV_CENTRE[0]) > KYIV_CITY_KM
    return "Kyiv Oblast" if far else KYIV_CITY


def _data(name: str):
    return files("gazetteer").joinpath("data", name)


def _rows(main_names: dict[str, str] | None = None) -> list[tuple[tuple, list[str]]]:
    """Every place, as the row of its :class:`Place` fields, with its names.

    ``main_names`` (place id -> name) are the Ukrainian main names worked out before and shipped
    with the name keys; given them, the tables' places come with no names (the shipped keys stand
    for them, and splitting 160,000 names is a tenth of the first load). Without them the names
    are read and the main names worked out here.
    """
    rows: list[tuple[tuple, list[str]]] = []
    aliases = _aliases() if main_names is None else {}
    for table in PLACE_TABLES:
        for line in _tsv_lines(table)[1:]:  # after the header: id name kind lat lon ... names
            if main_names is not None:
                pid, name, kind, lat, lon, country, admin1, population = line[: line.rindex("\t")].split("\t")
                name, names_ = main_names.get(pid, name), []
            else:
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

    The index is built from the shipped name keys (or, when they are stale, by keying 130,000
    names, a second or two) and kept in a cache file
    (``$FRONTMAP_CACHE`` or ``~/.cache/frontmap``) named by a hash of the data files and of the
    code that keys names; a changed data file or key rule builds a new one. Without a writable
    cache folder the index is built in memory every time, which is slower but works.
    """
    gazetteer = cached("gazetteer", _fingerprint(), _build)
    war_zone.remember(gazetteer.places, gazetteer.war_zone)
    return gazetteer


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in (*DATA_FILES, war_zone.ZONE_FILE):  # the zone is measured into the index, not keyed
        digest.update(_data(name).read_bytes())
    for source in (names.__file__, records.__file__, war_zone.__file__, __file__):
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


def _keys_fingerprint() -> str:
    """A hash of what the name keys depend on: the data's names, the rules of names.py and this
    module's (the borrowed names taken off)."""
    digest = hashlib.sha256(Path(names.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    for name in DATA_FILES:
        digest.update(_data(name).read_bytes())
    return digest.hexdigest()[:16]


def shipped_name_keys() -> dict[str, list[str]] | None:
    """The shipped keys of every place's names (place id -> its distinct keys, in its names' order),
    or None when the file is missing or was made from other data or other key rules."""
    shipped = _shipped()
    return shipped["keys"] if shipped else None


def _shipped() -> dict | None:
    try:
        with _data(NAME_KEYS_FILE).open("rb") as raw:
            shipped = json.loads(gzip.decompress(raw.read()))
    except (OSError, ValueError):
        return None
    return shipped if shipped.get("fingerprint") == _keys_fingerprint() else None


def write_name_keys(path: Path) -> int:
    """Write the keys of every place's names to ``path`` (gzipped JSON); return the place count.

    Each place gets its distinct keys; names the matcher must meet in capitals (acronyms such as
    "US", "РФ") are listed apart with their spelling, and the Ukrainian main names that differ from
    the table's (:func:`gazetteer.names.ukrainian_name`), so that loading keys and romanises nothing.
    """
    keys: dict[str, list[str]] = {}
    acronyms: list[tuple[str, str, str]] = []
    main: dict[str, str] = {}
    index: dict[str, list[Place]] = defaultdict(list)
    for row, place_names in _rows():
        place = Place(*row)
        if place.name != place_names[0]:
            main[place.id] = place.name
        distinct = keys.setdefault(place.id, [])
        for name in place_names:
            name_key = key(name)
            if name_key and name_key not in distinct:
                distinct.append(name_key)
                index[name_key].append(place)
                if _is_acronym(name):
                    acronyms.append((name_key, place.id, name))
    for name_key, place_id in _borrowed_names(index, _aliases()):
        keys[place_id].remove(name_key)
    text = json.dumps(
        {"fingerprint": _keys_fingerprint(), "keys": keys, "acronyms": acronyms, "main": main},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(text)
    return len(keys)


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


def _own_spelling(name_key: str, own_key: str) -> bool:
    """Whether a name is a spelling of a place's own name or its first words ("Rostov" of Rostov-on-Don,
    "Novhorod" of Novhorod-Siverskyi)."""
    if own_key.startswith(name_key + " "):
        return True
    if _adjectival(own_key) and not _adjectival(name_key):
        return False  # a city's district, Oleksandrivskyi, is not the 76 villages called Oleksandrivka
    return SequenceMatcher(None, name_key, own_key).ratio() >= OWN_SPELLING


def _adjectival(name_key: str) -> bool:
    """Whether a name is an adjective (Kamianske, Kamenskoe, Oleksandrivskyi), by its words' keys."""
    return any(word.endswith(ADJECTIVE_KEY_ENDINGS) for word in name_key.split())


def _is_acronym(name: str) -> bool:
    """Whether a name is written in capitals of at most ACRONYM_LETTERS letters ("US", "РФ")."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= ACRONYM_LETTERS and all(c.isupper() for c in letters)


def _build() -> Gazetteer:
    rows: list[tuple] = []
    keys: dict[str, list[int]] = defaultdict(list)  # name key -> rows
    shipped = _shipped() or {"keys": {}, "acronyms": [], "main": None}
    computed = False
    known_keys = shipped["keys"]
    spellings = {(name_key, pid): name for name_key, pid, name in shipped["acronyms"]}
    for row, place_names in _rows(shipped["main"]):
        number, pid = len(rows), row[0]
        rows.append(row)
        distinct = known_keys.get(pid)
        if distinct is None:  # no shipped keys for this place: key its names here
            computed = True
            distinct = []
            for name in place_names:
                name_key = key(name)
                if name_key and name_key not in distinct:
                    distinct.append(name_key)
                    if _is_acronym(name):
                        spellings[(name_key, pid)] = name
        for name_key in distinct:
            keys[name_key].append(number)
    table = PlaceRows(rows)
    aliases = _aliases()
    if computed:  # the shipped keys had the borrowed names taken off already (write_name_keys)
        for name_key, place_id in _borrowed_names(NameIndex(table, keys), aliases):
            keys[name_key] = [n for n in keys[name_key] if rows[n][0] != place_id]
    index = NameIndex(table, dict(zip(keys.keys(), map(tuple, keys.values()), strict=True)))
    with _data("common_words.txt.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        common = frozenset(line.strip() for line in text if line.strip())
    multi_word = [k.split() for k in keys if " " in k]
    prefixes = {" ".join(words[:n]) for words in multi_word for n in range(1, len(words))}
    notes = {
        (key(name), place_id): note
        for place_id, named in aliases.items()
        for name, note in named
        if note.startswith(FORMER_NAME)
    }
    return Gazetteer(
        places=PlacesById(table),
        index=index,
        spellings=spellings,
        common_words=common,
        longest_name=max(map(len, multi_word), default=1),
        prefixes=frozenset(prefixes),
        notes=notes,
        war_zone=war_zone.inside_of(rows),
    )
