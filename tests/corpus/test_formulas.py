"""Formula finding (corpus.formulas.finder) on the bundled declarations and on real English texts.

Expected hits were established by reading each of the five bundled texts whole (see the
DECISIONS block at the top of corpus/data/formulas.toml and EXPECTED_COUNTS below).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from corpus.formulas.finder import (
    Catalogue,
    FormulaFamily,
    FormulaHit,
    bundled_catalogue,
    find_formulas,
    fold_for_formulas,
)
from corpus.model import Document
from corpus.text import bundled

from tests.corpus.conftest import CHARTER, CHINA, MOSCOW, SOCHI, VIETNAM

DATA = Path(__file__).resolve().parent.parent / "data"


REQUIRED_IDS = (
    "sovereignty",
    "independence",
    "territorial-integrity",
    "inviolability-of-borders",
    "non-interference",
    "non-use-of-force",
    "peaceful-settlement",
    "un-charter",
    "international-law",
    "sovereign-equality",
    "mutual-respect",
    "terrorism",
    "strategic-partnership",
)


def _hits(doc_id: str) -> list[FormulaHit]:
    return find_formulas(bundled.load_bundled(doc_id).raw, bundled_catalogue())


def _texts(hits: list[FormulaHit], family: str) -> list[str]:
    return [hit.text for hit in hits if hit.family == family]


def _raw(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _in_sentence(raw: str, hits: list[FormulaHit], sentence: str) -> list[tuple[str, str]]:
    """The (family, text) of the hits inside the first occurrence of ``sentence`` in ``raw``."""
    start = raw.index(sentence)
    end = start + len(sentence)
    return [(h.family, h.text) for h in hits if start <= h.start and h.end <= end]


# --- the catalogue ---------------------------------------------------------------------------


def test_bundled_catalogue_has_the_required_families() -> None:
    catalogue = bundled_catalogue()
    assert catalogue.version == "1"
    assert catalogue.problems == ()
    assert set(REQUIRED_IDS) <= set(catalogue.ids)
    assert len(set(catalogue.ids)) == len(catalogue.ids)
    assert bundled_catalogue() is catalogue  # built once


def test_every_family_is_complete_and_has_its_own_readable_colour() -> None:
    families = bundled_catalogue().families
    colours = [family.colour for family in families]
    assert len(set(colours)) == len(colours)
    for family in families:
        assert family.label_fr
        assert family.label_en
        assert family.patterns
        assert re.fullmatch("#[0-9a-f]{6}", family.colour)
        # black text on the highlight: WCAG contrast of at least 7:1
        assert _contrast_with_black(family.colour) >= 7.0, family.family_id


def _contrast_with_black(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05) / 0.05


# --- every family on a real sentence of a bundled text ---------------------------------------


@pytest.mark.parametrize(
    ("doc_id", "family", "text"),
    [
        (MOSCOW, "sovereignty", "souveraineté"),
        (MOSCOW, "independence", "indépendance"),
        (MOSCOW, "territorial-integrity", "intégrité territoriale"),
        (MOSCOW, "inviolability-of-borders", "inviolabilité des frontières"),
        (MOSCOW, "non-interference", "non-ingérence dans les \naffaires intérieures"),
        (MOSCOW, "non-use-of-force", "non-recours à l’emploi ou à la menace de la force"),
        (
            MOSCOW,
            "non-use-of-force",
            "inadmissibilité du recours à l’emploi ou à la menace de la \nforce",
        ),
        (SOCHI, "non-use-of-force", "s'abstenir de tout recours ou menace de recours à la force"),
        (MOSCOW, "peaceful-settlement", "règlement \npacifique"),
        (MOSCOW, "peaceful-settlement", "solution pacifique"),
        (VIETNAM, "peaceful-settlement", "règlement pacifique des différends"),
        (MOSCOW, "un-charter", "Charte des Nations Unies"),
        (SOCHI, "un-charter", "Charte des Nations unies"),
        (MOSCOW, "international-law", "droit \ninternational"),
        (MOSCOW, "sovereign-equality", "égalité \nsouveraine"),
        (MOSCOW, "mutual-respect", "respect réciproque"),
        (VIETNAM, "mutual-respect", "respect mutuel"),
        (MOSCOW, "terrorism", "terrorisme"),
        (MOSCOW, "strategic-partnership", "partenariat stratégique"),
        (CHINA, "strategic-partnership", "PARTENARIAT STRATÉGIQUE GLOBAL"),
        (CHINA, "strategic-partnership", "partenariat stratégique global"),
        (CHINA, "strategic-partnership", "partenaires stratégiques"),
        (CHARTER, "strategic-partnership", "PARTENARIAT STRATEGIQUE"),
        (MOSCOW, "good-neighbourliness", "bon voisinage"),
        (CHINA, "mutual-benefit", "mutuellement bénéfiques"),
        (CHARTER, "mutual-benefit", "bénéfices réciproques"),
        (MOSCOW, "mutual-trust", "confiance mutuelle"),
        (CHINA, "mutual-trust", "confiance politique mutuelle"),
        (CHINA, "multilateralism", "multilatéralisme"),
        (CHINA, "one-china", "une seule Chine"),
    ],
)
def test_family_fires_on_a_bundled_sentence(doc_id: str, family: str, text: str) -> None:
    assert text in _texts(_hits(doc_id), family)


def test_every_family_fires_somewhere() -> None:
    texts = [bundled.load_bundled(doc_id).raw for doc_id in bundled.bundled_ids()]
    texts += [_raw(path.name) for path in sorted(DATA.glob("*.txt"))]
    found = {hit.family for raw in texts for hit in find_formulas(raw, bundled_catalogue())}
    assert found == set(bundled_catalogue().ids)


def test_moscow_enumeration_across_a_line_break_with_curly_apostrophes(moscow: Document) -> None:
    hits = find_formulas(moscow.raw, bundled_catalogue())
    sentence = (
        "sur la base du respect réciproque de la \nsouveraineté, de l’intégrité territoriale "
        "et de l’inviolabilité des frontières \ninternationalement reconnues"
    )
    assert _in_sentence(moscow.raw, hits, sentence) == [
        ("mutual-respect", "respect réciproque"),
        ("sovereignty", "souveraineté"),
        ("territorial-integrity", "intégrité territoriale"),
        ("inviolability-of-borders", "inviolabilité des frontières"),
    ]


def test_moscow_preamble_enumeration_gives_one_hit_per_family(moscow: Document) -> None:
    hits = find_formulas(moscow.raw, bundled_catalogue())
    sentence = (
        "réaffirmant leur attachement aux buts et \nprincipes énoncés dans la Charte des Nations "
        "Unies et aux normes universellement \nreconnues du droit international, y compris le "
        "respect de la souveraineté, de \nl’indépendance, de l’intégrité territoriale et de "
        "l’égalité souveraine des États et le \nnon-recours à l’emploi ou à la menace de la force"
    )
    assert _in_sentence(moscow.raw, hits, sentence) == [
        ("un-charter", "Charte des Nations Unies"),
        ("international-law", "droit international"),
        ("sovereignty", "souveraineté"),
        ("independence", "indépendance"),
        ("territorial-integrity", "intégrité territoriale"),
        ("sovereign-equality", "égalité souveraine"),
        ("non-use-of-force", "non-recours à l’emploi ou à la menace de la force"),
    ]


def test_charter_enumeration_with_a_la(charter: Document) -> None:
    hits = find_formulas(charter.raw, bundled_catalogue())
    sentence = (
        "Réaffirment leur soutien mutuel à la souveraineté, à l’indépendance, à l’intégrité "
        "territoriale et à l’inviolabilité des frontières de chacun"
    )
    assert _in_sentence(charter.raw, hits, sentence) == [
        ("sovereignty", "souveraineté"),
        ("independence", "indépendance"),
        ("territorial-integrity", "intégrité territoriale"),
        ("inviolability-of-borders", "inviolabilité des frontières"),
    ]


def test_vietnam_principles(vietnam: Document) -> None:
    hits = find_formulas(vietnam.raw, bundled_catalogue())
    sentence = (
        "le respect de l'indépendance, de la souveraineté et de l'intégrité territoriale de "
        "chaque pays, ainsi que de leurs systèmes politiques respectifs ; le règlement pacifique "
        "des différends conformément au droit international ; la non-ingérence dans les affaires "
        "intérieures de l'autre"
    )
    assert _in_sentence(vietnam.raw, hits, sentence) == [
        ("independence", "indépendance"),
        ("sovereignty", "souveraineté"),
        ("territorial-integrity", "intégrité territoriale"),
        ("peaceful-settlement", "règlement pacifique des différends"),
        ("international-law", "droit international"),
        ("non-interference", "non-ingérence dans les affaires intérieures"),
    ]


# --- what is not the formula -------------------------------------------------------------------


def test_taiwan_independence_is_not_independence(china: Document) -> None:
    hits = find_formulas(china.raw, bundled_catalogue())
    assert "« indépendance de Taïwan »" in china.raw
    assert _texts(hits, "independence") == []


def test_commonwealth_of_independent_states_is_not_independence(moscow: Document) -> None:
    hits = find_formulas(moscow.raw, bundled_catalogue())
    cis = moscow.raw.index("Communauté d’États indépendants")
    assert not [h for h in hits if h.start <= cis + 40 and h.end >= cis]
    assert len(_texts(hits, "independence")) == 2  # the preamble and section I only


def test_integrity_of_an_organisation_is_not_territorial(moscow: Document) -> None:
    hits = find_formulas(moscow.raw, bundled_catalogue())
    sentence = "l’intégrité, l’efficacité et l’efficience de cette organisation"
    assert _in_sentence(moscow.raw, hits, sentence) == []


def test_climate_framework_convention_is_not_the_charter(china: Document) -> None:
    hits = find_formulas(china.raw, bundled_catalogue())
    assert china.raw.count("Convention-cadre des Nations Unies") == 2
    assert _texts(hits, "un-charter") == ["Charte des Nations Unies"]  # point 13 only


@pytest.mark.parametrize(
    ("doc_id", "passage"),
    [
        # an organisation's name, not good-neighbourliness
        (CHINA, "Commission de bon voisinage, d'amitié et de coopération"),
        # a name: no family
        (VIETNAM, "le Mouvement des non-alignés"),
        # confidence-building measures (CICA's name), not mutual trust
        (VIETNAM, "le Sommet sur l'interaction et les mesures de confiance en Asie"),
        # a final settlement, not a peaceful one
        (SOCHI, "un règlement définitif des différends"),
        # mutual recognition is not mutual respect
        (SOCHI, "la reconnaissance mutuelle de la"),
        # respect of reciprocal interests is not mutual respect
        (MOSCOW, "du respect des intérêts réciproques"),
        # mutual interest and shared benefit are not the mutual-benefit formula
        (CHARTER, "d’intérêt mutuel et de bénéfice partagé"),
        # a settlement of conflicts, not a peaceful one
        (MOSCOW, "un règlement des conflits existants"),
    ],
)
def test_no_hit_where_the_words_are_not_the_formula(doc_id: str, passage: str) -> None:
    raw = bundled.load_bundled(doc_id).raw
    assert _in_sentence(raw, _hits(doc_id), passage) == []


def test_sovereign_equality_is_not_sovereignty(moscow: Document) -> None:
    hits = find_formulas(moscow.raw, bundled_catalogue())
    for hit in hits:
        if hit.family == "sovereignty":
            assert hit.text == "souveraineté"


# --- counts over the five bundled texts ----------------------------------------------------------

# Established by reading each text whole (not by running the code), one entry per occurrence:
# Moscow — preamble: partenariat stratégique, confiance mutuelle, Charte des Nations Unies,
#   droit international, souveraineté, indépendance, intégrité territoriale, égalité souveraine,
#   non-recours à l'emploi ou à la menace de la force; I: partenariat stratégique, terrorisme,
#   souveraineté nationale, indépendance, intégrité territoriale; IV: confiance mutuelle, respect
#   réciproque, souveraineté, intégrité territoriale, inviolabilité des frontières, règlement
#   pacifique x2, solution pacifique; V: bon voisinage, égalité souveraine, intégrité
#   territoriale, non-ingérence dans les affaires intérieures, inadmissibilité du recours à
#   l'emploi ou à la menace de la force, droit international; closing: partenariat stratégique.
#   Not counted: "respect des intérêts réciproques", "règlement des conflits existants",
#   "intérêt mutuel", "l'intégrité, l'efficacité...", "Communauté d'États indépendants".
# Sochi — s'abstenir de tout recours ou menace de recours à la force; souveraineté, intégrité
#   territoriale, inviolabilité des frontières (after "reconnaissance mutuelle", not counted);
#   Charte des Nations unies. Not counted: "règlement définitif des différends".
# China — partenariat stratégique global x4 (headline, lead, title, decision) and partenaires
#   stratégiques; confiance mutuelle (lead), confiance politique mutuelle; mutuellement
#   bénéfiques; point 1: souveraineté, intégrité territoriale, une seule Chine; point 10:
#   terrorisme; point 13: droit international, Charte des Nations Unies; point 14:
#   multilatéralisme. Not counted: « indépendance de Taïwan », Convention-cadre x2, Commission
#   de bon voisinage, "partenariat global", "mesures de confiance".
# Vietnam — partenariat stratégique x7 (title, subtitle, "au rang de", "Le partenariat",
#   "Dans le cadre du", "contenu du", "objectifs du"); respect mutuel; droit international x2;
#   Charte des Nations Unies x2; indépendance, souveraineté, intégrité territoriale; règlement
#   pacifique des différends; non-ingérence dans les affaires intérieures; terrorisme x2.
#   Not counted: "Mouvement des non-alignés", "mesures de confiance", "compréhension mutuelle".
# Charter (US) — partenariat stratégique x6 (title x2, points 2, 3, 5, section IV); point 1:
#   souveraineté, indépendance, intégrité territoriale, inviolabilité des frontières;
#   bénéfices réciproques; terrorisme x2 (section III, 2). Not counted: "bénéfice partagé".
EXPECTED_COUNTS: dict[str, dict[str, int]] = {
    MOSCOW: {
        "strategic-partnership": 3,
        "mutual-trust": 2,
        "un-charter": 1,
        "international-law": 2,
        "sovereignty": 3,
        "independence": 2,
        "territorial-integrity": 4,
        "sovereign-equality": 2,
        "non-use-of-force": 2,
        "terrorism": 1,
        "mutual-respect": 1,
        "inviolability-of-borders": 1,
        "peaceful-settlement": 3,
        "good-neighbourliness": 1,
        "non-interference": 1,
    },
    SOCHI: {
        "non-use-of-force": 1,
        "sovereignty": 1,
        "territorial-integrity": 1,
        "inviolability-of-borders": 1,
        "un-charter": 1,
    },
    CHINA: {
        "strategic-partnership": 5,
        "mutual-trust": 2,
        "mutual-benefit": 1,
        "sovereignty": 1,
        "territorial-integrity": 1,
        "one-china": 1,
        "terrorism": 1,
        "international-law": 1,
        "un-charter": 1,
        "multilateralism": 1,
    },
    VIETNAM: {
        "strategic-partnership": 7,
        "mutual-respect": 1,
        "international-law": 2,
        "un-charter": 2,
        "independence": 1,
        "sovereignty": 1,
        "territorial-integrity": 1,
        "peaceful-settlement": 1,
        "non-interference": 1,
        "terrorism": 2,
    },
    CHARTER: {
        "strategic-partnership": 6,
        "sovereignty": 1,
        "independence": 1,
        "territorial-integrity": 1,
        "inviolability-of-borders": 1,
        "mutual-benefit": 1,
        "terrorism": 2,
    },
}


@pytest.mark.parametrize("doc_id", list(EXPECTED_COUNTS))
def test_counts_per_family_on_the_bundled_texts(doc_id: str) -> None:
    assert dict(Counter(hit.family for hit in _hits(doc_id))) == EXPECTED_COUNTS[doc_id]


def test_bundled_ids_are_the_five_counted_texts() -> None:
    assert set(bundled.bundled_ids()) == set(EXPECTED_COUNTS)


# --- English texts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "family", "text"),
    [
        (
            "nl-bwb__charter-of-the-united-nations.txt",
            "un-charter",
            "Charter of the United Nations",
        ),
        ("nl-bwb__charter-of-the-united-nations.txt", "sovereign-equality", "sovereign equality"),
        ("nl-bwb__charter-of-the-united-nations.txt", "non-use-of-force", "threat or use of force"),
        ("nl-bwb__charter-of-the-united-nations.txt", "good-neighbourliness", "good neighbors"),
        (
            "nl-bwb__charter-of-the-united-nations.txt",
            "peaceful-settlement",
            "settle their international disputes by peaceful means",
        ),
        (
            "nl-bwb__agreement-cambodia-sovereignty-territorial-integrity-1991.txt",
            "non-interference",
            "non-interference",
        ),
        (
            "nl-bwb__agreement-cambodia-sovereignty-territorial-integrity-1991.txt",
            "peaceful-settlement",
            "peaceful settlement of disputes",
        ),
        (
            "nl-bwb__north-atlantic-treaty-1949.txt",
            "territorial-integrity",
            "territorial integrity",
        ),
        ("nl-bwb__north-atlantic-treaty-1949.txt", "independence", "independence"),
        (
            "whitehouse__us-eu-summit-joint-statement-2023.txt",
            "inviolability-of-borders",
            "inviolability of borders",
        ),
        (
            "whitehouse__us-eu-summit-joint-statement-2023.txt",
            "non-use-of-force",
            "non-use of force and threat of use of force",
        ),
        ("whitehouse__us-eu-summit-joint-statement-2023.txt", "un-charter", "UN Charter"),
        ("whitehouse__us-eu-summit-joint-statement-2023.txt", "multilateralism", "multilateralism"),
        ("whitehouse__us-eu-summit-joint-statement-2023.txt", "one-china", "one China policy"),
        ("whitehouse__us-eu-summit-joint-statement-2023.txt", "terrorism", "terrorism"),
        (
            "whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt",
            "mutual-respect",
            "mutual respect",
        ),
        (
            "whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt",
            "peaceful-settlement",
            "peaceful settlement of disputes",
        ),
        (
            "whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt",
            "good-neighbourliness",
            "good neighborliness",
        ),
        (
            "whitehouse__cambodia-thailand-joint-declaration-kuala-lumpur-2025.txt",
            "mutual-trust",
            "mutual trust",
        ),
        (
            "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
            "strategic-partnership",
            "Comprehensive Strategic Partnership",
        ),
        (
            "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
            "international-law",
            "international law",
        ),
        (
            "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
            "peaceful-settlement",
            "peaceful resolution of disputes",
        ),
        (
            "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
            "sovereignty",
            "sovereignty",
        ),
        (
            "whitehouse__us-vietnam-comprehensive-strategic-partnership-2023.txt",
            "human-rights",
            "human rights",
        ),
        (
            "whitehouse__us-ukraine-strategic-partnership-2021.txt",
            "non-use-of-force",
            "redraw borders by force",
        ),
    ],
)
def test_english_formulas(name: str, family: str, text: str) -> None:
    hits = find_formulas(_raw(name), bundled_catalogue())
    assert text in _texts(hits, family)


def test_english_enumeration_across_line_breaks() -> None:
    raw = _raw("whitehouse__us-eu-summit-joint-statement-2023.txt")
    hits = find_formulas(raw, bundled_catalogue())
    start = raw.index("full respect for Ukraine")
    end = raw.index("internationally recognized", start)
    assert [(h.family, h.text.split()) for h in hits if start <= h.start < end] == [
        ("independence", ["independence"]),
        ("sovereignty", ["sovereignty"]),
        ("territorial-integrity", ["territorial", "integrity"]),
    ]


def test_institutional_independence_is_not_independence() -> None:
    raw = _raw("whitehouse__us-ukraine-strategic-partnership-2021.txt")
    hits = find_formulas(raw, bundled_catalogue())
    view = fold_for_formulas(raw).text
    assert "energy independence" in view
    assert "central bank independence" in view
    independence = [h for h in hits if h.family == "independence"]
    assert len(independence) == 1  # "the restoration of Ukraine's independence"
    assert "restoration of Ukraine" in raw[independence[0].start - 30 : independence[0].start]


def test_judicial_independence_in_a_french_treaty_is_not_independence() -> None:
    raw = _raw("nl-bwb__traite-de-paix-avec-italie-1947.txt")
    hits = find_formulas(raw, bundled_catalogue())
    spans = [(h.start, h.end) for h in hits if h.family == "independence"]
    judicial = raw.index("Indépendance du Pouvoir Judiciaire")
    assert all(not (start <= judicial < end) for start, end in spans)
    assert len(spans) == 7


# --- folding: apostrophes, case, line breaks ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "family", "text"),
    [
        (
            "le respect de l’intégrité\nterritoriale des États",
            "territorial-integrity",
            "intégrité\nterritoriale",
        ),
        ("L'INTÉGRITÉ TERRITORIALE", "territorial-integrity", "INTÉGRITÉ TERRITORIALE"),
        (
            "la non-\ningérence dans leurs affaires intérieures",
            "non-interference",
            "non-\ningérence dans leurs affaires intérieures",
        ),
        ("la Charte des Nations\u00a0Unies", "un-charter", "Charte des Nations\u00a0Unies"),
        ("le non\u2011recours à la force", "non-use-of-force", "non\u2011recours à la force"),
        (
            "de l\u02bcinviolabilité de leurs frontières",
            "inviolability-of-borders",
            "inviolabilité de leurs frontières",
        ),
        (
            "le règlement pacifique du conflit",
            "peaceful-settlement",
            "règlement pacifique du conflit",
        ),
        ("the U.N. Charter", "un-charter", "U.N. Charter"),
    ],
)
def test_folding_tolerance(raw: str, family: str, text: str) -> None:
    hits = find_formulas(raw, bundled_catalogue())
    assert text in _texts(hits, family)


def test_no_hit_inside_a_word() -> None:
    assert find_formulas("xsouveraineté antiindépendance", bundled_catalogue()) == []


def test_a_paragraph_break_splits_a_formula() -> None:
    hits = find_formulas("l’intégrité\n\nterritoriale", bundled_catalogue())
    assert hits == []


# --- offsets -----------------------------------------------------------------------------------


def _all_texts() -> list[tuple[str, str]]:
    texts = [(doc_id, bundled.load_bundled(doc_id).raw) for doc_id in bundled.bundled_ids()]
    texts += [(path.name, path.read_text(encoding="utf-8")) for path in sorted(DATA.glob("*.txt"))]
    return texts


@pytest.mark.parametrize(("name", "raw"), _all_texts(), ids=lambda value: str(value)[:40])
def test_hits_are_exact_raw_spans_sorted_and_disjoint_per_family(name: str, raw: str) -> None:
    hits = find_formulas(raw, bundled_catalogue())
    assert hits, name
    for hit in hits:
        assert hit.text == raw[hit.start : hit.end]
        assert hit.text == hit.text.strip()
        assert hit.span.start == hit.start
    assert hits == sorted(hits, key=lambda h: (h.start, h.family, h.end))
    last_end: dict[str, int] = {}
    for hit in hits:
        assert hit.start >= last_end.get(hit.family, 0)
        last_end[hit.family] = hit.end


def test_a_shared_normalised_view_gives_the_same_hits(moscow: Document) -> None:
    view = fold_for_formulas(moscow.raw)
    assert find_formulas(moscow.raw, bundled_catalogue(), view) == find_formulas(
        moscow.raw, bundled_catalogue()
    )
    with pytest.raises(ValueError, match="normalised"):
        find_formulas(moscow.raw + "x", bundled_catalogue(), view)


def test_a_hand_made_catalogue_is_compiled_on_demand() -> None:
    family = FormulaFamily("x", "X", "X", "#ffffff", patterns=("integrite territoriale",))
    catalogue = Catalogue("test", (family,))
    hits = find_formulas("Intégrité territoriale", catalogue)
    assert hits == [FormulaHit("x", 0, 22, "Intégrité territoriale")]


def test_empty_text() -> None:
    assert find_formulas("", bundled_catalogue()) == []
