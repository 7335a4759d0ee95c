"""Speed of the PDF export (issue: export, "Speed"): the two largest bundled texts, both layouts.

Run: .venv/bin/python bench/bench_export.py   (target: under 2 s per export)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from app.report.pdf import export_pdf
from corpus.compare.comparison import compare
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled


def main() -> int:
    app = QGuiApplication([sys.argv[0]])
    docs = sorted(
        (bundled.load_bundled(i) for i in bundled.bundled_ids()),
        key=lambda d: len(d.raw),
        reverse=True,
    )
    catalogue = bundled_catalogue()
    start = time.perf_counter()
    comparison = compare(docs[0], docs[1], catalogue)
    print(
        f"comparison of {docs[0].doc_id} and {docs[1].doc_id}: {time.perf_counter() - start:.3f} s"
    )
    with tempfile.TemporaryDirectory() as folder:
        for layout in ("synoptic", "parallel"):
            times = []
            for run in range(3):
                path = Path(folder) / f"{layout}-{run}.pdf"
                start = time.perf_counter()
                export_pdf(comparison, catalogue, path, layout)
                times.append(time.perf_counter() - start)
            size = path.stat().st_size / 1024
            print(
                f"{layout:>9}: export {min(times):.3f} s best, {sorted(times)[1]:.3f} s median "
                f"of 3; {size:.0f} KB"
            )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
