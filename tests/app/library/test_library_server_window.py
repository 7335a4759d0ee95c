"""The window on a team library: File > Library server… tries an address and keeps it; a window
started with a server lists and searches the server's documents; an unreachable server gives a
message in French and a temporary library."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly, open_library
from app.shell.settings import Settings, SettingsStore
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.library.server.library import ServerLibrary
from widgets.actions import Act
from widgets.serverdialog import LibraryServerDialog

from tests.app.conftest import open_reading
from tests.corpus.test_library_backends import UKRAINE, text_file


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _dialog(qapp: QApplication) -> LibraryServerDialog:
    found = [w for w in qapp.topLevelWidgets() if isinstance(w, LibraryServerDialog)]
    assert found
    return found[-1]


def test_the_dialog_tries_an_address_and_keeps_it_for_the_next_start(
    qtbot: QtBot,
    qapp: QApplication,
    settings_path: Path,
    server_address: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    reading = open_reading(qtbot, settings_path)
    reading.window.action(Act.LIBRARY_SERVER).trigger()
    dialog = _dialog(qapp)
    assert dialog.windowTitle() == "Serveur de bibliothèque"
    dialog.address.setText(f"postgresql://analyste:secret@127.0.0.1:{_closed_port()}/equipe")
    dialog.test.click()
    qtbot.waitUntil(lambda: dialog.test.isEnabled(), timeout=30000)
    assert "est injoignable" in dialog.outcome.text()
    assert "rien n’a été modifié" in dialog.outcome.text()
    assert "secret" not in dialog.outcome.text()
    dialog.address.setText("mysql://nope")
    dialog.buttons.accepted.emit()  # OK on an address that is not one: refused, kept open
    assert "Pas une adresse de serveur" in dialog.outcome.text()
    assert dialog.isVisible()
    dialog.address.setText(server_address)
    dialog.test.click()
    qtbot.waitUntil(lambda: dialog.test.isEnabled(), timeout=30000)
    assert dialog.outcome.text().startswith("✓ Connecté à postgresql://")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: reading.replaced_by is not None, timeout=60000)
    assert SettingsStore(settings_path).load().library_url == server_address
    assert reading.replaced_by is not None
    reading.replaced_by.controller.wait()
    reading.replaced_by.window.close()


def _choose(qtbot: QtBot, qapp: QApplication, reading: WindowAssembly, address: str) -> None:
    """File > Library server…, ``address`` typed, OK."""
    reading.window.action(Act.LIBRARY_SERVER).trigger()
    dialog = _dialog(qapp)
    dialog.address.setText(address)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_server_chosen_takes_effect_at_once_and_a_failure_keeps_the_library(
    qtbot: QtBot,
    qapp: QApplication,
    settings_path: Path,
    server_address: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    shared = ServerLibrary.open(server_address)  # a colleague's import
    shared.add_file(text_file(UKRAINE))
    shared.close()
    reading = open_reading(qtbot, settings_path)
    assert isinstance(reading.library, EmbeddedLibrary)
    assert not any(e.source.endswith(UKRAINE) for e in reading.library_controller.entries())

    _choose(qtbot, qapp, reading, server_address)
    # The window answers while the server is opened and listed in the background.
    assert reading.replaced_by is None
    assert "Ouverture" in reading.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: reading.replaced_by is not None, timeout=60000)
    team = reading.replaced_by
    assert team is not None
    qtbot.addWidget(team.window)
    assert isinstance(team.library, ServerLibrary)
    assert not reading.window.isVisible()
    assert team.window.isVisible()
    assert team.window.library_dock.windowTitle().startswith("Bibliothèque de l’équipe : ")
    assert any(e.source.endswith(UKRAINE) for e in team.library_controller.entries())
    # The same comparison, opened again on the new library.
    qtbot.waitUntil(lambda: team.controller.specs == reading.controller.specs, timeout=60000)
    team.search.set_query("strategic partnership")
    with qtbot.waitSignal(team.search.results_ready, timeout=30000) as found:
        team.search.search_now()
    assert any(h.path.endswith(UKRAINE) for h in found.args[0].hits)  # the server's text
    assert SettingsStore(settings_path).load().library_url == server_address

    unreachable = f"postgresql://analyste:secret@127.0.0.1:{_closed_port()}/equipe"
    _choose(qtbot, qapp, team, unreachable)
    qtbot.waitUntil(lambda: _error_box(qapp) is not None, timeout=60000)
    box = _error_box(qapp)
    assert box is not None
    assert "n’a pas pu être ouverte" in box.text()
    assert "est injoignable" in box.text()
    assert "reste ouverte" in box.text()
    assert "secret" not in box.text()
    box.close()
    assert team.replaced_by is None
    assert isinstance(team.library, ServerLibrary)
    assert len(team.library) == 6  # still open, still the team's
    assert SettingsStore(settings_path).load().library_url == server_address

    _choose(qtbot, qapp, team, "")  # back to the library on this computer
    qtbot.waitUntil(lambda: team.replaced_by is not None, timeout=60000)
    home = team.replaced_by
    assert home is not None
    qtbot.addWidget(home.window)
    assert isinstance(home.library, EmbeddedLibrary)
    assert not any(e.source.endswith(UKRAINE) for e in home.library_controller.entries())
    assert SettingsStore(settings_path).load().library_url == ""
    home.controller.wait()
    home.window.close()


def _error_box(qapp: QApplication) -> QMessageBox | None:
    found = [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "error_box" and w.isVisible()
    ]
    return found[-1] if found else None


def test_a_window_started_on_a_server_lists_and_searches_it(
    qtbot: QtBot,
    settings_path: Path,
    server_address: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    shared = ServerLibrary.open(server_address)  # a colleague's import
    shared.add_file(text_file(UKRAINE))
    shared.close()
    SettingsStore(settings_path).save(Settings(language="fr", library_url=server_address))
    reading = open_reading(qtbot, settings_path)
    assert isinstance(reading.library, ServerLibrary)
    # The library panel says it is the team's, on which server and database (no password).
    host = server_address.split("@")[-1].split(":")[0]
    host_and_base = f"{host}/{server_address.rsplit('/')[-1]}"
    title = reading.window.library_dock.windowTitle()
    assert title == f"Bibliothèque de l’équipe : {host_and_base}"
    entries = reading.library_controller.entries()
    assert len(entries) == 6
    assert any(e.source.endswith(UKRAINE) for e in entries)
    # A colleague's text, never opened on this computer, opens on a side: fetched then.
    ukraine = next(e for e in entries if e.source.endswith(UKRAINE))
    assert not Path(ukraine.path).exists()
    with qtbot.waitSignal(reading.controller.comparison_ready, timeout=60000):
        reading.controller.open_side("left", ukraine.path)
    assert reading.reader.comparison is not None
    assert reading.reader.comparison.left.document.path == ukraine.path
    reading.search.set_query("strategic partnership")
    with qtbot.waitSignal(reading.search.results_ready, timeout=30000) as found:
        reading.search.search_now()
    assert found.args[0].total > 0
    assert all(Path(h.path).is_file() for h in found.args[0].hits)
    reading.controller.wait()
    reading.window.close()


def test_an_unreachable_server_gives_a_temporary_library_and_says_why(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIS_A_VIS_LIBRARY_URL", f"postgresql://127.0.0.1:{_closed_port()}/team")
    library, notices = open_library()
    try:
        assert not isinstance(library, ServerLibrary)
        assert len(library) == 5
        assert len(notices) == 1
        assert "temporaire" in notices[0]
        assert "est injoignable" in notices[0]
    finally:
        library.close()
        shutil.rmtree(library.location, ignore_errors=True)
