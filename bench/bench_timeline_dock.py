"""What the timeline dock adds up after the count: the chart and table of 100,000 documents.

``year_counts`` (the search, timed by ``bench_library_search.py``) gives one count per document
with an occurrence; the dock then adds them up by year, and by party or language, for its chart
and table (``app.library.timeline_figures.timeline_figures``). This is timed here on synthetic
counts (dates from 1950 to 2026, one in twenty undated, two parties of ten, two languages), for
each split: the figure says why the dock adds them up off the interface's thread (in the
timeline's worker, ``app.library.timeline``), a change of measure or split included.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_timeline_dock.py [--documents N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.library.timeline_figures import timeline_figures  # noqa: E402
from corpus.library.searching import DocumentCount  # noqa: E402

PARTIES = ("United States", "France", "Azerbaijan", "China", "Russia", "Vietnam", "India",
           "Japan", "Germany", "Brazil")  # fmt: skip


def synthetic_counts(documents: int) -> tuple[DocumentCount, ...]:
    chance = random.Random(1)
    return tuple(
        DocumentCount(
            f"k{i}",
            f"{chance.randint(1950, 2026)}-01-01" if i % 20 else "",
            tuple(chance.sample(PARTIES, 2)),
            chance.choice(("fr", "en")),
            chance.randint(1, 5),
        )
        for i in range(documents)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    counts = synthetic_counts(options.documents)
    for split in ("", "party", "language"):
        times = []
        for _run in range(options.runs):
            start = time.perf_counter()
            timeline_figures("q", counts, "hits", split, "fr")  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
        print(f"split={split or 'none':8} median {statistics.median(times) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
