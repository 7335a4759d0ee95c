"""Time of ``library import`` for an export holding many decisions (issue 28: 100,000 took 181 s,
one synced journal write per decision).

Run: .venv/bin/python bench/bench_import_decisions.py [--decisions 100000]

Exports a library of two real treaties (tests/data) with one decision, multiplies that row into
``--decisions`` rows (each its own time, so each its own decision), then times ``import_library``
into a new library (the export's check, the documents, the decisions and their journal), and
opening the decisions again (the journal and the table in step: no replay). Everything lives in
a temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.library.embedded.store import EmbeddedLibrary  # noqa: E402
from corpus.library.moving import MANIFEST, export_library, import_library  # noqa: E402

TEXTS = [
    "nl-bwb__traite-conciliation-nl-suede.txt",
    "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt",
]
ROW = {
    "left_name": TEXTS[0],
    "right_name": TEXTS[1],
    "kind": "link",
    "left_label": "Article 2 (1)",
    "left_text": "les parties contractantes",
    "left_digest": "0" * 16,
    "right_label": "Article 2 (1)",
    "right_text": "les parties contractantes",
    "right_digest": "1" * 16,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=100_000)
    count = parser.parse_args().decisions
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        source = work / "texts"
        source.mkdir()
        for name in TEXTS:
            shutil.copy(ROOT / "tests" / "data" / name, source / name)
        first = EmbeddedLibrary.open(work / "first", with_bundled=False)
        keys = [outcome.key for outcome in first.add_paths([source])]
        export_library(first, work / "export")
        first.close()
        path = work / "export" / MANIFEST
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["decisions"] = [
            {
                "id": n + 1,
                "left_sha": keys[0],
                "right_sha": keys[1],
                "made_at": f"2026-01-01T{n // 3_600_000_000:02d}:00:00.{n:06d}Z",
                **ROW,
            }
            for n in range(count)
        ]
        path.write_text(json.dumps(manifest), encoding="utf-8")
        size = path.stat().st_size / 1_048_576
        second = EmbeddedLibrary.open(work / "second", with_bundled=False)
        started = time.perf_counter()
        done = import_library(second, work / "export")
        imported = time.perf_counter() - started
        second.close()
        again = EmbeddedLibrary.open(work / "second", with_bundled=False)
        started = time.perf_counter()
        rows = len(again.decisions().rows())
        reopened = time.perf_counter() - started
        again.close()
        print(f"export: {count} decisions, manifest {size:.0f} MB")
        print(f"import: {imported:.1f} s ({done.decisions} decisions added)")
        print(f"decisions opened again and listed: {reopened:.2f} s ({rows} rows)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
