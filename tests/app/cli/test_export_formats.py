"""``export -o`` by extension, as a user runs it: decisions recorded with ``pair`` reach the CSV,
the Word document and the PDF; an unknown extension or a path that cannot be written is refused
in one line and leaves no file."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document as read_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from app import __version__

from tests.app.cli.test_cli import run

MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
CHARTER = "2026-02_azerbaidjan-etats-unis_charte-de-partenariat-strategique"
COLUMNS = "left_label,left_text,right_label,right_text,score,strength,by,decision,decided_at"


class Exported:
    """The pair of texts with an unlink, a confirmation and a no-counterpart decision, and
    what ``align --json`` says of it after them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")},
            "VIS_A_VIS_DATA": str(folder / "library"),
            "LANG": "en_US.UTF-8",
        }
        before = self.align()
        labels = self.labels(before)
        pairs = sorted(before["pairs"], key=lambda p: p["score"])
        weakest, strongest = pairs[0], pairs[-1]
        self.unlinked = (labels["left"][weakest["left"]], labels["right"][weakest["right"]])
        self.confirmed = (labels["left"][strongest["left"]], labels["right"][strongest["right"]])
        self.settled = labels["left"][before["unpaired"]["left"][0]]
        for action in (
            ("--unlink", *self.unlinked),
            ("--confirm", *self.confirmed),
            ("--none", "left", self.settled),
        ):
            done = run("pair", MOSCOW, CHARTER, *action, env=self.env)
            assert done.returncode == 0, done.stderr
        self.report = self.align()

    def align(self) -> dict[str, Any]:
        done = run("align", MOSCOW, CHARTER, "--json", env=self.env)
        assert done.returncode == 0, done.stderr
        report: dict[str, Any] = json.loads(done.stdout)
        return report

    @staticmethod
    def labels(report: dict[str, Any]) -> dict[str, dict[str, str]]:
        return {s: {c["id"]: c["label"] for c in report[s]["clauses"]} for s in ("left", "right")}

    def export(self, name: str, *options: str, env: dict[str, str] | None = None) -> Path:
        target = self.folder / name
        done = run("export", MOSCOW, CHARTER, "-o", str(target), *options, env=env or self.env)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == str(target)
        return target


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    return Exported(tmp_path_factory.mktemp("exports"))


