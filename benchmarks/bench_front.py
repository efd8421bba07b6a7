"""Benchmark: the estimated front from 100,000 events: one day, a year of weekly snapshots, the map.

The events are generated over the real front-line settlements: every gazetteer town and village
within 25 km of a line through the towns the 2023 front ran by (Kupiansk, Kreminna, Siversk, Bakhmut,
Toretsk, Avdiivka, Marinka, Vuhledar, Velyka Novosilka, Orikhiv, Vasylivka, Nova Kakhovka, Kherson),
with advances, retreats, fighting and strikes by both sides over 2023, a few undated or placed only
by region. It measures, in one process:

- ``estimate_front`` for one day, first call (it builds the baseline and the settlement cells) and
  later calls (median of 3);
- ``front_snapshots`` for the 52 Saturdays of 2023;
- the whole map: those snapshots, ``front_table`` and ``maps.build_map`` of the 100,000 events with
  the front (targets: one day < 2 s; the map with weekly snapshots < 10 s).

Two synthetic wars: "moving", a front that swings back and forth over the year with reports that
mostly agree with it (what news of a war looks like), and "noisy", reports with sides drawn at
random at every settlement (a patchwork: the worst case for the dissolve). Wall-clock and CPU
seconds are both printed: the development machine is shared.

    PYTHONPATH=. python benchmarks/bench_front.py
    PYTHONPATH=. python benchmarks/bench_front.py --events 10000 --kind moving
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from gazetteer import haversine_km, key, load_gazetteer

FRONT_TOWNS = [
    "Kupiansk",
    "Kreminna",
    "Siversk",
    "Bakhmut",
    "Toretsk",
    "Avdiivka",
    "Marinka",
    "Vuhledar",
    "Velyka Novosilka",
    "Orikhiv",
    "Vasylivka",
    "Nova Kakhovka",
    "Kherson",
]
NEAR_FRONT_KM = 25.0
TYPES = ["advance", "retreat", "contact", "strike"]
SATURDAYS = [date(2023, 1, 7) + timedelta(weeks=k) for k in range(52)]


def front_settlements() -> pd.DataFrame:
    """Gazetteer settlements within NEAR_FRONT_KM of the 2023 front, with the side of it they lie on."""
    gazetteer = load_gazetteer()
    towns = []
    for name in FRONT_TOWNS:
        found = [p for p in gazetteer.candidates(key(name)) if p.country == "UA" and p.kind != "river"]
        towns.append(max(found, key=lambda p: p.population))
    line = shapely.LineString([(t.lon, t.lat) for t in towns])
    rows = []
    for place in gazetteer.places.values():
        if place.country != "UA" or place.kind not in ("city", "town", "village"):
            continue
        nearest = shapely.line_interpolate_point(
            line, shapely.line_locate_point(line, shapely.Point(place.lon, place.lat))
        )
        distance = haversine_km(place.lon, place.lat, nearest.x, nearest.y)
        if distance <= NEAR_FRONT_KM:
            # East or south of the line (the Russian-held side in 2023): right of the north-to-south line.
            ahead = shapely.line_interpolate_point(line, shapely.line_locate_point(line, nearest) + 0.01)
            cross = (ahead.x - nearest.x) * (place.lat - nearest.y) - (ahead.y - nearest.y) * (
                place.lon - nearest.x
            )
            rows.append((place.id, place.name, place.lon, place.lat, "RU" if cross < 0 else "UA", distance))
    return pd.DataFrame(rows, columns=["place_id", "place", "lon", "lat", "side", "distance"])


def synthetic_events(count: int, places: pd.DataFrame, seed: int = 1) -> gpd.GeoDataFrame:
    """``count`` events in the event-table schema at the settlements, over 2023."""
    rng = np.random.default_rng(seed)
    at = rng.integers(0, len(places), count)
    side = places["side"].to_numpy()[at]
    types = rng.choice(TYPES, count, p=[0.25, 0.1, 0.3, 0.35])
    # Mostly the side that holds the ground acts there; a fifth of the time the other one.
    other = np.where(side == "RU", "UA", "RU")
    actors = np.where(rng.random(count) < 0.8, side, other)
    actors = np.where(rng.random(count) < 0.05, "unknown", actors)
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 365, count), unit="D")
    dates = pd.Series(days.strftime("%Y-%m-%d"), dtype=object)
    dates[rng.random(count) < 0.03] = None
    precision = rng.choice([1, 2, 3], count, p=[0.75, 0.2, 0.05])
    article = rng.integers(0, max(1, count // 6), count)
    return gpd.GeoDataFrame(
        {
            "event_id": [f"{k:016x}" for k in range(count)],
            "event_type": types,
            "actor": actors,
            "place": places["place"].to_numpy()[at],
            "place_id": places["place_id"].to_numpy()[at],
            "place_kind": "village",
            "geo_precision": precision,
            "date": dates,
            "date_precision": np.where(dates.isna(), None, "day"),
            "sentence": "Synthetic report.",
            "article_id": [f"a{k:015x}" for k in article],
            "title": [f"Front line update no. {k}" for k in article],
            "source": "Example Wire",
            "url": [f"https://news.example.org/front/{k}" for k in article],
            "published": dates,
            "source_count": rng.choice([1, 2, 3], count, p=[0.7, 0.2, 0.1]),
        },
        geometry=gpd.points_from_xy(places["lon"].to_numpy()[at], places["lat"].to_numpy()[at]),
        crs="EPSG:4326",
    )


def moving_front_events(count: int, places: pd.DataFrame, seed: int = 2) -> gpd.GeoDataFrame:
    """``count`` events told by a front that moves: each settlement's holder on a day follows a line
    that swings up to 8 km either way of the 2023 line over the year (at a phase that varies along
    it); reports near the line tell who took, holds or shells what, and 3% of them get the side wrong.
    """
    rng = np.random.default_rng(seed)
    side = np.where(places["side"].to_numpy() == "RU", 1.0, -1.0)
    depth = side * places["distance"].to_numpy()  # km into the Russian-held side of the 2023 line
    phase = places["lat"].to_numpy() * 3.0
    # Reports cluster where the fighting is: settlements within 10 km of the line get most of them.
    weight = np.exp(-np.abs(depth) / 6.0)
    at = rng.choice(len(places), count, p=weight / weight.sum())
    day = rng.integers(0, 365, count)
    shift = 8.0 * np.sin(2 * np.pi * day / 365 + phase[at])
    holder = np.where(depth[at] > shift, "RU", "UA")
    other = np.where(holder == "RU", "UA", "RU")
    kind = rng.choice(["advance", "contact", "strike"], count, p=[0.2, 0.45, 0.35])
    actor = np.where(kind == "strike", other, holder)
    actor = np.where(rng.random(count) < 0.03, other, actor)
    table = synthetic_events(count, places, seed)
    dates = pd.Series((pd.Timestamp("2023-01-01") + pd.to_timedelta(day, unit="D")).strftime("%Y-%m-%d"))
    dates[rng.random(count) < 0.03] = None
    return table.assign(
        event_type=kind,
        actor=actor,
        place=places["place"].to_numpy()[at],
        place_id=places["place_id"].to_numpy()[at],
        date=dates.astype(object).to_numpy(),
        date_precision=np.where(dates.isna(), None, "day"),
        published=dates.astype(object).to_numpy(),
        geometry=gpd.points_from_xy(places["lon"].to_numpy()[at], places["lat"].to_numpy()[at]),
    )


def _timed(function, *args, **kwargs):
    """The result, the wall-clock seconds and the CPU seconds of this process (the machine is shared:
    CPU time says what the code costs when others are busy)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure(events: gpd.GeoDataFrame) -> list[tuple[str, str]]:
    """The figures for one set of events, as (measure, value) rows."""
    from geo.front import estimate_front, front_snapshots, front_table
    from maps import build_map

    day = date(2023, 12, 30)
    front, wall, cpu = _timed(estimate_front, events, day)
    rows = [
        ("estimate_front, one day, first call (builds baseline and cells)", f"{wall:.2f} s ({cpu:.2f} s CPU)")
    ]
    runs = [_timed(estimate_front, events, day)[1:] for _ in range(3)]
    wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    rows.append(("estimate_front, one day, later calls (median of 3)", f"{wall:.2f} s ({cpu:.2f} s CPU)"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "map.html"

        def whole_map():
            table = front_table(front_snapshots(events, SATURDAYS))
            build_map(events, out, tiles=False, front=table)
            return table

        snapshots, snap_wall, snap_cpu = _timed(front_snapshots, events, SATURDAYS)
        table, whole_wall, whole_cpu = _timed(whole_map)
        size = out.stat().st_size / 1e6
    each = snap_cpu / len(SATURDAYS) * 1000
    rows += [
        (
            "front_snapshots, 52 weekly days of 2023",
            f"{snap_wall:.2f} s ({snap_cpu:.2f} s CPU, {each:.0f} ms each)",
        ),
        ("front_table rows (areas and lines of all snapshots)", f"{len(table):,}"),
        (
            "whole map: snapshots + front_table + build_map",
            f"{whole_wall:.2f} s ({whole_cpu:.2f} s CPU), {size:.1f} MB",
        ),
        ("note of the last snapshot", snapshots[-1].note),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--kind",
        choices=("moving", "noisy", "both"),
        default="both",
        help="which synthetic war (default both)",
    )
    args = parser.parse_args()
    places = front_settlements()
    kinds = ("moving", "noisy") if args.kind == "both" else (args.kind,)
    for kind in kinds:
        make = moving_front_events if kind == "moving" else synthetic_events
        events = make(args.events, places)
        print(f"\n{kind}: {len(events):,} events at {len(places):,} front-line settlements")
        print("| measure | value |")
        print("|---|---|")
        for name, value in measure(events):
            print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
