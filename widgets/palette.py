"""Colours and marks shared by the screen and the PDF export, so both show the same thing.

Formula families bring their own colours (the catalogue's, light backgrounds under black text).
Everything else the reader marks is defined here, chosen not to be confused with them: shared
phrases are underlined rather than filled, diff marks use struck-through red and underlined green
text on screen (ink only, so formula colours stay visible under them; the PDF may add the pale
fills), and the selected pair is framed in the gutter and shaded in grey.

Two schemes, :data:`LIGHT` (the screen by day, and always the PDF: paper is white) and
:data:`DARK`. A highlight is never taken as is: :meth:`Scheme.fill` moves a catalogue colour's
lightness, keeping its hue and saturation, until the scheme's ink reads on it at
:data:`MIN_CONTRAST` or better, so a user's catalogue colour and the dark appearance stay
readable. Pure Python (no Qt): the PDF's content and the tests use it directly.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from functools import lru_cache

#: WCAG's "enhanced" level (AAA) for body text: what every highlight keeps under its ink.
MIN_CONTRAST = 7.0
#: The most saturated a highlight may be on dark paper.
DARK_SATURATION = 0.6

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
#: A selected pair across languages (no word diff there): what both clauses state, a name, a
#: date, a formula, drawn bold over a dashed underline of this colour (the text keeps its ink).
ANCHOR = "#7b1fa2"
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
#: A search hit opened in a pane (and every match of a find in the texts).
SEARCH_HIT = "#ffc94d"
#: The match a find in the texts is on (orange, as browsers mark the current match).
FIND_CURRENT = "#ff9632"
#: Overview bar background.
OVERVIEW_BACKGROUND = "#f7f7f7"
#: The PDF's shading of an unpaired clause's row, its rules, and its running header and footer.
PDF_UNPAIRED_ROW = "#f4f4f4"
PDF_RULE = "#c8c8c8"
PDF_HEADER_INK = "#555555"


@dataclass(frozen=True, slots=True)
class Scheme:
    """One appearance's colours (``#rrggbb``).

    Attributes:
        dark: light ink on dark paper.
        ink, paper: the text and the page it is read on.
        shared_phrase: the underline of a shared phrase (exact and near).
        diff_delete_ink, diff_insert_ink: the word diff's inks.
        anchor: the underline of what both clauses of a pair across languages state.
        selected_fill, selected_frame: the selected clause's shade and the selected band's frame.
        band: the connector bands (their opacity grows with the pair's score).
        hovered_band: the band under the mouse.
        decided: the outline of a pair the analyst decided.
        unpaired: an unpaired clause in the overview bar.
        dim_ink: text that is not compared.
        search_hit: a search hit opened in a pane (a fill, adapted like the formulas').
        overview_background: the overview bar's ground, and an empty synoptic cell's.
    """

    dark: bool
    ink: str
    paper: str
    shared_phrase: str
    diff_delete_ink: str
    diff_insert_ink: str
    anchor: str
    selected_fill: str
    selected_frame: str
    band: str
    hovered_band: str
    decided: str
    unpaired: str
    dim_ink: str
    search_hit: str
    overview_background: str

    def fill(self, colour: str) -> str:
        """A highlight of ``colour``'s hue on which this scheme's ink reads at 7:1 or better.

        On dark paper the saturation is tempered too: deep, fully saturated reds and blues
        glare under light ink.
        """
        return readable_fill(colour, self.ink, DARK_SATURATION if self.dark else 1.0)


LIGHT = Scheme(
    dark=False,
    ink=INK,
    paper="#ffffff",
    shared_phrase=SHARED_PHRASE,
    diff_delete_ink=DIFF_DELETE_INK,
    diff_insert_ink=DIFF_INSERT_INK,
    anchor=ANCHOR,
    selected_fill=SELECTED_FILL,
    selected_frame=SELECTED_FRAME,
    band=BAND,
    hovered_band="#1b4f8f",
    decided=DECIDED,
    unpaired=UNPAIRED,
    dim_ink=DIM_INK,
    search_hit=SEARCH_HIT,
    overview_background=OVERVIEW_BACKGROUND,
)

DARK = Scheme(
    dark=True,
    ink="#ececec",
    paper="#1e1f22",
    shared_phrase="#8fb3f0",
    diff_delete_ink="#ff9a9a",
    diff_insert_ink="#8fdc8f",
    anchor="#d7a6ff",
    selected_fill="#41444b",
    selected_frame="#d0d0d0",
    band="#5b8fd0",
    hovered_band="#a9c8f0",
    decided="#e2ecfa",
    unpaired="#5f6166",
    dim_ink="#8d8f94",
    search_hit=SEARCH_HIT,
    overview_background="#2a2b2f",
)


#: The dark appearance's colours for Qt's palette (menus, docks, lists), by ``QPalette`` role name.
DARK_CHROME = {
    "Window": "#2b2d31",
    "WindowText": DARK.ink,
    "Base": DARK.paper,
    "AlternateBase": "#26272b",
    "Text": DARK.ink,
    "Button": "#35373c",
    "ButtonText": DARK.ink,
    "BrightText": "#ffffff",
    "Highlight": "#3d6fb6",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#35373c",
    "ToolTipText": DARK.ink,
    "PlaceholderText": DARK.dim_ink,
    "Link": DARK.shared_phrase,
    "Mid": "#45474d",
    "Dark": "#1a1b1e",
    "Light": "#4a4c52",
}
#: Disabled text in the dark appearance.
DARK_DISABLED_INK = "#7c7e84"


def scheme(dark: bool) -> Scheme:
    """The dark scheme, or the light one."""
    return DARK if dark else LIGHT


def band_alpha(score: float) -> int:
    """The opacity (0-255) of a connector band for a pair of that score (0 to 1)."""
    return int(60 + 160 * max(0.0, min(1.0, score)))


def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def _hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (red, green, blue))


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of an sRGB ``#rrggbb`` colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two colours, 1 to 21."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


@lru_cache(maxsize=256)
def readable_fill(
    colour: str, ink: str, max_saturation: float = 1.0, minimum: float = MIN_CONTRAST
) -> str:
    """``colour`` if ``ink`` reads on it at ``minimum``, else the same hue made lighter (under
    dark ink) or darker (under light ink), by as little as it takes, its saturation capped at
    ``max_saturation``."""
    if contrast(colour, ink) >= minimum:
        return colour.lower()
    hue, lightness, saturation = colorsys.rgb_to_hls(*_rgb(colour))
    saturation = min(saturation, max_saturation)
    towards_white = relative_luminance(ink) < 0.5
    # Bisect the lightness between the colour's own and the far end (white or black), keeping
    # the end that reads: the result is the readable shade closest to the catalogue's colour.
    near, far = lightness, 1.0 if towards_white else 0.0
    for _ in range(24):
        middle = (near + far) / 2
        if contrast(_hex(*colorsys.hls_to_rgb(hue, middle, saturation)), ink) >= minimum:
            far = middle
        else:
            near = middle
    return _hex(*colorsys.hls_to_rgb(hue, far, saturation))
