"""A role's title is no subject of study (screener/degree_entry.py `names_a_role`): a layout may print the candidate's
job title below their education, and a degree stating no subject does not take one from it, related or not."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("title", ["Software Engineer", "Sales Manager", "Python Developer",
                                   "Network Engineer/Cloud Developer"])
def test_a_role_below_a_degree_stating_no_subject_is_not_its_subject(title):
    assert read("June 2011 Bachelor Orwell University", title) == [("bachelor", None)]

