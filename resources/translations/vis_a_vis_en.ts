<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../app/search_model.py" line="43"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/search_model.py" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/search_model.py" line="45"/>
        <source>Contexte gauche</source>
        <translation>Left context</translation>
    </message>
    <message>
        <location filename="../../app/search_model.py" line="46"/>
        <source>Occurrence</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../app/search_model.py" line="47"/>
        <source>Contexte droit</source>
        <translation>Right context</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../widgets/legend.py" line="39"/>
        <source>Formules</source>
        <translation>Formulas</translation>
    </message>
    <message>
        <location filename="../../widgets/legend.py" line="46"/>
        <source>Afficher ou masquer cette famille de formules</source>
        <translation>Show or hide this family of formulas</translation>
    </message>
    <message>
        <location filename="../../widgets/legend.py" line="53"/>
        <source>&lt;u&gt;souligné&lt;/u&gt; : phrase partagée mot pour mot ; pointillé : à quelques mots-outils près</source>
        <translation>&lt;u&gt;underlined&lt;/u&gt;: phrase shared word for word; dotted: shared up to a few function words</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../widgets/librarypanel.py" line="59"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="59"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="59"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="63"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="68"/>
        <source>Déposez ici des fichiers ou des dossiers à ajouter</source>
        <translation>Drop files or folders here to add them</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="69"/>
        <source>◀ À gauche</source>
        <translation>◀ Left</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="70"/>
        <source>À droite ▶</source>
        <translation>Right ▶</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="71"/>
        <source>Ouvrir le document choisi dans le volet gauche</source>
        <translation>Open the chosen document in the left pane</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="72"/>
        <source>Ouvrir le document choisi dans le volet droit</source>
        <translation>Open the chosen document in the right pane</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="73"/>
        <source>Ajouter des fichiers…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="74"/>
        <source>Ajouter un dossier…</source>
        <translation>Add a folder…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="149"/>
        <source>Ouvrir à gauche</source>
        <translation>Open on the left</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="150"/>
        <source>Ouvrir à droite</source>
        <translation>Open on the right</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="152"/>
        <source>Modifier les métadonnées…</source>
        <translation>Edit metadata…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarypanel.py" line="154"/>
        <source>Retirer de la bibliothèque</source>
        <translation>Remove from the library</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPanel</name>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="79"/>
        <source>intégrité territoriale · souverain* · NEAR(souveraineté frontières, 5) · family:territorial-integrity</source>
        <extracomment>Where the results model keeps each row&apos;s hit object (``Qt.UserRole``).</extracomment>
        <translation>territorial integrity · sovereign* · NEAR(sovereignty borders, 5) · family:territorial-integrity</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="83"/>
        <source>Formes fléchies</source>
        <translation>Inflected forms</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="84"/>
        <source>Trouver aussi les pluriels et les autres formes</source>
        <translation>Also find plurals and other forms</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="86"/>
        <source>Partie</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="88"/>
        <source>Toutes langues</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="91"/>
        <source>depuis AAAA[-MM[-JJ]]</source>
        <translation>from YYYY[-MM[-DD]]</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="93"/>
        <source>jusqu’à AAAA[-MM[-JJ]]</source>
        <translation>to YYYY[-MM[-DD]]</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="94"/>
        <source>Exporter en CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="104"/>
        <source>Documents trouvés</source>
        <translation>Documents found</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="105"/>
        <source>Les documents où la recherche a trouvé des occurrences</source>
        <translation>The documents where the search found occurrences</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysearchpanel.py" line="162"/>
        <source>Tous les documents ({0})</source>
        <translation>All documents ({0})</translation>
    </message>
