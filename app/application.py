"""The window's composition root: the QApplication, the window, its controllers, settings.

Only here are the QApplication and the MainWindow created; ``app.comparison.wiring`` connects them.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import traceback
from dataclasses import replace
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QRect,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.comparison import export_wiring, wiring
from app.comparison.controller import ComparisonController
from app.comparison.reader import ComparisonView
from app.comparison.wiring import show_warning
from app.help.windows import HelpWindows
from app.library import report_wiring, server_wiring
from app.library import wiring as library_wiring
from app.library.controller import LibraryController
from app.library.search import LibrarySearchController
from app.library.search_model import ConcordanceModel
from app.library.timeline import TimelineController
from app.library.timeline_wiring import TimelineWiring
from app.report.runner import ExportRunner
from app.review.controller import ReviewController
from app.review.wiring import connect_review
from app.shell import i18n, screen_fit
from app.shell.appearance import Appearance
from app.shell.fonts import register_bundled_fonts
from app.shell.icon import application_icon
from app.shell.messages import for_user
from app.shell.places import Places
from app.shell.settings import Settings, SettingsStore
from app.shell.workers import InOrderWorker
from corpus.compare.comparison import CompareSettings
from corpus.errors import CorpusError, LibraryError, Reason
from corpus.formulas import finder as formulas
from corpus.library.api import DecisionBook, Library, LibraryEntry
from corpus.library.connect import library_address
from corpus.library.connect import open_library as open_chosen_library
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.model import Document
from corpus.text.documents import names_a_document, open_document
from widgets.actions import Act
from widgets.mainwindow import MainWindow

APPLICATION_NAME = "Vis-à-vis"
ORGANIZATION_NAME = "Vis-a-vis"

# The comparison shown at first start: Moscow 2004 (left) against the 2026 charter (right).
DEFAULT_PAIR = (
    "2004-02-06_russie-azerbaidjan_declaration-de-moscou",
    "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique",
)


def default_settings_path() -> Path:
    """Where settings live: the user's config folder (``VIS_A_VIS_SETTINGS`` overrides it)."""
    override = os.environ.get("VIS_A_VIS_SETTINGS")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("vis-a-vis")) / "settings.ini"


def interface_language(settings: Settings) -> str:
    """The saved choice, else French where the system is French, English elsewhere."""
    if settings.language in ("fr", "en"):
        return settings.language
    return i18n.system_language()


