"""Build gazetteer/data/raions.tsv.gz: Ukraine's raions (districts) since the 2020 reform, as places.

Oblast administrations and the General Staff report by raion: "the enemy shelled the Nikopol district",
"settlements in the Kharkiv, Chuhuiv, Izium and Kupiansk districts came under fire". A raion is named for
its seat but is not it: the Nikopol district is the seat and the river towns round it (Marhanets,
Pokrovske, Chervonohryhorivka), and a report of shelling in "the city of Nikopol and the Nikopol district"
tells of two places. Before this table the gazetteer knew only the seat, so both were one pin.

Each raion of the law of 17 July 2020 (Verkhovna Rada resolution 807-IX; renamings since: Samar for
Novomoskovsk, Berestyn for Krasnohrad, Sheptytskyi for Chervonohrad, Zviahel for Novohrad-Volynskyi,
Volodymyr for Volodymyr-Volynskyi) is written below with its seat and the adjective its Ukrainian name is
made of (Nikopolskyi, Kryvorizkyi), by hand. GeoNames has no outlines of the new raions, so the raion's
point is made from the gazetteer's own populated places: every place of the oblast (cities500 and the
postal villages, those with their own point) is given to the nearest seat of its oblast, and the raion's
point is the median of the places so given, the middle of an approximation of its area (a Voronoi cell of
the seats, good to some tens of km; the raions' own borders follow the old raions', which it does not
know). Crimea's raions are left out: the press names them by the occupier's division (Saky, Dzhankoi
districts), not the 2020 law's.

Names: "<Seat> Raion", "<Seat> district", "<Adjective> raion", "<Adjective> district" (the key folds
"rayon" and "raion", "-skyi", "-sky" and "-skiy" together), and "<Seat> region" for a seat that is no
oblast's capital (oblast administrations' English: "shelled Nikopol region"). An adjective that is also
the name of a city's own district in ``gazetteer/city_districts.py`` (Dniprovskyi is a quarter of Kyiv,
Zaporizhzhia and Kherson; Pokrovskyi one of Kryvyi Rih) is left out, and so is its seat form when that
shortens the same quarter's name ("the Dnipro district" of a Kherson report is its Dniprovskyi quarter):
such a raion keeps only "<Seat> Raion".

    python3 scripts/build_raions.py && python3 scripts/build_index.py
"""

from __future__ import annotations

import statistics
from pathlib import Path

from curated_features import UA_OBLASTS
from tsv_table import write_tsv_gz

from gazetteer.city_districts import CITY_DISTRICTS
from gazetteer.distance import haversine_km
from gazetteer.names import fold, key
from gazetteer.places import Gazetteer, load_gazetteer
from gazetteer.raions import SEAT_KINDS
from gazetteer.records import Place

DATA = Path(__file__).resolve().parent.parent / "gazetteer" / "data"
OUT = DATA / "raions.tsv.gz"
COLUMNS = ["id", "name", "kind", "lat", "lon", "country", "admin1", "population", "names"]

# The oblasts' capitals (curated_features.UA_OBLASTS holds each): "the Kharkiv region" is the oblast, while
# "Nikopol region", as oblast administrations' English calls the Nikopol district (Nikopolshchyna), is the
# raion.
OBLAST_CAPITALS = frozenset(capital for _, _, _, capital, _ in UA_OBLASTS if capital)

