"""Storing many documents on a library server at once (corpus.library.server.bulk and
importing): the same rows as one document at a time, duplicates found, batches whole when the
server stops mid-import."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest

from corpus.library.api import ImportStatus
from corpus.library.query import parse_query
from corpus.library.server import bulk, importing, tsearch
from corpus.library.server.library import ServerLibrary

from tests import postgres

DATA = Path(__file__).resolve().parents[1] / "data"
#: Every real text of the suite's (treaties and statements, French and English).
TEXTS = sorted([*DATA.glob("*.txt"), *(DATA / "texts").glob("*.txt")])

#: What a document is on the server, column by column, its id left out (a sequence's number).
_ROWS = """
    SELECT d.key, d.title, d.date, d.parties, d.language, d.origins, d.raw, d.raw_sha, d.view,
        d.offsets, d.words::text, d.joins::text, d.stems::text, d.text_name, d.original_name,
        d.original, d.format, d.source, d.owner, d.edited,
        (SELECT array_agg(p.words::text || '|' || p.exact ORDER BY p.number)
           FROM passages p WHERE p.doc = d.id),
        (SELECT array_agg(f.family || f.start || '-' || f."end" ORDER BY f.family, f.start)
           FROM formulas f WHERE f.doc = d.id)
    FROM documents d WHERE d.key NOT LIKE 'bundled:%%' ORDER BY d.key
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    found = tmp_path / "texts"
    found.mkdir()
    for path in TEXTS:
        shutil.copy(path, found / path.name)
    return found


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _rows(address: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(address) as connection:
        return connection.execute(_ROWS).fetchall()


def test_worker_processes_and_copy_store_what_one_insert_a_document_stored(
    postgres_server: postgres.Server,
    folder: Path,
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert len(TEXTS) >= 40  # enough for worker processes (corpus.library.parallel)
    one_by_one = ServerLibrary.open(postgres_server.create_database("bulk_one_by_one"))
    for path in sorted(folder.iterdir()):
        assert one_by_one.add_file(path).status is ImportStatus.ADDED
    monkeypatch.setattr(importing, "worker_count", lambda _documents: 2)
    monkeypatch.setattr(bulk, "BATCH_DOCUMENTS", 8)  # several batches, one a transaction
    told: list[tuple[int, int]] = []
    in_bulk = ServerLibrary.open(postgres_server.create_database("bulk_in_bulk"))
    outcomes = in_bulk.add_paths([folder], lambda done, total: told.append((done, total)))
    assert Counter(o.status for o in outcomes) == {ImportStatus.ADDED: len(TEXTS)}
    assert [Path(o.source).name for o in outcomes] == sorted(p.name for p in TEXTS)
    assert _rows(in_bulk.address) == _rows(one_by_one.address)
    # Documents of one date keep the order of the import, as one at a time.
    assert [e.key for e in in_bulk.entries()] == [e.key for e in one_by_one.entries()]
    assert told[-1] == (len(TEXTS), len(TEXTS))
    assert len({done for done, _total in told}) > len(TEXTS) // 8  # it moved batch by batch
    for phrase in ("territorial integrity", "Hautes Parties contractantes", "sovereign*"):
        query = parse_query(phrase)
        bulk_hits = in_bulk.index.search(query).hits
        assert bulk_hits, phrase
        assert [(h.key, h.start, h.end) for h in bulk_hits] == [
            (h.key, h.start, h.end) for h in one_by_one.index.search(query).hits
        ]
    again = in_bulk.add_paths([folder])  # nothing is prepared again: all duplicates
    assert Counter(o.status for o in again) == {ImportStatus.DUPLICATE: len(TEXTS)}
    one_by_one.close()
    in_bulk.close()


def test_a_file_twice_in_one_import_and_a_new_version_are_told_apart(
    server_address: str, folder: Path, cache: Path, tmp_path: Path
) -> None:
    first, second = sorted(folder.iterdir())[:2]
    twin = tmp_path / "twin.txt"
    shutil.copy(first, twin)
    library = ServerLibrary.open(server_address)
    outcomes = library.add_paths([first, twin, second])
    assert [o.status for o in outcomes] == [
        ImportStatus.ADDED,
        ImportStatus.DUPLICATE,
        ImportStatus.ADDED,
    ]
    assert outcomes[0].key == outcomes[1].key
    key = outcomes[2].key
    library.set_meta(key, replace(library.document(key).meta, title="Titre revu"))
    second.write_text(second.read_text(encoding="utf-8") + "\nAnnexe.\n", encoding="utf-8")
    (updated,) = library.add_paths([second])
    assert updated.status is ImportStatus.UPDATED
    assert updated.key != key
    assert key not in {e.key for e in library.entries()}
    assert library.document(updated.key).meta.title == "Titre revu"  # the edit carried over
    library.close()


def test_a_server_stopped_mid_import_keeps_whole_batches_and_loses_nothing(
    folder: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs, why = postgres.find_bin()
    if programs is None:
        pytest.skip(why)
    server = postgres.start(programs, durable=True)  # of its own: this one is stopped
    try:
        address = server.create_database("stopped")
        library = ServerLibrary.open(address)
        monkeypatch.setattr(bulk, "BATCH_DOCUMENTS", 6)
        stopped: list[int] = []

        def progress(done: int, _total: int) -> None:
            if done >= 6 and not stopped:  # the first batch is stored: pull the plug
                stopped.append(done)
                server.halt()

        outcomes = library.add_paths([folder], progress)
        statuses = Counter(o.status for o in outcomes)
        assert statuses[ImportStatus.ADDED] == stopped[0] == 6
        assert statuses[ImportStatus.FAILED] == len(TEXTS) - 6
        failed = next(o for o in outcomes if o.status is ImportStatus.FAILED)
        assert "nothing was" in failed.message  # written, or changed: the one line says so
        assert "\n" not in failed.message
        server.resume()
        with psycopg.connect(address) as connection:
            stored = {
                key: (passages, formulas)
                for key, passages, formulas in connection.execute(
                    "SELECT d.key, (SELECT count(*) FROM passages p WHERE p.doc = d.id),"
                    " (SELECT count(*) FROM formulas f WHERE f.doc = d.id)"
                    " FROM documents d WHERE d.original IS NOT NULL"
                )
            }
        added = {o.key for o in outcomes if o.status is ImportStatus.ADDED}
        assert set(stored) == added  # the batch under way left nothing behind
        for key in added:  # and every document stored is whole
            document = library.document(key)
            view = library.index.read("SELECT view FROM documents WHERE key = %s", (key,))
            assert view
            expected = tsearch.vectors(_view_of(bytes(view[0][0])), document.meta.language)
            assert stored[key][0] == len(expected.passages)
        assert library.check() is None
        again = library.add_paths([folder])
        statuses = Counter(o.status for o in again)
        assert statuses == {ImportStatus.DUPLICATE: 6, ImportStatus.ADDED: len(TEXTS) - 6}
        library.close()
    finally:
        server.stop()


def _view_of(packed: bytes) -> str:
    from corpus.library.searchview import unpack_view

    return unpack_view(packed)


def test_prepared_documents_stored_by_workers_are_those_stored_one_at_a_time(
    postgres_server: postgres.Server, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus.formulas.finder import bundled_catalogue
    from corpus.library.prepared import prepare
    from corpus.text.metadata import extract_meta

    catalogue = bundled_catalogue()
    prepared = []
    for number, path in enumerate(TEXTS):
        raw = path.read_text(encoding="utf-8")
        doc = prepare(f"{number:04d}", str(path), raw, extract_meta(raw), catalogue)
        # Some without the stems preparing made: their worker makes them.
        prepared.append(replace(doc, columns=None) if number % 3 == 0 else doc)
    one_by_one = ServerLibrary.open(
        postgres_server.create_database("prepared_one_by_one"), with_bundled=False
    )
    for doc in prepared:
        kept = bulk.Original(Path(doc.path).name)
        assert one_by_one.run_writing(lambda db, d=doc, k=kept: one_by_one._insert(db, d, k))
    monkeypatch.setattr(importing, "worker_count", lambda _documents: 2)
    monkeypatch.setattr(bulk, "BATCH_DOCUMENTS", 7)
    told: list[tuple[int, int]] = []
    in_bulk = ServerLibrary.open(
        postgres_server.create_database("prepared_in_bulk"), with_bundled=False
    )
    stored = in_bulk.add_prepared(prepared, lambda done, total: told.append((done, total)))
    assert stored == len(prepared)
    assert _rows(in_bulk.address) == _rows(one_by_one.address)
    assert told[-1] == (len(prepared), len(prepared))
    assert in_bulk.add_prepared(prepared[:3]) == 0  # duplicates
    one_by_one.close()
    in_bulk.close()


def _pending_pages(address: str) -> dict[str, int]:
    """The pages each GIN index of the library has pending (merged, to count them)."""
    with psycopg.connect(address) as connection:
        names = connection.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_am a ON a.oid = c.relam"
            " WHERE a.amname = 'gin' AND c.relnamespace = 'public'::regnamespace"
        ).fetchall()
        return {
            name: connection.execute(
                "SELECT gin_clean_pending_list(%s::regclass)", (name,)
            ).fetchone()[0]  # type: ignore[index]
            for (name,) in names
        }


@pytest.mark.parametrize("way", ["files", "prepared"])
def test_an_import_leaves_no_index_entries_pending(
    server_address: str,
    folder: Path,
    cache: Path,
    monkeypatch: pytest.MonkeyPatch,
    way: str,
) -> None:
    """Batches let the GIN indexes' pending lists grow (``bulk.PENDING_LIST``); the import
    merges what they left at its end, so that no search scans them: without that merge, the
    lists of the same import are not empty."""

    from corpus.formulas.finder import bundled_catalogue
    from corpus.library.prepared import prepare
    from corpus.text.metadata import extract_meta

    def store(library: ServerLibrary) -> None:
        if way == "files":
            library.add_paths([folder])
            return
        catalogue = bundled_catalogue()
        prepared = []
        for number, path in enumerate(TEXTS):
            raw = path.read_text(encoding="utf-8")
            prepared.append(prepare(f"{number:04d}", str(path), raw, extract_meta(raw), catalogue))
        library.add_prepared(prepared)

    library = ServerLibrary.open(server_address)
    store(library)
    assert set(_pending_pages(server_address).values()) == {0}
    library.close()
    monkeypatch.setattr(importing, "merge_pending", lambda library: None)
    other = ServerLibrary.open(server_address)
    with psycopg.connect(server_address) as connection:
        connection.execute("DELETE FROM documents WHERE key NOT LIKE 'bundled:%%'")
    store(other)
    assert sum(_pending_pages(server_address).values()) > 0
    other.close()