class WindowAssembly:
    """The composition root: the open window, its controllers, views and settings, made and wired
    together here, and kept together so that nothing is garbage-collected."""

    def __init__(
        self,
        store: SettingsStore,
        settings: Settings,
        language: str,
        library: Library,
        available: QRect | None = None,
        listed: list[LibraryEntry] | None = None,
    ) -> None:
        self.store = store
        self.library = library
        self.library_url = settings.library_url  # the server chosen for the next start
        # The screen's room, when simulated (tests, ``open --size``); else the window's screen's.
        self.available = available
        catalogue = formulas.load_catalogue(formulas.default_user_catalogue_path())
        self.window = MainWindow()
        self.window.setWindowTitle(APPLICATION_NAME)
        self.controller = ComparisonController(
            catalogue,
            CompareSettings(settings.threshold, settings.min_words),
            opener=partial(open_with_library_meta, library),
            fallback=DEFAULT_PAIR,
        )
        self.reader = ComparisonView(self.window, catalogue, language)
        self.library_controller = LibraryController(library, self.window, listed)
        self.search = LibrarySearchController(library.index, catalogue, self.window)
        self.results = ConcordanceModel(self.window)
        self.review = ReviewController(_decision_store(library), self.window)
        self.places = Places(settings.recent, settings.folder)
        wiring.connect(self.window, self.reader, self.controller, self.places)
        connect_review(self.window, self.reader, self.controller, self.review)
        library_wiring.connect_library(
            self.window, self.reader, self.controller, self.library_controller, self.places
        )
        self.where_else = library_wiring.connect_search(
            self.window, self.reader, self.controller, self.search, self.results, self.places
        )
        self.timeline = TimelineController(library.index, self.window, language=language)
        self.timeline_wiring = TimelineWiring(self.window, self.timeline, settings, language)
        self.exports = ExportRunner(self.window)
        export_wiring.connect_exports(
            self.window, self.reader, self.controller, self.library_controller, self.exports
        )
        report_wiring.connect_search_report(
            self.window, self.search, self.library_controller, self.exports, self.places, language
        )
        self.appearance = Appearance(self.window, settings.appearance)
        wiring.connect_appearance(self.window, self.appearance)
        self._apply(settings, language)
        for problem in catalogue.problems:
            QTimer.singleShot(0, lambda p=problem: self.window.statusBar().showMessage(p, 15000))
        # Results follow the library: a removed document leaves them, a new one joins them.
        self.library_controller.entries_changed.connect(lambda _entries: self.search.refresh())
        self.library_controller.entries_changed.connect(lambda _entries: self.timeline.refresh())
        self.window.closing.connect(self.shut_down)
        self.window.action(Act.LANGUAGE_FR).triggered.connect(self._to_french)
        self.window.action(Act.LANGUAGE_EN).triggered.connect(self._to_english)
        self.help = HelpWindows(self.window, language)
        server_wiring.connect_server_settings(self.window, self._choose_server, self.library_url)
        self.window.set_library_place(server_wiring.server_name(library.location), library.location)
        self.replaced_by: WindowAssembly | None = None
        self._shut_down = False
        # The library chosen in File > Library server…, opened in the background.
        self._opening = InOrderWorker(self.window)
        self._opening.finished.connect(self._on_library_opened)
        self._opening.failed.connect(self._on_library_failed)
        self._wanted = self.library_url
        self._importing = False
        self.library_controller.busy_changed.connect(self._on_import_busy)
        self._waiting: server_wiring.OpenedLibrary | None = None

    def _choose_server(self, address: str) -> None:
        """Open the library chosen in the dialog in the background; the window moves to it
        once it is open (:meth:`_on_library_opened`), or keeps its own and says why not."""
        self._wanted = address
        self.window.statusBar().showMessage(
            QCoreApplication.translate("server", "Ouverture de la bibliothèque choisie…")
        )
        self._opening.submit(partial(server_wiring.opened_library, address))

    def _on_library_opened(self, opened: object) -> None:
        assert isinstance(opened, server_wiring.OpenedLibrary)
        if opened.address != self._wanted or self.replaced_by is not None:
            opened.library.close()  # another was chosen since
            return
        if self._importing:  # an import into the present library finishes first
            if self._waiting is not None:
                self._waiting.library.close()
            self._waiting = opened
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "server", "La bibliothèque choisie s’ouvrira à la fin de l’importation."
                )
            )
            return
        self.move_to_library(opened)

    def _on_import_busy(self, busy: bool) -> None:
        self._importing = busy
        if not busy and self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            QTimer.singleShot(0, lambda: self._on_library_opened(waiting))

    def _on_library_failed(self, error: object) -> None:
        self._wanted = self.library_url
        cause = for_user(error) if isinstance(error, BaseException) else str(error)
        show_warning(
            self.window,
            QCoreApplication.translate(
                "server", "La bibliothèque choisie n’a pas pu être ouverte : {0}"
            ).format(cause)
            + "\n"
            + QCoreApplication.translate("server", "La bibliothèque actuelle reste ouverte."),
        )

    def move_to_library(self, opened: server_wiring.OpenedLibrary) -> None:
        """Rebuild the window on another library (its list read already), on the same
        comparison, language and geometry; the previous library is closed once its window's
        work is done. The address is kept for the next start."""
        self.library_url = opened.address
        settings = self.current_settings()
        self.store.save(settings)
        self.window.closing.disconnect(self.shut_down)
        self.wait()
        successor = WindowAssembly(
            self.store,
            settings,
            self.reader.language,
            opened.library,
            self.available,
            listed=opened.entries,
        )
        successor.open(*self.controller.specs)
        successor.window.show()
        notices = list(opened.library.notices)
        QTimer.singleShot(0, lambda: library_wiring.show_notices(successor.window, notices))
        self.replaced_by = successor
        self._close_work()
        self.window.close()
        self.library.close()
        successor.window.statusBar().showMessage(
            QCoreApplication.translate("server", "Bibliothèque ouverte : {0}").format(
                opened.library.location
            ),
            10000,
        )

    def _to_french(self) -> None:
        self.switch_language("fr")

    def _to_english(self) -> None:
        self.switch_language("en")

    def switch_language(self, language: str) -> None:
        """Rebuild the window in another language, on the same comparison and geometry."""
        if language == self.reader.language:
            return
        settings = replace(self.current_settings(), language=language)
        self.store.save(settings)
        i18n.install(QApplication.instance(), language)  # type: ignore[arg-type]
        self.window.closing.disconnect(self.shut_down)
        self.wait()
        successor = WindowAssembly(self.store, settings, language, self.library, self.available)
        successor.open(*self.controller.specs)
        self.where_else.carry_to(successor.where_else)
        successor.window.show()
        self.replaced_by = successor
        self.window.close()

    def _apply(self, settings: Settings, language: str) -> None:
        window, reader, actions = self.window, self.reader, self.window.action
        reader.hidden = set(settings.hidden_families)
        available = self.available or screen_fit.available_geometry(window)
        if settings.geometry:
            window.restoreGeometry(settings.geometry)
            if not (window.isMaximized() or window.isFullScreen()):
                window.setGeometry(screen_fit.clamped(window.geometry(), available))
        else:
            window.setGeometry(screen_fit.first_start_geometry(available))
        if settings.window_state:
            window.restoreState(settings.window_state)
        else:
            window.first_start_layout(screen_fit.side_docks_fit(available))
        actions(Act.SYNC_SCROLL).setChecked(settings.sync_scroll)
        reader.set_sync_scroll(settings.sync_scroll)
        actions(Act.SYNOPTIC).setChecked(settings.synoptic)
        reader.set_synoptic(settings.synoptic)
        actions(Act.LANGUAGE_EN if language == "en" else Act.LANGUAGE_FR).setChecked(True)
        for pane in (window.left_pane, window.right_pane):
            pane.set_point_size(settings.point_size)

    def open(self, left: str, right: str) -> None:
        """Open a comparison; a remembered document that is gone since is quietly replaced by
        the default one of its side."""
        left, right = (spec if names_a_document(spec) else "" for spec in (left, right))
        self.controller.open_pair(left or DEFAULT_PAIR[0], right or DEFAULT_PAIR[1])

    def current_settings(self) -> Settings:
        window, left, right = self.window, *self.controller.specs
        language = "en" if window.action(Act.LANGUAGE_EN).isChecked() else "fr"
        measure, split, table = self.timeline_wiring.choices()
        return Settings(
            left=left,
            right=right,
            geometry=bytes(window.saveGeometry().data()),
            window_state=bytes(window.layout_state().data()),
            sync_scroll=window.action(Act.SYNC_SCROLL).isChecked(),
            synoptic=window.action(Act.SYNOPTIC).isChecked(),
            hidden_families=tuple(sorted(self.reader.hidden)),
            point_size=window.left_pane.point_size(),
            language=language,
            appearance=self.appearance.choice,
            threshold=self.controller.settings.threshold,
            min_words=self.controller.settings.min_words,
            library_url=self.library_url,
            recent=self.places.stored_recent(),
            folder=self.places.folder,
            timeline_measure=measure,
            timeline_split=split,
            timeline_table=table,
        )

    def save(self) -> None:
        self.store.save(self.current_settings())

    def wait(self) -> None:
        """Let the background work finish (imports are never cut short)."""
        self.library_controller.wait()
        self.exports.wait()
        self.search.wait()
        self.timeline.wait()
        self.controller.wait()
        self.reader.wait()

    def shut_down(self) -> None:
        """The window closes: save the settings, finish the imports, close the library. Once:
        a window closed again (its platform window kept) finds everything closed already."""
        if self._shut_down:
            return
        self._shut_down = True
        self.save()
        self._close_work()
        self.library.close()
        if self._waiting is not None:
            self._waiting.library.close()

    def _close_work(self) -> None:
        """Finish the window's background work and report nothing more."""
        self.exports.wait()  # an export under way is written whole
        self._opening.close()
        self.search.close()
        self.timeline.close()
        self.library_controller.close()
        # A comparison still on its way would be read against the closed library's decisions.
        self.controller.close()
        self.reader.close()


