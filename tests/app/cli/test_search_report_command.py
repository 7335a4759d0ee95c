"""``search --report`` as a user runs it, over a library of the shared texts: the PDF's text and
the Word document's XML hold the query, the totals, every hit's context and source, the Word
document the chart as a picture, and their figures are those of ``search --by-year --json``."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from corpus.library.server.connection import describe

from tests.app.cli.test_cli import run as run_cli
from tests.app.cli.test_search_timeline import home, run
from tests.corpus.test_library_backends import text_file
from tests.corpus.test_library_server import STATEMENTS

__all__ = ["home"]  # the library of the shared texts, a fixture of this module too

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
QUERIES = ("intégrité territoriale", "family:strategic-partnership")


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reports' words in English, whatever the machine's locale (French has its own test)."""
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


def _squash(text: str) -> str:
    """Text without white space (pypdf extracts Qt's spaces as tabs or breaks)."""
    return "".join(text.split())


def by_year(home: Path, query: str) -> dict[str, object]:
    result = run("search", query, "--by-year", "--json", home=home)
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


def write_report(home: Path, query: str, out: Path, *args: str) -> None:
    result = run("search", query, "--report", str(out), *args, home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(out)  # the file written, last
    assert out.is_file()


def _hits(report: dict[str, object]) -> list[dict[str, object]]:
    hits = report["hits"]
    assert isinstance(hits, list)
    assert hits
    return hits


@pytest.mark.parametrize("query", QUERIES)
def test_the_pdf_holds_the_query_the_totals_every_context_and_source(
    home: Path, tmp_path: Path, query: str
) -> None:
    report = by_year(home, query)
    out = tmp_path / "report.pdf"
    write_report(home, query, out)
    text = _squash("".join(page.extract_text() for page in PdfReader(out).pages))
    assert _squash(query) in text
    hits = _hits(report)
    documents = {str(h["path"]) for h in hits}
    assert _squash(f"Documents: {len(documents)}") in text
    assert _squash(f"Occurrences: {report['total']}") in text
    for number, hit in enumerate(hits, start=1):
        left, match, right = _parts(hit)
        assert _squash(f"[{number}] …{left}{match}{right}…") in text
        assert _squash(Path(str(hit["source"])).name) in text


def _parts(hit: dict[str, object]) -> tuple[str, str, str]:
    """A hit's left context, match and right context, from its bracketed snippet."""
    found = re.fullmatch(r"(.*)\[(.*)\](.*)", str(hit["snippet"]), re.DOTALL)
    assert found is not None
    left, match, right = found.groups()
    return left, match, right


def _docx_text(path: Path) -> tuple[str, ElementTree.Element, list[str]]:
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml")
        media = [n for n in docx.namelist() if n.startswith("word/media/")]
        pictures = [docx.read(n) for n in media]
    root = ElementTree.fromstring(xml)
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]
    assert len(pictures) == 1
    assert pictures[0][:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", pictures[0][16:24])
    assert (width, height) == (2000, 1120)  # the chart, at twice --plot's 1000 x 560
    return "\n".join(paragraphs), root, media


def _year_rows(root: ElementTree.Element) -> dict[str, tuple[int, int]]:
    table = next(root.iter(f"{W}tbl"))
    rows = {}
    for row in list(table.iter(f"{W}tr"))[1:]:
        cells = ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in row.iter(f"{W}tc")]
        rows[cells[0]] = (int(cells[1]), int(cells[2]))
    return rows


@pytest.mark.parametrize("query", QUERIES)
def test_the_word_document_holds_the_chart_and_the_same_figures(
    home: Path, tmp_path: Path, query: str
) -> None:
    report = by_year(home, query)
    out = tmp_path / "report.docx"
    write_report(home, query, out, "--split", "party")
    text, root, _media = _docx_text(out)
    assert query in text
    hits = _hits(report)
    for number, hit in enumerate(hits, start=1):
        left, match, right = _parts(hit)
        assert f"[{number}] …{left}{match}{right}…" in text
        assert Path(str(hit["source"])).name in text
    # the matched words are runs of their own, bold and shaded
    matched = [
        "".join(t.text or "" for t in r.iter(f"{W}t"))
        for r in root.iter(f"{W}r")
        if r.find(f"{W}rPr/{W}b") is not None and r.find(f"{W}rPr/{W}shd") is not None
    ]
    assert Counter(matched) == Counter(_parts(h)[1] for h in hits)
    years = report["by_year"]
    undated = report["undated"]
    assert isinstance(years, dict)
    assert isinstance(undated, dict)
    expected = {y: (f["documents"], f["hits"]) for y, f in years.items()}
    rows = _year_rows(root)
    dated = {year: figures for year, figures in rows.items() if year.isdigit()}
    assert dated == expected
    undated_rows = [figures for year, figures in rows.items() if not year.isdigit()]
    assert undated_rows == (
        [(undated["documents"], undated["hits"])] if undated["documents"] else []
    )


