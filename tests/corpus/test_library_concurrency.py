"""Two programs importing the same files into one library at once: nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import filelock
import pytest

from corpus.errors import LibraryError
from corpus.library.embedded import writelock
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.library.files import stored_folders

REPOSITORY = Path(__file__).resolve().parents[2]
IMPORT = """
import sys
from pathlib import Path
from corpus.library.embedded.store import ImportStatus, EmbeddedLibrary

library = EmbeddedLibrary.open(Path(sys.argv[1]), with_bundled=False)
outcomes = library.add_paths([Path(sys.argv[2])])
library.close()
failed = [o.message for o in outcomes if o.status is ImportStatus.FAILED]
print("\\n".join(failed), file=sys.stderr)
sys.exit(1 if failed else 0)
"""


def test_two_simultaneous_imports_of_the_same_files_lose_nothing(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    count = 120
    for number in range(count):
        (sources / f"note-{number:03}.txt").write_text(
            f"Note verbale n° {number}.\n\nLes Parties se consultent sur le point {number}.\n",
            encoding="utf-8",
        )
    root = tmp_path / "library"
    command = [sys.executable, "-c", IMPORT, str(root), str(sources)]
    runs = [
        subprocess.Popen(command, cwd=REPOSITORY, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    library = EmbeddedLibrary.open(root, with_bundled=False)
    try:
        assert library.notices == []
        entries = library.entries()
        assert len(entries) == count
        assert all(Path(entry.path).is_file() for entry in entries)
        assert len(stored_folders(root)) == count
    finally:
        library.close()


def test_a_writer_waits_for_another_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = EmbeddedLibrary.open(tmp_path / "library", with_bundled=False)
    source = tmp_path / "note.txt"
    source.write_text("Note verbale sur la coopération.\n", encoding="utf-8")
    said: list[str] = []
    library.writer.on_wait = said.append
    monkeypatch.setattr(writelock, "PATIENCE_SECONDS", 0.2)
    other = filelock.FileLock(tmp_path / "library" / writelock.LOCK_FILE)
    with other, pytest.raises(LibraryError, match="another program"):
        library.add_file(source)
    assert len(said) == 1
    assert "another program is importing" in said[0]
    assert len(library) == 0
    library.add_file(source)  # once the other is done
    assert len(library) == 1
    library.close()


def test_opening_waits_for_another_writer_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "library"
    root.mkdir()
    said: list[str] = []
    monkeypatch.setattr(writelock, "PATIENCE_SECONDS", 0.2)
    with (
        filelock.FileLock(root / writelock.LOCK_FILE),
        pytest.raises(LibraryError, match="try again when it is done"),
    ):
        EmbeddedLibrary.open(root, with_bundled=False, on_wait=said.append)
    assert len(said) == 1
    assert not (root / "library.db").exists()  # nothing was made meanwhile
