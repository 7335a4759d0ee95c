"""A user's pattern that backtracks without end is refused, or stopped: nothing freezes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.errors import CatalogueError
from corpus.formulas import catalogue as catalogue_module
from corpus.formulas.catalogue import Catalogue, compile_family
from corpus.formulas.finder import bundled_catalogue, find_formulas, load_catalogue
from corpus.model import FormulaFamily

PARAGRAPH = "les parties " * 3000 + "affirment !\n"


def user_catalogue(tmp_path: Path, pattern: str) -> Path:
    path = tmp_path / "formulas.toml"
    path.write_text(
        "[[family]]\n"
        'id = "emballement"\n'
        'label_fr = "Emballement"\n'
        'label_en = "Runaway"\n'
        'colour = "#112233"\n'
        "patterns = [\n"
        '    "souverainete",\n'
        f"    '{pattern}',\n"
        "]\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("pattern", [r"(\w+\s?)+$", r"(a+)+$", r"(x+x+)+y"])
def test_a_runaway_pattern_is_refused_naming_family_and_line(tmp_path: Path, pattern: str) -> None:
    catalogue = load_catalogue(user_catalogue(tmp_path, pattern))
    assert catalogue.families == bundled_catalogue().families  # the bundled one, whole
    assert len(catalogue.problems) == 1
    message = catalogue.problems[0]
    assert "line 8" in message
    assert "'emballement'" in message
    assert "hours" in message


def test_a_sound_user_pattern_still_finds_its_hits(tmp_path: Path) -> None:
    catalogue = load_catalogue(user_catalogue(tmp_path, r"(?:\w+ ){0,3}affirment"))
    assert catalogue.problems == ()
    hits = [h for h in find_formulas(PARAGRAPH, catalogue) if h.family == "emballement"]
    assert [h.text for h in hits] == ["parties les parties affirment"]


def test_a_pattern_that_runs_away_on_a_real_text_is_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(catalogue_module, "USER_PATTERN_TIMEOUT_SECONDS", 0.5)
    family = FormulaFamily("emballement", "E", "R", "#112233", (r"(\w+\s?)+$",), ())
    catalogue = Catalogue("test", (family,), (), (compile_family(family, user=True),))
    with pytest.raises(CatalogueError, match=re.escape(r"pattern '(\w+\s?)+$'")):
        find_formulas(PARAGRAPH, catalogue)
