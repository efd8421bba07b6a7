"""Build gazetteer/data/name_keys.json.gz: the key of every name in the gazetteer's data.

Run after scripts/build_gazetteer.py or any change to gazetteer/names.py:

    python3 scripts/build_name_keys.py

The keys are derived data (gazetteer.names.key over the shipped names); shipping them lets the first
run of frontmap skip keying 130,000 names. A test checks the shipped file is current.
"""

from __future__ import annotations

from pathlib import Path

from gazetteer.places import NAME_KEYS_FILE, write_name_keys

OUT = Path(__file__).resolve().parent.parent / "gazetteer" / "data" / NAME_KEYS_FILE


def main() -> None:
    count = write_name_keys(OUT)
    print(f"{OUT}: keys of {count} places, {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