# oblast -> (raion's name, the seat as the gazetteer names it, the adjective(s) of its Ukrainian name,
# former names of the raion's seat that the press still writes)
RAIONS: dict[str, tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]] = {
    "Vinnytsia Oblast": (
        ("Vinnytsia", "Vinnytsia", ("Vinnytskyi",), ()),
        ("Haisyn", "Haisyn", ("Haisynskyi",), ()),
        ("Zhmerynka", "Zhmerynka", ("Zhmerynskyi",), ()),
        ("Mohyliv-Podilskyi", "Mohyliv-Podilskyi", (), ()),
        ("Tulchyn", "Tulchyn", ("Tulchynskyi",), ()),
        ("Khmilnyk", "Khmilnyk", ("Khmilnytskyi",), ()),
    ),
    "Volyn Oblast": (
        ("Volodymyr", "Volodymyr-Volynskyi", ("Volodymyrskyi",), ("Volodymyr-Volynskyi",)),
        ("Kamin-Kashyrskyi", "Kamin-Kashyrskyi", (), ()),
        ("Kovel", "Kovel", ("Kovelskyi",), ()),
        ("Lutsk", "Lutsk", ("Lutskyi",), ()),
    ),
    "Dnipropetrovsk Oblast": (
        ("Dnipro", "Dnipro", ("Dniprovskyi",), ()),
        ("Kamianske", "Kamianske", ("Kamianskyi",), ()),
        ("Kryvyi Rih", "Kryvyi Rih", ("Kryvorizkyi",), ()),
        ("Nikopol", "Nikopol", ("Nikopolskyi",), ()),
        ("Samar", "Novomoskovsk", ("Samarivskyi", "Novomoskovskyi"), ("Novomoskovsk",)),
        ("Pavlohrad", "Pavlohrad", ("Pavlohradskyi",), ()),
        ("Synelnykove", "Synelnykove", ("Synelnykivskyi",), ()),
    ),
    "Donetsk Oblast": (
        ("Bakhmut", "Bakhmut", ("Bakhmutskyi",), ("Artemivsk",)),
        ("Volnovakha", "Volnovakha", ("Volnovaskyi",), ()),
        ("Horlivka", "Horlivka", ("Horlivskyi",), ()),
        ("Donetsk", "Donetsk", ("Donetskyi",), ()),
        ("Kalmiuske", "Kalmiuske", ("Kalmiuskyi",), ()),
        ("Kramatorsk", "Kramatorsk", ("Kramatorskyi",), ()),
        ("Mariupol", "Mariupol", ("Mariupolskyi",), ()),
        ("Pokrovsk", "Pokrovsk", ("Pokrovskyi",), ()),
    ),
    "Zhytomyr Oblast": (
        ("Berdychiv", "Berdychiv", ("Berdychivskyi",), ()),
        ("Zhytomyr", "Zhytomyr", ("Zhytomyrskyi",), ()),
        ("Korosten", "Korosten", ("Korostenskyi",), ()),
        ("Zviahel", "Novohrad-Volynskyi", ("Zviahelskyi",), ("Novohrad-Volynskyi",)),
    ),
    "Zakarpattia Oblast": (
        ("Berehove", "Berehove", ("Berehivskyi",), ()),
        ("Mukachevo", "Mukachevo", ("Mukachivskyi",), ()),
        ("Rakhiv", "Rakhiv", ("Rakhivskyi",), ()),
        ("Tiachiv", "Tiachiv", ("Tiachivskyi",), ()),
        ("Uzhhorod", "Uzhhorod", ("Uzhhorodskyi",), ()),
        ("Khust", "Khust", ("Khustskyi",), ()),
    ),
    "Zaporizhzhia Oblast": (
        ("Berdiansk", "Berdiansk", ("Berdianskyi",), ()),
        ("Vasylivka", "Vasylivka", ("Vasylivskyi",), ()),
        ("Zaporizhzhia", "Zaporizhzhia", ("Zaporizkyi",), ()),
        ("Melitopol", "Melitopol", ("Melitopolskyi",), ()),
        ("Polohy", "Polohy", ("Polohivskyi",), ()),
    ),
    "Ivano-Frankivsk Oblast": (
        ("Verkhovyna", "Verkhovyna", ("Verkhovynskyi",), ()),
        ("Ivano-Frankivsk", "Ivano-Frankivsk", ("Ivano-Frankivskyi",), ()),
        ("Kalush", "Kalush", ("Kaluskyi",), ()),
        ("Kolomyia", "Kolomyia", ("Kolomyiskyi",), ()),
        ("Kosiv", "Kosiv", ("Kosivskyi",), ()),
        ("Nadvirna", "Nadvirna", ("Nadvirnianskyi",), ()),
    ),
    "Kyiv Oblast": (
        ("Bila Tserkva", "Bila Tserkva", ("Bilotserkivskyi",), ()),
        ("Boryspil", "Boryspil", ("Boryspilskyi",), ()),
        ("Brovary", "Brovary", ("Brovarskyi",), ()),
        ("Bucha", "Bucha", ("Buchanskyi",), ()),
        ("Vyshhorod", "Vyshhorod", ("Vyshhorodskyi",), ()),
        ("Obukhiv", "Obukhiv", ("Obukhivskyi",), ()),
        ("Fastiv", "Fastiv", ("Fastivskyi",), ()),
    ),
    "Kirovohrad Oblast": (
        ("Holovanivsk", "Holovanivsk", ("Holovanivskyi",), ()),
        ("Kropyvnytskyi", "Kropyvnytskyi", (), ()),
        ("Novoukrainka", "Novoukrainka", ("Novoukrainskyi",), ()),
        ("Oleksandriia", "Oleksandriia", ("Oleksandriiskyi",), ()),
    ),
    "Luhansk Oblast": (
        ("Alchevsk", "Alchevsk", ("Alchevskyi",), ()),
        ("Dovzhansk", "Dovzhansk", ("Dovzhanskyi",), ()),
        ("Luhansk", "Luhansk", ("Luhanskyi",), ()),
        ("Rovenky", "Rovenky", ("Rovenkivskyi",), ()),
        ("Svatove", "Svatove", ("Svativskyi",), ()),
        ("Sievierodonetsk", "Sievierodonetsk", ("Sievierodonetskyi",), ()),
        ("Starobilsk", "Starobilsk", ("Starobilskyi",), ()),
        ("Shchastia", "Shchastia", ("Shchastynskyi",), ()),
    ),
    "Lviv Oblast": (
        ("Drohobych", "Drohobych", ("Drohobytskyi",), ()),
        ("Zolochiv", "Zolochiv", ("Zolochivskyi",), ()),
        ("Lviv", "Lviv", ("Lvivskyi",), ()),
        ("Sambir", "Sambir", ("Sambirskyi",), ()),
        ("Stryi", "Stryi", ("Stryiskyi",), ()),
        ("Sheptytskyi", "Chervonohrad", ("Chervonohradskyi",), ("Chervonohrad",)),
        ("Yavoriv", "Yavoriv", ("Yavorivskyi",), ()),
    ),
    "Mykolaiv Oblast": (
        ("Bashtanka", "Bashtanka", ("Bashtanskyi",), ()),
        ("Voznesensk", "Voznesensk", ("Voznesenskyi",), ()),
        ("Mykolaiv", "Mykolaiv", ("Mykolaivskyi",), ()),
        ("Pervomaisk", "Pervomaisk", ("Pervomaiskyi",), ()),
    ),
    "Odesa Oblast": (
        ("Berezivka", "Berezivka", ("Berezivskyi",), ()),
        ("Bilhorod-Dnistrovskyi", "Bilhorod-Dnistrovskyi", (), ()),
        ("Bolhrad", "Bolhrad", ("Bolhradskyi",), ()),
        ("Izmail", "Izmail", ("Izmailskyi",), ()),
        ("Odesa", "Odesa", ("Odeskyi",), ()),
        ("Podilsk", "Podilsk", ("Podilskyi",), ()),
        ("Rozdilna", "Rozdilna", ("Rozdilnianskyi",), ()),
    ),
    "Poltava Oblast": (
        ("Kremenchuk", "Kremenchuk", ("Kremenchutskyi",), ()),
        ("Lubny", "Lubny", ("Lubenskyi",), ()),
        ("Myrhorod", "Myrhorod", ("Myrhorodskyi",), ()),
        ("Poltava", "Poltava", ("Poltavskyi",), ()),
    ),
    "Rivne Oblast": (
        ("Varash", "Varash", ("Varaskyi",), ()),
        ("Dubno", "Dubno", ("Dubenskyi",), ()),
        ("Rivne", "Rivne", ("Rivnenskyi",), ()),
        ("Sarny", "Sarny", ("Sarnenskyi",), ()),
    ),
    "Sumy Oblast": (
        ("Konotop", "Konotop", ("Konotopskyi",), ()),
        ("Okhtyrka", "Okhtyrka", ("Okhtyrskyi",), ()),
        ("Romny", "Romny", ("Romenskyi",), ()),
        ("Sumy", "Sumy", ("Sumskyi",), ()),
        ("Shostka", "Shostka", ("Shostkynskyi",), ()),
    ),
    "Ternopil Oblast": (
        ("Kremenets", "Kremenets", ("Kremenetskyi",), ()),
        ("Ternopil", "Ternopil", ("Ternopilskyi",), ()),
        ("Chortkiv", "Chortkiv", ("Chortkivskyi",), ()),
    ),
    "Kharkiv Oblast": (
        ("Bohodukhiv", "Bohodukhiv", ("Bohodukhivskyi",), ()),
        ("Izium", "Izium", ("Iziumskyi",), ()),
        ("Berestyn", "Krasnohrad", ("Berestynskyi", "Krasnohradskyi"), ("Krasnohrad",)),
        ("Kupiansk", "Kupiansk", ("Kupianskyi",), ()),
        ("Lozova", "Lozova", ("Lozivskyi",), ()),
        ("Kharkiv", "Kharkiv", ("Kharkivskyi",), ()),
        ("Chuhuiv", "Chuhuiv", ("Chuhuivskyi",), ()),
    ),
    "Kherson Oblast": (
        ("Beryslav", "Beryslav", ("Beryslavskyi",), ()),
        ("Henichesk", "Henichesk", ("Henicheskyi",), ()),
        ("Kakhovka", "Kakhovka", ("Kakhovskyi",), ()),
        ("Skadovsk", "Skadovsk", ("Skadovskyi",), ()),
        ("Kherson", "Kherson", ("Khersonskyi",), ()),
    ),
    "Khmelnytskyi Oblast": (
        ("Kamianets-Podilskyi", "Kamianets-Podilskyi", (), ()),
        ("Khmelnytskyi", "Khmelnytskyi", (), ()),
        ("Shepetivka", "Shepetivka", ("Shepetivskyi",), ()),
    ),
    "Cherkasy Oblast": (
        ("Zvenyhorodka", "Zvenyhorodka", ("Zvenyhorodskyi",), ()),
        ("Zolotonosha", "Zolotonosha", ("Zolotoniskyi",), ()),
        ("Uman", "Uman", ("Umanskyi",), ()),
        ("Cherkasy", "Cherkasy", ("Cherkaskyi",), ()),
    ),
    "Chernivtsi Oblast": (
        ("Vyzhnytsia", "Vyzhnytsia", ("Vyzhnytskyi",), ()),
        ("Dnistrovskyi", "Kelmentsi", (), ()),
        ("Chernivtsi", "Chernivtsi", ("Chernivetskyi",), ()),
    ),
    "Chernihiv Oblast": (
        ("Koriukivka", "Koriukivka", ("Koriukivskyi",), ()),
        ("Nizhyn", "Nizhyn", ("Nizhynskyi",), ()),
        ("Novhorod-Siverskyi", "Novhorod-Siverskyi", (), ()),
        ("Pryluky", "Pryluky", ("Prylutskyi",), ()),
        ("Chernihiv", "Chernihiv", ("Chernihivskyi",), ()),
    ),
}


