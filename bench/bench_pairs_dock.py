"""Speed of the pairs list: refilled at every decision, on a long pair of treaties (1,223 rows).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_pairs_dock.py [LEFT RIGHT]
(default: the 1947 peace treaty with Italy and the 1907 Hague convention from
/work/shared/texts; target: under 150 ms for a refill, the window held meanwhile).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.review.pairs import PairsModel, pair_rows
from corpus.compare.comparison import compare
from corpus.formulas.finder import bundled_catalogue
from corpus.text.documents import open_document
from widgets.pairspanel import PairsPanel

TEXTS = Path("/work/shared/texts")
DEFAULT = (
    TEXTS / "nl-bwb__traite-de-paix-avec-italie-1947.txt",
    TEXTS / "nl-bwb__convention-reglement-pacifique-conflits-internationaux-1907.txt",
)


def main() -> int:
    app = QApplication([sys.argv[0]])
    left, right = (Path(p) for p in sys.argv[1:3]) if len(sys.argv) > 2 else DEFAULT
    comparison = compare(open_document(str(left)), open_document(str(right)), bundled_catalogue())
    start = time.perf_counter()
    rows = pair_rows(comparison, [])
    print(f"{len(rows)} rows made in {(time.perf_counter() - start) * 1000:.1f} ms")
    panel = PairsPanel()
    model = PairsModel(panel)
    panel.set_model(model)
    panel.resize(1600, 300)
    panel.show()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        model.set_rows(list(rows))
        app.processEvents()
        times.append(time.perf_counter() - start)
    print(
        f"refill and layout: {min(times) * 1000:.0f} ms best, "
        f"{sorted(times)[2] * 1000:.0f} ms median of 5"
    )
    start = time.perf_counter()
    panel.select(rows[-1].left_id, rows[-1].right_id)
    print(f"select the last row: {(time.perf_counter() - start) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
