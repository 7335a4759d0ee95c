"""File > Library server…: choose the team library's server, try it, keep it for the next start.

The try runs off the interface's thread (an unreachable server takes seconds to say so); the
address chosen is saved in the settings (``library_url``) and opened at the next start, since
the window's library, searches and decisions all hang on the one opened at start.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.shell.messages import for_user, server_probed
from app.shell.workers import LatestOnlyWorker
from corpus.errors import LibraryError
from corpus.library.connect import (
    ADDRESS_VARIABLE,
    check_address,
    is_server_address,
    library_address,
    probe,
)
from widgets.actions import Act
from widgets.mainwindow import MainWindow
from widgets.serverdialog import LibraryServerDialog


def connect_server_settings(
    window: MainWindow, keep: Callable[[str], None], configured: str
) -> None:
    """Wire File > Library server…; ``keep`` saves the address chosen."""
    chosen = [configured]

    def ask() -> None:
        dialog = server_dialog(window, chosen[0])

        def accept() -> None:
            try:
                check_address(dialog.chosen())
            except LibraryError as exc:
                dialog.show_result(False, for_user(exc))
                return
            chosen[0] = dialog.chosen()
            keep(chosen[0])
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "server", "La bibliothèque choisie s’ouvrira au prochain démarrage."
                ),
                10000,
            )
            dialog.accept()

        dialog.buttons.accepted.disconnect()
        dialog.buttons.accepted.connect(accept)
        dialog.open()

    window.action(Act.LIBRARY_SERVER).triggered.connect(ask)


def server_dialog(window: MainWindow, configured: str) -> LibraryServerDialog:
    """The dialog, its "test connection" answered in the background."""
    note = ""
    if library_address() != configured.strip() and library_address():
        note = QCoreApplication.translate(
            "server", "{0} est défini dans l’environnement : il l’emporte sur cette adresse."
        ).format(ADDRESS_VARIABLE)
    dialog = LibraryServerDialog(configured, note, window)
    dialog.setObjectName("server_dialog")
    worker = LatestOnlyWorker(parent=dialog)
    worker.finished.connect(
        lambda found: dialog.show_result(True, server_probed(found.location, found.documents))
    )
    worker.failed.connect(lambda error: dialog.show_result(False, for_user(error)))
    dialog.test_requested.connect(lambda address: worker.submit(lambda: probe(address)))
    dialog.finished.connect(lambda _result: worker.wait())
    return dialog


def server_name(location: str) -> str:
    """``host/database`` of a library server's location, empty for a folder of this computer."""
    if not is_server_address(location):
        return ""
    parts = urlsplit(location)
    return f"{parts.hostname or ''}{parts.path}"
