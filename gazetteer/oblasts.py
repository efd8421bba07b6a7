"""Whether a place lies in an oblast by the oblast's outline, not by the oblast its data row names.

The postal file files a village under the oblast of its post office: Novokhatske, on the line between
Donetsk and Dnipropetrovsk oblasts, is "Dnipropetrovsk Oblast" there, while the Russian Defence
Ministry, rightly by the map, puts it "in the DPR". A text that names the oblast is then checked
against the outline (``data/admin1.geojson``), with a few km of slack for the outline's simplification.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from .records import Place

if TYPE_CHECKING:
    import shapely

    from .places import Gazetteer

KM_PER_DEGREE = 111.0


def oblasts_called(gazetteer: Gazetteer, name_key: str) -> list[Place]:
    """The regions named "<name> Oblast" for a name's key ("kharkiv": Kharkiv Oblast): the oblast a text
    means by "the Kharkiv region", or by a town's name before "Oblast"."""
    return [c for c in gazetteer.candidates(f"{name_key} oblast") if c.kind == "region"]


def within_oblast(place: Place, oblast: str, km: float) -> bool:
    """Whether ``place`` lies inside the outline of ``oblast`` (an admin1 name, "Donetsk Oblast") or
    within ``km`` of it; False for an oblast the data has no outline of."""
    outline = _outlines().get(oblast)
    if outline is None:
        return False
    import shapely  # here, not at the top: few runs ask, and the import takes a fifth of a second

    return bool(shapely.dwithin(outline, shapely.Point(place.lon, place.lat), km / KM_PER_DEGREE))


@cache
def _outlines() -> dict[str, shapely.Geometry]:
    import shapely
    from shapely.geometry import shape

    source = resources.files("gazetteer") / "data" / "admin1.geojson"
    collection = json.loads(source.read_text(encoding="utf-8"))
    outlines = {f["properties"]["name"]: shape(f["geometry"]) for f in collection["features"]}
    for outline in outlines.values():
        shapely.prepare(outline)
    return outlines
