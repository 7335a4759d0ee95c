"""Search at scale (issue: library and search, "Speed"): FTS5 against grep -ril, same files.

Run: .venv/bin/python bench/bench_search.py [--sizes 10000 100000] [--keep]

Builds synthetic libraries of documents of about 10 KB, recombined from real sentences of the
bundled declarations and ../shared/texts (tests/data without it), in a temporary folder; indexes
them; then times a set of phrase queries: the FTS5 match alone (which documents) and the full
search with exact raw offsets, p50/p95 over the queries, next to ``grep -ril`` over the files.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus import bundled  # noqa: E402
from corpus.fts import SearchIndex, parse_query  # noqa: E402
from corpus.model import Document, DocumentMeta  # noqa: E402

QUERIES = [
    "intégrité territoriale",
    "inviolabilité des frontières",
    "Charte des Nations Unies",
    "partenariat stratégique",
    "non-ingérence dans les affaires intérieures",
    "territorial integrity",
    "strategic partnership",
    "règlement pacifique des différends",
    "lutte contre le terrorisme",
    "droit international",
    "Commission permanente de conciliation",
    "mer Caspienne",
    "Hautes Parties contractantes",
    "sovereignty and territorial integrity",
    "égalité souveraine",
    "respect mutuel",
    "coopération économique",
    "Corridor médian",
    "énergie renouvelable",
    "échanges commerciaux",
]


def _sentences() -> list[str]:
    folder = ROOT.parent / "shared" / "texts"
    folder = folder if folder.is_dir() else ROOT / "tests" / "data"
    texts = [bundled.load_bundled(i).raw for i in bundled.bundled_ids()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    found = []
    for text in texts:
        found += [
            s.strip() for s in re.split(r"(?<=[.;])\s+", " ".join(text.split())) if len(s) > 40
        ]
    return found


def build(folder: Path, count: int, seed: int = 11) -> list[Path]:
    rng = random.Random(seed)
    sentences = _sentences()
    paths = []
    for n in range(count):
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 10_000:
            parts.append(rng.choice(sentences))
        path = folder / f"doc{n:06d}.txt"
        path.write_text("\n".join(parts) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def run(size: int, keep: bool) -> None:
    work = Path(tempfile.mkdtemp(prefix=f"vav-bench-{size}-"))
    try:
        (work / "texts").mkdir()
        start = time.perf_counter()
        paths = build(work / "texts", size)
        built = time.perf_counter() - start
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        index = SearchIndex(work / "index.sqlite")
        start = time.perf_counter()
        for path in paths:
            raw = path.read_text(encoding="utf-8")
            index.add(str(path), Document(path.stem, str(path), raw, DocumentMeta(language="fr")))
        indexing = time.perf_counter() - start
        index.close()
        size_mb = sum(f.stat().st_size for f in work.glob("index.sqlite*")) / 1e6
        index = SearchIndex(work / "index.sqlite")
        match_ms, full_ms, grep_ms = [], [], []
        for text in QUERIES:
            query = parse_query(text)
            t = time.perf_counter()
            rows = index._db.execute(
                "SELECT count(*) FROM texts WHERE texts MATCH ?", (query.fts,)
            ).fetchone()
            match_ms.append((time.perf_counter() - t) * 1000)
            if rows[0] <= 2000:  # locating every hit exactly is the costly part: bounded here
                t = time.perf_counter()
                index.search(query)
                full_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            subprocess.run(
                ["grep", "-ril", text, str(work / "texts")], capture_output=True, check=False
            )
            grep_ms.append((time.perf_counter() - t) * 1000)
        index.close()
        print(f"{size} documents, {megabytes:.0f} MB of text (built in {built:.0f} s)")
        rate = f"{size / indexing:.0f} documents/s = {megabytes / indexing:.1f} MB/s"
        share = f"{size_mb / megabytes:.0%}"
        print(
            f"  indexing: {indexing:.0f} s = {rate}; index {size_mb:.0f} MB ({share} of the text)"
        )
        for name, values in (
            ("FTS5 match (which documents)", match_ms),
            ("search with exact offsets (<=2000 documents)", full_ms),
            ("grep -ril", grep_ms),
        ):
            if not values:
                print(f"  {name:<46} (no query under the bound)")
                continue
            ordered = sorted(values)
            p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
            print(
                f"  {name:<46} p50 {statistics.median(ordered):8.1f} ms  p95 {p95:8.1f} ms"
                f"  ({len(ordered)} queries)"
            )
    finally:
        if keep:
            print(f"  kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()
    for size in options.sizes:
        run(size, options.keep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
