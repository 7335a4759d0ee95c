"""``library export`` / ``library import``: a library of this computer pushed to a team server
and back, unchanged; a bad export refused with nothing changed."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from corpus.compare.analysis import analyze
from corpus.errors import LibraryError
from corpus.formulas.finder import bundled_catalogue
from corpus.library.api import ImportStatus, Library
from corpus.library.connect import open_library
from corpus.library.decisions import now
from corpus.library.moving import MANIFEST, export_library, import_library
from corpus.library.query import parse_query
from corpus.model import Decision, DecisionKind

from tests.corpus.test_extract import make_docx
from tests.corpus.test_library_backends import CHOSEN, text_file


def _content(
    folder: Path,
) -> tuple[list[dict[str, object]], list[dict[str, object]], dict[str, bytes]]:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    documents = sorted(manifest["documents"], key=lambda d: d["key"])
    decisions = [{k: v for k, v in row.items() if k != "id"} for row in manifest["decisions"]]
    files = {d["file"]: (folder / d["file"]).read_bytes() for d in documents}
    return documents, decisions, files


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """An embedded library with real texts, a .docx, an edited title and two decisions."""
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(tmp_path / "cache"))
    library = open_library("", root=tmp_path / "home")
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in CHOSEN:
        shutil.copy(text_file(name), sources / name)
    (sources / "note.docx").write_bytes(
        make_docx(["Note verbale", "Respect de la souveraineté et de l’intégrité territoriale."])
    )
    outcomes = library.add_paths([sources])
    assert all(o.status is ImportStatus.ADDED for o in outcomes)
    first = next(e for e in library.entries() if not e.bundled)
    library.set_meta(first.key, replace(first.meta, title="Edited title", parties=("A", "B")))
    catalogue = bundled_catalogue()
    keys = [o.key for o in outcomes[:2]]
    left, right = (analyze(library.document(k), catalogue) for k in keys)
    decisions = library.decisions()
    decisions.record(
        left,
        right,
        Decision(DecisionKind.LINK, left.clauses[0].clause_id, right.clauses[0].clause_id, now()),
    )
    decisions.record(
        left, right, Decision(DecisionKind.NO_COUNTERPART, left.clauses[1].clause_id, None, now())
    )
    return library


def test_a_library_goes_to_the_server_and_back_unchanged(
    filled: Library, server_address: str, tmp_path: Path
) -> None:
    here = export_library(filled, tmp_path / "export-1")
    assert (here.documents, here.decisions) == (len(CHOSEN) + 1, 2)
    server = open_library(server_address)
    imported = import_library(server, tmp_path / "export-1")
    assert [o.status for o in imported.outcomes] == [ImportStatus.ADDED] * (len(CHOSEN) + 1)
    assert imported.decisions == 2
    again = import_library(server, tmp_path / "export-1")  # twice: nothing new
    assert {o.status for o in again.outcomes} == {ImportStatus.DUPLICATE}
    assert again.decisions == 0
    for phrase in ("territorial integrity", "respect de la souverainete", "strategic partnership"):
        query = parse_query(phrase)
        on_server = [(h.key, h.start, h.end) for h in server.index.search(query).hits]
        assert on_server == [(h.key, h.start, h.end) for h in filled.index.search(query).hits]
    export_library(server, tmp_path / "export-2")
    assert _content(tmp_path / "export-2") == _content(tmp_path / "export-1")
    assert "Edited title" in {e.meta.title for e in server.entries()}
    # and back to another computer's library
    home = open_library("", root=tmp_path / "other-home")
    import_library(home, tmp_path / "export-2")
    export_library(home, tmp_path / "export-3")
    assert _content(tmp_path / "export-3") == _content(tmp_path / "export-1")
    for library in (server, home, filled):
        library.close()


def test_an_export_never_overwrites_nor_leaves_a_half_written_folder(
    filled: Library, tmp_path: Path
) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(LibraryError, match="not an empty folder"):
        export_library(filled, taken)
    assert [p.name for p in taken.iterdir()] == ["mine.txt"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".taken")) == []


def test_an_altered_export_is_refused_and_nothing_changes(filled: Library, tmp_path: Path) -> None:
    export_library(filled, tmp_path / "export")
    manifest = json.loads((tmp_path / "export" / MANIFEST).read_text(encoding="utf-8"))
    victim = tmp_path / "export" / manifest["documents"][-1]["file"]
    victim.write_bytes(victim.read_bytes() + b"\nA forged paragraph.\n")
    other = open_library("", root=tmp_path / "other")
    with pytest.raises(LibraryError, match="altered since it was exported"):
        import_library(other, tmp_path / "export")
    assert len(other) == 5
    assert other.decisions().rows() == []
    with pytest.raises(LibraryError, match="not a library export"):
        import_library(other, tmp_path)
    other.close()
    filled.close()
