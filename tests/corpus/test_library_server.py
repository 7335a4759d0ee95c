"""What only a shared server must do: migrations, two programs importing at once, a search
during an import, a lost connection (on the suite's own PostgreSQL server)."""

from __future__ import annotations

import shutil
import threading
from collections import Counter
from pathlib import Path

import psycopg
import pytest

from corpus.errors import LibraryError
from corpus.library.api import ImportStatus
from corpus.library.query import parse_query
from corpus.library.server import schema, texts
from corpus.library.server.connection import LibraryConnectionError
from corpus.library.server.library import ServerLibrary

from tests.corpus.test_library_backends import text_file

STATEMENTS = sorted(
    p.name
    for folder in (Path(__file__).resolve().parents[1] / "data", text_file("manifest.tsv").parent)
    for p in folder.glob("whitehouse__*.txt")
)


@pytest.fixture
def statements(tmp_path: Path) -> Path:
    folder = tmp_path / "statements"
    folder.mkdir()
    for name in STATEMENTS:
        shutil.copy(text_file(name), folder / name)
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_schema_is_made_at_connection_and_a_newer_one_refused(
    server_address: str, cache: Path
) -> None:
    opened = [ServerLibrary.open(server_address) for _ in range(2)]  # the second finds it made
    for library in opened:
        library.close()
    with psycopg.connect(server_address, autocommit=True) as connection:
        row = connection.execute("SELECT version FROM schema_version").fetchone()
        assert row == (schema.VERSION,)
        connection.execute("UPDATE schema_version SET version = %s", (schema.VERSION + 1,))
    with pytest.raises(LibraryError, match="newer version of the program"):
        ServerLibrary.open(server_address)


def test_a_passage_vector_is_kept_in_its_row(
    server_address: str, statements: Path, cache: Path
) -> None:
    """The passages' vectors are read one by one when a phrase is checked: none goes out of
    line (TOAST), where each read would cost a lookup more."""
    library = ServerLibrary.open(server_address)
    try:
        library.add_paths([statements])
    finally:
        library.close()
    with psycopg.connect(server_address) as connection:
        passages, toasted, largest = connection.execute(
            "SELECT count(*), (SELECT pg_relation_size(reltoastrelid) FROM pg_class"
            " WHERE relname = 'passages'), max(pg_column_size(words)) FROM passages"
        ).fetchone()
    assert passages > 100
    assert largest > 2000  # over the size past which a value would go out of line
    assert toasted == 0


