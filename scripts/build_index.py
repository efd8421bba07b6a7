"""Build gazetteer/data/index.pickle.gz: the gazetteer's index, made from the data files beside it.

Run after scripts/build_gazetteer.py or scripts/build_settlements.py, or any change to
gazetteer/names.py, gazetteer/places.py, gazetteer/records.py or gazetteer/war_zone.py:

    python3 scripts/build_index.py

The index is derived data (every place's row, the key of each of its 160,000 names, the war zone
measured over them); shipping it lets a first run of frontmap load in a quarter of a second instead
of building it in several. It holds plain values only and is stamped with a hash of its sources; a
stale file is ignored (the index is then built and cached on first use), and a test checks that the
shipped one is current. The output is deterministic.
"""

from __future__ import annotations

from pathlib import Path

from gazetteer.places import INDEX_FILE, write_index

OUT = Path(__file__).resolve().parent.parent / "gazetteer" / "data" / INDEX_FILE


def main() -> None:
    count = write_index(OUT)
    print(f"{OUT}: index of {count} places, {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
