"""Fixtures for the engine's tests: the bundled declarations and the texts in tests/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.model import Document
from corpus.text import bundled

DATA = Path(__file__).resolve().parent.parent / "data"

MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
SOCHI = "2022-10-31_russie-azerbaidjan-armenie_declaration-de-sotchi"
CHINA = "2025-04-23_azerbaidjan-chine_partenariat-strategique-global"
VIETNAM = "2025-05-07_vietnam-azerbaidjan_partenariat-strategique"
CHARTER = "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique"


@pytest.fixture(scope="session")
def moscow() -> Document:
    return bundled.load_bundled(MOSCOW)


@pytest.fixture(scope="session")
def sochi() -> Document:
    return bundled.load_bundled(SOCHI)


@pytest.fixture(scope="session")
def china() -> Document:
    return bundled.load_bundled(CHINA)


@pytest.fixture(scope="session")
def vietnam() -> Document:
    return bundled.load_bundled(VIETNAM)


@pytest.fixture(scope="session")
def charter() -> Document:
    return bundled.load_bundled(CHARTER)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
