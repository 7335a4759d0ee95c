"""The command line on odd file names and folders (links out of the folder, names that are not
UTF-8 or too long for a sidecar, a Latin-1 terminal) and bad filters. Exit 0 or 2, never a
traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.app.cli.test_cli import ROOT, run

TEXT = "Déclaration commune.\n\nLes Parties affirment leur attachement au {word}.\n"


def test_search_corpus_keeps_to_its_folder_and_reads_odd_names(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / ("d" * 246 + ".txt")).write_text(TEXT.format(word="multilatéralisme"), "utf-8")
    with open(os.fsencode(folder) + b"/d\xe9claration.txt", "wb") as handle:
        handle.write(TEXT.format(word="multilatéralisme").encode("utf-8"))
    outside = tmp_path / "secret.txt"
    outside.write_text(TEXT.format(word="multilatéralisme"), encoding="utf-8")
    (folder / "lien.txt").symlink_to(outside)
    (folder / "boucle.txt").symlink_to(folder / "boucle.txt")
    env = {**os.environ, "VIS_A_VIS_CACHE": str(tmp_path / "cache")}
    result = run("search", "multilatéralisme", "--corpus", str(folder), "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    names = sorted(Path(hit["source"]).name for hit in json.loads(result.stdout)["hits"])
    assert names == ["d\\xe9claration.txt", "d" * 246 + ".txt"]
    assert "secret" not in result.stdout


def test_scan_json_of_a_name_that_is_not_utf8_on_a_latin1_terminal(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/d\xe9claration \xe2\x80\x99.txt"
    with open(name, "wb") as handle:
        handle.write(TEXT.format(word="droit international").encode("utf-8"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "scan", os.fsdecode(name), "--json"],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "latin-1"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.decode("latin-1"))
    assert report["path"].endswith("d\udce9claration \u2019.txt")  # escaped, not lost
    assert report["title"].startswith("Déclaration")
    assert report["clauses"]


def test_scan_of_a_name_too_long_for_a_sidecar(tmp_path: Path) -> None:
    path = tmp_path / ("d" * 250 + ".txt")
    path.write_text(TEXT.format(word="droit international"), encoding="utf-8")
    result = run("scan", str(path))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("option", "value"),
    [("--to", "2025-13-45"), ("--from", "2025-02-30"), ("--to", "25"), ("--language", "xx")],
)
def test_search_refuses_a_bad_filter(tmp_path: Path, option: str, value: str) -> None:
    env = {**os.environ, "VIS_A_VIS_DATA": str(tmp_path / "data")}
    result = run("search", "souveraineté", option, value, env=env)
    assert result.returncode == 2
    assert value in result.stderr
    assert "Traceback" not in result.stderr
