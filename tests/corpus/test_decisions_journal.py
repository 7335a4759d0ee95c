"""Decisions are as durable as the documents: the journal is their truth, merged by each
decision's identity whatever the database lost; a bad line is skipped and said, never fatal; a
process killed while it writes loses at most the decision being written.

Real texts: the conciliation treaties of the Netherlands with Sweden and with Norway.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.decisions import find_clause
from corpus.formulas.finder import bundled_catalogue
from corpus.library import journal
from corpus.library.decisions import DecisionStore, now, read_only_decisions
from corpus.library.embedded import salvage
from corpus.library.index import SearchIndex
from corpus.model import Decision, DecisionKind
from corpus.text.documents import load_file

DATA = Path(__file__).resolve().parent.parent / "data"
SWEDEN = DATA / "nl-bwb__traite-conciliation-nl-suede.txt"
NORWAY = DATA / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"
#: Eight clauses both treaties have.
LABELS = [
    "Article 2 (1)",
    "Article 2 (2)",
    "Article 2 (3)",
    "Article 4",
    "Article 6",
    "Article 13 (1)",
    "Article 13 (2)",
    "Article 14",
]
JUNK = [
    '{"forget": "abc"}',
    '{"forget": 1e400}',
    '{"add": {"id": 1e400, "kind": "link"}}',
    "[" * 5000,
    '{"add": {"id": 3, "left_sha": ["x"], "kind": "link"}}',
    '{"forget": true}',
    "NaN",
    '{"add": null}',
]


@pytest.fixture(scope="module")
def sweden() -> AnalyzedDocument:
    return analyze(load_file(SWEDEN), bundled_catalogue())


@pytest.fixture(scope="module")
def norway() -> AnalyzedDocument:
    return analyze(load_file(NORWAY), bundled_catalogue())


def link(left: AnalyzedDocument, right: AnalyzedDocument, label: str) -> Decision:
    return Decision(DecisionKind.LINK, find_clause(left, label), find_clause(right, label), now())


def linked(store: DecisionStore, left: AnalyzedDocument, right: AnalyzedDocument) -> list[str]:
    return sorted(
        left.clause(d.left).label for d in store.load(left, right).decisions if d.left is not None
    )


def test_a_database_that_lost_its_wal_gets_every_decision_back_and_reuses_no_identity(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument
) -> None:
    path = tmp_path / "library.db"
    SearchIndex(path).close()  # the schema, checkpointed
    index = SearchIndex(path)
    index._db.execute("PRAGMA wal_autocheckpoint=0")  # the rows stay in the WAL
    store = DecisionStore(index)
    for label in LABELS[:3]:
        store.record(sweden, norway, link(sweden, norway, label))
    copy = tmp_path / "copy"
    copy.mkdir()
    # What a crash and a lost WAL leave: the main file as it was before the three rows.
    for name in ("library.db", journal.JOURNAL):
        (copy / name).write_bytes((tmp_path / name).read_bytes())
    index.close()
    rebuilt = DecisionStore(SearchIndex(copy / "library.db"))
    assert linked(rebuilt, sweden, norway) == sorted(LABELS[:3])
    rows = [rebuilt.record(sweden, norway, link(sweden, norway, lb)) for lb in LABELS[3:]]
    # Undoing one of the later decisions removes that one only, even if its row id was used
    # before by a decision the database lost.
    rebuilt.forget(rows[0])
    assert linked(rebuilt, sweden, norway) == sorted(LABELS[:3] + LABELS[4:])
    with sqlite3.connect(copy / "library.db") as db:
        db.execute("DELETE FROM decisions")  # the table emptied
    again = DecisionStore(SearchIndex(copy / "library.db"))
    assert linked(again, sweden, norway) == sorted(LABELS[:3] + LABELS[4:])


@pytest.mark.parametrize("state", ["missing", "emptied", "unreadable"])
def test_a_reader_sees_the_journal_whatever_the_database(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument, state: str
) -> None:
    path = tmp_path / "library.db"
    index = SearchIndex(path)
    store = DecisionStore(index)
    for label in LABELS[:2]:
        store.record(sweden, norway, link(sweden, norway, label))
    index.close()
    if state == "missing":
        path.unlink()
    elif state == "emptied":
        with sqlite3.connect(path) as db:
            db.execute("DELETE FROM decisions")
    else:
        path.write_bytes(b"not a database at all" * 100)
    before = files(tmp_path)
    with read_only_decisions(path) as book:
        assert linked(book, sweden, norway) == sorted(LABELS[:2])
    assert files(tmp_path) == before  # nothing written


def files(folder: Path) -> dict[str, bytes]:
    """The folder's files, but SQLite's shared memory (which a reader maps)."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.endswith("-shm")}


