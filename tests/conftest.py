"""Suite-wide set-up: Qt runs offscreen unless told otherwise, and Qt tests are marked ``gui``.

``pytest -m "not gui"`` is the fast loop without a QApplication.
"""

import os
from collections.abc import Iterator
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
    monkeypatch.delenv("VIS_A_VIS_LIBRARY_URL", raising=False)  # never a server by chance


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A PostgreSQL server of the suite's own (``tests/postgres.py``), for the whole session;
    the tests that need it are skipped, with the reason, only where PostgreSQL is not
    installed (``./scripts/test`` installs it as root)."""
    from tests import postgres

    folder, why = postgres.find_bin()
    if folder is None:
        pytest.skip(why)
    server = postgres.start(folder)  # a server that is installed but will not start: an error
    yield server
    server.stop()


@pytest.fixture(params=["rum", "plain"])
def server_address(postgres_server: object, request: pytest.FixtureRequest) -> str:
    """A new, empty database on the suite's server: its ``postgresql://`` address. Every test
    runs twice: on a database where the program may create the RUM extension (phrases answered
    from a positions index), and on one where it may not (plain PostgreSQL, as a managed
    server: ``corpus.library.server.schema.ensure_positions``)."""
    from corpus.library.server.schema import RUM_VARIABLE

    from tests.postgres import new_database

    rum = request.param == "rum"
    monkeypatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setenv(RUM_VARIABLE, "1" if rum else "")  # the program builds it when asked
    return new_database(postgres_server, rum=rum)
