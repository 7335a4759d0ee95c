"""``align --json`` across languages: each pair says what both of its clauses state."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from corpus.text import bundled

ROOT = Path(__file__).resolve().parents[3]
MOSCOW = "2004-02-06_russie-azerbaidjan_declaration-de-moscou"
ALMA_ATA = ROOT / "tests" / "data" / "formulas_en" / "alma-ata-declaration-1991-excerpt.txt"


def _align(*args: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "align", *args, "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_align_json_gives_each_pairs_anchors_across_languages() -> None:
    report = _align("moscou", str(ALMA_ATA))
    moscow = bundled.bundled_path(MOSCOW).read_text(encoding="utf-8")
    english = ALMA_ATA.read_text(encoding="utf-8")
    entries = report["pair_anchors"]
    assert entries
    pairs = {(p["left"], p["right"]) for p in report["pairs"]}
    found = {}
    for entry in entries:
        assert (entry["left"], entry["right"]) in pairs
        for anchor in entry["anchors"]:
            found[anchor["key"]] = (
                [moscow[a:b] for a, b in anchor["left"]],
                [english[a:b] for a, b in anchor["right"]],
            )
    assert found["inviolability-of-borders"] == (
        ["inviolabilité des frontières"],
        ["inviolability of the existing borders"],
    )


def test_align_json_in_one_language_has_no_anchors() -> None:
    assert _align("moscou", "2026")["pair_anchors"] == []
