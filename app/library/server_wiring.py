"""File > Library server…: choose the team library's server (or none: the library on this
computer), try it, and move the window to it.

The try and the opening run off the interface's thread (an unreachable server takes seconds to
say so; a first listing of a large team library, one): :func:`opened_library` is that work, and
the application (``app.application.WindowAssembly``) moves its window, controllers, list, search
and "where else" to the library once it is open, or keeps the one it has and says why not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.shell.messages import for_user, server_probed
from app.shell.workers import LatestOnlyWorker
from corpus.errors import LibraryError
from corpus.library.api import Library, LibraryEntry
from corpus.library.connect import (
    ADDRESS_VARIABLE,
    check_address,
    is_server_address,
    library_address,
    open_library,
    probe,
)
from widgets.actions import Act
from widgets.mainwindow import MainWindow
from widgets.serverdialog import LibraryServerDialog


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    """A library opened in the background for the window to move to, and its documents."""

    address: str
    library: Library
    entries: list[LibraryEntry]


def opened_library(address: str) -> OpenedLibrary:
    """Open the library at ``address`` (a server's, or ``""``: this computer's) and list it
    (run off the interface's thread).

    Raises:
        LibraryError: it cannot be opened or listed (nothing was changed).
    """
    library = open_library(library_address(address))
    try:
        return OpenedLibrary(address, library, library.entries())
    except BaseException:
        library.close()
        raise


def connect_server_settings(
    window: MainWindow, keep: Callable[[str], None], configured: str
) -> None:
    """Wire File > Library server…; ``keep`` is given the address chosen (it opens it)."""
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
            dialog.accept()
            keep(chosen[0])

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
