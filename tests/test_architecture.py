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
