"""Build gazetteer/data/kyiv_city.geojson: the outline of Kyiv City, the city's own first-order division.

The oblast outlines (admin1.geojson, Natural Earth) draw Kyiv City far too wide, so the place tables put
the towns round it in the city: Vyshneve (43,000 people) and Sofiivska Borshchahivka came out as
quarters of Kyiv, out of reach of "in the Kyiv region" and of the misprint and spelling-variant
readings that skip the capital's quarters, while Bortnychi and Koncha-Zaspa, which are the city's, came
out in the oblast. This outline decides which of the places the tables put in Kyiv City are in it
(``gazetteer.places``).

Source: Who's On First, the locality Kyiv (wof:id 101752489) of the public GitHub repository
**whosonfirst-data/whosonfirst-data-admin-ua** (geometry from Quattroshapes), read from its git mirror.
Its two halves are drawn apart along the Dnipro, which left the riverside quarters (Rusanivka) outside;
the halves are joined by closing the gap (a buffer out and back in of ``CLOSE_DEG``), the holes of the
original (Kyiv Oblast's enclaves such as Kotsiubynske) cut out again, and the outline simplified to
``SIMPLIFY_DEG``. Licence: Who's On First data is CC BY 4.0 (credit "Who's On First"); Quattroshapes
geometry is CC BY 2.0.

    python3 scripts/build_kyiv_city.py          # then python3 scripts/build_index.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from shapely.geometry import Polygon, mapping, shape
from shapely.ops import unary_union

WOF_MIRROR = Path("/work/.mirror/whosonfirst-data+whosonfirst-data-admin-ua/repo")
KYIV_RECORD = "data/101/752/489/101752489.geojson"
OUT = Path(__file__).resolve().parent.parent / "gazetteer" / "data" / "kyiv_city.geojson"
CLOSE_DEG = 0.008  # about 600 m: wider than the Dnipro's gap between the halves, narrower than an enclave
SIMPLIFY_DEG = 0.001  # about 100 m
DECIMALS = 4


def kyiv_outline(record: dict):
    """The city's outline from its Who's On First record: the halves joined, the enclaves kept out."""
    city = shape(record["geometry"])
    parts = getattr(city, "geoms", [city])
    enclaves = unary_union([Polygon(hole) for part in parts for hole in part.interiors])
    joined = city.buffer(CLOSE_DEG).buffer(-CLOSE_DEG).difference(enclaves)
    return joined.simplify(SIMPLIFY_DEG, preserve_topology=True)


def _rounded(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [round(c, DECIMALS) for c in coordinates]
    return [_rounded(c) for c in coordinates]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", type=Path, help="the Who's On First record, if not from the git mirror")
    args = parser.parse_args()
    if args.record:
        record = json.loads(args.record.read_text(encoding="utf-8"))
    else:
        shown = subprocess.run(
            ["git", f"--git-dir={WOF_MIRROR}", "show", f"HEAD:{KYIV_RECORD}"],
            capture_output=True,
            text=True,
            check=False,
        )
        if shown.returncode != 0:
            why = shown.stderr.strip()
            raise SystemExit(f"{WOF_MIRROR}: cannot read {KYIV_RECORD} ({why}); fetch the mirror first")
        record = json.loads(shown.stdout)
    geometry = mapping(kyiv_outline(record))
    feature = {
        "type": "Feature",
        "properties": {
            "id": "admin1:UA-30",
            "name": "Kyiv City",
            "source": f"Who's On First {record['properties']['wof:id']} (Quattroshapes geometry)",
            "licence": "CC BY 4.0 (Who's On First); geometry CC BY 2.0 (Quattroshapes)",
        },
        "geometry": {
            "type": geometry["type"],
            "coordinates": _rounded(geometry["coordinates"]),
        },
    }
    collection = {"type": "FeatureCollection", "features": [feature]}
    OUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {OUT.stat().st_size / 1e3:.1f} kB")


if __name__ == "__main__":
    main()
