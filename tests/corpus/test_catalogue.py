"""Loading formula catalogues: the bundled one, a user's additions and overrides, broken files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.errors import CatalogueError
from corpus.formulas.catalogue import parse_catalogue
from corpus.formulas.finder import (
    bundled_catalogue,
    default_user_catalogue_path,
    find_formulas,
    load_catalogue,
)

SENTENCE = "le respect de l’intégrité territoriale et la lutte contre le terrorisme"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "formulas.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


# --- no user catalogue -------------------------------------------------------------------------


def test_no_user_file_means_the_bundled_catalogue(tmp_path: Path) -> None:
    assert load_catalogue() is bundled_catalogue()
    assert load_catalogue(tmp_path / "absent.toml") is bundled_catalogue()


def test_an_empty_user_file_changes_nothing(tmp_path: Path) -> None:
    catalogue = load_catalogue(_write(tmp_path, "# nothing yet\n"))
    assert catalogue.problems == ()
    assert catalogue.families == bundled_catalogue().families


def test_default_user_path() -> None:
    platformdirs = pytest.importorskip("platformdirs")
    path = default_user_catalogue_path()
    assert path.name == "formulas.toml"
    assert path.parent == Path(platformdirs.user_config_dir("vis-a-vis"))


# --- overriding and adding ----------------------------------------------------------------------


def test_user_family_overrides_a_bundled_one_keeping_what_it_leaves_out(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[family]]\nid = "terrorism"\ncolour = "#ABCDEF"\n')
    catalogue = load_catalogue(path)
    assert catalogue.problems == ()
    assert catalogue.ids == bundled_catalogue().ids  # same place, same order
    terrorism = catalogue.family("terrorism")
    bundled = bundled_catalogue().family("terrorism")
    assert terrorism is not None
    assert bundled is not None
    assert terrorism.colour == "#abcdef"
    assert terrorism.patterns == bundled.patterns
    assert terrorism.label_fr == bundled.label_fr
    assert catalogue.version == "1+user"


def test_user_patterns_replace_the_bundled_ones(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'version = "7"\n[[family]]\nid = "territorial-integrity"\n'
        'patterns = ["respect {det}integrite territoriale"]\n',
    )
    catalogue = load_catalogue(path)
    assert catalogue.problems == ()
    hits = [h for h in find_formulas(SENTENCE, catalogue) if h.family == "territorial-integrity"]
    assert [h.text for h in hits] == ["respect de l’intégrité territoriale"]
    assert catalogue.version == "1+user-7"


def test_user_adds_a_family_with_its_own_macro(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[macros]
fight = "lutte contre|combat contre|fight against"

[[family]]
id = "fight-against-terrorism"
label_fr = "Lutte contre le terrorisme"
label_en = "Fight against terrorism"
colour = "#112233"
patterns = ["{fight} {det}terrorisme"]
exclusions = []
""",
    )
    catalogue = load_catalogue(path)
    assert catalogue.problems == ()
    assert catalogue.ids[-1] == "fight-against-terrorism"
    assert catalogue.ids[:-1] == bundled_catalogue().ids
    found = {(h.family, h.text) for h in find_formulas(SENTENCE, catalogue)}
    assert ("fight-against-terrorism", "lutte contre le terrorisme") in found
    assert ("terrorism", "terrorisme") in found
    assert ("territorial-integrity", "intégrité territoriale") in found


def test_user_exclusions_drop_hits(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[family]]\nid = "terrorism"\nexclusions = ["contre le terrorisme"]\n')
    catalogue = load_catalogue(path)
    assert [h.family for h in find_formulas(SENTENCE, catalogue)] == ["territorial-integrity"]


# --- broken user catalogues: the line is named, the bundled catalogue still works ---------------


def _broken(tmp_path: Path, text: str) -> tuple[str, ...]:
    catalogue = load_catalogue(_write(tmp_path, text))
    assert catalogue.families == bundled_catalogue().families
    assert catalogue.version == bundled_catalogue().version
    hits = find_formulas(SENTENCE, catalogue)
    assert {h.family for h in hits} == {"territorial-integrity", "terrorism"}
    assert catalogue.problems
    for message in catalogue.problems:
        assert "formulas.toml" in message
    return catalogue.problems


def test_broken_toml_names_the_line(tmp_path: Path) -> None:
    text = '[[family]]\nid = "x"\nlabel_fr = "X\nlabel_en = "X"\n'
    (message,) = _broken(tmp_path, text)
    assert re.search(r"formulas\.toml, line 3\b", message), message
    assert "TOML" in message


def test_unknown_key_names_the_line_and_suggests(tmp_path: Path) -> None:
    text = '[[family]]\nid = "terrorism"\nlabel_fr = "Terrorisme"\ncolr = "#123456"\n'
    (message,) = _broken(tmp_path, text)
    assert message.endswith(
        "formulas.toml, line 4: unknown key 'colr' in family 'terrorism' (did you mean 'colour'?)."
    )