</context>
<context>
    <name>LinkGutter</name>
    <message>
        <location filename="../../widgets/linkgutter.py" line="37"/>
        <source>Connecteurs entre clauses appariées</source>
        <translation>Connectors between paired clauses</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow.py" line="109"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="113"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="120"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="127"/>
        <source>Ouvrir à &amp;gauche…</source>
        <translation>Open &amp;left…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="128"/>
        <source>Ouvrir à &amp;droite…</source>
        <translation>Open &amp;right…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="129"/>
        <source>&amp;Exporter en PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="130"/>
        <source>&amp;Ajouter à la bibliothèque…</source>
        <translation>&amp;Add to the library…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="131"/>
        <source>Ajouter un &amp;dossier à la bibliothèque…</source>
        <translation>Add a &amp;folder to the library…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="132"/>
        <source>&amp;Rechercher dans la bibliothèque</source>
        <translation>&amp;Search the library</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="133"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="134"/>
        <source>Paire &amp;précédente</source>
        <translation>&amp;Previous pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="135"/>
        <source>Paire &amp;suivante</source>
        <translation>&amp;Next pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="136"/>
        <source>Clause sans correspondant précédente</source>
        <translation>Previous unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="137"/>
        <source>Clause sans correspondant suivante</source>
        <translation>Next unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="138"/>
        <source>Vue &amp;synoptique</source>
        <translation>&amp;Synoptic view</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="139"/>
        <source>Défilement &amp;synchronisé</source>
        <translation>S&amp;ynchronised scrolling</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="140"/>
        <source>&amp;Permuter les volets</source>
        <translation>S&amp;wap panes</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="141"/>
        <source>&amp;Où ailleurs ?</source>
        <translation>&amp;Where else?</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="142"/>
        <source>&amp;Agrandir le texte</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="143"/>
        <source>&amp;Réduire le texte</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="144"/>
        <source>Taille &amp;normale</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="165"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="173"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="179"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="189"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="194"/>
        <source>Barre d’outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="222"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="223"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="224"/>
        <source>&amp;Lier les clauses choisies</source>
        <translation>&amp;Link the chosen clauses</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="225"/>
        <source>&amp;Délier la paire</source>
        <translation>&amp;Unlink the pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="226"/>
        <source>&amp;Confirmer la paire</source>
        <translation>&amp;Confirm the pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="227"/>
        <source>Clause &amp;sans correspondant</source>
        <translation>Clause &amp;without counterpart</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="228"/>
        <source>Prochaine paire à &amp;revoir</source>
        <translation>Next pair to &amp;review</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="239"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="243"/>
        <source>&amp;Paires</source>
        <translation>&amp;Pairs</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <location filename="../../widgets/metadialog.py" line="70"/>
        <source>Métadonnées du document</source>
        <extracomment>Suggested kinds; stored as is (English, like the bundled catalogue), the user may type another. Language codes offered, with their labels (each language named in itself, so not translated).</extracomment>
        <translation>Document metadata</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="75"/>
        <source>AAAA-MM-JJ ou AAAA-MM</source>
        <translation>YYYY-MM-DD or YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="77"/>
        <source>Russia, Azerbaijan</source>
        <translation>Russia, Azerbaijan</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="78"/>
        <source>Les parties, en anglais, séparées par des virgules</source>
        <translation>The parties, in English, separated by commas</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="91"/>
        <source>&amp;Titre</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="92"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="93"/>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="94"/>
        <source>&amp;Nature</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="95"/>
        <source>&amp;Lieu</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="96"/>
        <source>Lan&amp;gue</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="97"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="155"/>
        <source>Le titre ne peut pas être vide.</source>
        <translation>The title cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../widgets/metadialog.py" line="157"/>
        <source>Date invalide : attendu AAAA-MM-JJ, AAAA-MM ou AAAA.</source>
        <translation>Invalid date: expected YYYY-MM-DD, YYYY-MM or YYYY.</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <location filename="../../widgets/overview.py" line="38"/>
        <source>Vue d’ensemble : cliquer pour aller à cet endroit</source>
        <translation>Overview: click to go there</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../app/reader.py" line="128"/>
        <source>Comparaison en cours…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="220"/>
        <source>{0} pour lier {1} ↔ {2}</source>
        <translation>{0} to link {1} ↔ {2}</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="283"/>
        <source>{0} : sans correspondant (décidé)</source>
        <translation>{0}: no counterpart (decided)</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="285"/>
        <source>{0} : sans correspondant</source>
        <translation>{0}: no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="296"/>
        <source>{0} ↔ {1} · score {2:.2f} · décidée</source>
        <translation>{0} ↔ {1} · score {2:.2f} · decided</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="297"/>
        <source>{0} ↔ {1} · score {2:.2f} · proposée</source>
        <translation>{0} ↔ {1} · score {2:.2f} · proposed</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="330"/>
        <source>Pas de paire plus bas</source>
        <translation>No pair further down</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="336"/>
        <source>Pas de paire plus haut</source>
        <translation>No pair further up</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="342"/>
        <source>Pas de clause sans correspondant plus bas</source>
        <translation>No clause without counterpart further down</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="348"/>
        <source>Pas de clause sans correspondant plus haut</source>
        <translation>No clause without counterpart further up</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="357"/>
        <source>Toutes les paires proposées ont été revues</source>
        <translation>Every proposed pair has been reviewed</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="359"/>
        <source>Plus de paire à revoir après celle-ci</source>
        <translation>No pair left to review after this one</translation>
    </message>
    <message>
        <source>{0} ↔ {1} · score {2:.2f}</source>
        <translation type="vanished">{0} ↔ {1} · score {2:.2f}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../app/review.py" line="95"/>
        <source>lier {0} ↔ {1}</source>
        <translation>link {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../app/review.py" line="96"/>
        <source>délier {0} ↔ {1}</source>
        <translation>unlink {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../app/review.py" line="97"/>
        <source>confirmer {0} ↔ {1}</source>
        <translation>confirm {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../app/review.py" line="98"/>
        <source>{0}{1} sans correspondant</source>
        <translation>{0}{1} without counterpart</translation>
    </message>
    <message>
        <location filename="../../app/review.py" line="154"/>
        <source>Ces textes ont changé : {0} décision(s) ne retrouvent plus leurs clauses ({1} appliquée(s)) :</source>
        <translation>These texts have changed: {0} decision(s) no longer find their clauses ({1} applied):</translation>
    </message>
</context>
<context>
    <name>SummaryLabel</name>
    <message>
        <location filename="../../widgets/summary.py" line="32"/>
        <source>Similarité : &lt;b&gt;{0:.0%}&lt;/b&gt;</source>
        <translation>Similarity: &lt;b&gt;{0:.0%}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} paires</source>
        <translation type="vanished">{0} pairs</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="33"/>
        <source>{0} paires, {1} revues</source>
        <translation>{0} pairs, {1} reviewed</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="34"/>
        <source>sans correspondant : {0} à gauche, {1} à droite</source>
        <translation>no counterpart: {0} left, {1} right</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="37"/>
        <source>affirmé seulement à gauche : {0}</source>
        <translation>affirmed only on the left: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="39"/>
        <source>affirmé seulement à droite : {0}</source>
        <translation>affirmed only on the right: {0}</translation>
    </message>
</context>
<context>
    <name>SynopticView</name>
    <message>
        <location filename="../../widgets/synoptic.py" line="132"/>
        <source>paire décidée par l’analyste</source>
        <translation>pair decided by the analyst</translation>
    </message>
    <message>
        <location filename="../../widgets/synoptic.py" line="134"/>
        <source>paire proposée par le programme</source>
        <translation>pair proposed by the program</translation>
    </message>
</context>
<context>
    <name>review_wiring</name>
    <message>
        <location filename="../../app/review_wiring.py" line="67"/>
        <source>Pour lier : choisir une clause à gauche, puis une à droite</source>
        <translation>To link: choose a clause on the left, then one on the right</translation>
    </message>
    <message>
        <location filename="../../app/review_wiring.py" line="79"/>
        <source>Choisir d’abord une paire (clic sur une clause ou un connecteur)</source>
        <translation>First choose a pair (click a clause or a connector)</translation>
    </message>
    <message>
        <location filename="../../app/review_wiring.py" line="90"/>
        <source>Choisir d’abord une clause</source>
        <translation>First choose a clause</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../app/search_model.py" line="134"/>
        <source>{0} occurrence(s) dans {1} document(s)</source>
        <translation>{0} occurrence(s) in {1} document(s)</translation>
    </message>
    <message>
        <location filename="../../app/search_model.py" line="138"/>
        <source>(les {0} premiers documents sur {1}{2})</source>
        <translation>(the first {0} documents of {1}{2})</translation>
    </message>
</context>
<context>
    <name>wiring</name>
    <message>
        <location filename="../../app/library_wiring.py" line="58"/>
        <source>Ajouter à la bibliothèque</source>
        <extracomment>Failed imports listed by name in the message; more are counted.</extracomment>
        <translation>Add to the library</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="103"/>
        <source>Documents ({0});;Tous les fichiers (*)</source>
        <translation>Documents ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="67"/>
        <source>Ajouter un dossier à la bibliothèque</source>
        <translation>Add a folder to the library</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="92"/>
        <source>Retirer de la bibliothèque</source>
        <translation>Remove from the library</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="93"/>
        <source>Retirer « {0} » de la bibliothèque ? La copie qu’elle en garde est supprimée ; le fichier d’origine n’est pas touché.</source>
        <translation>Remove “{0}” from the library? The library’s copy is deleted; the original file is not touched.</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="109"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="133"/>
        <source>{0} ajouté(s)</source>
        <translation>{0} added</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="134"/>
        <source>{0} mis à jour</source>
        <translation>{0} updated</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="135"/>
        <source>{0} déjà présent(s)</source>
        <translation>{0} already there</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="136"/>
        <source>{0} en échec</source>
        <translation>{0} failed</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="140"/>
        <source>Aucun document à ajouter.</source>
        <translation>No document to add.</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="151"/>
        <source>… et {0} autre(s)</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="157"/>
        <source>Ces fichiers n’ont pas été ajoutés :</source>
        <translation>These files were not added:</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="168"/>
        <source>À l’ouverture de la bibliothèque :</source>
        <translation>On opening the library:</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="218"/>
        <source>Choisissez d’abord une clause.</source>
        <translation>Choose a clause first.</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="224"/>
        <source>Où ailleurs : {0}…</source>
        <translation>Where else: {0}…</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="234"/>
        <source>Où ailleurs : {0} — {1} clause(s) semblable(s) dans {2} document(s)</source>
        <translation>Where else: {0} — {1} similar clause(s) in {2} document(s)</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="279"/>
        <source>Exporter les résultats en CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
    <message>
        <location filename="../../app/library_wiring.py" line="291"/>
        <source>CSV écrit : {0}</source>
        <translation>CSV written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="114"/>
        <source>Vis-à-vis</source>
        <translation>Vis-à-vis</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="60"/>
        <source>Ouvrir une déclaration à gauche</source>
        <translation>Open a declaration on the left</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="62"/>
        <source>Ouvrir une déclaration à droite</source>
        <translation>Open a declaration on the right</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="81"/>
        <source>Exporter la comparaison en PDF</source>
        <translation>Export the comparison as PDF</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="94"/>
        <source>PDF écrit : {0}</source>
        <translation>PDF written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/application.py" line="243"/>
        <source>Vérification de la bibliothèque…</source>
        <translation>Checking the library…</translation>
    </message>
</context>
</TS>
