"""Render the application icon from its SVG source into the sizes the systems want.

Run it after changing ``resources/icons/vis-a-vis.svg`` (the test suite checks the PNGs are
not stale)::

    .venv/bin/python scripts/icons.py

Writes ``app/icons/vis-a-vis-<size>.png`` (package data: the window and its dialogs, the
.desktop entry), and ``packaging/vis-a-vis.ico`` and ``packaging/vis-a-vis.icns`` (the Windows
and macOS bundles' icons). Both container formats are written here, with PNG entries, so the
build needs no image library besides Qt.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "vis-a-vis.svg"
PNG_DIR = ROOT / "app" / "icons"
PACKAGING = ROOT / "packaging"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The icns entry types holding PNG data and their pixel sizes (ic11..ic14 and ic10 are the
#: "@2x" types: 16, 32, 128, 256 and 512 points drawn at twice the pixels).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256))
ICNS_TYPES += (("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256))
ICNS_TYPES += (("ic14", 512),)


def render(size: int) -> bytes:
    """The icon drawn at ``size`` pixels square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    directory, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + directory + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: typed entries of PNG data, each type for one pixel size."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in (*SIZES, 1024)}
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (PNG_DIR / f"vis-a-vis-{size}.png").write_bytes(pngs[size])
    PACKAGING.mkdir(exist_ok=True)
    (PACKAGING / "vis-a-vis.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (PACKAGING / "vis-a-vis.icns").write_bytes(icns(pngs))
    del app
    print(f"icons: {len(SIZES)} PNGs in {PNG_DIR.relative_to(ROOT)}, .ico and .icns in packaging/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
