"""A saved comparison (.vavcmp) carries both texts and the decisions to another library: a fresh
one gets them back; one that has the texts already reuses them; a damaged or altered file is
refused before anything changes."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from corpus.compare.analysis import analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.library.api import Library
from corpus.library.connect import open_library
from corpus.library.decisions import content_key, now
from corpus.library.saved import (
    SavedComparison,
    SavedComparisonError,
    decisions_about,
    open_saved,
    read_saved,
    side_of,
    write_saved,
)
from corpus.model import Decision, DecisionKind
from corpus.text.documents import open_document

DATA = Path(__file__).resolve().parents[1] / "data"
SWEDEN = DATA / "nl-bwb__traite-conciliation-nl-suede.txt"
NORWAY = DATA / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"


def _library(root: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    monkeypatch.setenv("VIS_A_VIS_CACHE", str(root / "cache"))
    return open_library("", root=root / "home")


@pytest.fixture
def saved_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two treaties opened from their files, two decisions, saved."""
    library = _library(tmp_path / "first", monkeypatch)
    catalogue = bundled_catalogue()
    left, right = (analyze(open_document(str(p)), catalogue) for p in (SWEDEN, NORWAY))
    book = library.decisions()
    book.record(
        left,
        right,
        Decision(DecisionKind.LINK, left.clauses[0].clause_id, right.clauses[1].clause_id, now()),
    )
    book.record(
        left, right, Decision(DecisionKind.NO_COUNTERPART, left.clauses[2].clause_id, None, now())
    )
    rows = book.rows()
    library.close()
    first, second = side_of(left.document), side_of(right.document)
    path = tmp_path / "traités.vavcmp"
    write_saved(
        path,
        SavedComparison(
            first, second, 0.3, 4, decisions_about(rows, first.sha256, second.sha256), "0.1.0"
        ),
    )
    return path


def test_a_fresh_library_gets_the_texts_and_decisions(
    saved_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = read_saved(saved_file)
    assert (saved.left.name, saved.right.name) == (SWEDEN.name, NORWAY.name)
    assert (saved.threshold, saved.min_words, len(saved.decisions)) == (0.3, 4, 2)
    library = _library(tmp_path / "other computer", monkeypatch)
    before = len(library.entries())
    opened = open_saved(library, saved, saved_file)
    assert opened.reused == (False, False)
    assert opened.decisions == 2
    assert len(library.entries()) == before + 2
    catalogue = bundled_catalogue()
    left, right = (analyze(open_document(p), catalogue) for p in (opened.left, opened.right))
    assert left.document.raw == SWEDEN.read_text(encoding="utf-8")
    assert content_key(right) == saved.right.sha256
    assert left.document.meta == saved.left.meta  # the metadata as saved, not guessed again
    resolved = library.decisions().load(left, right)
    assert sorted(d.kind for d in resolved.decisions) == [
        DecisionKind.LINK,
        DecisionKind.NO_COUNTERPART,
    ]
    assert not resolved.lost

    # Opened again (or on a library that has the texts): nothing doubled.
    again = open_saved(library, read_saved(saved_file), saved_file)
    assert again.reused == (True, True)
    assert (again.left, again.right, again.decisions) == (opened.left, opened.right, 0)
    assert len(library.entries()) == before + 2
    library.close()


def test_a_text_already_in_the_library_is_reused(
    saved_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library(tmp_path / "has one", monkeypatch)
    copy = tmp_path / "renamed copy.txt"
    shutil.copy(SWEDEN, copy)
    (outcome,) = library.add_paths([copy])
    count = len(library.entries())
    opened = open_saved(library, read_saved(saved_file), saved_file)
    assert opened.reused == (True, False)
    assert opened.left == library.document(outcome.key).path
    assert len(library.entries()) == count + 1
    library.close()


def _rewrite(source: Path, target: Path, change: dict[str, bytes]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item.filename, change.get(item.filename, old.read(item.filename)))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("truncated", "damaged"),
        ("text edited", "altered"),
        ("decision edited", "altered"),
        ("not a zip", "damaged"),
        ("no manifest", "not a saved comparison"),
    ],
)
def test_a_damaged_or_altered_file_changes_nothing(
    saved_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str, reason: str
) -> None:
    bad = tmp_path / "bad.vavcmp"
    data = saved_file.read_bytes()
    if damage == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "not a zip":
        bad.write_bytes(b"%PDF-1.7 not a comparison")
    elif damage == "text edited":
        with zipfile.ZipFile(saved_file) as archive:
            text = archive.read("left.txt").replace(b"Article 1", b"Article 99", 1)
        _rewrite(saved_file, bad, {"left.txt": text})
    elif damage == "decision edited":
        with zipfile.ZipFile(saved_file) as archive:
            manifest = archive.read("comparison.json").replace(b'"link"', b'"unlink"', 1)
        _rewrite(saved_file, bad, {"comparison.json": manifest})
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(saved_file) as old, zipfile.ZipFile(buffer, "w") as new:
            for item in old.infolist():
                if item.filename != "comparison.json":
                    new.writestr(item, old.read(item))
        bad.write_bytes(buffer.getvalue())
    with pytest.raises(SavedComparisonError, match=reason):
        read_saved(bad)


def test_an_unwritable_place_leaves_nothing(saved_file: Path, tmp_path: Path) -> None:
    saved = read_saved(saved_file)
    with pytest.raises(SavedComparisonError, match="cannot write"):
        write_saved(tmp_path / "missing" / "x.vavcmp", saved)
    assert not (tmp_path / "missing").exists()