def test_two_programs_importing_the_same_files_at_once_store_each_once(
    server_address: str, statements: Path, cache: Path
) -> None:
    assert len(STATEMENTS) == 16
    libraries = [ServerLibrary.open(server_address) for _ in range(2)]
    outcomes: list[list[object]] = [[], []]
    threads = [
        threading.Thread(
            target=lambda i=i: outcomes[i].extend(libraries[i].add_paths([statements]))
        )
        for i in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = Counter(o.status for found in outcomes for o in found)  # type: ignore[attr-defined]
    assert statuses[ImportStatus.ADDED] == 16
    assert statuses[ImportStatus.DUPLICATE] == 16
    assert len(libraries[0]) == 16 + 5
    keys = [e.key for e in libraries[1].entries()]
    assert len(keys) == len(set(keys))
    for library in libraries:
        library.close()


def test_a_search_during_an_import_sees_whole_documents(
    server_address: str, statements: Path, cache: Path
) -> None:
    importer = ServerLibrary.open(server_address)
    reader = ServerLibrary.open(server_address)
    query = parse_query("strategic partnership")
    seen: list[dict[str, int]] = []
    done = threading.Event()

    def run_import() -> None:
        try:
            importer.add_paths([statements])
        finally:
            done.set()

    thread = threading.Thread(target=run_import)
    thread.start()
    while not done.is_set():
        result = reader.index.search(query)
        seen.append({d.key: d.count for d in result.documents})
    thread.join()
    final = {d.key: d.count for d in reader.index.search(query).documents}
    assert len(final) > 5
    assert seen
    for counts in seen:  # every document seen is seen whole: all its occurrences or none
        assert all(final[key] == count for key, count in counts.items())
    importer.close()
    reader.close()


def test_a_lost_connection_is_opened_again(
    server_address: str, statements: Path, cache: Path
) -> None:
    library = ServerLibrary.open(server_address)
    first, second = sorted(statements.iterdir())[:2]
    library.add_file(first)
    before = library.index.search(parse_query("strategic partnership")).total
    with psycopg.connect(server_address, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE application_name = 'vis-a-vis' AND datname = current_database()"
        ).fetchone()
    assert killed is not None
    assert killed[0] >= 2  # the index's connection and the writer's
    assert library.index.search(parse_query("strategic partnership")).total == before
    (outcome,) = library.add_paths([second])  # the writer's connection was lost too
    assert outcome.status is ImportStatus.ADDED
    assert len(library) == 5 + 2
    library.close()


def test_an_unreachable_server_says_so_without_its_password(cache: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(LibraryConnectionError) as caught:
        ServerLibrary.open(f"postgresql://analyst:secret@127.0.0.1:{port}/team")
    message = str(caught.value)
    assert f"postgresql://analyst@127.0.0.1:{port}/team cannot be reached" in message
    assert "nothing was changed" in message
    assert "secret" not in message


def test_a_long_treaty_finds_its_last_phrase_and_is_no_candidate_for_a_missing_one(
    server_address: str, cache: Path, tmp_path: Path
) -> None:
    from corpus.library.connect import open_library

    treaty = text_file("nl-bwb__traite-de-paix-avec-italie-1947.txt")  # 41,000 words
    raw = treaty.read_text(encoding="utf-8")
    last = " ".join(raw.split()[-12:-4])  # beyond position 16,383, among 2,000 "de"
    server = ServerLibrary.open(server_address)
    home = open_library("", root=tmp_path / "home")
    for library in (server, home):
        library.add_file(treaty)
    for phrase in (last, "de la", "Puissances alliées et associées"):
        query = parse_query(phrase)
        found = [(h.key, h.start, h.end) for h in server.index.search(query).hits]
        assert found, phrase
        assert found == [(h.key, h.start, h.end) for h in home.index.search(query).hits]
    # its passages keep every position: a candidate for a phrase exactly when FTS5 says so
    assert server.index.count(parse_query("la de")) == home.index.count(parse_query("la de"))
    server.close()
    home.close()


def test_an_altered_local_copy_is_never_trusted(
    server_address: str, statements: Path, cache: Path
) -> None:
    library = ServerLibrary.open(server_address)
    (outcome,) = library.add_paths([statements / STATEMENTS[0]])
    query = parse_query("strategic partnership")
    first = library.index.search(query)
    copy = Path(first.hits[0].path)
    assert cache in copy.parents
    original = copy.read_text(encoding="utf-8")
    copy.write_text("Strategic partnership, forged.\n" + original, encoding="utf-8")
    again = library.index.search(query)
    assert [(h.start, h.end, h.snippet) for h in again.hits] == [
        (h.start, h.end, h.snippet) for h in first.hits
    ]
    assert copy.read_text(encoding="utf-8") == original == library.document(outcome.key).raw
    library.close()


def test_a_copy_altered_in_place_is_never_trusted_even_once_checked(
    server_address: str, statements: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy whose SHA-256 was checked is not hashed again while it keeps its size, change
    time and inode; the same number of bytes written over it changes its change time."""
    monkeypatch.setattr(texts, "_SETTLED_NS", 0)  # every checked copy trusted while unchanged
    library = ServerLibrary.open(server_address)
    library.add_paths([statements / STATEMENTS[0]])
    query = parse_query("strategic partnership")
    first = library.index.search(query)
    copy = Path(first.hits[0].path)
    original = copy.read_bytes()
    assert library.index.search(query) == first  # read back through the checked copy
    forged = original.replace(b"Partnership", b"PARTNERSHIP")
    assert forged != original
    assert len(forged) == len(original)
    copy.write_bytes(forged)
    again = library.index.search(query)
    assert [(h.start, h.end, h.snippet) for h in again.hits] == [
        (h.start, h.end, h.snippet) for h in first.hits
    ]
    assert copy.read_bytes() == original
    library.close()


def test_a_listing_fetches_no_text_and_opening_one_fetches_it(
    server_address: str, statements: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    colleague = ServerLibrary.open(server_address)  # imports, with a cache of its own
    colleague.add_paths([statements])
    colleague.close()
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "a new computer"))
    library = ServerLibrary.open(server_address)
    entries = [e for e in library.entries() if not e.bundled]
    assert len(entries) == len(STATEMENTS)
    assert not any(Path(e.path).exists() for e in entries)  # a long list stays a quick read
    chosen = entries[0]
    library.index.ensure_local(chosen.path)
    assert Path(chosen.path).read_text(encoding="utf-8") == library.document(chosen.key).raw
    assert sum(Path(e.path).exists() for e in entries) == 1
    library.close()
