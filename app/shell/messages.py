"""What the engine says, told in the interface's language and about the user's own file.

The engine (``corpus``) writes its messages in English, for the command line and the logs:
"/home/…/library/originals/3f…/traite.pdf: the PDF is protected by a password". The window
shows them through :func:`for_user`, which (1) names a file by its name alone, never by the
library's inner folders, and (2) says the reason in the interface's language: each known reason
has a French source string here, translated back to the engine's English by the interface's
translation (``resources/translations``), so an English window reads what the command line
prints. A reason this table does not know is shown as the engine wrote it.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _text(noop: object) -> str:
    """A marked string (``QT_TRANSLATE_NOOP`` returns it as it is, typed loosely) as text."""
    return str(noop)


#: The engine's reasons (after "file: "), each as a pattern and the French it becomes; ``{0}``,
#: ``{1}`` stand for the pattern's groups, which are kept as written.
REASONS: tuple[tuple[str, str], ...] = (
    (r"no such file", _text(QT_TRANSLATE_NOOP("messages", "fichier introuvable"))),
    (
        r"no such file, and no bundled declaration of that name",
        _text(
            QT_TRANSLATE_NOOP(
                "messages", "fichier introuvable, et aucune déclaration fournie de ce nom"
            )
        ),
    ),
    (
        r"is a folder, not a text file",
        _text(QT_TRANSLATE_NOOP("messages", "c’est un dossier, pas un fichier")),
    ),
    (r"permission denied", _text(QT_TRANSLATE_NOOP("messages", "accès refusé"))),
    (r"cannot be read \((.*)\)", _text(QT_TRANSLATE_NOOP("messages", "illisible ({0})"))),
    (
        r"is not a regular file \(a device or a pipe\?\)",
        _text(
            QT_TRANSLATE_NOOP("messages", "pas un fichier ordinaire (un périphérique, un tube ?)")
        ),
    ),
    (
        r"too large \((.*)\); the limit is (.*)",
        _text(QT_TRANSLATE_NOOP("messages", "trop volumineux ({0}) ; la limite est de {1}")),
    ),
    (
        r"too long \((.*) characters\); the limit is (.*)",
        _text(QT_TRANSLATE_NOOP("messages", "trop long ({0} caractères) ; la limite est de {1}")),
    ),
    (r"the file is empty", _text(QT_TRANSLATE_NOOP("messages", "le fichier est vide"))),
    (
        r"contains NUL bytes: a binary file, not text",
        _text(
            QT_TRANSLATE_NOOP(
                "messages", "contient des octets nuls : un fichier binaire, pas du texte"
            )
        ),
    ),
    (
        r"contains control characters: a binary file, not text",
        _text(
            QT_TRANSLATE_NOOP(
                "messages", "contient des caractères de contrôle : un fichier binaire, pas du texte"
            )
        ),
    ),
    (
        r"contains no text \(only blanks\)",
        _text(QT_TRANSLATE_NOOP("messages", "ne contient aucun texte (que des blancs)")),
    ),
    (r"contains no text", _text(QT_TRANSLATE_NOOP("messages", "ne contient aucun texte"))),
    (
        r"not a format the library reads(?: \((.*)\))?",
        _text(QT_TRANSLATE_NOOP("messages", "un format que la bibliothèque ne lit pas")),
    ),
    (
        r"the document is too large to read",
        _text(QT_TRANSLATE_NOOP("messages", "le document est trop volumineux pour être lu")),
    ),
    (
        r"not a Word document \(\.docx\) that can be read",
        _text(QT_TRANSLATE_NOOP("messages", "pas un document Word (.docx) lisible")),
    ),
    (
        r"the Word document is damaged \((.*)\)",
        _text(QT_TRANSLATE_NOOP("messages", "le document Word est endommagé ({0})")),
    ),
    (
        r"the document declares entities; refused",
        _text(QT_TRANSLATE_NOOP("messages", "le document déclare des entités : refusé")),
    ),
    (
        r"the PDF is protected by a password.*",
        _text(
            QT_TRANSLATE_NOOP(
                "messages",
                "le PDF est protégé par un mot de passe : enregistrez-en une copie qui n’en a pas",
            )
        ),
    ),
    (
        r"the PDF is encrypted in a way not supported \((.*)\)",
        _text(
            QT_TRANSLATE_NOOP(
                "messages", "le PDF est chiffré d’une manière non prise en charge ({0})"
            )
        ),
    ),
    (
        r"the PDF is nested too deeply to be read",
        _text(QT_TRANSLATE_NOOP("messages", "le PDF est imbriqué trop profondément pour être lu")),
    ),
    (
        r"the PDF cannot be read \((.*)\)",
        _text(QT_TRANSLATE_NOOP("messages", "le PDF est illisible ({0})")),
    ),
    (
        r"the PDF has no text layer \(a scanned image\?\)",
        _text(
            QT_TRANSLATE_NOOP(
                "messages", "le PDF n’a pas de couche de texte (une image numérisée ?)"
            )
        ),
    ),
    (
        r"lists or quotes nested more than (\d+) levels deep; not a document this program reads",
        _text(
            QT_TRANSLATE_NOOP(
                "messages",
                "listes ou citations imbriquées sur plus de {0} niveaux : "
                "pas un document que ce programme lit",
            )
        ),
    ),
)
#: Whole messages about the team library's server (they name a server, not a file).
SERVER: tuple[tuple[str, str], ...] = (
    (
        r"the library server (\S+) cannot be reached \((.*)\); nothing was changed",
        _text(
            QT_TRANSLATE_NOOP(
                "messages",
                "le serveur de bibliothèque {0} est injoignable ({1}) ; rien n’a été modifié",
            )
        ),
    ),
    (
        r"the connection to the library server (\S+) was lost \((.*)\); nothing was written, "
        r"try again",
        _text(
            QT_TRANSLATE_NOOP(
                "messages",
                "la connexion au serveur de bibliothèque {0} a été perdue ({1}) ; rien n’a été "
                "écrit, réessayez",
            )
        ),
    ),
    (
        r"the library server refused: (.*)",
        _text(QT_TRANSLATE_NOOP("messages", "le serveur de bibliothèque a refusé : {0}")),
    ),
    (
        r"the library server was made by a newer version of the program.*",
        _text(
            QT_TRANSLATE_NOOP(
                "messages",
                "le serveur de bibliothèque a été créé par une version plus récente du "
                "programme ; rien n’a été modifié",
            )
        ),
    ),
    (
        r"not a library server address: (.*) \(write postgresql://user@host:port/database\)",
        _text(
            QT_TRANSLATE_NOOP(
                "messages",
                "pas une adresse de serveur de bibliothèque : {0} (écrivez "
                "postgresql://utilisateur@serveur:port/base)",
            )
        ),
    ),
    (
        r"no library server address given",
        _text(QT_TRANSLATE_NOOP("messages", "aucune adresse de serveur de bibliothèque")),
    ),
    (
        r"connected to (\S+): (\d+) documents",
        _text(QT_TRANSLATE_NOOP("messages", "connecté à {0} : {1} documents")),
    ),
)
_COMPILED = tuple((re.compile(pattern), french) for pattern, french in REASONS)
_SERVER = tuple((re.compile(pattern), french) for pattern, french in SERVER)
_NAMED = re.compile(r"^(?P<name>[^\n]+?): (?P<reason>[^\n]+)$")


def for_user(message: str) -> str:
    """``message`` from the engine, in the interface's language, naming files by their name.

    Multi-line messages (a list of failures) are translated line by line.
    """
    return "\n".join(_line(line) for line in message.splitlines()) if message else message


def _line(line: str) -> str:
    bullet = "• " if line.startswith("• ") else ""
    body = line.removeprefix(bullet)
    about_server = server_message(body)
    if about_server != body:
        return bullet + about_server
    match = _NAMED.match(body)
    if match is None:
        return line
    name, reason = match["name"], match["reason"]
    shown_name = PurePath(name).name if ("/" in name or "\\" in name) else name
    about_server = server_message(reason)  # a file that could not be sent to the server
    if about_server != reason:
        return f"{bullet}{_named(shown_name)}{about_server}"
    for pattern, french in _COMPILED:
        found = pattern.fullmatch(reason)
        if found is not None:
            said = QCoreApplication.translate("messages", french)
            groups = [group or "" for group in found.groups()]
            return f"{bullet}{_named(shown_name)}{said.format(*groups)}"
    return f"{bullet}{_named(shown_name)}{reason}"


def server_message(message: str) -> str:
    """A message about the library server in the interface's language (any other as it is)."""
    for pattern, french in _SERVER:
        whole = pattern.fullmatch(message)
        if whole is not None:
            groups = [group or "" for group in whole.groups()]
            return QCoreApplication.translate("messages", french).format(*groups)
    return message


def _named(name: str) -> str:
    # French sets a space before a colon; the English translation of this string drops it.
    return QCoreApplication.translate("messages", "« {0} » : ").format(name)
