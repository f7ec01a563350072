"""Two words of performance-observability read as its definition says, on tiny invented resumes: observability is
that word, not observing or observations (whose stem it shares); throughput is software's speed only where software
is named or is the position's work, not a lab method's or a production line's."""
import pytest
from test_requirement_meanings import GRAFANA, LATENCY, SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

RESEARCH_JOB = "Experience\nResearch Assistant, Westfield University  2018 - 2022\n"
PLANT_JOB = "Experience\nProcess Technician, Acme Plastics  2018 - 2022\n"

OBSERVING = [  # the observability half is read: each case also cuts an API's latency
    (RESEARCH_JOB + LATENCY + "- Observed surgical procedures in the operating theatre", "fail"),
    (RESEARCH_JOB + LATENCY + "- Published field observations of river sediment", "fail"),
    (RESEARCH_JOB + LATENCY + "- Ran nights observing on the campus telescope", "fail"),
    (RESEARCH_JOB + LATENCY + "- Built observability for the lab's booking service", "pass"),
]

THROUGHPUT = [  # the performance half is read: each case also monitors with Grafana
    (RESEARCH_JOB + "- Ran high-throughput sequencing of tumour samples" + GRAFANA, "fail"),
    (RESEARCH_JOB + "- Conducted high-throughput imaging of cell cultures" + GRAFANA, "fail"),
    (PLANT_JOB + "- Raised the line's throughput by 25% through lean manufacturing" + GRAFANA, "fail"),
    (RESEARCH_JOB + "- Doubled the throughput of the data pipeline" + GRAFANA, "pass"),
    (SOFTWARE_JOB + "- Doubled message throughput with batching" + GRAFANA, "pass"),
]


@pytest.mark.parametrize("text, expect", OBSERVING + THROUGHPUT)
def test_observability_and_throughput_mean_software(bundled, text, expect):  # noqa: F811 (the fixture)
    assert status(bundled, text, "performance-observability") == expect
