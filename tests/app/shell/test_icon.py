"""The application icon: rendered from its SVG source, fresh, and used by the window."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.application import create_application
from app.shell import icon

ROOT = Path(__file__).resolve().parents[3]


def icons_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icons_script", ROOT / "scripts" / "icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_size_is_shipped_at_its_size(qapp: QApplication) -> None:
    for size in icon.SIZES:
        image = QImage(icon.icon_file(size))
        assert (image.width(), image.height()) == (size, size)


def test_pngs_and_containers_are_fresh_renders_of_the_svg(qapp: QApplication) -> None:
    script = icons_script()
    pngs = {size: script.render(size) for size in (*script.SIZES, 1024)}
    for size in script.SIZES:
        assert Path(icon.icon_file(size)).read_bytes() == pngs[size], size
    ico = (ROOT / "packaging" / "vis-a-vis.ico").read_bytes()
    assert ico == script.ico({s: pngs[s] for s in script.ICO_SIZES})
    assert (ROOT / "packaging" / "vis-a-vis.icns").read_bytes() == script.icns(pngs)


def test_ico_directory_points_at_its_pngs() -> None:
    data = (ROOT / "packaging" / "vis-a-vis.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    width, _height, *_rest, length, offset = struct.unpack_from("<BBBBHHII", data, 6)
    assert width == 16
    assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
    assert offset + length <= len(data)


def test_icns_length_is_the_file_length() -> None:
    data = (ROOT / "packaging" / "vis-a-vis.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)


def test_the_small_size_keeps_pages_spine_and_marked_lines(qapp: QApplication) -> None:
    # Legible at 16 px: two light pages, a dark spine between them, an orange line on each.
    image = QImage(icon.icon_file(16))
    spine = image.pixelColor(7, 8)
    left_page, right_page = image.pixelColor(3, 5), image.pixelColor(12, 5)
    assert spine.lightness() < 100
    assert left_page.lightness() > 230
    assert right_page.lightness() > 230
    orange = [image.pixelColor(x, y) for x, y in ((4, 7), (10, 10))]
    assert all(c.red() > 200 and c.blue() < 80 for c in orange)


def test_the_application_and_its_windows_carry_the_icon(qapp: QApplication) -> None:
    app = create_application([])
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    # The desktop entry the bundle installs is vis-a-vis.desktop: Wayland finds the icon there.
    assert app.desktopFileName() == (ROOT / "packaging" / "vis-a-vis.desktop").stem
