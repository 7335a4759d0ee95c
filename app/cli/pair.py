"""``pair``: record the analyst's decisions about two declarations' pairs, or list them.

``pair LEFT RIGHT --link L R`` links clause L of the left text with clause R of the right one,
``--unlink L R`` removes a pair, ``--confirm L R`` confirms a proposed pair, ``--none left L``
marks a clause as having no counterpart; L and R are clause labels ("5.", "IV ¶2") or ids
("c12"). Without an action, the decisions are listed. They are kept in the same library as the
window's (``VIS_A_VIS_DATA``), so ``align`` and the window apply them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from corpus.errors import CorpusError, Reason
from corpus.model import Side

if TYPE_CHECKING:  # the engine loads NumPy: only when the command runs
    from corpus.compare.analysis import AnalyzedDocument
    from corpus.library.decisions import Resolved
    from corpus.model import Decision


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``pair`` subcommand."""
    parser = subparsers.add_parser(
        "pair", help="link, unlink or confirm clause pairs, or list the decisions made"
    )
    parser.add_argument("left", help="a text file, or the id of a bundled declaration")
    parser.add_argument("right", help="a text file, or the id of a bundled declaration")
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--link", nargs=2, metavar=("L", "R"), help="pair left clause L with right clause R"
    )
    action.add_argument("--unlink", nargs=2, metavar=("L", "R"), help="remove the pair L–R")
    action.add_argument("--confirm", nargs=2, metavar=("L", "R"), help="confirm the pair L–R")
    action.add_argument(
        "--none",
        nargs=2,
        metavar=("SIDE", "C"),
        help="mark clause C of SIDE (left or right) as having no counterpart",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=_run)


def _run(options: argparse.Namespace) -> int:
    from app.cli.options import lost_message, print_json, user_decisions
    from corpus.compare.analysis import analyze
    from corpus.formulas import finder
    from corpus.text.documents import open_document

    catalogue = finder.load_catalogue(finder.default_user_catalogue_path())
    left = analyze(open_document(options.left), catalogue)
    right = analyze(open_document(options.right), catalogue)
    decision = _decision(options, left, right)
    with user_decisions(create=decision is not None) as store:
        if store is not None and decision is not None:
            store.record(left, right, decision)
        resolved = store.load(left, right) if store is not None else None
    report = listing(left, right, resolved)
    if options.json:
        print_json(report)
    else:
        sys.stdout.write(_format_text(report))
    for item in report["lost"]:
        print(f"vis-a-vis: warning: {lost_message(item)}", file=sys.stderr)
    return 0


def _decision(
    options: argparse.Namespace, left: AnalyzedDocument, right: AnalyzedDocument
) -> Decision | None:
    from corpus.library.decisions import now
    from corpus.model import Decision, DecisionKind

    for kind, names in (
        (DecisionKind.LINK, options.link),
        (DecisionKind.UNLINK, options.unlink),
        (DecisionKind.CONFIRM, options.confirm),
    ):
        if names:
            return Decision(
                kind,
                _clause(left, names[0], Side.LEFT),
                _clause(right, names[1], Side.RIGHT),
                now(),
            )
    if options.none:
        given, name = options.none
        if given not in tuple(Side):
            raise CorpusError(Reason.NOT_A_SIDE, given=given)
        side = Side(given)
        clause = _clause(left if side is Side.LEFT else right, name, side)
        return Decision(
            DecisionKind.NO_COUNTERPART,
            clause if side is Side.LEFT else None,
            clause if side is Side.RIGHT else None,
            now(),
        )
    return None


def _clause(document: AnalyzedDocument, name: str, side: Side) -> str:
    from corpus.compare.decisions import find_clause

    found = find_clause(document, name)
    if found is None:
        labels = ", ".join(c.label for c in document.clauses[:12])
        more = ", …" if len(document.clauses) > 12 else ""
        raise CorpusError(
            Reason.NO_SUCH_CLAUSE,
            name=name,
            side=side,
            path=document.document.path,
            labels=labels + more,
        )
    return found


def listing(
    left: AnalyzedDocument, right: AnalyzedDocument, resolved: Resolved | None
) -> dict[str, Any]:
    """The decisions about two documents, as JSON: clause ids and labels of today's texts."""
    from app.cli.options import lost_report

    def clause(document: AnalyzedDocument, clause_id: str | None) -> dict[str, str] | None:
        if clause_id is None:
            return None
        return {"id": clause_id, "label": document.clause(clause_id).label}

    decisions = resolved.decisions if resolved is not None else ()
    return {
        "left": left.document.path,
        "right": right.document.path,
        "decisions": [
            {
                "kind": d.kind.value,
                "left": clause(left, d.left),
                "right": clause(right, d.right),
                "made_at": d.made_at,
            }
            for d in decisions
        ],
        "lost": [lost_report(item) for item in (resolved.lost if resolved else ())],
        "earlier_version": bool(resolved and resolved.earlier_version),
    }


def _format_text(report: dict[str, Any]) -> str:
    lines = [f"{report['left']}  ↔  {report['right']}"]
    if not report["decisions"]:
        lines.append("no decisions")
    show: Callable[[dict[str, str] | None], str] = lambda c: c["label"] if c else "—"  # noqa: E731
    for item in report["decisions"]:
        lines.append(
            f"{item['made_at'][:19]}  {item['kind']:<8} {show(item['left']):<20} "
            f"{show(item['right'])}"
        )
    return "\n".join(lines) + "\n"
