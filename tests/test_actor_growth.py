"""Whose doing a phrase is, read in linear time: what makes a phrase someone else's (a verb of receiving or of
taking part, a determiner naming a thing) stands among the last words before it, so a long line repeating such
phrases is not read again from its start at each one."""
import pytest
from helpers import bundled_status, grows_linearly

SOFTWARE_JOB = "Experience\nSoftware Developer, Acme  2018 - 2022\n- "


@pytest.mark.parametrize("phrase", [
    "enrolled in the mentorship programme and ",
    "was mentored by seniors and ",
    "built the tutoring app and mentoring platform and data engineers, ",
])
def test_a_long_line_repeating_phrases_someone_else_owns_is_read_in_linear_time(phrase):
    assert grows_linearly(lambda line: bundled_status(SOFTWARE_JOB + line, "mentoring"),
                          lambda n: phrase * (n // len(phrase)), 30000)
