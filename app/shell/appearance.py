"""The appearance: light or dark, as the user chose in View > Appearance, else as the system is.

The choice is ``""`` (follow the system, and keep following it while the window is open),
``"light"`` or ``"dark"``. Applying it sets Qt's palette (the menus, docks, lists) from the
colours of ``widgets.palette``, and tells the window, whose views draw their own marks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from widgets import palette
from widgets.actions import Act
from widgets.mainwindow import MainWindow

SYSTEM = ""
LIGHT = "light"
DARK = "dark"
CHOICES = (SYSTEM, LIGHT, DARK)
#: The light palette, taken once: before any window set the dark one.
_light_palette: list[QPalette] = []


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark appearance (unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    """The appearance a choice gives on this desktop."""
    return choice == DARK or (choice not in (LIGHT, DARK) and system_is_dark())


def dark_palette() -> QPalette:
    """Qt's palette for the dark appearance (``palette.DARK_CHROME``)."""
    colours = QPalette()
    for name, colour in palette.DARK_CHROME.items():
        colours.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        colours.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.DARK_DISABLED_INK))
    return colours


class Appearance(QObject):
    """Keeps a window's appearance to the user's choice, or to the system's while it changes."""

    def __init__(self, window: MainWindow, choice: str) -> None:
        super().__init__(window)
        self.window = window
        self.choice = choice if choice in CHOICES else SYSTEM
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        if not _light_palette:
            # The palette Qt started with, unless the platform's theme is dark: the style's.
            _light_palette.append(
                app.style().standardPalette() if system_is_dark() else app.palette()
            )
        self._light = _light_palette[0]
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self.dark = False
        self.apply()

    def choose(self, choice: str) -> None:
        """The user's choice in View > Appearance."""
        self.choice = choice if choice in CHOICES else SYSTEM
        self.apply()

    @Slot()
    def choose_system(self) -> None:
        self.choose(SYSTEM)

    @Slot()
    def choose_light(self) -> None:
        self.choose(LIGHT)

    @Slot()
    def choose_dark(self) -> None:
        self.choose(DARK)

    def apply(self) -> None:
        self.dark = is_dark(self.choice)
        self._app.setPalette(dark_palette() if self.dark else self._light)
        self.window.set_dark(self.dark)
        act = {
            SYSTEM: Act.APPEARANCE_SYSTEM,
            LIGHT: Act.APPEARANCE_LIGHT,
            DARK: Act.APPEARANCE_DARK,
        }
        self.window.action(act[self.choice]).setChecked(True)

    @Slot()
    def _on_system_changed(self) -> None:
        # A closed window (replaced by a language switch) no longer speaks for the application.
        if self.choice == SYSTEM and self.window.isVisible():
            self.apply()
