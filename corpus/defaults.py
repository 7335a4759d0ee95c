"""Default settings of a comparison, importable without loading the numerical libraries."""

#: Least similarity (0 to 1) for two clauses to be paired. Chosen by leave-one-pair-out over the
#: gold on the subject level with the weights (``bench/eval_alignment.py --lopo --criterion
#: subject``): 0.22 in ten folds of ten (0.20 before, chosen on the pair level).
DEFAULT_THRESHOLD = 0.22
#: Least number of words of a shared phrase (WCopyfind's users settle around five).
DEFAULT_MIN_WORDS = 5
