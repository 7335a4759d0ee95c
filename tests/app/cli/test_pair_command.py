"""``pair`` records the analyst's decisions and ``align`` applies them, as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

from tests.app.cli.test_cli import modules_loaded_by, run  # the one runner of the command line

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
SWEDEN = DATA / "nl-bwb__traite-conciliation-nl-suede.txt"
NORWAY = DATA / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"


def _pairs(left: Path, right: Path) -> dict[tuple[str, str], dict[str, object]]:
    result = run("align", str(left), str(right), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    labels = {
        side: {c["id"]: c["label"] for c in report[side]["clauses"]} for side in ("left", "right")
    }
    return {(labels["left"][p["left"]], labels["right"][p["right"]]): p for p in report["pairs"]}


def test_decisions_recorded_by_pair_are_applied_by_align(tmp_path: Path) -> None:
    before = _pairs(SWEDEN, NORWAY)
    assert all(pair["by"] == "engine" for pair in before.values())
    weak = min(before, key=lambda key: float(str(before[key]["score"])))
    new = ("Article 2 (1)", "Article 9 (1)")
    assert new not in before
    for args in (
        ("--unlink", *weak),
        ("--link", *new),
        ("--none", "right", "Article 14"),
    ):
        result = run("pair", str(SWEDEN), str(NORWAY), *args)
        assert result.returncode == 0, result.stderr
    listed = run("pair", str(SWEDEN), str(NORWAY), "--json")
    assert listed.returncode == 0, listed.stderr
    decisions = json.loads(listed.stdout)["decisions"]
    assert [
        (d["kind"], (d["left"] or {}).get("label"), (d["right"] or {}).get("label"))
        for d in decisions
    ] == [
        ("unlink", *weak),
        ("link", *new),
        ("none", None, "Article 14"),
    ]
    assert all(d["made_at"].endswith("Z") for d in decisions)

    # The same text copied under another name, in another folder, finds them again.
    copy = tmp_path / "une copie.txt"
    shutil.copyfile(SWEDEN, copy)
    for left in (SWEDEN, copy):
        after = _pairs(left, NORWAY)
        assert weak not in after  # an unlinked pair is gone
        assert after[new]["by"] == "analyst"
        assert not any(right == "Article 14" for _, right in after)
        assert {p["by"] for key, p in after.items() if key != new} == {"engine"}
    listed_copy = json.loads(run("pair", str(copy), str(NORWAY), "--json").stdout)
    assert listed_copy["decisions"] == decisions


def test_align_reads_the_decisions_without_opening_the_library(tmp_path: Path) -> None:
    env = {**os.environ, "VIS_A_VIS_DATA": str(tmp_path / "data"), "VIS_A_VIS_CACHE": str(tmp_path)}
    new = ("Article 2 (1)", "Article 9 (1)")
    recorded = run("pair", str(SWEDEN), str(NORWAY), "--link", *new, env=env)
    assert recorded.returncode == 0, recorded.stderr
    database = tmp_path / "data" / "library.db"
    written = database.stat().st_mtime_ns

    def by_of_new_pair() -> object:
        result = run("align", str(SWEDEN), str(NORWAY), "--json", env=env)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        labels = {s: {c["id"]: c["label"] for c in report[s]["clauses"]} for s in ("left", "right")}
        found = [
            p["by"]
            for p in report["pairs"]
            if (labels["left"][p["left"]], labels["right"][p["right"]]) == new
        ]
        return found[0] if found else None

    assert by_of_new_pair() == "analyst"
    # Read without the library's modules (its importers, index and lock), and nothing written.
    loaded = modules_loaded_by(["align", str(SWEDEN), str(NORWAY)], tmp_path)
    assert "corpus.library.decisions" in loaded
    assert "corpus.library.embedded.store" not in loaded
    assert database.stat().st_mtime_ns == written

    # A table emptied (a database rebuilt after damage) while the journal keeps the decision:
    # only the library replays it, so align opens the library, and the decision is back.
    with sqlite3.connect(database) as db:
        db.execute("DELETE FROM decisions")
    db.close()
    assert by_of_new_pair() == "analyst"


def test_a_clause_that_does_not_exist_is_refused_and_nothing_is_kept() -> None:
    result = run("pair", str(SWEDEN), str(NORWAY), "--link", "Article 99", "Article 1")
    assert result.returncode == 2
    assert "no compared clause 'Article 99' in the left text" in result.stderr
    assert "Traceback" not in result.stderr
    bad_side = run("pair", str(SWEDEN), str(NORWAY), "--none", "middle", "Article 2 (1)")
    assert bad_side.returncode == 2
    assert "'left' or 'right'" in bad_side.stderr
    listed = run("pair", str(SWEDEN), str(NORWAY), "--json")
    assert json.loads(listed.stdout)["decisions"] == []


FINLAND = DATA / "texts" / "nl-bwb__traite-conciliation-nl-finlande.txt"


def _inks(page_content: bytes) -> list[tuple[float, float, float]]:
    """The fill colours a PDF page's content stream sets (``r g b scn``)."""
    import re

    return [
        (float(r), float(g), float(b))
        for r, g, b in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) scn", page_content)
    ]


def _has_ink(inks: list[tuple[float, float, float]], colour: str) -> bool:
    wanted = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    return any(all(abs(a - b) < 0.01 for a, b in zip(ink, wanted, strict=True)) for ink in inks)


def test_the_synoptic_pdf_shows_the_word_diff_and_the_decisions(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from widgets import palette

    decided = run(
        "pair", str(FINLAND), str(SWEDEN), "--confirm", "Article premier (1)", "Article premier (1)"
    )
    assert decided.returncode == 0, decided.stderr
    out = tmp_path / "conciliation.pdf"
    result = run(
        "export",
        str(FINLAND),
        str(SWEDEN),
        "-o",
        str(out),
        "--layout",
        "synoptic",
        "--language",
        "fr",
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    cover = "".join(reader.pages[0].extract_text().split())
    assert "1revuesparl’analyste" in cover
    inks = [ink for page in reader.pages[1:] for ink in _inks(page.get_contents().get_data())]
    # Two near-identical treaties: the few words that differ are struck in red, added in green.
    assert _has_ink(inks, palette.DIFF_DELETE_INK)
    assert _has_ink(inks, palette.DIFF_INSERT_INK)
    body = "".join("".join(page.extract_text().split()) for page in reader.pages[1:])
    assert "0.99✓" in body  # the analyst's pair is marked