def test_bad_regex_names_the_line(tmp_path: Path) -> None:
    text = """version = "2"

[[family]]
id = "good"
label_fr = "Bon"
label_en = "Good"
colour = "#123456"
patterns = ["bon"]

[[family]]
id = "broken"
label_fr = "Cassé"
label_en = "Broken"
colour = "#654321"
patterns = [
    "fine",
    "(unclosed",
]
"""
    (message,) = _broken(tmp_path, text)
    assert f"line {_line_of(text, '(unclosed')}:" in message
    assert "invalid regular expression in family 'broken'" in message


def test_bad_colour_names_the_line(tmp_path: Path) -> None:
    text = '[[family]]\nid = "sovereignty"\ncolour = "blue"\n'
    (message,) = _broken(tmp_path, text)
    assert "line 3:" in message
    assert "#rrggbb" in message


def test_unknown_macro_names_the_line(tmp_path: Path) -> None:
    text = '[[family]]\nid = "sovereignty"\npatterns = [\n  "{nope} souverainete",\n]\n'
    (message,) = _broken(tmp_path, text)
    assert "line 4:" in message
    assert "unknown macro '{nope}'" in message


def test_new_family_needs_its_keys(tmp_path: Path) -> None:
    (message,) = _broken(tmp_path, '[[family]]\nid = "brand-new"\nlabel_fr = "Neuf"\n')
    assert message.endswith(
        "line 2: family 'brand-new' is new and needs 'label_en', 'colour', 'patterns'."
    )


def test_toml_cut_short_names_the_last_line(tmp_path: Path) -> None:
    (message,) = _broken(tmp_path, '[[family]]\nid = "x"\npatterns = [\n')
    assert "line 3:" in message
    assert "end of the file" in message


def test_several_faults_are_all_reported(tmp_path: Path) -> None:
    text = (
        'verson = "2"\n'
        "[[family]]\n"
        'id = "Bad Id"\n'
        "[[family]]\n"
        'id = "terrorism"\n'
        "patterns = []\n"
        "[[family]]\n"
        'id = "terrorism"\n'
    )
    problems = _broken(tmp_path, text)
    assert any("line 1: unknown key 'verson' (did you mean 'version'?)" in m for m in problems)
    assert any("line 3: invalid id 'Bad Id'" in m for m in problems)
    assert any("line 6:" in m and "at least one pattern" in m for m in problems)


def test_unknown_table_names_its_line(tmp_path: Path) -> None:
    text = '# my formulas\n\n[colours]\nsovereignty = "#000000"\n'
    (message,) = _broken(tmp_path, text)
    assert "line 3: unknown key 'colours'" in message


def test_duplicate_id(tmp_path: Path) -> None:
    text = '[[family]]\nid = "terrorism"\n\n[[family]]\nid = "terrorism"\n'
    (message,) = _broken(tmp_path, text)
    assert "line 5:" in message
    assert "defined twice" in message


def test_family_must_be_an_array_of_tables(tmp_path: Path) -> None:
    (message,) = _broken(tmp_path, 'family = "terrorism"\n')
    assert "line 1:" in message
    assert "[[family]]" in message


def test_pattern_matching_the_empty_string_is_refused(tmp_path: Path) -> None:
    text = '[[family]]\nid = "terrorism"\npatterns = ["x?"]\n'
    (message,) = _broken(tmp_path, text)
    assert "line 3:" in message
    assert "empty string" in message


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "formulas.toml"
    path.write_bytes(b'[[family]]\nid = "caf\xe9"\n')
    catalogue = load_catalogue(path)
    assert catalogue.families == bundled_catalogue().families
    (message,) = catalogue.problems
    assert "UTF-8" in message


def test_parse_catalogue_raises() -> None:
    with pytest.raises(CatalogueError, match=r"^mine, line 2: unknown key 'colr'"):
        parse_catalogue('[[family]]\ncolr = "#000000"\nid = "x"\n', "mine")


def test_parse_catalogue_expands_macros() -> None:
    version, families = parse_catalogue(
        '[macros]\na = "x|y"\nb = "{a}z"\n[[family]]\nid = "m"\nlabel_fr = "M"\n'
        'label_en = "M"\ncolour = "#000000"\npatterns = ["{b} w{2}"]\n',
        "mine",
    )
    assert version is None
    assert families[0].patterns == ("(?:(?:x|y)z) w{2}",)


def test_a_macro_that_refers_to_itself_is_refused() -> None:
    with pytest.raises(CatalogueError, match="refers to itself"):
        parse_catalogue('[macros]\na = "{a}x"\n', "mine")
