<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../widgets/about.py" line="32"/>
        <source>À propos de Vis-à-vis</source>
        <translation>About Vis-à-vis</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="62"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="64"/>
        <source>Lecteur de déclarations diplomatiques, côte à côte.</source>
        <translation>A reader for diplomatic declarations, side by side.</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="66"/>
        <source>Licence : %1 (fichier LICENSE).</source>
        <translation>Licence: %1 (LICENSE file).</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="79"/>
        <source>Qt et PySide6 sont utilisés sous la licence LGPL v3 : leurs bibliothèques restent des fichiers séparés, que vous pouvez remplacer par une autre version. Le texte de chaque licence accompagne son composant.</source>
        <translation>Qt and PySide6 are used under the LGPL v3: their libraries stay separate files, which you can replace with another version. Each licence&apos;s text comes with its component.</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="83"/>
        <source>Logiciels inclus</source>
        <translation>Software included</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="83"/>
        <source>Déclarations fournies</source>
        <translation>Bundled declarations</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="84"/>
        <source>Composant</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="84"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../widgets/about.py" line="84"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../app/comparison/reader.py" line="197"/>
        <source>La vue synoptique n’a pas pu être préparée : {0}</source>
        <translation>The synoptic view could not be prepared: {0}</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="212"/>
        <source>Comparaison en cours…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="367"/>
        <source>{0} pour lier {1} ↔ {2} · {3} pour annuler</source>
        <translation>{0} to link {1} ↔ {2} · {3} to give up</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="460"/>
        <source>{0} : sans correspondant (décidé)</source>
        <translation>{0}: no counterpart (decided)</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="462"/>
        <source>{0} : sans correspondant</source>
        <translation>{0}: no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="480"/>
        <source>{0} ↔ {1} · score {2:.2f} · décidée</source>
        <translation>{0} ↔ {1} · score {2:.2f} · decided</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="482"/>
        <source>{0} ↔ {1} · score {2:.2f} · proposée</source>
        <translation>{0} ↔ {1} · score {2:.2f} · proposed</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="518"/>
        <source>Pas de paire plus bas</source>
        <translation>No pair further down</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="524"/>
        <source>Pas de paire plus haut</source>
        <translation>No pair further up</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="530"/>
        <source>Pas de clause sans correspondant plus bas</source>
        <translation>No clause without counterpart further down</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="536"/>
        <source>Pas de clause sans correspondant plus haut</source>
        <translation>No clause without counterpart further up</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="551"/>
        <source>Toutes les paires proposées ont été revues</source>
        <translation>Every proposed pair has been reviewed</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="558"/>
        <source>Tour terminé : {0} paire(s) proposée(s) restent à revoir</source>
        <translation>Round done: {0} proposed pair(s) left to review</translation>
    </message>
    <message>
        <location filename="../../app/comparison/reader.py" line="568"/>
        <source>À revoir {0} sur {1} : {2}</source>
        <translation>To review {0} of {1}: {2}</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../app/library/search_model.py" line="43"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/library/search_model.py" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/library/search_model.py" line="45"/>
        <source>Contexte gauche</source>
        <translation>Left context</translation>
    </message>
    <message>
        <location filename="../../app/library/search_model.py" line="46"/>
        <source>Occurrence</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../app/library/search_model.py" line="47"/>
        <source>Contexte droit</source>
        <translation>Right context</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../widgets/findbar.py" line="35"/>
        <source>Chercher dans les deux textes</source>
        <translation>Find in both texts</translation>
    </message>
    <message>
        <location filename="../../widgets/findbar.py" line="43"/>
        <source>Occurrence précédente</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../widgets/findbar.py" line="47"/>
        <source>Occurrence suivante</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../widgets/findbar.py" line="51"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/findbar.py" line="55"/>
        <source>&amp;Chercher :</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../widgets/findbar.py" line="80"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../widgets/findbar.py" line="82"/>
        <source>{0} trouvée(s)</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location filename="../../widgets/findbar.py" line="84"/>
        <source>{0} sur {1}</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../widgets/guide.py" line="18"/>
        <source>Guide d’utilisation</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../widgets/legend.py" line="52"/>
        <source>Formules</source>
        <translation>Formulas</translation>
    </message>
    <message>
        <location filename="../../widgets/legend.py" line="59"/>
        <source>Afficher ou masquer cette famille de formules</source>
        <translation>Show or hide this family of formulas</translation>
    </message>
    <message>
        <location filename="../../widgets/legend.py" line="66"/>
        <source>&lt;u&gt;souligné&lt;/u&gt; : phrase partagée mot pour mot ; pointillé : à quelques mots-outils près</source>
        <translation>&lt;u&gt;underlined&lt;/u&gt;: phrase shared word for word; dotted: shared up to a few function words</translation>
    </message>
    <message>
        <location filename="../../widgets/legend.py" line="77"/>
        <source>encadré : ce que les deux clauses de la paire choisie énoncent l’une et l’autre (textes en deux langues : pas de différence mot à mot)</source>
        <translation>framed: what both clauses of the selected pair state (texts in two languages: no word-for-word difference)</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../widgets/librarypanel.py" line="64"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="64"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="64"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="68"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="73"/>
        <source>Déposez ici des fichiers ou des dossiers à ajouter</source>
        <translation>Drop files or folders here to add them</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="74"/>
        <source>◀ À gauche</source>
        <translation>◀ Left</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="75"/>
        <source>À droite ▶</source>
        <translation>Right ▶</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="76"/>
        <source>Ouvrir le document choisi dans le volet gauche</source>
        <translation>Open the chosen document in the left pane</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="77"/>
        <source>Ouvrir le document choisi dans le volet droit</source>
        <translation>Open the chosen document in the right pane</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="78"/>
        <source>Ajouter des fichiers…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="79"/>
        <source>Ajouter un dossier…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="137"/>
        <source>Le texte ne donne pas sa propre date</source>
        <translation>The text does not state its own date</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="183"/>
        <source>Ouvrir à gauche</source>
        <translation>Open on the left</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="185"/>
        <source>Ouvrir à droite</source>
        <translation>Open on the right</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="188"/>
        <source>Modifier les métadonnées…</source>
        <translation>Edit metadata…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="190"/>
        <source>Confirmer les métadonnées déduites</source>
        <translation>Confirm the guessed metadata</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="195"/>
        <source>Retirer de la bibliothèque</source>
        <translation>Remove from the library</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPanel</name>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="82"/>
        <source>intégrité territoriale · souverain* · NEAR(souveraineté frontières, 5) · family:territorial-integrity</source>
        <extracomment>Where the results model keeps each row&apos;s hit object (``Qt.UserRole``).</extracomment>
        <translation>territorial integrity · sovereign* · NEAR(sovereignty borders, 5) · family:territorial-integrity</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="86"/>
        <source>Formes fléchies</source>
        <translation>Inflected forms</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="87"/>
        <source>Trouver aussi les pluriels et les autres formes</source>
        <translation>Also find plurals and other forms</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="89"/>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="91"/>
        <source>Toutes langues</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="94"/>
        <source>depuis AAAA[-MM[-JJ]]</source>
        <translation>from YYYY[-MM[-DD]]</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="96"/>
        <source>jusqu’à AAAA[-MM[-JJ]]</source>
        <translation>to YYYY[-MM[-DD]]</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="97"/>
        <source>Exporter en CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="98"/>
        <source>Rapport…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="100"/>
        <source>La requête, sa chronologie et ses occurrences, en PDF ou en Word</source>
        <translation>The query, its timeline and its occurrences, as a PDF or a Word document</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="111"/>
        <source>Documents trouvés</source>
        <translation>Documents found</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="112"/>
        <source>Les documents où la recherche a trouvé des occurrences</source>
        <translation>The documents where the search found occurrences</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="198"/>
        <source>Tous les documents ({0})</source>
        <translation>All documents ({0})</translation>
    </message>
