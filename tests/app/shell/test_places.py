"""Recent comparisons (File menu, the last ten, kept across a restart) and file dialogs that
open in the folder of the last file chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.application import DEFAULT_PAIR, WindowAssembly
from app.shell.places import RECENT_COUNT, Places
from widgets.actions import Act

from tests.app.conftest import open_reading

CHINA = "2025-04-23_azerbaidjan-chine_partenariat-strategique-global"
VIETNAM = "2025-05-07_vietnam-azerbaidjan_partenariat-strategique"
DATA = Path(__file__).resolve().parents[2] / "data" / "texts"


def _entries(reading: WindowAssembly) -> list[str]:
    return [a.text() for a in reading.window.recent_menu.actions()]


def test_places_keep_ten_comparisons_newest_first_each_once() -> None:
    places = Places()
    for number in range(RECENT_COUNT + 3):
        places.opened(f"l{number}", "r")
    places.opened("l5", "r")
    assert places.recent[0] == ("l5", "r")
    assert len(places.recent) == RECENT_COUNT
    assert len(set(places.recent)) == RECENT_COUNT
    again = Places(places.stored_recent())
    assert again.recent == places.recent


def test_recent_comparisons_are_listed_kept_and_reopened(qtbot: QtBot, settings_path: Path) -> None:
    reading = open_reading(qtbot, settings_path)
    assert len(_entries(reading)) == 1
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=60000):
        reading.controller.open_pair(CHINA, VIETNAM)
    entries = _entries(reading)
    assert len(entries) == 2
    assert entries[0].startswith(CHINA)
    reading.window.close()
    reading.controller.wait()
    # A restart: the list is still there; its second entry opens the default pair again.
    again = open_reading(qtbot, settings_path)
    assert _entries(again) == entries
    with qtbot.waitSignal(again.controller.comparison_ready, timeout=60000):
        again.window.recent_menu.actions()[1].trigger()
    assert again.controller.specs == (DEFAULT_PAIR[0], DEFAULT_PAIR[1])
    assert _entries(again)[0] == entries[1]
    again.controller.wait()


def test_file_dialogs_open_where_the_last_file_was_chosen(
    qtbot: QtBot, reading: WindowAssembly, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    chosen = DATA / "nl-bwb__accord-culturel-nl-grece.txt"

    def fake_open(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        asked.append(folder)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=60000):
        reading.window.action(Act.OPEN_LEFT).trigger()
    reading.window.action(Act.OPEN_RIGHT).trigger()
    assert asked[0] != str(DATA)
    assert asked[1] == str(DATA)  # the second dialog opens where the first file was
    reading.controller.wait()
    assert reading.current_settings().folder == str(DATA)
