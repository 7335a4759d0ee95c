"""Where the time to store a document on a library server goes, in CPU time per process.

Run: .venv/bin/python bench/bench_server_storing.py [--documents 1000] [--rounds 3]

The wall-clock rate of ``bench_server_library.py`` depends on what else the machine runs (its two
cores are shared); CPU time does not. This stores ``--rounds`` times ``--documents`` documents of
that bench's generator (the real texts of tests/data, prepared once, under their own keys and
dates) through ``ServerLibrary.add_prepared``, as the bench does, into a PostgreSQL started for
the run (``tests/postgres.py``), and prints for each round the documents stored per second and
the CPU milliseconds per document of

* ``storing``: this process (it sends the rows),
* ``workers``: the worker processes that make the vectors (``getrusage`` of the children, which
  are waited for at the end of each round),
* ``server``: the server's processes (``/proc``: the backend, and its autovacuum and writers),

and the load average, as JSON lines.

Figures, 2026-12-07, 1,000 documents a round, the previous version then this one, one after
the other (load average 0.5 to 1.1):

    before (text COPY, workers a few documents ahead):
      92 to 103 documents/s; storing 1.0 ms, workers 7.5 to 8.1 ms, server 5.9 to 6.7 ms
    after (workers a batch ahead; binary COPY, vectors built with numpy; workers sent the view
    only):
      190 to 229 documents/s; storing 0.6 ms, workers 4.1 to 4.6 ms, server 3.2 to 4.0 ms
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_server_library as library_bench  # noqa: E402

from corpus.library.server.library import ServerLibrary  # noqa: E402

from tests import postgres  # noqa: E402


def server_seconds(postmaster: int) -> float:
    """The CPU seconds of the server's processes: the postmaster and its children."""
    ticks = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(entry) == postmaster or int(fields[1]) == postmaster:
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def children_seconds() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    programs, why = postgres.find_bin()
    if programs is None:
        raise SystemExit(why)
    texts = library_bench.prepared_texts()
    documents = library_bench.copies(texts, options.documents * options.rounds)
    server = postgres.start(programs)
    folder = Path(tempfile.mkdtemp(prefix="bench-storing-"))
    try:
        library = ServerLibrary.open(
            server.create_database("storing"), with_bundled=False, cache=folder / "cache"
        )
        postmaster = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
        count = options.documents
        for number in range(options.rounds):
            chosen = documents[number * count : (number + 1) * count]
            server_before, children_before = server_seconds(postmaster), children_seconds()
            mine_before, start = time.process_time(), time.perf_counter()
            library.add_prepared(chosen)
            wall = time.perf_counter() - start
            mine, children = time.process_time() - mine_before, children_seconds()
            time.sleep(0.5)  # the server's last statistics written
            server_used = server_seconds(postmaster) - server_before
            print(
                json.dumps(
                    {
                        "round": number,
                        "docs_per_s": round(count / wall, 1),
                        "storing_ms": round(mine * 1000 / count, 2),
                        "workers_ms": round((children - children_before) * 1000 / count, 2),
                        "server_ms": round(server_used * 1000 / count, 2),
                        "load": round(os.getloadavg()[0], 1),
                    }
                ),
                flush=True,
            )
        library.close()
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
