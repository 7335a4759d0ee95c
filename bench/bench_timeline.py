"""Speed of a search's timeline (``search --by-year``) beside the plain search's first page;
and the measurements behind the chart's drawing library.

Run: .venv/bin/python bench/bench_timeline.py [--size 100000] [--library DIR] [--runs 3]
[--one-pass]

Builds (or reuses, when ``DIR/index.sqlite`` was built for the same size; default
``/tmp/vav-timeline-bench-SIZE``, about 4 GB at 100,000) a library of ``--size`` documents of
about 10 KB with ``bench/bench_library_search.py``'s builder (real sentences recombined,
hard-wrapped, dated 1950 to 2026, indexed as ``search --corpus`` does), then times, for a few
phrases and the other query kinds, warm, ``--runs`` times each:

* ``page``: the plain search's first page (the first ``app.library.search.LIMIT_DOCUMENTS``
  documents by date, every occurrence in them with its context: what the window shows first);
* ``by-year``: the timeline's figures over the whole library (``SearchIndex.year_counts``,
  what the dock draws): documents and occurrences by year, parties and language, counted from
  FTS5's positions where they can tell (``corpus.library.position_counts``), else from each
  candidate's search view; no raw text read;
* with ``--one-pass``, what ``search --by-year --json`` does: the whole search, and the
  figures read off its documents (``searching.counts_of``, checked equal to ``year_counts``);

and beside them, in the same run, the anchors: the raw FTS5 query alone (the documents with
the phrase, counted by SQLite), ``rg -c`` over the files where ripgrep is installed, and
``python -c "import numpy"``. p50/p95 are over all runs of the phrase queries.

The counts at 100,000 documents
-------------------------------

A run on 2026-12-07 (``--size 100000 --runs 3``; 1,061 MB of text; an idle machine), with a
phrase held by few documents, or a function-word phrase's documents with several places,
solved from FTS5's bm25 scores (``corpus.library.scored_counts``), and a NEAR counted from its
terms' positions and each document's paragraph breaks (``corpus.library.near_counts``); the
``scores`` column is the anchor of FTS5's bm25 of each document, ``read`` how many views were
read beside the positions::

  query                                  docs    page by-year ratio    FTS5  scores   rg -c read
  intégrité territoriale                17498    58ms    50ms  0.9x   6.6ms    72ms  1093ms   13
  partenariat stratégique               29812    65ms    65ms  1.0x  11.6ms   127ms  1362ms   33
  strategic partnership                 17316    45ms    67ms  1.5x  10.6ms    59ms  1072ms   19
  territorial integrity                 37650    64ms    61ms  1.0x  12.5ms   147ms  1553ms   44
  inviolabilité des frontières           7871    64ms    73ms  1.1x   9.9ms    46ms   932ms  315
  règlement pacifique des différends     2738    54ms    66ms  1.2x  13.7ms    38ms   998ms   24
  sécurité énergétique                   2724    70ms    44ms  0.6x   7.6ms    26ms  1072ms    3
  souverain*                            35556    70ms    45ms  0.6x   8.7ms   104ms           35
  NEAR(souveraineté frontières, 10)      5270   317ms   146ms  0.5x  13.0ms    32ms            6
  family:territorial-integrity          48774    38ms    30ms  0.8x  28.3ms    27ms            0
  phrases, first page (300 documents): p50    63.8 ms   p95    75.5 ms
  phrases, by-year counts:             p50    65.2 ms   p95    86.2 ms
  phrases, by-year / page (medians):   0.6x to 1.5x
  anchor: FTS5 phrase query alone:     p50    10.6 ms   p95    13.7 ms
  anchor: FTS5 bm25 of each document:  p50    58.5 ms   p95   146.7 ms
  anchor: python -c 'import numpy':    p50   199.2 ms

Every query's counts are within 1.5 times its first page, the NEAR included (it took 9,248 ms,
21 times its page, when its candidates' views were read). "sécurité énergétique" took 150 ms
(2.0x) when every position of "securite" was read (210,747 of them, for 2,724 documents): its
scores say the same in 44. The library was opened for writing once before, which found the
100,000 documents' paragraph breaks from their views (51 s, once). The run before it, with the
scores solving a function-word phrase's documents however few: "inviolabilité des frontières"
1.7x (its 311 documents' scores cost more than their views), the others as above.

The run before these changes (the same day, same library; ``read``: the views read beside the
positions, ``all`` for a NEAR)::

  query                                  docs    page by-year  ratio    FTS5  read
  sécurité énergétique                   2724    76ms   150ms   2.0x   7.6ms     3
  NEAR(souveraineté frontières, 10)      5270   435ms  9248ms  21.2x   8.6ms   all
  phrases, first page (300 documents): p50    60.7 ms   p95    76.0 ms
  phrases, by-year counts:             p50    71.6 ms   p95   150.2 ms

The steps, "territorial integrity" (the worst ratio before):

* a view read per candidate (about 0.2 ms a document): 6,460 ms;
* FTS5's positions, a Python object per document: 381 ms (by-year p50 268.5 ms, p95 380.7 ms;
  3.5x to 8.3x);
* one string of row ids per query, numpy adding up by a cached array of each document's
  group (year, parties, language), families grouped alike: 181 ms under load (1.5x to 4.0x);
* a balanced phrase's words read each as one string and intersected by numpy; the documents
  counted from their views asked of a small table of their own (a prefix had cost 620 ms
  there, each listed document asked of the whole index): 119 ms under load;
* the column tested only for a word another column holds too (``fts5vocab``'s ``col`` table
  says so, with the word's exact count): 91 ms;
* the commonest word read on a second connection, in a thread: 69 ms.

Measured 2026-12-07 in a throwaway virtual environment (PySide6-Essentials and -Addons 6.11.3,
pyqtgraph 0.14.0, numpy 2.4.6, PyInstaller 6.22.3; 2 cores under a load of 8 to 12), the same
36-year bar chart drawn offscreen by each and saved as a PNG, three small scripts (QPainter:
``widgets.timelinechart.draw_timeline`` on a QImage; Qt Charts: QBarSeries in a QChartView,
grabbed; pyqtgraph: a BarGraphItem in a PlotWidget, grabbed), each bundled by PyInstaller
(``--onedir``) to compare what each brings in:

* installed: QPainter nothing (Qt's own); Qt Charts the PySide6-Addons wheel, 438.6 MB in
  1,314 files (the program needs two: QtCharts.abi3.so and libQt6Charts.so.6); pyqtgraph
  7.9 MB (numpy, 71 MB, is ours already);
* the bundle, beyond what the program bundles already (QtWidgets, QtSvg, numpy): Qt Charts
  +12.4 MB (+3.2 MB gzipped: QtCharts, libQt6Charts, and QtOpenGL and QtOpenGLWidgets it
  needs); pyqtgraph +15.1 MB (+5.1 MB gzipped: its package, QtOpenGL, QtTest);
* importing (``python -X importtime``, after QtCore and QtGui): PySide6.QtCharts 44 to 48 ms;
  pyqtgraph 1.5 to 2.7 s (it imports numpy and most of its own package);
* the first chart, a process from start to the PNG written (median of 7 runs, processor time
  and peak memory): QPainter 0.35 s and 49 MB; Qt Charts 0.42 s and 60 MB; pyqtgraph 1.13 s
  and 108 MB;
* licence: Qt Charts is under the GPL version 3 or a commercial licence only, not the LGPL
  (Qt's documentation, "Licenses"), where this MIT program ships Qt under the LGPL;
  pyqtgraph is MIT.

QPainter stays: it costs nothing to install or bundle and draws the first chart with the
least time and memory; Qt Charts would add a 439 MB wheel to every install and a GPL-only
module to the bundle (and elides 36 year labels to "..." unless configured); pyqtgraph would
add a second or more before the first chart, for bars QPainter draws in 150 lines
(``widgets/timelinechart.py``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_library_search import build_index, sentences, write_library  # noqa: E402

from app.library.search import LIMIT_DOCUMENTS  # noqa: E402
from corpus.library.hits import Filters  # noqa: E402
from corpus.library.index import SearchIndex  # noqa: E402
from corpus.library.query import Query, parse_query  # noqa: E402
from corpus.library.searching import counts_of  # noqa: E402

PHRASES = [
    "intégrité territoriale",
    "partenariat stratégique",
    "strategic partnership",
    "territorial integrity",
    "inviolabilité des frontières",
    "règlement pacifique des différends",
    "sécurité énergétique",
]
OTHER_QUERIES = [
    "souverain*",
    "NEAR(souveraineté frontières, 10)",
    "family:territorial-integrity",
]


def library(size: int, folder: Path, workers: int) -> Path:
    """The index of a library of ``size`` documents in ``folder``: built there, or reused."""
    database = folder / "index.sqlite"
    if database.exists():
        index = SearchIndex(database)
        built = index.get_info("bench_size")
        index.close()
        if built == str(size):
            print(f"reusing {database} ({size} documents)")
            return database
    shutil.rmtree(folder, ignore_errors=True)
    docs = folder / "docs"
    docs.mkdir(parents=True)
    start = time.perf_counter()
    total = write_library(docs, size, sentences())
    print(f"{size} documents, {total / 1e6:.0f} MB written in {time.perf_counter() - start:.0f} s")
    seconds = build_index(sorted(docs.rglob("*.txt")), database, workers)
    print(f"indexed in {seconds:.0f} s")
    index = SearchIndex(database)
    index.set_info("bench_size", str(size))
    index.close()
    return database


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--library", type=Path, default=None, help="where to build or reuse it")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--one-pass", action="store_true", help="time search --by-year's whole search too"
    )
    parser.add_argument("--build-only", action="store_true")
    options = parser.parse_args()
    folder = options.library or Path(f"/tmp/vav-timeline-bench-{options.size}")
    database = library(options.size, folder, options.workers)
    if options.build_only:
        return 0
    run(database, folder / "docs", options.runs, options.one_pass)
    return 0


def run(database: Path, docs: Path, runs: int, one_pass: bool) -> None:
    """Time each query's page and counts (and one pass); print them beside the anchors."""
    index = SearchIndex(database)
    print(f"{len(index)} documents in {database}")
    print(
        f"{'query':<36} {'docs':>6} {'page':>9} {'by-year':>9} {'ratio':>6} {'FTS5':>8}"
        f" {'scores':>8} {'rg -c':>8} {'counted from':>16}"
        + (f" {'search':>8} {'1 pass':>8}" if one_pass else "")
    )
    pages: list[float] = []
    counts: list[float] = []
    ratios: list[float] = []
    raw: list[float] = []
    scored: list[float] = []
    for text in PHRASES + OTHER_QUERIES:
        query = parse_query(text)
        found = index.year_counts(query)  # and warms the caches
        page = [timed(partial(index.search, query, limit_documents=PAGE)) for _ in range(runs)]
        count = [timed(partial(index.year_counts, query)) for _ in range(runs)]
        fts = [timed(partial(fts5_count, database, query)) for _ in range(runs)]
        scores = [timed(partial(fts5_count, database, query, True)) for _ in range(runs)]
        grep = ripgrep(text, docs) if text in PHRASES else None
        ratio = statistics.median(count) / statistics.median(page)
        if text in PHRASES:
            pages += page
            counts += count
            ratios.append(ratio)
            raw += fts
            scored += scores
        documents = sum(g.documents for g in found)
        line = (
            f"{text[:36]:<36} {documents:>6} {statistics.median(page):>7.0f}ms"
            f" {statistics.median(count):>7.0f}ms {ratio:>5.1f}x"
            f" {statistics.median(fts):>6.1f}ms {statistics.median(scores):>6.0f}ms"
            f" {'' if grep is None else f'{grep:>6.0f}ms':>8} {counted_from(index, query):>16}"
        )
        if one_pass:  # what search --by-year does: the hits, the figures read off them
            searched = timed(partial(index.search, query))
            start = time.perf_counter()
            result = index.search(query)
            assert counts_of(result) == found, text  # the figures are the hits' own
            line += f" {searched:>6.0f}ms {(time.perf_counter() - start) * 1000:>6.0f}ms"
        print(line, flush=True)
    index.close()
    page50, page95 = percentiles(pages)
    count50, count95 = percentiles(counts)
    raw50, raw95 = percentiles(raw)
    print(f"phrases, first page ({PAGE} documents): p50 {page50:7.1f} ms   p95 {page95:7.1f} ms")
    print(f"phrases, by-year counts:             p50 {count50:7.1f} ms   p95 {count95:7.1f} ms")
    print(f"phrases, by-year / page (medians):   {min(ratios):.1f}x to {max(ratios):.1f}x")
    print(f"anchor: FTS5 phrase query alone:     p50 {raw50:7.1f} ms   p95 {raw95:7.1f} ms")
    scored50, scored95 = percentiles(scored)
    print(f"anchor: FTS5 bm25 of each document:  p50 {scored50:7.1f} ms   p95 {scored95:7.1f} ms")
    numpy = statistics.median(
        timed(lambda: subprocess.run([sys.executable, "-c", "import numpy"], check=True))
        for _ in range(runs)
    )
    print(f"anchor: python -c 'import numpy':    p50 {numpy:7.1f} ms")


