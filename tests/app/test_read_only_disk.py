"""A screenshot asked for on a read-only disk: a message and exit status 2, no traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from app.cli import open as open_command

from tests.corpus.test_library_faults import small_disk


def test_a_screenshot_on_a_read_only_disk(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path, 1) as disk:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        pixmap = QPixmap(*open_command.MIN_SIZE)
        pixmap.fill()
        assert open_command._save(pixmap, disk / "shot.png") == 2
        assert "cannot write" in capsys.readouterr().err
        assert list(disk.iterdir()) == []
