"""The connector strip reads as pairs: bands linking nothing in view are not drawn, the band under
the mouse and the selected pair stand out."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from widgets import palette
from widgets.linkgutter import LinkGutter, in_view
from widgets.marks import Band

HEIGHT = 400


def strip(qtbot: QtBot, bands: list[Band]) -> LinkGutter:
    gutter = LinkGutter()
    qtbot.addWidget(gutter)
    gutter.resize(56, HEIGHT)
    gutter.set_bands(bands)
    with qtbot.waitExposed(gutter):
        gutter.show()
    return gutter


def painted(gutter: LinkGutter) -> QImage:
    return gutter.grab().toImage()


def ink_at(image: QImage, x: int, y: int) -> int:
    """How far a pixel is from the strip's background (0: untouched)."""
    ground = image.pixelColor(image.width() - 1, 0)  # the top-right corner: no band there
    colour = image.pixelColor(x, y)
    return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], ground.getRgb()[:3], strict=True))


def test_a_band_with_both_ends_out_of_view_is_not_drawn(qtbot: QtBot) -> None:
    # From far above on the left to far below on the right: it would cross the whole strip.
    crossing = Band(-900, -800, 1200, 1300, 0.9)
    image = painted(strip(qtbot, [crossing]))
    assert all(ink_at(image, x, y) == 0 for x in range(56) for y in range(0, HEIGHT, 7))
    assert not in_view(crossing, HEIGHT)


def test_a_band_with_one_end_in_view_is_drawn_fading_towards_the_other(qtbot: QtBot) -> None:
    leaving = Band(100, 160, 1200, 1300, 0.9)
    assert in_view(leaving, HEIGHT)
    image = painted(strip(qtbot, [leaving]))
    near, far = ink_at(image, 2, 130), max(ink_at(image, 53, y) for y in range(HEIGHT))
    assert near > 0
    assert far < near / 3  # it leads elsewhere: faint at the end out of view


def test_the_band_under_the_mouse_stands_out(qtbot: QtBot) -> None:
    upper, lower = Band(20, 80, 30, 90, 0.5), Band(200, 260, 210, 270, 0.5)
    gutter = strip(qtbot, [upper, lower])
    before = painted(gutter)
    qtbot.mouseMove(gutter, QPoint(28, 55))
    qtbot.waitUntil(lambda: gutter.hovered_band() == upper)
    after = painted(gutter)
    # The hovered band is darker than before, the other one fainter.
    assert (
        QColor(after.pixelColor(28, 55)).lightness() < QColor(before.pixelColor(28, 55)).lightness()
    )
    assert ink_at(after, 28, 235) < ink_at(before, 28, 235)
    assert gutter.band_at(QPointF(28, 150)) is None


def test_the_selected_pair_stands_out(qtbot: QtBot) -> None:
    plain = Band(200, 260, 210, 270, 0.5)
    alone = painted(strip(qtbot, [Band(20, 80, 30, 90, 0.5), plain]))
    chosen = painted(strip(qtbot, [Band(20, 80, 30, 90, 0.5, selected=True), plain]))
    assert ink_at(chosen, 28, 55) > ink_at(alone, 28, 55)
    assert ink_at(chosen, 28, 235) < ink_at(alone, 28, 235)  # the others step back


def test_the_selected_band_is_drawn_at_full_strength_in_either_appearance(qtbot: QtBot) -> None:
    gutter = strip(qtbot, [Band(20, 80, 30, 90, 0.2, selected=True)])
    for dark in (False, True):
        gutter.set_dark(dark)
        drawn = painted(gutter).pixelColor(28, 55)
        band = QColor(palette.scheme(dark).band)
        assert abs(drawn.hue() - band.hue()) < 10
        assert abs(drawn.lightness() - band.lightness()) < 25
