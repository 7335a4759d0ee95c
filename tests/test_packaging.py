"""What ``pip install .`` installs: a wheel holding every file the application reads at run
time, its licence and the ``vis-a-vis`` command; and the bundle's spec, which must ship the same.

The wheel is built from a copy of the sources (a build in place would leave ``build/`` and
``*.egg-info`` in the checkout); it takes seconds. The bundle itself is built by
``scripts/bundle``, by hand, never here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "widgets", "corpus")
#: Folders whose every file (other than Python sources) the application reads at run time.
DATA_FOLDERS = ("corpus/data", "app/translations", "app/icons", "app/guide")


def _setuptools_is_recent() -> bool:
    try:
        major = int(metadata.version("setuptools").split(".")[0])
    except metadata.PackageNotFoundError:
        return False
    return major >= 77


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)]
    if _setuptools_is_recent():  # else pip fetches the build backend pyproject.toml asks for
        command.insert(4, "--no-build-isolation")
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    (built,) = out.glob("vis_a_vis_reader-*.whl")
    return zipfile.ZipFile(built)


def data_files() -> list[str]:
    """Every data file in the checkout's package folders, as paths inside the wheel."""
    found = []
    for folder in DATA_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix not in (".py", ".pyc"):
                found.append(path.relative_to(ROOT).as_posix())
    return found


def test_every_data_file_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    expected = data_files()
    assert len(expected) > 20
    missing = [name for name in expected if name not in names]
    assert not missing


def test_the_wheel_holds_what_each_feature_reads(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    with (ROOT / "corpus" / "data" / "declarations.toml").open("rb") as handle:
        declarations = tomllib.load(handle)["declaration"]
    for entry in declarations:
        assert f"corpus/data/declarations/{entry['file']}" in names
    for name in ("formulas.toml", "topics.toml", "stopwords.txt", "countries.tsv"):
        assert f"corpus/data/{name}" in names
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert f"app/translations/{ts.stem}.qm" in names
    for size in (16, 32, 48, 256):
        assert f"app/icons/vis-a-vis-{size}.png" in names
    assert {"app/guide/guide.fr.md", "app/guide/guide.en.md"} <= names
    assert "app/cli/main.py" in names
    assert not [n for n in names if n.startswith(("tests/", "bench/", "resources/", "main.py"))]


def test_the_wheel_states_the_licence_and_the_command(wheel: zipfile.ZipFile) -> None:
    (info,) = {n.split("/")[0] for n in wheel.namelist() if ".dist-info/" in n}
    meta = wheel.read(f"{info}/METADATA").decode()
    assert "License-Expression: MIT" in meta
    assert wheel.read(f"{info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
    entry_points = wheel.read(f"{info}/entry_points.txt").decode()
    assert "vis-a-vis = app.cli.main:main" in entry_points
