"""Where else: the precedents of a clause across the bundled declarations."""

from __future__ import annotations

from corpus.compare.analysis import analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.library.where_else import where_else
from corpus.text import bundled

from tests.corpus.conftest import CHARTER, MOSCOW, SOCHI


def test_precedents_of_the_sovereignty_clause() -> None:
    catalogue = bundled_catalogue()
    library = [analyze(bundled.load_bundled(i), catalogue) for i in bundled.bundled_ids()]
    charter = next(d for d in library if d.document.doc_id == CHARTER)
    point_1 = next(c for c in charter.clauses if c.label == "1.")
    found = where_else(charter, point_1.clause_id, library, limit=5)
    assert CHARTER not in {p.doc_id for p in found}  # other declarations only
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    top = {(p.doc_id, p.label) for p in found[:3]}
    assert (MOSCOW, "IV ¶4") in top  # "respect réciproque de la souveraineté, ... frontières"
    # "... à l'encontre de leur souveraineté nationale, de leur indépendance et de leur intégrité
    # territoriale": the same three words, a precedent too.
    assert (MOSCOW, "I ¶5") in top
    five = {(p.doc_id, p.label) for p in found}
    assert (SOCHI, "¶8 (1)") in five  # "reconnaissance mutuelle de la souveraineté, ..."
    # Moscow's preamble is cut at each consideration: "réaffirmant ... le respect de la
    # souveraineté, de l'indépendance, de l'intégrité territoriale" is a precedent of its own.
    assert (MOSCOW, "¶2 (7)") in {(p.doc_id, p.label) for p in found}
    moscow = next(p for p in found if p.label == "IV ¶4")
    raw = bundled.load_bundled(MOSCOW).raw
    assert " ".join(raw[moscow.start : moscow.end].split()) == moscow.text
    assert moscow.date == "2004-02-06"
    assert moscow.parties == ("Russia", "Azerbaijan")
