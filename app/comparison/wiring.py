"""Where the comparison's signals are connected across layers: widgets ↔ reader ↔ controller.

The library and its search are wired in ``app.library.wiring``; exports and saved comparisons in
``app.comparison.export_wiring``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.comparison.controller import ComparisonController
from app.comparison.find import TextFinder
from app.comparison.reader import ComparisonView
from app.shell.appearance import Appearance
from app.shell.messages import for_user
from app.shell.places import Places, display_name
from corpus.model import Side
from corpus.text.formats import FORMATS
from widgets.actions import Act
from widgets.mainwindow import MainWindow


def connect(
    window: MainWindow,
    reader: ComparisonView,
    controller: ComparisonController,
    places: Places | None = None,
) -> None:
    """Wire the window, the reader and the comparison controller together; ``places`` keeps
    the recent comparisons and the dialogs' folder (none kept without it)."""
    places = places if places is not None else Places()
    connect_recent(window, controller, places)
    # The comparison reaches the reader through the review (app.review.wiring).
    controller.busy_changed.connect(window.set_busy)
    controller.busy_changed.connect(reader.show_busy)
    controller.failed.connect(lambda error: show_warning(window, error))
    controller.failed.connect(reader.show_summary)

    connect_find(window, reader)
    window.left_pane.clause_activated.connect(reader.select_left)
    window.right_pane.clause_activated.connect(reader.select_right)
    window.left_pane.scrolled.connect(reader.left_scrolled)
    window.right_pane.scrolled.connect(reader.right_scrolled)
    window.left_pane.view_changed.connect(reader.view_changed)
    window.right_pane.view_changed.connect(reader.view_changed)
    window.left_pane.file_dropped.connect(lambda path: controller.open_side(Side.LEFT, path))
    window.right_pane.file_dropped.connect(lambda path: controller.open_side(Side.RIGHT, path))
    window.left_overview.position_requested.connect(window.left_pane.scroll_to_fraction)
    window.right_overview.position_requested.connect(window.right_pane.scroll_to_fraction)
    window.synoptic.row_activated.connect(reader.select_row)
    window.synoptic.rows_wanted.connect(reader.make_synoptic_rows)
    window.legend.family_toggled.connect(reader.toggle_family)

    actions = window.action
    actions(Act.NEXT_PAIR).triggered.connect(reader.next_pair)
    actions(Act.PREVIOUS_PAIR).triggered.connect(reader.previous_pair)
    actions(Act.NEXT_UNPAIRED).triggered.connect(reader.next_unpaired)
    actions(Act.PREVIOUS_UNPAIRED).triggered.connect(reader.previous_unpaired)
    actions(Act.SYNOPTIC).toggled.connect(reader.set_synoptic)
    actions(Act.SYNC_SCROLL).toggled.connect(reader.set_sync_scroll)
    actions(Act.SWAP).triggered.connect(controller.swap)
    actions(Act.ZOOM_IN).triggered.connect(lambda: reader.zoom(1))
    actions(Act.ZOOM_OUT).triggered.connect(lambda: reader.zoom(-1))
    actions(Act.ZOOM_RESET).triggered.connect(lambda: reader.zoom(0))
    actions(Act.OPEN_LEFT).triggered.connect(
        lambda: _open_file(window, controller, Side.LEFT, places)
    )
    actions(Act.OPEN_RIGHT).triggered.connect(
        lambda: _open_file(window, controller, Side.RIGHT, places)
    )
    actions(Act.QUIT).triggered.connect(window.close)


def connect_find(window: MainWindow, reader: ComparisonView) -> TextFinder:
    """Find in the texts: the bar, F3 / Shift+F3, the matches kept across new texts."""
    finder = TextFinder(reader, window.find_bar)
    window.find_bar.query_changed.connect(finder.set_query)
    window.find_bar.next_requested.connect(finder.next)
    window.find_bar.previous_requested.connect(finder.previous)
    window.find_bar.closed.connect(finder.clear)
    # The synoptic view's rows come later than the texts: the matches are laid over them then.
    window.synoptic.preparing_changed.connect(lambda preparing: preparing or finder.refresh())
    window.action(Act.FIND_NEXT).triggered.connect(finder.next)
    window.action(Act.FIND_PREVIOUS).triggered.connect(finder.previous)
    reader.comparison_shown.connect(finder.refresh)
    return finder


def connect_appearance(window: MainWindow, appearance: Appearance) -> None:
    """View > Appearance: the system's, light or dark."""
    actions = window.action
    actions(Act.APPEARANCE_SYSTEM).triggered.connect(appearance.choose_system)
    actions(Act.APPEARANCE_LIGHT).triggered.connect(appearance.choose_light)
    actions(Act.APPEARANCE_DARK).triggered.connect(appearance.choose_dark)


def connect_recent(window: MainWindow, controller: ComparisonController, places: Places) -> None:
    """File > Recent comparisons: each comparison opened goes first; choosing one opens it."""

    def show() -> None:
        window.set_recent(
            [f"{display_name(left)}  ↔  {display_name(right)}" for left, right in places.recent]
        )

    def opened() -> None:
        if places.opened(*controller.specs):
            show()

    def chosen(index: int) -> None:
        if 0 <= index < len(places.recent):
            controller.open_pair(*places.recent[index])

    controller.comparison_ready.connect(opened)
    window.recent_chosen.connect(chosen)
    show()


def _open_file(
    window: MainWindow, controller: ComparisonController, side: Side, places: Places
) -> None:
    if side == Side.LEFT:
        title = QCoreApplication.translate("wiring", "Ouvrir une déclaration à gauche")
    else:
        title = QCoreApplication.translate("wiring", "Ouvrir une déclaration à droite")
    # The formats the program reads first; any file can still be chosen.
    filters = document_filter()
    path, _ = QFileDialog.getOpenFileName(window, title, places.start_in(), filters)
    if path:
        places.chose(path)
        controller.open_side(side, path)


def document_filter() -> str:
    """The file dialogs' filter: every format the program reads first, then any file."""
    patterns = " ".join(f"*{suffix}" for suffix in FORMATS)
    return QCoreApplication.translate("wiring", "Documents ({0});;Tous les fichiers (*)").format(
        patterns
    )


def show_warning(window: MainWindow, told: str | BaseException) -> None:
    """A warning box (window-modal, not blocking the event loop) and its first line in the status
    bar. A bad file gets one; what was shown stays as it was. An error is worded in the
    interface's language, naming the user's file (``app.shell.messages``); a text is shown as
    it is (the window's own words)."""
    message = told if isinstance(told, str) else for_user(told)
    window.statusBar().showMessage(message.splitlines()[0] if message else "", 10000)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("wiring", "Vis-à-vis"),
        message,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("error_box")
    box.open()
