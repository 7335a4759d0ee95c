"""Clean clause units on real texts: glued headings, page chrome, formal kinds, unique labels."""

from __future__ import annotations

from collections import Counter

import pytest

from corpus.compare.align import align
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.formulas.finder import bundled_catalogue
from corpus.model import FORMAL_KINDS, ClauseKind
from corpus.text import bundled
from corpus.text.documents import load_file
from corpus.text.segment import Segmentation, segment

from tests.corpus.conftest import CHARTER, DATA, MOSCOW

#: All the texts of ../shared/texts: ten in tests/data (other tests use them), the others in
#: tests/data/texts with the collection's manifest.
MANIFEST = DATA / "texts" / "manifest.tsv"
TEXTS = sorted(
    line.split("\t", 1)[0]
    for line in MANIFEST.read_text(encoding="utf-8").splitlines()[1:]
    if line.strip()
)
UKRAINE = "whitehouse__us-ukraine-strategic-partnership-2021.txt"


def _raw(name: str) -> str:
    path = DATA / name
    return (path if path.exists() else DATA / "texts" / name).read_text(encoding="utf-8")


def _starting(raw: str, seg: Segmentation, opening: str) -> ClauseKind:
    found = [c for c in seg.clauses if raw.startswith(opening, c.start)]
    assert len(found) == 1, opening
    return found[0].kind


def test_every_text_of_the_collection_is_here() -> None:
    assert len(TEXTS) == 46
    assert all(_raw(name) for name in TEXTS)


@pytest.mark.parametrize("name", TEXTS)
def test_labels_are_unique_in_every_text(name: str) -> None:
    raw = _raw(name)
    labels = [c.label for c in segment(raw).clauses]
    assert [label for label, n in Counter(labels).items() if n > 1] == []
    assert labels == [
        c.label for c in segment(raw + "\n").clauses
    ]  # the same text, the same labels


@pytest.mark.parametrize("doc_id", bundled.bundled_ids())
def test_labels_are_unique_in_every_bundled_declaration(doc_id: str) -> None:
    labels = [c.label for c in segment(bundled.load_bundled(doc_id).raw).clauses]
    assert len(set(labels)) == len(labels)


def test_repeated_labels_are_qualified_by_their_part() -> None:
    raw = _raw("nl-bwb__traite-de-paix-avec-italie-1947.txt")
    seg = segment(raw)
    labels = {c.label for c in seg.clauses}
    # "Article 1" of the treaty and of the provisional régime of Trieste (Annex VII).
    assert {"Partie I, Article 1", "Annexe VII, Article 1"} <= labels
    assert "Article 1" not in labels
    annex = next(c for c in seg.clauses if c.label == "Annexe VII, Article 1")
    assert annex.start > raw.index("ANNEXE VII")
    assert "Annexe VII" in [s.label for s in seg.sections]


def test_bullets_are_qualified_by_their_paragraph() -> None:
    raw = _raw(UKRAINE)
    seg = segment(raw)
    by_label = {c.label: raw[c.start : c.end] for c in seg.clauses}
    # Section I has bullets after two of its paragraphs: each list is named after its paragraph.
    assert by_label["I ¶1 –1"].startswith("-   Standing up to Russian Aggression")
    assert "I ¶2 –1 (1)" in by_label
    # The whole list is named after its paragraph, not only the item whose label repeated.
    assert by_label["I ¶2 –2 (1)"].startswith("-")
    assert not any(label.startswith("I –") for label in by_label)
    assert by_label["III –1 (1)"].startswith("-")  # the only list of section III: no need


def test_markdown_lists_numbered_one_throughout_take_a_rank() -> None:
    # Every point of this statement is numbered "1." (a Markdown list, rendered 1, 2, 3...).
    raw = _raw("whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt")
    labels = [c.label for c in segment(raw).clauses]
    assert labels[1:4] == ["1.", "1. #2", "1. #3"]
    assert "1. #4 –1 (1)" in labels  # a bullet follows its point
    assert "1. #8 ¶2" in labels  # and so does a paragraph


def test_glued_roman_heading_is_a_section() -> None:
    raw = _raw(UKRAINE)
    seg = segment(raw)
    headings = {s.label: s.heading for s in seg.sections}
    assert headings["III"] == "III. Energy Security and Climate"
    assert headings["I"] == "I. Security and Defense"
    assert headings["II"] == "II. Democracy, Justice, and Human Rights"  # "The United States ..."
    climate = next(c for c in seg.clauses if raw.startswith("The climate crisis", c.start))
    assert seg.section(climate.section).label == "III"  # type: ignore[union-attr]
    assert not any("Energy Security and Climate" in raw[c.start : c.end] for c in seg.clauses)


def test_glued_headings_without_numeral() -> None:
    raw = _raw("whitehouse__us-france-joint-statement-2022.txt")
    seg = segment(raw)
    headings = [s.heading for s in seg.sections]
    assert "Cyber and Disinformation" in headings
    assert "Economy, Emerging Technologies, Trade, and Supply Chains" in headings
    cyber = next(c for c in seg.clauses if raw.startswith("The Presidents renew", c.start))
    assert seg.section(cyber.section).heading == "Cyber and Disinformation"  # type: ignore[union-attr]
    # "Today, the President of the United States ..." opens a sentence, not a heading.
    assert any(raw.startswith("Today, the President", c.start) for c in seg.clauses)


