"""Never wait: each of our timings beside its anchor, measured in the same run.

Run by hand from the checkout's root (it needs the shared texts for the treaty pair and the
folder: ../shared/texts, or ../../shared/texts from a worktree)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_never_wait.py [--runs 5] [--large 10000]
    .venv/bin/python bench/bench_never_wait.py --runs 3 --only-index   # the index rows alone

Every figure is the median of ``--runs`` whole processes (after one warm-up), with the peak
resident memory of the slowest-growing one; each row puts ours beside an anchor that does the
least the same job needs:

* the window on the 1947 peace treaty against the 1907 convention (``open --screenshot``)
  beside ``align`` on the same pair (one run of each in turn) and a bare PySide6 viewer of both
  texts;
* ``align`` on two bundled declarations beside ``python -c "import numpy"`` (one run of each in
  turn, at least nine: both short, their ratio swings with the machine's load);
* building a folder's search index (``search --corpus``, a new cache each run) beside raw SQLite
  FTS5 on the same texts in one transaction (one run of each in turn), and the two indexes'
  sizes beside the texts' (ours prepares the files in as many worker processes as there are
  cores: wall-clock time, where the raw FTS5 anchor runs in one process);
* the first ``search --corpus`` of a folder of ``--large`` files beside ``rg -i -l`` (where
  ripgrep is installed), and a second search (the index kept) beside it too.

The window and the commands run with a library of their own (``VIS_A_VIS_DATA`` in the run's
folder) holding one decision, as a user's does after working in the window: ``align`` reads it.

Every process runs with its modules' bytecode cached, as an installed program's are (in a
folder of the run's own, written by the warm-up): where ``PYTHONDONTWRITEBYTECODE`` is set, our
modules would otherwise be compiled from source at every start, and NumPy's not.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The shared collection: beside the checkout (``../shared/texts``), or beside the folder of
#: worktrees the checkout is one of.
SHARED = next(
    (p / "shared" / "texts" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "texts",
)
TREATY = SHARED / "nl-bwb__traite-de-paix-avec-italie-1947.txt"
CONVENTION = SHARED / "nl-bwb__convention-reglement-pacifique-conflits-internationaux-1907.txt"
PYTHON = sys.executable
MAIN = str(ROOT / "main.py")

BARE_VIEWER = """
import sys
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget
app = QApplication(sys.argv)
window = QWidget()
row = QHBoxLayout(window)
for path in sys.argv[1:3]:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setPlainText(open(path, encoding="utf-8").read())
    row.addWidget(view)
window.resize(1600, 950)
window.show()
app.processEvents()
window.grab().save(sys.argv[3])
"""

RAW_FTS5 = """
import sqlite3, sys
from pathlib import Path
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
with db:
    files = sorted(Path(sys.argv[1]).glob("*.txt"))
    db.executemany("INSERT INTO t(body) VALUES (?)", ((p.read_text("utf-8"),) for p in files))
