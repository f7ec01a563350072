"""screener: screen resumes against a job's requirements, with quoted evidence for every outcome."""

__version__ = "0.1.0"
