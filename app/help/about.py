"""What the About window says, read from the installed files (no Qt, no network).

The version and the dependencies come from the package's metadata (``pyproject.toml`` when
running from a checkout), each dependency's licence from its own installed metadata, and the
source of every bundled declaration from ``corpus/data/declarations.toml``: so the window says
what is actually shipped, in the bundle as in a checkout.
"""

from __future__ import annotations

import operator
import platform
import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from corpus.text import bundled

DISTRIBUTION = "vis-a-vis-reader"
LICENCE = "MIT"
#: The checkout's project file, when the packages are run from a checkout rather than installed.
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_PYTHON_MARKER = re.compile(r"""python_version\s*(<=|>=|==|!=|<|>)\s*['"]([\d.]+)['"]""")
_COMPARE = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


@dataclass(frozen=True)
class Component:
    """A piece of software shipped with the application."""

    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class DeclarationSource:
    """Where a bundled declaration was taken from."""

    date: str
    title: str
    source: str


def _project() -> tuple[str, list[str]]:
    """The application's version and its runtime requirements."""
    if PYPROJECT.is_file():
        with PYPROJECT.open("rb") as handle:
            project = tomllib.load(handle).get("project", {})
        if project.get("name") == DISTRIBUTION:
            return str(project["version"]), [str(r) for r in project.get("dependencies", [])]
    try:
        return metadata.version(DISTRIBUTION), metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return "?", []


def version() -> str:
    """The application's version, as packaged."""
    return _project()[0]


def _applies(marker: str) -> bool:
    """Whether a requirement's marker holds here: extras never (we install none), Python
    versions as compared; anything else is left to whether the distribution is installed."""
    if "extra" in marker:
        return False
    found = _PYTHON_MARKER.search(marker)
    if found is None:
        return True
    here = tuple(int(p) for p in platform.python_version_tuple()[:2])
    wanted = tuple(int(p) for p in found.group(2).split("."))
    return bool(_COMPARE[found.group(1)](here, wanted))


def _names(requirements: list[str]) -> list[str]:
    names = []
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        found = _NAME.match(spec)
        if found and (not marker or _applies(marker)):
            names.append(found.group(1))
    return names


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(meta: metadata.PackageMetadata) -> str:
    """A distribution's licence: its SPDX expression, else a short License field, else the
    licences its classifiers name."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= 60:
        return field
    classifiers = [str(c) for c in meta.get_all("Classifier") or []]
    named = [c.rsplit("::", 1)[1].strip() for c in classifiers if c.startswith("License ::")]
    return ", ".join(named) or "?"


def components() -> list[Component]:
    """Python, and every distribution the application needs at run time (its requirements and
    theirs), with the version and licence installed, sorted by name."""
    found: dict[str, Component] = {}
    pending = _names(_project()[1])
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = Component(dist.metadata["Name"], dist.version, licence_of(dist.metadata))
        pending.extend(_names(dist.requires or []))
    python = Component("Python", platform.python_version(), "PSF-2.0")
    return [python, *sorted(found.values(), key=lambda c: c.name.lower())]


def declaration_sources() -> list[DeclarationSource]:
    """The bundled declarations, oldest first, with the source each was taken from."""
    sources = []
    for doc_id in bundled.bundled_ids():
        meta = bundled.bundled_meta(doc_id)
        sources.append(DeclarationSource(meta.date, meta.title, meta.source))
    return sources