def test_the_csv_has_every_pair_and_every_decision(exported: Exported) -> None:
    data = exported.export("pairs.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with it
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert ",".join(rows[0]) == COLUMNS
    body = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    report = exported.report
    labels = exported.labels(report)
    pairs = [r for r in body if r["decision"] in ("", "confirmed", "linked")]
    assert [
        (r["left_label"], r["right_label"], float(r["score"]), r["strength"], r["by"])
        for r in pairs
    ] == [
        (labels["left"][p["left"]], labels["right"][p["right"]], p["score"], p["strength"], p["by"])
        for p in report["pairs"]
    ]
    confirmed = next(r for r in pairs if (r["left_label"], r["right_label"]) == exported.confirmed)
    assert (confirmed["decision"], confirmed["by"]) == ("confirmed", "analyst")
    assert confirmed["decided_at"].endswith("Z")
    assert all(r["decided_at"] == "" for r in pairs if r["decision"] == "")
    unlinked = [r for r in body if r["decision"] == "unlinked"]
    assert [(r["left_label"], r["right_label"]) for r in unlinked] == [exported.unlinked]
    assert unlinked[0]["by"] == "analyst"
    assert unlinked[0]["decided_at"].endswith("Z")
    assert 0 < float(unlinked[0]["score"]) <= 1
    settled = [r for r in body if r["decision"] == "no-counterpart"]
    assert [(r["left_label"], r["right_label"], r["score"]) for r in settled] == [
        (exported.settled, "", "")
    ]
    assert len(body) == len(report["pairs"]) + 2
    moscow = {c["label"]: c for c in report["left"]["clauses"]}
    raw = Path(report["left"]["path"]).read_text(encoding="utf-8")
    for row in body:  # each clause's own text, its line breaks made spaces
        if row["left_label"]:
            clause = moscow[row["left_label"]]
            assert (
                row["left_text"]
                == " ".join(
                    line.strip() for line in raw[clause["start"] : clause["end"]].splitlines()
                ).strip()
            )
            assert "\n" not in row["left_text"]


def _cell_text(cell: Any) -> str:
    return "\n".join(p.text for p in cell.paragraphs)


def test_the_word_document_has_the_synoptic_table_with_its_marks(exported: Exported) -> None:
    document = read_docx(str(exported.export("comparison.docx")))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Left", "Score", "Right"]
    rows = [[_cell_text(c) for c in row.cells] for row in table.rows[1:]]
    labels = exported.labels(exported.report)
    for pair in exported.report["pairs"]:  # a row holds each pair (or points to its row)
        left, right = labels["left"][pair["left"]], labels["right"][pair["right"]]
        assert any(row[0].startswith(left) and right in row[2] for row in rows), (left, right)
    confirmed = next(row for row in rows if row[0].startswith(exported.confirmed[0]))
    assert "✓" in confirmed[1]
    assert "confirmed" in confirmed[1]
    settled = next(row for row in rows if row[0].startswith(exported.settled + "\n"))
    assert "no counterpart" in settled[0]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Pairs unlinked by the analyst" in text
    assert f"Vis-à-vis {__version__}" in text

    def runs(column: int) -> list[Any]:
        return [r for row in table.rows[1:] for p in row.cells[column].paragraphs for r in p.runs]

    struck = [r for r in runs(0) if r.font.strike]
    inserted = [r for r in runs(2) if r.font.underline and str(r.font.underline) != "True"]
    assert struck
    assert inserted
    shaded = [
        r
        for r in runs(0) + runs(2)
        if r._r.rPr is not None and r._r.rPr.find(qn("w:shd")) is not None
    ]
    assert {s._r.rPr.find(qn("w:shd")).get(qn("w:fill")) for s in shaded} - {"FFD6D6", "D3F5D3"}
    underlined = [r for r in runs(0) if r.font.underline is True and not r.font.strike]
    assert underlined  # shared phrases


def test_the_pdf_names_every_decision_in_the_environments_language(exported: Exported) -> None:
    def text(path: Path) -> str:
        return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())

    english = text(exported.export("report.pdf"))
    for words in ("no counterpart", "Pairs unlinked by the analyst", "confirmed"):
        assert words in english
    assert f"Vis-à-vis {__version__}" in english
    assert exported.unlinked[0] in english
    french = text(exported.export("rapport.pdf", "--language", "fr"))
    assert "sans correspondant" in french
    assert "Paires déliées par l’analyste" in french
    assert "no counterpart" not in french


@pytest.mark.parametrize("name", ["out.xyz", "out.txt", "pairs.csv.bak"])
def test_an_unknown_extension_is_refused_before_any_work(tmp_path: Path, name: str) -> None:
    done = run("export", MOSCOW, CHARTER, "-o", str(tmp_path / name))
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    assert "not a format written here" in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["pairs.csv", "comparison.docx"])
def test_a_path_that_cannot_be_written_is_one_line_and_no_file(tmp_path: Path, name: str) -> None:
    missing = tmp_path / "no such folder" / name
    folder = tmp_path / name
    folder.mkdir()  # a folder under the export's name
    for target, reason in ((missing, "does not exist"), (folder, "not a regular file")):
        done = run("export", MOSCOW, CHARTER, "-o", str(target))
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1, done.stderr
        assert reason in done.stderr
        assert "Traceback" not in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert list(folder.iterdir()) == []


def test_a_saved_comparison_is_written_and_a_damaged_one_refused_before_the_library(
    exported: Exported, tmp_path: Path
) -> None:
    saved = exported.export("shared.vavcmp")
    with zipfile.ZipFile(saved) as archive:
        assert sorted(archive.namelist()) == [
            "checksum.sha256",
            "comparison.json",
            "left.txt",
            "right.txt",
        ]
        manifest = json.loads(archive.read("comparison.json"))
    assert {row["kind"] for row in manifest["decisions"]} == {"unlink", "confirm", "none"}
    damaged = tmp_path / "damaged.vavcmp"
    damaged.write_bytes(saved.read_bytes()[:-300])
    fresh = {**exported.env, "VIS_A_VIS_DATA": str(tmp_path / "fresh")}
    done = run("open", str(damaged), env=fresh)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    assert "damaged" in done.stderr
    assert not (tmp_path / "fresh").exists()  # nothing changed, not even a library made
