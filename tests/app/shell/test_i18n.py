"""Interface languages: the English translation is complete, fresh, and switchable live."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.shell import i18n
from widgets.actions import Act

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "vis_a_vis_en.ts"


def test_every_string_is_translated() -> None:
    text = TS.read_text(encoding="utf-8")
    assert text.count("<message>") > 30
    assert 'type="unfinished"' not in text


def test_every_context_is_one_qt_looks_up_at_run_time() -> None:
    """``obj.tr`` outside obj's class is filed by lupdate under the variable's name, which Qt
    never asks for: such strings would stay French. Contexts must be classes or explicit."""
    code = "\n".join(
        p.read_text(encoding="utf-8") for d in ("app", "widgets") for p in (ROOT / d).rglob("*.py")
    )
    known = set(re.findall(r"^class (\w+)", code, re.MULTILINE))
    # QCoreApplication.translate("ctx", ...), or a translate function handed in (the report's).
    known |= set(re.findall(r'\btranslate\(\s*"(\w+)"', code))
    contexts = set(re.findall(r"<name>(\w+)</name>", TS.read_text(encoding="utf-8")))
    assert contexts
    assert contexts <= known


def test_strings_outside_classes_are_translated(qapp: QApplication) -> None:
    assert i18n.install(qapp, "en")
    try:
        assert QCoreApplication.translate("wiring", "Import en cours…") == "Importing…"
    finally:
        i18n.install(qapp, "fr")


def test_compiled_translation_is_not_stale(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    lrelease = Path(ROOT / ".venv" / "bin" / "pyside6-lrelease")
    command = [
        str(lrelease) if lrelease.exists() else "pyside6-lrelease",
        str(TS),
        "-qm",
        str(fresh),
    ]
    subprocess.run(command, check=True, capture_output=True)
    assert fresh.read_bytes() == Path(i18n.translation_file("en")).read_bytes()


def test_install_english_then_french(qapp: QApplication) -> None:
    assert i18n.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&Fichier") == "&File"
    assert i18n.install(qapp, "fr")
    assert QCoreApplication.translate("MainWindow", "&Fichier") == "&Fichier"


def test_switching_language_rebuilds_the_window_in_english(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    specs = reading.controller.specs
    reading.window.action(Act.LANGUAGE_EN).trigger()
    successor = reading.replaced_by
    assert successor is not None
    qtbot.addWidget(successor.window)
    with qtbot.waitSignal(successor.controller.comparison_ready, timeout=30000):
        pass
    menus = [a.text() for a in successor.window.menuBar().actions()]
    assert menus[0] == "&File"
    assert successor.controller.specs == specs
    assert re.search(r"Similarity", successor.window.summary.text())
    legend = successor.window.legend.checkbox("sovereignty").text()
    assert legend.startswith("Sovereignty")
    i18n.install(QApplication.instance(), "fr")  # type: ignore[arg-type]
    successor.controller.wait()


def test_a_translation_needs_no_application_object() -> None:
    """The command line translates the report's words without a QApplication."""
    english = i18n.translator_for("en")
    assert english("report", "sans correspondant") == "no counterpart"
    assert english("report", "un mot que personne n’a traduit") == "un mot que personne n’a traduit"
    assert i18n.translator_for("fr")("report", "sans correspondant") == "sans correspondant"


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
    ],
)
def test_the_environment_names_the_language(environment: dict[str, str], language: str) -> None:
    """The window's first language and the command line's come from one reading of the
    locale (Qt reads it when a process starts: a child process shows it)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    code = "from app.shell import i18n; print(i18n.system_language())"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, **environment},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == language


def test_switching_language_keeps_the_where_else_results(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    comparison = reading.reader.comparison
    assert comparison is not None
    point_1 = next(c for c in comparison.right.clauses if c.label == "1.")
    reading.reader.select("right", point_1.clause_id)
    with qtbot.waitSignal(reading.search.precedents_ready, timeout=30000):
        reading.window.action(Act.WHERE_ELSE).trigger()
    before = reading.window.where_else.shown()
    assert before
    assert "Où ailleurs : 1." in reading.window.where_else.status.text()
    reading.window.action(Act.LANGUAGE_EN).trigger()
    successor = reading.replaced_by
    assert successor is not None
    qtbot.addWidget(successor.window)
    with qtbot.waitSignal(successor.controller.comparison_ready, timeout=30000):
        pass
    after = successor.window.where_else.shown()
    assert [(r.key, r.similarity) for r in after] == [(r.key, r.similarity) for r in before]
    assert successor.window.where_else.status.text().startswith("Where else: 1.")
    i18n.install(QApplication.instance(), "fr")  # type: ignore[arg-type]
    successor.controller.wait()