</context>
<context>
    <name>LibraryServerDialog</name>
    <message>
        <location filename="../../widgets/serverdialog.py" line="37"/>
        <source>Serveur de bibliothèque</source>
        <translation>Library server</translation>
    </message>
    <message>
        <location filename="../../widgets/serverdialog.py" line="41"/>
        <source>Une équipe peut partager une bibliothèque sur un serveur PostgreSQL. Laissez l’adresse vide pour la bibliothèque de cet ordinateur. Le changement prend effet au prochain démarrage.</source>
        <translation>A team can share a library on a PostgreSQL server. Leave the address empty for the library on this computer. The change takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../widgets/serverdialog.py" line="50"/>
        <source>Tester la connexion</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../widgets/serverdialog.py" line="56"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../widgets/serverdialog.py" line="83"/>
        <source>Connexion en cours…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>LinkGutter</name>
    <message>
        <location filename="../../widgets/linkgutter.py" line="60"/>
        <source>Connecteurs entre clauses appariées</source>
        <translation>Connectors between paired clauses</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/actions.py" line="333"/>
        <location filename="../../widgets/mainwindow.py" line="150"/>
        <location filename="../../widgets/mainwindow.py" line="323"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="340"/>
        <location filename="../../widgets/mainwindow.py" line="154"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="343"/>
        <location filename="../../widgets/mainwindow.py" line="168"/>
        <source>Où ailleurs ?</source>
        <translation>Where else?</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="336"/>
        <location filename="../../widgets/mainwindow.py" line="180"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="150"/>
        <source>Ouvrir à &amp;gauche…</source>
        <translation>Open &amp;left…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="155"/>
        <source>Ouvrir à gauche</source>
        <translation>Open left</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="158"/>
        <source>Ouvrir à &amp;droite…</source>
        <translation>Open &amp;right…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="163"/>
        <source>Ouvrir à droite</source>
        <translation>Open right</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="172"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="176"/>
        <source>Enregistrer la &amp;comparaison sous…</source>
        <translation>Save &amp;comparison as…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="182"/>
        <source>Ouvrir une comparaison en&amp;registrée…</source>
        <translation>Open a sa&amp;ved comparison…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="186"/>
        <source>Exporter le rapport de &amp;recherche…</source>
        <translation>Export &amp;search report…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="189"/>
        <source>&amp;Ajouter à la bibliothèque…</source>
        <translation>&amp;Add to the library…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="192"/>
        <source>Ajouter un &amp;dossier à la bibliothèque…</source>
        <translation>Add a &amp;folder to the library…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="198"/>
        <source>&amp;Serveur de bibliothèque…</source>
        <translation>Library &amp;server…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="211"/>
        <source>Abandonner les clauses choisies</source>
        <translation>Give up the chosen clauses</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="234"/>
        <source>À revoir</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="243"/>
        <source>Paire ↑</source>
        <translation>Pair ↑</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="251"/>
        <source>Paire ↓</source>
        <translation>Pair ↓</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="259"/>
        <source>Sans correspondant ↑</source>
        <translation>Unpaired ↑</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="267"/>
        <source>Sans correspondant ↓</source>
        <translation>Unpaired ↓</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="270"/>
        <source>&amp;Chercher dans les textes…</source>
        <translation>&amp;Find in the texts…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="273"/>
        <source>Occurrence suivan&amp;te</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="276"/>
        <source>Occurrence pré&amp;cédente</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="282"/>
        <source>&amp;Rechercher dans la bibliothèque</source>
        <translation>&amp;Search the library</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="200"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="167"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="238"/>
        <source>Paire &amp;précédente</source>
        <translation>&amp;Previous pair</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="246"/>
        <source>Paire &amp;suivante</source>
        <translation>&amp;Next pair</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="254"/>
        <source>Clause sans correspondant précédente</source>
        <translation>Previous unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="262"/>
        <source>Clause sans correspondant suivante</source>
        <translation>Next unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="292"/>
        <source>Vue &amp;synoptique</source>
        <translation>&amp;Synoptic view</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="298"/>
        <source>Synoptique</source>
        <translation>Synoptic</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="301"/>
        <source>Défilement &amp;synchronisé</source>
        <translation>S&amp;ynchronised scrolling</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="307"/>
        <source>Synchronisé</source>
        <translation>Sync scroll</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="310"/>
        <source>&amp;Permuter les volets</source>
        <translation>S&amp;wap panes</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="288"/>
        <source>&amp;Où ailleurs ?</source>
        <translation>&amp;Where else?</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="315"/>
        <source>Permuter</source>
        <translation>Swap</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="318"/>
        <source>&amp;Agrandir le texte</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="321"/>
        <source>&amp;Réduire le texte</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="324"/>
        <source>Taille &amp;normale</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="327"/>
        <source>&amp;Textes seuls</source>
        <translation>&amp;Texts only</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="330"/>
        <location filename="../../widgets/mainwindow.py" line="175"/>
        <source>Paires</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="347"/>
        <location filename="../../widgets/mainwindow.py" line="159"/>
        <source>Chronologie</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="350"/>
        <source>Selon le &amp;système</source>
        <translation>Follow the &amp;system</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="353"/>
        <source>&amp;Claire</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="356"/>
        <source>&amp;Sombre</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="52"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="55"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="56"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="57"/>
        <source>A&amp;pparence</source>
        <translation>A&amp;ppearance</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="58"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="362"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="365"/>
        <source>&amp;Guide d’utilisation</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="368"/>
        <source>À &amp;propos de Vis-à-vis</source>
        <translation>&amp;About Vis-à-vis</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="59"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="259"/>
        <source>Comparaisons &amp;récentes</source>
        <translation>&amp;Recent comparisons</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="280"/>
        <source>Barre d’outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="325"/>
        <source>Bibliothèque de l’équipe : {0}</source>
        <translation>Team library: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="202"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="204"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="208"/>
        <source>&amp;Lier les clauses choisies</source>
        <translation>&amp;Link the chosen clauses</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="217"/>
        <source>&amp;Délier la paire</source>
        <translation>&amp;Unlink the pair</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="220"/>
        <source>&amp;Confirmer la paire</source>
        <translation>&amp;Confirm the pair</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="223"/>
        <source>Clause &amp;sans correspondant</source>
        <translation>Clause &amp;without counterpart</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="229"/>
        <source>Prochaine paire à &amp;revoir</source>
        <translation>Next pair to &amp;review</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="53"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../widgets/actions.py" line="54"/>
        <source>&amp;Paires</source>
        <translation>&amp;Pairs</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="400"/>
        <source>%v sur %m</source>
        <translation>%v of %m</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../../widgets/metadialog.py" line="44"/>
        <source>Métadonnées du document</source>
        <extracomment>Suggested kinds; stored as is (English, like the bundled catalogue), the user may type another. Language codes offered, with their labels (each language named in itself, so not translated).</extracomment>
        <translation>Document metadata</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="49"/>
        <source>AAAA-MM-JJ ou AAAA-MM</source>
        <translation>YYYY-MM-DD or YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="51"/>
        <source>Russia, Azerbaijan</source>
        <translation>Russia, Azerbaijan</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="52"/>
        <source>Les parties, en anglais, séparées par des virgules</source>
        <translation>The parties, in English, separated by commas</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="67"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="68"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="70"/>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="72"/>
        <source>&amp;Nature</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="73"/>
        <source>&amp;Lieu</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="74"/>
        <source>Lan&amp;gue</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="75"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="161"/>
        <source>Le titre ne peut pas être vide.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="163"/>
        <source>Date invalide : attendu AAAA-MM-JJ, AAAA-MM ou AAAA.</source>
        <translation>Invalid date: expected YYYY-MM-DD, YYYY-MM or YYYY.</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <location filename="../../widgets/overview.py" line="39"/>
        <source>Vue d’ensemble : cliquer pour aller à cet endroit</source>
        <translation>Overview: click to go there</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../app/review/pairs.py" line="172"/>
        <source>Gauche</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="173"/>
        <source>Début à gauche</source>
        <translation>Left opening</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="174"/>
        <source>Droite</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="175"/>
        <source>Début à droite</source>
        <translation>Right opening</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="176"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="177"/>
        <source>Force</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="178"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="179"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="182"/>
        <source>forte</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="183"/>
        <source>moyenne</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="184"/>
        <source>faible</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="187"/>
        <source>proposée</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="188"/>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="189"/>
        <source>liée</source>
        <translation>linked</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="190"/>
        <source>déliée</source>
        <translation>unlinked</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="191"/>
        <source>sans correspondant</source>
        <translation>no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="266"/>
        <source>analyste</source>
        <translation>analyst</translation>
    </message>
    <message>
        <location filename="../../app/review/pairs.py" line="266"/>
        <source>moteur</source>
        <translation>engine</translation>
    </message>
