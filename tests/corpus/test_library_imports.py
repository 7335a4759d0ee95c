"""Imports are all or nothing: an export is checked whole (documents and decisions) before
anything changes, its files read as ``library add`` reads them (regular files, 20 MB at most);
a folder import skips a bad file, keeps the good ones and says which and why."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from corpus.errors import LibraryError
from corpus.library.api import ImportStatus
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.library.moving import MANIFEST, export_library, import_library

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [
    "nl-bwb__traite-conciliation-nl-suede.txt",
    "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt",
]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """An export of two real treaties and one decision row, from a library of this program."""
    source = tmp_path / "mine"
    source.mkdir()
    for name in TEXTS:
        shutil.copy(DATA / name, source / name)
    library = EmbeddedLibrary.open(tmp_path / "first", with_bundled=False)
    try:
        library.add_folder(source)
        export_library(library, tmp_path / "export")
    finally:
        library.close()
    manifest = json.loads((tmp_path / "export" / MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["documents"]) == 2
    return tmp_path / "export"


def edit_manifest(export: Path, change: object) -> None:
    path = export / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    change(manifest)  # type: ignore[operator]
    path.write_text(json.dumps(manifest), encoding="utf-8")


def import_into_new(tmp_path: Path, export: Path) -> tuple[list[str], Exception | None]:
    """Import ``export`` into a new library: its documents after, and what was raised."""
    library = EmbeddedLibrary.open(tmp_path / "second", with_bundled=False)
    raised: Exception | None = None
    try:
        import_library(library, export)
    except LibraryError as exc:
        raised = exc
    keys = [entry.key for entry in library.entries()]
    library.close()
    return keys, raised


GOOD_ROW = {
    "id": 1,
    "left_sha": "a" * 64,
    "right_sha": "b" * 64,
    "left_name": "left.txt",
    "right_name": "right.txt",
    "kind": "link",
    "made_at": "2026-01-01T00:00:00.000000Z",
    "left_label": "1.",
    "left_text": "x",
    "left_digest": "d",
    "right_label": "1.",
    "right_text": "y",
    "right_digest": "e",
}


@pytest.mark.parametrize(
    "bad_row",
    [
        {**GOOD_ROW, "left_sha": ["x"]},
        {**GOOD_ROW, "kind": "merge"},
        {"forget": 3},
        [1, 2],
        {**GOOD_ROW, "left_text": 1e308},
    ],
)
def test_a_bad_decision_row_refuses_the_whole_export(
    tmp_path: Path, export: Path, bad_row: object
) -> None:
    edit_manifest(export, lambda m: m["decisions"].extend([GOOD_ROW, bad_row]))
    keys, raised = import_into_new(tmp_path, export)
    assert raised is not None
    assert "decision 2 is not a decision; nothing was imported" in str(raised)
    assert keys == []


def test_the_good_rows_of_a_sound_export_are_imported(tmp_path: Path, export: Path) -> None:
    edit_manifest(export, lambda m: m["decisions"].append(GOOD_ROW))
    library = EmbeddedLibrary.open(tmp_path / "second", with_bundled=False)
    try:
        done = import_library(library, export)
        assert [o.status for o in done.outcomes] == [ImportStatus.ADDED] * 2
        assert done.decisions == 1
        assert len(library.decisions().rows()) == 1
    finally:
        library.close()


@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero", "too large", "folder"])
def test_an_original_that_is_not_a_regular_file_of_20_mb_is_refused_at_once(
    tmp_path: Path, export: Path, kind: str
) -> None:
    original = next((export / "originals").rglob("*.txt"))
    original.unlink()
    if kind == "fifo":
        os.mkfifo(original)
    elif kind == "link to /dev/zero":
        original.symlink_to("/dev/zero")
    elif kind == "folder":
        original.mkdir()
    else:
        big = b"Article premier. " * (21 * 1024 * 1024 // 17)
        original.write_bytes(big)
    keys, raised = import_into_new(tmp_path, export)  # a fifo read would wait for ever
    assert raised is not None
    assert "\n" not in str(raised)
    assert keys == []


def test_a_folder_import_keeps_the_good_files_and_says_which_failed_and_why(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    for name in TEXTS:
        shutil.copy(DATA / name, folder / name)
    (folder / "undefined.html").write_bytes(
        b'<html><head><meta charset="undefined"></head><body><p>D\xe9claration.</p></body></html>'
    )
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    library = EmbeddedLibrary.open(tmp_path / "library", with_bundled=False)
    try:
        outcomes = {Path(o.source).name: o for o in library.add_paths([folder])}
        assert len(library.entries()) == 3
    finally:
        library.close()
    # A page declaring a charset that is no text encoding is read as one declaring none.
    assert {name: o.status for name, o in outcomes.items()} == {
        TEXTS[0]: ImportStatus.ADDED,
        TEXTS[1]: ImportStatus.ADDED,
        "undefined.html": ImportStatus.ADDED,
        "binary.txt": ImportStatus.FAILED,
    }
    for name in ("binary.txt",):
        message = outcomes[name].message
        assert message.startswith(str(folder / name))
        assert "\n" not in message


def test_a_folder_whose_path_is_too_long_is_skipped_and_said(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(DATA / TEXTS[0], folder / TEXTS[0])
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        for _ in range(30):  # 30 times 200 characters: longer than PATH_MAX (4,096)
            os.mkdir("d" * 200, dir_fd=descriptor)
            inner = os.open("d" * 200, os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        bottom = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
        os.write(bottom, (DATA / TEXTS[1]).read_bytes())
        os.close(bottom)
    finally:
        os.close(descriptor)
    library = EmbeddedLibrary.open(tmp_path / "library", with_bundled=False)
    try:
        outcomes = library.add_paths([folder])
    finally:
        library.close()
    assert [Path(o.source).name for o in outcomes if o.status is ImportStatus.ADDED] == [TEXTS[0]]
    (failed,) = [o for o in outcomes if o.status is ImportStatus.FAILED]
    assert "too long" in failed.message


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("key", "../../../../escaped"),
        ("file", "../../../../etc/hostname"),
        ("file", "originals/" + "x" * 5000),
        ("file", "originals/a\0b"),
    ],
)
def test_an_exports_names_and_keys_are_never_paths(
    tmp_path: Path, export: Path, field: str, value: str
) -> None:
    def change(manifest: dict[str, list[dict[str, object]]]) -> None:
        manifest["documents"][0][field] = value

    edit_manifest(export, change)
    keys, raised = import_into_new(tmp_path, export)
    assert raised is not None
    assert "\n" not in str(raised)
    assert keys == []
    assert not (tmp_path / "escaped").exists()
