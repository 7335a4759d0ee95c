"""Precision and recall of clause alignment on the hand-made gold (all ten bundled pairs).

Run: .venv/bin/python bench/eval_alignment.py [--threshold T] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.compare.align import DEFAULT_THRESHOLD, align
from corpus.compare.analysis import analyze
from corpus.compare.gold import Score, gold_links, read_gold, score
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold" / "alignment.toml"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    catalogue = bundled_catalogue()
    docs = {i: analyze(bundled.load_bundled(i), catalogue) for i in bundled.bundled_ids()}
    total = Score(0, 0, 0)
    for pair in read_gold(GOLD):
        left, right = docs[pair.left], docs[pair.right]
        alignment = align(left, right, threshold=options.threshold)
        gold = gold_links(pair, left, right)
        result = score(alignment, gold)
        total = total + result
        print(
            f"{pair.left[:22]:22} {pair.right[:22]:22} P={result.precision:.2f} "
            f"R={result.recall:.2f} F1={result.f1:.2f} ({result.true_positives}/"
            f"{result.predicted} predicted, {result.gold} gold)"
        )
        if options.verbose:
            predicted = {(k.left, k.right): k.score for k in alignment.links}
            for lid, rid in sorted(set(predicted) - gold):
                labels = f"{left.clause(lid).label:18} {right.clause(rid).label:18}"
                print(f"   FP {labels} {predicted[(lid, rid)]:.2f}")
            for lid, rid in sorted(gold - set(predicted)):
                print(f"   FN {left.clause(lid).label:18} {right.clause(rid).label:18}")
    print(
        f"ALL  P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f} "
        f"(threshold {options.threshold})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