def _places(gaz: Gazetteer) -> list[Place]:
    """Every Ukrainian populated place of the gazetteer with its own point (not its old raion centre's)."""
    return [
        p
        for p in (gaz.places[pid] for pid in gaz.places)
        if p.country == "UA" and p.kind in SEAT_KINDS and not p.approximate
    ]


def _seat(gaz: Gazetteer, oblast: str, name: str) -> Place:
    """The biggest place of ``oblast`` that ``name`` names: the raion's seat."""
    found = [p for p in gaz.candidates(key(name)) if p.admin1 == oblast and p.kind in SEAT_KINDS]
    if not found:
        raise SystemExit(f"build_raions: no seat {name!r} in {oblast}; check the spelling in RAIONS")
    return max(found, key=lambda p: p.population)


def _quarter_stems() -> tuple[str, ...]:
    return tuple(stem for rows in CITY_DISTRICTS.values() for _, stems, _, _ in rows for stem in stems)


def _names_a_quarter(word: str, stems: tuple[str, ...], adjective: bool) -> bool:
    """Whether ``word`` names a city quarter: an adjective that begins a quarter's stem or that one begins
    ("Dniprovskyi", "Pokrovskyi"), a seat's name that begins one ("Dnipro"; not "Pokrovsk")."""
    short = fold(word).replace(" ", "")
    return any(stem.startswith(short) or (adjective and short.startswith(stem)) for stem in stems)