def test_the_report_is_in_the_environments_language(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = {}
    for language in ("fr_FR.UTF-8", "en_US.UTF-8"):
        monkeypatch.setenv("LC_ALL", language)
        out = tmp_path / f"{language}.docx"
        write_report(home, "intégrité territoriale", out)
        written[language[:2]], _root, _media = _docx_text(out)
    assert "Rapport de recherche" in written["fr"]
    assert "Requête\u00a0: intégrité territoriale" in written["fr"]
    assert "Search report" in written["en"]
    assert "Query: intégrité territoriale" in written["en"]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("missing/report.pdf", "does not exist"),
        ("report.txt", ".txt"),
        ("report", "without extension"),
    ],
)
def test_a_bad_report_path_gives_one_line_and_leaves_nothing(
    home: Path, tmp_path: Path, name: str, said: str
) -> None:
    out = tmp_path / name
    result = run("search", "intégrité territoriale", "--report", str(out), home=home)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert said in result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_a_folder_search_reports_its_files(tmp_path: Path) -> None:
    """``--corpus DIR``: the folder is named as the library, each source by its file."""
    folder = tmp_path / "texts"
    folder.mkdir()
    data = Path(__file__).resolve().parents[2] / "data"
    for name in (
        "whitehouse__us-ukraine-strategic-partnership-2021.txt",
        "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
    ):
        (folder / name).write_bytes((data / name).read_bytes())
    out = tmp_path / "report.pdf"
    home = tmp_path / "home"
    result = run(
        "search", "strategic partnership", "--corpus", str(folder), "--report", str(out), home=home
    )
    assert result.returncode == 0, result.stderr
    text = _squash("".join(page.extract_text() for page in PdfReader(out).pages))
    assert _squash(str(folder)) in text
    assert "whitehouse__us-ukraine-strategic-partnership-2021.txt" in text
    assert "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt" in text


def test_on_a_library_server_the_report_names_it_and_holds_the_same_figures(
    server_address: str, tmp_path: Path
) -> None:
    """The team's back-end: the same texts in a server and on this computer give reports with
    the same occurrences, sources and figures per year; the server is named as the library."""
    folder = tmp_path / "statements"
    folder.mkdir()
    for name in STATEMENTS:
        shutil.copy(text_file(name), folder / name)
    texts = {}
    for where, address in (("embedded", ""), ("server", server_address)):
        env = {
            **os.environ,
            "VIS_A_VIS_DATA": str(tmp_path / where),
            "VIS_A_VIS_CACHE": str(tmp_path / "cache"),
        }
        env.pop("VIS_A_VIS_LIBRARY_URL", None)
        if address:
            env["VIS_A_VIS_LIBRARY_URL"] = address
        added = run_cli("library", "add", str(folder), env=env)
        assert added.returncode == 0, added.stderr
        out = tmp_path / f"{where}.docx"
        written = run_cli("search", "family:strategic-partnership", "--report", str(out), env=env)
        assert written.returncode == 0, written.stderr
        texts[where], root, _media = _docx_text(out)
        texts[f"{where} years"] = str(sorted(_year_rows(root).items()))
    server_text = texts["server"]
    assert f"Library: {describe(server_address)}" in server_text  # named, without a password
    hits = [line for line in server_text.splitlines() if line.startswith("[")]
    assert hits
    assert hits == [line for line in texts["embedded"].splitlines() if line.startswith("[")]
    assert texts["server years"] == texts["embedded years"]
    for name in STATEMENTS:
        if f"Source: {name}" in texts["embedded"]:
            assert f"Source: {name}" in server_text
