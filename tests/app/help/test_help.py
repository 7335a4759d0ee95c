"""The Help menu: shortcuts read from the live actions, the shipped guide, About's facts."""

from __future__ import annotations

import re
import tomllib
from email.message import Message
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from app.application import WindowAssembly
from app.help import about, windows
from corpus.text import bundled
from widgets.actions import Act
from widgets.shortcuts import action_label, shortcut_text

ROOT = Path(__file__).resolve().parents[3]


def test_help_is_the_last_menu_with_its_three_windows(reading: WindowAssembly) -> None:
    menus = [a for a in reading.window.menuBar().actions() if a.menu() is not None]
    assert menus[-1].text() == "&Aide"
    names = [a.objectName() for a in menus[-1].menu().actions()]  # type: ignore[union-attr]
    assert names == ["shortcuts", "guide", "about"]


def test_every_shortcut_is_listed_under_its_menu(qtbot: QtBot, reading: WindowAssembly) -> None:
    dialog = reading.help.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    with_keys = [a for a in reading.window.all_actions() if shortcut_text(a)]
    assert len(with_keys) > 15
    for action in with_keys:
        assert (action_label(action), shortcut_text(action)) in rows
    assert ("Fichier", "") in rows
    assert rows.index(("Navigation", "")) < rows.index(("Paire suivante", "F8"))
    assert ("Vue synoptique", "Ctrl+T") in rows
    assert len([r for r in rows if r[1]]) == len(with_keys)  # each once


def test_the_list_follows_the_actions_not_a_copy(qtbot: QtBot, reading: WindowAssembly) -> None:
    reading.window.action(Act.SWAP).setShortcut(QKeySequence("Ctrl+Alt+P"))
    dialog = reading.help.show_shortcuts()
    qtbot.addWidget(dialog)
    assert ("Permuter les volets", "Ctrl+Alt+P") in dialog.rows()
    assert all(keys != "Ctrl+Shift+X" for _, keys in dialog.rows())


def test_the_guide_opens_from_the_package_in_the_interface_language(
    qtbot: QtBot, reading: WindowAssembly
) -> None:
    reading.window.action(Act.GUIDE).trigger()
    dialog = reading.help.guide
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith("Guide d’utilisation")
    assert "NEAR(souveraineté frontières, 12)" in text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_guide_names_only_keys_that_exist(reading: WindowAssembly, language: str) -> None:
    keys = {shortcut_text(a) for a in reading.window.all_actions()}
    keys = {k for joined in keys for k in joined.split(" / ")}
    guide = windows.guide_text(language)
    named = re.findall(r"\b(?:Ctrl|Alt)\+[\w+]+|\bF\d\b", guide)
    assert named
    english = {k.replace("Maj", "Shift").replace("Bas", "Down").replace("Haut", "Up") for k in keys}
    english = {k.replace("Retour", "Return") for k in english}
    assert set(named) <= english | keys


def test_about_gives_version_licences_and_sources(qtbot: QtBot, reading: WindowAssembly) -> None:
    reading.window.action(Act.ABOUT).trigger()
    dialog = reading.help.about
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.text()
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert f"Version {project['version']}" in text
    assert "MIT" in text
    assert re.search(r"Qt\s*6\.\d+\.\d+\s*LGPL-3\.0-only", text)
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)  # type: ignore[union-attr]
        assert re.search(re.sub(r"[-_]", "[-_]", name), text, re.IGNORECASE), name
    for doc_id in bundled.bundled_ids():
        assert bundled.bundled_meta(doc_id).source in text


def test_every_component_has_a_licence() -> None:
    components = about.components()
    names = {c.name.lower().replace("_", "-") for c in components}
    assert {"python", "pyside6-essentials", "shiboken6", "numpy", "lxml", "pypdf"} <= names
    assert "pytest" not in names  # extras are not shipped
    assert all(c.licence and c.licence != "?" for c in components), components


def metadata_of(**fields: str | list[str]) -> Message:
    message = Message()
    for key, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[key.replace("_", "-")] = item
    return message


def test_licence_prefers_the_expression_then_a_short_field_then_classifiers() -> None:
    read = about.licence_of
    assert read(cast("about.metadata.PackageMetadata", metadata_of(License_Expression="MIT"))) == (
        "MIT"
    )
    long_text = "Copyright (c) 2001\nAll rights reserved.\n" * 5
    classifiers = ["License :: OSI Approved :: BSD License", "Programming Language :: Python"]
    fallback = metadata_of(License=long_text, Classifier=classifiers)
    assert read(cast("about.metadata.PackageMetadata", fallback)) == "BSD License"
    short = metadata_of(License="Apache 2.0", Classifier=classifiers)
    assert read(cast("about.metadata.PackageMetadata", short)) == "Apache 2.0"
    assert read(cast("about.metadata.PackageMetadata", metadata_of())) == "?"


def test_requirement_markers() -> None:
    assert about._names(["numpy<2.7,>=1.26.4", 'pytest>=8; extra == "test"']) == ["numpy"]
    assert about._names(["typing_extensions >= 4.0; python_version < '3.11'"]) == []
    assert about._names(["tomli; python_version >= '3.0'"]) == ["tomli"]
