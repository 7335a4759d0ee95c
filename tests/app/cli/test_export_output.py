"""Export never writes over one of its inputs or over something that is not a regular file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.cli.export import output_path
from app.report.pdf import ExportError, export_pdf
from app.report.pdf_pages import STALE_SECONDS
from corpus.compare.comparison import Comparison, compare
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled

ROOT = Path(__file__).resolve().parents[3]
MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
CHARTER = "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(bundled.load_bundled(MOSCOW), bundled.load_bundled(CHARTER), bundled_catalogue())


def test_export_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    text = bundled.bundled_path(MOSCOW).read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", str(source), "2026", "-o", str(source)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert "one of the texts compared" in result.stderr
    assert "Traceback" not in result.stderr
    assert source.read_text(encoding="utf-8") == text


def test_export_refuses_to_write_over_a_bundled_declaration() -> None:
    own = bundled.bundled_path(MOSCOW)
    before = own.read_bytes()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", MOSCOW, "2026", "-o", str(own)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"vis-a-vis: cannot write {own}: it is in the program's own data folder"
    ]
    assert own.read_bytes() == before


def test_no_output_inside_the_programs_data(tmp_path: Path) -> None:
    own = bundled.bundled_path(MOSCOW)
    link = tmp_path / "moscou.txt"
    link.symlink_to(own)  # a name outside, the file inside
    for target in (own, link, own.parent / "nouveau.pdf", own.parents[1] / "formulas"):
        with pytest.raises(ExportError, match="program's own data folder"):
            output_path(target, ("2026", "sotchi"))


def test_a_name_without_suffix_gets_pdf(tmp_path: Path) -> None:
    assert output_path(tmp_path / "rapport", ("moscou", "2026")) == tmp_path / "rapport.pdf"
    assert output_path(tmp_path / "a.pdf", ("moscou", "2026")) == tmp_path / "a.pdf"
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "x.txt")
    with pytest.raises(ExportError, match="one of the texts"):
        output_path(tmp_path / "link.txt", (str(tmp_path / "x.txt"), "2026"))
    for device in (Path("/dev/null"), tmp_path):  # not /dev/null.pdf beside the device
        with pytest.raises(ExportError, match="not a regular file"):
            output_path(device, ("moscou", "2026"))


def test_a_pipe_or_a_link_to_one_is_not_replaced(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    link = tmp_path / "link.pdf"
    link.symlink_to(pipe)
    for target in (pipe, link):
        with pytest.raises(ExportError, match="not a regular file"):
            export_pdf(comparison, bundled_catalogue(), target)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.pdf", "pipe.pdf"]


def test_what_a_killed_export_left_is_swept(
    qapp: QApplication, tmp_path: Path, comparison: Comparison
) -> None:
    target = tmp_path / "out.pdf"
    stale = tmp_path / ".out.pdf.k1ll3d.part"
    stale_drawing = tmp_path / ".out.pdf.k1ll3d.part.qt"
    running = tmp_path / ".out.pdf.runn1ng.part"
    for leftover in (stale, stale_drawing, running):
        leftover.write_bytes(b"%PDF-half")
    old = time.time() - STALE_SECONDS - 60
    for leftover in (stale, stale_drawing):
        os.utime(leftover, (old, old))
    export_pdf(comparison, bundled_catalogue(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [running.name, target.name]
