"""Interface languages: the source strings are French; English comes from a Qt translation.

``install`` loads ``app/translations/vis_a_vis_<lang>.qm`` (compiled from
``resources/translations/*.ts``, see resources/README.md) and Qt's own translations for its
standard dialogs.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SOURCE_LANGUAGE = "fr"
_installed: list[QTranslator] = []


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