@pytest.mark.parametrize("junk", [*JUNK, "binary"])
def test_a_bad_journal_line_is_skipped_and_said(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument, junk: str
) -> None:
    index = SearchIndex(tmp_path / "library.db")
    store = DecisionStore(index)
    store.record(sweden, norway, link(sweden, norway, LABELS[0]))
    with (tmp_path / journal.JOURNAL).open("ab") as handle:
        handle.write(b"\xff\xfe\x00\x81\n" if junk == "binary" else junk.encode() + b"\n")
    store.record(sweden, norway, link(sweden, norway, LABELS[1]))
    with index.transaction() as db:
        db.execute("DELETE FROM decisions")
    index.close()
    reopened = DecisionStore(SearchIndex(tmp_path / "library.db"))
    assert linked(reopened, sweden, norway) == sorted(LABELS[:2])
    assert any("line 2" in notice for notice in reopened.notices)
    assert any("line 2" in problem for problem in salvage.library_damage(tmp_path))


def test_a_line_cut_short_spoils_only_itself(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument
) -> None:
    index = SearchIndex(tmp_path / "library.db")
    store = DecisionStore(index)
    store.record(sweden, norway, link(sweden, norway, LABELS[0]))
    with (tmp_path / journal.JOURNAL).open("ab") as handle:
        handle.write(b'{"add": {"id": 7, "kind": "li')  # a write killed mid-way
    store.record(sweden, norway, link(sweden, norway, LABELS[1]))
    index.close()
    (tmp_path / "library.db").unlink()
    rebuilt = DecisionStore(SearchIndex(tmp_path / "library.db"))
    assert linked(rebuilt, sweden, norway) == sorted(LABELS[:2])


KILLER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from corpus.compare.analysis import analyze
    from corpus.compare.decisions import find_clause
    from corpus.formulas.finder import bundled_catalogue
    from corpus.library.decisions import DecisionStore, now
    from corpus.library.index import SearchIndex
    from corpus.model import Decision, DecisionKind
    from corpus.text.documents import load_file

    root, left, right = (Path(a) for a in sys.argv[1:4])
    sweden = analyze(load_file(left), bundled_catalogue())
    norway = analyze(load_file(right), bundled_catalogue())
    store = DecisionStore(SearchIndex(root / "library.db"))
    labels = ["Article 2 (1)", "Article 2 (2)", "Article 4", "Article 6"]
    for n in range(10_000):
        label = labels[n % len(labels)]
        store.record(sweden, norway, Decision(
            DecisionKind.LINK, find_clause(sweden, label), find_clause(norway, label), now()))
        print(n, flush=True)
    """
)


def test_a_kill_mid_write_loses_at_most_the_decision_being_written(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(tmp_path), str(SWEDEN), str(NORWAY)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert writer.stdout is not None
    done = -1
    with writer.stdout:
        for line in writer.stdout:  # kill -9 once a few dozen decisions are kept, mid-stream
            done = int(line)
            if done >= 40:
                break
        os.kill(writer.pid, 9)
        writer.wait()
    (tmp_path / "library.db-wal").unlink(missing_ok=True)  # and its WAL lost too
    store = DecisionStore(SearchIndex(tmp_path / "library.db"))
    kept = len(store.stored(sweden, norway))
    assert kept >= done + 1  # every decision it said it kept (and maybe the one under way)
    assert kept <= done + 3
