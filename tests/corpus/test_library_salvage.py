"""The library never deletes what it cannot read: a damaged record (``library.json``) or sidecar
is set aside and rebuilt, the document kept; only ``remove`` deletes a document's files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from corpus.library.embedded import salvage
from corpus.library.embedded.store import DATABASE, EmbeddedLibrary

DATA = Path(__file__).resolve().parents[1] / "data"
NATO = "nl-bwb__north-atlantic-treaty-1949.txt"

DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda good: good[: len(good) // 2],
    "broken": lambda _good: b"{broken",
    "nested": lambda _good: b"[" * 100_000,
    "binary": lambda _good: b"\xff\xfe\x00\x81junk",
    "not a record": lambda _good: b'{"sha256": 5}',
    "a path": lambda good: good.replace(b'"original": "', b'"original": "../../'),
}


def imported(tmp_path: Path) -> tuple[Path, Path]:
    """A closed library of one real treaty; returns its root and the document's folder."""
    source = tmp_path / "nato.txt"
    shutil.copy(DATA / NATO, source)
    root = tmp_path / "library"
    library = EmbeddedLibrary.open(root, with_bundled=False)
    library.add_file(source)
    library.close()
    (folder,) = (root / "originals").iterdir()
    return root, folder


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def keys(root: Path) -> list[str]:
    library = EmbeddedLibrary.open(root, with_bundled=False)
    try:
        return [entry.key for entry in library.entries()]
    finally:
        library.close()


@pytest.mark.parametrize("database_lost", [False, True], ids=["database kept", "database lost"])
@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_a_damaged_record_is_set_aside_and_rebuilt(
    tmp_path: Path, kind: str, database_lost: bool
) -> None:
    root, folder = imported(tmp_path)
    before = files_of(folder)
    key = keys(root)[0]
    (folder / "library.json").write_bytes(DAMAGE[kind](before["library.json"]))
    if database_lost:
        (root / DATABASE).unlink()
    library = EmbeddedLibrary.open(root, with_bundled=False)
    try:
        assert [entry.key for entry in library.entries()] == [key]
        assert "North Atlantic" in library.document(key).raw
        notices = " ".join(library.notices)
    finally:
        library.close()
    assert "set aside as library.json.damaged-" in notices
    assert "removed" not in notices
    after = files_of(folder)
    for name in ("nato.txt", "nato.txt.meta.json"):
        assert after[name] == before[name]  # nothing of the document touched
    (aside,) = [name for name in after if name.startswith("library.json.damaged-")]
    assert after[aside] == DAMAGE[kind](before["library.json"])  # kept for a look
    assert salvage.library_damage(root) == []  # and the record is sound again


def test_a_missing_record_is_rebuilt_when_the_database_is_lost(tmp_path: Path) -> None:
    root, folder = imported(tmp_path)
    key = keys(root)[0]
    (folder / "library.json").unlink()
    (root / DATABASE).unlink()
    assert keys(root) == [key]
    assert (folder / "nato.txt").is_file()


def test_a_deeply_nested_sidecar_is_set_aside_and_the_metadata_read_from_the_text(
    tmp_path: Path,
) -> None:
    root, folder = imported(tmp_path)
    sidecar = folder / "nato.txt.meta.json"
    sidecar.write_bytes(b"[" * 100_000)
    assert any("nested too deep" in line for line in salvage.library_damage(root))
    (root / DATABASE).unlink()
    library = EmbeddedLibrary.open(root, with_bundled=False)
    try:
        (entry,) = library.entries()
        assert entry.meta.title == "NORTH ATLANTIC TREATY"
        assert any("nested too deep" in notice for notice in library.notices)
    finally:
        library.close()
    assert not sidecar.exists()
    assert [p.name for p in folder.glob("nato.txt.meta.json.damaged-*")]
    assert (folder / "nato.txt").is_file()


def test_a_damaged_edited_sidecar_of_a_bundled_text_does_not_stop_the_library(
    tmp_path: Path,
) -> None:
    root = tmp_path / "library"
    (root / "bundled").mkdir(parents=True)
    moscow = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
    (root / "bundled" / f"{moscow}.meta.json").write_bytes(b"{broken")
    library = EmbeddedLibrary.open(root)
    try:
        assert len(library) >= 5
        assert any(f"{moscow}.meta.json" in notice for notice in library.notices)
    finally:
        library.close()


def test_only_a_folder_that_is_gone_leaves_the_index(tmp_path: Path) -> None:
    root, folder = imported(tmp_path)
    shutil.rmtree(folder)
    library = EmbeddedLibrary.open(root, with_bundled=False)
    try:
        assert library.entries() == []
        assert any("folder is gone" in notice for notice in library.notices)
    finally:
        library.close()


def test_a_folder_with_nothing_to_rebuild_from_is_left_and_reported(tmp_path: Path) -> None:
    root, folder = imported(tmp_path)
    (folder / "library.json").write_bytes(b"{broken")
    (folder / "nato.txt").write_bytes(b"another text altogether\n")
    library = EmbeddedLibrary.open(root, with_bundled=False)
    library.close()
    assert (folder / "nato.txt").read_bytes() == b"another text altogether\n"
    assert (folder / "library.json").read_bytes() == b"{broken"
    assert salvage.library_damage(root)
