"""Settings: a round trip through an INI file, bad values, and a migration from version 1."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.shell.settings import SCHEMA_VERSION, Settings, SettingsStore


def test_round_trip(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    saved = Settings(
        left="moscou",
        right="/home/me/charte.txt",
        geometry=b"\x01\x02geom",
        sync_scroll=False,
        synoptic=True,
        hidden_families=("terrorism", "sovereignty"),
        point_size=14,
        language="en",
        threshold=0.35,
        min_words=7,
    )
    SettingsStore(path).save(saved)
    assert SettingsStore(path).load() == saved
    assert f"schema_version={SCHEMA_VERSION}" in path.read_text(encoding="utf-8")


def test_missing_file_and_bad_values_give_defaults(qapp: QApplication, tmp_path: Path) -> None:
    assert SettingsStore(tmp_path / "absent.ini").load() == Settings()
    path = tmp_path / "bad.ini"
    path.write_text(
        "[General]\npoint_size=huge\nthreshold=x\nsync_scroll=maybe\n", encoding="utf-8"
    )
    loaded = SettingsStore(path).load()
    assert loaded.point_size == Settings().point_size
    assert loaded.threshold == Settings().threshold
    assert loaded.sync_scroll is False


def test_migration_from_version_1(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("schema_version", 1)
    old.setValue("pair", "2004-02-06_russie|2026-02_azerbaidjan")
    old.setValue("point_size", 13)
    old.sync()
    loaded = SettingsStore(path).load()
    assert (loaded.left, loaded.right) == ("2004-02-06_russie", "2026-02_azerbaidjan")
    assert loaded.point_size == 13
