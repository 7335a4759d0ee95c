"""The main window's shell: panes, connector strip, overview bars, docks, menus and actions.

It holds the widgets and the actions, and knows nothing of comparisons: the application fills
the widgets and connects the actions (``app.wiring``). Shortcuts follow diff tools: F7/F8 for
the previous/next pair, Alt+Up/Down for unpaired clauses, Ctrl+E to export.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from widgets.documentpane import FONT_FAMILY, DocumentPane
from widgets.legend import Legend
from widgets.librarypanel import LibraryPanel
from widgets.librarysearchpanel import LibrarySearchPanel
from widgets.linkgutter import LinkGutter
from widgets.overview import OverviewBar
from widgets.summary import SummaryLabel
from widgets.synoptic import SynopticView

__all__ = ["FONT_FAMILY", "MainWindow"]

PARALLEL_PAGE = 0
SYNOPTIC_PAGE = 1


class MainWindow(QMainWindow):
    """The reader's window.

    Signals:
        closing(): the window is about to close (time to save settings).

    Attributes:
        left_pane, right_pane: the two documents.
        gutter: the connector strip between them.
        left_overview, right_overview: the overview bars.
        synoptic: the synoptic table (shown instead of the panes in synoptic mode).
        summary: the comparison's summary line.
        legend: the formula families, with toggles.
        library: the library's documents (in a dock on the left).
        search: the library search panel (in a dock at the bottom).
        busy: the busy indicator in the status bar.
        named_actions: every action by name (``open_left``, ``next_pair``, ...).
    """

    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.left_pane = DocumentPane()
        self.right_pane = DocumentPane()
        self.left_pane.setObjectName("left_pane")
        self.right_pane.setObjectName("right_pane")
        self.gutter = LinkGutter()
        self.left_overview = OverviewBar()
        self.right_overview = OverviewBar()
        self.synoptic = SynopticView()
        self.summary = SummaryLabel()
        self.legend = Legend()
        self.library = LibraryPanel()
        self.search = LibrarySearchPanel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._parallel_page())
        self.pages.addWidget(self.synoptic)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.summary)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._add_docks()
        self.named_actions = self._make_actions()
        self.named_actions["find"].triggered.connect(self.focus_search)
        self._make_menus()
        self._make_toolbar()
        self._add_review_actions()

    def _parallel_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.left_overview)
        row.addWidget(self.left_pane, 1)
        row.addWidget(self.gutter)
        row.addWidget(self.right_pane, 1)
        row.addWidget(self.right_overview)
        return page

    def _add_docks(self) -> None:
        self.library_dock = QDockWidget(self.tr("Bibliothèque"), self)
        self.library_dock.setObjectName("library_dock")
        self.library_dock.setWidget(self.library)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.search_dock = QDockWidget(self.tr("Recherche"), self)
        self.search_dock.setObjectName("search_dock")
        self.search_dock.setWidget(self.search)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        # The texts come first: the search panel starts low (a saved layout overrides this).
        self.resizeDocks([self.search_dock], [150], Qt.Orientation.Vertical)
        self.resizeDocks([self.library_dock], [400], Qt.Orientation.Horizontal)
        self.legend_dock = QDockWidget(self.tr("Légende"), self)
        self.legend_dock.setObjectName("legend_dock")
        self.legend_dock.setWidget(self.legend)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.legend_dock)

    def _make_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, str | QKeySequence.StandardKey]] = [
            ("open_left", self.tr("Ouvrir à &gauche…"), "Ctrl+O"),
            ("open_right", self.tr("Ouvrir à &droite…"), "Ctrl+Shift+O"),
            ("export_pdf", self.tr("&Exporter en PDF…"), "Ctrl+E"),
            ("add_files", self.tr("&Ajouter à la bibliothèque…"), "Ctrl+I"),
            ("add_folder", self.tr("Ajouter un &dossier à la bibliothèque…"), "Ctrl+Shift+I"),
            ("find", self.tr("&Rechercher dans la bibliothèque"), QKeySequence.StandardKey.Find),
            ("quit", self.tr("&Quitter"), QKeySequence.StandardKey.Quit),
            ("previous_pair", self.tr("Paire &précédente"), "F7"),
            ("next_pair", self.tr("Paire &suivante"), "F8"),
            ("previous_unpaired", self.tr("Clause sans correspondant précédente"), "Alt+Up"),
            ("next_unpaired", self.tr("Clause sans correspondant suivante"), "Alt+Down"),
            ("synoptic", self.tr("Vue &synoptique"), "Ctrl+T"),
            ("sync_scroll", self.tr("Défilement &synchronisé"), "Ctrl+L"),
            ("swap", self.tr("&Permuter les volets"), "Ctrl+Shift+X"),
            ("where_else", self.tr("&Où ailleurs ?"), "Ctrl+Shift+F"),
            ("zoom_in", self.tr("&Agrandir le texte"), QKeySequence.StandardKey.ZoomIn),
            ("zoom_out", self.tr("&Réduire le texte"), QKeySequence.StandardKey.ZoomOut),
            ("zoom_reset", self.tr("Taille &normale"), "Ctrl+0"),
            ("language_fr", "Français", ""),
            ("language_en", "English", ""),
        ]
        actions: dict[str, QAction] = {}
        for name, text, shortcut in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            actions[name] = action
        for name in ("synoptic", "sync_scroll", "language_fr", "language_en"):
            actions[name].setCheckable(True)
        languages = QActionGroup(self)
        languages.addAction(actions["language_fr"])
        languages.addAction(actions["language_en"])
        actions["zoom_in"].setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        return actions

    def _make_menus(self) -> None:
        a = self.named_actions
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        for name in ("open_left", "open_right", "export_pdf"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        for name in ("add_files", "add_folder"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        navigate = self.menuBar().addMenu(self.tr("&Navigation"))
        for name in ("previous_pair", "next_pair", "previous_unpaired", "next_unpaired"):
            navigate.addAction(a[name])
        navigate.addSeparator()
        navigate.addAction(a["find"])
        navigate.addAction(a["where_else"])
        view = self.menuBar().addMenu(self.tr("&Affichage"))
        for name in ("synoptic", "sync_scroll", "swap"):
            view.addAction(a[name])
        view.addSeparator()
        for name in ("zoom_in", "zoom_out", "zoom_reset"):
            view.addAction(a[name])
        view.addSeparator()
        view.addAction(self.library_dock.toggleViewAction())
        view.addAction(self.legend_dock.toggleViewAction())
        view.addAction(self.search_dock.toggleViewAction())
        language = view.addMenu(self.tr("&Langue"))
        language.addAction(a["language_fr"])
        language.addAction(a["language_en"])

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in (
            "open_left",
            "open_right",
            None,
            "previous_pair",
            "next_pair",
            "previous_unpaired",
            "next_unpaired",
            None,
            "synoptic",
            "sync_scroll",
            "swap",
            None,
            "export_pdf",
        ):
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.named_actions[name])
        self.addToolBar(toolbar)

    def _add_review_actions(self) -> None:
        """The analyst's decisions: an Edit menu (undo, redo) and a Pairs menu, before
        Navigation; the same actions in each pane's context menu."""
        specs = [
            ("undo", self.tr("&Annuler"), "Ctrl+Z"),
            ("redo", self.tr("&Rétablir"), "Ctrl+Shift+Z"),
            ("link", self.tr("&Lier les clauses choisies"), "Ctrl+K"),
            ("unlink", self.tr("&Délier la paire"), "Ctrl+Shift+K"),
            ("confirm", self.tr("&Confirmer la paire"), "Ctrl+Return"),
            ("no_counterpart", self.tr("Clause &sans correspondant"), "Ctrl+Shift+N"),
            ("next_to_review", self.tr("Prochaine paire à &revoir"), "F9"),
        ]
        for name, text, shortcut in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            self.named_actions[name] = action
        a = self.named_actions
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        navigation = self.menuBar().actions()[1]
        edit = self.menuBar().addMenu(self.tr("É&dition"))
        edit.addAction(a["undo"])
        edit.addAction(a["redo"])
        self.menuBar().insertMenu(navigation, edit)
        pairs = self.menuBar().addMenu(self.tr("&Paires"))
        for name in ("link", "unlink", "confirm", "no_counterpart"):
            pairs.addAction(a[name])
        pairs.addSeparator()
        pairs.addAction(a["next_to_review"])
        self.menuBar().insertMenu(navigation, pairs)
        for menu in (edit, pairs):
            menu.setToolTipsVisible(True)
        review = [a[n] for n in ("link", "unlink", "confirm", "no_counterpart")]
        self.left_pane.set_context_actions(review)
        self.right_pane.set_context_actions(review)

    def show_parallel(self, parallel: bool) -> None:
        """Show the two panes (True) or the synoptic table (False)."""
        self.pages.setCurrentIndex(PARALLEL_PAGE if parallel else SYNOPTIC_PAGE)

    @Slot()
    def focus_search(self) -> None:
        """Show the search panel and put the cursor in its query box, text selected."""
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.query.setFocus()
        self.search.query.selectAll()

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
