"""Data from a server is data: a row edited on the team's server (a text name or a key that is
a path) writes nothing outside this computer's cache folder; a table locked by another
connection, or a schema version stored as text, ends in one clear line within seconds (on the
suite's own PostgreSQL server)."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import psycopg
import pytest

from corpus.errors import LibraryError
from corpus.library.query import parse_query
from corpus.library.server.library import ServerLibrary

from tests.corpus.test_library_backends import text_file

UKRAINE = "whitehouse__us-ukraine-strategic-partnership-2021.txt"


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def colleague(server_address: str, tmp_path: Path) -> str:
    """A server holding one statement, imported by a colleague."""
    source = tmp_path / "colleague" / UKRAINE
    source.parent.mkdir()
    shutil.copy(text_file(UKRAINE), source)
    library = ServerLibrary.open(server_address, with_bundled=False, cache=tmp_path / "theirs")
    try:
        library.add_file(source)
    finally:
        library.close()
    return server_address


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("text_name", "../../../../escaped.txt"),
        ("text_name", "{tmp}/absolute-escape.txt"),
        ("text_name", ".."),
        ("key", "../../../../escaped-key"),
        ("key", "bundled:../../../escaped-bundled"),
        ("raw_sha", "../../../../escaped-sha"),
    ],
)
def test_an_edited_row_writes_nothing_outside_the_cache(
    colleague: str, tmp_path: Path, column: str, value: str
) -> None:
    with psycopg.connect(colleague, autocommit=True) as connection:
        connection.execute(
            f"UPDATE documents SET {column} = %s",
            (value.format(tmp=tmp_path),),
        )
    home = tmp_path / "home"
    cache = home / "deep" / "down" / "cache" / "server"
    cache.mkdir(parents=True)
    outside_before = files_under(tmp_path) - files_under(cache)
    library = ServerLibrary.open(colleague, with_bundled=False, cache=cache)
    try:
        result = library.index.search(parse_query("strategic partnership"))
        for entry in library.entries():
            library.document(entry.key)
        assert result.hits  # the text is still read, from a file inside the cache
        assert all(Path(hit.path).resolve().is_relative_to(cache.resolve()) for hit in result.hits)
    finally:
        library.close()
    assert files_under(tmp_path) - files_under(cache) == outside_before
    assert not (tmp_path / "absolute-escape.txt").exists()


def list_documents(address: str, cache: Path) -> None:
    library = ServerLibrary.open(address, with_bundled=False, cache=cache)
    try:
        library.entries()
    finally:
        library.close()


def test_a_table_locked_by_another_connection_ends_in_one_line_within_seconds(
    colleague: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corpus.library.server import connection as server_connection

    monkeypatch.setattr(server_connection, "LOCK_TIMEOUT_SECONDS", 2)
    locked = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with psycopg.connect(colleague) as other:
            other.execute("LOCK TABLE documents IN ACCESS EXCLUSIVE MODE")
            locked.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert locked.wait(10)
        started = time.monotonic()
        with pytest.raises(LibraryError) as raised:
            list_documents(colleague, tmp_path / "c")
        elapsed = time.monotonic() - started
    finally:
        release.set()
        holder.join()
    message = str(raised.value)
    assert elapsed < 10
    assert "\n" not in message
    assert "busy" in message


def test_a_schema_version_stored_as_text_is_one_clear_line(colleague: str, tmp_path: Path) -> None:
    with psycopg.connect(colleague, autocommit=True) as connection:
        connection.execute("ALTER TABLE schema_version ALTER COLUMN version TYPE text")
        connection.execute("UPDATE schema_version SET version = 'one'")
    with pytest.raises(LibraryError) as raised:
        ServerLibrary.open(colleague, with_bundled=False, cache=tmp_path / "c").close()
    message = str(raised.value)
    assert "\n" not in message
    assert "schema" in message
