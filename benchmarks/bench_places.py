"""Benchmark: the gazetteer's load time and `frontmap places` on a ~13 KB article.

Measures, each as the median of N runs in fresh processes:

- gazetteer load, cold: ``FRONTMAP_CACHE`` points at an empty temporary folder, as on a first run
  after installing: the shipped index is loaded (or, in a tree whose shipped index is stale, the index
  is built from the package data and written); warm: the same again with that folder, as later runs;
- ``frontmap places ARTICLE --format json`` as a whole process (interpreter start-up, imports, load,
  resolve, print), cold and warm cache;
- mentions resolved per second by ``find_places`` in-process, once the gazetteer is loaded.

The article is the example article (examples/kharkiv-counteroffensive.md) followed by generated
front-line paragraphs up to ~13 KB.

    python benchmarks/bench_places.py            # 5 runs each
    python benchmarks/bench_places.py --runs 9
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kharkiv-counteroffensive.md"
TARGET_BYTES = 13_000

LOAD = (
    "import time; t = time.perf_counter(); from gazetteer import load_gazetteer; load_gazetteer(); "
    "print(time.perf_counter() - t)"
)

TOWNS = [
    "Kupiansk",
    "Izium",
    "Balakliia",
    "Lyman",
    "Bakhmut",
    "Avdiivka",
    "Kherson",
    "Chuhuiv",
    "Vovchansk",
    "Siversk",
    "Kreminna",
    "Svatove",
    "Sloviansk",
    "Kramatorsk",
    "Lysychansk",
    "Nova Kakhovka",
    "Zaporizhzhia",
]
PARAGRAPHS = [
    "Fighting continued near {a} on {day}, the general staff said, while Russian artillery shelled {b} "
    "and villages along the road to {c}.",
    "Residents who returned to {a} described weeks under occupation. Officials in the {region} region said "
    "power had been restored in {b} but not yet in {c}.",
    "Ukrainian forces pushed east of {a} and were reported on the outskirts of {b}, about 30 kilometers "
    "north of {c}, according to the regional governor.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REGIONS = ["Kharkiv", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia"]


def article_text(target_bytes: int = TARGET_BYTES, seed: int = 13) -> str:
    """The example article, then generated paragraphs until the text is ``target_bytes`` long."""
    rng = random.Random(seed)
    parts = [EXAMPLE.read_text(encoding="utf-8").rstrip()]
    while len("\n\n".join(parts).encode()) < target_bytes:
        a, b, c = rng.sample(TOWNS, 3)
        parts.append(
            rng.choice(PARAGRAPHS).format(a=a, b=b, c=c, day=rng.choice(DAYS), region=rng.choice(REGIONS))
        )
    return "\n\n".join(parts) + "\n"


def timed_process(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def load_seconds(cache: str) -> float:
    env = {**os.environ, "FRONTMAP_CACHE": cache}
    done = subprocess.run([sys.executable, "-c", LOAD], env=env, check=True, capture_output=True, text=True)
    return float(done.stdout)


def median_cold(runs: int, measure) -> float:
    """The median of ``runs`` measurements, each with a fresh, empty cache folder."""
    times = []
    for _ in range(runs):
        cache = tempfile.mkdtemp(prefix="frontmap-bench-")
        try:
            times.append(measure(cache))
        finally:
            shutil.rmtree(cache, ignore_errors=True)
    return statistics.median(times)


def mentions_per_second(text: str, seconds: float = 3.0) -> tuple[float, int]:
    from gazetteer import find_places, load_gazetteer

    gazetteer = load_gazetteer()
    find_places(text, gazetteer)  # warm the word-key cache as a long-running process would have it
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        count += len(find_places(text, gazetteer))
    return count / (time.perf_counter() - start), len(find_places(text, gazetteer))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    frontmap = shutil.which("frontmap")
    if frontmap is None:
        sys.exit("frontmap is not on PATH: pip install -e . first")

    with tempfile.TemporaryDirectory(prefix="frontmap-bench-") as folder:
        article = Path(folder) / "article.md"
        text = article_text()
        article.write_text(text, encoding="utf-8")
        places = [frontmap, "places", str(article), "--format", "json"]

        load_cold = median_cold(args.runs, load_seconds)
        places_cold = median_cold(
            args.runs, lambda cache: timed_process(places, {**os.environ, "FRONTMAP_CACHE": cache})
        )
        warm_cache = str(Path(folder) / "cache")
        load_seconds(warm_cache)  # write the cache once
        load_warm = statistics.median(load_seconds(warm_cache) for _ in range(args.runs))
        warm_env = {**os.environ, "FRONTMAP_CACHE": warm_cache}
        places_warm = statistics.median(timed_process(places, warm_env) for _ in range(args.runs))
        os.environ["FRONTMAP_CACHE"] = warm_cache
        rate, per_article = mentions_per_second(text)

    size = len(text.encode())
    rows = [
        ("gazetteer load, cold cache (in-process)", f"{load_cold:.2f} s"),
        ("gazetteer load, warm cache (in-process)", f"{load_warm:.2f} s"),
        (f"frontmap places, {size / 1000:.1f} KB article, cold cache (process)", f"{places_cold:.2f} s"),
        (f"frontmap places, {size / 1000:.1f} KB article, warm cache (process)", f"{places_warm:.2f} s"),
        (f"find_places, mentions resolved per second ({per_article} per article)", f"{rate:,.0f} /s"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure (median of ' + str(args.runs) + ' runs)':<{width}}  value")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
