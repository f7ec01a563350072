"""Rule files: loading and validating them into a RuleSet (load), drafting one from a job posting (draft), and the
fairness lint that flags wording screening on a protected characteristic (fairness)."""
from .load import Requirement, RuleSet, bundled_aliases, bundled_rules, load_rules, parse_rules

__all__ = ["Requirement", "RuleSet", "bundled_aliases", "bundled_rules", "load_rules", "parse_rules"]
