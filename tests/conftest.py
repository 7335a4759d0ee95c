"""Suite-wide set-up: Qt runs offscreen unless told otherwise, and Qt tests are marked ``gui``.

``pytest -m "not gui"`` is the fast loop without a QApplication.
"""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports PySide6

import pytest

_QT_FIXTURES = frozenset({"qapp", "qtbot"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Qt fixture as ``gui``."""
    for item in items:
        if _QT_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own library folder: never the user's, never another test's."""
    monkeypatch.setenv("VIS_A_VIS_DATA", str(tmp_path / "library"))