def _decision_store(library: Library) -> DecisionBook | None:
    """The analyst's decisions in the library; none (decisions last the session) if the
    library cannot keep them."""
    try:
        return library.decisions()
    except CorpusError:
        return None


def open_with_library_meta(library: Library, spec: str) -> Document:
    """Open a document by path or bundled id, with the metadata the library holds for it (the
    user's edits), when the library has it; a team server's text is fetched first if this
    computer has no copy yet (the list names where texts go without fetching them)."""
    with contextlib.suppress(LibraryError):  # out of reach: opening the path says what is missing
        library.index.ensure_local(spec)
    document = open_document(spec)
    try:
        meta = library.index.meta_at(document.path)
    except LibraryError:
        return document  # a library gone bad must not stop a comparison
    return document if meta is None else replace(document, meta=meta)


def open_library(configured: str = "") -> tuple[Library, list[str]]:
    """The user's library, and what to tell the user about opening it: the team server named
    by ``VIS_A_VIS_LIBRARY_URL`` or the settings (``configured``), else the embedded one.

    When the data folder cannot be used (read-only, full, no permission: nothing in it is
    touched), a library in a temporary folder lets the session go on, and the user is told why
    and that what is added will not be kept.

    Raises:
        LibraryError: not even a temporary library can be made (every disk is full).
    """
    try:
        library = open_chosen_library(library_address(configured))
    except LibraryError as exc:
        notice = QCoreApplication.translate(
            "application",
            "La bibliothèque ne peut pas être ouverte : {0}. Cette session utilise une "
            "bibliothèque temporaire : ce que vous y ajoutez ne sera pas gardé.",
        ).format(for_user(exc))
        return _temporary_library(), [notice]
    return library, list(library.notices)


