"""A static picture of the same events for reports: PNG or SVG, drawn with geopandas and matplotlib.

No browser is needed. Text from articles (place names, the title) is drawn with mathtext off, so a
``$`` in it is a dollar sign and cannot break the rendering.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import geopandas as gpd  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from geo.files import replacing  # noqa: E402

from .basemap import base_shapes  # noqa: E402
from .errors import MapError  # noqa: E402
from .front_image import draw_front, front_lines  # noqa: E402
from .payload import check_events  # noqa: E402
from .symbols import (  # noqa: E402
    ACTOR_COLOURS,
    ACTOR_LABELS,
    ATTRIBUTION,
    MATPLOTLIB_MARKERS,
    type_label,
    type_shape,
)

FORMATS = {".png": "png", ".svg": "svg"}
# Places labelled on the image, most mentioned first: more than this and labels overlap.
MAX_LABELS = 25
# Margin around the events in degrees, and the view when there is nothing to frame (Ukraine).
MARGIN_DEGREES = 0.6
MIN_SPAN_DEGREES = 2.5
# Events of one place are set this far apart (points), on axes about this wide (points).
SIDE_BY_SIDE_POINTS = 10
AXES_WIDTH_POINTS = 560  # about 200 km: one event still shows its surroundings
UKRAINE_BOUNDS = (22.0, 44.3, 40.3, 52.4)


def _frame(collection: dict) -> gpd.GeoDataFrame:
    if not collection["features"]:
        return gpd.GeoDataFrame(geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame.from_features(collection["features"], crs="EPSG:4326")


def _bounds(events, places, lines=None) -> tuple[float, float, float, float]:
    """The picture's extent: the events (else the front line, else the places), with a margin.

    Places named in passing (Moscow, Washington) would otherwise shrink the front to a corner.
    """
    frame = next((f for f in (events, lines, places) if f is not None and len(f)), None)
    if frame is None:
        return UKRAINE_BOUNDS
    west, south, east, north = frame.total_bounds
    half_width = max((east - west) / 2 + MARGIN_DEGREES, MIN_SPAN_DEGREES / 2)
    half_height = max((north - south) / 2 + MARGIN_DEGREES, MIN_SPAN_DEGREES / 2)
    x, y = (west + east) / 2, (south + north) / 2
    return x - half_width, y - half_height, x + half_width, y + half_height


def render_static(events, out: Path, *, places=None, title: str = "frontmap", front=None) -> Path:
    """Draw ``events`` on oblast outlines with labelled places and a legend; write PNG or SVG by suffix.

    Undated events are drawn hollow, as on the interactive map. ``front`` (the estimated front, every
    snapshot stacked, see build_map) draws its latest snapshot under the events. Returns ``out``.
    """
    out = Path(out)
    file_format = FORMATS.get(out.suffix.lower())
    if file_format is None:
        raise MapError(f"{out}: cannot tell the image format; name the file .png or .svg")
    check_events(events)
    events = events[events.geometry.notna() & ~events.geometry.is_empty]
    shapes = base_shapes()
    west, south, east, north = _bounds(events, places, front_lines(front))

    figure, axes = plt.subplots(figsize=(10, 8), dpi=150)
    try:
        axes.set_facecolor("#dde8ef")
        countries = _frame(shapes["countries"])
        if len(countries):
            countries.plot(ax=axes, color="#f4f1ea", edgecolor="#a9a294", linewidth=0.8)
        front_key = draw_front(axes, front)
        oblasts = _frame(shapes["oblasts"])
        if len(oblasts):
            oblasts.boundary.plot(ax=axes, color="#7c6f9c", linewidth=0.6, linestyle="--")
        features = _frame(shapes["features"])
        if len(features):
            lines = features[features.geom_type.str.contains("Line")]
            if len(lines):
                lines.plot(ax=axes, color="#3b7fc4", linewidth=1.2)
        labelled = _draw_places(axes, places, (west, south, east, north))
        _draw_events(axes, events, (west, south, east, north))
        axes.set_xlim(west, east)
        axes.set_ylim(south, north)
        # Degrees of longitude shrink with latitude: keep the picture in true proportion at its centre.
        axes.set_aspect(1 / max(0.2, math.cos(math.radians((south + north) / 2))))
        axes.set_xticks([])
        axes.set_yticks([])
        axes.set_xlabel("")
        axes.set_ylabel("")
        axes.set_title(title, fontsize=14, parse_math=False)
        figure.text(0.01, 0.01, ATTRIBUTION, fontsize=7, color="#555555", parse_math=False)
        if front_key:
            note = figure.text(0.99, 0.01, front_key.note, fontsize=7, ha="right", parse_math=False)
            note.set_gid("frontmap-front-note")
        _legend(axes, events, front_key.handles if front_key else [])
        figure.tight_layout()
        _drop_overlapping(figure, labelled)
        with replacing(out) as temporary:  # a report being rebuilt never embeds half an image
            figure.savefig(temporary, format=file_format)
    finally:
        plt.close(figure)
    return out


def _drop_overlapping(figure, labels: list) -> None:
    """Remove labels that would overlap a label drawn before them (most mentioned places first)."""
    renderer = figure.canvas.get_renderer()
    kept = []
    for label in labels:
        box = label.get_window_extent(renderer)
        if any(box.overlaps(other) for other in kept):
            label.remove()
        else:
            kept.append(box)


def _draw_places(axes, places, view: tuple[float, float, float, float]) -> list:
    """Draw the places in view and label them; return the labels, most mentioned first."""
    if places is None or not len(places):
        return []
    west, south, east, north = view
    places = places[places.geometry.notna() & ~places.geometry.is_empty]
    places = places.cx[west:east, south:north]
    if not len(places):
        return []
    if "mention_count" in places.columns:
        places = places.sort_values("mention_count", ascending=False, kind="stable")
    axes.scatter(
        places.geometry.x,
        places.geometry.y,
        s=10,
        color="#ffffff",
        edgecolors="#333333",
        linewidths=0.8,
        zorder=4,
    )
    labels = []
    for row in places.head(MAX_LABELS).itertuples(index=False):
        label = axes.annotate(
            str(row.name),
            (row.geometry.x, row.geometry.y),
            xytext=(4, 3),
            textcoords="offset points",
            fontsize=8,
            zorder=6,
            parse_math=False,
        )
        labels.append(label)
    return labels


def _side_by_side(events, view: tuple[float, float, float, float]) -> tuple[list[float], list[float]]:
    """Event points with the events of one place set side by side, as on the interactive map.

    The offset is a marker's width on the page, turned into degrees of the picture's extent, so
    Izium's advance, retreat and strike stay three symbols instead of one.
    """
    west, _, east, _ = view
    step = (east - west) / AXES_WIDTH_POINTS * SIDE_BY_SIDE_POINTS
    keys = [(round(g.x, 3), round(g.y, 3)) for g in events.geometry]
    counts: dict[tuple[float, float], int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    seen: dict[tuple[float, float], int] = {}
    xs, ys = [], []
    for (x, y), k in zip(events.geometry.map(lambda g: (g.x, g.y)), keys, strict=True):
        slot = seen.get(k, 0)
        seen[k] = slot + 1
        xs.append(x + (slot - (counts[k] - 1) / 2) * step)
        ys.append(y)
    return xs, ys


def _draw_events(axes, events, view: tuple[float, float, float, float]) -> None:
    if not len(events):
        return
    xs, ys = _side_by_side(events, view)
    events = events.assign(_x=xs, _y=ys)
    dated = events["date"].notna() & (events["date"].astype(str) != "")
    for (event_type, actor), group in events.groupby(["event_type", "actor"], sort=True):
        marker = MATPLOTLIB_MARKERS[type_shape(str(event_type))]
        colour = ACTOR_COLOURS.get(str(actor), ACTOR_COLOURS["unknown"])
        for has_date, part in group.groupby(dated.loc[group.index]):
            fill, edge = (colour, "#ffffff") if has_date else ("#ffffff", colour)
            axes.scatter(
                part["_x"],
                part["_y"],
                marker=marker,
                s=60,
                zorder=5,
                color=fill,
                edgecolors=edge,
                linewidths=0.8 if has_date else 1.8,
            )


def _legend(axes, events, extra: list) -> None:
    handles = [
        Line2D([], [], marker="o", linestyle="", color=colour, markersize=8, label=ACTOR_LABELS[actor])
        for actor, colour in ACTOR_COLOURS.items()
    ]
    for event_type in sorted(set(events["event_type"].astype(str))) if len(events) else []:
        handles.append(
            Line2D(
                [],
                [],
                marker=MATPLOTLIB_MARKERS[type_shape(event_type)],
                linestyle="",
                color="#555555",
                markersize=8,
                label=type_label(event_type),
            )
        )
    handles.append(
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            color="#ffffff",
            markeredgecolor="#555555",
            markeredgewidth=1.8,
            markersize=8,
            label="Date unknown",
        )
    )
    legend = axes.legend(handles=handles + extra, loc="lower right", fontsize=8, framealpha=0.93)
    for text in legend.get_texts():
        text.set_parse_math(False)
