"""Observability, a word of performance-observability, read as its definition says, on tiny invented resumes: it is
that word and its plural, not observing, observations or a library's observables (which share its stem)."""
import pytest
from test_requirement_meanings import GRAFANA, LATENCY, SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

RESEARCH_JOB = "Experience\nResearch Assistant, Westfield University  2018 - 2022\n"

OBSERVING = [  # the observability half is read: each case also cuts an API's latency
    (RESEARCH_JOB + LATENCY + "- Observed surgical procedures in the operating theatre", "fail"),
    (RESEARCH_JOB + LATENCY + "- Published field observations of river sediment", "fail"),
    (RESEARCH_JOB + LATENCY + "- Ran nights observing on the campus telescope", "fail"),
    (SOFTWARE_JOB + LATENCY + "- Composed RxJS observables for the checkout form", "fail"),
    (RESEARCH_JOB + LATENCY + "- Built observability for the lab's booking service", "pass"),
]

# Throughput stays with the words that only speak of software speed: read with the general words, it would need
# software named in its sentence and be cancelled by an outage or incident there.
THROUGHPUT = [(SOFTWARE_JOB + "- Restored queue throughput within an hour of the outage" + GRAFANA, "pass")]


@pytest.mark.parametrize("text, expect", OBSERVING + THROUGHPUT, ids=[
    "observed-surgery", "field-observations", "observing-at-a-telescope", "rxjs-observables",
    "observability-built (guard)", "throughput-beside-an-outage (guard)"])
def test_observability_and_throughput_mean_software(bundled, text, expect):  # noqa: F811 (the fixture)
    assert status(bundled, text, "performance-observability") == expect
