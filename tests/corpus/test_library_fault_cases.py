"""Faults of issue 28: a lock file replaced by a folder, a disk that fills up during an import,
a data folder on a read-only disk (which reading commands still read). The disks are real
tmpfs mounts where the tests run as root (skipped elsewhere, with the reason)."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

from corpus.compare.analysis import analyze
from corpus.compare.decisions import find_clause
from corpus.formulas.finder import bundled_catalogue
from corpus.library.api import ImportStatus
from corpus.library.connect import open_library
from corpus.library.decisions import now
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.library.embedded.writelock import LOCK_FILE
from corpus.library.query import parse_query
from corpus.model import Decision, DecisionKind
from corpus.text.documents import load_file

from tests.corpus.test_library_faults import small_disk

DATA = Path(__file__).resolve().parents[1] / "data"
SWEDEN = DATA / "nl-bwb__traite-conciliation-nl-suede.txt"
NORWAY = DATA / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"


def test_a_lock_file_replaced_by_a_folder_is_set_aside(tmp_path: Path) -> None:
    root = tmp_path / "library"
    EmbeddedLibrary.open(root, with_bundled=False).close()
    (root / LOCK_FILE).unlink(missing_ok=True)
    (root / LOCK_FILE).mkdir()
    (root / LOCK_FILE / "inside").write_text("kept", encoding="utf-8")
    library = EmbeddedLibrary.open(root, with_bundled=False)
    try:
        library.add_file(SWEDEN)
        assert len(library.entries()) == 1
        assert any("was not a lock file" in notice for notice in library.notices)
    finally:
        library.close()
    (aside,) = root.glob(f"{LOCK_FILE}.damaged-*")
    assert (aside / "inside").read_text(encoding="utf-8") == "kept"


def big_text(path: Path) -> Path:
    """A text of about 4 MB made of the UN Charter's words (its index needs a few MB more)."""
    words = (DATA / "nl-bwb__charter-of-the-united-nations.txt").read_text().split()
    chosen = random.Random(1)
    lines = (" ".join(chosen.choice(words) for _ in range(12)) for _ in range(45_000))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_disk_that_fills_up_during_an_import(tmp_path: Path) -> None:
    source = big_text(tmp_path / "big.txt")
    with small_disk(tmp_path, 24) as disk:
        root = disk / "library"
        EmbeddedLibrary.open(root, with_bundled=False).close()
        free = shutil.disk_usage(disk).free
        with (disk / "filler").open("wb") as filler:  # room for the copy, not for the index
            filler.write(b"\0" * (free - 6 * 1024 * 1024))
        library = EmbeddedLibrary.open(root, with_bundled=False)
        try:
            (outcome,) = library.add_paths([source])
        finally:
            library.close()
        assert outcome.status is ImportStatus.FAILED
        assert outcome.message == f"{source}: cannot be added to the library (the disk is full)"
        (disk / "filler").unlink()
        library = EmbeddedLibrary.open(root, with_bundled=False)  # and it does not come back
        try:
            assert library.entries() == []
        finally:
            library.close()
        assert not any((root / "originals").iterdir())


def test_reading_commands_read_a_library_on_a_read_only_disk(tmp_path: Path) -> None:
    sweden = analyze(load_file(SWEDEN), bundled_catalogue())
    norway = analyze(load_file(NORWAY), bundled_catalogue())
    with small_disk(tmp_path, 32) as disk:
        root = disk / "library"
        library = EmbeddedLibrary.open(root)
        try:
            library.add_paths([SWEDEN, NORWAY])
            label = "Article 2 (1)"
            decision = Decision(
                DecisionKind.LINK, find_clause(sweden, label), find_clause(norway, label), now()
            )
            library.decisions().record(sweden, norway, decision)
        finally:
            library.close()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        reader = open_library("", root=root, reading=True)
        try:
            assert len(reader.entries()) == 7  # five bundled, two added
            hits = reader.index.search(parse_query("règlement judiciaire"))
            assert hits.hits
            assert len(reader.decisions().load(sweden, norway).decisions) == 1
            assert any("read as it is" in notice for notice in reader.notices)
        finally:
            reader.close()
