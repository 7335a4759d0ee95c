"""Odd file names (too long for a sidecar, not UTF-8, links in a loop) never stop an import."""

from __future__ import annotations

import os
from pathlib import Path

from corpus.library.embedded.store import EmbeddedLibrary, ImportStatus
from corpus.library.files import stored_folders
from corpus.text.documents import load_file

TEXT = "Déclaration commune sur la coopération culturelle entre les Parties.\n"


def odd_folder(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A folder holding a 250-byte name, a name that is not UTF-8 and a link to itself."""
    folder = tmp_path / "sources"
    folder.mkdir()
    long_name = folder / ("d" * 246 + ".txt")
    long_name.write_text(TEXT.replace("culturelle", "longue"), encoding="utf-8")
    latin1 = os.fsencode(folder) + b"/d\xe9claration.txt"
    with open(latin1, "wb") as handle:
        handle.write(TEXT.replace("culturelle", "latine").encode("utf-8"))
    loop = folder / "boucle.txt"
    loop.symlink_to(loop)
    return long_name, Path(os.fsdecode(latin1)), loop


def test_an_import_of_odd_names_adds_what_it_can(tmp_path: Path) -> None:
    long_name, _latin1, loop = odd_folder(tmp_path)
    library = EmbeddedLibrary.open(tmp_path / "library", with_bundled=False)
    outcomes = library.add_paths([long_name.parent, loop])
    by_status = sorted((o.status, o.source) for o in outcomes)
    assert [status for status, _ in by_status] == [
        ImportStatus.ADDED,
        ImportStatus.ADDED,
        ImportStatus.FAILED,
    ]
    assert any(source.endswith("d\ufffdclaration.txt") for _, source in by_status)
    failed = next(o for o in outcomes if o.status is ImportStatus.FAILED)
    assert "leads back to itself" in failed.message
    library.close()
    reopened = EmbeddedLibrary.open(tmp_path / "library", with_bundled=False)
    assert reopened.notices == []
    assert len(reopened) == 2
    assert len(stored_folders(tmp_path / "library")) == 2  # no orphan folder
    assert all(Path(entry.path).is_file() for entry in reopened.entries())
    reopened.close()


def test_a_long_name_opens(tmp_path: Path) -> None:
    long_name, latin1, _ = odd_folder(tmp_path)
    assert load_file(long_name).raw.startswith("Déclaration")
    assert load_file(latin1).raw.startswith("Déclaration")
