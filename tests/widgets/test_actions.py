"""The one action table: every action made from it, and the README's key table in step with it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from widgets.actions import ACTIONS, Act, Menu, key_sequences, toolbar_sections
from widgets.mainwindow import MainWindow

README = Path(__file__).resolve().parents[2] / "README.md"
PORTABLE = QKeySequence.SequenceFormat.PortableText


def readme_keys() -> list[set[str]]:
    """The key cells of the README's key table, each as its set of keys."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| keys | what they do |") :].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines()[2:] if line.startswith("|")]
    return [{k.strip() for k in row.split("|")[1].split(" / ")} for row in rows]


def test_the_readme_names_the_first_key_of_every_action_with_keys(qtbot: QtBot) -> None:
    named = set().union(*readme_keys())
    for act, spec in ACTIONS.items():
        keys = key_sequences(spec)
        if keys and act is not Act.QUIT:  # the window manager's key, told in no table
            assert keys[0].toString(PORTABLE) in named, act


def test_every_key_of_the_readme_belongs_to_an_action(qtbot: QtBot) -> None:
    known = {k.toString(PORTABLE) for spec in ACTIONS.values() for k in key_sequences(spec)}
    for cell in readme_keys():
        assert cell <= known, cell - known


def test_no_two_actions_share_a_key(qtbot: QtBot) -> None:
    seen: dict[str, Act] = {}
    for act, spec in ACTIONS.items():
        for key in key_sequences(spec):
            text = key.toString(PORTABLE)
            assert text not in seen, (act, seen.get(text))
            seen[text] = act


def test_the_window_makes_every_action_of_the_table_in_its_menu(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Fichier", "É&dition", "&Paires", "&Navigation", "&Affichage", "&Aide"]
    for act, spec in ACTIONS.items():
        action = window.action(act)
        assert action.objectName() == act.value
        assert [k.toString(PORTABLE) for k in action.shortcuts()] == [
            k.toString(PORTABLE) for k in key_sequences(spec)
        ]
        if spec.menu is not None:
            assert action in window.menus[spec.menu].actions(), act
    language = [a.objectName() for a in window.menus[Menu.LANGUAGE].actions()]
    assert language == ["language_fr", "language_en"]
    toolbar = window.toolbars()[0].actions()
    assert [a.objectName() for a in toolbar if not a.isSeparator()] == [
        act.value for section in toolbar_sections() for act in section
    ]
    assert len([a for a in toolbar if a.isSeparator()]) == len(toolbar_sections()) - 1
    assert re.fullmatch(r"Paire suivante \(F8\)", window.action(Act.NEXT_PAIR).toolTip())
