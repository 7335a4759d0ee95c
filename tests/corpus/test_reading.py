"""One reading per document: opening, analysing and indexing fold a text once, split it once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus.compare.analysis import analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.library.prepared import prepare
from corpus.text import blocks, reading
from corpus.text.documents import load_file
from corpus.text.metadata import extract_meta
from corpus.text.normalize import normalize

DATA = Path(__file__).resolve().parent.parent / "data"
UKRAINE = DATA / "whitehouse__us-ukraine-strategic-partnership-2021.txt"


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Count the foldings behind every reading, and the characters split into blocks (the
    block reader splits a text a piece at a time), from an empty cache."""
    calls = {"normalize": 0, "split_blocks": 0}
    real_normalize, real_split = reading.normalize, blocks.split_blocks

    def counting_normalize(raw: str, **options: bool) -> reading.NormalizedText:
        calls["normalize"] += 1
        return real_normalize(raw, **options)

    def counting_split(
        raw: str, start: int = 0, end: int | None = None, *, wrapped: bool | None = None
    ) -> list[reading.Block]:
        calls["split_blocks"] += len(raw[start:end])
        return real_split(raw, start, end, wrapped=wrapped)

    monkeypatch.setattr(reading, "normalize", counting_normalize)
    monkeypatch.setattr(blocks, "split_blocks", counting_split)
    reading.read_text.cache_clear()
    yield calls
    reading.read_text.cache_clear()


def test_opening_analysing_and_indexing_read_the_text_once(counted: dict[str, int]) -> None:
    document = load_file(UKRAINE)  # metadata: blocks and dates
    analysed = analyze(document, bundled_catalogue())  # words, formulas, clauses
    prepare("key", str(UKRAINE), document.raw, document.meta, bundled_catalogue())  # search view
    # Folded once; every character split into blocks once (metadata splits the two ends, the
    # clauses the rest).
    assert counted == {"normalize": 1, "split_blocks": len(document.raw)}
    assert analysed.clauses
    assert analysed.text.tokens
    assert analysed.formulas


def test_metadata_splits_a_long_treaty_at_its_two_ends_only(counted: dict[str, int]) -> None:
    raw = (DATA / "nl-bwb__traite-de-paix-avec-italie-1947.txt").read_text(encoding="utf-8")
    meta = extract_meta(raw)
    assert meta.date == "1947-02-10"  # its signature's
    assert counted["split_blocks"] < len(raw) // 10


def test_a_text_that_writes_no_date_is_read_at_its_two_ends_only(
    counted: dict[str, int],
) -> None:
    # No signature, dateline or date anywhere: no rule needs the blocks between the two ends.
    raw = (DATA / "texts" / "whitehouse__us-india-joint-statement-2023.txt").read_text("utf-8")
    assert extract_meta(raw).date == ""
    assert counted["split_blocks"] < len(raw) // 4


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
