"""GeoNames' populated places of Ukraine below cities500, as Who's On First carries them.

GeoNames' full country dump (``UA.txt`` of export/dump) lists every populated place of Ukraine with
its own point, hamlets of a few dozen people included (Stupochky, Berdychi, Tonenke, Kleban-Byk):
the villages the postal file has only a raion centre's point for, or none. The dump itself is not in
any stored repository, but Who's On First (the public GitHub repository
**whosonfirst-data/whosonfirst-data-admin-ua**) imported it: each of its localities with a
``gn:geonameid`` is a GeoNames record (``src:geom`` geonames), its ``gn:*`` properties and names as
GeoNames has them. This module reads those records from the git mirror of that repository.

Licence: GeoNames, CC BY 4.0 (credit "GeoNames"); Who's On First asks to be credited too.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from gazetteer.names import is_cyrillic

WOF_MIRROR = Path("/work/.mirror/whosonfirst-data+whosonfirst-data-admin-ua/repo")
# GeoNames feature codes of places people live in now: a populated place, a seat of a first- to
# fourth-order division, a locality, a farm village. Sections of a town (PPLX), historical (PPLH),
# abandoned (PPLQ) and destroyed (PPLW) places are left out.
LIVING_CODES = frozenset({"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLL", "PPLF", "PPLS"})


@dataclass(frozen=True, slots=True)
class Locality:
    """One GeoNames populated place: its id, names and point."""

    geonameid: str
    name: str  # GeoNames' main name, romanised (Stupochky, Dal'nye)
    ukrainian: tuple[str, ...]  # Ukrainian Cyrillic names (Ступочки), the preferred first
    russian: tuple[str, ...]  # Russian Cyrillic names (Дальнее)
    latin: tuple[str, ...]  # other Latin names GeoNames lists (Dal'noye, Tonen'kiy)
    lat: float
    lon: float


def read_localities(mirror: Path = WOF_MIRROR) -> list[Locality]:
    """Every locality of the repository that is a living GeoNames populated place, in id order."""
    listing = subprocess.run(
        ["git", f"--git-dir={mirror}", "ls-tree", "-r", "--name-only", "HEAD", "data"],
        capture_output=True,
        text=True,
        check=False,
    )
    if listing.returncode != 0:
        raise SystemExit(f"{mirror}: cannot list the repository ({listing.stderr.strip()}); fetch it first")
    paths = [p for p in listing.stdout.split() if p.endswith(".geojson") and "-alt-" not in p]
    out = []
    with subprocess.Popen(
        ["git", f"--git-dir={mirror}", "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    ) as batch:
        for path in paths:
            batch.stdin.write(f"HEAD:{path}\n".encode())
            batch.stdin.flush()
            header = batch.stdout.readline().split()
            record = json.loads(batch.stdout.read(int(header[2])))
            batch.stdout.read(1)
            locality = _locality(record["properties"])
            if locality is not None:
                out.append(locality)
    return sorted(out, key=lambda loc: int(loc.geonameid))


def _locality(props: dict) -> Locality | None:
    if (
        props.get("wof:placetype") != "locality"
        or not props.get("gn:geonameid")
        or props.get("gn:feature_code") not in LIVING_CODES
        or props.get("edtf:deprecated")
        or props.get("mz:is_current") == 0
        or props.get("iso:country") != "UA"
    ):
        return None
    ukrainian, russian, latin = [], [], []
    for field, values in props.items():
        if not field.startswith(("name:ukr_", "name:rus_")) or not isinstance(values, list):
            continue
        for value in values:
            if not is_cyrillic(value):
                latin.append(value)
            elif field.startswith("name:ukr_"):
                ukrainian.append(value)
            else:
                russian.append(value)
    # the preferred Ukrainian name first: Who's On First lists it under name:ukr_x_preferred
    ukrainian.sort(key=lambda n: n not in props.get("name:ukr_x_preferred", ()))
    return Locality(
        geonameid=str(props["gn:geonameid"]),
        name=props.get("gn:name") or props.get("wof:name", ""),
        ukrainian=tuple(dict.fromkeys(ukrainian)),
        russian=tuple(dict.fromkeys(russian)),
        latin=tuple(dict.fromkeys(latin)),
        lat=float(props["geom:latitude"]),
        lon=float(props["geom:longitude"]),
    )
