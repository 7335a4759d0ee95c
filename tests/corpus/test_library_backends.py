"""The same library tests against both back-ends: the embedded library and a PostgreSQL server.

Every test takes ``library``, opened through ``corpus.library.connect.open_library`` as the
application opens it, once on this computer and once on the suite's own PostgreSQL server
(``tests/postgres.py``): what the interface promises must hold whichever keeps the documents.
Real texts: statements and treaties of ``tests/data/texts``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from corpus.compare.analysis import analyze
from corpus.errors import LibraryError
from corpus.formulas.finder import bundled_catalogue
from corpus.library.api import ImportStatus, Library
from corpus.library.connect import open_library
from corpus.library.decisions import now
from corpus.library.hits import Filters
from corpus.library.precedents import PrecedentFinder
from corpus.library.query import parse_query
from corpus.model import Decision, DecisionKind
from corpus.text.normalize import fold

from tests import postgres
from tests.corpus.test_extract import make_docx

DATA = Path(__file__).resolve().parents[1] / "data"


def text_file(name: str) -> Path:
    """A real text of the suite's (``tests/data`` or ``tests/data/texts``)."""
    return next(p for p in (DATA / name, DATA / "texts" / name) if p.is_file())


UKRAINE = "whitehouse__us-ukraine-strategic-partnership-2021.txt"
VIETNAM = "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt"
CAMBODIA = "nl-bwb__agreement-cambodia-sovereignty-territorial-integrity-1991.txt"
SWISS = "nl-bwb__traite-amitie-etablissement-commerce-nl-suisse.txt"
CHOSEN = (UKRAINE, VIETNAM, CAMBODIA, SWISS)


@pytest.fixture(params=["embedded", "server", "server-plain"])
def library(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Library]:
    """The library, embedded or on a server with RUM or without (``server-plain``)."""
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    address = ""
    if request.param != "embedded":
        server = request.getfixturevalue("postgres_server")
        address = postgres.new_database(server, rum=request.param == "server")
    opened = open_library(address, root=tmp_path / "library")
    yield opened
    opened.close()


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    (folder / "sub").mkdir(parents=True)
    for name in CHOSEN:
        shutil.copy(text_file(name), folder / name)
    (folder / "sub" / "note.docx").write_bytes(
        make_docx(["Note verbale", "Respect de la souveraineté et de l’intégrité territoriale."])
    )
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x00\x01\x02 not text")
    return folder


def spans(library: Library, text: str, **filters: str) -> list[tuple[str, int, int]]:
    result = library.index.search(parse_query(text), Filters(**filters))
    return [(h.key, h.start, h.end) for h in result.hits]


def test_a_new_library_holds_the_bundled_declarations(library: Library) -> None:
    entries = library.entries()
    assert len(library) == len(entries) == 5
    assert all(e.bundled and e.format == "bundled" for e in entries)
    for entry in entries:  # every offset refers to a text file on this computer
        assert Path(entry.path).read_text(encoding="utf-8") == library.document(entry.key).raw
    assert len(spans(library, "integrite territoriale")) == 8
    with pytest.raises(LibraryError, match="bundled"):
        library.remove(entries[0].key)


def test_adding_files_and_folders(library: Library, sources: Path) -> None:
    outcomes = library.add_paths([sources])
    by_name = {Path(o.source).name: o for o in outcomes}
    assert ".hidden.txt" not in by_name
    assert by_name["scan.txt"].status is ImportStatus.FAILED
    assert "binary" in by_name["scan.txt"].message
    added = [o for o in outcomes if o.status is ImportStatus.ADDED]
    assert len(added) == len(CHOSEN) + 1
    again = library.add_paths([sources / UKRAINE, sources / "sub"])
    assert [o.status for o in again] == [ImportStatus.DUPLICATE] * 2
    assert len(library) == 5 + len(added)
    entries = {e.key: e for e in library.entries()}
    for outcome in added:
        entry = entries[outcome.key]
        document = library.document(outcome.key)
        assert Path(entry.path).read_text(encoding="utf-8") == document.raw
        assert library.index.meta_at(entry.path) == entry.meta
    ukraine = next(e for e in entries.values() if e.source.endswith(UKRAINE))
    assert ukraine.format == "text"
    assert ukraine.meta.language == "en"
    note = next(e for e in entries.values() if e.source.endswith("note.docx"))
    assert note.format == "docx"
    assert spans(library, "respect de la souverainete")[0][0] == note.key


def test_occurrences_are_exact_raw_offsets(library: Library, sources: Path) -> None:
    library.add_paths([sources])
    for text in ("strategic partnership", "territorial integrity", "sovereign*"):
        found = library.index.search(parse_query(text))
        assert found.total > 0
        for hit in found.hits:
            raw = library.document(hit.key).raw
            assert Path(hit.path).read_text(encoding="utf-8") == raw
            words = fold(raw[hit.start : hit.end]).split()
            assert words[0].startswith(text.split()[0].rstrip("*"))


