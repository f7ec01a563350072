""""Master" before a word it is the business term or the event of names no degree (screener/text/levels.py): master
data (an organisation's reference data), a master class, a master plan, however capitalised; a subject written
after "Master Data" makes it the degree's name again."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("line", [
    "Master Data Management (MDM), Orwell Academy, 2019",
    "MASTER DATA GOVERNANCE, 2020",
    "Máster Data Stewardship, 2021",
    "Master Class in Negotiation, Orwell Hall, 2018",
    "Master Plan Review workshop, 2017",
])
def test_master_data_a_master_class_or_plan_is_no_degree(line):
    assert read(line) == []

