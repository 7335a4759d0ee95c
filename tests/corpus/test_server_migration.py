"""A library server made by the previous version (its schema saved in
``tests/data/server-schema-2.sql``: GIN indexes only) is brought to this version's when a program
opens it: the positions index built where the server allows it, nothing lost, no row rewritten
(the positioned vectors are already stored), the same occurrences found; and two programs that
import while it is built lose nothing and wait for nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.library.connect import open_library
from corpus.library.decisions import now
from corpus.library.query import parse_query
from corpus.library.server import schema
from corpus.library.server.library import ServerLibrary
from corpus.library.server.schema import PhraseIndex
from corpus.model import Decision, DecisionKind

from tests import postgres
from tests.corpus.test_library_backends import CHOSEN, text_file
from tests.corpus.test_library_server import STATEMENTS

ROOT = Path(__file__).resolve().parents[2]
OLD_SCHEMA = ROOT / "tests" / "data" / "server-schema-2.sql"
PHRASES = (
    "territorial integrity",
    "strategic partnership",
    "traité d'amitié",
    "sovereign*",
    "NEAR(peace security, 5)",
    "family:territorial-integrity",
)


def old_server(address: str, sources: list[Path], cache: Path) -> None:
    """A server as the previous version made and filled it: its schema, then documents and a
    decision written by the same statements (that version built no positions index)."""
    with psycopg.connect(address, autocommit=True) as connection:
        connection.execute(OLD_SCHEMA.read_text(encoding="utf-8"))
    keep = schema.ensure_positions
    schema.ensure_positions = lambda connection: PhraseIndex.GIN  # type: ignore[assignment]
    try:
        library = ServerLibrary.open(address, cache=cache)
    finally:
        schema.ensure_positions = keep  # type: ignore[assignment]
    try:
        library.add_paths(sources)
        left, right = pair(library)
        library.decisions().record(
            left,
            right,
            Decision(
                DecisionKind.LINK, left.clauses[1].clause_id, right.clauses[2].clause_id, now()
            ),
        )
    finally:
        library.close()


def pair(library: ServerLibrary) -> tuple[AnalyzedDocument, AnalyzedDocument]:
    """Two bundled declarations, analysed (a decision is about two documents' clauses)."""
    keys = sorted(e.key for e in library.entries() if e.bundled)
    catalogue = bundled_catalogue()
    return analyze(library.document(keys[0]), catalogue), analyze(
        library.document(keys[1]), catalogue
    )


def rows(address: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the library with the transaction that wrote it (``xmin``)."""
    with psycopg.connect(address) as connection:
        return {
            table: connection.execute(f"SELECT xmin::text, * FROM {table} ORDER BY 2, 3").fetchall()
            for table in ("documents", "passages", "formulas", "decisions", "info")
        }


def indexes(address: str) -> set[str]:
    with psycopg.connect(address) as connection:
        return {
            name
            for (name,) in connection.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'passages'"
            ).fetchall()
        }


def spans(library: object, phrase: str) -> list[tuple[str, int, int]]:
    result = library.index.search(parse_query(phrase))  # type: ignore[attr-defined]
    return [(h.key, h.start, h.end) for h in result.hits]


def test_a_server_of_the_previous_version_is_brought_up_with_nothing_lost(
    server_address: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    sources = [text_file(name) for name in CHOSEN]
    old_server(server_address, sources, tmp_path / "old")
    assert "passages_words" in indexes(server_address)
    before = rows(server_address)
    embedded = open_library("", root=tmp_path / "embedded")
    embedded.add_paths(sources)

    library = ServerLibrary.open(server_address, cache=tmp_path / "new")
    try:
        rum = "rum" in request.node.callspec.id
        assert library.index.phrase_index is (PhraseIndex.RUM if rum else PhraseIndex.GIN)
        assert rows(server_address) == before  # nothing lost, nothing rewritten
        assert len(library) == len(embedded) == 5 + len(CHOSEN)
        store = library.decisions()
        left, right = pair(library)
        assert [(d.kind, d.left) for d in store.load(left, right).decisions] == [
            (DecisionKind.LINK, left.clauses[1].clause_id)
        ]
        found = 0
        for phrase in PHRASES:
            expected = spans(embedded, phrase)
            assert spans(library, phrase) == expected, phrase
            found += len(expected)
        assert found > 20
    finally:
        library.close()
        embedded.close()
    made = indexes(server_address)
    assert ("passages_positions" in made) is rum
    assert ("passages_words" in made) is not rum
    # Migration 3: a passage's vector written from now on is kept in its row (a phrase's check
    # reads it there), the older ones where they were.
    with psycopg.connect(server_address) as connection:
        (storage,) = connection.execute(
            "SELECT attstorage FROM pg_attribute"
            " WHERE attrelid = 'passages'::regclass AND attname = 'words'"
        ).fetchone()
        assert storage == "m"
        (version,) = connection.execute("SELECT version FROM schema_version").fetchone()
        assert version == schema.VERSION == 3


def _add(folder: Path, address: str, tmp_path: Path, name: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "VIS_A_VIS_DATA": str(tmp_path / "unused"),
        "VIS_A_VIS_CACHE": str(tmp_path / f"cache-{name}"),
        "VIS_A_VIS_LIBRARY_URL": address,
    }
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "library", "add", str(folder), "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _building(address: str) -> bool:
    with psycopg.connect(address, autocommit=True) as connection:
        return bool(
            connection.execute(
                "SELECT 1 FROM pg_stat_activity WHERE datname = current_database()"
                " AND query ILIKE 'CREATE INDEX CONCURRENTLY%%'"
            ).fetchone()
        )


def test_two_programs_import_while_the_positions_index_is_built(
    postgres_server: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus.library.server.schema import RUM_VARIABLE

    monkeypatch.setenv(RUM_VARIABLE, "1")  # asked for: the programs started here inherit it
    address = postgres.new_database(postgres_server, rum=True)
    old_server(address, [text_file(name) for name in CHOSEN], tmp_path / "old")
    halves = (STATEMENTS[::2], STATEMENTS[1::2])
    folders = []
    for number, names in enumerate(halves):
        folder = tmp_path / f"statements-{number}"
        folder.mkdir()
        for name in names:
            shutil.copy(text_file(name), folder / name)
        folders.append(folder)
    # A reader's snapshot holds the build back (CREATE INDEX CONCURRENTLY waits for it), so
    # that the second program certainly imports while the first is building.
    with psycopg.connect(address) as reader:
        reader.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        reader.execute("SELECT count(*) FROM documents")
        first = _add(folders[0], address, tmp_path, "first")
        deadline = time.monotonic() + 120
        while not _building(address):
            assert first.poll() is None, first.communicate()[1].decode()
            assert time.monotonic() < deadline
            time.sleep(0.2)
        second = _add(folders[1], address, tmp_path, "second")
        out, err = second.communicate(timeout=300)
        assert second.returncode == 0, err.decode()
        assert first.poll() is None  # still building: the second did not wait for it
        reader.rollback()
    out_first, err_first = first.communicate(timeout=300)
    assert first.returncode == 0, err_first.decode()
    outcomes = json.loads(out)["outcomes"] + json.loads(out_first)["outcomes"]
    held = set(CHOSEN) & set(STATEMENTS)  # two statements the old server holds already
    assert held
    statuses = {Path(o["source"]).name: o["status"] for o in outcomes}
    assert statuses == {n: "duplicate" if n in held else "added" for n in STATEMENTS}

    embedded = open_library("", root=tmp_path / "embedded")
    embedded.add_paths([text_file(name) for name in CHOSEN] + folders)
    library = ServerLibrary.open(address, cache=tmp_path / "after")
    try:
        assert library.index.phrase_index is PhraseIndex.RUM
        assert len(library) == len(embedded) == 5 + len(set(CHOSEN) | set(STATEMENTS))
        for phrase in PHRASES:  # documents of one date in the order each imported them
            assert sorted(spans(library, phrase)) == sorted(spans(embedded, phrase)), phrase
    finally:
        library.close()
        embedded.close()
