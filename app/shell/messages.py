"""What the engine says, told in the interface's language and about the user's own file.

An engine error (:class:`corpus.errors.CorpusError`) carries its reason, its subject and its
parameters; the command line prints its English sentence. The window words it here, once, from
the reason: each reason has a French source string in :data:`WORDS`, translated to English by the
interface's translation (``resources/translations``), so an English window reads what the command
line prints and a French one reads French. A file is named by its name alone, never by the
library's inner folders; the library's own folder is named whole. An error raised with a
sentence only (the reason ``GENERIC``) is shown as the engine wrote it.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from corpus.errors import CorpusError, Reason


def _text(noop: object) -> str:
    """A marked string (``QT_TRANSLATE_NOOP`` returns it as it is, typed loosely) as text."""
    return str(noop)


# Every reason but ``GENERIC``, in French: ``{subject}`` and the parameters' names as in the
# reason's English template. A template without ``{subject}`` is said of the subject, named
# first (« traite.pdf » : …).
WORDS: dict[Reason, str] = {
    Reason.NO_DOCUMENT_GIVEN: _text(QT_TRANSLATE_NOOP("messages", "aucun document indiqué")),
    Reason.NO_SUCH_FILE: _text(QT_TRANSLATE_NOOP("messages", "fichier introuvable")),
    Reason.NO_SUCH_FILE_OR_BUNDLED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "fichier introuvable, et aucune déclaration fournie de ce nom"
        )
    ),
    Reason.NO_SUCH_FOLDER: _text(QT_TRANSLATE_NOOP("messages", "dossier introuvable")),
    Reason.IS_A_FOLDER: _text(QT_TRANSLATE_NOOP("messages", "c’est un dossier, pas un fichier")),
    Reason.PERMISSION_DENIED: _text(QT_TRANSLATE_NOOP("messages", "accès refusé")),
    Reason.CANNOT_BE_READ: _text(QT_TRANSLATE_NOOP("messages", "illisible ({cause})")),
    Reason.NOT_A_REGULAR_FILE: _text(
        QT_TRANSLATE_NOOP("messages", "pas un fichier ordinaire (un périphérique, un tube ?)")
    ),
    Reason.TOO_LARGE: _text(
        QT_TRANSLATE_NOOP("messages", "trop volumineux ({size}) ; la limite est de {limit_mb} Mo")
    ),
    Reason.EMPTY_FILE: _text(QT_TRANSLATE_NOOP("messages", "le fichier est vide")),
    Reason.BAD_BYTE_ORDER_MARK: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "commence par une marque d’ordre des octets {encoding} mais n’est pas du "
            "{encoding} valide (octet {byte})",
        )
    ),
    Reason.NOT_TEXT: _text(QT_TRANSLATE_NOOP("messages", "c’est {what}, pas un fichier texte")),
    Reason.NUL_BYTES: _text(
        QT_TRANSLATE_NOOP("messages", "contient des octets nuls : un fichier binaire, pas du texte")
    ),
    Reason.UNKNOWN_ENCODING: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "ni UTF-8 ni un codage occidental à un octet (Windows-1252, Latin-1) : "
            "enregistrez-le en UTF-8 et réessayez",
        )
    ),
    Reason.TOO_LONG: _text(
        QT_TRANSLATE_NOOP(
            "messages", "trop long ({length:,} caractères) ; la limite est de {limit:,}"
        )
    ),
    Reason.ONLY_BLANKS: _text(
        QT_TRANSLATE_NOOP("messages", "ne contient aucun texte (que des blancs)")
    ),
    Reason.CONTROL_CHARACTERS: _text(
        QT_TRANSLATE_NOOP(
            "messages", "contient des caractères de contrôle : un fichier binaire, pas du texte"
        )
    ),
    Reason.NO_TEXT: _text(QT_TRANSLATE_NOOP("messages", "ne contient aucun texte")),
    Reason.FORMAT_NOT_READ: _text(
        QT_TRANSLATE_NOOP("messages", "un format que la bibliothèque ne lit pas")
    ),
    Reason.FORMAT_NOT_READ_KNOWN: _text(
        QT_TRANSLATE_NOOP("messages", "un format que la bibliothèque ne lit pas ({known})")
    ),
    Reason.DOCUMENT_TOO_LARGE_TO_READ: _text(
        QT_TRANSLATE_NOOP("messages", "le document est trop volumineux pour être lu")
    ),
    Reason.NOT_A_WORD_DOCUMENT: _text(
        QT_TRANSLATE_NOOP("messages", "pas un document Word (.docx) lisible")
    ),
    Reason.WORD_DOCUMENT_DAMAGED: _text(
        QT_TRANSLATE_NOOP("messages", "le document Word est endommagé ({cause})")
    ),
    Reason.DECLARES_ENTITIES: _text(
        QT_TRANSLATE_NOOP("messages", "le document déclare des entités : refusé")
    ),
    Reason.PDF_PASSWORD: _text(
        QT_TRANSLATE_NOOP("messages", "le PDF est protégé par un mot de passe")
    ),
    Reason.PDF_PASSWORD_SAVE_A_COPY: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le PDF est protégé par un mot de passe : enregistrez-en une copie qui n’en a pas",
        )
    ),
    Reason.PDF_ENCRYPTION_NOT_SUPPORTED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "le PDF est chiffré d’une manière non prise en charge ({cause})"
        )
    ),
    Reason.PDF_TOO_DEEP: _text(
        QT_TRANSLATE_NOOP("messages", "le PDF est imbriqué trop profondément pour être lu")
    ),
    Reason.PDF_UNREADABLE: _text(QT_TRANSLATE_NOOP("messages", "le PDF est illisible ({cause})")),
    Reason.PDF_NO_TEXT_LAYER: _text(
        QT_TRANSLATE_NOOP("messages", "le PDF n’a pas de couche de texte (une image numérisée ?)")
    ),
    Reason.NESTED_TOO_DEEP: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "listes ou citations imbriquées sur plus de {levels} niveaux : pas un document "
            "que ce programme lit",
        )
    ),
    Reason.RUN_TOO_LONG_TO_SHOW: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "une suite de plus de {most:,} caractères sans espace ne peut pas être affichée dans "
            "la fenêtre",
        )
    ),
    Reason.TOO_MANY_CLAUSE_PAIRS: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "trop de clauses à comparer ({left:,} contre {right:,}, soit {pairs:,} paires) ; la "
            "limite est de {limit:,} paires",
        )
    ),
    Reason.PDF_PAGES_TOO_LARGE: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le PDF est trop volumineux pour être lu : ses pages font plus de {limit_mb} Mo "
            "une fois décompressées",
        )
    ),
    Reason.PDF_PAGE_TOO_LARGE: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le PDF est trop volumineux pour être lu : sa page {number} fait plus de "
            "{limit_mb} Mo une fois décompressée",
        )
    ),
    Reason.METADATA_INVALID: _text(
        QT_TRANSLATE_NOOP("messages", "métadonnées non valides ({cause})")
    ),
    Reason.METADATA_NESTED_TOO_DEEP: _text(
        QT_TRANSLATE_NOOP("messages", "métadonnées non valides (imbriquées trop profondément)")
    ),
    Reason.METADATA_NOT_AN_OBJECT: _text(
        QT_TRANSLATE_NOOP("messages", "un objet JSON est attendu")
    ),
    Reason.METADATA_UNKNOWN_FIELD: _text(QT_TRANSLATE_NOOP("messages", "champ inconnu {field!r}")),
    Reason.METADATA_PARTIES_NOT_A_LIST: _text(
        QT_TRANSLATE_NOOP("messages", "« parties » doit être une liste de noms")
    ),
    Reason.METADATA_FIELD_NOT_TEXT: _text(
        QT_TRANSLATE_NOOP("messages", "{field!r} doit être du texte")
    ),
    Reason.METADATA_ORIGINS_MALFORMED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "'origins' doit dire d’où viennent le titre, la date, les parties"
        )
    ),
    Reason.PATTERN_TOO_SLOW: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le motif « {pattern} » du catalogue de l’utilisateur prend trop de temps sur ce "
            "texte (il revient en arrière sans fin) : réécrivez-le sans répétitions "
            "imbriquées",
        )
    ),
    Reason.CATALOGUE_WITHOUT_VERSION: _text(QT_TRANSLATE_NOOP("messages", "pas de version.")),
    Reason.CATALOGUE_INVALID: _text(QT_TRANSLATE_NOOP("messages", "{details}")),
    Reason.QUERY_FAMILY_NEEDS_ID: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "family: demande l’identifiant d’une famille de formules, par exemple "
            "family:territorial-integrity",
        )
    ),
    Reason.QUERY_NEAR_SYNTAX: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "écrivez NEAR(mot mot, distance), par exemple NEAR(souveraineté frontières, 10)",
        )
    ),
    Reason.QUERY_NOTHING_TO_SEARCH: _text(
        QT_TRANSLATE_NOOP("messages", "rien à chercher dans {query!r}")
    ),
    Reason.QUERY_NEAR_NEEDS_TWO_WORDS: _text(
        QT_TRANSLATE_NOOP("messages", "NEAR demande au moins deux mots")
    ),
    Reason.QUERY_NEAR_TOO_FAR: _text(
        QT_TRANSLATE_NOOP("messages", "NEAR admet au plus {most} mots entre les termes")
    ),
    Reason.QUERY_NEAR_TOO_MANY_WORDS: _text(
        QT_TRANSLATE_NOOP("messages", "NEAR prend au plus {most} mots ({given} donnés)")
    ),
    Reason.QUERY_UNKNOWN_FAMILY: _text(
        QT_TRANSLATE_NOOP("messages", "famille de formules inconnue {family!r} ; connues : {known}")
    ),
    Reason.QUERY_NOT_A_DATE: _text(
        QT_TRANSLATE_NOOP(
            "messages", "pas une date : {value!r} (écrivez AAAA, AAAA-MM ou AAAA-MM-JJ)"
        )
    ),
    Reason.QUERY_CANNOT_BE_SEARCHED: _text(
        QT_TRANSLATE_NOOP("messages", "la recherche ne peut pas être faite : {cause}")
    ),
    Reason.QUERY_UNKNOWN_LANGUAGE: _text(
        QT_TRANSLATE_NOOP("messages", "langue inconnue {language!r} : écrivez fr ou en")
    ),
    Reason.LINK_LOOP: _text(
        QT_TRANSLATE_NOOP("messages", "illisible (un lien qui ramène à lui-même)")
    ),
    Reason.BUNDLED_NOT_REMOVABLE: _text(
        QT_TRANSLATE_NOOP("messages", "les déclarations fournies ne peuvent pas être retirées")
    ),
    Reason.COPY_INTO_LIBRARY_FAILED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "le fichier ne peut pas être copié dans la bibliothèque ({cause})"
        )
    ),
    Reason.RECORD_MISSING: _text(
        QT_TRANSLATE_NOOP("messages", "la fiche de ce document manque à la bibliothèque")
    ),
    Reason.CANNOT_BE_ADDED: _text(
        QT_TRANSLATE_NOOP("messages", "ne peut pas être ajouté à la bibliothèque ({cause})")
    ),
    Reason.METADATA_NOT_SAVED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "les métadonnées de {subject} ne peuvent pas être enregistrées ({cause})"
        )
    ),
    Reason.FOLDER_NOT_CREATED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "le dossier de la bibliothèque ne peut pas être créé ({cause})"
        )
    ),
    Reason.LIBRARY_NOT_WRITABLE: _text(
        QT_TRANSLATE_NOOP(
            "messages", "la bibliothèque ne peut pas être écrite ({cause}) ; rien n’a été modifié"
        )
    ),
    Reason.LIBRARY_NOT_OPENED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "la bibliothèque ne peut pas être ouverte ({cause}) ; rien n’a été modifié"
        )
    ),
    Reason.LIBRARY_NOT_CHECKED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "la bibliothèque ne peut pas être vérifiée ({cause}) ; rien n’a été modifié"
        )
    ),
    Reason.DAMAGED_NOT_SET_ASIDE: _text(
        QT_TRANSLATE_NOOP(
            "messages", "la bibliothèque endommagée ne peut pas être mise de côté ({cause})"
        )
    ),
    Reason.NO_LIBRARY_AT_ALL: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "aucune bibliothèque ne peut être ouverte, pas même une temporaire ({cause})",
        )
    ),
    Reason.NO_TEMPORARY_FOLDER: _text(QT_TRANSLATE_NOOP("messages", "aucun dossier temporaire")),
    Reason.LIBRARY_BUSY: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "un autre programme importe dans la bibliothèque depuis {seconds:.0f} secondes : "
            "réessayez quand il aura fini",
        )
    ),
    Reason.DECISIONS_NOT_KEPT: _text(
        QT_TRANSLATE_NOOP("messages", "les décisions ne peuvent pas être gardées ({cause})")
    ),
    Reason.DECISION_NOT_KEPT: _text(
        QT_TRANSLATE_NOOP("messages", "la décision ne peut pas être gardée ({cause})")
    ),
    Reason.DECISION_NOT_REMOVED: _text(
        QT_TRANSLATE_NOOP("messages", "la décision ne peut pas être retirée ({cause})")
    ),
    Reason.DECISIONS_NOT_READ: _text(
        QT_TRANSLATE_NOOP("messages", "les décisions ne peuvent pas être lues ({cause})")
    ),
    Reason.NOT_A_DECISION: _text(QT_TRANSLATE_NOOP("messages", "pas une décision : {row}")),
    Reason.INDEX_NOT_OPENED: _text(
        QT_TRANSLATE_NOOP("messages", "l’index de recherche ne peut pas être ouvert ({cause})")
    ),
    Reason.RECORD_NAME_OUTSIDE: _text(
        QT_TRANSLATE_NOOP("messages", "{name!r} n’est pas un nom de fichier du dossier")
    ),
    Reason.RECORD_NAMES_ANOTHER_FOLDER: _text(
        QT_TRANSLATE_NOOP("messages", "son SHA-256 ne nomme pas ce dossier")
    ),
    Reason.RECORD_EDITED_NOT_BOOLEAN: _text(
        QT_TRANSLATE_NOOP("messages", "'edited' ne vaut ni true ni false")
    ),
    Reason.RECORD_FIELD_NOT_TEXT: _text(
        QT_TRANSLATE_NOOP("messages", "un champ manque ou n’est pas du texte")
    ),
    Reason.RECORD_UNEXPECTED_FIELDS: _text(
        QT_TRANSLATE_NOOP("messages", "pas une fiche de la bibliothèque (champs inattendus)")
    ),
    Reason.NOT_VALID_JSON: _text(QT_TRANSLATE_NOOP("messages", "JSON non valide ({cause})")),
    Reason.NOTHING_IMPORTED: _text(QT_TRANSLATE_NOOP("messages", "{cause} ; rien n’a été importé")),
    Reason.LOCK_NOT_TAKEN: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le verrou de la bibliothèque ne peut pas être pris ({cause}) ; rien n’a été modifié",
        )
    ),
    Reason.NO_LIBRARY_THERE: _text(
        QT_TRANSLATE_NOOP(
            "messages", "aucune bibliothèque à lire à cet endroit ; rien n’a été modifié"
        )
    ),
    Reason.NOTHING_TO_REBUILD: _text(
        QT_TRANSLATE_NOOP(
            "messages", "aucun original ne correspond au nom du dossier ; rien à reconstruire"
        )
    ),
    Reason.JOURNAL_NOT_WRITTEN: _text(
        QT_TRANSLATE_NOOP("messages", "le journal des décisions ne peut pas être écrit ({cause})")
    ),
    Reason.INDEX_NOT_READ: _text(
        QT_TRANSLATE_NOOP("messages", "l’index de recherche ne peut pas être lu ({cause})")
    ),
    Reason.INDEX_OF_ANOTHER_VERSION: _text(
        QT_TRANSLATE_NOOP("messages", "créé par une autre version du programme ({version})")
    ),
    Reason.INDEX_TO_REBUILD_READ_ONLY: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "son index de recherche doit être reconstruit par cette version du programme, et son "
            "dossier ne peut pas être écrit",
        )
    ),
    Reason.SEARCH_CACHE_NOT_WRITTEN: _text(
        QT_TRANSLATE_NOOP("messages", "le cache de recherche ne peut pas être écrit ({cause})")
    ),
    Reason.EXPORT_FOLDER_NOT_EMPTY: _text(
        QT_TRANSLATE_NOOP(
            "messages", "existe déjà et n’est pas un dossier vide : rien n’a été écrit"
        )
    ),
    Reason.CANNOT_BE_WRITTEN: _text(
        QT_TRANSLATE_NOOP("messages", "ne peut pas être écrit ({cause})")
    ),
    Reason.NOT_AN_EXPORT: _text(
        QT_TRANSLATE_NOOP("messages", "pas un export de bibliothèque (pas de {manifest})")
    ),
    Reason.NOT_AN_EXPORT_OF_THIS_PROGRAM: _text(
        QT_TRANSLATE_NOOP("messages", "pas un export de bibliothèque de ce programme")
    ),
    Reason.EXPORT_OF_ANOTHER_VERSION: _text(
        QT_TRANSLATE_NOOP("messages", "un export d’une autre version ({version})")
    ),
    Reason.EXPORT_INCOMPLETE: _text(
        QT_TRANSLATE_NOOP("messages", "ses documents ou ses décisions manquent")
    ),
    Reason.EXPORT_DECISION_NOT_AN_OBJECT: _text(
        QT_TRANSLATE_NOOP("messages", "une décision n’est pas un objet")
    ),
    Reason.EXPORT_DOCUMENT_NOT_AN_OBJECT: _text(
        QT_TRANSLATE_NOOP("messages", "un document n’est pas un objet")
    ),
    Reason.EXPORT_DOCUMENT_INCOMPLETE: _text(
        QT_TRANSLATE_NOOP(
            "messages", "il manque à un document sa clé, son fichier ou ses métadonnées"
        )
    ),
    Reason.EXPORT_FILE_OUTSIDE: _text(
        QT_TRANSLATE_NOOP("messages", "{file!r} est hors de l’export")
    ),
    Reason.EXPORT_FILE_ALTERED: _text(
        QT_TRANSLATE_NOOP("messages", "modifié depuis l’export (son SHA-256 diffère)")
    ),
    Reason.EXPORT_METADATA_MALFORMED: _text(
        QT_TRANSLATE_NOOP("messages", "les métadonnées de {file!r} sont mal formées")
    ),
    Reason.EXPORT_BAD_DATE: _text(
        QT_TRANSLATE_NOOP("messages", "{file!r} a une date qui n’en est pas une : {date!r}")
    ),
    Reason.EXPORT_NOT_A_FILE_OF_IT: _text(
        QT_TRANSLATE_NOOP("messages", "{file!r} n’est pas un fichier de l’export")
    ),
    Reason.SAVED_TOO_LARGE: _text(
        QT_TRANSLATE_NOOP("messages", "trop volumineux pour être une comparaison enregistrée")
    ),
    Reason.SAVED_MEMBER_MISSING: _text(
        QT_TRANSLATE_NOOP("messages", "pas une comparaison enregistrée (il n’y a pas de {member})")
    ),
    Reason.SAVED_NOT_AN_ARCHIVE: _text(
        QT_TRANSLATE_NOOP("messages", "endommagé, pas une comparaison enregistrée ({cause})")
    ),
    Reason.SAVED_ALTERED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "modifié depuis son enregistrement (sa somme de contrôle diffère)"
        )
    ),
    Reason.SAVED_DAMAGED: _text(QT_TRANSLATE_NOOP("messages", "endommagé ({cause})")),
    Reason.NOT_A_SAVED_COMPARISON: _text(
        QT_TRANSLATE_NOOP("messages", "pas une comparaison enregistrée par ce programme")
    ),
    Reason.SAVED_OF_ANOTHER_VERSION: _text(
        QT_TRANSLATE_NOOP(
            "messages", "une comparaison enregistrée par une autre version ({version})"
        )
    ),
    Reason.SAVED_SETTINGS_MISSING: _text(QT_TRANSLATE_NOOP("messages", "ses réglages manquent")),
    Reason.SAVED_BAD_THRESHOLD: _text(
        QT_TRANSLATE_NOOP("messages", "son seuil n’en est pas un : {threshold!r}")
    ),
    Reason.SAVED_BAD_MIN_WORDS: _text(
        QT_TRANSLATE_NOOP(
            "messages", "sa longueur minimale d’expression n’en est pas une : {min_words!r}"
        )
    ),
    Reason.SAVED_SIDE_MISSING: _text(
        QT_TRANSLATE_NOOP("messages", "un côté de la comparaison manque")
    ),
    Reason.SAVED_SIDE_INCOMPLETE: _text(
        QT_TRANSLATE_NOOP("messages", "il manque à un côté son nom, son texte ou ses métadonnées")
    ),
    Reason.SAVED_TEXT_ALTERED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "{file} modifié depuis son enregistrement (son SHA-256 diffère)"
        )
    ),
    Reason.SAVED_METADATA_MALFORMED: _text(
        QT_TRANSLATE_NOOP("messages", "les métadonnées de {name!r} sont mal formées")
    ),
    Reason.SAVED_BAD_DATE: _text(
        QT_TRANSLATE_NOOP("messages", "{name!r} a une date qui n’en est pas une")
    ),
    Reason.SAVED_TEXT_NOT_UTF8: _text(
        QT_TRANSLATE_NOOP("messages", "{file} n’est pas du texte UTF-8")
    ),
    Reason.SAVED_DECISIONS_MALFORMED: _text(
        QT_TRANSLATE_NOOP("messages", "ses décisions sont mal formées")
    ),
    Reason.SAVED_DECISION_MALFORMED: _text(
        QT_TRANSLATE_NOOP("messages", "une décision est mal formée")
    ),
    Reason.SAVED_SIDE_NOT_ADDED: _text(
        QT_TRANSLATE_NOOP("messages", "{side} ne peut pas être ajouté ({cause})")
    ),
    Reason.EXPORT_DECISION_INVALID: _text(
        QT_TRANSLATE_NOOP(
            "messages", "la décision {number} n’en est pas une ; rien n’a été importé"
        )
    ),
    Reason.CANNOT_BE_READ_NOT_JSON: _text(
        QT_TRANSLATE_NOOP("messages", "illisible (JSON non valide)")
    ),
    Reason.SERVER_UNREACHABLE: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le serveur de bibliothèque {server} est injoignable ({cause}) ; rien n’a été modifié",
        )
    ),
    Reason.SERVER_CONNECTION_LOST: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "la connexion au serveur de bibliothèque {server} a été perdue ({cause}) ; rien "
            "n’a été écrit, réessayez",
        )
    ),
    Reason.SERVER_REFUSED: _text(
        QT_TRANSLATE_NOOP("messages", "le serveur de bibliothèque a refusé : {cause}")
    ),
    Reason.SERVER_TOO_NEW: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le serveur de bibliothèque a été créé par une version plus récente du programme "
            "(schéma {found} ; celle-ci connaît {known}) ; rien n’a été modifié",
        )
    ),
    Reason.NOT_A_SERVER_ADDRESS: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "pas une adresse de serveur de bibliothèque : {address!r} (écrivez "
            "postgresql://utilisateur@serveur:port/base)",
        )
    ),
    Reason.NO_SERVER_ADDRESS: _text(
        QT_TRANSLATE_NOOP("messages", "aucune adresse de serveur de bibliothèque")
    ),
    Reason.LOCAL_COPY_NOT_WRITTEN: _text(
        QT_TRANSLATE_NOOP(
            "messages", "la copie locale d’un texte ne peut pas être écrite ({cause})"
        )
    ),
    Reason.SERVER_TEXT_OUTSIDE_CACHE: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le serveur de bibliothèque désigne un texte hors du dossier de cache {folder} ; rien "
            "n’a été écrit",
        )
    ),
    Reason.SERVER_SCHEMA_NOT_A_NUMBER: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "la version du schéma du serveur de bibliothèque n’est pas un nombre ({shown!r}) : "
            "elle n’a pas été écrite par ce programme, ou a été modifiée à la main ; rien n’a été "
            "modifié",
        )
    ),
    Reason.CANNOT_WRITE: _text(
        QT_TRANSLATE_NOOP("messages", "impossible d’écrire {subject} : {cause}")
    ),
    Reason.CANNOT_WRITE_NOT_A_FILE: _text(
        QT_TRANSLATE_NOOP(
            "messages", "impossible d’écrire {subject} : ce n’est pas un fichier ordinaire"
        )
    ),
    Reason.CANNOT_WRITE_NO_FOLDER: _text(
        QT_TRANSLATE_NOOP(
            "messages", "impossible d’écrire {subject} : le dossier {folder} n’existe pas"
        )
    ),
    Reason.SERVER_ADDRESS_UNREADABLE: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "l’adresse du serveur de bibliothèque {server} est illisible ({cause}) ; "
            "écrivez postgresql://utilisateur@serveur:port/base",
        )
    ),
    Reason.SERVER_BUSY: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le serveur de bibliothèque {server} est occupé : une autre connexion tient ce dont "
            "celle-ci a besoin depuis {seconds} secondes ; rien n’a été modifié, réessayez plus "
            "tard",
        )
    ),
    Reason.SERVER_TOO_SLOW: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "le serveur de bibliothèque {server} a mis plus de {seconds} secondes à répondre ; "
            "rien n’a été modifié, réessayez plus tard",
        )
    ),
    Reason.CANNOT_WRITE_A_TEXT_COMPARED: _text(
        QT_TRANSLATE_NOOP(
            "messages", "impossible d’écrire {subject} : c’est {text}, l’un des textes comparés"
        )
    ),
    Reason.CANNOT_WRITE_NO_EXTENSION: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "impossible d’écrire {subject} : un nom sans extension n’est pas un format écrit ici "
            "({known})",
        )
    ),
    Reason.CANNOT_WRITE_FORMAT: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "impossible d’écrire {subject} : l’extension {extension} n’est pas un format écrit "
            "ici ({known})",
        )
    ),
    Reason.CANNOT_WRITE_PROGRAM_DATA: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "impossible d’écrire {subject} : il est dans le dossier de données du programme",
        )
    ),
    Reason.NO_DOCUMENT_WITH_ID: _text(
        QT_TRANSLATE_NOOP(
            "messages", "aucun document d’identifiant {given!r} (voir : library list)"
        )
    ),
    Reason.AMBIGUOUS_ID: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "l’identifiant {given!r} est ambigu : {candidates} ; donnez plus de caractères",
        )
    ),
    Reason.NOT_A_SIDE: _text(
        QT_TRANSLATE_NOOP("messages", "--none : le côté est 'left' ou 'right', pas {given!r}")
    ),
    Reason.NO_SUCH_CLAUSE: _text(
        QT_TRANSLATE_NOOP(
            "messages",
            "aucune clause comparée {name!r} dans le texte de {side} ({path}) ; "
            "ses clauses sont : {labels}",
        )
    ),
    Reason.PLOT_OPTIONS_WITHOUT_PLOT: _text(
        QT_TRANSLATE_NOOP(
            "messages", "--split et --count règlent un graphique : ajoutez --plot OUT.png (ou .svg)"
        )
    ),
    Reason.CHART_FORMAT: _text(
        QT_TRANSLATE_NOOP(
            "messages", "un graphique s’écrit en .png ou en .svg, pas en {extension!r}"
        )
    ),
    Reason.CHART_NO_EXTENSION: _text(
        QT_TRANSLATE_NOOP(
            "messages", "un graphique s’écrit en .png ou en .svg : ce nom n’a pas d’extension"
        )
    ),
}


#: Reasons about the library's own folder: it is named whole, so that the user can find it.
WHOLE_PATH = frozenset(
    {
        Reason.FOLDER_NOT_CREATED,
        Reason.LIBRARY_NOT_WRITABLE,
        Reason.LIBRARY_NOT_OPENED,
        Reason.LIBRARY_NOT_CHECKED,
        Reason.DAMAGED_NOT_SET_ASIDE,
        Reason.NO_LIBRARY_THERE,
        Reason.LOCK_NOT_TAKEN,
    }
)


def for_user(error: BaseException) -> str:
    """``error`` in the interface's language, naming files by their name.

    An exception that is not the engine's is a fault of the program: said as such, with its
    ``repr``, so that a user can report it.
    """
    if not isinstance(error, CorpusError):
        return QCoreApplication.translate("messages", "erreur interne : {0}").format(repr(error))
    template = WORDS.get(error.reason)
    if template is None:
        return str(error)
    shown = error.subject if error.reason in WHOLE_PATH else shown_name(error.subject)
    # An error that is the cause of another ("…; nothing was imported") is worded here too.
    params = {
        name: for_user(value) if isinstance(value, CorpusError) else value
        for name, value in error.params.items()
    }
    said = QCoreApplication.translate("messages", template).format(subject=shown, **params)
    if shown and "{subject}" not in template:
        return _named(shown) + said
    return said


def shown_name(subject: str) -> str:
    """A file or folder by its name alone (never the library's inner folders)."""
    return PurePath(subject).name if ("/" in subject or "\\" in subject) else subject


def server_probed(location: str, documents: int) -> str:
    """What "test connection" found on a library server."""
    return QCoreApplication.translate("messages", "connecté à {0} : {1} documents").format(
        location, documents
    )


def _named(name: str) -> str:
    # French sets a space before a colon; the English translation of this string drops it.
    return QCoreApplication.translate("messages", "« {0} » : ").format(name)
