"""Text analysis every check reads: normalisation, sections, dates."""
