"""The command line, run as a user runs it: a subprocess, real files, exit codes and stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.text import bundled

ROOT = Path(__file__).resolve().parents[3]
MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` as a user runs it, in its own process."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )


def test_scan_json_of_a_bundled_declaration() -> None:
    result = run("scan", MOSCOW, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= {"path", "title", "date", "parties", "clauses", "formulas"}
    raw = bundled.bundled_path(MOSCOW).read_text(encoding="utf-8")
    assert report["date"] == "2004-02-06"
    assert report["parties"] == ["Russia", "Azerbaijan"]
    previous_end = 0
    for clause in report["clauses"]:
        assert set(clause) >= {"id", "label", "kind", "start", "end", "section"}
        assert previous_end <= clause["start"] < clause["end"] <= len(raw)
        previous_end = clause["end"]
    for hit in report["formulas"]:
        assert raw[hit["start"] : hit["end"]] == hit["text"]
    section_iv = [c for c in report["clauses"] if c["section"] == "IV"]
    assert section_iv[0]["label"] == "IV ¶1"


def test_scan_of_a_file_on_disk_with_windows_encoding(tmp_path: Path) -> None:
    raw = bundled.bundled_path(MOSCOW).read_text(encoding="utf-8")
    path = tmp_path / "moscou-ansi.txt"
    path.write_bytes(raw.replace("\n", "\r\n").encode("cp1252"))
    report = json.loads(run("scan", str(path), "--json").stdout)
    assert report["path"] == str(path)
    assert report["title"].startswith("Déclaration de la Fédération de Russie")
    for hit in report["formulas"]:
        assert raw[hit["start"] : hit["end"]] == hit["text"]


def _sparse(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)


def _png(path: Path) -> None:
    path.write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001") + b"\0" * 40)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "folder"),
        (_png, "PNG"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(bytes(range(128, 256)) * 8), "UTF-8"),
        (_sparse, "too large"),
    ],
)
def test_scan_bad_input_one_line_exit_2(tmp_path: Path, make: object, message: str) -> None:
    path = tmp_path / "declaration.txt"
    make(path)  # type: ignore[operator]
    result = run("scan", str(path), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def modules_loaded_by(command: list[str], home: Path) -> set[str]:
    """The top-level modules (and ``app.cli.*``, ``corpus.library.*``) a headless command has
    loaded when it ends."""
    code = (
        f"import sys, runpy; sys.argv = ['main.py', *{command!r}, '--json'];"
        "import io, contextlib\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: runpy.run_path('main.py', run_name='__main__')\n"
        "    except SystemExit: pass\n"
        "print(' '.join(m for m in sys.modules if '.' not in m or m.startswith(('app.cli.', "
        "'corpus.library.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
        env={**os.environ, "VIS_A_VIS_DATA": str(home / "data"), "VIS_A_VIS_CACHE": str(home)},
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


@pytest.mark.parametrize(
    ("command", "unneeded"),
    [
        (["scan", "moscou"], {"PySide6", "scipy", "numpy"}),
        (["search", "intégrité territoriale"], {"PySide6", "scipy", "numpy"}),
        # Without a library (no decisions to apply), nor the readers of other formats than text.
        (
            ["align", "moscou", "2026"],
            {"PySide6", "scipy", "lxml", "charset_normalizer", "corpus.library.store"},
        ),
    ],
)
def test_headless_commands_load_only_what_they_need(
    command: list[str], unneeded: set[str], tmp_path: Path
) -> None:
    loaded = modules_loaded_by(command, tmp_path)
    assert not loaded & unneeded
    # Only the module of the subcommand run, and what subcommands share.
    assert {m for m in loaded if m.startswith("app.cli.")} <= {
        "app.cli.main",
        "app.cli.options",
        f"app.cli.{command[0]}",
    }


PAGES = ROOT / "tests" / "data" / "pages"


def test_scan_json_gives_each_clause_text_and_its_offsets_in_the_file(tmp_path: Path) -> None:
    page = PAGES / "belovezh-accords-1991.en.md"
    report = json.loads(run("scan", str(page), "--json").stdout)
    assert report["offsets"]["file_start_end"] is not None
    source = page.read_text(encoding="utf-8")
    article_5 = next(c for c in report["clauses"] if c["label"] == "Article 5 ¶1")
    assert article_5["text"] == (
        "The High Contracting Parties acknowledge and respect each other's territorial "
        "integrity and the inviolability of existing borders within the Commonwealth."
    )
    # In the file, the same words, hard-wrapped over three lines.
    in_file = source[article_5["file_start"] : article_5["file_end"]]
    assert in_file.split() == article_5["text"].split()
    assert in_file.count("\n") == 2
    # An HTML page's text is not the file's: its offsets are the text's only, and say so.
    html = tmp_path / "page.html"
    html.write_text("<html><body><main><p>The Parties agree to meet.</p></main></body></html>")
    report = json.loads(run("scan", str(html), "--json").stdout)
    assert report["offsets"]["file_start_end"] is None
    assert [(c["text"], "file_start" in c) for c in report["clauses"]] == [
        ("The Parties agree to meet.", False)
    ]


def test_align_json_gives_each_clause_text(tmp_path: Path) -> None:
    plain = tmp_path / "belovezh.txt"
    plain.write_bytes((PAGES / "belovezh-accords-1991.en.md").read_bytes())
    report = json.loads(
        run("align", str(PAGES / "belovezh-accords-1991.en.md"), str(plain), "--json").stdout
    )
    for side in ("left", "right"):
        texts = {c["label"]: c["text"] for c in report[side]["clauses"]}
        assert " ".join(texts["Article 5 ¶1"].split()).endswith("within the Commonwealth.")
        for clause in report[side]["clauses"]:
            assert clause["file_end"] - clause["file_start"] >= len(clause["text"].strip())


def test_align_json_of_two_bundled_declarations() -> None:
    result = run("align", "moscou", "2026", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= {"left", "right", "pairs", "phrases", "formulas_only_in"}
    left_raw = bundled.bundled_path(MOSCOW).read_text(encoding="utf-8")
    ids = {side: {c["id"]: c for c in report[side]["clauses"]} for side in ("left", "right")}
    for pair in report["pairs"]:
        assert pair["left"] in ids["left"]
        assert pair["right"] in ids["right"]
        assert 0 < pair["score"] <= 1
        # strong from 0.40, fair from 0.30, weak below (corpus.compare.align.strength)
        expected = "strong" if pair["score"] >= 0.4 else "fair" if pair["score"] >= 0.3 else "weak"
        assert pair["strength"] == expected
    assert {"strong", "weak"} <= {p["strength"] for p in report["pairs"]}
    sovereignty = [p for p in report["pairs"] if ids["left"][p["left"]]["label"] == "IV ¶4"]
    assert any(ids["right"][p["right"]]["label"] == "1." for p in sovereignty)
    # The lead-ins pair with each other, never with a commitment.
    lead_ins = [p for p in report["pairs"] if ids["left"][p["left"]]["label"] == "¶1"]
    assert [ids["right"][p["right"]]["label"] for p in lead_ins] == ["¶1"]
    for phrase in report["phrases"]:
        start, end = phrase["left"]
        assert " ".join(left_raw[start:end].split()) == phrase["text"]
    assert "non-interference" in report["formulas_only_in"]["left"]
    assert (report["relation"], report["basis"]) == ("comparable", "words")


def test_align_json_says_a_french_and_an_english_text_are_versions() -> None:
    folder = ROOT / "tests" / "data" / "xlang"
    result = run(
        "align",
        str(folder / "pakistan-seamen-book-letters.fr.txt"),
        str(folder / "pakistan-seamen-book-letters.en.txt"),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["relation"], report["basis"]) == ("versions", "cognates")
    labels = {
        side: {c["id"]: c["label"] for c in report[side]["clauses"]} for side in ("left", "right")
    }
    pairs = {(labels["left"][p["left"]], labels["right"][p["right"]]) for p in report["pairs"]}
    assert ("Article premier", "Article 1") in pairs
    assert ("Article 9", "Article 9") in pairs


def test_align_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    _png(path)
    result = run("align", "moscou", str(path), "--json")
    assert result.returncode == 2
    assert "PNG" in result.stderr
    assert "Traceback" not in result.stderr
    assert run("align", "moscou").returncode == 2  # a missing argument: usage, not a traceback
    bad_threshold = run("align", "moscou", "2026", "--threshold", "7")
    assert bad_threshold.returncode == 2
    assert "between 0 and 1" in bad_threshold.stderr


def test_search_json_over_the_bundled_declarations() -> None:
    result = run("search", "INVIOLABILITÉ DES FRONTIÈRES", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["query"] == "INVIOLABILITÉ DES FRONTIÈRES"
    assert report["total"] == 3 == len(report["hits"])
    for hit in report["hits"]:
        raw = Path(hit["path"]).read_text(encoding="utf-8")
        assert raw[hit["start"] : hit["end"]].lower() == "inviolabilité des frontières"
        assert "[inviolabilité des frontières]" in hit["snippet"]


def test_search_a_folder_with_a_cached_index(tmp_path: Path) -> None:
    import os

    corpus = tmp_path / "texts"
    corpus.mkdir()
    source = Path(__file__).resolve().parents[2] / "data"
    (corpus / "vietnam.txt").write_text(
        (source / "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt").read_text(
            encoding="utf-8"
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "VIS_A_VIS_CACHE": str(tmp_path / "cache")}

    def search() -> dict[str, object]:
        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "search",
            "territorial integrity",
            "--corpus",
            str(corpus),
            "--json",
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=True
        )
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    first = search()
    assert first["total"] >= 1
    assert list((tmp_path / "cache" / "search").glob("*.sqlite"))
    (corpus / "more.txt").write_text("Respect for the territorial integrity of States.\n")
    assert search()["total"] == first["total"] + 1  # the new file was indexed
    (corpus / "more.txt").unlink()
    assert search()["total"] == first["total"]  # and forgotten once deleted


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    # "search ... | head": the pipe closes while hundreds of kilobytes are still to be written.
    env = {**os.environ, "VIS_A_VIS_DATA": str(tmp_path / "data"), "VIS_A_VIS_CACHE": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "search", "de", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    ) as process:
        assert process.stdout is not None
        assert process.stdout.read(100).startswith(b'{"query": "de"')
        process.stdout.close()
        _, errors = process.communicate(timeout=60)
    assert b"Traceback" not in errors, errors.decode()
    assert process.returncode == 0


def test_the_program_leaves_what_it_made_to_the_system_at_exit() -> None:
    # Python's last collections would walk every object a comparison left (see app.cli.main.run).
    code = (
        "import gc, io, sys, contextlib; sys.argv = ['main.py', 'align', 'moscou', 'chine'];"
        "import app.cli.main as cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    status = cli.run()\n"
        "print(status, gc.get_freeze_count())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    status, frozen = result.stdout.split()
    assert status == "0", result.stderr
    assert int(frozen) > 10_000  # 26,000 after this comparison
