<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
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
    <name>LibrarySidebar</name>
    <message>
        <location filename="../../widgets/librarysidebar.py" line="42"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysidebar.py" line="43"/>
        <source>◀ À gauche</source>
        <translation>◀ Left</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysidebar.py" line="44"/>
        <source>À droite ▶</source>
        <translation>Right ▶</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysidebar.py" line="45"/>
        <source>Ouvrir la déclaration choisie dans le volet gauche</source>
        <translation>Open the chosen declaration in the left pane</translation>
    </message>
    <message>
        <location filename="../../widgets/librarysidebar.py" line="46"/>
        <source>Ouvrir la déclaration choisie dans le volet droit</source>
        <translation>Open the chosen declaration in the right pane</translation>
    </message>
</context>
<context>
    <name>LinkGutter</name>
    <message>
        <location filename="../../widgets/linkgutter.py" line="30"/>
        <source>Connecteurs entre clauses appariées</source>
        <translation>Connectors between paired clauses</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/mainwindow.py" line="107"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="111"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="117"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="124"/>
        <source>Ouvrir à &amp;gauche…</source>
        <translation>Open &amp;left…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="125"/>
        <source>Ouvrir à &amp;droite…</source>
        <translation>Open &amp;right…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="126"/>
        <source>&amp;Exporter en PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="127"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="128"/>
        <source>Paire &amp;précédente</source>
        <translation>&amp;Previous pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="129"/>
        <source>Paire &amp;suivante</source>
        <translation>&amp;Next pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="130"/>
        <source>Clause sans correspondant précédente</source>
        <translation>Previous unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="131"/>
        <source>Clause sans correspondant suivante</source>
        <translation>Next unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="132"/>
        <source>Vue &amp;synoptique</source>
        <translation>&amp;Synoptic view</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="133"/>
        <source>Défilement &amp;synchronisé</source>
        <translation>S&amp;ynchronised scrolling</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="134"/>
        <source>&amp;Permuter les volets</source>
        <translation>S&amp;wap panes</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="135"/>
        <source>&amp;Où ailleurs ?</source>
        <translation>&amp;Where else?</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="136"/>
        <source>&amp;Agrandir le texte</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="137"/>
        <source>&amp;Réduire le texte</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="138"/>
        <source>Taille &amp;normale</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="159"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="164"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="169"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="179"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="184"/>
        <source>Barre d’outils</source>
        <translation>Toolbar</translation>
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
        <location filename="../../app/reader.py" line="87"/>
        <source>Comparaison en cours…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="180"/>
        <source>{0} : sans correspondant</source>
        <translation>{0}: no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="189"/>
        <source>{0} ↔ {1} · score {2:.2f}</source>
        <translation>{0} ↔ {1} · score {2:.2f}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../widgets/searchpanel.py" line="41"/>
        <source>Rechercher : intégrité territoriale, souverain*, NEAR(a b, 5), family:terrorism</source>
        <translation>Search: territorial integrity, sovereign*, NEAR(a b, 5), family:terrorism</translation>
    </message>
    <message>
        <location filename="../../widgets/searchpanel.py" line="45"/>
        <source>Formes fléchies</source>
        <translation>Inflected forms</translation>
    </message>
    <message>
        <location filename="../../widgets/searchpanel.py" line="46"/>
        <source>Trouver aussi les pluriels et les autres formes des mots</source>
        <translation>Also find plurals and other forms of the words</translation>
    </message>
    <message>
        <location filename="../../widgets/searchpanel.py" line="47"/>
        <source>Exporter en CSV…</source>
        <translation>Export CSV…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/search.py" line="126"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/search.py" line="126"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/search.py" line="126"/>
        <source>Contexte gauche</source>
        <translation>Left context</translation>
    </message>
    <message>
        <location filename="../../app/search.py" line="127"/>
        <source>Occurrence</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../app/search.py" line="127"/>
        <source>Contexte droit</source>
        <translation>Right context</translation>
    </message>
</context>
<context>
    <name>SummaryLabel</name>
    <message>
        <location filename="../../widgets/summary.py" line="31"/>
        <source>Similarité : &lt;b&gt;{0:.0%}&lt;/b&gt;</source>
        <translation>Similarity: &lt;b&gt;{0:.0%}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="32"/>
        <source>{0} paires</source>
        <translation>{0} pairs</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="33"/>
        <source>sans correspondant : {0} à gauche, {1} à droite</source>
        <translation>no counterpart: {0} left, {1} right</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="36"/>
        <source>affirmé seulement à gauche : {0}</source>
        <translation>affirmed only on the left: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/summary.py" line="38"/>
        <source>affirmé seulement à droite : {0}</source>
        <translation>affirmed only on the right: {0}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/wiring.py" line="56"/>
        <source>Ouvrir une déclaration à gauche</source>
        <translation>Open a declaration on the left</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="58"/>
        <source>Ouvrir une déclaration à droite</source>
        <translation>Open a declaration on the right</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="60"/>
        <source>Textes (*.txt *.md);;Tous les fichiers (*)</source>
        <translation>Texts (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="81"/>
        <source>{0} occurrence(s) dans {1} document(s)</source>
        <translation>{0} occurrence(s) in {1} document(s)</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="101"/>
        <source>Choisissez d’abord une clause.</source>
        <translation>Choose a clause first.</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="105"/>
        <source>Où ailleurs : {0}…</source>
        <translation>Where else: {0}…</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="114"/>
        <source>Exporter les résultats en CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="123"/>
        <source>CSV écrit : {0}</source>
        <translation>CSV written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="136"/>
        <source>Exporter la comparaison en PDF</source>
        <translation>Export the comparison as PDF</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="146"/>
        <source>PDF écrit : {0}</source>
        <translation>PDF written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="156"/>
        <source>Vis-à-vis</source>
        <translation>Vis-à-vis</translation>
    </message>
</context>
</TS>