def test_pasted_web_page_headings_and_chrome() -> None:
    # A real clause of the charter, pasted from a news site with its furniture around it.
    charter = bundled.load_bundled(CHARTER).raw
    start = charter.index("4. La République d’Azerbaïdjan et les États-Unis")
    clause = charter[start : charter.index("\n", start)]
    raw = "\n\n".join(
        [
            "# Azerbaïdjan et États-Unis : la charte",
            "[Partager sur Facebook](https://www.facebook.com/sharer.php?u=x) [X](https://x.com/s)",
            "![Les deux délégations](https://example.org/photo.jpg)",
            "**Section I : Coopération économique**",
            clause,
            "https://example.org/charte-azerbaidjan-etats-unis",
            "## Sécurité",
            clause.replace("4.", "5.", 1),
        ]
    )
    seg = segment(raw)
    texts = [raw[c.start : c.end] for c in seg.clauses]
    assert texts == [clause, clause.replace("4.", "5.", 1)]
    assert [s.heading for s in seg.sections][-2:] == [
        "Section I : Coopération économique",
        "Sécurité",
    ]


def test_formal_kinds_on_real_texts() -> None:
    moscow = bundled.load_bundled(MOSCOW).raw
    seg = segment(moscow)
    assert [c.kind for c in seg.clauses if moscow[c.start : c.end] == "Les Parties :"] == [
        ClauseKind.LEAD_IN,
        ClauseKind.LEAD_IN,
    ]
    kuala = _raw("whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt")
    seg = segment(kuala)
    assert _starting(kuala, seg, "Signed at Kuala Lumpur") is ClauseKind.CLOSING
    assert _starting(kuala, seg, "Hun Manet") is ClauseKind.SIGNATURE
    jeddah = _raw("whitehouse__jeddah-communique-us-saudi-2022.txt")
    seg = segment(jeddah)
    assert _starting(jeddah, seg, "Security and Defense") is ClauseKind.HEADING
    charter = _raw("nl-bwb__charter-of-the-united-nations.txt")
    seg = segment(charter)
    assert _starting(charter, seg, "The Purposes of the United Nations are:") is ClauseKind.LEAD_IN
    # A colon does not make a lead-in of a clause that says what it commits to.
    assert _starting(charter, seg, "1. The General Assembly shall initiate") is ClauseKind.POINT
    kinds = Counter(c.kind for c in seg.clauses)
    assert kinds[ClauseKind.HEADING] >= 8  # "Functions and Powers", "The Security Council"...


@pytest.fixture(scope="module")
def library() -> dict[str, AnalyzedDocument]:
    catalogue = bundled_catalogue()
    return {i: analyze(bundled.load_bundled(i), catalogue) for i in bundled.bundled_ids()}


def test_formal_lines_pair_only_with_their_like(library: dict[str, AnalyzedDocument]) -> None:
    ids = sorted(library)
    formal_links = 0
    for index, left_id in enumerate(ids):
        for right_id in ids[index + 1 :]:
            left, right = library[left_id], library[right_id]
            for link in align(left, right).links:
                a, b = left.clause(link.left).kind, right.clause(link.right).kind
                if a in FORMAL_KINDS or b in FORMAL_KINDS:
                    assert a is b, (left_id, right_id, link)
                    formal_links += 1
    assert formal_links >= 3  # "Fait à Moscou" ↔ "Pékin, le 23 avril 2025." and the signatures


def test_formal_lines_pair_only_with_their_like_across_languages(
    library: dict[str, AnalyzedDocument],
) -> None:
    # English statements against the French charter are paired on topics and formulas alone; the
    # charter's lead-in still answers nothing but a lead-in.
    charter = library[CHARTER]
    catalogue = bundled_catalogue()
    links = 0
    for name in (UKRAINE, "texts/whitehouse__new-atlantic-charter-2021.txt"):
        statement = analyze(load_file(DATA / name), catalogue)
        for link in align(statement, charter).links:
            a, b = statement.clause(link.left).kind, charter.clause(link.right).kind
            if a in FORMAL_KINDS or b in FORMAL_KINDS:
                assert a is b, (name, link)
            links += 1
    assert links >= 20


def test_the_charters_lead_in_pairs_only_with_a_lead_in(
    library: dict[str, AnalyzedDocument],
) -> None:
    # The issue's case: "Le Gouvernement de la République d'Azerbaïdjan et le Gouvernement des
    # États-Unis d'Amérique :" was paired with the one-China clause and two others.
    charter = library[CHARTER]
    lead_in = charter.clauses[0]
    assert charter.document.raw.startswith("Le Gouvernement de la République", lead_in.start)
    assert lead_in.kind is ClauseKind.LEAD_IN
    partners = {
        (doc_id, document.clause(link.left).label)
        for doc_id, document in library.items()
        if doc_id != CHARTER
        for link in align(document, charter).links
        if link.right == lead_in.clause_id
    }
    # Moscow's "Le Président de la Fédération de Russie et le Président de la République
    # d'Azerbaïdjan," names the signatories too; nothing else answers a lead-in.
    assert partners == {(MOSCOW, "¶1")}
