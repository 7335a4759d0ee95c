"""A data folder that cannot be written: the window opens on a temporary library and says why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.application import open_library


def test_an_unwritable_data_folder_gives_a_temporary_library(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VIS_A_VIS_DATA", str(blocker / "library"))
    library, notices = open_library()
    try:
        assert library.root != blocker / "library"
        assert len(library) == 5  # the bundled declarations, to read and search
        assert len(notices) == 1
        assert "temporaire" in notices[0]
        assert str(blocker) in notices[0]  # says which folder and why
        assert blocker.read_text(encoding="utf-8") == "not a folder"
    finally:
        library.close()
        shutil.rmtree(library.root, ignore_errors=True)
