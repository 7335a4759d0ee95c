"""Fonts shipped inside a frozen bundle, registered with Qt at start.

The window and the PDF export name DejaVu Sans (``widgets.documentpane.FONT_FAMILY``). A checkout
or a pip install uses the system's copy (Debian's fonts-dejavu-core); the bundle carries its own
in ``fonts/`` (see packaging/vis-a-vis.spec) so that it draws, and embeds in PDFs, the same
letters on a system that has none.
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundled_fonts_dir() -> Path | None:
    """The bundle's font folder, or None when not running from a bundle."""
    base = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's boot loader only
    if base is None:
        return None
    folder = Path(base) / "fonts"
    return folder if folder.is_dir() else None


def register_bundled_fonts() -> int:
    """Make the bundle's fonts available to Qt (after the Q*Application exists); how many."""
    folder = bundled_fonts_dir()
    if folder is None:
        return 0
    from PySide6.QtGui import QFontDatabase

    return sum(QFontDatabase.addApplicationFont(str(f)) >= 0 for f in sorted(folder.glob("*.ttf")))
