"""Interface languages: the source strings are French; English comes from a Qt translation.

``install`` loads ``app/translations/vis_a_vis_<lang>.qm`` (compiled from
``resources/translations/*.ts``, see resources/README.md) and Qt's own translations for its
standard dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SOURCE_LANGUAGE = "fr"
_installed: list[QTranslator] = []

#: A translation function shaped as ``QCoreApplication.translate(context, source)``: what the
#: report and the exports are handed, so their words go the one way every interface word goes
#: (the .ts files), in the window and on the command line alike.
Translate = Callable[[str, str], str]


def system_language() -> str:
    """French where the environment's locale is French (LC_ALL, LC_MESSAGES, LANG, as Qt reads
    them), English elsewhere: the window's first language, and the command line's."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def translator_for(language: str) -> Translate:
    """A translation into ``language`` that needs no application object (the command line).

    French is the source language: its words are returned as they are. Another language's
    compiled translation is loaded into a translator of its own, never installed.
    """
    if language == SOURCE_LANGUAGE:
        return _untranslated
    translator = QTranslator()
    if not translator.load(translation_file(language)):
        return _untranslated

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate


def _untranslated(context: str, source: str) -> str:
    return source


def translation_file(language: str) -> str:
    """Path of the compiled translation of the interface into ``language``."""
    return str(resources.files("app") / "translations" / f"vis_a_vis_{language}.qm")


def install(app: QCoreApplication, language: str) -> bool:
    """Translate the interface into ``language`` ("fr" or "en"); True if a translation loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_own = QTranslator(app)
    if qt_own.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if language == SOURCE_LANGUAGE:
        return True
    ours = QTranslator(app)
    if not ours.load(translation_file(language)):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
