"""The window's one table of actions: what each is called, its keys, its menu, its toolbar place.

Every action of the window is a member of :class:`Act`, and :data:`ACTIONS` gives each one its
text (a French source string, translated when the action is made), its keys, the menu and the
section of the menu it sits in, and whether the toolbar shows it. The menus, the toolbar, the
keyboard shortcuts window and the README's key table (checked by a test) all come from this table,
so a key cannot be changed in one place and left stale in another. Code reaches an action through
its member (``window.action(Act.NEXT_PAIR)``), never through a string.

Keys follow the platform: where Qt knows the platform's key for a job (``QKeySequence.StandardKey``:
Find, Find next, Zoom in, Help…) the table names that, and Qt gives the key each system expects
(Ctrl+F here, ⌘F on macOS). Diff tools' conventions come next (F7/F8 between pairs, as Meld and
WinMerge); Ctrl+Shift+F searches the library as "find in files" does in editors, and Shift+F12
asks "where else?" as "find all references" does.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

# The translation context of the actions' texts (the window's, where they were made before).
CONTEXT = "MainWindow"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` (lupdate finds it); translated when used."""
    return text


Key = str | QKeySequence.StandardKey
SK = QKeySequence.StandardKey


class Menu(enum.Enum):
    """The menus, in the menu bar's order; a submenu names its parent menu."""

    FILE = enum.auto()
    EDIT = enum.auto()
    PAIRS = enum.auto()
    NAVIGATE = enum.auto()
    VIEW = enum.auto()
    APPEARANCE = enum.auto()  # in View
    LANGUAGE = enum.auto()  # in View
    HELP = enum.auto()


# A menu's title (translated when made), and for a submenu, its parent.
MENU_TITLES: dict[Menu, str] = {
    Menu.FILE: QT_TRANSLATE_NOOP("MainWindow", "&Fichier"),
    Menu.EDIT: QT_TRANSLATE_NOOP("MainWindow", "É&dition"),
    Menu.PAIRS: QT_TRANSLATE_NOOP("MainWindow", "&Paires"),
    Menu.NAVIGATE: QT_TRANSLATE_NOOP("MainWindow", "&Navigation"),
    Menu.VIEW: QT_TRANSLATE_NOOP("MainWindow", "&Affichage"),
    Menu.APPEARANCE: QT_TRANSLATE_NOOP("MainWindow", "A&pparence"),
    Menu.LANGUAGE: QT_TRANSLATE_NOOP("MainWindow", "&Langue"),
    Menu.HELP: QT_TRANSLATE_NOOP("MainWindow", "&Aide"),
}
SUBMENU_OF: dict[Menu, Menu] = {Menu.APPEARANCE: Menu.VIEW, Menu.LANGUAGE: Menu.VIEW}
# Submenus whose actions exclude each other (one checked at a time).
EXCLUSIVE_MENUS = frozenset({Menu.APPEARANCE, Menu.LANGUAGE})


class Act(enum.Enum):
    """Every action of the window; the value is the action's object name."""

    OPEN_LEFT = "open_left"
    OPEN_RIGHT = "open_right"
    EXPORT = "export"
    SAVE_COMPARISON = "save_comparison"
    OPEN_SAVED = "open_saved"
    SEARCH_REPORT = "search_report"
    ADD_FILES = "add_files"
    ADD_FOLDER = "add_folder"
    LIBRARY_SERVER = "library_server"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    LINK = "link"
    CANCEL_CHOICE = "cancel_choice"
    UNLINK = "unlink"
    CONFIRM = "confirm"
    NO_COUNTERPART = "no_counterpart"
    NEXT_TO_REVIEW = "next_to_review"
    PREVIOUS_PAIR = "previous_pair"
    NEXT_PAIR = "next_pair"
    PREVIOUS_UNPAIRED = "previous_unpaired"
    NEXT_UNPAIRED = "next_unpaired"
    FIND_IN_TEXTS = "find_in_texts"
    FIND_NEXT = "find_next"
    FIND_PREVIOUS = "find_previous"
    FIND = "find"  # the library search
    WHERE_ELSE = "where_else"
    SYNOPTIC = "synoptic"
    SYNC_SCROLL = "sync_scroll"
    SWAP = "swap"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    TEXTS_ONLY = "texts_only"
    SHOW_PAIRS = "show_pairs"
    SHOW_LIBRARY = "show_library"
    SHOW_LEGEND = "show_legend"
    SHOW_SEARCH = "show_search"
    SHOW_WHERE_ELSE = "show_where_else"
    SHOW_TIMELINE = "show_timeline"
    APPEARANCE_SYSTEM = "appearance_system"
    APPEARANCE_LIGHT = "appearance_light"
    APPEARANCE_DARK = "appearance_dark"
    LANGUAGE_FR = "language_fr"
    LANGUAGE_EN = "language_en"
    SHORTCUTS = "shortcuts"
    GUIDE = "guide"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    """One row of the table.

    Attributes:
        text: the menu text, a French source string (``&`` before the mnemonic); ``translated``
            False for a text that is the same in every language (a language's own name).
        keys: the keys, the first the one menus show; a ``StandardKey`` where the platform has one.
        menu: the menu it sits in (None: no menu).
        section: its section within the menu; a separator stands between two sections.
        toolbar: the toolbar section it sits in, or None for no toolbar place.
        short: the toolbar's shorter text (the menus and tooltips keep ``text``): the toolbar
            fits a 1366-pixel screen in French and in English.
        checkable: an on/off action.
        dock: the action is a dock's own show/hide toggle (the window supplies it).
    """

    text: str
    keys: tuple[Key, ...] = ()
    menu: Menu | None = None
    section: int = 0
    toolbar: int | None = None
    short: str = ""
    checkable: bool = False
    dock: bool = False
    translated: bool = True


