"""Two documents side by side: clause pairing, shared phrases, the word diff, the summary.

Built on ``corpus.text`` and ``corpus.formulas``; never imports ``corpus.library``. The only
importer of diff-match-patch (``diffing``).
"""
