"""The estimated front on the static image: the latest snapshot's areas shaded and its line drawn.

The same look as the interactive map (maps/front.py holds the colours, opacities and dash), so a
report's picture and its map agree. Each drawn part carries an SVG id (``frontmap-front-...``) so a
reader of the SVG, or a test, can find it.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .front import (
    DASH,
    FRONT_LABEL,
    LINE_COLOUR,
    MAX_OPACITY,
    SIDES,
    area_opacity,
    latest_snapshot,
    snapshot_note,
)
from .symbols import ACTOR_COLOURS, ACTOR_LABELS

# Drawing order: over the land (1) and under the oblast outlines (2), rivers, places (4) and events (5).
AREA_ZORDER = 1.5
LINE_ZORDER = 3
LINE_WIDTH = 1.8


@dataclass(frozen=True, slots=True)
class FrontKey:
    """What the legend and the caption need from the drawn snapshot."""

    handles: list
    note: str


def front_lines(front) -> gpd.GeoDataFrame | None:
    """The latest snapshot's front line, for framing a picture that has no events; None if none."""
    if front is None:
        return None
    rows = latest_snapshot(front)
    return rows[rows["kind"] == "front_line"] if len(rows) else None


def draw_front(axes, front) -> FrontKey | None:
    """Draw the latest snapshot of ``front`` on ``axes``; return its legend entries and caption."""
    if front is None:
        return None
    rows = latest_snapshot(front)
    if not len(rows):
        return None
    for row in rows[rows["kind"] == "area"].itertuples(index=False):
        gpd.GeoSeries([row.geometry], crs="EPSG:4326").plot(
            ax=axes,
            color=ACTOR_COLOURS[row.controller],
            alpha=area_opacity(float(row.confidence)),
            linewidth=0,
            zorder=AREA_ZORDER,
        )
        axes.collections[-1].set_gid(f"frontmap-front-area-{row.controller}")
    drawn_lines = set()
    for row in rows[rows["kind"] == "front_line"].itertuples(index=False):
        observed = row.certainty == "observed"
        drawn_lines.add(observed)
        gpd.GeoSeries([row.geometry], crs="EPSG:4326").plot(
            ax=axes,
            color=LINE_COLOUR,
            linewidth=LINE_WIDTH,
            linestyle="-" if observed else (0, DASH),
            zorder=LINE_ZORDER,
        )
        axes.collections[-1].set_gid(f"frontmap-front-line-{'observed' if observed else 'inferred'}")
    handles = [
        Patch(
            facecolor=ACTOR_COLOURS[side],
            alpha=MAX_OPACITY,
            label=f"Held by {ACTOR_LABELS[side]} (estimated)",
        )
        for side in SIDES
    ]
    # Only the kinds of line the picture shows get a key.
    if True in drawn_lines:
        handles.append(Line2D([], [], color=LINE_COLOUR, linewidth=LINE_WIDTH, label="Front line, observed"))
    if False in drawn_lines:
        handles.append(
            Line2D(
                [],
                [],
                color=LINE_COLOUR,
                linewidth=LINE_WIDTH,
                linestyle=(0, DASH),
                label="Front line, inferred",
            )
        )
    note = f"{FRONT_LABEL} as of {rows['as_of'].iloc[0]}: {snapshot_note(rows)}; paler is less sure"
    return FrontKey(handles=handles, note=note)
