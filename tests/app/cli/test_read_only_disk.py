"""A screenshot, or a search's cache, on a read-only disk: a message and exit status 2, no
traceback."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from app.cli import open as open_command

from tests.app.cli.test_cli import run
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


def test_search_corpus_with_its_cache_on_a_read_only_disk(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "note.txt").write_text("Les Parties réaffirment la souveraineté.\n", "utf-8")
    with small_disk(tmp_path, 1) as disk:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        env = {**os.environ, "VIS_A_VIS_CACHE": str(disk / "cache")}
        result = run("search", "souveraineté", "--corpus", str(folder), env=env)
    assert result.returncode == 2
    assert "search cache cannot be written" in result.stderr
    assert "Traceback" not in result.stderr