ACTIONS: dict[Act, ActionSpec] = {
    # File
    Act.OPEN_LEFT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Ouvrir à &gauche…"),
        ("Ctrl+O",),
        Menu.FILE,
        0,
        toolbar=0,
        short=QT_TRANSLATE_NOOP("MainWindow", "Ouvrir à gauche"),
    ),
    Act.OPEN_RIGHT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Ouvrir à &droite…"),
        ("Ctrl+Shift+O",),
        Menu.FILE,
        0,
        toolbar=0,
        short=QT_TRANSLATE_NOOP("MainWindow", "Ouvrir à droite"),
    ),
    # Export: PDF, CSV or Word, the format chosen in the dialog.
    Act.EXPORT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Exporter…"),
        ("Ctrl+E",),
        Menu.FILE,
        1,
        toolbar=4,
        short=QT_TRANSLATE_NOOP("MainWindow", "Exporter"),
    ),
    # The comparison whole (both texts, the decisions), for another computer.
    Act.SAVE_COMPARISON: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Enregistrer la &comparaison sous…"),
        (SK.SaveAs,),
        Menu.FILE,
        1,
    ),
    Act.OPEN_SAVED: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Ouvrir une comparaison en&registrée…"), (), Menu.FILE, 1
    ),
    # The library search's query, chart and hits, as a PDF or a Word document to cite.
    Act.SEARCH_REPORT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Exporter le rapport de &recherche…"), (), Menu.FILE, 1
    ),
    Act.ADD_FILES: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Ajouter à la bibliothèque…"), ("Ctrl+I",), Menu.FILE, 2
    ),
    Act.ADD_FOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Ajouter un &dossier à la bibliothèque…"),
        ("Ctrl+Shift+I",),
        Menu.FILE,
        2,
    ),
    Act.LIBRARY_SERVER: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Serveur de bibliothèque…"), (), Menu.FILE, 2
    ),
    Act.QUIT: ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "&Quitter"), (SK.Quit,), Menu.FILE, 9),
    # Edit
    Act.UNDO: ActionSpec(QT_TRANSLATE_NOOP("MainWindow", "&Annuler"), (SK.Undo,), Menu.EDIT, 0),
    Act.REDO: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Rétablir"), ("Ctrl+Shift+Z", SK.Redo), Menu.EDIT, 0
    ),
    # Pairs
    Act.LINK: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Lier les clauses choisies"), ("Ctrl+K",), Menu.PAIRS, 0
    ),
    Act.CANCEL_CHOICE: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Abandonner les clauses choisies"),
        ("Esc",),
        Menu.PAIRS,
        0,
    ),
    Act.UNLINK: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Délier la paire"), ("Ctrl+Shift+K",), Menu.PAIRS, 0
    ),
    Act.CONFIRM: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Confirmer la paire"), ("Ctrl+Return",), Menu.PAIRS, 0
    ),
    Act.NO_COUNTERPART: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Clause &sans correspondant"),
        ("Ctrl+Shift+N",),
        Menu.PAIRS,
        0,
    ),
    Act.NEXT_TO_REVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Prochaine paire à &revoir"),
        ("F9",),
        Menu.PAIRS,
        1,
        toolbar=2,
        short=QT_TRANSLATE_NOOP("MainWindow", "À revoir"),
    ),
    # Navigate
    Act.PREVIOUS_PAIR: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Paire &précédente"),
        ("F7",),
        Menu.NAVIGATE,
        0,
        toolbar=1,
        short=QT_TRANSLATE_NOOP("MainWindow", "Paire ↑"),
    ),
    Act.NEXT_PAIR: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Paire &suivante"),
        ("F8",),
        Menu.NAVIGATE,
        0,
        toolbar=1,
        short=QT_TRANSLATE_NOOP("MainWindow", "Paire ↓"),
    ),
    Act.PREVIOUS_UNPAIRED: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Clause sans correspondant précédente"),
        ("Alt+Up",),
        Menu.NAVIGATE,
        0,
        toolbar=1,
        short=QT_TRANSLATE_NOOP("MainWindow", "Sans correspondant ↑"),
    ),
    Act.NEXT_UNPAIRED: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Clause sans correspondant suivante"),
        ("Alt+Down",),
        Menu.NAVIGATE,
        0,
        toolbar=1,
        short=QT_TRANSLATE_NOOP("MainWindow", "Sans correspondant ↓"),
    ),
    Act.FIND_IN_TEXTS: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Chercher dans les textes…"), (SK.Find,), Menu.NAVIGATE, 1
    ),
    Act.FIND_NEXT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Occurrence suivan&te"), (SK.FindNext,), Menu.NAVIGATE, 1
    ),
    Act.FIND_PREVIOUS: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Occurrence pré&cédente"),
        (SK.FindPrevious,),
        Menu.NAVIGATE,
        1,
    ),
    Act.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Rechercher dans la bibliothèque"),
        ("Ctrl+Shift+F",),
        Menu.NAVIGATE,
        2,
    ),
    Act.WHERE_ELSE: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Où ailleurs ?"), ("Shift+F12",), Menu.NAVIGATE, 2
    ),
    # View
    Act.SYNOPTIC: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Vue &synoptique"),
        ("Ctrl+T",),
        Menu.VIEW,
        0,
        toolbar=3,
        checkable=True,
        short=QT_TRANSLATE_NOOP("MainWindow", "Synoptique"),
    ),
    Act.SYNC_SCROLL: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Défilement &synchronisé"),
        ("Ctrl+L",),
        Menu.VIEW,
        0,
        toolbar=3,
        checkable=True,
        short=QT_TRANSLATE_NOOP("MainWindow", "Synchronisé"),
    ),
    Act.SWAP: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Permuter les volets"),
        ("Ctrl+Shift+X",),
        Menu.VIEW,
        0,
        toolbar=3,
        short=QT_TRANSLATE_NOOP("MainWindow", "Permuter"),
    ),
    Act.ZOOM_IN: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Agrandir le texte"), (SK.ZoomIn, "Ctrl+="), Menu.VIEW, 1
    ),
    Act.ZOOM_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Réduire le texte"), (SK.ZoomOut,), Menu.VIEW, 1
    ),
    Act.ZOOM_RESET: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Taille &normale"), ("Ctrl+0",), Menu.VIEW, 1
    ),
    Act.TEXTS_ONLY: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Textes seuls"), ("F11",), Menu.VIEW, 2, checkable=True
    ),
    Act.SHOW_PAIRS: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Paires"), ("Ctrl+Shift+P",), Menu.VIEW, 2, dock=True
    ),
    Act.SHOW_LIBRARY: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Bibliothèque"), ("Ctrl+Shift+B",), Menu.VIEW, 2, dock=True
    ),
    Act.SHOW_LEGEND: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Légende"), ("Ctrl+Shift+L",), Menu.VIEW, 2, dock=True
    ),
    # Ctrl+Shift+F shows the search and puts the cursor in it; Shift+F12 asks and shows where else.
    Act.SHOW_SEARCH: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Recherche"), (), Menu.VIEW, 2, dock=True
    ),
    Act.SHOW_WHERE_ELSE: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Où ailleurs ?"), (), Menu.VIEW, 2, dock=True
    ),
    # T for timeline: the library search's occurrences per year.
    Act.SHOW_TIMELINE: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Chronologie"), ("Ctrl+Shift+T",), Menu.VIEW, 2, dock=True
    ),
    Act.APPEARANCE_SYSTEM: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Selon le &système"), (), Menu.APPEARANCE
    ),
    Act.APPEARANCE_LIGHT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Claire"), (), Menu.APPEARANCE
    ),
    Act.APPEARANCE_DARK: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Sombre"), (), Menu.APPEARANCE
    ),
    Act.LANGUAGE_FR: ActionSpec("Français", (), Menu.LANGUAGE, translated=False),
    Act.LANGUAGE_EN: ActionSpec("English", (), Menu.LANGUAGE, translated=False),
    # Help
    Act.SHORTCUTS: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Raccourcis clavier"), ("Ctrl+F1",), Menu.HELP, 0
    ),
    Act.GUIDE: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "&Guide d’utilisation"), (SK.HelpContents,), Menu.HELP, 0
    ),
    Act.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("MainWindow", "À &propos de Vis-à-vis"), (), Menu.HELP, 0
    ),
}


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The action's keys as this platform writes them (a standard key may give several)."""
    found: list[QKeySequence] = []
    for key in spec.keys:
        if isinstance(key, QKeySequence.StandardKey):
            found.extend(QKeySequence.keyBindings(key))
        else:
            found.append(QKeySequence(key))
    return [k for k in dict.fromkeys(found) if not k.isEmpty()]


def actions_of(menu: Menu) -> list[Act]:
    """The menu's actions, in the table's order."""
    return [act for act, spec in ACTIONS.items() if spec.menu is menu]


def toolbar_sections() -> list[list[Act]]:
    """The toolbar's actions by section, sections in order, actions in the table's order."""
    numbers = sorted({s.toolbar for s in ACTIONS.values() if s.toolbar is not None})
    return [[a for a, s in ACTIONS.items() if s.toolbar == n] for n in numbers]
