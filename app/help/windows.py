"""The Help menu's windows: keyboard shortcuts, the user guide, About.

Each window is made the first time it is asked for and fed here: the shortcuts from the
window's live actions, the guide from the Markdown shipped in ``app/help/guide`` (in the interface's
language), About from :mod:`app.help.about`.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.help import about
from widgets.about import AboutDialog
from widgets.actions import Act
from widgets.guide import GuideDialog
from widgets.mainwindow import MainWindow
from widgets.shortcuts import ShortcutsDialog

# Qt inside the PySide6 wheels is used under the LGPL (or the GPL), like PySide6 itself.
QT_LICENCE = "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"


def guide_file(language: str) -> str:
    """Path of the user guide in ``language`` ("fr" or "en")."""
    return str(resources.files("app.help") / "guide" / f"guide.{language}.md")


def guide_text(language: str) -> str:
    """The user guide's Markdown in ``language``."""
    with open(guide_file(language), encoding="utf-8") as handle:
        return handle.read()


def shortcut_sections(window: MainWindow) -> list[tuple[str, list[QAction]]]:
    """The window's actions by menu, in menu order (a submenu's actions join its menu's); the
    named actions no menu shows come last, so none is left out."""
    sections: list[tuple[str, list[QAction]]] = []
    shown: set[QAction] = set()

    def walk(menu: QMenu) -> list[QAction]:
        found: list[QAction] = []
        for action in menu.actions():
            sub = action.menu()
            found.extend(walk(sub) if isinstance(sub, QMenu) else [action])
        return found

    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            actions = walk(menu)
            sections.append((entry.text(), actions))
            shown.update(actions)
    others = [a for a in window.all_actions() if a not in shown]
    if others:
        sections.append((QCoreApplication.translate("help", "Autres"), others))
    return sections


class HelpWindows:
    """Opens the Help menu's windows from the main window's actions."""

    def __init__(self, window: MainWindow, language: str) -> None:
        self.window = window
        self.language = language
        self.shortcuts: ShortcutsDialog | None = None
        self.guide: GuideDialog | None = None
        self.about: AboutDialog | None = None
        actions = window.action
        actions(Act.SHORTCUTS).triggered.connect(self.show_shortcuts)
        actions(Act.GUIDE).triggered.connect(self.show_guide)
        actions(Act.ABOUT).triggered.connect(self.show_about)

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self.window)
        # Read again at each showing: the actions are the one table of what the keys do.
        self.shortcuts.set_sections(shortcut_sections(self.window))
        self.shortcuts.show()
        self.shortcuts.raise_()
        return self.shortcuts

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self.window)
            self.guide.set_markdown(guide_text(self.language))
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def show_about(self) -> AboutDialog:
        if self.about is None:
            self.about = AboutDialog(self.window)
            components = [(c.name, c.version, c.licence) for c in about.components()]
            components.insert(1, ("Qt", qVersion(), QT_LICENCE))
            sources = [(s.date, s.title, s.source) for s in about.declaration_sources()]
            self.about.set_facts(about.version(), about.LICENCE, components, sources)
        self.about.show()
        self.about.raise_()
        return self.about
