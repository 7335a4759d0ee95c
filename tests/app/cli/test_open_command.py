"""``open --screenshot --size WxH --json``: the window drawn at a laptop's size, and its layout."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

from tests.app.cli.test_cli import run


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (its IHDR chunk comes first)."""
    header = path.read_bytes()[:24]
    assert header.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def _fresh(tmp_path: Path) -> dict[str, str]:
    """A first start: no remembered settings, an empty library of its own."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "VIS_A_VIS_SETTINGS": str(tmp_path / "settings.ini"),
        "VIS_A_VIS_DATA": str(tmp_path / "data"),
    }


def test_a_laptop_screenshot_gives_each_text_55_characters(tmp_path: Path) -> None:
    shot = tmp_path / "laptop.png"
    result = run(
        "open", "moscou", "charte", "--screenshot", str(shot), "--size", "1366x768", "--json",
        env=_fresh(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    layout = json.loads(result.stdout)
    assert layout["window"] == [1366, 768]
    assert _png_size(shot) == (1366, 768)
    assert len(layout["panes"]) == 2
    for pane in layout["panes"]:
        assert pane["chars_per_line"] >= 55
        assert pane["width"] > 1366 * 0.4
    assert {d["name"]: d["visible"] for d in layout["docks"]} == {
        "library": False,
        "legend": False,
        "search": False,
        "where_else": False,
        "pairs": False,  # listed, closed: Ctrl+Shift+P opens it
        "timeline": False,  # listed, closed: Ctrl+Shift+T opens it
    }


def test_a_desktop_screenshot_shows_the_legend(tmp_path: Path) -> None:
    shot = tmp_path / "desktop.png"
    result = run(
        "open", "moscou", "charte", "--screenshot", str(shot), "--size", "1920x1080", "--json",
        "--appearance", "dark", env=_fresh(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    layout = json.loads(result.stdout)
    assert _png_size(shot) == (1920, 1080)
    docks = {d["name"]: d for d in layout["docks"]}
    assert docks["legend"]["visible"]
    assert docks["legend"]["tabbed"]
    assert not docks["library"]["visible"]  # a tab behind the legend
    assert docks["library"]["tabbed"]
    assert "pairs" in docks
    assert all(p["chars_per_line"] > 70 for p in layout["panes"])


def test_a_search_shows_its_timeline_beside_the_results(tmp_path: Path) -> None:
    shot = tmp_path / "search.png"
    result = run(
        "open", "moscou", "charte", "--screenshot", str(shot), "--json",
        "--search", "intégrité territoriale", env=_fresh(tmp_path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    docks = {d["name"]: d for d in json.loads(result.stdout)["docks"]}
    assert docks["timeline"] == {"name": "timeline", "visible": True, "tabbed": False}
    assert docks["search"]["visible"]
    assert all(p["chars_per_line"] >= 55 for p in json.loads(result.stdout)["panes"])


def test_a_bad_size_is_one_clear_line(tmp_path: Path) -> None:
    result = run("open", "moscou", "charte", "--screenshot", str(tmp_path / "x.png"),
                 "--size", "1366by768", env=_fresh(tmp_path))  # fmt: skip
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()
