"""A library on a read-only or full disk is never taken for damaged; set-aside names never clash.

The faults are simulated where they can be (a full disk as little free space, a read-only
database as SQLite's own READONLY error); where the test runs as root, a small tmpfs remounted
read-only or filled up checks the real thing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from corpus.errors import LibraryError
from corpus.library import repair
from corpus.library.embedded.store import DATABASE, EmbeddedLibrary, LibraryUnavailableError

TEXT = "Déclaration commune sur la coopération culturelle entre les Parties.\n"


def make_library(root: Path) -> None:
    """A closed library of one added document (no bundled texts, to stay small)."""
    source = root.parent / f"{root.name}-source.txt"
    source.write_text(TEXT, encoding="utf-8")
    library = EmbeddedLibrary.open(root, with_bundled=False)
    library.add_file(source)
    library.close()


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def readonly_error(folder: Path) -> sqlite3.Error:
    """A real ``attempt to write a readonly database`` from SQLite."""
    path = folder / "probe.db"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE t (x)")
    readonly = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        readonly.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as exc:
        return exc
    finally:
        readonly.close()
    raise AssertionError("SQLite wrote to a read-only database")


def test_a_full_disk_is_said_and_nothing_is_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "library"
    make_library(root)
    before = snapshot(root)

    class Usage(NamedTuple):
        total: int
        used: int
        free: int

    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(LibraryUnavailableError, match="disk is full"):
        EmbeddedLibrary.open(root, with_bundled=False)
    assert snapshot(root) == before


def test_a_read_only_database_is_not_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "library"
    make_library(root)
    before = snapshot(root)
    error = readonly_error(tmp_path)

    def refuse(path: Path | None = None) -> None:
        raise LibraryError(f"{path}: the search index cannot be opened ({error})") from error

    monkeypatch.setattr(repair, "SearchIndex", refuse)
    with pytest.raises(LibraryUnavailableError, match="read-only"):
        EmbeddedLibrary.open(root, with_bundled=False)
    assert snapshot(root) == before
    assert not list(root.glob("*damaged*"))


def test_a_folder_that_cannot_be_made_is_said(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(LibraryUnavailableError, match="cannot create"):
        EmbeddedLibrary.open(blocker / "library", with_bundled=False)


def test_set_aside_names_never_clash(tmp_path: Path) -> None:
    database = tmp_path / DATABASE
    asides = []
    for content in (b"first", b"second", b"third"):
        database.write_bytes(content)
        asides.append(repair.set_aside(database))
    assert len(set(asides)) == 3
    assert sorted(p.read_bytes() for p in asides) == [b"first", b"second", b"third"]


@contextlib.contextmanager
def small_disk(tmp_path: Path, megabytes: int) -> Iterator[Path]:
    """A tmpfs of its own (root only); the test is skipped where it cannot be mounted."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(mountpoint)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_a_disk_remounted_read_only(tmp_path: Path) -> None:
    with small_disk(tmp_path, 32) as disk:
        root = disk / "library"
        make_library(root)
        before = snapshot(root)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(LibraryUnavailableError, match="read-only"):
            EmbeddedLibrary.open(root, with_bundled=False)
        assert snapshot(root) == before


def test_a_disk_filled_up(tmp_path: Path) -> None:
    with small_disk(tmp_path, 32) as disk:
        root = disk / "library"
        make_library(root)
        before = snapshot(root)
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 1_048_576)
                filler.flush()
        with pytest.raises(LibraryUnavailableError, match="full"):
            EmbeddedLibrary.open(root, with_bundled=False)
        assert snapshot(root) == before