</context>
<context>
    <name>PairsPanel</name>
    <message>
        <location filename="../../widgets/pairspanel.py" line="100"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../widgets/pairspanel.py" line="101"/>
        <source>À revoir</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../widgets/pairspanel.py" line="102"/>
        <source>Décidées</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../widgets/pairspanel.py" line="103"/>
        <source>Faibles</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../widgets/pairspanel.py" line="104"/>
        <source>Sans correspondant</source>
        <translation>Unpaired</translation>
    </message>
    <message>
        <location filename="../../widgets/pairspanel.py" line="130"/>
        <source>&amp;Afficher :</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../widgets/pairspanel.py" line="161"/>
        <source>{0} sur {1} revues</source>
        <translation>{0} of {1} reviewed</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../app/review/controller.py" line="102"/>
        <source>lier {0} ↔ {1}</source>
        <translation>link {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../app/review/controller.py" line="103"/>
        <source>délier {0} ↔ {1}</source>
        <translation>unlink {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../app/review/controller.py" line="104"/>
        <source>confirmer {0} ↔ {1}</source>
        <translation>confirm {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../app/review/controller.py" line="105"/>
        <source>{0}{1} sans correspondant</source>
        <translation>{0}{1} without counterpart</translation>
    </message>
    <message>
        <location filename="../../app/review/controller.py" line="161"/>
        <source>Ces textes ont changé : {0} décision(s) ne retrouvent plus leurs clauses ({1} appliquée(s)) :</source>
        <translation>These texts have changed: {0} decision(s) no longer find their clauses ({1} applied):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../widgets/shortcuts.py" line="43"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="45"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="45"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SummaryLabel</name>
    <message>
        <location filename="../../widgets/summary.py" line="34"/>
        <source>Similarité : &lt;b&gt;{0:.0%}&lt;/b&gt;</source>
        <translation>Similarity: &lt;b&gt;{0:.0%}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="36"/>
        <source>1 paire</source>
        <translation>1 pair</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="36"/>
        <source>{0} paires</source>
        <translation>{0} pairs</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="38"/>
        <source>1 revue</source>
        <translation>1 reviewed</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="38"/>
        <source>{0} revues</source>
        <translation>{0} reviewed</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="39"/>
        <source>sans correspondant : {0} à gauche, {1} à droite</source>
        <translation>no counterpart: {0} left, {1} right</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="42"/>
        <source>affirmé seulement à gauche : {0}</source>
        <translation>affirmed only on the left: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="44"/>
        <source>affirmé seulement à droite : {0}</source>
        <translation>affirmed only on the right: {0}</translation>
    </message>
</context>
<context>
    <name>SynopticView</name>
    <message>
        <location filename="../../widgets/synoptic.py" line="190"/>
        <source>paire décidée par l’analyste</source>
        <extracomment>How long a turn of the event loop measures rows for: the window answers between turns, even on a busy machine (a fixed count of rows took from 20 ms to over 100 ms). Cells laid out and kept to be drawn: more than a screen of rows holds.</extracomment>
        <translation>pair decided by the analyst</translation>
    </message>
    <message>
        <location filename="../../widgets/synoptic.py" line="191"/>
        <source>paire proposée par le programme</source>
        <translation>pair proposed by the program</translation>
    </message>
    <message>
        <location filename="../../widgets/synoptic.py" line="300"/>
        <source>Préparation de la vue synoptique…</source>
        <translation>Preparing the synoptic view…</translation>
    </message>
</context>
<context>
    <name>TextFinder</name>
    <message>
        <location filename="../../app/comparison/find.py" line="131"/>
        <source>occurrence</source>
        <translation>match</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <location filename="../../widgets/timelineview.py" line="87"/>
        <source>Chronologie de la recherche</source>
        <extracomment>How far the grid lines go from the paper&apos;s colour towards the ink&apos;s. The chosen years&apos; band: the palette&apos;s highlight at this opacity (0-255). The height in pixels of the strip under the chosen years, on the axis. Up to this many chosen years get their label shown in the highlight.</extracomment>
        <translation>Timeline of the search</translation>
    </message>
    <message>
        <location filename="../../widgets/timelineview.py" line="271"/>
        <source>Cliquez une barre (ou choisissez-la aux flèches, puis Entrée) pour ne montrer que les résultats de son année ; une part d’une barre répartie, ceux de sa partie ou de sa langue.</source>
        <translation>Click a bar (or choose it with the arrow keys, then Enter) to show only the results of its year; a part of a split bar, those of its party or language.</translation>
    </message>
    <message>
        <location filename="../../widgets/timelineview.py" line="281"/>
        <source>{0} : {1} {2}</source>
        <translation>{0}: {1} {2}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="83"/>
        <location filename="../../widgets/timelinepanel.py" line="187"/>
        <source>Occurrences</source>
        <extracomment>The measures and splits offered, by the value the signals carry. The table&apos;s first columns; the groups&apos; follow when the chart is split. The table&apos;s cells keep the year (a row) and the group&apos;s index (a group&apos;s column) here.</extracomment>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="84"/>
        <location filename="../../widgets/timelinepanel.py" line="187"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="85"/>
        <source>Compter</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="86"/>
        <source>Compter les occurrences ou les documents</source>
        <translation>Count the occurrences or the documents</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="88"/>
        <source>Sans répartition</source>
        <translation>Not split</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="89"/>
        <source>Par partie</source>
        <translation>By party</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="90"/>
        <source>Par langue</source>
        <translation>By language</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="91"/>
        <source>Répartir</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="92"/>
        <source>Empiler les barres par partie ou par langue</source>
        <translation>Stack the bars by party or by language</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="94"/>
        <source>&amp;Tableau</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="96"/>
        <source>Les mêmes chiffres en tableau, lisible au clavier</source>
        <translation>The same figures as a table, readable with the keyboard</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="103"/>
        <source>Chronologie en tableau</source>
        <translation>Timeline as a table</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="122"/>
        <source>&amp;Compter :</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="124"/>
        <source>&amp;Répartir :</source>
        <translation>&amp;Split:</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="187"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../widgets/timelinepanel.py" line="201"/>
        <source>sans date</source>
        <translation>undated</translation>
    </message>
</context>
<context>
    <name>WhereElsePanel</name>
    <message>
        <location filename="../../widgets/whereelse.py" line="69"/>
        <source>Les clauses moins semblables ne sont pas montrées.</source>
        <extracomment>The least similarity shown by default: below it, shared words are mostly chance.</extracomment>
        <translation>Less similar clauses are not shown.</translation>
    </message>
    <message>
        <location filename="../../widgets/whereelse.py" line="75"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../widgets/whereelse.py" line="76"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../widgets/whereelse.py" line="77"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../widgets/whereelse.py" line="78"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../widgets/whereelse.py" line="79"/>
        <source>Similarité</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../widgets/whereelse.py" line="80"/>
        <source>Texte de la clause</source>
        <translation>Text of the clause</translation>
    </message>
    <message>
        <location filename="../../widgets/whereelse.py" line="95"/>
        <source>Similarité minimale :</source>
        <translation>Minimum similarity:</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../app/application.py" line="390"/>
        <source>La bibliothèque ne peut pas être ouverte : {0}. Cette session utilise une bibliothèque temporaire : ce que vous y ajoutez ne sera pas gardé.</source>
        <translation>The library cannot be opened: {0}. This session uses a temporary library: what you add to it will not be kept.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../app/help/windows.py" line="59"/>
        <source>Autres</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/shell/messages.py" line="31"/>
        <source>fichier introuvable</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="33"/>
        <source>fichier introuvable, et aucune déclaration fournie de ce nom</source>
        <translation>no such file, and no bundled declaration of that name</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="38"/>
        <source>c’est un dossier, pas un fichier</source>
        <translation>is a folder, not a text file</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="39"/>
        <source>accès refusé</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="42"/>
        <source>pas un fichier ordinaire (un périphérique, un tube ?)</source>
        <translation>is not a regular file (a device or a pipe?)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="47"/>
        <source>le fichier est vide</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="57"/>
        <source>contient des octets nuls : un fichier binaire, pas du texte</source>
        <translation>contains NUL bytes: a binary file, not text</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="75"/>
        <source>contient des caractères de contrôle : un fichier binaire, pas du texte</source>
        <translation>contains control characters: a binary file, not text</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="72"/>
        <source>ne contient aucun texte (que des blancs)</source>
        <translation>contains no text (only blanks)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="30"/>
        <source>aucun document indiqué</source>
        <translation>no document given</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="37"/>
        <source>dossier introuvable</source>
        <translation>no such folder</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="40"/>
        <source>illisible ({cause})</source>
        <translation>cannot be read ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="45"/>
        <source>trop volumineux ({size}) ; la limite est de {limit_mb} Mo</source>
        <translation>too large ({size}); the limit is {limit_mb} MB</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="49"/>
        <source>commence par une marque d’ordre des octets {encoding} mais n’est pas du {encoding} valide (octet {byte})</source>
        <translation>starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="55"/>
        <source>c’est {what}, pas un fichier texte</source>
        <translation>is {what}, not a text file</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="60"/>
        <source>ni UTF-8 ni un codage occidental à un octet (Windows-1252, Latin-1) : enregistrez-le en UTF-8 et réessayez</source>
        <translation>is neither UTF-8 nor a Western single-byte encoding (Windows-1252, Latin-1); save it as UTF-8 and try again</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="67"/>
        <source>trop long ({length:,} caractères) ; la limite est de {limit:,}</source>
        <translation>too long ({length:,} characters); the limit is {limit:,}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="79"/>
        <source>ne contient aucun texte</source>
        <translation>contains no text</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="81"/>
        <source>un format que la bibliothèque ne lit pas</source>
        <translation>not a format the library reads</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="84"/>
        <source>un format que la bibliothèque ne lit pas ({known})</source>
        <translation>not a format the library reads ({known})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="87"/>
        <source>le document est trop volumineux pour être lu</source>
        <translation>the document is too large to read</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="90"/>
        <source>pas un document Word (.docx) lisible</source>
        <translation>not a Word document (.docx) that can be read</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="93"/>
        <source>le document Word est endommagé ({cause})</source>
        <translation>the Word document is damaged ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="108"/>
        <source>le PDF est chiffré d’une manière non prise en charge ({cause})</source>
        <translation>the PDF is encrypted in a way not supported ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="115"/>
        <source>le PDF est illisible ({cause})</source>
        <translation>the PDF cannot be read ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="120"/>
        <source>listes ou citations imbriquées sur plus de {levels} niveaux : pas un document que ce programme lit</source>
        <translation>lists or quotes nested more than {levels} levels deep; not a document this program reads</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="127"/>
        <source>une suite de plus de {most:,} caractères sans espace ne peut pas être affichée dans la fenêtre</source>
        <translation>a run of more than {most:,} characters without a space cannot be shown in the window</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="134"/>
        <source>trop de clauses à comparer ({left:,} contre {right:,}, soit {pairs:,} paires) ; la limite est de {limit:,} paires</source>
        <translation>too many clauses to compare ({left:,} against {right:,}, so {pairs:,} pairs); the limit is {limit:,} pairs</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="155"/>
        <source>métadonnées non valides ({cause})</source>
        <translation>not valid metadata ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="158"/>
        <source>métadonnées non valides (imbriquées trop profondément)</source>
        <translation>not valid metadata (nested too deeply)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="161"/>
        <source>un objet JSON est attendu</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="163"/>
        <source>champ inconnu {field!r}</source>
        <translation>unknown field {field!r}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="165"/>
        <source>« parties » doit être une liste de noms</source>
        <translation>&apos;parties&apos; must be a list of names</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="168"/>
        <source>{field!r} doit être du texte</source>
        <translation>{field!r} must be text</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="171"/>
        <source>&apos;origins&apos; doit dire d’où viennent le titre, la date, les parties</source>
        <translation>&apos;origins&apos; must name where the title, date, parties came from</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="176"/>
        <source>le motif « {pattern} » du catalogue de l’utilisateur prend trop de temps sur ce texte (il revient en arrière sans fin) : réécrivez-le sans répétitions imbriquées</source>
        <translation>the pattern &apos;{pattern}&apos; of the user catalogue takes too long on this text (it backtracks without end); rewrite it without nested repetitions</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="183"/>
        <source>pas de version.</source>
        <translation>no version.</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="184"/>
        <source>{details}</source>
        <translation>{details}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="186"/>
        <source>family: demande l’identifiant d’une famille de formules, par exemple family:territorial-integrity</source>
        <translation>family: needs a formula family id, e.g. family:territorial-integrity</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="193"/>
        <source>écrivez NEAR(mot mot, distance), par exemple NEAR(souveraineté frontières, 10)</source>
        <translation>write NEAR(word word, distance), e.g. NEAR(souveraineté frontières, 10)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="199"/>
        <source>rien à chercher dans {query!r}</source>
        <translation>nothing to search for in {query!r}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="202"/>
        <source>NEAR demande au moins deux mots</source>
        <translation>NEAR needs at least two words</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="205"/>
        <source>NEAR admet au plus {most} mots entre les termes</source>
        <translation>NEAR allows at most {most} words between the terms</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="208"/>
        <source>NEAR prend au plus {most} mots ({given} donnés)</source>
        <translation>NEAR takes at most {most} words ({given} given)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="211"/>
        <source>famille de formules inconnue {family!r} ; connues : {known}</source>
        <translation>unknown formula family {family!r}; known: {known}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="214"/>
        <source>pas une date : {value!r} (écrivez AAAA, AAAA-MM ou AAAA-MM-JJ)</source>
        <translation>not a date: {value!r} (write YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="219"/>
        <source>la recherche ne peut pas être faite : {cause}</source>
        <translation>the query cannot be searched: {cause}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="222"/>
        <source>langue inconnue {language!r} : écrivez fr ou en</source>
        <translation>unknown language {language!r}: write fr or en</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="225"/>
        <source>illisible (un lien qui ramène à lui-même)</source>
        <translation>cannot be read (a link that leads back to itself)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="228"/>
        <source>les déclarations fournies ne peuvent pas être retirées</source>
        <translation>the bundled declarations cannot be removed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="231"/>
        <source>le fichier ne peut pas être copié dans la bibliothèque ({cause})</source>
        <translation>cannot copy the file into the library ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="236"/>
        <source>la fiche de ce document manque à la bibliothèque</source>
        <translation>the library&apos;s record of this document is missing</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="239"/>
        <source>ne peut pas être ajouté à la bibliothèque ({cause})</source>
        <translation>cannot be added to the library ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="242"/>
        <source>les métadonnées de {subject} ne peuvent pas être enregistrées ({cause})</source>
        <translation>cannot save the metadata of {subject} ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="247"/>
        <source>le dossier de la bibliothèque ne peut pas être créé ({cause})</source>
        <translation>cannot create the library folder ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="252"/>
        <source>la bibliothèque ne peut pas être écrite ({cause}) ; rien n’a été modifié</source>
        <translation>the library cannot be written ({cause}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="257"/>
        <source>la bibliothèque ne peut pas être ouverte ({cause}) ; rien n’a été modifié</source>
        <translation>the library cannot be opened ({cause}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="262"/>
        <source>la bibliothèque ne peut pas être vérifiée ({cause}) ; rien n’a été modifié</source>
        <translation>the library cannot be checked ({cause}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="267"/>
        <source>la bibliothèque endommagée ne peut pas être mise de côté ({cause})</source>
        <translation>the damaged library cannot be set aside ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="272"/>
        <source>aucune bibliothèque ne peut être ouverte, pas même une temporaire ({cause})</source>
        <translation>no library can be opened, not even a temporary one ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="277"/>
        <source>aucun dossier temporaire</source>
        <translation>no temporary folder</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="279"/>
        <source>un autre programme importe dans la bibliothèque depuis {seconds:.0f} secondes : réessayez quand il aura fini</source>
        <translation>another program has been importing into the library for {seconds:.0f} seconds; try again when it is done</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="286"/>
        <source>les décisions ne peuvent pas être gardées ({cause})</source>
        <translation>the decisions cannot be kept ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="289"/>
        <source>la décision ne peut pas être gardée ({cause})</source>
        <translation>the decision cannot be kept ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="292"/>
        <source>la décision ne peut pas être retirée ({cause})</source>
        <translation>the decision cannot be removed ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="295"/>
        <source>les décisions ne peuvent pas être lues ({cause})</source>
        <translation>the decisions cannot be read ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="297"/>
        <source>pas une décision : {row}</source>
        <translation>not a decision: {row}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="299"/>
        <source>l’index de recherche ne peut pas être ouvert ({cause})</source>
        <translation>the search index cannot be opened ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="302"/>
        <source>{name!r} n’est pas un nom de fichier du dossier</source>
        <translation>{name!r} is not a file name inside the folder</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="305"/>
        <source>son SHA-256 ne nomme pas ce dossier</source>
        <translation>its SHA-256 does not name this folder</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="308"/>
        <source>&apos;edited&apos; ne vaut ni true ni false</source>
        <translation>&apos;edited&apos; is not true or false</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="311"/>
        <source>un champ manque ou n’est pas du texte</source>
        <translation>a field is missing or is not text</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="314"/>
        <source>pas une fiche de la bibliothèque (champs inattendus)</source>
        <translation>not a library record (unexpected fields)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="316"/>
        <source>JSON non valide ({cause})</source>
        <translation>not valid JSON ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="317"/>
        <source>{cause} ; rien n’a été importé</source>
        <translation>{cause}; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="319"/>
        <source>le verrou de la bibliothèque ne peut pas être pris ({cause}) ; rien n’a été modifié</source>
        <translation>the library&apos;s lock cannot be taken ({cause}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="325"/>
        <source>aucune bibliothèque à lire à cet endroit ; rien n’a été modifié</source>
        <translation>no library to read there; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="330"/>
        <source>aucun original ne correspond au nom du dossier ; rien à reconstruire</source>
        <translation>no original matches the folder&apos;s name; nothing to rebuild</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="335"/>
        <source>le journal des décisions ne peut pas être écrit ({cause})</source>
        <translation>the decisions&apos; journal cannot be written ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="338"/>
        <source>l’index de recherche ne peut pas être lu ({cause})</source>
        <translation>the search index cannot be read ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="341"/>
        <source>créé par une autre version du programme ({version})</source>
        <translation>made by another version of the program ({version})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="344"/>
        <source>son index de recherche doit être reconstruit par cette version du programme, et son dossier ne peut pas être écrit</source>
        <translation>its search index must be rebuilt by this version of the program, and its folder cannot be written</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="351"/>
        <source>le cache de recherche ne peut pas être écrit ({cause})</source>
        <translation>the search cache cannot be written ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="354"/>
        <source>existe déjà et n’est pas un dossier vide : rien n’a été écrit</source>
        <translation>already exists and is not an empty folder; nothing written</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="359"/>
        <source>ne peut pas être écrit ({cause})</source>
        <translation>cannot be written ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="362"/>
        <source>pas un export de bibliothèque (pas de {manifest})</source>
        <translation>not a library export (no {manifest})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="365"/>
        <source>pas un export de bibliothèque de ce programme</source>
        <translation>not a library export of this program</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="368"/>
        <source>un export d’une autre version ({version})</source>
        <translation>an export of another version ({version})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="371"/>
        <source>ses documents ou ses décisions manquent</source>
        <translation>its documents or decisions are missing</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="374"/>
        <source>une décision n’est pas un objet</source>
        <translation>a decision is not an object</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="377"/>
        <source>un document n’est pas un objet</source>
        <translation>a document is not an object</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="380"/>
        <source>il manque à un document sa clé, son fichier ou ses métadonnées</source>
        <translation>a document lacks its key, file or metadata</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="385"/>
        <source>{file!r} est hors de l’export</source>
        <translation>{file!r} is outside the export</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="388"/>
        <source>modifié depuis l’export (son SHA-256 diffère)</source>
        <translation>altered since it was exported (its SHA-256 differs)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="391"/>
        <source>les métadonnées de {file!r} sont mal formées</source>
        <translation>the metadata of {file!r} is malformed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="394"/>
        <source>{file!r} a une date qui n’en est pas une : {date!r}</source>
        <translation>{file!r} has a date that is not one: {date!r}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="397"/>
        <source>{file!r} n’est pas un fichier de l’export</source>
        <translation>{file!r} is not a file of the export</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="400"/>
        <source>trop volumineux pour être une comparaison enregistrée</source>
        <translation>too large to be a saved comparison</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="403"/>
        <source>pas une comparaison enregistrée (il n’y a pas de {member})</source>
        <translation>not a saved comparison (no {member})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="406"/>
        <source>endommagé, pas une comparaison enregistrée ({cause})</source>
        <translation>damaged, not a saved comparison ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="409"/>
        <source>modifié depuis son enregistrement (sa somme de contrôle diffère)</source>
        <translation>altered since it was saved (its checksum differs)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="413"/>
        <source>endommagé ({cause})</source>
        <translation>damaged ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="415"/>
        <source>pas une comparaison enregistrée par ce programme</source>
        <translation>not a saved comparison of this program</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="418"/>
        <source>une comparaison enregistrée par une autre version ({version})</source>
        <translation>a saved comparison of another version ({version})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="422"/>
        <source>ses réglages manquent</source>
        <translation>its settings are missing</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="424"/>
        <source>son seuil n’en est pas un : {threshold!r}</source>
        <translation>its threshold is not one: {threshold!r}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="427"/>
        <source>sa longueur minimale d’expression n’en est pas une : {min_words!r}</source>
        <translation>its least phrase length is not one: {min_words!r}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="432"/>
        <source>un côté de la comparaison manque</source>
        <translation>a side of the comparison is missing</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="435"/>
        <source>il manque à un côté son nom, son texte ou ses métadonnées</source>
        <translation>a side lacks its name, text or metadata</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="438"/>
        <source>{file} modifié depuis son enregistrement (son SHA-256 diffère)</source>
        <translation>{file} altered since it was saved (SHA-256 differs)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="443"/>
        <source>les métadonnées de {name!r} sont mal formées</source>
        <translation>the metadata of {name!r} is malformed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="446"/>
        <source>{name!r} a une date qui n’en est pas une</source>
        <translation>{name!r} has a date that is not one</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="449"/>
        <source>{file} n’est pas du texte UTF-8</source>
        <translation>{file} is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="452"/>
        <source>ses décisions sont mal formées</source>
        <translation>its decisions are malformed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="455"/>
        <source>une décision est mal formée</source>
        <translation>a decision is malformed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="458"/>
        <source>{side} ne peut pas être ajouté ({cause})</source>
        <translation>{side} cannot be added ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="461"/>
        <source>la décision {number} n’en est pas une ; rien n’a été importé</source>
        <translation>decision {number} is not a decision; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="466"/>
        <source>illisible (JSON non valide)</source>
        <translation>cannot be read (not valid JSON)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="469"/>
        <source>le serveur de bibliothèque {server} est injoignable ({cause}) ; rien n’a été modifié</source>
        <translation>the library server {server} cannot be reached ({cause}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="475"/>
        <source>la connexion au serveur de bibliothèque {server} a été perdue ({cause}) ; rien n’a été écrit, réessayez</source>
        <translation>the connection to the library server {server} was lost ({cause}); nothing was written, try again</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="482"/>
        <source>le serveur de bibliothèque a refusé : {cause}</source>
        <translation>the library server refused: {cause}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="485"/>
        <source>le serveur de bibliothèque a été créé par une version plus récente du programme (schéma {found} ; celle-ci connaît {known}) ; rien n’a été modifié</source>
        <translation>the library server was made by a newer version of the program (schema {found}; this one knows {known}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="492"/>
        <source>pas une adresse de serveur de bibliothèque : {address!r} (écrivez postgresql://utilisateur@serveur:port/base)</source>
        <translation>not a library server address: {address!r} (write postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="96"/>
        <source>le document déclare des entités : refusé</source>
        <translation>the document declares entities; refused</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="99"/>
        <source>le PDF est protégé par un mot de passe</source>
        <translation>the PDF is protected by a password</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="102"/>
        <source>le PDF est protégé par un mot de passe : enregistrez-en une copie qui n’en a pas</source>
        <translation>the PDF is protected by a password; save a copy without one and try again</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="113"/>
        <source>le PDF est imbriqué trop profondément pour être lu</source>
        <translation>the PDF is nested too deeply to be read</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="117"/>
        <source>le PDF n’a pas de couche de texte (une image numérisée ?)</source>
        <translation>the PDF has no text layer (a scanned image?)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="141"/>
        <source>le PDF est trop volumineux pour être lu : ses pages font plus de {limit_mb} Mo une fois décompressées</source>
        <translation>the PDF is too large to read: its pages unpack to more than {limit_mb} MB</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="148"/>
        <source>le PDF est trop volumineux pour être lu : sa page {number} fait plus de {limit_mb} Mo une fois décompressée</source>
        <translation>the PDF is too large to read: page {number} unpacks to more than {limit_mb} MB</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="499"/>
        <source>aucune adresse de serveur de bibliothèque</source>
        <translation>no library server address given</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="502"/>
        <source>la copie locale d’un texte ne peut pas être écrite ({cause})</source>
        <translation>the local copy of a text cannot be written ({cause})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="507"/>
        <source>le serveur de bibliothèque désigne un texte hors du dossier de cache {folder} ; rien n’a été écrit</source>
        <translation>the library server names a text outside the cache folder {folder}; nothing was written</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="514"/>
        <source>la version du schéma du serveur de bibliothèque n’est pas un nombre ({shown!r}) : elle n’a pas été écrite par ce programme, ou a été modifiée à la main ; rien n’a été modifié</source>
        <translation>the library server&apos;s schema version is not a number ({shown!r}): it was not made by this program, or was edited by hand; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="522"/>
        <source>impossible d’écrire {subject} : {cause}</source>
        <translation>cannot write {subject}: {cause}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="525"/>
        <source>impossible d’écrire {subject} : ce n’est pas un fichier ordinaire</source>
        <translation>cannot write {subject}: it is not a regular file</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="530"/>
        <source>impossible d’écrire {subject} : le dossier {folder} n’existe pas</source>
        <translation>cannot write {subject}: the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="535"/>
        <source>l’adresse du serveur de bibliothèque {server} est illisible ({cause}) ; écrivez postgresql://utilisateur@serveur:port/base</source>
        <translation>the library server address {server} cannot be read ({cause}); write postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="542"/>
        <source>le serveur de bibliothèque {server} est occupé : une autre connexion tient ce dont celle-ci a besoin depuis {seconds} secondes ; rien n’a été modifié, réessayez plus tard</source>
        <translation>the library server {server} is busy: another connection has held what this needs for {seconds} seconds; nothing was changed, try again later</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="550"/>
        <source>le serveur de bibliothèque {server} a mis plus de {seconds} secondes à répondre ; rien n’a été modifié, réessayez plus tard</source>
        <translation>the library server {server} took more than {seconds} seconds to answer; nothing was changed, try again later</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="557"/>
        <source>impossible d’écrire {subject} : c’est {text}, l’un des textes comparés</source>
        <translation>cannot write {subject}: it is {text}, one of the texts compared</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="562"/>
        <source>impossible d’écrire {subject} : un nom sans extension n’est pas un format écrit ici ({known})</source>
        <translation>cannot write {subject}: a name without extension is not a format written here ({known})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="569"/>
        <source>impossible d’écrire {subject} : l’extension {extension} n’est pas un format écrit ici ({known})</source>
        <translation>cannot write {subject}: the extension {extension} is not a format written here ({known})</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="576"/>
        <source>impossible d’écrire {subject} : il est dans le dossier de données du programme</source>
        <translation>cannot write {subject}: it is in the program&apos;s own data folder</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="582"/>
        <source>aucun document d’identifiant {given!r} (voir : library list)</source>
        <translation>no document with the ID {given!r} (see: library list)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="587"/>
        <source>l’identifiant {given!r} est ambigu : {candidates} ; donnez plus de caractères</source>
        <translation>the ID {given!r} is ambiguous: {candidates}; give more characters</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="593"/>
        <source>--none : le côté est &apos;left&apos; ou &apos;right&apos;, pas {given!r}</source>
        <translation>--none: the side is &apos;left&apos; or &apos;right&apos;, not {given!r}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="596"/>
        <source>aucune clause comparée {name!r} dans le texte de {side} ({path}) ; ses clauses sont : {labels}</source>
        <translation>no compared clause {name!r} in the {side} text ({path}); its clauses are: {labels}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="603"/>
        <source>--split et --count règlent un graphique : ajoutez --plot OUT.png (ou .svg)</source>
        <translation>--split and --count shape a chart: add --plot OUT.png (or .svg)</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="608"/>
        <source>un graphique s’écrit en .png ou en .svg, pas en {extension!r}</source>
        <translation>a chart is written as .png or .svg, not {extension!r}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="613"/>
        <source>un graphique s’écrit en .png ou en .svg : ce nom n’a pas d’extension</source>
        <translation>a chart is written as .png or .svg, not no extension</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="641"/>
        <source>erreur interne : {0}</source>
        <extracomment>Reasons about the library&apos;s own folder: it is named whole, so that the user can find it.</extracomment>
        <translation>internal error: {0}</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="664"/>
        <source>connecté à {0} : {1} documents</source>
        <translation>connected to {0}: {1} documents</translation>
    </message>
    <message>
        <location filename="../../app/shell/messages.py" line="671"/>
        <source>« {0} » : </source>
        <translation>{0}: </translation>
    </message>
</context>
<context>
    <name>origins</name>
    <message>
        <location filename="../../widgets/origins.py" line="15"/>
        <source>ligne de titre</source>
        <translation>title line</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="16"/>
        <source>formule de signature</source>
        <translation>signature formula</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="17"/>
        <source>ligne de lieu et de date</source>
        <translation>place and date line</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="18"/>
        <source>date de publication</source>
        <translation>publication date</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="19"/>
        <source>première ligne</source>
        <translation>first line</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="20"/>
        <source>début du préambule</source>
        <translation>opening of the preamble</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="22"/>
        <source>ailleurs dans le texte</source>
        <translation>elsewhere in the text</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="27"/>
        <source>Déduit du texte (%1) : vérifiez-le ; le confirmer ou le corriger le fait vôtre.</source>
        <translation>Guessed from the text (%1): check it; confirming or correcting it makes it yours.</translation>
    </message>
    <message>
        <location filename="../../widgets/origins.py" line="35"/>
        <source> (déduit)</source>
        <translation> (guessed)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../app/report/words.py" line="27"/>
        <source>Comparaison</source>
        <extracomment>A translation function shaped as ``QCoreApplication.translate(context, source)`` (the same as ``app.shell.i18n.Translate``, named here so that this module needs no Qt).</extracomment>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="28"/>
        <source>Gauche</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="29"/>
        <source>Droite</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="115"/>
        <source>Rapport de recherche</source>
        <extracomment>The report lists at most this many occurrences (the totals and the chart count them all). The matched words&apos; highlight, in the PDF and the Word document alike.</extracomment>
        <translation>Search report</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="116"/>
        <source>Requête</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="117"/>
        <source>Filtres</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="118"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="119"/>
        <source>partie</source>
        <translation>party</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="120"/>
        <source>langue</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="121"/>
        <source>depuis</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="122"/>
        <source>jusqu’à</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="123"/>
        <source>formes fléchies comprises</source>
        <translation>inflected forms included</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="124"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="125"/>
        <source>Recherche faite le</source>
        <translation>Searched on</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="126"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="127"/>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="128"/>
        <source>Non datés</source>
        <translation>Undated</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="129"/>
        <source>{documents} document(s), {hits} occurrence(s)</source>
        <translation>{documents} document(s), {hits} occurrence(s)</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="130"/>
        <source>Par année</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="131"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="132"/>
        <source>Occurrences, dans l’ordre de la recherche</source>
        <translation>Occurrences, in the search’s order</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="133"/>
        <location filename="../../app/report/words.py" line="30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="134"/>
        <location filename="../../app/report/words.py" line="31"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="135"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="136"/>
        <location filename="../../app/report/words.py" line="32"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="137"/>
        <source>{omitted} occurrence(s) non montrée(s) : le rapport liste les {shown} premières sur {total}.</source>
        <translation>{omitted} occurrence(s) not shown: the report lists the first {shown} of {total}.</translation>
    </message>
    <message>
        <location filename="../../app/report/search_report.py" line="142"/>
        <source>Aucune occurrence.</source>
        <translation>No occurrence.</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="33"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="34"/>
        <source>Similarité globale</source>
        <translation>Overall similarity</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="35"/>
        <source>paires</source>
        <translation>pairs</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="36"/>
        <source>revues par l’analyste</source>
        <translation>reviewed by the analyst</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="37"/>
        <source>clauses sans correspondant</source>
        <translation>clauses without counterpart</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="38"/>
        <source>Décisions de l’analyste</source>
        <translation>The analyst’s decisions</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="39"/>
        <source>paires confirmées</source>
        <translation>pairs confirmed</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="40"/>
        <source>paires liées</source>
        <translation>pairs linked</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="41"/>
        <source>paires déliées</source>
        <translation>pairs unlinked</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="42"/>
        <source>clauses marquées sans correspondant</source>
        <translation>clauses marked no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="43"/>
        <source>Formules présentes à gauche seulement</source>
        <translation>Formulas present on the left only</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="44"/>
        <source>Formules présentes à droite seulement</source>
        <translation>Formulas present on the right only</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="45"/>
        <source>synoptique</source>
        <translation>synoptic</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="46"/>
        <source>parallèle</source>
        <translation>parallel</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="47"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="48"/>
        <source>seuil d’appariement</source>
        <translation>pairing threshold</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="49"/>
        <source>longueur minimale des phrases partagées</source>
        <translation>minimum length of shared phrases</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="50"/>
        <source>mots</source>
        <translation>words</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="51"/>
        <source>version du catalogue de formules</source>
        <translation>formula catalogue version</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="52"/>
        <source>Présentation</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="53"/>
        <source>exporté le</source>
        <translation>exported on</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="54"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="55"/>
        <source>phrase partagée mot pour mot (souligné)</source>
        <translation>phrase shared word for word (underlined)</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="56"/>
        <source>phrase partagée à quelques mots-outils près (pointillé)</source>
        <translation>phrase shared up to a few function words (dotted)</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="57"/>
        <source>mots seulement à gauche (barrés)</source>
        <translation>words only on the left (struck through)</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="58"/>
        <source>mots seulement à droite (en vert)</source>
        <translation>words only on the right (in green)</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="59"/>
        <source>dans une paire, ce que les deux textes énoncent (en gras, souligné en violet)</source>
        <translation>in a pair, what both texts state (bold, underlined in purple)</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="63"/>
        <source>Les deux textes sont en deux langues : pas de différence mot à mot ; chaque paire montre en gras ce que ses deux clauses énoncent (formules, noms, dates, articles, nombres).</source>
        <translation>The two texts are in two languages: no word-for-word difference; each pair shows in bold what both of its clauses state (formulas, names, dates, articles, numbers).</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="69"/>
        <source>✓ paire décidée par l’analyste (les autres sont proposées par le programme)</source>
        <translation>✓ pair decided by the analyst (the others are proposed by the program)</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="72"/>
        <source>sans correspondant</source>
        <translation>no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="73"/>
        <source>clause marquée par l’analyste comme n’ayant pas de correspondant</source>
        <translation>a clause the analyst marked as having no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="76"/>
        <source>Paires déliées par l’analyste</source>
        <translation>Pairs unlinked by the analyst</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="77"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="78"/>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="79"/>
        <source>liée</source>
        <translation>linked</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="80"/>
        <source>déliée</source>
        <translation>unlinked</translation>
    </message>
    <message>
        <location filename="../../app/report/words.py" line="81"/>
        <source>proposée</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../app/cli/search_report.py" line="45"/>
        <source>les déclarations fournies avec le programme</source>
        <translation>the declarations bundled with the program</translation>
    </message>
    <message>
        <location filename="../../app/report/chart.py" line="29"/>
        <source>occurrences</source>
        <extracomment>The chart&apos;s size in pixels (an SVG&apos;s too, as its view box).</extracomment>
        <translation>occurrences</translation>
    </message>
    <message>
        <location filename="../../app/report/chart.py" line="30"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../app/report/chart.py" line="31"/>
        <source>« {query} » : {what} par année ({total} en tout)</source>
        <translation>“{query}”: {what} per year ({total} in all)</translation>
    </message>
    <message>
        <location filename="../../app/report/chart.py" line="32"/>
        <source>non montrées : {amount} dans {documents} document(s) non daté(s)</source>
        <translation>not shown: {amount} in {documents} undated document(s)</translation>
    </message>
    <message>
        <location filename="../../app/report/chart.py" line="35"/>
        <source>non montrés : {documents} document(s) non daté(s)</source>
        <translation>not shown: {documents} undated document(s)</translation>
    </message>
    <message>
        <location filename="../../app/report/chart.py" line="38"/>
        <source>un texte de plusieurs parties est partagé entre elles</source>
        <translation>a text of several parties is shared among them</translation>
    </message>
</context>
<context>
    <name>review_wiring</name>
    <message>
        <location filename="../../app/review/wiring.py" line="107"/>
        <source>Pour lier : choisir une clause à gauche, puis une à droite</source>
        <translation>To link: choose a clause on the left, then one on the right</translation>
    </message>
    <message>
        <location filename="../../app/review/wiring.py" line="120"/>
        <source>Choisir d’abord une paire (clic sur une clause ou un connecteur)</source>
        <translation>First choose a pair (click a clause or a connector)</translation>
    </message>
    <message>
        <location filename="../../app/review/wiring.py" line="131"/>
        <source>Choisir d’abord une clause</source>
        <translation>First choose a clause</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../app/library/search_model.py" line="134"/>
        <source>{0} occurrence(s) dans {1} document(s)</source>
        <translation>{0} occurrence(s) in {1} document(s)</translation>
    </message>
    <message>
        <location filename="../../app/library/search_model.py" line="138"/>
        <source>(les {0} premiers documents sur {1}{2})</source>
        <translation>(the first {0} documents of {1}{2})</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <location filename="../../app/library/server_wiring.py" line="89"/>
        <source>{0} est défini dans l’environnement : il l’emporte sur cette adresse.</source>
        <translation>{0} is set in the environment: it takes precedence over this address.</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="171"/>
        <source>Ouverture de la bibliothèque choisie…</source>
        <translation>Opening the library chosen…</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="185"/>
        <source>La bibliothèque choisie s’ouvrira à la fin de l’importation.</source>
        <translation>The library chosen will open when the import is over.</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="203"/>
        <source>La bibliothèque choisie n’a pas pu être ouverte : {0}</source>
        <translation>The library chosen could not be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="207"/>
        <source>La bibliothèque actuelle reste ouverte.</source>
        <translation>The present library stays open.</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="236"/>
        <source>Bibliothèque ouverte : {0}</source>
        <translation>Library opened: {0}</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="44"/>
        <source>occurrences</source>
        <translation>occurrences</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="46"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="49"/>
        <source>« {0} » : {1} par année ({2} en tout)</source>
        <translation>“{0}”: {1} per year ({2} in all)</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="71"/>
        <source>Aucune occurrence de « {0} ».</source>
        <translation>No occurrence of “{0}”.</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="78"/>
        <source>Tapez une recherche dans le panneau Recherche (Ctrl+Maj+F) : son nombre d’occurrences par année s’affiche ici.</source>
        <translation>Type a search in the Search panel (Ctrl+Shift+F): its occurrences per year are shown here.</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="87"/>
        <source>Aucun des documents trouvés n’est daté : il n’y a pas d’année à montrer.</source>
        <translation>None of the documents found is dated: there is no year to show.</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="96"/>
        <source>non montrés : {0} document(s) sans date</source>
        <translation>not shown: {0} undated document(s)</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="99"/>
        <source>non montrées : {0} occurrence(s) dans {1} document(s) sans date</source>
        <translation>not shown: {0} occurrence(s) in {1} undated document(s)</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="106"/>
        <source>autres</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="109"/>
        <source>sans partie</source>
        <translation>no party</translation>
    </message>
    <message>
        <location filename="../../app/library/timeline_figures.py" line="117"/>
        <source>langue inconnue</source>
        <translation>unknown language</translation>
    </message>
</context>
<context>
    <name>wiring</name>
    <message>
        <location filename="../../app/library/wiring.py" line="72"/>
        <source>Ajouter à la bibliothèque</source>
        <extracomment>Failed imports listed by name in the message; more are counted.</extracomment>
        <translation>Add to the library</translation>
    </message>
    <message>
        <location filename="../../app/comparison/wiring.py" line="137"/>
        <source>Documents ({0});;Tous les fichiers (*)</source>
        <translation>Documents ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="83"/>
        <source>Ajouter un dossier à la bibliothèque</source>
        <translation>Add a folder to the library</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="124"/>
        <source>Retirer de la bibliothèque</source>
        <translation>Remove from the library</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="125"/>
        <source>Retirer « {0} » de la bibliothèque ? La copie qu’elle en garde est supprimée ; le fichier d’origine n’est pas touché.</source>
        <translation>Remove “{0}” from the library? The library’s copy is deleted; the original file is not touched.</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="148"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="160"/>
        <source>Import : {0} fichiers sur {1}…</source>
        <translation>Importing: {0} of {1} files…</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="168"/>
        <source>Un autre programme ajoute des documents à la bibliothèque ; l’import attend.</source>
        <translation>Another program is adding documents to the library; the import is waiting.</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="194"/>
        <source>{0} ajouté(s)</source>
        <translation>{0} added</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="195"/>
        <source>{0} mis à jour</source>
        <translation>{0} updated</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="196"/>
        <source>{0} déjà présent(s)</source>
        <translation>{0} already there</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="197"/>
        <source>{0} en échec</source>
        <translation>{0} failed</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="204"/>
        <source> ; titre, date ou parties déduits pour {0} (en italique) : clic droit pour les confirmer ou les corriger</source>
        <translation>; title, date or parties guessed for {0} (in italics): right-click to confirm or correct them</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="210"/>
        <source>Aucun document à ajouter.</source>
        <translation>No document to add.</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="220"/>
        <source>… et {0} autre(s)</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="226"/>
        <source>Ces fichiers n’ont pas été ajoutés :</source>
        <translation>These files were not added:</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="244"/>
        <source>À l’ouverture de la bibliothèque :</source>
        <translation>On opening the library:</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="329"/>
        <source>Choisissez d’abord une clause.</source>
        <translation>Choose a clause first.</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="336"/>
        <source>Où ailleurs : {0}…</source>
        <translation>Where else: {0}…</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="346"/>
        <source>Où ailleurs : {0} — {1} clause(s) semblable(s) dans {2} document(s)</source>
        <translation>Where else: {0} — {1} similar clause(s) in {2} document(s)</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="397"/>
        <source>Exporter les résultats en CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
    <message>
        <location filename="../../app/library/wiring.py" line="410"/>
        <source>CSV écrit : {0}</source>
        <translation>CSV written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/comparison/wiring.py" line="151"/>
        <source>Vis-à-vis</source>
        <translation>Vis-à-vis</translation>
    </message>
    <message>
        <location filename="../../app/comparison/wiring.py" line="123"/>
        <source>Ouvrir une déclaration à gauche</source>
        <translation>Open a declaration on the left</translation>
    </message>
    <message>
        <location filename="../../app/comparison/wiring.py" line="125"/>
        <source>Ouvrir une déclaration à droite</source>
        <translation>Open a declaration on the right</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="442"/>
        <source>Vérification de la bibliothèque…</source>
        <translation>Checking the library…</translation>
    </message>
    <message>
        <location filename="../../app/comparison/export_wiring.py" line="45"/>
        <source>Écrit : {0}</source>
        <extracomment>The formats the Export dialog offers, in its filter&apos;s order (a saved comparison has its own).</extracomment>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/comparison/export_wiring.py" line="66"/>
        <source>Écriture en cours…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../app/comparison/export_wiring.py" line="106"/>
        <source>Enregistrer la comparaison sous</source>
        <translation>Save the comparison as</translation>
    </message>
    <message>
        <location filename="../../app/comparison/export_wiring.py" line="108"/>
        <source>Exporter la comparaison</source>
        <translation>Export the comparison</translation>
    </message>
    <message>
        <location filename="../../app/comparison/export_wiring.py" line="132"/>
        <source>Ouvrir une comparaison enregistrée</source>
        <translation>Open a saved comparison</translation>
    </message>
    <message>
        <location filename="../../app/library/report_wiring.py" line="51"/>
        <source>Tapez d’abord une recherche.</source>
        <translation>Type a search first.</translation>
    </message>
    <message>
        <location filename="../../app/library/report_wiring.py" line="57"/>
        <source>Exporter le rapport de recherche</source>
        <translation>Export the search report</translation>
    </message>
    <message>
        <location filename="../../app/library/report_wiring.py" line="105"/>
        <source>recherche</source>
        <translation>search</translation>
    </message>
</context>
</TS>