db.close()
"""


#: The median processor seconds (user and system, the process and its workers) of each command
#: timed, by command: the machine is shared, and a busy one slows the processes that use two
#: cores more than those that use one.
CPU: dict[str, float] = {}


def timed(
    command: Sequence[str], runs: int, before: Callable[[], None] | None = None
) -> tuple[float, float]:
    """Median wall seconds and the largest peak memory (MB) of ``runs`` runs after a warm-up."""
    walls, peaks, cpus = [], [], []
    for index in range(runs + 1):
        if before is not None:
            before()
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
        if index:  # the first run warms the caches
            walls.append(wall)
            peaks.append(usage.ru_maxrss / 1024)
            cpus.append(usage.ru_utime + usage.ru_stime)
    CPU[" ".join(command)] = statistics.median(cpus)
    return statistics.median(walls), max(peaks)


def timed_side_by_side(
    ours: Sequence[str],
    anchor: Sequence[str],
    runs: int,
    before: tuple[Callable[[], None], Callable[[], None]] | None = None,
) -> tuple[tuple[float, float], tuple[float, float]]:
    """:func:`timed` of both, one run of each in turn (each after a warm-up of its own, and
    after its ``before``): on a shared machine whose load comes and goes, a command's ratio to its
    anchor is then measured under the same load. The processor seconds kept are the medians."""
    pairs: list[tuple[tuple[float, float], ...]] = []
    cpus: dict[str, list[float]] = {" ".join(c): [] for c in (ours, anchor)}
    for _ in range(runs):
        pair = []
        for index, command in enumerate((ours, anchor)):
            pair.append(timed(command, 1, before[index] if before else None))
            cpus[" ".join(command)].append(CPU[" ".join(command)])
        pairs.append(tuple(pair))
    CPU.update({key: statistics.median(values) for key, values in cpus.items()})
    ours_runs, anchor_runs = zip(*pairs, strict=True)
    return (
        (statistics.median(w for w, _ in ours_runs), max(m for _, m in ours_runs)),
        (statistics.median(w for w, _ in anchor_runs), max(m for _, m in anchor_runs)),
    )


def row(
    name: str, ours: tuple[float, float], anchor_name: str, anchor: tuple[float, float]
) -> None:
    ratio = ours[0] / anchor[0] if anchor[0] else float("inf")
    print(
        f"{name:<44} {ours[0]:7.3f} s {ours[1]:6.0f} MB | {anchor_name:<30} "
        f"{anchor[0]:7.3f} s {anchor[1]:6.0f} MB | {ratio:5.1f}x"
    )


def make_folder(target: Path, count: int) -> None:
    """``count`` texts: the shared collection and the bundled declarations, copied round."""
    sources = sorted(SHARED.glob("*.txt")) + sorted(
        (ROOT / "corpus/data/declarations").glob("*.txt")
    )
    target.mkdir(parents=True)
    for index in range(count):
        source = sources[index % len(sources)]
        text = source.read_text(encoding="utf-8")
        (target / f"{index:05d}_{source.name}").write_text(
            f"Copie {index}.\n{text}", encoding="utf-8"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", type=int, default=10000, help="files of the large folder")
    parser.add_argument(
        "--only-index",
        action="store_true",
        help="only the rows of the 322-text folder's index (time and size)",
    )
    options = parser.parse_args()
    if not TREATY.exists():
        raise SystemExit(f"{SHARED}: the shared texts are needed for this benchmark")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="vis-a-vis-bench-"))
    os.environ["VIS_A_VIS_DATA"] = str(work / "data")  # never the user's own library
    os.environ["VIS_A_VIS_SETTINGS"] = str(work / "settings.ini")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    runs = options.runs
    try:
        # A user who has worked in the window has a library with decisions in it, which the
        # window and ``align`` read: one decision about the bundled pair timed below.
        subprocess.run(
            [PYTHON, MAIN, "pair", "moscou", "chine", "--none", "left", "IV ¶4"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"medians of {runs} runs; peak memory of the largest run\n")
        if not options.only_index:
            _window_rows(work, runs)
        _index_rows(work, runs)
        if not options.only_index:
            _large_rows(work, runs, options.large)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _window_rows(work: Path, runs: int) -> None:
    """The window, ``scan`` and ``align`` rows."""
    shot = str(work / "shot.png")
    window, align = timed_side_by_side(
        [PYTHON, MAIN, "open", str(TREATY), str(CONVENTION), "--screenshot", shot],
        [PYTHON, MAIN, "align", str(TREATY), str(CONVENTION), "--json"],
        runs,
    )
    row("window: treaty 1947 vs convention 1907", window, "align on the same pair", align)
    row(
        "",
        (0.0, 0.0),
        "bare PySide6 viewer of both",
        timed([PYTHON, "-c", BARE_VIEWER, str(TREATY), str(CONVENTION), shot], runs),
    )
    row(
        "formulas of the 1947 treaty (scan)",
        timed([PYTHON, MAIN, "scan", str(TREATY), "--json"], runs),
        'python -c "import corpus.text.documents"',
        timed([PYTHON, "-c", "import corpus.text.documents"], runs),
    )
    ours, anchor = timed_side_by_side(
        [PYTHON, MAIN, "align", "moscou", "chine", "--json"],
        [PYTHON, "-c", "import numpy"],
        max(runs, 9),
    )
    row("align: two bundled declarations", ours, 'python -c "import numpy"', anchor)


def _index_rows(work: Path, runs: int) -> None:
    """Indexing a folder of 322 texts beside raw FTS5, and the two indexes' sizes."""
    folder = work / "folder322"
    make_folder(folder, 322)
    cache = work / "cache"
    os.environ["VIS_A_VIS_CACHE"] = str(cache)
    database = work / "raw.sqlite"
    command = [PYTHON, MAIN, "search", "intégrité territoriale", "--corpus", str(folder), "--json"]
    anchor = [PYTHON, "-c", RAW_FTS5, str(folder), str(database)]

    ours, raw = timed_side_by_side(
        command,
        anchor,
        runs,
        (  # a new cache for ours, a new database for the anchor
            lambda: shutil.rmtree(cache, ignore_errors=True),
            lambda: database.unlink(missing_ok=True),
        ),
    )
    row(
        f"index a folder of 322 texts ({len(os.sched_getaffinity(0))} cores)",
        ours,
        "raw SQLite FTS5, one transaction",
        raw,
    )
    row(
        "  the same, processor seconds",
        (CPU[" ".join(command)], 0.0),
        "raw FTS5, processor seconds",
        (CPU[" ".join(anchor)], 0.0),
    )
    texts = sum(p.stat().st_size for p in folder.glob("*.txt"))
    index_size = sum(p.stat().st_size for p in (cache / "search").glob("*.sqlite"))
    print(
        f"{'index size / texts':<44} {index_size / texts:7.2f}x          | "
        f"{'raw FTS5 / texts':<30} {database.stat().st_size / texts:7.2f}x"
    )


def _large_rows(work: Path, runs: int, count: int) -> None:
    """The first and the next search of a large folder beside ``rg``."""
    large = work / "large"
    make_folder(large, count)
    large_cache = work / "large-cache"
    os.environ["VIS_A_VIS_CACHE"] = str(large_cache)
    search = [
        PYTHON,
        MAIN,
        "search",
        "intégrité territoriale",
        "--corpus",
        str(large),
        "--json",
    ]
    start = time.perf_counter()
    subprocess.run(search, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    first = time.perf_counter() - start
    grep = shutil.which("rg")
    anchor = (
        timed([grep, "-i", "-l", "intégrité territoriale", str(large)], runs)
        if grep
        else (float("nan"), 0.0)
    )
    row(f"first search --corpus of {count} files", (first, 0.0), "rg -i -l", anchor)
    row(
        f"next search --corpus of {count} files",
        timed(search, runs),
        "rg -i -l",
        anchor,
    )


if __name__ == "__main__":
    raise SystemExit(main())
