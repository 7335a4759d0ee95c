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
        <location filename="../../widgets/mainwindow.py" line="104"/>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="108"/>
        <source>Légende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="115"/>
        <source>Ouvrir à &amp;gauche…</source>
        <translation>Open &amp;left…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="116"/>
        <source>Ouvrir à &amp;droite…</source>
        <translation>Open &amp;right…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="117"/>
        <source>&amp;Exporter en PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="118"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="119"/>
        <source>Paire &amp;précédente</source>
        <translation>&amp;Previous pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="120"/>
        <source>Paire &amp;suivante</source>
        <translation>&amp;Next pair</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="121"/>
        <source>Clause sans correspondant précédente</source>
        <translation>Previous unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="122"/>
        <source>Clause sans correspondant suivante</source>
        <translation>Next unpaired clause</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="123"/>
        <source>Vue &amp;synoptique</source>
        <translation>&amp;Synoptic view</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="124"/>
        <source>Défilement &amp;synchronisé</source>
        <translation>S&amp;ynchronised scrolling</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="125"/>
        <source>&amp;Permuter les volets</source>
        <translation>S&amp;wap panes</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="126"/>
        <source>&amp;Agrandir le texte</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="127"/>
        <source>&amp;Réduire le texte</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="128"/>
        <source>Taille &amp;normale</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="149"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="154"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="157"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="166"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../widgets/mainwindow.py" line="171"/>
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
        <location filename="../../app/reader.py" line="84"/>
        <source>Comparaison en cours…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="162"/>
        <source>{0} : sans correspondant</source>
        <translation>{0}: no counterpart</translation>
    </message>
    <message>
        <location filename="../../app/reader.py" line="171"/>
        <source>{0} ↔ {1} · score {2:.2f}</source>
        <translation>{0} ↔ {1} · score {2:.2f}</translation>
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
        <location filename="../../app/wiring.py" line="55"/>
        <source>Ouvrir une déclaration à gauche</source>
        <translation>Open a declaration on the left</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="57"/>
        <source>Ouvrir une déclaration à droite</source>
        <translation>Open a declaration on the right</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="59"/>
        <source>Textes (*.txt *.md);;Tous les fichiers (*)</source>
        <translation>Texts (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="75"/>
        <source>Exporter la comparaison en PDF</source>
        <translation>Export the comparison as PDF</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="85"/>
        <source>PDF écrit : {0}</source>
        <translation>PDF written: {0}</translation>
    </message>
    <message>
        <location filename="../../app/wiring.py" line="95"/>
        <source>Vis-à-vis</source>
        <translation>Vis-à-vis</translation>
    </message>
</context>
</TS>
