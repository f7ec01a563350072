"""A school or an employer is looked for in a role's text as whole words: a name that runs on into a longer word
is not named ('Lakeside' is not in 'Lakesider'). Each role names its own, so the search must cost no more for a
name never seen before than for one looked for a moment ago (no pattern compiled per name)."""
import gc
import time

import pytest

from screener.experience.students import _named_by_initials, _names_in


@pytest.mark.parametrize("name, text, named", [
    ("lakeside", "research assistant, lakeside university", True),
    ("lakeside", "lakesider analytics", False),  # runs on into a longer word
    ("lakeside", "north-lakeside labs", True),  # a hyphen parts words
    ("lakeside", "lakeside_labs", False),  # an underscore joins them, as in a pattern's \w
    ("lab 2", "lab 24 of the institute", False),  # a digit joins too
    ("zwölfberg", "hochschule zwölfbergsee campus", False),  # letters of any script
    ("zwölfberg", "hochschule zwölfberg, schweiz", True),
    ("acme", "acmeacme and acme", True),  # a later occurrence may stand alone where the first does not
    ("acme", "", False),
])
def test_a_name_is_named_only_in_whole_words(name, text, named):
    assert _names_in(name, text) is named


@pytest.mark.parametrize("text, named", [
    ("Teaching Assistant, QHU-Eastport", True),
    ("Teaching Assistant at QHUx online", False),  # a Latin letter after the initials makes another word
    ("Teaching Assistant, 2QHU", True),  # a digit does not
    ("Teaching Assistant, qhu", False),  # initials are written in capitals
])
def test_a_school_is_named_by_its_initials_only_as_a_word_of_its_own(text, named):
    assert _named_by_initials("Quillfield Harbour University", text) is named


def _seconds(names: list[str], text: str) -> float:
    times = []
    for _ in range(3):
        gc.disable()
        try:
            started = time.process_time()
            for name in names:
                _names_in(name, text)
            times.append(time.process_time() - started)
        finally:
            gc.enable()
    return min(times)


def test_names_never_seen_before_cost_no_more_than_one_name_looked_for_again():
    text = "Research Assistant, Department of Physics, Lakeside University, 2018 - 2020"
    fresh = [f"northwind {k} traders" for k in range(2000)]  # more than any pattern cache holds
    again = ["northwind 0 traders"] * len(fresh)
    assert _seconds(fresh, text) < 4 * max(_seconds(again, text), 0.01)
