"""The timeline chart on screen: bars where the figures put them, found again under a click or
by keys, colours from the palette, the chosen years marked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from widgets.timelinechart import ChartSeries, TimelineChart
from widgets.timelineview import TimelineChartView, palette_colours

CHART = TimelineChart(
    "“intégrité territoriale”",
    ("2020", "2021", "2022", "2023"),
    (ChartSeries("France", (2.0, 0.0, 1.0, 4.0)), ChartSeries("Chine", (1.0, 0.0, 0.0, 2.0))),
    "occurrences",
)


def shown(qtbot: QtBot) -> TimelineChartView:
    view = TimelineChartView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.set_chart(CHART)
    view.show()
    qtbot.waitExposed(view)
    view.update()
    qtbot.waitUntil(lambda: bool(view.places().bars))  # drawn
    return view


def test_the_bars_are_as_tall_as_their_figures(qtbot: QtBot) -> None:
    view = shown(qtbot)
    places = view.places()
    assert {(b.year, b.group) for b in places.bars} == {(0, 0), (0, 1), (2, 0), (3, 0), (3, 1)}
    height = {(b.year, b.group): b.rect.height() for b in places.bars}
    unit = height[(2, 0)]  # one occurrence
    assert height[(3, 0)] == unit * 4
    assert height[(3, 1)] == unit * 2
    for bar in places.bars:
        assert places.plot.contains(bar.rect.center())
        assert places.year_at(bar.rect.center().x()) == bar.year
        assert places.bar_at(bar.rect.center().x(), bar.rect.center().y()) == bar


def test_a_click_and_the_keys_choose_a_bar(qtbot: QtBot) -> None:
    view = shown(qtbot)
    china_2023 = next(b for b in view.places().bars if (b.year, b.group) == (3, 1))
    with qtbot.waitSignal(view.bar_chosen) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=china_2023.rect.center().toPoint())
    assert blocker.args == [3, 1]
    with qtbot.assertNotEmitted(view.bar_chosen):  # a year without figures
        empty = view.places().plot.left() + view.places().slot * 1.5
        qtbot.mouseClick(
            view,
            Qt.MouseButton.LeftButton,
            pos=QPoint(int(empty), int(view.places().plot.center().y())),
        )
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # 2021 has no bar: to 2022
    assert view.current() == (2, 0)
    assert "2022" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # up the stack: China's part
    assert view.current() == (3, 1)
    assert "Chine" in view.accessibleDescription()
    with qtbot.waitSignal(view.bar_chosen) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [3, 1]


def test_the_colours_are_the_palettes_and_the_chosen_year_is_marked(qtbot: QtBot) -> None:
    view = shown(qtbot)
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb6"))
    view.setPalette(palette)
    colours = palette_colours(view.palette())
    assert (colours.background, colours.ink) == ("#202124", "#e8e8e8")
    image = view.grab().toImage()
    assert image.pixelColor(1, 1) == QColor("#202124")
    places = view.places()
    below = int(places.plot.bottom() + 2)
    column = int(places.plot.left() + places.slot * 1.5)  # 2021: no bar
    assert image.pixelColor(column, below) != QColor("#3d6fb6")
    view.set_chosen_years("2021", "2021")
    image = view.grab().toImage()
    assert image.pixelColor(column, below) == QColor("#3d6fb6")  # the strip on the axis
