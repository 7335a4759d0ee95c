"""The window on the screen it opens on: a first start that fits, a remembered size clamped.

A first start gets the default size where the screen has room for it, and otherwise the screen's
available geometry less room for the window manager's frame, centred; the docks beside the texts
open only where the screen is wide enough for them and two readable panes. A remembered geometry
is kept as it was unless it no longer fits the screen (a laptop after a large monitor): then it is
shrunk to fit and moved onto the screen. The available geometry is a parameter, so a 1366 by 768
laptop can be simulated anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The window's size at first start where the screen has room.
DEFAULT_SIZE = QSize(1600, 950)
#: What the window manager's title bar and borders take around the window's own geometry.
FRAME = QMargins(8, 40, 8, 8)
#: Below this available width the docks start closed: the texts take the room.
SIDE_DOCKS_MIN_WIDTH = 1600


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The room the desktop leaves on the widget's screen (the primary one by default)."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def first_start_geometry(available: QRect) -> QRect:
    """The default size, or less on a small screen, centred in ``available`` (frame included)."""
    room = available.marginsRemoved(FRAME)
    size = DEFAULT_SIZE.boundedTo(room.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(room.center())
    return rect


def side_docks_fit(available: QRect) -> bool:
    """Whether the legend and the library can start open beside two readable panes."""
    return available.width() >= SIDE_DOCKS_MIN_WIDTH


def clamped(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` (the window's, its frame around it) shrunk to fit ``available`` and moved
    onto it, by as little as it takes; unchanged when it fits."""
    room = available.marginsRemoved(FRAME)
    width = min(geometry.width(), room.width())
    height = min(geometry.height(), room.height())
    left = max(room.left(), min(geometry.left(), room.right() + 1 - width))
    top = max(room.top(), min(geometry.top(), room.bottom() + 1 - height))
    return QRect(left, top, width, height)
