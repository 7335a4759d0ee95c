"""The main window's shell: panes, connector strip, overview bars, docks, menus and actions.

It holds the widgets and the actions, and knows nothing of comparisons: the application fills
the widgets and connects the actions (``app.comparison.wiring``). The actions, their keys, menus
and toolbar places come from one table (:mod:`widgets.actions`); every tooltip names its
action's shortcut.

The texts come first: with no remembered layout the docks start closed or tabbed
(``first_start_layout``), each reopens with its key (Ctrl+Shift+F the search, Ctrl+Shift+B
the library, Ctrl+Shift+L the legend, Ctrl+Shift+T the timeline), and "texts only" (F11)
hides every dock and toolbar and brings back the layout it hid.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from widgets.actions import (
    ACTIONS,
    CONTEXT,
    EXCLUSIVE_MENUS,
    MENU_TITLES,
    SUBMENU_OF,
    Act,
    Menu,
    actions_of,
    key_sequences,
    toolbar_sections,
)
from widgets.documentpane import FONT_FAMILY, DocumentPane
from widgets.findbar import FindBar
from widgets.legend import Legend
from widgets.librarypanel import LibraryPanel
from widgets.librarysearchpanel import LibrarySearchPanel
from widgets.linkgutter import LinkGutter
from widgets.overview import OverviewBar
from widgets.pairspanel import PairsPanel
from widgets.summary import SummaryLabel
from widgets.synoptic import SynopticView
from widgets.timelinepanel import TimelinePanel
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
        recent_chosen(int): an entry of File > Recent comparisons was chosen (its index).

    Attributes:
        left_pane, right_pane: the two documents.
        gutter: the connector strip between them.
        left_overview, right_overview: the overview bars.
        synoptic: the synoptic table (shown instead of the panes in synoptic mode).
        summary: the comparison's summary line.
        find_bar: the find bar under the texts (hidden until Ctrl+F).
        legend: the formula families, with toggles.
        library: the library's documents (in a dock on the left).
        search: the library search panel (in a dock at the bottom).
        timeline: the search's timeline (in a dock at the bottom, beside the search).
        pairs: the list of pairs (in a dock at the bottom, tabbed with the search).
        busy: the busy indicator in the status bar.
        menus: the menus by :class:`Menu`.
    Every action of the table (:mod:`widgets.actions`) is reached with ``action(Act.X)``.
    """

    closing = Signal()
    recent_chosen = Signal(int)

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
        self.find_bar = FindBar()
        self.legend = Legend()
        self.library = LibraryPanel()
        self.search = LibrarySearchPanel()
        self.where_else = WhereElsePanel()
        self.pairs = PairsPanel()
        self.timeline = TimelinePanel()
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
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self._add_docks()
        self._before_texts_only: QByteArray | None = None
        self._actions = self._make_actions()
        self._actions[Act.FIND].triggered.connect(self.focus_search)
        self._actions[Act.FIND_IN_TEXTS].triggered.connect(self.find_bar.open)
        self._actions[Act.TEXTS_ONLY].toggled.connect(self.set_texts_only)
        self._make_menus()
        self._make_toolbar()
        _name_shortcuts_in_tooltips(self._actions.values())

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
        # The timeline beside the search, not tabbed with it: a bar chosen shows its results.
        self.timeline_dock = QDockWidget(self.tr("Chronologie"), self)
        self.timeline_dock.setObjectName("timeline_dock")
        self.timeline_dock.setWidget(self.timeline)
        self.splitDockWidget(self.search_dock, self.timeline_dock, Qt.Orientation.Horizontal)
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
        # The pairs to walk and tick off: a wide table, under the texts; the search and "where
        # else?" are tabbed with it (the texts keep their height).
        self.pairs_dock = QDockWidget(self.tr("Paires"), self)
        self.pairs_dock.setObjectName("pairs_dock")
        self.pairs_dock.setWidget(self.pairs)
        self.tabifyDockWidget(self.search_dock, self.pairs_dock)
        self.search_dock.raise_()
        self.legend_dock = QDockWidget(self.tr("Légende"), self)
        self.legend_dock.setObjectName("legend_dock")
        self.legend_dock.setWidget(self.legend)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.legend_dock)

    def _make_actions(self) -> dict[Act, QAction]:
        """Every action of the table, with its translated text, its keys and its kind; a dock's
        action is the dock's own show/hide toggle."""
        docks = {
            Act.SHOW_PAIRS: self.pairs_dock,
            Act.SHOW_LIBRARY: self.library_dock,
            Act.SHOW_LEGEND: self.legend_dock,
            Act.SHOW_SEARCH: self.search_dock,
            Act.SHOW_WHERE_ELSE: self.where_else_dock,
            Act.SHOW_TIMELINE: self.timeline_dock,
        }
        actions: dict[Act, QAction] = {}
        for act, spec in ACTIONS.items():
            action = docks[act].toggleViewAction() if spec.dock else QAction(self)
            action.setObjectName(act.value)
            action.setText(
                QCoreApplication.translate(CONTEXT, spec.text) if spec.translated else spec.text
            )
            if spec.short:
                action.setIconText(QCoreApplication.translate(CONTEXT, spec.short))
            action.setShortcuts(key_sequences(spec))
            action.setCheckable(spec.checkable or spec.menu in EXCLUSIVE_MENUS or spec.dock)
            actions[act] = action
        for menu in EXCLUSIVE_MENUS:
            exclusive = QActionGroup(self)
            for act in actions_of(menu):
                exclusive.addAction(actions[act])
        # macOS moves About to the application menu, where it belongs.
        actions[Act.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
        actions[Act.UNDO].setEnabled(False)
        actions[Act.CANCEL_CHOICE].setEnabled(False)  # while two clauses are chosen to link
        actions[Act.REDO].setEnabled(False)
        return actions

    def action(self, act: Act) -> QAction:
        """The window's action for ``act``."""
        return self._actions[act]

    def all_actions(self) -> list[QAction]:
        """Every action of the table, in its order."""
        return list(self._actions.values())

    def _make_menus(self) -> None:
        """The menu bar from the table: each menu's actions in the table's order, a separator
        between two sections, submenus where their parent's actions end."""
        menus: dict[Menu, QMenu] = {}
        for menu in Menu:
            title = QCoreApplication.translate(CONTEXT, MENU_TITLES[menu])
            parent = SUBMENU_OF.get(menu)
            menus[menu] = menus[parent].addMenu(title) if parent else self.menuBar().addMenu(title)
            menus[menu].setToolTipsVisible(True)  # a tooltip names the shortcut
        for menu in Menu:
            acts = actions_of(menu)
            target = menus[menu]
            first_submenu = next(
                (m.menuAction() for k, m in menus.items() if SUBMENU_OF.get(k) is menu), None
            )
            section = None
            for act in acts:
                spec = ACTIONS[act]
                if section is not None and spec.section != section:
                    if first_submenu:
                        target.insertSeparator(first_submenu)
                    else:
                        target.addSeparator()
                section = spec.section
                if first_submenu:
                    target.insertAction(first_submenu, self._actions[act])
                else:
                    target.addAction(self._actions[act])
            if first_submenu and acts:
                target.insertSeparator(first_submenu)
        self.menus = menus
        # File > Recent comparisons, after the open actions; filled by the application.
        self.recent_menu = QMenu(self.tr("Comparaisons &récentes"), self)
        self.recent_menu.setObjectName("recent_menu")
        file_menu = menus[Menu.FILE]
        after_open = file_menu.actions()[
            len([a for a in actions_of(Menu.FILE) if ACTIONS[a].section == 0])
        ]
        file_menu.insertMenu(after_open, self.recent_menu)
        self.set_recent([])
        review = [self._actions[a] for a in (Act.LINK, Act.UNLINK, Act.CONFIRM, Act.NO_COUNTERPART)]
        self.left_pane.set_context_actions(review)
        self.right_pane.set_context_actions(review)

    def set_recent(self, names: list[str]) -> None:
        """The entries of File > Recent comparisons ("left ↔ right"), newest first."""
        self.recent_menu.clear()
        for index, name in enumerate(names):
            action = self.recent_menu.addAction(name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, i=index: self.recent_chosen.emit(i))
        self.recent_menu.setEnabled(bool(names))

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for number, section in enumerate(toolbar_sections()):
            if number:
                toolbar.addSeparator()
            for act in section:
                toolbar.addAction(self._actions[act])
        self.addToolBar(toolbar)

    # -- layout: the texts first ----------------------------------------------------------------

    def docks(self) -> list[QDockWidget]:
        return [
            self.library_dock,
            self.legend_dock,
            self.search_dock,
            self.where_else_dock,
            self.pairs_dock,
            self.timeline_dock,
        ]

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
        self.pairs_dock.hide()
        self.timeline_dock.hide()
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
        was opened meanwhile (Ctrl+Shift+F in texts-only mode shows the search)."""
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
        action = self._actions[Act.TEXTS_ONLY]
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

    def show_pairs(self) -> None:
        """Bring the pairs list to the front."""
        self.pairs_dock.show()
        self.pairs_dock.raise_()

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
