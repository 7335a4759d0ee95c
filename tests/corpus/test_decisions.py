"""The analyst's decisions: applied over the engine's pairs, kept in the library, found again.

Real texts: the conciliation treaties of the Netherlands with Sweden and with Norway
(``tests/data``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.comparison import Comparison, compare_analyzed
from corpus.compare.decisions import anchor, find_clause, resolve
from corpus.formulas.finder import bundled_catalogue
from corpus.library.decisions import DecisionStore, now
from corpus.library.index import SearchIndex
from corpus.model import Decision, DecisionKind, Document, LinkOrigin
from corpus.text.documents import load_file

DATA = Path(__file__).resolve().parent.parent / "data"
SWEDEN = DATA / "nl-bwb__traite-conciliation-nl-suede.txt"
NORWAY = DATA / "nl-bwb__traite-reglement-judiciaire-nl-norvege.txt"


def _analyzed(path: Path, raw: str | None = None) -> AnalyzedDocument:
    document = load_file(path)
    if raw is not None:
        document = Document(document.doc_id, document.path, raw, document.meta)
    return analyze(document, bundled_catalogue())


@pytest.fixture(scope="module")
def sweden() -> AnalyzedDocument:
    return _analyzed(SWEDEN)


@pytest.fixture(scope="module")
def norway() -> AnalyzedDocument:
    return _analyzed(NORWAY)


@pytest.fixture(scope="module")
def engine(sweden: AnalyzedDocument, norway: AnalyzedDocument) -> Comparison:
    return compare_analyzed(sweden, norway, bundled_catalogue())


def _ids(document: AnalyzedDocument, *labels: str) -> list[str]:
    found = [find_clause(document, label) for label in labels]
    assert None not in found, labels
    return [str(cid) for cid in found]


def test_the_engine_alone_made_every_pair(engine: Comparison) -> None:
    assert engine.alignment.links
    assert all(link.by is LinkOrigin.ENGINE for link in engine.alignment.links)
    assert engine.alignment.reviewed == 0


def test_link_unlink_confirm_and_no_counterpart(engine: Comparison) -> None:
    proposed = engine.alignment.links
    weak = min(proposed, key=lambda k: k.score)
    strong = max(proposed, key=lambda k: k.score)
    proposed_pairs = {(k.left, k.right) for k in proposed}
    new = next(
        (c.clause_id, d.clause_id)
        for c in engine.left.clauses
        for d in engine.right.clauses
        if (c.clause_id, d.clause_id) not in proposed_pairs
        and engine.score(c.clause_id, d.clause_id) > 0
    )
    lonely = next(k.left for k in proposed if k.left not in {weak.left, strong.left, new[0]})
    decisions = [
        Decision(DecisionKind.UNLINK, weak.left, weak.right, "2026-01-01T00:00:01Z"),
        Decision(DecisionKind.CONFIRM, strong.left, strong.right, "2026-01-01T00:00:02Z"),
        Decision(DecisionKind.LINK, *new, "2026-01-01T00:00:03Z"),
        Decision(DecisionKind.NO_COUNTERPART, lonely, None, "2026-01-01T00:00:04Z"),
    ]
    decided = engine.with_decisions(decisions)
    pairs = {(k.left, k.right): k for k in decided.alignment.links}
    assert (weak.left, weak.right) not in pairs  # an unlinked pair is gone
    assert pairs[(strong.left, strong.right)].by is LinkOrigin.ANALYST
    assert pairs[(strong.left, strong.right)].score == strong.score
    assert pairs[new].by is LinkOrigin.ANALYST
    assert pairs[new].score == pytest.approx(engine.score(*new), abs=1e-4)
    assert not any(k.left == lonely for k in decided.alignment.links)
    assert lonely in decided.alignment.unpaired_left
    assert decided.alignment.settled_left == (lonely,)
    assert decided.alignment.reviewed == 2
    # The engine's proposal is kept as it was, for undoing.
    assert decided.proposal == engine.alignment


def test_a_later_decision_overrides_an_earlier_one(engine: Comparison) -> None:
    link = engine.alignment.links[0]
    unlink = Decision(DecisionKind.UNLINK, link.left, link.right, "2026-01-01T00:00:02Z")
    relink = Decision(DecisionKind.LINK, link.left, link.right, "2026-01-01T00:00:03Z")
    # Given in any order, they apply in the order they were made.
    pairs = {(k.left, k.right) for k in engine.with_decisions([relink, unlink]).alignment.links}
    assert (link.left, link.right) in pairs
    pairs = {(k.left, k.right) for k in engine.with_decisions([unlink]).alignment.links}
    assert (link.left, link.right) not in pairs


def test_decisions_survive_a_threshold_change(
    sweden: AnalyzedDocument, norway: AnalyzedDocument, engine: Comparison
) -> None:
    from corpus.compare.comparison import CompareSettings

    weakest = min(engine.alignment.links, key=lambda k: k.score)
    confirm = Decision(DecisionKind.CONFIRM, weakest.left, weakest.right, now())
    strict = compare_analyzed(
        sweden, norway, bundled_catalogue(), CompareSettings(threshold=0.9), [confirm]
    )
    pairs = {(k.left, k.right): k.by for k in strict.alignment.links}
    assert pairs[(weakest.left, weakest.right)] is LinkOrigin.ANALYST


def test_a_clause_is_found_again_after_its_text_moves_and_is_relabelled(
    sweden: AnalyzedDocument,
) -> None:
    clause = sweden.clauses[6]
    kept = anchor(sweden, clause.clause_id)
    raw = sweden.document.raw
    # A new paragraph before it: every clause after it changes id.
    edited = _analyzed(
        SWEDEN,
        raw[: sweden.clauses[1].start]
        + "Un alinéa ajouté pour voir ce qui se passe.\n\n"
        + raw[sweden.clauses[1].start :],
    )
    found = resolve(edited, kept)
    assert found is not None
    assert found != clause.clause_id
    start = edited.clause(found).start
    assert edited.document.raw[start : edited.clause(found).end] == raw[clause.start : clause.end]


def test_a_rewritten_clause_is_not_found(sweden: AnalyzedDocument) -> None:
    clause = sweden.clauses[6]
    kept = anchor(sweden, clause.clause_id)
    raw = sweden.document.raw
    words = raw[clause.start : clause.end].split()
    rewritten = " ".join([*words[:2], "Les Parties en décident tout autrement."])
    edited = _analyzed(SWEDEN, raw[: clause.start] + rewritten + raw[clause.end :])
    assert resolve(edited, kept) is None


def test_the_store_keeps_decisions_by_content(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument
) -> None:
    index = SearchIndex(tmp_path / "library.db")
    store = DecisionStore(index)
    left, right = _ids(sweden, "Article 2 (1)")[0], _ids(norway, "Article 9 (1)")[0]
    made = Decision(DecisionKind.LINK, left, right, now())
    row = store.record(sweden, norway, made)
    index.close()
    # Another session, the same texts under other names in another folder.
    copy = tmp_path / "elsewhere" / "copie.txt"
    copy.parent.mkdir()
    copy.write_text(SWEDEN.read_text(encoding="utf-8"), encoding="utf-8")
    store = DecisionStore(SearchIndex(tmp_path / "library.db"))
    found = store.load(_analyzed(copy), norway)
    assert found.decisions == (made,)
    assert found.rows == (row,)
    assert not found.lost
    # The panes swapped: the same decision, sides swapped.
    swapped = store.load(norway, sweden)
    assert swapped.decisions == (Decision(DecisionKind.LINK, right, left, made.made_at),)
    store.forget(row)
    assert store.load(sweden, norway).decisions == ()


def test_an_edited_text_keeps_what_still_exists_and_lists_the_rest(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument
) -> None:
    store = DecisionStore(SearchIndex(tmp_path / "library.db"))
    kept_left, gone_left = _ids(sweden, "Article 2 (1)", "Article 3 (2)")
    right = _ids(norway, "Article 9 (1)")[0]
    store.record(sweden, norway, Decision(DecisionKind.LINK, kept_left, right, now()))
    store.record(sweden, norway, Decision(DecisionKind.NO_COUNTERPART, gone_left, None, now()))
    gone = sweden.clause(gone_left)
    raw = sweden.document.raw
    folder = tmp_path / "v2"
    folder.mkdir()
    edited_path = folder / SWEDEN.name  # the same file, edited
    edited_path.write_text(raw[: gone.start] + "Supprimé." + raw[gone.end :], encoding="utf-8")
    edited = _analyzed(edited_path)
    found = store.load(edited, norway)
    assert found.earlier_version
    assert [(d.kind, d.right) for d in found.decisions] == [(DecisionKind.LINK, right)]
    assert edited.clause(str(found.decisions[0].left)).label == "Article 2 (1)"
    assert [(d.kind, d.left.label if d.left else "") for d in found.lost] == [
        (DecisionKind.NO_COUNTERPART, "Article 3 (2)")
    ]
    # A decision on the new version carries the earlier ones over, the lost one included.
    store.record(
        edited, norway, Decision(DecisionKind.CONFIRM, found.decisions[0].left, right, now())
    )
    again = store.load(edited, norway)
    assert not again.earlier_version
    assert len(again.decisions) == 2
    assert len(again.lost) == 1


def test_a_decision_names_one_clause_per_side() -> None:
    with pytest.raises(ValueError, match="a clause on each side"):
        Decision(DecisionKind.LINK, "c1", None, now())
    with pytest.raises(ValueError, match="exactly one side"):
        Decision(DecisionKind.NO_COUNTERPART, "c1", "c2", now())
    assert Decision(DecisionKind.NO_COUNTERPART, None, "c2", now()).right == "c2"


def test_decisions_come_back_after_the_database_is_rebuilt(
    tmp_path: Path, sweden: AnalyzedDocument, norway: AnalyzedDocument
) -> None:
    database = tmp_path / "library.db"
    index = SearchIndex(database)
    store = DecisionStore(index)
    left, gone = _ids(sweden, "Article 2 (1)", "Article 3 (2)")
    right = _ids(norway, "Article 9 (1)")[0]
    kept = Decision(DecisionKind.LINK, left, right, now())
    store.record(sweden, norway, kept)
    undone = store.record(sweden, norway, Decision(DecisionKind.NO_COUNTERPART, gone, None, now()))
    store.forget(undone)
    index.close()
    # The database is damaged and rebuilt from the library's files: it starts empty.
    for path in tmp_path.glob("library.db*"):
        path.unlink()
    with (tmp_path / "decisions.jsonl").open("a", encoding="utf-8") as journal:
        journal.write('{"add": {"id": 99, "kind": "link", "left_sh')  # cut short by a crash
    rebuilt = DecisionStore(SearchIndex(database))
    found = rebuilt.load(sweden, norway)
    assert found.decisions == (kept,)
    assert not found.lost
