"""The issue's check, as a team runs it: a PostgreSQL server of the test's own, the sixteen
English statements of ``tests/data`` added by two ``library add`` processes at once with
``VIS_A_VIS_LIBRARY_URL`` set, all listed (with the five bundled declarations), and every phrase
found as often, at the same offsets, as in the embedded library holding the same documents."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.app.cli.test_cli import ROOT, run
from tests.corpus.test_library_backends import text_file
from tests.corpus.test_library_server import STATEMENTS

PHRASES = (
    "strategic partnership",
    "territorial integrity",
    "sovereignty and territorial integrity",
    "human rights",
    "sovereign*",
    "NEAR(peace security, 5)",
    "family:territorial-integrity",
)


def _environment(tmp_path: Path, address: str = "") -> dict[str, str]:
    env = {
        **os.environ,
        "VIS_A_VIS_DATA": str(tmp_path / ("unused" if address else "embedded")),
        "VIS_A_VIS_CACHE": str(tmp_path / "cache"),
    }
    env.pop("VIS_A_VIS_LIBRARY_URL", None)
    if address:
        env["VIS_A_VIS_LIBRARY_URL"] = address
    return env


def _hits(phrase: str, env: dict[str, str]) -> list[tuple[str, int, int]]:
    result = run("search", phrase, "--json", env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return [(Path(h["path"]).name, h["start"], h["end"]) for h in report["hits"]]


def test_two_processes_fill_a_server_that_finds_what_the_embedded_library_finds(
    server_address: str, tmp_path: Path
) -> None:
    assert len(STATEMENTS) == 16
    folder = tmp_path / "statements"
    folder.mkdir()
    for name in STATEMENTS:
        shutil.copy(text_file(name), folder / name)
    server = _environment(tmp_path, server_address)
    add = [sys.executable, str(ROOT / "main.py"), "library", "add", str(folder), "--json"]
    processes = [
        subprocess.Popen(add, cwd=ROOT, env=server, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outcomes = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()
        outcomes += json.loads(out)["outcomes"]
    statuses = sorted(o["status"] for o in outcomes)
    assert statuses.count("added") == 16
    assert statuses.count("duplicate") == 16

    listing = run("library", "list", "--json", env=server)
    assert listing.returncode == 0, listing.stderr
    documents = json.loads(listing.stdout)["documents"]
    assert len(documents) == 21
    assert sum(d["id"].startswith("bundled:") for d in documents) == 5
    assert sorted(Path(d["source"]).name for d in documents if d["source"]) == STATEMENTS
    checked = run("library", "check", env=server)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("sound: 21 documents in postgresql://")

    embedded = _environment(tmp_path)
    added = run("library", "add", str(folder), env=embedded)
    assert added.returncode == 0, added.stderr
    for phrase in PHRASES:
        on_server, at_home = _hits(phrase, server), _hits(phrase, embedded)
        assert on_server, phrase
        assert on_server == at_home, phrase


def test_export_from_this_computer_and_import_into_the_server(
    server_address: str, tmp_path: Path
) -> None:
    home, server = _environment(tmp_path), _environment(tmp_path, server_address)
    added = run(
        "library", "add", str(text_file(STATEMENTS[0])), str(text_file(STATEMENTS[1])), env=home
    )
    assert added.returncode == 0, added.stderr
    exported = run("library", "export", str(tmp_path / "moved"), env=home)
    assert exported.returncode == 0, exported.stderr
    assert "exported 2 documents and 0 decisions" in exported.stdout
    imported = run("library", "import", str(tmp_path / "moved"), "--json", env=server)
    assert imported.returncode == 0, imported.stderr
    statuses = [o["status"] for o in json.loads(imported.stdout)["outcomes"]]
    assert statuses == ["added", "added"]
    listing = json.loads(run("library", "list", "--json", env=server).stdout)["documents"]
    assert sorted(Path(d["source"]).name for d in listing if d["source"]) == STATEMENTS[:2]
    refused = run("library", "import", str(tmp_path), env=server)
    assert refused.returncode == 2
    assert "not a library export" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_check_says_which_index_finds_phrases(
    server_address: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    server = _environment(tmp_path, server_address)
    checked = run("library", "check", env=server)
    assert checked.returncode == 0, checked.stderr
    report = json.loads(run("library", "check", "--json", env=server).stdout)
    if "rum" in request.node.callspec.id:
        assert "phrases found by a positions index (RUM)" in checked.stdout
        assert report["phrase_index"] == "rum"
    else:
        assert "phrases found by plain PostgreSQL (GIN, no RUM extension)" in checked.stdout
        assert report["phrase_index"] == "gin"
    assert report["sound"] is True


def test_two_processes_adding_a_large_folder_in_opposite_orders_store_each_text_once(
    server_address: str, tmp_path: Path
) -> None:
    """Enough files for worker processes (``corpus.library.server.importing``) in each, one
    process taking them in the folder's order and the other backwards: every text stored once,
    whole, and the other process told it is a duplicate."""
    from tests.corpus.test_server_bulk import TEXTS

    folder = tmp_path / "texts"
    folder.mkdir()
    for path in TEXTS:
        shutil.copy(path, folder / path.name)
    files = sorted(str(p) for p in folder.iterdir())
    server = _environment(tmp_path, server_address)
    adds = [
        [sys.executable, str(ROOT / "main.py"), "library", "add", *order, "--json"]
        for order in (files, files[::-1])
    ]
    processes = [
        subprocess.Popen(add, cwd=ROOT, env=server, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for add in adds
    ]
    statuses: list[str] = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode()
        statuses += [o["status"] for o in json.loads(out)["outcomes"]]
    assert statuses.count("added") == len(files)
    assert statuses.count("duplicate") == len(files)
    checked = run("library", "check", env=server)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"sound: {len(files) + 5} documents in postgresql://")
