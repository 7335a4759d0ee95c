"""The summary line says what a comparison across languages was made on (issue 23)."""

from __future__ import annotations

from app.comparison import presenter
from corpus.compare.comparison import compare
from corpus.formulas.finder import bundled_catalogue
from corpus.text import bundled
from corpus.text.documents import load_file

from tests.corpus.conftest import DATA


def test_versions_a_third_language_and_one_language_are_told_apart() -> None:
    catalogue = bundled_catalogue()
    french = load_file(DATA / "xlang" / "pakistan-seamen-book-letters.fr.txt")
    english = load_file(DATA / "xlang" / "pakistan-seamen-book-letters.en.txt")
    german = load_file(DATA / "xlang" / "war-graves-note.de.txt")
    versions = presenter.summary(compare(french, english, catalogue), catalogue, "fr")
    assert versions.basis == "versions d’un même texte en deux langues : appariées dans l’ordre"
    anchors = presenter.summary(compare(german, french, catalogue), catalogue, "en")
    assert anchors.basis == "another language: compared on numbers and names only"
    ids = bundled.bundled_ids()
    one = compare(bundled.load_bundled(ids[0]), bundled.load_bundled(ids[1]), catalogue)
    assert presenter.summary(one, catalogue, "fr").basis == ""
