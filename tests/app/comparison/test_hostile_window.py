"""The window on pathological texts: zero-width characters, one line of millions of
characters (broken at spaces for the panes, offsets kept), a run without a space too long to lay
out (refused with a message, before the window freezes)."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.comparison.presenter import MAX_SHOWN_LINE, MAX_UNBROKEN, break_long_lines
from app.shell import i18n
from app.shell.messages import for_user
from corpus.errors import DocumentError, Reason
from widgets.documentpane import DocumentPane

from tests.app.conftest import open_reading

ROOT = Path(__file__).resolve().parents[3]
_WORDS = "Les Parties réaffirment leur attachement à la souveraineté des États. "


def test_a_text_of_zero_width_characters_has_a_width_per_character(qtbot: QtBot) -> None:
    pane = DocumentPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.set_document("Invisible", "", "\u200b\u200c\u200d\u2060\ufeff" * 2000 + "\n")
    per_line = pane.chars_per_line()
    assert math.isfinite(per_line)
    assert per_line > 20


def test_long_lines_are_broken_at_spaces_one_character_for_one() -> None:
    text = "Titre\n\n" + _WORDS * 3000 + "\nFin.\n"
    shown = break_long_lines(text)
    assert shown is not None
    assert len(shown) == len(text)
    assert max(len(line) for line in shown.split("\n")) <= MAX_SHOWN_LINE
    changed = [i for i, (a, b) in enumerate(zip(text, shown, strict=True)) if a != b]
    assert changed
    assert all(text[i] == " " and shown[i] == "\n" for i in changed)
    assert len(changed) == len(text) // MAX_SHOWN_LINE  # a break per line's worth, no more
    assert break_long_lines(_WORDS * 10) == _WORDS * 10  # short lines: the text itself


def test_a_run_without_a_space_is_kept_up_to_its_limit() -> None:
    assert break_long_lines("a" * MAX_UNBROKEN) == "a" * MAX_UNBROKEN
    assert break_long_lines("mot " * 4000 + "a" * MAX_UNBROKEN + " fin") is not None
    assert break_long_lines("a" * (MAX_UNBROKEN + 1)) is None
    assert break_long_lines("mot " * 4000 + "b" * (MAX_UNBROKEN + 1)) is None


def test_one_line_of_words_opens_with_short_lines_and_the_raw_offsets(
    qtbot: QtBot, settings_path: Path, tmp_path: Path
) -> None:
    raw = (_WORDS * 6000).strip() + "\n"  # 430,000 characters on one line: 40 s before
    path = tmp_path / "une_ligne.txt"
    path.write_text(raw, "utf-8")
    reading = open_reading(qtbot, settings_path, str(path), "moscou")
    pane = reading.window.left_pane
    document = pane.text_view.document()
    assert document.characterCount() - 1 == len(raw)  # one character for one
    block = document.begin()
    lengths = []
    while block.isValid():
        lengths.append(block.length() - 1)
        block = block.next()
    assert len(lengths) > len(raw) // MAX_SHOWN_LINE
    assert max(lengths) <= MAX_SHOWN_LINE
    reading.controller.wait()


def test_a_run_too_long_to_lay_out_is_refused_with_a_message(
    qtbot: QtBot, reading: WindowAssembly, tmp_path: Path
) -> None:
    before = reading.reader.comparison
    path = tmp_path / "lettres.txt"
    path.write_text("a" * (MAX_UNBROKEN + 1) + "\n", "utf-8")
    with qtbot.waitSignal(reading.controller.failed, timeout=30000) as blocker:
        reading.controller.open_side("left", str(path))
    assert str(blocker.args[0]) == (
        f"{path}: a run of more than 20,000 characters without a space cannot be shown in the "
        "window"
    )
    assert reading.reader.comparison is before
    box = reading.window.findChild(QMessageBox, "error_box")
    assert box is not None
    assert box.text() == (
        "« lettres.txt » : une suite de plus de 20,000 caractères sans espace ne peut pas être "
        "affichée dans la fenêtre"
    )


def test_open_says_the_windows_reason(tmp_path: Path) -> None:
    path = tmp_path / "lettres.txt"
    path.write_text("a" * 3_900_000 + "\n", "utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "open",
            str(path),
            "moscou",
            "--screenshot",
            str(tmp_path / "shot.png"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"vis-a-vis: {path}: a run of more than 20,000 characters without a space cannot be "
        "shown in the window"
    ]
    assert not (tmp_path / "shot.png").exists()


@pytest.mark.parametrize(
    ("error", "engine", "french"),
    [
        (
            DocumentError(Reason.PDF_PAGE_TOO_LARGE, "/t/bombe.pdf", number=1, limit_mb=16),
            "/t/bombe.pdf: the PDF is too large to read: page 1 unpacks to more than 16 MB",
            "« bombe.pdf » : le PDF est trop volumineux pour être lu : sa page 1 fait plus de "
            "16 Mo une fois décompressée",
        ),
        (
            DocumentError(Reason.PDF_PAGES_TOO_LARGE, "/t/bombe.pdf", limit_mb=32),
            "/t/bombe.pdf: the PDF is too large to read: its pages unpack to more than 32 MB",
            "« bombe.pdf » : le PDF est trop volumineux pour être lu : ses pages font plus de "
            "32 Mo une fois décompressées",
        ),
        (
            DocumentError(Reason.RUN_TOO_LONG_TO_SHOW, "/t/a.txt", most=MAX_UNBROKEN),
            "/t/a.txt: a run of more than 20,000 characters without a space cannot be shown in "
            "the window",
            "« a.txt » : une suite de plus de 20,000 caractères sans espace ne peut pas être "
            "affichée dans la fenêtre",
        ),
    ],
)
def test_the_new_reasons_are_said_in_both_languages(
    qapp: QApplication, error: DocumentError, engine: str, french: str
) -> None:
    assert str(error) == engine  # what the command line prints
    assert for_user(error) == french
    assert i18n.install(qapp, "en")
    try:
        assert for_user(error) == engine.replace("/t/", "")
    finally:
        i18n.install(qapp, "fr")
