"""Benchmark: event extraction throughput on one core, and peak memory.

Generates 1,000 articles of ~5 KB each (seeded, so every run sees the same text) from front-line
sentence templates: advances, retreats, strikes, bridge strikes, hedged predictions, relative
locations, back-references and filler. After start-up (imports, gazetteer load, one warm-up article)
it times ``extract_events`` over all of them in this process, pinned to one CPU where the OS allows.

Peak memory is reported two ways: the peak of Python allocations while extracting (tracemalloc, in a
second pass over the first 100 articles, since tracing slows the code sixfold) and the process's
maximum resident set size (``resource.getrusage``), which includes the interpreter, the imports and
the gazetteer.

    python benchmarks/bench_extract.py
    python benchmarks/bench_extract.py --articles 200 --kb 5
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc
from datetime import date, timedelta

from gazetteer import load_gazetteer
from geo import extract_events, read_text

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
    "Kharkiv",
]
UA = ["Ukrainian forces", "Kyiv's troops", "The Armed Forces", "Ukrainian units"]
RU = ["Russian troops", "Moscow's forces", "Wagner fighters", "The occupiers", "DPR units"]
DAYS = ["on Monday", "on Tuesday", "at the weekend", "earlier this week", "last Friday", "on 9 September", ""]
SENTENCES = [
    "{ua} recaptured {a} {day}, officials said.",
    "{ru} withdrew from {a} {day} after days of heavy fighting.",
    "{ru} shelled {a} and the surrounding villages {day}.",
    "A missile strike on {a} killed two civilians {day}, the governor said.",
    "{ua} struck the Antonivskyi bridge again {day}.",
    "{ru} advanced 10 km north of {a}, according to the general staff.",
    "The town of {a} was liberated {day}. Residents said the town had been badly damaged.",
    "Analysts said {ru} could try to retake {a} in the coming weeks.",
    "Moscow denied that its troops had retreated from {a}.",
    "Heavy fighting continued around {a}, where {ua} were reported on the outskirts.",
    "The loss of {a} is a serious blow for Russia, analysts said.",
    "Aid convoys reached {a} on the road from {b}, and volunteers handed out food and medicine.",
    "Officials in {b} said power and water had been restored to most districts after repairs.",
    "Satellite images showed burned vehicles along the road between {a} and {b}.",
]


TRACED = 100


def generate(count: int, kilobytes: float, seed: int = 1) -> list[tuple[str, date]]:
    """``count`` articles of about ``kilobytes`` KB each, with their published days."""
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < kilobytes * 1000:
            a, b = rng.sample(TOWNS, 2)
            parts.append(
                rng.choice(SENTENCES)
                .format(a=a, b=b, ua=rng.choice(UA), ru=rng.choice(RU), day=rng.choice(DAYS))
                .replace("  ", " ")
                .replace(" ,", ",")
                .replace(" .", ".")
            )
        paragraphs = [" ".join(parts[i : i + 4]) for i in range(0, len(parts), 4)]
        articles.append(("\n\n".join(paragraphs), date(2022, 9, 1) + timedelta(days=rng.randrange(60))))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--kb", type=float, default=5.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    start = time.perf_counter()
    gazetteer = load_gazetteer()
    texts = generate(args.articles, args.kb)
    articles = [
        read_text(text, title="Front-line report", source="bench", published=day) for text, day in texts
    ]
    extract_events(articles[0], gazetteer)  # warm-up: lazy imports and caches
    startup = time.perf_counter() - start

    start, cpu_start = time.perf_counter(), time.process_time()
    event_count = sum(len(extract_events(article, gazetteer)) for article in articles)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # the machine may be shared: CPU time is the steadier figure

    tracemalloc.start()
    for article in articles[:TRACED]:
        extract_events(article, gazetteer)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    if sys.platform == "darwin":
        maxrss_kb //= 1024

    mean_kb = sum(len(a.text.encode()) for a in articles) / len(articles) / 1000
    rows = [
        ("articles", f"{len(articles):,} of {mean_kb:.1f} KB on average"),
        ("start-up (imports, gazetteer, generation, warm-up)", f"{startup:.2f} s"),
        ("extraction time, one core", f"{elapsed:.2f} s"),
        ("extraction CPU time", f"{cpu:.2f} s"),
        ("articles per second", f"{len(articles) / elapsed:,.1f}"),
        ("events per article", f"{event_count / len(articles):.1f}"),
        (
            f"peak Python allocation extracting {min(TRACED, len(articles))} articles (tracemalloc)",
            f"{traced_peak / 2**20:.1f} MB",
        ),
        ("peak resident memory of the process (maxrss)", f"{maxrss_kb / 1024:.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
