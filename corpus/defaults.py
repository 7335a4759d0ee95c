"""Default settings of a comparison, importable without loading the numerical libraries."""

#: Least similarity (0 to 1) for two clauses to be paired.
DEFAULT_THRESHOLD = 0.2
#: Least number of words of a shared phrase (WCopyfind's users settle around five).
DEFAULT_MIN_WORDS = 5
