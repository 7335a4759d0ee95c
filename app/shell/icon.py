"""The application's icon, from the PNG sizes shipped as package data (``app/icons``).

They are rendered from ``resources/icons/vis-a-vis.svg`` by ``scripts/icons.py``; loading the
PNGs rather than the SVG keeps the small sizes as drawn (pixel-aligned) and needs no SVG plugin.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> str:
    """Path of the icon drawn at ``size`` pixels."""
    return str(resources.files("app") / "icons" / f"vis-a-vis-{size}.png")


def application_icon() -> QIcon:
    """The icon with every size, so each place (title bar, task bar, dialogs) picks its own."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(icon_file(size))
    return icon
