"""What a search reads of a server's documents, kept on this computer
(``corpus.library.server.searchcopies``): found only for the server's version of a document, a
damaged or foreign file set aside, an unwritable folder never an error; and a server search
reads its first documents from it, giving the same hits, with every hit's local copy the
server's text."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from corpus.library.query import parse_query
from corpus.library.searchview import pack_view
from corpus.library.server import searchcopies
from corpus.library.server.library import ServerLibrary
from corpus.library.server.searchcopies import FILE_NAME, Copy, SearchCopies, Wanted

from tests.corpus.test_library_backends import text_file

TEXT = "nl-bwb__charter-of-the-united-nations.txt"


def _copy_of(name: str) -> tuple[Wanted, Copy]:
    raw = text_file(name).read_text(encoding="utf-8")
    view = pack_view(raw.casefold())
    sha = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return Wanted(name, sha, len(view)), Copy(raw, view, b"\x01\x02")


def test_a_copy_is_found_for_the_servers_version_only(tmp_path: Path) -> None:
    wanted, copy = _copy_of(TEXT)
    copies = SearchCopies(tmp_path)
    assert copies.found([wanted]) == {}
    copies.keep([(wanted, copy)])
    assert copies.found([wanted]) == {wanted.key: copy}
    # a text corrected on the server (another SHA-256), a view prepared again (another size)
    assert copies.found([wanted._replace(raw_sha="0" * 64)]) == {}
    assert copies.found([wanted._replace(view_size=wanted.view_size + 1)]) == {}
    copies.close()
    # kept across sessions; a new version of the document replaces the old one
    again = SearchCopies(tmp_path)
    assert again.found([wanted]) == {wanted.key: copy}
    corrected = Copy(copy.raw + "\nAmended.", copy.view, copy.offsets)
    newer = wanted._replace(raw_sha=hashlib.sha256(corrected.raw.encode()).hexdigest())
    again.keep([(newer, corrected)])
    assert again.found([newer]) == {wanted.key: corrected}
    assert again.found([wanted]) == {}
    again.close()
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("SELECT count(*) FROM copies").fetchone() == (1,)


def test_the_oldest_copies_go_past_the_cache_s_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(searchcopies, "MAX_COPIES", 2)
    names = [
        TEXT,
        "nl-bwb__north-atlantic-treaty-1949.txt",
        "nl-bwb__traite-de-paix-avec-italie-1947.txt",
    ]
    made = [_copy_of(name) for name in names]
    copies = SearchCopies(tmp_path)
    copies.keep(made[:2])
    copies.keep(made[:1])  # kept again: now the newest
    copies.keep(made[2:])
    assert set(copies.found([wanted for wanted, _copy in made])) == {names[0], names[2]}


def test_a_text_altered_in_the_cache_is_never_read(tmp_path: Path) -> None:
    wanted, copy = _copy_of(TEXT)
    SearchCopies(tmp_path).keep([(wanted, copy)])
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("UPDATE copies SET raw = replace(raw, 'peace', 'war')")
    assert SearchCopies(tmp_path).found([wanted]) == {}  # its SHA-256 no longer agrees
    with sqlite3.connect(tmp_path / FILE_NAME) as db:  # values of the wrong kind
        db.execute("UPDATE copies SET raw = CAST(? AS BLOB), view = 'text'", (copy.raw,))
    assert SearchCopies(tmp_path).found([wanted]) == {}


def test_a_damaged_file_is_set_aside_and_made_again(tmp_path: Path) -> None:
    wanted, copy = _copy_of(TEXT)
    damaged = b"this is not a database, only bytes " * 100
    (tmp_path / FILE_NAME).write_bytes(damaged)
    copies = SearchCopies(tmp_path)
    assert copies.found([wanted]) == {}
    copies.keep([(wanted, copy)])
    assert copies.found([wanted]) == {wanted.key: copy}
    assert (tmp_path / (FILE_NAME + ".unreadable")).read_bytes() == damaged  # nothing deleted
    copies.close()


def test_a_cache_damaged_inside_is_set_aside_at_its_first_read(tmp_path: Path) -> None:
    wanted, copy = _copy_of(TEXT)
    copies = SearchCopies(tmp_path)
    copies.keep([(wanted, copy)])
    copies.close()
    path = tmp_path / FILE_NAME
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    data[4096:] = b"\xff" * (len(data) - 4096)  # every page past the first: its header kept
    path.write_bytes(bytes(data))
    damaged = SearchCopies(tmp_path)
    assert damaged.found([wanted]) == {}  # no error: the server is asked instead
    damaged.keep([(wanted, copy)])  # nothing written into the damaged file
    assert (tmp_path / (FILE_NAME + ".unreadable")).read_bytes() == bytes(data)
    fresh = SearchCopies(tmp_path)
    fresh.keep([(wanted, copy)])
    assert fresh.found([wanted]) == {wanted.key: copy}


def test_a_cache_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    wanted, copy = _copy_of(TEXT)
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x", encoding="utf-8")
    copies = SearchCopies(blocked)
    copies.keep([(wanted, copy)])
    assert copies.found([wanted]) == {}
    assert blocked.read_text(encoding="utf-8") == "x"


@pytest.fixture
def statements(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name in (TEXT, "nl-bwb__north-atlantic-treaty-1949.txt"):
        shutil.copy(text_file(name), folder / name)
    return folder


def test_a_search_reads_its_documents_from_the_copies_once_kept(
    server_address: str, statements: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = ServerLibrary.open(server_address, cache=tmp_path / "cache")
    library.add_paths([statements])
    query = parse_query("the Charter of the United Nations")
    fetched: list[str] = []
    keep = SearchCopies.keep

    def spying_keep(self: SearchCopies, copies: object) -> None:
        chosen = list(copies)  # type: ignore[call-overload]
        fetched.extend(wanted.key for wanted, _copy in chosen)
        keep(self, chosen)

    monkeypatch.setattr(SearchCopies, "keep", spying_keep)
    first = library.index.search(query, limit_documents=300)
    assert first.hits
    assert sorted(fetched) == sorted({hit.key for hit in first.hits})  # fetched once...
    fetched.clear()
    assert library.index.search(query, limit_documents=300) == first
    assert fetched == []  # ...then read here
    for hit in first.hits:  # every hit's path is the server's text
        assert Path(hit.path).read_text(encoding="utf-8") == library.document(hit.key).raw
    # a local copy removed or altered is written again from the kept text
    copy = Path(first.hits[0].path)
    copy.write_text("forged", encoding="utf-8")
    assert library.index.search(query, limit_documents=300) == first
    assert copy.read_text(encoding="utf-8") == library.document(first.hits[0].key).raw
    library.close()
