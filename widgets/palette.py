"""Colours and marks shared by the screen and the PDF export, so both show the same thing.

Formula families bring their own colours (the catalogue's, light backgrounds under black text).
Everything else the reader marks is defined here, chosen not to be confused with them: shared
phrases are underlined rather than filled, diff marks use struck-through red and underlined green
text on screen (ink only, so formula colours stay visible under them; the PDF may add the pale
fills), and the selected pair is framed in the gutter and shaded in grey.
"""

from __future__ import annotations

#: Text colour everywhere; formula colours were chosen for at least 7:1 contrast under it.
INK = "#000000"
#: Shared phrases: a solid underline in this colour (exact runs) ...
SHARED_PHRASE = "#1f4e9e"
#: ... and a dotted underline for near-shared runs (differing function words).
NEAR_PHRASE = "#1f4e9e"
#: Word diff inside a selected pair: deleted words (left only, struck through) ...
DIFF_DELETE_FILL = "#ffd6d6"
DIFF_DELETE_INK = "#a40000"
#: ... and inserted words (right only, wavy underline).
DIFF_INSERT_FILL = "#d3f5d3"
DIFF_INSERT_INK = "#0b6b0b"
#: The selected clause and its counterparts.
SELECTED_FILL = "#e6e6e6"
SELECTED_FRAME = "#333333"
#: Connector bands between paired clauses; their opacity grows with the pair's score.
BAND = "#3a6fb0"
#: A pair the analyst decided (linked or confirmed): a solid outline on its band, and its
#: clauses in this darker blue on the overview bar; the engine's weak proposals (score under
#: WEAK_SCORE) get a dashed outline.
DECIDED = "#0b2f66"
WEAK_SCORE = 0.3
#: Clauses without counterpart, in the overview bar ...
UNPAIRED = "#b0b0b0"
#: ... and those the analyst marked "no counterpart".
SETTLED = "#6f6f6f"
#: Text that is not compared (page chrome, titles, a covering letter).
DIM_INK = "#6b6b6b"
#: A search hit opened in a pane.
SEARCH_HIT = "#ffc94d"
#: Overview bar background.
OVERVIEW_BACKGROUND = "#f7f7f7"


def band_alpha(score: float) -> int:
    """The opacity (0-255) of a connector band for a pair of that score (0 to 1)."""
    return int(60 + 160 * max(0.0, min(1.0, score)))
