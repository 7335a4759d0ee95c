"""The team library on PostgreSQL beside the embedded library, at 10,000 and 100,000 documents.

Run: .venv/bin/python bench/bench_server_library.py [--sizes 10000 100000] [--json]

``--json`` prints, per size, ``{"embedded": {"docs_per_s", "p50_ms", "p95_ms"}, "server":
{...}, "server_bytes": {relation: bytes}}`` on standard output (the readable lines go to
standard error).

It measures storage and indexing, not preparation: the real texts of tests/data (bundled with the
program's tests: treaties and statements, French and English) are prepared once (folding, search
view, formulas: ``corpus.library.prepared.prepare``, the same for both back-ends), then stored
many times under distinct keys and spread dates into

* the embedded library's index (``corpus.library.index.SearchIndex``: SQLite, FTS5), in batches
  of 1,000, as the command line stores them, and
* a library server (``corpus.library.server``), all at once through ``ServerLibrary.add_prepared``
  (``corpus.library.server.importing``: the ``tsvector`` literals made by worker processes, rows
  sent with ``COPY``, a transaction per batch), a PostgreSQL started for the run in a temporary
  folder (``tests/postgres.py``: fsync off, as for tests: the figures are the database's work,
  not the disk's).

Both compute their search columns at storage (FTS5's three columns; the server's three
``tsvector`` literals and the passages'), so the storing rate is documents stored per second,
end to end. Then phrase queries as the window asks them (``app.library.search.LIMIT_DOCUMENTS``
documents, every occurrence with exact raw offsets), 5 warm runs each: p50 and p95 over all
runs, beside each back-end's bare candidate query (FTS5 ``MATCH``; ``tsvector @@ tsquery``) as
the anchor. Every phrase must find the same occurrences on both (checked: a mismatch stops the
run). Last, the size of each table and index on the server.

Storing at 20,000 documents (381 MB of text), 2026-12-07, before and after bulk storing, on the
2 cores this machine shares with five other engineers' work (``uptime``'s load average 10 to 11
during the first run, 5 to 8 during the second: the rates are those of a busy machine):

    before (one INSERT per row, vectors made by the storing process):
      storing, embedded        83 documents/s (241 s)
      storing, server          12 documents/s (1,668 s)
    after (vectors made by 2 worker processes, COPY, 100 documents a transaction, LZ4; the
    stems still made twice, since made once):
      storing, embedded       143 documents/s (139 s)
      storing, server          31 documents/s (643 s)

Where a stored document's time went, in CPU time (1,000 documents, the same day, load 4 to 6;
``/proc`` for the server's process, ``getrusage`` for the workers): the workers' vectors 9.6 ms,
the storing process 1.1 ms, the server's process 7.8 ms (parsing the literals, LZ4, the GIN
pending lists; its autovacuum not counted): 18.6 ms, so at most 107 documents/s on two cores
with nothing else running, short of the 150 aimed at.

What changed that (``bench/bench_server_storing.py`` gives the CPU per process):

* the workers are kept a batch ahead of the storing process (``parallel.map_in_order``'s
  ``ahead``): with a few documents ahead they waited for the server and it for them (at 1,000
  documents, 65 documents/s became 88 with the same CPU);
* the rows go by binary ``COPY`` (``corpus.library.server.binary``): the server copies the
  vectors rather than parsing their literals, and the vectors are built with numpy, not a word
  occurrence at a time in Python (the vectors of the 46 texts, best of 7 runs: 6.3 ms a
  document as literals, 3.2 in binary form);
* a worker is sent a prepared document's view and stems only, and sends back only its vectors.

CPU per document, ``bench_server_storing.py --documents 1000 --rounds 3``, 2026-12-07, the
previous version then this one, one after the other (load average 0.5 to 1.1):

    before:  92 to 103 documents/s; storing 1.0 ms, workers 7.5 to 8.1, server 5.9 to 6.7
    after:  190 to 229 documents/s; storing 0.6 ms, workers 4.1 to 4.6, server 3.2 to 4.0

Storing at 20,000 documents, the same afternoon, this bench run on the previous version then
on this one (load average 0.6 to 1.8):

    before (text COPY, a few documents ahead):
      storing, embedded       375 documents/s ( 53.3 s)
      storing, server          84 documents/s (237.0 s)
    after:
      storing, embedded       314 documents/s ( 63.6 s)
      storing, server         172 documents/s (116.5 s)

(Two earlier runs of this version, with the vectors built less quickly, stored 152 and 158
documents/s; the previous version 86.) The searches found the same occurrences in all (server
p50 155 ms, p95 179 ms before; 159 and 188 after: the rows are the same). About 8 ms of CPU a
document in all, where the server's one process is the longest stage (about 4 ms a document:
at most 250 documents/s from one connection). Two thirds of the server's share is now GIN
(sorting the pending list's entries, a passage's words and a document's words and stems, then
merging them into the indexes); what was tried and left out is in
``corpus.library.server.bulk``'s docstring.

At 20,000 documents, 2026-12-07 evening, ``--sizes 20000 --with-rum --json`` (an idle machine),
after the first page of a content-word phrase listed the documents holding its words once, from
one bitmap of both indexes (no grouping by id; ``tsearch._first_documents``):

    storing, embedded        245 documents/s ( 81.7 s)
    storing, server          137 documents/s (146.2 s)
    phrase query, first 300 documents with every occurrence (8 queries x 5 runs):
      embedded library search              p50    85.1 ms   p95   117.9 ms
      server library search (GIN)          p50   148.9 ms   p95   193.5 ms   (1.64x)
      positions index (RUM) built in 59.7 s
      server library search (RUM)          p50   131.6 ms   p95   177.8 ms   (1.51x)

(The run before it, the same afternoon: GIN p95 205.8 ms, 1.84x; RUM 176.3 ms, 1.58x; storing
142 documents/s.) Then with the passages' vectors kept in their rows (migration 3), the next
run:

    storing, embedded        262 documents/s ( 76.4 s)
    storing, server          137 documents/s (145.6 s)
      embedded library search              p50    83.3 ms   p95   115.0 ms
      server library search (GIN)          p50   134.7 ms   p95   192.7 ms   (1.68x)
      positions index (RUM) built in 72.7 s
      server library search (RUM)          p50   150.5 ms   p95   299.5 ms   (2.60x)

The RUM figure is one slow run's: the same first-page queries timed alone on the same data,
rows out of line then in them, took 94.6 and 92.9 ms ("the Charter of the United Nations"),
59.5 and 36.9 ("règlement judiciaire") with RUM, and 78 ms for the Charter with GIN and the
rows in line. The passages' table is 659 MB with its vectors in it (122 MB and 579 MB of TOAST
before), the same in all.

The server's p95 is "the Charter of the United Nations": its passages holding "charter",
"united" and "nations" (19,137) are listed, sorted, and checked in date order until 300
documents hold the phrase, which takes 4,195 checks (each reads a passage's vector, about 10 µs
out of line, 3 in the row); a chain of the content words with their distances ("charter" <3>
"united" <-> "nations") narrows to 3,915 passages but costs RUM 67 ms to find, and GIN beside
RUM saved nothing (its bitmap 8 ms instead of 25, the whole query 95 ms either way). Reading
the views and the texts' copies in a pipeline beside the occurrences' search was slower (the
unpacking thread waits for Python's lock while the other searches), as was unpacking them on
two threads.

Then, the same evening, these changes, each measured on its own first:

* a search reads its first documents' texts, views and offset maps from a SQLite cache of
  them on this computer (``corpus.library.server.searchcopies``), fetched once from the
  server: gathering the 300 documents of a first page took 45 to 86 ms (the views from the
  server, the texts from one local file each), and takes 15 to 30, as the embedded library
  reads them;
* a phrase with function words has its passages listed a window of the documents holding its
  content words at a time (``server.index._Narrowing._by_windows``; 1,500 documents, then
  twice as many), the relaxed count read on the way: "the Charter of the United Nations" 196
  to 133 ms;
* storing lets the GIN pending lists grow to 16 MB a batch, merged with 64 MB of memory (the
  server's process 4.9 to 5.4 ms a document down to 4.1 to 4.2);
* prepared documents get their vectors three batches ahead, not one (191 to 201 documents/s
  against 171 to 180; run 1 below was before this change);
* the bench vacuums the server's tables before its searches (from run 3): PostgreSQL's
  autovacuum otherwise starts just after an import and its vacuum of the documents' table
  (46 s at 20,000 documents, seen on another server) shares the machine with the first
  searches, as it likely did in run 2.

``--sizes 20000 --with-rum --json``, three runs one after the other:

    run                                        1         2         3
    storing, embedded (documents/s)          274       243       245
    storing, server (documents/s)            153       184       175
    search p50, embedded (ms)               80.7      77.7      73.7
    search p50, server with GIN (ms)       122.6     133.2     120.8
    search p50, server with RUM (ms)       114.3     116.0     112.1
    search p95, embedded (ms)              118.0     101.5     121.4
    search p95, server with GIN (ms)       159.2     172.7     167.1   (1.35x, 1.70x, 1.38x)
    search p95, server with RUM (ms)       149.6     153.9     158.3   (1.27x, 1.52x, 1.30x)
    RUM index built in (s)                  68.1      70.6      60.2
    timeline counts p50, GIN (ms)          1,402     1,491     1,443
    timeline counts p50, RUM (ms)          1,349     1,336     1,135

The same occurrences were found on both back-ends in every run. The GIN indexes are a fifth
larger than with PostgreSQL's default merges (the passages' 152 MB against 124, the documents'
words 62 against 51); the library as a whole is 1,730 MB, as before.

At 100,000 documents with these changes (``--sizes 100000 --with-rum --json``, right after the
third run; the figures before them are in the next paragraph):

    storing, embedded        237 documents/s (421.5 s)
    storing, server          171 documents/s (584.4 s)        (122 before)
    phrase query, first 300 documents with every occurrence (8 queries x 5 runs):
      embedded library search              p50    92.2 ms   p95   124.8 ms
      server library search (GIN)          p50   222.9 ms   p95   297.6 ms   (2.4x; 3.7x before)
      positions index (RUM) built in 323.9 s
      server library search (RUM)          p50   199.0 ms   p95   450.8 ms   (3.6x; 5.0x before)
    a timeline's counts (every document of each phrase, one run each):
      server with GIN                      p50 7,312 ms     p95  9,974 ms
      server with RUM                      p50 7,216 ms     p95 11,433 ms

Each phrase's median, embedded then server (GIN): "territorial integrity" 90.6 / 225.3 ms,
"strategic partnership" 108.3 / 237.5, "the Charter of the United Nations" 89.5 / 297.6,
"human rights" 103.6 / 227.9, "règlement judiciaire" 46.9 / 198.7, "Hautes Parties
contractantes" 108.7 / 231.5, "traité d'amitié" 37.0 / 166.3, "sovereign*" 105.8 / 211.8. The
server's excess is about 130 ms for every phrase, where it was 40 to 50 at 20,000: the first
documents are taken from the list of every document holding the phrase's words (five times as
long), which the server reads from the documents' table (their ids) and sorts before taking
the first 300; the embedded library's index gives them in order. The texts are read from the
search copies at either size.

At 100,000 documents (1,905 MB of text), 2026-12-07, ``--sizes 100000 --with-rum`` (load
average 1.0 to 2.2; other work shared the machine during the embedded storing only), with
RUM's figures on the same documents once its index was built (the variable
``VIS_A_VIS_RUM`` set for that step only):

    storing, embedded        226 documents/s (442.8 s)
    storing, server          122 documents/s (819.3 s)
    phrase query, first 300 documents with every occurrence (8 queries x 5 runs):
      embedded library search              p50    72.3 ms   p95   119.7 ms
      server library search (GIN)          p50   257.9 ms   p95   447.8 ms   (3.7x)
      positions index (RUM) built in 347.8 s
      server library search (RUM)          p50   297.3 ms   p95   596.4 ms   (5.0x)
    a timeline's counts (every document of each phrase, one run each):
      server with GIN                      p50 7,353 ms     p95 10,826 ms
      server with RUM                      p50 7,041 ms     p95 11,355 ms

On disk: documents 4,270 MB and passages 4,216 MB with their TOAST and indexes (the passages'
GIN 551 MB, the documents' words 247 MB and stems 186 MB), formula hits 113 MB: 86 KB a
document, as at 20,000. The server's first page grows with the library where the embedded
library's does not: its plans list the passages (or documents) holding the phrase's words, a
list five times as long, before taking the first by date. RUM helps neither the first page
(its plans are GIN's; the bitmap of its lists is slower) nor the counts, which read every
candidate's view on either index (RUM answers which documents, not how many times). A first
run of this bench stopped at 20,300 documents: the 20,000 documents' RUM step had left the
variable set, the next library built RUM on its empty tables, and storing into them met RUM's
spinning ``COPY`` (``schema.ensure_positions``); the variable is now given back as found.

One server at 1,000,000 documents, on paper: the 20,000 documents above take, with their TOAST
tables and indexes (``server_bytes``), 1,738 MB: documents 764 MB (text, view, offsets and
vectors, compressed), their GIN indexes 91 MB (words 50.5, stems 40.3, joins 0.2), passages
718 MB and their GIN index 124 MB, formula hits 22 MB, other indexes 19 MB: 87 KB a document
(the text alone is 19 KB). Fifty times that, as a million documents of the same kind would
take (the rows grow with the documents; a GIN index with the pairs of a document and its words,
which grow the same way, while its vocabulary grows more slowly than its documents: linear is
the pessimistic side), is about 87 GB on disk, of which the three GIN indexes a search reads are
about 11 GB and the passages whose positions it checks 36 GB (read only for the first 300
candidate documents of a search). One PostgreSQL server holds that: 16 GB of memory keeps the
GIN indexes cached (``shared_buffers`` 4 GB, the rest the system's cache), 48 GB the passages
too; storing a million at the rate above (about 170 documents/s) takes about 1.6 hours on two
cores, and less with more (the workers are the importing computer's, the server's share its own;
one connection's server process, about 4 ms a document, caps it near 250 documents/s).

Past that, or for many people searching at once, a team would add, in this order:

* read replicas (PostgreSQL's streaming replication): a search only reads, in one snapshot, so
  each replica answers searches as the primary does, and searches scale with replicas while
  imports stay on the primary (a new document reaches the replicas within seconds). The program
  would need a second address for its reading connection (``ServerIndex`` has its own already).
* partitioning ``documents`` and ``passages`` by id range: ids are dates (``YYYYMMDD`` times
  10**8), so a partition per decade is a date range; a search filtered by date reads only its
  partitions, and each GIN index stays a size that merges its pending list and vacuums quickly.
  A unique key across partitions must contain the partition key, so duplicates would be found
  through a table of keys of its own (a schema change, for when one index passes some tens of
  GB).
* Citus (documents, passages and formula hits distributed by document id, on the same nodes):
  the candidates of a search are found on every node at once. The same table of keys is needed;
  for tens of millions of documents, where the extension is available (self-hosted, or Azure's
  managed PostgreSQL).

Earlier runs (one INSERT per row, before bulk storing):

A run at 10,000 documents (191 MB of text; 2 cores shared with other work, so the figures are
pessimistic for both), 2026-11-29:

    indexing, embedded (SQLite FTS5)        154 documents/s
    indexing, server (PostgreSQL)            38 documents/s
    phrase query, first 300 documents with every occurrence (8 queries x 5 runs):
      anchor: FTS5 MATCH alone             p50     1.3 ms   p95     8.6 ms
      embedded library search              p50    56.4 ms   p95    94.9 ms
      anchor: tsvector @@ tsquery alone    p50    37.2 ms   p95    96.6 ms
      server library search                p50   137.5 ms   p95   213.8 ms

A run at 100,000 documents (1,905 MB of text), the same day, on a machine otherwise idle during
the queries (the storing shared it with other work and was paused 67 s, so its rate is low):

    indexing, embedded (SQLite FTS5)        240 documents/s
    indexing, server (PostgreSQL)            44 documents/s
    phrase query, first 300 documents with every occurrence (8 queries x 5 runs):
      anchor: FTS5 MATCH alone             p50     1.6 ms   p95    14.7 ms
      embedded library search              p50    80.1 ms   p95   117.9 ms
      anchor: tsvector @@ tsquery alone    p50   632.0 ms   p95  1338.2 ms
      server library search                p50   859.6 ms   p95  1681.5 ms

The server's storing is held by Python (the passages' positioned vectors: about 10 ms of the
26 ms a document takes) and by GIN inserts; its searches by PostgreSQL having to read each
candidate passage's vector to check a phrase's positions, where FTS5 keeps positions in its
index. 100,000 documents took 38 minutes to store on the server.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.library.search import LIMIT_DOCUMENTS  # noqa: E402
from corpus.formulas.finder import bundled_catalogue  # noqa: E402
from corpus.library.hits import Filters  # noqa: E402
from corpus.library.index import SearchIndex  # noqa: E402
from corpus.library.prepared import PreparedDocument, prepare  # noqa: E402
from corpus.library.query import fts_expression, parse_query  # noqa: E402
from corpus.library.server import schema, tsearch  # noqa: E402
from corpus.library.server.library import ServerLibrary  # noqa: E402
from corpus.library.server.schema import PhraseIndex  # noqa: E402
from corpus.text.loading import read_text_file  # noqa: E402
from corpus.text.metadata import extract_meta  # noqa: E402

from tests import postgres  # noqa: E402

PHRASES = [
    "territorial integrity",
    "strategic partnership",
    "the Charter of the United Nations",
    "human rights",
    "règlement judiciaire",
    "Hautes Parties contractantes",
    "traité d'amitié",
    "sovereign*",
]
RUNS = 5
BATCH = 1000
#: Whether standard output carries the JSON figures (``--json``).
JSON_OUTPUT = False
#: Whether the server is measured again with RUM (``--with-rum``).
WITH_RUM = False


def prepared_texts() -> list[PreparedDocument]:
    """The real texts of tests/data, prepared once."""
    catalogue = bundled_catalogue()
    paths = sorted((ROOT / "tests" / "data").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "data" / "texts").glob("*.txt"))
    found = []
    for path in paths:
        raw = read_text_file(path)[0]
        found.append(prepare(path.name, str(path), raw, extract_meta(raw), catalogue))
    return found


def copies(texts: list[PreparedDocument], count: int, seed: int = 7) -> list[PreparedDocument]:
    """``count`` documents: the texts again and again, each under its own key and date."""
    chance = random.Random(seed)
    made = []
    for number in range(count):
        text = texts[number % len(texts)]
        date = (
            f"{chance.randint(1900, 2025)}-{chance.randint(1, 12):02d}-{chance.randint(1, 28):02d}"
        )
        made.append(
            replace(text, key=f"{number:08d}-{text.key}", meta=replace(text.meta, date=date))
        )
    return made


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def percentile_ms(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 of ``samples`` (seconds), in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return round(statistics.median(ordered) * 1000, 1), round(p95 * 1000, 1)


def say(text: str) -> None:
    """A line for the reader (standard error when standard output carries the JSON)."""
    print(text, file=sys.stderr if JSON_OUTPUT else sys.stdout, flush=True)


def run(
    size: int, texts: list[PreparedDocument], server: postgres.Server, folder: Path
) -> dict[str, Any]:
    """Store ``size`` documents in both back-ends, search both; the figures of both."""
    documents = copies(texts, size)
    embedded = SearchIndex(folder / f"library-{size}.db")
    address = server.create_database(f"bench_{size}")
    library = ServerLibrary.open(address, with_bundled=False, cache=folder / f"cache-{size}")
    say(f"\n{size:,} documents ({sum(len(d.raw) for d in documents) / 1e6:,.0f} MB of text)")
    rates = {}
    for name, store in (
        # The embedded index takes batches from its caller (app/cli/search.py stores them so).
        (
            "embedded",
            lambda: [
                embedded.add_prepared(documents[first : first + BATCH])
                for first in range(0, size, BATCH)
            ],
        ),
        # The server batches itself, its vectors made by worker processes (server.importing).
        ("server", lambda: library.add_prepared(documents)),
    ):
        seconds = timed(store)
        rates[name] = round(size / seconds, 1)
        say(f"  storing, {name:<10} {size / seconds:8,.0f} documents/s ({seconds:6.1f} s)")
    settle(address)
    sizes = relation_sizes(library)
    for relation, (alone, total) in sizes.items():
        say(f"    {relation:<18} {alone / 1e6:9,.1f} MB alone, {total / 1e6:9,.1f} MB in all")
    timings: dict[str, list[float]] = {k: [] for k in ("fts5", "embedded", "tsquery", "server")}
    for phrase in PHRASES:
        query = parse_query(phrase)
        here = embedded.search(query, limit_documents=LIMIT_DOCUMENTS)
        there = library.index.search(query, limit_documents=LIMIT_DOCUMENTS)
        same = [(h.key, h.start, h.end) for h in here.hits] == [
            (h.key, h.start, h.end) for h in there.hits
        ]
        if not same:
            raise SystemExit(f"{phrase!r}: the back-ends disagree ({here.total} / {there.total})")
        expression = fts_expression(query)
        found, values = tsearch.candidates(query, Filters())
        bare = f"SELECT * FROM ({found}) AS c ORDER BY 1 LIMIT {LIMIT_DOCUMENTS}"
        works: dict[str, Callable[[], object]] = {
            "fts5": partial(
                embedded.fetch,
                "SELECT rowid FROM texts WHERE texts MATCH ? ORDER BY rowid LIMIT ?",
                (expression, LIMIT_DOCUMENTS),
            ),
            "embedded": partial(embedded.search, query, limit_documents=LIMIT_DOCUMENTS),
            "tsquery": partial(library.index.run, partial(_bare_query, bare, values)),
            "server": partial(library.index.search, query, limit_documents=LIMIT_DOCUMENTS),
        }
        for _ in range(RUNS):
            for key, work in works.items():
                timings[key].append(timed(work))
        medians = {k: statistics.median(timings[k][-RUNS:]) * 1000 for k in ("embedded", "server")}
        say(
            f"  {phrase!r}: {here.total} occurrences in the first {here.searched} documents"
            f" of {here.candidates} candidates, the same on both (p50 embedded"
            f" {medians['embedded']:.1f} ms, server {medians['server']:.1f} ms)"
        )
    say(
        f"  phrase query, first {LIMIT_DOCUMENTS} documents with every occurrence"
        f" ({len(PHRASES)} queries x {RUNS} runs):"
    )
    for key, label in (
        ("fts5", "anchor: FTS5 MATCH alone"),
        ("embedded", "embedded library search"),
        ("tsquery", "anchor: tsvector @@ tsquery alone"),
        ("server", "server library search"),
    ):
        p50, p95 = percentile_ms(timings[key])
        say(f"    {label:<36} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    figures: dict[str, Any] = {}
    for name in ("embedded", "server"):
        p50, p95 = percentile_ms(timings[name])
        figures[name] = {"docs_per_s": rates[name], "p50_ms": p50, "p95_ms": p95}
    figures["server_bytes"] = {relation: total for relation, (_alone, total) in sizes.items()}
    if WITH_RUM:
        figures["server_rum"] = with_rum(library, timings["embedded"])
    embedded.close()
    library.close()
    return figures


def settle(address: str) -> None:
    """Vacuum and analyse the server's tables once stored, as its autovacuum would on its own
    just after an import: the searches are then timed on a settled library, not beside the
    vacuum of a table just written (the documents' took 46 s at 20,000 documents, its first
    searches' time)."""
    import psycopg

    with psycopg.connect(address, autocommit=True) as connection:
        connection.execute("VACUUM (ANALYZE) documents, passages, formulas")


def with_rum(library: ServerLibrary, embedded: list[float]) -> dict[str, Any]:
    """The server's search again once its passages' positions (RUM) index is built on the same
    documents (``schema.ensure_positions``, timed; it replaces the passages' GIN index), the
    embedded library's runs beside it; and a timeline's counts (every document of a phrase,
    which RUM answers from its index) on both indexes."""
    counts_gin = _count_timings(library)
    # Asked for here only: a library opened later in the run (the next size) would build RUM
    # on its empty tables, and storing into them meets RUM's spinning COPY
    # (``schema.ensure_positions``).
    before = os.environ.get(schema.RUM_VARIABLE)
    os.environ[schema.RUM_VARIABLE] = "1"
    try:
        start = time.perf_counter()
        built = library._db.run(schema.ensure_positions, write=True, transaction=False)
        seconds = time.perf_counter() - start
    finally:
        if before is None:
            del os.environ[schema.RUM_VARIABLE]
        else:
            os.environ[schema.RUM_VARIABLE] = before
    if built is not PhraseIndex.RUM:
        say("  the server has no RUM extension: no figures with it")
        return {"built": False}
    library.index.phrase_index = built
    library.index.run(lambda db: db.execute("ANALYZE passages"))
    say(f"  positions index (RUM) built in {seconds:,.1f} s")
    runs = []
    for phrase in PHRASES:
        query = parse_query(phrase)
        for _ in range(RUNS):
            runs.append(
                timed(partial(library.index.search, query, limit_documents=LIMIT_DOCUMENTS))
            )
    counts_rum = _count_timings(library)
    p50, p95 = percentile_ms(runs)
    e50, e95 = percentile_ms(embedded)
    say(f"    server search with RUM               p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    say(f"    (embedded library, the runs above)   p50 {e50:7.1f} ms   p95 {e95:7.1f} ms")
    for label, samples in (("GIN", counts_gin), ("RUM", counts_rum)):
        c50, c95 = percentile_ms(samples)
        say(f"    timeline counts, server with {label}     p50 {c50:7.1f} ms   p95 {c95:7.1f} ms")
    c50, c95 = percentile_ms(counts_rum)
    g50, g95 = percentile_ms(counts_gin)
    return {
        "built": True,
        "build_s": round(seconds, 1),
        "p50_ms": p50,
        "p95_ms": p95,
        "counts_gin_p50_ms": g50,
        "counts_gin_p95_ms": g95,
        "counts_rum_p50_ms": c50,
        "counts_rum_p95_ms": c95,
    }


def _count_timings(library: ServerLibrary) -> list[float]:
    """A timeline's counts of each phrase (``year_counts``: every document), one run each."""
    return [timed(partial(library.index.year_counts, parse_query(phrase))) for phrase in PHRASES]


def relation_sizes(library: ServerLibrary) -> dict[str, tuple[int, int]]:
    """Each table's and index's size on the server: alone, and with its TOAST and indexes."""
    rows = library.index.read(
        "SELECT c.relname, pg_relation_size(c.oid), pg_total_relation_size(c.oid)"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')"
        " AND c.relname ~ '^(documents|passages|formulas)'"
        " ORDER BY pg_total_relation_size(c.oid) DESC"
    )
    return {name: (int(alone), int(total)) for name, alone, total in rows}


def _bare_query(sql: str, values: list[object], db: Any) -> object:
    """The candidates alone, planned as a search plans them (``ServerConnection.run``)."""
    db.execute("SET LOCAL enable_seqscan = off")
    return db.execute(sql, values).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--json", action="store_true", help="print the figures per size as one JSON object"
    )
    parser.add_argument(
        "--with-rum",
        action="store_true",
        help="then build the passages' positions (RUM) index and measure the server again",
    )
    options = parser.parse_args()
    global JSON_OUTPUT, WITH_RUM
    JSON_OUTPUT = options.json
    WITH_RUM = options.with_rum
    folder_of_bins, why = postgres.find_bin()
    if folder_of_bins is None:
        raise SystemExit(why)
    start = time.perf_counter()
    texts = prepared_texts()
    say(
        f"{len(texts)} real texts prepared once in {time.perf_counter() - start:.1f} s"
        " (not counted below)"
    )
    server = postgres.start(folder_of_bins)
    folder = Path(tempfile.mkdtemp(prefix="bench-server-"))
    try:
        figures = {str(size): run(size, texts, server, folder) for size in options.sizes}
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    if options.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
