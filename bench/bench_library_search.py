"""Speed of the library search engine (``corpus.library.index``) at 10,000 and 100,000 documents.

Run: .venv/bin/python bench/bench_library_search.py [--sizes 10000 100000] [--workers 2]

Builds synthetic libraries of about 10 KB per document, recombined from real sentences of the
bundled declarations and ../shared/texts (tests/data without it), hard-wrapped like the real texts,
as files in a temporary folder (deleted at the end); indexes them the way ``search --corpus``
does (fold, search view, stems, formulas; prepared in worker processes, stored in batches); then,
on the same files, times phrase queries three ways:

* ``match``: FTS5 alone: which documents (all of them, ordered by date);
* ``page``: what the window shows first: the candidates plus every occurrence, with exact raw
  offsets and context, in the first documents by date, as many as the window's search panel
  fills (``app.library.search.LIMIT_DOCUMENTS``; the target: p95 under 50 ms);
* ``exact``: every occurrence in every document (what ``search --json`` prints);
* ``grep -ril`` over the files, with the phrase as typed (it cannot fold accents or line breaks,
  so it finds fewer documents: its counts are printed too).

Latencies are over 5 warm runs of each query; p50/p95 over all runs of all queries.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.library.search import LIMIT_DOCUMENTS  # noqa: E402
from corpus.formulas.finder import bundled_catalogue  # noqa: E402
from corpus.library.hits import SearchResult  # noqa: E402
from corpus.library.index import PreparedDocument, SearchIndex, prepare  # noqa: E402
from corpus.library.query import parse_query  # noqa: E402
from corpus.model import DocumentMeta  # noqa: E402
from corpus.text import bundled  # noqa: E402
from corpus.text.sentences import sentence_spans  # noqa: E402

PHRASES = [
    "intégrité territoriale",
    "inviolabilité des frontières",
    "Charte des Nations Unies",
    "partenariat stratégique",
    "non-ingérence dans les affaires intérieures",
    "règlement pacifique des différends",
    "territorial integrity",
    "strategic partnership",
    "the Charter of the United Nations",
    "droit international",
    "Hautes Parties contractantes",
    "sécurité énergétique",
]
OTHER_QUERIES = ["souverain*", "NEAR(souveraineté frontières, 10)", "family:territorial-integrity"]
PARTIES = ["Azerbaijan", "Russia", "China", "Vietnam", "United States", "France", "Netherlands"]
RUNS = 5
PAGE = LIMIT_DOCUMENTS  # the window's first page of documents


def sentences() -> list[str]:
    """Real sentences, white space folded, 40 to 600 characters."""
    texts = [bundled.load_bundled(i).raw for i in bundled.bundled_ids()]
    shared = ROOT.parent / "shared" / "texts"
    folder = shared if shared.is_dir() else ROOT / "tests" / "data"
    texts += [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    found = []
    for text in texts:
        for start, end in sentence_spans(text):
            sentence = " ".join(text[start:end].split())
            if 40 <= len(sentence) <= 600:
                found.append(sentence)
    return found


def write_library(folder: Path, count: int, pool: list[str], seed: int = 7) -> int:
    """Write ``count`` documents of about 10 KB; returns the total size in bytes."""
    rng = random.Random(seed)
    total = 0
    for number in range(count):
        paragraphs, size = [], 0
        while size < 10_000:
            paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 4)))
            paragraphs.append(textwrap.fill(paragraph, 78, break_on_hyphens=False))
            size += len(paragraph) + 2
        path = folder / f"{number // 1000:03d}" / f"{number:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        data = "\n\n".join(paragraphs).encode("utf-8") + b"\n"
        path.write_bytes(data)
        total += len(data)
    return total


def _prepare(path: str) -> PreparedDocument:
    rng = random.Random(path)
    meta = DocumentMeta(
        title=Path(path).stem,
        date=f"{rng.randint(1950, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        parties=tuple(rng.sample(PARTIES, 2)),
        language="fr",
    )
    raw = Path(path).read_text(encoding="utf-8")
    return prepare(path, path, raw, meta, bundled_catalogue())


def build_index(files: list[Path], database: Path, workers: int) -> float:
    """Index every file; returns the seconds taken."""
    index = SearchIndex(database)
    start = time.perf_counter()
    batch: list[PreparedDocument] = []
    with ProcessPoolExecutor(workers) as pool:
        for prepared in pool.map(_prepare, [str(f) for f in files], chunksize=64):
            batch.append(prepared)
            if len(batch) == 500:
                index.add_prepared(batch)
                batch = []
    index.add_prepared(batch)
    index.set_info("families", " ".join(bundled_catalogue().ids))
    with index.transaction() as db:
        db.execute("INSERT INTO texts(texts) VALUES ('optimize')")
    index.fetch("PRAGMA wal_checkpoint(TRUNCATE)")
    seconds = time.perf_counter() - start
    index.close()
    return seconds


def timed(work: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000, result


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms"


def grep_files(text: str, folder: Path) -> int:
    """How many files ``grep -ril`` finds."""
    done = subprocess.run(
        ["grep", "-ril", "--", text, str(folder)], capture_output=True, check=False
    )
    return len(done.stdout.splitlines())


def run_queries(database: Path, folder: Path) -> None:
    index = SearchIndex(database)
    times: dict[str, list[float]] = {"match": [], "page": [], "exact": [], "grep": []}
    print(
        f"{'query':<45} {'docs':>7} {'occ.':>7} {'match':>8} {'page':>8} {'exact':>9}"
        f" {'grep -ril':>10} {'grep docs':>9}"
    )
    for text in PHRASES + OTHER_QUERIES:
        query = parse_query(text)
        measured = {
            "match": [timed(lambda q=query: index.count(q)) for _ in range(RUNS)],
            "page": [
                timed(lambda q=query: index.search(q, limit_documents=PAGE)) for _ in range(RUNS)
            ],
            "exact": [timed(lambda q=query: index.search(q)) for _ in range(2)],
            "grep": [
                timed(lambda t=text: grep_files(t, folder))
                for _ in range(2 if text in PHRASES else 0)
            ],
        }
        if text in PHRASES:
            for name, runs in measured.items():
                times[name] += [t for t, _ in runs]
        result: SearchResult = measured["exact"][-1][1]  # type: ignore[assignment]
        median = {n: statistics.median(t for t, _ in r) if r else 0.0 for n, r in measured.items()}
        grep_docs = measured["grep"][-1][1] if measured["grep"] else 0
        print(
            f"{text[:45]:<45} {len(result.documents):>7} {result.total:>7}"
            f" {median['match']:>6.1f}ms {median['page']:>6.1f}ms {median['exact']:>7.0f}ms"
            f" {median['grep']:>8.0f}ms {grep_docs:>9}"
        )
    for name, label in (
        ("match", "FTS5 match"),
        ("page", f"first {PAGE} documents"),
        ("exact", "every occurrence"),
        ("grep", "grep -ril"),
    ):
        print(f"phrase queries, {label + ':':<22} {percentiles(times[name])}")
    index.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tmp", type=Path, default=None, help="where to build (default: /tmp)")
    options = parser.parse_args()
    pool = sentences()
    print(f"{len(pool)} real sentences to recombine")
    for size in options.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"vav-bench-{size}-", dir=options.tmp))
        try:
            free = shutil.disk_usage(work).free
            if free < size * 45_000:
                needed = size * 45e3 / 1e9
                print(f"{size}: skipped, {free / 1e9:.1f} GB free, about {needed:.1f} GB needed")
                continue
            folder = work / "docs"
            folder.mkdir()
            start = time.perf_counter()
            total = write_library(folder, size, pool)
            print(
                f"\n== {size} documents, {total / 1e6:.0f} MB of text "
                f"(written in {time.perf_counter() - start:.0f} s)"
            )
            files = sorted(folder.rglob("*.txt"))
            database = work / "index.sqlite"
            seconds = build_index(files, database, options.workers)
            db_size = database.stat().st_size
            print(
                f"indexing: {seconds:.0f} s, {size / seconds:.0f} documents/s, "
                f"{total / 1e6 / seconds:.2f} MB/s ({options.workers} worker processes)"
            )
            print(
                f"database: {db_size / 1e6:.0f} MB ({db_size / total:.2f} times the text: raw text,"
                " folded view, offset map, formulas and the FTS5 index)"
            )
            index = SearchIndex(database)
            check_ms, problem = timed(index.check)
            index.close()
            print(
                f"damage check at start (quick_check, FTS5 integrity-check): "
                f"{check_ms / 1000:.1f} s ({problem or 'sound'})"
            )
            run_queries(database, folder)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
