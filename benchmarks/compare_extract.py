"""Benchmark: event extraction of this work tree against an earlier commit, on the same machine.

A figure measured on another day, under another load, says little about a change of a few per cent:
the development machine is shared and its speed wanders by more than that. This script checks the
earlier commit out into a temporary git worktree (its code and its data) and extracts the same
seeded articles (``bench_extract.generate``) with both, in turns, each run in a fresh process pinned
to one CPU; it reports each side's best and median CPU time and their ratio. The best of several
turns is the steadiest figure on a busy machine.

    python benchmarks/compare_extract.py 974ba4f~1
    python benchmarks/compare_extract.py HEAD~3 --articles 300 --turns 7
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What one run does, in a fresh interpreter that imports frontmap from the tree it is given.
RUN = """
import os, sys, time
tree = sys.argv[1]
sys.path[:0] = [tree, os.path.join(tree, "benchmarks")]
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from bench_extract import generate
from gazetteer import load_gazetteer
from geo import extract_events, read_text
gazetteer = load_gazetteer()
texts = generate(int(sys.argv[2]), 5.0)
articles = [read_text(t, title="Front-line report", source="bench", published=d) for t, d in texts]
extract_events(articles[0], gazetteer)
start = time.process_time()
for article in articles:
    extract_events(article, gazetteer)
print(time.process_time() - start)
"""


def _cpu_seconds(tree: Path, articles: int) -> float:
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(tree), str(articles)],
        cwd=tempfile.gettempdir(),  # not the work tree: its packages must come from ``tree`` only
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", help="the earlier commit (anything git rev-parse accepts)")
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--turns", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="frontmap-compare-") as scratch:
        earlier = Path(scratch) / "earlier"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(earlier), args.rev],
            check=True,
            capture_output=True,
        )
        try:
            times: dict[str, list[float]] = {"earlier": [], "now": []}
            for _ in range(args.turns):
                times["earlier"].append(_cpu_seconds(earlier, args.articles))
                times["now"].append(_cpu_seconds(ROOT, args.articles))
        finally:
            remove = ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(earlier)]
            subprocess.run(remove, check=False, capture_output=True)
    for side, seconds in times.items():
        best = min(seconds)
        print(
            f"{side:<8} best {best:.3f} s CPU, median {statistics.median(seconds):.3f} s "
            f"({args.articles / best:.1f} articles/s at best)"
        )
    print(f"now / earlier (best CPU time): {min(times['now']) / min(times['earlier']):.3f}")


if __name__ == "__main__":
    main()
