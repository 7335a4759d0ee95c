"""``library`` as an analyst scripts it: add, list, edit, remove, check, in subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli.library import short_ids

from tests.app.cli.test_cli import run as run_main

DATA = Path(__file__).resolve().parents[2] / "data"
SWEDEN = "nl-bwb__traite-conciliation-nl-suede.txt"
UKRAINE = "whitehouse__us-ukraine-strategic-partnership-2021.txt"


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VIS_A_VIS_DATA": str(home / "data"), "VIS_A_VIS_CACHE": str(home)}
    return run_main(*args, env=env)


def as_json(*args: str, home: Path) -> dict[str, object]:
    result = run(*args, "--json", home=home)
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two real texts and one binary file, as a user's folder holds them."""
    source = tmp_path / "mine"
    source.mkdir()
    for name in (SWEDEN, UKRAINE):
        shutil.copy(DATA / name, source / name)
    (source / "scan.txt").write_bytes(b"\x00\x01\x02 not text")
    return source


def listed(home: Path) -> list[dict[str, object]]:
    documents = as_json("library", "list", home=home)["documents"]
    assert isinstance(documents, list)
    return documents


def test_add_a_folder_lists_each_file_and_fails_only_the_bad_one(
    tmp_path: Path, folder: Path
) -> None:
    result = run("library", "add", str(folder), "--json", home=tmp_path)
    assert result.returncode == 1  # one file failed
    outcomes = {Path(o["source"]).name: o for o in json.loads(result.stdout)["outcomes"]}
    assert {n: o["status"] for n, o in outcomes.items()} == {
        SWEDEN: "added",
        UKRAINE: "added",
        "scan.txt": "failed",
    }
    assert "binary" in outcomes["scan.txt"]["message"]
    again = run("library", "add", str(folder / SWEDEN), home=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == "1 duplicate"
    sources = {Path(str(d["source"])).name for d in listed(tmp_path) if d["source"]}
    assert sources == {SWEDEN, UKRAINE}


def test_a_removed_document_answers_no_search(tmp_path: Path, folder: Path) -> None:
    run("library", "add", str(folder / UKRAINE), home=tmp_path)
    phrase = "reinvigorating the Strategic Partnership Commission"

    def hits() -> int:
        report = as_json("search", phrase, home=tmp_path)
        total = report["total"]
        assert isinstance(total, int)
        return total

    assert hits() >= 1
    (ukraine,) = [d for d in listed(tmp_path) if d["source"]]
    removed = run("library", "remove", str(ukraine["id"])[:12], home=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert hits() == 0
    assert not [d for d in listed(tmp_path) if d["source"]]
    assert (folder / UKRAINE).exists()  # the original is never touched


def test_edit_checks_the_date_and_keeps_the_edit(tmp_path: Path, folder: Path) -> None:
    run("library", "add", str(folder / SWEDEN), home=tmp_path)
    (sweden,) = [d for d in listed(tmp_path) if d["source"]]
    key = str(sweden["id"])
    bad = run("library", "edit", key[:12], "--date", "1927-13-01", home=tmp_path)
    assert bad.returncode == 2
    assert "not a date" in bad.stderr
    assert "Traceback" not in bad.stderr
    edited = as_json(
        "library", "edit", key[:12], "--date", "1927-05-21", "--parties", "Pays-Bas; Suède",
        home=tmp_path,
    )  # fmt: skip
    assert (edited["date"], edited["parties"]) == ("1927-05-21", ["Pays-Bas", "Suède"])
    (again,) = [d for d in listed(tmp_path) if d["id"] == key]
    assert (again["date"], again["parties"], again["title"]) == (
        "1927-05-21",
        ["Pays-Bas", "Suède"],
        sweden["title"],
    )


def test_unknown_and_ambiguous_ids_are_refused_with_a_reason(tmp_path: Path) -> None:
    unknown = run("library", "remove", "0000nothing", home=tmp_path)
    assert unknown.returncode == 2
    assert "no document with the ID" in unknown.stderr
    # Two bundled declarations of 2025: "bundled:2025" names neither.
    ambiguous = run("library", "edit", "bundled:2025", "--title", "x", home=tmp_path)
    assert ambiguous.returncode == 2
    assert "ambiguous" in ambiguous.stderr
    bundled = run("library", "remove", "bundled:2004", home=tmp_path)
    assert bundled.returncode == 2
    assert "cannot be removed" in bundled.stderr


def test_check_gives_a_verdict(tmp_path: Path) -> None:
    fresh = as_json("library", "check", home=tmp_path)
    assert fresh["sound"] is True  # no library yet: nothing wrong, nothing created
    assert not (tmp_path / "data").exists()
    listed(tmp_path)  # opening creates it
    assert as_json("library", "check", home=tmp_path)["sound"] is True
    database = tmp_path / "data" / "library.db"
    with database.open("r+b") as handle:  # damage the middle of the file
        handle.seek(database.stat().st_size // 2)
        handle.write(b"\xff" * 4096)
    damaged = run("library", "check", home=tmp_path)
    assert damaged.returncode == 1
    assert damaged.stdout.startswith("damaged:")


def test_short_ids_are_the_shortest_unique_beginnings() -> None:
    keys = ["bundled:2025-04-23_a", "bundled:2025-05-07_b", "bundled:2004-02-06_c", "6587bf" * 10]
    short = short_ids(keys)
    assert short["bundled:2025-04-23_a"] == "bundled:2025-04"
    assert short["bundled:2004-02-06_c"] == "bundled:2004"
    assert short["6587bf" * 10] == "6587bf6587bf"
    for key, prefix in short.items():
        assert [k for k in keys if k.startswith(prefix)] == [key]
