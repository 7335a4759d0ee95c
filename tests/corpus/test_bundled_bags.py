"""The bundled declarations' term bags shipped with the program are the engine's own."""

from __future__ import annotations

from importlib import resources

import pytest

from corpus.compare import bundled_bags


def test_the_shipped_bags_are_what_the_engine_computes_today() -> None:
    shipped = (resources.files("corpus") / "data" / bundled_bags.FILE_NAME).read_text("utf-8")
    fresh = bundled_bags.as_json(bundled_bags.compute())
    assert shipped == fresh, (
        "the engine changed: refresh with .venv/bin/python -m corpus.compare.bundled_bags"
    )
    assert bundled_bags.shipped() == bundled_bags.compute()


def test_bags_made_from_other_texts_are_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundled_bags, "stamp", lambda: "texts of another release")
    assert bundled_bags.shipped() is None
