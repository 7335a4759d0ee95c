"""The library in a folder of the test's own: imports, duplicates, versions, damage, metadata."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from corpus.errors import DocumentError, LibraryError
from corpus.library.embedded.store import BUNDLED, EmbeddedLibrary, ImportStatus
from corpus.library.index import SearchIndex
from corpus.library.query import parse_query
from corpus.text.metadata import read_sidecar

from tests.corpus.test_extract import make_docx, make_pdf

CHARTER_TEXT = (
    "Charte de partenariat entre la République de Ruritanie et le Royaume de Syldavie\n\n"
    "1. Les Parties réaffirment leur attachement à l’intégrité territoriale des États.\n\n"
    "Fait à Klow, le 3 mars 2021.\n"
)


def search(library: EmbeddedLibrary, text: str) -> list[tuple[str, int, int]]:
    return [(h.key, h.start, h.end) for h in library.index.search(parse_query(text)).hits]


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    (folder / "sub").mkdir(parents=True)
    (folder / "charte.txt").write_text(CHARTER_TEXT, encoding="utf-8")
    (folder / "sub" / "note.docx").write_bytes(
        make_docx(["Note verbale", "Respect de la souveraineté et de l’intégrité territoriale."])
    )
    (folder / "sub" / "rapport.pdf").write_bytes(
        make_pdf([["Rapport annuel", "L’intégrité territoriale est rappelée."]])
    )
    (folder / ".cache.txt").write_text("hidden", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG....")
    return folder


@pytest.fixture
def library(tmp_path: Path) -> EmbeddedLibrary:
    return EmbeddedLibrary.open(tmp_path / "library")


def test_a_new_library_holds_the_bundled_declarations(library: EmbeddedLibrary) -> None:
    assert len(library) == 5
    assert library.notices == []
    assert all(e.bundled and e.format == "bundled" for e in library.entries())
    assert len(search(library, "integrite territoriale")) == 8
    with pytest.raises(LibraryError):
        library.remove(library.entries()[0].key)


def test_a_folder_is_copied_in_and_searchable(library: EmbeddedLibrary, sources: Path) -> None:
    outcomes = library.add_paths([sources])
    assert sorted((Path(o.source).name, o.status) for o in outcomes) == [
        ("charte.txt", ImportStatus.ADDED),
        ("note.docx", ImportStatus.ADDED),
        ("rapport.pdf", ImportStatus.ADDED),
    ]
    hits = library.index.search(parse_query("l'intégrité territoriale")).hits
    users = [h for h in hits if not h.key.startswith(BUNDLED)]
    assert len(users) == 3
    for hit in users:  # offsets refer to the text file in the library, which a reader can open
        assert Path(hit.path).is_relative_to(library.root / "originals")
        text = Path(hit.path).read_text(encoding="utf-8")
        assert " ".join(text[hit.start : hit.end].split()).lower() == "l’intégrité territoriale"
    for source in sources.rglob("*"):  # nothing is lost when the sources go
        source.unlink() if source.is_file() else None
    assert len(library.index.search(parse_query("l'intégrité territoriale")).hits) == len(hits)
    charter = next(e for e in library.entries() if e.source.endswith("charte.txt"))
    assert (charter.meta.date, charter.meta.language) == ("2021-03-03", "fr")


def test_the_same_content_is_recognised_by_its_hash(
    library: EmbeddedLibrary, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "copy-of-a.txt"
    first.write_text(CHARTER_TEXT, encoding="utf-8")
    second.write_text(CHARTER_TEXT, encoding="utf-8")
    added = library.add_file(first)
    duplicate = library.add_file(second)
    assert (added.status, duplicate.status, duplicate.key) == (
        ImportStatus.ADDED,
        ImportStatus.DUPLICATE,
        added.key,
    )
    assert len(library) == 6


def test_a_changed_file_is_reindexed_and_keeps_edited_metadata(
    library: EmbeddedLibrary, tmp_path: Path
) -> None:
    source = tmp_path / "charte.txt"
    source.write_text(CHARTER_TEXT, encoding="utf-8")
    key = library.add_file(source).key
    meta = library.document(key).meta
    library.set_meta(key, replace(meta, title="Charte (titre corrigé)", parties=("Syldavia",)))
    source.write_text(
        CHARTER_TEXT.replace("intégrité territoriale", "inviolabilité des frontières")
    )
    (outcome,) = library.refresh()
    assert outcome.status is ImportStatus.UPDATED
    assert outcome.key != key
    assert len(library) == 6
    assert not (library.root / "originals" / key[:16]).exists()
    assert [k for k, *_ in search(library, "inviolabilite des frontieres")].count(outcome.key) == 1
    assert outcome.key not in [k for k, *_ in search(library, "integrite territoriale")]
    assert library.document(outcome.key).meta.title == "Charte (titre corrigé)"
    assert library.refresh() == []  # nothing changed since


def test_metadata_edits_go_to_the_sidecar_and_survive_reopening(
    library: EmbeddedLibrary, tmp_path: Path
) -> None:
    source = tmp_path / "charte.txt"
    source.write_text(CHARTER_TEXT, encoding="utf-8")
    key = library.add_file(source).key
    edited = replace(library.document(key).meta, date="2021-03-04", kind="charter")
    library.set_meta(key, edited)
    assert read_sidecar(Path(library.document(key).path)) == edited
    library.close()
    reopened = EmbeddedLibrary.open(library.root)
    assert reopened.document(key).meta == edited
    party = reopened.index.search(parse_query("integrite territoriale"))
    assert key in {d.key for d in party.documents}


def test_a_damaged_database_is_set_aside_and_rebuilt(
    library: EmbeddedLibrary, tmp_path: Path
) -> None:
    source = tmp_path / "charte.txt"
    source.write_text(CHARTER_TEXT, encoding="utf-8")
    key = library.add_file(source).key
    library.set_meta(key, replace(library.document(key).meta, title="Titre de l’usager"))
    before = search(library, "integrite territoriale")
    library.close()
    database = library.root / "library.db"
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page: the schema is gone
    database.write_bytes(bytes(data))
    reopened = EmbeddedLibrary.open(library.root)
    assert "damaged" in reopened.notices[0]
    assert "rebuilt" in reopened.notices[0]
    assert list(library.root.glob("library.db.damaged-*"))
    assert sorted(search(reopened, "integrite territoriale")) == sorted(before)
    assert reopened.document(key).meta.title == "Titre de l’usager"  # kept in the sidecar
    assert reopened.index.check() is None


def test_damage_deep_in_the_file_is_detected(library: EmbeddedLibrary, tmp_path: Path) -> None:
    source = tmp_path / "charte.txt"
    source.write_text(CHARTER_TEXT * 50, encoding="utf-8")
    library.add_file(source)
    library.close()
    with sqlite3.connect(library.root / "library.db") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = library.root / "library.db"
    data = bytearray(database.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = bytes(8192)
    database.write_bytes(bytes(data))
    reopened = EmbeddedLibrary.open(library.root)
    assert any("damaged" in n for n in reopened.notices)
    assert len(reopened) == 6


def test_a_lost_database_is_rebuilt_from_the_files(
    library: EmbeddedLibrary, tmp_path: Path
) -> None:
    source = tmp_path / "n.docx"
    source.write_bytes(make_docx(["L’intégrité territoriale de la Syldavie."]))
    key = library.add_file(source).key
    library.close()
    for part in library.root.glob("library.db*"):
        part.unlink()
    reopened = EmbeddedLibrary.open(library.root)
    assert reopened.notices == ["The library was rebuilt from 1 document(s)."]
    assert key in {k for k, *_ in search(reopened, "integrite territoriale")}
    manifest = json.loads((library.root / "originals" / key[:16] / "library.json").read_text())
    assert manifest["format"] == "docx"
    assert manifest["source"] == str(source)


def test_files_that_cannot_be_read_are_reported_not_raised(
    library: EmbeddedLibrary, tmp_path: Path
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(make_pdf([[]]))
    outcomes = library.add_paths([tmp_path / "empty.txt", tmp_path / "scan.pdf"])
    assert [o.status for o in outcomes] == [ImportStatus.FAILED, ImportStatus.FAILED]
    assert "empty" in outcomes[0].message
    assert "no text layer" in outcomes[1].message
    with pytest.raises(DocumentError):
        library.add_file(tmp_path / "missing.txt")
    assert len(library) == 5


def test_a_document_can_be_removed(library: EmbeddedLibrary, tmp_path: Path) -> None:
    source = tmp_path / "charte.txt"
    source.write_text(CHARTER_TEXT, encoding="utf-8")
    key = library.add_file(source).key
    library.remove(key)
    assert len(library) == 5
    assert not (library.root / "originals" / key[:16]).exists()
    assert key not in {k for k, *_ in search(library, "integrite territoriale")}


def test_a_large_database_is_read_whole_only_after_a_crash(
    library: EmbeddedLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "corpus.library.embedded.store.THOROUGH_BELOW_BYTES", 0
    )  # every database is "large"
    assert (library.root / "library.db.in-use").exists()
    library.close()
    assert not (library.root / "library.db.in-use").exists()
    checks: list[bool] = []
    real_check = SearchIndex.check
    monkeypatch.setattr(
        SearchIndex,
        "check",
        lambda self, thorough=True: (checks.append(thorough), real_check(self, thorough))[1],
    )
    EmbeddedLibrary.open(library.root)  # closed cleanly: the quick check
    assert checks == [False]
    EmbeddedLibrary.open(library.root)  # the previous one was never closed, as after a crash
    assert checks == [False, True]


def test_a_markdown_page_is_kept_as_read_with_its_front_matter(
    library: EmbeddedLibrary, tmp_path: Path
) -> None:
    page = tmp_path / "statement.md"
    page.write_text(
        "---\ntitle: Joint Statement on Sovereignty\ndate: 2023-10-20\n---\n\n"
        "1. The Parties **respect** the territorial\nintegrity of States.\n",
        encoding="utf-8",
    )
    library.add_paths([page])
    entry = next(e for e in library.entries() if e.source.endswith("statement.md"))
    assert (entry.meta.title, entry.meta.date) == ("Joint Statement on Sovereignty", "2023-10-20")
    [hit] = [h for h in library.index.search(parse_query("territorial integrity")).hits]
    # The offsets refer to the text as read, kept beside the original, which a reader opens.
    text = Path(hit.path).read_text(encoding="utf-8")
    assert Path(hit.path).name == "statement.md.txt"
    assert text[hit.start : hit.end] == "territorial integrity"
    assert "**" not in text
    assert "date:" not in text
