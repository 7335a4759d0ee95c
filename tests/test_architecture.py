"""The layering rules, read from the source with ``ast``.

Packages: app → widgets → corpus. Inside the engine, lowest first: corpus's root (value types,
errors, defaults, the atomic writer) ← corpus.text ← corpus.formulas ← corpus.compare ←
corpus.library; a part imports only parts below it and itself.

| module          | must not import                                                            |
|-----------------|----------------------------------------------------------------------------|
| corpus/*        | PySide6, app, widgets; diff_match_patch outside corpus/compare/diffing.py  |
| corpus/<part>/* | a part above it                                                            |
| widgets/*       | app, diff_match_patch, any corpus module but corpus.model                  |
| main.py         | anything but app.cli.main                                                  |

The application by feature: at most :data:`MOST_APP_TOP_MODULES` modules at ``app/``'s top (the
composition root, ``app.application``, is one), every package of ``app`` mirrored in
``tests/app/``, and its packages importing each other only as :data:`APP_MAY_IMPORT` says:

| app/...                  | may import, of app's other packages                          |
|--------------------------|--------------------------------------------------------------|
| shell/ (the base)        | nothing                                                      |
| comparison/, review/,    | shell; their wiring modules (``wiring``, ``*_wiring``) also  |
| library/, help/          | the other features and report: wiring connects them          |
| report/                  | shell, comparison (the presenter's marks)                    |
| cli/                     | shell, report, the composition root                          |
| application.py           | every package but cli                                        |

A wiring module only connects: the composition root and other wiring modules import it, nothing
else does.

And no module imports itself back through others (no import cycle), lazy imports included.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = ("app", "widgets", "corpus")
#: The engine's parts, lowest first; "" is corpus's root.
ENGINE_LAYERS = ("", "text", "formulas", "compare", "library")
#: Modules at app/'s top, ``__init__.py`` included: the rest lives in its feature's package.
MOST_APP_TOP_MODULES = 8
#: The application's features, and what each may import of the others (besides itself).
#: "application" is the composition root, ``app/application.py``.
FEATURES = ("comparison", "review", "library", "help")
APP_MAY_IMPORT: dict[str, frozenset[str]] = {
    "shell": frozenset(),
    **{feature: frozenset({"shell"}) for feature in FEATURES},
    "wiring": frozenset({"shell", "report", *FEATURES}),
    "report": frozenset({"shell", "comparison"}),
    "cli": frozenset({"shell", "report", "application"}),
    "application": frozenset({"shell", "report", *FEATURES}),
}


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


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def engine_layer(module: str) -> int:
    """The rank of a ``corpus`` module's part in :data:`ENGINE_LAYERS`."""
    parts = module.split(".")
    part = parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in ENGINE_LAYERS) else ""
    return ENGINE_LAYERS.index(part) if part in ENGINE_LAYERS else 0


def first_party_graph() -> dict[str, set[str]]:
    """Module → the first-party modules it imports (names that are not modules are dropped)."""
    paths = [p for package in FIRST_PARTY for p in sources(package)]
    modules = {module_name(p): p for p in paths}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {m for m in imported_modules(path) if m in modules and m != name}
    return graph


@pytest.mark.parametrize("path", sources("corpus"), ids=relative)
def test_corpus_is_free_of_qt_and_upper_layers(path: Path) -> None:
    roots = {top(m) for m in imported_modules(path)}
    assert not roots & {"PySide6", "shiboken6", "app", "widgets"}
    if relative(path) != "corpus/compare/diffing.py":
        assert "diff_match_patch" not in roots


@pytest.mark.parametrize("path", sources("corpus"), ids=relative)
def test_engine_parts_import_only_their_own_part_and_those_below(path: Path) -> None:
    own = engine_layer(module_name(path))
    above = {m for m in imported_modules(path) if top(m) == "corpus" and engine_layer(m) > own}
    assert not above, f"{relative(path)} ({ENGINE_LAYERS[own] or 'root'}) imports {above}"


def test_the_engine_has_exactly_its_four_parts() -> None:
    packages = {p.parent.name for p in (ROOT / "corpus").glob("*/__init__.py")}
    assert packages == set(ENGINE_LAYERS) - {""}