PAGE = LIMIT_DOCUMENTS


def counted_from(index: SearchIndex, query: Query) -> str:
    """How the counts were made: from FTS5's positions (with how many views read beside), or
    from every candidate's view."""
    known = index.position_counts(query, Filters())
    if known is None:
        return "views"
    return f"positions+{len(known.to_read)}v"


def fts5_count(database: Path, query: Query, scored: bool = False) -> int:
    """The anchor: the documents holding the phrase, counted by SQLite alone (a connection of
    its own, the phrase as FTS5 reads it); ``scored``: each document's row id and bm25 score
    fetched instead (FTS5 reads every occurrence's position for it: the least a count per
    document taken from the index would cost; FTS5 knows no paragraph, so such a count could
    not be the hits' own)."""
    import sqlite3

    db = sqlite3.connect(database)
    if query.kind == "family":
        return len(
            db.execute(
                "SELECT DISTINCT doc FROM formulas WHERE family = ?", (query.family,)
            ).fetchall()
        )
    words = " ".join(f'"{t.word}"' + ("*" if t.prefix else "") for t in query.terms)
    expression = (
        f"folded : NEAR({words}, {query.distance})"
        if query.kind == "near"
        else (f"folded : ({words.replace(' ', ' + ')})")
    )
    if scored:
        sql = "SELECT rowid, bm25(texts, 1.0) FROM texts WHERE texts MATCH ?"
        found = len(db.execute(sql, (expression,)).fetchall())
    else:
        sql = "SELECT count(*) FROM texts WHERE texts MATCH ?"
        (found,) = db.execute(sql, (expression,)).fetchone()
    db.close()
    return int(found)


def ripgrep(text: str, docs: Path) -> float | None:
    """The anchor: ``rg -c -i`` over the files (the phrase as typed), where installed."""
    rg = shutil.which("rg")
    if rg is None or not docs.is_dir():
        return None
    return timed(
        lambda: subprocess.run([rg, "-c", "-i", "-F", text, str(docs)], capture_output=True)
    )


if __name__ == "__main__":
    raise SystemExit(main())
