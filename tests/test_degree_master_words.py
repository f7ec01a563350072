""""Master" before the business term or event it names is no degree (screener/text/levels.py), however capitalised
and spaced: master data's management, governance, stewardship or quality, a master class, a master plan. "Master
Data" before anything else (a subject) stays a master's degree, and a master's class is its cohort."""
import pytest

from screener.models import DegreeLevel

from helpers import degrees_read as read


@pytest.mark.parametrize("line", [
    "Master Data Management (MDM), Orwell Academy, 2019",
    "MASTER DATA GOVERNANCE, 2020",
    "Máster Data Stewardship, 2021",
    "Master  Data   Quality lead, 2022",
    "Master Class in Negotiation, Orwell Hall, 2018",
    "MASTER  CLASS in Pricing, 2016",
    "Master Plan Review workshop, 2017",
])
def test_master_data_a_master_class_or_plan_is_no_degree(line):
    assert read(line) == []


@pytest.mark.parametrize("line", [
    "Master Data and Signal Engineering, Orwell University, 2019",
    "Master Data Analysis & Machine Learning, Orwell University, 2020",
    "MASTER DATA SCIENCE, Orwell University, 2021",
    "Master's Class of 2015, Orwell University",
])
def test_master_data_before_a_subject_or_a_masters_class_is_a_degree(line):
    assert [level for level, _ in read(line)] == [DegreeLevel.MASTER.value]
