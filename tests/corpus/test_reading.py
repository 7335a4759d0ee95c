"""One reading per document: opening, analysing and indexing fold a text once, split it once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus.compare.analysis import analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.library.prepared import prepare
from corpus.text import reading
from corpus.text.documents import load_file
from corpus.text.normalize import normalize

DATA = Path(__file__).resolve().parent.parent / "data"
UKRAINE = DATA / "whitehouse__us-ukraine-strategic-partnership-2021.txt"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Count the foldings and block splittings behind every reading, from an empty cache."""
    calls = {"normalize": 0, "split_blocks": 0}
    real_normalize, real_split = reading.normalize, reading.split_blocks

    def counting_normalize(raw: str, **options: bool) -> reading.NormalizedText:
        calls["normalize"] += 1
        return real_normalize(raw, **options)

    def counting_split(raw: str) -> list[reading.Block]:
        calls["split_blocks"] += 1
        return real_split(raw)

    monkeypatch.setattr(reading, "normalize", counting_normalize)
    monkeypatch.setattr(reading, "split_blocks", counting_split)
    reading.read_text.cache_clear()
    yield calls
    reading.read_text.cache_clear()


def test_opening_analysing_and_indexing_read_the_text_once(counted: dict[str, int]) -> None:
    document = load_file(UKRAINE)  # metadata: blocks and dates
    analysed = analyze(document, bundled_catalogue())  # words, formulas, clauses
    prepare("key", str(UKRAINE), document.raw, document.meta, bundled_catalogue())  # search view
    assert counted == {"normalize": 1, "split_blocks": 1}
    assert analysed.clauses
    assert analysed.text.tokens
    assert analysed.formulas


def test_an_equal_text_read_from_elsewhere_shares_the_reading(counted: dict[str, int]) -> None:
    raw = UKRAINE.read_text(encoding="utf-8")
    again = "".join(list(raw))  # equal, but another string object
    assert reading.folded_view(raw) is reading.folded_view(again)
    assert counted["normalize"] == 1


def test_the_shared_view_is_the_folded_normalisation(counted: dict[str, int]) -> None:
    raw = UKRAINE.read_text(encoding="utf-8")
    assert reading.folded_view(raw) == normalize(raw, fold_case=True, fold_accents=True)
    blocks = reading.text_blocks(raw)
    blocks.clear()  # a caller's list is its own: the shared reading is untouched
    assert reading.text_blocks(raw)
