"""A degree's level qualifying an internship ('Bachelor Internship', "Master's intern") names the study it was done
in, not a degree held: the internship's dates are work (LABELING.md counts internships). A level with its subject
stays a degree's line, and a thesis so qualified stays study."""
import datetime as dt

import pytest

from screener.degrees import mentions_degree
from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def positions(*lines):
    d = doc(*lines)
    return [(p.start.year, p.end.year, p.kind, p.counted) for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("title", ["Bachelor Internship", "Master's Internship", "MASTER INTERNSHIP", "MSc Intern",
                                   "Bachelors intern"])
def test_a_level_qualifying_an_internship_dates_the_internship(title):
    assert not mentions_degree(f"{title} 2018 – 2019")
    assert positions("Experience", "Quillon Devices", f"{title} 2018 – 2019", "+ Cleaned sensor data") == [
        (2018, 2019, "internship", True)]


@pytest.mark.parametrize("line", ["Bachelor of Science 2018 – 2019", "BSc Physics 2018 – 2019",
                                  "Master's degree, internship semester 2018 – 2019", "Master Thesis 2018 – 2019",
                                  "Bachelor's internship thesis 2018 – 2019", "Master Internship Semester 2018 – 2019",
                                  "Master's Internship: Thesis on robot mapping 2018 – 2019",
                                  "Bachelor Internship (report) 2018 – 2019",
                                  "B.Sc. Intern. Trade 2018 – 2019"])
def test_a_level_named_as_a_degree_or_a_thesis_stays_study(line):
    assert mentions_degree(line)
    assert positions("Experience", "Quillon Devices", line, "+ Cleaned sensor data") == []

