"""What is known about one resume: its lines, sections, blocks, experience timeline and degrees, each computed once
and shared by every check (Facts)."""
from .resume import Facts

__all__ = ["Facts"]
