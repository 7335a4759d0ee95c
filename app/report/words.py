"""The report's own words, in the interface's language, through one translate function.

Every export (PDF, Word) names things with these words: the window hands
``QCoreApplication.translate`` (its installed language), the command line
``app.shell.i18n.translator_for`` (the environment's language, no application object). Each
word is a literal ``translate("report", ...)`` call, so lupdate puts it in the .ts files with
every other interface word; French is the source language. Pure: no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the search report's words need no comparison engine
    from corpus.compare.ledger import Verdict

#: A translation function shaped as ``QCoreApplication.translate(context, source)`` (the same
#: as ``app.shell.i18n.Translate``, named here so that this module needs no Qt).
Translate = Callable[[str, str], str]


def report_words(translate: Translate) -> dict[str, str]:
    """The report's own words in the interface's language, by name. Each is a literal
    ``translate("report", ...)`` call, so that lupdate finds it for the .ts files."""
    return {
        "title": translate("report", "Comparaison"),
        "left": translate("report", "Gauche"),
        "right": translate("report", "Droite"),
        "date": translate("report", "Date"),
        "parties": translate("report", "Parties"),
        "source": translate("report", "Source"),
        "none": translate("report", "aucune"),
        "similarity": translate("report", "Similarité globale"),
        "pairs": translate("report", "paires"),
        "reviewed": translate("report", "revues par l’analyste"),
        "unpaired": translate("report", "clauses sans correspondant"),
        "decisions": translate("report", "Décisions de l’analyste"),
        "confirmed_pairs": translate("report", "paires confirmées"),
        "linked_pairs": translate("report", "paires liées"),
        "unlinked_pairs": translate("report", "paires déliées"),
        "settled": translate("report", "clauses marquées sans correspondant"),
        "only_left": translate("report", "Formules présentes à gauche seulement"),
        "only_right": translate("report", "Formules présentes à droite seulement"),
        "synoptic": translate("report", "synoptique"),
        "parallel": translate("report", "parallèle"),
        "settings": translate("report", "Réglages"),
        "threshold": translate("report", "seuil d’appariement"),
        "min_words": translate("report", "longueur minimale des phrases partagées"),
        "words": translate("report", "mots"),
        "catalogue": translate("report", "version du catalogue de formules"),
        "layout": translate("report", "Présentation"),
        "exported": translate("report", "exporté le"),
        "legend": translate("report", "Légende"),
        "phrase": translate("report", "phrase partagée mot pour mot (souligné)"),
        "near": translate("report", "phrase partagée à quelques mots-outils près (pointillé)"),
        "deleted": translate("report", "mots seulement à gauche (barrés)"),
        "inserted": translate("report", "mots seulement à droite (en vert)"),
        "anchored": translate(
            "report",
            "dans une paire, ce que les deux textes énoncent (en gras, souligné en violet)",
        ),
        "across": translate(
            "report",
            "Les deux textes sont en deux langues : pas de différence mot à mot ; chaque paire "
            "montre en gras ce que ses deux clauses énoncent (formules, noms, dates, articles, "
            "nombres).",
        ),
        "decided": translate(
            "report", "✓ paire décidée par l’analyste (les autres sont proposées par le programme)"
        ),
        "no_counterpart": translate("report", "sans correspondant"),
        "no_counterpart_meaning": translate(
            "report", "clause marquée par l’analyste comme n’ayant pas de correspondant"
        ),
        "unlinked_heading": translate("report", "Paires déliées par l’analyste"),
        "score": translate("report", "Score"),
        "confirmed": translate("report", "confirmée"),
        "linked": translate("report", "liée"),
        "unlinked": translate("report", "déliée"),
        "proposed": translate("report", "proposée"),
    }


def untranslated(context: str, source: str) -> str:
    """The report's words as written (French, the source language)."""
    return source


def colon(language: str) -> str:
    """French typography puts a no-break space before the colon."""
    return "\u00a0: " if language == "fr" else ": "


def verdict_word(verdict: Verdict, translate: Translate) -> str:
    """A decision in words, as the report names it."""
    from corpus.compare.ledger import Verdict

    names = {
        Verdict.CONFIRMED: "confirmed",
        Verdict.LINKED: "linked",
        Verdict.UNLINKED: "unlinked",
        Verdict.NO_COUNTERPART: "no_counterpart",
    }
    return report_words(translate)[names.get(verdict, "proposed")]
