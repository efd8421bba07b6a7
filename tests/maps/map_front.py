"""An estimated front for the map tests: Kharkiv Oblast before and after the September 2022 counteroffensive.

Built here from real shapes, not by geo.front (maps must draw whatever table it is handed): the
gazetteer's outline of Kharkiv Oblast, cut by a line through the towns the front ran past on
1 September 2022 (east of Kharkiv and Chuhuiv, west of Balakliia and Izium) and, on 20 September,
by the gazetteer's course of the Oskil river, which the front followed after Russia's retreat.
"""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import LineString, Polygon

from gazetteer.shapes import admin1, features

# The front on 2022-09-01, north to south, (lon, lat): from the border north-east of Kharkiv, past
# Chuhuiv and west of Balakliia, to south-west of Izium.
SEPTEMBER_1 = [(36.25, 50.6), (36.45, 50.2), (36.68, 49.85), (36.75, 49.45), (37.05, 49.1), (37.3, 48.6)]
# Where an observed stretch of a line gives way to an inferred one (latitude): the north was
# reported on, the south only follows from it.
OBSERVED_NORTH_OF = 49.6
EAST_EDGE = 40.5


def oblast():
    frame = admin1()
    return frame[frame["name"] == "Kharkiv Oblast"].geometry.iloc[0]


def oskil_line() -> list[tuple[float, float]]:
    frame = features()
    course = frame[(frame["kind"] == "river") & (frame["name"] == "Oskil")].geometry.iloc[0]
    points = sorted(course.coords, key=lambda point: -point[1])  # north to south
    return [*points, (37.3, 48.6)]


def _split(cut: list[tuple[float, float]]):
    """Kharkiv Oblast west and east of ``cut``, and the cut inside the oblast (observed, inferred)."""
    whole = oblast()
    east = Polygon([*cut, (EAST_EDGE, cut[-1][1]), (EAST_EDGE, cut[0][1])])
    line = LineString(cut).intersection(whole)
    north = Polygon([(30, OBSERVED_NORTH_OF), (45, OBSERVED_NORTH_OF), (45, 60), (30, 60)])
    return whole.difference(east), whole.intersection(east), line.intersection(north), line.difference(north)


def ids_at(events, *places: str) -> str:
    return ";".join(events[events["place"].isin(places) & events["date"].notna()]["event_id"])


def kharkiv_front(events) -> gpd.GeoDataFrame:
    """Two snapshots: 2022-09-01 (the baseline before the offensive) and 2022-09-20 (on the Oskil)."""
    rows = []
    ua, ru, observed, inferred = _split(SEPTEMBER_1)
    rows += [
        ("2022-09-01", "area", "UA", 0.4, None, "", 0, "baseline", ua),
        ("2022-09-01", "area", "RU", 0.4, None, "", 0, "baseline", ru),
        ("2022-09-01", "front_line", None, 0.4, None, "", 0, "observed", observed),
        ("2022-09-01", "front_line", None, 0.4, None, "", 0, "inferred", inferred),
    ]
    ua, ru, observed, inferred = _split(oskil_line())
    liberated = ids_at(events, "Balakliia", "Izium", "Kupiansk")
    rows += [
        (
            "2022-09-20",
            "area",
            "UA",
            0.85,
            "2022-09-10",
            liberated,
            len(liberated.split(";")),
            "observed",
            ua,
        ),
        ("2022-09-20", "area", "RU", 0.3, None, "", 0, "baseline", ru),
        ("2022-09-20", "front_line", None, 0.8, "2022-09-10", "", 0, "observed", observed),
        ("2022-09-20", "front_line", None, 0.3, None, "", 0, "inferred", inferred),
    ]
    columns = [
        "as_of",
        "kind",
        "controller",
        "confidence",
        "last_evidence_date",
        "event_ids",
        "n_reports",
        "certainty",
        "geometry",
    ]
    return gpd.GeoDataFrame([dict(zip(columns, row, strict=True)) for row in rows], crs="EPSG:4326")
