"""How long the shared anchors of a pair take (issue 23: across languages in the views).

Run: .venv/bin/python bench/bench_pair_anchors.py

The window asks for one pair's anchors when a pair is selected; the synoptic view and the PDF
ask for every pair's. Prints, for the 1947 peace treaty with Italy (French, 1,000 clauses)
against the UN Charter (English), the comparison's time, then the anchors of every pair: the
first time (the country patterns compiled) and again, with the time per pair.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.compare.comparison import compare  # noqa: E402
from corpus.formulas.finder import bundled_catalogue  # noqa: E402
from corpus.model import Document  # noqa: E402
from corpus.text.documents import load_file  # noqa: E402

DATA = ROOT / "tests" / "data"


def _document(name: str, language: str) -> Document:
    document = load_file(DATA / name)
    return replace(document, meta=replace(document.meta, language=language))


def main() -> int:
    left = _document("nl-bwb__traite-de-paix-avec-italie-1947.txt", "fr")
    right = _document("nl-bwb__charter-of-the-united-nations.txt", "en")
    started = time.perf_counter()
    comparison = compare(left, right, bundled_catalogue())
    print(
        f"compare: {time.perf_counter() - started:.2f} s, {len(comparison.alignment.links)} pairs"
    )
    for run in ("first", "again"):
        started = time.perf_counter()
        anchors = sum(len(comparison.anchors(link)) for link in comparison.alignment.links)
        elapsed = time.perf_counter() - started
        per_pair = 1000 * elapsed / max(1, len(comparison.alignment.links))
        print(f"anchors ({run}): {elapsed:.3f} s, {per_pair:.2f} ms a pair, {anchors} anchors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
