"""The smaller faults: a runaway NEAR, UTF-16 without a mark, noise taken for text, leftovers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from corpus.errors import DocumentError, QueryError
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.library.files import folder_for, stored_folders
from corpus.library.query import parse_query
from corpus.text.loading import decode_bytes

TEXT = "Déclaration commune.\n\nLes Parties réaffirment l’intégrité territoriale des États.\n"


def test_near_is_capped() -> None:
    assert parse_query("NEAR(de la, 100)").distance == 100
    with pytest.raises(QueryError, match="at most 100"):
        parse_query("NEAR(de la, 100000)")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)) == (TEXT, encoding)


def test_random_high_bytes_are_not_taken_for_text() -> None:
    noise = bytes(random.Random(1).randrange(0xA0, 0x100) for _ in range(5000))
    with pytest.raises(DocumentError, match="neither UTF-8"):
        decode_bytes(noise, "noise.txt")


def test_a_latin1_text_is_still_read() -> None:
    assert decode_bytes(TEXT.replace("’", "'").encode("cp1252"))[1] == "cp1252"


def test_what_a_killed_import_left_is_swept_at_open(tmp_path: Path) -> None:
    root = tmp_path / "library"
    source = tmp_path / "note.txt"
    source.write_text(TEXT, encoding="utf-8")
    library = EmbeddedLibrary.open(root, with_bundled=False)
    key = library.add_file(source).key
    library.close()
    folder = folder_for(root, key)
    leftovers = [folder / ".note.txt.k1ll3d_x", root / ".library.json.abcd1234"]
    for leftover in leftovers:
        leftover.write_bytes(b"half")
    orphan = root / "originals" / "0123456789abcdef"
    orphan.mkdir()
    (orphan / "half.txt").write_text("half", encoding="utf-8")
    library = EmbeddedLibrary.open(root, with_bundled=False)
    assert not any(p.exists() for p in [*leftovers, orphan])
    assert len(library) == 1
    assert stored_folders(root) == [folder]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["note.txt", "note.txt.meta.json", "library.json"]
    )
    library.close()
