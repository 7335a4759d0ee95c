"""Fonts shipped in the bundle are registered with Qt; outside a bundle nothing happens."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from app.shell import fonts

SYSTEM_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def test_outside_a_bundle_nothing_is_registered(qapp: QApplication) -> None:
    assert fonts.bundled_fonts_dir() is None
    assert fonts.register_bundled_fonts() == 0


@pytest.mark.skipif(not SYSTEM_FONT.is_file(), reason="needs Debian's fonts-dejavu-core")
def test_a_bundles_fonts_are_registered(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "fonts").mkdir()
    shutil.copy(SYSTEM_FONT, tmp_path / "fonts" / SYSTEM_FONT.name)
    (tmp_path / "fonts" / "LICENSE").write_text("not a font", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.bundled_fonts_dir() == tmp_path / "fonts"
    try:
        assert fonts.register_bundled_fonts() == 1
    finally:
        QFontDatabase.removeAllApplicationFonts()
    assert "DejaVu Sans" in QFontDatabase.families()