def test_layer_ranks_read_the_module_names_right() -> None:
    # The rule above is only as good as this reading of names: pin it.
    assert engine_layer("corpus.model") == 0
    assert engine_layer("corpus.text") == 1
    assert engine_layer("corpus.text.normalize") == 1
    assert engine_layer("corpus.formulas.finder") == 2
    assert engine_layer("corpus.compare.align") == 3
    assert engine_layer("corpus.library") == 4


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The cycles a depth-first walk of ``graph`` meets, each as the path that closes it."""
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


def test_no_import_cycles() -> None:
    assert not import_cycles(first_party_graph())


def test_the_cycle_check_sees_cycles() -> None:
    # The check above must be able to fail: a pair, and a longer ring.
    assert import_cycles({"a": {"b"}, "b": {"a"}}) == [["a", "b", "a"]]
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert import_cycles({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


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
    assert modules <= {"app.cli.main", "app.cli.main.run"}, modules


def test_packages_resolve_to_this_checkout() -> None:
    import app
    import corpus
    import widgets

    for package in (app, corpus, widgets):
        assert Path(package.__file__ or "").resolve().parent.parent == ROOT, package


def test_command_line_and_engine_load_without_qt() -> None:
    code = "import app.cli.main, corpus.text.loading, sys; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_app_keeps_at_most_eight_modules_at_its_top() -> None:
    top_modules = sorted(p.name for p in (ROOT / "app").glob("*.py"))
    assert len(top_modules) <= MOST_APP_TOP_MODULES, top_modules


def test_every_app_package_has_its_tests_and_every_test_folder_its_package() -> None:
    packages = {p.parent.name for p in (ROOT / "app").glob("*/__init__.py")}
    test_folders = {p.name for p in (ROOT / "tests" / "app").iterdir() if p.is_dir()} - {
        "__pycache__"
    }
    assert packages == test_folders
    for package in packages:
        assert list((ROOT / "tests" / "app" / package).glob("test_*.py")), package


def app_package(module: str) -> str | None:
    """The package of ``app`` a module belongs to: ``app.library.search`` → ``library``;
    ``application`` for the composition root; None outside ``app`` and for ``app`` itself."""
    parts = module.split(".")
    return parts[1] if parts[0] == "app" and len(parts) > 1 else None


def is_wiring(module: str) -> bool:
    return module.rsplit(".", 1)[-1].endswith("wiring")


def app_role(module: str) -> str | None:
    """The row of :data:`APP_MAY_IMPORT` that rules what ``module`` imports."""
    package = app_package(module)
    return "wiring" if package in FEATURES and is_wiring(module) else package


def crossing_imports(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    """(importer, imported) module pairs in two different packages of ``app``.

    ``from app.comparison import presenter`` names the package and its module: only the module
    counts, the package itself only when nothing under it is named.
    """
    crossing = set()
    for module, imported in graph.items():
        for other in imported:
            named_below = any(m.startswith(other + ".") for m in imported)
            package, other_package = app_package(module), app_package(other)
            if package and other_package and package != other_package and not named_below:
                crossing.add((module, other))
    return crossing


def forbidden_app_imports(graph: dict[str, set[str]]) -> list[str]:
    """Every import between app's packages that :data:`APP_MAY_IMPORT` does not allow, and every
    import of a wiring module by anything but the composition root or another wiring module."""
    wrong = []
    for module, other in sorted(crossing_imports(graph)):
        role, other_package = app_role(module), app_package(other)
        if role not in APP_MAY_IMPORT or other_package not in APP_MAY_IMPORT[role]:
            wrong.append(f"{module} ({role}) imports {other}")
        elif is_wiring(other) and role not in ("wiring", "application"):
            wrong.append(f"{module} imports the wiring module {other}")
    return wrong


def test_app_packages_import_each_other_only_in_the_allowed_directions() -> None:
    graph = first_party_graph()
    packages = {app_package(m) for m in graph} - {None}
    assert packages == set(APP_MAY_IMPORT) - {"wiring"}, "a package without a rule"
    assert not forbidden_app_imports(graph)


def test_the_app_direction_check_sees_wrong_imports() -> None:
    # The check above must be able to fail: the base importing a feature, a feature another,
    # a controller reaching into a wiring module; wiring and the composition root may.
    graph = {
        "app.shell.settings": {"app.library.search"},
        "app.review.controller": {"app.comparison", "app.comparison.reader"},
        "app.library.search": {"app.comparison.wiring"},
        "app.library.wiring": {"app.comparison.wiring", "app.review.controller"},
        "app.application": {"app.library.wiring", "app.shell"},
        "app.cli.open": {"app.application", "app.shell.settings"},
    }
    assert forbidden_app_imports(graph) == [
        "app.library.search (library) imports app.comparison.wiring",
        "app.review.controller (review) imports app.comparison.reader",
        "app.shell.settings (shell) imports app.library.search",
    ]
    assert len(crossing_imports(graph)) == 9  # app.comparison is named with its module: not counted


def classes_by_name(paths: list[Path], root: Path = ROOT) -> dict[str, list[str]]:
    """Every class defined in ``paths``, by name: where each name is defined."""
    found: dict[str, list[str]] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, []).append(path.relative_to(root).as_posix())
    return found


def test_no_two_classes_share_a_name() -> None:
    # One name, one thing: a reader (or a search) never has to ask which ``Library`` is meant.
    paths = [
        path
        for package in FIRST_PARTY
        for path in sorted((ROOT / package).rglob("*.py"))
        if not path.name.startswith("_resources")
    ]
    shared = {name: where for name, where in classes_by_name(paths).items() if len(where) > 1}
    assert shared == {}


def test_the_shared_name_check_sees_a_shared_name(tmp_path: Path) -> None:
    for name in ("a.py", "b.py"):
        (tmp_path / name).write_text("class Library:\n    pass\n", encoding="utf-8")
    found = classes_by_name([tmp_path / "a.py", tmp_path / "b.py"], tmp_path)
    assert found == {"Library": ["a.py", "b.py"]}
