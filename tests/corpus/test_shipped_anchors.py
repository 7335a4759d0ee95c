"""The shipped anchors of the bundled patterns are those the analysis works out today."""

from __future__ import annotations

from importlib import resources

from corpus.formulas import shipped_anchors
from corpus.formulas.catalogue import bundled_catalogue, bundled_sources, compile_pattern


def test_the_shipped_file_is_fresh() -> None:
    shipped = (resources.files("corpus") / "data" / shipped_anchors.FILE_NAME).read_text("utf-8")
    assert shipped == shipped_anchors.as_json(shipped_anchors.compute()), (
        "the catalogue or the analysis changed: refresh with "
        ".venv/bin/python -m corpus.formulas.shipped_anchors"
    )
    assert shipped_anchors.shipped() == shipped_anchors.compute()


def test_every_bundled_pattern_has_shipped_anchors_and_compiles() -> None:
    # The bundled patterns are no longer compiled when the catalogue loads: this is their check.
    assert all(family.shipped for family in bundled_catalogue().compiled())
    for source in bundled_sources():
        compiled = compile_pattern(source)
        assert compiled.fullmatch("") is None, source
        assert shipped_anchors.shipped()[compiled.pattern], source
