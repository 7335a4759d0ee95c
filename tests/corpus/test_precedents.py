"""Where else across a library: the clauses most like one clause, in other documents."""

from __future__ import annotations

from pathlib import Path

from corpus.compare.analysis import analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.library.embedded.store import EmbeddedLibrary
from corpus.library.precedents import PrecedentFinder
from corpus.model import Document


def test_precedents_come_from_other_documents_with_dates_and_parties(
    tmp_path: Path, charter: Document
) -> None:
    library = EmbeddedLibrary.open(tmp_path / "library")
    (tmp_path / "echo.txt").write_text(
        "Déclaration commune de la Syldavie et de la Bordurie\n\n"
        "1. Réaffirment leur soutien mutuel à la souveraineté, à l’indépendance, à l’intégrité "
        "territoriale et à l’inviolabilité des frontières de chacun.\n\n"
        "2. Les Parties développeront le tourisme.\n\nFait à Klow, le 3 mars 2027.\n",
        encoding="utf-8",
    )
    echo = library.add_file(tmp_path / "echo.txt").key
    catalogue = bundled_catalogue()
    source = analyze(charter, catalogue)
    clause = next(c for c in source.clauses if "inviolabilité" in charter.raw[c.start : c.end])
    found = PrecedentFinder(library.index, catalogue).find(source, clause.clause_id, limit=5)
    assert found
    assert all(p.path != charter.path for p in found)
    best = found[0]
    assert best.path == library.document(echo).path
    assert best.date == "2027-03-03"
    assert best.score > 0.8
    assert "inviolabilité des frontières" in best.text
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    assert any(p.parties == ("Russia", "Azerbaijan") for p in found)  # Moscow 2004, by date
