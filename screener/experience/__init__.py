"""What a resume says about experience: where its positions are, what kind each is, and the years they add up to."""
from .claims import find_claim, find_claims
from .dated_lines import DateReadings
from .kinds import Kind
from .role_sections import ROLE_SECTIONS
from .timeline import CLAIM_TOLERANCE, Timeline, build_timeline, merged_years, skill_years

__all__ = ["CLAIM_TOLERANCE", "ROLE_SECTIONS", "DateReadings", "Kind", "Timeline", "build_timeline", "find_claim",
           "find_claims", "merged_years", "skill_years"]
