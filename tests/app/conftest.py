"""Fixtures for the application's tests: a settings file in tmp_path, a built window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly, build
from app.shell.settings import Settings, SettingsStore
from widgets.actions import Act
from widgets.synoptic import SynopticRow


@pytest.fixture
def settings_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings file of the test's own, in French whatever the machine's locale."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("VIS_A_VIS_SETTINGS", str(path))  # never the user's own settings
    SettingsStore(path).save(Settings(language="fr"))
    return path


def open_reading(
    qtbot: QtBot, settings_path: Path, left: str = "", right: str = ""
) -> WindowAssembly:
    """Build the window, wait for its comparison, show it."""
    built = build(SettingsStore(settings_path), left, right)
    qtbot.addWidget(built.window)
    # The result comes back through the event loop, which only runs inside waitSignal.
    with qtbot.waitSignal(built.controller.comparison_ready, timeout=30000):
        pass
    built.window.resize(1500, 900)
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


@pytest.fixture
def reading(qtbot: QtBot, settings_path: Path) -> Iterator[WindowAssembly]:
    """The window on the default pair (Moscow 2004 / charter 2026), shown and computed."""
    built = open_reading(qtbot, settings_path)
    yield built
    built.controller.wait()


def synoptic_rows_shown(qtbot: QtBot, reading: WindowAssembly) -> list[SynopticRow]:
    """Switch to the synoptic view and wait for its rows (made in the background) to show."""
    reading.window.action(Act.SYNOPTIC).setChecked(True)
    synoptic = reading.window.synoptic
    qtbot.waitUntil(lambda: not synoptic.is_preparing(), timeout=30000)
    assert synoptic.model().rowCount() == len(synoptic.rows())
    return synoptic.rows()
