"""``pair`` records the analyst's decisions and ``align`` applies them, as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SWEDEN = DATA / "nl-bwb__traite-conciliation-nl-suede.txt"
NORWAY = DATA / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` in its own process, with the test's library (``VIS_A_VIS_DATA``)."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env=dict(os.environ),
        check=False,
    )


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
