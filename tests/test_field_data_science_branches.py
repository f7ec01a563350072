"""Data science is a related field under the names of its branches a degree is named after (big data, data mining,
computer vision, natural language processing) and of the engineering branch "AI & DS" / "AI & ML"
(screener/text/subjects.py); a word that only looks like one, or a branch named on a certificate, is no degree."""

import pytest
from helpers import degrees_found

from screener.degrees import related_degree
from screener.text.subjects import known_field


@pytest.mark.parametrize("branch, lookalike", [
    ("Big Data Systems", "Big Band Music"), ("Data Mining and Knowledge Discovery", "Data Entry"),
    ("Computer Vision", "Vision Science"),
    ("Natural Language Processing", "Language Studies"), ("AI & DS", "Aids Awareness Studies"),
    ("AI and ML", "AI Ethics and Marketing"), ("AI&ML", "Mailing"),
])
def test_a_branch_of_data_science_is_data_science_and_its_lookalike_is_not(branch, lookalike):
    assert (known_field(branch), known_field(lookalike)) == ("data science", None)


@pytest.mark.parametrize("line", ["MSc in Natural Language Processing", "B.Tech in AI & DS",
                                  "Master's Degree in Big Data Systems"])
def test_a_degree_named_after_a_branch_is_in_a_related_field_and_a_certificate_is_none(line):
    found = degrees_found("Education", line, "Westfield University, 2012 - 2016")
    assert related_degree(found) is not None and found[0].field == "data science"
    assert degrees_found("Education", line.replace(line.split(" in ")[0], "Certificate", 1),
                   "Westfield University, 2012 - 2016") == ()
