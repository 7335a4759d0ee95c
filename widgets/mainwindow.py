"""The main window's shell: panes, connector strip, overview bars, docks, menus and actions.

It holds the widgets and the actions, and knows nothing of comparisons: the application fills
the widgets and connects the actions (``app.comparison.wiring``). Shortcuts follow diff tools:
F7/F8 for the previous/next pair, Alt+Up/Down for unpaired clauses, Ctrl+E to export; every
tooltip names its action's shortcut.

The texts come first: with no remembered layout the docks start closed or tabbed
(``first_start_layout``), each reopens with its key (Ctrl+F the search, Ctrl+Shift+B the library,
Ctrl+Shift+L the legend), and "texts only" (F11) hides every dock and toolbar and brings back
the layout it hid.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
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
from widgets.whereelse import WhereElsePanel

__all__ = ["FONT_FAMILY", "MainWindow"]

PARALLEL_PAGE = 0
SYNOPTIC_PAGE = 1
# The right dock column's width at first start (the legend, the library tabbed behind it).
SIDE_DOCK_WIDTH = 260


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
        named_actions: every action by name (``open_left``, ``next_pair``, ...), the docks'
            (``show_library``, ``show_legend``, ``show_search``, ``show_where_else``) included.
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
        self.where_else = WhereElsePanel()
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
        self._before_texts_only: QByteArray | None = None
        self.named_actions = self._make_actions()
        self.named_actions["find"].triggered.connect(self.focus_search)
        self.named_actions["texts_only"].toggled.connect(self.set_texts_only)
        self._make_menus()
        self._make_help_menu()
        self._make_toolbar()
        self._add_review_actions()
        _name_shortcuts_in_tooltips(self.named_actions.values())

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
        # "Where else?" has its own view, in a tab beside the search: both answer a question
        # about the library, and the texts keep their height.
        self.where_else_dock = QDockWidget(self.tr("Où ailleurs ?"), self)
        self.where_else_dock.setObjectName("where_else_dock")
        self.where_else_dock.setWidget(self.where_else)
        self.tabifyDockWidget(self.search_dock, self.where_else_dock)
        self.search_dock.raise_()
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
            ("library_server", self.tr("&Serveur de bibliothèque…"), ""),
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
            ("texts_only", self.tr("&Textes seuls"), "F11"),
            ("appearance_system", self.tr("Selon le &système"), ""),
            ("appearance_light", self.tr("&Claire"), ""),
            ("appearance_dark", self.tr("&Sombre"), ""),
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
        for name in ("synoptic", "sync_scroll", "texts_only"):
            actions[name].setCheckable(True)
        for group in (
            ("language_fr", "language_en"),
            ("appearance_system", "appearance_light", "appearance_dark"),
        ):
            exclusive = QActionGroup(self)
            for name in group:
                actions[name].setCheckable(True)
                exclusive.addAction(actions[name])
        actions["zoom_in"].setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        for name, dock, shortcut in (
            ("show_library", self.library_dock, "Ctrl+Shift+B"),
            ("show_legend", self.legend_dock, "Ctrl+Shift+L"),
            ("show_search", self.search_dock, ""),  # Ctrl+F shows it and puts the cursor in it
            ("show_where_else", self.where_else_dock, ""),  # Ctrl+Shift+F asks and shows it
        ):
            action = dock.toggleViewAction()
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            actions[name] = action
        return actions

    def _make_menus(self) -> None:
        a = self.named_actions
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        for name in ("open_left", "open_right", "export_pdf"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        for name in ("add_files", "add_folder", "library_server"):
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
        for name in ("texts_only", "show_library", "show_legend", "show_search", "show_where_else"):
            view.addAction(a[name])
        view.addSeparator()
        appearance = view.addMenu(self.tr("A&pparence"))
        for name in ("appearance_system", "appearance_light", "appearance_dark"):
            appearance.addAction(a[name])
        language = view.addMenu(self.tr("&Langue"))
        language.addAction(a["language_fr"])
        language.addAction(a["language_en"])
        for menu in (file_menu, navigate, view):
            menu.setToolTipsVisible(True)  # a tooltip names the shortcut

    def _make_help_menu(self) -> None:
        """The Help menu, last in the bar; its actions join ``named_actions`` (the application
        opens the windows they ask for)."""
        specs: list[tuple[str, str, str | QKeySequence.StandardKey]] = [
            ("shortcuts", self.tr("&Raccourcis clavier"), "Ctrl+F1"),
            ("guide", self.tr("&Guide d’utilisation"), QKeySequence.StandardKey.HelpContents),
            ("about", self.tr("À &propos de Vis-à-vis"), ""),
        ]
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        help_menu.setToolTipsVisible(True)  # a tooltip names the shortcut
        for name, text, shortcut in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if name == "about":  # macOS moves it to the application menu, where it belongs
                action.setMenuRole(QAction.MenuRole.AboutRole)
            self.named_actions[name] = action
            help_menu.addAction(action)

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

    # -- layout: the texts first ----------------------------------------------------------------

    def docks(self) -> list[QDockWidget]:
        return [self.library_dock, self.legend_dock, self.search_dock, self.where_else_dock]

    def toolbars(self) -> list[QToolBar]:
        return self.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)

    def first_start_layout(self, side_docks: bool) -> None:
        """The layout when none is remembered: the search closed, the library tabbed behind the
        legend on the right, both shown only if ``side_docks`` (a screen wide enough)."""
        self.tabifyDockWidget(self.legend_dock, self.library_dock)
        self.legend_dock.raise_()
        self.resizeDocks([self.legend_dock], [SIDE_DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.search_dock.hide()
        self.where_else_dock.hide()
        self.legend_dock.setVisible(side_docks)
        self.library_dock.setVisible(side_docks)

    @Slot(bool)
    def set_library_place(self, server: str, location: str) -> None:
        """Say where the library is: a team server's name (host and database) in the library
        panel's title, the whole location (never a password) in its tooltip; ``server`` empty
        for the library of this computer."""
        title = self.tr("Bibliothèque")
        if server:
            title = self.tr("Bibliothèque de l’équipe : {0}").format(server)
        self.library_dock.setWindowTitle(title)
        self.library_dock.setToolTip(location)

    def set_texts_only(self, on: bool) -> None:
        """Hide every dock and toolbar (True); bring back what was shown (False), and keep what
        was opened meanwhile (Ctrl+F in texts-only mode shows the search)."""
        if on == (self._before_texts_only is not None):
            return
        if on:
            self._before_texts_only = self.saveState()
            for widget in [*self.docks(), *self.toolbars()]:
                widget.hide()
        else:
            opened = [dock for dock in self.docks() if dock.isVisible()]
            state, self._before_texts_only = self._before_texts_only, None
            if state is not None:
                self.restoreState(state)
            for dock in opened:
                dock.show()
        action = self.named_actions["texts_only"]
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)

    def layout_state(self) -> QByteArray:
        """The docks and toolbars to remember: in texts-only mode, the layout it hid."""
        return self._before_texts_only or self.saveState()

    def set_dark(self, dark: bool) -> None:
        """A dark appearance (True) or a light one, for every view that draws its own colours."""
        for view in (
            self.left_pane,
            self.right_pane,
            self.gutter,
            self.left_overview,
            self.right_overview,
            self.legend,
            self.synoptic,
        ):
            view.set_dark(dark)

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

    def show_where_else(self) -> None:
        """Bring the "where else?" view to the front."""
        self.where_else_dock.show()
        self.where_else_dock.raise_()

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:  # the next task may not count its steps
            self.busy.setRange(0, 0)

    @Slot(int, int)
    def set_progress(self, done: int, total: int) -> None:
        """Show how far a task that counts its steps has got (``done`` of ``total``)."""
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.busy.setFormat(self.tr("%v sur %m"))
        self.busy.setTextVisible(True)
        self.busy.setVisible(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


def _name_shortcuts_in_tooltips(actions: Iterable[QAction]) -> None:
    """ "Paire suivante (F8)": the tooltip teaches the key, on the toolbar and in the menus."""
    for action in actions:
        if action.shortcut().isEmpty():
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.rstrip('…')} ({key})")
