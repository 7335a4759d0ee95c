"""Clause boundaries pinned on real text: every bundled declaration and several other texts.

Each case names the clause by its first words and its last words in the raw file, so a boundary
that moves by one character fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.model import Clause, ClauseKind, Document
from corpus.text import bundled
from corpus.text.segment import Segmentation, segment

from tests.corpus.conftest import CHARTER, CHINA, MOSCOW, SOCHI, VIETNAM


def clause_starting(doc_raw: str, seg: Segmentation, opening: str, nth: int = 0) -> Clause:
    """The clause that starts exactly at the ``nth`` occurrence of ``opening``."""
    position = -1
    for _ in range(nth + 1):
        position = doc_raw.index(opening, position + 1)
    found = [c for c in seg.clauses if c.start == position]
    assert found, f"no clause starts at {opening!r} ({position})"
    return found[0]


# (document, opening words, closing words, label, kind, front matter)
CASES = [
    # Moscow 2004: covering letter, preamble, roman sections, dash bullets, hard-wrapped lines.
    (
        MOSCOW,
        "Nous avons l’honneur de vous transmettre",
        "(voir annexe).",
        "front ¶2",
        ClauseKind.PARAGRAPH,
        True,
    ),
    (
        MOSCOW,
        "Le Président de la Fédération de Russie et le Président de la République \n",
        "République \nd’Azerbaïdjan,",
        "¶1",
        ClauseKind.LEAD_IN,  # names the parties, says nothing
        False,
    ),
    (
        MOSCOW,
        "Ayant examiné",
        "problèmes régionaux et mondiaux d’intérêt commun,",
        "¶2 (1)",  # the preamble is cut at each consideration
        ClauseKind.SENTENCE,
        False,
    ),
    (
        MOSCOW,
        "se fondant sur l’Accord d’amitié",
        "partenariat stratégique entre \nles deux pays,",
        "¶2 (3)",
        ClauseKind.SENTENCE,
        False,
    ),
    (
        MOSCOW,
        "tenant compte des progrès",
        "ces processus sont \nirréversibles,",
        "¶2 (8)",
        ClauseKind.SENTENCE,
        False,
    ),
    (
        MOSCOW,
        "Déclarent, par les présentes :",
        "par les présentes :",
        "¶3",
        ClauseKind.LEAD_IN,
        False,
    ),
    (
        MOSCOW,
        "Fait à Moscou",
        "faisant également foi.",
        "V ¶10",
        ClauseKind.CLOSING,
        False,
    ),
    (
        MOSCOW,
        "Le Président de la Fédération de Russie \n(Signé)",
        "V. Poutine",
        "V ¶11",
        ClauseKind.SIGNATURE,
        False,
    ),
    (
        MOSCOW,
        "La Fédération de Russie et la République d’Azerbaïdjan continueront de \ns’employer",
        "dans le cadre du partenariat stratégique.",
        "I ¶1",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        MOSCOW,
        "Les Parties attachent une grande importance au renforcement",
        "domaine de la législation.",
        "I ¶3",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        MOSCOW,
        "– Encourageront la Commission intergouvernementale",
        "coopération économique bilatérale;",
        "II –1",
        ClauseKind.BULLET,
        False,
    ),
    (
        MOSCOW,
        "– Associeront les institutions",
        "russo-azerbaïdjanais;",
        "II –2",
        ClauseKind.BULLET,
        False,
    ),
    (
        MOSCOW,
        "– Veilleront avec un soin particulier",
        "relations économiques.",
        "II –9",
        ClauseKind.BULLET,
        False,
    ),
    (
        MOSCOW,
        "– Appuieront l’organisation",
        "Grande guerre patriotique.",
        "III –6",
        ClauseKind.BULLET,
        False,
    ),
    (
        MOSCOW,
        "Le Président de la Fédération de Russie a loué",
        "diaspora azerbaïdjanaise en Russie.",
        "III ¶6",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        MOSCOW,
        "Les Parties notent qu’il est extrêmement important",
        "frontières \ninternationalement reconnues.",
        "IV ¶4",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        MOSCOW,
        "La Fédération de Russie et la République d’Azerbaïdjan continueront de \ncoopérer",
        "du droit \ninternational.",
        "V ¶5",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        MOSCOW,
        "La Fédération de Russie et la République d’Azerbaïdjan expriment leur",
        "régionale et mondiale.",
        "V ¶9",
        ClauseKind.PARAGRAPH,
        False,
    ),
    # Beijing 2025: news lead, one line per paragraph, numbered points with follow-on paragraphs.
    (
        CHINA,
        "Ce 23 avril, Bakou et Pékin",
        "de plus en plus poussée.",
        "front ¶1",
        ClauseKind.PARAGRAPH,
        True,
    ),
    (
        CHINA,
        "Le Président de la République d'Azerbaïdjan, Ilham Aliyev, a effectué",
        "Xi Jinping.",
        "¶1",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (CHINA, "2. Les Parties ont déclaré", "relations bilatérales.", "2.", ClauseKind.POINT, False),
    (
        CHINA,
        "La Chine soutient fermement l'agenda de paix",
        "provoquer des confrontations.",
        "1. ¶2",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (CHINA, "3. Les Parties ont convenu", "stabilité à long terme.", "3.", ClauseKind.POINT, False),
    (
        CHINA,
        "17. La Chine soutient la présidence",
        "visant à développer la CICA.",
        "17.",
        ClauseKind.POINT,
        False,
    ),
    (
        CHINA,
        "18. Le Président de la République",
        "pour les deux parties.",
        "18.",
        ClauseKind.POINT,
        False,
    ),
    # Baku 2025: standfirst, upper-case section headings, long paragraphs.
    (
        VIETNAM,
        "Texte intégral de la déclaration conjointe",
        "République d'Azerbaïdjan.",
        "front ¶1",
        ClauseKind.PARAGRAPH,
        True,
    ),
    (
        VIETNAM,
        "Depuis l’établissement de leurs relations diplomatiques",
        "des deux parties.",
        "¶1",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        VIETNAM,
        "Les deux parties encourageront les visites de haut niveau",
        "villes des deux parties.",
        "¶6",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        VIETNAM,
        "Les services de police des deux pays",
        "sécuritaires d'intérêt commun.",
        "¶15",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        VIETNAM,
        "La déclaration conjointe a été adoptée le 7 mai 2025",
        "et en anglais.",
        "¶21",
        ClauseKind.CLOSING,  # place and date of adoption
        False,
    ),
    # Charter 2026: site chrome, five preamble points, Sections I-IV with numbered points.
    (
        CHARTER,
        "Le Gouvernement de la République d’Azerbaïdjan et le Gouvernement des États-Unis",
        "États-Unis d’Amérique :",
        "¶1",
        ClauseKind.LEAD_IN,
        False,
    ),
    (
        CHARTER,
        "1. Réaffirment leur soutien mutuel",
        "fondement de leurs relations bilatérales ;",
        "1.",
        ClauseKind.POINT,
        False,
    ),
    (
        CHARTER,
        "5. Affirment l’importance cruciale",
        "d’une coopération renforcée.",
        "5.",
        ClauseKind.POINT,
        False,
    ),
    (
        CHARTER,
        "Ils reconnaissent l’importance de la Route Trump",
        "du 8 août 2025.",
        "Section I ¶2",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        CHARTER,
        "4. La République d’Azerbaïdjan et les États-Unis d’Amérique entendent approfondir",
        "domaine du nucléaire civil ;",
        "Section I, 4",
        ClauseKind.POINT,
        False,
    ),
    (
        CHARTER,
        "2. Compte tenu de leur engagement commun",
        "lutte contre le terrorisme ;",
        "Section III, 2",
        ClauseKind.POINT,
        False,
    ),
    (
        CHARTER,
        "Dans un délai de trois mois",
        "relatives à leur mise en œuvre.",
        "Section IV ¶2",
        ClauseKind.PARAGRAPH,
        False,
    ),
    # Sochi 2022: a news report; the clipping date is not part of the first clause.
    (
        SOCHI,
        "Les présidents russes, azerbaïdjanais",
        "lundi, à Sotchi.",
        "¶1",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        SOCHI,
        "Il a assuré que Moscou",
        "l'Arménie à l'Azerbaïdjan.",
        "¶5",
        ClauseKind.PARAGRAPH,
        False,
    ),
    (
        SOCHI,
        "Au terme de 44 jours de combats",
        "un triomphe en Azerbaïdjan.",
        "¶13",
        ClauseKind.PARAGRAPH,
        False,
    ),
]


@pytest.mark.parametrize(("doc_id", "opening", "closing", "label", "kind", "front"), CASES)
def test_clause_boundaries(
    doc_id: str, opening: str, closing: str, label: str, kind: ClauseKind, front: bool
) -> None:
    document = bundled.load_bundled(doc_id)
    seg = segment(document.raw)
    clause = clause_starting(document.raw, seg, opening)
    assert document.raw[clause.start : clause.end].endswith(closing)
    assert clause.label == label
    assert clause.kind is kind
    assert clause.front_matter is front


@pytest.mark.parametrize("doc_id", bundled.bundled_ids())
def test_clauses_are_ordered_disjoint_and_trimmed(doc_id: str) -> None:
    raw = bundled.load_bundled(doc_id).raw
    seg = segment(raw)
    assert seg.clauses
    for before, after in zip(seg.clauses, seg.clauses[1:], strict=False):
        assert before.end <= after.start
    for clause in seg.clauses:
        text = raw[clause.start : clause.end]
        assert text
        assert text == text.strip()
    assert len({c.clause_id for c in seg.clauses}) == len(seg.clauses)


def test_moscow_sections_and_counts(moscow: Document) -> None:
    seg = segment(moscow.raw)
    assert [s.label for s in seg.sections] == ["I", "II", "III", "IV", "V"]
    body = seg.body()
    assert sum(1 for c in body if c.kind is ClauseKind.BULLET) == 15
    section_iv = next(s for s in seg.sections if s.label == "IV")
    in_iv = [c for c in body if c.section == section_iv.section_id]
    assert in_iv[0].label == "IV ¶1"
    # The covering letter and the annex heading are front matter, never text of the declaration.
    assert all(c.front_matter for c in seg.clauses if c.end <= moscow.raw.index("[Original"))
    assert not any(c.front_matter for c in body)


def test_chrome_and_titles_are_not_clauses(charter: Document, china: Document) -> None:
    seg = segment(charter.raw)
    first = seg.clauses[0]
    assert charter.raw[first.start :].startswith("Le Gouvernement de la République")
    assert [s.label for s in seg.sections] == [
        "Section I",
        "Section II",
        "Section III",
        "Section IV",
    ]
    china_seg = segment(china.raw)
    texts = [china.raw[c.start : c.end] for c in china_seg.clauses]
    assert not any(t.startswith("L'AZERBAÏDJAN ET LA CHINE") for t in texts)
    assert not any(t.startswith("Déclaration conjointe sur") for t in texts)
    assert sum(1 for c in china_seg.body() if c.label.split(" ")[0].rstrip(".").isdigit()) > 18


def test_every_numbered_point_is_a_clause(china: Document, charter: Document) -> None:
    for document, count in ((china, 18), (charter, 21)):
        seg = segment(document.raw)
        point_starts = {c.start for c in seg.clauses}
        lines = document.raw.split("\n")
        offset = 0
        found = 0
        for line in lines:
            stripped = line.lstrip()
            head = stripped.split(" ", 1)[0]
            if head[:-1].isdigit() and head.endswith("."):
                assert offset + len(line) - len(stripped) in point_starts, line[:40]
                found += 1
            offset += len(line) + 1
        assert found == count


def test_abbreviations_and_initials_never_split() -> None:
    moscow = bundled.load_bundled(MOSCOW).raw
    seg = segment(moscow)
    for name in ("V. V. Poutine", "H. A. Aliev", "S. E. M. Ilham Aliev"):
        at = moscow.index(name)
        assert not any(c.start == at + 3 or c.start == at + 6 for c in seg.clauses)
        assert any(c.start < at < c.end for c in seg.clauses), name
    charter = bundled.load_bundled(CHARTER).raw
    at = charter.index("(D.C.)")
    clause = next(c for c in segment(charter).clauses if c.start < at < c.end)
    assert charter[clause.start : clause.end].endswith("(D.C.) ;")


def test_long_paragraph_split_into_sentences_by_the_stated_rule(china: Document) -> None:
    seg = segment(china.raw)
    first = clause_starting(china.raw, seg, "1. Les Parties se soutiennent")
    assert first.kind is ClauseKind.SENTENCE
    assert first.label == "1. (1)"
    assert china.raw[first.start : first.end].endswith("de leur intégrité territoriale.")
    second = clause_starting(china.raw, seg, "La partie azerbaïdjanaise reconnaît l’existence")
    assert second.label == "1. (2)"
    assert china.raw[second.start : second.end].endswith("la réunification du pays.")


# Texts nobody wrote for us: old treaties ("Article premier", glued words), English statements.
def test_treaty_articles(data_dir: Path) -> None:
    raw = (data_dir / "nl-bwb__traite-conciliation-nl-suede.txt").read_text(encoding="utf-8")
    seg = segment(raw)
    first = clause_starting(raw, seg, "Tout différend, de quelque nature")
    assert first.label.startswith("Article premier")
    art4 = clause_starting(raw, seg, "La Commission de conciliation déterminera son siège.")
    assert art4.label == "Article 4"
    assert art4.kind is ClauseKind.ARTICLE
    assert raw[art4.start : art4.end].endswith("en décider librement le transfert.")
    # The title is not a clause; the preamble is.
    assert raw[seg.clauses[0].start :].startswith("SA MAJESTÉ LA REINE DES PAYS-BASetSA")
    # Glued sentences ("à leur service.Le Président") split where the rule says...
    glued = clause_starting(raw, seg, "Le Président de la Commission est nommé")
    assert glued.label == "Article 2 (3)"
    # ...but a sentence shorter than the minimum stays with the next one.
    short = clause_starting(raw, seg, "La Commission permanente de conciliation se compose")
    assert raw[short.start : short.end].endswith("désignent les trois autres d'un commun accord.")


def test_peace_treaty_parts_sections_articles(data_dir: Path) -> None:
    raw = (data_dir / "nl-bwb__traite-de-paix-avec-italie-1947.txt").read_text(encoding="utf-8")
    seg = segment(raw)
    labels = [s.label for s in seg.sections]
    assert labels[:2] == ["Partie I", "Partie I, Section I"]
    assert seg.sections[0].heading == "Partie I : CLAUSES TERRITORIALES"
    art1 = clause_starting(raw, seg, "Les frontières de l'Italie demeureront")
    # "Article 1" of the treaty and of Annex VI: each is qualified by its part.
    assert art1.label == "Partie I, Article 1"
    assert seg.section(art1.section) is not None
    assert seg.section(art1.section).label == "Partie I, Section I"  # type: ignore[union-attr]
    for before, after in zip(seg.clauses, seg.clauses[1:], strict=False):
        assert before.end <= after.start


def test_english_statement_sections(data_dir: Path) -> None:
    name = "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt"
    raw = (data_dir / name).read_text(encoding="utf-8")
    seg = segment(raw)
    assert seg.sections[0].heading == "POLITICAL AND DIPLOMATIC RELATIONS"
    opening = clause_starting(raw, seg, "On September 10, 2023, General Secretary")
    text = raw[opening.start : opening.end]
    assert "Joseph R. Biden Jr. (the “Leaders”) met and held talks in Hanoi" in text
    assert text.endswith("held talks in Hanoi, Vietnam.")
    assert not any(raw[c.start : c.end].startswith("JOINT LEADERS") for c in seg.clauses)