def _temporary_library() -> Library:
    import atexit
    import shutil
    import tempfile

    failure: Exception = LibraryError(Reason.NO_TEMPORARY_FOLDER)
    for parent in (None, "/dev/shm"):  # /dev/shm: memory, when the temporary disk is full too
        try:
            folder = Path(tempfile.mkdtemp(prefix="vis-a-vis-library-", dir=parent))
        except OSError as exc:
            failure = exc
            continue
        try:
            library = EmbeddedLibrary.open(folder)
        except LibraryError as exc:
            failure = exc
            shutil.rmtree(folder, ignore_errors=True)
            continue
        atexit.register(shutil.rmtree, folder, ignore_errors=True)  # not kept, as the user is told
        return library
    raise LibraryError(Reason.NO_LIBRARY_AT_ALL, cause=failure)


# A library that takes longer than this to open (a whole check after a crash) gets a progress box.
PATIENCE_SECONDS = 0.5


def open_library_patiently(configured: str = "") -> tuple[Library, list[str]]:
    """:func:`open_library` in a thread, with a progress box if it takes long, so the desktop
    never sees a program that does not answer (checking 100,000 documents takes 15 s)."""
    outcome: list[tuple[Library, list[str]] | BaseException] = []

    def run() -> None:
        try:
            outcome.append(open_library(configured))
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome.append(exc)

    thread = threading.Thread(target=run, name="open-library", daemon=True)
    thread.start()
    thread.join(PATIENCE_SECONDS)
    if thread.is_alive():
        box = QProgressDialog(
            QCoreApplication.translate("wiring", "Vérification de la bibliothèque…"), "", 0, 0
        )
        box.setObjectName("library_progress")
        box.setWindowTitle(APPLICATION_NAME)
        box.setCancelButton(None)
        box.setMinimumDuration(0)
        box.show()
        while thread.is_alive():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            thread.join(0.05)
        box.close()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def build(
    store: SettingsStore, left: str = "", right: str = "", available: QRect | None = None
) -> WindowAssembly:
    """Build the window from saved settings and open a comparison (the last one by default).

    ``available`` simulates the screen's available geometry (the real screen's by default).
    """
    settings = store.load()
    language = interface_language(settings)
    i18n.install(QApplication.instance(), language)  # type: ignore[arg-type]
    library, notices = open_library_patiently(settings.library_url)
    reading = WindowAssembly(store, settings, language, library, available)
    reading.open(left or settings.left, right or settings.right)
    # With those the library added while the window was made (its decisions' journal read).
    notices += [notice for notice in library.notices if notice not in notices]
    QTimer.singleShot(0, lambda: library_wiring.show_notices(reading.window, notices))
    # Sources changed on disk since their import are re-imported, in the background.
    QTimer.singleShot(0, reading.library_controller.refresh)
    return reading


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug shows a message instead of killing the window; the details go to stderr."""
    traceback.print_exception(kind, value, tb)
    app = QApplication.instance()
    if app is not None:
        QMessageBox.critical(None, APPLICATION_NAME, f"Erreur interne / internal error:\n{value}")


#: Messages the offscreen platform prints on every window shown: noise to a user.
_QUIET = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _qt_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message not in _QUIET:
        sys.stderr.write(message + "\n")


def create_application(argv: list[str]) -> QApplication:
    if "pytest" not in sys.modules:  # pytest-qt captures Qt's messages itself
        qInstallMessageHandler(_qt_messages)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setWindowIcon(application_icon())  # the window and every dialog
    app.setDesktopFileName("vis-a-vis")  # Wayland matches windows to vis-a-vis.desktop by it
    register_bundled_fonts()
    return app


def main(argv: list[str] | None = None) -> int:
    """Open the window on the last comparison (or the default one) and run until it closes."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "vis-a-vis: no screen found (DISPLAY is not set): run it from a desktop session, "
            "under xvfb-run, or with QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 1
    created = QApplication.instance() is None
    app = create_application(args)
    unknown = app.arguments()[1:] if created else []  # Qt took its own options out
    if unknown:
        print(
            f"vis-a-vis: the window takes no arguments: {' '.join(unknown)}; "
            "see 'vis-a-vis --help'",
            file=sys.stderr,
        )
        return 2
    previous_hook, sys.excepthook = sys.excepthook, _excepthook
    try:
        try:
            reading = build(SettingsStore(default_settings_path()))
        except LibraryError as exc:
            print(f"vis-a-vis: {exc}", file=sys.stderr)
            if QApplication.platformName() != "offscreen":  # nobody to close the box there
                QMessageBox.critical(None, APPLICATION_NAME, str(exc))
            return 2
        reading.window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
