"""The formulas of diplomatic language: the catalogue (bundled and user) and finding them in a text.

Built on ``corpus.text`` (it matches over the folded view); never imports ``compare`` or
``library``.
"""
