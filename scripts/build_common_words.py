"""Build gazetteer/data/common_words.txt.gz: English words common enough that a village of that name
needs more than the word itself to count as a place ("Will", "Read", "Army", "Mir").

Source: the PyPI package wordfreq (code Apache-2.0; word frequency data CC BY-SA 4.0, see
gazetteer/data/README.md). Run: python3 scripts/build_common_words.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

# Zipf 3.5 is about once in 300,000 words: "army", "bridge", "mir", but not "kharkiv" (2.9).
MIN_ZIPF = 3.5
OUT = Path(__file__).resolve().parent.parent / "gazetteer" / "data" / "common_words.txt.gz"


def main() -> None:
    words = sorted(
        {w for w in top_n_list("en", 60000) if w.isalpha() and zipf_frequency(w, "en") >= MIN_ZIPF}
    )
    with gzip.open(OUT, "wt", encoding="utf-8") as out:
        out.write("\n".join(words) + "\n")
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
