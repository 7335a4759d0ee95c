"""What the views are told to draw: plain value types, in code-point offsets of a document's text.

The application turns the engine's results into these; the widgets convert offsets to Qt's
UTF-16 positions themselves (``widgets.textpos``) and never see the engine's internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MarkKind(StrEnum):
    """How a mark is drawn."""

    FORMULA = "formula"  # background in the family's colour
    PHRASE = "phrase"  # solid underline: a phrase both texts share word for word
    NEAR_PHRASE = "near"  # dotted underline: shared up to a few function words
    DELETE = "delete"  # in the selected pair, words only the left clause has
    INSERT = "insert"  # in the selected pair, words only the right clause has
    ANCHOR = "anchor"  # in a selected pair across languages, what both clauses state
    SEARCH = "search"  # a search hit opened from the search panel
    FIND = "find"  # a match of a find in the texts (underlined too: it may lie on a formula)
    DIM = "dim"  # text that is not compared: page chrome, titles, a covering letter
    LABEL = "label"  # a clause's label where a view writes it above the text (bold)


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to draw in a text view.

    Attributes:
        start: first code point.
        end: one past the last code point.
        kind: how to draw it.
        colour: ``#rrggbb`` (formula families bring their own).
        tooltip: what the mouse shows over it ("Intégrité territoriale", "phrase partagée").
        group: what toggles it on and off (a formula family id), or ``""``.
    """

    start: int
    end: int
    kind: MarkKind
    colour: str
    tooltip: str = ""
    group: str = ""


@dataclass(frozen=True, slots=True)
class ClauseSpan:
    """A clause as a view knows it: where it is, what it is called, whether it is paired."""

    clause_id: str
    label: str
    start: int
    end: int
    paired: bool
    #: The analyst decided this clause's pairing (a pair linked or confirmed, or no counterpart).
    decided: bool = False


@dataclass(frozen=True, slots=True)
class Band:
    """One connector between the panes, in the connector strip's own y coordinates."""

    left_top: float
    left_bottom: float
    right_top: float
    right_bottom: float
    score: float
    selected: bool = False
    #: The analyst linked or confirmed this pair (else the engine proposes it).
    decided: bool = False
    #: The pair's clause ids, sent back when the band is clicked.
    left_id: str = ""
    right_id: str = ""
    #: What hovering the band shows: both labels and the score.
    tooltip: str = ""


@dataclass(frozen=True, slots=True)
class OverviewMark:
    """A mark on an overview bar, as fractions (0 to 1) of the document's height."""

    top: float
    bottom: float
    colour: str
    column: int  # 0: clauses (paired / unpaired), 1: formula hits
