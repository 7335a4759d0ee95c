"""What ``pip install .`` installs: a wheel holding every file the application reads at run
time, its licence and the ``vis-a-vis`` command; and the bundle's spec, which must ship the same.

The wheel is built from a copy of the sources (a build in place would leave ``build/`` and
``*.egg-info`` in the checkout); it takes seconds. The bundle itself is built by
``scripts/bundle``, by hand, never here.
"""

from __future__ import annotations

import ast
import configparser
import re
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
DATA_FOLDERS = ("corpus/data", "app/translations", "app/icons", "app/help/guide")


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
    assert {"app/help/guide/guide.fr.md", "app/help/guide/guide.en.md"} <= names
    assert "app/cli/main.py" in names
    assert not [n for n in names if n.startswith(("tests/", "bench/", "resources/", "main.py"))]


def test_the_wheel_states_the_licence_and_the_command(wheel: zipfile.ZipFile) -> None:
    (info,) = {n.split("/")[0] for n in wheel.namelist() if ".dist-info/" in n}
    meta = wheel.read(f"{info}/METADATA").decode()
    assert "License-Expression: MIT" in meta
    assert wheel.read(f"{info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
    entry_points = wheel.read(f"{info}/entry_points.txt").decode()
    assert "vis-a-vis = app.cli.main:run" in entry_points


def spec_constant(name: str) -> object:
    """A constant assigned at the top level of the PyInstaller spec, read without running it."""
    tree = ast.parse((ROOT / "packaging" / "vis-a-vis.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not in the spec")


def test_the_bundle_ships_what_the_wheel_ships() -> None:
    assert spec_constant("DATA_FOLDERS") == DATA_FOLDERS
    with (ROOT / "pyproject.toml").open("rb") as handle:
        package_data = tomllib.load(handle)["tool"]["setuptools"]["package-data"]
    folders = {
        f"{package.replace('.', '/')}/{pattern.split('/')[0]}"
        for package, patterns in package_data.items()
        for pattern in patterns
    }
    assert folders == set(DATA_FOLDERS)


def test_the_spec_imports_every_subcommand_and_builds_vis_a_vis() -> None:
    spec = (ROOT / "packaging" / "vis-a-vis.spec").read_text(encoding="utf-8")
    assert "*COMMAND_MODULES.values()" in spec  # imported by name, invisible to PyInstaller
    assert spec_constant("NAME") == "vis-a-vis"
    for icon in ("vis-a-vis.ico", "vis-a-vis.icns"):
        assert icon in spec
        assert (ROOT / "packaging" / icon).is_file()


def test_the_desktop_entry_names_the_program_and_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "vis-a-vis.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "vis-a-vis"
    assert section["Icon"] == "vis-a-vis"
    assert section["Name"] == "Vis-à-vis"
    assert section["Categories"].endswith(";")


def test_the_installer_copies_icons_that_exist() -> None:
    script = (ROOT / "packaging" / "install.sh").read_text(encoding="utf-8")
    (sizes,) = re.findall(r"for size in ([\d ]+); do\n    mkdir", script)
    for size in sizes.split():
        assert (ROOT / "app" / "icons" / f"vis-a-vis-{size}.png").is_file()
    install = (ROOT / "packaging" / "INSTALL.txt").read_text(encoding="utf-8")
    assert "~/.local/share/applications" in install


def test_the_workflow_builds_and_smoke_tests_on_windows_and_macos() -> None:
    workflow = (ROOT / ".github" / "workflows" / "bundle.yml").read_text(encoding="utf-8")
    assert "windows-" in workflow
    assert "macos-" in workflow
    assert "packaging/vis-a-vis.spec" in workflow
    assert "--require-hashes" in workflow
    assert "-r requirements/build.txt" in workflow
    assert "scan moscou" in workflow
    assert "--screenshot" in workflow


def test_build_requirements_pin_pyinstaller_with_hashes_and_match_the_lock() -> None:
    def pins(path: Path) -> dict[str, str]:
        text = path.read_text(encoding="utf-8")
        return dict(re.findall(r"^([a-z0-9][a-z0-9._-]*)==([^\s;]+)", text, re.MULTILINE))

    build, lock = (
        pins(ROOT / "requirements" / "build.txt"),
        pins(ROOT / "requirements" / "lock.txt"),
    )
    assert "pyinstaller" in build
    assert "pyinstaller" not in lock  # never in the developers' .venv
    shared = build.keys() & lock.keys()
    assert {"pyside6-essentials", "numpy", "lxml"} <= shared
    assert {name: build[name] for name in shared} == {name: lock[name] for name in shared}
    # Anything else is PyInstaller's: a run-time library the lock dropped means build.txt is stale.
    pyinstallers = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "macholib", "pefile"}
    pyinstallers |= {"pywin32-ctypes", "setuptools"}
    # The lock is for Linux: what only Windows or macOS needs (psycopg's tzdata) is in build.txt.
    elsewhere = set(
        re.findall(
            r"^([a-z0-9][a-z0-9._-]*)==\S+ ; sys_platform == '(?:win32|darwin)'",
            (ROOT / "requirements" / "build.txt").read_text(encoding="utf-8"),
            re.MULTILINE,
        )
    )
    assert build.keys() - lock.keys() <= pyinstallers | elsewhere, (
        "regenerate requirements/build.txt"
    )
    lines = (ROOT / "requirements" / "build.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^[a-z0-9][a-z0-9._-]*==", line):
            assert lines[number + 1].strip().startswith("--hash=sha256:"), line


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_the_desktop_entry_passes_the_freedesktop_validator() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(ROOT / "packaging" / "vis-a-vis.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
