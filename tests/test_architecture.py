"""The layering rules (app → widgets → corpus), read from the source with ``ast``.

| module      | must not import                                                   |
|-------------|-------------------------------------------------------------------|
| corpus/*    | PySide6, app, widgets; diff_match_patch outside corpus/diffing.py |
| widgets/*   | app, diff_match_patch, any corpus module but corpus.model         |
| main.py     | anything but app.cli                                              |
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports in functions count too).

    ``from corpus import model`` yields ``corpus.model``: the name may be a module.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import"
            assert node.module is not None
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def top(module: str) -> str:
    return module.partition(".")[0]


def sources(package: str) -> list[Path]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no Python files under {package}/"
    return files


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", sources("corpus"), ids=relative)
def test_corpus_is_free_of_qt_and_upper_layers(path: Path) -> None:
    roots = {top(m) for m in imported_modules(path)}
    assert not roots & {"PySide6", "shiboken6", "app", "widgets"}
    if relative(path) != "corpus/diffing.py":
        assert "diff_match_patch" not in roots


@pytest.mark.parametrize("path", sources("widgets"), ids=relative)
def test_widgets_see_only_the_value_types(path: Path) -> None:
    modules = imported_modules(path)
    roots = {top(m) for m in modules}
    assert not roots & {"app", "diff_match_patch"}
    # "from corpus.model import Span" yields "corpus.model" and "corpus.model.Span".
    from_corpus = {m for m in modules if top(m) == "corpus"}
    assert all(m == "corpus.model" or m.startswith("corpus.model.") for m in from_corpus), (
        from_corpus
    )


@pytest.mark.parametrize("path", sources("app"), ids=relative)
def test_app_imports_no_diff_engine_directly(path: Path) -> None:
    assert "diff_match_patch" not in {top(m) for m in imported_modules(path)}


def test_main_is_a_shim_over_the_command_line() -> None:
    modules = imported_modules(ROOT / "main.py")
    assert modules <= {"app.cli", "app.cli.main"}, modules


def test_packages_resolve_to_this_checkout() -> None:
    import app
    import corpus
    import widgets

    for package in (app, corpus, widgets):
        assert Path(package.__file__ or "").resolve().parent.parent == ROOT, package


def test_command_line_and_engine_load_without_qt() -> None:
    code = "import app.cli, corpus.loading, sys; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
