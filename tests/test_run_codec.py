"""Results survive a JSON round trip exactly, and data that does not fit the model is refused."""
import datetime as dt
import json

import pytest

from screener.run.codec import from_plain, to_plain
from screener.models import (Diagnostics, Evidence, Group, Position, RequirementResult, ResumeResult, Status,
                             Verdict)

RESULT = ResumeResult(
    "cv.pdf", Verdict.PASS, 0.75, 9.5,
    (RequirementResult("go", Group.MUST_HAVE, Status.PASS, "found 'Go'",
                       (Evidence("Wrote Go services", "Go", "experience", 1, 3, 100.0, (6, 8)),)),),
    None, ("hidden text ignored",),
    (Position("Engineer", "Acme", dt.date(2016, 7, 1), dt.date(2026, 1, 1), line=2),),
    "ab" * 32, "rules", Diagnostics(2, 1000, 1, False, ("experience",), ("2019 ish",)))


def test_a_result_survives_a_json_round_trip():
    assert from_plain(ResumeResult, json.loads(json.dumps(to_plain(RESULT)))) == RESULT


def test_a_record_stores_as_its_fields_in_order_with_enums_as_their_values_and_dates_as_iso_text():
    position = to_plain(RESULT.positions[0])
    assert list(position)[:4] == ["title", "organisation", "start", "end"] and position["line"] == 2
    assert position["start"] == "2016-07-01" and to_plain(RESULT)["verdict"] == "pass"
    assert to_plain(RESULT)["requirements"][0]["evidence"][0]["highlight"] == [6, 8]


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("score"),
    lambda d: d.update(verdict="maybe"),
    lambda d: d.update(verdict=["pass"]),  # an unhashable value where an enum's is expected
    lambda d: d.update(score="high"),
    lambda d: d["requirements"][0].update(evidence={}),
    lambda d: d["positions"][0].update(start=20160701),
    lambda d: d.update(extra=1),
    lambda d: d.update(file=3),  # a plain field of the wrong JSON type
    lambda d: d.update(sha256=None),  # None where the field is not optional
    lambda d: d.update(error=["no"]),  # an optional plain field holding something else
    lambda d: d["diagnostics"].update(pages=True),  # a bool is not an int
    lambda d: d["requirements"][0]["evidence"][0].update(highlight=[6]),  # a pair of one
    lambda d: d["requirements"][0]["evidence"][0].update(highlight=[6, "8"]),  # a pair of an int and a str
    lambda d: d["requirements"][0]["evidence"][0].update(highlight=[6, True]),
    lambda d: d["requirements"][0]["evidence"][0].update(highlight={"6": 8}),
])
def test_data_that_does_not_fit_the_model_is_refused(damage):
    data = to_plain(RESULT)
    damage(data)
    with pytest.raises((ValueError, TypeError)):
        from_plain(ResumeResult, data)


def test_a_decoded_record_is_the_record_its_class_would_build_equal_hashable_frozen_fields_in_order():
    import dataclasses

    decoded = from_plain(ResumeResult, json.loads(json.dumps(to_plain(RESULT))))
    evidence, built = decoded.requirements[0].evidence[0], RESULT.requirements[0].evidence[0]
    assert type(evidence) is Evidence and evidence == built and hash(evidence) == hash(built)
    assert list(vars(evidence).items()) == list(vars(built).items())  # as pickle and repr see it
    with pytest.raises(dataclasses.FrozenInstanceError):
        evidence.quote = "changed"


def test_a_record_whose_class_checks_its_values_on_creation_is_built_through_that_check():
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Count:
        n: int

        def __post_init__(self):
            if self.n < 0:
                raise ValueError("negative")

    assert from_plain(Count, {"n": 2}) == Count(2)
    with pytest.raises(ValueError):
        from_plain(Count, {"n": -1})
