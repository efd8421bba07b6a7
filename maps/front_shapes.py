"""Shapes of the estimated front as compact arrays for the page: integer deltas, all shapes at once.

A year of weekly snapshots holds thousands of distinct areas; encoding them one GEOS call and one
numpy pass per ring took seconds, so here every step runs on all shapes together (shapely's array
functions, numpy over all coordinates) and Python only slices the result into lists.

A path is flat integers ``x0, y0, dx1, dy1, ...``: longitude and latitude in 1/``COORD_SCALE``
degrees, each point after the first as the difference from the one before (short numbers in JSON),
repeated points dropped. A polygon ring leaves out its closing point; a ring that rounding flattens
to no area (a sliver) is dropped, and a polygon whose outer ring is dropped goes with its holes.
"""

from __future__ import annotations

import numpy as np
import shapely

# 1e-4 degrees is about 11 m: far finer than the estimate, and each point costs a few bytes.
COORD_SCALE = 10_000
# Shapes are simplified to about 100 m before drawing; the estimate is not more precise than that.
SIMPLIFY_DEGREES = 0.001
_POLYGON, _LINE_TYPES, _MULTI_FIRST = 3, (1, 2), 4  # shapely type ids; 4-7 are multi-parts and collections


def _single_parts(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every single part of ``geometries`` (nested collections opened) and the index of its shape."""
    parts, owner = shapely.get_parts(geometries, return_index=True)
    while True:
        multi = shapely.get_type_id(parts) >= _MULTI_FIRST
        if not multi.any():
            break
        inner, within = shapely.get_parts(parts[multi], return_index=True)
        parts = np.concatenate([parts[~multi], inner])
        owner = np.concatenate([owner[~multi], owner[multi][within]])
    order = np.argsort(owner, kind="stable")
    return parts[order], owner[order]


def _paths(rings: np.ndarray, closed: bool) -> tuple[list[list[int]], np.ndarray]:
    """Encode rings or lines as flat delta paths; also say which ones are kept (not degenerate)."""
    coordinates, ring_of = shapely.get_coordinates(rings, return_index=True)
    scaled = np.round(coordinates * COORD_SCALE).astype(np.int64)
    keep = np.ones(len(scaled), dtype=bool)
    if closed and len(scaled):
        last = np.r_[ring_of[1:] != ring_of[:-1], True]
        keep &= ~last  # the closing point repeats the first
    repeated = np.r_[False, (scaled[1:] == scaled[:-1]).all(axis=1) & (ring_of[1:] == ring_of[:-1])]
    keep &= ~repeated
    scaled, ring_of = scaled[keep], ring_of[keep]
    counts = np.bincount(ring_of, minlength=len(rings))
    first = np.r_[True, ring_of[1:] != ring_of[:-1]] if len(ring_of) else np.zeros(0, dtype=bool)
    if closed:
        # Twice the area of each ring (shoelace), from each point and the next one in its ring.
        following = np.arange(1, len(scaled) + 1)
        starts = np.flatnonzero(first)
        ends = np.r_[starts[1:], len(scaled)] - 1
        following[ends] = starts
        x, y = scaled[:, 0].astype(np.float64), scaled[:, 1].astype(np.float64)
        cross = x * y[following] - x[following] * y
        area = np.bincount(ring_of, weights=cross, minlength=len(rings))
        kept = (counts >= 3) & (area != 0)
    else:
        kept = counts >= 2
    deltas = scaled.copy()
    deltas[1:] -= scaled[:-1]
    deltas[first] = scaled[first]
    flat = deltas.ravel().tolist()
    offsets = np.r_[0, np.cumsum(counts * 2)].tolist()
    return [flat[offsets[k] : offsets[k + 1]] for k in range(len(rings))], kept


def encode_areas(geometries: np.ndarray) -> list[list[list[list[int]]]]:
    """Each shape as a list of polygons, each a list of rings (outer first), each a flat delta path."""
    encoded: list[list] = [[] for _ in range(len(geometries))]
    parts, owner = _single_parts(geometries)
    polygons = (shapely.get_type_id(parts) == _POLYGON) & ~shapely.is_empty(parts)
    parts, owner = parts[polygons], owner[polygons]
    rings, part_of = shapely.get_rings(parts, return_index=True)
    paths, kept = _paths(rings, closed=True)
    outer = np.r_[True, part_of[1:] != part_of[:-1]] if len(part_of) else np.zeros(0, dtype=bool)
    polygon: list[list[int]] | None = None
    for path, is_kept, is_outer, part in zip(
        paths, kept.tolist(), outer.tolist(), part_of.tolist(), strict=True
    ):
        if is_outer:
            polygon = [path] if is_kept else None
            if polygon is not None:
                encoded[owner[part]].append(polygon)
        elif is_kept and polygon is not None:
            polygon.append(path)
    return encoded


def encode_lines(geometries: np.ndarray) -> list[list[list[int]]]:
    """Each shape as a list of flat delta paths (one per line string)."""
    encoded: list[list] = [[] for _ in range(len(geometries))]
    parts, owner = _single_parts(geometries)
    lines = np.isin(shapely.get_type_id(parts), _LINE_TYPES) & ~shapely.is_empty(parts)
    parts, owner = parts[lines], owner[lines]
    paths, kept = _paths(parts, closed=False)
    for path, is_kept, shape in zip(paths, kept.tolist(), owner.tolist(), strict=True):
        if is_kept:
            encoded[shape].append(path)
    return encoded


def prepare(geometries: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """Mend invalid shapes, clip to ``box`` (those reaching out of it), simplify to ``SIMPLIFY_DEGREES``.

    A self-crossing ring would otherwise cancel its own area (and be dropped as a sliver) or break clipping.
    """
    west, south, east, north = box
    geometries = geometries.copy()
    invalid = ~shapely.is_valid(geometries)
    if invalid.any():
        geometries[invalid] = shapely.make_valid(geometries[invalid])
    bounds = shapely.bounds(geometries)
    outside = (bounds[:, 0] < west) | (bounds[:, 1] < south) | (bounds[:, 2] > east) | (bounds[:, 3] > north)
    if outside.any():
        geometries[outside] = shapely.clip_by_rect(geometries[outside], west, south, east, north)
    return shapely.simplify(geometries, SIMPLIFY_DEGREES, preserve_topology=True)
