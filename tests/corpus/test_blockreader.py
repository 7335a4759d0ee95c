"""The block reader: the blocks of the whole text, split from its two ends as far as read; and
metadata read that way gives the answers it gave from every block."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.text import bundled, metadata
from corpus.text.blockreader import BlockReader, BlocksFrom
from corpus.text.blocks import Block, split_blocks
from corpus.text.lines import is_hard_wrapped, split_lines, text_is_hard_wrapped

DATA = Path(__file__).resolve().parent.parent / "data"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "texts"


def real_texts() -> list[str]:
    """Every real text at hand: tests/data, the bundled declarations, the shared collection."""
    paths = sorted(DATA.rglob("*.txt")) + [bundled.bundled_path(i) for i in bundled.bundled_ids()]
    if SHARED.is_dir():  # beside a clone in CI and on developers' machines
        paths += sorted(SHARED.glob("*.txt"))
    # tests/data/texts holds copies of some shared texts: each text once.
    return list(dict.fromkeys(path.read_text(encoding="utf-8") for path in paths))


TEXTS = real_texts()
#: Pieces from one character (a cut at every place one can be) to more than any text.
PIECES = (1, 40, 700, 3000, 10**9)


def read_every_way(raw: str, piece: int, whole: list[Block] | None = None) -> None:
    """Read a reader from the start, then back from the end, then whole, and from the end
    first: each time the blocks ``split_blocks`` makes of the whole text (``whole``)."""
    whole = split_blocks(raw) if whole is None else whole
    for head, stop in ((3, 0), (len(whole) // 2, 1), (len(whole) + 1, len(whole))):
        reader = BlockReader(raw, piece)
        assert list(itertools.islice(reader, head)) == whole[:head]
        assert list(reader.from_end(stop)) == whole[stop:][::-1]
        assert list(BlocksFrom(reader, stop)) == whole[stop:]
        assert reader.all() == whole
    reader = BlockReader(raw, piece)
    assert list(itertools.islice(reversed(BlocksFrom(reader, 0)), 4)) == whole[::-1][:4]
    assert list(reader) == whole
    with pytest.raises(IndexError):
        reader[len(whole)]


def test_the_reader_gives_the_blocks_of_the_whole_text() -> None:
    for raw in TEXTS:
        for text in (raw, raw.replace("\n\n", "\n")):  # one paragraph a line, no blank lines
            whole = split_blocks(text)
            for piece in PIECES:
                read_every_way(text, piece, whole)


#: Lines that make blocks of every kind, wrapped lines and blank ones.
LINES = st.sampled_from(
    [
        "",
        "   ",
        "\u00a0",
        "Article premier",
        "ARTICLE 2.",
        "IV",
        "Section I : Dispositions",
        "1. Les Parties conviennent de ce qui suit,",
        "a) les frontières",
        "– Encourageront la coopération",
        "# Heading",
        "**Bold heading**",
        "https://example.org/page",
        "[Partager](https://x.org)",
        "EN CE QUI CONCERNE LES RELATIONS",
        "III. Energy Security and Climate The climate crisis has reached a point of no return.",
        "Déclaration conjointe sur la paix",
        "Les Hautes Parties contractantes, désireuses",
        "de maintenir la paix,",
        "  et la sécurité internationales.",
        "souverai-",
        "neté et intégrité territoriale",
        "Fait à Paris, le 10 février 1947.",
        "Done at Washington this fourth day of April, 1949",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=40), st.sampled_from(PIECES[:-1]), st.booleans())
def test_the_reader_gives_the_whole_texts_blocks_on_any_text(
    lines: list[str], piece: int, final_newline: bool
) -> None:
    raw = "\n".join(lines) + ("\n" if final_newline else "")
    assert text_is_hard_wrapped(raw) == is_hard_wrapped(split_lines(raw))
    read_every_way(raw, piece)


def test_hard_wrapping_is_told_from_the_text_as_from_its_lines() -> None:
    for raw in TEXTS:
        for text in (raw, raw.replace("\n\n", "\n"), raw[: len(raw) // 7]):
            assert text_is_hard_wrapped(text) == is_hard_wrapped(split_lines(text))


def test_metadata_from_the_ends_is_metadata_from_every_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Titles, dates, parties, kinds and places read from the two ends of the real texts (and of
    parts of them, and of them without blank lines) are those read from all their blocks at
    once (a reader whose first piece is the whole text)."""

    def extracted(raw: str, first_piece: int) -> metadata.DocumentMeta:
        monkeypatch.setattr(metadata, "block_reader", lambda text: BlockReader(text, first_piece))
        return metadata.extract_meta(raw)

    for raw in TEXTS:
        for text in (raw, raw.replace("\n\n", "\n"), raw[len(raw) // 2 :], raw[: len(raw) // 3]):
            if text.strip():
                whole = extracted(text, 10**9)
                for piece in (1, 300, 3000):
                    assert extracted(text, piece) == whole
