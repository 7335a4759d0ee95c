"""A window made for reading: it fits the screen, the texts take the room, docks come and go with
their keys, texts only, a remembered size clamped, no caret, shortcuts in tooltips, dark."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QKeySequence, QTextFormat
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly, build
from app.shell import screen_fit
from app.shell.settings import Settings, SettingsStore
from corpus.formulas import finder
from corpus.model import FormulaFamily
from widgets import palette
from widgets.actions import Act
from widgets.marks import MarkKind

LAPTOP = QRect(0, 0, 1366, 768)
DESKTOP = QRect(0, 0, 1920, 1080)


def open_on(qtbot: QtBot, settings_path: Path, available: QRect) -> WindowAssembly:
    """Build the window as if on a screen with this available geometry, computed and shown."""
    built = build(SettingsStore(settings_path), available=available)
    qtbot.addWidget(built.window)
    with qtbot.waitSignal(built.controller.comparison_ready, timeout=30000):
        pass
    with qtbot.waitActive(built.window):  # shortcuts go to the active window
        built.window.show()
        built.window.activateWindow()
    return built


def test_first_start_on_a_laptop_fits_and_gives_each_text_55_characters_a_line(
    qtbot: QtBot, settings_path: Path
) -> None:
    reading = open_on(qtbot, settings_path, LAPTOP)
    window = reading.window
    assert LAPTOP.contains(window.geometry())
    assert LAPTOP.marginsRemoved(screen_fit.FRAME).contains(window.geometry())
    for pane in (window.left_pane, window.right_pane):
        assert pane.chars_per_line() >= 55
        assert pane.width() > 0.4 * window.width()  # the texts take the room
    assert not any(dock.isVisible() for dock in window.docks())
    reading.controller.wait()


def test_first_start_on_a_desktop_tabs_the_library_behind_the_legend(
    qtbot: QtBot, settings_path: Path
) -> None:
    reading = open_on(qtbot, settings_path, DESKTOP)
    window = reading.window
    assert (window.width(), window.height()) == (1600, 950)
    assert DESKTOP.contains(window.geometry())
    assert window.tabifiedDockWidgets(window.legend_dock) == [window.library_dock]
    assert not window.legend_dock.visibleRegion().isEmpty()  # the legend's tab is in front
    assert window.library_dock.visibleRegion().isEmpty()
    assert not window.search_dock.isVisible()
    for pane in (window.left_pane, window.right_pane):
        assert pane.chars_per_line() >= 70
    reading.controller.wait()


def test_docks_reopen_with_their_keys(qtbot: QtBot, settings_path: Path) -> None:
    reading = open_on(qtbot, settings_path, LAPTOP)
    window = reading.window
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_B, control_shift)
    assert window.library_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, control_shift)
    assert window.legend_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F, control_shift)  # find in files, as in editors
    assert window.search_dock.isVisible()
    assert window.search.query.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_B, control_shift)
    assert not window.library_dock.isVisible()
    reading.controller.wait()


def _shown(window: QMainWindow) -> set[str]:
    """The docks and toolbars shown."""
    bars: list[QDockWidget | QToolBar] = [*window.findChildren(QDockWidget)]
    bars += window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return {w.objectName() for w in bars if w.isVisible()}


def test_texts_only_hides_every_dock_and_toolbar_and_brings_them_back(
    qtbot: QtBot, settings_path: Path
) -> None:
    reading = open_on(qtbot, settings_path, DESKTOP)
    window = reading.window
    window.focus_search()  # three docks and the toolbar shown
    before = _shown(window)
    assert before == {"library_dock", "legend_dock", "search_dock", "main_toolbar"}
    width_before = window.left_pane.width()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.action(Act.TEXTS_ONLY).isChecked()
    assert _shown(window) == set()
    qtbot.waitUntil(lambda: window.left_pane.width() > width_before)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.action(Act.TEXTS_ONLY).isChecked()
    assert _shown(window) == before
    assert window.tabifiedDockWidgets(window.legend_dock) == [window.library_dock]
    # What the reader opens in texts-only mode stays open when the rest comes back.
    window.search_dock.hide()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_F, control_shift)
    assert _shown(window) == {"search_dock"}
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert _shown(window) == before
    reading.controller.wait()


def test_the_layout_hidden_by_texts_only_is_the_one_remembered(
    qtbot: QtBot, settings_path: Path
) -> None:
    reading = open_on(qtbot, settings_path, DESKTOP)
    reading.window.action(Act.TEXTS_ONLY).trigger()
    reading.window.close()
    again = open_on(qtbot, settings_path, DESKTOP)
    assert again.window.legend_dock.isVisible()
    assert not again.window.action(Act.TEXTS_ONLY).isChecked()
    again.controller.wait()


def test_a_remembered_geometry_larger_than_the_screen_is_clamped(
    qtbot: QtBot, settings_path: Path
) -> None:
    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(QRect(40, 30, 1500, 1000))
    SettingsStore(settings_path).save(
        Settings(language="fr", geometry=bytes(big.saveGeometry().data()))
    )
    restored = QMainWindow()
    qtbot.addWidget(restored)
    restored.restoreGeometry(big.saveGeometry())
    netbook = QRect(0, 0, 1024, 600)
    assert restored.height() > netbook.height()  # what Qt alone would give: too tall
    reading = open_on(qtbot, settings_path, netbook)
    geometry = reading.window.geometry()
    assert netbook.contains(geometry)
    room = netbook.marginsRemoved(screen_fit.FRAME)
    assert room.contains(geometry)
    assert geometry.height() == room.height()
    assert geometry.width() == min(restored.width(), room.width())
    reading.controller.wait()


def test_clamping_keeps_a_geometry_that_fits_and_shrinks_one_that_does_not() -> None:
    fits = QRect(100, 50, 1200, 700)
    assert screen_fit.clamped(fits, DESKTOP) == fits
    # Room is kept for the window's frame: its title bar above, its borders around.
    assert screen_fit.clamped(QRect(100, 50, 1900, 1050), LAPTOP) == QRect(8, 40, 1350, 720)
    # A window left on a second monitor, to the right, comes back onto this screen.
    assert screen_fit.clamped(QRect(2000, 100, 800, 600), LAPTOP) == QRect(558, 100, 800, 600)


def test_the_panes_show_no_caret(qtbot: QtBot, reading: WindowAssembly) -> None:
    view = reading.window.left_pane.text_view
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = view.viewport().grab().toImage()
    reading.window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.viewport().repaint()
    # A caret would be drawn where the text cursor is, as soon as the view has the focus.
    assert view.viewport().grab().toImage() == unfocused
    assert view.cursorWidth() == 0


def test_without_a_caret_the_keys_still_scroll_the_text(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    view = reading.window.left_pane.text_view
    bar = view.verticalScrollBar()
    bar.setValue(0)
    reading.window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert bar.value() > view.viewport().height() // 2
    page = bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert bar.value() > page


def test_tooltips_name_the_shortcut(reading: WindowAssembly) -> None:
    window = reading.window
    actions = window.action
    assert actions(Act.NEXT_PAIR).toolTip() == "Paire suivante (F8)"
    assert actions(Act.OPEN_LEFT).toolTip() == "Ouvrir à gauche (Ctrl+O)"
    for action in window.all_actions():
        if not action.shortcut().isEmpty():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert key in action.toolTip(), action.objectName()
    buttons = window.findChildren(QToolButton)
    assert any(b.toolTip() == "Paire précédente (F7)" for b in buttons)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        if menu_action.text() != "&Langue":
            assert menu.toolTipsVisible()  # type: ignore[attr-defined]


def _contrast_of_formulas(reading: WindowAssembly) -> list[float]:
    ratios = []
    for pane in (reading.window.left_pane, reading.window.right_pane):
        ink = pane.text_view.palette().text().color().name()
        for selection in pane.text_view.extraSelections():
            fmt = selection.format
            if fmt.background().style() == Qt.BrushStyle.NoBrush:
                continue
            has_ink = fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
            foreground = fmt.foreground().color().name() if has_ink else ink
            ratios.append(palette.contrast(fmt.background().color().name(), foreground))
    return ratios


def test_dark_appearance_keeps_every_highlight_at_7_to_1(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    window = reading.window
    formulas = [m for m in window.left_pane.visible_marks() if m.kind is MarkKind.FORMULA]
    assert formulas
    window.action(Act.APPEARANCE_DARK).trigger()
    assert reading.appearance.dark
    paper = window.left_pane.text_view.palette().base().color()
    assert paper.lightness() < 60  # dark paper ...
    assert window.left_pane.text_view.palette().text().color().lightness() > 200  # light ink
    ratios = _contrast_of_formulas(reading)
    assert len(ratios) >= len(formulas)
    assert min(ratios) >= palette.MIN_CONTRAST
    window.action(Act.APPEARANCE_LIGHT).trigger()
    assert window.left_pane.text_view.palette().base().color() == QColor("#ffffff")
    assert min(_contrast_of_formulas(reading)) >= palette.MIN_CONTRAST


@pytest.mark.parametrize("family", finder.load_catalogue(None).families, ids=lambda f: f.family_id)
def test_every_formula_family_reads_at_7_to_1_in_both_appearances(family: FormulaFamily) -> None:
    dark = palette.DARK.fill(family.colour)
    assert palette.contrast(dark, palette.DARK.ink) >= palette.MIN_CONTRAST
    assert palette.relative_luminance(dark) < palette.relative_luminance(palette.DARK.ink)
    # By day the catalogue's own colour is kept: the screen and the PDF show the same.
    assert palette.LIGHT.fill(family.colour) == family.colour
    assert palette.contrast(family.colour, palette.LIGHT.ink) >= palette.MIN_CONTRAST


@pytest.mark.parametrize("colour", ["#ffff00", "#0000ff", "#ff0000", "#101010", "#ffffff"])
def test_any_colour_a_user_chooses_is_made_readable(colour: str) -> None:
    for scheme in (palette.LIGHT, palette.DARK):
        assert palette.contrast(scheme.fill(colour), scheme.ink) >= palette.MIN_CONTRAST


def test_the_appearance_chosen_is_remembered(
    qtbot: QtBot, reading: WindowAssembly, settings_path: Path
) -> None:
    reading.window.action(Act.APPEARANCE_DARK).trigger()
    reading.window.close()
    assert SettingsStore(settings_path).load().appearance == "dark"
    again = open_on(qtbot, settings_path, DESKTOP)
    assert again.appearance.dark
    assert again.window.action(Act.APPEARANCE_DARK).isChecked()
    again.window.action(Act.APPEARANCE_SYSTEM).trigger()
    assert not again.appearance.dark  # offscreen, the system is not dark
    again.controller.wait()


def test_following_the_system_turns_dark_when_the_desktop_does(
    qtbot: QtBot, reading: WindowAssembly, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.shell import appearance

    pane = reading.window.right_pane.text_view
    assert reading.appearance.choice == appearance.SYSTEM
    assert not reading.appearance.dark
    monkeypatch.setattr(appearance, "system_is_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert reading.appearance.dark
    assert pane.palette().base().color() == QColor(palette.DARK.paper)
    reading.window.action(Act.APPEARANCE_LIGHT).trigger()  # the user's choice wins
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not reading.appearance.dark
    assert pane.palette().base().color() == QColor(palette.LIGHT.paper)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_toolbar_fits_a_laptop_screen_in_both_languages(
    qtbot: QtBot, settings_path: Path, language: str
) -> None:
    from app.shell import i18n

    SettingsStore(settings_path).save(Settings(language=language))
    reading = open_on(qtbot, settings_path, LAPTOP)
    try:
        toolbar = reading.window.toolbars()[0]
        # Every button shown, none folded into the toolbar's overflow menu.
        assert toolbar.sizeHint().width() <= LAPTOP.width() - 2 * 8
        shown = [
            b for b in toolbar.findChildren(QToolButton) if b.isVisible() and b.defaultAction()
        ]
        assert len(shown) == len([a for a in toolbar.actions() if not a.isSeparator()])
    finally:
        reading.controller.wait()
        i18n.install(QApplication.instance(), "fr")  # type: ignore[arg-type]