def test_queries_and_filters(library: Library, sources: Path) -> None:
    library.add_paths([sources])
    languages = {e.key: e.meta.language for e in library.entries()}
    english = spans(library, "territorial integrity", language="en")
    assert english
    assert all(languages[key] == "en" for key, _, _ in english)
    assert spans(library, "territorial integrity", language="fr") == []
    recent = spans(library, "strategic partnership", date_from="2022")
    assert recent
    assert {key for key, _, _ in recent} == {
        e.key for e in library.entries() if e.source.endswith(VIETNAM)
    }
    ukraine = spans(library, "strategic partnership", party="ukrain")
    assert ukraine
    assert all(k == ukraine[0][0] for k, _, _ in ukraine)
    near = library.index.search(parse_query("NEAR(sovereignty integrity, 5)"))
    assert near.total > 0
    stemmed = library.index.search(parse_query("partnerships", stemmed=True))
    plain = library.index.search(parse_query("partnerships"))
    assert stemmed.total > plain.total
    family = library.index.search(parse_query("family:territorial-integrity"))
    assert family.total >= 8
    assert family.documents
    newest = library.index.search(parse_query("strategic partnership"), newest_first=True)
    dates = [d.date for d in newest.documents]
    assert dates == sorted(dates, reverse=True)
    limited = library.index.search(parse_query("the"), limit_documents=2)
    assert limited.searched == 2
    assert limited.candidates > 2
    assert library.index.count(parse_query("strategic partnership")) >= len(newest.documents)


def test_editing_metadata_moves_a_document_in_date_order(library: Library, sources: Path) -> None:
    (outcome,) = library.add_paths([sources / SWISS])
    entry = next(e for e in library.entries() if e.key == outcome.key)
    assert entry.meta.date == "1875-08-19"
    edited = replace(entry.meta, title="Traité suisse", date="2030-01-02", parties=("Suisse",))
    library.set_meta(entry.key, edited)
    assert library.entries()[-1].key == entry.key  # the newest now
    assert library.document(entry.key).meta.title == "Traité suisse"
    assert spans(library, "confederation suisse", date_from="2030", party="suisse")
    assert spans(library, "confederation suisse", date_to="1900") == []
    with pytest.raises(KeyError):
        library.set_meta("0" * 64, edited)


def test_removing_a_document(library: Library, sources: Path) -> None:
    (outcome,) = library.add_paths([sources / UKRAINE])
    assert spans(library, "strategic partnership")
    library.remove(outcome.key)
    assert outcome.key not in {e.key for e in library.entries()}
    assert spans(library, "strategic partnership") == []
    assert len(library) == 5


def test_a_changed_source_is_imported_again_with_the_edits(
    library: Library, tmp_path: Path
) -> None:
    source = tmp_path / "statement.txt"
    text = text_file(UKRAINE).read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    (first,) = library.add_paths([source])
    old = library.document(first.key).meta
    library.set_meta(first.key, replace(old, title="Ukraine, edited"))
    source.write_text(text + "\nAnnex: a new paragraph on energy security.\n", encoding="utf-8")
    (updated,) = library.refresh()
    assert updated.status is ImportStatus.UPDATED
    keys = {e.key for e in library.entries()}
    assert updated.key in keys
    assert first.key not in keys
    assert library.document(updated.key).meta.title == "Ukraine, edited"
    assert spans(library, "new paragraph on energy security")[0][0] == updated.key


def test_decisions_are_kept_and_found_again(library: Library) -> None:
    catalogue = bundled_catalogue()
    sweden = analyze(library.document("bundled:" + _bundled(library, "moscou")), catalogue)
    china = analyze(library.document("bundled:" + _bundled(library, "chine")), catalogue)
    store = library.decisions()
    left, right = sweden.clauses[1].clause_id, china.clauses[2].clause_id
    row = store.record(sweden, china, Decision(DecisionKind.LINK, left, right, now()))
    resolved = store.load(sweden, china)
    assert [(d.kind, d.left, d.right) for d in resolved.decisions] == [
        (DecisionKind.LINK, left, right)
    ]
    swapped = store.load(china, sweden)  # panes swapped: the same decision, sides swapped
    assert [(d.left, d.right) for d in swapped.decisions] == [(right, left)]
    assert len(store.rows()) == 1
    store.forget(row)
    assert store.load(sweden, china).decisions == ()


def test_where_else_finds_precedents_across_the_library(library: Library, sources: Path) -> None:
    library.add_paths([sources])
    catalogue = bundled_catalogue()
    vietnam_key = next(e.key for e in library.entries() if e.source.endswith(VIETNAM))
    vietnam = analyze(library.document(vietnam_key), catalogue)
    clause = next(
        c for c in vietnam.clauses if "sovereignty" in vietnam.document.raw[c.start : c.end].lower()
    )
    found = PrecedentFinder(library.index, catalogue).find(vietnam, clause.clause_id)
    assert found
    assert all(p.doc_id != vietnam_key for p in found)
    assert all(Path(p.path).is_file() for p in found)
    assert found == sorted(found, key=lambda p: -p.score)


def _bundled(library: Library, part: str) -> str:
    return next(e.key.removeprefix("bundled:") for e in library.entries() if part in e.key)