def raion_rows(gaz: Gazetteer) -> list[list]:
    """The table's rows: each raion of RAIONS at the middle of the places nearer its seat than any other."""
    places = _places(gaz)
    stems = _quarter_stems()
    rows = []
    for oblast, raions in RAIONS.items():
        seats = [(raion, _seat(gaz, oblast, seat), *names) for raion, seat, *names in raions]
        given: dict[str, list[tuple[float, float]]] = {raion: [] for raion, *_ in seats}
        for p in places:
            if p.admin1 == oblast:
                nearest = min(seats, key=lambda s: haversine_km(p.lat, p.lon, s[1].lat, s[1].lon))
                given[nearest[0]].append((p.lat, p.lon))
        for raion, seat, adjectives, former in seats:
            points = given[raion]
            lat = statistics.median(lat for lat, _ in points)
            lon = statistics.median(lon for _, lon in points)
            names = [f"{raion} Raion"]
            words = [(word, False) for word in (raion, *former)] + [(word, True) for word in adjectives]
            for word, adjective in words:
                if not _names_a_quarter(word, stems, adjective):
                    names += [f"{word} Raion", f"{word} district"]
                if not adjective and seat.name not in OBLAST_CAPITALS and raion not in OBLAST_CAPITALS:
                    names.append(f"{word} region")  # "shelled Nikopol region": the raion, in translation
            unique = list(dict.fromkeys(names))
            rows.append(
                [f"raion:{seat.id}", f"{raion} Raion", "region", f"{lat:.4f}", f"{lon:.4f}", "UA", oblast, 0,
                 "|".join(unique)]
            )  # fmt: skip
    return rows


def main() -> None:
    rows = raion_rows(load_gazetteer())
    write_tsv_gz(OUT, COLUMNS, rows)
    print(f"{OUT}: {len(rows)} raions")


if __name__ == "__main__":
    main()
