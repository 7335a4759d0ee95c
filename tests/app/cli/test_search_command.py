"""``search`` as a user runs it: a subprocess, real files, JSON, exit codes; user folders in tmp."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from corpus.text.normalize import fold

from tests.app.cli.test_cli import run as run_main
from tests.corpus.test_extract import make_pdf

if TYPE_CHECKING:
    from corpus.library.index import SearchIndex

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "VIS_A_VIS_DATA": str(home / "data"),
        "VIS_A_VIS_CACHE": str(home / "cache"),
    }
    return run_main("search", *args, env=env)


def search_json(*args: str, home: Path) -> dict[str, object]:
    result = run(*args, "--json", home=home)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_without_a_library_the_bundled_texts_are_searched_and_nothing_is_created(
    tmp_path: Path,
) -> None:
    report = search_json("l'intégrité territoriale", home=tmp_path)
    assert report["query"] == "l'intégrité territoriale"
    assert report["total"] == 6
    for hit in report["hits"]:  # type: ignore[attr-defined]
        assert set(hit) >= {"path", "title", "start", "end", "snippet"}
        raw = Path(hit["path"]).read_text(encoding="utf-8")
        assert fold(raw[hit["start"] : hit["end"]]) == "l'integrite territoriale"
    assert not (tmp_path / "data").exists()


def test_the_library_is_searched_when_there_is_one(tmp_path: Path) -> None:
    from corpus.library.embedded.store import EmbeddedLibrary

    (tmp_path / "mine.txt").write_text(
        "L’intégrité territoriale de la Syldavie.\n", encoding="utf-8"
    )
    library = EmbeddedLibrary.open(tmp_path / "data")
    library.add_file(tmp_path / "mine.txt")
    library.close()
    report = search_json("integrite territoriale", "--party", "", home=tmp_path)
    assert report["total"] == 9
    assert not (tmp_path / "data" / "library.db.in-use").exists()  # closed cleanly
    assert (
        search_json("integrite territoriale", "--from", "2025", "--to", "2025", home=tmp_path)[
            "total"
        ]
        == 2
    )


def test_a_folder_is_indexed_once_and_kept_up_to_date(tmp_path: Path) -> None:
    corpus = tmp_path / "texts"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Respect de l’intégrité territoriale.\n", encoding="utf-8")
    (corpus / "b.pdf").write_bytes(make_pdf([["La souveraineté et l’intégrité", "territoriale."]]))
    first = search_json("integrite territoriale", "--corpus", str(corpus), home=tmp_path)
    assert first["total"] == 2
    pdf_hit = next(h for h in first["hits"] if h["source"].endswith("b.pdf"))  # type: ignore[attr-defined]
    text = Path(pdf_hit["path"]).read_text(encoding="utf-8")
    assert " ".join(text[pdf_hit["start"] : pdf_hit["end"]].split()) == "intégrité territoriale"
    assert list((tmp_path / "cache" / "search").glob("*.sqlite"))
    (corpus / "a.txt").write_text("Plus rien ici.\n", encoding="utf-8")  # changed
    (corpus / "c.md").write_text("# Intégrité territoriale\n", encoding="utf-8")  # added
    assert (
        search_json("integrite territoriale", "--corpus", str(corpus), home=tmp_path)["total"] == 2
    )
    (corpus / "c.md").unlink()
    assert (
        search_json("integrite territoriale", "--corpus", str(corpus), home=tmp_path)["total"] == 1
    )


def test_text_output_lists_a_concordance(tmp_path: Path) -> None:
    result = run("INVIOLABILITÉ DES FRONTIÈRES", home=tmp_path)
    assert result.returncode == 0
    assert "[inviolabilité des frontières]" in result.stdout
    assert result.stdout.rstrip().endswith("3 occurrence(s) in 3 document(s)")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("NEAR(paix",), "NEAR"),
        (("paix", "--from", "hier"), "not a date"),
        (("paix", "--corpus", "/no/such/folder"), "no such folder"),
        (("family:nope",), "unknown formula family"),
    ],
)
def test_errors_exit_2_with_one_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run(*args, home=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_long_first_index_says_how_far_it_has_got(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import search

    folder = tmp_path / "texts"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(
            f"Déclaration {name}.\n\nLes Parties réaffirment l'intégrité territoriale.\n",
            encoding="utf-8",
        )
    monkeypatch.setattr(search, "PROGRESS_SECONDS", 0.0)  # every file counts as "long"
    index, _ = search.folder_index(folder, tmp_path / "cache")
    said = capsys.readouterr().err
    assert "indexing 3 of 3 files" in said
    assert said.rstrip().endswith("indexed 3 files")
    assert len(index) == 3
    monkeypatch.setattr(search, "PROGRESS_SECONDS", 3600.0)
    search.folder_index(folder, tmp_path / "cache")  # nothing new, nothing long: silent
    assert capsys.readouterr().err == ""


def _folder_of_real_texts(tmp_path: Path) -> Path:
    """The real texts of tests/data, with a .docx-like name left out: plain text files."""
    folder = tmp_path / "texts"
    folder.mkdir()
    for source in sorted((ROOT / "tests/data/texts").glob("*.txt")):
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _index_dump(index: SearchIndex) -> tuple[object, ...]:
    """Everything a folder index stores and finds, to compare two of them."""
    from corpus.library.hits import Filters
    from corpus.library.query import parse_query

    documents = index.fetch(
        "SELECT id, key, path, stamp, title, date, parties, kind, place, language, raw, view,"
        " offsets FROM documents ORDER BY id"
    )
    formulas = index.fetch("SELECT doc, family, start, end FROM formulas ORDER BY doc, start")
    hits = [
        [(h.path, h.start, h.end) for h in index.search(parse_query(q, stemmed=s), f).hits]
        for q, s, f in (
            ("intégrité territoriale", False, Filters()),
            ("NEAR(paix amitié, 5)", False, Filters()),
            ("frontière", True, Filters()),
            ("paix", False, Filters(date_from="1900", date_to="1950")),
            ("family:non-interference", False, Filters()),
            ("family:peaceful-settlement", False, Filters(language="fr")),
        )
    ]
    return documents, formulas, hits


def test_many_files_prepared_by_worker_processes_give_the_same_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli import search
    from corpus.library import parallel

    folder = _folder_of_real_texts(tmp_path)
    monkeypatch.setattr(parallel, "PARALLEL_MINIMUM", 10**9)  # one process
    alone, _ = search.folder_index(folder, tmp_path / "alone")
    monkeypatch.setattr(parallel, "PARALLEL_MINIMUM", 1)
    monkeypatch.setattr(parallel, "available_cores", lambda: 2)  # two workers, even on one core
    shared, _ = search.folder_index(folder, tmp_path / "shared")
    expected = _index_dump(alone)
    assert len(expected[0]) == len(list(folder.glob("*.txt"))) > 30
    assert _index_dump(shared) == expected
    assert all(expected[2]), "every query finds something in the real texts"


def test_a_new_folder_index_keeps_no_free_pages(tmp_path: Path) -> None:
    import sqlite3

    from app.cli import search

    folder = _folder_of_real_texts(tmp_path)
    index, _ = search.folder_index(folder, tmp_path / "cache")
    assert index.fetch("PRAGMA auto_vacuum") == [(2,)]  # incremental: compact() can give back
    assert index.fetch("PRAGMA freelist_count") == [(0,)]
    # Removing files frees pages (their rows, their FTS entries): given back too.
    for path in sorted(folder.glob("*.txt"))[::2]:
        path.unlink()
    index.close()
    index, _ = search.folder_index(folder, tmp_path / "cache")
    assert index.fetch("PRAGMA freelist_count") == [(0,)]
    assert isinstance(index.path, Path)
    index.close()
    database = sqlite3.connect(index.path)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    database.close()
